/**
 * Worker threads for `comention build --jobs N`. Extraction is pure and per document, so documents are shared out in
 * batches between the main thread and N - 1 workers; each batch's results come back to the caller that asked.
 *
 * Where the worker code is: next to the bundle (dist/extract-worker.js) when running the built CLI; from sources
 * (tsx, vitest) the TypeScript worker is started with tsx's loader. If neither can run, or a worker dies, its batch
 * is extracted by the threads left: slower, never a different result, and `fallback` says why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../extract/index.js';
import type { CoMentionWindow, SourceDocument } from '../types.js';
import { extractDocument, type ExtractedDocument, type ExtractionFailure, type ExtractReply, type ExtractRequest } from './extract-one.js';

export type ExtractResult = ExtractedDocument | ExtractionFailure;

export interface ExtractorPool {
  /** Threads extracting, the main thread included: 1 when it extracts alone. */
  readonly jobs: number;
  /** Why fewer worker threads run than were asked for, if so. */
  readonly fallback: string | undefined;
  extract(documents: Pick<SourceDocument, 'id' | 'text'>[]): Promise<ExtractResult[]>;
  close(): Promise<void>;
}

/**
 * Text one more thread must have to extract before it pays for itself: a worker spends about a second and 100 MB
 * loading the extractor's lexicons, time in which the main thread extracts half a megabyte or more.
 */
export const BYTES_PER_JOB = 1024 * 1024;
/** Past this many threads, memory for the workers' lexicons grows faster than builds get quicker. */
export const MAX_DEFAULT_JOBS = 8;

/**
 * The --jobs default: one extracting thread per core but one, and none that would have less than BYTES_PER_JOB of
 * text to extract. The core left over is not idle: while a thread extracts, V8's compiler and garbage-collector
 * threads use a third of a core beside it (the bench's per-thread CPU table: 3.2 s main, 1.2 s background on
 * corpus-5mb). On 2 cores a second extracting thread only made them compete: `--jobs 2` took the same 5.6 s as
 * `--jobs 1`, with 2 more CPU seconds and 50 MB more RSS.
 */
export function defaultJobs(totalBytes: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores - 1, MAX_DEFAULT_JOBS, Math.floor(totalBytes / BYTES_PER_JOB)));
}

/** How documents are extracted: the extractor's options, and the co-mention window whose evidence is kept. */
export interface ExtractionSettings {
  options?: ExtractOptions;
  window?: CoMentionWindow;
}

/**
 * Starts `jobs - 1` workers to extract beside the main thread (none for jobs ≤ 1). `script` replaces the worker
 * script that would be found (tests use it to start workers that fail).
 */
export function startExtractors(jobs: number, settings: ExtractionSettings = {}, script?: URL): ExtractorPool {
  const resolved = { options: settings.options ?? {}, window: settings.window ?? 'sentence' };
  if (jobs <= 1) return new InThread(resolved, undefined);
  const entry = script ?? workerEntry();
  if ('reason' in entry) return new InThread(resolved, entry.reason);
  return new WorkerPool(jobs, entry, resolved);
}

/** Extraction in the calling thread. */
class InThread implements ExtractorPool {
  readonly jobs = 1;
  constructor(
    private readonly settings: Required<ExtractionSettings>,
    readonly fallback: string | undefined,
  ) {}

  async extract(documents: Pick<SourceDocument, 'id' | 'text'>[]): Promise<ExtractResult[]> {
    return documents.map((document) => extractHere(document, this.settings));
  }

  async close(): Promise<void> {}
}

/** One document extracted in this thread, its strings its own. */
function extractHere(document: Pick<SourceDocument, 'id' | 'text'>, settings: Required<ExtractionSettings>): ExtractResult {
  // A mention's or window's text is a slice of the document's, and V8 keeps the whole text alive for as long as
  // one slice of 13 characters or more lives. A structured clone, as a worker's reply gets, holds copies instead.
  const result = extractDocument(document, settings.options, settings.window);
  if (!('analysis' in result)) return result;
  // Packed strings are copied when the build adopts them (StringTable); objects and windows are copied here.
  if ('data' in result.analysis) return { ...result, windows: structuredClone(result.windows) };
  const { analysis, windows } = structuredClone({ analysis: result.analysis, windows: result.windows });
  return { ...result, analysis, windows };
}

/** A worker script: a file, or (from sources) a line of code that loads the TypeScript worker through tsx. */
type Entry = URL | { code: string };

function workerEntry(): Entry | { reason: string } {
  const here = import.meta.url;
  // Bundled: this code is in dist/cli.js or, split out, in dist/chunks/*.js; the worker is dist/extract-worker.js.
  if (!here.endsWith('.ts')) {
    const bundled = ['./extract-worker.js', '../extract-worker.js'].map((path) => new URL(path, here)).find((url) => existsSync(fileURLToPath(url)));
    if (bundled) return bundled;
  }
  const source = new URL(here.endsWith('.ts') ? './extract-worker.ts' : '../src/workers/extract-worker.ts', here);
  if (!existsSync(fileURLToPath(source))) return { reason: 'worker script not found (run "npm run build")' };
  let api: string;
  try {
    // require.resolve would pick the CommonJS build; the ES module API is the one a worker can import.
    const manifest = createRequire(here).resolve('tsx/package.json');
    const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import?: { default?: string } }> }).exports;
    api = new URL(exports['./esm/api']?.import?.default ?? './dist/esm/api/index.mjs', pathToFileURL(manifest)).href;
  } catch {
    return { reason: 'running from sources without tsx installed, so workers cannot load TypeScript' };
  }
  // Node 20 does not carry module hooks (`--import tsx`) into worker threads, so the worker loads itself through
  // tsx's API; an error while loading reaches the pool as the worker's 'error' event.
  return { code: `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(source.href)}, ${JSON.stringify(here)}))` };
}

interface Task {
  request: ExtractRequest;
  resolve: (results: ExtractResult[]) => void;
  reject: (error: unknown) => void;
}

/** A worker and the tasks sent to it, answered in the order sent. */
interface Lane {
  worker: Worker;
  sent: Task[];
}

/** Tasks a worker holds at once: one at work, one waiting, so it never idles while its next task is on the way. */
const LANE_DEPTH = 2;
/** Longest the main thread extracts before it looks at workers' replies (its documents take a millisecond or two each). */
const MAIN_SLICE_MS = 5;
/**
 * Documents per task, whatever the calls to `extract` that brought them: enough to amortise a message (a corpus
 * of one short article per file would otherwise cost a message each way per article), few enough to share out.
 */
const BATCH_DOCUMENTS = 32;
const BATCH_CHARACTERS = 256 * 1024;
/** Text a caller should have handed to the pool, per thread, for every thread to have work: a full lane and a batch. */
export const TEXT_AHEAD_PER_JOB = (LANE_DEPTH + 1) * BATCH_CHARACTERS;

/** One call to `extract`, answered when the tasks holding its documents all are. */
interface Call {
  results: ExtractResult[];
  waiting: number;
  resolve: (results: ExtractResult[]) => void;
  reject: (error: unknown) => void;
}

/**
 * `jobs` extraction threads: the main thread and `jobs - 1` workers. The main thread has loaded the extractor
 * already; each worker must load it again (lexicons, about a second), so the main thread extracts from the start
 * while workers get ready, and a job fewer costs a worker fewer.
 */
class WorkerPool implements ExtractorPool {
  fallback: string | undefined;
  private readonly lanes: Lane[] = [];
  private readonly queue: Task[] = [];
  /** Documents not yet in a task, with the call each answers. */
  private pending: { call: Call; index: number; document: Pick<SourceDocument, 'id' | 'text'> }[] = [];
  private pendingCharacters = 0;
  private flushScheduled = false;
  /** The task the main thread is extracting, and its results so far. */
  private mainTask: { task: Task; results: ExtractResult[] } | undefined;
  private nextTask = 0;
  private mainScheduled = false;
  private closed = false;

  constructor(
    readonly jobs: number,
    entry: Entry,
    private readonly settings: Required<ExtractionSettings>,
  ) {
    for (let i = 0; i < jobs - 1; i++) {
      const worker = entry instanceof URL ? new Worker(entry) : new Worker(entry.code, { eval: true });
      const lane: Lane = { worker, sent: [] };
      worker.on('message', (reply: ExtractReply) => this.done(lane, reply));
      worker.on('error', (error) => this.lost(lane, `worker failed: ${error.message}`));
      worker.on('exit', (code) => this.lost(lane, `worker exited with code ${code}`));
      this.lanes.push(lane);
    }
  }

  extract(documents: Pick<SourceDocument, 'id' | 'text'>[]): Promise<ExtractResult[]> {
    if (documents.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const call: Call = { results: new Array<ExtractResult>(documents.length), waiting: documents.length, resolve, reject };
      documents.forEach((document, index) => {
        if (this.pending.length >= BATCH_DOCUMENTS || (this.pending.length > 0 && this.pendingCharacters + document.text.length > BATCH_CHARACTERS)) this.flush();
        this.pending.push({ call, index, document });
        this.pendingCharacters += document.text.length;
      });
      // What is left waits for more calls until the event loop turns: the caller is reading the next files.
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          this.flush();
        });
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const lanes = this.lanes.splice(0);
    await Promise.all(lanes.map((lane) => lane.worker.removeAllListeners().terminate()));
  }

  /** Makes a task of the pending documents. */
  private flush(): void {
    const parts = this.pending;
    if (parts.length === 0) return;
    this.pending = [];
    this.pendingCharacters = 0;
    this.queue.push({
      request: { task: this.nextTask++, documents: parts.map((part) => part.document), ...this.settings },
      resolve: (results) =>
        parts.forEach(({ call, index }, n) => {
          call.results[index] = results[n]!;
          if (--call.waiting === 0) call.resolve(call.results);
        }),
      reject: (error) => parts.forEach(({ call }) => call.reject(error)),
    });
    this.dispatch();
  }

  private dispatch(): void {
    for (const lane of this.lanes) {
      while (lane.sent.length < LANE_DEPTH && this.queue.length > 0) {
        const task = this.queue.shift()!;
        lane.sent.push(task);
        lane.worker.postMessage(task.request);
      }
    }
    if (this.mainScheduled || (this.mainTask === undefined && this.queue.length === 0)) return;
    this.mainScheduled = true;
    setImmediate(() => this.extractHere());
  }

  /**
   * The main thread's share: documents of its task, one after another for at most MAIN_SLICE_MS, then back to the
   * event loop, where workers' replies wait. A whole task at once (a tenth of a second or more) would leave a
   * worker that finished its lane idle until the main thread answered it with more.
   */
  private extractHere(): void {
    this.mainScheduled = false;
    if (this.closed) return;
    const until = performance.now() + MAIN_SLICE_MS;
    do {
      if (this.mainTask === undefined) {
        const task = this.queue.shift();
        if (!task) break;
        this.mainTask = { task, results: [] };
      }
      const { task, results } = this.mainTask;
      const documents = task.request.documents;
      while (results.length < documents.length && performance.now() < until) results.push(extractHere(documents[results.length]!, this.settings));
      if (results.length < documents.length) break;
      this.mainTask = undefined;
      task.resolve(results);
    } while (performance.now() < until);
    this.dispatch();
  }

  private done(lane: Lane, reply: ExtractReply): void {
    const task = lane.sent[0];
    if (!task || task.request.task !== reply.task) return;
    lane.sent.shift();
    // Shingles and signatures arrive as Uint32Arrays over the transferred buffers: nothing to convert.
    task.resolve(reply.results);
    this.dispatch();
  }

  private lost(lane: Lane, reason: string): void {
    const index = this.lanes.indexOf(lane);
    if (index < 0) return;
    this.lanes.splice(index, 1);
    this.fallback ??= `${reason}; its documents were extracted by the other threads`;
    lane.worker.removeAllListeners();
    void lane.worker.terminate();
    this.queue.unshift(...lane.sent);
    this.dispatch();
  }
}
