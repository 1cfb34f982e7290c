import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { adoptPacked, packAnalysis, StringTable, unpackAnalysis } from '../../src/workers/packed.js';
import type { DocumentAnalysis, Mention } from '../../src/types.js';
import { article } from '../build/fixture.js';

const analysis = (text: string): DocumentAnalysis => extract({ id: 'doc.txt', text });
const mention = (fields: Partial<Mention> & Record<string, unknown>): DocumentAnalysis => ({
  doc: 'doc.txt',
  sentences: [{ start: 0, end: 40, paragraph: 0 }],
  paragraphs: [{ start: 0, end: 40 }],
  mentions: [{ start: 0, end: 5, text: 'Paris', type: 'country', sentence: 0, ...fields } as Mention],
});

describe('packed analyses', () => {
  it.each([
    ['an article', analysis(article(3))],
    ['a text with no mentions', analysis('nothing to see here, and no names at all.')],
    ['an empty text', analysis('')],
    ['a mention with a canonical name and a rule', mention({ canonical: 'France', rule: 'country-capital' })],
    ['a mention with a rule only', mention({ rule: 'country-capital' })],
    ['a mention with neither', mention({})],
  ])('unpack to the same objects, keys in the same order: %s', (_case, original) => {
    const packed = packAnalysis(original);
    expect(packed).toBeDefined();
    const table = new StringTable();
    const unpacked = unpackAnalysis(original.doc, adoptPacked(packed!, table), table.strings);
    expect(unpacked).toEqual(original);
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(original));
  });

  it.each([
    ['a field packing does not know', mention({ score: 0.5 })],
    ['an absent field written as undefined', mention({ canonical: undefined, rule: 'country-capital' })],
    ['fields in another order', { ...mention({}), mentions: [{ type: 'country', start: 0, end: 5, text: 'Paris', sentence: 0 } as Mention] }],
    ['an offset that is no integer', mention({ end: 5.5 })],
    ['a sentence with a field more', { ...mention({}), sentences: [{ start: 0, end: 40, paragraph: 0, words: 8 }] }],
    ['an analysis with a field more', { ...mention({}), language: 'en' }],
  ])('are not made of %s (the objects are kept)', (_case, original) => {
    expect(packAnalysis(original as DocumentAnalysis)).toBeUndefined();
  });

  it('share one copy of each string across documents', () => {
    const table = new StringTable();
    const first = adoptPacked(packAnalysis(mention({ rule: 'country-capital' }))!, table);
    const second = adoptPacked(packAnalysis({ ...mention({ rule: 'country-capital' }), doc: 'other.txt' })!, table);
    expect([...second]).toEqual([...first]);
    expect(table.strings).toEqual(['Paris', 'country', 'country-capital']);
  });
});
