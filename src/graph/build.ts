/**
 * Resolution → CoMentionGraph: one node per mentioned entity, one undirected edge per pair of entities that share
 * a window (sentence, paragraph or document), with every window kept as evidence.
 */
import Graph from 'graphology';
import type {
  CoMentionAttributes,
  CoMentionGraph,
  CoMentionWindow,
  DocumentRecord,
  EntityAttributes,
  Evidence,
  GraphAttributes,
  Resolution,
  ResolvedMention,
} from '../types.js';

/** Version of the graph.json format written by `buildGraph`; bump it when attributes change meaning. */
export const GRAPH_FORMAT_VERSION = 1;

export interface GraphOptions {
  /** Window two entities must share to be linked; 'sentence' by default. */
  window: CoMentionWindow;
  /**
   * Document text, to put each evidence window's text in the evidence. Sentence and paragraph windows only: a
   * document window is the whole article, and copying it into the evidence of each of its pairs would grow
   * graph.json with the square of the entities per article (hundreds of MB on a few thousand articles).
   */
  text?: (docId: string) => string | undefined;
  /**
   * Documents that add nothing to edges: near-duplicate copies (syndicated wire stories), so that one story
   * printed five times counts once. Their mentions still make and count nodes.
   */
  skipDocuments?: ReadonlySet<string>;
  /** Provenance written as graph attributes: corpus, tool version, createdAt, settings… */
  attributes?: Partial<GraphAttributes>;
}

/** A mention points at a document or sentence the documents do not describe. */
export class GraphInputError extends Error {
  constructor(message: string) {
    super(`graph: ${message}`);
    this.name = 'GraphInputError';
  }
}

/** Stable edge key of an undirected pair: the two node keys in code-unit order. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}--${b}` : `${b}--${a}`;
}

interface Window {
  doc: string;
  evidence: Evidence;
}

/** A document and the windows of it met so far, by index. */
interface DocumentWindows {
  document: DocumentRecord;
  windows: (Window | undefined)[];
}

/** Finds the window a mention falls in, and the number of windows of each document. */
class Windows {
  private readonly byId = new Map<string, DocumentRecord>();
  private readonly cache = new Map<string, DocumentWindows>();
  /** Mentions come document by document: the last document's windows are at hand without a lookup. */
  private last: DocumentWindows | undefined;

  constructor(
    documents: DocumentRecord[],
    private readonly window: CoMentionWindow,
    private readonly text: GraphOptions['text'],
  ) {
    for (const document of documents) this.byId.set(document.id, document);
  }

  /** How many windows of this kind the document has, mentioned or not: the denominator of NPMI. */
  count(document: DocumentRecord): number {
    if (this.window === 'document') return 1;
    if (this.window === 'paragraph') return Math.max(document.paragraphs.length, 1);
    return Math.max(document.sentences.length, 1);
  }

  of(mention: ResolvedMention): Window {
    const slot = this.last?.document.id === mention.doc ? this.last : this.documentWindows(mention);
    const document = slot.document;
    const sentence = document.sentences[mention.sentence];
    if (!sentence) {
      throw new GraphInputError(`mention "${mention.text}" in "${mention.doc}" points at sentence ${mention.sentence}, which the document does not have (pass the DocumentRecord the extractor made)`);
    }
    const index = this.window === 'sentence' ? mention.sentence : this.window === 'paragraph' ? sentence.paragraph : 0;
    let found = slot.windows[index];
    if (!found) {
      // One frozen object per window, shared by the evidence of every pair in it: a window naming 30 entities
      // is quoted by 435 edges, and copies would cost memory for nothing.
      found = { doc: mention.doc, evidence: Object.freeze(this.evidence(document, index)) };
      slot.windows[index] = found;
    }
    return found;
  }

  private documentWindows(mention: ResolvedMention): DocumentWindows {
    let slot = this.cache.get(mention.doc);
    if (!slot) {
      const document = this.byId.get(mention.doc);
      if (!document) {
        throw new GraphInputError(`mention of "${mention.entity}" is in document "${mention.doc}", which is not among the documents (pass every DocumentRecord)`);
      }
      slot = { document, windows: [] };
      this.cache.set(mention.doc, slot);
    }
    this.last = slot;
    return slot;
  }

  private evidence(document: DocumentRecord, index: number): Evidence {
    const text = this.window === 'document' ? undefined : this.text?.(document.id);
    let span: { start: number; end: number };
    let sentence = index;
    if (this.window === 'sentence') {
      span = document.sentences[index]!;
    } else if (this.window === 'paragraph') {
      sentence = document.sentences.findIndex((s) => s.paragraph === index);
      span = document.paragraphs[index] ?? coverOf(document.sentences.filter((s) => s.paragraph === index));
    } else {
      sentence = 0;
      span = { start: 0, end: coverOf([...document.paragraphs, ...document.sentences]).end };
    }
    const evidence: Evidence = { doc: document.id, sentence: Math.max(sentence, 0), start: span.start, end: span.end };
    if (text !== undefined) evidence.text = text.slice(span.start, span.end);
    return evidence;
  }
}

function coverOf(spans: { start: number; end: number }[]): { start: number; end: number } {
  if (spans.length === 0) return { start: 0, end: 0 };
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/**
 * Normalised pointwise mutual information of a pair over windows, in [-1, 1]:
 * `npmi = log(p(a,b) / (p(a) p(b))) / -log p(a,b)`, where `p(a)` is the share of all windows (of the counted
 * documents, mentioned or not) that mention `a`, and `p(a,b)` the share that mention both. 1 means the two only
 * ever appear together, 0 that they meet as often as chance predicts, so a pair of entities that are in every
 * story (the country the corpus is about and its president) ranks below a rarer but specific link.
 */
export function npmi(together: number, windowsA: number, windowsB: number, windows: number): number {
  if (together <= 0 || windows <= 0) return -1;
  const pab = together / windows;
  if (pab >= 1) return 1;
  const pmi = Math.log(pab / ((windowsA / windows) * (windowsB / windows)));
  return Math.max(-1, Math.min(1, pmi / -Math.log(pab)));
}

interface PairTally {
  source: string;
  target: string;
  evidence: Evidence[];
  documents: Set<string>;
}

/**
 * Builds the co-mention graph. Nodes and edges are inserted in key order, so the same input always gives the same
 * graph.json, whatever order the resolver listed entities in.
 */
export function buildGraph(resolution: Resolution, documents: DocumentRecord[], options: GraphOptions): CoMentionGraph {
  const window = options.window ?? 'sentence';
  const skip = options.skipDocuments ?? new Set<string>();
  const windows = new Windows(documents, window, options.text);
  const documentOrder = new Map(documents.map((d, i) => [d.id, i]));

  // `last`: the document last counted, so that an entity named ten times in an article is added to its set once.
  const mentionsOf = new Map<string, { mentions: number; documents: Set<string>; last: string | undefined }>();
  // window → entities mentioned in it, in the order windows are met
  const entitiesIn = new Map<Window, Set<string>>();
  for (const mention of resolution.mentions) {
    const found = windows.of(mention);
    let tally = mentionsOf.get(mention.entity);
    if (!tally) mentionsOf.set(mention.entity, (tally = { mentions: 0, documents: new Set<string>(), last: undefined }));
    tally.mentions++;
    if (tally.last !== mention.doc) {
      tally.documents.add(mention.doc);
      tally.last = mention.doc;
    }
    if (skip.has(mention.doc)) continue;
    const present = entitiesIn.get(found);
    if (present) present.add(mention.entity);
    else entitiesIn.set(found, new Set([mention.entity]));
  }

  const graph: CoMentionGraph = new Graph<EntityAttributes, CoMentionAttributes, GraphAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });

  const entities = resolution.entities.filter((e) => mentionsOf.has(e.key)).sort((a, b) => compare(a.key, b.key));
  for (const entity of entities) {
    const tally = mentionsOf.get(entity.key)!;
    graph.mergeNode(entity.key, {
      label: entity.label,
      type: entity.type,
      aliases: [...entity.aliases],
      mentions: tally.mentions,
      documents: tally.documents.size,
    });
  }
  for (const key of mentionsOf.keys()) {
    if (!graph.hasNode(key)) throw new GraphInputError(`mentions name entity "${key}", which resolution.entities does not list (the resolver must return every entity it assigns)`);
  }

  // Windows in document order, then position, so each edge's evidence reads like the corpus.
  const orderedWindows = [...entitiesIn].sort(
    ([a], [b]) => (documentOrder.get(a.doc) ?? 0) - (documentOrder.get(b.doc) ?? 0) || a.evidence.start - b.evidence.start,
  );
  // source → target → tally: looked up without making a pair's key for every window it is seen in.
  const pairs = new Map<string, Map<string, PairTally>>();
  const windowsWith = new Map<string, number>();
  for (const [found, present] of orderedWindows) {
    if (present.size < 2) {
      for (const key of present) windowsWith.set(key, (windowsWith.get(key) ?? 0) + 1);
      continue;
    }
    const keys = [...present].sort(compare);
    for (const key of keys) windowsWith.set(key, (windowsWith.get(key) ?? 0) + 1);
    for (let i = 0; i < keys.length; i++) {
      const source = keys[i]!;
      let targets = pairs.get(source);
      if (!targets) pairs.set(source, (targets = new Map()));
      for (let j = i + 1; j < keys.length; j++) {
        const target = keys[j]!;
        let pair = targets.get(target);
        if (!pair) targets.set(target, (pair = { source, target, evidence: [], documents: new Set<string>() }));
        pair.evidence.push(found.evidence);
        pair.documents.add(found.doc);
      }
    }
  }

  const counted = documents.filter((d) => !skip.has(d.id));
  const totalWindows = counted.reduce((sum, d) => sum + windows.count(d), 0);
  const keyed = [...pairs.values()].flatMap((targets) => [...targets.values()].map((pair) => ({ key: edgeKey(pair.source, pair.target), pair })));
  for (const { key, pair } of keyed.sort((a, b) => compare(a.key, b.key))) {
    const weight = pair.evidence.length;
    graph.updateEdgeWithKey(key, pair.source, pair.target, () => ({
      weight,
      documents: pair.documents.size,
      npmi: round(npmi(weight, windowsWith.get(pair.source) ?? 0, windowsWith.get(pair.target) ?? 0, totalWindows)),
      evidence: pair.evidence,
    }));
  }

  graph.replaceAttributes({
    format: 'comention-graph',
    version: GRAPH_FORMAT_VERSION,
    tool: 'comention',
    toolVersion: 'unknown',
    ...options.attributes,
    window,
    documents: counted.length,
    skippedDocuments: documents.length - counted.length,
  });
  return graph;
}

/** Code-unit order, the same in every locale (localeCompare is not). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Six significant decimals: enough for any ranking, and graph.json stays readable and diff-able. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
