"""Coded-events CSV: rows become acts with exact offsets; bad rows are named and skipped."""

from __future__ import annotations

from conftest import run_cli

from rightsgraph.loaders.coded import cameo_to_type, read_coded_events
from rightsgraph.ontology.errors import BadInputError

CSV = (
    "date,agent,type,event,place,addressee,modality,quantity,unit,text,lang\n"
    "2019-07-08,Japan;Germany;Sweden,DiplomaticAction,MassDetention,CN-XJ,China,,,,"
    "\"Twenty-two envoys signed a letter to the council.\",en\n"
    "2019-08,gov/US,163,MassDetention,CN-XJ,,considered,,,\"Officials weigh sanctions.\",en\n"
    "2020,Atlantis,Condemnation,Persecution,RU-CE,,,,,\"Nobody.\",en\n"
    "2017-06-02,Amnesty International,Petition,Persecution,RU-CE,,,\"120,000\",signatures,"
    "\"Les signatures ont été remises.\",fr\n"
    "2021,Norway,Condemnation,Persecution,RU-CE,,maybe,,,\"x\",en\n"
)


def test_cameo_codes_follow_the_ontology_links():
    assert cameo_to_type("111") == "Condemnation"
    assert cameo_to_type("1121") == "Accusation"   # longest linked prefix: 112
    assert cameo_to_type("14") == "Demonstration"
    assert cameo_to_type("99") is None


def test_rows_become_acts_with_exact_evidence():
    errors = []
    extraction = read_coded_events(CSV, "events.csv", on_error=errors.append)
    assert [str(e) for e in errors] == [
        "events.csv:4: no known actor in agent 'Atlantis'",
        "events.csv:6: modality must be one of asserted, considered, threatened, announced, requested",
    ]
    letter, sanction, petition = extraction.responses
    assert letter.type == "DiplomaticAction" and sorted(letter.agents) == ["gov/DE", "gov/JP", "gov/SE"]
    assert letter.addressees == ["gov/CN"] and letter.event == "event/mass-detention/CN-XJ"
    assert sanction.type == "Sanction" and sanction.modality == "considered" and sanction.date == "2019-08"
    assert petition.agents == ["org/amnesty-international"]
    assert petition.quantity.value == 120000 and petition.quantity.unit == "signatures"
    for response in extraction.responses:
        ev = response.evidence[0]
        assert CSV[ev.start:ev.end] == ev.text
    assert letter.evidence[0].text == "Twenty-two envoys signed a letter to the council."


def test_missing_columns_is_one_error():
    try:
        read_coded_events("date,who\n2020,x\n", "bad.csv")
    except BadInputError as exc:
        assert "agent, type" in str(exc)
    else:
        raise AssertionError("a CSV without agent/type columns must be refused")


def test_cli_loads_coded_csv_and_reports_bad_rows(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text(CSV, encoding="utf-8")
    store = tmp_path / "s"
    result = run_cli("load", "--store", store, path)
    assert result.returncode == 1
    assert "events.csv:4: no known actor" in result.stderr
    out = run_cli("query", "--store", store, "--results", "csv",
                  "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r rg:agent ?a }")
    assert out.stdout.splitlines()[1] == "3"
    check = run_cli("validate", "--store", store, "--no-owl")
    assert check.returncode == 0, check.stdout
