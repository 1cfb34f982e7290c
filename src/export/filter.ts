/**
 * Views of a graph for export and the explorer: by edge weight, entity type, date and neighbourhood. Filtering
 * returns a new graph and leaves the given one alone. Metrics and positions are kept as computed on the whole
 * graph, so a filtered picture lines up with the full one; call assignMetrics again for metrics of the view.
 */
import type { CoMentionGraph, DocumentRecord, EntityType } from '../types.js';

export interface GraphFilter {
  /** Drop edges seen in fewer windows. */
  minWeight?: number;
  /** Keep the N entities with most mentions (ties by key). */
  top?: number;
  types?: EntityType[];
  /**
   * Date range over the documents' `date` (ISO 8601), inclusive at the precision given: `to: '2024-10'` keeps
   * the whole of October. Edges keep only evidence from documents in range; a document without a date is out of
   * any range, and entities left without an edge in range go.
   */
  from?: string;
  to?: string;
  /** Keep only this entity and the entities within `hops` co-mentions of it. */
  ego?: string;
  /** Radius of the ego network; 1 by default. */
  hops?: number;
}

/** A filter that cannot be applied as given. */
export class GraphFilterError extends Error {
  constructor(message: string) {
    super(`filter: ${message}`);
    this.name = 'GraphFilterError';
  }
}

/**
 * Applies, in order: types, date range, minimum weight, ego network, top N. The filter is recorded in the result's
 * `filter` graph attribute, so an export says what it shows.
 */
export function filterGraph(graph: CoMentionGraph, filter: GraphFilter, documents?: DocumentRecord[]): CoMentionGraph {
  validate(graph, filter, documents);
  const view = graph.copy();

  if (filter.types) {
    const keep = new Set(filter.types);
    view.filterNodes((_n, a) => !keep.has(a.type)).forEach((n) => view.dropNode(n));
  }

  if (filter.from !== undefined || filter.to !== undefined) {
    const inRange = new Set((documents ?? []).filter((d) => d.date !== undefined && within(d.date, filter.from, filter.to)).map((d) => d.id));
    view.forEachEdge((edge, a) => {
      const evidence = a.evidence.filter((e) => inRange.has(e.doc));
      if (evidence.length === 0) return view.dropEdge(edge);
      // Weight stays the count of windows, now of windows in range; npmi is of the whole corpus and goes.
      view.replaceEdgeAttributes(edge, { weight: evidence.length, documents: new Set(evidence.map((e) => e.doc)).size, evidence });
    });
    view.filterNodes((n) => view.degree(n) === 0).forEach((n) => view.dropNode(n));
  }

  if (filter.minWeight !== undefined) {
    const least = filter.minWeight;
    view.filterEdges((_e, a) => a.weight < least).forEach((e) => view.dropEdge(e));
  }

  if (filter.ego !== undefined) {
    const near = neighbourhood(view, filter.ego, filter.hops ?? 1);
    view.filterNodes((n) => !near.has(n)).forEach((n) => view.dropNode(n));
  }

  if (filter.top !== undefined) {
    const ranked = view.nodes().sort((a, b) => view.getNodeAttribute(b, 'mentions') - view.getNodeAttribute(a, 'mentions') || (a < b ? -1 : a > b ? 1 : 0));
    const keep = new Set(ranked.slice(0, filter.top));
    if (filter.ego !== undefined && view.hasNode(filter.ego)) keep.add(filter.ego);
    ranked.filter((n) => !keep.has(n)).forEach((n) => view.dropNode(n));
  }

  view.setAttribute('filter', { ...filter });
  return view;
}

function validate(graph: CoMentionGraph, filter: GraphFilter, documents: DocumentRecord[] | undefined): void {
  for (const name of ['minWeight', 'top', 'hops'] as const) {
    const value = filter[name];
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) throw new GraphFilterError(`${name} must be a number of at least 0, not ${String(value)}`);
  }
  if (filter.ego !== undefined && !graph.hasNode(filter.ego)) {
    throw new GraphFilterError(`no entity "${filter.ego}" in the graph (give a node key such as "person:vladimir-putin")`);
  }
  if ((filter.from !== undefined || filter.to !== undefined) && !documents) {
    throw new GraphFilterError('a date range needs the documents (documents.json) to know their dates');
  }
  for (const name of ['from', 'to'] as const) {
    const value = filter[name];
    if (value !== undefined && !/^\d{4}(-\d{2}(-\d{2}(T.*)?)?)?$/.test(value)) throw new GraphFilterError(`${name} "${value}" is not an ISO date (write 2024, 2024-10 or 2024-10-31)`);
  }
}

/** ISO dates compare as text; `to` is cut to the document date's precision so that '2024-10' covers all October. */
function within(date: string, from: string | undefined, to: string | undefined): boolean {
  if (from !== undefined && date < from) return false;
  if (to !== undefined && date.slice(0, to.length) > to) return false;
  return true;
}

function neighbourhood(graph: CoMentionGraph, start: string, hops: number): Set<string> {
  const seen = new Set<string>();
  if (!graph.hasNode(start)) return seen;
  seen.add(start);
  let frontier = [start];
  for (let hop = 0; hop < hops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (seen.has(neighbour)) return;
        seen.add(neighbour);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  return seen;
}
