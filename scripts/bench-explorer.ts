/**
 * The explorer part of `npm run bench`: generated graphs of growing size are served by `serve()` (src/server) to
 * the built explorer (dist/web) in headless Debian Chromium, which reports
 *   - time to first draw: from navigation start to the first WebGL draw call (fetch, parse, import, index, draw);
 *   - frame time while panning: the camera moves every animation frame for a few seconds, and the intervals
 *     between sigma's `afterRender` events are the frames a person would see;
 *   - hover and click response: from the pointer event on a node (a move, a press) to the
 *     second animation frame after the explorer took it in, i.e. once the frame showing the response is out.
 * Chromium draws with SwiftShader (WebGL on the CPU), so figures are an upper bound for a machine with a GPU.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { serve } from '../src/server/index.js';
import { TOOL_VERSION } from '../src/version.js';

export interface ExplorerResult {
  edges: number;
  nodes: number;
  jsonMb: number;
  firstDrawMs: number;
  frameMedianMs: number;
  frameP95Ms: number;
  frames: number;
  hoverMs: number;
  clickMs: number;
}

const WEB_ROOT = fileURLToPath(new URL('../dist/web', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Average degree of the generated graphs: co-mention graphs of news are sparse. */
const DEGREE = 10;
const PAN_SECONDS = 4;
const MAX_FRAMES = 120;
/** Hovers and clicks measured per graph; the median is reported. */
const RESPONSES = 5;

/** Runs in the page before its own scripts: notes when WebGL first draws. */
const FIRST_DRAW_PROBE = `
  (() => {
    window.__firstDraw = undefined;
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
        const original = proto[name];
        if (typeof original !== 'function') continue;
        proto[name] = function (...args) {
          if (window.__firstDraw === undefined) window.__firstDraw = performance.now();
          return original.apply(this, args);
        };
      }
    }
  })();
`;

/** `webRoot`: another build of the explorer than dist/web (a private one, while others rebuild dist/). */
export async function benchExplorer(dir: string, sizes: number[], { webRoot = WEB_ROOT }: { webRoot?: string } = {}): Promise<ExplorerResult[]> {
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error(`no built explorer in ${webRoot} (run "npm run build")`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results: ExplorerResult[] = [];
  try {
    // The first page a fresh browser opens pays for its own start-up (shader compilation…): a warm-up, not counted.
    for (const [index, edges] of [sizes[0]!, ...sizes].entries()) {
      const out = join(dir, `graph-${edges}`);
      const { nodes, bytes } = writeGraph(out, edges);
      const server = await serve(out, { port: 0, webRoot });
      // The served page forbids eval (CSP); the probes below are source text, which Playwright evaluates.
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      try {
        await page.addInitScript(FIRST_DRAW_PROBE);
        await page.goto(server.url, { timeout: 300_000 });
        await page.waitForFunction('window.__firstDraw !== undefined', undefined, { timeout: 300_000, polling: 50 });
        const firstDrawMs = (await page.evaluate('window.__firstDraw')) as number;
        await page.waitForFunction('window.comention !== undefined', undefined, { timeout: 300_000 });
        const frames = (await page.evaluate(`(${PAN})(${JSON.stringify({ seconds: PAN_SECONDS, maxFrames: MAX_FRAMES })})`)) as number[];
        const sorted = [...frames].sort((a, b) => a - b);
        const { hoverMs, clickMs } = await measureResponses(page);
        if (index === 0) continue;
        results.push({
          edges,
          nodes,
          jsonMb: bytes / 1048576,
          firstDrawMs,
          frameMedianMs: sorted[Math.floor(sorted.length / 2)] ?? NaN,
          frameP95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN,
          frames: frames.length,
          hoverMs,
          clickMs,
        });
      } finally {
        await page.close();
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Hovers and clicks the biggest node in view a few times, with the pointer away from nodes in between. */
async function measureResponses(page: Page): Promise<{ hoverMs: number; clickMs: number }> {
  const hovers: number[] = [];
  const clicks: number[] = [];
  const box = (await page.locator('#graph').boundingBox())!;
  for (let round = 0; round < RESPONSES; round++) {
    const target = (await page.evaluate(BIGGEST_NODE_IN_VIEW)) as { x: number; y: number } | null;
    if (!target) break;
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.waitForFunction('window.comention.hovered === null');
    await page.waitForTimeout(300);
    await page.evaluate(`(${RESPONSE})('mousemove', () => window.comention.hovered !== null)`);
    await page.mouse.move(box.x + target.x, box.y + target.y);
    hovers.push((await page.evaluate('window.__response')) as number);
    await page.evaluate(`(${RESPONSE})('mousedown', () => window.comention.selection?.kind === 'node')`);
    await page.mouse.click(box.x + target.x, box.y + target.y);
    clicks.push((await page.evaluate('window.__response')) as number);
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.evaluate('window.comention.select(null)');
    // Past sigma's double-click window, so the next click is a click.
    await page.waitForTimeout(400);
  }
  return { hoverMs: median(hovers), clickMs: median(clicks) };
}

/** In the page: the viewport position of the biggest visible node well inside the graph area. */
const BIGGEST_NODE_IN_VIEW = `
  (() => {
    const explorer = window.comention;
    const renderer = explorer.renderer;
    const { width, height } = renderer.getDimensions();
    let best = null;
    let bestSize = -1;
    for (const node of explorer.visible.nodes) {
      const data = renderer.getNodeDisplayData(node);
      const at = renderer.framedGraphToViewport(data);
      if (at.x < 60 || at.y < 60 || at.x > width - 60 || at.y > height - 60 || data.size <= bestSize) continue;
      best = at;
      bestSize = data.size;
    }
    return best;
  })
`.trim() + '()';

/**
 * In the page: from the next `type` event on the graph, waits for `done()` and then two animation frames;
 * `window.__response` is a promise of the time that took. Set up before Playwright sends the event, as an
 * evaluation and an input event are not ordered.
 */
const RESPONSE = `
  (type, done) => {
    window.__response = new Promise((resolve) => {
      const container = window.comention.renderer.getContainer();
      container.addEventListener(type, (event) => {
        const started = event.timeStamp;
        const poll = () => {
          if (!done()) return setTimeout(poll, 1);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
        };
        poll();
      }, { capture: true, once: true });
    });
  }
`;

/**
 * In the page: pans the camera a little every animation frame and returns the times between rendered frames.
 * Kept as source text: a function passed to page.evaluate would carry the helpers tsx adds to compiled code.
 */
const PAN = `
  ({ seconds, maxFrames }) => new Promise((resolve) => {
    const renderer = window.comention.renderer;
    const camera = renderer.getCamera();
    const intervals = [];
    let last;
    let step = 0;
    const started = performance.now();
    const rendered = () => {
      const now = performance.now();
      if (last !== undefined) intervals.push(now - last);
      last = now;
    };
    renderer.on('afterRender', rendered);
    const tick = () => {
      const elapsed = performance.now() - started;
      // Ten frames at least, however slow they are, for a median worth the name; never more than a minute.
      if ((elapsed > seconds * 1000 && intervals.length >= 10) || intervals.length >= maxFrames || elapsed > 60000) {
        renderer.off('afterRender', rendered);
        resolve(intervals);
        return;
      }
      const state = camera.getState();
      // A slow circle around the start: every frame shows a different part of the graph.
      step++;
      camera.setState({ x: state.x + 0.004 * Math.cos(step / 20), y: state.y + 0.004 * Math.sin(step / 20) });
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })
`;

/**
 * Writes a graph.json of `edges` edges between `edges / DEGREE * 2` entities: clustered positions, sizes and
 * communities as a build would give them, one evidence sentence per edge.
 */
export function writeGraph(out: string, edges: number): { nodes: number; bytes: number } {
  mkdirSync(out, { recursive: true });
  const nodeCount = Math.max(10, Math.round((edges * 2) / DEGREE));
  const next = mulberry32(edges);
  const types = ['person', 'organization', 'country'] as const;
  const clusters = Math.max(3, Math.round(Math.sqrt(nodeCount) / 2));
  const centres = Array.from({ length: clusters }, () => ({ x: (next() - 0.5) * 2000, y: (next() - 0.5) * 2000 }));
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const community = i % clusters;
    const centre = centres[community]!;
    const mentions = 1 + Math.floor(1000 * next() ** 6);
    const type = types[i % 3]!;
    return {
      key: `${type}:entity-${i}`,
      attributes: {
        label: `Entity ${i}`,
        type,
        aliases: [`Entity ${i}`],
        mentions,
        documents: Math.max(1, Math.floor(mentions / 2)),
        x: Math.round(centre.x + (next() - 0.5) * 400),
        y: Math.round(centre.y + (next() - 0.5) * 400),
        size: 3 + 17 * Math.sqrt(mentions / 1000),
        community,
      },
    };
  });
  const seen = new Set<string>();
  const edgeList: unknown[] = [];
  while (edgeList.length < edges) {
    const a = Math.floor(next() * nodeCount);
    // Mostly within a community, as co-mentions cluster by story.
    const b = next() < 0.8 ? (a + clusters * (1 + Math.floor(next() * 20))) % nodeCount : Math.floor(next() * nodeCount);
    if (a === b) continue;
    const [source, target] = [nodes[Math.min(a, b)]!.key, nodes[Math.max(a, b)]!.key];
    const key = `${source}--${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const weight = 1 + Math.floor(20 * next() ** 4);
    edgeList.push({
      key,
      source,
      target,
      undirected: true,
      attributes: {
        weight,
        documents: weight,
        npmi: Math.round((next() * 2 - 1) * 1000) / 1000,
        evidence: [{ doc: `doc-${edgeList.length % 997}.txt`, sentence: 0, start: 0, end: 80, text: 'Both were named in the same sentence of a generated article, for the benchmark.' }],
      },
    });
  }
  const graph = {
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    attributes: { format: 'comention-graph', version: 1, tool: 'comention', toolVersion: TOOL_VERSION, window: 'sentence', documents: 997, corpus: 'bench' },
    nodes,
    edges: edgeList,
  };
  const json = JSON.stringify(graph);
  writeFileSync(join(out, 'graph.json'), json);
  return { nodes: nodeCount, bytes: Buffer.byteLength(json) };
}

/** A small seeded random generator, so generated corpora and graphs are the same on every run. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
