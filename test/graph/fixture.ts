/**
 * Hand-made pipeline output for graph and export tests, written as marked-up text so offsets are computed, not
 * typed: `[Surface|type:key]` is a mention of entity `type:key`; a blank line ends a paragraph; `. ` ends a sentence.
 */
import type { DocumentRecord, Entity, EntityType, Resolution, ResolvedMention, Sentence, Span } from '../../src/types.js';

export interface Corpus {
  resolution: Resolution;
  documents: DocumentRecord[];
  texts: Map<string, string>;
}

const MARK = /\[([^|\]]+)\|(person|organization|country):([^\]]+)\]/g;

export function corpusOf(sources: { id: string; date?: string; title?: string; marked: string }[], labels: Record<string, string> = {}): Corpus {
  const documents: DocumentRecord[] = [];
  const mentions: ResolvedMention[] = [];
  const texts = new Map<string, string>();
  const aliases = new Map<string, { type: EntityType; forms: Map<string, number> }>();
  for (const source of sources) {
    let text = '';
    const found: { start: number; end: number; surface: string; type: EntityType; key: string }[] = [];
    let last = 0;
    for (const match of source.marked.matchAll(MARK)) {
      text += source.marked.slice(last, match.index);
      const [, surface, type, name] = match as unknown as [string, string, EntityType, string];
      found.push({ start: text.length, end: text.length + surface.length, surface, type, key: `${type}:${name}` });
      text += surface;
      last = match.index + match[0].length;
    }
    text += source.marked.slice(last);
    const paragraphs = spansOf(text, /\n\n+/g);
    const sentences: Sentence[] = [];
    paragraphs.forEach((p, paragraph) => {
      for (const s of spansOf(text.slice(p.start, p.end), /(?<=\.) +/g)) sentences.push({ start: p.start + s.start, end: p.start + s.end, paragraph });
    });
    for (const m of found) {
      const sentence = sentences.findIndex((s) => s.start <= m.start && m.end <= s.end);
      mentions.push({ doc: source.id, start: m.start, end: m.end, text: m.surface, type: m.type, sentence, entity: m.key });
      const entry = aliases.get(m.key) ?? { type: m.type, forms: new Map<string, number>() };
      entry.forms.set(m.surface, (entry.forms.get(m.surface) ?? 0) + 1);
      aliases.set(m.key, entry);
    }
    texts.set(source.id, text);
    documents.push({ id: source.id, path: source.id, title: source.title ?? source.id, date: source.date, sentences, paragraphs });
  }
  const entities: Entity[] = [...aliases].map(([key, { type, forms }]) => {
    const sorted = [...forms].sort((a, b) => b[1] - a[1]).map(([form]) => form);
    return { key, type, label: labels[key] ?? sorted[0]!, aliases: sorted };
  });
  return { resolution: { entities, mentions }, documents, texts };
}

/** Non-empty stretches of `text` between separators. */
function spansOf(text: string, separator: RegExp): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (text.length > start) spans.push({ start, end: text.length });
  return spans;
}

/** Three short stories: two paragraphs in the first, dates across two months, one entity never co-mentioned. */
export const SAMPLE_SOURCES = [
  {
    id: 'a.txt',
    date: '2024-10-01',
    marked:
      '[Kim Jong Un|person:kim-jong-un] met [Vladimir Putin|person:vladimir-putin] in [Russia|country:russia]. [Putin|person:vladimir-putin] thanked [North Korea|country:north-korea].\n\n' +
      'The [United Nations|organization:united-nations] said nothing. Later [Kim|person:kim-jong-un] flew home.',
  },
  {
    id: 'b.txt',
    date: '2024-10-15',
    marked: '[Ukraine|country:ukraine] accused [Russia|country:russia] and [North Korea|country:north-korea]. [NATO|organization:nato] agreed with [Ukraine|country:ukraine].',
  },
  {
    id: 'c.txt',
    date: '2024-11-02',
    marked: '[Russia|country:russia] and [North Korea|country:north-korea] signed a pact. A "quote", a <tag> & [Zoë Ångström|person:zoe-angstrom] spoke.',
  },
];
export const SAMPLE_LABELS = { 'person:vladimir-putin': 'Vladimir Putin' };

export function sampleCorpus(): Corpus {
  return corpusOf(SAMPLE_SOURCES, SAMPLE_LABELS);
}
