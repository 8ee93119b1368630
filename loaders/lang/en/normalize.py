"""Length-preserving normalisation for English (and any Latin-script text).

``normalize(text)`` returns a string of exactly the same length, character for
character: lower case, accents stripped, typographic apostrophes and dashes unified.
Offsets into the normalised string are therefore offsets into the original.
Characters that would change length when lower-cased (e.g. "İ") are mapped to one
character; combining marks become ``SKIP`` (a tatweel, which matchers drop from tokens).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

SKIP = "\u0640"

_PUNCT = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u2032": "'",
    "\u201b": "'", "\uff07": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200b": SKIP, "\u200c": SKIP,
    "\u200d": SKIP, "\u00ad": SKIP,
    # direction marks and BOM are not part of words
    "\u200e": " ", "\u200f": " ", "\ufeff": " ", "\u061c": " ",
    "\u202a": " ", "\u202b": " ", "\u202c": " ", "\u202d": " ", "\u202e": " ",
    "\u2066": " ", "\u2067": " ", "\u2068": " ", "\u2069": " ",
    "\u00b7": "\u00b7",
}
_SPECIAL = {"\u00df": "s", "\u00e6": "a", "\u00c6": "a", "\u0153": "o", "\u0152": "o",
            "\u00f8": "o", "\u00d8": "o", "\u0131": "i", "\u0142": "l", "\u0141": "l",
            "\u0111": "d", "\u0110": "d"}


@lru_cache(maxsize=8192)
def fold_char(c: str) -> str:
    """Fold one character to one character (lower case, no accent)."""
    if c in _PUNCT:
        return _PUNCT[c]
    if c in _SPECIAL:
        return _SPECIAL[c]
    if c.isascii():
        return c.lower()
    cat = unicodedata.category(c)
    if cat == "Mn":
        return SKIP
    low = c.lower()
    if len(low) != 1:
        low = unicodedata.normalize("NFD", c)[0].lower()
    dec = unicodedata.normalize("NFD", low)
    base = dec[0]
    if len(dec) > 1 and unicodedata.category(base)[0] == "L":
        return base
    return low


def normalize(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes; ``len(result) == len(text)``."""
    if text.isascii():
        return text.lower()
    return "".join([fold_char(c) for c in text])
