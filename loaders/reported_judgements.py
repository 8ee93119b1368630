"""French / English judgements in reported speech that the judged-thing frames of
:mod:`.judgement_finders` do not read, for every kind of actor.

1. **A judgement quoted alone**, or opened by a demonstrative: '"A travesty," said X',
   "« Un crime odieux », a réagi X", "« Ce qui s'est passé est inacceptable », a déclaré X":
   what the speaker calls the events it reacts to (SPEC §4: Condemnation).
2. **A description of what happened**: "X described the hangings as a crime against
   humanity", "X called the killings 'a bloodbath'", "X a qualifié ces empoisonnements de
   « crime impardonnable »": the object is an act or an event -- whatever its noun -- and
   the label a ``negative`` word of ``evaluation.tsv`` (Condemnation) or a ``concern`` word
   (ExpressionOfConcern).

Nothing is read when the label is negated or approving, when the object is a person, a
crowd or the speaker's own, or a report or an accusation (a rejection of it, read by
:mod:`.judgement_finders`), nor when the speaker already judges in the sentence.
"""

from __future__ import annotations

import re

from .implicit_lexicon import lexicon
from .quantities import find_date
from .reported_calls import speaker_keys
from .model import Response

__all__ = ["reported_judgement"]

# a quotation that opens the sentence and its closing mark
_OPENING_QUOTE = re.compile(r'\s*(?:"([^"]{2,160})"|\u201c([^\u201d]{2,160})\u201d|\u00ab([^\u00bb]{2,160})\u00bb)')
# a demonstrative or "what happened" opening what is said
_DEMONSTRATIVE = {
    "en": re.compile(r"\s*(?:this|that|it|these|those|what (?:happened|is happening|we saw|we have seen))\b"),
    "fr": re.compile(r"\s*(?:c'est|c'etait|ce sont|ce fut|cela|ceci|ce qui s'est passe|ce qui se passe|"
                     r"ce que nous avons vu|ce qui vient de se passer)(?!\w)"),
}
# the verbs that describe a thing as something ("called it a massacre")
_DESCRIBE = {
    "en": re.compile(r"(?<!\w)(?:called|calls|calling|described|describes|describing|labelled|labeled|branded|"
                     r"termed|characterised|characterized|dubbed|deemed)\s+"),
    "fr": re.compile(r"(?<!\w)(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:qualifie|decrit|juge)|qualifiant|"
                     r"qualifie|qualifient)\s+"),
}
# the object ends where the label begins: "as", "de", a quotation mark
_LABEL = {"en": re.compile(r"\s+as\s+|\s*,?\s*(?=[\"\u201c])"),
          "fr": re.compile(r"\s+(?:de|d'|comme)\s*|\s*(?=[\u00ab\"\u201c])")}
# an object that is a person or a crowd (a label of them accuses: not read here)
_PEOPLE = {"en": re.compile(r"(?<!\w)(?:him|her|them|themselves|he|she|they|protesters|demonstrators|rioters|"
                            r"activists|students|journalists|critics|opponents|people|men|women|group|groups|"
                            r"organisation|organization|movement|party|leaders?|members?)(?!\w)"),
           "fr": re.compile(r"(?<!\w)(?:le|la|les|l'|lui|leur|eux|manifestants|emeutiers|militants|etudiants|"
                            r"journalistes|opposants|critiques|groupe|groupes|organisation|mouvement|parti|"
                            r"dirigeants?|membres?|personnes)(?!\w)")}
_JUDGING = {"Condemnation", "ExpressionOfConcern", "Accusation", "Rejection", "Denial", "Report"}
def _label(lang, norm, a, b):
    """``(type, match)`` of the judgement said in ``norm[a:b]`` (not negated, not approving),
    or None."""
    lex = lexicon(lang)
    best = None
    for kind, rtype in (("negative", "Condemnation"), ("concern", "ExpressionOfConcern")):
        m = lex[kind].search(norm, a, b)
        if m is not None and (best is None or m.start() < best[1].start()):
            best = (rtype, m)
    if best is None or lex["positive"].search(norm, a, b) or lex["accusation"].search(norm, a, best[1].start()):
        return None
    m = best[1]
    existential = re.match(r"(?:\w+\s+)?(?:no|without|aucune?|sans)(?!\w)", m.group())
    if not existential and lex["negation"].search(norm, a, m.start()):
        return None
    return best


def _quoted_alone(reader, na, nb):
    """Frame 1: ``(type, speaker mentions)`` for a quotation opening the sentence that is a
    judgement alone or about "this", named after it, or None."""
    lang = reader.lang
    norm = reader.norm
    q = _OPENING_QUOTE.match(norm, na, nb)
    if q is None:
        return None
    group = next(i for i in (1, 2, 3) if q.group(i) is not None)
    a, b = q.start(group), q.end(group)
    short = len(norm[a:b].split()) <= 6
    demonstrative = _DEMONSTRATIVE[lang].match(norm, a, b)
    if not short and demonstrative is None:
        return None
    start = demonstrative.end() if demonstrative is not None else a
    found = _label(lang, norm, start, b)
    if found is None or (demonstrative is not None and len(norm[start:found[1].start()].split()) > 8):
        return None
    tail = reader.attr.tail_speaker(q.end(), nb)
    if tail is None or not (norm[b - 1:b] == "," or re.match(r"\s*,", norm[q.end():q.end() + 3])):
        return None     # ('"...," said X', '« ... », a réagi X')
    return found[0], reader.attr._expand(tail, nb)


def _described(reader, na, nb):
    """Frame 2: ``(type, speaker mentions)`` for "X described <an act> as <a judgement>",
    or None."""
    lang = reader.lang
    norm = reader.norm
    lex = lexicon(lang)
    for v in _DESCRIBE[lang].finditer(norm, na, nb):
        label = _LABEL[lang].search(norm, v.end(), min(nb, v.end() + 80))
        if label is None or label.start() == v.end():
            continue
        obj = norm[v.end():label.start()]
        if len(obj.split()) > 7 or _PEOPLE[lang].search(obj) or lex["own"].search(obj) or \
                lex["accusation"].search(obj) or lex["speech"].search(obj):
            continue
        if any(not m.key.startswith("place/") and m.kind != "Place"
               for m in reader.attr.in_range(v.end(), label.start())):
            continue    # (an actor named in the object: "called the army's conduct ...", a person)
        words = norm[label.end():nb].split()[:10]
        found = _label(lang, norm, label.end(), min(nb, label.end() + len(" ".join(words)) + 1))
        if found is None:
            continue
        said = reader._sentence_speaker(na, v.end())
        if said:
            return found[0], said
    return None


def reported_judgement(reader, out, s, na, nb, n_before):
    """Add the Condemnation (or ExpressionOfConcern) said in the sentence ``na``-``nb`` by
    the frames of the module docstring.

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

    found = _quoted_alone(reader, na, nb) or _described(reader, na, nb)
    if found is None:
        return
    rtype, speakers = found
    keys = speaker_keys(reader, speakers)
    if not keys:
        return
    tops = {principal(k, reader.gz) for k in keys}
    if any(r.type in _JUDGING and any(isinstance(k, str) and principal(k, reader.gz) in tops for k in r.agents)
           for r in out.responses[n_before:]):
        return      # (its judgement was read from a cue)
    response = Response(type=rtype, agents=keys, evidence=[reader._evidence(s, None, 0.5)], modality="asserted")
    response.date = find_date(reader.norm[na:nb], reader.lang, reader.doc.date)
    out.responses.append(response)
