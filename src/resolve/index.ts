/**
 * Stage 3: resolution. Mentions in, entities out: which mentions, within and across documents, name the same
 * person, organisation or country, each entity keyed by a stable name (`person:vladimir-putin`). Curation rules
 * (`comention.overrides.json`) are applied last, so a merge or rename made in the explorer survives rebuilds.
 * Pure and browser-safe: the command line and the server read and write the overrides file.
 *
 * Decisions a user of the graph should know:
 * - A surname two people of an article share goes to the one the article is about: the one named in full at least
 *   twice and twice as often as the other (a boy named four times, not his father named once), or
 *   else the one named earlier in the same paragraph. Otherwise ("Miller" in an article naming Matthew and Stephen
 *   Miller alike) it is attached to nothing: left out of the resolution rather than guessed.
 * - A name written once with words after it, in an article that uses the name ("NASA T-shirt", a caption's
 *   "… Image"), is that name; so is an organisation's longer form that never stands alone ("Google Chrome",
 *   "EADS North America") when the short name stands alone in two articles, and a name ending in such an acronym
 *   ("… Space Company EADS N.V."). Not when the longer name is an organisation's own ("Apple Corps", "Ford
 *   Foundation") or stands alone in two articles itself: products and divisions are filed under their maker.
 * - Within an article a given name written familiarly ("Larry" for Lawrence) and a word with two letters swapped
 *   ("Untied Nations") are slips of one name.
 * - A title or role on its own ("the President") never makes an entity; it joins the one person introduced with it.
 * - An institution named without its country ("the Foreign Ministry") joins the one country's institution of that
 *   name in the corpus (or the one whose country the article names); otherwise it stays an entity of its article,
 *   keyed `organization:ministry-of-foreign-affairs--<document>`.
 * - Keys come from the most mentioned full name of an entity, so they do not depend on the order of documents;
 *   the label is its best full name, the aliases every surface form, most frequent first.
 * - Rules name entities by key. After a merge or retype the old key still finds the entity (a retype re-keys it as
 *   `<new type>:<name>`), and a key the entity had under another of its full names in an earlier build finds it too.
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
