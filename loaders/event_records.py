"""Records and tables of the situation votes (:mod:`.events`): event keys, cue and
place-vote records, place weights, the localisation of generic actors, regions with a
government, and the word tables (datives, links, affected groups) of place tying.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .attribution_patterns import ar_fold

_KIND_WEIGHT = {"HumanRightsSituation": 0.3, "Unrest": 0.8, "Displacement": 0.7,
                "ArbitraryDetention": 0.8, "ArmedAttack": 0.8, "Killing": 0.7,
                "UnfairTrial": 0.8}


@lru_cache(maxsize=1)
def regions_with_government() -> frozenset:
    """ISO 3166-2 codes of the regions that have their own government (gazetteer data)."""
    from .gazetteer.lookup import read_table
    return frozenset(row["code"].strip() for row in read_table("regions.tsv")
                     if (row.get("gov") or "").strip() == "1")


def place_weight(kind, form, preposition, event_sentence, title_weight=1.0, against=False):
    """How much one place-bearing mention votes for the document's situation place.

    A location ("in Belarus", a region) counts most, more in a sentence that names the
    situation; a people the abuse is done to ("against the Palestinians") counts as much;
    a demonym or region name somewhat; an actor ("China's foreign ministry", "Canada
    condemned") little, since responders are often far from the situation. The headline
    multiplies, and an ISO 3166-2 region counts one and a half times.

    Parameters
    ----------
    kind, form, preposition : str
        The gazetteer mention's kind, form and locative preposition (or None).
    event_sentence : bool
        Whether the sentence has a situation cue.
    title_weight : float
        Multiplier for the headline.
    against : bool
        The mention is a demonym right after "against" / "contre" / "ضد" / "على".
    """
    if kind == "Place" or (preposition and form in ("name", "capital", "region")) or against:
        weight = 3.0 if event_sentence else 1.5
    elif form in ("demonym", "region"):
        weight = 0.8
    else:
        weight = 0.5
    return weight * title_weight


def _curated_office(key) -> bool:
    """True for an office of an organisation named in the gazetteer (``official/un-...``)."""
    from .gazetteer import get_gazetteer
    actor = get_gazetteer().actor(key)
    return bool(actor is not None and actor.represents)


def localise(agents, place, vague=frozenset(), regional=None):
    """Resolve generic actor keys against the document's place.

    ``body/police`` -> ``body/KZ/police``, ``body/authorities`` / ``body/government`` ->
    ``gov/KZ``, ``group/protesters`` -> ``group/KZ/protesters``; vague groups
    ("diplomats", "terrorists") and generic actors without a place are dropped. A region
    without its own government rolls up to its country; so does a region with one when
    ``regional`` (the regions whose own authorities the text names explicitly: "Chechen
    police", "les autorités tchétchènes", a regional leader) is given and lacks it: "the
    government", "the army" in a Tigray conflict are Ethiopia's.
    """
    region = place if place and place in regions_with_government() else None
    if place and "-" in place and (place not in regions_with_government()
                                   or (regional is not None and place not in regional)):
        place = place.split("-")[0]
    out = []
    for key in agents:
        parts = key.split("/")
        if parts[0] == "group" and parts[-1] in vague:
            continue
        if len(parts) == 2 and parts[0] == "official" and _curated_office(key):
            if key not in out:      # a UN special rapporteur acts for the UN, not for the place
                out.append(key)
            continue
        if len(parts) == 2 and parts[0] in ("body", "group", "official"):
            if parts[1] in vague or not place or key == "body/embassy":
                continue    # (embassies of no named state, "سفارات غربية في الخرطوم": not the host's)
            if parts[1] == "local-government" and region:
                key = f"gov/{region}"      # "the regional authorities" of a governed region
                if key not in out:
                    out.append(key)
                continue
            if parts[0] == "body" and parts[1] in ("government", "authorities"):
                key = f"gov/{place}"
            elif parts[0] == "group":
                key = f"group/{region or place.split('-')[0]}/{parts[1]}"    # people: by country (group/IQ/yazidis),
                # or by the region with its own government where they act (group/CA-QC/teachers)
            else:
                key = f"{parts[0]}/{place}/{parts[1]}"
        if key not in out:
            out.append(key)
    return out


def kind_slug(kind: str) -> str:
    """``MassDetention`` -> ``mass-detention``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", kind).lower()


def event_key(kind: str, iso: str) -> str:
    return f"event/{kind_slug(kind)}/{iso}"


def iso_of(place_key):
    if place_key and place_key.startswith("place/"):
        return place_key[6:]
    return None


@dataclass
class EventCue:
    kind: str
    start: int          # normalised-text offsets (the reader's coordinates)
    end: int
    sentence: int       # index of the sentence in the list being read
    surface: str
    response: bool = False   # the cue is also a response cue ("protests", "arrested")


@dataclass
class PlaceVote:
    """One place-bearing mention, with what is needed to weigh it once the responses are known."""

    iso: str
    key: str
    kind: str
    form: str
    preposition: Optional[str]
    start: int
    end: int
    sentence: int
    title_weight: float
    event_sentence: bool
    against: bool
    attached: Optional[str] = None      # "loc", "adj", "origin", "host", "abroad" (see _attach)
    cue: Optional[EventCue] = None      # the situation cue it is attached to


@dataclass
class Situation:
    kind: str
    iso: str
    cues: list


# Responses whose agents stand outside the situation: a government that condemns, hosts,
# resettles, writes letters or sanctions is not where the abuse happens.
OUTSIDER_TYPES = {"Condemnation", "ExpressionOfConcern", "Demand", "Sanction", "Resettlement",
                  "DiplomaticAction", "Support", "Advocacy", "Petition", "Resolution",
                  "MilitaryAssistance", "Investigation"}

# Kinds whose perpetrator is, unless named, the government of the place.
STATE_KINDS = {"Persecution", "MassDetention", "Crackdown", "Execution", "Torture",
               "EnforcedDisappearance", "ArbitraryDetention", "Surveillance", "Censorship",
               "UnfairTrial", "Discrimination"}

KIND_PRIORITY = ("ChemicalAttack", "Execution", "MassDetention", "Persecution", "Torture",
                 "EnforcedDisappearance", "DestructionOfHeritage", "Crackdown", "UnfairTrial",
                 "ArbitraryDetention", "Killing", "ArmedAttack", "Censorship", "Surveillance",
                 "Discrimination", "Displacement", "Unrest", "HumanRightsSituation")

_DATIVE = {
    "en": re.compile(r"\b(?:to|for)\b"),
    "fr": re.compile(r"(?<!\w)(?:a|aux|pour)(?!\w)"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:ل|لل)\S*")),
}

# "X, where ...", "in X, in a suicide attack": what links a place to a cue after it
_CONNECT = {
    "en": re.compile(r"\b(?:where|in|during|at)\b"),
    "fr": re.compile(r"(?<!\w)(?:ou|dans|lors|en|a)(?!\w)"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وف]?(?:حيث|في|خلال|اثناء)(?!\S)")),
}

# "BRUSSELS, March 14, 2019 - ...": the date the story was filed
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

_DATELINE = re.compile(r"^[^.\n]{0,40}?\d{4}\s*[-–—]\s")

_AFFECTED_SENTENCES = 40

_COURT_ROLES = {"court", "prosecutor", "judge", "judges", "judiciary", "tribunal"}

_STOP = re.compile(r"[.;:!?؟؛\n]")

_CLAUSE = re.compile(r"[.;:!?؟؛,،()«»\"\n]")

# Displacement cues that name people (refugees, migrants): "refugees in X" is a host country.
_PEOPLE_DISPLACED = {
    "en": re.compile(r"refugee|migrant|asylum"),
    "fr": re.compile(r"refugi|migrant|demandeur|asile"),
    "ar": re.compile(ar_fold(r"لاجئ|لاجي|مهاجر|اللجوء")),
}

# "(fleeing) from X": where displaced people come from.
_FROM = {
    "en": re.compile(r"\b(?:from|fleeing|fled)\s+(?:the\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:de|du|des|d'|fuyant|fui)\s*(?:la\s+|le\s+|l')?$"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:من|[وف]?من)\s*$")),
}

# "to X" / "vers X" / "إلى X": a destination.
_TO = {
    "en": re.compile(r"(?<!according )(?<!due )(?<!owing )\b(?:to|into)\s+(?:the\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:vers|jusqu'en)\s+(?:la\s+|le\s+|l')?$"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وف]?(?:إلى|الى|نحو)\s*$")),
}


def _words(text):
    return len(text.split())


@lru_cache(maxsize=None)
def _affected_table(lang):
    """``[(compiled pattern, English label, words)]`` from ``lang/<code>/affected.tsv``.

    ``words``: for each alternative of the pattern, the literal text every match of it
    contains (the alternative up to its first ``*``, without the Arabic article); None
    when an alternative has none. A text holding none of the words cannot match.
    """
    path = Path(__file__).parent / "lang" / lang / "affected.tsv"
    out = []
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, _, label = line.partition("\t")
        if not label.strip():
            continue
        alts = []
        words = []
        for alt in pattern.split("|"):
            alt = alt.strip()
            if not alt:
                continue
            if lang == "ar":
                alt = ar_fold(alt)
                if alt.startswith("ال"):
                    # the article and clitics: "المثليين", "للمثليين", "والمثليين"
                    alt = "\x00" + alt[2:]
            body = re.escape(alt).replace(r"\*", r"\w*")
            body = body.replace("\x00", ar_fold(r"(?:[وفبك]?ال|[وف]?لل)"))
            alts.append(body)
            words.append(alt.replace("\x00", "").split("*")[0])
        if lang == "ar":
            rx = re.compile(r"(?<!\w)[وفبل]?(?:" + "|".join(alts) + r")(?!\w)")
        else:
            rx = re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")
        out.append((rx, label.strip(), tuple(words) if all(words) else None))
    return out
