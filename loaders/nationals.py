"""A demonym that names people's nationality, not the place of what happened to them.

"a Sri Lankan woman who died in a detention facility in Nagoya", "attacks on Chinese
citizens", "des ressortissants chinois agressés", "une femme sri-lankaise", "مواطنين صينيين":
the demonym qualifies a person noun and says whose nationals the victims are. The place
of the situation is where they are, which the rest of the text names; so such a demonym
neither attaches to a situation cue nor votes with a demonym's full weight.
"""
from __future__ import annotations

import re

from .syntax_words import _ar_re

# English: the demonym precedes the person noun ("Chinese citizens", "a Sri Lankan woman")
_EN_AFTER = re.compile(
    r"\s*(?:-born\b|(?:(?:domestic|migrant|foreign)\s+)?(?:citizens?|nationals?|expatriates?|"
    r"migrants?|woman|women|man|men|workers?|maids?|housemaids?|nannies|tourists?|students?|"
    r"pilgrims?|fishermen|sailors?|seafarers?|businessm[ae]n|businesswom[ae]n|asylum[- ]seekers?|"
    r"residents?|passport[- ]holders?)\b)", re.IGNORECASE)
# French and Arabic: the person noun precedes the demonym ("ressortissants chinois", "مواطنين صينيين")
_FR_BEFORE = re.compile(
    r"(?<!\w)(?:citoyen(?:ne)?s?|ressortissant(?:e)?s?|femmes?|hommes?|travailleu(?:r|se)s?|"
    r"migrant(?:e)?s?|touristes?|[eé]tudiant(?:e)?s?|expatri[eé](?:e)?s?|"
    r"demandeu(?:r|se)s? d'asile|r[eé]sident(?:e)?s?|p[eê]cheurs?|marins?|ouvri(?:er|ère|ere)s?|"
    r"p[eè]lerins?|exil[eé](?:e)?s?)\s+$", re.IGNORECASE)
_AR_BEFORE = _ar_re(
    r"(?<!\S)(?:[وف]?(?:ال)?(?:مواطن|مواطنه|مواطنين|مواطنون|مواطنات|رعايا|امراه|سيده|عامل|عامله|"
    r"عمال|العمال|طلاب|طالب|طالبه|سياح|سائح|مهاجر|مهاجرين|مهاجرون|مقيمين|مقيم|صياد|صيادين|صيادون|"
    r"بحار|بحاره|بحارة|حجاج))\s+$")


def names_nationals(norm: str, start: int, end: int, lang: str) -> bool:
    """Whether the demonym at ``norm[start:end]`` qualifies a person noun (a nationality).

    Parameters
    ----------
    norm : str
        The document's normalised text.
    start, end : int
        The demonym's span in ``norm``.
    lang : str
        "ar", "fr" or "en".

    Returns
    -------
    bool
        True for "Chinese citizens", "une femme sri-lankaise", "مواطنين صينيين".
    """
    if lang == "en":
        return bool(_EN_AFTER.match(norm, end))
    before = norm[max(0, start - 30):start]
    if lang == "fr":
        return bool(_FR_BEFORE.search(before))
    if lang == "ar":
        return bool(_AR_BEFORE.search(before))
    return False
