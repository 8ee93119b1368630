"""``rightsgraph query``: a read-only SPARQL query, inline, from a file, stdin or by name.

Examples::

    rightsgraph query 'SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a rg:Document }'
    rightsgraph query -f my.rq --results csv
    rightsgraph query --named responses-to-event --param event=rgid:event/persecution/RU-CE
    echo 'ASK { ?r a rg:Condemnation }' | rightsgraph query
"""

from __future__ import annotations

import sys
from pathlib import Path

from rightsgraph.ontology.errors import UsageError

from .cli import add_store_argument

RESULTS = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "nquads", "trig", "jsonld")


def add_arguments(parser) -> None:
    parser.add_argument("query", nargs="?", help="the SPARQL query (else -f FILE, --named, or stdin)")
    parser.add_argument("-f", "--file", help="read the query from FILE (- for stdin)")
    parser.add_argument("--named", metavar="NAME", help="run a named query (see `rightsgraph queries`)")
    parser.add_argument("--param", action="append", default=[], metavar="K=V",
                        help="bind a named query's parameter (repeatable)")
    parser.add_argument("--results", choices=RESULTS, default="table",
                        help="results format (SELECT/ASK: table, csv, tsv, json, xml; "
                             "CONSTRUCT/DESCRIBE: turtle by default)")
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="stop the query after this long")
    parser.add_argument("--endpoint", metavar="URL", help="query this SPARQL 1.1 endpoint instead of the store")
    add_store_argument(parser)


def read_query_text(args) -> str:
    given = [x for x in (args.query, args.file, args.named) if x]
    if len(given) > 1:
        raise UsageError("give the query one way only: inline, -f FILE or --named NAME")
    if args.query:
        return args.query
    if args.file:
        if args.file == "-":
            return sys.stdin.read()
        path = Path(args.file)
        if not path.is_file():
            raise UsageError(f"{args.file}: no such query file")
        return path.read_text(encoding="utf-8")
    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError("no query given: pass it inline, with -f FILE, --named NAME or on stdin")
    text = sys.stdin.read()
    if not text.strip():
        raise UsageError("no query given on standard input")
    return text


def run(args) -> int:
    substitutions = None
    if args.named:
        from rightsgraph.queries.named import prepare

        text, substitutions = prepare(args.named, args.param)
    else:
        if args.param:
            raise UsageError("--param goes with --named")
        text = read_query_text(args)
    if args.endpoint:
        from .endpoint import query_endpoint

        query_endpoint(args.endpoint, text, substitutions, sys.stdout.buffer, args.results,
                       timeout=args.timeout)
        return 0
    from .sparql import run_query
    from .store import resolve_store_path

    run_query(resolve_store_path(args.store), text, sys.stdout.buffer, args.results,
              timeout=args.timeout, substitutions=substitutions)
    sys.stdout.flush()
    return 0
