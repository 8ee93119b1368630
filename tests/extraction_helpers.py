"""Shared helpers of the extraction tests (imported by the test modules, not collected)."""

from rightsgraph.loaders.documents import document_from_text
from rightsgraph.loaders.evaluate import principal
from rightsgraph.loaders.extract import extract


def placed(text, lang):
    """``{(principal, type, place)}`` of the acts extracted from ``text`` (requested acts
    left out), after checking that every evidence span is the exact text at its offsets."""
    doc = document_from_text(text, "t.txt", lang=lang)
    x = extract(doc)
    for r in x.responses:
        for ev in r.evidence:
            assert doc.text[ev.start:ev.end] == ev.text
    return {(principal(a), r.type, x.events[r.event].place if r.event in x.events else None)
            for r in x.responses for a in r.agents if r.modality != "requested"}


def facts(text, lang):
    """``{(principal, type)}`` of the acts extracted from ``text`` (see :func:`placed`)."""
    return {(agent, rtype) for agent, rtype, _ in placed(text, lang)}


def country_facts(text, lang):
    """``{(principal, type, country)}``: :func:`placed` with places cut to their country
    ("place/SD-DARFUR" -> "SD")."""
    return {(agent, rtype, place.removeprefix("place/").split("-")[0] if place else None)
            for agent, rtype, place in placed(text, lang)}


def parse_fact(spec):
    """``"agent type place"`` -> ``(agent, type, place)``; a place ``-`` is ``None``.

    >>> parse_fact("gov/FR Condemnation DZ")
    ('gov/FR', 'Condemnation', 'DZ')
    """
    agent, rtype, place = spec.split()
    return agent, rtype, None if place == "-" else place


def fact_matches(want, got):
    """``want`` is in ``got``: an agent ending in ``*`` is a prefix (crowds, unknown
    organisations), a ``None`` place matches any place.

    >>> fact_matches(("group/TN/*", "Demonstration", None), {("group/TN/lawyers", "Demonstration", "TN")})
    True
    """
    a, t, p = want
    return any((g[0].startswith(a[:-1]) if a.endswith("*") else g[0] == a) and g[1] == t
               and (p is None or g[2] == p) for g in got)


def bank_params(cases, xfail):
    """pytest parameters ``(lang, text, want, forbid)`` of a sentence bank's cases
    ``(id, lang, text, want, forbid)``; the ids in ``xfail`` are strict xfails with its reason."""
    import pytest

    return [pytest.param(lang, text, want, forbid, id=cid,
                         marks=[pytest.mark.xfail(reason=xfail[cid], strict=True)] if cid in xfail else [])
            for cid, lang, text, want, forbid in cases]


def check_bank_case(text, lang, want, forbid):
    """Assert that every fact of ``want`` (``"agent type place"`` specs, see
    :func:`parse_fact` and :func:`fact_matches`) is extracted from ``text`` and none of
    ``forbid``; the message lists what is missing, what is forbidden and what was found."""
    got = country_facts(text, lang)
    missing = [spec for spec in want if not fact_matches(parse_fact(spec), got)]
    present = [spec for spec in forbid if fact_matches(parse_fact(spec), got)]
    assert not missing and not present, \
        f"missing {missing}, forbidden {present}; got {sorted(got, key=str)}"


def check_main_place(text, lang, place, agents, country=False):
    """Assert that every fact of each of ``agents`` in ``text`` is placed at ``place`` (an ISO
    code); with ``country``, sub-national places count as their country."""
    got = placed(text, lang)
    for agent in agents:
        mine = {(p or "").removeprefix("place/") for a, _, p in got if a == agent}
        if country:
            mine = {p.split("-")[0] for p in mine}
        assert mine, f"no fact of {agent}; got {sorted(got, key=str)}"
        assert mine == {place}, f"{agent} placed {sorted(mine, key=str)}, want {place}"
