"""Deterministic dumps of the store: the same store always gives the same bytes.

Quads are sorted by graph, subject, predicate and object in their N-Triples form, and the
``@prefix`` lines are written in sorted order, so two dumps of the same content are
byte-identical whatever order the documents were loaded in. Turtle and N-Triples hold the
union of the document graphs (each triple once); N-Quads and TriG keep every document's
graph. Gzip output carries no time stamp or file name, so it is reproducible too.

:func:`write_file` writes a file atomically (a ``.partial`` file renamed when complete) and
returns its size; :mod:`rightsgraph.graph.void` describes a dump in VoID and DCAT.

Examples
--------
>>> import io, pyoxigraph as ox
>>> from rightsgraph.graph.store import RightsStore
>>> from rightsgraph.graph.dump import dump
>>> store = RightsStore.in_memory()
>>> g = ox.NamedNode("https://w3id.org/rightsgraph/id/document/a")
>>> store.ox.add(ox.Quad(g, ox.NamedNode("http://purl.org/dc/terms/identifier"), ox.Literal("a"), g))
>>> out = io.BytesIO(); dump(store, out, "ntriples")
1
>>> out.getvalue()
b'<https://w3id.org/rightsgraph/id/document/a> <http://purl.org/dc/terms/identifier> "a" .\\n'
>>> out = io.BytesIO(); _ = dump(store, out, "turtle")
>>> print(out.getvalue().decode().splitlines()[0])
@prefix dcat: <http://www.w3.org/ns/dcat#> .
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pyoxigraph as ox

from rightsgraph.ontology.errors import StoreError, UsageError
from rightsgraph.ontology.namespace import PREFIXES

FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
}
SUFFIXES = {"turtle": ".ttl", "ntriples": ".nt", "nquads": ".nq", "trig": ".trig"}
MEDIA_TYPES = {
    "turtle": "text/turtle", "ntriples": "application/n-triples",
    "nquads": "application/n-quads", "trig": "application/trig",
}
# W3C format IRIs (http://www.w3.org/ns/formats/), for void:feature.
FORMAT_IRIS = {
    "turtle": "http://www.w3.org/ns/formats/Turtle",
    "ntriples": "http://www.w3.org/ns/formats/N-Triples",
    "nquads": "http://www.w3.org/ns/formats/N-Quads",
    "trig": "http://www.w3.org/ns/formats/TriG",
}


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


class _SortedPrefixes:
    """A binary writer that puts the leading ``@prefix`` lines in sorted order.

    pyoxigraph writes the prefixes in the order of its own hash map; sorting them here
    keeps the bytes independent of that.
    """

    def __init__(self, out):
        self.out = out
        self.head = b""
        self.done = False

    def write(self, data) -> int:
        data = bytes(data)
        if self.done:
            self.out.write(data)
            return len(data)
        self.head += data
        lines = self.head.split(b"\n")
        complete, rest = lines[:-1], lines[-1]
        prefixes = []
        for index, line in enumerate(complete):
            if not line.startswith(b"@prefix "):
                self._emit(prefixes, b"\n".join(complete[index:]) + b"\n" + rest)
                return len(data)
            prefixes.append(line)
        return len(data)

    def _emit(self, prefixes, rest: bytes) -> None:
        self.done = True
        self.head = b""
        self.out.write(b"".join(line + b"\n" for line in sorted(prefixes)))
        self.out.write(rest)

    def flush(self) -> None:
        if not self.done:
            lines = self.head.split(b"\n")
            prefixes = [line for line in lines if line.startswith(b"@prefix ")]
            others = [line for line in lines if not line.startswith(b"@prefix ")]
            self._emit(prefixes, b"\n".join(others))


def serialize_sorted(statements, out, rdf_format, prefixes=None) -> None:
    """Serialise already sorted statements; ``@prefix`` lines come out sorted too."""
    if prefixes:
        writer = _SortedPrefixes(out)
        ox.serialize(statements, writer, rdf_format, prefixes=prefixes)
        writer.flush()
    else:
        ox.serialize(statements, out, rdf_format)


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
            serialize_sorted(statements, zipped, rdf_format, prefixes)
    else:
        serialize_sorted(statements, out, rdf_format, prefixes)
    return len(statements)


class CountingWriter:
    """Pass bytes through to ``out`` and count them (the size of a dump sent to stdout)."""

    def __init__(self, out):
        self.out = out
        self.count = 0

    def write(self, data) -> int:
        self.count += len(data)
        return self.out.write(data)

    def flush(self) -> None:
        self.out.flush()


def write_file(target, produce) -> int:
    """Write ``target`` atomically: ``produce(binary_stream)`` fills a ``.partial`` file,
    renamed over ``target`` when complete. Returns the file's size in bytes."""
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as out:
            produce(out)
        os.replace(partial, target)
        return target.stat().st_size
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
