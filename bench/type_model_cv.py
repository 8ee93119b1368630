"""Can a small learned model decide the response TYPES of the actors found better than the
hand rules, on sets it was not trained on?  Leave-one-set-out cross-validation.

Usage::

    python bench/type_model_cv.py [--sets gold heldout blind2 ...] [--mode adds|veto]
        [--cache candidates.pkl] [--out results.json]

(set names are folders under ``tests/``; ``gold`` is ``tests/gold``, the others
``tests/<name>/gold``; default: the 14 annotated sets gold, heldout, blind2 ... blind13).

Candidates
    For every document the extractor is run once (rules as committed). A candidate is a
    pair (principal, sentence): every actor mention of a sentence (mapped to its principal as
    :func:`rightsgraph.loaders.evaluate.principal` does; places skipped), plus every
    sentence that is the evidence of a rule response of the principal.

Labels
    A gold fact is placed in the sentence(s) its ``note`` (the quoted evidence) falls in:
    exact substring first, else the sentence sharing the most note words (at least half).
    A candidate's labels are the gold types of its principal placed in its sentence.

Features (strings, a vocabulary of those seen twice in the training sets)
    language; actor kind (gov / org kind / group / person); the rule types of the candidate
    (same sentence) and of the principal elsewhere in the document; the cue types matched in
    the sentence, before / after the actor's first mention; negation and modality cues;
    headline / lead position; whether the actor is the first actor of the sentence; the
    number of actors; word unigrams and bigrams of the sentence, words in a window around
    the actor's mention, crude stems (first five letters; Arabic proclitics removed).

Model
    One-vs-rest logistic regression per type over a dense 0/1 matrix of the 4,000 most
    frequent features (L2, full-batch Adam, fixed number of steps, zero initialisation:
    deterministic), numpy only. ``--mode adds`` (default) leaves out of the loss the
    (candidate, type) pairs whose type the rules already gave the principal in the
    document: the model learns only the decision it is asked for, "a type the rules
    missed". ``--mode veto`` trains on every pair and also searches veto thresholds.

Decision (per document)
    The score of (principal, type) is the highest probability over the principal's
    candidate sentences. Rules + model = the rule triples, plus (principal, type) the rules
    lack whose score is above ``t_add`` (placed where the rules put the principal's other
    acts, else at the document's most frequent place), minus the rule (principal, type)
    whose score is below ``t_veto`` (``--mode veto`` only). The thresholds are chosen
    INSIDE the training sets only: out-of-fold scores of a 3-fold split of the training sets
    (by set), grid search of pooled F1 of the training documents.

Also printed: the adds of the held-out models alone at fixed thresholds, pooled (how many,
how many right): the precision the adds would need is about F1/2 of the rules to raise F1.

Printed: per set and per language P/R/F1 of the rules alone and of rules + model (the set
left out is never seen by its model or its thresholds), then the pooled figures.
Sets ``blind11`` and ``blind13`` are transfer-check sets: only their numbers are printed.
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import pickle
import re
import sys
import time

import numpy as np

from rightsgraph.loaders import extract as extract_module
from rightsgraph.loaders.documents import read_path
from rightsgraph.loaders.evaluate import gold_triples, principal, resolve_document, triples
from rightsgraph.loaders.gazetteer import get_gazetteer
from rightsgraph.loaders.model import RESPONSE_TYPES

REPO = pathlib.Path(__file__).resolve().parent.parent
SETS = ["gold", "heldout"] + [f"blind{i}" for i in range(2, 14)]
TYPES = list(RESPONSE_TYPES)
_WORD = re.compile(r"\w+")
_AR_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف")


def gold_dir(name):
    return REPO / "tests" / ("gold" if name == "gold" else f"{name}/gold")


# ------------------------------------------------------------------ reading the extractor
def _capture():
    """Keep the last ``_Reader`` of :func:`extract` (its mentions, sentences, cues)."""
    box = {}
    orig = extract_module._Reader.run

    def run(self, out):
        result = orig(self, out)
        box.setdefault("readers", []).append(self)
        return result
    extract_module._Reader.run = run
    return box


def _stem(word, lang):
    if lang == "ar":
        for c in _AR_CLITICS:
            if word.startswith(c) and len(word) - len(c) >= 3:
                word = word[len(c):]
                break
        return word[:5]
    return word[:5]


def _actor_kind(key, gz):
    if key.startswith("gov/") or key.startswith("body/"):
        return "gov"
    actor = gz.actor(key)
    if actor is not None:
        return actor.kind
    return key.split("/")[0]


def _locate(note, text, sents):
    """Indices of the sentences of ``sents`` (start, end, lowered text) a gold note is in."""
    if not note:
        return set()
    low = text.lower()
    probe = note.strip().strip("«»\"“”' .").lower()
    pieces = [p.strip() for p in re.split(r"\s*(?:\.\.\.|…)\s*", probe) if len(p.strip()) >= 12]
    found = set()
    for piece in pieces or [probe]:
        at = low.find(piece)
        if at >= 0:
            end = at + len(piece)
            found |= {i for i, (a, b, _) in enumerate(sents) if a < end and b > at}
    if found:
        return found
    words = {w for w in _WORD.findall(probe) if len(w) >= 3}
    if not words:
        return set()
    best, best_i = 0.0, None
    for i, (_, _, s) in enumerate(sents):
        share = len(words & set(_WORD.findall(s))) / len(words)
        if share > best:
            best, best_i = share, i
    return {best_i} if best >= 0.5 else set()


def candidates_of(doc, extraction, readers, gz):
    """``[(principal, sentence index, features, rule types)]`` and the sentence spans."""
    dated = gz.as_of(doc.date)
    sents = [(s.start, s.end, s.text.lower()) for s in doc.sentences]
    starts = [a for a, _, _ in sents]

    def sentence_of(pos):
        i = max(0, np.searchsorted(starts, pos, side="right") - 1)
        return int(i)

    rule_here = collections.defaultdict(set)      # (principal, idx) -> types
    rule_doc = collections.defaultdict(set)       # principal -> types
    for r in extraction.responses:
        if r.modality == "requested":
            continue
        for agent in r.agents:
            p = principal(agent, dated)
            rule_doc[p].add(r.type)
            for ev in r.evidence:
                rule_here[(p, sentence_of(ev.start))].add(r.type)
    per_sentence = collections.defaultdict(dict)   # idx -> {principal: (norm start, kind)}
    info = {}                                      # idx -> (reader, na, nb)
    for reader in readers:
        cues = reader.cues
        norm = reader.norm
        tokens = extract_module.tokenize(norm, reader.lang == "ar")
        resp_hits, neg_hits, mod_hits, _ = cues.scan(norm, tokens)
        for _, na, nb, s in reader._spans:
            idx = sentence_of(s.start)
            info[idx] = (reader, na, nb,
                         [h for h in resp_hits if na <= h.start < nb],
                         any(na <= h.start < nb for h in neg_hits),
                         any(na <= h.start < nb for h in mod_hits))
            for m in reader._mentions_in(na, nb):
                if m.key.startswith("place/"):
                    continue
                p = principal(m.key, dated)
                if p.startswith("place/"):
                    continue
                per_sentence[idx].setdefault(p, (m.start, m.end, _actor_kind(p, dated)))
    for (p, idx) in rule_here:
        per_sentence[idx].setdefault(p, (None, None, _actor_kind(p, dated)))
    out = []
    for idx, actors in sorted(per_sentence.items()):
        if idx not in info:
            continue
        reader, na, nb, hits, neg, mod = info[idx]
        lang = reader.lang
        seg = reader.norm[na:nb]
        words = _WORD.findall(seg)
        first_actor = min((v[0] for v in actors.values() if v[0] is not None), default=None)
        base = {f"lang={lang}", f"nact={min(len(actors), 4)}"}
        base.add("pos=head" if idx == 0 else ("pos=lead" if idx <= 3 else "pos=body"))
        if neg:
            base.add("neg")
        if mod:
            base.add("mod")
        for w in words:
            base.add("w:" + w)
            base.add("s:" + _stem(w, lang))
        for a, b in zip(words, words[1:]):
            base.add("b:" + a + "_" + b)
        for h in hits:
            base.add("cue=" + h.entry.value)
            base.add(f"cue={h.entry.value}|{lang}")
        for p, (ms, me, kind) in actors.items():
            f = set(base)
            f.add("kind=" + kind)
            f.add(f"kind={kind}|{lang}")
            for t in rule_here.get((p, idx), ()):
                f.add("rule=" + t)
                f.add(f"rule={t}|{kind}")
            for t in rule_doc.get(p, ()):
                f.add("ruledoc=" + t)
            if not rule_here.get((p, idx)):
                f.add("norule")
            if ms is None:
                f.add("nomention")
            else:
                if ms == first_actor:
                    f.add("first_actor")
                for h in hits:
                    side = "after" if h.start >= me else "before"
                    f.add(f"cue={h.entry.value}|{side}")
                    if 0 <= h.start - me < 60 or 0 <= ms - h.end < 40:
                        f.add(f"cue={h.entry.value}|near")
                before = _WORD.findall(reader.norm[max(na, ms - 40):ms])[-3:]
                after = _WORD.findall(reader.norm[me:min(nb, me + 80)])[:6]
                for w in before:
                    f.add("wb:" + _stem(w, lang))
                for w in after:
                    f.add("wa:" + _stem(w, lang))
            out.append((p, idx, frozenset(f), frozenset(rule_here.get((p, idx), ()))))
    return out, sents


def collect(names, quiet=()):
    """Run the extractor on every document of the sets; candidates, labels and triples."""
    gz = get_gazetteer()
    box = _capture()
    docs = []
    for name in names:
        d = gold_dir(name)
        for path in sorted(d.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            doc = next(iter(read_path(resolve_document(gold["document"], d), lang=gold.get("lang"))))
            box.clear()
            extraction = extract_module.extract(doc)
            cands, sents = candidates_of(doc, extraction, box.get("readers", []), gz)
            where = collections.defaultdict(set)       # (principal, idx) -> gold types
            for fact in gold["facts"]:
                for i in _locate(fact.get("note", ""), doc.text, sents):
                    where[(fact["agent"], i)].add(fact["type"])
            rows = [(p, idx, f, rules, frozenset(where.get((p, idx), ())))
                    for p, idx, f, rules in cands]
            docs.append({"set": name, "lang": gold["lang"],
                         "want": gold_triples(gold["facts"]),
                         "got": triples(extraction, gz.as_of(doc.date)), "rows": rows})
    return docs


# ------------------------------------------------------------------ the model
class Model:
    """One-vs-rest logistic regression over string features (numpy, deterministic).

    The vocabulary is the ``max_features`` most frequent features of the training rows seen
    at least ``min_count`` times (ties by name); rows are encoded as a dense 0/1 matrix.
    """

    def __init__(self, l2=1e-3, steps=150, rate=0.05, min_count=2, max_features=4000):
        self.l2, self.steps, self.rate = l2, steps, rate
        self.min_count, self.max_features = min_count, max_features
        self.vocab, self.W, self.b = {}, None, None

    def _encode(self, feats):
        x = np.zeros((len(feats), len(self.vocab)), dtype=np.float32)
        for i, f in enumerate(feats):
            ids = [self.vocab[v] for v in f if v in self.vocab]
            x[i, ids] = 1.0
        return x

    def fit(self, feats, labels, masks=None):
        counts = collections.Counter(x for f in feats for x in f)
        kept = sorted((x for x, c in counts.items() if c >= self.min_count),
                      key=lambda x: (-counts[x], x))[:self.max_features]
        self.vocab = {x: i for i, x in enumerate(sorted(kept))}
        x = self._encode(feats)
        n, v, k = x.shape[0], x.shape[1], len(TYPES)
        y = np.zeros((n, k), dtype=np.float32)
        for i, ls in enumerate(labels):
            for t in ls:
                if t in TYPES:
                    y[i, TYPES.index(t)] = 1.0
        weight = np.ones((n, k), dtype=np.float32)
        for i, skip in enumerate(masks or ()):
            for t in skip:
                if t in TYPES:
                    weight[i, TYPES.index(t)] = 0.0
        self.W, self.b = np.zeros((v, k), dtype=np.float32), np.zeros(k, dtype=np.float32)
        mw, vw = np.zeros_like(self.W), np.zeros_like(self.W)
        mb, vb = np.zeros_like(self.b), np.zeros_like(self.b)
        b1, b2, eps = 0.9, 0.999, 1e-8
        xt = np.ascontiguousarray(x.T)
        for step in range(1, self.steps + 1):
            p = 1.0 / (1.0 + np.exp(-(x @ self.W + self.b)))
            r = (p - y) * weight / n
            gw = xt @ r + self.l2 * self.W
            gb = r.sum(axis=0)
            mw = b1 * mw + (1 - b1) * gw
            vw = b2 * vw + (1 - b2) * gw * gw
            mb = b1 * mb + (1 - b1) * gb
            vb = b2 * vb + (1 - b2) * gb * gb
            c1, c2 = 1 - b1 ** step, 1 - b2 ** step
            self.W -= self.rate * (mw / c1) / (np.sqrt(vw / c2) + eps)
            self.b -= self.rate * (mb / c1) / (np.sqrt(vb / c2) + eps)
        return self

    def predict(self, feats):
        return 1.0 / (1.0 + np.exp(-(self._encode(feats) @ self.W + self.b)))


# ------------------------------------------------------------------ decision and scores
def decide(doc, probs, t_add, t_veto):
    """The triples of rules + model for one document (``probs``: one row per candidate)."""
    got = sorted(doc["got"], key=str)        # a fixed order: ties of places break the same way
    score = collections.defaultdict(float)
    for (p, _, _, _, _), row in zip(doc["rows"], probs):
        for k, t in enumerate(TYPES):
            score[(p, t)] = max(score[(p, t)], row[k])
    places = collections.Counter(pl for _, _, pl in got if pl)
    doc_place = places.most_common(1)[0][0] if places else None
    out = set()
    for a, t, pl in got:
        if (a, t) in score and score[(a, t)] < t_veto:
            continue
        out.add((a, t, pl))
    have = {(a, t) for a, t, _ in got}
    for (a, t), s in score.items():
        if s >= t_add and (a, t) not in have:
            own = collections.Counter(pl for x, _, pl in got if x == a and pl)
            out.add((a, t, own.most_common(1)[0][0] if own else doc_place))
    return out


def prf(pairs):
    tp = sum(len(g & w) for g, w in pairs)
    fp = sum(len(g - w) for g, w in pairs)
    fn = sum(len(w - g) for g, w in pairs)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, fp, fn


# mode -> (add thresholds, veto thresholds, rule types masked out of the loss)
MODES = {
    "adds": ([0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01], [-1.0], True),
    "veto": ([0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.01], [-1.0, 0.02, 0.05, 0.1, 0.2], False),
}


def _train(docs, masked=True, **kw):
    """Fit on the candidates of ``docs``. A (candidate, type) the rules already gave the
    principal in the document is no add decision: it is left out of the loss."""
    feats = [f for d in docs for _, _, f, _, _ in d["rows"]]
    labels = [ls for d in docs for _, _, _, _, ls in d["rows"]]
    masks = [{t for a, t, _ in d["got"] if a == p} for d in docs for p, _, _, _, _ in d["rows"]] \
        if masked else None
    return Model(**kw).fit(feats, labels, masks)


def choose_thresholds(train_docs, folds=3, mode="adds", **kw):
    """``(t_add, t_veto)`` maximising pooled F1 of out-of-fold scores on ``train_docs``."""
    sets = sorted({d["set"] for d in train_docs})
    oof = {}
    for j in range(folds):
        inner_out = set(sets[j::folds])
        model = _train([d for d in train_docs if d["set"] not in inner_out], MODES[mode][2], **kw)
        for i, d in enumerate(train_docs):
            if d["set"] in inner_out and d["rows"]:
                oof[i] = model.predict([f for _, _, f, _, _ in d["rows"]])
    best = (-1.0, 1.01, -1.0)
    for ta in MODES[mode][0]:
        for tv in MODES[mode][1]:
            pairs = [(decide(d, oof.get(i, []), ta, tv), d["want"]) for i, d in enumerate(train_docs)]
            f = prf(pairs)[2]
            if f > best[0] + 1e-9:
                best = (f, ta, tv)
    return best[1], best[2]


def cross_validate(docs, mode="adds", **kw):
    """Leave-one-set-out: ``{set: (t_add, t_veto)}`` and the rules + model triples per doc."""
    sets = list(dict.fromkeys(d["set"] for d in docs))
    predicted, chosen, held_probs = {}, {}, {}
    for held in sets:
        train = [d for d in docs if d["set"] != held]
        t_add, t_veto = choose_thresholds(train, mode=mode, **kw)
        model = _train(train, MODES[mode][2], **kw)
        chosen[held] = (t_add, t_veto)
        for i, d in enumerate(docs):
            if d["set"] == held:
                probs = model.predict([f for _, _, f, _, _ in d["rows"]]) if d["rows"] else []
                predicted[i] = decide(d, probs, t_add, t_veto)
                held_probs[i] = probs
        sel = [i for i, d in enumerate(docs) if d["set"] == held]
        a = prf([(docs[i]["got"], docs[i]["want"]) for i in sel])[2]
        b = prf([(predicted[i], docs[i]["want"]) for i in sel])[2]
        print(f"  fold {held}: t_add={t_add} t_veto={t_veto} F1 rules {a:.3f} rules+model {b:.3f}",
              file=sys.stderr, flush=True)
    return chosen, predicted, held_probs


def add_curve(docs, held_probs, grid=(0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)):
    """Pooled over the held-out sets: ``[(threshold, adds, correct adds, F1)]`` for the
    model's adds alone (no veto), each set scored by the model that never saw it."""
    out = []
    for t in grid:
        adds = right = 0
        pairs = []
        for i, d in enumerate(docs):
            got = decide(d, held_probs.get(i, []), t, -1.0)
            new = got - d["got"]
            adds += len(new)
            right += len(new & d["want"])
            pairs.append((got, d["want"]))
        out.append((t, adds, right, prf(pairs)[2]))
    return out


def add_opportunities(docs):
    """Counts over the (principal, type) pairs a perfect candidate labeller could add (gold
    type of a candidate's principal placed in its sentence, type not among the rules' for
    that principal): how many, with a cue of that type in the sentence, near the actor; and
    the (candidate, type) pairs with a same-type cue near the actor that are NOT labelled."""
    c = collections.Counter()
    for d in docs:
        have = {(a, t) for a, t, _ in d["got"]}
        seen = set()
        for p, _, f, _, labels in d["rows"]:
            for t in labels:
                if (p, t) in have or (p, t) in seen:
                    continue
                seen.add((p, t))
                c["pairs"] += 1
                c["cue of the type in the sentence"] += f"cue={t}" in f
                c["cue of the type near the actor"] += f"cue={t}|near" in f
            for t in TYPES:
                if f"cue={t}|near" in f and (p, t) not in have and t not in labels:
                    c["unlabelled (candidate, type) with a cue of the type near the actor"] += 1
    return c


def ceiling(docs, veto):
    """Pooled ``{lang: F1}`` of rules + a PERFECT candidate labeller (its probabilities are
    the candidates' labels), adds only or adds and vetoes."""
    out = {}
    for lang in ("ar", "fr", "en"):
        pairs = []
        for d in docs:
            if d["lang"] == lang:
                probs = [[1.0 if t in labels else 0.0 for t in TYPES] for *_, labels in d["rows"]]
                pairs.append((decide(d, probs, 0.5, 0.5 if veto else -1.0), d["want"]))
        out[lang] = round(prf(pairs)[2], 3)
    return out


def label_coverage(docs):
    """How many gold facts the candidates can reach (principal in a labelled sentence)."""
    reach = total = 0
    for d in docs:
        seen = {(p, t) for p, _, _, _, ls in d["rows"] for t in ls}
        total += len(d["want"])
        reach += sum((a, t) in seen for a, t, _ in d["want"])
    return reach, total



def cached_collect(cache, collect_fn, names):
    """``collect_fn(names)``, read from the pickle ``cache`` if it exists, else written to it
    (when ``cache`` is given): extraction of the development sets takes minutes."""
    if cache and pathlib.Path(cache).exists():
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    docs = collect_fn(names)
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump(docs, fh)
    return docs

def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=SETS)
    parser.add_argument("--out", help="write the figures as JSON")
    parser.add_argument("--mode", choices=sorted(MODES), default="adds",
                        help="adds: the loss ignores the types the rules already gave the principal, "
                             "thresholds for adds only; veto: plain loss, add and veto thresholds")
    parser.add_argument("--cache", help="pickle of the collected candidates (read if present, else written)")
    args = parser.parse_args(argv)
    t0 = time.process_time()
    docs = cached_collect(args.cache, collect, args.sets)
    reach, total = label_coverage(docs)
    print(f"{len(docs)} documents, {sum(len(d['rows']) for d in docs)} candidates, "
          f"gold facts reachable by a candidate {reach}/{total}; extraction "
          f"{time.process_time() - t0:.0f} s CPU", flush=True)
    chosen, predicted, held_probs = cross_validate(docs, mode=args.mode)
    report = {"sets": {}, "languages": {}}
    print(f"{'set':9} {'lang':4} {'rules P/R/F1':>18} {'rules+model P/R/F1':>20}  thresholds")
    for s in dict.fromkeys(d["set"] for d in docs):
        for lang in ("ar", "fr", "en", "all"):
            sel = [i for i, d in enumerate(docs) if d["set"] == s and lang in (d["lang"], "all")]
            a = prf([(docs[i]["got"], docs[i]["want"]) for i in sel])
            b = prf([(predicted[i], docs[i]["want"]) for i in sel])
            report["sets"][f"{s}/{lang}"] = {"rules": a, "model": b}
            print(f"{s:9} {lang:4} {a[0]:.3f}/{a[1]:.3f}/{a[2]:.3f}  {b[0]:.3f}/{b[1]:.3f}/{b[2]:.3f}"
                  f"  {chosen[s] if lang == 'all' else ''}")
    print()
    for lang in ("ar", "fr", "en", "all"):
        sel = [i for i, d in enumerate(docs) if lang in (d["lang"], "all")]
        a = prf([(docs[i]["got"], docs[i]["want"]) for i in sel])
        b = prf([(predicted[i], docs[i]["want"]) for i in sel])
        report["languages"][lang] = {"rules": a, "model": b}
        print(f"POOLED {lang:4} rules P={a[0]:.3f} R={a[1]:.3f} F1={a[2]:.3f} (tp={a[3]} fp={a[4]} fn={a[5]})"
              f"  rules+model P={b[0]:.3f} R={b[1]:.3f} F1={b[2]:.3f} (tp={b[3]} fp={b[4]} fn={b[5]})")
    print("\nadds of the held-out models alone, pooled, by threshold (rules alone: F1 "
          f"{report['languages']['all']['rules'][2]:.3f})")
    report["add_curve"] = add_curve(docs, held_probs)
    for t, adds, right, f in report["add_curve"]:
        print(f"  t_add={t:<5} adds={adds:4} correct={right:4} "
              f"precision={right / adds if adds else 0:.2f} pooled F1={f:.3f}")
    model = _train(docs, MODES[args.mode][2])
    own = {i: model.predict([f for _, _, f, _, _ in d["rows"]]) for i, d in enumerate(docs) if d["rows"]}
    print("the same, a model trained on ALL sets scored on its own training documents:")
    for t, adds, right, f in add_curve(docs, own):
        print(f"  t_add={t:<5} adds={adds:4} correct={right:4} "
              f"precision={right / adds if adds else 0:.2f} pooled F1={f:.3f}")
    print("add opportunities:", dict(add_opportunities(docs)))
    print("ceiling, a perfect candidate labeller: adds", ceiling(docs, False),
          "adds and vetoes", ceiling(docs, True))
    print(f"total {time.process_time() - t0:.0f} s CPU")
    if args.out:
        pathlib.Path(args.out).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
