"""The verbs of protest of a language, read from its table ``lang/<code>/protest_verbs.tsv``.

The table is data (as spaCy keeps its language data apart from code): each row lists cue
alternatives and their kind -- ``verb`` (the act itself: "rallied", "ont manifesté"), ``light``
(a verb that holds a rally noun: "staged a sit-in", "ont entamé une grève"), ``noun`` (those
nouns), ``det`` (the determiners between a light verb and its noun) and, in French,
``adverb`` ("ont de nouveau manifesté"). A ``~lemma`` word stands for every form of the verb
(:func:`.inflect.expand`), ``*`` at the end of a word for any ending and ``..`` for up to three
words. :func:`protest_verb_regex` compiles the forms into one regular expression whose
alternatives share their prefixes (a character trie), so that the many forms cost no more than
the hand-factored expression they replace.

Examples
--------
>>> rx = protest_verb_regex("en")
>>> rx.match("staged a sit-in").group(0)
'staged a sit-in'
>>> rx.match("rallied").group(0)
'rallied'
>>> rx.match("rallying") is None and rx.match("rallies") is None
True
>>> protest_verb_regex("fr").match("se sont de nouveau rassembles").group(0)
'se sont de nouveau rassembles'
"""

from __future__ import annotations

import re
from functools import lru_cache

from .inflect import LANG_DIR, MARK, InflectionError, english_forms, expand

__all__ = ["protest_verb_regex", "protest_forms", "KINDS"]

KINDS = ("verb", "light", "noun", "det", "adverb")
# a word between a light verb and its rally noun ("began an open-ended hunger strike")
_GLUE_WORD = {"en": r"[\w-]+", "fr": r"[\w'-]+"}
_GAP = r"(?:\s+[\w'-]+){0,3}?"
_END, _WS, _STAR = "", " ", "*"


@lru_cache(maxsize=None)
def protest_forms(lang: str) -> dict:
    """``{kind: [form, ...]}`` of ``lang/<lang>/protest_verbs.tsv``, every ``~lemma`` expanded.

    Raises
    ------
    InflectionError
        A row whose kind is not one of :data:`KINDS`.
    """
    path = LANG_DIR / lang / "protest_verbs.tsv"
    out = {kind: [] for kind in KINDS}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cue, _, kind = line.partition("\t")
        kind = kind.strip()
        if kind not in out:
            raise InflectionError(f"{path}: unknown kind {kind!r} in {line!r}")
        for alternative in cue.split("|"):
            alternative = alternative.strip()
            forms = expand(alternative, lang)
            if lang == "en" and alternative.startswith(MARK):
                # (an English -ing form after a noun is a reduced relative or an absolute clause,
                # "with students blocking roads for weeks", not the crowd's own act: a wanted
                # participle is written out, "boycotting")
                # (nor its -s form: a crowd is plural, and "students protests", "opposition rallies"
                # are the plural nouns of a compound)
                third = english_forms(alternative.split()[0].lstrip(MARK))[1]
                forms = [f for f in forms if not f.split()[0].endswith("ing") and f.split()[0] != third]
            out[kind].extend(forms)
    return {kind: list(dict.fromkeys(forms)) for kind, forms in out.items()}


def _atoms(form: str) -> list:
    """A form as trie atoms: its characters, ``*`` (any ending), ``" "`` (a space) and ``..``."""
    atoms = []
    for word in form.split():
        if atoms:
            atoms.append(_WS)
        if word == "..":
            atoms[-1] = ".."
            continue
        atoms.extend(word[:-1] if word.endswith("*") else word)
        if word.endswith("*"):
            atoms.append(_STAR)
    return atoms


def _atom_regex(atom: str, space: str) -> str:
    if atom == _WS:
        return space
    if atom == "..":
        return _GAP
    if atom == _STAR:
        return r"\w*"
    return re.escape(atom)


def _trie_regex(forms, space: str = r"\s+") -> str:
    """One expression matching every form, the longest first where several match at a position."""
    root: dict = {}
    for form in forms:
        node = root
        for atom in _atoms(form):
            node = node.setdefault(atom, {})
        node[_END] = {}

    def emit(node):
        branches = [_atom_regex(a, space) + emit(child) for a, child in node.items() if a != _END]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and _END not in node else "(?:" + "|".join(branches) + ")"
        return body + "?" if _END in node else body

    return emit(root)


@lru_cache(maxsize=None)
def protest_verb_regex(lang: str):
    """The compiled verb of protest of ``lang`` (None when it has no table): a ``verb`` form,
    or a ``light`` form, a determiner, up to two words and a rally ``noun``, then no word
    character."""
    forms = protest_forms(lang)
    if not forms["verb"] and not forms["light"]:
        return None
    space = r"\s+"
    if forms["adverb"]:
        space = r"\s+(?:" + _trie_regex(forms["adverb"]) + r"\s+)?"
    glue = _GLUE_WORD.get(lang, r"[\w'-]+")
    det = r"(?:" + _trie_regex(forms["det"]) + r"\s+)?" if forms["det"] else ""
    light = (_trie_regex(forms["light"], space) + r"\s+" + det + r"(?:" + glue + r"\s+){0,2}"
             + _trie_regex(forms["noun"]))
    return re.compile(r"(?:" + _trie_regex(forms["verb"], space) + "|" + light + r")(?!\w)")
