/**
 * The command line end to end: a real build of the demo corpus, scored against the shared gold, and the bad
 * input the brief promises to survive.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { comention, ROOT, score, tempDir, writeTree } from './helpers.js';
import type { DocumentRecord, EntityType } from '../../src/types.js';

interface SerializedGraph {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: { label: string; type: EntityType; aliases: string[]; mentions: number; documents: number } }[];
  edges: { source: string; target: string; attributes: { weight: number; documents: number; evidence: { doc: string; start: number; end: number; text?: string }[] } }[];
}

describe('comention build on the demo corpus', () => {
  let out: string;
  let run: ReturnType<typeof comention>;
  let graph: SerializedGraph;

  beforeAll(async () => {
    out = await tempDir('comention-seeds-');
    run = comention(['build', 'corpus', '--out', out]);
    graph = JSON.parse(await readFile(join(out, 'graph.json'), 'utf8')) as SerializedGraph;
  });

  it('exits 0 and prints a one-line summary', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^built 5 documents \(\d+ KB\), \d+ mentions, \d+ entities, \d+ edges.* in \d+\.\d s/);
  });

  it('writes the four outputs with a versioned format', async () => {
    expect(graph.attributes).toMatchObject({ format: 'comention-graph', version: 1, window: 'sentence' });
    const documents = JSON.parse(await readFile(join(out, 'documents.json'), 'utf8')) as DocumentRecord[];
    expect(documents.map((d) => d.path)).toHaveLength(5);
    expect(documents[0]?.sentences.length).toBeGreaterThan(10);
    expect(await readFile(join(out, 'graph.graphml'), 'utf8')).toMatch(/^<\?xml/);
    const mentions = (await readFile(join(out, 'mentions.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { doc: string; start: number; end: number; text: string; entity: string });
    const keys = new Set(graph.nodes.map((n) => n.key));
    const texts = new Map<string, string>();
    for (const m of mentions.slice(0, 200)) {
      const text = texts.get(m.doc) ?? (await readFile(join(ROOT, 'corpus', m.doc), 'utf8')).replace(/^\uFEFF/, '');
      texts.set(m.doc, text);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(keys.has(m.entity)).toBe(true);
    }
  });

  it('backs every edge with evidence that contains both entities', () => {
    expect(graph.edges.length).toBeGreaterThan(20);
    for (const edge of graph.edges) {
      expect(edge.attributes.evidence.length).toBeGreaterThanOrEqual(edge.attributes.weight);
      expect(edge.attributes.evidence[0]?.text?.length).toBeGreaterThan(0);
    }
  });

  it('keeps one node per entity for the names of issue 2', () => {
    const labelsOf = (pattern: RegExp) => graph.nodes.filter((n) => n.attributes.aliases.some((a) => pattern.test(a)));
    expect(labelsOf(/^Putin(’s|'s)?$|^Vladimir Putin$/)).toHaveLength(1);
    expect(labelsOf(/^Yoon( Suk[ -][Yy]eol)?$/)).toHaveLength(1);
    const us = labelsOf(/^(US|United States|Washington)$/);
    expect(us).toHaveLength(1);
    expect(us[0]?.attributes.type).toBe('country');
  });

  it('scores at least the floor of issue 2 against the seeds gold', () => {
    const report = score('seeds', out);
    expect(report.mentions.all.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.nodes.f1).toBeGreaterThanOrEqual(0.85);
    expect(report.edges.f1).toBeGreaterThanOrEqual(0.8);
  });
});

describe('comention build on bad input', () => {
  it('stops with one line and exit 1 on a missing folder', () => {
    const run = comention(['build', 'no/such/folder', '--out', 'out/never']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['comention: corpus: "no/such/folder" does not exist (give a folder of .txt, .md, .html or .jsonl files)']);
  });

  it('skips empty, binary, non-UTF-8 files and broken JSON lines with warnings, and builds the rest', async () => {
    const corpus = await writeTree(await tempDir('comention-bad-'), {
      'good.txt': 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.',
      'empty.txt': '',
      'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]),
      'latin1.txt': new Uint8Array([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]),
      'feed.jsonl': `${JSON.stringify({ id: 'x', text: 'NATO chief Mark Rutte visited Kyiv.' })}\n{broken\n`,
    });
    const out = await tempDir('comention-bad-out-');
    const run = comention(['build', corpus, '--out', out]);
    expect(run.status).toBe(0);
    const warnings = run.stderr.trim().split('\n');
    expect(warnings).toHaveLength(4);
    for (const [file, why] of [['empty.txt', /empty/], ['image.txt', /binary/], ['latin1.txt', /UTF-8/], ['feed.jsonl:2', /broken JSON/]] as const) {
      expect(warnings.find((w) => w.includes(`${file}: `))).toMatch(why);
    }
    expect(run.stdout).toMatch(/^built 2 documents/);
  });

  it('rejects an unknown window with a hint', () => {
    const run = comention(['build', 'corpus', '--window', 'page']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/unknown window "page" \(sentence, paragraph or document\)/);
  });
});
