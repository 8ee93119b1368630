"""Writing a coalition network as GEXF, GraphML, JSON (node-link) or CSV (edge list).

GEXF and GraphML accept only scalar attributes: lists (``responses``, ``types``,
``evidence``, ``documents``, ``events``) become one string joined with ``" | "`` and
``None`` values are left out, as are private graph attributes (``_joint_acts``). JSON keeps lists as lists (networkx node-link format,
``edges`` key). CSV is one row per edge with both labels, the tie kind, the weights and
the joined lists. All files are UTF-8.

Examples
--------
>>> import io, json, networkx as nx
>>> from rightsgraph.graph.export import write
>>> g = nx.Graph(); g.add_edge("a", "b", weight=2.0, types=["Condemnation"], strong=1)
>>> buffer = io.StringIO(); write(g, buffer, "json")
>>> json.loads(buffer.getvalue())["edges"][0]["types"]
['Condemnation']
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx

from rightsgraph.ontology.errors import UsageError

FORMATS = ("gexf", "graphml", "json", "csv")
SEPARATOR = " | "
CSV_COLUMNS = ("source", "target", "source_label", "target_label", "tie", "strong", "aligned",
               "opposed", "supported", "weight", "sign", "types", "events", "documents",
               "responses", "evidence")


def _scalar(value):
    if isinstance(value, (list, tuple, set, frozenset)):
        return SEPARATOR.join(str(v) for v in (sorted(value) if isinstance(value, (set, frozenset)) else value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def flatten(graph: nx.Graph) -> nx.Graph:
    """A copy with list attributes joined into strings and ``None`` values dropped."""
    flat = nx.Graph()
    flat.graph.update({k: _scalar(v) for k, v in graph.graph.items()
                       if v is not None and not k.startswith("_")})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: _scalar(v) for k, v in data.items() if v is not None})
    for a, b, data in graph.edges(data=True):
        flat.add_edge(a, b, **{k: _scalar(v) for k, v in data.items() if v is not None})
    return flat


def node_link(graph: nx.Graph) -> dict:
    """The node-link dict (``nodes`` / ``edges``) with JSON-able values."""
    data = nx.node_link_data(graph, edges="edges")
    data["graph"] = {k: v for k, v in data.get("graph", {}).items() if not k.startswith("_")}
    return data


def csv_rows(graph: nx.Graph):
    """Edge rows as lists, header first."""
    yield list(CSV_COLUMNS)
    for a, b, data in sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        row = {"source": a, "target": b,
               "source_label": graph.nodes[a].get("label", ""),
               "target_label": graph.nodes[b].get("label", "")}
        for column in CSV_COLUMNS[4:]:
            row[column] = _scalar(data.get(column, ""))
        yield [row[c] for c in CSV_COLUMNS]


def write(graph: nx.Graph, out, fmt: str) -> None:
    """Write ``graph`` to ``out`` (a path, or a text stream) in ``fmt``.

    Parameters
    ----------
    graph : networkx.Graph
    out : str, Path or text stream
    fmt : {"gexf", "graphml", "json", "csv"}
    """
    if fmt not in FORMATS:
        raise UsageError(f"export formats are {', '.join(FORMATS)}, not {fmt!r}")
    if fmt in ("gexf", "graphml"):
        buffer = io.BytesIO()
        flat = flatten(graph)
        if fmt == "gexf":
            nx.write_gexf(flat, buffer, encoding="utf-8")
        else:
            nx.write_graphml(flat, buffer, encoding="utf-8")
        text = buffer.getvalue().decode("utf-8")
    elif fmt == "json":
        text = json.dumps(node_link(graph), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    else:
        stream = io.StringIO(newline="")
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerows(csv_rows(graph))
        text = stream.getvalue()
    if isinstance(out, (str, Path)):
        Path(out).write_text(text, encoding="utf-8", newline="")
    else:
        out.write(text)
