// Loads the CLI: dist/cli/bundle.js is a script made by scripts/bundle.js, one function expression,
// compiled here with V8's code cache (dist/cli/bundle.cache, made at build time by running this
// same loader) to skip most of the compiling. Without the cache, or with one this Node.js
// rejects, it compiles from source.
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const bundleFile = join(__dirname, '..', 'dist', 'cli', 'bundle.js');
const cacheFile = join(__dirname, '..', 'dist', 'cli', 'bundle.cache');

/** The code cache made at build time, or undefined. */
function readCodeCache() {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/** Compiles and runs the bundle with `cachedData` (or none): its exports, and the compiled script. */
function loadBundle(cachedData) {
  const script = new Script(readFileSync(bundleFile, 'utf8'), { filename: bundleFile, cachedData });
  const bundle = { exports: {} };
  // The bundle's import() calls come here: a script run by node:vm cannot import on Node 20.
  const load = (specifier) => import(specifier);
  // The bundle requires only Node's own modules (iconv-lite and chardet come through a require of
  // its own URL), so this module's require serves it.
  script.runInThisContext()(bundle.exports, require, bundle, bundleFile, dirname(bundleFile), load);
  return { exports: bundle.exports, script };
}

module.exports = { cacheFile, readCodeCache, loadBundle };
