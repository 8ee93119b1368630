"""Plain records that flow from reading a document to RDF.

A :class:`Document` is what the readers produce (text with exact offsets); an
:class:`Extraction` is what the extractor finds in it (actors, places, events, responses),
each fact carrying an :class:`Evidence` span into ``Document.text``. :mod:`.rdf` turns
both into quads. Keeping these records free of RDF lets the extractor be tested on its own.

Keys
----
Actors, places and events are named by *keys*: short stable strings that become IRIs
under ``https://w3id.org/rightsgraph/id/``. The same key in two documents (or two
languages) is the same node. Conventions:

- ``place/CA``, ``place/RU-CE``: a place by its ISO 3166 code;
- ``gov/CA``: the government of a country or sub-national unit (by ISO code);
- ``body/CA/foreign-ministry``: a government body under its government;
- ``org/amnesty-international``: an IGO, NGO, media outlet or group (curated slug);
- ``person/<slug>``: a person or official (slug of the English or transliterated name);
- ``event/<kind-slug>/<ISO code>``: a situation (kind and place; shared across documents).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

MODALITIES = ("asserted", "considered", "threatened", "announced", "requested")

RESPONSE_TYPES = (
    "ExpressionOfConcern", "Condemnation", "Demand", "Sanction", "Investigation", "Report",
    "Petition", "Demonstration", "Resettlement", "Advocacy", "DiplomaticAction", "Resolution",
    "Denial", "Rejection", "Accusation", "UseOfForce", "MilitaryAssistance", "Support",
)

ACTOR_KINDS = (
    "Government", "GovernmentBody", "Official", "NGO", "IntergovernmentalOrganization",
    "MediaOutlet", "Group", "Person",
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: ``document.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass
class Document:
    """One source document, with its text as the offsets refer to it.

    For plain text the text is the file's decoded content (BOM removed, newlines kept);
    for HTML it is the visible text after boilerplate removal; for JSON lines it is the
    record's ``text`` field. Offsets in the graph always index this ``text``.
    """

    identifier: str
    text: str
    source: str = ""
    lang: str = "und"
    title: Optional[str] = None
    date: Optional[str] = None          # ISO 8601 date (YYYY-MM-DD) when known
    url: Optional[str] = None
    publisher: Optional[str] = None     # actor key of the publisher, when known
    media_type: str = "text/plain"
    sha256: str = ""
    sentences: list = field(default_factory=list)
    paragraph_langs: list = field(default_factory=list)  # (start, end, lang) when mixed
    coded: Optional["Extraction"] = None  # acts already coded (CSV rows): not extracted again
    path: Optional[str] = None          # set for streamed (large) files: text is read lazily
    length: int = 0                     # characters, for streamed files

    @property
    def streamed(self) -> bool:
        return self.path is not None

    def chunks(self):
        """Yield ``(offset, text, sentences)`` pieces of the document.

        A document read whole is one piece; a streamed one is read again from its file in
        pieces cut after line ends, with sentence offsets already shifted to the document.
        """
        if not self.streamed:
            yield 0, self.text, self.sentences
            return
        from pathlib import Path

        from .documents import iter_text_chunks
        from .sentences import split_sentences

        for offset, text in iter_text_chunks(Path(self.path), self.source):
            yield offset, text, split_sentences(text, base=offset)

    def char_count(self) -> int:
        return self.length if self.streamed else len(self.text)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str
    confidence: float = 0.8
    cue: Optional[str] = None


@dataclass
class Actor:
    """An actor found in (or implied by) a document."""

    key: str
    kind: str                                   # one of ACTOR_KINDS
    labels: dict = field(default_factory=dict)  # lang -> preferred label
    alt_labels: set = field(default_factory=set)  # (surface form, lang)
    iso: Optional[str] = None                   # for governments: code of the place governed
    represents: Optional[str] = None            # actor key (officials)
    part_of: Optional[str] = None               # actor key (bodies, units)
    role: Optional[str] = None                  # officials: role as written
    same_as: Optional[str] = None               # Wikidata Q-id, only when certain
    role_start: Optional[str] = None            # officials: ISO start of the role, if known
    role_end: Optional[str] = None              # officials: ISO end of the role, if it ended


@dataclass
class Place:
    key: str
    iso: Optional[str] = None
    labels: dict = field(default_factory=dict)
    alt_labels: set = field(default_factory=set)


@dataclass
class Event:
    """The situation responded to; ``key`` is shared across documents."""

    key: str
    kind: str                                   # an rg:Event subclass local name
    place: Optional[str] = None                 # place key
    perpetrator: Optional[str] = None           # actor key
    affected_group: Optional[str] = None
    date: Optional[str] = None
    labels: dict = field(default_factory=dict)
    evidence: list = field(default_factory=list)  # [Evidence]


@dataclass
class Quantity:
    value: float
    unit: str


@dataclass
class Response:
    """One act: a joint act is one Response with several agents."""

    type: str                                   # one of RESPONSE_TYPES
    agents: list                                # actor keys, at least one
    evidence: list                              # [Evidence], at least one
    event: Optional[str] = None                 # event key
    addressees: list = field(default_factory=list)
    modality: str = "asserted"
    quantity: Optional[Quantity] = None
    date: Optional[str] = None                  # xsd:date / gYearMonth / gYear lexical form


@dataclass
class Extraction:
    """Everything read from one document."""

    actors: dict = field(default_factory=dict)      # key -> Actor
    places: dict = field(default_factory=dict)      # key -> Place
    events: dict = field(default_factory=dict)      # key -> Event
    responses: list = field(default_factory=list)   # [Response]
    mentions: set = field(default_factory=set)      # actor/place keys mentioned
