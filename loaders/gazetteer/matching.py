"""Raw matches of the gazetteer's tries in a text (the :class:`Matching` mixin of
:class:`.lookup.Gazetteer`): length-preserving normalisation and tokens, Arabic proclitic
candidates, the tokens where a match may start, the longest match at each (exact trie, then
Arabic skeletons), the case and context rules an entry must pass, and the precision filters
on person names (a curated surname alone, a country or capital that is a first name)."""

from __future__ import annotations

import re
from itertools import accumulate, compress
from typing import Optional

from ..cues import normalize_once, word_spans
from .patterns import (BLOCK, BODY, CAP, DEM, LANGS, NAME, ORG, PERSON, RDEM, REGION, SKIP, TITLE,
                       _AR_PREFIXES, _AR_PROCLITIC_FIRST, _BREAK_CHARS, _EN_NAME_STOP,
                       _FR_NAME_STOP, _FUNCTION_WORDS, _KEY, _LEAD_ARTICLES, _TOKEN_SPLIT_RE)
from .word_forms import _ar_canon, _ar_skeleton
from .records import _Item


class Matching:
    """Finds the raw matches of a text (mixin of ``Gazetteer``)."""

    # ------------------------------------------------------------------ matching
    def normalize(self, text: str, lang: str) -> str:
        """The length-preserving normalisation ``find`` matches on (see ``find(normalized=)``)."""
        return self._norm[lang if lang in LANGS else "en"](text)

    def _scan(self, text: str, lang: str, norm: Optional[str] = None):
        norm, toks, _ = self._scan_raw(text, lang, norm)
        return norm, toks

    def _scan_raw(self, text: str, lang: str, norm: Optional[str] = None):
        """``(norm, toks, raws)``: tokens ``(start, end, key)`` and, for Arabic, the token
        as written in ``norm`` (None for other languages). No per-token Python loop."""
        if norm is None or len(norm) != len(text):
            norm = normalize_once(self._norm[lang], text)
        if "_" not in norm:     # then these tokens are the cue scanner's (\w+), cut once
            starts, ends, raws = word_spans(norm)
        else:
            parts = _TOKEN_SPLIT_RE.split(norm)     # separator, token, separator, ...
            ends = list(accumulate(map(len, parts)))
            starts, ends, raws = ends[0:-1:2], ends[1::2], parts[1::2]
        if lang != "ar":
            if SKIP not in norm:
                return norm, list(zip(starts, ends, raws)), None   # a token is never empty
            keys = [raw.replace(SKIP, "") for raw in raws]
            return norm, [t for t in zip(starts, ends, keys) if t[2]], None
        cache = self._key_cache
        if len(cache) > 100000:
            cache.clear()
        keys = list(map(cache.get, raws))
        if None in keys:
            for i, k in enumerate(keys):
                if k is None:
                    raw = raws[i]
                    keys[i] = cache[raw] = _ar_canon(raw.replace(SKIP, ""))
        if "" in keys:          # a token of tatweel and diacritics only
            kept = [i for i, k in enumerate(keys) if k]
            return norm, [(starts[i], ends[i], keys[i]) for i in kept], [raws[i] for i in kept]
        return norm, list(zip(starts, ends, keys)), raws

    def _candidates(self, norm, tok, lang):
        """First-token keys to try: (key, chars skipped at the start of the token, prefix)."""
        s, e, key = tok
        if lang != "ar":
            return ((key, 0, ""),)
        raw = norm[s:e]
        if raw[0] not in _AR_PROCLITIC_FIRST:
            return ((key, 0, ""),)
        got = self._cand_cache.get(raw)
        if got is None:
            if len(self._cand_cache) > 100000:
                self._cand_cache.clear()
            got = self._cand_cache[raw] = tuple(self._ar_candidates(raw, key))
        return got

    @staticmethod
    def _ar_candidates(raw, key):
        out = [(key, 0, "")]
        compact = [(c, i) for i, c in enumerate(raw) if c != SKIP]
        cs = "".join(c for c, _ in compact)
        for p in _AR_PREFIXES:
            if cs.startswith(p) and len(cs) - len(p) >= 2:
                if p.endswith("ال"):
                    rest = cs[len(p):]
                    skip = compact[len(p) - 2][1]      # surface keeps the article
                    out.append((_ar_canon(rest), skip, p[:-2]))
                elif p.endswith("لل"):
                    rest = cs[len(p):]
                    skip = compact[len(p) - 1][1]       # surface starts at the article's ل
                    out.append((_ar_canon(rest), skip, p[:-1]))
                else:
                    rest = cs[len(p):]
                    out.append((_ar_canon(rest), compact[len(p)][1], p))
        return out

    def _live_starts(self, norm, toks, lang, trie, raws=None):
        """Indices of the tokens where a match may start (most tokens start none).

        Elsewhere neither the trie nor (Arabic) the skeleton trie has a node for any
        first-token key of the token, so :meth:`_raw_matches` would find nothing there.
        ``raws``: the Arabic tokens as written in ``norm`` (from :meth:`_scan_raw`).
        """
        if lang != "ar":
            return list(compress(range(len(toks)), map(trie.__contains__, map(_KEY, toks))))
        live = self._live_cache
        if len(live) > 100000:
            live.clear()
        if raws is None:
            raws = [norm[s:e] for s, e, _ in toks]
        flags = list(map(live.get, raws))
        if None in flags:
            for i, ok in enumerate(flags):
                if ok is None:
                    cands = self._candidates(norm, toks[i], lang)
                    flags[i] = live[raws[i]] = any(key0 in trie for key0, _, _ in cands) or (
                        bool(self._skel_trie) and any(self._skel_node(key0) is not None
                                                      for key0, _, _ in cands))
        return list(compress(range(len(toks)), flags))

    def _raw_matches(self, text, lang, norm, toks, raws=None):
        trie = self._tries[lang]
        items = []
        n = len(toks)
        after = 0       # the first token not covered by the last match
        for i in self._live_starts(norm, toks, lang, trie, raws):
            if i < after:
                continue
            best = None   # (length, -skip, entry, skip, prefix)
            cands = self._candidates(norm, toks[i], lang) if lang == "ar" else \
                ((toks[i][2], 0, ""),)
            for key0, skip, prefix in cands:
                node = trie.get(key0)
                j = i
                while node is not None:
                    ents = node.get("")
                    if ents:
                        length = j - i + 1
                        if best is None or length > best[0] or \
                                (length == best[0] and skip < best[3]):
                            start = toks[i][0] + skip
                            end = toks[j][1]
                            ent = self._accept(ents, text, norm, toks, i, j, start, end,
                                               prefix, lang)
                            if ent is not None:
                                best = (length, -skip, ent, skip, prefix, ents)
                    j += 1
                    if j >= n:
                        break
                    node = node.get(toks[j][2])
                    if node is None:
                        break
                    # tokens must be separated by spaces/hyphens/apostrophes/dots only
                    if _breaks(norm, toks[j - 1], toks[j]):
                        break
            if best is None and lang == "ar" and self._skel_trie:
                sk = self._skeleton_match(text, norm, toks, i, lang, cands)
                if sk is not None:
                    best = (sk[0], -sk[2], sk[1], sk[2], sk[3], ())
            if best is None:
                continue
            length, _, ent, skip, prefix, ents = best
            j = i + length - 1
            start = toks[i][0] + skip
            end = toks[j][1]
            if "dot" in ent.flags and text[end:end + 1] == ".":
                end += 1            # "U.S." keeps its final dot
            # extend over trailing diacritics is implicit (token includes them)
            if ent.cat != BLOCK:
                item = _Item(ent.cat, ent, i, j, start, end, toks[i][0], prefix)
                if ent.cat == NAME and lang == "ar":
                    item.dem_too = any(e.cat == DEM and e.iso == ent.iso for e in ents)
                items.append(item)
            after = j + 1
        if lang != "ar":
            items = self._drop_person_names(items, text, toks)
        return self._filter_surnames(items, text, norm, toks, lang)

    def _surname_context(self, items):
        """Country codes and organisations a text names (for bare surnames)."""
        ctx = set()
        for it in items:
            if it.cat in (NAME, DEM, RDEM, CAP, REGION, BODY, TITLE) and it.iso:
                ctx.add(it.iso)
                ctx.add(it.iso.split("-")[0])
            elif it.cat == ORG and it.key:
                ctx.add(it.key)
                parent = self.orgs.get(it.key, {}).get("part_of")
                if parent:
                    ctx.add(parent)
        return ctx

    def _acts_for_mentioned(self, person_key, ctx):
        rep = self.people.get(person_key, {}).get("represents") or ""
        parts = rep.split("/")
        if parts[0] in ("gov", "body") and len(parts) >= 2:
            return parts[1] in ctx or parts[1].split("-")[0] in ctx
        if parts[0] == "org":
            return rep in ctx or (self.orgs.get(rep, {}).get("part_of") or "-") in ctx
        if parts[0] == "official" and len(parts) >= 2:
            return "org/" + parts[1] in ctx or parts[1] in ctx
        return False

    def _filter_surnames(self, items, text, norm, toks, lang):
        """A curated person's surname alone ("Karimov", "كريموف") names that person only when
        the full name came earlier in the text, or when a title stands right before it
        ("President Tokayev", "الرئيس الأوزبكي كريموف") and the person is a curated office
        holder. A capitalised unknown first name before it ("Alvi Karimov") means someone
        else. A surname also stands when the text names the country or organisation the
        person acts for ("the Kazakh leader ... Tokayev said")."""
        seen = set()
        out = []
        context = None
        for it in items:
            if it.cat == PERSON:
                if "surname" not in it.entry.flags:
                    seen.add(it.key)
                else:
                    ok = it.key in seen
                    if not ok and self.people.get(it.key, {}).get("represents"):
                        cur = it
                        for back in (1, 2):
                            if len(out) < back:
                                break
                            prv = out[-back]
                            if not self._adjacent(norm, prv, cur) and not (
                                    lang == "en" and self._poss_gap(norm, prv, cur, lang)):
                                break
                            if prv.cat == TITLE:
                                ok = True
                                break
                            if prv.cat not in (NAME, DEM, RDEM, CAP, BODY, ORG, REGION):
                                break
                            cur = prv
                    if not ok:
                        if context is None:
                            context = self._surname_context(items)
                        ok = self._acts_for_mentioned(it.key, context)
                    if ok and lang != "ar" and it.ti > 0:
                        k = it.ti - 1
                        w = text[toks[k][0]:toks[k][1]]
                        covered = bool(out) and out[-1].tj >= k
                        # a sentence's first word ("Then Karimov left") is no first name
                        # once the full name is known
                        before = text[max(0, toks[k][0] - 3):toks[k][0]]
                        initial = k == 0 or bool(re.search(r"[.!?:\n]\s*$", before))
                        if initial and it.key in seen:
                            covered = True
                        if not covered and text[toks[k][1]:toks[it.ti][0]] == " " and \
                                w[:1].isupper() and w not in _EN_NAME_STOP and \
                                w not in _FR_NAME_STOP and toks[k][2] not in _FUNCTION_WORDS:
                            ok = False
                    if not ok:
                        continue
            out.append(it)
        return out

    @staticmethod
    def _drop_person_names(items, text, toks):
        """"Jordan Peterson", "George Washington": a country or capital name that is also a
        first/family name does not count when a capitalised word is glued to it."""
        starts = {it.ti for it in items}
        out = []
        for it in items:
            if "firstname" in it.entry.flags and it.ti == it.tj:
                i = it.ti
                nxt = i + 1 < len(toks) and text[toks[i][1]:toks[i + 1][0]] == " " and \
                    text[toks[i + 1][0]].isupper() and (i + 1) not in starts and \
                    toks[i + 1][2] not in _FUNCTION_WORDS
                prv = i > 0 and text[toks[i - 1][1]:toks[i][0]] == " " and \
                    text[toks[i - 1][0]].isupper() and toks[i - 1][2] not in _FUNCTION_WORDS \
                    and not any(o.tj == i - 1 for o in out)
                if nxt or prv:
                    continue
            out.append(it)
        return out

    def _accept(self, ents, text, norm, toks, i, j, start, end, prefix, lang):
        if lang == "ar" and len(ents) > 1 and ents[0].cat == TITLE:
            raw = norm[start:toks[i][1]].replace(SKIP, "")
            definite = raw.startswith("ال") or (prefix.endswith("ل") and raw.startswith("ل"))
            want = "def" if definite else "indef"
            ents = sorted(ents, key=lambda e: (-e.prio, want not in e.flags))
        for e in ents:
            if e.cs is not None:
                if re.sub(r"[\W_]", "", text[start:end]) != e.cs:
                    continue
            elif e.cap and not (text[start].isupper() or not text[start].isalpha()):
                continue
            if e.upper and not text[start:end].isupper():
                continue
            if e.capidx and any(i + k > j or not (text[toks[i + k][0]].isupper()
                                                  or not text[toks[i + k][0]].isalpha())
                                for k in e.capidx if k):
                continue
            if e.cat == ORG and j > i and toks[i][2] in _LEAD_ARTICLES and j + 1 < len(toks) \
                    and norm[toks[j][1]:toks[j + 1][0]] == " " \
                    and text[toks[j + 1][0]].isupper() and toks[j + 1][2] not in _FUNCTION_WORDS:
                continue        # "The National Assembly", "The Independent Electoral Commission"
            if e.weak and lang == "ar":
                prev = toks[i - 1][2] if i > 0 else ""
                # (or a headline's label: "مالي: ..." opening a line, before a colon)
                label = (i == 0 or "\n" in norm[toks[i - 1][1]:toks[i][0]]) and \
                    norm[toks[j][1]:toks[j][1] + 2].lstrip().startswith(":")
                if not (("ب" in prefix) or ("ل" in prefix) or label or prev in
                        ("في", "دوله", "جمهوريه", "حكومه", "شمال", "جنوب", "وسط", "سلطنه",
                         "وفي", "عاصمه")):
                    continue
            return e
        return None

    def _skel(self, key):
        got = self._skel_cache.get(key)
        if got is None:
            if len(self._skel_cache) > 200000:
                self._skel_cache.clear()
            got = self._skel_cache[key] = _ar_skeleton(key)
        return got

    def _skel_node(self, key0):
        """The skeleton trie's node for a first-token key (None when it has none)."""
        first = self._skel_first
        node = first.get(key0, 0)
        if node == 0:
            if len(first) > 200000:
                first.clear()
            node = first[key0] = self._skel_trie.get(self._skel(key0))
        return node

    def _skeleton_match(self, text, norm, toks, i, lang, cands):
        """(length, entry, skip, prefix) of the longest skeleton match at token ``i``."""
        best = None
        n = len(toks)
        for key0, skip, prefix in cands:
            node = self._skel_node(key0)
            j = i
            while node is not None:
                ents = node.get("")
                if ents and j > i and (best is None or j - i + 1 > best[0]):
                    best = (j - i + 1, ents[0], skip, prefix)
                j += 1
                if j >= n:
                    break
                node = node.get(self._skel(toks[j][2]))
                if node is None:
                    break
                if _breaks(norm, toks[j - 1], toks[j]):
                    break
        return best


def _breaks(norm, prev, tok) -> bool:
    """Whether the gap between two tokens ends a name: a break character, a long gap, or a
    full stop after a word ("in Iran. Human Rights Watch ..."; the dots of "U.S." join)."""
    gap = norm[prev[1]:tok[0]]
    if gap == " ":
        return False
    if len(gap) > 3 or any(c in gap for c in _BREAK_CHARS):
        return True
    return "." in gap and gap[-1].isspace() and prev[1] - prev[0] > 2
