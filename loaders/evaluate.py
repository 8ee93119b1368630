"""Precision, recall and F1 of extraction against hand-made gold.

The unit (SPEC §5) is the triple ``(agent's principal, response type, event place ISO)``
per document, compared as sets.

Principal of an agent
---------------------
An official maps to the actor it represents, a government body to its government, and an
organisation unit (a national section such as Amnesty International France, a UN
committee or agency) to its parent organisation, following ``represents`` / ``part_of``
in the gazetteer until a top-level actor is reached. A sub-national government
(``gov/RU-CE``) is its own principal. Responses with modality ``requested`` (a sanction
that someone called for) are not acts of their agent and are not counted.

Gold files
----------
``tests/gold/<name>.json``::

    {"document": "corpus/en/x.txt", "lang": "en",
     "facts": [{"agent": "gov/CA", "type": "Condemnation", "place": "CN-XJ", "note": "..."}],
     "negatives": [...facts that must NOT be produced...]}

``document`` is resolved against the repository root, then the shared data folder
(``$RIGHTSGRAPH_SHARED``, default ``/work/shared``).

Run ``python -m rightsgraph.loaders.evaluate [--gold tests/gold] [--verbose]``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

from .principals import principal

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RIGHTSGRAPH_SHARED", "/work/shared"))
DEFAULT_GOLD = REPO / "tests" / "gold"


def resolve_document(relative: str, gold_dir: Path | None = None) -> Path:
    """Find a gold file's document on disk."""
    candidates = [REPO / relative, SHARED / relative]
    if gold_dir is not None:
        candidates.append(gold_dir.parent.parent / relative)
    for path in candidates:
        if path.exists():
            return path
    raise FileNotFoundError(f"gold document not found: {relative}")


def triples(extraction, gz=None) -> set:
    """The set of ``(principal, type, place ISO or None)`` of an extraction."""
    out = set()
    for r in extraction.responses:
        if r.modality == "requested":
            continue
        iso = None
        if r.event and r.event in extraction.events:
            place = extraction.events[r.event].place
            if place and place.startswith("place/"):
                iso = place[6:]
        for agent in r.agents:
            out.add((principal(agent, gz), r.type, iso))
    return out


def gold_triples(facts) -> set:
    return {(f["agent"], f["type"], f.get("place")) for f in facts}


def load_gold(gold_dir: Path):
    for path in sorted(Path(gold_dir).glob("*.json")):
        with path.open(encoding="utf-8") as fh:
            yield path.stem, json.load(fh)


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def country_level(facts: set) -> set:
    """The same triples with each place cut to its ISO 3166-1 country.

    Annotators differ on how precise an event place should be ("SD-DARFUR" or "SD",
    "PS-GZA" or "PS"); scoring at country level separates that choice from the rest.

    Examples
    --------
    >>> sorted(country_level({("gov/US", "Sanction", "SD-DARFUR"), ("gov/SD", "Denial", None)}), key=str)
    [('gov/SD', 'Denial', None), ('gov/US', 'Sanction', 'SD')]
    """
    return {(a, t, p.split("-")[0] if p else p) for a, t, p in facts}


def without_places(facts: set) -> set:
    """The same triples with no place: (agent, type) as found, wherever it is placed.

    A wrong main place turns every fact of a document into one miss and one false fact;
    scoring without places measures what the rest of extraction gets right.

    Examples
    --------
    >>> sorted(without_places({("gov/US", "Sanction", "SD-DARFUR"), ("gov/US", "Sanction", "SD")}))
    [('gov/US', 'Sanction', None)]
    """
    return {(a, t, None) for a, t, _ in facts}


def evaluate(gold_dir=DEFAULT_GOLD, verbose=False, stream=None, places="exact", against=None):
    """Run extraction on every gold document and score it.

    ``places="country"`` compares event places at country level (see
    :func:`country_level`), ``places="none"`` leaves them out (see :func:`without_places`);
    the default compares them exactly, as SPEC §5 asks.

    ``against`` (a folder holding a second annotator's files of the same names, with
    ``facts`` only) scores that annotation instead of the extractor: inter-annotator
    agreement, the ceiling an extractor can be expected to reach on the same gold. Its
    agents are mapped to their principals as the extractor's are.

    Returns
    -------
    dict
        ``{"documents": {name: {...}}, "languages": {lang: (P, R, F1, tp, fp, fn)},
        "overall": (P, R, F1, tp, fp, fn), "negatives_violated": [...], "seconds": s}``
    """
    from .documents import read_path
    from .extract import extract
    from .gazetteer import get_gazetteer

    gz = get_gazetteer()
    gold_dir = Path(gold_dir)
    stream = stream or sys.stdout
    per_doc = {}
    per_lang = defaultdict(lambda: [0, 0, 0])
    violated = []
    elapsed = 0.0
    for name, gold in load_gold(gold_dir):
        path = resolve_document(gold["document"], gold_dir)
        doc = next(d for d in read_path(path, lang=gold.get("lang")))
        if against is not None:
            with (Path(against) / f"{name}.json").open(encoding="utf-8") as fh:
                second = json.load(fh)["facts"]
            dated = gz.as_of(doc.date)
            got = {(principal(a, dated), t, p) for a, t, p in gold_triples(second)}
        else:
            t0 = time.perf_counter()
            extraction = extract(doc)
            elapsed += time.perf_counter() - t0
            got = triples(extraction, gz.as_of(doc.date))
        want = gold_triples(gold["facts"])
        negatives = gold_triples(gold.get("negatives", []))
        if places == "country":
            got, want, negatives = country_level(got), country_level(want), country_level(negatives)
        elif places == "none":
            got, want, negatives = without_places(got), without_places(want), without_places(negatives)
        tp, fp, fn = len(got & want), len(got - want), len(want - got)
        hit_neg = sorted(got & negatives, key=str)
        violated.extend((name, t) for t in hit_neg)
        per_doc[name] = {"lang": gold["lang"], "tp": tp, "fp": fp, "fn": fn,
                         "prf": _prf(tp, fp, fn), "missed": sorted(want - got, key=str),
                         "false": sorted(got - want, key=str), "negatives": hit_neg}
        for key in (gold["lang"], "all"):
            per_lang[key][0] += tp
            per_lang[key][1] += fp
            per_lang[key][2] += fn
    langs = {k: _prf(*v) + tuple(v) for k, v in per_lang.items()}
    result = {"documents": per_doc, "languages": {k: v for k, v in langs.items() if k != "all"},
              "overall": langs.get("all", (0, 0, 0, 0, 0, 0)), "negatives_violated": violated,
              "seconds": elapsed}
    _print(result, verbose, stream)
    return result


def _print(result, verbose, stream):
    w = stream.write
    w(f"{'document':45} {'lang':4} {'P':>5} {'R':>5} {'F1':>5} {'tp':>3} {'fp':>3} {'fn':>3}\n")
    for name, d in result["documents"].items():
        p, r, f = d["prf"]
        w(f"{name[:45]:45} {d['lang']:4} {p:5.2f} {r:5.2f} {f:5.2f} {d['tp']:3} {d['fp']:3} {d['fn']:3}\n")
        if verbose:
            for t in d["missed"]:
                w(f"    MISS  {t}\n")
            for t in d["false"]:
                w(f"    FALSE {t}\n")
            for t in d["negatives"]:
                w(f"    NEGATIVE VIOLATED {t}\n")
    w("\n")
    for lang, (p, r, f, tp, fp, fn) in sorted(result["languages"].items()):
        w(f"{lang:4} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} fp={fp} fn={fn})\n")
    p, r, f, tp, fp, fn = result["overall"]
    w(f"all  P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} fp={fp} fn={fn})\n")
    if result["negatives_violated"]:
        w(f"negatives violated: {len(result['negatives_violated'])}\n")
    w(f"extraction time: {result['seconds']:.3f} s\n")


def main(argv=None):
    import argparse

    parser = argparse.ArgumentParser(prog="python -m rightsgraph.loaders.evaluate",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(DEFAULT_GOLD), help="folder of gold JSON files")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and false positives")
    parser.add_argument("--places", choices=("exact", "country", "none"), default="exact",
                        help="compare event places exactly (default), at country level, or not at all")
    parser.add_argument("--against", metavar="DIR",
                        help="score a second annotator's files in DIR instead of the extractor "
                             "(inter-annotator agreement)")
    args = parser.parse_args(argv)
    evaluate(args.gold, args.verbose, places=args.places, against=args.against)
    return 0


if __name__ == "__main__":
    sys.exit(main())
