/**
 * Stage 3: resolution. Mentions in, entities out: which mentions, within and across documents, name the same
 * person, organisation or country, each entity keyed by a stable name (`person:vladimir-putin`). Curation rules
 * (`comention.overrides.json`) are applied last, so a merge or rename made in the explorer survives rebuilds.
 * Pure and browser-safe: the command line and the server read and write the overrides file.
 */
import type { DocumentAnalysis, Overrides, Resolution } from '../types.js';
import { applyOverrides } from './overrides.js';
import { resolveMentions } from './resolve.js';

export { entityKey, slug } from './names.js';
export { OverridesError, addOverrideRule, applyOverrides, emptyOverrides, parseOverrides } from './overrides.js';
export type { OverridesOutcome } from './overrides.js';
export { describeEntity } from './label.js';

export interface ResolveOptions {
  overrides?: Overrides;
  /**
   * A document's text, when the caller has it: tells "South Korea's National Intelligence Service" (South Korea's
   * NIS) from "…North Korea,” State Department spokesman" (not North Korea's). Without it a short gap is trusted.
   */
  text?: (doc: string) => string | undefined;
}

export function resolve(analyses: DocumentAnalysis[], options: ResolveOptions = {}): Resolution {
  const automatic = resolveMentions(analyses, options.text);
  return options.overrides ? applyOverrides(automatic, options.overrides).resolution : automatic;
}
