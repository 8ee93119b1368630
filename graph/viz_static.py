"""Static images of a coalition network: PNG and SVG through matplotlib's Agg canvas.

The picture uses the same layout (:func:`~.viz_layout.layout_positions`, fixed seed), the
same colours (actor kind or community) and the same size metric as the HTML page, with
a legend. No pyplot and no global backend switch: a :class:`matplotlib.figure.Figure`
is drawn on its own Agg canvas, so this works on machines without a display.

Labels: matplotlib neither shapes Arabic letters nor reorders right-to-left text, so an
Arabic label would come out as disconnected letters in the wrong order. Static images
therefore use English labels unless ``lang`` is given explicitly (``lang="ar"`` is
honoured, but the letters will not be joined); the HTML page is the right output for
Arabic.

Examples
--------
>>> import io, networkx as nx
>>> from rightsgraph.graph.viz_static import draw
>>> g = nx.Graph(); g.add_edge("a", "b", weight=2.0, tie="strong")
>>> buffer = io.BytesIO(); draw(g, buffer, fmt="png")
>>> buffer.getvalue()[:4] == b"\\x89PNG"
True
"""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx

from rightsgraph.ontology.errors import UsageError

from .viz_layout import layout_positions, node_colors, node_label, node_sizes
from .viz_html import EDGE_STYLES

FORMATS = ("png", "svg")
MAX_LABELS = 60


def _label(text: str, limit: int = 32) -> str:
    text = " ".join(str(text).split())
    text = text.replace("$", r"\$")          # no mathtext from labels
    return text if len(text) <= limit else text[: limit - 1] + "…"


def figure(graph: nx.Graph, title: str = "Coalition network", lang: str | None = None,
           color_by: str = "kind", size_by: str = "degree", seed: int = 42,
           labels: bool = True):
    """A :class:`matplotlib.figure.Figure` of the network (not yet saved).

    Parameters
    ----------
    graph : networkx.Graph
    title : str
    lang : {"en", "fr", "ar"}, optional
        Label language; ``None`` means English (see the module note on Arabic).
    color_by : {"kind", "community"}
    size_by : {"degree", "strength", "betweenness", "eigenvector"}
    seed : int
        Layout seed (the same as the HTML page's).
    labels : bool
        Draw node labels (only the ``MAX_LABELS`` largest nodes on bigger graphs).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    n = graph.number_of_nodes()
    side = min(24.0, max(8.0, 2.2 * math.sqrt(max(n, 1))))
    fig = Figure(figsize=(side * 1.3, side), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.01, 0.02, 0.76, 0.90))
    ax.set_axis_off()
    pos = layout_positions(graph, seed=seed)
    colors, legend = node_colors(graph, color_by)
    sizes = node_sizes(graph, size_by, smallest=80.0, largest=900.0)
    nodes = list(graph)
    for tie, (color, dashed, _) in EDGE_STYLES.items():
        edges = [(a, b) for a, b, d in graph.edges(data=True) if d.get("tie", "strong") == tie]
        if not edges:
            continue
        widths = [0.6 + 1.2 * math.log2(1 + float(graph.edges[e].get("weight", 1.0))) for e in edges]
        nx.draw_networkx_edges(graph, pos, edgelist=edges, ax=ax, width=widths, edge_color=color,
                               style="dashed" if dashed else "solid", alpha=0.75)
    nx.draw_networkx_nodes(graph, pos, nodelist=nodes, ax=ax, node_size=[sizes[v] for v in nodes],
                           node_color=[colors[v] for v in nodes], edgecolors="#333333",
                           linewidths=0.8)
    if labels and n:
        shown = nodes
        if n > MAX_LABELS:          # a hairball of labels helps nobody: label the largest
            shown = sorted(nodes, key=lambda v: (-sizes[v], str(v)))[:MAX_LABELS]
        names = {v: _label(node_label(graph.nodes[v], lang or "en")) for v in shown}
        font = max(6, 11 - int(math.log2(max(n, 1))))
        offset = {v: (x, y - 0.035) for v, (x, y) in pos.items()}
        nx.draw_networkx_labels(graph, offset, labels=names, ax=ax, font_size=font,
                                verticalalignment="top",
                                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.6})
    ax.margins(0.08)
    fig.suptitle(_label(title, 120), fontsize=14, x=0.02, ha="left")
    subtitle = f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} ties"
    if "modularity" in graph.graph:
        subtitle += f"; modularity {graph.graph['modularity']:.3f}"
    if graph.graph.get("filters"):
        subtitle += f"; filters: {graph.graph['filters']}"
    fig.text(0.02, 0.93, _label(subtitle, 160), fontsize=9, color="#555555")
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=color,
                      markeredgecolor="#333333", label=_label(text, 40)) for text, color in legend]
    ties = {d.get("tie", "strong") for _, _, d in graph.edges(data=True)}
    for tie, (color, dashed, text) in EDGE_STYLES.items():
        if text and (tie in ties or (tie == "strong" and "both" in ties)):
            handles.append(Line2D([], [], color=color, linestyle="--" if dashed else "-",
                                  linewidth=2, label=_label(text.split(":")[0], 40)))
    handles.append(Line2D([], [], linestyle="", label=f"node size: {size_by}"))
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.78, 0.9), frameon=False,
               fontsize=9, title="actor kind" if color_by == "kind" else "community (Louvain)")
    return fig


def draw(graph: nx.Graph, out, fmt: str | None = None, **options) -> None:
    """Write the picture to ``out`` (a path or a binary stream) as PNG or SVG.

    ``fmt`` defaults to the path's suffix; ``options`` go to :func:`figure`.
    """
    if fmt is None:
        fmt = Path(out).suffix.lstrip(".").lower() if isinstance(out, (str, Path)) else "png"
    if fmt not in FORMATS:
        raise UsageError(f"static images are {' or '.join(FORMATS)}, not {fmt!r}")
    from matplotlib import rc_context

    fig = figure(graph, **options)
    metadata = {"Software": "rightsgraph"} if fmt == "png" else {"Creator": "rightsgraph", "Date": None}
    with rc_context({"svg.hashsalt": "rightsgraph", "svg.fonttype": "path"}):
        fig.savefig(out, format=fmt, metadata=metadata)
