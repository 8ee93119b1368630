"""An organisation's national section and its staff: the country names the section.

"Amnesty International's Kenya section", "Human Rights Watch's Peru researcher", "Amnesty
International Nigeria's director X", "la section sénégalaise d'Amnesty International", "le
directeur d'Amnesty International Sénégal", "فرع منظمة العفو الدولية في تونس", "منظمة العفو
الدولية فرع المغرب": the country (or its demonym) is part of the section's name, not an actor
of its own, so it must not take the organisation's acts. This module makes the section's
whole name one mention of the organisation (and gives a titled person named after "<organisation> <country>'s" to the
organisation), in every language, after the gazetteer and the language clean-ups.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution_patterns import ar_fold

# the organisations that have national sections: non-governmental ones (the gazetteer kind)
_SECTIONED = frozenset({"NGO"})
# officials of these organisations ("the UN's Kenya representative") act in the country, not for a section
_STATE_LIKE = frozenset({"united-nations", "european-union", "african-union", "icc", "oas", "council-of-europe"})

# English: "<org>'s <country> section|branch|...", "<org>'s <country> researcher|director"
_EN_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+")
_EN_SECTION_AFTER = re.compile(
    r"\s+(?:section|branch|chapter|office|affiliate|team|researcher|director|executive\s+director|"
    r"head|chief|spokes(?:man|woman|person)|representative|coordinator|campaigner|"
    r"programme\s+director|program\s+director)\b", re.I)
# "<org> <country>'s director X": a person mention whose surface opens with the country
_EN_COUNTRY_POSSESSIVE = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['\u2019]s\s")
# French: "la section|branche|antenne sénégalaise d'<org>" (the demonym before the org)
_FR_SECTION_BEFORE = re.compile(r"\b(?:section|branche|antenne|bureau|filiale)\s+$", re.I)
_FR_OF = re.compile(r"\s+(?:de\s+(?:l['\u2019]\s*)?|d['\u2019]\s*|du\s+)")
# Arabic: "فرع|مكتب <org> في <country>", "<org> (-) فرع <country>"
_AR_SECTION_BEFORE = re.compile(ar_fold(r"(?:^|\s)(?:فرع|مكتب|قسم)\s+$"))
_AR_IN = re.compile(ar_fold(r"\s+(?:في|ب)\s*"))
_AR_SECTION_GAP = re.compile(ar_fold(r"\s*[-\u2013]?\s*(?:فرع|مكتب)\s+(?:في\s+)?"))
# the country stays an actor when a state body follows it ("... in Kenya police shot ...")
_STATE_AFTER = re.compile(
    r"\s+(?:police|army|government|authorities|forces|military|armed|"
    r"autorit|gouvernement|arm[ée]e|polic|"
    + ar_fold(r"سلطات|حكومة|شرطة|جيش|قوات") + r")", re.I)


def _sectioned(m) -> bool:
    """``m`` names an organisation with national sections, or one of its officials."""
    if m.kind in _SECTIONED and m.key.startswith("org/"):
        return True
    owner = m.key.split("/")[1] if m.key.startswith("official/") and m.key.count("/") == 2 else ""
    return owner.islower() and owner not in _STATE_LIKE


def section_countries(mentions, norm: str, lang: str):
    """Join the country naming an organisation's national section to the organisation; give a person titled
    "<organisation> <country>'s director" to the organisation.

    Parameters
    ----------
    mentions : list
        Mentions in text order (``_M``-like: start, end, key, kind, form, surface).
    norm : str
        The normalised text the mentions point into.
    lang : str
        "ar", "fr" or "en".

    Returns
    -------
    list
        The mentions, a section's name being one mention of its organisation.

    Examples
    --------
    >>> from rightsgraph.loaders.mention_cleanup import _M
    >>> t = "Amnesty International's Kenya section denounced the arrests."
    >>> ms = [_M(0, 21, "org/amnesty-international", "NGO", "name", None, None, "Amnesty International"),
    ...       _M(24, 29, "gov/KE", "Government", "name", None, None, "Kenya")]
    >>> [(m.key, m.surface) for m in section_countries(ms, t, "en")]
    [('org/amnesty-international', "Amnesty International's Kenya section")]
    """
    out = []
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        prev = out[-1] if out else None
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.key.startswith("gov/") and not _STATE_AFTER.match(norm, m.end):
            if prev is not None and _sectioned(prev) and _follows_org(norm, prev, m, lang):
                # the section's whole name is the organisation's mention
                out[-1] = _span(prev, _section_start(norm, prev, lang), _section_end(norm, m, lang), norm)
                continue
            if nxt is not None and lang == "fr" and nxt.kind in _SECTIONED and nxt.key.startswith("org/") \
                    and m.form == "demonym" and _FR_OF.fullmatch(norm, m.end, nxt.start):
                head = _FR_SECTION_BEFORE.search(norm, max(0, m.start - 12), m.start)
                if head is not None:        # "la section sénégalaise d'Amnesty"
                    out.append(_span(nxt, head.start(), nxt.end, norm))
                    skip = i + 1
                    continue
        if lang == "en" and prev is not None and _sectioned(prev) and m.key.startswith("person/") \
                and norm[prev.end:m.start].isspace() and _EN_COUNTRY_POSSESSIVE.match(m.surface):
            # "Amnesty International Nigeria's director Isa Sanusi": the NGO's own official
            out.append(replace(m, key=prev.key, kind=prev.kind))
            continue
        out.append(m)
    return out


def _span(org, start: int, end: int, norm: str):
    """``org``'s mention stretched over ``norm[start:end]``."""
    return replace(org, start=start, end=end, surface=norm[start:end], preposition=None)


def _section_start(norm: str, org, lang: str) -> int:
    """Where the section's name starts: at "فرع" / "مكتب" before the organisation."""
    if lang == "ar":
        head = _AR_SECTION_BEFORE.search(norm, max(0, org.start - 12), org.start)
        if head is not None:
            return head.start() + (1 if norm[head.start()].isspace() else 0)
    return org.start


def _section_end(norm: str, country, lang: str) -> int:
    """Where the section's name ends: after "section" in "Amnesty's Kenya section"."""
    tail = _EN_SECTION_AFTER.match(norm, country.end) if lang == "en" else None
    return tail.end() if tail is not None else country.end


def _follows_org(norm: str, org, country, lang: str) -> bool:
    """``country`` right after ``org`` names the organisation's section."""
    gap = norm[org.end:country.start]
    if lang == "en":
        if gap.isspace():
            return True         # "Amnesty International Kenya", "... Kenya's director"
        return bool(_EN_POSSESSIVE_GAP.fullmatch(gap)) and bool(_EN_SECTION_AFTER.match(norm, country.end))
    if lang == "fr":
        return gap.isspace() or gap.strip() in ("-", "\u2013")      # "Amnesty International Sénégal"
    if _AR_SECTION_GAP.fullmatch(gap):
        return True             # "منظمة العفو الدولية فرع المغرب"
    return bool(_AR_IN.fullmatch(gap)) and bool(
        _AR_SECTION_BEFORE.search(norm, max(0, org.start - 12), org.start))     # "فرع منظمة ... في تونس"
