"""Followers and bodies the tables do not list by that name (the :class:`OrgMentions` mixin
of :class:`.lookup.Gazetteer`): the supporters of a person ("Zelaya's supporters", "أنصار
الرئيس") and a monitoring body named again by its head noun ("l'Observatoire").

Organisations the tables do not list at all are found after the gazetteer, from the form of
their names, by :mod:`rightsgraph.loaders.unknown_orgs`."""

from __future__ import annotations

import re

from .records import _replace

class OrgMentions:
    """Finds organisations and supporters named by the text (mixin of ``Gazetteer``)."""

    _SUPPORTERS_OF = {
        "en": re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(president|leader|"
                         r"prime minister|premier|king|emir|ruler|chancellor)\b"),
        "fr": re.compile(r"\s*(?:du|de la|de l'|de|des)\s*(?:[a-z-]+\s+){0,1}?(president|"
                         r"dirigeant|chef de l'etat|premier ministre|roi|leader|chef)\b"),
        "ar": re.compile(r"\s+(?:ال)?(رئيس|زعيم|ملك|امير)"),
    }
    _ROLE_WORD = {"premier": "prime minister", "dirigeant": "leader", "chef": "leader",
                  "chef de l'etat": "president", "roi": "king", "president": "president",
                  "premier ministre": "prime minister", "رئيس": "president", "زعيم": "leader",
                  "ملك": "king", "امير": "emir", "ruler": "leader"}

    def _supporters_of(self, mentions, text, norm, lang):
        """"Zelaya's supporters", "supporters of Zelaya", "les partisans du président déchu"
        (the president named before), "أنصار الرئيس": the group is keyed by the person it
        follows, ``group/<ISO>/<surname>-supporters``."""
        if not any(m.key.endswith("/supporters") for m in mentions):
            return mentions
        out = list(mentions)
        for i, m in enumerate(out):
            if m.form != "group" or not m.key.endswith("/supporters"):
                continue
            person = None
            prv = out[i - 1] if i > 0 else None
            nxt = out[i + 1] if i + 1 < len(out) else None
            if prv is not None and prv.key.startswith("person/") and \
                    re.fullmatch(r"(?:'s?)?\s", norm[prv.end:m.start] or "x"):
                person = prv                                 # "Zelaya's supporters"
            elif nxt is not None and nxt.key.startswith("person/") and re.fullmatch(
                    r"\s+(?:of|de|du|d')\s*(?:the\s+|le\s+)?(?:\w+\s+){0,2}|\s+",
                    norm[m.end:nxt.start]):
                person = nxt                                 # "supporters of (President) X"
            else:
                g = self._SUPPORTERS_OF[lang].match(norm, m.end)
                if g is not None:
                    role = self._ROLE_WORD.get(g.group(1), g.group(1))
                    for q in reversed(out[:i]):              # the last such person named
                        r = self.people.get(q.key, {})
                        qrole = (q.role or r.get("role") or "")
                        if q.key.startswith("person/") and role in qrole:
                            person = q
                            break
            if person is None:
                continue
            surname = person.key.split("/", 1)[1].rsplit("-", 1)[-1]
            place = person.place_key or self.place_of(person.key)
            code = place.split("/", 1)[1] if place else None
            key = f"group/{code}/{surname}-supporters" if code else f"group/{surname}-supporters"
            out[i] = _replace(m, key=key, place_key=place)
        return out

    def _short_org_names(self, mentions, norm, lang):
        """A monitoring body named again by its head noun ("l'Observatoire", "المرصد",
        "the Observatory") is the organisation of that name met earlier in the text."""
        out = mentions
        for i, m in enumerate(mentions):
            if m.key != "group/watchdog":
                continue
            head = self._tokens(lang, m.surface)
            if not head:
                continue
            head = head[-1]
            for q in reversed(mentions[:i]):
                if q.key.startswith("org/") and q.form == "name":
                    first = self._tokens(lang, q.surface)
                    if first and head in first[:2]:
                        if out is mentions:
                            out = list(mentions)
                        out[i] = _replace(m, key=q.key, kind=q.kind, form="name")
                        break
        return out
