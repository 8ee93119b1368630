"""Checking the store: SHACL shapes (pyshacl) and OWL consistency (owlready2 + HermiT).

SHACL runs on the union of the document graphs with the ontology as its ``ont_graph``, so
``sh:targetClass rg:Response`` reaches every response subclass. OWL consistency loads the
ontology and the data into owlready2 and runs HermiT, which needs a Java runtime.

Examples
--------
>>> from rightsgraph.graph.validate import java_available
>>> isinstance(java_available(), bool)
True
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from rightsgraph.ontology.errors import RightsgraphError
from rightsgraph.ontology.namespace import SHAPES_FILE, ontology_path

from .dump import sorted_triples


class JavaMissingError(RightsgraphError):
    """HermiT (the OWL reasoner) needs Java and none was found."""


@dataclass
class ValidationReport:
    conforms: bool = True
    shacl_violations: list = field(default_factory=list)   # one line each
    owl_consistent: bool | None = None
    owl_message: str = ""


def java_available() -> bool:
    return shutil.which("java") is not None


def _rdflib_graph(store):
    import rdflib

    data = ox.serialize(sorted_triples(store), format=ox.RdfFormat.N_TRIPLES)
    graph = rdflib.Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def shacl_check(store, max_lines: int = 50):
    """Validate the store against the shipped shapes; returns (conforms, violation lines)."""
    import rdflib
    from pyshacl import validate

    data = _rdflib_graph(store)
    shapes = rdflib.Graph().parse(str(ontology_path(SHAPES_FILE)), format="turtle")
    ontology = rdflib.Graph().parse(str(ontology_path()), format="turtle")
    conforms, results, _ = validate(data, shacl_graph=shapes, ont_graph=ontology,
                                    inference="none", advanced=True, allow_warnings=True)
    lines = []
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = results.value(result, sh.focusNode)
        path = results.value(result, sh.resultPath)
        message = results.value(result, sh.resultMessage)
        lines.append(f"{focus} {path or ''}: {message}".strip())
    lines.sort()
    return bool(conforms), lines[:max_lines] if max_lines else lines


def owl_check(store):
    """Run HermiT on the ontology plus the data; returns (consistent, message)."""
    if not java_available():
        raise JavaMissingError("OWL reasoning (HermiT) needs Java: install a JRE "
                               "(apt-get install default-jre-headless) or use --no-owl")
    import owlready2

    with tempfile.TemporaryDirectory() as tmp:
        onto_file = Path(tmp) / "ontology.nt"
        onto_triples = ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)
        ox.serialize(onto_triples, str(onto_file), ox.RdfFormat.N_TRIPLES)
        data_file = Path(tmp) / "data.nt"
        ox.serialize(sorted_triples(store), str(data_file), ox.RdfFormat.N_TRIPLES)
        world = owlready2.World()
        world.get_ontology(onto_file.as_uri()).load(format="ntriples")
        data = world.get_ontology(data_file.as_uri()).load(format="ntriples")
        try:
            with data:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            return False, f"the data contradicts the ontology: {str(exc).splitlines()[0][:200]}"
    return True, "consistent"


def validate_store(store, shacl: bool = True, owl: bool = True) -> ValidationReport:
    report = ValidationReport()
    if shacl:
        conforms, lines = shacl_check(store)
        report.conforms = conforms
        report.shacl_violations = lines
    if owl:
        consistent, message = owl_check(store)
        report.owl_consistent = consistent
        report.owl_message = message
        report.conforms = report.conforms and consistent
    return report
