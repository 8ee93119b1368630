"""Quantities ("650 000 signatures", "3,600 troops", "15 سفيرا") and dates.

Quantities
----------
:func:`find_quantities` reads numbers written with digits (thin spaces, spaces, commas or
dots as thousands separators; Arabic-Indic digits are already folded by normalisation),
scale words ("million", "مليون", "ألف", "mille") and a few number words, then takes the
following word as the unit, mapped to an English unit label when it is a known one
(signatures, troops, people, refugees, ambassadors...).

Dates
-----
:func:`find_date` returns an xsd lexical form: ``YYYY-MM-DD`` (xsd:date), ``YYYY-MM``
(xsd:gYearMonth) or ``YYYY`` (xsd:gYear). Absolute dates ("19 October 2017", "2 juin",
"في أغسطس", "Dec. 5") take the document's year when they have none; relative ones ("last
week", "on Friday", "vendredi", "يوم الجمعة", "yesterday", "أمس") are resolved against
the document date and skipped when it is unknown.

Examples
--------
>>> from rightsgraph.loaders.quantities import find_quantities, find_date
>>> [(q.value, q.unit) for q, _ in find_quantities("plus de 650 000 signatures", "fr")]
[(650000.0, 'signatures')]
>>> find_date("on Friday", "en", "2022-01-08")
'2022-01-07'
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .model import Quantity

_NUM = r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f\u2009,.]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])"
_SCALE = {
    "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "billion": 1e9,
    "mille": 1e3, "thousand": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9,
    "الف": 1e3, "آلاف": 1e3, "الاف": 1e3, "ألف": 1e3,
}
_WORDS = {
    "en": {"a dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000, "two": 2,
           "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50,
           "a hundred": 100, "one hundred": 100},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "cinquante": 50, "cent": 100,
           "centaines": 200, "milliers": 2000, "dizaines": 20},
    "ar": {"اثنان": 2, "ثلاثه": 3, "اربعه": 4, "اربعين": 40, "خمسه": 5, "سته": 6, "سبعه": 7,
           "عشره": 10, "عشرين": 20, "خمسين": 50, "مئه": 100, "مئات": 200, "الاف": 2000,
           "عشرات": 20, "مليون": 1e6},
}
_UNITS = {
    "signatures": "signatures", "signature": "signatures", "توقيع": "signatures",
    "troops": "troops", "soldiers": "troops", "soldats": "troops", "troupes": "troops",
    "فرد": "troops", "جندي": "troops", "عسكري": "troops",
    "people": "people", "persons": "people", "personnes": "people", "شخص": "people",
    "شخصا": "people", "refugees": "refugees", "refugies": "refugees", "لاجئ": "refugees",
    "لاجيء": "refugees", "لاجيا": "refugees", "ambassadors": "ambassadors",
    "ambassadeurs": "ambassadors", "سفيرا": "ambassadors", "سفير": "ambassadors",
    "detainees": "detainees", "prisoners": "prisoners", "سجينا": "prisoners",
    "معتقلا": "detainees", "countries": "countries", "pays": "countries", "دوله": "countries",
    "دول": "countries", "chechens": "people", "شيشاني": "people", "شيشانيا": "people",
    "victims": "victims", "victimes": "victims", "ضحيه": "victims", "migrants": "migrants",
    "مهاجر": "migrants",
}
_NUM_RE = re.compile(_NUM)
_WORD_RE = {lang: re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                             + r")(?!\w)") for lang, words in _WORDS.items()}
_FOLLOW = re.compile(r"\s*(?:(million|millions|milliard|milliards|billion|mille|thousand|"
                     r"مليون|ملايين|مليار|الف|الاف|آلاف|ألف)\s*)?(?:(?:of|de|d'|من)\s+)?([^\W\d]\w*)?")


def _value(raw: str) -> float:
    digits = re.sub(r"[ \u00a0\u202f\u2009]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", digits):
        return float(re.sub(r"[,.]", "", digits))
    return float(digits.replace(",", "."))


def find_quantities(norm_text: str, lang: str):
    """Yield ``(Quantity, (start, end))`` for the counted things in a normalised text."""
    found = []
    for m in _NUM_RE.finditer(norm_text):
        value = _value(m.group(1))
        if 1900 <= value <= 2100 and "," not in m.group(1) and " " not in m.group(1):
            continue  # a year, not a count
        found.append((m.start(), m.end(), value))
    words = _WORD_RE.get(lang)
    if words is not None:
        for m in words.finditer(norm_text):
            found.append((m.start(), m.end(), float(_WORDS[lang][m.group(1)])))
    found.sort()
    for start, end, value in found:
        follow = _FOLLOW.match(norm_text, end)
        unit = None
        stop = end
        if follow:
            scale, word = follow.group(1), follow.group(2)
            if scale:
                value *= _SCALE.get(scale, 1)
            if word:
                unit = _UNITS.get(word) or _UNITS.get(word.rstrip("s"))
                if unit is None and lang == "ar" and word.startswith("ال"):
                    unit = _UNITS.get(word[2:])
            stop = follow.end()
        if unit:
            yield Quantity(value, unit), (start, stop)


def nearest_quantity(norm_text: str, lang: str, pos: int, start: int, end: int,
                     units=None):
    """The quantity in ``norm_text[start:end]`` closest to ``pos`` (optionally of ``units``)."""
    best = None
    for q, (s, e) in find_quantities(norm_text[start:end], lang):
        if units and q.unit not in units:
            continue
        distance = abs(start + s - pos)
        if best is None or distance < best[0]:
            best = (distance, q)
    return best[1] if best else None


# ----------------------------------------------------------------------------- dates

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
    "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11,
    "كانون الاول": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6, "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3,
    "الجمعه": 4, "السبت": 5, "الاحد": 6,
}
_MONTH_ALT = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_DAY_ALT = "|".join(sorted(map(re.escape, _WEEKDAYS), key=len, reverse=True))
_DMY = re.compile(r"(?<!\d)(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:de\s+)?(" + _MONTH_ALT
                  + r")\.?(?:\s*\(\S+\))?(?:,?\s+(\d{4}))?(?!\w)")
_MDY = re.compile(r"(?<!\w)(" + _MONTH_ALT + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?!\w)")
_MY = re.compile(r"(?<!\w)(?:in|en|في|منذ|since|depuis|fin|early|late|debut)\s+(?:(?:le\s+)?mois\s+d[e']\s*)?("
                 + _MONTH_ALT + r")(?:\s*/\s*\S+)?(?:\s*\(\S+\))?(?:,?\s+(\d{4}))?(?!\w)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)|(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
_YEAR = re.compile(r"(?<!\w)(?:in|en|في|عام|year|annee|l'an)\s+(\d{4})(?!\d)")
_WEEKDAY = re.compile(r"(?<!\w)(?:on\s+|يوم\s+|ce\s+)?(" + _DAY_ALT + r")(?!\w)")
_RELATIVE = {
    "en": [(r"\blast week\b", -7, "week"), (r"\byesterday\b", -1, "day"),
           (r"\btoday\b", 0, "day"), (r"\blast month\b", -1, "month"),
           (r"\blast year\b", -1, "year"), (r"\bthis year\b", 0, "year")],
    "fr": [(r"la semaine derniere", -7, "week"), (r"(?<!\w)hier(?!\w)", -1, "day"),
           (r"aujourd'hui", 0, "day"), (r"le mois dernier", -1, "month"),
           (r"l'an dernier|l'annee derniere", -1, "year"), (r"cette annee", 0, "year")],
    "ar": [(r"الاسبوع الماضي", -7, "week"), (r"(?<!\S)امس(?!\S)", -1, "day"),
           (r"(?<!\S)اليوم(?!\S)", 0, "day"), (r"الشهر الماضي", -1, "month"),
           (r"العام الماضي", -1, "year"), (r"هذا العام", 0, "year")],
}
_RELATIVE_RE = {lang: [(re.compile(p), n, u) for p, n, u in rows] for lang, rows in _RELATIVE.items()}
# Cheap tests before the expensive expressions: each of _DMY, _MDY and _MY matches only
# where a month name (its first word) is a whole word of the text, _WEEKDAY only where a
# weekday is, and _ISO, _DMY, _MDY and _YEAR only where there is a digit (_ISO and _YEAR:
# four in a row, _ISO also a "-" or "/").
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_MONTH_FIRST = frozenset(name.split()[0] for name in _MONTHS)
_DAY_WORDS = frozenset(_WEEKDAYS)


def _parse_doc_date(doc_date):
    if not doc_date:
        return None
    try:
        return date.fromisoformat(doc_date[:10])
    except ValueError:
        return None


def _ymd(year, month, day=None):
    if day:
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}"


def find_date(norm_text: str, lang: str, doc_date=None):
    """The first date in a (normalised) sentence, as an xsd lexical form, or None.

    Parameters
    ----------
    norm_text : str
        The sentence, normalised (lower case, no accents; Arabic letters folded).
    lang : str
    doc_date : str, optional
        The document's date (YYYY-MM-DD), against which relative dates are resolved.
    """
    norm_text = norm_text.lower()
    ref = _parse_doc_date(doc_date)
    digit = _DIGIT.search(norm_text) is not None
    year4 = digit and _FOUR_DIGITS.search(norm_text) is not None    # _ISO and _YEAR need one
    words = set(_WORD.findall(norm_text))
    month = not words.isdisjoint(_MONTH_FIRST)
    m = _ISO.search(norm_text) if year4 and ("-" in norm_text or "/" in norm_text) else None
    if m:
        if m.group(1):
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        return _ymd(int(m.group(6)), int(m.group(5)), int(m.group(4)))
    m = _DMY.search(norm_text) if digit and month else None
    if m and (m.group(3) or ref):
        year = int(m.group(3)) if m.group(3) else ref.year
        return _ymd(year, _MONTHS[m.group(2)], int(m.group(1)))
    m = _MDY.search(norm_text) if digit and month and lang == "en" else None
    if m and lang == "en" and (m.group(3) or ref):
        year = int(m.group(3)) if m.group(3) else ref.year
        return _ymd(year, _MONTHS[m.group(1)], int(m.group(2)))
    m = _MY.search(norm_text) if month else None
    if m and (m.group(2) or ref):
        month = _MONTHS[m.group(1)]
        year = int(m.group(2)) if m.group(2) else ref.year
        if not m.group(2) and ref and month > ref.month:
            year -= 1
        return _ymd(year, month)
    if ref is not None:
        for regex, days, unit in _RELATIVE_RE.get(lang, []):
            if regex.search(norm_text):
                if unit == "day":
                    return (ref + timedelta(days=days)).isoformat()
                if unit == "week":
                    return (ref + timedelta(days=days)).isoformat()[:7]
                if unit == "month":
                    month = ref.month - 1 or 12
                    year = ref.year if ref.month > 1 else ref.year - 1
                    return f"{year:04d}-{month:02d}"
                return f"{ref.year + days:04d}"
        m = _WEEKDAY.search(norm_text) if not words.isdisjoint(_DAY_WORDS) else None
        if m:
            back = (ref.weekday() - _WEEKDAYS[m.group(1)]) % 7
            return (ref - timedelta(days=back)).isoformat()
    m = _YEAR.search(norm_text) if year4 else None
    if m:
        return m.group(1)
    return None
