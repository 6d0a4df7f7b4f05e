/** The shape every rule module exports. */
import type { Article } from './article.js';
import type { Finding } from './finding.js';
import type { MarkerLexicon } from '../lexicon/marker-lexicon.js';
import type { CorpusSummary } from './corpus.js';

/** Settings the rules read; the engine fills every field. */
export interface RuleSettings {
  /** A single repeated line shorter than this (in key characters) is cut only inside a run. */
  readonly minLength: number;
  /** Read-also phrases, compiled. */
  readonly markers: MarkerLexicon;
}

/** What a rule is given besides the article. */
export interface RuleContext {
  readonly settings: RuleSettings;
  /** Findings of the rules that ran before this one, in rule order. */
  readonly earlierFindings: readonly Finding[];
  /** The summary of the whole run, for rules that look across files; null when none was built. */
  readonly corpus: CorpusSummary | null;
}

/** A rule: a pure function from an article to findings. */
export interface Rule {
  /** Kebab-case id, equal to the module's file name. */
  readonly id: string;
  /** One line saying what the rule removes. */
  readonly description: string;
  /** Whether the rule runs unless the user skips it. */
  readonly enabledByDefault: boolean;
  /**
   * Whether the rule judges each line by its own content alone (a list it removes starts at a line
   * it matched), so that deleting other lines whole never makes it find anything new. The engine's
   * later passes skip such rules when the pass before cut whole lines only.
   */
  readonly judgesLinesAlone: boolean;
  /** Returns the spans to cut; never mutates the article. */
  check(article: Article, context: RuleContext): Finding[];
}
