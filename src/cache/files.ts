/**
 * Which corpus files are unchanged since the last build, without reading them: path → (size, mtime) and what the
 * build kept of the file's documents (headers, content keys of their cached analyses, evidence windows). A file
 * whose size and mtime both match is not read or hashed; any difference and it is read again.
 *
 * Kept as one JSON file (`<out>/.cache/files.json`) written whole, and only when something changed: it is read
 * once per build and small next to the extraction log (windows are the sentences evidence can quote).
 *
 * Like git's index, a file modified within the same mtime tick as it was looked at could keep its old mtime, so
 * files changed in the last RACY_MS before the build started are not trusted and read again next time.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputWarning, SourceDocument } from '../types.js';

export const FILE_INDEX = 'files.json';
const FORMAT = 'comention-file-index';
const FORMAT_VERSION = 1;
/** Files modified this close to the start of a build may still change within their mtime tick. */
export const RACY_MS = 2000;

export interface IndexedDocument {
  header: Omit<SourceDocument, 'text'>;
  /** Key of the document's entry in the extraction cache. */
  key: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
  windows: { start: number; text: string }[];
}

export interface IndexedFile {
  size: number;
  mtimeMs: number;
  documents: IndexedDocument[];
  warnings: InputWarning[];
}

/**
 * An entry recorded by this build, kept until the index is written. A class: once the extractor is loaded, V8
 * keeps object literals of this shape as 450-byte property dictionaries (4.5 MB over 10,000 files). Fields in the
 * order of IndexedFile, which is the order files.json is written in.
 */
class RecordedFile implements IndexedFile {
  readonly size: number;
  readonly mtimeMs: number;
  readonly documents: IndexedDocument[];
  readonly warnings: InputWarning[];
  constructor(entry: IndexedFile) {
    this.size = entry.size;
    this.mtimeMs = entry.mtimeMs;
    this.documents = entry.documents;
    this.warnings = entry.warnings;
  }
}

interface Stored {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  fingerprint: string;
  files: Record<string, IndexedFile>;
}

/** Unchanged files of the previous build, and the entries this build records for the next one. */
export class FileIndex {
  private readonly next = new Map<string, IndexedFile>();
  private changed = false;
  /** A file was left out of the index (modified just before the build). */
  private leftOut = false;

  private constructor(
    private readonly path: string,
    private readonly fingerprint: string,
    private readonly previous: Map<string, IndexedFile>,
    private readonly startedMs: number,
  ) {}

  /**
   * Reads the index in `dir`; one written under another fingerprint (anything that changes what is kept per
   * document: tool, extractor, window) or unreadable counts as empty.
   */
  static open(dir: string, fingerprint: string, startedMs = Date.now()): FileIndex {
    const path = join(dir, FILE_INDEX);
    let previous = new Map<string, IndexedFile>();
    try {
      const stored = JSON.parse(readFileSync(path, 'utf8')) as Partial<Stored>;
      if (stored.format === FORMAT && stored.version === FORMAT_VERSION && stored.fingerprint === fingerprint && stored.files) {
        previous = new Map(Object.entries(stored.files));
      }
    } catch {
      // No index yet, or a torn one: every file is read, and the index written anew.
    }
    return new FileIndex(path, fingerprint, previous, startedMs);
  }

  /** The previous build's entry for a file whose size and mtime still match, else undefined. */
  unchanged(path: string, size: number, mtimeMs: number): IndexedFile | undefined {
    const entry = this.previous.get(path);
    if (!entry || entry.size !== size || entry.mtimeMs !== mtimeMs || this.racy(mtimeMs)) return undefined;
    return entry;
  }

  /** Records a file for the next build (a racy file is left out, so it is read again). */
  record(path: string, entry: IndexedFile): void {
    if (this.racy(entry.mtimeMs)) {
      this.changed = true;
      this.leftOut = true;
      return;
    }
    if (this.previous.get(path) === entry) this.next.set(path, entry);
    else {
      this.changed = true;
      this.next.set(path, new RecordedFile(entry));
    }
  }

  /** Writes the entries recorded by this build, unless they are the previous build's, file for file. */
  write(): void {
    if (!this.changed && this.next.size === this.previous.size) return;
    const stored: Stored = { format: FORMAT, version: FORMAT_VERSION, fingerprint: this.fingerprint, files: Object.fromEntries(this.next) };
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, JSON.stringify(stored));
    renameSync(temporary, this.path);
  }

  /**
   * A digest of the corpus as this build recorded it (every file's path, size, mtime and its documents' headers and
   * content keys), or undefined when not all `files` of the corpus were recorded: then it would not say what the
   * build read.
   */
  digest(files: number): string | undefined {
    if (this.leftOut || this.next.size !== files) return undefined;
    const hash = createHash('sha256');
    for (const path of [...this.next.keys()].sort()) {
      const { size, mtimeMs, documents } = this.next.get(path)!;
      hash.update(`${JSON.stringify(path)} ${size} ${mtimeMs}`);
      for (const { header, key } of documents) hash.update(` ${key} ${JSON.stringify(header)}`);
      hash.update('\n');
    }
    return hash.digest('hex');
  }

  private racy(mtimeMs: number): boolean {
    return mtimeMs > this.startedMs - RACY_MS;
  }
}
