import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_INDEX, FileIndex, RACY_MS, type IndexedFile } from '../../src/cache/files.js';
import { LAYOUT_FILE, readLayout, writeLayout } from '../../src/cache/layout.js';

const NOW = 1_800_000_000_000;
const OLD = NOW - 60_000;
const entry = (size: number, mtimeMs: number): IndexedFile => ({
  size,
  mtimeMs,
  documents: [{ header: { id: 'a.txt', path: 'a.txt', title: 'A' }, key: 'k1', length: 10, windows: [{ start: 0, text: 'A met B.' }] }],
  warnings: [],
});

function saved(dir: string, fingerprint = 'f1'): FileIndex {
  const index = FileIndex.open(dir, fingerprint, NOW);
  index.record('/corpus/a.txt', entry(10, OLD));
  index.write();
  return FileIndex.open(dir, fingerprint, NOW);
}

describe('FileIndex', () => {
  it.each([
    ['same size and mtime', 10, OLD, true],
    ['other size', 11, OLD, false],
    ['other mtime', 10, OLD + 1, false],
  ])('%s: unchanged is %s', (_label, size, mtimeMs, expected) => {
    const index = saved(mkdtempSync(join(tmpdir(), 'comention-index-')));
    expect(index.unchanged('/corpus/a.txt', size, mtimeMs) !== undefined).toBe(expected);
    expect(index.unchanged('/corpus/b.txt', 10, OLD)).toBeUndefined();
  });

  it('forgets everything under another fingerprint or when the file is torn', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comention-index-'));
    saved(dir);
    expect(FileIndex.open(dir, 'f2', NOW).unchanged('/corpus/a.txt', 10, OLD)).toBeUndefined();
    writeFileSync(join(dir, FILE_INDEX), readFileSync(join(dir, FILE_INDEX), 'utf8').slice(0, 20));
    expect(FileIndex.open(dir, 'f1', NOW).unchanged('/corpus/a.txt', 10, OLD)).toBeUndefined();
  });

  it('does not trust or keep files modified just before the build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comention-index-'));
    const index = FileIndex.open(dir, 'f1', NOW);
    index.record('/corpus/racy.txt', entry(10, NOW - RACY_MS / 2));
    index.write();
    expect(FileIndex.open(dir, 'f1', NOW + 60_000).unchanged('/corpus/racy.txt', 10, NOW - RACY_MS / 2)).toBeUndefined();
  });

  it('rewrites the index only when an entry changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comention-index-'));
    const index = saved(dir);
    // Overwritten behind the loaded index's back: a write would replace it.
    writeFileSync(join(dir, FILE_INDEX), 'SENTINEL');
    index.record('/corpus/a.txt', index.unchanged('/corpus/a.txt', 10, OLD)!);
    index.write();
    expect(readFileSync(join(dir, FILE_INDEX), 'utf8')).toBe('SENTINEL');

    const dropped = saved(dir);
    dropped.write();
    expect(readFileSync(join(dir, FILE_INDEX), 'utf8')).not.toBe('SENTINEL');
    expect(FileIndex.open(dir, 'f1', NOW).unchanged('/corpus/a.txt', 10, OLD)).toBeUndefined();
  });
});

describe('FileIndex as a log', () => {
  const lineCount = (dir: string) => readFileSync(join(dir, FILE_INDEX), 'utf8').split('\n').length - 1;
  /** A build that keeps the files in `keep` as they were, records `add` anew and drops the others. */
  function rebuild(dir: string, keep: string[], add: string[], size = 10): FileIndex {
    const index = FileIndex.open(dir, 'f1', NOW);
    for (const path of keep) index.record(path, index.unchanged(path, 10, OLD) ?? index.unchanged(path, 11, OLD)!);
    for (const path of add) index.record(path, entry(size, OLD));
    index.write();
    return FileIndex.open(dir, 'f1', NOW);
  }

  it('appends the lines of added, changed and dropped files, and reads back the last word on each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comention-index-'));
    rebuild(dir, [], ['/c/a.txt', '/c/b.txt', '/c/c.txt']);
    const written = readFileSync(join(dir, FILE_INDEX), 'utf8');
    const index = rebuild(dir, ['/c/a.txt', '/c/b.txt'], ['/c/c.txt', '/c/d.txt'], 11);
    // Header and three entries, then c.txt changed and d.txt added, appended.
    expect(readFileSync(join(dir, FILE_INDEX), 'utf8').startsWith(written)).toBe(true);
    expect(lineCount(dir)).toBe(6);
    expect(index.unchanged('/c/c.txt', 10, OLD)).toBeUndefined();
    expect(index.unchanged('/c/c.txt', 11, OLD)).toBeDefined();
    expect(index.unchanged('/c/d.txt', 11, OLD)).toBeDefined();
    const dropped = rebuild(dir, ['/c/a.txt', '/c/c.txt', '/c/d.txt'], []);
    expect(lineCount(dir)).toBe(7);
    expect(dropped.unchanged('/c/b.txt', 10, OLD)).toBeUndefined();
    expect(dropped.unchanged('/c/a.txt', 10, OLD)).toBeDefined();
  });

  it('rewrites the log when lines of replaced entries outnumber the live ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comention-index-'));
    rebuild(dir, [], ['/c/a.txt']);
    rebuild(dir, [], ['/c/a.txt'], 11);
    expect(lineCount(dir)).toBe(3);
    const index = rebuild(dir, [], ['/c/a.txt'], 12);
    expect(lineCount(dir)).toBe(2);
    expect(index.unchanged('/c/a.txt', 12, OLD)).toBeDefined();
  });

  it('forgets a line torn while it was appended, and rewrites the log rather than append after it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comention-index-'));
    rebuild(dir, [], ['/c/a.txt']);
    appendFileSync(join(dir, FILE_INDEX), '["/c/b.txt",{"size":1');
    const torn = FileIndex.open(dir, 'f1', NOW);
    expect(torn.unchanged('/c/a.txt', 10, OLD)).toBeDefined();
    expect(torn.unchanged('/c/b.txt', 1, OLD)).toBeUndefined();
    const index = rebuild(dir, ['/c/a.txt'], ['/c/b.txt']);
    expect(lineCount(dir)).toBe(3);
    expect(readFileSync(join(dir, FILE_INDEX), 'utf8').endsWith('\n')).toBe(true);
    expect(index.unchanged('/c/b.txt', 10, OLD)).toBeDefined();
  });
});

describe('layout cache', () => {
  it('gives back the positions and key it was given, and nothing for a missing or broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comention-layout-'));
    expect(readLayout(dir)).toBeUndefined();
    const positions = new Map([['person:a', { x: 1.5, y: -2 }], ['person:b', { x: 0, y: 3.25 }]]);
    writeLayout(dir, { key: 'k', positions });
    expect(readLayout(dir)).toEqual({ key: 'k', positions });
    writeFileSync(join(dir, LAYOUT_FILE), '{"format":"comention-layout-cache"');
    expect(existsSync(join(dir, LAYOUT_FILE))).toBe(true);
    expect(readLayout(dir)).toBeUndefined();
  });
});
