"""One self-contained HTML page for a coalition network, working offline.

The drawing library is vis-network 9.1.2 (dual licensed Apache-2.0 / MIT), whose
JavaScript and CSS ship inside the ``pyvis`` wheel (BSD-3-Clause) under
``pyvis/lib/vis-9.1.2/``. They are read from the installed package (located with
:func:`importlib.util.find_spec`, so pyvis itself, which imports IPython, is never
imported) and inlined: the page fetches nothing, and its Content-Security-Policy forbids
any fetch (``default-src 'none'``) and runs only the page's own two scripts (by hash).

Safety: every text that comes from documents or labels reaches the page either through
:func:`html.escape` (title, legend) or as JSON inside ``<script
type="application/json">`` with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped
(:func:`json_for_script`); the page's script builds tooltips with ``textContent`` only
(never ``innerHTML``) and vis-network draws labels as canvas text.

Direction: labels come in ``lang`` (``en``, ``fr`` or ``ar``, falling back to English);
for ``ar`` the page is ``dir="rtl"`` (the canvas inherits it, so labels are drawn
right-to-left), and every text element has ``dir="auto"`` so mixed labels keep their own
direction.

The page also lists the actors as text under the legend (canvas text is invisible to
screen readers and to search). Once drawn, the page writes the number of nodes into ``<body data-nodes>`` and
``<div id="status">drawn N nodes, M edges</div>`` (used by the headless browser test).

Examples
--------
>>> from rightsgraph.graph.viz_html import json_for_script
>>> json_for_script({"label": "<script>alert(1)</script> & \\u2028"})
'{"label":"\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e \\\\u0026 \\\\u2028"}'
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import math
import re
from pathlib import Path

import networkx as nx

from rightsgraph.ontology.errors import RightsgraphError, UsageError

from .network import LANGS
from .viz_layout import layout_positions, node_colors, node_label, node_sizes

VIS_PACKAGE = "pyvis"
VIS_VERSION = "9.1.2"
MAX_EVIDENCE = 12          # sentences shown in one edge tooltip
MAX_EVIDENCE_LARGE = 2     # ... when the graph has more than LARGE_GRAPH edges
LARGE_GRAPH = 2000
MAX_SENTENCE = 400         # characters of one evidence sentence in a tooltip
EDGE_STYLES = {            # tie: (colour, dashed, legend text)
    "strong": ("#4d4d4d", False, "strong tie: co-signed the same act"),
    "both": ("#4d4d4d", False, None),
    "aligned": ("#9e9e9e", True, "aligned tie: same response to the same event, separately"),
    "opposition": ("#d62728", True, "opposition: condemns, sanctions, accuses or demands (signed view)"),
    "support": ("#2ca02c", True, "support of the perpetrator (signed view)"),
}


class AssetError(RightsgraphError):
    """The JavaScript library for the HTML page is not installed."""


def vis_assets() -> tuple:
    """``(javascript, css)`` of vis-network, read from the installed pyvis package."""
    spec = importlib.util.find_spec(VIS_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise AssetError("HTML output needs the vis-network files shipped with pyvis: "
                         "pip install 'pyvis>=0.3.2'")
    base = Path(list(spec.submodule_search_locations)[0])
    for folder in (base / "lib" / f"vis-{VIS_VERSION}", base / "templates" / "lib" / f"vis-{VIS_VERSION}"):
        js, css = folder / "vis-network.min.js", folder / "vis-network.css"
        if js.is_file() and css.is_file():
            return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
    raise AssetError(f"vis-network {VIS_VERSION} not found in the installed pyvis ({base}); "
                     "pip install 'pyvis==0.3.2'")


def json_for_script(value) -> str:
    """JSON safe to place between ``<script type="application/json">`` tags."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _inline(code: str, tag: str) -> str:
    """Code safe inside ``<tag>…</tag>``: no closing tag or comment opener in it."""
    code = re.sub(rf"</(?={tag})", r"<\\/", code, flags=re.IGNORECASE)
    return code.replace("<!--", "<\\!--")


def _short(iri: str) -> str:
    return iri.split("/id/", 1)[-1] if "/id/" in iri else iri


def page_data(graph: nx.Graph, lang: str = "en", color_by: str = "kind",
              size_by: str = "degree", seed: int = 42) -> dict:
    """Everything the page draws, as plain JSON-able data (also used by the tests)."""
    colors, legend = node_colors(graph, color_by)
    sizes = node_sizes(graph, size_by, smallest=8.0, largest=26.0)
    pos = layout_positions(graph, seed=seed)
    scale = max(300.0, 110.0 * math.sqrt(max(1, graph.number_of_nodes())))
    nodes = []
    for node, data in graph.nodes(data=True):
        x, y = pos.get(node, (0.0, 0.0))
        nodes.append({
            "id": str(node), "label": node_label(data, lang),
            "labels": {code: data.get(f"label_{code}", "") for code in LANGS},
            "kind": data.get("kind", ""), "country": data.get("country", ""),
            "community": data.get("community"), "acts": data.get("acts", 0),
            "metrics": {m: round(float(data.get(m, 0.0) or 0.0), 4)
                        for m in ("degree", "strength", "betweenness", "eigenvector")},
            "color": colors[node], "size": round(sizes[node], 2),
            "x": round(x * scale, 1), "y": round(-y * scale, 1)})
    edges = []
    keep = MAX_EVIDENCE if graph.number_of_edges() <= LARGE_GRAPH else MAX_EVIDENCE_LARGE
    for a, b, data in graph.edges(data=True):
        tie = data.get("tie", "strong")
        color, dashed, _ = EDGE_STYLES.get(tie, EDGE_STYLES["strong"])
        evidence = [text if len(text) <= MAX_SENTENCE else text[: MAX_SENTENCE - 1] + "…"
                    for text in data.get("evidence", [])]
        edges.append({
            "from": str(a), "to": str(b), "tie": tie, "weight": data.get("weight", 1.0),
            "strong": data.get("strong", 0), "aligned": data.get("aligned", 0),
            "opposed": data.get("opposed", 0), "supported": data.get("supported", 0),
            "types": list(data.get("types", [])),
            "events": [_short(e) for e in data.get("events", [])],
            "documents": list(data.get("documents", [])),
            "evidence": evidence[:keep], "more": max(0, len(evidence) - keep),
            "color": color, "dashes": dashed,
            "width": round(1.0 + 1.5 * math.log2(1.0 + float(data.get("weight", 1.0))), 2)})
    return {"nodes": nodes, "edges": edges, "legend": legend, "lang": lang,
            "color_by": color_by, "size_by": size_by}


APP_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    e.dir = "auto";
    return e;
  }
  function line(box, name, value) {
    var p = el("div", null, "row");
    p.appendChild(el("span", name + ": ", "key"));
    p.appendChild(el("span", value));
    box.appendChild(p);
  }
  function nodeTip(n) {
    var box = el("div", null, "tip");
    box.appendChild(el("strong", n.label));
    ["en", "fr", "ar"].forEach(function (code) {
      if (n.labels[code] && n.labels[code] !== n.label) { line(box, code, n.labels[code]); }
    });
    line(box, "kind", n.kind + (n.country ? " (" + n.country + ")" : ""));
    line(box, "acts", n.acts);
    if (n.community !== null && n.community !== undefined) { line(box, "community", n.community + 1); }
    Object.keys(n.metrics).forEach(function (m) { line(box, m, n.metrics[m]); });
    line(box, "id", n.id);
    return box;
  }
  function edgeTip(e) {
    var box = el("div", null, "tip");
    box.appendChild(el("strong", e.tie + " tie, weight " + e.weight));
    if (e.strong) { line(box, "joint acts", e.strong); }
    if (e.aligned) { line(box, "aligned responses", e.aligned); }
    if (e.opposed) { line(box, "opposing acts", e.opposed); }
    if (e.supported) { line(box, "supporting acts", e.supported); }
    line(box, "types", e.types.join(", "));
    if (e.events.length) { line(box, "events", e.events.join(", ")); }
    var list = el("ul", null, "evidence");
    e.evidence.forEach(function (s) { list.appendChild(el("li", "\u201c" + s + "\u201d")); });
    if (e.more) { list.appendChild(el("li", "\u2026 and " + e.more + " more")); }
    box.appendChild(list);
    line(box, "documents", e.documents.join(", "));
    return box;
  }
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, title: nodeTip(n),
             color: { background: n.color, border: "#333333",
                      highlight: { background: n.color, border: "#000000" } } };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return { id: i, from: e.from, to: e.to, width: e.width, dashes: e.dashes,
             color: { color: e.color, highlight: "#000000" }, title: edgeTip(e) };
  }));
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    physics: false,
    nodes: { shape: "dot", font: { size: 14, face: "DejaVu Sans, Noto Sans, Arial, sans-serif",
                                    strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { smooth: false },
    interaction: { hover: true, tooltipDelay: 80, multiselect: true }
  });
  network.fit();
  window.rightsgraphNetwork = network;
  var listing = document.getElementById("actor-list");
  data.nodes.slice().sort(function (a, b) {
    return (b.metrics.strength - a.metrics.strength) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  }).forEach(function (n) {
    listing.appendChild(el("li", n.label + " \u2014 " + n.kind + (n.country ? " (" + n.country + ")" : "")));
  });
  var count = network.body.data.nodes.length, links = network.body.data.edges.length;
  document.body.dataset.nodes = count;
  document.body.dataset.edges = links;
  document.getElementById("status").textContent = "drawn " + count + " nodes, " + links + " edges";
})();
"""

PAGE_CSS = """
html, body { margin: 0; height: 100%; font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
body { display: flex; flex-direction: column; background: #fafafa; color: #222; }
header { padding: 8px 16px; border-bottom: 1px solid #ddd; background: #fff; }
header h1 { font-size: 18px; margin: 0 0 4px 0; unicode-bidi: plaintext; }
header p { margin: 0; font-size: 13px; color: #555; unicode-bidi: plaintext; }
#main { flex: 1; display: flex; min-height: 480px; }
#network { flex: 1; min-height: 480px; background: #fff; }
#legend { width: 260px; padding: 10px 14px; font-size: 13px; border-inline-start: 1px solid #ddd;
          overflow: auto; background: #fff; }
#legend h2 { font-size: 14px; margin: 8px 0 4px 0; }
#legend ul { list-style: none; padding: 0; margin: 0; }
#legend li { margin: 3px 0; unicode-bidi: plaintext; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 6px;
          border: 1px solid #333; margin-inline-end: 6px; vertical-align: middle; }
.line { display: inline-block; width: 26px; height: 0; border-top-width: 3px;
        margin-inline-end: 6px; vertical-align: middle; }
#status { font-size: 12px; color: #777; padding: 4px 16px; }
div.vis-tooltip { max-width: 460px; white-space: normal; font-size: 12px;
                 font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
.tip strong { display: block; margin-bottom: 4px; unicode-bidi: plaintext; }
.tip .row, .tip li { unicode-bidi: plaintext; }
.tip .key { color: #666; }
.tip ul.evidence { margin: 4px 0; padding-inline-start: 16px; }
"""


def _legend_html(data: dict) -> str:
    esc = html.escape
    title = "actor kind" if data["color_by"] == "kind" else "community (Louvain)"
    items = "".join(
        f'<li dir="auto"><span class="swatch" style="background:{esc(color)}"></span>{esc(text)}</li>'
        for text, color in data["legend"])
    ties = {edge["tie"] for edge in data["edges"]}
    lines = "".join(
        f'<li dir="auto"><span class="line" style="border-top-style:{"dashed" if dashed else "solid"};'
        f'border-top-color:{color}"></span>{esc(text)}</li>'
        for tie, (color, dashed, text) in EDGE_STYLES.items()
        if text and (tie in ties or (tie == "strong" and "both" in ties)))
    return (f'<h2 dir="auto">Colour: {esc(title)}</h2><ul>{items}</ul>'
            f'<h2 dir="auto">Ties</h2><ul>{lines}</ul>'
            f'<h2 dir="auto">Size</h2><p dir="auto">node size: {esc(data["size_by"])}; '
            f'edge width: weight (joint acts count double)</p>'
            f'<details id="actors"><summary dir="auto">Actors ({len(data["nodes"])})</summary>'
            '<ol id="actor-list"></ol></details>')


def _csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


def render_html(graph: nx.Graph, title: str = "Coalition network", lang: str = "en",
                color_by: str = "kind", size_by: str = "degree", seed: int = 42,
                subtitle: str | None = None) -> str:
    """The whole page as a string.

    Parameters
    ----------
    graph : networkx.Graph
        A coalition network (:mod:`.network`), ideally annotated by
        :func:`rightsgraph.graph.metrics.annotate` (sizes and communities).
    title : str
    lang : {"en", "fr", "ar"}
        Language of the labels (English when a label is missing).
    color_by : {"kind", "community"}
    size_by : {"degree", "strength", "betweenness", "eigenvector"}
    seed : int
        Seed of the spring layout (the same as the static image's).
    subtitle : str, optional
        A line under the title (default: counts and filters).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.Graph()
    >>> g.add_node("a", label_en="<b>A</b>", kind="NGO"); g.add_node("b", label_en="B", kind="NGO")
    >>> g.add_edge("a", "b", tie="strong", weight=2.0, strong=1, evidence=["A & B </script>"])
    >>> page = render_html(g)
    >>> "<b>A</b>" in page, "\\\\u003cb\\\\u003eA" in page, "</script>\\"" in page
    (False, True, False)
    """
    if lang not in LANGS:
        raise UsageError(f"--lang must be one of {', '.join(LANGS)}")
    js, css = vis_assets()
    data = page_data(graph, lang=lang, color_by=color_by, size_by=size_by, seed=seed)
    if subtitle is None:
        subtitle = (f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} ties"
                    + (f"; modularity {graph.graph['modularity']:.3f}" if "modularity" in graph.graph else "")
                    + (f"; filters: {graph.graph['filters']}" if graph.graph.get("filters") else ""))
    vis_js, app_js = _inline(js, "script"), _inline(APP_JS, "script")
    csp = (f"default-src 'none'; script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:")
    direction = "rtl" if lang == "ar" else "ltr"
    esc = html.escape
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n"
        f'<style>{_inline(css, "style")}</style>\n<style>{PAGE_CSS}</style>\n</head>\n'
        '<body data-nodes="0">\n'
        f'<header><h1 dir="auto">{esc(title)}</h1><p dir="auto">{esc(subtitle)}</p></header>\n'
        f'<div id="main"><div id="network" dir="{direction}"></div>'
        f'<aside id="legend">{_legend_html(data)}</aside></div>\n'
        '<div id="status">not drawn (JavaScript disabled?)</div>\n'
        f'<script type="application/json" id="graph-data">{json_for_script(data)}</script>\n'
        f"<script>{vis_js}</script>\n<script>{app_js}</script>\n</body>\n</html>\n")


def write_html(graph: nx.Graph, path, **options) -> Path:
    """Write :func:`render_html` to ``path`` (UTF-8); returns the path."""
    path = Path(path)
    path.write_text(render_html(graph, **options), encoding="utf-8")
    return path
