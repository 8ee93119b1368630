"""Deterministic dumps of the store: the same store always gives the same bytes.

Quads are sorted by graph, subject, predicate and object in their N-Triples form, and the
prefixes are fixed, so two dumps of the same content are byte-identical whatever order the
documents were loaded in. Turtle and N-Triples hold the union of the document graphs (each
triple once); N-Quads and TriG keep every document's graph. Gzip output carries no time
stamp or file name, so it is reproducible too.

Examples
--------
>>> import io, pyoxigraph as ox
>>> from rightsgraph.graph.store import RightsStore
>>> from rightsgraph.graph.dump import dump
>>> store = RightsStore.in_memory()
>>> g = ox.NamedNode("https://w3id.org/rightsgraph/id/document/a")
>>> store.ox.add(ox.Quad(g, ox.NamedNode("http://purl.org/dc/terms/identifier"), ox.Literal("a"), g))
>>> out = io.BytesIO(); dump(store, out, "ntriples")
>>> out.getvalue()
b'<https://w3id.org/rightsgraph/id/document/a> <http://purl.org/dc/terms/identifier> "a" .\\n'
"""

from __future__ import annotations

import gzip

import pyoxigraph as ox

from rightsgraph.ontology.errors import UsageError
from rightsgraph.ontology.namespace import PREFIXES

FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
}
SUFFIXES = {"turtle": ".ttl", "ntriples": ".nt", "nquads": ".nq", "trig": ".trig"}


def _key(term) -> str:
    return str(term)


def sorted_triples(store):
    """Distinct triples of the union of all graphs, sorted."""
    seen = {}
    for quad in store.ox.quads_for_pattern(None, None, None, None):
        triple = ox.Triple(quad.subject, quad.predicate, quad.object)
        key = (_key(quad.subject), _key(quad.predicate), _key(quad.object))
        seen.setdefault(key, triple)
    return [seen[k] for k in sorted(seen)]


def sorted_quads(store):
    """All quads, sorted by graph, subject, predicate, object."""
    quads = list(store.ox.quads_for_pattern(None, None, None, None))
    quads.sort(key=lambda q: (_key(q.graph_name), _key(q.subject), _key(q.predicate), _key(q.object)))
    return quads


def dump(store, out, fmt: str = "turtle", compress: bool = False) -> int:
    """Write the store to the binary stream ``out``; returns the number of statements.

    Parameters
    ----------
    store : RightsStore
    out : binary stream
    fmt : {"turtle", "ntriples", "nquads", "trig"}
    compress : bool
        Gzip the output reproducibly (no time stamp, no file name).
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown dump format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rdf_format, with_graphs = FORMATS[fmt]
    statements = sorted_quads(store) if with_graphs else sorted_triples(store)
    prefixes = PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    if compress:
        with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as zipped:
            ox.serialize(statements, zipped, rdf_format, prefixes=prefixes)
    else:
        ox.serialize(statements, out, rdf_format, prefixes=prefixes)
    return len(statements)
