"""From composed matches to :class:`.records.Mention` objects (the
:class:`MentionBuilding` mixin of :class:`.lookup.Gazetteer`): the locative preposition
before a mention and its sharing along a list, demonyms used as plural nouns, officials'
keys and principals, later bare surnames of officials named earlier, and the ``generic`` /
``is_source`` flags."""

from __future__ import annotations

import re
from typing import Optional

from ..domestic_offices import DOMESTIC_BODIES, former_holder   # "the prison director"
from .patterns import (BODY, CAP, DEM, GROUP, NAME, ORG, PERSON, RDEM, REGION, SKIP, TITLE,
                       _ARTICLES, _AR_STOP, _LOCATIVE, _MINISTRIES, _PLACE_FORMS, _TOKEN_RE)
from .word_forms import _ar_canon, _slug
from .records import Mention, _replace

# A capitalised word right after a surname: the surname is a first name here ("Ahmed Mansour").
_NEXT_NAME = re.compile(r"[ \u00a0]+[A-ZÀ-Ý]")

# The member states of an intergovernmental organisation, named as a whole ("les pays du G7",
# "les États de l'UA", "دول الاتحاد الأوروبي", "بلدان مجلس التعاون", "the GCC states", "ECOWAS
# member countries"): the organisation's mention takes the collective noun in (normalised text).
_MEMBERS_BEFORE = {
    "fr": re.compile(r"(?:^|\s)((?:pays|etats)(?: membres)?) (?:du |de la |de l'|des )$"),
    "ar": re.compile(r"(?:^|\s)(?:و|ف)?(دول |بلدان |(?:الدول|البلدان) الاعضاء (?:في |ب))$"),
    "en": re.compile(r"(?:^|\s)((?:member )?(?:states|countries|nations)) of (?:the )?$"),
}
# A military government ("the junta's spokesman", "porte-parole de la junte", "المجلس العسكري").
_JUNTA = re.compile(r"(?i)junt[ae]|conseil militaire|military council|المجلس العسكري|الطغمة العسكرية")

_MEMBERS_AFTER = {
    "en": re.compile(r"(?:'s)? (?:(?:\d+|twenty-seven|seven) )?(?:member )?(?:states|countries|nations)\b"),
}


class MentionBuilding:
    """Turns composed matches into mentions (mixin of ``Gazetteer``)."""

    # ------------------------------------------------------------------ mentions
    def _preposition(self, it, text, norm, toks, lang):
        if lang == "ar" and it.prefix and "ب" in it.prefix:
            return "ب"
        k = it.ti - 1
        skipped = 0
        while k >= 0:
            g = norm[toks[k][1]:toks[k + 1][0] if k + 1 < len(toks) else it.tstart]
            if g.strip(" '") != "" or "\n" in g:
                return None
            key = toks[k][2]
            if lang == "ar":
                raw = norm[toks[k][0]:toks[k][1]].replace(SKIP, "")
                for cand in (raw, raw[1:] if raw[:1] in "وف" else None):
                    if cand and cand in _LOCATIVE["ar"]:
                        off = toks[k][0] + (len(norm[toks[k][0]:toks[k][1]]) - len(cand)
                                             if cand != raw else 0)
                        return text[off:toks[k][1]] if cand != raw else text[toks[k][0]:toks[k][1]]
                return None
            if key in _ARTICLES[lang] and skipped == 0:
                skipped += 1
                k -= 1
                continue
            if key in _LOCATIVE[lang]:
                return text[toks[k][0]:toks[k][1]]
            if lang == "en" and key == "of" and k >= 2 and toks[k - 1][2] == "front" \
                    and toks[k - 2][2] == "in":
                return text[toks[k - 2][0]:toks[k][1]]
            return None
        return None

    def _to_mention(self, it, text, norm, toks, lang) -> Optional[Mention]:
        surface = text[it.start:it.end]
        prep = self._preposition(it, text, norm, toks, lang)
        poss = False
        if lang == "en":
            poss = re.match(r"'s?\b|'(?=\s)", norm[it.end:it.end + 3]) is not None
        base = dict(start=it.start, end=it.end, surface=surface, preposition=prep, lang=lang,
                    possessive=poss)
        cat = it.cat
        if cat == NAME:
            return Mention(key="gov/" + it.iso, kind="Government", place_key="place/" + it.iso,
                           form="name", **base)
        if cat == CAP:
            return Mention(key="gov/" + it.iso, kind="Government", place_key="place/" + it.iso,
                           form="capital", **base)
        if cat in (DEM, RDEM):
            return Mention(key="gov/" + it.iso, kind="Government", place_key="place/" + it.iso,
                           form="demonym", plural_noun=self._plural_noun(it, text, norm, toks,
                                                                         lang), **base)
        if cat == REGION:
            return Mention(key="place/" + it.iso, kind="Place", place_key="place/" + it.iso,
                           form="region", **base)
        if cat == ORG:
            kind = it.entry.value
            r = self.orgs.get(it.key, {})
            if kind == "IntergovernmentalOrganization":
                base = self._with_members(base, text, norm, lang)
            return Mention(key=it.key, kind=kind, place_key=None,
                           form="official" if kind == "Official" else "name",
                           represents=r.get("represents") or None, role=r.get("role") or None,
                           **base)
        if cat == PERSON:
            r = self.people.get(it.key, {})
            rep = r.get("represents") or None
            return Mention(key=it.key, kind="Official" if rep else "Person",
                           place_key=self.place_of(rep) if rep else None,
                           form="official" if rep else "name", represents=rep,
                           role=r.get("role") or None, name=surface, **base)
        if cat == BODY:
            btype = it.value
            info = self.body_types.get(btype, {"flags": frozenset(), "kind": "GovernmentBody"})
            flags = info["flags"] | it.entry.flags
            if "needs_country" in flags and not it.iso:
                return None
            if "gov" in flags:
                if it.iso:
                    return Mention(key="gov/" + it.iso, kind="Government",
                                   place_key="place/" + it.iso, form="body", **base)
                return Mention(key="body/" + btype, kind="Government", place_key=None,
                               form="body", **base)
            if it.iso:
                key = f"body/{it.iso}/{btype}"
                self._register(key, info.get("kind") or "GovernmentBody", lang, surface)
                return Mention(key=key, kind=info.get("kind") or "GovernmentBody",
                               place_key="place/" + it.iso, form="body", **base)
            return Mention(key="body/" + btype, kind=info.get("kind") or "GovernmentBody",
                           place_key=None, form="body", confidence=0.6, **base)
        if cat == GROUP:
            g = it.value
            if it.iso:
                key = f"group/{it.iso}/{g}"
                self._register(key, "Group", lang, surface)
                return Mention(key=key, kind="Group", place_key="place/" + it.iso, form="group",
                               **base)
            return Mention(key="group/" + g, kind="Group", place_key=None, form="group", **base)
        if cat == TITLE:
            return self._official_mention(it, base, lang, norm)
        return None

    @staticmethod
    def _with_members(base, text, norm, lang):
        """``base`` widened over a collective noun for the organisation's member states
        (``_MEMBERS_BEFORE`` / ``_MEMBERS_AFTER``), so that the verb's subject is the
        organisation and not a noun in front of it."""
        start, end = base["start"], base["end"]
        before = _MEMBERS_BEFORE.get(lang)
        if before is not None:
            m = before.search(norm, max(0, start - 32), start)
            if m is not None:
                start = m.start(1)
        after = _MEMBERS_AFTER.get(lang)
        if after is not None:
            m = after.match(norm, end, min(len(norm), end + 40))
            if m is not None:
                end = m.end()
        if (start, end) == (base["start"], base["end"]):
            return base
        if start != base["start"]:     # the preposition was inside the collective ("في")
            base = dict(base, preposition=None)
        return dict(base, start=start, end=end, surface=text[start:end])

    _EN_VERBISH = set("""have has had are were is was will would say said says did do does
    also could should must may might can cannot voted want wanted""".split())
    _FR_PLURAL_DET = {"les", "des", "aux", "ces", "nos", "vos", "leurs", "deux", "trois"}

    def _plural_noun(self, it, text, norm, toks, lang):
        """Whether a demonym stands for a people as a plural noun ("الألمان", "الفرنسيون",
        "les Français", "the Germans", "the French said") rather than as an adjective
        ("المواطنين الألمان", "des femmes françaises", "Chinese companies")."""
        plural = "plural" in it.entry.flags
        prev = toks[it.ti - 1] if it.ti > 0 else None
        gap = norm[prev[1]:toks[it.ti][0]] if prev else ""
        glued = prev is not None and gap.strip() == "" and "\n" not in gap
        if lang == "ar":
            if not plural:
                return False
            raw = norm[toks[it.ti][0]:toks[it.ti][1]].replace(SKIP, "")
            body = raw[len(it.prefix):] if it.prefix and raw.startswith(it.prefix) else raw
            definite = body.startswith(("ال", "ل")) and it.prefix.endswith("ل") \
                or body.startswith("ال")
            if not definite:
                return False
            if glued:
                p = norm[prev[0]:prev[1]].replace(SKIP, "")
                if p[:1] in ("و", "ف", "ب") and p[1:3] == "ال":
                    p = p[1:]
                if p.startswith(("ال", "لل")) and p not in _AR_STOP:
                    return False        # agrees with a definite noun: an adjective
            return True
        surface = text[it.start:it.end]
        if lang == "fr":
            if not surface[:1].isupper():
                return False
            return prev is None or not glued or prev[2] in self._FR_PLURAL_DET
        # English
        if plural:
            return True
        if prev is not None and prev[2] == "the" and glued:
            nxt = it.tj + 1
            if nxt >= len(toks):
                return True
            g = norm[toks[it.tj][1]:toks[nxt][0]]
            if g.strip(" ") != "":
                return True
            w = toks[nxt][2]
            return w in self._EN_VERBISH or (w.endswith("ed") and not text[toks[nxt][0]].isupper())
        return False

    def _official_mention(self, it, base, lang, norm=""):
        owner, person_key, name = it.mention or (None, None, None)
        role = it.value
        rinfo = self.roles.get(role, {})
        body_type = None
        for f in it.entry.flags:
            if f.startswith("body:") and f[5:]:
                body_type = f[5:]
        represents, body_key, place_key = None, None, None
        if owner is not None:
            if owner[0] == "gov" and owner[1]:
                represents = "gov/" + owner[1]
                place_key = "place/" + owner[1]
                if body_type:
                    body_key = f"body/{owner[1]}/{body_type}"
            elif owner[0] == "body":
                code, btype = owner[1], owner[2]
                if code:
                    represents = "gov/" + code
                    place_key = "place/" + code
                    body_key = f"body/{code}/{btype}"
                else:
                    body_key = "body/" + btype
            elif owner[0] == "org":
                represents = owner[1]
        if person_key is not None:
            r = self.people.get(person_key, {})
            if represents is None:
                represents = r.get("represents") or None
                place_key = self.place_of(represents) if represents else None
            key = person_key
        elif name:
            key = "person/" + _slug(name)
            self._register(key, "Official", lang, name, represents=represents, role=role)
        else:
            if owner == ("gov", None) and _JUNTA.search(base["surface"]):
                # the spokesman of a junta whose country is not named speaks for the military
                # government, resolved as "the authorities" are ("the government's spokesman"
                # is left to the speaker named before: the government of another state may
                # be named in the sentence)
                return Mention(key="body/government", kind="Government", place_key=None,
                               form="body", **base)
            if not represents and not body_key and body_type not in _MINISTRIES and (
                    body_type not in DOMESTIC_BODIES or former_holder(norm, base["start"], base["end"])):
                return None       # a bare generic title ("the head", "a minister")
            if represents and represents.startswith("gov/"):
                key = f"official/{represents[4:]}/{_slug(role)}"
            elif represents and represents.startswith("org/"):
                key = f"official/{represents[4:]}/{_slug(role)}"
            else:
                key = f"official/{_slug(role)}"
            self._register(key, "Official", lang, base["surface"], represents=represents,
                           role=role)
        conf = 0.9 if (represents or name) else 0.5
        return Mention(key=key, kind="Official", place_key=place_key, form="official",
                       represents=represents, role=role, name=name, body=body_key,
                       confidence=conf, **base)

    def _propagate_names(self, mentions, text, norm, toks, lang):
        """Later bare surnames of officials named with a title earlier in the text, and of
        known people named in full whose table row gives no surname ("Jean-Noël Barrot ...
        Barrot a également appelé")."""
        named = {}
        for m in mentions:
            if m.form == "official" and m.name and m.key.startswith("person/") \
                    and (m.key not in self.people or lang != "ar"):
                parts = _TOKEN_RE.findall(self._norm[lang](m.name))
                if parts and (lang != "ar" or len(parts) >= 2):
                    last = parts[-1].replace(SKIP, "")
                    if lang == "ar":
                        last = _ar_canon(last)
                    if len(last) >= 3:
                        named.setdefault(last, m)
        if not named:
            return mentions
        covered = [(m.start, m.end) for m in mentions]
        out = list(mentions)
        for s, e, k in toks:
            m = named.get(k)
            if m is None or any(a <= s < b for a, b in covered):
                continue
            if lang != "ar" and not text[s].isupper():
                continue
            if m.key in self.people and _NEXT_NAME.match(text, e):
                continue    # "Ahmed Mansour" after "Abiy Ahmed": another person's first name
            out.append(Mention(start=s, end=e, surface=text[s:e], key=m.key, kind="Official",
                               place_key=m.place_key, form="official", represents=m.represents,
                               role=m.role, name=text[s:e], body=m.body, lang=lang,
                               confidence=0.7,
                               preposition=None))
        return out

    def _flag(self, m: Mention) -> Mention:
        key = m.key
        generic = not m.place_key and key.count("/") == 1 and key.startswith(
            ("body/", "group/", "official/")) and key not in self.orgs
        source = m.kind == "MediaOutlet" and self.is_source(key)
        if generic:
            object.__setattr__(m, "generic", True)     # a fresh, unshared record
        if source:
            object.__setattr__(m, "is_source", True)
        return m

    _COORD = {
        "en": re.compile(r"\s*(,|,?\s*and|,?\s*or)?\s*(the\s+)?"),
        "fr": re.compile(r"\s*(,|et|ou)?\s*(le\s+|la\s+|les\s+|l')?"),
        "ar": re.compile(r"\s*[,،]?\s*(و\u0640*)?"),
    }

    def _share_prepositions(self, mentions, norm, lang):
        """A list after a locative preposition shares it: "in Belgium and Canada"."""
        out = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev is not None and m.preposition is None and prev.preposition \
                    and m.form in _PLACE_FORMS and prev.form in _PLACE_FORMS:
                gap = norm[prev.end:m.start]
                if self._COORD[lang].fullmatch(gap):
                    m = _replace(m, preposition=prev.preposition)
            out.append(m)
        return out
