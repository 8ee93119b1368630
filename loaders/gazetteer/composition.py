"""Composing raw matches (the :class:`ItemComposition` mixin of
:class:`.lookup.Gazetteer`): the gaps between matches, a body next to a country or demonym
("وزارة الخارجية الكندية", "le ministère russe des Affaires étrangères", "Canada's foreign
ministry"), a title with its owner and the name after it ("le ministre des Affaires
étrangères Sergueï Lavrov"), unknown names after a title."""

from __future__ import annotations

import re

from .patterns import (BODY, CAP, DEM, GROUP, NAME, ORG, PERSON, RDEM, REGION, SKIP, TITLE,
                       _AR_ACT_VERBS, _AR_AFTER_NAME, _AR_STOP, _BREAK_CHARS, _EN_NAME_STOP, _FR_NAME_STOP,
                       _NAME_PARTICLES, _PORTFOLIO_ART, _PORTFOLIO_LINK, _PORTFOLIO_OF)
from .records import _End, _Item

# Arabic verbal nouns after a preposition, the object of an order or a demand, never the first
# word of a name ("وأمر النائب العام المصري بفتح تحقيق", "طالب ... بإجراء", "قضى بحبس").
_AR_ORDERED = frozenset("فتح اجراء تشكيل احاله حبس اعتقال اطلاق الافراج وقف منع رفع توقيف ضبط "
                        "تحقيق التحقيق سرعه ضروره".split())


class ItemComposition:
    """Combines raw matches into bodies and officials (mixin of ``Gazetteer``)."""

    # gaps between items ------------------------------------------------------
    @staticmethod
    def _gap(norm, a_end, b_start):
        return norm[a_end:b_start] if b_start >= a_end else None

    def _adjacent(self, norm, a, b):
        g = self._gap(norm, a.end, b.tstart)
        return g is not None and g.strip() == "" and len(g) <= 3 and "\n" not in g

    def _of_gap(self, norm, a, b, lang):
        g = self._gap(norm, a.end, b.tstart)
        if g is None or len(g) > 12 or "\n" in g:
            return False
        if lang == "fr":
            return re.fullmatch(r"\s+(de la|de l'|du|des|de|d')\s*", g) is not None
        if lang == "en":
            return re.fullmatch(r"\s+(of|for|at)(\s+the)?\s+", g) is not None
        return False

    def _poss_gap(self, norm, a, b, lang):
        if lang != "en":
            return False
        g = self._gap(norm, a.end, b.tstart)
        return g is not None and re.fullmatch(r"'s?\s+", g) is not None

    @staticmethod
    def _countryish(it):
        return it.cat in (NAME, DEM, RDEM) or (it.cat == REGION)

    def _ar_construct(self, norm, toks, head, dep):
        """Arabic idafa: "سفارة روسيا", "وزير خارجية الصين", "الأمين العام للأمم المتحدة" —
        a head noun with the article cannot take a following noun as its complement,
        unless the complement is introduced by ل (genitive "of")."""
        if "ل" in (dep.prefix or ""):
            return True
        raw = norm[toks[head.tj][0]:toks[head.tj][1]].replace(SKIP, "")
        if raw[:1] in ("و", "ف") and raw[1:3] == "ال":
            raw = raw[1:]
        return not (raw.startswith("ال") or raw.startswith(("بال", "لل", "كال")))

    @staticmethod
    def _ar_conjoined(norm, toks, head, dep):
        """Arabic: one to three words between a body and its nisba, the first joined by و
        ("وزارة الخارجية والتجارة الأسترالية", "وزارة الداخلية والبلديات اللبنانية")."""
        between = range(head.tj + 1, dep.ti)
        if not 1 <= len(between) <= 3:
            return False
        gap = norm[toks[head.tj][1]:dep.tstart]
        if "\n" in gap or any(c in _BREAK_CHARS or c in ".!?" for c in gap):
            return False
        first = norm[toks[head.tj + 1][0]:toks[head.tj + 1][1]].replace(SKIP, "")
        return first.startswith("و") and len(first) > 3

    def _compose_bodies(self, items, text, norm, toks, lang):
        out = []
        i = 0
        n = len(items)
        while i < n:
            it = items[i]
            if it.cat in (BODY, GROUP) and it.iso is None:
                nxt = items[i + 1] if i + 1 < n else None
                prv = out[-1] if out else None
                attached = None
                if nxt is not None and (nxt.cat in (DEM, RDEM) or nxt.dem_too) \
                        and self._adjacent(norm, it, nxt):
                    attached = ("after", nxt)
                elif nxt is not None and lang == "ar" and nxt.cat in (NAME, REGION, CAP) \
                        and self._adjacent(norm, it, nxt) and self._ar_construct(norm, toks, it, nxt):
                    attached = ("after", nxt)
                elif nxt is not None and nxt.cat in (NAME, REGION, CAP) \
                        and self._of_gap(norm, it, nxt, lang) \
                        and it.cat == BODY:
                    attached = ("after", nxt)
                elif nxt is not None and lang == "ar" and it.cat == BODY and \
                        (nxt.cat in (DEM, RDEM) or nxt.dem_too) and \
                        self._ar_conjoined(norm, toks, it, nxt):
                    attached = ("after", nxt)       # "وزارة الخارجية والتعاون الدولي المغربية"
                elif prv is not None and lang == "en" and prv.cat in (NAME, DEM, RDEM, REGION, CAP) \
                        and not prv.used and (self._adjacent(norm, prv, it)
                                              or self._poss_gap(norm, prv, it, lang)):
                    attached = ("before", prv)
                if attached is not None:
                    side, c = attached
                    code = c.iso
                    new = _Item(it.cat, it.entry, min(it.ti, c.ti), max(it.tj, c.tj),
                                min(it.start, c.start), max(it.end, c.end),
                                min(it.tstart, c.tstart), c.prefix if side == "before" else it.prefix)
                    new.iso = code
                    new.value = it.value
                    if side == "before":
                        out.pop()
                        out.append(new)
                        i += 1
                    else:
                        out.append(new)
                        i += 2
                    continue
            out.append(it)
            i += 1
        return out

    def _compose_titles(self, items, text, norm, toks, lang):
        out = []
        i = 0
        n = len(items)
        while i < n:
            it = items[i]
            if it.cat != TITLE:
                out.append(it)
                i += 1
                continue
            start, end, tstart, ti, tj, prefix = it.start, it.end, it.tstart, it.ti, it.tj, it.prefix
            owner = None       # ("gov", code) / ("body", code, type) / ("org", key)
            if it.iso:
                owner = ("gov", it.iso)
            k = i + 1
            # affiliation before (English: "Canadian Foreign Minister", "Russia's foreign minister")
            if owner is None and lang == "en" and out:
                prv = out[-1]
                if prv.cat in (NAME, DEM, RDEM, BODY, ORG, REGION, CAP) and (
                        self._adjacent(norm, prv, it) or self._poss_gap(norm, prv, it, lang)):
                    o = self._owner_of(prv)
                    if o is not None:
                        owner = o
                        out.pop()
                        start, tstart, ti, prefix = prv.start, prv.tstart, prv.ti, prv.prefix
            # affiliation after
            if owner is None and k < n:
                nxt = items[k]
                ok = False
                if (nxt.cat in (DEM, RDEM) or nxt.dem_too) and self._adjacent(norm, it, nxt):
                    ok = True
                elif nxt.cat in (NAME, REGION, BODY, ORG, CAP) and (
                        self._of_gap(norm, it, nxt, lang)
                        or (lang == "ar" and self._adjacent(norm, it, nxt)
                            and self._ar_construct(norm, toks, it, nxt))):
                    ok = True
                elif lang == "fr" and nxt.cat == BODY and self._of_gap(norm, it, nxt, lang):
                    ok = True
                if ok:
                    o = self._owner_of(nxt)
                    if o is not None:
                        owner = o
                        end, tj = nxt.end, nxt.tj
                        k += 1
            if owner is None:
                for f in it.entry.flags:
                    if f.startswith("iso:"):
                        owner = ("gov", f[4:])
                    elif f.startswith("org:"):      # UN special rapporteurs, experts
                        owner = ("org", f[4:])
            # name after
            person_key, name, name_end, name_tj = None, None, None, None
            if k < n and items[k].cat == PERSON and (
                    self._adjacent(norm, _End(end), items[k])
                    or (lang != "ar" and re.fullmatch(r",\s", norm[end:items[k].tstart] or "x"))):
                p = items[k]
                person_key, name, name_end, name_tj = p.key, text[p.start:p.end], p.end, p.tj
                k += 1
            else:
                nm = self._name_after(text, norm, toks, tj, lang, items[k] if k < n else None)
                if nm is not None:
                    name_ti, name_tj = nm
                    name = text[toks[name_ti][0]:toks[name_tj][1]]
                    name_end = toks[name_tj][1]
            new = _Item(TITLE, it.entry, ti, name_tj if name_tj is not None else tj, start,
                        name_end if name_end is not None else end, tstart, prefix)
            new.value = it.value
            new.mention = (owner, person_key, name)
            out.append(new)
            i = k
        return out

    def _owner_of(self, it):
        if it.cat in (NAME, DEM, RDEM, CAP):
            return ("gov", it.iso)
        if it.cat == REGION:
            return ("gov", it.iso)
        if it.cat == BODY:
            if "gov" in it.entry.flags or (it.value in self.body_types
                                           and "gov" in self.body_types[it.value]["flags"]):
                return ("gov", it.iso) if it.iso else ("gov", None)
            return ("body", it.iso, it.value)
        if it.cat == ORG:
            return ("org", it.key)
        return None

    def _name_after(self, text, norm, toks, tj, lang, next_item):
        """Token range of a person's name right after token ``tj`` (unknown names)."""
        n = len(toks)
        j = tj + 1
        if j >= n:
            return None
        gap = norm[toks[tj][1]:toks[j][0]]
        limit = next_item.tstart if next_item is not None else len(text)
        if lang == "ar":
            if gap.strip() != "" or len(gap) > 2:
                return None
            got = []
            while j < n and len(got) < 3 and toks[j][0] < limit:
                k = toks[j][2]
                raw = norm[toks[j][0]:toks[j][1]].replace(SKIP, "")
                if k in _AR_STOP or raw in _AR_STOP or raw.startswith(("ال", "و", "لل", "بال")) \
                        or raw in _AR_ACT_VERBS or (raw[:1] == "ف" and raw[1:] in _AR_ACT_VERBS) \
                        or raw.endswith(("ه", "ات")) or len(raw) < 2 or not raw.isalpha() \
                        or (raw[:1] in ("ب", "ل") and raw[1:] in _AR_ORDERED):
                    break
                if got:
                    g = norm[toks[j - 1][1]:toks[j][0]]
                    if g.strip() != "":
                        break
                got.append(j)
                j += 1
            if not got:
                return None
            # what follows the name must look like a boundary: punctuation, the end,
            # a known mention, or a preposition / speech particle
            while got:
                last = got[-1]
                nxt = last + 1
                after = norm[toks[last][1]:toks[nxt][0]] if nxt < n else ""
                if nxt >= n or after.strip() or (next_item is not None and
                                                  toks[nxt][0] >= next_item.tstart):
                    break
                k = toks[nxt][2]
                raw = norm[toks[nxt][0]:toks[nxt][1]].replace(SKIP, "")
                if k in _AR_AFTER_NAME or raw in _AR_AFTER_NAME or raw.startswith(
                        ("لل", "بال", "وال", "فال")) or (raw[:1] in ("ب", "ل")
                                                        and raw[1:] in _AR_AFTER_NAME):
                    break
                got.pop()
            if len(got) >= 2:
                return got[0], got[-1]
            return None
        if gap == " " and toks[j][2] in _PORTFOLIO_OF:
            # a portfolio between title and name: "le ministre de la Communication, X",
            # "Minister of Information and Broadcasting, X"
            p = j + 1
            if p < n and toks[p][2] in _PORTFOLIO_ART:
                p += 1
            q = p
            while q < n and q - p < 5 and toks[q][0] < limit and (
                    q == p or text[toks[q - 1][1]:toks[q][0]] in (" ", "'", "’")) and (
                    text[toks[q][0]:toks[q][0] + 1].isupper()
                    or (q > p and toks[q][2] in _PORTFOLIO_LINK and q + 1 < n
                        and text[toks[q + 1][0]:toks[q + 1][0] + 1].isupper())):
                q += 1
            if q > p and q < n and text[toks[q - 1][1]:toks[q][0]] == ", ":
                j, gap = q, ", "
        if gap not in (" ", ", ") and not re.fullmatch(r"\s{1,2}|,\s", gap):
            return None
        got = []
        while j < n and toks[j][0] < limit:
            w = text[toks[j][0]:toks[j][1]]
            if got:
                g = text[toks[j - 1][1]:toks[j][0]]
                if g not in (" ", "-", "'", "’", ". "):
                    break
                if g == ". " and len(text[toks[j - 1][0]:toks[j - 1][1]]) > 1:
                    break
            if w[:1].isupper() and w not in _FR_NAME_STOP and w not in _EN_NAME_STOP \
                    and not (w.isupper() and len(w) > 3):
                got.append(j)
            elif got and toks[j][2] in _NAME_PARTICLES and j + 1 < n and \
                    text[toks[j + 1][0]:toks[j + 1][0] + 1].isupper():
                got.append(j)
            else:
                break
            j += 1
            if len(got) >= 4:
                break
        while got and toks[got[-1]][2] in _NAME_PARTICLES:
            got.pop()
        if not got:
            return None
        return got[0], got[-1]
