"""A call on one's own followers is a campaign, not a demand.

"Amnesty launched an urgent action urging its supporters to write to the judiciary
chief", "RSF a appelé ses abonnés à partager ses dessins", "ودعت المنظمة متابعيها إلى
نشر رسومه": the people called on are the speaker's own supporters, followers or members
(a possessive pronoun names them as the speaker's), so nobody with power over the
situation is asked to act. SPEC §4 counts such mobilisation as Advocacy; a Demand cue
whose addressee is the agent's own following is retyped Advocacy.

The check reads the evidence sentence from the cue to the first clause break, so that
the addressee may follow the subject in verb-subject order ("دعت منظمة X أنصارها إلى").
"""

from __future__ import annotations

import re

__all__ = ["follower_calls"]

_EN = (r"(?:its|their|his|her)\s+(?:own\s+)?(?:supporters|followers|members|activists|volunteers|readers|"
       r"subscribers|sympathisers|sympathizers)\b")
_FR = (r"(?:ses|leurs)\s+(?:propres\s+)?(?:sympathisants|partisans|abonnés|abonnes|membres|militants|adhérents|"
       r"adherents|soutiens|lecteurs|followers)(?!\w)")
# Arabic: the followers with a possessive pronoun, anywhere between the verb and the next clause
_AR = re.compile(r"(?<!\S)(?:و|ل)?(?:أنصار|انصار|مناصري|متابعي|أعضاء|اعضاء|مؤيدي|محبي|قراء|منتسبي)"
                 r"(?:ها|ه|هم|هما)(?!\S)")
# French / English: the first addressee right after a verb of asking
_CALL_FOLLOWERS = {
    "en": re.compile(r"\b(?:urg|call\w*\s+on|call\w*\s+upon|ask|press|encourag|exhort|appeal\w*\s+to|implor)\w*\s+"
                     + _EN, re.I),
    "fr": re.compile(r"(?<!\w)(?:appel|invit|exhort|incit|encourag|demand|pri)\w*\s+" + _FR, re.I),
}
_BREAK = re.compile(r"[.;:!?؟؛]|،\s*و|,\s*(?:and|et)\b")


def follower_calls(responses: list, lang: str) -> list:
    """``responses`` with each Demand made of the agent's own followers retyped Advocacy.

    Parameters
    ----------
    responses : list of Response
        The document's responses (``type``, ``evidence`` with ``text`` and ``cue``).
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``; other languages are returned unchanged.

    Returns
    -------
    list
        The same list; retyped responses are changed in place.

    Examples
    --------
    >>> from rightsgraph.loaders.model import Evidence, Response
    >>> r = Response("Demand", ["org/x"], [Evidence(0, 40, "Amnesty urged its supporters to write.", cue="urged")])
    >>> [x.type for x in follower_calls([r], "en")]
    ['Advocacy']
    """
    if lang not in ("ar", "en", "fr"):
        return responses
    for r in responses:
        if r.type != "Demand" or not r.evidence:
            continue
        ev = r.evidence[0]
        if lang != "ar":
            # the first addressee right after a verb of asking ("urged its supporters",
            # "a appelé ses sympathisants"), not "the government and its supporters"
            if _CALL_FOLLOWERS[lang].search(ev.text):
                r.type = "Advocacy"
            continue
        cue = (ev.cue or "").split()
        at = ev.text.find(cue[0]) if cue else -1
        if at < 0:
            continue
        window = ev.text[at + len(cue[0]):at + len(cue[0]) + 80]
        stop = _BREAK.search(window)
        if _AR.search(window[:stop.start()] if stop else window):
            r.type = "Advocacy"     # "دعت منظمة X أنصارها إلى": verb, subject, then its followers
    return responses
