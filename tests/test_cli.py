"""The real `rightsgraph` command in a subprocess: exit codes, stderr, and the graph."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess

import pytest

from conftest import run_cli


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    from conftest import SEEDS

    store = tmp_path_factory.mktemp("seedstore") / "store"
    result = run_cli("load", "--store", store, SEEDS)
    assert result.returncode == 0, result.stderr
    return store, result


def test_load_seeds_prints_a_summary(seed_store):
    _, result = seed_store
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("loaded 5 documents;")
    assert "0 failed" in summary


def test_query_counts_five_documents(seed_store):
    store, _ = seed_store
    result = run_cli("query", "--store", store, "--results", "csv",
                     "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a rg:Document }")
    assert result.returncode == 0, result.stderr
    assert list(csv.reader(io.StringIO(result.stdout))) == [["n"], ["5"]]


def test_query_table_json_and_stdin(seed_store):
    store, _ = seed_store
    query = "SELECT ?lang (COUNT(?d) AS ?n) WHERE { ?d a rg:Document ; dcterms:language ?lang } GROUP BY ?lang ORDER BY ?lang"
    table = run_cli("query", "--store", store, query)
    assert table.returncode == 0
    assert table.stdout.splitlines()[0].split() == ["lang", "|", "n"]
    assert "(2 rows)" in table.stdout
    as_json = run_cli("query", "--store", store, "--results", "json", query)
    rows = json.loads(as_json.stdout)["results"]["bindings"]
    assert {(r["lang"]["value"], r["n"]["value"]) for r in rows} == {("ar", "4"), ("fr", "1")}
    piped = run_cli("query", "--store", store, "--results", "tsv", stdin="ASK { ?d a rg:Document }")
    assert piped.returncode == 0 and piped.stdout.strip() == "true"


def test_query_from_file_and_construct_as_turtle(seed_store, tmp_path):
    store, _ = seed_store
    query_file = tmp_path / "q.rq"
    query_file.write_text("CONSTRUCT { ?d dcterms:identifier ?id } WHERE { ?d a rg:Document ; dcterms:identifier ?id }")
    result = run_cli("query", "--store", store, "-f", query_file)
    assert result.returncode == 0, result.stderr
    assert "@prefix dcterms:" in result.stdout and "003_75a77eff23f1af0a.txt" in result.stdout


def test_malformed_query_names_line_and_column(seed_store):
    store, _ = seed_store
    result = run_cli("query", "--store", store, "SELECT ?x\nWHERE { ?x ?y }")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "line 2, column" in lines[0]


def test_update_sent_to_query_is_refused(seed_store):
    store, _ = seed_store
    result = run_cli("query", "--store", store, "DELETE WHERE { ?s ?p ?o }")
    assert result.returncode == 2
    assert "rightsgraph update" in result.stderr
    count = run_cli("query", "--store", store, "--results", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(count.stdout.splitlines()[1]) > 0


def test_query_timeout(seed_store):
    store, _ = seed_store
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    result = run_cli("query", "--store", store, "--timeout", "1", slow)
    assert result.returncode == 1
    assert "timed out after 1 s" in result.stderr


def test_missing_store_is_a_one_line_error(tmp_path):
    result = run_cli("query", "--store", tmp_path / "none", "ASK {}")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no store at" in result.stderr


def test_store_from_environment(tmp_path):
    doc = tmp_path / "d.txt"
    doc.write_text("The government denied the reports of arrests.", encoding="utf-8")
    env = {"RIGHTSGRAPH_STORE": str(tmp_path / "envstore")}
    assert run_cli("load", "-q", doc, env=env).returncode == 0
    assert (tmp_path / "envstore" / "CURRENT").exists()
    result = run_cli("query", "--results", "csv", "SELECT (COUNT(?d) AS ?n) WHERE { ?d a rg:Document }", env=env)
    assert result.stdout.splitlines()[1] == "1"


def test_default_store_is_in_the_working_directory(tmp_path):
    doc = tmp_path / "d.txt"
    doc.write_text("The government denied the reports of arrests.", encoding="utf-8")
    assert run_cli("load", "-q", doc, cwd=tmp_path).returncode == 0
    assert (tmp_path / "rightsgraph-store" / "CURRENT").exists()


def test_folder_with_one_bad_file_loads_the_others(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good1.txt").write_text("The ministry condemned the arrests of activists.", encoding="utf-8")
    (folder / "good2.txt").write_text("Le ministère a condamné les arrestations.", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"caf\xe9 \xff\xfe broken")
    (folder / "empty.txt").write_bytes(b"")
    store = tmp_path / "s"
    result = run_cli("load", "--store", store, folder)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 2
    assert any("bad.txt" in e and "UTF-8" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    count = run_cli("query", "--store", store, "--results", "csv",
                    "SELECT (COUNT(?d) AS ?n) WHERE { ?d a rg:Document }")
    assert count.stdout.splitlines()[1] == "2"
    assert "loaded 2 documents" in result.stderr and "2 failed" in result.stderr


def test_reloading_is_idempotent(tmp_path, seeds):
    store = tmp_path / "s"
    counts = []
    for _ in range(2):
        assert run_cli("load", "-q", "--store", store, seeds).returncode == 0
        out = run_cli("query", "--store", store, "--results", "csv",
                      "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        counts.append(int(out.stdout.splitlines()[1]))
    assert counts[0] == counts[1] > 0


def test_unsupported_language_is_recorded_not_crashed(tmp_path):
    doc = tmp_path / "de.txt"
    doc.write_text("Die Regierung hat die Festnahmen der Aktivisten am Montag verurteilt.", encoding="utf-8")
    store = tmp_path / "s"
    result = run_cli("load", "--store", store, doc)
    assert result.returncode == 0, result.stderr
    assert "1 in unsupported languages" in result.stderr
    out = run_cli("query", "--store", store, "--results", "csv",
                  "SELECT ?l WHERE { ?d dcterms:language ?l }")
    assert out.stdout.splitlines()[1] == "de"


def test_stdin_load_with_format(tmp_path):
    store = tmp_path / "s"
    lines = "\n".join(json.dumps({"id": f"n{i}", "text": "The ministry condemned the arrests."}) for i in range(3))
    result = run_cli("load", "--store", store, "--format", "jsonl", "-", stdin=lines)
    assert result.returncode == 0, result.stderr
    assert "loaded 3 documents" in result.stderr


def test_update_writes_and_reports(seed_store, tmp_path):
    store = tmp_path / "copy"
    shutil.copytree(seed_store[0], store)
    result = run_cli("update", "--store", store,
                     'INSERT DATA { rgid:note rdfs:comment "checked" }')
    assert result.returncode == 0 and "+1 quads" in result.stderr
    bad = run_cli("update", "--store", store, "INSERT DATA { rgid:note }")
    assert bad.returncode == 2 and "malformed SPARQL update" in bad.stderr
    wrong = run_cli("update", "--store", store, "SELECT * WHERE { ?s ?p ?o }")
    assert wrong.returncode == 2


def test_dump_is_deterministic_and_valid_turtle(seed_store, tmp_path):
    store, _ = seed_store
    first = run_cli("dump", "--store", store, "--format", "turtle")
    second = run_cli("dump", "--store", store, "--format", "turtle")
    assert first.returncode == 0 and first.stdout == second.stdout
    if shutil.which("rapper") is None:
        pytest.fail("rapper is missing: install raptor2-utils (apt-get install raptor2-utils)")
    path = tmp_path / "seeds.ttl"
    path.write_text(first.stdout, encoding="utf-8")
    check = subprocess.run(["rapper", "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_stats_lists_classes_and_languages(seed_store):
    store, _ = seed_store
    result = run_cli("stats", "--store", store)
    assert result.returncode == 0
    assert "rg:Document | 5" in result.stdout.replace("  ", " ") or "rg:Document" in result.stdout
    assert "by language" in result.stdout and "by document" in result.stdout


def test_usage_errors_exit_2(tmp_path):
    assert run_cli("load").returncode == 2
    assert run_cli("nonsense").returncode == 2
    assert run_cli("query", "--store", tmp_path, "--param", "a=b", "ASK {}").returncode == 2


def test_validate_passes_on_the_seeds_and_fails_on_broken_data(seed_store, tmp_path):
    store, _ = seed_store
    ok = run_cli("validate", "--store", store)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "SHACL: conforms" in ok.stdout and "OWL: consistent" in ok.stdout
    broken = tmp_path / "broken"
    shutil.copytree(store, broken)
    run_cli("update", "--store", broken, """INSERT DATA { GRAPH rgid:g {
        <https://w3id.org/rightsgraph/id/response/x> a rg:Condemnation ; rg:modality "asserted" } }""")
    shacl = run_cli("validate", "--store", broken, "--no-owl")
    assert shacl.returncode == 1
    assert "response/x" in shacl.stdout and "agent" in shacl.stdout
    run_cli("update", "--store", broken, """INSERT DATA { GRAPH rgid:g {
        <https://w3id.org/rightsgraph/id/response/x> a rg:Government } }""")
    owl = run_cli("validate", "--store", broken, "--no-shacl")
    assert owl.returncode == 1 and "contradicts the ontology" in owl.stdout


def test_progress_bar_on_a_terminal_only(tmp_path, seeds):
    import os
    import pty
    import sys

    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a real size
    process = subprocess.Popen(
        [sys.executable, "-m", "rightsgraph.graph.cli", "load", "--store", str(tmp_path / "s"), str(seeds)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=120)
    os.close(master)
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert process.returncode == 0
    assert "doc/s" in screen or "doc]" in screen  # tqdm's bar
    assert "loaded 5 documents" in screen
    piped = run_cli("load", "--store", tmp_path / "s2", seeds)
    assert "doc/s" not in piped.stderr and piped.stderr.count("\n") == 1
