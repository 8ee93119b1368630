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

from rightsgraph.loaders.langid import SUPPORTED

from .model import Document, Extraction
from .rdf import _Emitter, document_iri, document_quads, extraction_quads


def extract_document(doc: Document, text=None, offset=0, sentences=None) -> Extraction | None:
    """Run the extractor on a document (or one piece of it); None for unsupported languages."""
    if doc.lang not in SUPPORTED:
        return None
    from .extract import extract  # the extractor loads its lexicons on first import

    return extract(doc, text=text, offset=offset, sentences=sentences)


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
