"""French / English reported speech of an organisation on the abuse, with no response cue: a
finding when it counts the victims ("X said it had gathered evidence that at least 12 people
were killed": Report), else a judgement when it is quoted: "\"People fleeing war are being gunned down on a mountainside,\" said Nadia
Hardman, researcher at Human Rights Watch", "« Des enfants ont été torturés dans ce camp »,
a déclaré la porte-parole de la Ligue ...". A rights group or an international
organisation quoted on the abuse itself condemns it (SPEC §4: Condemnation), as the Arabic
reader does for "وقالت منظمة X إن [القمع ...]" (:meth:`.speakers.SpeakerFinding._ar_speech_acts`).

Only when nothing else was read for the speaker in the sentence, when what is said names
an abuse (an event cue of :data:`.extract_patterns._ABUSES`) before any call, and when the
quotation is no finding (a count, "at least 12 people": a report's result) nor a risk
("could", "risque": a concern, not a judgement).
"""

from __future__ import annotations

import re

from .quantities import find_date
from .extract_patterns import _ABUSES, _REQUESTING
from .model import Response
from .reported_calls import reported_call
from .reported_judgements import reported_judgement
from .fr_state_denials import fr_state_denial

__all__ = ["speech_judgement"]

# a finding, not a judgement: a count or a figure in what is said
_COUNT = re.compile(r"\d|(?<!\w)(?:at least|more than|dozens|hundreds|thousands|au moins|plus de|des dizaines|"
                    r"des centaines|des milliers)(?!\w)")
# a risk is a concern ("could face torture", "risquent la torture")
_RISK = {"en": re.compile(r"(?<!\w)(?:could|may|might|risk\w*|fear\w*|danger)(?!\w)"),
         "fr": re.compile(r"(?<!\w)(?:pourrai\w*|risqu\w*|crain\w*|danger\w*|menac\w*)(?!\w)")}
# the speech verb after the speaker (an apposition between: "X, a Madrid-based group, said")
_SAID = {"en": re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,[^,.;:\"]{3,70},)?\s+(?:has\s+|had\s+)?"
                          r"(?:said|says|reported|reports|estimated|estimates|counted|told\s+\w+)\b"),
          "fr": re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,[^,.;:\u00ab]{3,70},)?\s+(?:a\s+|avait\s+)?"
                          r"(?:indique|declare|affirme|estime|precise|recense|denombre|comptabilise|fait etat)\b")}
# a passive auxiliary between a count and the abuse ("40 civilians were killed", "ont été tués")
_PASSIVE = {"en": re.compile(r"\b(?:were|was|had been|have been|has been|being)\b"),
            "fr": re.compile(r"(?<!\w)(?:ont ete|avaient ete|a ete|avait ete|sont|etaient|seraient)(?!\w)")}
# quotation marks of the languages
_QUOTED = re.compile(r'"[^"]{12,}"|\u201c[^\u201d]{12,}\u201d|\u00ab[^\u00bb]{12,}\u00bb')
_JUDGING_KINDS = ("NGO", "IntergovernmentalOrganization")
# cues of what a speaker says (the abuse's own cues, "tortured", "répression", are no such act)
_JUDGING = {"Condemnation", "ExpressionOfConcern", "Accusation", "Support", "Rejection", "Denial", "Report"}


def speech_judgement(reader, out, s, na, nb, hits, events_here, speaker, n_before):
    """Add a Condemnation by ``speaker`` for a quotation of the sentence ``na``-``nb`` that
    describes an abuse, when the speaker is (or speaks for) an organisation and nothing else
    was read for it in the sentence (see the module docstring).

    Parameters
    ----------
    reader : extract._Reader
        The reader of the document (its ``norm``, ``gz``, ``lang`` and ``_evidence``).
    out : Extraction
        Responses read so far; the new one is appended.
    s : Sentence
        The sentence (for the evidence).
    na, nb : int
        The sentence's span in the normalised text.
    hits : list
        Response cues of the sentence.
    events_here : list
        Event cues of the sentence.
    speaker : str or None
        Actor key of the sentence's speaker (the obligations said are read without one:
        :func:`.reported_calls.reported_call` finds who says them).
    n_before : int
        Number of responses before the sentence was read.
    """
    from .principals import principal

    if reader.lang in ("fr", "en"):
        reported_call(reader, out, s, na, nb, n_before)     # "X said Y must release Z" (any actor)
        reported_judgement(reader, out, s, na, nb, n_before)    # '"A travesty," said X', "described ... as"
        fr_state_denial(reader, out, s, na, nb, n_before)   # « aucun civil n'a été tué », a assuré X
    if reader.lang not in ("fr", "en") or not speaker or not isinstance(speaker, str):
        return
    top = principal(speaker, reader.gz)
    actor = reader.gz.actor(top)
    if not top.startswith("org/") or actor is None or actor.kind not in _JUDGING_KINDS:
        return
    if any((r.type in _JUDGING or r.type in _REQUESTING) and any(
            isinstance(k, str) and principal(k, reader.gz) == top for k in r.agents)
           for r in out.responses[n_before:]):
        return      # (its words were read: a demand, a concern, a report)
    norm = reader.norm
    for q in _QUOTED.finditer(norm, na, nb):
        a, b = q.start(), q.end()
        first_call = min([h.start for h in hits if a <= h.start < b and h.entry.value in _REQUESTING], default=b)
        if any(h.start < b and a < h.end and h.entry.value in _JUDGING for h in hits):
            return      # a judgement of its own in the quotation: read as such
        abuses = [e for e in events_here if a <= e.start < first_call and e.entry.value in _ABUSES]
        if not abuses or _COUNT.search(norm, a, b) or _RISK[reader.lang].search(norm, a, b):
            continue
        _add(reader, out, s, na, nb, "Condemnation", speaker)
        return
    if _QUOTED.search(norm, na, nb):
        return
    # "X said it had gathered evidence that at least 12 people were killed": a count, a finding
    first = next((m for m in reader._mentions_in(na, nb) if isinstance(m.key, str)
                  and principal(m.key, reader.gz) == top), None)
    if first is None:
        return
    said = _SAID[reader.lang].match(norm, first.end, min(nb, first.end + 80))
    if said is None:
        return
    a = said.end()
    if any(a <= h.start < nb and h.entry.value in _JUDGING for h in hits):
        return
    abuses = [e for e in events_here if a <= e.start < nb and e.entry.value in _ABUSES]
    for count in _COUNT.finditer(norm, a, nb):
        # the count is the abuse's victims: "at least 12 people were killed", "42 deaths"
        if any(0 <= e.start - count.end() <= 25 or (
                0 <= e.start - count.end() <= 70 and _PASSIVE[reader.lang].search(norm, count.end(), e.start))
               for e in abuses):
            _add(reader, out, s, na, nb, "Report", speaker)
            return


def _add(reader, out, s, na, nb, rtype, speaker):
    """Append the ``rtype`` act of ``speaker`` read from sentence ``s``."""
    response = Response(type=rtype, agents=[speaker], evidence=[reader._evidence(s, None, 0.5)],
                        modality="asserted")
    response.date = find_date(reader.norm[na:nb], reader.lang, reader.doc.date)
    out.responses.append(response)
