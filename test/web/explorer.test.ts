/**
 * The explorer in a real browser (Debian Chromium, headless, WebGL through SwiftShader), against a real build of
 * the seed corpus and against hostile hand-made data. Screenshots land in test-results/ for people to look at.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/build.js';
import { serve, writeSite, type RunningServer } from '../../src/server/index.js';
import type { Overrides } from '../../src/types.js';
import { hasChromium, launchChromium, openWatchedPage, type Watched } from './browser.js';
import { HOSTILE_DOCUMENTS, HOSTILE_ENTITIES, writeFixture } from './fixture.js';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = join(ROOT, 'test-results');

let work: string;
let webRoot: string;
let seedsOut: string;
let overridesPath: string;
let browser: Browser;
let seeds: RunningServer;

async function openPage(url: string, viewport = { width: 1400, height: 860 }): Promise<Watched> {
  const watched = await openWatchedPage(browser, url, viewport);
  // Let sigma draw its first frames.
  await watched.page.waitForTimeout(400);
  return watched;
}

/** Coloured (not grey, not white) pixels of the graph area in a screenshot, read back through an <img>. */
async function colouredPixels(page: Page): Promise<number> {
  const png = await page.locator('#graph').screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
    }
    return count;
  }, png.toString('base64'));
}

async function search(page: Page, query: string): Promise<void> {
  await page.fill('#search-input', query);
  await page.waitForSelector('#search-results li');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#panel:not([hidden])');
}

/** Clicks the middle of the first drawn edge whose middle is clear of nodes; returns whether the panel shows it. */
async function clickAnEdge(page: Page): Promise<boolean> {
  const points = await page.evaluate(() => {
    const explorer = (window as unknown as { comention: import('../../web/src/app.js').Explorer }).comention;
    const renderer = explorer.renderer;
    const nodes = [...explorer.visible.nodes].map((node) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!));
    const candidates: Array<{ x: number; y: number }> = [];
    for (const edge of explorer.visible.edges) {
      const [a, b] = explorer.graph.extremities(edge).map((node) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!));
      const middle = { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
      const length = Math.hypot(a!.x - b!.x, a!.y - b!.y);
      if (length > 60 && nodes.every((node) => Math.hypot(node.x - middle.x, node.y - middle.y) > 25)) candidates.push(middle);
    }
    return candidates.slice(0, 15);
  });
  const box = (await page.locator('#graph').boundingBox())!;
  for (const point of points) {
    await page.mouse.click(box.x + point.x, box.y + point.y);
    // Wait past sigma's double-click window, or the next click would zoom instead.
    await page.waitForTimeout(400);
    if (await page.locator('#panel .evidence').count()) return true;
  }
  return false;
}

beforeAll(async () => {
  if (!hasChromium) return;
  work = await mkdtemp(join(tmpdir(), 'comention-web-'));
  webRoot = join(work, 'web');
  // Build the explorer from the current sources into a private folder: never test a stale dist/web.
  await viteBuild({ root: join(ROOT, 'web'), configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } });
  seedsOut = join(work, 'seeds-out');
  overridesPath = join(work, 'comention.overrides.json');
  await buildCorpus([join(ROOT, 'corpus')], { out: seedsOut, jobs: 1, cache: false, overridesPath });
  seeds = await serve(seedsOut, { webRoot, overridesPath });
  browser = await launchChromium();
  await mkdir(RESULTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await seeds?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('explorer on the seed corpus', () => {
  it('draws the graph, finds Putin, shows edge evidence, with no console errors', async () => {
    const { page, errors } = await openPage(seeds.url);
    expect(await colouredPixels(page)).toBeGreaterThan(800);
    await page.screenshot({ path: join(RESULTS, 'explorer-overview.png') });

    await search(page, 'Putin');
    await expect.poll(() => page.locator('#panel-title').textContent()).toMatch(/Putin/);
    expect(await page.locator('#panel .neighbours li').count()).toBeGreaterThan(0);
    // The camera now looks at the selected node, once its animation is over: polled, as software WebGL on a busy
    // machine can take longer than the animation's nominal duration (a fixed 700 ms wait failed in CI once).
    const offCentre = () =>
      page.evaluate(() => {
        const explorer = (window as unknown as { comention: import('../../web/src/app.js').Explorer }).comention;
        const camera = explorer.renderer.getCamera();
        const node = explorer.renderer.getNodeDisplayData((explorer.selection as { key: string }).key)!;
        return Math.hypot(camera.x - node.x, camera.y - node.y);
      });
    await expect.poll(offCentre, { timeout: 5000 }).toBeLessThan(0.01);
    await page.screenshot({ path: join(RESULTS, 'explorer-putin.png') });

    await page.click('#panel .close');
    await page.click('#zoom-fit');
    await page.waitForTimeout(600);
    expect(await clickAnEdge(page)).toBe(true);
    expect(await page.locator('#panel .evidence li').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel .evidence mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'explorer-edge.png') });

    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows the view with filters and counts live', async () => {
    const { page, errors } = await openPage(seeds.url);
    const stats = async () => (await page.locator('#stats').textContent()) ?? '';
    const all = await stats();
    await page.uncheck('#filter-type-organization');
    await expect.poll(stats).not.toBe(all);
    expect(await stats()).toMatch(/ of \d+ entities/);
    await page.check('#filter-type-organization');
    await expect.poll(stats).toBe(all);
    await page.locator('#filter-min-weight').fill('2');
    await expect.poll(stats).toMatch(/ of \d+ links/);
    await page.screenshot({ path: join(RESULTS, 'explorer-filtered.png') });

    // An entity the filters hide can still be found, and one click shows everything again.
    await page.uncheck('#filter-type-person');
    await search(page, 'Putin');
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(stats).toBe(all);
    expect(await page.isChecked('#filter-type-person')).toBe(true);
    expect(await page.inputValue('#filter-min-weight')).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('merges two entities at once, saves the rule, and undoes it', async () => {
    const { page, errors } = await openPage(seeds.url);
    const order = () => page.evaluate(() => (window as unknown as { comention: import('../../web/src/app.js').Explorer }).comention.graph.order);
    const before = await order();
    await search(page, 'Putin');
    const other = await page.locator('#panel .neighbours li .link-button').first().textContent();
    await page.getByRole('button', { name: 'Merge into…' }).click();
    await page.fill('#panel .inline-form input', other!);
    await page.waitForSelector('#panel .inline-form li');
    await page.keyboard.press('Enter');
    await expect.poll(order).toBe(before - 1);
    await expect.poll(async () => existsSync(overridesPath) && (JSON.parse(await readFile(overridesPath, 'utf8')) as Overrides).rules.length).toBe(1);
    const rule = (JSON.parse(await readFile(overridesPath, 'utf8')) as Overrides).rules[0];
    expect(rule).toMatchObject({ op: 'merge', from: expect.stringContaining('putin') });
    await page.screenshot({ path: join(RESULTS, 'explorer-merged.png') });

    await page.click('#undo');
    await expect.poll(order).toBe(before);
    await expect.poll(async () => (JSON.parse(await readFile(overridesPath, 'utf8')) as Overrides).rules.length).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs ForceAtlas2 in a worker, exports the view and opens a GraphML file', async () => {
    const { page, errors } = await openPage(seeds.url);
    const positions = () =>
      page.evaluate(() => {
        const { graph } = (window as unknown as { comention: import('../../web/src/app.js').Explorer }).comention;
        return graph.mapNodes((_node, attributes) => [attributes.x, attributes.y]);
      });
    const before = await positions();
    await page.click('#layout-toggle');
    expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('true');
    await page.waitForTimeout(1000);
    // The layout keeps running while links are recounted (the graph is rebuilt under it).
    await page.getByRole('button', { name: 'Paragraph', exact: true }).click();
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Sentence', exact: true }).click();
    await page.waitForTimeout(500);
    await page.click('#layout-toggle');
    expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('false');
    expect(await positions()).not.toEqual(before);

    await page.uncheck('#filter-type-organization');
    const shown = await page.evaluate(() => (window as unknown as { comention: import('../../web/src/app.js').Explorer }).comention.visible.nodes.size);
    const saved: Record<string, Buffer> = {};
    for (const format of ['graphml', 'gexf', 'csv-edges', 'csv-nodes', 'json', 'png']) {
      await page.click('#export-menu summary');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
      saved[format] = await readFile((await download.path())!);
      await writeFile(join(RESULTS, `export-${download.suggestedFilename()}`), saved[format]!);
    }
    expect(saved.graphml!.toString()).toContain('<graphml');
    expect(saved.gexf!.toString()).toContain('<gexf');
    expect(saved['csv-nodes']!.toString().trim().split('\n')).toHaveLength(shown + 1);
    expect(saved['csv-nodes']!.toString()).not.toMatch(/organization/);
    expect((JSON.parse(saved.json!.toString()) as { nodes: unknown[] }).nodes).toHaveLength(shown);
    expect([...saved.png!.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(saved.png!.length).toBeGreaterThan(5000);

    const graphmlPath = join(work, 'view.graphml');
    await writeFile(graphmlPath, saved.graphml!);
    await page.setInputFiles('#import-input', graphmlPath);
    await expect.poll(() => page.evaluate(() => (window as unknown as { comention: import('../../web/src/app.js').Explorer }).comention.graph.order)).toBe(shown);
    expect(await colouredPixels(page)).toBeGreaterThan(500);
    await search(page, 'Putin');
    expect(await page.locator('#panel .neighbours li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'explorer-imported.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an ego network and the shortest path between two entities', async () => {
    const { page, errors } = await openPage(seeds.url);
    const stats = async () => (await page.locator('#stats').textContent()) ?? '';
    const all = await stats();
    await search(page, 'Putin');
    await page.getByRole('button', { name: 'Neighbours' }).click();
    await expect.poll(stats).not.toBe(all);
    const egoSize = await page.evaluate(() => (window as unknown as { comention: import('../../web/src/app.js').Explorer }).comention.visible.nodes.size);
    const degree = await page.evaluate(() => {
      const explorer = (window as unknown as { comention: import('../../web/src/app.js').Explorer }).comention;
      return explorer.graph.degree((explorer.selection as { key: string }).key);
    });
    expect(egoSize).toBe(degree + 1);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(stats).toBe(all);

    // The farthest entity reachable from Putin, so the path has several steps.
    const far = await page.evaluate(() => {
      const explorer = (window as unknown as { comention: import('../../web/src/app.js').Explorer }).comention;
      const start = (explorer.selection as { key: string }).key;
      const distance = new Map([[start, 0]]);
      const queue = [start];
      while (queue.length) {
        const node = queue.shift()!;
        for (const next of explorer.graph.neighbors(node)) {
          if (!distance.has(next)) {
            distance.set(next, distance.get(node)! + 1);
            queue.push(next);
          }
        }
      }
      const [key, hops] = [...distance].sort((a, b) => b[1] - a[1])[0]!;
      return { label: explorer.graph.getNodeAttribute(key, 'label'), hops };
    });
    await page.getByRole('button', { name: 'Path to…' }).click();
    await page.fill('#panel .inline-form input', far.label);
    await page.waitForSelector('#panel .inline-form li');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel .path');
    expect(await page.locator('#panel .path li').count()).toBe(far.hops + 1);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(RESULTS, 'explorer-path.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#panel').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('recounts links per paragraph or document, keeping curation and evidence', async () => {
    const { page, errors } = await openPage(seeds.url);
    const explorerState = () =>
      page.evaluate(() => {
        const explorer = (window as unknown as { comention: import('../../web/src/app.js').Explorer }).comention;
        return { edges: explorer.graph.size, nodes: explorer.graph.order, window: explorer.window };
      });
    const sentence = await explorerState();
    await page.getByRole('button', { name: 'Document', exact: true }).click();
    const documentWide = await explorerState();
    expect(documentWide.window).toBe('document');
    expect(documentWide.edges).toBeGreaterThan(sentence.edges);

    await search(page, 'Putin');
    await page.getByRole('button', { name: 'Hide' }).click();
    await expect.poll(async () => (await explorerState()).nodes).toBe(sentence.nodes - 1);
    await page.getByRole('button', { name: 'Paragraph', exact: true }).click();
    const paragraph = await explorerState();
    // The hidden entity stays hidden when links are recounted.
    expect(paragraph.nodes).toBe(sentence.nodes - 1);

    await page.click('#zoom-fit');
    await page.waitForTimeout(500);
    expect(await clickAnEdge(page)).toBe(true);
    expect(await page.locator('#panel .evidence blockquote').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'explorer-paragraph-window.png') });

    await page.click('#undo');
    await page.getByRole('button', { name: 'Sentence', exact: true }).click();
    expect(await explorerState()).toEqual(sentence);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works from the keyboard alone', async () => {
    const { page, errors } = await openPage(seeds.url);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('puti');
    await page.waitForSelector('#search-results li[aria-selected="true"]');
    expect(await page.getAttribute('#search-input', 'aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel-title').textContent()).toMatch(/Putin/);
    // Tab on to the first "Evidence" button of the neighbour list and open it.
    let reached = false;
    for (let step = 0; step < 40 && !reached; step++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === 'Evidence');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel .evidence li');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#panel').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works as a static page opened from disk', async () => {
    const site = join(work, 'site');
    const pagePath = await writeSite(seedsOut, site, { webRoot });
    const { page, errors } = await openPage(pathToFileURL(pagePath).href);
    expect(await colouredPixels(page)).toBeGreaterThan(800);
    await search(page, 'Putin');
    await expect.poll(() => page.locator('#panel-title').textContent()).toMatch(/Putin/);
    await page.screenshot({ path: join(RESULTS, 'static-site.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone screen', async () => {
    const { page, errors } = await openPage(seeds.url, { width: 390, height: 780 });
    expect(await colouredPixels(page)).toBeGreaterThan(200);
    await search(page, 'Putin');
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(RESULTS, 'explorer-phone.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('explorer on dated documents', () => {
  it('narrows links to a date range and splits an alias off as a rule', async () => {
    const out = join(work, 'dated-out');
    const entities = [
      { key: 'person:ana-silva', label: 'Ana Silva', type: 'person' as const, aliases: ['Ana Silva', 'Silva', 'Ms Silva'] },
      { key: 'organization:acme', label: 'Acme', type: 'organization' as const },
      { key: 'country:portugal', label: 'Portugal', type: 'country' as const },
    ];
    await writeFixture(out, entities, [
      { id: 'jan.txt', title: 'January', date: '2024-01-10', url: 'https://example.org/jan', sentences: ['Ana Silva joined Acme.', 'Silva said Portugal backs Acme.'] },
      { id: 'jun.txt', title: 'June', date: '2024-06-02', sentences: ['Ms Silva left Portugal.'] },
    ]);
    const overrides = join(work, 'dated.overrides.json');
    const server = await serve(out, { webRoot, overridesPath: overrides });
    try {
      const { page, errors } = await openPage(server.url);
      const links = () => page.evaluate(() => (window as unknown as { comention: import('../../web/src/app.js').Explorer }).comention.visible.edges.size);
      const all = await links();
      await page.fill('#filter-date-from', '2024-05-01');
      await expect.poll(links).toBeLessThan(all);
      expect(await links()).toBe(1);
      await page.fill('#filter-date-from', '');
      await expect.poll(links).toBe(all);

      await search(page, 'Ana Silva');
      await page.getByRole('button', { name: 'Split alias…' }).click();
      await page.selectOption('#panel .inline-form select', 'Ms Silva');
      await page.getByRole('button', { name: 'Split off' }).click();
      await expect.poll(async () => existsSync(overrides) && (JSON.parse(await readFile(overrides, 'utf8')) as Overrides).rules).toEqual([{ op: 'split', entity: 'person:ana-silva', alias: 'Ms Silva' }]);
      expect(await page.locator('#panel a[href="https://example.org/jan"]').count()).toBe(1);
      await page.screenshot({ path: join(RESULTS, 'explorer-dated.png') });
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });
});

describe.skipIf(!hasChromium)('explorer on hostile data', () => {
  const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

  async function checkHostile({ page, errors, dialogs }: Watched, shot: string): Promise<void> {
    await search(page, 'Atlantis');
    const names = await page.locator('#panel .neighbours .link-button').allTextContents();
    expect(names.join(' ')).toContain('<img src=x onerror=');
    await page.locator('#panel .neighbours .small-button').first().click();
    await page.waitForSelector('#panel .evidence li');
    // The markup shows as text, and none of it became elements.
    expect(await page.locator('#panel .evidence').textContent()).toContain('<script>window.__pwned=2</script>');
    expect(await page.locator('#panel img, #panel script, #panel iframe, #sidebar img').count()).toBe(0);
    expect(await page.locator('#panel a[href^="javascript"]').count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, shot) });
    expect(await pwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }

  it('shows hostile names and sentences as text when served', async () => {
    const out = join(work, 'hostile-out');
    await writeFixture(out, HOSTILE_ENTITIES, HOSTILE_DOCUMENTS);
    const server = await serve(out, { webRoot });
    try {
      await checkHostile(await openPage(server.url), 'hostile-served.png');
    } finally {
      await server.close();
    }
  });

  it('shows hostile names and sentences as text in a static page', async () => {
    const out = join(work, 'hostile-site-out');
    await writeFixture(out, HOSTILE_ENTITIES, HOSTILE_DOCUMENTS);
    const pagePath = await writeSite(out, join(work, 'hostile-site'), { webRoot });
    const html = await readFile(pagePath, 'utf8');
    expect(html).not.toContain('<script>window.__pwned');
    await checkHostile(await openPage(pathToFileURL(pagePath).href), 'hostile-static.png');
  });

  it('runs nothing from a hostile corpus built by the pipeline', async () => {
    const corpus = join(work, 'hostile-corpus');
    await mkdir(corpus, { recursive: true });
    await writeFile(
      join(corpus, 'a.txt'),
      '# <script>window.__pwned=6</script> Talks\n\nPresident Maria Lopez of Spain met Chancellor Hans Weber of Germany in Paris. <img src=x onerror="window.__pwned=7"> Lopez said Spain and Germany agreed.\n\n<script>window.__pwned=8</script> Weber thanked Lopez.\n',
    );
    const out = join(work, 'hostile-corpus-out');
    await buildCorpus([corpus], { out, jobs: 1, cache: false });
    const server = await serve(out, { webRoot });
    try {
      const { page, errors, dialogs } = await openPage(server.url);
      const edges = await page.evaluate(() => (window as unknown as { comention: import('../../web/src/app.js').Explorer }).comention.graph.size);
      if (edges > 0) {
        await page.click('#zoom-fit');
        await page.waitForTimeout(500);
        await clickAnEdge(page);
      }
      await page.screenshot({ path: join(RESULTS, 'hostile-corpus.png') });
      expect(await pwned(page)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
