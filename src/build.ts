/**
 * `comention build`, as a function (Node only): read the corpus from disk, run the pipeline, write the output
 * folder. The command line only parses arguments and prints what this returns.
 *
 * Documents stream: each file is read, its documents are looked up in the cache by content hash or extracted (in
 * worker threads with `jobs` > 1), and only what the rest of the pipeline needs is kept (src/workers/compact.ts).
 * Resolution and the graph then run once over all the analyses.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { FileIndex, type IndexedFile } from './cache/files.js';
import { readDuplicates, writeDuplicates } from './cache/duplicates.js';
import { readLayout, writeLayout } from './cache/layout.js';
import { forgetOutputs, recordOutputs, reusableOutputs, type OutputFigures } from './cache/outputs.js';
import { CACHE_FILE, ExtractionCache, type CacheFingerprint, type CacheStats } from './cache/store.js';
import { listCorpus, readCorpusFileSync, type CorpusFile } from './corpus/read.js';
import { EXTRACTOR_VERSION, type ExtractOptions } from './extract/index.js';
import { assignLayout, findNearDuplicates, nearDuplicateRecord, nearDuplicatesAfterAdding, WARM_LAYOUT_ITERATIONS } from './graph/index.js';
import { filterGraph, graphJSONParts, graphMLParts, jsonListParts, mentionsJsonlParts, type GraphFilter, type SharedJSON } from './export/index.js';
import { buildFromAnalyses, type PipelineTimings } from './pipeline.js';
import { parseOverrides } from './resolve/index.js';
import { TOOL_VERSION } from './version.js';
import { CompactStore, compactDocument, evidenceWindows, restoreCompactDocument, sparseTexts, tight, type CompactDocument, type ExtractedParts } from './workers/compact.js';
import { unpackAnalysis, type PackedAnalysis } from './workers/packed.js';
import { extractDocument } from './workers/extract-one.js';
import { defaultJobs, startExtractors, TEXT_AHEAD_PER_JOB, type ExtractorPool } from './workers/pool.js';
import type { CoMentionGraph, CoMentionWindow, DocumentAnalysis, InputWarning, OverrideRule, Overrides, SourceDocument } from './types.js';

import { OVERRIDES_FILE } from './types.js';
export { OVERRIDES_FILE };
/** Folder inside the output folder that keeps per-document extraction results between builds. */
export const CACHE_DIR = '.cache';
/** Written instead of nothing when `top` or `minWeight` prune graph.json: the whole graph, for export. */
export const FULL_GRAPH_FILE = 'graph.full.json';
/** What every build writes to the output folder (and FULL_GRAPH_FILE when pruned). */
const OUTPUT_FILES = ['graph.json', 'graph.graphml', 'mentions.jsonl', 'documents.json', 'build.json'];

export interface BuildOptions {
  out: string;
  window?: CoMentionWindow;
  keepDuplicates?: boolean;
  /** Overrides file; default `<corpus folder>/comention.overrides.json` when it exists. */
  overridesPath?: string;
  maxFileBytes?: number;
  /** Threads extracting (`--jobs N`), the main thread included; by default one per core but one, one per MB of text at most (defaultJobs). */
  jobs?: number;
  /** Reuse and keep per-document results in `<out>/.cache/` (default true; `--no-cache` gives false). */
  cache?: boolean;
  /** graph.json and graph.graphml keep only the N most mentioned entities (`--top N`); graph.full.json has all. */
  top?: number;
  /** graph.json and graph.graphml keep only edges seen in at least this many windows (`--min-weight N`). */
  minWeight?: number;
  /** Passed to the extractor; part of the cache's fingerprint. */
  extract?: ExtractOptions;
  /** Called as documents are extracted, for a progress bar. */
  onProgress?: (progress: { files: number; totalFiles: number; bytes: number; totalBytes: number }) => void;
  onWarning?: (warning: InputWarning) => void;
}

export interface BuildSummary {
  out: string;
  corpusRoot: string;
  overridesPath: string;
  files: number;
  documents: number;
  mentions: number;
  /** Entities and edges of the whole graph (graph.json holds fewer when pruned, see `pruned`). */
  entities: number;
  edges: number;
  warnings: number;
  /** Pairs [copy, original] of near-duplicate documents. */
  duplicates: [string, string][];
  bytes: number;
  seconds: number;
  /** Documents run through the extractor by this build; the others came from the cache. */
  extracted: number;
  /** Files whose size and mtime matched the previous build's: not read, their documents came from the cache. */
  unread: number;
  /** Extraction threads used (0 when the cache had every document), and why fewer than asked for, if so. */
  jobs: number;
  jobsFallback?: string;
  cache?: CacheStats;
  /** What graph.json shows when `top` or `minWeight` pruned it; the whole graph is in graph.full.json. */
  pruned?: { entities: number; edges: number };
  /** The output files of the previous build were kept: it had the same input, settings and code (src/cache/outputs.ts). */
  reusedOutputs?: boolean;
  /**
   * Seconds spent before any document is looked at (listing the corpus, opening the cache and file index,
   * fingerprinting the extractor), reading and extracting, in the rest of the pipeline (`stages` of it), and
   * writing files.
   */
  timings: { prepare: number; extract: number; graph: number; write: number; stages: PipelineTimings };
}

/**
 * Bytecode a function runs before V8 considers optimising it: twice V8's default (67,584). The extractor's large
 * heuristic functions meet branches they had not seen long after they first get hot, and each such branch throws
 * the optimised code away; compiled later, with more of their feedback in, they are recompiled less. Every thread
 * compiles its own copy (workers share no code), so the saving counts once per thread. On corpus-5mb, V8's
 * background threads (mostly TurboFan, by perf) used 2.6 s of CPU while documents were extracted with --jobs 2
 * and 1.4 s with --jobs 1; with this 1.7 s and 1.0 s, the extracting threads as busy as before. Eight times the
 * default cost the extracting threads more than it saved.
 */
const INTERRUPT_BUDGET = 2 * 67_584;

export async function buildCorpus(inputs: string[], options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  // A V8 flag, so for the whole process and the workers it starts; set before the extractor runs on documents.
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  const startedMs = Date.now();
  const window = options.window ?? 'sentence';
  let warningCount = 0;
  const warn = (warning: InputWarning) => {
    warningCount++;
    options.onWarning?.(warning);
  };
  const listing = await listCorpus(inputs, options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {});
  listing.warnings.forEach(warn);
  const overridesPath = resolvePath(options.overridesPath ?? join(listing.root, OVERRIDES_FILE));
  const overrides = await readOverrides(overridesPath);
  const out = resolvePath(options.out);
  const totalBytes = listing.files.reduce((sum, file) => sum + file.size, 0);

  const extractOptions = options.extract ?? {};
  const cacheDir = join(out, CACHE_DIR);
  const asked = options.jobs ?? defaultJobs(totalBytes);
  const settings = { options: extractOptions, window };
  // With no cache to find documents in, every document is extracted: workers start loading the extractor (most of
  // a second) now, while this thread opens the cache. Otherwise they start at the first document the cache lacks,
  // so that a rebuild that extracts nothing loads no worker's lexicons.
  let pool: ExtractorPool | undefined =
    options.cache === false || !existsSync(join(cacheDir, CACHE_FILE)) ? startExtractors(asked, settings) : undefined;
  let fingerprint: CacheFingerprint | undefined;
  let cache: ExtractionCache<CachedExtraction> | undefined;
  let fileIndex: FileIndex | undefined;
  try {
    if (options.cache === false) await rm(cacheDir, { recursive: true, force: true });
    fingerprint = options.cache === false ? undefined : cacheFingerprint(extractOptions);
    cache = fingerprint ? ExtractionCache.open<CachedExtraction>(cacheDir, fingerprint) : undefined;
    // The windows kept per document depend on the co-mention window too.
    fileIndex = fingerprint ? FileIndex.open(cacheDir, JSON.stringify({ ...fingerprint, window }), startedMs) : undefined;
  } catch (error) {
    await pool?.close();
    throw error;
  }
  // Sizes and times are the listing's, taken before any file is read: a file changed after that shows another
  // mtime to the next build.
  const known = listing.files.map((file) => fileIndex?.unchanged(file.absolute, file.size, file.mtimeMs));
  // On a rebuild only the files the index does not vouch for may need extracting: a worker costs a second of
  // loading lexicons, more than the main thread takes for a few new documents, so threads are sized to those.
  const bytesToRead = listing.files.reduce((sum, file, index) => sum + (known[index] ? 0 : file.size), 0);
  const jobs = known.some(Boolean) ? Math.min(asked, defaultJobs(bytesToRead)) : asked;
  const extractors = () => (pool ??= startExtractors(jobs, settings));

  const perFile: CompactDocument[][] = new Array(listing.files.length);
  /** Content keys of the documents in perFile, slot for slot ('' without a cache). */
  const perFileKeys: string[][] = new Array(listing.files.length);
  // Numbers (shingles, signatures, packed analyses) in a few large blocks; mention strings kept once.
  const store = new CompactStore();
  let extracted = 0;
  let unread = 0;
  let filesDone = 0;
  let bytesDone = 0;

  /** Finds or extracts the documents of one file; keeps their compact form in the file's slot. */
  const processFile = async (index: number, file: CorpusFile, documents: SourceDocument[], warnings: InputWarning[]) => {
    const keys = documents.map((document) => (cache ? contentKey(document.text) : ''));
    const found = documents.map((_, i) => (cache ? cache.get(keys[i]!) : undefined));
    const missing = documents.flatMap((document, i) => (found[i] ? [] : [i]));
    extracted += missing.length;
    const results = missing.length ? await extractors().extract(missing.map((i) => documents[i]!)) : [];
    const fresh = new Map(results.map((result, n) => [missing[n]!, result]));
    let failed = false;
    perFileKeys[index] = tight(documents.flatMap((_, i) => (found[i] || !('error' in fresh.get(i)!) ? [keys[i]!] : [])));
    perFile[index] = tight(documents.flatMap((document, i) => {
      const hit = found[i];
      if (hit) {
        const analysis = cachedAnalysis(hit, document.id);
        // The text is at hand (the file changed, this document did not): its windows are cut from it.
        const objects = 'data' in analysis ? unpackAnalysis(document.id, analysis.data, analysis.strings) : analysis;
        const windows = structuredClone(evidenceWindows(objects, window, document.text));
        return [compactDocument(document, { ...cachedFingerprint(hit), analysis, windows }, store)];
      }
      const result = fresh.get(i)!;
      if ('error' in result) {
        failed = true;
        warn({ path: document.id, message: `extraction failed: ${result.error} (skipped; please report it)` });
        return [];
      }
      // Stored before compactDocument renumbers the packed analysis's strings for this build.
      if (cache && !cache.has(keys[i]!)) cache.set(keys[i]!, { ...cacheAnalysis(result.analysis), s: encodeUint32(result.shingles), m: encodeUint32(result.signature) });
      return [compactDocument(document, result, store)];
    }));
    // A file with a failed document is read again next time, so its warning is not lost.
    if (fileIndex && !failed) {
      const kept = perFile[index];
      fileIndex.record(file.absolute, {
        size: file.size,
        mtimeMs: file.mtimeMs,
        documents: kept.map((document, i) => ({ header: document.header, key: keys[i]!, length: document.length, windows: document.windows })),
        warnings,
      });
    }
    fileDone(file);
  };
  const fileDone = (file: CorpusFile) => {
    filesDone++;
    bytesDone += file.size;
    options.onProgress?.({ files: filesDone, totalFiles: listing.files.length, bytes: bytesDone, totalBytes });
  };
  /** The documents of an unchanged file from the cache alone, or undefined when an entry has gone (read it then). */
  const restoreFile = (entry: IndexedFile): CompactDocument[] | undefined => {
    const restored: CompactDocument[] = [];
    for (const { header, key, length, windows } of entry.documents) {
      const hit = cache?.get(key);
      if (!hit) return undefined;
      restored.push(
        restoreCompactDocument({
          header,
          length,
          ...cachedFingerprint(hit),
          analysis: cachedAnalysis(hit, header.id),
          windows,
        }, store),
      );
    }
    return tight(restored);
  };

  const prune: GraphFilter = {
    ...(options.top !== undefined ? { top: options.top } : {}),
    ...(options.minWeight !== undefined ? { minWeight: options.minWeight } : {}),
  };
  const pruned = Object.keys(prune).length > 0;
  const outputNames = [...OUTPUT_FILES, ...(pruned ? [FULL_GRAPH_FILE] : [])];
  /**
   * Everything the output files depend on, once every file of the corpus is recorded (else undefined). When the
   * last build wrote them under the same key and they are as it left them, they are what this build would write:
   * resolution, layout and writing are skipped.
   */
  const outputsKeyNow = (): string | undefined => {
    const corpusDigest = fingerprint ? fileIndex?.digest(listing.files.length) : undefined;
    return corpusDigest === undefined
      ? undefined
      : createHash('sha256')
          .update(JSON.stringify({ corpusDigest, fingerprint, code: outputsCodeHash(), window, keepDuplicates: options.keepDuplicates === true, prune, overrides: overrides ?? null, overridesPath, root: listing.root }))
          .digest('hex');
  };
  let outputsReusedEarly: OutputFigures | undefined;
  let earlyOutputsKey: string | undefined;

  let compact: CompactDocument[] = [];
  let documentCount = 0;
  const extractStarted = performance.now();
  try {
    // Every file as the last build recorded it and every analysis still cached: when that build's output files are
    // in place too, they are this build's, and no analysis needs restoring (ten thousand documents' worth of objects).
    const openCache = cache;
    if (openCache && fileIndex && known.every((entry) => entry?.documents.every((document) => openCache.has(document.key)))) {
      listing.files.forEach((file, index) => fileIndex!.record(file.absolute, known[index]!));
      earlyOutputsKey = outputsKeyNow();
      outputsReusedEarly = earlyOutputsKey === undefined ? undefined : reusableOutputs(cacheDir, out, earlyOutputsKey, outputNames);
    }
    if (openCache && outputsReusedEarly) {
      for (const [index, file] of listing.files.entries()) {
        const entry = known[index]!;
        for (const document of entry.documents) openCache.retain(document.key);
        documentCount += entry.documents.length;
        entry.warnings.forEach(warn);
        unread++;
        fileDone(file);
      }
    } else {
      // Texts handed out but not yet extracted are what memory holds beyond the compact documents: enough for every
      // thread to have work, no more.
      const textAhead = Math.max(1, jobs) * TEXT_AHEAD_PER_JOB;
      let charactersInFlight = 0;
      const inFlight = new Set<Promise<void>>();
      let failure: { error: unknown } | undefined;
      for (const [index, file] of listing.files.entries()) {
        const entry = known[index];
        const restored = entry && restoreFile(entry);
        if (entry && restored) {
          perFile[index] = restored;
          perFileKeys[index] = entry.documents.map((document) => document.key);
          entry.warnings.forEach(warn);
          fileIndex?.record(file.absolute, entry);
          unread++;
          fileDone(file);
          continue;
        }
        // Read blocking: the main thread extracts too, and a promise-based read costs it several times the CPU.
        const { documents, warnings } = readCorpusFileSync(file);
        warnings.forEach(warn);
        const characters = documents.reduce((sum, document) => sum + document.text.length, 0);
        charactersInFlight += characters;
        const work: Promise<void> = processFile(index, file, documents, warnings)
          .catch((error: unknown) => void (failure ??= { error }))
          .finally(() => {
            charactersInFlight -= characters;
            inFlight.delete(work);
          });
        inFlight.add(work);
        while (inFlight.size > 0 && charactersInFlight >= textAhead) await Promise.race(inFlight);
        if (failure) break;
      }
      await Promise.all(inFlight);
      if (failure) throw failure.error;
      compact = perFile.flat();
      documentCount = compact.length;
    }
    fileIndex?.write();
  } finally {
    await pool?.close();
    cache?.close();
  }
  const extractSeconds = (performance.now() - extractStarted) / 1000;
  if (documentCount === 0) warn({ path: relative(process.cwd(), listing.root) || '.', message: 'no readable documents found (.txt, .md, .html, .jsonl)' });

  const graphStarted = performance.now();
  // Looked for once more now that every file is recorded, unless found before any was restored (the index, and so
  // the key, is then as it was).
  const outputsKey = outputsReusedEarly ? earlyOutputsKey : outputsKeyNow();
  const reused = outputsReusedEarly ?? (outputsKey === undefined ? undefined : reusableOutputs(cacheDir, out, outputsKey, outputNames));
  const unappliedWarning = (rule: OverrideRule): InputWarning => ({
    path: relative(process.cwd(), overridesPath) || overridesPath,
    message: `rule ${JSON.stringify(rule)} matched no entity (not applied; check the key in graph.json)`,
  });
  let figures: OutputFigures;
  let stages: PipelineTimings = { duplicates: 0, resolve: 0, graph: 0, metrics: 0, layout: 0 };
  let graphSeconds: number;
  let writeSeconds = 0;
  if (reused) {
    figures = reused;
    figures.unappliedRules.forEach((rule) => warn(unappliedWarning(rule)));
    if (!pruned) await rm(join(out, FULL_GRAPH_FILE), { force: true });
    graphSeconds = (performance.now() - graphStarted) / 1000;
  } else {
    if (fingerprint) forgetOutputs(cacheDir);
    const duplicatesStarted = performance.now();
    const duplicates = nearDuplicates(compact, perFileKeys.flat(), store, fingerprint ? cacheDir : undefined);
    const duplicatesSeconds = (performance.now() - duplicatesStarted) / 1000;
    const result = buildFromAnalyses(
      compact.map((document) => {
        const signature = store.signature(document);
        return { source: document.header, analysis: store.analysis(document), shingles: store.shingles(document), ...(signature ? { signature } : {}) };
      }),
      {
        window,
        ...(options.keepDuplicates ? { keepDuplicates: true } : {}),
        ...(overrides ? { overrides } : {}),
        corpus: basename(listing.root),
        text: sparseTexts(compact),
        duplicates,
        // Laid out below, from the previous build's positions when there are some.
        skipLayout: true,
      },
    );
    const layoutStarted = performance.now();
    layOut(result.graph, fingerprint ? cacheDir : undefined);
    stages = { ...result.timings, duplicates: duplicatesSeconds, layout: (performance.now() - layoutStarted) / 1000 };
    result.graph.setAttribute('createdAt', new Date().toISOString());
    for (const rule of result.unappliedRules) warn(unappliedWarning(rule));
    const view = pruned ? filterGraph(result.graph, prune, result.documents) : result.graph;
    graphSeconds = (performance.now() - graphStarted) / 1000;

    const writeStarted = performance.now();
    await mkdir(out, { recursive: true });
    // Evidence objects' JSON, made once for graph.json and reused by graph.graphml (and graph.full.json).
    const shared: SharedJSON = new WeakMap();
    writeParts(join(out, 'graph.json'), graphJSONParts(view, shared));
    writeParts(join(out, 'graph.graphml'), graphMLParts(view, shared));
    if (view !== result.graph) writeParts(join(out, FULL_GRAPH_FILE), graphJSONParts(result.graph, shared));
    else await rm(join(out, FULL_GRAPH_FILE), { force: true });
    writeParts(join(out, 'mentions.jsonl'), mentionsJsonlParts(result.mentions));
    writeParts(join(out, 'documents.json'), jsonListParts(result.documents));
    await writeFile(
      join(out, 'build.json'),
      JSON.stringify({ corpusRoot: listing.root, overridesPath, ...(view !== result.graph ? { pruned: prune, fullGraph: FULL_GRAPH_FILE } : {}) }, null, 2),
    );
    figures = {
      mentions: result.mentions.length,
      entities: result.graph.order,
      edges: result.graph.size,
      duplicates: [...result.duplicates],
      ...(view !== result.graph ? { pruned: { entities: view.order, edges: view.size } } : {}),
      unappliedRules: result.unappliedRules,
    };
    if (outputsKey !== undefined) recordOutputs(cacheDir, out, outputsKey, outputNames, figures);
    writeSeconds = (performance.now() - writeStarted) / 1000;
  }

  return {
    out,
    corpusRoot: listing.root,
    overridesPath,
    files: listing.files.length,
    documents: documentCount,
    mentions: figures.mentions,
    entities: figures.entities,
    edges: figures.edges,
    warnings: warningCount,
    duplicates: figures.duplicates,
    bytes: totalBytes,
    seconds: (performance.now() - started) / 1000,
    extracted,
    unread,
    jobs: pool?.jobs ?? 0,
    ...(pool?.fallback !== undefined ? { jobsFallback: pool.fallback } : {}),
    ...(cache ? { cache: cache.stats } : {}),
    ...(figures.pruned ? { pruned: figures.pruned } : {}),
    ...(reused ? { reusedOutputs: true } : {}),
    timings: { prepare: (extractStarted - started) / 1000, extract: extractSeconds, graph: graphSeconds, write: writeSeconds, stages },
  };
}

/**
 * Near-copies among the documents: the previous build's, when documents were only added since and none of them is
 * close to another (nearDuplicatesAfterAdding), else a pass over all of them. The pass is recorded for the next build.
 */
function nearDuplicates(compact: CompactDocument[], keys: string[], store: CompactStore, cacheDir: string | undefined): Map<string, string> {
  const docs = compact.map((document, i) => {
    const signature = store.signature(document);
    return { id: document.header.id, content: keys[i]!, shingles: store.shingles(document), ...(signature ? { signature } : {}) };
  });
  if (cacheDir === undefined) return findNearDuplicates(docs);
  const code = duplicatesCodeHash();
  const previous = readDuplicates(cacheDir, code);
  const kept = previous && nearDuplicatesAfterAdding(docs, previous);
  const copies = kept ?? findNearDuplicates(docs);
  if (!kept || previous.documents.length !== docs.length) writeDuplicates(cacheDir, code, nearDuplicateRecord(docs, copies));
  return copies;
}

/**
 * ForceAtlas2 from scratch, or from the positions of the previous build: kept as they are when the graph is the
 * one they were computed for, else the starting point of a few iterations. Positions are kept for the next build.
 */
function layOut(graph: CoMentionGraph, cacheDir: string | undefined): void {
  if (cacheDir === undefined) {
    assignLayout(graph);
    return;
  }
  const key = layoutKey(graph);
  const previous = readLayout(cacheDir);
  if (previous === undefined) assignLayout(graph);
  else assignLayout(graph, { positions: previous.positions, iterations: previous.key === key ? 0 : WARM_LAYOUT_ITERATIONS });
  const positions = new Map(graph.mapNodes((node, { x, y }) => [node, { x: x ?? 0, y: y ?? 0 }] as const));
  if (previous?.key !== key || graph.order !== previous.positions.size) writeLayout(cacheDir, { key, positions });
}

/** What ForceAtlas2 and the lining up of isolated nodes read, in the order they read it, and the code that does it. */
function layoutKey(graph: CoMentionGraph): string {
  const hash = createHash('sha256').update(layoutCodeHash());
  graph.forEachNode((node, { mentions }) => void hash.update(`n${JSON.stringify(node)}${mentions}\n`));
  graph.forEachEdge((_edge, { weight }, source, target) => void hash.update(`e${JSON.stringify(source)}${JSON.stringify(target)}${weight}\n`));
  return hash.digest('hex');
}

/** Bytes encoded before a write: large enough for few system calls, small next to the files. */
const WRITE_BLOCK = 1 << 22;

/**
 * Writes a file from its parts, each encoded as UTF-8 straight into one reused buffer that is written when full.
 * An output file of the whole corpus made as one string (tens of MB on corpus-10k) is flattened and copied to
 * UTF-8 whole, and joining the parts into blocks costs most of that again: on corpus-10k, graph.json costs about
 * 100 ms of CPU this way against 200 ms with 1 MB blocks of joined parts.
 */
export function writeParts(path: string, parts: Iterable<string>): void {
  const fd = openSync(path, 'w');
  const block = Buffer.allocUnsafe(WRITE_BLOCK);
  let used = 0;
  const write = (bytes: Buffer) => {
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
  };
  try {
    let carried = '';
    for (let part of parts) {
      if (carried) {
        part = carried + part;
        carried = '';
      }
      // The first half of a surrogate pair waits for the second: encoded alone, it would become U+FFFD.
      if (part && isHighSurrogate(part.charCodeAt(part.length - 1))) {
        carried = part;
        continue;
      }
      // UTF-8 takes at most three bytes per UTF-16 code unit.
      if (used + part.length * 3 > block.length) {
        write(block.subarray(0, used));
        used = 0;
      }
      if (part.length * 3 > block.length) write(Buffer.from(part, 'utf8'));
      else used += block.write(part, used, 'utf8');
    }
    if (carried) {
      write(block.subarray(0, used));
      used = 0;
      write(Buffer.from(carried, 'utf8'));
    }
    write(block.subarray(0, used));
  } finally {
    closeSync(fd);
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Reads the curation rules, or undefined when there are none yet. A broken file is an error, not ignored. */
export async function readOverrides(path: string): Promise<Overrides | undefined> {
  let json: string;
  try {
    json = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parseOverrides(json, path);
}

/**
 * A cache entry: the analysis without its document id (the same text under another name is a hit), packed (p, t)
 * or, when it could not be, as objects (a); and the shingles.
 */
interface CachedExtraction {
  /** The packed analysis (src/workers/packed.ts), little-endian int32, base64; its strings are numbered by `t`. */
  p?: string;
  t?: string[];
  a?: Omit<DocumentAnalysis, 'doc'>;
  /** Shingles, little-endian uint32, base64. */
  s: string;
  /** MinHash signature of the shingles, the same way (absent from entries of older builds: computed then). */
  m?: string;
}

/** Extraction depends on the text alone (extract() reads nothing else), so the text's hash is the key. */
function contentKey(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Everything that changes what extraction returns. Versions are bumped by hand; the code's hash catches a change
 * whose author forgot to bump one (while the extractor is worked on, every edit must show in the next build), and
 * the probe (a fixed text run through the extractor) is a last check that costs a millisecond.
 */
function cacheFingerprint(options: ExtractOptions): CacheFingerprint {
  const probeText =
    'Dr. Jane Smith of the World Health Organization met President Emmanuel Macron in Paris on Monday.\n\n' +
    'North Korean troops were sent to Russia, Seoul said; the UN and NATO condemned it. Acme Corp. (AC) agreed.';
  const probe = extractDocument({ id: 'probe', text: probeText }, options);
  const probed = 'error' in probe ? probe : { ...probe, shingles: [...probe.shingles], signature: [...probe.signature] };
  return {
    tool: TOOL_VERSION,
    extractor: EXTRACTOR_VERSION,
    options: JSON.stringify(options),
    code: codeHash(),
    probe: createHash('sha256').update(JSON.stringify(probed)).digest('hex').slice(0, 16),
  };
}

/**
 * Hash of the code extraction runs: from sources, the extractor's files and what the worker adds (shingles); from
 * the bundle (dist/cli.js), the bundle itself, which a new build of the tool changes.
 */
function codeHash(): string {
  return sourceHash((source) => {
    const extractor = join(source, 'extract');
    const files = readdirSync(extractor, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).sort().map((file) => join(extractor, file));
    return [...files, ...['extract-one.ts', 'compact.ts'].map((file) => join(source, 'workers', file)), join(source, 'graph', 'duplicates.ts')];
  });
}

/** Hash of the code after extraction: output files are kept only when this code would write them again. */
function outputsCodeHash(): string {
  return sourceHash((source) => {
    const folders = ['resolve', 'graph', 'export'].map((folder) => join(source, folder));
    const files = folders.flatMap((folder) => readdirSync(folder).filter((file) => file.endsWith('.ts')).sort().map((file) => join(folder, file)));
    return [...files, ...['pipeline.ts', 'build.ts', 'types.ts', 'version.ts', join('workers', 'compact.ts')].map((file) => join(source, file))];
  });
}

/** Hash of the code that makes shingles and finds near-copies: a record of its pass holds for this code only. */
function duplicatesCodeHash(): string {
  return sourceHash((source) => [join(source, 'graph', 'duplicates.ts')]);
}

/** Hash of the layout's code: kept positions are reused as they are only when the code would compute them again. */
function layoutCodeHash(): string {
  return sourceHash((source) => [join(source, 'graph', 'metrics.ts'), join(source, 'graph', 'build.ts')]);
}

/** Hash of the given source files when running from sources, of the bundle (dist/cli.js) when bundled. */
function sourceHash(files: (sourceDir: string) => string[]): string {
  const hash = createHash('sha256');
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    for (const file of files(dirname(here))) hash.update(file).update(readFileSync(file));
  } else {
    hash.update(readFileSync(here));
  }
  return hash.digest('hex').slice(0, 16);
}

function cachedAnalysis(hit: CachedExtraction, doc: string): PackedAnalysis | DocumentAnalysis {
  if (hit.p !== undefined) return { data: new Int32Array(decodeUint32(hit.p).buffer), strings: hit.t ?? [] };
  return { doc, ...hit.a! };
}

function cacheAnalysis(analysis: PackedAnalysis | DocumentAnalysis): Pick<CachedExtraction, 'p' | 't' | 'a'> {
  return 'data' in analysis ? { p: encodeUint32(analysis.data), t: analysis.strings } : { a: withoutDoc(analysis) };
}

function cachedFingerprint(hit: CachedExtraction): Pick<ExtractedParts, 'shingles' | 'signature'> {
  return { shingles: decodeUint32(hit.s), ...(hit.m ? { signature: decodeUint32(hit.m) } : {}) };
}

function withoutDoc(analysis: DocumentAnalysis): Omit<DocumentAnalysis, 'doc'> {
  const { doc: _doc, ...rest } = analysis;
  return rest;
}

function encodeUint32(values: Uint32Array | Int32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function decodeUint32(encoded: string): Uint32Array {
  const bytes = Buffer.from(encoded, 'base64');
  // Copied into an aligned buffer of its own: a Buffer may sit at any offset of a shared pool.
  const values = new Uint32Array(bytes.length / 4);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}
