import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = join(ROOT, '..', 'shared');
const BIN = join(ROOT, 'bin', 'comention.js');

/** Runs the real command line (dist/, built by `npm test` before vitest starts). */
export function comention(args: string[], options: { cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export async function tempDir(prefix = 'comention-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function writeTree(root: string, files: Record<string, string | Uint8Array>): Promise<string> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

export interface ScoreReport {
  mentions: Record<'all' | 'person' | 'organization' | 'country', { p: number; r: number; f1: number }>;
  nodes: { f1: number };
  resolution: { splits: number; merges: number; b3: { f1: number } };
  edges: { f1: number };
}

/** The shared scorer's report for a build output folder. */
export function score(set: string, out: string): ScoreReport {
  const result = spawnSync(
    process.execPath,
    [join(SHARED, 'eval', 'score.mjs'), '--gold', join(SHARED, 'gold', `${set}.gold.json`), '--mentions', join(out, 'mentions.jsonl'), '--graph', join(out, 'graph.json'), '--json'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`scorer failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as ScoreReport;
}
