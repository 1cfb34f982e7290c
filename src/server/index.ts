/**
 * `comention serve`: the explorer (a static site) plus one build's output folder, on 127.0.0.1.
 *
 *   /               → webRoot (dist/web)
 *   /data/<file>    → outDir (graph.json, documents.json, mentions.jsonl)
 *   /api/overrides  → GET / POST the curation rules at overridesPath
 *
 * Node only: the explorer itself never needs this server (see writeSite for a folder that opens from disk).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { defaultWebRoot, MissingBuildFileError, MissingExplorerError } from './paths.js';
import { emptyOverrides, OverridesError, parseOverrides } from '../resolve/index.js';
import { readOverrides, writeOverrides } from './overrides.js';

export { writeSite, type SiteOptions } from './site.js';
export { defaultWebRoot, MissingBuildFileError, MissingExplorerError } from './paths.js';
export { readOverrides, writeOverrides } from './overrides.js';

export interface ServeOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Interface to listen on; the default keeps the explorer private to this machine. */
  host?: string;
  /** Where curation rules are read and written; without it the explorer's changes cannot be saved. */
  overridesPath?: string;
  /** The built explorer; defaults to the package's dist/web. */
  webRoot?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.graphml': 'application/graphml+xml; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const MAX_BODY_BYTES = 5 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Maps a URL path onto a file under `root`, refusing anything that lands outside it: `..` segments, encoded
 * slashes and symbolic links pointing elsewhere all end in a 404, so the server never reveals what exists.
 */
async function fileUnder(root: string, urlPath: string): Promise<string> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'bad URL encoding');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) throw new HttpError(404, 'not found');
  const rootReal = await realpath(root);
  const candidate = resolve(rootReal, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (candidate !== rootReal && !candidate.startsWith(rootReal + sep)) throw new HttpError(404, 'not found');
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    throw new HttpError(404, 'not found');
  }
  if (real !== rootReal && !real.startsWith(rootReal + sep)) throw new HttpError(404, 'not found');
  const info = await stat(real);
  if (info.isDirectory()) return fileUnder(root, (decoded.endsWith('/') ? decoded : decoded + '/') + 'index.html');
  return real;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': CONTENT_TYPES['.json']!, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(text);
}

async function sendFile(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
  const info = await stat(path);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await new Promise<void>((done, fail) => {
    const stream = createReadStream(path);
    stream.on('error', fail);
    stream.on('end', done);
    stream.pipe(response);
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'overrides: request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Refuses writes a web page on another site could trigger: a cross-origin form cannot send application/json
 * without a preflight, and a rebinding DNS name would show up in the Host header.
 */
function checkWriteAllowed(request: IncomingMessage): void {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new HttpError(415, 'overrides: send the rules as application/json');
  }
  const origin = request.headers.origin;
  const host = request.headers.host ?? '';
  if (origin !== undefined && new URL(origin).host !== host) throw new HttpError(403, 'overrides: cross-origin writes are refused');
  const hostname = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  const local = ['127.0.0.1', 'localhost', '::1'];
  if (!local.includes(hostname) && !/^\d+\.\d+\.\d+\.\d+$/.test(hostname) && !hostname.includes(':')) {
    throw new HttpError(403, `overrides: writes are only accepted through an IP address or localhost, not "${hostname}"`);
  }
}

/** Serves the explorer and the build in `outDir` until `close()` is called. */
export async function serve(outDir: string, options: ServeOptions = {}): Promise<RunningServer> {
  const webRoot = resolve(options.webRoot ?? defaultWebRoot());
  const dataRoot = resolve(outDir);
  if (!existsSync(resolve(webRoot, 'index.html'))) {
    throw new MissingExplorerError(`serve: no explorer in "${webRoot}" (run \`npm run build\` first)`);
  }
  if (!existsSync(resolve(dataRoot, 'graph.json'))) {
    throw new MissingBuildFileError(`serve: no graph.json in "${dataRoot}" (run \`comention build <corpus> --out ${outDir}\` first)`);
  }
  const overridesPath = options.overridesPath === undefined ? undefined : resolve(options.overridesPath);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/api/overrides') {
      if (request.method === 'GET') {
        const overrides = overridesPath ? await readOverrides(overridesPath) : emptyOverrides();
        sendJson(response, 200, { ...overrides, writable: overridesPath !== undefined });
        return;
      }
      if (request.method === 'POST') {
        if (!overridesPath) throw new HttpError(409, 'overrides: this server was started without an overrides file, so changes cannot be saved');
        checkWriteAllowed(request);
        const overrides = parseOverrides(await readBody(request), 'request body');
        await writeOverrides(overridesPath, overrides);
        sendJson(response, 200, { ...overrides, writable: true });
        return;
      }
      throw new HttpError(405, 'overrides: use GET or POST');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'only GET and HEAD are served');
    if (path.startsWith('/data/')) {
      await sendFile(request, response, await fileUnder(dataRoot, path.slice('/data'.length)));
      return;
    }
    await sendFile(request, response, await fileUnder(webRoot, path));
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : error instanceof OverridesError ? 400 : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendJson(response, status, { error: message });
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : 0;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${boundPort}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}
