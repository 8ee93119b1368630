"""Offices named as proper nouns: "the Foreign Office" alone is the United Kingdom's.

The gazetteer's generic foreign ministry (``body/foreign-ministry``) has "foreign office"
among its names, so that "Pakistan's foreign office" or "the foreign office of Bangladesh"
is that state's ministry; the generic body is then given the country of the situation. Written
with capitals and with no country before it ("The Foreign Office summoned Iran's chargé
d'affaires", « le Foreign Office a convoqué »), the name is the British ministry's own (the
Foreign, Commonwealth and Development Office), as the Home Office is the British interior
ministry. A text that names another state's "Foreign Office" (Pakistan's) keeps the generic
reading for its bare mentions, as does an office placed by the text ("the Foreign Office in
Islamabad").
"""

from __future__ import annotations

import re

__all__ = ["british_offices"]

_GENERIC = "body/foreign-ministry"
_UK = "body/GB/foreign-ministry"
_NAME = "Foreign Office"
# a place named right after the office: the state it is in ("the Foreign Office in Islamabad")
_PLACED = re.compile(r"\s+(?:in|at|of|à|de|d')\s*[A-Z]")


def british_offices(mentions, text, pos):
    """``mentions`` with each bare, capitalised "Foreign Office" keyed as the British
    foreign ministry (see the module docstring).

    Parameters
    ----------
    mentions : list of _M
        Mentions in normalised-text offsets, sorted by start (changed in place).
    text : str
        The original text.
    pos : Positions
        Offset conversion between ``text`` and its normalised view.

    Returns
    -------
    list
        The same list.
    """
    if _NAME not in text:
        return mentions
    bare = []
    for m in mentions:
        if not m.key.endswith("/foreign-ministry"):
            continue
        surface = text[pos.to_text(m.start):pos.to_text(m.end)]
        if m.key == _GENERIC and surface == _NAME:
            if not _PLACED.match(text, pos.to_text(m.end)):
                bare.append(m)      # (not "the Foreign Office in Islamabad": that city's state)
        elif m.key != _UK and _NAME in surface:
            return mentions     # "Pakistan's Foreign Office": its bare mentions are Pakistan's
    for m in bare:
        m.key = _UK
    return mentions
