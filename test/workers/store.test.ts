import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { minHashOf, shingleHashes } from '../../src/graph/duplicates.js';
import { CompactStore, compactDocument, evidenceWindows } from '../../src/workers/compact.js';
import { packAnalysis } from '../../src/workers/packed.js';
import type { DocumentAnalysis } from '../../src/types.js';
import { article } from '../build/fixture.js';

const documents = Array.from({ length: 120 }, (_, n) => {
  // Texts from a few hundred characters to tens of thousands, so records fill and overflow the store's blocks.
  const text = Array.from({ length: 1 + ((n * 7) % 23) }, (_, k) => article(n * 31 + k)).join('\n\n');
  return { id: `doc-${n}.txt`, path: `doc-${n}.txt`, title: `Doc ${n}`, text };
});

const extracted = documents.map((source) => ({ source, analysis: extract(source), shingles: shingleHashes(source.text) }));

function keepAll(store: CompactStore, pack: (analysis: DocumentAnalysis) => boolean) {
  return extracted.map(({ source, analysis, shingles }) => {
    const parts = {
      analysis: (pack(analysis) && packAnalysis(structuredClone(analysis))) || structuredClone(analysis),
      shingles: shingles.slice(),
      // Old cache entries have no signature: every fifth document here.
      ...(documents.indexOf(source) % 5 ? { signature: minHashOf(shingles) } : {}),
      windows: evidenceWindows(analysis, 'sentence', source.text),
    };
    return { source, analysis, shingles, kept: compactDocument(source, parts, store) };
  });
}

describe('compact store', () => {
  it.each([
    ['packed analyses', () => true],
    ['analyses kept as objects', () => false],
    ['both, alternating', (analysis: DocumentAnalysis) => analysis.mentions.length % 2 === 0],
  ])('gives back every document as it was given, over several blocks: %s', (_case, pack) => {
    const store = new CompactStore();
    const kept = keepAll(store, pack);
    expect(kept.reduce((sum, { shingles }) => sum + shingles.length, 0)).toBeGreaterThan(1 << 16);
    kept.forEach(({ source, analysis, shingles, kept: document }, n) => {
      expect(store.analysis(document)).toEqual(analysis);
      expect(JSON.stringify(store.analysis(document))).toBe(JSON.stringify(analysis));
      expect([...store.shingles(document)]).toEqual([...shingles]);
      expect(store.signature(document) && [...store.signature(document)!]).toEqual(n % 5 ? [...minHashOf(shingles)] : undefined);
      expect(document.header).toEqual({ id: source.id, path: source.path, title: source.title });
    });
  });
});
