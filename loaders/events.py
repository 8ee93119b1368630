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

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .attribution import ar_fold
from .cues import AGAINST, NEVER
from .model import Evidence, Event
from .places import (city_mentions, coercive_iso, forced_return, forced_return_actors,
                     on_trial, responder_countries, tries_foreigner, where_follows)

_KIND_WEIGHT = {"HumanRightsSituation": 0.3, "Unrest": 0.8, "Displacement": 0.7,
                "ArbitraryDetention": 0.8, "ArmedAttack": 0.8, "Killing": 0.7,
                "UnfairTrial": 0.8}


@lru_cache(maxsize=1)
def regions_with_government() -> frozenset:
    """ISO 3166-2 codes of the regions that have their own government (gazetteer data)."""
    from .gazetteer.lookup import read_table
    return frozenset(row["code"].strip() for row in read_table("regions.tsv")
                     if (row.get("gov") or "").strip() == "1")


def place_weight(kind, form, preposition, event_sentence, title_weight=1.0, against=False):
    """How much one place-bearing mention votes for the document's situation place.

    A location ("in Belarus", a region) counts most, more in a sentence that names the
    situation; a people the abuse is done to ("against the Palestinians") counts as much;
    a demonym or region name somewhat; an actor ("China's foreign ministry", "Canada
    condemned") little, since responders are often far from the situation. The headline
    multiplies, and an ISO 3166-2 region counts one and a half times.

    Parameters
    ----------
    kind, form, preposition : str
        The gazetteer mention's kind, form and locative preposition (or None).
    event_sentence : bool
        Whether the sentence has a situation cue.
    title_weight : float
        Multiplier for the headline.
    against : bool
        The mention is a demonym right after "against" / "contre" / "ضد" / "على".
    """
    if kind == "Place" or (preposition and form in ("name", "capital", "region")) or against:
        weight = 3.0 if event_sentence else 1.5
    elif form in ("demonym", "region"):
        weight = 0.8
    else:
        weight = 0.5
    return weight * title_weight


def _curated_office(key) -> bool:
    """True for an office of an organisation named in the gazetteer (``official/un-...``)."""
    from .gazetteer import get_gazetteer
    actor = get_gazetteer().actor(key)
    return bool(actor is not None and actor.represents)


def localise(agents, place, vague=frozenset(), regional=None):
    """Resolve generic actor keys against the document's place.

    ``body/police`` -> ``body/KZ/police``, ``body/authorities`` / ``body/government`` ->
    ``gov/KZ``, ``group/protesters`` -> ``group/KZ/protesters``; vague groups
    ("diplomats", "terrorists") and generic actors without a place are dropped. A region
    without its own government rolls up to its country; so does a region with one when
    ``regional`` (the regions whose own authorities the text names explicitly: "Chechen
    police", "les autorités tchétchènes", a regional leader) is given and lacks it: "the
    government", "the army" in a Tigray conflict are Ethiopia's.
    """
    region = place if place and place in regions_with_government() else None
    if place and "-" in place and (place not in regions_with_government()
                                   or (regional is not None and place not in regional)):
        place = place.split("-")[0]
    out = []
    for key in agents:
        parts = key.split("/")
        if parts[0] == "group" and parts[-1] in vague:
            continue
        if len(parts) == 2 and parts[0] == "official" and _curated_office(key):
            if key not in out:      # a UN special rapporteur acts for the UN, not for the place
                out.append(key)
            continue
        if len(parts) == 2 and parts[0] in ("body", "group", "official"):
            if parts[1] in vague or not place:
                continue
            if parts[1] == "local-government" and region:
                key = f"gov/{region}"      # "the regional authorities" of a governed region
                if key not in out:
                    out.append(key)
                continue
            if parts[0] == "body" and parts[1] in ("government", "authorities"):
                key = f"gov/{place}"
            elif parts[0] == "group":
                key = f"group/{place.split('-')[0]}/{parts[1]}"    # people: by country (group/IQ/yazidis)
            else:
                key = f"{parts[0]}/{place}/{parts[1]}"
        if key not in out:
            out.append(key)
    return out


def kind_slug(kind: str) -> str:
    """``MassDetention`` -> ``mass-detention``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", kind).lower()


def event_key(kind: str, iso: str) -> str:
    return f"event/{kind_slug(kind)}/{iso}"


def iso_of(place_key):
    if place_key and place_key.startswith("place/"):
        return place_key[6:]
    return None


@dataclass
class EventCue:
    kind: str
    start: int          # normalised-text offsets (the reader's coordinates)
    end: int
    sentence: int       # index of the sentence in the list being read
    surface: str
    response: bool = False   # the cue is also a response cue ("protests", "arrested")


@dataclass
class PlaceVote:
    """One place-bearing mention, with what is needed to weigh it once the responses are known."""

    iso: str
    key: str
    kind: str
    form: str
    preposition: Optional[str]
    start: int
    end: int
    sentence: int
    title_weight: float
    event_sentence: bool
    against: bool
    attached: Optional[str] = None      # "loc", "adj", "origin", "host" (see _attach)
    cue: Optional[EventCue] = None      # the situation cue it is attached to


@dataclass
class Situation:
    kind: str
    iso: str
    cues: list


# Responses whose agents stand outside the situation: a government that condemns, hosts,
# resettles, writes letters or sanctions is not where the abuse happens.
OUTSIDER_TYPES = {"Condemnation", "ExpressionOfConcern", "Demand", "Sanction", "Resettlement",
                  "DiplomaticAction", "Support", "Advocacy", "Petition", "Resolution",
                  "MilitaryAssistance", "Investigation"}
# Kinds whose perpetrator is, unless named, the government of the place.
STATE_KINDS = {"Persecution", "MassDetention", "Crackdown", "Execution", "Torture",
               "EnforcedDisappearance", "ArbitraryDetention", "Surveillance", "Censorship",
               "UnfairTrial", "Discrimination"}

KIND_PRIORITY = ("ChemicalAttack", "Execution", "MassDetention", "Persecution", "Torture",
                 "EnforcedDisappearance", "DestructionOfHeritage", "Crackdown", "UnfairTrial",
                 "ArbitraryDetention", "Killing", "ArmedAttack", "Censorship", "Surveillance",
                 "Discrimination", "Displacement", "Unrest", "HumanRightsSituation")
_DATIVE = {
    "en": re.compile(r"\b(?:to|for)\b"),
    "fr": re.compile(r"(?<!\w)(?:a|aux|pour)(?!\w)"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:ل|لل)\S*")),
}
# "X, where ...", "in X, in a suicide attack": what links a place to a cue after it
_CONNECT = {
    "en": re.compile(r"\b(?:where|in|during|at)\b"),
    "fr": re.compile(r"(?<!\w)(?:ou|dans|lors|en|a)(?!\w)"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وف]?(?:حيث|في|خلال|اثناء)(?!\S)")),
}
# "BRUSSELS, March 14, 2019 - ...": the date the story was filed
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATELINE = re.compile(r"^[^.\n]{0,40}?\d{4}\s*[-–—]\s")
_AFFECTED_SENTENCES = 40
_COURT_ROLES = {"court", "prosecutor", "judge", "judges", "judiciary", "tribunal"}
_STOP = re.compile(r"[.;:!?؟؛\n]")
_CLAUSE = re.compile(r"[.;:!?؟؛,،()«»\"\n]")
# Displacement cues that name people (refugees, migrants): "refugees in X" is a host country.
_PEOPLE_DISPLACED = {
    "en": re.compile(r"refugee|migrant|asylum"),
    "fr": re.compile(r"refugi|migrant|demandeur|asile"),
    "ar": re.compile(ar_fold(r"لاجئ|لاجي|مهاجر|اللجوء")),
}
# "(fleeing) from X": where displaced people come from.
_FROM = {
    "en": re.compile(r"\b(?:from|fleeing|fled)\s+(?:the\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:de|du|des|d'|fuyant|fui)\s*(?:la\s+|le\s+|l')?$"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:من|[وف]?من)\s*$")),
}
# "to X" / "vers X" / "إلى X": a destination.
_TO = {
    "en": re.compile(r"(?<!according )(?<!due )(?<!owing )\b(?:to|into)\s+(?:the\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:vers|jusqu'en)\s+(?:la\s+|le\s+|l')?$"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وف]?(?:إلى|الى|نحو)\s*$")),
}


def _words(text):
    return len(text.split())


@lru_cache(maxsize=None)
def _affected_table(lang):
    """``[(compiled pattern, English label, words)]`` from ``lang/<code>/affected.tsv``.

    ``words``: for each alternative of the pattern, the literal text every match of it
    contains (the alternative up to its first ``*``, without the Arabic article); None
    when an alternative has none. A text holding none of the words cannot match.
    """
    path = Path(__file__).parent / "lang" / lang / "affected.tsv"
    out = []
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, _, label = line.partition("\t")
        if not label.strip():
            continue
        alts = []
        words = []
        for alt in pattern.split("|"):
            alt = alt.strip()
            if not alt:
                continue
            if lang == "ar":
                alt = ar_fold(alt)
                if alt.startswith("ال"):
                    # the article and clitics: "المثليين", "للمثليين", "والمثليين"
                    alt = "\x00" + alt[2:]
            body = re.escape(alt).replace(r"\*", r"\w*")
            body = body.replace("\x00", ar_fold(r"(?:[وفبك]?ال|[وف]?لل)"))
            alts.append(body)
            words.append(alt.replace("\x00", "").split("*")[0])
        if lang == "ar":
            rx = re.compile(r"(?<!\w)[وفبل]?(?:" + "|".join(alts) + r")(?!\w)")
        else:
            rx = re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")
        out.append((rx, label.strip(), tuple(words) if all(words) else None))
    return out


class SituationVotes:
    """Collects situation cues and place mentions over a document (or a chunk of one), then
    resolves the document's situations and which one each response answers.

    Usage: :meth:`add_sentence` for every sentence in order, :meth:`note_response` for every
    response made, then :meth:`resolve`.
    """

    def __init__(self, norm: str = "", lang: str = "en"):
        self.norm = norm
        self.lang = lang
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

    # ---------------------------------------------------------------- collecting
    def add_place(self, place_key, weight=1.0):
        iso = iso_of(place_key)
        if iso:
            self.place_votes[iso] += weight * (1.5 if "-" in iso else 1.0)

    def add_cue(self, cue: EventCue, weight=1.0, place=None):
        self.cues.append(cue)
        self._cue_weights.append((cue, weight))
        self.kind_votes[cue.kind] += weight * _KIND_WEIGHT.get(cue.kind, 1.0)

    def add_sentence(self, idx, na, nb, title_weight, mentions, event_hits, response_spans=()):
        """Record one sentence: its place mentions (gazetteer mentions in normalised
        coordinates) and its situation cues (hits of ``events.tsv``)."""
        self.sentences.append((idx, na, nb, title_weight))
        self._sentence_of[idx] = (na, nb)
        cues = []
        for h in event_hits:
            cue = EventCue(h.entry.value, h.start, h.end, idx, h.surface)
            cues.append(cue)
            self.add_cue(cue, title_weight)
        # asylum given or sought ("granted asylum in X", "طلبات اللجوء في X"): X is a host
        hosts = [EventCue("Displacement", a, b, idx, self.norm[a:b], True) for a, b in response_spans
                 if _PEOPLE_DISPLACED[self.lang].search(self.norm[a:b])]
        against_re = AGAINST.get(self.lang, NEVER)
        sentence_votes = []
        for m in mentions:
            iso = iso_of(m.place_key) if m.place_key else None
            if not iso:
                continue
            against = m.form == "demonym" and bool(against_re.search(
                self.norm[max(0, m.start - 12):m.start]))
            preposition = m.preposition
            line_start = self.norm.rfind("\n", 0, m.start) + 1
            if preposition and _words(self.norm[line_start:m.start]) <= 1 and \
                    preposition.lower() not in self.norm[line_start:m.start].split():
                preposition = None      # shared with a list on the line before
            vote = PlaceVote(iso, m.key, m.kind, m.form, preposition, m.start, m.end, idx,
                             title_weight, bool(cues), against)
            self.places.append(vote)
            sentence_votes.append(vote)
        for code, a, b, prep in city_mentions(self.norm, self.lang, na, nb, mentions):
            # a city the gazetteer does not know as an actor ("a court in Isfahan")
            vote = PlaceVote(code, "place/" + code, "Place", "city", prep, a, b, idx,
                             title_weight, bool(cues), False)
            self.places.append(vote)
            sentence_votes.append(vote)
        self._pending.append((na, cues, hosts, sentence_votes))

    def _attach_all(self):
        """Once the responses are known: mark the situation cues that are themselves
        responses ("the police arrested ..."; not "condemned the arrests"), then tie places
        to cues sentence by sentence."""
        if not self._pending:
            return
        spans = sorted((pos, end) for _, _, pos, end in self._spans())
        span_starts = [a for a, _ in spans]
        self._speakers = defaultdict(set)
        answering = defaultdict(set)
        for response, sentence, _ in self.responses:
            self._speakers[sentence].update(response.agents)
            if response.type in OUTSIDER_TYPES:
                answering[sentence].update(response.agents)
        for na, cues, hosts, votes in self._pending:
            for cue in cues:
                # a response cue that contains the situation cue (they start close together)
                i = bisect_right(span_starts, cue.start) - 1
                cue.response = False
                while i >= 0 and cue.start - span_starts[i] <= 60:
                    if cue.end <= spans[i][1]:
                        cue.response = True
                        break
                    i -= 1
            # a sentence about refugees or hosting them ("X hosts 90,000 refugees", "réfugiés
            # installés dans les États de X"): a place it names without tying it to the
            # situation is where they are received, not where the abuse happens
            displaced = bool(hosts) or any(
                c.kind == "Displacement" and _PEOPLE_DISPLACED[self.lang].search(c.surface)
                for c in cues)
            for vote in votes:
                self._attach(vote, cues + hosts, na)
                if displaced and vote.attached is None and not vote.against \
                        and vote.form != "demonym":
                    vote.attached = "host"
            self._trial_of_official(votes, cues)
            # (only where something answers it: a passing "warned it could start deportations"
            # is not a situation of its own)
            for vote, a, b in forced_return_actors(self.norm, self.lang, votes, answering.get(
                    votes[0].sentence, ())) if votes and votes[0].sentence in self._speakers else ():
                # "Dominican authorities ... mass deportations", "رحل الجيش اللبناني": the
                # state that sends people away is where it happens
                vote.attached = "loc"
                vote.cue = EventCue("Displacement", a, b, vote.sentence, self.norm[a:b])
                self._deporters.add(id(vote))
        self._pending = []

    def _spans(self):
        for response, sentence, pos in self.responses:
            cue = response.evidence[-1].cue if response.evidence else None
            yield response, sentence, pos, pos + len(cue or "")

    def _trial_of_official(self, votes, cues):
        """The trial of (or an arrest warrant for) a leader or official of one country, held
        in another: the situation is the abuse he is tried for, in his country ("the trial
        of the former Chadian president in Senegal"); the court's place is only the venue."""
        for vote in votes:
            if vote.kind != "Official" or vote.key in self._speakers.get(vote.sentence, ()):
                continue    # "spokesman X called the trial ...": who speaks is not tried
            for cue in cues:
                if cue.kind not in ("UnfairTrial", "HumanRightsSituation"):
                    continue
                if cue.end <= vote.start:       # "the trial of the former X president"
                    gap = self.norm[cue.end:vote.start]
                    if _STOP.search(gap) or _words(gap) > 4:
                        continue
                elif vote.end <= cue.start and cue.kind == "UnfairTrial":
                    gap = self.norm[vote.end:cue.start]     # "former X president goes on trial"
                    if _CLAUSE.search(gap) or _words(gap) > 3 or not on_trial(gap, self.lang):
                        continue
                else:
                    continue
                vote.attached, vote.cue = "loc", cue
                for other in votes:
                    if other is not vote and other.cue is not None and other.iso != vote.iso \
                            and other.cue.kind in ("UnfairTrial", "HumanRightsSituation") \
                            and other.attached == "loc" and other.kind != "Official":
                        other.attached = "venue"
                break

    def note_response(self, response, pos):
        """Remember where (normalised offset of its cue) a response was read."""
        sentence = None
        if self.sentences and self.sentences[-1][1] <= pos:
            sentence = self.sentences[-1][0]        # the sentence being read (the usual case)
        else:
            starts = [na for _, na, _, _ in self.sentences]
            i = bisect_right(starts, pos) - 1
            if i >= 0:
                sentence = self.sentences[i][0]
        self.responses.append((response, sentence, pos))

    def _attach(self, vote, cues, na):
        """Tie a place mention to a situation cue of its sentence, when the text says so.

        - ``loc``: a locative place shortly after the cue ("the crackdown in X", "les
          persécutions en X", "القمع في X"), or a people after "against" ("against Uyghurs");
        - ``adj``: a demonym or name right next to the cue ("la répression chinoise",
          "القمع الصيني", "the Chinese crackdown", "Xinjiang camps");
        - ``origin`` / ``host``: for refugees and migrants, where they come from ("refugees
          from X", "Syrian refugees") and where they are ("refugees in Greece": a host);
        - ``dest``: a destination ("sent to X").
        """
        norm, lang = self.norm, self.lang
        before = norm[max(na, vote.start - 20):vote.start]
        if _TO[lang].search(before) and not vote.preposition and vote.form != "demonym":
            vote.attached = "dest"      # "sent to X" (but "asylum to Chechen men" names people)
        best = None
        for cue in cues:
            people = cue.kind == "Displacement" and _PEOPLE_DISPLACED[lang].search(cue.surface)
            if cue.response and not (people and (vote.preposition or vote.form == "demonym")):
                continue    # asylum given: "in X" is a host, "to Chechen men" an origin
            if cue.end <= vote.start:
                gap = norm[cue.end:vote.start]
                if _STOP.search(gap) or _words(gap) > 6:
                    continue
                people = cue.kind == "Displacement" and _PEOPLE_DISPLACED[lang].search(cue.surface)
                if cue.response and vote.form == "demonym":
                    # asylum given: "asile néerlandais" (the host), "asylum to Chechen men",
                    # "l'asile à des homosexuels tchétchènes" (the people's country)
                    if _words(gap) == 0:
                        kind = "host"
                    elif _words(gap) <= 4 and _DATIVE[lang].search(gap) and not _CLAUSE.search(gap):
                        kind = "origin"
                    else:
                        continue
                elif cue.kind == "Displacement" and _FROM[lang].search(before) and _words(gap) <= 5:
                    kind = "origin"
                elif vote.preposition or vote.against:
                    if _CLAUSE.search(gap) and _words(gap) > 2:
                        continue
                    kind = "host" if people else "loc"
                elif vote.form == "demonym" and _words(gap) <= 1 and not _CLAUSE.search(gap) \
                        and (people or cue.kind in STATE_KINDS):
                    # "la répression chinoise" (a state's abuse: its country); "the American
                    # strikes" name an attacker, not a place
                    kind = "origin" if people else "adj"
                else:
                    continue
                dist = vote.start - cue.end
            elif vote.end <= cue.start and (vote.preposition or where_follows(norm, vote.end, lang)):
                # "in Beijing, in a suicide attack", "في كوبا، حيث تعتقل ... دون محاكمة"
                gap = norm[vote.end:cue.start]
                if _STOP.search(gap) or _words(gap) > 5 or len(_CLAUSE.findall(gap)) > 1 \
                        or not _CONNECT[lang].search(gap):
                    continue    # "à Paris contre la répression": where the protest is
                people = cue.kind == "Displacement" and _PEOPLE_DISPLACED[lang].search(cue.surface)
                kind = "host" if people else "loc"
                dist = 2 * (cue.start - vote.end) + 10
            elif vote.end <= cue.start:
                gap = norm[vote.end:cue.start]
                if _CLAUSE.search(gap.replace("'s", "")) or _words(gap.replace("'s", "")) > 0 \
                        or lang != "en":
                    continue
                if vote.form == "demonym" and cue.kind not in STATE_KINDS and not (
                        cue.kind == "Displacement"):
                    continue
                people = cue.kind == "Displacement" and _PEOPLE_DISPLACED[lang].search(cue.surface)
                # "Syrian refugees": where they fled; "Dutch asylum": who gives it
                kind = ("host" if cue.response else "origin") if people else "adj"
                dist = cue.start - vote.end
            else:
                continue
            if best is None or dist < best[0]:
                best = (dist, kind, cue)
        if best is not None:
            vote.attached, vote.cue = best[1], best[2]

    # ---------------------------------------------------------------- weighing
    def _agent_isos(self):
        """Per sentence, the countries (and actor keys) of the agents of outsider responses."""
        out: dict = defaultdict(set)
        for response, sentence, _ in self.responses:
            if response.type not in OUTSIDER_TYPES:
                continue
            for key in response.agents:
                out[sentence].add(key)
                parts = key.split("/")
                if len(parts) >= 2 and parts[0] in ("gov", "body", "official", "group"):
                    out[sentence].add("iso:" + parts[1].split("-")[0])
        return out

    def _weight(self, vote, agents):
        """How much one mention votes for the place of the document's main situation."""
        tw = vote.title_weight
        if id(vote) in self._deporters and not self._forced:
            # a deportation named in passing names its own situation, not the document's
            weight = place_weight(vote.kind, vote.form, vote.preposition, True, tw)
        elif vote.attached in ("loc", "origin"):
            weight = 5.0 * tw
        elif vote.attached == "adj":
            weight = 3.0 * tw
        elif vote.attached in ("host", "dest", "venue"):
            weight = 0.3 * tw
        else:
            weight = place_weight(vote.kind, vote.form, vote.preposition, vote.event_sentence,
                                  tw, vote.against)
        if not vote.preposition and vote.attached not in ("loc", "origin", "adj"):
            here = agents.get(vote.sentence, ())
            if vote.key in here or ("iso:" + vote.iso.split("-")[0] in here
                                    and vote.key.split("/")[0] in ("gov", "body", "official")):
                weight *= 0.15
        elif vote.preposition and vote.attached is None and not vote.event_sentence and \
                "iso:" + vote.iso.split("-")[0] in agents.get(vote.sentence, ()):
            weight *= 0.15      # "In London, the Foreign Office summoned ...": where it answers
        # where the situation is, not where it is answered from (see .places)
        if coercive_iso(vote.key) and (vote.event_sentence or tw > 1) and \
                vote.sentence not in self._located and id(vote) not in self._abroad:
            weight = max(weight, 3.0 * tw)
        elif vote.iso.split("-")[0] in self._responders and \
                vote.attached not in ("loc", "origin", "adj", "host"):
            weight *= 0.3
        return weight * (1.5 if "-" in vote.iso else 1.0)

    def _place_context(self):
        """The countries that only answer the situation, and whether the headline and lead
        are about forced returns (see :mod:`.places`)."""
        from .gazetteer import get_gazetteer
        self._responders = responder_countries((r for r, _, _ in self.responses),
                                               OUTSIDER_TYPES, get_gazetteer())
        self._located = {v.sentence for v in self.places if v.kind == "Place" and v.preposition}
        self._abroad = {id(v) for v in self.places if coercive_iso(v.key) and tries_foreigner(
            v, [o for o in self.places if o.sentence == v.sentence], self.norm)}
        lead = self.sentences[:3]
        forced = bool(lead) and forced_return(self.norm[lead[0][1]:lead[0][2]], self.lang,
                                              self.norm[lead[0][2]:lead[-1][2]])
        if forced and not self._forced:
            # people deported or pushed back: where they are sent from is the situation's
            # place, the country they once fled only their origin
            swap = {"origin": "host", "host": "loc"}
            for vote in self.places:
                if vote.attached == "origin" or (vote.attached == "host" and not (
                        vote.cue is not None and vote.cue.response)
                        and vote.key not in self._speakers.get(vote.sentence, ())):
                    vote.attached = swap[vote.attached]     # not a host that resettles them
        self._forced = forced

    def place_scores(self, agents=None):
        """``{iso: score}``: strong votes (a place tied to a situation cue, a location in a
        sentence naming a situation) add up; passing mentions (actors, demonyms) add up
        with diminishing returns, so that a country named often as a responder does not
        outweigh the one place where the abuse is said to happen."""
        self._attach_all()
        if agents is None:
            agents = self._agent_isos()
        self._place_context()
        strong: Counter = Counter(self.place_votes)
        weak: Counter = Counter()
        for vote in self.places:
            w = self._weight(vote, agents)
            if w >= 2.0 or vote.attached in ("loc", "origin", "adj"):
                strong[vote.iso] += w
            else:
                weak[vote.iso] += w
        out = Counter()
        for iso in set(strong) | set(weak):
            out[iso] = strong[iso] + (2.0 * weak[iso] ** 0.5 if weak[iso] > 1 else weak[iso])
        return out

    def dominant_place(self, agents=None):
        """ISO code of the document's main situation place, or None.

        When places are tied to cues of the document's dominant kind of situation ("the
        attack in X" in an article mostly about an attack), the main place is the best of
        those; otherwise the best place overall.
        """
        votes = self.place_scores(agents)
        if not votes:
            return None
        order = {}
        for vote in self.places:
            order.setdefault(vote.iso.split("-")[0], len(order))
        countries: Counter = Counter()
        for iso, v in votes.items():
            countries[iso.split("-")[0]] += v
        kind = self.dominant_kind()
        tied_to_kind = [p for p in self.places if p.attached in ("loc", "adj", "origin")
                        and p.cue is not None and p.cue.kind == kind
                        and (self._forced or id(p) not in self._deporters)]
        candidates = {p.iso.split("-")[0] for p in tied_to_kind} or set(countries)
        country, total = max(((c, v) for c, v in countries.items() if c in candidates),
                             key=lambda kv: (kv[1], -order.get(kv[0], 99)))
        if total <= 0:
            return None
        # an essay that names several places in passing, none ahead: no single place
        strong = any(v.iso.split("-")[0] == country and (
            v.attached in ("loc", "adj", "origin") or (v.preposition and v.event_sentence)
            or v.title_weight > 1) for v in self.places)
        close = sum(1 for c, v in countries.items() if c != country and v >= 0.67 * total)
        if not strong and close >= 2:
            return None
        # refugees and migrants with only hosts and destinations named: no single place
        if kind == "Displacement" and not any(
                v.iso.split("-")[0] == country and (
                    v.attached in ("origin", "loc", "adj")
                    or (v.attached is None and v.preposition and v.event_sentence))
                for v in self.places):
            return None
        # only a region with its own government (Chechnya, Xinjiang) is the place of a
        # situation; a city or province rolls up to its country. The region must not be
        # outweighed by the capital or another region tied to the situation's cues.
        regions = [(v, iso) for iso, v in votes.items()
                   if iso.startswith(country + "-") and iso in regions_with_government()]
        if regions:
            v, region = max(regions)
            pool = [p for p in tied_to_kind if p.iso.split("-")[0] == country] or [
                p for p in self.places if p.attached in ("loc", "adj", "origin")
                and p.iso.split("-")[0] == country]
            mine = sum(p.title_weight for p in pool if p.iso == region)
            rivals = sum(p.title_weight for p in pool if p.iso != region
                         and (p.form in ("capital", "region") or p.kind == "Place"))
            # nor by another of the country's regions ("the West Bank" as much as "Gaza")
            beaten = any(s >= v for iso, s in votes.items()
                         if iso.startswith(country + "-") and iso != region)
            if v >= 0.2 * total and (not rivals or mine >= rivals) and not beaten:
                return region
        return country

    def _fallback_place(self, agents):
        """The country a document with responses but no situation place centres on, or None.

        The same scores as :meth:`place_scores`, without the responders' own countries
        (see :func:`.places.responder_countries`): the best country when it is named in
        the headline or lead and no other country named there comes close, or when it
        stands well ahead of every other country.

        Parameters
        ----------
        agents : dict
            Per sentence, the agents of outsider responses (:meth:`_agent_isos`).

        Returns
        -------
        str or None
            An ISO 3166-1 code.
        """
        scores = self.place_scores(agents)
        countries: Counter = Counter()
        for iso, v in scores.items():
            country = iso.split("-")[0]
            if country not in self._responders:
                countries[country] += v
        if not countries:
            return None
        order = {}
        for vote in self.places:
            order.setdefault(vote.iso.split("-")[0], len(order))
        ranked = sorted(countries.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99)))
        country, total = ranked[0]
        if total <= 0:
            return None
        lead = {i for i, *_ in self.sentences[:2]}
        headed = {v.iso.split("-")[0] for v in self.places
                  if (v.title_weight > 1 or v.sentence in lead)
                  and v.iso.split("-")[0] in countries}
        rival = ranked[1][1] if len(ranked) > 1 else 0.0
        if headed == {country} or rival < 0.5 * total:
            return country
        return None

    def dominant_kind(self, votes=None):
        """The kind with most (weighted) cue votes; a tie goes to the more specific kind
        (``KIND_PRIORITY``), so that two languages' wordings of one story agree."""
        votes = self.kind_votes if votes is None else votes
        if not votes:
            return "HumanRightsSituation"
        top = max(votes.values())
        tied = [k for k, v in votes.items() if v >= top - 1e-9]
        return min(tied, key=lambda k: (KIND_PRIORITY.index(k) if k in KIND_PRIORITY else 99, k))

    # ---------------------------------------------------------------- resolving
    def resolve(self):
        """The situations of the document and the one each response answers.

        Returns ``(main, situations, assignment)``: the main :class:`Situation` (or None),
        every situation keyed by ``(kind, iso)``, and ``{id(response): (kind, iso)}``.

        A response answers the situation named in its own sentence (a cue with its place,
        "the crackdown in X"); else the one named last before it; else the main one. A
        named situation in the main situation's country is the main situation (one node per
        document and country), unless it is a region with its own government.
        """
        self._attach_all()
        agents = self._agent_isos()
        place = self.dominant_place(agents)
        if place is None and self.responses:
            place = self._fallback_place(agents)
        self.main_place = place
        kind = self.dominant_kind()
        if place:
            # the main situation's kind, from the cues not tied to another situation's place
            gov_regions = regions_with_government()

            def other(iso):
                if "-" in iso and iso not in gov_regions:
                    iso = iso.split("-")[0]
                return iso != place and (iso.split("-")[0] != place.split("-")[0]
                                         or iso in gov_regions)
            elsewhere = {id(v.cue) for v in self.places if v.cue is not None
                         and v.attached in ("loc", "adj", "origin") and other(v.iso)}
            own = Counter()
            for cue, weight in self._cue_weights:
                if id(cue) not in elsewhere:
                    own[cue.kind] += weight * _KIND_WEIGHT.get(cue.kind, 1.0)
            if own:
                kind = self.dominant_kind(own)
        situations: dict = {}
        main = None
        if place:
            main = Situation(kind, place, [c for c in self.cues if c.kind == kind])
            situations[(kind, place)] = main
        main_country = place.split("-")[0] if place else None
        gov_regions = regions_with_government()

        def situation_for(vote):
            iso = vote.iso
            if "-" in iso and iso not in gov_regions:
                iso = iso.split("-")[0]
            if main is not None and (iso == place or (
                    iso.split("-")[0] == main_country and (iso not in gov_regions))):
                return main
            if main is not None and iso == main_country:
                return main
            k = (vote.cue.kind if vote.cue else kind, iso)
            sit = situations.get(k)
            if sit is None:
                sit = situations[k] = Situation(k[0], iso, [])
            if vote.cue is not None and vote.cue not in sit.cues:
                sit.cues.append(vote.cue)
            return sit

        # the situation named in each sentence
        named: dict = {}
        for vote in self.places:
            if vote.attached not in ("loc", "adj", "origin") or vote.cue is None:
                continue
            here = agents.get(vote.sentence, ())
            if vote.key in here and not vote.preposition:
                continue
            named.setdefault(vote.sentence, []).append((vote.cue.start, situation_for(vote)))
        # a cue without a place names the situation of its kind named before it (the main
        # one for the main kind); otherwise the sentence follows the one named last
        # (another kind: the situation of the sentence just before, else the main one)
        last_of_kind = {}
        last = None
        cues_of: dict = defaultdict(list)
        for cue in self.cues:
            cues_of[cue.sentence].append(cue)
        for idx in sorted(set(cues_of) | set(named)):
            for _, sit in named.get(idx, ()):
                last_of_kind[sit.kind] = sit
                last = (idx, sit)
            if idx in named:
                continue
            for cue in cues_of.get(idx, ()):
                if cue.response:
                    continue
                if main is not None and cue.kind == main.kind:
                    sit = main
                elif cue.kind in last_of_kind:
                    sit = last_of_kind[cue.kind]
                elif last is not None and self._near(last[0], idx, window=1):
                    sit = last[1]
                else:
                    sit = main
                if sit is not None:
                    named.setdefault(idx, []).append((cue.start, sit))
        order = sorted(named)
        assignment = {}
        for response, sentence, pos in self.responses:
            sit = None
            if sentence in named:
                sit = min(named[sentence], key=lambda cs: abs(cs[0] - pos))[1]
            else:
                i = bisect_right(order, sentence if sentence is not None else -1) - 1
                if i >= 0:
                    sit = min(named[order[i]], key=lambda cs: -cs[0])[1]
                    # another situation is followed for a short while (the next sentences of
                    # its paragraph), then the text is back to its main subject
                    if sit is not main and not self._near(order[i], sentence):
                        sit = None
            sit = sit or main
            # police, security forces and courts use force at home: "Syrian security services
            # arrested returnees" in a story about Lebanon is a situation in Syria
            home = {coercive_iso(k) for k in response.agents} if response.type == "UseOfForce" \
                else ()
            if sit is not None and len(home) == 1 and None not in home and any(
                    v.sentence == sentence and v.key in response.agents for v in self.places):
                iso = home.pop()
                if "-" in iso and iso not in gov_regions:
                    iso = iso.split("-")[0]
                here = {v.iso.split("-")[0] for v in self.places if v.sentence == sentence}
                if iso.split("-")[0] != sit.iso.split("-")[0] and sit.iso.split("-")[0] not in here:
                    # (not "Moroccan police arrested activists in Western Sahara")
                    sit = situations.setdefault((sit.kind, iso), Situation(sit.kind, iso, []))
            if sit is not None:
                assignment[id(response)] = (sit.kind, sit.iso)
        return main, situations, assignment

    def _near(self, named_idx, idx, window=2):
        """True when sentence ``idx`` follows sentence ``named_idx`` closely, in its paragraph."""
        if idx is None or named_idx not in self._sentence_of or idx not in self._sentence_of:
            return False
        if self._rank is None or len(self._rank) != len(self.sentences):
            self._rank = {i: n for n, (i, *_) in enumerate(self.sentences)}
        if idx not in self._rank or named_idx not in self._rank:
            return False
        distance = self._rank[idx] - self._rank[named_idx]
        a = self._sentence_of[named_idx][1]
        b = self._sentence_of[idx][0]
        return 0 < distance <= window and "\n\n" not in self.norm[a:b] and \
            self.norm[a:b].count("\n") <= 1

    def events(self, out_responses, sentences_by_index, doc_date=None, gz=None):
        """Build the :class:`Event` records and set ``response.event``; returns
        ``{event key: Event}`` and ``{id(response): place ISO}``."""
        # responses recorded without their cue position: their evidence sentence
        noted = {id(r) for r, _, _ in self.responses}
        starts = {s.start: i for i, s in sentences_by_index.items()}
        for r in out_responses:
            if id(r) not in noted and r.evidence:
                idx = starts.get(r.evidence[0].start)
                span = self._sentence_of.get(idx)
                self.responses.append((r, idx, span[0] if span else 0))
        main, situations, assignment = self.resolve()
        used = {assignment[id(r)] for r in out_responses if id(r) in assignment}
        if main is not None:
            used.add((main.kind, main.iso))
        events = {}
        for k in used:
            sit = situations[k]
            event = build_event(sit.kind, sit.iso, sit.cues or [c for c in self.cues
                                                               if c.kind == sit.kind],
                                None, sentences_by_index)
            mine = [r for r in out_responses if assignment.get(id(r)) == k]
            event.perpetrator = self._perpetrator(sit, mine)
            mine_ids = {id(r) for r in mine}
            event.affected_group = self._affected(sit, [sentence for r, sentence, _ in self.responses
                                                        if r.type == "UseOfForce"
                                                        and id(r) in mine_ids])
            event.date = self._date(sit, doc_date)
            events[event.key] = event
        # where generic actors are localised: the situation's place, but the court and
        # prosecutor of a trial held abroad belong to the venue
        venues = Counter(v.iso for v in self.places if v.attached == "venue")
        venue = max(sorted(venues), key=lambda k: venues[k]) if venues else None
        places = {}
        for r in out_responses:
            k = assignment.get(id(r))
            if k is not None:
                r.event = event_key(*k)
                places[id(r)] = k[1]
            if venue and any(key.count("/") == 1 and key.split("/")[1] in _COURT_ROLES
                             for key in r.agents):
                places[id(r)] = venue
        return events, places

    def _perpetrator(self, sit, responses):
        """Who commits the abuse: the actor the document shows using force in this
        situation (its government), else, for abuses of states, the government of the
        place (a region with its own government, such as Chechnya, is its own)."""
        iso = sit.iso
        if "-" in iso and iso not in regions_with_government():
            iso = iso.split("-")[0]
        named = Counter()
        for r in responses:
            if r.type != "UseOfForce":
                continue
            for key in r.agents:
                parts = key.split("/")
                if parts[0] in ("body", "official") and len(parts) == 2:
                    named[f"gov/{iso}"] += 1
                elif parts[0] in ("body", "official", "gov") and len(parts) >= 2:
                    named[f"gov/{parts[1]}"] += 1
        if named:
            return max(sorted(named), key=lambda k: named[k])
        if sit.kind in STATE_KINDS:
            return f"gov/{iso}"
        return None

    def _cue_sentences(self, sit, with_responses=False):
        """Sentences that name the situation: its own cues (for the main situation, every
        situation cue that is not a response or tied to another place)."""
        seen, seen_set = [], set()
        cues = list(sit.cues)
        if sit.iso == self.main_place:
            elsewhere = {id(v.cue) for v in self.places if v.cue is not None
                         and v.attached in ("loc", "adj", "origin")
                         and v.iso.split("-")[0] != sit.iso.split("-")[0]}
            cues += [c for c in self.cues if (with_responses or not c.response)
                     and id(c) not in elsewhere]
        for cue in cues:
            if cue.sentence not in seen_set and cue.sentence in self._sentence_of:
                seen.append(cue.sentence)
                seen_set.add(cue.sentence)
        return seen

    def _affected(self, sit, extra_sentences=()):
        # only the patterns with one of their words in the text can match in it
        table = self._affected_rows
        if table is None or table[0] is not self.norm:
            table = self._affected_rows = (self.norm, [
                row for row in _affected_table(self.lang)
                if row[2] is None or any(w in self.norm for w in row[2])])
        table = table[1]
        if not table:
            return None
        counts: Counter = Counter()
        first = {}
        # the first sentences naming the situation say who suffers it (bounded for speed)
        # (with the sentences where force is used in it: "arrested dozens of journalists")
        named = set(self._cue_sentences(sit, with_responses=True))
        named |= {i for i in extra_sentences if i in self._sentence_of}
        sentences = sorted(named, key=lambda idx: self._sentence_of[idx][0])[:_AFFECTED_SENTENCES]
        wanted = set(sentences)
        cue_ends = sorted(c.end for c in self.cues if c.sentence in wanted)
        for idx in sentences:
            na, nb = self._sentence_of[idx]
            text = self.norm[na:nb]
            for rx, label, words in table:
                if words is not None and not any(w in text for w in words):
                    continue
                for m in rx.finditer(text):
                    start = na + m.start()
                    # "the crackdown on the opposition", "القمع ضد المتظاهرين"
                    i = bisect_right(cue_ends, start) - 1
                    near = i >= 0 and start - cue_ends[i] <= 40
                    counts[label] += 3 if near else 1
                    first[label] = min(first.get(label, start), start)
        if not counts:
            return None
        return max(sorted(counts), key=lambda k: (counts[k], -first[k]))

    def _date(self, sit, doc_date):
        """The first date stated, with its year, in a sentence naming the situation (not a
        dateline, not the document's own date, not before 1900 or after the document)."""
        from .quantities import find_date
        for idx in self._cue_sentences(sit):
            na, nb = self._sentence_of[idx]
            text = self.norm[na:nb]
            if _DATELINE.match(text) or not _YEAR.search(text):
                continue    # a dateline, or only a relative day ("on Monday"): a report date
            date = find_date(text, self.lang, doc_date)
            if not date or date == doc_date:
                continue
            year = int(date[:4])
            if year < 1900 or (doc_date and year > int(doc_date[:4])):
                continue
            return date
        return None


def build_event(kind, iso, cues, doc_text, sentences_by_index, confidence=0.6):
    """An :class:`Event` with evidence from the cue sentences (at most three)."""
    evidence = []
    seen = set()
    for cue in cues:
        if cue.kind != kind or cue.sentence in seen:
            continue
        seen.add(cue.sentence)
        s = sentences_by_index.get(cue.sentence)
        if s is None:
            continue
        evidence.append(Evidence(s.start, s.end, s.text, confidence, cue.surface))
        if len(evidence) >= 3:
            break
    if not evidence:
        for cue in cues:
            s = sentences_by_index.get(cue.sentence)
            if s is not None:
                evidence.append(Evidence(s.start, s.end, s.text, confidence, cue.surface))
                break
    return Event(key=event_key(kind, iso), kind=kind, place=f"place/{iso}",
                 evidence=evidence)
