"""Subjects other than the plain one before the verb: inverted and trailing speakers
('"...," said X'), participles, pronouns and anaphors ("the group", "l'organisation"),
demonym owners, and the agents of nominal cues ("X's condemnation", "la condamnation par X")
(the :class:`SubjectFinding` mixin of :class:`.attribution.Attributor`)."""

from __future__ import annotations

import re
from bisect import bisect_left

from .ar_nominal_agents import AUTHOR_KINDS, WELCOME_NOUN, construct_author, issued_by, judging_verb_end
from .attribution_patterns import (PATIENT_TYPES, SPEECH_TYPES, _ADDRESSEE_TYPES, _AR_AFFIRM_VERB, _AR_APPOSITION,
                                   _AR_COMP_START, _AR_DELEGATION, _AR_DOC_NOUN, _AR_EXPRESS_VERB,
                                   _AR_FILLER, _AR_FOLD, _AR_FROM_AGENT, _AR_GROUP_ANAPHOR,
                                   _AR_MEMBER_LEAD, _AR_NAMING_ADJ, _AR_PURPOSE_MEETING,
                                   _AR_REJECT_VERB, _AR_SAID_BEFORE, _AR_SAID_WIDE, _FROM_AGENT,
                                   _AR_OWNED_NOUN, _HONORIFIC, _KINGDOMS)


# Actors added after the act by a comparison: "X condemned the verdict, as did Y and Z",
# "as has Denmark", "X a condamné ..., tout comme l'Allemagne et l'Italie", "de même que Y".
_AS_DID = {
    "en": re.compile(r",\s*(?:as\s+(?:did|do|does|has|have|had|was|were)|just\s+as\s+(?:did|have|has))\s+(?:the\s+)?"),
    "fr": re.compile(r",\s*(?:tout\s+comme|de\s+meme\s+que|comme\s+l'(?:a|ont)\s+fait)\s+(?:le\s+|la\s+|les\s+|l')?"),
}


class SubjectFinding:
    """Inverted, trailing, anaphoric and nominal subjects (mixin of ``Attributor``)."""

    def comparative_tail(self, hit_end, s_end, found):
        """French / English: the actors a comparison adds after the act of ``found`` ("...,
        as did Y and Z", "..., tout comme l'Allemagne"): extra agents (a list, maybe empty)."""
        rx = _AS_DID.get(self.lang)
        norm = self.norm
        if rx is None or norm.find(",", hit_end, s_end) < 0 or (
                norm.find(" as ", hit_end, s_end) < 0 if self.lang == "en"
                else norm.find(" comme ", hit_end, s_end) < 0 and norm.find(" meme que ", hit_end, s_end) < 0):
            return []   # (a cheap test first: most sentences have no such tail)
        tail = rx.search(norm, hit_end, s_end)
        if tail is None:
            return []
        # (a mention may hold its article: "tout comme la délégation de l'Union européenne")
        first = self.in_range(tail.end(), tail.end() + 2) or [
            m for m in self.in_range(tail.end() - 4, tail.end()) if m.end > tail.end()]
        if not first or first[0].key.startswith("group/") or not first[0].key.startswith(("gov/", "org/", "body/")):
            return []
        keys = {getattr(a, "key", a) for a in found}
        return [m for m in self.coordinated(first[0], s_end) if m.key not in keys
                and not m.key.startswith("group/")]

    def _inverted_subject(self, hit_start, hit_end, s_start, c_end, before, after):
        """French / English speech-verb inversion after a quote: '"...", lamented X, the
        spokesperson for Y' / '« ... », a déploré X': the actor right after the verb."""
        head = self.norm[s_start:hit_start].rstrip()
        if not head or head[-1] not in ',"\u00bb\u201d':
            return None
        quoted = bool(re.search('["\u00ab\u00bb\u201c\u201d]', head))
        if head[-1] != ",":
            # 'X on Thursday "categorically" rejected a report by Y': a scare-quoted word after
            # the subject, no quotation before an inverted speaker
            opening = max(head.rfind('"', 0, len(head) - 1), head.rfind("\u00ab"), head.rfind("\u201c"))
            inner = head[opening + 1:-1].strip()
            if head.count('"') % 2 == 1 and head[-1] == '"':
                opening, inner = len(head) - 1, ""     # 'X "strongly" condemned': the cue opens the quote
            if opening >= 0 and len(inner.split()) <= 3 and (not inner or inner[-1] not in ",.!?\u2026") and any(
                    m.end <= s_start + opening and not self.is_locative(m) for m in before):
                return None
        if not quoted and any(not self.is_locative(m) for m in before):
            return None     # "The minister, X, criticised Y": X is the subject
        for m in after[:2]:
            if self.norm.startswith("-", m.end):
                continue    # "the Britain-based Syrian Observatory"
            gap = self.norm[hit_end:m.start]
            if len(gap) <= 45 and len(gap.split()) <= 5 and not re.search(r"[.;:!?]", gap) \
                    and gap.count(",") <= 1 and m.kind != "MediaOutlet" and not self.is_locative(m):
                rest = self.norm[m.end:self._sentence_end_of(m.end, c_end)].strip()
                if not quoted and not (len(rest.split()) <= 5 or rest[0] in ",.!?" and len(rest.split()) <= 12):
                    return None     # "the rumours had, on Monday, mobilised the supporters of X"
                return m
        return None

    def _subject_after_place(self, m, hit_start):
        """French / English: "Condemning the crackdown in Belarus, Poland called for ...":
        an actor right before the verb is its subject even though it follows a place and a
        comma (which otherwise reads as a list of places)."""
        if self.lang not in ("fr", "en"):
            return False
        own = self._before(m, 12).rstrip()
        if m.preposition and not re.search(r",\s*(?:(?:the|la|le|les|l')\s*)?$", own):
            return False    # its own preposition ("in Poland"), not one shared along a list
        if not re.fullmatch(r"\s*(?:(?:has|have|had|also|then|a|ont|avait|aussi|a aussi|ont aussi)\s+)?",
                            self.norm[m.end:hit_start]):
            return False
        before = _HONORIFIC.sub("", self._before(m).rstrip())
        if self._object_re.search(" " + before) or self._list_loc_re.search(before):
            return False
        return bool(re.search(r",\s*(?:(?:the|la|le|les|l')\s*)?$", before))

    def _previous_sentence_actor(self, s_start, pronoun):
        """French / English pronoun with no agent carried over ("Jane Roe, the spokeswoman
        for X, spoke to reporters. She called on ..."): the first free actor of the
        previous sentence that can be that pronoun ("he" / "she": a person or official)."""
        pronoun = (pronoun.strip(" \"'\u201c\u00ab").lower().split() or [""])[-1]  # ("on monday he")
        people = pronoun in ("he", "she")
        things = pronoun in ("it", "they")
        lo = max(0, self.norm.rfind(".", 0, max(0, s_start - 2)) + 1, s_start - 400)
        for m in self.in_range(lo, s_start):
            if self.is_locative(m) or m.key.startswith("group/"):
                continue
            if people and m.kind not in ("Official", "Person"):
                continue
            if things and m.kind in ("Official", "Person"):
                continue
            return m
        return None

    def _sentence_end_of(self, pos, default):
        """End of the sentence containing ``pos`` (set by the reader), else ``default``."""
        end = getattr(self, "sentence_end", None)
        return end if end is not None and end > pos else default

    def tail_speaker(self, hit_end, s_end):
        """French / English: the speaker named at the end of the sentence ("..., X said.",
        "..., said X, director of Y", "..., a déclaré X"), beyond clause breaks."""
        found = None
        for m in self.in_range(hit_end, s_end):
            if m.kind == "MediaOutlet" or m.key.startswith("group/") or \
                    self.norm.startswith("-", m.end):
                continue
            if m.preposition and m.kind not in ("NGO", "IntergovernmentalOrganization"):
                continue        # "in Cuba" (but "a researcher at Amnesty International")
            head = self.norm[max(hit_end, m.start - 130):m.start]
            tail = self.norm[m.end:min(s_end, m.end + 40)]
            comma = head.rfind(",")
            if comma < 0:
                continue
            between = head[comma + 1:]
            # "..., X said" / "..., the minister of X said"
            said_after = self._speech_re.match(tail.lstrip(" ,")) and len(between.split()) <= 5 \
                and not self.is_place(m)
            # "..., said X, director of the program of Y" (the speech verb right after a comma)
            inverted = re.search(r",\s*(?:\S+\s+){0,3}?" + self._speech_re.pattern
                                 + r"\s+([^.;:!?]{0,110})$", head)
            if said_after or (inverted and len(inverted.group(1).split()) <= 14):
                if re.search(r"according|selon|d'apres", between + tail[:20]):
                    continue
                found = m
                break
        return found

    def _says(self, m, hit_end):
        """True when ``m`` is the speaker of a reported-speech tail (not a news source)."""
        if m.kind == "MediaOutlet":
            return False
        end = m.end + 25
        stop = re.search(r"[.!?؟\n]" if self.lang == "ar" else r"[.!?](?=\s)|\n", self.norm[m.end:end])
        end = m.end + stop.start() if stop else end     # not the next sentence's verb
        window = self.norm[max(hit_end, m.start - 25):end]
        found = self._speech_re.search(window)
        return bool(found) and not re.match(r"according|selon|وفقا|بحسب", found.group())

    def _participle(self, hit_start, hit_end, s_start):
        surface = self.norm[hit_start:hit_end]
        first = surface.split()[0] if surface.split() else ""
        if self.lang == "en":     # ", urging ..." (the comma right before the participle)
            return first.endswith("ing") and self.norm[max(s_start, hit_start - 3):hit_start].rstrip().endswith(",")
        if self.lang == "fr":
            return self.norm[max(s_start, hit_start - 3):hit_start].strip() == "en" or (
                first.endswith("ant") and self.norm[max(s_start, hit_start - 3):hit_start].rstrip().endswith(","))
        # Arabic circumstantial accusative: داعيا، مطالبا، معربا، مشيرا; feminine after a
        # comma: "، داعية"، "، مطالبة بـ"، "، متهمة"
        if re.fullmatch(r"(?:و)?(?:دا|مط|مع|مش|مؤ|مو|را|نا|مت|مس|من)\S*ه", first) and len(first) >= 5:
            return self.norm[max(s_start, hit_start - 3):hit_start].rstrip().endswith(("،", ","))
        if re.fullmatch(r"(?:و)?(?:دا|مط|مع|مش|مؤ|مو|را|نا|مت|مس|من|حا)\S*(?:ين|ات)", first) and len(first) >= 6:
            return self.norm[max(s_start, hit_start - 3):hit_start].rstrip().endswith(("،", ","))
        return bool(re.fullmatch(r"(?:و)?(?:دا|مط|مع|مش|مؤ|مو|را|نا|مت|مس|من)\S*ا", first)) and len(first) >= 5

    def _anaphor(self, lo, hit_start, hit_end, c_end, before):
        """"The organisation" / "المنظمة" as the subject: the NGO or IGO named last."""
        if self._org_anaphor is None:
            return None
        if self.lang == "ar":
            window = self.norm[hit_end:min(c_end, hit_end + 30)].lstrip()
            lead = _AR_DOC_NOUN.match(window)       # "يدعو اقتراح الوزارة", "أكد بيان المنظمة"
            window = window[lead.end():] if lead else window
            member = _AR_MEMBER_LEAD.match(window)  # "اتهم زعيم الجماعة", "متحدث باسم الوزارة"
            if member and self._org_anaphor.match(window[member.end():].split(" ")[0].rstrip("،,")):
                window = window[member.end():]
            found = self._org_anaphor.match(window[:16])     # "أصدرت المنظمة", "تقرير المنظمة"
            if found is not None:
                at = hit_end + (self.norm[hit_end:min(c_end, hit_end + 30)].find(window[:16]))
                if self._named_at(at + found.start(), at + found.end()):
                    return None     # "المجلس العسكري", "الحركة الوطنية ...": a name, not an anaphor
                if _AR_NAMING_ADJ.match(window, found.end()):
                    return None     # "الهيئة العامة لـ ...", "المجلس الأعلى ...": an unknown body's name
            if found is None:
                tail = self.norm[max(lo, hit_start - 24):hit_start]
                found = None
                for found in self._org_anaphor.finditer(tail + " ") if tail else ():
                    pass
                # "وكانت الجماعة قد اعتقلت": only particles between the noun and the verb
                if found is None or not all(_AR_FILLER.fullmatch(w) or w in ("لقد", "ف") or
                                            not re.search(r"\w", w) for w in tail[found.end():].split()) or \
                        self._named_at(hit_start - len(tail) + found.start(),
                                       hit_start - len(tail) + found.end()):
                    found = None
            if found is not None and not re.match(r"(?:و|ف)?ال", found.group().strip()):
                found = None    # "تقرير منظمة X": an indefinite head is in construct with a name
        else:
            tail = self.norm[max(lo, hit_start - 40):hit_start]
            found = self._org_anaphor.search(tail)
            if found is not None and len(tail[found.end():].split()) > 3:
                found = None
            if found is not None and before and before[-1].start > max(lo, hit_start - 40) + found.start() \
                    and not (before[-1].key.startswith("group/")
                             and before[-1].end <= max(lo, hit_start - 40) + found.end()):
                found = None    # (the group noun of "l'ONG" itself is no name after the anaphor)
        if found is None:
            return None
        body = bool(re.search(r"ministry|department|ministere|الوزاره", found.group()))
        kinds = ("GovernmentBody",) if body else ("NGO", "IntergovernmentalOrganization", "MediaOutlet")
        if found.group().strip().endswith("المملكه") if self.lang == "ar" else \
                re.search(r"kingdom|royaume", found.group()):
            # "المملكة": the kingdom named last (Saudi Arabia, Morocco, Jordan, Bahrain...);
            # "the kingdom" / "le royaume" only when one kingdom alone is named before
            i = bisect_left(self.all_starts, hit_start) - 1
            last = None
            while i >= 0 and hit_start - self.all_mentions[i].start < 3000:
                m = self.all_mentions[i]
                if m.key.startswith(("gov/", "body/")) and m.key.split("/")[1] in _KINGDOMS:
                    if self.lang == "ar":
                        return m
                    if last is not None and last.key.split("/")[1] != m.key.split("/")[1]:
                        return None
                    last = last or m
                i -= 1
            return last
        if self.lang == "ar" and _AR_GROUP_ANAPHOR.search(found.group().strip()):
            kinds = ("Group",)      # "الجماعة", "الحركة": the named group, not an NGO
            if self.conjunction and self._rtype in _ADDRESSEE_TYPES and \
                    self.norm[max(lo, hit_start - 40):hit_start].strip():
                return None         # "..., وحثت الحركة على": the group is the one urged
        head = None
        if self.lang == "ar":
            # "الهيئة" -> also an actor named "هيئة ..." of another kind (a government body)
            head = re.sub(r"^(?:و|ف)?(?:ال)?", "", found.group().strip().split()[0])
        i = bisect_left(self.starts, hit_start) - 1
        while i >= 0 and hit_start - self.mentions[i].start < 3000:
            m = self.mentions[i]
            if m.kind in kinds and (not body or m.place_key or m.key.endswith("-ministry")) \
                    and (kinds != ("Group",) or m.key.startswith("org/")):
                return m        # the antecedent may have been an object ("... لمنظمة العفو")
            if head and m.kind != "Person" and (kinds != ("Group",) or m.key.startswith("org/")):
                words = [(m.surface.split() or [""])[0]] + self.norm[max(0, m.start - 12):m.start].split()[-1:]
                if any(re.sub(r"^(?:و|ف|ب|ل)?(?:ال)?", "", w.translate(_AR_FOLD).replace("ة", "ه")
                              .strip("\"«“")) == head for w in words):
                    return m    # "هيئة حقوق الإنسان السعودية ... واتهمت الهيئة"
            i -= 1
        return None

    def _demonym_owners(self, hit_start, hit_end):
        """"مشروع القرار الفرنسي الأمريكي البريطاني", "the French-British draft resolution",
        "le projet de résolution français": the countries named by adjectives."""
        out = []
        if self.lang in ("ar", "fr"):
            j = bisect_left(self.all_starts, hit_end)
            pos = hit_end
            while j < len(self.all_mentions):
                m = self.all_mentions[j]
                gap = self.norm[pos:m.start]
                if m.form != "demonym" or gap.strip(" -و") or len(gap) > 3:
                    break
                out.append(m)
                pos = m.end
                j += 1
        else:
            j = bisect_left(self.all_starts, hit_start) - 1
            pos = hit_start
            while j >= 0:
                m = self.all_mentions[j]
                gap = self.norm[m.end:pos]
                if m.form != "demonym" or re.sub(r"\b(?:draft|joint|and)\b", "", gap).strip(" -,") or len(gap) > 12:
                    break
                out.insert(0, m)
                pos = m.start
                j -= 1
        return out

    def _nominal(self, hit_start, hit_end, c_start, c_end, before, after, rtype=None):
        """Agent of a noun cue ("the report", "arrests"): only a close owner or author.

        "X's report", "X published a report", "تقرير X" (Arabic construct state), "a
        report by X" (handled before), "..., X said"; otherwise the publisher's voice.
        """
        if self.lang == "ar" and self.note == "expressed":
            start = max(self.norm.rfind(c, 0, hit_start) for c in ".!?\n؟") + 1
            verb = None
            for verb in _AR_EXPRESS_VERB.finditer(self.norm, start, hit_start):
                pass
            if verb is None or len(self.norm[verb.end():hit_start].split()) > 30:
                return [], None
            for m in self.in_range(verb.end(), hit_start):
                if m.kind in ("NGO", "IntergovernmentalOrganization", "GovernmentBody", "Official",
                              "Person") or (m.kind == "Government" and not self.is_locative(m)):
                    return self._expand(m, hit_start), "verb-subject"
            return [], None
        if self.lang == "ar" and rtype in ("Support", "Condemnation", "ExpressionOfConcern", "Rejection") and \
                _AR_OWNED_NOUN.fullmatch(self.norm[hit_start:hit_end]):
            # "وأكدت الحكومة الصينية على لسان المتحدث باسم خارجيتها دعمها ...": the pronoun is
            # the subject of the verb that affirms or renews the stance
            start = max(self.norm.rfind(c, 0, hit_start) for c in ".!?\n؟") + 1
            verb = None
            for verb in _AR_AFFIRM_VERB.finditer(self.norm, start, hit_start):
                pass
            if verb is not None and len(self.norm[verb.end():hit_start].split()) <= 30:
                for m in self.in_range(verb.end(), hit_start):
                    if not self.is_locative(m) and not m.key.startswith("group/"):
                        return self._expand(m, hit_start), "verb-subject"
        if self.lang == "ar" and rtype == "DiplomaticAction" and \
                _AR_PURPOSE_MEETING.fullmatch(self.norm[hit_start:hit_end]):
            # "توجه وفد من X إلى Y للقاء مسؤولين": the delegation's sender meets them
            start = max(self.norm.rfind(c, 0, hit_start) for c in ".!?\n؟") + 1
            for m in self.in_range(start, hit_start):
                if _AR_DELEGATION.search(self.norm, max(start, m.start - 16), m.start) or \
                        not self.is_locative(m):
                    return self._expand(m, hit_start), "purpose"
            return [], None
        opens_clause = self.lang == "ar" and bool(re.search(
            r"(?<!\S)(?:ان|بان)\s*$", self.norm[max(c_start, hit_start - 8):hit_start])) and \
            not re.match(r"(?:علي|يجب|ينبغي|يتعين|لا بد)(?!\S)", self.norm[hit_start:hit_end])   # an obligation
        if self.lang == "ar" and (self.note == "evaluative" or rtype in SPEECH_TYPES) and not opens_clause:
            # (not "قال إن الدعوات ... هراء": a noun opening what is said is its topic)
            # "اعتبرت فرنسا أن ترحيل X من لبنان يشكل انتهاكا": the one who judges
            start = max(self.norm.rfind(c, 0, hit_start) for c in ".!?\n؟") + 1
            said = None
            for said in _AR_SAID_WIDE.finditer(self.norm, start, hit_start):
                pass
            speaker = self._ar_wide_speaker(said) if said is not None else None
            if speaker is not None:
                return self._expand(speaker, said.start(2)), "speaker"
            between = self.norm[said.start(1):said.start(2)].strip() if said is not None else None
            if between is not None and self.last_agents and (
                    not between or self._org_anaphor.fullmatch(between)) and \
                    len(self.norm[said.end():hit_start].split()) <= 8:
                return list(self.last_agents), "carry"  # "وأضافت (المنظمة) أن ... يجب"
        if self.lang == "ar" and rtype in ("Demand", "Condemnation", "Accusation", "Support") and \
                self.relative_agent(hit_end, c_end) is None and not _AR_FROM_AGENT.match(self.norm, hit_end):
            for a, b in self.cue_spans:
                gap = self.norm[b:hit_start]
                if b <= hit_start and _AR_REJECT_VERB.fullmatch(self.norm[a:b].split()[0]) and \
                        len(gap.split()) <= 8 and not re.search(r"[.;:؛،,]", gap):
                    return [], None     # "رفض X الدعوات الدولية": what X rejects, not X's act
        if self.lang == "ar" and self.norm[hit_start:hit_start + 2] in ("لل", "بال") or (
                self.lang == "ar" and self.norm[hit_start:hit_start + 1] in "بل"
                and self.norm[hit_start + 1:hit_start + 3] == "ال"):
            before = []     # "قصف للمظاهرات": the noun is an object here
        if rtype in ("Resolution", "Report", "DiplomaticAction", "Petition", "Demand", "Condemnation"):
            owners = self._demonym_owners(hit_start, hit_end)
            if owners:
                return owners, "adjective"
        if self.lang in ("fr", "en") and after and rtype not in PATIENT_TYPES and \
                _FROM_AGENT.fullmatch(self.norm[hit_end:after[0].start]) and \
                not self.is_place(after[0]):
            return self._expand(after[0], c_end), "construct"   # "criticism from X"
        if self.lang == "ar":
            # "ساعدت كندا في إعادة توطين": the subject of the light verb that governs it
            free = [m for m in before if not self.is_locative(m)]
            if free:
                lead = self.norm[c_start:free[0].start]
                if len(lead.split()) <= 3 and self._light_verb.search(lead):
                    return self._expand(free[0], hit_start), "light-verb"
        if self.lang == "ar" and after and rtype in ("Report", "Resolution", "Petition") and \
                not re.match(r"(?:و|ف|ب|ل|ك)?(?:ال|لل)", self.norm[hit_start:hit_end]) and \
                not self.norm[hit_end:after[0].start].strip() and not self.is_locative(after[0]) and \
                after[0].kind in ("NGO", "IntergovernmentalOrganization", "Government",
                                  "GovernmentBody", "Official", "MediaOutlet"):
            # "انتقدت الحكومة تقرير هيومن رايتس ووتش": the construct state names the author,
            # not the actor before the noun
            return self._expand(after[0], c_end), "construct"
        for m in reversed(before):
            if self.is_locative(m):
                continue
            gap = self.norm[m.end:hit_start]
            words = len(gap.split())
            if self.lang == "ar" and rtype in SPEECH_TYPES and _AR_COMP_START.match(gap) and not opens_clause and \
                    _AR_SAID_BEFORE.search(self.norm, max(c_start, m.start - 40), m.start) and \
                    len(gap.split()) <= 12:
                return self._expand(m, hit_start), "speaker"    # "قال X إن هذا تدخل سافر"
            if self._speech_re.search(gap) or re.search(r"(?<!\S)(?:ان|انه|انها|that|que|qu')(?!\S)", gap):
                if rtype in SPEECH_TYPES and self._speech_re.match(gap.strip()) and not opens_clause and \
                        len(gap.split()) <= (30 if self.lang in ("fr", "en") else 10):
                    return self._expand(m, hit_start), "speaker"    # "X said the unrest was by 'terrorists'"
                if self.lang in ("fr", "en") and rtype in SPEECH_TYPES and not self._speech_re.search(gap):
                    continue    # "X told reporters that the courts of Y were ... 'stop interfering'"
                break
            if self.lang == "ar" and re.search(r"(?<!\S)(?:بشان|حول|عن|من|علي|في|الي|ضد|مع)(?!\S)", gap):
                break
            if rtype in PATIENT_TYPES and not self._light_verb.search(gap):
                break       # "the arrests of X", "X's arrest": X is not the one arresting
            light = self._light_verb.search(gap)
            if light and (gap[max(0, light.start() - 1):light.start() + 1].startswith("و")
                          or re.search(r"\b(?:and|et)\s+\S*\s*$", gap[:light.start()])):
                # "X تتابع حالة Y وتنظم حملات": the subject of the coordinated verb
                free = [b for b in before if not self.is_locative(b)]
                if free:
                    return self._expand(free[0], hit_start), "owner"
            if not re.search(r"[.;:؛]", gap) and (
                    words <= 2 or (words <= 8 and light)):
                return self._expand(m, hit_start), "owner"
            break
        if self.lang != "ar" and after:
            m = after[0]
            gap = self.norm[hit_end:m.start]
            if re.fullmatch(r"\s*(?:of|from|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|l')?", gap) and (
                    m.kind in ("NGO", "IntergovernmentalOrganization") or rtype not in PATIENT_TYPES):
                return self._expand(m, c_end), "construct"
        if self.lang == "ar" and after and (rtype in SPEECH_TYPES and rtype != "Accusation" or (
                rtype == "Support" and WELCOME_NOUN.fullmatch(self.norm[hit_start:hit_end]))):
            # nominal sentence: "إدانات دولية واسعة من X وY", "دعوات من X", "ترحيبا من X",
            # "وصدر تنديد عن X" (.ar_nominal_agents)
            gap = self.norm[hit_end:after[0].start]
            if _AR_FROM_AGENT.fullmatch(gap) and not self.is_locative(after[0]) or re.fullmatch(
                    r"\s*عن\s+", gap) and issued_by(self.norm, hit_start, hit_end) and \
                    after[0].kind in AUTHOR_KINDS:
                return self._expand(after[0], c_end), "from"
        if self.lang == "ar" and after and (rtype in SPEECH_TYPES or rtype == "Support") and \
                construct_author(self.norm, hit_start, hit_end, after[0]):
            return self._expand(after[0], c_end), "construct"   # "وجاءت إدانة الخارجية الفرنسية للحكم"
        if self.lang == "ar" and after and self.note == "agentive":
            gap = self.norm[hit_end:after[0].start]
            if _AR_APPOSITION.fullmatch(gap):
                return self._expand(after[0], c_end), "apposition"   # "جهات مانحة هي X وY"
        if self.lang == "ar" and after:
            rel = self.relative_agent(hit_end, c_end)
            if rel is not None:
                return self._expand(rel, c_end), "relative-agent"
        if self.lang == "ar" and after and (rtype not in PATIENT_TYPES or self.note == "agentive") \
                and rtype != "Condemnation" \
                and not re.search(r"(?:الي|علي)$", self.norm[hit_start:hit_end]):
            m = after[0]
            gap = self.norm[hit_end:m.start]
            if (not gap.split() or gap.split() == ["من"]) and not re.search(r"[.,;:،؛]", gap):
                return self._expand(m, c_end), "construct"
        # Arabic: a noun governed by a preposition ("ردت على الاتهامات") or opening the
        # reported clause ("قال إن الدعوات ...") is a topic, not the act of a speaker
        topic = self.lang == "ar" and bool(re.search(
            r"(?<!\S)(?:علي|عن|في|الي|من|حول|بشان|ضد|مع|ان|انه|انها|بان)\s*$",
            self.norm[max(c_start, hit_start - 8):hit_start]))
        for m in after:
            if self.is_locative(m) or topic:
                continue
            if self.lang in ("fr", "en") and rtype in PATIENT_TYPES:
                break   # "The arrests are wrong, X said": X speaks about them, not does them
            if self._says(m, hit_end):
                return self._expand(m, c_end), "speech"
            break
        if self.lang in ("fr", "en") and (rtype in SPEECH_TYPES or rtype == "Report") \
                and rtype not in PATIENT_TYPES:
            tail = self.tail_speaker(hit_end, s_end=self._sentence_end_of(hit_end, c_end))
            if tail is not None:
                return self._expand(tail, c_end), "speech"
        if self.lang == "ar" and rtype in SPEECH_TYPES and not topic:
            # "اعتبرت X تصريحات Y «تدخلا سافرا»": the subject of the judging verb (.ar_nominal_agents)
            verb_end = judging_verb_end(self.norm, c_start, hit_start)
            for m in (self.in_range(verb_end, hit_start) if verb_end is not None else ()):
                if m.kind in AUTHOR_KINDS + ("Government",) and not self.is_locative(m):
                    return self._expand(m, hit_start), "verb-subject"
                break
        if self.publisher and self._we_re.search(self.norm[c_start:c_end]):
            return [self.publisher], "publisher"
        head = self.norm[c_start:hit_start]
        prefixed = self.lang == "ar" and self.norm[hit_start:hit_start + 1] in "لب"
        if rtype in SPEECH_TYPES and self.last_agents and not prefixed and not topic and (
                self._pronoun_re.search(head) or self.speaker_ttl > 0):
            return list(self.last_agents), "carry"
        return [], None
