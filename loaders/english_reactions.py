"""English reactions drawn from an actor: "the verdict drew condemnation from X".

A response noun is often the object of a verb whose subject is the situation ("The arrest
drew swift condemnation from the Committee to Protect Journalists", "the sentence sparked
criticism from Germany", "the law has met with protests from rights groups"); its agent is
the actor named after "from", as after "by" in a passive. :func:`drawn_from` tells whether
the words right before a mention are such a frame (the attributor tries it on the actors
named just after a noun cue).

Examples
--------
>>> drawn_from("en", "the arrest drew swift condemnation from the")
True
>>> drawn_from("en", "refugees who fled from the")
False
"""

from __future__ import annotations

import re

__all__ = ["drawn_from", "drawn_reaction"]

_VERBS = (r"(?:dr[ae]w|drawn|draws|drawing|sparked|sparks|sparking|prompted|prompts|prompting|triggered|"
          r"triggers|triggering|provoked|provokes|provoking|attracted|attracts|received|receives|faced|faces|"
          r"facing|met with|meets with|brought|brings|elicited|elicits|earned|earns|won)")
# the verb right before the reaction noun (auxiliaries, up to two adjectives between)
_VERB_GAP = re.compile(r"\s*(?:(?:has|have|had|also|quickly|already)\s+)*" + _VERBS + r"(?:\s+[\w'-]+){0,2}\s*")
_FROM_AFTER = re.compile(r"\s+from\s")
# a verb whose object is the reaction, up to four words (adjectives, the noun) before "from"
_DRAWN_FROM = re.compile(
    r"\b" + _VERBS + r"(?:\s+[\w'-]+){1,4}?\s+from(?:\s+the)?\s*$")

_FROM_GAP = re.compile(r"\s*from(?:\s+the)?\s*")


def drawn_from(lang: str, before: str, gap: str = " from ") -> bool:
    """True when ``before`` (the normalised text right before a mention) ends in a reaction
    drawn from the mention ("... drew condemnation from the").

    Parameters
    ----------
    lang : str
        The document's language (only English is read).
    before : str
        Normalised text ending right before the mention.
    gap : str
        The text between the noun cue and the mention ("from" and an article only).

    Returns
    -------
    bool
    """
    return lang == "en" and _FROM_GAP.fullmatch(gap) is not None and _DRAWN_FROM.search(before) is not None


def drawn_reaction(lang: str, gap: str, norm: str, noun_end: int) -> bool:
    """True when a response noun ending at ``noun_end`` is the object of a verb of
    drawing ("the arrest drew swift condemnation from X"): ``gap`` (the words between the
    previous cue and the noun) is that verb and "from" follows the noun. The noun is then
    an act of its own, not the object of the cue before it.

    >>> drawn_reaction("en", " drew swift ", "arrest drew swift condemnation from cpj", 30)
    True
    >>> drawn_reaction("en", " of ", "arrest of the condemnation from cpj", 24)
    False
    """
    return lang == "en" and _VERB_GAP.fullmatch(gap) is not None and \
        _FROM_AFTER.match(norm, noun_end) is not None
