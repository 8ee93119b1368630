"""Arabic verbs with an object pronoun that are spelt like a response noun.

"فيما أدانته قطر والكويت" (while Qatar and Kuwait condemned it) and "إدانته" (his
condemnation, his conviction) are one spelling once the hamza is normalised away
("ادانته"); the cue table reads the noun, whose agent is only a close owner, so the
condemnation of the states named right after it was lost. In verb-subject order the
subject follows the verb at once: a noun cue of this shape directly followed by an
actor (no word between) is read as the verb (pos ``v``), whose subject attribution then
finds. The noun reading keeps what follows it as a complement ("إدانتها للحكم",
"إدانته بالتجسس"), never as a bare actor name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution_patterns import AGENT_KINDS

__all__ = ["verbal_readings"]

# masdar + object/possessive pronoun = past feminine verb + object pronoun (normalised)
_AMBIGUOUS = re.compile(r"(?:و|ف)?ادانت(?:ه|ها|هم|هما)")


def verbal_readings(reader, hits):
    """``hits`` with the ambiguous noun cues read as verbs when an actor follows at once.

    Parameters
    ----------
    reader : extract._Reader
        The document's reader (its normalised text and mentions).
    hits : list of Hit
        The response cue hits, in text order.

    Returns
    -------
    list of Hit
    """
    out = []
    norm = reader.norm
    for h in hits:
        if h.entry.pos == "n" and _AMBIGUOUS.fullmatch(h.surface):
            after = reader._mentions_in(h.end, min(len(norm), h.end + 60))
            if after and after[0].kind in AGENT_KINDS and not norm[h.end:after[0].start].strip():
                h = replace(h, entry=replace(h.entry, pos="v"))
        out.append(h)
    return out
