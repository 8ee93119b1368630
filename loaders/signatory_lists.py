"""Lists of signatories at the end of a joint statement.

A joint NGO statement written in the first person ("We condemn ...", "Nous demandons ...",
"ندين ...", "تدين المنظمات الموقعة أدناه ...") often names its authors only in a list
after the text::

    Signatories:                      Les organisations signataires :      المنظمات الموقعة:
    - Amnesty International           FIDH, Ligue tchadienne des ...       - مركز الخليج لحقوق الإنسان
    - Front Line Defenders                                                 - منّا لحقوق الإنسان (MENA Rights Group)

:func:`signatory_list` finds such a list (a header line, then one name per line or names
separated by commas) and gives the keys of the organisations it names: a known actor named
in the item (gazetteer, or an organisation found by its name's form, ``unknown_orgs.py``),
else the Latin name in brackets after an Arabic name, else (French / English) the item
itself when it reads as a name. The acts of the statement are given to them by
``signers.JointStatements._listed_acts``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple, Optional

from .mention_cleanup import _remember, _slug

__all__ = ["SignatoryList", "signatory_list"]

# the header of the list (normalised text: lower case, French accents and Arabic hamzas
# folded, taa marbuta as ه), alone on its line or followed by the names after a colon
_PAREN = r"(?:[ \t]*\([^()\n]{1,40}\))?"
_HEAD = {
    "en": re.compile(r"(?m)^[ \t]*(?:(?:the[ \t]+)?(?:full[ \t]+)?list[ \t]+of[ \t]+(?:co-?)?signator(?:ies|y[ \t]+"
                     r"organi[sz]ations)|(?:co-?)?signator(?:ies|y[ \t]+organi[sz]ations)|signed[ \t]+by|"
                     r"endorsed[ \t]+by|(?:the[ \t]+)?(?:signing|undersigned|endorsing)[ \t]+organi[sz]ations|"
                     r"(?:this[ \t]+statement[ \t]+(?:is|was|has[ \t]+been)[ \t]+)?(?:signed|endorsed)[ \t]+by[ \t]+"
                     r"(?:the[ \t]+)?following(?:[ \t]+organi[sz]ations)?|(?:the[ \t]+)?following[ \t]+organi[sz]ations"
                     r"[ \t]+(?:have[ \t]+)?(?:signed|endorsed)(?:[ \t]+(?:this|the)[ \t]+(?:statement|letter))?)"
                     + _PAREN + r"[ \t]*(?::[ \t]*|\n)"),
    "fr": re.compile(r"(?m)^[ \t]*(?:(?:la[ \t]+)?liste[ \t]+des[ \t]+(?:organisations[ \t]+|associations[ \t]+)?"
                     r"(?:co)?signataires|(?:les[ \t]+)?(?:organisations|associations|ong|structures)[ \t]+"
                     r"(?:co)?signataires|(?:co)?signataires|signee?s?[ \t]+par|(?:les[ \t]+)?organisations[ \t]+"
                     r"suivantes[ \t]+(?:ont[ \t]+)?(?:signe|soutiennent|se[ \t]+joignent)[^:\n]{0,40})"
                     + _PAREN + r"[ \t]*(?::[ \t]*|\n)"),
    "ar": re.compile(r"(?m)^[ \t]*(?:(?:قايمه[ \t]+)?(?:(?:ال)?(?:منظمات|جهات|موسسات|هييات|جمعيات)(?:[ \t]+و(?:ال)?"
                     r"(?:منظمات|جهات|موسسات|هييات|جمعيات))?[ \t]+)?(?:ال)?(?:موقعه|موقعين|موقعون)"
                     r"(?:[ \t]+علي[ \t]+(?:هذا[ \t]+)?البيان)?|(?:و)?(?:وقع|وقعت)[ \t]+(?:علي[ \t]+(?:هذا[ \t]+)?"
                     r"(?:البيان|الرساله|النداء)[ \t]+)?(?:كل[ \t]+من|(?:ال)?(?:منظمات|جهات)[ \t]+(?:ال)?تاليه))"
                     + _PAREN + r"[ \t]*(?::[ \t]*|\n)"),
}
# or a byline naming the authors before the text: "Joint statement by X, Y and Z",
# "Déclaration conjointe de X, de Y et de Z", "بيان مشترك صادر عن X وY وZ"
_BYLINE = {
    "en": re.compile(r"(?m)^[ \t]*(?:a[ \t]+)?joint[ \t]+(?:public[ \t]+|press[ \t]+)?(?:statement|letter|declaration|"
                     r"appeal|release)[ \t]+(?:issued[ \t]+|signed[ \t]+)?(?:by|from|of)[ \t]+"),
    "fr": re.compile(r"(?m)^[ \t]*(?:declaration|communique(?:[ \t]+de[ \t]+presse)?|lettre(?:[ \t]+ouverte)?|appel)"
                     r"[ \t]+(?:conjointe?|commune?)[ \t]+(?:(?:signee?|publiee?|emise?)[ \t]+par[ \t]+|de[ \t]+|des[ \t]+|"
                     r"du[ \t]+|d')"),
    "ar": re.compile(r"(?m)^[ \t]*(?:بيان|رساله|نداء)[ \t]+(?:صحفي[ \t]+)?مشترك[ \t]+(?:صادر[ \t]+)?(?:عن|من|ل)[ \t]*"),
}
_BYLINE_WORD = {"en": "joint", "fr": "conjoint", "ar": "مشترك"}
_LEAD_WORDS = re.compile(r"(?i)^(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|d['’]|la|le|les|l['’]|the|and|et)"
                         r"(?:[ \t]+|(?<=['’])))+")
# a cheap test before the pattern: a word every header holds
_HEAD_WORD = {"en": ("signator", "signed", "endorsed", "organisations", "organizations"),
              "fr": ("signataire", "signe", "suivantes"), "ar": ("موقع", "وقع")}
_BULLET = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022*\u00b7\u25aa\u25cf>]|\d{1,3}[.)-])?[ \t]*")
# items of a list on one line
_SPLIT = {"en": re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+"),
          "fr": re.compile(r"\s*[,;]\s*(?:et\s+)?|\s+et\s+"),
          "ar": re.compile(r"\s*[،,؛;]\s*")}
_LATIN_IN_BRACKETS = re.compile(r"\(([A-Za-z][A-Za-z0-9&'.\- ]{1,60})\)")
_ACRONYM_END = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,11})\)\s*$")
_SIGNER_KINDS = ("NGO", "IntergovernmentalOrganization", "MediaOutlet", "Group")
_STATE_KINDS = ("Government", "GovernmentBody", "Official")


class SignatoryList(NamedTuple):
    """Where the list starts and ends (normalised offsets) and the keys it names, in order."""
    start: int
    end: int
    keys: list


def _items(norm, head, lang, mentions):
    """``(start, end)`` of the list's items (normalised offsets)."""
    pos = head.end()
    line_end = norm.find("\n", pos)
    line_end = len(norm) if line_end < 0 else line_end
    if not head.group().endswith("\n") and norm[pos:line_end].strip():     # "Signed by: X, Y and Z"
        out, k = [], pos
        for sep in list(_SPLIT[lang].finditer(norm, pos, line_end)) + [None]:
            if sep is not None and any(m.start < sep.start() and sep.end() < m.end for m in mentions):
                continue        # "Bahrain Institute for Rights and Democracy": within a name
            a, b = k, (sep.start() if sep is not None else line_end)
            if norm[a:b].strip():
                out.append((a, b))
            if sep is not None:
                k = sep.end()
        return out
    out = []
    k = pos if head.group().endswith("\n") else line_end + 1
    while k < len(norm):
        e = norm.find("\n", k)
        e = len(norm) if e < 0 else e
        line = norm[k:e]
        if not line.strip():
            if out:
                break
            k = e + 1
            continue
        bullet = _BULLET.match(line)
        a = k + bullet.end()
        words = norm[a:e].split()
        if ":" in norm[a:e] or len(words) > 14 or not words:
            break       # "Media contact: ...", a sentence: the list is over
        out.append((a, e))
        k = e + 1
    return out


def signatory_list(norm, text, pos, mentions, gz, lang) -> Optional[SignatoryList]:
    """The signatory list of a statement (see module docstring), or None.

    Parameters
    ----------
    norm, text : str
        The normalised and original text.
    pos : Positions
        Offset conversion between them.
    mentions : list
        The text's mentions (normalised offsets), sorted by start.
    gz : Gazetteer
    lang : str
    """
    rx = _HEAD.get(lang)
    if rx is None:
        return None
    head = None
    if any(w in norm for w in _HEAD_WORD[lang]):
        for head in rx.finditer(norm):
            pass                # the last header: the list closes the text
    if head is None and _BYLINE_WORD[lang] in norm[:800]:
        head = _BYLINE[lang].search(norm, 0, 800)
    if head is None:
        return None
    starts = [m.start for m in mentions]
    keys = []
    items = _items(norm, head, lang, mentions)
    for a, b in items:
        if lang == "ar" and norm[a:a + 1] == "و" and norm[a:a + 2] != "وو":
            a += 1 if not any(m.start == a for m in mentions) else 0
        found = [m for m in mentions[bisect_left(starts, a):bisect_left(starts, b)] if m.end <= b]
        orgs = [m.key for m in found if m.kind in _SIGNER_KINDS and m.key.startswith("org/")]
        if lang == "ar" and len(orgs) > 1:          # "X وY وZ" on one line
            keys += [k for k in orgs if k not in keys]
            continue
        states = [m.key for m in found if m.kind in _STATE_KINDS and m.form != "demonym"
                  and (m.end - m.start) >= 0.6 * len(norm[a:b].strip())]
        item = _LEAD_WORDS.sub("", text[pos.to_text(a):pos.to_text(b)].strip())
        key = None
        if orgs or states:
            key = (orgs or states)[0]
        else:
            latin = _LATIN_IN_BRACKETS.search(item) if lang == "ar" else None
            name = latin.group(1) if latin else (item if lang != "ar" else None)
            if name:
                known = [m.key for m in gz.find(name, "en" if latin else lang)
                         if m.key.startswith("org/") and m.end - m.start >= 0.8 * len(name)]
                words = name.split()
                if known:
                    key = known[0]
                elif 1 <= len(words) <= 12 and name[:1].isupper() and not name.endswith("."):
                    acronym = _ACRONYM_END.search(name)      # "... en Afrique centrale (REDHAC)"
                    key = "org/" + _slug(acronym.group(1) if acronym else name)
                    if len(key) < 6:
                        key = None
                    else:
                        _remember(gz, key, "NGO", lang, name)
        if key is not None and key not in keys:
            keys.append(key)
    if len(keys) < 2:
        return None         # one name is a byline, not a list of signatories
    end = len(norm) if head.re is rx else (items[-1][1] if items else head.end())
    return SignatoryList(head.start(), end, keys)
