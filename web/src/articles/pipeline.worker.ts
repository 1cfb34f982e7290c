/**
 * The pipeline worker: extraction (compromise, country data, lexicons) is heavy, so it runs here, off the page's
 * thread, and is only fetched when someone brings in articles.
 *
 * The same script doubles as the page-thread fallback: loaded by a plain <script> where workers are refused, it
 * leaves `runPipeline` on the page instead of listening for messages. One bundle serves both, so a page opened
 * from file:// (which can load neither chunks nor workers from disk) needs only this one script inlined.
 */
import { runPipeline, type PipelineRequest } from './run.js';
import type { WorkerReply } from './client.js';
import { PAGE_GLOBAL } from './names.js';

if (typeof document === 'undefined') {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const reply = (message: WorkerReply) => scope.postMessage(message);
  scope.onmessage = (event: MessageEvent<PipelineRequest>) => {
    try {
      reply({ kind: 'done', output: runPipeline(event.data, (step) => reply({ kind: 'progress', step })) });
    } catch (error) {
      reply({ kind: 'error', name: (error as Error).name, message: (error as Error).message });
    }
  };
} else {
  (globalThis as unknown as Record<string, unknown>)[PAGE_GLOBAL] = runPipeline;
}
