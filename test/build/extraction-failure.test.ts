/**
 * An exception thrown while extracting one document must cost that document only: the build goes on, the user is
 * told in one line which file it was, and the file is read again by the next build so the warning is not lost.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../src/build.js';
import { main } from '../../src/cli.js';
import type { InputWarning } from '../../src/types.js';
import { article, tempOut } from './fixture.js';

/** A word that makes the extractor throw, as a bug in a rule would on some unusual text. */
const POISON = 'Qzxvwk';

vi.mock('../../src/extract/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/extract/index.js')>();
  return {
    ...actual,
    extract: (document: { id: string; text: string }, options?: Parameters<typeof actual.extract>[1]) => {
      if (document.text.includes(POISON)) throw new RangeError('rule read past the last token');
      return actual.extract(document, options);
    },
  };
});

function corpusWithOneBadFile(): string {
  const corpus = join(tempOut(), 'corpus');
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, 'a.txt'), article(1));
  writeFileSync(join(corpus, 'bad.txt'), `${article(2)}\n${POISON} said so.\n`);
  writeFileSync(join(corpus, 'c.txt'), article(3));
  return corpus;
}

afterEach(() => vi.restoreAllMocks());

describe('a document whose extraction throws', () => {
  it('is skipped with a warning naming its file; the other documents are built, and the next build warns again', async () => {
    const corpus = corpusWithOneBadFile();
    const out = tempOut();
    for (let run = 0; run < 2; run++) {
      const warnings: InputWarning[] = [];
      const summary = await buildCorpus([corpus], { out, jobs: 1, onWarning: (warning) => warnings.push(warning) });
      expect(warnings).toEqual([{ path: 'bad.txt', message: 'extraction failed: rule read past the last token (skipped; please report it)' }]);
      expect(summary.documents).toBe(2);
      const docs = new Set(readFileSync(join(out, 'mentions.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { doc: string }).doc));
      expect([...docs].sort()).toEqual(['a.txt', 'c.txt']);
    }
  });

  it('reaches the command line as one warning line, and the build succeeds', async () => {
    const corpus = corpusWithOneBadFile();
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const code = await main(['build', corpus, '--out', tempOut(), '--jobs', '1']);
    expect(code).toBe(0);
    expect(errors).toEqual(['comention: warning: bad.txt: extraction failed: rule read past the last token (skipped; please report it)']);
  });
});
