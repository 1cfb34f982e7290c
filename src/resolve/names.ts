/**
 * Name forms: how a surface string becomes something two mentions can be compared by.
 *
 *   "Yoon Suk-yeol's"  → display "Yoon Suk-yeol",  tokens [yoon, suk, yeol]
 *   "U.S."             → display "U.S.",            tokens [us]
 *   "Zelenskyy"        ≠ "Zelensky" across articles (no fuzzy matching there: a wrong merge costs more than a
 *                      split); within one article a one-letter slip in a long name is forgiven (src/resolve/resolve.ts)
 *
 * Only closed lists of words that shape names live here (titles, corporate suffixes, particles); never a name.
 */
import type { EntityType } from '../types.js';

/** Lower-case, diacritics folded, dots dropped ("U.S." → "us"), split on anything that is not a letter or digit. */
export const nameTokens = memoize(tokenize);

function tokenize(text: string): string[] {
  return fold(text)
    .replace(/['’]s\b/g, '')
    .replace(/[.’'`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Surface forms repeat throughout a corpus ("Putin" hundreds of times), so reading one is remembered. Results are
 * shared, never to be changed by callers; the memory is dropped when it grows large.
 */
function memoize<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      if (known.size >= 100_000) known.clear();
      value = read(text);
      known.set(text, value);
    }
    return value;
  };
}

/** Code-unit order: the same in every JavaScript engine and locale, so keys and labels do not depend on where a build ran. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lower-case with diacritics folded ("Ličen" → "licen"). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** `entityKey`'s slug: lower-case, diacritics folded, hyphen-separated. Letters of any script are kept. */
export function slug(text: string): string {
  return nameTokens(text.replace(/&/g, ' and ')).join('-');
}

export function entityKey(type: EntityType, canonicalName: string): string {
  return `${type}:${slug(canonicalName)}`;
}

/** Possessive endings and the punctuation a span can carry at its edges. */
export const stripEdges = memoize(stripTextEdges);

function stripTextEdges(text: string): string {
  let out = text.trim();
  for (;;) {
    const next = out
      .replace(/^[\s"“”‘’'([{«»,;:–—-]+/, '')
      .replace(/[\s"“”‘’'([{«»,;:–—-]+$/, '')
      .replace(/(?:['’]s|s['’])$/u, (m) => (m.startsWith('s') ? 's' : ''))
      .replace(/^the\s+/i, '')
      .trim();
    if (next === out) return out;
    out = next;
  }
}

/** A span's text up to an apposition or a bracket ("Jobs, aged 55" → "Jobs"; "Air Force (USAF" → "Air Force"). */
export function headOfSpan(text: string): string {
  const cut = text.search(/\s*[,(;–—]\s*|\s+-\s+/);
  return cut > 0 ? text.slice(0, cut) : text;
}

/**
 * Words that can stand before a person's name and are not part of it: honorifics, offices, ranks, roles.
 * Compared lower-case, dots dropped.
 */
const TITLE_WORDS = new Set(
  `mr mrs ms miss mx dr doctor prof professor sir dame lord lady madam madame mme mlle monsieur
  president presidential vice deputy prime minister ministers premier chancellor secretary undersecretary
  senator sen rep representative congressman congresswoman congressmember governor gov mayor councillor councilor
  ambassador envoy consul diplomat spokesman spokeswoman spokesperson press official officials adviser advisor
  aide chief head director executive ceo cfo coo cto chairman chairwoman chair chairperson founder cofounder
  manager leader commander general gen lieutenant lt colonel col major maj captain capt sergeant sgt admiral adm
  marshal brigadier corporal private officer inspector detective sheriff constable superintendent commissioner
  judge justice magistrate attorney lawyer prosecutor king queen prince princess emperor empress sultan emir sheikh shaikh
  pope cardinal archbishop bishop reverend rev father pastor rabbi imam ayatollah saint st
  former late acting interim outgoing incoming new then current emeritus assistant associate senior junior
  shadow foreign defence defense home interior finance justice state trade economy health education
  labour labor national international federal regional deputy supreme
  coach analyst economist spokes reporter correspondent editor journalist author writer poet artist singer actor actress
  player striker midfielder defender goalkeeper captain champion star scientist researcher historian philosopher activist
  lawmaker legislator mp mep politician candidate nominee dissident defector member members
  chief-executive ombudsman registrar chancellor provost lecturer fellow
  affairs security intelligence homeland interior commerce treasury transport agriculture environment energy culture
  information economic economy immigration customs aviation relations development cooperation`.split(/\s+/).filter(Boolean),
);

/** Particles that live inside names and are written lower-case ("Ursula von der Leyen", "Vincent van Gogh"). */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'bin', 'bint', 'ibn', 'al', 'el', 'ben', 'ter', 'ten', 'zu', 'y', 'e']);

export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/** Generational and honour suffixes that follow a name and are not part of the identity. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'qc', 'kc', 'mbe', 'obe', 'cbe', 'phd', 'md', 'esq']);

/** Head nouns of organisations: a "name" that holds one is an office, not a person. */
const INSTITUTION_HEADS = new Set(
  `department ministry office agency bureau council committee commission party company corporation university college
  school institute association union court army navy police government parliament senate congress assembly embassy
  foundation museum hospital group team club league federation`.split(/\s+/).filter(Boolean),
);

export const isTitleWord = memoize((word: string): boolean => TITLE_WORDS.has(fold(word).replace(/[.’']/g, '')));

export interface PersonName {
  /** The name as written, titles and roles cut off ("Donald Trump" from "U.S. President Donald Trump"). */
  display: string;
  tokens: string[];
  /** Title words that stood before the name, lower-case ("president"), for "the President" later in the text. */
  titles: string[];
}

/**
 * The name inside a person mention: the trailing run of capitalised words (with particles and initials), cut at an
 * apposition. Returns an empty name for a title or role on its own ("the President", "Prime Minister").
 */
export const personName = memoize(readPersonName);

function readPersonName(text: string): PersonName {
  const head = stripEdges(headOfSpan(stripEdges(text)));
  // "Michael Tien of NPP", "Alvin Yeung from the Civic Party": the name is what comes before.
  const beforeOf = head.split(/\s+(?:of|from|at|for|with|by)\s+/)[0] ?? head;
  const words = beforeOf.split(/\s+/).filter(Boolean);
  while (words.length > 1 && NAME_SUFFIXES.has(fold(words[words.length - 1] ?? '').replace(/[.,]/g, ''))) words.pop();
  // The name starts after the last title, role, lower-case word or possessive that still has a name word after
  // it: "Deputy Pentagon Press Secretary Sabrina Singh" → "Sabrina Singh", while "John Major" keeps "Major".
  const isNameWord = (word: string): boolean => /^\p{Lu}/u.test(word) && !isTitleWord(word) && !/['’]s$/u.test(word);
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const breaks = isTitleWord(word) || /['’]s$/u.test(word) || (/^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word));
    if (breaks && words.slice(i + 1).some(isNameWord)) start = i + 1;
  }
  const kept = words.slice(start);
  // "Rick Santorum himself", "Matthew Miller spokesman": lower-case words after the name are not part of it (a
  // capitalised title word is: "Stephen King", "John Major").
  while (kept.length > 0 && !/^\p{Lu}/u.test(kept[kept.length - 1] ?? '')) kept.pop();
  // "State Department Spokesperson" is a role at an institution, not a person called "Department".
  if (!kept.some(isNameWord) || kept.some((word) => INSTITUTION_HEADS.has(fold(word)))) kept.length = 0;
  const titles = words
    .slice(0, words.length - kept.length)
    .map((w) => fold(w).replace(/[.’']/g, ''))
    .filter((w) => TITLE_WORDS.has(w));
  const display = kept.join(' ');
  return { display, tokens: nameTokens(display), titles };
}

/** Legal-form suffixes that do not change which company is meant ("Apple Inc." is "Apple"). */
const CORPORATE_SUFFIXES = new Set(['inc', 'incorporated', 'corp', 'corporation', 'company', 'ltd', 'limited', 'plc', 'llc', 'llp', 'lp', 'nv', 'sa', 'ag', 'gmbh', 'spa', 'bv', 'ab', 'asa', 'oyj', 'co', 'group', 'holdings', 'holding']);

/**
 * Words that name a company's line of business after its name: "Zentro Commercial Airplanes", "Zentro Defense,
 * Space & Security", "Zentro Cloud" are divisions that act for the company named, and a reader of the graph wants
 * them on its node. Words that make a separate body ("Capital", "Foundation", "Corps", "Records") are not here.
 */
export const DIVISION_WORDS = new Set([
  'commercial', 'airplanes', 'aircraft', 'military', 'defense', 'defence', 'space', 'security', 'helicopters', 'cars',
  'trucks', 'vans', 'buses', 'mobile', 'cloud', 'consumer', 'retail', 'engines', 'rail', 'marine', 'research', 'devices',
]);

/** Small words inside organisation names, skipped when forming initials. */
export const ORGANIZATION_STOPWORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'des', 'du', 'la', 'le', 'et', 'fur', 'und', 'a', 'an']);

/**
 * Words of trade that follow a company's short name and are dropped in speech ("AirTran Airways" is "AirTran",
 * "Apple Computer" is "Apple"). Not stripped when what remains names a country ("British Airways").
 */
export const TRADE_DESCRIPTORS = new Set([
  'computer', 'computers', 'airways', 'airlines', 'motors', 'motor', 'systems', 'technologies', 'technology',
  'electronics', 'software', 'networks', 'communications', 'telecommunications', 'pharmaceuticals', 'industries',
  'enterprises', 'entertainment', 'foods', 'energy', 'petroleum', 'aerospace', 'semiconductor', 'labs',
]);

/** Roles that can trail an organisation's name in a span and are not part of it. */
const ORGANIZATION_ROLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chairperson', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'executive', 'executives', 'employee', 'employees', 'chief', 'boss']);

export interface OrganizationName {
  display: string;
  tokens: string[];
}

/**
 * The name inside an organisation mention: descriptors before it cut off ("aircraft manufacturer Boeing" →
 * "Boeing"), legal-form suffixes dropped from the tokens ("Aer Lingus Group PLC" ~ "Aer Lingus").
 */
export const organizationName = memoize(readOrganizationName);

function readOrganizationName(text: string): OrganizationName {
  const head = stripEdges(headOfSpan(stripEdges(text)));
  const words = head.split(/\s+/).filter(Boolean);
  // The name starts after the last lower-case word that is not a connector inside names ("of", "and").
  let start = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i] ?? '';
    // "aircraft maker Boeing", "Intel-based Mac", "EADS-led consortium": descriptors, not the name.
    const describes = /^\p{Ll}/u.test(word) ? !ORGANIZATION_STOPWORDS.has(word.toLowerCase()) : /-\p{Ll}+$/u.test(word) || /^(?:pro|anti|ex|non|post|pre)-/i.test(word);
    if (describes) start = i + 1;
  }
  while (start < words.length - 1 && /^(?:the|a|an)$/i.test(words[start] ?? '')) start++;
  const kept = words.slice(start);
  // "Apple Computer CEO", "Pentagon officials": the people of an organisation, caught in its span.
  while (kept.length > 1 && ORGANIZATION_ROLES.has(fold(kept[kept.length - 1] ?? ''))) kept.pop();
  // "EADS-led", "Scientology-related": an adjective made of the name still names it.
  const last = kept[kept.length - 1];
  if (last !== undefined && /^\p{Lu}.*-\p{Ll}+$/u.test(last)) kept[kept.length - 1] = last.replace(/-\p{Ll}+$/u, '');
  const display = kept.join(' ');
  const tokens = [...nameTokens(display)];
  while (tokens.length > 1 && CORPORATE_SUFFIXES.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return { display, tokens };
}

/** Reads "Defense Department" as "Department of Defense", "Foreign Ministry" as "Ministry of Foreign Affairs". */
export function canonicalInstitutionOrder(tokens: string[]): string[] {
  const heads = new Set(['department', 'ministry', 'office', 'secretariat', 'agency', 'bureau', 'directorate']);
  const last = tokens[tokens.length - 1];
  if (tokens.length < 2 || last === undefined || !heads.has(last)) return tokens;
  // Only the head-final institutional pattern: "Foreign Ministry", "Defense Department", "Home Office" stays
  // (one word that is a place or a domain reads the same both ways only for ministries and departments).
  if (last === 'office' || last === 'agency' || last === 'bureau') return tokens;
  let domain = tokens.slice(0, -1);
  if (domain.length === 1 && domain[0] === 'foreign') domain = ['foreign', 'affairs'];
  if (domain.length === 1 && domain[0] === 'defence') domain = ['defense'];
  return [last, 'of', ...domain];
}

/** Initials of a name's significant words ("National Intelligence Service" → "nis"). */
export function initials(tokens: string[], skipStopwords: boolean): string {
  // The first word counts even when small ("For Inspiration and Recognition of Science and Technology": FIRST).
  return tokens
    .filter((t, i) => i === 0 || !skipStopwords || !ORGANIZATION_STOPWORDS.has(t))
    .map((t) => t[0] ?? '')
    .join('');
}

/** The capitals of a name written in camel case ("LibriVox" → "lv"), or undefined when it has fewer than two. */
export function capitalsOf(display: string): string | undefined {
  const capitals = display.replace(/[^\p{Lu}]/gu, '');
  return capitals.length >= 2 && capitals.length < display.replace(/\s/g, '').length ? fold(capitals) : undefined;
}

/** A written acronym: two to eight capitals, dots or digits allowed ("NIS", "U.N.", "G7", "KCNA"). */
export function looksLikeAcronym(text: string): boolean {
  const bare = text.replace(/\./g, '');
  return /^[\p{Lu}][\p{Lu}\d&]{1,7}$/u.test(bare) && /\p{Lu}.*\p{Lu}/u.test(bare);
}

/**
 * English given names and the familiar forms they go by ("Larry" for Lawrence, "Bill" for William): one person
 * within an article can be written either way. Common knowledge, not names of anyone in particular.
 */
const FAMILIAR_FORMS: Record<string, string[]> = {
  william: ['bill', 'billy', 'will', 'willy', 'liam'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  richard: ['dick', 'rick', 'ricky', 'rich'],
  james: ['jim', 'jimmy', 'jamie'],
  john: ['jack', 'johnny'],
  michael: ['mike', 'mick', 'mickey'],
  lawrence: ['larry'],
  laurence: ['larry'],
  thomas: ['tom', 'tommy'],
  joseph: ['joe', 'joey'],
  charles: ['charlie', 'chuck'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  anthony: ['tony'],
  christopher: ['chris'],
  daniel: ['dan', 'danny'],
  david: ['dave'],
  stephen: ['steve'],
  steven: ['steve'],
  andrew: ['andy', 'drew'],
  alexander: ['alex'],
  benjamin: ['ben'],
  jonathan: ['jon'],
  matthew: ['matt'],
  nicholas: ['nick'],
  patrick: ['pat'],
  peter: ['pete'],
  samuel: ['sam'],
  timothy: ['tim'],
  donald: ['don'],
  ronald: ['ron'],
  kenneth: ['ken'],
  gerald: ['gerry', 'jerry'],
  gregory: ['greg'],
  jeffrey: ['jeff'],
  joshua: ['josh'],
  raymond: ['ray'],
  frederick: ['fred'],
  henry: ['harry', 'hank'],
  theodore: ['ted', 'teddy'],
  elizabeth: ['liz', 'beth', 'betty', 'lizzie'],
  margaret: ['maggie', 'meg', 'peggy'],
  katherine: ['kate', 'katie', 'kathy'],
  catherine: ['kate', 'katie', 'cathy'],
  jennifer: ['jen', 'jenny'],
  patricia: ['pat', 'patty', 'trish'],
  susan: ['sue', 'susie'],
  deborah: ['debbie', 'deb'],
  rebecca: ['becky'],
  victoria: ['vicky'],
  jessica: ['jess'],
  samantha: ['sam'],
  alexandra: ['alex'],
  abigail: ['abby'],
};

/** Whether two given names are one written formally and one familiarly ("lawrence" and "larry"). */
export function familiarFormOf(a: string, b: string): boolean {
  return (FAMILIAR_FORMS[a]?.includes(b) ?? false) || (FAMILIAR_FORMS[b]?.includes(a) ?? false);
}
