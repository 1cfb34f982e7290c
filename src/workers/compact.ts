/**
 * What a streaming build keeps of a document once it is extracted: its header, packed analysis, shingles and their
 * MinHash signature, and the text of just the windows evidence can quote (those holding two or more mentions). The
 * rest of the text is dropped, so memory during extraction grows with the number of mentions, not with the size of
 * the corpus, and what is kept is numbers in a few large blocks (CompactStore) rather than objects.
 */
import type { CoMentionWindow, DocumentAnalysis, SourceDocument, Span } from '../types.js';
import { adoptPacked, StringTable, unpackAnalysis, type PackedAnalysis } from './packed.js';

/**
 * A document as a build keeps it. A class rather than object literals: once the extractor is loaded, V8 keeps
 * literals of this shape as hash tables (a 450-byte property dictionary each, 4.5 MB on 10,000 documents), as it
 * did for listed files (src/corpus/read.ts).
 */
export class CompactDocument {
  constructor(
    readonly header: Omit<SourceDocument, 'text'>,
    /** Length of the dropped text, in UTF-16 code units. */
    readonly length: number,
    /** Where the document's numbers are in its CompactStore: MinHash signature, shingles, packed analysis. */
    readonly numbers: number,
    /** Texts of the windows that can become evidence, by start offset, in order. */
    readonly windows: EvidenceWindow[],
    /** The analysis as objects, when packing (src/workers/packed.ts) could not restore it exactly. */
    readonly analysis: DocumentAnalysis | undefined = undefined,
  ) {}
}

/** The items in an array of their own length: one grown by push or flatMap keeps spare slots (a hundred bytes for one item). */
export function tight<T>(items: T[]): T[] {
  return items.slice();
}

/** The text of one window that can become evidence, and where it starts in the document. */
export interface EvidenceWindow {
  start: number;
  text: string;
}

/** What extraction or the cache gives for a document: its analysis packed by a worker (or the cache), or objects. */
export interface ExtractedParts {
  analysis: PackedAnalysis | DocumentAnalysis;
  /** Sorted, distinct shingle hashes (shingleHashes in src/graph/duplicates.ts). */
  shingles: Uint32Array;
  /** MinHash signature of the shingles; absent from cache entries of old builds (computed later then). */
  signature?: Uint32Array;
  windows: EvidenceWindow[];
}

/** Words of the first block of a CompactStore; blocks double up to MAX_BLOCK_WORDS (a megabyte: what the last one may leave unused). */
const FIRST_BLOCK_WORDS = 1 << 14;
const MAX_BLOCK_WORDS = 1 << 18;
/** Words before a document's numbers that say how many of each kind follow: signature, shingles, packed analysis. */
const RECORD_HEADER = 3;

/**
 * What a build keeps of all its documents' numbers and strings: shingles, signatures and packed analyses side by
 * side in a few large blocks, strings in one table. A typed array of its own per document would cost three
 * objects and a backing store each (about 500 bytes a document, as much as its packed analysis), and each of them
 * is something more for the garbage collector to trace.
 */
export class CompactStore {
  readonly strings = new StringTable();
  private readonly blocks: Uint32Array[] = [];
  private used = 0;

  /** Copies the numbers into a block; returns their place (block number × 2³² + offset). */
  keep(signature: Uint32Array | undefined, shingles: Uint32Array, packed: Int32Array | undefined): number {
    const signatureLength = signature?.length ?? 0;
    const packedLength = packed?.length ?? 0;
    const size = RECORD_HEADER + signatureLength + shingles.length + packedLength;
    let block = this.blocks[this.blocks.length - 1];
    if (!block || this.used + size > block.length) {
      const grown = Math.min(MAX_BLOCK_WORDS, (block?.length ?? FIRST_BLOCK_WORDS / 2) * 2);
      block = new Uint32Array(Math.max(grown, size));
      this.blocks.push(block);
      this.used = 0;
    }
    const at = this.used;
    block[at] = signatureLength;
    block[at + 1] = shingles.length;
    block[at + 2] = packedLength;
    if (signature) block.set(signature, at + RECORD_HEADER);
    block.set(shingles, at + RECORD_HEADER + signatureLength);
    // The packed analysis's bits as they are: -1 (an absent string) is kept as 2³² - 1 and read back as -1.
    if (packed) block.set(new Uint32Array(packed.buffer, packed.byteOffset, packed.length), at + RECORD_HEADER + signatureLength + shingles.length);
    this.used += size;
    return (this.blocks.length - 1) * 2 ** 32 + at;
  }

  signature(document: CompactDocument): Uint32Array | undefined {
    const [block, at] = this.place(document);
    const length = block[at]!;
    return length ? block.subarray(at + RECORD_HEADER, at + RECORD_HEADER + length) : undefined;
  }

  shingles(document: CompactDocument): Uint32Array {
    const [block, at] = this.place(document);
    const from = at + RECORD_HEADER + block[at]!;
    return block.subarray(from, from + block[at + 1]!);
  }

  /** The document's analysis as the extractor gave it. */
  analysis(document: CompactDocument): DocumentAnalysis {
    if (document.analysis) return document.analysis;
    const [block, at] = this.place(document);
    const from = at + RECORD_HEADER + block[at]! + block[at + 1]!;
    const packed = new Int32Array(block.buffer, block.byteOffset + from * 4, block[at + 2]!);
    return unpackAnalysis(document.header.id, packed, this.strings.strings);
  }

  private place(document: CompactDocument): [Uint32Array, number] {
    return [this.blocks[Math.floor(document.numbers / 2 ** 32)]!, document.numbers % 2 ** 32];
  }
}

/**
 * A document as the build keeps it, from what extraction (or the cache) made of it. Takes `extracted` over: its
 * strings are renumbered (or, in objects, replaced by the store's copies), so pass parts made for this build, whose
 * windows own their text.
 */
export function compactDocument(source: SourceDocument, extracted: ExtractedParts, store: CompactStore): CompactDocument {
  const { text, ...fields } = source;
  // A slice shares the memory of the whole text (V8 keeps the text alive for any slice of 13 characters or more);
  // a structured clone is a string of its own, so the text can go. A title is often the text's first line.
  return restoreCompactDocument({ header: structuredClone(fields), length: text.length, ...extracted }, store);
}

/**
 * A compact document put back together from what an earlier build kept (src/cache/files.ts), with no text at all.
 * Takes `parts.analysis` over, as compactDocument does.
 */
export function restoreCompactDocument(parts: ExtractedParts & Pick<CompactDocument, 'header' | 'length'>, store: CompactStore): CompactDocument {
  const { header, length, analysis, shingles, signature, windows } = parts;
  if ('data' in analysis) {
    return new CompactDocument(header, length, store.keep(signature, shingles, adoptPacked(analysis, store.strings)), windows);
  }
  // Objects (an analysis packing could not restore exactly) get the table's copy of each string: one for all
  // mentions of a name, and none that is a slice of a dropped text.
  const table = store.strings;
  const shared = (text: string) => table.strings[table.id(text)]!;
  for (const mention of analysis.mentions) {
    mention.text = shared(mention.text);
    mention.type = shared(mention.type) as typeof mention.type;
    if (mention.rule !== undefined) mention.rule = shared(mention.rule);
    if (mention.canonical !== undefined) mention.canonical = shared(mention.canonical);
  }
  return new CompactDocument(header, length, store.keep(signature, shingles, undefined), windows, analysis);
}

/**
 * The windows evidence can quote (evidenceSpans) with their text, as slices of `text`: copy them (structuredClone,
 * or a worker's reply) before keeping them, or they keep the whole text alive.
 */
export function evidenceWindows(analysis: DocumentAnalysis, window: CoMentionWindow, text: string): EvidenceWindow[] {
  return evidenceSpans(analysis, window, text.length).map((span) => ({ start: span.start, text: text.slice(span.start, span.end) }));
}

/**
 * The spans buildGraph (src/graph/build.ts) quotes as evidence for windows with two or more mentions: a sentence,
 * a paragraph (or the sentences of it when paragraphs are missing), or the whole document.
 */
export function evidenceSpans(analysis: DocumentAnalysis, window: CoMentionWindow, length: number): Span[] {
  const counts = new Map<number, number>();
  for (const mention of analysis.mentions) {
    const index = window === 'sentence' ? mention.sentence : window === 'paragraph' ? (analysis.sentences[mention.sentence]?.paragraph ?? -1) : 0;
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  const spans: Span[] = [];
  for (const [index, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count < 2 || index < 0) continue;
    if (window === 'document') spans.push({ start: 0, end: length });
    else if (window === 'sentence') {
      const sentence = analysis.sentences[index];
      if (sentence) spans.push({ start: sentence.start, end: sentence.end });
    } else {
      const paragraph = analysis.paragraphs[index] ?? cover(analysis.sentences.filter((s) => s.paragraph === index));
      if (paragraph) spans.push({ start: paragraph.start, end: paragraph.end });
    }
  }
  return spans;
}

function cover(spans: Span[]): Span | undefined {
  if (spans.length === 0) return undefined;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/**
 * The document's text as far as evidence needs it: the kept windows at their offsets, spaces elsewhere, the
 * original length. Builds one string per call; callers keep the last one (see `sparseTexts`).
 */
export function sparseText(document: CompactDocument): string {
  let text = '';
  let at = 0;
  for (const window of document.windows) {
    if (window.start < at) continue;
    text += ' '.repeat(window.start - at) + window.text;
    at = window.start + window.text.length;
  }
  return text + ' '.repeat(Math.max(0, document.length - at));
}

/** A text lookup for buildFromAnalyses over compact documents; remembers the last few, as evidence comes by document. */
export function sparseTexts(documents: Iterable<CompactDocument>): (docId: string) => string | undefined {
  const byId = new Map<string, CompactDocument>();
  for (const document of documents) byId.set(document.header.id, document);
  const recent = new Map<string, string>();
  return (docId) => {
    const hit = recent.get(docId);
    if (hit !== undefined) return hit;
    const document = byId.get(docId);
    if (!document) return undefined;
    const text = sparseText(document);
    recent.set(docId, text);
    if (recent.size > 8) recent.delete(recent.keys().next().value!);
    return text;
  };
}
