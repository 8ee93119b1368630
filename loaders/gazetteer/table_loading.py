"""Loading the gazetteer's tables into one token trie per language (the
:class:`TableLoading` mixin of :class:`.lookup.Gazetteer`): countries, capitals, demonyms,
regions, subdivisions, blockers, organisations, government bodies, people (with their
unambiguous surnames), titles and groups, ``{D}`` demonym slots, and the Arabic trie of
consonant skeletons."""

from __future__ import annotations

import csv
import re
from importlib.resources import files
from typing import Optional

from .patterns import (BLOCK, BODY, CAP, DEM, GROUP, LANGS, NAME, ORG, PERSON, RDEM, REGION, SKIP,
                       TITLE, _CAPITAL_FIRST_NAMES, _LEAD_ARTICLES, _NAME_PARTICLES, _PRIO,
                       _TOKEN_RE)
from .word_forms import _ar_canon, _ar_plural_nisba, _ar_skeleton, _fr_forms
from .records import _Entry, _copy
from .role_spans import group_roles


def _read_tsv(pkg: str, name: str) -> list[dict]:
    try:
        res = files(pkg).joinpath(name)
        text = res.read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return []
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_table(name: str) -> list[dict]:
    """The rows of one gazetteer data table (``loaders/gazetteer/<name>``) as dicts.

    Blank lines and ``#`` comments are skipped; a missing table gives no rows.
    """
    return _read_tsv("rightsgraph.loaders.gazetteer", name)


def _split(v: Optional[str]) -> list[str]:
    return [x.strip() for x in (v or "").split("|") if x.strip()]


def _script_ok(pattern: str, lang: str) -> bool:
    """Whether a variant belongs to a language's matcher: Arabic script for Arabic, Latin for
    French and English; Latin organisation and person names also appear in Arabic text
    ("RUSA LGBT", "CNN"), so Arabic takes them too."""
    arabic = any("\u0600" <= c <= "\u06ff" for c in pattern)
    return arabic == (lang == "ar") or (lang == "ar" and not arabic)


class TableLoading:
    """Builds the per-language tries from the tables (mixin of ``Gazetteer``)."""

    # ------------------------------------------------------------------ building
    def _tokens(self, lang, pattern):
        norm = self._norm[lang](pattern.replace("\u2019", "'"))
        toks = [t.replace(SKIP, "") for t in _TOKEN_RE.findall(norm)]
        toks = [t for t in toks if t]
        if lang == "ar":
            toks = [_ar_canon(t) for t in toks]
        return toks

    def _add(self, lang, pattern, entry: _Entry, cap=None):
        toks = self._tokens(lang, pattern)
        if not toks:
            return
        letters = re.sub(r"[\W_]", "", pattern)
        latin = not any("\u0600" <= c <= "\u06ff" for c in pattern)
        if latin and letters and letters.isupper() and len(letters) <= 3:
            entry = _copy(entry, cs=letters)
        elif cap is not None and latin:
            if not pattern[:1].isupper() and pattern.split(" ", 1)[0].lower() not in _LEAD_ARTICLES:
                cap = False       # "rapporteur spécial sur la torture", "bande de Gaza"
            entry = _copy(entry, cap=cap)
            if cap and entry.cat in (ORG, PERSON):
                if letters.isupper() and len(letters) > 3:
                    entry = _copy(entry, upper=True)
                else:
                    raw = [t for t in _TOKEN_RE.findall(pattern.replace("\u2019", "'"))]
                    idx = tuple(i for i, t in enumerate(raw) if t[:1].isupper()
                                and t.lower() not in _NAME_PARTICLES)     # "Al", "Le", "Bin"
                    if len(raw) == len(toks) and any(k > 0 for k in idx):
                        entry = _copy(entry, capidx=idx)
        if pattern.rstrip().endswith(".") and lang != "ar":
            entry = _copy(entry, flags=entry.flags | {"dot"})
        if lang == "ar" and entry.cat == TITLE:
            # "الرئيس" (the president) and "رئيس" (head of) share a key without the article
            first = self._norm["ar"](pattern.split()[0]).replace(SKIP, "")
            entry = _copy(entry, flags=entry.flags | {"def" if first.startswith("ال") else "indef"})
        node = self._tries[lang]
        for t in toks:
            node = node.setdefault(t, {})
        lst = node.setdefault("", [])
        for i, e in enumerate(lst):
            if e.cat == entry.cat and e.key == entry.key and e.value == entry.value \
                    and e.iso == entry.iso:
                # the same words written twice ("UN Human Rights Office", "UN human rights
                # office"): keep the looser case rule
                e.capidx = tuple(k for k in e.capidx if k in entry.capidx)
                e.upper = e.upper and entry.upper
                e.cap = e.cap and entry.cap
                return
        lst.append(entry)
        lst.sort(key=lambda e: -e.prio)

    def _load(self):
        pkg = "rightsgraph.loaders.gazetteer"
        # countries ----------------------------------------------------------
        for r in _read_tsv(pkg, "countries.tsv"):
            iso = r["iso"]
            self.countries[iso] = {"en": r["en"], "fr": r["fr"], "ar": r["ar"], "un": r["un"]}
            weak = r.get("weak_ar") or ""
            first = r.get("first_name") or ""
            for lang in LANGS:
                for pat in [r[lang]] + _split(r["variants_" + lang]):
                    e = _Entry(NAME, "gov/" + iso, iso, weak=(lang == "ar" and pat == weak),
                               flags=frozenset({"firstname"}) if pat == first else frozenset())
                    self._add(lang, pat, e, cap=True)
        # capitals -----------------------------------------------------------
        for r in _read_tsv(pkg, "capitals.tsv"):
            iso = r["iso"]
            self.capitals[iso] = {k: r[k] for k in ("en", "fr", "ar")}
            for lang in LANGS:
                for pat in [r[lang]] + _split(r.get("variants_" + lang)):
                    if pat:
                        fl = frozenset({"firstname"}) if pat in _CAPITAL_FIRST_NAMES else frozenset()
                        self._add(lang, pat, _Entry(CAP, "gov/" + iso, iso, flags=fl), cap=True)
        # demonyms -----------------------------------------------------------
        for r in _read_tsv(pkg, "demonyms.tsv"):
            self._add_demonym(r, DEM, r["iso"], "gov/" + r["iso"])
        # regions ------------------------------------------------------------
        for r in _read_tsv(pkg, "regions.tsv"):
            code = r["code"]
            self.regions[code] = {"en": r["en"], "fr": r["fr"], "ar": r["ar"],
                                  "parent": r["parent"], "gov": r.get("gov") in ("1", "2")}
            for lang in LANGS:
                for pat in [r[lang]] + _split(r.get("variants_" + lang)):
                    if pat:
                        self._add(lang, pat, _Entry(REGION, "place/" + code, code), cap=True)
            if any(r.get(k) for k in ("en_adj", "fr_masc", "ar_nisba")):
                self._add_demonym(r, RDEM, code, "gov/" + code)
        # ISO 3166-2 subdivisions from pycountry (Latin script), below capitals -----
        for r in _read_tsv(pkg, "subdivisions.tsv"):
            code = r["code"]
            if code in self.regions:
                continue
            self.regions[code] = {"en": r["name"], "fr": r["name"], "ar": "",
                                  "parent": r["parent"], "gov": False}
            e = _Entry(REGION, "place/" + code, code)
            e.prio = _PRIO[CAP] - 10
            for lang in ("en", "fr"):
                self._add(lang, r["name"], e, cap=True)
        # blockers (continents etc. that contain a country name) ---------------
        for r in _read_tsv(pkg, "blockers.tsv"):
            self._add(r["lang"], r["pattern"], _Entry(BLOCK))
        # organisations --------------------------------------------------------
        for r in _read_tsv(pkg, "organizations.tsv"):
            key = r["key"]
            self.orgs[key] = r
            e = _Entry(ORG, key, r.get("iso") or None, value=r["kind"])
            for lang in LANGS:
                if r.get(lang):
                    self._add(lang, r[lang], e, cap=True)
            if r.get("en"):
                self._add("ar", r["en"], e, cap=True)
            for pat in _split(r.get("variants")):
                for lang in LANGS:
                    if _script_ok(pat, lang):
                        self._add(lang, pat, e, cap=True)
        # government bodies ------------------------------------------------------
        for r in _read_tsv(pkg, "bodies.tsv"):
            btype, iso = r["type"], (r.get("iso") or None)
            flags = frozenset(_split(r.get("flags")))
            if not iso and (btype not in self.body_types or (
                    self.body_types[btype]["weak"] and "needs_country" not in flags)):
                self.body_types[btype] = {
                    "en": (_split(r["en"]) or [btype.replace("-", " ")])[0],
                    "fr": (_split(r["fr"]) or [""])[0],
                    "ar": (_split(r["ar"]) or [""])[0], "kind": r.get("kind") or "GovernmentBody",
                    "flags": flags - {"needs_country"}, "weak": "needs_country" in flags}
            elif iso and btype not in self.body_types:
                # a body only one country has (Iran's Guardian Council): labels from its row
                self.body_types[btype] = {
                    "en": (_split(r["en"]) or [btype.replace("-", " ")])[0],
                    "fr": (_split(r["fr"]) or [""])[0], "ar": (_split(r["ar"]) or [""])[0],
                    "kind": r.get("kind") or "GovernmentBody", "flags": flags, "weak": True}
            for lang in LANGS:
                for pat in _split(r[lang]):
                    if "{D}" in pat:
                        self._add_slot(lang, pat, lambda code, f=flags, b=btype, i=iso:
                                       _Entry(BODY, None, code or i, value=b, flags=f))
                    else:
                        self._add(lang, pat, _Entry(BODY, None, iso, value=btype, flags=flags),
                                  cap=bool(iso))
        # people -------------------------------------------------------------
        # A person matches by a full name (en/fr/ar columns, multi-word variants). A surname
        # alone ("surnames", or a one-word variant) matches only when it is unambiguous
        # across the table, and then only in context (see _filter_surnames).
        # A person who held several roles has one row per role (role, represents, start,
        # end): ``people`` keeps the latest, ``person_roles`` all of them (see .role_spans);
        # the names of all the rows match.
        surname_count: dict[tuple, list] = {}
        for key, rows in group_roles(_read_tsv(pkg, "people.tsv")).items():
            r = rows[-1]
            self.people[key] = r
            self.person_roles[key] = tuple(rows)
            e = _Entry(PERSON, key, None, value=r.get("role") or None)
            short = {}
            full = []
            for row in rows:
                for pat in _split(row.get("surnames")):
                    for lang in LANGS:
                        if _script_ok(pat, lang):
                            short.setdefault((lang, tuple(self._tokens(lang, pat))), pat)
                for lang in LANGS:
                    if row.get(lang):
                        full.append((lang, row[lang]))
                for pat in _split(row.get("variants")):
                    for lang in LANGS:
                        if _script_ok(pat, lang):
                            full.append((lang, pat))
            full = list(dict.fromkeys(full))
            for lang, pat in full:
                toks = tuple(self._tokens(lang, pat))
                if len(toks) == 1 or (lang, toks) in short:
                    short.setdefault((lang, toks), pat)
                else:
                    self._add(lang, pat, e, cap=True)
            for (lang, toks), pat in short.items():
                surname_count.setdefault((lang, toks), []).append((key, pat))
        for (lang, toks), lst in surname_count.items():
            if len({k for k, _p in lst}) == 1:     # only unambiguous surnames
                key, pat = lst[0]
                self._add(lang, pat, _Entry(
                    PERSON, key, None, value=self.people[key].get("role") or None,
                    flags=frozenset({"surname"})), cap=True)
        self._build_skeletons()
        # per-language titles and groups ----------------------------------------
        for lang in LANGS:
            lpkg = "rightsgraph.loaders.lang." + lang
            for r in _read_tsv(lpkg, "titles.tsv"):
                role = r["role"]
                flags = frozenset(_split(r.get("flags")))
                rinfo = self.roles.setdefault(role, {"en": role, "fr": "", "ar": "",
                                                     "body": r.get("body") or None})
                if not rinfo.get(lang):
                    rinfo[lang] = r["pattern"].replace("{D}", "").replace("  ", " ").strip()
                self._add_title(lang, r["pattern"], role, r.get("body") or None, flags)
            for r in _read_tsv(lpkg, "groups.tsv"):
                g = r["group"]
                info = self.group_types.setdefault(g, {"en": g.replace("-", " ")})
                info.setdefault(lang, r["pattern"])
                self._add(lang, r["pattern"], _Entry(GROUP, "group/" + g, None, value=g))

    def _build_skeletons(self):
        """A second Arabic trie, on consonant skeletons, for multi-word organisation and
        person names written in Arabic letters (transliterations vary in their vowels).
        Consulted only where the exact trie finds nothing."""
        self._skel_trie: dict = {}
        self._skel_cache: dict = {}
        self._skel_first: dict = {}      # token key -> skeleton trie node (or None)

        def walk(node, path):
            for tok, child in node.items():
                if tok == "":
                    continue
                p = path + [tok]
                ents = [e for e in child.get("", ()) if e.cat in (ORG, PERSON)
                        and "surname" not in e.flags]
                if ents and len(p) >= 2 and all(
                        any("\u0600" <= c <= "\u06ff" for c in t) for t in p):
                    sk = [_ar_skeleton(t) for t in p]
                    if all(len(t) >= 2 for t in sk) and sum(len(t) for t in sk) >= 7:
                        n = self._skel_trie
                        for t in sk:
                            n = n.setdefault(t, {})
                        lst = n.setdefault("", [])
                        for e in ents:
                            if all(x.key != e.key for x in lst):
                                lst.append(e)
                walk(child, p)
        walk(self._tries["ar"], [])

    def _add_demonym(self, r, cat, iso, key):
        labels = {}
        forms = {"en": [], "fr": [], "ar": []}
        plural = set()       # forms that are plural nouns when they stand alone
        if r.get("en_adj"):
            forms["en"] += [r["en_adj"]]
            labels["en"] = r["en_adj"]
        if r.get("en_plural"):
            forms["en"] += _split(r["en_plural"])
            plural.update(_split(r["en_plural"]))
        if r.get("fr_masc"):
            forms["fr"] += _fr_forms(r["fr_masc"])
            labels["fr"] = r["fr_masc"]
        if r.get("ar_nisba"):
            for base in _split(r["ar_nisba"]):
                nis = _ar_plural_nisba(base)
                forms["ar"] += nis
                plural.update(nis[2:4])                     # -ون -ين
            labels["ar"] = _split(r["ar_nisba"])[0]
        broken = _split(r.get("ar_plural"))                 # الألمان، الأتراك، المغاربة
        forms["ar"] += broken
        plural.update(broken)
        for lang in LANGS:
            variants = _split(r.get("variants_" + lang))
            forms[lang] += variants
            if lang == "ar":
                for v in variants:
                    n = self._norm["ar"](v).replace(SKIP, "")
                    if n.endswith(("ون", "ين")) or not n.endswith(("ي", "يه", "يتان", "يتين")):
                        plural.add(v)
            elif lang == "en":
                plural.update(v for v in variants if v.endswith("s") and v[:-1] in forms["en"])
            for pat in forms[lang]:
                fl = frozenset({"plural"}) if (pat in plural or lang == "fr") else frozenset()
                self._add(lang, pat, _Entry(cat, key, iso, flags=fl), cap=(lang == "en"))
        self.demonym_labels[iso] = labels
        # French/Arabic body and title patterns with a demonym slot are added later
        self._dem_forms = getattr(self, "_dem_forms", {})
        self._dem_forms.setdefault(iso, {"fr": [], "ar": [], "en": []})
        for lang in LANGS:
            self._dem_forms[iso][lang] += forms[lang]

    def _add_title(self, lang, pattern, role, body, flags):
        fl = flags | {"body:" + (body or "")}
        if "{D}" not in pattern:
            self._add(lang, pattern, _Entry(TITLE, None, None, value=role, flags=fl))
            return
        self._add_slot(lang, pattern, lambda code: _Entry(TITLE, None, code, value=role, flags=fl))

    def _add_slot(self, lang, pattern, make):
        """A pattern with a ``{D}`` slot: added bare, and once per demonym form."""
        self._add(lang, re.sub(r"\s+", " ", pattern.replace("{D}", " ")).strip(), make(None))
        for iso, forms in getattr(self, "_dem_forms", {}).items():
            for f in forms.get(lang, []):
                if f[:1].isupper() and lang == "fr":
                    continue   # plural nouns (Canadiens) do not fill an adjective slot
                self._add(lang, pattern.replace("{D}", " " + f + " "), make(iso))
