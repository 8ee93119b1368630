"""``rightsgraph dump``: the store as Turtle, N-Quads, TriG or N-Triples, deterministic.

Examples::

    rightsgraph dump --format turtle > rights.ttl
    rightsgraph dump --format nquads --gzip -o rights.nq.gz
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rightsgraph.ontology.errors import StoreError

from .cli import add_store_argument
from .dump import FORMATS, dump
from .store import RightsStore


def add_arguments(parser) -> None:
    parser.add_argument("--format", choices=sorted(FORMATS), default="turtle",
                        help="serialisation (turtle and ntriples hold the union of the graphs)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    parser.add_argument("--gzip", action="store_true", help="gzip the output (reproducibly)")
    add_store_argument(parser)


def run(args) -> int:
    with RightsStore.open_read_only(args.store) as store:
        if args.output:
            target = Path(args.output)
            partial = target.with_name(target.name + ".partial")
            try:
                with partial.open("wb") as out:
                    count = dump(store, out, args.format, compress=args.gzip)
                os.replace(partial, target)
            except OSError as exc:
                partial.unlink(missing_ok=True)
                raise StoreError(f"cannot write {target}: {exc.strerror or exc}") from None
            print(f"wrote {count} statements to {target}", file=sys.stderr)
        else:
            dump(store, sys.stdout.buffer, args.format, compress=args.gzip)
            sys.stdout.flush()
    return 0
