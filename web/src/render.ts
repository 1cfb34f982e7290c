/**
 * How sigma draws a large graph. Two costs dominate a frame once there are tens of thousands of items, and both
 * are per item, not per pixel: the vertex work of every edge and node in the programs' buffers, and the picking
 * pass that draws every node a second time. So at scale:
 *   - nodes are points (one vertex each, sigma's NodePointProgram) and edges hairlines (two vertices,
 *     EdgeLineProgram), instead of triangles (three) and rectangles (six);
 *   - each frame draws what its budget allows: while the camera moves, no edges, only the biggest nodes and no
 *     picking pass; at rest, every node and the strongest edges, as many as the zoom calls for (level of detail
 *     by weight).
 * Items reach the buffers sorted by their `zIndex` (sigma's `zIndex` setting), which the explorer sets from the
 * weight of an edge and the size of a node, hidden items lowest: the end of a buffer holds the strongest edges
 * or the biggest nodes, so drawing "the N strongest" is drawing its last N items, with no work on the CPU.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import type { ProgramInfo } from 'sigma/rendering';

/** What the next frame may draw; asked for at every frame, so it must be cheap. */
export interface FrameBudget {
  /** Edges to draw, counted from the strongest; 0 draws none. */
  edges: number;
  /** Nodes to draw, counted from the biggest. */
  nodes: number;
  /** Whether to draw the picking pass, which hovering and clicking nodes read, but nobody does while moving. */
  picking: boolean;
}

interface Budgeted {
  pickProgram: ProgramInfo | null;
}

/** Runs `draw` with the picking pass left out when the budget says so. */
function maybeWithoutPicking(program: Budgeted, picking: boolean, draw: () => void): void {
  const pick = program.pickProgram;
  if (picking || !pick) return draw();
  program.pickProgram = null;
  try {
    draw();
  } finally {
    program.pickProgram = pick;
  }
}

/** Draws the last `limit` items of a program's buffer: the strongest edges, the biggest nodes. */
function drawLast(program: { capacity: number; VERTICES: number }, limit: number, method: number, { gl, frameBuffer }: ProgramInfo): void {
  const count = Math.min(program.capacity, limit);
  if (count <= 0) return;
  gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
  gl.drawArrays(method, (program.capacity - count) * program.VERTICES, count * program.VERTICES);
}

/** Program classes for sigma's `nodeProgramClasses` / `edgeProgramClasses`, drawing within `budget()`. */
export function budgetedPrograms<N extends Attributes, E extends Attributes, G extends Attributes>(budget: () => FrameBudget) {
  class BudgetedNodes extends NodePointProgram<N, E, G> {
    private limit = Infinity;

    override render(params: RenderParams): void {
      const { nodes, picking } = budget();
      this.limit = nodes;
      maybeWithoutPicking(this, picking, () => super.render(params));
    }

    override drawWebGL(method: number, info: ProgramInfo): void {
      drawLast(this, this.limit, method, info);
    }
  }

  class BudgetedEdges extends EdgeLineProgram<N, E, G> {
    private limit = Infinity;

    override render(params: RenderParams): void {
      const { edges, picking } = budget();
      if (edges <= 0) return;
      this.limit = edges;
      maybeWithoutPicking(this, picking, () => super.render(params));
    }

    override drawWebGL(method: number, info: ProgramInfo): void {
      drawLast(this, this.limit, method, info);
    }
  }

  return { node: BudgetedNodes, edge: BudgetedEdges };
}

/**
 * Tells when the camera moves (drag, wheel, animation, or code setting its state). Sigma's own `hideEdgesOnMove`
 * only sees the mouse and animations, and refreshes every item when a drag ends; this sees every camera change.
 * The camera has settled once `settleMs` pass with neither a camera change nor a frame: counting from the last
 * frame too means a slow frame is never taken for the end of the motion.
 */
export class CameraMotion<N extends Attributes, E extends Attributes, G extends Attributes> {
  moving = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly wait = () => {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.moving = false;
      this.changed(false);
    }, this.settleMs);
  };
  private readonly onCamera = () => {
    if (!this.moving) {
      this.moving = true;
      this.changed(true);
    }
    this.wait();
  };
  private readonly onFrame = () => {
    if (this.moving) this.wait();
  };

  /** `changed` hears when a motion starts and when it ends. */
  constructor(
    private readonly renderer: Sigma<N, E, G>,
    private readonly changed: (moving: boolean) => void,
    private readonly settleMs = 160,
  ) {
    renderer.getCamera().on('updated', this.onCamera);
    renderer.on('afterRender', this.onFrame);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.renderer.getCamera().off('updated', this.onCamera);
    this.renderer.off('afterRender', this.onFrame);
  }
}
