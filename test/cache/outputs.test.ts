import { appendFileSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildCorpus, CACHE_DIR, FULL_GRAPH_FILE, OVERRIDES_FILE, type BuildOptions } from '../../src/build.js';
import { OUTPUTS_FILE } from '../../src/cache/outputs.js';
import { ExtractionCache } from '../../src/cache/store.js';
import { article, tempOut, withoutPositions, writeCorpus } from '../build/fixture.js';

/** An hour ago: older than the racy window, so the file index trusts these files' mtimes. */
const settled = new Date(Date.now() - 3_600_000);

function settle(corpus: string): void {
  const files = (readdirSync(corpus, { recursive: true, encoding: 'utf8' }) as string[]).map((file) => join(corpus, file)).filter((file) => statSync(file).isFile());
  for (const file of files) utimesSync(file, settled, settled);
}

function build(corpus: string, options: Partial<BuildOptions> & { out: string }) {
  return buildCorpus([corpus], { jobs: 1, ...options });
}

/** Every output file, byte for byte. */
function written(out: string, names = ['graph.json', 'graph.graphml', 'mentions.jsonl', 'documents.json', 'build.json']): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(out, name), 'utf8')]));
}

/** What a build without cache writes for the same input, positions left out. */
async function coldOf(corpus: string, options: Partial<BuildOptions> = {}) {
  const fresh = tempOut();
  await build(corpus, { ...options, out: fresh, cache: false });
  return withoutPositions(fresh);
}

describe('a rebuild of unchanged input keeps the output files (issue 7)', () => {
  it('neither resolves nor writes, and the files are those of the build that wrote them', async () => {
    const corpus = writeCorpus(10);
    settle(corpus);
    const out = tempOut();
    const first = await build(corpus, { out });
    expect(first.reusedOutputs).toBeUndefined();
    const before = written(out);
    const mtime = statSync(join(out, 'graph.json')).mtimeMs;

    const again = await build(corpus, { out });
    expect(again.reusedOutputs).toBe(true);
    expect(again.timings.write).toBe(0);
    expect(statSync(join(out, 'graph.json')).mtimeMs).toBe(mtime);
    expect(written(out)).toEqual(before);
    expect([again.mentions, again.entities, again.edges, again.duplicates]).toEqual([first.mentions, first.entities, first.edges, first.duplicates]);
  });

  it('reads no cached analysis when the outputs are kept, and keeps them all in the cache', async () => {
    const corpus = writeCorpus(8);
    settle(corpus);
    const out = tempOut();
    const first = await build(corpus, { out });
    const reads = vi.spyOn(ExtractionCache.prototype, 'get');
    try {
      const again = await build(corpus, { out });
      expect(again.reusedOutputs).toBe(true);
      expect(reads).not.toHaveBeenCalled();
      expect(again.documents).toBe(first.documents);
      expect(again.cache).toMatchObject({ hits: first.documents, misses: 0 });
    } finally {
      reads.mockRestore();
    }
    // The analyses were kept as used: a rebuild after a change finds them all.
    appendFileSync(join(corpus, '000.txt'), 'Maria Lindqvist spoke in Kenya.\n');
    const changed = await build(corpus, { out });
    expect(changed.extracted).toBe(1);
    expect(withoutPositions(out)).toEqual(await coldOf(corpus));
  });

  it.each([
    ['an output file was edited', (_corpus: string, out: string) => appendFileSync(join(out, 'mentions.jsonl'), '\n')],
    ['an output file was touched', (_corpus: string, out: string) => utimesSync(join(out, 'graph.graphml'), settled, settled)],
    ['an output file was deleted', (_corpus: string, out: string) => writeFileSync(join(out, 'documents.json'), '')],
    ['the record of outputs is torn', (_corpus: string, out: string) => writeFileSync(join(out, CACHE_DIR, OUTPUTS_FILE), '{"format"')],
    ['a document was added', (corpus: string) => {
      writeFileSync(join(corpus, 'added.txt'), article(77));
      settle(corpus);
    }],
    ['a document changed to one of the same size', (corpus: string) => {
      const file = join(corpus, '000.txt');
      writeFileSync(file, readFileSync(file, 'utf8').replace('Report', 'REPORT'));
      utimesSync(file, new Date(settled.getTime() + 60_000), new Date(settled.getTime() + 60_000));
    }],
    ['a document was modified just before the build', (corpus: string) => writeFileSync(join(corpus, '000.txt'), `${readFileSync(join(corpus, '000.txt'), 'utf8')}More.\n`)],
  ])('builds again when %s, and writes what a cold build writes', async (_label, change) => {
    const corpus = writeCorpus(8);
    settle(corpus);
    const out = tempOut();
    await build(corpus, { out });
    change(corpus, out);
    const rebuilt = await build(corpus, { out });
    expect(rebuilt.reusedOutputs).toBeUndefined();
    expect(withoutPositions(out)).toEqual(await coldOf(corpus));
  });

  it.each([
    ['window', { window: 'paragraph' }],
    ['keeping duplicates', { keepDuplicates: true }],
    ['pruning', { top: 3 }],
  ] as const)('builds again when the %s setting changes', async (_label, options) => {
    const corpus = writeCorpus(8);
    settle(corpus);
    const out = tempOut();
    await build(corpus, { out });
    const rebuilt = await build(corpus, { out, ...options });
    expect(rebuilt.reusedOutputs).toBeUndefined();
    expect(withoutPositions(out)).toEqual(await coldOf(corpus, options));
  });

  it('keeps a pruned build with its whole graph', async () => {
    const corpus = writeCorpus(8);
    settle(corpus);
    const out = tempOut();
    const first = await build(corpus, { out, top: 3 });
    const names = ['graph.json', FULL_GRAPH_FILE];
    const before = written(out, names);
    const again = await build(corpus, { out, top: 3 });
    expect(again.reusedOutputs).toBe(true);
    expect(again.pruned).toEqual(first.pruned);
    expect(written(out, names)).toEqual(before);
  });

  it('builds again when the overrides change, and repeats the warnings of rules that matched nothing', async () => {
    const corpus = writeCorpus(8);
    writeFileSync(join(corpus, OVERRIDES_FILE), JSON.stringify({ format: 'comention-overrides', version: 1, rules: [{ op: 'ignore', entity: 'person:nobody-at-all' }] }));
    settle(corpus);
    const out = tempOut();
    const warned: string[][] = [[], []];
    await build(corpus, { out, onWarning: (warning) => warned[0]!.push(warning.message) });
    const again = await build(corpus, { out, onWarning: (warning) => warned[1]!.push(warning.message) });
    expect(again.reusedOutputs).toBe(true);
    expect(warned[0]!.some((message) => message.includes('person:nobody-at-all'))).toBe(true);
    expect(warned[1]).toEqual(warned[0]);

    writeFileSync(join(corpus, OVERRIDES_FILE), JSON.stringify({ format: 'comention-overrides', version: 1, rules: [] }));
    const changed = await build(corpus, { out });
    expect(changed.reusedOutputs).toBeUndefined();
  });
});
