"""French: a state's speaker who says that the abuse did not happen, with no denial verb.

"L'armée affirme que le journaliste « n'a subi aucune forme de torture »", "Le ministre a
assuré qu'il n'y avait eu « aucune altercation »", "« Aucun agent n'a reçu l'ordre
d'utiliser des armes létales », a rétorqué le ministre", "Selon une source policière,
« aucune violence n'a été exercée »", "le ministère avait assuré ... qu'aucune victime
civile n'était à déplorer": what a government says is a Denial (SPEC §4) when it negates a
harm (a ``harm`` word of ``lang/fr/evaluation.tsv``: tué, torture, violence, l'ordre de
tirer ...) or an accusation made against it (an ``accuse`` word: mercenaires, manipulés
...) -- wherever the negation stands in what is said, which :mod:`.judgement_finders`
reads only at its very start.

What is read, and what is not:

- the negation (ne ... pas / jamais / aucun / en aucun cas / nullement / il n'y a pas) is
  followed, within a few words, by the harm, or "aucun(e)" is followed by it ("aucun civil
  n'a été tué");
- it is said: in the complement of an assertion verb (assurer, affirmer, soutenir, répéter,
  rétorquer, réitérer ... que), after "Selon X,", or in a quotation whose speaker is named
  (:func:`.reported_calls._speakers`);
- every speaker acts for a state (a government, its organs or officials);
- no refusal or warning ("il ne tolérera aucune violence", "ne sera pas poursuivi":
  a verb of will or a future between), and no denial already read for it in the sentence.
"""

from __future__ import annotations

import re

from .implicit_lexicon import lexicon
from .model import Response
from .quantities import find_date
from .reported_calls import _quote_start, _speakers

__all__ = ["fr_state_denial"]

# a negation of what is said (cheap gate for the sentence first)
_NEGATION = re.compile(r"(?<![\w-])(?:pas|jamais|aucun|aucune|aucunement|nullement|en aucun cas|"
                       r"rien|personne n'|nul n')(?!\w)")
# the harm must follow the negation closely (words between, quotation marks ignored)
_REACH = 6
_WORD = re.compile(r"\w\w+")
# an assertion verb and its complementizer before what is said
_ASSERTED = re.compile(r"(?<!\w)(?:a|ont|avait|avaient|a-t-il|a-t-elle)?\s*(?:assure|affirme|soutenu|soutient|"
                       r"soutiennent|reitere|repete|retorque|replique|martele|insiste|indique|declare|precise|"
                       r"explique|ajoute|garanti|certifie|jure|maintenu|maintient|assurant|affirmant|soutenant|"
                       r"precisant|expliquant|ajoutant|indiquant|declarant|insistant|assure|affirment|assurent)"
                       r"\s+(?:\w+\s+)?(?:que|qu')")
_CLAUSE_BREAK = re.compile(r"[.;:!?]")
# a refusal, a warning or a promise, not a denial ("ne tolérera aucune violence")
_WILL = re.compile(r"(?<!\w)(?:toler\w*|accept\w*|permet\w*|permettr\w*|laisser\w*|laisse|autoris\w*|"
                   r"sera|seront|serait|seraient|pourra|pourront|pourrait|pourraient|va|vont|doit|doivent|"
                   r"devra|devront|faut|cessera\w*|renonce\w*|cede\w*|negoci\w*|cherch\w*|souhait\w*|"
                   r"veut|voulons|veulent)(?!\w)")


def _harm_after(lex, norm, neg, nb):
    """The harm or accusation word that the negation ``neg`` negates, or None."""
    end = min(nb, neg.end() + 80)
    for kind in ("harm", "accuse"):
        m = lex[kind].search(norm, neg.end(), end)
        if m is not None and len(_WORD.findall(norm, neg.end(), m.start())) <= _REACH:
            if not _WILL.search(norm, max(0, neg.start() - 25), m.start()):    # ("ne seront pas")
                return m
    return None


def _said(norm, na, pos, quote_open):
    """What makes ``pos`` part of what a speaker says: True in a quotation or after "Selon
    X,", the assertion verb's match when it is in the complement of one (same clause), else
    None."""
    if quote_open >= 0:
        return True
    before = norm[na:pos]
    last = _asserted_before(norm, na, pos)
    if last is not None:
        return last
    return True if re.match(r"\s*(?:selon|d'apres)\s", before) is not None and "," in before else None


def _asserted_before(norm, na, pos):
    """The last assertion verb before ``pos`` in its clause (a quotation opened after it:
    "a assuré que les détenus « n'ont subi aucune violence »"), or None."""
    last = None
    for last in _ASSERTED.finditer(norm, na, pos):
        pass
    return last if last is not None and not _CLAUSE_BREAK.search(norm, last.end(), pos) else None


def _subject_before(reader, na, verb):
    """The actor named right before the assertion verb ``verb`` in its clause ("le ministère
    de la défense avait alors assuré que"), as a list (empty when none)."""
    norm = reader.norm
    start = max([na] + [m.end() for m in _CLAUSE_BREAK.finditer(norm, na, verb.start())])
    near = [m for m in reader.attr.in_range(start, verb.start())
            if m.kind != "Place" and not m.key.startswith("group/") and not reader.attr.is_locative(m)]
    if near and len(_WORD.findall(norm, near[-1].end, verb.start())) <= 3:
        return near[-1:]
    return []


def _state_keys(reader, found):
    """The actor keys of the speakers ``found`` when every one acts for a state (a
    government, one of its bodies or officials), else []."""
    from .principals import principal

    keys = []
    for x in found:
        key = x if isinstance(x, str) else reader._contextual(x.key, x.start)
        top = principal(key, reader.gz)
        titled = not isinstance(x, str) and x.kind == "Official" and key.startswith("person/") and \
            getattr(reader.gz.actor(key), "represents", None) is None    # "le ministre de la Sécurité, X"
        if top.startswith(("org/", "group/")) or not (titled or key.startswith(("gov/", "body/", "official/"))):
            return []
        if key not in keys:
            keys.append(key)
    return keys


def fr_state_denial(reader, out, s, na, nb, n_before):
    """Add a Denial by a state's speaker who negates a harm in what he says in the sentence
    ``na``-``nb`` (see the module docstring).

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

    if reader.lang != "fr":
        return
    norm = reader.norm
    if _NEGATION.search(norm, na, nb) is None:
        return
    lex = lexicon("fr")
    carried = bool(reader.attr.in_quote) or norm[na:na + 2].lstrip()[:1] in "\"\u00ab\u201c"
    for neg in _NEGATION.finditer(norm, na, nb):
        if _harm_after(lex, norm, neg, nb) is None:
            continue
        quote_open = _quote_start(norm, na, neg.start())
        said = _said(norm, na, neg.start(), quote_open)
        if said is None and not carried:
            continue
        found = _speakers(reader, na, nb, neg, quote_open, carried and quote_open < 0 and
                          not any(c in norm[na:neg.start()] for c in "\"\u00bb\u201d"))
        verb = said if said is not None and said is not True else _asserted_before(norm, na, neg.start())
        if not found and verb is not None:
            found = _subject_before(reader, na, verb)
        keys = _state_keys(reader, found)
        if not keys:
            return      # (nobody, or not only a state's speakers)
        tops = {principal(k, reader.gz) for k in keys}
        if any(r.type in ("Denial", "Rejection") and any(
                isinstance(k, str) and principal(k, reader.gz) in tops for k in r.agents)
               for r in out.responses[n_before:]):
            return      # (its denial was read from a cue)
        response = Response(type="Denial", agents=keys, evidence=[reader._evidence(s, None, 0.5)],
                            modality="asserted")
        response.date = find_date(norm[na:nb], "fr", reader.doc.date)
        out.responses.append(response)
        return
