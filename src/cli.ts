/**
 * The command line: parses arguments, calls the library, prints. Every error reaches the user as one line
 * (`comention: …`) and exit code 1; `--verbose` adds the stack.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import cliProgress from 'cli-progress';
import Graph from 'graphology';
import type { BuildSummary } from './build.js';
import type { GraphFilter } from './export/index.js';
import { ENTITY_TYPES, OVERRIDES_FILE, WINDOWS, type CoMentionGraph, type CoMentionWindow, type DocumentRecord, type EntityType, type OverrideRule } from './types.js';
import { TOOL_VERSION } from './version.js';

// The stages load lazily: `comention --help` should not wait for the extractor's lexicons to be built.
const DEFAULT_PORT = 5180;
const loadBuild = () => import('./build.js');
const loadExport = () => import('./export/index.js');
const loadResolve = () => import('./resolve/index.js');
const loadServer = () => import('./server/index.js');

/** A mistake in how the command was called: printed as one line with a hint, exit code 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const HELP: Record<string, string> = {
  main: `comention ${TOOL_VERSION}: a graph of who is mentioned with whom in a folder of news articles

Usage:
  comention build <folder|files…> --out <dir>   extract people, organisations and countries; write the graph
  comention serve <dir>                         explore a built graph in the browser
  comention export <dir> --format <format>      write the graph as graphml, gexf, json or csv, with filters
  comention merge <corpus> <from> <into>        curation rules, kept in <corpus>/${OVERRIDES_FILE}
  comention rename <corpus> <entity> <label>      and applied by every build: entities are node keys
  comention retype <corpus> <entity> <type>       (person:vladimir-putin) or type:name
  comention ignore <corpus> <entity>
  comention split <corpus> <entity> <alias>

Run "comention <command> --help" for a command's options.

Quick start:
  comention build corpus --out out/demo --serve`,
  build: `Usage: comention build <folder|files…> --out <dir> [options]

Reads .txt, .md, .html and .jsonl files (folders recursively) and writes to <dir>:
  graph.json      graphology serialisation (nodes: entities; edges: co-mentions with weights and evidence)
  graph.graphml   the same graph for Gephi, networkx, igraph
  mentions.jsonl  every mention: {doc, start, end, text, entity, type}
  documents.json  documents with titles, dates, sentence and paragraph boundaries, near-duplicates

Options:
  --out <dir>            output folder (default: out)
  --window <w>           co-mention window: sentence (default), paragraph or document
  --keep-duplicates      count syndicated near-copies of a story in weights (default: counted once)
  --overrides <file>     curation rules (default: <corpus>/${OVERRIDES_FILE} when it exists)
  --max-file-size <MB>   skip larger files with a warning (default: 64)
  --jobs <n>             extraction threads (default: one per core but one, at most one per MB of text, up to 8)
  --no-cache             re-extract every document (default: reuse <dir>/.cache for unchanged ones)
  --top <n>              graph.json keeps the n most mentioned entities (graph.full.json keeps all)
  --min-weight <n>       graph.json keeps edges seen in at least n windows
  --site <dir>           also write the explorer with this graph built in: a folder that opens with no server
  --serve                serve the explorer once built (with --port, --host)
  --quiet                no progress bar or warnings, just the summary line
  --verbose              stack traces on errors`,
  serve: `Usage: comention serve <dir> [--port N] [--host 127.0.0.1]

Serves the explorer over a folder written by "comention build", and prints its URL.
  --port <n>      port (default: 5180; 0 picks a free one)
  --host <host>   interface to listen on (default: 127.0.0.1, this machine only)
  --overrides <file>  where the explorer's merges, renames and hides are saved
                      (default: the corpus's ${OVERRIDES_FILE})`,
  export: `Usage: comention export <dir> --format graphml|gexf|json|csv [filters] [--out <file>]

Writes the graph built in <dir> in another format (csv writes <out>.nodes.csv and <out>.edges.csv).
Filters:
  --min-weight <n>       keep edges seen in at least n windows
  --top <n>              keep the n most mentioned entities
  --types <list>         person,organization,country
  --from <date> --to <date>  keep evidence from documents dated in the range
  --ego <entity> [--hops n]  the neighbourhood of one entity (1 hop by default)
  --full                 start from the whole graph of a build pruned with --top or --min-weight`,
  curation: `Usage:
  comention merge <corpus> <from> <into>
  comention rename <corpus> <entity> <label>
  comention retype <corpus> <entity> <person|organization|country>
  comention ignore <corpus> <entity>
  comention split <corpus> <entity> <alias>

Adds a rule to <corpus>/${OVERRIDES_FILE}; the next build applies it. Entities are node keys as in
graph.json (person:vladimir-putin) or type:name (person:Vladimir Putin).`,
};

const common = { help: { type: 'boolean', short: 'h' }, verbose: { type: 'boolean' } } as const;

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...common, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^Unknown option/, 'unknown option'));
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP.main);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    console.log(TOOL_VERSION);
    return 0;
  }
  switch (command) {
    case 'build':
      return buildCommand(rest);
    case 'serve':
      return serveCommand(rest);
    case 'export':
      return exportCommand(rest);
    case 'merge':
    case 'rename':
    case 'retype':
    case 'ignore':
    case 'split':
      return curationCommand(command, rest);
    default:
      throw new UsageError(`unknown command "${command}" (run "comention --help" for the list)`);
  }
}

async function buildCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string', short: 'o' },
    window: { type: 'string' },
    'keep-duplicates': { type: 'boolean' },
    overrides: { type: 'string' },
    'max-file-size': { type: 'string' },
    serve: { type: 'boolean' },
    port: { type: 'string' },
    host: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    jobs: { type: 'string', short: 'j' },
    'no-cache': { type: 'boolean' },
    top: { type: 'string' },
    'min-weight': { type: 'string' },
    site: { type: 'string' },
  });
  if (values.help) return printHelp('build');
  if (positionals.length === 0) throw new UsageError('build needs a corpus folder or files (e.g. "comention build corpus --out out/demo")');
  const window = parseWindow(values.window);
  const maxFileMb = values['max-file-size'] !== undefined ? parsePositive(values['max-file-size'], '--max-file-size') : undefined;
  const quiet = values.quiet === true;
  const bar = !quiet && process.stderr.isTTY ? new cliProgress.SingleBar({
    format: 'extracting {bar} {percentage}% | {value}/{total} files | {speed} KB/s{phase}',
    hideCursor: true,
    clearOnComplete: true,
    stream: process.stderr,
  }, cliProgress.Presets.shades_classic) : undefined;
  const started = performance.now();
  const { buildCorpus } = await loadBuild();
  let summary: BuildSummary;
  try {
    summary = await buildCorpus(positionals, {
      out: values.out ?? 'out',
      window,
      keepDuplicates: values['keep-duplicates'] === true,
      ...(values.overrides !== undefined ? { overridesPath: values.overrides } : {}),
      ...(maxFileMb !== undefined ? { maxFileBytes: maxFileMb * 1024 * 1024 } : {}),
      ...(values.jobs !== undefined ? { jobs: parsePositive(values.jobs, '--jobs') } : {}),
      ...(values['no-cache'] ? { cache: false } : {}),
      ...(values.top !== undefined ? { top: parsePositive(values.top, '--top') } : {}),
      ...(values['min-weight'] !== undefined ? { minWeight: parsePositive(values['min-weight'], '--min-weight') } : {}),
      onProgress: ({ files, totalFiles, bytes }) => {
        if (!bar) return;
        const speed = Math.round(bytes / 1024 / Math.max(0.001, (performance.now() - started) / 1000));
        if (files === 1) bar.start(totalFiles, 0, { speed, phase: '' });
        // After the last file, resolution, metrics and layout run with no files to count: say so.
        bar.update(files, { speed, phase: files === totalFiles ? ' | linking entities, laying out…' : '' });
      },
      onWarning: (warning) => {
        if (quiet) return;
        const where = warning.line !== undefined ? `${warning.path}:${warning.line}` : warning.path;
        const line = `comention: warning: ${where}: ${warning.message}`;
        if (bar?.isActive) process.stderr.write('\r\x1b[K'); // clear the bar's line; it redraws on the next file
        console.error(line);
      },
    });
  } finally {
    bar?.stop();
  }
  console.log(summaryLine(summary));
  if (!quiet && summary.jobsFallback) console.error(`comention: note: extraction threads: ${summary.jobsFallback}`);
  if (!quiet) for (const [copy, original] of summary.duplicates) console.log(`  near-duplicate: ${copy} copies ${original}${values['keep-duplicates'] ? '' : ' (counted once)'}`);
  if (summary.pruned) console.log(`  graph.json shows ${summary.pruned.entities} entities and ${summary.pruned.edges} edges; graph.full.json has them all`);
  if (values.site !== undefined) console.log(`  site: ${displayPath(await (await loadServer()).writeSite(summary.out, values.site))} (opens with no server)`);
  if (values.serve) return startServer(summary.out, values.port, values.host, summary.overridesPath);
  return 0;
}

export function summaryLine(s: BuildSummary): string {
  const kb = s.bytes / 1024;
  return (
    `built ${s.documents} documents (${kb < 1024 ? `${kb.toFixed(0)} KB` : `${(kb / 1024).toFixed(1)} MB`}), ${s.mentions} mentions, ` +
    `${s.entities} entities, ${s.edges} edges` +
    `${s.duplicates.length ? `, ${s.duplicates.length} near-duplicates` : ''}${s.warnings ? `, ${s.warnings} warnings` : ''}` +
    `${s.extracted < s.documents ? `, ${s.documents - s.extracted} documents from cache` : ''}` +
    ` in ${s.seconds.toFixed(1)} s → ${displayPath(s.out)}`
  );
}

/** A path as the user would type it: relative below the working folder, absolute elsewhere. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

async function serveCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { port: { type: 'string' }, host: { type: 'string' }, overrides: { type: 'string' } });
  if (values.help) return printHelp('serve');
  const dir = positionals[0] ?? 'out';
  const overridesPath = values.overrides ?? (await buildInfo(dir)).overridesPath;
  return startServer(dir, values.port, values.host, overridesPath);
}

async function startServer(dir: string, port: string | undefined, host: string | undefined, overridesPath: string | undefined): Promise<number> {
  const { serve } = await loadServer();
  const options = { ...(host !== undefined ? { host } : {}), ...(overridesPath !== undefined ? { overridesPath } : {}) };
  const inUse = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  const server = await serve(dir, { ...options, port: port !== undefined ? parsePort(port) : DEFAULT_PORT }).catch(async (error: unknown) => {
    if (!inUse(error)) throw error;
    // The default port taken (a second explorer running): any free port will do. A port the user asked for is theirs to change.
    if (port === undefined) return serve(dir, { ...options, port: 0 });
    throw new UsageError(`port ${port} is in use: pick another with --port N (0 picks a free one)`);
  });
  console.log(`explorer: ${server.url}   (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve, resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** What build.json says about where a graph came from (corpus root, overrides file). */
async function buildInfo(dir: string): Promise<{ corpusRoot?: string; overridesPath?: string }> {
  const graphPath = join(dir, 'graph.json');
  try {
    await readFile(graphPath);
  } catch {
    throw new UsageError(`"${dir}" has no graph.json: build one first ("comention build <corpus> --out ${dir}")`);
  }
  try {
    return JSON.parse(await readFile(join(dir, 'build.json'), 'utf8')) as { corpusRoot?: string; overridesPath?: string };
  } catch {
    return {};
  }
}

async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    'min-weight': { type: 'string' },
    top: { type: 'string' },
    types: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    ego: { type: 'string' },
    hops: { type: 'string' },
    full: { type: 'boolean' },
  });
  if (values.help) return printHelp('export');
  const dir = positionals[0];
  if (dir === undefined) throw new UsageError('export needs the folder of a built graph (e.g. "comention export out/demo --format gexf")');
  const format = values.format ?? 'graphml';
  if (!['graphml', 'gexf', 'json', 'csv'].includes(format)) throw new UsageError(`unknown format "${format}" (graphml, gexf, json or csv)`);
  await buildInfo(dir);
  // A build pruned with --top/--min-weight keeps the whole graph in graph.full.json; --full exports that one.
  const graphFile = values.full ? 'graph.full.json' : 'graph.json';
  const graphJson = await readFile(join(dir, graphFile), 'utf8').catch(() => {
    throw new UsageError(`"${dir}" has no ${graphFile}${values.full ? ' (the build was not pruned: export without --full)' : ''}`);
  });
  const graph = Graph.from(JSON.parse(graphJson)) as CoMentionGraph;
  const documents = JSON.parse(await readFile(join(dir, 'documents.json'), 'utf8').catch(() => '[]')) as DocumentRecord[];
  const filter: GraphFilter = {
    ...(values['min-weight'] !== undefined ? { minWeight: parsePositive(values['min-weight'], '--min-weight') } : {}),
    ...(values.top !== undefined ? { top: parsePositive(values.top, '--top') } : {}),
    ...(values.types !== undefined ? { types: parseTypes(values.types) } : {}),
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values.to !== undefined ? { to: values.to } : {}),
    ...(values.ego !== undefined ? { ego: entityArgument(values.ego, (await loadResolve()).entityKey) } : {}),
    ...(values.hops !== undefined ? { hops: parsePositive(values.hops, '--hops') } : {}),
  };
  const { filterGraph, toCSV, toGEXF, toGraphJSON, toGraphML } = await loadExport();
  if (filter.ego !== undefined && !graph.hasNode(filter.ego)) throw new UsageError(`no entity "${filter.ego}" in ${dir}/graph.json`);
  const view = Object.keys(filter).length ? filterGraph(graph, filter, documents) : graph;
  const out = values.out ?? join(dir, `export.${format === 'json' ? 'json' : format}`);
  await mkdir(dirname(resolvePath(out)), { recursive: true });
  if (format === 'csv') {
    const { nodes, edges } = toCSV(view);
    const stem = out.replace(/\.csv$/i, '');
    await writeFile(`${stem}.nodes.csv`, nodes);
    await writeFile(`${stem}.edges.csv`, edges);
    console.log(`exported ${view.order} entities, ${view.size} edges → ${stem}.nodes.csv, ${stem}.edges.csv`);
    return 0;
  }
  const body = format === 'graphml' ? toGraphML(view) : format === 'gexf' ? toGEXF(view) : JSON.stringify(toGraphJSON(view));
  await writeFile(out, body);
  console.log(`exported ${view.order} entities, ${view.size} edges → ${out}`);
  return 0;
}

async function curationCommand(op: OverrideRule['op'], args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (values.help) return printHelp('curation');
  const arity = op === 'ignore' ? 2 : 3;
  if (positionals.length !== arity) throw new UsageError(`${op} takes ${arity} arguments (run "comention ${op} --help")`);
  const [corpus, entityText, value] = positionals as [string, string, string];
  const { addOverrideRule, emptyOverrides, entityKey } = await loadResolve();
  const { readOverrides } = await loadBuild();
  const entity = entityArgument(entityText, entityKey);
  const rule: OverrideRule =
    op === 'merge' ? { op, from: entity, into: entityArgument(value, entityKey) }
    : op === 'rename' ? { op, entity, label: value }
    : op === 'retype' ? { op, entity, type: parseTypes(value)[0]! }
    : op === 'split' ? { op, entity, alias: value }
    : { op: 'ignore', entity };
  const path = corpus.endsWith('.json') ? corpus : join(corpus, OVERRIDES_FILE);
  const overrides = addOverrideRule((await readOverrides(path)) ?? emptyOverrides(), rule);
  await writeFile(path, JSON.stringify(overrides, null, 2) + '\n');
  console.log(`added ${JSON.stringify(rule)} to ${path} (${overrides.rules.length} rules); rebuild to apply`);
  return 0;
}

/** `person:vladimir-putin` stays as is; `person:Vladimir Putin` becomes the key the builder would give it. */
function entityArgument(text: string, entityKey: (type: EntityType, name: string) => string): string {
  const colon = text.indexOf(':');
  const type = text.slice(0, colon) as EntityType;
  if (colon < 0 || !ENTITY_TYPES.includes(type)) {
    throw new UsageError(`"${text}" is not an entity: write it as type:name, e.g. "person:Vladimir Putin" or a node key from graph.json`);
  }
  return entityKey(type, text.slice(colon + 1));
}

function parseWindow(value: string | undefined): CoMentionWindow {
  if (value === undefined) return 'sentence';
  if (!(WINDOWS as readonly string[]).includes(value)) throw new UsageError(`unknown window "${value}" (sentence, paragraph or document)`);
  return value as CoMentionWindow;
}

function parseTypes(value: string): EntityType[] {
  const types = value.split(',').map((t) => t.trim().toLowerCase().replace(/^organisation$/, 'organization'));
  for (const t of types) if (!(ENTITY_TYPES as readonly string[]).includes(t)) throw new UsageError(`unknown type "${t}" (person, organization or country)`);
  return types as EntityType[];
}

function parsePositive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} wants a positive number, not "${value}"`);
  return n;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port wants a port number (0–65535), not "${value}"`);
  return n;
}

function printHelp(topic: keyof typeof HELP): number {
  console.log(HELP[topic]);
  return 0;
}

/** Entry point of the program (bin/comention.js calls it). */
export async function run(argv = process.argv.slice(2)): Promise<void> {
  const verbose = argv.includes('--verbose');
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`comention: ${message}`);
    if (verbose && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  }
}
