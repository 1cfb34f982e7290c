// esbuild options shared by the command line's bundle (scripts/build.mjs) and the bench's (scripts/bench.ts), so
// the bench times the code users run.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * Packages bundled into dist/ instead of being imported from node_modules at run time. compromise ships as 456
 * ES modules: loading them one by one costs each thread that extracts (the main thread and every worker of
 * `--jobs N`) about 0.35 s of CPU more than the same code in one chunk (0.75 s against 0.4 s on the bench machine).
 */
const BUNDLED = new Set(['compromise']);

/** Every other package stays external, as `packages: 'external'` would leave it. */
export const externalPackages = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => !BUNDLED.has(name));
