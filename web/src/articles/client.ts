/**
 * The page's side of "bring in articles": hands the files to the pipeline worker and relays its progress. The
 * worker is created only on first use, so the extractor's lexicons never weigh on opening a graph.
 *
 * Where the browser refuses a worker (Chromium blocks workers of pages opened from file://, a strict CSP), the
 * same pipeline runs on the page's thread instead; the page stays busy meanwhile, which the progress line says.
 */
import type { ArticleFile, PipelineOutput, PipelineProgress, PipelineRequest } from './run.js';
import pipelineScriptUrl from './pipeline.worker.ts?worker&url';
import { INLINE_WORKER_ID, PAGE_GLOBAL } from './names.js';
type RunPipeline = typeof import('./run.js').runPipeline;

export type WorkerReply =
  | { kind: 'progress'; step: PipelineProgress }
  | { kind: 'done'; output: PipelineOutput }
  | { kind: 'error'; name: string; message: string };

export type Progress = PipelineProgress & { thread: 'worker' | 'page' };

/** The pipeline itself failed on the articles (not the worker's loading); the message says why. */
export class PipelineError extends Error {
  override name = 'PipelineError';
}

/** The user stopped the build. */
export class BuildCancelledError extends Error {
  override name = 'BuildCancelledError';
}

/** The worker could not start: try the page's thread. */
class WorkerUnavailable extends Error {}

let inlineUrl: string | undefined;

/** The pipeline script's URL: the bundled file next to the page, or a blob of the copy inlined in the page. */
function pipelineScript(): string {
  const inline = document.getElementById(INLINE_WORKER_ID)?.textContent;
  if (!inline) return pipelineScriptUrl;
  inlineUrl ??= URL.createObjectURL(new Blob([inline], { type: 'text/javascript' }));
  return inlineUrl;
}

function createWorker(): Worker {
  return new Worker(pipelineScript());
}

function inWorker(request: PipelineRequest, progress: (step: PipelineProgress) => void, signal?: AbortSignal): Promise<PipelineOutput> {
  return new Promise((done, fail) => {
    let worker: Worker;
    try {
      worker = createWorker();
    } catch (error) {
      fail(new WorkerUnavailable((error as Error).message));
      return;
    }
    let started = false;
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      started = true;
      const reply = event.data;
      if (reply.kind === 'progress') return progress(reply.step);
      worker.terminate();
      if (reply.kind === 'done') done(reply.output);
      else fail(new PipelineError(reply.message));
    };
    // An error before any message means the script never ran (blocked or missing), not a bad article.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      fail(started ? new PipelineError(event.message || 'the pipeline worker stopped') : new WorkerUnavailable(event.message));
    };
    signal?.addEventListener('abort', () => {
      worker.terminate();
      fail(new BuildCancelledError('build cancelled'));
    });
    // Files are copied, not transferred: the caller may retry them on the page's thread.
    worker.postMessage(request);
  });
}

function loadOnPage(): Promise<RunPipeline> {
  const global = globalThis as unknown as Record<string, RunPipeline | undefined>;
  const loaded = global[PAGE_GLOBAL];
  if (loaded) return Promise.resolve(loaded);
  return new Promise((done, fail) => {
    const script = document.createElement('script');
    script.src = pipelineScript();
    script.onload = () => {
      const run = global[PAGE_GLOBAL];
      if (run) done(run);
      else fail(new PipelineError('the pipeline script loaded but did not start; rebuild the explorer'));
    };
    script.onerror = () => fail(new PipelineError('this page cannot load the pipeline script; serve it with `comention serve` instead'));
    document.head.append(script);
  });
}

async function onPage(request: PipelineRequest, progress: (step: PipelineProgress) => void): Promise<PipelineOutput> {
  const runPipeline = await loadOnPage();
  // Give the page a frame to show the progress note before the long synchronous run.
  await new Promise((next) => setTimeout(next, 30));
  try {
    return runPipeline(request, progress);
  } catch (error) {
    throw new PipelineError((error as Error).message);
  }
}

/**
 * Builds a graph from articles, in a worker when the browser allows one. `signal` stops a worker's build; a build
 * on the page's thread cannot be interrupted once it runs.
 */
export async function buildFromArticles(
  files: ArticleFile[],
  window: PipelineRequest['window'],
  onProgress: (step: Progress) => void,
  signal?: AbortSignal,
): Promise<PipelineOutput & { thread: 'worker' | 'page' }> {
  const request: PipelineRequest = { files, window };
  try {
    const output = await inWorker(request, (step) => onProgress({ ...step, thread: 'worker' }), signal);
    return { ...output, thread: 'worker' };
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error;
  }
  if (signal?.aborted) throw new BuildCancelledError('build cancelled');
  onProgress({ stage: 'read', done: 0, total: files.length, thread: 'page' });
  const output = await onPage(request, (step) => onProgress({ ...step, thread: 'page' }));
  return { ...output, thread: 'page' };
}

/** Pasted text → article files: articles are separated by a line of three or more dashes. */
export function pastedArticles(text: string): ArticleFile[] {
  const encoder = new TextEncoder();
  return text
    .split(/^\s*-{3,}\s*$/m)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part, index) => ({ name: `pasted-${index + 1}.txt`, bytes: encoder.encode(part + '\n') }));
}

export const GRAPH_EXTENSIONS = ['.graphml', '.gexf', '.json', '.xml'];

/** Whether a dropped file is a graph to open (as opposed to articles to build a graph from). */
export function isGraphFile(name: string): boolean {
  const lower = name.toLowerCase();
  return GRAPH_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
