/**
 * Hover, selection and paths on a large graph. On a small graph they restyle every item through the reducers;
 * at 100k edges that is a pass over every item and a full re-upload, over a second per hover. Here the drawn
 * graph stays as it is: CSS fades or hides its layers, and the few emphasised items (a node's links and
 * neighbours, a link, a path) are drawn on a canvas layer of their own, above the labels and below sigma's
 * hover card, again after every frame so they follow the camera.
 */
import type Sigma from 'sigma';
import type { Attributes } from 'graphology-types';
import type { NodeDisplayData } from 'sigma/types';
import type { Settings } from 'sigma/settings';

export interface FocusEdge {
  source: string;
  target: string;
  color: string;
  /** Thickness in pixels. */
  size: number;
}

export interface FocusNode {
  key: string;
  /** Draw its label (the layer of ordinary labels is hidden while something is in focus). */
  label: boolean;
  /** Draw it with the hover card (the selected node). */
  card: boolean;
}

export interface Focus {
  /** What becomes of the edges drawn by sigma: hidden (a node in focus) or faded (a link or a path). */
  otherEdges: 'hidden' | 'faded' | 'shown';
  /** Whether the nodes drawn by sigma fade behind the emphasised ones. */
  fadeNodes: boolean;
  edges: FocusEdge[];
  nodes: FocusNode[];
}

type Draw = (context: CanvasRenderingContext2D, data: NodeDisplayData & { key: string }, settings: Settings<Attributes, Attributes, Attributes>) => void;

const LAYER = 'focus';
const FADED_OPACITY = '0.3';

export class FocusLayer<N extends Attributes, E extends Attributes, G extends Attributes> {
  private focus: Focus | null = null;
  private moving = false;
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly redraw = () => this.draw();
  private readonly resized = () => {
    this.fit();
    this.draw();
  };

  constructor(
    private readonly renderer: Sigma<N, E, G>,
    private readonly drawLabel: Draw,
    private readonly drawHover: Draw,
  ) {
    this.canvas = renderer.createCanvas(LAYER, { beforeLayer: 'hovers' });
    this.context = this.canvas.getContext('2d')!;
    this.fit();
    renderer.on('afterRender', this.redraw);
    renderer.on('resize', this.resized);
  }

  /** Sigma sizes the canvases it draws on itself, not this one. */
  private fit(): void {
    const { width, height } = this.renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    this.context.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  show(focus: Focus | null): void {
    this.focus = focus;
    this.styleLayers();
    this.draw();
  }

  /**
   * While the camera moves, sigma draws no edges and no labels (render.ts): their empty canvases are hidden too,
   * as compositing full-screen layers is a good part of a frame on a software renderer.
   */
  setMoving(moving: boolean): void {
    this.moving = moving;
    this.styleLayers();
  }

  private styleLayers(): void {
    const { focus, moving } = this;
    const canvases = this.renderer.getCanvases();
    const style = (name: string, opacity: string, visible: boolean) => {
      const canvas = canvases[name];
      if (!canvas) return;
      canvas.style.opacity = opacity;
      canvas.style.visibility = visible ? '' : 'hidden';
    };
    style('edges', focus?.otherEdges === 'faded' ? FADED_OPACITY : '', !moving && focus?.otherEdges !== 'hidden');
    style('nodes', focus?.fadeNodes ? FADED_OPACITY : '', true);
    style('labels', '', !moving && !focus?.fadeNodes);
    style('edgeLabels', '', false);
    style(LAYER, '', focus !== null);
  }

  private draw(): void {
    const { renderer, context } = this;
    const { width, height } = renderer.getDimensions();
    context.clearRect(0, 0, width, height);
    if (!this.focus) return;
    const settings = renderer.getSettings() as unknown as Settings<Attributes, Attributes, Attributes>;
    const onScreen = (key: string) => {
      const data = renderer.getNodeDisplayData(key);
      if (!data || data.hidden) return undefined;
      return { ...data, key, ...renderer.framedGraphToViewport(data), size: renderer.scaleSize(data.size) };
    };
    context.lineCap = 'round';
    for (const edge of this.focus.edges) {
      const [a, b] = [onScreen(edge.source), onScreen(edge.target)];
      if (!a || !b) continue;
      context.strokeStyle = edge.color;
      context.lineWidth = edge.size;
      context.beginPath();
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
      context.stroke();
    }
    const nodes = this.focus.nodes.map((node) => ({ node, data: onScreen(node.key) }));
    for (const { data } of nodes) {
      if (!data) continue;
      context.fillStyle = data.color;
      context.beginPath();
      context.arc(data.x, data.y, data.size, 0, 2 * Math.PI);
      context.fill();
    }
    for (const { node, data } of nodes) {
      if (!data) continue;
      if (node.card) this.drawHover(context, data, settings);
      else if (node.label) this.drawLabel(context, data, settings);
    }
  }

  kill(): void {
    this.renderer.off('afterRender', this.redraw);
    this.renderer.off('resize', this.resized);
  }
}
