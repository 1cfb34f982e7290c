/**
 * Articles brought into the page → a finished build, with the same browser-safe stages as `comention build`:
 * parse (src/corpus) → extract → resolve → graph → metrics → layout (src/pipeline). Runs inside the pipeline worker,
 * or on the main thread where the browser refuses workers (pages opened from file://).
 */
import { decodeText, isSupported, parseFile } from '../../../src/corpus/index.js';
import { extract } from '../../../src/extract/index.js';
import { toGraphJSON } from '../../../src/export/index.js';
import { buildFromAnalyses, type AnalysedDocument } from '../../../src/pipeline.js';
import type { CoMentionWindow, DocumentRecord, InputWarning, ResolvedMention, SourceDocument } from '../../../src/types.js';

/** One dropped or pasted file: bytes are decoded here so invalid UTF-8 is refused the same way as on the CLI. */
export interface ArticleFile {
  name: string;
  bytes: Uint8Array;
}

export interface PipelineRequest {
  files: ArticleFile[];
  window: CoMentionWindow;
}

export type PipelineProgress = { stage: 'read' | 'extract' | 'graph'; done: number; total: number };

export interface PipelineOutput {
  /** `toGraphJSON(graph)`: what graph.json holds. */
  graph: object;
  documents: DocumentRecord[];
  mentions: ResolvedMention[];
  warnings: InputWarning[];
}

/** Nothing usable was brought in; the message says what the page accepts. */
export class NoArticlesError extends Error {
  override name = 'NoArticlesError';
}

/** Distinct paths: two dropped files of the same name would otherwise share a document id. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) {
    const dot = name.lastIndexOf('.');
    candidate = dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
  }
  taken.add(candidate);
  return candidate;
}

export function runPipeline(request: PipelineRequest, progress: (step: PipelineProgress) => void = () => {}): PipelineOutput {
  const warnings: InputWarning[] = [];
  const sources: SourceDocument[] = [];
  const taken = new Set<string>();
  request.files.forEach((file, index) => {
    progress({ stage: 'read', done: index, total: request.files.length });
    const path = uniqueName(file.name, taken);
    if (!isSupported(path)) {
      warnings.push({ path, message: 'not an article file (use .txt, .md, .html or .jsonl) (skipped)' });
      return;
    }
    const decoded = decodeText(file.bytes);
    if ('error' in decoded) {
      warnings.push({ path, message: `${decoded.error} (skipped)` });
      return;
    }
    const parsed = parseFile(path, decoded.text);
    sources.push(...parsed.documents);
    warnings.push(...parsed.warnings);
  });
  if (sources.length === 0) throw new NoArticlesError('no articles to read: bring in .txt, .md, .html or .jsonl files, or paste the text of an article');
  const analysed: AnalysedDocument[] = sources.map((source, index) => {
    progress({ stage: 'extract', done: index, total: sources.length });
    return { source, analysis: extract(source) };
  });
  progress({ stage: 'graph', done: sources.length, total: sources.length });
  const result = buildFromAnalyses(analysed, { window: request.window, corpus: 'articles brought into the page' });
  return { graph: toGraphJSON(result.graph), documents: result.documents, mentions: result.mentions, warnings };
}
