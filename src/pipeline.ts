/**
 * The pipeline from documents to a finished graph, with no file system: the command line (src/build.ts) feeds it
 * documents read from disk, the explorer feeds it articles dropped into the page.
 *
 *   extract (per document) → near-duplicate detection → resolve → buildGraph → metrics → layout
 */
import { extract } from './extract/index.js';
import { assignLayout, assignMetrics, buildGraph, findNearDuplicates } from './graph/index.js';
import { applyOverrides, resolve } from './resolve/index.js';
import { FORMAT_VERSION, TOOL_NAME, TOOL_VERSION } from './version.js';
import type {
  CoMentionGraph,
  CoMentionWindow,
  DocumentAnalysis,
  DocumentRecord,
  OverrideRule,
  Overrides,
  ResolvedMention,
  SourceDocument,
} from './types.js';

export interface PipelineOptions {
  /** Co-mention window; default 'sentence'. */
  window?: CoMentionWindow;
  /** Count syndicated near-copies of a story in weights too (by default a story counts once). */
  keepDuplicates?: boolean;
  overrides?: Overrides;
  /** Name of the corpus, recorded in the graph's provenance. */
  corpus?: string;
  /** Skip ForceAtlas2 (positions stay on their seeded start), for callers that lay out elsewhere. */
  skipLayout?: boolean;
  /**
   * Text of a document for evidence windows, when the documents came without it: `text(id).slice(start, end)` must
   * be the window's text for every window that holds two or more mentions. Default: the sources' texts.
   */
  text?: (docId: string) => string | undefined;
  /** Near-copy id → original id, when the caller has found them (src/build.ts reuses the previous build's pass). */
  duplicates?: Map<string, string>;
}

export interface AnalysedDocument {
  /** The document; its text may be left out by a caller that streams (src/build.ts), which then gives `shingles`. */
  source: SourceDocument | Omit<SourceDocument, 'text'>;
  analysis: DocumentAnalysis;
  /** `shingles(text)` (src/graph), for near-duplicate detection when `source` has no text. */
  shingles?: Iterable<number>;
  /** `minHashSignature(shingles)` (src/graph) kept from an earlier build, which spares recomputing it. */
  signature?: ArrayLike<number>;
}

export interface PipelineResult {
  graph: CoMentionGraph;
  documents: DocumentRecord[];
  mentions: ResolvedMention[];
  /** Near-copy document id → the id of the document it copies. */
  duplicates: Map<string, string>;
  /** Curation rules that found no entity to act on (stale keys, typos): the user should hear about them. */
  unappliedRules: OverrideRule[];
  /** Seconds spent in each stage, for the bench and whoever wonders where a build's time goes. */
  timings: PipelineTimings;
}

export interface PipelineTimings {
  duplicates: number;
  resolve: number;
  graph: number;
  metrics: number;
  /** 0 when the layout was skipped. */
  layout: number;
}

/** Extracts and builds in one go: for small corpora held in memory (the browser, tests). */
export function buildFromDocuments(sources: SourceDocument[], options: PipelineOptions = {}): PipelineResult {
  return buildFromAnalyses(
    sources.map((source) => ({ source, analysis: extract(source) })),
    options,
  );
}

/** Everything after extraction: resolution, the graph, its metrics and layout. */
export function buildFromAnalyses(items: AnalysedDocument[], options: PipelineOptions = {}): PipelineResult {
  let lap = performance.now();
  const seconds = (): number => {
    const now = performance.now();
    const elapsed = (now - lap) / 1000;
    lap = now;
    return elapsed;
  };
  const window = options.window ?? 'sentence';
  const duplicates =
    options.duplicates ??
    findNearDuplicates(
      items.map(({ source, shingles, signature }) =>
        'text' in source ? { id: source.id, text: source.text } : { id: source.id, shingles: shingles ?? [], ...(signature ? { signature } : {}) },
      ),
    );
  const timings: PipelineTimings = { duplicates: seconds(), resolve: 0, graph: 0, metrics: 0, layout: 0 };
  const documents: DocumentRecord[] = items.map(({ source, analysis }) => documentRecord(source, analysis, duplicates.get(source.id)));
  const texts = new Map(items.flatMap(({ source }) => ('text' in source ? [[source.id, source.text] as const] : [])));
  const text = options.text ?? ((id: string) => texts.get(id));
  const automatic = resolve(
    items.map(({ analysis }) => analysis),
    { text },
  );
  const { resolution, unapplied } = options.overrides ? applyOverrides(automatic, options.overrides) : { resolution: automatic, unapplied: [] };
  timings.resolve = seconds();
  const graph = buildGraph(resolution, documents, {
    window,
    text,
    ...(options.keepDuplicates ? {} : { skipDocuments: new Set(duplicates.keys()) }),
    attributes: {
      format: 'comention-graph',
      version: FORMAT_VERSION,
      tool: TOOL_NAME,
      toolVersion: TOOL_VERSION,
      window,
      documents: documents.length,
      duplicatesCounted: options.keepDuplicates === true,
      ...(options.corpus !== undefined ? { corpus: options.corpus } : {}),
    },
  });
  timings.graph = seconds();
  assignMetrics(graph);
  timings.metrics = seconds();
  if (!options.skipLayout) {
    assignLayout(graph);
    timings.layout = seconds();
  }
  return { graph, documents, mentions: resolution.mentions, duplicates, unappliedRules: unapplied, timings };
}

function documentRecord(source: Omit<SourceDocument, 'text'>, analysis: DocumentAnalysis, duplicateOf: string | undefined): DocumentRecord {
  return {
    id: source.id,
    path: source.path,
    title: source.title,
    ...(source.date !== undefined ? { date: source.date } : {}),
    ...(source.url !== undefined ? { url: source.url } : {}),
    sentences: analysis.sentences,
    paragraphs: analysis.paragraphs,
    ...(duplicateOf !== undefined ? { duplicateOf } : {}),
  };
}
