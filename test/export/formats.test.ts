import Graph from 'graphology';
import { parse as parseGraphMLNode } from 'graphology-graphml';
import { parse as parseGEXFNode } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import {
  CSV_LIST_SEPARATOR,
  escapeXml,
  escapeXmlText,
  graphJSONParts,
  graphMLParts,
  jsonKeysOf,
  mentionsJsonlParts,
  stripIllegalXml,
  toCSV,
  toGEXF,
  toGraphJSON,
  toGraphML,
  toMentionsJsonl,
} from '../../src/export/index.js';
import type { CoMentionGraph } from '../../src/types.js';
import { exportCorpus, exportGraph } from './fixture.js';

const corpus = exportCorpus();
const graph = exportGraph(corpus);
const fixture = (name: string) => `../fixtures/export/${name}`;

describe('expected output files', () => {
  it('graph.json', async () => {
    await expect(`${JSON.stringify(toGraphJSON(graph), null, 2)}\n`).toMatchFileSnapshot(fixture('graph.json'));
  });
  it('graph.graphml', async () => {
    await expect(toGraphML(graph)).toMatchFileSnapshot(fixture('graph.graphml'));
  });
  it('graph.gexf', async () => {
    await expect(toGEXF(graph)).toMatchFileSnapshot(fixture('graph.gexf'));
  });
  it('nodes.csv and edges.csv', async () => {
    const { nodes, edges } = toCSV(graph);
    await expect(nodes).toMatchFileSnapshot(fixture('nodes.csv'));
    await expect(edges).toMatchFileSnapshot(fixture('edges.csv'));
  });
  it('mentions.jsonl', async () => {
    await expect(toMentionsJsonl(corpus.resolution.mentions)).toMatchFileSnapshot(fixture('mentions.jsonl'));
  });
});

describe('graph.json', () => {
  it('reads back into the same graph with Graph.from', () => {
    const back = Graph.from(JSON.parse(JSON.stringify(toGraphJSON(graph))));
    expect(back.export()).toEqual(graph.export());
  });

  it('comes in parts for streaming, the text of JSON.stringify character for character', () => {
    const parts = [...graphJSONParts(graph)];
    // The head, one part a node and an edge, the text between nodes and edges, the tail.
    expect(parts).toHaveLength(graph.order + graph.size + 3);
    expect(parts.join('')).toBe(JSON.stringify(toGraphJSON(graph)));
  });

  it('writes what JSON.stringify writes for shared objects, lists with holes, undefined attributes and dates', () => {
    const odd = new Graph({ type: 'undirected' }) as unknown as CoMentionGraph;
    const shared = Object.freeze({ doc: 'a "quoted" ✓.txt', sentence: 0, start: 0, end: 4, text: 'Zoë\u0001 \ud800' });
    odd.setAttribute('createdAt', new Date(0) as never);
    odd.addNode('x', { label: 'X', skipped: undefined } as never);
    odd.addNode('y');
    odd.addNode('z');
    odd.addEdgeWithKey('x--y', 'x', 'y', { weight: 1, evidence: [shared, shared], gone: undefined, when: new Date(1), list: [1, undefined, () => 0, 'two'] } as never);
    odd.addEdgeWithKey('x--z', 'x', 'z', { evidence: [shared, null, { toJSON: () => 'own' }] } as never);
    odd.addEdgeWithKey('y--z', 'y', 'z');
    expect([...graphJSONParts(odd)].join('')).toBe(JSON.stringify(toGraphJSON(odd)));
    // The evidence JSON the GraphML writer takes from graph.json's writer is the JSON it makes itself.
    const cache = new WeakMap<object, string>();
    [...graphJSONParts(odd, cache)].join('');
    expect([...graphMLParts(odd, cache)].join('')).toBe(toGraphML(odd));
  });
});

/** The export as an XML reader sees it: plain string attributes lose XML-illegal characters. */
function withoutIllegalXml<T>(exported: T): T {
  const clean = (attributes: Record<string, unknown> | undefined) =>
    attributes && Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, typeof v === 'string' ? stripIllegalXml(v) : v]));
  const e = exported as { attributes?: Record<string, unknown>; nodes: { attributes?: Record<string, unknown> }[]; edges: { attributes?: Record<string, unknown> }[] };
  return {
    ...e,
    attributes: clean(e.attributes),
    nodes: e.nodes.map((n) => ({ ...n, attributes: clean(n.attributes) })),
    edges: e.edges.map((x) => ({ ...x, attributes: clean(x.attributes) })),
  } as T;
}

describe('GraphML', () => {
  const graphml = toGraphML(graph);

  /** graphology-graphml's parse, then the JSON-typed attributes decoded. */
  function readBack(text: string) {
    const parsed = parseGraphMLNode(Graph, text);
    const json = jsonKeysOf(text);
    const decode = (attributes: Record<string, unknown>, names: Set<string>) => {
      for (const name of names) if (typeof attributes[name] === 'string') attributes[name] = JSON.parse(attributes[name] as string);
      return attributes;
    };
    parsed.updateAttributes((a) => decode({ ...a }, json.graph));
    parsed.updateEachNodeAttributes((_n, a) => decode({ ...a }, json.node));
    parsed.updateEachEdgeAttributes((_e, a) => decode({ ...a }, json.edge));
    return parsed;
  }

  it('reads back with graphology-graphml: same nodes, edges and attributes, undirected', () => {
    const back = readBack(graphml);
    expect(back.type).toBe('undirected');
    const { options: _options, ...read } = back.export();
    const { options: _expected, ...written } = graph.export();
    expect(read).toEqual(withoutIllegalXml(written));
  });

  it('drops characters XML forbids from plain strings; JSON text keeps them as escapes', () => {
    const back = readBack(graphml);
    expect(graph.getNodeAttribute('organization:acme', 'label')).toBe('Acme,\u000c "Inc."');
    expect(back.getNodeAttribute('organization:acme', 'label')).toBe('Acme, "Inc."');
    expect(back.getNodeAttribute('organization:acme', 'aliases')).toEqual(['Acme,\u000c "Inc."']);
  });

  it('comes in parts for streaming: a head, one per node and edge, a tail', () => {
    const parts = [...graphMLParts(graph)];
    expect(parts).toHaveLength(graph.order + graph.size + 2);
    expect(parts.join('')).toBe(graphml);
  });

  it('is well-formed XML with no character XML 1.0 forbids', () => {
    expect(stripIllegalXml(graphml)).toBe(graphml);
    expect(graphml).not.toContain('\f');
    expect(graphml).toContain('Zoë Ångström');
    expect(graphml).toContain('"doc":"d \\"odd\\" &lt;name&gt; &amp; co.txt"');
    // JSON keeps a control character inside evidence as the escape \u0001, which survives the round trip
    expect(graphml).toContain('Ångström\\u0001');
  });

  const typeTable: [string, string, string][] = [
    ['node', 'mentions', 'int'],
    ['node', 'pagerank', 'double'],
    ['node', 'label', 'string'],
    ['node', 'aliases', 'string'],
    ['edge', 'weight', 'int'],
    ['edge', 'npmi', 'double'],
    ['edge', 'evidence', 'string'],
    ['graph', 'version', 'int'],
    ['graph', 'dedupe', 'boolean'],
    ['graph', 'settings', 'string'],
  ];
  it.each(typeTable)('declares %s attribute %s as %s', (domain, name, type) => {
    expect(graphml).toMatch(new RegExp(`<key id="[gne]\\d+" for="${domain}" attr\\.name="${name}" attr\\.type="${type}"`));
  });

  it('types whole numbers beyond 32 bits as long and mixed values as JSON strings', () => {
    const odd = new Graph({ type: 'undirected' });
    odd.addNode('a', { big: 2 ** 40, mixed: 1, list: [1, 2], flag: false });
    odd.addNode('b', { big: 3, mixed: 'x', list: [] });
    const text = toGraphML(odd as never);
    expect(text).toMatch(/attr\.name="big" attr\.type="long"/);
    expect(text).toMatch(/attr\.name="mixed" attr\.type="string">\s*<desc>json<\/desc>/);
    expect(text).toMatch(/attr\.name="flag" attr\.type="boolean"/);
    expect(readBack(text).export().nodes).toEqual(odd.export().nodes);
  });
});

describe('GEXF 1.3', () => {
  const gexf = toGEXF(graph);
  const back = parseGEXFNode(Graph, gexf);

  it('declares version 1.3 and an undirected graph', () => {
    expect(gexf).toContain('<gexf version="1.3"');
    expect(gexf).toContain('defaultedgetype="undirected"');
    expect(back.type).toBe('undirected');
  });

  it('reads back with graphology-gexf: same nodes, edges, positions and attributes', () => {
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.edges()).toEqual(graph.edges());
    graph.forEachNode((node, a) => {
      const b = back.getNodeAttributes(node);
      expect({ label: b.label, type: b.type, aliases: b.aliases, mentions: b.mentions, x: b.x, y: b.y, size: b.size, community: b.community, pagerank: b.pagerank }).toEqual({
        label: stripIllegalXml(a.label),
        type: a.type,
        aliases: a.aliases.map(stripIllegalXml),
        mentions: a.mentions,
        x: a.x,
        y: a.y,
        size: a.size,
        community: a.community,
        pagerank: a.pagerank,
      });
    });
    graph.forEachEdge((edge, a) => {
      const b = back.getEdgeAttributes(edge);
      expect([b.weight, b.documents, b.npmi, JSON.parse(b.evidence as string)]).toEqual([a.weight, a.documents, a.npmi, JSON.parse(stripIllegalXml(JSON.stringify(a.evidence)))]);
    });
  });

  it('carries provenance in <meta>', () => {
    expect(back.getAttributes()).toMatchObject({ creator: 'comention 0.0.0-test', corpus: 'fixture', window: 'sentence', lastModifiedDate: '2024-11-21' });
    expect(stripIllegalXml(gexf)).toBe(gexf);
    expect(gexf).not.toContain('\f');
  });
});

/** RFC 4180 reader, strict: fails on anything a compliant writer would not produce. */
function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      while (true) {
        const close = text.indexOf('"', i);
        if (close < 0) throw new Error('unterminated quote');
        value += text.slice(i, close);
        i = close + 1;
        if (text[i] === '"') {
          value += '"';
          i++;
        } else break;
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      value = text.slice(i, end < 0 ? text.length : i + end);
      if (/["\r\n]/.test(value)) throw new Error(`unquoted special character in ${JSON.stringify(value)}`);
      i += value.length;
    }
    row.push(value);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  return rows;
}

describe('CSV', () => {
  const { nodes, edges } = toCSV(graph);
  const nodeRows = parseCSV(nodes);
  const edgeRows = parseCSV(edges);
  const records = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i]!])));

  it('has one row per node and per edge, every row as wide as the header', () => {
    expect(nodeRows).toHaveLength(graph.order + 1);
    expect(edgeRows).toHaveLength(graph.size + 1);
    for (const row of [...nodeRows, ...edgeRows.map((r) => r)]) expect(row.length).toBe((nodeRows.includes(row) ? nodeRows : edgeRows)[0]!.length);
  });

  it('reads back the same values', () => {
    for (const record of records(nodeRows)) {
      const a = graph.getNodeAttributes(record.id!);
      expect([record.aliases, Number(record.mentions), Number(record.pagerank), Number(record.x)]).toEqual([a.aliases.map(guard).join(CSV_LIST_SEPARATOR).replace(/^'/, a.aliases[0]!.match(/^[=+\-@]/) ? "'" : ''), a.mentions, a.pagerank, a.x]);
      expect(record.label).toBe(guard(a.label));
    }
    for (const record of records(edgeRows)) {
      const a = graph.getEdgeAttributes(record.id!);
      expect([record.source, record.target, record.type, Number(record.weight), Number(record.npmi)]).toEqual([...graph.extremities(record.id!), 'Undirected', a.weight, a.npmi]);
      expect(record.example).toBe(a.evidence[0]!.text!.match(/^[=+\-@\t\r]/) ? `'${a.evidence[0]!.text}` : a.evidence[0]!.text);
    }
  });

  const guardTable: [string, string][] = [
    ['=HYPERLINK("x") Corp', `'=HYPERLINK("x") Corp`],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Acme, "Inc."', 'Acme, "Inc."'],
    ['Zoë', 'Zoë'],
  ];
  it.each(guardTable)('guards the text cell %j as %j and quotes it when needed', (label, expected) => {
    const one = new Graph({ type: 'undirected' });
    one.addNode('k', { label, type: 'organization', aliases: [], mentions: 1, documents: 1, pagerank: -0.5 });
    const [, row] = parseCSV(toCSV(one as never).nodes);
    expect(row![1]).toBe(expected);
    // numbers are never guarded, even negative ones
    expect(row![8]).toBe('-0.5');
  });

  it('guards and quotes the formula-like organisation of the hostile story', () => {
    expect(nodes).toContain(`"'=HYPERLINK(""x"") Corp"`);
  });
});

/** What a spreadsheet shows for a text cell. */
function guard(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe('mentions.jsonl', () => {
  it('writes one {doc, start, end, text, entity, type} object a line, offsets into the text', () => {
    const lines = toMentionsJsonl(corpus.resolution.mentions).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(corpus.resolution.mentions.length);
    for (const line of lines) {
      const m = JSON.parse(line);
      expect(Object.keys(m)).toEqual(['doc', 'start', 'end', 'text', 'entity', 'type']);
      expect(corpus.texts.get(m.doc)!.slice(m.start, m.end)).toBe(m.text);
      expect(graph.hasNode(m.entity)).toBe(true);
    }
  });
  it('writes nothing for no mentions', () => {
    expect(toMentionsJsonl([])).toBe('');
  });
  it('comes one line a part for streaming', () => {
    const parts = [...mentionsJsonlParts(corpus.resolution.mentions)];
    expect(parts).toHaveLength(corpus.resolution.mentions.length);
    expect(parts.join('')).toBe(toMentionsJsonl(corpus.resolution.mentions));
  });
});

describe('XML helpers', () => {
  const table: [string, string][] = [
    ['plain', 'plain'],
    ['a & b < c > d', 'a &amp; b &lt; c &gt; d'],
    [`"double" 'single'`, '&quot;double&quot; &apos;single&apos;'],
    ['tab\tline\ncr\r', 'tab&#9;line&#10;cr&#13;'],
    ['bell\u0007null\u0000form\u000c', 'bellnullform'],
    ['lone \ud800 surrogate', 'lone  surrogate'],
    ['emoji 🙂 stays', 'emoji 🙂 stays'],
    ['\ufffe\uffff', ''],
  ];
  it.each(table)('escapeXml(%j) = %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  const textTable: [string, string][] = [
    ['a & b < c > d', 'a &amp; b &lt; c &gt; d'],
    [`"double" 'single'`, `"double" 'single'`],
    ['tab\tline\ncr\r', 'tab\tline\ncr&#13;'],
    ['bell\u0007null\u0000', 'bellnull'],
  ];
  it.each(textTable)('escapeXmlText(%j) = %j', (input, expected) => {
    expect(escapeXmlText(input)).toBe(expected);
  });
});
