"""Where a country's diaspora rallies is not where its country's situation is.

"Members of the Cameroonian diaspora demonstrated in Brussels", "des exilés iraniens ont
manifesté à Paris", "تظاهر أبناء الجالية السودانية في لندن": the crowd is keyed
``group/<X>/diaspora`` (the ``diaspora`` slug of the language tables: diaspora, exiles,
expatriates, الجالية, المغتربون), and a place of another country named with a locative in its
sentence is the rally's venue abroad (``rally``, weighed like a host), not a place of the
situation, which the diaspora's rally is about (tests/blind3 conventions: a diaspora's rally in
Geneva about Eritrea is placed in Eritrea).
"""

from __future__ import annotations

from collections import defaultdict

__all__ = ["rally_venues"]

_PLACE_FORMS = frozenset({"name", "capital", "city", "area", "region"})


def rally_venues(votes) -> None:
    """Mark ``rally`` the unattached locative places of another country in each sentence
    that names a country's diaspora.

    Parameters
    ----------
    votes : list of PlaceVote
        The document's place votes (``key``, ``iso``, ``sentence``, ``form``,
        ``preposition``, ``attached``), changed in place.

    Examples
    --------
    >>> from types import SimpleNamespace as V
    >>> crowd = V(key="group/CM/diaspora", iso="CM", sentence=3, form="group", preposition=None,
    ...           attached=None)
    >>> venue = V(key="gov/BE", iso="BE", sentence=3, form="capital", preposition="in", attached=None)
    >>> home = V(key="place/CM", iso="CM", sentence=3, form="city", preposition="in", attached=None)
    >>> rally_venues([crowd, venue, home])
    >>> venue.attached, home.attached
    ('rally', None)
    """
    homes = defaultdict(set)
    for vote in votes:
        parts = vote.key.split("/")
        if len(parts) == 3 and parts[0] == "group" and parts[2] == "diaspora":
            homes[vote.sentence].add(parts[1].split("-")[0])
    if not homes:
        return
    for vote in votes:
        home = homes.get(vote.sentence)
        if home and vote.attached is None and vote.preposition and vote.form in _PLACE_FORMS \
                and vote.iso.split("-")[0] not in home:
            vote.attached = "rally"
