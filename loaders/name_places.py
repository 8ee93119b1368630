"""Place names that are a person's name in the text: "Pham Doan Trang" is a blogger, and
"Trang" alone, afterwards, is she, not the Thai province of Trang.

A town or region the gazetteer finds as the last word of a run of capitalised words that are
no actor, no place and no geographic word ("Pham Doan Trang", "Nguyen Van Binh") is the end of
a person's full name, as is a place word right after a person the gazetteer found ("the
union leader Sok Chea" + "Trang"). Every bare mention of that word in the text (no locative preposition
before it: "Trang, 43, co-founded", "awarded Trang a prize") is then the person, and is dropped
as a place; "in Trang" stays a place. Countries are left alone (a country named is rarely a
person's name, and its government is an actor). French and English texts.
"""

from __future__ import annotations

import re

__all__ = ["drop_name_places"]

# two or three capitalised words right before the place (a given name and a family name)
_NAME_BEFORE = re.compile(r"(?:(?<=[\s(\"'\u201c\u00ab])|^)((?:[A-Z][a-z\u00e0-\u00ff'\u2019-]+ ){2,3})$")
# words of places, titles and sentence openings, not of a person's name
_NOT_NAME = frozenset("""
The A An In On At Of For From To By And But Or As If When While After Before Since During Under With Without
This That These Those Its His Her Their Our Our Le La Les Des Du De Un Une Au Aux En Et Dans Sur Pour Par
North South East West Northern Southern Eastern Western Central Upper Lower Greater New Old Saint San Santa
Sainte Lake Mount Mont Port Fort Cape Gulf Bay River Valley Camp City Province District State Region Island
Islands Ile Nord Sud Est Ouest Haut Haute Bas Basse Grand Grande Petit Petite Al El Sidi Bab Ras Wadi Deir
Kafr Beit Ain Bir Tell Jebel Djebel President Prime Minister Minister General Colonel King Queen Prince
Princess Sheikh Pope Judge Governor Mayor Senator Mr Mrs Ms Dr
""".split())
_PLACE_FORMS = ("region", "city")
# an article or "of the" right before the run: the run is an organisation's name, not a person's
_ORG_RUN_BEFORE = re.compile(r"(?:(?<!\w)(?:des|the|of|of the|les)\s+)$")


def drop_name_places(mentions, text, pos):
    """``mentions`` without the place mentions that are a person's name (see the module
    docstring).

    Parameters
    ----------
    mentions : list of _M
        Mentions in normalised-text offsets, sorted by start.
    text : str
        The original text.
    pos : Positions
        Offset conversion between ``text`` and its normalised view.

    Returns
    -------
    list
        The mentions kept.
    """
    places = [m for m in mentions if m.key.startswith("place/") and m.form in _PLACE_FORMS]
    if not places:
        return mentions
    spans = [(pos.to_text(m.start), pos.to_text(m.end)) for m in mentions]
    people_end = {pos.to_text(m.end) for m in mentions if m.key.startswith("person/")}
    names = set()
    for m in places:
        a = pos.to_text(m.start)
        if a - 1 in people_end and text[a - 1:a] == " ":
            names.add(text[a:pos.to_text(m.end)])   # "leader Sok Chea" read as a person, then "Trang"
            continue
        b = pos.to_text(m.end)
        if text[b:b + 1] in "-\u2010\u2011" and text[b + 1:b + 2].isupper():
            continue        # "Québec-Labrador": a compound place in an organisation's name
        g = _NAME_BEFORE.search(text, max(0, a - 60), a)
        if g is None:
            continue
        if _ORG_RUN_BEFORE.search(text, max(0, g.start(1) - 12), g.start(1)):
            continue        # "l'Assemblée des Premières Nations Québec": an organisation's name
        words = g.group(1).split()
        if any(w in _NOT_NAME for w in words):
            continue
        start = g.start(1)
        if any(x < a and start < y for x, y in spans):
            continue        # a word of the run is an actor or a place of its own
        names.add(text[a:pos.to_text(m.end)])
    if not names:
        return mentions
    return [m for m in mentions if not (
        m.key.startswith("place/") and m.form in _PLACE_FORMS and not m.preposition
        and text[pos.to_text(m.start):pos.to_text(m.end)] in names)]
