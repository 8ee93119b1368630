"""Generate a realistic benchmark corpus of Arabic, French and English news articles.

Articles are recombined from the sentences of the shared development corpus and seeds
(``shared/corpus/{ar,fr,en}`` and ``shared/seeds``): each article takes a headline and
about 500 words of body sentences from one language, then swaps the countries and
organisations it names for others drawn from a small multilingual table (one consistent
substitution per article, so an article stays coherent), and gets a date line. The
same ``--seed`` always gives byte-identical output.

Examples
--------
Write 1,000 documents as JSON lines, or 200 as a folder of ``.txt`` files::

    python bench/generate.py --docs 1000 --out /tmp/corpus.jsonl
    python bench/generate.py --docs 200 --out /tmp/corpus --format txt --seed 7

The JSON lines have ``id``, ``lang``, ``title``, ``date`` and ``text`` fields, which is
what ``rightsgraph load`` reads from a ``.jsonl`` file.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = Path(os.environ.get("RIGHTSGRAPH_SHARED", HERE.parent.parent / "shared"))
LANGS = ("ar", "fr", "en")
TARGET_WORDS = 500
PART_DOCS = 10_000   # records per file when --out is a folder of JSON lines

# A small table of our own (not the gazetteer's, so that the corpus does not change when
# the gazetteer does): English, French and Arabic names of countries.
COUNTRIES = [
    ("Syria", "Syrie", "سوريا"), ("Russia", "Russie", "روسيا"), ("China", "Chine", "الصين"),
    ("Iran", "Iran", "إيران"), ("Israel", "Israël", "إسرائيل"), ("Egypt", "Égypte", "مصر"),
    ("France", "France", "فرنسا"), ("Germany", "Allemagne", "ألمانيا"),
    ("Sweden", "Suède", "السويد"), ("Cuba", "Cuba", "كوبا"), ("Mali", "Mali", "مالي"),
    ("Sudan", "Soudan", "السودان"), ("Chad", "Tchad", "تشاد"), ("Senegal", "Sénégal", "السنغال"),
    ("Algeria", "Algérie", "الجزائر"), ("Tunisia", "Tunisie", "تونس"), ("Morocco", "Maroc", "المغرب"),
    ("Belarus", "Biélorussie", "بيلاروسيا"), ("Ukraine", "Ukraine", "أوكرانيا"),
    ("Honduras", "Honduras", "هندوراس"), ("Mexico", "Mexique", "المكسيك"),
    ("Myanmar", "Birmanie", "ميانمار"), ("Turkey", "Turquie", "تركيا"), ("Iraq", "Irak", "العراق"),
    ("Lebanon", "Liban", "لبنان"), ("Jordan", "Jordanie", "الأردن"), ("Yemen", "Yémen", "اليمن"),
    ("Libya", "Libye", "ليبيا"), ("Nigeria", "Nigeria", "نيجيريا"), ("Kenya", "Kenya", "كينيا"),
    ("Ethiopia", "Éthiopie", "إثيوبيا"), ("Venezuela", "Venezuela", "فنزويلا"),
    ("Brazil", "Brésil", "البرازيل"), ("Canada", "Canada", "كندا"), ("Japan", "Japon", "اليابان"),
    ("India", "Inde", "الهند"), ("Pakistan", "Pakistan", "باكستان"),
    ("Afghanistan", "Afghanistan", "أفغانستان"), ("Qatar", "Qatar", "قطر"),
    ("Saudi Arabia", "Arabie saoudite", "السعودية"), ("Kazakhstan", "Kazakhstan", "كازاخستان"),
    ("Uzbekistan", "Ouzbékistan", "أوزبكستان"), ("Norway", "Norvège", "النرويج"),
    ("Belgium", "Belgique", "بلجيكا"), ("Italy", "Italie", "إيطاليا"), ("Spain", "Espagne", "إسبانيا"),
]
ORGANISATIONS = [
    ("Amnesty International", "Amnesty International", "منظمة العفو الدولية"),
    ("Human Rights Watch", "Human Rights Watch", "هيومن رايتس ووتش"),
    ("the United Nations", "l'ONU", "الأمم المتحدة"),
    ("the European Union", "l'Union européenne", "الاتحاد الأوروبي"),
    ("the African Union", "l'Union africaine", "الاتحاد الأفريقي"),
    ("the Arab League", "la Ligue arabe", "جامعة الدول العربية"),
    ("the International Committee of the Red Cross", "le Comité international de la Croix-Rouge",
     "اللجنة الدولية للصليب الأحمر"),
    ("Reporters Without Borders", "Reporters sans frontières", "مراسلون بلا حدود"),
]
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"],
}
_SPLIT = re.compile(r"(?<=[.!?؟])\s+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _lang_of(text: str) -> str:
    sample = text[:3000]
    arabic = len(_ARABIC.findall(sample))
    if arabic > len(sample) * 0.2:
        return "ar"
    french = len(re.findall(r"\b(le|la|les|des|est|une|dans|pour|qui)\b", sample, re.I))
    english = len(re.findall(r"\b(the|and|is|of|to|that|was|for|with)\b", sample, re.I))
    return "fr" if french > english else "en"


def load_pools(shared: Path = DEFAULT_SHARED) -> dict:
    """Headlines and body sentences of every language: ``{lang: (titles, sentences)}``."""
    files = sorted((shared / "corpus").glob("*/*.txt")) + sorted((shared / "seeds").glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"no .txt files under {shared}/corpus or {shared}/seeds")
    pools = {lang: ([], []) for lang in LANGS}
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        if lines and lines[0].startswith("SOURCE:"):
            lines = lines[1:]
        lines = [line.strip() for line in lines if line.strip()]
        if len(lines) < 2:
            continue
        lang = path.parent.name if path.parent.name in LANGS else _lang_of("\n".join(lines))
        titles, sentences = pools[lang]
        titles.append(lines[0])
        for line in lines[1:]:
            sentences.extend(s for s in _SPLIT.split(line) if len(s.split()) >= 4)
    for lang, (titles, sentences) in pools.items():
        if not titles or not sentences:
            raise FileNotFoundError(f"no {lang} text found under {shared}")
    return pools


def _substitution(rng: random.Random, lang: int):
    """A regex and a mapping that swap country and organisation names in one article."""
    mapping = {}
    for table in (COUNTRIES, ORGANISATIONS):
        targets = list(table)
        rng.shuffle(targets)
        for source, target in zip(table, targets):
            if source[lang] != target[lang]:
                mapping[source[lang]] = target[lang]
    names = sorted(mapping, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(n) for n in names))
    return pattern, mapping


def make_document(rng: random.Random, pools: dict, number: int, lang: str | None = None) -> dict:
    """One article as a JSON-lines record."""
    lang = lang or rng.choice(LANGS)
    titles, sentences = pools[lang]
    pattern, mapping = _substitution(rng, LANGS.index(lang))
    swap = lambda text: pattern.sub(lambda m: mapping[m.group(0)], text)  # noqa: E731
    year, month, day = rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28)
    date = f"{year:04d}-{month:02d}-{day:02d}"
    start = rng.randrange(len(sentences))
    paragraphs, paragraph, words = [], [], 0
    while words < TARGET_WORDS * rng.uniform(0.7, 1.3):
        # Mostly consecutive sentences (coherent), with jumps to another article.
        index = start if rng.random() < 0.8 else rng.randrange(len(sentences))
        sentence = swap(sentences[index % len(sentences)])
        start = index + 1
        paragraph.append(sentence)
        words += len(sentence.split())
        if len(paragraph) >= rng.randint(2, 5):
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    month_name = MONTHS[lang][month - 1]
    dateline = f"{day} {month_name} {year}"
    paragraphs[0] = f"{dateline} - {paragraphs[0]}"
    title = swap(rng.choice(titles))
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return {"id": f"bench-{number:06d}-{lang}", "lang": lang, "title": title, "date": date,
            "text": text}


def generate(count: int, seed: int = 0, shared: Path = DEFAULT_SHARED, lang: str | None = None):
    """Yield ``count`` article records, deterministically for a given ``seed``."""
    pools = load_pools(shared)
    rng = random.Random(seed)
    for number in range(count):
        yield make_document(rng, pools, number, lang)


def write_corpus(out: Path, count: int, seed: int = 0, fmt: str = "jsonl",
                 shared: Path = DEFAULT_SHARED, lang: str | None = None) -> int:
    """Write the corpus to ``out`` (a .jsonl file or a folder of .txt); returns bytes of text."""
    out = Path(out)
    total = 0
    if fmt == "jsonl" and out.suffix != ".jsonl":
        # A folder of JSON-lines files of PART_DOCS records each (the loader refuses
        # single files over 256 MiB; 100,000 articles make about 360 MiB).
        out.mkdir(parents=True, exist_ok=True)
        records = generate(count, seed, shared, lang)
        for part in range(0, count, PART_DOCS):
            target = out / f"part-{part // PART_DOCS:04d}.jsonl"
            partial = target.with_name(target.name + ".partial")
            with partial.open("w", encoding="utf-8") as fh:
                for record in itertools.islice(records, PART_DOCS):
                    total += len(record["text"].encode("utf-8"))
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            os.replace(partial, target)
    elif fmt == "jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".partial")
        with partial.open("w", encoding="utf-8") as fh:
            for record in generate(count, seed, shared, lang):
                total += len(record["text"].encode("utf-8"))
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        os.replace(partial, out)
    else:
        out.mkdir(parents=True, exist_ok=True)
        for record in generate(count, seed, shared, lang):
            data = record["text"].encode("utf-8")
            total += len(data)
            (out / f"{record['id']}.txt").write_bytes(data)
    return total


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="number of documents (1,000-100,000)")
    parser.add_argument("--out", required=True,
                        help="a .jsonl file; else a folder (of .jsonl parts, or of .txt with --format txt)")
    parser.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lang", choices=LANGS, help="only this language (default: all three)")
    parser.add_argument("--shared", default=str(DEFAULT_SHARED),
                        help="folder holding corpus/ and seeds/ (default: ../shared)")
    args = parser.parse_args(argv)
    size = write_corpus(Path(args.out), args.docs, args.seed, args.format, Path(args.shared),
                        args.lang)
    print(f"wrote {args.docs} documents ({size / 2**20:.1f} MiB of text) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
