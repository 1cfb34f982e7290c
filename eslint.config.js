// One strict `npm test`: type-check (tsc), lint (this file) and tests (vitest).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'test-results/', 'corpus/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The core runs anywhere: stages that do not read files run unchanged in Node and in the browser.
    files: ['src/extract/**', 'src/resolve/**', 'src/graph/**', 'src/export/**', 'src/pipeline.ts', 'src/types.ts', 'src/corpus/parse.ts', 'src/corpus/index.ts', 'web/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], message: 'browser-safe code: keep file and process access in src/cli.ts, src/build.ts, src/corpus/read.ts or src/server/' }] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'browser-safe code: no process here' }],
    },
  },
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
);
