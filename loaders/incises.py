"""Short incidental phrases between a verb and its complement, blanked for cue matching.

A speaker's act is often cut by an aside that carries no act of its own: the medium
("، في بيان صادر عن المتحدث باسمه،", "a, dans des déclarations séparées, appelé", "has, in a
statement, urged"), the voice ("، على لسان المتحدثة باسم مسؤوله الأعلى،"), an incised pronoun
("a, lui, appelé"), a procedure ("، في إجراء مؤقت،"). Cue expressions span a verb and
its complement ("أعرب ... عن القلق", "a appelé à", "has urged"), so the aside hides the act.

:func:`blank_incises` replaces each such aside by spaces of the same length in the text used
for cue scanning only: offsets hold, mentions and attribution still read the full text.

Examples
--------
>>> blank_incises("ont, dans des declarations separees, appele les autorites", "fr")
'ont                                  appele les autorites'
>>> blank_incises("has, in a joint statement, urged the authorities", "en")
'has                        urged the authorities'
>>> blank_incises("وأعرب الاتحاد الأوروبي، على لسان المتحدثة باسمه، عن القلق", "ar").split()
['وأعرب', 'الاتحاد', 'الأوروبي', 'عن', 'القلق']
"""

from __future__ import annotations

import re

# French: an auxiliary, then a comma-bounded aside without a verb-like clause, then a past
# participle ("a, lui, appelé", "ont, dans un communiqué commun, dénoncé", "avait, mardi, exigé").
_FR = re.compile(
    r"(?<![\w'])((?:a|ont|avait|avaient|aurait|auraient|est|sont|etait|etaient)\s*)"
    r",\s*(?!qui\b|que\b|qu'|dont\b|ou\b|lorsqu|quand\b|si\b|selon\b|d'apres\b|a en croire\b)"
    r"[^,.;:!?\"«»()\n]{2,70}?\s*,\s*"
    r"(?=[a-z]+(?:e|es|ee|ees|i|is|it|u|us|t)\b)")
# English: an auxiliary, a comma-bounded aside, then a past participle ("has, in a statement,
# urged", "had, on Tuesday, called").
_EN = re.compile(
    r"(?<![\w'])((?:has|have|had)\s*)"
    r",\s*(?!who\b|which\b|that\b|according\b|if\b|when\b|as\b)"
    r"[^,.;:!?\"()\n]{2,70}?\s*,\s*"
    r"(?=[a-z]+(?:ed|en|ne|wn|ght|id|de|ld|un)\b)")
# Arabic: a comma-bounded aside opened by a medium or a voice, after a verb and its subject ("وأعرب الاتحاد الأوروبي، في بيان، عن ..."); not a clause connector ("، في حين ...", "، في
# وقت ...") nor a day ("أصدر X، الأربعاء، تقريره": the verb and its object would swallow the subject).
_AR_OPENERS = (
    r"في (?:بيان|بيانات|تصريح|تصريحات|تغريده|تغريدات|منشور|رساله|مؤتمر|كلمه|مقابله|حديث|اجراء|خطوه|"
    r"قرار|جلسه|اجتماع|ختام|اعقاب|اشاره)|عل[ىي] لسان|عبر|من خلال|بدوره|بدورها|بدورهم|بدورهما|"
    r"هو الاخر|هي الاخر[ىي]|هم الاخرون|من جهته|من جهتها|من جانبه|من جانبها")
_AR = re.compile(
    r"(\S\s*)[،,]\s*(?:" + _AR_OPENERS + r")(?!\S)[^،,.؛;:!؟?\"«»()\n]{0,90}?[،,](?=\s*\S)")


# Arabic: an acronym or short name in parentheses after a name ("(يونيفيل)", "(أوتشا)") lengthens
# the verb-subject gap of "وأعرب الناطق باسم ... (يونيفيل) أندريا تيننتي عن القلق".
_AR_PAREN = re.compile(r"()\([^()\n\d]{2,25}\)(?=\s)")


def blank_incises(text: str, lang: str) -> str:
    """``text`` with each aside between a verb (or its subject) and its complement replaced
    by spaces of the same length (see the module docstring); other languages unchanged.

    Parameters
    ----------
    text : str
        Normalised text (lower case for French and English, folded Arabic).
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``.

    Returns
    -------
    str
        The text, of the same length.
    """
    pattern = {"fr": _FR, "en": _EN, "ar": _AR}.get(lang)
    if pattern is None:
        return text
    blank = lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1)))   # noqa: E731
    if lang == "ar" and "(" in text:
        text = _AR_PAREN.sub(blank, text)
    return pattern.sub(blank, text)
