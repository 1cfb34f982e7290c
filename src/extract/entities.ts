/**
 * Finding typed mentions in a tokenized sentence: no tagger, only lookups and patterns.
 *
 * 1. Gazetteer pass: country names, codes, demonyms and capitals (longest match, exact case: "US", not "us").
 * 2. Chunks: runs of capitalised words, joined by name particles ("von der", "bin") and by "of"/"for" inside
 *    organisation names; possessives, punctuation and lower-case words end a chunk.
 * 3. Each chunk is read left to right: countries, organisations (by head word: "Ministry", "Agency", "Inc"),
 *    titles (skipped, but "Pentagon" in "Pentagon Press Secretary" is an organisation), people (first-name lexicon,
 *    a title before, name shape), acronyms.
 * 4. Single unknown words are decided last, from what the rest of the document said about them ("Rutte" after
 *    "Mark Rutte").
 */
import type { EntityType } from '../types.js';
import { daleChall } from 'dale-chall';
import {
  ADJECTIVES, AMBIGUOUS_DEMONYMS, COMMON_WORDS, COUNTRY_FIRST_WORDS, COUNTRY_FORMS, COUNTRY_MAX_TOKENS, FIRST_NAMES, KNOWN_ORGANIZATIONS,
  INSTITUTION_SEATS, KNOWN_PEOPLE, LAST_NAMES, NAMES_THAT_ARE_WORDS, NEVER_NAMES, ORG_HEADS, PERSON_NOUNS, PLACE_HEADS, PLACES, ROLE_LIST_WORDS, ROLE_WORDS,
  SHOUTED_COUNTRY_FORMS,
  type CountryEntry,
} from './lexicon.js';
import type { Token } from './tokenize.js';
import {
  AUXILIARIES, CAPTION_LABELS, CLOSED_CLASS, CLUB_SUFFIXES, COMBINING_FORM, COMPASS_POINTS, CONTRACTION, CURRENCIES, EVENT_HEADS, FAITHS, FUNCTION_WORDS,
  GOVERNMENT_HEADS, HONORIFICS, LEGISLATURES, LOCATIVES, MORE_PERSON_NOUNS, NAME_PARTICLES, NAMED_THING_HEADS, NOT_ORG_ACRONYMS, OPENERS,
  ORG_JOINERS, ORG_NOUNS, PERSON_INTRODUCERS, PRODUCT_NOUNS, PERSON_NAME_ENDING, PERSON_ROLES, PERSON_VERBS, ROLE_MODIFYING_HEADS, SAY_VERBS,
  TITLE_ABBREVIATIONS,
} from './words.js';

/** Familiar English words (Dale–Chall): a capitalised one is a name only where the document shows it is. */
const FAMILIAR_WORDS = new Set(daleChall);

export interface Candidate {
  /** Token range [from, to). */
  from: number;
  to: number;
  type: EntityType;
  rule: string;
  canonical?: string;
}

/**
 * A capitalised word that starts a sentence and is followed by a verb in the third person ("Apple unveils",
 * "Airbus has"), when the document uses it more than once, is the name of the subject.
 */
function actsAsSubject(token: Token, next: Token | undefined, memory: DocumentMemory): boolean {
  if (!next || next.capitalised || !next.word || token.lower.endsWith('s')) return false;
  if ((memory.docCounts.get(token.text) ?? 0) < 2 || FUNCTION_WORDS.has(token.lower) || ADJECTIVES.has(token.lower)) return false;
  return AUXILIARIES.has(next.lower) || SAY_VERBS.has(next.lower) || (/[^s]s$/.test(next.lower) && next.lower.length >= 5);
}

/** Does the lower-cased word look like an ordinary English word (for capitalised words starting a sentence)? */
export function looksCommon(lower: string, docLower: ReadonlySet<string>): boolean {
  if (FUNCTION_WORDS.has(lower) || COMMON_WORDS.has(lower) || FAMILIAR_WORDS.has(lower) || docLower.has(lower)) return true;
  if (KNOWN_ORGANIZATIONS.has(lower) || KNOWN_PEOPLE.has(lower) || FIRST_NAMES.has(lower)) return false;
  if (/(tion|tions|ment|ments|ness|ity|ies|ing|ings|ed|ly|ous|ive|ful|less|able|ible|ism|ist|ists|ance|ence)$/.test(lower)) {
    return true;
  }
  if (!lower.endsWith('s') || lower.length < 5) return false;
  const stem = lower.slice(0, -1);
  return COMMON_WORDS.has(stem) || FAMILIAR_WORDS.has(stem) || docLower.has(stem);
}

/**
 * Is this capitalised word an ordinary word here? Not when the document writes it capitalised inside sentences
 * and never in lower case ("Apple" in a story about the company).
 */
export function isOrdinary(token: Token, memory: DocumentMemory): boolean {
  if (memory.docNames.has(token.text) && !memory.docLower.has(token.lower) && !CLOSED_CLASS.has(token.lower)) return false;
  return looksCommon(token.lower, memory.docLower);
}

/** Suffixes English words are derived by, and what their stems may end in: "explorer" ← "explore", "socialist" ← "social". */
const DERIVATIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['s', ['']], ['es', ['']], ['ies', ['y']], ['er', ['', 'e']], ['ers', ['', 'e']], ['or', ['', 'e']], ['ist', ['', 'e']], ['ists', ['', 'e']],
  ['ism', ['', 'e']], ['ing', ['', 'e']], ['ed', ['', 'e']], ['ly', ['', 'le']], ['ness', ['']], ['ment', ['']], ['al', ['', 'e']],
];

function inLexicon(lower: string, docLower: ReadonlySet<string>): boolean {
  return COMMON_WORDS.has(lower) || FAMILIAR_WORDS.has(lower) || FUNCTION_WORDS.has(lower) || docLower.has(lower);
}

/**
 * Is the lower-cased word English: in a lexicon, written in lower case in the document, or built from such a word
 * by a suffix? Stricter than `looksCommon`, which takes any word with an English ending ("Meiling", "Daly").
 */
export function isDictionaryWord(lower: string, docLower: ReadonlySet<string>): boolean {
  if (inLexicon(lower, docLower)) return true;
  for (const [suffix, endings] of DERIVATIONS) {
    if (!lower.endsWith(suffix) || lower.length - suffix.length < 3) continue;
    const stem = lower.slice(0, -suffix.length);
    if (endings.some((ending) => inLexicon(stem + ending, docLower))) return true;
    // "shopper", "planning": a consonant doubled before the suffix.
    if (stem.length >= 4 && stem.at(-1) === stem.at(-2) && inLexicon(stem.slice(0, -1), docLower)) return true;
  }
  return false;
}

/** "photographer", "striker", "epidemiologist": a noun for a kind of person. */
export function isPersonNoun(lower: string): boolean {
  return PERSON_NOUNS.has(lower) || PERSON_ROLES.has(lower) || MORE_PERSON_NOUNS.has(lower) || /.(ologist|ician)$/.test(lower);
}

/** Within a few words after `index`, before any punctuation: ", currently chief financial officer", ", a nurse". */
function personNounFollows(tokens: Token[], index: number): boolean {
  for (let k = index; k < index + 4; k++) {
    const token = tokens[k];
    if (!token?.word || token.capitalised) return false;
    if (isPersonNoun(token.lower)) return true;
  }
  return false;
}

/** Prepositions of place: a name after one is a place's, whatever its shape ("in Nuevo León"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'inside', 'around', 'throughout']);

/** Verbs of winning: "won the Golden Bear", "lifted the Stanley Cup". */
const PRIZE_VERBS = new Set(['won', 'win', 'wins', 'winning', 'awarded', 'lifted', 'claimed', 'clinched', 'scooped']);

/** Words before "in" that make what follows a company: "shares in", "a stake in". */
const INVESTMENT_WORDS = new Set(['shares', 'share', 'stake', 'stakes', 'invest', 'invested', 'investing', 'investment', 'investments', 'interest', 'holding', 'holdings', 'job', 'work', 'worked', 'working']);

/** Determiners and possessives: a person's name takes none ("the Sea Org", "their Savage Love column"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'its', 'their', 'our', 'his', 'her', 'my', 'your']);

/** Endings of English nouns that names almost never have ("Destruction", "Psychology"). */
const ENGLISH_NOUN_ENDING = /.(tion|sion|ment|ness|ity|ogy|ics|ism|ance|ence|ship|hood|ture)$/;

/**
 * How strongly a two- or three-word capitalised run with no organisation word reads as a person's name. `shape`:
 * a family name no dictionary holds ("Dries Mertens"), a given name ("Frank Rack"), the last word used alone
 * elsewhere. `frame`: words only people take around it ("X scored", "interviews X", ", a nurse", ", 58,", "X, he").
 * "Internet Explorer", "Pacific Standard" and "the Savage Love column" score nothing.
 */
export function personEvidence(context: SentenceContext, from: number, to: number): { shape: number; frame: number } {
  const none = { shape: 0, frame: 0 };
  const { tokens, memory } = context;
  if (to - from < 2 || to - from > 3) return none;
  const words = tokens.slice(from, to);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const thingWord = (t: Token): boolean =>
    t.upper || ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || EVENT_HEADS.has(t.lower) || /\p{N}/u.test(t.text) || COUNTRY_FORMS.has(t.text);
  if (words.some(thingWord) || NAMED_THING_HEADS.has(first.lower) || COMPASS_POINTS.has(first.lower)) return none;
  const before = tokens[from - 1];
  // "that Eberhard Gruen and his colleagues used": "that" opens a clause there, it determines nothing.
  const clause = before?.lower === 'that' && partnerFollows(tokens, to);
  if (before && DETERMINERS.has(before.lower) && !clause) return none;
  // "Voters in Nuevo León": what people are in is a place.
  if (before && PLACE_PREPOSITIONS.has(before.lower)) return none;
  const givenName = FIRST_NAMES.has(first.lower) || NAMES_THAT_ARE_WORDS.has(first.lower);
  // "English Wikipedia", "Civic Passion": an adjective is no given name.
  if (!givenName && (ADJECTIVES.has(first.lower) || /(ic|ive|ese|ish)$/.test(first.lower))) return none;
  const { docLower } = memory;
  // "Médecins Sans Frontières": an ordinary word inside a three-word name is no given or family name.
  const middle = words.length === 3 ? words[1]! : undefined;
  if (middle && isDictionaryWord(middle.lower, docLower) && !FIRST_NAMES.has(middle.lower) && !LAST_NAMES.has(middle.lower)) return none;
  const foreign = (t: Token): boolean => !isDictionaryWord(t.lower, docLower) && !PLACES.has(t.lower) && !ENGLISH_NOUN_ENDING.test(t.lower);
  const foreignFirst = foreign(first);
  // "Frank Messina": a family name may be a town's name too.
  const foreignLast = (foreign(last) || (givenName && PLACES.has(last.lower) && !isDictionaryWord(last.lower, docLower))) && last.text.length >= 3;
  let shape = 0;
  if (foreignLast) shape += 2;
  // "Junius Ho", "Cyd Ho": a two-letter family name after a given name no dictionary holds.
  else if (last.text.length === 2 && foreignFirst) shape += 1;
  if (givenName) shape += 2;
  else if (foreignFirst) shape += 1;
  // "Wu Meiling": a family name written first.
  if (LAST_NAMES.has(first.lower) && first.text.length <= 4) shape += 1;
  // People are later called by their family name, companies by their first word ("Northrop").
  const firstSolo = memory.docSolo.has(first.text);
  const lastSolo = memory.docSolo.has(last.text);
  if (lastSolo && !firstSolo && foreignLast) shape += 2;
  // ... though an interviewer calls a person by the given name ("Hey Frank").
  else if (firstSolo && !lastSolo && !givenName) shape -= 2;
  let frame = 0;
  const after = tokens[to];
  const afterNext = tokens[to + 1];
  // Companies speak too ("Gazprom Neft said"): speech is half the evidence a person's own verbs are.
  if (after?.word && !after.capitalised && PERSON_VERBS.has(after.lower)) frame += 2;
  else if (after?.word && !after.capitalised && SAY_VERBS.has(after.lower)) frame += 1;
  else if (after?.text === ',' && afterNext && (/^\p{N}{1,3}$/u.test(afterNext.text) || afterNext.lower === 'he' || afterNext.lower === 'she' || personNounFollows(tokens, to + 1))) {
    frame += 2;
  }
  // "X and his colleagues", "X and her husband": only people have them.
  else if (partnerFollows(tokens, to)) frame += 2;
  if (before && (PERSON_INTRODUCERS.has(before.lower) || (before.lower === 'to' && tokens[from - 2]?.lower === 'according'))) frame += 2;
  return { shape, frame };
}

/** "and his colleagues", "and her husband" right after token `to`. */
function partnerFollows(tokens: Token[], to: number): boolean {
  const possessive = tokens[to + 1]?.lower;
  return tokens[to]?.lower === 'and' && (possessive === 'his' || possessive === 'her');
}

/** Place and event heads that are common family names too ("Lauryn Hill", "Stuart Hall", "Doris Day"). */
const SURNAME_HEADS = new Set(['hill', 'hall', 'park', 'lane', 'bay', 'street', 'day', 'brook']);

/**
 * "Marc Lamont Hill", "Lauryn Hill said": a given name, then a family name that is also a place's head word. Only with
 * a middle name no dictionary holds or a frame only people take, since "Victoria Park" and "Grant Park" are places.
 */
function surnameHeadPerson(context: SentenceContext, from: number, to: number): boolean {
  const { tokens, memory } = context;
  if (to - from < 2 || to - from > 3 || !SURNAME_HEADS.has(tokens[to - 1]!.lower)) return false;
  const words = tokens.slice(from, to);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (last.upper) return false;
  if (!FIRST_NAMES.has(first.lower) || PLACES.has(first.lower) || COUNTRY_FORMS.has(first.text)) return false;
  if (DETERMINERS.has(tokens[from - 1]?.lower ?? '') || PLACE_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '')) return false;
  const middle = words.length === 3 ? words[1]! : undefined;
  if (middle) return !middle.upper && (FIRST_NAMES.has(middle.lower) || !isDictionaryWord(middle.lower, memory.docLower)) && !PLACES.has(middle.lower);
  const after = tokens[to];
  return (after?.word === true && !after.capitalised && (SAY_VERBS.has(after.lower) || PERSON_VERBS.has(after.lower))) || partnerFollows(tokens, to);
}

export interface DocumentMemory {
  /** Lower-cased words of names of people found with confidence. */
  personWords: Set<string>;
  /** Lower-cased full names of organisations found, and acronyms defined in the text. */
  organizations: Map<string, string | undefined>;
  /** Indices of the tokens inside organisation names found with the first reading ("The New York Times"). */
  organizationTokens: Set<number>;
  /** Lower-cased first words of those names ("douglas" of "Douglas Aircraft"): a company is called by its first word. */
  organizationFirstWords: Set<string>;
  /** Acronym → expansion and its type, from "National Intelligence Service (NIS)". */
  acronyms: Map<string, { expansion: string; type: EntityType }>;
  /** Lower-cased words seen written in lower case in the document. */
  docLower: Set<string>;
  /** Words seen capitalised inside sentences (not first): names, whatever a dictionary says. */
  docNames: Set<string>;
  /** How often each capitalised word occurs in the document. */
  docCounts: Map<string, number>;
  /** Number of words in the document. */
  docWords: number;
  /** Capitalised words seen on their own, with no capitalised word beside them ("Northrop", "Jobs"). */
  docSolo: Set<string>;
}

interface CountryMatch {
  length: number;
  entry: CountryEntry;
}

/** Every beginning of a country form: a run whose text begins no form cannot be lengthened into one. */
const COUNTRY_FORM_PREFIXES = new Set<string>();
for (const form of COUNTRY_FORMS.keys()) for (let end = 1; end <= form.length; end++) COUNTRY_FORM_PREFIXES.add(form.slice(0, end));
const WHITESPACE_RUN = /\s+/g;
const CURLY_APOSTROPHE = /’/g;
function countryKey(surface: string): string {
  return surface.replace(WHITESPACE_RUN, ' ').replace(CURLY_APOSTROPHE, "'");
}

/** Longest country form starting at token i (same sentence, tokens adjacent with at most one space). */
function matchCountry(tokens: Token[], i: number, limit: number, text: string): CountryMatch | undefined {
  const first = tokens[i];
  if (!first?.word || !first.capitalised || !COUNTRY_FIRST_WORDS.has(first.text)) return undefined;
  const longest = Math.min(COUNTRY_MAX_TOKENS, limit - i);
  // Lengthen the run only while its key still begins some form: a longer run's key begins with a shorter run's key,
  // and a line break stays in every longer run, so nothing beyond the reach can match.
  let reach = Math.min(longest, 1);
  for (let length = 2; length <= longest; length++) {
    const surface = text.slice(first.start, tokens[i + length - 1]!.end);
    if (surface.includes('\n') || !COUNTRY_FORM_PREFIXES.has(countryKey(surface))) break;
    reach = length;
  }
  for (let length = reach; length >= 1; length--) {
    const last = tokens[i + length - 1]!;
    if (!last.word) continue;
    const surface = text.slice(first.start, last.end);
    if (surface.includes('\n')) continue;
    const entry = COUNTRY_FORMS.get(length === 1 ? surface : countryKey(surface));
    if (entry) return { length, entry };
  }
  return undefined;
}

/** Compass adjectives: after a country's name they end a company's name ("China Eastern"). */
const COMPASS_ADJECTIVES = new Set(['eastern', 'western', 'northern', 'southern']);

/** Heads of sporting events named by a demonym ("French Open", "Japanese Grand Prix", "Asian Cup"). */
const SPORTING_EVENTS = new Set(['open', 'cup', 'masters', 'marathon', 'grand', 'championship', 'championships', 'classic', 'derby', 'rally']);

/** Heads of names given in someone's honour ("Bill Gates Foundation", "Nobel Prize", "John Hopkins School"). */
const NAMED_FOR_PEOPLE = new Set(['foundation', 'institute', 'centre', 'center', 'trust', 'fund', 'prize', 'award', 'museum', 'school', 'college', 'university', 'library', 'hospital']);

/** Nouns for groups of people: "the Lao People's Army" has no family name in it. */
const COLLECTIVE_NOUNS = new Set(['people', 'folk', 'public', 'crowd', 'family', 'nation', 'tribe', 'clan', 'youth']);

/** Corporate suffixes some papers write in lower case ("Unilever plc"). */
const CORPORATE_SUFFIXES = new Set(['plc', 'ltd', 'llc', 'inc', 'gmbh', 'ag', 'nv', 'bv', 'spa', 'sa']);

/** Legal forms written in mixed case, as they are written only: "Marchetti & Figli SpA" (not the town of Spa). */
const MIXED_CASE_LEGAL_FORMS = new Set(['SpA', 'KGaA', 'Bhd', 'Tbk', 'Oyj']);

/** Legal forms written as initials: a head only in capitals ("Siemens AG"), else a name's particle ("Ag", "Sa"). */
const LEGAL_INITIALISMS = new Set(['ag', 'sa', 'nv', 'bv', 'asa']);

/** Words that name a multi-sport event before "Games". */
const GAMES_EVENT_WORDS = new Set([
  'olympic', 'paralympic', 'commonwealth', 'asian', 'african', 'european', 'pan', 'winter', 'summer', 'youth', 'world',
  'mediterranean', 'island', 'invictus', 'special', 'arab', 'pacific', 'goodwill', 'hunger', 'highland', 'x',
]);

/** Titles that are also common family names. */
const ROLE_SURNAMES = new Set(['king', 'bishop', 'major', 'dean', 'marshal', 'chancellor', 'pope', 'cook', 'judge', 'sheriff', 'prince', 'knight', 'abbot']);

/** Verbs of being or moving somewhere: a capital after them and "from" is the city. */
const WHENCE_VERBS = new Set([
  'work', 'works', 'worked', 'working', 'operate', 'operates', 'operated', 'flew', 'fly', 'flies', 'flown', 'travelled',
  'traveled', 'returned', 'returns', 'arrived', 'arrives', 'moved', 'moves', 'fled', 'drove', 'sailed', 'commute', 'commutes',
  'reported', 'reporting', 'broadcast', 'broadcasting', 'live', 'lives', 'lived', 'departed', 'relocated',
]);

/** Verbs of events held somewhere: "at" after one introduces a venue, not an employer. */
const VENUE_VERBS = new Set(['played', 'play', 'plays', 'held', 'staged', 'hosted', 'won', 'lost', 'drew', 'beat', 'married', 'performed', 'opened']);

/** "Jr", "Sr", "III": a suffix that tells a family's generations apart. */
const GENERATIONAL_SUFFIX = /^(Jr|Sr|II|III|IV)$/;

/** Military commands whose names are made of title words ("General Staff"), as lower-cased words. */
const STAFF_COMMANDS: ReadonlyArray<readonly string[]> = [['joint', 'chiefs', 'of', 'staff'], ['general', 'staff']];
const STAFF_COMMAND_STARTS = new Set(STAFF_COMMANDS.map((words) => words[0]!));

/** Lower-case words for kinds of political organisation, written after their names ("the Georgian Dream party"). */
const PARTY_KINDS = new Set(['party', 'movement', 'alliance', 'coalition', 'bloc']);

/** Combining forms of countries' names, written before a hyphen and a demonym ("Sino-Japanese"), and their countries. */
const COMBINING_COUNTRY_FORMS = new Map([
  ['Sino', 'China'], ['Franco', 'France'], ['Russo', 'Russia'], ['Anglo', 'United Kingdom'], ['Italo', 'Italy'], ['Greco', 'Greece'],
  ['Turco', 'Turkey'], ['Germano', 'Germany'], ['Austro', 'Austria'], ['Indo', 'India'], ['Luso', 'Portugal'], ['Hispano', 'Spain'],
  ['Polono', 'Poland'], ['Nippo', 'Japan'],
]);

/** "al-Saud", "el-Sisi": a family name with the Arabic article glued on in lower case. */
const ARABIC_ARTICLE = /^(al|el|ad|ash|as|at|az|ul)-\p{Lu}/u;

/** "d'Ettorre", "l'Aquila": an elided particle glued to a name (compiled once: it is tried on every lower-case word). */
const ELIDED_PARTICLE = /^(d|l|dell|all)['’]\p{Lu}/u;
function isNameWord(token: Token): boolean {
  return token.word && (token.capitalised || ELIDED_PARTICLE.test(token.text));
}

export interface SentenceContext {
  text: string;
  tokens: Token[];
  from: number;
  to: number;
  memory: DocumentMemory;
  /** A title-case headline: capitalised ordinary words are not names there. */
  headline: boolean;
  /** A line written in capitals: only countries and well-known acronyms can be told apart there. */
  shouting: boolean;
}

/**
 * Mentions in one sentence. Single unknown words are returned in `pending` and settled by `settleSingle`
 * once the whole document has been read.
 */
export function findCandidates(context: SentenceContext): { candidates: Candidate[]; pending: number[] } {
  const { text, tokens, from, to, memory } = context;
  const candidates: Candidate[] = [];
  const pending: number[] = [];

  // First word of the sentence (after quotes, dashes, '#'): a capital there says nothing.
  let firstWord = from;
  while (firstWord < to && !tokens[firstWord]!.word) firstWord++;

  const isChunkWord = (i: number): boolean => {
    const token = tokens[i]!;
    if (!isNameWord(token)) return false;
    // "Theresa May", "April Ryan": a month or a modal between names is a name.
    // ... but "Tom I think" is the pronoun, unless a title makes it a regnal number ("King George I").
    const pronoun = token.text === 'I' && !(tokens[i - 2] !== undefined && isRole(tokens[i - 2]!));
    if ((NEVER_NAMES.has(token.lower) || CLOSED_CLASS.has(token.lower)) && !token.upper && !pronoun && isNameBetweenNames(tokens, i)) return true;
    if (NEVER_NAMES.has(token.lower) || (CLOSED_CLASS.has(token.lower) && !token.upper) || CONTRACTION.test(token.text)) return false;
    // "Ahmed Karimi Image: Reuters": a caption's label.
    if (CAPTION_LABELS.has(token.lower) && tokens[i + 1]?.text === ':') return false;
    // "Indo-Pacific", "Euro-Atlantic": adjectives built on combining forms.
    if (COMBINING_FORM.test(token.text)) return false;
    // "0 Comments", "3 Reasons": a counted thing.
    // ... but not "2012 Wikinews interviewed": a year, then a name.
    if (i > from && /^\p{N}+$/u.test(tokens[i - 1]!.text) && !token.upper && token.lower.endsWith('s') && !matchCountry(tokens, i, to, text) &&
      (!/^(1[89]|20)\p{N}\p{N}$/u.test(tokens[i - 1]!.text) || isDictionaryWord(token.lower, memory.docLower))) {
      return false;
    }
    // The period of "Prof." or "Bros." opens nothing.
    const abbreviated = tokens[i - 1]?.text === '.' && (TITLE_ABBREVIATIONS.has(tokens[i - 2]?.lower ?? '') || tokens[i - 2]?.lower === 'bros');
    const initial = i === firstWord || (i > from && OPENERS.has(tokens[i - 1]!.text) && !abbreviated) || context.headline;
    if (initial && !token.upper && isOrdinary(token, memory)) {
      // "Professor Cres Eastman said", "Air China flew": a title or a head word starting the sentence still
      // introduces a name.
      const following = tokens[i + 1];
      const nameFollows = following?.capitalised === true && following.word && !following.newlineBefore;
      if ((isRole(token) || ORG_HEADS.has(token.lower)) && nameFollows) return true;
      // "Alvin Yeung of Civic Party" as a caption: in a line of capitals, a head word still ends the name before it.
      const before = tokens[i - 1];
      if (i > firstWord && ORG_HEADS.has(token.lower) && before?.word && before.capitalised && !before.newlineBefore && !isOrdinary(before, memory)) return true;
      // "University of Melbourne epidemiologist ...": a head word and its "of" part.
      if (ORG_HEADS.has(token.lower) && (following?.lower === 'of' || following?.lower === 'for') && tokens[i + 2]?.capitalised && !tokens[i + 2]!.newlineBefore) {
        return true;
      }
      // "Von Alvensleben will stay": a name's particle starting the sentence.
      if (NAME_PARTICLES.has(token.lower) && nameFollows && !isOrdinary(following, memory)) return true;
      // "Apple Computer announced", "Apple unveils new laptops": a recurring name that starts its sentences.
      if (nameFollows && ORG_HEADS.has(following.lower)) return true;
      // "Apple CEO Tim Cook": the institution of a title.
      if (nameFollows && isPersonRole(following) && !isRole(token)) return true;
      // "World Athletics president Sebastian Coe": a two-word institution before a lower-case title.
      const third = tokens[i + 2];
      if (nameFollows && third?.word && !third.capitalised && isPersonRole(third) && !isRole(token) && !isRole(following)) return true;
      // "Known to friends as "Dot," she ...": a name in quotes after how people call the subject.
      if (before !== undefined && OPENING_QUOTES.has(before.text) && tokens[i - 2]?.lower === 'as' && knownToOpensSentence(tokens, i - 2)) return true;
      // "Congress leader K. Venkatesh Rao", "Parliament speaker ...": a legislature before a lower-case title.
      if (LEGISLATURES.has(token.lower) && legislatureBeforeTitle(tokens, i)) return true;
      if (actsAsSubject(token, following, memory)) return true;
      // Still a name if it is a country form, a first name followed by a name, or an organisation head word.
      if (matchCountry(tokens, i, to, text)) return true;
      const next = tokens[i + 1];
      if (FIRST_NAMES.has(token.lower) && next && next.capitalised && next.word && !next.newlineBefore) return true;
      // "Frank Rack got in touch": a given name that is also a word, before a family name no dictionary holds.
      if (NAMES_THAT_ARE_WORDS.has(token.lower) && next?.capitalised && next.word && !next.newlineBefore && !next.upper &&
        !isDictionaryWord(next.lower, memory.docLower) && !ORG_HEADS.has(next.lower) && !PLACES.has(next.lower)) {
        return true;
      }
      return false;
    }
    return true;
  };

  if (context.shouting) {
    findInCapitals(context, candidates);
    return { candidates, pending };
  }

  let i = from;
  while (i < to) {
    // "Democratic People's Republic of Korea", "Bosnia and Herzegovina": a country name with a possessive or a
    // lower-case word inside it, which would end a chunk.
    const country = tokens[i]!.capitalised ? matchCountry(tokens, i, to, text) : undefined;
    if (country && tokens.slice(i, i + country.length).some((t) => !t.word || !t.capitalised)) {
      // "in Washington, D.C.": the city, not its government.
      const place = country.entry.form === 'capital' && i > from && LOCATIVES.has(tokens[i - 1]!.lower);
      if (!place) candidates.push({ from: i, to: i + country.length, type: 'country', rule: `country-${country.entry.form}`, canonical: country.entry.canonical });
      i += country.length;
      continue;
    }
    // "Sino-Russian ties", "the Franco-German treaty": a country's combining form before a hyphen and a demonym.
    // Every combining form is capitalised: most words are spared the lookup.
    const combining = tokens[i]!.capitalised ? COMBINING_COUNTRY_FORMS.get(tokens[i]!.text) : undefined;
    const joined = tokens[i + 1];
    const partner = tokens[i + 2];
    if (combining && joined?.text === '-' && joined.attached && partner?.attached && COUNTRY_FORMS.get(partner.text)?.form === 'demonym') {
      const entry = COUNTRY_FORMS.get(combining);
      if (entry) candidates.push({ from: i, to: i + 1, type: 'country', rule: 'country-combining-form', canonical: entry.canonical });
      i++;
      continue;
    }
    if (!isChunkWord(i)) {
      i++;
      continue;
    }
    // Grow the chunk.
    let end = i + 1;
    let nickname: { given: number; end: number } | undefined;
    while (end < to) {
      const token = tokens[end]!;
      if (token.newlineBefore) break;
      // 'Exequiel "Chino" Barrionuevo': a nickname in quotes between a given name and a family name.
      const nicknamed = nicknameBetween(context, end);
      if (nicknamed) {
        nickname = nicknamed;
        end = nicknamed.end;
        break;
      }
      if (isChunkWord(end) && !token.attached) {
        end++;
        continue;
      }
      if (isChunkWord(end) && token.attached && tokens[end - 1]!.text === '.') {
        break;
      }
      // "Korean People's Army", "People's Bank of China": the possessive inside a name made for a people.
      if (/^['’]s$/.test(token.text) && token.attached && tokens[end - 1]!.text === 'People' && end + 1 < to && isChunkWord(end + 1) && !tokens[end + 1]!.attached) {
        end += 2;
        continue;
      }
      // "St Brennan's Hospital", "King's College", "Pensioners' League", "Workers' Party": a possessive inside the
      // name of an institution, whose head follows it.
      if (/^['’]s?$/.test(token.text) && token.attached && end + 1 < to && isChunkWord(end + 1) && !tokens[end + 1]!.attached &&
        isInstitutionPossessive(tokens, end)) {
        end += 2;
        continue;
      }
      // "Unilever plc", "Siemens ag": a corporate suffix written in lower case ends the name.
      if (CORPORATE_SUFFIXES.has(token.text) && !token.attached) {
        end++;
        break;
      }
      // "Khalid bin Farhan al-Saud": the Arabic article written in lower case, inside a name.
      if (ARABIC_ARTICLE.test(token.text) && !token.attached) {
        end++;
        continue;
      }
      // "Prof. Patrizia d'Ettorre", "Sen. Lisa Murkowski": a title's abbreviation and its period.
      if (token.text === '.' && token.attached && TITLE_ABBREVIATIONS.has(tokens[end - 1]!.lower) && end + 1 < to && isChunkWord(end + 1)) {
        end += 2;
        continue;
      }
      // "Warner Bros. Discovery": a company's abbreviation and its period inside its name.
      if (token.text === '.' && token.attached && tokens[end - 1]!.lower === 'bros' && end + 1 < to && isChunkWord(end + 1)) {
        end += 2;
        continue;
      }
      // "Mario J. Lucero": a single-letter initial and its period.
      if (token.text === '.' && token.attached && /^\p{Lu}$/u.test(tokens[end - 1]!.text) && end + 1 < to && isChunkWord(end + 1) && tokens[end + 1]!.capitalised) {
        end += 2;
        continue;
      }
      // "Institute of Allergy and Infectious Diseases": "and" inside an organisation's "of" part.
      // ... but not "Institute of Technology and Colorado State University": a second organisation.
      if (token.lower === 'and' && end + 1 < to && isChunkWord(end + 1) && inOrgOfPart(tokens, i, end) && !startsOrganization(tokens, end + 1, to)) {
        end += 2;
        continue;
      }
      // "Ministry of Economy, Trade and Industry": the fields listed in a body's "of" part, the last after "and".
      if (token.text === ',' && inOrgOfPart(tokens, i, end)) {
        const listEnd = fieldListEnd(tokens, end, to);
        if (listEnd > end) {
          end = listEnd;
          continue;
        }
      }
      // "European Aeronautic Defence and Space Company", "Irish Nurses and Midwives Organisation": "and" between
      // the words of a name that a head word ends.
      if ((token.lower === 'and' || token.text === '&') && andInsideName(tokens, i, end, to)) {
        end += 2;
        continue;
      }
      // Joiners must be followed by a name word.
      if (!token.capitalised && (NAME_PARTICLES.has(token.lower) || ORG_JOINERS.has(token.lower))) {
        let look = end;
        while (look < to && !tokens[look]!.capitalised && (NAME_PARTICLES.has(tokens[look]!.lower) || ORG_JOINERS.has(tokens[look]!.lower))) look++;
        if (look < to && look - end <= 3 && isChunkWord(look) && !tokens[look]!.newlineBefore) {
          end = look + 1;
          continue;
        }
      }
      break;
    }
    const before = candidates.length;
    if (nickname) {
      if (nickname.given > i) readChunk(context, i, nickname.given, candidates, pending);
      candidates.push({ from: nickname.given, to: nickname.end, type: 'person', rule: 'nickname' });
      i = end;
      continue;
    }
    readChunk(context, i, end, candidates, pending);
    // "Thomas J. Feldstein Jr.": a generational suffix keeps its period.
    for (let k = before; k < candidates.length; k++) {
      const candidate = candidates[k]!;
      const period = tokens[candidate.to];
      if (candidate.type === 'person' && /^(Jr|Sr)$/.test(tokens[candidate.to - 1]!.text) && period?.text === '.' && period.attached && candidate.to < to) candidate.to++;
    }
    // "Human Rights Watch called ...": a capitalised ordinary word opening the sentence right before a guessed
    // organisation's name of two words or more is the name's first word.
    const opened = candidates[before];
    if (opened && opened.from - 1 === firstWord && opened.from - 1 >= i - 1 && opened.type === 'organization' && opened.to - opened.from >= 2 &&
      (opened.rule === 'org-head' || opened.rule === 'capitalised-phrase' || opened.rule === 'plural-name') && opensName(tokens[firstWord]!)) {
      opened.from = firstWord;
    }
    i = end;
  }
  return { candidates, pending };
}

const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSING_NICKNAME_QUOTES = new Set(['"', '”', '’', "'"]);

/**
 * 'Exequiel "Chino" Barrionuevo', "Dorothy 'Dot' Hale": at the opening quote `quote`, one or two capitalised words in
 * quotes between a given name (the word before) and a family name (one or two words after, no dictionary word
 * among them). Returns where the given name starts and where the name ends.
 */
function nicknameBetween(context: SentenceContext, quote: number): { given: number; end: number } | undefined {
  const { tokens, to, memory } = context;
  const open = tokens[quote]!;
  const given = tokens[quote - 1];
  if (!OPENING_QUOTES.has(open.text) || open.attached || !given?.word || !given.capitalised || given.upper || isRole(given) || ORG_HEADS.has(given.lower)) return undefined;
  if (FUNCTION_WORDS.has(given.lower) || CLOSED_CLASS.has(given.lower) || COUNTRY_FORMS.has(given.text)) return undefined;
  let k = quote + 1;
  while (k < quote + 3 && k < to && tokens[k]!.word && tokens[k]!.capitalised && !tokens[k]!.newlineBefore) k++;
  const close = tokens[k];
  if (k === quote + 1 || !close || !CLOSING_NICKNAME_QUOTES.has(close.text) || !close.attached) return undefined;
  let end = k + 1;
  const familyWord = (t: Token | undefined): boolean => t !== undefined && t.word && t.capitalised && !t.upper && !t.attached && !ORG_HEADS.has(t.lower) &&
    !COUNTRY_FORMS.has(t.text) && (LAST_NAMES.has(t.lower) || !isDictionaryWord(t.lower, memory.docLower));
  while (end < k + 3 && end < to && familyWord(tokens[end])) end++;
  if (end === k + 1) return undefined;
  // "Edson "Tico" Carvalho da Silva": particles and the family names after them.
  while (end + 1 < to && NAME_PARTICLES.has(tokens[end]!.text) && familyWord(tokens[end + 1])) end += 2;
  // The given name may be the second of two ("Mary Jo 'MJ' Ortiz"), after any title.
  let start = quote - 1;
  if (tokens[start - 1]?.word && tokens[start - 1]!.capitalised && FIRST_NAMES.has(tokens[start - 1]!.lower) && !isRole(tokens[start - 1]!)) start--;
  return { given: start, end };
}

/**
 * "Robert Kyagulanyi, known as Bobi Wine,", "Edson Carvalho, nicknamed "Tico"": a name given as another name of the
 * person just named (the sentence's last candidate, ending right before the comma).
 */
function isAliasOfPerson(tokens: Token[], from: number, to: number, out: readonly Candidate[]): boolean {
  let k = from - 1;
  if (tokens[k] && OPENING_QUOTES.has(tokens[k]!.text)) k--;
  if (tokens[k]?.lower === 'as' && ['known', 'better', 'also'].includes(tokens[k - 1]?.lower ?? '')) {
    k -= 2;
    while (k > from - 6 && (tokens[k]?.lower === 'known' || tokens[k]?.lower === 'better' || tokens[k]?.lower === 'also')) k--;
  } else if (tokens[k]?.lower === 'as' && knownToOpensSentence(tokens, k)) {
    // "Known to friends as "Dot," she ...": the sentence's subject, a person, is named after the phrase.
    let after = to;
    while (after < to + 3 && tokens[after] && !tokens[after]!.word) after++;
    return ['she', 'he'].includes(tokens[after]?.lower ?? '');
  } else if (tokens[k]?.lower === 'nicknamed' || tokens[k]?.lower === 'alias') {
    k--;
  } else {
    return false;
  }
  if (tokens[k]?.text !== ',') return false;
  const named = out[out.length - 1];
  return named !== undefined && named.type === 'person' && named.to === k;
}

/** "Known to friends as", "Known to her students as": a sentence opened by how people call its subject (`as` at `as`). */
function knownToOpensSentence(tokens: Token[], as: number): boolean {
  for (let k = as - 1; k >= as - 4 && k >= 0; k--) {
    const token = tokens[k]!;
    if (token.text === 'Known' && (k === 0 || OPENERS.has(tokens[k - 1]!.text) || tokens[k]!.newlineBefore)) return tokens[k + 1]?.lower === 'to';
    if (!token.word || token.capitalised) return false;
  }
  return false;
}

/** "Congress leader K. Venkatesh Rao": a lower-case title, then a name, after the word at `i`. */
function legislatureBeforeTitle(tokens: Token[], i: number): boolean {
  const title = tokens[i + 1];
  const name = tokens[i + 2];
  return title?.word === true && title.text === title.lower && isPersonRole(title) && name?.word === true && name.capitalised;
}

/** Owners that take a possessive inside an institution's name: "St Mary's", "King's", "Queen's". */
const POSSESSIVE_OWNERS = new Set(['king', 'queen', 'people']);
const SAINTS = new Set(['st', 'saint', 'st.']);
/** Heads of bodies named for their members in the plural: "Pensioners' League", "Farmers' Union". */
const MEMBERS_HEADS = new Set(['party', 'league', 'union', 'movement', 'association', 'federation', 'alliance', 'front', 'council', 'society', 'guild', 'congress', 'club', 'cooperative']);

/**
 * Is the possessive at `at` inside an institution's name: a saint's, a monarch's or a plural noun's ("Pensioners'"),
 * followed by the institution's head ("St Brennan's Hospital", "Workers' Party")? Not "Keldermann's board".
 */
function isInstitutionPossessive(tokens: Token[], at: number): boolean {
  const owner = tokens[at - 1];
  const head = tokens[at + 1];
  if (!owner?.word || !owner.capitalised || !head?.word || !head.capitalised || !ORG_HEADS.has(head.lower)) return false;
  if (tokens[at]!.text.length === 1) return /\p{Ll}s$/u.test(owner.text) && MEMBERS_HEADS.has(head.lower) && !LAST_NAMES.has(owner.lower);
  const beforeOwner = tokens[at - 2];
  return POSSESSIVE_OWNERS.has(owner.lower) || (beforeOwner !== undefined && SAINTS.has(beforeOwner.lower) && beforeOwner.capitalised);
}

/** Could this capitalised word, which starts its sentence, be the first word of the name after it? */
function opensName(token: Token): boolean {
  const lower = token.lower;
  if (!token.word || !token.capitalised || token.upper || FUNCTION_WORDS.has(lower) || CLOSED_CLASS.has(lower) || NEVER_NAMES.has(lower)) return false;
  return !(CAPTION_LABELS.has(lower) || isPersonRole(token) || HONORIFICS.has(lower) || COUNTRY_FORMS.has(token.text) || /([^s]s|ly|ed|ing)$/.test(lower));
}

/**
 * Entities named inside an organisation's name are mentions too: the founder in "Andy Warhol Foundation", the
 * country in "Medical Journal of Australia".
 */
function emitNested(tokens: Token[], text: string, from: number, head: number, last: number, out: Candidate[], docLower: ReadonlySet<string>): void {
  if (head - from >= 2 && head - from <= 3 && FIRST_NAMES.has(tokens[from]!.lower)) {
    const name = tokens.slice(from, head);
    // "Rosario Grain Exchange" is a town's exchange; foundations, prizes and schools are named for people.
    const family = tokens[head - 1]!;
    const forPerson = !isDictionaryWord(family.lower, docLower) || NAMED_FOR_PEOPLE.has(tokens[head]!.lower);
    if (forPerson && name.every((t) => t.capitalised && !t.upper && !ORG_HEADS.has(t.lower) && !isRole(t))) {
      out.push({ from, to: head, type: 'person', rule: 'person-in-organization' });
    }
  } else if (head - from > 3 && FIRST_NAMES.has(tokens[from]!.lower)) {
    // "Andy Warhol Photographic Legacy Program": the given name and the family names no dictionary holds.
    let end = from + 1;
    const familyName = (t: Token): boolean =>
      t.capitalised && !t.upper && !isDictionaryWord(t.lower, docLower) && !ENGLISH_NOUN_ENDING.test(t.lower) && !/(ic|al|ive|ous|ary)$/.test(t.lower);
    while (end < from + 3 && familyName(tokens[end]!)) end++;
    if (end - from >= 2) out.push({ from, to: end, type: 'person', rule: 'person-in-organization' });
  }
  // "Department of Physics of the University of Manitoba": the institution a unit belongs to is named in its own right.
  for (let j = head + 3; j < last; j++) {
    if (!(tokens[j - 1]!.lower === 'of' || (tokens[j - 1]!.lower === 'the' && tokens[j - 2]?.lower === 'of'))) continue;
    if (!tokens.slice(head + 1, j - 1).some((t) => t.lower === 'of')) continue;
    if (INSTITUTION_HEADS.has(tokens[j]!.lower) && tokens[j + 1]?.lower === 'of' || startsOrganization(tokens, j, last + 1)) {
      out.push({ from: j, to: last + 1, type: 'organization', rule: 'organization-in-organization' });
      break;
    }
  }
  for (let j = head + 2; j <= last; j++) {
    if (tokens[j - 1]!.lower !== 'of' && !(tokens[j - 1]!.lower === 'the' && tokens[j - 2]?.lower === 'of')) continue;
    const country = matchCountry(tokens, j, last + 1, text);
    if (country && j + country.length === last + 1 && country.entry.form !== 'demonym') {
      out.push({ from: j, to: last + 1, type: 'country', rule: 'country-in-organization', canonical: country.entry.canonical });
    }
    break;
  }
}

/**
 * Does the "and" at `and` join two halves of one organisation's name? The words before it are two or more with no
 * head and no given name; after it come one to three capitalised words ending in a head.
 */
/**
 * After the comma at `comma` inside a body's "of" part: the end of a list of single capitalised fields (ordinary
 * words) closed by "and" (", Trade and Industry", ", Culture, Sports and Science"), or `comma` when none follows;
 * not a list of names after it ("Institute of Technology, Harvard and Yale").
 */
function fieldListEnd(tokens: Token[], comma: number, limit: number): number {
  const isField = (token: Token | undefined): boolean =>
    token !== undefined && token.word && token.capitalised && !token.upper && !FIRST_NAMES.has(token.lower) && !COUNTRY_FORMS.has(token.text) &&
    (ROLE_WORDS.has(token.lower) || looksCommon(token.lower, EMPTY_SET) || isDictionaryWord(token.lower, EMPTY_SET) ||
      ENGLISH_NOUN_ENDING.test(token.lower) || /.(ry|ies|are)$/.test(token.lower));
  // The list ends the name: a capitalised word after it would be a name of its own ("..., Trade and Industry Minister X").
  const endsAt = (after: number): number => (after <= limit && !(tokens[after]?.word && tokens[after]!.capitalised && !tokens[after]!.newlineBefore) ? after : comma);
  let separator = comma;
  for (let items = 0; items < 5; items++) {
    let at = separator + 1;
    // ", and Welfare": the serial comma before the last field.
    const closing = tokens[at]?.text === 'and';
    if (closing) at++;
    if (at >= limit || !isField(tokens[at])) return comma;
    if (closing) return endsAt(at + 1);
    const after = tokens[at + 1];
    if (after?.text === ',') {
      separator = at + 1;
      continue;
    }
    if (after?.text !== 'and' || at + 2 >= limit || !isField(tokens[at + 2])) return comma;
    return endsAt(at + 3);
  }
  return comma;
}

/** The "&" after one or two capitalised words from `from`, before a capitalised word that is no country, or -1. */
function firmAmpersand(tokens: Token[], from: number, limit: number, text: string): number {
  for (let k = from + 1; k <= from + 2 && k + 1 < limit; k++) {
    const token = tokens[k]!;
    if (token.text === '&') {
      const after = tokens[k + 1]!;
      return after.word && after.capitalised && !matchCountry(tokens, k + 1, limit, text) ? k : -1;
    }
    if (!token.word || !token.capitalised) return -1;
  }
  return -1;
}

function andInsideName(tokens: Token[], from: number, and: number, limit: number): boolean {
  // One word before "and" will do when it is an adjective ("Economic and Financial Crimes Commission").
  // ... or a plural noun ("Securities and Exchange Board").
  const lone = tokens[from]!.lower;
  const adjective = and - from === 1 && (/.(ic|al|ive|ary)$/.test(lone) || (/[^s]s$/.test(lone) && looksCommon(lone, EMPTY_SET)));
  if ((and - from < 2 && !adjective) || FIRST_NAMES.has(tokens[from]!.lower)) return false;
  for (let k = from; k < and; k++) if (!tokens[k]!.word || !tokens[k]!.capitalised || ORG_HEADS.has(tokens[k]!.lower)) return false;
  for (let k = and + 1; k < Math.min(limit, and + 4); k++) {
    const token = tokens[k]!;
    if (!token.word || !token.capitalised || token.attached || FIRST_NAMES.has(token.lower)) return false;
    if (k > and + 1 && isOrgHeadAt(tokens, k, limit)) return true;
  }
  return false;
}

/**
 * Are the words [from, to) at the end of a longer name a person's, with a verb or an apposition only people take
 * after them? Both are name-shaped (the family name in no dictionary, no head, place or country word).
 */
function personEndsName(context: SentenceContext, from: number, to: number): boolean {
  const { tokens, memory } = context;
  const words = tokens.slice(from, to);
  const plain = (t: Token): boolean => t.word && t.capitalised && !t.upper && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) &&
    !PLACES.has(t.lower) && !COUNTRY_FORMS.has(t.text) && !isRole(t);
  // The organisation's own last word comes right before ("... Arlington Amneh Jafari"), not a joiner ("and Infectious Diseases").
  if (!words.every(plain) || !tokens[from - 1]?.capitalised) return false;
  const [given, family] = [words[0]!, words[words.length - 1]!];
  if (!FIRST_NAMES.has(given.lower) && looksCommon(given.lower, memory.docLower)) return false;
  if (isDictionaryWord(family.lower, memory.docLower) || ENGLISH_NOUN_ENDING.test(family.lower)) return false;
  if (!FIRST_NAMES.has(given.lower) && isDictionaryWord(given.lower, memory.docLower)) return false;
  const after = tokens[to];
  const afterNext = tokens[to + 1];
  return (after?.word === true && !after.capitalised && (SAY_VERBS.has(after.lower) || PERSON_VERBS.has(after.lower))) ||
    (after?.text === ',' && afterNext !== undefined && personNounFollows(tokens, to + 1));
}

/** Do the capitals of `acronym` follow the initials of the capitalised words in [from, to), from the first? */
function abbreviates(tokens: Token[], from: number, to: number, acronym: Token): boolean {
  const letters = acronym.text.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  let k = 0;
  for (let j = from; j < to && k < letters.length; j++) {
    const token = tokens[j]!;
    if (!token.word || !token.capitalised) continue;
    if (token.text[0] === letters[k]) k++;
    else if (k === 0) return false;
  }
  return k === letters.length;
}

const EMPTY_SET: ReadonlySet<string> = new Set();

/** Heads that end a name of their own, never a subject inside another's "of" part ("Health and Human Services"). */
const INSTITUTION_HEADS = new Set([
  'university', 'college', 'institute', 'school', 'academy', 'bank', 'ministry', 'department', 'agency', 'company',
  'corporation', 'party', 'council', 'commission', 'foundation', 'museum', 'hospital',
]);

/** Do the capitalised words from `from` on name an institution of their own ("Colorado State University")? */
function startsOrganization(tokens: Token[], from: number, limit: number): boolean {
  for (let k = from; k < Math.min(limit, from + 5); k++) {
    const token = tokens[k]!;
    if (!token.word || !token.capitalised) return false;
    if (k > from && INSTITUTION_HEADS.has(token.lower)) return true;
  }
  return false;
}

/** Is [from, to) an organisation name that has reached its "of"/"for" part ("Institute of Allergy")? */
function inOrgOfPart(tokens: Token[], from: number, to: number): boolean {
  let head = false;
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (ORG_HEADS.has(token.lower) && token.capitalised) head = true;
    else if (head && (token.lower === 'of' || token.lower === 'for')) return true;
  }
  return false;
}

/** "US AND CHINA AGREE TO TALKS": countries by their capitalised spelling, organisations only if well known. */
function findInCapitals(context: SentenceContext, out: Candidate[]): void {
  const { tokens, from, to, text } = context;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (!token.word) continue;
    const code = matchCountry(tokens, i, i + 1, text);
    const entry = code && code.entry.form === 'code' ? code.entry : SHOUTED_COUNTRY_FORMS.get(token.text);
    if (entry) {
      out.push({ from: i, to: i + 1, type: 'country', rule: `country-${entry.form}`, canonical: entry.canonical });
    } else if (KNOWN_ORGANIZATIONS.has(token.lower) && token.lower.length <= 5) {
      out.push({ from: i, to: i + 1, type: 'organization', rule: 'known-organization' });
    }
  }
}

function isRole(token: Token): boolean {
  const lower = token.lower;
  // "FIRST", "STATE": an acronym or a shouted name, not a title (CEO and MP are titles).
  if (token.upper && !PERSON_ROLES.has(lower)) return false;
  // Titles are singular; "Developers" in "Worldwide Developers Conference" is part of a name.
  if (token.capitalised && /[^sui]s$/.test(lower) && !PERSON_ROLES.has(lower)) return false;
  if (ROLE_WORDS.has(lower) || PERSON_ROLES.has(lower)) return true;
  // "Secretary-General", "Vice-President", "Co-founder".
  return lower.includes('-') && lower.split('-').every((part) => ROLE_WORDS.has(part) || PERSON_ROLES.has(part) || part === 'co' || (part !== lower && isPersonNoun(part)));
}
/** "Human Rights Watch": a noun for a person before a plural noun describes it, where a title would come before a name. */
function describesPluralNoun(tokens: Token[], i: number, end: number, docLower: ReadonlySet<string>): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (i + 1 >= end || !next || ROLE_LIST_WORDS.has(token.lower) || PERSON_ROLES.has(token.lower)) return false;
  return /[^s]s$/.test(next.lower) && isDictionaryWord(next.lower, docLower) && !isRole(next);
}
function isPersonRole(token: Token): boolean {
  const lower = token.lower;
  return PERSON_ROLES.has(lower) || (lower.includes('-') && lower.split('-').some((part) => PERSON_ROLES.has(part)));
}
/** "Journal-Constitution", "Post-Dispatch": two capitalised words hyphenated, the first a publication's or body's head. */
function isHyphenatedHead(token: Token): boolean {
  const parts = token.text.split('-');
  return parts.length === 2 && parts.every((part) => /^\p{Lu}\p{Ll}{3,}$/u.test(part)) && ORG_HEADS.has(parts[0]!.toLowerCase());
}

function isOrgHeadAt(tokens: Token[], j: number, end: number): boolean {
  const token = tokens[j]!;
  if (CORPORATE_SUFFIXES.has(token.text) || MIXED_CASE_LEGAL_FORMS.has(token.text)) return true;
  if (isHyphenatedHead(token)) return true;
  if (!ORG_HEADS.has(token.lower) || !token.capitalised) return false;
  // "Moussa Ag Intalla" (Tuareg "son of"), "Ana Sa Pinto": legal forms of two letters are written in capitals ("AG", "SA").
  if (LEGAL_INITIALISMS.has(token.lower) && !token.upper) return false;
  const next = j + 1 < end ? tokens[j + 1] : undefined;
  // "Press Secretary", "Party Leader": the head word describes a person's role; "European Commission President"
  // still names the Commission.
  if (next && isPersonRole(next) && ROLE_MODIFYING_HEADS.has(token.lower)) return false;
  // "Oil Minister", "Energy Minister": a portfolio, not a body.
  return !(next?.lower === 'minister' && !GOVERNMENT_HEADS.has(token.lower));
}
/** Last words of the names of buildings and sites: "Assembly Plant", "Senate Building", "Police Station". */
const SITE_HEADS = new Set([
  'plant', 'building', 'tower', 'towers', 'station', 'stadium', 'arena', 'hall', 'terminal', 'complex', 'campus',
  'headquarters', 'hotel', 'airport', 'base', 'factory', 'bridge', 'square', 'mall', 'plaza', 'warehouse', 'depot',
  'hangar', 'pavilion', 'auditorium', 'facility', 'prison',
]);

/** Last words of the names of laws, doctrines and awards: "the Water Quality Bill", "the Marlow Medal". */
const LAW_AND_AWARD_HEADS = new Set(['bill', 'doctrine', 'directive', 'amendment', 'medal', 'trophy']);

/** Heads of the names of programmes and projects: "the Delta Program", "the Scholars Programme". */
const PROGRAMME_HEADS = new Set(['program', 'programme', 'project', 'initiative', 'scheme']);
/** First words of programmes that are bodies: "World Food Programme", "United Nations Development Programme". */
const BODY_PROGRAMME_OPENERS = new Set(['world', 'united', 'un', 'international', 'global', 'national']);
/** What a centre is used for when it is a site, not a body: "Delivery Center", "Convention Centre", "Data Center". */
const FACILITY_USES = new Set([
  'delivery', 'distribution', 'data', 'call', 'convention', 'conference', 'exhibition', 'shopping', 'visitor', 'visitors',
  'fulfillment', 'fulfilment', 'logistics', 'processing', 'detention', 'transit', 'sports', 'aquatic', 'aquatics',
  'leisure', 'events', 'trade', 'assembly', 'maintenance', 'test', 'testing', 'training', 'launch', 'operations',
]);

/**
 * "the Brookfield Delivery Center", "the Delta Program", "the Scholars Program for engineers": a site named for its
 * use, or a programme, is no organisation although "Center" and "Program" head bodies' names too. A programme stays
 * a body when its name says whose it is ("World Food Programme") or what it is part of ("Sport Management Program
 * at ... University"), and a centre when an "of"/"for" part follows ("Centre for Social Evolution").
 */
function namesFacilityOrProgramme(context: SentenceContext, from: number, head: number, last: number): boolean {
  const { tokens, text } = context;
  const headWord = tokens[head]!.lower;
  if (last !== head) return false;
  if (PROGRAMME_HEADS.has(headWord)) {
    if (head === from || tokens[last + 1]?.lower === 'at' || tokens[last + 1]?.lower === 'of') return false;
    return !BODY_PROGRAMME_OPENERS.has(tokens[from]!.lower) && !tokens[from]!.upper && matchCountry(tokens, from, head, text) === undefined;
  }
  return (headWord === 'center' || headWord === 'centre') && head > from && FACILITY_USES.has(tokens[head - 1]!.lower);
}

/** "Press" in "Press Secretary": a role modifier right before a person's role. */
function isModifierBeforeRole(tokens: Token[], j: number, end: number): boolean {
  let k = j;
  while (k < end && isRole(tokens[k]!) && !isPersonRole(tokens[k]!)) k++;
  return k > j && k < end && isPersonRole(tokens[k]!);
}
function isJoiner(token: Token): boolean {
  return !token.capitalised && (ORG_JOINERS.has(token.lower) || NAME_PARTICLES.has(token.lower));
}

/** Read one chunk [start, end) left to right. */
function readChunk(context: SentenceContext, start: number, end: number, out: Candidate[], pending: number[]): void {
  const { tokens, text, memory } = context;
  let i = start;
  let afterRole = false;
  while (i < end) {
    const token = tokens[i]!;
    // The period of "Prof." or "J.": punctuation inside a chunk is skipped.
    if (!token.word) {
      i++;
      continue;
    }
    if (isJoiner(token)) {
      // "CEO of Boeing Commercial Airplanes": what follows "of" is the title's institution, not its holder
      // (unless it is still the title: "Secretary of State").
      const next = tokens[i + 1];
      if (!(next && isRole(next))) afterRole = false;
      i++;
      continue;
    }

    // "Scotland Yard": a seat named after a country stands for its institution (see classifyRun).
    const seat = i + 1 < end && INSTITUTION_SEATS.has(`${token.text} ${tokens[i + 1]!.text}`);
    const country = seat ? undefined : matchCountry(tokens, i, end, text);
    const nameLike = (j: number): boolean =>
      j >= start && j < end && tokens[j]!.capitalised && !isRole(tokens[j]!) && !COUNTRY_FORMS.has(tokens[j]!.text);
    const countryIsName =
      country?.length === 1 &&
      (((FIRST_NAMES.has(token.lower) || LAST_NAMES.has(token.lower)) && (nameLike(i + 1) || (nameLike(i - 1) && !afterRole))) ||
        // "Georgia Smith": a country name before a family name is a given name.
        (country.entry.form === 'name' && i + 1 < end && LAST_NAMES.has(tokens[i + 1]!.lower) && tokens[i + 1]!.capitalised) ||
        (country.entry.form !== 'demonym' && i > start && FIRST_NAMES.has(tokens[i - 1]!.lower) && !afterRole) ||
        // "Valeska Paris": a capital right after a name word is a family name.
        (country.entry.form === 'capital' && nameLike(i - 1) && !afterRole && !matchCountry(tokens, i - 1, i, text)));

    // Organisation by head word: from here up to the head, then "of ..." continuations.
    let head = -1;
    let joinerBeforeHead = -1;
    for (let j = i; j < end; j++) {
      if (isOrgHeadAt(tokens, j, end)) {
        head = j;
        break;
      }
      // "The Justice Department declined": a title's word that names a department's field goes on to its head.
      const field = j + 1 < end && GOVERNMENT_HEADS.has(tokens[j + 1]!.lower) && isOrgHeadAt(tokens, j + 1, end) && !HONORIFICS.has(tokens[j]!.lower);
      if ((isPersonRole(tokens[j]!) || HONORIFICS.has(tokens[j]!.lower)) && !field) break;
      // "Tanya Chan of the Civic Party" (but not the "von" of "Friederike von Alvensleben of the Free Democratic Party").
      if (joinerBeforeHead < 0 && j > i && isJoiner(tokens[j]!) && (tokens[j]!.lower === 'of' || tokens[j]!.lower === 'for')) joinerBeforeHead = j;
    }
    // "Tanya Chan of the Civic Party": a name, then the organisation it belongs to.
    if (head >= 0 && joinerBeforeHead > i && !country) {
      // "Co-author Liu Yanmei of the ...": the title before the name is dropped as it is anywhere else.
      let nameStart = i;
      let titled = afterRole;
      while (nameStart + 1 < joinerBeforeHead && isRole(tokens[nameStart]!) && !FIRST_NAMES.has(tokens[nameStart]!.lower)) {
        titled ||= isPersonRole(tokens[nameStart]!) || isRole(tokens[nameStart]!);
        nameStart++;
      }
      classifyRun(context, nameStart, joinerBeforeHead, titled, false, out, pending);
      i = joinerBeforeHead;
      afterRole = false;
      continue;
    }
    // "US Defense Department", "North Korean Ministry of Foreign Affairs": the country is its own mention when
    // it is a code, or when the organisation's own name starts at its head ("Ministry of ...").
    // ... but "Portuguese Supreme Court of Justice" is named whole: words stand between the country and the head.
    // ... and so are "Malawi Electoral Commission", "Kenya Revenue Authority": a country's full name opens the
    // body's official name, and is a mention of its own inside it.
    const headStartsName = head >= 0 && head + 1 < end && (tokens[head + 1]!.lower === 'of' || tokens[head + 1]!.lower === 'for') &&
      (!country || head === i + country.length);
    const governmentHead = head >= 0 && GOVERNMENT_HEADS.has(tokens[head]!.lower);
    const countrySplits = country && !countryIsName && ((country.entry.form === 'code' && governmentHead) || headStartsName);
    const countryOpensName = country && !countryIsName && country.entry.form === 'name' && governmentHead && !countrySplits && head >= i + country.length;
    if (head >= 0 && !(country && !countryIsName && head < i + country.length) && !(countrySplits && head >= i + country.length)) {
      let last = head;
      while (last + 1 < end) {
        const next = tokens[last + 1]!;
        // "Orbis Computer CEO Dana Whitfield": a title in capitals is not part of the name.
        // ... though not the name's own acronym after it ("... Space Company EADS N.V.").
        if (isOrgHeadAt(tokens, last + 1, end) || (next.upper && !isPersonRole(next) && !abbreviates(tokens, i, last + 1, next))) {
          last++;
          continue;
        }
        // A name that starts with its head takes the words after it ("Air France", "Radio Free Asia").
        // ... but not "Flight" in "Air Vanuatu Flight 241": a numbered thing the organisation runs.
        // ... nor "Club Brugge 3-1": a score.
        const numbered = /^\p{N}/u.test(tokens[last + 2]?.text ?? '') && !/^\p{N}+[-–]\p{N}+$/u.test(tokens[last + 2]!.text);
        if (head === i && next.capitalised && !isRole(next) && !FIRST_NAMES.has(next.lower) && !numbered) {
          last++;
          continue;
        }
        // "Ministry of Economy, Trade and Industry".
        if (next.text === ',' && inOrgOfPart(tokens, i, last + 1)) {
          const listEnd = fieldListEnd(tokens, last + 1, end);
          if (listEnd > last + 1) {
            last = listEnd - 1;
            continue;
          }
        }
        if (isJoiner(next) || (next.lower === 'and' && inOrgOfPart(tokens, i, last + 1))) {
          let look = last + 1;
          while (look < end && (isJoiner(tokens[look]!) || tokens[look]!.lower === 'and')) look++;
          // "University of Sheffield of the UK": a country's code after a whole name says where it is.
          const code = next.lower === 'of' && last > i ? matchCountry(tokens, look, end, text) : undefined;
          if (code?.entry.form === 'code' && look + code.length === end) break;
          if (look < end && !HONORIFICS.has(tokens[look]!.lower) && !FIRST_NAMES.has(tokens[look]!.lower)) {
            // Continue over the capitalised words after the joiner, up to a role or a first name.
            let further = look;
            while (further + 1 < end && tokens[further + 1]!.capitalised && !isPersonRole(tokens[further + 1]!) && !FIRST_NAMES.has(tokens[further + 1]!.lower)) further++;
            // "the Space Agency on the Lunar Gateway module": after "on", capitals before a noun name what it works on.
            const after = tokens[further + 1];
            if (next.lower === 'on' && tokens[last + 2]?.lower === 'the' && after?.word && after.text === after.lower && !FUNCTION_WORDS.has(after.lower) &&
              !CLOSED_CLASS.has(after.lower) && !SAY_VERBS.has(after.lower) && !AUXILIARIES.has(after.lower) && !PERSON_VERBS.has(after.lower) && !/ed$/.test(after.lower)) {
              break;
            }
            last = further;
            continue;
          }
        }
        break;
      }
      // "Paris Air Show": an event whose name holds an organisation head.
      if (last + 1 < end && EVENT_HEADS.has(tokens[last + 1]!.lower)) last++;
      // "the Bramley Assembly Plant", "the Senate Building": a site named after the body it houses.
      // ... but a "School District" is a body.
      const site = last + 1 < end && tokens[last + 1]!.capitalised && !tokens[last + 1]!.upper && SITE_HEADS.has(tokens[last + 1]!.lower);
      if (site) last++;
      // "Mobile World Congress", "International Congress of Mathematicians": a congress of the world is a meeting;
      // "World Jewish Congress" is a body.
      const meeting = tokens[head]!.lower === 'congress' && head > i && ['world', 'international'].includes(tokens[head - 1]!.lower);
      const event = meeting || (EVENT_HEADS.has(tokens[last]!.lower) && !tokens.slice(i, last).some((t) => isJoiner(t)));
      // A lone head word ("Police", "Ministry", "TV") is not a name, unless "the Church" refers back to one.
      const refersBack = tokens[i - 1]?.lower === 'the' && (memory.docCounts.get(tokens[i]!.text) ?? 0) >= 2;
      const legislature = last === i && LEGISLATURES.has(tokens[i]!.lower) && (!isSentenceInitial(tokens, i, context.from) || legislatureBeforeTitle(tokens, i));
      // "UK Government", "the British Government": a country's government, named with a capital after it.
      const countrysGovernment = last === i && tokens[i]!.lower === 'government' && i > start && matchCountry(tokens, i - 1, i, text) !== undefined;
      const lone = last === i && !refersBack && !legislature && !countrysGovernment && (!tokens[i]!.upper || NOT_ORG_ACRONYMS.has(tokens[i]!.lower));
      const thing = site || namesFacilityOrProgramme(context, i, head, last);
      // "University of Texas Arlington Amneh Jafari heard": a person named right after the organisation.
      const person = last - head >= 4 && personEndsName(context, last - 1, last + 1) ? last - 1 : -1;
      if (person > 0) last = person - 1;
      if (!lone && !event && !thing) out.push({ from: i, to: last + 1, type: 'organization', rule: 'org-head' });
      if (!lone && !event && countryOpensName) out.push({ from: i, to: i + country.length, type: 'country', rule: 'country-in-organization', canonical: country.entry.canonical });
      // "the Andy Warhol Photographic Legacy Program": the founder is named inside a programme's name too.
      if (!lone && !event) emitNested(tokens, text, i, head, last, out, memory.docLower);
      if (person > 0) {
        out.push({ from: person, to: person + 2, type: 'person', rule: 'person-after-organization' });
        last = person + 1;
      }
      i = last + 1;
      afterRole = false;
      continue;
    }

    // "Harwick & Lowe", "Procter & Gamble": names joined by an ampersand are a firm's; people are joined by "and".
    // ... but "Video: Miharris & Acphillips" credits two people.
    const credit = tokens[i - 1]?.text === ':' && CAPTION_LABELS.has(tokens[i - 2]?.lower ?? '');
    const ampersand = !country && !isRole(token) && !credit ? firmAmpersand(tokens, i, end, text) : -1;
    if (ampersand > 0) {
      let last = ampersand + 1;
      while (last + 1 < end && tokens[last + 1]!.word && tokens[last + 1]!.capitalised && !isRole(tokens[last + 1]!)) last++;
      out.push({ from: i, to: last + 1, type: 'organization', rule: 'ampersand-firm' });
      i = last + 1;
      afterRole = false;
      continue;
    }

    // "the ruling Georgian Dream party": a demonym opening a party's name written before the word for its kind.
    // ... and "the Labour party": a portfolio's word alone before it.
    const kind = tokens[end];
    if (i === start && end === i + 1 && isRole(token) && !isPersonRole(token) && kind?.word && PARTY_KINDS.has(kind.text)) {
      out.push({ from: i, to: end, type: 'organization', rule: 'party-before-kind' });
      i = end;
      continue;
    }
    if (country?.entry.form === 'demonym' && !countryIsName && i === start && end - i > country.length && kind?.word && PARTY_KINDS.has(kind.text) &&
      tokens.slice(i + country.length, end).every((t) => t.word && t.capitalised && !t.upper && !COUNTRY_FORMS.has(t.text) && !isPersonRole(t))) {
      out.push({ from: i, to: end, type: 'organization', rule: 'party-before-kind' });
      i = end;
      continue;
    }
    if (country && !countryIsName) {
      const previous = tokens[i - 1];
      const following = tokens[i + country.length];
      // "US$40 billion", "US dollars": a currency.
      // ... but "as England won a corner": "won" is the verb after a country's name, the currency after a demonym.
      const currency = following !== undefined && CURRENCIES.has(following.lower) && (following.lower !== 'won' || country.entry.form === 'demonym');
      if ((following?.text === '$' && following.attached) || currency) {
        i += country.length;
        continue;
      }
      const isCapital = country.entry.form === 'capital';
      // "the Dublin-based lessor": where something is based, the city.
      const based = isCapital && following?.attached === true && following.lower === '-based';
      // "in Washington", "Seattle, Washington": the place, not its government.
      const afterPlace = previous?.text === ',' && tokens[i - 2] !== undefined && PLACES.has(tokens[i - 2]!.lower) && !COUNTRY_FORMS.has(tokens[i - 2]!.text);
      // "Atlanta, Georgia": a region that shares a country's name.
      const regionAfterCity = afterPlace && country.length === 1 && PLACES.has(token.lower);
      // "work from Lisbon", "flew from Tokyo": where someone is or comes from; "a statement from Moscow" is the government's.
      const whence = previous?.lower === 'from' && WHENCE_VERBS.has(tokens[i - 2]?.lower ?? '');
      // "in Taipei and Ramallah", "in Paris, Berlin and Rome": cities listed after a place's preposition.
      let listStart = i;
      while (['and', 'or', ','].includes(tokens[listStart - 1]?.lower ?? '') && COUNTRY_FORMS.get(tokens[listStart - 2]?.text ?? '')?.form === 'capital') listStart -= 2;
      const listedPlace = listStart < i && LOCATIVES.has(tokens[listStart - 1]?.lower ?? '');
      const locative = (isCapital && previous !== undefined && (LOCATIVES.has(previous.lower) || afterPlace || whence || listedPlace)) || regionAfterCity;
      // "the French Open", "the Japanese Grand Prix": a demonym that names a sporting event.
      const eventName = country.entry.form === 'demonym' && SPORTING_EVENTS.has(tokens[i + country.length]?.lower ?? '') && i + country.length < end;
      // "the Berlin International Film Festival": the city hosting an event, not its government.
      const hostCity = isCapital && i + country.length < end && EVENT_HEADS.has(tokens[end - 1]!.lower);
      // "China Eastern", "China Southern": a country's name before a compass adjective ends a company's name (the
      // region would be "eastern China").
      const compass = tokens[i + country.length];
      if (country.entry.form === 'name' && i + country.length + 1 === end && compass?.capitalised && !compass.upper &&
        COMPASS_ADJECTIVES.has(compass.lower)) {
        out.push({ from: i, to: end, type: 'organization', rule: 'name-with-compass' });
        i = end;
        continue;
      }
      // "Victoria Park", "Tokyo Tower", "Washington State": a place in the city, or named after it.
      if (isCapital && i + country.length < end && PLACE_HEADS.has(tokens[end - 1]!.lower) && !tokens[end - 1]!.upper) {
        i = end;
        continue;
      }
      if (!locative && !eventName && !hostCity && !based) {
        out.push({ from: i, to: i + country.length, type: 'country', rule: `country-${country.entry.form}`, canonical: country.entry.canonical });
      }
      i += country.length;
      afterRole = false;
      continue;
    }

    // "Ukraine's General Staff", "the Joint Chiefs of Staff": a military command named with title words only.
    const command = STAFF_COMMAND_STARTS.has(token.lower)
      ? STAFF_COMMANDS.find((words) => words.every((word, k) => i + k < end && tokens[i + k]!.lower === word && tokens[i + k]!.capitalised === (word !== 'of')))
      : undefined;
    if (command && !(i + command.length < end && isRole(tokens[i + command.length]!))) {
      out.push({ from: i, to: i + command.length, type: 'organization', rule: 'staff-command' });
      i += command.length;
      afterRole = false;
      continue;
    }
    // "Senators Ted Cruz and Amy Klobuchar": a title in the plural before a given name.
    const pluralTitle = token.capitalised && !token.upper && /[^s]s$/.test(token.lower) && PERSON_ROLES.has(token.lower.slice(0, -1)) &&
      i + 1 < end && FIRST_NAMES.has(tokens[i + 1]!.lower);
    if ((isRole(token) || pluralTitle) && !(FIRST_NAMES.has(token.lower) && afterRole) && !describesPluralNoun(tokens, i, end, memory.docLower)) {
      afterRole = isPersonRole(token) || HONORIFICS.has(token.lower) || afterRole;
      i++;
      continue;
    }

    // A run of name words up to the next role word, country or organisation head.
    let runEnd = i + 1;
    let settled = false;
    while (runEnd < end) {
      const next = tokens[runEnd]!;
      if (isJoiner(next)) {
        let look = runEnd;
        while (look < end && NAME_PARTICLES.has(tokens[look]!.lower) && !tokens[look]!.capitalised) look++;
        if (look > runEnd && look < end && tokens[look]!.capitalised) {
          runEnd = look;
          continue;
        }
        break;
      }
      const previousWord = tokens[runEnd - 1]!;
      // "Tim Cook", "Foreign Minister Choe Son Hui": inside a name, a role noun is part of it.
      const roleInName = FIRST_NAMES.has(previousWord.lower) || (afterRole && !isModifierBeforeRole(tokens, runEnd, end));
      // "Billie Jean King", "John Major": a title that ends a name after its given name is a family name.
      // So is a noun for a kind of person that ends the chunk after a name ("Jannik Sinner", "Mary Baker").
      // ... before a generational suffix too ("Martin Luther King Jr").
      const suffixed = runEnd + 2 === end && GENERATIONAL_SUFFIX.test(tokens[runEnd + 1]!.text);
      const lastInChunk = (runEnd + 1 === end || suffixed) && !next.upper && !afterRole;
      const surnameTitle = lastInChunk &&
        ((ROLE_SURNAMES.has(next.lower) && FIRST_NAMES.has(tokens[i]!.lower)) ||
          (!isPersonRole(next) && !ROLE_LIST_WORDS.has(next.lower) && !COLLECTIVE_NOUNS.has(next.lower) && !isOrdinary(previousWord, context.memory) &&
            !previousWord.upper && !KNOWN_ORGANIZATIONS.has(previousWord.lower)));
      if (!surnameTitle && (isPersonRole(next) || (isRole(next) && !roleInName) || isOrgHeadAt(tokens, runEnd, end))) break;
      const nextCountry = matchCountry(tokens, runEnd, end, text);
      const nameAnyway = nextCountry?.length === 1 &&
        (FIRST_NAMES.has(next.lower) || LAST_NAMES.has(next.lower) || KNOWN_PEOPLE.has(next.lower) || FIRST_NAMES.has(previousWord.lower) ||
          // "Valeska Paris": a capital after a name word is a family name.
          (nextCountry.entry.form === 'capital' && !isOrdinary(previousWord, context.memory) && !previousWord.upper));
      // "Southern China": a region of the country; the country is named.
      if (nextCountry && runEnd === i + 1 && COMPASS_ADJECTIVES.has(previousWord.lower) && !previousWord.upper) {
        settled = true;
        break;
      }
      // "North America", "Latin America": part of a continent, neither a country nor an organisation.
      if (nextCountry && runEnd === i + 1 && (COMPASS_POINTS.has(previousWord.lower) || previousWord.lower === 'latin' || previousWord.lower === 'central')) {
        runEnd += nextCountry.length;
        settled = true;
        break;
      }
      // "Garuda Indonesia", "EADS North America": a name completed by a country's name is an organisation's.
      // ... and so is one before a numbered flight ("Garuda Indonesia Flight 200").
      const flight = nextCountry !== undefined && runEnd + nextCountry.length === end - 1 && tokens[end - 1]!.lower === 'flight' && /^\p{N}/u.test(tokens[end]?.text ?? '');
      // ... but "New Mexico", "New England", "New South Wales" are places named after the country.
      if (nextCountry && tokens[i]!.lower === 'new') {
        runEnd = end;
        settled = true;
        break;
      }
      if (nextCountry && !nameAnyway && nextCountry.entry.form === 'name' && (runEnd + nextCountry.length === end || flight) &&
        (previousWord.upper || !isOrdinary(previousWord, context.memory)) && !FIRST_NAMES.has(previousWord.lower) && !afterRole) {
        out.push({ from: i, to: runEnd + nextCountry.length, type: 'organization', rule: 'name-with-country' });
        runEnd = end;
        settled = true;
        break;
      }
      if (nextCountry && !nameAnyway) break;
      runEnd++;
    }
    const followedByRole = runEnd < end && (isPersonRole(tokens[runEnd]!) || isModifierBeforeRole(tokens, runEnd, end));
    // "Rolls-Royce Trent 900", "Boeing 787": a product and its model number.
    const modelNumber = runEnd === end && /^\p{N}{3}(\p{L}*|-\p{N}+)$/u.test(tokens[runEnd]?.text ?? '') && !tokens[runEnd]!.newlineBefore;
    if (modelNumber) {
      i = runEnd;
      continue;
    }
    if (!settled) classifyRun(context, i, runEnd, afterRole, followedByRole, out, pending);
    i = runEnd;
    afterRole = false;
  }
}

function classifyRun(
  context: SentenceContext,
  from: number,
  to: number,
  afterRole: boolean,
  followedByRole: boolean,
  out: Candidate[],
  pending: number[],
): void {
  const { tokens, memory } = context;
  const words = tokens.slice(from, to);
  const lower = words.map((t) => t.lower).join(' ');
  const emit = (type: EntityType, rule: string): void => {
    out.push({ from, to, type, rule });
  };
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // Words without the periods of initials ("K. Venkatesh Rao" has three).
  const nameWords = words.reduce((count, t) => count + (t.word ? 1 : 0), 0);
  // "K. Venkatesh Rao", "S. Karthikeyan Pillai": a given name's initial and its period before a name.
  const initialWithPeriod = /^\p{Lu}$/u.test(first.text) && words[1]?.text === '.' && words[1].attached && nameWords >= 2 && nameWords <= 4 &&
    words.slice(2).every((t) => t.text === '.' || (t.capitalised && !t.upper) || /^\p{Lu}$/u.test(t.text));
  // "Airbus A380", "Boeing 787": a product, not an organisation.
  if (words.length > 1 && /\p{N}.*\p{N}/u.test(words[words.length - 1]!.text)) return;
  if (KNOWN_PEOPLE.has(lower) && words.length > 1) return emit('person', 'known-person');
  if (nameWords <= 3 && isAliasOfPerson(tokens, from, to, out)) return emit('person', 'alias');
  if (KNOWN_ORGANIZATIONS.has(lower)) return emit('organization', 'known-organization');
  const seat = INSTITUTION_SEATS.get(words.map((t) => t.text).join(' '));
  if (seat) {
    out.push({ from, to, type: 'organization', rule: 'institution-seat', canonical: seat });
    return;
  }
  if (words.length > 1 && PLACES.has(lower)) return;
  if (words.some((t) => isModelNumber(t))) return;
  // "Hurricane Milton", "Mount Kenya", "Operation Cast Lead": a storm, a place, an operation; "West Java": a region.
  if (words.length > 1 && (NAMED_THING_HEADS.has(first.lower) || (words.length === 2 && COMPASS_POINTS.has(first.lower) && !first.upper))) return;
  // "Eastern Europe", "Southern California": a region (but "Northern Rock" may be a bank).
  if (words.length === 2 && COMPASS_ADJECTIVES.has(first.lower) && !first.upper && PLACES.has(last.lower)) return;
  // "its weekly podcast, The Long Read", "the film The Silent Shore": a title after the noun for its kind.
  let kind = from - 2;
  if (tokens[kind]?.text === ',') kind--;
  if (tokens[from - 1]?.text === 'The' && tokens[kind]?.word && PRODUCT_NOUNS.has(tokens[kind]!.text)) return;
  // "won the Golden Bear": a prize or a title.
  // ... though a sponsor may open its name ("won the Budweiser Man of the Match award").
  if (tokens[from - 1]?.lower === 'the' && PRIZE_VERBS.has(tokens[from - 2]?.lower ?? '') && !KNOWN_ORGANIZATIONS.has(lower) &&
    (isDictionaryWord(first.lower, memory.docLower) || ADJECTIVES.has(first.lower))) {
    return;
  }
  // "Voters in Nuevo León": words no dictionary holds, after "in", name a place; "shares in Rio Tinto" a company.
  const preposition = tokens[from - 1];
  if (words.length > 1 && words.length <= 3 && preposition && PLACE_PREPOSITIONS.has(preposition.lower) && !INVESTMENT_WORDS.has(tokens[from - 2]?.lower ?? '') &&
    words.every((t) => !t.upper && !FIRST_NAMES.has(t.lower) && !isDictionaryWord(t.lower, memory.docLower) && !/(ic|al|ive|ous|ion)$/.test(t.lower))) {
    return;
  }
  if (words.length === 1 && first.upper && first.lower.length >= 4 && PLACES.has(first.lower)) return;
  if (words.every((t) => t.upper || !t.word) && isDateline(tokens, from, to)) return;
  // "Pope Leo XIV", "Louis XIV", "Charles III": a regnal number ends a monarch's or a pope's name; after anything
  // else a Roman numeral numbers a thing ("World War II", "Apollo XI"). "I" is the pronoun unless a title or a war
  // comes before it.
  const roman = words.length >= 2 && /^[IVX]{1,5}$/.test(last.text) &&
    (last.text !== 'I' || afterRole || EVENT_HEADS.has(words[words.length - 2]!.lower));
  if (roman && words.slice(0, -1).every((t) => !t.upper)) {
    return afterRole || FIRST_NAMES.has(first.lower) || KNOWN_PEOPLE.has(first.lower) ? emit('person', 'regnal-name') : undefined;
  }
  // "Vice President JD Vance": initials written without periods.
  if (afterRole && words.length > 1 && !last.upper) return emit('person', 'person-after-title');
  // ... and "AJ Whitcombe", when the family name is used alone too ("Whitcombe had earned").
  if (words.length === 2 && first.upper && first.text.length <= 2 && !last.upper &&
    (LAST_NAMES.has(last.lower) || (memory.docSolo.has(last.text) && !isDictionaryWord(last.lower, memory.docLower)))) {
    return emit('person', 'initials');
  }
  // "a VERY big deal" is emphasis; "Vogue, SPIN and Wired" lists a magazine.
  if (words.length === 1 && isShoutedWord(first)) return listedWithOrganization(tokens, from, memory) ? emit('organization', 'listed-with-organization') : undefined;
  // "NZ$ 40 million", "HK $5": a currency's prefix.
  if (words.length === 1 && first.upper && tokens[to]?.text === '$') return;
  // "GNU Free Document License": the licence, not its maker.
  if (last.lower === 'license' || last.lower === 'licence') return;
  if (words.some((t) => t.upper && !isInitials(t) && !NOT_ORG_ACRONYMS.has(t.lower.replace(/\./g, '')) && !COUNTRY_FORMS.has(t.text))) {
    return emit('organization', 'acronym');
  }
  // "Amnesty International", "Transparency International": a name ending in "International" is a body's.
  if (words.length >= 2 && last.lower === 'international' && !FIRST_NAMES.has(first.lower)) return emit('organization', 'international-body');
  // Korean given names are written hyphenated ("Park Sun-won", "Hong Jang-won").
  if (words.length >= 2 && words.length <= 3 && /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u.test(last.text) && !isCompoundNoun(last)) {
    return emit('person', 'hyphenated-given-name');
  }
  // "a Nobel Prize-winner": a description ending in a compound noun.
  if (isCompoundNoun(last) && !FIRST_NAMES.has(first.lower)) return;
  // "Fisht Stadium", "Grand Mosque": a place that is not a country; "Macworld Conference": an event.
  // "Epic Games", "Riot Games": a studio; "Olympic Games", "Asian Games": an event.
  if (words.length === 2 && last.lower === 'games' && !GAMES_EVENT_WORDS.has(first.lower) && !COUNTRY_FORMS.has(first.text)) return emit('organization', 'games-studio');
  if (surnameHeadPerson(context, from, to)) return emit('person', 'surname-head');
  if (words.length >= 2 && (PLACE_HEADS.has(last.lower) || EVENT_HEADS.has(last.lower) || (LAW_AND_AWARD_HEADS.has(last.lower) && !last.upper))) {
    // ... though its organiser is named: "FIFA World Cup", "Google Science Fair".
    if (EVENT_HEADS.has(last.lower) && (first.upper || KNOWN_ORGANIZATIONS.has(first.lower) || memory.organizations.has(first.lower))) {
      out.push({ from, to: from + 1, type: 'organization', rule: 'event-organiser' });
    }
    return;
  }
  // "Pentagon" in "Deputy Pentagon Press Secretary": a name between titles is the institution of the title.
  if (followedByRole && !FIRST_NAMES.has(words[0]!.lower)) {
    if (words.some((t) => memory.docLower.has(t.lower) || ADJECTIVES.has(t.lower) || /(ing|ed|al|an)$/.test(t.lower))) return;
    if (words.length === 1 && ORG_HEADS.has(first.lower) && tokens[to]?.lower === 'minister') return;
    // "Pennsylvania Senator": a region's, not an institution's.
    if (words.length === 1 && PLACES.has(first.lower)) return;
    return emit('organization', 'org-in-title');
  }
  if (afterRole) return emit('person', 'person-after-title');
  if (words.length === 1) {
    pending.push(from);
    return;
  }
  const before = tokens[from - 1];
  const after = tokens[to];
  // "iCloud Photo Library", "iPhone Pro": a product line's brand before it.
  if (before && /^[ie]\p{Lu}\p{Ll}/u.test(before.text)) return;
  // "based in Santa Clara, California": a place named with its region.
  if (before && LOCATIVES.has(before.lower) && after?.text === ',' && tokens[to + 1] && PLACES.has(tokens[to + 1]!.lower)) return;
  // "analysts at Morgan Stanley": where people work.
  // ... but "won 2-1 at Old Trafford", "played at Wembley": a match's venue.
  const atStart = before?.start ?? 0;
  const venue = /\p{N}[-–]\p{N}+\s+$/u.test(context.text.slice(Math.max(0, atStart - 8), atStart)) || VENUE_VERBS.has(tokens[from - 2]?.lower ?? '');
  if (before?.text === 'at' && venue && !memory.personWords.has(last.lower)) return;
  if (before?.lower === 'at' && before.text === 'at' && !afterRole && !memory.personWords.has(last.lower)) return emit('organization', 'org-after-at');
  // "Leeds United", "Bolton Wanderers": a town's football club.
  if (words.length === 2 && CLUB_SUFFIXES.has(last.lower) && !last.upper) return emit('organization', 'club-name');
  if (FIRST_NAMES.has(first.lower) || KNOWN_PEOPLE.has(first.lower) || isInitials(first) || initialWithPeriod) return emit('person', 'first-name');
  if (LAST_NAMES.has(last.lower) || KNOWN_PEOPLE.has(last.lower)) return emit('person', 'last-name');
  // "the French bank Crédit Agricole", "carmaker Great Wall Motor": a noun for a kind of organisation before it.
  if (before && !before.capitalised && ORG_NOUNS.has(before.lower) && !words.some((t) => memory.personWords.has(t.lower))) {
    return emit('organization', 'org-noun-before');
  }
  if (words.some((t) => memory.personWords.has(t.lower))) return emit('person', 'known-in-document');
  if (PLACES.has(first.lower)) return;
  // "Google Analytics", "Northrop Grumman": the first word is known as an organisation.
  if (KNOWN_ORGANIZATIONS.has(first.lower) || memory.organizations.has(first.lower)) return emit('organization', 'known-first-word');
  const lastLooksSurname =
    LAST_NAMES.has(last.lower) || PERSON_NAME_ENDING.test(last.lower) || (/^\p{Lu}\p{Ll}{1,2}$/u.test(last.text) && !looksCommon(first.lower, memory.docLower));
  if (words.length <= 3 && lastLooksSurname && !looksCommon(last.lower, memory.docLower)) return emit('person', 'surname-shape');
  // "Chinese leader Xi Jinping", "interviewee R Saravanan", "oncologist Priya Venkataraman": a noun for a person
  // right before the name.
  if (nameWords <= 3 && before?.word && !before.capitalised && (isPersonRole(before) || isPersonNoun(before.lower)) && !words.some((t) => ORG_HEADS.has(t.lower))) {
    return emit('person', 'role-before');
  }
  // "Jannik Sinner", "Mary Baker": a noun for a kind of person after an unknown given name is a family name.
  if (words.length === 2 && !looksCommon(first.lower, memory.docLower) && ROLE_WORDS.has(last.lower) && !ROLE_LIST_WORDS.has(last.lower) && !isPersonRole(last) &&
    !COLLECTIVE_NOUNS.has(last.lower) && !KNOWN_ORGANIZATIONS.has(first.lower)) {
    return emit('person', 'surname-is-noun');
  }
  const evidence = personEvidence(context, from, to);
  if (evidence.frame >= 2 && evidence.shape >= 1) return emit('person', 'person-evidence');
  if (words.length <= 3 && /[^s]s$/.test(last.lower) && isOrdinary(last, memory)) return emit('organization', 'plural-name');
  // A name read from its shape alone is settled with the document (see `settleNameShape`).
  if (words.some((t) => looksCommon(t.lower, memory.docLower))) {
    return evidence.shape >= 2 ? emit('person', 'name-shape') : emit('organization', 'capitalised-phrase');
  }
  // "interviewee R Saravanan", "Jusman Syafii Djamal, minister of transport": a person noun next to the name.
  const afterComma = after?.text === ',' ? tokens[to + 1] : undefined;
  if ((before && !before.capitalised && isRole(before)) || (afterComma && ((!afterComma.capitalised && isRole(afterComma)) || /^\p{N}{1,3}$/u.test(afterComma.text)))) {
    return emit('person', 'person-noun-beside');
  }
  // "Civic Passion", "Atlantic Renewal": an adjective starts no one's name.
  if (!FIRST_NAMES.has(first.lower) && !NAMES_THAT_ARE_WORDS.has(first.lower) && (ADJECTIVES.has(first.lower) || /.(ic|ical|ive)$/.test(first.lower))) {
    return emit('organization', 'capitalised-phrase');
  }
  if (/^\p{Lu}$/u.test(first.text) && words.length <= 3) return emit('person', 'initial');
  // Companies are later called by their first word ("Northrop"), people by their last ("Zelensky").
  const firstSolo = memory.docSolo.has(first.text);
  const lastSolo = memory.docSolo.has(last.text);
  if (firstSolo && !lastSolo) return emit('organization', 'first-word-alone');
  // Settled once the document is read: see `settleNameShape`.
  // "stormed the Palacio Quemado": a person's name takes no article.
  if (words.length <= 4 && !(before && (DETERMINERS.has(before.lower) || PLACE_PREPOSITIONS.has(before.lower)))) return emit('person', 'name-shape');
  return emit('organization', 'capitalised-phrase');
}

/**
 * A two- or three-word name of no known shape is a person's, unless the text is about companies: it never says
 * "he" or "she" ("Aer Lingus have purchased ...").
 */
export function settleNameShape(candidate: Candidate, memory: DocumentMemory): void {
  if (candidate.rule !== 'name-shape') return;
  const pronouns = ['he', 'she', 'his', 'her', 'him'].some((word) => memory.docLower.has(word));
  if (!pronouns && memory.docWords >= 60) {
    candidate.type = 'organization';
    candidate.rule = 'no-people-in-text';
  }
}

/** Rules that type a name as a person's from its shape or a lexicon alone ("Douglas" may be the company). */
const GUESSED_PERSON_RULES = new Set(['name-shape', 'name-lexicon']);
/** Rules that type a multi-word name as an organisation for want of anything better. */
const WEAK_ORGANIZATION_RULES = new Set(['capitalised-phrase', 'first-word-alone', 'no-people-in-text', 'plural-name']);

/**
 * Names typed as organisations for want of evidence, retyped with what the document says elsewhere: the same name
 * typed a person's with evidence ("Dries Mertens scored"), its family name used alone as a person's ("Daly
 * explained"), or a place in a list of people ("Walker Evans, Robert Mapplethorpe, and Helmut Newton").
 */
export function settleWeakOrganizations(candidates: readonly Candidate[], tokens: Token[]): void {
  const surface = (c: Candidate): string => tokens.slice(c.from, c.to).map((t) => t.text).join(' ');
  const people = new Set<string>();
  const byStart = new Map<number, Candidate>();
  const byEnd = new Map<number, Candidate>();
  for (const c of candidates) {
    if (c.type === 'person' && !GUESSED_PERSON_RULES.has(c.rule)) people.add(surface(c));
    byStart.set(c.from, c);
    byEnd.set(c.to, c);
  }
  const isSeparator = (t: Token | undefined): boolean => t !== undefined && (t.text === ',' || t.lower === 'and' || t.lower === 'or');
  const listedWithPerson = (c: Candidate): boolean => {
    let left = c.from - 1;
    if (isSeparator(tokens[left])) left--;
    if (left < c.from - 1 && tokens[left]?.text === ',') left--;
    let right = c.to;
    if (isSeparator(tokens[right])) right++;
    if (right > c.to && isSeparator(tokens[right])) right++;
    const before = left < c.from - 1 ? byEnd.get(left + 1) : undefined;
    const after = right > c.to ? byStart.get(right) : undefined;
    const person = (n: Candidate | undefined): boolean => n?.type === 'person' && !GUESSED_PERSON_RULES.has(n.rule);
    return person(before) || person(after);
  };
  // "Alcaraz y Garfia will face ...", after "Carlos Alcaraz y Garfia": the end of a person's full name.
  const endsPersonName = (c: Candidate): boolean => {
    const tail = ' ' + surface(c);
    for (const name of people) if (name.endsWith(tail)) return true;
    return false;
  };
  for (const c of candidates) {
    if (c.type !== 'organization' || !WEAK_ORGANIZATION_RULES.has(c.rule) || c.to - c.from < 2 || c.to - c.from > 3) continue;
    if (tokens.slice(c.from, c.to).some((t, k) => t.upper || !(t.capitalised || (k > 0 && c.from + k < c.to - 1 && NAME_PARTICLES.has(t.text))))) continue;
    if (people.has(surface(c)) || people.has(tokens[c.to - 1]!.text) || endsPersonName(c) || listedWithPerson(c)) {
      c.type = 'person';
      c.rule = 'person-in-document';
    }
  }
}

/** Decide a single unknown capitalised word with what the whole document says about it. */
export function settleSingle(context: SentenceContext, index: number): Candidate | undefined {
  const { tokens, memory } = context;
  const token = tokens[index]!;
  const lower = token.lower;
  const make = (type: EntityType, rule: string, canonical?: string): Candidate => ({ from: index, to: index + 1, type, rule, ...(canonical ? { canonical } : {}) });
  const acronym = memory.acronyms.get(token.text);
  if (acronym) return make(acronym.type, 'acronym-defined', acronym.expansion);
  // "Flight 77", "Route 66", "Terminal 2": an English word before a number names a numbered thing.
  // ... not a team before a score ("beat Arsenal 2-1").
  const number = tokens[index + 1];
  if (number?.numeric && /^\p{N}+$/u.test(number.text) && !token.upper && isDictionaryWord(lower, memory.docLower) && !KNOWN_ORGANIZATIONS.has(lower)) return undefined;
  // "Detik.com quoted", "Metro.us": a website named by its domain is its publisher.
  // ... but "the Scientology.org site was not loading" is the site.
  if (WEB_DOMAIN.test(token.text)) return ['site', 'website', 'page', 'homepage'].includes(tokens[index + 1]?.text ?? '') ? undefined : make('organization', 'web-domain');
  const seat = INSTITUTION_SEATS.get(token.text);
  if (seat) return make('organization', 'institution-seat', seat);
  // "Mr. Tanaka" starting a sentence: the title's period opens nothing.
  if (tokens[index - 1]?.text === '.' && tokens[index - 1]!.attached && HONORIFICS.has(tokens[index - 2]?.lower ?? '')) {
    return make('person', 'honorific');
  }
  if (memory.personWords.has(lower)) return make('person', 'known-in-document');
  if (memory.organizations.has(lower)) return make('organization', 'known-in-document');
  if (COMPASS_POINTS.has(lower) || AMBIGUOUS_DEMONYMS.has(token.text)) return undefined;
  // "the summit in Austin", "flights from Lincoln": a famous person's name alone in a place's slot is the place.
  if (KNOWN_PEOPLE.has(lower) && inPlaceSlot(tokens, index)) return undefined;
  if (KNOWN_PEOPLE.has(lower)) return make('person', 'known-person');
  if (KNOWN_ORGANIZATIONS.has(lower)) return make('organization', 'known-organization');
  // "Microsoft, Meta and Amazon": listed with an organisation.
  // ... though not a head word left alone ("the Irving School District and the Irving Police").
  if (!token.upper && !NEVER_NAMES.has(lower) && !PLACE_HEADS.has(lower) && !ORG_HEADS.has(lower) && listedWithOrganization(tokens, index, memory)) {
    return make('organization', 'listed-with-organization');
  }
  if (PLACES.has(lower) || NEVER_NAMES.has(lower) || FUNCTION_WORDS.has(lower) || CONTRACTION.test(token.text)) return undefined;
  // "told MPs", "CEOs of banks": titles in the plural are nobody's name.
  if (/[^s]s$/.test(lower) && (ROLE_LIST_WORDS.has(lower.slice(0, -1)) || PERSON_ROLES.has(lower.slice(0, -1)))) return undefined;
  // Followers of a religion are people ("Muslims"); the adjective is nobody ("Muslim scholars").
  if (FAITHS.has(lower)) return undefined;
  if (lower.endsWith('s') && FAITHS.has(lower.slice(0, -1))) return make('person', 'people-of-faith');
  if (/^\p{Lu}$/u.test(token.text) || /^\p{Lu}\.\p{Lu}\p{Ll}+\.$/u.test(token.text)) return undefined;
  // "BRUSSELS (Reuters)": a dateline's city in capitals.
  if (token.upper && lower.length >= 4 && PLACES.has(lower)) return undefined;
  if (token.upper && isDateline(tokens, index, index + 1)) return undefined;
  // "NZ$ 40 million", "HK $5": a currency's prefix.
  if (token.upper && tokens[index + 1]?.text === '$') return undefined;
  if (token.upper) return NOT_ORG_ACRONYMS.has(lower.replace(/\./g, '')) || isModelNumber(token) || isShoutedWord(token) ? undefined : make('organization', 'acronym');
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  const initial = isSentenceInitial(tokens, index, context.from);
  const nameInLexicon = FIRST_NAMES.has(lower) || LAST_NAMES.has(lower);
  // "Codelco, the Chilean state copper miner,", "Morena, the ruling party,": what the apposition calls it.
  if (next?.text === ',' && appositionNamesOrganization(tokens, index + 2)) return make('organization', 'org-apposition');
  // "Kim, 34, said", "Okafor, a retired nurse, told": an age or a noun for a person in apposition, even first in
  // the sentence.
  if (next?.text === ',' && (!looksCommon(lower, memory.docLower) || nameInLexicon) && !ADJECTIVES.has(lower) && appositionNamesPerson(tokens, index + 2)) {
    return make('person', 'person-apposition');
  }
  // "Philipp Navratil of Nespresso": the body a person named in full belongs to (places were set aside above).
  const named = tokens[index - 2];
  if (previous?.text === 'of' && named?.capitalised && !named.upper && memory.personWords.has(named.lower) && !nameInLexicon && !initial &&
    !isDictionaryWord(lower, memory.docLower) && !(next?.text === ',' && tokens[index + 2]?.capitalised)) {
    return make('organization', 'body-of-person');
  }
  // "Nestlé's chief executive", "Ryanair's shareholders": what only a company has.
  const owned = tokens[index + 2];
  if (next && /^['’]s$/.test(next.text) && owned?.word && owned.text === owned.lower && CORPORATE_POSSESSIONS.has(owned.lower) && !nameInLexicon &&
    !isDictionaryWord(lower, memory.docLower)) {
    return make('organization', 'owner-of-company-things');
  }
  // "Wikinews interviews ...": an outlet built on "news" starting its sentence.
  if (/.news$|^news./.test(lower) && !FAMILIAR_WORDS.has(lower)) return make('organization', 'news-outlet');
  // "The Independent reported", "the Clarion wrote": a title after "the" that reports is a publication.
  if (!initial && previous?.lower === 'the' && next?.word && REPORTING_VERBS.has(next.lower) && !isRole(token) && !ORG_HEADS.has(lower) &&
    !LEGISLATURES.has(lower) && !isPersonNoun(lower)) {
    return make('organization', 'publication');
  }
  // "Anderlecht striker Thibaut Vanderpoel": no dictionary word before a noun for a kind of person is an employer.
  if (initial && next?.word && !next.capitalised && isPersonNoun(next.lower) && !looksCommon(lower, memory.docLower) && !ENGLISH_NOUN_ENDING.test(lower) && !nameInLexicon &&
    !ADJECTIVES.has(lower) && !/(ish|ese|ian|an|ic)$/.test(lower)) {
    return make('organization', 'org-before-role');
  }
  // "Mercedes team principal ...": a name no dictionary holds before the word for its kind, starting the sentence.
  if (initial && next && ['party', 'team', 'club', 'group', 'movement'].includes(next.text) && !isDictionaryWord(lower, memory.docLower) &&
    !ADJECTIVES.has(lower) && !/(ic|ical|ive|an|ese|ish|ional|ial)$/.test(lower)) {
    return make('organization', 'kind-after-name');
  }
  // "Rival Infosys": a noun for a kind of organisation starting the sentence.
  if (previous && ORG_NOUNS.has(previous.lower) && isSentenceInitial(tokens, index - 1, context.from)) return make('organization', 'org-noun-before');
  // A capital that only ever starts sentences is most often an ordinary word ("Image:", "Voters").
  if (initial && !memory.docNames.has(token.text) && !actsAsSubject(token, next, memory) &&
    !(next && (SAY_VERBS.has(next.lower) || AUXILIARIES.has(next.lower)) && !FAMILIAR_WORDS.has(lower) && !/s$/.test(lower))) {
    return undefined;
  }
  const subject = initial && actsAsSubject(token, next, memory);
  if (initial && isOrdinary(token, memory) && !nameInLexicon && !subject) return undefined;
  if (!initial && memory.docLower.has(lower) && !nameInLexicon) return undefined;
  // "Pentagon spokeswoman", "news service Yonhap", "lawmaker Park".
  // ... but "English captain Leah Williamson": a nationality or language before a role is no institution.
  const nationality = ADJECTIVES.has(lower) || /(ish|ese|ian)$/.test(lower);
  if (next && !next.capitalised && (isPersonRole(next) || isModifierBeforeRole(tokens, index + 1, context.to)) && !FIRST_NAMES.has(lower) && !nationality) {
    return make('organization', 'org-before-role');
  }
  if (previous && !previous.capitalised && ORG_NOUNS.has(previous.lower)) return make('organization', 'org-noun-before');
  if (previous && !previous.capitalised && isPersonRole(previous)) return make('person', 'role-before');
  // "told Globenews", "Newsmax reported": one word built on "news" is an outlet.
  if (/.news$|^news./.test(lower)) return make('organization', 'news-outlet');
  // Companies speak too ("Apple said"): a dictionary word that speaks is more likely a company.
  // ... as is an English word no name lexicon holds ("said Housing and Construction were weak").
  const familiar = FAMILIAR_WORDS.has(lower) || (!nameInLexicon && isDictionaryWord(lower, memory.docLower));
  // ... but "the government in Erbil said": the place where the speaker sits.
  const located = previous !== undefined && LOCATIVES.has(previous.lower);
  // "in Eugene, Oregon": a town named with its region.
  if (located && next?.text === ',' && tokens[index + 2] !== undefined && (PLACES.has(tokens[index + 2]!.lower) || COUNTRY_FORMS.has(tokens[index + 2]!.text))) {
    return undefined;
  }
  if (next && SAY_VERBS.has(next.lower) && !familiar && !located) return make('person', 'name-said');
  if (previous && SAY_VERBS.has(previous.lower) && !familiar) return make('person', 'said-name');
  // "the ruling Morena party", "the Mercedes team": an organisation named before the word for its kind.
  const adjective = ADJECTIVES.has(lower) || /(ic|ical|ive|an|ese|ish|ional|ial)$/.test(lower);
  if (next && ['party', 'team', 'club', 'group', 'movement'].includes(next.text) && !adjective) return make('organization', 'kind-after-name');
  // "Ferrari's Charles Leclerc": whose driver, player or employee.
  const possessed = tokens[index + 2];
  if (next && /^['’]s$/.test(next.text) && possessed?.capitalised && FIRST_NAMES.has(possessed.lower) && !FIRST_NAMES.has(lower)) {
    return make('organization', 'employer-of-person');
  }
  // "Western backers", "Islamic law": an adjective before its noun.
  if (next?.word && !next.capitalised && !SAY_VERBS.has(next.lower) && !AUXILIARIES.has(next.lower) &&
    (ADJECTIVES.has(lower) || /(ic|ical|ive|an|ese|ish|ional|ial)$/.test(lower))) {
    return undefined;
  }
  // "ending Douglas era", where the text names "Douglas Aircraft": a given or family name that the text only
  // writes as the first word of a company's name is the company.
  if (nameInLexicon && memory.organizationFirstWords.has(lower)) return make('organization', 'first-word-of-organization');
  if (nameInLexicon) return make('person', 'name-lexicon');
  // Nothing else is known about a word written once: too little to call it a name; nor about one written in the
  // singular and the plural ("Walkman", "Walkmans"): a thing.
  if ((memory.docCounts.get(token.text) ?? 0) < 2 || isInflected(token.text, memory.docCounts)) return undefined;
  if (previous?.lower === 'the') return actsAnywhere(tokens, token.text) ? make('organization', 'the-name') : undefined;
  if (PERSON_NAME_ENDING.test(lower)) return make('person', 'name-ending');
  // "her home in Dayton", when the text also names the "Dayton Daily News": after "in" a word known only as the
  // start of other names is the town they are named for ("shares in X" still names a company).
  if (previous && PLACE_PREPOSITIONS.has(previous.lower) && !INVESTMENT_WORDS.has(tokens[index - 2]?.lower ?? '')) return undefined;
  return make('organization', 'unknown-name');
}

/**
 * Does the document show this word, written after "the" (with no other evidence), doing what an organisation does:
 * written without "the" or with "The" inside a sentence ("The Onion"), speaking or acting ("the Guardian reported",
 * "the Taliban has"), owning ("the Taliban's"), or before a word for its kind ("the Gliders team")? "the Zeitgeist"
 * and "the Hajj" never do.
 */
function actsAnywhere(tokens: Token[], word: string): boolean {
  // (Called once per such word: a document has few.)
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== word) continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1];
    if (before.lower !== 'the') return true;
    if (after && (/^['’]s?$/.test(after.text) || SAY_VERBS.has(after.lower) || AUXILIARIES.has(after.lower) || ORG_NOUNS.has(after.lower) ||
      (after.text === after.lower && /[^s]s$|ed$/.test(after.lower) && after.lower.length > 3))) {
      return true;
    }
    // "the Budweiser Man of the Match award", "the Municipality of Livorno": the start of a longer name.
    if (after?.word && !after.newlineBefore && (after.capitalised || (after.lower === 'of' && tokens[i + 2]?.capitalised))) return true;
  }
  return false;
}

/** "the Chilean state copper miner": an article, then lower-case words or demonyms up to a noun for an organisation. */
function appositionNamesOrganization(tokens: Token[], from: number): boolean {
  if (!['the', 'a', 'an'].includes(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < from + 6; k++) {
    const token = tokens[k];
    // "the Dublin-based lessor", "the Munich-based group": where it is based.
    if (token?.attached && /^-\p{Ll}/u.test(token.text) && tokens[k - 1]!.capitalised) continue;
    if (!token?.word) return false;
    // ... but not "a company director": the noun is a person's.
    const after = tokens[k + 1];
    if (ORG_NOUNS.has(token.lower) && !token.capitalised) {
      if (after && /^['’]s$/.test(after.text)) return false;
      return !after?.word || !(ORG_NOUNS.has(after.lower) || isPersonNoun(after.lower) || isRole(after));
    }
    if (isPersonNoun(token.lower)) return false;
    if (token.capitalised && !COUNTRY_FORMS.has(token.text) && !/^-\p{Ll}/u.test(after?.attached ? after.text : '')) return false;
  }
  return false;
}

/** ", 34,", ", a retired nurse", ", the bank's chief economist": an age, or a noun for a person after at most three words. */
function appositionNamesPerson(tokens: Token[], from: number): boolean {
  const first = tokens[from];
  if (first && /^\p{N}{1,3}$/u.test(first.text) && (tokens[from + 1]?.text === ',' || tokens[from + 1]?.text === '.')) return true;
  if (!['the', 'a', 'an'].includes(first?.lower ?? '')) return false;
  const personal = (token: Token | undefined): boolean => token !== undefined && token.word && (isPersonNoun(token.lower) || isPersonRole(token));
  for (let k = from + 1; k < from + 6; k++) {
    const token = tokens[k];
    if (token && /^['’]s$/.test(token.text)) continue;
    if (!token?.word || token.capitalised) return false;
    if (personal(token)) return true;
    // "the club captain", "the bank's chief economist"; not "a company whose founder".
    if (ORG_NOUNS.has(token.lower) && !personal(tokens[k + 1]) && !/^['’]s$/.test(tokens[k + 1]?.text ?? '')) return false;
  }
  return false;
}

const DASHES = new Set(['—', '–', '-', '--']);

/**
 * "LILONGWE, Malawi —", "PORT LOUIS (Reuters) -", "CARACAS —": a place in capitals opening a line, before its
 * country, a news agency in brackets or a dash, is a dateline's city, whatever a gazetteer knows of it.
 */
function isDateline(tokens: Token[], from: number, to: number): boolean {
  const opening = tokens[from]!;
  if (!(from === 0 || opening.newlineBefore) || !tokens.slice(from, to).every((t) => (t.upper && t.text.length >= 3) || t.text === '.')) return false;
  let k = to;
  if (tokens[k]?.text === ',') {
    k++;
    // The country or region, in capitals or not ("Malawi", "Calif.", "D.C.").
    const country = k;
    while (k < country + 4 && tokens[k] !== undefined && (tokens[k]!.capitalised || tokens[k]!.text === '.') && !tokens[k]!.newlineBefore) k++;
    if (k === country) return false;
  }
  // "(AP)", "(Reuters)": the agency.
  if (tokens[k]?.text === '(') {
    const close = tokens.findIndex((t, j) => j > k && j < k + 5 && t.text === ')');
    if (close < 0) return false;
    k = close + 1;
  }
  return tokens[k] !== undefined && DASHES.has(tokens[k]!.text);
}

/** A capitalised name with a web domain's ending ("Detik.com", "Metro.us"). */
const WEB_DOMAIN = /^\p{Lu}[\p{L}\p{N}-]+\.(com|net|org|co|us|uk|io|info|news|tv|fm|de|fr|id|in|au|ca)$/u;

/** Lower-case words a company's name takes before them after a possessive: "Nestlé's chief executive", "Ryanair's board". */
const CORPORATE_POSSESSIONS = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'chief', 'chairman', 'chairwoman', 'board', 'shareholders', 'shares', 'subsidiary',
  'subsidiaries', 'headquarters', 'stock', 'profits', 'profit', 'revenue', 'revenues', 'customers', 'employees', 'workforce',
]);

/** Verbs of what a newspaper does. */
const REPORTING_VERBS = new Set(['reported', 'reports', 'cited', 'cites', 'quoted', 'quotes', 'revealed', 'reveals', 'published', 'wrote', 'writes']);

/** "Prize-winner", "Tax-payer": two ordinary words hyphenated, not a given name ("Sun-won" has a short syllable). */
function isCompoundNoun(token: Token): boolean {
  const [head = '', tail = ''] = token.lower.split('-');
  const ordinary = (word: string): boolean => FAMILIAR_WORDS.has(word) || COMMON_WORDS.has(word);
  return tail.length >= 5 && ordinary(head) && ordinary(tail);
}

/** "VERY", "NEVER": an ordinary word written in capitals for emphasis (short ones may be acronyms: "WHO"). */
function isShoutedWord(token: Token): boolean {
  return token.upper && token.lower.length >= 4 && /^\p{L}+$/u.test(token.text) && (FAMILIAR_WORDS.has(token.lower) || COMMON_WORDS.has(token.lower));
}

/** Does the document write this capitalised word both with and without a plural "s", each more than once? */
export function isInflected(word: string, docCounts: ReadonlyMap<string, number>): boolean {
  const other = word.endsWith('s') ? word.slice(0, -1) : word + 's';
  return (docCounts.get(word) ?? 0) >= 2 && (docCounts.get(other) ?? 0) >= 2;
}

/** A model number ("A380", "DC-9", "A330-300E"): a product, never an organisation. */
function isModelNumber(token: Token): boolean {
  if (/\p{N}.*\p{N}.*\p{N}/u.test(token.text) || /-\p{N}/u.test(token.text)) return true;
  // "K2", "F16", "T90": a letter or two and a number are a model ("K2 tanks"); "G7" and "G20" are groups of states.
  return /^\p{Lu}{1,2}\p{N}{1,2}$/u.test(token.text) && !/^G\p{N}/u.test(token.text);
}
/** "J.", "K.C.": initials of a person's given names. */
export function isInitials(token: Token): boolean {
  return /^(\p{Lu}\.){1,3}$/u.test(token.text) && !COUNTRY_FORMS.has(token.text);
}

function listedWithOrganization(tokens: Token[], index: number, memory: DocumentMemory): boolean {
  const known = (token: Token | undefined, at: number): boolean =>
    token !== undefined && token.capitalised && (KNOWN_ORGANIZATIONS.has(token.lower) || memory.organizations.has(token.lower) || memory.organizationTokens.has(at));
  const separator = (token: Token | undefined): boolean => token !== undefined && (token.text === ',' || token.lower === 'and' || token.lower === 'or');
  // Walk the coordinated list both ways: names and separators alternate. A list is joined by "and" or "or"
  // somewhere, or has three items; "the University of Arkansas, Fayetteville, said" is a name and where it is.
  let listed = false;
  let joined = false;
  let items = 0;
  for (const step of [-1, 1]) {
    let k = index + step;
    for (let hops = 0; hops < 4 && separator(tokens[k]); hops++) {
      if (tokens[k]!.text !== ',') joined = true;
      k += step;
      if (separator(tokens[k])) {
        joined = true;
        k += step;
      }
      // "the Greens and the Pensioners' League": an item's article.
      if (step === 1 && tokens[k]?.text === 'the') k++;
      const item = tokens[k];
      if (!item?.capitalised) break;
      items++;
      if (known(item, k)) listed = true;
      // "The New York Times, Jezebel": an item of several words is passed over whole.
      do k += step;
      while (tokens[k]?.word && (tokens[k]!.capitalised || tokens[k]!.lower === 'of' || tokens[k]!.lower === 'the') && !separator(tokens[k]));
    }
  }
  return listed && (joined || items >= 2);
}

function isNameBetweenNames(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const afterFirstName = previous?.capitalised === true && FIRST_NAMES.has(previous.lower) && !tokens[i]!.attached;
  // "Jun Young-hyun": a Korean given name, hyphenated, after a family name that is also a month's abbreviation.
  const beforeLastName = next?.capitalised === true && (LAST_NAMES.has(next.lower) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(next.text)) && !next.attached && !next.newlineBefore;
  return afterFirstName || beforeLastName;
}

function isSentenceInitial(tokens: Token[], index: number, from: number): boolean {
  for (let k = index - 1; k >= from; k--) {
    const token = tokens[k]!;
    if (token.word) return false;
    if (OPENERS.has(token.text)) return true;
  }
  return true;
}

/** Rules that call a name a person's from a lexicon or its shape alone: the document's own organisation outranks them. */
const WEAK_PERSON_RULES = new Set(['first-name', 'last-name', 'name-shape', 'name-lexicon', 'name-ending', 'surname-shape']);
/** Words before a place's name: "flights from Hefei and Dalian", "a plant in Brookfield". */
const PLACE_PREPOSITIONS_ALL = new Set([...PLACE_PREPOSITIONS, 'from', 'to', 'into', 'between', 'via', 'through', 'towards', 'toward']);

/** Is the name at `index` in a place's slot, after a place preposition and any names listed before it? */
function inPlaceSlot(tokens: Token[], index: number): boolean {
  let k = index - 1;
  while (k >= 0 && (tokens[k]!.capitalised || tokens[k]!.text === ',' || tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or')) k--;
  return k >= 0 && PLACE_PREPOSITIONS_ALL.has(tokens[k]!.text);
}

/**
 * "Keldermann Havendienst GmbH ... the offer for Keldermann", "Marlowe Carter Bank ... Marlowe Carter said it": the
 * words before an organisation's head, written alone elsewhere in the document, are its short name, even where they
 * look like a person's. Not for names given in someone's honour ("the Andy Warhol Foundation ... Warhol said"),
 * ordinary words ("Northern Medical Journal ... Northern"), countries, or a place's slot ("Hefei Airlines ... flights
 * from Hefei"): a city is no organisation on its own. Retypes people guessed from a lexicon or a shape alone in
 * `candidates` and returns the short names no candidate covers.
 */
export function settleShortNames(tokens: Token[], candidates: Candidate[], docLower: ReadonlySet<string>): Candidate[] {
  const openers = new Map<string, number>();
  for (const organization of candidates) {
    if (organization.type !== 'organization' || organization.rule !== 'org-head') continue;
    let head = organization.from + 1;
    while (head < organization.to && !isOrgHeadAt(tokens, head, organization.to)) head++;
    if (head >= organization.to || head - organization.from > 3 || NAMED_FOR_PEOPLE.has(tokens[head]!.lower)) continue;
    if (candidates.some((other) => other.type === 'person' && other.from >= organization.from && other.to <= organization.to)) continue;
    const words = tokens.slice(organization.from, head);
    if (words.some((t) => !t.word || !t.capitalised || t.upper || ORG_HEADS.has(t.lower) || isRole(t) || COUNTRY_FORMS.has(t.text))) continue;
    for (let n = 1; n <= words.length; n++) {
      const prefix = words.slice(0, n);
      // "European Union ... European farmers", "Pacific ...": an adjective or a place alone is no short name.
      if (prefix.every((t) => looksCommon(t.lower, docLower) || isDictionaryWord(t.lower, docLower) || ADJECTIVES.has(t.lower)) ||
        PLACES.has(prefix.map((t) => t.lower).join(' ')) || (n === 1 && /(an|ese|ish|ic)$/.test(prefix[0]!.lower))) {
        continue;
      }
      openers.set(prefix.map((t) => t.text).join(' '), n);
    }
  }
  if (openers.size === 0) return [];
  const longest = Math.max(...openers.values());
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalised || tokens[i - 1]?.capitalised && tokens[i - 1]!.word) continue;
    for (let n = longest; n >= 1; n--) {
      const words = tokens.slice(i, i + n);
      if (words.length < n || openers.get(words.map((t) => t.text).join(' ')) !== n) continue;
      const after = tokens[i + n];
      if ((after?.word && after.capitalised) || inPlaceSlot(tokens, i)) break;
      const same = candidates.find((c) => c.from === i && c.to === i + n);
      if (same) {
        if (same.type === 'person' && WEAK_PERSON_RULES.has(same.rule)) {
          same.type = 'organization';
          same.rule = 'short-name-of-organization';
        }
      } else if (!candidates.some((c) => c.from < i + n && i < c.to)) {
        added.push({ from: i, to: i + n, type: 'organization', rule: 'short-name-of-organization' });
      }
      i += n - 1;
      break;
    }
  }
  return added;
}
