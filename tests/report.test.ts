/** The HTML report builder: escaping, colors, the summary, and what the page is made of. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, type FileResult } from '../src/index.js';
import { buildReport, createReportBuilder } from '../src/report/build-report.js';
import { escapeHtml, jsonForScript } from '../src/report/escape.js';
import { ruleColors } from '../src/report/rule-colors.js';
import { unexplainedCuts } from '../src/report/unexplained-cuts.js';
import { addToReportSummary, emptyReportSummary, LISTED_FAILURES, TOP_FILES } from '../src/report/summary.js';
import { samplesFolder } from './helpers/paths.js';

function cleaned(path: string, text: string): FileResult {
  return { path, ok: true, encoding: 'utf-8', original: text, ...cleanText(text) };
}

function failed(path: string, error: string): FileResult {
  return { path, ok: false, error };
}

/** The JSON inside each file data block, parsed back. */
function dataBlocks(html: string): { path: string; text: string; cuts: { rule: string | null; start: number; end: number }[] }[] {
  return [...html.matchAll(/<script type="application\/json" class="file-data"[^>]*>(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1] as string));
}

const hostileLine = '<script>alert(1)</script> </script><!-- <img src=x onerror=alert(2)> & &amp; \u2028 long enough to repeat';
const hostileText = `${hostileLine}\nkept <b>markup</b> text stays\n${hostileLine}\n`;
const hostilePath = 'dir/"><img src=y onerror=alert(3)>.txt';

describe('escaping', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('writes JSON with no character that could end or alter a script element, and reads back the same', () => {
    const value = { text: hostileText, nested: ['</SCRIPT >', '<!--', '-->'] };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('rule colors', () => {
  const known = ['boilerplate', 'cross-link', 'related-teaser', 'repeated-block', 'repeated-inline'];

  it('gives every rule its own color', () => {
    const colors = ruleColors([...known, 'a', 'b', 'c', 'd', 'e']);
    expect(colors.size).toBe(10);
    expect(new Set(colors.values()).size).toBe(10);
  });

  it('keeps a rule its color whichever other rules ran', () => {
    const together = ruleColors(known);
    for (const id of known) expect(ruleColors([id]).get(id)).toBe(together.get(id));
  });
});

describe('summary', () => {
  it('counts files, changed, failed, cuts per rule and characters removed', () => {
    const summary = emptyReportSummary();
    const results = [cleaned('a.txt', hostileText), cleaned('b.txt', 'nothing to cut\n'), failed('c.txt', 'permission denied')];
    expect(results.map((result) => addToReportSummary(summary, result))).toEqual([0, null, null]);
    expect(summary).toMatchObject({ files: 3, changed: 1, failed: 1, cutsByRule: new Map([['repeated-block', 1]]) });
    expect(summary.removedCharacters).toBe(hostileLine.length + 1);
    expect(summary.failures).toEqual([{ path: 'c.txt', error: 'permission denied' }]);
  });

  it('keeps the files with most removed, earlier files first on ties, and a bounded list of failures', () => {
    const summary = emptyReportSummary();
    const repeated = (count: number): string => `${'x'.repeat(40)}\n`.repeat(count);
    for (let index = 0; index < 30; index++) addToReportSummary(summary, cleaned(`f${index}.txt`, repeated(2 + (index % 5))));
    for (let index = 0; index < LISTED_FAILURES + 5; index++) addToReportSummary(summary, failed(`e${index}.txt`, 'bad'));
    expect(summary.mostRemoved.map((entry) => entry.path)).toEqual(['f4.txt', 'f9.txt', 'f14.txt', 'f19.txt', 'f24.txt', 'f29.txt', 'f3.txt', 'f8.txt', 'f13.txt', 'f18.txt']);
    expect(summary.mostRemoved).toHaveLength(TOP_FILES);
    expect(summary.failures).toHaveLength(LISTED_FAILURES);
    expect(summary.failed).toBe(LISTED_FAILURES + 5);
  });
});

describe('buildReport', () => {
  const results = [cleaned(hostilePath, hostileText), cleaned('clean.txt', 'nothing to cut here\n'), failed('<broken>.txt', 'cannot decode <b>')];
  const html = buildReport(results);

  it('keeps hostile text as data: no markup of it reaches the page', () => {
    // Only the report's own scripts: one data block per changed file, the run data, the page script.
    expect(html.match(/<script/gi)).toHaveLength(3);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).not.toMatch(/<img|<b>|alert\(\d\)<|<!-- /);
    expect(html).toContain('dir/&quot;&gt;&lt;img src=y onerror=alert(3)&gt;.txt');
    expect(html).toContain('&lt;broken&gt;.txt</code>: cannot decode &lt;b&gt;');
  });

  it('embeds each changed file once, with its original text exactly and its cuts', () => {
    const blocks = dataBlocks(html);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.path).toBe(hostilePath);
    expect(blocks[0]?.text).toBe(hostileText);
    expect(blocks[0]?.cuts.map((cut) => hostileText.slice(cut.start, cut.end))).toEqual([`${hostileLine}\n`]);
  });

  it('loads nothing from anywhere', () => {
    expect(html).toContain(`content="default-src 'none';`);
    const tags = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '').match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(20);
    expect(tags.filter((tag) => /\b(?:src|href|action)\s*=\s*(?!["']?#)/i.test(tag))).toEqual([]);
    expect(html).not.toMatch(/url\(|@import/i);
  });

  it('is the same, byte for byte, when built again, and the same when built piece by piece', () => {
    const samples = readdirSync(samplesFolder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => cleaned(`samples/${name}`, readFileSync(join(samplesFolder, name), 'utf8')));
    const whole = buildReport(samples);
    expect(buildReport(samples)).toBe(whole);
    const builder = createReportBuilder();
    expect(builder.head + samples.map((result) => builder.add(result)).join('') + builder.finish()).toBe(whole);
    expect(dataBlocks(whole).map((block) => block.path)).toEqual(samples.filter((result) => result.ok && result.changed).map((result) => result.path));
  });

  it('summarizes the run at the top: totals, a bar per rule, the files with most removed', () => {
    expect(html).toMatch(/<dt>files<\/dt><dd>3<\/dd>.*<dt>changed<\/dt><dd>1<\/dd>.*<dt>failed<\/dt><dd>1<\/dd>/s);
    expect(html).toMatch(/<th scope="row"><span class="swatch r0"><\/span>repeated-block<\/th><td class="bar-cell"><span class="bar r0" style="width:100.0%">/);
    expect(html).toContain('<a href="#file-0">dir/&quot;&gt;&lt;img');
    expect(html).toMatch(/<input type="checkbox" value="repeated-block" checked>/);
  });
});

describe('characters removed without a finding', () => {
  const finding = (start: number, end: number) => ({ rule: 'repeated-block', span: { start, end }, lines: { start: 2, end: 2 }, reason: 'repeats line 1', duplicateOf: { start: 1, end: 1 } });

  it('finds none when the findings explain the output', () => {
    expect(unexplainedCuts('a\nb\na\n', [finding(4, 6)], 'a\nb\n')).toEqual([]);
  });

  it('finds the line break an engine removed beside a cut at the end of a text without a final newline', () => {
    // "a\nb\na": the cut takes the last "a", and the output "a\nb" also lost the "\n" before it.
    expect(unexplainedCuts('a\nb\na', [finding(4, 5)], 'a\nb')).toEqual([{ start: 3, end: 4 }]);
    expect(unexplainedCuts('xyz-abc', [], 'xabc')).toEqual([{ start: 1, end: 4 }]);
  });

  it('shows them in the report as cuts without a rule, and warns in the summary', () => {
    const result: FileResult = { path: 'a.txt', ok: true, encoding: 'utf-8', original: 'a\nb\na', text: 'a\nb', changed: true, findings: [finding(4, 5)], links: [], removedCharacters: 2 };
    const html = buildReport([result]);
    expect(dataBlocks(html)[0]?.cuts.map((cut) => [cut.rule, cut.start, cut.end])).toEqual([
      ['repeated-block', 4, 5],
      [null, 3, 4],
    ]);
    expect(html).toContain('<p class="warning">1 character in 1 file was removed without a finding to explain it');
  });
});
