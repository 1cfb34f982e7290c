/**
 * Stage 4: graph. Resolution in, CoMentionGraph out: nodes for entities, weighted undirected edges with all their
 * evidence, metrics and a reproducible layout. Browser-safe.
 */
export { GRAPH_FORMAT_VERSION, GraphInputError, buildGraph, compare, edgeKey, npmi } from './build.js';
export type { GraphOptions } from './build.js';
export { DEFAULT_DUPLICATE_THRESHOLD, DuplicateThresholdError, findNearDuplicates, minHashSignature, nearDuplicateRecord, nearDuplicatesAfterAdding, overlap, shingles } from './duplicates.js';
export type { KeyedNearDuplicateInput, NearDuplicateInput, NearDuplicateOptions, NearDuplicateRecord } from './duplicates.js';
export { MAX_BETWEENNESS_WORK, WARM_LAYOUT_ITERATIONS, assignLayout, assignMetrics } from './metrics.js';
export type { LayoutStart } from './metrics.js';
export type { MetricsOptions } from './metrics.js';
