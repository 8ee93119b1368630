"""Who publishes a document, and whether its text speaks as an organisation.

An NGO's own page ("nous appelons", "we call on", "منظمتنا") is its publisher's voice: its "we"
acts for that organisation (:func:`org_voice`); :func:`detect_publisher` finds the publisher's
actor key from the document's metadata or from the NGO that names itself on such a page.

Examples
--------
>>> org_voice("we call on the authorities to release him", "en")
True
>>> org_voice('he said: "we call on the authorities to release him"', "en")
False
"""

from __future__ import annotations

import re

from .cues import normalized_view
from .syntax_words import ORG_VOICE

__all__ = ["detect_publisher", "org_voice"]


def org_voice(norm, lang):
    """True when the text speaks as an organisation ("nous appelons", "we call on"); in
    French and English, a quoted "we" (a news article quoting a spokesperson) does not count."""
    if lang not in ("fr", "en"):
        return bool(ORG_VOICE.search(norm))
    for found in ORG_VOICE.finditer(norm):
        if not _quoted(norm, found.start()):
            return True
    # a page whose narration says "we" more than once ("We are alarmed by ...", "Our researchers
    # documented ...", "Today we are launching ..."): a news story says "we" in quotes
    return sum(not _quoted(norm, w.start()) for w in _WE_SUBJECT[lang].finditer(norm)) >= 2


# "we"/"our" as the narrator's subject or possessive (a first-person plural page)
_WE_SUBJECT = {"en": re.compile(r"(?<![\w'])(?:we|our researchers|our team|our organisation)(?!['\w])"),
               "fr": re.compile(r"(?<![\w'])(?:nous\s+(?:avons|sommes|lancons|demandons|appelons|exigeons|"
                                r"condamnons|denoncons|avions)|nos chercheurs|notre equipe)(?!\w)")}


def _quoted(norm, pos):
    """True when ``pos`` lies inside a quotation opened in its paragraph."""
    para = norm.rfind("\n", 0, pos) + 1
    seg = norm[para:pos]
    opened = seg.count("\u00ab") + seg.count("\u201c")
    closed = seg.count("\u00bb") + seg.count("\u201d")
    return opened > closed or seg.count('"') % 2 == 1


def detect_publisher(doc, gz, lang, norm=None):
    """Actor key of the publisher: ``doc.publisher``, or an NGO naming itself on its page."""
    pub = doc.publisher
    if pub:
        if "/" in pub and pub.split("/")[0] in ("org", "gov", "body", "person"):
            return pub
        for m in gz.find(pub, lang):
            if m.kind in ("NGO", "MediaOutlet", "IntergovernmentalOrganization"):
                return m.key
    text = doc.text or ""
    if not text:
        return None
    if norm is None:
        norm, _ = normalized_view(text, lang)
    if not org_voice(norm, lang):
        return None
    # a short closing line signs the page ("Amnesty International Nigeria, Abuja. Donate now
    # ..."): the NGO it names, before any NGO the first paragraphs name as an actor
    last = text.rstrip().rsplit("\n", 1)[-1]
    for m in gz.find(last, lang) if len(last) < 200 else ():
        if m.kind == "NGO":
            return m.key
    head = text[:1500]
    # a byline under the title ("Human Rights Watch – News Release", "Amnesty International —
    # Communiqué de presse") names the publisher, before an organisation the title targets
    # ("FIFA: Saudi 2034 World Cup Award Ignores ...")
    for line in head.split("\n")[1:]:
        line = line.strip()
        if not line or len(line.split()) > 10:
            continue
        for m in gz.find(line, lang):
            rest = (line[:m.start] + line[m.end:]).strip(" \t-\u2013\u2014:|,")
            if m.kind == "NGO" and m.start <= 2 and len(rest.split()) <= 3 and not rest.endswith((".", "?", "!")):
                return m.key
    # the first NGO named, but not one the title names after its first words: that is the
    # organisation the title is about ("Bangladesh: sentences for Odhikar leaders must be
    # quashed"), the publisher is named in the body ("Front Line Defenders condemns ...")
    title_end = head.find("\n")
    ngos = [m for m in gz.find(head, lang) if m.kind == "NGO"]
    body = [m for m in ngos if m.start > title_end >= 0]
    for m in ngos:
        if body and 2 < m.start < title_end:
            continue
        return m.key
    return None
