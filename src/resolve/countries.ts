/**
 * Every way of naming a country that the `world-countries` data knows (common and official names, alternative
 * spellings, codes, demonyms, capitals), mapped to the country's common name. The extractor usually hands
 * resolution a `canonical` already; this is the fallback, and it reads the country at the front of an
 * organisation's name ("U.S. Air Force", "South Korea's National Intelligence Service").
 */
import countries from 'world-countries';
import { nameTokens } from './names.js';

export type CountryForm = 'name' | 'demonym' | 'capital';

interface CountryHit {
  canonical: string;
  form: CountryForm;
}

const BY_TOKENS = new Map<string, CountryHit & { rank: number }>();
let longestForm = 1;

function add(surface: string, canonical: string, form: CountryForm, independent: boolean): void {
  const tokens = nameTokens(surface);
  if (tokens.length === 0) return;
  const key = tokens.join(' ');
  // An independent state wins a shared form ("American" is the United States, not American Samoa), and a name
  // wins over a demonym or capital of another country.
  const rank = (independent ? 2 : 0) + (form === 'name' ? 1 : 0);
  const known = BY_TOKENS.get(key);
  if (known && known.rank >= rank) return;
  BY_TOKENS.set(key, { canonical, form, rank });
  longestForm = Math.max(longestForm, tokens.length);
}

for (const country of countries) {
  const canonical = country.name.common;
  const independent = country.independent === true;
  add(canonical, canonical, 'name', independent);
  add(country.name.official, canonical, 'name', independent);
  for (const alt of country.altSpellings) {
    // Comma forms ("Korea, Republic of") are catalogue spellings; non-Latin ones never stand in English news.
    if (alt.includes(',') || !/^[\p{Script=Latin}\s.'’()-]+$/u.test(alt)) continue;
    add(alt, canonical, 'name', independent);
  }
  const demonyms = country.demonyms?.eng;
  if (demonyms) {
    add(demonyms.m, canonical, 'demonym', independent);
    add(demonyms.f, canonical, 'demonym', independent);
  }
  for (const capital of country.capital ?? []) {
    add(capital, canonical, 'capital', independent);
    // "Washington D.C." is written "Washington" in running text.
    const bare = capital.replace(/\s+D\.?C\.?$/, '');
    if (bare !== capital) add(bare, canonical, 'capital', independent);
  }
}

// Names the press uses that the data spells otherwise (it knows "Türkiye", "Great Britain").
const PRESS_FORMS: Array<[string, string, CountryForm]> = [
  ['Britain', 'United Kingdom', 'name'],
  ['Britons', 'United Kingdom', 'demonym'],
  ['Brits', 'United Kingdom', 'demonym'],
  ['Turkey', 'Türkiye', 'name'],
];
for (const [surface, canonical, form] of PRESS_FORMS) add(surface, canonical, form, true);

/**
 * Names of a country only when they stand alone: "America" is the United States, but "America Online" and
 * "Bank of America" are not American institutions.
 */
const WHOLE_ONLY = new Map<string, CountryHit>([['america', { canonical: 'United States', form: 'name' }]]);

/** The country a whole surface form names, if any ("DPRK" → North Korea, "Seoul" → South Korea). */
export function countryOf(surface: string): CountryHit | undefined {
  const whole = WHOLE_ONLY.get(nameTokens(surface).join(' '));
  if (whole) return whole;
  const hit = BY_TOKENS.get(nameTokens(surface).join(' '));
  return hit ? { canonical: hit.canonical, form: hit.form } : undefined;
}

/** The longest country form at the front of a token list, with how many tokens it takes. */
export function leadingCountry(tokens: string[]): (CountryHit & { length: number }) | undefined {
  for (let n = Math.min(longestForm, tokens.length - 1); n >= 1; n--) {
    const hit = BY_TOKENS.get(tokens.slice(0, n).join(' '));
    if (hit) return { canonical: hit.canonical, form: hit.form, length: n };
  }
  return undefined;
}

/** A country named at the end of an institution's name ("Ministry of Defence of Russia"), with the tokens it takes. */
export function trailingCountry(tokens: string[]): (CountryHit & { length: number }) | undefined {
  for (let n = Math.min(longestForm, tokens.length - 2); n >= 1; n--) {
    const hit = BY_TOKENS.get(tokens.slice(tokens.length - n).join(' '));
    if (hit && hit.form === 'name' && tokens[tokens.length - n - 1] === 'of') return { canonical: hit.canonical, form: hit.form, length: n + 1 };
  }
  return undefined;
}
