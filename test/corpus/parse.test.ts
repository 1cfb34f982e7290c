import { describe, expect, it } from 'vitest';
import { decodeText, parseFile, parseJsonl } from '../../src/corpus/index.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it.each([
    ['plain UTF-8', bytes('Seoul warned.'), 'Seoul warned.'],
    ['a BOM is stripped, nothing else changed', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Kyiv\r\n')]), 'Kyiv\r\n'],
    ['non-ASCII survives', bytes('Zürich – “quoted”'), 'Zürich – “quoted”'],
  ])('%s', (_name, input, expected) => {
    expect(decodeText(input)).toEqual({ text: expected });
  });

  it.each([
    ['NUL bytes (binary)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), /binary/],
    ['Latin-1 bytes (not UTF-8)', new Uint8Array([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]), /not valid UTF-8/],
  ])('refuses %s', (_name, input, message) => {
    const result = decodeText(input);
    expect('error' in result && result.error).toMatch(message);
  });
});

describe('parseFile', () => {
  it('takes a .txt title from its first non-empty line and keeps the text as is', () => {
    const text = '\n  Troops sent  \nBody text.';
    const { documents } = parseFile('world/a.txt', text);
    expect(documents).toEqual([{ id: 'world/a.txt', path: 'world/a.txt', title: 'Troops sent', text }]);
  });

  it('takes a .md title from its first heading', () => {
    const { documents } = parseFile('a.md', 'Intro line\n\n## The real title ##\n\nText.');
    expect(documents[0]?.title).toBe('The real title');
  });

  it('keeps the visible text of HTML, dropping scripts, styles and entities', () => {
    const html = '<html><head><title>Page &amp; title</title><style>p{}</style></head><body><h1>Head</h1><p>First &lt;para&gt;.</p><script>alert(1)</script><p>Second.</p></body></html>';
    const [doc] = parseFile('a.html', html).documents;
    expect(doc?.title).toBe('Page & title');
    expect(doc?.text).toBe('Head\n\nFirst <para>.\n\nSecond.');
  });

  it('warns about an empty file', () => {
    expect(parseFile('empty.txt', ' \n ')).toEqual({ documents: [], warnings: [{ path: 'empty.txt', message: 'empty file (skipped)' }] });
  });
});

describe('parseJsonl', () => {
  it('reads one article a line and names the broken lines', () => {
    const text = [
      JSON.stringify({ id: 'a1', title: 'One', text: 'Alpha.', date: '2024-10-29', url: 'https://example.org/1' }),
      '{"text": "broken',
      JSON.stringify({ title: 'no text' }),
      '',
      JSON.stringify({ text: 'Beta.' }),
    ].join('\n');
    const { documents, warnings } = parseJsonl('feed.jsonl', text);
    expect(documents.map((d) => [d.id, d.title, d.text, d.date, d.url])).toEqual([
      ['feed.jsonl#a1', 'One', 'Alpha.', '2024-10-29', 'https://example.org/1'],
      ['feed.jsonl#5', 'Beta.', 'Beta.', undefined, undefined],
    ]);
    expect(warnings.map((w) => [w.line, w.message.split(' (')[0]])).toEqual([
      [2, 'broken JSON'],
      [3, 'no "text" string field'],
    ]);
  });

  it('keeps ids unique when a feed repeats one', () => {
    const text = `${JSON.stringify({ id: 7, text: 'A.' })}\n${JSON.stringify({ id: 7, text: 'B.' })}`;
    expect(parseJsonl('f.jsonl', text).documents.map((d) => d.id)).toEqual(['f.jsonl#7', 'f.jsonl#2']);
  });
});
