"""The embedded store: a pyoxigraph database on disk, one named graph per document.

Where the store lives: ``--store DIR``, else ``$RIGHTSGRAPH_STORE``, else
``./rightsgraph-store``. Writes are per document and atomic: loading a document again
replaces its graph in one transaction (a SPARQL ``DROP GRAPH`` plus ``INSERT DATA``, which
Oxigraph applies all or nothing), so a load killed half-way leaves every document either
fully there or absent. Documents too large for one in-memory update are written to a
staging graph in pieces and swapped in with one ``DROP``/``ADD`` update; staging graphs
left by a crash are removed the next time the store is opened for writing.

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
import uuid
from pathlib import Path

import pyoxigraph as ox

from rightsgraph.ontology.errors import StoreError, StoreLockedError
from rightsgraph.ontology.namespace import ID_NS

DEFAULT_STORE = "rightsgraph-store"
STAGING_PREFIX = f"{ID_NS}staging/"
MAX_INSERT_QUADS = 200_000   # above this a graph is written through a staging graph
_MARKER = "rightsgraph.store"


def resolve_store_path(path: str | None = None) -> Path:
    """``path``, else ``$RIGHTSGRAPH_STORE``, else ``./rightsgraph-store``."""
    return Path(path or os.environ.get("RIGHTSGRAPH_STORE") or DEFAULT_STORE)


def _open_error(path: Path, exc: OSError) -> StoreError:
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
        self.drop_staging()
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
        except OSError as exc:
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
        if len(quads) > MAX_INSERT_QUADS:
            return self.replace_graph_in_batches(graph, [quads])
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

        The batches go to a fresh staging graph; one update then swaps it in. Until the
        swap the old graph is intact; after a crash the staging graph is dropped on the
        next :meth:`open`.
        """
        staging = ox.NamedNode(f"{STAGING_PREFIX}{uuid.uuid4().hex}")
        count = 0
        try:
            for batch in batches:
                moved = [ox.Quad(q.subject, q.predicate, q.object, staging) for q in batch]
                self.ox.extend(moved)
                count += len(moved)
            self.ox.update(
                f"DROP SILENT GRAPH <{graph.value}> ; ADD SILENT <{staging.value}> TO <{graph.value}> ;"
                f" DROP SILENT GRAPH <{staging.value}>")
        except BaseException:
            try:
                self.ox.remove_graph(staging)
            except (OSError, RuntimeError):
                pass
            raise
        return count

    def remove_graph(self, graph: ox.NamedNode) -> None:
        self.ox.update(f"DROP SILENT GRAPH <{graph.value}>")

    def drop_staging(self) -> int:
        """Remove staging graphs left behind by an interrupted load."""
        stale = [g for g in self.ox.named_graphs()
                 if isinstance(g, ox.NamedNode) and g.value.startswith(STAGING_PREFIX)]
        for graph in stale:
            self.ox.remove_graph(graph)
        return len(stale)

    def update(self, text: str, prefixes: dict | None = None) -> None:
        self.ox.update(text, prefixes=prefixes)

    # ------------------------------------------------------------------ reading
    def graph_count(self) -> int:
        return sum(1 for _ in self.ox.named_graphs())

    def query(self, text: str, prefixes: dict | None = None):
        """Run a SPARQL query over the union of the document graphs."""
        return self.ox.query(text, use_default_graph_as_union=True, prefixes=prefixes)
