/**
 * Co-mention links recomputed in the page for another window (sentence, paragraph or whole document), from
 * mentions.jsonl and the sentence and paragraph spans of documents.json. Mirrors the builder: one count per
 * window in which both entities are mentioned, near-duplicate documents left out, NPMI over all windows.
 */
import type { CoMentionAttributes, CoMentionWindow, DocumentRecord, Evidence, Span } from '../../../src/types.js';

export interface MentionSpan {
  doc: string;
  start: number;
  end: number;
  entity: string;
}

export interface WindowEdge {
  source: string;
  target: string;
  attributes: CoMentionAttributes;
}

/** Index of the sentence holding `offset` (the last one starting at or before it). */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function windowCount(record: DocumentRecord, window: CoMentionWindow): number {
  if (window === 'document') return 1;
  if (window === 'paragraph') return Math.max(1, record.paragraphs.length);
  return Math.max(1, record.sentences.length);
}

/** The window of a document a sentence falls in: its key within the document, its span and first sentence. */
function windowOf(record: DocumentRecord, sentence: number, window: CoMentionWindow): { id: number; span: Span; sentence: number } {
  const sentences = record.sentences;
  if (window === 'sentence' || sentences.length === 0) {
    const span = sentences[sentence] ?? { start: 0, end: 0 };
    return { id: sentence, span: { start: span.start, end: span.end }, sentence };
  }
  if (window === 'paragraph') {
    const paragraph = sentences[sentence]?.paragraph ?? 0;
    const span = record.paragraphs[paragraph] ?? sentences[sentence]!;
    const first = sentences.findIndex((item) => item.paragraph === paragraph);
    return { id: paragraph, span: { start: span.start, end: span.end }, sentence: Math.max(0, first) };
  }
  return { id: 0, span: { start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end }, sentence: 0 };
}

/**
 * The co-mention edges of `window`. `texts` gives the text of a span already known from the build's evidence
 * (`doc:start:end`); other windows come without text, since documents.json carries none.
 */
export function coMentionEdges(
  mentions: readonly MentionSpan[],
  documents: readonly DocumentRecord[],
  window: CoMentionWindow,
  options: { includeDuplicates?: boolean; texts?: ReadonlyMap<string, string>; keep?: (entity: string) => boolean } = {},
): WindowEdge[] {
  const records = new Map(documents.filter((record) => options.includeDuplicates || !record.duplicateOf).map((record) => [record.id, record]));
  // Entities of each window, in order of first mention.
  const windows = new Map<string, { doc: string; span: Span; sentence: number; entities: Set<string> }>();
  for (const mention of mentions) {
    const record = records.get(mention.doc);
    if (!record || (options.keep && !options.keep(mention.entity))) continue;
    const place = windowOf(record, sentenceAt(record.sentences, mention.start), window);
    const key = `${mention.doc}\u0000${place.id}`;
    let entry = windows.get(key);
    if (!entry) {
      entry = { doc: mention.doc, span: place.span, sentence: place.sentence, entities: new Set() };
      windows.set(key, entry);
    }
    entry.entities.add(mention.entity);
  }
  let total = 0;
  for (const record of records.values()) total += windowCount(record, window);
  const entityWindows = new Map<string, number>();
  const pairs = new Map<string, { source: string; target: string; evidence: Evidence[] }>();
  for (const entry of windows.values()) {
    const entities = [...entry.entities].sort();
    for (const entity of entities) entityWindows.set(entity, (entityWindows.get(entity) ?? 0) + 1);
    const text = options.texts?.get(`${entry.doc}:${entry.span.start}:${entry.span.end}`);
    const evidence: Evidence = { doc: entry.doc, sentence: entry.sentence, start: entry.span.start, end: entry.span.end, ...(text === undefined ? {} : { text }) };
    for (let i = 0; i < entities.length; i++) {
      for (let j = i + 1; j < entities.length; j++) {
        const key = `${entities[i]}\u0000${entities[j]}`;
        const pair = pairs.get(key);
        if (pair) pair.evidence.push(evidence);
        else pairs.set(key, { source: entities[i]!, target: entities[j]!, evidence: [evidence] });
      }
    }
  }
  total = Math.max(total, 1);
  return [...pairs.values()].map(({ source, target, evidence }) => {
    const together = evidence.length / total;
    const expected = ((entityWindows.get(source) ?? 1) / total) * ((entityWindows.get(target) ?? 1) / total);
    const npmi = together >= 1 ? 1 : Math.log(together / expected) / -Math.log(together);
    return {
      source,
      target,
      attributes: { weight: evidence.length, documents: new Set(evidence.map((item) => item.doc)).size, npmi: Math.round(npmi * 1e6) / 1e6, evidence },
    };
  });
}
