import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Invented names: tests must not lean on the shared corpora.
const PEOPLE = ['Maria Lindqvist', 'Tomas Okafor', 'Helen Brandt', 'Rafael Moreno', 'Anika Sato', 'Peter Halvorsen', 'Grace Mbeki', 'Lukas Novak'];
const ORGANIZATIONS = ['the United Nations', 'the European Union', 'Nordbank Holdings', 'the World Bank', 'Vantor Systems Inc.'];
const COUNTRIES = ['France', 'Germany', 'Japan', 'Brazil', 'Kenya', 'Canada', 'India', 'Norway'];
const TEMPLATES = [
  (a: string, b: string, c: string) => `${a} met ${b} in ${c} on Monday.`,
  (a: string, _b: string, c: string) => `${c} said ${a} would visit next week.`,
  (a: string, b: string) => `${a} told reporters that ${b} had agreed to the plan.`,
  (_a: string, b: string, c: string) => `Officials from ${c} and ${b} held talks about trade.`,
  () => 'The talks lasted several hours and ended without a statement.',
  (a: string, _b: string, c: string) => `According to ${a}, the deal with ${c} is worth millions.`,
];

/** A small seeded random generator, so fixtures are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** The text of fixture document `n`: a handful of sentences with people, organisations and countries. */
export function article(n: number): string {
  const next = random(n + 1);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const paragraphs: string[] = [];
  for (let p = 0; p < 3; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 3; s++) sentences.push(pick(TEMPLATES)(pick(PEOPLE), next() < 0.5 ? pick(ORGANIZATIONS) : pick(PEOPLE), pick(COUNTRIES)));
    paragraphs.push(sentences.join(' ') + ` Story ${n}, part ${p}.`);
  }
  return `Report number ${n}\n\n${paragraphs.join('\n\n')}\n`;
}

/** Writes `count` articles (and a .jsonl file of a few more) into a new folder and returns it. */
export function writeCorpus(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'comention-build-'));
  mkdirSync(join(root, 'world'));
  for (let n = 0; n < count; n++) writeFileSync(join(root, n % 2 ? 'world' : '.', `${String(n).padStart(3, '0')}.txt`), article(n));
  const lines = [1000, 1001, 1002].map((n) => JSON.stringify({ id: `line-${n}`, title: `Line ${n}`, text: article(n) }));
  writeFileSync(join(root, 'feed.jsonl'), lines.join('\n') + '\n');
  return root;
}

export function tempOut(): string {
  return mkdtempSync(join(tmpdir(), 'comention-out-'));
}

/** Everything a build writes that must not depend on the cache, positions left out (a warm start may move them). */
export function withoutPositions(out: string) {
  const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as {
    attributes: Record<string, unknown>;
    nodes: { key: string; attributes: Record<string, unknown> }[];
    edges: unknown[];
  };
  const { createdAt: _createdAt, ...attributes } = graph.attributes;
  return {
    mentions: readFileSync(join(out, 'mentions.jsonl'), 'utf8'),
    documents: readFileSync(join(out, 'documents.json'), 'utf8'),
    attributes,
    nodes: graph.nodes.map(({ key, attributes: { x: _x, y: _y, ...rest } }) => ({ key, rest })),
    edges: graph.edges,
  };
}
