export interface ExplorerResult {
  edges: number;
  nodes: number;
  jsonMb: number;
  firstDrawMs: number;
  frameMedianMs: number;
  frameP95Ms: number;
  frames: number;
}

export async function benchExplorer(_dir: string, _sizes: number[]): Promise<ExplorerResult[]> {
  throw new Error('explorer bench not written yet');
}
