"""People on the move harmed where a sentence says, and not in their own country (the
:class:`TransitHarm` mixin of :class:`.place_votes.PlaceVoting`): "Pakistani migrants drowned
off Greece" happens in Greece, Pakistan is only the people's origin."""

from __future__ import annotations

import re
from collections import defaultdict

from .event_records import _CLAUSE, _words
from .harm_sites import harmed_at_home, where_they_tell


# situations that happen to people where they are (not what made them leave)
HARM_KINDS = frozenset({"Killing", "Torture", "Execution", "EnforcedDisappearance", "ArmedAttack",
                        "ArbitraryDetention", "Crackdown"})   # not MassDetention: its "camps" host refugees


_PEOPLE_ON_THE_MOVE = frozenset({"migrants", "refugees", "asylum-seekers", "displaced"})
_DISPLACED_AT_HOME = re.compile(r"displaced|deplac|déplac|نازح|نزوح|مهجر")
_FLIGHT = re.compile(r"(?<!\w)(?:fled|flee|flees|fleeing|exodus|fui\w*|fuy\w*|fuir|exode)(?!\w)|"
                     r"(?<!\S)(?:و|ف)?(?:فر|فروا|فرار|الفرار|هرب|هربوا|الهرب|نزح|نزحوا|نزوح|النزوح)(?!\S)")


class TransitHarm:
    """Re-labels the place votes of migrants, refugees and the displaced harmed abroad
    (mixin of ``PlaceVoting``; uses its ``cues``, ``responses``, ``places``, ``norm``,
    ``lang`` and ``_sentence_of``)."""

    def _harmed_in_transit(self):
        """People on the move harmed where a sentence says ("Pakistani migrants drowned off
        Greece", "Ethiopian migrants shot crossing into Saudi Arabia"): the country named as
        where they are or go is where it happens (a location), their own country only their
        origin. Only in a sentence with a harm cue (killing, torture, detention, attack...),
        so "Syrian refugees fled to Turkey" still points to what they fled."""
        harmed = {c.sentence for c in self.cues if c.kind in HARM_KINDS and not c.response}
        harmed |= {sentence for r, sentence, _ in self.responses if r.type == "UseOfForce"}
        by_sentence = defaultdict(list)
        for v in self.places:
            if v.sentence in harmed:
                by_sentence[v.sentence].append(v)
        for sentence, votes in by_sentence.items():
            moving = [v for v in votes if v.attached == "origin" or (
                v.attached == "adj" and v.key.rsplit("/", 1)[-1] in _PEOPLE_ON_THE_MOVE)]
            origins = {v.iso.split("-")[0] for v in moving}
            there = [v for v in votes if v.attached in ("host", "dest") and v.form != "demonym"
                     and v.iso.split("-")[0] not in origins]
            # else a state named beside them: whose agents harm them ("Saudi border guards
            # shot ... migrants") or where ("Saudi Arabia: Mass Killings of Ethiopian Migrants")
            agents = [v for v in votes if v.attached is None and v.key.startswith("gov/")
                      and v.iso.split("-")[0] not in origins]
            # "fled to Turkey after the bombing": where they went; what they fled stays the place
            if sentence not in self._sentence_of or _FLIGHT.search(self.norm, *self._sentence_of[sentence]):
                continue
            there, told = where_they_tell(self.norm, self.lang, there, self._sentence_of[sentence],
                                          self._harm_before)    # "refugees in X recount torture"
            if moving and (harmed_at_home(self.norm, self.cues, votes, origins, HARM_KINDS) or told and not there):
                continue    # "refugees in Chad said fighters killed civilians in El Geneina"
            if not moving:
                # no origin named: the host a harm is done in ("torturing migrants in Libya")
                for v in there:
                    if v.attached == "host" and self._harm_before(v):
                        v.attached = "loc"
                continue
            # (migrants and refugees harmed are abroad even where the text names no host:
            # "migrants venus du Soudan ... torturés"; not the displaced, who may be at home)
            if not (there or agents) and any(_DISPLACED_AT_HOME.search(v.cue.surface) for v in moving
                                             if v.cue is not None):
                continue
            for v in moving:
                v.attached = "abroad"      # the people's country; not where it happens
            for v in there:
                v.attached = "loc"
        # the same people named elsewhere ("Syrian refugees" in a headline without its harm
        # cue) come from the same country, which is not where it happens
        abroad = {(v.key, v.iso) for v in self.places if v.attached == "abroad"}
        if abroad:
            for v in self.places:
                if v.attached == "origin" and (v.key, v.iso) in abroad:
                    v.attached = "abroad"

    def _harm_before(self, vote):
        """Whether a harm cue of the vote's sentence (not a response) precedes it in its clause,
        within six words ("tortured migrants in X", "migrants ont été battus à X")."""
        for c in self.cues:
            if c.sentence == vote.sentence and c.kind in HARM_KINDS and not c.response \
                    and c.end <= vote.start:
                gap = self.norm[c.end:vote.start]
                if not _CLAUSE.search(gap) and _words(gap) <= 6:
                    return True
        return False
