"""Reading a CSV of coded events (ACLED/GDELT-style rows) into a document and its responses.

Each row is one act already coded by an analyst or another system; nothing is guessed from
free text except the actors' identities. The CSV file is the document (its text is the
file's content, so every row's evidence has exact offsets into it), and each row becomes
one :class:`~.model.Response` whose evidence is the row's ``text`` cell (or the whole row
when there is none).

Columns (header names are case-insensitive; ``agent`` and ``type`` are required):

========== =================================================================================
agent      actor(s) who acted: a key (``gov/CA``) or a name in any of the three languages
           (``Canada``, ``الخارجية الكندية``); several separated by ``;`` make one joint act
type       a response class (``Condemnation``) or a CAMEO code (``111``), mapped through the
           ontology's ``skos:closeMatch`` links (longest matching code)
event      the situation's kind (``MassDetention``, ``Persecution``...); default
           ``HumanRightsSituation``
place      ISO 3166 code of the situation's place (``CN-XJ``)
date       YYYY, YYYY-MM or YYYY-MM-DD
addressee  actor(s) addressed, as for ``agent``
modality   asserted (default), considered, threatened, announced, requested
quantity   a number, with ``unit``
text       the source sentence
lang       language of names and text (ar, fr, en; default en)
========== =================================================================================

A row that cannot be read (unknown type, no agent found, bad date) is reported with its
line number and skipped; the other rows load.

Examples
--------
>>> from rightsgraph.loaders.coded import cameo_to_type
>>> cameo_to_type("111"), cameo_to_type("1123"), cameo_to_type("163")
('Condemnation', 'Accusation', 'Sanction')
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache

import pyoxigraph as ox

from rightsgraph.ontology.errors import BadInputError
from rightsgraph.ontology.namespace import RG, RG_NS, SKOS, ontology_path

from .events import event_key as make_event_key
from .model import MODALITIES, RESPONSE_TYPES, Evidence, Event, Extraction, Quantity, Response

CAMEO_BASE = "https://w3id.org/rightsgraph/cameo/"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_KEY = re.compile(r"^(gov|body|org|person|official|group)/[\w./-]+$")


@lru_cache(maxsize=1)
def _cameo_table() -> dict:
    table = {}
    with ontology_path().open("rb") as fh:
        for triple in ox.parse(fh, format=ox.RdfFormat.TURTLE):
            if (triple.predicate == SKOS.closeMatch and triple.object.value.startswith(CAMEO_BASE)
                    and triple.subject.value.startswith(RG_NS)):
                name = triple.subject.value[len(RG_NS):]
                if name in RESPONSE_TYPES:
                    table[triple.object.value[len(CAMEO_BASE):]] = name
    return table


def cameo_to_type(code: str):
    """The response class of a CAMEO code: the longest code the ontology links to it."""
    table = _cameo_table()
    code = code.strip()
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def _type_of(value: str):
    value = value.strip()
    if value in RESPONSE_TYPES:
        return value
    if value.isdigit():
        return cameo_to_type(value)
    lowered = {t.lower(): t for t in RESPONSE_TYPES}
    return lowered.get(value.lower())


def _resolve_actors(cell: str, lang: str, extraction: Extraction):
    from .gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    keys = []
    for part in (p.strip() for p in cell.split(";")):
        if not part:
            continue
        key = None
        if _KEY.match(part):
            key = part
        else:
            mentions = [m for m in gazetteer.find(part, lang) if m.kind != "Place"]
            if mentions:
                key = mentions[0].key
        if key is None:
            return None, part
        actor = gazetteer.actor(key)
        if actor is None:
            return None, part
        extraction.actors[key] = actor
        extraction.mentions.add(key)
        keys.append(key)
    return keys, None


def _row_span(text: str, line_starts: list, line_number: int, cell: str):
    """Offsets of ``cell`` inside its line of ``text`` (the whole line when not found)."""
    start = line_starts[line_number - 1]
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if cell:
        found = text.find(cell, start, end)
        if found >= 0:
            return found, found + len(cell)
    while end > start and text[end - 1] in "\r\n":
        end -= 1
    return start, end


def read_coded_events(text: str, source: str, on_error=None) -> Extraction:
    """Parse a coded-events CSV (already decoded) into an :class:`Extraction`.

    Parameters
    ----------
    text : str
        The CSV file's text.
    source : str
        Its name, for error messages (``file.csv:LINE: ...``).
    on_error : callable, optional
        Called with a :class:`BadInputError` for each row that is skipped.
    """
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames:
        raise BadInputError(source, "empty CSV")
    columns = {name.strip().lower(): name for name in reader.fieldnames if name}
    missing = [c for c in ("agent", "type") if c not in columns]
    if missing:
        raise BadInputError(source, f"coded-events CSV needs the column(s) {', '.join(missing)}")
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    extraction = Extraction()

    def cell(row, name):
        return (row.get(columns.get(name, ""), "") or "").strip()

    for row in reader:
        line = reader.line_num
        where = f"{source}:{line}"
        problem = None
        rtype = _type_of(cell(row, "type"))
        lang = cell(row, "lang") or "en"
        modality = cell(row, "modality") or "asserted"
        date = cell(row, "date") or None
        if rtype is None:
            problem = f"unknown response type or CAMEO code {cell(row, 'type')!r}"
        elif modality not in MODALITIES:
            problem = f"modality must be one of {', '.join(MODALITIES)}"
        elif date and not _DATE.match(date):
            problem = f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
        agents = addressees = None
        if problem is None:
            agents, unknown = _resolve_actors(cell(row, "agent"), lang, extraction)
            if not agents:
                problem = f"no known actor in agent {unknown or cell(row, 'agent')!r}"
        if problem is None and cell(row, "addressee"):
            addressees, unknown = _resolve_actors(cell(row, "addressee"), lang, extraction)
            if addressees is None:
                problem = f"no known actor in addressee {unknown!r}"
        if problem is None:
            quantity = None
            if cell(row, "quantity"):
                try:
                    quantity = Quantity(float(cell(row, "quantity").replace(",", "")),
                                        cell(row, "unit") or "items")
                except ValueError:
                    problem = f"quantity {cell(row, 'quantity')!r} is not a number"
        if problem is not None:
            if on_error is not None:
                on_error(BadInputError(where, problem))
            continue
        kind = cell(row, "event") or "HumanRightsSituation"
        if kind not in RG or kind in RESPONSE_TYPES:
            kind = "HumanRightsSituation"
        place = cell(row, "place").upper() or None
        event_key = None
        start, end = _row_span(text, line_starts, line, cell(row, "text"))
        evidence = Evidence(start, end, text[start:end], confidence=1.0, cue="coded")
        if place:
            event_key = make_event_key(kind, place)
            event = extraction.events.setdefault(
                event_key, Event(key=event_key, kind=kind, place=f"place/{place}"))
            if not event.evidence:
                event.evidence.append(evidence)
        extraction.responses.append(Response(
            type=rtype, agents=agents, evidence=[evidence], event=event_key,
            addressees=addressees or [], modality=modality, quantity=quantity, date=date))
    return extraction
