import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeParts } from '../../src/build.js';
import { tempOut } from './fixture.js';

describe('writeParts', () => {
  const megabyte = 1 << 20;
  const table: [string, string[]][] = [
    ['nothing', []],
    ['one short part', ['{"a":1}']],
    ['many parts past several blocks, every width of UTF-8', Array.from({ length: 150_000 }, (_, i) => `${i} Zoë Ångström “quoted” 東京 😀 \u0001\n`)],
    ['a part of several blocks on its own', ['[', '😀é'.repeat(3 * megabyte), ']']],
    ['a lone surrogate split from its pair by a block', ['a'.repeat(megabyte - 1), '\ud83d', '\ude00', '\ud800']],
  ];
  it.each(table)('writes the parts joined, as UTF-8: %s', (_label, parts) => {
    const path = join(tempOut(), 'out.txt');
    writeParts(path, parts);
    const expected = Buffer.from(parts.join(''), 'utf8');
    const written = readFileSync(path);
    expect(written.length).toBe(expected.length);
    // Buffer.equals, not toEqual: vitest compares a buffer of megabytes byte by byte for minutes.
    expect(written.equals(expected)).toBe(true);
  });
});
