/**
 * `npm run bench`: how fast comention is at size, in one run, figures only (nothing here passes or fails).
 *
 *   1. corpora, generated into out/bench/ (not committed): sentences of the shared corpora (../shared/corpus)
 *      recombined into new articles, one corpus of at least 5 MB and one of 10,000 documents. Recombining
 *      sentences rather than copying whole files keeps entity density real without making every article a near
 *      copy of another (copies would send near-duplicate detection down its slowest path and drop them from edges).
 *      What it does not give is the variety of a real corpus: the entities are those of ~100 source articles.
 *   2. extraction alone on one core against the naive pipeline (compromise nlp(text), then people(),
 *      organizations(), places() per document): throughput, peak memory, ratio;
 *   3. `comention build` with 1 and 2 worker threads, without cache, and what two cores give at best (two processes);
 *   4. the 10,000-document corpus: a cold build, then one document added and rebuilt from the cache;
 *   5. the explorer in headless Chromium: time to first draw and frame time while panning, 1k/10k/100k edges.
 *
 * Each measurement runs in a child process (scripts/bench-child.ts, bundled like dist/ by esbuild) so its peak
 * RSS is its own and the timed code is what users run. `npm run bench` builds dist/ first for the explorer.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { listCorpus, readCorpusFile } from '../src/corpus/read.js';
import { benchExplorer, mulberry32, type ExplorerResult } from './bench-explorer.js';
import { externalPackages } from './node-bundle.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'out', 'bench');
const SHARED_CORPUS = join(ROOT, '..', 'shared', 'corpus');
/** Bump to regenerate corpora left by an older version of this script. */
const GENERATOR_VERSION = 2;

interface Measure {
  seconds: number;
  bytes: number;
  documents: number;
  peakMb: number;
  /** CPU seconds of the process (all threads), for the whole child run. */
  cpuSeconds?: number;
  /** CPU seconds of the timed loop alone (extract and naive modes). */
  loopCpuSeconds?: number;
  extractionPeakMb?: number;
  /** Heap in use once every document is extracted, after a full garbage collection. */
  retainedMb?: number;
  /** Typed arrays' contents at the same moment (shingles, signatures, packed analyses), outside the heap. */
  retainedBuffersMb?: number;
  /** CPU seconds of each thread while documents were extracted, busiest first; `main` is the main thread. */
  extractionThreads?: { name: string; seconds: number }[];
  extracted?: number;
  /** Files not read at all: same size and mtime as in the previous build. */
  unread?: number;
  jobs?: number;
  fallback?: string;
  timings?: { prepare?: number; extract: number; graph: number; write: number; stages?: { duplicates: number; resolve: number; graph: number; metrics: number; layout: number } };
  entities?: number;
  edges?: number;
  mentions?: number;
}

const quick = process.argv.includes('--quick');
const skipBrowser = process.argv.includes('--no-browser');
/** Only the incremental builds of corpus-10k (section 4): for A/B runs of the rebuild path. */
const incrementalOnly = process.argv.includes('--incremental');
/** Only what two cores give extraction at best (end of section 3). */
const ceilingOnly = process.argv.includes('--ceiling');

async function main(): Promise<void> {
  mkdirSync(BENCH, { recursive: true });
  const child = await bundleChild();
  const sentences = await sentencePool();
  console.log(`comention bench (${new Date().toISOString()}, node ${process.version}, ${cpus().length} cores, ${quick ? 'quick' : 'full'} run)`);
  // Timings on a shared machine mean little without how busy it was: a load above the core count slows every figure.
  console.log(`load average at start: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  console.log(`sentence pool: ${sentences.length} sentences from ${SHARED_CORPUS}\n`);

  const big = generate('corpus-5mb', sentences, { minBytes: quick ? 1 << 20 : 5 << 20, paragraphs: [3, 8], perParagraph: [2, 4], seed: 1 });
  const many = generate('corpus-10k', sentences, { documents: quick ? 2000 : 10_000, paragraphs: [2, 4], perParagraph: [1, 3], seed: 2 });
  console.log(`corpora: ${describeCorpus(big)}; ${describeCorpus(many)}\n`);

  if (incrementalOnly) {
    incremental(child, many, sentences);
    return;
  }
  if (ceilingOnly) {
    await twoCoreCeiling(child, big.dir);
    return;
  }

  // 2. Extraction against the naive pipeline, one core each, texts already in memory.
  const extraction = run(child, ['extract', big.dir]);
  const naive = run(child, ['naive', big.dir]);
  console.log('extraction, one core, corpus-5mb (texts in memory)');
  const perCpu = (m: Measure) => (m.bytes / 1024 / (m.loopCpuSeconds ?? m.seconds)).toFixed(0);
  table([
    ['', 'KB/s', 'docs/s', 'KB per CPU s', 'peak RSS', 'mentions'],
    ['comention extract()', kbps(extraction), docsps(extraction), perCpu(extraction), mb(extraction.peakMb), String(extraction.mentions)],
    ['naive (compromise)', kbps(naive), docsps(naive), perCpu(naive), mb(naive.peakMb), String(naive.mentions)],
  ]);
  console.log(
    `ratio: comention extraction is ${(naive.seconds / extraction.seconds).toFixed(1)}× the naive pipeline's throughput ` +
      `(${((naive.loopCpuSeconds ?? naive.seconds) / (extraction.loopCpuSeconds ?? extraction.seconds)).toFixed(1)}× by CPU time, which a busy machine does not skew)\n`,
  );

  // 3. Whole builds, no cache, 1 and 2 worker threads.
  const one = run(child, ['build', big.dir, join(BENCH, 'out-5mb-j1'), '1', '0']);
  const two = run(child, ['build', big.dir, join(BENCH, 'out-5mb-j2'), '2', '0']);
  // --jobs 1 pinned to one core: V8's compiler and GC threads then share the core with the extracting thread,
  // where on two cores they run beside it. The difference is what --jobs 1 already takes of the second core.
  const pinned = hasTaskset() ? run(child, ['build', big.dir, join(BENCH, 'out-5mb-j1'), '1', '0'], ['taskset', '-c', '0']) : undefined;
  console.log('comention build, corpus-5mb, no cache');
  table([
    ['', 'KB/s', 'docs/s', 'peak RSS', 'RSS while extracting', 'extract s', 'graph s', 'write s', 'wall s', 'CPU s'],
    buildRow('--jobs 1', one),
    buildRow('--jobs 2', two),
    ...(pinned ? [buildRow('--jobs 1, one core', pinned)] : []),
    ['naive pipeline', kbps(naive), docsps(naive), mb(naive.peakMb), '', '', '', '', naive.seconds.toFixed(2), secs(naive.cpuSeconds)],
  ]);
  if (two.fallback) console.log(`note: --jobs 2 fell back: ${two.fallback}`);
  console.log(
    `speed-up of --jobs 2: extraction ${(one.timings!.extract / two.timings!.extract).toFixed(2)}×, whole build ${(one.seconds / two.seconds).toFixed(2)}×; ` +
      `build (jobs 2) vs naive: ${(naive.seconds / two.seconds).toFixed(1)}× the naive pipeline's throughput`,
  );
  console.log('CPU s of each thread while extracting (worker threads are the busiest threads after the main one; the rest are V8\'s compiler and GC threads)');
  table([
    ['', 'main', 'workers', 'V8 background', 'total', 'cores used'],
    threadRow('--jobs 1', one, 1),
    threadRow('--jobs 2', two, 2),
    ...(pinned ? [threadRow('--jobs 1, one core', pinned, 1)] : []),
  ]);
  console.log(`graph: ${one.entities} entities, ${one.edges} edges, ${one.mentions} mentions\n`);
  await twoCoreCeiling(child, big.dir);

  // 4. Incremental: a cold build of 10,000 documents, then one more document.
  const { cold, again, added } = incremental(child, many, sentences);

  // The same build over five short articles: what the process holds before any corpus (code, lexicons).
  const baseline = run(child, ['build', join(SHARED_CORPUS, 'seeds'), join(BENCH, 'out-seeds'), '1', '0']);
  console.log('memory: what extraction keeps (heap after a full GC once all documents are in) and RSS');
  table([
    ['corpus', 'text', 'documents', 'heap kept', 'typed arrays kept', 'RSS while extracting', 'peak RSS (whole build)'],
    ...([
      ['seeds (baseline)', baseline],
      ['corpus-5mb, --jobs 2', two],
      ['corpus-10k, --jobs 2', cold],
    ] as const).map(([name, m]) => [name, mb(m.bytes / 1048576), String(m.documents), mb(m.retainedMb ?? NaN), mb(m.retainedBuffersMb ?? NaN), mb(m.extractionPeakMb!), mb(m.peakMb)]),
  ]);
  const keptMb = (m: Measure) => (m.retainedMb ?? NaN) + (m.retainedBuffersMb ?? NaN);
  const kept = (m: Measure) => (keptMb(m) - keptMb(baseline)) / (m.bytes / 1048576);
  console.log(
    `kept per MB of text beyond the baseline, heap and typed arrays: ${kept(two).toFixed(1)} MB (corpus-5mb), ${kept(cold).toFixed(1)} MB (corpus-10k): ` +
      'evidence sentences, document headers, packed analyses, shingles and signatures; no document text',
  );
  console.log('');

  // 5. The explorer.
  let explorer: ExplorerResult[] | string;
  if (skipBrowser) explorer = 'skipped (--no-browser)';
  else {
    try {
      explorer = await benchExplorer(join(BENCH, 'explorer'), quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
    } catch (error) {
      explorer = `pending: ${(error as Error).message}`;
    }
  }
  console.log('explorer (headless Chromium, SwiftShader: software WebGL, so slower than a real GPU)');
  if (typeof explorer === 'string') console.log(explorer);
  else {
    table([
      ['edges', 'nodes', 'graph.json', 'first draw', 'pan frame (median)', 'pan frame (p95)', 'frames', 'hover', 'click'],
      ...explorer.map((r) => [String(r.edges), String(r.nodes), mb(r.jsonMb), `${r.firstDrawMs.toFixed(0)} ms`, `${r.frameMedianMs.toFixed(1)} ms`, `${r.frameP95Ms.toFixed(1)} ms`, String(r.frames), `${r.hoverMs.toFixed(0)} ms`, `${r.clickMs.toFixed(0)} ms`]),
    ]);
  }

  console.log(`\nload average at end: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  writeFileSync(join(BENCH, 'results.json'), JSON.stringify({ extraction, naive, one, two, cold, again, added, baseline, explorer }, null, 2));
  console.log(`\nraw figures: ${join('out', 'bench', 'results.json')}`);
}

/**
 * What two cores can give extraction at best: two separate processes, sharing nothing, each extracting half of the
 * corpus, against one process extracting all of it. Once with V8 confined to the thread that runs the code
 * (--single-threaded: compiling and collecting garbage in that thread, so each process keeps to one core), once
 * as V8 runs by default (its compiler and GC threads beside the one running the code). Worker threads cannot beat
 * this: it is their ideal, without start-up, messages or a shared process.
 */
async function twoCoreCeiling(child: string, corpus: string): Promise<void> {
  const rows: string[][] = [['', 'one process, all s', 'two processes, half each s', 'speed-up', 'CPU s one / two']];
  for (const [label, flags] of [
    ['V8 on one thread', ['--single-threaded']],
    ['V8 as by default', []],
  ] as const) {
    const all = run(child, ['extract', corpus], [], [...flags]);
    const halves = await Promise.all(['0/2', '1/2'].map((share) => runAsync(child, ['extract', corpus, share], [...flags])));
    const pairSeconds = Math.max(...halves.map((m) => m.seconds));
    const pairCpu = halves.reduce((sum, m) => sum + (m.loopCpuSeconds ?? NaN), 0);
    rows.push([label, all.seconds.toFixed(2), pairSeconds.toFixed(2), `${(all.seconds / pairSeconds).toFixed(2)}×`, `${secs(all.loopCpuSeconds)} / ${secs(pairCpu)}`]);
  }
  console.log('two cores at best: extraction of corpus-5mb split between two separate processes (no threads, nothing shared)');
  table(rows);
  console.log('');
}

/** Bundles the child and the extraction worker side by side, as scripts/build.mjs does for dist/. */
async function bundleChild(): Promise<string> {
  const outdir = join(BENCH, 'bin');
  await esbuild({
    absWorkingDir: ROOT,
    entryPoints: { 'bench-child': 'scripts/bench-child.ts', 'extract-worker': 'src/workers/extract-worker.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: externalPackages,
    logLevel: 'warning',
  });
  return join(outdir, 'bench-child.js');
}

function run(child: string, args: string[], prefix: string[] = [], nodeFlags: string[] = []): Measure {
  // --expose-gc: build runs measure the heap kept after extraction right after a full collection.
  const command = [...prefix, process.execPath, '--expose-gc', ...nodeFlags, child, ...args];
  const result = spawnSync(command[0]!, command.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`bench: "${args.join(' ')}" failed:\n${result.stderr}`);
  return lastLine(result.stdout);
}

/** `run` without waiting, for children that must run at the same time. */
function runAsync(child: string, args: string[], nodeFlags: string[] = []): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const spawned = spawn(process.execPath, ['--expose-gc', ...nodeFlags, child, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    spawned.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    spawned.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    spawned.on('error', reject);
    spawned.on('close', (status) => (status === 0 ? resolve(lastLine(stdout)) : reject(new Error(`bench: "${args.join(' ')}" failed:\n${stderr}`))));
  });
}

function lastLine(stdout: string): Measure {
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measure;
}

/** A cold build of corpus-10k, an unchanged rebuild, and a rebuild with one document added; prints the table. */
function incremental(child: string, many: ReturnType<typeof generate>, sentences: string[]): { cold: Measure; again: Measure; added: Measure } {
  const manyOut = join(BENCH, 'out-10k');
  rmSync(manyOut, { recursive: true, force: true });
  const addedFile = join(many.dir, 'zz-added.txt');
  rmSync(addedFile, { force: true });
  const cold = run(child, ['build', many.dir, manyOut, '2', '1']);
  const again = run(child, ['build', many.dir, manyOut, '2', '1']);
  writeFileSync(addedFile, article(sentences, 424242, [3, 3], [2, 3]));
  const added = run(child, ['build', many.dir, manyOut, '2', '1']);
  rmSync(addedFile, { force: true });
  console.log(`incremental builds, corpus-10k (${many.documents} documents), --jobs 2, cache in ${manyOut}/.cache`);
  table([
    ['', 'seconds', 'extracted', 'files unread', 'peak RSS', 'RSS while extracting', 'prepare s', 'extract s', 'graph s', 'write s', 'CPU s', '% of cold', 'CPU % of cold', 'graph s: dups/resolve/edges/metrics/layout'],
    incrementalRow('cold (empty cache)', cold, cold),
    incrementalRow('unchanged', again, cold),
    incrementalRow('one document added', added, cold),
  ]);
  console.log(
    `rebuild after adding one document: ${((added.seconds / cold.seconds) * 100).toFixed(1)}% of the cold build (extracted ${added.extracted}); ` +
      `by CPU time ${(((added.cpuSeconds ?? 0) / (cold.cpuSeconds ?? 1)) * 100).toFixed(1)}%`,
  );
  console.log(`graph: ${cold.entities} entities, ${cold.edges} edges, ${cold.mentions} mentions\n`);

  return { cold, again, added };
}

// ---------------------------------------------------------------------------------------------------------------
// Corpora

async function sentencePool(): Promise<string[]> {
  if (!existsSync(SHARED_CORPUS)) throw new Error(`bench: no shared corpora at ${SHARED_CORPUS} (the bench builds its corpora from them)`);
  const listing = await listCorpus([SHARED_CORPUS]);
  const pool: string[] = [];
  for (const file of listing.files) {
    for (const document of (await readCorpusFile(file)).documents) {
      for (const line of document.text.split('\n')) {
        for (const sentence of line.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/)) {
          if (sentence.length >= 30 && /[.!?]["”’]?$/.test(sentence.trim())) pool.push(sentence.trim());
        }
      }
    }
  }
  return pool;
}

interface GeneratedCorpus {
  name: string;
  dir: string;
  documents: number;
  bytes: number;
}

interface GenerateOptions {
  minBytes?: number;
  documents?: number;
  paragraphs: [number, number];
  perParagraph: [number, number];
  seed: number;
}

function generate(name: string, sentences: string[], options: GenerateOptions): GeneratedCorpus {
  const dir = join(BENCH, name);
  const stamp = join(BENCH, `${name}.json`);
  const key = JSON.stringify({ GENERATOR_VERSION, options, pool: sentences.length });
  if (existsSync(stamp)) {
    const previous = JSON.parse(readFileSync(stamp, 'utf8')) as GeneratedCorpus & { key: string };
    if (previous.key === key && existsSync(dir)) return previous;
  }
  rmSync(dir, { recursive: true, force: true });
  let documents = 0;
  let bytes = 0;
  while ((options.minBytes !== undefined && bytes < options.minBytes) || (options.documents !== undefined && documents < options.documents)) {
    const folder = join(dir, String(Math.floor(documents / 1000)).padStart(2, '0'));
    if (documents % 1000 === 0) mkdirSync(folder, { recursive: true });
    const text = article(sentences, options.seed * 1_000_003 + documents, options.paragraphs, options.perParagraph);
    writeFileSync(join(folder, `${String(documents).padStart(5, '0')}.txt`), text);
    documents++;
    bytes += Buffer.byteLength(text);
  }
  const corpus = { name, dir, documents, bytes };
  writeFileSync(stamp, JSON.stringify({ ...corpus, key }));
  return corpus;
}

/**
 * Words slipped between two lower-case words of a drawn sentence. A sentence of the pool recurs in dozens of
 * generated articles; without these, articles would share far more word sequences than real news does, and
 * near-duplicate detection would spend its time on pairs no real corpus has. Names are never split.
 */
const FILLERS = ['also', 'still', 'then', 'now', 'reportedly', 'indeed', 'again', 'meanwhile', 'largely', 'already', 'however', 'apparently', 'certainly', 'further', 'likewise', 'mostly', 'partly', 'perhaps', 'quickly', 'recently', 'soon', 'today', 'widely', 'yet'];

function vary(sentence: string, next: () => number): string {
  const words = sentence.split(' ');
  const out: string[] = [words[0]!];
  for (let i = 1; i < words.length; i++) {
    if (/^[a-z]+$/.test(words[i - 1]!) && /^[a-z]+$/.test(words[i]!) && next() < 0.3) out.push(FILLERS[Math.floor(next() * FILLERS.length)]!);
    out.push(words[i]!);
  }
  return out.join(' ');
}

/** One generated article: a title line and paragraphs of sentences drawn from the pool. */
function article(sentences: string[], seed: number, paragraphs: [number, number], perParagraph: [number, number]): string {
  const next = mulberry32(seed);
  const between = ([low, high]: [number, number]) => low + Math.floor(next() * (high - low + 1));
  const pick = () => vary(sentences[Math.floor(next() * sentences.length)]!, next);
  const body = Array.from({ length: between(paragraphs) }, () => Array.from({ length: between(perParagraph) }, pick).join(' '));
  return `Story ${seed.toString(36)}\n\n${body.join('\n\n')}\n`;
}


// ---------------------------------------------------------------------------------------------------------------
// Printing

function describeCorpus(corpus: GeneratedCorpus): string {
  return `${corpus.name} ${corpus.documents} documents, ${mb(corpus.bytes / 1048576)}`;
}

const kbps = (m: Measure) => (m.bytes / 1024 / m.seconds).toFixed(0);
const docsps = (m: Measure) => (m.documents / m.seconds).toFixed(0);
const mb = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} MB`;
const secs = (n: number | undefined) => (n === undefined ? '' : n.toFixed(2));

function buildRow(label: string, m: Measure): string[] {
  return [label, kbps(m), docsps(m), mb(m.peakMb), mb(m.extractionPeakMb ?? 0), secs(m.timings?.extract), secs(m.timings?.graph), secs(m.timings?.write), m.seconds.toFixed(2), secs(m.cpuSeconds)];
}

/** Whether `taskset` (util-linux) can pin a run to one core. */
function hasTaskset(): boolean {
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

/** CPU of the extracting threads (the main thread and the `jobs - 1` busiest others) and of V8's background threads. */
function threadRow(label: string, m: Measure, jobs: number): string[] {
  const threads = m.extractionThreads ?? [];
  const main = threads.find((thread) => thread.name === 'main')?.seconds ?? NaN;
  const others = threads.filter((thread) => thread.name !== 'main');
  const workers = others.slice(0, jobs - 1).reduce((sum, thread) => sum + thread.seconds, 0);
  const background = others.slice(jobs - 1).reduce((sum, thread) => sum + thread.seconds, 0);
  const total = main + workers + background;
  return [label, main.toFixed(2), jobs > 1 ? workers.toFixed(2) : '', background.toFixed(2), total.toFixed(2), (total / (m.timings?.extract ?? NaN)).toFixed(2)];
}

function incrementalRow(label: string, m: Measure, cold: Measure): string[] {
  const stages = m.timings?.stages;
  return [
    label,
    m.seconds.toFixed(2),
    String(m.extracted),
    String(m.unread ?? ''),
    mb(m.peakMb),
    mb(m.extractionPeakMb ?? 0),
    secs(m.timings?.prepare),
    secs(m.timings?.extract),
    secs(m.timings?.graph),
    secs(m.timings?.write),
    secs(m.cpuSeconds),
    `${((m.seconds / cold.seconds) * 100).toFixed(1)}%`,
    `${(((m.cpuSeconds ?? NaN) / (cold.cpuSeconds ?? NaN)) * 100).toFixed(1)}%`,
    stages ? [stages.duplicates, stages.resolve, stages.graph, stages.metrics, stages.layout].map((n) => n.toFixed(2)).join('/') : '',
  ];
}

function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows) console.log('  ' + row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
}

await main();
