"""Extraction on several cores, in input order, so that ``--jobs N`` equals a serial load.

Workers read nothing and write nothing: they receive documents, run the extractor and
send back each document's graph ready for the store (its N-Quads bytes plus counts), so
the parent neither unpickles nor re-serialises quads: it hands the bytes, in the order
the documents were read, to a :class:`~.store.GraphWriter`, which bulk-loads new
documents many at a time in a thread of its own and replaces documents already in the
store one transaction each. Bad inputs and streamed (very large) documents never go to a
worker: they are handled by the parent, at their place in the input order, the streamed
ones piece by piece to keep memory bounded.

The documents flow through :meth:`multiprocessing.pool.Pool.imap` from a generator
gated by a semaphore: at most ``window`` documents are in flight (read but not yet
written), so memory does not grow with the input, and the workers never wait for a
"wave" to finish, as they would with fixed windows.

Examples
--------
>>> from rightsgraph.loaders.documents import document_from_text
>>> from rightsgraph.graph.parallel import prepare
>>> ready = prepare(document_from_text("Some text.", "a.txt", lang="en"), extract=False)
>>> ready.identifier, ready.quads > 0, ready.nquads.startswith(b"<https://w3id.org/")
('a.txt', True, True)
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from dataclasses import dataclass

import pyoxigraph as ox

from rightsgraph.ontology.errors import BadInputError

from .store import BATCH_DOCS, GraphWriter

_SKIP = None          # what a worker returns for an item the parent handles itself
_POLL_SECONDS = 0.2   # how often a blocked feeder checks whether the pool is closing


@dataclass
class Prepared:
    """One document's graph, ready to be written.

    Attributes
    ----------
    identifier : str
        The document's identifier.
    graph : str
        IRI of the document's named graph.
    nquads : bytes
        The graph's quads as N-Quads.
    quads : int
        Number of quads.
    responses : int
        Number of responses found.
    """

    identifier: str
    graph: str
    nquads: bytes
    quads: int
    responses: int


def prepare(doc, keep_sentences=False, extract=True) -> Prepared:
    """Extract ``doc`` and serialise its graph as N-Quads (runs in a worker).

    Parameters
    ----------
    doc : rightsgraph.loaders.model.Document
        An ordinary (not streamed) document.
    keep_sentences, extract : bool
        As for :func:`rightsgraph.loaders.pipeline.document_batches`.

    Returns
    -------
    Prepared
    """
    from rightsgraph.loaders.pipeline import document_batches
    from rightsgraph.loaders.rdf import document_iri

    from .cmd_load import _count_responses

    quads = [q for batch in document_batches(doc, keep_sentences=keep_sentences, extract=extract)
             for q in batch]
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) if quads else b""
    return Prepared(doc.identifier, document_iri(doc.identifier).value, nquads, len(quads),
                    _count_responses(quads))


# ---------------------------------------------------------------------- worker side
def _warm():
    # Load lexicons and gazetteer once per worker, before the first document arrives.
    try:
        from rightsgraph.loaders import extract  # noqa: F401
    except ImportError:
        pass


def _prepare_task(task):
    if task is _SKIP:
        return _SKIP
    doc, keep_sentences, extract = task
    return prepare(doc, keep_sentences, extract)


def _quads_task(task):
    if task is _SKIP:
        return _SKIP
    doc, keep_sentences, extract = task
    from rightsgraph.loaders.pipeline import document_batches

    return list(document_batches(doc, keep_sentences=keep_sentences, extract=extract))


# ---------------------------------------------------------------------- parent side
def _context():
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def _ordered(items, jobs, worker, keep_sentences, extract, chunksize, window):
    """Yield ``(item, result)`` in input order; ``result`` is None for parent-side items.

    ``items`` yields ``(source, Document | BadInputError)``; ordinary documents go to the
    pool, everything else is returned untouched for the caller to handle in order.
    """
    chunksize = max(1, chunksize)
    window = max(window or jobs * chunksize * 4, chunksize) // chunksize * chunksize
    slots = threading.Semaphore(window)
    closing = threading.Event()
    pending = deque()   # the original items, in order; appended by the feeder thread

    def tasks():
        # Runs in the pool's task-feeding thread: reading the input happens there too,
        # alongside the parent's writes.
        for _, item in items:
            while not slots.acquire(timeout=_POLL_SECONDS):
                if closing.is_set():
                    return
            if closing.is_set():
                return
            pending.append(item)
            if isinstance(item, BadInputError) or item.streamed:
                yield _SKIP
            else:
                yield (item, keep_sentences, extract)

    with _context().Pool(jobs, initializer=_warm) as pool:
        try:
            for result in pool.imap(worker, tasks(), chunksize=chunksize):
                item = pending.popleft()
                slots.release()
                yield item, result
        finally:
            closing.set()


def extracted(items, jobs=1, keep_sentences=False, extract=True, on_error=None, summary=None,
              chunksize=4, window=None):
    """Yield ``(document, batches)`` for every good input, in input order.

    Parameters
    ----------
    items : iterable
        ``(source, Document | BadInputError)`` pairs, as from ``iter_documents``.
    jobs : int
        Worker processes. With ``jobs == 1`` ``batches`` is None and the caller
        extracts lazily (and streamed documents stay streamed); with more, ordinary
        documents come back extracted, as lists of quad lists.
    on_error : callable, optional
        Called with each :class:`BadInputError`, in input order; without it errors are
        appended to ``summary.failures``.
    chunksize, window : int
        Documents per task sent to a worker, and at most this many documents in flight.
    """
    def fail(error):
        if on_error is not None:
            on_error(error)
        elif summary is not None:
            summary.failures.append(error)

    if jobs <= 1:
        for _, item in items:
            if isinstance(item, BadInputError):
                fail(item)
            else:
                yield item, None
        return
    for item, batches in _ordered(items, jobs, _quads_task, keep_sentences, extract,
                                  chunksize, window):
        if isinstance(item, BadInputError):
            fail(item)
        else:
            yield item, batches


def load_parallel(store, items, summary, keep_sentences=False, extract=True, jobs=2,
                  on_error=None, progress=None, chunksize=8, window=None,
                  batch_docs=BATCH_DOCS):
    """Load ``items`` like :func:`~.cmd_load.load_documents`, extracting on ``jobs`` cores.

    The store receives the documents of a serial load, in the same order and through the
    same :class:`~.store.GraphWriter`, so the resulting store is the same. Workers return
    N-Quads bytes (:class:`Prepared`); here the writer bulk-loads each batch in a thread
    of its own while the next batch fills, so the workers are not kept waiting.

    Parameters
    ----------
    store : RightsStore
    items : iterable
        ``(source, Document | BadInputError)`` pairs, as from ``iter_documents``.
    summary : LoadSummary
        Updated in place.
    jobs : int
        Worker processes (at least 2; use ``load_documents`` for one).
    on_error : callable, optional
        Called with each :class:`BadInputError`, in input order.
    progress : tqdm, optional
        Advanced by one per document written.
    chunksize, window : int
        Documents per task, and at most this many documents in flight.
    batch_docs : int
        New documents per bulk load (see :class:`~.store.GraphWriter`).
    """
    from .cmd_load import load_documents

    with GraphWriter(store, batch_docs=batch_docs, background=True) as writer:
        for item, ready in _ordered(items, jobs, _prepare_task, keep_sentences, extract,
                                    chunksize, window):
            if isinstance(item, BadInputError):
                if on_error is not None:
                    on_error(item)
                else:
                    summary.failures.append(item)
                continue
            if ready is _SKIP:   # a streamed document: written piece by piece, here
                load_documents(store, [(item.source, item)], summary,
                               keep_sentences=keep_sentences, extract=extract, jobs=1,
                               on_error=on_error, progress=progress, writer=writer)
                continue
            writer.write(ready.graph, ready.nquads, ready.quads)
            _account(summary, item, ready.quads, ready.responses, progress)


def _account(summary, doc, quads, responses, progress) -> None:
    from rightsgraph.loaders.langid import SUPPORTED

    summary.quads += quads
    summary.responses += responses
    summary.documents += 1
    if doc.lang not in SUPPORTED:
        summary.unsupported.append(doc.identifier)
    if progress is not None:
        progress.update(1)


def default_jobs() -> int:
    """Number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)
