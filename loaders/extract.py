"""Extraction entry point: responses, events, agents, modality and provenance.

:func:`extract` reads one :class:`~.model.Document` (or one chunk of a large one) and
returns an :class:`~.model.Extraction`. The pipeline, per document:

1. normalise the text once (length-preserving, per language) and drop boilerplate lines
   (``lang/<code>/boilerplate.tsv``);
2. find actor and place mentions with the gazetteer, and every response, negation,
   modality and situation cue with one compiled regular expression per table;
3. per sentence: drop negated cues ("did not condemn", "لم تعلق", "n'a pas condamné")
   and non-acts ("declined to comment"); drop a cue that is only the object of another
   ("condemned the arrests": no arrest act); find the agents (:mod:`.attribution`); read
   modality, quantity and date; a joint artifact (a letter, a joint statement) is ONE
   response whose co-signers are gathered over the whole document, minus the excluded
   ones ("but not the United States", "did not sign");
4. choose the situation(s) responded to (:mod:`.events`) and link every response to one.

Every evidence span satisfies ``doc.text[ev.start:ev.end] == ev.text``.

Examples
--------
>>> from rightsgraph.loaders.documents import document_from_text
>>> from rightsgraph.loaders.extract import extract
>>> doc = document_from_text("Canada condemned the crackdown in Kazakhstan.", "a.txt", lang="en")
>>> [(r.type, r.agents) for r in extract(doc).responses]
[('Condemnation', ['gov/CA'])]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from .attribution import Attributor
from .publishers import detect_publisher, org_voice
from .attribution_patterns import ar_fold
from .implicit import add_hits as add_implicit_hits
from .cues import Positions
from .syntax_words import BUT, COORD_BETWEEN, GROUP_NOUNS, MEMBER_STRONG, MEMBER_WEAK
from .cues import get_cues, is_boilerplate, normalized_view, tokenize
from .crowds import drop_state_demonstrators, keeps_situation_cue, vague_for
from .diaspora import diaspora_crowds
from .group_places import event_country_groups
from .crowd_objects import drop_object_crowds
from .protest_nouns import noun_protests, drop_repeated
from .crowd_verbs import drop_cancelled, rally_purposes, verb_rallies
from .rally_condemnations import drop_purpose_condemnations
from .principals import speaker_country
from .events import SituationVotes, iso_of, localise, regions_with_government
from .ar_actors import article_split_mentions, government_ministers, occupation_bodies, organisation_forces, \
    seat_places, un_body_mentions
from .ar_quoted_names import quoted_name_mentions
from .own_followers import follower_calls
from .model import Evidence, Extraction, Response
from .quantities import find_date, nearest_quantity
from .extract_patterns import (_AUX_ASIDE_FR, _BULLETS, _OPENING_PLACE, _QUANTITY_UNITS, _QUOTE_AFTER_AUX,
                               _STATE_TITLE, _SUBNATIONAL_ROLES, _VAGUE_GROUPS)
from .mention_cleanup import _M, _appositive_people, _demonym_lists, _explicit_regions, _extra_actors, _merge_mentions, _ngo_page, _remember, \
    is_unkeyed
from .unknown_orgs import named_organisations
from .crowd_slugs import counted_activists
from .org_sections import section_countries
from .name_countries import names_with_countries
from .described_orgs import described_organisations
from .org_members import member_mentions
from .incises import blank_incises
from .sentence_acts import SentenceActs
from .type_precision import ngo_raising, retype_hits
from .ar_object_verbs import verbal_readings
from .further_acts import FurtherActs
from .signers import ArSigners, JointStatements
from .speakers import SpeakerFinding
from .state_strikes import own_bodies, state_strikes

LANGS = ("ar", "fr", "en")


def _gazetteer():
    from .gazetteer import get_gazetteer
    return get_gazetteer()


def extract(doc, text: str | None = None, offset: int = 0, sentences=None) -> Extraction:
    """Read the actors, places, events and responses of ``doc``.

    Parameters
    ----------
    doc : Document
        The document (its ``lang``, ``date`` and ``publisher`` are used).
    text : str, optional
        The chunk to read (default: the whole ``doc.text``), starting at document offset
        ``offset``.
    offset : int
        Document offset of ``text``.
    sentences : list of Sentence, optional
        The sentences of the chunk, with DOCUMENT offsets (default ``doc.sentences``).

    Returns
    -------
    Extraction
        Empty for languages other than Arabic, French and English.
    """
    out = Extraction()
    lang = doc.lang
    if lang not in LANGS:
        return out
    if text is None:
        text, offset = doc.text, 0
        if sentences is None:
            sentences = doc.sentences
    if sentences is None:
        from .sentences import split_sentences
        sentences = split_sentences(text, base=offset)
    if not text or not sentences:
        return out
    groups = _language_groups(doc, sentences, lang)
    if len(groups) == 1:
        return _Reader(doc, text, offset, sentences, groups[0][0]).run(out)
    # a mixed document: each language's paragraphs are read with that language's data
    for glang, group in groups:
        part = _Reader(doc, text, offset, group, glang).run(Extraction())
        out.responses.extend(part.responses)
        out.mentions |= part.mentions
        for key, value in part.actors.items():
            out.actors.setdefault(key, value)
        for key, value in part.places.items():
            out.places.setdefault(key, value)
        for key, event in part.events.items():
            if key in out.events:
                out.events[key].evidence.extend(event.evidence)
            else:
                out.events[key] = event
    return out


def _language_groups(doc, sentences, lang):
    """``[(lang, sentences)]``: one group, or one per supported language of a mixed text."""
    spans = [s for s in (doc.paragraph_langs or []) if s[2] in LANGS]
    if len({s[2] for s in spans}) < 2:
        return [(lang, sentences)]
    starts = [s[0] for s in spans]
    groups: dict = {}
    for sentence in sentences:
        i = bisect_right(starts, sentence.start) - 1
        glang = spans[i][2] if i >= 0 and sentence.start < spans[i][1] else lang
        groups.setdefault(glang, []).append(sentence)
    return sorted(groups.items(), key=lambda g: g[1][0].start)


class _Reader(SentenceActs, FurtherActs, SpeakerFinding, JointStatements):
    """Reads one document (or chunk) of one language: the mixins hold the sentence reading
    (:mod:`.sentence_acts`, :mod:`.further_acts`), speakers (:mod:`.speakers`) and joint statements (:mod:`.signers`)."""

    def __init__(self, doc, text, offset, sentences, lang):
        self.doc, self.text, self.offset, self.lang = doc, text, offset, lang
        self.sentences = sentences
        self.cues = get_cues(lang)
        self.gz = _gazetteer().as_of(doc.date)      # people get the role of the date
        norm, index = normalized_view(text, lang)
        self.norm = norm
        self.pos = Positions(index)
        raw = self.gz.find(text, lang)
        self.mentions = [
            _M(self.pos.to_norm(m.start), self.pos.to_norm(m.end), m.key, m.kind, m.form,
               m.place_key, m.preposition, m.surface) for m in raw]
        if lang in ("fr", "en"):
            self.mentions = _demonym_lists(_merge_mentions(
                _extra_actors(self.mentions, text, self.pos, self.gz, lang), norm, self.gz, lang), norm, lang)
            self.mentions = counted_activists(_appositive_people(self.mentions, text, norm, self.pos, self.gz, lang),
                                              norm, lang)     # "dozens of activists": protesters
        elif lang == "ar":      # جمعية "حلم": a known organisation with a quoted name (ar_quoted_names.py)
            self.mentions = quoted_name_mentions(norm, self.mentions, self.gz, lambda a, b, g: _M(
                a, b, g.key, g.kind, g.form, g.place_key, g.preposition, norm[a:b]))
            # "فريق التحقيق الأممي": a UN body (ar_actors.py)
            self.mentions = un_body_mentions(norm, self.mentions, lambda a, b, surface: _M(
                a, b, "org/united-nations", "IntergovernmentalOrganization", "name", None, None, surface))
            # "نقابة الصحفيين البحرينيين": an association the gazetteer does not list (unknown_orgs.py)
            self.mentions = named_organisations(self.mentions, text, self.pos, self.gz, lang, norm)
            # "ومقرها لندن": no agent; "جنود الاحتلال": Israel's; "قوات الحوثيين": the movement's;
            # "طالبت المنظمة الأمم المتحدة": the UN is addressed; "وزير الإعلام في الحكومة اليمنية" (ar_actors.py)
            self.mentions = government_ministers(norm, article_split_mentions(norm, organisation_forces(
                norm, occupation_bodies(norm, seat_places(norm, self.mentions))), self.gz))
        # "Amnesty International's Kenya section", "فرع منظمة العفو الدولية في تونس": the country
        # names the section, it is no actor (org_sections.py)
        self.mentions = section_countries(self.mentions, norm, lang)
        # "Greenpeace Suisse", "All People's Congress": a country or a body word ending a name (name_countries.py)
        self.mentions = names_with_countries(self.mentions, text, self.pos, lang,
                                             lambda key, kind, label: _remember(self.gz, key, kind, lang, label))
        if lang in ("fr", "en"):   # "the investigative consortium Forbidden Stories" (described_orgs.py)
            self.mentions = described_organisations(self.mentions, text, self.pos, self.gz, lang)
        # members of an organisation act for it ("des experts ... des Nations unies", "مفوضة ... في
        # الاتحاد الأوروبي"): org_members.py, every language it has patterns for
        self.mentions = member_mentions(self.mentions, norm, lang)
        self.mention_starts = [m.start for m in self.mentions]
        # regions whose own authorities are named as such ("Chechen police", "les autorités
        # tchétchènes", a regional leader): only there do generic bodies stay regional
        self.regional = set(_explicit_regions(raw))
        self.publisher = detect_publisher(doc, self.gz, lang, norm if offset == 0 else None) \
            if offset == 0 else None
        # an NGO's own page (it speaks as "we"): unattributed acts are the NGO's own
        self.publisher_page = bool(self.publisher) and org_voice(norm, lang)
        if offset == 0 and lang in ("fr", "en") and not self.publisher_page:
            own = _ngo_page(norm, self.mentions, self.gz, lang)
            if own is not None and self.publisher in (None, own):
                self.publisher, self.publisher_page = own, True
        attr_mentions = self.mentions
        if lang in ("fr", "en"):
            # "À La Haye, le bureau du procureur ...": a place opening the sentence before a
            # comma is no head of a list of places for the subject that follows
            attr_mentions = [m for m in self.mentions if not (
                m.preposition and m.place_key and norm.startswith(",", m.end)
                and _OPENING_PLACE.search(norm, max(0, m.start - 12), m.start))]
        self.attr = Attributor(lang, norm, attr_mentions, self.publisher)
        fold = ar_fold if lang == "ar" else (lambda p: p)
        self.group_re = re.compile(fold(GROUP_NOUNS[lang]))
        self.strong_re = re.compile(fold(MEMBER_STRONG[lang]))
        self.weak_re = re.compile(fold(MEMBER_WEAK[lang]))
        self.but_re = re.compile(fold(BUT[lang]))
        self.coord_between = re.compile(fold(COORD_BETWEEN[lang]))
        self.joint: Optional[Response] = None
        self._sentence_start = 0
        self._sentence_end = 0
        self.joint_excluded: set = set()
        self.statement: Optional[dict] = None   # a joint statement whose signers come later
        self.votes = SituationVotes(norm, lang, self.gz)
        self.signers = ArSigners(norm) if lang == "ar" else None

    # ------------------------------------------------------------------ helpers
    def _sentence_spans(self):
        """``(index, norm_start, norm_end, sentence)`` for non-boilerplate sentences."""
        out = []
        text, norm, cues = self.text, self.norm, self.cues
        for i, s in enumerate(self.sentences):
            a = s.start - self.offset
            b = s.end - self.offset
            if b <= 0 or a >= len(text):
                continue
            line_start = text.rfind("\n", 0, max(a, 0)) + 1
            line_end = text.find("\n", b)
            line_end = len(text) if line_end < 0 else line_end
            na, nb = self.pos.to_norm(max(a, 0)), self.pos.to_norm(min(b, len(text)))
            line_norm = norm[self.pos.to_norm(line_start):self.pos.to_norm(line_end)].strip()
            if is_boilerplate(line_norm, cues) or (
                    line_norm[:1] in _BULLETS and self._under_boilerplate(line_start)):
                continue
            out.append((i, na, nb, s))
        return out

    def _under_boilerplate(self, line_start):
        """A bulleted line in a list headed by a boilerplate line ("RELATED COVERAGE",
        "Lire aussi :", "مواضيع ذات صلة") is a link, not news."""
        text, norm = self.text, self.norm
        end = line_start - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = norm[self.pos.to_norm(start):self.pos.to_norm(end)].strip()
            if line and line[:1] not in _BULLETS:
                return is_boilerplate(line, self.cues)
            end = start - 1
        return False

    def _in_mention(self, start, end):
        i = bisect_right(self.mention_starts, start) - 1
        if i >= 0 and self.mentions[i].end > start:
            return True
        j = bisect_left(self.mention_starts, start)
        return j < len(self.mentions) and self.mentions[j].start < end

    def _mentions_in(self, start, end):
        i = bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def _evidence(self, s, cue_surface, confidence):
        return Evidence(s.start, s.end, s.text, round(confidence, 2), cue_surface)

    # ------------------------------------------------------------------ main
    def run(self, out: Extraction) -> Extraction:
        spans = self._sentence_spans()
        self._spans = spans     # for a look at the next sentence (French / English speakers)
        norm = self.norm
        scan = norm
        if self.lang in ("fr", "en"):
            # 'a « rejeté catégoriquement »', 'has "strongly condemned"': the quote opened
            # between the auxiliary and the verb is not a word (same length: offsets hold)
            scan = _QUOTE_AFTER_AUX[self.lang].sub(
                lambda q: q.group(1) + " " * (len(q.group()) - len(q.group(1))), norm)
            if self.lang == "fr":   # 'ont en revanche soutenu', 'a, quant à elle, appelé'
                scan = _AUX_ASIDE_FR.sub(lambda q: q.group(1) + " " * (len(q.group()) - len(q.group(1))), scan)
        scan = blank_incises(scan, self.lang)   # "ont, dans un communiqué, appelé", "، في بيان،" (incises.py)
        tokens = tokenize(scan, self.lang == "ar")
        resp_hits, neg_hits, mod_hits, ev_hits = self.cues.scan(scan, tokens)
        resp_hits = add_implicit_hits(self, scan, tokens, resp_hits, ev_hits, spans)  # implicit.py
        resp_hits = retype_hits(self.lang, scan, resp_hits)     # type_precision.py: summonses
        if self.lang == "ar":    # "فيما أدانته قطر": the verb, not the noun "إدانته" (ar_object_verbs.py)
            resp_hits = verbal_readings(self, resp_hits)
        by_start = lambda hits: [h.start for h in hits]  # noqa: E731
        r_starts, n_starts, m_starts, e_starts = (by_start(resp_hits), by_start(neg_hits),
                                                  by_start(mod_hits), by_start(ev_hits))
        first = True
        for idx, na, nb, s in spans:
            title_weight = 2.5 if first else 1.0
            first = False
            events_here = [h for h in ev_hits[bisect_left(e_starts, na):bisect_left(e_starts, nb)]
                           if not self._in_mention(h.start, h.end) or keeps_situation_cue(
                               self.mentions, self.mention_starts, h.start, h.end)]
            mentions_here = self._mentions_in(na, nb)
            hits = [h for h in resp_hits[bisect_left(r_starts, na):bisect_left(r_starts, nb)]
                    if h.end <= nb and not self._in_mention(h.start, h.start + 1)]
            # situation cues and place mentions, weighed once the responses are known
            self.votes.add_sentence(idx, na, nb, title_weight, mentions_here, events_here,
                                    [(h.start, h.end) for h in hits])
            negs = [n for n in neg_hits[bisect_left(n_starts, na):bisect_left(n_starts, nb)]
                    if not self._in_mention(n.start, n.start + 1)]   # "Reporters Without Borders"
            self.attr.in_quote = self._quote_open(na)
            self._sentence_start = na
            self._sentence_end = nb
            self.attr.sentence_end = nb
            mods = mod_hits[bisect_left(m_starts, na):bisect_left(m_starts, nb)]
            self._sentence(out, idx, na, nb, s, hits, negs, mods, mentions_here, events_here)
        ngo_raising(out, self._kind_of, self.doc.text)     # type_precision.py
        self._finish(out)
        return out

    def _kind_of(self, key):
        actor = self.gz.actor(key)
        return actor.kind if actor is not None else None

    def _conjunction(self, hit):
        """True when an Arabic cue starts with the conjunction و/ف (not a root letter)."""
        first = hit.surface[:1]
        return self.lang == "ar" and first in "وف" and not hit.entry.cue.startswith(first)

    def _quote_open(self, pos):
        """True when a quotation opened earlier in the paragraph is still open at ``pos``."""
        para = self.norm.rfind("\n", 0, pos) + 1
        seg = self.norm[para:pos]
        if not seg:
            return False
        opened = seg.count("«") + seg.count("“")
        closed = seg.count("»") + seg.count("”")
        return opened > closed or seg.count('"') % 2 == 1

    def _orig(self, hit):
        """The cue as written; a phrase with a gap ("أصدرت ... تقريرا") keeps its ends."""
        a, b = self.pos.to_text(hit.start), self.pos.to_text(hit.end)
        surface = self.text[a:b]
        if hit.entry is not None and ".." in hit.entry.cue:
            words = surface.split()
            if len(words) > len(hit.entry.cue.split()):
                return f"{words[0]} … {words[-1]}"
        return surface

    def _details(self, response, hit, na, nb):
        self.votes.note_response(response, hit.start)
        units = _QUANTITY_UNITS.get(response.type)
        if units:
            response.quantity = nearest_quantity(self.norm, self.lang, hit.start, na, nb, units)
        response.date = find_date(self.norm[na:nb], self.lang, self.doc.date)

    # ------------------------------------------------------------------ events & actors
    def _localise(self, out: Extraction, place):
        """Give generic actors their place, drop vague ones (see :func:`.events.localise`)."""
        kept = []
        for r in out.responses:
            r.agents = localise(r.agents, place, vague_for(r.type, _VAGUE_GROUPS), self.regional)
            if r.agents:
                kept.append(r)
        out.responses = kept

    def _finish(self, out: Extraction):
        if self.joint is not None:
            self.joint.agents = [k for k in self.joint.agents if k not in self.joint_excluded]
            if not self.joint.agents:
                out.responses = [r for r in out.responses if r is not self.joint]
        out.responses = follower_calls(out.responses, self.lang)    # "urged its supporters to": Advocacy
        # the document's situations, and the one each response answers (see .events)
        made = []   # protesters named by their noun: a rally (.protest_nouns)
        for r, pos in noun_protests(out.responses, self.votes.responses, self._spans, self.mentions,
                                    self.mention_starts, self.pos.to_text, self.text, self.norm, self.lang):
            self.votes.note_response(r, pos)
            out.responses.append(r)
            made.append(r)
        for r, pos in verb_rallies(self.votes.responses, self._spans, self.mentions, self.mention_starts,
                                   self.pos.to_text, self.text, self.norm, self.lang):    # (.crowd_verbs)
            self.votes.note_response(r, pos)
            out.responses.append(r)
        for r, pos in state_strikes(out.responses, self.votes.responses, self._spans, self.mentions,
                                    self.mention_starts, self.pos.to_text, self.text, self.norm, self.lang,
                                    self.doc.date):  # (.state_strikes)
            self.votes.note_named_attack(r, pos)
            out.responses.append(r)
        own_bodies(out.responses, self.votes.responses, self._spans, self.mentions, self.mention_starts,
                   self.norm, self.lang)     # "قوات الدرك الأردنية": Jordan's force (.state_strikes)
        sentences_by_index = {i: s for i, s in enumerate(self.sentences)}
        events, places = self.votes.events(out.responses, sentences_by_index, self.doc.date)
        out.events.update(events)
        main = self.votes.main_place
        kept = []
        purposes = rally_purposes(self.votes.responses)     # a rally's purpose (.crowd_verbs)
        for r in out.responses:
            rtype = "Demonstration" if id(r) in purposes else r.type
            # an Arabic name keyed only by its transliteration: no fact (mention_cleanup.is_unkeyed)
            r.agents = localise([a for a in r.agents if not is_unkeyed(self.gz, a)], places.get(id(r), main), vague_for(rtype, _VAGUE_GROUPS),
                                self.regional)
            if r.agents:
                kept.append(r)
        out.responses = event_country_groups(drop_state_demonstrators(kept, self.gz), places, main,
                                             self.regional)    # rallies are people's, of the event's country
        out.responses = diaspora_crowds(out.responses, self.votes.responses, self.votes.sentences,
                                        self.mentions, self.norm, self.lang)    # rallies abroad
        out.responses = drop_object_crowds(out.responses, self.votes.responses, self.votes.sentences,
                                           self.mentions, self.norm, self.lang)    # crowds as objects
        out.responses = drop_purpose_condemnations(drop_cancelled(drop_repeated(out.responses, made), self.lang),
                                                   self.lang)    # (.crowd_verbs, .rally_condemnations)
        for r in out.responses:
            self._titled_principals(r, places.get(id(r), main))
            for key in r.agents:
                self._add_actor(out, key)
        for event in out.events.values():
            if event.perpetrator:
                self._add_actor(out, event.perpetrator)
                if event.perpetrator not in out.actors:
                    event.perpetrator = None
        for m in self.mentions:
            out.mentions.add(m.key)
            if m.place_key:
                out.mentions.add(m.place_key)
        for event in out.events.values():
            if event.place and event.place not in out.places:
                out.places[event.place] = self.gz.place(event.place)

    def _titled_principals(self, r, place):
        """"Prime Minister X", "le ministre X", "وزير الداخلية X" with no country named:
        the person acts for the government of the situation's country (a region's only
        when its own authorities are the subject); an unattached spokesperson or envoy
        next to a named organisation is left to it."""
        iso = (iso_of(place) or place) if place else None
        if not iso or "/" in iso:
            return
        if "-" in iso and (iso not in regions_with_government() or iso not in self.regional):
            iso = iso.split("-")[0]
        for key in r.agents:
            if not key.startswith("person/"):
                continue
            actor = self.gz.actor(key)
            if actor is None or actor.represents or not self.gz.state_role(actor.role):
                continue
            if actor.role in self.gz._STATE_ROLES_NO_BODY and self._org_near(key):
                continue
            own = self._own_region_of(key, actor.role, iso)
            if own is not None:     # "Gov. X", "State Attorney General X" where a state acts
                self.gz.assign_principal(key, "gov/" + own)
                continue
            # (a colleague the speaker reports on acts for the speaker's government: .principals)
            self.gz.assign_principal(key, "gov/" + (speaker_country(
                self.norm, self.mentions, key, self.lang, self.gz) or iso))

    def _own_region_of(self, key, role, iso):
        """The one region of ``iso`` whose own government acts in the text (gov=2 units such
        as US states, whose situations are placed at country level) when the titled person
        ``key`` holds a sub-national office there: a governor, or a title that says "state"."""
        here = [c for c in self.regional if c.split("-")[0] == iso and "-" in c
                and self.gz.has_government("place/" + c)]
        if len(here) != 1:
            return None
        for m in self.mentions:
            if m.key == key:
                lead = self.norm[max(0, m.start - 12):m.start + 12]
                if role in _SUBNATIONAL_ROLES or _STATE_TITLE[self.lang].search(lead):
                    return here[0]
                return None
        return None

    def _org_near(self, key, width=120):
        """Whether an organisation is named close to the first mention of ``key`` (before it,
        or after it in the same sentence: "Police spokesperson X denied ...\n\nThe European
        Union ..." is no EU spokesperson)."""
        for i, m in enumerate(self.mentions):
            if m.key == key:
                lo, hi = m.start - width, m.end + width
                stop = re.compile(r"[.!?\n\u061f]").search(self.norm, m.end, hi)
                hi = stop.start() if stop else hi
                return any(o.key.startswith("org/") and lo <= o.start <= hi
                           and o.kind in ("NGO", "IntergovernmentalOrganization")
                           for o in self.mentions)
        return False

    def _add_actor(self, out, key):
        if key in out.actors:
            return
        actor = self.gz.actor(key)
        if actor is not None:
            out.actors[key] = actor
