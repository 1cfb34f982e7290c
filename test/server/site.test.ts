import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MissingBuildFileError, writeSite } from '../../src/server/index.js';
import { scriptSafeCode } from '../../src/server/site.js';
import { HOSTILE_DOCUMENTS, HOSTILE_ENTITIES, writeFixture } from '../web/fixture.js';

describe('scriptSafeCode', () => {
  it.each([
    ["'</script><script>alert(1)</script>'"],
    ['`<!-- <script> -->`'],
    ["/<\\/SCRIPT>|<!--|<script/i.test('<!--')"],
    ["[/<script>/u.test('<script>'), '<Script'.length]"],
    ["'a<!--b'.split('<!--')"],
  ])('%s keeps its meaning and cannot end the element', (code) => {
    const safe = scriptSafeCode(code);
    expect(safe).not.toMatch(/<\/script|<!--|<script/i);
    expect((0, eval)(safe)).toEqual((0, eval)(code));
  });
});

describe('writeSite', () => {
  it('inlines the explorer and the data so the page needs no other file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'comention-site-'));
    try {
      const webRoot = join(root, 'web');
      await mkdir(join(webRoot, 'assets'), { recursive: true });
      await writeFile(join(webRoot, 'index.html'), '<!doctype html><head><script type="module" crossorigin src="./assets/app.js"></script><link rel="stylesheet" crossorigin href="./assets/app.css"></head><body><main></main></body>');
      await writeFile(join(webRoot, 'assets', 'app.js'), "console.log('</script>')");
      await writeFile(join(webRoot, 'assets', 'app.css'), 'main{color:red}');
      const out = join(root, 'out');
      await writeFixture(out, HOSTILE_ENTITIES, HOSTILE_DOCUMENTS);
      const page = await readFile(await writeSite(out, join(root, 'site'), { webRoot }), 'utf8');
      expect(page).not.toMatch(/src="\.\/assets|href="\.\/assets/);
      expect(page).toContain('<style>main{color:red}</style>');
      expect(page).toContain("console.log('<\\/script>')");
      const block = /<script id="comention-data" type="application\/json">([^]*?)<\/script>/.exec(page);
      expect(block).not.toBeNull();
      expect(block![1]).not.toContain('<');
      const data = JSON.parse(block![1]!) as { graph: { nodes: Array<{ attributes: { label: string } }> }; documents: unknown[]; mentions: unknown[] };
      expect(data.graph.nodes.map((node) => node.attributes.label)).toContain('<script>window.__pwned=2</script>');
      expect(data.documents).toHaveLength(1);
      expect(data.mentions.length).toBeGreaterThan(0);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('fails with MissingBuildFileError without graph.json', async () => {
    const root = await mkdtemp(join(tmpdir(), 'comention-site-'));
    try {
      await mkdir(join(root, 'web'));
      await writeFile(join(root, 'web', 'index.html'), '<!doctype html>');
      await expect(writeSite(join(root, 'nothing'), join(root, 'site'), { webRoot: join(root, 'web') })).rejects.toBeInstanceOf(MissingBuildFileError);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
