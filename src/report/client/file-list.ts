/** Report page script, part 3: which files the filters show, one page of them, pager, search, #file-N links. */

/** Plain JavaScript for the browser (no backticks, no dollar-brace: it sits in a template literal). */
export const FILE_LIST = String.raw`
  function isShown(file) {
    if (!file.rules.some((rule) => !state.hidden.has(rule))) return false;
    if (state.name !== '' && !file.lowerPath.includes(state.name)) return false;
    return state.query === '' || lowerText(file).includes(state.query);
  }

  function renderPagers(pageCount) {
    for (const pager of pagers) {
      const button = (label, page, name) => {
        const control = element('button', '', label);
        control.type = 'button';
        control.setAttribute('aria-label', name);
        control.disabled = page < 0 || page >= pageCount || page === state.page;
        control.addEventListener('click', () => showPage(page));
        return control;
      };
      pager.replaceChildren(
        button('\u00ab', 0, 'First page'),
        button('\u2039 Previous', state.page - 1, 'Previous page'),
        element('span', '', 'Page ' + formatCount(state.page + 1) + ' of ' + formatCount(pageCount)),
        button('Next \u203a', state.page + 1, 'Next page'),
        button('\u00bb', pageCount - 1, 'Last page'),
      );
    }
  }

  function highlightSearch() {
    if (typeof CSS === 'undefined' || !CSS.highlights) return;
    CSS.highlights.delete('search');
    if (state.query === '') return;
    const ranges = [];
    const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const lower = node.data.toLowerCase();
      // Lowercasing can change the length (a dotted capital I, U+0130); offsets would not line up, so such text is skipped.
      if (lower.length !== node.data.length) continue;
      for (let at = lower.indexOf(state.query); at !== -1; at = lower.indexOf(state.query, at + state.query.length)) {
        const range = new Range();
        range.setStart(node, at);
        range.setEnd(node, at + state.query.length);
        ranges.push(range);
      }
    }
    CSS.highlights.set('search', new Highlight(...ranges));
  }

  function shownFiles() {
    return files.filter(isShown);
  }

  // The filter bar sticks to the top; anchors and focus scroll to just below it.
  function measureControls() {
    const height = document.getElementById('controls').offsetHeight;
    document.documentElement.style.setProperty('--controls-height', height + 'px');
  }

  function render() {
    hideTip();
    measureControls();
    const shown = shownFiles();
    const pageCount = Math.max(1, Math.ceil(shown.length / state.pageSize));
    state.page = Math.max(0, Math.min(state.page, pageCount - 1));
    const page = shown.slice(state.page * state.pageSize, (state.page + 1) * state.pageSize);
    list.replaceChildren(...page.map(renderFile));
    if (files.length === 0) list.replaceChildren(element('p', '', 'No file was changed.'));
    const first = state.page * state.pageSize;
    const onPage = page.length > 0 ? ', ' + formatCount(first + 1) + '-' + formatCount(first + page.length) + ' on this page' : '';
    status.textContent = formatCount(shown.length) + ' of ' + plural(files.length, 'changed file') + ' shown' + onPage;
    renderPagers(pageCount);
    highlightSearch();
  }

  function showPage(page) {
    state.page = page;
    render();
    list.scrollIntoView({ block: 'start' });
  }

  // A link to a file (#file-12) that the filters hide clears them, so the link always lands.
  function showFileFromHash() {
    const match = /^#file-(\d+)$/.exec(location.hash);
    if (match === null) return;
    const file = files[Number(match[1])];
    if (file === undefined) return;
    if (!isShown(file)) resetFilters();
    const index = shownFiles().indexOf(file);
    state.page = Math.floor(index / state.pageSize);
    render();
    const heading = document.getElementById('file-' + file.number + '-name');
    if (heading !== null) {
      heading.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    }
  }
`;
