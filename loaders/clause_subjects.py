"""A clause whose own subject is an organisation the gazetteer does not know.

When the subject of a response verb is a noun phrase naming a non-state organisation that no
table knows ("Le Syndicat des enseignants-chercheurs a, de son côté, appelé à une grève",
"..., and the local bar association called on the court", "..., while the teachers' union
demanded", "tandis que la Ligue des électeurs a dénoncé"), the attributor finds no agent in
the clause and borrows one from elsewhere: the subject of the previous clause or sentence,
often the government. The act is the organisation's; :func:`own_unknown_subject` tells the
cue reader to drop the borrowed agents (the organisation itself is added, when it can be, by
the readers of unknown organisations).

Arabic puts the subject after the verb ("في حين رفض مكتب الوزير الانتقادات"): a contrast
conjunction ("في حين", "بينما"), a verb whose object is no person (not a demand, an
accusation, an act on people), then an actor head ("مكتب", "اتحاد", "نقابة", "حزب") that no
mention covers is the clause's own subject.
"""

from __future__ import annotations

import re

from .attribution_patterns import AR_FEMININE_HEADS, AR_MASCULINE_HEADS, PATIENT_TYPES
from .org_anaphora import head_of_named

# where a clause opens inside a sentence
_OPENER = {
    "en": re.compile(r"(?:,\s*|\s)(?:and|while|whereas|but)\s+|;\s*"),
    "fr": re.compile(r"(?:,\s*|\s)(?:et|tandis qu(?:e\s+|')|alors qu(?:e\s+|')|mais)\s*|;\s*"),
}
# heads of non-state organisations (normalised: lower case, French without accents)
_ORG_HEAD = {
    "en": r"(?:association|associations|union|unions|syndicate|federation|confederation|party|movement|church|" \
          r"churches|conference|bishops|bar|society|foundation|coalition|network|alliance|collective|league|" \
          r"front|forum|platform|ngo|ngos|charity|campaign group|rights group|watchdog|lawyers' group)",
    "fr": r"(?:syndicat|syndicats|association|associations|parti|mouvement|collectif|coalition|plateforme|" \
          r"ligue|federation|confederation|union|eglise|conference episcopale|barreau|ordre des avocats|ong|" \
          r"reseau|front|forum|centrale syndicale|intersyndicale|observatoire)",
}
# the noun phrase: a determiner, then at most eight words with an organisation head, no verb; the
# words before the head are its modifiers ("the local bar association"), never "the leader of the
# party", whose head is a person and whose party is named elsewhere
_NP = {
    "en": re.compile(r"(?:the|a|an|its|their|his|her|this|that|several|some)\s+(?:(?!(?:of|the|for|and)\s)[\w'&-]+\s+){0,4}?"
                     + _ORG_HEAD["en"] + r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w'&-]+(?:\s+[\w'&-]+){0,3})?"),
    "fr": re.compile(r"(?:le|la|les|l'|un|une|des|son|sa|ses|leur|leurs|plusieurs)\s*(?:(?!(?:de|du|des|la|le|les)\s)[\w'-]+\s+){0,2}?"
                     + _ORG_HEAD["fr"] + r"(?:\s+(?:[\w'-]+|des|du|de la|de l'|d')){0,6}?"),
}
# what may stand between the subject and its verb: an aside, an auxiliary, an adverb
_BETWEEN = {
    "en": re.compile(r"\s*(?:,[^,]{1,40},\s*)?(?:(?:has|have|had|also|later|then|itself|on \w+day)\s+)*"),
    "fr": re.compile(r"\s*(?:,[^,]{1,40},\s*)?(?:(?:a|ont|avait|avaient|aussi|egalement|pour sa part)\s*)*"),
}
_SUBJECT = {lang: re.compile(r"(?P<np>" + _NP[lang].pattern + ")" + _BETWEEN[lang].pattern) for lang in _NP}
_NOT_NP = {"en": re.compile(r"\b(?:was|were|is|are|been|said|says|who|which|that|to)\b"),
           "fr": re.compile(r"(?<!\w)(?:est|sont|etait|a ete|qui|que|dont|selon)(?!\w)")}
# Arabic: a contrast conjunction, the verb, an actor head opening its subject
_AR_OPENER = re.compile(r"(?<!\S)(?:في حين|بينما)\s*$")
# acts whose object is a person or an actor: the noun after the verb may be its object
_AR_OBJECT_TAKING = PATIENT_TYPES | {"Demand", "Advocacy", "DiplomaticAction"}
_AR_HEAD_AFTER = re.compile(r"\s+(?:ال)?(?:" + AR_FEMININE_HEADS + "|" + AR_MASCULINE_HEADS + r"|نقاب[هة]|تحالف|ائتلاف)"
                            r"(?!\S)")


# an organisation named by a proper name the gazetteer does not know, after a determiner: "Les
# Transformateurs ont condamné", "The Center for Legal and Social Studies, known as CELS,
# condemned" (text with its capitals; a person's name takes no determiner, and a state organ's
# name holds one of the state words below)
_NAMED = {
    "en": re.compile(r"\s*The\s+(?P<name>[A-Z][a-zà-ÿ][\w'-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'-]*){0,5})"
                     r"(?:\s*\([A-Z][\w-]{1,9}\))?\s*(?:,[^,]{1,60},\s*)?"
                     r"(?:(?:has|have|had|also|later|then|itself)\s+)*$"),
    "fr": re.compile(r"\s*(?:Les|Le|La|L')\s*(?P<name>[A-ZÀ-Ý][a-zà-ÿ][\w'-]*(?:\s+(?:(?:de|des|du|la|l'|pour|et)\s*)*"
                     r"[A-ZÀ-Ý][\w'-]*){0,5})(?:\s*\([A-Z][\w-]{1,9}\))?\s*(?:,[^,]{1,60},\s*)?"
                     r"(?:(?:a|ont|avait|avaient|aussi|également|pour sa part|de son côté)\s*)*$"),
}
# capitalised words of a state organ's name ("La Délégation générale", "The Security Council")
_STATE_WORDS = re.compile(
    r"(?i)^(?:government|gouvernement|ministry|minist[eè]re|minister|ministre|police|army|arm[ée]e|presidency|"
    r"pr[ée]sidence|president|pr[ée]sident|parquet|prosecutor|procureur|court|cour|tribunal|council|conseil|"
    r"assembly|assembl[ée]e|parliament|parlement|s[ée]nat|senate|congress|kremlin|[ée]lys[ée]e|quai|"
    r"maison-blanche|white|house|state|[ée]tat|etat|republic|r[ée]publique|junte|junta|commission|authority|"
    r"autorit[ée]|bureau|office|department|d[ée]partement|agency|agence|service|services|direction|"
    r"d[ée]l[ée]gation|garde|guard|gendarmerie|s[ûu]ret[ée]|forces|force|coast|border|cabinet|administration|"
    r"embassy|ambassade|consulate|consulat|mission|navy|marine|military|militaire|national|nationale|"
    r"federal|f[ée]d[ée]ral|royal|royale|defence|defense|d[ée]fense|interior|int[ée]rieur|justice|security|"
    r"s[ée]curit[ée]|intelligence|renseignement|prison|prisons|penitentiary|p[ée]nitentiaire|coroner|"
    r"regime|r[ée]gime|authorities|autorit[ée]s|union|nations|united|unies|european|europ[ée]enne|"
    r"kingdom|royaume|emirate|[ée]mirat|emirates|[ée]mirats|sultanate|sultanat|principality|principaut[ée]|"
    r"jamahiriya|monarchy|monarchie)$")


def _named_organisation(reader, start, end):
    """Whether the clause opening at norm offset ``start`` names, before the verb at ``end``,
    an organisation by a proper name after a determiner, with none of the state words."""
    rx = _NAMED.get(reader.lang)
    to_text = getattr(getattr(reader, "pos", None), "to_text", None)
    text = getattr(reader, "text", None)
    if rx is None or to_text is None or text is None:
        return False
    m = rx.fullmatch(text, to_text(start), to_text(end))
    if m is None:
        return False
    words = [w for w in re.split(r"[\s']+", m.group("name")) if w[:1].isupper()]
    return bool(words) and not any(w.isupper() or _STATE_WORDS.match(w) for w in words)


def _outside(found, start, end):
    """The agents of ``found`` that are not mentions inside ``[start, end)``."""
    return [a for a in found if not (hasattr(a, "start") and start <= a.start < end)]


def own_unknown_subject(reader, hit, found):
    """True when the verb cue ``hit`` has its own subject, an organisation no mention covers,
    and every agent ``found`` stands outside that subject (see the module docstring).

    Parameters
    ----------
    reader : SentenceActs
        The sentence reader (``lang``, ``norm``, ``attr``, ``_sentence_start``).
    hit : Hit
        The response cue.
    found : list
        The agents found (mentions or actor keys).

    Returns
    -------
    bool
    """
    if not found or hit.entry.pos != "v":
        return False
    lang, norm, na = reader.lang, reader.norm, reader._sentence_start
    if lang == "ar":
        if hit.entry.value in _AR_OBJECT_TAKING or not _AR_OPENER.search(norm, max(na, hit.start - 12), hit.start):
            return False    # ("، وحثت الحركة على", "متهمة الحركة بـ": the one called on, the accused)
        head = _AR_HEAD_AFTER.match(norm, hit.end)
        if head is None or reader.attr.in_range(hit.end, head.end()):
            return False
        return len(_outside(found, hit.end, hit.end + 80)) == len(found) and all(
            hasattr(a, "start") and a.start < hit.start for a in found)
    if lang not in _NP:
        return False
    start = na
    for m in _OPENER[lang].finditer(norm, na, hit.start):
        start = m.end()
    end = hit.start
    if (start > na and not norm[start:end].strip()) or re.match(r"(?:et|and)\s", hit.surface):
        # a verb coordinated with the sentence's first ("Les X ont dénoncé ... et exigé"):
        # its subject is the one before that first verb
        first = [c for c in getattr(reader.attr, "cue_spans", ()) if na <= c[0] < max(start, hit.start)
                 and c[0] != hit.start]
        if not first or _OPENER[lang].search(norm, na, first[0][0]):
            return False
        start, end = na, first[0][0]
    span = norm[start:end]
    np = _SUBJECT[lang].fullmatch(span)
    if np is None or _NOT_NP[lang].search(np.group("np")):
        if not _named_organisation(reader, start, end):
            return False
    if any(not reader.attr.is_locative(m) for m in reader.attr.in_range(start, end)):
        return False        # a known actor in the subject: the attributor's business
    if head_of_named(reader.attr, norm[start:end], found):
        return False        # "The association also demanded": the Association named before (.org_anaphora)
    return len(_outside(found, start, end)) == len(found)
