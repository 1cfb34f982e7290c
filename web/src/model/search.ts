/** Finding entities by name or alias, for the search box's suggestions. */
import type { CoMentionGraph, EntityType } from '../../../src/types.js';

export interface SearchHit {
  key: string;
  label: string;
  type: EntityType;
  /** The alias that matched, when it was not the label. */
  alias?: string;
  mentions: number;
}

/** Lower case without accents, so "sao paulo" finds "São Paulo". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** How well `name` answers `query`: lower is better, undefined is no match. */
function matchRank(name: string, query: string): number | undefined {
  const folded = foldName(name);
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (folded.split(/[\s\-'’.]+/).some((word) => word.startsWith(query))) return 2;
  if (folded.includes(query)) return 4;
  return undefined;
}

/** Entities whose label or an alias matches `query`, best first (exact, prefix, word prefix, substring). */
export function searchEntities(graph: CoMentionGraph, query: string, limit = 8): SearchHit[] {
  const folded = foldName(query);
  if (folded === '') return [];
  const hits: Array<SearchHit & { rank: number }> = [];
  graph.forEachNode((key, attributes) => {
    let rank = matchRank(attributes.label, folded);
    let alias: string | undefined;
    for (const candidate of attributes.aliases ?? []) {
      const aliasRank = matchRank(candidate, folded);
      // An alias is a slightly weaker answer than the label itself.
      if (aliasRank !== undefined && (rank === undefined || aliasRank + 0.5 < rank)) {
        rank = aliasRank + 0.5;
        alias = candidate;
      }
    }
    if (rank === undefined) return;
    // The alias is worth showing only when the label alone does not explain the match.
    const explains = alias === undefined || foldName(attributes.label).includes(foldName(alias));
    hits.push({ key, label: attributes.label, type: attributes.type, mentions: attributes.mentions ?? 0, rank, ...(explains ? {} : { alias }) });
  });
  hits.sort((a, b) => a.rank - b.rank || b.mentions - a.mentions || a.label.localeCompare(b.label));
  return hits.slice(0, limit).map(({ rank: _rank, ...hit }) => hit);
}
