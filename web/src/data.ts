/**
 * Where the explorer's data comes from: a JSON block built into the page (static site, works from file://) or
 * the files of a build served under ./data/ by `comention serve`.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { CoMentionAttributes, CoMentionGraph, DocumentRecord, EntityAttributes, GraphAttributes, ResolvedMention } from '../../src/types.js';

/** The newest graph.json format version this explorer reads. */
export const GRAPH_VERSION = 1;

/** One line of mentions.jsonl: only what the explorer reads is required. */
export type MentionRow = Pick<ResolvedMention, 'doc' | 'start' | 'end' | 'entity'> & Partial<ResolvedMention>;

export interface ExplorerData {
  graph: CoMentionGraph;
  documents: DocumentRecord[];
  mentions: MentionRow[];
  /** 'server': changes can be saved through /api/overrides; 'articles': built in the page from brought-in articles. */
  source: 'server' | 'inline' | 'articles';
}

/** The data could not be loaded; the message says what to run. */
export class DataLoadError extends Error {
  override name = 'DataLoadError';
}

interface InlineData {
  graph: SerializedGraph<EntityAttributes, CoMentionAttributes, GraphAttributes>;
  documents?: DocumentRecord[];
  mentions?: MentionRow[];
}

/** Turns a graphology serialisation into the page's graph, checking the format tag when there is one. */
export function graphFromJson(json: unknown): CoMentionGraph {
  const serialized = json as Partial<SerializedGraph<EntityAttributes, CoMentionAttributes, GraphAttributes>> | null;
  if (!serialized || typeof serialized !== 'object' || !Array.isArray(serialized.nodes)) {
    throw new DataLoadError('graph: not a graphology JSON graph (expected {"nodes": [...], "edges": [...]})');
  }
  const format = serialized.attributes?.format;
  if (format !== undefined && format !== 'comention-graph') throw new DataLoadError(`graph: unknown format "${String(format)}"`);
  const version = serialized.attributes?.version;
  if (format !== undefined && typeof version === 'number' && version > GRAPH_VERSION) {
    throw new DataLoadError(`graph: format version ${version} is newer than this explorer reads (${GRAPH_VERSION}); update comention`);
  }
  const graph: CoMentionGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false, ...(serialized.options ?? {}) });
  graph.import(serialized as SerializedGraph<EntityAttributes, CoMentionAttributes, GraphAttributes>);
  return graph;
}

async function fetchText(path: string, required: boolean): Promise<string | undefined> {
  let response: Response;
  try {
    response = await fetch(path, { cache: 'no-cache' });
  } catch (error) {
    if (!required) return undefined;
    throw new DataLoadError(`cannot load ${path}: open the explorer with \`comention serve <out>\` or \`comention build --site\``, { cause: error });
  }
  if (!response.ok) {
    if (!required) return undefined;
    throw new DataLoadError(`cannot load ${path} (HTTP ${response.status}): is it a \`comention build\` output folder?`);
  }
  return response.text();
}

export function parseJsonLines<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export async function loadData(): Promise<ExplorerData> {
  const block = document.getElementById('comention-data');
  if (block?.textContent) {
    const inline = JSON.parse(block.textContent) as InlineData;
    return { graph: graphFromJson(inline.graph), documents: inline.documents ?? [], mentions: inline.mentions ?? [], source: 'inline' };
  }
  const [graphText, documentsText, mentionsText] = await Promise.all([
    fetchText('./data/graph.json', true),
    fetchText('./data/documents.json', false),
    fetchText('./data/mentions.jsonl', false),
  ]);
  return {
    graph: graphFromJson(JSON.parse(graphText!)),
    documents: documentsText ? (JSON.parse(documentsText) as DocumentRecord[]) : [],
    mentions: mentionsText ? parseJsonLines<MentionRow>(mentionsText) : [],
    source: 'server',
  };
}
