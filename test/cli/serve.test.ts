/** `comention serve` as a user starts it: the URL is printed, the explorer and the data answer on 127.0.0.1. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { comention, ROOT, tempDir } from './helpers.js';

function startServe(args: string[]): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'comention.js'), 'serve', ...args], { cwd: ROOT });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /explorer: (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop: () => child.kill('SIGTERM') });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

describe('comention serve', () => {
  let out: string;
  beforeAll(async () => {
    out = await tempDir('comention-serve-');
    expect(comention(['build', 'corpus', '--out', out, '--quiet']).status).toBe(0);
  });

  it('prints a 127.0.0.1 URL that serves the explorer and the graph; a busy default port falls back to a free one', async () => {
    const first = await startServe([out, '--port', '0']);
    const second = await startServe([out]);
    const third = await startServe([out]);
    try {
      for (const server of [first, second, third]) {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
        const page = await fetch(server.url);
        expect(page.status).toBe(200);
        expect(await page.text()).toMatch(/<html/i);
      }
      expect(new Set([first.url, second.url, third.url]).size).toBe(3);
      const graph = (await (await fetch(new URL('data/graph.json', first.url))).json()) as { attributes: { format: string } };
      expect(graph.attributes.format).toBe('comention-graph');
    } finally {
      first.stop();
      second.stop();
      third.stop();
    }
  });

  it('refuses a folder with no graph in one line', async () => {
    const run = comention(['serve', await tempDir('comention-empty-')]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/has no graph\.json: build one first/);
  });
});
