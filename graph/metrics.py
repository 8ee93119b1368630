"""Network metrics: degree, strength, betweenness, eigenvector, Louvain communities.

networkx is the interface (graphs in, ``{node: value}`` dicts out); the three slow metrics,
betweenness, eigenvector centrality and Louvain communities, run on igraph when it is
importable (20 to 250 times faster on our graphs, see bench/README.md) and on networkx
otherwise; both engines give the same numbers for the centralities and the same
communities where the structure is clear.

Conventions
-----------
- **strength** is the weighted degree (sum of ``weight`` over a node's edges).
- **betweenness** is weighted by default, reading weights as *distances*
  ``1 / weight`` in both engines: a heavy tie is a short path, so brokers between strong
  coalitions score high. ``weighted=False`` counts hops. Values are normalised as in
  networkx (``normalized=True``: divided by ``(n - 1)(n - 2) / 2``).
- **exact or sampled betweenness.** Exact betweenness needs a shortest-path search from
  every node (Brandes), which grows as ``n * m``: 32 s of CPU on igraph for 9,159 actors
  and 39,141 ties. :func:`annotate` computes it exactly up to
  ``EXACT_BETWEENNESS_LIMIT`` (2,000) nodes; above, it estimates it from
  ``BETWEENNESS_SAMPLE`` (500) source nodes drawn with ``seed``, scaling the sums by
  ``n / k`` (the estimator of networkx's ``betweenness_centrality(k=...)``), in about
  1 s at 10,000 actors. On that 9,159-actor graph the estimate found 9 or 10 of the exact
  top 10 and 18 or 19 of the top 20 (seeds 1 and 42). The summary, the graph attribute
  ``betweenness`` (written into GEXF, GraphML and JSON exports) and the
  ``rightsgraph network`` header say which one was computed.
- **eigenvector** centrality uses ``weight`` as strength of the tie. It is computed on
  the largest connected component (the measure is not defined across components);
  nodes outside it get 0. Values have unit Euclidean norm, as in networkx.
- **communities** are Louvain communities (``weight``) with a fixed ``seed`` (default
  42), numbered from 0, largest first, ties broken by the smallest node id: the same
  graph, seed and engine always give the same numbering.

Examples
--------
>>> import networkx as nx
>>> from rightsgraph.graph.metrics import betweenness, communities, strength
>>> g = nx.path_graph(3)
>>> nx.set_edge_attributes(g, 2.0, "weight")
>>> strength(g)[1]
4.0
>>> betweenness(g, engine="networkx")[1] == betweenness(g, engine="igraph")[1] == 1.0
True
>>> communities(nx.disjoint_union(nx.complete_graph(3), nx.complete_graph(3)), seed=42)
[[0, 1, 2], [3, 4, 5]]
"""

from __future__ import annotations

import networkx as nx

from rightsgraph.ontology.errors import UsageError

DEFAULT_SEED = 42
ENGINES = ("auto", "igraph", "networkx")
_GRID = float(2 ** 24)
EXACT_BETWEENNESS_LIMIT = 2000   # nodes; above, betweenness is estimated from a sample
BETWEENNESS_SAMPLE = 500         # source nodes of that estimate
METRICS = ("degree", "strength", "betweenness", "eigenvector")


def import_igraph():
    """Import igraph without letting it import matplotlib.

    igraph's drawing module imports ``matplotlib.pyplot`` when it can, which costs
    about 1.2 s, more than all the metrics but betweenness at 10,000 actors; rightsgraph
    draws with matplotlib itself and never with igraph's plotting. When matplotlib is not
    loaded yet it is hidden during the import (igraph then keeps its placeholder for
    plotting only), and can be imported normally afterwards.
    """
    import sys

    if "igraph" in sys.modules or "matplotlib" in sys.modules:
        import igraph
        return igraph
    sys.modules["matplotlib"] = None          # makes `import matplotlib` raise ImportError
    try:
        import igraph
    finally:
        if sys.modules.get("matplotlib", 0) is None:
            del sys.modules["matplotlib"]
    return igraph


def _engine(engine: str) -> str:
    if engine not in ENGINES:
        raise UsageError(f"engine must be one of {', '.join(ENGINES)}")
    if engine == "networkx":
        return "networkx"
    try:
        import_igraph()
    except ImportError:
        if engine == "igraph":
            raise UsageError("engine 'igraph' asked for but the igraph package is not installed") from None
        return "networkx"
    return "igraph"


def to_igraph(graph: nx.Graph, weight: str = "weight"):
    """Convert once: ``(igraph.Graph, nodes)`` with edge attribute ``weight`` (default 1)."""
    igraph = import_igraph()

    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[a], index[b]) for a, b in graph.edges()]
    ig = igraph.Graph(n=len(nodes), edges=edges, directed=False)
    ig.es["weight"] = [float(d.get(weight, 1.0)) for _, _, d in graph.edges(data=True)]
    return ig, nodes


def distance(weight) -> float:
    """``1 / weight`` rounded to a multiple of 2**-24, so that path lengths add up exactly.

    networkx compares path lengths exactly and igraph with a tolerance; with lengths on a
    dyadic grid, equal paths are equal in both engines and the two give the same
    betweenness (the rounding changes a distance by less than 1e-7).
    """
    weight = float(weight)
    if weight <= 0:
        raise UsageError(f"edge weights must be positive to be read as distances, not {weight}")
    return round(_GRID / weight) / _GRID


def degree(graph: nx.Graph) -> dict:
    """Number of neighbours of each node."""
    return dict(graph.degree())


def strength(graph: nx.Graph, weight: str = "weight") -> dict:
    """Weighted degree: the sum of ``weight`` over each node's edges."""
    return {node: float(value) for node, value in graph.degree(weight=weight)}


def betweenness(graph: nx.Graph, weighted: bool = True, weight: str = "weight",
                engine: str = "auto", ig=None, sample: int | None = None,
                seed: int = DEFAULT_SEED) -> dict:
    """Normalised betweenness centrality, weights read as distances ``1 / weight``.

    Parameters
    ----------
    graph : networkx.Graph
    weighted : bool
        ``False`` counts hops in both engines.
    weight : str
        Edge attribute holding the tie strength.
    engine : {"auto", "igraph", "networkx"}
        ``auto`` takes igraph when it is importable.
    ig : tuple, optional
        ``to_igraph(graph)`` already computed, to convert only once.
    sample : int, optional
        Estimate from this many source nodes (drawn with ``seed``) instead of all: the
        shortest paths from the sampled sources to every node, scaled by
        ``n / sample`` (the estimator of networkx's ``k``). Both engines use the same
        sources and give the same numbers.
    seed : int
        Seed of the source sample.

    Examples
    --------
    >>> import networkx as nx
    >>> round(betweenness(nx.star_graph(3))[0], 3)
    1.0
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    nodes = list(graph)
    sources = None
    if sample and sample < n:
        import random

        sources = sorted(random.Random(seed).sample(range(n), sample))
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    if sources is not None:
        scale *= n / len(sources)
    if _engine(engine) == "networkx":
        work = nx.Graph()
        work.add_nodes_from(nodes)
        work.add_edges_from((a, b, {"distance": distance(d.get(weight, 1.0)) if weighted else 1.0})
                            for a, b, d in graph.edges(data=True))
        if sources is None:
            raw = nx.betweenness_centrality(work, weight="distance", normalized=False)
        else:
            raw = nx.betweenness_centrality_subset(work, [nodes[i] for i in sources], nodes,
                                                   normalized=False, weight="distance")
        return {node: float(raw[node]) * scale for node in nodes}
    ig, ig_nodes = ig or to_igraph(graph, weight)
    distances = [distance(w) for w in ig.es["weight"]] if weighted and ig.ecount() else None
    raw = ig.betweenness(directed=False, weights=distances, sources=sources)
    return {node: float(value) * scale for node, value in zip(ig_nodes, raw)}


def largest_component(graph: nx.Graph) -> set:
    """Nodes of the largest connected component (ties: the one with the smallest node)."""
    if graph.number_of_nodes() == 0:
        return set()
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(map(str, c))))
    return set(components[0])


def eigenvector(graph: nx.Graph, weight: str = "weight", engine: str = "auto", ig=None) -> dict:
    """Eigenvector centrality on the largest component, 0 elsewhere; unit Euclidean norm.

    ``ig``: ``to_igraph(graph, weight)`` already computed (igraph engine); the largest
    component is then found in igraph too, with the same tie rule.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.Graph([(0, 1), (1, 2), (3, 4)])
    >>> values = eigenvector(g)
    >>> values[3], values[4], round(values[1], 3)
    (0.0, 0.0, 0.707)
    """
    values = {node: 0.0 for node in graph}
    chosen = _engine(engine)
    if chosen == "igraph" and ig is not None:
        full, all_nodes = ig
        parts = full.connected_components()
        core = min(parts, key=lambda c: (-len(c), min(str(all_nodes[i]) for i in c)))
        if len(core) < 2:
            return values
        full.vs["_index"] = list(range(full.vcount()))
        sub = full.induced_subgraph(sorted(core))
        nodes = [all_nodes[i] for i in sub.vs["_index"]]
        del full.vs["_index"]
        raw = sub.eigenvector_centrality(weights="weight")
        return _unit(values, nodes, raw)
    core = largest_component(graph)
    if len(core) < 2:
        return values
    sub = graph.subgraph([node for node in graph if node in core])
    if chosen == "igraph":
        ig, nodes = to_igraph(sub, weight)
        raw = ig.eigenvector_centrality(weights="weight")  # directed=False errors in igraph 1.0
    else:
        nodes = list(sub)
        result = nx.eigenvector_centrality(sub, weight=weight, max_iter=5000, tol=1e-10)
        raw = [result[node] for node in nodes]
    return _unit(values, nodes, raw)


def _unit(values: dict, nodes, raw) -> dict:
    """``values`` updated with ``raw`` (in the order of ``nodes``) scaled to unit norm."""
    raw = [abs(float(v)) for v in raw]
    norm = sum(v * v for v in raw) ** 0.5 or 1.0
    values.update({node: v / norm for node, v in zip(nodes, raw)})
    return values


def communities(graph: nx.Graph, seed: int = DEFAULT_SEED, weight: str = "weight",
                resolution: float = 1.0, keep_together=(), engine: str = "auto", ig=None) -> list:
    """Louvain communities with a fixed seed, as sorted lists, largest first.

    Parameters
    ----------
    graph : networkx.Graph
    seed : int
        Seed of the Louvain random node order; the same seed gives the same result.
    weight : str
    resolution : float
        Above 1 favours smaller communities.
    engine : {"auto", "igraph", "networkx"}
        igraph's ``community_multilevel`` (Louvain, its random numbers drawn from
        ``random.Random(seed)``; 0.1 s instead of 2 s for networkx's
        ``louvain_communities`` at 9,000 actors) or networkx's. Both find the same
        communities where the structure is clear (tested); on large graphs of weak
        structure two Louvain runs, like two seeds, may cut differently.
    ig : tuple, optional
        ``to_igraph(graph, weight)`` already computed.
    keep_together : iterable of node collections
        Groups that must not be split (the signers of one joint act). Modularity is
        nearly flat on a large clique, so Louvain may cut a 15-government letter in two
        for a gain of 0.01; after Louvain, each group, largest first, is moved whole into
        the community that holds most of it (ties: the larger community). A node placed
        by a larger group is not moved again by a smaller one.

    Returns
    -------
    list of list

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.barbell_graph(4, 0)
    >>> communities(g, seed=1)
    [[0, 1, 2, 3], [4, 5, 6, 7]]
    >>> communities(g, seed=1, keep_together=[[2, 3, 4]])
    [[0, 1, 2, 3, 4], [5, 6, 7]]
    """
    if graph.number_of_nodes() == 0:
        return []
    if _engine(engine) == "igraph":
        found = _igraph_louvain(ig or to_igraph(graph, weight), seed, resolution)
    else:
        found = nx.community.louvain_communities(graph, weight=weight, resolution=resolution, seed=seed)
    groups = [sorted(c, key=str) for c in found]
    groups.sort(key=lambda c: (-len(c), str(c[0])))
    if keep_together:
        groups = _keep_together(groups, keep_together)
    return groups


def _igraph_louvain(ig, seed: int, resolution: float) -> list:
    """igraph's Louvain (last level) with igraph's random numbers drawn from ``seed``."""
    import random

    igraph = import_igraph()
    graph, nodes = ig
    igraph.set_random_number_generator(random.Random(seed))
    try:
        clustering = graph.community_multilevel(weights="weight" if graph.ecount() else None,
                                                resolution=resolution)
    finally:
        igraph.set_random_number_generator(random)
    return [[nodes[i] for i in members] for members in clustering]


def _keep_together(groups: list, keep_together) -> list:
    membership = {node: index for index, group in enumerate(groups) for node in group}
    sizes = [len(group) for group in groups]
    pinned = set()
    together = [sorted({n for n in g if n in membership}, key=str) for g in keep_together]
    for members in sorted((m for m in together if len(m) > 1), key=lambda m: (-len(m), str(m))):
        counts = {}
        for node in members:
            counts[membership[node]] = counts.get(membership[node], 0) + 1
        target = max(counts, key=lambda c: (counts[c], sizes[c], -c))
        for node in members:
            if node not in pinned and membership[node] != target:
                sizes[membership[node]] -= 1
                sizes[target] += 1
                membership[node] = target
        pinned.update(members)
    merged = {}
    for node, index in membership.items():
        merged.setdefault(index, []).append(node)
    result = [sorted(group, key=str) for group in merged.values()]
    result.sort(key=lambda c: (-len(c), str(c[0])))
    return result


def modularity(graph: nx.Graph, groups, weight: str = "weight") -> float:
    """Modularity of a partition (0.0 for a graph without edges)."""
    if graph.number_of_edges() == 0 or not groups:
        return 0.0
    return float(nx.community.modularity(graph, groups, weight=weight))


def annotate(graph: nx.Graph, seed: int = DEFAULT_SEED, engine: str = "auto",
             weighted_betweenness: bool = True, betweenness_sample: int | None = -1,
             keep_acts: bool = True) -> dict:
    """Compute every metric and store it as node attributes; return a summary.

    ``keep_acts``: the signers of one joint act (``graph.graph["_joint_acts"]``, set by
    :func:`rightsgraph.graph.network.network_from_rows`) are kept in one community
    (see :func:`communities`).

    ``betweenness_sample``: ``-1`` (default) is exact up to ``EXACT_BETWEENNESS_LIMIT``
    nodes and an estimate from ``BETWEENNESS_SAMPLE`` sources (drawn with ``seed``)
    above; ``None`` or ``0`` is always exact; a positive number is that many sources.
    Which one was computed is in the summary's ``"betweenness"`` and in
    ``graph.graph["betweenness"]``: ``"exact"`` or ``"estimated from K of N sources
    (seed S)"``.

    Node attributes set: ``degree``, ``strength``, ``betweenness``, ``eigenvector``,
    ``community`` (index from 0). Signed edges (opposition/support only) are left out of
    the metrics, which describe the coalitions.

    Returns
    -------
    dict
        ``{"communities": [...], "modularity": float, "engine": str, "seed": int,
        "betweenness": str}``

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.karate_club_graph()
    >>> summary = annotate(g, seed=42)
    >>> len(summary["communities"]) > 1 and 0 < summary["modularity"] < 1
    True
    >>> sorted(g.nodes[0])[:3]
    ['betweenness', 'club', 'community']
    """
    coalition = coalition_graph(graph)
    chosen = _engine(engine)
    ig = to_igraph(coalition) if chosen == "igraph" else None
    n = coalition.number_of_nodes()
    sample = betweenness_sample
    if sample == -1:
        sample = BETWEENNESS_SAMPLE if n > EXACT_BETWEENNESS_LIMIT else None
    sample = sample if sample and sample < n else None
    values = {
        "degree": degree(coalition),
        "strength": strength(coalition),
        "betweenness": betweenness(coalition, weighted=weighted_betweenness, engine=chosen, ig=ig,
                                   sample=sample, seed=seed),
        "eigenvector": eigenvector(coalition, engine=chosen, ig=ig),
    }
    joint = graph.graph.get("_joint_acts", {})
    groups = communities(coalition, seed=seed, keep_together=joint.values() if keep_acts else (),
                         engine=chosen, ig=ig)
    for index, group in enumerate(groups):
        for node in group:
            graph.nodes[node]["community"] = index
    for name, by_node in values.items():
        nx.set_node_attributes(graph, by_node, name)
    how = (f"estimated from {sample} of {n} sources (seed {seed})" if sample else "exact")
    summary = {"communities": groups, "modularity": modularity(coalition, groups),
               "engine": chosen, "seed": seed, "betweenness": how}
    graph.graph.update(modularity=summary["modularity"], seed=seed, communities=len(groups),
                       betweenness=how)
    return summary


def coalition_graph(graph: nx.Graph, weight: str = "weight") -> nx.Graph:
    """The graph the metrics are computed on: its nodes and coalition ties, ``weight`` only.

    When any edge tells its tie (``strong`` / ``aligned``, as
    :func:`rightsgraph.graph.network.network_from_rows` sets), the signed-only edges
    (opposition, support) are left out of a new graph that keeps only the ``weight``
    attribute (copying every edge's lists of responses and evidence cost more than the
    eigenvector). Its nodes with a coalition tie come first, then the others, each in
    the graph's order, so the seeded Louvain sees the same node order in every run.
    Any other graph is returned as it is.
    """
    ties = [(a, b, d) for a, b, d in graph.edges(data=True)]
    if not any("strong" in d or "aligned" in d for _, _, d in ties):
        return graph
    ties = [(a, b, d) for a, b, d in ties if d.get("strong") or d.get("aligned")]
    linked = {node for a, b, _ in ties for node in (a, b)}
    light = nx.Graph()
    light.add_nodes_from(node for node in graph if node in linked)
    light.add_edges_from((a, b, {weight: d[weight]} if weight in d else {}) for a, b, d in ties)
    light.add_nodes_from(graph)
    return light


def ranking(graph: nx.Graph, by: str = "strength", top: int | None = 10) -> list:
    """Nodes sorted by an annotated metric (descending), ties by label then id."""
    if by not in METRICS:
        raise UsageError(f"rank by one of {', '.join(METRICS)}")
    order = sorted(graph.nodes, key=lambda n: (-float(graph.nodes[n].get(by, 0.0)),
                                               str(graph.nodes[n].get("label", "")), str(n)))
    return order[:top] if top else order
