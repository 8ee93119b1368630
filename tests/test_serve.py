"""``rightsgraph serve`` (a real server in a subprocess, spoken to with urllib) and the
endpoint client (graph/endpoint.py) against it."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from rightsgraph.graph.endpoint import inject_values, query_endpoint, select_rows
from rightsgraph.graph.store import RightsStore
from rightsgraph.ontology.errors import QuerySyntaxError, UsageError

TRIG = Path(__file__).parent / "fixtures" / "publish" / "dataset.trig"
CLI = [sys.executable, "-m", "rightsgraph.graph.cli"]
SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store, *extra):
    """Start ``rightsgraph serve`` and wait (bounded) until it answers."""
    port = free_port()
    proc = subprocess.Popen([*CLI, "serve", "--store", str(store), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        if proc.poll() is not None:
            raise AssertionError(f"server exited {proc.returncode}: {proc.stderr.read()}")
        try:
            with urllib.request.urlopen(base + "/", timeout=5):
                return proc, base
        except (urllib.error.URLError, ConnectionError, socket.timeout):
            if time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                raise AssertionError("server did not become ready within 90 s")
            time.sleep(0.2)


def stop_server(proc) -> int:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.returncode != 0:    # shown by pytest with the failure (one flaky exit 1 under load)
        print(f"server exit code {proc.returncode}; its stderr:\n{proc.stderr.read()}", file=sys.stderr)
    proc.stdout.close()
    proc.stderr.close()
    return proc.returncode


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    # a folder name with markup: the HTML page must escape it
    path = tmp_path_factory.mktemp("serve") / "st<script>x"
    with RightsStore.open(path) as store:
        store.ox.load(path=str(TRIG), format=ox.RdfFormat.TRIG)
    return path


@pytest.fixture(scope="module")
def server(store_path):
    proc, base = start_server(store_path)
    yield base
    assert stop_server(proc) == 0


def request(url, data=None, headers=None, method=None):
    """(status, content type, body) of an HTTP request, errors included."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get_content_type(), exc.read()


def get(base, query, accept=None, **params):
    qs = urllib.parse.urlencode({"query": query, **params}, doseq=True)
    return request(f"{base}/query?{qs}", headers={"Accept": accept} if accept else {})


def post_query(base, query, accept=None):
    return request(base + "/query", data=query.encode(), headers={
        "Content-Type": "application/sparql-query", **({"Accept": accept} if accept else {})})


def post_form(base, fields, accept=None):
    return request(base + "/query", data=urllib.parse.urlencode(fields).encode(), headers={
        "Content-Type": "application/x-www-form-urlencoded", **({"Accept": accept} if accept else {})})


DOCS = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a rg:Document }"


# ------------------------------------------------------------------ protocol
def test_get_defaults_to_json_over_the_union_graph(server):
    status, ctype, body = get(server, DOCS)
    assert (status, ctype) == (200, "application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "4"


def test_post_direct_and_form_with_negotiation(server):
    status, ctype, body = post_query(server, DOCS, "text/csv")
    assert (status, ctype, body) == (200, "text/csv", b"n\r\n4\r\n")
    status, ctype, body = post_form(server, {"query": DOCS}, "text/tab-separated-values")
    assert (status, ctype) == (200, "text/tab-separated-values") and body.splitlines()[0] == b"?n"
    status, ctype, body = post_form(server, {"query": DOCS}, "application/sparql-results+xml")
    assert status == 200 and ctype == "application/sparql-results+xml" and b"<sparql" in body


def test_graphs_ask_and_dataset_parameters(server):
    status, _, body = get(server, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "4"
    status, _, body = get(server, "ASK { ?r a rg:Sanction ; rg:modality \"considered\" }")
    assert status == 200 and json.loads(body)["boolean"] is True
    one = "https://w3id.org/rightsgraph/id/document/fr_amnesty_chechnya.html"
    status, _, body = get(server, DOCS, **{"default-graph-uri": one})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "1"


def test_construct_in_turtle_and_ntriples(server):
    query = "CONSTRUCT { ?d a rg:Document } WHERE { ?d a rg:Document }"
    status, ctype, body = get(server, query)
    assert (status, ctype) == (200, "text/turtle")
    assert len(list(ox.parse(body, format=ox.RdfFormat.TURTLE))) == 4
    status, ctype, body = get(server, query, "application/n-triples")
    assert (status, ctype) == (200, "application/n-triples") and len(body.splitlines()) == 4


def test_not_acceptable_and_not_found(server):
    assert get(server, DOCS, "image/png")[0] == 406
    assert get(server, "CONSTRUCT WHERE { ?s ?p ?o }", "text/csv")[0] == 406
    assert request(server + "/elsewhere")[0] == 404
    assert request(server + "/query")[0] == 400


def test_malformed_query_is_400_with_the_message(server):
    status, ctype, body = get(server, "SELECT ?x WHERE { ?x ")
    assert status == 400 and ctype == "text/plain"
    assert body.decode().startswith("malformed SPARQL query at line 1")


def test_updates_are_refused(server, store_path):
    before = get(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[2]
    assert post_form(server, {"update": "DROP ALL"})[0] == 403
    assert request(server + "/query", data=b"DROP ALL",
                   headers={"Content-Type": "application/sparql-update"})[0] == 403
    assert post_query(server, "DELETE WHERE { ?s ?p ?o }")[0] == 403
    assert get(server, "INSERT DATA { <a:b> <a:c> <a:d> }")[0] == 403
    assert request(server + "/query?update=CLEAR%20ALL")[0] == 403
    assert request(server + "/query", data=b"x", method="PUT")[0] == 405
    assert request(server + "/query", data=b"x", method="DELETE")[0] == 405
    assert get(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[2] == before


def test_unsupported_body_and_oversized_body(server):
    assert request(server + "/query", data=b"{}", headers={"Content-Type": "application/json"})[0] == 415
    host, port = urllib.parse.urlsplit(server).hostname, urllib.parse.urlsplit(server).port
    with socket.create_connection((host, port), timeout=30) as sock:   # announce 2 MB, send none
        sock.sendall(b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 2000000\r\n\r\n")
        assert sock.recv(100).startswith(b"HTTP/1.1 413 ")


def test_html_page_escapes(server):
    status, ctype, body = request(server + "/")
    text = body.decode()
    assert (status, ctype) == (200, "text/html")
    assert "<form" in text and 'name="query"' in text
    assert "<script>" not in text and "st&lt;script&gt;x" in text


# ------------------------------------------------------------------ limits and lifecycle
def test_slow_query_times_out_and_the_server_recovers(store_path):
    proc, base = start_server(store_path, "--timeout", "1", "--workers", "1")
    try:
        started = time.monotonic()
        status, _, body = get(base, SLOW)
        assert status == 503 and b"timed out after 1 s" in body
        assert time.monotonic() - started < 30
        deadline = time.monotonic() + 60
        while True:   # the killed worker is replaced in the background
            status, _, body = get(base, DOCS)
            if status == 200 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert status == 200
    finally:
        assert stop_server(proc) == 0


def test_sigterm_stops_cleanly(store_path):
    proc, base = start_server(store_path)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0
    assert "stopped" in proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(base + "/", timeout=5)


@pytest.mark.parametrize("bind", ["0.0.0.0", "192.0.2.1", "example.org"])
def test_non_loopback_bind_is_refused(store_path, bind):
    done = subprocess.run([*CLI, "serve", "--store", str(store_path), "--bind", bind, "--port", "0"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "loopback" in done.stderr


def test_missing_store_is_one_line(tmp_path):
    done = subprocess.run([*CLI, "serve", "--store", str(tmp_path / "none"), "--port", "0"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "no store at" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


# ------------------------------------------------------------------ endpoint client
def test_select_rows_gives_pyoxigraph_terms(server):
    rows = select_rows(server + "/query",
                       "SELECT ?d ?lang WHERE { ?d a rg:Document ; dcterms:language ?lang } ORDER BY ?d")
    assert len(rows) == 4
    assert isinstance(rows[0]["d"], ox.NamedNode) and rows[0]["lang"] == ox.Literal("ar")


def test_query_endpoint_with_substitutions(server, tmp_path):
    import io

    out = io.BytesIO()
    query = "SELECT ?r ?t WHERE { ?r rg:agent ?a ; a ?t } ORDER BY ?r"
    subs = {ox.Variable("a"): ox.NamedNode("https://w3id.org/rightsgraph/id/gov/US")}
    # ?a is not projected (pyoxigraph's substitutions would refuse it); VALUES still binds it
    query_endpoint(server + "/query", query, subs, out, "csv")
    lines = out.getvalue().decode().splitlines()
    assert lines[0] == "r,t" and len(lines) == 3


def test_inject_values_places_the_block_in_the_where_group():
    subs = {ox.Variable("x"): ox.Literal('a "quoted" } value\n')}
    construct = inject_values("CONSTRUCT { ?s ?p ?x } WHERE { ?s ?p ?x }", subs)
    assert construct.startswith("CONSTRUCT { ?s ?p ?x } WHERE { VALUES (?x) { (\"a \\\"quoted\\\" } value\\n\") }")
    ask = inject_values("# WHERE { in a comment\nASK { ?s ?p ?x FILTER(?x != \"{\") }", subs)
    assert ask.index("VALUES") > ask.index("ASK {")
    select = inject_values("SELECT ?x (COUNT(*) AS ?n) { { SELECT ?x WHERE { ?x ?p ?o } } } GROUP BY ?x", subs)
    assert select.startswith("SELECT ?x (COUNT(*) AS ?n) { VALUES (?x)")
    with pytest.raises(QuerySyntaxError):
        inject_values("DESCRIBE <a:b>", subs)
    with pytest.raises(UsageError):
        inject_values("SELECT ?x { }", {ox.Variable("x"): ox.BlankNode()})


def run_cli(*args):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)


def test_cli_endpoint_matches_embedded_store(server, store_path):
    for args in (["--named", "responses-to-event", "--param", "event=rgid:event/persecution/RU-CE"],
                 ["--named", "cosigners", "--param", "actor=rgid:gov/BE"],
                 ["SELECT ?t (COUNT(*) AS ?n) WHERE { ?r rg:agent ?a ; a ?t } GROUP BY ?t ORDER BY ?t"]):
        for fmt in ("table", "csv", "json"):
            remote = run_cli("query", *args, "--results", fmt, "--endpoint", server + "/query")
            local = run_cli("query", *args, "--results", fmt, "--store", str(store_path))
            assert remote.returncode == local.returncode == 0, remote.stderr + local.stderr
            assert remote.stdout == local.stdout and remote.stdout


def test_cli_endpoint_construct_is_turtle(server):
    done = run_cli("query", "CONSTRUCT { ?d a rg:Document } WHERE { ?d a rg:Document }",
                   "--endpoint", server + "/query")
    assert done.returncode == 0 and "rg:Document" in done.stdout


def test_cli_endpoint_errors(server):
    bad = run_cli("query", "SELECT ?x WHERE {", "--endpoint", server + "/query")
    assert bad.returncode == 2 and "rejected the query (HTTP 400)" in bad.stderr
    missing = run_cli("query", "SELECT * { ?s ?p ?o }", "--endpoint", server + "/nowhere")
    assert missing.returncode == 1 and "HTTP 404" in missing.stderr and "/nowhere" in missing.stderr
    port = free_port()
    refused = run_cli("query", "SELECT * { ?s ?p ?o }", "--endpoint", f"http://127.0.0.1:{port}/query")
    assert refused.returncode == 1
    assert f"cannot reach SPARQL endpoint http://127.0.0.1:{port}/query" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    badurl = run_cli("query", "SELECT * { ?s ?p ?o }", "--endpoint", "ftp://x/y")
    assert badurl.returncode == 2 and "bad endpoint URL" in badurl.stderr
    update = run_cli("query", "DROP ALL", "--endpoint", server + "/query")
    assert update.returncode == 2 and "read-only" in update.stderr


def test_endpoint_timeout(store_path):
    proc, base = start_server(store_path, "--timeout", "30", "--workers", "1")
    try:
        done = run_cli("query", SLOW, "--endpoint", base + "/query", "--timeout", "1")
        assert done.returncode == 1 and "did not answer within 1 s" in done.stderr
    finally:
        assert stop_server(proc) == 0


def test_network_over_the_endpoint(server, store_path):
    if not (Path(__file__).resolve().parents[1] / "graph" / "cmd_network.py").exists():
        pytest.skip("rightsgraph network is not there yet")
    remote = run_cli("network", "--top", "0", "--endpoint", server + "/query")
    local = run_cli("network", "--top", "0", "--store", str(store_path))
    assert remote.returncode == local.returncode == 0, remote.stderr + local.stderr
    assert remote.stdout == local.stdout and "Government of Canada" in local.stdout
