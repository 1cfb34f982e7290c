import { describe, expect, it } from 'vitest';
import { GraphInputError, buildGraph, edgeKey, npmi } from '../../src/graph/index.js';
import type { CoMentionWindow } from '../../src/types.js';
import { corpusOf, sampleCorpus } from './fixture.js';

const { resolution, documents, texts } = sampleCorpus();
const text = (id: string) => texts.get(id);

describe('buildGraph: weights per window', () => {
  const table: [CoMentionWindow, string, string, number, number][] = [
    ['sentence', 'country:russia', 'country:north-korea', 2, 2],
    ['sentence', 'person:kim-jong-un', 'person:vladimir-putin', 1, 1],
    ['sentence', 'person:vladimir-putin', 'country:north-korea', 1, 1],
    ['sentence', 'organization:nato', 'country:ukraine', 1, 1],
    ['paragraph', 'country:russia', 'country:north-korea', 3, 3],
    ['paragraph', 'person:kim-jong-un', 'organization:united-nations', 1, 1],
    ['paragraph', 'person:kim-jong-un', 'country:north-korea', 1, 1],
    ['document', 'country:russia', 'country:north-korea', 3, 3],
    ['document', 'organization:united-nations', 'country:russia', 1, 1],
    ['document', 'person:zoe-angstrom', 'country:russia', 1, 1],
  ];
  it.each(table)('%s window: %s — %s weighs %i in %i documents', (window, a, b, weight, docs) => {
    const graph = buildGraph(resolution, documents, { window });
    expect(graph.getEdgeAttribute(edgeKey(a, b), 'weight')).toBe(weight);
    expect(graph.getEdgeAttribute(edgeKey(a, b), 'documents')).toBe(docs);
  });

  const absent: [CoMentionWindow, string, string][] = [
    ['sentence', 'person:kim-jong-un', 'organization:united-nations'],
    ['sentence', 'person:zoe-angstrom', 'country:russia'],
    ['paragraph', 'organization:united-nations', 'country:russia'],
    ['document', 'person:kim-jong-un', 'country:ukraine'],
  ];
  it.each(absent)('%s window: no edge %s — %s', (window, a, b) => {
    expect(buildGraph(resolution, documents, { window }).hasEdge(a, b)).toBe(false);
  });

  it('counts each pair once per window however often both are named in it', () => {
    const repeated = corpusOf([{ id: 'x', marked: '[Ann Lee|person:ann] and [Bo Chan|person:bo] and [Ann|person:ann] and [Bo|person:bo].' }]);
    const graph = buildGraph(repeated.resolution, repeated.documents, { window: 'sentence' });
    expect(graph.getEdgeAttribute(edgeKey('person:ann', 'person:bo'), 'weight')).toBe(1);
    expect(graph.getNodeAttribute('person:ann', 'mentions')).toBe(2);
  });

  it('is undirected, simple, and keys every edge by its two node keys', () => {
    const graph = buildGraph(resolution, documents, { window: 'sentence' });
    expect(graph.type).toBe('undirected');
    expect(graph.multi).toBe(false);
    graph.forEachEdge((edge, _a, source, target) => expect(edge).toBe(edgeKey(source, target)));
  });
});

describe('buildGraph: nodes', () => {
  const graph = buildGraph(resolution, documents, { window: 'sentence' });
  const table: [string, string, string, number, number, string[]][] = [
    ['person:kim-jong-un', 'Kim Jong Un', 'person', 2, 1, ['Kim Jong Un', 'Kim']],
    ['person:vladimir-putin', 'Vladimir Putin', 'person', 2, 1, ['Vladimir Putin', 'Putin']],
    ['country:russia', 'Russia', 'country', 3, 3, ['Russia']],
    ['organization:nato', 'NATO', 'organization', 1, 1, ['NATO']],
    ['person:zoe-angstrom', 'Zoë Ångström', 'person', 1, 1, ['Zoë Ångström']],
  ];
  it.each(table)('%s: label %s, type %s, %i mentions in %i documents', (key, label, type, mentions, docs, aliases) => {
    expect(graph.getNodeAttributes(key)).toMatchObject({ label, type, mentions, documents: docs, aliases });
  });

  it('makes no node for an entity without mentions, and keeps entities never co-mentioned', () => {
    const withGhost = { ...resolution, entities: [...resolution.entities, { key: 'person:ghost', label: 'Ghost', type: 'person' as const, aliases: ['Ghost'] }] };
    const built = buildGraph(withGhost, documents, { window: 'sentence' });
    expect(built.hasNode('person:ghost')).toBe(false);
    expect(built.hasNode('person:zoe-angstrom')).toBe(true);
    expect(built.degree('person:zoe-angstrom')).toBe(0);
    expect(built.order).toBe(resolution.entities.length);
  });

  it('freezes evidence, which edges of one window share', () => {
    const evidence = graph.getEdgeAttribute(edgeKey('person:kim-jong-un', 'person:vladimir-putin'), 'evidence')[0]!;
    expect(graph.getEdgeAttribute(edgeKey('person:kim-jong-un', 'country:russia'), 'evidence')[0]).toBe(evidence);
    expect(() => {
      evidence.start = 5;
    }).toThrow(TypeError);
  });

  it('does not share arrays with the resolution (no hidden mutation)', () => {
    graph.getNodeAttribute('country:russia', 'aliases').push('Moscow');
    expect(resolution.entities.find((e) => e.key === 'country:russia')!.aliases).toEqual(['Russia']);
  });
});

describe('buildGraph: evidence', () => {
  it.each(['sentence', 'paragraph'] as const)('%s window: every edge keeps one evidence per window, with its text', (window) => {
    const graph = buildGraph(resolution, documents, { window, text });
    let edges = 0;
    graph.forEachEdge((_edge, attributes, source, target) => {
      edges++;
      expect(attributes.evidence).toHaveLength(attributes.weight);
      expect(new Set(attributes.evidence.map((e) => e.doc)).size).toBe(attributes.documents);
      for (const evidence of attributes.evidence) {
        const doc = texts.get(evidence.doc)!;
        expect(evidence.text).toBe(doc.slice(evidence.start, evidence.end));
        const labels = [source, target].map((key) => graph.getNodeAttribute(key, 'aliases'));
        for (const aliases of labels) expect(aliases.some((alias) => evidence.text!.includes(alias))).toBe(true);
        const sentence = documents.find((d) => d.id === evidence.doc)!.sentences[evidence.sentence]!;
        expect(sentence.start).toBeGreaterThanOrEqual(evidence.start);
      }
    });
    expect(edges).toBeGreaterThan(0);
  });

  it('gives paragraph evidence the paragraph span and its first sentence', () => {
    const graph = buildGraph(resolution, documents, { window: 'paragraph', text });
    const [evidence] = graph.getEdgeAttribute(edgeKey('person:kim-jong-un', 'organization:united-nations'), 'evidence');
    expect(evidence).toEqual({ doc: 'a.txt', sentence: 2, start: documents[0]!.paragraphs[1]!.start, end: documents[0]!.paragraphs[1]!.end, text: 'The United Nations said nothing. Later Kim flew home.' });
  });

  it('gives document evidence the whole document span and no copy of its text', () => {
    const graph = buildGraph(resolution, documents, { window: 'document', text });
    const evidence = graph.getEdgeAttribute(edgeKey('organization:united-nations', 'country:russia'), 'evidence');
    expect(evidence).toEqual([{ doc: 'a.txt', sentence: 0, start: 0, end: texts.get('a.txt')!.length }]);
    graph.forEachEdge((_e, a) => expect(a.evidence).toHaveLength(a.weight));
  });

  it('leaves text out when no text function is given', () => {
    const graph = buildGraph(resolution, documents, { window: 'sentence' });
    expect(graph.getEdgeAttribute(edgeKey('country:russia', 'country:north-korea'), 'evidence')).toEqual([
      { doc: 'b.txt', sentence: 0, start: 0, end: 39 },
      { doc: 'c.txt', sentence: 0, start: 0, end: 37 },
    ]);
  });
});

describe('buildGraph: skipped near-duplicate documents', () => {
  const graph = buildGraph(resolution, documents, { window: 'sentence', skipDocuments: new Set(['c.txt']) });
  it('adds nothing to weights, documents or evidence', () => {
    const edge = graph.getEdgeAttributes(edgeKey('country:russia', 'country:north-korea'));
    expect([edge.weight, edge.documents, edge.evidence.map((e) => e.doc)]).toEqual([1, 1, ['b.txt']]);
    expect(graph.getAttribute('documents')).toBe(2);
    expect(graph.getAttribute('skippedDocuments')).toBe(1);
  });
  it('still makes and counts nodes from their mentions, so every mention names a node', () => {
    expect(graph.getNodeAttributes('person:zoe-angstrom')).toMatchObject({ mentions: 1, documents: 1 });
    expect(graph.getNodeAttribute('country:russia', 'documents')).toBe(3);
  });
});

describe('npmi', () => {
  const table: [string, number, number, number, number, number][] = [
    ['always together', 5, 5, 5, 50, 1],
    ['in every window', 10, 10, 10, 10, 1],
    ['as often as chance', 1, 10, 10, 100, 0],
    ['never together', 0, 10, 10, 100, -1],
  ];
  it.each(table)('%s: npmi(%i, %i, %i, %i) = %d', (_name, together, a, b, windows, expected) => {
    expect(npmi(together, a, b, windows)).toBeCloseTo(expected, 10);
  });

  it('ranks a specific pair above a pair that is everywhere', () => {
    // The land is in 8 of 10 sentences, the party in 6, together in 5; Ann and Bo meet once.
    const sentences = [
      ...Array.from({ length: 5 }, (_, i) => `[Big Land|country:big] hosted [Big Party|organization:party] ${i}.`),
      '[Big Land|country:big] voted.',
      '[Big Land|country:big] met [Ann Lee|person:ann] and [Bo Chan|person:bo].',
      '[Big Land|country:big] waited.',
      '[Big Party|organization:party] met [Ann Lee|person:ann].',
      'Nothing happened.',
    ];
    const corpus = corpusOf([{ id: 'x', marked: sentences.join(' ') }]);
    const graph = buildGraph(corpus.resolution, corpus.documents, { window: 'sentence' });
    const everywhere = graph.getEdgeAttributes(edgeKey('country:big', 'organization:party'));
    const specific = graph.getEdgeAttributes(edgeKey('person:ann', 'person:bo'));
    expect(everywhere.weight).toBeGreaterThan(specific.weight);
    expect(specific.npmi!).toBeGreaterThan(everywhere.npmi!);
    graph.forEachEdge((_e, a) => expect(Math.abs(a.npmi!)).toBeLessThanOrEqual(1));
  });
});

describe('buildGraph: reproducible output and provenance', () => {
  it('gives the same graph.json whatever order entities and mentions come in', () => {
    const shuffled = { entities: [...resolution.entities].reverse(), mentions: [...resolution.mentions].reverse() };
    const first = buildGraph(resolution, documents, { window: 'sentence', text }).export();
    const second = buildGraph(shuffled, documents, { window: 'sentence', text }).export();
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('writes format, window, document count and the given provenance as graph attributes', () => {
    const graph = buildGraph(resolution, documents, { window: 'paragraph', attributes: { corpus: 'demo', toolVersion: '1.2.3', createdAt: '2024-11-05T00:00:00Z', minWeight: 2 } });
    expect(graph.getAttributes()).toEqual({
      format: 'comention-graph',
      version: 1,
      tool: 'comention',
      toolVersion: '1.2.3',
      corpus: 'demo',
      createdAt: '2024-11-05T00:00:00Z',
      minWeight: 2,
      window: 'paragraph',
      documents: 3,
      skippedDocuments: 0,
    });
  });
});

describe('buildGraph: input errors', () => {
  const mention = resolution.mentions[0]!;
  const table: [string, typeof resolution][] = [
    ['unknown document', { ...resolution, mentions: [{ ...mention, doc: 'missing.txt' }] }],
    ['unknown sentence', { ...resolution, mentions: [{ ...mention, sentence: 99 }] }],
    ['unknown entity', { ...resolution, mentions: [{ ...mention, entity: 'person:nobody' }] }],
  ];
  it.each(table)('%s throws GraphInputError', (_name, broken) => {
    expect(() => buildGraph(broken, documents, { window: 'sentence' })).toThrow(GraphInputError);
  });
});
