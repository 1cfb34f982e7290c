/**
 * Stage 2: extraction. A document's text in; sentences, paragraphs and typed mentions (UTF-16 offsets) out.
 * Synchronous, pure and browser-safe: a tokenizer, lookup tables built once at load, and patterns; compromise's
 * tagger is never run over whole documents (it is ~10× slower than this).
 */
import type { DocumentAnalysis, EntityType, Mention } from '../types.js';
import { findCandidates, isDictionaryWord, isInflected, looksCommon, settleNameShape, settleShortNames, settleSingle, settleWeakOrganizations, type Candidate, type DocumentMemory, type SentenceContext } from './entities.js';
import { AMBIGUOUS_DEMONYMS, COMMON_WORDS, COUNTRY_FORMS, INSTITUTION_SEATS, KNOWN_ORGANIZATIONS, NEVER_NAMES, ORG_HEADS, ROLE_WORDS } from './lexicon.js';
import { ADMINISTRATIVE_HEADS, AUXILIARIES, COMPASS_POINTS, FUNCTION_WORDS, NAME_PARTICLES, OPENERS, PERSON_VERBS, PRODUCT_NOUNS, SAY_VERBS, THING_NOUNS } from './words.js';
import { segment } from './segment.js';
import { tokenize, type Token } from './tokenize.js';

/** Bump when the output changes: build caches keyed on it are invalidated. */
export const EXTRACTOR_VERSION = '1.49.0';

export interface ExtractOptions {
  /** Entity types to keep (default: all three). */
  types?: readonly EntityType[];
}

/** A sentence written in title case ("Airbus Wins Qatar Order"): capitals there do not mark names. */
function isTitleCase(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (!token.word || token.text.length < 4 || token.numeric) continue;
    words++;
    if (token.capitalised) capitalised++;
  }
  // Headlines carry no full stop; a sentence that ends with one is prose, however many names it holds.
  const last = tokens[to - 1];
  if (last && /^[.!?]$/.test(last.text)) return false;
  return words >= 4 && capitalised / words >= 0.75;
}

/**
 * A headline that capitalises every content word ("Regional Bank Cuts Rates As Housing Slows"), not one that only
 * holds many names ("Beatles' Apple Corps sues Apple Computer"): none of its capitals tells a name.
 */
function isCapitalisedHeadline(tokens: Token[], from: number, to: number, titleCase: boolean): boolean {
  if (!titleCase) return false;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.word && token.alpha && token.text === token.lower && token.text.length >= 4 && !FUNCTION_WORDS.has(token.lower)) return false;
  }
  return true;
}

/** Do the capitalised words right before token `end` start with the letters of `acronym`? */
function spelledOutBefore(tokens: Token[], end: number, acronym: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  let k = letters.length - 1;
  for (let j = end - 1; j >= 0 && k >= 0; j--) {
    const token = tokens[j]!;
    if (!token.word) {
      if (token.text === ',' || token.text === '&' || token.text === '-') continue;
      return false;
    }
    if (!token.capitalised) {
      if (['and', 'of', 'for', 'the', 'on', 'in'].includes(token.lower)) continue;
      return false;
    }
    // "Worldwide Developers Conference (WWDC)": a compound word may give two letters.
    if (k >= 1 && token.text[0] === letters[k - 1] && token.lower.indexOf(letters[k]!.toLowerCase(), 1) > 0 && token.text[0] !== letters[k]) k -= 2;
    else if (k >= 1 && token.text[0] === letters[k - 1] && letters[k - 1] === letters[k] && token.lower.indexOf(letters[k]!.toLowerCase(), 1) > 0 &&
      !(j > 0 && tokens[j - 1]!.word && tokens[j - 1]!.text[0] === letters[k - 1])) k -= 2;
    else if (token.text[0] === letters[k]) k--;
    else return false;
  }
  return k < 0;
}

/** Plurals of demonyms ("Afghans", "North Koreans", "Britons", "Danes"); invariant ones ("Swiss", "Chinese") are not. */
function isPluralDemonym(surface: string): boolean {
  if (!surface.endsWith('s') || COUNTRY_FORMS.get(surface)?.form !== 'demonym') return false;
  return COUNTRY_FORMS.get(surface.slice(0, -1))?.form === 'demonym' || PEOPLE_PLURALS.has(surface);
}
/** Plurals the press uses whose singular is no demonym in the data. */
const PEOPLE_PLURALS = new Set(['Britons', 'Brits', 'Turks', 'Poles', 'Swedes', 'Danes', 'Finns', 'Spaniards', 'Scots']);

/** Words of match reports; a document using several of them is about sport, where countries field teams. */
const SPORTS_WORDS = [
  'match', 'goal', 'goals', 'scored', 'striker', 'midfielder', 'goalkeeper', 'penalty', 'referee', 'stadium',
  'tournament', 'championship', 'football', 'soccer', 'coach', 'innings', 'wicket', 'halftime', 'half-time', 'kick',
  'defender', 'squad', 'minute', 'minutes', 'scoring', 'possession', 'substituted', 'equaliser', 'equalizer',
];
function isSportsReport(docLower: ReadonlySet<string>): boolean {
  let hits = 0;
  for (const word of SPORTS_WORDS) if (docLower.has(word)) hits++;
  return hits >= 6;
}

/** A sentence written in capitals ("US AND CHINA AGREE TO TALKS"). */
function isShouting(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  let upper = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (!token.word || !token.alpha) continue;
    words++;
    if (token.upper || (token.capitalised && token.text.length === 1)) upper++;
  }
  return words >= 3 && upper / words >= 0.6;
}

/**
 * Is the candidate a name of something the graph does not hold: a place ("the Tver region", "the Moscow region":
 * a capital there is the city, not the government), a direction or half a demonym ("the North", "Korean"), or a
 * word the document has shown to be a place, a product or a genus?
 */
function namesNoEntity(tokens: Token[], candidate: Candidate, notEntities: ReadonlySet<string>, versioned: ReadonlySet<string>, docLower: ReadonlySet<string>): boolean {
  const head = tokens[candidate.to];
  // "Internet Explorer", written "Internet Explorer 6" elsewhere: a product and its versions.
  if (candidate.type === 'organization' && GUESSED_ORGANIZATION_RULES.has(candidate.rule) && candidate.to - candidate.from > 1 &&
    versioned.has(tokens[candidate.to - 1]!.text)) {
    return true;
  }
  // "Dallas Independent School District": a capitalised head after several words may end an organisation's name.
  const lowerHead = head?.text === head?.lower || candidate.to - candidate.from === 1;
  if (lowerHead && isBeforePlaceHead(tokens, candidate.to) && (candidate.type !== 'country' || candidate.rule === 'country-capital')) return true;
  // "Riverside Hall West", "Lakeland East": a venue's or a district's half, not an organisation.
  const lastWord = tokens[candidate.to - 1]!;
  // "the Open Source GPL license", "NCLAN studies": a name guessed an organisation's names a thing before such a noun.
  if (candidate.type === 'organization' && GUESSED_ORGANIZATION_RULES.has(candidate.rule) && head?.word && head.text === head.lower && THING_NOUNS.has(head.lower)) {
    return true;
  }
  if (candidate.type === 'organization' && candidate.to - candidate.from > 1 && COMPASS_POINTS.has(lastWord.lower) && !lastWord.upper) return true;
  // "'America's Finest News Source'", "\"No Jennifer Lopez News Today\"": a head word inside a quoted title, whose
  // last word is not the organisation's.
  const closing = tokens[candidate.to + 1];
  if (candidate.type === 'organization' && candidate.rule === 'org-head' && head?.word && head.capitalised && !head.upper && !head.newlineBefore &&
    closing !== undefined && CLOSING_QUOTES.has(closing.text)) {
    return true;
  }
  // "HarmonyOS Next", "iPadOS", "Mac OS X": an operating system's name.
  if (candidate.type !== 'country' && tokens.slice(candidate.from, candidate.to).some((t) => /\p{Ll}OS$/u.test(t.text) || (candidate.to - candidate.from > 1 && /^OSX?$/.test(t.text)))) {
    return true;
  }
  // "the CC BY-SA license", "the Open Source GPL license": a licence named by its acronym ("a Creative Commons license" names its maker).
  if (candidate.type === 'organization' && candidate.rule === 'acronym' && candidate.to - candidate.from > 1 && /^licen[cs]e$/.test(head?.text ?? '')) return true;
  // "the A350 XWB (Extra Wide Body)": the spelled-out code of an aircraft model.
  if (candidate.type === 'organization' && expandsModelCode(tokens, candidate.from)) return true;
  if (candidate.type === 'organization' && (namesProduct(tokens, candidate, docLower) || namesKind(tokens, candidate) || isStance(tokens, candidate))) return true;
  if (candidate.to - candidate.from !== 1 || candidate.type === 'country') return false;
  const word = tokens[candidate.from]!;
  // "in Tver", once the text has said "the Tver region"; "the Skylark" after "the 320 Skylark".
  return COMPASS_POINTS.has(word.lower) || AMBIGUOUS_DEMONYMS.has(word.text) || notEntities.has(word.text);
}

/** Heads that make a name an institution's whatever follows it ("the Tokyo Stock Exchange system"). */
const INSTITUTIONAL_HEADS = new Set([
  'ministry', 'department', 'agency', 'council', 'commission', 'committee', 'institute', 'university', 'college', 'school',
  'academy', 'party', 'bank', 'corporation', 'company', 'inc', 'ltd', 'plc', 'llc', 'corp', 'group', 'foundation', 'association',
  'federation', 'union', 'authority', 'bureau', 'exchange', 'court', 'government', 'embassy', 'airlines', 'airways',
  // A publisher's or broadcaster's own programmes and columns: "the New York Times website", "the Sky News programme".
  'times', 'post', 'journal', 'news', 'tribune', 'herald', 'gazette', 'telegraph', 'magazine', 'press', 'television', 'tv',
  'radio', 'broadcasting', 'network', 'channel', 'media',
]);

/**
 * "the Joint Strike Fighter program", "MacBook Air laptops", "the Savage Love advice column", "the Mac OS X Lion
 * operating system": a name of two words or more right before a lower-case noun for a product, a programme or a
 * publication's feature (after at most one lower-case modifier) names that thing, not its maker. A name of one word
 * there is the maker ("Samsung phones"), and so is a name with an institution's head ("the Tokyo Stock Exchange system").
 */
function namesProduct(tokens: Token[], candidate: Candidate, docLower: ReadonlySet<string>): boolean {
  if (candidate.to - candidate.from < 2 || !(GUESSED_ORGANIZATION_RULES.has(candidate.rule) || candidate.rule === 'org-head')) return false;
  const words = tokens.slice(candidate.from, candidate.to);
  if (words.some((t) => INSTITUTIONAL_HEADS.has(t.lower) || t.upper && t.text.length > 1 && candidate.rule === 'org-head')) return false;
  // "the Customer Service and Quality Control teams": ordinary words capitalised for a unit of the speaker's own.
  const ordinary = words.every((t) => looksCommon(t.lower, docLower)) && !KNOWN_ORGANIZATIONS.has(words.map((t) => t.lower).join(' '));
  let k = candidate.to;
  // "the One UI 7 software", "the Future Combat Air System programme": a version number or the rest of the name first.
  const skippable = (t: Token | undefined): boolean =>
    t !== undefined && !t.attached && !t.newlineBefore && (t.numeric || (t.word && t.capitalised) || (ordinary && t.text === 'and' && k > candidate.to - 1));
  while (k < candidate.to + 4 && skippable(tokens[k])) k++;
  if (ordinary && tokens[k]?.word && UNIT_NOUNS.has(tokens[k]!.text)) return true;
  for (const end = k + 2; k < end; k++) {
    const token = tokens[k];
    if (!token?.word || token.text !== token.lower || token.attached) return false;
    if (PRODUCT_NOUNS.has(token.lower)) return true;
    if (FUNCTION_WORDS.has(token.lower) || SAY_VERBS.has(token.lower) || AUXILIARIES.has(token.lower)) return false;
  }
  return false;
}

/** Lower-case nouns for the units of an organisation: "the Quality Control team", "the Customer Service desk". */
const UNIT_NOUNS = new Set(['team', 'teams', 'department', 'departments', 'division', 'divisions', 'unit', 'units', 'staff', 'desk', 'section', 'sections']);

/**
 * "a self-described Libertarian Socialist.", "run as a Hybrid Organization -": a capitalised phrase after an
 * indefinite article, ending the noun phrase, names a kind of thing; an organisation is one of its kind ("the X"). A
 * name before a noun stays ("a Reuters reporter": whose reporter).
 */
function namesKind(tokens: Token[], candidate: Candidate): boolean {
  const next = tokens[candidate.to];
  if (next?.word && !FUNCTION_WORDS.has(next.lower) && !SAY_VERBS.has(next.lower) && !AUXILIARIES.has(next.lower)) return false;
  let k = candidate.from - 1;
  // Lower-case modifiers between the article and the name ("a self-described", "a new").
  while (k > candidate.from - 3 && tokens[k]?.word && tokens[k]!.text === tokens[k]!.lower && !INDEFINITE_ARTICLES.has(tokens[k]!.lower) &&
    !FUNCTION_WORDS.has(tokens[k]!.lower)) {
    k--;
  }
  return INDEFINITE_ARTICLES.has(tokens[k]?.text ?? '');
}
const INDEFINITE_ARTICLES = new Set(['a', 'an', 'A', 'An']);

/** "the Pro-Beijing camp", "Anti-Kremlin": a stance towards someone, written as one hyphenated word. */
function isStance(tokens: Token[], candidate: Candidate): boolean {
  return candidate.to - candidate.from === 1 && /^(pro|anti|non|post|neo)-\p{Lu}/iu.test(tokens[candidate.from]!.text);
}

/** Is the name at `from` inside brackets after a code that follows a model number ("A350 XWB (Extra Wide Body)")? */
function expandsModelCode(tokens: Token[], from: number): boolean {
  let k = from - 1;
  while (k > from - 3 && tokens[k]?.word && tokens[k]!.capitalised) k--;
  if (tokens[k]?.text !== '(') return false;
  const code = tokens[k - 1];
  const model = tokens[k - 2];
  return code !== undefined && code.upper && model !== undefined && /\p{L}*\p{N}{2,}/u.test(model.text) && !/^(1[89]|20)\p{N}\p{N}$/u.test(model.text);
}

/** Nouns that say a name before them is a people's: "Rohingya, a stateless minority", "the Karen tribe". */
const PEOPLE_NOUNS = new Set(['minority', 'minorities', 'people', 'peoples', 'tribe', 'tribes', 'ethnicity', 'clan', 'clans']);

/** Capitalised words the document describes as a people ("X, a stateless minority of ...", "the X minority"). */
function namesOfPeoples(tokens: Token[]): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.word || !token.capitalised || token.upper || tokens[i - 1]?.capitalised) continue;
    let k = i + 1;
    if (tokens[k]!.text === ',' && ['a', 'an', 'the'].includes(tokens[k + 1]?.lower ?? '')) {
      k += 2;
      while (k < i + 6 && tokens[k]?.word && tokens[k]!.text === tokens[k]!.lower && !PEOPLE_NOUNS.has(tokens[k]!.lower)) k++;
    } else if (tokens[k]!.text === tokens[k]!.lower && PEOPLE_NOUNS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'people') {
      names.add(token.text);
      continue;
    }
    if (k > i + 1 && tokens[k]?.word && PEOPLE_NOUNS.has(tokens[k]!.text)) names.add(token.text);
  }
  return names;
}

const CLOSING_QUOTES = new Set(['"', '”', '’', "'", "''"]);

/** Rules that call a name an organisation's for want of a better reading. */
const GUESSED_ORGANIZATION_RULES = new Set(['acronym', 'capitalised-phrase', 'unknown-name', 'the-name', 'plural-name', 'first-word-alone', 'no-people-in-text']);

/** Capitalised words the document shows to be places ("the Tver region"), products ("320 Skylark") or genera. */
function wordsNamingNoEntity(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  const genera = new Map<string, string>();
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1]!;
    if (previous.capitalised && previous.word && !previous.upper && !tokens[i - 2]?.capitalised && isBeforePlaceHead(tokens, i)) words.add(previous.text);
    if (isProductName(tokens, i)) words.add(tokens[i]!.text);
    if (isGenus(tokens, i)) genera.set(tokens[i]!.text, tokens[i + 1]!.text);
  }
  if (genera.size === 0) return words;
  // A genus is followed by its species wherever it is written ("Quercus alba"); a name is followed by anything.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const species = genera.get(tokens[i]!.text);
    if (species !== undefined && tokens[i + 1]!.text !== species) genera.delete(tokens[i]!.text);
  }
  for (const genus of genera.keys()) words.add(genus);
  return words;
}

/**
 * Stems of the document's product names: "Mac" of "iMac" and "MacBook", "Pod" of "iPod". A name guessed an
 * organisation's that is such a stem names the product line ("the new Mac"), not its maker.
 */
function productStems(tokens: Token[]): Set<string> {
  const stems = new Set<string>();
  for (const token of tokens) {
    // Only a capitalised word or "i"/"e" before a capital can match: testing that first spares most words the regex.
    if (!token.word || token.text.length < 3) continue;
    const second = token.text[1]!;
    if (!token.capitalised && !((token.text[0] === 'i' || token.text[0] === 'e') && second !== second.toLowerCase())) continue;
    const match = /^(?:[ie](\p{Lu}\p{Ll}+)|(\p{Lu}\p{Ll}{2,})\p{Lu}\p{Ll}+)$/u.exec(token.text);
    if (match) stems.add(match[1] ?? match[2]!);
  }
  return stems;
}

/** Capitalised words written before a version number ("Explorer 6", "Windows 11"), not an acronym or a head word. */
function wordsBeforeVersions(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!next.numeric || next.attached || !/^\p{N}{1,2}(\.\p{N}+)?$/u.test(next.text)) continue;
    if (token.word && token.capitalised && !token.upper && !ORG_HEADS.has(token.lower)) words.add(token.text);
  }
  return words;
}

/** "Skylark" in "Tupolev 320 Skylark", "the 320 Skylark": a model's name after its number. */
function isProductName(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!token.word || !token.capitalised) return false;
  let k = index - 1;
  while (k > 0 && !tokens[k]!.word && QUOTES.has(tokens[k]!.text)) k--;
  const model = tokens[k];
  if (!model || !(/^\p{N}{3,4}$/u.test(model.text) && !/^(1[89]|20)\p{N}\p{N}$/u.test(model.text)) && !/^\p{Lu}{1,2}\p{N}{2,4}$/u.test(model.text)) return false;
  const maker = tokens[k - 1];
  return maker !== undefined && maker.word && (maker.capitalised || MODEL_DETERMINERS.has(maker.lower));
}
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '`', '``', "''"]);
const MODEL_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'new', 'their', 'first', 'last']);

/** "Quercus alba", "Canis lupus": a genus before a Latin species name, not a name of anyone. */
function isGenus(tokens: Token[], index: number): boolean {
  const genus = tokens[index]!;
  const species = tokens[index + 1];
  if (!genus.word || !genus.capitalised || genus.upper || !species?.word || species.text !== species.lower || species.attached) return false;
  if (species.lower.length < 4 || !/(a|us|um|is|ae|ii|ensis|ens|oides)$/.test(species.lower) || NAME_PARTICLES.has(species.lower)) return false;
  return !looksCommon(species.lower, EMPTY) && !COMMON_WORDS.has(species.lower);
}
const EMPTY: ReadonlySet<string> = new Set();

/** "region" in "the Tver region", "Oblast" in "Tver Oblast": the head of an administrative place's name. */
function isBeforePlaceHead(tokens: Token[], index: number): boolean {
  const head = tokens[index];
  if (!head?.word || !ADMINISTRATIVE_HEADS.has(head.lower)) return false;
  return head.text === head.lower || (head.capitalised && !head.upper && !tokens[index + 1]?.capitalised);
}

/**
 * "Brazilian Socialist Party (PSB)", "National Action Party (PAN)": an acronym of the name in its own language, whose
 * words come in another order; its letters are the initials of the English name's capitalised words, each used once.
 */
function initialsInOtherOrder(acronym: string, words: Token[]): boolean {
  const initials = words.filter((t) => t.word && t.capitalised).map((t) => t.text[0]!);
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || letters.length > initials.length) return false;
  for (const letter of letters) {
    const at = initials.indexOf(letter);
    if (at < 0) return false;
    initials.splice(at, 1);
  }
  return true;
}

/** Countries divided into a north and a south, as the data names them. */
const DIVIDED_COUNTRIES: ReadonlyArray<readonly [string, string]> = [['North Korea', 'South Korea'], ['Sudan', 'South Sudan']];

/** Is token `index` the first word of its sentence (after quotes or brackets)? */
function isSentenceStart(tokens: Token[], index: number, from: number): boolean {
  for (let k = index - 1; k >= from; k--) if (tokens[k]!.word) return false;
  return true;
}

export function extract(document: { id: string; text: string }, options: ExtractOptions = {}): DocumentAnalysis {
  const { text } = document;
  const tokens = tokenize(text);
  const { sentences, paragraphs, tokenRanges } = segment(text, tokens);

  const docLower = new Set<string>();
  for (const token of tokens) if (token.word && token.alpha && token.text === token.lower) docLower.add(token.lower);
  const docNames = new Set<string>();
  const docSolo = new Set<string>();
  const isCapitalisedWord = (token: Token | undefined): boolean => token !== undefined && token.word && token.capitalised;
  // A title-case headline capitalises every word: its capitals say nothing of names ("Samsung Unveils Folding Tablet").
  const titleCase = tokenRanges.map(([from, to]) => isTitleCase(tokens, from, to));
  const headlines = tokenRanges.map(([from, to], k) => isCapitalisedHeadline(tokens, from, to, titleCase[k]!));
  let range = 0;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isCapitalisedWord(token) || token.upper) continue;
    while (range + 1 < tokenRanges.length && tokenRanges[range]![1] <= i) range++;
    if (headlines[range] && tokenRanges[range]![0] <= i) continue;
    const previous = tokens[i - 1]!;
    const sentenceInitial = token.newlineBefore || OPENERS.has(previous.text);
    if (!sentenceInitial && !previous.newlineBefore) docNames.add(token.text);
    if (!sentenceInitial && !isCapitalisedWord(previous) && !isCapitalisedWord(tokens[i + 1])) docSolo.add(token.text);
  }
  const docWords = tokens.reduce((count, token) => count + (token.word ? 1 : 0), 0);
  const docCounts = new Map<string, number>();
  // ... nor do they count a word's uses: "Housing" in "Rates Fall As Housing Slows" is no name written twice.
  tokenRanges.forEach(([from, to], sentence) => {
    if (headlines[sentence]) return;
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      if (token.capitalised && token.word) docCounts.set(token.text, (docCounts.get(token.text) ?? 0) + 1);
    }
  });
  const memory: DocumentMemory = { personWords: new Set(), organizations: new Map(), organizationTokens: new Set(), organizationFirstWords: new Set(), acronyms: new Map(), docLower, docNames, docSolo, docWords, docCounts };

  const found: Array<{ sentence: number; candidate: Candidate }> = [];
  const pending: Array<{ sentence: number; index: number; context: SentenceContext }> = [];
  tokenRanges.forEach(([from, to], sentence) => {
    const context: SentenceContext = { text, tokens, from, to, memory, headline: titleCase[sentence]!, shouting: isShouting(tokens, from, to) };
    const result = findCandidates(context);
    for (const candidate of result.candidates) found.push({ sentence, candidate });
    for (const index of result.pending) pending.push({ sentence, index, context });
  });

  for (const { candidate } of found) settleNameShape(candidate, memory);
  settleWeakOrganizations(found.map(({ candidate }) => candidate), tokens);
  const shortNames = settleShortNames(tokens, found.map(({ candidate }) => candidate), docLower);
  if (shortNames.length > 0) {
    const covered = new Set<number>();
    for (const candidate of shortNames) {
      const sentence = tokenRanges.findIndex(([, to]) => candidate.from < to);
      found.push({ sentence, candidate });
      for (let k = candidate.from; k < candidate.to; k++) covered.add(k);
    }
    for (let k = pending.length - 1; k >= 0; k--) if (covered.has(pending[k]!.index)) pending.splice(k, 1);
  }

  const thingWords = wordsNamingNoEntity(tokens);
  const versioned = wordsBeforeVersions(tokens);
  // What the document has told us: words of people's names, organisation names, acronym definitions.
  for (const { candidate } of found) {
    const words = tokens.slice(candidate.from, candidate.to);
    const surface = text.slice(words[0]!.start, words[words.length - 1]!.end);
    // "Mr Sunak", "President Ruto": a family name after a title is known as well as a full name is.
    if (candidate.type === 'person' && (words.length > 1 || candidate.rule === 'person-after-title')) {
      for (const word of words) {
        // Names do not inflect: a word the text also writes with and without a plural "s" ("Walkman", "Walkmans") is a thing.
        const inflected = isInflected(word.text, docCounts);
        // A word the text also writes in lower case is an ordinary word ("Frank", "frank talks"), unless no
        // dictionary holds it: then the lower-case one is a coinage or a slip ("Rick Santorum", "the santorum neologism").
        const ordinary = memory.docLower.has(word.lower) && isDictionaryWord(word.lower, EMPTY);
        if (word.capitalised && !ordinary && !inflected) memory.personWords.add(word.lower);
      }
    }
    if (candidate.type === 'organization') {
      memory.organizations.set(surface.toLowerCase(), candidate.canonical);
      if (!GUESSED_ORGANIZATION_RULES.has(candidate.rule) && !namesNoEntity(tokens, candidate, thingWords, versioned, docLower)) {
        for (let k = candidate.from; k < candidate.to; k++) memory.organizationTokens.add(k);
        if (words.length > 1 && words[0]!.capitalised) memory.organizationFirstWords.add(words[0]!.lower);
      }
    }
    const open = tokens[candidate.to];
    const acronym = tokens[candidate.to + 1];
    const close = tokens[candidate.to + 2];
    if (open?.text === '(' && acronym?.upper && close?.text === ')' && candidate.type !== 'country' && words.length > 1 &&
      (acronym.text[0] === surface[0] || (candidate.type === 'organization' && initialsInOtherOrder(acronym.text, words)))) {
      memory.acronyms.set(acronym.text, { expansion: surface, type: candidate.type });
    }
  }
  // "Worldwide Developers Conference (WWDC)", "Maintenance, Repair and Overhaul (MRO)": an acronym spelled out by
  // words that are not an entity's name is not an entity either.
  const notEntities = new Set<string>();
  for (let i = 2; i + 1 < tokens.length; i++) {
    const acronym = tokens[i]!;
    if (!acronym.upper || tokens[i - 1]!.text !== '(' || tokens[i + 1]!.text !== ')' || memory.acronyms.has(acronym.text)) continue;
    if (spelledOutBefore(tokens, i - 1, acronym.text)) notEntities.add(acronym.text);
  }
  for (let k = found.length - 1; k >= 0; k--) {
    const { candidate } = found[k]!;
    if (candidate.to - candidate.from === 1 && notEntities.has(tokens[candidate.from]!.text)) found.splice(k, 1);
  }
  for (const { candidate } of found) {
    if (candidate.to - candidate.from !== 1) continue;
    const definition = memory.acronyms.get(tokens[candidate.from]!.text);
    if (definition && candidate.type === 'organization') {
      candidate.type = definition.type;
      candidate.canonical = definition.expansion;
      candidate.rule = 'acronym-defined';
    }
  }
  for (const { sentence, index, context } of pending) {
    const candidate = settleSingle(context, index);
    if (!candidate) continue;
    found.push({ sentence, candidate });
    // "..., Jezebel, and Instinct Magazine. Jezebel wrote": a word settled as an organisation's name stays one.
    if (candidate.type === 'organization' && candidate.rule === 'listed-with-organization') memory.organizations.set(tokens[index]!.lower, candidate.canonical);
  }
  if (pending.length > 0) settleWeakOrganizations(found.map(({ candidate }) => candidate), tokens);

  // "May said": a month's name that the document has used as a person's ("Theresa May"), speaking; "praised
  // Sinner": a noun for a kind of person that the document has used as a family name ("Jannik Sinner"), alone.
  if (memory.personWords.size > 0) tokenRanges.forEach(([from, to], sentence) => {
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      const next = tokens[i + 1];
      if (!token.capitalised || token.upper || !memory.personWords.has(token.lower)) continue;
      const speaking = next !== undefined && (SAY_VERBS.has(next.lower) || AUXILIARIES.has(next.lower));
      const alone = !next?.capitalised && i > from && tokens[i - 1]!.word && !tokens[i - 1]!.capitalised;
      // "Santorum criticized ...": a family name the document has used in a full name, opening a sentence before a
      // verb, though the text also writes the word in lower case ("the santorum neologism").
      const acting = next !== undefined && next.word && !next.attached && next.text === next.lower && (speaking || PERSON_VERBS.has(next.lower) || /[^e]ed$/.test(next.lower)) &&
        isSentenceStart(tokens, i, from) && !NEVER_NAMES.has(token.lower) && !FUNCTION_WORDS.has(token.lower);
      if (!(NEVER_NAMES.has(token.lower) && speaking) && !(ROLE_WORDS.has(token.lower) && alone) && !acting) continue;
      if (found.some(({ candidate }) => candidate.from <= i && i < candidate.to)) continue;
      found.push({ sentence, candidate: { from: i, to: i + 1, type: 'person', rule: 'known-in-document' } });
    }
  });

  // "Rohingya, a stateless minority of Muslims": the name of a people, whose members are counted as people (as
  // followers of a faith are), wherever the document writes it.
  const peoples = namesOfPeoples(tokens);
  if (peoples.size > 0) {
    for (const { candidate } of found) {
      if (candidate.type === 'organization' && candidate.to - candidate.from === 1 && GUESSED_ORGANIZATION_RULES.has(candidate.rule) && peoples.has(tokens[candidate.from]!.text)) {
        candidate.type = 'person';
        candidate.rule = 'people-group';
      }
    }
  }

  // "the nuclear-armed North", "The South retaliated", "North and South Korea": in a story naming both halves of a
  // divided country, a half's compass word alone is that country.
  const named = new Set<string>();
  for (const { candidate } of found) if (candidate.type === 'country' && candidate.canonical) named.add(candidate.canonical);
  for (const [north, south] of DIVIDED_COUNTRIES) {
    if (!named.has(north) || !named.has(south)) continue;
    tokenRanges.forEach(([from, to], sentence) => {
      for (let i = from; i < to; i++) {
        const token = tokens[i]!;
        const half = token.text === 'North' ? north : token.text === 'South' ? south : undefined;
        if (!half || !token.word) continue;
        const next = tokens[i + 1];
        // "North and South Korea": the first half, named by the second's country word.
        const pair = next?.lower === 'and' && tokens[i + 2]?.text === 'South' && tokens[i + 3]?.text === south.split(' ')[1];
        // ... but "the North of England" is a region named by what follows.
        const region = next?.lower === 'of' && tokens[i + 2]?.capitalised === true;
        if ((next?.word && next.capitalised && !pair) || region || (tokens[i - 1]?.word && tokens[i - 1]!.capitalised && !isSentenceStart(tokens, i - 1, from))) continue;
        if (found.some(({ candidate }) => candidate.from <= i && i < candidate.to)) continue;
        found.push({ sentence, candidate: { from: i, to: i + 1, type: 'country', rule: 'divided-country-half', canonical: half } });
      }
    });
  }

  const sports = isSportsReport(docLower);
  for (const { candidate } of found) {
    if (candidate.type !== 'country' || candidate.rule === 'country-in-organization') continue;
    const words = tokens.slice(candidate.from, candidate.to);
    // "Valeska Paris" earlier in the text: "Paris" is her, not France.
    if (words.length === 1 && candidate.rule === 'country-capital' && memory.personWords.has(words[0]!.lower)) {
      candidate.type = 'person';
      candidate.rule = 'known-in-document';
      delete candidate.canonical;
    } else if (sports && (candidate.rule === 'country-name' || candidate.rule === 'country-code' || /s$/.test(words[words.length - 1]!.text) && candidate.rule === 'country-demonym')) {
      // In a match report "Sweden beat Belgium" names the national teams.
      candidate.type = 'organization';
      candidate.rule = 'national-team';
    } else if (candidate.rule === 'country-demonym' && isPluralDemonym(text.slice(words[0]!.start, words[words.length - 1]!.end))) {
      // "Afghans", "all Singaporeans": the plural noun names people, as "Muslims" does; the adjective ("Afghan
      // troops") stays the country's mention. GUM and MEANTIME both annotate it so.
      candidate.type = 'person';
      candidate.rule = 'people-of-country';
      delete candidate.canonical;
    }
  }

  // A headline's guessed organisation that the story never names ("Regional Bank Cuts Rates"): capitals, not a name.
  const body = headlines.some(Boolean) ? tokenRanges.map(([from, to], k) => (headlines[k] ? '' : text.slice(tokens[from]!.start, tokens[to - 1]!.end))).join('\n') : '';
  for (let k = found.length - 1; k >= 0; k--) {
    const { sentence, candidate } = found[k]!;
    if (!headlines[sentence] || candidate.type !== 'organization' || !(GUESSED_ORGANIZATION_RULES.has(candidate.rule) || candidate.rule === 'org-head')) continue;
    if (!body.includes(text.slice(tokens[candidate.from]!.start, tokens[candidate.to - 1]!.end))) found.splice(k, 1);
  }


  const keep = new Set(options.types ?? ['person', 'organization', 'country']);
  const mentions: Mention[] = [];
  let stems: Set<string> | undefined;
  for (const { sentence, candidate } of found) {
    if (!keep.has(candidate.type) || namesNoEntity(tokens, candidate, thingWords, versioned, docLower)) continue;
    if (candidate.type === 'organization' && candidate.to - candidate.from === 1 && GUESSED_ORGANIZATION_RULES.has(candidate.rule) &&
      (stems ??= productStems(tokens)).has(tokens[candidate.from]!.text)) {
      continue;
    }
    // "Pentagon Press Secretary": the seat named inside a title stands for its institution too.
    const seat = candidate.type === 'organization' ? INSTITUTION_SEATS.get(text.slice(tokens[candidate.from]!.start, tokens[candidate.to - 1]!.end)) : undefined;
    if (seat) candidate.canonical = seat;
    const start = tokens[candidate.from]!.start;
    const end = tokens[candidate.to - 1]!.end;
    mentions.push({
      start,
      end,
      text: text.slice(start, end),
      type: candidate.type,
      sentence,
      ...(candidate.canonical ? { canonical: candidate.canonical } : {}),
      rule: candidate.rule,
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { doc: document.id, sentences, paragraphs, mentions };
}
