"""Named members of a generic subject: "Rights groups, including X and Y, condemned", "Plusieurs
ONG, dont X et Y, ont condamné".

A plural subject with no name of its own ("Human rights groups", "Several NGOs", "Activists")
is read as a crowd by :mod:`.crowds` (``group/rights-groups``, ``group/TN/rights-groups``), a
generic key that names nobody. When the subject lists its
members ("..., including Amnesty International and Human Rights Watch, condemned ...",
"..., among them X, ..."), those named actors are the agents of the verb.
"""

from __future__ import annotations

import re

__all__ = ["included_members"]

# the words that open a list of members right after the subject
_INCLUDING = {
    "en": re.compile(r"^\s*,?\s*(?:including|among them|among whom|such as|notably|led by)\s+(?:the\s+)?$"),
    # "Plusieurs organisations de la société civile, dont la LTDH et le FTDES, ont condamné"
    "fr": re.compile(r"^\s*,?\s*(?:dont|notamment|parmi (?:lesquelles|lesquels|elles|eux)|y compris|tels? que|"
                     r"telles? que|comme)\s+(?:(?:la|le|les|l')\s*)?$")}


def included_members(attr, found, rule, hit_start):
    """The named members listed after a generic crowd subject, or ``found`` unchanged.

    Parameters
    ----------
    attr : attribution.Attributor
        The attributor (its language, normalised text, mentions and coordination).
    found : list
        The agents found for the cue (mentions or keys).
    rule : str or None
        How they were found ("crowd" for a crowd subject).
    hit_start : int
        Where the cue starts (the members stand between the crowd and it).

    Returns
    -------
    list
        The members (coordinated mentions that are no place), or ``found``.
    """
    if attr.lang not in _INCLUDING or rule not in ("crowd", "subject") or len(found) != 1:
        return found
    crowd = found[0]
    key = getattr(crowd, "key", crowd)
    if not isinstance(key, str) or not key.startswith("group/") or key.count("/") > 2:
        return found
    if not hasattr(crowd, "end"):   # (a key: the crowd named last before the cue)
        named = [m for m in attr.in_range(max(0, hit_start - 300), hit_start) if m.key == key]
        if not named:
            return found
        crowd = named[-1]
    for m in attr.in_range(crowd.end, hit_start):
        if m.key.startswith("group/") or not _INCLUDING[attr.lang].match(attr.norm[crowd.end:m.start]):
            continue
        members = [x for x in attr.coordinated(m, hit_start)
                   if not x.key.startswith("group/") and x.kind != "Place"]
        return members or found
    return found
