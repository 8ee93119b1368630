"""Every ontology term the code, the queries and the data tables use exists in the ontology."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rightsgraph.loaders.model import ACTOR_KINDS, RESPONSE_TYPES
from rightsgraph.ontology.namespace import RG

ROOT = Path(__file__).resolve().parents[1]
CODE_DIRS = ("ontology", "loaders", "queries", "graph")


def _files(*suffixes):
    for folder in CODE_DIRS:
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in suffixes and "__pycache__" not in path.parts:
                yield path


def test_misspelt_term_fails_loudly():
    with pytest.raises(AttributeError, match="not a term"):
        RG.Condemnaton  # noqa: B018


def test_model_names_are_ontology_classes():
    for name in RESPONSE_TYPES + ACTOR_KINDS:
        assert name in RG, name


def test_terms_used_in_python_exist():
    used = {}
    for path in _files(".py"):
        if path.name == "namespace.py":  # its docstring misspells a term on purpose
            continue
        for name in re.findall(r"\bRG\.([A-Za-z_]\w*)", path.read_text(encoding="utf-8")):
            used.setdefault(name, path.name)
    namespace_api = {"terms"}  # attributes of the namespace object itself
    missing = {n: f for n, f in used.items()
               if n not in RG and not n.startswith("_") and n not in namespace_api}
    assert used and not missing, missing


def test_terms_used_in_queries_and_tables_exist():
    used = {}
    for path in _files(".rq", ".tsv"):
        for name in re.findall(r"\brg:([A-Za-z_]\w*)", path.read_text(encoding="utf-8")):
            used.setdefault(name, path.name)
    missing = {n: f for n, f in used.items() if n not in RG}
    assert not missing, missing
