"""Tables and patterns of :mod:`.implicit`: the kinds of ``evaluation.tsv`` rows, quote
and clause patterns, the Arabic prefixes of a word, :class:`ImplicitError`, and the loading
of the lexicons (:func:`lexicon` from ``evaluation.tsv``, :func:`table` from
``implicit.tsv``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .cues import LANG_DIR, Entry, Matcher, _normalizer, _read_table
from .inflect import expand_rows
from .model import RESPONSE_TYPES

_KINDS = ("speech", "complementizer", "situation", "negative", "concern", "accusation",
          "falsity", "positive", "negation", "own", "accuse", "none", "notfor", "harm",
          "source", "restraint", "lawful", "modal", "charge", "bias", "obligation", "remedy")
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
    """The cues of ``implicit.tsv`` for ``lang``, compiled like ``responses.tsv`` (``~lemma``
    alternatives expanded to every form of the verb, :func:`.inflect.expand_rows`)."""
    norm = _normalizer(lang)
    entries = []
    path = LANG_DIR / lang / "implicit.tsv"
    for cue, rest in expand_rows(_read_table(path, norm), lang):    # ("~charger": every form)
        rtype = rest[0] if rest else ""
        if rtype not in RESPONSE_TYPES:
            raise ImplicitError(f"{path}: unknown response type {rtype!r}")
        entries.append(Entry(cue, rtype, rest[1] if len(rest) > 1 else "v",
                             rest[2] if len(rest) > 2 else ""))
    return Matcher(entries, lang == "ar")
