"""Where an organisation's name ends: a leader after it, an acronym after a list in it.

Two shapes of news text make the name found for an unlisted organisation differ from the name
the organisation has, and so its key differ from the key the same organisation gets in
another document or language:

- a party or movement named with its leader: "le parti Ensemble pour la République de Moïse
  Katumbi", "the party Citizens First of Harry Kalaba". The leader is no word of the name:
  :func:`strip_leader` cuts "de/d'/of <Prénom Nom>" when the words are capitalised personal
  names, not a place the gazetteer knows ("Parti démocratique de Guinée Équatoriale" keeps
  its country);
- a name holding a list of nouns, then its acronym: "l'Association des victimes, parents et
  amis du 28-Septembre (Avipa)". The name finder stops at the first comma;
  :func:`acronym_after_list` reads on to the bracketed acronym when the acronym's letters
  spell the name (its first letter the name's, the others in order in the words).

Keys of unlisted organisations follow gold's most frequent convention (tests/
test_org_linking_r7_bank.py): the acronym the text gives in brackets, else the name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["strip_leader", "acronym_after_list"]

_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+"
_LEADER = {
    "fr": re.compile(r"\s+(?:de|d'|d’)\s*(?P<person>" + _NAME_WORD + r"(?:[ -]" + _NAME_WORD + r"){1,3})$"),
    "en": re.compile(r"\s+of\s+(?P<person>" + _NAME_WORD + r"(?:[ -]" + _NAME_WORD + r"){1,3})$"),
}
# the list inside the name and the acronym after it ("…, parents et amis du 28-Septembre (Avipa)")
_LIST_TO_ACRONYM = re.compile(r"(?P<tail>(?:\s*,\s*|\s+(?:et|and)\s+)[^,;.:()«»\"“”\n]{1,45}?){1,3}?"
                              r"\s*\((?P<acr>[A-Z][A-Za-z0-9-]{1,11})\)")


def _fold(text):
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _place_words():
    """Folded single words of the place names of the gazetteer (countries, capitals, cities,
    regions, subdivisions, in every language)."""
    from .gazetteer.table_loading import read_table

    out = set()
    for table in ("countries.tsv", "capitals.tsv", "cities.tsv", "regions.tsv", "subdivisions.tsv"):
        for row in read_table(table):
            for field, value in row.items():
                if not value or field in ("code", "parent", "iso", "type", "key", "wikidata"):
                    continue
                for name in value.split("|"):
                    out.update(w for w in re.split(r"[\s'’-]+", _fold(name)) if len(w) > 2)
    return frozenset(out)


def strip_leader(name, lang):
    """``name`` without a trailing leader ("de Moïse Katumbi", "of Harry Kalaba").

    Parameters
    ----------
    name : str
        The organisation's name as found.
    lang : str
        "fr" or "en" (other languages: unchanged).

    Returns
    -------
    str
        The name, cut before the leader when the words after "de"/"of" are two to four
        capitalised personal names none of which is a place word of the gazetteer, and at
        least two words remain.

    Examples
    --------
    >>> strip_leader("Ensemble pour la République de Moïse Katumbi", "fr")
    'Ensemble pour la République'
    >>> strip_leader("Parti démocratique de Côte d'Ivoire", "fr")
    "Parti démocratique de Côte d'Ivoire"
    """
    rx = _LEADER.get(lang)
    found = rx.search(name) if rx else None
    if found is None:
        return name
    head = name[:found.start()]
    if len(head.split()) < 2:
        return name
    places = _place_words()
    if any(w in places for w in re.split(r"[\s'’-]+", _fold(found.group("person"))) if w):
        return name
    return head


def _spells(acronym, words):
    """True when ``acronym`` starts with the first word's initial and its other letters
    follow in order in the words."""
    text = "".join(words)
    acr = _fold(acronym).replace("-", "")
    if not acr or not text or acr[0] != text[0]:
        return False
    k = 1
    for ch in acr[1:]:
        k = text.find(ch, k)
        if k < 0:
            return False
        k += 1
    return True


def acronym_after_list(text, end, name):
    """The end offset and acronym of a name that goes on past ``end`` with a list of nouns
    up to a bracketed acronym spelling it ("l'Association des victimes, parents et amis du
    28-Septembre (Avipa)"), else None.

    Parameters
    ----------
    text : str
        The text.
    end : int
        Where the name found ends.
    name : str
        The name found (its first word is the head).

    Returns
    -------
    tuple of (int, str) or None
        The end of the full name (before the bracket) and the acronym.
    """
    found = _LIST_TO_ACRONYM.match(text, end)
    if found is None:
        return None
    stop = text.rfind("(", end, found.start("acr"))
    tail = text[end:stop].rstrip()
    words = [w for w in re.split(r"[\s,'’-]+", _fold(name + " " + tail)) if w]
    if not _spells(found.group("acr"), words):
        return None
    return end + len(tail), found.group("acr")
