/**
 * Worker thread of `comention build --jobs N`: extracts the documents it is sent and posts back what the build keeps.
 * Bundled to dist/extract-worker.js; started from sources under tsx by src/workers/pool.ts.
 */
import { parentPort } from 'node:worker_threads';
import { extractDocument, type ExtractReply, type ExtractRequest } from './extract-one.js';

if (!parentPort) throw new Error('extract-worker: run as a worker thread (src/workers/pool.ts starts it), not as a program');
const port = parentPort;

port.on('message', (request: ExtractRequest) => {
  const results = request.documents.map((document) => extractDocument(document, request.options, request.window));
  // Typed arrays move to the main thread instead of being copied.
  const transfer = results.flatMap((result) =>
    'shingles' in result ? [result.shingles.buffer, result.signature.buffer, ...('data' in result.analysis ? [result.analysis.data.buffer] : [])] : [],
  ) as ArrayBuffer[];
  port.postMessage({ task: request.task, results } satisfies ExtractReply, transfer);
});
