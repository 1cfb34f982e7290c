/**
 * What the current filters let through. Filters decide what exists in the view; hover and selection are drawn
 * on top by the renderer's reducers and never change these sets.
 */
import type { CoMentionGraph, EntityType } from '../../../src/types.js';

export interface Filters {
  types: ReadonlySet<EntityType>;
  minWeight: number;
  minMentions: number;
  /** ISO dates (YYYY-MM-DD prefix compared as text); evidence from undated documents is left out when set. */
  dateFrom?: string;
  dateTo?: string;
  /** Communities to keep; undefined keeps all. */
  communities?: ReadonlySet<number>;
  /** Drop entities left without any link by the other filters. */
  hideIsolated?: boolean;
  /** Keep only nodes within `hops` of `center`. */
  ego?: { center: string; hops: number };
}

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  /** Edge weights counted inside the date range (only edges whose weight the range changed). */
  weights: Map<string, number>;
}

export function dateInRange(date: string | undefined, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  const day = date.slice(0, 10);
  return (!from || day >= from) && (!to || day <= to);
}

/**
 * The nodes and edges that pass `filters`. `documentDates` gives each document's date; `nodeDocuments` the
 * documents mentioning a node (used by the date range).
 */
export function visibleElements(
  graph: CoMentionGraph,
  filters: Filters,
  documentDates: ReadonlyMap<string, string | undefined>,
  nodeDocuments: (node: string) => Iterable<string>,
): Visible {
  const dated = Boolean(filters.dateFrom || filters.dateTo);
  const nodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (!filters.types.has(attributes.type)) return;
    if ((attributes.mentions ?? 0) < filters.minMentions) return;
    if (filters.communities && !filters.communities.has(attributes.community ?? -1)) return;
    if (dated && ![...nodeDocuments(node)].some((doc) => dateInRange(documentDates.get(doc), filters.dateFrom, filters.dateTo))) return;
    nodes.add(node);
  });
  const edges = new Set<string>();
  const weights = new Map<string, number>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    let weight = attributes.weight;
    if (dated) {
      weight = attributes.evidence.filter((item) => dateInRange(documentDates.get(item.doc), filters.dateFrom, filters.dateTo)).length;
      weights.set(edge, weight);
    }
    if (weight >= filters.minWeight && weight > 0) edges.add(edge);
  });
  if (filters.ego && graph.hasNode(filters.ego.center)) {
    const reached = new Set([filters.ego.center]);
    let frontier = [filters.ego.center];
    for (let hop = 0; hop < filters.ego.hops; hop++) {
      const next: string[] = [];
      for (const node of frontier) {
        graph.forEachEdge(node, (edge, _attributes, source, target) => {
          if (!edges.has(edge)) return;
          const other = source === node ? target : source;
          if (!reached.has(other)) {
            reached.add(other);
            next.push(other);
          }
        });
      }
      frontier = next;
    }
    for (const node of nodes) if (!reached.has(node)) nodes.delete(node);
    nodes.add(filters.ego.center);
    for (const edge of edges) {
      if (!nodes.has(graph.source(edge)) || !nodes.has(graph.target(edge))) edges.delete(edge);
    }
  }
  if (filters.hideIsolated) {
    const linked = new Set<string>();
    for (const edge of edges) {
      linked.add(graph.source(edge));
      linked.add(graph.target(edge));
    }
    for (const node of nodes) if (!linked.has(node) && node !== filters.ego?.center) nodes.delete(node);
  }
  return { nodes, edges, weights };
}
