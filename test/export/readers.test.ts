/**
 * Third-party GraphML readers: networkx and igraph (Python) must read comention's GraphML with the same nodes,
 * edges and attributes. Needs python3 with the modules (`apt-get install python3-networkx python3-igraph`); set
 * COMENTION_PYTHON to pick an interpreter.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonKeysOf, stripIllegalXml, toGraphML } from '../../src/export/index.js';
import { exportGraph } from './fixture.js';

const SCRIPT = fileURLToPath(new URL('./read_graphml.py', import.meta.url));
const INTERPRETERS = [process.env.COMENTION_PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => Boolean(p));

/** The first interpreter that can import `module`, if any. */
function pythonWith(module: string): string | undefined {
  return INTERPRETERS.find((python) => spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0);
}

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
const file = join(mkdtempSync(join(tmpdir(), 'comention-graphml-')), 'graph.graphml');
writeFileSync(file, graphml);

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
  const python = pythonWith(reader);
  const title = python ? `${reader} reads comention's GraphML` : `${reader} reads comention's GraphML (SKIPPED: no python3 with ${reader}; apt-get install python3-${reader})`;
  describe.skipIf(!python)(title, () => {
    const run = () => {
      const result = spawnSync(python!, [SCRIPT, reader, file], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${reader} failed: ${result.stderr}`);
      return JSON.parse(result.stdout) as ReadBack;
    };
    const read = python ? run() : undefined;

    it('finds the same nodes and undirected edges', () => {
      expect(read!.directed).toBe(false);
      expect(Object.keys(read!.nodes).sort()).toEqual(graph.nodes().sort());
      const pairs = (list: [string, string][]) => list.map(([s, t]) => [s, t].sort().join(' | ')).sort();
      expect(pairs(read!.edges.map(([s, t]) => [s, t]))).toEqual(pairs(graph.mapEdges((_e, _a, s, t) => [s, t])));
    });

    it('finds every node attribute with its type', () => {
      graph.forEachNode((node, attributes) => expectAttributes(read!.nodes[node]!, attributes as never, json.node));
    });

    it('finds every edge attribute with its type', () => {
      const byPair = new Map(read!.edges.map(([s, t, a]) => [[s, t].sort().join(' | '), a]));
      graph.forEachEdge((_edge, attributes, source, target) => expectAttributes(byPair.get([source, target].sort().join(' | '))!, attributes as never, json.edge));
    });

    it('finds the graph attributes (provenance)', () => {
      expectAttributes(read!.graph, graph.getAttributes(), json.graph);
    });
  });
}
