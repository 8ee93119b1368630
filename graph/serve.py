"""A read-only SPARQL 1.1 Protocol endpoint over the store, on a loopback address.

``GET /query?query=...`` and ``POST /query`` (``application/sparql-query`` body, or an
HTML form ``application/x-www-form-urlencoded`` with a ``query`` field) run a query;
``/sparql`` and ``/`` answer the same way, and ``GET /`` with no query shows a small HTML
form. The default graph is the union of the document graphs (as ``rightsgraph query``),
unless the request names graphs with ``default-graph-uri`` / ``named-graph-uri``; the
project's prefixes are predeclared.

Responses are negotiated from ``Accept``: SPARQL results as JSON (the default), XML, CSV
or TSV; CONSTRUCT and DESCRIBE as Turtle (the default), N-Triples, N-Quads, TriG, JSON-LD
or RDF/XML; nothing acceptable gives 406. Updates are refused with 403 (an ``update``
form field, an ``application/sparql-update`` body, or an update sent as a query), a
malformed query gets 400 with the parser's message, a query running past the timeout
gets 503.

Queries run in a small pool of worker processes, each with the store opened read-only:
pyoxigraph cannot interrupt a query, so a query past its time is stopped by killing its
worker, which is then replaced. A read-only store is a snapshot taken when the worker
opened it: documents loaded later show after a restart.

Examples
--------
>>> from rightsgraph.graph.serve import negotiate
>>> negotiate("SELECT", "text/csv, application/sparql-results+json;q=0.5")
'csv'
>>> negotiate("CONSTRUCT", "*/*")
'turtle'
>>> negotiate("ASK", "image/png") is None
True
"""

from __future__ import annotations

import html
import io
import ipaddress
import multiprocessing
import queue
import socket
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from rightsgraph.ontology.errors import RightsgraphError, UsageError
from rightsgraph.ontology.namespace import PREFIXES

MAX_BODY = 1 << 20            # bytes of a POSTed query or form
DEFAULT_PORT = 7878
SOLUTION_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/n-quads": "nquads", "application/trig": "trig",
    "application/ld+json": "jsonld", "application/rdf+xml": "rdfxml",
}
CONTENT_TYPES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples",
    "nquads": "application/n-quads", "trig": "application/trig",
    "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml",
}


def negotiate(kind: str, accept: str | None):
    """The results format for a query of ``kind`` given an ``Accept`` header, or None."""
    graph = kind in ("CONSTRUCT", "DESCRIBE")
    table = GRAPH_TYPES if graph else SOLUTION_TYPES
    default = "turtle" if graph else "json"
    best, best_q = None, 0.0
    for position, item in enumerate((accept or "*/*").split(",")):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        q = 1.0
        for part in parts[1:]:
            if part.lower().startswith("q="):
                try:
                    q = float(part[2:])
                except ValueError:
                    q = 0.0
        if media in ("*/*", "application/*", "text/*") or not media:
            fmt = default
            q -= 0.001   # an exact type of the same weight wins over a wildcard
        else:
            fmt = table.get(media)
        if fmt and q > best_q:
            best, best_q = fmt, q
    return best


def check_loopback(host: str) -> str:
    """``host`` if it is a loopback address (or a name resolving only to loopback)."""
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, None)
        except OSError:
            infos = []
        if infos and all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos):
            return host
    raise UsageError(f"--bind {host}: the endpoint only listens on loopback addresses "
                     "(127.0.0.1, ::1 or localhost)")


# ---------------------------------------------------------------------- worker processes
def answer(store, job: dict) -> tuple:
    """Run one query job on an open RightsStore: ``(status, content type, body)``."""
    import pyoxigraph as ox

    from .sparql import syntax_error, write_results

    text, fmt = job["query"], job["format"]
    graphs = [ox.NamedNode(g) for g in job.get("default_graphs", ())]
    named = [ox.NamedNode(g) for g in job.get("named_graphs", ())] or None
    try:
        results = store.ox.query(text, prefixes=PREFIXES, use_default_graph_as_union=not graphs,
                                 default_graph=graphs or None, named_graphs=named)
        buffer = io.BytesIO()
        write_results(results, buffer, fmt)
    except SyntaxError as exc:
        return 400, "text/plain; charset=utf-8", (str(syntax_error(exc)) + "\n").encode()
    except (OSError, ValueError, RuntimeError) as exc:
        return 500, "text/plain; charset=utf-8", f"query failed: {exc}\n".encode()
    return 200, CONTENT_TYPES[fmt], buffer.getvalue()


def _worker_main(store_path: str, conn) -> None:
    from .store import RightsStore

    store, failure = None, None
    try:
        store = RightsStore.open_read_only(store_path)
    except RightsgraphError as exc:
        failure = (500, "text/plain; charset=utf-8", f"{exc}\n".encode())
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        conn.send(answer(store, job) if store is not None else failure)


class WorkerPool:
    """Worker processes that run queries; a worker past the timeout is killed and replaced.

    Workers are started (and waited for) before the pool is used, so a query's time does
    not include a worker's start; a replacement starts in the background.
    """

    START_WAIT = 120.0   # seconds a new worker may take to import and open the store

    def __init__(self, store_path, size: int = 2, timeout: float | None = 30.0):
        self.store_path = str(store_path)
        self.timeout = timeout or None
        self._context = multiprocessing.get_context("spawn")
        self._idle = queue.Queue()
        self._all = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._spawn() for _ in range(max(1, size))]
        for worker in started:
            self._idle.put(self._wait_ready(worker))

    def _spawn(self):
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, args=(self.store_path, child),
                                        daemon=True, name="rightsgraph-serve-worker")
        process.start()
        child.close()
        with self._lock:
            self._all.add((process, parent))
        return process, parent

    def _wait_ready(self, worker):
        process, conn = worker
        try:
            if conn.poll(self.START_WAIT) and conn.recv() == "ready":
                return worker
        except (EOFError, OSError):
            pass
        self._retire(worker)
        raise RightsgraphError(f"a query worker failed to start (exit code {process.exitcode})")

    def _replace(self) -> None:
        def start():
            try:
                if not self._closed:
                    self._idle.put(self._wait_ready(self._spawn()))
            except RightsgraphError:
                pass
        threading.Thread(target=start, daemon=True).start()

    def _retire(self, worker) -> None:
        process, conn = worker
        with self._lock:
            if worker not in self._all:     # retired already: a timed-out query and close() race
                return
            self._all.discard(worker)
        if process.is_alive():
            process.kill()
        process.join(5)
        conn.close()

    def run(self, job: dict) -> tuple:
        """Send ``job`` to an idle worker; ``(status, content type, body)``."""
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return 503, "text/plain; charset=utf-8", b"all query workers are busy; try again later\n"
        healthy = False
        try:
            conn = worker[1]
            conn.send(job)
            if self.timeout and not conn.poll(self.timeout):
                return 503, "text/plain; charset=utf-8", (
                    f"query timed out after {self.timeout:g} s\n".encode())
            result = conn.recv()
            healthy = True
            return result
        except (EOFError, OSError):
            return 500, "text/plain; charset=utf-8", b"the query worker stopped unexpectedly\n"
        finally:
            if healthy:
                self._idle.put(worker)
            else:
                self._retire(worker)
                self._replace()

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._retire(worker)


# ---------------------------------------------------------------------- HTTP
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>rightsgraph SPARQL endpoint</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}textarea{{width:100%}}</style>
</head><body>
<h1>rightsgraph SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 endpoint over <code>{store}</code>. The default graph is the union of
the document graphs; the prefixes {prefixes} are predeclared. Endpoint URL: <code>{url}</code>.</p>
<form method="get" action="/query">
<textarea name="query" rows="14">{example}</textarea>
<p><label>Results <select name="format">{options}</select></label>
<button type="submit">Run query</button></p>
</form></body></html>
"""
EXAMPLE = """SELECT ?type (COUNT(DISTINCT ?r) AS ?responses)
WHERE { ?r rg:agent ?agent ; a ?type }
GROUP BY ?type ORDER BY DESC(?responses)"""
FORMAT_PARAMS = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv",
                 "turtle": "turtle", "ntriples": "ntriples"}


class Handler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol request handler (read-only)."""

    server_version = "rightsgraph-serve/0.1"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        if self.server.log:
            super().log_message(fmt, *args)

    def _send(self, status: int, content_type: str, body: bytes, extra=None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, extra=None) -> None:
        if self.command == "POST":   # the body may be unread: do not reuse the connection
            self.close_connection = True
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), extra)

    def _page(self) -> None:
        host, port = self.server.server_address[:2]
        url = f"http://{host}:{port}/query" if ":" not in host else f"http://[{host}]:{port}/query"
        options = "".join(f'<option value="{html.escape(k)}">{html.escape(k)}</option>'
                          for k in FORMAT_PARAMS)
        body = PAGE.format(store=html.escape(self.server.store_label),
                           prefixes=html.escape(", ".join(f"{k}:" for k in PREFIXES)),
                           url=html.escape(url), example=html.escape(EXAMPLE), options=options)
        self._send(200, "text/html; charset=utf-8", body.encode("utf-8"), {
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"})

    def do_GET(self):  # noqa: N802 (http.server naming)
        path, _, query_string = self.path.partition("?")
        if path not in ("/", "/query", "/sparql"):
            return self._error(404, f"no such resource {path}; the endpoint is /query")
        params = urllib.parse.parse_qs(query_string, keep_blank_values=True)
        if "update" in params:
            return self._error(403, "updates are not allowed: this endpoint is read-only")
        if "query" not in params:
            if path == "/":
                return self._page()
            return self._error(400, "missing 'query' parameter")
        return self._query(params)

    do_HEAD = do_GET

    def do_POST(self):  # noqa: N802
        path, _, query_string = self.path.partition("?")
        if path not in ("/", "/query", "/sparql", "/update"):
            return self._error(404, f"no such resource {path}; the endpoint is /query")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update" or path == "/update":
            return self._error(403, "updates are not allowed: this endpoint is read-only")
        try:
            length = int(self.headers.get("Content-Length") or -1)
        except ValueError:
            length = -1
        if length < 0:
            return self._error(411, "a POST needs a Content-Length")
        if length > MAX_BODY:
            self.close_connection = True
            return self._error(413, f"request body over {MAX_BODY} bytes")
        body = self.rfile.read(length)
        params = urllib.parse.parse_qs(query_string, keep_blank_values=True)
        if ctype == "application/sparql-query":
            params["query"] = [body.decode("utf-8", "replace")]
        elif ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            if "update" in form:
                return self._error(403, "updates are not allowed: this endpoint is read-only")
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
        else:
            return self._error(415, "send application/sparql-query or an "
                                    "application/x-www-form-urlencoded form with a 'query' field")
        if "query" not in params:
            return self._error(400, "missing 'query' parameter")
        return self._query(params)

    def _refuse_write(self):
        self._error(405, "this endpoint is read-only", {"Allow": "GET, HEAD, POST"})

    do_PUT = do_DELETE = do_PATCH = _refuse_write

    def _query(self, params: dict) -> None:
        from .sparql import query_kind

        if len(params["query"]) != 1:
            return self._error(400, "give exactly one 'query' parameter")
        text = params["query"][0]
        kind = query_kind(text)
        if kind == "UPDATE":
            return self._error(403, "updates are not allowed: this endpoint is read-only")
        wanted = params.get("format", [None])[0]
        fmt = FORMAT_PARAMS.get(wanted) if wanted else negotiate(kind, self.headers.get("Accept"))
        graph = kind in ("CONSTRUCT", "DESCRIBE")
        if fmt is None or (fmt in GRAPH_TYPES.values()) != graph:
            offered = sorted(GRAPH_TYPES if graph else SOLUTION_TYPES)
            return self._error(406, "cannot answer in the accepted types; offered: " + ", ".join(offered))
        job = {"query": text, "format": fmt,
               "default_graphs": params.get("default-graph-uri", []),
               "named_graphs": params.get("named-graph-uri", [])}
        try:
            status, content_type, body = self.server.pool.run(job)
        except ValueError as exc:   # an unusable graph IRI
            return self._error(400, f"bad graph IRI: {exc}")
        self._send(status, content_type, body)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: a :class:`WorkerPool` plus request threads."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, pool: WorkerPool, store_label: str, log: bool = False):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.pool = pool
        self.store_label = store_label
        self.log = log
        super().__init__(address, Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://[{host}]:{port}/query" if ":" in host else f"http://{host}:{port}/query"


def make_server(store_path, bind: str = "127.0.0.1", port: int = DEFAULT_PORT, workers: int = 2,
                timeout: float | None = 30.0, log: bool = False) -> SparqlServer:
    """A ready-to-run server (call ``serve_forever()``; ``close()`` stops its workers).

    Raises :class:`UsageError` for a non-loopback ``bind`` and
    :class:`~rightsgraph.ontology.errors.StoreError` when there is no store to serve.
    """
    from .store import RightsStore

    check_loopback(bind)
    RightsStore.open_read_only(store_path).close()   # fail early and clearly
    try:
        server = SparqlServer((bind, port), None, str(store_path), log)
    except OSError as exc:
        raise RightsgraphError(f"cannot listen on {bind}:{port}: {exc.strerror or exc}") from None
    try:
        server.pool = WorkerPool(store_path, workers, timeout)
    except BaseException:
        server.server_close()
        raise
    return server
