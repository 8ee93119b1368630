"""Arabic reported speech that judges what it reports, with no response cue.

"قالت منظمة هيومن رايتس ووتش إن شرطة مكافحة الشغب استخدمت القوة المفرطة من دون أي
مبرر": a rights body or an international organisation that reports an abuse *and
qualifies it* ("excessive", "without any justification", "reckless and unlawful",
"to silence critical voices") condemns it (SPEC §4), even when the abuse itself is told
with a verb of force ("أطلقت الرصاص الحي"), which alone would only be a finding. The
qualifiers are the ``negative`` words of ``lang/ar/evaluation.tsv``
(:func:`.implicit_lexicon.lexicon`); one negated by a word just before it ("ليس
تعسفيا", "لم يكن مفرطا") judges nothing.

Used by :meth:`.speakers.SpeakerFinding._ar_speech_acts`.

Examples
--------
>>> from rightsgraph.loaders.lang.ar.normalize import normalize
>>> text = normalize("إن الشرطة استخدمت القوة المفرطة من دون أي مبرر")
>>> judging_word(text, 0, len(text)) is not None
True
>>> text = normalize("إن الشرطة لم تستخدم القوة المفرطة")
>>> judging_word(text, 0, len(text)) is None
True
"""

from __future__ import annotations

import re

from .implicit_lexicon import lexicon

__all__ = ["judging_word", "speech_type"]

# a negation in the two words before the qualifier ("لم تستخدم القوة المفرطة")
_NEGATED_BEFORE = re.compile(r"(?<!\S)(?:و|ف)?(?:لا|لم|لن|ليس|ليست|ليسوا|غير|دون|بدون|عدم)"
                             r"(?:\s+\S+){0,2}\s*$")


def judging_word(norm, start, end):
    """The first negative qualifier said between ``start`` and ``end`` of the normalised
    Arabic text ``norm`` that no negation just before it cancels, or None.

    Parameters
    ----------
    norm : str
        Normalised Arabic text.
    start, end : int
        The span of what is said (after the complementizer).

    Returns
    -------
    re.Match or None
    """
    pattern = lexicon("ar")["negative"]
    for m in pattern.finditer(norm, start, end):
        head = norm[m.start():m.end()].strip()
        if head.startswith(("غير", "دون", "من دون")):
            return m    # ("غير قانوني", "دون أي مبرر": the negation is the judgement's own)
        if not _NEGATED_BEFORE.search(norm, max(start, m.start() - 30), m.start()):
            return m
    return None


# a finding with figures is a report's ("وثقت مقتل 91 محتجزا", "قتلت ما لا يقل عن 304 أشخاص")
_COUNT = re.compile(r"\d|(?<!\S)(?:ما لا يقل عن|اكثر من|عشرات|مئات|الاف|الآلاف|العشرات|المئات)(?!\S)")


def speech_type(norm, start, end, judging, abuses, forced, risk):
    """The act of a rights body or an international organisation that says an abuse
    happened (what is said runs from ``start`` to ``end``): ExpressionOfConcern for a risk,
    Condemnation when a qualifier judges it (``judging``), nothing for a finding with
    figures (a report's), else Accusation -- the claim that someone did it ("قالت منظمة
    القسط إن عددا من المعدومين تعرضوا للتعذيب", "قالت إن مقاتلين من فصيل X أعدموا ...").

    Parameters
    ----------
    norm : str
        Normalised Arabic text.
    start, end : int
        Span of what is said.
    judging : re.Match or None
        The qualifier found by :func:`judging_word`.
    abuses : list
        Situation cues of an abuse in what is said.
    forced : bool
        What is said tells the abuse with a verb of force ("أطلقت الرصاص").
    risk : bool
        What is said is a risk ("قد", "يهدد").

    Returns
    -------
    str or None

    >>> speech_type("ان المعتقلين تعرضوا للتعذيب", 0, 27, None, ["torture"], False, False)
    'Accusation'
    >>> speech_type("ان الشرطه قتلت 12 شخصا", 0, 22, None, [], True, False) is None
    True
    """
    if judging is None and not abuses and not forced:
        return None
    if risk:
        return "ExpressionOfConcern" if judging is not None or abuses else None
    if judging is not None:
        return "Condemnation"
    if _COUNT.search(norm, start, end):
        return None
    return "Accusation"
