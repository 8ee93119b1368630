"""Arabic actors the gazetteer does not name, recognised by what they are called.

A UN body is often named by its function and the adjective "أممي" (of the United Nations)
instead of its full name: "فريق التحقيق الأممي", "لجنة التحقيق الأممية", "الخبراء
الأمميون", "المقررة الأممية الخاصة". Such a phrase is a mention of ``org/united-nations``
(the principal every UN office, agency, rapporteur and mission maps to), unless the
gazetteer already names something there.

An organisation's seat named in apposition ("منظمة القسط، ومقرها لندن،", "وهو منظمة مستقلة
مقرها بيروت") is a place, never the agent of the act that follows: :func:`seat_places`
marks it as a locative.

The functions work on the normalised text (``cues.normalized_view``) and on the mention
objects of ``extract._Reader`` (any object with ``start``, ``end`` and ``key``).
"""

from __future__ import annotations

import re
from dataclasses import replace

_HEAD = (r"(?:ال)?(?:لجنه|فريق|بعثه|مكتب|وكاله|هييه|خبراء|خبير|خبيره|مقرر|مقرره|مبعوث|مبعوثه|منسق|"
         r"منسقه|محققو|محققون|محققين|مسوول|مسوولو|مسوولون|مفوض|مفوضه|موظفو|وفد)")
_HEAD_WORD = re.compile(_HEAD)
# a UN body named by its function and the adjective "أممي": up to four words between
_UN_BODY = re.compile(
    r"(?<!\S)(?:و|ف|ب|ل|لل)?" + _HEAD +
    r"(?:\s+(?!ال?امم)[^\s.،,;:؛«»\"]+){0,4}?\s+(?:ال)?(?:اممي|امميه|امميون|امميين|امميتان)(?!\S)")


def un_body_mentions(norm: str, mentions: list, make) -> list:
    """``mentions`` plus one ``org/united-nations`` mention per UN body named by the
    adjective "أممي" where no known mention overlaps.

    Parameters
    ----------
    norm : str
        The normalised Arabic text.
    mentions : list
        Known mentions (sorted by ``start``), with ``start`` / ``end`` in ``norm``.
    make : callable
        ``make(start, end, surface)`` builds a mention object of the caller's type.

    Returns
    -------
    list
        The mentions, sorted by start.

    Examples
    --------
    >>> class M:
    ...     def __init__(self, s, e, surface): self.start, self.end, self.key = s, e, "org/united-nations"
    >>> [m.start for m in un_body_mentions("وقال فريق التحقيق الاممي ان", [], M)]
    [5]
    """
    spans = [(m.start, m.end) for m in mentions if not m.key.startswith("group/")]
    added = []
    for found in _UN_BODY.finditer(norm):
        a, b = found.start(), found.end()
        first = norm[a:b].split()[0]
        for cut in (0, 1, 2):       # a clitic before the head stays outside the mention
            if _HEAD_WORD.fullmatch(first[cut:]):
                a += cut
                break
        if any(x < b and a < y for x, y in spans):
            continue
        added.append(make(a, b, norm[a:b]))
    if not added:
        return mentions
    out = list(mentions) + added
    out.sort(key=lambda m: m.start)
    return out


# "ومقرها لندن", "مقره في جنيف", "التي تتخذ من باريس مقرا لها": the seat of an organisation
_SEAT = re.compile(r"(?<!\S)(?:و)?(?:مقر|مقره|مقرها|مقرهم|مقرهما|ومقرها|ومقره)\s+(?:في\s+)?$|"
                   r"(?<!\S)(?:يتخذ|تتخذ|يتخذون|اتخذ|اتخذت)\s+من\s+$")


def seat_places(norm: str, mentions: list) -> list:
    """``mentions`` with the seat of an organisation named in apposition marked as a
    locative (its ``preposition`` set to "مقر"), so that it is taken for no agent.

    Parameters
    ----------
    norm : str
        The normalised Arabic text.
    mentions : list
        Mentions (dataclass objects with ``start``, ``end``, ``key``, ``preposition``).

    Returns
    -------
    list
        The mentions, the seats replaced.

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class M:
    ...     start: int; end: int; key: str; preposition: object = None
    >>> norm = "وكانت منظمه القسط، ومقرها لندن، قد وثقت"
    >>> [m.preposition for m in seat_places(norm, [M(6, 17, "org/alqst"), M(26, 30, "gov/GB")])]
    [None, 'مقر']
    """
    if "مقر" not in norm and "تتخذ" not in norm and "يتخذ" not in norm:
        return mentions
    out = []
    for m in mentions:
        if not m.preposition and m.key.startswith(("gov/", "place/")) and \
                _SEAT.search(norm, max(0, m.start - 24), m.start):
            m = replace(m, preposition="مقر")
        out.append(m)
    return out
