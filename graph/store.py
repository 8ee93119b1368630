"""The embedded store: a pyoxigraph database on disk, one named graph per document.

Where the store lives: ``--store DIR``, else ``$RIGHTSGRAPH_STORE``, else
``./rightsgraph-store``. A load killed half-way leaves every document either fully there
or absent:

- a document already in the store is replaced in one transaction (a SPARQL ``DROP GRAPH``
  plus ``INSERT DATA``, which Oxigraph applies all or nothing);
- documents not yet in the store (the usual case when an archive is loaded) are written
  many at a time by :class:`GraphWriter` with :meth:`pyoxigraph.Store.bulk_load`, which is
  several times cheaper per quad but not transactional: each of their graphs first gets an
  ``rg:loadStatus "loading"`` marker (one transaction), then the batch is bulk-loaded, then
  the markers are removed (one transaction);
- documents too large for one in-memory update (streamed files) are written in several
  transactions under the same marker, which the last one removes.

A marked graph left by a crash is removed the next time the store is opened for writing.

Examples
--------
>>> import tempfile, pyoxigraph as ox
>>> from rightsgraph.graph.store import RightsStore
>>> g = ox.NamedNode("https://w3id.org/rightsgraph/id/document/a.txt")
>>> q = ox.Quad(g, ox.NamedNode("http://purl.org/dc/terms/identifier"), ox.Literal("a.txt"), g)
>>> with RightsStore.open(tempfile.mkdtemp() + "/s") as store:
...     for _ in range(2):
...         written = store.replace_graph(g, [q])
...     print(len(store))
1
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

import pyoxigraph as ox

from rightsgraph.ontology.errors import StoreError, StoreLockedError
from rightsgraph.ontology.namespace import RG

DEFAULT_STORE = "rightsgraph-store"
MAX_INSERT_QUADS = 100_000   # largest single INSERT DATA of a batched write
BATCH_DOCS = 5000            # new documents bulk-loaded together (GraphWriter) ...
BATCH_BYTES = 192 * 2**20    # ... or fewer, once their N-Quads reach this size (~1M quads)
MEMORY_BATCH_BYTES = 32 * 2**20   # the same for an in-memory store (batch kept in memory)
BATCH_PREFIX = "rightsgraph-batch-"   # batch files, in the store's folder while they load
LOADING = "loading"
_MARKER = "rightsgraph.store"


def resolve_store_path(path: str | None = None) -> Path:
    """``path``, else ``$RIGHTSGRAPH_STORE``, else ``./rightsgraph-store``."""
    return Path(path or os.environ.get("RIGHTSGRAPH_STORE") or DEFAULT_STORE)


def _open_error(path: Path, exc: Exception) -> StoreError:
    message = str(exc)
    if "lock" in message.lower():
        return StoreLockedError(
            f"store {path} is locked by another process (a load, update or serve running?);"
            " wait for it to finish or use another --store")
    return StoreError(f"cannot open store {path}: {message.splitlines()[0]}")


def _triples_text(quads) -> str:
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _nquads_to_ntriples(graph: str, nquads: bytes, quads: int | None = None) -> str:
    """The triples of one graph's N-Quads as N-Triples text (the graph term removed)."""
    text = nquads.decode("utf-8")
    suffix = f" <{graph}> .\n"
    # pyoxigraph writes one quad per line, ending with the graph term, and escapes line
    # breaks inside literals, so each line ends with exactly one ``suffix``.
    lines = text.count("\n")
    if text.count(suffix) == lines and (quads is None or quads == lines):
        return text.replace(suffix, " .\n")
    quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))   # any other N-Quads
    if any(q.graph_name != ox.NamedNode(graph) for q in quads):
        raise StoreError(f"quads given for {graph} belong to another graph")
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


class RightsStore:
    """A pyoxigraph store with rightsgraph's conventions.

    Use :meth:`open` (writable; creates the store) or :meth:`open_read_only` (the store
    must exist; several readers and one writer may share it).
    """

    def __init__(self, store: ox.Store, path: Path | None, read_only: bool):
        self.ox = store
        self.path = path
        self.read_only = read_only

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path=None) -> "RightsStore":
        """Open (or create) the store for writing; fails clearly when it is locked."""
        path = resolve_store_path(path)
        if path.exists() and not path.is_dir():
            raise StoreError(f"store {path} is not a folder")
        if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").exists():
            raise StoreError(f"{path} is a folder but not a rightsgraph store; choose another --store")
        try:
            store = ox.Store(str(path))
        except OSError as exc:
            raise _open_error(path, exc) from None
        self = cls(store, path, read_only=False)
        self.drop_interrupted()
        for stale in path.glob(BATCH_PREFIX + "*"):   # batch files of a killed load
            stale.unlink(missing_ok=True)
        return self

    @classmethod
    def open_read_only(cls, path=None) -> "RightsStore":
        """Open an existing store for reading only."""
        path = resolve_store_path(path)
        if not (path / "CURRENT").exists():
            raise StoreError(f"no store at {path}: load documents first "
                             f"(rightsgraph load --store {path} FILES)")
        try:
            store = ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:  # RuntimeError: a store still being created
            raise _open_error(path, exc) from None
        return cls(store, path, read_only=True)

    @classmethod
    def in_memory(cls) -> "RightsStore":
        return cls(ox.Store(), None, read_only=False)

    def close(self) -> None:
        if not self.read_only:
            try:
                self.ox.flush()
            except OSError:
                pass
        self.ox = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __len__(self) -> int:
        return len(self.ox)

    # ------------------------------------------------------------------ writing
    def replace_graph(self, graph: ox.NamedNode, quads) -> int:
        """Replace the content of ``graph`` by ``quads`` in one transaction."""
        quads = list(quads)
        self._drop_and_insert(graph.value, _triples_text(q for q in quads))
        return len(quads)

    def _drop_and_insert(self, graph: str, body: str) -> None:
        """One transaction: drop ``graph`` (an IRI), then insert the N-Triples ``body`` in it."""
        update = f"DROP SILENT GRAPH <{graph}> ;\n"
        if body:
            update += f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}"
        try:
            self.ox.update(update)
        except OSError as exc:
            raise StoreError(f"writing {graph} failed: {exc}") from None

    def replace_graph_in_batches(self, graph: ox.NamedNode, batches) -> int:
        """Replace ``graph`` by quads arriving in batches, with bounded memory.

        For documents too large for one transaction. The first transaction drops the old
        graph and writes the first batch with an ``rg:loadStatus "loading"`` marker on the
        document; each further batch is its own transaction; the last one removes the
        marker. A graph still marked when the store is next opened for writing was
        interrupted, and :meth:`open` removes it, so after a crash the document is absent,
        never half there. (Readers running during the load may see it partly written,
        marked as loading.)
        """
        marker = ox.Quad(graph, RG.loadStatus, ox.Literal(LOADING), graph)
        count = 0
        first = True
        try:
            for batch in batches:
                batch = list(batch)
                if first:
                    self.replace_graph(graph, [*batch, marker])
                    first = False
                else:
                    for start in range(0, len(batch), MAX_INSERT_QUADS):
                        self._insert(graph, batch[start:start + MAX_INSERT_QUADS])
                count += len(batch)
            if first:  # no batch at all: the document is empty
                self.remove_graph(graph)
            else:
                self.ox.update(f'DELETE DATA {{ GRAPH <{graph.value}> {{ {marker.subject} '
                               f'{marker.predicate} {marker.object} }} }}')
        except OSError as exc:
            raise StoreError(f"writing {graph.value} failed: {exc}") from None
        return count

    def replace_graph_nquads(self, graph: str, nquads: bytes, quads: int | None = None) -> None:
        """Replace ``graph`` (an IRI) by the N-Quads ``nquads`` (all in that graph), atomically.

        One ``DROP GRAPH`` + ``INSERT DATA`` transaction, as :meth:`replace_graph`.
        ``quads``, when given, is the number of lines of ``nquads``.
        """
        self._drop_and_insert(graph, _nquads_to_ntriples(graph, nquads, quads))

    def bulk_load_new(self, graphs, data: bytes | None = None, path=None) -> None:
        """Bulk-load N-Quads of graphs that are not in the store yet, crash-safely.

        Each graph of ``graphs`` (IRIs) first gets an ``rg:loadStatus "loading"`` marker, in
        one transaction; then ``data`` (or the file ``path``) is written with
        :meth:`pyoxigraph.Store.bulk_load` (fast, not transactional); then the markers are
        removed, in one transaction. If the process dies in between, the marked graphs are
        removed the next time the store is opened for writing: each document is then
        either complete or absent. The graphs must not be in the store already (their old
        content would be kept beside the new one); use :meth:`replace_graph_nquads` for those.
        """
        graphs = list(graphs)
        if not graphs:
            return
        nodes = [ox.NamedNode(g) for g in graphs]
        loading = ox.Literal(LOADING)
        try:
            self.ox.extend([ox.Quad(node, RG.loadStatus, loading, node) for node in nodes])
            # lenient: the N-Quads come from pyoxigraph's own serialiser (IRIs already
            # valid), and skipping validation makes bulk loading about 25 % cheaper.
            if path is not None:
                self.ox.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=True)
            elif data:
                self.ox.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
            marker = f'<{RG.loadStatus.value}> "{LOADING}"'
            self.ox.update("DELETE DATA {\n" + "\n".join(
                f"GRAPH <{g}> {{ <{g}> {marker} }}" for g in graphs) + "\n}")
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"bulk loading {len(graphs)} documents failed: {exc}") from None

    def _insert(self, graph: ox.NamedNode, quads) -> None:
        body = _triples_text(quads)
        if body:
            self.ox.update(f"INSERT DATA {{ GRAPH <{graph.value}> {{\n{body}}} }}")

    def drop_interrupted(self) -> int:
        """Remove document graphs whose batched load was interrupted (still marked loading)."""
        stale = {q.graph_name for q in self.ox.quads_for_pattern(
            None, RG.loadStatus, ox.Literal(LOADING), None)}
        for graph in stale:
            self.ox.update(f"DROP SILENT GRAPH <{graph.value}>")
        return len(stale)

    def remove_graph(self, graph: ox.NamedNode) -> None:
        self.ox.update(f"DROP SILENT GRAPH <{graph.value}>")

    def update(self, text: str, prefixes: dict | None = None) -> None:
        self.ox.update(text, prefixes=prefixes)

    # ------------------------------------------------------------------ reading
    def graph_count(self) -> int:
        return sum(1 for _ in self.ox.named_graphs())

    def query(self, text: str, prefixes: dict | None = None):
        """Run a SPARQL query over the union of the document graphs."""
        return self.ox.query(text, use_default_graph_as_union=True, prefixes=prefixes)


class GraphWriter:
    """Writes document graphs in input order, many new documents per bulk load.

    A document whose graph is not in the store (nor waiting in this writer) joins the
    current batch; a batch is written with :meth:`RightsStore.bulk_load_new` once it holds
    ``batch_docs`` documents or ``batch_bytes`` of N-Quads. For a store on disk the batch
    fills a temporary file in the store's folder (so memory does not grow with the batch),
    which is bulk-loaded and deleted (or, after a crash, deleted when the store is next
    opened for writing). Large batches matter: every bulk load adds files that RocksDB then
    compacts with the rest of the store, so fewer, larger loads cost less CPU (measured
    in bench/README.md, "Store loading"). A document whose graph already
    exists is replaced on its own, atomically (:meth:`RightsStore.replace_graph_nquads`),
    after everything before it is written. The store ends up exactly as if every document
    had been written one transaction at a time, in order.

    Parameters
    ----------
    store : RightsStore
    batch_docs, batch_bytes : int
        Size of a batch; ``batch_docs=1`` writes every document in its own transaction.
        ``batch_bytes`` defaults to :data:`BATCH_BYTES` on disk and
        :data:`MEMORY_BATCH_BYTES` for an in-memory store.
    background : bool
        Write each batch in a thread of its own while the next one fills (pyoxigraph
        releases the GIL while it bulk-loads); at most one batch is being written and one
        filling, so memory stays bounded.

    Examples
    --------
    >>> import tempfile
    >>> g = "https://w3id.org/rightsgraph/id/document/a.txt"
    >>> nq = f'<{g}> <http://purl.org/dc/terms/identifier> "a.txt" <{g}> .\\n'.encode()
    >>> with RightsStore.open(tempfile.mkdtemp() + "/s") as store:
    ...     with GraphWriter(store) as writer:
    ...         writer.write(g, nq)
    ...         writer.write(g, nq)        # already waiting: written again, in order
    ...     print(len(store), writer.bulk_batches, writer.replaced)
    1 1 1
    """

    def __init__(self, store: RightsStore, batch_docs: int = BATCH_DOCS,
                 batch_bytes: int | None = None, background: bool = False):
        self.store = store
        self.batch_docs = max(1, batch_docs)
        self.spill = store.path is not None
        self.batch_bytes = batch_bytes or (BATCH_BYTES if self.spill else MEMORY_BATCH_BYTES)
        self.background = background
        self.bulk_batches = 0     # batches bulk-loaded
        self.replaced = 0         # documents written in their own transaction
        self._graphs: list = []   # the batch filling: graph IRIs ...
        self._data: list = []     # ... and their N-Quads (in memory) ...
        self._file = None         # ... or in this temporary file (store on disk)
        self._size = 0
        self._waiting: set = set()   # graphs filling or being written
        self._thread = None
        self._error = None

    def write(self, graph: str, nquads: bytes, quads: int | None = None) -> None:
        """Write (or queue) the graph ``graph`` (an IRI) whose quads are ``nquads``."""
        self._raise()
        if self.batch_docs == 1 or graph in self._waiting or \
                self.store.ox.contains_named_graph(ox.NamedNode(graph)):
            self.drain()
            self.store.replace_graph_nquads(graph, nquads, quads)
            self.replaced += 1
            return
        self._graphs.append(graph)
        if not self.spill:
            self._data.append(nquads)
        else:
            if self._file is None:
                self._file = tempfile.NamedTemporaryFile(
                    prefix=BATCH_PREFIX, suffix=".nq", dir=self.store.path, delete=False)
            self._file.write(nquads)
        self._waiting.add(graph)
        self._size += len(nquads)
        if len(self._graphs) >= self.batch_docs or self._size >= self.batch_bytes:
            self.flush()

    def flush(self) -> None:
        """Start writing the batch filling (in the background if so configured)."""
        if not self._graphs:
            return
        graphs, data = self._graphs, b"".join(self._data)
        if self._file is not None:
            self._file.close()
            data, self._file = Path(self._file.name), None
        self._graphs, self._data, self._size = [], [], 0
        self._join()
        if not self.background:
            self._write(graphs, data)
            return
        self._thread = threading.Thread(target=self._write, args=(graphs, data),
                                        name="rightsgraph-writer", daemon=True)
        self._thread.start()

    def drain(self) -> None:
        """Write everything queued and wait until it is in the store."""
        self.flush()
        self._join()

    def _write(self, graphs, data) -> None:
        try:
            if isinstance(data, Path):
                self.store.bulk_load_new(graphs, path=data)
            else:
                self.store.bulk_load_new(graphs, data)
            self.bulk_batches += 1
        except Exception as exc:   # noqa: BLE001 - not swallowed: re-raised by the caller's thread
            self._error = exc
        finally:
            self._waiting.difference_update(graphs)
            if isinstance(data, Path):
                data.unlink(missing_ok=True)

    def _join(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *exc):
        if exc_type is None:
            self.drain()
        else:   # stop: the batch filling is dropped (absent, never half there)
            self._graphs, self._data = [], []
            if self._file is not None:
                self._file.close()
                Path(self._file.name).unlink(missing_ok=True)
                self._file = None
            if self._thread is not None:
                self._thread.join()
                self._thread = None
