"""How the network's nodes are drawn: layout, colours, sizes and labels (SPEC §7).

Shared by every view of a coalition network (:mod:`rightsgraph.graph.viz_html`,
:mod:`rightsgraph.graph.viz_static`, the labels of ``rightsgraph network``'s table) so
that they agree: :func:`layout_positions` places the nodes (from a fixed
``seed``), :func:`node_colors` colours them by actor kind (:data:`KIND_COLORS`) or
community (:data:`PALETTE`), :func:`node_sizes` scales them by a metric
(:data:`SIZE_METRICS`) and :func:`node_label` picks the label in a language.

Examples
--------
>>> import networkx as nx
>>> from rightsgraph.graph.viz_layout import node_colors, node_label, node_sizes
>>> g = nx.Graph()
>>> g.add_node("a", kind="NGO", degree=2, label_en="Amnesty", label_fr="Amnistie")
>>> g.add_node("b", kind="Government", degree=1, label_en="France")
>>> node_label(g.nodes["a"], "fr"), node_label(g.nodes["b"], "ar")
('Amnistie', 'France')
>>> node_colors(g)[1]
[('Government', '#1f77b4'), ('NGO', '#2ca02c')]
>>> node_sizes(g, "degree")
{'a': 40.0, 'b': 25.0}
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from rightsgraph.ontology.errors import UsageError

from .metrics import import_igraph

KIND_COLORS = {
    "Government": "#1f77b4", "GovernmentBody": "#17becf", "Official": "#9467bd",
    "NGO": "#2ca02c", "IntergovernmentalOrganization": "#ff7f0e", "MediaOutlet": "#8c564b",
    "Group": "#e377c2", "Person": "#bcbd22", "Actor": "#7f7f7f",
}
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896",
           "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5")
KK_LIMIT = 1000
SIZE_METRICS = ("degree", "strength", "betweenness", "eigenvector")
COLOR_BY = ("kind", "community")


def node_label(data: dict, lang: str | None = "en") -> str:
    """The node's label in ``lang``, else English, else any label."""
    return (data.get(f"label_{lang}") if lang else None) or data.get("label_en") or data.get("label") or ""


def node_colors(graph: nx.Graph, color_by: str = "kind") -> tuple:
    """``({node: colour}, [(legend text, colour)])`` by actor kind or community.

    Communities come from the ``community`` node attribute that
    :func:`rightsgraph.graph.metrics.annotate` sets (numbered from 0, largest first).
    """
    if color_by not in COLOR_BY:
        raise UsageError(f"--color must be one of {', '.join(COLOR_BY)}")
    colors, legend = {}, []
    if color_by == "kind":
        for node, data in graph.nodes(data=True):
            colors[node] = KIND_COLORS.get(data.get("kind"), KIND_COLORS["Actor"])
        present = sorted({graph.nodes[n].get("kind", "Actor") for n in graph},
                         key=lambda k: list(KIND_COLORS).index(k) if k in KIND_COLORS else 99)
        legend = [(kind, KIND_COLORS.get(kind, KIND_COLORS["Actor"])) for kind in present]
        return colors, legend
    sizes = defaultdict(int)
    for node, data in graph.nodes(data=True):
        index = int(data.get("community", 0))
        colors[node] = PALETTE[index % len(PALETTE)]
        sizes[index] += 1
    legend = [(f"community {i + 1} ({sizes[i]} actor{'s' * (sizes[i] != 1)})",
               PALETTE[i % len(PALETTE)]) for i in sorted(sizes)]
    return colors, legend


def node_sizes(graph: nx.Graph, size_by: str = "degree", smallest=10.0, largest=40.0) -> dict:
    """Node sizes scaled linearly from ``smallest`` to ``largest`` by a metric attribute."""
    if size_by not in SIZE_METRICS:
        raise UsageError(f"--size must be one of {', '.join(SIZE_METRICS)}")
    values = {n: float(graph.nodes[n].get(size_by, 0.0) or 0.0) for n in graph}
    top = max(values.values(), default=0.0)
    return {n: smallest + (largest - smallest) * (v / top if top > 0 else 0.0) for n, v in values.items()}


def layout_positions(graph: nx.Graph, seed: int = 42) -> dict:
    """A deterministic layout shared by all outputs: ``{node: (x, y)}``, roughly in [-1, 1].

    Each connected component gets its own layout, unweighted so that heavy cliques do
    not collapse into one point: igraph's Kamada-Kawai (started from a circle, so no
    randomness; it spreads a co-signing clique evenly) for components up to
    ``KK_LIMIT`` nodes; above, igraph's grid Fruchterman-Reingold started from positions
    drawn with ``seed``. Without igraph: networkx's spring layout with ``seed`` (which
    needs SciPy from 500 nodes). Components are scaled by their size and packed in rows,
    largest first, so small groups do not drift to the edges.

    Examples
    --------
    >>> import networkx as nx
    >>> pos = layout_positions(nx.disjoint_union(nx.complete_graph(4), nx.path_graph(2)), seed=1)
    >>> pos == layout_positions(nx.disjoint_union(nx.complete_graph(4), nx.path_graph(2)), seed=1)
    True
    """
    if graph.number_of_nodes() == 0:
        return {}
    components = sorted((sorted(c, key=str) for c in nx.connected_components(graph)),
                        key=lambda c: (-len(c), str(c[0])))
    placed, boxes = {}, []
    for nodes in components:
        radius = max(0.35, 0.3 * len(nodes) ** 0.75)
        local = _component_layout(graph.subgraph(nodes), seed)
        boxes.append((nodes, radius, local))
    width = max(2 * boxes[0][1], (sum((2 * r) ** 2 for _, r, _ in boxes)) ** 0.5 * 1.2)
    x = y = row_height = 0.0
    for nodes, radius, local in boxes:
        size = 2 * radius + 0.3
        if x > 0 and x + size > width:
            x, y, row_height = 0.0, y - row_height, 0.0
        cx, cy = x + size / 2, y - size / 2
        for node in nodes:
            lx, ly = local[node]
            placed[node] = (cx + lx * radius, cy + ly * radius)
        x += size
        row_height = max(row_height, size)
    xs = [p[0] for p in placed.values()]
    ys = [p[1] for p in placed.values()]
    mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
    return {n: (round((px - mx) / span, 6), round((py - my) / span, 6)) for n, (px, py) in placed.items()}


def _large_layout(sub: nx.Graph, nodes: list, seed: int) -> dict:
    """Big components: igraph's grid Fruchterman-Reingold from seeded positions
    (100 iterations: 13 s for 8k nodes), else networkx's spring layout."""
    try:
        igraph = import_igraph()
    except ImportError:
        return nx.spring_layout(sub, seed=seed, weight=None, iterations=100, k=2.5 / len(nodes) ** 0.5)
    import random

    index = {n: i for i, n in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in sub.edges()])
    rng = random.Random(seed)
    start = [[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in nodes]
    igraph.set_random_number_generator(rng)
    try:
        coords = ig.layout_fruchterman_reingold(seed=start, grid=True, niter=100).coords
    finally:
        igraph.set_random_number_generator(random)
    return {n: coords[i] for n, i in index.items()}


def _component_layout(sub: nx.Graph, seed: int, engine: str | None = "kamada-kawai") -> dict:
    """Layout of one connected component, centred, in the unit disc."""
    # nodes and edges in a fixed order: a subgraph view iterates a set, whose order (for
    # string nodes) changes with the hash seed, and the layout engines depend on the order
    nodes = sorted(sub, key=str)
    edges = sorted((tuple(sorted(edge, key=str)) for edge in sub.edges()), key=str)
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from(edges)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if engine == "kamada-kawai" and len(nodes) <= KK_LIMIT:
        try:
            igraph = import_igraph()
        except ImportError:
            igraph = None
        if igraph is not None:
            index = {n: i for i, n in enumerate(nodes)}
            ig = igraph.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in sub.edges()])
            coords = ig.layout_kamada_kawai().coords      # starts from a circle: no randomness
            pos = {n: coords[i] for n, i in index.items()}
            engine = None
    if engine is not None:
        if len(nodes) <= KK_LIMIT:
            pos = nx.spring_layout(sub, seed=seed, weight=None, iterations=200, k=2.5 / len(nodes) ** 0.5)
        else:
            pos = _large_layout(sub, nodes, seed)
    cx = sum(float(p[0]) for p in pos.values()) / len(pos)
    cy = sum(float(p[1]) for p in pos.values()) / len(pos)
    span = max(max(abs(float(p[0]) - cx), abs(float(p[1]) - cy)) for p in pos.values()) or 1.0
    return {n: ((float(p[0]) - cx) / span, (float(p[1]) - cy) / span) for n, p in pos.items()}
