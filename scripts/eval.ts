/**
 * `npm run eval`: builds every corpus in ../shared/corpus with the current sources and prints the scorer's
 * report for each (mentions, nodes, resolution, edges). Quality is measured, not guessed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../src/build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared');
const only = process.argv.slice(2);
const sets = readdirSync(join(shared, 'corpus')).filter((set) => existsSync(join(shared, 'gold', `${set}.gold.json`)) && (only.length === 0 || only.includes(set)));
if (sets.length === 0) {
  console.error(`eval: no corpus with gold found in ${shared} (expected corpus/<set>/ and gold/<set>.gold.json)`);
  process.exit(1);
}

for (const set of sets) {
  const out = join(root, 'out', 'eval', set);
  const summary = await buildCorpus([join(shared, 'corpus', set)], { out, overridesPath: join(out, 'no-overrides.json') });
  console.log(`== ${set}: ${summary.documents} documents, ${summary.mentions} mentions, ${summary.entities} entities, ${summary.edges} edges, ${summary.seconds.toFixed(2)} s`);
  const report = execFileSync(
    process.execPath,
    [join(shared, 'eval', 'score.mjs'), '--gold', join(shared, 'gold', `${set}.gold.json`), '--mentions', join(out, 'mentions.jsonl'), '--graph', join(out, 'graph.json')],
    { encoding: 'utf8' },
  );
  process.stdout.write(report);
}
