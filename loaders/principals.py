"""Whom an actor acts for: :func:`principal` (the top-level actor of a body, an official or a
unit, through ``represents`` / ``part_of``), and :func:`speaker_country` (whom a titled person
with no country named acts for).

"Foreign Secretary David Lammy said ..., adding that junior minister Catherine West had
raised the case": the minister is the speaker's colleague, so she acts for the speaker's
government -- not for the government of the place of the situation, the fallback the
extractor uses for "Prime Minister X" when no country is named at all.
"""

from __future__ import annotations

import re

__all__ = ["principal", "speaker_country"]

_SENTENCE_END = re.compile(r"[.!?؟؛\n][^.!?؟؛\n]*$")
# between a speaker and a colleague he reports on: "said ..., adding that", "a ajouté que",
# "وأضاف أن"
_REPORTS = {
    "en": re.compile(r"\b(?:said|says|adding|added|noted|told|stated)\b"),
    "fr": re.compile(r"(?<!\w)(?:a (?:declare|ajoute|indique|precise|affirme)|ajoutant|precisant|"
                     r"declare|selon)(?!\w)"),
    "ar": re.compile(r"(?<!\S)(?:[وف]?قال|[وف]?اضاف|مضيفا|مضيفه|[وف]?اكد|[وف]?اوضح|موضحا)(?!\S)"),
}
_STATE_KINDS = ("Government", "GovernmentBody", "Official")


def _country(mention, gz):
    key = mention.key
    parts = key.split("/")
    if parts[0] in ("gov", "body", "official") and len(parts) >= (2 if parts[0] == "gov" else 3):
        return parts[1].split("-")[0]     # (not a generic "body/government": no country)
    if parts[0] == "person" and gz is not None:
        actor = gz.actor(key)
        rep = getattr(actor, "represents", None) if actor is not None else None
        if rep and rep.split("/", 1)[0] in ("gov", "body", "official"):
            return rep.split("/")[1].split("-")[0]
    return None


def speaker_country(norm, mentions, key, lang, gz=None):
    """The country of the state actor who, earlier in the same sentence, speaks about the
    titled person ``key`` ("X said ..., adding that <title> <key>"), or None.

    Parameters
    ----------
    norm : str
        The normalised text the mentions index.
    mentions : list
        The document's mentions, sorted by start (``key``, ``kind``, ``form``, ``start``,
        ``end``, ``preposition``).
    key : str
        The person's actor key.
    lang : str
    gz : Gazetteer, optional
        To find the government a named official represents.
    """
    rx = _REPORTS.get(lang)
    first = next((i for i, m in enumerate(mentions) if m.key == key), None)
    if rx is None or first is None:
        return None
    start = mentions[first].start
    tail = _SENTENCE_END.search(norm, 0, start)
    sentence_start = tail.start() + 1 if tail else 0
    for m in reversed(mentions[:first]):
        if m.start < sentence_start:
            break
        if m.key == key or m.kind not in _STATE_KINDS or m.form == "demonym" \
                or getattr(m, "preposition", None):
            continue
        seg = norm[sentence_start:m.start]
        if seg.count("\u00ab") + seg.count("\u201c") > seg.count("\u00bb") + seg.count("\u201d") or seg.count('"') % 2:
            continue    # quoted: '« Les États-Unis ont voulu ... », a déclaré son porte-parole'
        iso = _country(m, gz)
        if iso and rx.search(norm, m.end, start):
            return iso
        return None
    return None


def principal(key: str, gz=None, _depth: int = 0) -> str:
    """The top-level actor ``key`` acts for: an official's government or organisation, a
    body's government, a unit's organisation (the agent of SPEC §5's unit)."""
    if gz is None:
        from .gazetteer import get_gazetteer
        gz = get_gazetteer()
    if _depth > 4:
        return key
    actor = gz.actor(key)
    if actor is None:
        if key.startswith("body/"):
            parts = key.split("/")
            if len(parts) >= 3:
                return f"gov/{parts[1]}"
        return key
    parent = None
    if actor.kind == "Official" and actor.represents:
        parent = actor.represents
    elif actor.part_of and actor.kind in ("GovernmentBody", "NGO",
                                          "IntergovernmentalOrganization", "MediaOutlet",
                                          "Group", "Official"):
        parent = actor.part_of
    if parent and parent != key:
        return principal(parent, gz, _depth + 1)
    if key.startswith("body/"):
        parts = key.split("/")
        return f"gov/{parts[1]}"
    return key
