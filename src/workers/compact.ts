/**
 * What a streaming build keeps of a document once it is extracted: its header, analysis and shingles, and the text
 * of just the windows evidence can quote (those holding two or more mentions). The rest of the text is dropped, so
 * memory during extraction grows with the number of mentions, not with the size of the corpus.
 */
import type { CoMentionWindow, DocumentAnalysis, SourceDocument, Span } from '../types.js';
import { adoptPacked, unpackAnalysis, type PackedAnalysis, type StringTable } from './packed.js';

export interface CompactDocument {
  header: Omit<SourceDocument, 'text'>;
  /** Length of the dropped text, in UTF-16 code units. */
  length: number;
  /** Packed (src/workers/packed.ts, strings numbered by the build's StringTable), or objects when it could not be. */
  analysis: Int32Array | DocumentAnalysis;
  shingles: Uint32Array;
  /** MinHash signature of the shingles (see minHashSignature in src/graph); absent from old cache entries. */
  signature?: Uint32Array;
  /** Texts of the windows that can become evidence, by start offset, in order. */
  windows: EvidenceWindow[];
}

/** The text of one window that can become evidence, and where it starts in the document. */
export interface EvidenceWindow {
  start: number;
  text: string;
}

/** What extraction or the cache gives for a document: its analysis packed by a worker (or the cache), or objects. */
export interface ExtractedParts {
  analysis: PackedAnalysis | DocumentAnalysis;
  shingles: Uint32Array;
  signature?: Uint32Array;
  windows: EvidenceWindow[];
}

/**
 * A document as the build keeps it, from what extraction (or the cache) made of it. Takes `extracted` over: its
 * strings are renumbered (or, in objects, replaced by the table's copies), so pass parts made for this build, whose
 * windows own their text.
 */
export function compactDocument(source: SourceDocument, extracted: ExtractedParts, table: StringTable): CompactDocument {
  const { text, ...fields } = source;
  // A slice shares the memory of the whole text (V8 keeps the text alive for any slice of 13 characters or more);
  // a structured clone is a string of its own, so the text can go. A title is often the text's first line.
  return { header: structuredClone(fields), length: text.length, ...extracted, analysis: adoptAnalysis(extracted.analysis, table) };
}

/**
 * A compact document put back together from what an earlier build kept (src/cache/files.ts), with no text at all.
 * Takes `parts.analysis` over, as compactDocument does.
 */
export function restoreCompactDocument(parts: Omit<CompactDocument, 'analysis'> & Pick<ExtractedParts, 'analysis'>, table: StringTable): CompactDocument {
  return { ...parts, analysis: adoptAnalysis(parts.analysis, table) };
}

/** The document's analysis as the extractor gave it. */
export function analysisOf(document: CompactDocument, table: StringTable): DocumentAnalysis {
  return document.analysis instanceof Int32Array ? unpackAnalysis(document.header.id, document.analysis, table.strings) : document.analysis;
}

function adoptAnalysis(analysis: PackedAnalysis | DocumentAnalysis, table: StringTable): Int32Array | DocumentAnalysis {
  if ('data' in analysis) return adoptPacked(analysis, table);
  // Objects (an analysis packing could not restore exactly) get the table's copy of each string: one for all
  // mentions of a name, and none that is a slice of a dropped text.
  const shared = (text: string) => table.strings[table.id(text)]!;
  for (const mention of analysis.mentions) {
    mention.text = shared(mention.text);
    mention.type = shared(mention.type) as typeof mention.type;
    if (mention.rule !== undefined) mention.rule = shared(mention.rule);
    if (mention.canonical !== undefined) mention.canonical = shared(mention.canonical);
  }
  return analysis;
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
