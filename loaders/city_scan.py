"""Cities named in a document, for :mod:`.places` and :mod:`.place_votes`: the table of
``gazetteer/cities.tsv`` by first token (Arabic forms with their proclitics), one token scan
per document (kept for the sentences that ask next), and :func:`city_mentions`, the cities of
a span with the locative preposition before each."""

from __future__ import annotations

import re
from functools import lru_cache

from .attribution import ar_fold

# --------------------------------------------------------------------------- cities
# (also with a locality's head noun: "in the village of X", "dans le camp de X", "بمدينة X")
_CITY_PREP = {
    "en": re.compile(r"(?<!\w)(?:in|at|near|outside|inside|within)\s+(?:the\s+)?(?:(?:town|city|village|"
                     r"refugee\s+camp|camp|district|neighbou?rhood)\s+of\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:en|au|aux|a|dans|devant|pres\s+de|pres\s+d')\s*(?:la\s+|le\s+|l')?"
                     r"(?:(?:ville|village|localite|commune|camp|quartier|bourgade)\s+(?:de\s+|d'))?$"),
    "ar": re.compile(ar_fold(r"(?:(?<!\S)[وف]?(?:في|امام|داخل|خارج|قرب)\s+(?:(?:مدينة|بلدة|قرية|مخيم|حي|منطقة)\s+)?|"
                             r"(?<!\S)[وف]?(ب)(?:مدينة|بلدة|قرية|مخيم|حي|منطقة)\s+)$")),
}


def _is_arabic(s):
    return any("\u0600" <= ch <= "\u06ff" for ch in s)


_TOKEN = {"en": re.compile(r"\w+(?:['’]\w+)*"), "fr": re.compile(r"\w+"), "ar": re.compile(r"\w+")}


_AR_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


@lru_cache(maxsize=None)
def _city_table(lang):
    """``{token: [(words, code, proclitic)]}`` from ``gazetteer/cities.tsv``: every form a
    city's first word takes in text (normalised; in Arabic with its proclitics, "وبالموصل",
    "للموصل"), longest names first."""
    from .cues import normalized_view
    from .gazetteer.lookup import read_table
    table: dict = {}
    for row in read_table("cities.tsv"):
        forms = [row.get(lang, "")] + [v for v in (row.get("variants") or "").split("|")
                                       if v and _is_arabic(v) == (lang == "ar")]
        for form in forms:
            words = tuple(_TOKEN[lang].findall(normalized_view(form.strip(), lang)[0]))
            if not words:
                continue
            code = row["code"].strip()
            first = words[0]
            variants = {first: ""}
            if lang == "ar":
                for pre in _AR_PROCLITICS[1:]:
                    variants.setdefault(pre + first, pre)
                if first.startswith("ال"):
                    for pre in ("", "و", "ف"):
                        variants.setdefault(pre + "لل" + first[2:], pre + "ل")
            for token, pre in variants.items():
                table.setdefault(token, []).append((words, code, pre))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


@lru_cache(maxsize=None)
def _city_probes(lang):
    """Substrings one of which a text must contain to name a city (a quick test before the
    token scan; for Arabic, the first word without its article)."""
    firsts = {words[0] for entries in _city_table(lang).values() for words, _, _ in entries}
    return tuple(sorted({w[2:] if lang == "ar" and w.startswith("ال") else w for w in firsts}))


_last_cities = (None, None, ())     # (norm, lang, matches) of the last document scanned


def _all_cities(norm, lang):
    """Every city named in ``norm``: ``[(code, start, end, proclitic)]`` (one scan per
    document, kept for the sentences that ask next)."""
    global _last_cities
    last = _last_cities
    if last[0] is norm and last[1] == lang:
        return last[2]
    table = _city_table(lang)
    named = table and any(p in norm for p in _city_probes(lang))
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN[lang].finditer(norm)] if named else []
    out = []
    i = 0
    while i < len(toks):
        found = None
        for words, code, pre in table.get(toks[i][2], ()):
            n = len(words)
            if i + n <= len(toks) and all(toks[i + k][2] == words[k] for k in range(1, n)):
                found = (code, toks[i][0] + len(pre), toks[i + n - 1][1], pre, n)
                break
        if found is None:
            i += 1
            continue
        out.append(found[:4])
        i += found[4]
    _last_cities = (norm, lang, out)
    return out


def city_mentions(norm, lang, start, end, mentions=()):
    """Cities of ``gazetteer/cities.tsv`` named in ``norm[start:end]`` (normalised text)
    outside the gazetteer's own mentions, as ``[(code, start, end, preposition)]``: the
    country or curated region the city lies in, and the locative before it (or None).
    """
    out = []
    for code, a, b, pre in _all_cities(norm, lang):
        if a < start or b > end or any(x.start < b and x.end > a for x in mentions):
            continue
        prep = None
        if lang == "ar" and "ب" in pre:
            prep = "ب"
        else:
            before = _CITY_PREP[lang].search(norm, max(0, a - len(pre) - 32), a - len(pre))
            if before is not None:
                prep = before.group(1) if before.lastindex else before.group().split()[0]
        out.append((code, a, b, prep))
    return out
