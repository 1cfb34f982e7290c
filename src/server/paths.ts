import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The explorer's build (dist/web) or the folder given does not hold an index.html. */
export class MissingExplorerError extends Error {
  override name = 'MissingExplorerError';
}

/** The build output folder lacks a file the explorer needs (graph.json). */
export class MissingBuildFileError extends Error {
  override name = 'MissingBuildFileError';
}

/**
 * The package's built explorer. This file runs from src/server (tests, tsx) or bundled into dist/cli.js, so both
 * places are tried.
 */
export function defaultWebRoot(): string {
  const candidates = ['./web/', '../web/', '../../dist/web/'].map((relative) => fileURLToPath(new URL(relative, import.meta.url)));
  return candidates.find((folder) => existsSync(resolve(folder, 'index.html'))) ?? candidates[candidates.length - 1]!;
}

