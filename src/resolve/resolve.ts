/**
 * Entity resolution: which mentions name the same person, organisation or country.
 *
 *   1. read each mention's name: titles and descriptors cut off, a country at the front of an institution read
 *      as its qualifier ("US Defense Department" → united states + department of defense)
 *   2. within a document, short forms attach to the one full name they can stand for ("Putin" → "Vladimir Putin",
 *      "the NIS" → "National Intelligence Service", "Air Force" → "United States Air Force"), a role to the one
 *      person introduced with it ("the President")
 *   3. across documents, the same name (spelling variants folded) is the same entity; a lone surname, an acronym
 *      or an unqualified institution joins a name from elsewhere only when exactly one fits
 *
 * Anything that could stand for two entities stays apart: a wrong merge misleads an analyst more than a split.
 */
import type { DocumentAnalysis, Entity, EntityType, Mention, Resolution, ResolvedMention } from '../types.js';
import { countryOf, leadingCountry, trailingCountry } from './countries.js';
import { describeEntity } from './label.js';
import {
  DIVISION_WORDS,
  ORGANIZATION_STOPWORDS,
  byCodeUnits,
  familiarFormOf,
  TRADE_DESCRIPTORS,
  canonicalInstitutionOrder,
  capitalsOf,
  entityKey,
  fold,
  headOfSpan,
  initials,
  isNameParticle,
  looksLikeAcronym,
  nameTokens,
  organizationName,
  personName,
  stripEdges,
} from './names.js';

/** A mention with the name read from it. */
interface Item {
  doc: string;
  mention: Mention;
  type: EntityType;
  kind: 'full' | 'short' | 'role' | 'acronym' | 'generic' | 'country';
  /** The name's tokens, the identity mentions are compared by; empty for a role. */
  tokens: string[];
  /** The tokens joined by spaces: the identity as a string, for lookups. */
  form: string;
  /** Person: title words written before the name. */
  titles: string[];
  /** The paragraph the mention stands in: a short form written there most likely means the person just named. */
  paragraph: number;
  /** Organisation: the capitals of a camel-case name ("LibriVox" → "lv"), an acronym it may go by. */
  capitals: string | undefined;
  /** Index of the mention in its document's analysis. */
  at: number;
}

/** Mentions of one document that were found to name one entity. */
interface Cluster {
  id: number;
  doc: string;
  type: EntityType;
  items: Item[];
  /** Identities (tokens joined by spaces) of every form in the cluster. */
  forms: string[];
  /**
   * The forms the cluster is named by in its own right (not a short form or acronym attached to it): only these
   * link clusters across documents, so "Intel" attached to "Intel-based Mac" in one article links nothing.
   */
  names: string[];
  titles: string[];
}

/**
 * Institutions every country has: named without a country, they cannot be told apart across documents
 * ("the Foreign Ministry" of Russia and of North Korea).
 */
const INSTITUTION_WORDS = new Set(
  `department ministry office agency authority bureau service council commission committee directorate secretariat
  foreign affairs defense defence state justice interior home finance treasury trade commerce industry health education
  agriculture energy environment transport transportation labour labor culture information communications economy
  security national intelligence federal central civil general public internal external border customs immigration
  air force forces army navy naval marine marines corps coast guard military armed staff police guard republican
  supreme constitutional high court courts parliament senate congress assembly government cabinet presidential
  embassy consulate prosecutor prosecutors prosecution investigation investigative emergency emergencies aviation
  space veterans affairs homeland revenue tax statistics election electoral bank reserve`
    .split(/\s+/)
    .filter(Boolean),
);

function isInstitution(tokens: string[]): boolean {
  const significant = tokens.filter((token) => !ORGANIZATION_STOPWORDS.has(token));
  return significant.length > 0 && tokens.every((token) => INSTITUTION_WORDS.has(token) || ORGANIZATION_STOPWORDS.has(token));
}

// ─── 1. reading names ────────────────────────────────────────────────────────────────────────────────────────

/** What a mention's words say, before its document is looked at: a name, or an institution a country may qualify. */
type Name = Pick<Item, 'kind' | 'tokens' | 'form' | 'titles' | 'capitals'>;
type Reading = Name | { institution: string[] };

const NO_TITLES: string[] = [];

function reading(kind: Item['kind'], tokens: string[], titles: string[] = NO_TITLES, capitals?: string): Name {
  return { kind, tokens, form: identity(tokens), titles, capitals };
}

/**
 * A corpus writes the same few thousand names tens of thousands of times: each (type, canonical, text) is read
 * once. Readings are shared, never changed by their users.
 */
const readings = new Map<string, Reading | undefined>();

function readMention(doc: string, mention: Mention, at: number, countriesBefore: (mention: Mention) => string | undefined, paragraph: number): Item | undefined {
  const key = `${mention.type}\u0000${mention.canonical ?? ''}\u0000${mention.text}`;
  let read = readings.get(key);
  if (read === undefined && !readings.has(key)) {
    if (readings.size >= 100_000) readings.clear();
    read = readName(mention);
    readings.set(key, read);
  }
  if (read === undefined) return undefined;
  if (!('institution' in read)) return makeItem(doc, mention, paragraph, read, at);
  const qualifier = countriesBefore(mention);
  const core = canonicalInstitutionOrder(read.institution);
  return makeItem(doc, mention, paragraph, qualifier ? reading('full', [...nameTokens(qualifier), ...core]) : reading('generic', core), at);
}

/** Items have one shape, whichever way they were read: spreads and missing fields would slow every loop over them. */
function makeItem(doc: string, mention: Mention, paragraph: number, read: Name, at: number): Item {
  return { doc, mention, type: mention.type, kind: read.kind, tokens: read.tokens, form: read.form, titles: read.titles, paragraph, capitals: read.capitals, at };
}

function readName(mention: Mention): Reading | undefined {
  const written = mention.canonical || mention.text;
  if (mention.type === 'person') {
    const name = personName(written);
    if (name.tokens.length === 0) return reading('role', [], personName(mention.text).titles.length ? personName(mention.text).titles : roleWords(mention.text));
    // "von der Leyen", "de Gaulle": a surname with its particles is still a surname on its own.
    // So is a hyphenated one ("Ocasio-Cortez"): one written word.
    const surnameOnly = !/\s/.test(name.display) || (/^\p{Ll}/u.test(name.display) && isNameParticle(name.tokens[0] ?? ''));
    return reading(surnameOnly ? 'short' : 'full', name.tokens, name.titles);
  }
  if (mention.type === 'country') {
    const written = stripEdges(headOfSpan(stripEdges(mention.text)));
    // "united Germany": a lower-case word before the name describes it.
    const bare = written.replace(/^(?:\p{Ll}[\p{L}-]*\s+)+/u, '');
    const canonical = mention.canonical || countryOf(written)?.canonical || countryOf(bare)?.canonical || bare;
    const tokens = nameTokens(canonical);
    return tokens.length ? reading('country', tokens) : undefined;
  }
  const name = organizationName(written);
  if (name.tokens.length === 0) return undefined;
  const tokens = withoutTradeDescriptor(name.tokens);
  if (!mention.canonical && looksLikeAcronym(name.display)) return reading('acronym', tokens);
  // A capital in front is part of the name ("Washington Post", "Moscow Police"); a country's name or demonym is
  // its qualifier.
  const found = leadingCountry(tokens);
  const lead = found && found.form !== 'capital' ? found : undefined;
  const core = lead ? tokens.slice(lead.length) : tokens;
  const institution = isInstitution(core);
  // "UK RAF", "US FBI": the country is a qualifier of an acronym, which resolves as acronyms do.
  const coreWritten = name.display.split(/\s+/).at(-1) ?? '';
  if (lead && core.length === 1 && looksLikeAcronym(coreWritten) && nameTokens(coreWritten).join('') === core[0]) return reading('acronym', core);
  if (lead && (lead.form === 'name' || institution)) {
    // "U.S. Air Force", "United States Air Force" and "US Air Force" are one name.
    return reading('full', [...nameTokens(lead.canonical), ...(institution ? canonicalInstitutionOrder(core) : core)]);
  }
  const trail = lead ? undefined : trailingCountry(tokens);
  if (trail && isInstitution(tokens.slice(0, tokens.length - trail.length))) {
    return reading('full', [...nameTokens(trail.canonical), ...canonicalInstitutionOrder(tokens.slice(0, tokens.length - trail.length))]);
  }
  if (!institution) return reading('full', tokens, NO_TITLES, capitalsOf(name.display));
  // Whether a country is written right before it depends on the document: decided per mention.
  return { institution: core };
}

function withoutTradeDescriptor(tokens: string[]): string[] {
  const last = tokens[tokens.length - 1];
  if (tokens.length < 2 || last === undefined || !TRADE_DESCRIPTORS.has(last)) return tokens;
  const rest = tokens.slice(0, -1);
  // "Massachusetts Institute of Technology", "Department of Energy": after a small word it is the name itself.
  const keep = ORGANIZATION_STOPWORDS.has(rest[rest.length - 1] ?? '') || countryOf(rest.join(' ')) || isInstitution(rest);
  return keep ? tokens : rest;
}

function roleWords(text: string): string[] {
  return nameTokens(text).filter((word) => !ORGANIZATION_STOPWORDS.has(word));
}

/**
 * The country written right before a mention ("South Korea's | National Intelligence Service", "Russian |
 * Foreign Ministry"), if any. With the document's text the gap must be a space or a possessive; without it, a gap
 * of up to three characters in the same sentence is taken for one (it could also be `,” `).
 */
function adjacentCountry(analysis: DocumentAnalysis, text: (() => string | undefined) | undefined): (mention: Mention) => string | undefined {
  const countries = analysis.mentions.filter((mention) => mention.type === 'country');
  return (mention) => {
    for (const country of countries) {
      if (country.end > mention.start || mention.start - country.end > 3 || country.sentence !== mention.sentence) continue;
      // Asked for only here, and rarely: a streaming build assembles the text on demand.
      const gap = text?.()?.slice(country.end, mention.start);
      if (gap !== undefined && !/^(?:['’]s?)?\s+$/u.test(gap)) continue;
      return country.canonical || countryOf(country.text)?.canonical;
    }
    return undefined;
  };
}

// ─── 2. within a document ────────────────────────────────────────────────────────────────────────────────────

const identity = (tokens: string[]): string => tokens.join(' ');

/**
 * The tokens of an identity, split once per build: names are compared token by token across every cluster of an
 * article and of the corpus, and the same few thousand recur. Shared, never to be changed by callers.
 */
function tokensOf(form: string): string[] {
  let tokens = splitForms.get(form);
  if (tokens === undefined) {
    if (splitForms.size >= 100_000) splitForms.clear();
    splitForms.set(form, (tokens = form.split(' ')));
  }
  return tokens;
}
const splitForms = new Map<string, string[]>();

/**
 * What two names are compared by across and within articles: the identity, and for an organisation without its
 * small words after the first ("Food Standards of Australia and New Zealand" ~ "Food Standards Australia New Zealand").
 */
function linkKey(type: EntityType, form: string): string {
  if (type !== 'organization') return `${type} ${form}`;
  let key = organizationLinkKeys.get(form);
  if (key === undefined) {
    if (organizationLinkKeys.size >= 100_000) organizationLinkKeys.clear();
    key = `${type} ${form
      .split(' ')
      .filter((token, i) => i === 0 || !ORGANIZATION_STOPWORDS.has(token))
      .join(' ')}`;
    organizationLinkKeys.set(form, key);
  }
  return key;
}
/** linkKey of organisations, by form: asked for every form of every cluster, which repeat across documents. */
const organizationLinkKeys = new Map<string, string>();

function isSuffix(short: string[], long: string[]): boolean {
  return short.length <= long.length && short.every((token, i) => token === long[long.length - short.length + i]);
}

function containsRun(short: string[], long: string[]): boolean {
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((token, j) => token === long[i + j])) return true;
  return false;
}

/**
 * Two spellings of one word within an article, one letter apart ("Kristin" / "Kristen", "Maurer" / "Mauer"): a
 * slip of the writer. Short words are left alone ("Maria" / "Mario" may be two people).
 */
function misspelt(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5 || Math.max(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  // One letter replaced, added or dropped: what is left between the common start and end is at most one letter.
  if (a.length - i - j <= 1 && b.length - i - j <= 1) return true;
  // Two letters swapped ("Untied" for "United").
  return a.length === b.length && a.length - i - j === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
}

/** Two full names of one person within a document: "Tom Cruise" ~ "Scientologist Tom Cruise", "George Bush" ~ "George H W Bush". */
function samePersonInDocument(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (isSuffix(short, long)) return true;
  if (short.length === long.length && short.filter((token, i) => token !== long[i]).length === 1) {
    // "Larry King" and "Lawrence King": the given name written familiarly.
    if (short.length >= 2 && familiarFormOf(short[0] ?? '', long[0] ?? '')) return true;
    return short.every((token, i) => token === long[i] || misspelt(token, long[i] ?? ''));
  }
  // First and last name only: "George Bush" may be "George H. W. Bush", but "George W. Bush" is not.
  return short.length === 2 && short[0] === long[0] && short[1] === long[long.length - 1];
}

/** The single element, or undefined when there are none or several. */
function only<T>(values: Iterable<T>): T | undefined {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/** Adds a value to a list of distinct values (a cluster's lists hold a handful: cheaper than a Set each). */
function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

class DocumentClusters {
  readonly clusters: Cluster[] = [];
  constructor(
    private readonly doc: string,
    private readonly type: EntityType,
    private readonly nextId: () => number,
  ) {}

  /**
   * A cluster of one item, its arrays made with their first element: an empty array that is pushed to keeps room
   * for 16 elements, and most of a corpus's clusters (62,000 on corpus-10k) hold one mention all their life.
   */
  create(item: Item): Cluster {
    const named = item.tokens.length > 0;
    const cluster: Cluster = {
      id: this.nextId(),
      doc: this.doc,
      type: this.type,
      items: [item],
      forms: named ? [item.form] : [],
      names: named ? [item.form] : [],
      titles: item.titles.length > 0 ? [...new Set(item.titles)] : [],
    };
    this.clusters.push(cluster);
    return cluster;
  }

  join(cluster: Cluster, item: Item, asName: boolean): void {
    cluster.items.push(item);
    if (item.tokens.length) addOnce(cluster.forms, item.form);
    if (item.tokens.length && asName) addOnce(cluster.names, item.form);
    for (const title of item.titles) addOnce(cluster.titles, title);
  }

  /**
   * The one cluster named like `tokens` but for a slip in one long word ("Untied Nations" beside "United Nations"):
   * names of two words or more only, so two one-word brands a letter apart stay apart.
   */
  misspeltOrganization(tokens: string[]): Cluster | undefined {
    if (tokens.length < 2) return undefined;
    const slipped = (name: string[]): boolean =>
      name.length === tokens.length && name.filter((token, i) => token !== tokens[i]).length === 1 && name.every((token, i) => token === tokens[i] || misspelt(token, tokens[i] ?? ''));
    // A slip changes the length of the name by a letter at most: most names are told apart before being split.
    const length = identity(tokens).length;
    return only(this.clusters.filter((cluster) => cluster.names.some((name) => Math.abs(name.length - length) <= 1 && slipped(tokensOf(name)))));
  }

  /** The cluster holding a form that reads the same ("University of Texas at Arlington" ~ "University of Texas Arlington"). */
  withForm(form: string): Cluster | undefined {
    const key = linkKey(this.type, form);
    return this.clusters.find((cluster) => cluster.forms.includes(form) || cluster.forms.some((known) => linkKey(this.type, known) === key));
  }
}

/** Groups items by identity, most frequent first, then in order of appearance. */
function byForm(items: Item[]): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const form = item.form;
    const group = groups.get(form);
    if (group) group.push(item);
    else groups.set(form, [item]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

function clusterPeople(items: Item[], clusters: DocumentClusters): void {
  for (const group of byForm(items.filter((item) => item.kind === 'full'))) {
    const tokens = group[0]?.tokens ?? [];
    const matches = clusters.clusters.filter((cluster) => cluster.names.some((name) => samePersonInDocument(tokens, tokensOf(name))));
    const target = matches.length === 1 ? matches[0] : undefined;
    for (const item of group) {
      if (target) clusters.join(target, item, true);
      else if (item === group[0]) clusters.create(item);
      else clusters.join(clusters.clusters[clusters.clusters.length - 1] as Cluster, item, true);
    }
  }
  const fullClusters = [...clusters.clusters];
  for (const group of byForm(items.filter((item) => item.kind === 'short'))) {
    const word = group[0]?.tokens.at(-1) ?? '';
    const lastMatches = fullClusters.filter((cluster) => cluster.names.some((name) => tokensOf(name).at(-1) === word));
    const firstMatches = fullClusters.filter((cluster) => cluster.names.some((name) => tokensOf(name)[0] === word));
    // A surname names the one person of the document who bears it; failing that, a given name ("Kim" for a
    // surname-first name, "Daniel" in an interview) the one person whose name starts with it.
    const misspeltMatches = fullClusters.filter((cluster) => cluster.names.some((name) => misspelt(tokensOf(name).at(-1) ?? '', word)));
    const candidates = lastMatches.length > 0 ? lastMatches : firstMatches.length > 0 ? firstMatches : misspeltMatches;
    if (candidates.length > 1) {
      const dominant = dominantAmong(candidates);
      for (const item of group) {
        const target = dominant ?? namedJustBefore(candidates, item);
        // Neither dominates nor was just named: ambiguous where it stands, attached to nothing.
        if (target) clusters.join(target, item, false);
      }
      continue;
    }
    const target = candidates[0];
    const cluster = target ?? clusters.create(group.shift() as Item);
    for (const item of group) clusters.join(cluster, item, target === undefined);
  }
  for (const item of items.filter((item) => item.kind === 'role')) {
    if (item.titles.length === 0) continue;
    // "King" after "Stephen King" is his surname; "the President" after "President Joe Biden" is his title.
    const word = item.titles.length === 1 ? item.titles[0] : undefined;
    const bySurname = fullClusters.filter((cluster) => cluster.names.some((name) => tokensOf(name).at(-1) === word));
    const target = bySurname.length > 0 ? only(bySurname) : only(fullClusters.filter((cluster) => item.titles.every((title) => cluster.titles.includes(title))));
    if (target) clusters.join(target, item, false);
  }
}

/**
 * Words that end the name of an organisation in its own right: "Apple Corps", "Ford Foundation" and "Boeing
 * Capital" are not Apple, Ford and Boeing even written once beside them.
 */
const ORGANIZATION_HEADS = new Set(
  `corps company companies corporation records bank foundation institute university college school academy party union
  association council committee club team league federation museum hospital church society trust fund capital
  airlines airways press news times post studios pictures music publishing network channel agency authority board
  ministry department office court commission`.split(/\s+/).filter(Boolean),
);

/**
 * A name written once in an article as a name the article uses throughout with words after it (a caption's "Jane
 * Doe Image", "NASA T-shirt", "EADS North America" beside EADS) is that name: read as it, so the one-off
 * span makes no entity of its own. So is an organisation's name with words after it that never stands on its own
 * ("Google Chrome", "Intel Core Duo") when the name it starts with stands alone in two articles or more. Not when
 * the longer name stands on its own in other articles, when what follows is a qualifier ("of Japan") or ends like
 * an organisation's own name ("Apple Corps"), nor for a person after a lone word ("Paul" and "Paul Allen").
 */
function foldExtendedNames(items: Item[], standalone: Map<string, number>, corpusNames: Map<string, Item>): Item[] {
  const keyOf = (type: EntityType, tokens: string[]): string => `${type} ${identity(tokens)}`;
  const keys = items.map((item) => `${item.type} ${item.form}`);
  const counts = new Map<string, number>();
  const firstOfName = new Map<string, Item>();
  for (const [i, item] of items.entries()) {
    const key = keys[i] ?? '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!firstOfName.has(key)) firstOfName.set(key, item);
  }
  let organizationNames: string[][] | undefined;
  const baseMemo = new Map<string, Item | undefined>();
  // A person's name must recur ("Paul Allen" is not "Paul Allen Jones" named once each); an organisation's name is
  // enough once when it is its own in the article ("FIFA" and "FIFA World Cup"), not the end of a longer one
  // ("Douglas" for McDonnell Douglas says nothing of "Douglas Aircraft"). Looked up only for the names that some
  // longer name starts with, and once each.
  const baseNamed = (key: string): Item | undefined => {
    if (baseMemo.has(key)) return baseMemo.get(key);
    const item = firstOfName.get(key);
    let base: Item | undefined;
    if (item && isFoldBase(item)) {
      organizationNames ??= [...new Map(items.filter((other) => other.type === 'organization').map((other) => [other.form, other.tokens])).values()];
      const recurs = (counts.get(key) ?? 0) >= 2 || (item.type === 'organization' && !endsLongerName(item.tokens, organizationNames));
      if (recurs) base = item;
    }
    baseMemo.set(key, base);
    return base;
  };
  const baseOf = (item: Item): Item | undefined => {
    const organization = item.type === 'organization';
    // "Zentro Commercial Airplanes": a company's division named by its line of business is the company, however
    // often it is named, when the company's name stands alone in two articles or more.
    if (organization && item.tokens.length >= 2) {
      for (let length = item.tokens.length - 1; length >= 1; length--) {
        if (!item.tokens.slice(length).every((token) => DIVISION_WORDS.has(token) || ORGANIZATION_STOPWORDS.has(token))) break;
        const prefix = identity(item.tokens.slice(0, length));
        if ((standalone.get(prefix) ?? 0) >= 2 && corpusNames.has(prefix)) return corpusNames.get(prefix);
      }
    }
    if (organization && (standalone.get(item.form) ?? 0) >= 2) return undefined;
    const acronym = organization ? trailingAcronym(item) : undefined;
    const known = acronym !== undefined && (standalone.get(acronym) ?? 0) >= 2 ? corpusNames.get(acronym) : undefined;
    if (known) return known;
    const once = (counts.get(keyOf(item.type, item.tokens)) ?? 0) === 1;
    for (let length = item.tokens.length - 1; length >= (organization ? 1 : 2); length--) {
      const prefix = item.tokens.slice(0, length);
      const base = (once ? baseNamed(keyOf(item.type, prefix)) : undefined) ?? (organization && (standalone.get(identity(prefix)) ?? 0) >= 2 ? corpusNames.get(identity(prefix)) : undefined);
      if (!base) continue;
      const rest = item.tokens.slice(length);
      if (organization && (ORGANIZATION_STOPWORDS.has(rest[0] ?? '') || ORGANIZATION_HEADS.has(rest[rest.length - 1] ?? ''))) return undefined;
      return base;
    }
    return undefined;
  };
  // Decided once per name as written: an article repeats its names.
  const decided = new Map<string, Item | undefined>();
  return items.map((item, i) => {
    if (item.kind !== 'full' || item.type === 'country') return item;
    const written = `${keys[i] ?? ''}\u0000${item.mention.canonical || item.mention.text}`;
    if (!decided.has(written)) decided.set(written, baseOf(item));
    const base = decided.get(written);
    return base ? makeItem(item.doc, item.mention, item.paragraph, { kind: base.kind, tokens: base.tokens, form: base.form, titles: item.titles, capitals: base.capitals }, item.at) : item;
  });
}

/**
 * The acronym written at the end of an organisation's name, the short name given with the long one ("… Space
 * Company EADS N.V."), as a token; undefined when the name does not end so.
 */
function trailingAcronym(item: Item): string | undefined {
  const last = item.tokens[item.tokens.length - 1];
  if (item.tokens.length < 2 || last === undefined) return undefined;
  const written = organizationName(item.mention.canonical || item.mention.text).display.split(/\s+/);
  return written.some((word) => looksLikeAcronym(word) && nameTokens(word).join('') === last) ? last : undefined;
}

/** Whether an organisation's name of the article holds `tokens` other than at its start. */
function endsLongerName(tokens: string[], names: string[][]): boolean {
  return names.some((other) => other.length > tokens.length && !isPrefix(tokens, other) && containsRun(tokens, other));
}

function isPrefix(short: string[], long: string[]): boolean {
  return short.length <= long.length && short.every((token, i) => token === long[i]);
}

/** A name others may extend: a person's full name, an organisation's own name or acronym (not "Foreign Ministry"). */
function isFoldBase(item: Item): boolean {
  if (item.type === 'person') return item.kind === 'full';
  return item.type === 'organization' && (item.kind === 'full' || item.kind === 'acronym') && !isInstitution(item.tokens);
}

/**
 * Which of several people a short form shared by their names (a boy and his father of one surname) stands for.
 * Journalistic convention: a bare surname is the article's main subject of that name, so the one named in full at
 * least twice and twice as often as any other takes it.
 */
function dominantAmong(candidates: Cluster[]): Cluster | undefined {
  const fullMentions = (cluster: Cluster): number => cluster.items.filter((other) => other.kind === 'full').length;
  const ranked = candidates.map((cluster) => ({ cluster, full: fullMentions(cluster) })).sort((a, b) => b.full - a.full);
  const [top, second] = ranked;
  return top && second && top.full >= 2 && top.full >= 2 * second.full ? top.cluster : undefined;
}

/** Failing a dominant one, the one of them named in full earlier in the short form's paragraph, when no other is. */
function namedJustBefore(candidates: Cluster[], item: Item): Cluster | undefined {
  const named = candidates.filter((cluster) =>
    cluster.items.some((other) => other.kind === 'full' && other.paragraph === item.paragraph && other.mention.start < item.mention.start),
  );
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Organisation names that stand on their own in some documents (no longer name there contains them), with the
 * number of such documents. "Apple" standing alone across a corpus is a name in its own right, so inside
 * "Apple Corps" it does not turn every "Apple" of that article into Apple Corps.
 */
function standaloneOrganizations(itemsByDoc: Item[][]): { names: Map<string, number>; namesOrAcronyms: Map<string, number> } {
  const names = new Map<string, number>();
  const namesOrAcronyms = new Map<string, number>();
  for (const items of itemsByDoc) {
    // Whether each form is written as a name (not only as an acronym) in the document.
    const written = new Map<string, boolean>();
    for (const item of items) {
      if (item.type !== 'organization') continue;
      const form = item.form;
      written.set(form, (written.get(form) ?? false) || item.kind !== 'acronym');
    }
    const forms = [...written.keys()];
    const split = forms.map((form) => tokensOf(form));
    for (const [i, form] of forms.entries()) {
      const tokens = split[i] ?? [];
      // An acronym is one word: it never holds another name, so counting it changes no other form's count.
      if (split.some((other, j) => j !== i && other.length > tokens.length && containsRun(tokens, other))) continue;
      namesOrAcronyms.set(form, (namesOrAcronyms.get(form) ?? 0) + 1);
      if (written.get(form)) names.set(form, (names.get(form) ?? 0) + 1);
    }
  }
  return { names, namesOrAcronyms };
}

function clusterOrganizations(items: Item[], clusters: DocumentClusters, standalone: Map<string, number>): void {
  const named = byForm(items.filter((item) => item.kind === 'full' || item.kind === 'generic')).sort(
    (a, b) => (b[0]?.tokens.length ?? 0) - (a[0]?.tokens.length ?? 0) || b.length - a.length,
  );
  for (const group of named) {
    const tokens = group[0]?.tokens ?? [];
    const form = group[0]?.form ?? '';
    const containing = clusters.clusters.filter((cluster) => cluster.forms.some((known) => containsRun(tokens, tokensOf(known))));
    const nameOfItsOwn = (standalone.get(form) ?? 0) >= 2;
    const same = clusters.withForm(form) ?? clusters.misspeltOrganization(tokens);
    const target = same ?? (containing.length === 1 && !nameOfItsOwn ? containing[0] : undefined);
    const cluster = target ?? clusters.create(group.shift() as Item);
    for (const item of group) clusters.join(cluster, item, target === undefined || (same !== undefined && same.names.includes(form)));
  }
  for (const group of byForm(items.filter((item) => item.kind === 'acronym'))) {
    const letters = group[0]?.tokens.join('') ?? '';
    const target =
      clusters.withForm(group[0]?.form ?? '') ??
      only(clusters.clusters.filter((cluster) => standsFor(letters, cluster)));
    const cluster = target ?? clusters.create(group.shift() as Item);
    for (const item of group) clusters.join(cluster, item, target === undefined);
  }
}

function standsFor(letters: string, cluster: Cluster): boolean {
  return cluster.names.some((form) => expands(letters, tokensOf(form))) || cluster.items.some((item) => item.capitals === letters);
}

/** The acronyms a name may go by: its initials with or without its small words, with or without its country. */
function acronymsOf(tokens: string[]): string[] {
  if (tokens.length < 2) return [];
  // Token lists are mostly shared (tokensOf, readings), so remembered by list.
  let known = acronymsByTokens.get(tokens);
  if (known === undefined) acronymsByTokens.set(tokens, (known = readAcronyms(tokens)));
  return known;
}
const acronymsByTokens = new WeakMap<string[], string[]>();

function readAcronyms(tokens: string[]): string[] {
  const lead = leadingCountry(tokens);
  const core = lead ? tokens.slice(lead.length) : [];
  const all = [initials(tokens, true), initials(tokens, false)];
  if (core.length >= 2) all.push(initials(core, true), initials(core, false));
  return [...new Set(all)].filter((letters) => letters.length >= 2);
}

function expands(letters: string, tokens: string[]): boolean {
  return acronymsOf(tokens).includes(letters);
}

function clusterCountries(items: Item[], clusters: DocumentClusters): void {
  for (const group of byForm(items)) {
    const cluster = clusters.create(group.shift() as Item);
    for (const item of group) clusters.join(cluster, item, true);
  }
}

// ─── 3. across documents ─────────────────────────────────────────────────────────────────────────────────────

/** Over cluster ids, which are numbered from 0. */
class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(id: number): number {
    let root = id;
    while (this.parent[root]! !== root) root = this.parent[root]!;
    this.parent[id] = root;
    return root;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The smaller id stays root, so the outcome does not depend on the order unions are made in.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Kinds of item, the one a cluster is taken for first: a cluster with a full name is a full name's. */
const KIND_ORDER: readonly Item['kind'][] = ['country', 'full', 'acronym', 'generic', 'short', 'role'];

function kindOf(cluster: Cluster): Item['kind'] {
  let first = KIND_ORDER.length - 1;
  for (const item of cluster.items) first = Math.min(first, KIND_ORDER.indexOf(item.kind));
  return KIND_ORDER[first]!;
}

// A lone surname in an article that never gives the full name: in a corpus on one story it is nearly always the
// person named in full elsewhere (measured: fewer splits, no new merges on the dev sets).
const LONE_SURNAMES_ACROSS_DOCUMENTS = true;

function linkAcrossDocuments(clusters: Cluster[]): UnionFind {
  const sets = new UnionFind(clusters.length);
  const kinds: Item['kind'][] = [];
  for (const cluster of clusters) kinds[cluster.id] = kindOf(cluster);
  const kind = (cluster: Cluster): Item['kind'] => kinds[cluster.id] ?? 'role';

  // The same name anywhere is the same entity, except an institution named without its country.
  const byForm = new Map<string, number>();
  for (const cluster of clusters) {
    if (kind(cluster) === 'generic' || kind(cluster) === 'short') continue;
    for (const form of cluster.names) {
      const key = linkKey(cluster.type, form);
      const known = byForm.get(key);
      if (known === undefined) byForm.set(key, cluster.id);
      else sets.union(known, cluster.id);
    }
  }
  // A name that stands alone in some articles and is the short form of one longer name in others ("Scientology",
  // "Church of Scientology") is that longer name's, when every article that shortens it shortens the same one.
  const shortenedIn = new Map<string, Set<number>>();
  for (const cluster of clusters) {
    if (cluster.type !== 'organization') continue;
    for (const form of cluster.forms) {
      // "Democratic Party" inside "Democratic Party of Japan" says nothing about a "Democratic Party" elsewhere.
      if (cluster.names.includes(form) || cluster.names.some((name) => qualifiesByCountry(tokensOf(name), form))) continue;
      const key = linkKey(cluster.type, form);
      shortenedIn.set(key, (shortenedIn.get(key) ?? new Set()).add(sets.find(cluster.id)));
    }
  }
  for (const [key, groups] of shortenedIn) {
    const standalone = byForm.get(key);
    const longer = only(groups);
    if (standalone !== undefined && longer !== undefined) sets.union(standalone, longer);
  }
  const add = <K, V>(index: Map<K, Set<V>>, key: K, value: V): void => {
    index.set(key, (index.get(key) ?? new Set()).add(value));
  };
  // "Donald Trump" is "Donald J. Trump" when the corpus has one such longer name ("George Bush" stays apart when
  // both "George H. W. Bush" and "George W. Bush" are there).
  const longerNames = new Map<string, Set<number>>();
  for (const cluster of clusters) {
    if (cluster.type !== 'person' || kind(cluster) !== 'full') continue;
    for (const name of cluster.names) {
      const tokens = tokensOf(name);
      if (tokens.length >= 3) add(longerNames, `${tokens[0]} ${tokens[tokens.length - 1]}`, sets.find(cluster.id));
    }
  }
  const firstLast: [number, number][] = [];
  for (const cluster of clusters) {
    if (cluster.type !== 'person' || kind(cluster) !== 'full') continue;
    for (const name of cluster.names) {
      const target = tokensOf(name).length === 2 ? only(longerNames.get(name) ?? []) : undefined;
      if (target !== undefined) firstLast.push([target, cluster.id]);
    }
  }
  for (const [a, b] of firstLast) sets.union(a, b);

  // Indexes over the names linked so far, so that each short form, acronym and unqualified institution below is
  // looked up, not compared with every name of the corpus. Decisions are all taken against this one state and
  // applied afterwards, so the outcome does not depend on the order of the documents.
  const bySurname = new Map<string, Set<number>>();
  const byLetters = new Map<string, Set<number>>();
  const byCore = new Map<string, Set<{ root: number; qualifier: string }>>();
  const countriesOf = new Map<string, Set<string>>();
  for (const cluster of clusters) {
    const root = sets.find(cluster.id);
    if (cluster.type === 'country') for (const name of cluster.names) add(countriesOf, cluster.doc, name);
    if (kind(cluster) !== 'full') continue;
    for (const name of cluster.names) {
      const tokens = tokensOf(name);
      if (cluster.type === 'person' && tokens.length >= 2) add(bySurname, tokens[tokens.length - 1] ?? '', root);
      if (cluster.type !== 'organization') continue;
      for (const letters of acronymsOf(tokens)) add(byLetters, letters, root);
      // Indexed by what follows the country: "United States Air Force" under "air force", not "Royal Air Force".
      const lead = leadingCountry(tokens);
      if (lead) add(byCore, identity(tokens.slice(lead.length)), { root, qualifier: identity(nameTokens(lead.canonical)) });
    }
    if (cluster.type === 'organization') for (const item of cluster.items) if (item.capitals) add(byLetters, item.capitals, root);
  }

  const unions: [number, number][] = [];
  const shortPeers = new Map<string, number>();
  for (const cluster of clusters) {
    const form = cluster.forms[0] ?? '';
    if (kind(cluster) === 'short') {
      // A lone surname joins the one person of the corpus who bears it; otherwise it stays with the lone
      // surnames written the same way.
      const target = cluster.type === 'person' && LONE_SURNAMES_ACROSS_DOCUMENTS ? only(bySurname.get(tokensOf(form).at(-1) ?? '') ?? []) : undefined;
      const peer = shortPeers.get(`${cluster.type} ${form}`);
      if (target !== undefined) unions.push([target, cluster.id]);
      else if (peer !== undefined) unions.push([peer, cluster.id]);
      else shortPeers.set(`${cluster.type} ${form}`, cluster.id);
    } else if (kind(cluster) === 'acronym') {
      const target = only(byLetters.get(form.replace(/ /g, '')) ?? []);
      if (target !== undefined) unions.push([target, cluster.id]);
    } else if (kind(cluster) === 'generic') {
      // "the State Department" joins "US State Department" when no other country's is named in the corpus, or
      // when the article names the country of only one of them.
      const qualified = [...(byCore.get(form) ?? [])];
      const inArticle = countriesOf.get(cluster.doc) ?? new Set<string>();
      const target = only(qualified.map((name) => name.root)) ?? only(qualified.filter((name) => inArticle.has(name.qualifier)).map((name) => name.root));
      if (target !== undefined) unions.push([target, cluster.id]);
    }
  }
  for (const [a, b] of unions) sets.union(a, b);
  return sets;
}

/** The mention with its document and entity: the fields written out one by one, which is several times faster than a spread. */
function resolvedMention(mention: Mention, doc: string, entity: string): ResolvedMention {
  const { start, end, text, type, sentence, canonical, rule } = mention;
  if (canonical === undefined) return rule === undefined ? { start, end, text, type, sentence, doc, entity } : { start, end, text, type, sentence, rule, doc, entity };
  return rule === undefined ? { start, end, text, type, sentence, canonical, doc, entity } : { start, end, text, type, sentence, canonical, rule, doc, entity };
}

/** Whether `name` is `form` with a country before it or "of <country>" after it. */
function qualifiesByCountry(name: string[], form: string): boolean {
  const lead = leadingCountry(name);
  if (lead && identity(name.slice(lead.length)) === form) return true;
  const trail = trailingCountry(name);
  return trail !== undefined && identity(name.slice(0, name.length - trail.length)) === form;
}

// ─── keys and output ─────────────────────────────────────────────────────────────────────────────────────────

/** The name a group is keyed by: its most mentioned full name (ties: longer, then alphabetical). */
function canonicalForm(group: Cluster[]): { form: string; scoped?: string } {
  const counts = new Map<Item['kind'], Map<string, number>>();
  for (const cluster of group) {
    for (const item of cluster.items) {
      const form = item.form;
      // Only the names the entity goes by in its own right: "Apple" attached to "Apple Corps" in one article
      // does not make Apple Corps "apple".
      if (!cluster.names.includes(form)) continue;
      const ofKind = counts.get(item.kind) ?? new Map<string, number>();
      ofKind.set(form, (ofKind.get(form) ?? 0) + 1);
      counts.set(item.kind, ofKind);
    }
  }
  const best = (kind: Item['kind']): string | undefined => {
    let top: [string, number] | undefined;
    for (const entry of counts.get(kind) ?? []) {
      if (!top || entry[1] > top[1] || (entry[1] === top[1] && (entry[0].length > top[0].length || (entry[0].length === top[0].length && entry[0] < top[0])))) top = entry;
    }
    return top?.[0];
  };
  for (const kind of ['country', 'full', 'acronym', 'short'] as const) {
    const form = best(kind);
    if (form !== undefined) return { form };
  }
  // Only unqualified institutions: the group is one document's, and its key says which.
  return { form: best('generic') ?? '', scoped: group[0]?.doc };
}

/**
 * `text` gives a document's text when the caller has it; resolution reads only the few characters between a
 * country and the institution after it.
 */
export function resolveMentions(analyses: DocumentAnalysis[], text?: (doc: string) => string | undefined): Resolution {
  let lastId = 0;
  const nextId = (): number => lastId++;
  const clusters: Cluster[] = [];
  const itemsByDoc = analyses.map((analysis) => {
    const countriesBefore = adjacentCountry(analysis, text ? () => text(analysis.doc) : undefined);
    const paragraphOf = (mention: Mention): number => analysis.sentences[mention.sentence]?.paragraph ?? 0;
    const items = analysis.mentions.map((mention, at) => readMention(analysis.doc, mention, at, countriesBefore, paragraphOf(mention))).filter((item): item is Item => item !== undefined);
    return items;
  });
  const { names: standalone, namesOrAcronyms: standaloneOrAcronym } = standaloneOrganizations(itemsByDoc);
  const corpusNames = new Map<string, Item>();
  for (const items of itemsByDoc) for (const item of items) if (item.type === 'organization' && isFoldBase(item)) corpusNames.set(item.form, item);
  // "EADS" standing alone in two articles makes "EADS North America" its own as much as "Boeing" does "Boeing-Air Force".
  for (const [index, items] of itemsByDoc.entries()) itemsByDoc[index] = foldExtendedNames(items, standaloneOrAcronym, corpusNames);
  // Where each document's clusters start in `clusters`.
  const firstClusterOf: number[] = [];
  for (const [index, analysis] of analyses.entries()) {
    firstClusterOf.push(clusters.length);
    const items = itemsByDoc[index] ?? [];
    for (const type of ['country', 'organization', 'person'] as const) {
      const own = new DocumentClusters(analysis.doc, type, nextId);
      const ofType = items.filter((item) => item.type === type);
      if (type === 'person') clusterPeople(ofType, own);
      else if (type === 'organization') clusterOrganizations(ofType, own, standalone);
      else clusterCountries(ofType, own);
      clusters.push(...own.clusters);
    }
  }

  const sets = linkAcrossDocuments(clusters);
  const groups = new Map<number, Cluster[]>();
  for (const cluster of clusters) {
    const root = sets.find(cluster.id);
    const group = groups.get(root);
    if (group) group.push(cluster);
    else groups.set(root, [cluster]);
  }

  const entities: Entity[] = [];
  const keyOf: string[] = [];
  const taken = new Set<string>();
  // Keys are handed out in order of the names they come from, so a clash is settled the same way every build.
  // Two groups keyed by one name (rare) are told apart by what they hold, never by the order of the documents.
  const contents = new Map<Cluster[], string>();
  const contentOf = (group: Cluster[]): string => {
    let content = contents.get(group);
    if (content === undefined) {
      content = [...new Set(group.flatMap((cluster) => cluster.names.map((name) => `${cluster.doc}\u0000${name}`)))].sort(byCodeUnits).join('\u0001');
      contents.set(group, content);
    }
    return content;
  };
  const keyed = [...groups.values()]
    .map((group) => ({ group, ...canonicalForm(group) }))
    .sort((a, b) => byCodeUnits(a.form, b.form) || byCodeUnits(a.scoped ?? '', b.scoped ?? '') || byCodeUnits(contentOf(a.group), contentOf(b.group)));
  for (const { group, form, scoped } of keyed) {
    const type = group[0]?.type ?? 'person';
    const base = scoped === undefined ? entityKey(type, form) : `${entityKey(type, form)}--${fold(scoped).replace(/[^\p{L}\p{N}]+/gu, '-')}`;
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    const mentions: Mention[] = [];
    for (const cluster of group) for (const item of cluster.items) mentions.push(item.mention);
    entities.push({ key, type, ...describeEntity(type, mentions) });
    for (const cluster of group) keyOf[cluster.id] = key;
  }

  const resolved: ResolvedMention[] = [];
  for (const [index, analysis] of analyses.entries()) {
    const entityOf: (string | undefined)[] = new Array(analysis.mentions.length);
    const end = firstClusterOf[index + 1] ?? clusters.length;
    for (let id = firstClusterOf[index] ?? end; id < end; id++) {
      const cluster = clusters[id]!;
      for (const item of cluster.items) entityOf[item.at] = keyOf[cluster.id];
    }
    for (const [at, mention] of analysis.mentions.entries()) {
      const entity = entityOf[at];
      if (entity) resolved.push(resolvedMention(mention, analysis.doc, entity));
    }
  }
  entities.sort((a, b) => byCodeUnits(a.key, b.key));
  return { entities, mentions: resolved };
}
