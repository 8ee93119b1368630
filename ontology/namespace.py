"""Namespaces generated from the ontology, so that a misspelt term fails loudly.

The terms of ``rg:`` are read from ``rightsgraph.ttl`` (shipped beside this module) the
first time the namespace is used: every subject in the ``rg:`` namespace that the ontology
declares is a term; anything else raises :class:`AttributeError` at the point of use.

Examples
--------
>>> from rightsgraph.ontology.namespace import RG
>>> RG.Condemnation.value
'https://w3id.org/rightsgraph/ontology#Condemnation'
>>> RG.Condemnaton
Traceback (most recent call last):
...
AttributeError: 'Condemnaton' is not a term of the rightsgraph ontology
"""

from __future__ import annotations

from functools import cached_property
from importlib import resources

import pyoxigraph as ox

RG_NS = "https://w3id.org/rightsgraph/ontology#"
ID_NS = "https://w3id.org/rightsgraph/id/"
ONTOLOGY_IRI = "https://w3id.org/rightsgraph/ontology"

PREFIXES = {
    "rg": RG_NS,
    "rgid": ID_NS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "schema": "http://schema.org/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "wd": "http://www.wikidata.org/entity/",
}

ONTOLOGY_FILE = "rightsgraph.ttl"
SHAPES_FILE = "shapes.ttl"


def ontology_path(name: str = ONTOLOGY_FILE):
    """Path of a data file shipped with :mod:`rightsgraph.ontology`."""
    return resources.files("rightsgraph.ontology").joinpath(name)


class _Namespace:
    """A fixed set of IRIs under one base; unknown names raise ``AttributeError``."""

    def __init__(self, base: str, terms=None):
        self._base = base
        self._fixed = None if terms is None else frozenset(terms)

    @cached_property
    def terms(self) -> frozenset:
        return self._fixed if self._fixed is not None else self._load_terms()

    def _load_terms(self) -> frozenset:
        found = set()
        with ontology_path().open("rb") as fh:
            for triple in ox.parse(fh, format=ox.RdfFormat.TURTLE):
                subject = triple.subject
                if isinstance(subject, ox.NamedNode) and subject.value.startswith(self._base):
                    found.add(subject.value[len(self._base):])
        return frozenset(found)

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in self.terms:
            raise AttributeError(f"{name!r} is not a term of the rightsgraph ontology")
        node = ox.NamedNode(self._base + name)
        setattr(self, name, node)
        return node

    def __getitem__(self, name: str) -> ox.NamedNode:
        return getattr(self, name)

    def __contains__(self, name: str) -> bool:
        return name in self.terms


class _Open:
    """An open namespace for external vocabularies (terms are not checked)."""

    def __init__(self, base: str):
        self._base = base

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        return ox.NamedNode(self._base + name)

    def __getitem__(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(self._base + name)


RG = _Namespace(RG_NS)

# External vocabularies used by the code; the lists keep misspellings out here too.
RDF = _Namespace(PREFIXES["rdf"], ["type", "value"])
RDFS = _Namespace(PREFIXES["rdfs"], ["label", "comment", "subClassOf", "subPropertyOf", "seeAlso"])
OWL = _Namespace(PREFIXES["owl"], ["sameAs", "Class", "Ontology"])
XSD = _Namespace(PREFIXES["xsd"], [
    "string", "integer", "decimal", "date", "gYearMonth", "gYear", "dateTime", "boolean",
])
SKOS = _Namespace(PREFIXES["skos"], ["prefLabel", "altLabel", "definition", "closeMatch", "notation"])
PROV = _Namespace(PREFIXES["prov"], ["wasDerivedFrom", "generatedAtTime"])
DCTERMS = _Namespace(PREFIXES["dcterms"], [
    "identifier", "language", "title", "publisher", "date", "source", "created", "modified",
    "license", "description", "format", "issued", "extent",
])
VOID = _Namespace(PREFIXES["void"], [
    "Dataset", "triples", "entities", "distinctSubjects", "documents", "sparqlEndpoint",
    "dataDump", "vocabulary", "classPartition", "class", "uriSpace", "feature",
])
DCAT = _Namespace(PREFIXES["dcat"], ["Dataset", "Distribution", "distribution", "mediaType", "downloadURL", "byteSize"])
ID = _Open(ID_NS)
WD = _Open(PREFIXES["wd"])


def sparql_prefixes() -> str:
    """The project's prefixes as a SPARQL prologue."""
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
