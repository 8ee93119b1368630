"""Organisations introduced by what they are: "the investigative consortium Forbidden Stories",
"the London-based campaign group Hong Kong Watch", "the news site Guinee Matin", "le site
d'investigation Mediacongo", "l'entreprise Coastal GasLink", "le quotidien Le Pays".

A lowercase descriptor noun (a media, a consortium, a company, a campaign group) right before a
capitalised name makes the name an organisation (``org/<slug>``), even when the gazetteer does not
know it and even when the name holds a place ("Hong Kong Watch", "Radio Okapi"): the place
mentions inside the name are no actors. French and English (Arabic heads are read by
:mod:`.unknown_orgs`). Names the gazetteer already finds as organisations, people or bodies are
left to it. Only a subject-like phrase counts: "le directeur du site X", "a reporter for the
daily X" name where a person works, not an actor.
"""

from __future__ import annotations

import re

from .extract_patterns import _NAME, _NAME_FR
from .mention_cleanup import _M, _remember, _slug

_MEDIA_EN = (r"news\s+(?:website|site|outlet|portal|agency|channel)|website|outlet|newspaper|daily|weekly|"
             r"magazine|broadcaster|tv\s+channel|television\s+channel|radio\s+station|news\s+service")
_CIVIC_EN = r"consortium|company|firm|campaign\s+group|advocacy\s+group|pressure\s+group|think\s+tank"
_DESCRIBED = {
    "en": re.compile(r"(?<![\w'\u2019-])(?<!of )(?<!for )(?<!at )(?<!with )(?:[Tt]he|[Aa]n?)\s+(?:(?:[a-z][\w-]*|[A-Z][\w]*-[a-z][\w-]*)\s+){0,2}?(?P<head>" + _MEDIA_EN
                     + "|" + _CIVIC_EN + r")\s+" + _NAME),
    "fr": re.compile(r"(?<![\w'\u2019-])(?<!de )(?<!à )(?:[Ll]e|[Ll]a|[Ll]'|[Ll]\u2019)"
                     r"\s*(?P<head>consortium|m[ée]dia(?:\s+en\s+ligne|\s+ind[ée]pendant)?|site(?:\s+d'information|"
                     r"\s+d\u2019information|\s+d'investigation|\s+d\u2019investigation|\s+d'actualit[ée]s|"
                     r"\s+d'informations)?|journal|quotidien|hebdomadaire|magazine|entreprise|soci[ée]t[ée]|"
                     r"compagnie|radio|cha[îi]ne|t[ée]l[ée]vision|agence\s+de\s+presse)"
                     r"(?:\s+(?:[a-z\u00e0-\u00ff][\w-]*))?\s+" + _NAME_FR),
}
_MEDIA_HEADS = re.compile(r"(?i)news|website|site|outlet|newspaper|daily|weekly|magazine|broadcast|channel|radio|"
                          r"m[ée]dia|journal|quotidien|hebdo|cha[îi]ne|t[ée]l[ée]vision|agence|tv")
# capitalised words that start no name ("the daily Monday", "la société Le 12 mars")
_STOP = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "This", "That", "It", "Monday", "Tuesday",
                   "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Lundi", "Mardi", "Mercredi", "Jeudi",
                   "Vendredi", "Samedi", "Dimanche", "Le", "La", "Les", "Un", "Une", "Il", "Elle", "Ils", "Elles"})
_TAIL = re.compile(r"(?:\s+(?:de|des|du|d'|l'|la|le|les|pour|et|sans|of|the|for|and|to|y|e|del))+$")
# kinds whose mentions keep their own reading inside a described name
_KEEP = ("org/", "person/", "official/", "body/")


def described_organisations(mentions, text: str, pos, gz, lang: str):
    """Add the organisations named after a descriptor noun to ``mentions``.

    Parameters
    ----------
    mentions : list
        ``_M`` mentions in normalised coordinates, in text order.
    text : str
        The original text.
    pos : Positions
        Maps text offsets to normalised offsets (``pos.to_norm``).
    gz : Gazetteer
        Records the new actor's label (``_remember``).
    lang : str
        "fr" or "en"; other languages return ``mentions`` unchanged.

    Returns
    -------
    list
        The mentions with the described organisations, place mentions inside their names removed.

    Examples
    --------
    >>> _DESCRIBED["en"].search("The investigative consortium Forbidden Stories said").group("name")
    'Forbidden Stories'
    >>> _DESCRIBED["fr"].search("Le site d'investigation Mediacongo a dénoncé").group("name")
    'Mediacongo'
    """
    rx = _DESCRIBED.get(lang)
    if rx is None:
        return mentions
    found = []
    for g in rx.finditer(text):
        name = _TAIL.sub("", g.group("name").strip())
        words = name.split()
        if not words or words[0] in _STOP:
            continue
        a, b = pos.to_norm(g.start("name")), pos.to_norm(g.start("name") + len(name))
        if any(m.start < b and a < m.end and m.key.startswith(_KEEP) for m in mentions):
            continue        # a known organisation, person or body: the gazetteer's reading stands
        if len(words) == 1 and all(m.start == a and m.end == b for m in mentions if m.start < b and a < m.end) \
                and any(m.start < b and a < m.end for m in mentions):
            continue        # "the newspaper Kenya": a place alone is no name
        key = "org/" + _slug(name)
        if len(key) < 6:
            continue
        kind = "MediaOutlet" if _MEDIA_HEADS.match(g.group("head")) else "NGO"
        _remember(gz, key, kind, lang, name)
        found.append(_M(a, b, key, kind, "name", None, None, text[g.start("name"):g.start("name") + len(name)]))
    if not found:
        return mentions
    out = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
    out.extend(found)
    out.sort(key=lambda m: m.start)
    return out
