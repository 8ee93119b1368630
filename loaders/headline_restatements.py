"""A headline's verb that restates the body's act does not add a second type.

"Algeria slams European 'interference'" over "Algeria's foreign ministry rejected the
resolution as flagrant interference"; "Kaïs Saïed dénonce des « traîtres »" over "le
président a accusé des « traîtres » financés de l'étranger"; "الجزائر تندد بـ«تدخل» البرلمان
الأوروبي" over "رفضت وزارة الخارجية الجزائرية قرار البرلمان": the headline's "slams /
dénonce / تندد" is a wire desk's word for the one act the body tells precisely (SPEC §4: a
rejection of criticism as interference is a Rejection, blame is an Accusation, a denial a
Denial). A headline Condemnation is dropped for an agent whose body acts include a Rejection,
an Accusation or a Denial and no Condemnation; a headline Condemnation of an agent the body
also shows condemning (a condemnation word in the evidence of any of its body acts counts), or
of one the body does not show at all, is kept.
"""

from __future__ import annotations

import re

# the precise reading of a headline's "condemns / slams / dénonce / تندد"
_PRECISE = frozenset({"Rejection", "Accusation", "Denial"})
# a condemnation word in the body's evidence of the agent: the body condemns too (read or
# not: "وسارعت الخارجية إلى إدانة القرار" read as a Demand), the headline stands
_CONDEMN_WORD = re.compile(r"condemn|denounc|condamn|denonc|dénonc|fustig|(?<!\S)[وف]?(?:ا|أ|إ)?دان|ندد|تندد|تنديد|"
                           r"[لب]?(?:ال)?(?:ا|إ)دان[هة]", re.I)
# a headline is the first line of a document, followed by a body
_HEADLINE_MAX = 250


def headline_end(text):
    """End offset of ``text``'s headline (its first line), or 0 when it has none.

    Examples
    --------
    >>> headline_end("Algeria slams EU\\n\\nAlgeria rejected the resolution.")
    16
    >>> headline_end("One sentence only.")
    0
    """
    if not text:
        return 0
    nl = text.find("\n")
    if nl <= 0 or nl > _HEADLINE_MAX or not text[nl:].strip():
        return 0
    return nl


def drop_headline_restatements(out, text, principal_of):
    """Drop headline Condemnations that restate a body's Rejection, Accusation or Denial.

    Parameters
    ----------
    out : Extraction
        The responses read so far (changed in place).
    text : str
        The document's text (evidence offsets index it).
    principal_of : callable
        Actor key -> the principal it acts for (``"body/DZ/foreign-ministry"`` -> ``"gov/DZ"``).
    """
    end = headline_end(text)
    if not end:
        return
    in_head = lambda r: r.evidence and all(e.start < end for e in r.evidence)  # noqa: E731
    body = {}
    for r in out.responses:
        if not in_head(r):
            condemning = any(_CONDEMN_WORD.search(e.text or "") for e in r.evidence)
            for a in r.agents:
                body.setdefault(principal_of(a), set()).update(
                    (r.type, "Condemnation") if condemning else (r.type,))
    kept = []
    for r in out.responses:
        if r.type == "Condemnation" and in_head(r):
            r.agents = [a for a in r.agents
                        if not (body.get(principal_of(a), set()) & _PRECISE)
                        or "Condemnation" in body.get(principal_of(a), set())]
            if not r.agents:
                continue
        kept.append(r)
    out.responses[:] = kept
