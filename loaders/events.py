"""Events: the situations that responses respond to.

An event is identified by its kind (an ``rg:Event`` subclass) and its place, and keyed
``event/<kind-slug>/<ISO code>`` so that the same situation read in two documents, or two
languages, is one node (the Chechnya purge in an Arabic and a French article are both
``event/persecution/RU-CE``).

The extractor feeds :class:`SituationVotes` sentence by sentence (situation cues of
``lang/<code>/events.tsv``, gazetteer place mentions, response cue spans), notes every
response it makes, and finally asks :meth:`SituationVotes.events` for the events and the
one each response answers.

Tying places to cues
--------------------
A place is *tied* to a situation cue when the text says where the abuse is: "the crackdown
in X" / "la répression au X" / "القمع في X" (a locative after the cue), "X, where ... without
trial" (a locative before it, with a linking word), "the Chinese crackdown" / "القمع الصيني"
(a demonym next to a state's abuse), "against the Uyghurs". For refugees and migrants the
country they come from counts ("Syrian refugees", "fleeing X", "asylum to Chechen men"),
not the host ("refugees in Greece", "asile néerlandais") nor a destination ("sent to X").
For the trial of a foreign leader ("the trial of the former Chadian president in Senegal")
the leader's country is the place and the court's only the venue.

The main situation
------------------
*Place*: tied places weigh most (more in the headline), then locations in sentences with a
situation cue; passing mentions add up with diminishing returns, and a country named as the
agent of an outsider response (condemns, hosts, resettles, writes, sanctions) counts little.
Among the places tied to cues of the dominant kind, the best one wins; a region with its
own government (Chechnya, Xinjiang) is chosen over its country unless the capital or another
region is the one tied to the situation. Refugees with only hosts and destinations named,
or an essay naming several places in passing, get no place (and the responses no event).

*Kind*: cues vote (the headline counts more; broad kinds count less); a tie goes to the more
specific kind (``KIND_PRIORITY``), so that two languages' wordings of one story agree.

Where the situation is rather than where it is answered from (:mod:`.places`): countries that
mostly answer (condemn, summon, sanction) count little outside the places tied to cues;
police and security forces (and courts, unless they try a foreigner) named in the headline
or a situation sentence vote for their jurisdiction; in a story about deportations or
pushbacks the state sending people away is the place; cities (``gazetteer/cities.tsv``)
vote for the country or curated region they lie in; territories with their own ISO code
(HK, EH, NC...) are places of their own.

Which situation a response answers
----------------------------------
The one named in its own sentence (nearest cue); else the one named shortly before it in
its paragraph; else the main one. A situation named in the main situation's country is the
main situation (one node per document and country) unless it is a region with its own
government; one in another country is a distinct event ``(kind, place)``.

Each event gets its perpetrator (the government using force in it, else, for abuses of
states, the government of the place), the affected group named near its cues
(``lang/<code>/affected.tsv``) and a start date when one is stated with its year.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Optional

from .event_records import (KIND_PRIORITY, OUTSIDER_TYPES, STATE_KINDS, EventCue, PlaceVote,
                            Situation, event_key, iso_of, kind_slug, localise, place_weight,
                            regions_with_government)
from .place_votes import PlaceVoting
from .situation_resolution import SituationResolution, build_event

__all__ = ["KIND_PRIORITY", "OUTSIDER_TYPES", "STATE_KINDS", "EventCue", "PlaceVote", "Situation",
           "SituationVotes", "build_event", "event_key", "iso_of", "kind_slug", "localise",
           "place_weight", "regions_with_government"]


class SituationVotes(PlaceVoting, SituationResolution):
    """Collects situation cues and place mentions over a document (or a chunk of one), then
    resolves the document's situations and which one each response answers.

    Usage: :meth:`add_sentence` for every sentence in order, :meth:`note_response` for every
    response made, then :meth:`resolve`.
    """

    def __init__(self, norm: str = "", lang: str = "en", gz=None):
        self.norm = norm
        self.lang = lang
        self.gz = gz                        # dated gazetteer (people's roles); None: latest
        self.cues: list = []
        self.places: list = []
        self.sentences: list = []           # (index, na, nb, title_weight)
        self.responses: list = []           # (response, sentence index, norm position)
        self._sentence_of: dict = {}
        self.main_place: Optional[str] = None
        self._pending: list = []
        self._rank: Optional[dict] = None
        self._cue_weights: list = []
        self._affected_rows = None          # (norm, the affected patterns worth trying)
        # legacy counters (kept for callers that vote by hand)
        self.place_votes: Counter = Counter()
        self.kind_votes: Counter = Counter()
        self._speakers: dict = defaultdict(set)
        self._responders: frozenset = frozenset()
        self._forced = False
        self._located: set = set()     # sentences naming a location ("police ... in X")
        self._abroad: set = set()      # courts trying someone of another country
        self._deporters: set = set()     # ids of votes tied to a forced return by forced_return_actors
