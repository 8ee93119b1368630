"""``rightsgraph load --jobs N`` gives exactly the graph of a serial load."""

from __future__ import annotations

import hashlib
import importlib.util
import io

import pytest

from conftest import ROOT, SHARED

from rightsgraph.graph.cmd_load import LoadSummary, load_documents
from rightsgraph.graph.dump import dump
from rightsgraph.graph.parallel import extracted, load_parallel
from rightsgraph.graph.store import RightsStore
from rightsgraph.loaders import documents as documents_module
from rightsgraph.loaders.documents import iter_documents

EXTRACT = True
NO_EXTRACT: list = []  # the real extractor always runs


def _generator():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """About 60 generated articles as .txt files, plus one unreadable file."""
    folder = tmp_path_factory.mktemp("corpus")
    _generator().write_corpus(folder, 60, seed=3, fmt="txt", shared=SHARED)
    (folder / "bench-000030-zz-broken.txt").write_bytes(b"\x00\x01\x02 binary")
    return folder


def _dump(store_dir, cli):
    result = cli("dump", "--store", store_dir, "--format", "nquads")
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_jobs_2_dump_equals_serial_dump(corpus, tmp_path, cli):
    serial = cli("load", "--store", tmp_path / "serial", *NO_EXTRACT, corpus)
    parallel = cli("load", "--store", tmp_path / "parallel", "--jobs", "2", *NO_EXTRACT, corpus)
    assert serial.returncode == parallel.returncode == 1   # the broken file fails in both
    errors = [line for line in parallel.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and "bench-000030-zz-broken.txt" in errors[0]
    assert serial.stderr.splitlines()[-1] == parallel.stderr.splitlines()[-1]   # same summary
    expected = _dump(tmp_path / "serial", cli)
    assert expected.count("\n") > 60 * 5
    assert _dump(tmp_path / "parallel", cli) == expected


def _load(items, jobs, **options):
    store, summary = RightsStore.in_memory(), LoadSummary()
    errors = []
    if jobs == 1:
        load_documents(store, items, summary, extract=EXTRACT, on_error=errors.append)
    else:
        load_parallel(store, items, summary, extract=EXTRACT, jobs=jobs,
                      on_error=errors.append, **options)
    out = io.BytesIO()
    dump(store, out, "nquads")
    return out.getvalue(), summary, [str(e) for e in errors]


def test_small_window_streamed_documents_and_errors_keep_input_order(corpus, monkeypatch):
    # A tiny window forces the feeder to wait for the writer; a low streaming threshold
    # sends some documents through the parent's piece-by-piece path.
    monkeypatch.setattr(documents_module, "LARGE_BYTES", 3500)
    serial, serial_summary, serial_errors = _load(iter_documents([str(corpus)]), 1)
    assert any(doc.streamed for _, doc in iter_documents([str(corpus)])
               if not isinstance(doc, Exception))
    parallel, summary, errors = _load(iter_documents([str(corpus)]), 2, chunksize=2, window=4)
    assert parallel == serial
    assert errors == serial_errors and len(errors) == 1
    assert (summary.documents, summary.quads, summary.responses) == (
        serial_summary.documents, serial_summary.quads, serial_summary.responses)


def test_same_identifier_twice_last_one_wins_as_in_serial(tmp_path):
    data = tmp_path / "twice.jsonl"
    data.write_text('{"id": "x", "lang": "en", "text": "First version of the text."}\n'
                    '{"id": "x", "lang": "en", "text": "Second version, longer text here."}\n',
                    encoding="utf-8")
    serial, _, _ = _load(iter_documents([str(data)]), 1)
    parallel, _, _ = _load(iter_documents([str(data)]), 2)
    second = hashlib.sha256(b"Second version, longer text here.").hexdigest().encode()
    assert second in serial and parallel == serial


def test_extracted_yields_quads_in_input_order(corpus):
    items = list(iter_documents([str(corpus)]))
    good = [doc.identifier for _, doc in items if not isinstance(doc, Exception)]
    failures = []
    seen = [doc.identifier for doc, batches in extracted(iter(items), jobs=2, extract=False,
                                                         on_error=failures.append, chunksize=3)
            if batches and batches[0]]
    assert seen == good and len(failures) == 1
