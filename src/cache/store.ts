/**
 * Per-document extraction results, kept between builds so a rebuild extracts only what changed.
 *
 * The store is an append-only log file (`<out>/.cache/extract.log`) with an in-memory index of byte offsets,
 * written here rather than taken from npm. Why not a database:
 * - better-sqlite3 compiles with node-gyp on any machine its prebuilt binary does not match (its prebuilts are
 *   downloaded from GitHub, which a locked-down machine cannot reach), which costs minutes of `npm ci` and a C++
 *   toolchain; Node 20 has no built-in `node:sqlite`;
 * - lmdb ships prebuilt binaries in npm packages, but brings native code, msgpackr and a memory-mapped file that
 *   must be sized, for what is one access pattern: append new results, read each cached document once per build.
 * A log does that with no dependency: one JSON line per entry, a header line that says which tool, extractor and
 * settings made the entries (any difference empties the cache), and compaction when dead entries pile up.
 * A torn last line (a build killed mid-write) is cut off on open, so the log never holds half an entry.
 */
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** What made the entries: a cache written by another version or with other settings is thrown away. */
export interface CacheFingerprint {
  /** Tool version, extractor version, extraction settings: anything that changes extraction results. */
  [part: string]: string | number | boolean | undefined;
}

interface Header {
  format: 'comention-extract-cache';
  version: 1;
  fingerprint: CacheFingerprint;
}

const FORMAT = 'comention-extract-cache';
const FORMAT_VERSION = 1;
export const CACHE_FILE = 'extract.log';
/** Bytes read at once while the log is indexed, and read ahead while lookups go through it in order. */
const READ_AHEAD = 1 << 20;

/** The cache file exists but cannot be read or written (permissions, a folder in its place…). */
export class CacheError extends Error {
  constructor(path: string, cause: unknown) {
    super(`cache: cannot use "${path}": ${(cause as Error).message ?? String(cause)} (delete the folder or build with --no-cache)`, { cause });
    this.name = 'CacheError';
  }
}

export interface CacheStats {
  hits: number;
  misses: number;
  writes: number;
  /** Entries in the log when it was opened. */
  entries: number;
  /** Why an existing cache was emptied on open, if it was. */
  invalidated?: string;
}

/** A key → JSON value store in one append-only file; synchronous, one process at a time. */
export class ExtractionCache<T> {
  readonly stats: CacheStats;
  private readonly index = new Map<string, { offset: number; length: number }>();
  private readonly used = new Set<string>();
  /**
   * A stretch of the log read ahead: a rebuild looks entries up in the order they were written, and reading a
   * megabyte at a time costs a few dozen reads where one per entry costs ten thousand. Filled only while lookups
   * go forward, so random lookups read no more than they need.
   */
  private ahead: { offset: number; data: Buffer } | undefined;
  private lastEnd = -1;
  private size: number;
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly fingerprint: CacheFingerprint,
    private fd: number,
    invalidated: string | undefined,
  ) {
    this.size = fstatSync(fd).size;
    this.stats = { hits: 0, misses: 0, writes: 0, entries: 0, ...(invalidated ? { invalidated } : {}) };
  }

  /** Opens (or creates) the cache in `dir`; a cache made by another tool version or other settings starts empty. */
  static open<T>(dir: string, fingerprint: CacheFingerprint): ExtractionCache<T> {
    const path = join(dir, CACHE_FILE);
    try {
      mkdirSync(dir, { recursive: true });
      let invalidated: string | undefined;
      if (existsSync(path)) {
        const fd = openSync(path, 'r+');
        const cache = new ExtractionCache<T>(path, fingerprint, fd, undefined);
        invalidated = cache.load();
        if (invalidated === undefined) return cache;
        closeSync(fd);
        rmSync(path, { force: true });
      }
      const fd = openSync(path, 'w+');
      const cache = new ExtractionCache<T>(path, fingerprint, fd, invalidated);
      cache.append(JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, fingerprint } satisfies Header) + '\n');
      return cache;
    } catch (error) {
      if (error instanceof CacheError) throw error;
      throw new CacheError(path, error);
    }
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  /** Counts an entry as used by this build (so compaction keeps it) without reading it; false when it is not there. */
  retain(key: string): boolean {
    if (!this.index.has(key)) return false;
    this.stats.hits++;
    this.used.add(key);
    return true;
  }

  get(key: string): T | undefined {
    const at = this.index.get(key);
    if (!at) {
      this.stats.misses++;
      return undefined;
    }
    const text = this.read(at.offset, at.length);
    this.stats.hits++;
    this.used.add(key);
    return (JSON.parse(text) as { v: T }).v;
  }

  set(key: string, value: T): void {
    const line = Buffer.from(JSON.stringify({ k: key, v: value }) + '\n', 'utf8');
    const offset = this.size;
    this.append(line);
    this.index.set(key, { offset, length: line.length - 1 });
    this.used.add(key);
    this.stats.writes++;
  }

  /**
   * Closes the file. When fewer than half the entries were used by this build (documents deleted or edited since),
   * the log is rewritten with only the used ones, so it does not grow without bound.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.ahead = undefined;
    const live = [...this.used].filter((key) => this.index.has(key));
    if (live.length * 2 >= this.index.size) {
      closeSync(this.fd);
      return;
    }
    const temporary = `${this.path}.tmp`;
    const out = openSync(temporary, 'w');
    try {
      writeSync(out, JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, fingerprint: this.fingerprint } satisfies Header) + '\n');
      for (const key of live) {
        const at = this.index.get(key)!;
        const buffer = Buffer.allocUnsafe(at.length + 1);
        readSync(this.fd, buffer, 0, at.length + 1, at.offset);
        writeSync(out, buffer);
      }
    } finally {
      closeSync(out);
      closeSync(this.fd);
    }
    renameSync(temporary, this.path);
  }

  private read(offset: number, length: number): string {
    const sequential = offset <= this.lastEnd + 1 && offset >= this.lastEnd - 1;
    this.lastEnd = offset + length;
    let ahead = this.ahead;
    if (!ahead || offset < ahead.offset || offset + length > ahead.offset + ahead.data.length) {
      if (!sequential || length >= READ_AHEAD) {
        this.ahead = undefined;
        const buffer = Buffer.allocUnsafe(length);
        readSync(this.fd, buffer, 0, length, offset);
        return buffer.toString('utf8');
      }
      const data = Buffer.allocUnsafe(Math.min(READ_AHEAD, this.size - offset));
      const read = readSync(this.fd, data, 0, data.length, offset);
      this.ahead = ahead = { offset, data: data.subarray(0, read) };
    }
    return ahead.data.toString('utf8', offset - ahead.offset, offset - ahead.offset + length);
  }

  private append(data: string | Buffer): void {
    const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    writeSync(this.fd, buffer, 0, buffer.length, this.size);
    this.size += buffer.length;
  }

  /** Indexes the log; returns why it cannot be used, or undefined when it can. */
  private load(): string | undefined {
    const chunk = Buffer.allocUnsafe(READ_AHEAD);
    let pending: Buffer[] = [];
    let pendingStart = 0;
    let position = 0;
    let header: Header | undefined;
    let complete = 0; // end of the last complete line
    for (;;) {
      const read = readSync(this.fd, chunk, 0, READ_AHEAD, position);
      if (read === 0) break;
      let lineStart = 0;
      for (let newline = chunk.indexOf(0x0a, 0); newline >= 0 && newline < read; newline = chunk.indexOf(0x0a, lineStart)) {
        const piece = chunk.subarray(lineStart, newline);
        const line = pending.length ? Buffer.concat([...pending, piece]) : piece;
        const offset = pending.length ? pendingStart : position + lineStart;
        pending = [];
        if (header === undefined) {
          header = parseHeader(line);
          if (header === undefined) return 'unreadable header';
          const differs = describeDifference(header.fingerprint, this.fingerprint);
          if (differs !== undefined) return differs;
        } else {
          const key = keyOf(line);
          if (key === undefined) return `corrupt entry at byte ${offset}`;
          this.index.set(key, { offset, length: line.length });
        }
        lineStart = newline + 1;
        complete = position + lineStart;
      }
      if (lineStart < read) {
        if (pending.length === 0) pendingStart = position + lineStart;
        pending.push(Buffer.from(chunk.subarray(lineStart, read)));
      }
      position += read;
    }
    if (header === undefined) return 'empty file';
    if (complete < this.size) {
      ftruncateSync(this.fd, complete);
      this.size = complete;
    }
    this.stats.entries = this.index.size;
    return undefined;
  }
}

function parseHeader(line: Buffer): Header | undefined {
  try {
    const header = JSON.parse(line.toString('utf8')) as Partial<Header>;
    return header.format === FORMAT && header.version === FORMAT_VERSION && typeof header.fingerprint === 'object' ? (header as Header) : undefined;
  } catch {
    return undefined;
  }
}

/** The key of an entry line `{"k":"…","v":…}` without parsing its value. */
function keyOf(line: Buffer): string | undefined {
  const prefix = '{"k":"';
  if (line.toString('latin1', 0, prefix.length) !== prefix) return undefined;
  const end = line.indexOf('"', prefix.length);
  return end < 0 ? undefined : line.toString('utf8', prefix.length, end);
}

function describeDifference(stored: CacheFingerprint, current: CacheFingerprint): string | undefined {
  const keys = new Set([...Object.keys(stored), ...Object.keys(current)]);
  for (const key of keys) {
    if (stored[key] !== current[key]) return `${key} changed (${String(stored[key])} → ${String(current[key])})`;
  }
  return undefined;
}
