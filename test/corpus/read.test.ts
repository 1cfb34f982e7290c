import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusNotFoundError, listCorpus, readDocuments } from '../../src/corpus/read.js';
import type { InputWarning } from '../../src/types.js';

async function corpus(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'comention-corpus-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

describe('listCorpus', () => {
  it('walks folders recursively, keeps supported files, sorted, relative paths', async () => {
    const root = await corpus({ 'b.txt': 'B', 'sub/a.md': '# A', 'sub/deeper/c.html': '<p>C</p>', 'notes.pdf': 'x', '.hidden/d.txt': 'D', 'comention.overrides.json': '{}' });
    const listing = await listCorpus([root]);
    expect(listing.files.map((f) => f.path)).toEqual(['b.txt', 'sub/a.md', 'sub/deeper/c.html']);
  });

  it('throws a typed error naming a missing folder', async () => {
    await expect(listCorpus(['/no/such/folder'])).rejects.toThrow(CorpusNotFoundError);
    await expect(listCorpus(['/no/such/folder'])).rejects.toThrow(/"\/no\/such\/folder" does not exist/);
  });

  it('skips files over the size limit with a warning', async () => {
    const root = await corpus({ 'big.txt': 'x'.repeat(2048), 'small.txt': 'y' });
    const listing = await listCorpus([root], { maxFileBytes: 1024 });
    expect(listing.files.map((f) => f.path)).toEqual(['small.txt']);
    expect(listing.warnings[0]?.path).toBe('big.txt');
  });
});

describe('readDocuments', () => {
  it('survives empty, binary and non-UTF-8 files and broken JSON lines, warning about each', async () => {
    const root = await corpus({
      'good.txt': 'North Korea sent troops.',
      'empty.txt': '',
      'binary.txt': new Uint8Array([0x00, 0x01, 0x02, 0x03]),
      'latin1.txt': new Uint8Array([0x4d, 0xfc, 0x6e]),
      'feed.jsonl': `${JSON.stringify({ text: 'Seoul warned.' })}\nnot json\n`,
    });
    const warnings: InputWarning[] = [];
    const ids: string[] = [];
    for await (const { documents } of readDocuments(await listCorpus([root]), (w) => warnings.push(w))) ids.push(...documents.map((d) => d.id));
    expect(ids).toEqual(['feed.jsonl#1', 'good.txt']);
    expect(warnings.map((w) => `${w.path}${w.line ? ':' + w.line : ''}`).sort()).toEqual(['binary.txt', 'empty.txt', 'feed.jsonl:2', 'latin1.txt']);
  });
});
