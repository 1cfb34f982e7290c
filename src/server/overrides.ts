/**
 * Reading and writing `comention.overrides.json` for the explorer's curation API.
 *
 * Validation is src/resolve's (parseOverrides); this file only adds the disk I/O.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { emptyOverrides, parseOverrides } from '../resolve/index.js';
import type { Overrides } from '../types.js';

/** The overrides at `path`, or an empty set when the file does not exist yet. */
export async function readOverrides(path: string): Promise<Overrides> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyOverrides();
    throw error;
  }
  return parseOverrides(text, path);
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file beside the corpus. */
export async function writeOverrides(path: string, overrides: Overrides): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(overrides, null, 2) + '\n', 'utf8');
  await rename(temporary, path);
}
