"""Joint statements and their signers.

French / English: a joint artifact (a letter, a joint statement) is ONE response whose
co-signers are gathered over the document (:class:`JointStatements`, a mixin of the
extractor's reader); Arabic: the acts of a collective whose signatories a later sentence
names (:class:`ArSigners`).
"""

from __future__ import annotations

import re

from .attribution_patterns import _AR_FILLER
from .extract_patterns import (_COLLECTIVE_SUBJECT, _SIGNERS_EXCLUDED, _STATEMENT_TEXT,
                               _STATEMENT_TYPES)
from .model import Response
from .quantities import find_date, nearest_quantity
from .signatory_lists import signatory_list


# --- Arabic joint statements whose signatories are named apart --------------------------
# "طالبت 20 دولة والاتحاد الأوروبي بـ ..." / "منظمات حقوقية تطالب ..." (a collective subject),
# then "ومن بين الموقعين على البيان X وY وZ": the named signatories are the agents of what
# the collective said; the other signatories stay unnamed.
_AR_NUMBER_WORD = (r"(?:[\d٠-٩][\d٠-٩,.]*|عشرات|عده|بضع|بضعه|اثنتا|اثنتي|اثنا|اثني|احدي|احد|ثلاث|ثلاثه|"
                   r"اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|ثمان|تسع|تسعه|عشر|عشره|"
                   r"عشرون|عشرين|ثلاثون|ثلاثين|اربعون|اربعين|خمسون|خمسين|ستون|ستين|سبعون|سبعين|"
                   r"ثمانون|ثمانين|تسعون|تسعين|مئه|مائه|ميه|مئات)")

# a cardinal of one to three words: "14", "أربع عشرة", "خمس وعشرون", "أكثر من مئة"
_AR_NUMBER = r"(?:" + _AR_NUMBER_WORD + r"(?:\s+(?:و)?" + _AR_NUMBER_WORD + r"){0,2})"

_AR_COLLECTIVE = re.compile(
    r"(?:(?:اكثر من|نحو|قرابه|حوالي)\s+)?(?:" + _AR_NUMBER + r"\s+(?:دوله|دول|بلدا|بلدان|حكومه|"
    r"حكومات|منظمه|منظمات|جمعيه|جمعيات|هييه|هييات)|(?:دول|بلدان|حكومات|منظمات|جمعيات|هييات)"
    r"(?:\s+(?:حقوقيه|دوليه|غربيه|اوروبيه|عربيه|افريقيه|غير حكوميه|اعضاء|عديده|عده))+)(?![^\s،,])")

_AR_SIGNERS = re.compile(r"(?<!\S)(?:و|ف)?(?:ال)?(?:موقعين|موقعون|موقعه)(?!\S)")

_AR_SIGNERS_STOP = re.compile(r"[.;؛]|(?<!\S)(?:في حين|بينما|لكن|ولكن|غير ان|الا ان|فيما|"
                              r"لم|ولم|دون|باستثناء|ما عدا)(?!\S)")

_AR_COLLECTIVE_TYPES = {"Demand", "Condemnation", "ExpressionOfConcern", "Accusation",
                        "Rejection", "Support"}

_AR_SIGNER_KINDS = {"Government", "GovernmentBody", "Official", "NGO",
                    "IntergovernmentalOrganization"}


class ArSigners:
    """Arabic acts of a collective ("20 دولة", "منظمات حقوقية") that a later sentence
    names the signatories of; see the comment above.

    Parameters
    ----------
    norm : str
        The normalised text being read.
    window : int
        How many sentences later the signatories may be named.
    """

    def __init__(self, norm, window=3):
        self.norm = norm
        self.window = window
        self.pending: list = []     # [(sentence index, Response, in the output?)]

    def collective_subject(self, hit, na):
        """Where the collective noun phrase that is the subject of ``hit`` ends, or None:
        right after the verb (time words and commas allowed) or right before it, at the
        start of its clause ("منظمات حقوقية تطالب")."""
        rest = self.norm[hit.end:hit.end + 80]
        words = rest.split()
        skip = 0
        offset = 0
        for w in words[:4]:
            if _AR_FILLER.fullmatch(w.strip("،,")) or w in ("،", ","):
                skip += 1
                continue
            break
        if skip:
            pos = 0
            for w in words[:skip]:
                pos = rest.index(w, pos) + len(w)
            offset = pos
        found = _AR_COLLECTIVE.match(rest[offset:].lstrip(" ،,"))
        if found is not None:
            lead = len(rest[offset:]) - len(rest[offset:].lstrip(" ،,"))
            return hit.end + offset + lead + found.end()
        head = self.norm[max(na, hit.start - 40):hit.start]
        clause = re.split(r"[،,.:؛]|(?<!\S)(?:و?قال\S*|ان|انه|انها)(?!\S)", head)[-1].strip()
        found = _AR_COLLECTIVE.match(clause) if clause else None
        if found is not None and not clause[found.end():].strip():
            return hit.start
        return None

    def sentence(self, reader, out, idx, na, nb, s, hits, negs, mods, n_before):
        """Record this sentence's collective acts; give earlier ones their signatories."""
        reader._listed_acts(out, s, na, nb, hits, negs, mods, n_before)     # a listed "we"
        self.pending = [p for p in self.pending if idx - p[0] <= self.window]
        created = out.responses[n_before:]
        previous = None     # the collective act before, in this sentence: (its end, named)
        # "ووجهت 30 منظمة حقوقية رسالة ... تطالبه فيها بـ": a collective subject of the
        # sentence's first verb; its letter and what the letter says are the collective's
        lead = _AR_COLLECTIVE.search(self.norm, na, min(nb, na + 60))
        if lead is not None and len(self.norm[na:lead.start()].split()) > 3:
            lead = None
        if lead is not None:
            for hit in hits:
                if hit.entry.note == "artifact" and hit.start >= lead.end() and \
                        not reader._negated(hit, negs, na):
                    letter = Response(type=hit.entry.value, agents=[],
                                      evidence=[reader._evidence(s, reader._orig(hit), 0.6)],
                                      modality=reader._modality(hit, mods))
                    reader._details(letter, hit, na, nb)
                    self.pending.append((idx, letter, False))
                    previous = []
                    break
        for hit in hits:
            if hit.entry.value not in _AR_COLLECTIVE_TYPES or hit.entry.pos != "v" or \
                    reader._negated(hit, negs, na):
                continue
            cue = reader._orig(hit)
            response = next((r for r in created if r.type == hit.entry.value
                             and r.evidence and r.evidence[0].cue == cue), None)
            end = self.collective_subject(hit, na)
            if end is None and lead is not None and hit.start >= lead.end() and (
                    response is None or all(a.startswith("group/") for a in response.agents)):
                end = -1    # what the collective's letter says ("تطالبه فيها")
            if end is None and previous is not None and reader._conjunction(hit) and not any(
                    reader.attr._adjacent_after(hit.end, m) and not reader.attr._ar_gender_mismatch(
                        hit.start, hit.end, m)      # ("وطالبت النائب العام": the one called on)
                    for m in reader.attr.in_range(hit.end, min(nb, hit.end + 40))[:1]):
                # "أدانت 14 دولة ... ، وطالبت بـ": the same collective subject
                if response is not None:
                    response.agents = list(previous)
                    if not previous:
                        out.responses.remove(response)
                    self.pending.append((idx, response, bool(previous)))
                    continue
                end = -1
            if end is None:
                continue
            named = []      # "20 دولة والاتحاد الأوروبي": the ones named along
            for m in reader.attr.in_range(end, min(nb, end + 60)) if end >= 0 else []:
                if m.kind in _AR_SIGNER_KINDS and re.fullmatch(r"\s*(?:\S+\s+){0,2}?و\s*(?:ال)?",
                                                               self.norm[end:m.start] + " "):
                    named = [reader._contextual(x.key, x.start) for x in reader.attr.coordinated(m, nb)
                             if x.kind in _AR_SIGNER_KINDS]
                break
            if end < 0 and previous:
                named = list(previous)
            if response is not None:
                # what was found for it is the collective ("rights groups": kept until the
                # signatories are named) or a guess (a carried agent): the named members only
                if named or not response.agents or \
                        not all(a.startswith("group/") for a in response.agents):
                    response.agents = list(named)
                if not response.agents:
                    out.responses.remove(response)
                self.pending.append((idx, response, bool(response.agents)))
                previous = named
                continue
            response = Response(type=hit.entry.value, agents=named,
                                evidence=[reader._evidence(s, cue, 0.6)],
                                modality=reader._modality(hit, mods))
            reader._details(response, hit, na, nb)
            if named:
                out.responses.append(response)
            self.pending.append((idx, response, bool(named)))
            previous = named
        signers = _AR_SIGNERS.search(self.norm, na, nb)
        if signers is None or not self.pending:
            return
        stop = _AR_SIGNERS_STOP.search(self.norm, signers.end(), nb)
        end = stop.start() if stop else nb
        keys = []
        for m in reader.attr.in_range(signers.end(), end):
            if m.kind in _AR_SIGNER_KINDS and not reader.attr.is_place(m):
                key = reader._contextual(m.key, m.start)
                if key not in keys and key not in reader.joint_excluded:
                    keys.append(key)
        if not keys:
            return
        kept = []
        for i, response, shown in self.pending:
            if i == idx and response in created:
                kept.append((i, response, shown))
                continue
            response.agents = [a for a in response.agents if not a.startswith("group/")]
            response.agents += [k for k in keys if k not in response.agents]
            ev = reader._evidence(s, None, 0.6)
            if all(e.start != ev.start for e in response.evidence):
                response.evidence.append(ev)
            if not shown:
                out.responses.append(response)
            kept.append((i, response, True))
        self.pending = kept


# --- first-person statements whose signatories are listed (signatory_lists.py) ----------
_LISTED_TYPES = {"Condemnation", "Demand", "ExpressionOfConcern", "Accusation", "Support",
                 "Rejection", "Denial", "Report"}
_ADV = {"en": r"(?:\w+ly|also|further|therefore|again|once again|jointly|hereby|are|remain|have|must|"
              r"would|were|today|now|firmly|strongly|deeply)",
        "fr": r"(?:\w+ment|aussi|egalement|donc|a nouveau|de nouveau|sommes|restons|tenons a|les|l'|leur|"
              r"lui|y|en|vous|aujourd'hui)"}
# the statement's "we" right before the cue ("We strongly condemn", "We, the undersigned,
# denounce", "The undersigned organisations call on", "Nous les appelons", "Nos organisations
# dénoncent"); normalised text
_WE_BEFORE = {
    "en": re.compile(r"(?:\bwe(?:,\s*the undersigned(?:\s+organi[sz]ations|\s+groups)?,)?|\bthe undersigned"
                     r"(?:\s+organi[sz]ations|\s+groups)?|\bour (?:organi[sz]ations|groups))\s+(?:" + _ADV["en"]
                     + r"\s+){0,3}$"),
    "fr": re.compile(r"(?:\bnous|\bnos (?:organisations|associations)|\bles (?:organisations|ong|associations)"
                     r" (?:co)?signataires|\bles (?:organisations|ong|associations) soussignees)\s+(?:"
                     + _ADV["fr"] + r"\s+){0,3}$"),
    "ar": re.compile(r"(?<!\S)(?:اننا|انا|نحن|ونحن)\s+(?:\S+\s+)?$"),
}
_WE_CUE_START = re.compile(r"(?:we|nous)\b")
# an Arabic verb in the first person plural ("ندين", "ونطالب", "نعرب"), or the signatories as
# the subject after the verb ("تدين المنظمات الموقعة أدناه")
# (not a verb of the third person past whose root starts with ن: "ندد", "ناشد", "نفى")
_AR_WE_VERB = re.compile(r"ن[^\sا]\S{2,}|نحث")
_AR_SIGNATORIES_AFTER = re.compile(r"\s+(?:ال)?(?:منظمات|جهات|موسسات|هييات|جمعيات)\s+(?:ال)?موقعه")
_AND_AFTER = {"en": re.compile(r"(?:,\s*|\s)(?:and|as well as)\s+(?:\w+ly\s+|also\s+|to\s+)?$"),
              "fr": re.compile(r"(?:,\s*|\s)et\s+(?:\w+ment\s+|aussi\s+|a\s+)?(?:nous\s+)?$"),
              "ar": re.compile(r"(?:،\s*|\s)$")}


class JointStatements:
    """Joint artifacts and statements with their signers (mixin of ``extract._Reader``)."""

    # ------------------------------------------------------------------ listed signatories
    def _first_person(self, hit, na):
        """Whether ``hit`` is said by the statement's "we" (see ``_WE_BEFORE``)."""
        norm = self.norm
        if self.lang == "ar":
            word = hit.entry.cue.split()[:1]
            return bool(word and hit.entry.pos == "v" and _AR_WE_VERB.fullmatch(word[0]) or
                        _AR_SIGNATORIES_AFTER.match(norm, hit.end) or
                        _WE_BEFORE["ar"].search(norm, max(na, hit.start - 30), hit.start))
        if _WE_CUE_START.match(norm, hit.start):
            return True         # "Nous demandons" as one cue
        return _WE_BEFORE[self.lang].search(norm, max(na, hit.start - 80), hit.start) is not None

    def _listed_acts(self, out, s, na, nb, hits, negs, mods, n_before):
        """A first-person act of a statement whose signatories are listed at its end
        (:mod:`.signatory_lists`): ONE response per act, all the signatories its agents
        ("We condemn ...", "Nous demandons ...", "ندين ...", "تدين المنظمات الموقعة أدناه")."""
        if "_signatories" not in self.__dict__:
            self._signatories = signatory_list(self.norm, self.text, self.pos, self.mentions,
                                               self.gz, self.lang)
        listed = self._signatories
        if listed is None or (na < listed.end and nb > listed.start) or self.attr.in_quote or \
                self._quote_open(na):
            return      # (not the list itself, nor what follows a list closing the text)
        previous = None
        for hit in hits:
            if hit.entry.value not in _LISTED_TYPES or self._negated(hit, negs, na) or \
                    self._quote_open(hit.start):
                continue
            ours = self._first_person(hit, na) or hit.entry.note == "imperative" or (
                previous is not None and hit.start - previous < 150
                and _AND_AFTER[self.lang].search(self.norm, previous, hit.start) is not None
                and (self.lang != "ar" or self._conjunction(hit)))
            if not ours:
                continue
            previous = hit.end
            cue = self._orig(hit)
            mine = [r for r in out.responses[n_before:] if r.type == hit.entry.value
                    and r.evidence and r.evidence[0].cue == cue]
            for r in mine:
                r.agents = list(listed.keys)
            if not mine:
                r = Response(type=hit.entry.value, agents=list(listed.keys),
                             evidence=[self._evidence(s, cue, 0.6)], modality=self._modality(hit, mods))
                self._details(r, hit, na, nb)
                out.responses.append(r)

    # ------------------------------------------------------------------ joint artifacts
    def _joint_add(self, out, keys, s, hit, modality, sent_norm, na, nb):
        keys = [k for k in keys if k not in self.joint_excluded]
        if self.joint is None:
            self.joint = Response(type="DiplomaticAction", agents=[],
                                  evidence=[], modality=modality)
            self._details(self.joint, hit, na, nb)
            out.responses.append(self.joint)
        ev = self._evidence(s, self._orig(hit), 0.7)
        if all(e.start != ev.start for e in self.joint.evidence):
            self.joint.evidence.append(ev)
        for k in keys:
            if k not in self.joint.agents:
                self.joint.agents.append(k)
        if self.joint.quantity is None:
            self.joint.quantity = nearest_quantity(self.norm, self.lang, hit.start, na, nb,
                                                   {"ambassadors", "countries"})

    def _statement_signers(self, out, idx, s, na, nb, hits, negs, n_before):
        """French / English: a joint statement whose signatories are named in a later
        sentence ("Six governments denounced ... in a joint statement. '...we demand ...',
        the text reads. It was signed by X, Y and Z, but not by W"): ONE response per type
        of what the statement says, with every signatory named (minus the excluded ones).

        What the signers say in the statement's own sentence is registered, so that a
        later sentence whose subject is the collective ("The envoys urged ...", "Les
        signataires exhortent ...", "They also called for ...") speaks for all of them, and
        signatories named later ("The statement was also signed by X and Y") join every
        part of it."""
        self._listed_acts(out, s, na, nb, hits, negs, (), n_before)
        live = [h for h in hits if not self._negated(h, negs, na)]
        content = [h.entry.value for h in live if h.entry.value in _STATEMENT_TYPES
                   and h.entry.note not in ("statement", "artifact")]
        if any(h.entry.note == "statement" for h in live):
            said = {}
            for r in out.responses[n_before:]:
                if r.type in _STATEMENT_TYPES and len(r.agents) >= 2 and r.type not in said:
                    said[r.type] = r
            self.statement = {"types": list(dict.fromkeys(content)), "last": idx,
                              "responses": said, "evidence": [self._evidence(s, None, 0.65)]}
            return
        st = self.statement
        if st is None:
            return
        if idx - st["last"] > 3:
            self.statement = None
            return
        sent = self.norm[na:nb]
        if content and _COLLECTIVE_SUBJECT[self.lang].match(sent):
            signers = []
            for r in st["responses"].values():
                signers += [k for k in r.agents if k not in signers]
            if not signers:     # signatories still to be named: they will say this too
                st["types"] += [t for t in content if t not in st["types"]]
                st["last"] = idx
                return
            ev = self._evidence(s, None, 0.65)
            for t in dict.fromkeys(content):
                for r in [r for r in out.responses[n_before:] if r.type == t
                          and r.modality != "requested" and r is not st["responses"].get(t)]:
                    out.responses.remove(r)
                known = st["responses"].get(t)
                if known is None:
                    known = Response(type=t, agents=[], evidence=[], modality="asserted")
                    known.date = find_date(sent, self.lang, self.doc.date)
                    self.votes.note_response(known, na)
                    st["responses"][t] = known
                    out.responses.append(known)
                known.agents += [k for k in signers if k not in known.agents]
                if all(e.start != ev.start for e in known.evidence):
                    known.evidence.append(ev)
            st["last"] = idx
            return
        if _STATEMENT_TEXT[self.lang].search(sent) or sent.lstrip()[:1] in "\"«“":
            for t in content:          # '« Nous condamnons ... exigeons ... », indique le texte'
                if t not in st["types"]:
                    st["types"].append(t)
            st["last"] = idx
        strong = self.strong_re.search(sent)
        if not strong or not (st["types"] or st["responses"]):
            return
        start = na + strong.end()
        stop = _SIGNERS_EXCLUDED[self.lang].search(self.norm, start, nb)
        end = stop.start() if stop else nb
        signers = []
        for m in self._mentions_in(start, end):
            key = self._contextual(m.key, m.start)
            if m.kind in ("Government", "IntergovernmentalOrganization", "GovernmentBody",
                          "Official", "NGO") and key not in signers and \
                    key not in self.joint_excluded and m.form not in ("demonym", "region"):
                signers.append(key)
        if not signers:
            return
        ev = self._evidence(s, None, 0.65)
        for t in dict.fromkeys(st["types"] + list(st["responses"])):
            r = st["responses"].get(t)
            if r is None:
                r = Response(type=t, agents=[], evidence=list(st["evidence"]), modality="asserted")
                r.date = find_date(self.norm[na:nb], self.lang, self.doc.date)
                self.votes.note_response(r, na + strong.start())
                st["responses"][t] = r
                out.responses.append(r)
            for k in signers:
                if k not in r.agents:
                    r.agents.append(k)
            if all(e.start != ev.start for e in r.evidence):
                r.evidence.append(ev)
        st["last"] = idx

    def _joint_members(self, s, sent_norm, na, nb, negs, excluded, artifact_named):
        if self.joint is None:
            return
        strong = self.strong_re.search(sent_norm)
        weak = self.weak_re.search(sent_norm)
        if not (strong or (weak and artifact_named)):
            return
        for n in negs:
            if n.entry.value in ("nonact", "pre") and strong and abs(n.end - (na + strong.start())) < 25:
                return
        added = False
        for m in self._mentions_in(na, nb):
            key = self._contextual(m.key, m.start)
            if m.kind not in ("Government", "IntergovernmentalOrganization", "GovernmentBody",
                              "Official") and not key.startswith("gov/"):
                continue
            if key in excluded or key in self.joint_excluded:
                continue
            if self.attr.is_locative(m):
                continue
            if key not in self.joint.agents:
                self.joint.agents.append(key)
                added = True
        if added:
            ev = self._evidence(s, None, 0.65)
            if all(e.start != ev.start for e in self.joint.evidence):
                self.joint.evidence.append(ev)
