"""Named SPARQL queries: the ``*.rq`` files shipped beside this module, and their parameters.

Each file starts with comment headers, then the SPARQL text (which may use the project's
prefixes ``rg:``, ``rgid:``, ``skos:``... without declaring them)::

    # name: responses-to-event
    # description: every response to one event, with agents, dates and evidence
    # param: event IRI "the event (rgid:event/persecution/RU-CE or a full IRI)"
    # param: lang literal "language of the labels" = en
    # param: from date "earliest date" optional

A parameter line gives the name (which is also the SPARQL variable it binds), its kind,
a quoted description, then either ``= DEFAULT``, ``optional`` (left unbound when not
given: the query then matches every value) or nothing (required). Kinds:

``IRI``
    ``rgid:event/...`` or any ``prefix:local`` CURIE of the project's prefixes, ``<IRI>``
    or a full ``http(s)`` IRI.
``literal``
    a plain string.
``date``
    ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (xsd:date, xsd:gYearMonth, xsd:gYear).
``type``
    a class of the rightsgraph ontology: ``Condemnation``, ``rg:Condemnation`` or its IRI.

Values are bound with pyoxigraph's ``substitutions`` (a dict of
:class:`pyoxigraph.Variable` to RDF terms), never pasted into the query text, so a value can
only ever be one RDF term. pyoxigraph requires a substituted variable to be in the SELECT
projection, so every parameter variable is projected (and grouped on when the query
aggregates). Parameters are only used in the query's outermost group, or in triple
patterns of nested groups and sub-queries that project them (never in a nested FILTER or
BIND), so a remote endpoint given the same bindings as a ``VALUES`` block (see
:mod:`rightsgraph.graph.endpoint`) returns the same rows.

The queries are written for pyoxigraph's planner (see ``bench/README.md``, "Named queries
after the second rewrite"): it does not see substituted values, so a query bound to a node
opens with a plain triple pattern on it and lists types in ``FILTER(?t IN (...))`` rather
than ``VALUES`` (which it would start from); a sub-query after that first pattern would be
evaluated over the whole store. Whole-store queries do the opposite: one sub-query per
pattern, joined in memory. Whether an optional parameter was given is tested with
``COALESCE(STR(?p), "") = ""``, never ``BOUND(?p)``: under pyoxigraph's substitution
``BOUND`` of a substituted variable is false.

Examples
--------
>>> from rightsgraph.queries.named import list_queries, prepare
>>> "responses-to-event" in [q.name for q in list_queries()]
True
>>> text, subs = prepare("responses-to-event", ["event=rgid:event/persecution/RU-CE"])
>>> [(v.value, t.value) for v, t in subs.items() if v.value == "event"]
[('event', 'https://w3id.org/rightsgraph/id/event/persecution/RU-CE')]
>>> prepare("no-such-query", [])
Traceback (most recent call last):
...
rightsgraph.ontology.errors.UsageError: unknown named query 'no-such-query'; known: actors-by-kind, ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pyoxigraph as ox

from rightsgraph.ontology.errors import UsageError
from rightsgraph.ontology.namespace import PREFIXES, RG, RG_NS

KINDS = ("IRI", "literal", "date", "type")

_PARAM = re.compile(
    r'^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<kind>\w+)\s+"(?P<description>[^"]*)"\s*'
    r'(?:=\s*(?P<default>\S.*?)|(?P<optional>optional))?\s*$')
_HEADER = re.compile(r"^#\s*(name|description|param)\s*:\s*(.*?)\s*$")
_DATE = re.compile(r"^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_XSD = PREFIXES["xsd"]


@dataclass(frozen=True)
class Param:
    """One parameter of a named query."""

    name: str
    kind: str
    description: str
    default: str | None = None
    optional: bool = False

    @property
    def required(self) -> bool:
        return self.default is None and not self.optional

    def usage(self) -> str:
        """``event=IRI`` plus ``(default: en)`` or ``(optional)``."""
        text = f"{self.name}={self.kind}"
        if self.default is not None:
            return f"{text} (default: {self.default})"
        return f"{text} (optional)" if self.optional else text


@dataclass(frozen=True)
class NamedQuery:
    """A named query: its headers and SPARQL text."""

    name: str
    description: str
    params: tuple = field(default_factory=tuple)
    text: str = ""
    source: str = ""

    def param(self, name: str) -> Param | None:
        for param in self.params:
            if param.name == name:
                return param
        return None


class NamedQueryError(UsageError):
    """A named query file with malformed headers (a packaging bug, reported clearly)."""


def parse_named_query(text: str, source: str = "<query>") -> NamedQuery:
    """Read the headers of a ``.rq`` file.

    Examples
    --------
    >>> q = parse_named_query('# name: n\\n# description: d\\n# param: x IRI "an x"\\nSELECT ?x {}')
    >>> q.name, q.params[0].kind, q.params[0].required
    ('n', 'IRI', True)
    """
    headers = {"name": None, "description": None}
    params = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER.match(stripped)
        if not match:
            continue
        key, value = match.groups()
        if key != "param":
            headers[key] = value
            continue
        pm = _PARAM.match(value)
        if not pm or pm["kind"] not in KINDS:
            raise NamedQueryError(f"{source}: malformed parameter header {value!r} "
                                  f"(expected: NAME {'|'.join(KINDS)} \"description\" [= default | optional])")
        params.append(Param(pm["name"], pm["kind"], pm["description"], pm["default"],
                            bool(pm["optional"])))
    if not headers["name"] or not headers["description"]:
        raise NamedQueryError(f"{source}: a named query needs '# name:' and '# description:' headers")
    return NamedQuery(headers["name"], headers["description"], tuple(params), text, source)


@lru_cache(maxsize=1)
def _load_all() -> dict:
    found = {}
    for entry in sorted(resources.files("rightsgraph.queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            query = parse_named_query(entry.read_text(encoding="utf-8"), entry.name)
            if query.name in found:
                raise NamedQueryError(f"{entry.name}: query name {query.name!r} is used twice")
            found[query.name] = query
    return found


def list_queries() -> list:
    """The named queries shipped with rightsgraph, sorted by name."""
    return [query for _, query in sorted(_load_all().items())]


def get_query(name: str) -> NamedQuery:
    """The named query ``name``; a :class:`UsageError` lists the known names otherwise."""
    queries = _load_all()
    if name not in queries:
        raise UsageError(f"unknown named query {name!r}; known: {', '.join(sorted(queries))}"
                         " (see `rightsgraph queries`)")
    return queries[name]


def _iri(value: str, param: Param) -> ox.NamedNode:
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    elif not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", text):
        prefix, sep, local = text.partition(":")
        if not sep or prefix not in PREFIXES:
            raise UsageError(f"parameter {param.name}: {value!r} is not an IRI; give "
                             f"rgid:..., another known prefix ({', '.join(PREFIXES)}) or a full IRI")
        text = PREFIXES[prefix] + local
    try:
        return ox.NamedNode(text)
    except ValueError as exc:
        raise UsageError(f"parameter {param.name}: {value!r} is not a valid IRI ({exc})") from None


def _date(value: str, param: Param) -> ox.Literal:
    match = _DATE.match(value.strip())
    if not match:
        raise UsageError(f"parameter {param.name}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    datatype = "date" if match.group(4) else "gYearMonth" if match.group(2) else "gYear"
    return ox.Literal(value.strip(), datatype=ox.NamedNode(_XSD + datatype))


def _type(value: str, param: Param) -> ox.NamedNode:
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    if text.startswith("rg:"):
        text = text[3:]
    elif text.startswith(RG_NS):
        text = text[len(RG_NS):]
    if not text[:1].isupper() or text not in RG:
        classes = sorted(t for t in RG.terms if t[:1].isupper())
        raise UsageError(f"parameter {param.name}: {value!r} is not a class of the rightsgraph "
                         f"ontology; for example {', '.join(classes[:8])}, ...")
    return RG[text]


def to_term(param: Param, value: str):
    """The RDF term for ``value`` given the parameter's kind.

    Examples
    --------
    >>> to_term(Param("t", "type", "a type"), "Condemnation").value
    'https://w3id.org/rightsgraph/ontology#Condemnation'
    >>> str(to_term(Param("d", "date", "a date"), "2017-04"))
    '"2017-04"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
    """
    if param.kind == "IRI":
        return _iri(value, param)
    if param.kind == "date":
        return _date(value, param)
    if param.kind == "type":
        return _type(value, param)
    return ox.Literal(value)


def prepare(name: str, params) -> tuple:
    """The text of named query ``name`` and the substitutions for ``params``.

    Parameters
    ----------
    name : str
        A named query (see :func:`list_queries`).
    params : list of str
        ``"key=value"`` strings, as given to ``--param``.

    Returns
    -------
    (str, dict[pyoxigraph.Variable, term])
        The SPARQL text and the bindings to pass as ``substitutions``.

    Raises
    ------
    UsageError
        Unknown query or parameter, malformed or repeated ``key=value``, a value that does not
        fit the parameter's kind, or a required parameter left out.
    """
    query = get_query(name)
    given = {}
    for item in params or ():
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise UsageError(f"--param {item!r}: expected KEY=VALUE")
        param = query.param(key)
        if param is None:
            known = ", ".join(p.usage() for p in query.params) or "none"
            raise UsageError(f"named query {name!r} has no parameter {key!r}; its parameters: {known}")
        if key in given:
            raise UsageError(f"parameter {key!r} given twice")
        given[key] = value
    substitutions = {}
    for param in query.params:
        if param.name in given:
            value = given[param.name]
        elif param.default is not None:
            value = param.default
        elif param.optional:
            continue
        else:
            raise UsageError(f"named query {name!r} needs --param {param.name}=... "
                             f"({param.kind}: {param.description})")
        substitutions[ox.Variable(param.name)] = to_term(param, value)
    return query.text, substitutions
