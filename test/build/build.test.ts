import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, CACHE_DIR, FULL_GRAPH_FILE, type BuildOptions } from '../../src/build.js';
import type { CoMentionAttributes } from '../../src/types.js';
import { article, tempOut, withoutPositions, writeCorpus } from './fixture.js';

const OUTPUTS = ['graph.json', 'graph.graphml', 'mentions.jsonl', 'documents.json'];

/** The output files, with the build time taken out (the only thing two builds of one corpus may differ in). */
function outputs(out: string): Record<string, string> {
  return Object.fromEntries(OUTPUTS.map((file) => [file, readFileSync(join(out, file), 'utf8').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME')]));
}

function build(corpus: string, options: Partial<BuildOptions> & { out: string }) {
  return buildCorpus([corpus], { jobs: 1, ...options });
}

describe('buildCorpus with worker threads', () => {
  it('writes the same files with 2 workers as with extraction in the main thread', async () => {
    const corpus = writeCorpus(40);
    const [inThread, workers] = [tempOut(), tempOut()];
    const one = await build(corpus, { out: inThread, cache: false });
    const two = await build(corpus, { out: workers, cache: false, jobs: 2 });
    expect(one.jobs).toBe(1);
    expect(two.jobsFallback).toBeUndefined();
    expect(two.jobs).toBe(2);
    expect(two.extracted).toBe(43);
    expect(one.mentions).toBeGreaterThan(100);
    expect(outputs(workers)).toEqual(outputs(inThread));
  });

  it('reports progress once per file, ending at the totals, with workers too', async () => {
    const corpus = writeCorpus(12);
    for (const jobs of [1, 2]) {
      const seen: { files: number; totalFiles: number; bytes: number; totalBytes: number }[] = [];
      const summary = await build(corpus, { out: tempOut(), jobs, cache: false, onProgress: (p) => seen.push(p) });
      expect(seen.map((p) => p.files)).toEqual(Array.from({ length: summary.files }, (_, i) => i + 1));
      expect(seen.at(-1)).toEqual({ files: summary.files, totalFiles: summary.files, bytes: summary.bytes, totalBytes: summary.bytes });
    }
  });
});

describe('buildCorpus with the cache', () => {
  it('re-extracts only the document added or changed since the last build', async () => {
    const corpus = writeCorpus(20);
    const out = tempOut();
    const first = await build(corpus, { out });
    expect(first.extracted).toBe(23);
    expect(first.cache).toMatchObject({ hits: 0, misses: 23, writes: 23 });

    const unchanged = await build(corpus, { out });
    expect(unchanged.extracted).toBe(0);
    expect(unchanged.cache).toMatchObject({ hits: 23, misses: 0 });

    writeFileSync(join(corpus, 'added.txt'), article(500));
    const added = await build(corpus, { out });
    expect(added.extracted).toBe(1);
    expect(added.cache).toMatchObject({ hits: 23, misses: 1 });
    expect(added.documents).toBe(24);

    writeFileSync(join(corpus, '000.txt'), article(501));
    const edited = await build(corpus, { out, jobs: 2 });
    expect(edited.extracted).toBe(1);

    // What came from the cache is exactly what extraction would have given; positions start from the last build's.
    const uncached = tempOut();
    await build(corpus, { out: uncached, cache: false });
    expect(withoutPositions(out)).toEqual(withoutPositions(uncached));
  });

  it('extracts everything again when extraction settings change', async () => {
    const corpus = writeCorpus(6);
    const out = tempOut();
    await build(corpus, { out });
    const changed = await build(corpus, { out, extract: { types: ['person', 'country'] } });
    expect(changed.extracted).toBe(9);
    expect(changed.cache?.invalidated).toMatch(/options/);
    const mentions = readFileSync(join(out, 'mentions.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { type: string });
    expect(mentions.filter((m) => m.type === 'organization')).toEqual([]);
  });

  it('extracts everything and keeps no cache with cache: false', async () => {
    const corpus = writeCorpus(6);
    const out = tempOut();
    await build(corpus, { out });
    expect(existsSync(join(out, CACHE_DIR))).toBe(true);
    const summary = await build(corpus, { out, cache: false });
    expect(summary.extracted).toBe(9);
    expect(summary.cache).toBeUndefined();
    expect(existsSync(join(out, CACHE_DIR))).toBe(false);
  });
});

describe('buildCorpus pruning', () => {
  it.each([
    [{ top: 3 }, (graph: GraphJSON) => expect(graph.nodes).toHaveLength(3)],
    [{ minWeight: 2 }, (graph: GraphJSON) => expect(graph.edges.every((e) => e.attributes.weight >= 2)).toBe(true)],
  ])('prunes graph.json with %o and keeps the whole graph in graph.full.json', async (prune, check) => {
    const corpus = writeCorpus(30);
    const out = tempOut();
    const summary = await build(corpus, { out, cache: false, ...prune });
    const shown = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as GraphJSON;
    const full = JSON.parse(readFileSync(join(out, FULL_GRAPH_FILE), 'utf8')) as GraphJSON;
    check(shown);
    expect(full.nodes).toHaveLength(summary.entities);
    expect(full.edges).toHaveLength(summary.edges);
    expect(summary.pruned).toEqual({ entities: shown.nodes.length, edges: shown.edges.length });
    expect(shown.edges.length).toBeLessThan(full.edges.length);
  });

  it('writes no graph.full.json when nothing is pruned, and removes a stale one', async () => {
    const corpus = writeCorpus(6);
    const out = tempOut();
    await build(corpus, { out, top: 2 });
    expect(existsSync(join(out, FULL_GRAPH_FILE))).toBe(true);
    const summary = await build(corpus, { out });
    expect(summary.pruned).toBeUndefined();
    expect(existsSync(join(out, FULL_GRAPH_FILE))).toBe(false);
  });
});

interface GraphJSON {
  nodes: { key: string }[];
  edges: { attributes: CoMentionAttributes }[];
}
