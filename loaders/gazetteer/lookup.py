"""Find actors and places in Arabic, French and English text.

``get_gazetteer().find(text, lang)`` returns :class:`Mention` objects sorted by start,
non-overlapping (longest match wins), with ``text[m.start:m.end] == m.surface``.

How it works
------------
The data tables (``countries.tsv``, ``capitals.tsv``, ``demonyms.tsv``, ``regions.tsv``,
``organizations.tsv``, ``bodies.tsv``, ``people.tsv`` here, and ``titles.tsv`` /
``groups.tsv`` in ``rightsgraph.loaders.lang.<lang>``) are compiled at load time into one
token trie per language. Text is normalised length-preservingly (so offsets stay valid),
cut into word tokens, and scanned left to right taking the longest pattern at each
token. Arabic tokens are also tried without their proclitics (و ف ب ل ك and combinations,
``لل``) and every Arabic token is compared without its article ``ال``, so "وللكنديين",
"بكندا" and "الكندية" all reach their entries.

The raw matches (country names, demonyms, capitals, regions, organisations, people,
government-body nouns, titles, group nouns) are then combined by small per-language rules:
a body next to a country or demonym becomes that country's body ("وزارة الخارجية
الكندية", "le ministère russe des Affaires étrangères", "Canada's foreign ministry"); a
title next to a country, body or organisation, optionally followed by a name, becomes an
official ("le ministre des Affaires étrangères Sergueï Lavrov", "المتحدث باسم الخارجية
الصينية").

Precision rules: a curated person's surname alone counts only after the full name, right
after a title, or when the text names the country or organisation the person acts for
("Alvi Karimov" is not Islam Karimov); Latin organisation and person names keep their
capitals and all-capital acronyms stay all-capital; a name led by an article does not take
the start of a longer capitalised name ("The National Assembly").

API beyond ``find``: :meth:`Gazetteer.actor`, :meth:`~Gazetteer.place`,
:meth:`~Gazetteer.place_of`, :meth:`~Gazetteer.exists` (never invents),
:meth:`~Gazetteer.has_government`, :meth:`~Gazetteer.is_source`,
:meth:`~Gazetteer.normalize` (pass its result as ``find(text, lang, normalized=...)``).
A :class:`Mention` carries ``generic`` (no country attached), ``is_source`` (news agency)
and ``plural_noun`` (a demonym naming a people: "الألمان", "les Français").
"""

from __future__ import annotations

import csv
import re
import threading
import unicodedata
from dataclasses import dataclass
from importlib.resources import files
from itertools import accumulate, compress
from operator import itemgetter
from typing import Optional

from ..cues import normalize_once, word_spans
from ..model import Actor, Place

LANGS = ("ar", "fr", "en")
SKIP = "\u0640"
_TOKEN_RE = re.compile(r"[^\W_]+")
_TOKEN_SPLIT_RE = re.compile(r"([^\W_]+)")
_KEY = itemgetter(2)

# categories of raw matches
NAME, CAP, DEM, REGION, RDEM, ORG, PERSON, BODY, TITLE, GROUP, BLOCK = (
    "name", "capital", "demonym", "region", "rdem", "org", "person", "body", "title",
    "group", "block")

_PRIO = {BLOCK: 100, NAME: 90, ORG: 85, REGION: 80, PERSON: 75, DEM: 70, RDEM: 68,
         BODY: 60, TITLE: 55, GROUP: 50, CAP: 40}

# Arabic proclitic combinations tried on the first token of a match (longest first).
_AR_PREFIXES = ("ولل", "فلل", "وبال", "فبال", "وكال", "وب", "ول", "وك", "فب", "فل", "فك",
                "لل", "و", "ف", "ب", "ل", "ك")

_AR_PROCLITIC_FIRST = set(p[0] for p in _AR_PREFIXES)
# characters that end a multi-word name (a pattern never spans them)
_BREAK_CHARS = set(",;:()[]{}\"«»“”„‟‹›\n\r\t،؛؟!?/|")
_PLACE_FORMS = ("name", "capital", "region")
_FUNCTION_WORDS = set("""
in at the from to for of on by with and but as since after before until when while without
into near across throughout both between against like unlike about over under than
en au aux a de du des le la les et pour vers dans depuis apres avant chez sur sous contre
entre par avec sans selon malgre pres via ou mais l d
""".split())

# capitals that are also first or family names ("Paris Hilton", "George Washington")
_CAPITAL_FIRST_NAMES = {"Washington", "Paris", "Sofia", "Victoria", "Lima", "Santiago",
                        "Kingston", "Salvador", "Georgetown", "Roseau", "Praia"}

_LOCATIVE = {
    "ar": {"في", "امام", "داخل", "خارج", "قرب"},
    "fr": {"en", "au", "aux", "a", "dans", "devant", "chez", "pres"},
    "en": {"in", "at", "inside", "outside", "near", "within"},
}
_ARTICLES = {"fr": {"le", "la", "les", "l"}, "en": {"the"}, "ar": set()}

_AR_STOP = set("""
ان ان ان في علي علي من الي الي عن مع الذي التي الذين اللذين قد لقد كما حيث لكن او ثم
قال قالت يقول تقول اعلن اعلنت اكد اكدت اضاف اضافت اعرب اعربت دعا دعت طالب طالبت
صرح صرحت اوضح اوضحت ذكر ذكرت اشار اشارت نفي نفت رفض رفضت وصف وصفت امس اليوم يوم
خلال بعد قبل عند هذا هذه ذلك تلك الحكومه حكومه وزير وزيره رئيس الرئيس ب ل و
انه انها انهم انهما بانه بانها لانه لم لن لا ما هو هي هم هما كان كانت يكون ليس سوف تم يتم
كبير كبيره سابق سابقه جديد جديده رفيع المستوي اخر اخري مساء صباح الاحد الاثنين الثلاثاء
الاربعاء الخميس الجمعه السبت له لها لهم به بها فيه فيها منه منها عليه عليها اليه اليها
مجموعه منظمه جماعه حزب هيئه لجنه مجلس وكاله شركه اداره دعم حقوق الانسان بيان تصريح
تصريحات كلمه خطاب مؤتمر صحفي صحافي رسالة رساله
""".split())
# tokens that may follow an Arabic name (otherwise an unknown name is not trusted)
_AR_AFTER_NAME = set("""
ان في خلال لدي امام يوم امس اليوم مساء صباح عن علي من الي مع ل ب قائلا قوله قولها الذي التي
قال قالت اكد اكدت اعلن اعلنت صرح صرحت اضاف اضافت يقول تقول
""".split())
_FR_NAME_STOP = {"Le", "La", "Les", "Un", "Une", "Ce", "Cette", "Il", "Elle", "M", "Mme",
                 "De", "Du", "Des", "Et", "En", "Au", "Aux", "A", "À", "Dans", "Pour",
                 "Selon", "Lors", "Mais", "Sur"}
_EN_NAME_STOP = {"The", "A", "An", "This", "That", "He", "She", "It", "They", "On",
                 "In", "At", "For", "And", "But", "Mr", "Mrs", "Ms", "Dr", "Said", "Says",
                 "Told", "Of", "To", "By", "As", "Who", "Which", "Has", "Had", "Was", "Is"}
_LEAD_ARTICLES = {"the", "le", "la", "les", "l", "die", "der", "das"}
_NAME_PARTICLES = {"de", "du", "des", "da", "di", "van", "von", "der", "al", "el", "bin",
                   "ben", "ibn", "la", "le", "abu", "bint", "d"}


@dataclass(frozen=True)
class Mention:
    """One actor or place mentioned in a text.

    ``text[start:end] == surface``. ``key`` is an actor key (``gov/CA``,
    ``body/CA/foreign-ministry``, ``org/...``, ``person/...``, ``official/...``,
    ``group/...``) or a place key (``place/RU-CE``, for sub-national regions).
    ``form`` says how it was named: name, demonym, capital, body, official, group, region.
    ``preposition`` is the locative preposition directly before it (في، ب، en, au, in...),
    so callers can tell "in Belgium" (a place) from "Belgium condemned" (an agent).
    """

    start: int
    end: int
    surface: str
    key: str
    kind: str
    place_key: Optional[str]
    form: str
    preposition: Optional[str] = None
    represents: Optional[str] = None   # officials: actor key acted for
    role: Optional[str] = None         # officials: role in English
    name: Optional[str] = None         # officials: person's name as written
    body: Optional[str] = None         # officials: body they speak for, when named
    possessive: bool = False           # English "Canada's"
    lang: str = ""
    confidence: float = 0.9
    generic: bool = False              # "the government", "police", "protesters" with no
                                       # country attached (key without a place code)
    is_source: bool = False            # a news agency cited as a source ("according to
                                       # Reuters"), not an actor in its own right
    plural_noun: bool = False          # demonyms used as a plural noun naming the people
                                       # ("الألمان", "الفرنسيون", "les Français", "the Germans")


class _Entry:
    __slots__ = ("cat", "key", "iso", "value", "cs", "cap", "weak", "flags", "prio", "capidx",
                 "upper")

    def __init__(self, cat, key=None, iso=None, value=None, cs=None, cap=False, weak=False,
                 flags=frozenset()):
        self.cat, self.key, self.iso, self.value = cat, key, iso, value
        self.cs, self.cap, self.weak, self.flags = cs, cap, weak, flags
        self.prio = _PRIO[cat]
        self.capidx = ()      # tokens that must be capitalised ("Le Monde", not "Le monde")
        self.upper = False    # an all-capitals name ("SANA", not "Sana")

    def __repr__(self):  # pragma: no cover - debugging aid
        return f"_Entry({self.cat}, {self.key}, {self.iso}, {self.value})"


class _Item:
    """A raw match (or a composed one) during ``find``."""

    __slots__ = ("cat", "entry", "ti", "tj", "start", "end", "tstart", "prefix", "iso",
                 "key", "value", "used", "mention", "body_key", "dem_too")

    def __init__(self, cat, entry, ti, tj, start, end, tstart, prefix=""):
        self.cat, self.entry, self.ti, self.tj = cat, entry, ti, tj
        self.start, self.end, self.tstart, self.prefix = start, end, tstart, prefix
        self.iso = entry.iso if entry else None
        self.key = entry.key if entry else None
        self.value = entry.value if entry else None
        self.used = False
        self.mention = None
        self.body_key = None
        self.dem_too = False     # an Arabic name that is also a nisba (السعودية، سورية)


_AR_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh",
    "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ى": "a", "ة": "a", "ء": "",
    "ؤ": "w", "ئ": "y", "گ": "g", "پ": "p", "چ": "ch", "ڤ": "v", "ی": "y", "ک": "k",
}


def _translit(s: str) -> str:
    """Rough Arabic-to-Latin transliteration, only to make ASCII slugs."""
    out = []
    for c in s:
        if "\u0600" <= c <= "\u06ff":
            out.append(_AR_LATIN.get(c, ""))
        else:
            out.append(c)
    return "".join(out)


def _slug(s: str) -> str:
    s = _translit(s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s or "x"


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


# --------------------------------------------------------------------------- languages

def _normalizer(lang):
    if lang == "ar":
        from ..lang.ar.normalize import normalize
    elif lang == "fr":
        from ..lang.fr.normalize import normalize
    else:
        from ..lang.en.normalize import normalize
    return normalize


def _ar_canon(tok: str) -> str:
    """Arabic token key: without the article ال (both in patterns and text).

    A word that itself starts with ال once its hamza is folded (ألمانيا -> المانيا) loses
    that too, so "الألمانية" (with the article) and "ألمانية" share the key "مانيه"."""
    if tok.startswith("ال") and len(tok) >= 4:
        tok = tok[2:]
        if tok.startswith("ال") and len(tok) >= 4:
            tok = tok[2:]
    return tok


_AR_SKEL = str.maketrans({"ج": "غ", "ق": "غ", "ك": "غ", "ط": "ت", "ص": "س", "ث": "س", "ز": "س", "ذ": "س",
                          "ظ": "س", "ض": "د", "ح": "ه", "ة": "ه", "ى": "ي", "ء": None,
                          "ئ": "ي", "ؤ": "و", "ع": "ا"})


def _ar_skeleton(key: str) -> str:
    """The consonant skeleton of an Arabic transliteration (a token key, article removed):
    long vowels dropped after the first letter and letters that render the same foreign sound
    merged, so "هيومن"/"هيومان", "ووتش"/"واتش", "جومرت"/"جومارت" meet."""
    k = key.translate(_AR_SKEL)
    if not k:
        return k
    return k[0] + "".join(c for c in k[1:] if c not in "اوي")


def _ar_plural_nisba(base: str) -> list[str]:
    """Arabic nisba forms from a base like كندي: كندي كندية كنديون كنديين كنديان كنديتان.

    In a multi-word base ("كوري شمالي") every word ending in ي takes the suffix.
    """
    out = []
    for suf in ("", "ة", "ون", "ين", "ان", "تان", "تين"):
        out.append(" ".join(w + suf if w.endswith("ي") else w for w in base.split()))
    return out


_FR_IRREGULAR_FEM = {"grec": "grecque", "turc": "turque", "bref": "breve"}


def _fr_forms(masc: str) -> list[str]:
    """French demonym forms from the masculine singular: canadien -> canadienne(s)..."""
    m = masc.strip()
    if not m:
        return []
    if m in _FR_IRREGULAR_FEM:
        f = _FR_IRREGULAR_FEM[m]
        return [m, m + "s", f, f + "s"]
    if m.endswith("e"):
        return [m, m + "s"]
    if m.endswith("en") or m.endswith("on"):
        return [m, m + "s", m + "ne", m + "nes"]
    if m.endswith(("s", "x")):
        return [m, m + "e", m + "es"]
    if m.endswith("al"):
        return [m, m[:-2] + "aux", m + "e", m + "es"]
    if m.endswith("eur"):
        return [m, m + "s", m + "e", m + "es"]
    return [m, m + "s", m + "e", m + "es"]


# --------------------------------------------------------------------------- gazetteer

class Gazetteer:
    """Actors and places in three languages, with a fast matcher per language."""

    def __init__(self):
        self._lock = threading.Lock()
        self.countries: dict[str, dict] = {}     # iso -> {"en","fr","ar","un"}
        self.regions: dict[str, dict] = {}       # code -> {"en","fr","ar","parent"}
        self.capitals: dict[str, dict] = {}      # iso -> {"en","fr","ar"}
        self.orgs: dict[str, dict] = {}          # key -> row
        self.people: dict[str, dict] = {}        # key -> row
        self.body_types: dict[str, dict] = {}    # type -> {"en","fr","ar","kind","flags"}
        self.roles: dict[str, dict] = {}         # role -> {"en","fr","ar","body"}
        self.group_types: dict[str, dict] = {}   # group slug -> labels
        self.demonym_labels: dict[str, dict] = {}
        self._dynamic: dict[str, dict] = {}     # person key -> latest sighting
        self._cand_cache: dict[str, tuple] = {}
        self._key_cache: dict[str, str] = {}     # Arabic token -> trie key
        self._live_cache: dict[str, bool] = {}   # Arabic token -> may start a match
        self._tries = {lang: {} for lang in LANGS}
        self._norm = {lang: _normalizer(lang) for lang in LANGS}
        self._load()

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
        surname_count: dict[tuple, list] = {}
        for r in _read_tsv(pkg, "people.tsv"):
            key = r["key"]
            self.people[key] = r
            e = _Entry(PERSON, key, None, value=r.get("role") or None)
            short = {}
            for pat in _split(r.get("surnames")):
                for lang in LANGS:
                    if _script_ok(pat, lang):
                        short.setdefault((lang, tuple(self._tokens(lang, pat))), pat)
            full = []
            for lang in LANGS:
                if r.get(lang):
                    full.append((lang, r[lang]))
            for pat in _split(r.get("variants")):
                for lang in LANGS:
                    if _script_ok(pat, lang):
                        full.append((lang, pat))
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
                gap = norm[toks[j - 1][1]:toks[j][0]]
                if len(gap) > 3 or (gap != " " and any(c in gap for c in _BREAK_CHARS)):
                    break
        return best

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

    # ------------------------------------------------------------------ lookup API
    def actor(self, key: str) -> Optional[Actor]:
        """The :class:`Actor` for a key (curated, or created by ``find``).

        Always a fresh copy, and independent of what other documents were read before:
        curated and key-derived actors (``body/CA/embassy``, ``official/CA/foreign-minister``)
        come from the tables alone; a person first met in a text (``person/<slug>``) carries
        the name, role and principal of the latest ``find`` that saw it (the document being
        read), so serial and parallel loads give the same records.
        """
        a = self._make_actor(key)
        dyn = self._dynamic.get(key)
        if dyn is not None:
            if a is None:
                a = Actor(key=key, kind=dyn["kind"])
            for lang, label in dyn["labels"].items():
                a.labels.setdefault(lang, label)
            for k in ("represents", "role"):
                if dyn.get(k) and not getattr(a, k, None):
                    setattr(a, k, dyn[k])
        if a is not None and not a.labels.get("en"):
            a.labels["en"] = self._en_label(key, a)
        return a

    def _en_label(self, key: str, a: Actor) -> str:
        """An English prefLabel when the tables have none: a person's name romanised from
        the key's slug ("person/sami-nassar" -> "Sami Nassar"), else the key's last part."""
        parts = key.split("/")
        words = parts[-1].replace("-", " ").strip()
        if parts[0] == "person":
            return " ".join(w[:1].upper() + w[1:] for w in words.split()) or key
        if a.role and a.represents:
            owner = a.represents.split("/")[-1]
            return f"{a.role} ({self.country_label(owner, 'en')})"
        return words[:1].upper() + words[1:] if words else key

    def exists(self, key: str) -> bool:
        """Whether ``key`` names a known actor or place: a curated country, region,
        organisation or person, a body/official/group built from known parts
        (``body/CA/embassy``, ``official/RU/foreign-minister``, ``group/KZ/protesters``), or a
        person met by :meth:`find`. Unlike :meth:`actor`, never invents one."""
        if not key or "/" not in key:
            return False
        parts = key.split("/")
        head = parts[0]
        known_code = (lambda c: c in self.countries or c in self.regions)
        if head == "place":
            return len(parts) == 2 and known_code(parts[1])
        if head == "gov":
            return len(parts) == 2 and known_code(parts[1])
        if key in self.orgs or key in self.people:
            return True
        if head == "org":
            return key in self._dynamic
        if head == "person":
            return key in self._dynamic
        if head == "body":
            if len(parts) == 2:
                return parts[1] in self.body_types
            return len(parts) == 3 and known_code(parts[1]) and parts[2] in self.body_types
        if head == "group":
            if parts[-1].endswith("-supporters") and len(parts) in (2, 3):
                return len(parts) == 2 or known_code(parts[1])
            if len(parts) == 2:
                return parts[1] in self.group_types
            return len(parts) == 3 and known_code(parts[1]) and parts[2] in self.group_types
        if head == "official":
            role = parts[-1].replace("-", " ")
            if role not in self.roles and not any(_slug(r) == parts[-1] for r in self.roles):
                return False
            if len(parts) == 2:
                return True
            return len(parts) == 3 and (known_code(parts[1]) or "org/" + parts[1] in self.orgs)
        return False

    def has_government(self, place_key: str) -> bool:
        """Whether a place has its own government: every country, and the regions marked
        ``gov=1`` in regions.tsv (Chechnya, Xinjiang, Hong Kong...); other ISO 3166-2
        subdivisions roll up to their country."""
        if not place_key:
            return False
        code = place_key.split("/", 1)[1] if place_key.startswith(("place/", "gov/")) \
            else place_key
        if code in self.countries:
            return True
        r = self.regions.get(code)
        return bool(r and r.get("gov"))

    def is_source(self, key: str) -> bool:
        """Whether an actor is a news agency usually cited as a source ("according to
        Reuters", "وكالة الأنباء الرسمية") rather than acting itself (``source=1`` in
        organizations.tsv; generic state news agencies too)."""
        r = self.orgs.get(key)
        if r is not None:
            return (r.get("source") or "").strip() == "1"
        return key.startswith("body/") and key.endswith("/news-agency")

    def place(self, key: str) -> Optional[Place]:
        code = key.split("/", 1)[1] if "/" in key else key
        if code in self.countries:
            c = self.countries[code]
            return Place(key="place/" + code, iso=code, labels={l: c[l] for l in LANGS})
        if code in self.regions:
            c = self.regions[code]
            return Place(key="place/" + code, iso=code, labels={l: c[l] for l in LANGS if c[l]})
        return None

    def place_of(self, key: Optional[str]) -> Optional[str]:
        """The place key an actor belongs to: gov/CA, body/CA/..., official/CA/... -> place/CA."""
        if not key:
            return None
        parts = key.split("/")
        head = parts[0]
        if head == "place":
            return key
        if head in ("gov", "body", "official", "group") and len(parts) >= 2:
            code = parts[1]
            if code in self.countries or code in self.regions:
                return "place/" + code
            return None
        if head == "person":
            a = self.actor(key)
            if a is not None and a.represents and a.represents != key:
                return self.place_of(a.represents)
        return None

    def government_of_place(self, place_key: str) -> Optional[str]:
        code = place_key.split("/", 1)[1]
        return "gov/" + code if code in self.countries or code in self.regions else None

    def country_label(self, code: str, lang: str = "en") -> str:
        if code in self.countries:
            return self.countries[code][lang] or self.countries[code]["en"]
        if code in self.regions:
            return self.regions[code][lang] or self.regions[code]["en"]
        return code

    def _make_actor(self, key: str) -> Optional[Actor]:
        parts = key.split("/")
        head = parts[0]
        if head == "gov" and len(parts) == 2:
            code = parts[1]
            if code in self.countries:
                c = self.countries[code]
                labels = {l: _gov_label(l, c[l]) for l in LANGS}
                return Actor(key=key, kind="Government", labels=labels, iso=code)
            if code in self.regions:
                c = self.regions[code]
                labels = {l: _gov_label(l, c[l]) for l in LANGS if c[l]}
                return Actor(key=key, kind="Government", labels=labels, iso=code,
                             part_of="gov/" + c["parent"] if c["parent"] else None)
            return None
        if head == "body":
            btype = parts[-1]
            info = self.body_types.get(btype, {"en": btype.replace("-", " "), "fr": "",
                                               "ar": "", "kind": "GovernmentBody"})
            if len(parts) == 3:
                code = parts[1]
                labels = {}
                for l in LANGS:
                    if info.get(l):
                        labels[l] = f"{info[l]} ({self.country_label(code, l)})"
                return Actor(key=key, kind=info.get("kind") or "GovernmentBody", labels=labels,
                             iso=code, part_of="gov/" + code)
            labels = {l: info[l] for l in LANGS if info.get(l)}
            return Actor(key=key, kind=info.get("kind") or "GovernmentBody", labels=labels)
        if head == "org" or (head == "official" and key in self.orgs):
            r = self.orgs.get(key)
            if r is None:
                return None
            labels = {l: r[l] for l in LANGS if r.get(l)}
            return Actor(key=key, kind=r["kind"], labels=labels, iso=r.get("iso") or None,
                         part_of=r.get("part_of") or None, same_as=r.get("wikidata") or None,
                         represents=r.get("represents") or None, role=r.get("role") or None)
        if head == "person":
            r = self.people.get(key)
            if r is None:
                return None
            labels = {l: r[l] for l in LANGS if r.get(l)}
            kind = "Official" if r.get("represents") else "Person"
            return Actor(key=key, kind=kind, labels=labels, represents=r.get("represents") or None,
                         role=r.get("role") or None, same_as=r.get("wikidata") or None)
        if head == "official":
            # official/<CA|org-slug>/<role> or official/<role>
            role_slug = parts[-1]
            role = role_slug.replace("-", " ")
            rinfo = self.roles.get(role, {"en": role})
            if len(parts) == 3:
                owner = parts[1]
                if owner in self.countries or owner in self.regions:
                    rep = "gov/" + owner
                    labels = {l: f"{rinfo.get(l) or rinfo['en']} ({self.country_label(owner, l)})"
                              for l in LANGS if rinfo.get(l) or l == "en"}
                else:
                    rep = "org/" + owner
                    o = self.orgs.get(rep, {})
                    labels = {l: f"{rinfo.get(l) or rinfo['en']} ({o.get(l) or owner})"
                              for l in LANGS if rinfo.get(l) or l == "en"}
                return Actor(key=key, kind="Official", labels=labels, represents=rep, role=role)
            return Actor(key=key, kind="Official",
                         labels={l: rinfo[l] for l in LANGS if rinfo.get(l)}, role=role)
        if head == "group":
            g = parts[-1]
            info = self.group_types.get(g, {"en": g.replace("-", " ")})
            if g not in self.group_types and g.endswith("-supporters"):
                who = g[:-len("-supporters")].replace("-", " ").title()
                info = {"en": f"supporters of {who}", "fr": f"partisans de {who}"}
            labels = {l: info[l] for l in LANGS if info.get(l)}
            if len(parts) == 3:
                code = parts[1]
                labels = {l: f"{v} ({self.country_label(code, l)})" for l, v in labels.items()}
            return Actor(key=key, kind="Group", labels=labels,
                         iso=parts[1] if len(parts) == 3 else None)
        return None

    def _register(self, key, kind, lang, label, **kw):
        """Remember a person met in a text (the latest sighting wins; see :meth:`actor`)."""
        if not key.startswith("person/") or key in self.people:
            return
        with self._lock:
            if len(self._dynamic) > 200000:
                self._dynamic.clear()
            self._dynamic[key] = {"kind": kind, "labels": {lang: label} if label else {},
                                  "represents": kw.get("represents"), "role": kw.get("role")}

    _STATE_ROLES_NO_BODY = {"spokesperson", "envoy", "official", "special envoy"}

    def state_role(self, role: Optional[str]) -> bool:
        """Whether a title is a state office (a minister, president, ambassador, government
        spokesperson...) rather than an organisation's (director, secretary-general)."""
        if not role:
            return False
        if role in self._STATE_ROLES_NO_BODY:
            return True
        return bool(self.roles.get(role, {}).get("body"))

    def assign_principal(self, key: str, represents: str) -> bool:
        """Give a titled person met in a text with no principal ("Prime Minister X", the
        country unnamed) the actor they act for, as resolved from the document's context.
        Curated people and people with a principal are left as they are."""
        if not key.startswith("person/") or key in self.people:
            return False
        with self._lock:
            dyn = self._dynamic.get(key)
            if dyn is None or dyn.get("represents"):
                return False
            dyn["represents"] = represents
            dyn["kind"] = "Official"
        return True

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
                    gap = norm[toks[j - 1][1]:toks[j][0]]
                    if len(gap) > 3 or (gap != " " and any(c in gap for c in _BREAK_CHARS)):
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
                if not (("ب" in prefix) or ("ل" in prefix) or prev in
                        ("في", "دوله", "جمهوريه", "حكومه", "شمال", "جنوب", "وسط", "سلطنه",
                         "وفي", "عاصمه")):
                    continue
            return e
        return None

    # ------------------------------------------------------------------ composition
    def find(self, text: str, lang: str, normalized: Optional[str] = None) -> list[Mention]:
        """Mentions of actors and places in ``text`` (sorted, non-overlapping).

        ``normalized``: ``text`` already passed through :meth:`normalize` for ``lang`` (the
        normalisation is length-preserving, so offsets are shared); saves normalising twice.
        Ignored when its length differs from ``text``'s.
        """
        if lang not in LANGS:
            lang = "en"
        if not text:
            return []
        norm, toks, raws = self._scan_raw(text, lang, normalized)
        items = self._raw_matches(text, lang, norm, toks, raws)
        items = self._compose_bodies(items, text, norm, toks, lang)
        items = self._compose_titles(items, text, norm, toks, lang)
        mentions = []
        for it in items:
            m = self._to_mention(it, text, norm, toks, lang)
            if m is not None:
                mentions.append(m)
        mentions = self._propagate_names(mentions, text, norm, toks, lang)
        mentions.sort(key=lambda m: m.start)
        mentions = self._supporters_of(mentions, text, norm, lang)
        mentions = self._short_org_names(mentions, norm, lang)
        mentions = self._unknown_orgs(mentions, text, norm, lang)
        mentions = [self._flag(m) for m in mentions]
        if lang == "ar":
            mentions = [self._amman_or_oman(m, text, norm) for m in mentions]
        return self._share_prepositions(mentions, norm, lang)

    def _amman_or_oman(self, m: Mention, text: str, norm: str) -> Mention:
        """A bare "عمان" (the normalisation drops the shadda) is Amman or Oman.

        "عمّان" (shadda on the mim) is Amman, the capital of Jordan (its government by
        metonymy); "عُمان" (damma on the ain) and "سلطنة عمان" are Oman. Written without
        diacritics it is Amman when the text names Jordan (الأردن، أردني...) and not the
        Sultanate (سلطنة عمان، العماني/ة، مسقط), else Oman.

        Parameters
        ----------
        m : Mention
            A mention found in ``text``.
        text, norm : str
            The text and its length-preserving normalisation.

        Returns
        -------
        Mention
            ``m``, or the same span as Jordan's capital.
        """
        if m.key != "gov/OM" or m.form != "name":
            return m
        word = norm[m.start:m.end].replace(SKIP, "")
        if not word.endswith("عمان") or "سلطنه" in word or len(word) > 6:
            return m
        if norm[max(0, m.start - 8):m.start].replace(SKIP, "").rstrip().endswith("سلطنه"):
            return m
        surface = text[m.start:m.end]
        if "\u0651" not in surface:        # shadda: عمّان
            if "\u064f" in surface or _OMAN_CONTEXT.search(norm) \
                    or not _JORDAN_CONTEXT.search(norm):
                return m                    # عُمان, or no Jordan in sight
        return _replace(m, key="gov/JO", place_key="place/JO", form="capital")

    def _unknown_orgs(self, mentions, text, norm, lang):
        """Organisations the tables do not know, named with an organisation head noun:
        "the Awami League", "le Front de libération du peuple du Tigré (TPLF)", "منظمة X
        لحقوق الإنسان" -> ``org/<slug>`` (the acronym's when one follows in brackets), a
        Group for a league, party, front or movement, an NGO for an association,
        organisation, network, centre or observatory. Known names inside it (a country in
        "Bangladesh Nationalist Party") give way to it; a known actor overlapping it wins."""
        rx = _ORG_HEAD_RE.get(lang)
        if rx is None:
            return mentions
        target = text if lang != "ar" else norm
        heads = _ORG_HEAD_WORDS.get(lang)
        if heads is not None and not any(w in target for w in heads):
            return mentions     # no head noun at all (the usual case)
        found = []
        for h in rx.finditer(target):
            span = _org_name_span(text, norm, h, lang)
            if span is None:
                continue
            start, end, acronym, head = span
            if any(m.start < end and start < m.end and (
                    m.key.startswith(("org/", "person/", "official/", "group/"))
                    or m.kind in ("NGO", "IntergovernmentalOrganization", "MediaOutlet",
                                  "GovernmentBody", "Official")
                    or (m.start < start or m.end > end)) for m in mentions):
                continue
            name = text[start:end]
            key = "org/" + _slug(acronym or name)
            if key in self.orgs:
                continue
            kind = "Group" if _ORG_HEAD_KIND.get(head, "NGO") == "Group" else "NGO"
            with self._lock:
                if len(self._dynamic) > 200000:
                    self._dynamic.clear()
                dyn = self._dynamic.setdefault(key, {"kind": kind, "labels": {},
                                                     "represents": None, "role": None})
                dyn["labels"].setdefault(lang, name)
            found.append(Mention(start=start, end=end, surface=name, key=key, kind=kind,
                                 place_key=None, form="name", lang=lang, confidence=0.6))
        if not found:
            return mentions
        out = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end
                                              for f in found)]
        out.extend(found)
        out.sort(key=lambda m: m.start)
        return out

    _SUPPORTERS_OF = {
        "en": re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(president|leader|"
                         r"prime minister|premier|king|emir|ruler|chancellor)\b"),
        "fr": re.compile(r"\s*(?:du|de la|de l'|de|des)\s*(?:[a-z-]+\s+){0,1}?(president|"
                         r"dirigeant|chef de l'etat|premier ministre|roi|leader|chef)\b"),
        "ar": re.compile(r"\s+(?:ال)?(رئيس|زعيم|ملك|امير)"),
    }
    _ROLE_WORD = {"premier": "prime minister", "dirigeant": "leader", "chef": "leader",
                  "chef de l'etat": "president", "roi": "king", "president": "president",
                  "premier ministre": "prime minister", "رئيس": "president", "زعيم": "leader",
                  "ملك": "king", "امير": "emir", "ruler": "leader"}

    def _supporters_of(self, mentions, text, norm, lang):
        """"Zelaya's supporters", "supporters of Zelaya", "les partisans du président déchu"
        (the president named before), "أنصار الرئيس": the group is keyed by the person it
        follows, ``group/<ISO>/<surname>-supporters``."""
        if not any(m.key.endswith("/supporters") for m in mentions):
            return mentions
        out = list(mentions)
        for i, m in enumerate(out):
            if m.form != "group" or not m.key.endswith("/supporters"):
                continue
            person = None
            prv = out[i - 1] if i > 0 else None
            nxt = out[i + 1] if i + 1 < len(out) else None
            if prv is not None and prv.key.startswith("person/") and \
                    re.fullmatch(r"(?:'s?)?\s", norm[prv.end:m.start] or "x"):
                person = prv                                 # "Zelaya's supporters"
            elif nxt is not None and nxt.key.startswith("person/") and re.fullmatch(
                    r"\s+(?:of|de|du|d')\s*(?:the\s+|le\s+)?(?:\w+\s+){0,2}|\s+",
                    norm[m.end:nxt.start]):
                person = nxt                                 # "supporters of (President) X"
            else:
                g = self._SUPPORTERS_OF[lang].match(norm, m.end)
                if g is not None:
                    role = self._ROLE_WORD.get(g.group(1), g.group(1))
                    for q in reversed(out[:i]):              # the last such person named
                        r = self.people.get(q.key, {})
                        qrole = (q.role or r.get("role") or "")
                        if q.key.startswith("person/") and role in qrole:
                            person = q
                            break
            if person is None:
                continue
            surname = person.key.split("/", 1)[1].rsplit("-", 1)[-1]
            place = person.place_key or self.place_of(person.key)
            code = place.split("/", 1)[1] if place else None
            key = f"group/{code}/{surname}-supporters" if code else f"group/{surname}-supporters"
            out[i] = _replace(m, key=key, place_key=place)
        return out

    def _short_org_names(self, mentions, norm, lang):
        """A monitoring body named again by its head noun ("l'Observatoire", "المرصد",
        "the Observatory") is the organisation of that name met earlier in the text."""
        out = mentions
        for i, m in enumerate(mentions):
            if m.key != "group/watchdog":
                continue
            head = self._tokens(lang, m.surface)
            if not head:
                continue
            head = head[-1]
            for q in reversed(mentions[:i]):
                if q.key.startswith("org/") and q.form == "name":
                    first = self._tokens(lang, q.surface)
                    if first and head in first[:2]:
                        if out is mentions:
                            out = list(mentions)
                        out[i] = _replace(m, key=q.key, kind=q.kind, form="name")
                        break
        return out

    def _flag(self, m: Mention) -> Mention:
        key = m.key
        generic = not m.place_key and key.count("/") == 1 and key.startswith(
            ("body/", "group/", "official/")) and key not in self.orgs
        source = m.kind == "MediaOutlet" and self.is_source(key)
        if generic:
            object.__setattr__(m, "generic", True)     # a fresh, unshared record
        if source:
            object.__setattr__(m, "is_source", True)
        return m

    _COORD = {
        "en": re.compile(r"\s*(,|,?\s*and|,?\s*or)?\s*(the\s+)?"),
        "fr": re.compile(r"\s*(,|et|ou)?\s*(le\s+|la\s+|les\s+|l')?"),
        "ar": re.compile(r"\s*[,،]?\s*(و\u0640*)?"),
    }

    def _share_prepositions(self, mentions, norm, lang):
        """A list after a locative preposition shares it: "in Belgium and Canada"."""
        out = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev is not None and m.preposition is None and prev.preposition \
                    and m.form in _PLACE_FORMS and prev.form in _PLACE_FORMS:
                gap = norm[prev.end:m.start]
                if self._COORD[lang].fullmatch(gap):
                    m = _replace(m, preposition=prev.preposition)
            out.append(m)
        return out

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
                        or raw.endswith(("ه", "ات")) or len(raw) < 2 or not raw.isalpha():
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

    # ------------------------------------------------------------------ mentions
    def _preposition(self, it, text, norm, toks, lang):
        if lang == "ar" and it.prefix and "ب" in it.prefix:
            return "ب"
        k = it.ti - 1
        skipped = 0
        while k >= 0:
            g = norm[toks[k][1]:toks[k + 1][0] if k + 1 < len(toks) else it.tstart]
            if g.strip(" '") != "" or "\n" in g:
                return None
            key = toks[k][2]
            if lang == "ar":
                raw = norm[toks[k][0]:toks[k][1]].replace(SKIP, "")
                for cand in (raw, raw[1:] if raw[:1] in "وف" else None):
                    if cand and cand in _LOCATIVE["ar"]:
                        off = toks[k][0] + (len(norm[toks[k][0]:toks[k][1]]) - len(cand)
                                             if cand != raw else 0)
                        return text[off:toks[k][1]] if cand != raw else text[toks[k][0]:toks[k][1]]
                return None
            if key in _ARTICLES[lang] and skipped == 0:
                skipped += 1
                k -= 1
                continue
            if key in _LOCATIVE[lang]:
                return text[toks[k][0]:toks[k][1]]
            if lang == "en" and key == "of" and k >= 2 and toks[k - 1][2] == "front" \
                    and toks[k - 2][2] == "in":
                return text[toks[k - 2][0]:toks[k][1]]
            return None
        return None

    def _to_mention(self, it, text, norm, toks, lang) -> Optional[Mention]:
        surface = text[it.start:it.end]
        prep = self._preposition(it, text, norm, toks, lang)
        poss = False
        if lang == "en":
            poss = re.match(r"'s?\b|'(?=\s)", norm[it.end:it.end + 3]) is not None
        base = dict(start=it.start, end=it.end, surface=surface, preposition=prep, lang=lang,
                    possessive=poss)
        cat = it.cat
        if cat == NAME:
            return Mention(key="gov/" + it.iso, kind="Government", place_key="place/" + it.iso,
                           form="name", **base)
        if cat == CAP:
            return Mention(key="gov/" + it.iso, kind="Government", place_key="place/" + it.iso,
                           form="capital", **base)
        if cat in (DEM, RDEM):
            return Mention(key="gov/" + it.iso, kind="Government", place_key="place/" + it.iso,
                           form="demonym", plural_noun=self._plural_noun(it, text, norm, toks,
                                                                         lang), **base)
        if cat == REGION:
            return Mention(key="place/" + it.iso, kind="Place", place_key="place/" + it.iso,
                           form="region", **base)
        if cat == ORG:
            kind = it.entry.value
            r = self.orgs.get(it.key, {})
            return Mention(key=it.key, kind=kind, place_key=None,
                           form="official" if kind == "Official" else "name",
                           represents=r.get("represents") or None, role=r.get("role") or None,
                           **base)
        if cat == PERSON:
            r = self.people.get(it.key, {})
            rep = r.get("represents") or None
            return Mention(key=it.key, kind="Official" if rep else "Person",
                           place_key=self.place_of(rep) if rep else None,
                           form="official" if rep else "name", represents=rep,
                           role=r.get("role") or None, name=surface, **base)
        if cat == BODY:
            btype = it.value
            info = self.body_types.get(btype, {"flags": frozenset(), "kind": "GovernmentBody"})
            flags = info["flags"] | it.entry.flags
            if "needs_country" in flags and not it.iso:
                return None
            if "gov" in flags:
                if it.iso:
                    return Mention(key="gov/" + it.iso, kind="Government",
                                   place_key="place/" + it.iso, form="body", **base)
                return Mention(key="body/" + btype, kind="Government", place_key=None,
                               form="body", **base)
            if it.iso:
                key = f"body/{it.iso}/{btype}"
                self._register(key, info.get("kind") or "GovernmentBody", lang, surface)
                return Mention(key=key, kind=info.get("kind") or "GovernmentBody",
                               place_key="place/" + it.iso, form="body", **base)
            return Mention(key="body/" + btype, kind=info.get("kind") or "GovernmentBody",
                           place_key=None, form="body", confidence=0.6, **base)
        if cat == GROUP:
            g = it.value
            if it.iso:
                key = f"group/{it.iso}/{g}"
                self._register(key, "Group", lang, surface)
                return Mention(key=key, kind="Group", place_key="place/" + it.iso, form="group",
                               **base)
            return Mention(key="group/" + g, kind="Group", place_key=None, form="group", **base)
        if cat == TITLE:
            return self._official_mention(it, base, lang)
        return None

    _EN_VERBISH = set("""have has had are were is was will would say said says did do does
    also could should must may might can cannot voted want wanted""".split())
    _FR_PLURAL_DET = {"les", "des", "aux", "ces", "nos", "vos", "leurs", "deux", "trois"}

    def _plural_noun(self, it, text, norm, toks, lang):
        """Whether a demonym stands for a people as a plural noun ("الألمان", "الفرنسيون",
        "les Français", "the Germans", "the French said") rather than as an adjective
        ("المواطنين الألمان", "des femmes françaises", "Chinese companies")."""
        plural = "plural" in it.entry.flags
        prev = toks[it.ti - 1] if it.ti > 0 else None
        gap = norm[prev[1]:toks[it.ti][0]] if prev else ""
        glued = prev is not None and gap.strip() == "" and "\n" not in gap
        if lang == "ar":
            if not plural:
                return False
            raw = norm[toks[it.ti][0]:toks[it.ti][1]].replace(SKIP, "")
            body = raw[len(it.prefix):] if it.prefix and raw.startswith(it.prefix) else raw
            definite = body.startswith(("ال", "ل")) and it.prefix.endswith("ل") \
                or body.startswith("ال")
            if not definite:
                return False
            if glued:
                p = norm[prev[0]:prev[1]].replace(SKIP, "")
                if p[:1] in ("و", "ف", "ب") and p[1:3] == "ال":
                    p = p[1:]
                if p.startswith(("ال", "لل")) and p not in _AR_STOP:
                    return False        # agrees with a definite noun: an adjective
            return True
        surface = text[it.start:it.end]
        if lang == "fr":
            if not surface[:1].isupper():
                return False
            return prev is None or not glued or prev[2] in self._FR_PLURAL_DET
        # English
        if plural:
            return True
        if prev is not None and prev[2] == "the" and glued:
            nxt = it.tj + 1
            if nxt >= len(toks):
                return True
            g = norm[toks[it.tj][1]:toks[nxt][0]]
            if g.strip(" ") != "":
                return True
            w = toks[nxt][2]
            return w in self._EN_VERBISH or (w.endswith("ed") and not text[toks[nxt][0]].isupper())
        return False

    def _official_mention(self, it, base, lang):
        owner, person_key, name = it.mention or (None, None, None)
        role = it.value
        rinfo = self.roles.get(role, {})
        body_type = None
        for f in it.entry.flags:
            if f.startswith("body:") and f[5:]:
                body_type = f[5:]
        represents, body_key, place_key = None, None, None
        if owner is not None:
            if owner[0] == "gov" and owner[1]:
                represents = "gov/" + owner[1]
                place_key = "place/" + owner[1]
                if body_type:
                    body_key = f"body/{owner[1]}/{body_type}"
            elif owner[0] == "body":
                code, btype = owner[1], owner[2]
                if code:
                    represents = "gov/" + code
                    place_key = "place/" + code
                    body_key = f"body/{code}/{btype}"
                else:
                    body_key = "body/" + btype
            elif owner[0] == "org":
                represents = owner[1]
        if person_key is not None:
            r = self.people.get(person_key, {})
            if represents is None:
                represents = r.get("represents") or None
                place_key = self.place_of(represents) if represents else None
            key = person_key
        elif name:
            key = "person/" + _slug(name)
            self._register(key, "Official", lang, name, represents=represents, role=role)
        else:
            if not represents and not body_key and body_type not in _MINISTRIES:
                return None       # a bare generic title ("the head", "a minister")
            if represents and represents.startswith("gov/"):
                key = f"official/{represents[4:]}/{_slug(role)}"
            elif represents and represents.startswith("org/"):
                key = f"official/{represents[4:]}/{_slug(role)}"
            else:
                key = f"official/{_slug(role)}"
            self._register(key, "Official", lang, base["surface"], represents=represents,
                           role=role)
        conf = 0.9 if (represents or name) else 0.5
        return Mention(key=key, kind="Official", place_key=place_key, form="official",
                       represents=represents, role=role, name=name, body=body_key,
                       confidence=conf, **base)

    def _propagate_names(self, mentions, text, norm, toks, lang):
        """Later bare surnames of officials named with a title earlier in the text."""
        named = {}
        for m in mentions:
            if m.form == "official" and m.name and m.key.startswith("person/") \
                    and m.key not in self.people:
                parts = _TOKEN_RE.findall(self._norm[lang](m.name))
                if parts and (lang != "ar" or len(parts) >= 2):
                    last = parts[-1].replace(SKIP, "")
                    if lang == "ar":
                        last = _ar_canon(last)
                    if len(last) >= 3:
                        named.setdefault(last, m)
        if not named:
            return mentions
        covered = [(m.start, m.end) for m in mentions]
        out = list(mentions)
        for s, e, k in toks:
            m = named.get(k)
            if m is None or any(a <= s < b for a, b in covered):
                continue
            if lang != "ar" and not text[s].isupper():
                continue
            out.append(Mention(start=s, end=e, surface=text[s:e], key=m.key, kind="Official",
                               place_key=m.place_key, form="official", represents=m.represents,
                               role=m.role, name=text[s:e], body=m.body, lang=lang,
                               confidence=0.7,
                               preposition=None))
        return out


# Unknown organisations: a head noun, then the rest of the name (see _unknown_orgs).
_ORG_HEAD_KIND = {}
for _w in ("league", "party", "front", "movement", "alliance", "coalition", "ligue", "parti",
           "mouvement", "حزب", "حركة", "جبهة", "تحالف", "ائتلاف"):
    _ORG_HEAD_KIND[_w] = "Group"
_ORG_HEAD_RE = {
    # English: capitalised words then the head ("the Awami League", "Jatiya Party")
    "en": re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]+ ){1,4})(League|Party|Front|Movement|Alliance|"
                     r"Coalition|Association|Organisation|Organization|Network|Centre|Center|"
                     r"Observatory|Foundation)(?![\w-])"
                     r"((?: for (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})?)"),
    # French: the head, then the rest of the name ("Front de libération du peuple du Tigré")
    "fr": re.compile(r"(?<![\w-])(Front|Mouvement|Parti|Ligue|Alliance|Coalition|Association|"
                     r"Organisation|Réseau|Centre|Observatoire|Collectif|Fondation)(?![\w-])"),
    # Arabic (normalised text): the head, then words up to "for human rights"
    "ar": re.compile(r"(?<!\S)(?:و|ب|ل)?(منظمه|جمعيه|مركز|شبكه|مرصد|رابطه|حركه|جبهه|حزب|"
                     r"تحالف|ايتلاف|ائتلاف)(?!\S)"),
}


def _literal_heads(rx):
    """The head nouns of an ``_ORG_HEAD_RE`` pattern (its group of plain words), or None.

    Every match contains one of them, so a text without any cannot match."""
    for group in re.findall(r"\(([^()?]+)\)", rx.pattern):
        words = group.split("|")
        if len(words) > 1 and all(re.fullmatch(r"\w+", w) for w in words):
            return tuple(words)
    return None


_ORG_HEAD_WORDS = {lang: _literal_heads(rx) for lang, rx in _ORG_HEAD_RE.items()}
_ORG_FIRST_STOP = {"The", "A", "An", "In", "On", "At", "By", "For", "And", "But", "As", "Its",
                   "His", "Her", "Their", "This", "That", "When", "While", "After", "Before",
                   "Both", "Opposition", "Ruling", "Main", "Former", "New"}
_FR_ORG_LINK = {"de", "du", "des", "d", "pour", "la", "le", "les", "l", "et", "populaire",
                "national", "nationale", "democratique", "démocratique", "unifié", "uni",
                "libération", "liberation", "peuple", "défense", "defense", "droits", "humains",
                "homme", "l'homme", "libertés", "libertes", "progrès", "renouveau",
                "révolutionnaire", "patriotique", "islamique", "citoyen", "civique"}
_AR_RIGHTS_END = re.compile(r"(?:\s+\S+){0,4}?\s+(?:ل|و)?(?:ل)?حقوق الانسان")
_FR_ORG_GOOD = {"droits", "humains", "homme", "l'homme", "libertés", "libertes", "libération",
                "liberation", "démocratique", "democratique", "populaire", "patriotique",
                "révolutionnaire", "islamique"}
_FR_ORG_WORD = re.compile(r"(?: +|['’])([\wÀ-ÿ-]+)")
_ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Za-z0-9]{1,7})\)")


def _org_name_span(text, norm, h, lang):
    """``(start, end, acronym, head)`` of an unknown organisation's name around the head-noun
    match ``h``, or None when the words do not make a name."""
    if lang == "en":
        words = h.group(1).split()
        while words and words[0] in _ORG_FIRST_STOP:
            words = words[1:]
        if not words or any(w.isupper() and len(w) > 5 for w in words):
            return None
        start = h.end(1) - len(" ".join(words)) - 1
        end = h.end()
        head = h.group(2).lower()
    elif lang == "fr":
        head = h.group(1).lower()
        start, pos, end = h.start(), h.end(), None
        good = False
        for _ in range(10):
            m = _FR_ORG_WORD.match(text, pos)
            if m is None:
                break
            w = m.group(1)
            if w[:1].isupper():
                good, end = True, m.end()
            elif w.lower() in _FR_ORG_LINK:
                if w.lower() in _FR_ORG_GOOD:
                    good, end = True, m.end()
            else:
                break
            pos = m.end()
        if not good or end is None:
            return None
        # not a plain noun and a place ("le Centre de Paris"): a longer name, a descriptive
        # word or an acronym
        tail = text[h.end():end].split()
        if len(tail) < 3 and not _ACRONYM_RE.match(text, end) and not any(
                w.lower() in _FR_ORG_GOOD for w in tail):
            return None
    else:
        head = h.group(1)
        m = _AR_RIGHTS_END.match(norm, h.end())
        if m is None:
            return None
        start, end = h.start(1), m.end()
        acr = _ACRONYM_RE.match(text, end)
        return start, end, acr.group(1) if acr else None, head
    acr = _ACRONYM_RE.match(text, end)
    acronym = acr.group(1) if acr else None
    if acr:
        end = acr.end()
    return start, end, acronym, head


_PORTFOLIO_OF = {"de", "du", "des", "of", "for"}
_PORTFOLIO_ART = {"la", "l", "the"}
_PORTFOLIO_LINK = {"et", "and", "de", "des", "du", "la", "l", "of", "the"}

_MINISTRIES = {"foreign-ministry", "interior-ministry", "justice-ministry", "defence-ministry",
               "immigration-ministry"}


class _End:
    """A stand-in item that only has an ``end`` (for adjacency checks)."""

    def __init__(self, end):
        self.end = end


# "عمان" without diacritics: Amman when the text names Jordan and not the Sultanate
_JORDAN_CONTEXT = re.compile("(?<![^\\s\u0640])[\u0640]*[وفبل]?[\u0640]*(?:ال)?[\u0640]*"
                             "ا[\u0640]*ر[\u0640]*د[\u0640]*ن(?=[\u0640]*(?:ي|\\W|$))")
_OMAN_CONTEXT = re.compile("سلطن[\u0640]*ه\\s+[\u0640]*ع|(?<![^\\s\u0640])[\u0640]*[وفبل]?(?:ال)?"
                           "ع[\u0640]*م[\u0640]*ا[\u0640]*ن[\u0640]*ي|مسقط(?!\\s+را)")


def _replace(m: Mention, **kw) -> Mention:
    import dataclasses
    return dataclasses.replace(m, **kw)


def _copy(e: _Entry, **kw) -> _Entry:
    n = _Entry(e.cat, e.key, e.iso, e.value, e.cs, e.cap, e.weak, e.flags)
    n.prio = e.prio
    n.capidx, n.upper = e.capidx, e.upper
    for k, v in kw.items():
        setattr(n, k, v)
    return n


def _script_ok(pattern: str, lang: str) -> bool:
    """Whether a variant belongs to a language's matcher: Arabic script for Arabic, Latin for
    French and English; Latin organisation and person names also appear in Arabic text
    ("RUSA LGBT", "CNN"), so Arabic takes them too."""
    arabic = any("\u0600" <= c <= "\u06ff" for c in pattern)
    return arabic == (lang == "ar") or (lang == "ar" and not arabic)


def _gov_label(lang, name):
    if lang == "en":
        return f"Government of {name}"
    if lang == "fr":
        return f"gouvernement ({name})"
    return f"حكومة {name}"


_SINGLETON: Optional[Gazetteer] = None
_SINGLETON_LOCK = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The shared gazetteer (built once from the shipped tables)."""
    global _SINGLETON
    if _SINGLETON is None:
        with _SINGLETON_LOCK:
            if _SINGLETON is None:
                _SINGLETON = Gazetteer()
    return _SINGLETON
