"""A definite organisation noun as the subject: the nearest organisation of its kind.

"Pour l'Association africaine de défense des droits de l'homme (Asadho), ce drame était
« prévisible ». L'organisation, qui avait publié en juillet un rapport ..., a condamné ...":
the subject "l'organisation" is the NGO named just before, even when the last agent that
acted (the one the attributor would carry on) is another organisation named earlier (the
UN office of the paragraph before). The same holds for "l'ONG", "the rights group", "the
organisation": the noun names the kind of its antecedent, and the antecedent is the nearest
preceding actor of that kind, not the one that acted last nor the most frequent one.

Kinds: "l'ONG", "l'association", "the NGO", "the rights group", "the charity" are NGOs;
"l'organisation", "l'organisme", "the organisation", "the watchdog" are NGOs,
intergovernmental organisations or organised groups (a party, a movement: ``org/`` keys); "l'organisation onusienne", "the UN agency", "the world
body" are intergovernmental organisations only.

Called by ``Attributor`` (``attribution.py``, step 7) before it carries the last agents on.
"""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["nearer_org_antecedent", "singular_ngo_antecedent"]

_NGO = ("NGO",)
_ORG = ("NGO", "IntergovernmentalOrganization", "Group")     # (a Group: an organisation's key only)
_IGO = ("IntergovernmentalOrganization",)
# the texts are folded (lower case, no accents) as the attributor reads them
_NOUNS = {
    "fr": re.compile(r"^\W*(?:(?P<igo>l'organisation onusienne|l'agence onusienne|l'organisation internationale|"
                     r"l'institution onusienne)|(?P<ngo>l'ong|l'association)|(?P<org>l'organisation|l'organisme))"
                     r"(?!\w)"),
    "en": re.compile(r"^\W*(?:(?P<igo>the (?:un|u\.n\.|world) (?:agency|body)|the world body)|"
                     r"(?P<ngo>the (?:ngo|rights group|human rights group|charity|advocacy group|campaign group))|"
                     r"(?P<org>the (?:organisation|organization|watchdog)))(?!\w)"),
}
# an NGO's name, its bracketed acronym, then "ONG ..." in apposition
_APPOSED = re.compile(r"\s*(?:\([^()]{1,14}\))?\s*,\s*(?:une\s+|un\s+)?")
# how far back the antecedent may lie (a paragraph or two)
_REACH = 1500


def nearer_org_antecedent(attr, head, hit_start):
    """The organisation a clause-initial definite noun in ``head`` refers to, when it is not
    one of the agents the attributor would carry on; else None.

    Parameters
    ----------
    attr : Attributor
        The attributor (its ``lang``, ``mentions``, ``starts``, ``last_agents``).
    head : str
        The folded text from the clause start to the cue.
    hit_start : int
        Offset of the cue in the folded text.

    Returns
    -------
    Mention or None
        The nearest preceding mention of the noun's kind, when it differs from the agents
        carried on.
    """
    rx = _NOUNS.get(attr.lang)
    if rx is None or not head:
        return None
    found = rx.match(head)
    if found is None:
        return None
    kinds = _IGO if found.group("igo") else _NGO if found.group("ngo") else _ORG
    lo = hit_start - len(head)
    i = bisect_left(attr.starts, lo) - 1
    while i >= 0 and lo - attr.mentions[i].start < _REACH:
        m = attr.mentions[i]
        if m.kind in kinds and (m.kind != "Group" or m.key.startswith("org/")):     # (also an object or a frame: "Pour l'Asadho, ...")
            carried = {getattr(a, "key", a) for a in attr.last_agents}
            return None if m.key in carried else m
        i -= 1
    return None


def singular_ngo_antecedent(attr, found):
    """``found`` with a French singular "l'ONG" / "l'association" (read as the unnamed
    ``rights-groups`` crowd of "des ONG") replaced by the NGO it refers to: the nearest
    preceding NGO, or the NGO the noun is apposed to ("Le GARR, ONG haïtienne, a dénoncé");
    ``found`` unchanged otherwise.

    Parameters
    ----------
    attr : Attributor
        The attributor (its ``lang``, ``norm``, ``mentions``, ``starts``).
    found : list
        The agents found for a cue.

    Returns
    -------
    list
        The agents.
    """
    if attr.lang != "fr" or len(found) != 1 or not getattr(found[0], "key", "").endswith("/rights-groups"):
        return found
    m = found[0]
    i = bisect_left(attr.starts, m.start) - 1
    if i >= 0 and attr.mentions[i].kind == "NGO" and _APPOSED.fullmatch(attr.norm, attr.mentions[i].end, m.start):
        return [attr.mentions[i]]   # "Le GARR, ONG haïtienne présente à la frontière, a dénoncé"
    if attr.norm[max(0, m.start - 2):m.start] != "l'" or attr.norm[m.start:m.end] not in ("ong", "association"):
        return found
    while i >= 0 and m.start - attr.mentions[i].start < _REACH:
        if attr.mentions[i].kind == "NGO":
            return [attr.mentions[i]]
        i -= 1
    return found
