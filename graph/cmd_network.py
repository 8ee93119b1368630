"""``rightsgraph network``: build a coalition network, print its metrics, write a file.

Examples::

    rightsgraph network --event rgid:event/massdetention/CN-XJ --out coalition.html
    rightsgraph network --event CN-XJ --types Condemnation,Demand --tie strong --top 15
    rightsgraph network --place RU --since 2019 --out chechnya.png --lang en
    rightsgraph network --signed --out signed.gexf
    rightsgraph network --endpoint http://127.0.0.1:7878/query --out net.json

The table lists the top actors by ``--by`` (default strength) with degree, strength,
betweenness (weights read as distances 1/weight; exact up to 2,000 actors, estimated from
500 seeded sources above, as the first line of the output says), eigenvector centrality
(largest component) and Louvain community (``--seed``, default 42). Labels are printed with
control and bidirectional-override characters escaped. The output format comes from
the ``--out`` suffix (html, png, svg, gexf, graphml, json, csv) or ``--format``.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from rightsgraph.ontology.errors import RightsgraphError, UsageError

from .cli import add_store_argument

OUTPUT_FORMATS = ("html", "png", "svg", "gexf", "graphml", "json", "csv")
SUFFIXES = {".html": "html", ".htm": "html", ".png": "png", ".svg": "svg", ".gexf": "gexf",
            ".graphml": "graphml", ".json": "json", ".csv": "csv"}
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def add_arguments(parser) -> None:
    from .metrics import BETWEENNESS_SAMPLE, DEFAULT_SEED, ENGINES, EXACT_BETWEENNESS_LIMIT, METRICS
    from .network import LANGS
    from .network_filter import TIES
    from .viz_layout import COLOR_BY, SIZE_METRICS

    pick = parser.add_argument_group("what to include")
    pick.add_argument("--event", metavar="EVENT",
                      help="event IRI or CURIE (rgid:event/massdetention/CN-XJ), ISO code of "
                           "its place (CN-XJ) or event kind (MassDetention)")
    pick.add_argument("--place", metavar="ISO", help="events located in this place or inside it (CN takes in CN-XJ)")
    pick.add_argument("--types", metavar="T1,T2", help="response types, e.g. Condemnation,Sanction")
    pick.add_argument("--since", metavar="DATE", help="responses on or after YYYY[-MM[-DD]]")
    pick.add_argument("--until", metavar="DATE", help="responses on or before YYYY[-MM[-DD]]")
    pick.add_argument("--tie", choices=TIES, default="both",
                      help="strong (co-signed acts), aligned (same response, same event) or both")
    pick.add_argument("--min-weight", type=float, default=0.0, metavar="W",
                      help="drop lighter edges, then actors left without edges")
    pick.add_argument("--level", choices=("principal", "actor"), default="principal",
                      help="principal (default): officials and bodies count as the government "
                           "or organisation they act for; actor: keep them as their own nodes")
    pick.add_argument("--signed", action="store_true",
                      help="add responder-perpetrator edges: negative for condemnations, "
                           "sanctions, accusations, demands; positive for support")
    show = parser.add_argument_group("metrics and output")
    show.add_argument("--by", choices=METRICS, default="strength", help="rank actors by this metric")
    show.add_argument("--top", type=int, default=10, metavar="N", help="rows in the table (0: all)")
    show.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of Louvain and of the layout")
    show.add_argument("--betweenness-sample", type=int, default=-1, metavar="N",
                      help="estimate betweenness from N sources drawn with --seed (0: exact; "
                           f"default: exact up to {EXACT_BETWEENNESS_LIMIT} actors, "
                           f"{BETWEENNESS_SAMPLE} sources above; the first line of the output "
                           "says which)")
    show.add_argument("--engine", choices=ENGINES, default="auto",
                      help="engine for betweenness and eigenvector (auto: igraph when installed)")
    show.add_argument("--out", metavar="FILE", help="write the network to FILE (format from the suffix)")
    show.add_argument("--format", choices=OUTPUT_FORMATS, help="output format when the suffix does not tell")
    show.add_argument("--lang", choices=LANGS,
                      help="label language (default en; static images use en unless given)")
    show.add_argument("--color", choices=COLOR_BY, default="community", help="colour nodes by")
    show.add_argument("--size", choices=SIZE_METRICS, default="strength", help="size nodes by")
    show.add_argument("--title", help="title of the picture or page")
    source = parser.add_argument_group("data source")
    source.add_argument("--endpoint", metavar="URL", help="read from this SPARQL 1.1 endpoint instead of the store")
    source.add_argument("--timeout", type=float, metavar="SECONDS", help="timeout of each endpoint query")
    add_store_argument(source)


def clean(text, limit: int | None = None) -> str:
    """One printable line: control, separator and bidi-override characters escaped."""
    out = []
    for char in str(text):
        if char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    text = "".join(out)
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def output_format(args) -> str | None:
    if not args.out:
        if args.format:
            raise UsageError("--format goes with --out FILE")
        return None
    if args.format:
        return args.format
    fmt = SUFFIXES.get(Path(args.out).suffix.lower())
    if fmt is None:
        raise UsageError(f"cannot tell the format of {args.out}: use a suffix "
                         f"({', '.join(OUTPUT_FORMATS)}) or --format")
    return fmt


def row_source(args):
    """``select(text) -> rows`` from ``--endpoint`` or the store, and a closer."""
    if args.endpoint:
        try:
            from .endpoint import select_rows
        except ImportError as exc:
            raise RightsgraphError(f"--endpoint is not available in this installation: {exc}") from None
        url, timeout = args.endpoint, args.timeout

        def select(text):
            return select_rows(url, text, timeout=timeout)
        return select, (lambda: None)
    from .network import store_select
    from .store import RightsStore

    store = RightsStore.open_read_only(args.store)
    return store_select(store), store.close


def format_table(graph, order, lang: str = "en") -> str:
    """The metrics table as text (labels escaped)."""
    from .viz_layout import node_label

    header = ("#", "actor", "kind", "country", "degree", "strength", "betweenness",
              "eigenvector", "community")
    rows = []
    for rank, node in enumerate(order, 1):
        d = graph.nodes[node]
        community = d.get("community")
        rows.append((str(rank), clean(node_label(d, lang), 40), clean(d.get("kind", "")),
                     clean(d.get("country", "")), str(d.get("degree", 0)),
                     f"{float(d.get('strength', 0.0)):g}", f"{float(d.get('betweenness', 0.0)):.4f}",
                     f"{float(d.get('eigenvector', 0.0)):.4f}",
                     "" if community is None else str(community + 1)))
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    numeric = {0, 4, 5, 6, 7, 8}

    def fmt(cells):
        return "  ".join(c.rjust(w) if i in numeric else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    lines = [fmt(header), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows]
    return "\n".join(lines) + "\n"


def write_output(graph, path: str, fmt: str, args) -> None:
    title = args.title or ("Coalition network" + (f": {graph.graph['filters']}" if graph.graph.get("filters") else ""))
    if fmt == "html":
        from .viz_html import write_html

        write_html(graph, path, title=title, lang=args.lang or "en", color_by=args.color,
                   size_by=args.size, seed=args.seed)
    elif fmt in ("png", "svg"):
        from .viz_static import draw

        draw(graph, path, fmt=fmt, title=title, lang=args.lang, color_by=args.color,
             size_by=args.size, seed=args.seed)
    else:
        from .export import write

        write(graph, path, fmt)


def run(args) -> int:
    from .metrics import annotate, ranking
    from .network import NetworkFilter, build_network

    fmt = output_format(args)
    if args.top < 0:
        raise UsageError("--top wants 0 (all) or a positive number")
    filters = NetworkFilter(event=args.event, place=args.place,
                            types=(args.types or "").split(",") if args.types else [],
                            since=args.since, until=args.until, tie=args.tie,
                            min_weight=args.min_weight, signed=args.signed, level=args.level)
    select, close = row_source(args)
    try:
        graph = build_network(select, filters)
    finally:
        close()
    if args.betweenness_sample < -1:
        raise UsageError("--betweenness-sample wants 0 (exact) or a positive number")
    summary = annotate(graph, seed=args.seed, engine=args.engine,
                       betweenness_sample=args.betweenness_sample)
    edges = list(graph.edges(data=True))
    strong = sum(1 for _, _, d in edges if d.get("strong"))
    aligned = sum(1 for _, _, d in edges if d.get("aligned"))
    signed = sum(1 for _, _, d in edges if d.get("opposed") or d.get("supported"))
    out = sys.stdout
    out.write(f"{graph.number_of_nodes()} actors, {len(edges)} edges ({strong} strong, {aligned} aligned"
              + (f", {signed} signed" if args.signed else "") + f"); "
              f"{len(summary['communities'])} communities, modularity {summary['modularity']:.3f} "
              f"(Louvain, seed {args.seed}); betweenness ({summary['betweenness']}) and eigenvector "
              f"by {summary['engine']}\n")
    if graph.graph.get("filters"):
        out.write(f"filters: {clean(graph.graph['filters'])}\n")
    out.write(f"top {'all' if not args.top else args.top} by {args.by}:\n")
    out.write(format_table(graph, ranking(graph, args.by, args.top or None), args.lang or "en"))
    out.flush()
    if fmt:
        write_output(graph, args.out, fmt, args)
        print(f"wrote {clean(args.out)} ({fmt})", file=sys.stderr)
    return 0
