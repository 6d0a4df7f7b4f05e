/**
 * Options from a JSON config: `--config FILE`, else the first `.article-cleanrc.json` or
 * package.json with an "article-clean" key found from the working folder upward. Flags override it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';
import { splitCommaList } from './program.js';

/** What a config file may set (the same names as the flags, camelCase). */
export interface ConfigValues {
  ext?: string[];
  only?: string[];
  skip?: string[];
  enable?: string[];
  minLength?: number;
  markers?: string[];
  encoding?: string;
  maxSize?: string;
  textField?: string;
}

/** A config and the file it came from (null when there is none). */
export interface LoadedConfig {
  readonly values: ConfigValues;
  readonly source: string | null;
}

const LIST_KEYS = ['ext', 'only', 'skip', 'enable', 'markers'] as const;
const STRING_KEYS = ['encoding', 'textField'] as const;

// Synchronous: a run reads its config before anything else can happen, and a one-file run (shell
// loops) would otherwise pay a thread-pool round trip for every folder up to the root.
function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read config: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: invalid JSON: ${(error as Error).message}`);
  }
}

function toList(value: unknown, key: string, source: string): string[] {
  if (typeof value === 'string') return splitCommaList(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  throw new UsageError(`${source}: "${key}" must be a string or an array of strings`);
}

/** Checks a config object and returns its values; unknown keys and wrong types are usage errors. */
export function checkConfig(raw: unknown, source: string): ConfigValues {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`${source}: the config must be a JSON object`);
  const values: ConfigValues = {};
  for (const [key, value] of Object.entries(raw)) {
    if ((LIST_KEYS as readonly string[]).includes(key)) values[key as (typeof LIST_KEYS)[number]] = toList(value, key, source);
    else if ((STRING_KEYS as readonly string[]).includes(key) && typeof value === 'string') values[key as (typeof STRING_KEYS)[number]] = value;
    else if (key === 'minLength' && Number.isInteger(value) && (value as number) >= 0) values.minLength = value as number;
    else if (key === 'maxSize' && (typeof value === 'string' || Number.isSafeInteger(value))) values.maxSize = String(value);
    else if (key === '$schema' || key === '$comment') continue;
    else {
      const known = [...LIST_KEYS, ...STRING_KEYS, 'minLength', 'maxSize'];
      throw new UsageError(known.includes(key) ? `${source}: "${key}" has the wrong type` : `${source}: unknown key "${key}" (known: ${known.join(', ')})`);
    }
  }
  return values;
}

function findConfig(cwd: string): LoadedConfig {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const rc = join(folder, '.article-cleanrc.json');
    if (existsSync(rc)) return { values: checkConfig(readJson(rc), rc), source: rc };
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      const raw = readJson(manifest) as Record<string, unknown> | null;
      const section = raw !== null && typeof raw === 'object' ? raw['article-clean'] : undefined;
      if (section !== undefined) return { values: checkConfig(section, `${manifest} ("article-clean")`), source: manifest };
    }
    if (dirname(folder) === folder) return { values: {}, source: null };
  }
}

/** Loads the config named by --config, or the one found upward from `cwd`. */
export function loadConfig(explicitPath: string | undefined, cwd: string): LoadedConfig {
  if (explicitPath === undefined) return findConfig(cwd);
  const path = resolve(cwd, explicitPath);
  return { values: checkConfig(readJson(path), explicitPath), source: path };
}
