"""From a read document to its quads: extraction plus the RDF mapping.

:func:`document_batches` is what the store writes: the quads of one document, in one
batch for an ordinary document, or in several (metadata first, then one per piece of
text) for a streamed one, so that memory stays bounded however large the file.

Examples
--------
>>> from rightsgraph.loaders.documents import document_from_text
>>> from rightsgraph.loaders.pipeline import document_batches
>>> doc = document_from_text("Die Regierung hat nichts gesagt und nichts getan.", "de.txt")
>>> doc.lang
'de'
>>> batches = list(document_batches(doc))
>>> len(batches), any("Document" in q.object.value for q in batches[0])
(1, True)
"""

from __future__ import annotations

from functools import lru_cache

from rightsgraph.loaders.langid import SUPPORTED

from .model import Document, Extraction
from .rdf import _Emitter, document_iri, document_quads, extraction_quads


def extract_document(doc: Document, text=None, offset=0, sentences=None) -> Extraction | None:
    """Run the extractor on a document (or one piece of it); None for unsupported languages."""
    if doc.lang not in SUPPORTED:
        return None
    from .extract import extract  # the extractor loads its lexicons on first import

    extraction = extract(doc, text=text, offset=offset, sentences=sentences)
    return merge_duplicate_responses(complete_references(extraction, doc.date))


_MODALITY_STRENGTH = {m: i for i, m in enumerate(
    ("asserted", "announced", "threatened", "considered", "requested"))}


def merge_duplicate_responses(extraction: Extraction) -> Extraction:
    """One response per act: same type, agents, event and evidence span read once.

    When two cues of one sentence describe the same act (a banner and a rally in one
    clause), the merged response keeps the firmest modality (asserted before announced,
    threatened, considered, requested), every evidence span, and the first quantity and
    date found.
    """
    merged, order = {}, []
    for response in extraction.responses:
        first = response.evidence[0]
        key = (response.type, tuple(sorted(set(response.agents))), response.event,
               first.start, first.end)
        kept = merged.get(key)
        if kept is None:
            merged[key] = response
            order.append(key)
            continue
        if _MODALITY_STRENGTH.get(response.modality, 9) < _MODALITY_STRENGTH.get(kept.modality, 9):
            kept.modality = response.modality
        spans = {(e.start, e.end, e.cue) for e in kept.evidence}
        kept.evidence.extend(e for e in response.evidence if (e.start, e.end, e.cue) not in spans)
        kept.quantity = kept.quantity or response.quantity
        kept.date = kept.date or response.date
        kept.addressees = sorted(set(kept.addressees) | set(response.addressees))
    extraction.responses = [merged[k] for k in order]
    return extraction


def complete_references(extraction: Extraction, date: str | None = None) -> Extraction:
    """Add every actor and place the extraction points to but does not describe.

    A body is ``rg:partOf`` its government, an official ``rg:represents`` an actor, a
    government ``rg:governs`` its place, an event has a place and a perpetrator: each
    target is described in the same document graph (type, ISO code, labels), so every
    graph is complete on its own and passes the SHACL shapes without the others. A person
    gets the role in force at ``date`` (the document's, ISO), or the latest without one.
    """
    from .gazetteer import get_gazetteer

    gazetteer = get_gazetteer().as_of(date)
    pending = list(extraction.actors.values())
    wanted_places = {e.place for e in extraction.events.values() if e.place}
    for event in extraction.events.values():
        if event.perpetrator and event.perpetrator not in extraction.actors:
            actor = gazetteer.actor(event.perpetrator)
            if actor is not None:
                extraction.actors[actor.key] = actor
                pending.append(actor)
    while pending:
        actor = pending.pop()
        for key in (actor.represents, actor.part_of):
            if key and key not in extraction.actors:
                target = gazetteer.actor(key)
                if target is not None:
                    extraction.actors[key] = target
                    pending.append(target)
        if actor.kind == "Government" and actor.iso:
            wanted_places.add(f"place/{actor.iso}")
    for actor in extraction.actors.values():
        if not actor.labels.get("en"):
            actor.labels["en"] = _english_fallback(actor)
    for key in sorted(wanted_places - set(extraction.places)):
        place = gazetteer.place(key)
        if place is not None:
            extraction.places[key] = place
    for event in extraction.events.values():
        if not event.labels:
            place = extraction.places.get(event.place) if event.place else None
            event.labels = event_labels(event.kind, place.labels if place else {})
    return extraction


_EVENT_LABEL_FORMS = {"en": "{kind} in {place}", "fr": "{kind} : {place}", "ar": "{kind} في {place}"}


@lru_cache(maxsize=1)
def _class_labels() -> dict:
    """``{class local name: {lang: label}}`` read from the ontology's ``rdfs:label``s."""
    import pyoxigraph as ox

    from rightsgraph.ontology.namespace import RDFS, RG_NS, ontology_path

    labels: dict = {}
    with ontology_path().open("rb") as fh:
        for triple in ox.parse(fh, format=ox.RdfFormat.TURTLE):
            if triple.predicate == RDFS.label and triple.subject.value.startswith(RG_NS):
                name = triple.subject.value[len(RG_NS):]
                labels.setdefault(name, {})[triple.object.language] = triple.object.value
    return labels


def event_labels(kind: str, place_labels: dict) -> dict:
    """Labels of a situation in English, French and Arabic, from its kind and place.

    >>> event_labels("MassDetention", {"en": "Xinjiang", "fr": "Xinjiang", "ar": "شينجيانغ"})["en"]
    'Mass detention in Xinjiang'
    """
    kinds = _class_labels().get(kind, {})
    out = {}
    for lang, form in _EVENT_LABEL_FORMS.items():
        kind_label = kinds.get(lang) or kinds.get("en") or kind
        place = place_labels.get(lang) or place_labels.get("en")
        text = form.format(kind=kind_label, place=place) if place else kind_label
        out[lang] = text[:1].upper() + text[1:]
    return out


def document_batches(doc: Document, keep_sentences: bool = False, extract: bool = True):
    """Yield lists of quads for ``doc``, all in the document's named graph.

    Parameters
    ----------
    doc : Document
    keep_sentences : bool
        Record every sentence as an ``rg:Sentence`` (off by default: it multiplies the
        size of the graph for little analytic gain; evidence sentences are always kept).
    extract : bool
        Run the extractor (``False`` records the documents alone).
    """
    if doc.coded is not None:  # acts coded upstream: described, never re-extracted
        yield document_quads(doc, complete_references(doc.coded, doc.date), keep_sentences)
        return
    if not doc.streamed:
        extraction = extract_document(doc) if extract else None
        yield document_quads(doc, extraction, keep_sentences)
        return
    yield document_quads(doc, None, False)
    if not extract or doc.lang not in SUPPORTED:
        return
    graph = document_iri(doc.identifier)
    for offset, text, sentences in doc.chunks():
        extraction = extract_document(doc, text=text, offset=offset, sentences=sentences)
        emit = _Emitter(graph)
        extraction_quads(emit, graph, doc, extraction)
        if emit.quads:
            yield emit.quads


def _english_fallback(actor) -> str:
    """An English label for an actor known only in French or Arabic.

    Names of people and organisations written in Latin script are the same in English;
    otherwise the key's readable part (an ASCII transliteration) stands in.
    """
    for lang in ("fr", "es", "de"):
        label = actor.labels.get(lang)
        if label and actor.kind in ("Person", "Official", "NGO", "MediaOutlet", "Group"):
            return label
    tail = actor.key.rsplit("/", 1)[-1]
    return tail.replace("-", " ").strip().title() or actor.key
