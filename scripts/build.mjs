// Builds what `npm install` must leave ready to run: the command line (dist/*.js, Node) and the explorer
// (dist/web/, a static site). Runs from the package's `prepare` script, so users never call it themselves.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { existsSync } from 'node:fs';
import { externalPackages } from './node-bundle.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Node entry points: the CLI, and the extraction worker used by `build --jobs N`.
const entryPoints = Object.fromEntries(
  Object.entries({ cli: 'src/cli.ts', 'extract-worker': 'src/workers/extract-worker.ts' }).filter(([, file]) => existsSync(root + file)),
);

await esbuild({
  absWorkingDir: root,
  entryPoints,
  outdir: 'dist',
  bundle: true,
  // Chunks shared by the CLI and the worker, and loaded only when a command needs them.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild's tables do not credit Node with \p{…} in regular expressions and would rewrite every such literal as
  // `new RegExp(…)`, rebuilt on each call (in tokenizer and extractor loops, per token). Node has had them since 10.
  supported: { 'regexp-unicode-property-escapes': true },
  external: externalPackages,
  sourcemap: true,
  logLevel: 'warning',
});

await vite({ root: root + 'web', configFile: root + 'vite.config.ts', logLevel: 'warn' });
