"""``rightsgraph validate``: SHACL shapes and OWL consistency of the store.

Exit 0 when the store conforms, 1 when it does not (each violation on its own line).
"""

from __future__ import annotations

import sys

from .cli import add_store_argument
from .store import RightsStore
from .validate import validate_store


def add_arguments(parser) -> None:
    parser.add_argument("--no-shacl", action="store_true", help="skip the SHACL shapes")
    parser.add_argument("--no-owl", action="store_true", help="skip OWL reasoning (HermiT, needs Java)")
    add_store_argument(parser)


def run(args) -> int:
    with RightsStore.open_read_only(args.store) as store:
        report = validate_store(store, shacl=not args.no_shacl, owl=not args.no_owl)
    if not args.no_shacl:
        if report.shacl_violations:
            print(f"SHACL: {len(report.shacl_violations)} violation(s) shown", file=sys.stdout)
            for line in report.shacl_violations:
                print(f"  {line}")
        else:
            print("SHACL: conforms")
    if not args.no_owl:
        print(f"OWL: {report.owl_message}")
    return 0 if report.conforms else 1
