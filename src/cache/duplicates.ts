/**
 * The previous build's near-duplicate pass (`<out>/.cache/duplicates.json`): its documents in order, by id and
 * content key, and the copies it found. A rebuild that only adds documents checks just those against the others
 * (nearDuplicatesAfterAdding in src/graph/duplicates.ts) instead of bucketing the whole corpus again.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NearDuplicateRecord } from '../graph/index.js';

export const DUPLICATES_FILE = 'duplicates.json';
const FORMAT = 'comention-duplicates-cache';
const FORMAT_VERSION = 1;

interface Stored {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  /** The code that made the record (shingles and the pass itself): another code, another record. */
  code: string;
  record: NearDuplicateRecord;
}

/** The record kept in `dir` by code `code`, or undefined when there is none or it cannot be used. */
export function readDuplicates(dir: string, code: string): NearDuplicateRecord | undefined {
  try {
    const stored = JSON.parse(readFileSync(join(dir, DUPLICATES_FILE), 'utf8')) as Partial<Stored>;
    if (stored.format !== FORMAT || stored.version !== FORMAT_VERSION || stored.code !== code || !stored.record) return undefined;
    const { threshold, documents, copies } = stored.record;
    return typeof threshold === 'number' && Array.isArray(documents) && Array.isArray(copies) ? stored.record : undefined;
  } catch {
    return undefined;
  }
}

export function writeDuplicates(dir: string, code: string, record: NearDuplicateRecord): void {
  const path = join(dir, DUPLICATES_FILE);
  writeFileSync(`${path}.tmp`, JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, code, record } satisfies Stored));
  renameSync(`${path}.tmp`, path);
}
