"""Crowds named as the people something was done to, not as agents.

"He had represented many activists and protesters prosecuted since the 2021 unrest", "il
avait défendu des militants poursuivis après les manifestations": a group followed by a
participle of what is done to people (prosecuted, jailed, arrested, detained ...) and then a
preposition or time word (a reduced relative clause, not a main verb with its object) is
the object of that sentence. The acts read in that sentence with that group as an agent
(an inquiry from "prosecuted", a condemnation carried to it) are not the group's; its
rallies are left alone (a rally is only read with a crowd as subject).
"""

from __future__ import annotations

import re

__all__ = ["drop_object_crowds"]

# group + participle + preposition / time word
_DONE_TO = {
    "en": re.compile(r"\s+(?:prosecuted|charged|tried|sentenced|convicted|detained|arrested|jailed|imprisoned|"
                     r"held|indicted|investigated|summoned|questioned)\s+(?:since|after|over|for|in|under|during|"
                     r"following|on|at|by|without|last|earlier)\b"),
    "fr": re.compile(r"\s+(?:poursuivi|condamne|juge|detenu|arrete|emprisonne|incarcere|inculpe|interpelle)"
                     r"(?:e|s|es)?\s+(?:depuis|apres|pour|en|sous|lors|a la suite|dans|sans|par)\b"),
}


def drop_object_crowds(responses, noted, sentences, mentions, norm, lang):
    """Remove, from the non-rally responses of a sentence, the group agents that sentence
    names as people something was done to (see the module docstring).

    Parameters
    ----------
    responses : list of Response
    noted : list of (Response, int or None, int)
        Each response with the index of its sentence (``SituationVotes.responses``).
    sentences : list of (int, int, int, float)
        ``(index, start, end, weight)`` of the sentences, normalised offsets.
    mentions : list
        Gazetteer mentions (normalised offsets), in text order.
    norm : str
    lang : str

    Returns
    -------
    list of Response
        The responses left with an agent.
    """
    rx = _DONE_TO.get(lang)
    if rx is None or not any(r.type != "Demonstration" and any(k.startswith("group/") for k in r.agents)
                             for r in responses):
        return responses
    spans = {i: (na, nb) for i, na, nb, _ in sentences}
    where = {id(r): si for r, si, _ in noted}
    objects: dict = {}      # sentence -> slugs named there as objects
    out = []
    for r in responses:
        si = where.get(id(r))
        if r.type != "Demonstration" and si in spans and any(k.startswith("group/") for k in r.agents):
            if si not in objects:
                na, nb = spans[si]
                objects[si] = {m.key.rsplit("/", 1)[-1] for m in mentions
                               if na <= m.start < nb and m.key.startswith("group/") and rx.match(norm, m.end)}
                if objects[si]:     # "activists and protesters prosecuted": both coordinated groups
                    objects[si] |= {m.key.rsplit("/", 1)[-1] for m in mentions if na <= m.start < nb
                                    and m.key.startswith("group/") and re.match(
                                        r"\s*(?:,|and|et)\s", norm[m.end:m.end + 6])}
            if objects[si]:
                r.agents = [k for k in r.agents
                            if not (k.startswith("group/") and k.rsplit("/", 1)[-1] in objects[si])]
                if not r.agents:
                    continue
        out.append(r)
    return out
