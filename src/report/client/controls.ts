/** Report page script, part 5: the filter controls, and the first render. */

/** Plain JavaScript for the browser (no backticks, no dollar-brace: it sits in a template literal). */
export const CONTROLS = String.raw`
  function resetFilters() {
    state.hidden.clear();
    state.name = '';
    state.query = '';
    for (const box of document.querySelectorAll('#rule-filter input')) box.checked = true;
    document.getElementById('name-filter').value = '';
    document.getElementById('text-search').value = '';
    applyRuleClasses();
  }

  function applyRuleClasses() {
    run.rules.forEach((rule, index) => document.body.classList.toggle('hide-r' + index, state.hidden.has(rule.id)));
  }

  for (const box of document.querySelectorAll('#rule-filter input')) {
    box.addEventListener('change', () => {
      if (box.checked) state.hidden.delete(box.value);
      else state.hidden.add(box.value);
      applyRuleClasses();
      state.page = 0;
      render();
    });
  }

  function onTyping(input, apply) {
    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        apply(input.value.trim().toLowerCase());
        state.page = 0;
        render();
      }, 200);
    });
  }
  onTyping(document.getElementById('name-filter'), (value) => (state.name = value));
  onTyping(document.getElementById('text-search'), (value) => (state.query = value));
  document.getElementById('cleaned-view').addEventListener('change', (event) => {
    document.body.classList.toggle('cleaned', event.target.checked);
  });
  document.getElementById('page-size').addEventListener('change', (event) => {
    state.pageSize = Number(event.target.value);
    state.page = 0;
    render();
  });
  window.addEventListener('hashchange', showFileFromHash);
  window.addEventListener('resize', measureControls);

  // The browser may restore the controls' values on reload; start from what they show.
  function readControls() {
    for (const box of document.querySelectorAll('#rule-filter input')) if (!box.checked) state.hidden.add(box.value);
    state.name = document.getElementById('name-filter').value.trim().toLowerCase();
    state.query = document.getElementById('text-search').value.trim().toLowerCase();
    state.pageSize = Number(document.getElementById('page-size').value);
    document.body.classList.toggle('cleaned', document.getElementById('cleaned-view').checked);
    applyRuleClasses();
  }

  readControls();
  render();
  showFileFromHash();
  document.body.dataset.ready = 'true';
`;
