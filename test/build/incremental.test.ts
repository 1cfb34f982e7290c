import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, CACHE_DIR, type BuildOptions } from '../../src/build.js';
import { CACHE_FILE } from '../../src/cache/store.js';
import { findNearDuplicates, minHashSignature, shingles } from '../../src/graph/index.js';
import { article, tempOut, withoutPositions, writeCorpus } from './fixture.js';

/** An hour ago: older than the racy window, so the file index trusts these files' mtimes. */
const settled = new Date(Date.now() - 3_600_000);

function settle(corpus: string): string[] {
  const files = (readdirSync(corpus, { recursive: true, encoding: 'utf8' }) as string[]).map((file) => join(corpus, file)).filter((file) => statSync(file).isFile());
  for (const file of files) utimesSync(file, settled, settled);
  return files;
}

function build(corpus: string, options: Partial<BuildOptions> & { out: string }) {
  return buildCorpus([corpus], { jobs: 1, ...options });
}

describe('buildCorpus skips unchanged files (issue 7)', () => {
  it('reads no file whose size and mtime match, and writes what a cold build writes', async () => {
    const corpus = writeCorpus(12);
    const files = settle(corpus);
    const out = tempOut();
    const cold = await build(corpus, { out });
    expect(cold.unread).toBe(0);

    const again = await build(corpus, { out, jobs: 2 });
    expect(again.unread).toBe(files.length);
    expect(again.extracted).toBe(0);
    // Nothing to extract: no worker was started.
    expect(again.jobs).toBe(0);
    expect(again.documents).toBe(cold.documents);
    expect(again.warnings).toBe(cold.warnings);
    const fresh = tempOut();
    await build(corpus, { out: fresh, cache: false });
    expect(withoutPositions(out)).toEqual(withoutPositions(fresh));
  });

  it('cold build and cold + incremental build of the corpus plus one document agree (except positions)', async () => {
    const corpus = writeCorpus(16);
    settle(corpus);
    const out = tempOut();
    await build(corpus, { out });
    writeFileSync(join(corpus, 'added.txt'), article(700));
    settle(corpus);
    const incremental = await build(corpus, { out, jobs: 2 });
    expect(incremental.extracted).toBe(1);
    expect(incremental.unread).toBe(incremental.files - 1);
    // One small document to extract: not worth a worker's start-up.
    expect(incremental.jobs).toBe(1);

    const cold = tempOut();
    await build(corpus, { out: cold, cache: false });
    expect(withoutPositions(out)).toEqual(withoutPositions(cold));

    // The file index the incremental build appended to vouches for every file, the added one too.
    const again = await build(corpus, { out });
    expect(again.unread).toBe(again.files);
    expect(again.extracted).toBe(0);
    expect(withoutPositions(out)).toEqual(withoutPositions(cold));
  });

  it('finds a document added as a copy of another as a cold build does (the previous near-duplicate pass is not reused)', async () => {
    const corpus = writeCorpus(10);
    settle(corpus);
    const out = tempOut();
    const first = await build(corpus, { out });
    writeFileSync(join(corpus, 'copy.txt'), `${readFileSync(join(corpus, 'world', '003.txt'), 'utf8')}\nA line the second outlet added.\n`);
    settle(corpus);
    const incremental = await build(corpus, { out });
    expect(incremental.duplicates.length).toBe(first.duplicates.length + 1);
    const cold = tempOut();
    const fresh = await build(corpus, { out: cold, cache: false });
    expect(incremental.duplicates).toEqual(fresh.duplicates);
    expect(withoutPositions(out)).toEqual(withoutPositions(cold));
  });

  it.each([
    ['same size, new mtime', (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace('Report', 'REPORT'))],
    ['new size, old mtime', (file: string) => {
      writeFileSync(file, readFileSync(file, 'utf8') + 'Maria Lindqvist met Tomas Okafor in Kenya.\n');
      utimesSync(file, settled, settled);
    }],
  ])('reads a file again when anything differs: %s', async (_label, change) => {
    const corpus = writeCorpus(6);
    const files = settle(corpus);
    const out = tempOut();
    await build(corpus, { out });
    change(join(corpus, '000.txt'));
    const rebuilt = await build(corpus, { out });
    expect(rebuilt.unread).toBe(files.length - 1);
    expect(rebuilt.extracted).toBe(1);
    const fresh = tempOut();
    await build(corpus, { out: fresh, cache: false });
    expect(withoutPositions(out)).toEqual(withoutPositions(fresh));
  });

  it('reads files modified just before the build every time (their mtime may not have ticked yet)', async () => {
    const corpus = writeCorpus(4);
    const out = tempOut();
    await build(corpus, { out });
    const again = await build(corpus, { out });
    expect(again.unread).toBe(0);
    expect(again.extracted).toBe(0);
  });

  it('reads the files again when their cached analyses are gone', async () => {
    const corpus = writeCorpus(6);
    settle(corpus);
    const out = tempOut();
    const cold = await build(corpus, { out });
    rmSync(join(out, CACHE_DIR, CACHE_FILE));
    const rebuilt = await build(corpus, { out });
    expect(rebuilt.unread).toBe(0);
    expect(rebuilt.extracted).toBe(cold.documents);
    expect(rebuilt.documents).toBe(cold.documents);
  });
});

describe('findNearDuplicates with signatures kept from an earlier build', () => {
  const story = Array.from({ length: 6 }, (_, n) => article(n)).join('\n');
  const texts: [string, string][] = [
    ['a', story],
    ['b', `${story}\nA closing line added by the second outlet.`],
    ['c', article(40)],
    ['d', story.slice(0, Math.floor(story.length * 0.8))],
  ];
  it('finds the same copies as from texts', () => {
    const fromTexts = findNearDuplicates(texts.map(([id, text]) => ({ id, text })));
    const fromSignatures = findNearDuplicates(
      texts.map(([id, text]) => ({ id, shingles: [...shingles(text)], signature: Uint32Array.from(minHashSignature(shingles(text))) })),
    );
    expect(fromTexts.size).toBeGreaterThan(0);
    expect([...fromSignatures]).toEqual([...fromTexts]);
  });
});
