"""Crowds of a country's people rallying abroad: ``group/<ISO>/diaspora``.

A rally of a country's nationals, exiles or community held in another country ("In Paris,
hundreds of Ivorians of the diaspora gathered", "In London, dozens of Zimbabweans held a
protest outside the Zimbabwean embassy", "وفي برلين، تجمع عشرات المعارضين الإيرانيين أمام
السفارة الإيرانية", "نظّم مغتربون لبنانيون وقفة أمام السفارة اللبنانية") is held by the
diaspora of that country, whatever noun names the crowd (protesters, opponents, activists,
supporters). The crowd readers (:mod:`.crowds`) name it by its noun; :func:`diaspora_crowds`
renames it once the response's sentence is known:

- the crowd is ``group/<X>/<slug>`` with a slug of people who rally (``_RENAMED``);
- the sentence says the crowd are X's people (a demonym of X, a group merged with X's
  nationality, "exiles", "diaspora", "الجالية": "dozens of people outside the Russian
  embassy" may be anyone) and either names a mission of X (its embassy, consulate,
  representation: always abroad) or places the rally in a foreign country (a capital,
  country or city of another country after a locative: "In Warsaw", "à Genève", "في برلين");
- and it places nothing of X itself after a locative ("in Harare", "à Abidjan").

The same crowd's other acts in that sentence (a demand in its purpose clause) are renamed
with it, except its demand: a diaspora's rally states no demand of its own (the dev gold, 4
of 6). The residents of a place who rally at home are protesters ("Residents of Gulu
marched", "تظاهر المئات من سكان مدينة القصرين": ``_RALLYING_AS``); someone's supporters who
rally at home keep their noun ("Outside the courthouse, several dozen supporters gathered",
"plusieurs dizaines de sympathisants s'étaient rassemblés": ``supporters``, as the gold of the
later sets and of the held-out names them; the earlier sets had ``protesters``, round 10).
"""

from __future__ import annotations

import re

from .cues import ar_alternation

__all__ = ["diaspora_crowds"]

# Crowds that may be a diaspora (not families, professions, prisoners or refugees: a
# diaspora is named for its country, those for what they are)
_RENAMED = frozenset({"protesters", "activists", "opposition", "supporters", "dissidents"})
# Crowds named for where they live who hold a rally are protesters
_RALLYING_AS = {"residents": "protesters"}
_MISSION = re.compile(r"^body/([A-Z]{2})(?:-[A-Z0-9]+)?/(?:embassy|consulate|mission|representation|"
                      r"delegation|legation)")


# What says the crowd are the country's people living abroad, besides a demonym
_PEOPLE_ABROAD = {
    "en": re.compile(r"\b(?:exiles?|exiled|in exile|expatriates?|expats|diaspora|emigres?|community|"
                     r"communities|nationals)\b"),
    "fr": re.compile(r"\b(?:exiles?|exilees?|en exil|expatries?|diaspora|communaute|ressortissant(?:e|s|es)?|"
                     r"emigres?)\b"),
}
# Venues of rallies abroad that are neither capitals nor cities of gazetteer/cities.tsv
# (which leaves out the seats of meetings and courts: a venue is not where a situation is)
_VENUES = {
    "en": (r"geneva|new york|the hague|strasbourg|hamburg|munich|frankfurt|toronto|montreal|sydney|"
           r"melbourne|istanbul|los angeles|marseille|lyon|milan|manchester|birmingham|cologne"),
    "fr": (r"geneve|new york|la haye|strasbourg|hambourg|munich|francfort|toronto|montreal|sydney|"
           r"istanbul|los angeles|marseille|lyon|milan|manchester|cologne"),
}
_VENUE_COUNTRY = {"geneva": "CH", "geneve": "CH", "new york": "US", "los angeles": "US", "the hague": "NL",
                  "la haye": "NL", "strasbourg": "FR", "marseille": "FR", "lyon": "FR", "hamburg": "DE",
                  "hambourg": "DE", "munich": "DE", "frankfurt": "DE", "francfort": "DE", "cologne": "DE",
                  "toronto": "CA", "montreal": "CA", "sydney": "AU", "melbourne": "AU", "istanbul": "TR",
                  "milan": "IT", "manchester": "GB", "birmingham": "GB"}
_AR_VENUES = {"جنيف": "CH", "نيويورك": "US", "لاهاي": "NL", "ستراسبورغ": "FR", "هامبورغ": "DE",
              "ميونخ": "DE", "فرانكفورت": "DE", "كولونيا": "DE", "تورونتو": "CA", "مونتريال": "CA",
              "سيدني": "AU", "اسطنبول": "TR", "إسطنبول": "TR", "مرسيليا": "FR", "ليون": "FR", "ميلانو": "IT",
              "مانشستر": "GB", "لوس أنجلوس": "US"}
_LOCATIVE = {"en": r"(?:in|at|outside)\s+(?:the\s+)?", "fr": r"(?:a|en|devant)\s+(?:la\s+)?",
             "ar": r"(?<!\S)[وف]?(?:في|ب)\s*"}
_VENUE_RX = {}


def _venue_rx(lang):
    rx = _VENUE_RX.get(lang)
    if rx is None:
        if lang == "ar":
            from .cues import normalized_view
            table = {normalized_view(w, "ar")[0]: c for w, c in _AR_VENUES.items()}
            words = "|".join(sorted(table, key=len, reverse=True))
            rx = (re.compile(_LOCATIVE["ar"] + r"(" + words + r")(?!\S)"), table)
        else:
            rx = (re.compile(r"\b" + _LOCATIVE[lang] + r"(" + _VENUES[lang] + r")\b"), _VENUE_COUNTRY)
        _VENUE_RX[lang] = rx
    return rx


_AR_PEOPLE_ABROAD = None


def _people_abroad(norm, lang, na, nb):
    """Whether ``norm[na:nb]`` names people living abroad ("exiles", "الجالية")."""
    global _AR_PEOPLE_ABROAD
    if lang == "ar":
        if _AR_PEOPLE_ABROAD is None:
            _AR_PEOPLE_ABROAD = re.compile(r"(?:^|\s)[وف]?(?:ال)?(?:" + ar_alternation(
                "جالية|جاليات|مغتربين|مغتربون|مغترب|منفى|منفيين|منفيون|مهجر|مهاجرين") + r")(?!\S)")
        rx = _AR_PEOPLE_ABROAD
    else:
        rx = _PEOPLE_ABROAD.get(lang)
    return bool(rx and rx.search(norm, na, nb))


def _plural_noun(surface, lang):
    """Whether a demonym reads as a plural noun (people), not an adjective."""
    if lang == "ar":
        return surface.endswith(("ين", "ون"))
    return surface.endswith(("s", "x")) and not surface.endswith("ss")


def _country(key):
    """The ISO country of a place key or code ("place/RU-CE" -> "RU")."""
    return key.removeprefix("place/").split("-")[0].split("/")[0] if key else None


def _sentence_reading(mentions, norm, lang, na, nb, iso):
    """``(mission, abroad, home, nationals)`` for a crowd of ``iso`` in ``norm[na:nb]``."""
    mission = abroad = home = nationals = False
    for m in mentions:
        if m.start < na or m.end > nb:
            continue
        mm = _MISSION.match(m.key)
        if mm is not None and mm.group(1) == iso:
            mission = True
            continue
        country = _country(m.place_key)
        if m.key.startswith("group/") and m.key.count("/") == 2 and _country(m.key.split("/")[1]) == iso:
            if m.preposition:
                home = True         # "while in Manila relatives of ...": a place of X named
            elif m.key.rsplit("/", 1)[-1] in _RENAMED or m.key.endswith("/diaspora"):
                nationals = True    # "المعارضين الإيرانيين", "Ivoiriens de la diaspora"
        elif m.form == "demonym" and country == iso and _plural_noun(norm[m.start:m.end], lang):
            nationals = True    # "Belarusians", "مصريون" (not "waving Philippine flags")
        elif m.form in ("capital", "name") and m.preposition and country:
            if country == iso:
                home = True
            else:
                abroad = True
    if not (abroad or home):
        from .city_scan import city_mentions
        for code, _, _, prep in city_mentions(norm, lang, na, nb, mentions):
            if prep:
                home, abroad = (True, abroad) if _country(code) == iso else (home, True)
    if not abroad:
        rx, table = _venue_rx(lang)
        for v in rx.finditer(norm, na, nb):
            if table.get(v.group(1)) != iso:
                abroad = True
    if not nationals and (abroad or mission):
        nationals = _people_abroad(norm, lang, na, nb)
    return mission, abroad, home, nationals


def diaspora_crowds(responses, noted, sentences, mentions, norm, lang):
    """Rename the crowds of rallies held abroad (see the module docstring).

    Parameters
    ----------
    responses : list of Response
        The responses, agents already placed (``group/<ISO>/<slug>``).
    noted : list of (Response, int or None, int)
        Each response with the index of its sentence (``SituationVotes.responses``).
    sentences : list of (int, int, int, float)
        ``(index, start, end, weight)`` of the sentences, normalised offsets.
    mentions : list
        The gazetteer mentions of the text (normalised offsets).
    norm : str
        The normalised text.
    lang : str

    Returns
    -------
    list of Response
        ``responses``, with the agents of rallies abroad renamed in place.
    """
    if not any(r.type == "Demonstration" and any(k.startswith("group/") for k in r.agents) for r in responses):
        return responses
    spans = {i: (na, nb) for i, na, nb, _ in sentences}
    where = {id(r): si for r, si, _ in noted}
    renamed = {}        # (sentence, old key) -> new key
    for r in responses:
        if r.type != "Demonstration":
            continue
        si = where.get(id(r))
        if si not in spans:
            continue
        for key in r.agents:
            parts = key.split("/")
            if len(parts) != 3 or parts[0] != "group":
                continue
            if parts[2] in _RENAMED:
                iso = _country(parts[1])
                mission, abroad, home, nationals = _sentence_reading(mentions, norm, lang, *spans[si], iso)
                if not home and nationals and (mission or abroad):
                    renamed[(si, key)] = "group/%s/diaspora" % parts[1]
                    continue
            if parts[2] in _RALLYING_AS:
                renamed[(si, key)] = "group/%s/%s" % (parts[1], _RALLYING_AS[parts[2]])
    if renamed:
        for r in responses:
            si = where.get(id(r))
            r.agents = list(dict.fromkeys(renamed.get((si, k), k) for k in r.agents))
    # a diaspora's rally abroad states no demand of its own: the purpose of its rally ("se sont
    # rassemblés devant l'ambassade pour exiger", "وقفة ... مطالبين بـ") is not kept as its Demand
    abroad = {(where.get(id(r)), k) for r in responses if r.type == "Demonstration"
              for k in r.agents if k.endswith("/diaspora")}
    if abroad:
        responses = [r for r in responses if not (r.type == "Demand" and r.agents and all(
            (where.get(id(r)), k) in abroad for k in r.agents))]
    return responses
