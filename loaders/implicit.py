"""Implicit responses: acts reported without an explicit response verb.

Most responses are found by a cue of ``responses.tsv`` ("condemned", "a dénoncé", "أدانت").
Many are said without one; this module finds three kinds of them and hands them to the
extractor as ordinary cue hits, so that attribution, negation, modality and event linking
work on them exactly as on the other cues.

1. **A speaker's judgement of the situation in reported speech**::

       X said the order amounted to "gender persecution"       -> Condemnation by X
       X a estimé que l'interdiction est « contraire au droit » -> Condemnation by X
       ووصفت X القرار بأنه "انتهاك صارخ"                        -> Condemnation by X
       X said the measure would have "devastating consequences" -> ExpressionOfConcern by X
       X said the allegations were "baseless"                   -> Denial by X

   A *frame* is needed: a speech verb whose speaker is an actor ("X said", "..., a réagi
   X", "قالت X إن"), then what is judged (an authority's act or a situation: the
   ``situation`` words of ``evaluation.tsv`` or a situation cue of ``events.tsv``), then a
   judgement (``negative``, ``concern``, or ``falsity`` when what is judged is an
   accusation). Nothing is read when the judged thing is the speaker's own ("its
   decision"), when the judgement is negated ("was not arbitrary") or approving ("a
   welcome step"), or when nobody is quoted (a reporter's narration).

2. **Feelings and acts named by other words** (``implicit.tsv``, same syntax as
   ``responses.tsv``): regret, shock, horror (ExpressionOfConcern); funding, aid convoys,
   airdrops, compensation (Support); complaints filed, inquiries opened (Investigation).

The lexicons are data: ``loaders/lang/<code>/evaluation.tsv`` (kind, words) and
``loaders/lang/<code>/implicit.tsv``.

Examples
--------
>>> from rightsgraph.loaders.implicit import judgements
>>> [(h.entry.value, h.surface) for h in judgements(
...     "en", "amnesty said the ban was a clear act of persecution.", [(0, 53)])]
[('Condemnation', 'persecution')]

Modules
-------
:mod:`.implicit_lexicon` (tables and patterns, :func:`lexicon`, :func:`table`) and
:mod:`.judgement_finders` (judgements in reported speech, :func:`judgements`,
:func:`judged_by`); this module keeps :func:`add_hits`, which merges the hits into the
extractor's, and re-exports those names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .accused import ACCUSED_TYPES, STATE_ORGAN, LatinOrgans, Organs, defended_hits
from .cues import Entry, Hit
from .implicit_lexicon import ImplicitError, lexicon, table
from .judicial_orders import judicial_orders
from .judgement_finders import (_AR_PARTICIPLE, _CHARGE, _JUDGED_ARTIFACTS, _NOT_JUDGED, _RELATIVE,
                                _words_between, judged_by, judgements)


def _merge(hits, extra):
    """``hits`` with the ``extra`` hits that overlap none of them, in text order.

    A judgement (note ``evaluative``) that falls on a main-table cue of the same type makes
    that cue a judgement too (said by the frame's speaker, never the object of a verb
    before it)."""
    if not extra:
        return hits
    hits = list(hits)
    starts = [h.start for h in hits]
    kept = []
    for h in sorted(extra, key=lambda h: (h.start, -h.end)):
        i = bisect_left(starts, h.end)
        if i and hits[i - 1].end > h.start:
            old = hits[i - 1]
            if h.entry.note == "evaluative" and h.entry.value in ("Denial", "Rejection") and \
                    old.entry.value == "Condemnation" and old.entry.pos == "n" and \
                    h.start <= old.start and old.end <= h.end:
                # "les déclarations de la rapporteuse « inacceptables »": what is judged is a
                # criticism (a rejection of it), no condemnation
                hits[i - 1] = h
                starts[i - 1] = h.start
            elif h.entry.cue.startswith(_CHARGE) and old.entry.value in ("Denial", "Rejection"):
                hits[i - 1] = h     # "the charges are baseless": no denial (_charge_hit)
                starts[i - 1] = h.start
            elif h.entry.note == "discourse":
                # "a dénoncé une « campagne de désinformation »", "dénonçant la « politisation »":
                # a rejection of the criticism, in place of the cues it covers
                covered = [x for x in hits if x.start < h.end and h.start < x.end]
                if all(h.start - 4 <= x.start and x.end <= h.end for x in covered):
                    hits = [x for x in hits if x not in covered] + [h]
                    hits.sort(key=lambda x: x.start)
                    starts = [x.start for x in hits]
            elif h.entry.note == "evaluative" and h.entry.value == "Accusation" and \
                    old.entry.value == "Support" and h.start <= old.start and old.end <= h.end:
                hits[i - 1] = h     # "financed and directed by foreign services": no funding
                starts[i - 1] = h.start
            elif h.entry.note != "evaluative" and old.entry.value == h.entry.value and \
                    h.start <= old.start and h.end - h.start > old.end - old.start and \
                    (i < 2 or hits[i - 2].end <= h.start):
                hits[i - 1] = h     # the longer cue ("no right to interfere" > "interfere in")
                starts[i - 1] = h.start
            elif h.entry.pos == "v" and not h.entry.note and old.entry.pos == "n" and \
                    h.start < old.start and old.end <= h.end and (i < 2 or hits[i - 2].end <= h.start):
                hits[i - 1] = h     # the verb phrase around a noun cue ("ignored the ruling", "تجاهلت قرار")
                starts[i - 1] = h.start
            elif h.entry.note == "evaluative" and old.entry.value == h.entry.value and \
                    old.entry.note != "evaluative":
                hits[i - 1] = Hit(old.start, old.end, Entry(old.entry.cue, old.entry.value, "n",
                                                            "evaluative"), old.surface)
            continue
        if kept and kept[-1].end > h.start:
            continue
        kept.append(h)
    return sorted(hits + kept, key=lambda h: h.start)


def add_hits(reader, scan, tokens, resp_hits, ev_hits, spans):
    """The response hits of a document with the implicit ones added (extract.py hook).

    Parameters
    ----------
    reader : extract._Reader
        The document reader (its language, mentions, attributor and quote state are used).
    scan : str
        The normalised text the cues were matched in.
    tokens : list
        Its word tokens (:func:`.cues.tokenize`).
    resp_hits, ev_hits : list of Hit
        Response and situation cue hits found by the main tables (sorted by start).
    spans : list
        ``(index, norm_start, norm_end, sentence)`` of the sentences read.

    Returns
    -------
    list of Hit
        ``resp_hits`` and the implicit hits that overlap none of them, sorted by start.
    """
    lang = reader.lang
    resp_hits = [h for h in resp_hits if not _nobody_underwent(lang, scan, h)
                 and not _in_a_name(lang, scan, h) and not _maintained(lang, scan, h)]
    # the state organs the gazetteer does not name (.accused; not attr.is_locative: its
    # answers are cached, and read here before the sentence is)
    is_agent = lambda m: m.kind != "Place" and not m.key.startswith("group/")   # noqa: E731
    organs = Organs(scan, reader.mentions, is_agent) if lang == "ar" else \
        LatinOrgans(lang, scan, reader.mentions, is_agent)
    # (a person the gazetteer knows, or one met with the state or body it represents)
    organs.known = lambda key: bool(getattr(reader.gz.actor(key), "represents", None))
    # ("et rejeté", "et nié": the conjunction is no part of the act, the gap before it shows
    # that the verb is coordinated)
    extra = [Hit(h.start + 3, h.end, h.entry, h.surface[3:]) if h.surface.startswith("et ") else h
             for h in table(lang).find(scan, tokens=tokens)]
    table_hits = set(extra)
    attr = reader.attr

    def speaker_before(v_start, v_end, comp_start):
        if lang == "ar":
            # "ووصف X الهجوم بأنه": after the verb; "أما X فقد اعتبرت أن": before it
            sentence_start = max(scan.rfind(c, 0, v_start) for c in ".!?\n\u061f") + 1
            after = [m for m in attr.in_range(v_end, comp_start) if _agent(attr, m)]
            if after and _words_between(scan, v_end, after[0].start) <= 1:
                return after[:1]    # (not "ووصف طريقة معاملة X": X owns the object)
            organ = STATE_ORGAN.match(scan, v_end + 1)
            if organ is not None and organ.end() <= comp_start and not organs.named(organ):
                return [organs.country(organ)] if organs.country(organ) else []   # "وأكد مصدر أمني"
            before = [m for m in attr.in_range(sentence_start, v_start) if _agent(attr, m)]
            if _QUOTED_SAYING.fullmatch(scan, v_start, v_end):
                # "ونقلت الوكالة عن الناطق باسم الحكومة X قوله إن": the one quoted (after "عن"),
                # not the outlet
                near = [m for m in attr.in_range(sentence_start, v_start)
                        if m.kind not in ("Place", "MediaOutlet") and not m.key.startswith("group/")]
                quoted = None
                for quoted in STATE_ORGAN.finditer(scan, sentence_start, v_start):
                    pass
                if quoted is not None and _words_between(scan, quoted.end(), v_start) <= 3 and \
                        not organs.named(quoted) and not any(m.start >= quoted.start() for m in near):
                    return [organs.country(quoted)] if organs.country(quoted) else []
                return near[-1:] if near and _words_between(scan, near[-1].end, v_start) <= 3 else []
            if _AR_PARTICIPLE.fullmatch(scan[v_start:v_end]):
                # "نفت X ...، مؤكدة أن": the subject of the sentence's main verb
                return [m for m in before if m.kind != "MediaOutlet"][:1]
            return before[-1:] if before and _words_between(scan, before[-1].end, v_start) <= 3 else []
        na = max(scan.rfind(c, 0, v_start) for c in ".!?\n") + 1
        said = reader._sentence_speaker(na, v_end)
        if said:
            return said
        # "X, whose envoy visited Y in May, said ...": the actor opening the sentence (with
        # those coordinated with it: "La Suède et le Danemark ont jugé ...")
        opening = [m for m in attr.in_range(na, min(v_start, na + 80)) if _agent(attr, m)][:1]
        return [x for x in attr._expand(opening[0], v_start) if x is opening[0] or not x.key.startswith("group/")] \
            if opening else []

    def speaker_at(pos, nb):
        # (after "according to" / "pour" the actor looks like an object: no locative test)
        named = [m for m in attr.in_range(pos, min(nb, pos + 40))[:1]
                 if not m.key.startswith("group/") and m.kind != "Place"]
        return named if named and _words_between(scan, pos, named[0].start) <= 1 else []

    def speaker_after(pos, nb):
        m = attr.tail_speaker(pos, nb)
        if m is None:
            m = _surname_speaker(reader, scan, pos, nb)
        if m is None or not _agent(attr, m) or _RELATIVE.search(scan, pos, m.start):
            return []   # (not '« ... », a réagi Y, qui a convoqué le ministre X': X)
        # '« ... », ont déclaré Paris et Berlin', '"...," the ministers of X, Y and Z said': all
        return [x for x in attr._expand(m, nb) if x is m or not x.key.startswith("group/")]

    found = judged_by(
        lang, scan, [(na, nb) for _, na, nb, _ in spans],
        events=[(h.start, h.end) for h in ev_hits],
        others=[(h.start, h.end) for h in resp_hits if h.entry.value in _NOT_JUDGED],
        speaker_at=speaker_at,
        limits=[h.start for h in resp_hits if h.entry.pos == "v"],
        speaker_before=speaker_before, speaker_after=speaker_after,
        quote_open=reader._quote_open,
        state=lambda m: isinstance(m, str) or m.key.startswith(("gov/", "body/")) or
        reader._kind_of(m.key) in ("Government", "GovernmentBody", "Official"))
    found = [(_past_cue(resp_hits, scan, _past_mention(reader, scan, hit)), who, span)
             for hit, who, span in found]
    # the speakers of the judgements, for the hits that the attributor leaves without agent
    # (also a response cue of the main table that the judgement falls on)
    # what is judged is no act of the speaker ("X said the decision ...", "ووصفت X القرار")
    # nor are the nouns inside a judgement ("a reminder of how blasphemy accusations are
    # used to unleash collective punishment": no accusation of the speaker's)
    judged = [span for _, _, span in found]
    inside = [(span[1], hit.start) for hit, _, span in found
              if hit.entry.value in ("Condemnation", "ExpressionOfConcern") and span[1] < hit.start]
    resp_hits = [h for h in resp_hits if h.entry.value not in _JUDGED_ARTIFACTS or _owned(
        reader, scan, h) or not (any(a < h.end and h.start < b for a, b in judged) or
                                 h.entry.pos == "n" and any(a <= h.start and h.end <= b
                                                            for a, b in inside))]
    speakers = {}
    starts = [h.start for h in resp_hits]
    for hit, who, _ in found:
        speakers[hit.start] = who
        i = bisect_left(starts, hit.end) - 1
        if i >= 0 and resp_hits[i].end > hit.start and resp_hits[i].entry.value == hit.entry.value:
            speakers.setdefault(resp_hits[i].start, who)
    reader.implicit_speakers = speakers
    extra.extend(hit for hit, _, _ in found)
    sentences = [(na, nb) for _, na, nb, _ in spans]
    orders = []
    if lang == "ar":
        extra.extend(defended_hits(scan, sentences, lexicon(lang)["situation"]))
        # "قررت نيابة ... في مصر حبس ...": a court's order, said with its author (.judicial_orders)
        orders = judicial_orders(scan, sentences, reader.mentions, organs.main)
        extra.extend(h for h, _ in orders)
    merged = _merge(resp_hits, extra)
    kept = set(merged)
    for h, key in orders:
        if key is not None and h in kept:
            speakers[h.start] = [key]
    # "أوقفت الأجهزة الأمنية ..." (a cue of implicit.tsv that holds its subject): a generic
    # force acts for the state named in or right after it, else for the document's main one
    for h in merged:
        if h.entry.value == "UseOfForce" and h in table_hits:
            key = organs.generic_force(h)
            if key is not None:
                speakers[h.start] = [key]
    # the accused state's acts said by an organ the gazetteer does not name (.accused)
    sentence_starts = [na for na, _ in sentences]
    last = (-2, None)       # (sentence, organ) of the last act read here
    for h in merged:
        if h.entry.value not in ACCUSED_TYPES:
            continue
        i = bisect_right(sentence_starts, h.start) - 1
        if i < 0 or h.end > sentences[i][1]:
            continue
        if h.start in speakers:
            said = speakers[h.start]
            if said and organs.state_of(said[0]):
                said = speakers[h.start] = [organs.state_of(said[0])]   # "porte-parole de ..., X"
            if said and (isinstance(said[0], str) or said[0].key.startswith(("gov/", "body/", "official/"))):
                # a judgement of an organ or an official ("وقال مصدر أمني إن ...", "ونقلت ...
                # عن الناطق باسم الحكومة X قوله إن ...")
                last = (i, said[0])
            continue
        if h.entry.pos != "v":
            continue
        key = organs.subject(h, *sentences[i])
        if key is None and lang == "ar" and last[0] >= i - 1 and organs.continues(h, sentences[i][0]):
            # "دافع وزير الاتصال ... عن القانون. ونفى أن ...، متهما ...": a verb with no subject
            # of its own ("واتهم المصدر منظمة ... بـ": the actor after is its object) goes on
            # with the organ of the sentence before
            key = last[1]
        if key is not None:
            speakers[h.start] = [key]
            last = (i, key)
    return merged


# the Arabic verbal noun of a quotation: "نقلت X عن Y قوله إن"
_QUOTED_SAYING = re.compile("\u0642\u0648\u0644(?:\u0647|\u0647\u0627|\u0647\u0645)")   # قوله قولها قولهم

_SURNAME_SAID = {
    "en": re.compile(r"[\s,\"\u201d]*([a-z][\w'-]+)\s+(?:said|says|told|added|stated|insisted|wrote)(?!\w)"),
    "fr": re.compile(r"[\s,\u00bb]*(?:a\s+(?:declare|affirme|ajoute|assure|indique|estime|martele)|"
                     r"selon|a\s+dit)\s+([a-z][\w'-]+)(?!\w)(?!\s+[a-z]\w)"),
}


def _surname_speaker(reader, text, pos, nb):
    """The person named earlier whose surname speaks after a quotation ('"...," Geng told a
    news briefing', '« ... », a déclaré Msigwa'): that person's mention, else None."""
    rx = _SURNAME_SAID.get(reader.lang)
    m = rx.match(text, pos, nb) if rx is not None else None
    if m is None:
        return None
    name = m.group(1)
    for mention in reversed(reader.mentions[:bisect_left(reader.mention_starts, pos)]):
        parts = mention.key[7:].split("-") if mention.key.startswith("person/") else []
        if len(parts) >= 2 and name in (parts[0], parts[-1]) and pos - mention.start < 3000:
            return mention      # (the family name first or last: "Geng Shuang", "Gerson Msigwa")
    return None


def _past_mention(reader, text, hit):
    """``hit`` starting after the actor mention it opens in ("أجهزة استخبارات أجنبية": the
    mention "أجهزة استخبارات", then "أجنبية"), so that the extractor reads it (it skips the
    cues inside a mention); the hit itself when it opens in none."""
    i = bisect_right(reader.mention_starts, hit.start) - 1
    if i < 0 or reader.mentions[i].end <= hit.start or reader.mentions[i].end >= hit.end:
        return hit
    start = reader.mentions[i].end
    while start < hit.end and not text[start].isalnum():
        start += 1
    if start >= hit.end:
        return hit
    return Hit(start, hit.end, hit.entry, text[start:hit.end])


_NAME_HEAD = re.compile("(?:\u0635\u0646\u062f\u0648\u0642|\u0628\u0631\u0646\u0627\u0645\u062c|"
                        "\u0645\u0631\u0643\u0632|\u0648\u062d\u062f\u0647|\u0645\u0643\u062a\u0628|"
                        "\u062c\u0645\u0639\u064a\u0647)\\s+$")  # صندوق برنامج مركز وحدة مكتب جمعية


def _in_a_name(lang, text, hit) -> bool:
    """Arabic: a noun cue that names an institution ("صندوق دعم العمال", "مركز دعم
    الضحايا") is no act."""
    return lang == "ar" and hit.entry.pos == "n" and hit.entry.value == "Support" and \
        _NAME_HEAD.search(text, max(0, hit.start - 12), hit.start) is not None


# "soutenir que": to maintain that (a claim), not to support
_MAINTAINED_FR = re.compile(r"\s*(?:que|qu')")


def _maintained(lang, text, hit) -> bool:
    """French: a Support verb "soutenir" followed by a complement clause ("La police a
    soutenu que ...", "il soutient qu'...") is a claim, no support."""
    return lang == "fr" and hit.entry.value == "Support" and hit.surface.split()[-1].startswith("sout") \
        and _MAINTAINED_FR.match(text, hit.end) is not None


_CLAUSE_START = re.compile(r"[.,;:!?\n\u060c\u061b]")


def _nobody_underwent(lang, text, hit) -> bool:
    """A passive act whose clause opens with "nobody / none of them / aucun d'entre eux":
    it did not happen ("None of the three has been charged")."""
    if lang == "ar" or hit.entry.note != "passive":
        return False
    lo = max(0, hit.start - 80)
    stops = list(_CLAUSE_START.finditer(text, lo, hit.start))
    clause = stops[-1].end() if stops else lo
    m = lexicon(lang)["none"].search(text, clause, hit.start)
    return m is not None and _words_between(text, clause, m.start()) == 0 and \
        _words_between(text, m.end(), hit.start) <= 5


def _past_cue(hits, text, hit):
    """``hit`` starting after the state's act it opens on ("had been detained" + "detained
    for violating": "for violating"; "محاكمة" + "محاكمة عادلة": "عادلة"), so that both are
    read; else ``hit``."""
    i = bisect_right([h.start for h in hits], hit.start) - 1
    if i < 0 or hits[i].end <= hit.start or hits[i].end >= hit.end or \
            hits[i].entry.value not in ("UseOfForce", "Investigation") or \
            hit.entry.value == hits[i].entry.value:
        return hit
    start = hits[i].end
    while start < hit.end and not text[start].isalnum():
        start += 1
    return Hit(start, hit.end, hit.entry, text[start:hit.end]) if start < hit.end else hit


def _owned(reader, text, hit) -> bool:
    """An artifact named with its owner ("the US report", "UNESCO's decision", "قرار
    المحكمة"): it stays that owner's."""
    if reader.lang == "ar":
        return False    # (verb-subject order: the attributor gives it to the speaker)
    for m in reader.attr.in_range(max(0, hit.start - 40), hit.start):
        if re.fullmatch(r"\s*(?:'s?\s*)?", text[m.end:hit.start]):
            return True
    return False


def _agent(attr, m) -> bool:
    """An actor that can speak here (not a place, an object or a crowd)."""
    return not attr.is_locative(m) and not m.key.startswith("group/")
