"""DiplomaticAction cues that name no diplomatic act.

Two cue families of the tables read a diplomatic act where the sentence has none:

- a bare French "raise" verb ("a évoqué", "ont évoqué", "a soulevé", "a abordé") is
  diplomatic when a case is raised with someone ("a évoqué le cas du journaliste avec son
  homologue", "a soulevé la question lors d'un entretien"); said of words or rumours ("le
  ministre avait évoqué des « rumeurs »", "a évoqué un complot") it is only speech, no act;
- an Arabic "message" of some tone ("يبعث برسالة مقلقة": sends a worrying message) is a
  figure of speech, no letter;
- an "access" demand ("a demandé .. accès", "requested .. access", "طالب .. الوصول") is
  diplomatic for access to a detainee, a prison or a site; access to the internet, the
  network or social media is what a demand asks a government to restore (a Demand when a
  demand verb opens the cue, else no act).
"""

from __future__ import annotations

import re

from .cues import Entry, Hit

# the bare raise verbs of the French table (normalised, no gap)
_BARE_RAISE = re.compile(r"(?:a|ont|avait|avaient)\s+(?:evoque|souleve|aborde)(?:e|s|es)?", re.I)
# what makes raising diplomatic: an interlocutor or a meeting in the clause ...
_WITH_SOMEONE = re.compile(
    r"(?<!\w)(?:avec|aupres|homologue|entretien|rencontre|reunion|visite|telephon|lors d|au cours d)", re.I)
# ... or a case as what is raised, the object's head right after the verb ("a évoqué le cas de",
# "a soulevé la question de sa détention"; not "a évoqué la possibilité d'une libération")
_CASE_OBJECT = re.compile(
    r"\s+(?:(?:le|la|les|l'|son|sa|ses|leur|leurs|du|des|de)\s*){1,2}(?:\S+\s+)?"
    r"(?:cas|sort|situation|detention|detenus?|prisonniers?|otages?|dossier|affaire|question|droits)(?!\w)", re.I)
_SENTENCE_END = re.compile(r"[.!?\n;]")
# Arabic: a "message" of some tone ("يبعث برسالة مقلقة", "رسالة سلبية") is a
# figure of speech, no letter sent (normalised: ة written ه)
_AR_MESSAGE = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?رسال[هة]$")
_AR_TONE_AFTER = re.compile(
    r"\s*[\"\u00bb\u201d]?\s*(?:ال)?(?:مقلق|سلبي|خاطي|خاطئ|خطير|مطمئن|ايجابي|إيجابي|سيي|سيئ|"
    r"صادم|مخيف|مروع)[هة]?(?![^\s\"\u00bb\u201d.,\u060c])")
# access to a service (not to a person or a place)
_SERVICE = {
    "en": re.compile(r"\s*(?:to\s+)?(?:the\s+)?(?:internet|network|mobile|social media|online|websites?|"
                     r"data|telecommunications?|phone)\b", re.I),
    "fr": re.compile(r"\s*(?:a\s+|au\s+|aux\s+|à\s+)?(?:l'\s*)?(?:internet|reseaux?|réseaux?|donnees|données|"
                     r"sites?|telecommunications|télécommunications|telephon|téléphon|web)\b", re.I),
    "ar": re.compile(r"\s*(?:الي|إلى|الى)?\s*(?:ال)?(?:انترنت|إنترنت|الإنترنت|الانترنت|شبك|مواقع)"),
}
_ACCESS = {"en": re.compile(r"access$", re.I), "fr": re.compile(r"acc[eè]s$", re.I),
           "ar": re.compile(r"(?:الوصول|النفاذ)$")}
_DEMAND_VERB = {"en": re.compile(r"(?:requested|demanded|request|demand)\b", re.I),
                "fr": re.compile(r"(?:demand|exig|reclam)", re.I),
                "ar": re.compile(r"[وف]?(?:طالب|طالبت|يطالب|تطالب)")}


def diplomatic_verdict(lang: str, text: str, h: Hit):
    """``h`` as read: None when a DiplomaticAction cue names no diplomatic act, a Demand
    when it names a demand for access to a service, else ``h`` unchanged.

    Parameters
    ----------
    lang : str
        Document language.
    text : str
        The normalised text the cue was matched in.
    h : Hit
        A response cue hit.

    Returns
    -------
    Hit or None

    Examples
    --------
    >>> from rightsgraph.loaders.cues import Entry, Hit
    >>> t = "le ministre avait evoque des « rumeurs »."
    >>> diplomatic_verdict("fr", t, Hit(11, 24, Entry("avait evoque", "DiplomaticAction", "v", ""), "avait evoque")) is None
    True
    >>> t = "la ministre a evoque le cas du journaliste avec son homologue."
    >>> diplomatic_verdict("fr", t, Hit(11, 20, Entry("a evoque", "DiplomaticAction", "v", ""), "a evoque")).entry.value
    'DiplomaticAction'
    """
    if h.entry.value != "DiplomaticAction":
        return h
    if lang == "fr" and _BARE_RAISE.fullmatch(h.surface.strip()):
        stop = _SENTENCE_END.search(text, h.end)
        clause = text[h.end:stop.start() if stop else len(text)][:160]
        return h if _WITH_SOMEONE.search(clause) or _CASE_OBJECT.match(text, h.end) else None
    if lang == "ar" and _AR_MESSAGE.search(h.surface) and _AR_TONE_AFTER.match(text, h.end):
        return None
    access = _ACCESS.get(lang)
    if access is not None and access.search(h.surface.strip()) and _SERVICE[lang].match(text, h.end):
        if any(_DEMAND_VERB[lang].match(w) for w in h.surface.split()[:2]):
            return Hit(h.start, h.end, Entry(h.entry.cue, "Demand", h.entry.pos, h.entry.note), h.surface)
        return None
    return h
