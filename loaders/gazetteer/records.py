"""Records of the gazetteer: :class:`Mention` (what ``find`` returns), the trie
entries a table row becomes (``_Entry``) and the raw or composed matches of one ``find``
(``_Item``), with their copy helpers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .patterns import _PRIO


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


class _End:
    """A stand-in item that only has an ``end`` (for adjacency checks)."""

    def __init__(self, end):
        self.end = end


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
