"""Running SPARQL against the embedded store: parsing checks, result formats, timeouts.

The default graph a query sees is the union of the document graphs; the project's
prefixes (``rg:``, ``prov:``, ``skos:``...) are predeclared. pyoxigraph has no query
timeout, so a query with ``timeout`` runs in a child process that is killed when the time
is up; the store is opened read-only there, so nothing can be left half-written.

Examples
--------
>>> from rightsgraph.graph.sparql import query_kind
>>> query_kind("PREFIX ex: <http://e/> # c\\nSELECT * WHERE { ?s ?p ?o }")
'SELECT'
>>> query_kind("INSERT DATA { <a:b> <a:c> <a:d> }")
'UPDATE'
"""

from __future__ import annotations

import io
import multiprocessing
import re
import sys

import pyoxigraph as ox

from rightsgraph.ontology.errors import (
    QuerySyntaxError, QueryTimeoutError, RightsgraphError, StoreError,
)
from rightsgraph.ontology.namespace import PREFIXES

RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}

_PROLOGUE = re.compile(
    r"\s*(?:#[^\n]*\n|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>|\s+)*", re.IGNORECASE)
_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE",
                 "ADD", "WITH")


def query_kind(text: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE, ASK, UPDATE or UNKNOWN, from the first keyword."""
    rest = text[_PROLOGUE.match(text).end():]
    word = re.match(r"[A-Za-z]+", rest)
    word = word.group().upper() if word else ""
    if word in ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK"):
        return word
    if word in _UPDATE_WORDS:
        return "UPDATE"
    return "UNKNOWN"


def syntax_error(exc: SyntaxError, what: str = "query") -> QuerySyntaxError:
    """A one-line error naming line and column (Oxigraph says 'error at L:C: ...')."""
    message = " ".join(str(exc).split())
    match = re.match(r"error at (\d+):(\d+):\s*(.*)", message)
    if match:
        line, column, detail = match.groups()
        if len(detail) > 160:
            detail = detail[:157] + "..."
        return QuerySyntaxError(f"malformed SPARQL {what} at line {line}, column {column}: {detail}")
    return QuerySyntaxError(f"malformed SPARQL {what}: {message[:200]}")


def check_read_only(text: str) -> None:
    """Refuse an update sent to ``query`` before touching the store."""
    if query_kind(text) == "UPDATE":
        raise QuerySyntaxError("this is a SPARQL update; `query` is read-only: use `rightsgraph update`")


def format_table(results, out) -> None:
    """A plain text table of SELECT results (terms in their SPARQL/N-Triples form)."""
    variables = [v.value for v in results.variables]
    rows = []
    for solution in results:
        row = []
        for name in variables:
            term = solution[name]
            if term is None:
                row.append("")
            elif isinstance(term, ox.Literal) and term.datatype.value in (
                    "http://www.w3.org/2001/XMLSchema#string",
                    "http://www.w3.org/2001/XMLSchema#integer",
                    "http://www.w3.org/2001/XMLSchema#decimal") and not term.language:
                row.append(term.value)
            elif isinstance(term, ox.Literal) and term.language:
                row.append(f"{term.value}@{term.language}")
            else:
                row.append(_short(term))
            row[-1] = " ".join(row[-1].split())
        rows.append(row)
    widths = [max([len(v)] + [min(len(r[i]), 80) for r in rows]) for i, v in enumerate(variables)]

    def fmt(cells):
        return " | ".join(c[:80].ljust(w) for c, w in zip(cells, widths)).rstrip()

    out.write(fmt(variables) + "\n")
    out.write("-+-".join("-" * w for w in widths) + "\n")
    for row in rows:
        out.write(fmt(row) + "\n")
    out.write(f"({len(rows)} row{'s' * (len(rows) != 1)})\n")


def _short(term) -> str:
    if isinstance(term, ox.NamedNode):
        for prefix, base in PREFIXES.items():
            if term.value.startswith(base) and re.fullmatch(r"[\w.-]*", term.value[len(base):]):
                return f"{prefix}:{term.value[len(base):]}"
        return f"<{term.value}>"
    return str(term)


def write_results(results, out, results_format: str = "table") -> None:
    """Write query results to the binary stream ``out`` in the chosen format."""
    if isinstance(results, ox.QueryBoolean):
        if results_format in ("table", "csv", "tsv"):
            out.write(b"true\n" if bool(results) else b"false\n")
        else:
            results.serialize(out, RESULT_FORMATS[results_format])
        return
    if isinstance(results, ox.QueryTriples):
        fmt = "turtle" if results_format in ("table", "csv", "tsv", "json", "xml") else results_format
        ox.serialize(results, out, GRAPH_FORMATS[fmt], prefixes=PREFIXES)
        return
    if results_format == "table":
        text = io.StringIO()
        format_table(results, text)
        out.write(text.getvalue().encode("utf-8"))
        return
    results.serialize(out, RESULT_FORMATS[results_format])


def execute(store, text: str, substitutions=None):
    """Run ``text`` on a RightsStore with the project's prefixes and union default graph."""
    check_read_only(text)
    try:
        return store.ox.query(text, use_default_graph_as_union=True, prefixes=PREFIXES,
                              substitutions=substitutions)
    except SyntaxError as exc:
        raise syntax_error(exc) from None
    except OSError as exc:
        raise StoreError(f"query failed: {exc}") from None


def _child(store_path, text, substitutions, results_format, conn):
    from .store import RightsStore

    try:
        store = RightsStore.open_read_only(store_path)
        buffer = io.BytesIO()
        write_results(execute(store, text, substitutions), buffer, results_format)
        conn.send(("ok", buffer.getvalue()))
    except (RightsgraphError, OSError, ValueError) as exc:
        conn.send(("error", exc if isinstance(exc, RightsgraphError) else StoreError(str(exc))))
    finally:
        conn.close()


def run_query(store_path, text: str, out=None, results_format: str = "table",
              timeout: float | None = None, substitutions=None, store=None) -> None:
    """Run a query and write its results; kill it after ``timeout`` seconds.

    Parameters
    ----------
    store_path : str or Path
        The store folder (opened read-only).
    text : str
        The SPARQL query.
    out : binary stream, optional
        Where results go (default: standard output).
    results_format : {"table", "csv", "tsv", "json", "xml", "turtle", "ntriples", ...}
    timeout : float, optional
        Seconds; the query runs in a child process that is killed when time is up.
    store : RightsStore, optional
        An open store to use instead of opening ``store_path`` (no timeout then).
    """
    out = out if out is not None else sys.stdout.buffer
    check_read_only(text)
    if not timeout:
        if store is None:
            from .store import RightsStore

            store = RightsStore.open_read_only(store_path)
        write_results(execute(store, text, substitutions), out, results_format)
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(
        str(store_path) if store_path else None, text, substitutions, results_format, child))
    process.start()
    child.close()
    if not parent.poll(timeout):
        process.kill()
        process.join()
        raise QueryTimeoutError(f"query timed out after {timeout:g} s")
    status, payload = parent.recv()
    process.join()
    if status == "error":
        raise payload
    out.write(payload)
