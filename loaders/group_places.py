"""A group is keyed by the country where it acts: ``group/<ISO of the event>/<slug>``.

The crowd readers key a group named with a nationality by that nationality ("dozens of
Sudanese refugees gathered outside the UNHCR office in Cairo": ``group/SD/refugees``;
"relatives of Kenyans trapped in the compounds urged": ``group/KE/families``). The gold
convention (tests/blind3/README.md, "Group agents: group/<ISO of event>/<slug>") keys
people by the country of the situation they act on, as :func:`.events.localise` does for a
group named without a nationality: the refugees' sit-in in Cairo is ``group/EG/refugees``.
A diaspora, exiles and prisoners held by another state keep their own country: they are
named for it. A region's people acting in a story of their country are the country's
(``group/IN-JK/journalists`` at an event in ``IN``: ``group/IN/journalists``).

:func:`event_country_groups` rekeys such groups once each response's place is known.
"""

from __future__ import annotations

from .events import localise

__all__ = ["event_country_groups"]

# the people named for the country they come from, not for where they act: a diaspora, exiles,
# and prisoners held by another state ("Palestinian prisoners in Israeli jails"); anyone else
# acting in another country's story is keyed by it ("Sudanese refugees in Cairo", "Ethiopian
# migrants in Sanaa", "relatives of Kenyans trapped in Myanmar's compounds")
_OWN_COUNTRY = frozenset({"diaspora", "exiles", "exiled-activists", "expatriates", "prisoners"})


def _event_iso(place, regional, cache):
    """The ISO a group acting at ``place`` is keyed by (country, or region with its own
    government), as :func:`.events.localise` gives it."""
    iso = cache.get(place)
    if iso is None:
        keyed = localise(["group/people"], place, frozenset(), regional)
        iso = keyed[0].split("/")[1] if keyed else ""
        cache[place] = iso
    return iso


def event_country_groups(responses, places, main, regional=None):
    """Rekey ``group/<X>/<slug>`` agents to the ISO of their response's place when X is
    another country (not for a diaspora, exiles or prisoners), or X is a region of the place's
    country and the place is the country.

    Parameters
    ----------
    responses : list of Response
        Responses whose agents are already localised.
    places : dict
        ``id(response) -> place code`` ("EG", "IQ-KR") of each response's situation.
    main : str or None
        The document's main place, for responses without one of their own.
    regional : set or None
        The regions whose own authorities the text names (:func:`.events.localise`).

    Returns
    -------
    list of Response
        ``responses``, agents rekeyed in place.

    >>> from .model import Response
    >>> r = Response("Demonstration", ["group/SD/refugees", "gov/EG"], [])
    >>> _ = event_country_groups([r], {id(r): "EG"}, None)
    >>> r.agents
    ['group/EG/refugees', 'gov/EG']
    >>> r = Response("Demonstration", ["group/PS/prisoners"], [])
    >>> _ = event_country_groups([r], {id(r): "IL"}, None)
    >>> r.agents
    ['group/PS/prisoners']
    """
    cache = {}
    for r in responses:
        keys = r.agents
        if not any(k.startswith("group/") and k.count("/") == 2 for k in keys):
            continue
        place = places.get(id(r), main)
        if not place:
            continue
        iso = _event_iso(place, regional, cache)
        if not iso:
            continue
        out = []
        for k in keys:
            parts = k.split("/")
            if len(parts) == 3 and parts[0] == "group" and parts[1] != iso and (
                    parts[2] not in _OWN_COUNTRY if parts[1].split("-")[0] != iso.split("-")[0] else "-" not in iso):
                k = "group/%s/%s" % (iso, parts[2])     # (a region's people at the country's event: the
                # country's; not "group/IQ/x" at "IQ-KR")
            if k not in out:
                out.append(k)
        r.agents = out
    return responses
