"""Would a small learned ranker over candidate countries choose the main place better than the
hand rules?  Leave-one-set-out cross-validation on the development gold sets.

Usage::

    python bench/place_ranker_cv.py tests/gold tests/heldout/gold tests/blind2/gold ...

For every gold document, each country voted for is a candidate described by features the
place votes already carry (strong and weak scores, headline label, ties to the dominant
situation kind, locatives in the lead, demonyms, datelines, custody, responders...). A
conditional-logit scorer (softmax over a document's candidates, L2, gradient descent) is fit
on all sets but one and tested on the one left out. Printed per set: the rules' country
accuracy (``dominant_place`` / fallback, as extracted) and the ranker's. Country level only:
the region decision is left to the rules.
"""

import collections
import glob
import json
import math
import pathlib
import sys

import numpy as np

from rightsgraph.loaders import situation_resolution as sr
from rightsgraph.loaders.documents import read_path
from rightsgraph.loaders.evaluate import resolve_document
from rightsgraph.loaders.extract import extract

FEATURES = ["log_strong", "log_weak", "label", "tied_kind", "n_loc", "headline_name",
            "headline_demonym", "lead_locative", "responder", "first_rank", "custody",
            "dateline", "demonym_share", "aside", "agent_share", "bias_one"]


def _capture():
    box = {}
    orig = sr.SituationResolution.resolve

    def resolve(self):
        out = orig(self)
        box["self"], box["main"] = self, self.main_place
        return out
    sr.SituationResolution.resolve = resolve
    return box


def candidate_features(s):
    """``{country: feature vector}`` of one document's place votes ``s`` (a SituationVotes)."""
    agents = s._agent_isos()
    kind = s.dominant_kind()
    strong, weak = collections.Counter(), collections.Counter()
    per = collections.defaultdict(lambda: collections.Counter())
    order = {}
    lead = {i for i, *_ in s.sentences[:3]}
    for v in s.places:
        c = v.iso.split("-")[0]
        order.setdefault(c, len(order))
        w = s._weight(v, agents)
        if w >= 2.0 or v.attached in ("loc", "origin", "adj"):
            strong[c] += w
        else:
            weak[c] += w
        f = per[c]
        f["n"] += 1
        f["label"] += v.attached == "label"
        f["tied_kind"] += v.attached in ("loc", "adj", "origin") and v.cue is not None \
            and v.cue.kind == kind
        f["n_loc"] += v.attached == "loc"
        f["headline_name"] += v.title_weight > 1 and v.form != "demonym"
        f["headline_demonym"] += v.title_weight > 1 and v.form == "demonym"
        f["lead_locative"] += bool(v.preposition) and v.sentence in lead
        f["custody"] += v.attached == "custody"
        f["dateline"] += v.attached == "dateline"
        f["demonym"] += v.form == "demonym"
        f["aside"] += v.attached in ("host", "dest", "abroad", "border", "venue")
        f["agent"] += v.key in agents.get(v.sentence, ())
    out = {}
    for c, f in per.items():
        n = f["n"]
        out[c] = np.array([
            math.log1p(strong[c]), math.log1p(weak[c]), min(f["label"], 1), math.log1p(f["tied_kind"]),
            math.log1p(f["n_loc"]), math.log1p(f["headline_name"]), math.log1p(f["headline_demonym"]),
            math.log1p(f["lead_locative"]), float(c in s._responders), 1.0 / (1 + order[c]),
            math.log1p(f["custody"]), min(f["dateline"], 1), f["demonym"] / n, f["aside"] / n,
            f["agent"] / n, 1.0])
    return out


def fit(docs, l2=0.05, steps=600, rate=0.3):
    """Conditional-logit weights over ``docs`` = [(X (candidates x features), gold row)]."""
    w = np.zeros(len(FEATURES))
    for _ in range(steps):
        grad = l2 * w
        for x, g in docs:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            grad -= (x[g] - p @ x) / len(docs)
        w -= rate * grad
    return w


def main(dirs):
    box = _capture()
    rows = []       # (set, X, gold index, rules' country right)
    for d in dirs:
        name = d.rstrip("/").split("/")[-2]
        for f in sorted(glob.glob(d + "/*.json")):
            g = json.load(open(f))
            places = collections.Counter(x.get("place") for x in g["facts"])
            if not places:
                continue
            want = (places.most_common(1)[0][0] or "").split("-")[0]
            doc = next(iter(read_path(resolve_document(g["document"], pathlib.Path(d)),
                                      lang=g.get("lang"))))
            box.clear()
            extract(doc)
            feats = candidate_features(box["self"])
            got = (box.get("main") or "").split("-")[0]
            cands = sorted(feats)
            gold = cands.index(want) if want in cands else None
            rows.append((name, np.array([feats[c] for c in cands]) if cands else None, gold,
                         got == want))
    sets = sorted({r[0] for r in rows}, key=[r[0] for r in rows].index)
    tot = collections.Counter(r[0] for r in rows)
    rules = collections.Counter(r[0] for r in rows if r[3])
    ranker = collections.Counter()
    for held in sets:
        train = [(x, g) for s, x, g, _ in rows if s != held and x is not None and g is not None]
        w = fit(train)
        for s, x, g, _ in rows:
            if s == held and x is not None and g is not None and int(np.argmax(x @ w)) == g:
                ranker[s] += 1
    for s in sets:
        print(f"{s:9} rules {rules[s]:3}/{tot[s]:<3} ranker(LOSO) {ranker[s]:3}/{tot[s]}")
    print(f"ALL       rules {sum(rules.values())}/{len(rows)} ranker(LOSO) {sum(ranker.values())}/{len(rows)}")
    w = fit([(x, g) for _, x, g, _ in rows if x is not None and g is not None])
    print("weights on all sets:", ", ".join(f"{n}={v:+.2f}" for n, v in zip(FEATURES, w)))


if __name__ == "__main__":
    main(sys.argv[1:])
