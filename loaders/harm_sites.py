"""Where a harm told by people now abroad happened: at home, when the sentence says so.

Refugees who reached camps in a host country tell of killings at home ("Refugees who reached
camps in eastern Chad said fighters killed civilians in El Geneina", "روى لاجئون وصلوا إلى
مخيمات في شرق تشاد أن عناصر قتلوا مدنيين في الجنينة"): the harm's own locative names a place
of the country they fled, so the host named beside them is not where it happened (see
``SituationVotes._harmed_in_transit``, which otherwise takes the host as the harm's place for
"migrants drowned off Greece").
"""

from __future__ import annotations

from .event_records import _CLAUSE, _words

__all__ = ["harmed_at_home"]


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
