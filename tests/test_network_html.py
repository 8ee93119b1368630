"""The HTML coalition page: self-contained, escaped, and drawn by a real headless browser.

The browser tests need Chromium (Debian package ``chromium``; set ``RIGHTSGRAPH_CHROMIUM``
to use another binary). Without it they FAIL with a message saying how to install it:
an HTML output that nobody checked in a browser is not tested.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from rightsgraph.graph import metrics
from rightsgraph.graph.network import NetworkFilter, build_network, store_select
from rightsgraph.graph.store import RightsStore
from rightsgraph.graph.viz_html import json_for_script, page_data, render_html, write_html

TRIG = Path(__file__).resolve().parent / "fixtures" / "network" / "coalition.trig"
SCRIPT_LABEL = "<script>alert(1)</script>"
BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions", "--mute-audio",
                 "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                 "--virtual-time-budget=5000"]


@pytest.fixture(scope="module")
def graph():
    store = RightsStore.in_memory()
    store.ox.load(path=str(TRIG), format=ox.RdfFormat.TRIG)
    g = build_network(store_select(store), NetworkFilter(signed=True))
    metrics.annotate(g, seed=42)
    return g


def chromium() -> str:
    candidates = [os.environ.get("RIGHTSGRAPH_CHROMIUM"), "/usr/bin/chromium",
                  shutil.which("chromium"), shutil.which("chromium-browser")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail("Chromium is needed to check the HTML page in a browser and was not found: "
                "install it (apt-get install -y chromium) or set RIGHTSGRAPH_CHROMIUM=/path/to/chromium")


def browse(page: Path, tmp_path: Path, *extra) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    result = subprocess.run(
        [chromium(), *BROWSER_FLAGS, f"--user-data-dir={profile}", *extra, page.resolve().as_uri()],
        capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


# ------------------------------------------------------------------ the file itself
def test_page_is_self_contained_and_escaped(graph, tmp_path):
    page = render_html(graph, title="Coalition <b>&</b> test", lang="en")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "Coalition &lt;b&gt;&amp;&lt;/b&gt; test" in page
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))
    assert csp.startswith("default-src 'none'; script-src 'sha256-")
    assert "\u2028" not in page and "\u2029" not in page
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    payload = match.group(1)
    assert "<" not in payload and ">" not in payload and "&" not in payload
    data = json.loads(payload)
    assert data == json.loads(json.dumps(page_data(graph, lang="en")))
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert labels["https://w3id.org/rightsgraph/id/group/script-test"] == SCRIPT_LABEL
    assert any("</script><img src=x onerror=alert(2)>" in s for e in data["edges"] for s in e["evidence"])
    assert "vis-network" in page and "innerHTML" not in page.split("<script>")[-1]
    assert len(re.findall(r"^<script", page, re.M)) == 3     # data, vis-network, the page's own code


def test_json_for_script_escapes_what_could_end_the_script():
    text = json_for_script({"a": "</script><!-- & \u2028\u2029 >"})
    assert text == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e"}'
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_arabic_page_is_right_to_left(graph):
    page = render_html(graph, lang="ar", color_by="kind", size_by="eigenvector")
    assert '<html lang="ar" dir="rtl">' in page
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', page, re.S).group(1))
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert labels["https://w3id.org/rightsgraph/id/gov/GB"] == "حكومة المملكة المتحدة"
    assert labels["https://w3id.org/rightsgraph/id/org/stop-homophobie"] == "Stop Homophobie"   # en fallback
    assert 'dir="auto"' in page and "unicode-bidi: plaintext" in page


# ------------------------------------------------------------------ in the browser
def test_chromium_draws_every_node_offline(graph, tmp_path):
    page = write_html(graph, tmp_path / "coalition.html", title="Coalition", color_by="community",
                      size_by="strength")
    dom = browse(page, tmp_path, "--dump-dom").stdout
    n, m = graph.number_of_nodes(), graph.number_of_edges()
    assert f'data-nodes="{n}"' in dom, dom[-500:]
    assert f'data-edges="{m}"' in dom
    assert f'<div id="status">drawn {n} nodes, {m} edges</div>' in dom
    # the script-like label is text in the actor list, never an element
    assert "<script>alert" not in dom
    assert html.escape(SCRIPT_LABEL, quote=False) in dom
    assert len(re.findall(r"<li dir=\"auto\">", dom)) >= n
    assert "<canvas" in dom


def test_chromium_screenshot_is_not_blank(graph, tmp_path):
    from matplotlib.image import imread

    page = write_html(graph, tmp_path / "coalition.html", color_by="community", size_by="strength")
    shot = tmp_path / "coalition.png"
    browse(page, tmp_path, f"--screenshot={shot}", "--window-size=1280,900", "--hide-scrollbars")
    assert shot.is_file() and shot.stat().st_size > 20_000
    pixels = imread(str(shot))[..., :3]
    assert pixels.shape[:2] == (900, 1280)
    grey = pixels.mean(axis=2)
    assert grey.std() > 0.05
    canvas = pixels[80:860, :1000]                   # the drawing, left of the legend
    blue = ((abs(canvas[..., 0] - 0x1F / 255) < 0.08) & (abs(canvas[..., 1] - 0x77 / 255) < 0.08)
            & (abs(canvas[..., 2] - 0xB4 / 255) < 0.08))
    assert blue.sum() > 1500, "no node of the first community drawn"
    keep = os.environ.get("RIGHTSGRAPH_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "coalition.png")


def test_chromium_arabic_page(graph, tmp_path):
    page = write_html(graph, tmp_path / "ar.html", lang="ar")
    dom = browse(page, tmp_path, "--dump-dom").stdout
    assert f'data-nodes="{graph.number_of_nodes()}"' in dom
    assert "حكومة المملكة المتحدة" in dom


def test_cli_writes_the_page(cli, tmp_path):
    store = tmp_path / "store"
    with RightsStore.open(store) as s:
        s.ox.bulk_load(path=str(TRIG), format=ox.RdfFormat.TRIG)
    out = tmp_path / "coalition.html"
    result = cli("network", "--store", store, "--event", "rgid:event/massdetention/CN-XJ",
                 "--out", out, "--lang", "fr", "--color", "community")
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert '<html lang="fr" dir="ltr">' in page and "<script>alert" not in page
    dom = browse(out, tmp_path, "--dump-dom").stdout
    assert 'data-nodes="18"' in dom
