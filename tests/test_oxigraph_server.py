"""The same answers from a real Oxigraph server as from the embedded store.

A store built from the publishing fixture is dumped as N-Quads, bulk-loaded with
``oxigraph load`` and served with ``oxigraph serve-read-only --union-default-graph`` (without
that flag Oxigraph's default graph is the store's own, empty, default graph, not the union
of the document graphs the named queries expect). Every named query is then run through
``rightsgraph query --named X --endpoint URL`` and compared with the embedded store; the
coalition network (``rightsgraph network --endpoint``) is compared too.
"""

from __future__ import annotations

import json
import math
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from rightsgraph.graph.store import RightsStore

TRIG = Path(__file__).parent / "fixtures" / "publish" / "dataset.trig"
CLI = [sys.executable, "-m", "rightsgraph.graph.cli"]
RUCE = "event=rgid:event/persecution/RU-CE"
CNXJ = "rgid:event/mass-detention/CN-XJ"
CASES = [
    ("responses-to-event", [RUCE]),
    ("responses-to-event", [f"event={CNXJ}", "lang=ar"]),
    ("responses-by-actor", ["actor=rgid:gov/CA"]),
    ("responses-by-actor", ["actor=rgid:body/CN/foreign-ministry"]),
    ("actors-by-response-type", []),
    ("actors-by-response-type", ["type=Denial"]),
    ("cosigners", []),
    ("cosigners", [f"event={CNXJ}"]),
    ("cosigners", ["actor=rgid:gov/LT"]),
    ("denial-vs-condemnation", []),
    ("denial-vs-condemnation", [RUCE]),
    ("timeline", [RUCE]),
    ("timeline", [RUCE, "from=2017-04-15", "to=2017-04-20"]),
    ("coalition-edges", []),
    ("coalition-edges", [f"event={CNXJ}"]),
    ("coalition-edges", ["type=Resettlement"]),
    ("evidence", [RUCE.replace("event=", "node=")]),
    ("evidence", ["node=rgid:person/alvi-karimov"]),
    ("actors-by-kind", []),
    ("actors-by-kind", ["kind=Government"]),
    ("events", []),
    ("events", ["place=RU-CE"]),
]


def oxigraph_cli() -> str:
    path = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(path).exists():
        pytest.skip("the `oxigraph` server is not installed (pip install 'rightsgraph[scale]')")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cli(*args):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    binary = oxigraph_cli()
    base = tmp_path_factory.mktemp("oxigraph")
    store = base / "store"
    with RightsStore.open(store) as opened:
        opened.ox.load(path=str(TRIG), format=ox.RdfFormat.TRIG)
    done = cli("dump", "--store", str(store), "--format", "nquads", "-o", str(base / "dump.nq"), "--no-void")
    assert done.returncode == 0, done.stderr
    load = subprocess.run([binary, "load", "--location", str(base / "db"), "--file", str(base / "dump.nq")],
                          capture_output=True, text=True, timeout=180)
    assert load.returncode == 0, load.stderr
    port = free_port()
    proc = subprocess.Popen([binary, "serve-read-only", "--location", str(base / "db"),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 60
    try:
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"oxigraph exited {proc.returncode}: {proc.stderr.read()}")
            try:
                with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=5):
                    break
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                if time.monotonic() > deadline:
                    raise AssertionError("oxigraph server not ready within 60 s") from None
                time.sleep(0.2)
        yield store, url, base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()


def named(source, name, params, fmt="csv"):
    args = ["query", "--named", name, "--results", fmt, *source]
    for param in params:
        args += ["--param", param]
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("name, params", CASES, ids=[f"{n}{'-' + '-'.join(p) if p else ''}" for n, p in CASES])
def test_named_query_same_rows(setup, name, params):
    store, url, _ = setup
    local = named(["--store", str(store)], name, params).splitlines()
    remote = named(["--endpoint", url], name, params).splitlines()
    assert remote[0] == local[0]                   # same columns
    assert sorted(remote[1:]) == sorted(local[1:])  # same rows
    assert len(local) > 1, f"{name} {params} has no rows on the fixture"


def test_every_named_query_is_covered():
    listed = cli("queries", "--json")
    assert {q["name"] for q in json.loads(listed.stdout)} == {name for name, _ in CASES}


def test_table_output_is_identical(setup):
    store, url, _ = setup
    args = ("timeline", [RUCE])
    assert named(["--endpoint", url], *args, fmt="table") == named(["--store", str(store)], *args, fmt="table")


def test_union_default_graph_matters(setup):
    """Ad hoc queries agree too, GRAPH included."""
    store, url, _ = setup
    for query in ("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a rg:Document }",
                  "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"):
        local = cli("query", query, "--results", "csv", "--store", str(store))
        remote = cli("query", query, "--results", "csv", "--endpoint", url)
        assert local.returncode == remote.returncode == 0 and local.stdout == remote.stdout


def _close(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b))
    return a == b


def test_network_same_metrics(setup):
    store, url, base = setup
    if not (Path(__file__).resolve().parents[1] / "graph" / "cmd_network.py").exists():
        pytest.skip("rightsgraph network is not there yet")
    for extra in ([], ["--tie", "aligned"], ["--event", CNXJ], ["--signed"]):
        local = cli("network", "--store", str(store), "--top", "0", "--out", str(base / "a.json"), *extra)
        remote = cli("network", "--endpoint", url, "--top", "0", "--out", str(base / "b.json"), *extra)
        assert local.returncode == remote.returncode == 0, local.stderr + remote.stderr
        assert remote.stdout == local.stdout
        a = json.loads((base / "a.json").read_text(encoding="utf-8"))
        b = json.loads((base / "b.json").read_text(encoding="utf-8"))
        # floating-point sums may differ in the last digits with the order rows arrive in
        assert _close(a, b)
