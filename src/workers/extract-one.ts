/**
 * What extraction keeps of one document, the same in a worker thread and in the main thread: the analysis and the
 * word-shingle fingerprint near-duplicate detection needs, so the document's text can be dropped once both exist.
 */
import { extract, type ExtractOptions } from '../extract/index.js';
import { shingles } from '../graph/index.js';
import type { DocumentAnalysis, SourceDocument } from '../types.js';

export interface ExtractedDocument {
  analysis: DocumentAnalysis;
  /** Sorted, distinct hashes of the document's word 4-shingles (see src/graph/duplicates.ts). */
  shingles: Uint32Array;
}

/** One document that could not be extracted: the build skips it with a warning instead of stopping. */
export interface ExtractionFailure {
  error: string;
}

export function extractDocument(source: Pick<SourceDocument, 'id' | 'text'>, options: ExtractOptions = {}): ExtractedDocument | ExtractionFailure {
  try {
    const analysis = extract({ id: source.id, text: source.text }, options);
    return { analysis, shingles: Uint32Array.from(shingles(source.text)).sort() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Messages between the pool (src/workers/pool.ts) and a worker (src/workers/extract-worker.ts). */
export interface ExtractRequest {
  task: number;
  documents: Pick<SourceDocument, 'id' | 'text'>[];
  options: ExtractOptions;
}

export interface ExtractReply {
  task: number;
  results: (ExtractedDocument | ExtractionFailure)[];
}
