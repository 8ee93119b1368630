"""``rightsgraph dump``: the store as Turtle, N-Quads, TriG or N-Triples, deterministic,
with a VoID / DCAT description and, on request, the ontology beside it.

Examples::

    rightsgraph dump --format turtle > rights.ttl
    rightsgraph dump --format nquads --gzip -o rights.nq.gz      # + rights.nq.gz.void.ttl
    rightsgraph dump --format trig -o rights.trig --ontology rightsgraph.ttl \\
        --license https://creativecommons.org/publicdomain/zero/1.0/ --date 2026-11-21

With ``-o FILE`` the description goes to ``FILE.void.ttl`` (``--void OTHER`` to choose,
``--no-void`` to skip); on standard output it is written only when ``--void`` is given.
A file name ending in ``.gz`` is gzipped as with ``--gzip``. Files are written atomically.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rightsgraph.ontology.errors import UsageError
from rightsgraph.ontology.namespace import ontology_path

from .cli import add_store_argument
from .dump import FORMATS, CountingWriter, dump, write_file
from .store import RightsStore
from .void import CC_BY_4, Distribution, check_date, check_iri, dataset_stats, void_triples, write_void


def add_arguments(parser) -> None:
    parser.add_argument("--format", choices=sorted(FORMATS), default="turtle",
                        help="serialisation (turtle and ntriples hold the union of the graphs)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    parser.add_argument("--gzip", action="store_true", help="gzip the output (reproducibly)")
    parser.add_argument("--void", metavar="FILE",
                        help="write the VoID/DCAT description here (default with -o: FILE.void.ttl)")
    parser.add_argument("--no-void", action="store_true", help="do not write a VoID description")
    parser.add_argument("--license", default=CC_BY_4, metavar="IRI",
                        help=f"licence IRI stated in the description (default {CC_BY_4})")
    parser.add_argument("--date", metavar="YYYY-MM-DD",
                        help="dcterms:created of the description (default: newest document date)")
    parser.add_argument("--base-url", metavar="URL",
                        help="where the files will be published (gives dcat:downloadURL)")
    parser.add_argument("--ontology", metavar="FILE", help="also write the ontology (Turtle) to FILE")
    add_store_argument(parser)


def _check(args) -> None:
    check_iri(args.license, "--license")
    if args.date:
        check_date(args.date)
    if args.base_url:
        check_iri(args.base_url, "--base-url")
    if args.void and args.no_void:
        raise UsageError("--void and --no-void do not go together")
    outputs = [p for p in (args.output, args.void, args.ontology) if p]
    if len({str(Path(p).resolve()) for p in outputs}) != len(outputs):
        raise UsageError("the dump, --void and --ontology files must be different files")


def run(args) -> int:
    _check(args)
    compress = args.gzip or bool(args.output and args.output.endswith(".gz"))
    with RightsStore.open_read_only(args.store) as store:
        counted = {}
        if args.output:
            target = Path(args.output)
            size = write_file(target, lambda out: counted.setdefault(
                "n", dump(store, out, args.format, compress=compress)))
            name = target.name
            print(f"wrote {counted['n']} statements to {target}", file=sys.stderr)
        else:
            writer = CountingWriter(sys.stdout.buffer)
            dump(store, writer, args.format, compress=compress)
            sys.stdout.flush()
            size, name = writer.count, "stdout"
        void_path = None if args.no_void else (
            args.void or (args.output + ".void.ttl" if args.output else None))
        if void_path:
            url = args.base_url.rstrip("/") + "/" + name if args.base_url and args.output else None
            distribution = Distribution(name, args.format, size, gzip=compress, url=url)
            triples = void_triples(dataset_stats(store), [distribution], args.license, args.date)
            write_file(void_path, lambda out: write_void(triples, out))
            print(f"wrote the VoID description to {void_path}", file=sys.stderr)
    if args.ontology:
        data = ontology_path().read_bytes()
        write_file(args.ontology, lambda out: out.write(data))
        print(f"wrote the ontology to {args.ontology}", file=sys.stderr)
    return 0
