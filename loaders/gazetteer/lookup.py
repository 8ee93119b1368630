"""Find actors and places in Arabic, French and English text.

``get_gazetteer().find(text, lang)`` returns :class:`Mention` objects sorted by start,
non-overlapping (longest match wins), with ``text[m.start:m.end] == m.surface``.

How it works
------------
The data tables (``countries.tsv``, ``capitals.tsv``, ``demonyms.tsv``, ``regions.tsv``,
``organizations.tsv``, ``bodies.tsv``, ``people.tsv`` here, and ``titles.tsv`` /
``groups.tsv`` in ``rightsgraph.loaders.lang.<lang>``) are compiled at load time into one
token trie per language. Text is normalised length-preservingly (so offsets stay valid),
cut into word tokens, and scanned left to right taking the longest pattern at each
token. Arabic tokens are also tried without their proclitics (و ف ب ل ك and combinations,
``لل``) and every Arabic token is compared without its article ``ال``, so "وللكنديين",
"بكندا" and "الكندية" all reach their entries.

The raw matches (country names, demonyms, capitals, regions, organisations, people,
government-body nouns, titles, group nouns) are then combined by small per-language rules:
a body next to a country or demonym becomes that country's body ("وزارة الخارجية
الكندية", "le ministère russe des Affaires étrangères", "Canada's foreign ministry"); a
title next to a country, body or organisation, optionally followed by a name, becomes an
official ("le ministre des Affaires étrangères Sergueï Lavrov", "المتحدث باسم الخارجية
الصينية").

Precision rules: a curated person's surname alone counts only after the full name, right
after a title, or when the text names the country or organisation the person acts for
("Alvi Karimov" is not Islam Karimov); Latin organisation and person names keep their
capitals and all-capital acronyms stay all-capital; a name led by an article does not take
the start of a longer capitalised name ("The National Assembly").

API beyond ``find``: :meth:`Gazetteer.actor`, :meth:`~Gazetteer.place`,
:meth:`~Gazetteer.place_of`, :meth:`~Gazetteer.exists` (never invents),
:meth:`~Gazetteer.has_government`, :meth:`~Gazetteer.is_source`,
:meth:`~Gazetteer.normalize` (pass its result as ``find(text, lang, normalized=...)``).
A :class:`Mention` carries ``generic`` (no country attached), ``is_source`` (news agency)
and ``plural_noun`` (a demonym naming a people: "الألمان", "les Français").

Modules
-------
:mod:`.patterns` (word lists, categories), :mod:`.word_forms` (Arabic keys, skeletons,
nisbas, French forms, slugs), :mod:`.records` (:class:`Mention`, trie entries, matches),
and the mixins of :class:`Gazetteer`: :mod:`.table_loading` (tables into tries),
:mod:`.matching` (raw matches), :mod:`.composition` (bodies, titles, names),
:mod:`.mention_building` (mentions, prepositions, plural nouns), :mod:`.org_mentions`
(supporters, short names of bodies) and :mod:`.homographs` (عمان). This module keeps the
lookup API, ``find`` and :func:`get_gazetteer`.
"""

from __future__ import annotations

import threading
from typing import Optional

from ..model import Actor, Place
from .patterns import LANGS
from .word_forms import _slug
from .records import Mention, _replace
from .table_loading import TableLoading, read_table
from .matching import Matching
from .composition import ItemComposition
from .mention_building import MentionBuilding
from .org_mentions import OrgMentions
from .homographs import Homographs
from .role_spans import DatedGazetteer, role_in_force

__all__ = ["Gazetteer", "Mention", "get_gazetteer", "read_table"]
# ``_replace`` is imported from here too (by mention_cleanup)


# --------------------------------------------------------------------------- languages

def _normalizer(lang):
    if lang == "ar":
        from ..lang.ar.normalize import normalize
    elif lang == "fr":
        from ..lang.fr.normalize import normalize
    else:
        from ..lang.en.normalize import normalize
    return normalize


# --------------------------------------------------------------------------- gazetteer

class Gazetteer(TableLoading, Matching, ItemComposition, MentionBuilding, OrgMentions, Homographs):
    """Actors and places in three languages, with a fast matcher per language."""

    def __init__(self):
        self._lock = threading.Lock()
        self.countries: dict[str, dict] = {}     # iso -> {"en","fr","ar","un"}
        self.regions: dict[str, dict] = {}       # code -> {"en","fr","ar","parent"}
        self.capitals: dict[str, dict] = {}      # iso -> {"en","fr","ar"}
        self.orgs: dict[str, dict] = {}          # key -> row
        self.people: dict[str, dict] = {}        # key -> row (the latest role)
        self.person_roles: dict[str, tuple] = {}  # key -> rows, one per role, by start
        self.body_types: dict[str, dict] = {}    # type -> {"en","fr","ar","kind","flags"}
        self.roles: dict[str, dict] = {}         # role -> {"en","fr","ar","body"}
        self.group_types: dict[str, dict] = {}   # group slug -> labels
        self.demonym_labels: dict[str, dict] = {}
        self._dynamic: dict[str, dict] = {}     # person key -> latest sighting
        self._cand_cache: dict[str, tuple] = {}
        self._key_cache: dict[str, str] = {}     # Arabic token -> trie key
        self._live_cache: dict[str, bool] = {}   # Arabic token -> may start a match
        self._tries = {lang: {} for lang in LANGS}
        self._norm = {lang: _normalizer(lang) for lang in LANGS}
        self._load()

    # ------------------------------------------------------------------ lookup API
    def actor(self, key: str, date: Optional[str] = None) -> Optional[Actor]:
        """The :class:`Actor` for a key (curated, or created by ``find``).

        ``date`` (ISO): a curated person with several roles gets the role in force then
        (see :meth:`role_at`); without one, the latest role.

        Always a fresh copy, and independent of what other documents were read before:
        curated and key-derived actors (``body/CA/embassy``, ``official/CA/foreign-minister``)
        come from the tables alone; a person first met in a text (``person/<slug>``) carries
        the name, role and principal of the latest ``find`` that saw it (the document being
        read), so serial and parallel loads give the same records.
        """
        a = self._make_actor(key, date)
        dyn = self._dynamic.get(key)
        if dyn is not None:
            if a is None:
                a = Actor(key=key, kind=dyn["kind"])
            for lang, label in dyn["labels"].items():
                a.labels.setdefault(lang, label)
            for k in ("represents", "role"):
                if dyn.get(k) and not getattr(a, k, None):
                    setattr(a, k, dyn[k])
        if a is not None and not a.labels.get("en"):
            a.labels["en"] = self._en_label(key, a)
        return a

    def _en_label(self, key: str, a: Actor) -> str:
        """An English prefLabel when the tables have none: a person's name romanised from
        the key's slug ("person/sami-nassar" -> "Sami Nassar"), else the key's last part."""
        parts = key.split("/")
        words = parts[-1].replace("-", " ").strip()
        if parts[0] == "person":
            return " ".join(w[:1].upper() + w[1:] for w in words.split()) or key
        if a.role and a.represents:
            owner = a.represents.split("/")[-1]
            return f"{a.role} ({self.country_label(owner, 'en')})"
        return words[:1].upper() + words[1:] if words else key

    def exists(self, key: str) -> bool:
        """Whether ``key`` names a known actor or place: a curated country, region,
        organisation or person, a body/official/group built from known parts
        (``body/CA/embassy``, ``official/RU/foreign-minister``, ``group/KZ/protesters``), or a
        person met by :meth:`find`. Unlike :meth:`actor`, never invents one."""
        if not key or "/" not in key:
            return False
        parts = key.split("/")
        head = parts[0]
        known_code = (lambda c: c in self.countries or c in self.regions)
        if head == "place":
            return len(parts) == 2 and known_code(parts[1])
        if head == "gov":
            return len(parts) == 2 and known_code(parts[1])
        if key in self.orgs or key in self.people:
            return True
        if head == "org":
            return key in self._dynamic
        if head == "person":
            return key in self._dynamic
        if head == "body":
            if len(parts) == 2:
                return parts[1] in self.body_types
            return len(parts) == 3 and known_code(parts[1]) and parts[2] in self.body_types
        if head == "group":
            if parts[-1].endswith("-supporters") and len(parts) in (2, 3):
                return len(parts) == 2 or known_code(parts[1])
            if len(parts) == 2:
                return parts[1] in self.group_types
            return len(parts) == 3 and known_code(parts[1]) and parts[2] in self.group_types
        if head == "official":
            role = parts[-1].replace("-", " ")
            if role not in self.roles and not any(_slug(r) == parts[-1] for r in self.roles):
                return False
            if len(parts) == 2:
                return True
            return len(parts) == 3 and (known_code(parts[1]) or "org/" + parts[1] in self.orgs)
        return False

    def has_government(self, place_key: str) -> bool:
        """Whether a place has its own government: every country, and the regions marked
        ``gov=1`` in regions.tsv (Chechnya, Xinjiang, Hong Kong...); other ISO 3166-2
        subdivisions roll up to their country."""
        if not place_key:
            return False
        code = place_key.split("/", 1)[1] if place_key.startswith(("place/", "gov/")) \
            else place_key
        if code in self.countries:
            return True
        r = self.regions.get(code)
        return bool(r and r.get("gov"))

    def is_source(self, key: str) -> bool:
        """Whether an actor is a news agency usually cited as a source ("according to
        Reuters", "وكالة الأنباء الرسمية") rather than acting itself (``source=1`` in
        organizations.tsv; generic state news agencies too)."""
        r = self.orgs.get(key)
        if r is not None:
            return (r.get("source") or "").strip() == "1"
        return key.startswith("body/") and key.endswith("/news-agency")

    def place(self, key: str) -> Optional[Place]:
        code = key.split("/", 1)[1] if "/" in key else key
        if code in self.countries:
            c = self.countries[code]
            return Place(key="place/" + code, iso=code, labels={l: c[l] for l in LANGS})
        if code in self.regions:
            c = self.regions[code]
            return Place(key="place/" + code, iso=code, labels={l: c[l] for l in LANGS if c[l]})
        return None

    def place_of(self, key: Optional[str]) -> Optional[str]:
        """The place key an actor belongs to: gov/CA, body/CA/..., official/CA/... -> place/CA."""
        if not key:
            return None
        parts = key.split("/")
        head = parts[0]
        if head == "place":
            return key
        if head in ("gov", "body", "official", "group") and len(parts) >= 2:
            code = parts[1]
            if code in self.countries or code in self.regions:
                return "place/" + code
            return None
        if head == "person":
            a = self.actor(key)
            if a is not None and a.represents and a.represents != key:
                return self.place_of(a.represents)
        return None

    def government_of_place(self, place_key: str) -> Optional[str]:
        code = place_key.split("/", 1)[1]
        return "gov/" + code if code in self.countries or code in self.regions else None

    def country_label(self, code: str, lang: str = "en") -> str:
        if code in self.countries:
            return self.countries[code][lang] or self.countries[code]["en"]
        if code in self.regions:
            return self.regions[code][lang] or self.regions[code]["en"]
        return code

    def role_at(self, key: str, date: Optional[str] = None) -> dict:
        """The ``people.tsv`` row of a curated person's role in force at ``date`` (an ISO
        date; None: the latest role), or an empty dict for a key not in the table."""
        rows = self.person_roles.get(key)
        return role_in_force(rows, date) if rows else {}

    def as_of(self, date: Optional[str]) -> DatedGazetteer:
        """This gazetteer as a reader of a document dated ``date`` sees it: people get the
        role in force then (:class:`.role_spans.DatedGazetteer`)."""
        return DatedGazetteer(self, date)

    def _make_actor(self, key: str, date: Optional[str] = None) -> Optional[Actor]:
        parts = key.split("/")
        head = parts[0]
        if head == "gov" and len(parts) == 2:
            code = parts[1]
            if code in self.countries:
                c = self.countries[code]
                labels = {l: _gov_label(l, c[l]) for l in LANGS}
                return Actor(key=key, kind="Government", labels=labels, iso=code)
            if code in self.regions:
                c = self.regions[code]
                labels = {l: _gov_label(l, c[l]) for l in LANGS if c[l]}
                return Actor(key=key, kind="Government", labels=labels, iso=code,
                             part_of="gov/" + c["parent"] if c["parent"] else None)
            return None
        if head == "body":
            btype = parts[-1]
            info = self.body_types.get(btype, {"en": btype.replace("-", " "), "fr": "",
                                               "ar": "", "kind": "GovernmentBody"})
            if len(parts) == 3:
                code = parts[1]
                labels = {}
                for l in LANGS:
                    if info.get(l):
                        labels[l] = f"{info[l]} ({self.country_label(code, l)})"
                return Actor(key=key, kind=info.get("kind") or "GovernmentBody", labels=labels,
                             iso=code, part_of="gov/" + code)
            labels = {l: info[l] for l in LANGS if info.get(l)}
            return Actor(key=key, kind=info.get("kind") or "GovernmentBody", labels=labels)
        if head == "org" or (head == "official" and key in self.orgs):
            r = self.orgs.get(key)
            if r is None:
                return None
            labels = {l: r[l] for l in LANGS if r.get(l)}
            return Actor(key=key, kind=r["kind"], labels=labels, iso=r.get("iso") or None,
                         part_of=r.get("part_of") or None, same_as=r.get("wikidata") or None,
                         represents=r.get("represents") or None, role=r.get("role") or None)
        if head == "person":
            r = self.people.get(key)
            if r is None:
                return None
            labels = {l: r[l] for l in LANGS if r.get(l)}
            if date is not None:
                r = self.role_at(key, date)
            kind = "Official" if r.get("represents") else "Person"
            return Actor(key=key, kind=kind, labels=labels, represents=r.get("represents") or None,
                         role=r.get("role") or None, same_as=r.get("wikidata") or None,
                         role_start=(r.get("start") or "").strip() or None,
                         role_end=(r.get("end") or "").strip() or None)
        if head == "official":
            # official/<CA|org-slug>/<role> or official/<role>
            role_slug = parts[-1]
            role = role_slug.replace("-", " ")
            rinfo = self.roles.get(role, {"en": role})
            if len(parts) == 3:
                owner = parts[1]
                if owner in self.countries or owner in self.regions:
                    rep = "gov/" + owner
                    labels = {l: f"{rinfo.get(l) or rinfo['en']} ({self.country_label(owner, l)})"
                              for l in LANGS if rinfo.get(l) or l == "en"}
                else:
                    rep = "org/" + owner
                    o = self.orgs.get(rep, {})
                    labels = {l: f"{rinfo.get(l) or rinfo['en']} ({o.get(l) or owner})"
                              for l in LANGS if rinfo.get(l) or l == "en"}
                return Actor(key=key, kind="Official", labels=labels, represents=rep, role=role)
            return Actor(key=key, kind="Official",
                         labels={l: rinfo[l] for l in LANGS if rinfo.get(l)}, role=role)
        if head == "group":
            g = parts[-1]
            info = self.group_types.get(g, {"en": g.replace("-", " ")})
            if g not in self.group_types and g.endswith("-supporters"):
                who = g[:-len("-supporters")].replace("-", " ").title()
                info = {"en": f"supporters of {who}", "fr": f"partisans de {who}"}
            labels = {l: info[l] for l in LANGS if info.get(l)}
            if len(parts) == 3:
                code = parts[1]
                labels = {l: f"{v} ({self.country_label(code, l)})" for l, v in labels.items()}
            return Actor(key=key, kind="Group", labels=labels,
                         iso=parts[1] if len(parts) == 3 else None)
        return None

    def _register(self, key, kind, lang, label, **kw):
        """Remember a person met in a text (the latest sighting wins; see :meth:`actor`)."""
        if not key.startswith("person/") or key in self.people:
            return
        with self._lock:
            if len(self._dynamic) > 200000:
                self._dynamic.clear()
            self._dynamic[key] = {"kind": kind, "labels": {lang: label} if label else {},
                                  "represents": kw.get("represents"), "role": kw.get("role")}

    _STATE_ROLES_NO_BODY = {"spokesperson", "envoy", "official", "special envoy"}

    def state_role(self, role: Optional[str]) -> bool:
        """Whether a title is a state office (a minister, president, ambassador, government
        spokesperson...) rather than an organisation's (director, secretary-general)."""
        if not role:
            return False
        if role in self._STATE_ROLES_NO_BODY:
            return True
        return bool(self.roles.get(role, {}).get("body"))

    def assign_principal(self, key: str, represents: str) -> bool:
        """Give a titled person met in a text with no principal ("Prime Minister X", the
        country unnamed) the actor they act for, as resolved from the document's context.
        Curated people and people with a principal are left as they are."""
        if not key.startswith("person/") or key in self.people:
            return False
        with self._lock:
            dyn = self._dynamic.get(key)
            if dyn is None or dyn.get("represents"):
                return False
            dyn["represents"] = represents
            dyn["kind"] = "Official"
        return True

    # ------------------------------------------------------------------ finding
    def find(self, text: str, lang: str, normalized: Optional[str] = None) -> list[Mention]:
        """Mentions of actors and places in ``text`` (sorted, non-overlapping).

        ``normalized``: ``text`` already passed through :meth:`normalize` for ``lang`` (the
        normalisation is length-preserving, so offsets are shared); saves normalising twice.
        Ignored when its length differs from ``text``'s.
        """
        if lang not in LANGS:
            lang = "en"
        if not text:
            return []
        norm, toks, raws = self._scan_raw(text, lang, normalized)
        items = self._raw_matches(text, lang, norm, toks, raws)
        items = self._compose_bodies(items, text, norm, toks, lang)
        items = self._compose_titles(items, text, norm, toks, lang)
        mentions = []
        for it in items:
            m = self._to_mention(it, text, norm, toks, lang)
            if m is not None:
                mentions.append(m)
        mentions = self._propagate_names(mentions, text, norm, toks, lang)
        mentions.sort(key=lambda m: m.start)
        mentions = self._supporters_of(mentions, text, norm, lang)
        mentions = self._short_org_names(mentions, norm, lang)
        mentions = [self._flag(m) for m in mentions]
        if lang == "ar":
            mentions = [self._amman_or_oman(m, text, norm) for m in mentions]
        mentions = self._brussels_for_the_eu(mentions, norm)
        return self._share_prepositions(mentions, norm, lang)


def _gov_label(lang, name):
    if lang == "en":
        return f"Government of {name}"
    if lang == "fr":
        return f"gouvernement ({name})"
    return f"حكومة {name}"


_SINGLETON: Optional[Gazetteer] = None
_SINGLETON_LOCK = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The shared gazetteer (built once from the shipped tables)."""
    global _SINGLETON
    if _SINGLETON is None:
        with _SINGLETON_LOCK:
            if _SINGLETON is None:
                _SINGLETON = Gazetteer()
    return _SINGLETON
