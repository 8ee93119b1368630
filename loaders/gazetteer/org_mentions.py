"""Organisations and followers the tables do not list by that name (the
:class:`OrgMentions` mixin of :class:`.lookup.Gazetteer`): unknown organisations found by
their head noun ("the Awami League", "le Front de libération du peuple du Tigré (TPLF)",
"منظمة X لحقوق الإنسان"), the supporters of a person ("Zelaya's supporters", "أنصار
الرئيس"), and a monitoring body named again by its head noun ("l'Observatoire")."""

from __future__ import annotations

import re

from .word_forms import _slug
from .records import Mention, _replace

# Unknown organisations: a head noun, then the rest of the name (see _unknown_orgs).
_ORG_HEAD_KIND = {}
for _w in ("league", "party", "front", "movement", "alliance", "coalition", "ligue", "parti",
           "mouvement", "حزب", "حركة", "جبهة", "تحالف", "ائتلاف"):
    _ORG_HEAD_KIND[_w] = "Group"
_ORG_HEAD_RE = {
    # English: capitalised words then the head ("the Awami League", "Jatiya Party")
    "en": re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]+ ){1,4})(League|Party|Front|Movement|Alliance|"
                     r"Coalition|Association|Organisation|Organization|Network|Centre|Center|"
                     r"Observatory|Foundation)(?![\w-])"
                     r"((?: for (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})?)"),
    # French: the head, then the rest of the name ("Front de libération du peuple du Tigré")
    "fr": re.compile(r"(?<![\w-])(Front|Mouvement|Parti|Ligue|Alliance|Coalition|Association|"
                     r"Organisation|Réseau|Centre|Observatoire|Collectif|Fondation)(?![\w-])"),
    # Arabic (normalised text): the head, then words up to "for human rights"
    "ar": re.compile(r"(?<!\S)(?:و|ب|ل)?(منظمه|جمعيه|مركز|شبكه|مرصد|رابطه|حركه|جبهه|حزب|"
                     r"تحالف|ايتلاف|ائتلاف)(?!\S)"),
}


def _literal_heads(rx):
    """The head nouns of an ``_ORG_HEAD_RE`` pattern (its group of plain words), or None.

    Every match contains one of them, so a text without any cannot match."""
    for group in re.findall(r"\(([^()?]+)\)", rx.pattern):
        words = group.split("|")
        if len(words) > 1 and all(re.fullmatch(r"\w+", w) for w in words):
            return tuple(words)
    return None


_ORG_HEAD_WORDS = {lang: _literal_heads(rx) for lang, rx in _ORG_HEAD_RE.items()}
_ORG_FIRST_STOP = {"The", "A", "An", "In", "On", "At", "By", "For", "And", "But", "As", "Its",
                   "His", "Her", "Their", "This", "That", "When", "While", "After", "Before",
                   "Both", "Opposition", "Ruling", "Main", "Former", "New"}
_FR_ORG_LINK = {"de", "du", "des", "d", "pour", "la", "le", "les", "l", "et", "populaire",
                "national", "nationale", "democratique", "démocratique", "unifié", "uni",
                "libération", "liberation", "peuple", "défense", "defense", "droits", "humains",
                "homme", "l'homme", "libertés", "libertes", "progrès", "renouveau",
                "révolutionnaire", "patriotique", "islamique", "citoyen", "civique"}
_AR_RIGHTS_END = re.compile(r"(?:\s+\S+){0,4}?\s+(?:ل|و)?(?:ل)?حقوق الانسان")
_FR_ORG_GOOD = {"droits", "humains", "homme", "l'homme", "libertés", "libertes", "libération",
                "liberation", "démocratique", "democratique", "populaire", "patriotique",
                "révolutionnaire", "islamique"}
_FR_ORG_WORD = re.compile(r"(?: +|['’])([\wÀ-ÿ-]+)")
_ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Za-z0-9]{1,7})\)")


def _org_name_span(text, norm, h, lang):
    """``(start, end, acronym, head)`` of an unknown organisation's name around the head-noun
    match ``h``, or None when the words do not make a name."""
    if lang == "en":
        words = h.group(1).split()
        while words and words[0] in _ORG_FIRST_STOP:
            words = words[1:]
        if not words or any(w.isupper() and len(w) > 5 for w in words):
            return None
        start = h.end(1) - len(" ".join(words)) - 1
        end = h.end()
        head = h.group(2).lower()
    elif lang == "fr":
        head = h.group(1).lower()
        start, pos, end = h.start(), h.end(), None
        good = False
        for _ in range(10):
            m = _FR_ORG_WORD.match(text, pos)
            if m is None:
                break
            w = m.group(1)
            if w[:1].isupper():
                good, end = True, m.end()
            elif w.lower() in _FR_ORG_LINK:
                if w.lower() in _FR_ORG_GOOD:
                    good, end = True, m.end()
            else:
                break
            pos = m.end()
        if not good or end is None:
            return None
        # not a plain noun and a place ("le Centre de Paris"): a longer name, a descriptive
        # word or an acronym
        tail = text[h.end():end].split()
        if len(tail) < 3 and not _ACRONYM_RE.match(text, end) and not any(
                w.lower() in _FR_ORG_GOOD for w in tail):
            return None
    else:
        head = h.group(1)
        m = _AR_RIGHTS_END.match(norm, h.end())
        if m is None:
            return None
        start, end = h.start(1), m.end()
        acr = _ACRONYM_RE.match(text, end)
        return start, end, acr.group(1) if acr else None, head
    acr = _ACRONYM_RE.match(text, end)
    acronym = acr.group(1) if acr else None
    if acr:
        end = acr.end()
    return start, end, acronym, head


class OrgMentions:
    """Finds organisations and supporters named by the text (mixin of ``Gazetteer``)."""

    def _unknown_orgs(self, mentions, text, norm, lang):
        """Organisations the tables do not know, named with an organisation head noun:
        "the Awami League", "le Front de libération du peuple du Tigré (TPLF)", "منظمة X
        لحقوق الإنسان" -> ``org/<slug>`` (the acronym's when one follows in brackets), a
        Group for a league, party, front or movement, an NGO for an association,
        organisation, network, centre or observatory. Known names inside it (a country in
        "Bangladesh Nationalist Party") give way to it; a known actor overlapping it wins."""
        rx = _ORG_HEAD_RE.get(lang)
        if rx is None:
            return mentions
        target = text if lang != "ar" else norm
        heads = _ORG_HEAD_WORDS.get(lang)
        if heads is not None and not any(w in target for w in heads):
            return mentions     # no head noun at all (the usual case)
        found = []
        for h in rx.finditer(target):
            span = _org_name_span(text, norm, h, lang)
            if span is None:
                continue
            start, end, acronym, head = span
            if any(m.start < end and start < m.end and (
                    m.key.startswith(("org/", "person/", "official/", "group/"))
                    or m.kind in ("NGO", "IntergovernmentalOrganization", "MediaOutlet",
                                  "GovernmentBody", "Official")
                    or (m.start < start or m.end > end)) for m in mentions):
                continue
            name = text[start:end]
            key = "org/" + _slug(acronym or name)
            if key in self.orgs:
                continue
            kind = "Group" if _ORG_HEAD_KIND.get(head, "NGO") == "Group" else "NGO"
            with self._lock:
                if len(self._dynamic) > 200000:
                    self._dynamic.clear()
                dyn = self._dynamic.setdefault(key, {"kind": kind, "labels": {},
                                                     "represents": None, "role": None})
                dyn["labels"].setdefault(lang, name)
            found.append(Mention(start=start, end=end, surface=name, key=key, kind=kind,
                                 place_key=None, form="name", lang=lang, confidence=0.6))
        if not found:
            return mentions
        out = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end
                                              for f in found)]
        out.extend(found)
        out.sort(key=lambda m: m.start)
        return out

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
