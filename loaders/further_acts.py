"""Further acts of an agent already found (French and English): the
:class:`FurtherActs` mixin of the extractor's reader (:mod:`.extract`), called from
:mod:`.sentence_acts` once a cue's agents have been looked for.

An agent that acts once often acts again in the same sentence or the next, without being
named again:

- a participle after a comma is a new act, not the object of the cue before it ("a dénoncé
  une parodie de justice, exhortant ...", "condemned the verdict, urging ...");
- a finite verb right after a comma continues the subject's list of acts ("X a condamné
  ..., a convoqué ... et a exigé ...");
- "In a report ..., X accused ...": the report and the accusation are X's;
- "its condemnation of", "sa vive préoccupation": the subject of the verb governing the
  possessive; "la préoccupation de la France": France's concern;
- "Its spokesman, X, accused", "a déclaré son porte-parole, X, qui a accusé": X speaks for
  the antecedent of the possessive (the last actor of the right kind, outside quotations);
- "Officials said ...", "Party leaders called ...", "Ses responsables ont accusé ...": the
  actor that spoke in the previous sentence, when its kind fits the title;
- "Her government has blamed ...", "son gouvernement a accusé": the state of the person
  named before; "He also accused ..." after a sentence with no agent: the person named last;
- "X (LTDH), organisation membre de la FIDH, a dénoncé": X, not the parent organisation;
- a participle after a quotation goes to its speaker only when the actor found is quoted,
  and "was \"deeply disturbed\" and condemned" is a second act, not an object.

The pronoun or title only reaches an actor the text supports: the subject of a clause or
the agent of an act already read, never an addressee or a victim named in between.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .english_reactions import drawn_reaction
from .extract_patterns import _BY_AFTER, _GOVERNMENT_OBJECT, _IN_A_REPORT, _PARTICIPLE, _POSSESSIVE_ROLE, _PRONOUN_VERB

# a finite verb right after a comma, with its auxiliary ("..., a convoqué", "..., summoned")
_COMMA_VERB = {
    "en": re.compile(r",\s*(?:(?:has|have|had|also|then)\s+)*$"),
    "fr": re.compile(r",\s*(?:(?:a|ont|avait|avaient|aussi|egalement|ensuite)\s+)*$"),
}
# an apposition naming what the subject is, with a parent organisation in it ("X (LTDH),
# organisation membre de la FIDH, a dénoncé", "X, a member organisation of FIDH, condemned")
_APPOSITION = {
    "fr": re.compile(r"\s*(?:\([^()]{1,25}\)\s*)?,\s*(?:(?:une?|l'|la|le)\s+)?(?:organisation|ong|association|groupe|"
                     r"coalition|membre|partenaire|branche|section|filiale|affiliee?|composante)(?!\w)[^,;.()]{0,60}$"),
    "en": re.compile(r"\s*(?:\([^()]{1,25}\)\s*)?,\s*(?:(?:an?|the|its)\s+)?(?:[\w-]+\s+)?(?:organi[sz]ation|ngo|"
                     r"association|group|coalition|member|partner|branch|section|affiliate|chapter)\b[^,;.()]{0,60}$"),
}
_APPOSITION_END = re.compile(r"[^,;.]{0,30},\s*$")
# a quotation closing right before a coordinated verb ('said she was "deeply disturbed" and condemned')
_AND_AFTER_QUOTE = {
    "en": re.compile(r"\s*[\"\u201d']\s*,?\s*and\s+(?:(?:has|have|had|also|then)\s+)*"),
    "fr": re.compile(r"\s*[\"\u00bb\u201d]\s*,?\s*et\s+(?:(?:a|ont|avait|avaient|aussi|egalement)\s+)*"),
}
# a relative or subordinate clause opened between two cues: its verbs have their own subject
_NEW_SUBJECT = {
    "en": re.compile(r"\b(?:who|which|whom|whose|that|when|after|before|while|as|because|if|said|says)\b"),
    "fr": re.compile(r"(?<!\w)(?:qui|que|qu'|dont|lorsque|quand|apres|avant|tandis|alors|car|si|selon)(?!\w)"),
}
# a possessive determiner (and up to two adjectives) right before a nominal act
_POSSESSIVE_BEFORE = {
    "en": re.compile(r"(?<!\w)(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\"'\u201c]?\s*$"),
    "fr": re.compile(r"(?<!\w)(?:sa|son|ses|leur|leurs)\s+(?:[\w-]+\s+){0,2}?[\"\u00ab\u201c]?\s*$"),
}
# the holder of a concern after its noun: "la « vive préoccupation » de la France"
_HOLDER_AFTER = {
    "en": re.compile(r"[\"'\u201d\s]*\s+of\s+(?:the\s+)?$"),
    "fr": re.compile(r"[\"\u00bb\u201d\s]*\s+(?:de|du|des|de la|de l')\s*$"),
}
# "Officials said", "Party leaders called", "Les responsables ont ...": a title with no name,
# no country and no complement, opening the sentence
_TITLE_SUBJECT = {
    "en": re.compile(r"\W*(?:(?P<party>party|the party's)\s+(?:leaders|officials)|(?:senior\s+|government\s+)?"
                     r"(?:officials|diplomats))\s+(?!of\b|from\b|in\b|at\b)"),
    "fr": re.compile(r"\W*(?:(?:les|des)\s+)?(?:(?P<party>dirigeants du parti|responsables du parti)|"
                     r"responsables|dirigeants|diplomates)\s+(?!de\b|du\b|des\b|d')"),
}
# an aside between the subject and its verb ("X, de son côté, a jugé", "X, for its part, said")
_FRONT_ASIDE = re.compile(r"^(?:quant a (?:lui|elle|eux|elles)|pour (?:sa|leur) part|de (?:son|leur) cote|"
                          r"lui aussi|elle aussi|eux aussi|par ailleurs|toutefois|cependant|en revanche|"
                          r"for (?:its|his|her|their) part|meanwhile|in turn|however|in contrast)\s*,\s*")
# a closing quotation mark, and one that ends a reported clause ('», a déclaré', '," he said')
_QUOTE_END = re.compile(r"[\u00bb\u201d]|\"\s*,|,\s*\"")
_QUOTE_TAIL = re.compile(r"[\u00bb\u201d\"]\s*,|,\s*[\"\u201d]")
# "her government", "son gouvernement": a possessive right before the generic government
_HIS_GOVERNMENT = {"en": re.compile(r"(?<!\w)(?:her|his)\s+$"), "fr": re.compile(r"(?<!\w)son\s+$")}
# "X said it had gathered evidence", "X a indiqué qu'elle avait saisi la justice": the speaker
# acts, named as "it" / "elle" right before the cue (auxiliaries and adverbs between)
_SAID_IT = {
    "en": re.compile(r"\b(?:said|says|added|stated|announced|reported|confirmed)\s+(?:that\s+)?(?:it|they)\s+"
                     r"(?:(?:had|has|have|would|will|was|were|is|are|also|still|already|not|never|been|now|"
                     r"recently|previously)\s+){0,3}$"),
    "fr": re.compile(r"(?<!\w)(?:indique|declare|affirme|annonce|precise|ajoute|assure|souligne|explique)\s+"
                     r"qu'(?:elle|il|elles|ils)\s+(?:(?:avait|avaient|a|ont|allait|allaient|va|vont|etait|etaient|"
                     r"aussi|egalement|deja|deux|fois)\s+){0,3}$"),
}
# "The CHP said ..., and it has urged a boycott": "it" after "and" is the sentence's subject
_AND_IT = {
    "en": re.compile(r"\b(?:and|but)\s+(?:it|they)\s+(?:(?:has|have|had|also|then|later|would|will|now)\s+){0,2}$"),
    "fr": re.compile(r"(?<!\w)(?:et|mais)\s+(?:elle|il|elles|ils)\s+(?:(?:a|ont|avait|avaient|aussi|ensuite|egalement)\s+){0,2}$"),
}
# an object relative clause opening right before its subject: "que la", "qu'", "that the",
# ", a move", ", a decision the" (the noun the clause qualifies, apposed after a comma)
_RELATIVE_OPEN = {
    "en": re.compile(r"(?:\b(?:that|which)\s+(?:the\s+)?|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,2}?(?:the\s+)?)$"),
    "fr": re.compile(r"(?<!\w)(?:que\s+|qu')(?:le\s+|la\s+|les\s+|l')?$"),
}
# auxiliaries and adverbs between the subject and its verb
_RELATIVE_GAP = {
    "en": re.compile(r"\s+(?:(?:has|have|had|also|swiftly|strongly|sharply|publicly|quickly|later|immediately|"
                     r"roundly|fiercely|itself|themselves)\s+)*"),
    "fr": re.compile(r"\s+(?:(?:a|ont|avait|avaient|aussi|egalement|vivement|fermement|publiquement|immediatement|"
                     r"aussitot|deja|elle-meme|lui-meme|eux-memes)\s+)*"),
}
# a relative clause on the subject, still open at the previous cue ("X, qui avait publié un rapport")
_RELATIVE_BEFORE = {
    "en": re.compile(r",\s*(?:who|which)\s[^,;.:]*$"),
    "fr": re.compile(r",\s*(?:qui|lequel|laquelle)\s[^,;.:]*$"),
}
_SPEAKING = {"Condemnation", "Demand", "ExpressionOfConcern", "Accusation", "Support", "Rejection", "Denial",
             "DiplomaticAction", "Sanction", "Investigation", "Report", "Resolution", "Advocacy"}


class FurtherActs:
    """Further acts of an agent already found (mixin of ``extract._Reader``)."""

    def _new_act_after(self, previous, hit, gap, na):
        """True when cue ``hit`` is a new act, not the object of the ``previous`` cue:
        a participle right after a comma (", exhortant ...", ", urging ..."), or any cue
        after a report opening the sentence ("Dans un rapport publié ..., X accusait")."""
        if self.lang not in ("fr", "en"):
            return False
        first = self.norm[hit.start:hit.end].split()[:1]
        if hit.entry.pos == "v" and first and _PARTICIPLE[self.lang].fullmatch(first[0]) and \
                gap.rstrip().endswith(",") and previous.entry.value not in ("Report", "Petition", "Resolution"):
            return True
        if hit.entry.pos == "v" and _AND_AFTER_QUOTE[self.lang].fullmatch(gap):
            return True     # 'was "deeply disturbed" and condemned': the quotation closed before "and"
        if self._relative_closed(previous, hit, gap, na):
            return True
        if hit.entry.pos == "n" and drawn_reaction(self.lang, gap, self.norm, hit.end):
            return True     # "the arrest drew swift condemnation from X": X's act (.english_reactions)
        opening = _IN_A_REPORT.match(self.norm, na)
        return opening is not None and opening.end() >= previous.end and "," in gap

    def _relative_closed(self, previous, hit, gap, na):
        """True when the ``previous`` cue lies in a relative clause on the subject that the
        comma of ``gap`` closes before the verb ``hit`` ("X, qui avait publié un rapport, a
        exigé", "X, which published a report, demanded"): the verb is X's own act, not
        what the report or the previous act says."""
        return self.lang in ("fr", "en") and hit.entry.pos == "v" and bool(
            _COMMA_VERB[self.lang].search(gap)) and bool(_RELATIVE_BEFORE[self.lang].search(self.norm, na, previous.start))

    def _not_content(self, previous, hit, gap, na):
        """True when cue ``hit`` after an artifact cue ``previous`` is not what the artifact
        says: a reduced passive ("a decision condemned by X") or the main verb after a
        relative clause (:meth:`_relative_closed`)."""
        return self.lang in ("fr", "en") and (bool(_BY_AFTER.match(self.norm, hit.end))
                                              or self._relative_closed(previous, hit, gap, na))

    def _relative_subject(self, pos, na):
        """The actor right before the verb at ``pos`` (auxiliaries and adverbs between) that
        opens an object relative clause ("une mesure que la FIDH a vivement critiquée", "a
        move Human Rights Watch condemned", "a decision that the EU denounced"): the verb's
        subject, whatever the noun the clause qualifies; None otherwise."""
        before = [m for m in self.attr.in_range(max(na, pos - 90), pos) if m.end <= pos]
        if not before:
            return None
        m = before[-1]
        if m.key.startswith("group/") or m.key.split("/")[0] not in ("org", "gov", "body", "official", "person") \
                or self.attr.is_locative(m) or not _RELATIVE_GAP[self.lang].fullmatch(self.norm, m.end, pos):
            return None
        head = self.norm[max(na, m.start - 60):m.start]
        if not _RELATIVE_OPEN[self.lang].search(head) or head.count('"') % 2 or \
                head.count("\u00ab") > head.count("\u00bb") or head.count("\u201c") > head.count("\u201d"):
            return None
        return m

    def _report_owner(self, start, end):
        """The author named between ``start`` and ``end`` (after the comma of "In a
        report ..., X ..."): the first actor that is no place, else an organisation named
        as the complement of the subject's head ("le groupe d'experts des Nations unies")."""
        mentions = [m for m in self.attr.in_range(start, end) if not m.key.startswith("group/")]
        for m in mentions:
            if not self.attr.is_locative(m):
                return m
        for m in mentions:
            if m.key.startswith("org/") and self._kind_of(m.key) in ("NGO", "IntergovernmentalOrganization"):
                return m
        return None

    def _speaking_before(self, out, na, kinds):
        """Agents of the acts read in the sentence before ``na`` (the first act whose
        agents are all of ``kinds``), or []."""
        spans = getattr(self, "_spans", None) or []
        i = bisect_right([sp[1] for sp in spans], na) - 2
        if i < 0:
            return []
        if "\n\n" in self.norm[spans[i][2]:na]:
            return []
        start = spans[i][3].start
        for r in out.responses:
            if r.evidence and r.evidence[0].start == start and r.type in _SPEAKING and r.agents and all(
                    k.split("/")[0] in kinds for k in r.agents):
                return list(r.agents)
        return []

    def _possessive_owner(self, m, na):
        """The actor a possessive spokesperson speaks for ("son porte-parole, X", "its
        spokesman, X"): the last government, body or organisation named before it in the
        sentence, outside quotations, else the previous sentence's agents; None when the
        person is not introduced by a possessive role."""
        role = None
        lo = max(na, m.start - 40)
        for role in _POSSESSIVE_ROLE[self.lang].finditer(self.norm, lo, m.end):
            pass
        if role is None or role.end() <= m.start - 3 or role.start() < na - 1:
            return None
        head = self.norm[na:role.start()]
        quoted = [(q.start() + na, q.end() + na) for q in re.finditer(
            r'"[^"]*"|\u201c[^\u201d]*\u201d|\u00ab[^\u00bb]*\u00bb', head)]
        for cand in reversed(self.attr.in_range(na, role.start())):
            if any(a <= cand.start < b for a, b in quoted) or self.attr.is_locative(cand):
                continue
            if cand.key.split("/")[0] in ("gov", "body", "org") and not cand.key.startswith("group/"):
                # (a generic "le gouvernement" is resolved by the countries named around it,
                # which may be the accused: no guess)
                return [cand] if cand.key.count("/") >= 2 or cand.key.startswith(("gov/", "org/")) else None
        return list(self.attr.last_agents) or None

    def _further_agent(self, hit, rtype, found, rule, na, nb, previous, previous_keys, out):
        """``(found, rule)`` for cue ``hit``, corrected for the further acts of an agent
        already found (see the module docstring); unchanged otherwise."""
        if self.lang not in ("fr", "en"):
            return found, rule
        norm, entry = self.norm, hit.entry
        located = [a for a in found if not isinstance(a, str)]
        # ", une mesure que X a dénoncée", ", a move (that) X condemned": the relative clause's subject
        if entry.pos == "v" and rtype in _SPEAKING:
            subject = self._relative_subject(hit.start, na)
            if subject is not None and not any(a is subject for a in located):
                return self.attr._expand(subject, hit.start), "subject"
        if not found and entry.pos == "v":
            said = _SAID_IT[self.lang].search(norm, max(na, hit.start - 90), hit.start)
            if said is not None:
                speakers = [m for m in self.attr.in_range(max(na, said.start() - 60), said.start())
                            if m.key.split("/")[0] in ("org", "gov", "body") and not m.key.startswith("group/")
                            and not self.attr.is_locative(m)]
                if speakers and not re.search(r"[.;:\"\u00ab\u00bb\u201c\u201d]", norm[speakers[-1].end:said.start()]):
                    return self.attr._expand(speakers[-1], hit.start), "subject"
            elif _AND_IT[self.lang].search(norm, max(na, hit.start - 40), hit.start):
                first = self.attr.in_range(na, min(nb, na + 40))[:1]
                if first and first[0].key.split("/")[0] in ("org", "gov", "body") and \
                        not first[0].key.startswith("group/") and not self.attr.is_locative(first[0]):
                    return self.attr._expand(first[0], hit.start), "subject"    # the sentence's subject
        # "In a report ..., X accused": the report and what it says are X's
        opening = _IN_A_REPORT.match(norm, na)
        if opening is not None and (rule in (None, "subject") or not found):
            comma = norm.find(",", opening.end(), nb)
            nxt = [s for s, _ in self.attr.cue_spans if s > comma]
            # (the report itself, and the main verb: the first cue after the comma)
            if (0 < comma < hit.start and entry.pos == "v" and nxt and nxt[0] == hit.start) or (
                    rtype == "Report" and opening.end() >= hit.end and comma > 0):
                owner = self._report_owner(comma, hit.start if hit.start > comma else (nxt[0] if nxt else nb))
                if owner is not None:
                    return self.attr._expand(owner, nb), "subject"
        # "X a condamné ..., a convoqué ... et a exigé": the subject's list of acts
        if previous is not None and previous_keys and entry.pos == "v" and \
                previous.entry.pos == "v" and (not located or all(previous.end <= a.start < hit.start for a in located)):
            gap = norm[previous.end:hit.start]
            tail = _COMMA_VERB[self.lang].search(gap)
            if tail is not None and not _NEW_SUBJECT[self.lang].search(gap) and not re.search(r"[.;:!?\"\u00bb\u201d]", gap) \
                    and not _PARTICIPLE[self.lang].fullmatch(norm[hit.start:hit.end].split()[0]):
                return list(previous_keys), "coordinated"
        # "its strong condemnation of", "sa vive préoccupation": the subject of the verb before
        if entry.pos == "n" and (not found or rule in ("construct", "after") or all(
                a.start > hit.start for a in located)):
            det = _POSSESSIVE_BEFORE[self.lang].search(norm, max(na, hit.start - 40), hit.start)
            if det is not None:
                words = list(re.finditer(r"[\w'-]+", norm[max(na, det.start() - 40):det.start()]))
                if words:
                    w = words[-1]
                    base = max(na, det.start() - 40)
                    verb_found, verb_rule = self.attr.agents_for(base + w.start(), base + w.end(), na, nb, "v", None, rtype)
                    if verb_found and all(isinstance(a, str) or a.start < det.start() for a in verb_found):
                        return verb_found, verb_rule
            if rtype == "ExpressionOfConcern" and not found:
                for m in self.attr.in_range(hit.end, min(nb, hit.end + 30))[:1]:
                    if _HOLDER_AFTER[self.lang].fullmatch(norm[hit.end:m.start] + " ") and \
                            m.key.split("/")[0] in ("gov", "org", "body") and not m.key.startswith("group/"):
                        return [m], "possessor"     # "la « vive préoccupation » de la France"
        # "X (LTDH), organisation membre de la FIDH, a dénoncé": X, not the parent organisation
        if rule == "subject" and located and entry.pos == "v" and \
                _APPOSITION_END.fullmatch(norm, located[-1].end, hit.start):
            for m in reversed(self.attr.in_range(max(na, located[0].start - 160), located[0].start)):
                if m.key.split("/")[0] in ("gov", "org", "body") and not self.attr.is_locative(m) and \
                        _APPOSITION[self.lang].fullmatch(norm, m.end, located[0].start):
                    return self.attr._expand(m, located[0].start), "subject"
                break
        # "Her government has blamed ...", "son gouvernement a accusé": the state the person speaks for
        if len(located) == 1 and located[0].key == "body/government" and \
                _HIS_GOVERNMENT[self.lang].search(norm, max(na, located[0].start - 6), located[0].start):
            state = self._person_state(na, located[0].start)
            if state is not None:
                return [state], "carry"
        # "Its spokesman, X, accused", "a réagi son porte-parole, X, qui a accusé"
        if len(located) == 1 and located[0].key.startswith("person/") and \
                self._principal_unknown(located[0].key):
            owner = self._possessive_owner(located[0], na)
            if owner:
                return owner, "carry" if owner == list(self.attr.last_agents) else "subject"
        if not found and _POSSESSIVE_ROLE[self.lang].match(norm, na) and not self.attr.last_agents:
            ante = self.attr._previous_sentence_actor(na, "it")   # "Ses responsables ont accusé"
            if ante is not None and ante.key.split("/")[0] in ("gov", "body", "org"):
                return [ante], "anaphor"
        # "He also accused ...", two sentences after the person was named (the sentence between
        # had no agent): the person named last
        if not found and entry.pos == "v" and _PRONOUN_VERB[self.lang].fullmatch(norm, na, hit.start):
            person = self._last_person(na, _PRONOUN_VERB[self.lang].match(norm, na).group())
            if person is not None:
                return [person], "anaphor"
        # "Officials said ...", "Party leaders called for ...": the previous sentence's speaker
        title = _TITLE_SUBJECT[self.lang].match(norm, na)
        if title is not None and title.end() <= hit.start and (not found or all(
                a.key.count("/") == 1 and a.key.startswith(("body/", "official/")) and a.start < title.end()
                for a in located) and len(located) == len(found)):
            kinds = ("org",) if title.group("party") else ("gov", "body", "official")
            agents = self._speaking_before(out, na, kinds)
            if agents:
                return agents, "carry"
        return found, rule

    def _quoted_agent(self, m, na, end):
        """True when actor ``m``, found for a participle ending a sentence, is quoted by a
        speaker ('« X doivent ... », a déclaré Y, en exhortant', '"X cannot ...," Y said,
        calling'): inside a quotation, or before one that closes a reported clause. Not "X
        s'est dit « consterné » ..., exhortant": X speaks."""
        closing = _QUOTE_END.search(self.norm, m.end, end)
        if closing is None:
            return False
        head = self.norm[na:m.start]
        inside = head.count("\u00ab") + head.count("\u201c") > head.count("\u00bb") + head.count("\u201d") \
            or head.count('"') % 2 == 1
        if inside:
            return True
        tail = None
        for tail in _QUOTE_TAIL.finditer(self.norm, m.end, end):
            pass
        # (a speaker between the quotation and the participle: not '« ... », appelant')
        return tail is not None and bool(self.norm[tail.end():end].strip(" ,"))

    def _person_state(self, na, pos):
        """The government that "her" / "his" at ``pos`` stands for: the person named before
        it in the sentence (from ``na``), else the person who acted last, else the person
        named last (within a few sentences); or None."""
        from .principals import principal
        before = self.attr.in_range(na, pos)
        if before:      # "Malaysia's foreign minister said his government": the speaker there
            people = [m.key for m in before if m.key.startswith(("person/", "official/"))][-1:]
            top = principal(people[0], self.gz) if people else ""
            return top if top.startswith("gov/") else None
        keys = [k if isinstance(k, str) else k.key for k in self.attr.last_agents]
        people = [k for k in keys if k.startswith(("person/", "official/"))]
        if not people:
            i = bisect_right(self.mention_starts, na) - 1
            while i >= 0 and na - self.mentions[i].start < 800 and not people:
                if self.mentions[i].key.startswith("person/"):
                    people = [self.mentions[i].key]
                i -= 1
        top = principal(people[0], self.gz) if people else ""
        return top if top.startswith("gov/") else None

    def _last_person(self, na, pronoun, width=600):
        """The actor a sentence-initial "he" / "she" / "il" / "elle" stands for when nothing was
        carried over: the last person named within ``width`` characters before ``na`` (in
        French also a state or an organisation: "elle" is "la France"); never a place."""
        word = pronoun.split()[0].strip(" \"'\u00ab\u201c").lower() if pronoun.split() else ""
        if word not in ("he", "she", "il", "elle"):
            return None     # (not "they" / "ils": a crowd as often as a state)
        people = word in ("he", "she")
        for m in reversed(self.attr.in_range(max(0, na - width), na)):
            if self.attr.is_locative(m) or m.key.startswith("group/"):
                continue
            if m.key.startswith(("person/", "official/")) or (
                    not people and m.key.split("/")[0] in ("gov", "org", "body")):
                return m
        return None

    def _principal_unknown(self, key):
        """True for a person the gazetteer does not attach to any state or organisation."""
        actor = self.gz.actor(key) if key else None
        return actor is None or not (getattr(actor, "represents", None) or getattr(actor, "part_of", None))

    def _defends_government(self, hit, support_end, mentions_here):
        """True when the condemnation cue ``hit`` is a participle right after a support act
        whose object is a government ("China and Russia backed the Eritrean government,
        denouncing ...", "ont soutenu la position d'Asmara, dénonçant ...", "أعلنت تأييدها
        لموقف دمشق، منددة ..."): what they denounce is the criticism of their ally."""
        gap = self.norm[support_end:hit.start]
        if len(gap.split()) > 14 or re.search(r"[.;:؛]", gap) or \
                not _PARTICIPLE[self.lang].fullmatch(self.norm[hit.start:hit.end].split()[0]):
            return False
        return bool(_GOVERNMENT_OBJECT[self.lang].search(gap)) or any(
            support_end <= m.start < hit.start and m.key.startswith(("gov/", "body/"))
            for m in mentions_here)
