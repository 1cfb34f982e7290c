import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { CoMentionAttributes, CoMentionGraph, DocumentRecord, EntityAttributes, EntityType, Evidence, GraphAttributes } from '../../src/types.js';
import { ENTITY_TYPES } from '../../src/types.js';
import { applyRule, mergeEntities, UnknownEntityError } from '../../web/src/model/edits.js';
import { nameRanges, segmentText } from '../../web/src/model/highlight.js';
import { foldName, searchEntities } from '../../web/src/model/search.js';
import { dateInRange, visibleElements, type Filters } from '../../web/src/model/view.js';
import { safeHref } from '../../web/src/panel.js';
import { coMentionEdges, sentenceAt } from '../../web/src/model/windows.js';

function node(label: string, type: EntityType, mentions: number, extra: Partial<EntityAttributes> = {}): EntityAttributes {
  return { label, type, aliases: [label], mentions, documents: 1, x: 0, y: 0, ...extra };
}

function evidence(doc: string, start = 0): Evidence {
  return { doc, sentence: 0, start, end: start + 10, text: 'x' };
}

function sample(): CoMentionGraph {
  const graph: CoMentionGraph = new Graph<EntityAttributes, CoMentionAttributes, GraphAttributes>({ type: 'undirected' });
  graph.addNode('person:vladimir-putin', node('Vladimir Putin', 'person', 9, { aliases: ['Vladimir Putin', 'Putin'], community: 0 }));
  graph.addNode('person:putin', node('Putin', 'person', 2, { community: 1 }));
  graph.addNode('country:russia', node('Russia', 'country', 20, { aliases: ['Russia', 'Moscow'], community: 0 }));
  graph.addNode('country:sao-tome', node('São Tomé', 'country', 1, { community: 1 }));
  graph.addNode('organization:nato', node('NATO', 'organization', 4, { community: 1 }));
  graph.addEdge('person:vladimir-putin', 'country:russia', { weight: 3, documents: 2, npmi: 0.4, evidence: [evidence('a'), evidence('a', 20), evidence('b')] });
  graph.addEdge('person:putin', 'country:russia', { weight: 1, documents: 1, npmi: 0.2, evidence: [evidence('c')] });
  graph.addEdge('person:putin', 'organization:nato', { weight: 2, documents: 1, evidence: [evidence('c'), evidence('c', 30)] });
  graph.addEdge('person:putin', 'person:vladimir-putin', { weight: 1, documents: 1, evidence: [evidence('c', 50)] });
  graph.addEdge('organization:nato', 'country:sao-tome', { weight: 1, documents: 1, evidence: [evidence('d')] });
  return graph;
}

describe('searchEntities', () => {
  it.each<[string, string[]]>([
    ['putin', ['person:putin', 'person:vladimir-putin']],
    ['vlad', ['person:vladimir-putin']],
    ['moscow', ['country:russia']],
    ['sao tome', ['country:sao-tome']],
    ['SÃO', ['country:sao-tome']],
    ['ato', ['organization:nato']],
    ['', []],
    ['zzz', []],
  ])('%s → %j', (query, expected) => {
    expect(searchEntities(sample(), query).map((hit) => hit.key)).toEqual(expected);
  });

  it('says which alias matched when the label does not show it', () => {
    expect(searchEntities(sample(), 'moscow')[0]?.alias).toBe('Moscow');
    expect(searchEntities(sample(), 'putin').find((hit) => hit.key === 'person:vladimir-putin')?.alias).toBeUndefined();
  });

  it('folds case and accents', () => {
    expect(foldName('  São Tomé ')).toBe('sao tome');
  });
});

describe('evidence highlighting', () => {
  it.each<[string, string[], Array<[string, string?]>]>([
    ['Putin met Kim in Moscow.', ['Putin'], [['Putin', 'source'], [' met Kim in Moscow.']]],
    ['Putinism is not Putin.', ['Putin'], [['Putinism is not '], ['Putin', 'source'], ['.']]],
    ['Vladimir Putin and Putin', ['Putin', 'Vladimir Putin'], [['Vladimir Putin', 'source'], [' and '], ['Putin', 'source']]],
    ['no names here', ['Putin'], [['no names here']]],
    ['a+b (c) [d]', ['(c)'], [['a+b '], ['(c)', 'source'], [' [d]']]],
  ])('%s', (text, names, expected) => {
    const segments = segmentText(text, nameRanges(text, names, 'source'));
    expect(segments.map((segment) => (segment.side ? [segment.text, segment.side] : [segment.text]))).toEqual(expected);
  });

  it('keeps the first of overlapping ranges and clips ranges to the text', () => {
    expect(
      segmentText('abcdef', [
        { start: 1, end: 4, side: 'source' },
        { start: 2, end: 5, side: 'target' },
        { start: 5, end: 99, side: 'target' },
      ]),
    ).toEqual([{ text: 'a' }, { text: 'bcd', side: 'source' }, { text: 'e' }, { text: 'f', side: 'target' }]);
  });
});

describe('visibleElements', () => {
  const all: Filters = { types: new Set(ENTITY_TYPES), minWeight: 1, minMentions: 1 };
  const dates = new Map([
    ['a', '2024-10-01'],
    ['b', '2024-11-05T10:00:00Z'],
    ['c', undefined],
    ['d', '2023-01-01'],
  ]);
  const documentsOf = (graph: CoMentionGraph) => (key: string) => new Set(graph.edges(key).flatMap((edge) => graph.getEdgeAttribute(edge, 'evidence').map((item) => item.doc)));

  it.each<[string, Partial<Filters>, number, number]>([
    ['everything', {}, 5, 5],
    ['people only', { types: new Set<EntityType>(['person']) }, 2, 1],
    ['edges seen twice or more', { minWeight: 2 }, 5, 2],
    ['entities mentioned 4+ times', { minMentions: 4 }, 3, 1],
    ['community 1', { communities: new Set([1]) }, 3, 2],
    ['October 2024', { dateFrom: '2024-10-01', dateTo: '2024-10-31' }, 2, 1],
    ['from November 2024', { dateFrom: '2024-11-01' }, 2, 1],
    ['neighbours of NATO', { ego: { center: 'organization:nato', hops: 1 } }, 3, 2],
    ['linked entities, edges seen twice or more', { minWeight: 2, hideIsolated: true }, 4, 2],
    ['linked people', { types: new Set<EntityType>(['person']), hideIsolated: true }, 2, 1],
    ['linked countries', { types: new Set<EntityType>(['country']), hideIsolated: true }, 0, 0],
    ['2 hops from NATO', { ego: { center: 'organization:nato', hops: 2 } }, 5, 5],
  ])('%s', (_name, patch, nodes, edges) => {
    const graph = sample();
    const visible = visibleElements(graph, { ...all, ...patch }, dates, documentsOf(graph));
    expect([visible.nodes.size, visible.edges.size]).toEqual([nodes, edges]);
  });

  it('counts an edge only by its evidence inside the date range', () => {
    const graph = sample();
    const visible = visibleElements(graph, { ...all, dateFrom: '2024-10-01', dateTo: '2024-10-31' }, dates, documentsOf(graph));
    expect(visible.weights.get(graph.edge('person:vladimir-putin', 'country:russia')!)).toBe(2);
  });

  it.each<[string | undefined, string | undefined, string | undefined, boolean]>([
    ['2024-10-01', undefined, undefined, true],
    [undefined, '2024-01-01', undefined, false],
    ['2024-10-01T23:00:00Z', '2024-10-01', '2024-10-01', true],
    ['2024-09-30', '2024-10-01', undefined, false],
  ])('dateInRange(%s, %s, %s) is %s', (date, from, to, expected) => {
    expect(dateInRange(date, from, to)).toBe(expected);
  });
});

describe('curation in the page', () => {
  it('merge moves mentions, aliases, links and every piece of evidence', () => {
    const graph = sample();
    mergeEntities(graph, 'person:putin', 'person:vladimir-putin');
    expect(graph.hasNode('person:putin')).toBe(false);
    const kept = graph.getNodeAttributes('person:vladimir-putin');
    expect(kept.mentions).toBe(11);
    expect(kept.aliases).toEqual(['Vladimir Putin', 'Putin']);
    const russia = graph.getEdgeAttributes(graph.edge('person:vladimir-putin', 'country:russia')!);
    expect(russia.weight).toBe(4);
    expect(russia.evidence).toHaveLength(4);
    expect(russia.documents).toBe(3);
    expect(russia.npmi).toBeUndefined();
    expect(graph.getEdgeAttributes(graph.edge('person:vladimir-putin', 'organization:nato')!).weight).toBe(2);
    // The link between the two merged entities would be a self-loop: it goes.
    expect(graph.size).toBe(3);
  });

  it.each([
    [{ op: 'rename', entity: 'organization:nato', label: 'North Atlantic Treaty Organization' } as const, (graph: CoMentionGraph) => graph.getNodeAttribute('organization:nato', 'label') === 'North Atlantic Treaty Organization' && graph.getNodeAttribute('organization:nato', 'aliases').includes('NATO')],
    [{ op: 'retype', entity: 'country:sao-tome', type: 'organization' } as const, (graph: CoMentionGraph) => graph.getNodeAttribute('country:sao-tome', 'type') === 'organization'],
    [{ op: 'ignore', entity: 'organization:nato' } as const, (graph: CoMentionGraph) => !graph.hasNode('organization:nato') && graph.size === 3],
  ])('applies %j', (rule, check) => {
    const graph = sample();
    expect(applyRule(graph, rule)).toBe(true);
    expect(check(graph)).toBe(true);
  });

  it('leaves split to the next build and refuses unknown entities', () => {
    const graph = sample();
    expect(applyRule(graph, { op: 'split', entity: 'person:putin', alias: 'Putin' })).toBe(false);
    expect(() => applyRule(graph, { op: 'ignore', entity: 'person:nobody' })).toThrow(UnknownEntityError);
  });
});

describe('safeHref', () => {
  it.each<[string | undefined, string | undefined]>([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', undefined],
    [' JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>1</script>', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});

describe('coMentionEdges', () => {
  // Two paragraphs; sentences 0-1 in paragraph 0, sentence 2 in paragraph 1.
  const record: DocumentRecord = {
    id: 'a',
    path: 'a',
    title: 'A',
    sentences: [
      { start: 0, end: 10, paragraph: 0 },
      { start: 11, end: 20, paragraph: 0 },
      { start: 22, end: 30, paragraph: 1 },
    ],
    paragraphs: [
      { start: 0, end: 20 },
      { start: 22, end: 30 },
    ],
  };
  const copy: DocumentRecord = { ...record, id: 'b', path: 'b', duplicateOf: 'a' };
  const mention = (doc: string, start: number, entity: string) => ({ doc, start, end: start + 2, entity });
  const mentions = [mention('a', 1, 'x'), mention('a', 5, 'y'), mention('a', 12, 'z'), mention('a', 23, 'w'), mention('a', 25, 'x'), mention('b', 1, 'x'), mention('b', 5, 'y')];
  const weights = (window: 'sentence' | 'paragraph' | 'document', includeDuplicates = false) =>
    Object.fromEntries(coMentionEdges(mentions, [record, copy], window, { includeDuplicates }).map((edge) => [`${edge.source}-${edge.target}`, edge.attributes.weight]));

  it.each<['sentence' | 'paragraph' | 'document', boolean, Record<string, number>]>([
    ['sentence', false, { 'x-y': 1, 'w-x': 1 }],
    ['paragraph', false, { 'x-y': 1, 'x-z': 1, 'y-z': 1, 'w-x': 1 }],
    ['document', false, { 'x-y': 1, 'x-z': 1, 'y-z': 1, 'w-x': 1, 'w-y': 1, 'w-z': 1 }],
    ['sentence', true, { 'x-y': 2, 'w-x': 1 }],
  ])('%s window (duplicates counted: %s)', (window, includeDuplicates, expected) => {
    expect(weights(window, includeDuplicates)).toEqual(expected);
  });

  it('gives each piece of evidence the span of its window and a text when the build knew it', () => {
    const texts = new Map([['a:0:20', 'first paragraph']]);
    const [edge] = coMentionEdges(mentions, [record], 'paragraph', { texts }).filter((item) => item.source === 'x' && item.target === 'y');
    expect(edge!.attributes.evidence).toEqual([{ doc: 'a', sentence: 0, start: 0, end: 20, text: 'first paragraph' }]);
  });

  it('scores entities always seen together above chance', () => {
    const [edge] = coMentionEdges(mentions, [record], 'sentence').filter((item) => item.source === 'x' && item.target === 'y');
    expect(edge!.attributes.npmi).toBeGreaterThan(0);
    expect(edge!.attributes.npmi).toBeLessThanOrEqual(1);
  });

  it.each([
    [0, 0],
    [10, 0],
    [11, 1],
    [21, 1],
    [29, 2],
  ])('offset %i is in sentence %i', (offset, expected) => {
    expect(sentenceAt(record.sentences, offset)).toBe(expected);
  });
});
