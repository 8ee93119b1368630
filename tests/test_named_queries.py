"""Named queries (queries/*.rq, queries/named.py, ``rightsgraph queries``) on the publishing fixture.

The fixture (tests/fixtures/publish/dataset.trig) holds four documents in Arabic, French
and English: a joint letter with 5 co-signers, a second letter with 3, condemnations, a
denial by the perpetrator and by its spokesman, a sanction "considered", a petition,
two resettlements, and the Chechnya event shared by three documents.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from rightsgraph.graph.sparql import execute
from rightsgraph.graph.store import RightsStore
from rightsgraph.ontology.errors import UsageError
from rightsgraph.ontology.namespace import PREFIXES
from rightsgraph.queries.named import list_queries, parse_named_query, prepare

FIXTURE = Path(__file__).parent / "fixtures" / "publish"
TRIG = FIXTURE / "dataset.trig"
QUERIES_DIR = Path(__file__).resolve().parents[1] / "queries"
NAMES = ["actors-by-kind", "actors-by-response-type", "coalition-edges", "cosigners",
         "denial-vs-condemnation", "events", "evidence", "responses-by-actor",
         "responses-to-event", "timeline"]
RUCE = "rgid:event/persecution/RU-CE"
CNXJ = "rgid:event/mass-detention/CN-XJ"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("publish") / "store"
    with RightsStore.open(path) as store:
        store.ox.load(path=str(TRIG), format=ox.RdfFormat.TRIG)
    return path


@pytest.fixture(scope="module")
def store(store_path):
    with RightsStore.open_read_only(store_path) as opened:
        yield opened


def short(term):
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        for prefix in ("rgid", "rg"):
            if term.value.startswith(PREFIXES[prefix]):
                return f"{prefix}:{term.value[len(PREFIXES[prefix]):]}"
        return term.value
    return term.value


def rows(store, name, params, columns):
    text, substitutions = prepare(name, params)
    results = execute(store, text, substitutions)
    columns = columns.split()
    return [tuple(short(solution[c]) for c in columns) for solution in results]


def cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "rightsgraph.graph.cli", *args],
                          capture_output=True, text=True, timeout=120, **kw)


# ------------------------------------------------------------------ the fixture itself
def test_fixture_is_what_the_loaders_emit():
    spec = importlib.util.spec_from_file_location("make_dataset", FIXTURE / "make_dataset.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.trig_bytes() == TRIG.read_bytes(), (
        "dataset.trig is out of date with loaders/rdf.py: run "
        "`python tests/fixtures/publish/make_dataset.py` and check the named-query expectations")


def test_fixture_evidence_offsets_index_the_text(store):
    results = execute(store, "SELECT ?text ?start ?end WHERE { ?e rg:text ?text ; rg:start ?start ; rg:end ?end }")
    spans = [(s["text"].value, int(s["start"].value), int(s["end"].value)) for s in results]
    assert spans and all(end - start == len(text) for text, start, end in spans)


# ------------------------------------------------------------------ the query files
def test_every_query_is_listed_and_well_formed():
    queries = list_queries()
    assert [q.name for q in queries] == NAMES
    for query in queries:
        assert Path(query.source).stem == query.name
        assert query.description
        for param in query.params:
            assert f"?{param.name}" in query.text
            # BOUND() is false for a substituted variable in pyoxigraph: use COALESCE
            assert not re.search(rf"BOUND\(\s*\?{param.name}\s*\)", query.text), (query.name, param.name)


@pytest.mark.parametrize("name", NAMES)
def test_every_query_runs_and_projects_its_parameters(store, name):
    query = next(q for q in list_queries() if q.name == name)
    needed = {"event": RUCE, "actor": "rgid:gov/CA", "node": RUCE}
    params = [f"{p.name}={needed[p.name]}" for p in query.params if p.required]
    text, substitutions = prepare(name, params)
    results = execute(store, text, substitutions)
    variables = {v.value for v in results.variables}
    assert {p.name for p in query.params} <= variables
    assert list(results), f"{name} gives no rows on the fixture"


def test_parse_headers():
    q = parse_named_query('# name: n\n# description: d\n# param: a IRI "x"\n'
                          '# param: b date "y" optional\n# param: c literal "z" = en\nSELECT ?a ?b ?c {}')
    assert [(p.name, p.kind, p.required, p.default) for p in q.params] == [
        ("a", "IRI", True, None), ("b", "date", False, None), ("c", "literal", False, "en")]
    with pytest.raises(UsageError, match="malformed parameter"):
        parse_named_query('# name: n\n# description: d\n# param: a number "x"\nSELECT * {}')
    with pytest.raises(UsageError, match="needs"):
        parse_named_query("SELECT * {}")


# ------------------------------------------------------------------ parameters
def test_iri_forms_are_equivalent():
    forms = [RUCE, "https://w3id.org/rightsgraph/id/event/persecution/RU-CE",
             "<https://w3id.org/rightsgraph/id/event/persecution/RU-CE>"]
    bound = {prepare("timeline", [f"event={form}"])[1][ox.Variable("event")] for form in forms}
    assert bound == {ox.NamedNode("https://w3id.org/rightsgraph/id/event/persecution/RU-CE")}


def test_type_and_date_parameters():
    for form in ("Condemnation", "rg:Condemnation", "https://w3id.org/rightsgraph/ontology#Condemnation"):
        _, subs = prepare("actors-by-response-type", [f"type={form}"])
        assert subs[ox.Variable("type")].value.endswith("#Condemnation")
    _, subs = prepare("timeline", [f"event={RUCE}", "from=2017", "to=2017-05-01"])
    assert str(subs[ox.Variable("from")]).endswith("XMLSchema#gYear>")
    assert str(subs[ox.Variable("to")]).endswith("XMLSchema#date>")
    _, subs = prepare("responses-to-event", [f"event={RUCE}"])
    assert subs[ox.Variable("lang")] == ox.Literal("en")      # the default


@pytest.mark.parametrize("params, message", [
    (["type=Condemnaton"], "not a class"),
    (["type=x"], "not a class"),
    (["kind=Government"], "has no parameter 'kind'"),
    (["type"], "expected KEY=VALUE"),
    (["type=Denial", "type=Sanction"], "given twice"),
])
def test_bad_parameters(params, message):
    with pytest.raises(UsageError, match=message):
        prepare("actors-by-response-type", params)


@pytest.mark.parametrize("value, message", [
    ("event/persecution/RU-CE", "not an IRI"),
    ("nope:x", "not an IRI"),
    ("rgid:event/x> } ; DROP ALL ; SELECT * { <a:b", "not a valid IRI"),
])
def test_bad_iris(value, message):
    with pytest.raises(UsageError, match=message):
        prepare("timeline", [f"event={value}"])


def test_bad_dates_and_missing_parameters():
    with pytest.raises(UsageError, match="not a date"):
        prepare("timeline", [f"event={RUCE}", "from=April 2017"])
    with pytest.raises(UsageError, match="needs --param event"):
        prepare("timeline", [])
    with pytest.raises(UsageError, match="unknown named query 'nope'; known: actors-by-kind"):
        prepare("nope", [])


def test_literal_values_are_data_not_syntax(store):
    hostile = 'RU" || true || "'
    assert rows(store, "events", [f"place={hostile}"], "event") == []
    assert rows(store, "events", ["place=RU"], "event") == [("rgid:event/persecution/RU-CE",)]


# ------------------------------------------------------------------ expected rows
def test_responses_to_event(store):
    assert rows(store, "responses-to-event", [f"event={RUCE}"], "type agent date modality document") == [
        ("rg:ExpressionOfConcern", "rgid:gov/CA", "2017-04-14", "asserted", "en_chechnya_spokesman.txt"),
        ("rg:Denial", "rgid:person/alvi-karimov", "2017-04-15", "asserted", "en_chechnya_spokesman.txt"),
        ("rg:Condemnation", "rgid:gov/CA", "2017-04-20", "asserted", "ar_chechnya_letter.txt"),
        ("rg:Denial", "rgid:gov/RU-CE", "2017-04-20", "asserted", "ar_chechnya_letter.txt"),
        ("rg:DiplomaticAction", "rgid:gov/BE", "2017-04-20", "asserted", "ar_chechnya_letter.txt"),
        ("rg:DiplomaticAction", "rgid:gov/CA", "2017-04-20", "asserted", "ar_chechnya_letter.txt"),
        ("rg:DiplomaticAction", "rgid:gov/DE", "2017-04-20", "asserted", "ar_chechnya_letter.txt"),
        ("rg:DiplomaticAction", "rgid:gov/FR", "2017-04-20", "asserted", "ar_chechnya_letter.txt"),
        ("rg:DiplomaticAction", "rgid:gov/LT", "2017-04-20", "asserted", "ar_chechnya_letter.txt"),
        ("rg:Sanction", "rgid:gov/US", "2017-05", "considered", "fr_amnesty_chechnya.html"),
        ("rg:Condemnation", "rgid:org/amnesty-international", "2017-05-02", "asserted", "fr_amnesty_chechnya.html"),
        ("rg:Petition", "rgid:org/amnesty-international", None, "asserted", "fr_amnesty_chechnya.html"),
        ("rg:Resettlement", "rgid:gov/FR", None, "asserted", "fr_amnesty_chechnya.html"),
        ("rg:Resettlement", "rgid:gov/DE", None, "asserted", "fr_amnesty_chechnya.html"),
    ]


def test_responses_to_event_labels_in_french_with_evidence(store):
    got = rows(store, "responses-to-event", [f"event={CNXJ}", "lang=fr"], "type agentLabel evidence")
    assert got[0] == ("rg:Condemnation", "gouvernement (États-Unis)", "The United States condemned the detentions.")
    assert ("rg:Report", "Human Rights Watch", "Human Rights Watch published a report on the camps.") in got
    assert [g[1] for g in got if g[0] == "rg:DiplomaticAction"] == [
        "gouvernement (Canada)", "gouvernement (Allemagne)", "gouvernement (France)"]


def test_responses_by_actor(store):
    assert rows(store, "responses-by-actor", ["actor=rgid:gov/CA"], "type event place date agents document") == [
        ("rg:ExpressionOfConcern", RUCE, "RU-CE", "2017-04-14", "1", "en_chechnya_spokesman.txt"),
        ("rg:Condemnation", RUCE, "RU-CE", "2017-04-20", "1", "ar_chechnya_letter.txt"),
        ("rg:DiplomaticAction", RUCE, "RU-CE", "2017-04-20", "5", "ar_chechnya_letter.txt"),
        ("rg:DiplomaticAction", CNXJ, "CN-XJ", "2019-07-10", "3", "en_xinjiang_letter.txt"),
    ]


def test_actors_by_response_type(store):
    assert rows(store, "actors-by-response-type", ["type=Condemnation"], "type actor responses events") == [
        ("rg:Condemnation", "rgid:gov/CA", "1", "1"),
        ("rg:Condemnation", "rgid:gov/US", "1", "1"),
        ("rg:Condemnation", "rgid:org/amnesty-international", "1", "1"),
    ]
    every = rows(store, "actors-by-response-type", [], "type actor responses")
    assert len(every) == 18
    assert ("rg:DiplomaticAction", "rgid:gov/CA", "2") in every
    assert ("rg:Sanction", "rgid:gov/US", "1") in every


def test_cosigners(store):
    letter = [("5", f"rgid:gov/{c}", "ar_chechnya_letter.txt") for c in ("BE", "CA", "DE", "FR", "LT")]
    xinjiang = [("3", f"rgid:gov/{c}", "en_xinjiang_letter.txt") for c in ("CA", "DE", "FR")]
    assert rows(store, "cosigners", [], "signers cosigner document") == letter + xinjiang
    assert rows(store, "cosigners", [f"event={CNXJ}"], "signers cosigner document") == xinjiang
    assert rows(store, "cosigners", ["actor=rgid:gov/BE"], "signers cosigner document") == letter
    assert len({r[0] for r in rows(store, "cosigners", [], "act")}) == 2


def test_denial_vs_condemnation(store):
    assert rows(store, "denial-vs-condemnation", [f"event={RUCE}"], "side actor type modality acts perpetrator") == [
        ("condemned", "rgid:gov/CA", "rg:Condemnation", "asserted", "1", "false"),
        ("condemned", "rgid:gov/US", "rg:Sanction", "considered", "1", "false"),
        ("condemned", "rgid:org/amnesty-international", "rg:Condemnation", "asserted", "1", "false"),
        ("denied", "rgid:gov/RU-CE", "rg:Denial", "asserted", "1", "true"),
        ("denied", "rgid:person/alvi-karimov", "rg:Denial", "asserted", "1", "true"),
    ]
    both = rows(store, "denial-vs-condemnation", [], "event side actor type")
    assert ("rgid:event/mass-detention/CN-XJ", "denied", "rgid:body/CN/foreign-ministry", "rg:Rejection") in both
    assert len(both) == 8


def test_timeline(store):
    got = rows(store, "timeline", [f"event={RUCE}"], "date dated document type agent")
    assert [g[0] for g in got] == ["2017-04-14", "2017-04-15"] + ["2017-04-20"] * 7 + [
        "2017-05", "2017-05-02", "2017-05-02", "2017-05-02", "2017-05-02"]
    assert got[0] == ("2017-04-14", "response", "en_chechnya_spokesman.txt", "rg:ExpressionOfConcern", "rgid:gov/CA")
    assert got[-1][1] == "document"     # the resettlement has no date of its own
    window = rows(store, "timeline", [f"event={RUCE}", "from=2017-04-20", "to=2017-05-01"], "date type agent")
    assert [w[0] for w in window] == ["2017-04-20"] * 7 + ["2017-05"]
    assert rows(store, "timeline", [f"event={RUCE}", "from=2018"], "date") == []


def test_coalition_edges(store):
    got = rows(store, "coalition-edges", [], "a b cosigned aligned weight")
    assert got[0] == ("rgid:gov/DE", "rgid:gov/FR", "2", "1", "3")
    assert ("rgid:gov/CA", "rgid:org/amnesty-international", "0", "1", "1") in got
    assert ("rgid:gov/RU-CE", "rgid:person/alvi-karimov", "0", "1", "1") in got
    assert len(got) == 12
    assert rows(store, "coalition-edges", [f"event={CNXJ}"], "a b cosigned aligned weight") == [
        ("rgid:gov/CA", "rgid:gov/DE", "1", "0", "1"),
        ("rgid:gov/CA", "rgid:gov/FR", "1", "0", "1"),
        ("rgid:gov/DE", "rgid:gov/FR", "1", "0", "1"),
    ]
    assert rows(store, "coalition-edges", ["type=Denial"], "a b weight") == [
        ("rgid:gov/RU-CE", "rgid:person/alvi-karimov", "1")]


def test_evidence(store):
    assert rows(store, "evidence", ["node=rgid:gov/CA"], "factType document start end confidence") == [
        ("rg:DiplomaticAction", "ar_chechnya_letter.txt", "0", "121", "0.9"),
        ("rg:Condemnation", "ar_chechnya_letter.txt", "122", "159", "0.85"),
        ("rg:ExpressionOfConcern", "en_chechnya_spokesman.txt", "89", "156", "0.9"),
        ("rg:DiplomaticAction", "en_xinjiang_letter.txt", "0", "143", "0.9"),
    ]
    event = rows(store, "evidence", [f"node={RUCE}"], "factType document")
    assert {d for _, d in event} == {"ar_chechnya_letter.txt", "fr_amnesty_chechnya.html",
                                     "en_chechnya_spokesman.txt"}
    assert event.count(("rg:Persecution", "ar_chechnya_letter.txt")) == 1
    assert len(event) == 13
    response = rows(store, "evidence", ["node=rgid:gov/US"], "fact")[0][0]
    assert rows(store, "evidence", [f"node={response}"], "text") == [
        ("The United States condemned the detentions.",)]


def test_actors_by_kind(store):
    got = rows(store, "actors-by-kind", [], "kind actor code country responses")
    assert ("rg:Government", "rgid:gov/RU-CE", "RU-CE", "RU", "1") in got
    assert ("rg:GovernmentBody", "rgid:body/CN/foreign-ministry", "CN", "CN", "2") in got
    assert ("rg:NGO", "rgid:org/amnesty-international", None, None, "2") in got
    assert len(got) == 15
    assert rows(store, "actors-by-kind", ["kind=Official"], "kind actor label code country responses") == [
        ("rg:Official", "rgid:person/alvi-karimov", "Alvi Karimov", "RU-CE", "RU", "1")]


def test_events(store):
    assert rows(store, "events", [], "event kind code perpetrator documents responses") == [
        (CNXJ, "rg:MassDetention", "CN-XJ", "rgid:gov/CN", "1", "5"),
        (RUCE, "rg:Persecution", "RU-CE", "rgid:gov/RU-CE", "3", "10"),
    ]
    assert rows(store, "events", ["place=CN"], "event") == [(CNXJ,)]


# ------------------------------------------------------------------ command line
def test_cli_queries_lists_names_and_parameters():
    done = cli("queries")
    assert done.returncode == 0, done.stderr
    for name in NAMES:
        assert re.search(rf"^{name}$", done.stdout, re.M)
    assert "--param event=IRI" in done.stdout and "(optional)" in done.stdout
    listed = json.loads(cli("queries", "--json").stdout)
    assert [q["name"] for q in listed] == NAMES
    shown = cli("queries", "--show", "cosigners")
    assert shown.returncode == 0 and "# name: cosigners" in shown.stdout


def test_cli_named_query(store_path):
    done = cli("query", "--store", str(store_path), "--named", "cosigners",
               "--param", "actor=rgid:gov/BE", "--results", "csv")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("event,actor,act,type,signers,cosigner")
    assert len(lines) == 6 and all(",5," in line for line in lines[1:])


@pytest.mark.parametrize("args, message", [
    (["--named", "nope"], "unknown named query 'nope'; known: actors-by-kind"),
    (["--named", "timeline"], "needs --param event="),
    (["--named", "timeline", "--param", "event=rgid:x", "--param", "zzz=1"], "has no parameter 'zzz'"),
    (["--named", "timeline", "--param", "event=not an iri"], "is not an IRI"),
    (["SELECT * {}", "--param", "a=b"], "--param goes with --named"),
])
def test_cli_usage_errors(store_path, args, message):
    done = cli("query", "--store", str(store_path), *args)
    assert done.returncode == 2
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert done.stdout == ""


# ------------------------------------------------------------------ rewrites keep the rows
# tests/fixtures/reference_queries holds the named queries as they were before they were
# rewritten for speed on pyoxigraph (commit 1367e6b): plain joins over the union default
# graph, slow at scale but simple. On a store of real extractions (the shared seeds and
# corpus, and the gold documents) every shipped query must give the same rows as its
# reference, for parameters taken from the data.
REFERENCE = Path(__file__).parent / "fixtures" / "reference_queries"
GOLD_DOCS = Path(__file__).parent / "gold_docs"


@pytest.fixture(scope="module")
def real_store(tmp_path_factory):
    from conftest import CORPUS, SEEDS, run_cli

    if not SEEDS.is_dir() or not CORPUS.is_dir():
        pytest.fail(f"the shared seeds and corpus are missing: expected {SEEDS} and {CORPUS}")
    path = tmp_path_factory.mktemp("real") / "store"
    done = run_cli("load", "--store", path, "--quiet", SEEDS, CORPUS, GOLD_DOCS)
    assert done.returncode == 0, done.stderr
    with RightsStore.open_read_only(path) as opened:
        yield opened


def _cases(store):
    def top(text):
        return [s[0].value for s in execute(store, text)]

    events = top("SELECT ?e (COUNT(?r) AS ?n) WHERE { ?r rg:respondsTo ?e } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 3")
    actors = top("SELECT ?a (COUNT(?r) AS ?n) WHERE { ?r rg:agent ?a } GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 2")
    actors += top("SELECT ?a WHERE { ?r rg:agent ?a , ?b FILTER(?a != ?b) } ORDER BY ?a LIMIT 1")
    perpetrators = top("SELECT ?p (COUNT(?e) AS ?n) WHERE { ?e rg:perpetrator ?p } GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1")
    places = top("SELECT ?l (COUNT(?e) AS ?n) WHERE { ?e rg:location ?l } GROUP BY ?l ORDER BY DESC(?n) ?l LIMIT 1")
    codes = top("SELECT DISTINCT ?c WHERE { ?e rg:location/rg:isoCode ?c } ORDER BY ?c LIMIT 2")
    response = top("SELECT ?r WHERE { ?r rg:respondsTo ?e } ORDER BY ?r LIMIT 1")
    assert len(events) == 3 and len(actors) == 3 and perpetrators and places and codes and response
    cases = [("responses-to-event", [f"event=<{e}>"]) for e in events]
    cases += [("responses-to-event", [f"event=<{events[0]}>", "lang=fr"]),
              ("responses-to-event", [f"event=<{events[1]}>", "lang=ar"])]
    cases += [("timeline", [f"event=<{e}>"]) for e in events]
    cases += [("timeline", [f"event=<{events[0]}>", "from=2015", "to=2020-06"])]
    cases += [("evidence", [f"node=<{n}>"]) for n in events[:2] + actors[:2] + perpetrators + places + response]
    cases += [("responses-by-actor", [f"actor=<{a}>"]) for a in actors]
    cases += [("actors-by-response-type", p) for p in ([], ["type=Condemnation"], ["type=Denial"])]
    cases += [("actors-by-kind", p) for p in ([], ["kind=Government"], ["kind=Official"])]
    cases += [("coalition-edges", p) for p in ([], [f"event=<{events[0]}>"], ["type=Condemnation"])]
    cases += [("cosigners", p) for p in ([], [f"event=<{events[0]}>"], [f"actor=<{actors[-1]}>"])]
    cases += [("denial-vs-condemnation", p) for p in ([], [f"event=<{events[0]}>"])]
    cases += [("events", p) for p in ([], [f"place={codes[0]}"], [f"place={codes[1][:2]}"])]
    return cases


def test_rewritten_queries_give_the_reference_rows(real_store):
    assert sorted(p.stem for p in REFERENCE.glob("*.rq")) == NAMES
    checked = set()
    for name, params in _cases(real_store):
        text, substitutions = prepare(name, params)
        reference = parse_named_query((REFERENCE / f"{name}.rq").read_text(encoding="utf-8"), name).text
        got, expected = (execute(real_store, t, substitutions) for t in (text, reference))
        assert [v.value for v in got.variables] == [v.value for v in expected.variables], name
        got_rows = sorted(tuple(str(term) for term in solution) for solution in got)
        expected_rows = sorted(tuple(str(term) for term in solution) for solution in expected)
        assert got_rows == expected_rows, (name, params)
        checked.add(name)
        if not params:
            assert expected_rows, f"{name} has no rows on the seeds and corpus"
    assert checked == set(NAMES)
