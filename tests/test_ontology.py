"""Tests of the OWL ontology (ontology/rightsgraph.ttl) and SHACL shapes (ontology/shapes.ttl)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
TTL = ONTOLOGY_DIR / "rightsgraph.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"

RG = rdflib.Namespace("https://w3id.org/rightsgraph/ontology#")
ID = rdflib.Namespace("https://w3id.org/rightsgraph/id/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")  # open namespace: no pytest warning
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
ONTOLOGY_IRI = URIRef("https://w3id.org/rightsgraph/ontology")
CAMEO = "https://w3id.org/rightsgraph/cameo/"
PLOVER = "https://w3id.org/rightsgraph/plover/"
LANGS = {"en", "fr", "ar"}

RESPONSES = [
    "ExpressionOfConcern", "Condemnation", "Demand", "Sanction", "Investigation", "Report",
    "Petition", "Demonstration", "Resettlement", "Advocacy", "DiplomaticAction", "Resolution",
    "Denial", "Rejection", "Accusation", "UseOfForce", "MilitaryAssistance", "Support",
]
ACTORS = [
    "Government", "GovernmentBody", "Official", "NGO", "IntergovernmentalOrganization",
    "MediaOutlet", "Group", "Person",
]
EVENTS = [
    "Persecution", "MassDetention", "ArbitraryDetention", "Crackdown", "Unrest", "Execution",
    "Killing", "Torture", "EnforcedDisappearance", "Surveillance", "Censorship",
    "Discrimination", "Displacement", "ArmedAttack", "ChemicalAttack", "UnfairTrial",
    "DestructionOfHeritage", "HumanRightsSituation",
]
CORE = ["Actor", "Place", "Document", "Evidence", "Quantity", "Sentence", "Event", "Response"]
OBJECT_PROPERTIES = [
    "agent", "addressee", "respondsTo", "governs", "location", "perpetrator", "represents",
    "partOf", "evidence", "quantity", "mentions", "sentence", "document",
]
DATATYPE_PROPERTIES = [
    "isoCode", "modality", "date", "startDate", "endDate", "text", "start", "end",
    "confidence", "value", "unit", "role", "sha256", "sentenceCount", "cue", "extractor",
]
MODALITIES = ["asserted", "considered", "threatened", "announced", "requested"]

# Expected alignments from SPEC section 4.
SPEC_MATCHES = {
    "Condemnation": ("111", "DISAPPROVE"),
    "Demand": ("10", "REQUEST"),
    "Sanction": ("163", "SANCTION"),
    "Investigation": ("09", "INVESTIGATE"),
    "Demonstration": ("14", "PROTEST"),
    "Rejection": ("12", "REJECT"),
    "Accusation": ("112", "ACCUSE"),
    "Resettlement": ("075", "AID"),
}


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(TTL, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES, format="turtle")


# --------------------------------------------------------------------------------------
# Parsing and header
# --------------------------------------------------------------------------------------

def test_parses_with_rdflib(onto):
    assert len(onto) > 500
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto


def test_parses_with_pyoxigraph(onto):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    triples = list(pyoxigraph.parse(path=str(TTL), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(onto)
    shape_triples = list(pyoxigraph.parse(path=str(SHAPES), format=pyoxigraph.RdfFormat.TURTLE))
    assert shape_triples


def test_header(onto):
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert onto.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef("https://www.apache.org/licenses/LICENSE-2.0")
    assert onto.value(ONTOLOGY_IRI, DCTERMS.created) is not None
    titles = {lit.language for lit in onto.objects(ONTOLOGY_IRI, DCTERMS.title)}
    descriptions = {lit.language for lit in onto.objects(ONTOLOGY_IRI, DCTERMS.description)}
    assert "en" in titles and LANGS <= descriptions


# --------------------------------------------------------------------------------------
# Terms
# --------------------------------------------------------------------------------------

def _rg_terms(g):
    return {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(RG))}


def test_required_classes(onto):
    for name in CORE + ACTORS + EVENTS + RESPONSES:
        assert (RG[name], RDF.type, OWL.Class) in onto, name
    for name in ACTORS:
        assert (RG[name], RDFS.subClassOf, RG.Actor) in onto, name
    assert (RG.Official, RDFS.subClassOf, RG.Person) in onto
    for name in EVENTS:
        assert (RG[name], RDFS.subClassOf, RG.Event) in onto, name


def test_exactly_18_response_classes(onto):
    subclasses = {s for s in onto.subjects(RDFS.subClassOf, RG.Response) if isinstance(s, URIRef)}
    assert subclasses == {RG[n] for n in RESPONSES}


def test_required_properties(onto):
    for name in OBJECT_PROPERTIES:
        assert (RG[name], RDF.type, OWL.ObjectProperty) in onto, name
    for name in DATATYPE_PROPERTIES:
        assert (RG[name], RDF.type, OWL.DatatypeProperty) in onto, name
    assert (RG.affectedGroup, RDF.type, OWL.AnnotationProperty) in onto
    assert onto.value(RG.affectedGroup, RDFS.range) is None
    for name in ("date", "startDate", "endDate"):
        assert onto.value(RG[name], RDFS.range) is None, name
    # a joint act has several agents
    assert (RG.agent, RDF.type, OWL.FunctionalProperty) not in onto
    # negated acts produce nothing: no such term
    assert RG.negated not in _rg_terms(onto)


@pytest.mark.parametrize("prop,domain,range_", [
    ("agent", "Response", "Actor"), ("addressee", "Response", "Actor"),
    ("respondsTo", "Response", "Event"), ("governs", "Government", "Place"),
    ("location", "Event", "Place"), ("perpetrator", "Event", "Actor"),
    ("represents", "Official", "Actor"), ("partOf", "Actor", "Actor"),
    ("quantity", "Response", "Quantity"), ("sentence", "Document", "Sentence"),
    ("document", "Evidence", "Document"),
])
def test_object_property_domain_range(onto, prop, domain, range_):
    assert onto.value(RG[prop], RDFS.domain) == RG[domain]
    assert onto.value(RG[prop], RDFS.range) == RG[range_]


@pytest.mark.parametrize("prop,range_", [
    ("isoCode", XSD.string), ("modality", XSD.string), ("start", XSD.integer),
    ("end", XSD.integer), ("confidence", XSD.decimal), ("value", XSD.decimal),
    ("unit", XSD.string), ("role", XSD.string), ("sha256", XSD.string),
    ("sentenceCount", XSD.integer), ("cue", XSD.string), ("extractor", XSD.string),
    ("text", XSD.string),
])
def test_datatype_property_range(onto, prop, range_):
    assert onto.value(RG[prop], RDFS.range) == range_


def test_modality_values_documented(onto):
    comment = " ".join(str(c) for c in onto.objects(RG.modality, RDFS.comment))
    for value in MODALITIES:
        assert f'"{value}"' in comment


def test_every_term_labelled_defined_in_three_languages(onto):
    terms = _rg_terms(onto)
    assert len(terms) >= len(CORE + ACTORS + EVENTS + RESPONSES + OBJECT_PROPERTIES + DATATYPE_PROPERTIES)
    for t in terms:
        labels = [l for l in onto.objects(t, RDFS.label)]
        defs = [d for d in onto.objects(t, SKOS.definition)]
        assert {l.language for l in labels} == LANGS, t
        assert {d.language for d in defs} == LANGS, t
        assert len(labels) == 3 and len(defs) == 3, t
        assert all(str(x).strip() for x in labels + defs), t
        assert (t, RDFS.isDefinedBy, ONTOLOGY_IRI) in onto, t
    # Arabic literals are in Arabic script
    for t in terms:
        ar = next(l for l in onto.objects(t, RDFS.label) if l.language == "ar")
        assert any("\u0600" <= ch <= "\u06ff" for ch in str(ar)), t


@pytest.mark.parametrize("name", RESPONSES)
def test_response_class_close_matches(onto, name):
    cls = RG[name]
    assert {l.language for l in onto.objects(cls, RDFS.label)} == LANGS
    assert {d.language for d in onto.objects(cls, SKOS.definition)} == LANGS
    matches = [str(m) for m in onto.objects(cls, SKOS.closeMatch)]
    cameo = [m for m in matches if m.startswith(CAMEO)]
    plover = [m for m in matches if m.startswith(PLOVER)]
    assert cameo and plover, name
    for m in cameo + plover:
        concept = URIRef(m)
        scheme = URIRef(CAMEO if m in cameo else PLOVER)
        assert (concept, RDF.type, SKOS.Concept) in onto, m
        assert (concept, SKOS.inScheme, scheme) in onto, m
        assert onto.value(concept, SKOS.notation) == Literal(m.rsplit("/", 1)[1]), m
        assert onto.value(concept, SKOS.prefLabel) is not None, m
    if name in SPEC_MATCHES:
        code, ptype = SPEC_MATCHES[name]
        assert CAMEO + code in cameo
        assert PLOVER + ptype in plover


def test_concept_schemes(onto):
    for scheme in (URIRef(CAMEO), URIRef(PLOVER)):
        assert (scheme, RDF.type, SKOS.ConceptScheme) in onto
    assert onto.value(URIRef(CAMEO + "111"), SKOS.prefLabel) == Literal("Criticize or denounce", lang="en")
    assert (URIRef(CAMEO + "111"), SKOS.broader, URIRef(CAMEO + "11")) in onto


def test_alignments(onto):
    PROV_NS = "http://www.w3.org/ns/prov#"
    FOAF = "http://xmlns.com/foaf/0.1/"
    ORG = "http://www.w3.org/ns/org#"
    SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
    sub = lambda a, b: (RG[a], RDFS.subClassOf, URIRef(b)) in onto  # noqa: E731
    subp = lambda a, b: (RG[a], RDFS.subPropertyOf, URIRef(b)) in onto  # noqa: E731
    assert sub("Actor", PROV_NS + "Agent") and sub("Actor", FOAF + "Agent")
    for name in ("Government", "GovernmentBody", "NGO", "IntergovernmentalOrganization"):
        assert sub(name, ORG + "Organization"), name
    assert sub("Person", FOAF + "Person")
    assert sub("Document", PROV_NS + "Entity") and sub("Document", FOAF + "Document")
    assert sub("Response", PROV_NS + "Activity") and sub("Response", SEM + "Event")
    assert sub("Event", SEM + "Event")
    assert sub("Place", SEM + "Place") and sub("Place", "http://schema.org/Place")
    assert subp("agent", PROV_NS + "wasAssociatedWith")
    assert subp("partOf", ORG + "subOrganizationOf")
    assert subp("location", SEM + "hasPlace")
    assert subp("represents", PROV_NS + "actedOnBehalfOf")
    # nothing is imported
    assert onto.value(ONTOLOGY_IRI, OWL.imports) is None


# --------------------------------------------------------------------------------------
# OWL reasoning (owlready2 + HermiT)
# --------------------------------------------------------------------------------------

def _java() -> str:
    java = shutil.which("java")
    if java is None:
        pytest.fail("HermiT needs Java: install a JRE (apt-get install default-jre-headless)")
    return java


def _load_owlready(tmp_path):
    owlready2 = pytest.importorskip("owlready2")
    owlready2.JAVA_EXE = _java()
    rdfxml = tmp_path / "rightsgraph.owl"
    rdflib.Graph().parse(TTL, format="turtle").serialize(rdfxml, format="xml")
    world = owlready2.World()
    ontology = world.get_ontology(rdfxml.as_uri()).load()
    return owlready2, world, ontology


def test_owlready2_loads_and_hermit_consistent(tmp_path):
    owlready2, world, ontology = _load_owlready(tmp_path)
    assert ontology.search_one(iri=str(RG.Condemnation)) is not None
    assert ontology.search_one(iri=str(RG.agent)) is not None
    with ontology:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    unsatisfiable = [c for c in world.inconsistent_classes() if c is not owlready2.Nothing]
    assert unsatisfiable == []
    # the subclass chain survives: an official is a person and an actor
    official = ontology.search_one(iri=str(RG.Official))
    actor = ontology.search_one(iri=str(RG.Actor))
    assert actor in official.ancestors()


def test_hermit_detects_response_actor_clash(tmp_path):
    """An individual typed both rg:Response and rg:Actor is inconsistent (disjointness works)."""
    owlready2, world, ontology = _load_owlready(tmp_path)
    response = ontology.search_one(iri=str(RG.Condemnation))
    government = ontology.search_one(iri=str(RG.Government))
    with ontology:
        clash = response("clash")
        clash.is_a.append(government)
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        with ontology:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)


# --------------------------------------------------------------------------------------
# SHACL (pyshacl, with the ontology as ont_graph so subclasses are targeted)
# --------------------------------------------------------------------------------------

SHA = "0" * 63 + "a"


def _valid_data() -> rdflib.Graph:
    g = rdflib.Graph()
    doc, place, gov = ID["doc/ca-statement.txt"], ID["place/CA"], ID["gov/CA"]
    event, resp = ID["event/persecution/CN-XJ"], ID["response/1"]
    xj = ID["place/CN-XJ"]
    ev1, ev2 = ID["evidence/1"], ID["evidence/2"]
    g.add((doc, RDF.type, RG.Document))
    g.add((doc, DCTERMS.identifier, Literal("ca-statement.txt")))
    g.add((doc, DCTERMS.language, Literal("en")))
    g.add((doc, RG.sha256, Literal(SHA)))
    g.add((doc, RG.sentenceCount, Literal(3)))
    g.add((doc, RG.mentions, gov))
    g.add((place, RDF.type, RG.Place))
    g.add((place, RG.isoCode, Literal("CA")))
    g.add((place, SKOS.prefLabel, Literal("Canada", lang="en")))
    g.add((place, SKOS.prefLabel, Literal("كندا", lang="ar")))
    g.add((xj, RDF.type, RG.Place))
    g.add((xj, RG.isoCode, Literal("CN-XJ")))
    g.add((xj, SKOS.prefLabel, Literal("Xinjiang", lang="en")))
    g.add((gov, RDF.type, RG.Government))
    g.add((gov, RG.governs, place))
    g.add((gov, SKOS.prefLabel, Literal("Government of Canada", lang="en")))
    g.add((gov, SKOS.prefLabel, Literal("Gouvernement du Canada", lang="fr")))
    g.add((gov, SKOS.altLabel, Literal("Ottawa", lang="en")))
    for ev, (start, end, text) in ((ev1, (0, 26, "Canada condemns the abuses")),
                                   (ev2, (27, 40, "in Xinjiang."))):
        g.add((ev, RDF.type, RG.Evidence))
        g.add((ev, RG.text, Literal(text)))
        g.add((ev, RG.start, Literal(start)))
        g.add((ev, RG.end, Literal(end)))
        g.add((ev, RG.confidence, Literal(Decimal("0.9"))))
        g.add((ev, RG.document, doc))
    g.add((ev1, RG.cue, Literal("condemns")))
    g.add((event, RDF.type, RG.Persecution))
    g.add((event, RG.location, xj))
    g.add((event, RG.affectedGroup, Literal("Uyghurs", lang="en")))
    g.add((event, PROV.wasDerivedFrom, doc))
    g.add((event, RG.evidence, ev2))
    g.add((resp, RDF.type, RG.Condemnation))
    g.add((resp, RG.agent, gov))
    g.add((resp, RG.respondsTo, event))
    g.add((resp, RG.modality, Literal("asserted")))
    g.add((resp, RG.date, Literal("2022-06", datatype=XSD.gYearMonth)))
    g.add((resp, PROV.wasDerivedFrom, doc))
    g.add((resp, RG.evidence, ev1))
    q = BNode()
    g.add((resp, RG.quantity, q))
    g.add((q, RDF.type, RG.Quantity))
    g.add((q, RG.value, Literal(Decimal("47"))))
    g.add((q, RG.unit, Literal("signatory states")))
    return g


def _validate(data: rdflib.Graph, onto, shapes, **kwargs):
    pyshacl = pytest.importorskip("pyshacl")
    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=onto, inference="none", advanced=True,
        allow_warnings=False, **kwargs)
    paths = {p for p in report.objects(None, SH.resultPath)}
    return conforms, paths, text


def test_shapes_are_valid_shacl(shapes, onto):
    conforms, _, text = _validate(_valid_data(), onto, shapes, meta_shacl=True)
    assert conforms, text


def test_valid_graph_conforms(onto, shapes):
    conforms, paths, text = _validate(_valid_data(), onto, shapes)
    assert conforms, text
    assert not paths


def test_response_without_agent_fails(onto, shapes):
    data = _valid_data()
    data.remove((ID["response/1"], RG.agent, None))
    conforms, paths, text = _validate(data, onto, shapes)
    assert not conforms
    assert RG.agent in paths, text


def test_evidence_without_end_fails(onto, shapes):
    data = _valid_data()
    data.remove((ID["evidence/1"], RG.end, None))
    conforms, paths, text = _validate(data, onto, shapes)
    assert not conforms
    assert RG.end in paths, text


def test_place_with_bad_iso_code_fails(onto, shapes):
    data = _valid_data()
    data.set((ID["place/CA"], RG.isoCode, Literal("Canada")))
    conforms, paths, text = _validate(data, onto, shapes)
    assert not conforms
    assert RG.isoCode in paths, text


@pytest.mark.parametrize("mutate,path", [
    (lambda g: g.add((ID["response/1"], RG.modality, Literal("negated"))), RG.modality),
    (lambda g: g.add((ID["response/1"], PROV.wasDerivedFrom, ID["doc/other"])), PROV.wasDerivedFrom),
    (lambda g: g.set((ID["evidence/1"], RG.confidence, Literal(Decimal("1.5")))), RG.confidence),
    (lambda g: g.set((ID["evidence/1"], RG.start, Literal(-1))), RG.start),
    (lambda g: g.set((ID["doc/ca-statement.txt"], RG.sha256, Literal("ABC"))), RG.sha256),
    (lambda g: g.remove((ID["doc/ca-statement.txt"], DCTERMS.identifier, None)), DCTERMS.identifier),
    (lambda g: g.remove((ID["gov/CA"], SKOS.prefLabel, Literal("Government of Canada", lang="en"))),
     SKOS.prefLabel),
    (lambda g: g.remove((ID["gov/CA"], RG.governs, None)), RG.governs),
    (lambda g: g.remove((ID["event/persecution/CN-XJ"], RG.evidence, None)), RG.evidence),
    (lambda g: g.remove((None, RG.unit, None)), RG.unit),
    (lambda g: g.add((ID["response/1"], RG.respondsTo, ID["gov/CA"])), RG.respondsTo),
])
def test_other_broken_variants_fail(onto, shapes, mutate, path):
    data = _valid_data()
    mutate(data)
    conforms, paths, text = _validate(data, onto, shapes)
    assert not conforms
    assert path in paths, text


def test_joint_act_with_many_agents_conforms(onto, shapes):
    data = _valid_data()
    for i in range(15):
        gov = ID[f"gov/X{i}"]
        data.add((gov, RDF.type, RG.GovernmentBody))
        data.add((gov, SKOS.prefLabel, Literal(f"Embassy {i}", lang="en")))
        data.add((ID["response/1"], RG.agent, gov))
    conforms, _, text = _validate(data, onto, shapes)
    assert conforms, text
