/**
 * "Bring in articles" in a real browser: dropped, chosen or pasted articles go through the pipeline inside the page
 * (a Web Worker, or the page's thread where workers are refused) and become the graph shown; nothing is uploaded,
 * and hostile markup in the articles stays text.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, writeSite, type RunningServer } from '../../src/server/index.js';
import { hasChromium, launchChromium, openWatchedPage, type Watched } from './browser.js';
import { writeFixture } from './fixture.js';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = join(ROOT, 'test-results');

/** Made-up articles (no corpus names), with markup that would run if any of it reached innerHTML. */
const ARTICLES = [
  {
    name: 'talks.txt',
    text: '# Talks in Lisbon <img src=x onerror="window.__pwned=11">\n\nPresident Maria Lopez of Spain met Chancellor Hans Weber of Germany in Lisbon on Monday. <img src=x onerror="window.__pwned=12"> Lopez said Spain and Germany agreed on trade.\n\nWeber thanked Lopez for the visit.\n',
  },
  {
    name: 'energy.md',
    text: '# Energy <script>window.__pwned=13</script>\n\nPrime Minister Ana Costa of Portugal spoke with Hans Weber about gas prices. Costa said Portugal would buy more gas from Norway.\n',
  },
];
const PASTED = 'Summit in Oslo\n\nSecretary General Tomas Berg of the Atlantic Council met Ingrid Dahl in Oslo. <iframe src="javascript:window.__pwned=14"></iframe> Berg said Norway and Sweden would share radar data.\n---\nA second note\n\nIngrid Dahl later flew to Sweden.\n';

let work: string;
let webRoot: string;
let fixtureOut: string;
let browser: Browser;
let server: RunningServer;

type Comention = import('../../web/src/app.js').Explorer;

function openPage(url: string): Promise<Watched> {
  return openWatchedPage(browser, url, { width: 1400, height: 850 });
}

/** Drops files on the page the way a file manager does: a drop event carrying a DataTransfer of File objects. */
async function dropFiles(page: Page, files: Array<{ name: string; text: string }>): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name, { type: 'text/plain' }));
    return transfer;
  }, files);
  await page.dispatchEvent('#graph', 'dragover', { dataTransfer });
  await page.dispatchEvent('#graph', 'drop', { dataTransfer });
}

/** Waits until the page shows a graph built from articles holding an entity whose label matches `name`. */
async function waitForBuiltGraph(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const explorer = (window as unknown as { comention: Comention }).comention;
      if (explorer.source !== 'articles') return false;
      return explorer.graph.someNode((_node, attributes) => attributes.label.includes(wanted));
    },
    name,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(300);
}

async function search(page: Page, query: string): Promise<void> {
  await page.fill('#search-input', query);
  await page.waitForSelector('#search-results li');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#panel:not([hidden])');
}

/** Opens the first neighbour's link from the entity panel and returns its evidence text. */
async function firstEvidence(page: Page): Promise<string> {
  await page.locator('#panel .neighbours .small-button').first().click();
  await page.waitForSelector('#panel .evidence li');
  return (await page.locator('#panel .evidence').textContent()) ?? '';
}

async function expectNothingRan({ page, errors, dialogs }: Watched): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('#panel img, #panel script, #panel iframe, #sidebar img, #pipeline-status img, #graph-area img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
}

beforeAll(async () => {
  if (!hasChromium) return;
  work = await mkdtemp(join(tmpdir(), 'comention-articles-'));
  webRoot = join(work, 'web');
  await viteBuild({ root: join(ROOT, 'web'), configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } });
  // Any graph to start from: the articles replace it.
  fixtureOut = join(work, 'start-out');
  await writeFixture(fixtureOut, [{ key: 'country:atlantis', label: 'Atlantis', type: 'country' }], [{ id: 'a.txt', title: 'A', sentences: ['Atlantis.'] }]);
  server = await serve(fixtureOut, { webRoot });
  browser = await launchChromium();
  await mkdir(RESULTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('bringing articles into the explorer', () => {
  it('builds a graph from dropped articles in a worker, with evidence, warnings as text and nothing run', async () => {
    const watched = await openPage(server.url);
    const { page } = watched;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') requests.push(`${request.method()} ${request.url()}`);
    });
    await dropFiles(page, [...ARTICLES, { name: 'broken.txt', text: 'abc\u0000def' }]);
    await waitForBuiltGraph(page, 'Weber');
    expect(workers.some((url) => /pipeline\.worker/.test(url))).toBe(true);
    // The file that could not be read is named in the status card, as text.
    await expect.poll(() => page.locator('#pipeline-status').textContent()).toContain('broken.txt: binary file');
    const documents = await page.evaluate(() => (window as unknown as { comention: Comention }).comention.documents.size);
    expect(documents).toBe(2);

    await search(page, 'Weber');
    await expect.poll(() => page.locator('#panel-title').textContent()).toMatch(/Weber/);
    const evidence = await firstEvidence(page);
    expect(evidence).toMatch(/Weber/);
    expect(await page.locator('#panel .evidence mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'articles-dropped.png') });

    // Window switching works as for a built graph: the mentions came along.
    const links = () => page.evaluate(() => (window as unknown as { comention: Comention }).comention.visible.edges.size);
    expect(await page.evaluate(() => (window as unknown as { comention: Comention }).comention.canSwitchWindow())).toBe(true);
    const perSentence = await links();
    await page.evaluate(() => (window as unknown as { comention: Comention }).comention.setWindow('document'));
    // Norway and Weber share an article but no sentence.
    await expect.poll(links).toBeGreaterThan(perSentence);
    expect(requests).toEqual([]);
    await expectNothingRan(watched);
    await page.close();
  }, 120_000);

  it('builds a graph from chosen and from pasted articles', async () => {
    const watched = await openPage(server.url);
    const { page } = watched;
    await page.setInputFiles(
      '#import-input',
      ARTICLES.map((article) => ({ name: article.name, mimeType: 'text/plain', buffer: Buffer.from(article.text) })),
    );
    await waitForBuiltGraph(page, 'Costa');

    await page.click('#paste-open');
    await page.fill('#paste-text', PASTED);
    await page.screenshot({ path: join(RESULTS, 'articles-paste-dialog.png') });
    await page.click('#paste-build');
    await waitForBuiltGraph(page, 'Dahl');
    const documents = await page.evaluate(() => (window as unknown as { comention: Comention }).comention.documents.size);
    expect(documents).toBe(2);
    await search(page, 'Dahl');
    expect(await firstEvidence(page)).toMatch(/Dahl/);
    await page.screenshot({ path: join(RESULTS, 'articles-pasted.png') });
    await expectNothingRan(watched);
    await page.close();
  }, 120_000);

  it('cancels a build, stopping its worker and keeping the graph shown', async () => {
    const watched = await openPage(server.url);
    const { page } = watched;
    let workerClosed = false;
    page.on('worker', (worker) => {
      if (worker.url().includes('pipeline.worker')) worker.on('close', () => (workerClosed = true));
    });
    await dropFiles(page, ARTICLES);
    await page.locator('#pipeline-status').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('#toast').textContent()).toContain('Build cancelled');
    await expect.poll(() => workerClosed).toBe(true);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { comention: Comention }).comention.source)).toBe('server');
    expect(await page.locator('#pipeline-status').isHidden()).toBe(true);
    await expectNothingRan(watched);
    await page.close();
  }, 120_000);

  it('walks a dropped folder, taking only the articles in it', async () => {
    const watched = await openPage(server.url);
    const { page } = watched;
    // A drop of one folder as Chromium hands it over: entries to walk, no File objects at the top.
    await page.evaluate((articles) => {
      const fileEntry = (name: string, text: string) => ({ isFile: true, isDirectory: false, name, fullPath: `/news/${name}`, file: (done: (file: File) => void) => done(new File([text], name)) });
      const inside = [...articles.map((article) => fileEntry(article.name, article.text)), fileEntry('photo.jpg', 'JFIF'), fileEntry('.DS_Store', 'x')];
      const folder = {
        isFile: false,
        isDirectory: true,
        name: 'news',
        fullPath: '/news',
        createReader: () => {
          const batches = [inside.slice(0, 2), inside.slice(2), []];
          return { readEntries: (done: (entries: unknown[]) => void) => done(batches.shift() ?? []) };
        },
      };
      const event = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { items: [{ kind: 'file', webkitGetAsEntry: () => folder }], files: [], types: ['Files'] } });
      window.dispatchEvent(event);
    }, ARTICLES);
    await waitForBuiltGraph(page, 'Weber');
    const ids = await page.evaluate(() => [...(window as unknown as { comention: Comention }).comention.documents.keys()].sort());
    expect(ids).toEqual(['news/energy.md', 'news/talks.txt']);
    await expect.poll(() => page.locator('#pipeline-status').textContent()).toContain('1 other file left out');
    await expectNothingRan(watched);
    await page.close();
  }, 120_000);

  it('runs the pipeline on the page where the browser refuses the worker', async () => {
    const watched = await openPage(server.url);
    const { page } = watched;
    // As Chromium does for workers it may not start: the constructor throws. Other workers (layout) still start.
    await page.evaluate(() => {
      const RealWorker = window.Worker;
      window.Worker = class extends RealWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          if (String(url).includes('pipeline.worker')) throw new DOMException('workers are blocked here', 'SecurityError');
          super(url, options);
        }
      };
    });
    await dropFiles(page, ARTICLES);
    await waitForBuiltGraph(page, 'Weber');
    expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).__comentionPipeline)).toBe('function');
    await search(page, 'Costa');
    expect(await firstEvidence(page)).toMatch(/Costa/);
    await expectNothingRan(watched);
    await page.close();
  }, 120_000);

  it('builds a graph from dropped articles in a static page opened from disk', async () => {
    const pagePath = await writeSite(fixtureOut, join(work, 'site'), { webRoot });
    expect(await readFile(pagePath, 'utf8')).toContain('id="comention-pipeline-worker"');
    const watched = await openPage(pathToFileURL(pagePath).href);
    const { page } = watched;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await dropFiles(page, ARTICLES);
    await waitForBuiltGraph(page, 'Weber');
    await search(page, 'Lopez');
    expect(await firstEvidence(page)).toMatch(/Lopez/);
    await page.screenshot({ path: join(RESULTS, 'articles-static-site.png') });
    // Chromium lets a page on disk start a worker from a blob: URL, so the inlined pipeline script runs there.
    expect(workers.filter((url) => url.startsWith('blob:'))).not.toEqual([]);
    await expectNothingRan(watched);
    await page.close();
  }, 120_000);
});
