import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unpackAnalysis, type PackedAnalysis } from '../../src/workers/packed.js';
import { startExtractors } from '../../src/workers/pool.js';
import type { DocumentAnalysis } from '../../src/types.js';
import { article, tempOut } from './fixture.js';

const documents = Array.from({ length: 12 }, (_, n) => ({ id: `doc-${n}`, text: article(n) }));

async function extractAll(jobs: number, script?: URL) {
  const pool = startExtractors(jobs, {}, script);
  try {
    // Several batches at once, as a build sends them.
    const results = await Promise.all([0, 4, 8].map((from) => pool.extract(documents.slice(from, from + 4))));
    return { results: results.flat(), jobs: pool.jobs, fallback: pool.fallback };
  } finally {
    await pool.close();
  }
}

/** The fixture's analyses all pack (test/workers/packed.test.ts checks what does not). */
function packed(analysis: PackedAnalysis | DocumentAnalysis): [Int32Array, string[]] {
  if (!('data' in analysis)) throw new Error('expected a packed analysis');
  return [analysis.data, analysis.strings];
}

describe('extraction pool', () => {
  it.each([
    ['throws on its first message', 'parentPort.on("message", () => { throw new Error("boom"); });'],
    ['exits at once', 'process.exit(3);'],
    ['answers nothing and dies later', 'parentPort.on("message", () => setTimeout(() => process.exit(4), 50));'],
  ])('finishes every batch in the main thread when a worker %s', async (_case, body) => {
    const script = join(tempOut(), 'broken-worker.mjs');
    writeFileSync(script, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
    const expected = await extractAll(1);
    const broken = await extractAll(3, pathToFileURL(script));
    expect(broken.fallback).toMatch(/worker (failed|exited)/);
    expect(broken.results).toEqual(expected.results);
    expect(expected.results.every((result) => 'analysis' in result && unpackAnalysis('doc', ...packed(result.analysis)).mentions.length > 0)).toBe(true);
  });

  it('answers each call with its own documents when tasks gather documents of many calls', async () => {
    const expected = await extractAll(1);
    const pool = startExtractors(2);
    try {
      // One call per document, as a build of one article per file makes them; an empty call answers at once.
      const [empty, ...results] = await Promise.all([pool.extract([]), ...documents.map((document) => pool.extract([document]))]);
      expect(empty).toEqual([]);
      expect(results.map((result) => result.length)).toEqual(documents.map(() => 1));
      expect(results.flat()).toEqual(expected.results);
      expect(pool.fallback).toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it('says so when asked for one thread: no workers, no fallback', async () => {
    const one = await extractAll(1);
    expect([one.jobs, one.fallback]).toEqual([1, undefined]);
  });
});
