/**
 * Entry point of the explorer: loads the data, then wires the top bar, the sidebar and the details panel to one
 * Explorer. Opening another graph file tears everything down and starts again from `start`.
 */
import './style.css';
// The overrides module alone: the rest of src/resolve (country data, name rules) is not needed in the page.
import { addOverrideRule, emptyOverrides, parseOverrides } from '../../src/resolve/overrides.js';
import type { Overrides } from '../../src/types.js';
import { Explorer } from './app.js';
import { graphFromJson, loadData, type ExplorerData } from './data.js';
import { append, byId, clear, el, formatNumber } from './dom.js';
import { DetailsPanel } from './panel.js';
import { attachSuggestions } from './searchbox.js';
import { Sidebar } from './sidebar.js';
import { BackgroundLayout, download, exportView, readGraphFile, type ExportFormat } from './tools.js';
import { BuildCancelledError, buildFromArticles, isGraphFile, pastedArticles, type Progress } from './articles/client.js';
import type { ArticleFile } from './articles/run.js';
import { droppedFiles, type DroppedFile } from './articles/dropped.js';
import type { InputWarning } from '../../src/types.js';

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
    session.explorer.kill();
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
  let status = {
    server: 'Checking whether changes can be saved…',
    inline: 'Static page: changes stay in this page; download the rules to keep them.',
    articles: 'Built in this page from your articles: changes stay here; download the rules to keep them.',
  }[data.source];
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

async function openGraphFile(file: File): Promise<void> {
  try {
    const graph = await readGraphFile(file);
    await start({ graph, documents: [], mentions: [], source: 'inline' });
    notify(`Opened ${file.name}: ${formatNumber(graph.order)} entities, ${formatNumber(graph.size)} links.`);
  } catch (error) {
    notify((error as Error).message);
  }
}

const STAGE_TEXT: Record<Progress['stage'], string> = { read: 'Reading', extract: 'Finding names in', graph: 'Linking names across' };

const SHOWN_WARNINGS = 50;

/** The progress card over the graph; after the build it lists what was skipped, as text. */
function showPipelineStatus(lines: string[], warnings: InputWarning[] = [], progress?: { done: number; total: number }, cancel?: () => void): void {
  const box = byId('pipeline-status');
  clear(box);
  append(box, ...lines.map((line, index) => el('p', { className: index === 0 ? 'status-line' : 'meta' }, line)));
  if (progress) {
    const bar = el('progress', { 'aria-label': 'Progress' });
    bar.max = Math.max(progress.total, 1);
    bar.value = progress.done;
    append(box, bar);
  }
  if (warnings.length) {
    append(
      box,
      el('p', { className: 'meta' }, `${warnings.length} problem${warnings.length === 1 ? '' : 's'}:`),
      el('ul', { className: 'warnings' }, ...warnings.slice(0, SHOWN_WARNINGS).map((warning) => el('li', {}, `${warning.path}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`))),
      warnings.length > SHOWN_WARNINGS && el('p', { className: 'meta' }, `and ${formatNumber(warnings.length - SHOWN_WARNINGS)} more.`),
    );
  }
  if (cancel) append(box, el('button', { type: 'button', className: 'small-button', onClick: cancel }, 'Cancel'));
  if (!progress) append(box, el('button', { type: 'button', className: 'small-button', onClick: () => (box.hidden = true) }, 'Close'));
  box.hidden = false;
}

let building = false;

/** Runs the pipeline on articles in the page (a worker when allowed) and shows the resulting graph. */
async function bringInArticles(files: ArticleFile[], readWarnings: InputWarning[] = []): Promise<void> {
  if (building) return notify('A graph is being built already; wait for it to finish.');
  building = true;
  const count = `${files.length} file${files.length === 1 ? '' : 's'}`;
  const stop = new AbortController();
  const cancel = () => stop.abort();
  showPipelineStatus([`Building a graph from ${count} in this page…`, 'Nothing is uploaded.'], [], { done: 0, total: files.length }, cancel);
  try {
    const window = session?.explorer.window ?? 'sentence';
    const result = await buildFromArticles(
      files,
      window,
      (step) => {
        const thread = step.thread === 'page' ? 'This browser allows no worker here: the page may not respond until the build ends.' : 'Nothing is uploaded.';
        const unit = step.stage === 'read' ? 'files' : 'articles';
        showPipelineStatus([`${STAGE_TEXT[step.stage]} ${formatNumber(step.total)} ${unit}…`, thread], [], step, step.thread === 'worker' ? cancel : undefined);
      },
      stop.signal,
    );
    await start({ graph: graphFromJson(result.graph), documents: result.documents, mentions: result.mentions, source: 'articles' });
    const graph = session!.explorer.graph;
    const summary = `Built from ${formatNumber(result.documents.length)} article${result.documents.length === 1 ? '' : 's'}: ${formatNumber(graph.order)} entities, ${formatNumber(graph.size)} links.`;
    const warnings = [...readWarnings, ...result.warnings];
    if (warnings.length) showPipelineStatus([summary], warnings);
    else {
      byId('pipeline-status').hidden = true;
      notify(summary);
    }
  } catch (error) {
    if (error instanceof BuildCancelledError) {
      byId('pipeline-status').hidden = true;
      notify('Build cancelled; the graph shown is unchanged.');
    } else showPipelineStatus([`No graph built: ${(error as Error).message}`], readWarnings);
  } finally {
    building = false;
  }
}

async function openFiles(dropped: DroppedFile[], skipped = 0): Promise<void> {
  if (dropped.length === 0) {
    if (skipped) notify(`No articles in what was dropped: ${skipped} other file${skipped === 1 ? '' : 's'} left out. comention reads .txt, .md, .html and .jsonl.`);
    return;
  }
  const graphs = dropped.filter(({ name }) => isGraphFile(name));
  if (graphs.length === dropped.length) {
    if (graphs.length > 1) notify(`Opened only ${graphs[0]!.name}: the explorer shows one graph at a time.`);
    return openGraphFile(graphs[0]!.file);
  }
  if (graphs.length) notify(`Left out ${graphs.map(({ name }) => name).join(', ')}: drop a graph on its own to open it.`);
  const warnings: InputWarning[] = skipped ? [{ path: 'dropped folders', message: `${skipped} other file${skipped === 1 ? '' : 's'} left out (comention reads .txt, .md, .html and .jsonl)` }] : [];
  const articles: ArticleFile[] = [];
  for (const { name, file } of dropped.filter(({ name }) => !isGraphFile(name))) {
    try {
      articles.push({ name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (error) {
      warnings.push({ path: name, message: `could not be read (${(error as Error).message}) (skipped)` });
    }
  }
  return bringInArticles(articles, warnings);
}

function bindPasteDialog(): void {
  const dialog = byId<HTMLDialogElement>('paste-dialog');
  const text = byId<HTMLTextAreaElement>('paste-text');
  byId('paste-open').addEventListener('click', () => {
    dialog.showModal();
    text.focus();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'build') return;
    const files = pastedArticles(text.value);
    if (files.length === 0) return notify('Nothing to build: paste the text of at least one article.');
    text.value = '';
    void bringInArticles(files);
  });
}

/**
 * The graph area changed size (sidebar, panel, window). sigma sizes its canvases when it renders; its label grid
 * keeps the old size until the graph is processed again, which a small graph affords at once and a large one
 * (a second at 100k links, on every panel opened) leaves to its next change of filters: the grid only decides
 * which labels compete for room.
 */
function redraw(): void {
  const explorer = session?.explorer;
  if (!explorer) return;
  const before = explorer.renderer.getDimensions();
  explorer.renderer.resize();
  const after = explorer.renderer.getDimensions();
  if (before.width === after.width && before.height === after.height) return;
  if (explorer.large) explorer.renderer.scheduleRender();
  else explorer.renderer.refresh({ partialGraph: { nodes: [], edges: [] } });
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
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so choosing the same files again still fires a change.
    input.value = '';
    void openFiles(files.map((file) => ({ name: file.name, file })));
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
    if (event.dataTransfer) void droppedFiles(event.dataTransfer).then(({ files, skipped }) => openFiles(files, skipped));
  });
  new ResizeObserver(redraw).observe(byId('graph'));
  bindPasteDialog();
}

bindPage();
loadData()
  .then(start)
  .catch((error: unknown) => {
    showMessage(`${(error as Error).message}. Or bring in articles here: drop .txt, .md, .html or .jsonl files, or use Paste….`);
    console.error(error);
  });
