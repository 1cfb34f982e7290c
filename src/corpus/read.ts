/**
 * Reading a corpus from disk (Node only): folders are walked recursively, files decoded and parsed.
 * Problems with single files become warnings; only a path that does not exist stops the build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { decodeText, isSupported, parseFile, type ParseResult } from './parse.js';
import type { InputWarning, SourceDocument } from '../types.js';

/** A corpus path the user gave does not exist or cannot be read. */
export class CorpusNotFoundError extends Error {
  constructor(
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(`corpus: "${path}" does not exist (give a folder of .txt, .md, .html or .jsonl files)`, options);
    this.name = 'CorpusNotFoundError';
  }
}

export interface CorpusFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the corpus root, `/` separators: what documents and mentions are named by. */
  path: string;
  size: number;
  /** Modification time when listed, before the file is read (see src/cache/files.ts). */
  mtimeMs: number;
}

export interface CorpusListing {
  /** The folder document paths are relative to. */
  root: string;
  files: CorpusFile[];
  warnings: InputWarning[];
}

/**
 * A CorpusFile made by a class rather than an object literal: once the extractor's modules are loaded, V8 keeps
 * literals of this shape as hash tables (600 bytes each instead of 50: 6 MB for 10,000 files), while instances of
 * a class keep a layout of their own.
 */
class ListedFile implements CorpusFile {
  constructor(
    readonly absolute: string,
    readonly path: string,
    readonly size: number,
    readonly mtimeMs: number,
  ) {}
}

/** Files larger than this are skipped with a warning (a corpus is articles, not dumps): raise with maxFileBytes. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Lists the supported files under the given folders and files, sorted so builds are reproducible. The root is the
 * folder given (or the folder of a single file, or the common parent of several).
 */
export async function listCorpus(inputs: string[], options: { maxFileBytes?: number } = {}): Promise<CorpusListing> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const absolutes = inputs.map((input) => resolve(input));
  const stats = await Promise.all(
    absolutes.map((path, i) =>
      stat(path).catch((cause: unknown) => {
        throw new CorpusNotFoundError(inputs[i]!, { cause });
      }),
    ),
  );
  const root =
    absolutes.length === 1 ? (stats[0]!.isDirectory() ? absolutes[0]! : dirname(absolutes[0]!)) : commonParent(absolutes);
  const files: CorpusFile[] = [];
  const warnings: InputWarning[] = [];
  // Blocking calls: a promise per stat costs ten times the stat, half a second of the build for 10,000 files.
  // Paths under the root are the root's path and what follows it: cut off, not worked out by relative(), which
  // costs as much as the stat of the file on 10,000 files.
  const under = root.endsWith(sep) ? root : root + sep;
  const visit = (absolute: string, isDirectory: boolean): void => {
    if (isDirectory) {
      for (const entry of readdirSync(absolute, { withFileTypes: true })) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        // A name from readdir has no separator, "." or "..": joined to a resolved folder, the path is resolved too.
        visit(absolute.endsWith(sep) ? absolute + entry.name : absolute + sep + entry.name, entry.isDirectory());
      }
      return;
    }
    const local = absolute.startsWith(under) ? absolute.slice(under.length) : relative(root, absolute);
    const path = (sep === '/' ? local : local.split(sep).join('/')) || basename(absolute);
    if (!isSupported(path) || basename(path).startsWith('comention.')) return;
    const { size, mtimeMs } = statSync(absolute);
    if (size > maxFileBytes) {
      warnings.push({ path, message: `file is ${(size / 1048576).toFixed(0)} MB, over the ${(maxFileBytes / 1048576).toFixed(0)} MB limit (skipped; raise it with --max-file-size)` });
      return;
    }
    files.push(new ListedFile(absolute, path, size, mtimeMs));
  };
  for (let i = 0; i < absolutes.length; i++) visit(absolutes[i]!, stats[i]!.isDirectory());
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const unique = files.filter((file, i) => i === 0 || files[i - 1]!.path !== file.path);
  return { root, files: unique, warnings };
}

function commonParent(paths: string[]): string {
  const parts = paths.map((p) => dirname(p).split(sep));
  const first = parts[0]!;
  let n = first.length;
  for (const p of parts) {
    let i = 0;
    while (i < n && p[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

/** Reads and parses one file; unreadable, binary, non-UTF-8 and empty files come back as warnings. */
export async function readCorpusFile(file: CorpusFile): Promise<ParseResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.absolute);
  } catch (error) {
    return cannotRead(file, error);
  }
  return parseBytes(file, bytes);
}

/**
 * readCorpusFile, blocking: for a thread that is busy anyway (the build's main thread extracts too), where a
 * promise-based read of a small file costs ten times the CPU of the read itself, in several turns of the event loop.
 */
export function readCorpusFileSync(file: CorpusFile): ParseResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.absolute);
  } catch (error) {
    return cannotRead(file, error);
  }
  return parseBytes(file, bytes);
}

function cannotRead(file: CorpusFile, error: unknown): ParseResult {
  return { documents: [], warnings: [{ path: file.path, message: `cannot read: ${(error as Error).message} (skipped)` }] };
}

function parseBytes(file: CorpusFile, bytes: Uint8Array): ParseResult {
  if (bytes.length === 0) return { documents: [], warnings: [{ path: file.path, message: 'empty file (skipped)' }] };
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { documents: [], warnings: [{ path: file.path, message: `${decoded.error} (skipped)` }] };
  return parseFile(file.path, decoded.text);
}

/** Streams the documents of a listing, one file at a time, so memory does not grow with the corpus. */
export async function* readDocuments(
  listing: CorpusListing,
  onWarning: (warning: InputWarning) => void,
): AsyncGenerator<{ file: CorpusFile; documents: SourceDocument[] }> {
  for (const file of listing.files) {
    const { documents, warnings } = await readCorpusFile(file);
    warnings.forEach(onWarning);
    yield { file, documents };
  }
}
