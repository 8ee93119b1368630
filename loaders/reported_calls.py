"""French / English calls said as an obligation in reported speech, with no response verb.

"Human Rights Watch said the officers must be held accountable", "The State Department
said the reports should be investigated thoroughly", '"The authorities need to release
them now," said X', "Selon Amnesty, les autorités doivent libérer les détenus", "« Il est
urgent de mettre fin à l'impunité », a déclaré X", "X a estimé que le gouvernement devait
abandonner les poursuites": an actor who says that someone *must* do something asks it to
(SPEC §4: Demand), whatever kind of actor speaks.

What is read, and what is not:

- an ``obligation`` word of ``lang/<code>/evaluation.tsv`` (must, should, needs to, it is
  time to, doit, devrait, il faut, il est urgent de ...) followed -- past adverbs, a
  negation or a passive auxiliary -- by a ``remedy`` verb (release, investigate, hold
  accountable, lift, libérer, enquêter, mettre fin ...): "the trial should resume on
  Monday", "il devrait être jugé lundi", "must have been killed" ask nothing;
- the speaker's own plans are no call: a first-person or "it" subject ("we must", "it
  should", "nous devons"), or a state speaker naming itself ("the government said the
  government must ...");
- what is said is the speaker's: the obligation is in the complement of "X said", "X a
  estimé que", after "According to X," / "Selon X,", or in a quotation whose speaker is
  named after it ('"...," said X') or before it, or that goes on from the last sentence;
- one call per speaker and sentence, none when the speaker already asks something in it.
"""

from __future__ import annotations

import re

from .implicit_lexicon import lexicon
from .quantities import find_date
from .model import Response

__all__ = ["reported_call"]

# between the obligation and the verb asked: adverbs, a negation, a passive auxiliary
_BETWEEN = {
    "en": re.compile(r"(?:\s+(?:not|also|now|immediately|urgently|instead|therefore|still|first|promptly|swiftly|"
                     r"quickly|fully|genuinely|seriously|finally|at once|no longer|never|then|rather|be|"
                     r"thoroughly|independently|publicly|unconditionally|either))*\s+"),
    "fr": re.compile(r"(?:\s+(?:ne|n'|pas|plus|jamais|donc|aussi|immediatement|d'urgence|sans delai|desormais|"
                     r"enfin|maintenant|egalement|rapidement|etre|y|se|s'|le|la|les|l'|leur|lui|en|"
                     r"imperativement|absolument|publiquement|sans condition)(?=\s|$))*\s*"),
}
# a first-person or a self-designating subject: the speaker's own plans
_OWN_SUBJECT = {
    "en": re.compile(r"(?:^|\s)(?:i|we|it|he|she|you)\s*$"),
    "fr": re.compile(r"(?:^|\s)(?:je|j'|nous|on|vous)\s*$"),
}
# a passive auxiliary right after the obligation ("they must be released")
_PASSIVE = {"en": re.compile(r"\s+(?:\w+\s+)?be\b"), "fr": re.compile(r"\s+(?:\w+\s+)?etre\b")}
# obligations that open a clause of their own ("it is time to", "il est urgent de") reach further
_IMPERSONAL = re.compile(r"^(?:it|the time|il|le moment)\b")
# the people a state orders about (its orders are no calls in reply to an abuse)
_CROWD = {"en": re.compile(r"\b(?:protesters|demonstrators|rioters|residents|citizens|people|the public|"
                          r"organisers|organizers|participants|students|activists|migrants|those)\b"),
          "fr": re.compile(r"(?<!\w)(?:manifestants|emeutiers|habitants|citoyens|population|organisateurs|"
                          r"participants|etudiants|militants|migrants|ceux)(?!\w)")}
_QUOTES_OPEN = "\"\u00ab\u201c"
_QUOTES_CLOSE = "\"\u00bb\u201d"
_SPEAKING_KINDS = ("Government", "GovernmentBody", "Official", "Person", "NGO",
                   "IntergovernmentalOrganization", "Group")


def speaker_keys(reader, found):
    """The actor keys of the speaker mentions (or keys) ``found`` that may call or judge: not a
    crowd, and acting for a state, a person, an NGO, an IGO or a party (also used by
    :mod:`.reported_judgements`)."""
    from .principals import principal

    keys = []
    for x in found:
        key = x if isinstance(x, str) else reader._contextual(x.key, x.start)
        kind = getattr(reader.gz.actor(principal(key, reader.gz)), "kind", None)
        if key not in keys and not key.startswith("group/") and kind in _SPEAKING_KINDS:
            keys.append(key)
    return keys


def _asks(lang, norm, m, nb, lex):
    """True when the obligation ``m`` is followed by a verb that asks for a remedy."""
    if _IMPERSONAL.match(m.group()):
        words = norm[m.end():min(nb, m.end() + 90)].split()[:10]
        tail = " " + " ".join(words)
        return any(lex["remedy"].match(tail, i) for i in range(len(tail)) if tail[i - 1:i] == " ")
    gap = _BETWEEN[lang].match(norm, m.end(), nb)
    pos = gap.end() if gap else m.end()
    return lex["remedy"].match(norm, pos, nb) is not None


def _quote_start(norm, na, pos):
    """Where the quotation open at ``pos`` in the sentence starting at ``na`` begins, or -1."""
    text = norm[na:pos]
    start = -1
    straight = text.count('"') % 2 == 1
    for i, c in enumerate(text):
        if c in "\u00ab\u201c":
            start = na + i
        elif c in "\u00bb\u201d":
            start = -1
    if straight:
        start = max(start, na + text.rfind('"'))
    return start


def _speakers(reader, na, nb, m, quote_open, carried):
    """The mentions (or keys) of who says the obligation ``m``, or []."""
    attr = reader.attr
    if quote_open >= 0 or carried:
        tail = attr.tail_speaker(m.end(), nb)
        if tail is not None:
            return attr._expand(tail, nb)
        if quote_open > na:
            before = reader._sentence_speaker(na, quote_open)
            if before:
                return before
        if carried and attr.last_agents and attr.speaker_ttl:
            return list(attr.last_agents)
        return []
    lex = lexicon(reader.lang)
    src = lex["source"].search(reader.norm, na, min(nb, na + 24))
    if src is not None and not reader.norm[na:src.start()].strip(" \"\u00ab\u201c"):
        named = [x for x in attr.in_range(src.end(), min(nb, src.end() + 40))[:1]
                 if not x.key.startswith("group/") and x.kind != "Place"]
        if named and "," in reader.norm[named[0].end:m.start()]:
            return named
    said = reader._sentence_speaker(na, m.start())
    if said:
        return said
    tail = attr.tail_speaker(m.end(), nb)
    return attr._expand(tail, nb) if tail is not None else []


def reported_call(reader, out, s, na, nb, n_before):
    """Add a Demand for a call said as an obligation in the sentence ``na``-``nb`` (see the
    module docstring).

    Parameters
    ----------
    reader : extract._Reader
        The reader of the document (its ``norm``, ``gz``, ``lang``, ``attr``).
    out : Extraction
        Responses read so far; the new one is appended.
    s : Sentence
        The sentence (for the evidence).
    na, nb : int
        The sentence's span in the normalised text.
    n_before : int
        Number of responses before the sentence was read.
    """
    from .principals import principal

    lang = reader.lang
    lex = lexicon(lang)
    norm = reader.norm
    first = lex["obligation"].search(norm, na, nb)
    if first is None:
        return
    carried = bool(reader.attr.in_quote) or norm[na:na + 2].lstrip()[:1] in _QUOTES_OPEN
    for m in lex["obligation"].finditer(norm, first.start(), nb):
        if not _asks(lang, norm, m, nb, lex):
            continue
        if _OWN_SUBJECT[lang].search(norm, max(na, m.start() - 6), m.start()) and \
                not _PASSIVE[lang].match(norm, m.end()):
            continue
        quote_open = _quote_start(norm, na, m.start())
        found = _speakers(reader, na, nb, m, quote_open, carried and quote_open < 0 and
                          not any(c in norm[na:m.start()] for c in _QUOTES_CLOSE))
        keys = speaker_keys(reader, found)
        if not keys:
            continue
        tops = {principal(k, reader.gz) for k in keys}
        # the speaker's own obligation ("the government said the government must ..." )
        subject_from = max([x.end for x in found if not isinstance(x, str)] + [na])
        subject = reader.attr.in_range(subject_from, m.start())
        if any(principal(reader._contextual(x.key, x.start), reader.gz) in tops for x in subject):
            continue
        state = all(t.split("/")[0] in ("gov", "body", "official") for t in tops)
        if state and (any(x.key.startswith("group/") for x in subject) or
                      _CROWD[lang].search(norm, subject_from, m.start())):
            continue    # ("the minister said protesters must respect the law": an order, no call)
        if any(r.type == "Demand" and any(isinstance(k, str) and principal(k, reader.gz) in tops
                                          for k in r.agents) for r in out.responses[n_before:]):
            return      # (its call was read from a cue)
        response = Response(type="Demand", agents=keys, evidence=[reader._evidence(s, None, 0.5)],
                            modality="asserted")
        response.date = find_date(norm[na:nb], lang, reader.doc.date)
        out.responses.append(response)
        return
