/**
 * Measures resolution on the shared corpora: extract → resolve → mentions.jsonl + graph.json → the scorer.
 *
 *   npx tsx test/resolve/score-corpus.ts [set...] [--gold-mentions]
 *
 * With --gold-mentions the gold spans (their text and type, no canonical) stand in for the extractor, so what is
 * measured is resolution alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.js';
import { resolve } from '../../src/resolve/index.js';
import type { DocumentAnalysis, EntityType, Mention } from '../../src/types.js';

interface GoldDoc {
  doc: string;
  sentences: [number, number][];
  mentions: { start: number; end: number; type: EntityType; optional?: boolean; entity?: string }[];
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = join(root, '..', 'shared');
const args = process.argv.slice(2);
const goldMentions = args.includes('--gold-mentions');
const sets = args.filter((a) => !a.startsWith('--'));
for (const set of sets.length ? sets : ['seeds', 'gum-dev', 'meantime-dev']) {
  const folder = join(shared, 'corpus', set);
  const gold = JSON.parse(readFileSync(join(shared, 'gold', `${set}.gold.json`), 'utf8')) as { docs: GoldDoc[] };
  const texts = new Map<string, string>();
  const analyses: DocumentAnalysis[] = readdirSync(folder)
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8').replace(/^\uFEFF/, '');
      texts.set(file, text);
      if (!goldMentions) return extract({ id: file, text });
      const g = gold.docs.find((d) => d.doc.split('/').pop() === file);
      const sentences = (g?.sentences ?? []).map(([start, end]) => ({ start, end, paragraph: 0 }));
      const mentions: Mention[] = (g?.mentions ?? [])
        .filter((m) => !m.optional)
        .map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.type, sentence: Math.max(0, sentences.findIndex((s) => s.start <= m.start && m.start < s.end)) }));
      return { doc: file, sentences, paragraphs: [{ start: 0, end: text.length }], mentions };
    });
  const resolution = resolve(analyses, { text: (doc) => texts.get(doc) });
  const out = join(root, 'out', 'resolve-eval', set + (goldMentions ? '-gold' : ''));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'mentions.jsonl'), resolution.mentions.map((m) => JSON.stringify({ doc: m.doc, start: m.start, end: m.end, text: m.text, entity: m.entity, type: m.type })).join('\n') + '\n');
  const edges = new Map<string, number>();
  const bySentence = new Map<string, Set<string>>();
  for (const m of resolution.mentions) {
    const k = `${m.doc}#${m.sentence}`;
    bySentence.set(k, (bySentence.get(k) ?? new Set()).add(m.entity));
  }
  for (const ents of bySentence.values()) {
    const list = [...ents].sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) edges.set(`${list[i]}\t${list[j]}`, (edges.get(`${list[i]}\t${list[j]}`) ?? 0) + 1);
  }
  const graph = {
    nodes: resolution.entities.map((e) => ({ key: e.key, attributes: { type: e.type, label: e.label, aliases: e.aliases } })),
    edges: [...edges].map(([k, weight]) => ({ source: k.split('\t')[0], target: k.split('\t')[1], attributes: { weight } })),
  };
  writeFileSync(join(out, 'graph.json'), JSON.stringify(graph, null, 1));
  const report = execFileSync(process.execPath, [join(shared, 'eval', 'score.mjs'), '--gold', join(shared, 'gold', `${set}.gold.json`), '--mentions', join(out, 'mentions.jsonl'), '--graph', join(out, 'graph.json')], { encoding: 'utf8' });
  console.log(`== ${set}${goldMentions ? ' (gold mentions)' : ''}: ${resolution.entities.length} entities`);
  process.stdout.write(report);
}
