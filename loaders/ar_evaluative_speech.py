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

__all__ = ["judging_word", "speech_type", "stated_type"]

# a negation in the two words before the qualifier ("لم تستخدم القوة المفرطة")
_NEGATED_BEFORE = re.compile(r"(?<![^\s«\"“])(?:و|ف)?(?:لا|لم|لن|ليس|ليست|ليسوا|غير|دون|بدون|عدم)"
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
        if _IMPUNITY.search(norm, max(start, m.start() - 14), m.start()):
            continue    # "الإفلات من العقاب": impunity, no punishment judged
        if not _NEGATED_BEFORE.search(norm, max(start, m.start() - 30), m.start()):
            return m
    return None


_IMPUNITY = re.compile(r"(?:الافلات|افلات|للافلات|والافلات)\s+من\s*$")

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


def _unnegated(pattern, norm, start, end, skip=()):
    """The first match of ``pattern`` in ``norm[start:end]`` that no negation just before
    cancels and whose text is not in ``skip``, or None."""
    for m in pattern.finditer(norm, start, end):
        if m.group().strip() in skip:
            continue
        if not _NEGATED_BEFORE.search(norm, max(start, m.start() - 30), m.start()):
            return m
    return None


# each kind of what is said and the act it makes; "restraint" (forces that "exercised
# restraint", acted "in legitimate self-defence") only for a state's speaker
_STATED = (("concern", "ExpressionOfConcern"), ("accuse", "Accusation"),
           ("falsity", "Denial"), ("restraint", "Denial"))


def stated_type(norm, start, end, judging, state):
    """The act of a speaker who is no rights body nor international organisation
    (a government, an official, a party, a union, a person) in what it says from ``start``
    to ``end``: the first of a negative qualifier (``judging``: Condemnation), a worry
    ("مقلق", "كارثي": ExpressionOfConcern), a charge against another ("مؤامرة", "أجندات
    خارجية": Accusation), a claim of falsity ("عار عن الصحة": Denial) or, for a state's
    speaker (``state``), of its forces' restraint or self-defence (Denial); else None.

    Parameters
    ----------
    norm : str
        Normalised Arabic text.
    start, end : int
        Span of what is said (up to a call in it, which is a Demand of its own).
    judging : re.Match or None
        The qualifier found by :func:`judging_word`.
    state : bool
        The speaker speaks for a state.

    Returns
    -------
    str or None

    >>> from rightsgraph.loaders.lang.ar.normalize import normalize
    >>> t = normalize('ان التشريع "مقلق للغايه"')
    >>> stated_type(t, 0, len(t), judging_word(t, 0, len(t)), True)
    'ExpressionOfConcern'
    >>> t = normalize("ان قوات الامن «التزمت ضبط النفس»")
    >>> stated_type(t, 0, len(t), None, True), stated_type(t, 0, len(t), None, False)
    ('Denial', None)
    >>> t = normalize("ان الوضع «غير مقلق»")
    >>> stated_type(t, 0, len(t), None, True) is None
    True
    """
    lex = lexicon("ar")
    found = [(judging.start(), "Condemnation", judging)] if judging is not None else []
    for kind, rtype in _STATED:
        if kind == "restraint" and not state:
            continue
        m = _unnegated(lex[kind], norm, start, end, skip=("ادعاءات",))
        if m is not None:
            found.append((m.start(), rtype, m))
    # the speaker's own words: a quotation ("إن الحكم «جائر»"), not the reporter's account
    # of what the speaker said ("ذكرت X أنها تدرس عقوبات بسبب انتهاكات ...")
    found = [f for f in found if _quoted(norm, start, f[2].start())]
    if not found:
        return None
    _, rtype, m = min(found, key=lambda f: f[0])
    if rtype == "ExpressionOfConcern" and judging is not None and 0 <= judging.start() - m.end() <= 12:
        return "Condemnation"   # ("تصعيد خطير", "مقلق وغير مقبول": the worry qualifies a condemnation)
    if rtype == "Condemnation" and state and _THEY.search(norm, start, min(end, start + 40)):
        return "Accusation"     # a state judging what "they" did ("إن أفعالهم ... وحشية")
    return rtype


_THEY = re.compile(r"(?<!\S)[\"«“]?(?:انهم|بانهم|\w{3,}هم)(?!\S)")


def _quoted(norm, start, pos):
    """True when ``pos`` is inside a quotation opened after ``start``."""
    depth = False
    for ch in norm[start:pos]:
        if ch == '"':
            depth = not depth
        elif ch in "«“":
            depth = True
        elif ch in "»”":
            depth = False
    return depth
