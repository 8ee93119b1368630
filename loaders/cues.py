"""Cue lexicons: loading the per-language tables and matching them in normalised text.

Each language folder ``loaders/lang/<code>/`` holds five tab-separated tables (data, not
code, in the spirit of spaCy's language data):

``responses.tsv``
    cue, response type (one of :data:`~.model.RESPONSE_TYPES`), part of speech
    (``v`` verb / ``n`` noun), note (``artifact`` marks a joint artifact such as a letter).
``negation.tsv``
    cue, kind: ``pre`` (negates a response cue that follows closely), ``exclusion``
    ("but not X": the actors after it are not part of the act) or ``nonact`` (a phrase
    such as "declined to comment" that reports no act).
``modality.tsv``
    cue, modality (``considered``, ``threatened``, ``announced``, ``requested``), position.
``boilerplate.tsv``
    marker, how (``start``: a line starting with it is boilerplate; ``line``: a short line
    containing it is boilerplate).
``events.tsv``
    cue, rg:Event subclass.

Cue syntax: alternatives separated by ``|``; a word ending in ``*`` matches any ending;
``..`` is a gap of up to three words; words are separated by any white space; a French or
English word ``~lemma`` (``~~lemma``: with the bare past participle) is typed as every form
of that verb (:mod:`.inflect`) when the table is loaded. Cues are
normalised with the language's length-preserving ``normalize`` before compilation, and
Arabic cues also accept the proclitics و ف ب ل ك ال لل and the usual suffixes, so a stem
covers most conjugations and clitic forms.

Everything is compiled once per process (at the first use of a language): one small
expression per cue, indexed by the first letters of its first word, so matching a
document is one pass over its word tokens per table.

Examples
--------
>>> from rightsgraph.loaders.cues import get_cues
>>> cues = get_cues("en")
>>> [(m.entry.value, m.surface) for m in cues.responses.find("Canada condemned the arrests.")]
[('Condemnation', 'condemned'), ('UseOfForce', 'arrests')]
"""

from __future__ import annotations

import importlib
from bisect import bisect_left
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import is_not, itemgetter
from pathlib import Path

from .inflect import expand_rows
from .model import RESPONSE_TYPES

LANG_DIR = Path(__file__).parent / "lang"
LANGUAGES = ("ar", "fr", "en")
SKIP = "\u0640"

_AR_PREFIX = r"(?:[\u0648\u0641])?(?:\u0644\u0644|\u0627\u0644|[\u0628\u0644\u0643]\u0627\u0644|[\u0628\u0644\u0643\u0633])?"
_AR_SUFFIX = (r"(?:\u062a\u0645\u0627|\u062a\u0645|\u0648\u0627|\u0648\u0646|\u064a\u0646|\u0627\u0646|"
              r"\u0627\u062a|\u0647\u0627|\u0647\u0645\u0627|\u0647\u0645|\u0647\u0646|\u0646\u0627|"
              r"\u0647|\u0627|\u062a)?")
_AR_VERB_PREFIX = r"(?:[\u0648\u0641])?(?:\u0633)?"
# a gap may end on an opening quote: "expressed .. concern" in 'expressed its "deep concern"'
# a gap does not cross the end of a sentence ("a moura. bamako a dementi" is no "a .. dementi")
# nor a line end (a headline: "ألمانيا تمنح اللجوء\n\nمنحت ألمانيا حق اللجوء" hid the second cue)
_GAP_WORD = r"[^\s.!?;\u061f]+(?:\.[^\s.!?;\u061f]+)*"
_GAP = r"(?:[^\S\n]+" + _GAP_WORD + r"){0,4}?[^\S\n]+(?:[\"«“]|[a-z]{1,2}')?"    # or an elided article: "expulse* .. ambassadeur" in "expulser l'ambassadeur"
# verb-subject order puts the subject inside the phrase; the gap does not cross a comma
# before a coordinated clause ("التي أرسل لإدارتها، وأمر بتشكيل لجنة تحقيق" is no "أرسل .. لجنة تحقيق")
# nor a complementizer ("نشرت تقريرا كشفت فيه أن قوات": no "نشر .. قوات")
_AR_GAP = r"(?:[^\S\n]+(?![^\s،,]*[،,]\s+[وف])(?!(?:ان|انه|انها|انهم|بان|بانه|بانها)\s)" + _GAP_WORD + r"){0,7}?[^\S\n]+[\"«“]?"


@dataclass(frozen=True)
class Entry:
    """One row of a cue table."""

    cue: str            # the alternative as written (normalised)
    value: str          # response type, negation kind, modality, event class...
    pos: str = ""
    note: str = ""


@dataclass(frozen=True)
class Hit:
    """A cue found in a text: ``[start, end)`` offsets into that text."""

    start: int
    end: int
    entry: Entry
    surface: str


@lru_cache(maxsize=None)
def _normalizer(lang: str):
    try:
        module = importlib.import_module(f"rightsgraph.loaders.lang.{lang}.normalize")
        return module.normalize
    except ImportError:  # pragma: no cover - the normalisers ship with the package
        return str.lower


def _word_pattern(word: str, arabic: bool, verb: bool = False) -> str:
    star = word.endswith("*")
    word = word.rstrip("*")
    body = re.escape(word)
    if arabic and any("\u0600" <= c <= "\u06ff" for c in word):
        if verb == "p":     # a particle: only و ف in front, no suffix ("لم" is not in "وسلمت")
            return r"(?:[\u0648\u0641])?" + re.escape(word) + (r"\w*" if star else "")
        prefix = _AR_VERB_PREFIX if verb else _AR_PREFIX
        if not star and not verb and word.endswith("\u0647") and len(word) >= 4:
            # a noun in ة (normalised ه) before a pronoun suffix is spelt with ت:
            # "إدانة" -> "إدانتها", "دعوة" -> "دعوتهم" / "دعوتهما" (dual), "مطالبة" -> "مطالبتنا"
            body = re.escape(word[:-1]) + (r"(?:\u0647|\u062a(?=(?:\u0647\u0645\u0627|\u0647\u0627|\u0647\u0645|\u0647|"
                                           r"\u0646\u0627|\u064a|\u0643\u0645)(?!\w)))")
        return prefix + body + (r"\w*" if star else _AR_SUFFIX)
    return body + (r"\w*" if star else "")


def compile_cue(cue: str, arabic: bool, verb: bool = False) -> str:
    """Regular expression (a string) for one cue alternative.

    Arabic verbs (``verb=True``) take only the conjunctions و ف and the future س in
    front; nouns take all the proclitics (و ف ب ل ك ال لل); particles (``verb="p"``: the
    negation table) only و ف and no suffix.
    """
    words = cue.split()
    parts = []
    for i, word in enumerate(words):
        if word == "..":
            parts.append(("gap", None))
        else:
            parts.append(("word", _word_pattern(word, arabic, verb if i == 0 else False)))
    out = ""
    previous = None
    for kind, pattern in parts:
        if kind == "gap":
            out += _AR_GAP if arabic else _GAP
        else:
            if previous == "word":
                # a word of the phrase may be quoted: 'said it was "troubled" by', '"gravement
                # préoccupée" par', 'were "deeply concerned"'
                out += r"\s+" if arabic else r"[\"\u00bb\u201d]?\s+[\"\u00ab\u201c]?"
            out += pattern
        previous = kind
    first = words[0] if words else ""
    last = words[-1] if words else ""
    # not the second half of a compound adjective ("foreign-funded", "state-backed")
    left = (r"(?<!\w)" if arabic else r"(?<![\w-])") \
        if first[:1].isalnum() or "\u0600" <= first[:1] <= "\u06ff" else ""
    right = r"(?![\w])" if (last[-1:].isalnum() or last.endswith("*")
                            or "\u0600" <= last[-1:] <= "\u06ff") else ""
    return left + out + right


_TOKEN = re.compile(r"\w+")
_AR_CLITICS = frozenset(("و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "فال", "بال", "كال", "ولل",
                         "فلل", "وب", "ول", "وك", "فب", "فل", "وبال", "وس", "س", "فس"))


_AR_CLITIC_FIRST = frozenset(c[0] for c in _AR_CLITICS)


def tokenize(text: str, arabic: bool, start: int = 0, end: int | None = None):
    """``(start, word, splits)`` for the word tokens of a normalised text.

    ``splits`` are the word and, for Arabic, the word without each possible proclitic.
    """
    end = len(text) if end is None else end
    if start or end != len(text):
        piece = text[start:end]
        return [(start + s, w, sp) for s, w, sp in tokenize(piece, arabic)]
    starts, _, words = word_spans(text)
    if not arabic:
        return list(zip(starts, words, zip(words)))
    cache = _AR_SPLITS
    if len(cache) > 200000:
        cache.clear()
    splits = list(map(cache.get, words))
    if None in splits:
        for k, got in enumerate(splits):
            if got is None:
                word = words[k]
                splits[k] = cache[word] = _ar_splits(word)
    return list(zip(starts, words, splits))


_TOKEN_SPLIT = re.compile(r"(\w+)")


_LAST_SPANS = (None, None)      # (text, its word spans)


def word_spans(text: str):
    """``(starts, ends, words)`` of the word tokens (``\\w+``) of ``text`` (lists; do not
    modify them), without a Python loop. Remembered for the last text: the gazetteer and
    the cue scanner cut the same normalised text."""
    global _LAST_SPANS
    last = _LAST_SPANS
    if last[0] is text:
        return last[1]
    parts = _TOKEN_SPLIT.split(text)        # separator, word, separator, ..., word, separator
    ends = list(accumulate(map(len, parts)))
    spans = (ends[0:-1:2], ends[1::2], parts[1::2])
    _LAST_SPANS = (text, spans)
    return spans


_AR_SPLITS: dict = {}   # Arabic word -> its splits (cached: words repeat)


def _ar_splits(word: str) -> tuple:
    """The word and, for each proclitic it may start with, the word without it."""
    if len(word) > 2 and word[0] in _AR_CLITIC_FIRST:
        return (word,) + tuple(word[k:] for k in (1, 2, 3, 4)
                               if len(word) > k + 1 and word[:k] in _AR_CLITICS)
    return (word,)


class Matcher:
    """The alternatives of one table, indexed by their first letters.

    A text is cut into word tokens once; at each token only the cues whose first word
    starts like the token (after removing Arabic proclitics) are tried, each with its own
    precompiled expression anchored at the token. The longest match wins and matches do
    not overlap, as with a single alternation, but without trying every cue at every
    position. The index holds each cue's expression as a string: :class:`MultiMatcher`
    compiles it the first time a text offers a word it may start at (most of the ≈ 10,000
    cues never are in a process, and compiling them all cost ≈ 1 CPU-s at start-up).
    """

    def __init__(self, entries, arabic: bool):
        self.entries = sorted(entries, key=lambda e: (-len(e.cue), e.cue))
        self.arabic = arabic
        self._single = None
        self.index: dict = {}
        for entry in self.entries:
            regex = compile_cue(entry.cue, arabic, "p" if entry.pos == "p" else entry.pos == "v")
            first = entry.cue.split()[0] if entry.cue.split() else entry.cue
            m = _TOKEN.match(first.rstrip("*"))
            anchor = m.group() if m else entry.cue[:1]
            if arabic and entry.pos not in ("v", "p") and anchor.endswith("\u0647") and len(anchor) >= 4 \
                    and not first.endswith("*"):
                anchor = anchor[:-1]    # "إدانة" also as "إدانتها" (see _word_pattern)
            if not arabic and not first.endswith("*") and m:
                key = "=" + anchor          # a whole first word ("n'a pas": the token "n")
            else:
                key = anchor[:3]
            self.index.setdefault(key, []).append((entry, regex, anchor))

    def find(self, text: str, start: int = 0, end: int | None = None, tokens=None):
        """Yield :class:`Hit` records for every (non-overlapping) cue in ``text[start:end]``.

        ``tokens``: the list of :func:`tokenize` for ``text``, to share one tokenisation
        between tables.
        """
        end = len(text) if end is None else end
        if tokens is None:
            tokens = tokenize(text, self.arabic, start, end)
        else:
            tokens = [t for t in tokens if start <= t[0] < end]
        if self._single is None:
            self._single = MultiMatcher([self])
        for hit in self._single.scan(text, tokens)[0]:
            if hit.end <= end:
                yield hit

    def search(self, text: str, start: int = 0, end: int | None = None):
        """The first hit in ``text[start:end]``, or None."""
        for hit in self.find(text, start, end):
            return hit
        return None


def _second_token(cue: str):
    """``(text, is_prefix)`` of the second word token a (non-Arabic) cue needs, or None.

    A cue such as "a ete arrete*" can only match where the word after "a" is "ete": the
    scanner checks that before trying the cue's expression (most "a" are not followed by
    it). None when the cue has one token or a gap right after its first token.
    """
    toks = []
    for word in cue.split():
        if word == "..":
            break
        star = word.endswith("*")
        parts = _TOKEN.findall(word.rstrip("*"))
        for j, part in enumerate(parts):
            toks.append((part, star and j == len(parts) - 1))
        if len(toks) >= 2:
            break
    return toks[1] if len(toks) >= 2 else None


def _ar_second_token(cue: str):
    """``(text, 2)`` for an Arabic cue: text that the word token after the cue's first
    token must contain (its second word token without ``*`` or a final ه, which may be
    spelt ت before a suffix); None when the cue has one token or a gap right after it.

    Clitics and suffixes may surround the word, so only containment is required.
    """
    toks = []
    for word in cue.split():
        if word == "..":
            break
        toks.extend(_TOKEN.findall(word.rstrip("*")))
        if len(toks) >= 2:
            break
    if len(toks) < 2:
        return None
    core = toks[1][:-1] if toks[1].endswith("\u0647") else toks[1]
    return (core, 2) if core else None


def _next_ok(second, nxt: str) -> bool:
    """Whether the word ``nxt`` can follow a cue's first token (see :func:`_second_token`)."""
    text, how = second
    if how == 2:
        return text in nxt
    return nxt.startswith(text) if how else nxt == text


_NO_ROWS = ()                 # the rows of a word that starts no cue
_WORD_OF = itemgetter(1)      # the word of a token


class MultiMatcher:
    """Several :class:`Matcher` tables scanned in one pass over the word tokens."""

    def __init__(self, matchers):
        self.count = len(matchers)
        self.index: dict = {}
        for t, matcher in enumerate(matchers):
            for key, rows in matcher.index.items():
                self.index.setdefault(key, []).extend(
                    (t, e, r, a, _ar_second_token(e.cue) if matcher.arabic else _second_token(e.cue))
                    for e, r, a in rows)
        self.lengths = sorted({len(k) for k in self.index if not k.startswith("=")})
        # quick rejection of tokens that cannot start any cue (most tokens)
        heads = [k[1:] if k.startswith("=") else k for k in self.index]
        self.exact_heads = frozenset(k[1:] for k in self.index if k.startswith("="))
        self._candidates: dict = {}     # word -> the rows that may start there
        self._compiled: dict = {}       # expression -> its compiled pattern
        self._word_rows: dict = {}      # token -> the rows of all its splits
        self._pair_rows: dict = {}      # (token, next token) -> the rows worth trying
        self.pre = [set(), set(), set(), set()]
        for h in heads:
            n = min(len(h), 3)
            self.pre[n].add(h[:n])

    def _compile(self, source: str):
        """The compiled pattern of a cue expression (compiled once per matcher)."""
        pattern = self._compiled.get(source)
        if pattern is None:
            pattern = self._compiled[source] = re.compile(source)
        return pattern

    def _rows(self, rest: str) -> tuple:
        """The cue rows that can start with the word (or word part) ``rest``, in key order."""
        rows = self._candidates.get(rest)
        if rows is None:
            rows = []
            r1, r2, r3 = rest[:1], rest[:2], rest[:3]
            if r3 in self.pre[3] or r2 in self.pre[2] or r1 in self.pre[1]:
                keys = (r1, r2, r3, "=" + rest) if rest in self.exact_heads or len(rest) < 3 \
                    else (r1, r2, r3)
                for k in keys:
                    for t, entry, source, anchor, second in self.index.get(k, ()):
                        if rest.startswith(anchor):
                            rows.append((t, entry, source, anchor, second))
            rows = tuple(rows)
            if len(self._candidates) > 200000:
                self._candidates.clear()
            self._candidates[rest] = rows
        return rows

    def scan(self, text: str, tokens):
        """One list of :class:`Hit` per table, each non-overlapping, longest match first."""
        out = [[] for _ in range(self.count)]
        pos = [0] * self.count
        count = self.count
        words = self._word_rows      # word -> the rows of all its splits, in order
        pairs = self._pair_rows
        if len(words) > 200000:
            words.clear()
        if len(pairs) > 200000:
            pairs.clear()
        get = words.get
        n_tokens = len(tokens)
        # most tokens start no cue: only the others (and words not seen yet) are visited
        for i in compress(range(n_tokens),
                          map(is_not, map(get, map(_WORD_OF, tokens)), repeat(_NO_ROWS))):
            t0, word, splits = tokens[i]
            rows = get(word)
            if rows is None:
                rows = words[word] = tuple(
                    row for rest in splits for row in self._rows(rest)) or _NO_ROWS
                if rows is _NO_ROWS:
                    continue
            best = None
            nxt = tokens[i + 1][1] if i + 1 < n_tokens else ""
            # quick rejection on the next word ("a ete ...", "was ...", "من دون"), cached
            # per pair of words: most rows of a frequent first word want another next word
            tried = pairs.get((word, nxt))
            if tried is None:
                # an expression is compiled only once a row passes the next-word check
                tried = pairs[word, nxt] = tuple(
                    (t, entry, self._compile(source), anchor, second)
                    for t, entry, source, anchor, second in rows
                    if second is None or _next_ok(second, nxt))
            for t, entry, regex, anchor, second in tried:
                if t0 < pos[t]:
                    continue
                m = regex.match(text, t0)
                if m is None:
                    continue
                if best is None:
                    best = [None] * count
                b = best[t]
                if b is None or m.end() > b.end:
                    best[t] = Hit(m.start(), m.end(), entry, m.group())
            if best is not None:
                for t in range(count):
                    b = best[t]
                    if b is not None:
                        out[t].append(b)
                        pos[t] = b.end
        return out


def _read_table(path: Path, normalize):
    rows = []
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        cue = cols[0]
        rest = [c.strip() for c in cols[1:]]
        for alternative in cue.split("|"):
            alternative = " ".join(normalize(alternative.strip()).replace(SKIP, "").split())
            if alternative:
                rows.append((alternative, rest))
    return rows


@dataclass
class LanguageCues:
    """The compiled cue tables of one language."""

    lang: str
    normalize: object
    responses: Matcher
    negation: Matcher
    modality: Matcher
    events: Matcher
    boilerplate_start: tuple
    boilerplate_line: tuple
    all: "MultiMatcher" = None

    def scan(self, text: str, tokens=None):
        """``(responses, negation, modality, events)`` hits in one pass over ``text``."""
        if tokens is None:
            tokens = tokenize(text, self.lang == "ar")
        if self.all is None:
            self.all = MultiMatcher([self.responses, self.negation, self.modality, self.events])
        return self.all.scan(text, tokens)


_FR_PARTICIPLE = re.compile(r"\w+(?:e|es|ee|ees|i|is|it|u|us|t)\*?$")


def _pluperfect(entries):
    """French: the pluperfect of every passé composé cue ("avaient appelé X à" as "ont
    appelé X à", "avait dénoncé" as "a dénoncé") that the table does not list already."""
    have = {e.cue for e in entries}
    out = []
    for e in entries:
        aux, _, rest = e.cue.partition(" ")
        if aux in ("a", "ont") and _FR_PARTICIPLE.match(rest.split(" ", 1)[0]):
            cue = ("avait " if aux == "a" else "avaient ") + rest
            if cue not in have:
                have.add(cue)
                out.append(Entry(cue, e.value, e.pos, e.note))
    return out


@lru_cache(maxsize=None)
def get_cues(lang: str) -> LanguageCues:
    """Load and compile the tables of ``lang`` (cached; done once per process)."""
    if lang not in LANGUAGES:
        raise ValueError(f"no cue tables for language {lang!r}")
    folder = LANG_DIR / lang
    norm = _normalizer(lang)
    arabic = lang == "ar"

    responses = []
    for cue, rest in expand_rows(_read_table(folder / "responses.tsv", norm), lang):
        rtype = rest[0] if rest else ""
        if rtype not in RESPONSE_TYPES:
            raise ValueError(f"{folder / 'responses.tsv'}: unknown response type {rtype!r}")
        responses.append(Entry(cue, rtype, rest[1] if len(rest) > 1 else "v",
                               rest[2] if len(rest) > 2 else ""))
    if lang == "fr":
        responses += _pluperfect(responses)
    # negation and modality words are particles and verbs: no noun proclitics ("كما" is not
    # "ك" + "ما"); pos "v" gives them only the conjunctions و ف and the future س, pos "p"
    # (negation) only و ف and no suffix ("وسلمت" is not و+س+لم+ت, "مات" is not ما+ت)
    negation = [Entry(c, r[0] if r else "pre", "p") for c, r in _read_table(folder / "negation.tsv", norm)]
    modality = [Entry(c, r[0], "v", r[1] if len(r) > 1 else "pre")
                for c, r in expand_rows(_read_table(folder / "modality.tsv", norm), lang)]
    events = [Entry(c, r[0]) for c, r in _read_table(folder / "events.tsv", norm)]
    starts, lines = [], []
    for cue, rest in _read_table(folder / "boilerplate.tsv", norm):
        (lines if rest and rest[0] == "line" else starts).append(cue)
    return LanguageCues(lang, norm, Matcher(responses, arabic), Matcher(negation, arabic),
                        Matcher(modality, arabic), Matcher(events, arabic),
                        tuple(starts), tuple(lines))


# syntax word lists (closed classes): see syntax_words.py


_SKIP_RUN = re.compile(SKIP + "+")
_LAST_NORMALIZED = (None, None, None)    # (normaliser, text, normalised text)


def normalize_once(normalize, text: str) -> str:
    """``normalize(text)``, remembered for the last text: the extractor's matching view
    and the gazetteer normalise the same document text one after the other."""
    global _LAST_NORMALIZED
    last = _LAST_NORMALIZED
    if last[1] is text and last[0] is normalize:
        return last[2]
    norm = normalize(text)
    _LAST_NORMALIZED = (normalize, text, norm)
    return norm


def ar_alternation(words: str) -> str:
    """The ``|``-separated Arabic ``words`` normalised as a text is (:func:`normalized_view`),
    as one regex alternation, longest first (no group around it).

    >>> ar_alternation("أكثر من|نحو") == "اكثر من|نحو"
    True
    """
    return "|".join(sorted({normalized_view(w, "ar")[0] for w in words.split("|")}, key=len, reverse=True))


def normalized_view(text: str, lang: str):
    """Normalise ``text`` for matching.

    Returns ``(norm, index)``: ``norm`` is the normalised text without the ``SKIP``
    characters (diacritics, tatweel), and ``index`` maps a position in ``norm`` to the
    position in ``text`` (None when nothing was removed: positions are the same).
    """
    norm = normalize_once(_normalizer(lang), text)
    if SKIP not in norm:
        return norm, None
    index = []      # the positions of the characters that are not SKIP (few are)
    kept = 0
    for run in _SKIP_RUN.finditer(norm):
        index.extend(range(kept, run.start()))
        kept = run.end()
    index.extend(range(kept, len(norm)))
    index.append(len(text))
    return norm.replace(SKIP, ""), index


class Positions:
    """Maps positions between the chunk text and its normalised (compacted) view."""

    def __init__(self, index):
        self.index = index

    def to_text(self, i):
        if self.index is None:
            return i
        return self.index[min(i, len(self.index) - 1)]

    def to_norm(self, i):
        if self.index is None:
            return i
        return bisect_left(self.index, i)


def is_boilerplate(line_norm: str, cues: LanguageCues) -> bool:
    """True when a (normalised, stripped) line is navigation, a banner or a form."""
    if not line_norm:
        return False
    if line_norm.startswith(cues.boilerplate_start):     # a tuple: any of the markers
        return True
    if len(line_norm) <= 40:
        for marker in cues.boilerplate_line:
            if marker in line_norm:
                return True
    return False
