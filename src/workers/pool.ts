/**
 * Worker threads for `comention build --jobs N`. Extraction is pure and per document, so documents are sent out in
 * batches to N workers and the results come back in the order asked for, whichever worker finished first.
 *
 * Where the worker code is: next to the bundle (dist/extract-worker.js) when running the built CLI; from sources
 * (tsx, vitest) the TypeScript worker is started with tsx's loader. If neither can run, or a worker dies, its batch
 * is extracted in the main thread instead: slower, never a different result, and `fallback` says why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../extract/index.js';
import type { SourceDocument } from '../types.js';
import { extractDocument, type ExtractedDocument, type ExtractionFailure, type ExtractReply, type ExtractRequest } from './extract-one.js';

export type ExtractResult = ExtractedDocument | ExtractionFailure;

export interface ExtractorPool {
  /** Threads extracting: 1 when extraction runs in the main thread. */
  readonly jobs: number;
  /** Why fewer worker threads run than were asked for, if so. */
  readonly fallback: string | undefined;
  extract(documents: Pick<SourceDocument, 'id' | 'text'>[]): Promise<ExtractResult[]>;
  close(): Promise<void>;
}

/** A sensible --jobs default: one per core, but no threads to start for a corpus smaller than this. */
export const SMALL_CORPUS_BYTES = 512 * 1024;

export function defaultJobs(totalBytes: number): number {
  return totalBytes < SMALL_CORPUS_BYTES ? 1 : Math.max(1, availableParallelism());
}

/** Starts `jobs` workers (or none for jobs ≤ 1: extraction then runs in this thread). */
export function startExtractors(jobs: number, options: ExtractOptions = {}): ExtractorPool {
  if (jobs <= 1) return new InThread(options, undefined);
  const entry = workerEntry();
  if ('reason' in entry) return new InThread(options, entry.reason);
  return new WorkerPool(jobs, entry, options);
}

/** Extraction in the calling thread. */
class InThread implements ExtractorPool {
  readonly jobs = 1;
  constructor(
    private readonly options: ExtractOptions,
    readonly fallback: string | undefined,
  ) {}

  async extract(documents: Pick<SourceDocument, 'id' | 'text'>[]): Promise<ExtractResult[]> {
    return documents.map((document) => extractDocument(document, this.options));
  }

  async close(): Promise<void> {}
}

/** A worker script: a file, or (from sources) a line of code that loads the TypeScript worker through tsx. */
type Entry = URL | { code: string };

function workerEntry(): Entry | { reason: string } {
  const here = import.meta.url;
  // Bundled: dist/cli.js sits next to dist/extract-worker.js.
  const bundled = new URL('./extract-worker.js', here);
  if (!here.endsWith('.ts') && existsSync(fileURLToPath(bundled))) return bundled;
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

class WorkerPool implements ExtractorPool {
  fallback: string | undefined;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private readonly inThread: InThread;
  private nextTask = 0;
  private alive: number;

  constructor(
    readonly jobs: number,
    entry: Entry,
    private readonly options: ExtractOptions,
  ) {
    this.inThread = new InThread(options, undefined);
    this.alive = jobs;
    for (let i = 0; i < jobs; i++) {
      const worker = entry instanceof URL ? new Worker(entry) : new Worker(entry.code, { eval: true });
      worker.on('message', (reply: ExtractReply) => this.done(worker, reply));
      worker.on('error', (error) => this.lost(worker, `worker failed: ${error.message}`));
      worker.on('exit', (code) => this.lost(worker, `worker exited with code ${code}`));
      this.idle.push(worker);
    }
  }

  extract(documents: Pick<SourceDocument, 'id' | 'text'>[]): Promise<ExtractResult[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { task: this.nextTask++, documents, options: this.options }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.alive = 0;
    await Promise.all(workers.map((worker) => worker.removeAllListeners().terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      if (this.alive === 0) {
        // Every worker is gone: finish the work here rather than leave the build waiting.
        const task = this.queue.shift()!;
        this.inThread.extract(task.request.documents).then(task.resolve, task.reject);
        continue;
      }
      const worker = this.idle.pop();
      if (!worker) return;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.postMessage(task.request);
    }
  }

  private done(worker: Worker, reply: ExtractReply): void {
    const task = this.busy.get(worker);
    if (!task || task.request.task !== reply.task) return;
    this.busy.delete(worker);
    this.idle.push(worker);
    // Shingles arrive as a plain Uint32Array view over the transferred buffer: nothing to convert.
    task.resolve(reply.results);
    this.dispatch();
  }

  private lost(worker: Worker, reason: string): void {
    if (!this.busy.has(worker) && !this.idle.includes(worker)) return;
    this.fallback ??= `${reason}; its documents were extracted in the main thread`;
    this.alive--;
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    worker.removeAllListeners();
    void worker.terminate();
    if (task) this.queue.unshift(task);
    this.dispatch();
  }
}
