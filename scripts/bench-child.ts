/**
 * One measurement of `npm run bench`, run in a process of its own so its peak memory is its own. scripts/bench.ts
 * bundles this file the way scripts/build.mjs bundles the CLI (next to a bundled extract-worker.js), so what is
 * timed is the code users run, not TypeScript compiled on the fly.
 *
 *   node bench-child.js build   <corpus> <out> <jobs> <cache:0|1>   comention build, as buildCorpus
 *   node bench-child.js extract <corpus> [k/n]                      extraction alone, one core, texts in memory
 *                                                                    (k/n: only every n-th document from the k-th)
 *   node bench-child.js naive   <corpus>                            compromise nlp(text) + people/orgs/places
 *
 * Prints one JSON line: seconds, bytes, documents, peak RSS (MB), and what the mode adds.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * CPU seconds of each thread of this process by thread id (Linux; empty elsewhere): how the extraction threads
 * shared the work, which process-wide CPU time cannot tell when the machine is busy with other programs.
 */
function threadCpu(): Map<string, { name: string; seconds: number }> {
  const threads = new Map<string, { name: string; seconds: number }>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      // After the name: state, ppid, … utime and stime are the 12th and 13th fields, in clock ticks (100 a second).
      const fields = stat.slice(close + 2).split(' ');
      threads.set(tid, { name: tid === String(process.pid) ? 'main' : stat.slice(stat.indexOf('(') + 1, close), seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
    }
  } catch {
    // Not Linux: no per-thread figures.
  }
  return threads;
}

async function readAll(): Promise<SourceDocument[]> {
  const listing = await listCorpus([corpus!]);
  const documents: SourceDocument[] = [];
  for (const file of listing.files) documents.push(...(await readCorpusFile(file)).documents);
  return documents;
}

if (mode === 'build') {
  // Memory while documents stream, sampled as files complete: the part that must not grow with the corpus. At most
  // every 20 ms: reading RSS costs a quarter of a millisecond, half a second of the main thread over 2,000 files.
  let extractionPeak = 0;
  let sampledAt = 0;
  // What extraction keeps once every document is in: the heap after a full collection (node --expose-gc).
  let retainedMb: number | undefined;
  let retainedBuffersMb: number | undefined;
  const collect = (globalThis as { gc?: () => void }).gc;
  // Threads that used a tenth of a second or more while documents were extracted, busiest first.
  const threadsBefore = threadCpu();
  let extractionThreads: { name: string; seconds: number }[] = [];
  const summary = await buildCorpus([corpus], {
    out: out!,
    jobs: Number(jobs),
    cache: cache === '1',
    onProgress: ({ files, totalFiles }) => {
      if (performance.now() - sampledAt >= 20 || files === totalFiles) {
        extractionPeak = Math.max(extractionPeak, process.memoryUsage.rss());
        sampledAt = performance.now();
      }
      if (files === totalFiles) {
        extractionThreads = [...threadCpu()]
          .map(([tid, { name, seconds }]) => ({ name, seconds: seconds - (threadsBefore.get(tid)?.seconds ?? 0) }))
          .filter((thread) => thread.seconds >= 0.1)
          .sort((a, b) => b.seconds - a.seconds);
      }
      if (files === totalFiles && collect) {
        collect();
        retainedMb = process.memoryUsage().heapUsed / 1048576;
        // Typed arrays' contents (shingles, signatures, packed analyses) live outside the heap.
        retainedBuffersMb = process.memoryUsage().arrayBuffers / 1048576;
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
      retainedBuffersMb,
      extracted: summary.extracted,
      unread: summary.unread,
      jobs: summary.jobs,
      fallback: summary.jobsFallback,
      timings: summary.timings,
      extractionThreads,
      entities: summary.entities,
      edges: summary.edges,
      mentions: summary.mentions,
    }),
  );
} else if (mode === 'extract' || mode === 'naive') {
  // A share of the corpus ("0/2": every other document from the first), for two processes splitting it between them.
  const [part, parts] = (out ?? '0/1').split('/').map(Number) as [number, number];
  const documents = (await readAll()).filter((_, index) => index % parts === part);
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
