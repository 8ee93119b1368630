"""Coalition networks: actors joined by the acts they share (SPEC §7).

Nodes are actors (``rg:Government``, ``rg:NGO``, ``rg:Official``...). Two actors are
joined by

- a **strong** tie when they are agents of the *same* response: one act signed by
  several actors (a joint letter co-signed by fifteen governments is one
  ``rg:Condemnation`` with fifteen ``rg:agent``), and
- an **aligned** tie when they make the *same type* of response to the *same event* in
  *separate* acts (two governments condemning the same mass detention in two statements).

Weights
-------
Every edge keeps ``strong`` (the number of distinct acts both actors signed) and
``aligned`` (the number of distinct ``(event, response type)`` pairs to which both
responded in separate acts: actor A's act and actor B's act are two different
responses). The combined weight is ``weight = STRONG_FACTOR * strong + aligned`` with
``STRONG_FACTOR = 2``: signing one text together says more than answering the same way
apart. With ``signed=True`` the graph also gets edges from a responder to the event's
perpetrator: ``opposed`` counts acts of ``Condemnation``, ``Sanction``, ``Accusation`` or
``Demand``, ``supported`` acts of ``Support`` or ``MilitaryAssistance``; they add to
``weight`` one each, and ``sign`` is -1 on an edge whose opposing acts outnumber its
positive ones (ties, support), +1 otherwise.

Each edge also keeps, as sorted lists, the ``responses`` (IRIs), response ``types``,
``events``, ``evidence`` (sentences, text) and ``documents`` (identifiers) it comes from.

Where the rows come from
------------------------
Two SPARQL SELECT queries (DISTINCT, over the union of the document graphs, the acts
one graph at a time on the embedded store; their text carries its own PREFIX prologue) feed :func:`network_from_rows`: :data:`ACTS_QUERY`
(response, type, agent, event, dates, document) and :data:`DETAILS_QUERY` (evidence
sentences, event kinds, places, ISO codes, perpetrators, actor kinds, labels, governed
places, parents), joined in Python. The row source is a
function ``select(text) -> list[dict[str, term]]``: :func:`store_select` for the embedded
store, ``functools.partial(rightsgraph.graph.endpoint.select_rows, url)`` for a remote
endpoint. Filters are applied in Python to the rows, so both sources behave the same.

Examples
--------
>>> from rightsgraph.graph.network import network_from_rows
>>> rows = [
...     {"response": "r1", "rtype": "Condemnation", "agent": "a", "event": "e"},
...     {"response": "r1", "rtype": "Condemnation", "agent": "b", "event": "e"},
...     {"response": "r2", "rtype": "Condemnation", "agent": "c", "event": "e"},
... ]
>>> g = network_from_rows(rows, [])
>>> sorted(g.edges(data="strong"))
[('a', 'b', 1), ('a', 'c', 0), ('b', 'c', 0)]
>>> g.edges["a", "b"]["weight"], g.edges["a", "c"]["weight"]
(2.0, 1.0)

See Also
--------
rightsgraph.graph.network_filter : :class:`NetworkFilter`, what the network keeps.
rightsgraph.graph.viz_layout : layout, colours, sizes and labels of the nodes.
rightsgraph.graph.metrics : degree, strength, betweenness, eigenvector, communities.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from contextlib import contextmanager
from itertools import combinations

import networkx as nx

from rightsgraph.loaders.model import ACTOR_KINDS, RESPONSE_TYPES
from rightsgraph.ontology.errors import RightsgraphError
from rightsgraph.ontology.namespace import PREFIXES, RG_NS, sparql_prefixes

from .network_filter import _ISO, NetworkFilter, describe_filters
# Re-exported: callers import these from here too.
from .network_filter import LEVELS, TIES, canonical_type, expand_iri  # noqa: F401
from .viz_layout import (  # noqa: F401
    COLOR_BY, KIND_COLORS, KK_LIMIT, PALETTE, SIZE_METRICS, layout_positions, node_colors,
    node_label, node_sizes,
)

STRONG_FACTOR = 2.0
OPPOSING = ("Condemnation", "Sanction", "Accusation", "Demand")
SUPPORTING = ("Support", "MilitaryAssistance")
LANGS = ("en", "fr", "ar")


class EmptyNetworkError(RightsgraphError):
    """The filters leave no actor to draw (exit code 1)."""


# ---------------------------------------------------------------------------- queries
# Both queries are flat on purpose. With the union default graph an actor's or event's
# triples repeat in every document graph that mentions it, so a join such as
# "?actor a ?kind ; skos:prefLabel ?label" multiplies those copies (16 s at a million
# quads, and OPTIONAL chains over shared nodes ran for minutes). Instead the first query
# reads the acts, which live in one graph each, and the second reads each kind of detail
# with its own DISTINCT single-pattern subquery (about 2 s at a million quads); the
# joins are done in Python.
#
# On the embedded store the acts query is also scoped to one graph at a time
# (ACTS_QUERY_PER_GRAPH, run without the union default graph): each document graph holds
# its acts whole (type, agents, event, dates, its document's identifier and date), so
# the rows are the same, and the optional look-ups stay inside one graph instead of
# scanning every graph's copy (at a million quads: 2.0 s of CPU instead of 3.5 s). A
# second branch reads acts stored in the default graph itself. A remote endpoint keeps
# ACTS_QUERY: how its default graph relates to its named graphs is its own affair.
ACT_PATTERN = """
    VALUES ?rtype { %(types)s }
    ?response a ?rtype ; rg:agent ?agent .
    OPTIONAL { ?response rg:respondsTo ?event }
    OPTIONAL { ?response rg:date ?date }
    OPTIONAL { ?response prov:wasDerivedFrom ?doc .
               OPTIONAL { ?doc dcterms:identifier ?docid }
               OPTIONAL { ?doc dcterms:date ?docdate } }
"""
_ACT_VARIABLES = "?response ?rtype ?agent ?event ?date ?doc ?docid ?docdate"
ACTS_QUERY = f"SELECT DISTINCT {_ACT_VARIABLES} WHERE {{{ACT_PATTERN}}}\n"
ACTS_QUERY_PER_GRAPH = (f"SELECT DISTINCT {_ACT_VARIABLES} WHERE {{\n"
                        f"  {{ GRAPH ?g {{{ACT_PATTERN}  }} }}\n  UNION {{{ACT_PATTERN}  }}\n}}\n")

DETAILS_QUERY = """
SELECT ?part ?s ?o WHERE {
  { { SELECT DISTINCT ?s ?o WHERE { ?s rg:evidence ?e . ?e rg:text ?o } } BIND("evidence" AS ?part) }
  UNION { { SELECT DISTINCT ?s ?o WHERE { ?x rg:respondsTo ?s . ?s a ?o } } BIND("event-kind" AS ?part) }
  UNION { { SELECT DISTINCT ?s ?o WHERE { ?s rg:location ?o } } BIND("location" AS ?part) }
  UNION { { SELECT DISTINCT ?s ?o WHERE { ?s rg:isoCode ?o } } BIND("iso" AS ?part) }
  UNION { { SELECT DISTINCT ?s ?o WHERE { ?s rg:perpetrator ?o } } BIND("perpetrator" AS ?part) }
  UNION { { SELECT DISTINCT ?s ?o WHERE { VALUES ?o { %(kinds)s } ?s a ?o } } BIND("kind" AS ?part) }
  UNION { { SELECT DISTINCT ?s ?o WHERE { ?s skos:prefLabel ?o } } BIND("label" AS ?part) }
  UNION { { SELECT DISTINCT ?s ?o WHERE { ?s rg:governs ?o } } BIND("governs" AS ?part) }
  UNION { { SELECT DISTINCT ?s ?o WHERE { ?s rg:represents|rg:partOf ?o } } BIND("parent" AS ?part) }
}
"""


def acts_query(types=None, per_graph: bool = False) -> str:
    """The SELECT of acts (one row per response and agent), for ``types`` if given.

    ``per_graph``: the form scoped to one graph at a time, for a source that runs it
    without the union default graph (:func:`store_select` with ``union=False``).
    """
    chosen = types or RESPONSE_TYPES
    values = " ".join(f"rg:{t}" for t in chosen)
    return sparql_prefixes() + (ACTS_QUERY_PER_GRAPH if per_graph else ACTS_QUERY) % {"types": values}


def details_query() -> str:
    """The SELECT of details: ``(?part, ?s, ?o)`` rows for evidence, events and actors."""
    return sparql_prefixes() + DETAILS_QUERY % {"kinds": " ".join(f"rg:{k}" for k in ACTOR_KINDS)}


def store_select(store):
    """A row source over an open :class:`~rightsgraph.graph.store.RightsStore`.

    Returns a function ``select(text, union=True)`` giving a list of ``{variable: term}``
    dicts (unbound variables left out), the same shape as
    ``rightsgraph.graph.endpoint.select_rows``. With ``union=False`` the default graph is
    the store's own default graph instead of the union of all graphs. The function's
    ``per_graph`` attribute is ``True``: :func:`build_network` then asks for the acts
    with :data:`ACTS_QUERY_PER_GRAPH`.
    """
    def select(text: str, union: bool = True) -> list:
        results = store.ox.query(text, use_default_graph_as_union=union, prefixes=PREFIXES)
        names = [v.value for v in results.variables]
        return [{name: term for name, term in zip(names, solution) if term is not None}
                for solution in results]
    select.per_graph = True
    return select


def _value(term):
    """Plain string of a pyoxigraph term (or of a string already), language kept apart."""
    if term is None:
        return None
    return term if isinstance(term, str) else term.value


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]


# ---------------------------------------------------------------------------- building
def build_network(select, filters: NetworkFilter | None = None) -> nx.Graph:
    """Query a row source and build the coalition network.

    Parameters
    ----------
    select : callable
        ``select(sparql_text) -> list[dict[str, term]]``, e.g. :func:`store_select`.
    filters : NetworkFilter, optional

    Returns
    -------
    networkx.Graph

    Raises
    ------
    EmptyNetworkError
        When the filters leave no actor.
    """
    filters = filters or NetworkFilter()
    with gc_paused():
        if getattr(select, "per_graph", False):
            act_rows = select(acts_query(filters.types or None, per_graph=True), union=False)
        else:
            act_rows = select(acts_query(filters.types or None))
        detail_rows = select(details_query())
        graph = network_from_rows(act_rows, detail_rows, filters)
    if graph.number_of_nodes() == 0:
        raise EmptyNetworkError("no actors left after the filters "
                                f"({describe_filters(filters) or 'none'}): nothing to draw")
    return graph


class _Details:
    """The detail rows, indexed: ``by[part][subject] -> set of objects``."""

    def __init__(self, rows):
        self.by = defaultdict(lambda: defaultdict(set))
        self._principals = {}
        for row in rows:
            part, subject, obj = (row.get(k) for k in ("part", "s", "o"))
            if part is None or subject is None or obj is None:
                continue
            part, subject, value = _value(part), _value(subject), _value(obj)
            if part == "label":         # (text, language): one text may serve two languages
                lang = getattr(obj, "language", None) or "en"
                value = (value, lang.split("-")[0].lower())
            self.by[part][subject].add(value)

    def get(self, part: str, subject: str) -> set:
        found = self.by.get(part)
        return set(found.get(subject, ())) if found else set()

    def event_kinds(self, event) -> set:
        return {_local(k) for k in self.get("event-kind", event) if k.startswith(RG_NS)}

    def event_isos(self, event) -> set:
        return {iso for place in self.get("location", event) for iso in self.get("iso", place)}

    def country(self, actor) -> str:
        """ISO code of the place the actor governs, or that its government governs."""
        seen, frontier = set(), [actor]
        while frontier:
            current = frontier.pop()
            if current in seen:
                continue
            seen.add(current)
            for place in sorted(self.get("governs", current)):
                isos = self.get("iso", place) or ({_local(place)} if _ISO.match(_local(place)) else set())
                if isos:
                    return sorted(isos)[0]
            frontier.extend(sorted(self.get("parent", current), reverse=True))
        return ""

    def principal(self, actor) -> str:
        """Whom an actor acts for: an official's principal, a body's government, a section's
        organisation; governments (national or sub-national) are their own principals."""
        found = self._principals.get(actor)
        if found is None:
            found = self._principals[actor] = self._find_principal(actor)
        return found

    def _find_principal(self, actor) -> str:
        current, seen = actor, set()
        while current not in seen:
            seen.add(current)
            if "Government" in {_local(k) for k in self.get("kind", current)}:
                return current
            parents = sorted(self.get("parent", current))
            if not parents:
                return current
            current = parents[0]
        return current

    def actor(self, actor) -> dict:
        labels = defaultdict(set)
        for label, lang in self.get("label", actor):
            labels[lang].add(label)
        return {"kinds": {_local(k) for k in self.get("kind", actor)}, "labels": labels,
                "isos": {self.country(actor)} - {""}}


def _collect_responses(rows, details, filters):
    """Group act rows by response; keep those passing the filters."""
    acts = {}
    for row in rows:
        rid = _value(row.get("response"))
        if rid is None or row.get("agent") is None:
            continue
        act = acts.get(rid)
        if act is None:
            act = acts[rid] = {"type": _local(_value(row.get("rtype"))), "agents": set(),
                               "event": None, "dates": set(), "docdates": set(),
                               "documents": set()}
        agent = _value(row["agent"])
        act["agents"].add(details.principal(agent) if filters.level == "principal" else agent)
        if row.get("event") is not None:
            act["event"] = _value(row["event"])
        for key, name in (("dates", "date"), ("docdates", "docdate")):
            if row.get(name) is not None:
                act[key].add(_value(row[name]))
        if row.get("docid") is not None or row.get("doc") is not None:
            act["documents"].add(_value(row.get("docid")) or _value(row.get("doc")))
    kept = {}
    for rid, act in acts.items():
        if filters.types and act["type"] not in filters.types:
            continue
        event = act["event"]
        act["kinds"] = details.event_kinds(event) if event else set()
        act["isos"] = details.event_isos(event) if event else set()
        if filters.event or filters.place:
            if event is None:
                continue
            kinds, isos = act["kinds"] or {None}, act["isos"] or {None}
            if not any(filters.keeps_event(event, k, i) for k in kinds for i in isos):
                continue
        date = min(act["dates"]) if act["dates"] else (min(act["docdates"]) if act["docdates"] else None)
        if not filters.keeps_date(date):
            continue
        act["date"] = date
        act["evidence"] = details.get("evidence", rid)
        act["perpetrators"] = details.get("perpetrator", event) if event else set()
        if filters.level == "principal":
            act["perpetrators"] = {details.principal(p) for p in act["perpetrators"]}
        kept[rid] = act
    return kept


def _node_data(aid, info):
    info = info or {"kinds": set(), "labels": {}, "isos": set()}
    labels = {lang: sorted(values, key=lambda v: (len(v), v))[0]
              for lang, values in info["labels"].items() if values}
    kinds = sorted(info["kinds"], key=lambda k: ACTOR_KINDS.index(k) if k in ACTOR_KINDS else 99)
    fallback = _local(aid).replace("-", " ")
    data = {"iri": aid, "kind": kinds[0] if kinds else "Actor",
            "country": sorted(info["isos"])[0] if info["isos"] else ""}
    data["label"] = labels.get("en") or next(iter(sorted(labels.values())), None) or fallback
    for lang in LANGS:
        data[f"label_{lang}"] = labels.get(lang, "")
    return data


def _new_edge():
    return {"strong": 0, "aligned": 0, "opposed": 0, "supported": 0, "responses": set(),
            "types": set(), "events": set(), "evidence": set(), "documents": set(),
            "_groups": set()}


def _add_act(edge, act, rid):
    edge["responses"].add(rid)
    edge["types"].add(act["type"])
    if act["event"]:
        edge["events"].add(act["event"])
    edge["evidence"].update(act["evidence"])
    edge["documents"].update(act["documents"])


def network_from_rows(act_rows, detail_rows=(), filters: NetworkFilter | None = None) -> nx.Graph:
    """Build the network from rows of :data:`ACTS_QUERY` and :data:`DETAILS_QUERY`.

    Rows are dicts of pyoxigraph terms (or plain strings: labels are then English);
    this function does no I/O. An empty result is an empty graph (:func:`build_network`
    raises instead).
    """
    filters = filters or NetworkFilter()
    with gc_paused():
        return _network(act_rows, detail_rows, filters)


@contextmanager
def gc_paused():
    """Pause Python's cyclic garbage collector for the block (restored after it).

    Building a network allocates a few hundred thousand small dicts and sets, none of
    them in a reference cycle; every collection of the oldest generation walks all of
    them (and the rows), which took about 40 % of :func:`network_from_rows` at a million
    quads. Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _network(act_rows, detail_rows, filters) -> nx.Graph:
    details = _Details(detail_rows)
    acts = _collect_responses(act_rows, details, filters)
    edges = defaultdict(_new_edge)
    acts_by_actor = defaultdict(int)
    for rid, act in sorted(acts.items()):
        for agent in act["agents"]:
            acts_by_actor[agent] += 1
        if filters.tie in ("strong", "both"):
            for a, b in combinations(sorted(act["agents"]), 2):
                edge = edges[(a, b)]
                edge["strong"] += 1
                _add_act(edge, act, rid)
    if filters.tie in ("aligned", "both"):
        groups = defaultdict(list)
        for rid, act in sorted(acts.items()):
            if act["event"]:
                groups[(act["event"], act["type"])].append(rid)
        for group, rids in sorted(groups.items()):
            by_actor = defaultdict(set)
            for rid in rids:
                for agent in acts[rid]["agents"]:
                    by_actor[agent].add(rid)
            for a, b in combinations(sorted(by_actor), 2):
                ra, rb = by_actor[a], by_actor[b]
                if not any(x != y for x in ra for y in rb):
                    continue            # only ever together, in one act: a strong tie only
                edge = edges[(a, b)]
                if group not in edge["_groups"]:
                    edge["_groups"].add(group)
                    edge["aligned"] += 1
                for rid in sorted(ra | rb):
                    _add_act(edge, acts[rid], rid)
    perpetrators = set()
    if filters.signed:
        for rid, act in sorted(acts.items()):
            if act["type"] not in OPPOSING + SUPPORTING:
                continue
            for target in act["perpetrators"]:
                perpetrators.add(target)
                for agent in act["agents"]:
                    if agent == target:
                        continue
                    edge = edges[tuple(sorted((agent, target)))]
                    edge["opposed" if act["type"] in OPPOSING else "supported"] += 1
                    _add_act(edge, act, rid)
    graph = nx.Graph(filters=describe_filters(filters), strong_factor=STRONG_FACTOR)
    graph.graph["_joint_acts"] = {rid: sorted(act["agents"]) for rid, act in sorted(acts.items())
                                  if len(act["agents"]) > 1 and filters.tie != "aligned"}
    for aid in sorted(set(acts_by_actor) | perpetrators):
        graph.add_node(aid, **_node_data(aid, details.actor(aid)), acts=acts_by_actor.get(aid, 0))
    for (a, b), edge in sorted(edges.items()):
        edge.pop("_groups")
        weight = STRONG_FACTOR * edge["strong"] + edge["aligned"] + edge["opposed"] + edge["supported"]
        positive = edge["strong"] + edge["aligned"] + edge["supported"]
        if edge["strong"] and edge["aligned"]:
            tie = "both"
        elif edge["strong"] or edge["aligned"]:
            tie = "strong" if edge["strong"] else "aligned"
        else:
            tie = "opposition" if edge["opposed"] >= edge["supported"] else "support"
        attrs = {key: sorted(value) if isinstance(value, set) else value for key, value in edge.items()}
        attrs.update(weight=float(weight), tie=tie, sign=-1 if edge["opposed"] > positive else 1)
        graph.add_edge(a, b, **attrs)
    if filters.min_weight:
        light = [(a, b) for a, b, w in graph.edges(data="weight") if w < filters.min_weight]
        had_edges = {n for n in graph if graph.degree(n)}
        graph.remove_edges_from(light)
        graph.remove_nodes_from([n for n in had_edges if graph.degree(n) == 0])
    return graph


def coalition_view(graph: nx.Graph) -> nx.Graph:
    """The graph without the signed (opposition/support only) edges, for metrics."""
    view = nx.Graph(graph)
    view.remove_edges_from([(a, b) for a, b, d in graph.edges(data=True)
                            if not (d.get("strong") or d.get("aligned"))])
    return view
