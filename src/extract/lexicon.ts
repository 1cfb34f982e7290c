/**
 * Lookup tables, built once at module load from general knowledge: the `world-countries` data and compromise's
 * lexicon (first names, last names, honorifics, role nouns, organisations), plus short closed lists of words that
 * shape names (titles, organisation heads, particles). No names are taken from any evaluation corpus.
 */
import nlp from 'compromise';
import countries from 'world-countries';

/** What a country word is: the name itself, a demonym ("Russian"), or a capital standing for its government. */
export type CountryForm = 'name' | 'code' | 'demonym' | 'capital';

export interface CountryEntry {
  canonical: string;
  form: CountryForm;
  independent: boolean;
}

/** Keys are the exact surface form (case matters: "US" is a country, "us" a pronoun). */
export const COUNTRY_FORMS = new Map<string, CountryEntry>();
/** Longest country surface form in tokens, to bound the longest-match search. */
export let COUNTRY_MAX_TOKENS = 1;

const WORD_SPLIT = /[\s]+/;

function addCountryForm(surface: string, entry: CountryEntry): void {
  const key = surface.trim();
  if (!key) return;
  const known = COUNTRY_FORMS.get(key);
  // An independent state wins a shared form ("American" is the United States, not American Samoa), and a
  // name wins over a capital or demonym of another country.
  if (known) {
    const rank = (e: CountryEntry): number => (e.independent ? 2 : 0) + (e.form === 'name' || e.form === 'code' ? 1 : 0);
    if (rank(known) >= rank(entry)) return;
  }
  COUNTRY_FORMS.set(key, entry);
  COUNTRY_MAX_TOKENS = Math.max(COUNTRY_MAX_TOKENS, tokenCount(key));
}

function tokenCount(surface: string): number {
  // Mirrors the tokenizer closely enough for a bound: words, and "'s"/punctuation as their own tokens.
  return surface.split(WORD_SPLIT).length + (surface.match(/[,()'’]/g)?.length ?? 0);
}

/** Plural of a demonym used for the people ("Russians", "Israelis"); invariant ones ("Chinese") have none. */
function demonymPlural(demonym: string): string | undefined {
  if (/(an|i|ian|ean|ine)$/.test(demonym)) return demonym + 's';
  return undefined;
}

for (const country of countries) {
  const canonical = country.name.common;
  const independent = country.independent === true;
  const add = (surface: string, form: CountryForm): void => addCountryForm(surface, { canonical, form, independent });
  add(canonical, 'name');
  add(country.name.official, 'name');
  for (const alt of country.altSpellings) {
    // Two-letter codes are never taken on their own; non-Latin spellings never occur in English news, Latin ones
    // with accents do ("Côte d'Ivoire").
    if (alt.length <= 2 || !/^\p{Script=Latin}[\p{Script=Latin} .'’()-]*$/u.test(alt) || alt.includes(', ')) continue;
    add(alt, /^[A-Z]{3,4}$/.test(alt) ? 'code' : 'name');
  }
  if (country.name.official.startsWith('Kingdom of the ')) add(canonical.replace(/^/, 'the '), 'name');
  for (const demonym of new Set([country.demonyms?.eng?.m, country.demonyms?.eng?.f])) {
    if (!demonym) continue;
    add(demonym, 'demonym');
    const plural = demonymPlural(demonym);
    if (plural) add(plural, 'demonym');
  }
  if (independent) {
    for (const capital of country.capital ?? []) {
      add(capital, 'capital');
      const short = capital.replace(/,?\s+D\.C\.$/, '');
      if (short !== capital) add(short, 'capital');
    }
  }
}

/** Forms the press uses that the data spells differently, and states that no longer exist but fill archives. */
const EXTRA_COUNTRY_FORMS: Array<[string, string, CountryForm]> = [
  ['US', 'United States', 'code'],
  ['USA', 'United States', 'code'],
  ['U.S.', 'United States', 'code'],
  ['U.S', 'United States', 'code'],
  ['U.S.A.', 'United States', 'code'],
  ['America', 'United States', 'name'],
  ['UK', 'United Kingdom', 'code'],
  ['U.K.', 'United Kingdom', 'code'],
  ['Britain', 'United Kingdom', 'name'],
  ['Great Britain', 'United Kingdom', 'name'],
  ['Britons', 'United Kingdom', 'demonym'],
  ['Brits', 'United Kingdom', 'demonym'],
  ['UAE', 'United Arab Emirates', 'code'],
  ['DPRK', 'North Korea', 'code'],
  ['ROK', 'South Korea', 'code'],
  ['PRC', 'China', 'code'],
  ['DRC', 'DR Congo', 'code'],
  ['Soviet Union', 'Soviet Union', 'name'],
  ['USSR', 'Soviet Union', 'code'],
  ['Soviet', 'Soviet Union', 'demonym'],
  ['Czechoslovakia', 'Czechoslovakia', 'name'],
  ['Yugoslavia', 'Yugoslavia', 'name'],
  ['East Germany', 'East Germany', 'name'],
  ['West Germany', 'West Germany', 'name'],
  ['Burma', 'Myanmar', 'name'],
  ['Turkey', 'Türkiye', 'name'],
  ['Czech Republic', 'Czechia', 'name'],
  ['Cabo Verde', 'Cape Verde', 'name'],
  ['The Gambia', 'Gambia', 'name'],
  ['Holland', 'Netherlands', 'name'],
  ['Ivory Coast', 'Ivory Coast', 'name'],
  ['Kiev', 'Ukraine', 'capital'],
  // The United Kingdom's constituent countries, which news names as countries of their own.
  ['England', 'England', 'name'],
  ['Scotland', 'Scotland', 'name'],
  ['Wales', 'Wales', 'name'],
  ['Northern Ireland', 'Northern Ireland', 'name'],
  // Seats of governments the data does not count as independent states, which news reports as such.
  ['Taipei', 'Taiwan', 'capital'],
  ['Pristina', 'Kosovo', 'capital'],
  ['Ramallah', 'Palestine', 'capital'],
  // "DC" after Washington is part of the city's name, however it is punctuated.
  ['Washington DC', 'United States', 'capital'],
  ['Washington, DC', 'United States', 'capital'],
  ['Washington, D.C.', 'United States', 'capital'],
  // Seats of government the press names for the government itself.
  ['Kremlin', 'Russia', 'capital'],
  ['White House', 'United States', 'capital'],
  ['Downing Street', 'United Kingdom', 'capital'],
  ['Elysee', 'France', 'capital'],
  ['Élysée', 'France', 'capital'],
  ['Blue House', 'South Korea', 'capital'],
  ['Zhongnanhai', 'China', 'capital'],
  ['Filipino', 'Philippines', 'demonym'],
  ['Filipinos', 'Philippines', 'demonym'],
  ['Afghans', 'Afghanistan', 'demonym'],
  ['Iraqis', 'Iraq', 'demonym'],
  ['Saudi', 'Saudi Arabia', 'demonym'],
  ['Saudis', 'Saudi Arabia', 'demonym'],
  ['Kuwaitis', 'Kuwait', 'demonym'],
  ['Pakistanis', 'Pakistan', 'demonym'],
  ['Turks', 'Turkey', 'demonym'],
  ['Poles', 'Poland', 'demonym'],
  ['Swedes', 'Sweden', 'demonym'],
  ['Danes', 'Denmark', 'demonym'],
  ['Finns', 'Finland', 'demonym'],
  ['Spaniards', 'Spain', 'demonym'],
  ['Scots', 'United Kingdom', 'demonym'],
  ['Chinese', 'China', 'demonym'],
  ['Japanese', 'Japan', 'demonym'],
  ['Vietnamese', 'Vietnam', 'demonym'],
  ['Swiss', 'Switzerland', 'demonym'],
];
for (const [surface, canonical, form] of EXTRA_COUNTRY_FORMS) {
  addCountryForm(surface, { canonical, form, independent: true });
}
// "English" is a language far more often than the English.
COUNTRY_FORMS.delete('English');

/**
 * Last words of two-word demonyms that are no demonym alone: "Korean" may be North or South, "African" is a
 * continent's. Written alone they name no country, and no organisation either.
 */
export const AMBIGUOUS_DEMONYMS = new Set<string>();
for (const [form, entry] of COUNTRY_FORMS) {
  const words = form.split(' ');
  const last = words[words.length - 1]!;
  if (entry.form === 'demonym' && words.length === 2 && !COUNTRY_FORMS.has(last)) AMBIGUOUS_DEMONYMS.add(last);
}

/**
 * Seats of institutions the press names for the institution itself. Governments' seats are countries (see
 * EXTRA_COUNTRY_FORMS: "the Kremlin", "the White House"); these stand for one organisation.
 */
export const INSTITUTION_SEATS = new Map<string, string>([
  ['Pentagon', 'United States Department of Defense'],
  ['Scotland Yard', 'Metropolitan Police Service'],
  ['Foggy Bottom', 'United States Department of State'],
  ["Quai d'Orsay", 'Ministry for Europe and Foreign Affairs'],
]);

/** Single-word country forms by their upper-case spelling, for headlines in capitals ("CHINA"). */
export const SHOUTED_COUNTRY_FORMS = new Map<string, CountryEntry>();
for (const [form, entry] of COUNTRY_FORMS) {
  if (!/\s/.test(form) && form.length > 3 && entry.form !== 'code') SHOUTED_COUNTRY_FORMS.set(form.toUpperCase(), entry);
}

/** First words of every country form, so most tokens are rejected with one lookup. */
export const COUNTRY_FIRST_WORDS = new Set<string>();
for (const form of COUNTRY_FORMS.keys()) COUNTRY_FIRST_WORDS.add(form.split(/[\s'’]/)[0]!);

// ---------------------------------------------------------------------------------------------------------------
// compromise's lexicon
// ---------------------------------------------------------------------------------------------------------------

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** Lower-cased single words compromise knows as first names. */
export const FIRST_NAMES = new Set<string>();
/** Lower-cased single words compromise knows as last names. */
export const LAST_NAMES = new Set<string>();
/** Lower-cased full names of well-known people ("barack obama"). */
export const KNOWN_PEOPLE = new Set<string>();
/** Lower-cased names of well-known organisations and teams ("associated press"). */
export const KNOWN_ORGANIZATIONS = new Set<string>();
/** Lower-cased place names that are not countries (cities, regions): never people, never organisations. */
export const PLACES = new Set<string>();
/** Lower-cased role nouns ("president", "spokesman") and honorifics ("mr", "dr"). */
export const ROLE_WORDS = new Set<string>();
/** Lower-cased ordinary words: a capitalised one at the start of a sentence is not a name. */
export const COMMON_WORDS = new Set<string>();
/** Lower-cased adjectives ("western", "global"): capitalised alone before a noun, they are not names. */
export const ADJECTIVES = new Set<string>();
/** Lower-cased words that are never part of a name: months, weekdays and such. */
export const NEVER_NAMES = new Set<string>();

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);
for (const [word, tagOrTags] of Object.entries(lexicon)) {
  const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
  let isName = false;
  for (const tag of tags) {
    if (tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName') FIRST_NAMES.add(word);
    else if (tag === 'LastName') LAST_NAMES.add(word);
    else if (tag === 'Person') KNOWN_PEOPLE.add(word);
    else if (tag === 'Organization' || tag === 'SportsTeam') KNOWN_ORGANIZATIONS.add(word);
    else if (tag === 'City' || tag === 'Region' || tag === 'Place') PLACES.add(word);
    else if (tag === 'Actor' || tag === 'Honorific') ROLE_WORDS.add(word);
    else if (tag === 'Month' || tag === 'WeekDay' || tag === 'Date' || tag === 'Holiday') NEVER_NAMES.add(word);
    else if (tag === 'Adjective' || tag === 'Comparative' || tag === 'Superlative') ADJECTIVES.add(word);
    if (NAME_TAGS.has(tag) || tag === 'Organization' || tag === 'SportsTeam' || tag === 'Country') isName = true;
    if (tag === 'City' || tag === 'Region' || tag === 'Place' || tag === 'ProperNoun' || tag === 'Demonym') isName = true;
  }
  if (!isName && !word.includes(' ')) COMMON_WORDS.add(word);
}
/**
 * Given and family names that are also English words ("Frank", "Grace", "Rob", "Baker"), from compromise's list of
 * words it decides by context. Lower-cased; place names and months among them are left out.
 */
export const NAMES_THAT_ARE_WORDS = new Set<string>();
/** Lower-cased nouns for kinds of people ("photographer", "curator", "veteran"), from compromise's lexicon. */
export const PERSON_NOUNS = new Set<string>();
const switches = (nlp.model() as { two: { switches: Record<string, string> } }).two.switches;
for (const [word, choice] of Object.entries(switches)) {
  if (/^Person\|(Adj|Verb|Noun)$/.test(choice)) NAMES_THAT_ARE_WORDS.add(word);
}
for (const [word, tagOrTags] of Object.entries(lexicon)) {
  if (tagOrTags === 'Actor' || (Array.isArray(tagOrTags) && tagOrTags.includes('Actor'))) PERSON_NOUNS.add(word);
}

// compromise tags a handful of abbreviations as organisations; they are not names.
for (const word of ['dept', 'univ', 'assn', 'inc', 'ltd', 'co', 'corp', 'bros']) KNOWN_ORGANIZATIONS.delete(word);
// Wire services that compromise does not know: they are quoted in most news ("told Reuters").
for (const agency of ['reuters', 'bloomberg', 'tass', 'kyodo', 'interfax', 'anadolu', 'bernama', 'antara']) KNOWN_ORGANIZATIONS.add(agency);

for (const word of [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'christmas', 'easter', 'ramadan', 'today', 'yesterday', 'tomorrow', 'god', 'ghz', 'mhz', 'khz', 'kwh', 'mph', 'km',
]) NEVER_NAMES.add(word);

/** Titles and roles written before a name. Lower-cased; multi-word ones are matched as phrases. */
const ROLE_LIST = [
  'president', 'vice', 'deputy', 'prime', 'minister', 'secretary', 'chief', 'senior', 'press', 'spokesman',
  'spokeswoman', 'spokesperson', 'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'captain',
  'capt', 'commander', 'admiral', 'adm', 'sergeant', 'sgt', 'senator', 'sen', 'rep', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov', 'mayor', 'judge', 'justice', 'ambassador', 'envoy', 'director', 'chairman',
  'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope',
  'cardinal', 'bishop', 'archbishop', 'rev', 'reverend', 'dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'professor', 'prof',
  'sir', 'dame', 'lord', 'lady', 'leader', 'officer', 'executive', 'founder', 'co-founder', 'coach', 'manager',
  'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'trade', 'supreme', 'attorney', 'detective',
  'inspector', 'superintendent', 'analyst', 'correspondent', 'editor', 'presiding', 'former', 'acting', 'first',
  'lady', 'emir', 'sheikh', 'crown', 'sultan', 'ayatollah', 'imam', 'rabbi', 'father', 'sister', 'brother', 'saint',
  'st', 'premier', 'president-elect', 'candidate', 'nominee', 'speaker', 'whip', 'head', 'lawmaker', 'mp', 'mep',
  'chef', 'spy', 'intelligence', 'security', 'state', 'home', 'shadow', 'high', 'emeritus', 'interim', 'honorary',
  'managing', 'grand', 'majority', 'minority',
  'adviser', 'advisor', 'counsel', 'special', 'assistant', 'associate', 'principal', 'dean', 'provost', 'mr.',
  'dr.', 'mrs.', 'ms.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'st.', 'rev.',
  'economy', 'economic', 'energy', 'environment', 'education', 'culture', 'justice', 'labor', 'labour',
  'transport', 'transportation', 'agriculture', 'commerce', 'treasury', 'homeland', 'veterans', 'affairs',
  // Nouns for people that compromise's lexicon lacks, written before names as titles are ("Striker Ousmane Diallo").
  'striker', 'midfielder', 'defender', 'winger', 'goalkeeper', 'nurse', 'engineer', 'prosecutor', 'campaigner',
  'researcher', 'scientist', 'epidemiologist', 'economist', 'investor', 'billionaire', 'ombudsman', 'councillor',
  'councilor', 'alderman', 'magistrate', 'registrar', 'auditor', 'comptroller', 'coroner', 'constable', 'warden',
  'chaplain', 'pastor', 'priest',
];
for (const role of ROLE_LIST) ROLE_WORDS.add(role);
/** The titles above alone, without compromise's nouns for kinds of people ("sinner", "baker" end names too). */
export const ROLE_LIST_WORDS: ReadonlySet<string> = new Set(ROLE_LIST);

/** Words that end the name of a place that is not a country ("Fisht Stadium", "Grand Mosque"). Lower-cased. */
export const PLACE_HEADS = new Set([
  'stadium', 'arena', 'hotel', 'bridge', 'street', 'avenue', 'road', 'square', 'hall', 'mosque', 'cathedral',
  'palace', 'tower', 'towers', 'island', 'islands', 'river', 'lake', 'mountain', 'mountains', 'valley', 'springs',
  'beach', 'county', 'province', 'region', 'district', 'oblast', 'peninsula', 'sea', 'ocean', 'bay', 'coast', 'gulf',
  'desert', 'strait', 'canal', 'harbour', 'harbor', 'port', 'village', 'town', 'city', 'state', 'territory',
  'territories', 'mall', 'plaza', 'boulevard', 'lane', 'drive', 'heights', 'hills', 'hill', 'park', 'gardens',
  'airport', 'base', 'station', 'prison', 'temple', 'shrine', 'memorial', 'monument', 'gallery', 'galleries',
  'factory', 'plant', 'campus', 'headquarters', 'building', 'terminal', 'complex', 'facility', 'pavilion', 'auditorium',
  'warehouse', 'depot', 'hangar',
]);

/** Words that end (or head) an organisation's name. Lower-cased. */
export const ORG_HEADS = new Set([
  'ministry', 'department', 'dept', 'agency', 'council', 'commission', 'committee', 'institute', 'institution',
  'university', 'college', 'school', 'academy', 'party', 'army', 'navy', 'force', 'forces', 'guard', 'police',
  'bank', 'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'co', 'company', 'group',
  'news', 'times', 'post', 'journal', 'airlines', 'airways', 'airline', 'association', 'federation',
  'foundation', 'fund', 'church', 'court', 'office', 'service', 'services', 'organization', 'organisation', 'union',
  'league', 'alliance', 'society', 'center', 'centre', 'network', 'bureau', 'authority', 'administration',
  'assembly', 'parliament', 'congress', 'senate', 'cabinet', 'government', 'club', 'team', 'systems',
  'technologies', 'technology', 'motors', 'holdings', 'partners', 'media', 'broadcasting', 'television', 'tv',
  'radio', 'telegraph', 'tribune', 'herald', 'gazette', 'embassy', 'mission', 'secretariat', 'directorate',
  'command', 'corps', 'brigade', 'regiment', 'battalion', 'movement', 'coalition', 'labs', 'laboratory',
  'laboratories', 'hospital', 'museum', 'library', 'trust', 'board', 'exchange', 'reserve', 'industries',
  'enterprises', 'studios', 'records', 'pictures', 'entertainment', 'communications', 'software', 'electronics',
  'pharmaceuticals', 'energy', 'petroleum', 'oil', 'railways', 'railway', 'magazine', 'review',
  'channel', 'inc.', 'ltd.', 'corp.', 'co.', 'n.v.', 'ag', 'gmbh', 'sa', 'fc', 'rovers',
  'society', 'guild', 'institutes', 'ministries', 'commissions', 'councils', 'nations', 'foundation', 'consortium',
  'cooperative', 'programme', 'program', 'project', 'initiative', 'firm', 'bloc', 'front', 'brotherhood',
  'legion', 'order', 'chamber', 'tribunal', 'observatory', 'agencies', 'aircraft', 'airplanes', 'aerospace',
  'aviation', 'computer', 'computers', 'motor', 'steel', 'pharma', 'foods', 'airlines', 'press', 'wire', 'air',
  'community', 'confederation', 'municipality', 'images', 'networks', 'productions', 'polytechnic',
  // The same heads in the languages whose names the English press leaves untranslated.
  'instituto', 'istituto', 'institut', 'banco', 'banca', 'banque', 'universidad', 'universidade', 'università',
  'universität', 'partido', 'partito', 'parti', 'ministerio', 'ministère', 'société', 'compagnie', 'grupo', 'gruppo',
  'nv', 'bv', 'oyj', 'asa', 'pte', 'pty', 'srl', 'sarl',
  // First words of football clubs' names abroad ("Olympique Lyonnais", "Dynamo Kyiv").
  'olympique', 'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'atletico', 'atlético', 'deportivo', 'borussia', 'real',
  'sporting', 'racing',
]);
