import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FILE, CacheError, ExtractionCache } from '../../src/cache/store.js';

const fingerprint = { tool: '1.0.0', extractor: '1.0.0', options: '{}' };
const fresh = () => mkdtempSync(join(tmpdir(), 'comention-cache-'));

describe('ExtractionCache', () => {
  it('misses, then hits the value it was given, also after reopening', () => {
    const dir = fresh();
    const cache = ExtractionCache.open<{ n: number; text: string }>(dir, fingerprint);
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', { n: 1, text: 'Zoë “quoted” \n line' });
    cache.set('b', { n: 2, text: 'b' });
    expect(cache.get('a')).toEqual({ n: 1, text: 'Zoë “quoted” \n line' });
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1, writes: 2 });
    cache.close();

    const again = ExtractionCache.open<{ n: number; text: string }>(dir, fingerprint);
    expect(again.stats.entries).toBe(2);
    expect(again.get('b')).toEqual({ n: 2, text: 'b' });
    expect(again.get('a')?.text).toBe('Zoë “quoted” \n line');
    expect(again.get('c')).toBeUndefined();
    expect(again.stats).toMatchObject({ hits: 2, misses: 1, writes: 0 });
    again.close();
  });

  it.each([
    ['tool', { ...fingerprint, tool: '1.1.0' }],
    ['extractor', { ...fingerprint, extractor: '2.0.0' }],
    ['options', { ...fingerprint, options: '{"types":["person"]}' }],
    ['probe', { ...fingerprint, probe: 'abc' }],
  ])('is emptied when the %s part of the fingerprint changes', (part, changed) => {
    const dir = fresh();
    const cache = ExtractionCache.open<number>(dir, fingerprint);
    cache.set('a', 1);
    cache.close();
    const reopened = ExtractionCache.open<number>(dir, changed);
    expect(reopened.stats.invalidated).toContain(part);
    expect(reopened.get('a')).toBeUndefined();
    reopened.close();
    // …and the new fingerprint sticks: opening with it again keeps what it wrote.
    const third = ExtractionCache.open<number>(dir, changed);
    expect(third.stats.invalidated).toBeUndefined();
    third.close();
  });

  it.each([
    ['in the order written', (n: number) => Array.from({ length: n }, (_, i) => i)],
    ['backwards', (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i)],
    ['every third, then the rest', (n: number) => [...Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 === 0), ...Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 !== 0)]],
  ])('reads back entries spread over several read-ahead stretches, %s', (_label, order) => {
    const dir = fresh();
    const cache = ExtractionCache.open<{ n: number; text: string }>(dir, fingerprint);
    // Sizes from a few bytes to over a megabyte, so entries straddle and exceed the read-ahead stretch.
    const value = (n: number) => ({ n, text: `${n}é`.repeat(n % 7 === 0 ? 300_000 : (n * 37) % 2000) });
    const count = 60;
    for (let n = 0; n < count; n++) cache.set(`k${n}`, value(n));
    cache.close();
    const again = ExtractionCache.open<{ n: number; text: string }>(dir, fingerprint);
    for (const n of order(count)) expect(again.get(`k${n}`)).toEqual(value(n));
    // Appended after the log was indexed, and read back at once.
    again.set('late', value(5));
    expect(again.get('late')).toEqual(value(5));
    again.close();
  });

  it('cuts off a torn last entry (a build killed mid-write) and keeps the rest', () => {
    const dir = fresh();
    const cache = ExtractionCache.open<number>(dir, fingerprint);
    cache.set('a', 1);
    cache.close();
    appendFileSync(join(dir, CACHE_FILE), '{"k":"b","v":12');
    const reopened = ExtractionCache.open<number>(dir, fingerprint);
    expect(reopened.get('a')).toBe(1);
    expect(reopened.get('b')).toBeUndefined();
    reopened.set('c', 3);
    reopened.close();
    const third = ExtractionCache.open<number>(dir, fingerprint);
    expect([third.get('a'), third.get('c')]).toEqual([1, 3]);
    third.close();
  });

  it.each([
    ['a file that is not a cache', 'hello\n'],
    ['a corrupt entry', `${JSON.stringify({ format: 'comention-extract-cache', version: 1, fingerprint })}\nnot json\n`],
  ])('starts empty over %s', (_case, content) => {
    const dir = fresh();
    writeFileSync(join(dir, CACHE_FILE), content);
    const cache = ExtractionCache.open<number>(dir, fingerprint);
    expect(cache.stats.invalidated).toBeDefined();
    expect(cache.stats.entries).toBe(0);
    cache.close();
  });

  it('compacts the log when most entries were not used by the last build', () => {
    const dir = fresh();
    const cache = ExtractionCache.open<string>(dir, fingerprint);
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, 'x'.repeat(100));
    cache.close();
    const before = statSync(join(dir, CACHE_FILE)).size;
    const second = ExtractionCache.open<string>(dir, fingerprint);
    expect(second.get('k3')).toBe('x'.repeat(100));
    second.close();
    expect(statSync(join(dir, CACHE_FILE)).size).toBeLessThan(before / 5);
    const third = ExtractionCache.open<string>(dir, fingerprint);
    expect(third.stats.entries).toBe(1);
    expect(third.get('k3')).toBe('x'.repeat(100));
    third.close();
  });

  it('throws a CacheError that says how to go on when the cache cannot be made', () => {
    const dir = fresh();
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder should be');
    expect(() => ExtractionCache.open(blocked, fingerprint)).toThrow(CacheError);
    expect(() => ExtractionCache.open(blocked, fingerprint)).toThrow(/--no-cache/);
    expect(readFileSync(blocked, 'utf8')).toContain('a file');
  });
});
