"""What a rally denounces is what it is about, not a condemnation by the crowd.

A crowd that marches "to denounce the military takeover", "pour dénoncer la vie chère" or
"مرددين شعارات منددة بالغارة" holds a rally (``Demonstration``) whose purpose the verb states;
the gold gives such crowds no ``Condemnation`` (development sets: 0 of the group
condemnations of the 30 sets come from a rally's purpose; 3 read so were false). A crowd's
own statement ("the opposition denounced", "ses avocats, qui avaient dénoncé") is untouched:
only a condemnation of the same crowd in the same sentence as its rally, whose cue is a
purpose ("to", "pour", "afin de") or a participle ("denouncing", "dénonçant", "منددين",
"تنديدا"), is dropped. (A rally's demand stays its ``Demand``: the gold has it.)

:func:`drop_purpose_condemnations` is called once the responses are final.
"""

from __future__ import annotations

import re

__all__ = ["drop_purpose_condemnations"]

_PURPOSE_BEFORE = {"en": re.compile(r"(?:\bto|\bin order to)\s+$"),
                   "fr": re.compile(r"(?:\bpour|\bafin\s+de|\bafin\s+d')\s*$")}
_PARTICIPLE = {"en": re.compile(r"\w+ing$"), "fr": re.compile(r"\w+ant$"),
               "ar": re.compile(r"^(?:و)?(?:مند[دّ]|تنديد)")}


def _purpose_cue(ev, lang):
    """Whether the evidence's cue is a purpose infinitive or a participle."""
    cue = (ev.cue or "").strip()
    if not cue:
        return False
    first = cue.split()[0]
    rx = _PARTICIPLE.get(lang)
    if rx is not None and rx.search(first.lower() if lang != "ar" else first):
        return True
    before = _PURPOSE_BEFORE.get(lang)
    at = ev.text.find(cue)
    return bool(before and at > 0 and before.search(ev.text[max(0, at - 16):at].lower()))


def drop_purpose_condemnations(responses, lang):
    """Remove the ``Condemnation`` responses that state the purpose of a rally held by the
    same group in the same sentence.

    Parameters
    ----------
    responses : list of Response
    lang : str

    Returns
    -------
    list of Response

    >>> from .model import Evidence, Response
    >>> s = "Hundreds of protesters marched in the capital to denounce the coup."
    >>> rally = Response("Demonstration", ["group/TD/protesters"], [Evidence(0, 68, s, 0.8, "marched")])
    >>> cond = Response("Condemnation", ["group/TD/protesters"], [Evidence(0, 68, s, 0.8, "denounce")])
    >>> [r.type for r in drop_purpose_condemnations([rally, cond], "en")]
    ['Demonstration']
    >>> said = Response("Condemnation", ["group/TD/opposition"], [Evidence(0, 68, s, 0.8, "denounce")])
    >>> [r.type for r in drop_purpose_condemnations([rally, said], "en")]
    ['Demonstration', 'Condemnation']
    """
    rallies = {(r.evidence[0].start, k) for r in responses
               if r.type == "Demonstration" and r.evidence for k in r.agents if k.startswith("group/")}
    if not rallies:
        return responses
    out = []
    for r in responses:
        if r.type == "Condemnation" and r.evidence and r.agents and all(
                (r.evidence[0].start, k) in rallies for k in r.agents) and _purpose_cue(r.evidence[0], lang):
            continue
        out.append(r)
    return out
