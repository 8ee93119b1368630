"""Extraction on several cores, in input order, so that ``--jobs N`` equals a serial load.

Workers read nothing and write nothing: they receive documents, run the extractor and
return the quads; the store is written by the parent process alone, document by
document, in the order the documents were read. Streamed (very large) documents are
always extracted in the parent, piece by piece, to keep memory bounded.
"""

from __future__ import annotations

import multiprocessing
import os
from itertools import islice

from rightsgraph.ontology.errors import BadInputError


def _extract_one(task):
    doc, keep_sentences, extract = task
    from rightsgraph.loaders.pipeline import document_batches

    return doc, list(document_batches(doc, keep_sentences=keep_sentences, extract=extract))


def _warm():
    # Load lexicons and gazetteer once per worker, before the first document arrives.
    try:
        from rightsgraph.loaders import extract  # noqa: F401
    except ImportError:
        pass


def _documents(items, on_error, summary):
    for _, item in items:
        if isinstance(item, BadInputError):
            if on_error is not None:
                on_error(item)
            elif summary is not None:
                summary.failures.append(item)
            continue
        yield item


def extracted(items, jobs=1, keep_sentences=False, extract=True, on_error=None, summary=None,
              chunksize=4):
    """Yield ``(document, batches)`` for every good input, in input order.

    With ``jobs == 1`` ``batches`` is None and the caller extracts lazily (and streamed
    documents stay streamed); with more jobs, ordinary documents come back extracted by
    a pool of worker processes.
    """
    documents = _documents(items, on_error, summary)
    if jobs <= 1:
        for doc in documents:
            yield doc, None
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    window = jobs * chunksize * 4
    with context.Pool(jobs, initializer=_warm) as pool:
        pending = []
        documents = iter(documents)
        while True:
            # Keep a bounded window in flight so memory does not grow with the input.
            batch = list(islice(documents, window))
            if not batch:
                break
            ordinary = [(d, keep_sentences, extract) for d in batch if not d.streamed]
            results = iter(pool.imap(_extract_one, ordinary, chunksize=chunksize))
            for doc in batch:
                if doc.streamed:
                    yield doc, None
                else:
                    done, batches = next(results)
                    yield done, batches
            pending.clear()


def default_jobs() -> int:
    return max(1, (os.cpu_count() or 1))
