"""Arabic subjects: verb-subject order, titles and constructs ("الأمين العام لـ X"),
clitic and relative agents, reported speakers, announcers, report authors and crowds
(the :class:`ArabicSubjects` mixin of :class:`.attribution.Attributor`)."""

from __future__ import annotations

import re
from bisect import bisect_left

from .attribution_patterns import (PATIENT_TYPES, _ADDRESSEE_TYPES, _AR_AMMA, _AR_ANNOUNCE_VERB,
                                   _AR_ATTACK_ADJ, _AR_ATTACK_NOUN, _AR_BODY_NOUN,
                                   _AR_CAMPAIGN_OF_WORDS, _AR_COMP_START, _AR_CROWD,
                                   _AR_DECIDED_FORCE, _AR_DISCOURSE, _AR_FEM_NOUN, _AR_FILLER,
                                   _AR_FOLD, _AR_FUNCTION, _AR_JUDGE_VERB, _AR_LOCAL_START,
                                   _AR_MASC_NOUN, _AR_MEMBER_LEAD, _AR_NAMING_ADJ, _AR_PARTITIVE,
                                   _AR_PATIENT_NOUN, _AR_PERSON_TITLE, _AR_PREP, _AR_PUBLISH,
                                   _AR_REL_AGENT, _AR_REPORT_REL, _AR_SUBJECT_HEAD, _AR_TITLE_HEAD,
                                   _AR_WITH)
from .signers import _AR_NUMBER


_AR_BUT_PRONOUN = re.compile(r"(?<!\S)(?:و|ف)?(?:لكنه|لكنها|لكنهم|لكنهما|الا انه|الا انها|الا انهم|"
                             r"غير انه|غير انها|غير انهم|بيد انه|بيد انها)\s+(?:قد\s+|لن\s+|س)?$")


# an indefinite plural of nationals ("سودانيون", "إيرانيين") and what places them abroad
_AR_PLURAL_NATIONALS = re.compile(r"(?:و)?(?!ال)\S{2,}ي(?:ون|ين)")
_AR_ABROAD = re.compile(r"\s*(?:\S+\s+)?(?:في المهجر|في المنفي|في الخارج|المقيمين|المقيمون|مقيمون|مقيمين|"
                        r"المغتربين|مغتربون|مغتربين)(?!\S)")

# a report phrase opening a sentence ("وفي تقرير نشرته ...، قالت X"), then the verb after its comma
_AR_FRONTED_IN = re.compile(r"\s*(?:و)?في\s+")
_AR_COMMA = re.compile(r"\s*[،,]\s*")
_AR_VERB_WORD = re.compile(r"(?:و)?[^\s،,.]{3,}\s+")

# object-verb-subject with a plural head before a list of actors: "أدانت الحكم منظمات X وY وZ",
# "انتقدت القرار دول بينها X": the head (up to three object words before it) names the subjects
_AR_PLURAL_LEAD = re.compile(r"(?:\s+[^\s،,.:؛]+){0,3}?\s+(?:ال)?(?:منظمات|منظمتا|منظمتي|هيئات|جمعيات|نقابات|"
                             r"اتحادات|دول|حكومات|مجموعات)(?:\s+(?:حقوقيه|دوليه|غير حكوميه|صحفيه|عربيه|"
                             r"غربيه|اوروبيه|عده|عديده|بينها|من بينها|منها)){0,2}\s+")

# the complement of a verb right after the actor that follows it: that actor is the subject
_AR_COMPLEMENT_AFTER = re.compile(r"\s+(?:بال|عن\s+ال)\S{2,}")   # (not "بسبب": a cause)
_AR_WELCOME = re.compile(r"(?:رحب|اشاد|ثمن)")
# "قالت X في تقرير من 18 صفحة / استند إلى / بعنوان ...": no author named after the report
_AR_OWN_REPORT = re.compile(r"\s+(?:من\s+\d|(?:و)?(?:استند|يستند|اعتمد|يعتمد|جمع|يضم|يقع|بعنوان|حول|عن\s+(?!ال?امم|منظم|هيي|لجن))\S*)")
_AR_SIDE_ASIDE = re.compile(r"\s*[،,]?\s*(?:من\s+)?(?:جهت|جانب|ناحيت|بدور)(?:ه|ها|هم|هما)\s*[،,]?\s*")


class ArabicSubjects:
    """Arabic-specific agent rules (mixin of ``Attributor``)."""

    def _arabic(self, hit_start, hit_end, c_start, c_end, pos, before, after, rtype=None):
        head = self.norm[c_start:hit_start]
        # relative clause: "... الذي يحمل": the antecedent, if it is an actor
        rel = re.search(r"(?<!\S)(?:الذي|التي|الذين|اللذان|اللتان)\s*$", head)
        if rel:
            ante = [m for m in before if m.end <= c_start + rel.start()
                    and not self.norm[m.end:c_start + rel.start()].strip(" \t،,")]   # "X، التي أصدرت"
            return (self._expand(ante[-1], hit_start), "relative") if ante else ([], "relative")
        if pos == "v":
            near = self.in_range(max(0, hit_start - 80), hit_start)
            if near and _AR_SIDE_ASIDE.fullmatch(self.norm, near[-1].end, hit_start) and \
                    not self.is_locative(near[-1]):
                return self._expand(near[-1], hit_start), "subject"     # "وإسبانيا، من جهتها، تستقبل"
        if pos == "v" and self._sentence_found and self._sentence_found[0] <= c_start and \
                _AR_BUT_PRONOUN.search(self.norm, max(0, hit_start - 16), hit_start):
            return list(self._sentence_found[1]), "carry"   # "رحبت X بالبيان، لكنها رفضت": X goes on
        prev_noun = any(b == self.prev_end and re.match(r"(?:لل|بال|ال|وال|ل)", self.norm[a:b])
                        for a, b in self.cue_spans)     # "عن أسفها للقرار، ودعت": a noun before
        if pos == "v" and self.conjunction and self.prev_rule in (None, "relative") and not prev_noun and \
                self.prev_end is not None and 0 <= hit_start - self.prev_end < 4:
            return [], "relative"   # "التي تعتقل وتعدم": same (unknown) subject as the verb before
        if pos == "v" and self.conjunction and head.strip():
            new = self._ar_new_subject_after(hit_start, hit_end, c_end, after, rtype)
            if new is not None:
                return self._expand(new, c_end), "verb-subject"
        if pos == "v" and self.conjunction and head.strip() and (
                rtype in PATIENT_TYPES or not self._ar_explicit_subject(hit_end, c_end)):
            # (after an act on people, "واحتجزوا عشرات الرجال": the crowd is its patient)
            head_ref = self._ar_clause_head_anaphor(c_start, hit_start, c_end)
            if head_ref is not None:
                return [head_ref], "anaphor"    # "وكان عناصر التنظيم قد قتلوا ... وخطفوا"
            for m in before:
                if not self.is_locative(m):
                    return self._expand(m, hit_start), "coordinated-verb"
            if self.last_agents and (self.speaker_ttl > 0 or rtype in _ADDRESSEE_TYPES):
                return list(self.last_agents), "carry"   # "... إن ... ، ودعت طهران": the speaker
            if rtype in _ADDRESSEE_TYPES:
                return [], "relative"   # "، ودعت X إلى": X is the one called on, not the caller
        local = _AR_LOCAL_START.split(head)[-1]
        words = local.split()
        local_start = hit_start - len(local)
        free_before = [m for m in before if m.start >= local_start and not self.is_locative(m)]
        verb_first = pos == "v" and not free_before and all(
            _AR_FILLER.fullmatch(w) or _AR_FUNCTION.fullmatch(w) for w in words)
        if verb_first and after and _AR_PLURAL_LEAD.fullmatch(self.norm, hit_end, after[0].start) and \
                not self.is_locative(after[0]):
            return self._expand(after[0], c_end), "verb-subject"   # "أدانت الحكم منظمات X وY وZ"
        if verb_first:
            for m in after[:3]:
                if not self._adjacent_after(hit_end, m) or self.ar_envoy_object(m, rtype):
                    break
                if not self.is_locative(m):
                    return self._expand(m, c_end), "verb-subject"
            nxt = self.norm[hit_end:c_end].split()[:1]
            if rtype in PATIENT_TYPES and nxt and not _AR_PREP.fullmatch(nxt[0]) and \
                    not _AR_FILLER.fullmatch(nxt[0]) and not _AR_FUNCTION.fullmatch(nxt[0]) and \
                    not re.match(r"\d|حوالي|نحو|قرابه|اكثر|اقل|عشرات|ميات|الاف|مليون|ما يقرب", nxt[0]) and \
                    not (after and not self.norm[hit_end:after[0].start].strip()):
                return [], None     # "يحاكم رئيس سابق": its own (unknown) subject or patient
        # a coordinated verb ("... وطالبت بسحبه") shares the subject of its sentence
        if pos == "v" and self.conjunction and not (
                after and self._adjacent_after(hit_end, after[0])) and \
                not self._ar_explicit_subject(hit_end, c_end):
            for m in before:
                if not self.is_locative(m):
                    return self._expand(m, hit_start), "coordinated-verb"
        return None

    def _ar_new_subject_after(self, hit_start, hit_end, c_end, after, rtype):
        """"قُتل ثلاثة مدنيين في هجوم ...، وأدانت فرنسا الهجوم": after an abuse, or with no
        act before it in the sentence, a state, body or organisation right after a
        coordinated verb is its new subject (not an object: acts on people excluded)."""
        free = rtype in ("Sanction", "MilitaryAssistance", "Resettlement")  # their patients follow a preposition
        if (rtype in PATIENT_TYPES and not free and not _AR_WELCOME.search(self.norm, hit_start, hit_end)) or \
                not after or not self._adjacent_after(hit_end, after[0]):
            return None     # (welcoming, praising: "ورحبت ألمانيا بالقرار", no patient right after)
        m = after[0]
        if m.kind not in ("Government", "GovernmentBody", "NGO", "IntergovernmentalOrganization") or \
                m.form == "demonym" or m.key.startswith("group/") or self.is_locative(m):
            return None
        prev = [t for (_, b), (t, p) in zip(self.cue_spans, self.cue_types) if b <= hit_start and p == "v"]
        if prev and prev[-1] != "UseOfForce" and not (free and m.form == "name") and not (
                rtype != "Demand" and _AR_COMPLEMENT_AFTER.match(self.norm, m.end)):
            return None     # "أعربت X عن قلقها، وانتقدت السلطات": the authorities are its object
            # (not "ودانت فرنسا الاعتقالات، ورحبت ألمانيا بالقرار": the verb's complement follows)
        if not prev and rtype == "Demand" and re.match(r"\s*(?:الي|علي|ب)", self.norm[m.end:c_end]):
            return None     # "..., ودعت الحكومة إلى": who is called on
        return m

    def ar_envoy_object(self, m, rtype):
        """"واستدعت السفير الإيراني", "وطردت دبلوماسيين روسا": after a diplomatic act, an
        envoy right after the verb is the one summoned or expelled, not its subject."""
        return rtype == "DiplomaticAction" and bool(re.match(
            r"(?:ال)?(?:سفير|سفيره|سفراء|القايم|قايم|دبلوماسي|مبعوث)", self.norm[m.start:m.end]))

    def relative_agent(self, hit_end, c_end):
        """Arabic: the subject of a relative clause on a noun cue whose verb carries the
        resumptive pronoun ("الاتهامات التي وجهتها منظمة X", "التقرير الذي أصدره X")."""
        published = _AR_REPORT_REL.match(self.norm, hit_end)
        if published:
            # "في تقرير نشرته": the subject of the sentence published it
            start = max(self.norm.rfind(c, 0, hit_end) for c in ".!?\n؟") + 1
            for m in reversed(self.in_range(start, hit_end)):
                if not self.is_locative(m) and not m.key.startswith("group/"):
                    return m
            # "وكشف تقرير أصدرته X": no actor before it, the one right after the verb
            for m in self.in_range(published.end(), min(c_end, published.end() + 40))[:1]:
                if self._adjacent_after(published.end(), m) and not self.is_locative(m):
                    return m
            return None
        rel = _AR_REL_AGENT.match(self.norm, hit_end, c_end)
        if rel is None:
            return None
        for m in self.in_range(rel.end(), min(c_end, rel.end() + 40))[:1]:
            if m.kind not in ("Person",) and self._adjacent_after(rel.end(), m) \
                    and not self.is_locative(m):
                return m
        return None

    def _ar_clause_speaker(self, s_start, hit_start, width=40):
        """Arabic: who judges in "حذرت X من أن [...] يعد انتهاكا", "اعتبر X أن [...] يشكل
        انتهاكا", "رأت X أن ...": the actor right after the last verb of saying or judging
        before the cue, followed by the complementizer that opens the judged clause."""
        verb = None
        for verb in _AR_JUDGE_VERB.finditer(self.norm, s_start, hit_start):
            pass
        if verb is None:
            return None
        for m in self.in_range(verb.end(), hit_start)[:1]:
            if self._adjacent_after(verb.end(), m) and not self.is_locative(m) and \
                    not m.key.startswith("group/") and \
                    _AR_COMP_START.search(self.norm, m.end, min(hit_start, m.end + width)) and \
                    not re.search(r"[.;:؛]", self.norm[m.end:hit_start]):
                return m
        return None

    def _ar_announcer(self, s_start, hit_start):
        """Arabic: a verbal noun that is the object of a verb of announcing or deciding,
        past a parenthesis ("أعلنت السعودية، عبر مركز الملك سلمان، إرسال شحنة", "قررت
        الحكومة الألمانية الأسبوع الماضي تخصيص"): the subject of that verb."""
        verb = None
        for verb in _AR_ANNOUNCE_VERB.finditer(self.norm, max(s_start, hit_start - 140), hit_start):
            pass
        if verb is None:
            return None
        gap = self.norm[verb.end():hit_start]
        if re.search(r"[.;:؛\"«»“”]|(?<!\S)(?:ان|انه|انها|بان|الذي|التي)(?!\S)", gap) or \
                len(gap.split()) > 14 or any(verb.end() <= a < hit_start for a, _ in self.cue_spans):
            return None
        for m in self.in_range(verb.end(), hit_start)[:1]:
            if self._adjacent_after(verb.end(), m) and not self.is_locative(m) and \
                    not m.key.startswith("group/"):
                return m
        return None

    def _ar_with_participation(self, found, s_start, hit_start):
        """Arabic "نفذ X، بمشاركة (طائرات من) Y وZ، ..." / "بالتعاون مع Y": Y and Z act with
        X; when the agents found are the participants, X (the subject before) joins them."""
        first = found[0]
        last = found[-1]
        after = _AR_WITH.match(self.norm, last.end + len(self.norm[last.end:last.end + 4]) -
                               len(self.norm[last.end:last.end + 4].lstrip(" ،,")))
        if after is not None and hasattr(last, "end"):
            # "وأرسلت تركيا، بالتعاون مع قطر، شحنة": the partners join the subject
            partners = [m for m in self.in_range(after.end(), after.end() + 40)[:1]
                        if not self.norm[after.end():m.start].strip()]
            if partners:
                extra = [m for m in self.coordinated(partners[0]) if not self.is_place(m)]
                return list(found) + [m for m in extra if m.key not in {getattr(f, "key", f) for f in found}]
        co = _AR_WITH.search(self.norm, max(s_start, first.start - 40), first.start)
        if co is None or len(self.norm[co.end():first.start].split()) > 3 or \
                re.search(r"[.;:؛،,]", self.norm[co.end():first.start]):
            return found
        lead = [m for m in self.in_range(s_start, co.start())
                if not self.is_locative(m) and not m.key.startswith("group/")]
        if not lead:
            return found
        out = [lead[0]] + [m for m in found if getattr(m, "key", m) != lead[0].key]
        return out

    def _ar_attack_nationality(self, hit_start, hit_end):
        """Arabic: an attack named with the attacker's nationality adjective, "قصف روسي",
        "غارة جوية إسرائيلية استهدفت ...", "هجوم تركي بطائرة مسيرة": that state."""
        j = bisect_left(self.all_starts, hit_end)
        if j < len(self.all_mentions):
            m = self.all_mentions[j]
            gap = self.norm[hit_end:m.start].split()
            if m.form == "demonym" and m.key.startswith("gov/") and \
                    all(_AR_ATTACK_ADJ.fullmatch(w) for w in gap) and len(gap) <= 1 and \
                    _AR_ATTACK_NOUN.search(self.norm[max(0, hit_start - 2):hit_end]):
                return m    # the cue is the attack noun itself
        j = bisect_left(self.all_starts, hit_start) - 1
        if j >= 0:
            m = self.all_mentions[j]
            if m.form == "demonym" and m.key.startswith("gov/") and \
                    not self.norm[m.end:hit_start].strip() and re.search(
                        _AR_ATTACK_NOUN.pattern + r"(?:\s+" + _AR_ATTACK_ADJ.pattern + r")?\s*$",
                        self.norm[max(0, m.start - 30):m.start]):
                return m    # "غارة جوية إسرائيلية استهدفت": the strike's nationality
        return None

    def _ar_crowd_of_organisation(self, end, c_end):
        """Arabic: a crowd "من حركة X" / "من أنصار حزب X" / "من أعضاء نقابة X": the named
        organisation acts (its members turn out)."""
        lead = re.match(r"\s*(?:من|ينتمون الي|ينتمون ل)\s+(?:(?:انصار|اعضاء|اعضاء في|مؤيدي|ناشطي)\s+)?"
                        r"(?:(?:حركه|منظمه|جمعيه|حزب|نقابه|ايتلاف|تحالف|مجموعه|مبادره)\s+)?[\"«“]?",
                        self.norm[end:min(c_end, end + 60)])
        if lead is None or not lead.group().strip():
            return None
        for m in self.in_range(end, end + lead.end() + 2):
            if m.key.startswith("org/") and m.kind in ("NGO", "Group"):
                return m    # (the organisation noun may be part of its name: "حزب العمال")
        return None

    def _ar_nameless_official(self, m):
        """True for a title mention whose "name" is a prepositional verbal noun ("رئيس
        الوزراء العراقي بفتح تحقيق"): no person is named there."""
        return m.form == "official" and m.key.startswith("person/") and bool(re.search(
            r"(?<!\S)ال\S+\s+(?:ب|ل|لل)\S+", self.norm[m.start:m.end]))    # (not "مسعود بزشكيان")

    def ar_qiyam_agent(self, hit_start):
        """Arabic "قيام X بـ<masdar>" ("انتقدت قيام السلطات الألمانية بترحيل ..."): X did
        the act the verbal noun names; returns X's mention or None."""
        if not self.norm.startswith("ب", hit_start):
            return None
        i = bisect_left(self.starts, hit_start) - 1
        if i < 0:
            return None
        m = self.mentions[i]
        if self.norm[m.end:hit_start].strip() or not re.search(
                r"(?<!\S)(?:و|ب|ل)?(?:ال)?قيام\s*$", self.norm[max(0, m.start - 12):m.start]):
            return None
        return m

    def _ar_clause_head_anaphor(self, c_start, hit_start, c_end):
        """Arabic: the clause opens on a definite anaphor ("التنظيم", "الجماعة", "المنظمة"),
        maybe after "عناصر" / "قادة" and particles ("وكان عناصر التنظيم قد ..."): the actor
        it refers back to, for a later coordinated verb of the same subject."""
        head = self.norm[c_start:hit_start]
        lead = re.match(r"\s*(?:(?:و|ف)?(?:كان|كانت|قد|لقد|ثم|كما)\s+)*", head)
        rest = head[lead.end():]
        member = _AR_MEMBER_LEAD.match(rest)
        if member:
            rest = rest[member.end():]
        word = rest.split(" ", 1)[0].rstrip("،,")
        if not word or not self._org_anaphor.fullmatch(word):
            return None
        at = hit_start - len(head) + (len(head) - len(rest)) + len(word)
        if self.in_range(hit_start - len(rest), at):
            return None     # the noun is part of a name
        return self._anaphor(c_start, at, at, c_end, [])

    def _ar_topic(self, s_start, hit_start):
        """Arabic topicalised subject: "أما الحكومة السودانية (في بورتسودان) فقد طالبت",
        "أما وزارة الخارجية فطالبت": the first actor after "أما" is the subject of the verb
        that its "فـ" opens."""
        head = self.norm[s_start:hit_start]
        amma = None
        for amma in _AR_AMMA.finditer(head):
            pass
        if amma is None:
            return None
        rest = head[amma.end():]
        if not (re.search(r"(?<!\S)ف(?:قد|ان|انها|انه)\s+$", rest) or
                (self.norm.startswith("ف", hit_start) and rest[-1:].isspace())):
            return None
        if re.search(r"[.;:؛]", rest) or len(rest.split()) > 14:
            return None
        for m in self.in_range(s_start + amma.end(), hit_start):
            if not self.is_locative(m) and not self.is_place(m):
                return m
        return None

    def ar_decision_of_force(self, hit_end):
        """Arabic: a decision, order or ruling whose content is an act of force ("أصدرت
        النيابة قرارات بتجديد حبس ...", "أصدر القاضي أمرا باعتقال", "قرار بترحيل"): that
        act, not a resolution."""
        return bool(_AR_DECIDED_FORCE.match(self.norm, hit_end))

    def ar_criticises_discourse(self, hit_end, s_end):
        """Arabic: a verb of criticism whose object is what others said or wrote ("انتقد X
        التقارير", "ندد X بما وصفه بـ«الادعاءات المسيسة»", "هاجمت الوزارة الحملة الإعلامية"):
        a rejection of the criticism, not a condemnation of the abuse."""
        window = self.norm[hit_end:min(s_end, hit_end + 160)]
        window = re.split(r"[.;؛]", window)[0]
        words = window.replace("«", " ").replace("»", " ").replace('"', " ").replace("“", " ") \
            .replace("”", " ").split()
        for i, w in enumerate(words[:14]):
            if _AR_DISCOURSE.fullmatch(w):
                if re.search(r"حمل(?:ه|ات)$", w) and not (
                        i + 1 < len(words) and _AR_CAMPAIGN_OF_WORDS.fullmatch(words[i + 1])):
                    return False    # "حملة الاعتقالات" is an abuse; "الحملة الإعلامية" is words
                before = words[max(0, i - 3):i]
                if before[-1:] == ["ب"] and len(before) >= 2 and \
                        re.fullmatch(r"(?:و)?(?:وصف|اسما|سما|نعت)\S*", before[-2]):
                    return True     # "ما وصفه بـ«التقارير المسيسة»"
                if any(re.fullmatch(r"(?:ب|بسبب|عن|حول|بشان|ضد|في|علي|رغم)", b) for b in before[-1:]):
                    return False    # "انتقد الحكومة بسبب التقارير": the reports are the reason
                return True
            if re.fullmatch(r"(?:و)?(?:ان|بان|انه|انها|لان|بسبب|التي|الذي)", w):
                return False
        return False

    def ar_clitic_subject(self, hit_start, hit_end, c_end):
        """Arabic: a verb carrying its object as a pronoun, right after the noun it refers to
        ("وهو رقم تنفيه الحكومة", "اتهامات ترفضها القاهرة", "ما تنفيه السلطات"): the actor
        right after the verb is its subject, or None."""
        if not re.search(r"\S{3,}(?:ه|ها|هم|هما)$", self.norm[hit_start:hit_end]) or not re.search(
                r"(?<!\S)(?:ما|وهو|وهي|وهذا|وهذه|التي|الذي|رقم|امر|اتهام\S*|تقرير\S*|مزاعم|"
                r"ادعاءات|روايه|تصريحات)\s+$", self.norm[max(0, hit_start - 14):hit_start]):
            return None
        for m in self.in_range(hit_end, min(c_end, hit_end + 40))[:1]:
            if not self.norm[hit_end:m.start].strip(" \t") and not self.is_locative(m) and \
                    not m.key.startswith("group/"):
                return m
        return None

    def _ar_explicit_subject(self, hit_end, c_end):
        """True when an Arabic verb is followed by a subject that is no known actor: a
        crowd or a number of people ("وتظاهر آلاف", "ونظم مئات الإيرانيين"), or a
        nationality ("واحتج الإيرانيون"): its elided subject is not the previous agent."""
        after = self.norm[hit_end:min(c_end, hit_end + 40)].split()
        for i, w in enumerate(after[:3]):
            if _AR_CROWD.fullmatch(w):
                # "واستقبلت آلاف اللاجئين", "واعتقلت مئات المتظاهرين": the object
                return not (i + 1 < len(after) and _AR_PATIENT_NOUN.match(after[i + 1]))
            if not _AR_FILLER.fullmatch(w):
                break
        j = bisect_left(self.all_starts, hit_end)
        nxt = self.all_mentions[j] if j < len(self.all_mentions) else None
        if nxt is not None and nxt.form == "demonym" and nxt.kind != "Place" and \
                not self.norm[hit_end:nxt.start].split():
            return True
        if len(after) >= 2 and _AR_BODY_NOUN.fullmatch(after[0]) and \
                _AR_NAMING_ADJ.match(" " + after[1]) and not (nxt is not None and nxt.start < hit_end + 3):
            return True     # "نفى المجلس الأعلى للقضاء": a body unknown to the gazetteer
        if after and _AR_PERSON_TITLE.fullmatch(after[0]) and not (
                nxt is not None and nxt.start < hit_end + len(after[0]) + 2):
            return True     # "دعا البابا فرنسيس": a person unknown to the gazetteer
        return False

    def _ar_wide_speaker(self, said):
        """The speaker named between an Arabic speech verb and its "إن" (``_AR_SAID_WIDE``):
        an organisation, body or official even after a title and "في" / "لـ", a state
        unless it is a place there."""
        for m in self.in_range(said.start(1), said.start(2)):
            if m.kind in ("NGO", "IntergovernmentalOrganization", "GovernmentBody", "Official") or (
                    m.kind == "Government" and not self.is_place(m)):
                return m
        return None

    def _ar_addressed_target(self, hit_start, hit_end, m, rtype):
        """Arabic: "... أعربت X عن قلقها. وحثت الحكومة الكينية على ...": after a
        conjunction, a call on the government of the country the text is about, followed
        by its complement ("على", "إلى", "بـ"), names whom the last agent urges, not a new
        speaker."""
        if not (self.conjunction and rtype in _ADDRESSEE_TYPES and self.last_agents) or \
                m.kind not in ("Government", "GovernmentBody") or not m.place_key:
            return False
        if not re.match(r"\s*(?:\S+\s+)?(?:علي|الي|ب\S+)(?!\S)", self.norm[m.end:m.end + 30]):
            return False
        iso = m.place_key.split("/")[-1].split("-")[0]
        last = [getattr(a, "key", a) for a in self.last_agents]
        if any(k.split("/")[1:2] == [iso] for k in last if "/" in k):
            return False
        counts: dict = {}
        for x in self.all_mentions:
            if x.start >= hit_start:
                break
            if x.place_key:
                code = x.place_key.split("/")[-1].split("-")[0]
                counts[code] = counts.get(code, 0) + 1
        return bool(counts) and max(counts, key=counts.get) == iso and counts[iso] >= 2

    def _ar_gender_mismatch(self, hit_start, hit_end, m):
        """Arabic verb-subject agreement: a masculine verb ("دعا") before a clearly feminine
        noun ("السلطات", "الحكومة", "منظمة") or a feminine verb ("دعت") before a clearly
        masculine one ("الأمين العام", "مجلس"), with nothing between, is not its subject."""
        words = self.norm[hit_start:hit_end].split()
        if not words or self.norm[hit_end:m.start].strip():
            return False
        verb = re.sub(r"^(?:و|ف)", "", words[0])
        head = re.sub(r"^(?:و|ف)", "", (m.surface.split() or [""])[0].translate(_AR_FOLD).replace("ة", "ه"))
        feminine_verb = verb.endswith("ت") and len(verb) >= 3
        if not feminine_verb and not verb.startswith(("ت", "ن")) and _AR_FEM_NOUN.fullmatch(head):
            return True     # (not "تطالب" / "نطالب", whose prefix carries the person)
        return feminine_verb and bool(_AR_MASC_NOUN.fullmatch(head))

    def _ar_report_author(self, hit_start, hit_end, s_start):
        """Arabic: who publishes a report named far from its verb, past a long subject
        ("أصدرت بعثة ... التابعة للأمم المتحدة بشأن ليبيا، اليوم، تقريرا"), or in a
        relative clause on it ("اتهمت X، في تقرير نشرته الثلاثاء، ...", "في رأي أصدره")."""
        last = (self.norm[hit_start:hit_end].split() or [""])[-1]
        if _AR_REPORT_REL.match(self.norm, hit_end) or _AR_REPORT_REL.fullmatch(" " + last):
            for m in reversed(self.in_range(s_start, hit_start)):
                if not self.is_locative(m) and not m.key.startswith("group/"):
                    return m
            return self._ar_fronted_author(s_start, hit_start, hit_end)
        if re.search(r"(?<!\S)في\s*$", self.norm[max(s_start, hit_start - 6):hit_start]) and \
                not self.in_range(hit_end, hit_end + 4) and \
                (re.match(r"\s+(?:\S+\s+)?(?:سابق|حديث|جديد|اخير|سنوي|صدر|نشر|له|لها|مطول|مفصل)(?!\S)",
                          self.norm[hit_end:hit_end + 30]) or _AR_OWN_REPORT.match(self.norm, hit_end)):
            # "حذرت الأمم المتحدة في تقرير سابق": the subject's own report
            for m in reversed(self.in_range(s_start, hit_start)):
                if not self.is_locative(m) and not m.key.startswith("group/"):
                    return m
            if re.fullmatch(r"\s*\S+\s+المنظمه\s+في\s*", self.norm[s_start:hit_start]):
                for m in reversed(self.in_range(max(0, s_start - 1500), s_start)):
                    if m.kind in ("NGO", "IntergovernmentalOrganization"):
                        return m    # "وأوضحت المنظمة في تقرير": the organisation named last
            return None
        if not self.norm[hit_start:hit_end].endswith(("ا", "ين")):
            return None     # the object of a verb is in the accusative ("تقريرا")
        verb = None
        for verb in _AR_PUBLISH.finditer(self.norm, s_start, hit_start):
            pass
        if verb is None:
            return None
        gap = self.norm[verb.end():hit_start]
        if re.search(r"[.;:؛]", gap) or len(gap.split()) > 25:
            return None
        for m in self.in_range(verb.end(), hit_start):
            if m.key.startswith("group/") or self.is_place(m):
                continue
            if self.is_locative(m) and not re.search(r"(?:التابعه|التابع|التابعين)\s*(?:ل|لل)?$",
                                                       self.norm[max(0, m.start - 14):m.start]):
                continue
            return m
        for m in reversed(self.in_range(s_start, verb.start())):
            if not self.is_locative(m) and not m.key.startswith("group/"):
                return m    # "وكانت المفوضة السامية ... قد قدمت ... تقريرا": subject first
        return None

    def _ar_fronted_author(self, s_start, hit_start, hit_end):
        """"في تقرير نشرته الثلاثاء، قالت منظمة العفو الدولية إن": a report phrase opening
        the sentence belongs to the subject right after the verb that follows its comma."""
        if not _AR_FRONTED_IN.fullmatch(self.norm, s_start, hit_start):
            return None
        comma = _AR_COMMA.search(self.norm, hit_end, min(len(self.norm), hit_end + 60))
        if comma is None or re.search(r"[.;:؛]", self.norm[hit_end:comma.start()]):
            return None
        verb = _AR_VERB_WORD.match(self.norm, comma.end())
        if verb is None:
            return None
        for m in self.in_range(verb.end(), verb.end() + 3):
            if not self.is_locative(m) and not m.key.startswith("group/") and \
                    not self.norm[verb.end():m.start].strip():
                return m
        return None

    def _ar_crowd_subject(self, hit_end, c_end):
        """Arabic: a group named after a number or a crowd word right after the verb
        ("تظاهر آلاف المحتجين", "ونظم عشرات الطلاب وقفة"): the group."""
        j = bisect_left(self.all_starts, hit_end)
        while j < len(self.all_mentions) and self.all_mentions[j].start < min(c_end, hit_end + 50):
            m = self.all_mentions[j]
            j += 1
            nationals = m.form == "demonym" and m.key.startswith("gov/")    # "آلاف الكينيين"
            if not m.key.startswith("group/") and not nationals:
                continue
            words = self.norm[hit_end:m.start].split()
            bare = nationals and not words and _AR_PLURAL_NATIONALS.fullmatch(self.norm, m.start, m.end)
            if bare or 0 < len(words) <= 4 and all(_AR_CROWD.fullmatch(w) or re.fullmatch(r"[\d٠-٩]+|من|" + _AR_NUMBER, w)
                                                   or _AR_FILLER.fullmatch(w) for w in words) and \
                    any(_AR_CROWD.fullmatch(w) or re.fullmatch(r"[\d٠-٩]+|" + _AR_NUMBER, w) for w in words):
                # ("تظاهر سودانيون في لندن": an indefinite plural of nationals needs no number)
                if nationals and _AR_ABROAD.match(self.norm, m.end, m.end + 30):
                    # nationals abroad ("إيرانيون مقيمون في الخارج"): the diaspora of the country
                    return "group/%s/diaspora" % m.key.split("/")[1].split("-")[0]
                member_of = self._ar_crowd_of_organisation(m.end, c_end)
                if member_of is not None:
                    return member_of    # "تظاهر مئات الإسرائيليين من حركة «نقف معا»": the movement
                return "group/%s/protesters" % m.key.split("/")[1].split("-")[0] if nationals else m
            return None
        return None

    def _adjacent_after(self, hit_end, m):
        """True when ``m`` follows the verb directly (time words and particles allowed,
        and the head of its noun phrase: "اتهمت منظمة «X»", "انتقد الأمين العام لحزب X")."""
        gap = self.norm[hit_end:m.start]
        if _AR_PARTITIVE.fullmatch(gap) and not (
                m.key.count("/") == 1 and m.key.startswith(("body/", "group/", "official/"))):
            return True     # "أدانت كل من X وY" (not "عدد من النواب": some members only)
        words = [w for w in gap.replace("«", " ").replace("“", " ").replace('"', " ").split()
                 if not _AR_FILLER.fullmatch(w)]
        if words == ["ل"] and re.search(r"(?:تقرير|بيان|رساله|نداء)\s+ل$", gap.strip()):
            words = []      # "وثق تقرير للأمم المتحدة": the document's author
        if words and len(words) <= 4 and all(_AR_SUBJECT_HEAD.fullmatch(w) for w in words) and (
                not words[-1].startswith("ال") or words[-1] == "باسم"):
            words = []      # ends in a construct head or "لـ"/"باسم" ("المنظمة" alone is a subject)
        if 2 <= len(words) <= 5 and words[-1] in ("ل", "لل") and _AR_TITLE_HEAD.fullmatch(words[0]) \
                and not any(_AR_PREP.fullmatch(w) and w not in ("ل", "لل") for w in words[1:-1]):
            words = []      # "المدير العام لـ X", "منسق الشؤون الإنسانية للـ X": X's official
        if 2 <= len(words) <= 6 and m.key.startswith("person/") and _AR_TITLE_HEAD.fullmatch(words[0]) \
                and all(w.startswith("ال") or w in ("في", "ل", "لل", "باسم") for w in words[1:]):
            words = []      # "أدان مسؤول السياسة الخارجية في الاتحاد جوزيب بوريل": the titled person
        return not words and not re.search(r"[.;:؛]", gap)
