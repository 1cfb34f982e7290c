/**
 * Which corpus files are unchanged since the last build, without reading them: path → (size, mtime) and what the
 * build kept of the file's documents (headers, content keys of their cached analyses, evidence windows). A file
 * whose size and mtime both match is not read or hashed; any difference and it is read again.
 *
 * Kept as a log (`<out>/.cache/files.jsonl`): a header line, then one `[path, entry]` line per file, a later line for
 * a path replacing an earlier one and `[path, null]` forgetting it. A build that adds or changes a few files appends
 * their lines, where rewriting the index of corpus-10k (6.6 MB, windows are the sentences evidence can quote) cost
 * about 0.2 s; the index is rewritten whole when lines of forgotten entries outnumber the live ones. Each line is
 * decoded on its own, so the many lines that are plain ASCII take V8's fast path.
 *
 * Like git's index, a file modified within the same mtime tick as it was looked at could keep its old mtime, so
 * files changed in the last RACY_MS before the build started are not trusted and read again next time.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { InputWarning, SourceDocument } from '../types.js';

export const FILE_INDEX = 'files.jsonl';
const FORMAT = 'comention-file-index';
const FORMAT_VERSION = 2;
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
 * order of IndexedFile, which is the order the index is written in.
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

interface Header {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  fingerprint: string;
}

/** What the log on disk holds, as read by `open`. */
interface Loaded {
  entries: Map<string, IndexedFile>;
  /** Entry lines in the log, live or not: when they are more than twice the live ones, the log is rewritten. */
  lines: number;
  /** Whether lines can be appended: the log ends with a whole line under this fingerprint. */
  appendable: boolean;
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
    private readonly loaded: Omit<Loaded, 'entries'>,
    private readonly startedMs: number,
  ) {}

  /**
   * Reads the index in `dir`; one written under another fingerprint (anything that changes what is kept per
   * document: tool, extractor, window) or unreadable counts as empty.
   */
  static open(dir: string, fingerprint: string, startedMs = Date.now()): FileIndex {
    const path = join(dir, FILE_INDEX);
    const { entries, ...loaded } = readLog(path, fingerprint);
    return new FileIndex(path, fingerprint, entries, loaded, startedMs);
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

  /**
   * Writes the entries recorded by this build, unless they are the previous build's, file for file: appends the
   * lines of the files added, changed or gone since, or rewrites the log when that leaves it mostly dead lines.
   */
  write(): void {
    if (!this.changed && this.next.size === this.previous.size) return;
    const lines: string[] = [];
    for (const [path, entry] of this.next) if (this.previous.get(path) !== entry) lines.push(entryLine(path, entry));
    for (const path of this.previous.keys()) if (!this.next.has(path)) lines.push(entryLine(path, null));
    if (this.loaded.appendable && this.loaded.lines + lines.length <= 2 * this.next.size) {
      appendFileSync(this.path, lines.join(''));
      return;
    }
    const header: Header = { format: FORMAT, version: FORMAT_VERSION, fingerprint: this.fingerprint };
    const whole = [`${JSON.stringify(header)}\n`];
    for (const [path, entry] of this.next) whole.push(entryLine(path, entry));
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, whole.join(''));
    renameSync(temporary, this.path);
    // The index as builds before the log kept it (one JSON object), if this cache still has one.
    rmSync(join(dirname(this.path), 'files.json'), { force: true });
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

function entryLine(path: string, entry: IndexedFile | null): string {
  return `${JSON.stringify([path, entry])}\n`;
}

/** The entries of the log at `path`, later lines replacing earlier ones; none when it is missing, torn in its header or of another fingerprint. */
function readLog(path: string, fingerprint: string): Loaded {
  const empty: Loaded = { entries: new Map(), lines: 0, appendable: false };
  let log: Buffer;
  try {
    log = readFileSync(path);
  } catch {
    return empty;
  }
  const entries = new Map<string, IndexedFile>();
  let lines = 0;
  let start = 0;
  for (let end = log.indexOf(0x0a); end >= 0; start = end + 1, end = log.indexOf(0x0a, start)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(log.toString('utf8', start, end));
    } catch {
      // A torn or garbled line (a build killed mid-write): the index is no longer to be trusted.
      return empty;
    }
    if (start === 0) {
      const header = parsed as Partial<Header>;
      if (header.format !== FORMAT || header.version !== FORMAT_VERSION || header.fingerprint !== fingerprint) return empty;
      continue;
    }
    const [file, entry] = parsed as [string, IndexedFile | null];
    if (entry) entries.set(file, entry);
    else entries.delete(file);
    lines++;
  }
  if (start === 0) return empty;
  // Whatever follows the last newline is a line torn while it was appended: its file is read again, and the next
  // write rewrites the log rather than append after it.
  return { entries, lines, appendable: start === log.length };
}
