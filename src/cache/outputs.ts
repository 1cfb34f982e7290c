/**
 * What the last build wrote (`<out>/.cache/outputs.json`): the key of everything its output depends on, the size
 * and mtime of each file it wrote, and the figures of its summary. A rebuild whose key is the same (no file of the
 * corpus changed, same settings, overrides and code) and whose output files are as they were written does not
 * resolve, lay out or write anything: the files a cold build would write are already there.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OverrideRule } from '../types.js';

export const OUTPUTS_FILE = 'outputs.json';
const FORMAT = 'comention-outputs';
const FORMAT_VERSION = 1;

/** The summary figures a build reports that come from the stages after extraction. */
export interface OutputFigures {
  mentions: number;
  entities: number;
  edges: number;
  duplicates: [string, string][];
  pruned?: { entities: number; edges: number };
  /** Repeated to the user on every build that reuses the outputs, as a build that made them would. */
  unappliedRules: OverrideRule[];
}

interface Stored {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  key: string;
  /** Output file name → size and mtime right after it was written. */
  files: Record<string, { size: number; mtimeMs: number }>;
  figures: OutputFigures;
}

/**
 * The figures of the last build when it had this key and its files (`names`, in `out`) are still as it left them;
 * undefined otherwise (and when nothing was recorded or the record is unreadable).
 */
export function reusableOutputs(cacheDir: string, out: string, key: string, names: string[]): OutputFigures | undefined {
  let stored: Partial<Stored>;
  try {
    stored = JSON.parse(readFileSync(join(cacheDir, OUTPUTS_FILE), 'utf8')) as Partial<Stored>;
  } catch {
    return undefined;
  }
  if (stored.format !== FORMAT || stored.version !== FORMAT_VERSION || stored.key !== key || !stored.files || !stored.figures) return undefined;
  const recorded = Object.keys(stored.files).sort();
  if (recorded.length !== names.length || [...names].sort().some((name, i) => name !== recorded[i])) return undefined;
  for (const name of names) {
    const was = stored.files[name]!;
    const now = statSync(join(out, name), { throwIfNoEntry: false });
    if (!now || now.size !== was.size || now.mtimeMs !== was.mtimeMs) return undefined;
  }
  return stored.figures;
}

/** Records the files just written to `out` (by name) under `key`, with the figures of the build. */
export function recordOutputs(cacheDir: string, out: string, key: string, names: string[], figures: OutputFigures): void {
  const files: Stored['files'] = {};
  for (const name of names) {
    const { size, mtimeMs } = statSync(join(out, name));
    files[name] = { size, mtimeMs };
  }
  const path = join(cacheDir, OUTPUTS_FILE);
  writeFileSync(`${path}.tmp`, JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, key, files, figures } satisfies Stored));
  renameSync(`${path}.tmp`, path);
}

/** Forgets the record, before outputs are rewritten: a build stopped halfway leaves no record of files it changed. */
export function forgetOutputs(cacheDir: string): void {
  rmSync(join(cacheDir, OUTPUTS_FILE), { force: true });
}
