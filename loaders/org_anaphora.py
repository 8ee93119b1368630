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

__all__ = ["nearer_org_antecedent", "singular_ngo_antecedent", "head_of_named"]

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
# the head noun of an organisation's name, definite, as the subject: "The association
# accused ...", "Le collectif exige ..." refer to the nearest organisation whose name has
# that head ("the Women's Tennis Association", "le collectif FNDC" / "Front national ...")
_NAME_HEADS = {
    "fr": re.compile(r"^\W*(?:le |la |l')(?P<head>syndicat|ligue|reseau|collectif|federation|parti|mouvement|"
                     r"plateforme|coalition|comite|association|observatoire|centre|fondation|union|barreau|"
                     r"confederation|universite|alliance|forum|institut|rassemblement)(?!\w)"),
    "en": re.compile(r"^\W*the (?P<head>association|union|syndicate|league|network|coalition|centre|center|"
                     r"foundation|committee|movement|federation|alliance|collective|observatory|institute|"
                     r"university|party|forum|platform|campaign)(?!\w)"),
}
# heads that also name the kind of an organisation named otherwise ("Le FNDC ... Le collectif
# exige", "Univaja ... The association accused"): with no name holding the head, the nearest
# organisation; a party, a movement, a committee, a university must hold it in their name
_KIND_NOUN = re.compile(r"association|collective|collectif|union|syndicat|syndicate|league|ligue|coalition|"
                        r"federation|network|reseau|alliance|foundation|fondation|platform|plateforme|"
                        r"observatory|observatoire|campaign")
# what may follow the bare noun before its verb: an aside, an auxiliary, an adverb
_BARE_REST = re.compile(r"\s*(?:,[^,]{1,80},\s*)?(?:(?:a|ont|avait|aussi|egalement|pour sa part|de son cote|"
                        r"has|have|had|also|later|then|itself|on \w+day)\s*)*")
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
        return _named_head_antecedent(attr, head, hit_start)
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


def _named_head_antecedent(attr, head, hit_start):
    """The organisation a clause-initial "the association", "le collectif" refers to: the
    nearest preceding organisation whose name holds that head noun (also when it acted last:
    such a subject is no pronoun the attributor carries its agents on with); else None.

    "The Women's Tennis Association suspended its tournaments. ... The association
    repeated its demand for an investigation": the association; "Le FNDC a dénoncé ... Le
    collectif exige": with no name holding "collectif", the nearest organisation (a kind
    noun, ``_KIND_NOUN``).
    """
    rx = _NAME_HEADS.get(attr.lang)
    found = rx.match(head) if rx is not None else None
    if found is None or not _BARE_REST.fullmatch(head, found.end()):
        return None     # "La Fédération des nations autochtones (FSIN) a fustigé": a name
    noun = re.compile(r"(?<!\w)" + found.group("head") + r"(?!\w)")
    lo = hit_start - len(head)
    i = bisect_left(attr.starts, lo) - 1
    nearest = None
    while i >= 0 and lo - attr.mentions[i].start < _REACH:
        m = attr.mentions[i]
        if m.kind in _ORG and m.key.startswith("org/"):
            if noun.search(attr.norm[m.start:m.end]):
                nearest = m
                break
            if nearest is None and _KIND_NOUN.fullmatch(found.group("head")):
                nearest = m     # "Le FNDC a dénoncé ... Le collectif exige": the kind of the nearest
        i -= 1
    return nearest


def head_of_named(attr, span, found):
    """True when ``span``, a clause's subject with no mention in it, is a definite head noun
    ("the association", "le collectif") that every agent ``found`` has in its name: the
    subject refers to it (:func:`_named_head_antecedent`), it is not another, unnamed body."""
    rx = _NAME_HEADS.get(attr.lang)
    found_head = rx.match(span) if rx is not None else None
    if found_head is None or span[found_head.end():].strip(" ,") or not found:
        return False
    noun = re.compile(r"(?<!\w)" + found_head.group("head") + r"(?!\w)")
    kind_noun = _KIND_NOUN.fullmatch(found_head.group("head")) is not None
    return all(hasattr(a, "start") and getattr(a, "key", "").startswith("org/") and (
        kind_noun or noun.search(attr.norm[a.start:a.end])) for a in found)
