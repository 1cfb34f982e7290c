import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DuplicateThresholdError, findNearDuplicates, minHashSignature, nearDuplicateRecord, nearDuplicatesAfterAdding, shingles } from '../../src/graph/index.js';

const shared = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const folder = (name: string) => readdirSync(shared + name).sort().map((file) => ({ id: file, text: readFileSync(`${shared}${name}/${file}`, 'utf8') }));

const story =
  'The central bank raised its key interest rate by half a point on Tuesday, the third increase this year, ' +
  'saying inflation had proved more stubborn than expected and that further moves could follow if prices kept rising. ' +
  'Markets had expected a smaller step, and shares of lenders fell sharply in early trading while the currency gained.';
const other =
  'Heavy rain flooded dozens of villages in the river valley overnight, forcing thousands of families to leave their homes. ' +
  'Rescue teams used boats to reach people stranded on rooftops, and officials warned that more storms were on the way.';

describe('findNearDuplicates', () => {
  const table: [string, { id: string; text: string }[], [string, string][]][] = [
    ['identical copies', [{ id: 'a', text: story }, { id: 'b', text: story }], [['b', 'a']]],
    ['a copy with a new headline and byline', [{ id: 'a', text: story }, { id: 'b', text: `RATES UP AGAIN\nBy Staff Writer\n${story}` }], [['b', 'a']]],
    ['a trimmed copy (first two sentences)', [{ id: 'a', text: story }, { id: 'b', text: story.split('. ').slice(0, 2).join('. ') }], [['b', 'a']]],
    ['a copy with different case and punctuation', [{ id: 'a', text: story }, { id: 'b', text: story.toUpperCase().replace(/,/g, ' ;') }], [['b', 'a']]],
    ['two different stories', [{ id: 'a', text: story }, { id: 'b', text: other }], []],
    ['the earlier of the two is the original', [{ id: 'z', text: story }, { id: 'a', text: story }], [['a', 'z']]],
    ['three copies map to the first', [{ id: 'a', text: story }, { id: 'b', text: other }, { id: 'c', text: story }, { id: 'd', text: `${story} More to come.` }], [['c', 'a'], ['d', 'a']]],
    ['short texts are never copies', [{ id: 'a', text: 'Rates rise.' }, { id: 'b', text: 'Rates rise.' }], []],
    ['empty texts', [{ id: 'a', text: '' }, { id: 'b', text: '' }], []],
  ];
  it.each(table)('%s', (_name, docs, expected) => {
    expect([...findNearDuplicates(docs)]).toEqual(expected);
  });

  it('takes shingles computed earlier instead of text (streaming builds)', () => {
    const docs = [{ id: 'a', text: story }, { id: 'b', text: other }, { id: 'c', text: `${story} More to come.` }];
    const fromShingles = docs.map((d) => ({ id: d.id, shingles: [...shingles(d.text)] }));
    expect([...findNearDuplicates(fromShingles)]).toEqual([...findNearDuplicates(docs)]);
    expect([...findNearDuplicates([docs[0]!, fromShingles[2]!])]).toEqual([['c', 'a']]);
  });

  it('joins copies of copies into one group', () => {
    const half = Math.floor(story.length / 2);
    const docs = [
      { id: 'a', text: story },
      { id: 'b', text: `${story} ${other}` },
      { id: 'c', text: other },
    ];
    // b contains a and c, so all three are one story family, original a
    expect([...findNearDuplicates(docs)]).toEqual([['b', 'a'], ['c', 'a']]);
    expect(findNearDuplicates([{ id: 'a', text: story.slice(0, half) }, { id: 'b', text: story.slice(half) }]).size).toBe(0);
  });

  it('respects the threshold', () => {
    const edited = story.replace('Markets had expected a smaller step', 'Traders had bet on a smaller move').replace('third increase this year', 'third hike of the year');
    const docs = [{ id: 'a', text: story }, { id: 'b', text: edited }];
    expect(findNearDuplicates(docs, { threshold: 0.5 }).size).toBe(1);
    expect(findNearDuplicates(docs, { threshold: 0.99 }).size).toBe(0);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects threshold %d', (threshold) => {
    expect(() => findNearDuplicates([], { threshold })).toThrow(DuplicateThresholdError);
  });
});

/** A seeded generator, so the corpora below are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/**
 * Articles recombined from a small pool of sentences, as syndication and the bench corpora make them: many pairs
 * share a sentence or two (and an LSH band), some are copies of another with a line added.
 */
function recombined(count: number, seed: number): { id: string; text: string }[] {
  const next = random(seed);
  const syllables = ['ka', 'lo', 'mi', 'ven', 'tar', 'os', 'pel', 'du', 'rin', 'sa', 'mor', 'et'];
  const word = () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => syllables[Math.floor(next() * syllables.length)]).join('');
  const pool = Array.from({ length: 150 }, () => `${Array.from({ length: 9 + Math.floor(next() * 6) }, word).join(' ')}.`);
  const docs: { id: string; text: string }[] = [];
  for (let n = 0; n < count; n++) {
    const earlier = docs[Math.floor(next() * docs.length)];
    const text =
      earlier && next() < 0.15
        ? `${earlier.text} ${pool[Math.floor(next() * pool.length)]}`
        : Array.from({ length: 2 + Math.floor(next() * 4) }, () => pool[Math.floor(next() * pool.length)]).join(' ');
    docs.push({ id: `doc-${seed}-${n}`, text });
  }
  return docs;
}

describe('nearDuplicatesAfterAdding (issue 7: a rebuild checks only the added documents)', () => {
  const keyed = (docs: { id: string; text: string }[]) =>
    docs.map(({ id, text }) => {
      const set = Uint32Array.from(shingles(text)).sort();
      return { id, content: text, shingles: set, signature: minHashSignature(set) };
    });

  it('gives what a full pass gives whenever it gives anything, and declines when an added document is a copy', () => {
    let reused = 0;
    let declined = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const before = recombined(60, seed);
      const record = nearDuplicateRecord(keyed(before), findNearDuplicates(keyed(before)));
      const next = random(seed * 7919);
      const after = [...before];
      const added = recombined(1 + (seed % 3), seed + 1000);
      for (const document of added) after.splice(Math.floor(next() * (after.length + 1)), 0, document);
      const full = findNearDuplicates(keyed(after));
      const incremental = nearDuplicatesAfterAdding(keyed(after), record);
      if (incremental === undefined) declined++;
      else {
        reused++;
        expect([...incremental]).toEqual([...full]);
      }
      // A copy of an earlier document added: its copies can change, so the full pass is needed.
      const copied = [...before, { id: 'copy', text: `${before[3]!.text} One more line at the end of the copy.` }];
      expect(findNearDuplicates(keyed(copied)).has('copy')).toBe(true);
      expect(nearDuplicatesAfterAdding(keyed(copied), record)).toBeUndefined();
    }
    // Both paths were taken: the test checked the reuse it allows, not only that it declines.
    expect(reused).toBeGreaterThan(5);
    expect(declined).toBeGreaterThan(0);
  });

  it('declines when a document was removed, edited or moved, or the threshold changed', () => {
    const docs = recombined(20, 99);
    const record = nearDuplicateRecord(keyed(docs), findNearDuplicates(keyed(docs)));
    expect(nearDuplicatesAfterAdding(keyed(docs), record)).toEqual(findNearDuplicates(keyed(docs)));
    expect(nearDuplicatesAfterAdding(keyed(docs.slice(1)), record)).toBeUndefined();
    expect(nearDuplicatesAfterAdding(keyed(docs.map((d, i) => (i === 5 ? { ...d, text: `${d.text} Edited.` } : d))), record)).toBeUndefined();
    expect(nearDuplicatesAfterAdding(keyed([...docs.slice(1), docs[0]!]), record)).toBeUndefined();
    expect(nearDuplicatesAfterAdding(keyed(docs), record, { threshold: 0.6 })).toBeUndefined();
  });
});

describe.skipIf(!existsSync(shared))('findNearDuplicates on the shared corpora', () => {
  it('finds the two seed articles that rewrite one wire story, and nothing else', () => {
    const copies = findNearDuplicates(folder('seeds'));
    expect([...copies].map(([copy, original]) => [copy.slice(0, 3), original.slice(0, 3)])).toEqual([['004', '002']]);
  });
  it.each(['gum-dev', 'meantime-dev'])('finds no copies among the distinct articles of %s', (name) => {
    expect(findNearDuplicates(folder(name)).size).toBe(0);
  });
});
