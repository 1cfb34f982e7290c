/**
 * A DocumentAnalysis in one Int32Array: what a build keeps of each document between extraction and resolution,
 * and what a worker sends back. Objects cost ten times the memory of their numbers (a sentence object is about
 * 50 bytes, its three numbers 12) and cost the main thread a structured clone of every object on arrival; an
 * Int32Array is moved between threads without a copy. Strings (mention texts, types, rules, canonical names)
 * are numbered: in a worker's reply by a list of its own, in the build by one StringTable, so each is kept once.
 *
 * Layout: [sentences, paragraphs, mentions] then 3 numbers per sentence (start, end, paragraph), 2 per paragraph
 * (start, end), 7 per mention (start, end, sentence, text, type, canonical, rule; -1 for an absent string).
 *
 * unpackAnalysis gives back objects equal to the extractor's, keys in the same order, so everything written from
 * them is byte for byte the same. An analysis with anything packing does not know (a new field, a key order it
 * would not restore) is not packed, and the caller keeps the objects.
 */
import type { DocumentAnalysis, EntityType, Mention } from '../types.js';

/** An analysis packed by a worker, with its strings numbered by their place in `strings`. */
export interface PackedAnalysis {
  data: Int32Array;
  strings: string[];
}

const HEADER = 3;
const SENTENCE = 3;
const PARAGRAPH = 2;
const MENTION = 7;
const ABSENT = -1;

/** Strings kept once for a whole build, numbered in the order first seen. */
export class StringTable {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      // A copy of its own: `text` may be a slice of a document's text, which V8 would keep alive with it.
      const own = structuredClone(text);
      id = this.strings.length;
      this.strings.push(own);
      this.ids.set(own, id);
    }
    return id;
  }
}

/** The analysis packed, or undefined when it holds what packing cannot restore exactly (then keep the objects). */
export function packAnalysis(analysis: DocumentAnalysis): PackedAnalysis | undefined {
  if (!sameKeys(analysis, ANALYSIS_KEYS)) return undefined;
  const { sentences, paragraphs, mentions } = analysis;
  const data = new Int32Array(HEADER + sentences.length * SENTENCE + paragraphs.length * PARAGRAPH + mentions.length * MENTION);
  data[0] = sentences.length;
  data[1] = paragraphs.length;
  data[2] = mentions.length;
  let at = HEADER;
  for (const sentence of sentences) {
    if (!sameKeys(sentence, SENTENCE_KEYS) || !fits(sentence.start, sentence.end, sentence.paragraph)) return undefined;
    data[at++] = sentence.start;
    data[at++] = sentence.end;
    data[at++] = sentence.paragraph;
  }
  for (const paragraph of paragraphs) {
    if (!sameKeys(paragraph, PARAGRAPH_KEYS) || !fits(paragraph.start, paragraph.end)) return undefined;
    data[at++] = paragraph.start;
    data[at++] = paragraph.end;
  }
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (text: string | undefined): number => {
    if (text === undefined) return ABSENT;
    let known = ids.get(text);
    if (known === undefined) ids.set(text, (known = strings.push(text) - 1));
    return known;
  };
  for (const mention of mentions) {
    if (!mentionKeysMatch(mention) || !fits(mention.start, mention.end, mention.sentence)) return undefined;
    if (typeof mention.text !== 'string' || typeof mention.type !== 'string') return undefined;
    if ((mention.canonical !== undefined && typeof mention.canonical !== 'string') || (mention.rule !== undefined && typeof mention.rule !== 'string')) return undefined;
    data[at++] = mention.start;
    data[at++] = mention.end;
    data[at++] = mention.sentence;
    data[at++] = id(mention.text);
    data[at++] = id(mention.type);
    data[at++] = id(mention.canonical);
    data[at++] = id(mention.rule);
  }
  return { data, strings };
}

/** Renumbers a worker's packed analysis by the build's table, in place; returns its data, now the table's. */
export function adoptPacked(packed: PackedAnalysis, table: StringTable): Int32Array {
  const { data } = packed;
  const ids = packed.strings.map((text) => table.id(text));
  const from = mentionsStart(data);
  for (let at = from; at < data.length; at += MENTION) {
    for (let field = 3; field < MENTION; field++) {
      const local = data[at + field]!;
      if (local !== ABSENT) data[at + field] = ids[local]!;
    }
  }
  return data;
}

/** The extractor's objects again, from data whose strings `strings` numbers (a table's, after adoptPacked, or a reply's). */
export function unpackAnalysis(doc: string, data: Int32Array, strings: readonly string[]): DocumentAnalysis {
  const sentences = new Array<DocumentAnalysis['sentences'][number]>(data[0]!);
  const paragraphs = new Array<DocumentAnalysis['paragraphs'][number]>(data[1]!);
  const mentions = new Array<Mention>(data[2]!);
  let at = HEADER;
  for (let i = 0; i < sentences.length; i++, at += SENTENCE) sentences[i] = { start: data[at]!, end: data[at + 1]!, paragraph: data[at + 2]! };
  for (let i = 0; i < paragraphs.length; i++, at += PARAGRAPH) paragraphs[i] = { start: data[at]!, end: data[at + 1]! };
  for (let i = 0; i < mentions.length; i++, at += MENTION) {
    const mention: Mention = { start: data[at]!, end: data[at + 1]!, text: strings[data[at + 3]!]!, type: strings[data[at + 4]!] as EntityType, sentence: data[at + 2]! };
    const canonical = data[at + 5]!;
    const rule = data[at + 6]!;
    if (canonical !== ABSENT) mention.canonical = strings[canonical]!;
    if (rule !== ABSENT) mention.rule = strings[rule]!;
    mentions[i] = mention;
  }
  return { doc, sentences, paragraphs, mentions };
}

function mentionsStart(data: Int32Array): number {
  return HEADER + data[0]! * SENTENCE + data[1]! * PARAGRAPH;
}

const ANALYSIS_KEYS = ['doc', 'sentences', 'paragraphs', 'mentions'];
const SENTENCE_KEYS = ['start', 'end', 'paragraph'];
const PARAGRAPH_KEYS = ['start', 'end'];
const MENTION_KEYS = ['start', 'end', 'text', 'type', 'sentence'];

/** Whether the mention's keys are, in order, those of the mention unpackAnalysis would make. */
function mentionKeysMatch(mention: Mention): boolean {
  const canonical = mention.canonical !== undefined;
  const rule = mention.rule !== undefined;
  let n = 0;
  for (const key in mention) {
    const expected = n < MENTION_KEYS.length ? MENTION_KEYS[n] : n === MENTION_KEYS.length ? (canonical ? 'canonical' : rule ? 'rule' : undefined) : canonical && rule && n === MENTION_KEYS.length + 1 ? 'rule' : undefined;
    if (key !== expected) return false;
    n++;
  }
  return n === MENTION_KEYS.length + (canonical ? 1 : 0) + (rule ? 1 : 0);
}

function sameKeys(value: object, keys: string[]): boolean {
  let n = 0;
  for (const key in value) {
    if (key !== keys[n]) return false;
    n++;
  }
  return n === keys.length;
}

/** Whether the numbers survive an Int32Array unchanged. */
function fits(a: number, b: number, c = 0): boolean {
  return a === (a | 0) && b === (b | 0) && c === (c | 0);
}
