"""Who demonstrates.

A demonstration, march, sit-in, vigil or hunger strike (``Demonstration``) is held by
people: protesters, families, victims, exiles, activists, unions, movements and NGOs. A
government, one of its bodies or an official acting for it does not demonstrate -- when
one is read as the agent of a rally, it is where the rally is held ("outside the Chinese
embassy", "devant le Parlement grec", "أمام مقر وزارة الدفاع", "in London") or an agent
carried over from an earlier sentence, and it is dropped. (A state's formal protest to
another is a ``DiplomaticAction``, read from its own cues.)
"""

from __future__ import annotations

__all__ = ["is_state_actor", "drop_state_demonstrators"]

_STATE_HEADS = ("gov", "body", "official")


def is_state_actor(key: str, gz=None) -> bool:
    """Whether ``key`` is a government, a government body, or an official (a named person
    whom the gazetteer knows to act for a government or one of its bodies)."""
    head = key.split("/", 1)[0]
    if head in _STATE_HEADS:
        return True
    if head == "person" and gz is not None:
        try:
            actor = gz.actor(key)
        except Exception:   # noqa: BLE001 - an unknown person is not a state actor
            return False
        rep = getattr(actor, "represents", None) if actor is not None else None
        return bool(rep) and rep.split("/", 1)[0] in _STATE_HEADS
    return False


def drop_state_demonstrators(responses, gz=None):
    """Remove state actors from the agents of ``Demonstration`` responses; a demonstration
    left without agents is dropped. Other responses are returned unchanged.

    Parameters
    ----------
    responses : list of Response
    gz : Gazetteer, optional
        To tell officials (persons acting for a state) from private persons.

    Returns
    -------
    list of Response
    """
    out = []
    for r in responses:
        if r.type == "Demonstration":
            agents = [k for k in r.agents if not is_state_actor(k, gz)]
            if not agents:
                continue
            r.agents = agents
        out.append(r)
    return out
