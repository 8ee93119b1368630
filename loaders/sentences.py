"""Sentence splitting with exact character offsets, for Arabic, French and English.

The splitter never rewrites text: every :class:`~.model.Sentence` satisfies
``text[s.start:s.end] == s.text``. It breaks at blank lines and line ends (headlines,
list items), and inside a paragraph after ``.``, ``!``, ``?``, the Arabic question mark
``؟`` and ``…`` when followed by space and not preceded by a known abbreviation or a
single capital (initials such as ``M.`` or ``J.``).

Examples
--------
>>> from rightsgraph.loaders.sentences import split_sentences
>>> [s.text for s in split_sentences("Le ministre M. Dupont a parlé. Il est parti.\\nFin")]
['Le ministre M. Dupont a parlé.', 'Il est parti.', 'Fin']
"""

from __future__ import annotations

import re

from .model import Sentence

# Abbreviations after which a period does not end a sentence (lower-cased, no period).
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr vs etc inc ltd co corp dept est
no nos fig approx jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e
mm mme mlle me mgr av bd cf p pp art al ex env
""".split())

_TERMINATOR = re.compile(r"[.!?؟…]+[\"'”»)\]]*(?=\s)")
_LINE = re.compile(r"[^\n]+")
_MAX_SENTENCE = 2000  # characters; longer runs are cut at the next whitespace


def _is_abbreviation(paragraph: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    if paragraph[dot] != ".":
        return False
    start = dot
    while start > 0 and (paragraph[start - 1].isalnum() or paragraph[start - 1] == "."):
        start -= 1
    word = paragraph[start:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: "M. Poutine", "J. Smith"
    return word.lower() in _ABBREVIATIONS


def _split_line(text: str, offset: int, line: str):
    pos = 0
    for match in _TERMINATOR.finditer(line):
        if _is_abbreviation(line, match.start()):
            continue
        yield from _emit(text, offset + pos, offset + match.end())
        pos = match.end()
    yield from _emit(text, offset + pos, offset + len(line))


def _emit(text: str, start: int, end: int):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > _MAX_SENTENCE:
        cut = text.rfind(" ", start, start + _MAX_SENTENCE)
        cut = cut if cut > start else start + _MAX_SENTENCE
        yield Sentence(start, cut, text[start:cut])
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield Sentence(start, end, text[start:end])


def split_sentences(text: str, base: int = 0) -> list:
    """Split ``text`` into sentences; offsets are shifted by ``base``.

    Parameters
    ----------
    text : str
        The text to split (the whole document, or a chunk of it).
    base : int
        Offset of ``text`` inside the document, added to every sentence's offsets.

    Returns
    -------
    list of Sentence
    """
    out = []
    for line in _LINE.finditer(text):
        for sentence in _split_line(text, line.start(), line.group()):
            if base:
                sentence = Sentence(sentence.start + base, sentence.end + base, sentence.text)
            out.append(sentence)
    return out
