"""Locatives that place a situation, or that place nothing, for :mod:`.places` and
:mod:`.place_votes`: an area of a country after a qualified preposition ("in northern Iraq",
"dans l'est de la RDC", "في شمال سوريا"), a locative opening a sentence ("In neighbouring
Algeria, ..."), an envoy's posting ("the Iranian ambassador in Berlin"), a dual nationality
("a German-Iranian dissident"), a meeting's place, and the locatives of a headline and
lead."""

from __future__ import annotations

import re
from collections import Counter

from .attribution import ar_fold

_CLAUSE = re.compile(r"[.;:!?؟؛,،()«»\"\n]")


# --------------------------------------------------------------------------- locatives
# Qualifiers between a locative preposition and the place: "in northern Iraq", "in
# neighbouring Algeria", "in the east of the country", "dans le nord du Mali", "à l'est de
# la RDC", "في شمال سوريا", "بجنوب لبنان", "شمالي سوريا".
_COMPASS_EN = (r"(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east|"
               r"south-?west)")
_QUAL_EN = (r"(?:(?:far|northern|southern|eastern|western|central|north-?eastern|north-?western|"
            r"south-?eastern|south-?western|neighbouring|neighboring|nearby|occupied|rural|remote|"
            r"war-torn|conflict-hit|restive|landlocked|mainland|"
            r"(?:far-?)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west))\s+)")
_QUALIFIED = {
    "en": re.compile(r"(?<![\w-])(in|at|near|inside|across|throughout|within)\s+(?:the\s+)?(?:"
                     + _QUAL_EN + r"{1,3}|(?:far\s+)?" + _COMPASS_EN
                     + r"\s+of\s+(?:the\s+)?|(?:a\s+)?(?:[\w'-]+\s+){0,2}(?:region|province|state|"
                     r"district|governorate|county|city|town|village|camp|prison)\s+of\s+(?:the\s+)?)$"),
    "fr": re.compile(r"(?<!\w)(dans|en|au|a|du|de|pres)\s+(?:le\s+|la\s+|l')?(?:extreme[\s-])?"
                     r"(?:nord|sud|est|ouest|centre)(?:[\s-](?:est|ouest))?\s+"
                     r"(?:du|de\s+la|de\s+l'|des|de|d')\s*$"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:[وف]?(?:في|ب)\s*(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)ي?|"
                             r"(?:شمال|جنوب|شرق|غرب|وسط)ي)"
                             r"(?:\s+(?:ال)?(?:شرق|غرب)ي?)?\s+$")),
}


_QUAL_LAST = {
    "en": re.compile(r"(?:ern|al|far|ing|by|ed|ote|torn|hit|ive|and|of|th|st)$"),
    "fr": re.compile(r"^(?:du|de|des|d'|la|l')$|^(?:.*')?(?:du|de|des|d)$"),
    "ar": re.compile(ar_fold(r"(?:شمال|جنوب|شرق|غرب|وسط)ي?$")),
}


def qualified_preposition(norm: str, start: int, lang: str):
    """The locative preposition before a place whose name follows a compass point or a
    qualifier ("in northern Iraq", "in neighbouring Algeria", "in the north of Mali", "in the
    Amhara region of Ethiopia", "dans le nord du Mali", "في شمال سوريا", "شمالي سوريا"), else
    None.

    Parameters
    ----------
    norm : str
        The document, normalised (:func:`.cues.normalized_view`).
    start : int
        Where the place's name starts in ``norm``.
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``.
    """
    rx = _QUALIFIED.get(lang)
    if rx is None:
        return None
    a = max(0, start - 40)
    before = norm[a:start].rstrip()
    if not before or not _QUAL_LAST[lang].search(before[before.rfind(" ") + 1:]):
        return None         # (a quick test: the word before is a qualifier or "of")
    line = norm.rfind("\n", a, start)
    m = rx.search(norm, line + 1 if line >= 0 else a, start)
    if m is None:
        return None
    word = m.group(1) if lang != "ar" else m.group().split()[0]
    if lang == "ar" and not re.match(ar_fold(r"[وف]?(?:في|ب)"), word):
        return "في"         # "شمالي سوريا": in the north of Syria
    return word


# "In neighbouring Algeria, ...", "Au Niger voisin, ...", "وفي تشاد المجاورة، ...": a locative
# that opens its sentence sets where the sentence's situation is.
_FRONT = {
    "en": re.compile(r"\W*(?:(?:and|but|meanwhile|elsewhere|also|separately|yet)\W+)*"
                     r"(?:in|at|inside|across|throughout)\s+(?:the\s+)?(?:" + _QUAL_EN + r"{0,3}|"
                     r"(?:far\s+)?" + _COMPASS_EN + r"\s+of\s+(?:the\s+)?)"),
    "fr": re.compile(r"\W*(?:(?:et|mais|par\s+ailleurs|ailleurs|de\s+plus|enfin)\W+)*"
                     r"(?:en|au|aux|a|dans)\s+(?:le\s+|la\s+|les\s+|l')?(?:(?:extreme[\s-])?"
                     r"(?:nord|sud|est|ouest|centre)(?:[\s-](?:est|ouest))?\s+"
                     r"(?:du|de\s+la|de\s+l'|des|de|d')\s*)?"),
    "ar": re.compile(ar_fold(r"\W*(?:[وف]?(?:اما|كذلك)\s+)?[وف]?(?:في|ب)\s*(?:(?:ال)?(?:شمال|جنوب|شرق|"
                             r"غرب|وسط)ي?(?:\s+(?:ال)?(?:شرق|غرب)ي?)?\s+)?")),
}
_FRONT_END = {
    "en": re.compile(r"\s*,"),
    "fr": re.compile(r"(?:\s+(?:voisine?s?|proche))?\s*,"),
    "ar": re.compile(ar_fold(r"(?:\s+(?:المجاوره|المجاور|الجاره))?\s*[,،]")),
}


def fronted_locative(norm: str, na: int, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``norm[start:end]`` is a locative that opens its sentence (which
    starts at ``na``) and is set off by a comma: "In neighbouring Algeria, the authorities
    ...", "Au Niger voisin, les autorités ...", "وفي تشاد المجاورة، واصلت السلطات ..."."""
    rx, tail = _FRONT.get(lang), _FRONT_END.get(lang)
    if rx is None or start - na > 60:
        return False
    return rx.fullmatch(norm, na, start) is not None and tail.match(norm, end) is not None


# "the Iranian ambassador in Berlin", "l'ambassadeur d'Iran à Paris", "السفير الإيراني في برلين":
# where an envoy is posted is not where the situation is.
_POSTING = {
    "en": re.compile(r"\b(?:ambassadors?|envoys?|embass(?:y|ies)|charge\s+d'affaires|consulates?|"
                     r"consuls?(?:\s+general)?)\b"),
    "fr": re.compile(r"(?<!\w)(?:ambassadeurs?|ambassadrices?|ambassades?|charges?\s+d'affaires|"
                     r"consulats?|consuls?|emissaires?)(?!\w)"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وفل]?(?:ال)?(?:سفير|سفيره|سفراء|سفاره|سفارات|قنصل|قنصليه|"
                             r"القائم\s+بالاعمال|قائم\s+بالاعمال|مبعوث)(?!\S)")),
}


# summoning, recalling or expelling an envoy
_DIPLOMATIC = {
    "en": re.compile(r"\b(?:summon\w*|recall\w*|expel\w*|call(?:s|ed|ing)?\s+in|declared)\b"),
    "fr": re.compile(r"(?<!\w)(?:convoqu\w*|rappel\w*|expuls\w*|declare)(?!\w)"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وف]?(?:استدع\w*|تستدعي|يستدعي|استدعاء|سحب\w*|تسحب|طرد\w*|"
                             r"تطرد|اعتبر\w*)(?!\S)")),
}


def posting(norm: str, na: int, start: int, lang: str) -> bool:
    """Whether a locative place at ``start`` is where an envoy who is summoned, recalled or
    expelled is posted ("summoned the Chinese ambassador in Ottawa", "a convoqué l'ambassadeur
    d'Iran à Paris", "rappelé son ambassadeur à Kigali"): at most two words between the envoy
    and the place, in one clause. (An embassy where someone takes refuge or a protest is held
    is not a posting.)"""
    rx = _POSTING.get(lang)
    if rx is None:
        return False
    a = max(na, start - 60)
    last = None
    for last in rx.finditer(norm, a, start):
        pass
    if last is None:
        return False
    gap = norm[last.end():start]
    return not _CLAUSE.search(gap) and len(gap.split()) <= 2 and bool(
        _DIPLOMATIC[lang].search(norm, max(na, last.start() - 80), last.start()))


# The combining forms of French compound demonyms ("franco-iranien", "germano-iranienne").
_COMBINING_FR = {
    "franco": "FR", "germano": "DE", "anglo": "GB", "britanno": "GB", "italo": "IT",
    "belgo": "BE", "suedo": "SE", "canado": "CA", "americano": "US", "australo": "AU",
    "austro": "AT", "helveto": "CH", "hispano": "ES", "luso": "PT", "nippo": "JP",
    "sino": "CN", "russo": "RU", "irano": "IR", "israelo": "IL", "turco": "TR", "greco": "GR",
    "polono": "PL", "dano": "DK", "norvego": "NO", "neerlando": "NL", "algero": "DZ",
    "tuniso": "TN", "maroco": "MA", "libano": "LB", "syro": "SY", "egypto": "EG", "irako": "IQ",
}
_DUAL_AR = re.compile(ar_fold(r"\s+(?:من\s+اصل|من\s+اصول|الاصل)\s+"))


def dual_nationality(norm: str, votes) -> dict:
    """The parts of dual-nationality compounds in one sentence: ``{id(vote): other ISO}``
    for "German-Iranian", "British-Iranian", "franco-iranien", "ألماني من أصل إيراني",
    so that the part that is a responder's country can be set aside.

    ``votes`` are the sentence's place-bearing mentions (with ``iso``, ``form``, ``start``,
    ``end``), in text order.
    """
    out = {}
    dem = [v for v in votes if v.form == "demonym"]
    for a, b in zip(dem, dem[1:]):
        gap = norm[a.end:b.start]
        if (gap == "-" or _DUAL_AR.fullmatch(gap)) and a.iso != b.iso:
            out[id(a)] = b.iso.split("-")[0]
            out[id(b)] = a.iso.split("-")[0]
    for v in dem:
        if id(v) in out:
            continue
        m = re.search(r"(\w+)-$", norm[max(0, v.start - 12):v.start])
        if m and m.group(1) in _COMBINING_FR and _COMBINING_FR[m.group(1)] != v.iso:
            out[id(v)] = _COMBINING_FR[m.group(1)]
    return out


_MEETING = re.compile(ar_fold(
    r"(?<!\w)(?:meet(?:s|ing|ings)?|met|summit|talks|conference|session|forum|"
    r"reunions?|reunis|sommets?|conferences?|pourparlers|"
    r"[وف]?اجتماع\w*|[وف]?اجتمع\w*|قمه|مؤتمر\w*|محادثات)(?!\w)[^.,;:!?،؛\n]{0,25}$"))


def meeting_places(norm, votes, speakers=None) -> set:
    """Countries named only as where people meet or are sent ("EU ministers meeting in
    Luxembourg", "réunis au Luxembourg", "اجتماع في لوكسمبورغ", "sent to X") or as the agents
    of their sentences ("Hungary rejected the plan"): no place of a situation for a document
    that has none of its own.

    Parameters
    ----------
    norm : str
        The normalised document.
    votes : list
        Its place-bearing mentions.
    speakers : dict, optional
        Per sentence, the agents of its responses.
    """
    speakers = speakers or {}
    seen, other = set(), set()
    for v in votes:
        iso = v.iso.split("-")[0]
        if v.attached in ("dest", "venue") or v.key in speakers.get(v.sentence, ()) or (
                v.preposition and _MEETING.search(norm, max(0, v.start - 40), v.start)):
            seen.add(iso)
        else:
            other.add(iso)
    return seen - other


# A headline that opens with its topic: "Haïti : ...", "Iran: ...", "ليبيا: ..."
_TOPIC = re.compile(r"\s*[:：]")


def lead_locative(votes, headline: set, lead: set, norm: str, speakers=None):
    """The country the headline and lead place the story in, or None: each locative place
    ("in X", "à X", "في X", a city, "X :" opening the headline) counts 2 in the headline and
    1 in the lead; the best country needs 2 and twice the next one's count.

    For a document whose situation has no place of its own (migrants held in a country by
    another's policy, refugees with only hosts named); places that are destinations
    ("sent to X"), venues and meetings ("ministers meeting in Luxembourg"), an envoy's
    posting or where the speaker of a response is ("In London, the Foreign Office ...") do
    not count.

    Parameters
    ----------
    votes : iterable
        Place-bearing mentions (with ``iso``, ``key``, ``form``, ``kind``, ``preposition``,
        ``attached``, ``sentence``, ``start``, ``end``).
    headline, lead : set of int
        Indices of the headline's and the lead's sentences.
    norm : str
        The document, normalised.
    speakers : dict, optional
        Per sentence, the agents of its responses.
    """
    speakers = speakers or {}
    score: Counter = Counter()
    first = {}
    for v in votes:
        if v.sentence not in headline and v.sentence not in lead:
            continue
        if v.attached in ("dest", "venue") or v.key in speakers.get(v.sentence, ()) or \
                _MEETING.search(norm, max(0, v.start - 40), v.start):
            continue        # ("EU ministers meeting in Luxembourg": where they meet)
        topic = v.sentence in headline and not norm[:v.start].strip() and bool(
            _TOPIC.match(norm, v.end))
        if not (topic or (v.preposition and (v.kind == "Place" or v.form in (
                "name", "capital", "region", "city")))):
            continue
        iso = v.iso.split("-")[0]
        score[iso] += 2 if v.sentence in headline else 1
        first.setdefault(iso, v.start)
    if not score:
        return None
    ranked = sorted(score.items(), key=lambda kv: (-kv[1], first[kv[0]]))
    best, n = ranked[0]
    rival = ranked[1][1] if len(ranked) > 1 else 0
    return best if n >= 2 and n >= 2 * rival else None
