/**
 * A static copy of the explorer that opens straight from disk (file://), for sharing a graph without a server.
 *
 * Browsers refuse module scripts and fetch() from file:// pages, so the site is one self-contained index.html:
 * the explorer's script and styles are inlined, and the build's data travels in a JSON data block
 * (`<script type="application/json">`), which the page parses but never executes.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultWebRoot, MissingBuildFileError, MissingExplorerError } from './paths.js';

export interface SiteOptions {
  /** The built explorer; defaults to the package's dist/web. */
  webRoot?: string;
  /** Leave mentions.jsonl out to make the page smaller; evidence is then highlighted by name instead. */
  includeMentions?: boolean;
}

/** JSON that can sit inside a script element: no `<` can end the element or open a comment. */
function scriptSafeJson(value: string): string {
  return value.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Script text that cannot end its element early. Besides `</script`, the HTML parser treats `<!--` followed by
 * `<script` specially, so both are broken up with escapes that mean the same in strings, templates and regexes.
 */
export function scriptSafeCode(code: string): string {
  return code
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\x21--')
    .replace(/<(script)/gi, (_match, word: string) => `<\\x${word.charCodeAt(0).toString(16)}${word.slice(1)}`);
}

async function inlineAssets(html: string, webRoot: string): Promise<string> {
  const assetPath = (href: string): string => {
    const path = resolve(webRoot, href);
    if (!path.startsWith(resolve(webRoot))) throw new MissingExplorerError(`site: asset "${href}" lies outside the explorer folder`);
    return path;
  };
  let out = html;
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g)) {
    const code = await readFile(assetPath(match[1]!), 'utf8');
    out = out.replace(match[0], () => `<script type="module">${scriptSafeCode(code)}</script>`);
  }
  for (const match of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g)) {
    const css = await readFile(assetPath(match[1]!), 'utf8');
    out = out.replace(match[0], () => `<style>${css.replace(/<\/(style)/gi, '<\\/$1')}</style>`);
  }
  // Preloads of chunks that are now inline would only produce 404 noise from disk.
  return out.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '');
}

/** Must match INLINE_WORKER_ID in web/src/articles/names.ts. */
const PIPELINE_BLOCK_ID = 'comention-pipeline-worker';

/**
 * The explorer's pipeline script (articles dropped into the page are built by it) as an inert text block: the
 * page starts it from a blob: URL, since a page on disk cannot load a worker file next to it.
 */
async function pipelineBlock(webRoot: string): Promise<string> {
  const assets = resolve(webRoot, 'assets');
  const names = existsSync(assets) ? (await readdir(assets)).filter((name) => /^pipeline\.worker-[\w-]+\.js$/.test(name)) : [];
  if (names.length === 0) return '';
  const code = await readFile(resolve(assets, names[0]!), 'utf8');
  return `<script id="${PIPELINE_BLOCK_ID}" type="text/plain">${scriptSafeCode(code)}</script>`;
}

/**
 * Writes `siteDir/index.html`: the explorer with the graph, documents and (by default) mentions of `outDir`
 * built in. Returns the path of the page.
 */
export async function writeSite(outDir: string, siteDir: string, options: SiteOptions = {}): Promise<string> {
  const webRoot = resolve(options.webRoot ?? defaultWebRoot());
  const indexPath = resolve(webRoot, 'index.html');
  if (!existsSync(indexPath)) throw new MissingExplorerError(`site: no explorer in "${webRoot}" (run \`npm run build\` first)`);
  const read = async (name: string, required: boolean): Promise<string | undefined> => {
    const path = resolve(outDir, name);
    if (!existsSync(path)) {
      if (required) throw new MissingBuildFileError(`site: "${path}" is missing (run \`comention build\` into "${outDir}" first)`);
      return undefined;
    }
    return readFile(path, 'utf8');
  };
  const graph = JSON.parse((await read('graph.json', true))!) as unknown;
  const documentsText = await read('documents.json', false);
  const mentionsText = options.includeMentions === false ? undefined : await read('mentions.jsonl', false);
  const mentions = mentionsText
    ?.split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
  const data = { graph, documents: documentsText ? (JSON.parse(documentsText) as unknown) : [], mentions };
  const block = `<script id="comention-data" type="application/json">${scriptSafeJson(JSON.stringify(data))}</script>`;
  const html = await inlineAssets(await readFile(indexPath, 'utf8'), webRoot);
  const blocks = `${block}\n${await pipelineBlock(webRoot)}`;
  const page = html.includes('</body>') ? html.replace('</body>', () => `${blocks}\n</body>`) : html + blocks;
  await mkdir(siteDir, { recursive: true });
  const pagePath = resolve(siteDir, 'index.html');
  await writeFile(pagePath, page, 'utf8');
  return pagePath;
}
