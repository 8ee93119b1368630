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
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .accused import ACCUSED_TYPES, STATE_ORGAN, LatinOrgans, Organs, defended_hits
from .cues import LANG_DIR, Entry, Hit, Matcher, _normalizer, _read_table
from .model import RESPONSE_TYPES

_KINDS = ("speech", "complementizer", "situation", "negative", "concern", "accusation",
          "falsity", "positive", "negation", "own", "accuse", "none", "notfor", "harm",
          "source", "restraint", "lawful", "modal", "charge", "bias")
_AR_CONJ = r"(?:\u0648|\u0641)?"                          # و ف
_AR_NOUN_PREFIX = r"(?:\u0648|\u0641)?(?:\u0644\u0644|(?:\u0628|\u0644|\u0643)?(?:\u0627\u0644)?)"   # و ف, then لل ب ل ك ال
_OPEN_QUOTE = "\"\u00ab\u201c"
_CLOSE_QUOTE = "\"\u00bb\u201d"
_DESCRIBE = {"en": re.compile(r"(?:described|describes|called|calls|labelled|labeled|branded|termed)$"),
             "fr": re.compile(r"(?:qualifie|a qualifie|ont qualifie)$"),
             "ar": re.compile("(?:\u0648|\u0641)?\u0648\u0635\u0641\\w*$")}    # وصف
_WORD = re.compile(r"\w+")
_CLOSING = re.compile(",\\s*[" + _CLOSE_QUOTE + "]|[" + _CLOSE_QUOTE + "]\\s*,")
_CLAUSE_END = re.compile(r"[;:\u061b]")   # (a full stop inside a sentence is an abbreviation)


class ImplicitError(ValueError):
    """A malformed row in an ``implicit.tsv`` or ``evaluation.tsv`` table."""


def _alternation(words, arabic: bool, prefix: str = "") -> re.Pattern:
    """One expression for a word list, its alternatives grouped by first letter (one branch
    tried per text position instead of all of them)."""
    groups: dict = {}
    for word in sorted(set(words), key=len, reverse=True):
        # ("*" = any ending, on any word of a phrase: "orchestre* depuis l'etranger")
        body = r"\s+".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
                           for w in word.split())
        head = re.escape(word[0])
        groups.setdefault(head, []).append(body[len(head):])
    if not groups:
        return re.compile(r"$^")
    left = r"(?<!\w)" if arabic else r"(?<![\w-])"
    body = "|".join(head + "(?:" + "|".join(rest) + ")" for head, rest in groups.items())
    # (a word ending in an apostrophe, "personne n'", runs on into the next word)
    return re.compile(left + prefix + "(?:" + body + r")(?:(?<=\W)|(?!\w))")


@lru_cache(maxsize=None)
def lexicon(lang: str) -> dict:
    """The compiled word lists of ``evaluation.tsv`` for ``lang``: kind -> pattern."""
    norm = _normalizer(lang)
    arabic = lang == "ar"
    words: dict = {k: [] for k in _KINDS}
    for word, rest in _read_table(LANG_DIR / lang / "evaluation.tsv", norm):
        # _read_table splits the first column; here the kind comes first, the words second
        words.setdefault(word, [])
        for alternative in (rest[0].split("|") if rest else ()):
            alternative = " ".join(norm(alternative.strip()).split())
            if alternative:
                words[word].append(alternative)
    unknown = set(words) - set(_KINDS)
    if unknown:
        raise ImplicitError(f"{lang}/evaluation.tsv: unknown kinds {sorted(unknown)}")
    if arabic:  # the article is in the prefix: "القرار" also as "قرار المحكمة", "بالقرار"
        for kind in ("situation", "accusation", "charge"):
            words[kind] = [w[2:] if w.startswith("\u0627\u0644") and len(w) >= 5 else w
                           for w in words[kind]]
    # ("n'" alone negates nothing: "ne ... pas / jamais / plus" carry the negation, and
    # "qu'aucune communauté n'était visée et que ... « attisées par »" is still said)
    words["negation"] = [w for w in words["negation"] if w[-1:].isalnum()]
    words["justify"] = words["restraint"] + words["lawful"]     # (see _justifying)
    out = {}
    for kind, alternatives in words.items():
        prefix = ""
        if arabic:
            prefix = _AR_CONJ if kind in ("speech", "complementizer", "negation") else _AR_NOUN_PREFIX
        out[kind] = _alternation(alternatives, arabic, prefix)
    return out


@lru_cache(maxsize=None)
def table(lang: str) -> Matcher:
    """The cues of ``implicit.tsv`` for ``lang``, compiled like ``responses.tsv``."""
    norm = _normalizer(lang)
    entries = []
    path = LANG_DIR / lang / "implicit.tsv"
    for cue, rest in _read_table(path, norm):
        rtype = rest[0] if rest else ""
        if rtype not in RESPONSE_TYPES:
            raise ImplicitError(f"{path}: unknown response type {rtype!r}")
        entries.append(Entry(cue, rtype, rest[1] if len(rest) > 1 else "v",
                             rest[2] if len(rest) > 2 else ""))
    return Matcher(entries, lang == "ar")


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
                   others=()):
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
                                      here, others))
    return out


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
                 and not _in_a_name(lang, scan, h)]
    # the state organs the gazetteer does not name (.accused; not attr.is_locative: its
    # answers are cached, and read here before the sentence is)
    is_agent = lambda m: m.kind != "Place" and not m.key.startswith("group/")   # noqa: E731
    organs = Organs(scan, reader.mentions, is_agent) if lang == "ar" else \
        LatinOrgans(lang, scan, reader.mentions, is_agent)
    # ("et rejeté", "et nié": the conjunction is no part of the act, the gap before it shows
    # that the verb is coordinated)
    extra = [Hit(h.start + 3, h.end, h.entry, h.surface[3:]) if h.surface.startswith("et ") else h
             for h in table(lang).find(scan, tokens=tokens)]
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
            if _AR_PARTICIPLE.fullmatch(scan[v_start:v_end]):
                # "نفت X ...، مؤكدة أن": the subject of the sentence's main verb
                return [m for m in before if m.kind != "MediaOutlet"][:1]
            return before[-1:] if before and _words_between(scan, before[-1].end, v_start) <= 3 else []
        na = max(scan.rfind(c, 0, v_start) for c in ".!?\n") + 1
        said = reader._sentence_speaker(na, v_end)
        if said:
            return said
        # "X, whose envoy visited Y in May, said ...": the actor opening the sentence
        return [m for m in attr.in_range(na, min(v_start, na + 80)) if _agent(attr, m)][:1]

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
        return [m]

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
    if lang == "ar":
        extra.extend(defended_hits(scan, sentences, lexicon(lang)["situation"]))
    merged = _merge(resp_hits, extra)
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
            if said and isinstance(said[0], str):
                last = (i, said[0])     # a judgement of an organ ("وقال مصدر أمني إن ...")
            continue
        if h.entry.pos != "v":
            continue
        key = organs.subject(h, *sentences[i])
        if key is None and lang == "ar" and last[0] >= i - 1 and not organs.agents_in(*sentences[i]):
            # "دافع وزير الاتصال ... عن القانون. ونفى أن ...، متهما ...": a sentence that names
            # nobody goes on with the organ of the one before
            key = last[1]
        if key is not None:
            speakers[h.start] = [key]
            last = (i, key)
    return merged


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
