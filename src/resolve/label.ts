/**
 * What an entity is called: its label (the best full name) and its aliases (surface forms, most frequent first).
 */
import type { EntityType, Mention } from '../types.js';
import { byCodeUnits, looksLikeAcronym, organizationName, personName, stripEdges } from './names.js';

export interface EntityDescription {
  label: string;
  aliases: string[];
}

/** The name a mention gives its entity, titles and descriptors cut off, `canonical` preferred. */
export function mentionName(type: EntityType, mention: Pick<Mention, 'text' | 'canonical'>): string {
  const written = mention.canonical ?? mention.text;
  if (type === 'person') return personName(written).display || stripEdges(written);
  if (type === 'organization') return organizationName(written).display || stripEdges(written);
  return stripEdges(written);
}

export function describeEntity(type: EntityType, mentions: ReadonlyArray<Pick<Mention, 'text' | 'canonical'>>): EntityDescription {
  const aliases = rankByCount(mentions.map((mention) => stripEdges(mention.text)).filter(Boolean));
  const names = mentions.map((mention) => mentionName(type, mention)).filter(Boolean);
  const full = names.filter((name) =>
    type === 'person' ? name.split(/\s+/).length >= 2 : type === 'organization' ? !looksLikeAcronym(name) : true,
  );
  // Among equally frequent names the longer one says more ("Department of Defense" over "Defense Department"
  // is a tie broken by length, then alphabetically so rebuilds agree).
  const label = rankByCount(full.length > 0 ? full : names, (a, b) => b.length - a.length)[0] ?? aliases[0] ?? '';
  return { label, aliases };
}

/** Distinct values, most frequent first; ties by `tie`, then alphabetically. */
export function rankByCount(values: string[], tie?: (a: string, b: string) => number): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (tie ? tie(a, b) : 0) || byCodeUnits(a, b));
}
