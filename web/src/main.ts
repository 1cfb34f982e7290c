/**
 * Entry point of the explorer: loads the data, then wires the top bar, the sidebar and the details panel to one
 * Explorer. Opening another graph file tears everything down and starts again from `start`.
 */
import './style.css';
// The overrides module alone: the rest of src/resolve (country data, name rules) is not needed in the page.
import { addOverrideRule, emptyOverrides, parseOverrides } from '../../src/resolve/overrides.js';
import type { Overrides } from '../../src/types.js';
import { Explorer } from './app.js';
import { loadData, type ExplorerData } from './data.js';
import { append, byId, clear, el, formatNumber } from './dom.js';
import { DetailsPanel } from './panel.js';
import { attachSuggestions } from './searchbox.js';
import { Sidebar } from './sidebar.js';
import { BackgroundLayout, download, exportView, readGraphFile, type ExportFormat } from './tools.js';

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function notify(message: string): void {
  const toast = byId('toast');
  toast.textContent = message;
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    toast.hidden = true;
  }, 4000);
}

function showMessage(message: string): void {
  const box = byId('graph-message');
  clear(box);
  append(box, el('p', {}, message));
  box.hidden = false;
}

/** Replaces an element by a fresh copy, dropping listeners a previous graph attached to it. */
function fresh<T extends HTMLElement>(id: string): T {
  const old = byId<T>(id);
  const copy = old.cloneNode(true) as T;
  old.replaceWith(copy);
  return copy;
}

interface Session {
  explorer: Explorer;
  layout: BackgroundLayout;
}

let session: Session | null = null;

async function start(data: ExplorerData): Promise<void> {
  if (session) {
    session.layout.kill();
    session.explorer.renderer.kill();
  }
  byId('graph-message').hidden = true;
  const container = byId('graph');
  if (data.graph.order === 0) showMessage('This graph has no entities. Check the corpus folder and the build log.');
  const explorer = new Explorer(data, container);
  const layout = new BackgroundLayout(explorer.graph);
  session = { explorer, layout };
  explorer.coveredBottom = () => {
    const panel = byId('panel');
    return !panel.hidden && getComputedStyle(panel).position === 'absolute' ? panel.getBoundingClientRect().height : 0;
  };
  // A handle for debugging from the console and for the browser tests; not an API.
  (window as unknown as { comention: Explorer }).comention = explorer;

  let saved: Overrides = emptyOverrides();
  let status = data.source === 'server' ? 'Checking whether changes can be saved…' : 'Static page: changes stay in this page; download the rules to keep them.';
  if (data.source === 'server') {
    try {
      const response = await fetch('./api/overrides', { cache: 'no-store' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as Overrides & { writable?: boolean };
      saved = parseOverrides(JSON.stringify({ format: body.format, version: body.version, rules: body.rules }), 'server');
      explorer.overridesWritable = body.writable === true;
      status = explorer.overridesWritable ? 'Changes are saved to the overrides file and apply on the next build.' : 'Read-only server: download the rules to keep your changes.';
    } catch {
      status = 'No curation API here: download the rules to keep your changes.';
    }
  }

  const rulesToSave = (): Overrides => explorer.changes.reduce((overrides, change) => addOverrideRule(overrides, change.rule), saved);
  let saving: Promise<void> = Promise.resolve();
  const save = () => {
    if (!explorer.overridesWritable) return;
    const body = JSON.stringify(rulesToSave());
    // Saves run one after another so an older rule set never lands after a newer one.
    saving = saving.then(async () => {
      try {
        const response = await fetch('./api/overrides', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        if (!response.ok) {
          const problem = (await response.json().catch(() => ({}))) as { error?: string };
          throw new Error(problem.error ?? `HTTP ${response.status}`);
        }
        status = `Saved ${explorer.changes.length} change${explorer.changes.length === 1 ? '' : 's'}; they apply on the next build.`;
      } catch (error) {
        status = `Not saved: ${(error as Error).message}`;
        notify(status);
      }
      sidebar.render();
    });
  };
  let lastChangeCount = 0;
  explorer.on(() => {
    const changes = explorer.changes.length;
    if (changes !== lastChangeCount) {
      lastChangeCount = changes;
      save();
    }
  });

  const sidebar = new Sidebar(explorer, byId('sidebar'), {
    undo: () => {
      const rule = explorer.undo();
      if (rule) notify(`Undid ${rule.op}.`);
    },
    downloadOverrides: () => download('comention.overrides.json', JSON.stringify(rulesToSave(), null, 2) + '\n', 'application/json'),
    saveStatus: () => status,
  });
  new DetailsPanel(explorer, byId('panel'), notify);

  const stats = byId('stats');
  const documentCount = explorer.documents.size || Number(explorer.graph.getAttribute('documents') ?? 0);
  const updateStats = () => {
    const { nodes, edges } = explorer.visible;
    const part = (shown: number, total: number, noun: string) => (shown === total ? `${formatNumber(total)} ${noun}` : `${formatNumber(shown)} of ${formatNumber(total)} ${noun}`);
    stats.textContent = [part(nodes.size, explorer.graph.order, 'entities'), part(edges.size, explorer.graph.size, 'links'), documentCount ? `${formatNumber(documentCount)} documents` : ''].filter(Boolean).join(' · ');
  };
  explorer.on(updateStats);
  updateStats();

  const input = fresh<HTMLInputElement>('search-input');
  const list = fresh<HTMLUListElement>('search-results');
  attachSuggestions(explorer.graph, input, list, (key) => {
    explorer.select({ kind: 'node', key }, { focus: true });
    input.value = '';
  });

  const layoutButton = fresh<HTMLButtonElement>('layout-toggle');
  const showLayoutState = () => {
    layoutButton.textContent = layout.running ? 'Layout ❚❚' : 'Layout ▶';
    layoutButton.setAttribute('aria-pressed', String(layout.running));
  };
  layoutButton.addEventListener('click', () => {
    if (layout.running) layout.stop();
    else layout.start();
    showLayoutState();
  });
  showLayoutState();
  fresh<HTMLButtonElement>('zoom-fit').addEventListener('click', () => explorer.fitView());

  const menu = fresh<HTMLDetailsElement>('export-menu');
  for (const button of menu.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', () => {
      menu.open = false;
      exportView(explorer, button.dataset.export as ExportFormat)
        .then((name) => notify(`Downloaded ${name}`))
        .catch((error: unknown) => notify(`Export failed: ${(error as Error).message}`));
    });
  }
}

async function openFile(file: File): Promise<void> {
  try {
    const graph = await readGraphFile(file);
    await start({ graph, documents: [], mentions: [], source: 'inline' });
    notify(`Opened ${file.name}: ${formatNumber(graph.order)} entities, ${formatNumber(graph.size)} links.`);
  } catch (error) {
    notify((error as Error).message);
  }
}

/** sigma's resize() clears its canvases without drawing again. */
function redraw(): void {
  session?.explorer.renderer.resize();
  session?.explorer.renderer.refresh({ skipIndexation: true });
}

function bindPage(): void {
  const sidebarToggle = byId<HTMLButtonElement>('toggle-sidebar');
  const sidebar = byId('sidebar');
  if (window.matchMedia('(max-width: 900px)').matches) {
    sidebar.hidden = true;
    sidebarToggle.setAttribute('aria-expanded', 'false');
  }
  sidebarToggle.addEventListener('click', () => {
    sidebar.hidden = !sidebar.hidden;
    sidebarToggle.setAttribute('aria-expanded', String(!sidebar.hidden));
    redraw();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.matches('input, textarea, select');
    if (event.key === '/' && !typing) {
      event.preventDefault();
      byId('search-input').focus();
    } else if (event.key === 'Escape' && !typing && session) {
      if (session.explorer.selection) session.explorer.select(null);
      else if (session.explorer.path) session.explorer.clearPath();
      else if (session.explorer.filters.ego) session.explorer.setFilters({ ego: undefined });
    }
  });
  byId<HTMLInputElement>('import-input').addEventListener('change', (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void openFile(file);
  });
  const overlay = byId('drop-overlay');
  window.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) overlay.hidden = true;
  });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    overlay.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) void openFile(file);
  });
  new ResizeObserver(redraw).observe(byId('graph'));
}

bindPage();
loadData()
  .then(start)
  .catch((error: unknown) => {
    showMessage((error as Error).message);
    console.error(error);
  });
