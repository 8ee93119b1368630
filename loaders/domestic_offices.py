"""Domestic offices: titles whose holder, named by the role alone, acts for the state where
the situation is ("the prison director", "le gouverneur", "le procureur de la République",
"مدير السجن").

A title's role has a body type in the titles tables (``lang/*/titles.tsv``, third column).
When that body is an organ of the state's internal administration (local government,
prosecution, police, prisons, the interior and justice ministries), the official it names
runs the place where things happen: with no country word next to the title, he acts for the
state of the situation's place -- not for the last foreign government named before him, as a
foreign minister or an ambassador named by the role alone may.
"""

from __future__ import annotations

import re

__all__ = ["DOMESTIC_BODIES", "domestic_role", "former_holder"]

# Body types (``bodies.tsv``) of the state's internal administration.
DOMESTIC_BODIES = frozenset({"local-government", "prosecutor", "police", "prison-service",
                             "interior-ministry", "justice-ministry"})


def domestic_role(gz, key: str) -> bool:
    """Whether the actor ``key`` (``official/<role>``, no country) holds a domestic office.

    Parameters
    ----------
    gz : Gazetteer
        Gives the actor's role and the role's body type.
    key : str
        An actor key.

    Returns
    -------
    bool
        True when the role's body type is in :data:`DOMESTIC_BODIES`.
    """
    if not key.startswith("official/"):
        return False
    actor = gz.actor(key)
    role = getattr(actor, "role", None) if actor is not None else None
    if not role:
        return False
    return gz.roles.get(role, {}).get("body") in DOMESTIC_BODIES


# "l'ancien gouverneur", "the former mayor", "ex-préfet", "المحافظ السابق": no longer in office
_FORMER_BEFORE = re.compile(r"(?i)(?:\b(?:ancien|ancienne|former|ex)[\s-]+)$")
_FORMER_AFTER = re.compile(r"^\s*(?:ال)?سابق(?:ة)?(?!\S)")


def former_holder(norm: str, start: int, end: int) -> bool:
    """Whether the title spanning ``norm[start:end]`` is qualified as a past office ("the
    former governor", "l'ancien préfet", "مدير الشرطة السابق"): its holder is no longer the
    state's voice.

    Parameters
    ----------
    norm : str
        The normalised text.
    start, end : int
        The title's span.

    Returns
    -------
    bool
    """
    return bool(_FORMER_BEFORE.search(norm[max(0, start - 10):start])
                or _FORMER_AFTER.match(norm[end:end + 12]))
