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
import subprocess
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


# Datatypes of the OWL 2 datatype map that HermiT accepts; literals of any other datatype
# (xsd:date, xsd:gYear, xsd:gYearMonth: our dates) are handed to it as plain strings,
# which changes nothing for consistency since rightsgraph's date properties have no range.
_OWL2_DATATYPES = {f"http://www.w3.org/2001/XMLSchema#{name}" for name in (
    "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger "
    "long int short byte unsignedLong unsignedInt unsignedShort unsignedByte double float "
    "string normalizedString token language Name NCName NMTOKEN boolean hexBinary "
    "base64Binary anyURI dateTime dateTimeStamp").split()} | {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#PlainLiteral",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral",
    "http://www.w3.org/2002/07/owl#real", "http://www.w3.org/2002/07/owl#rational"}


def _reasoner_triples(store):
    for triple in sorted_triples(store):
        obj = triple.object
        if isinstance(obj, ox.Literal) and not obj.language and obj.datatype.value not in _OWL2_DATATYPES:
            triple = ox.Triple(triple.subject, triple.predicate, ox.Literal(obj.value))
        yield triple


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
        ox.serialize(_reasoner_triples(store), str(data_file), ox.RdfFormat.N_TRIPLES)
        world = owlready2.World()
        world.get_ontology(onto_file.as_uri()).load(format="ntriples")
        data = world.get_ontology(data_file.as_uri()).load(format="ntriples")
        try:
            with data:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            detail = (str(exc).strip().splitlines() or ["an individual belongs to disjoint classes"])[0]
            return False, f"the data contradicts the ontology: {detail[:200]}"
        except subprocess.CalledProcessError as exc:
            output = (exc.output or b"").decode("utf-8", "replace").strip().splitlines()
            reason = next((line for line in output if "Exception" in line), output[-1] if output else "")
            raise RightsgraphError(f"the OWL reasoner (HermiT) failed: {reason[:200]}") from None
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
