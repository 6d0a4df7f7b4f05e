/** Debian's Chromium driven by playwright-core, for the tests that look at the HTML report. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The browser the tests use; playwright-core never downloads one. */
export const chromiumPath = '/usr/bin/chromium';

/** Whether the system Chromium is installed (CI installs it; a plain clone may not have it). */
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  // Visible in the test output, so a skipped suite is never mistaken for a passing one.
  console.warn(`note: ${chromiumPath} is absent: the browser tests of the HTML report are skipped (apt-get install chromium)`);
}

/** A browser with a fresh profile that touches no network service; close it with the returned function. */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'article-clean-chromium-'));
  // playwright-core takes the profile folder as an argument rather than as --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
