#!/usr/bin/env node
// The command line, compiled by `npm install` (the package's `prepare` script) into dist/.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('comention: dist/cli.js is missing: run "npm install" (or "npm run build") in the comention folder first');
  process.exit(1);
}
const { run } = await import(cli.href);
await run(process.argv.slice(2));
