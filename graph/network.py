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
"""

from __future__ import annotations

import gc
import re
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from rightsgraph.loaders.model import ACTOR_KINDS, RESPONSE_TYPES
from rightsgraph.ontology.errors import RightsgraphError, UsageError
from rightsgraph.ontology.namespace import ID_NS, PREFIXES, RG_NS, sparql_prefixes

from .metrics import import_igraph

STRONG_FACTOR = 2.0
OPPOSING = ("Condemnation", "Sanction", "Accusation", "Demand")
SUPPORTING = ("Support", "MilitaryAssistance")
TIES = ("strong", "aligned", "both")
LEVELS = ("principal", "actor")
LANGS = ("en", "fr", "ar")
_ISO = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


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


# ---------------------------------------------------------------------------- filters
@dataclass
class NetworkFilter:
    """What to keep. Every field is optional; the default keeps everything.

    Attributes
    ----------
    event : str
        An event IRI (``<...>`` or ``https://...``), a CURIE (``rgid:event/massdetention/CN-XJ``),
        an ISO 3166 code (``CN-XJ``: events located exactly there) or an event kind
        (``MassDetention``, case-insensitive).
    place : str
        ISO code: events located there *or inside it* (``CN`` takes in ``CN-XJ``).
    types : list of str
        Response types (``Condemnation``, ``Sanction``...).
    since, until : str
        ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; compared with the response's ``rg:date``,
        else its document's ``dcterms:date``; undated responses are left out when either
        is given. A year or month counts from its first to its last day.
    tie : {"both", "strong", "aligned"}
    min_weight : float
        Edges lighter than this go, and then the actors left without any edge.
    signed : bool
        Add responder–perpetrator edges (see the module docstring).
    level : {"principal", "actor"}
        ``principal`` (default) draws each act at the level of whom its agents act for: a
        spokesperson or ministry becomes its government, a national section its
        organisation (governments, national or sub-national, stay themselves);
        ``actor`` keeps officials and bodies as nodes of their own.
    """

    event: str | None = None
    place: str | None = None
    types: list = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    tie: str = "both"
    min_weight: float = 0.0
    signed: bool = False
    level: str = "principal"

    def __post_init__(self):
        if self.level not in LEVELS:
            raise UsageError(f"--level must be one of {', '.join(LEVELS)}, not {self.level!r}")
        if self.tie not in TIES:
            raise UsageError(f"--tie must be one of {', '.join(TIES)}, not {self.tie!r}")
        self.types = [canonical_type(t) for t in (self.types or []) if t.strip()]
        self.since = _period(self.since, "since")[0] if self.since else None
        self.until = _period(self.until, "until")[1] if self.until else None
        if self.place and not _ISO.match(self.place.upper()):
            raise UsageError(f"--place wants an ISO 3166 code such as CN or CN-XJ, not {self.place!r}")
        self._event = _event_matcher(self.event) if self.event else None

    def keeps_event(self, event, kind, iso) -> bool:
        if self._event is not None and not self._event(event, kind, iso):
            return False
        if self.place:
            code = self.place.upper()
            if not iso or not (iso == code or iso.startswith(code + "-")):
                return False
        return True

    def keeps_date(self, date) -> bool:
        if not (self.since or self.until):
            return True
        if not date or not _DATE.match(date[:10]):
            return False
        start, end = _period(date[:10], "date")
        return not ((self.since and end < self.since) or (self.until and start > self.until))


def canonical_type(name: str) -> str:
    """``condemnation`` → ``Condemnation``; unknown names raise :class:`UsageError`."""
    wanted = name.strip().split(":")[-1].lower()
    for known in RESPONSE_TYPES:
        if known.lower() == wanted:
            return known
    raise UsageError(f"unknown response type {name.strip()!r}; choose from {', '.join(RESPONSE_TYPES)}")


def _period(text: str, what: str):
    match = _DATE.match(text.strip())
    if not match:
        raise UsageError(f"--{what} wants YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-01-01", f"{year}-12-31"


def expand_iri(text: str) -> str | None:
    """An IRI from ``<iri>``, ``http(s)://...`` or a CURIE of the project's prefixes."""
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    if re.match(r"^https?://", text):
        return text
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES:
        return PREFIXES[prefix] + local
    return None


def _event_matcher(spec: str):
    iri = expand_iri(spec)
    if iri:
        return lambda event, kind, iso: event == iri
    if _ISO.match(spec.strip()):
        code = spec.strip()
        return lambda event, kind, iso: iso == code
    if re.fullmatch(r"event/[\w-]+/[\w-]+", spec.strip()):
        iri = ID_NS + spec.strip()
        return lambda event, kind, iso: event == iri
    wanted = spec.strip().lower()
    if re.fullmatch(r"[a-z]+", wanted):
        return lambda event, kind, iso: bool(kind) and kind.lower() == wanted
    raise UsageError(f"--event wants an event IRI, a CURIE (rgid:event/...), an ISO code "
                     f"(CN-XJ) or an event kind (MassDetention), not {spec!r}")


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


def describe_filters(filters: NetworkFilter) -> str:
    parts = []
    for name in ("event", "place", "since", "until"):
        if getattr(filters, name):
            parts.append(f"{name}={getattr(filters, name)}")
    if filters.types:
        parts.append("types=" + ",".join(filters.types))
    if filters.tie != "both":
        parts.append(f"tie={filters.tie}")
    if filters.min_weight:
        parts.append(f"min-weight={filters.min_weight:g}")
    if filters.signed:
        parts.append("signed")
    return ", ".join(parts)


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


# ---------------------------------------------------------------------------- presentation
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
    nodes = list(sub)
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
