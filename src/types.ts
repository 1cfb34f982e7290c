/**
 * comention: the shapes of data, declared once.
 * ============================================
 *
 * One document travels through the pipeline like this:
 *
 *   src/corpus   file            → SourceDocument   (text, title, date, url)
 *   src/extract  SourceDocument  → DocumentAnalysis (sentences, paragraphs, mentions with offsets)
 *   src/resolve  DocumentAnalysis[] → Resolution    (mentions → entities, within and across documents)
 *   src/graph    Resolution      → CoMentionGraph   (nodes, weighted edges with evidence, metrics, layout)
 *   src/export   CoMentionGraph  → graph.json, graph.graphml, mentions.jsonl, documents.json, …
 *
 * Everything here is plain data (JSON-serialisable), so every stage but the file reader runs unchanged in
 * Node and in the browser, and a web worker can hand results back with postMessage.
 */
import type Graph from 'graphology';

/** The three kinds of entity comention links. */
export type EntityType = 'person' | 'organization' | 'country';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'country'];

/** Co-mention window: two entities are linked when both are mentioned inside the same one. */
export type CoMentionWindow = 'sentence' | 'paragraph' | 'document';
export const WINDOWS: readonly CoMentionWindow[] = ['sentence', 'paragraph', 'document'];

/** A half-open character range `[start, end)` in UTF-16 code units (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
}

/** One article as read from the corpus (src/corpus). */
export interface SourceDocument {
  /**
   * Stable id, unique in the corpus: the path relative to the corpus folder with `/` separators
   * (`world/000.txt`); for a line of a `.jsonl` file, `file.jsonl#<id field or line number>`.
   */
  id: string;
  /** Path of the file relative to the corpus folder, `/` separators. */
  path: string;
  title: string;
  /** The text mentions point into: the file's text with a BOM stripped, nothing else changed (for .txt and .md). */
  text: string;
  date?: string;
  url?: string;
}

/** A problem with the input that was survived: the file or line was skipped and the build went on. */
export interface InputWarning {
  path: string;
  line?: number;
  message: string;
}

/** A mention found by the extractor (src/extract): a typed span of a document's text. */
export interface Mention extends Span {
  /** The span's text, exactly `document.text.slice(start, end)`. */
  text: string;
  type: EntityType;
  /** Index into DocumentAnalysis.sentences. */
  sentence: number;
  /**
   * The name the extractor already knows this mention by, when it knows one: the country's common name for
   * "Seoul", "North Korean" or "DPRK"; the expansion for an acronym defined in the text. Resolution prefers it.
   */
  canonical?: string;
  /** Why the extractor emitted the mention (rule name), for debugging and the explorer's tooltips. */
  rule?: string;
}

/** A sentence of a document, with the paragraph it belongs to. */
export interface Sentence extends Span {
  /** Index into DocumentAnalysis.paragraphs. */
  paragraph: number;
}

/** What extraction knows about one document. */
export interface DocumentAnalysis {
  doc: string;
  sentences: Sentence[];
  paragraphs: Span[];
  mentions: Mention[];
}

/** A mention attached to an entity by resolution (src/resolve). */
export interface ResolvedMention extends Mention {
  doc: string;
  /** Node key of the entity in the graph. */
  entity: string;
}

/** An entity: one node of the graph. */
export interface Entity {
  /** Stable across rebuilds: derived from type and canonical name, e.g. `person:vladimir-putin`. */
  key: string;
  label: string;
  type: EntityType;
  /** Every surface form seen, most frequent first. */
  aliases: string[];
}

export interface Resolution {
  entities: Entity[];
  mentions: ResolvedMention[];
}

/** Where a co-mention was seen: one window of one document. */
export interface Evidence extends Span {
  doc: string;
  /** Index of the (first) sentence of the window in the document. */
  sentence: number;
  /** Text of the window; may be left out when evidence lives in a sidecar file. */
  text?: string;
}

/** Node attributes of graph.json (the graphology serialisation), shared by builder, exporters and explorer. */
export interface EntityAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  /** Number of mentions. */
  mentions: number;
  /** Number of distinct documents mentioning the entity. */
  documents: number;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  degree?: number;
  weightedDegree?: number;
  pagerank?: number;
  betweenness?: number;
  community?: number;
}

/** Edge attributes: an undirected co-mention. */
export interface CoMentionAttributes {
  /** Number of windows in which both entities are mentioned. */
  weight: number;
  /** Number of distinct documents in which they are co-mentioned. */
  documents: number;
  /** Normalised pointwise mutual information of the pair over windows, in [-1, 1]. */
  npmi?: number;
  evidence: Evidence[];
}

export interface GraphAttributes {
  format: 'comention-graph';
  version: number;
  tool: string;
  toolVersion: string;
  window: CoMentionWindow;
  corpus?: string;
  createdAt?: string;
  documents: number;
  [setting: string]: unknown;
}

export type CoMentionGraph = Graph<EntityAttributes, CoMentionAttributes, GraphAttributes>;

/** Entry of documents.json. */
export interface DocumentRecord {
  id: string;
  path: string;
  title: string;
  date?: string;
  url?: string;
  sentences: Sentence[];
  paragraphs: Span[];
  /** Id of the document this one is a near copy of (syndicated wire story), when detected. */
  duplicateOf?: string;
}

/** Name of the curation file kept beside the corpus and applied by every build. */
export const OVERRIDES_FILE = 'comention.overrides.json';

/**
 * Curation rules kept beside the corpus (`comention.overrides.json`) and applied by every build, so a merge or a
 * rename made in the explorer survives rebuilds. Entities are named by node key (`person:vladimir-putin`).
 */
export interface Overrides {
  format: 'comention-overrides';
  version: 1;
  rules: OverrideRule[];
}

export type OverrideRule =
  /** `from` disappears into `into`: mentions, aliases, weights and evidence are summed. */
  | { op: 'merge'; from: string; into: string }
  /** Mentions whose text is `alias` leave `entity` for an entity of their own. */
  | { op: 'split'; entity: string; alias: string }
  | { op: 'rename'; entity: string; label: string }
  | { op: 'retype'; entity: string; type: EntityType }
  /** The entity and its mentions are dropped from the graph. */
  | { op: 'ignore'; entity: string };
