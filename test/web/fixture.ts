/**
 * Hand-made build output folders for the explorer and server tests: a small, valid graph.json / documents.json /
 * mentions.jsonl written with graphology, so a test does not depend on the extractor's choices.
 */
import Graph from 'graphology';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CoMentionAttributes, DocumentRecord, EntityAttributes, EntityType, GraphAttributes, ResolvedMention } from '../../src/types.js';

export interface FixtureEntity {
  key: string;
  label: string;
  type: EntityType;
  aliases?: string[];
}

export interface FixtureDocument {
  id: string;
  title: string;
  date?: string;
  url?: string;
  /** Sentences; entities are found in them by label or alias. */
  sentences: string[];
}

/** Writes graph.json, documents.json and mentions.jsonl for `documents` into `dir`. */
export async function writeFixture(dir: string, entities: FixtureEntity[], documents: FixtureDocument[]): Promise<void> {
  const graph = new Graph<EntityAttributes, CoMentionAttributes, GraphAttributes>({ type: 'undirected' });
  graph.replaceAttributes({ format: 'comention-graph', version: 1, tool: 'fixture', toolVersion: '0', window: 'sentence', documents: documents.length });
  entities.forEach((entity, index) => {
    const angle = (2 * Math.PI * index) / entities.length;
    graph.addNode(entity.key, { label: entity.label, type: entity.type, aliases: entity.aliases ?? [entity.label], mentions: 0, documents: 0, x: Math.cos(angle) * 10, y: Math.sin(angle) * 10, community: index % 2, pagerank: 1 / entities.length });
  });
  const mentions: Array<Pick<ResolvedMention, 'doc' | 'start' | 'end' | 'text' | 'entity' | 'type' | 'sentence'>> = [];
  const records: DocumentRecord[] = [];
  const seenIn = new Map<string, Set<string>>();
  for (const doc of documents) {
    let text = `${doc.title}\n\n`;
    const sentences: DocumentRecord['sentences'] = [];
    doc.sentences.forEach((sentence, index) => {
      const start = text.length;
      text += sentence + ' ';
      sentences.push({ start, end: start + sentence.length, paragraph: 0 });
      const found: Array<{ key: string; start: number; end: number; text: string }> = [];
      for (const entity of entities) {
        const names = [entity.label, ...(entity.aliases ?? [])].sort((a, b) => b.length - a.length);
        for (const name of names) {
          const at = sentence.indexOf(name);
          if (at >= 0) {
            found.push({ key: entity.key, start: start + at, end: start + at + name.length, text: name });
            break;
          }
        }
      }
      for (const mention of found) {
        const entity = entities.find((candidate) => candidate.key === mention.key)!;
        mentions.push({ doc: doc.id, start: mention.start, end: mention.end, text: mention.text, entity: mention.key, type: entity.type, sentence: index });
        graph.updateNodeAttribute(mention.key, 'mentions', (count) => (count ?? 0) + 1);
        const docs = seenIn.get(mention.key) ?? new Set<string>();
        docs.add(doc.id);
        seenIn.set(mention.key, docs);
      }
      for (let i = 0; i < found.length; i++) {
        for (let j = i + 1; j < found.length; j++) {
          const [a, b] = [found[i]!.key, found[j]!.key].sort() as [string, string];
          if (a === b) continue;
          const evidence = { doc: doc.id, sentence: index, start, end: start + sentence.length, text: sentence };
          if (graph.hasEdge(a, b)) {
            graph.updateEdgeAttributes(a, b, (attributes) => ({ ...attributes, weight: attributes.weight + 1, evidence: [...attributes.evidence, evidence], documents: new Set([...attributes.evidence, evidence].map((item) => item.doc)).size }));
          } else {
            graph.addEdge(a, b, { weight: 1, documents: 1, npmi: 0.5, evidence: [evidence] });
          }
        }
      }
    });
    records.push({ id: doc.id, path: doc.id, title: doc.title, ...(doc.date ? { date: doc.date } : {}), ...(doc.url ? { url: doc.url } : {}), sentences, paragraphs: [{ start: 0, end: text.length }] });
  }
  for (const [key, docs] of seenIn) graph.setNodeAttribute(key, 'documents', docs.size);
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'graph.json'), JSON.stringify(graph.export()));
  await writeFile(join(dir, 'documents.json'), JSON.stringify(records));
  await writeFile(join(dir, 'mentions.jsonl'), mentions.map((mention) => JSON.stringify(mention)).join('\n') + '\n');
}

/** Names, titles, links and sentences that would run script if any of them reached innerHTML or an href. */
export const HOSTILE_ENTITIES: FixtureEntity[] = [
  { key: 'person:img', label: '<img src=x onerror="window.__pwned=1">', type: 'person', aliases: ['<img src=x onerror="window.__pwned=1">'] },
  { key: 'organization:script', label: '<script>window.__pwned=2</script>', type: 'organization', aliases: ['<script>window.__pwned=2</script>', '<b onmouseover=alert(1)>Acme</b>'] },
  { key: 'country:atlantis', label: 'Atlantis', type: 'country', aliases: ['Atlantis'] },
];

export const HOSTILE_DOCUMENTS: FixtureDocument[] = [
  {
    id: 'evil.txt',
    title: '<img src=x onerror="window.__pwned=3">',
    date: '2024-10-01',
    url: 'javascript:window.__pwned=4',
    sentences: [
      'Atlantis met <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> today.',
      'Atlantis said <img src=x onerror="window.__pwned=1"> <iframe src="javascript:window.__pwned=5"></iframe> again.',
    ],
  },
];
