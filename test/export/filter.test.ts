import { describe, expect, it } from 'vitest';
import { GraphFilterError, filterGraph, type GraphFilter } from '../../src/export/index.js';
import { buildGraph, edgeKey } from '../../src/graph/index.js';
import { sampleCorpus } from '../graph/fixture.js';

const { resolution, documents, texts } = sampleCorpus();
const graph = buildGraph(resolution, documents, { window: 'paragraph', text: (id) => texts.get(id) });
const keys = (g: typeof graph) => g.nodes().sort();

describe('filterGraph', () => {
  const table: [string, GraphFilter, string[], number][] = [
    ['no filter', {}, graph.nodes().sort(), graph.size],
    ['types', { types: ['country'] }, ['country:north-korea', 'country:russia', 'country:ukraine'], 3],
    ['types: people and organisations', { types: ['person', 'organization'] }, ['organization:nato', 'organization:united-nations', 'person:kim-jong-un', 'person:vladimir-putin', 'person:zoe-angstrom'], 2],
    ['top 2 by mentions', { top: 2 }, ['country:north-korea', 'country:russia'], 1],
    ['top 0', { top: 0 }, [], 0],
    ['ego, one hop', { ego: 'person:zoe-angstrom' }, ['country:north-korea', 'country:russia', 'person:zoe-angstrom'], 3],
    ['ego, two hops', { ego: 'organization:united-nations', hops: 2 }, ['country:north-korea', 'country:russia', 'organization:united-nations', 'person:kim-jong-un', 'person:vladimir-putin'], 7],
    ['ego, zero hops', { ego: 'country:russia', hops: 0 }, ['country:russia'], 0],
    ['date: October', { from: '2024-10', to: '2024-10' }, ['country:north-korea', 'country:russia', 'country:ukraine', 'organization:nato', 'organization:united-nations', 'person:kim-jong-un', 'person:vladimir-putin'], 12],
    ['date: from November', { from: '2024-11-01' }, ['country:north-korea', 'country:russia', 'person:zoe-angstrom'], 3],
    ['date: nothing in range', { from: '2030' }, [], 0],
  ];
  it.each(table)('%s', (_name, filter, nodes, size) => {
    const view = filterGraph(graph, filter, documents);
    expect(keys(view)).toEqual(nodes);
    expect(view.size).toBe(size);
  });

  it('keeps edges of at least minWeight windows, and every node', () => {
    const view = filterGraph(graph, { minWeight: 2 });
    expect(view.edges()).toEqual([edgeKey('country:russia', 'country:north-korea')]);
    expect(view.order).toBe(graph.order);
  });

  it('recounts weight, documents and evidence within a date range', () => {
    const view = filterGraph(graph, { to: '2024-10-20' }, documents);
    const edge = view.getEdgeAttributes(edgeKey('country:russia', 'country:north-korea'));
    expect([edge.weight, edge.documents, edge.evidence.map((e) => e.doc), edge.npmi]).toEqual([2, 2, ['a.txt', 'b.txt'], undefined]);
    expect(graph.getEdgeAttribute(edgeKey('country:russia', 'country:north-korea'), 'weight')).toBe(3);
  });

  it('combines filters: the date range counts before the minimum weight', () => {
    expect(filterGraph(graph, { to: '2024-10', minWeight: 2 }, documents).edges()).toEqual([edgeKey('country:russia', 'country:north-korea')]);
    expect(filterGraph(graph, { from: '2024-11', minWeight: 2 }, documents).size).toBe(0);
  });

  it('keeps the ego even when top N would drop it', () => {
    expect(keys(filterGraph(graph, { ego: 'person:zoe-angstrom', top: 1 }))).toEqual(['country:north-korea', 'person:zoe-angstrom']);
  });

  it('returns a new graph, records the filter, and leaves the original alone', () => {
    const before = JSON.stringify(graph.export());
    const view = filterGraph(graph, { types: ['person'], minWeight: 1 });
    expect(view).not.toBe(graph);
    expect(view.getAttribute('filter')).toEqual({ types: ['person'], minWeight: 1 });
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  const errors: [string, GraphFilter, boolean][] = [
    ['unknown ego', { ego: 'person:nobody' }, true],
    ['negative top', { top: -1 }, true],
    ['NaN weight', { minWeight: Number.NaN }, true],
    ['date without documents', { from: '2024' }, false],
    ['not a date', { from: '1 Oct 2024' }, true],
  ];
  it.each(errors)('%s throws GraphFilterError', (_name, filter, withDocuments) => {
    expect(() => filterGraph(graph, filter, withDocuments ? documents : undefined)).toThrow(GraphFilterError);
  });
});
