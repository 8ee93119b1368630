"""``rightsgraph stats``: counts by class, by language and by document."""

from __future__ import annotations

import sys

from rightsgraph.ontology.namespace import PREFIXES

from .cli import add_store_argument
from .sparql import format_table
from .store import RightsStore

QUERIES = {
    "by class": """
        SELECT ?class (COUNT(DISTINCT ?x) AS ?count) WHERE { ?x a ?class }
        GROUP BY ?class ORDER BY DESC(?count) ?class""",
    "by language": """
        SELECT ?language (COUNT(DISTINCT ?d) AS ?documents) WHERE { ?d a rg:Document ; dcterms:language ?language }
        GROUP BY ?language ORDER BY DESC(?documents) ?language""",
    "by document": """
        SELECT ?document ?language (COUNT(DISTINCT ?r) AS ?responses) (COUNT(DISTINCT ?a) AS ?agents) WHERE {
          GRAPH ?g { ?d a rg:Document ; dcterms:identifier ?document ; dcterms:language ?language .
            OPTIONAL { ?r prov:wasDerivedFrom ?d ; rg:agent ?a . } }
        } GROUP BY ?document ?language ORDER BY ?document""",
}


def add_arguments(parser) -> None:
    parser.add_argument("--limit", type=int, default=50, metavar="N",
                        help="show at most N documents (default 50; 0 for all)")
    add_store_argument(parser)


def run(args) -> int:
    import io

    with RightsStore.open_read_only(args.store) as store:
        out = io.StringIO()
        out.write(f"store {store.path}: {len(store)} quads in {store.graph_count()} graphs\n")
        for title, text in QUERIES.items():
            if title == "by document" and args.limit:
                text += f" LIMIT {int(args.limit)}"
            out.write(f"\n{title}\n")
            format_table(store.ox.query(text, use_default_graph_as_union=True, prefixes=PREFIXES), out)
        sys.stdout.write(out.getvalue())
    return 0
