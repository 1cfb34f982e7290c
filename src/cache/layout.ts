/**
 * The previous build's node positions (`<out>/.cache/layout.json`), for a rebuild that starts ForceAtlas2 from
 * them instead of from scratch. Stored with the key of the layout's input: a graph with the same key gets the
 * positions back untouched, so a rebuild of unchanged input reproduces the cold build's positions exactly.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LAYOUT_FILE = 'layout.json';
const FORMAT = 'comention-layout-cache';
const FORMAT_VERSION = 1;

export interface CachedLayout {
  /** Hash of everything the layout depends on (see layoutKey in src/build.ts). */
  key: string;
  positions: Map<string, { x: number; y: number }>;
}

interface Stored {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  key: string;
  /** Node key → [x, y]. */
  positions: Record<string, [number, number]>;
}

/** The positions kept in `dir`, or undefined when there are none or the file is unreadable (a cold layout then). */
export function readLayout(dir: string): CachedLayout | undefined {
  try {
    const stored = JSON.parse(readFileSync(join(dir, LAYOUT_FILE), 'utf8')) as Partial<Stored>;
    if (stored.format !== FORMAT || stored.version !== FORMAT_VERSION || typeof stored.key !== 'string' || !stored.positions) return undefined;
    return { key: stored.key, positions: new Map(Object.entries(stored.positions).map(([node, [x, y]]) => [node, { x, y }])) };
  } catch {
    return undefined;
  }
}

export function writeLayout(dir: string, layout: CachedLayout): void {
  const stored: Stored = {
    format: FORMAT,
    version: FORMAT_VERSION,
    key: layout.key,
    positions: Object.fromEntries([...layout.positions].map(([node, { x, y }]) => [node, [x, y]])),
  };
  const path = join(dir, LAYOUT_FILE);
  writeFileSync(`${path}.tmp`, JSON.stringify(stored));
  renameSync(`${path}.tmp`, path);
}
