"""The acts of one sentence: negation, modality and the agents of every response cue
(the :class:`SentenceActs` mixin of the extractor's reader, :mod:`.extract`)."""

from __future__ import annotations

import re
from bisect import bisect_left

from .attribution_patterns import AGENT_KINDS, SPEECH_TYPES, ar_passive_written
from .syntax_words import NEVER, PASSIVE_NEAR
from .crowds import PEOPLE_ACTS, crowd_after, crowd_uses_force, protest_context
from .extract_patterns import (_PUBLISH_VERB, _AND_NEXT_VERB, _AR_COMPLEMENTIZER, _AR_WE_VERB, _THEIR_SUBJECT,
                               _ACCUSED_OF, _AND_VERB, _ARTIFACT_TYPES, _AR_ARMED_VIOLENCE,
                               _AUTHORED, _AUX_ACTIVE, _AUX_BEFORE,
                               _BY_STATE_AGENT, _CALLED_BY, _CLAIM_AFTER, _CLAUSE_AUX,
                               _CLOSED_RELATIVE, _CONTENT_TYPES, _COORDINATED_VERB,
                               _COPULA_GAP, _DONT_LIST, _FINDING_THAT, _INSIST, _IN_A_REPORT, _KILLED,
                               _LIST_VERB, _NOMINAL_OBJECT_TYPES, _ORG_SUBJECT, _OWN_SUBJECT_CLAUSE,
                               _PASSIVE_CUE_FR_EN, _POSSESSIVE_ROLE, _PRONOUN_SUBJECT, _PRONOUN_VERB,
                               _PURPOSE, _RELATIVE_BEFORE, _REPORTED_CLAUSE, _REQUESTING,
                               _SAID_PRONOUN, _SANCTIONS_OF, _SANCTION_TARGET, _SENTENCED_TO,
                               _SENTENCE_NOUN_OBJECT, _STATEMENT_TYPES, _STATE_ONLY, _THOSE,
                               _TO_INFINITIVE, _TO_ITS_LIST, _VAGUE_SPEAKER, _WE_CUE, _WE_SUBJECT,
                               _WHOSE_BEFORE, _unquoted)
from .act_qualifiers import ActQualifiers
from .model import Response
from .speech_judgements import speech_judgement
from .type_precision import ar_we_agents, drop_non_agents, requested_of_addressee, state_subject

_AR_FALSE_NEWS = re.compile(r"(?:نشر|بث|ترويج|اذاعه|تداول|نشرها|بنشر|وبث)\s+(?:(?:ال)?(?:اخبار|انباء|معلومات|بيانات|"
                            r"ادعاءات|تصريحات)\s+)?\S?$")
_AR_DRONE = re.compile(r"(?:طائره|طائرات|الطائرات|الطائره|طايره|طايرات|الطايرات)\s+\S?$")


# the state itself as the subject of a reported clause ("said the state fund will pay")
_STATE_SUBJECT = {
    "en": re.compile(r"\s*(?:the\s+)?(?:state|government|treasury|(?:state|government|public)\s+(?:fund|budget|treasury))"
                     r"\s+(?:will\s+|would\s+|is\s+to\s+|was\s+to\s+|had\s+|has\s+)?"),
    "fr": re.compile(r"\s*(?:l'etat|l'état|le tresor|le trésor|le gouvernement|un fonds (?:public|de l'etat|de l'état))"
                     r"\s+(?:va\s+|allait\s+)?"),
}

# a temporal conjunction opening a new clause between two cues ("before police dispersed them")
_TEMPORAL_CLAUSE = {
    "ar": re.compile(r"(?<!\S)(?:قبل ان|بعد ان|عندما|حين|حينما|ريثما)(?!\S)"),
    "fr": re.compile(r"(?<!\w)(?:avant que|avant qu'|apres que|après que|lorsque|lorsqu'|quand|jusqu'a ce que|jusqu'à ce que)(?!\w)"),
    "en": re.compile(r"(?<!\w)(?:before|after|when|until)(?!\w)"),
}

class SentenceActs(ActQualifiers):
    """Reads one sentence's response cues into responses (mixin of ``extract._Reader``)."""

    # ------------------------------------------------------------------ one sentence
    def _sentence(self, out, idx, na, nb, s, hits, negs, mods, mentions_here, events_here=()):
        norm = self.norm
        # exclusions ("but not X" / "X did not sign")
        excluded = set()
        for n in negs:
            if n.entry.value == "exclusion":
                for m in self._mentions_in(n.end, min(nb, n.end + 40))[:1]:
                    for x in self.attr.coordinated(m) if m.kind in AGENT_KINDS else [m]:
                        if x.start >= n.end:
                            excluded.add(x.key)
            elif n.entry.value == "exclusion_before":
                before = [m for m in self._mentions_in(na, n.start) if m.kind in AGENT_KINDS]
                after = [m for m in self._mentions_in(n.end, min(nb, n.end + 30))
                         if m.kind in AGENT_KINDS] if self.lang == "ar" else []
                if after and not norm[n.end:after[0].start].strip():
                    before = [after[0]]     # Arabic verb-subject: "لم توقع المجر"
                if before:
                    for x in self.attr.coordinated(before[-1]):
                        excluded.add(x.key)
        self.joint_excluded |= excluded
        # "ولم تعلق الحكومة السورية ...، غير أن وسائل إعلام مقربة منها قالت إن دمشق «ترحب»":
        # an actor said to be silent makes no statement in the same sentence
        silent = set()
        if self.lang == "ar":
            for n in negs:
                if n.entry.value == "nonact" and re.match(r"(?:و)?(?:لم|لا)\s", norm[n.start:n.end]):
                    for m in self._mentions_in(n.end, min(nb, n.end + 30))[:1]:
                        if m.kind in AGENT_KINDS and not norm[n.end:m.start].strip():
                            silent.add(self._contextual(m.key, m.start))
        sent_norm = norm[na:nb]
        has_group = bool(self.group_re.search(sent_norm))
        artifact_named = any(h.entry.note == "artifact" for h in hits)
        previous = None
        sentence_agents = []
        local_agents = False    # sentence_agents are only the local authorities of a passive
        if self.lang == "ar":   # "بطائرة مسيرة", "الطائرات المسيرة": a drone, no march
            hits = [h for h in hits if h.entry.value != "Demonstration" or not _AR_DRONE.search(
                norm, max(na, h.start - 10), h.start + 1)]
            # "بتهمة نشر أخبار كاذبة": the charge, nobody's denial
            hits = [h for h in hits if h.entry.value != "Denial" or h.entry.pos != "n" or not _AR_FALSE_NEWS.search(
                norm, max(na, h.start - 24), h.start + 1)]
        self.attr.cue_spans = [(h.start, h.end) for h in hits]
        self.attr.cue_types = [(h.entry.value, h.entry.pos) for h in hits]
        self.attr.prev_rule, self.attr.prev_end = None, None
        self._first_unattributed = False
        first_cue = True
        previous_keys: list = []
        previous_response = None
        support_end = None      # end of the last Support cue of the sentence
        imperative_end = None   # end of the last "must release" / "doit libérer" cue
        n_before = len(out.responses)
        early = None
        if self.lang == "ar":
            early = self._speech_subject(na, nb)    # "وأضافت أن ...": who speaks, before its acts
            if early and early not in self.attr.last_agents:
                self.attr.last_agents = [early]
        for hit in hits:
            entry = hit.entry
            rtype = entry.value
            if self._negated(hit, negs, na):
                previous = hit
                continue
            if rtype == "Accusation" and self.lang in ("fr", "en") and entry.pos == "v" and \
                    _ACCUSED_OF[self.lang].match(norm, hit.start) and not \
                    _AUX_ACTIVE[self.lang].search(norm[max(na, hit.start - 12):hit.start]):
                continue    # "a senator accused of financing gangs", "un opposant accusé de complot"
            if self.lang == "ar" and entry.pos == "v" and rtype in SPEECH_TYPES and \
                    ar_passive_written(self._orig(hit)):
                previous = hit
                continue    # "الذين رُفضت طلبات لجوئهم": a passive, not someone's rejection
            if entry.note == "perpetrator" and not any(
                    e.end <= hit.start and hit.start - e.end <= 80 for e in events_here):
                continue    # "carried out by" only names the author of a described abuse
            if rtype == "UseOfForce" and self.lang in ("fr", "en") and entry.pos == "v" and \
                    _THOSE.search(norm[max(na, hit.start - 20):hit.start]):
                continue    # "release those detained", "libérer ceux arrêtés": the patients
            if rtype == "Condemnation" and self.lang in ("fr", "en") and \
                    re.search(r"condamn|condemn", hit.surface.lower()) and \
                    _SENTENCED_TO[self.lang].match(norm, hit.end, min(nb, hit.end + 160)) and \
                    not _SENTENCE_NOUN_OBJECT.match(norm, hit.end):
                rtype = "UseOfForce"    # "a condamné le journaliste X à trois ans de prison": a sentence
            if rtype == "Demand" and self.lang in ("fr", "en") and \
                    _INSIST[self.lang].match(hit.surface.lower()) and _CLAIM_AFTER[self.lang].match(norm, hit.end):
                rtype = "Denial"    # "insisted that the police had acted with restraint": a claim, not a demand
            modality = self._modality(hit, mods)
            if self.lang in ("fr", "en") and imperative_end is not None and entry.pos == "v" and \
                    rtype not in _REQUESTING and _AND_NEXT_VERB.match(norm, imperative_end, hit.start):
                modality = "requested"  # '"X should drop the charges, release ... and investigate ..."'
            if requested_of_addressee(self.lang, norm, previous, hit, rtype, hits):
                modality = "requested"  # "Nous appelons l'UE à exiger ...", "طالبت X السلطات بإجراء تحقيق"
            # a cue that is only the object of the previous cue ("condemned the arrests")
            resolution_says = self.lang in ("fr", "en") and previous is not None and \
                previous.entry.value == "Resolution" and rtype in ("Condemnation", "ExpressionOfConcern")
            if previous is not None and not resolution_says and (entry.note != "evaluative" or (   # "a nié toute violation"
                    previous.entry.value in ("Denial", "Rejection")
                    and len(norm[previous.end:hit.start].split()) <= 3)) and not (
                    self.lang in ("fr", "en") and (entry.note == "passive" or _PASSIVE_CUE_FR_EN.match(
                        hit.surface.lower()) or _AUX_BEFORE[self.lang].search(
                        norm[max(na, hit.start - 30):hit.start]))) and (rtype in _NOMINAL_OBJECT_TYPES or (
                    len(norm[previous.end:hit.start].split()) <= 1
                    and previous.entry.value in ("Rejection", "Denial", "Condemnation", "Support"))):
                gap = norm[previous.end:hit.start]
                coordinated = self.coord_between.search(
                    _unquoted(gap) if self.lang in ("fr", "en") else gap) or (
                    self.lang == "ar" and entry.pos == "v" and self._conjunction(hit))
                complement = (self.lang == "ar" and (hit.surface[:1] in "بل" or re.search(
                    r"(?<!\S)(?:علي|عن|في|من)\s*$", gap))) or \
                    re.search(r"(?:\bof|\bfor|\bto|(?<!\w)de|(?<!\w)d'|(?<!\w)pour)\s*$", gap)
                long_complement = complement and previous.entry.value in (
                    "Support", "Condemnation", "Accusation", "Demand") and len(gap.split()) <= 30 \
                    and not re.search(r"(?<!\w)(?:and|et|but|mais)(?!\w)|(?<!\S)و\S*\s", gap[:-12] or " ")
                if self.lang in ("fr", "en") and re.search(r'["\u00bb\u201d]\s*,|,\s*["\u00bb\u201d]', gap):
                    pass        # '"We condemn X," lamented Y': a new clause after the quote
                elif self.lang in ("fr", "en") and previous.entry.pos == "n" and entry.pos == "v" \
                        and not re.search(r"(?:\bof|\bfor|\bto|(?<!\w)de|(?<!\w)d'|(?<!\w)pour)\s*$", gap):
                    pass        # "a UN fact-finding mission reported": the noun is the subject
                elif self.lang in ("fr", "en") and rtype == "UseOfForce" and \
                        _BY_STATE_AGENT.match(norm, hit.end, min(nb, hit.end + 120)):
                    pass        # "a dénoncé la condamnation de X par un tribunal d'Alger": the court's act
                elif self.lang in ("fr", "en") and _CLAUSE_AUX.search(gap):
                    pass        # "X, qui avait condamné la répression, a convoqué": the main verb
                elif self.lang in ("fr", "en") and previous.entry.pos == "n" and \
                        _COPULA_GAP.fullmatch(gap):
                    # "the accusations were groundless", "ces accusations sont infondées": the
                    # noun is what the predicate judges (a denial of the accusations)
                    if previous_response is not None and previous.entry.value == "Accusation" \
                            and previous_response.type == "Accusation" and \
                            rtype in ("Denial", "Rejection"):
                        previous_response.type = rtype
                        previous = hit
                        continue
                elif self.lang in ("fr", "en") and previous.entry.note == "igo":
                    pass        # "decided to impose sanctions": what is decided is an act too
                elif rtype in PEOPLE_ACTS and entry.pos == "n" and previous.entry.value == "UseOfForce" \
                        and crowd_after(self.attr, hit.end, nb, rtype) is not None:
                    pass        # "a dispersé une manifestation de femmes": they did rally (.crowds)
                elif self.lang in ("fr", "en") and _FINDING_THAT.search(gap):
                    pass        # "the report found that police beat ...": a new clause
                elif self._new_act_after(previous, hit, gap, na):
                    pass        # "..., exhortant ...", "In a report ..., X accused" (further_acts.py)
                elif self.lang in ("fr", "en") and previous.entry.value in ("Report", "DiplomaticAction") and \
                        rtype in ("Accusation", "Condemnation", "Demand", "ExpressionOfConcern") and \
                        re.match(r"[\w-]+(?:ing|ant)\b", hit.surface.lower()) and len(gap.split()) <= 4:
                    pass        # "a publié un rapport accusant la police", "a letter urging": the author's act
                elif entry.pos == "v" and _TEMPORAL_CLAUSE[self.lang].search(gap):
                    pass        # "تجمعت نساء أمام الوزارة قبل أن تفرقهن الشرطة", "rallied until police
                    # dispersed them": a new clause with its own subject, not what was protested
                elif self.lang == "ar" and self._ar_independent_object(hit, gap):
                    pass        # "نفى الاتهامات التي وجهتها منظمة X": X's own act
                elif self.lang == "ar" and entry.pos == "v" and previous.entry.note == "statement":
                    pass        # "قالت X في بيان مشترك إنها تدين", "بيانا مشتركا أدانتا فيه": X's act
                elif (len(gap.split()) <= 6 and not coordinated or complement and len(gap.split()) <= 10
                        or long_complement) and not re.search(r"[.;:؛]", gap):
                    if previous.entry.value != "Demand" and (
                            _PURPOSE.search(gap) or (self.lang == "ar" and hit.surface[:1] == "ل")):
                        pass        # "mobilised to denounce": a second act of the same agent
                    elif previous.entry.value in _REQUESTING and rtype not in _REQUESTING:
                        modality = "requested"
                    else:
                        if rtype == "Rejection" and previous_response is not None and \
                                previous_response.type == "Condemnation":
                            previous_response.type = "Rejection"    # "denounced interference"
                        continue
            if previous is not None and entry.note == "evaluative" and self.lang in ("fr", "en") and \
                    previous.entry.value in ("Condemnation", "Denial", "Rejection", "Accusation") and \
                    (len(norm[previous.end:hit.start].split()) <= 4 or (
                        len(norm[previous.end:hit.start].split()) <= 8
                        and re.search(r"(?<!\w)(?:comme|as)\s", norm[previous.end:hit.start]))) and \
                    not re.search(r"[.;:,]", norm[previous.end:hit.start]):
                previous = hit
                continue    # "a dénoncé une « dérive préoccupante »", "rejected the statements as
                # 'unacceptable interference'": what is denounced
            if previous is not None and entry.note == "evaluative" and self.lang in ("fr", "en"):
                pass    # "X estimated that the ruling violated international law": X's judgement
            elif previous is not None and previous.entry.value in _ARTIFACT_TYPES and \
                    rtype in _CONTENT_TYPES and previous.entry.value != "DiplomaticAction" or (
                    previous is not None and previous.entry.value in _ARTIFACT_TYPES
                    and rtype in _CONTENT_TYPES and previous.entry.note == "artifact"):
                gap = norm[previous.end:hit.start]
                if len(gap.split()) <= 5 and not re.search(r"[.;:؛]", gap) and \
                        not (self.lang == "ar" and entry.pos == "v" and self._conjunction(hit)) and \
                        not (self.lang == "ar" and entry.pos == "v" and _AR_COMPLEMENTIZER.search(gap)) and \
                        not self._not_content(previous, hit, gap, na) and \
                        not any(m.start >= previous.end and m.end <= hit.start and m.kind in AGENT_KINDS
                                for m in mentions_here):
                    if (previous.entry.value == "Resolution" and previous_response is not None
                            and previous_response.type == "Resolution"
                            and rtype in ("Demand", "Condemnation", "ExpressionOfConcern")) or (
                            self.lang in ("fr", "en") and previous.entry.value in ("Report", "Petition")
                            and previous_response is not None
                            and previous_response.type == previous.entry.value
                            and rtype in ("Accusation", "Demand", "Condemnation")
                            and re.match(r"[\w-]+(?:ing|ant)\b", hit.surface.lower())):
                        # "a report accusing the police", "un rapport dénonçant": the author's own act
                        # "a resolution calling on X to ...": the body's resolution demands it
                        content = Response(type=rtype, agents=list(previous_response.agents),
                                           evidence=[self._evidence(s, self._orig(hit), 0.6)],
                                           modality=modality)
                        self._details(content, hit, na, nb)
                        out.responses.append(content)
                    previous = hit
                    continue    # "a resolution calling for an inquiry": what the text says
            previous_hit, previous = previous, hit
            joint = entry.note == "artifact" or (rtype == "DiplomaticAction" and has_group)
            pos_tag = "v" if modality in ("threatened", "announced", "considered") else entry.pos
            self.attr.conjunction = self._conjunction(hit)
            self.attr.note = entry.note
            if modality == "requested" and previous_keys:
                found, rule = list(previous_keys), "requester"
            elif previous_keys and (_COORDINATED_VERB[self.lang].search(
                    norm[max(na, hit.start - 16):hit.start]) or (
                    self.lang in ("fr", "en") and entry.pos == "v" and norm.startswith(("et ", "and "), hit.start))):
                # "X summoned ... and expressed", "X a fait part de ... et appelé" (a cue that
                # starts with the conjunction)
                found, rule = list(previous_keys), "coordinated"
            else:
                # a cue with a gap ("نسبت بكين مسؤولية", "raised .. concerns with") may
                # contain its subject: look after its first word only
                head_end = hit.start + len(hit.surface.split()[0]) if ".." in entry.cue else hit.end
                found, rule = self.attr.agents_for(hit.start, head_end, na, nb, pos_tag, None,
                                                   rtype)
                if self.lang in ("fr", "en") and rtype == "Report" and \
                        _IN_A_REPORT.match(norm, na) and _IN_A_REPORT.match(norm, na).end() >= hit.end:
                    # "Dans un rapport publié la semaine dernière, la mission de l'ONU a estimé":
                    # the subject of the main clause after the comma
                    comma = norm.find(",", hit.end, nb)
                    for m in (self.attr.in_range(comma, nb)[:2] if comma > 0 else []):
                        if not self.attr.is_locative(m):
                            found, rule = self.attr._expand(m, nb), "subject"
                            break
                if self.lang in ("fr", "en") and rtype in _AUTHORED:
                    author = self._published_by(hit, nb)     # "un rapport publié jeudi par X"
                    if author is not None:
                        found, rule = self.attr._expand(author, nb), "passive"
                if self.lang in ("fr", "en") and rtype in _AUTHORED and entry.pos == "n" and not found:
                    # "The UN special rapporteur on X, Y, presented on Tuesday before the Council a
                    # damning report": the subject of the verb that publishes it, however far
                    verb = None
                    for verb in _PUBLISH_VERB[self.lang].finditer(norm, max(na, hit.start - 120), hit.start):
                        pass
                    if verb is not None and len(norm[verb.end():hit.start].split()) <= 12 and \
                            not re.search(r"[.;:,]", norm[verb.end():hit.start]):
                        found, rule = self.attr.agents_for(verb.start(), verb.end(), na, nb, "v", None, rtype)
            if self.lang == "ar" and entry.pos == "v" and _AR_WE_VERB.fullmatch(hit.surface.split()[0]):
                found, rule = ar_we_agents(self, hit, nb, found, rule)  # "«ندين ...»، قال X": X; "ندعو X": not X
            if self.lang in ("fr", "en") and rule == "passive" and found and entry.pos == "v" and \
                    entry.note != "passive" and hasattr(found[0], "start") and \
                    _PRONOUN_SUBJECT[self.lang].match(norm, na) and \
                    len(norm[hit.end:found[0].start].split()) > 3:
                # "She accused the court of relying on claims peddled by X": X is the agent of
                # the participle; the pronoun's antecedent is the cue's
                pronoun = _PRONOUN_SUBJECT[self.lang].match(norm, na).group()
                ante = self.attr._previous_sentence_actor(na, pronoun) \
                    if not self.attr.last_agents else None
                found, rule = (list(self.attr.last_agents), "carry") if self.attr.last_agents \
                    else (([ante], "anaphor") if ante is not None else ([], None))
            if self.lang == "fr" and rtype == "UseOfForce" and rule == "passive" and found and \
                    "condamn" in hit.surface and not any(
                        re.search(r"court|justice|judge|tribunal|prosecutor|judiciary",
                                  getattr(a, "key", a)) for a in found):
                rtype = "Condemnation"  # "a été condamnée par la Pologne": condemned, not sentenced
            passive_act = entry.note == "passive" or (
                self.lang in ("fr", "en") and rtype == "UseOfForce" and entry.pos == "v"
                and _AUX_BEFORE[self.lang].search(norm[max(na, hit.start - 30):hit.start])
                and not re.match(r"\w+ing\b", hit.surface))     # "were detaining": progressive
            if passive_act and self.lang in ("fr", "en") and \
                    rule not in ("passive", "led-by", "relative"):
                # "X was (later) arrested" / "X a été arrêté": the subject (or a pronoun, or the
                # speaker of "..., Y said") is the patient; only a by-phrase names the agent
                found, rule = [], None
            if passive_act and self.lang in ("fr", "en") and not found and \
                    _KILLED.match(hit.surface.lower()):
                continue    # "were killed at least ...": a toll, no agent (not "the authorities")
            if not found and rule != "relative" and (passive_act and rtype in ("UseOfForce", "Investigation") or (
                    self.lang == "ar" and rtype == "UseOfForce" and entry.pos == "v"
                    and not _AR_ARMED_VIOLENCE.match(norm, hit.start))):
                # (shelling, air strikes, killings with no named agent stay without one: in an
                # armed conflict the author is what is disputed, not the local authorities)
                # an arrest with no named agent ("اعتقل X" is also the passive "X was
                # arrested"): the authorities of the place where it happened
                found, rule = ["body/authorities"], "passive-local"
            if entry.note == "imperative" and found and rule not in ("carry", "speech", "publisher") \
                    and hasattr(found[0], "end") and not self.attr._speech_re.search(
                        norm[found[0].end:hit.start]):
                found, rule = [], None  # "Égypte : libérez ...": the addressee, not the speaker
            if entry.note == "imperative" and not found and self.lang in ("fr", "en"):
                tail = self.attr.tail_speaker(hit.end, nb)   # "X must release Y, Z said"
                if tail is not None:
                    found, rule = self.attr._expand(tail, nb), "speech"
                elif self.attr.last_agents and self.attr.speaker_ttl and (
                        self.attr.in_quote or re.match(r"\s*[\"\u201c\u00ab]", norm[na:na + 3])):
                    # '"..." said X. "The authorities should drop the charges ..."': X goes on
                    found, rule = list(self.attr.last_agents), "carry"
            if entry.note == "evaluative" and self.lang in ("fr", "en") and found and \
                    rule in ("subject", "owner") and all(not isinstance(a, str) and a.key.startswith("group/")
                                              for a in found) and \
                    not self.attr._speech_re.search(norm[found[-1].end:hit.start]):
                found, rule = [], None  # "Violence against peaceful protesters is unacceptable"
            if entry.note == "evaluative" and self.lang in ("fr", "en") and found and \
                    rule in ("subject", "owner") and hasattr(found[0], "start"):
                c_start = self.attr.clause_bounds(na, nb, hit.start)[0]
                speaker = self._sentence_speaker(c_start, found[0].start) or \
                    self._sentence_speaker(na, found[0].start)
                if speaker:     # "Britain said trying civilians in military courts lacked ...":
                    found, rule = speaker, "speaker"    # the speaker judges, not the court
            if entry.note == "evaluative" and self.lang in ("fr", "en") and (
                    not found or rule == "carry"):
                speaker = self._sentence_speaker(na, hit.start) or self._opinion_holder(na, hit.start)
                if speaker:
                    found, rule = speaker, "speaker"    # its own speaker beats a carried one
                elif not found:
                    found, rule = self._next_speaker(nb), "next-speaker"
            if self.lang in ("fr", "en") and not found and entry.pos == "v":
                said = _SAID_PRONOUN[self.lang].search(norm, max(na, hit.start - 90), hit.start)
                if said is not None:
                    before = [m for m in self.attr.in_range(na, said.start()) if not self.attr.is_locative(m)]
                    if before:
                        found, rule = self.attr._expand(before[-1], said.start()), "subject"
            if self.lang == "fr" and not found and entry.pos == "v":
                # "Plusieurs pays, dont l'Allemagne et le Royaume-Uni, ont exhorté": the named
                # members of the subject (not a relative clause "X, dont le siège ..., a dit")
                dont = _DONT_LIST.search(norm, na, hit.start)
                if dont is not None:
                    members = [m for m in self.attr.in_range(dont.start("list"), dont.end("list"))
                               if not self.attr.is_locative(m)]
                    if members:
                        found, rule = members, "subject"
            if self.lang in ("fr", "en") and found and hasattr(found[0], "start") and \
                    found[0].start >= hit.end and entry.note != "passive" and \
                    _PRONOUN_VERB[self.lang].fullmatch(norm[na:hit.start]):
                # "She accused the court of relying on claims peddled by X, and said ...": the
                # pronoun is the subject; an actor after the verb is not its agent
                pronoun = _PRONOUN_SUBJECT[self.lang].match(norm, na).group()
                ante = self.attr._previous_sentence_actor(na, pronoun) \
                    if not self.attr.last_agents else None
                found, rule = (list(self.attr.last_agents), "carry") if self.attr.last_agents \
                    else (([ante], "anaphor") if ante is not None else ([], None))
            if self.lang in ("fr", "en") and self.publisher and self.publisher_page and \
                    _WE_SUBJECT[self.lang].fullmatch(norm[na:hit.start]) \
                    and not self.attr.in_quote and entry.note != "passive":
                found, rule = [self.publisher], "publisher"    # "Nous appelons X à ...": the NGO
            elif self.lang in ("fr", "en") and self.publisher and self.publisher_page and \
                    _WE_CUE.match(hit.surface.lower()) and not self.attr.in_quote:
                found, rule = [self.publisher], "publisher"
            if self.lang in ("fr", "en") and (_WE_SUBJECT[self.lang].fullmatch(norm[na:hit.start]) or (
                    _WE_CUE.match(hit.surface.lower()) and not norm[na:hit.start].strip(" \"'\u00ab\u201c"))) \
                    and self._quote_open(hit.start) and entry.note != "passive":
                tail = self.attr.tail_speaker(hit.end, nb)
                if tail is not None:    # '« Nous exigeons ... », a déclaré X': X's "we"
                    found, rule = self.attr._expand(tail, nb), "speech"
            if self.lang in ("fr", "en") and rule == "carry" and _ORG_SUBJECT[self.lang].match(norm, na):
                # "The group said it had documented ...": the organisation named last, even when
                # the previous sentence's agent was another actor
                i = bisect_left(self.mention_starts, na) - 1
                while i >= 0 and na - self.mentions[i].start < 1500:
                    m = self.mentions[i]
                    if m.key.startswith("org/") and self._kind_of(m.key) in (
                            "NGO", "IntergovernmentalOrganization") and not self.attr.is_locative(m):
                        found = [m]
                        break
                    i -= 1
            if self.lang in ("fr", "en") and found and hasattr(found[0], "start") and \
                    found[0].start < hit.start and _AND_VERB[self.lang].search(norm, max(na, hit.start - 20), hit.start):
                # "X warned that the RSF's siege ... and urged ...", "X said he had spoken to Y
                # ... and had urged ...": the speaker goes on, not an actor of the reported clause
                said = None
                for said in _REPORTED_CLAUSE[self.lang].finditer(norm, na, found[0].start):
                    pass
                if said is not None:
                    speakers = [m for m in self.attr.in_range(na, said.start())
                                if not self.attr.is_locative(m)]
                    if speakers:
                        found, rule = self.attr._expand(speakers[-1], said.start()), "subject"
                    elif self.attr.last_agents and re.match(r"\W*[A-Z]", self.text[
                            self.pos.to_text(na):self.pos.to_text(na) + 3]):
                        found, rule = list(self.attr.last_agents), "carry"  # "Türk said he had ..."
            if self.lang in ("fr", "en") and not found and entry.pos == "v":
                # "the ministry said the state fund will pay ...": the state, as subject of a
                # clause reported by a state actor, is that actor's own government
                said = None
                for said in _REPORTED_CLAUSE[self.lang].finditer(norm, na, hit.start):
                    pass
                if said is not None and _STATE_SUBJECT[self.lang].fullmatch(norm, said.end(), hit.start):
                    speakers = [m for m in self.attr.in_range(na, said.start())
                                if not self.attr.is_locative(m)]
                    if speakers and speakers[-1].key.startswith(("gov/", "body/", "official/")):
                        found, rule = self.attr._expand(speakers[-1], said.start()), "subject"
            if self.lang in ("fr", "en") and self.attr.last_agents and \
                    _POSSESSIVE_ROLE[self.lang].match(norm, na) and (not found or all(
                        not isinstance(a, str) and a.start < hit.start and a.key.count("/") == 1
                        and a.key.startswith(("official/", "body/")) for a in found)):
                # "Sa porte-parole a appelé ...", "Its regional director urged ...": the
                # previous sentence's agent speaks through its official
                found, rule = list(self.attr.last_agents), "carry"
            if self.lang in ("fr", "en") and entry.pos == "v" and (not found or rule in ("carry", "anaphor") or all(
                    not isinstance(a, str) and a.key.startswith("person/") for a in found)):
                org = self._own_org_official(na, hit.start)     # "Le secrétaire général du parti, X, a"
                if org is not None:
                    found, rule = [org], "subject"
            if self.lang in ("fr", "en") and (not found or rule in ("carry", "anaphor") or all(
                    not isinstance(a, str) and a.key.count("/") == 1
                    and a.key.startswith(("official/", "body/")) for a in found)) and \
                    _THEIR_SUBJECT[self.lang].search(norm[na:hit.start]):
                # "Germany and Slovenia went further. In a joint statement, their foreign
                # ministers condemned ...": each actor of the list named just before
                plural = self._plural_antecedent(na)
                if plural:
                    found, rule = plural, "subject"
            if self.lang in ("fr", "en") and found and rule == "subject" and hasattr(found[-1], "end") \
                    and found[-1].end <= hit.start and \
                    _OWN_SUBJECT_CLAUSE[self.lang].search(norm[found[-1].end:hit.start]):
                found, rule = [], None  # "X rejects ICC probe as families welcome ruling"
            rel = _RELATIVE_BEFORE[self.lang].search(norm, max(na, hit.start - 40), hit.start) \
                if self.lang in ("fr", "en") and entry.pos == "v" and found else None
            if rel is not None and rule not in ("passive", "led-by", "speech", "publisher") and not any(
                    hasattr(a, "end") and a.end <= rel.start() and len(norm[a.end:rel.start()].split()) <= 5
                    and not any(a.end <= c < rel.start() for c, _ in self.attr.cue_spans)
                    for a in found):
                continue    # "politicians who had openly criticised": their act, not the subject's
            if self.lang in ("fr", "en") and rtype == "UseOfForce" and not found and entry.pos == "n":
                by = _BY_STATE_AGENT.match(norm, hit.end, min(nb, hit.end + 120))
                if by is not None:  # "la condamnation de X ... par un tribunal d'Alger": the court
                    at = max(norm.rfind(" par ", hit.end, by.end()), norm.rfind(" by ", hit.end, by.end()))
                    for m in self.attr.in_range(at, min(nb, by.end() + 30))[:1]:
                        found, rule = [m], "passive"
            if self.lang in ("fr", "en") and rtype == "Sanction" and not found and entry.pos == "n":
                # "Britain's sanctions on X", "les sanctions de Washington contre X": the imposer
                owner = None
                if self.lang == "en":
                    for m in self.attr.in_range(max(na, hit.start - 60), hit.start)[-1:]:
                        if re.fullmatch(r"['’]s\s+(?:new\s+|latest\s+|fresh\s+|own\s+)?", norm[m.end:hit.start]) \
                                and _SANCTION_TARGET["en"].match(norm, hit.end):
                            owner = m
                else:
                    of = _SANCTIONS_OF.match(norm, hit.end)
                    if of is not None:
                        for m in self.attr.in_range(of.end(), min(nb, of.end() + 40))[:1]:
                            if m.start == of.end() and _SANCTION_TARGET["fr"].match(norm, m.end):
                                owner = m
                if owner is not None and owner.key.startswith(("gov/", "org/", "body/", "official/")):
                    found, rule = [owner], "owner"
            if self.lang in ("fr", "en") and rule == "participle" and sentence_agents and not local_agents and found and all(
                    not isinstance(a, str) and a.key.split("/")[0] in ("gov", "body", "official")
                    for a in found) and not any(k.startswith(found[0].key.split("/")[0] + "/" + (
                        found[0].key.split("/")[1] if found[0].key.count("/") else "")) for k in sentence_agents):
                # "The EU added 28 Belarusian officials to its list, freezing their assets": the
                # participle's subject is the clause's agent already found, not the last state named
                found, rule = list(sentence_agents), "participle"
            if self.lang in ("fr", "en") and entry.pos == "v" and (not found or (
                    rule == "subject" and not isinstance(found[0], str))):
                # "La Russie, dont des instructeurs sont arrivés ..., a livré": the subject is before it
                rel = _CLOSED_RELATIVE[self.lang].search(norm, na, hit.start)
                if rel is not None and (not found or rel.start() < found[0].start < rel.end()):
                    before = [m for m in self.attr.in_range(na, rel.start()) if not self.attr.is_locative(m)]
                    if before and not (before[-1].key.startswith("group/") and found and all(   # (not "Des ONG, dont X, ont")
                            not isinstance(a, str) and a.key.startswith("org/") for a in found)):
                        found, rule = self.attr._expand(before[-1], rel.start()), "subject"
            if self.lang in ("fr", "en") and len(found) == 1 and not isinstance(found[0], str) and \
                    found[0].key.startswith("body/") and found[0].key.count("/") == 1:
                whose = _WHOSE_BEFORE[self.lang].search(norm, max(na, found[0].start - 30), found[0].start)
                if whose is not None:
                    # "Germany and France, whose consulates had written to ...": each antecedent's body
                    ante = [m for m in self.attr.in_range(na, whose.start()) if not self.attr.is_locative(m)]
                    if ante:
                        found, rule = self.attr._expand(ante[-1], whose.start()), "subject"
            if self.lang in ("fr", "en") and (not found or rule == "carry") and entry.pos == "v" and \
                    re.match(r"[\w-]+(?:ing|ant)\b", hit.surface.lower()) and \
                    re.search(r"(?:\band|(?<!\w)et|,)\s*$", norm[max(na, hit.start - 6):hit.start]):
                # "X issued a statement reiterating ... and calling on Y to ...": the clause's subject
                opening = [m for m in self.attr.in_range(na, hit.start) if not self.attr.is_locative(m)]
                if opening and opening[0].start - na <= 60:
                    found, rule = self.attr._expand(opening[0], hit.start), "participle"
            if self.lang in ("fr", "en") and not found and rtype == "Denial" and entry.pos == "v":
                # "The judiciary said the journalist was jailed for security offences, not for his
                # journalism": what the sentence's speaker denies
                speaker = self._speech_subject(na, nb)
                if speaker:
                    found, rule = [speaker], "speech"
            if self.lang in ("fr", "en") and rule == "carry" and \
                    _VAGUE_SPEAKER[self.lang].search(norm, max(na, hit.start - 80), hit.start):
                found, rule = [], None  # "a status critics say has blunted foreign criticism": nobody named
            if self.lang in ("fr", "en") and rtype == "Sanction" and sentence_agents and \
                    _TO_ITS_LIST[self.lang].search(norm, na, hit.start):
                found, rule = list(sentence_agents), "coordinated"  # "... to its sanctions list, freezing their assets"
            elif self.lang in ("fr", "en") and rtype == "Sanction" and _TO_ITS_LIST[self.lang].match(norm, hit.start):
                # "The EU added 28 Belarusian judges, prison officials ... to its sanctions list":
                # the listed are the targets; the subject before the verb lists them
                verb = None
                for verb in _LIST_VERB[self.lang].finditer(norm, na, hit.start):
                    pass
                if verb is not None:
                    before = [m for m in self.attr.in_range(na, verb.start())
                              if not self.attr.is_locative(m)]
                    found, rule = (self.attr._expand(before[-1], verb.start()), "subject") \
                        if before else ([], None)
            if self.lang in ("fr", "en") and rule == "troops-from" and all(
                    not isinstance(a, str) and a.key.startswith("body/") and a.key.count("/") == 1
                    for a in found):
                # "l'envoi de soldats", "sending of police officers": the troops themselves, not
                # whom they come from; the subject of the clause sends them
                before = [m for m in self.attr.in_range(na, hit.start) if not self.attr.is_locative(m)
                          and m.key.split("/")[0] in ("gov", "org", "official", "person", "body")
                          and m.key.count("/") >= 1 and not (m.key.startswith("body/") and m.key.count("/") == 1)]
                found, rule = (self.attr._expand(before[-1], hit.start), "subject") if before else ([], None)
            if self.lang in ("fr", "en") and not found and entry.pos == "v":
                # "Alabama executed a man", "Hong Kong rejected the criticism", "l'État du Texas a
                # exécuté": a region with its own government, subject of the verb, is that government
                region = self._governing_region_subject(na, hit.start)
                if region is not None:
                    found, rule = [region], "subject"
            if self.lang in ("fr", "en") and rtype == "Demonstration" and all(
                    (a if isinstance(a, str) else a.key).startswith("group/") for a in found):
                called = _CALLED_BY[self.lang].search(norm, hit.end, nb)
                if called is not None:     # "ont manifesté à l'appel du collectif X": X (with the crowd)
                    for m in self.attr.in_range(called.end(), min(nb, called.end() + 60))[:1]:
                        if not norm[called.end():m.start].strip(" '"):
                            found, rule = list(found) + self.attr._expand(m, nb), "convener"
            if entry.note == "crowd" and (rule != "crowd" or (
                    self.lang in ("fr", "en") and not protest_context(norm, na, nb))):
                continue    # "gathered", "se sont retrouvés": a rally only when a crowd protests (.crowds)
            if self.lang in ("fr", "en") and entry.note == "perpetrator" and rule != "passive":
                continue    # "commis par toutes les parties": no named author
            if self.lang in ("fr", "en") and rule == "participle" and found and \
                    hasattr(found[0], "end") and self._quoted_agent(found[0], na, hit.start):
                # '« X doivent ... », a déclaré Y, en exhortant ...': Y (or the last agent), not
                # an actor inside the quotation
                speaker = self._speech_subject(na, nb)
                found, rule = ([speaker], "speech") if speaker else (
                    (list(self.attr.last_agents), "carry") if self.attr.last_agents else (
                        self._recent_organisation(out, s.start), "recent"))
            found, rule = drop_non_agents(self, hit, *self._further_agent(hit, rtype, found, rule, na, nb, previous_hit, previous_keys, out))
            if not found and self.publisher and self.publisher_page and rule in (None, "relative") \
                    and not state_subject(self.lang, norm, na, hit.start) and not (self.lang in ("fr", "en") and entry.pos == "n"
                             and not self.attr._we_re.search(norm[na:nb])) \
                    and not PASSIVE_NEAR.get(self.lang, NEVER).search(norm[max(na, hit.start - 25):hit.end + 20]):
                found, rule = [self.publisher], "publisher"
            if hit.start in getattr(self, "implicit_speakers", ()):
                found, rule = list(self.implicit_speakers[hit.start]), "speaker"  # implicit.py
            if first_cue:
                self._first_unattributed = not found
                first_cue = False
            self.attr.prev_rule = rule if found else None
            self.attr.prev_end = hit.end
            keys = []
            for a in found:
                key = a if isinstance(a, str) else a.key
                key = self._contextual(key, hit.start)
                if key not in keys and key not in excluded:
                    keys.append(key)
            if entry.note == "monitor":
                keys = [k for k in keys if self._kind_of(k) in (
                    "NGO", "IntergovernmentalOrganization", "GovernmentBody", "Government")]
            elif entry.note == "igo":     # "UNESCO's decision to ...": a decision of an IGO body
                keys = [k for k in keys if self._kind_of(k) == "IntergovernmentalOrganization"]
            if silent and rtype in _STATEMENT_TYPES:
                keys = [k for k in keys if k not in silent and (
                    not k.startswith(("gov/", "body/")) or k.split("/")[1] not in
                    {x.split("/")[1] for x in silent if x.startswith(("gov/", "body/"))})]
            if rtype in _STATE_ONLY:
                keys = [k for k in keys if k.split("/")[0] in ("gov", "body", "official")
                        or ((entry.note == "perpetrator" or (
                            rtype == "UseOfForce" and self.lang in ("fr", "en")))
                            and self._kind_of(k) == "Group" and k.startswith("org/"))
                        # "على أيدي قوات X", "the X rebels killed", "les talibans ont arrêté":
                        # a named armed group (not a crowd: group/... keys)
                        or (rtype == "UseOfForce" and self.lang == "ar" and k.startswith("org/")
                            and self._kind_of(k) == "Group")  # "اعتقلت جماعة X": a named group's arrests
                        or (rtype == "UseOfForce" and crowd_uses_force(k))    # armed mobs (.crowds)
                        or self._kind_of(k) in ("Government", "GovernmentBody", "Official",
                                                "IntergovernmentalOrganization")]
            if entry.note == "statement":
                continue    # a joint statement takes the type of what it says (other cues)
            if joint and rule in ("carry", "anaphor", "publisher") and not self.publisher_page:
                keys = []
            if joint:
                self._joint_add(out, keys, s, hit, modality, sent_norm, na, nb)
                if keys:
                    sentence_agents = keys
                continue
            if rtype in ("Condemnation", "Rejection") and entry.pos == "v" and support_end is not None and \
                    self._defends_government(hit, support_end, mentions_here):
                continue    # "X backed the government, denouncing the 'politicisation' ...": its defence
            if not keys:
                continue
            previous_keys = keys if not (rule == "passive-local" and self.lang in ("fr", "en")) else []
            if rule != "carry" and not (rule == "passive-local" and sentence_agents
                                        and self.lang in ("fr", "en")):
                # (a passive inferred from the place -- "whose founder remains imprisoned" -- does
                # not replace the sentence's subject, whom "It" names next)
                sentence_agents = keys
                local_agents = rule == "passive-local"   # ('"Nobody should be jailed," X said, urging')
            if self.lang == "ar" and rtype == "Condemnation" and entry.pos == "v" and \
                    self.attr.ar_criticises_discourse(hit.end, nb):
                rtype = "Rejection"     # "انتقد X ما وصفه بـ«التقارير المسيسة»" (attribution.py)
            if self.lang == "ar" and rtype == "Resolution" and self.attr.ar_decision_of_force(hit.end):
                rtype = "UseOfForce"    # "أصدرت النيابة قرارات بتجديد حبس ..." (attribution.py)
            confidence = {"subject": 0.75, "verb-subject": 0.75, "passive": 0.8,
                          "led-by": 0.8, "speech": 0.65, "after": 0.6, "carry": 0.55,
                          "publisher": 0.6}.get(rule, 0.5)
            if modality != "asserted":
                confidence -= 0.05
            response = Response(type=rtype, agents=keys,
                                evidence=[self._evidence(s, self._orig(hit), confidence)],
                                modality=modality)
            self._details(response, hit, na, nb)
            out.responses.append(response)
            previous_response = response
            if rtype == "Support":
                support_end = hit.end
            if entry.note == "imperative":
                imperative_end = hit.end
        if self.lang == "ar":    # "طالبت 20 دولة ..." + "ومن بين الموقعين X وY" (attribution.ArSigners)
            self.signers.sentence(self, out, idx, na, nb, s, hits, negs, mods, n_before)
        # co-signers named later: "the letter ... signatories include X, Y and Z"
        if self.joint is not None and not artifact_named or (self.joint is not None and artifact_named):
            self._joint_members(s, sent_norm, na, nb, negs, excluded, artifact_named)
        if self.lang in ("fr", "en"):
            self._statement_signers(out, idx, s, na, nb, hits, negs, n_before)
        speaker = early if self.lang == "ar" else self._speech_subject(na, nb)
        if self.lang in ("fr", "en"):     # a quotation judging the abuse, a call said (speech_judgements.py)
            speech_judgement(self, out, s, na, nb, hits, events_here, speaker, n_before)
        if self.lang == "ar":
            said_by = speaker or self._ar_speaker_mid(na, nb) or self._ar_framed_speaker(na, nb)
            if said_by:
                self._ar_speech_acts(out, s, na, nb, hits, negs, events_here, said_by, n_before)
        self.attr.speaker_ttl = max(0, self.attr.speaker_ttl - 1)
        if speaker:
            self.attr.last_agents = [speaker]
            self.attr.speaker_ttl = 3
        elif sentence_agents:
            self.attr.last_agents = list(sentence_agents)
        elif hits and self._first_unattributed and not self.attr.speaker_ttl:
            self.attr.last_agents = []      # the subject changed to someone unknown
