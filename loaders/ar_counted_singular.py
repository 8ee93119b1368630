"""Arabic crowds counted in hundreds or thousands, whose noun is singular.

Arabic counts a hundred or a thousand of anything with a singular noun: "مئة كاتب" (a
hundred writers), "ثلاثمئة صحفي", "ألف موسيقي". A singular occupation noun is one person
elsewhere, so the group tables (``lang/ar/groups.tsv``) list only plurals; after such a
number the noun names a crowd. :func:`counted_signers` reads the crowd that signs a
petition: "وقّع أكثر من مئة كاتب وأكاديمي، بينهم ...، عريضة تطالب", "ووقّع أكثر من
ثلاثمئة صحفي ورسام وكاتب مصري على عريضة" -> ``group/writers``, ``group/journalists`` (the
first noun names it; placed later like any group).
"""

from __future__ import annotations

import re

from .cues import ar_alternation

__all__ = ["counted_signers"]

# singular noun after the number -> group slug (slugs as in lang/*/groups.tsv)
_SINGULAR = {
    "صحفي": "journalists", "صحافي": "journalists", "إعلامي": "journalists",
    "كاتب": "writers", "أديب": "writers", "روائي": "writers", "شاعر": "writers", "مؤلف": "writers",
    "فنان": "artists", "رسام": "artists", "موسيقي": "artists", "مغن": "artists", "مغني": "artists",
    "مخرج": "artists", "سينمائي": "artists",
    "محام": "lawyers", "محامي": "lawyers",
    "أكاديمي": "teachers", "أستاذ": "teachers", "معلم": "teachers", "مدرس": "teachers",
    "طبيب": "doctors", "ناشط": "activists", "حقوقي": "activists", "طالب": "students", "عامل": "workers",
}
# hundreds and thousands that take a singular noun
_HUNDREDS = ("مئة|مائة|مئتي|مئتا|مائتي|مائتا|ثلاثمئة|ثلاثمائة|أربعمئة|أربعمائة|خمسمئة|خمسمائة|ستمئة|ستمائة|"
             "سبعمئة|سبعمائة|ثمانمئة|ثمانمائة|تسعمئة|تسعمائة|ألف|ألفي|ألفا")
_SIGN_VERBS = "وقع|وقعت|وقعوا|يوقع"
_RX = None


def _rx():
    global _RX
    if _RX is None:
        table = {}
        for word, slug in _SINGULAR.items():
            table[ar_alternation(word)] = slug
        nouns = "|".join(sorted(table, key=len, reverse=True))
        about = ar_alternation("أكثر من|أزيد من|نحو|قرابة|حوالي")
        _RX = (re.compile(r"(?<!\S)[وف]?(?:" + ar_alternation(_SIGN_VERBS) + r")\s+(?:(?:" + about
                          + r")\s+)?(?:\d[\d,.]*\s+|(?:" + ar_alternation(_HUNDREDS) + r")\s+)(" + nouns + r")(?:ا)?(?!\S)"
                          + r"[^.؛!?\n]{0,110}?(?:\s" + ar_alternation("على") + r")?\s*$"), table)
    return _RX


def counted_signers(norm, noun_start, rtype):
    """``group/<slug>`` for the crowd counted with a singular noun that signs the petition
    whose noun starts at ``noun_start`` in the normalised text, or None."""
    if rtype != "Petition":
        return None
    rx, table = _rx()
    m = rx.search(norm, max(0, noun_start - 160), noun_start)
    if m is None:
        return None
    slug = table.get(m.group(1))
    return "group/" + slug if slug else None
