/** Names the page, the pipeline script and `comention build --site` agree on; kept apart so none pulls in the pipeline. */

/** Where the pipeline script leaves `runPipeline` when loaded on the page rather than in a worker. */
export const PAGE_GLOBAL = '__comentionPipeline';

/**
 * `comention build --site` pages have no asset folder next to them: the pipeline script travels inside the page
 * in a `<script type="text/plain">` block of this id, and starts from a blob: URL.
 */
export const INLINE_WORKER_ID = 'comention-pipeline-worker';
