"""``rightsgraph load --dask``: a Dask job writing N-Quads shards, loaded into the store or
sent to a real Oxigraph server; workers killed mid-run lose and duplicate nothing."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

import dask  # noqa: E402,F401 - the scale extra is part of the test setup (make setup)
import distributed  # noqa: E402,F401

from rightsgraph.graph.distributed import (  # noqa: E402
    KILL_FILE_ENV, SHARD_HEADER, _lost_types, _outcome, extract_partition, read_shard_header,
)
from rightsgraph.loaders.documents import iter_documents  # noqa: E402
from rightsgraph.loaders.rdf import document_iri  # noqa: E402

EXTRACT = True
NO_EXTRACT: list = []  # the real extractor always runs
VICTIM = "bench-000023-fr"


def _generator():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("distributed")


@pytest.fixture(scope="module")
def corpus(work):
    path = work / "corpus.jsonl"
    _generator().write_corpus(path, 60, seed=5, fmt="jsonl", shared=SHARED)
    assert VICTIM in path.read_text(encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def kill_file(work):
    return work / "kill.json"


@pytest.fixture(scope="module")
def cluster(work, kill_file):
    """Two worker processes; a task may fail once more before it counts as killing."""
    old = os.environ.get(KILL_FILE_ENV)
    os.environ[KILL_FILE_ENV] = str(kill_file)   # inherited by the worker processes
    try:
        with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
            with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                          dashboard_address=None, silence_logs=50) as local:
                yield local.scheduler_address
    finally:
        if old is None:
            os.environ.pop(KILL_FILE_ENV, None)
        else:
            os.environ[KILL_FILE_ENV] = old


def _dump(cli, store):
    result = cli("dump", "--store", store, "--format", "nquads")
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def serial_dump(work, corpus):
    from conftest import run_cli

    result = run_cli("load", "--store", work / "serial", *NO_EXTRACT, corpus)
    assert result.returncode == 0, result.stderr
    return _dump(run_cli, work / "serial")


def _load(cli, store, corpus, address, *extra):
    return cli("load", "--store", store, "--dask", address, "--partition-docs", "8",
               *NO_EXTRACT, *extra, corpus, timeout=120)


def test_dask_load_equals_serial_load(cli, tmp_path, corpus, cluster, serial_dump):
    result = _load(cli, tmp_path / "s", corpus, cluster)
    assert result.returncode == 0, result.stderr
    assert "loaded 60 documents" in result.stderr
    assert _dump(cli, tmp_path / "s") == serial_dump
    # Loading again replaces each document's graph (transactional path): nothing doubles.
    again = _load(cli, tmp_path / "s", corpus, cluster)
    assert again.returncode == 0, again.stderr
    assert _dump(cli, tmp_path / "s") == serial_dump


def test_worker_killed_mid_run_task_is_retried(cli, tmp_path, corpus, cluster, kill_file,
                                               serial_dump):
    marker = tmp_path / "died"
    kill_file.write_text(json.dumps({"document": VICTIM, "once": str(marker)}))
    try:
        result = _load(cli, tmp_path / "s", corpus, cluster, "--shards", tmp_path / "shards")
    finally:
        kill_file.unlink()
    assert marker.exists(), "the worker was not killed"
    assert result.returncode == 0, result.stderr
    assert _dump(cli, tmp_path / "s") == serial_dump
    shards = sorted((tmp_path / "shards").iterdir())
    assert len(shards) == 8 and all(p.suffix == ".nq" for p in shards)   # no partial files
    listed = [d for p in shards for d in read_shard_header(p)["documents"]]
    assert len(listed) == len(set(listed)) == 60


def test_worker_killed_every_time_names_exactly_that_document(cli, tmp_path, corpus, cluster,
                                                              kill_file, serial_dump):
    kill_file.write_text(json.dumps({"document": VICTIM}))
    try:
        result = _load(cli, tmp_path / "s", corpus, cluster)
    finally:
        kill_file.unlink()
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and VICTIM in errors[0] and "killed its worker" in errors[0]
    assert "loaded 59 documents" in result.stderr
    victim_graph = f"<{document_iri(VICTIM).value}>"
    expected = "".join(line for line in serial_dump.splitlines(keepends=True)
                       if not line.rstrip().endswith(f"{victim_graph} ."))
    assert expected != serial_dump
    assert _dump(cli, tmp_path / "s") == expected


class _FakeFuture:
    """What ``as_completed`` hands back: a status, and ``result``/``exception`` to call."""

    key = "rightsgraph-part-000001-0123abcd"

    def __init__(self, status, outcome):
        self.status, self._outcome = status, outcome

    def exception(self):
        return self._outcome

    def result(self):
        if isinstance(self._outcome, BaseException):
            raise self._outcome
        return self._outcome


@pytest.mark.parametrize("status, outcome, lost", [
    ("finished", {"documents": 3}, False),
    ("error", distributed.KilledWorker("t", "w", 1), True),
    # reported finished, but the worker holding the result died before it was fetched and
    # the recomputation was killed too: result() raises KilledWorker (the old flaky path)
    ("finished", distributed.KilledWorker("t", "w", 1), True),
    ("cancelled", None, True),
])
def test_tasks_lost_with_their_worker_are_retried_not_raised(status, outcome, lost):
    state, exc = _outcome(_FakeFuture(status, outcome), _lost_types())
    assert (exc is not None) is lost
    assert state == (None if lost else outcome)


def test_an_error_raised_by_the_task_itself_is_not_retried():
    with pytest.raises(ValueError, match="bad partition"):
        _outcome(_FakeFuture("error", ValueError("bad partition")), _lost_types())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.skip("the oxigraph server (pip install 'rightsgraph[scale]') is not installed")
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "server"),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _server_nquads(url) -> list:
    request = urllib.request.Request(url + "/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return sorted(response.read().decode("utf-8").splitlines())


def test_oxigraph_server_as_target(cli, corpus, cluster, oxigraph_server, serial_dump):
    for _ in range(2):   # the second load replaces every graph: nothing doubles
        result = cli("load", "--dask", cluster, "--target", oxigraph_server,
                     "--partition-docs", "16", *NO_EXTRACT, corpus, timeout=120)
        assert result.returncode == 0, result.stderr
        assert f"sent to {oxigraph_server}" in result.stderr
    assert _server_nquads(oxigraph_server) == sorted(serial_dump.splitlines())


def test_target_without_dask_extracts_here(cli, corpus, oxigraph_server, serial_dump):
    result = cli("load", "--target", oxigraph_server, *NO_EXTRACT, corpus)
    assert result.returncode == 0, result.stderr
    assert _server_nquads(oxigraph_server) == sorted(serial_dump.splitlines())


def test_shard_is_written_atomically_with_its_documents(tmp_path, corpus):
    docs = [doc for _, doc in iter_documents([str(corpus)])][:5]
    docs.append(docs[0])   # the same identifier twice: written once
    info = extract_partition("part-000000", docs, str(tmp_path), extract=EXTRACT,
                             in_worker=False)
    assert [p.name for p in tmp_path.iterdir()] == ["part-000000.nq"]
    header = read_shard_header(info["path"])
    assert header["documents"] == info["documents"] == [d.identifier for d in docs[:5]]
    lines = Path(info["path"]).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(SHARD_HEADER) and len(lines) - 1 == sum(info["quads"])
