/**
 * One measurement of `npm run bench`, run in a process of its own so its peak memory is its own. scripts/bench.ts
 * bundles this file the way scripts/build.mjs bundles the CLI (next to a bundled extract-worker.js), so what is
 * timed is the code users run, not TypeScript compiled on the fly.
 *
 *   node bench-child.js build   <corpus> <out> <jobs> <cache:0|1>   comention build, as buildCorpus
 *   node bench-child.js extract <corpus>                            extraction alone, one core, texts in memory
 *   node bench-child.js naive   <corpus>                            compromise nlp(text) + people/orgs/places
 *
 * Prints one JSON line: seconds, bytes, documents, peak RSS (MB), and what the mode adds.
 */
import nlp from 'compromise';
import { buildCorpus } from '../src/build.js';
import { listCorpus, readCorpusFile } from '../src/corpus/read.js';
import { extract } from '../src/extract/index.js';
import type { SourceDocument } from '../src/types.js';

const [mode, corpus, out, jobs, cache] = process.argv.slice(2);
if (!mode || !corpus) throw new Error('usage: bench-child.js build|extract|naive <corpus> [out jobs cache]');

const peakMb = () => process.resourceUsage().maxRSS / 1024;
/** CPU time of the whole process, worker threads included: over wall time, how many cores it kept busy. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

async function readAll(): Promise<SourceDocument[]> {
  const listing = await listCorpus([corpus!]);
  const documents: SourceDocument[] = [];
  for (const file of listing.files) documents.push(...(await readCorpusFile(file)).documents);
  return documents;
}

if (mode === 'build') {
  // Memory while documents stream, sampled as each file completes: the part that must not grow with the corpus.
  let extractionPeak = 0;
  // What extraction keeps once every document is in: the heap after a full collection (node --expose-gc).
  let retainedMb: number | undefined;
  const collect = (globalThis as { gc?: () => void }).gc;
  const summary = await buildCorpus([corpus], {
    out: out!,
    jobs: Number(jobs),
    cache: cache === '1',
    onProgress: ({ files, totalFiles }) => {
      extractionPeak = Math.max(extractionPeak, process.memoryUsage.rss());
      if (files === totalFiles && collect) {
        collect();
        retainedMb = process.memoryUsage().heapUsed / 1048576;
      }
    },
  });
  console.log(
    JSON.stringify({
      seconds: summary.seconds,
      bytes: summary.bytes,
      documents: summary.documents,
      peakMb: peakMb(),
      cpuSeconds: cpuSeconds(),
      extractionPeakMb: extractionPeak / 1048576,
      retainedMb,
      extracted: summary.extracted,
      unread: summary.unread,
      jobs: summary.jobs,
      fallback: summary.jobsFallback,
      timings: summary.timings,
      entities: summary.entities,
      edges: summary.edges,
      mentions: summary.mentions,
    }),
  );
} else if (mode === 'extract' || mode === 'naive') {
  const documents = await readAll();
  const bytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  let mentions = 0;
  for (const document of documents) {
    if (mode === 'extract') {
      mentions += extract(document).mentions.length;
    } else {
      const doc = nlp(document.text);
      mentions += doc.people().out('array').length + doc.organizations().out('array').length + doc.places().out('array').length;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  // One thread: its CPU time is what the loop would take on a core of its own, however busy the machine is.
  const loopCpuSeconds = cpuSeconds() - cpuStarted;
  console.log(JSON.stringify({ seconds, loopCpuSeconds, bytes, documents: documents.length, peakMb: peakMb(), cpuSeconds: cpuSeconds(), mentions }));
} else {
  throw new Error(`bench-child: unknown mode "${mode}" (build, extract or naive)`);
}
