"""Querying a remote SPARQL 1.1 endpoint (Oxigraph server, QLever, Virtuoso, Fuseki...).

The query goes out as an HTML-form ``POST`` (``query=...``, which every SPARQL 1.1 Protocol
server accepts), preceded by the project's ``PREFIX`` declarations. Results come back as
SPARQL JSON (or XML / TSV if that is what the server sends) and are parsed into pyoxigraph
terms, so ``--results table|csv|tsv|json|xml`` prints exactly what the embedded store
would print; CONSTRUCT and DESCRIBE come back as N-Triples or Turtle and are written as
Turtle (or the format asked for).

Parameters of named queries are sent as a ``VALUES`` block placed first in the query's
outermost ``WHERE`` group: every value is written by pyoxigraph in its N-Triples form, so
a value can only ever be one RDF term, never SPARQL syntax. The named queries project
their parameter variables and use them only in that outermost group, so this gives the
same rows as pyoxigraph's ``substitutions`` on the embedded store.

Errors are one line naming the URL: :class:`EndpointError` when the endpoint cannot be
reached or answers 4xx/5xx, :class:`~rightsgraph.ontology.errors.QuerySyntaxError` when it
answers 400 (a query it could not parse), :class:`~rightsgraph.ontology.errors.QueryTimeoutError`
when it does not answer in time.

Examples
--------
>>> import pyoxigraph as ox
>>> from rightsgraph.graph.endpoint import inject_values, select_rows
>>> print(inject_values("SELECT ?e ?r WHERE { ?r rg:respondsTo ?e }",
...                     {ox.Variable("e"): ox.NamedNode("https://w3id.org/rightsgraph/id/event/x")}))
SELECT ?e ?r WHERE { VALUES (?e) { (<https://w3id.org/rightsgraph/id/event/x>) }
 ?r rg:respondsTo ?e }
>>> select_rows("http://127.0.0.1:9/query", "SELECT * WHERE { ?s ?p ?o }", timeout=2)
Traceback (most recent call last):
...
rightsgraph.graph.endpoint.EndpointError: cannot reach SPARQL endpoint http://127.0.0.1:9/query: Connection refused
"""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from rightsgraph.ontology.errors import (
    QuerySyntaxError, QueryTimeoutError, RightsgraphError, UsageError,
)
from rightsgraph.ontology.namespace import sparql_prefixes

from .sparql import GRAPH_FORMATS, check_read_only, query_kind, write_results

USER_AGENT = "rightsgraph/0.1 (SPARQL 1.1 Protocol client)"
SOLUTIONS_ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
                    "text/tab-separated-values;q=0.8")
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/n-quads;q=0.8"
_RESULTS_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
# Tokens that may hold braces or the word WHERE without being syntax.
_SKIP = re.compile(r'#[^\n]*|<[^<>"{}|^`\\\s]*>|"""(?:[^"\\]|\\.|"(?!""))*"""'
                   r"|'''(?:[^'\\]|\\.|'(?!''))*'''|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'"
                   r"|[?$][A-Za-z0-9_]+|[A-Za-z_][\w.-]*:[\w.:%-]*")


class EndpointError(RightsgraphError):
    """A SPARQL endpoint that cannot be reached, or that answered with an error."""


def _outer_group_start(text: str) -> int:
    """Offset just after the ``{`` opening the query's outermost WHERE group."""
    kind = query_kind(text)
    depth, pos, seen_where, first_brace = 0, 0, False, None
    while pos < len(text):
        match = _SKIP.match(text, pos)
        if match:
            pos = match.end()
            continue
        char = text[pos]
        if char == "{":
            if depth == 0:
                if seen_where or (kind != "CONSTRUCT" and first_brace is None):
                    return pos + 1
                if first_brace is None:
                    first_brace = pos
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and text[pos:pos + 5].upper() == "WHERE" and not text[pos - 1:pos].isalnum() \
                and not text[pos + 5:pos + 6].isalnum():
            seen_where = True
            pos += 5
            continue
        pos += 1
    raise QuerySyntaxError("cannot bind parameters: the query has no WHERE group")


def inject_values(text: str, substitutions) -> str:
    """``text`` with ``substitutions`` as a ``VALUES`` block opening its WHERE group.

    Each term is written by pyoxigraph in its N-Triples form (``str(term)``), so values are
    never pasted in as SPARQL syntax.
    """
    if not substitutions:
        return text
    items = sorted(substitutions.items(), key=lambda item: item[0].value)
    for variable, term in items:
        if not isinstance(variable, ox.Variable) or not isinstance(
                term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
            raise UsageError(f"cannot bind {variable!r} to {term!r}")
        if isinstance(term, ox.BlankNode):
            raise UsageError(f"cannot send a blank node for ?{variable.value} to an endpoint")
    names = " ".join(str(variable) for variable, _ in items)
    values = " ".join(str(term) for _, term in items)
    at = _outer_group_start(text)
    return f"{text[:at]} VALUES ({names}) {{ ({values}) }}\n{text[at:]}"


def _post(url: str, text: str, accept: str, timeout):
    """POST ``query=text``; returns (content type, body bytes)."""
    data = urllib.parse.urlencode({"query": text}).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        "Accept": accept, "User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            return content_type, response.read()
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read(2000).decode("utf-8", "replace").split())[:300] or exc.reason
        if exc.code == 400:
            raise QuerySyntaxError(f"endpoint {url} rejected the query (HTTP 400): {detail}") from None
        raise EndpointError(f"endpoint {url} answered HTTP {exc.code}: {detail}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise QueryTimeoutError(f"endpoint {url} did not answer within {timeout:g} s") from None
        reason = getattr(reason, "strerror", None) or str(reason)
        raise EndpointError(f"cannot reach SPARQL endpoint {url}: {reason}") from None
    except (socket.timeout, TimeoutError):
        raise QueryTimeoutError(f"endpoint {url} did not answer within {timeout:g} s") from None
    except ValueError as exc:
        raise UsageError(f"bad endpoint URL {url!r}: {exc}") from None
    except OSError as exc:
        raise EndpointError(f"cannot reach SPARQL endpoint {url}: {exc.strerror or exc}") from None


def _check_url(url: str) -> None:
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise UsageError(f"bad endpoint URL {url!r}: expected http://HOST[:PORT]/PATH")


def _prepare(url: str, text: str, substitutions) -> tuple:
    _check_url(url)
    check_read_only(text)
    kind = query_kind(text)
    return kind, sparql_prefixes() + inject_values(text, substitutions)


def remote_results(url: str, text: str, substitutions=None, timeout=None):
    """Run ``text`` on the endpoint; pyoxigraph results (solutions, boolean or triples).

    Returns
    -------
    pyoxigraph.QuerySolutions or pyoxigraph.QueryBoolean or list of pyoxigraph.Triple
    """
    kind, full = _prepare(url, text, substitutions)
    graph = kind in ("CONSTRUCT", "DESCRIBE")
    content_type, body = _post(url, full, GRAPH_ACCEPT if graph else SOLUTIONS_ACCEPT, timeout)
    try:
        if graph or content_type in _GRAPH_TYPES:
            rdf_format = _GRAPH_TYPES.get(content_type)
            if rdf_format is None:
                raise EndpointError(f"endpoint {url} sent {content_type!r}, not an RDF format")
            return [ox.Triple(q.subject, q.predicate, q.object) if isinstance(q, ox.Quad) else q
                    for q in ox.parse(body, format=rdf_format)]
        results_format = _RESULTS_TYPES.get(content_type)
        if results_format is None:
            raise EndpointError(f"endpoint {url} sent {content_type!r}, not SPARQL results")
        return ox.parse_query_results(body, format=results_format)
    except SyntaxError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "unreadable"
        raise EndpointError(f"endpoint {url} sent results that do not parse: {first}") from None


def query_endpoint(url: str, text: str, substitutions, out, results_format: str = "table",
                   timeout=None) -> None:
    """Run a query on a SPARQL 1.1 endpoint and write its results to ``out``.

    Parameters
    ----------
    url : str
        The endpoint, e.g. ``http://127.0.0.1:7878/query``.
    text : str
        The query (the project's prefixes are predeclared).
    substitutions : dict[pyoxigraph.Variable, term] or None
        Parameter bindings, sent as a ``VALUES`` block.
    out : binary stream
    results_format : str
        As for ``rightsgraph query --results``.
    timeout : float, optional
        Seconds to wait for the endpoint.
    """
    results = remote_results(url, text, substitutions, timeout)
    if isinstance(results, list):
        fmt = results_format if results_format in GRAPH_FORMATS else "turtle"
        rdf_format = GRAPH_FORMATS[fmt]
        if rdf_format in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            results = [ox.Quad(t.subject, t.predicate, t.object) for t in results]
        from rightsgraph.ontology.namespace import PREFIXES

        ox.serialize(results, out, rdf_format,
                     prefixes=PREFIXES if fmt in ("turtle", "trig") else None)
        return
    if results_format not in ("table", "csv", "tsv", "json", "xml"):
        results_format = "table"
    write_results(results, out, results_format)


def select_rows(url: str, text: str, timeout=None, substitutions=None) -> list:
    """Rows of a SELECT query on an endpoint, as ``{variable: pyoxigraph term}`` dicts.

    Unbound variables are left out of a row.

    Examples
    --------
    ::

        rows = select_rows("http://127.0.0.1:7878/query",
                           "SELECT ?a WHERE { ?r rg:agent ?a }")
        rows[0]["a"]   # a pyoxigraph.NamedNode
    """
    results = remote_results(url, text, substitutions, timeout)
    if not isinstance(results, ox.QuerySolutions):
        raise UsageError("select_rows needs a SELECT query")
    names = [v.value for v in results.variables]
    rows = []
    for solution in results:
        rows.append({name: solution[name] for name in names if solution[name] is not None})
    return rows
