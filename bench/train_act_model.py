"""Can a small model learned from the development gold drop the extractor's false facts?

Usage::

    python bench/train_act_model.py [--design a|b] [--sets gold heldout blind2 ...]
        [--l2 0.003 0.001 0.0003] [--cache FILE] [--out FILE]

(set names are folders under ``tests/``: ``gold`` is ``tests/gold``, the others
``tests/<name>/gold``; default: the 22 development sets gold, heldout, blind2 ... blind21).

Design (a) of round 9, a PRECISION FILTER. Every fact the extractor outputs, the triple
``(principal, type, place)`` that :func:`rightsgraph.loaders.evaluate.triples` scores, is
labelled true (in the gold) or false. Its features come from the Response objects that make
it: type, language, the agent's kind (gov, body, official, NGO, IGO, media, group, person)
and its principal's kind, modality, the cue as written (``Evidence.cue``; none for the
finders that record no cue), the evidence confidence (which finder made it), the number of
responses and evidence sentences, headline-only or not, the position of the first evidence,
a quotation open before the cue, a negation word in the sentence, a joint act, how many
types the principal has in the document and how many principals the type has, whether the
place is the document's most frequent one, and the (stemmed) words around the cue. A
binary logistic regression (numpy, L2, full-batch Adam, zero initialisation, fixed steps:
deterministic) gives P(false); a fact above the threshold is dropped. One model for the
three languages; each language keeps the weights of the features seen in its own facts.

Leave-one-set-out cross-validation: each set is scored by a model trained on the 21 others;
the L2 and the threshold are those maximising the pooled F1 of the out-of-fold scores.
Printed: the pooled P/R/F1 per language of the rules alone and of the rules with the
filter, per L2 and threshold. The evaluator's counting (sets of triples per document, exact
places) is reproduced.

Design (b), the RECALL ADDER (``--design b``), is estimated with the candidates, labels and
model of ``bench/type_model_cv.py`` (see :func:`recall_adder`).
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import pathlib
import re
import sys
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from functools import lru_cache

import numpy as np

from rightsgraph.loaders.cues import normalized_view
from rightsgraph.loaders.documents import read_path
from rightsgraph.loaders.evaluate import gold_triples, principal, resolve_document, triples
from rightsgraph.loaders.extract import extract
from rightsgraph.loaders.gazetteer import get_gazetteer

REPO = pathlib.Path(__file__).resolve().parent.parent
SETS = ["gold", "heldout"] + [f"blind{i}" for i in range(2, 22)]
LANGS = ("ar", "fr", "en")
LANG_DIR = REPO / "loaders" / "lang"
_WORD = re.compile(r"\w+")
_AR_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف")


def gold_dir(name):
    """The folder of a development set's gold files."""
    return REPO / "tests" / ("gold" if name == "gold" else f"{name}/gold")


# ------------------------------------------------------------------ features of a fact
@lru_cache(maxsize=None)
def negation_words(lang: str) -> frozenset:
    """The one-word ``pre`` negation cues of ``lang`` (``lang/<lang>/negation.tsv``)."""
    words = set()
    path = LANG_DIR / lang / "negation.tsv"
    if not path.exists():
        return frozenset()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        cue, kind = line.split("\t")[:2]
        if kind.strip() == "pre":
            words |= {w for w in cue.split("|") if " " not in w and "'" not in w}
    return frozenset(words)


def stem(word: str, lang: str) -> str:
    """A crude stem: Arabic proclitics removed, then the first six letters.

    Examples
    --------
    >>> stem("condemned", "en"), stem("والحكومة", "ar")
    ('condem', 'حكومة')
    """
    if lang == "ar":
        for c in _AR_CLITICS:
            if word.startswith(c) and len(word) - len(c) >= 3:
                word = word[len(c):]
                break
    return word[:6]


def _kind(key, gz):
    if key.startswith("gov/"):
        return "gov"
    if key.startswith("body/"):
        return "body"
    actor = gz.actor(key)
    if actor is not None:
        return actor.kind
    return key.split("/")[0]


def _bucket(n, edges):
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _place_iso(r, extraction):
    if r.event and r.event in extraction.events:
        place = extraction.events[r.event].place
        if place and place.startswith("place/"):
            return place[6:]
    return None


def _groups(extraction, gz):
    """``{(principal, type, place ISO): [(response, agent)]}`` of the counted responses."""
    groups = defaultdict(list)
    for r in extraction.responses:
        if r.modality == "requested":
            continue
        iso = _place_iso(r, extraction)
        for agent in r.agents:
            groups[(principal(agent, gz), r.type, iso)].append((r, agent))
    return groups


def fact_features(doc, extraction, gz, lang=None):
    """``{(principal, type, place ISO): frozenset of feature strings}`` for every fact.

    ``gz`` is the gazetteer as of the document's date (principals as :mod:`.evaluate` maps
    them); ``lang`` defaults to the document's.
    """
    lang = lang or doc.lang
    starts = [s.start for s in doc.sentences]
    head_end = doc.sentences[0].end if doc.sentences else 0
    groups = _groups(extraction, gz)
    types_of, agents_of = defaultdict(set), defaultdict(set)
    for p, t, _ in groups:
        types_of[p].add(t)
        agents_of[t].add(p)
    places = Counter(iso for _, _, iso in groups if iso)
    main = min(places, key=lambda k: (-places[k], k)) if places else None
    neg = negation_words(lang)
    out = {}
    for (p, t, iso), made in groups.items():
        pk = _kind(p, gz)
        f = {"bias", f"type={t}", f"type={t}|{lang}", f"lang={lang}", f"pkind={pk}",
             f"pkind={pk}|type={t}", f"pkind={pk}|{lang}",
             "ntypes=" + _bucket(len(types_of[p]), (1, 2, 3, 5)),
             "nagents=" + _bucket(len(agents_of[t]), (1, 2, 3, 5)),
             "place=none" if iso is None else ("place=main" if iso == main else "place=other")}
        sent_idx = set()
        for r, agent in made:
            ak = _kind(agent, gz)
            f.update((f"akind={ak}", f"akind={ak}|type={t}", f"mod={r.modality}",
                      f"mod={r.modality}|type={t}"))
            if len(r.agents) > 1:
                f.add("joint")
            for ev in r.evidence:
                sent_idx.add(max(0, bisect_right(starts, ev.start) - 1))
                f.add(f"conf={ev.confidence:.2f}")
                f |= _evidence_features(ev, t, lang, neg)
        f.add("nresp=" + _bucket(len({id(r) for r, _ in made}), (1, 2, 3)))
        f.add("nsent=" + _bucket(len(sent_idx), (1, 2, 3)))
        first = min(sent_idx) if sent_idx else 0
        f.add("pos=" + ("head" if first == 0 else "lead" if first <= 3 else "body" if first <= 12 else "late"))
        if sent_idx and all(starts[i] < head_end for i in sent_idx):
            f.add("head_only")
        out[(p, t, iso)] = frozenset(f)
    return out


def _evidence_features(ev, t, lang, neg):
    """The cue, quotation, negation and window features of one evidence span."""
    f = set()
    cue = (ev.cue or "").strip()
    norm = normalized_view(ev.text, lang)[0]
    at = -1
    if cue:
        ncue = " ".join(_WORD.findall(normalized_view(cue, lang)[0]))
        f.add(f"cue={ncue}")
        f.add(f"cuestem={stem(ncue.split(' ')[0], lang) if ncue else ''}|type={t}")
        at = ev.text.find(cue)
    else:
        f.add(f"cue=NONE|type={t}")
    if at >= 0:
        before = ev.text[:at]
        if sum(before.count(q) for q in "«“") > sum(before.count(q) for q in "»”") \
                or before.count('"') % 2 == 1:
            f.add("quote_open")
        f.update("wb:" + stem(w, lang) for w in _WORD.findall(norm[max(0, at - 50):at])[-3:])
        f.update("wa:" + stem(w, lang) for w in _WORD.findall(norm[at + len(cue):at + len(cue) + 60])[:4])
    if any(w in neg for w in _WORD.findall(norm)):
        f.add("neg_in_sentence")
    return f


def probability_false(features, weights) -> float:
    """P(false) of a fact with ``features`` under ``weights``."""
    z = sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def collect(names):
    """Run the extractor on every document of the sets: per document its set, language,
    gold triples, extracted triples and the features of each extracted triple."""
    gz = get_gazetteer()
    docs = []
    for name in names:
        d = gold_dir(name)
        for path in sorted(d.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            doc = next(iter(read_path(resolve_document(gold["document"], d), lang=gold.get("lang"))))
            extraction = extract(doc)
            got = triples(extraction, gz.as_of(doc.date))
            feats = fact_features(doc, extraction, gz.as_of(doc.date))
            if set(feats) != got:
                raise ValueError(f"{path}: the facts' features do not cover the scored triples")
            docs.append({"set": name, "name": path.stem, "lang": gold["lang"],
                         "want": gold_triples(gold["facts"]), "got": got, "feats": feats})
    return docs


# ------------------------------------------------------------------ the model
class Logistic:
    """Binary logistic regression over string features (numpy, deterministic).

    Rows are sparse sets of 0/1 features (CSR index arrays); the vocabulary is every feature
    seen ``min_count`` times in the training rows, sorted; L2 on all weights but ``bias``;
    full-batch Adam from zero weights for a fixed number of steps.
    """

    def __init__(self, l2=1e-3, steps=300, rate=0.05, min_count=3):
        self.l2, self.steps, self.rate, self.min_count = l2, steps, rate, min_count
        self.vocab, self.w = {}, None

    def encode(self, feats):
        """``(indices, row ids)`` of the known features of each row."""
        idx, rid = [], []
        for i, f in enumerate(feats):
            ids = sorted(self.vocab[v] for v in f if v in self.vocab)
            idx.extend(ids)
            rid.extend([i] * len(ids))
        return np.asarray(idx, dtype=np.int64), np.asarray(rid, dtype=np.int64)

    def _margin(self, enc, n, w):
        idx, rid = enc
        return np.bincount(rid, weights=w[idx], minlength=n)

    def fit(self, feats, y):
        counts = collections.Counter(v for f in feats for v in f)
        self.vocab = {v: i for i, v in enumerate(sorted(v for v, c in counts.items()
                                                        if c >= self.min_count or v == "bias"))}
        enc = self.encode(feats)
        y = np.asarray(y, dtype=np.float64)
        n, dim = len(y), len(self.vocab)
        w = np.zeros(dim)
        m, v = np.zeros_like(w), np.zeros_like(w)
        reg = np.ones_like(w)
        if "bias" in self.vocab:
            reg[self.vocab["bias"]] = 0.0
        for step in range(1, self.steps + 1):
            p = 1.0 / (1.0 + np.exp(-self._margin(enc, n, w)))
            g = np.bincount(enc[0], weights=(p - y)[enc[1]], minlength=dim) / n + self.l2 * reg * w
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            w -= self.rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
        self.w = w
        return self

    def predict(self, feats):
        if not feats:
            return np.zeros(0)
        return 1.0 / (1.0 + np.exp(-self._margin(self.encode(feats), len(feats), self.w)))


def rows(doc):
    """The facts of a document in a fixed order, their feature sets and labels (1 = false)."""
    keys = sorted(doc["feats"], key=str)
    return keys, [doc["feats"][k] for k in keys], [0 if k in doc["want"] else 1 for k in keys]


def prf(tp, fp, fn):
    """Precision, recall and F1 as :mod:`rightsgraph.loaders.evaluate` computes them."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs, dropped=None):
    """Pooled ``{lang: (P, R, F1, tp, fp, fn)}`` (and "all") of the rules minus ``dropped``
    (``{doc index: set of triples}``), counted as the evaluator counts."""
    tot = collections.defaultdict(lambda: [0, 0, 0])
    for i, d in enumerate(docs):
        got = d["got"] - (dropped or {}).get(i, set())
        for k in (d["lang"], "all"):
            tot[k][0] += len(got & d["want"])
            tot[k][1] += len(got - d["want"])
            tot[k][2] += len(d["want"] - got)
    return {k: prf(*v) + tuple(v) for k, v in tot.items()}


def train(docs, l2, steps=300):
    """``{lang: {feature: weight}}``: one model fit on the facts of ``docs`` (all languages),
    each language's table holding the weights of the features seen in its own facts."""
    feats, ys = [], []
    seen = collections.defaultdict(set)
    for d in docs:
        _, f, y = rows(d)
        feats += f
        ys += y
        for x in f:
            seen[d["lang"]] |= x
    model = Logistic(l2=l2, steps=steps).fit(feats, ys)
    return {lang: {v: float(model.w[i]) for v, i in model.vocab.items()
                   if v in seen[lang] and abs(model.w[i]) >= 1e-6}
            for lang in LANGS}


def loso(docs, l2, steps=300):
    """Out-of-fold P(false) of every fact: ``{doc index: {triple: p}}``, each set scored
    by the tables trained on the other sets, as :mod:`rightsgraph.loaders.learned_acts` does."""
    sets = list(dict.fromkeys(d["set"] for d in docs))
    prob = {}
    for held in sets:
        tables = train([d for d in docs if d["set"] != held], l2, steps)
        for i, d in enumerate(docs):
            if d["set"] == held:
                prob[i] = {k: probability_false(f, tables[d["lang"]]) for k, f in d["feats"].items()}
    return prob


GRID = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def curve(docs, prob, grid=GRID):
    """``[(threshold, dropped, dropped that were false, pooled scores)]``."""
    out = []
    for t in grid:
        dropped = {i: {k for k, p in ps.items() if p > t} for i, ps in prob.items()}
        n = sum(len(v) for v in dropped.values())
        bad = sum(len(v - docs[i]["want"]) for i, v in dropped.items())
        out.append((t, n, bad, score(docs, dropped)))
    return out


def recall_adder(names, cache=None, max_features=2000, grid=(0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)):
    """Design (b), the RECALL ADDER, estimated with ``bench/type_model_cv.py``'s candidates,
    labels and one-vs-rest model (adds mode: the loss leaves out the types the rules already
    gave the principal), one model per left-out set, no inner threshold search: the pooled
    ``{threshold: {lang: (P, R, F1, tp, fp, fn), "adds": (n, right)}}`` of rules + adds."""
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    import type_model_cv as tm

    docs = tm.cached_collect(cache, tm.collect, names)
    held = {}
    for s in dict.fromkeys(d["set"] for d in docs):
        model = tm._train([d for d in docs if d["set"] != s], True, max_features=max_features)
        for i, d in enumerate(docs):
            if d["set"] == s:
                held[i] = model.predict([f for _, _, f, _, _ in d["rows"]]) if d["rows"] else []
    out = {}
    for t in grid:
        got = {i: tm.decide(d, held[i], t, -1.0) for i, d in enumerate(docs)}
        res = {}
        for lang in ("ar", "fr", "en", "all"):
            sel = [i for i, d in enumerate(docs) if lang in (d["lang"], "all")]
            res[lang] = tm.prf([(got[i], docs[i]["want"]) for i in sel])
        new = [got[i] - d["got"] for i, d in enumerate(docs)]
        res["adds"] = (sum(map(len, new)), sum(len(n & d["want"]) for n, d in zip(new, docs)))
        out[t] = res
    return out


def _line(s):
    return " ".join(f"{k} {s[k][2]:.3f}" for k in ("ar", "fr", "en", "all") if k in s) + \
        f"  (P {s['all'][0]:.3f} R {s['all'][1]:.3f} tp {s['all'][3]} fp {s['all'][4]} fn {s['all'][5]})"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=SETS)
    parser.add_argument("--l2", type=float, nargs="+", default=[3e-3, 1e-3, 3e-4])
    parser.add_argument("--cache", help="pickle of the collected facts (read if present, else written)")
    parser.add_argument("--design", choices=("a", "b"), default="a",
                        help="a: the precision filter (default); b: the recall adder")
    parser.add_argument("--out", help="write the figures as JSON")
    args = parser.parse_args(argv)
    t0 = time.process_time()
    if args.design == "b":
        for t, res in recall_adder(args.sets, args.cache).items():
            print(f"t_add={t:<5} adds {res['adds'][0]:4} (right {res['adds'][1]:4})  {_line(res)}", flush=True)
        print(f"total {time.process_time() - t0:.0f} s CPU")
        return 0
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    from type_model_cv import cached_collect

    docs = cached_collect(args.cache, collect, args.sets)
    base = score(docs)
    nfalse = sum(len(d["got"] - d["want"]) for d in docs)
    print(f"{len(docs)} documents, {sum(len(d['got']) for d in docs)} facts ({nfalse} false); "
          f"extraction {time.process_time() - t0:.0f} s CPU", flush=True)
    print(f"rules alone: {_line(base)}")
    report = {"rules": base, "runs": {}}
    best = (base["all"][2], None, None)     # (pooled F1, l2, threshold): no filter unless it helps
    for l2 in args.l2:
        print(f"\n[l2={l2}] leave-one-set-out, drop when P(false) > t:")
        runs = []
        for t, n, bad, s in curve(docs, loso(docs, l2)):
            print(f"  t={t:<5} dropped {n:4} (false {bad:4})  {_line(s)}", flush=True)
            runs.append((t, n, bad, s))
            if s["all"][2] > best[0] + 1e-9:
                best = (s["all"][2], l2, t)
        report["runs"][str(l2)] = runs
    print(f"\nchosen by cross-validation: l2={best[1]} threshold={best[2]} (pooled F1 {best[0]:.3f})")
    report["chosen"] = best
    print(f"total {time.process_time() - t0:.0f} s CPU")
    if args.out:
        pathlib.Path(args.out).write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
