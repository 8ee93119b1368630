"""Denouncing a falsehood is a Denial: "a dénoncé une « mise en scène »", "condemned baseless
allegations", "ندد بـ"الفيديوهات المفبركة"".

A state accused of abuses often answers with a condemnation verb whose object is what it calls
false: staged, fabricated, doctored, lies, disinformation ("Le ministère russe de la Défense a
dénoncé une « mise en scène »", "denounced the report as \\"fabricated\\"", "decried \\"fake
news\\"", "استنكرت \\"الادعاءات الكاذبة\\"", "أدانت ما وصفته بـ\\"المسرحية\\""). It judges no act of
anyone: it denies the abuse (SPEC §4 Denial). :func:`falsehood_object` tells such a
Condemnation cue; :func:`.type_precision.retype_hits` retypes it.

The falsehood must open the object, a few words after the verb ("what it called", "the report
as", "une campagne de"), with no charge, preposition of cause or abuse between: "condemned
the jailing of a blogger charged with spreading false information", "a dénoncé
l'arrestation de journalistes accusés de fausses nouvelles", "أدانت اعتقال صحفيين بتهمة نشر
أخبار كاذبة" condemn the abuse and stay Condemnations. A farce or parody of justice
("mascarade", "parodie de justice", "sham trial") judges a trial: no falsehood here.
"""

from __future__ import annotations

import re

# what the object calls false, in normalised text (lower case, no accents, Arabic folded)
_FALSEHOOD = {
    "en": re.compile(r"\b(?:fabricat\w*|fake|false(?:hoods?)?|lies|lying|baseless|unfounded|groundless|staged|"
                     r"stage-managed|doctored|disinformation|misinformation|propaganda|slander\w*|smears?|"
                     r"defamatory|fictitious|hoax|mendacious|untrue|distortions?|fabrications?)\b"),
    "fr": re.compile(r"(?<!\w)(?:truque\w*|mise en scene|mises en scene|mensong\w*|fabrique\w*|falsifi\w*|"
                     r"fausses?|faux|infonde\w*|fantaisiste\w*|calomni\w*|diffamat\w*|desinformation|"
                     r"propagande|fake news|montages?|affabulation\w*|intox\w*|contre-verites?|"
                     r"sans fondement|mensonger\w*|fallacieu\w*|manipulation\w*)(?!\w)"),
    "ar": re.compile(r"(?<![^\s\"\u00ab\u201c])(?:(?:[وب][\"\u00ab\u201c]?)?(?:ال)?(?:مفبرك\w*|ملفق\w*|كاذب\w*|اكاذيب|مسرحي\w*|افتراء\w*|افتراءات|"
                     r"زائف\w*|مضلل\w*|تضليل\w*|اباطيل|شائعات|مزاعم|فبرك\w*|تلفيق\w*|الاكاذيب)|"
                     r"(?:[وب][\"\u00ab\u201c]?)?(?:ال)?(?:ادعاءات|اتهامات)\s+(?:ال)?(?:باطل\w*|كاذب\w*|واهي\w*|مغرض\w*))"
                     r"(?![^\s\"\u00bb\u201d.,\u060c])"),
}
# between the verb and the falsehood: a charge, a cause, an abuse (then the abuse is judged)
_NOT_BETWEEN = {
    "en": re.compile(r"\b(?:accused|accusing|charged|charging|for|over|arrest\w*|jail\w*|detention|detain\w*|sentenc\w*|"
                     r"prosecut\w*|convict\w*|killing|spreading|publishing|sham|farce|trial)\b"),
    "fr": re.compile(r"(?<!\w)(?:accusee?s?|accusant|inculp\w*|pour|arrestation\w*|detention|condamnation|poursuite\w*|"
                     r"diffus\w*|publi\w*|mascarade|parodie|proces|emprisonnement|incarceration)(?!\w)"),
    "ar": re.compile(r"(?<!\S)(?:[وب]?(?:ال)?(?:تهم\w*|اتهام\w*|اعتقال\w*|حبس|سجن|احتجاز|محاكم\w*|نشر|بث|"
                     r"ترويج|بسبب|بحجه))(?!\S)"),
}
_CLAUSE_STOP = re.compile(r"[.;!?\n,\u060c\u061b:]")
_WORD = re.compile(r"\S+")
# Arabic puts the verb first: the subject stands between it and its object
_MAX_WORDS = {"en": 5, "fr": 5, "ar": 8}


def falsehood_object(lang, text, start):
    """The object after a condemnation cue (ending at ``start``) is called false.

    Parameters
    ----------
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``.
    text : str
        Normalised text.
    start : int
        End of the cue.

    Returns
    -------
    bool
        True when a falsehood word stands among the first words of the object, in the same
        clause, with no charge, cause or abuse before it.

    Examples
    --------
    >>> falsehood_object("en", 'decried "fake news" about the killings', 7)
    True
    >>> falsehood_object("en", "condemned the jailing of a blogger charged with spreading false news", 9)
    False
    """
    pat = _FALSEHOOD.get(lang)
    if pat is None:
        return False
    stop = _CLAUSE_STOP.search(text, start, min(len(text), start + 120))
    end = stop.start() if stop else min(len(text), start + 120)
    found = pat.search(text, start, end)
    if found is None:
        return False
    gap = text[start:found.start()]
    if len(_WORD.findall(gap)) > _MAX_WORDS[lang]:
        return False
    return _NOT_BETWEEN[lang].search(gap) is None
