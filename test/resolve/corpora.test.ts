/**
 * Resolution alone on the shared corpora: the gold mentions (text and type, nothing else) go in, so what is
 * measured does not move with the extractor. Floors, not targets: they catch a change that makes things worse.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/resolve/index.js';
import type { DocumentAnalysis, EntityType, Mention } from '../../src/types.js';

const SHARED = join(fileURLToPath(new URL('../..', import.meta.url)), '..', 'shared');

interface Gold {
  docs: { doc: string; sentences: [number, number][]; mentions: { start: number; end: number; type: EntityType; optional?: boolean; entity?: string }[] }[];
}

interface Outcome {
  b3: number;
  /** Gold entities spread over more than one node. */
  split: string[];
  /** Nodes holding more than one gold entity. */
  merged: string[];
}

function measure(set: string): Outcome {
  const gold = JSON.parse(readFileSync(join(SHARED, 'gold', `${set}.gold.json`), 'utf8')) as Gold;
  const goldOf = new Map<string, string>();
  const analyses: DocumentAnalysis[] = gold.docs.map((doc) => {
    const text = readFileSync(join(SHARED, 'corpus', set, doc.doc), 'utf8').replace(/^\uFEFF/, '');
    const sentences = doc.sentences.map(([start, end]) => ({ start, end, paragraph: 0 }));
    const mentions: Mention[] = doc.mentions
      .filter((m) => !m.optional && m.entity)
      .map((m) => {
        goldOf.set(`${doc.doc}:${m.start}:${m.end}`, m.entity ?? '');
        const sentence = Math.max(0, sentences.findIndex((s) => s.start <= m.start && m.start < s.end));
        return { start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.type, sentence };
      });
    return { doc: doc.doc, sentences, paragraphs: [{ start: 0, end: text.length }], mentions };
  });
  const pairs = resolve(analyses).mentions.map((m) => ({ node: m.entity, gold: goldOf.get(`${m.doc}:${m.start}:${m.end}`) ?? '' }));
  const count = (key: (p: (typeof pairs)[number]) => string): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const pair of pairs) counts.set(key(pair), (counts.get(key(pair)) ?? 0) + 1);
    return counts;
  };
  const both = count((p) => `${p.node}\u0000${p.gold}`);
  const byNode = count((p) => p.node);
  const byGold = count((p) => p.gold);
  let precision = 0;
  let recall = 0;
  for (const pair of pairs) {
    const shared = both.get(`${pair.node}\u0000${pair.gold}`) ?? 0;
    precision += shared / (byNode.get(pair.node) ?? 1);
    recall += shared / (byGold.get(pair.gold) ?? 1);
  }
  precision /= pairs.length;
  recall /= pairs.length;
  const nodesOf = new Map<string, Set<string>>();
  const goldsOf = new Map<string, Set<string>>();
  for (const pair of pairs) {
    nodesOf.set(pair.gold, (nodesOf.get(pair.gold) ?? new Set()).add(pair.node));
    goldsOf.set(pair.node, (goldsOf.get(pair.node) ?? new Set()).add(pair.gold));
  }
  return {
    b3: (2 * precision * recall) / (precision + recall),
    split: [...nodesOf].filter(([, nodes]) => nodes.size > 1).map(([entity]) => entity),
    merged: [...goldsOf].filter(([, golds]) => golds.size > 1).map(([node]) => node),
  };
}

describe.skipIf(!existsSync(join(SHARED, 'gold')))('resolve: the shared corpora, gold mentions in', () => {
  it('seeds: nothing merged; the only split is the Pentagon, which no general rule can tell is the Department of Defense', () => {
    const outcome = measure('seeds');
    expect(outcome.merged).toEqual([]);
    expect(outcome.split).toEqual(['us-department-of-defense']);
    expect(outcome.b3).toBeGreaterThan(0.99);
  });

  it.each([
    ['gum-dev', 0.96],
    ['meantime-dev', 0.97],
  ])('%s: B-cubed F1 above %s', (set, floor) => {
    expect(measure(set).b3).toBeGreaterThan(floor);
  });
});
