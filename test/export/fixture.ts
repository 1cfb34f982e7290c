/** The graph every export test writes: the sample corpus plus a story full of characters that need escaping. */
import { assignLayout, assignMetrics, buildGraph } from '../../src/graph/index.js';
import type { CoMentionGraph } from '../../src/types.js';
import { SAMPLE_LABELS, SAMPLE_SOURCES, corpusOf, type Corpus } from '../graph/fixture.js';

export const HOSTILE_SOURCE = {
  id: 'd "odd" <name> & co.txt',
  date: '2024-11-20',
  // A control character (illegal in XML), a formula-like name, an alias with a comma and quotes, a tab, a CRLF.
  marked: '[=HYPERLINK("x") Corp|organization:hyperlink-corp] paid [Zoë Ångström|person:zoe-angstrom]\u0001 "cash",\tsaid [Acme,\u000c "Inc."|organization:acme].\r\nThe end.',
};

export function exportCorpus(): Corpus {
  return corpusOf([...SAMPLE_SOURCES, HOSTILE_SOURCE], SAMPLE_LABELS);
}

export function exportGraph(corpus: Corpus = exportCorpus()): CoMentionGraph {
  const graph = buildGraph(corpus.resolution, corpus.documents, {
    window: 'sentence',
    text: (id) => corpus.texts.get(id),
    attributes: { corpus: 'fixture', toolVersion: '0.0.0-test', createdAt: '2024-11-21T12:00:00.000Z', settings: { window: 'sentence', minWeight: 1 }, dedupe: true },
  });
  assignMetrics(graph);
  assignLayout(graph);
  return graph;
}
