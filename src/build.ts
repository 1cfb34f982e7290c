/**
 * `comention build`, as a function (Node only): read the corpus from disk, run the pipeline, write the output
 * folder. The command line only parses arguments and prints what this returns.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve as resolvePath } from 'node:path';
import { listCorpus, readCorpusFile } from './corpus/read.js';
import { extract } from './extract/index.js';
import { toGraphJSON, toGraphML, toMentionsJsonl } from './export/index.js';
import { buildFromAnalyses, type AnalysedDocument } from './pipeline.js';
import { parseOverrides } from './resolve/index.js';
import type { CoMentionWindow, InputWarning, Overrides } from './types.js';

/** Name of the curation file kept beside the corpus and applied by every build. */
export const OVERRIDES_FILE = 'comention.overrides.json';

export interface BuildOptions {
  out: string;
  window?: CoMentionWindow;
  keepDuplicates?: boolean;
  /** Overrides file; default `<corpus folder>/comention.overrides.json` when it exists. */
  overridesPath?: string;
  maxFileBytes?: number;
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
  entities: number;
  edges: number;
  warnings: number;
  /** Pairs [copy, original] of near-duplicate documents. */
  duplicates: [string, string][];
  bytes: number;
  seconds: number;
}

export async function buildCorpus(inputs: string[], options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  let warningCount = 0;
  const warn = (warning: InputWarning) => {
    warningCount++;
    options.onWarning?.(warning);
  };
  const listing = await listCorpus(inputs, options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {});
  listing.warnings.forEach(warn);
  const overridesPath = resolvePath(options.overridesPath ?? join(listing.root, OVERRIDES_FILE));
  const overrides = await readOverrides(overridesPath);

  const totalBytes = listing.files.reduce((sum, file) => sum + file.size, 0);
  const analysed: AnalysedDocument[] = [];
  let bytes = 0;
  for (const [index, file] of listing.files.entries()) {
    const { documents, warnings } = await readCorpusFile(file);
    warnings.forEach(warn);
    for (const source of documents) analysed.push({ source, analysis: extract(source) });
    bytes += file.size;
    options.onProgress?.({ files: index + 1, totalFiles: listing.files.length, bytes, totalBytes });
  }
  if (analysed.length === 0) warn({ path: relative(process.cwd(), listing.root) || '.', message: 'no readable documents found (.txt, .md, .html, .jsonl)' });

  const result = buildFromAnalyses(analysed, {
    ...(options.window ? { window: options.window } : {}),
    ...(options.keepDuplicates ? { keepDuplicates: true } : {}),
    ...(overrides ? { overrides } : {}),
    corpus: basename(listing.root),
  });
  result.graph.setAttribute('createdAt', new Date().toISOString());

  const out = resolvePath(options.out);
  await mkdir(out, { recursive: true });
  await Promise.all([
    writeFile(join(out, 'graph.json'), JSON.stringify(toGraphJSON(result.graph))),
    writeFile(join(out, 'graph.graphml'), toGraphML(result.graph)),
    writeFile(join(out, 'mentions.jsonl'), toMentionsJsonl(result.mentions)),
    writeFile(join(out, 'documents.json'), JSON.stringify(result.documents)),
    writeFile(join(out, 'build.json'), JSON.stringify({ corpusRoot: listing.root, overridesPath }, null, 2)),
  ]);

  return {
    out,
    corpusRoot: listing.root,
    overridesPath,
    files: listing.files.length,
    documents: analysed.length,
    mentions: result.mentions.length,
    entities: result.graph.order,
    edges: result.graph.size,
    warnings: warningCount,
    duplicates: [...result.duplicates],
    bytes,
    seconds: (performance.now() - started) / 1000,
  };
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
