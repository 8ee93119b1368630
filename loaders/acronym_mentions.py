"""Later mentions of an organisation by the acronym its first mention gave in brackets.

News introduces an organisation the gazetteer does not know once, by its full name and
its acronym ("le Syndicat des professionnels de la presse de Guinée (SPPG)", "the Zambia
Union of Journalists (ZUJ)"), and then names it by the acronym alone: "« ... », a dénoncé
le SPPG", "Le SPPG a exigé ...", "ZUJ said". :mod:`.unknown_orgs` keys such a name by its
acronym (``org/sppg``); this module adds every later free occurrence of the same acronym
as a mention of that organisation, so the acts told with the acronym have their agent.

Only an acronym of three to twelve characters with at least two capitals counts, written
exactly as in the brackets, after the name, outside any mention already found.

Examples
--------
>>> later_acronyms("Le Syndicat national (SNJ) a protesté. Le SNJ a exigé, le SNJ-CGT aussi.",
...                [(3, 20, "org/snj", "NGO", "SNJ")])
[(42, 45, 'org/snj', 'NGO')]
"""

from __future__ import annotations

import re

__all__ = ["later_acronyms"]

_SHAPE = re.compile(r"^[A-Z](?=(?:.*[A-Z]){1})[A-Za-z0-9-]{2,11}$")


def later_acronyms(text, found, taken=()):
    """``(start, end, key, kind)`` of the later bare mentions of ``found``'s acronyms.

    Parameters
    ----------
    text : str
        The original text (acronyms keep their capitals in it); all offsets refer to it.
    found : iterable of tuple
        ``(start, end, key, kind, acronym)`` of the organisations named with an acronym in
        brackets (``acronym`` None for the others, which are ignored).
    taken : iterable of tuple
        ``(start, end)`` spans already given to other mentions.

    Returns
    -------
    list of tuple
        ``(start, end, key, kind)``, in text order, each after the named mention.
    """
    spans = sorted(list(taken) + [(a, b) for a, b, *_ in found])
    out = []
    for a, b, key, kind, acr in found:
        if not acr or not _SHAPE.match(acr):
            continue
        for m in re.finditer(r"(?<![\w'\u2019-])" + re.escape(acr) + r"(?![\w-])", text):
            s, e = m.span()
            if s <= b + 2 or (s > 0 and text[s - 1] == "("):
                continue        # the bracket of the name itself, or an earlier mention
            if any(x < e and s < y for x, y in spans):
                continue
            out.append((s, e, key, kind))
            spans.append((s, e))
    out.sort()
    return out
