"""The roles a curated person held over time, and the gazetteer as of a document's date.

``people.tsv`` may hold several rows with the same key, one per role, each with the
``represents`` actor and the ``start``/``end`` of the role (ISO dates: a year, a year and
month, or a full date; an empty end for a role still held). Ramtane Lamamra was Algeria's
foreign minister (2021-2023), then the UN Secretary-General's personal envoy for Sudan
(from 2023): a text dated 2022 that names him speaks for Algeria, one dated 2024 for the UN.

:func:`role_in_force` picks the row in force at a date; :class:`DatedGazetteer` is the
gazetteer as seen by a reader of one document: its :meth:`~DatedGazetteer.actor`,
:meth:`~DatedGazetteer.place_of` and :meth:`~DatedGazetteer.find` give a person the role of
the document's date, everything else is the shared gazetteer's. ``Gazetteer.find`` itself
stays date-free (and as fast): the few mentions of people with several roles are adjusted
afterwards.

Examples
--------
>>> rows = [{"role": "foreign minister", "start": "2021", "end": "2023"},
...         {"role": "personal envoy", "start": "2023", "end": ""}]
>>> role_in_force(rows, "2022-05-01")["role"]
'foreign minister'
>>> role_in_force(rows, "2024")["role"]
'personal envoy'
>>> role_in_force(rows, None)["role"]
'personal envoy'
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

__all__ = ["DatedGazetteer", "group_roles", "role_in_force"]


def _start(row: dict) -> str:
    return (row.get("start") or "").strip()


def group_roles(rows) -> dict:
    """``{key: [row, ...]}`` with each person's rows sorted by start (an unknown start
    first, the file's order kept among equals): the last row is the latest role."""
    out: dict = {}
    for row in rows:
        out.setdefault(row["key"], []).append(row)
    for key, lst in out.items():
        if len(lst) > 1:
            lst.sort(key=_start)
    return out


def _cmp(a: str, b: str) -> int:
    """Compare two ISO dates at the coarser of their precisions ("2023" equals
    "2023-05-01"): -1, 0 or 1."""
    n = min(len(a), len(b))
    x, y = a[:n], b[:n]
    return (x > y) - (x < y)


def role_in_force(rows, date: Optional[str]) -> dict:
    """The row of ``rows`` (sorted by start) in force at ``date`` (an ISO date or None).

    Without a date: the latest role. Of several roles in force (a year in which one role
    ended and the next began): the one begun last. At a date no role covers: the latest
    role begun by then, else the earliest.
    """
    if not date or len(rows) == 1:
        return rows[-1]
    date = date.strip()[:10]
    begun = None
    for row in reversed(rows):
        start, end = _start(row), (row.get("end") or "").strip()
        if start and _cmp(date, start) < 0:
            continue
        if not end or _cmp(date, end) <= 0:
            return row
        if begun is None:
            begun = row
    return begun if begun is not None else rows[0]


class DatedGazetteer:
    """The shared gazetteer as of one date (a document's; None: the latest roles).

    Only what depends on a person's role differs: :meth:`actor`, :meth:`place_of` and
    :meth:`find`; every other attribute is the gazetteer's own.

    Parameters
    ----------
    gazetteer : Gazetteer
    date : str or None
        ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
    """

    def __init__(self, gazetteer, date: Optional[str]):
        self._gz = gazetteer
        self.date = date or None

    def __getattr__(self, name):
        return getattr(self._gz, name)

    def actor(self, key: str):
        """:meth:`Gazetteer.actor` with a person's role of this date."""
        return self._gz.actor(key, self.date)

    def place_of(self, key):
        """:meth:`Gazetteer.place_of` with a person's principal of this date."""
        if key and key in self._gz.people:
            row = self._gz.role_at(key, self.date)
            rep = row.get("represents") or None
            return self._gz.place_of(rep) if rep and rep != key else None
        return self._gz.place_of(key)

    def find(self, text: str, lang: str, normalized: Optional[str] = None):
        """:meth:`Gazetteer.find`, then the mentions of people with several roles given
        the role of this date (where the text itself named no other principal)."""
        mentions = self._gz.find(text, lang, normalized)
        return self.dated_mentions(mentions)

    def dated_mentions(self, mentions):
        """``mentions`` with each person of several roles given the role of this date."""
        roles = self._gz.person_roles
        out = None
        for i, m in enumerate(mentions):
            rows = roles.get(m.key)
            if rows is None or len(rows) == 1:
                continue
            latest, now = rows[-1], self._gz.role_at(m.key, self.date)
            if now is latest or m.represents != (latest.get("represents") or None):
                continue      # the latest role, or a principal the text named
            rep = now.get("represents") or None
            if out is None:
                out = list(mentions)
            out[i] = replace(m, represents=rep, role=now.get("role") or None,
                             kind="Official" if rep else "Person",
                             form=("official" if rep else "name") if m.form in (
                                 "official", "name") else m.form,
                             place_key=self._gz.place_of(rep) if rep else None)
        return mentions if out is None else out
