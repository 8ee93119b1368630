"""Resolving the situations of a document and the one each response answers, with their
perpetrator, affected group and date (the :class:`SituationResolution` mixin of
:class:`.events.SituationVotes`), and :func:`build_event`."""

from __future__ import annotations

from bisect import bisect_right, insort
from collections import Counter, defaultdict

from .event_records import (STATE_KINDS, Situation, _AFFECTED_SENTENCES, _COURT_ROLES, _DATELINE,
                            _KIND_WEIGHT, _YEAR, _affected_table, event_key, regions_with_government)
from .model import Event, Evidence
from .places import coercive_iso, lead_locative


class SituationResolution:
    """Situations, events and their details (mixin of ``SituationVotes``)."""

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
            # (else where the headline and lead say the story is: "migrants held in X")
            heads = {i for i, _, _, tw in self.sentences if tw > 1}
            lead = {s[0] for s in [s for s in self.sentences if s[0] not in heads][:2]}
            place = self._fallback_place(agents) or lead_locative(
                self.places, heads, lead, self.norm, self._speakers)
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
            # a group of the main country acting abroad ("members of the Nigerian diaspora
            # rallied in London", "تظاهر أبناء الجالية السودانية في لندن"): its act is about home
            if sit is not main and main is not None and _home_group(response.agents, main_country):
                sit = main
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
                    if sentence is not None:    # its paragraph's next sentences follow it
                        named[sentence] = [(pos, sit)]
                        if sentence not in order:
                            insort(order, sentence)
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


def _home_group(agents, country):
    """Whether every agent is a group of ``country`` (``group/NG/diaspora``): groups are keyed
    by the country of the situation they act about."""
    return bool(agents) and all(k.startswith(f"group/{country}/") for k in agents)


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
