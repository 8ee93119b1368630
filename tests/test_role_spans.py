"""Officials' roles over time: one ``people.tsv`` row per role, the role in force at the
document's date, and the role span in RDF.

Ramtane Lamamra was Algeria's foreign minister (2021-2023), then the UN Secretary-General's
personal envoy for Sudan; Mahmoud Ali Youssouf Djibouti's foreign minister until he chaired
the African Union Commission (2025); Nawaf Salam president of the ICJ (2024-2025), then
Lebanon's prime minister. The same sentence gives a different principal depending on the
date of the document. Sentences are our own.
"""

import pyoxigraph as ox
import pytest

from rightsgraph.graph.store import RightsStore
from rightsgraph.loaders.documents import document_from_text
from rightsgraph.loaders.evaluate import principal, triples
from rightsgraph.loaders.extract import extract
from rightsgraph.loaders.gazetteer import get_gazetteer
from rightsgraph.loaders.gazetteer.role_spans import role_in_force
from rightsgraph.loaders.pipeline import document_batches
from rightsgraph.loaders.rdf import document_iri, role_span_iri
from rightsgraph.ontology.namespace import RG, RDF

SENTENCES = {
    ("person/ramtane-lamamra", "en"): "Ramtane Lamamra condemned the killing of civilians in "
                                      "El Fasher.",
    ("person/ramtane-lamamra", "fr"): "Ramtane Lamamra a condamné le massacre de civils à "
                                      "El Fasher.",
    ("person/ramtane-lamamra", "ar"): "وأدان رمطان لعمامرة مقتل المدنيين في الفاشر.",
    ("person/mahmoud-ali-youssouf", "en"): "Mahmoud Ali Youssouf condemned the attack on "
                                           "civilians in Goma.",
    ("person/mahmoud-ali-youssouf", "fr"): "Mahmoud Ali Youssouf a condamné l'attaque contre "
                                           "des civils à Goma.",
    ("person/mahmoud-ali-youssouf", "ar"): "وأدان محمود علي يوسف الهجوم على المدنيين في غوما.",
    ("person/nawaf-salam", "en"): "Nawaf Salam condemned the killing of civilians in Gaza.",
    ("person/nawaf-salam", "fr"): "Nawaf Salam a condamné le massacre de civils à Gaza.",
    ("person/nawaf-salam", "ar"): "وأدان نواف سلام مقتل المدنيين في غزة.",
}

# (person, document date, principal in force then)
DATED = [
    ("person/ramtane-lamamra", "2022-06-14", "gov/DZ"),
    ("person/ramtane-lamamra", "2024-04-15", "org/united-nations"),
    ("person/mahmoud-ali-youssouf", "2019-03-02", "gov/DJ"),
    ("person/mahmoud-ali-youssouf", "2025-11-20", "org/african-union"),
    ("person/nawaf-salam", "2024-05-10", "org/united-nations"),   # the ICJ, a UN organ
    ("person/nawaf-salam", "2025-10-01", "gov/LB"),
]


def _principals(text, lang, date):
    doc = document_from_text(text, "t.txt", lang=lang, date=date)
    x = extract(doc)
    return {p for p, rtype, _place in triples(x, get_gazetteer().as_of(date))
            if rtype == "Condemnation"}, x


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize("person,date,expected", DATED)
def test_the_role_of_the_documents_date_gives_the_principal(person, date, expected, lang):
    got, x = _principals(SENTENCES[(person, lang)], lang, date)
    assert got == {expected}
    assert person in x.actors
    rows = get_gazetteer().person_roles[person]
    assert x.actors[person].represents == role_in_force(rows, date)["represents"]


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_no_date_gives_the_latest_role(lang):
    got, x = _principals(SENTENCES[("person/ramtane-lamamra", lang)], lang, None)
    assert got == {"org/united-nations"}
    assert x.actors["person/ramtane-lamamra"].role.startswith("personal envoy")


def test_a_principal_the_text_names_is_kept():
    """A title naming the country wins over the table's role of the date."""
    gz = get_gazetteer().as_of("2025-06-01")
    ms = gz.find("Djiboutian Foreign Minister Mahmoud Ali Youssouf spoke.", "en")
    person = [m for m in ms if m.key == "person/mahmoud-ali-youssouf"]
    assert person and person[0].represents == "gov/DJ"


def test_role_in_force_rules():
    rows = [{"role": "a", "start": "2017-01", "end": "2021-01"},
            {"role": "b", "start": "2023", "end": "2024"},
            {"role": "c", "start": "2024-12", "end": ""}]
    assert role_in_force(rows, None)["role"] == "c"
    assert role_in_force(rows, "2019")["role"] == "a"
    assert role_in_force(rows, "2022-03-01")["role"] == "a"      # between roles: last begun
    assert role_in_force(rows, "2016-05")["role"] == "a"         # before all: the earliest
    assert role_in_force(rows, "2024-06-30")["role"] == "b"
    assert role_in_force(rows, "2024-12-02")["role"] == "c"      # both in force: begun last
    assert role_in_force(rows, "2024")["role"] == "c"


def test_every_role_row_is_well_formed():
    gz = get_gazetteer()
    multi = {k: rows for k, rows in gz.person_roles.items() if len(rows) > 1}
    assert {"person/ramtane-lamamra", "person/mahmoud-ali-youssouf", "person/nawaf-salam",
            "person/donald-trump"} <= set(multi)
    for key, rows in gz.person_roles.items():
        starts = [r.get("start") or "" for r in rows]
        assert starts == sorted(starts), key
        for r in rows:
            if r.get("start") and r.get("end"):
                assert r["start"] <= r["end"], key
            assert not r.get("represents") or gz.exists(r["represents"]), (key, r)
        assert gz.people[key] is rows[-1]


def test_trump_two_terms():
    gz = get_gazetteer()
    first = gz.actor("person/donald-trump", "2019-07-01")
    second = gz.actor("person/donald-trump", "2025-03-01")
    assert first.represents == second.represents == "gov/US"
    assert (first.role_start, first.role_end) == ("2017-01", "2021-01")
    assert (second.role_start, second.role_end) == ("2025-01", None)


def _quads(text, name, lang, date):
    doc = document_from_text(text, name, lang=lang, date=date)
    return doc, [q for batch in document_batches(doc) for q in batch]


def test_rdf_has_the_role_span_in_force():
    doc, quads = _quads(SENTENCES[("person/ramtane-lamamra", "en")], "a.txt", "en", "2022-06-14")
    person = ox.NamedNode("https://w3id.org/rightsgraph/id/person/ramtane-lamamra")
    span = role_span_iri("person/ramtane-lamamra", "foreign minister", "gov/DZ", "2021")
    triples_ = {(q.subject, q.predicate, q.object) for q in quads}
    gov = ox.NamedNode("https://w3id.org/rightsgraph/id/gov/DZ")
    assert (person, RG.represents, gov) in triples_
    assert (person, RG.holds, span) in triples_
    assert (span, RDF.type, RG.RoleSpan) in triples_
    assert (span, RG.principal, gov) in triples_
    assert (span, RG.roleName, ox.Literal("foreign minister")) in triples_
    year = ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")
    assert (span, RG.startDate, ox.Literal("2021", datatype=year)) in triples_
    assert (span, RG.endDate, ox.Literal("2023", datatype=year)) in triples_
    assert all(q.graph_name == document_iri(doc.identifier) for q in quads)
    # only the role in force: no node of the UN role in this document
    assert not any(p == RG.principal and o.value.endswith("/org/united-nations")
                   for _s, p, o in triples_)


def test_sparql_finds_who_represented_a_government_in_a_year(tmp_path):
    docs = [
        ("a.txt", "en", "2022-06-14", SENTENCES[("person/ramtane-lamamra", "en")]),
        ("b.txt", "fr", "2024-04-15", SENTENCES[("person/ramtane-lamamra", "fr")]),
        ("c.txt", "ar", "2020-02-01", SENTENCES[("person/mahmoud-ali-youssouf", "ar")]),
    ]
    query = """
        SELECT DISTINCT ?person WHERE {
          ?person rg:holds ?span .
          ?span rg:principal ?gov ; rg:startDate ?start .
          OPTIONAL { ?span rg:endDate ?end }
          FILTER (year(xsd:date(concat(str(?start), "-01-01"))) <= %d)
          FILTER (!bound(?end) || year(xsd:date(concat(str(?end), "-01-01"))) >= %d)
        }"""
    prefixes = {"rg": str(RG.holds.value)[:-len("holds")],
                "xsd": "http://www.w3.org/2001/XMLSchema#"}
    with RightsStore.open(tmp_path / "s") as store:
        for name, lang, date, text in docs:
            doc, quads = _quads(text, name, lang, date)
            store.replace_graph(document_iri(doc.identifier), quads)

        def who(gov, year):
            q = query.replace("?gov", f"<https://w3id.org/rightsgraph/id/{gov}>") % (year, year)
            return {row["person"].value.rsplit("/", 1)[1] for row in store.query(q, prefixes)}

        assert who("gov/DZ", 2022) == {"ramtane-lamamra"}
        assert who("gov/DZ", 2019) == set()
        assert who("org/united-nations", 2024) == {"ramtane-lamamra"}
        assert who("gov/DJ", 2020) == {"mahmoud-ali-youssouf"}
        assert who("gov/DJ", 2026) == set()


def test_principal_helper_follows_the_date():
    gz = get_gazetteer()
    assert gz.as_of("2024-05-10").actor("person/nawaf-salam").represents == "org/icj"
    assert principal("person/nawaf-salam", gz.as_of("2024-05-10")) == "org/united-nations"
    assert principal("person/nawaf-salam", gz) == "gov/LB"


def test_shapes_check_the_role_span(tmp_path):
    from rightsgraph.graph.validate import shacl_check
    doc, quads = _quads(SENTENCES[("person/ramtane-lamamra", "fr")], "d.txt", "fr", "2022-06-14")
    assert any(q.predicate == RG.principal for q in quads)
    graph = document_iri(doc.identifier)
    with RightsStore.open(tmp_path / "ok") as store:
        store.replace_graph(graph, quads)
        assert shacl_check(store) == (True, [])
    broken = [q for q in quads if q.predicate != RG.principal]
    with RightsStore.open(tmp_path / "broken") as store:
        store.replace_graph(graph, broken)
        conforms, lines = shacl_check(store)
        assert not conforms and any("principal" in line for line in lines)


@pytest.mark.parametrize("date, represents", [("2022-05-01", "gov/EE"), ("2025-03-01", "org/european-union"),
                                              (None, "org/european-union")])
def test_a_perpetrator_added_to_the_graph_gets_the_role_of_the_date(date, represents):
    # complete_references describes actors the extraction only points to (here an event's
    # perpetrator): a person with several roles is described with the role of the document's date
    from rightsgraph.loaders.model import Event, Extraction
    from rightsgraph.loaders.pipeline import complete_references

    extraction = Extraction()
    extraction.events["event/x"] = Event("event/x", "Repression", "place/EE",
                                         perpetrator="person/kaja-kallas")
    done = complete_references(extraction, date)
    assert done.actors["person/kaja-kallas"].represents == represents
    assert represents in done.actors     # and what the person represents is described too
