"""``rightsgraph load PATH...``: read documents, extract, and write one graph per document.

Documents not yet in the store are bulk-loaded many at a time, those already there are
replaced one transaction each (:class:`~.store.GraphWriter`); either way a load killed
half-way leaves each document whole or absent. A bad file is named on stderr (one line)
and skipped, the others load, and the exit code is 1 when any input failed. A progress
bar shows on a terminal; a summary line ends the run.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from rightsgraph.ontology.errors import BadInputError, UsageError
from rightsgraph.loaders.model import RESPONSE_TYPES
from rightsgraph.ontology.namespace import RDF, RG

from .cli import add_store_argument
from .store import BATCH_DOCS, GraphWriter, RightsStore

FORMATS = ("txt", "html", "jsonl")


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files, folders (read recursively) or - for standard input")
    add_store_argument(parser)
    parser.add_argument("--lang", choices=("ar", "fr", "en"),
                        help="force the language instead of detecting it")
    parser.add_argument("--format", choices=FORMATS,
                        help="format of standard input (files are told by their suffix)")
    parser.add_argument("--keep-sentences", action="store_true",
                        help="also store every sentence with its offsets (larger graph)")
    parser.add_argument("--no-extract", action="store_true",
                        help="record the documents only, without extracting responses")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                        help="extract with N worker processes (default 1)")
    parser.add_argument("--batch", type=int, default=BATCH_DOCS, metavar="N",
                        help="bulk-load documents new to the store N at a time (default "
                             f"{BATCH_DOCS}); 1 writes each document in its own transaction")
    parser.add_argument("--dask", metavar="ADDRESS",
                        help="extract as a Dask job on the scheduler at ADDRESS (host:port), or"
                             " 'local' for a local cluster; see bench/SCALING.md")
    parser.add_argument("--target", metavar="URL",
                        help="send the graphs to this SPARQL server's Graph Store Protocol"
                             " endpoint (e.g. http://127.0.0.1:7878) instead of the store")
    parser.add_argument("--shards", metavar="DIR",
                        help="with --dask/--target: keep the N-Quads shards in DIR (must be"
                             " shared by the workers and this machine; default a temporary folder)")
    parser.add_argument("--partition-docs", type=int, default=200, metavar="N",
                        help="with --dask: documents per task (default 200)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")


@dataclass
class LoadSummary:
    documents: int = 0
    responses: int = 0
    quads: int = 0
    failures: list = field(default_factory=list)
    unsupported: list = field(default_factory=list)

    def line(self, store_quads: int, graphs: int) -> str:
        parts = [f"loaded {self.documents} document{'s' * (self.documents != 1)}",
                 f"{self.responses} responses", f"{self.quads} quads written",
                 f"{len(self.failures)} failed"]
        if self.unsupported:
            parts.append(f"{len(self.unsupported)} in unsupported languages (recorded, not extracted)")
        return "; ".join(parts) + f" — store {store_quads} quads in {graphs} graphs"


_RDF_TYPE = RDF.type.value
_RESPONSE_CLASSES = frozenset(RG[name].value for name in RESPONSE_TYPES)


def _count_responses(quads) -> int:
    return sum(1 for q in quads
               if q.predicate.value == _RDF_TYPE and q.object.value in _RESPONSE_CLASSES)


def _progress(total_hint, quiet):
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total_hint, unit="doc", file=sys.stderr, leave=False)


def load_documents(store: RightsStore, items, summary: LoadSummary, keep_sentences=False,
                   extract=True, jobs=1, on_error=None, progress=None, writer=None,
                   batch_docs=BATCH_DOCS):
    """Write every document of ``items`` (``(source, Document | BadInputError)`` pairs).

    Parameters
    ----------
    store : RightsStore
    items : iterable
        As yielded by :func:`rightsgraph.loaders.documents.iter_documents`.
    summary : LoadSummary
        Updated in place.
    jobs : int
        Worker processes for extraction (the store is written by this process only).
    on_error : callable, optional
        Called with each :class:`BadInputError` as it happens.
    writer : GraphWriter, optional
        Write through this writer (left open); by default one is made (``batch_docs``
        documents per bulk load) and drained at the end.
    """
    if writer is None:
        with GraphWriter(store, batch_docs=batch_docs) as own:
            load_documents(store, items, summary, keep_sentences=keep_sentences,
                           extract=extract, jobs=jobs, on_error=on_error, progress=progress,
                           writer=own)
        return
    import pyoxigraph as ox
    from rightsgraph.loaders.pipeline import document_batches
    from rightsgraph.loaders.rdf import document_iri

    from .parallel import _account, extracted

    for doc, batches in extracted(items, jobs=jobs, keep_sentences=keep_sentences,
                                  extract=extract, on_error=on_error, summary=summary):
        graph = document_iri(doc.identifier)
        if batches is None:
            batches = document_batches(doc, keep_sentences=keep_sentences, extract=extract)
        if doc.streamed:
            counted = []

            def tracking(source):
                for batch in source:
                    counted.append(_count_responses(batch))
                    yield batch

            writer.drain()   # everything before it is in the store first
            written = store.replace_graph_in_batches(graph, tracking(batches))
            _account(summary, doc, written, sum(counted), progress)
        else:
            quads = [q for batch in batches for q in batch]
            nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) if quads else b""
            writer.write(graph.value, nquads, len(quads))
            _account(summary, doc, len(quads), _count_responses(quads), progress)


def run(args) -> int:
    if not args.paths:
        raise UsageError("give files, folders or - (standard input) to load")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.batch < 1:
        raise UsageError("--batch must be at least 1")
    from rightsgraph.loaders.documents import iter_documents

    summary = LoadSummary()
    progress = _progress(None, args.quiet)

    def report(error: BadInputError):
        summary.failures.append(error)
        message = f"rightsgraph load: error: {error}"
        if progress is not None:
            progress.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    if args.dask or args.target:
        from .distributed import run_distributed

        return run_distributed(args, summary, report, progress)
    with RightsStore.open(args.store) as store:
        items = iter_documents(args.paths, lang=args.lang, fmt=args.format)
        try:
            load = load_documents
            if args.jobs > 1:
                from .parallel import load_parallel as load
            load(store, items, summary, keep_sentences=args.keep_sentences,
                 extract=not args.no_extract, jobs=args.jobs, on_error=report,
                 progress=progress, batch_docs=args.batch)
        finally:
            if progress is not None:
                progress.close()
        if not args.quiet:
            print(summary.line(len(store), store.graph_count()), file=sys.stderr)
    return 1 if summary.failures else 0
