"""Precision of response types and agents: who is only addressed, what is only asked.

Small decisions of the sentence reader (:mod:`.sentence_acts`) kept apart so that the reader
does not grow:

- :func:`ar_we_agents`: an Arabic first-person verb ("ندعو السلطات X إلى", "نطالب الحكومة
  بـ") has "we" as its subject; the actor after it is the one called on, never the agent.
"""

from __future__ import annotations


def ar_we_agents(reader, hit, s_end, found, rule):
    """Agents of an Arabic response verb in the first person plural.

    Parameters
    ----------
    reader : SentenceActs
        The sentence reader (its attributor ``attr`` and ``_ar_quote_speaker``).
    hit : Hit
        The cue ("ندعو", "نطالب", "ندين").
    s_end : int
        End of the sentence (normalised offsets).
    found, rule : list, str or None
        What the attributor found for the cue.

    Returns
    -------
    tuple
        ``(found, rule)``: the speaker named after a closing quote ("«ندين ...»، قال X": X),
        nothing when the only candidate stands after the verb ("إننا ندعو السلطات
        البحرينية إلى": Bahrain is called on; the publisher's own page may still take the act),
        else what was found.
    """
    speaker = reader._ar_quote_speaker(hit.end, s_end)
    if speaker is not None:
        return reader.attr._expand(speaker, s_end), "speech"
    if found and all(hasattr(a, "start") and a.start >= hit.end for a in found):
        return [], None
    return found, rule
