/** Report page script, part 1: the run, the files (each parsed on first use), the filter state, helpers. */

/** Plain JavaScript for the browser (no backticks, no dollar-brace: it sits in a template literal). */
export const PAGE_DATA = String.raw`
  const run = JSON.parse(document.getElementById('run-data').textContent);
  const ruleIndex = new Map(run.rules.map((rule, index) => [rule.id, index]));
  const files = Array.from(document.querySelectorAll('script.file-data'), (block, number) => ({
    number,
    block,
    path: block.dataset.path,
    lowerPath: block.dataset.path.toLowerCase(),
    rules: Object.keys(JSON.parse(block.dataset.counts)),
    data: null,
    lowerText: null,
  }));
  const state = { hidden: new Set(), name: '', query: '', page: 0, pageSize: 20 };
  const list = document.getElementById('files');
  const status = document.getElementById('status');
  const tip = document.getElementById('tip');
  const pagers = Array.from(document.querySelectorAll('.pager'));
  const formatCount = (count) => count.toLocaleString('en-US');
  const plural = (count, word) => formatCount(count) + ' ' + word + (count === 1 ? '' : 's');
  const lineLabel = (range) => (range[0] === range[1] ? 'line ' + range[0] : 'lines ' + range[0] + '-' + range[1]);

  function load(file) {
    if (file.data === null) file.data = JSON.parse(file.block.textContent);
    return file.data;
  }

  function lowerText(file) {
    if (file.lowerText === null) file.lowerText = load(file).text.toLowerCase();
    return file.lowerText;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
`;
