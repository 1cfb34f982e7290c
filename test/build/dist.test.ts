import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempOut, writeCorpus } from './fixture.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// The built command line (npm test builds dist/ first) finds dist/extract-worker.js from wherever esbuild put
// the build code (dist/cli.js or a chunk), and says nothing on stderr when it does.
describe.skipIf(!existsSync(join(ROOT, 'dist', 'extract-worker.js')))('the built command line', () => {
  it('extracts with worker threads, without falling back', () => {
    const corpus = writeCorpus(8);
    const out = tempOut();
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'comention.js'), 'build', corpus, '--out', out, '--jobs', '2', '--no-cache'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(out, 'graph.json'))).toBe(true);
  });
});
