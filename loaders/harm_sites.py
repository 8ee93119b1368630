"""Where a harm told by people now abroad happened: at home, when the sentence says so.

Refugees who reached camps in a host country tell of killings at home ("Refugees who reached
camps in eastern Chad said fighters killed civilians in El Geneina", "روى لاجئون وصلوا إلى
مخيمات في شرق تشاد أن عناصر قتلوا مدنيين في الجنينة"): the harm's own locative names a place
of the country they fled, so the host named beside them is not where it happened (see
``SituationVotes._harmed_in_transit``, which otherwise takes the host as the harm's place for
"migrants drowned off Greece").
"""

from __future__ import annotations

import re

from .attribution import ar_fold
from .event_records import _CLAUSE, _words

__all__ = ["harmed_at_home", "resides", "tells", "where_they_tell"]


def harmed_at_home(norm, cues, votes, origins, kinds):
    """Whether a harm cue of a sentence is followed, in its clause, by a locative place of one
    of the people's own countries.

    Parameters
    ----------
    norm : str
        The normalised document.
    cues : list
        The document's situation cues (``kind``, ``sentence``, ``start``, ``end``); those of
        the votes' sentence count, responses included (a killing stated as an armed group's
        use of force is still a killing).
    votes : list
        One sentence's place mentions (``iso``, ``sentence``, ``start``, ``preposition``,
        ``form``).
    origins : set
        The countries the displaced people come from (ISO 3166-1 codes).
    kinds : frozenset
        The harm kinds (killing, torture, attack...).

    Returns
    -------
    bool
        True when the harm is placed at home ("killed civilians in El Geneina").

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> text = "refugees in chad said fighters killed civilians in el geneina"
    >>> cue = N(kind="Killing", sentence=0, start=text.index("killed"), end=text.index("killed") + 6)
    >>> vote = N(iso="SD", sentence=0, start=text.index("el geneina"), preposition="in", form="city")
    >>> harmed_at_home(text, [cue], [vote], {"SD"}, frozenset({"Killing"}))
    True
    >>> harmed_at_home(text, [cue], [vote], {"TD"}, frozenset({"Killing"}))
    False
    """
    sentence = votes[0].sentence if votes else None
    for cue in cues:
        if cue.kind not in kinds or cue.sentence != sentence:
            continue
        for vote in votes:
            if vote.iso.split("-")[0] not in origins or not vote.preposition \
                    or vote.form == "demonym" or vote.start < cue.end:
                continue
            gap = norm[cue.end:vote.start]
            if not _CLAUSE.search(gap) and _words(gap) <= 6:
                return True
    return False


# People telling what was done to them ("refugees in Lebanon recount torture", "des réfugiés
# au Tchad racontent", "لاجئون في تشاد يروون"): a place named before the telling is where they
# now are, not where the harm they tell of happened.
_TELLING = {
    "en": re.compile(r"\b(?:recount(?:s|ed|ing)?|told|tells?|telling|describ(?:e|es|ed|ing)|"
                     r"testif(?:y|ies|ied|ying)|testimon(?:y|ies)|recall(?:s|ed|ing)?|spoke\s+of|speak\s+of)\b"),
    "fr": re.compile(r"(?<!\w)(?:racont\w*|temoign\w*|decri(?:t|vent|vaient|vait|re)|relat(?:e|ent|ent|ait|aient)|"
                     r"evoqu(?:e|ent|ait|aient))(?!\w)"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وف]?(?:روى|روت|رووا|يروي|تروي|يروون|يروين|شهادات|شهاده|وصفوا|يصفون|"
                             r"تحدثوا|يتحدثون)(?!\S)")),
}


def tells(text, lang):
    """Whether ``text`` (normalised) has a word of people telling what was done to them: a
    place before it is not tied to the harm told after it ("Uyghurs in Turkey describe abuse
    in camps").

    >>> tells("in turkey describe abuse in", "en"), tells("in beijing, in a suicide", "en")
    (True, False)
    """
    rx = _TELLING.get(lang)
    return bool(rx is not None and rx.search(text))


def where_they_tell(norm, lang, there, span, harmed=lambda vote: False):
    """The host places of ``there`` that the people's telling does not follow, and whether
    the sentence tells of a harm.

    Parameters
    ----------
    norm, lang : str
        The normalised document and its language.
    there : list
        The sentence's hosts and destinations (``start``).
    span : tuple
        The sentence's ``(start, end)`` in ``norm``.
    harmed : callable, optional
        Whether a harm cue is said right before a place ("migrants held in Libya told..."):
        such a place is kept wherever it stands.

    Returns
    -------
    tuple
        ``(places, told)``: the places after the first telling word (where a harm may be
        placed: "told HRW they were beaten in Libya"), all of them when nothing is told; and
        whether a telling word was found.

    Examples
    --------
    >>> from types import SimpleNamespace as V
    >>> text = "refugees in lebanon recount torture"
    >>> where_they_tell(text, "en", [V(start=12)], (0, len(text)))
    ([], True)
    """
    rx = _TELLING.get(lang)
    m = rx.search(norm, *span) if rx is not None else None
    if m is None:
        return there, False
    return [v for v in there if v.start > m.start() or harmed(v)], True


# People said to live somewhere ("former detainees now living in camps in Lebanon", "vivant
# dans des camps au Liban", "يعيشون في مخيمات في لبنان"): the place is their refuge.
_RESIDING = {
    "en": re.compile(r"\b(?:living|live|lives|lived|settled|sheltering|sheltered|staying|resettled)\b"),
    "fr": re.compile(r"(?<!\w)(?:vivant|vivent|vit|vivaient|installe(?:e|s|es)?|heberge(?:e|s|es)?|"
                     r"reinstalle(?:e|s|es)?)(?!\w)"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:يعيش|تعيش|يعيشون|يعشن|يقيم|تقيم|يقيمون|المقيمين|المقيمون|مقيمين|"
                             r"مقيمون|لجؤوا|لجأوا|استقروا)(?!\S)")),
}


def resides(text, lang):
    """Whether ``text`` (normalised) says people live somewhere: a harm said before it is not
    done at the place after it ("detainees now living in camps in Lebanon").

    >>> resides("detainees now living in camps in", "en"), resides("migrants held in", "en")
    (True, False)
    """
    rx = _RESIDING.get(lang)
    return bool(rx is not None and rx.search(text))
