/**
 * A small tokenizer with exact UTF-16 offsets. One regular expression pass; no tagging. Possessive "'s" is its own
 * token so "Russia's" yields the name "Russia"; dotted acronyms ("U.S.", "N.V.") stay whole.
 */
import { COUNTRY_FORMS } from './lexicon.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** Contains a letter. */
  alpha: boolean;
  /** Starts with a digit. */
  numeric: boolean;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S."). */
  upper: boolean;
  /** Whitespace between this token and the previous one contains a line break. */
  newlineBefore: boolean;
  /** Whitespace between this token and the previous one contains a blank line. */
  blankLineBefore: boolean;
  /** No whitespace between this token and the previous one. */
  attached: boolean;
}

// Order matters: dotted acronyms, then words (with inner hyphens/apostrophes/dots between letters, e.g. "Suk-yeol",
// "O'Brien", "bbc.com"), then possessive endings, then any other single character.
const TOKEN =
  /(\p{Lu}\.(?:\p{L}\.?)+)|([\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*)|([^\s])/gu;
const POSSESSIVE = /^(.*[\p{L}\p{N}])(['’][sS])$/u;
const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;

// Compiled once: makeToken runs on every token, and a literal with \p{…} escapes is rebuilt by the bundle on each call.
const LETTER = /\p{L}/u;
const LEADING_NUMBER = /^\p{N}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const NOT_WORD_CHARACTERS = /[^\p{L}\p{N}]/gu;
const BLANK_LINE = /\n[^\S\n]*\n/;

/**
 * Two or more letters or digits, all capitals, not led by a digit. An upper-case letter is a letter and a lower-case
 * one would have to be among the letters too, so both tests run on the text first and most words stop there; the
 * letters themselves are collected only for the few tokens left.
 */
function isUpperCase(text: string): boolean {
  if (!UPPER_LETTER.test(text) || LOWER_LETTER.test(text)) return false;
  const letters = text.replace(NOT_WORD_CHARACTERS, '');
  return letters.length >= 2 && !LEADING_NUMBER.test(letters);
}

/**
 * Reads the character classes of an all-ASCII token from its character codes, where \p{L} is A–Z and a–z, \p{Lu}
 * A–Z, \p{Ll} a–z and \p{N} 0–9, so the result is what the regular expressions give. Most tokens of English news
 * are ASCII, and one pass over a short word is cheaper than five regular expressions. False for any other text.
 */
function readAsciiClasses(text: string, token: Token): boolean {
  let hasUpper = false;
  let hasLower = false;
  let wordCharacters = 0;
  let leadingDigit = false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128) return false;
    const upper = code >= 65 && code <= 90;
    const lower = code >= 97 && code <= 122;
    const digit = code >= 48 && code <= 57;
    if (upper || lower || digit) {
      if (wordCharacters === 0) leadingDigit = digit;
      wordCharacters++;
    }
    hasUpper ||= upper;
    hasLower ||= lower;
  }
  const first = text.charCodeAt(0);
  const firstUpper = first >= 65 && first <= 90;
  const firstDigit = first >= 48 && first <= 57;
  token.word = firstUpper || firstDigit || (first >= 97 && first <= 122);
  token.alpha = hasUpper || hasLower;
  token.numeric = firstDigit;
  token.capitalised = firstUpper;
  token.upper = wordCharacters >= 2 && hasUpper && !hasLower && !leadingDigit;
  return true;
}

function makeToken(text: string, start: number, gap: string, prevEnd: number): Token {
  const newlineBefore = gap.includes('\n');
  const token: Token = {
    start,
    end: start + text.length,
    text,
    lower: text.toLowerCase(),
    word: false,
    alpha: false,
    numeric: false,
    capitalised: false,
    upper: false,
    newlineBefore,
    blankLineBefore: newlineBefore && BLANK_LINE.test(gap),
    attached: start === prevEnd && prevEnd > 0,
  };
  if (!readAsciiClasses(text, token)) {
    token.word = WORD_CHARACTER.test(text[0] ?? '');
    token.alpha = LETTER.test(text);
    token.numeric = LEADING_NUMBER.test(text);
    token.capitalised = UPPER_LETTER.test(text[0] ?? '');
    token.upper = isUpperCase(text);
  }
  return token;
}

const GLUED_MODIFIER = /^([\p{Lu}][\p{L}\p{N}.]*)-(\p{Ll}+)$/u;
/** Lower-case second halves that make a name into a modifier: "Kremlin-backed", "Warhol-like". */
const MODIFIER_SUFFIXES = new Set([
  'like', 'style', 'era', 'based', 'led', 'backed', 'owned', 'born', 'made', 'funded', 'sponsored', 'inspired', 'themed',
  'related', 'linked', 'allied', 'affiliated', 'controlled', 'run', 'built', 'designed', 'critic', 'critics', 'free',
  'friendly', 'speaking', 'occupied', 'held', 'brokered', 'bound', 'centric', 'focused', 'oriented', 'specific',
  'wide', 'supplied', 'provided', 'appointed', 'installed', 'aligned', 'leaning', 'listed', 'registered', 'area',
]);
/** The part before the hyphen reads as a name: an acronym ("US", "EADS"), or any name before a modifier suffix. */
function isPrefixName(prefix: string, suffix: string): boolean {
  return /^[\p{Lu}\p{N}.]{2,}$/u.test(prefix) || (MODIFIER_SUFFIXES.has(suffix) && prefix.length >= 3);
}

/** Words a hyphenated compound is split into when each part is a name ("Russia-Ukraine", "pro-Russian"). */
const COMPOUND_PREFIXES = new Set(['pro', 'anti', 'non', 'ex', 'post', 'pre']);
function compoundParts(surface: string): string[] | undefined {
  if (!surface.includes('-')) return undefined;
  const parts = surface.split('-');
  const named = (part: string): boolean => COUNTRY_FORMS.has(part) || /^\p{Lu}{2,}$/u.test(part);
  const first = parts[0]!;
  if (COUNTRY_FORMS.has(surface)) return undefined;
  // "Israel-Hamas", "Russia-NATO": at least one country and only names.
  const country = (part: string): boolean => COUNTRY_FORMS.has(part) && COUNTRY_FORMS.get(part)!.form !== 'capital';
  if (parts.every((part) => named(part) || /^\p{Lu}\p{Ll}+$/u.test(part)) && parts.some(country)) return parts;
  if (parts.length === 2 && COMPOUND_PREFIXES.has(first.toLowerCase()) && country(parts[1]!)) return parts;
  return undefined;
}

/** The cheap test POSSESSIVE needs to pass: the word ends in "'s" or "’s" (either case of s). */
function endsInPossessive(surface: string): boolean {
  const last = surface[surface.length - 1];
  const apostrophe = surface[surface.length - 2];
  return (last === 's' || last === 'S') && (apostrophe === "'" || apostrophe === '’');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    let surface = match[0];
    // A word ending in a period that is not an acronym ("bbc.com." ends a sentence): keep the dot apart.
    const gap = text.slice(prevEnd, start);
    const possessive = match[2] && endsInPossessive(surface) ? POSSESSIVE.exec(surface) : null;
    if (possessive && possessive[1] && possessive[2]) {
      surface = possessive[1];
      tokens.push(makeToken(surface, start, gap, prevEnd));
      tokens.push(makeToken(possessive[2], start + surface.length, '', start + surface.length));
      prevEnd = start + match[0].length;
      continue;
    }
    // "Russia-Ukraine war", "pro-Russian": the names inside a compound are names of their own.
    const parts = match[2] ? compoundParts(surface) : undefined;
    if (parts) {
      let offset = start;
      parts.forEach((part, k) => {
        if (k > 0) {
          tokens.push(makeToken('-', offset, '', offset));
          offset += 1;
        }
        tokens.push(makeToken(part, offset, k === 0 ? gap : '', k === 0 ? prevEnd : offset));
        offset += part.length;
      });
      prevEnd = start + surface.length;
      continue;
    }
    // "US-provided", "EADS-led": a name glued to a lower-case modifier is a name of its own.
    const glued = match[2] && surface.includes('-') ? GLUED_MODIFIER.exec(surface) : null;
    if (glued && glued[1] && glued[2] && isPrefixName(glued[1], glued[2])) {
      tokens.push(makeToken(glued[1], start, gap, prevEnd));
      tokens.push(makeToken(surface.slice(glued[1].length), start + glued[1].length, '', start + glued[1].length));
      prevEnd = start + surface.length;
      continue;
    }
    tokens.push(makeToken(surface, start, gap, prevEnd));
    prevEnd = start + surface.length;
  }
  return tokens;
}
