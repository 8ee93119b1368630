"""Who did it: the agent(s) of a response cue, by language.

Rules, in the order they are tried for one cue (all within one sentence, offsets relative
to the text being read):

1. *Passive agent*: "arrested by X", "arrêté par X", "من قبل X", "على أيدي X".
2. *Led by*: "a group of ambassadors led by X", "تقودها X", "menée par X".
3. *Arabic verb-subject order*: for a verb cue at the start of its clause (only
   conjunctions, particles or time words before it), the first actor after the verb
   ("أصدرت وزارة الخارجية تقريرا").
4. *Subject-verb order* (all three languages): the nearest actor before the cue in the
   same clause, skipping actors that are objects or places (preceded by "in", "to",
   "against", "dans", "devant", "في", "إلى", "على"...).
5. *Reported speech tail*: "..., X said" / "a déclaré X" / "قال X" after the cue.
6. *Arabic fallback*: the first actor after a verb cue anywhere in the clause.
7. *Pronoun / elided subject*: a clause starting with "It", "He", "Il", "L'organisation",
   or an Arabic verb with no actor, takes the agent of the previous sentence.
8. *Publisher's voice*: "we", "our organisation", "nous", "notre organisation", "نحن",
   "منظمتنا" in an NGO's own page is that NGO.

The chosen actor is then extended over its coordinated list ("Germany, Belgium,
Lithuania and France", "ألمانيا وبلجيكا وليتوانيا وفرنسا"): one agent each, minus the
ones excluded ("but not the United States"). Places are never agents: a country after a
locative preposition, or in a list introduced by "countries such as" after one ("dans des
pays tels que la Belgique, le Canada"), is a location.

The function-word lists below are syntax, not lexicon; the response lexicon lives in
``lang/<code>/*.tsv``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .syntax_words import HEAD_OF, LIGHT_VERB, OBJECT_BEFORE, SAID_THAT, SOURCE, SPEECH
from .crowds import crowd_after, crowd_subject, purpose_carry
from .ar_clauses import ar_clause_agents
from .attribution_patterns import (ACTION_TYPES, AGENT_KINDS, PATIENT_TYPES, SPEECH_TYPES,
                                   VAGUE_GROUPS, _ADDRESSEE_TYPES, _ARTICLE, _AR_ACTIVE_SPEECH,
                                   _AR_AND_THAT, _AR_CLAUSE_START, _AR_FILLER, _AR_FUNCTION,
                                   _AR_LOCAL_START, _AR_MEMBER_IN, _AR_MINISTER_AFTER, _AR_OFFICIALS,
                                   _AR_PEOPLE_FROM, _AR_REPORT_REL, _AR_SAID_WIDE, _AR_SOURCE_BODY,
                                   _AR_STATE_SOURCE, _AR_THAT_PRONOUN, _AR_TITLE_BEFORE,
                                   _AR_TITLE_HEAD, _AR_WITNESS, _CLAUSE_BREAK, _COMPLEMENTIZER,
                                   _COORD_GAP, _COORD_GENITIVE, _EXCLUDED_BEFORE, _FakeMatch,
                                   _GENITIVE_END, _GENITIVE_INSIDE, _HEAD_OF_LIST, _HONORIFIC,
                                   _LATER_PASSIVE, _LED_BY, _LOCATIVE, _ORG_ANAPHOR, _PARENTHETICAL,
                                   _PASSIVE_AUX, _PASSIVE_BY, _PASSIVE_CUE, _PRONOUN_START, _SUCH_AS,
                                   _WE, ar_fold, ar_passive_written)
from .arabic_subjects import ArabicSubjects
from .signers import ArSigners
from .org_anaphora import nearer_org_antecedent, singular_ngo_antecedent
from .subject_finding import SubjectFinding
from .english_reactions import drawn_from
from .english_members import included_members

# A mention inside a relative clause opened after the subject (", qui ..."), closed by a comma
# before the main verb's auxiliary: not the subject of the main verb.
_IN_RELATIVE = re.compile(r",\s*(?:qui|who|which)\s[^,]*$")
_RELATIVE_CLOSED = re.compile(r",\s*(?:a|ont|avait|avaient|has|have|had)\s")

__all__ = ["ACTION_TYPES", "AGENT_KINDS", "PATIENT_TYPES", "SPEECH_TYPES", "VAGUE_GROUPS",
           "ArSigners", "Attributor", "ar_fold", "ar_passive_written"]


# "France, along with Germany and Italy, condemned": a member, not the object of "with"
_WITH_COORD = re.compile(r"(?:along with|together with|as well as|ainsi que|de meme que|aux cotes de|\band by|\bet par)\s*"
                         r"(?:the\s+|le\s+|la\s+|les\s+|l')?$")


# "قالت X إن «قتل ...»": a cue opening the reported clause is its subject noun, not X's act
_AR_THAT_NOUN = re.compile(r"\s*[،,]?\s*(?:ان|إن)\s*[\"«“]?\s*")


class Attributor(SubjectFinding, ArabicSubjects):
    """Finds agents for cues in one document (holds the document's mentions)."""

    def __init__(self, lang, norm_text, mentions, publisher=None):
        self.lang = lang
        self.norm = norm_text
        # bare demonyms ("the Israeli war", "Chinese companies") are not agents on their own
        self.mentions = [m for m in mentions if m.kind in AGENT_KINDS and m.form not in ("demonym", "region")
                         and not (m.key.startswith("group/") and m.key.rsplit("/", 1)[-1] in VAGUE_GROUPS)]
        self.all_mentions = list(mentions)
        self.all_starts = [m.start for m in mentions]
        self.starts = [m.start for m in self.mentions]
        self.publisher = publisher
        self.last_agents: list = []
        self.in_quote = False       # the current sentence continues an open quotation
        self.cue_spans: list = []   # response cues of the current sentence
        self.cue_types: list = []   # their (response type, part of speech)
        self.conjunction = False    # the current Arabic cue starts with the conjunction و / ف
        self._rtype = None          # the type of the cue being attributed
        self._sentence_found = None  # (sentence start, agents) of the last attributed cue
        self.note = ""              # the note of the current cue's entry ("agentive"...)
        self.speaker_ttl = 0        # sentences still continuing the last named speaker
        self.prev_rule = None       # how the previous cue of the sentence was attributed
        self.prev_end = None
        self._first_found = (None, [])
        ln = lang if lang in OBJECT_BEFORE else "en"
        art = _ARTICLE[ln]
        fold = ar_fold if ln == "ar" else (lambda p: p)
        self._object_re = re.compile(fold(r"(?:^|[\s'])" + OBJECT_BEFORE[ln] + r"\s*" + art + r"$"))
        self._head_re = re.compile(fold(HEAD_OF[ln] + r"\s*" + art + r"$"))
        self._place_re = re.compile(fold(r"(?:^|[\s'])" + _LOCATIVE[ln] + art + r"\s*$"))
        self._list_loc_re = re.compile(fold(
            r"(?<![^\s'])" + _LOCATIVE[ln] + r"\s+(?:\S+\s+){0,5}?" + _SUCH_AS[ln] + r"\s*" + art + r"$"))
        self._by_re = re.compile(fold(r"(?:^|\s)" + _PASSIVE_BY[ln] + r"\s*(?:(?:\S+\s+){1,5}?"
                                      + _SUCH_AS[ln] + r"\s*)?" + art + r"$"))
        if ln in ("en", "fr"):      # "by the coup-installed government", "par le régime pro-russe"
            self._by_re = re.compile(r"(?:^|\s)" + _PASSIVE_BY[ln] + r"\s*(?:(?:\S+\s+){1,5}?"
                                     + _SUCH_AS[ln] + r"\s*)?" + art
                                     + r"(?:\s+[^\W\d]+-[^\W\d]+)?\s*$")
        self._led_re = re.compile(fold(_LED_BY[ln] + r"\s*" + art + r"$"))
        self._speech_re = re.compile(fold(SPEECH[ln]))
        self._pronoun_re = re.compile(fold(_PRONOUN_START[ln]))
        self._we_re = re.compile(fold(_WE[ln]))
        self._coord = re.compile(fold(_COORD_GAP[ln].pattern))
        self._coord_len = 14 if ln == "ar" else 20  # "la Pologne, ainsi que la Lituanie"
        self._coord_gen = _COORD_GENITIVE.get(ln)    # "de la France, du Canada et de la Suède"
        self._head_list = _HEAD_OF_LIST.get(ln)      # "the foreign ministers of X, Y and Z"
        self._source_before = re.compile(fold(SOURCE[ln][0]))
        self._source_after = re.compile(fold(SOURCE[ln][1]))
        self._locative_cache: dict = {}
        self._org_anaphor = re.compile(fold(_ORG_ANAPHOR[ln]))
        self._said_that = re.compile(fold(SAID_THAT[ln]))
        self._by_marker = re.compile(fold({
            "en": r"\bby\b", "fr": r"(?<!\w)par(?!\w)",
            "ar": r"(?<!\S)(?:علي ايدي|علي يد|من قبل)(?!\S)"}[ln]))
        self._we_subject = re.compile(fold({
            "en": r"\bwe\b",
            "fr": r"(?<!\w)nous\s+(?:ne\b|n'|\w+ons\b|sommes\b)",
            "ar": r"(?<!\S)(?:نحن|اننا|إننا|لكننا|فإننا)(?!\S)"}[ln]))
        self._passive_aux = re.compile(fold(_PASSIVE_AUX[ln]))
        self._light_verb = re.compile(fold(LIGHT_VERB[ln]))

    # ------------------------------------------------------------------ candidates
    def in_range(self, start, end):
        """Agent mentions with ``start <= m.start < end``."""
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def _before(self, m, width=60):
        lo = max(0, m.start - width)
        return self.norm[lo:m.start]

    def is_locative(self, m) -> bool:
        """True when the mention is a place or an object here, not a possible agent."""
        cached = self._locative_cache.get(m.start)
        if cached is not None:
            return cached
        result = self._locative(m)
        self._locative_cache[m.start] = result
        return result

    def _locative(self, m) -> bool:
        if self.lang == "ar" and _AR_MEMBER_IN.search(self._before(m, 40)):
            return False    # "مسؤول في الأمم المتحدة", "خبراء في المنظمة": its people speak for it
        if m.preposition:
            return True
        j = bisect_left(self.all_starts, m.start) - 1
        if j >= 0:
            prev = self.all_mentions[j]
            if 0 <= m.start - prev.end <= 1 and prev.start < m.start and prev.key != m.key:
                m = prev      # "to the Russian Prosecutor General's office", "to the UN rights chief"
        if m.kind == "MediaOutlet":
            pre = self._before(m, 30).rstrip()
            post = self.norm[m.end:m.end + 25]
            if self._source_before.search(pre) or (self.lang != "ar" and self._source_after.match(post)):
                return True
        before = self._before(m)
        if self.lang == "ar":
            before = re.split(r"[.!?؟\n]", before)[-1]     # not the previous sentence's words
        if self.lang == "ar" and _AR_WITNESS.search(before):
            return True
        if self.lang == "ar" and _AR_PEOPLE_FROM.search(before):
            return True     # "500 لاجئ سوري من لبنان": where they come from, not an agent
        if self.lang == "ar":
            # attached clitics: ب / ل / ك right before the name (no space)
            if m.start > 0 and self.norm[m.start - 1] in "بلك" and (
                    m.start < 2 or not self.norm[m.start - 2].isalpha()
                    or self.norm[m.start - 2] in "وف"):
                head = before[:-1].rstrip()
                return not (self._head_re.search(head) or _AR_TITLE_BEFORE.search(head)
                            or re.search(r"(?<!\S)(?:ال)?تابع(?:ه|ون|ين|تان|تين)?$", head))
                # ("خبراء حقوق الإنسان التابعون للأمم المتحدة": its own people)
        if before.endswith(("pro-", "anti-")):
            return True     # "pro-EU protests", "anti-Western rally": a stance, not an agent
        stripped = _HONORIFIC.sub("", before.rstrip())      # "de M. Zelaya"
        if self._head_re.search(stripped) or (self._head_list is not None and self._head_list.search(stripped)):
            return False
        if self._object_re.search(" " + stripped):
            return True
        if self.lang == "ar" and self._object_re.search(" " + stripped.rsplit(" ", 1)[0]) and \
                len(stripped.split()) >= 2 and not self._head_re.search(stripped) and \
                not any(a <= m.start - 2 and b >= m.start - 1 - len(stripped.rsplit(" ", 1)[-1])
                        for a, b in self.cue_spans if b <= m.start):
            return True     # "على أعضاء مجلس الأمن", "إلى وزير خارجية الصين" (not "مع رفض X")
        if self._list_loc_re.search(stripped):
            return True
        # a later member of a list whose head is a place
        prev = self._previous_list_member(m)
        if prev is not None:
            return self.is_place(prev)
        return False

    def is_place(self, m) -> bool:
        """True when the mention is a location (not merely an object): "in X", "dans des
        pays tels que X", or a later member of such a list."""
        if m.preposition:
            return True
        before = self._before(m).rstrip()
        if self.lang == "ar":
            before = re.split(r"[.!?؟\n]", before)[-1]     # within the sentence
        if self._place_re.search(" " + before) or self._list_loc_re.search(before):
            return True
        prev = self._previous_list_member(m)
        return prev is not None and self.is_place(prev)

    def _previous_list_member(self, m):
        i = bisect_left(self.starts, m.start) - 1
        if i < 0:
            return None
        prev = self.mentions[i]
        gap = self.norm[prev.end:m.start]
        if len(gap) <= self._coord_len and self._coord.match(gap):
            return prev
        return None

    def coordinated(self, anchor, limit_end=None):
        """The anchor and the actors coordinated with it, in text order."""
        i = bisect_left(self.starts, anchor.start)
        group = [anchor]
        j = i - 1
        while j >= 0:
            gap = self.norm[self.mentions[j].end:group[0].start]
            if len(gap) <= self._coord_len and self._coord.match(gap) or \
                    self._genitive_gap(self.mentions[j], gap):
                group.insert(0, self.mentions[j])
                j -= 1
            else:
                break
        j = i + 1
        while j < len(self.mentions):
            m = self.mentions[j]
            if limit_end is not None and m.start >= limit_end:
                break
            gap = self.norm[group[-1].end:m.start]
            if len(gap) <= self._coord_len and self._coord.match(gap) or self._genitive_gap(group[-1], gap):
                group.append(m)
                j += 1
            else:
                break
        return group

    def _genitive_gap(self, left, gap):
        """French: ``gap`` joins two members of a genitive list whose first member ``left``
        is itself a complement ("de la France, du Canada", "des États-Unis et du Royaume-Uni")."""
        return self._coord_gen is not None and len(gap) <= 24 and self._coord_gen.match(gap) is not None \
            and (_GENITIVE_END.search(self.norm, max(0, left.start - 12), left.start) is not None
                 or _GENITIVE_INSIDE.search(self.norm, left.start, left.end) is not None)

    # ------------------------------------------------------------------ main rule chain
    def clause_bounds(self, s_start, s_end, pos):
        """The clause around ``pos`` inside the sentence ``[s_start, s_end)``."""
        seg = self.norm[s_start:s_end]
        rel = pos - s_start
        start, end = 0, len(seg)
        for m in _CLAUSE_BREAK.finditer(seg):
            if m.end() <= rel:
                start = m.end()
            elif m.start() >= rel:
                end = m.start()
                break
        return s_start + start, s_start + end

    def agents_for(self, hit_start, hit_end, s_start, s_end, pos="v", barrier=None, rtype=None):
        """Return ``(mentions, rule)`` for the cue at ``[hit_start, hit_end)``.

        ``barrier``: a position before the cue where the search backwards stops (the end
        of the previous cue's clause part), or None.
        """
        if self.lang == "ar" and self._sentence_found and self._sentence_found[0] == s_start and \
                _AR_AND_THAT.search(self.norm, max(s_start, hit_start - 14), hit_start):
            # "قالت X إن Y «يتابع بقلق» ...، وإنه سيثير المسألة": Y goes on
            return list(self._sentence_found[1]), "coordinated"
        special = ar_clause_agents(self, hit_start, hit_end, s_start, rtype, pos) \
            if self.lang == "ar" else None      # (.ar_clauses)
        found, rule = special if special is not None else \
            self._agents_for(hit_start, hit_end, s_start, s_end, pos, barrier, rtype)
        found = singular_ngo_antecedent(self, found)    # "L'ONG, qui ...": the NGO named last
        found = included_members(self, found, rule, hit_start)  # "Rights groups, including X, condemned"
        if found and pos == "v" and self.lang in ("fr", "en"):
            found = list(found) + self.comparative_tail(hit_end, s_end, found)    # "..., as did Y"
        if self.lang == "ar" and found and hasattr(found[0], "start"):
            found = self._ar_with_participation(found, s_start, hit_start)
        if self.lang == "ar" and rtype == "Resolution" and pos == "n" and found and all(
                re.search(r"court|prosecutor|judiciary|ministry|government|police|army|armed-forces|presiden",
                          getattr(a, "key", a)) or (getattr(a, "form", None) == "body" and a.key.startswith("gov/"))
                for a in found):
            return [], None     # "قرار المحكمة", "قرار السلطات التونسية": a ruling or decision, no resolution
        if found:
            self._sentence_found = (s_start, list(found))
            if self._first_found[0] != s_start:
                self._first_found = (s_start, list(found))  # the sentence's first agent (.ar_clauses)
        elif self._sentence_found and self._sentence_found[0] != s_start:
            self._sentence_found = None
        return found, rule

    def _agents_for(self, hit_start, hit_end, s_start, s_end, pos="v", barrier=None, rtype=None):
        c_start, c_end = self.clause_bounds(s_start, s_end, hit_start)
        lo = max(c_start, barrier) if barrier is not None else c_start
        after = [m for m in self.in_range(hit_end, c_end)]
        before = [m for m in self.in_range(lo, hit_start) if m.end <= hit_start]
        if self.lang == "ar" and pos in ("v", "n") and rtype == "Demonstration":
            crowd = self._ar_crowd_subject(hit_end, c_end)
            if crowd is not None:
                return [crowd], "verb-subject" if pos == "v" else "crowd"   # "تظاهر آلاف المحتجين", "إضراب مئات السجناء"
        crowd = crowd_subject(self, hit_start, lo, rtype) if pos == "v" else \
            crowd_after(self, hit_end, c_end, rtype)
        if crowd is not None:
            return [crowd], "crowd"     # "Hundreds of students marched", "a petition by 40 lawyers"
        crowd = purpose_carry(self, hit_start, hit_end, s_start, rtype)
        if crowd is not None:
            return crowd, "crowd"       # "... marched to demand", "اعتصم ... للمطالبة"
        if self.lang == "ar" and self.note == "evaluative":
            speaker = self._ar_clause_speaker(s_start, hit_start)
            if speaker is not None:
                return self._expand(speaker, hit_start), "speech"   # "حذرت X من أن ... يعد انتهاكا"
        if self.lang == "ar" and pos == "v" and _AR_THAT_PRONOUN.search(
                self.norm, max(s_start, hit_start - 16), hit_start):
            # "أعلن X ... أنه سلّم السلطات أدلة": the pronoun is X; what follows the verb
            # is its object
            speaker = self._ar_clause_speaker(s_start, hit_start, width=160)
            if speaker is not None:
                return self._expand(speaker, hit_start), "speech"
        if self.lang == "ar" and rtype == "Accusation" and self.norm.startswith("ما ", hit_start):
            # "استدعت X سفير Y للاحتجاج على ما قالت إنه ...": the sentence's subject alleges
            for m in self.in_range(s_start, hit_start):
                if not self.is_locative(m) and not m.key.startswith("group/"):
                    return self._expand(m, hit_start), "subject"
            return [], None
        if self.lang == "ar" and rtype == "UseOfForce":
            state = self._ar_attack_nationality(hit_start, hit_end)
            if state is not None:
                return [state], "adjective"     # "غارة جوية إسرائيلية استهدفت", "قصف روسي"
        if self.lang == "ar" and pos == "v":
            minister = _AR_MINISTER_AFTER.match(self.norm, hit_end)
            if minister is not None and not any(
                    m.start < minister.end() + 40 and not self._ar_nameless_official(m)
                    for m in self.in_range(hit_end, c_end)[:1]):
                # "دافع وزير المهجرين عصام شرف الدين عن": a minister of no named country acts
                # for the government of the situation's country (localised later)
                return ["body/government"], "verb-subject"
            source = _AR_STATE_SOURCE.match(self.norm, hit_end)
            if source is not None:
                # "ونفى مصدر عسكري أن ...": an unnamed official of the state's body
                return ["body/" + _AR_SOURCE_BODY[source.group(1)[:4]]], "verb-subject"
        if self.lang == "ar" and pos == "v":
            topic = self._ar_topic(s_start, hit_start)
            if topic is not None:
                return self._expand(topic, hit_start), "subject"    # "أما X فقد طالبت"
        if self.lang == "ar" and pos == "v":
            subject = self.ar_clitic_subject(hit_start, hit_end, c_end)
            if subject is not None:
                return self._expand(subject, c_end), "verb-subject"   # "وهو رقم تنفيه الحكومة"
        if self.lang == "ar" and pos == "v" and after and self._adjacent_after(hit_end, after[0]) \
                and not self.is_locative(after[0]) and rtype not in PATIENT_TYPES \
                and not self.ar_envoy_object(after[0], rtype):
            head = self.norm[c_start:hit_start]
            local = _AR_LOCAL_START.split(head)[-1]
            if all(_AR_FILLER.fullmatch(w) or _AR_FUNCTION.fullmatch(w) for w in local.split()) \
                    and not (self.conjunction and head.strip()) \
                    and not self._participle(hit_start, hit_end, s_start):
                # (a circumstantial participle, "داعيا X إلى", is followed by its addressee)
                if self._ar_addressed_target(hit_start, hit_end, after[0], rtype):
                    return list(self.last_agents), "carry"
                if rtype in _ADDRESSEE_TYPES and self._ar_gender_mismatch(hit_start, hit_end, after[0]):
                    # "كما دعا السلطات الجزائرية إلى": a masculine verb does not take a
                    # feminine subject: the one called on, the subject goes on
                    return (list(self.last_agents), "carry") if self.last_agents else ([], None)
                return self._expand(after[0], c_end), "verb-subject"
        if self.lang == "ar" and self.note == "perpetrator":
            # "على أيدي X", "التي ارتكبها X": the perpetrator is named right after
            for m in after[:1]:
                if self._adjacent_after(hit_end, m):
                    return self._expand(m, c_end), "passive"
            return [], "relative"
        if self.lang == "ar" and self.note == "destination":
            # "نقل المعتقلين إلى X وY": the countries that take them in
            for m in after[:4]:
                if m.kind == "Government" and re.search(r"(?<!\S)الي\s*$", self.norm[hit_end:m.start]):
                    return [x for x in self.coordinated(m, c_end) if x.kind == "Government"], \
                        "destination"
            return [], "relative"
        # 1. passive agent / 2. led by (after the cue)
        active = self.lang in ("fr", "en") and pos == "v" and \
            not _PASSIVE_CUE.match(self.norm, hit_start) and \
            not self._passive_aux.search(self.norm[max(lo, hit_start - 30):hit_start]) and \
            any(not self.is_locative(m) for m in before)
        for m in after[:4]:
            gap = self.norm[hit_end:m.start]
            if len(gap) > (80 if pos == "v" else 30):
                break
            if active and len(gap.split()) > 2:
                break   # "X could not accept the terms set by Y": Y is not the agent
            if self.lang in ("fr", "en") and pos == "v" and _LATER_PASSIVE.search(gap):
                break   # "the decision to impose sanctions was welcomed by Y": Y welcomed
            if self.lang in ("fr", "en") and any(
                    hit_end <= a < m.start and (_PASSIVE_CUE.match(self.norm, a) or re.search(
                        r"\b(?:was|were|been|is|are|be|ete|etre)\s+(?:\w+(?:ly|ment)\s+)?$",
                        self.norm[max(hit_end, a - 25):a])) for a, _ in self.cue_spans):
                break   # "the crackdown was condemned by Y": Y is the agent of the other cue
            if self.lang in ("fr", "en") and self.norm.startswith("-", m.end):
                continue    # "by the Kremlin-backed government"
            if m.kind == "MediaOutlet" and self.is_locative(m):
                continue    # "videos verified by The Associated Press": a source, no agent
            pre = self._before(m, 60).rstrip()
            if self.lang == "ar" and pos == "v" and rtype in _AR_ACTIVE_SPEECH and \
                    len(gap.split()) > 2 and self._by_re.search(" " + pre):
                continue    # "وثقت مقتل 45 مدنيا على يد X": X killed them, it did not document
            if self._by_re.search(" " + pre) or self._led_re.search(pre) or \
                    (pos == "n" and drawn_from(self.lang, pre, gap)):     # "drew condemnation from X"
                return self._expand(m, c_end), "passive"
        for m in before[-3:]:
            pre = self._before(m, 30).rstrip()
            if self._led_re.search(pre):
                return self._expand(m, c_end), "led-by"
        by = self._by_marker.search(self.norm, hit_end, min(c_end, hit_end + 60))
        if by:
            # "arrested by members of the Israeli border police": the demonym's government
            j = bisect_left(self.all_starts, by.end())
            while j < len(self.all_mentions) and self.all_mentions[j].start < min(c_end, by.end() + 70):
                m = self.all_mentions[j]
                if self.lang in ("fr", "en") and re.search(
                        r"[,;]|\b(?:and|with|to|et|avec|a)\b", self.norm[by.end():m.start]):
                    break   # "concerned by the verdicts and raised it with Chinese officials"
                if m.key.startswith("gov/") and m.form == "demonym":
                    return [m], "passive"
                j += 1
            if self.lang == "ar" and not (rtype in _AR_ACTIVE_SPEECH and pos == "v"):
                # "تم إجراء تحقيقات من قبل كل من المراقبين والسلطات الروسية": the first
                # actor named in the by-phrase
                named = [m for m in self.in_range(by.end(), min(c_end, by.end() + 70))
                         if not (m.key.startswith("group/") and m.key.count("/") == 1)]
                for m in named[:1] if len(self.norm[hit_end:by.start()].split()) <= 3 else []:
                    if len(self.norm[by.end():m.start].split()) <= 6 and \
                            not re.search(r"[.;:؛،,]", self.norm[by.end():m.start]):
                        return self._expand(m, c_end), "passive"
        if rtype == "MilitaryAssistance":
            # "3,600 troops from the CSTO", "3600 فرد من منظمة ..."
            for m in after[:3]:
                gap = self.norm[hit_end:m.start]
                if len(gap.split()) <= 7 and re.search(r"(?:\bfrom|(?<!\w)de|(?<!\S)من)\s*(?:the\s+|la\s+|le\s+|l')?$", gap):
                    return self._expand(m, c_end), "troops-from"
        if self._participle(hit_start, hit_end, s_start):
            # ", calling for ..." / "داعيا إلى": the subject of the main clause, not an actor of
            # the clause it reports ("قال X إن Y ...، داعيا": X; "X said Y had ..., urging": X)
            comp = _COMPLEMENTIZER[self.lang].search(self.norm, s_start, hit_start)
            if self.lang == "ar" and comp is None:
                wide = _AR_SAID_WIDE.search(self.norm, s_start, hit_start)
                if wide is not None:
                    # "قال مدير البرامج في منظمة X في الشرق الأوسط إن «...»، منددا": the
                    # speaker's organisation, even after a title and "في" / "لـ"
                    speaker = self._ar_wide_speaker(wide)
                    if speaker is not None:
                        return self._expand(speaker, wide.start(2)), "participle"
                    comp = _FakeMatch(wide.end())
            if self.lang == "ar" and self.prev_end is not None and self.prev_rule is None:
                # "وانتقد خطيب الجمعة تقاعس الأجهزة الأمنية ...، داعيا": the main verb's subject
                # is unknown; what stands after that verb is its object
                before = [m for m in before if m.end <= self.prev_end]
            for m in before:
                if comp is not None and m.start >= comp.end():
                    return [], "participle"
                if not self.is_locative(m):
                    return self._expand(m, hit_start), "participle"
            if self.lang == "ar":
                return [], None     # "، داعيا البرلمان إلى": the one called on, never the subject
        if self.lang in ("fr", "en") and pos == "v" and not self.norm[s_start:hit_start].strip(" \"'\u00ab\u201c") \
                and re.match(r"\w+(?:ing|ant)\b", self.norm[hit_start:hit_end]):
            # "Condemning the crackdown, Poland called for ...": the main clause's subject
            comma = self.norm.find(",", hit_end, s_end)
            if comma > 0:
                for m in self.in_range(comma, s_end)[:1]:
                    if len(self.norm[comma + 1:m.start].split()) <= 2 and (
                            not self.is_locative(m) or self._subject_after_place(m, m.end + 1)):
                        return self._expand(m, s_end), "participle"
        if self.lang in ("fr", "en") and pos == "v":
            inverted = self._inverted_subject(hit_start, hit_end, s_start, c_end, before, after)
            if inverted is not None:
                return self._expand(inverted, s_end), "speech"
        self._rtype = rtype
        anaphor = self._anaphor(lo, hit_start, hit_end, c_end, before)
        if anaphor is not None:
            return [anaphor], "anaphor"
        if rtype in PATIENT_TYPES:
            # "اعتقلت الشرطة X", "يحاكم X": a person right after is the one arrested or tried
            after = [m for m in after if (m.form == "official" and _AR_TITLE_HEAD.match(
                self.norm[m.start:m.end]) and not self._ar_nameless_official(m))
                or (m.kind != "Person" and not m.key.startswith("person/"))] \
                if self.lang == "ar" else after
        if self.lang == "ar" and pos == "n" and rtype == "Resolution" and \
                _AR_REPORT_REL.match(self.norm, hit_end):
            # "طالب البرلمان الأوروبي، في قرار صوت عليه، بـ": the sentence subject's resolution
            for m in reversed(self.in_range(s_start, hit_start)):
                if not self.is_locative(m) and not m.key.startswith("group/"):
                    return self._expand(m, hit_start), "report-author"
        if self.lang == "ar" and pos == "n" and rtype == "Report":
            author = self._ar_report_author(hit_start, hit_end, s_start)
            if author is not None:
                return self._expand(author, hit_start), "report-author"
        if pos == "n" and self.lang == "ar":
            doer = self.ar_qiyam_agent(hit_start)
            if doer is not None:
                return self._expand(doer, hit_start), "subject"     # "قيام X بترحيل"
            announcer = self._ar_announcer(s_start, hit_start)
            if announcer is not None:
                return self._expand(announcer, hit_start), "subject"  # "أعلنت X، عبر Y، إرسال"
        if pos == "n":
            return self._nominal(hit_start, hit_end, c_start, c_end, before, after, rtype)
        if self.lang == "ar":
            found = self._arabic(hit_start, hit_end, c_start, c_end, pos, before, after, rtype)
            if found:
                return found
        # 4. subject before the cue (but "X told us ... we cannot accept it, minister Y
        #    said": first person in between -> the speaker of the tail)
        passive = rtype != "ExpressionOfConcern" and bool(      # "was deeply concerned" is not passive
            self._passive_aux.search(self.norm[max(lo, hit_start - 30):hit_start]) or (
                self.lang in ("fr", "en") and _PASSIVE_CUE.match(self.norm, hit_start)))
        if passive and self.lang == "en" and re.match(r"(?:(?:is|are|was|were|been)\s+)?\w+ing\b",
                                                     self.norm[hit_start:hit_end]):
            passive = False     # "has been calling for", "is urging": progressive, not passive
        subjects = [m for m in before if not any(a <= m.start < b for a, b in self.cue_spans)]
        if self.lang != "ar":
            par = _PARENTHETICAL.search(self.norm, max(lo, hit_start - 160), hit_start)
            if par:     # "Russia, which sent troops ..., has praised": skip the relative clause
                subjects = [m for m in subjects if m.end <= par.start()]
        if self.lang == "ar":
            # Arabic sentences chain many clauses: the subject is in the verb's own clause,
            # unless that clause starts with a pronoun-bearing particle ("ولكنها أعربت")
            head = self.norm[c_start:hit_start]
            parts = _AR_CLAUSE_START.split(head)
            local_start = hit_start - len(parts[-1])
            subjects = [m for m in before if m.start >= local_start]
            clause_head = _AR_LOCAL_START.split(head)[-1].split()
            if pos == "v" and self._ar_explicit_subject(hit_end, c_end) and all(
                    _AR_FILLER.fullmatch(w) or _AR_FUNCTION.fullmatch(w) for w in clause_head):
                subjects = []   # "، وطالب عدد من النواب": the verb's own subject follows it
                officials = _AR_OFFICIALS.search(self.norm, hit_end, min(c_end, hit_end + 50))
                if officials:
                    # "عدد من المسؤولين والمشرعين الأميركيين": the state they serve
                    j = bisect_left(self.all_starts, officials.end())
                    while j < len(self.all_mentions) and self.all_mentions[j].start < officials.end() + 30:
                        m = self.all_mentions[j]
                        if m.key.startswith("gov/") and m.form in ("demonym", "body") or (
                                m.key.startswith("body/") and m.key.count("/") == 2):
                            return [m], "subject"
                        j += 1
            if not [m for m in subjects if not self.is_locative(m)] and \
                    re.search(r"(?:لكن|ان|إن|أن|لان)(?:ها|ه|هم)(?!\S)", parts[-1] if len(parts) > 1 else ""):
                subjects = before[:1] if before else []
        possessor = None
        for m in reversed(subjects):
            if passive:
                break       # "who had been refused safe passage": the subject is the patient
            if self.lang in ("fr", "en") and _EXCLUDED_BEFORE.search(self._before(m, 30)):
                continue    # "Britain and France, but not the United States, condemned"
            if self.lang in ("fr", "en"):
                between = self.norm[m.end:hit_start]
                if _LATER_PASSIVE.search(between[:35]) and not re.search(
                        r",\s*(?:who|which|qui|dont)\b", between):
                    continue    # "X said students had been tortured and called on": not them
                if "," in between and _RELATIVE_CLOSED.search(between) and \
                        _IN_RELATIVE.search(self.norm, max(s_start, m.start - 120), m.start):
                    continue    # "Le Canada, qui avait sanctionné des responsables iraniens, a annoncé"
            if self.lang == "en" and self.norm.startswith("'s", m.end) and \
                    self.norm[m.end + 2:hit_start].strip():
                if possessor is None and m.kind in ("NGO", "IntergovernmentalOrganization",
                                                    "Government", "GovernmentBody") and \
                        len(self.norm[m.end + 2:hit_start].split()) <= 8:
                    possessor = m   # "the Council of Europe's commissioner said": its office
                continue    # "the army's operations ...": a possessor, not the subject
            if rtype in ACTION_TYPES and (self._said_that.search(self.norm[m.end:hit_start]) or (
                    self.lang == "ar" and _AR_THAT_NOUN.fullmatch(self.norm, m.end, hit_start))):
                break       # "X said that many detainees had been tortured", "قالت X إن «قتل المتظاهرين»"
            if not self.is_locative(m) or self._subject_after_place(m, hit_start):
                if self._we_subject.search(self.norm[m.end:hit_end]):
                    for t in after:
                        if not self.is_locative(t) and self._says(t, hit_end):
                            return self._expand(t, c_end), "speech"
                    if self.publisher:
                        return [self.publisher], "publisher"
                    if self.lang != "ar":
                        break   # "X presented us a request, but we could not accept it"
                return self._expand(m, hit_start), "subject"
        if possessor is not None and not passive:
            return [possessor], "possessor"
        # 5. reported speech tail: "..., X said"
        for m in after:
            if self.is_locative(m):
                continue
            if self._says(m, hit_end):
                return self._expand(m, c_end), "speech"
            break
        if self.lang in ("fr", "en") and not passive and rtype in SPEECH_TYPES:
            tail = self.tail_speaker(hit_end, s_end)
            if tail is not None:
                return self._expand(tail, s_end), "speech"
        # 6. Arabic / nominal fallback: the first free actor after the cue (not when a
        # definite noun right before the verb is its subject: "أن البعثة طالبت الاتحاد
        # الأوروبي بـ": the EU is the one called on)
        prev_word = self.norm[c_start:hit_start].split()[-1:] or [""]
        svo = self.lang == "ar" and rtype in _ADDRESSEE_TYPES and bool(
            re.fullmatch(r"(?:و|ف)?ال\S{2,}", prev_word[0])) and not (
            _AR_FILLER.fullmatch(prev_word[0]) or _AR_FUNCTION.fullmatch(prev_word[0]))
        if self.lang == "ar" and pos == "v" and not svo:
            for m in after[:1]:
                if not self.is_locative(m) and self._adjacent_after(hit_end, m) and \
                        not self.ar_envoy_object(m, rtype):
                    return self._expand(m, c_end), "after"
        # 7. pronoun or elided subject, or a sentence inside an open quotation
        head = self.norm[c_start:hit_start]
        if self.lang == "ar" and pos == "v" and self._ar_explicit_subject(hit_end, c_end):
            return [], None     # its own subject follows the verb: not the previous agent
        if (nearer := nearer_org_antecedent(self, head, hit_start)) is not None:    # "L'organisation, qui ..."
            return [nearer], "anaphor"
        if self.last_agents and (self._pronoun_re.search(head) or self.in_quote
                                 or (rtype in SPEECH_TYPES and self.speaker_ttl > 0)
                                 or re.match(r"\s*[\"“«]", self.norm[s_start:s_start + 3])
                                 or (self.lang == "ar" and pos == "v" and len(head.split()) <= 2
                                     and not self._ar_explicit_subject(hit_end, c_end))):
            return list(self.last_agents), "carry"
        if self.lang in ("fr", "en") and not self.last_agents and s_start == c_start:
            pronoun = self._pronoun_re.search(head)
            if pronoun:
                found = self._previous_sentence_actor(s_start, pronoun.group())
                if found is not None:
                    return [found], "anaphor"
        # 8. the publisher's own voice
        if self.publisher and self._we_re.search(self.norm[c_start:c_end]):
            return [self.publisher], "publisher"
        return [], None

    def _named_at(self, start, end):
        """True when a gazetteer name covers ``[start, end)`` (the noun is part of a name)."""
        j = bisect_left(self.all_starts, end) - 1
        while j >= 0 and self.all_mentions[j].end > start:
            if self.all_mentions[j].start <= start and self.all_mentions[j].end > end:
                return True
            j -= 1
        return False

    def _affiliation(self, m):
        """For a person named right after a title phrase ("China's foreign ministry
        spokesman Geng Shuang"), the actor of that phrase."""
        if m.kind != "Person":
            return m
        i = bisect_left(self.starts, m.start) - 1
        if i >= 0:
            prev = self.mentions[i]
            gap = self.norm[prev.end:m.start]
            if len(gap.split()) <= 3 and not re.search(r"[.;:؛]", gap) and \
                    prev.kind in ("GovernmentBody", "Government", "Official", "NGO",
                                  "IntergovernmentalOrganization"):
                return prev
        return m

    def _expand(self, m, limit_end):
        m = self._affiliation(m)
        if self.lang in ("fr", "en"):   # "les voisins de la Biélorussie, la Pologne et ...": not Belarus
            group = self.coordinated(m, limit_end)
            # (a later member of a genitive list shares its head: "de la France, du Canada")
            return [x for k, x in enumerate(group)
                    if x is m or not (self.is_place(x) or self.is_locative(x)) or (
                        k and self._genitive_gap(group[k - 1], self.norm[group[k - 1].end:x.start])) or (
                        k and _WITH_COORD.search(self.norm, group[k - 1].end, x.start))]
        return [x for x in self.coordinated(m, limit_end) if x is m or not self.is_place(x)]
