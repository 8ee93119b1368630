"""Who speaks or acts beyond the cue's own clause: sentence speakers ("X a déclaré :",
"وقالت المنظمة إن"), Arabic reported speech, opinion holders, authors of published texts,
governing regions as subjects, and generic bodies resolved to their country
(the :class:`SpeakerFinding` mixin of the extractor's reader, :mod:`.extract`)."""

from __future__ import annotations

import re
from bisect import bisect_left

from .attribution_patterns import AGENT_KINDS, _AR_SUBJECT_HEAD, ar_fold
from .syntax_words import SPEECH_START
from .event_records import iso_of, regions_with_government
from .domestic_offices import DOMESTIC_BODIES, domestic_role
from .extract_patterns import (_ABUSES, _AR_COMPLEMENTIZER, _AR_QUOTE_TAIL, _OWN_ORG_OFFICIAL, _QUOTE_CLOSED, _AR_FEMININE_HEAD, _AR_MASCULINE_HEAD,
                               _AR_RISK, _AR_SAID, _CALLED, _FOR_X, _FR_ASIDE, _INTERNATIONAL_COURTS,
                               _LABELS, _LOCAL_BODIES, _NATIONAL_BODIES, _POSSESSED_ROLE,
                               _PUBLISHED_BY, _REGION_SUBJECT_BEFORE, _REQUESTING, _SAID_AFTER)
from .further_acts import _FRONT_ASIDE
from .ar_evaluative_speech import judging_word, speech_type, stated_type
from .ar_speech_frames import (framed_content, is_framed, relative_ma, remember, said_end, speaks_for,
                               speech_frame)
from .model import Response
from .type_precision import _NO_MATCH, _POSSESSED_GOVERNMENT
from .quantities import find_date


def _ar_feminine(m) -> bool:
    """Grammatical gender of an Arabic actor mention, from its head word and kind."""
    head = m.surface.split()[0] if m.surface.split() else ""
    head = head.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ئ": "ي", "ؤ": "و"}))
    if _AR_FEMININE_HEAD.fullmatch(head):
        return True
    if _AR_MASCULINE_HEAD.fullmatch(head) or m.kind in ("Official", "Person"):
        return False
    return True     # states, ministries, organisations ("منظمة", "وزارة", "فرنسا")


class SpeakerFinding:
    """Speakers, antecedents and contextual actors (mixin of ``extract._Reader``)."""

    def _ar_speaker_mid(self, na, nb):
        """Arabic: the speaker of a speech verb after a leading adverbial ("في خطاب يوم
        الجمعة، قال X إن ..."): an actor right after the verb, then a complementizer."""
        verb = _AR_SAID.search(self.norm, na, min(nb, na + 120))
        if verb is None:
            return None
        for m in self.attr.in_range(verb.end(), min(nb, verb.end() + 40))[:1]:
            if self.attr._adjacent_after(verb.end(), m) and not m.key.startswith("group/") \
                    and _AR_COMPLEMENTIZER.search(self.norm, m.end, min(nb, m.end + 60)):
                return self._contextual(m.key, m.start)
            return None
        # "وقالت المتحدثة باسم المكتب إن": a title and a definite noun naming no actor
        # refer back to the last agent
        words = self.norm[verb.end():min(nb, verb.end() + 60)].split()[:4]
        for i, w in enumerate(words):
            if _AR_COMPLEMENTIZER.fullmatch(w):
                if i and self.attr.last_agents and all(
                        _AR_SUBJECT_HEAD.fullmatch(x) or x.startswith("ال") for x in words[:i]):
                    last = self.attr.last_agents[0]
                    return last if isinstance(last, str) else last.key
                break
        return None

    def _ar_speech_acts(self, out, s, na, nb, hits, negs, events_here, speaker, n_before):
        """Arabic reported speech that is itself an act of its speaker, with no response
        cue: "وقالت منظمة X إن [القمع / المحاكمات ...]" (a rights body characterising the
        abuse: Condemnation, or ExpressionOfConcern for a risk), "وقال الرئيس إن [إرهابيين]
        ..." (labelling the other side: Accusation)."""
        if any(speaks_for(self, speaker, r.agents) and r.type in ("Condemnation", "ExpressionOfConcern",
                                                                 "Accusation", "Denial", "Rejection")
               for r in out.responses[n_before:]):
            return
        comp = framed_content(self, na) or _AR_COMPLEMENTIZER.search(self.norm, na, min(nb, na + 160))
        if comp is None:
            return
        content_start = comp.end()
        if any(n.entry.value in ("pre", "nonact") and n.start < content_start + 30 and not (
                relative_ma(self.norm, n.start, comp.start())) for n in negs):
            # (not "ووصفت X ما جرى بأنه": what happened)
            return
        kind = self._kind_of(speaker)
        rtype = None
        if kind in ("Government", "GovernmentBody", "Official") or speaker.startswith(("gov/", "body/")):
            for m in self._mentions_in(content_start, nb):
                if m.key.startswith("group/") and m.key.rsplit("/", 1)[-1] in _LABELS:
                    rtype = "Accusation"
                    break
        first_call = min([h.start for h in hits if h.start >= content_start
                          and h.entry.value in _REQUESTING], default=nb)
        judging = judging_word(self.norm, content_start, first_call)    # .ar_evaluative_speech
        forced = any(h.entry.value == "UseOfForce" and h.entry.note != "perpetrator"
                     and h.entry.pos == "v" and h.start >= content_start for h in hits)
        represents = getattr(self.gz.actor(speaker), "represents", None) if kind == "Official" else None
        if rtype is None and kind == "Official" and not (represents and self._kind_of(represents) in (
                "NGO", "IntergovernmentalOrganization")) or rtype is None and kind not in (
                    "NGO", "IntergovernmentalOrganization", "Official", "MediaOutlet", None):
            # a government, a party, a union, a person (.ar_evaluative_speech)
            rtype = stated_type(self.norm, content_start, first_call, judging, kind in (
                "Government", "GovernmentBody", "Official") or speaker.startswith(("gov/", "body/")))
        elif rtype is None and kind in ("NGO", "IntergovernmentalOrganization", "Official"):
            first_cue = min([h.start for h in hits if h.start >= content_start
                             and h.entry.value in _REQUESTING], default=nb)
            abuses = [e for e in events_here if content_start <= e.start <= first_cue
                      and e.entry.value in _ABUSES]   # not the object of a demand after it
            rtype = speech_type(self.norm, content_start, first_cue, judging, abuses, forced,
                                bool(_AR_RISK.search(self.norm, content_start, said_end(self.norm, content_start, nb))))
            if rtype == "Accusation" and is_framed(self, na):
                return      # (a claim of abuse is read only after "وقالت X إن")
        if rtype is None or is_framed(self, na) and any(
                h.entry.value == rtype and h.start < comp.start() for h in hits):
            return      # ("أدانت X القرار، واصفة إياه بأنه ...": the participle tells the same act)
        response = Response(type=rtype, agents=[speaker],
                            evidence=[self._evidence(s, None, 0.5)], modality="asserted")
        response.date = find_date(self.norm[na:nb], self.lang, self.doc.date)
        out.responses.append(response)

    def _ar_framed_speaker(self, na, nb):
        """Arabic: the speaker of "أما X فقالت"، "ووصفت X ... بأنه"، "...، مؤكدة أن"
        (:func:`.ar_speech_frames.speech_frame`), or None."""
        framed = speech_frame(self, na, nb)
        if framed is None:
            return None
        remember(self, na, framed[1])
        return framed[0]

    def _sentence_speaker(self, na, pos):
        """French / English: the speaker of the sentence before ``pos`` ("X described the
        trial as a travesty", "X a estimé que ..."): an actor followed by a speech verb."""
        for m in self.attr.in_range(na, pos):
            if m.kind == "MediaOutlet" or self.attr.is_locative(m):
                continue
            tail = _FRONT_ASIDE.sub("", self.norm[m.end:pos].lstrip(" ,"))   # "X, de son côté, a jugé"
            if self.lang == "fr":   # "X a quant à lui jugé ...", "X a pour sa part estimé ..."
                tail = _FR_ASIDE.sub(r"\1 ", tail)
            owned = _POSSESSED_ROLE.match(tail) if self.lang == "en" else None
            if owned is not None:
                tail = tail[owned.end():]   # "The EU's foreign policy chief said ...": the EU
            if self.attr._speech_re.match(tail) or _CALLED.match(tail):
                return self.attr._expand(m, pos)
        return []

    def _next_speaker(self, nb):
        """French / English: an evaluation standing alone ("The arrests are a disgrace.")
        followed, in the same paragraph, by a sentence ending with its speaker ("...,
        said X, director of Y"): that speaker."""
        spans = getattr(self, "_spans", None) or []
        i = bisect_left([sp[1] for sp in spans], nb)
        if i >= len(spans):
            return []
        _, na2, nb2, _ = spans[i]
        if "\n\n" in self.norm[nb:na2] or na2 - nb > 3:
            return []
        m = self.attr.tail_speaker(na2, nb2)
        return self.attr._expand(m, nb2) if m is not None else []

    def _speech_subject(self, na, nb):
        """The speaker of a sentence like "وقالت المنظمة إن ..." / "X a déclaré :", whose
        following sentences (quotes, elided subjects) continue that speaker's voice."""
        if self.lang != "ar":
            for mention in self._mentions_in(na, nb):
                if mention.kind not in AGENT_KINDS or mention.key.startswith("group/") \
                        or self.attr.is_locative(mention):
                    continue
                tail = self.norm[mention.end:min(nb, mention.end + 60)]
                said = _SAID_AFTER[self.lang].match(tail)
                if said and not _QUOTE_CLOSED.search(tail, 0, said.end()):
                    return self._contextual(mention.key, mention.start)
                break   # ('"... turned the police into a tool," said X': the police is quoted)
            # '« ... », a réagi X' / '"...," said X': the speaker named at the end
            if re.search(r'["\u00bb\u201d]', self.norm[na:nb]):
                tail_speaker = self.attr.tail_speaker(na, nb)
                if tail_speaker is not None:
                    return self._contextual(tail_speaker.key, tail_speaker.start)
            return None
        head = self.norm[na:min(nb, na + 80)]
        m = SPEECH_START.get(self.lang).match(head)
        if not m:
            return None
        rest_start = na + m.end()
        for mention in self._mentions_in(rest_start, rest_start + 40):
            gap_words = len(self.norm[rest_start:mention.start].split())
            if _AR_COMPLEMENTIZER.search(self.norm, rest_start, mention.start):
                break       # "وأوضح X أن تيلرسون ...": the actor is in what was said
            if mention.kind in AGENT_KINDS and not mention.key.startswith("group/") and \
                    (gap_words <= 1 or (gap_words <= 4 and mention.kind in ("Official", "GovernmentBody"))) and not (
                        mention.kind == "MediaOutlet" and re.search(ar_fold(r"وكاله|agency|agence"),
                                                                    self.norm[rest_start:mention.end])):
                return self._contextual(mention.key, mention.start)
            break
        found = self.attr._anaphor(rest_start, rest_start, rest_start, min(nb, rest_start + 30), [])
        if found is not None:
            return found.key
        if _AR_COMPLEMENTIZER.match(self.norm, rest_start) or \
                self.norm[rest_start:rest_start + 1] in ":«\"“":
            return self._ar_gendered_antecedent(na, m.group().strip())   # "وأضافت أن ..."
        return None

    def _ar_gendered_antecedent(self, na, verb):
        """Arabic: the subject of a speech verb with no subject ("وأضافت أن ..."): the
        last agent when its gender agrees with the verb, else the last actor before, in
        subject position, of the verb's gender (a state or an organisation is feminine, an
        official masculine unless the title is feminine)."""
        feminine = verb.endswith("ت")
        last = self.attr.last_agents[0] if self.attr.last_agents else None
        last_key = last if isinstance(last, str) or last is None else last.key
        candidates = [m for m in self.attr.in_range(max(0, na - 800), na)
                      if not self.attr.is_locative(m) and not m.key.startswith("group/")]
        if last_key is not None:
            for m in reversed(candidates):
                if self._contextual(m.key, m.start) == last_key or m.key == last_key:
                    if _ar_feminine(m) == feminine:
                        return None         # the last agent goes on speaking
                    break
        for m in reversed(candidates):
            if _ar_feminine(m) == feminine:
                return self._contextual(m.key, m.start)
        return None

    def _ar_independent_object(self, hit, gap):
        """Arabic: a cue after another that is not merely its object, because it has its
        own agent: "الاتهامات التي وجهتها منظمة X", "تقرير المنظمة", "مشروع القرار
        الفرنسي", or a verb with its own subject after "أن" ("قلق من أن الحكومة احتجزت")."""
        attr = self.attr
        if hit.entry.note == "perpetrator":
            return True         # "تقرير يوثق عمليات قتل على أيدي X": X's own acts
        if hit.entry.value == "Accusation" and self.norm.startswith("ما ", hit.start):
            return True             # "احتجت على ما قالت إنه تدخل": the speaker's allegation
        if attr.ar_qiyam_agent(hit.start) is not None:
            return True             # "انتقدت قيام السلطات بترحيل ...": the authorities' own act
        if hit.entry.pos == "v" and attr.ar_clitic_subject(hit.start, hit.end, self._sentence_end):
            return True             # "اتهامات ترفضها القاهرة": the verb's own subject follows
        if hit.entry.pos == "v":
            comp = re.search(r"(?<!\S)(?:ان|انه|انها|بان)(?!\S)", gap)
            return bool(comp) and any(
                m.start >= hit.start - len(gap) + comp.end() and not attr.is_locative(m)
                for m in attr.in_range(hit.start - len(gap), hit.start))
        if attr.relative_agent(hit.end, self._sentence_end) is not None:
            return True
        if hit.entry.value in ("Resolution", "Report", "DiplomaticAction", "Petition") and \
                attr._demonym_owners(hit.start, hit.end):
            return True
        if hit.entry.value in ("Resolution", "Report", "Petition") or hit.entry.note == "agentive":
            ana = attr._org_anaphor.match(self.norm[hit.end:hit.end + 16].lstrip())
            if ana and re.match(r"(?:و|ف)?ال", ana.group()):
                return True         # "تقرير المنظمة"
            for m in attr.in_range(hit.end, min(self._sentence_end, hit.end + 40))[:1]:
                if not self.norm[hit.end:m.start].strip() and m.kind in (
                        "Government", "GovernmentBody", "NGO", "IntergovernmentalOrganization"):
                    return True     # "تقرير منظمة العفو"
        return False

    def _contextual(self, key, pos):
        """``body/foreign-ministry`` -> the foreign ministry of the country named last;
        ``group/GB/diplomats`` (the British envoys) -> the British government."""
        parts = key.split("/")
        if len(parts) == 3 and parts[0] == "group" and parts[2] == "diplomats":
            return f"gov/{parts[1]}"
        if len(parts) != 2 or parts[0] not in ("body", "official"):
            return key
        if parts[0] == "official" and getattr(self.gz.actor(key), "represents", None):
            return key      # a curated office of an organisation (a UN special rapporteur)
        # "the Australian foreign ministry said the government is concerned": the
        # government of the actor named just before, in the same sentence
        local = parts[1] in _LOCAL_BODIES and parts[1] != "government" or \
            parts[1] in DOMESTIC_BODIES or domestic_role(self.gz, key)   # "the prison director"

        def make(iso):
            if "-" in iso and (iso not in regions_with_government()
                               or parts[1] in _NATIONAL_BODIES or iso not in self.regional):
                iso = iso.split("-")[0]
            if parts[1] in ("government", "authorities"):
                return f"gov/{iso}"
            return f"{parts[0]}/{iso}/{parts[1]}"

        def same_sentence(want_place):
            i = bisect_left(self.mention_starts, pos) - 1
            while i >= 0 and self.mentions[i].start >= self._sentence_start:
                m = self.mentions[i]
                demonym_of_body = m.form == "demonym" and i > 0 and \
                    self.mentions[i - 1].key.count("/") == 1 and \
                    self.mentions[i - 1].key.startswith("body/") and \
                    len(self.norm[self.mentions[i - 1].end:m.start].split()) <= 2
                if m.place_key and (m.form != "demonym" or demonym_of_body) and iso_of(m.place_key):
                    # (a capital is a place where it is one, not "Washington said ...")
                    is_place = m.kind == "Place" or self.attr.is_place(m) or (
                        m.form == "capital" and self.attr.is_locative(m))
                    if want_place and is_place:
                        return make(iso_of(m.place_key))
                    if not want_place and m.kind != "Place" and not self.attr.is_locative(m) \
                            and (m.key.startswith(("gov/", "body/", "official/")) or demonym_of_body):
                        return make(iso_of(m.place_key))
                i -= 1
            if want_place:
                # "a court in Khartoum", "jugée au Soudan": a place named after it
                j = bisect_left(self.mention_starts, pos)
                while j < len(self.mentions) and self.mentions[j].start < self._sentence_end:
                    m = self.mentions[j]
                    if m.place_key and m.form != "demonym" and iso_of(m.place_key) and (
                            m.kind == "Place" or self.attr.is_place(m) or m.form == "capital") and not (
                            self.lang == "ar" and m.form == "capital" and not self.attr.is_place(m)
                            and self.norm[max(0, m.start - 1):m.start] == "و"):
                        # (not "قصف مستشفى ... وواشنطن تفرض عقوبات": a capital opening a clause)
                        return make(iso_of(m.place_key))
                    j += 1
            return None

        if parts[1] in ("prosecutor", "court") and self.lang in ("fr", "en"):
            # "the International Criminal Court ... judges in The Hague authorised prosecutors
            # to ...": the international court named in the sentence, not the venue's state
            i = bisect_left(self.mention_starts, pos) - 1
            while i >= 0 and self.mentions[i].start >= self._sentence_start:
                if self.mentions[i].key in _INTERNATIONAL_COURTS or \
                        self.mentions[i].key.startswith(tuple(c.replace("org/", "official/") + "/"
                                                              for c in _INTERNATIONAL_COURTS)):
                    return self.mentions[i].key
                i -= 1
        if local:
            return same_sentence(True) or key
        if self.lang in ("fr", "en"):
            # "À Paris, le ministère des Affaires étrangères ...", "In Berlin, the foreign
            # ministry ...": the sentence opens on the capital (or country) it speaks from
            i = bisect_left(self.mention_starts, self._sentence_start)
            if i < len(self.mentions) and self.mentions[i].start < pos:
                m = self.mentions[i]
                head = self.norm[self._sentence_start:m.start].strip().lower()
                if m.preposition and m.place_key and iso_of(m.place_key) and \
                        head in ("a", "au", "en", "in", "from", "depuis", "de") and \
                        self.norm[m.end:m.end + 3].lstrip().startswith(","):
                    return make(iso_of(m.place_key))
        found = same_sentence(False)
        if found:
            return found
        if parts[1] == "government" and not _POSSESSED_GOVERNMENT.get(self.lang, _NO_MATCH).search(
                self.norm, self._sentence_start, pos):
            return same_sentence(True) or key   # ("Her government": the person's, named before)
        i = bisect_left(self.mention_starts, pos) - 1
        while i >= 0 and pos - self.mentions[i].start < 2500:
            m = self.mentions[i]
            # (a state's official counts, "الرئيس قيس سعيد"; a demonym that qualifies an
            # organisation does not, "الهلال الأحمر الليبي")
            if (m.key.startswith("gov/") or m.kind == "Official" and m.key.startswith("person/")) \
                    and m.place_key and m.kind != "Place" and not self.attr.is_locative(m) and not (
                    m.form == "demonym" and i > 0 and self.mentions[i - 1].kind in ("NGO", "Organization")
                    and not self.norm[self.mentions[i - 1].end:m.start].strip()):
                iso = iso_of(m.place_key)
                if iso:
                    return f"{parts[0]}/{iso.split('-')[0]}/{parts[1]}"
            i -= 1
        return key

    def _ar_quote_speaker(self, hit_end, nb):
        """Arabic: the speaker named right after the quotation that holds ``hit_end``
        ("«ندين ...»، قال المتحدث باسم الخارجية الفرنسية"), or None."""
        tail = _AR_QUOTE_TAIL.search(self.norm, hit_end, nb)
        if tail is None:
            return None
        for m in self.attr.in_range(tail.end(), min(nb, tail.end() + 80))[:1]:
            if not self.attr.is_locative(m) and not m.key.startswith("group/"):
                return m
        return None

    def _own_org_official(self, na, hit_start):
        """French / English: the organisation named before whose official is the subject
        ("Le secrétaire général du parti, John Mnyika, a dénoncé", "The party's leader urged"):
        the last party or movement (a Group) or organisation (an NGO) named in the last
        paragraphs, or None."""
        g = _OWN_ORG_OFFICIAL[self.lang].match(self.norm[na:hit_start])
        if g is None:
            return None
        noun = next(x for x in g.groups() if x)
        kinds = ("Group",) if noun in ("parti", "mouvement", "coalition", "party", "movement",
                                       "coalition") else ("NGO",)
        i = bisect_left(self.mention_starts, na) - 1
        while i >= 0 and na - self.mentions[i].start < 2500:
            m = self.mentions[i]
            if m.key.startswith("org/") and self._kind_of(m.key) in kinds:
                return m
            i -= 1
        return None

    def _plural_antecedent(self, na):
        """The actors of a list that is the subject of the previous sentence ("Germany and
        Slovenia went further."), for a plural possessive subject ("their foreign ministers");
        None unless the previous sentence (same paragraph) opens with two actors or more."""
        spans = getattr(self, "_spans", None) or []
        i = bisect_left([sp[1] for sp in spans], na) - 1
        if i < 0:
            return None
        _, pa, pb, _ = spans[i]
        if "\n\n" in self.norm[pb:na]:
            return None
        for m in self.attr.in_range(pa, pb):
            if self.attr.is_locative(m):
                continue
            group = self.attr._expand(m, pb)
            return group if len(group) >= 2 else None
        return None

    def _opinion_holder(self, na, pos):
        """French: "Pour Amnesty International, le procès était inéquitable": the actor whose
        view the sentence opens with."""
        if self.lang != "fr" or not _FOR_X.match(self.norm, na):
            return []
        for m in self.attr.in_range(na, pos)[:1]:
            if _FOR_X.fullmatch(self.norm[na:m.start]) and \
                    self.norm[m.end:m.end + 2].lstrip().startswith(","):
                return [m]
        return []

    def _recent_organisation(self, out, pos, width=1500):
        """The organisation that acted last, shortly before ``pos`` (an unnamed researcher
        quoted after its report speaks for it)."""
        for r in reversed(out.responses):
            if not r.evidence or r.evidence[0].start > pos or pos - r.evidence[0].start > width:
                continue
            keys = [k for k in r.agents if self._kind_of(k) in ("NGO", "IntergovernmentalOrganization")]
            if keys:
                return keys
        return []

    def _published_by(self, hit, nb):
        """French / English: the author of a text named by a participle and a by-phrase after
        it ("un rapport préliminaire publié jeudi par X", "a report released on Tuesday by
        X"), or None."""
        by = _PUBLISHED_BY[self.lang].match(self.norm, hit.end, nb)
        if by is None:
            return None
        for m in self.attr.in_range(by.end(), min(nb, by.end() + 40))[:1]:
            if not self.norm[by.end():m.start].strip(" '") or \
                    re.fullmatch(r"\s*(?:the|la|le|les|l')\s*", self.norm[by.end():m.start]):
                return m
        return None

    def _governing_region_subject(self, na, cue_start):
        """The government of a region (gov=1 in regions.tsv) named as the subject of the
        verb at ``cue_start``: first in its clause (after "the state of", "l'État de"), a few
        words at most (auxiliaries, adverbs, a day) before the verb."""
        for m in reversed(self.attr.all_mentions):
            if m.start >= cue_start or m.end <= na:
                continue
            if m.form != "region" or not self.gz.has_government(m.key) or m.preposition:
                return None
            before = self.norm[max(na, m.start - 40):m.start]
            clause = re.split(r"[,;:\u00ab\u00bb\"()]|\s[-\u2013\u2014]\s|\.\s", before)[-1]
            if not _REGION_SUBJECT_BEFORE[self.lang].fullmatch(clause):
                return None
            gap = self.norm[m.end:cue_start]
            if re.search(r"[,;:.\u00ab\u00bb\"]", gap) or len(gap.split()) > 4:
                return None
            code = m.key.split("/", 1)[1]
            self.regional.add(code)     # its own authorities act: its officials are its own
            return "gov/" + code
        return None
