/** Options of the engine, and their defaults. */
import type { Rule, RuleSettings } from '../model/rule.js';
import { compileLexicon } from '../lexicon/marker-lexicon.js';
import { rules as allRules } from '../rules/index.js';
import type { CorpusSummary } from '../model/corpus.js';

/** What a caller may set; everything is optional. */
export interface CleanOptions {
  /** Run only these rule ids. */
  readonly only?: readonly string[];
  /** Skip these rule ids. */
  readonly skip?: readonly string[];
  /** Turn on rules that are off by default. */
  readonly enable?: readonly string[];
  /** A single repeated line shorter than this many key characters is cut only inside a run (default 30). */
  readonly minLength?: number;
  /** Extra read-also phrases. */
  readonly markers?: readonly string[];
  /** The summary of the whole run, for cross-file rules (boilerplate); built by the caller. */
  readonly corpus?: CorpusSummary;
}

/** Options with every default filled in and the lexicon compiled. */
export interface ResolvedOptions {
  readonly rules: readonly Rule[];
  readonly settings: RuleSettings;
  /** The summary of the whole run, or null. */
  readonly corpus: CorpusSummary | null;
  /** The options these were resolved from: plain data, so worker threads can resolve them again. */
  readonly source?: CleanOptions;
}

/** The default minimum length of a single repeated line, from the corpus labeling rules. */
export const DEFAULT_MIN_LENGTH = 30;

/** Thrown for an option value that cannot be used (an unknown rule id, a negative length). */
export class OptionError extends Error {
  override readonly name = 'OptionError';
}

function checkRuleIds(ids: readonly string[] | undefined, flag: string): void {
  for (const ruleId of ids ?? []) {
    if (!allRules.some((rule) => rule.id === ruleId)) {
      throw new OptionError(`${flag}: unknown rule "${ruleId}" (known: ${allRules.map((rule) => rule.id).join(', ')})`);
    }
  }
}

function selectRules(options: CleanOptions): Rule[] {
  checkRuleIds(options.only, '--only');
  checkRuleIds(options.skip, '--skip');
  checkRuleIds(options.enable, '--enable');
  return allRules.filter((rule) => {
    if (options.only !== undefined && options.only.length > 0) return options.only.includes(rule.id);
    if (options.skip?.includes(rule.id)) return false;
    return rule.enabledByDefault || (options.enable?.includes(rule.id) ?? false);
  });
}

/** Fills in defaults, checks values and compiles the marker lexicon. */
export function resolveOptions(options: CleanOptions = {}): ResolvedOptions {
  const rules = selectRules(options);
  if (options.corpus === undefined && rules.some((rule) => rule.id === 'boilerplate')) {
    throw new OptionError('the boilerplate rule needs a corpus summary: use --boilerplate or --boilerplate-from FILE');
  }
  const minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  if (!Number.isInteger(minLength) || minLength < 0) {
    throw new OptionError(`--min-length: expected a whole number of characters, got ${String(options.minLength)}`);
  }
  return {
    rules,
    settings: { minLength, markers: compileLexicon(options.markers ?? []) },
    corpus: options.corpus ?? null,
    source: options,
  };
}
