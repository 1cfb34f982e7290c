/**
 * Third-party readers: networkx and igraph (Python) must read comention's GraphML, and networkx its GEXF 1.3,
 * with the same nodes, edges and attributes. Needs python3 with the modules (`apt-get install python3-networkx
 * python3-igraph`; GEXF 1.3 needs networkx 2.6 or later); set COMENTION_PYTHON to pick an interpreter.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonKeysOf, stripIllegalXml, toGEXF, toGraphML } from '../../src/export/index.js';
import { exportGraph } from './fixture.js';

const SCRIPT = fileURLToPath(new URL('./read_graph.py', import.meta.url));
const INTERPRETERS = [process.env.COMENTION_PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => Boolean(p));

/** The first interpreter that runs `check` (Python) without error, if any. */
function pythonWhere(check: string): string | undefined {
  return INTERPRETERS.find((python) => spawnSync(python, ['-c', check], { stdio: 'ignore' }).status === 0);
}

function readWith(python: string, reader: string, path: string): ReadBack {
  const result = spawnSync(python, [SCRIPT, reader, path], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${reader} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as ReadBack;
}

const pairKey = (source: string, target: string) => [source, target].sort().join(' | ');

interface ReadBack {
  reader: string;
  directed: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, Record<string, unknown>][];
}

const graph = exportGraph();
const graphml = toGraphML(graph);
const json = jsonKeysOf(graphml);
const folder = mkdtempSync(join(tmpdir(), 'comention-readers-'));
const file = join(folder, 'graph.graphml');
writeFileSync(file, graphml);
const gexfFile = join(folder, 'graph.gexf');
writeFileSync(gexfFile, toGEXF(graph));

/** What a reader should see for a value: XML-illegal characters gone, lists and objects as JSON text. */
function expected(value: unknown, isJson: boolean): unknown {
  if (isJson) return stripIllegalXml(JSON.stringify(value));
  return typeof value === 'string' ? stripIllegalXml(value) : value;
}

function expectAttributes(found: Record<string, unknown>, written: Record<string, unknown>, jsonNames: Set<string>) {
  for (const [name, value] of Object.entries(written)) {
    if (value === undefined) continue;
    expect([name, found[name]]).toEqual([name, expected(value, jsonNames.has(name))]);
  }
}

for (const reader of ['networkx', 'igraph'] as const) {
  const python = pythonWhere(`import ${reader}`);
  const title = python ? `${reader} reads comention's GraphML` : `${reader} reads comention's GraphML (SKIPPED: no python3 with ${reader}; apt-get install python3-${reader})`;
  describe.skipIf(!python)(title, () => {
    const read = python ? readWith(python, reader, file) : undefined;

    it('finds the same nodes and undirected edges', () => {
      expect(read!.directed).toBe(false);
      expect(Object.keys(read!.nodes).sort()).toEqual(graph.nodes().sort());
      const pairs = (list: [string, string][]) => list.map(([s, t]) => pairKey(s, t)).sort();
      expect(pairs(read!.edges.map(([s, t]) => [s, t]))).toEqual(pairs(graph.mapEdges((_e, _a, s, t) => [s, t])));
    });

    it('finds every node attribute with its type', () => {
      graph.forEachNode((node, attributes) => expectAttributes(read!.nodes[node]!, attributes as never, json.node));
    });

    it('finds every edge attribute with its type', () => {
      const byPair = new Map(read!.edges.map(([s, t, a]) => [pairKey(s, t), a]));
      graph.forEachEdge((_edge, attributes, source, target) => expectAttributes(byPair.get(pairKey(source, target))!, attributes as never, json.edge));
    });

    it('finds the graph attributes (provenance)', () => {
      expectAttributes(read!.graph, graph.getAttributes(), json.graph);
    });
  });
}

const gexfPython = pythonWhere("import networkx.readwrite.gexf as g; assert '1.3' in g.GEXF.versions");
describe.skipIf(!gexfPython)(
  gexfPython ? "networkx reads comention's GEXF 1.3" : "networkx reads comention's GEXF 1.3 (SKIPPED: no python3 with networkx 2.6+; pip install networkx)",
  () => {
    const read = gexfPython ? readWith(gexfPython, 'networkx-gexf', gexfFile) : undefined;

    it('finds the same nodes, undirected edges and weights', () => {
      expect(read!.directed).toBe(false);
      expect(Object.keys(read!.nodes).sort()).toEqual(graph.nodes().sort());
      const weights = new Map(read!.edges.map(([s, t, a]) => [pairKey(s, t), a.weight]));
      graph.forEachEdge((_e, a, s, t) => expect([pairKey(s, t), weights.get(pairKey(s, t))]).toEqual([pairKey(s, t), a.weight]));
    });

    it('finds labels, typed attributes and viz positions', () => {
      graph.forEachNode((node, a) => {
        const found = read!.nodes[node]!;
        const viz = found.viz as { size: number; position: { x: number; y: number } };
        expect([found.label, found.type, found.mentions, found.pagerank, found.community, viz.size, viz.position.x, viz.position.y]).toEqual([
          stripIllegalXml(a.label),
          a.type,
          a.mentions,
          a.pagerank,
          a.community,
          a.size,
          a.x,
          a.y,
        ]);
      });
    });

    it('finds edge evidence as JSON text', () => {
      const byPair = new Map(read!.edges.map(([s, t, a]) => [pairKey(s, t), a]));
      graph.forEachEdge((_e, a, s, t) => expect(JSON.parse(byPair.get(pairKey(s, t))!.evidence as string)).toEqual(JSON.parse(stripIllegalXml(JSON.stringify(a.evidence)))));
    });
  },
);
