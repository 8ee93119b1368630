"""The ``rightsgraph`` command: one verb per subcommand, shared flags, clear errors.

Each verb lives in its own module exposing ``add_arguments(parser)`` and ``run(args)``;
this module only builds the parser, dispatches, and turns a
:class:`~rightsgraph.ontology.errors.RightsgraphError` into one line on stderr and its exit
code (0 ok, 1 data or runtime error, 2 usage error or malformed query).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from rightsgraph.ontology.errors import RightsgraphError

# (verb, module under rightsgraph.graph, one-line help)
VERBS = [
    ("load", "cmd_load", "read documents and load their graphs into the store"),
    ("query", "cmd_query", "run a read-only SPARQL query (inline, -f FILE, stdin or --named)"),
    ("queries", "cmd_queries", "list the named queries and their parameters"),
    ("update", "cmd_update", "run a SPARQL update (the only verb that writes SPARQL)"),
    ("dump", "cmd_dump", "write the store as Turtle, N-Quads, TriG or N-Triples"),
    ("stats", "cmd_stats", "counts by class, language and document"),
    ("validate", "cmd_validate", "check the store against the SHACL shapes and the OWL ontology"),
    ("network", "cmd_network", "build a coalition network, print metrics, write html/png/svg/gexf/..."),
    ("serve", "cmd_serve", "serve the store as a read-only SPARQL 1.1 endpoint on 127.0.0.1"),
]


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2, like every other usage error
        self.exit(2, f"{self.prog}: error: {message}\n")


def add_store_argument(parser) -> None:
    parser.add_argument("--store", metavar="DIR",
                        help="store folder (default: $RIGHTSGRAPH_STORE, else ./rightsgraph-store)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rightsgraph", description=(
        "A knowledge graph of actors and their responses to human-rights situations, "
        "read from Arabic, French and English documents."))
    from rightsgraph.graph import __version__
    parser.add_argument("--version", action="version", version=f"rightsgraph {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    for verb, module_name, help_text in VERBS:
        module = importlib.import_module(f"rightsgraph.graph.{module_name}")
        verb_parser = sub.add_parser(verb, help=help_text, description=help_text)
        module.add_arguments(verb_parser)
        verb_parser.set_defaults(_run=module.run)
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args._run(args) or 0)
    except RightsgraphError as exc:
        print(f"rightsgraph {args.verb}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"rightsgraph {args.verb}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
