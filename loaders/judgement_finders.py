"""Judgements in reported speech, for :mod:`.implicit`: a speech frame ("X said", "a
réagi X", "قالت X إن"), what is judged (an authority's act or a situation), the judgement
(negative, concern, falsity of an accusation) and the cases read as nothing (the speaker's
own act, a negated or approving judgement, nobody quoted); :func:`judgements` and
:func:`judged_by`."""

from __future__ import annotations

import re
from bisect import bisect_left

from .cues import Entry, Hit
from .implicit_lexicon import _CLAUSE_END, _CLOSING, _DESCRIBE, _OPEN_QUOTE, _WORD, lexicon


def _words_between(text: str, a: int, b: int) -> int:
    return len(_WORD.findall(text, a, b))


_RELATIVE = re.compile(r"(?<![\w'])(?:qui|dont|who|whom|which|whose)(?!\w)")
_NOT_JUDGED = ("Demonstration", "Petition", "Advocacy", "Demand", "Support", "Resettlement")
_JUDGED_ARTIFACTS = ("Resolution", "Report", "Accusation", "Condemnation")
_AR_PARTICIPLE = re.compile("(?:\u0648|\u0641)?(?:\u0645|\u0642\u0627\u0626|\u0642\u0627\u064a|\u0648\u0627\u0635)\\w+(?:\u0627|\u0647)")   # مؤكدا، قائلة، واصفا
_REACH = {"ar": 8, "fr": 16, "en": 16}     # words from the judged thing to its judgement


def _judgement(lang, text, start, end, accusation, content_start=None):
    """``(type, match)`` of the first judgement in ``text[start:end]``, or None.

    ``content_start``: where what is said begins (a negation from there on cancels it)."""
    lex = lexicon(lang)
    kinds = (("falsity", "Denial"), ("bias", "Rejection")) if accusation else (
        ("negative", "Condemnation"), ("concern", "ExpressionOfConcern"))
    best = None
    for kind, rtype in kinds:
        m = lex[kind].search(text, start, end)
        if m is not None and (best is None or m.start() < best[1].start()):
            best = (rtype, m)
    if best is None:
        return None
    if best[0] == "ExpressionOfConcern":
        # "a dangerous assault on", "un dangereux recul": the worry qualifies a condemnation
        neg = lex["negative"].search(text, best[1].end(), min(end, best[1].end() + 12))
        if neg is not None and _words_between(text, best[1].end(), neg.start()) <= 1:
            best = ("Condemnation", neg)
    m = best[1]
    if lex["positive"].search(text, start, m.start()):
        return None     # "a welcome step", "une étape importante"
    if best[0] == "Condemnation" and lex["lawful"].search(text, max(0, start - 40), m.end()):
        return None     # "detained for violating public order laws": the charge, no judgement
    if _words_between(text, start, m.start()) > _REACH[lang]:
        return None     # too far to be said of the judged thing
    existential = re.match(r"(?:\w+\s+)?(?:no|without|aucune?|sans|\u0644\u0627)(?!\w)", m.group())
    negated_at = start if content_start is None else min(start, content_start)
    if not existential and lex["negation"].search(text, negated_at, m.start()):
        return None     # "was not arbitrary", "n'est pas illégale", "ليس تعسفيا", "لا تفرض"
    return best


def _judged(lang, text, start, end, events, first_words=8, others=()):
    """The judged thing opening ``text[start:end]``: ``(match_end, is_accusation,
    match_start)`` or None.

    A ``situation`` word or a situation cue within its first words, not owned by the
    speaker ("its decision"), not after another verb of speech, not another actor's
    response (``others``: spans of demonstrations, petitions...: "the protests were
    illegal" condemns no situation)."""
    lex = lexicon(lang)
    window = start
    for _ in range(first_words):
        w = _WORD.search(text, window, end)
        if w is None:
            break
        window = w.end()
    candidates = []
    for kind in ("accusation", "situation"):
        m = lex[kind].search(text, start, window)
        if m is not None:
            candidates.append((m.start(), m.end(), kind == "accusation"))
    i = bisect_left(events, (start,))
    if i < len(events) and events[i][0] < window:
        candidates.append((events[i][0], events[i][1], False))
    if not candidates:
        return None
    # (an accusation before a situation at the same place: "charges against" > "charges")
    a, b, accusation = min(candidates, key=lambda c: (c[0], not c[2]))
    if any(x < b and a < y for x, y in others):
        return None
    if lex["own"].search(text, start, a):
        return None     # "its decision", "sa politique": the speaker's own
    if lex["speech"].search(text, start, a):
        return None
    return b, accusation, a


def _accusing(lang, text, start, end, stop=None):
    """An Accusation hit for the first ``accuse`` word said in ``text[start:end]`` (not
    negated, within reach of the start of what is said), or None.

    ``stop``: where the clause ends for good; a phrase opening at ``end`` (a cue of its
    own, "financed and directed by foreign services") may run on to it."""
    lex = lexicon(lang)
    m = lex["accuse"].search(text, start, end if stop is None else max(end, stop))
    if m is not None and m.start() > end:
        m = None
    if m is None or _words_between(text, start, m.start()) > 3 * _REACH[lang]:
        return None
    if lex["negation"].search(text, start, m.start()):
        return None
    return _hit("Accusation", m)


def _nobody(lang, text, start, end):
    """A Denial hit when what is said opens with "nobody / no ... / aucun / لا يوجد" and
    names a harm ("no civilians were killed", "aucun manifestant n'a été tué")."""
    lex = lexicon(lang)
    m = lex["none"].search(text, start, end)
    if m is None or _words_between(text, start, m.start()) > 2:
        return None
    harm = lex["harm"].search(text, m.start(), end)
    if harm is None or _words_between(text, m.end(), harm.start()) > _REACH[lang]:
        return None     # "no one has been held to account" denies no harm
    # with the word it determines ("aucun manifestant"): not negated by its own negation
    word = _WORD.search(text, m.end(), end)
    stop = word.end() if word is not None and not text[m.end():word.start()].strip() and \
        text[m.end() - 1].isalnum() and not _AUXILIARY.fullmatch(word.group()) else m.end()
    # (not "personne n'" + "est poursuivi", "nobody" + "was charged": the verb is a cue)
    hit = _hit("Denial", m)
    return Hit(hit.start, stop, hit.entry, text[hit.start:stop])


def _not_done(lang, text, start, end):
    """A Denial hit when what is said opens with a harm negated ("it had not targeted the
    hospital", "qu'elle n'avait pas visé", "أنه لم يستهدف المدنيين"): on the negation word
    (which then negates the harm cue, not the denial; a state's speaker only)."""
    lex = lexicon(lang)
    neg = lex["negation"].search(text, start, min(end, start + 90))
    if neg is None or _words_between(text, start, neg.start()) > 6:
        return None
    harm = lex["harm"].search(text, neg.end(), min(end, neg.end() + 40))
    if harm is None or _words_between(text, neg.end(), harm.start()) > 1:
        return None     # (not "would not tolerate attacks": the harm is the negated verb)
    return _hit("Denial", neg)


_JUSTIFYING = (("restraint", "Denial"), ("lawful", "Rejection"))


def _justifying(lang, text, start, end):
    """Hits for a state's justification of its act in what is said from ``start``: its
    forces "showed maximum restraint" / "ont fait preuve de retenue" / "التزمت ضبط النفس"
    (a Denial), the arrests "were lawful" / "conformément à la loi" / "وفقا للقانون" (a
    Rejection); not negated, and not wished for ("urged them to show restraint")."""
    lex = lexicon(lang)
    out = []
    end = min(end, start + 40 * _REACH[lang])     # (within 2 x reach words: see below)
    if lex["justify"].search(text, start, end) is None:
        return out      # (one pass over the clause for both kinds: most say neither)
    for kind, rtype in _JUSTIFYING:
        m = lex[kind].search(text, start, end)
        if m is None or _words_between(text, start, m.start()) > 2 * _REACH[lang]:
            continue
        if lex["negation"].search(text, start, m.start()):
            continue
        before = list(_WORD.finditer(text, start, m.start()))[-6:]
        left = before[0].start() if before else m.start()
        if lex["modal"].search(text, left, m.start()):
            continue
        out.append(_hit(rtype, m))
    return out


_AUXILIARY = re.compile(r"was|were|is|are|has|have|had|been|be|will|would|est|etait|sont|"
                        r"etaient|a|ont|avait|avaient|sera|seront|ete")


def _hit(rtype, m):
    return Hit(m.start(), m.end(), Entry(m.group(), rtype, "n", "evaluative"), m.group())


_CHARGE = "charge:"


def _is_charge(lang, text, a, b) -> bool:
    """The judged accusation ``text[a:b]`` is (part of) a prosecution's charge ("the treason
    charges", "l'accusation de trahison")."""
    m = lexicon(lang)["charge"].search(text, max(0, a - 25), b + 25)
    return m is not None and m.start() < b and m.end() > a


def _charge_hit(m):
    """A prosecution's charges judged false ("l'accusation de trahison était infondée", "the
    charges are fabricated"): a condemnation of the prosecution by the speaker, no denial
    (it replaces the Denial cue of the main table on the same words, see :func:`_merge`)."""
    return Hit(m.start(), m.end(), Entry(_CHARGE + m.group(), "Condemnation", "n", "evaluative"),
               m.group())


def _said(lang, text, content, nb, events, limits, others, judged=None, pred_start=None,
          negated_from=None):
    """What is said from ``content`` on: ``[(hit, judged span, state only)]``.

    ``judged``/``pred_start``: the judged thing already found (Arabic "وصف X الشيء بأنه");
    else it is looked for at the start of what is said."""
    lex = lexicon(lang)
    clause = _limit(text, content, nb, ())     # (the clause, whatever cues it holds)
    if judged is None and pred_start is None:
        first = 4 if lang == "ar" else 8
        judged = _judged(lang, text, content, clause, events, first, others)
        pred_start = judged[0] if judged else None
    said = []
    accused = _accusing(lang, text, content, _limit(text, content, nb, limits), clause)
    if accused is not None:
        said.append((accused, (accused.start, accused.start), False))
    nobody = _nobody(lang, text, content, nb) or _not_done(lang, text, content, nb)
    if nobody is not None:
        said.append((nobody, (nobody.start, nobody.start), True))
    motive = lex["notfor"].search(text, content, clause)
    for hit in _justifying(lang, text, content, clause):
        if motive is None or hit.entry.value != "Rejection" or hit.start > motive.start():
            # (only a state's; "jailed for breaking the law and not for their opinions": the
            # motive denied, no second act)
            said.append((hit, (hit.start, hit.start), True))
    if motive is not None and _words_between(text, content, motive.start()) <= 3 * _REACH[lang]:
        # "jugé pour des faits prévus par la loi et non pour son activité": the motive denied
        # (its negation -- "لم يعتقلوا بسبب آرائهم بل ..." -- is the denial's own: see
        # sentence_acts._negated, which leaves evaluative denials to this module)
        said.append((_hit("Denial", motive), (motive.start(), motive.start()), True))
    if judged is not None:
        found = _judgement(lang, text, pred_start, _limit(text, pred_start, nb, limits), judged[1],
                           content if negated_from is None else negated_from)
        if found is not None and found[0] in ("Denial", "Rejection") and \
                _is_charge(lang, text, judged[2], judged[0]):
            said.append((_charge_hit(found[1]), (judged[2], judged[0]), False))
        elif found is not None:
            said.append((_hit(*found), (judged[2], judged[0]), False))
    return said


def _after_speech(lang, text, na, nb, events, limits, speaker_before, state=lambda m: True,
                  verbs=None, others=()):
    """Frame A: a speaker, a speech verb, then the judged thing and the judgement.

    ``verbs``: the speech verbs of the sentence when already found."""
    lex = lexicon(lang)
    out = []
    for v in (lex["speech"].finditer(text, na, nb) if verbs is None else verbs):
        comp = None
        if lang == "ar":
            comp = lex["complementizer"].search(text, v.end(), min(nb, v.end() + 160))
            if comp is None or _words_between(text, v.end(), comp.start()) > 14:
                continue
            if _DESCRIBE["ar"].match(v.group()):
                # "ووصف X الهجوم بأنه ...": the judged thing is the verb's object
                judged = _judged(lang, text, v.end(), comp.start(), events, 14, others)
                said = _said(lang, text, comp.end(), nb, events, limits, others, judged,
                             comp.end(), v.end()) if judged else \
                    _said(lang, text, comp.end(), nb, events, limits, others, None, 0)
            else:
                said = _said(lang, text, comp.end(), nb, events, limits, others)
        else:
            said = _said(lang, text, v.end(), nb, events, limits, others)
        if not said:
            continue
        # who speaks (looked up only when something was said)
        speakers = speaker_before(v.start(), v.end(), comp.start() if comp is not None else None)
        if not speakers:
            continue
        for hit, span, state_only in said:
            if not state_only or all(state(m) for m in speakers):
                out.append((hit, speakers, span))
    return out


def _from_source(lang, text, na, nb, events, limits, speaker_at, state, others):
    """Frame C: "According to X, ...", "Selon X, ...", "Pour X, ...", "بحسب X، ...": X's
    words after the comma."""
    lex = lexicon(lang)
    src = lex["source"].search(text, na, min(nb, na + 24))
    if src is None or _words_between(text, na, src.start()) > 1:
        return []
    speakers = speaker_at(src.end(), nb)
    if not speakers:
        return []
    comma = re.compile(r"[,\u060c]").search(text, speakers[0].end, min(nb, speakers[0].end + 80))
    if comma is None:
        return []
    content = comma.end()
    if lang == "ar":
        lead = re.compile("\\s*(?:\u0641\u0627\u0646|\u0641\u0625\u0646|\u0627\u0646|\u0625\u0646)(?!\\S)").match(text, content)   # فإن
        content = lead.end() if lead else content
    return [(hit, speakers, span)
            for hit, span, state_only in _said(lang, text, content, nb, events, limits, others)
            if not state_only or all(state(m) for m in speakers)]


def _before_speech(lang, text, na, nb, events, limits, quote_open, speaker_after, closings=None,
                   others=(), state=lambda m: True):
    """Frame B: a quotation, then its speaker ('"These sentences are ...," X said').

    ``closings``: the closing quotation marks of the sentence when already found."""
    if lang == "ar":
        return []
    out = []
    for close in (_CLOSING.finditer(text, na, nb) if closings is None else closings):
        speakers = speaker_after(close.start(), nb)
        if not speakers:
            continue
        opening = max(text.rfind(q, na, close.start()) for q in _OPEN_QUOTE if q != '"')
        if '"' in text[na:close.start()]:
            opening = max(opening, text.rfind('"', na, close.start()))
        if opening < 0 and not quote_open:
            continue
        start = opening + 1 if opening >= 0 else na
        accused = _accusing(lang, text, start, close.start())
        if accused is not None:
            out.append((accused, speakers, (accused.start, accused.start)))
        # '"No officer used live ammunition," the minister said': a state's denial, as in frame A
        nobody = _nobody(lang, text, start, close.start()) or _not_done(lang, text, start, close.start())
        if nobody is not None and all(state(m) for m in speakers):
            out.append((nobody, speakers, (nobody.start, nobody.start)))
        judged = _judged(lang, text, start, close.start(), events, 5, others)
        if judged is None:
            continue
        found = _judgement(lang, text, judged[0], close.start(), judged[1], start)
        if found is not None and found[0] in ("Denial", "Rejection") and \
                _is_charge(lang, text, judged[2], judged[0]):
            out.append((_charge_hit(found[1]), speakers, (judged[2], judged[0])))
        elif found is not None:
            out.append((_hit(*found), speakers, (judged[2], judged[0])))
    return out


def _limit(text, start, nb, limits):
    """Where the clause opened at ``start`` ends: the next response cue (its own act),
    a colon, a semicolon or a full stop."""
    end = nb
    i = bisect_left(limits, start)
    if i < len(limits):
        end = min(end, limits[i])
    stop = _CLAUSE_END.search(text, min(end, start + 2), end)  # (not 'said: "..."')
    return stop.start() if stop else end


def judgements(lang, text, sentences, events=(), limits=(), speaker_before=None,
               speaker_after=None, quote_open=None):
    """Hits for the judgements said in reported speech (frames A and B above).

    Same parameters as :func:`judged_by`; only the hits are returned.
    """
    return [hit for hit, _, _ in judged_by(lang, text, sentences, events, limits, speaker_before,
                                        speaker_after, quote_open)]


def judged_by(lang, text, sentences, events=(), limits=(), speaker_before=None,
              speaker_after=None, quote_open=None, state=None, others=(), speaker_at=None):
    """The judgements said in reported speech (frames A and B above), with their speakers.

    Parameters
    ----------
    lang : str
        ``ar``, ``fr`` or ``en``.
    text : str
        The normalised text.
    sentences : list of (int, int)
        Sentence spans in ``text``.
    events : list of (int, int)
        Spans of situation cues (sorted).
    limits : list of int
        Starts of the response cues already found (sorted): a clause ends there.
    speaker_before, speaker_after : callable, optional
        The actors (a list, empty when none) who speak with the verb at ``(start, end,
        complementizer)`` / who name themselves after a quotation closing at ``(pos,
        sentence_end)``. By default any text before the verb (for the doctest only) and
        nobody after a quotation.
    quote_open : callable, optional
        ``quote_open(sentence_start)``: a quotation opened earlier is still open.
    speaker_at : callable, optional
        ``speaker_at(pos, sentence_end)``: the actor named right at ``pos`` (a list), for
        "According to X, ..." (frame C); by default frame C is not read.
    others : list of (int, int)
        Spans of other actors' responses (demonstrations, petitions): never judged things.
    state : callable, optional
        ``state(speaker)``: the speaker acts for a state (only a state denies that anybody
        was harmed); by default every speaker does.

    Returns
    -------
    list of (Hit, list, (int, int))
        Each judgement, the actors who said it and the span of what it judges.
    """
    if speaker_before is None:
        speaker_before = lambda a, b, c: ["speaker"] if a > 0 else []    # noqa: E731
    if speaker_after is None:
        speaker_after = lambda a, b: []           # noqa: E731
    events = sorted(events)
    limits = sorted(limits)
    out = []
    # the speech verbs and closing quotations of the whole text, found once
    verbs = list(lexicon(lang)["speech"].finditer(text))
    verb_starts = [v.start() for v in verbs]
    closings = list(_CLOSING.finditer(text)) if lang != "ar" else []
    closing_starts = [c.start() for c in closings]
    for na, nb in sentences:
        if speaker_at is not None:
            out.extend(_from_source(lang, text, na, nb, events, limits, speaker_at,
                                    state or (lambda m: True), others))
        here = verbs[bisect_left(verb_starts, na):bisect_left(verb_starts, nb)]
        if here:
            out.extend(_after_speech(lang, text, na, nb, events, limits, speaker_before,
                                     state or (lambda m: True), here, others))
        here = closings[bisect_left(closing_starts, na):bisect_left(closing_starts, nb)]
        if here:
            out.extend(_before_speech(lang, text, na, nb, events, limits,
                                      quote_open(na) if quote_open else False, speaker_after,
                                      here, others, state or (lambda m: True)))
    return out
