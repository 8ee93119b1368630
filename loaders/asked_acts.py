"""English "asked X to investigate": the inquiry is asked for, the asker demands it.

"The UN Committee against Torture asked Mexico to investigate the disappearance", "Article 19
asked Mexican prosecutors to open an investigation": nobody investigates yet; the subject's act
is the request (SPEC §4 Demand: "calls on someone to act ... investigate"). The inquiry cue
right after "asked / requested / invited <addressee> to" is read as that Demand, so the
subject keeps one act of the right type and the addressee none. A passive "was asked to
investigate" (the addressee is the subject) is left alone.
"""

from __future__ import annotations

import re

from .cues import Entry, Hit

# "asked <1-6 words> to ", right before the cue; not "was / were / been asked"
_ASKED_TO = re.compile(r"(?<!was )(?<!were )(?<!been )(?<!being )\b(?:asked|asks|asking|requested|requests|requesting|"
                       r"invited|invites)\s+(?:[\w'-]+\s+){1,6}?to\s+(?:\w+ly\s+)?$")
_ASKABLE = frozenset({"Investigation"})


def asked_verdict(lang, text, hit):
    """``hit``, retyped Demand when it names an inquiry asked of an addressee (English).

    Parameters
    ----------
    lang : str
        Document language.
    text : str
        The normalised (lower-case) text the cue was matched in.
    hit : Hit
        A response cue hit.

    Returns
    -------
    Hit
        ``hit`` itself, or a Demand hit on the same span.

    Examples
    --------
    >>> from rightsgraph.loaders.cues import Entry, Hit
    >>> t = "the committee asked mexico to investigate the case."
    >>> asked_verdict("en", t, Hit(30, 41, Entry("investigate", "Investigation", "v", ""), "investigate")).entry.value
    'Demand'
    >>> t = "the committee was asked to investigate the case."
    >>> asked_verdict("en", t, Hit(27, 38, Entry("investigate", "Investigation", "v", ""), "investigate")).entry.value
    'Investigation'
    """
    if lang != "en" or hit.entry.value not in _ASKABLE or hit.entry.pos != "v":
        return hit
    if not _ASKED_TO.search(text, max(0, hit.start - 80), hit.start):
        return hit
    return Hit(hit.start, hit.end, Entry(hit.entry.cue, "Demand", hit.entry.pos, hit.entry.note), hit.surface)
