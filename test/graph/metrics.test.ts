import { describe, expect, it } from 'vitest';
import { assignLayout, assignMetrics, buildGraph } from '../../src/graph/index.js';
import { corpusOf, sampleCorpus } from './fixture.js';

/** Two triangles of people joined by one bridge (c — d), plus an organisation hanging off d. */
function bridged() {
  const sentence = (a: string, b: string) => `[${a.toUpperCase()} Person|person:${a}] met [${b.toUpperCase()} Person|person:${b}].`;
  const corpus = corpusOf([
    { id: 'x', marked: [sentence('a', 'b'), sentence('b', 'c'), sentence('a', 'c'), sentence('a', 'b'), sentence('c', 'd')].join(' ') },
    { id: 'y', marked: [sentence('d', 'e'), sentence('e', 'f'), sentence('d', 'f'), sentence('e', 'f'), '[D Person|person:d] joined [Club|organization:club].'].join(' ') },
  ]);
  return buildGraph(corpus.resolution, corpus.documents, { window: 'sentence' });
}

describe('assignMetrics', () => {
  const graph = bridged();
  assignMetrics(graph);
  const table: [string, number, number][] = [
    ['person:a', 2, 3],
    ['person:c', 3, 3],
    ['person:d', 4, 4],
    ['organization:club', 1, 1],
  ];
  it.each(table)('%s: degree %i, weighted degree %i', (node, degree, weightedDegree) => {
    expect(graph.getNodeAttributes(node)).toMatchObject({ degree, weightedDegree });
  });

  it('gives PageRank summing to 1 and the most betweenness to the bridge ends', () => {
    const ranks = graph.mapNodes((_n, a) => a.pagerank!);
    expect(ranks.reduce((s, r) => s + r, 0)).toBeCloseTo(1, 4);
    const byBetweenness = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'betweenness')! - graph.getNodeAttribute(a, 'betweenness')!);
    expect(byBetweenness.slice(0, 2).sort()).toEqual(['person:c', 'person:d']);
    expect(graph.getNodeAttribute('person:a', 'betweenness')).toBe(0);
  });

  it('puts each triangle in its own Louvain community, numbered from the largest', () => {
    const community = (n: string) => graph.getNodeAttribute(n, 'community');
    expect(new Set(['a', 'b', 'c'].map((n) => community(`person:${n}`))).size).toBe(1);
    expect(new Set(['d', 'e', 'f'].map((n) => community(`person:${n}`))).size).toBe(1);
    expect(community('person:a')).not.toBe(community('person:d'));
    expect(community('organization:club')).toBe(community('person:d'));
    expect(community('person:d')).toBe(0);
  });

  it('is reproducible: same graph, same numbers', () => {
    const again = bridged();
    assignMetrics(again);
    expect(again.export()).toEqual(graph.export());
  });

  it('leaves betweenness out of graphs too large for it, and says so', () => {
    const big = bridged();
    assignMetrics(big, { maxBetweennessWork: 10 });
    expect(big.getNodeAttribute('person:c', 'betweenness')).toBeUndefined();
    expect(big.getNodeAttribute('person:c', 'pagerank')).toBeGreaterThan(0);
    expect(big.getAttribute('skippedMetrics')).toEqual(['betweenness']);
    expect(graph.getAttribute('skippedMetrics')).toBeUndefined();
  });

  it('copes with graphs without edges or nodes', () => {
    const { resolution, documents } = corpusOf([{ id: 'x', marked: '[Solo Person|person:solo] spoke.' }]);
    const lonely = buildGraph(resolution, documents, { window: 'sentence' });
    assignMetrics(lonely);
    assignLayout(lonely);
    expect(lonely.getNodeAttributes('person:solo')).toMatchObject({ degree: 0, weightedDegree: 0, pagerank: 1, betweenness: 0, community: 0 });
    const empty = buildGraph({ entities: [], mentions: [] }, [], { window: 'sentence' });
    assignMetrics(empty);
    assignLayout(empty);
    expect(empty.order).toBe(0);
  });
});

describe('assignLayout', () => {
  const layout = () => {
    const { resolution, documents } = sampleCorpus();
    const graph = buildGraph(resolution, documents, { window: 'sentence' });
    assignLayout(graph);
    return graph;
  };

  it('places every node at a finite, distinct position, sized by mentions', () => {
    const graph = layout();
    const positions = graph.mapNodes((_n, a) => `${a.x},${a.y}`);
    expect(new Set(positions).size).toBe(graph.order);
    graph.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeGreaterThanOrEqual(3);
    });
    expect(graph.getNodeAttribute('country:russia', 'size')).toBeGreaterThan(graph.getNodeAttribute('organization:nato', 'size')!);
  });

  it('gives identical positions for identical input', () => {
    expect(layout().export()).toEqual(layout().export());
  });

  it('pulls co-mentioned entities closer than unrelated ones', () => {
    const graph = bridged();
    assignLayout(graph);
    const distance = (a: string, b: string) => Math.hypot(graph.getNodeAttribute(a, 'x')! - graph.getNodeAttribute(b, 'x')!, graph.getNodeAttribute(a, 'y')! - graph.getNodeAttribute(b, 'y')!);
    expect(distance('person:a', 'person:b')).toBeLessThan(distance('person:a', 'person:f'));
  });

  it('lines up entities without links under the linked ones instead of letting them drift away', () => {
    const corpus = corpusOf([
      { id: 'x', marked: '[A Person|person:a] met [B Person|person:b]. [C Person|person:c] met [A Person|person:a].' },
      { id: 'y', marked: '[Loner One|person:l1] spoke. [Loner Two|person:l2] wrote. [Club|organization:club] opened.' },
    ]);
    const graph = buildGraph(corpus.resolution, corpus.documents, { window: 'sentence' });
    assignLayout(graph);
    const linked = ['person:a', 'person:b', 'person:c'].map((n) => graph.getNodeAttributes(n));
    const [minX, maxX] = [Math.min(...linked.map((a) => a.x!)), Math.max(...linked.map((a) => a.x!))];
    const lowestLinked = Math.min(...linked.map((a) => a.y!));
    for (const loner of ['person:l1', 'person:l2', 'organization:club']) {
      const { x, y } = graph.getNodeAttributes(loner);
      expect(x).toBeGreaterThanOrEqual(minX - 1e-6);
      expect(x).toBeLessThanOrEqual(maxX + 1e-6);
      expect(y).toBeLessThan(lowestLinked);
    }
  });
});
