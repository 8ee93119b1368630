"""``rightsgraph update``: run a SPARQL 1.1 Update on the store (the only verb that writes SPARQL).

The update runs in one transaction: it applies whole or not at all. The project's
prefixes are predeclared. Note that the store keeps one named graph per document;
``INSERT DATA { ... }`` without ``GRAPH`` writes to the store's default graph, which
queries see together with the document graphs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rightsgraph.ontology.errors import QuerySyntaxError, StoreError, UsageError
from rightsgraph.ontology.namespace import PREFIXES

from .cli import add_store_argument
from .sparql import query_kind, syntax_error
from .store import RightsStore


def add_arguments(parser) -> None:
    parser.add_argument("update", nargs="?", help="the SPARQL update (else -f FILE or stdin)")
    parser.add_argument("-f", "--file", help="read the update from FILE (- for stdin)")
    add_store_argument(parser)


def run(args) -> int:
    if args.update and args.file:
        raise UsageError("give the update inline or with -f FILE, not both")
    if args.update:
        text = args.update
    elif args.file and args.file != "-":
        path = Path(args.file)
        if not path.is_file():
            raise UsageError(f"{args.file}: no such update file")
        text = path.read_text(encoding="utf-8")
    elif sys.stdin is not None and not sys.stdin.isatty():
        text = sys.stdin.read()
    else:
        raise UsageError("no update given: pass it inline, with -f FILE or on stdin")
    if query_kind(text) in ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK"):
        raise QuerySyntaxError("this is a query, not an update: use `rightsgraph query`")
    with RightsStore.open(args.store) as store:
        before = len(store)
        try:
            store.update(text, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise syntax_error(exc, "update") from None
        except OSError as exc:
            raise StoreError(f"update failed: {exc}") from None
        after = len(store)
    print(f"update applied: {after - before:+d} quads (store now {after})", file=sys.stderr)
    return 0
