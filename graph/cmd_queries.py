"""``rightsgraph queries``: list the named queries, their parameters, or one query's text.

Examples::

    rightsgraph queries
    rightsgraph queries --show timeline
    rightsgraph query --named timeline --param event=rgid:event/persecution/RU-CE
"""

from __future__ import annotations

import json
import sys

from rightsgraph.queries.named import get_query, list_queries


def add_arguments(parser) -> None:
    parser.add_argument("--show", metavar="NAME", help="print the SPARQL text of one named query")
    parser.add_argument("--json", action="store_true", help="list as JSON")


def describe(query) -> str:
    """A named query's listing: name, description and one line per parameter."""
    lines = [query.name, f"    {query.description}"]
    for param in query.params:
        lines.append(f"    --param {param.usage()}  {param.description}")
    return "\n".join(lines)


def run(args) -> int:
    if args.show:
        sys.stdout.write(get_query(args.show).text)
        return 0
    queries = list_queries()
    if args.json:
        data = [{"name": q.name, "description": q.description,
                 "params": [{"name": p.name, "kind": p.kind, "description": p.description,
                             "default": p.default, "required": p.required} for p in q.params]}
                for q in queries]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    sys.stdout.write("\n\n".join(describe(q) for q in queries) + "\n")
    return 0
