"""Events: the situations that responses respond to.

An event is identified by its kind (an ``rg:Event`` subclass) and its place, and keyed
``event/<kind-slug>/<ISO code>`` so that the same situation read in two documents, or two
languages, is one node (the Chechnya purge in an Arabic and a French article are both
``event/persecution/RU-CE``).

How the situation of a document is chosen
-----------------------------------------
*Place*: every place-bearing mention votes for its ISO code (a country, or a region such
as Chechnya RU-CE or Xinjiang CN-XJ), more when it is in the headline, in a sentence with
a situation cue, after a locative preposition, or a region rather than a country. Votes are
summed per country; the winning country is refined to one of its regions when that region
carries a good share of the country's votes.

*Kind*: the situation cues of ``lang/<code>/events.tsv`` vote the same way (headline
counts more; the generic "human-rights situation" counts least). A response whose
sentence names a different located situation keeps that one; otherwise it responds to
the document's dominant situation.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .model import Evidence, Event

_KIND_WEIGHT = {"HumanRightsSituation": 0.3, "Unrest": 0.8, "Displacement": 0.7,
                "ArbitraryDetention": 0.8, "ArmedAttack": 0.8, "Killing": 0.7,
                "UnfairTrial": 0.8}


@lru_cache(maxsize=1)
def regions_with_government() -> frozenset:
    """ISO 3166-2 codes of the regions that have their own government (gazetteer data)."""
    path = Path(__file__).parent / "gazetteer" / "regions.tsv"
    out = set()
    if not path.exists():
        return frozenset()
    header = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            continue
        row = dict(zip(header, cols))
        if row.get("gov", "").strip() == "1":
            out.add(row.get("code", "").strip())
    return frozenset(out)


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


def localise(agents, place, vague=frozenset()):
    """Resolve generic actor keys against the document's place.

    ``body/police`` -> ``body/KZ/police``, ``body/authorities`` / ``body/government`` ->
    ``gov/KZ``, ``group/protesters`` -> ``group/KZ/protesters``; vague groups
    ("diplomats", "terrorists") and generic actors without a place are dropped. A region
    without its own government rolls up to its country.
    """
    if place and "-" in place and place not in regions_with_government():
        place = place.split("-")[0]
    out = []
    for key in agents:
        parts = key.split("/")
        if parts[0] == "group" and parts[-1] in vague:
            continue
        if len(parts) == 2 and parts[0] in ("body", "group", "official"):
            if parts[1] in vague or not place:
                continue
            if parts[0] == "body" and parts[1] in ("government", "authorities"):
                key = f"gov/{place}"
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
    start: int          # document offsets
    end: int
    sentence: int       # index of the sentence in the list being read
    surface: str


class SituationVotes:
    """Collects place and kind votes over a document (or a chunk of one)."""

    def __init__(self):
        self.place_votes: Counter = Counter()
        self.kind_votes: Counter = Counter()
        self.kind_place_votes: dict = defaultdict(Counter)
        self.cues: list = []

    def add_place(self, place_key, weight=1.0):
        iso = iso_of(place_key)
        if iso:
            self.place_votes[iso] += weight * (1.5 if "-" in iso else 1.0)

    def add_cue(self, cue: EventCue, weight=1.0, place=None):
        self.cues.append(cue)
        self.kind_votes[cue.kind] += weight * _KIND_WEIGHT.get(cue.kind, 1.0)
        if place:
            self.kind_place_votes[cue.kind][place] += weight

    def dominant_place(self):
        """ISO code of the document's main place, or None."""
        if not self.place_votes:
            return None
        countries: Counter = Counter()
        for iso, votes in self.place_votes.items():
            countries[iso.split("-")[0]] += votes
        (country, total), = countries.most_common(1)
        if total <= 0:
            return None
        # only a region with its own government (Chechnya, Xinjiang) is the place of a
        # situation; a city or province rolls up to its country
        regions = [(v, iso) for iso, v in self.place_votes.items()
                   if iso.startswith(country + "-") and iso in regions_with_government()]
        if regions:
            votes, region = max(regions)
            if votes >= 0.2 * total:
                return region
        return country

    def dominant_kind(self):
        if not self.kind_votes:
            return "HumanRightsSituation"
        return max(sorted(self.kind_votes), key=lambda k: self.kind_votes[k])


def build_event(kind, iso, cues, doc_text, sentences_by_index, confidence=0.6):
    """An :class:`Event` with evidence from the cue sentences (at most three)."""
    evidence = []
    seen = set()
    for cue in cues:
        if cue.kind != kind or cue.sentence in seen:
            continue
        seen.add(cue.sentence)
        s = sentences_by_index.get(cue.sentence)
        if s is None:
            continue
        evidence.append(Evidence(s.start, s.end, s.text, confidence, cue.surface))
        if len(evidence) >= 3:
            break
    return Event(key=event_key(kind, iso), kind=kind, place=f"place/{iso}",
                 evidence=evidence)
