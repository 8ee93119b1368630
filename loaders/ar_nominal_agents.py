"""The author of an Arabic response noun named after it with "من" or "عن".

"ولقي القرار ترحيبا من مفوض الأمم المتحدة السامي" (a welcome from X), "وصدر تنديد عن
منظمة التعاون الإسلامي" (a condemnation issued by X), "وجاءت إدانة ... عن الخارجية": a
noun of praise or welcome takes its author with "من" like the judgements do ("إدانات
واسعة من X", :mod:`.subject_finding`); "عن" names the author only after a verb of issuing
("صدر", "جاء", "ورد"), since elsewhere it names a topic ("الدفاع عن X", "الإفراج عن X").

Examples
--------
>>> bool(issued_by("وصدر تنديد عن ", 5, 10))
True
>>> bool(issued_by("وتحدث تنديد عن ", 6, 11))
False
"""

from __future__ import annotations

import re

__all__ = ["AUTHOR_KINDS", "WELCOME_NOUN", "issued_by"]

# who issues a statement named after "عن" (a state is named by its ministry or official;
# "عن الحكومة" after a verb of issuing is rarer than "عن" + a topic country)
AUTHOR_KINDS = ("NGO", "IntergovernmentalOrganization", "GovernmentBody", "Official")

# nouns of welcome and praise (normalised): their complement with "من" is their author
WELCOME_NOUN = re.compile(r"(?:و|ب)?(?:ال)?(?:ترحيب|ترحيبا|اشاده|اشادات|اشاده واسعه|تاييد|تاييدا)")
# a verb of issuing just before the noun ("وصدر تنديد", "صدرت إدانات", "وجاء ترحيب")
_ISSUED = re.compile(r"(?<!\S)(?:و|ف)?(?:صدر|صدرت|جاء|جاءت|ورد|وردت|توالت|توالي)\s+$")


def issued_by(norm, hit_start, hit_end):
    """True when the noun at ``[hit_start, hit_end)`` of ``norm`` follows a verb of issuing
    and is followed by "عن" (its author comes next)."""
    if not re.match(r"\s*عن\s", norm[hit_end:hit_end + 6]):
        return False
    return bool(_ISSUED.search(norm, max(0, hit_start - 12), hit_start))


# a verb of judging with its object and predicate, no complementizer ("اعتبرت X تصريحات Y
# «تدخلا سافرا»", "وصفت X القرار «انتهاكا»"): its subject holds the judgement
_JUDGING_VERB = re.compile(r"(?<!\S)(?:و|ف)?(?:اعتبر|اعتبرت|اعتبروا|تعتبر|يعتبر|معتبرا|معتبره|وصف|وصفت|وصفوا|"
                           r"تصف|يصف|واصفا|واصفه)(?!\S)")
_CLAUSE_BREAK = re.compile(r"(?<!\S)(?:ان|انه|انها|بان|بانه|بانها|الذي|التي|الذين)(?!\S)|[.;:؛]")


def judging_verb_end(norm, start, hit_start):
    """End of the last verb of judging between ``start`` and the noun at ``hit_start``
    (at most 20 words before it, no complementizer or relative between), or None.

    >>> judging_verb_end("اعتبرت الوزاره التصريحات تدخلا سافرا", 0, 26)
    6
    """
    verb = None
    for verb in _JUDGING_VERB.finditer(norm, start, hit_start):
        pass
    if verb is None or len(norm[verb.end():hit_start].split()) > 20 or \
            _CLAUSE_BREAK.search(norm, verb.end(), hit_start):
        return None
    return verb.end()


# a response noun whose construct-state complement is its author ("إدانة الخارجية الفرنسية
# للحكم", "ترحيب منظمة العفو بالقرار"): only a speaking body, and only when the noun is
# issued ("وجاءت إدانة X") or its own object follows with "ل"/"ب" ("إدانة X للحكم"); a
# person or a state after "إدانة" is mostly who is convicted or condemned
_RESPONSE_NOUN = re.compile(r"(?:و|ف)?(?:ادانه|تنديد|استنكار|انتقاد|رفض|نفي|ترحيب|اشاده|دعوه|مطالبه|تحذير)")
_OBJECT_AFTER = re.compile(r"\s+(?:لل|ل|بال|ب)\S+")


def construct_author(norm, hit_start, hit_end, mention):
    """True when ``mention`` right after the response noun ``[hit_start, hit_end)`` is the
    noun's author (see above).

    >>> class M: start, end, kind, key = 11, 29, "GovernmentBody", "body/FR/foreign-ministry"
    >>> construct_author("وجاءت ادانه الخارجيه الفرنسيه للحكم", 6, 11, M)
    True
    """
    if not _RESPONSE_NOUN.fullmatch(norm[hit_start:hit_end]) or norm[hit_end:mention.start].strip():
        return False
    if mention.kind not in AUTHOR_KINDS or re.search(r"court|prosecut|judic", mention.key):
        return False
    return bool(_ISSUED.search(norm, max(0, hit_start - 12), hit_start) or
                _OBJECT_AFTER.match(norm, mention.end))
