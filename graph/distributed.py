"""``rightsgraph load --dask ADDRESS``: extraction as a Dask job, loading from N-Quads shards.

The client reads the input (so identifiers and errors are exactly those of a serial
load) and cuts it into partitions of documents. Each partition is one Dask task: a
worker extracts its documents and writes one N-Quads *shard*, atomically (a temporary
file renamed into place), whose first line records the identifiers and graphs it holds::

    # rightsgraph-shard {"partition": 12, "documents": [...], "graphs": [...]}

The client then loads the shards, in partition order, as they complete:

- into the embedded store (default): a shard whose graphs are all new is written with
  :meth:`~.store.RightsStore.bulk_load_new` (:meth:`pyoxigraph.Store.bulk_load` under
  ``rg:loadStatus "loading"`` markers, as a local load writes new documents); a shard with
  graphs already in the store goes through the transactional path, one ``DROP GRAPH;
  INSERT DATA`` per document, like a serial load;
- or to a SPARQL server (``--target URL``) with the Graph Store Protocol: one HTTP
  ``PUT URL/store?graph=IRI`` per document, which replaces that document's graph.

Failures. A worker that dies (killed, out of memory) loses its task; Dask re-runs it on
another worker and the shard is simply written again (same name, atomic rename), so no
document is lost or written twice. A partition that kills its workers more often than
Dask allows (``distributed.scheduler.allowed-failures``) is split into one task per
document; a document whose task still kills its worker is named as failed, and the rest
of the load goes on. Crash semantics of the client: the graphs of a shard being
bulk-loaded when the client dies are still marked as loading, and are removed the next
time the store is opened for writing; every other document is complete. Running the
same load again loads what is missing.

Examples
--------
::

    rightsgraph load --dask local corpus.jsonl
    rightsgraph load --dask tcp://10.0.0.5:8786 --shards /shared/shards corpus/
    rightsgraph load --dask local --target http://127.0.0.1:7878 corpus.jsonl
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import sys
import tempfile
import uuid
from pathlib import Path
from urllib.parse import quote, urlsplit

import pyoxigraph as ox

from rightsgraph.ontology.errors import BadInputError, StoreError, UsageError

SHARD_HEADER = "# rightsgraph-shard "
PARTITION_DOCS = 200             # documents per Dask task
KILL_FILE_ENV = "RIGHTSGRAPH_TEST_KILL_FILE"   # test-only hook, see _test_kill_hook


# ---------------------------------------------------------------------- worker side
def _test_kill_hook(identifier: str) -> None:
    """Test-only: die like a killed worker when extracting a chosen document.

    When ``$RIGHTSGRAPH_TEST_KILL_FILE`` names an existing JSON file
    ``{"document": ID, "once": MARKER}``, the worker extracting document ``ID`` exits
    at once (``os._exit``); with ``once``, only if the file ``MARKER`` could be created
    (so only the first attempt dies).
    """
    path = os.environ.get(KILL_FILE_ENV)
    if not path or not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as fh:
        plan = json.load(fh)
    if plan.get("document") != identifier:
        return
    once = plan.get("once")
    if once:
        try:
            os.close(os.open(once, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return
    os._exit(1)


def extract_partition(name: str, docs: list, shard_dir: str, keep_sentences: bool = False,
                      extract: bool = True, in_worker: bool = True) -> dict:
    """Extract ``docs`` and write their quads as the shard ``shard_dir/name.nq``.

    Parameters
    ----------
    name : str
        Shard name (unique per partition; a re-run of the task rewrites the same file).
    docs : list of Document
        If an identifier occurs twice, the later document wins, as in a serial load.
    shard_dir : str
        Folder shared by the workers and the client.
    in_worker : bool
        True when running as a Dask task (enables the test-only kill hook).

    Returns
    -------
    dict
        ``path``, ``documents``, ``graphs``, ``quads``, ``responses`` (per document, in
        order) and ``unsupported`` (identifiers in languages without an extractor).
    """
    from rightsgraph.loaders.langid import SUPPORTED
    from rightsgraph.loaders.pipeline import document_batches
    from rightsgraph.loaders.rdf import document_iri

    from .cmd_load import _count_responses

    last = {doc.identifier: doc for doc in docs}
    docs = list(last.values())
    graphs = [document_iri(doc.identifier).value for doc in docs]
    target = Path(shard_dir) / f"{name}.nq"
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex}.partial")
    header = {"partition": name, "documents": [d.identifier for d in docs], "graphs": graphs}
    quads_per_doc, responses_per_doc = [], []
    try:
        with partial.open("wb") as fh:
            fh.write((SHARD_HEADER + json.dumps(header, ensure_ascii=False) + "\n").encode("utf-8"))
            for doc in docs:
                if in_worker:
                    _test_kill_hook(doc.identifier)
                count = responses = 0
                for batch in document_batches(doc, keep_sentences=keep_sentences, extract=extract):
                    ox.serialize(batch, fh, ox.RdfFormat.N_QUADS)
                    count += len(batch)
                    responses += _count_responses(batch)
                quads_per_doc.append(count)
                responses_per_doc.append(responses)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return {"path": str(target), "documents": header["documents"], "graphs": graphs,
            "quads": quads_per_doc, "responses": responses_per_doc,
            "unsupported": [d.identifier for d in docs if d.lang not in SUPPORTED]}


def read_shard_header(path) -> dict:
    """The header of a shard: its partition name, document identifiers and graphs."""
    with open(path, "rb") as fh:
        line = fh.readline().decode("utf-8")
    if not line.startswith(SHARD_HEADER):
        raise StoreError(f"{path} is not a rightsgraph shard (no header line)")
    return json.loads(line[len(SHARD_HEADER):])


def _graph_groups(path):
    """Yield ``(graph IRI, [triples])`` per document of a shard (graphs are contiguous)."""
    current, triples = None, []
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        graph = quad.graph_name.value
        if graph != current and triples:
            yield current, triples
            triples = []
        current = graph
        triples.append(ox.Triple(quad.subject, quad.predicate, quad.object))
    if triples:
        yield current, triples


# ---------------------------------------------------------------------- sinks
class StoreSink:
    """Loads shards into the embedded store (bulk for new graphs, else transactional)."""

    def __init__(self, store):
        self.store = store
        self.bulk_shards = 0
        self.transactional_shards = 0

    def load(self, info: dict) -> None:
        """Write the documents of one shard, replacing their graphs."""
        names = [ox.NamedNode(g) for g in info["graphs"]]
        if not any(self.store.ox.contains_named_graph(g) for g in names):
            self.store.bulk_load_new(info["graphs"], path=info["path"])
            self.bulk_shards += 1
            return
        written = set()
        for graph, triples in _graph_groups(info["path"]):
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            self._update(f"DROP SILENT GRAPH <{graph}> ;\n"
                         f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}", graph)
            written.add(graph)
        for graph in info["graphs"]:   # documents without any quad: just clear them
            if graph not in written:
                self._update(f"DROP SILENT GRAPH <{graph}>", graph)
        self.transactional_shards += 1

    def _update(self, text: str, graph: str) -> None:
        try:
            self.store.ox.update(text)
        except OSError as exc:
            raise StoreError(f"writing {graph} failed: {exc}") from None

    def close(self) -> None:
        pass


class GraphStoreSink:
    """Sends each document's graph to a SPARQL server with Graph Store Protocol ``PUT``.

    Parameters
    ----------
    url : str
        The server (``http://host:port``, whose endpoint is then ``/store`` as on
        Oxigraph) or the Graph Store endpoint itself (``http://host:3030/ds/data``).
    """

    def __init__(self, url: str):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(f"--target must be an http(s) URL, not {url!r}")
        self.url = url
        self.path = parts.path.rstrip("/") or "/store"
        self.https = parts.scheme == "https"
        self.host, self.port = parts.hostname, parts.port
        self.connection = None
        self.requests = 0

    def _connect(self):
        kind = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
        return kind(self.host, self.port, timeout=120)

    def put(self, graph: str, body: bytes) -> None:
        """Replace ``graph`` on the server by the N-Triples ``body``."""
        target = f"{self.path}?graph={quote(graph, safe='')}"
        headers = {"Content-Type": "application/n-triples"}
        for attempt in (1, 2):   # one retry on a connection the server closed
            if self.connection is None:
                self.connection = self._connect()
            try:
                self.connection.request("PUT", target, body=body, headers=headers)
                response = self.connection.getresponse()
                detail = response.read()
                break
            except (ConnectionError, http.client.HTTPException, OSError) as exc:
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise StoreError(f"cannot send {graph} to {self.url}: {exc}") from None
        self.requests += 1
        if response.status not in (200, 201, 204):
            raise StoreError(f"{self.url} refused {graph}: HTTP {response.status} "
                             f"{detail[:300].decode('utf-8', 'replace')}")

    def load(self, info: dict) -> None:
        """Send every document of one shard, replacing its graph."""
        written = set()
        for graph, triples in _graph_groups(info["path"]):
            self.put(graph, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
            written.add(graph)
        for graph in info["graphs"]:
            if graph not in written:
                self.put(graph, b"")

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


# ---------------------------------------------------------------------- the job
def _partitions(items, size, on_error):
    """Cut ``(source, Document | BadInputError)`` pairs into lists of documents."""
    part = []
    for _, item in items:
        if isinstance(item, BadInputError):
            on_error(item)
            continue
        part.append(item)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def _lost_types() -> tuple:
    """The exceptions by which Dask reports a task lost with its worker (so retryable).

    ``KilledWorker`` when the task was running on workers that died; a cancelled future
    when the scheduler gave the task up. Anything else a task raises is a real error.
    """
    import asyncio
    import concurrent.futures

    cancelled = (asyncio.CancelledError, concurrent.futures.CancelledError)
    try:
        from distributed import KilledWorker
    except ImportError:
        return cancelled
    return (KilledWorker, *cancelled)


def _outcome(future, lost_types):
    """``(state, None)`` for a task that finished, ``(None, exc)`` for one lost with its worker.

    A future reported finished can still lose its result: when the worker holding it dies
    before the result is fetched, Dask computes the task again, and that second run can be
    killed in turn, so :meth:`result` raises ``KilledWorker`` after all. Errors the task
    raised itself are re-raised.

    Examples
    --------
    >>> class Finished:
    ...     status = "finished"
    ...     def result(self):
    ...         raise ConnectionResetError("worker gone")
    >>> _outcome(Finished(), (ConnectionResetError,))[1]
    ConnectionResetError('worker gone')
    """
    if future.status == "cancelled":
        return None, lost_types[-1](f"task {future.key} was cancelled by the scheduler")
    if future.status == "error":
        exc = future.exception()
        if isinstance(exc, lost_types):
            return None, exc
        raise exc
    try:
        return future.result(), None
    except lost_types as exc:
        return None, exc


class _Piece:
    """Some documents of a partition and where their extraction stands."""

    __slots__ = ("name", "docs", "state", "tries")

    def __init__(self, name, docs, state=None):
        self.name, self.docs, self.state, self.tries = name, docs, state, 1

    @property
    def done(self) -> bool:
        return isinstance(self.state, (dict, BadInputError))


class _Job:
    """Submits partitions with bounded work in flight and loads shards in input order."""

    def __init__(self, client, sink, shard_dir, summary, on_error, progress, options):
        self.client, self.sink, self.shard_dir = client, sink, shard_dir
        self.summary, self.on_error, self.progress = summary, on_error, progress
        self.options = options
        self.slots = {}      # partition index -> [_Piece], in document order
        self.next_load = 0

    def _start(self, piece):
        if self.client is None:
            piece.state = extract_partition(piece.name, piece.docs, self.shard_dir,
                                            in_worker=False, **self.options)
        else:
            piece.state = self.client.submit(
                extract_partition, piece.name, piece.docs, self.shard_dir, pure=False,
                key=f"rightsgraph-{piece.name}-{uuid.uuid4().hex[:8]}", **self.options)
        return piece

    def run(self, partitions, in_flight):
        """Extract every partition and load the shards; returns when all are loaded."""
        if self.client is None:
            for index, docs in enumerate(partitions):
                self.slots[index] = [self._start(_Piece(f"part-{index:06d}", docs))]
                self._load_ready()
            return
        from distributed import as_completed

        running = as_completed()
        owner = {}           # future key -> _Piece
        source = enumerate(partitions)
        exhausted = False

        def refill():
            nonlocal exhausted
            while not exhausted and len(self.slots) < in_flight:
                try:
                    index, docs = next(source)
                except StopIteration:
                    exhausted = True
                    return
                piece = self._start(_Piece(f"part-{index:06d}", docs))
                self.slots[index] = [piece]
                owner[piece.state.key] = (index, piece)
                running.add(piece.state)

        refill()
        lost_types = _lost_types()
        for future in running:
            index, piece = owner.pop(future.key)
            state, lost = _outcome(future, lost_types)
            if lost is not None:
                for new in self._split(index, piece):
                    owner[new.state.key] = (index, new)
                    running.add(new.state)
            else:
                piece.state = state
            future.release()
            self._load_ready()
            refill()

    def _split(self, index, piece):
        """A task that killed its workers: retry its documents one by one, or give up."""
        if len(piece.docs) == 1 and piece.tries < 2:
            # The scheduler also blames tasks that were only queued on a dying worker: a
            # lone document gets one more try of its own before it is named as the culprit.
            retry = self._start(_Piece(f"{piece.name}-retry", piece.docs))
            retry.tries = piece.tries + 1
            slot = self.slots[index]
            slot[slot.index(piece)] = retry
            return [retry]
        if len(piece.docs) == 1:
            doc = piece.docs[0]
            piece.state = BadInputError(
                doc.source or doc.identifier,
                f"extraction of {doc.identifier} killed its worker every time it was tried"
                " (Dask KilledWorker); not loaded")
            return []
        pieces = [self._start(_Piece(f"{piece.name}-{offset:04d}", [doc]))
                  for offset, doc in enumerate(piece.docs)]
        slot = self.slots[index]
        at = slot.index(piece)
        self.slots[index] = slot[:at] + pieces + slot[at + 1:]
        return pieces

    def _load_ready(self):
        """Load every completed partition whose predecessors are loaded (input order)."""
        while self.next_load in self.slots:
            slot = self.slots[self.next_load]
            if not all(piece.done for piece in slot):
                return
            for piece in slot:
                if isinstance(piece.state, BadInputError):
                    self.on_error(piece.state)
                    continue
                self.sink.load(piece.state)
                self._account(piece.state)
            del self.slots[self.next_load]
            self.next_load += 1

    def _account(self, info):
        summary = self.summary
        summary.documents += len(info["documents"])
        summary.quads += sum(info["quads"])
        summary.responses += sum(info["responses"])
        summary.unsupported.extend(info["unsupported"])
        if self.progress is not None:
            self.progress.update(len(info["documents"]))


def _client(address: str):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--dask needs Dask: pip install 'rightsgraph[scale]'") from None
    if address == "local":
        from .parallel import default_jobs

        cluster = LocalCluster(n_workers=default_jobs(), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        return Client(cluster), cluster
    try:
        return Client(address, timeout=30), None
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def load_distributed(items, sink, summary, address=None, shard_dir=None, keep_sentences=False,
                     extract=True, on_error=None, progress=None, partition_docs=PARTITION_DOCS):
    """Extract ``items`` on a Dask cluster (or here, without ``address``) and load the shards.

    Parameters
    ----------
    items : iterable
        ``(source, Document | BadInputError)`` pairs, as from ``iter_documents``.
    sink : StoreSink or GraphStoreSink
        Where the shards go.
    summary : LoadSummary
        Updated in place.
    address : str, optional
        Dask scheduler address, or ``"local"`` for a local cluster of worker processes;
        None extracts in this process.
    shard_dir : str, optional
        Folder for the shards, visible to workers and client; default a temporary folder,
        removed at the end (a given folder is kept).
    on_error : callable
        Called with each :class:`BadInputError` (unreadable input, or a document whose
        extraction killed its worker every time).
    partition_docs : int
        Documents per task.
    """
    on_error = on_error or summary.failures.append
    keep = shard_dir is not None
    shard_dir = Path(shard_dir) if keep else Path(tempfile.mkdtemp(prefix="rightsgraph-shards-"))
    shard_dir.mkdir(parents=True, exist_ok=True)
    client = cluster = None
    try:
        if address:
            client, cluster = _client(address)
        workers = len(client.scheduler_info()["workers"]) if client is not None else 1
        job = _Job(client, sink, str(shard_dir), summary, on_error, progress,
                   {"keep_sentences": keep_sentences, "extract": extract})
        job.run(_partitions(items, partition_docs, on_error), in_flight=2 * max(1, workers) + 2)
        for stale in shard_dir.glob(".part-*.partial"):   # left by workers that died
            stale.unlink(missing_ok=True)
    finally:
        sink.close()
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        if not keep:
            shutil.rmtree(shard_dir, ignore_errors=True)


def run_distributed(args, summary, report, progress) -> int:
    """The ``--dask``/``--target`` branch of ``rightsgraph load``; returns the exit code."""
    from rightsgraph.loaders.documents import iter_documents

    from .store import RightsStore

    if args.jobs > 1:
        raise UsageError("--jobs applies to local loads; with --dask the workers set the parallelism")
    if args.partition_docs < 1:
        raise UsageError("--partition-docs must be at least 1")
    items = iter_documents(args.paths, lang=args.lang, fmt=args.format)
    options = dict(address=args.dask, shard_dir=args.shards, keep_sentences=args.keep_sentences,
                   extract=not args.no_extract, on_error=report, progress=progress,
                   partition_docs=args.partition_docs)
    try:
        if args.target:
            load_distributed(items, GraphStoreSink(args.target), summary, **options)
            where = f"sent to {args.target}"
        else:
            with RightsStore.open(args.store) as store:
                load_distributed(items, StoreSink(store), summary, **options)
                where = f"store {len(store)} quads in {store.graph_count()} graphs"
    finally:
        if progress is not None:
            progress.close()
    if not args.quiet:
        print(summary.line(0, 0).split(" — ")[0] + " — " + where, file=sys.stderr)
    return 1 if summary.failures else 0


__all__ = ["extract_partition", "read_shard_header", "StoreSink", "GraphStoreSink",
           "load_distributed", "run_distributed", "PARTITION_DOCS"]
