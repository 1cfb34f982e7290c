"""Reads a graph file with a third-party library and prints what it found as JSON, for test/export/readers.test.ts.

usage: python3 read_graph.py networkx|igraph|networkx-gexf FILE
"""
import json
import math
import sys


def plain(value):
    # igraph fills missing numeric values with NaN, which JSON cannot carry
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def with_networkx(path, gexf=False):
    import networkx

    graph = networkx.read_gexf(path) if gexf else networkx.read_graphml(path)
    return {
        "reader": "networkx " + networkx.__version__,
        "directed": graph.is_directed(),
        "graph": {k: plain(v) for k, v in graph.graph.items()},
        "nodes": {node: {k: plain(v) for k, v in data.items()} for node, data in graph.nodes(data=True)},
        "edges": [[s, t, {k: plain(v) for k, v in data.items()}] for s, t, data in graph.edges(data=True)],
    }


def with_igraph(path):
    import igraph

    graph = igraph.Graph.Read_GraphML(path)
    ids = graph.vs["id"]
    return {
        "reader": "igraph " + igraph.__version__,
        "directed": graph.is_directed(),
        "graph": {k: plain(graph[k]) for k in graph.attributes()},
        "nodes": {v["id"]: {k: plain(v[k]) for k in graph.vs.attributes() if k != "id"} for v in graph.vs},
        "edges": [[ids[e.source], ids[e.target], {k: plain(e[k]) for k in graph.es.attributes()}] for e in graph.es],
    }


if __name__ == "__main__":
    reader, path = sys.argv[1], sys.argv[2]
    if reader == "igraph":
        result = with_igraph(path)
    else:
        result = with_networkx(path, gexf=reader == "networkx-gexf")
    json.dump(result, sys.stdout, ensure_ascii=False)
