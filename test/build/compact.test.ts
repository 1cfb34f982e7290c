import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { CompactStore, compactDocument, evidenceSpans, evidenceWindows, sparseText, sparseTexts } from '../../src/workers/compact.js';

import type { CoMentionWindow } from '../../src/types.js';
import { article } from './fixture.js';

const text = `${article(7)}\nA closing line with no names at all.\n`;
const source = { id: 'doc.txt', path: 'doc.txt', title: 'Doc', text };
const analysis = extract(source);
const compactFor = (window: CoMentionWindow) =>
  compactDocument(source, { analysis: structuredClone(analysis), shingles: new Uint32Array(), windows: evidenceWindows(analysis, window, text) }, new CompactStore());

describe('compact documents', () => {
  it.each(['sentence', 'paragraph', 'document'] as CoMentionWindow[])('keep the exact text of every %s with two or more mentions', (window) => {
    const compact = compactFor(window);
    const spans = evidenceSpans(analysis, window, text.length);
    expect(spans.length).toBeGreaterThan(0);
    const sparse = sparseText(compact);
    expect(sparse).toHaveLength(text.length);
    for (const span of spans) expect(sparse.slice(span.start, span.end)).toBe(text.slice(span.start, span.end));
    expect(compact).not.toHaveProperty('header.text');
  });

  it('drop the text of sentences with fewer than two mentions', () => {
    const compact = compactFor('sentence');
    const kept = compact.windows.map((w) => w.text).join(' ');
    expect(kept).not.toContain('closing line');
    expect(kept.length).toBeLessThan(text.length);
  });

  it('are looked up by id, unknown ids giving undefined', () => {
    const lookup = sparseTexts([compactFor('sentence')]);
    expect(lookup('doc.txt')).toHaveLength(text.length);
    expect(lookup('other.txt')).toBeUndefined();
  });
});
