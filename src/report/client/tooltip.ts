/** Report page script, part 4: a cut's tooltip on hover and on keyboard focus; Enter goes to the kept copy. */

/** Plain JavaScript for the browser (no backticks, no dollar-brace: it sits in a template literal). */
export const TOOLTIP = String.raw`
  function cutOf(del) {
    const section = del.closest('section.file');
    return files[Number(section.dataset.file)].data.cuts[Number(del.dataset.cut)];
  }

  function showTip(del) {
    const cut = cutOf(del);
    const title = element('div', 'rule');
    if (cut.rule === null) title.append(element('span', 'swatch extra'), 'no finding');
    else title.append(element('span', 'swatch r' + (ruleIndex.get(cut.rule) ?? 0)), cut.rule);
    const rows = [title, element('div', 'reason', cut.reason)];
    if (cut.copyOf !== null) rows.push(element('div', 'copy', 'copy of ' + lineLabel(cut.copyOf)));
    rows.push(element('div', 'where', 'cut ' + lineLabel(cut.lines) + ', ' + plural(cut.end - cut.start, 'character')));
    if (cut.copyOf !== null && del.tabIndex === 0) rows.push(element('div', 'hint', 'Enter: go to the kept copy'));
    tip.replaceChildren(...rows);
    const box = del.getClientRects()[0] ?? del.getBoundingClientRect();
    tip.hidden = false;
    const left = Math.min(box.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + window.scrollX + 'px';
    tip.style.top = box.bottom + window.scrollY + 6 + 'px';
  }

  function hideTip() {
    tip.hidden = true;
  }

  function goToKeptCopy(del) {
    const cut = cutOf(del);
    if (cut.copyOf === null) return;
    const rows = del.closest('section.file').querySelectorAll('.line');
    const first = rows[cut.copyOf[0] - 1];
    if (first === undefined) return;
    for (let number = cut.copyOf[0]; number <= cut.copyOf[1]; number++) rows[number - 1]?.classList.add('flash');
    setTimeout(() => rows.forEach((row) => row.classList.remove('flash')), 2500);
    first.tabIndex = -1;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  }

  const cutAt = (target) => (target instanceof Element ? target.closest('del.cut, del.extra') : null);
  list.addEventListener('mouseover', (event) => {
    const del = cutAt(event.target);
    if (del !== null) showTip(del);
  });
  list.addEventListener('mouseout', (event) => {
    const next = cutAt(event.relatedTarget);
    if (next !== null) showTip(next);
    else if (cutAt(document.activeElement) !== null) showTip(document.activeElement);
    else hideTip();
  });
  list.addEventListener('focusin', (event) => {
    const del = cutAt(event.target);
    if (del !== null) showTip(del);
    else hideTip();
  });
  list.addEventListener('focusout', hideTip);
  list.addEventListener('click', (event) => {
    const del = cutAt(event.target);
    if (del !== null && event.detail === 2) goToKeptCopy(del);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideTip();
    const del = cutAt(event.target);
    if (event.key === 'Enter' && del !== null) goToKeptCopy(del);
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      document.getElementById('text-search').focus();
    }
  });
`;
