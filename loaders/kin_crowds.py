"""Relatives who rally, named by a bare plural noun of kinship.

The group tables (``lang/<code>/groups.tsv``) name relatives by whose relatives they are
("families of prisoners", "familles des détenus", "عائلات المعتقلين"); news names them as often
by the bare noun: "Dozens of families gathered outside the prison", "des parents se sont
rassemblés devant le ministère", "des épouses et des mères de soldats se sont rassemblées", "plusieurs dizaines de proches ont manifesté", "Relatives held
a vigil", "اعتصم عشرات من ذوي الصيادين المفقودين". A bare noun of kinship is no mention (families
are evicted, parents are quoted): it names a crowd only as the subject of a rally's verb, which
is where :func:`kin_crowd` and :func:`ar_kin_crowd` are called from (``crowds._people_crowd``,
``crowds._ar_bare_crowd``). Slugs as the dev gold names them: ``families`` (relatives,
"proches", "ذوو / عائلات / أسر / أقارب"), ``parents``.
"""

from __future__ import annotations

import re

__all__ = ["kin_crowd", "ar_kin_crowd"]

# bare plural nouns (in the folded, lower-case form the text is matched in) -> slug
_KIN = {
    "en": (("families", r"families|relatives|family members|loved ones|next of kin|mothers|wives|widows"),
           ("parents", r"parents")),
    "fr": (("families", r"familles|proches|membres des familles|membres de leurs familles|meres|epouses|"
                        r"veuves"),
           ("parents", r"parents")),
}
# Arabic: the first noun of a construct state after "من" ("عشرات من ذوي الضحايا"), any genitive
_AR_KIN = "ذوي|ذوو|عائلات|أسر|أقارب|أمهات|العائلات|الأسر|أهل|زوجات|أرامل|الأمهات|الزوجات"

# a possessive determiner opening the clause: "Their parents gathered", "Ses proches ont manifesté"
_POSSESSIVE = re.compile(r"(?:^|[\n.;:!?,]|\b(?:and|et|while|as|alors que|tandis que))\s*"
                         r"(?:their|his|her|leurs|ses)\s+$")
_RX = {}


def _rx(lang):
    """The pattern of a kin noun, its description and the gap up to a verb (compiled once)."""
    rx = _RX.get(lang)
    if rx is None:
        from .crowds import _GAP, _POSTMOD      # (crowds imports this module at call time only)
        nouns = "|".join("(?P<%s>%s)" % (slug, words) for slug, words in _KIN[lang])
        rx = _RX[lang] = re.compile(r"(?<![\w'-])(?:" + nouns + r")(?:" + _POSTMOD[lang].pattern
                                    + r"|(?P<nomod>))" + _GAP.pattern + r"$")
    return rx


def kin_crowd(attr, hit_start, lo):
    """French / English: ``group/families`` or ``group/parents`` when the subject of the
    rally verb at ``hit_start`` is a bare noun of kinship, counted ("Dozens of families",
    "une cinquantaine de proches"), indefinite ("des parents") or opening its clause, bare or
    after a possessive ("Relatives held a vigil", "Leurs familles se sont rassemblées"); None
    otherwise.

    Parameters
    ----------
    attr : Attributor
        Its ``norm`` (folded text) and ``lang``.
    hit_start : int
        Where the verb of the rally starts.
    lo : int
        Where its sentence starts.

    Returns
    -------
    str or None
    """
    from .crowds import _CLAUSE_OPENING, _NOT_MODIFIER, _OBJECT_END, _crowd_words, _described
    lang = attr.lang
    if lang not in _KIN:
        return None
    norm = attr.norm
    g = _rx(lang).search(norm, max(lo, hit_start - 160), hit_start)
    if g is None or _NOT_MODIFIER.search(_described(g)):
        return None
    start = g.start()
    q = _crowd_words(norm, start, lang)
    if q is None:
        before = norm[max(lo, start - 40):start]
        if not (_CLAUSE_OPENING.search(before) or _POSSESSIVE.search(before)):
            return None     # "the arrest of parents", "sources proches du dossier"
        q = start
    if _OBJECT_END.search(norm[max(lo, q - 40):q]):
        return None         # "the release of dozens of relatives"
    slug = next(s for s, _ in _KIN[lang] if g.group(s))
    return "group/" + slug


_AR_RX = None


def ar_kin_crowd(crowd):
    """Arabic: ``group/families`` when the people a number names after a rally's verb are
    relatives ("اعتصم عشرات من ذوي الصيادين", "تجمع العشرات من أسر الشبان"), else None.
    ``crowd`` is the matched number phrase (folded text)."""
    global _AR_RX
    if _AR_RX is None:
        from .crowds import _ar_alt
        _AR_RX = re.compile(r"\s" + _ar_alt("من") + r"\s+(?:و)?" + _ar_alt(_AR_KIN) + r"(?!\S)")
    return "group/families" if _AR_RX.search(crowd) else None
