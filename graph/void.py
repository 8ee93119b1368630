"""A VoID and DCAT description of a dump: counts, languages, licence, date, sources.

The description is computed from the store, never from the clock, so the same store gives
the same bytes: ``dcterms:created`` is the newest document date (``dcterms:date`` of the
``rg:Document`` nodes) unless a date is given. It states

- ``void:triples`` (distinct triples of the union of the document graphs),
  ``void:distinctSubjects``, ``void:documents`` (source documents, ``rg:Document``),
  ``void:entities`` (IRI subjects) and one ``void:classPartition`` per class with
  ``void:entities`` = distinct instances;
- ``dcterms:language`` (the documents' languages), ``dcterms:license``,
  ``dcterms:created``, one ``dcterms:source`` per document (its URL when known, else the
  document's IRI);
- a ``dcat:distribution`` per file: media type, byte size, compression, download URL
  when a base URL is given.

Examples
--------
>>> import io, pyoxigraph as ox
>>> from rightsgraph.graph.store import RightsStore
>>> from rightsgraph.graph.void import dataset_stats
>>> store = RightsStore.in_memory()
>>> d = ox.NamedNode("https://w3id.org/rightsgraph/id/document/a")
>>> rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
>>> store.ox.add(ox.Quad(d, rdf_type, ox.NamedNode("https://w3id.org/rightsgraph/ontology#Document"), d))
>>> stats = dataset_stats(store)
>>> stats.triples, stats.documents, stats.classes
(1, 1, [('https://w3id.org/rightsgraph/ontology#Document', 1)])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote

import pyoxigraph as ox

from rightsgraph.ontology.errors import UsageError
from rightsgraph.ontology.namespace import (
    DCAT, DCTERMS, ID_NS, ONTOLOGY_IRI, PREFIXES, RDF, RG_NS, VOID, XSD,
)

from .dump import FORMAT_IRIS, MEDIA_TYPES, serialize_sorted

CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/"
DATASET_IRI = f"{ID_NS}dataset"
IANA = "https://www.iana.org/assignments/media-types/"
COMPRESS_FORMAT = ox.NamedNode(PREFIXES["dcat"] + "compressFormat")
CONFORMS_TO = ox.NamedNode(PREFIXES["dcterms"] + "conformsTo")
NON_NEGATIVE = ox.NamedNode(PREFIXES["xsd"] + "nonNegativeInteger")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class DatasetStats:
    """What a VoID description counts, read from the store."""

    triples: int = 0
    quads: int = 0
    graphs: int = 0
    distinct_subjects: int = 0
    entities: int = 0
    documents: int = 0
    languages: list = field(default_factory=list)
    newest_date: str | None = None
    sources: list = field(default_factory=list)      # (document IRI, URL or None)
    classes: list = field(default_factory=list)      # (class IRI, distinct instances)


@dataclass
class Distribution:
    """One file of the dump."""

    name: str
    fmt: str
    byte_size: int
    gzip: bool = False
    url: str | None = None


def _one(store, text: str) -> int:
    solutions = store.ox.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)
    for solution in solutions:
        return int(solution[0].value) if solution[0] is not None else 0
    return 0


def dataset_stats(store) -> DatasetStats:
    """Count what :func:`void_triples` describes, from the union of the graphs."""
    stats = DatasetStats()

    def rows(text):
        return list(store.ox.query(text, use_default_graph_as_union=True, prefixes=PREFIXES))

    stats.triples = _one(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    stats.quads = len(store.ox)
    stats.graphs = sum(1 for _ in store.ox.named_graphs())
    stats.distinct_subjects = _one(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")
    stats.entities = _one(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s)) }")
    stats.documents = _one(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a rg:Document }")
    stats.languages = sorted({r["l"].value for r in rows(
        "SELECT DISTINCT ?l WHERE { ?d a rg:Document ; dcterms:language ?l }")})
    dates = sorted(r["date"].value for r in rows(
        "SELECT DISTINCT ?date WHERE { ?d a rg:Document ; dcterms:date ?date }"))
    stats.newest_date = dates[-1] if dates else None
    sources = {}
    for r in rows("SELECT DISTINCT ?d ?url WHERE { ?d a rg:Document OPTIONAL { ?d dcterms:source ?url } }"):
        url = r["url"].value if r["url"] is not None else None
        sources[r["d"].value] = min(filter(None, [sources.get(r["d"].value), url]), default=None)
    stats.sources = sorted(sources.items())
    stats.classes = sorted((r["c"].value, int(r["n"].value)) for r in rows(
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c"))
    return stats


def _iri_or_none(text: str):
    try:
        return ox.NamedNode(text)
    except ValueError:
        return None


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=XSD.integer)


def check_date(value: str) -> str:
    """``value`` if it is a ``YYYY-MM-DD`` date, else a :class:`UsageError`."""
    if not _DATE.match(value or ""):
        raise UsageError(f"--date {value!r}: expected YYYY-MM-DD")
    return value


def check_iri(value: str, option: str) -> ox.NamedNode:
    """``value`` as an absolute IRI, else a :class:`UsageError` naming ``option``."""
    node = _iri_or_none(value) if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value or "") else None
    if node is None:
        raise UsageError(f"{option} {value!r}: expected an absolute IRI such as {CC_BY_4}")
    return node


def void_triples(stats: DatasetStats, distributions=(), license_iri: str = CC_BY_4,
                 created: str | None = None, dataset_iri: str = DATASET_IRI) -> list:
    """The VoID / DCAT description as a list of triples.

    Parameters
    ----------
    stats : DatasetStats
    distributions : list of Distribution
    license_iri : str
        ``dcterms:license`` (default CC BY 4.0).
    created : str, optional
        ``YYYY-MM-DD``; default: the newest document date (omitted when there is none).
    dataset_iri : str
    """
    d = ox.NamedNode(dataset_iri)
    out = []

    def add(s, p, o):
        out.append(ox.Triple(s, p, o))

    add(d, RDF.type, VOID.Dataset)
    add(d, RDF.type, DCAT.Dataset)
    add(d, DCTERMS.title, ox.Literal("rightsgraph: responses to human-rights situations", language="en"))
    add(d, DCTERMS.description, ox.Literal(
        "Actors and their responses (condemnations, sanctions, denials, joint letters...) to "
        "human-rights situations, read from Arabic, French and English documents; one named "
        "graph per source document, with evidence sentences and character offsets.", language="en"))
    add(d, DCTERMS.license, check_iri(license_iri, "--license"))
    date = created or (stats.newest_date if stats.newest_date and _DATE.match(stats.newest_date) else None)
    if date:
        add(d, DCTERMS.created, ox.Literal(check_date(date), datatype=XSD.date))
    for lang in stats.languages:
        add(d, DCTERMS.language, ox.Literal(lang))
    for doc, url in stats.sources:
        add(d, DCTERMS.source, (_iri_or_none(url) if url else None) or ox.NamedNode(doc))
    add(d, CONFORMS_TO, ox.NamedNode(ONTOLOGY_IRI))
    add(d, VOID.vocabulary, ox.NamedNode(RG_NS))
    add(d, VOID.uriSpace, ox.Literal(ID_NS))
    add(d, VOID.triples, _int(stats.triples))
    add(d, VOID.distinctSubjects, _int(stats.distinct_subjects))
    add(d, VOID.entities, _int(stats.entities))
    add(d, VOID.documents, _int(stats.documents))
    for cls, count in stats.classes:
        local = cls[len(RG_NS):] if cls.startswith(RG_NS) else quote(cls, safe="")
        part = ox.NamedNode(f"{dataset_iri}/class/{local}")
        add(d, VOID.classPartition, part)
        add(part, VOID["class"], ox.NamedNode(cls))
        add(part, VOID.entities, _int(count))
    for dist in distributions:
        node = ox.NamedNode(f"{dataset_iri}/distribution/{quote(dist.name, safe='.-_~')}")
        add(d, DCAT.distribution, node)
        add(d, VOID.feature, ox.NamedNode(FORMAT_IRIS[dist.fmt]))
        add(node, RDF.type, DCAT.Distribution)
        add(node, DCTERMS.title, ox.Literal(dist.name))
        add(node, DCAT.mediaType, ox.NamedNode(IANA + MEDIA_TYPES[dist.fmt]))
        add(node, DCAT.byteSize, ox.Literal(str(int(dist.byte_size)), datatype=NON_NEGATIVE))
        add(node, CONFORMS_TO, ox.NamedNode(ONTOLOGY_IRI))
        if dist.gzip:
            add(node, COMPRESS_FORMAT, ox.NamedNode(IANA + "application/gzip"))
        if dist.url:
            url = check_iri(dist.url, "--base-url")
            add(node, DCAT.downloadURL, url)
            add(d, VOID.dataDump, url)
    return sorted(set(out), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def write_void(triples, out) -> None:
    """Write the description as Turtle (sorted, with the project's prefixes)."""
    serialize_sorted(triples, out, ox.RdfFormat.TURTLE, PREFIXES)
