"""Where a place mention stands in the layout of a news text, and what that says about the
document's main place (used by :mod:`.place_votes`):

- a dateline ("BAMAKO (Reuters) -", "(NAIROBI) -", "جنيف - ") says where the reporter
  files from, not where the abuse happens;
- a headline label ("Mali: Russian fighters accused ...", "Centrafrique : des experts ...",
  "مالي: اتهام ...") names the country the story is about;
- a place after "from" in a clause about people ("a detainee from Gaza", "migrants
  originaires de Guinée", "القادمين من إثيوبيا") is the victims' origin, not where they are
  harmed (but "deported from X" is where it happens: see :func:`victims_origin`);
- a sub-national unit inside a region with its own government (Erbil in Iraqi Kurdistan)
  supports that region rather than rivalling it (:func:`region_parents`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .attribution_patterns import ar_fold

# after a dateline's place: an optional ", date" and "(agency)", then a dash
_DATELINE_TAIL = re.compile(r"\s*\)?\s*(?:,[^\n,()\-–—]{1,25})?\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]\s")
_DATELINE_HEAD = re.compile(r"\s*\(?\s*$")
_LABEL_TAIL = re.compile(r"\s*:")

_ORIGIN = {
    "en": re.compile(r"(?<!\w)(?:from|hailing from|originally from)\s+(?:the\s+)?"
                     r"(?:(?:[a-z-]+\s+)?(?:state|province|region|district|governorate|city|town|village)\s+of\s+"
                     r"(?:the\s+)?)?$"),
    "fr": re.compile(r"(?<!\w)(?:originaires?|venue?s?|arriv[ée]e?s?)\s+(?:de|du|des|d')\s*(?:la\s+|le\s+|l')?"
                     r"(?:(?:[ée]tat|province|r[ée]gion|district|gouvernorat|ville|village)\s+(?:[a-zéèê-]+\s+)?"
                     r"(?:de|du|des|d')\s*(?:la\s+|le\s+|l')?)?$"
                     r"|(?<!\w)en provenance\s+(?:de|du|des|d')\s*(?:la\s+|le\s+|l')?$"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:القادمين|القادمون|قادمين|المنحدرين|المتحدرين|ابناء)\s+من\s*$")),
}
# moving people from one place to another: "from X" is where it happens
_REMOVAL = {
    "en": re.compile(r"\b(?:deport\w*|transferr?\w*|expell?\w*|forcibly|abduct\w*|taken|removed|"
                     r"evacuat\w*|extradit\w*)\b"),
    "fr": re.compile(r"(?<!\w)(?:déport\w*|deport\w*|transf[éeè]r\w*|expuls\w*|emmen\w*|enlev\w*|"
                     r"extrad\w*|de force)(?!\w)"),
    "ar": re.compile(ar_fold(r"(?:ترحيل|رحل|نقل|نقلوا|ترحيلهم|تهجير|هجر|ابعاد|اختطاف|خطف|قسرا)")),
}


# a country named as one side of a border ("at the Yemen border", "the Yemen-Saudi border",
# "à la frontière avec la Libye", "على الحدود مع اليمن", "الحدود السورية التركية"): both
# sides are named, so it does not say on which side the abuse happens
_BORDER_AFTER = re.compile(r"(?:'s)?(?:\s*[-–/]\s*[\w']+(?:\s+arabia)?)?[^\S\n]+(?:border|frontier|boundary)"
                           r"(?![^\S\n]+(?:guard|police|force|patrol|agent|officer|troop|polic))")
_BORDER_BEFORE = {
    "en": re.compile(r"(?:border|frontier|boundary|crossing)[^\S\n]+(?:with|between|of)[^\S\n]+(?:the[^\S\n]+)?$"),
    "fr": re.compile(r"(?<!gardes-)(?<!garde-)(?<!police des )(?<!police aux )(?<!garde des )"
                     r"fronti[eè]res?[^\S\n]+(?:(?:[\w-]+[^\S\n]+)?(?:avec|entre|de|du|d')[^\S\n]*)?"
                     r"(?:la[^\S\n]+|le[^\S\n]+|l')?$"),
    "ar": re.compile(ar_fold(r"(?<!حرس )(?<!شرطة )(?<!شرطه )(?<!قوات )(?<!\S)[وبل]?(?:ال)?حدود(?:ها|ية|يه)?"
                             r"[^\S\n]+(?:[^\s]+[^\S\n]+)?(?:مع[^\S\n]+)?$")),
}


_BORDER_WORDS = {"en": ("border", "frontier", "boundary", "crossing"), "fr": ("fronti",),
                 "ar": (ar_fold("حدود"),)}


def is_border(norm: str, lang: str, start: int, end: int) -> bool:
    """Whether the mention at ``norm[start:end]`` names a side of a border.

    >>> is_border("killings of migrants at yemen border", "en", 24, 29)
    True
    >>> is_border("abandonnes pres de la frontiere libyenne", "fr", 32, 40)
    True
    >>> is_border("migrants held in yemen", "en", 17, 22)
    False
    >>> is_border("saudi border guards shot", "en", 0, 5)
    False
    """
    near = norm[max(0, start - 30):end + 30]
    if not any(w in near for w in _BORDER_WORDS.get(lang, ())):
        return False
    before = _BORDER_BEFORE.get(lang)
    if before and before.search(norm, max(0, start - 30), start):
        return True
    return lang == "en" and _BORDER_AFTER.match(norm, end, min(len(norm), end + 30)) is not None


# a state's custody, prisons or camps ("died in Israeli custody", "Israel's Sde Teiman detention
# camp", "held by Israel", "dans les prisons égyptiennes", "في السجون الإسرائيلية"): where
# the detainees are, whoever they are
_FACILITY_EN = r"(?:custody|captivity|prisons?|jails?|detention|cells?|camps?|bases?|facilit(?:y|ies)|cent(?:re|er)s?)"
_CUSTODY_BEFORE = {
    "en": re.compile(r"(?:(?<!\w)(?:in|into|inside|at)\s+(?:an?\s+|the\s+)?|"
                     r"(?<!\w)(?:held|detained|imprisoned|jailed|kept)\s+by\s+(?:the\s+)?)$"),
    "fr": re.compile(r"(?:(?<!\w)(?:dans|en|aux?)\s+(?:les\s+|la\s+|le\s+|des\s+|une?\s+)?"
                     r"(?:prisons?|geoles?|detention|captivite|centres?\s+de\s+detention|camps?|cellules?|bases?)\s+|"
                     r"(?<!\w)(?:detenu\w*|emprisonne\w*|incarcere\w*)\s+par\s+(?:la\s+|le\s+|l')?)$"),
    "ar": re.compile(ar_fold(r"(?:(?<!\S)(?:في|داخل)\s+(?:ال)?(?:سجون|معتقلات|سجن|معتقل|مراكز\s+احتجاز|"
                             r"مراكز\s+الاحتجاز)\s+|(?<!\S)(?:المحتجزين|المعتقلين|الأسرى|الاسرى)\s+"
                             r"(?:لدى|في\s+سجون)\s+)$")),
}
_CUSTODY_AFTER_EN = re.compile(r"(?:'s)?\s+(?:[\w-]+\s+){0,3}?" + _FACILITY_EN + r"(?!\w)")


_CUSTODY_WORDS = {
    "en": ("custod", "captiv", "prison", "jail", "detention", "cell", "camp", "base", "facilit", "cent", " by "),
    "fr": ("prison", "captiv", "geole", "detention", "camp", "cellule", "base", " par "),
    "ar": tuple(ar_fold(w) for w in ("سجن", "سجون", "معتقل", "احتجاز", "لدى")),
}


def in_custody(norm: str, lang: str, start: int, end: int, demonym: bool) -> bool:
    """Whether the mention at ``norm[start:end]`` names the state holding people in its
    custody, prisons or camps.

    >>> in_custody("53 detainees had died in israeli custody", "en", 25, 32, True)
    True
    >>> in_custody("israel's sde teiman detention camp", "en", 0, 6, False)
    True
    >>> in_custody("dans les prisons egyptiennes", "fr", 17, 28, True)
    True
    >>> in_custody("the israeli military denied it", "en", 4, 11, True)
    False
    """
    rx = _CUSTODY_BEFORE.get(lang)
    near = norm[max(0, start - 40):end + 40]
    if rx is None or not any(w in near for w in _CUSTODY_WORDS[lang]):
        return False
    window = norm[max(0, start - 40):start]
    if "\n" in window:
        window = window[window.rfind("\n") + 1:]
    if rx.search(window):
        if lang != "en" or not demonym:
            return True
        # "in Israeli custody": the demonym qualifies the facility that follows
        return _CUSTODY_AFTER_EN.match(norm, end, min(len(norm), end + 40)) is not None
    if lang == "en":
        m = _CUSTODY_AFTER_EN.match(norm, end, min(len(norm), end + 40))
        return m is not None and (demonym or norm.startswith("'s", end))
    return False


def is_dateline(norm: str, start: int, end: int) -> bool:
    """Whether the mention at ``norm[start:end]`` is a dateline: it opens its line (perhaps
    after "(") and is followed by an optional date and agency and a dash
    ("GENEVA -", "BAMAKO, 3 May (Reuters) -", "(NAIROBI) -", "باماكو - ").

    >>> is_dateline("headline\\n\\nbamako (reuters) - troops shot", 10, 16)
    True
    >>> is_dateline("troops in bamako - shot", 10, 16)
    False
    """
    line_start = norm.rfind("\n", 0, start) + 1
    if not _DATELINE_HEAD.fullmatch(norm, line_start, start):
        return False
    return _DATELINE_TAIL.match(norm, end, min(len(norm), end + 60)) is not None


# an organisation's seat, named in apposition to it: "X, based in London,", "the London-based X",
# "basée à Genève", "dont le siège est à Paris", "ومقرها لندن" (marked "مقر" by ar_actors.seat_places)
_SEAT_BEFORE = {
    "en": re.compile(r"(?:\bbased|\bheadquartered)\s+in\s+(?:the\s+)?$"),
    "fr": re.compile(r"(?:\bbase|\bbasee|\bbases|\bbasees|siege\s+est|son\s+siege|siegeant)\s+(?:a|au|aux|en)\s+$"),
}
_SEAT_AFTER = {"en": re.compile(r"-based\b"), "fr": re.compile(r"$^")}


def is_seat(norm: str, lang: str, start: int, end: int, preposition=None) -> bool:
    """Whether the place mention at ``norm[start:end]`` names where an organisation is based,
    not where anything happens.

    >>> is_seat("the rights group, based in london, said", "en", 27, 33)
    True
    >>> is_seat("the london-based group said", "en", 4, 10)
    True
    >>> is_seat("the group said in london", "en", 18, 24)
    False
    """
    if preposition == "مقر":
        return True
    before, after = _SEAT_BEFORE.get(lang), _SEAT_AFTER.get(lang)
    return bool(before and before.search(norm, max(0, start - 30), start)) or bool(
        after and after.match(norm, end))


def is_headline_label(norm: str, start: int, end: int) -> bool:
    """Whether the mention opens its line and is followed by a colon ("Mali: ...",
    "Centrafrique : ...", "مالي: ..."): the label of a headline.

    >>> is_headline_label("mali: russian fighters accused", 0, 4)
    True
    >>> is_headline_label("russian fighters in mali: report", 20, 24)
    False
    """
    line_start = norm.rfind("\n", 0, start) + 1
    if norm[line_start:start].strip():
        return False
    return _LABEL_TAIL.match(norm, end, min(len(norm), end + 3)) is not None


_ORIGIN_WORDS = {"en": ("from",), "fr": ("origin", "venu", "arriv", "provenance"),
                 "ar": (ar_fold("من"),)}


def victims_origin(norm: str, lang: str, start: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether the mention at ``start`` follows "from" in a sentence that does not move people
    away ("a Palestinian detainee from Gaza"; not "children deported from Ukraine").

    >>> victims_origin("a detainee from gaza was abused", "en", 16, 0, 31)
    True
    >>> victims_origin("children deported from kherson", "en", 23, 0, 30)
    False
    >>> victims_origin("workers, most of them from the indian state of kerala", "en", 47, 0, 53)
    True
    """
    rx = _ORIGIN.get(lang)
    window = norm[max(sentence_start, start - 30):start]
    if not any(w in window for w in _ORIGIN_WORDS.get(lang, ())):
        return False
    if rx is None or not rx.search(norm, max(sentence_start, start - 30), start):
        return False
    removal = _REMOVAL.get(lang)
    return not (removal and removal.search(norm, sentence_start, sentence_end))


# "from (the occupied regions of) X" before the place, in a sentence moving people away
_FROM_AREA = {
    "en": re.compile(r"(?<!\w)from\s+(?:the\s+)?(?:(?:occupied|annexed|northern|southern|eastern|western|"
                     r"\w+-held)\s+)?(?:(?:areas?|regions?|territor(?:y|ies)|parts?|zones?)\s+of\s+)?"
                     r"(?:the\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:depuis|hors)\s+(?:de\s+)?(?:la\s+|le\s+|les\s+|l')?(?:(?:r[ée]gions?|zones?|"
                     r"territoires?|parties?)\s+(?:occup[ée]e?s?\s+|annex[ée]e?s?\s+)?(?:de\s+|du\s+|des\s+|d'))?"
                     r"(?:la\s+|le\s+|l')?$"),
    "ar": re.compile(ar_fold(r"(?<!\S)من\s+(?:(?:المناطق|الأراضي|الاراضي|أراضي|اراضي|مناطق)\s+"
                             r"(?:المحتلة\s+)?(?:في\s+|من\s+)?)?$")),
}
TO_WORD = {   # a movement's destination word (also place_scenes)
    "en": re.compile(r"(?<!\w)(?:to|into|towards)(?!\w)"),
    "fr": re.compile(r"(?<!\w)(?:vers|jusqu'en|en direction)(?!\w)"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وف]?(?:إلى|الى|نحو)(?!\S)")),
}
# a harm that is feared, not done: "faces torture in X", "risque d'être torturé"
_AT_RISK = {
    "en": re.compile(r"(?<!\w)(?:faces?|facing|risks?|risk of|at risk of|fears?|fear of|danger of|would face|"
                     r"could face|likely to face)\s+(?:\w+\s+){0,2}$"),
    "fr": re.compile(r"(?<!\w)(?:risque\w*|menac\w*|craint\w*|expos\w*|encour\w*)\s+(?:d'[eê]tre\s+|de\s+|d'|la\s+|"
                     r"[àa]\s+|des\s+)?(?:\w+\s+){0,1}$"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:[وف]?(?:يواجه|تواجه|يواجهون|يواجهوا|يواجهن|خطر|مخاطر|لخطر|بخطر|يخشى|تخشى|"
                             r"يخشون|يتعرض|تتعرض|يتعرضون|يتعرضوا|يتعرضن|تعرضهم|تعريضهم|معرضون|معرضين|"
                             r"مهدد|مهددون|مهددين))\s+(?:\S+\s+){0,2}$")),
}


def at_risk(norm: str, lang: str, cue_start: int, sentence_start: int) -> bool:
    """Whether the situation cue at ``cue_start`` is a feared harm ("he faces torture",
    "risque d'être torturé", "يواجه خطر التعذيب"), not one done.

    >>> at_risk("saying he faces torture in tajikistan", "en", 16, 0)
    True
    >>> at_risk("police used torture in prisons", "en", 12, 0)
    False
    """
    rx = _AT_RISK.get(lang)
    return bool(rx and rx.search(norm, max(sentence_start, cue_start - 30), cue_start))


_FROM_WORDS = {"en": ("from",), "fr": ("depuis", "hors"), "ar": (ar_fold("من"),)}


def removal_frames(norm: str, lang: str, votes, sentence_start: int, sentence_end: int):
    """People moved away from a country: ``(sources, destinations)`` among ``votes`` (the
    place mentions of one sentence) -- "children taken from the occupied regions of X to
    camps in Y", "transférés depuis les zones occupées de X vers Y", "رحلت ... من X إلى Y".
    X is where it happens, Y only a destination.
    """
    rx = _FROM_AREA.get(lang)
    cue_words = _FROM_WORDS.get(lang, ())
    sources = [v for v in votes if v.form != "demonym"
               and any(w in norm[max(sentence_start, v.start - 45):v.start] for w in cue_words)
               and rx.search(norm, max(sentence_start, v.start - 45), v.start)]
    if not sources:
        return [], []
    removal = _REMOVAL.get(lang)
    if removal is None or not removal.search(norm, sentence_start, sentence_end):
        return [], []
    first = min(v.end for v in sources)
    to = TO_WORD[lang]
    dests = [v for v in votes if v.start >= first and v not in sources
             and v.iso.split("-")[0] not in {s.iso.split("-")[0] for s in sources}
             and to.search(norm, first, v.start)]
    return sources, dests


@lru_cache(maxsize=1)
def region_parents() -> dict:
    """``{code: parent}`` of the sub-national units of the gazetteer (``IQ-AR`` -> ``IQ-KR``)."""
    from .gazetteer.lookup import read_table
    return {row["code"].strip(): (row.get("parent") or "").strip() for row in read_table("regions.tsv")}


def inside(iso: str, region: str) -> bool:
    """Whether unit ``iso`` lies inside ``region`` (through the gazetteer's parents)."""
    parents = region_parents()
    seen = set()
    while iso in parents and iso not in seen:
        seen.add(iso)
        iso = parents[iso]
        if iso == region:
            return True
    return False
