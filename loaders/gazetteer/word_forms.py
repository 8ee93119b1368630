"""Forms of words for the gazetteer: Arabic token keys without the article
(:func:`_ar_canon`), consonant skeletons of Arabic transliterations (:func:`_ar_skeleton`),
Arabic nisba forms (:func:`_ar_plural_nisba`), French demonym forms (:func:`_fr_forms`),
and ASCII slugs through a rough Arabic transliteration (:func:`_slug`)."""

from __future__ import annotations

import re
import unicodedata

_AR_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh",
    "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ى": "a", "ة": "a", "ء": "",
    "ؤ": "w", "ئ": "y", "گ": "g", "پ": "p", "چ": "ch", "ڤ": "v", "ی": "y", "ک": "k",
}


def _translit(s: str) -> str:
    """Rough Arabic-to-Latin transliteration, only to make ASCII slugs."""
    out = []
    for c in s:
        if "\u0600" <= c <= "\u06ff":
            out.append(_AR_LATIN.get(c, ""))
        else:
            out.append(c)
    return "".join(out)


def _slug(s: str) -> str:
    s = _translit(s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s or "x"


def _ar_canon(tok: str) -> str:
    """Arabic token key: without the article ال (both in patterns and text).

    A word that itself starts with ال once its hamza is folded (ألمانيا -> المانيا) loses
    that too, so "الألمانية" (with the article) and "ألمانية" share the key "مانيه"."""
    if tok.startswith("ال") and len(tok) >= 4:
        tok = tok[2:]
        if tok.startswith("ال") and len(tok) >= 4:
            tok = tok[2:]
    return tok


_AR_SKEL = str.maketrans({"ج": "غ", "ق": "غ", "ك": "غ", "ط": "ت", "ص": "س", "ث": "س", "ز": "س", "ذ": "س",
                          "ظ": "س", "ض": "د", "ح": "ه", "ة": "ه", "ى": "ي", "ء": None,
                          "ئ": "ي", "ؤ": "و", "ع": "ا"})


def _ar_skeleton(key: str) -> str:
    """The consonant skeleton of an Arabic transliteration (a token key, article removed):
    long vowels dropped after the first letter and letters that render the same foreign sound
    merged, so "هيومن"/"هيومان", "ووتش"/"واتش", "جومرت"/"جومارت" meet."""
    k = key.translate(_AR_SKEL)
    if not k:
        return k
    return k[0] + "".join(c for c in k[1:] if c not in "اوي")


def _ar_plural_nisba(base: str) -> list[str]:
    """Arabic nisba forms from a base like كندي: كندي كندية كنديون كنديين كنديان كنديتان.

    In a multi-word base ("كوري شمالي") every word ending in ي takes the suffix.
    """
    out = []
    for suf in ("", "ة", "ون", "ين", "ان", "تان", "تين"):
        out.append(" ".join(w + suf if w.endswith("ي") else w for w in base.split()))
    return out


_FR_IRREGULAR_FEM = {"grec": "grecque", "turc": "turque", "bref": "breve"}


def _fr_forms(masc: str) -> list[str]:
    """French demonym forms from the masculine singular: canadien -> canadienne(s)..."""
    m = masc.strip()
    if not m:
        return []
    if m in _FR_IRREGULAR_FEM:
        f = _FR_IRREGULAR_FEM[m]
        return [m, m + "s", f, f + "s"]
    if m.endswith("e"):
        return [m, m + "s"]
    if m.endswith("en") or m.endswith("on"):
        return [m, m + "s", m + "ne", m + "nes"]
    if m.endswith(("s", "x")):
        return [m, m + "e", m + "es"]
    if m.endswith("al"):
        return [m, m[:-2] + "aux", m + "e", m + "es"]
    if m.endswith("eur"):
        return [m, m + "s", m + "e", m + "es"]
    return [m, m + "s", m + "e", m + "es"]
