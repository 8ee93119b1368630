"""Deterministic dumps of the store: the same store always gives the same bytes.

Graphs are written in sorted order (the default graph first), and within a graph the
triples are sorted as the bytes of their N-Triples lines (pyoxigraph writes every term in
one canonical way), which is a sort by subject, predicate and object; the ``@prefix``
lines are written in sorted order too. Two dumps of the same content are therefore
byte-identical whatever order the documents were loaded in. Sorting serialised lines
instead of Python term objects is what keeps the dump fast: at a million quads the cost
is pyoxigraph's own reading of the store (see ``bench/README.md``, Dump). Turtle and N-Triples hold the
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


def _graph_lines(store, graph) -> list:
    """The triples of one graph as N-Triples lines (bytes, without the newline), sorted.

    pyoxigraph writes each term in one canonical way, so sorting these lines as bytes
    orders the triples by subject, predicate and object whatever order they were added in.
    """
    data = store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
    lines = data.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    lines.sort()
    return lines


def _graphs(store) -> list:
    """The default graph, then the named graphs sorted by their N-Quads form."""
    named = sorted(store.ox.named_graphs(), key=str)
    return [ox.DefaultGraph(), *named]


def nquads_chunks(store):
    """Sorted N-Quads, one ``bytes`` chunk per non-empty graph, graphs in sorted order.

    Within a graph the lines are sorted as bytes; graphs come one after the other (the
    default graph first), so each document's statements stay together. Only one graph is
    held in memory at a time.
    """
    for graph in _graphs(store):
        lines = _graph_lines(store, graph)
        if not lines:
            continue
        if isinstance(graph, ox.DefaultGraph):
            yield b"".join(line + b"\n" for line in lines)
        else:
            suffix = b" " + str(graph).encode("utf-8") + b" .\n"
            yield b"".join(line[:-2] + suffix for line in lines)   # "s p o ." -> "s p o g ."


def sorted_ntriples_lines(store) -> list:
    """Distinct N-Triples lines (bytes, no newline) of the union of all graphs, sorted."""
    distinct = set()
    for graph in _graphs(store):
        distinct.update(_graph_lines(store, graph))
    return sorted(distinct)


def sorted_triples(store):
    """Distinct triples of the union of all graphs, sorted by their N-Triples lines."""
    lines = sorted_ntriples_lines(store)
    if not lines:
        return []
    return list(ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_TRIPLES))


def sorted_quads(store):
    """All quads: graphs in sorted order, each graph's quads sorted by their N-Quads lines."""
    return [quad for chunk in nquads_chunks(store)
            for quad in ox.parse(chunk, format=ox.RdfFormat.N_QUADS)]


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
    if compress:
        with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as zipped:
            return _write(store, zipped, fmt)
    return _write(store, out, fmt)


def _write(store, out, fmt) -> int:
    """Write the sorted statements in ``fmt``; returns how many were written.

    N-Quads and N-Triples are written straight from the sorted lines. Turtle and TriG
    parse those lines back (in Rust, one graph at a time for TriG) and hand them, in the
    same order, to pyoxigraph's serialiser, which groups a subject's triples.
    """
    if fmt == "nquads":
        count = 0
        for chunk in nquads_chunks(store):
            out.write(chunk)
            count += chunk.count(b"\n")
        return count
    if fmt == "trig":
        counted = [0]

        def quads():
            for chunk in nquads_chunks(store):
                counted[0] += chunk.count(b"\n")
                yield from ox.parse(chunk, format=ox.RdfFormat.N_QUADS)
        serialize_sorted(quads(), out, ox.RdfFormat.TRIG, PREFIXES)
        return counted[0]
    lines = sorted_ntriples_lines(store)
    data = b"".join(line + b"\n" for line in lines)
    if fmt == "ntriples":
        out.write(data)
    else:
        serialize_sorted(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), out, ox.RdfFormat.TURTLE, PREFIXES)
    return len(lines)


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
