"""People seized abroad and taken home by their own state's agents: the abduction's country
is only where they were seized, the country they are taken to (where the state that holds,
tries or executes them acts) is the situation's place.

"Nnamdi Kanu, arrêté au Kenya puis rapatrié de force au Nigeria, est détenu ..." (NG), "the
dissident, abducted in Dubai and flown to Tehran" (IR), "الذي اختطف في تركيا ونقل إلى إيران"
(IR). Not a deportation by the state that holds people ("Kazakh police detained him in Almaty
and deported him to Dushanbe": the destination's state does not act, the place stays KZ), and
not a headline label that names the accused state while a locative names where the abuse is
("Russie : des civils torturés à Kherson"), unless the text holds the person in the label's
country after an abduction elsewhere ("Bénin : l'activiste X, enlevé à Lomé" and "détenu à
Cotonou").
"""

from __future__ import annotations

import re

from .attribution import ar_fold

# a transfer verb just before the destination ("rapatrié de force au", "flown back to", "نقل إلى")
_TAKEN_TO = {
    "en": re.compile(r"(?<![\w-])(?:flown|brought|taken|transferred|returned|repatriated|extradited|"
                     r"handed\s+over|sent|renditioned|smuggled|forced|forcibly\s+returned)\s+"
                     r"(?:back\s+)?(?:(?:by\s+plane|by\s+force|forcibly)\s+)?(?:in)?to\s+(?:the\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:rapatri|ramen|transf[eé]r|extrad|renvoy|reconduit|conduit|remis|livr|"
                     r"emmen|achemin)\w*\s+(?:de\s+force\s+|manu\s+militari\s+|ensuite\s+|par\s+avion\s+)?"
                     r"(?:au|aux|en|à|a|vers|jusqu'au|jusqu'en)\s+(?:la\s+|le\s+|l')?$"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وف]?(?:نقل|نقلوه|نقلته|نقله|نقلها|رحل|رحلته|رحله|سلم|سلمته|سلمه|"
                             r"اعيد|أعيد|اقتيد|ترحيله|تسليمه|نقلهم|اعادته|إعادته)\s+(?:قسرا\s+)?"
                             r"(?:الى|إلى)\s*$")),
}
# the seizure abroad ("abducted", "arrêté", "enlevé", "اختطف")
_SEIZED = {
    "en": re.compile(r"(?<!\w)(?:abduct\w*|kidnap\w*|seized|snatched|arrested|detained|lured|tricked|"
                     r"disappeared)(?!\w)"),
    "fr": re.compile(r"(?<!\w)(?:enlev\w*|kidnapp\w*|arr[eê]t[eé]\w*|interpell\w*|appr[eé]hend\w*|"
                     r"attir[eé]\w*|captur\w*)(?!\w)"),
    "ar": re.compile(ar_fold(r"(?:اختطف|خطف|اعتقل|اوقف|أوقف|استدرج|اختطاف|خطفه|اعتقاله|توقيفه)")),
}
_WINDOW = 45


def taken_home(norm: str, lang: str, places, sentence_of: dict, responses) -> tuple:
    """``(abroad, home)``: the place votes naming where people were seized abroad and where
    their own state took them, among ``places`` (:class:`.event_records.PlaceVote`).

    Parameters
    ----------
    norm : str
        The document, normalised.
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``.
    places : list
        Every place vote of the document.
    sentence_of : dict
        ``{sentence index: (start, end)}`` in ``norm``.
    responses : iterable
        ``(response, sentence, position)`` of the document's responses.

    Returns
    -------
    tuple
        Two lists of votes: mark the first ``abroad`` and the second ``loc``.
    """
    to_rx, seized_rx = _TAKEN_TO.get(lang), _SEIZED.get(lang)
    if to_rx is None:
        return [], []
    forceful = {key.split("/")[1].split("-")[0] for r, _, _ in responses if r.type == "UseOfForce"
                for key in r.agents if key.split("/")[0] in ("gov", "body") and key.count("/") >= 1}
    abroad, home = [], []
    for v in places:
        span = sentence_of.get(v.sentence)
        if span is None or v.form == "demonym" or v.iso.split("-")[0] not in forceful:
            continue
        a = max(span[0], v.start - _WINDOW)
        if not to_rx.search(norm, a, v.start):
            continue
        country = v.iso.split("-")[0]
        seized = [o for o in places if o.sentence == v.sentence and o.start < v.start
                  and o.iso.split("-")[0] != country and o.preposition and o.form != "demonym"
                  and o.attached in (None, "loc")]
        if seized and seized_rx.search(norm, span[0], v.start):
            abroad.extend(seized)
            home.append(v)
    return abroad, home


def held_after_abduction(places, label, detention_kinds=("ArbitraryDetention", "UnfairTrial",
                                                          "Execution")) -> bool:
    """Whether the text holds, tries or executes someone in the headline label's country
    (a locative of that country tied to such a cue) while the headline's own locative is tied
    to an abduction elsewhere: "Bénin : l'activiste X, enlevé à Lomé ..." with "détenu à
    Cotonou" keeps the label's country.

    Parameters
    ----------
    places : list
        Every place vote of the document.
    label : PlaceVote
        The headline label ("Bénin :").
    detention_kinds : tuple
        Situation kinds that hold a person where they are placed.
    """
    country = label.iso.split("-")[0]
    abducted = any(v.sentence == label.sentence and v.start > label.end and v.cue is not None
                   and v.cue.kind == "EnforcedDisappearance" and v.iso.split("-")[0] != country
                   for v in places)
    return abducted and any(v.iso.split("-")[0] == country and v.attached == "loc" and v.cue is not None
                            and v.cue.kind in detention_kinds and v.sentence != label.sentence
                            for v in places)
