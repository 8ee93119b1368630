"""The embedded store: atomic replacement, locks, crash safety, staging clean-up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from rightsgraph.graph.store import GraphWriter, RightsStore
from rightsgraph.loaders.documents import document_from_text
from rightsgraph.loaders.pipeline import document_batches
from rightsgraph.loaders.rdf import document_iri
from rightsgraph.ontology.errors import StoreError, StoreLockedError

ROOT = Path(__file__).resolve().parents[1]


def _quads(text, name):
    doc = document_from_text(text, name)
    return doc, [q for batch in document_batches(doc, extract=False) for q in batch]


def test_replacing_a_graph_twice_gives_the_same_quads(tmp_path):
    doc, quads = _quads("The government denied the reports of arrests.", "a.txt")
    with RightsStore.open(tmp_path / "s") as store:
        store.replace_graph(document_iri(doc.identifier), quads)
        first = len(store)
        store.replace_graph(document_iri(doc.identifier), quads)
        assert len(store) == first == len(quads)
        doc2, quads2 = _quads("The government denied the reports of arrests again.", "a.txt")
        store.replace_graph(document_iri(doc2.identifier), quads2)
        sha = [str(q.object) for q in store.ox.quads_for_pattern(None, ox.NamedNode(
            "https://w3id.org/rightsgraph/ontology#sha256"), None, None)]
        assert sha == [f'"{doc2.sha256}"']


def test_batched_replace_removes_its_marker(tmp_path):
    doc, quads = _quads("The ministry condemned the arrests.", "b.txt")
    graph = document_iri(doc.identifier)
    with RightsStore.open(tmp_path / "s") as store:
        store.replace_graph_in_batches(graph, [quads[:3], quads[3:]])
        assert {q for q in store.ox.quads_for_pattern(None, None, None, graph)} == set(quads)


def test_interrupted_batched_load_is_removed_on_open(tmp_path):
    doc, quads = _quads("The ministry condemned the arrests.", "b.txt")
    other, other_quads = _quads("The army denied the arrests.", "c.txt")
    graph = document_iri(doc.identifier)
    path = tmp_path / "s"

    def crashing():
        yield quads[:3]
        raise KeyboardInterrupt  # the process dies between two batches

    with RightsStore.open(path) as store:
        store.replace_graph(document_iri(other.identifier), other_quads)
        with pytest.raises(KeyboardInterrupt):
            store.replace_graph_in_batches(graph, crashing())
        assert any(True for _ in store.ox.quads_for_pattern(None, None, None, graph))
    with RightsStore.open(path) as store:  # recovery: the marked graph goes, the other stays
        assert not any(True for _ in store.ox.quads_for_pattern(None, None, None, graph))
        assert len(store) == len(other_quads)


def test_read_only_open_of_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        RightsStore.open_read_only(tmp_path / "nothing")


def test_folder_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match="not a rightsgraph store"):
        RightsStore.open(tmp_path)


def test_locked_store_gives_a_clear_error(tmp_path):
    path = tmp_path / "s"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time, pyoxigraph as ox; s = ox.Store(sys.argv[1]); print('ready', flush=True); time.sleep(60)",
         str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError, match="locked by another process"):
            RightsStore.open(path)
        with RightsStore.open_read_only(path) as reader:  # readers may share it
            assert len(reader) == 0
    finally:
        holder.kill()
        holder.wait()


def _make_corpus(folder: Path, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        body = " ".join(f"The ministry of country {i} condemned arrest number {j} of activists."
                        for j in range(40))
        (folder / f"doc{i:04d}.txt").write_text(f"Report number {i} on the arrests\n\n{body}\n",
                                               encoding="utf-8")


@pytest.mark.parametrize("batch", ["1", "8"])   # one transaction per document; bulk loads
def test_load_killed_half_way_leaves_whole_documents_only(tmp_path, batch):
    corpus = tmp_path / "corpus"
    _make_corpus(corpus, 400)
    store_path = tmp_path / "s"
    env = dict(os.environ)
    process = subprocess.Popen(
        [sys.executable, "-m", "rightsgraph.graph.cli", "load", "--store", str(store_path),
         "--keep-sentences", "--no-extract", "-q", "--batch", batch, str(corpus)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    loaded = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        if (store_path / "CURRENT").exists():
            try:
                with RightsStore.open_read_only(store_path) as reader:
                    loaded = reader.graph_count()
            except (StoreError, OSError):
                # a read-only view of a store being written: a table file it listed can be
                # compacted away before it is read (FileNotFoundError); poll again
                continue
            if loaded >= 20:
                break
    if process.poll() is not None:
        pytest.fail(f"the load finished before it could be killed ({loaded} graphs seen)")
    process.send_signal(signal.SIGKILL)
    process.wait()
    with RightsStore.open(store_path) as store:  # opens after the crash, recovers
        assert not list(store_path.glob("rightsgraph-batch-*"))   # batch files removed
        graphs = {g.value for g in store.ox.named_graphs()}
        assert 0 < len(graphs) < 400
        for path in sorted(corpus.iterdir()):
            graph = document_iri(path.name)
            present = {q for q in store.ox.quads_for_pattern(None, None, None, graph)}
            if not present:
                continue
            doc = document_from_text(path.read_text(encoding="utf-8"), path.name)
            expected = {q for batch in document_batches(doc, keep_sentences=True, extract=False)
                        for q in batch}
            assert present == expected, f"{path.name} is half-written"


def _nquads(text, name):
    doc, quads = _quads(text, name)
    return document_iri(doc.identifier).value, ox.serialize(quads, format=ox.RdfFormat.N_QUADS), quads


_DIE_IN_BULK_LOAD = """
import os, signal, sys
from rightsgraph.graph.store import RightsStore

class Dying:
    # The real store, except that bulk_load writes half of its input, then the process dies.
    def __init__(self, real):
        self.real = real
    def __getattr__(self, name):
        return getattr(self.real, name)
    def bulk_load(self, data, **options):
        lines = data.splitlines(keepends=True)
        self.real.bulk_load(b"".join(lines[:len(lines) // 2]), **options)
        self.real.flush()
        os.kill(os.getpid(), signal.SIGKILL)

store = RightsStore.open(sys.argv[1])
store.ox = Dying(store.ox)
store.bulk_load_new(sys.argv[2:], sys.stdin.buffer.read())
"""


def test_process_killed_during_a_bulk_load_leaves_no_half_document(tmp_path):
    path = tmp_path / "s"
    kept, kept_nq, kept_quads = _nquads("The army denied the arrests.", "kept.txt")
    batch = [_nquads(f"The ministry condemned arrest number {i} of activists.", f"b{i}.txt")
             for i in range(3)]
    with RightsStore.open(path) as store:
        store.bulk_load_new([kept], kept_nq)
    result = subprocess.run(
        [sys.executable, "-c", _DIE_IN_BULK_LOAD, str(path), *[g for g, _, _ in batch]],
        input=b"".join(nq for _, nq, _ in batch), capture_output=True, timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr
    with RightsStore.open_read_only(path) as reader:   # before recovery: half written, marked
        status = ox.NamedNode("https://w3id.org/rightsgraph/ontology#loadStatus")
        present = {q.graph_name.value for q in reader.ox if q.predicate != status}
        assert batch[0][0] in present and batch[-1][0] not in present
        marked = {q.graph_name.value for q in reader.ox.quads_for_pattern(None, status, None, None)}
        assert marked == {g for g, _, _ in batch}
    with RightsStore.open(path) as store:   # recovery: the batch is gone, the rest is whole
        assert {q for q in store.ox} == set(kept_quads)


def test_graph_writer_equals_one_transaction_per_document(tmp_path):
    docs = [_nquads(f"The ministry condemned arrest number {i}.", f"d{i % 7}.txt")
            for i in range(20)]   # identifiers repeat: later versions replace earlier ones
    results = []
    for batch_docs, background in ((1, False), (3, False), (4, True), (1000, True)):
        store = RightsStore.open(tmp_path / f"s{batch_docs}")
        store.replace_graph_nquads(docs[0][0], docs[7][1])   # d0.txt is there already
        with GraphWriter(store, batch_docs=batch_docs, background=background) as writer:
            for graph, nq, quads in docs:
                writer.write(graph, nq, len(quads))
        assert writer.replaced >= 20 - 6 and (batch_docs == 1 or writer.bulk_batches >= 1)
        results.append(sorted(str(q) for q in store.ox))
        store.close()
    expected = sorted(str(q) for _, _, quads in docs[-7:] for q in quads)
    assert len(expected) > 7 * 5 and all(result == expected for result in results)


def test_nquads_of_other_graphs_are_refused(tmp_path):
    graph, nq, _ = _nquads("The army denied the arrests.", "x.txt")
    with RightsStore.open(tmp_path / "s") as store:
        with pytest.raises(StoreError, match="another graph"):
            store.replace_graph_nquads(graph + "-other", nq)


def test_streamed_document_loads_with_exact_evidence(tmp_path, monkeypatch):
    from rightsgraph.graph.cmd_load import LoadSummary, load_documents
    from rightsgraph.loaders import documents
    from rightsgraph.loaders.documents import iter_documents

    monkeypatch.setattr(documents, "LARGE_BYTES", 20_000)
    monkeypatch.setattr(documents, "CHUNK_BYTES", 8_192)
    paragraph = ("The foreign ministry of Canada condemned the arrests of activists in Minsk. "
                 "Human Rights Watch called on the authorities to release them.\n\n")
    text = "A long compilation of wire reports on arrests\n\n" + paragraph * 400
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    summary = LoadSummary()
    with RightsStore.open(tmp_path / "s") as store:
        load_documents(store, iter_documents([str(path)]), summary)
        rows = list(store.query(
            "SELECT ?text ?start ?end WHERE { ?r rg:evidence ?e . ?e rg:text ?text ; rg:start ?start ; rg:end ?end }",
            prefixes={"rg": "https://w3id.org/rightsgraph/ontology#"}))
        marker = list(store.ox.quads_for_pattern(None, ox.NamedNode(
            "https://w3id.org/rightsgraph/ontology#loadStatus"), None, None))
    assert summary.documents == 1 and summary.responses >= 400
    assert rows and not marker
    for row in rows:
        start, end = int(row["start"].value), int(row["end"].value)
        assert text[start:end] == row["text"].value


def _load_peak_mb(path, store):
    script = ("import resource, sys\nfrom rightsgraph.graph.cli import main\n"
              "code = main(sys.argv[1:])\n"
              "print('maxrss_kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
              "sys.exit(code)\n")
    result = subprocess.run(
        [sys.executable, "-c", script, "load", "--no-extract", "--store", str(store), str(path)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "loaded 1 document" in result.stderr
    return int(result.stderr.split("maxrss_kb")[1].split()[0]) / 1024


def test_fifty_megabyte_file_is_streamed_in_bounded_memory(tmp_path):
    line = "Les autorités ont annoncé une enquête sur les arrestations de militants à Minsk.\n"
    repeats = 50 * 1024 * 1024 // len(line.encode("utf-8")) + 1
    small, huge = tmp_path / "small.txt", tmp_path / "huge.txt"
    for path, count in ((small, repeats // 5), (huge, repeats)):
        with path.open("w", encoding="utf-8") as out:
            for _ in range(count):
                out.write(line)
    assert huge.stat().st_size >= 50 * 1024 * 1024
    peak_small = _load_peak_mb(small, tmp_path / "s1")
    peak_huge = _load_peak_mb(huge, tmp_path / "s2")
    # Memory does not follow the file's size: 40 MB more text, well under 40 MB more memory.
    assert peak_huge - peak_small < 25, (peak_small, peak_huge)
    with RightsStore.open_read_only(tmp_path / "s2") as store:
        extent = list(store.ox.quads_for_pattern(None, ox.NamedNode("http://purl.org/dc/terms/extent"), None, None))
    assert int(extent[0].object.value) == len(huge.read_text(encoding="utf-8"))


def test_a_failed_background_batch_is_raised_to_the_loader(tmp_path, monkeypatch):
    docs = [_nquads(f"The army denied arrest number {i}.", f"f{i}.txt") for i in range(3)]
    with RightsStore.open(tmp_path / "s") as store:
        def broken(graphs, data=None, path=None):   # any error, not only StoreError
            raise RuntimeError("no space left on device")

        monkeypatch.setattr(store, "bulk_load_new", broken)
        writer = GraphWriter(store, batch_docs=2, background=True)
        with pytest.raises(RuntimeError, match="no space left"):
            for graph, nq, quads in docs:   # the third write, or the drain, sees the failure
                writer.write(graph, nq, len(quads))
            writer.drain()
