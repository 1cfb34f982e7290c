/**
 * The explorer on a large generated graph (the bench's generator): drawn within a frame budget, with hover and
 * selection on the focus layer (web/src/render.ts, web/src/focus.ts). Timings are the bench's business; these
 * tests check behaviour, in headless Chromium.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGraph } from '../../scripts/bench-explorer.js';
import { serve, type RunningServer } from '../../src/server/index.js';
import type { Explorer } from '../../web/src/app.js';
import { hasChromium, launchChromium, openWatchedPage } from './browser.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** Enough to be drawn the cheap way (more than 5,000 links), with more links than a frame at rest draws. */
const EDGES = 30_000;

let work: string;
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  if (!hasChromium) return;
  work = await mkdtemp(join(tmpdir(), 'comention-scale-'));
  const webRoot = join(work, 'web');
  await viteBuild({ root: join(ROOT, 'web'), configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } });
  const out = join(work, 'graph');
  writeGraph(out, EDGES);
  // A build writes these too; without them the page logs the 404s as errors.
  await writeFile(join(out, 'documents.json'), '[]');
  await writeFile(join(out, 'mentions.jsonl'), '');
  server = await serve(out, { webRoot });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

type Layers = Record<'edges' | 'nodes' | 'labels' | 'focus', { visible: boolean; opacity: string }>;

/** The CSS state of sigma's layers and of the focus layer. */
function layers(page: Page): Promise<Layers> {
  return page.evaluate(() => {
    const canvases = (window as unknown as { comention: Explorer }).comention.renderer.getCanvases();
    const state = (name: string) => ({ visible: canvases[name]!.style.visibility !== 'hidden', opacity: canvases[name]!.style.opacity });
    return { edges: state('edges'), nodes: state('nodes'), labels: state('labels'), focus: state('focus') };
  });
}

/** Viewport position of the biggest node well inside the graph area, with its key. */
function biggestNode(page: Page): Promise<{ key: string; x: number; y: number }> {
  return page.evaluate(() => {
    const explorer = (window as unknown as { comention: Explorer }).comention;
    const renderer = explorer.renderer;
    const { width, height } = renderer.getDimensions();
    let best = { key: '', x: 0, y: 0 };
    let bestSize = -1;
    for (const node of explorer.visible.nodes) {
      const data = renderer.getNodeDisplayData(node)!;
      const at = renderer.framedGraphToViewport(data);
      if (at.x < 80 || at.y < 80 || at.x > width - 80 || at.y > height - 80 || data.size <= bestSize) continue;
      best = { key: node, ...at };
      bestSize = data.size;
    }
    return best;
  });
}

/** Pixels of the focus layer that are not transparent. */
function focusPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = (window as unknown as { comention: Explorer }).comention.renderer.getCanvases().focus!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
    return count;
  });
}

describe.skipIf(!hasChromium)(`explorer on a generated graph of ${EDGES} links`, () => {
  it('draws the strongest links at rest, more when zoomed in, none while the camera moves', async () => {
    const { page, errors } = await openWatchedPage(browser, server.url);
    const explorer = () => page.evaluate(() => {
      const explorer = (window as unknown as { comention: Explorer }).comention;
      return { large: explorer.large, drawn: explorer.drawnEdgeCount(), visible: explorer.visible.edges.size };
    });
    const atRest = await explorer();
    expect(atRest.large).toBe(true);
    expect(atRest.visible).toBe(EDGES);
    expect(atRest.drawn).toBeLessThan(atRest.visible);

    // While it moves, the empty layers of edges and labels are hidden; they come back when it settles.
    const moving = await page.evaluate(() => {
      const renderer = (window as unknown as { comention: Explorer }).comention.renderer;
      renderer.getCamera().setState({ ratio: 0.5 });
      return renderer.getCanvases().edges!.style.visibility;
    });
    expect(moving).toBe('hidden');
    await expect.poll(async () => (await layers(page)).edges.visible).toBe(true);
    expect((await layers(page)).labels.visible).toBe(true);
    expect((await explorer()).drawn).toBe(EDGES);

    await page.screenshot({ path: join(ROOT, 'test-results', 'scale-zoomed.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a hovered node with its links on the focus layer, and restores the view after', async () => {
    const { page, errors } = await openWatchedPage(browser, server.url);
    await page.waitForTimeout(400);
    const box = (await page.locator('#graph').boundingBox())!;
    const node = await biggestNode(page);
    expect(await focusPixels(page)).toBe(0);

    await page.mouse.move(box.x + node.x, box.y + node.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as { comention: Explorer }).comention.hovered)).not.toBeNull();
    const hovered = await layers(page);
    expect(hovered.edges.visible).toBe(false);
    expect(hovered.nodes.opacity).not.toBe('');
    expect(hovered.labels.visible).toBe(false);
    expect(hovered.focus.visible).toBe(true);
    expect(await focusPixels(page)).toBeGreaterThan(50);
    await page.screenshot({ path: join(ROOT, 'test-results', 'scale-hover.png') });

    await page.mouse.move(box.x + 2, box.y + 2);
    await expect.poll(async () => (await layers(page)).edges.visible).toBe(true);
    const after = await layers(page);
    expect(after.nodes.opacity).toBe('');
    expect(after.labels.visible).toBe(true);
    expect(after.focus.visible).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('selects a node by click, fades the rest for a path, and clears with Escape', async () => {
    const { page, errors } = await openWatchedPage(browser, server.url);
    await page.waitForTimeout(400);
    const box = (await page.locator('#graph').boundingBox())!;
    const node = await biggestNode(page);
    await page.mouse.click(box.x + node.x, box.y + node.y);
    await page.waitForSelector('#panel:not([hidden])');
    expect(await page.evaluate(() => (window as unknown as { comention: Explorer }).comention.selection)).toEqual({ kind: 'node', key: node.key });
    await page.mouse.move(box.x + 2, box.y + 2);
    // The selection keeps the focus once the pointer has left.
    await expect.poll(async () => (await layers(page)).focus.visible).toBe(true);
    expect((await layers(page)).edges.visible).toBe(false);

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await layers(page)).focus.visible).toBe(false);

    const path = await page.evaluate((from) => {
      const explorer = (window as unknown as { comention: Explorer }).comention;
      const far = explorer.graph.nodes().find((other) => other !== from && !explorer.graph.areNeighbors(from, other))!;
      return explorer.showPath(from, far);
    }, node.key);
    expect(path!.length).toBeGreaterThan(2);
    // The camera flies to the path first; the faded links show once it settles.
    await expect.poll(async () => (await layers(page)).edges.visible, { timeout: 10_000 }).toBe(true);
    const faded = await layers(page);
    expect(faded.edges.opacity).not.toBe('');
    expect(faded.focus.visible).toBe(true);
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(ROOT, 'test-results', 'scale-path.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('applies the filter changes made before the next frame in one pass', async () => {
    const { page, errors } = await openWatchedPage(browser, server.url);
    const result = await page.evaluate(
      () =>
        new Promise<{ passes: number; weakest: number; shown: number }>((done) => {
          const explorer = (window as unknown as { comention: Explorer }).comention;
          let passes = 0;
          explorer.renderer.on('afterProcess', () => passes++);
          // What a dragged slider sends.
          for (const minWeight of [2, 3, 4]) explorer.setFilters({ minWeight });
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const weights = [...explorer.visible.edges].map((edge) => explorer.graph.getEdgeAttribute(edge, 'weight'));
              done({ passes, weakest: Math.min(...weights), shown: weights.length });
            }),
          );
        }),
    );
    expect(result.passes).toBe(1);
    expect(result.weakest).toBe(4);
    expect(result.shown).toBeLessThan(EDGES);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a clicked link among the drawn ones only', async () => {
    const { page, errors } = await openWatchedPage(browser, server.url);
    await page.waitForTimeout(400);
    const found = await page.evaluate(() => {
      const explorer = (window as unknown as { comention: Explorer }).comention;
      const renderer = explorer.renderer;
      const drawn = explorer.drawnEdgeCount();
      // The strongest link and the weakest: the first is drawn, the second is not at this zoom.
      const byWeight = [...explorer.visible.edges].sort((a, b) => explorer.graph.getEdgeAttribute(b, 'weight') - explorer.graph.getEdgeAttribute(a, 'weight'));
      const middle = (edge: string) => {
        const [a, b] = explorer.graph.extremities(edge).map((node) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!));
        return { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
      };
      const strongest = byWeight[0]!;
      const weakest = byWeight[byWeight.length - 1]!;
      const nearStrongest = explorer.edgeNear(middle(strongest).x, middle(strongest).y);
      const nearWeakest = explorer.edgeNear(middle(weakest).x, middle(weakest).y, 0.5);
      return { drawn, strongest, nearStrongest, weakest, nearWeakest };
    });
    expect(found.drawn).toBeLessThan(EDGES);
    expect(found.nearStrongest).toBeDefined();
    expect(found.nearWeakest).not.toBe(found.weakest);
    expect(errors).toEqual([]);
    await page.close();
  });
});
