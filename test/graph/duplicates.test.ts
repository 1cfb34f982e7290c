import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DuplicateThresholdError, findNearDuplicates, shingles } from '../../src/graph/index.js';

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

describe.skipIf(!existsSync(shared))('findNearDuplicates on the shared corpora', () => {
  it('finds the two seed articles that rewrite one wire story, and nothing else', () => {
    const copies = findNearDuplicates(folder('seeds'));
    expect([...copies].map(([copy, original]) => [copy.slice(0, 3), original.slice(0, 3)])).toEqual([['004', '002']]);
  });
  it.each(['gum-dev', 'meantime-dev'])('finds no copies among the distinct articles of %s', (name) => {
    expect(findNearDuplicates(folder(name)).size).toBe(0);
  });
});
