"""Background told about an actor that does not react: no act of this story.

A sentence whose predicate is a non-reaction ("declined to comment", "has so far remained
silent", "n'a pas encore réagi", "s'est refusé à tout commentaire", "لم تعلق", "التزمت
الصمت") often describes the silent actor, or another one named in it, by a non-restrictive
relative clause on what it did before:

- "Sweden, which has repeatedly criticised Ankara, declined to comment on the verdict";
- "Australia and Japan, both of which have voiced concerns in the past, did not comment";
- "L'Allemagne, qui avait convoqué l'ambassadeur après une exécution similaire, n'a pas réagi";
- "ولم تعلق السويد، التي سبق أن انتقدت اعتقال الصحفيين، على الحكم".

The cue inside such a clause (between ", which" / ", qui" / "، التي" and the next comma)
names an earlier act that the story only recalls to contrast with the silence; it is no
response to the situation told, so :func:`background_cue` tells the cue reader to drop it.
A cue outside the clause ("..., while Britain, which has long defended him, condemned the
verdict": "condemned" follows the clause) is untouched, and so is any relative clause of a
sentence that reports a reaction.
"""

from __future__ import annotations

import re

# ", which" / ", who" / ", both of which", ", qui", ", lequel", "، التي", "، الذي" ...
_RELATIVE = {
    "en": re.compile(r",\s*(?:which|who|(?:both|all|each|neither|one|some|many|most|several)\s+of\s+"
                     r"(?:which|whom))\s", re.I),
    "fr": re.compile(r",\s*(?:qui|lequel|laquelle|lesquels|lesquelles)\s", re.I),
    "ar": re.compile(r"[\u060c,]\s*(?:التي|الذي|الذين|اللتين|اللذين|اللتان|اللذان|اللواتي|اللاتي)\s"),
}
# the clause closes at the next comma or clause punctuation
_CLAUSE_END = {"en": re.compile(r"[,;:()]"), "fr": re.compile(r"[,;:()]"),
               "ar": re.compile(r"[\u060c,;\u061b:()]")}
# a non-reaction predicate (normalised text: French without accents, Arabic folded)
_SILENT = {
    "en": re.compile(
        r"\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing))\s+to\s+(?:comment|respond|react|say)"
        r"|\b(?:did|does|do)\s+not\s+(?:immediately\s+|yet\s+|publicly\s+)?(?:comment|respond|react|reply)"
        r"|\b(?:has|have|had)\s+(?:not|yet\s+to|so\s+far\s+not)\s+(?:yet\s+|publicly\s+)?"
        r"(?:comment(?:ed)?|respond(?:ed)?|react(?:ed)?|repl(?:ied|y))"
        r"|\b(?:remain(?:ed|s)?|stay(?:ed|s)?|kept|keeps|been)\s+(?:largely\s+|conspicuously\s+)?(?:silent|quiet)\b"
        r"|\bno\s+(?:immediate\s+)?comment\b|\bcould\s+not\s+be\s+reached\b", re.I),
    "fr": re.compile(
        r"(?<!\w)s'(?:est|sont|etait|etaient)\s+refuses?e?s?\s+a\s+tout\s+commentaire"
        r"|(?<!\w)(?:a|ont|avait|avaient)\s+refuse\s+de\s+(?:commenter|reagir|s'exprimer|repondre)"
        r"|(?<!\w)n'(?:a|ont|avait|avaient)\s+(?:pas|toujours\s+pas|jamais)\s+(?:encore\s+|publiquement\s+)?"
        r"(?:reagi|commente|repondu|souhaite\s+(?:commenter|reagir|s'exprimer|repondre))"
        r"|(?<!\w)ne\s+s'(?:est|sont|etait|etaient)\s+pas\s+(?:encore\s+)?exprimee?s?"
        r"|(?<!\w)(?:reste|restee|restes|restees|restent|est\s+restee?|sont\s+restee?s)\s+(?:muets?|muettes?|silencieu\w*)"
        r"|(?<!\w)(?:garde|gardent|a\s+garde|ont\s+garde)\s+le\s+silence"
        r"|(?<!\w)(?:pas|aucun)\s+de\s+commentaire|(?<!\w)sans\s+commentaire", re.I),
    "ar": re.compile(
        r"(?<!\S)[وف]?لم\s+(?:ت|ي)(?:علق|رد|صدر|تسن)"
        r"|(?<!\S)[وف]?(?:امتنع|امتنعت|امتنعوا|رفض|رفضت|رفضوا)\s+(?:عن\s+)?(?:ال)?تعليق"
        r"|(?<!\S)[وف]?(?:التزم|التزمت|التزموا|لزم|لزمت|تلتزم|يلتزم)(?:\s+\S+){0,10}?\s+(?:ال)?صمت"
        r"|(?<!\S)لا\s+تعليق|(?<!\S)عن\s+(?:ال)?تعليق"),
}
# how far a clause may open before its cue, and a sentence reach
_WINDOW = 240


def _sentence_bounds(text, pos, width=_WINDOW):
    """``(start, end)`` of the sentence around ``pos``, within ``width`` characters each side."""
    lo = max(0, pos - width)
    cut = max(text.rfind(c, lo, pos) for c in ".!?\n\u061f")
    start = lo if cut < 0 else cut + 1
    hi = min(len(text), pos + width)
    ends = [i for i in (text.find(c, pos, hi) for c in ".!?\n\u061f") if i >= 0]
    return start, (min(ends) if ends else hi)


def background_cue(lang, text, start, end):
    """True when the cue at ``text[start:end]`` lies inside a non-restrictive relative clause of a
    sentence whose predicate is a non-reaction (see the module docstring).

    Parameters
    ----------
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``.
    text : str
        The normalised document text.
    start, end : int
        Offsets of the cue.

    Returns
    -------
    bool
    """
    rel = _RELATIVE.get(lang)
    if rel is None or rel.search(text, max(0, start - _WINDOW), start) is None:
        return False        # (cheap test first: most cues have no relative clause before them)
    s_start, s_end = _sentence_bounds(text, start)
    opening = None
    for m in rel.finditer(text, s_start, start):
        opening = m
    if opening is None:
        return False
    if _CLAUSE_END[lang].search(text, opening.end(), start):
        return False        # the clause closed before the cue
    close = _CLAUSE_END[lang].search(text, end, s_end)
    clause_end = close.start() if close else s_end
    silent = _SILENT[lang]
    # the non-reaction is the sentence's, outside the clause (before or after it)
    return bool(silent.search(text, s_start, opening.start()) or silent.search(text, clause_end, s_end))
