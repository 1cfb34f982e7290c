import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, CACHE_DIR } from '../../src/build.js';
import { LAYOUT_FILE } from '../../src/cache/layout.js';
import { assignLayout } from '../../src/graph/index.js';
import type { CoMentionGraph } from '../../src/types.js';
import { buildFromDocuments } from '../../src/pipeline.js';
import { article, tempOut, writeCorpus } from './fixture.js';

const positionsOf = (graph: CoMentionGraph) => new Map(graph.mapNodes((node, { x, y }) => [node, { x: x!, y: y! }] as const));
const docs = (count: number) => Array.from({ length: count }, (_, n) => ({ id: `d${n}`, path: `d${n}.txt`, title: `D${n}`, text: article(n) }));

describe('assignLayout from an earlier layout (warm start)', () => {
  it('keeps the positions exactly with 0 iterations on the graph they came from', () => {
    const { graph } = buildFromDocuments(docs(8));
    const again = buildFromDocuments(docs(8), { skipLayout: true }).graph;
    assignLayout(again, { positions: positionsOf(graph), iterations: 0 });
    expect(again.export()).toEqual(graph.export());
  });

  it('gives the same positions for the same graph and start', () => {
    const start = positionsOf(buildFromDocuments(docs(6)).graph);
    const run = () => {
      const graph = buildFromDocuments(docs(9), { skipLayout: true }).graph;
      assignLayout(graph, { positions: start, iterations: 10 });
      return graph.export();
    };
    expect(run()).toEqual(run());
  });

  it('starts a new node at the mean position of its neighbours that were placed before', () => {
    const { graph } = buildFromDocuments(docs(8));
    const start = positionsOf(graph);
    const linked = graph.filterNodes((node) => graph.degree(node) >= 2);
    const newcomer = linked[0]!;
    start.delete(newcomer);
    const warm = buildFromDocuments(docs(8), { skipLayout: true }).graph;
    assignLayout(warm, { positions: start, iterations: 0 });
    const neighbours = graph.neighbors(newcomer).filter((node) => start.has(node));
    const mean = (axis: 'x' | 'y') => neighbours.reduce((sum, node) => sum + start.get(node)![axis], 0) / neighbours.length;
    expect(Math.abs(warm.getNodeAttribute(newcomer, 'x')! - mean('x'))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(warm.getNodeAttribute(newcomer, 'y')! - mean('y'))).toBeLessThanOrEqual(0.5);
  });
});

describe('buildCorpus keeps positions between builds', () => {
  const graphJson = (out: string) => readFileSync(join(out, 'graph.json'), 'utf8').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME');

  it('reproduces a cold build exactly when nothing changed, and starts from it when something did', async () => {
    const corpus = writeCorpus(10);
    const old = new Date(Date.now() - 3_600_000);
    for (const file of readdirSync(corpus, { recursive: true, encoding: 'utf8' })) if (statSync(join(corpus, file)).isFile()) utimesSync(join(corpus, file), old, old);
    const out = tempOut();
    await buildCorpus([corpus], { out, jobs: 1 });
    expect(existsSync(join(out, CACHE_DIR, LAYOUT_FILE))).toBe(true);
    const cold = graphJson(out);
    await buildCorpus([corpus], { out, jobs: 1 });
    expect(graphJson(out)).toBe(cold);

    writeFileSync(join(corpus, 'added.txt'), article(900));
    await buildCorpus([corpus], { out, jobs: 1 });
    const warm = graphJson(out);
    const fresh = tempOut();
    await buildCorpus([corpus], { out: fresh, jobs: 1, cache: false });
    expect(warm).not.toBe(graphJson(fresh));
    expect(existsSync(join(fresh, CACHE_DIR, LAYOUT_FILE))).toBe(false);
  });
});
