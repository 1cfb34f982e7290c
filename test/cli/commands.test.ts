/** export, curation and help: the rest of the command line, on a small built corpus. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { comention, tempDir, writeTree } from './helpers.js';

const ARTICLES = {
  'a.txt': 'Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang.\n\nPutin thanked Kim for the support of North Korea.',
  'b.txt': 'NATO chief Mark Rutte said Putin was desperate. Rutte spoke in Brussels with officials from South Korea.',
};

describe('comention export', () => {
  let out: string;
  beforeAll(async () => {
    const corpus = await writeTree(await tempDir('comention-cmd-'), ARTICLES);
    out = await tempDir('comention-cmd-out-');
    expect(comention(['build', corpus, '--out', out, '--quiet']).status).toBe(0);
  });

  it.each([
    ['graphml', /<graphml/],
    ['gexf', /<gexf[^>]*version="1\.3"/],
    ['json', /^\{"/],
  ])('writes %s', async (format, shape) => {
    const file = join(out, `view.${format}`);
    const run = comention(['export', out, '--format', format, '--out', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^exported \d+ entities, \d+ edges/);
    expect(await readFile(file, 'utf8')).toMatch(shape);
  });

  it('writes CSV nodes and edges, filtered by type', async () => {
    const run = comention(['export', out, '--format', 'csv', '--types', 'person', '--out', join(out, 'people.csv')]);
    expect(run.status).toBe(0);
    const nodes = await readFile(join(out, 'people.nodes.csv'), 'utf8');
    const rows = nodes.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.includes('person'))).toBe(true);
    expect(rows.some((row) => row.includes('country'))).toBe(false);
  });

  it('refuses an unknown format and a folder with no graph', async () => {
    expect(comention(['export', out, '--format', 'pdf']).stderr).toMatch(/unknown format "pdf"/);
    const empty = await tempDir();
    const run = comention(['export', empty]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/has no graph\.json: build one first/);
  });
});

describe('curation commands', () => {
  it('add rules to the overrides file beside the corpus, and the next build applies them', async () => {
    const corpus = await writeTree(await tempDir('comention-cur-'), ARTICLES);
    expect(comention(['rename', corpus, 'person:Mark Rutte', 'Mark Rutte (NATO)']).status).toBe(0);
    expect(comention(['ignore', corpus, 'country:South Korea']).status).toBe(0);
    const overrides = JSON.parse(await readFile(join(corpus, 'comention.overrides.json'), 'utf8')) as { rules: { op: string }[] };
    expect(overrides.rules.map((r) => r.op)).toEqual(['rename', 'ignore']);

    const out = await tempDir('comention-cur-out-');
    expect(comention(['build', corpus, '--out', out, '--quiet']).status).toBe(0);
    const graph = JSON.parse(await readFile(join(out, 'graph.json'), 'utf8')) as { nodes: { key: string; attributes: { label: string } }[] };
    const labels = graph.nodes.map((n) => n.attributes.label);
    expect(labels).toContain('Mark Rutte (NATO)');
    expect(labels).not.toContain('South Korea');
  });

  it('explains how to name an entity', () => {
    const run = comention(['merge', 'corpus', 'Putin', 'Vladimir Putin']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/write it as type:name/);
  });
});

describe('help', () => {
  it.each([['--help'], ['build', '--help'], ['serve', '--help'], ['export', '--help'], ['merge', '--help']])('comention %s', (...args) => {
    const run = comention(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage/);
  });

  it('names an unknown command', () => {
    expect(comention(['bild']).stderr).toMatch(/unknown command "bild"/);
  });
});

describe('stale curation rules', () => {
  it('are reported as warnings naming the rule, and the build still succeeds', async () => {
    const corpus = await writeTree(await tempDir('comention-stale-'), {
      ...ARTICLES,
      'comention.overrides.json': JSON.stringify({ format: 'comention-overrides', version: 1, rules: [{ op: 'rename', entity: 'person:nobody-at-all', label: 'X' }] }),
    });
    const run = comention(['build', corpus, '--out', await tempDir('comention-stale-out-')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/warning: .*comention\.overrides\.json: rule .*person:nobody-at-all.* matched no entity/);
  });
});

describe('pruned builds', () => {
  it('keep the whole graph for export --full', async () => {
    const corpus = await writeTree(await tempDir('comention-prune-'), ARTICLES);
    const out = await tempDir('comention-prune-out-');
    const run = comention(['build', corpus, '--out', out, '--top', '2']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/graph\.json shows 2 entities/);
    const pruned = comention(['export', out, '--format', 'json', '--out', join(out, 'pruned.json')]);
    const full = comention(['export', out, '--format', 'json', '--full', '--out', join(out, 'full.json')]);
    expect(pruned.stdout).toMatch(/^exported 2 entities/);
    const fullCount = Number(/^exported (\d+) entities/.exec(full.stdout)?.[1]);
    expect(fullCount).toBeGreaterThan(2);
  });
});
