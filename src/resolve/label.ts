/**
 * What an entity is called: its label (the best full name) and its aliases (surface forms, most frequent first).
 */
import type { EntityType, Mention } from '../types.js';
import { countryOf } from './countries.js';
import { TRADE_DESCRIPTORS, byCodeUnits, looksLikeAcronym, organizationName, personName, stripEdges } from './names.js';

export interface EntityDescription {
  label: string;
  aliases: string[];
}

/** The name a mention gives its entity, titles and descriptors cut off, `canonical` preferred. */
export function mentionName(type: EntityType, mention: Pick<Mention, 'text' | 'canonical'>): string {
  const written = mention.canonical || mention.text;
  if (type === 'person') return personName(written).display || stripEdges(written);
  if (type === 'organization') return organizationName(written).display || stripEdges(written);
  // A country is called by its common name, whichever of its names, demonyms or capitals was written.
  return countryOf(stripEdges(written))?.canonical ?? stripEdges(written);
}

export function describeEntity(type: EntityType, mentions: ReadonlyArray<Pick<Mention, 'text' | 'canonical'>>): EntityDescription {
  const aliases = rankByCount(mentions.map((mention) => stripEdges(mention.text)).filter(Boolean));
  const names = mentions.map((mention) => mentionName(type, mention)).filter(Boolean);
  const full = names.filter((name) =>
    type === 'person' ? name.split(/\s+/).length >= 2 : type === 'organization' ? !looksLikeAcronym(name) : true,
  );
  // An organisation is labelled by a name no other of its names contains ("Church of Scientology", not
  // "Church"); among equally frequent names the longer one says more, then alphabetical order so rebuilds agree.
  const candidates = type === 'organization' ? maximal(full) : full;
  const label = rankByCount(candidates.length > 0 ? candidates : names, (a, b) => b.length - a.length)[0] ?? aliases[0] ?? '';
  return { label, aliases };
}

/** The names (repeats kept, for counting) whose words are not a run inside another of the names. */
function maximal(names: string[]): string[] {
  // Read as resolution reads them: "Apple Inc." and "Apple Computer" do not contain "Apple", they are it.
  const core = (name: string): string[] => {
    const tokens = organizationName(name).tokens;
    return tokens.length > 1 && TRADE_DESCRIPTORS.has(tokens[tokens.length - 1] ?? '') ? tokens.slice(0, -1) : tokens;
  };
  const distinct = [...new Set(names)].map((name) => ({ name, tokens: core(name) }));
  const inside = (short: string[], long: string[]): boolean =>
    long.length > short.length && long.some((_, i) => i + short.length <= long.length && short.every((token, j) => token === long[i + j]));
  const contained = new Set(distinct.filter((a) => distinct.some((b) => inside(a.tokens, b.tokens))).map((a) => a.name));
  return names.filter((name) => !contained.has(name));
}

/** Distinct values, most frequent first; ties by `tie`, then alphabetically. */
export function rankByCount(values: string[], tie?: (a: string, b: string) => number): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (tie ? tie(a, b) : 0) || byCodeUnits(a, b));
}
