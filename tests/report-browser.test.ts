/**
 * The HTML report in a real headless Chromium: every cut of `--json` is highlighted where it
 * says, the rule filter hides and shows cuts, tooltips come on keyboard focus, hostile text stays
 * text. Screenshots land in test-results/ for a person to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, launchChromium } from './helpers/chromium.js';
import { countVisible, openReport, readShownFiles, readVisibleTexts, type ShownFile } from './helpers/report-page.js';
import { runShell } from './helpers/run-cli.js';
import { buildReport } from '../src/report/build-report.js';
import type { FileResult } from '../src/index.js';
import { devCorpusFolder, hasDevCorpus, repositoryRoot } from './helpers/paths.js';

interface JsonFinding {
  rule: string;
  lines: { start: number; end: number };
  reason: string;
  duplicateOf: { start: number; end: number } | null;
  text: string;
}
interface JsonRecord {
  path: string;
  changed: boolean;
  text: string;
  findings: JsonFinding[];
}

const artifacts = join(repositoryRoot, 'test-results');

/** Cleans `folder` once with both --json and --report, the way a user would. */
function reportOf(folder: string): { url: string; records: JsonRecord[] } {
  const work = mkdtempSync(join(tmpdir(), 'article-clean-report-'));
  const report = join(work, 'report.html');
  const run = runShell(`article-clean --json ${JSON.stringify(folder)} --report ${JSON.stringify(report)} > ${JSON.stringify(join(work, 'out.jsonl'))}`);
  expect(run.stderr).not.toMatch(/^article-clean: /m);
  const records = readFileSync(join(work, 'out.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as JsonRecord);
  return { url: pathToFileURL(report).href, records };
}

/** Checks that the page shows each changed file exactly, with every cut of the JSON where it says. */
function expectCutsMatch(shown: ShownFile[], records: JsonRecord[]): void {
  const changed = records.filter((record) => record.changed);
  expect(shown.map((file) => file.path)).toEqual(changed.map((record) => record.path));
  for (const [index, record] of changed.entries()) {
    const file = shown[index] as ShownFile;
    // Kept text and cut text together are the input, byte for byte.
    expect(file.text).toBe(readFileSync(resolve(repositoryRoot, record.path), 'utf8'));
    expect(Object.keys(file.cuts)).toHaveLength(record.findings.length);
    for (const [number, finding] of record.findings.entries()) {
      const cut = file.cuts[String(number)];
      expect(cut, `${record.path} cut ${number}`).toBeDefined();
      if (cut === undefined) continue;
      expect({ rule: cut.rule, text: cut.text, focusable: cut.focusable }).toEqual({ rule: finding.rule, text: finding.text, focusable: 1 });
      const rows = cut.pieces.map((piece) => piece.row);
      expect(Math.max(...rows)).toBe(finding.lines.end);
      // A cut may start with the line break that ends the line before its first line.
      const first = cut.pieces[0] as { row: number; text: string };
      const startsEarly = first.row === finding.lines.start - 1 && /^\r?\n$/.test(first.text);
      expect(startsEarly || first.row === finding.lines.start, `${record.path} cut ${number} starts on line ${first.row}`).toBe(true);
    }
  }
}

async function showAllFiles(page: Page): Promise<void> {
  await page.selectOption('#page-size', '100');
  await page.waitForFunction(() => document.querySelectorAll('section.file').length > 0);
}

/** Reads every page of files, from the first, with the pager's Next button. */
async function readEveryPage<T>(page: Page, read: (page: Page) => Promise<T[]>): Promise<T[]> {
  await showAllFiles(page);
  const first = page.getByRole('button', { name: 'First page' }).first();
  if (await first.isEnabled()) await first.click();
  const all = await read(page);
  const next = page.getByRole('button', { name: 'Next page' }).first();
  while (await next.isEnabled()) {
    await next.click();
    all.push(...(await read(page)));
  }
  return all;
}

describe.skipIf(!hasChromium)('the HTML report in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every cut of samples/ where --json says, and the rule filter hides and shows them', async () => {
    const { url, records } = reportOf('samples');
    await openReport(page, url);
    await page.screenshot({ path: join(artifacts, 'report.png') });
    expectCutsMatch(await readEveryPage(page, readShownFiles), records);

    const crossLinks = records.flatMap((record) => record.findings).filter((finding) => finding.rule === 'cross-link').length;
    expect(crossLinks).toBeGreaterThan(0);
    expect(await countVisible(page, 'del.cut[data-rule="cross-link"][tabindex="0"]')).toBe(crossLinks);
    const filter = page.getByRole('checkbox', { name: /^cross-link/ });
    await filter.focus();
    await page.keyboard.press('Space');
    expect(await filter.isChecked()).toBe(false);
    expect(await countVisible(page, 'del.cut[data-rule="cross-link"]')).toBe(0);
    expect(await countVisible(page, 'del.cut[data-rule="repeated-block"]')).toBeGreaterThan(0);
    // Only files with a cut of another rule stay listed.
    const withOtherCuts = records.filter((record) => record.findings.some((finding) => finding.rule !== 'cross-link'));
    expect(await page.locator('section.file h2').allTextContents()).toEqual(withOtherCuts.map((record) => record.path));
    await page.keyboard.press('Space');
    expect(await countVisible(page, 'del.cut[data-rule="cross-link"][tabindex="0"]')).toBe(crossLinks);
  });

  it('"Show as cleaned" shows exactly the cleaned text of each file', async () => {
    const { url, records } = reportOf('samples');
    await openReport(page, url);
    await showAllFiles(page);
    await page.getByRole('checkbox', { name: 'Show as cleaned' }).check();
    expect(await readEveryPage(page, readVisibleTexts)).toEqual(records.filter((record) => record.changed).map((record) => record.text));
    expect(await countVisible(page, 'del.cut')).toBe(0);
  });

  it('explains a cut on keyboard focus and on hover, and Enter goes to the kept copy', async () => {
    const { url } = reportOf('samples');
    await openReport(page, url);
    await page.getByRole('link', { name: 'samples/lavrov-astana.txt' }).press('Enter');
    const file = page.locator('section.file', { has: page.getByRole('heading', { name: 'samples/lavrov-astana.txt' }) });
    // The link lands on the file's heading; Tab goes on to its first cut, which explains itself.
    await expect.poll(() => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`)).toBe('H2 samples/lavrov-astana.txt');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.rule)).toBe('cross-link');
    await expect.poll(() => page.locator('#tip').textContent()).toContain('read-also line');
    const block = file.locator('del.cut[data-rule="repeated-block"][tabindex="0"]');
    await block.focus();
    await expect.poll(() => page.locator('#tip').textContent()).toContain('copy of lines 2-9');
    expect(await page.locator('#tip').isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, 'report-tooltip.png') });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.line)).toBe('2');
    await file.locator('del.cut[data-rule="cross-link"][tabindex="0"]').first().hover();
    await expect.poll(() => page.locator('#tip').textContent()).toContain('read-also line');
  });

  it('filters by file name and searches the text', async () => {
    const { url, records } = reportOf('samples');
    await openReport(page, url);
    await showAllFiles(page);
    await page.locator('#name-filter').fill('lavrov');
    await expect.poll(() => page.locator('section.file h2').allTextContents()).toEqual(['samples/lavrov-astana.txt']);
    await page.locator('#name-filter').fill('');
    const changed = records.filter((record) => record.changed);
    await expect.poll(() => page.locator('section.file').count()).toBe(changed.length);
    await page.locator('#text-search').fill('لافروف');
    const expected = changed.filter((record) => readFileSync(resolve(repositoryRoot, record.path), 'utf8').includes('لافروف'));
    await expect.poll(() => page.locator('section.file h2').allTextContents()).toEqual(expected.map((record) => record.path));
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('search')?.size ?? 0)).toBeGreaterThan(0);
  });

  it('renders hostile text as text', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'article-clean-hostile-'));
    const repeated = '<script>window.hostile = 1</script> a line long enough to count as a repeat';
    const text = [
      repeated,
      '</script><img src=x onerror="window.hostile = 2"> &amp; <!-- <b>not bold</b> ]]> \u2028',
      'READ MORE: <script>window.hostile = 3</script>',
      repeated,
      '',
    ].join('\n');
    const name = 'x"<img src=y onerror=window.hostile=4>.txt';
    writeFileSync(join(folder, name), text);
    const { url, records } = reportOf(folder);
    await openReport(page, url);
    const shown = await readShownFiles(page);
    expect(shown.map((file) => file.path)).toEqual([join(folder, name)]);
    expect((shown[0] as ShownFile).text).toBe(text);
    expect(Object.values((shown[0] as ShownFile).cuts).map((cut) => cut.text)).toEqual(records[0]?.findings.map((finding) => finding.text));
    expect(await page.evaluate(() => (window as unknown as { hostile?: number }).hostile)).toBeUndefined();
    expect(await page.locator('img, b').count()).toBe(0);
    expect(await page.locator('.most-removed a').textContent()).toBe(join(folder, name));
  });

  it('renders a long file a chunk of lines at a time, by keyboard or by scrolling', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'article-clean-long-'));
    // Distinct sentences of words picked by a fixed generator, and one exact repeat far down.
    const words = 'river market council school winter garden border station harvest museum bridge doctor village engine letter summer forest island teacher factory harbor mountain courier library festival soldier painter theater airport desert ocean farmer minister journal climate budget protest stadium concert rescue vaccine tunnel election railway satellite'.split(' ');
    let seed = 7;
    const nextWord = (): string => words[(seed = (seed * 1103515245 + 12345) % 2147483648) % words.length] as string;
    const lines = Array.from({ length: 2500 }, () => `${Array.from({ length: 12 }, nextWord).join(' ')}.`);
    lines[2399] = lines[9] as string;
    writeFileSync(join(folder, 'long.txt'), lines.join('\n') + '\n');
    const { url, records } = reportOf(folder);
    await openReport(page, url);
    expect(records[0]?.findings.map((finding) => finding.lines.start)).toEqual([2400]);
    expect(await page.locator('.line').count()).toBe(1000);
    const more = page.getByRole('button', { name: 'Show lines 1,001-2,000 of 2,500' });
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.line)).toBe('1001');
    await page.getByRole('button', { name: 'Show lines 2,001-2,500 of 2,500' }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.line').count()).toBe(2500);
    expectCutsMatch(await readShownFiles(page), records);
  });

  it('shows characters the output lost without a finding, so the cleaned view is still the output', async () => {
    // An engine that also drops the line break before a final cut, outside the finding's span.
    const original = 'first line of the text\nsecond line of the text\nfirst line of the text';
    const cut = { rule: 'repeated-block', span: { start: 47, end: 69 }, lines: { start: 3, end: 3 }, reason: 'repeats line 1', duplicateOf: { start: 1, end: 1 } };
    const result: FileResult = { path: 'a.txt', ok: true, encoding: 'utf-8', original, text: original.slice(0, 46), changed: true, findings: [cut], links: [], removedCharacters: 23 };
    const folder = mkdtempSync(join(tmpdir(), 'article-clean-unexplained-'));
    writeFileSync(join(folder, 'report.html'), buildReport([result]));
    await openReport(page, pathToFileURL(join(folder, 'report.html')).href);
    expect(await page.locator('.warning').textContent()).toContain('1 character in 1 file was removed without a finding to explain it');
    expect(await page.locator('del.extra').allTextContents()).toEqual(['\n']);
    await page.locator('del.extra').focus();
    await expect.poll(() => page.locator('#tip').textContent()).toContain('removed from the output without a finding');
    await page.getByRole('checkbox', { name: 'Show as cleaned' }).check();
    expect(await readVisibleTexts(page)).toEqual([result.text]);
  });

  it.skipIf(!hasDevCorpus)('shows every cut of ../shared/corpus/dev where --json says', async () => {
    const { url, records } = reportOf(devCorpusFolder);
    await openReport(page, url);
    await page.screenshot({ path: join(artifacts, 'report-dev.png') });
    expectCutsMatch(await readEveryPage(page, readShownFiles), records);
    await page.getByRole('checkbox', { name: 'Show as cleaned' }).check();
    expect(await readEveryPage(page, readVisibleTexts)).toEqual(records.filter((record) => record.changed).map((record) => record.text));
  });
});
