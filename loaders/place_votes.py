"""Collecting and weighing situation cues and place votes: places tied to cues, the
main place and kind (the :class:`PlaceVoting` mixin of :class:`.events.SituationVotes`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict

from .syntax_words import AGAINST, NEVER
from .event_records import (KIND_PRIORITY, OUTSIDER_TYPES, STATE_KINDS, EventCue, PlaceVote, _CLAUSE,
                            _CONNECT, _DATIVE, _FROM, _KIND_WEIGHT, _PEOPLE_DISPLACED, _STOP, _TO,
                            _words, iso_of, place_weight, regions_with_government)
from .nationals import names_nationals
from .place_frames import (at_risk, in_custody, inside, is_border, is_dateline, is_headline_label, is_seat,
                           removal_frames, victims_origin)
from .taken_home import held_after_abduction, taken_home
from .harm_sites import tells
from .exile_rallies import rally_venues
from .place_scenes import foreign_attackers, migrants_nationality, scene_roles
from .transit_harm import HARM_KINDS, TransitHarm
from .places import (city_mentions, coercive_iso, forced_return, forced_return_actors,
                     lead_deporters, meeting_places, on_trial, qualified_preposition, responder_countries,
                     sentence_roles, shared_regions, tries_foreigner, where_follows)


# a rally "in front of" a state's embassy or ministry still points at that state (the body is no
# place, but the state it stands for is what the rally answers): "أمام سفارة إيران", "devant l'ambassade"
_FACING = frozenset({"أمام", "امام", "devant", "outside", "opposite"})
# an embassy or consulate is a building as well as a body: "tué au consulat saoudien d'Istanbul"
_MISSION = re.compile(r"ambassade|consulat|embass|consulate|سفار|قنصلي")
# a city genitive to the situation cue: "the siege of X", "le bombardement de la gare de X", "قصف سوق X"
_GENITIVE = {
    "en": re.compile(r"(?<!\w)of\s+(?:the\s+)?$|^\s*$"),
    "fr": re.compile(r"(?<!\w)(?:de|d'|du|des)\s*(?:la\s+|l')?$"),
    "ar": re.compile(r"^\s*(?:(?!(?:[وف]?(?:في|من|الى|على|عن|مع|بعد|قبل))\s)\S+\s+){0,2}$"),
}
# an Arabic demonym in the human plural ("صيادين مصريين", "معتقلون سوريون"): the victims' people,
# not the state whose abuse it is ("القمع الصيني")
_AR_HUMAN_PLURAL = re.compile(r"(?:يين|يون|يات)$")


class PlaceVoting(TransitHarm):
    """Collects and weighs cues and places (mixin of ``SituationVotes``)."""

    _from_origin: set = frozenset()     # ids of votes naming victims' origin ("from Gaza")
    _lead_deporters: set = frozenset()  # ids of votes of the states the lead says send people away
    _forceful: set = frozenset()        # (sentence, key) of states using force ("X authorities detained")
    _nationals: frozenset = frozenset()  # ids of demonyms naming people's nationality ("Chinese citizens")
    _named_attacks: frozenset = frozenset()  # ids of attacks named by a weapon noun (.state_strikes)

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
            preposition = m.preposition or qualified_preposition(self.norm, m.start, self.lang)
            if m.form in ("body", "official") and (preposition or "").lower() not in _FACING \
                    and not _MISSION.search(self.norm[m.start:m.end]):
                preposition = None      # an actor is no place: "في غارة إسرائيلية" (in an Israeli strike)
            line_start = self.norm.rfind("\n", 0, m.start) + 1
            if preposition and _words(self.norm[line_start:m.start]) <= 1 and not any(
                    preposition.lower() in (w, w[1:]) for w in self.norm[line_start:m.start].split()):
                preposition = None      # shared with a list on the line before ("وفي X" keeps it)
            if preposition and not m.preposition:
                # "in northern Iraq", "dans l'est de la RDC": an area of the country
                vote = PlaceVote(iso, m.key, "Place", "area", preposition, m.start, m.end, idx,
                                 title_weight, bool(cues), against)
            else:
                vote = PlaceVote(iso, m.key, m.kind, m.form, preposition, m.start, m.end, idx,
                                 title_weight, bool(cues), against)
            if m.form == "demonym" and names_nationals(self.norm, m.start, m.end, self.lang):
                vote.against = False
                self._nationals = self._nationals | {id(vote)}
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
        outsiders = {k.split("/")[1].split("-")[0] for keys in answering.values() for k in keys
                     if k.split("/")[0] in ("gov", "body", "official") and k.count("/") >= 1}
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
            # envoys' postings, dual nationalities, a locative opening the sentence (.places);
            # a framed place names its sentence's situation, not the document's
            self._deporters |= sentence_roles(self.norm, self.lang, na, votes, cues, answering.get(
                votes[0].sentence, ()) if votes else (), outsiders)
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
        shared_regions(self.norm, self.places, self._speakers)     # "Kashmir": India or Pakistan
        self._frame_votes()

    def _frame_votes(self):
        """Datelines say where the reporter is; a headline label ("Mali: ...") names the
        country of the story (see :mod:`.place_frames`)."""
        by_sentence = defaultdict(list)
        for vote in self.places:
            by_sentence[vote.sentence].append(vote)
        self._from_origin = {id(v) for v in self.places if v.form != "demonym" and v.attached is None
                             and v.sentence in self._sentence_of and victims_origin(
                                 self.norm, self.lang, v.start, *self._sentence_of[v.sentence])}
        for sentence, votes in by_sentence.items():
            span = self._sentence_of.get(sentence)
            if span is None:
                continue
            for vote in votes:
                if vote.attached in ("loc", "adj") and vote.cue is not None and at_risk(
                        self.norm, self.lang, vote.cue.start, span[0]):
                    vote.attached = "dest"      # "faces torture in X" (if sent back)
            sources, dests = removal_frames(self.norm, self.lang, votes, *span)
            for vote in sources:
                vote.attached = "loc"
            for vote in dests:
                vote.attached = "dest"
            # an official tried or wanted for an abuse the sentence places elsewhere ("children
            # deported from X: arrest warrant for the Y president"): the abuse's place counts
            named = {v.iso.split("-")[0] for v in votes if v.attached in ("loc", "adj", "origin")
                     and v.cue is not None and v.kind != "Official"
                     and v.cue.kind not in ("UnfairTrial", "HumanRightsSituation")}
            for vote in votes:
                if vote.kind == "Official" and vote.attached == "loc" and vote.cue is not None \
                        and vote.cue.kind in ("UnfairTrial", "HumanRightsSituation") \
                        and named - {vote.iso.split("-")[0]}:
                    vote.attached = None
        for vote in self.places:
            if is_border(self.norm, self.lang, vote.start, vote.end):
                vote.attached = "border"
            elif vote.attached is None and vote.key.startswith("gov/") and in_custody(
                    self.norm, self.lang, vote.start, vote.end, vote.form == "demonym"):
                vote.attached = "custody"
            elif vote.title_weight > 1:
                # (a place's name; not a speaker such as "وزارة الخارجية السعودية: ...")
                if vote.attached is None and vote.form not in ("demonym", "body", "official") and \
                        is_headline_label(self.norm, vote.start, vote.end):
                    vote.attached = "label"
            elif vote.preposition is None and is_dateline(self.norm, vote.start, vote.end):
                vote.attached = "dateline"
        abroad, home = taken_home(self.norm, self.lang, self.places, self._sentence_of, self.responses)
        for vote in abroad:
            vote.attached = "abroad"    # seized abroad, taken home (see .taken_home)
        for vote in home:
            vote.attached = "loc"
        self._accused_labels()
        scene_roles(self.norm, self.lang, self.places, self.cues, self._sentence_of)
        foreign_attackers(self.norm, self.lang, self.places, self.cues)
        rally_venues(self.places)       # "the Cameroonian diaspora demonstrated in Brussels"

    def _accused_labels(self):
        """A headline label followed, in its headline, by a locative in another country names
        the state accused, not the place ("Israel: Starvation Used as Weapon of War in Gaza",
        "Russie : des civils torturés à Kherson", "إسرائيل: ... في غزة"): the locative is
        where it happens."""
        for label in [v for v in self.places if v.attached == "label"]:
            country = label.iso.split("-")[0]
            there = [v for v in self.places if v.sentence == label.sentence and v.start > label.end
                     and v.preposition and v.attached in (None, "loc", "adj")
                     and (v.kind == "Place" or v.form in ("name", "capital", "region", "city", "area"))
                     and v.iso.split("-")[0] != country]
            if there and held_after_abduction(self.places, label):
                seized = {v.iso for v in there}
                for v in self.places:
                    if v in there or (v.iso in seized and v.attached == "loc" and v.cue is not None
                                      and v.cue.kind == "EnforcedDisappearance"):
                        v.attached = "abroad"
            elif there:
                label.attached = None
                for v in there:
                    if v.attached is None:
                        v.attached = "loc"

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

    def note_named_attack(self, response, pos):
        """Remember a ``UseOfForce`` read from a weapon or strike noun ("a Russian missile hit
        Odesa", :mod:`.state_strikes`): an attack, often abroad, so its state does not act on
        its own soil the way its police does (no ``_forceful`` weight)."""
        self.note_response(response, pos)
        self._named_attacks = self._named_attacks | {id(response)}

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
        if id(vote) in self._nationals:
            return      # "attacks on Chinese citizens": whose nationals, not where
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
                elif vote.form == "city" and not people and _words(gap) <= 4 and not _CLAUSE.search(gap) \
                        and _GENITIVE[lang].search(gap):
                    kind = "loc"    # "the bombing of Chernihiv", "حصار الفاشر": a city is never an actor
                elif vote.form == "demonym" and _words(gap) <= 1 and not _CLAUSE.search(gap) \
                        and (people or (cue.kind in STATE_KINDS and not (
                            lang == "ar" and _AR_HUMAN_PLURAL.search(norm, vote.start, vote.end)))):
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
                        or not _CONNECT[lang].search(gap) or tells(gap, lang):
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
        if vote.attached is None and is_seat(self.norm, self.lang, vote.start, vote.end, vote.preposition):
            return 0.0      # "ومقرها لندن", "London-based": where an organisation sits (.place_frames)
        if id(vote) in self._deporters and not self._forced:
            # a deportation named in passing names its own situation, not the document's
            weight = place_weight(vote.kind, vote.form, vote.preposition, True, tw)
        elif vote.attached in ("loc", "origin"):
            weight = 5.0 * tw
        elif vote.attached == "adj":
            weight = 3.0 * tw
        elif vote.attached == "label":
            weight = 5.0 * tw
        elif vote.attached in ("host", "dest", "venue", "abroad", "dateline", "border", "background",
                               "nationals", "topic", "perpetrator", "rally"):
            weight = 0.3 * tw
        elif vote.attached == "custody":
            weight = (3.0 if vote.event_sentence else 1.5) * tw
        elif id(vote) in self._nationals:
            weight = 0.3 * tw   # "a Sri Lankan woman who died in Nagoya": her nationality
        elif id(vote) in self._from_origin:
            weight = place_weight(vote.kind, "demonym", None, False, tw)    # "a detainee from Gaza"
        else:
            weight = place_weight(vote.kind, vote.form, vote.preposition, vote.event_sentence,
                                  tw, vote.against)
        if not vote.preposition and vote.attached not in ("loc", "origin", "adj", "label"):
            here = agents.get(vote.sentence, ())
            if vote.key in here or ("iso:" + vote.iso.split("-")[0] in here
                                    and vote.key.split("/")[0] in ("gov", "body", "official")):
                weight *= 0.15
        elif vote.preposition and vote.attached is None and not vote.event_sentence and \
                "iso:" + vote.iso.split("-")[0] in agents.get(vote.sentence, ()):
            weight *= 0.15      # "In London, the Foreign Office summoned ...": where it answers
        # where the situation is, not where it is answered from (see .places)
        if (coercive_iso(vote.key) or (vote.sentence, vote.key) in self._forceful) and \
                (vote.event_sentence or tw > 1) and \
                vote.sentence not in self._located and id(vote) not in self._abroad:
            weight = max(weight, 3.0 * tw)
        elif vote.iso.split("-")[0] in self._responders and vote.form not in ("area", "city") and \
                vote.attached not in ("loc", "origin", "adj", "host", "label"):
            # (a city is never an actor: "a strike on a theatre in Mariupol" stays in Ukraine
            # when Ukraine's president condemns it)
            weight *= 0.3
        return weight * (1.5 if "-" in vote.iso else 1.0)

    def _place_context(self):
        """The countries that only answer the situation, and whether the headline and lead
        are about forced returns (see :mod:`.places`)."""
        from .gazetteer import get_gazetteer
        self._responders = responder_countries((r for r, _, _ in self.responses),
                                               OUTSIDER_TYPES, self.gz or get_gazetteer())
        self._located = {v.sentence for v in self.places if v.kind == "Place" and v.preposition}
        # a state's own authorities said to use force (arrest, raid, detain) act on their soil,
        # like its police: "Kuwaiti authorities detained ...", "السلطات المصرية اعتقلت ..."; not
        # a state that answers elsewhere in the text ("UK condemns death sentence" misread)
        answering = {key for r, _, _ in self.responses if r.type in OUTSIDER_TYPES for key in r.agents}
        # ... and not where the sentence places the force, or its dateline the reporter, in
        # another country ("Russian forces shelled power stations in Ukraine", "RAMALLAH -
        # Israeli forces raided an office")
        elsewhere = defaultdict(set)
        for v in self.places:
            if v.preposition or v.attached == "dateline":
                elsewhere[v.sentence].add(v.iso.split("-")[0])
        self._forceful = {(sentence, key) for r, sentence, _ in self.responses
                          if r.type == "UseOfForce" and id(r) not in self._named_attacks for key in r.agents
                          if key.split("/")[0] in ("gov", "body") and key not in answering
                          and not key.endswith("/armed-forces")      # armies fight abroad
                          and not elsewhere[sentence] - {key.split("/")[1].split("-")[0]}}
        self._abroad = {id(v) for v in self.places if coercive_iso(v.key) and tries_foreigner(
            v, [o for o in self.places if o.sentence == v.sentence], self.norm)}
        lead = self.sentences[:3]
        self._lead_deporters = set()
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
            # the state the headline and lead say sends them ("Poland extradites ...")
            for vote in lead_deporters(self.norm, self.lang, self.places, lead):
                if vote.attached is None:
                    vote.attached = "loc"
                    self._lead_deporters.add(id(vote))
        self._forced = forced
        self._harmed_in_transit()
        migrants_nationality(self.lang, self.places)

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
        candidates |= {p.iso.split("-")[0] for p in self.places if p.attached == "label"}
        if self._forced:
            # (a story of forced returns: the state the lead says sends people away, whose vote
            # has no cue of its own, is a candidate beside the places tied to the kind)
            candidates |= {p.iso.split("-")[0] for p in self.places if id(p) in self._lead_deporters}
        if kind in HARM_KINDS:
            # (where detainees are held: "died in Russian custody", "في السجون الروسية")
            candidates |= {p.iso.split("-")[0] for p in self.places if p.attached == "custody"}
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
        # (or a unit inside one: "Rafah" in the Gaza Strip)
        governed = {r for r in regions_with_government() if r.startswith(country + "-")}
        named = {iso for iso in votes if iso in governed} | {
            r for r in governed for iso in votes if inside(iso, r)}
        regions = [(votes.get(iso, 0.0), iso) for iso in named]
        if regions:
            v, region = max(regions)
            v += sum(s for iso, s in votes.items() if inside(iso, region))
            pool = [p for p in tied_to_kind if p.iso.split("-")[0] == country] or [
                p for p in self.places if p.attached in ("loc", "adj", "origin")
                and p.iso.split("-")[0] == country]
            # (a unit inside the region, "Erbil" in Iraqi Kurdistan, is on its side)
            mine = sum(p.title_weight for p in pool if p.iso == region or inside(p.iso, region))
            rivals = sum(p.title_weight for p in pool if p.iso != region
                         and not inside(p.iso, region)
                         and (p.form in ("capital", "region") or p.kind == "Place"))
            # nor by another of the country's regions ("the West Bank" as much as "Gaza")
            beaten = any(s >= v for iso, s in votes.items()
                         if iso.startswith(country + "-") and iso != region
                         and not inside(iso, region))
            # and it must be where something happens, not only named ("Quebec adopts a motion")
            lead = {i for i, *_ in self.sentences[:3]}
            located = any((p.iso == region or inside(p.iso, region)) and (
                p.attached in ("loc", "adj", "origin", "label")
                or (p.event_sentence and (p.preposition or p.kind == "Place"))
                or (p.preposition and p.sentence in lead)) for p in self.places)
            if v >= 0.2 * total and (not rivals or mine >= rivals) and not beaten and located:
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
        venues = meeting_places(self.norm, self.places, self._speakers)  # "meeting in X"
        for iso, v in scores.items():
            country = iso.split("-")[0]
            if country not in self._responders and country not in venues:
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
