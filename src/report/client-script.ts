/**
 * The report page's script. It builds the page with `textContent` and text nodes only, never
 * from HTML strings, so scraped text can never become markup.
 */
import { layoutCuts } from './layout-cuts.js';
import { PAGE_DATA } from './client/page-data.js';
import { FILE_VIEW } from './client/file-view.js';
import { FILE_LIST } from './client/file-list.js';
import { TOOLTIP } from './client/tooltip.js';
import { CONTROLS } from './client/controls.js';

/** The script of the report page: the layout function it shares with the tests, then the page. */
export function clientScript(): string {
  // layoutCuts is self-contained by design, so its compiled source runs as it is in the browser.
  // It is bound to its name here: in the minified CLI bundle the function itself is renamed.
  return `(() => {\n  'use strict';\n  const layoutCuts = ${layoutCuts.toString()};\n${PAGE_DATA}${FILE_VIEW}${FILE_LIST}${TOOLTIP}${CONTROLS}})();\n`;
}
