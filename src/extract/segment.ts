/**
 * Sentences and paragraphs from tokens. A sentence ends at . ! ? (and any closing quotes after it) when what follows
 * does not continue it, or at a line break unless the next line carries on in lower case (a line broken mid-sentence,
 * "without foreign\n\nsupport."). A heading line ("# Title") is therefore its own sentence.
 */
import type { Sentence, Span } from '../types.js';
import type { Token } from './tokenize.js';

/** Abbreviations written before a name: a period after them never ends a sentence. */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'capt', 'sgt', 'adm', 'maj', 'rev',
  'hon', 'pres', 'supt', 'cmdr', 'cpl', 'pvt', 'fr', 'sr', 'messrs', 'mme', 'mlle', 'vs', 'no', 'nos', 'vol', 'fig',
  'approx', 'ca', 'cf', 'e.g', 'i.e', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'op', 'art', 'p', 'pp',
]);
/** Abbreviations that may end a sentence as well as sit inside one. */
const TRAILING_ABBREVIATIONS = new Set(['inc', 'ltd', 'corp', 'co', 'jr', 'etc', 'bros', 'plc', 'llc', 'al']);
/** Words that start sentences: after an ambiguous period, one of these means a new sentence began. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'in',
  'on', 'at', 'but', 'and', 'or', 'so', 'however', 'his', 'her', 'their', 'its', 'our', 'my', 'if', 'when', 'while',
  'after', 'before', 'as', 'for', 'with', 'according', 'meanwhile', 'also', 'some', 'many', 'most', 'one', 'last',
  'earlier', 'later', 'since', 'during', 'by', 'from', 'to', 'what', 'who', 'how', 'why', 'where', 'no', 'yes',
]);
// An ellipsis ("…", "...") trails off inside a sentence far more often than it ends one.
const TERMINATORS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const STRAIGHT_QUOTES = new Set(['"', "'"]);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CONTINUING_LINE_END = new Set([',', '(', 'the', 'of', 'and', 'or', 'to', 'a', 'an', 'in', 'for', 'with']);
const LOWER_START = /^\p{Ll}/u;

function startsNewSentence(next: Token): boolean {
  return !LOWER_START.test(next.text);
}

/** Indices of the tokens that end a sentence. */
function sentenceEnds(tokens: Token[]): Set<number> {
  const ends = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    if (next.newlineBefore) {
      const continues =
        LOWER_START.test(next.text) || (CONTINUING_LINE_END.has(token.lower) && !next.blankLineBefore && !OPENING_QUOTES.has(next.text));
      if (!continues) ends.add(i);
      continue;
    }
    let last = i;
    const ellipsis = token.text === '.' && ((next.text === '.' && next.attached) || (tokens[i - 1]?.text === '.' && token.attached));
    if (TERMINATORS.has(token.text) && !ellipsis) {
      // "?!", "!!!": one end.
      while (tokens[last + 1] && TERMINATORS.has(tokens[last + 1]!.text) && tokens[last + 1]!.attached) last++;
      // Closing quotes and brackets stay with the sentence; a straight quote after a space opens the next one.
      while (tokens[last + 1] && CLOSERS.has(tokens[last + 1]!.text) && !tokens[last + 1]!.newlineBefore &&
        (tokens[last + 1]!.attached || !STRAIGHT_QUOTES.has(tokens[last + 1]!.text))) last++;
      const after = tokens[last + 1];
      if (!after || after.newlineBefore) {
        if (after) ends.add(last);
        i = last;
        continue;
      }
      if (!startsNewSentence(after)) continue;
      const previous = tokens[i - 1];
      if (token.text === '.' && previous && previous.end === token.start) {
        const word = previous.lower;
        if (TITLE_ABBREVIATIONS.has(word)) continue;
        // An initial ("J. Smith"), unless the next word plainly starts a sentence.
        if (/^\p{Lu}$/u.test(previous.text) && !SENTENCE_STARTERS.has(after.lower)) continue;
        if (TRAILING_ABBREVIATIONS.has(word) && !SENTENCE_STARTERS.has(after.lower)) continue;
      }
      ends.add(last);
      i = last;
      continue;
    }
    // "... to the U.S. The team": a dotted acronym swallows the period that ends the sentence.
    if (token.upper && token.text.endsWith('.') && token.text.length > 2 && SENTENCE_STARTERS.has(next.lower) && next.capitalised) {
      ends.add(i);
    }
  }
  return ends;
}

export function paragraphsOf(text: string): Span[] {
  const paragraphs: Span[] = [];
  // Blank lines separate paragraphs; a text without any has one paragraph a line.
  const separator = /\n[^\S\n]*\n/.test(text) ? /\n[^\S\n]*\n\s*/g : /\n\s*/g;
  let start = 0;
  const push = (from: number, to: number): void => {
    const chunk = text.slice(from, to);
    const lead = chunk.length - chunk.trimStart().length;
    const trimmed = chunk.trim();
    if (trimmed) paragraphs.push({ start: from + lead, end: from + lead + trimmed.length });
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return paragraphs;
}

export interface Segmentation {
  sentences: Sentence[];
  paragraphs: Span[];
  /** For each sentence, the index range [from, to) of its tokens. */
  tokenRanges: Array<[number, number]>;
}

export function segment(text: string, tokens: Token[]): Segmentation {
  const paragraphs = paragraphsOf(text);
  const ends = sentenceEnds(tokens);
  const sentences: Sentence[] = [];
  const tokenRanges: Array<[number, number]> = [];
  let paragraph = 0;
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!ends.has(i) && i !== tokens.length - 1) continue;
    const start = tokens[from]!.start;
    while (paragraph + 1 < paragraphs.length && paragraphs[paragraph + 1]!.start <= start) paragraph++;
    sentences.push({ start, end: tokens[i]!.end, paragraph });
    tokenRanges.push([from, i + 1]);
    from = i + 1;
  }
  return { sentences, paragraphs, tokenRanges };
}
