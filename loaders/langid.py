"""Language identification for whole documents and for paragraphs.

Arabic is told by its script; Latin-script languages by the share of their most frequent
function words. The supported languages are Arabic, French and English; a few others are
recognised only so that a document in them is recorded under its real language (and
skipped by extraction) instead of being read as if it were English. Text with too few
clues gets ``"und"`` (undetermined).

Examples
--------
>>> from rightsgraph.loaders.langid import detect_language
>>> detect_language("Le gouvernement a condamné les arrestations de militants.")
'fr'
>>> detect_language("أدانت وزارة الخارجية الاعتقالات")
'ar'
>>> detect_language("The ministry condemned the arrests of activists.")
'en'
"""

from __future__ import annotations

import re

SUPPORTED = ("ar", "fr", "en")

_STOPWORDS = {
    "en": "the of and to in is that for on was with as by are at from has have it this be "
          "which were an not but said had their its they he been who will would after",
    "fr": "le la les de des du et en un une est que qui dans pour sur au aux par pas "
          "avec ce cette il elle sont ont été son ses leur mais ne plus nous vous",
    "es": "el la los las de del y en un una es que por para con no se su al lo como "
          "más pero sus le ya o este sí porque esta entre cuando muy sin sobre",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem "
          "auch es an als nach wie aus bei hat sind wird oder",
    "it": "il di che e la per un una non in sono del della le gli con si è da al lo "
          "ha nel dei alla anche più questo",
    "pt": "de que e o a do da em um para com não uma os no se na por mais as dos como "
          "mas ao ele das foi seu sua ou",
    "nl": "de het een van en in is dat op te zijn voor met die niet aan er maar om ook "
          "als bij door wordt",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_HAN = re.compile(r"[\u4E00-\u9FFF\u3040-\u30FF]")
_HEBREW = re.compile(r"[\u0590-\u05FF]")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str, sample: int = 20000) -> str:
    """Guess the language of ``text`` as an ISO 639-1 code, or ``"und"``.

    Parameters
    ----------
    text : str
        The text; only its first ``sample`` characters are read.
    sample : int
        How many characters to look at.
    """
    text = text[:sample]
    letters = len(_LETTER.findall(text))
    if letters < 3:
        return "und"
    scripts = (
        ("ar", _ARABIC), ("ru", _CYRILLIC), ("zh", _HAN), ("he", _HEBREW),
    )
    for code, pattern in scripts:
        if len(pattern.findall(text)) / letters > 0.4:
            return code
    counts = dict.fromkeys(_WORDS, 0)
    total = 0
    for raw in _TOKEN.findall(text):
        word = raw.lower()
        if "'" in word or "’" in word:
            head = re.split(r"['’]", word)[0]
            if head in {"l", "d", "qu", "n", "s", "j", "c", "m", "t"}:
                counts["fr"] += 1  # French elision: l'État, d'une, qu'il
        total += 1
        for lang, words in _WORDS.items():
            if word in words:
                counts[lang] += 1
    if total == 0:
        return "und"
    best = max(counts, key=counts.get)
    if counts[best] < 2 and total > 3:
        return "und"
    return best


def paragraph_languages(text: str, min_chars: int = 40):
    """Language of each paragraph, as ``(start, end, lang)`` for mixed documents.

    Paragraphs shorter than ``min_chars`` take the language of the paragraph before
    them (headlines and captions carry too few words to judge alone).
    """
    spans = []
    previous = None
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        chunk = match.group()
        if len(chunk.strip()) < min_chars and previous is not None:
            lang = previous
        else:
            lang = detect_language(chunk)
            if lang == "und" and previous is not None:
                lang = previous
        spans.append((match.start(), match.end(), lang))
        previous = lang
    return spans
