"""Acts named with a negative determiner did not happen: "sent no troops", "voiced no
concern", "n'a exprimé aucune préoccupation", "من دون أن تصدر عنها أي إدانة".

The sentence reader negates a cue after a negated verb ("did not condemn", "n'a pas
condamné", "لم تدن"); :func:`negated_act` covers the determiner that negates the act itself:

- English / French: "no", "aucun(e)", "nul(le)" among the cue's own words ("sent no troops",
  "voiced no concern", "exprimé aucune préoccupation"), never its first word, nor "no right
  to lecture" (a rejection); denials and rejections (which say no by nature, "insisted that no
  one was tortured") are left to the caller (:func:`.type_precision.retype_hits` skips them);
- Arabic: "أي" right before the act noun, after a negation a few words back ("من دون أن تصدر
  عنها أي إدانة", "ولم يصدر عنها أي ...").

"condemned any attack", "concern that no investigation had been opened", "a condamné sans
aucune ambiguïté" keep their act: the determiner is in the object, after the cue.
"""

from __future__ import annotations

import re

_INSIDE = {
    "en": re.compile(r"\s(?:no)\s(?!right|business|place|basis|lesson)"),
    "fr": re.compile(r"\s(?:aucune?|nulle?)\s(?!droit|lecon|fondement)"),
}
# Arabic (normalised text): a negation, up to five words, then "اي" right before the cue
# (or "أي موقف إدانة", "أي بيان تنديد": a noun of stance between)
_AR_BEFORE = re.compile(r"(?<!\S)(?:لم|لا|دون|بدون|ما|ليس|عدم|غير)\s+(?:\S+\s+){0,5}?اي\s+(?:(?:موقف|بيان|تصريح|كلمه)\s+)?$")


def negated_act(lang, text, start, end):
    """The cue ``text[start:end]`` (normalised text) names an act with a negative determiner.

    Parameters
    ----------
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``.
    text : str
        Normalised text.
    start, end : int
        The cue's span.

    Returns
    -------
    bool

    Examples
    --------
    >>> negated_act("en", "uzbekistan sent no troops.", 11, 25)
    True
    >>> negated_act("ar", "من دون ان تصدر عنها اي ادانه", 23, 28)
    True
    >>> negated_act("ar", "وادانت مصر اي اعتداء", 0, 6)
    False
    """
    inside = _INSIDE.get(lang)
    if inside is not None:
        return inside.search(text, start, end) is not None
    if lang == "ar":
        return _AR_BEFORE.search(text, max(0, start - 60), start) is not None
    return False
