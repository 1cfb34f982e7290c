import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const run = (text: string) => extract({ id: 't', text });
const pairs = (text: string): string[] => run(text).mentions.map((m) => `${m.type}:${m.text}`);

describe('extract: mentions', () => {
  const table: Array<[string, string[]]> = [
    ['North Korea has sent troops to Russia, Washington said.', ['country:North Korea', 'country:Russia', 'country:Washington']],
    ['Russian President Vladimir Putin met Kim Jong Un.', ['country:Russian', 'person:Vladimir Putin', 'person:Kim Jong Un']],
    [
      'The figures were given by Deputy Pentagon Press Secretary Sabrina Singh on Monday.',
      ['organization:Pentagon', 'person:Sabrina Singh'],
    ],
    ['He spoke to the National Intelligence Service (NIS) about it.', ['organization:National Intelligence Service', 'organization:NIS']],
    ['The talks included Ursula von der Leyen and Yoon Suk Yeol.', ['person:Ursula von der Leyen', 'person:Yoon Suk Yeol']],
    ['Officials from the Republic of Korea and the DPRK met.', ['country:Republic of Korea', 'country:DPRK']],
    ['It was reported by the Korean Central News Agency last week.', ['organization:Korean Central News Agency']],
    ['Seoul warned that the deployment was dangerous.', ['country:Seoul']],
    ['Analysts said the US Defense Department had agreed.', ['country:US', 'organization:Defense Department']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(pairs(sentence)).toEqual(expected);
  });

  it('keys canonical names for countries and defined acronyms', () => {
    const mentions = run('North Korean soldiers crossed. The National Intelligence Service (NIS) said the NIS knew.').mentions;
    expect(mentions.find((m) => m.text === 'North Korean')?.canonical).toBe('North Korea');
    expect(mentions.filter((m) => m.text === 'NIS').map((m) => m.canonical)).toEqual(['National Intelligence Service', 'National Intelligence Service']);
  });
});

describe('extract: false positives', () => {
  const none: string[] = [
    'Let us know what you think.',
    'On Tuesday and in October the troops moved.',
    'The President said nothing.',
    'We met him in Washington last year.',
  ];
  it.each(none)('%s', (sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });
});

describe('extract: sentences and offsets', () => {
  it('keeps a sentence broken across a blank line and splits a heading', () => {
    const text = '# Troops sent\n\nRutte said the Kremlin could not go on without foreign\n\nsupport. Rutte left.';
    const { sentences, paragraphs } = run(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      '# Troops sent',
      'Rutte said the Kremlin could not go on without foreign\n\nsupport.',
      'Rutte left.',
    ]);
    expect(paragraphs).toHaveLength(3);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 2]);
  });

  it('treats countries as national teams in a match report', () => {
    const text =
      'Spain beat Germany 2-1 in the match on Friday. The coach praised the squad after the goal in the final minute. ' +
      'The referee gave a penalty and the striker scored. The goalkeeper saved it at the stadium. The tournament goes on.';
    expect(run(text).mentions.map((m) => `${m.type}:${m.text}`)).toEqual(['organization:Spain', 'organization:Germany']);
  });

  it('survives empty and odd input', () => {
    expect(run('')).toEqual({ doc: 't', sentences: [], paragraphs: [], mentions: [] });
    expect(run('  \n\n ').sentences).toEqual([]);
    expect(run('Really?! Yes!!!').sentences).toHaveLength(2);
  });

  it('reads Windows line endings and characters outside the BMP', () => {
    const text = 'Hello\r\n\r\nNorth Korea fired.\r\nRussia said \u{1F600} Putin agreed.';
    const { sentences, paragraphs, mentions } = run(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Hello', 'North Korea fired.', 'Russia said \u{1F600} Putin agreed.']);
    expect(paragraphs).toHaveLength(2);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => m.text)).toEqual(['North Korea', 'Russia', 'Putin']);
  });

  it('gives offsets that slice back to the mention text', () => {
    const text = '\u201cIt seems that both Russia and North Korea have accelerated,\u201d said Hong Jang-won of South Korea\u2019s NIS.';
    const { mentions } = run(text);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => m.text)).toEqual(['Russia', 'North Korea', 'Hong Jang-won', 'South Korea', 'NIS']);
  });
});
