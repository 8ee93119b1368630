"""What a coalition network keeps: the filters of ``rightsgraph network`` (SPEC §7).

:class:`NetworkFilter` holds the choices (event, place, response types, period, tie kind,
minimum weight, signed edges, level) and checks them, raising
:class:`~rightsgraph.ontology.errors.UsageError` on a bad value;
:func:`rightsgraph.graph.network.network_from_rows` applies them to the rows in Python,
so an embedded store and a remote endpoint behave the same. :func:`canonical_type`,
:func:`expand_iri` and :func:`describe_filters` (the filters as one line of text, kept
on the graph) go with it.

Examples
--------
>>> from rightsgraph.graph.network_filter import NetworkFilter, describe_filters
>>> f = NetworkFilter(place="CN", since="2019", types=["condemnation"])
>>> f.since, f.until, f.types
('2019-01-01', None, ['Condemnation'])
>>> f.keeps_event("e", "MassDetention", "CN-XJ"), f.keeps_date("2018-12")
(True, False)
>>> describe_filters(f)
'place=CN, since=2019-01-01, types=Condemnation'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rightsgraph.loaders.model import RESPONSE_TYPES
from rightsgraph.ontology.errors import UsageError
from rightsgraph.ontology.namespace import ID_NS, PREFIXES

TIES = ("strong", "aligned", "both")
LEVELS = ("principal", "actor")
_ISO = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass
class NetworkFilter:
    """What to keep. Every field is optional; the default keeps everything.

    Attributes
    ----------
    event : str
        An event IRI (``<...>`` or ``https://...``), a CURIE (``rgid:event/massdetention/CN-XJ``),
        an ISO 3166 code (``CN-XJ``: events located exactly there) or an event kind
        (``MassDetention``, case-insensitive).
    place : str
        ISO code: events located there *or inside it* (``CN`` takes in ``CN-XJ``).
    types : list of str
        Response types (``Condemnation``, ``Sanction``...).
    since, until : str
        ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; compared with the response's ``rg:date``,
        else its document's ``dcterms:date``; undated responses are left out when either
        is given. A year or month counts from its first to its last day.
    tie : {"both", "strong", "aligned"}
    min_weight : float
        Edges lighter than this go, and then the actors left without any edge.
    signed : bool
        Add responder–perpetrator edges (see :mod:`rightsgraph.graph.network`).
    level : {"principal", "actor"}
        ``principal`` (default) draws each act at the level of whom its agents act for: a
        spokesperson or ministry becomes its government, a national section its
        organisation (governments, national or sub-national, stay themselves);
        ``actor`` keeps officials and bodies as nodes of their own.
    """

    event: str | None = None
    place: str | None = None
    types: list = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    tie: str = "both"
    min_weight: float = 0.0
    signed: bool = False
    level: str = "principal"

    def __post_init__(self):
        if self.level not in LEVELS:
            raise UsageError(f"--level must be one of {', '.join(LEVELS)}, not {self.level!r}")
        if self.tie not in TIES:
            raise UsageError(f"--tie must be one of {', '.join(TIES)}, not {self.tie!r}")
        self.types = [canonical_type(t) for t in (self.types or []) if t.strip()]
        self.since = _period(self.since, "since")[0] if self.since else None
        self.until = _period(self.until, "until")[1] if self.until else None
        if self.place and not _ISO.match(self.place.upper()):
            raise UsageError(f"--place wants an ISO 3166 code such as CN or CN-XJ, not {self.place!r}")
        self._event = _event_matcher(self.event) if self.event else None

    def keeps_event(self, event, kind, iso) -> bool:
        if self._event is not None and not self._event(event, kind, iso):
            return False
        if self.place:
            code = self.place.upper()
            if not iso or not (iso == code or iso.startswith(code + "-")):
                return False
        return True

    def keeps_date(self, date) -> bool:
        if not (self.since or self.until):
            return True
        if not date or not _DATE.match(date[:10]):
            return False
        start, end = _period(date[:10], "date")
        return not ((self.since and end < self.since) or (self.until and start > self.until))


def canonical_type(name: str) -> str:
    """``condemnation`` → ``Condemnation``; unknown names raise :class:`UsageError`."""
    wanted = name.strip().split(":")[-1].lower()
    for known in RESPONSE_TYPES:
        if known.lower() == wanted:
            return known
    raise UsageError(f"unknown response type {name.strip()!r}; choose from {', '.join(RESPONSE_TYPES)}")


def _period(text: str, what: str):
    match = _DATE.match(text.strip())
    if not match:
        raise UsageError(f"--{what} wants YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-01-01", f"{year}-12-31"


def expand_iri(text: str) -> str | None:
    """An IRI from ``<iri>``, ``http(s)://...`` or a CURIE of the project's prefixes."""
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    if re.match(r"^https?://", text):
        return text
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES:
        return PREFIXES[prefix] + local
    return None


def _event_matcher(spec: str):
    iri = expand_iri(spec)
    if iri:
        return lambda event, kind, iso: event == iri
    if _ISO.match(spec.strip()):
        code = spec.strip()
        return lambda event, kind, iso: iso == code
    if re.fullmatch(r"event/[\w-]+/[\w-]+", spec.strip()):
        iri = ID_NS + spec.strip()
        return lambda event, kind, iso: event == iri
    wanted = spec.strip().lower()
    if re.fullmatch(r"[a-z]+", wanted):
        return lambda event, kind, iso: bool(kind) and kind.lower() == wanted
    raise UsageError(f"--event wants an event IRI, a CURIE (rgid:event/...), an ISO code "
                     f"(CN-XJ) or an event kind (MassDetention), not {spec!r}")


def describe_filters(filters: NetworkFilter) -> str:
    parts = []
    for name in ("event", "place", "since", "until"):
        if getattr(filters, name):
            parts.append(f"{name}={getattr(filters, name)}")
    if filters.types:
        parts.append("types=" + ",".join(filters.types))
    if filters.tie != "both":
        parts.append(f"tie={filters.tie}")
    if filters.min_weight:
        parts.append(f"min-weight={filters.min_weight:g}")
    if filters.signed:
        parts.append("signed")
    return ", ".join(parts)
