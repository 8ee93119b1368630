"""An "insisted that" followed by a statement of fact asserts, it does not demand.

"The minister insisted that the detainees be released" asks for something (Demand), but
"Defense Minister X insisted that the armed forces 'did not fire a single bullet'", "the
Prime Minister insisted that 'nobody has been evicted'", "Il a insisté sur le fait que les
forces n'avaient pas tiré" state a fact: a negated one is a Denial of the abuse (SPEC §4:
"denies the abuse or responsibility"), any other is only speech (no act read from it). The
mood tells them apart: a subjunctive or a duty after "that / que" ("be released", "should",
"must", "soient libérés", "doit") keeps the Demand; an indicative finite verb ("is", "was",
"had", "did not", "n'ont pas", "était") makes it an assertion.
"""

from __future__ import annotations

import re

from .cues import Entry, Hit
from .extract_patterns import _CLAIM_AFTER

# the demand cues read here: "insisted that", "insists that", "a insisté (sur le fait) que",
# "insiste"; "insisted on" (a noun: "insisted on the release") and "insiste pour que" stay Demands
_INSIST = {
    "en": re.compile(r"insist(?:ed|s)?\s+that$"),
    "fr": re.compile(r"(?:a\s+|ont\s+|avait\s+)?insist(?:e|ent|é)$"),
}
# what follows the French cue before the clause: "sur le fait que", "que", ":"
_FR_THAT = re.compile(r"\s*(?:,\s*)?(?:sur\s+le\s+fait\s+qu(?:e\s+|')|qu(?:e\s+|')|:\s*)")
_CLAUSE = 130
# a quotation closed right before the cue: "», a-t-il insisté", "», a insisté le ministre"
_QUOTE_BEFORE = re.compile(r"[\u00bb\"\u201d]\s*,?\s*(?:a-t-(?:il|elle)\s+|ont-(?:ils|elles)\s+|a\s+|ont\s+)?$")
_STOP = re.compile(r"[.!?;\n]")

# a wish or a duty in the clause: the Demand stands
_WISH = {
    "en": re.compile(r"\b(?:be|should|must|ought|needs?\s+to|have\s+to|has\s+to|immediately\s+release|release|"
                     r"free|stop|end|allow|lift)\b"),
    "fr": re.compile(r"\b(?:soit|soient|doit|doivent|devait|devaient|faut|puisse|puissent|fasse|fassent|"
                     r"cesse|cessent|libere|liberent)\b"),
}
# an indicative finite verb: a statement of fact
_FACT = {
    "en": re.compile(r"\b(?:is|are|was|were|has|had|have|did|does|do|will|would|could|can|acted|fired|"
                     r"killed|used|targeted|happened|occurred|remains?|remained)\b|n't\b"),
    "fr": re.compile(r"\b(?:est|sont|etait|etaient|a|ont|avait|avaient|sera|seront|serait|n'|ne)\b|\bn'"),
}
# a negated fact: the abuse is denied
_NEGATED = {
    "en": re.compile(r"\b(?:not|no|nobody|never|none|nothing|no\s+one|neither)\b|n't\b"),
    "fr": re.compile(r"\b(?:ne|n'|aucun|aucune|jamais|personne|rien|nullement)\b|\bn'|\bpas\b"),
}


def insisted_verdict(lang, text, hit):
    """``hit`` itself, retyped Denial, or ``None`` for an "insisted that" that states a fact.

    Parameters
    ----------
    lang : str
        Document language.
    text : str
        The normalised text the cue was matched in (lower case, French accents removed).
    hit : Hit
        A response cue hit.

    Returns
    -------
    Hit or None
        ``hit`` unchanged unless it is a Demand read from "insisted that" ("a insisté") whose
        clause holds an indicative verb before any wish or duty: then a Denial when the clause
        is negated, ``hit`` when it claims lawful conduct ("had acted with restraint", which
        the sentence reader types Denial), else ``None`` (speech, no act).

    Examples
    --------
    >>> from rightsgraph.loaders.cues import Entry, Hit
    >>> t = 'he insisted that "nobody has been evicted".'
    >>> insisted_verdict("en", t, Hit(3, 16, Entry("insisted that", "Demand", "v", ""), "insisted that")).entry.value
    'Denial'
    >>> t = "he insisted that the detainees be released."
    >>> insisted_verdict("en", t, Hit(3, 16, Entry("insisted that", "Demand", "v", ""), "insisted that")).entry.value
    'Demand'
    """
    pattern = _INSIST.get(lang)
    if pattern is None or hit.entry.value != "Demand" or not pattern.search(hit.surface.lower()):
        return hit
    start = hit.end
    quoted = _QUOTE_BEFORE.search(text, max(0, hit.start - 30), hit.start) if lang == "fr" else None
    if quoted is not None:
        # "« Il n'y a eu ni exécution ni règlement de comptes », a-t-il insisté": the quote is the clause
        opening = max(text.rfind(q, max(0, quoted.start() - 400), quoted.start()) for q in "\u00ab\"\u201c")
        if opening < 0:
            return hit
        clause = text[opening + 1:quoted.start()]
    else:
        if lang == "fr":
            that = _FR_THAT.match(text, start)
            if that is None:
                return hit
            start = that.end()
        stop = _STOP.search(text, start, min(len(text), start + _CLAUSE))
        clause = text[start:stop.start() if stop else min(len(text), start + _CLAUSE)]
    fact = _FACT[lang].search(clause)
    wish = _WISH[lang].search(clause)
    if fact is None or (wish is not None and wish.start() < fact.start()):
        return hit
    if _NEGATED[lang].search(clause):
        return Hit(hit.start, hit.end, Entry(hit.entry.cue, "Denial", hit.entry.pos, hit.entry.note), hit.surface)
    if _CLAIM_AFTER[lang].match(text, hit.end):
        return hit      # "insisted that the police had acted with restraint": read as a Denial (sentence_acts.py)
    return None


# media items that carry a call: "des messages audio appelant à", "videos calling for",
# "مقاطع تدعو إلى"; their author is unnamed or the accused, never the sentence's subject
# (banners, slogans and leaflets are not here: "des banderoles réclamant sa libération" is
# the demand of the crowd that carries them)
_MEDIA_BEFORE = {
    "en": re.compile(r"\b(?:videos?|clips?|posts|tweets|messages|recordings|audio)\s+(?:\w+\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:videos?|messages?|publications|tweets|enregistrements|posts)\s+"
                     r"(?:audio\s+|video\s+|\w+\s+)?$"),
    "ar": re.compile(r"(?<!\S)[وب]?(?:ال)?(?:مقاطع|فيديوهات|منشورات|تغريدات|رسائل|تسجيلات|منشور|مقطع|تسجيل)"
                     r"(?:\s+(?:صوتي[هة]?|مصور[هة]?|فيديو))?\s+$"),
}


def media_call(lang, text, hit):
    """True when the Demand ``hit`` is said by media items, not by an actor.

    Parameters
    ----------
    lang : str
        Document language.
    text : str
        The normalised text the cue was matched in.
    hit : Hit
        A response cue hit.

    Returns
    -------
    bool
        A Demand right after a plural media noun ("des messages audio appelant une
        communauté à", "videos calling for", "بعد انتشار مقاطع تدعو إلى"): what the clips
        say is no act of the sentence's subject (the police who arrested their author, the
        unit that blocked the platform).

    Examples
    --------
    >>> from rightsgraph.loaders.cues import Entry, Hit
    >>> media_call("en", "over videos calling for protests", Hit(12, 23, Entry("calling for", "Demand", "v", ""), "calling for"))
    True
    >>> media_call("en", "amnesty issued a statement calling for", Hit(27, 38, Entry("calling for", "Demand", "v", ""), "calling for"))
    False
    """
    pattern = _MEDIA_BEFORE.get(lang)
    return pattern is not None and hit.entry.value == "Demand" and \
        bool(pattern.search(text, max(0, hit.start - 40), hit.start))


_INSIST_CUE = re.compile(r"insist", re.I)


def monitors_deny_nothing(out, kind_of):
    """Drop NGOs, IGOs and news outlets from Denials read from "insisted" (changed in place).

    "« Il n'y avait aucune cible militaire dans le théâtre », insiste Agnès Callamard": a
    monitor insisting on a negated fact states a finding about the abuse, it denies no abuse
    of its own (SPEC §4 Denial: "denies the abuse or responsibility"); a government's
    spokesman insisting that "there was no execution" keeps the Denial.

    Parameters
    ----------
    out : Extraction
        The responses read so far.
    kind_of : callable
        Actor key -> actor kind.
    """
    kept = []
    for r in out.responses:
        if r.type == "Denial" and r.evidence and all(_INSIST_CUE.search(e.cue or "") for e in r.evidence):
            r.agents = [a for a in r.agents
                        if kind_of(a) not in ("NGO", "IntergovernmentalOrganization", "MediaOutlet")]
            if not r.agents:
                continue
        kept.append(r)
    out.responses[:] = kept
