/**
 * What extraction keeps of one document, the same in a worker thread and in the main thread: the analysis, the
 * near-duplicate fingerprint (shingles and their MinHash signature) and the text of the windows evidence can quote,
 * so the document's text can be dropped once the thread that extracted it is done. All of it is computed where
 * the extraction runs: with `--jobs N` the main thread is left to read files and collect results.
 */
import { extract, type ExtractOptions } from '../extract/index.js';
import { minHashOf, shingleHashes } from '../graph/duplicates.js';
import type { CoMentionWindow, DocumentAnalysis, SourceDocument } from '../types.js';
import { evidenceWindows, type EvidenceWindow } from './compact.js';
import { packAnalysis, type PackedAnalysis } from './packed.js';

export interface ExtractedDocument {
  /** Packed (src/workers/packed.ts), or the objects when packing could not restore them exactly. */
  analysis: PackedAnalysis | DocumentAnalysis;
  /** Sorted, distinct hashes of the document's word 4-shingles (see src/graph/duplicates.ts). */
  shingles: Uint32Array;
  /** MinHash signature of the shingles. */
  signature: Uint32Array;
  /**
   * Windows with two or more mentions. Their texts, and the analysis's strings, are slices of the document's text:
   * a worker's reply copies them, the main thread must (see InThread in src/workers/pool.ts).
   */
  windows: EvidenceWindow[];
}

/** One document that could not be extracted: the build skips it with a warning instead of stopping. */
export interface ExtractionFailure {
  error: string;
}

export function extractDocument(
  source: Pick<SourceDocument, 'id' | 'text'>,
  options: ExtractOptions = {},
  window: CoMentionWindow = 'sentence',
): ExtractedDocument | ExtractionFailure {
  try {
    const analysis = extract({ id: source.id, text: source.text }, options);
    const shingles = shingleHashes(source.text);
    const windows = evidenceWindows(analysis, window, source.text);
    return { analysis: packAnalysis(analysis) ?? analysis, shingles, signature: minHashOf(shingles), windows };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Messages between the pool (src/workers/pool.ts) and a worker (src/workers/extract-worker.ts). */
export interface ExtractRequest {
  task: number;
  documents: Pick<SourceDocument, 'id' | 'text'>[];
  options: ExtractOptions;
  window: CoMentionWindow;
}

export interface ExtractReply {
  task: number;
  results: (ExtractedDocument | ExtractionFailure)[];
}
