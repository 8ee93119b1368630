"""Turning a :class:`~.model.Document` and its :class:`~.model.Extraction` into quads.

Every quad of a document goes into the document's own named graph, whose name is the
document's IRI; actors, places and events keep the same IRI in every graph, so the union
of the graphs links them across documents and languages. No blank nodes are minted:
evidence and quantity nodes get IRIs hashed from their content, so the same input always
gives the same quads (and dumps are byte-for-byte reproducible).

Examples
--------
>>> from rightsgraph.loaders.rdf import document_iri
>>> document_iri("000_seed.txt").value
'https://w3id.org/rightsgraph/id/document/000_seed.txt'
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox

from rightsgraph.ontology.namespace import (
    DCTERMS, ID_NS, OWL, PROV, RDF, RG, SKOS, WD, XSD,
)

from .model import Document, Extraction

EXTRACTOR_VERSION = "rightsgraph-rules/0.1"

_DATE_DATATYPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
    (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
    (re.compile(r"^\d{4}$"), XSD.gYear),
)


def _slug(value: str) -> str:
    return quote(value, safe="-._~")


@lru_cache(maxsize=1 << 16)
def iri(key: str) -> ox.NamedNode:
    """IRI of an actor, place or event key (``gov/CA`` → ``.../id/gov/CA``).

    Cached: the same actors and places come back in document after document.
    """
    return ox.NamedNode(ID_NS + "/".join(_slug(part) for part in key.split("/")))


def document_iri(identifier: str) -> ox.NamedNode:
    """IRI of a document; it also names the document's graph."""
    return ox.NamedNode(f"{ID_NS}document/{_slug(identifier)}")


def _hash(*parts) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


@lru_cache(maxsize=1 << 12)
def date_literal(value: str):
    """An xsd:date, xsd:gYearMonth or xsd:gYear literal, or None for other forms."""
    for pattern, datatype in _DATE_DATATYPES:
        if pattern.match(value):
            return ox.Literal(value, datatype=datatype)
    return None


def _str(value) -> ox.Literal:
    return ox.Literal(str(value))


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=XSD.integer)


def _dec(value: float) -> ox.Literal:
    text = f"{float(value):.6f}".rstrip("0").rstrip(".")
    if "." not in text:
        text += ".0"
    return ox.Literal(text, datatype=XSD.decimal)


class _Emitter:
    """Collects the quads of one graph: ``emit(s, p, o)`` (nothing when ``o`` is None).

    ``add(s, p, o)`` is the same without the None test, for objects that are never None.
    """

    def __init__(self, graph: ox.NamedNode):
        self.graph = graph
        self.quads: list = []
        append, quad = self.quads.append, ox.Quad
        self.add = lambda s, p, o: append(quad(s, p, o, graph))

    def __call__(self, s, p, o):
        if o is not None:
            self.quads.append(ox.Quad(s, p, o, self.graph))


def _labels(emit, node, labels: dict, alt_labels):
    add = emit.add
    for lang, label in sorted(labels.items()):
        if label:
            add(node, SKOS.prefLabel, ox.Literal(label, language=lang))
    for surface, lang in sorted(alt_labels):
        if surface and labels.get(lang) != surface:
            add(node, SKOS.altLabel, ox.Literal(surface, language=lang) if lang else _str(surface))


def _evidence(emit, doc_node, owner_key: str, ev):
    node = ox.NamedNode(f"{ID_NS}evidence/{_hash(owner_key, ev.start, ev.end, ev.cue)}")
    add = emit.add
    add(node, RDF.type, RG.Evidence)
    add(node, RG.document, doc_node)
    add(node, RG.text, _str(ev.text))
    add(node, RG.start, _int(ev.start))
    add(node, RG.end, _int(ev.end))
    add(node, RG.confidence, _dec(round(ev.confidence, 3)))
    if ev.cue:
        add(node, RG.cue, _str(ev.cue))
    return node


def role_span_iri(key: str, role: str, represents: str, start=None) -> ox.NamedNode:
    """IRI of a person's role span: the person, the actor represented, the role and its
    start, so the same tenure seen in several documents is one node.

    Examples
    --------
    >>> role_span_iri("person/ramtane-lamamra", "foreign minister", "gov/DZ", "2021").value
    'https://w3id.org/rightsgraph/id/role/ramtane-lamamra/gov-DZ/foreign%20minister/2021'
    """
    parts = ["role", key.split("/", 1)[1], represents.replace("/", "-"), role]
    return iri("/".join(parts + ([start] if start else [])))


def _role_span(emit, node, key: str, actor) -> None:
    """``node rg:holds`` the role span in force at the document's date: an rg:RoleSpan
    with its role (rg:roleName), the actor represented (rg:principal, the official's
    rg:represents) and its start and end when known."""
    span = role_span_iri(key, actor.role, actor.represents, actor.role_start)
    add = emit.add
    add(node, RG.holds, span)
    add(span, RDF.type, RG.RoleSpan)
    add(span, RG.roleName, _str(actor.role))
    add(span, RG.principal, iri(actor.represents))
    for value, prop in ((actor.role_start, RG.startDate), (actor.role_end, RG.endDate)):
        if value and date_literal(value) is not None:
            add(span, prop, date_literal(value))


def document_quads(doc: Document, extraction: Extraction | None = None,
                   keep_sentences: bool = False) -> list:
    """All quads of one document, in its own named graph.

    Parameters
    ----------
    doc : Document
        The document as read (identifier, text, language, sentences...).
    extraction : Extraction, optional
        What the extractor found; ``None`` records the document alone.
    keep_sentences : bool
        Also record every sentence as an ``rg:Sentence`` with its text and offsets.

    Returns
    -------
    list of pyoxigraph.Quad
    """
    d = document_iri(doc.identifier)
    emit = _Emitter(d)
    add = emit.add
    add(d, RDF.type, RG.Document)
    add(d, DCTERMS.identifier, _str(doc.identifier))
    add(d, DCTERMS.language, _str(doc.lang or "und"))
    if doc.title:
        add(d, DCTERMS.title, _str(doc.title))
    add(d, RG.sha256, _str(doc.sha256))
    add(d, DCTERMS.format, _str(doc.media_type))
    add(d, DCTERMS.extent, _int(doc.char_count()))
    add(d, RG.extractor, _str(EXTRACTOR_VERSION))
    if doc.date and date_literal(doc.date) is not None:
        add(d, DCTERMS.date, date_literal(doc.date))
    if doc.url:
        add(d, DCTERMS.source, _str(doc.url))
    if not doc.streamed:
        add(d, RG.sentenceCount, _int(len(doc.sentences)))
    if keep_sentences and not doc.streamed:
        for sentence in doc.sentences:
            node = ox.NamedNode(f"{d.value}#s{sentence.start}-{sentence.end}")
            add(d, RG.sentence, node)
            add(node, RDF.type, RG.Sentence)
            add(node, RG.text, _str(sentence.text))
            add(node, RG.start, _int(sentence.start))
            add(node, RG.end, _int(sentence.end))
    if extraction is not None:
        extraction_quads(emit, d, doc, extraction)
    return emit.quads


def extraction_quads(emit, d, doc: Document, ex: Extraction) -> None:
    """Add the quads of an extraction (actors, places, events, responses) via ``emit``
    (an :class:`_Emitter`)."""
    add = emit.add
    if doc.publisher and doc.publisher in ex.actors:
        add(d, DCTERMS.publisher, iri(doc.publisher))
    for key in sorted(ex.places):
        place = ex.places[key]
        node = iri(key)
        add(node, RDF.type, RG.Place)
        if place.iso:
            add(node, RG.isoCode, _str(place.iso))
        _labels(emit, node, place.labels, place.alt_labels)
    for key in sorted(ex.actors):
        actor = ex.actors[key]
        node = iri(key)
        add(node, RDF.type, RG[actor.kind])
        _labels(emit, node, actor.labels, actor.alt_labels)
        if actor.kind == "Government" and actor.iso:
            add(node, RG.governs, iri(f"place/{actor.iso}"))
        if actor.represents:
            add(node, RG.represents, iri(actor.represents))
        if actor.part_of:
            add(node, RG.partOf, iri(actor.part_of))
        if actor.role:
            add(node, RG.role, _str(actor.role))
        if actor.represents and actor.role and key.startswith("person/"):
            _role_span(emit, node, key, actor)
        if actor.same_as:
            add(node, OWL.sameAs, WD[actor.same_as])
    for key in sorted(ex.mentions):
        add(d, RG.mentions, iri(key))
    for key in sorted(ex.events):
        event = ex.events[key]
        node = iri(key)
        add(node, RDF.type, RG[event.kind])
        add(node, PROV.wasDerivedFrom, d)
        _labels(emit, node, event.labels, ())
        if event.place:
            add(node, RG.location, iri(event.place))
        if event.perpetrator:
            add(node, RG.perpetrator, iri(event.perpetrator))
        if event.affected_group:
            add(node, RG.affectedGroup, _str(event.affected_group))
        if event.date and date_literal(event.date) is not None:
            add(node, RG.startDate, date_literal(event.date))
        for ev in event.evidence:
            add(node, RG.evidence, _evidence(emit, d, f"{doc.identifier}|{key}", ev))
    for response in ex.responses:
        first = response.evidence[0]
        rkey = _hash(doc.identifier, response.type, first.start, first.end,
                     ",".join(sorted(response.agents)), response.event or "")
        node = ox.NamedNode(f"{ID_NS}response/{rkey}")
        add(node, RDF.type, RG[response.type])
        for agent in sorted(set(response.agents)):
            add(node, RG.agent, iri(agent))
        for addressee in sorted(set(response.addressees)):
            add(node, RG.addressee, iri(addressee))
        if response.event:
            add(node, RG.respondsTo, iri(response.event))
        add(node, RG.modality, _str(response.modality))
        if response.date and date_literal(response.date) is not None:
            add(node, RG.date, date_literal(response.date))
        if response.quantity is not None:
            q = ox.NamedNode(f"{ID_NS}quantity/{rkey}")
            add(node, RG.quantity, q)
            add(q, RDF.type, RG.Quantity)
            add(q, RG.value, _dec(response.quantity.value))
            add(q, RG.unit, _str(response.quantity.unit))
        add(node, PROV.wasDerivedFrom, d)
        for ev in response.evidence:
            add(node, RG.evidence, _evidence(emit, d, f"{doc.identifier}|{rkey}", ev))
