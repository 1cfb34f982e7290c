/**
 * Measures extraction alone: runs `extract` over each corpus in ../shared, writes mentions.jsonl and a graph.json
 * with one node per lower-cased surface, and runs the project's scorer on them. Prints throughput too.
 *   npx tsx scripts/eval-extract.ts [set ...] [--dump]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { extract } from '../src/extract/index.js';

const shared = process.env.SHARED ?? '/work/shared';
const args = process.argv.slice(2);
const sets = args.filter((a) => !a.startsWith('--'));
const chosen = sets.length ? sets : ['seeds', 'gum-dev', 'meantime-dev'];
let bytes = 0;
let ms = 0;
for (const set of chosen) {
  const dir = join(shared, 'corpus', set);
  const out = join('/tmp/eval-extract', set);
  mkdirSync(out, { recursive: true });
  const lines: string[] = [];
  const gold = JSON.parse(readFileSync(join(shared, 'gold', `${set}.gold.json`), 'utf8')) as { docs: Array<{ doc: string; sentences: Array<[number, number]> }> };
  const goldSentences = new Map(gold.docs.map((d) => [d.doc.split('/').pop()!, new Set(d.sentences.map(([a, b]) => `${a}:${b}`))]));
  let sentenceHits = 0;
  let sentenceMine = 0;
  let sentenceGold = 0;
  const nodes = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
    const t0 = performance.now();
    const analysis = extract({ id: file, text });
    ms += performance.now() - t0;
    bytes += Buffer.byteLength(text);
    const expected = goldSentences.get(file);
    if (expected) {
      sentenceGold += expected.size;
      sentenceMine += analysis.sentences.length;
      for (const sentence of analysis.sentences) if (expected.has(`${sentence.start}:${sentence.end}`)) sentenceHits++;
    }
    for (const m of analysis.mentions) {
      const entity = `${m.type}:${(m.canonical ?? m.text).toLowerCase()}`;
      nodes.set(entity, m.type);
      lines.push(JSON.stringify({ doc: file, start: m.start, end: m.end, text: m.text, entity, type: m.type, rule: m.rule }));
    }
  }
  writeFileSync(join(out, 'mentions.jsonl'), lines.join('\n') + '\n');
  writeFileSync(join(out, 'graph.json'), JSON.stringify({ nodes: [...nodes].map(([key, type]) => ({ key, attributes: { type } })), edges: [] }));
  const report = execFileSync('node', [join(shared, 'eval/score.mjs'), '--gold', join(shared, 'gold', `${set}.gold.json`), '--mentions', join(out, 'mentions.jsonl'), '--graph', join(out, 'graph.json'), '--json'], { encoding: 'utf8' });
  const m = JSON.parse(report).mentions;
  const line = (name: string, r: { p: number; r: number; f1: number; tp: number; fp: number; fn: number }): string =>
    `  ${name.padEnd(13)} P ${r.p.toFixed(3)} R ${r.r.toFixed(3)} F1 ${r.f1.toFixed(3)}  (tp ${r.tp} fp ${r.fp} fn ${r.fn})`;
  console.log(`${set}`);
  for (const k of ['all', 'person', 'organization', 'country']) console.log(line(k, m[k]));
  const sp = sentenceHits / sentenceMine;
  const sr = sentenceHits / sentenceGold;
  console.log(`  sentences     exact-span P ${sp.toFixed(3)} R ${sr.toFixed(3)} F1 ${((2 * sp * sr) / (sp + sr)).toFixed(3)}`);
}
console.log(`throughput, first pass (cold JIT): ${(bytes / 1024 / (ms / 1000)).toFixed(0)} KB/s over ${(bytes / 1024).toFixed(0)} KB`);
// Warm figure: three more passes over the same texts, best one reported.
const texts = chosen.flatMap((set) => readdirSync(join(shared, 'corpus', set)).map((file) => readFileSync(join(shared, 'corpus', set, file), 'utf8').replace(/^\uFEFF/, '')));
let best = Infinity;
for (let round = 0; round < 3; round++) {
  const t0 = performance.now();
  for (const [i, text] of texts.entries()) extract({ id: String(i), text });
  best = Math.min(best, performance.now() - t0);
}
console.log(`throughput, warm: ${(bytes / 1024 / (best / 1000)).toFixed(0)} KB/s`);
if (args.includes('--naive')) {
  // The naive pipeline issue 7 compares against: compromise's full tagger, then its entity views.
  let naive = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    for (const text of texts) {
      const doc = nlp(text);
      doc.people().out('array');
      doc.organizations().out('array');
      doc.places().out('array');
    }
    naive = Math.min(naive, performance.now() - t0);
  }
  console.log(`naive compromise pipeline, warm: ${(bytes / 1024 / (naive / 1000)).toFixed(0)} KB/s (extract is ${(naive / best).toFixed(1)}x faster)`);
}
