"""Arabic organisations whose own name is quoted after their head noun.

Arabic news often quotes the distinctive part of an organisation's name after the noun
that says what it is: جمعية "حلم", منظمة «بن» الدولية, موقع "المنصة", ميليشيا "الكانيات",
مؤسسة «الحق». The gazetteer knows these names without the quotation marks ("جمعية حلم",
"منظمة بن الدولية"), and its matcher ends a name at a quotation mark, so the whole name is
never found. :func:`quoted_name_mentions` reads the head, the quoted words and up to three
following words with the marks blanked, and keeps the longest gazetteer organisation that
starts at the head and reaches into the quotation.

All offsets are in the normalised text (``cues.normalized_view``); blanking a mark keeps
the length, so the gazetteer's offsets on the blanked span are offsets in that text.
"""

from __future__ import annotations

import re

__all__ = ["quoted_name_mentions"]

_QUOTES = "\"«»“”"
# head nouns of organisations, normalised spelling (ة -> ه, أ -> ا), with or without article
_HEADS = (r"جمعيه|منظمه|منظمتا|موسسه|مركز|شبكه|رابطه|هييه|حركه|حزب|جبهه|موقع|صحيفه|قناه|وكاله|"
          r"ميليشيا|مليشيا|ميليشيات|كتيبه|كتايب|مجموعه|اتحاد|نقابه|تحالف|ايتلاف|مبادره|مرصد|"
          r"لجنه|تجمع|تيار|جماعه|فرقه|منصه|مجلس|برنامج|حمله|منتدي|معهد")
_QUOTED = re.compile(r"(?<!\S)(?:و|ف|ب|ل|لل)?(?:ال)?(?:" + _HEADS + r")\s*[\"«“]([^\"«»“”\n]{2,40})[\"»”]"
                     r"((?:\s+[^\s\"«»“”.،,;:؛()]+){0,3})")
_BLANK = str.maketrans({c: " " for c in _QUOTES})


def quoted_name_mentions(norm: str, mentions: list, gz, make) -> list:
    """``mentions`` with the organisations named by a head noun and a quoted name.

    Parameters
    ----------
    norm : str
        The normalised Arabic text.
    mentions : list
        Known mentions (sorted by ``start``), with ``start`` / ``end`` / ``key`` in ``norm``.
    gz : Gazetteer
        Its ``find(text, "ar")`` gives the gazetteer mentions of a text.
    make : callable
        ``make(start, end, gazetteer_mention)`` builds a mention object of the caller's type.

    Returns
    -------
    list
        The mentions, sorted by start: a gazetteer organisation found over a head and its
        quoted name replaces the mentions inside it (the bare quoted word, a demonym).

    Examples
    --------
    >>> from rightsgraph.loaders.gazetteer import get_gazetteer
    >>> class M:
    ...     def __init__(self, s, e, g): self.start, self.end, self.key = s, e, g.key
    >>> [(m.key, m.start) for m in quoted_name_mentions('وقالت جمعيه "حلم" ان', [], get_gazetteer(), M)]
    [('org/helem', 6)]
    """
    if '"' not in norm and "«" not in norm and "“" not in norm:
        return mentions
    added = []
    for found in _QUOTED.finditer(norm):
        a, b = found.start(), found.end()
        span = norm[a:b].translate(_BLANK)
        quote_at = found.start(1) - a
        best = None
        for g in gz.find(span, "ar"):
            if not g.key.startswith("org/") or g.form != "name" or g.start > quote_at or g.end <= quote_at:
                continue        # the name must run from before the quotation into it
            if best is None or g.end - g.start > best.end - best.start:
                best = g
        if best is None:
            continue
        s, e = a + best.start, a + best.end
        if any(m.start < e and s < m.end and (m.key == best.key or (
                m.key.startswith("org/") and (m.start < s or m.end > e))) for m in mentions):
            continue            # found already (صحيفة «واشنطن بوست»), or a longer organisation covers it
        added.append((s, e, make(s, e, best)))
    if not added:
        return mentions
    out = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e, _ in added)]
    out += [m for _, _, m in added]
    out.sort(key=lambda m: m.start)
    return out
