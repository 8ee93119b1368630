"""Where the scene of a situation is, against who acts in it or what it is about (round 8b):

- a foreign state's armed attack lands on a place that the text names as an area ("south
  Lebanon", "جنوب لبنان", "le nord-est de la Syrie") or with a demonym on a place noun
  ("villes ukrainiennes", "Ukrainian cities", "المدن الأوكرانية"): that place is where it
  happens, however far from the attack noun; the attacker's demonym only names who attacks;
- a background event in another country ("after an attack in Ankara", "après l'attentat
  d'Ankara", "بعد هجوم في أنقرة") places that event, not the sentence's situation;
- migrants' nationality ("migrants, mostly Iraqis", "المهاجرين ... من العراقيين") is not where
  they are pushed back or drowned; people harmed at sea or in a host country are harmed where
  the sentence's locative says ("drowned off Calabria, in southern Italy");
- a rally's cause ("pro-Palestinian", "en soutien aux Palestiniens", "المؤيدة للفلسطينيين") is
  a topic, so a ban or crackdown on such rallies stays in the country that bans them.

:func:`scene_roles` re-labels the place votes of :mod:`.place_votes` (``attached``).
"""

from __future__ import annotations

import re

from .attribution import ar_fold
from .harm_sites import resides
from .place_frames import TO_WORD
from .state_strikes import WEAPON_NOUNS

_CLAUSE = re.compile(r"[.;:!?؟؛,،()«»\"\n]")

# kinds of situation whose place is where force lands
_FORCE_KINDS = frozenset({"ArmedAttack", "Killing"})
_HARM_KINDS = frozenset({"Killing", "Torture", "ArmedAttack", "ArbitraryDetention", "EnforcedDisappearance"})

# a compass point right before the place, without a preposition ("south Lebanon", "جنوب لبنان",
# "شمال شرقي سوريا", "le sud du Liban", "north-east of Syria"); with a preposition see .locatives
_COMPASS = {
    "en": re.compile(r"(?<![\w-])(?:(?:far[\s-])?(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?|"
                     r"central)\s+(?:of\s+)?(?:the\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:nord|sud|est|ouest|centre)(?:[\s-](?:est|ouest))?\s+(?:du|de\s+la|de\s+l'|des|de|d')\s*$"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وفب]?(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)ي?(?:\s+(?:ال)?(?:شرق|غرب)ي?)?\s+$")),
}

# a demonym on a place noun names the place ("villes ukrainiennes", "المدن الاوكرانية", "the
# Ukrainian city of Odesa", "Lebanese villages")
_PLACE_NOUN_BEFORE = {
    "fr": re.compile(r"(?<!\w)(?:villes?|villages?|localites?|quartiers?|regions?|provinces?|territoires?|"
                     r"zones?|cotes?|ports?|frontieres?|sols?|infrastructures?|hopitaux|hopital|"
                     r"centrales?|positions?)\s+$"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وفب]?(?:ال)?(?:مدن|مدينة|بلدات|بلدة|قرى|قرية|مناطق|منطقة|اراضي|"
                             r"الاراضي|مواقع|موانئ|سواحل|الحدود|حدود|مستشفيات|منشات|محطات)\s+$")),
}
_PLACE_NOUN_AFTER = {
    "en": re.compile(r"^\s+(?:cities|city|towns?|villages?|regions?|provinces?|territory|soil|"
                     r"coast|coastline|ports?|port\s+city|capital|hospitals?|power\s+(?:plants?|stations?)|"
                     r"infrastructure|neighbourhoods?|neighborhoods?)(?!\w)"),
}

# a temporal phrase that opens a background event: "after an attack in X", "après l'attentat de X",
# "بعد هجوم في X", "الأيام التي تلت الهجوم على ... في X"
_BACKGROUND = {
    "en": re.compile(r"(?<!\w)(?:after|following|in\s+the\s+wake\s+of|in\s+retaliation\s+for|"
                     r"in\s+response\s+to|days\s+after|weeks\s+after)\s+(?:[\w'-]+\s+){0,3}?"
                     r"(?:attacks?|bombings?|blasts?|explosions?|assault|raid|shooting|massacre|outbreak\s+of\s+(?:the\s+)?war)(?!\w)"),
    "fr": re.compile(r"(?<!\w)(?:apres|a\s+la\s+suite\s+d[eu']|suite\s+a|en\s+represailles\s+a|"
                     r"en\s+riposte\s+a)\s*(?:l'|le\s+|la\s+|les\s+|un\s+|une\s+|au\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:attentats?|attaques?|explosions?|assaut|fusillade|massacre|declenchement\s+de\s+la\s+guerre)(?!\w)"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:بعد|عقب|اثر|إثر|اعقاب|أعقاب|تلت|اعقبت|أعقبت|ردا\s+على|رداً\s+على)"
                             r"\s+(?:\S+\s+){0,3}(?:ال)?(?:هجوم|هجمات|تفجير|انفجار|اعتداء|الهجوم|هجوما|حرب)(?!\S)")),
}

# migrants (not refugees fleeing a situation): their nationality is not the place
_MIGRANTS = {
    # (the people, not the asylum: "granted asylum to Chechen gay men" is about Chechnya)
    "en": re.compile(r"migrant|asylum.seeker|exile"),
    "fr": re.compile(r"migrant|exile|demandeu"),
    "ar": re.compile(ar_fold(r"مهاجر")),
}

# a rally's cause: "pro-Palestinian", "propalestinien", "in support of Palestinians", "المؤيدة للفلسطينيين"
_CAUSE = {
    "en": re.compile(r"(?<!\w)(?:pro-?|(?:in\s+)?(?:support|solidarity)\s+(?:of|with|for)\s+(?:the\s+)?"
                     r"(?:people\s+of\s+)?)$"),
    "fr": re.compile(r"(?<!\w)(?:pro-?|(?:en\s+)?(?:soutien|solidarite)\s+(?:aux|au|a\s+la|a|avec\s+les|"
                     r"avec\s+la|avec\s+le|avec)\s*(?:l')?(?:peuple\s+)?)$"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:\S*(?:مؤيد|مناصر|داعم)\S*|تضامنا|تضامناً|دعما|دعماً|نصرة)\s+"
                             r"(?:مع\s+)?(?:لل|ل|ال)?$")),
}


# a national flag or symbol waved at a rally: "drapeaux palestiniens", "Palestinian flags", "الأعلام الفلسطينية"
_FLAG_BEFORE = {
    "fr": re.compile(r"(?<!\w)(?:drapeaux?|keffiehs?|couleurs)\s+$"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وب]?(?:ال)?(?:اعلام|أعلام|علم|الكوفية|كوفيات)\s+$")),
}
_FLAG_AFTER = {"en": re.compile(r"^\s+(?:flags?|keffiyehs?|colours|colors)(?!\w)")}


_OF_PLACE = {
    "en": re.compile(r"\s+(?:of|from|in)\s+"),
    "fr": re.compile(r"\s+(?:de|d'|du|en|a)\s*"),
    "ar": re.compile(ar_fold(r"\s+(?:في|من)\s+")),
}


# a direction: "towards British territory" is where people go, not where it happens
_TOWARDS = {
    "en": re.compile(r"(?<!\w)(?:to|towards?|into|for)\s+(?:the\s+)?(?:\S+\s+){0,2}$"),
    "fr": re.compile(r"(?<!\w)(?:vers|jusqu'a|en\s+direction\s+d[eu']?|pour|rejoindre)\s+(?:\S+\s+){0,2}$"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:نحو|الى|إلى|باتجاه|صوب)\s+(?:\S+\s+){0,1}$")),
}


# an attack noun or armed force qualified by a state's demonym names who attacks ("Israeli strikes",
# "frappes russes", "غارات إسرائيلية", "the Israeli army", "الجيش الإسرائيلي")
# the weapon and strike nouns of .state_strikes, and the army's own names
_ATTACK_EN = (r"(?:" + WEAPON_NOUNS["en"] + r"|forces|troops|army|military|soldiers|navy|air\s+force|invasion)")
_PERPETRATOR_AFTER = {"en": re.compile(r"^\s+" + _ATTACK_EN + r"(?!\w)")}
_PERPETRATOR_BEFORE = {
    "fr": re.compile(r"(?<!\w)(?:" + WEAPON_NOUNS["fr"] + r"|armee|forces|troupes|soldats|invasion|artillerie|"
                     r"aviation)"
                     r"(?:\s+(?:aeriennes?|armees|militaires?))?\s+$"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وفب]?(?:ال)?(?:" + WEAPON_NOUNS["ar"] + r"|جيش|قوات|عدوان|طيران)"
                             r"(?:\s+\S+)?\s+$")),
}
_BODY_ATTACK = {
    "en": re.compile(r"\s" + _ATTACK_EN + r"$"),
    "fr": re.compile(r"^(?:l')?(?:frappes?|bombardements?|armee|forces|troupes|aviation)\s"),
    "ar": re.compile(ar_fold(r"^(?:ال)?(?:غارات|قصف|ضربات|مسيرات|طائرات|جيش|قوات|طيران|مدفعية)\s")),
}
_LOCATED = frozenset({"loc", "adj", "origin", "label"})


def _cues_by_sentence(cues):
    out: dict = {}
    for c in cues:
        if not c.response:
            out.setdefault(c.sentence, []).append(c)
    return out


def is_compass_area(norm: str, lang: str, start: int) -> bool:
    """Whether a compass point comes right before the place ("south Lebanon", "جنوب لبنان").

    Parameters
    ----------
    norm : str
        The normalised document.
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``.
    start : int
        Where the place's name starts.
    """
    pattern = _COMPASS.get(lang)
    return bool(pattern and pattern.search(norm[max(0, start - 40):start]))


def is_place_demonym(norm: str, lang: str, start: int, end: int) -> bool:
    """Whether a demonym qualifies a place noun ("villes ukrainiennes", "Ukrainian cities",
    "المدن الأوكرانية"), so names a place rather than an actor."""
    before = _PLACE_NOUN_BEFORE.get(lang)
    if before is not None and before.search(norm[max(0, start - 30):start]):
        return True
    after = _PLACE_NOUN_AFTER.get(lang)
    return bool(after is not None and after.search(norm[end:end + 30]))


def background_span(norm: str, lang: str, a: int, b: int):
    """``(start, end)`` of a background-event phrase in the sentence ``[a, b)`` ("after an
    attack in Ankara"), up to the next clause mark or 12 words; else None."""
    m = _BACKGROUND[lang].search(norm, a, b)
    if m is None:
        return None
    stop = _CLAUSE.search(norm, m.end(), b)
    end = stop.start() if stop else b
    words = norm[m.end():end].split()
    if len(words) > 12:
        end = m.end() + len(" ".join(words[:12])) + 1
    return m.start(), end


def is_cause(norm: str, lang: str, start: int) -> bool:
    """Whether a people or country is a rally's cause ("pro-Palestinian", "en soutien aux
    Palestiniens", "المؤيدة للفلسطينيين")."""
    return bool(_CAUSE[lang].search(norm[max(0, start - 40):start]))


def is_flag(norm: str, lang: str, start: int, end: int) -> bool:
    """Whether a demonym names a flag or symbol ("drapeaux palestiniens", "Palestinian flags")."""
    before = _FLAG_BEFORE.get(lang)
    if before is not None and before.search(norm[max(0, start - 30):start]):
        return True
    after = _FLAG_AFTER.get(lang)
    return bool(after is not None and after.search(norm[end:end + 20]))


def scene_roles(norm: str, lang: str, votes, cues, sentence_of) -> None:
    """Re-label place votes by the scene rules of this module (see the module docstring):
    ``loc`` for the place an attack lands on or people are harmed in, ``background`` for a
    background event abroad, ``nationals`` for migrants' nationality, ``topic`` for a rally's
    cause.

    Parameters
    ----------
    norm : str
        The normalised document.
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``.
    votes : list of PlaceVote
        The document's place votes (changed in place).
    cues : list of EventCue
        The document's situation cues.
    sentence_of : dict
        Sentence index -> ``(start, end)`` in ``norm``.
    """
    if lang not in _BACKGROUND:
        return
    by_sentence = _cues_by_sentence(cues)
    force_doc = any(c.kind in _FORCE_KINDS for cs in by_sentence.values() for c in cs)
    for vote in votes:
        if vote.attached is not None:
            continue
        here = [c for c in by_sentence.get(vote.sentence, ()) if c.kind in _FORCE_KINDS]
        # (a compass-qualified area is where force lands anywhere in a document about an attack)
        if vote.form in ("name", "area", "region", "city", "capital") and force_doc and is_compass_area(norm, lang, vote.start):
            vote.attached, vote.cue = "loc", (here[0] if here else None)
        elif force_doc and vote.form == "demonym" and is_place_demonym(norm, lang, vote.start, vote.end) \
                and not _TOWARDS[lang].search(norm[max(0, vote.start - 40):vote.start]):
            vote.attached, vote.cue = "loc", (here[0] if here else None)
    for sentence, (a, b) in sentence_of.items():
        span = background_span(norm, lang, a, b)
        if span is None:
            continue
        inside = [v for v in votes if v.sentence == sentence and span[0] <= v.start < span[1]]
        outside = {v.iso.split("-")[0] for v in votes if v.sentence == sentence
                   and not span[0] <= v.start < span[1] and v.form in ("name", "area", "region", "city", "capital")}
        for v in inside:
            # (a demonym there counts only when it places that event: "the Israeli-occupied Golan")
            if (v.form != "demonym" or v.attached in ("loc", "adj")) and v.iso.split("-")[0] not in outside \
                    and outside:
                v.attached = "background"
    for vote in votes:
        if vote.attached in (None, "adj", "origin", "loc") and vote.form in (
                "demonym", "name", "region", "area", "city") and (is_cause(norm, lang, vote.start) or (
                vote.form == "demonym" and is_flag(norm, lang, vote.start, vote.end))):
            vote.attached = "topic"
    # the place of a rally's cause people: "en soutien aux Palestiniens de Gaza"
    topics = [v for v in votes if v.attached == "topic" and v.form == "demonym"]
    for vote in votes:
        if vote.attached in (None, "loc", "adj") and vote.form in ("name", "region", "area", "city") and any(
                t.sentence == vote.sentence and 0 <= vote.start - t.end <= 6
                and _OF_PLACE[lang].fullmatch(norm[t.end:vote.start]) for t in topics):
            vote.attached = "topic"
    for vote in votes:
        if vote.attached != "host" or not vote.preposition or vote.form == "demonym":
            continue
        for c in by_sentence.get(vote.sentence, ()):
            if c.kind in _HARM_KINDS and c.end <= vote.start:
                gap = norm[c.end:vote.start]
                # (not past a destination: "held in Libyan centres ... to a transit centre in Rwanda")
                if not _CLAUSE.search(gap) and len(gap.split()) <= 14 and not TO_WORD[lang].search(gap) \
                        and not resides(gap, lang):     # "former detainees living in camps in X"
                    vote.attached = "loc"
                    vote.cue = vote.cue or c
                    break


def migrants_nationality(lang: str, votes) -> None:
    """Migrants' nationality still read as their origin once people harmed in transit are
    placed (``PlaceVoting._harmed_in_transit``) is not where the situation is: "migrants,
    mostly Iraqis, pushed back to Belarus" (``nationals``). Refugees keep their origin.

    Parameters
    ----------
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``.
    votes : list of PlaceVote
        The document's place votes (changed in place).
    """
    if lang not in _MIGRANTS:
        return
    for vote in votes:
        if vote.attached == "origin" and vote.form in ("demonym", "group") and vote.cue is not None \
                and _MIGRANTS[lang].search(vote.cue.surface):
            vote.attached = "nationals"


def is_perpetrator(norm: str, lang: str, vote) -> bool:
    """Whether a demonym or body names a state's attack or armed force ("Israeli strikes",
    "frappes russes", "غارات إسرائيلية", "the Israeli army", "الطائرات المسيرة التركية")."""
    if vote.form == "body":
        return bool(_BODY_ATTACK[lang].search(norm[vote.start:vote.end]))
    if vote.form != "demonym":
        return False
    after = _PERPETRATOR_AFTER.get(lang)
    if after is not None:
        return bool(after.search(norm[vote.end:vote.end + 30]))
    return bool(_PERPETRATOR_BEFORE[lang].search(norm[max(0, vote.start - 40):vote.start]))


def foreign_attackers(norm: str, lang: str, votes, cues) -> None:
    """In a document about an attack, a state named only as the attacker (its demonym on the
    attack noun or its army; never as a located place) while another country is named as a
    place is the perpetrator, not where it happens (``perpetrator``, weighed like a host).

    Parameters
    ----------
    norm : str
        The normalised document.
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``.
    votes : list of PlaceVote
        The document's place votes (changed in place).
    cues : list of EventCue
        The document's situation cues.
    """
    if lang not in _PERPETRATOR_BEFORE and lang not in _PERPETRATOR_AFTER:
        return
    if not any(c.kind == "ArmedAttack" and not c.response for c in cues):
        return
    located = {v.iso.split("-")[0] for v in votes
               if v.attached in _LOCATED and v.form != "demonym"
               or (v.attached is None and v.preposition and v.form in ("name", "area", "region", "city", "capital"))
               or (v.attached is None and v.form in ("city", "area"))}
    attackers = [v for v in votes if v.attached in (None, "adj") and is_perpetrator(norm, lang, v)]
    for vote in attackers:
        country = vote.iso.split("-")[0]
        if country not in located and located - {country}:
            vote.attached = "perpetrator"
