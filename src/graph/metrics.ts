/**
 * Node metrics and positions, computed once at build time so the explorer opens on a finished picture and every
 * export carries them. Both are reproducible: the same graph in gives the same numbers and positions out.
 */
import type { Attributes } from 'graphology-types';
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import type { CoMentionGraph } from '../types.js';
import { compare, round } from './build.js';

/** Seed of Louvain's random walk: fixed, so communities do not reshuffle between identical builds. */
const LOUVAIN_SEED = 0x5eed;

/**
 * Betweenness (Brandes) costs nodes × (nodes + edges) steps: seconds up to about this much, minutes beyond. Past
 * it the metric is left out and the graph says so in its `skippedMetrics` attribute.
 */
export const MAX_BETWEENNESS_WORK = 1e9;

export interface MetricsOptions {
  /** Largest nodes × (nodes + edges) for which betweenness is computed; MAX_BETWEENNESS_WORK by default. */
  maxBetweennessWork?: number;
}

/**
 * Writes degree, weightedDegree (sum of edge weights), pagerank (weighted), betweenness (normalised; hops, not
 * weights, since a heavy co-mention is a short distance, not a long one) and community (Louvain, weighted) on
 * every node.
 */
export function assignMetrics(graph: CoMentionGraph, options: MetricsOptions = {}): void {
  if (graph.order === 0) return;
  const plain = graph as unknown as Graph<Attributes, Attributes>;
  const ranks = graph.size > 0 ? pagerank(plain, { getEdgeWeight: 'weight' }) : uniform(graph);
  const affordable = graph.order * (graph.order + graph.size) <= (options.maxBetweennessWork ?? MAX_BETWEENNESS_WORK);
  const between = affordable ? betweenness(plain, { normalized: true, getEdgeWeight: null }) : undefined;
  if (!affordable) graph.setAttribute('skippedMetrics', ['betweenness']);
  const communities = graph.size > 0 ? louvain(plain, { getEdgeWeight: 'weight', rng: mulberry32(LOUVAIN_SEED) }) : {};
  // Louvain numbers communities in visit order; renumber by size (then smallest member key) so 0 is the largest.
  const renumber = communityOrder(graph.nodes(), communities);

  graph.updateEachNodeAttributes((node, attributes) => {
    let weightedDegree = 0;
    graph.forEachEdge(node, (_edge, edge) => (weightedDegree += edge.weight));
    return {
      ...attributes,
      degree: graph.degree(node),
      weightedDegree,
      pagerank: round(ranks[node] ?? 0),
      ...(between ? { betweenness: round(between[node] ?? 0) } : {}),
      community: renumber.get(communities[node] ?? -1) ?? renumber.size,
    };
  });
}

function uniform(graph: CoMentionGraph): Record<string, number> {
  return Object.fromEntries(graph.nodes().map((n) => [n, 1 / graph.order]));
}

function communityOrder(nodes: string[], communities: Record<string, number>): Map<number, number> {
  const groups = new Map<number, { size: number; first: string }>();
  for (const node of nodes) {
    const community = communities[node];
    if (community === undefined) continue;
    const group = groups.get(community);
    if (!group) groups.set(community, { size: 1, first: node });
    else {
      group.size++;
      if (node < group.first) group.first = node;
    }
  }
  const ordered = [...groups].sort(([, a], [, b]) => b.size - a.size || compare(a.first, b.first));
  return new Map(ordered.map(([community], index) => [community, index]));
}

/** Small seeded PRNG (public domain, Tommy Ettinger): Louvain only needs reproducible, not strong, randomness. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hash of a string to [0, 1): a node's starting position depends on its key alone. */
export function unitHash(text: string, salt: number): number {
  let hash = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return mulberry32(hash)();
}

const MIN_SIZE = 3;
const MAX_SIZE = 20;

/** Where an earlier layout left the nodes, for a rebuild that starts from there (src/build.ts keeps them). */
export interface LayoutStart {
  /** Previous positions by node key; nodes absent here start at the mean position of their placed neighbours. */
  positions: ReadonlyMap<string, { x: number; y: number }>;
  /** ForceAtlas2 iterations from those positions; 0 keeps them as they are (for a graph identical to the last). */
  iterations: number;
}

/** Iterations after a warm start: enough for a few new nodes and changed weights to find their place. */
export const WARM_LAYOUT_ITERATIONS = 10;

/**
 * Writes x, y (ForceAtlas2) and size (by mentions, area-proportional) on every node. Starting positions come from
 * a hash of each node's key instead of Math.random, so identical input gives identical positions, and a node
 * added by a later build does not move the others' starting points. With `start`, the layout resumes from an
 * earlier build's positions instead (a warm start): the same input and start give the same positions.
 */
export function assignLayout(graph: CoMentionGraph, start?: LayoutStart): void {
  const mostMentions = Math.max(1, ...graph.mapNodes((_node, a) => a.mentions));
  graph.updateEachNodeAttributes((node, attributes) => {
    const previous = start?.positions.get(node);
    return {
      ...attributes,
      x: previous?.x ?? (unitHash(node, 1) - 0.5) * 100,
      y: previous?.y ?? (unitHash(node, 2) - 0.5) * 100,
      size: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(attributes.mentions / mostMentions)),
    };
  });
  if (start) placeAmongNeighbours(graph, start.positions);
  const iterations = start ? start.iterations : layoutIterations(graph.order);
  if (graph.order < 2 || iterations <= 0) {
    if (start) lineUpIsolatedNodes(graph);
    return;
  }
  const plain = graph as unknown as Graph<Attributes, Attributes>;
  const positions = forceAtlas2(plain, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(plain), adjustSizes: false },
  });
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    x: round(positions[node]?.x ?? attributes.x ?? 0),
    y: round(positions[node]?.y ?? attributes.y ?? 0),
  }));
  lineUpIsolatedNodes(graph);
}

/** A node new since the previous layout starts at the mean of its neighbours that have a previous position. */
function placeAmongNeighbours(graph: CoMentionGraph, positions: ReadonlyMap<string, { x: number; y: number }>): void {
  graph.forEachNode((node) => {
    if (positions.has(node)) return;
    let x = 0, y = 0, placed = 0;
    graph.forEachNeighbor(node, (neighbour) => {
      const at = positions.get(neighbour);
      if (!at) return;
      x += at.x;
      y += at.y;
      placed++;
    });
    // A small offset by key, so two new nodes with the same neighbours do not start on one point (FA2 would not part them).
    if (placed > 0) graph.mergeNodeAttributes(node, { x: x / placed + unitHash(node, 1) - 0.5, y: y / placed + unitHash(node, 2) - 0.5 });
  });
}

/**
 * ForceAtlas2 only repels a node that has no links, so such nodes drift far out and shrink the rest of the
 * picture (in the explorer, in Gephi). They go in rows under the linked part instead, most mentioned first.
 */
function lineUpIsolatedNodes(graph: CoMentionGraph): void {
  const isolated = graph.filterNodes((node) => graph.degree(node) === 0);
  if (isolated.length === 0 || isolated.length === graph.order) return;
  let minX = Infinity, maxX = -Infinity, minY = Infinity;
  graph.forEachNode((node, { x, y }) => {
    if (graph.degree(node) === 0) return;
    minX = Math.min(minX, x ?? 0);
    maxX = Math.max(maxX, x ?? 0);
    minY = Math.min(minY, y ?? 0);
  });
  const width = Math.max(1, maxX - minX);
  const perRow = Math.max(1, Math.ceil(Math.sqrt(isolated.length * 4)));
  const step = width / Math.max(1, perRow - 1 || 1);
  isolated.sort((a, b) => graph.getNodeAttribute(b, 'mentions') - graph.getNodeAttribute(a, 'mentions') || (a < b ? -1 : 1));
  isolated.forEach((node, i) => {
    graph.mergeNodeAttributes(node, {
      x: round(perRow === 1 ? minX + width / 2 : minX + (i % perRow) * step),
      y: round(minY - step * (1 + Math.floor(i / perRow))),
    });
  });
}

/** Enough iterations to settle small graphs, fewer on big ones where each iteration costs more. */
function layoutIterations(order: number): number {
  if (order <= 500) return 300;
  if (order <= 5000) return 150;
  return 60;
}
