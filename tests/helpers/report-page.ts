/** Reads a rendered report page back: each file's shown text and the pieces of every cut. */
import type { Page } from 'playwright-core';

/** A cut as the page shows it: its pieces put together, where they sit, how many are focusable. */
export interface ShownCut {
  rule: string;
  text: string;
  pieces: { row: number; text: string }[];
  focusable: number;
}

/** A file as the page shows it. */
export interface ShownFile {
  path: string;
  text: string;
  cuts: Record<string, ShownCut>;
}

/** Waits until the report's script has rendered the first page. */
export async function openReport(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
}

/** Every file on the current page, read from the DOM. */
export function readShownFiles(page: Page): Promise<ShownFile[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('section.file'), (section) => {
      const cuts: Record<string, { rule: string; text: string; pieces: { row: number; text: string }[]; focusable: number }> = {};
      for (const piece of Array.from(section.querySelectorAll<HTMLElement>('del.cut'))) {
        const id = piece.dataset.cut as string;
        const entry = (cuts[id] ??= { rule: piece.dataset.rule as string, text: '', pieces: [], focusable: 0 });
        entry.text += piece.textContent;
        entry.pieces.push({ row: Number((piece.closest('.line') as HTMLElement).dataset.line), text: piece.textContent ?? '' });
        if (piece.tabIndex === 0) entry.focusable++;
      }
      return { path: section.querySelector('h2')?.textContent ?? '', text: section.querySelector('.lines')?.textContent ?? '', cuts };
    }),
  );
}

/** How many of the elements matching `selector` are visible. */
export function countVisible(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
}

/** The visible text of each file on the page, text node by text node (what a reader sees). */
export function readVisibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('section.file .lines'), (lines) => {
      const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if ((node.parentElement as HTMLElement).checkVisibility()) text += (node as Text).data;
      }
      return text;
    }),
  );
}
