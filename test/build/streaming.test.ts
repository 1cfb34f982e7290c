import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/build.js';
import { listCorpus, readCorpusFile } from '../../src/corpus/read.js';
import { toGraphJSON, toMentionsJsonl } from '../../src/export/index.js';
import { buildFromDocuments } from '../../src/pipeline.js';
import type { CoMentionWindow, SourceDocument } from '../../src/types.js';
import { article, tempOut, writeCorpus } from './fixture.js';

// A streaming build drops each text once extracted and keeps only the windows evidence can quote; the graph it
// writes must be the one the whole texts give.
describe('a streaming build', () => {
  const corpus = writeCorpus(24);
  // A copy of an article, so near-duplicate detection (from kept shingles, not texts) has something to find.
  writeFileSync(join(corpus, 'copy.txt'), article(3).replace('Report number 3', 'Syndicated report'));

  it.each(['sentence', 'paragraph', 'document'] as CoMentionWindow[])('writes the graph the whole texts give, window %s', async (window) => {
    const out = tempOut();
    const summary = await buildCorpus([corpus], { out, window, jobs: 1, cache: false });
    expect(summary.duplicates.length).toBeGreaterThan(0);

    const listing = await listCorpus([corpus]);
    const documents: SourceDocument[] = [];
    for (const file of listing.files) documents.push(...(await readCorpusFile(file)).documents);
    const whole = buildFromDocuments(documents, { window, corpus: basename(listing.root) });

    const written = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { attributes: Record<string, unknown> };
    delete written.attributes.createdAt;
    expect(written).toEqual(JSON.parse(JSON.stringify(toGraphJSON(whole.graph))));
    expect(readFileSync(join(out, 'mentions.jsonl'), 'utf8')).toBe(toMentionsJsonl(whole.mentions));
  });
});
