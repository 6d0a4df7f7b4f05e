/** Report page script, part 2: one file as numbered dir=auto lines, its cuts as nested <del> elements. */

/** Plain JavaScript for the browser (no backticks, no dollar-brace: it sits in a template literal). */
export const FILE_VIEW = String.raw`
  function describeCut(cut) {
    const parts = [(cut.rule ?? 'no finding') + ': ' + cut.reason];
    if (cut.copyOf !== null) parts.push('copy of ' + lineLabel(cut.copyOf));
    parts.push(lineLabel(cut.lines) + ', ' + plural(cut.end - cut.start, 'character'));
    return parts.join('; ');
  }

  // Cut line breaks get a visible mark, so a cut blank line is not an invisible cut.
  function appendText(parent, text, inCut) {
    if (!inCut) {
      parent.append(text);
      return;
    }
    const parts = text.split('\n');
    parts.forEach((part, index) => {
      if (part !== '') parent.append(part);
      if (index < parts.length - 1) parent.append(element('span', 'nl', '\n'));
    });
  }

  function appendNodes(parent, nodes, data, fileNumber, inCut) {
    for (const node of nodes) {
      if (typeof node === 'string') {
        appendText(parent, node, inCut);
        continue;
      }
      const cut = data.cuts[node.cut];
      // A null rule marks characters the output lacks without a finding: shown, never filtered.
      const ruleClass = cut.rule === null ? '' : 'r' + (ruleIndex.get(cut.rule) ?? 0);
      if (node.first && cut.rule !== null) {
        const stub = element('span', 'stub ' + ruleClass);
        stub.dataset.rule = cut.rule;
        parent.append(stub);
      }
      const del = element('del', cut.rule === null ? 'extra' : 'cut ' + ruleClass);
      del.dataset.cut = String(node.cut);
      if (cut.rule !== null) del.dataset.rule = cut.rule;
      if (node.first) {
        del.tabIndex = 0;
        del.id = 'cut-' + fileNumber + '-' + node.cut;
        del.setAttribute('aria-description', describeCut(cut));
      }
      appendNodes(del, node.nodes, data, fileNumber, true);
      parent.append(del);
    }
  }

  function countsText(data) {
    const counts = new Map();
    let unexplained = 0;
    for (const cut of data.cuts) {
      if (cut.rule === null) unexplained += cut.end - cut.start;
      else counts.set(cut.rule, (counts.get(cut.rule) ?? 0) + 1);
    }
    const cuts = Array.from(counts.values()).reduce((sum, count) => sum + count, 0);
    const byRule = Array.from(counts, ([rule, count]) => rule + ' ' + count).sort().join(', ');
    const extra = unexplained > 0 ? ', ' + formatCount(unexplained) + ' of them without a finding' : '';
    return plural(cuts, 'cut') + ' (' + byRule + '), ' + plural(data.removed, 'character') + ' removed' + extra;
  }

  // A line made only of cuts goes away with them (in the cleaned view, or when the filter hides
  // their one rule), unless a cut starts on it: that line keeps the filter's placeholder.
  function markWholeLine(row, nodes, data) {
    if (nodes.some((node) => typeof node === 'string')) return;
    row.classList.add('whole');
    const rules = new Set(nodes.map((node) => data.cuts[node.cut].rule));
    const [rule] = rules;
    if (rules.size === 1 && rule !== null && !nodes.some((node) => node.first)) row.classList.add('r' + (ruleIndex.get(rule) ?? 0));
  }

  function renderLine(line, data, fileNumber) {
    const row = element('div', 'line');
    row.dataset.line = String(line.number);
    const text = element('div', 'text');
    text.dir = 'auto';
    appendNodes(text, line.nodes, data, fileNumber, false);
    markWholeLine(row, line.nodes, data);
    row.append(text);
    return row;
  }

  // A long file (one big file of many articles) is rendered a chunk of lines at a time: the next
  // chunk comes when its button is pressed or scrolls near the screen.
  const LINES_PER_CHUNK = 1000;
  const nearScreen = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) entry.target.click();
  }, { rootMargin: '1000px 0px' });

  function renderChunk(container, lines, from, data, fileNumber) {
    const to = Math.min(lines.length, from + LINES_PER_CHUNK);
    for (let index = from; index < to; index++) container.append(renderLine(lines[index], data, fileNumber));
    if (to === lines.length) return;
    const label = 'Show lines ' + formatCount(to + 1) + '-' + formatCount(Math.min(lines.length, to + LINES_PER_CHUNK)) + ' of ' + formatCount(lines.length);
    const more = element('button', 'more', label);
    more.type = 'button';
    more.addEventListener('click', () => {
      const hadFocus = document.activeElement === more;
      nearScreen.unobserve(more);
      more.remove();
      renderChunk(container, lines, to, data, fileNumber);
      if (hadFocus) {
        const next = container.querySelectorAll('.line')[to];
        next.tabIndex = -1;
        next.focus();
      }
    });
    container.append(more);
    nearScreen.observe(more);
  }

  function renderFile(file) {
    const data = load(file);
    const section = element('section', 'file');
    section.id = 'file-' + file.number;
    section.dataset.file = String(file.number);
    const heading = element('h2', '', data.path);
    heading.id = 'file-' + file.number + '-name';
    heading.tabIndex = -1;
    section.setAttribute('aria-labelledby', heading.id);
    const lines = element('div', 'lines');
    renderChunk(lines, layoutCuts(data.text, data.cuts), 0, data, file.number);
    section.append(heading, element('p', 'meta', countsText(data)), lines);
    return section;
  }
`;
