import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, MissingBuildFileError, MissingExplorerError, type RunningServer } from '../../src/server/index.js';
import { emptyOverrides } from '../../src/resolve/index.js';
import type { Overrides } from '../../src/types.js';

let root: string;
let webRoot: string;
let outDir: string;
let overridesPath: string;
let server: RunningServer;

/** A raw request, so paths reach the server exactly as written (fetch would normalise `..`). */
function raw(url: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'comention-server-'));
  webRoot = join(root, 'web');
  outDir = join(root, 'out');
  overridesPath = join(root, 'corpus', 'comention.overrides.json');
  await mkdir(join(webRoot, 'assets'), { recursive: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>explorer</title>');
  await writeFile(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(webRoot, 'assets', 'app.css'), 'body{}');
  await writeFile(join(outDir, 'graph.json'), '{"nodes":[],"edges":[]}');
  await writeFile(join(outDir, 'mentions.jsonl'), '{}\n');
  await writeFile(join(root, 'secret.txt'), 'do not serve');
  server = await serve(outDir, { webRoot, overridesPath });
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('comention serve', () => {
  it('listens on 127.0.0.1 and a free port by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toMatch(/:0\/$/);
  });

  it.each([
    ['/', 200, 'text/html'],
    ['/assets/app.js', 200, 'text/javascript'],
    ['/assets/app.css', 200, 'text/css'],
    ['/data/graph.json', 200, 'application/json'],
    ['/data/mentions.jsonl', 200, 'application/x-ndjson'],
    ['/data/missing.json', 404, 'application/json'],
  ])('GET %s → %i %s', async (path, status, type) => {
    const response = await raw(server.url, path);
    expect(response.status).toBe(status);
    expect(response.type).toContain(type);
  });

  it.each([
    '/../secret.txt',
    '/data/../secret.txt',
    '/data/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/data/%2e%2e/secret.txt',
    '/data/..%2fsecret.txt',
    '/data/..%5csecret.txt',
    '/data/%00graph.json',
    '/..%2f..%2f..%2fetc/passwd',
  ])('refuses to serve %s, outside its two folders', async (path) => {
    const response = await raw(server.url, path);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain('do not serve');
  });

  it('starts with no rules, then saves and returns the rules posted', async () => {
    const before = JSON.parse((await raw(server.url, '/api/overrides')).body) as Overrides & { writable: boolean };
    expect(before.rules).toEqual([]);
    expect(before.writable).toBe(true);
    const overrides: Overrides = { ...emptyOverrides(), rules: [{ op: 'merge', from: 'person:putin', into: 'person:vladimir-putin' }, { op: 'retype', entity: 'organization:kursk', type: 'country' }] };
    const saved = await raw(server.url, '/api/overrides', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(overrides) });
    expect(saved.status).toBe(200);
    expect(JSON.parse(await readFile(overridesPath, 'utf8'))).toEqual(overrides);
    const after = JSON.parse((await raw(server.url, '/api/overrides')).body) as Overrides;
    expect(after.rules).toEqual(overrides.rules);
  });

  it.each([
    ['not JSON', 'application/json', '{', 400],
    ['a wrong format tag', 'application/json', JSON.stringify({ format: 'other', version: 1, rules: [] }), 400],
    ['an unknown op', 'application/json', JSON.stringify({ ...emptyOverrides(), rules: [{ op: 'explode', entity: 'x' }] }), 400],
    ['a form post', 'application/x-www-form-urlencoded', 'rules=1', 415],
  ])('refuses to save %s', async (_what, type, body, status) => {
    const before = await readFile(overridesPath, 'utf8');
    const response = await raw(server.url, '/api/overrides', { method: 'POST', headers: { 'content-type': type }, body });
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body).error).toMatch(/overrides/);
    expect(await readFile(overridesPath, 'utf8')).toBe(before);
  });

  it('refuses writes from another origin or through a DNS name', async () => {
    const body = JSON.stringify(emptyOverrides());
    const crossOrigin = await raw(server.url, '/api/overrides', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example' }, body });
    expect(crossOrigin.status).toBe(403);
    const rebound = await raw(server.url, '/api/overrides', { method: 'POST', headers: { 'content-type': 'application/json', host: 'evil.example' }, body });
    expect(rebound.status).toBe(403);
  });

  it('answers 409 to a save when started without an overrides file', async () => {
    const readOnly = await serve(outDir, { webRoot });
    try {
      const got = JSON.parse((await raw(readOnly.url, '/api/overrides')).body) as { writable: boolean };
      expect(got.writable).toBe(false);
      const response = await raw(readOnly.url, '/api/overrides', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(emptyOverrides()) });
      expect(response.status).toBe(409);
    } finally {
      await readOnly.close();
    }
  });

  it('fails with MissingBuildFileError when the folder holds no build', async () => {
    await expect(serve(webRoot, { webRoot })).rejects.toBeInstanceOf(MissingBuildFileError);
  });

  it('fails with MissingExplorerError when the explorer is not built', async () => {
    await expect(serve(outDir, { webRoot: join(root, 'nowhere') })).rejects.toBeInstanceOf(MissingExplorerError);
  });
});
