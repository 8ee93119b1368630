"""Protesters named by their noun: a protest took place.

News of a crackdown names the crowd by what it did -- "protesters", "demonstrators",
"manifestants", "المتظاهرين" -- often without any verb of rallying: "hundreds of
demonstrators stormed the prosecutor's office", "des heurts entre des jeunes manifestants
et les forces de l'ordre", "أطلقت قوات الأمن الرصاص على المحتجين", "Two protesters were
wounded". The noun itself says these people protested: ``group/<ISO>/protesters`` holds a
``Demonstration`` (the dev gold annotates it in such stories). :func:`noun_protests` makes
that response for the first such mention of each sentence that has no rally read already;
it is placed like any other response (the situation of its sentence), and
:func:`drop_repeated` removes it when a rally read from a verb gives the same fact.
Protesters named as people executed, tried or prosecuted ("the executions of protesters",
"le procès de 40 manifestants", "إعدام المحتجين") are left out.
"""

from __future__ import annotations

from bisect import bisect_left

import re

from .crowd_objects import _DONE_TO
from .crowds import is_state_actor
from .model import Evidence, Response

__all__ = ["noun_protests", "drop_repeated", "NOUN_CUE"]

# Protesters named as those put to death or on trial ("the executions of protesters", "le
# procès de 40 manifestants", "إعدام المحتجين"): the story is the sentence, not a protest.
_PUNISHED_BEFORE = {
    "en": re.compile(r"\b(?:execut\w*|hang\w*|trials?|trying|tried|death sentences?|sentenc\w*)\s+"
                     r"(?:of\s+|against\s+)?(?:[\w-]+\s+){0,4}$"),
    "fr": re.compile(r"\b(?:execution\w*|execute\w*|pendaisons?|pendu\w*|proces|condamnations?|condamne\w*)\s+"
                     r"(?:[\w-]+\s+){0,3}(?:(?:de|des|d'|contre)\s*)?(?:[\w-]+\s+){0,3}$"),
}
# ... or right after: "Two protesters were hanged", "des manifestants condamnés"
_PUNISHED_AFTER = {
    "en": re.compile(r"\s+(?:who\s+)?(?:(?:were|have been|had been|was)\s+)?(?:executed|hanged|sentenced|"
                     r"condemned)\b"),
    "fr": re.compile(r"\s+(?:(?:ont ete|avaient ete|sont|etaient)\s+)?(?:executes|pendus|condamne(?:e|s|es)?)\b"),
}
_AR_PUNISHED = None


def _punished(norm, lang, start, end):
    """Whether the protesters at ``[start, end)`` are named as people executed, tried or
    prosecuted."""
    global _AR_PUNISHED
    if lang == "ar":
        if _AR_PUNISHED is None:
            from .crowds import _ar_alt
            _AR_PUNISHED = re.compile(r"(?<!\S)[وبل]?(?:ال)?" + _ar_alt("إعدام|محاكمة|محاكمات|أحكام|إعدامات") +
                                      r"\s+(?:\S+\s+){0,2}$")
        return bool(_AR_PUNISHED.search(norm, max(0, start - 40), start))
    rx = _PUNISHED_BEFORE.get(lang)
    if rx is not None and (rx.search(norm, max(0, start - 60), start) or _PUNISHED_AFTER[lang].match(norm, end)):
        return True
    done = _DONE_TO.get(lang)
    return bool(done and done.match(norm, end))

# The cue recorded on the evidence of these responses (tells them from verb-read rallies).
NOUN_CUE = "protest-noun"
_SLUG = "protesters"


def _is_protester(key):
    parts = key.split("/")
    return parts[0] == "group" and parts[-1] == _SLUG


def noun_protests(responses, noted, spans, mentions, starts, to_text, text, norm, lang):
    """``(response, norm position)`` of a rally by protesters for each sentence that names
    protesters by their noun and has no ``Demonstration`` read already.

    Parameters
    ----------
    responses : list of Response
        The responses read so far.
    noted : list of (Response, int or None, int)
        Each response with the index of its sentence (``SituationVotes.responses``).
    spans : list of (int, int, int, Sentence)
        ``(index, norm start, norm end, sentence)`` of the sentences read.
    mentions : list
        The gazetteer mentions of the text (normalised offsets), in text order.
    starts : list of int
        Their start offsets.
    to_text : callable
        Normalised offset -> offset in ``text``.
    text : str
        The document's text (the evidence quotes it).
    norm : str
        The normalised text.
    lang : str

    Returns
    -------
    list of (Response, int)
    """
    if not any(_is_protester(m.key) for m in mentions):
        return []
    live = {id(r) for r in responses}
    # (a rally read with a state as its agent is dropped later: "the government banned all
    # gatherings" holds none)
    rallied = {si for r, si, _ in noted if r.type == "Demonstration" and id(r) in live
               and not all(is_state_actor(k) for k in r.agents)}
    out = []
    for idx, na, nb, s in spans:
        if idx in rallied:
            continue
        j = bisect_left(starts, na)
        while j < len(mentions) and mentions[j].start < nb:
            m = mentions[j]
            j += 1
            if not _is_protester(m.key) or _punished(norm, lang, m.start, m.end):
                continue
            a, b = to_text(m.start), to_text(m.end)
            key = m.key if m.key.count("/") == 2 else "group/" + _SLUG
            ev = Evidence(s.start, s.end, s.text, 0.6, text[a:b] or NOUN_CUE)
            out.append((Response("Demonstration", [key], [ev]), m.start))
            break
    return out


def drop_repeated(responses, made):
    """Remove the responses of :func:`noun_protests` (``made``) whose facts a rally read
    otherwise (or another of them) already gives: same agents, same situation.

    (A rally by another crowd of the same situation does not remove them: "thousands of
    students marched ... police fired on the protesters" may name one crowd twice, but the
    dev gold has both crowds as often as one.)"""
    made_ids = {id(r) for r in made}
    if not made_ids:
        return responses
    held = {(k, r.event) for r in responses if r.type == "Demonstration" and id(r) not in made_ids
            for k in r.agents}
    out = []
    for r in responses:
        if id(r) in made_ids:
            if all((k, r.event) in held for k in r.agents):
                continue
            held |= {(k, r.event) for k in r.agents}
        out.append(r)
    return out
