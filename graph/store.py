"""The embedded store: a pyoxigraph database on disk, one named graph per document.

Where the store lives: ``--store DIR``, else ``$RIGHTSGRAPH_STORE``, else
``./rightsgraph-store``. Writes are per document and atomic: loading a document again
replaces its graph in one transaction (a SPARQL ``DROP GRAPH`` plus ``INSERT DATA``, which
Oxigraph applies all or nothing), so a load killed half-way leaves every document either
fully there or absent. Documents too large for one in-memory update (streamed files) are
written in several transactions under an ``rg:loadStatus "loading"`` marker that the last
one removes; a marked graph left by a crash is removed the next time the store is opened
for writing.

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
from pathlib import Path

import pyoxigraph as ox

from rightsgraph.ontology.errors import StoreError, StoreLockedError
from rightsgraph.ontology.namespace import RG

DEFAULT_STORE = "rightsgraph-store"
MAX_INSERT_QUADS = 100_000   # largest single INSERT DATA of a batched write
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
        body = _triples_text(q for q in quads)
        update = f"DROP SILENT GRAPH <{graph.value}> ;\n"
        if body:
            update += f"INSERT DATA {{ GRAPH <{graph.value}> {{\n{body}}} }}"
        try:
            self.ox.update(update)
        except OSError as exc:
            raise StoreError(f"writing {graph.value} failed: {exc}") from None
        return len(quads)

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
