"""Who demonstrates.

A demonstration, march, sit-in, vigil or hunger strike (``Demonstration``) is held by
people: protesters, families, victims, exiles, activists, unions, movements and NGOs. A
government, one of its bodies or an official acting for it does not demonstrate -- when
one is read as the agent of a rally, it is where the rally is held ("outside the Chinese
embassy", "devant le Parlement grec", "أمام مقر وزارة الدفاع", "in London") or an agent
carried over from an earlier sentence, and it is dropped. (A state's formal protest to
another is a ``DiplomaticAction``, read from its own cues.)

Groups acting (issue #3): people named by what they are -- protesters, prisoners on hunger
strike, families of prisoners or victims, refugees, a diaspora, journalists, lawyers,
students, women, workers, a religious or ethnic community, mobs (slugs in
``lang/<code>/groups.tsv``) -- are ``group/<ISO>/<slug>`` agents of what they do themselves:
rallies, sit-ins, strikes and hunger strikes, petitions, demands, statements; armed mobs of
``UseOfForce``. A crowd named by a plural demonym ("hundreds of Tunisians") is
``group/<ISO>/protesters``, not the government of that country. The hooks:
:func:`crowd_subject` / :func:`crowd_after` / :func:`purpose_carry` (attribution),
:func:`vague_for`, :func:`keeps_situation_cue`, :func:`crowd_uses_force` and
:func:`protest_context` (extraction).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .ar_counted_singular import counted_signers
from .kin_crowds import ar_kin_crowd, kin_crowd

__all__ = ["is_state_actor", "drop_state_demonstrators", "crowd_subject", "crowd_after",
           "vague_for", "keeps_situation_cue", "purpose_carry", "crowd_uses_force", "protest_context",
           "SITUATION_PEOPLE", "PEOPLE_ACTS"]

_STATE_HEADS = ("gov", "body", "official")


def is_state_actor(key: str, gz=None) -> bool:
    """Whether ``key`` is a government, a government body, or an official (a named person
    whom the gazetteer knows to act for a government or one of its bodies)."""
    head = key.split("/", 1)[0]
    if head in _STATE_HEADS:
        return True
    if head == "person" and gz is not None:
        actor = gz.actor(key)
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


# --------------------------------------------------------------------------- crowds acting
# People named by what they are, who act themselves (hold a rally or a hunger strike,
# sign a petition, make demands): ``group/<slug>`` (placed later by ``events.localise``)
# or ``group/<ISO>/<slug>``. These slugs are also situation words ("refugees", "المعتقلين"):
# a situation cue inside their mention is kept (see :func:`keeps_situation_cue`).
SITUATION_PEOPLE = frozenset({"refugees", "migrants", "prisoners", "families",
                              "diaspora"})
# Acts of people, for which a group otherwise too vague to be an agent ("journalists",
# "residents": usually sources or victims) is the agent when the text says so.
PEOPLE_ACTS = frozenset({"Demonstration", "Petition"})
_PEOPLE_NOT_VAGUE = frozenset({"journalists", "residents", "victims", "survivors"})
# ... and of their letters, campaigns and complaints ("وجه عشرات الصحفيين رسالة", "a campaign
# launched by dozens of journalists", "des dizaines d'habitants ont porté plainte"); a demand stays ambiguous (journalists are listed among those
# whose release is demanded)
_SELF_ACTS = PEOPLE_ACTS | {"DiplomaticAction", "Advocacy", "Investigation"}

_NUM_EN = (r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
           r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|"
           r"(?:a|two|three|several)\s+dozen|dozens|hundreds|thousands|tens\s+of\s+thousands|"
           r"hundreds\s+of\s+thousands|scores|a\s+crowd|crowds|a\s+group|groups|a\s+handful|"
           r"(?:several|a\s+few)\s+(?:hundred|thousand)|a\s+number|many|some")
_NUM_FR = (r"\d[\d  .]*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|"
           r"quarante|cinquante|soixante|cent|mille|(?:des|plusieurs|quelques)\s+(?:centaines|"
           r"milliers|dizaines|douzaines)|(?:une|la)\s+(?:dizaine|douzaine|quinzaine|vingtaine|"
           r"trentaine|quarantaine|cinquantaine|centaine|soixantaine|foule|poignee)|"
           r"(?:un|le)\s+(?:millier|groupe|cortege)|des\s+foules|des\s+groupes|"
           r"plusieurs\s+(?:centaines|milliers|dizaines)|(?:des\s+)?dizaines\s+de\s+milliers|"
           r"(?:des\s+)?centaines|(?:des\s+)?milliers|(?:des\s+)?dizaines")
_QUANTIFIER = {
    "en": re.compile(r"(?:^|\s)(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|"
                     r"up\s+to|roughly|an\s+estimated|close\s+to)\s+)?(?:" + _NUM_EN + r")"
                     r"(?:\s+of)?\s+(?:the\s+)?(?:(?:members|relatives)\s+of\s+(?:the\s+)?)?"
                     r"(?:(?:young|angry|local|ordinary|mostly young)\s+)?$"),
    "fr": re.compile(r"(?:^|\s)(?:(?:environ|pres\s+de|quelque|plus\s+de|au\s+moins|"
                     r"jusqu'a|pas\s+moins\s+de)\s+)?(?:" + _NUM_FR + r")"
                     r"(?:\s+(?:de|d'|des)\s*|\s+)(?:(?:membres|representants)\s+(?:de\s+la\s+|"
                     r"du\s+|des\s+|de\s+l'|d'))?$"),
}
# French "des" opening a clause is the indefinite article of a subject, not "de les".
_FR_INDEFINITE = re.compile(r"(?:^|[\n.;:,]\s*|\bet\s+)(des\s+)$")
# Between a crowd and its verb: auxiliaries, adverbs, days ("have also", "se sont", "ont jeudi").
_DAYS = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
         r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|soir|matin")
_GAP = re.compile(r"(?:\s+|\s*\b(?:have|has|had|also|again|briefly|then|later|reportedly|since|already|jointly|"
                  r"peacefully|quietly|all|both|on|ont|a|se|sont|s'|est|aussi|egalement|etaient|etait|"
                  r"avaient|avait|selon les organisateurs|selon la police|according to (?:the )?organi[sz]ers|"
                  r"deja|alors|ensuite|encore|brievement|pacifiquement|tous|toutes|depuis|conjointement|"
                  + _DAYS + r")\b)*\s*")
# Between a crowd and its verb, what describes the crowd: a participle or prepositional
# phrase, or an aside between commas ("Hundreds of women carrying portraits of their sons
# marched", "lawyers in Nairobi and Mombasa went on strike", "400 membres de la diaspora
# venus de Suisse s'étaient rassemblés", "une centaine d'enseignants, brandissant des
# pancartes, ont manifesté"), or another crowd coordinated with it ("une cinquantaine de
# journalistes et de militants": the first named). No sentence punctuation, no reported
# speech, no copula.
_POSTMOD = {
    "en": re.compile(r"(?:(?:\s*,)?\s+(?:and|carrying|holding|waving|wearing|brandishing|bearing|clutching|"
                     r"dressed|clad|draped|mostly|many|most|some|from|in|of|at|across|around|outside|"
                     r"near|with|on)\b(?P<mod>[^.;:!?()\"\u201c\u201d\u00ab\u00bb]{0,100}?)(?:,\s*)?|"
                     r"\s*,(?P<aside>[^,.;:!?()\"\u201c\u201d\u00ab\u00bb]{1,70}),\s*)"),
    "fr": re.compile(r"(?:(?:\s*,)?\s+(?:vetus|vetues|venus|venues|originaires|brandissant|portant|arborant|"
                     r"munis|munies|drapes|drapees|habilles|habillees|issus|issues|pour la plupart|"
                     r"dont|de|du|des|d'|a|au|aux|en|devant|dans|avec|et)(?:\b|(?<='))"
                     r"(?P<mod>[^.;:!?()\"\u201c\u201d\u00ab\u00bb]{0,100}?)(?:,\s*)?|"
                     r"\s*,(?P<aside>[^,.;:!?()\"\u201c\u201d\u00ab\u00bb]{1,70}),\s*)"),
}
_NOT_MODIFIER = re.compile(r"\b(?:said|says|told|was|were|is|are|while|whereas|but|police|selon|"
                           r"declare|indique|est|sont|etait|etaient|mais|alors que|tandis que|"
                           r"policiers|gendarmes)\b")
# A crowd described up to its verb: the description, then auxiliaries and adverbs.
_DESCRIBED = {k: re.compile(rx.pattern + _GAP.pattern) for k, rx in _POSTMOD.items()}
# A crowd named by a number of people ("Tens of thousands of people filled the streets",
# "des milliers de personnes ont défilé"): protesters, for a rally only.
_PEOPLE = {k: re.compile(r"\b(?:" + nouns + r")(?:" + _POSTMOD[k].pattern
                         + r"|(?P<nomod>))" + _GAP.pattern + r"$")
           for k, nouns in (("en", r"people|persons|citizens|residents|young people|youths|"
                                   r"young men|young women|men and women|women and men"),
                            ("fr", r"personnes|citoyens|citoyennes|habitants|gens|jeunes|jeunes gens|"
                                   r"manifestants|protestataires"))}
# Before the quantifier: the crowd is an object ("the arrest of hundreds of students").
_OBJECT_END = re.compile(r"(?:\b(?:of|by|with|against|for|to|from|on|at|in|among|de|par|avec|"
                         r"contre|pour|a|sur|parmi|dans|entre)|\bd'|\bl')\s*$")
# A rally called by someone named (the convener is its agent: see extract._CALLED_BY).
_CONVENED = re.compile(r"a l'appel|a l'initiative|sous l'egide|\b(?:organi[sz]ed|called|convened)\s+by|"
                       r"\bat the (?:call|invitation) of")
# ... or by organisations the gazetteer does not name ("à l'appel de collectifs de soutien")
_CONVENER_ORG = re.compile(r"\s*(?:of|by|de|du|des|d')?\s*(?:the\s+|la\s+|le\s+|l'|les\s+|plusieurs\s+|several\s+)?"
                           r"(?:\w+\s+)?(?:collecti\w+|associations?|syndicats?|unions?|partis?|part(?:y|ies)|ong|ngos?|"
                           r"organi[sz]ations?|mouvements?|movements?|groups?|coalitions?|comites?|committees?)\b")
# A passive agent after a nominal cue ("a petition launched by 40 journalists").
_BY = {"en": re.compile(r"\s*(?:(?:launched|started|organi[sz]ed|signed|held|led|initiated|"
                        r"staged|called)\s+by|by|of)\s*(?:the\s+)?$"),
       "fr": re.compile(r"\s*(?:(?:lancee?s?|organisee?s?|signee?s?|initiee?s?|menee?s?|"
                        r"conduite?s?)\s+par|par|de|d'|des)\s*(?:la\s+|les\s+|l')?$")}


def _crowd_words(norm, start, lang):
    """Where the quantifier right before ``start`` begins, ``start`` when there is none, or
    None when the words before are not a quantifier of people."""
    before = norm[max(0, start - 80):start]
    q = _QUANTIFIER[lang].search(before)
    if q is not None:
        return start - len(before) + q.start()
    if lang == "fr":
        q = _FR_INDEFINITE.search(before)     # "En Irak, des dirigeants kurdes ont dénoncé"
        if q is not None:
            return start - len(before) + q.start(1)
    return None


def _is_crowd(m, norm, lang, rtype, q_start):
    """The key a crowd mention acts under, or None: a group (not an armed or vague label
    when nothing says it acted as a crowd), or a plural demonym noun ("200 Hong Kongers",
    "des milliers d'Algeriens") holding a rally -> ``group/<ISO>/protesters``."""
    if m.key.startswith("group/"):
        return m.key
    if m.key.startswith("org/"):
        return m        # "des centaines de partisans du Parti X": the party
    if rtype == "Demonstration" and m.form == "demonym" and m.key.startswith("gov/"):
        surface = norm[m.start:m.end]
        bare = q_start == m.start
        if bare and not re.search(r"(?:^|[\n.;:!?]|\b(?:the|les|des))\s*$", norm[max(0, m.start - 6):m.start]):
            return None     # an adjective after its noun, or a demonym in the middle of a clause
        if surface.endswith(("s", "x")) and not surface.endswith("ss"):
            return "group/%s/protesters" % m.key.split("/")[1].split("-")[0]   # by country
    return None


# What a crowd does itself (not what is done to it: "were arrested", "ont été interpellés").
_CROWD_ACTS = frozenset({"Demonstration", "Petition", "Demand", "Condemnation", "Accusation",
                         "ExpressionOfConcern", "Rejection", "Denial", "Advocacy", "DiplomaticAction",
                         "Investigation"})
_PASSIVE = re.compile(r"(?:was|were|been|being|is|are|a ete|ont ete|sont|est|etaient|etait)\s+(?!en\b|on\b)")


def crowd_subject(attr, hit_start, lo, rtype):
    """French / English: the crowd right before a verb cue ("Hundreds of students marched",
    "About 200 Hong Kongers gathered", "des dizaines de membres de la diaspora algerienne se
    sont rassembles"), which the quantifier's "of" / "de" would otherwise make an object.

    Returns
    -------
    Mention, str or None
        The group mention, a ``group/<ISO>/protesters`` key for a crowd of nationals, or
        None when the verb's subject is not such a crowd.
    """
    if attr.lang == "ar":
        return _ar_bare_crowd(attr.norm, hit_start, rtype, True) or _ar_counted_group(attr, hit_start, rtype) \
            or _ar_people_subject(attr, hit_start, rtype)
    if attr.lang not in _QUANTIFIER or rtype not in _CROWD_ACTS or \
            _PASSIVE.match(attr.norm, hit_start):
        return None     # "hundreds of students were detained by police": the police's act
    norm = attr.norm
    i = bisect_left(attr.all_starts, hit_start) - 1
    while i >= 0 and attr.all_mentions[i].end > hit_start:
        i -= 1
    stop = norm.find(".", hit_start)
    convened = _CONVENED.search(norm, hit_start, stop if stop > 0 else len(norm))
    if convened is not None and (_CONVENER_ORG.match(norm, convened.end()) or any(
            not c.key.startswith("group/") and not c.preposition and "," not in norm[convened.end():c.start]
            and len(norm[convened.end():c.start].split()) <= 4
            for c in attr.in_range(convened.end(), convened.end() + 50))):
        return None     # "ont manifesté à l'appel du collectif X": the convener holds it
        # (not "à l'appel de la mère de l'adolescent", "de sa famille": no organisation named)
    if i < 0:
        return _people_crowd(attr, hit_start, lo, rtype)
    m = attr.all_mentions[i]
    if attr.lang == "en" and m.start >= lo and _crowd_like(m) and _RELATIVE_GAP.fullmatch(norm, m.end, hit_start):
        # "students who had marched": the mention itself, which the relative-clause check
        # of sentence_acts finds right before "who"
        return m if m.key.startswith("group/") else _is_crowd(m, norm, attr.lang, rtype, m.start)
    if m.start >= lo and _GAP.fullmatch(norm[m.end:hit_start]) and _crowd_like(m):
        direct = _crowd_checked(attr, i, m, lo, rtype, False)
        if direct is not None or not m.key.startswith("group/"):
            return direct
        i -= 1      # "partisans du parti d'opposition se sont rassemblés": the group inside
        if i < 0:   # a description of an earlier crowd
            return _people_crowd(attr, hit_start, lo, rtype)
    part = _PARTITIVE[attr.lang].search(norm, max(lo, hit_start - 60), hit_start)
    if part is not None:
        return _partitive_referent(attr, part.start(), i)   # "Several of them went on hunger strike"
    i, m = _modified_crowd(attr, i, hit_start, lo)
    if m is None:
        return _people_crowd(attr, hit_start, lo, rtype)
    if _COORDINATED.match(norm, m.end) and _crowd_words(norm, m.start, attr.lang) in (None, m.start):
        return None     # "Students and other opponents demonstrated": the ordinary subject rules
    return _crowd_checked(attr, i, m, lo, rtype, True)


# A second crowd coordinated with the first: one crowd only under one quantifier
# ("une cinquantaine de journalistes et de militants").
_COORDINATED = re.compile(r"\s*,?\s*(?:and|et)\b")


# "students who (had) marched": the crowd of the relative clause's verb, whatever the main
# clause does to it (French "qui" relatives are read by the subject rules).
_RELATIVE_GAP = re.compile(r"\s*,?\s+(?:who|that)" + _GAP.pattern)
# "Several of them", "plusieurs d'entre eux" before the verb: part of a crowd named before.
_PARTITIVE = {
    "en": re.compile(r"(?<![\w'-])(?:several|many|some|most|dozens|hundreds|"
                     r"thousands|scores|a number|a few|a dozen|all|some \d+|\d+)\s+of\s+them" + _GAP.pattern + r"$"),
    "fr": re.compile(r"(?<![\w'-])(?:plusieurs|certains|certaines|beaucoup|la plupart|"
                     r"des dizaines|des centaines|une dizaine|une vingtaine|une partie|nombre|quelques-uns|"
                     r"quelques-unes|\d+)\s+d'entre\s+(?:eux|elles)" + _GAP.pattern + r"$"),
}


def _partitive_referent(attr, start, i):
    """The group mention a partitive pronoun at ``start`` takes its people from: the last
    group named before it in the previous 400 characters, or None."""
    while i >= 0:
        m = attr.all_mentions[i]
        if m.end <= start:
            if start - m.end > 400:
                return None
            if m.key.startswith("group/"):
                return m
        i -= 1
    return None


def _crowd_checked(attr, i, m, lo, rtype, modified):
    """``m`` (mention ``i``) as the crowd of a verb, or None: it is no part of a longer
    name, is quantified (or a demonym, or a described group opening its clause), and no
    preposition makes it an object."""
    norm = attr.norm
    if i > 0 and attr.all_mentions[i - 1].end >= m.start - 1 and \
            attr.all_mentions[i - 1].start < m.start:
        return None     # part of a longer name
    q = _crowd_words(norm, m.start, attr.lang)
    if q is None and not (m.form == "demonym" and rtype == "Demonstration") and not (
            (modified or _national(m) or rtype == "Demonstration")
            and _CLAUSE_OPENING.search(norm[max(lo, m.start - 40):m.start])):   # ("Students marched")
        return None     # a group without a quantifier: the ordinary subject rules apply
    q_start = m.start if q is None else q
    if _OBJECT_END.search(norm[max(0, q_start - 40):q_start]):
        return None     # "the arrest of hundreds of students"
    if rtype in _OPENING_ONLY and not _CLAUSE_OPENING.search(norm[max(lo, q_start - 40):q_start]):
        return None     # "Police questioned dozens of residents ... and opened an inquiry"
    return _is_crowd(m, norm, attr.lang, rtype, q_start)


def _national(m):
    """A group named with its nationality ("Kenyan journalists", "des avocats tunisiens",
    merged into ``group/<ISO>/<slug>``): people acting as a crowd when they open their
    clause, not the government of the demonym."""
    return m.key.startswith("group/") and m.key.count("/") == 2 and m.form == "group"


# Acts a crowd does only as the subject opening its clause (the acts of the authorities that
# also name crowds as their objects: letters, campaigns, inquiries)
_OPENING_ONLY = frozenset({"Advocacy", "DiplomaticAction", "Investigation"})


# What may open a clause before a bare plural group ("Lawyers in Nairobi ...", "Les avocats
# du barreau de Tunis ..."): its start, a time or place phrase and a comma, an article.
_CLAUSE_OPENING = re.compile(r"(?:^|[\n.;:!?]|,|\b(?:and|et|as|while|alors que|tandis que))\s*"
                             r"(?:the|les|des|de nombreux|de nombreuses|many|several|plusieurs)?\s*$")


def _described(g):
    """The description a ``_POSTMOD`` match found ("" for none)."""
    return g.group("mod") or g.group("aside") or ""


def _crowd_like(m):
    """A group, nationals named by a demonym, or members of an organisation named by a
    group noun ("partisans du Parti X", merged into the organisation by mention_cleanup):
    what may be a crowd."""
    return m.key.startswith("group/") or (m.form == "demonym" and m.key.startswith("gov/")) or (
        m.key.startswith("org/") and m.surface[:1].islower() and m.kind in ("Group", "NGO"))


def _modified_crowd(attr, i, hit_start, lo):
    """The crowd mention before mention ``i`` whose description runs up to the verb at
    ``hit_start`` ("women carrying portraits of their sons marched"), with its index, or
    ``(i, None)``. Mentions inside the description (places, bodies, other crowd words)
    are skipped."""
    norm = attr.norm
    rx = _DESCRIBED.get(attr.lang)
    if rx is None:
        return i, None
    j = i
    while j >= 0:
        m = attr.all_mentions[j]
        if m.start < lo or hit_start - m.end > 110:
            break
        if _crowd_like(m):
            g = rx.fullmatch(norm, m.end, hit_start)
            if g is not None and not _NOT_MODIFIER.search(_described(g)):
                return j, m
            # (a crowd word inside an earlier crowd's description: "partisans du Parti X,
            # principale formation d'opposition, se sont rassemblés")
        j -= 1
    return i, None


# A bare number as the subject of a rally: "Thousands marched", "Des milliers ont manifesté".
_BARE_NUMBER = {
    "en": re.compile(r"(?:^|[\n.;:!?,]\s*|\b(?:and|as|while|when|after)\s+)(?:(?:some|about|around|nearly|over|"
                     r"more than|at least|an estimated|several)\s+)?(?:tens of thousands|hundreds of thousands|"
                     r"thousands|hundreds|dozens|scores|several (?:hundred|thousand)|\d[\d,]*)" + _GAP.pattern + r"$"),
    "fr": re.compile(r"(?:^|[\n.;:!?,]\s*|\b(?:et|alors que|tandis que)\s+)(?:(?:quelque|environ|pres de|plus de|"
                     r"au moins)\s+)?(?:des dizaines de milliers|des milliers|des centaines|des dizaines|"
                     r"plusieurs (?:milliers|centaines|dizaines)|\d[\d  .]*)" + _GAP.pattern + r"$"),
}


def _ar_fold(s):
    from .cues import normalized_view      # (cues imports nothing of this module)
    return normalized_view(s, "ar")[0]


# Arabic: a bare number of people as the subject of a rally, which no group noun names:
# "تظاهر الآلاف في ...", "اعتصم العشرات أمام ..." (after the verb), "شارك الآلاف في مسيرة",
# "خرج مئات في وقفة" (before the noun of the rally). A number followed by a noun is left to
# the group rules ("تظاهر آلاف المحتجين").
def _ar_alt(words):
    """An alternation of Arabic words in the normalised form the text is matched in."""
    return "(?:" + "|".join(sorted({_ar_fold(w) for w in words.split("|")}, key=len, reverse=True)) + ")"


_AR_BARE = (r"(?:" + _ar_alt("نحو|قرابة|حوالي|أكثر من|أزيد من|عشرات|مئات") + r"\s+)?"
            + _ar_alt("الآلاف|آلاف|المئات|مئات|العشرات|عشرات"))
# (a number may name its people generically: "خرج آلاف الأشخاص إلى", "تجمع مئات المتضامنين في")
# (or its people by a nisba plural, "خرج مئات الفلسطينيين", or a partitive naming them by
# their ties, "تجمع عشرات من أصدقاء سليم ورفاقه في")
_AR_BARE_AFTER_VERB = re.compile(r"\S*\s+" + _AR_BARE + r"(?:\s+" + _ar_alt(
    "الأشخاص|الناس|المواطنين|المتضامنين|المتضامنات|المحتشدين|الشبان|الشباب|الشابات") + r"|\s+ال\S{2,}يين|\s+" + _ar_alt("من")
    + r"\s+\S+(?:\s+\S+){0,2}?)?(?=\s+" + _ar_alt(
    "في|أمام|وسط|قرب|إلى|يوم|أمس|اليوم|مساء|صباح|للمطالبة|احتجاجا|تنديدا|رفضا") + r"(?!\S)|\s*[،,.؛])")
_AR_BARE_BEFORE_NOUN = re.compile(r"(?<!\S)(?:و|ف)?" + _ar_alt("شارك|خرج|انضم|احتشد|تجمع|نزل") + r"\S{0,3}\s+"
                                  + _AR_BARE + r"\s+" + _ar_alt("في|إلى") + r"\s+(?:\S+\s+){0,1}\S*$")


def _ar_bare_crowd(norm, at, rtype, verb):
    """``group/protesters`` when a rally's verb (starting at ``at``) is followed by a bare
    number, or its noun (ending at ``at``) is the complement of "شارك / خرج الآلاف في"."""
    if rtype != "Demonstration":
        return None
    if verb:
        m = _AR_BARE_AFTER_VERB.match(norm, at)
        return (ar_kin_crowd(m.group()) or "group/protesters") if m else None
    return "group/protesters" if _AR_BARE_BEFORE_NOUN.search(norm, max(0, at - 80), at) else None


# Arabic: a counted group right after the verb of an act other than a rally, which the group
# rules of attribution read for rallies only: "وقع مئات الصحفيين الجزائريين عريضة", "طالب
# عشرات المحامين بـ", "وجه أكثر من مئتي طبيب رسالة".
_AR_COUNT_WORD = re.compile(_ar_alt("أكثر|أزيد|نحو|قرابة|حوالي|زهاء|من|عشرات|مئات|آلاف|الآلاف|المئات|العشرات|مئة|"
                                    "مائة|مئتي|مئتا|ألف|ألفي|عشرين|ثلاثين|أربعين|خمسين|ستين|سبعين|ثمانين|تسعين|"
                                    r"عشرون|ثلاثون|أربعون|خمسون|[\d٠-٩]+"))
_AR_COUNTED_ACTS = frozenset({"Petition", "Demand", "Condemnation", "Advocacy", "DiplomaticAction", "Investigation"})


def _mention_after_verb(attr, hit_start):
    """``(end of the verb starting at hit_start, first mention after it or None)``."""
    norm = attr.norm
    verb_end = hit_start
    while verb_end < len(norm) and not norm[verb_end].isspace():
        verb_end += 1
    j = bisect_left(attr.all_starts, verb_end)
    return verb_end, (attr.all_mentions[j] if j < len(attr.all_mentions) else None)


def _ar_counted_group(attr, hit_start, rtype):
    """The group mention after an Arabic verb (starting at ``hit_start``) and a number."""
    if rtype not in _AR_COUNTED_ACTS:
        return None
    norm = attr.norm
    verb_end, m = _mention_after_verb(attr, hit_start)
    if m is None:
        return None
    if not m.key.startswith("group/") or m.start - verb_end > 30:
        return None
    words = norm[verb_end:m.start].split()
    if not words or not all(_AR_COUNT_WORD.fullmatch(w) for w in words) or words[-1] == _ar_fold("من") and \
            len(words) == 1:
        return None
    return m


def _ar_people_subject(attr, hit_start, rtype):
    """Arabic: journalists or residents named right after the verb of their own act
    ("احتشد أهالي القرية أمام", "تقدم سكان الحي بشكوى"), a subject the attribution rules do
    not see (such groups are usually sources or victims)."""
    if rtype not in _SELF_ACTS:
        return None
    norm = attr.norm
    verb_end, m = _mention_after_verb(attr, hit_start)
    if m is None:
        return None
    if m.key.startswith("group/") and m.key.rsplit("/", 1)[-1] in _PEOPLE_NOT_VAGUE and \
            not norm[verb_end:m.start].strip():
        return m
    return None


def _ar_counted_before(attr, hit_end, rtype):
    """The counted group between a verb and the noun of a petition or letter ending at
    ``hit_end``: "وقع مئات الصحفيين الجزائريين عريضة", "وجه عشرات الأطباء رسالة"."""
    if rtype not in ("Petition", "DiplomaticAction"):
        return None
    norm = attr.norm
    noun = hit_end
    while noun > 0 and not norm[noun - 1].isspace():
        noun -= 1
    i = bisect_left(attr.all_starts, noun) - 1
    while i >= 0 and attr.all_mentions[i].end > noun:
        i -= 1
    if i >= 0 and attr.all_mentions[i].form == "demonym" and not norm[attr.all_mentions[i].end:noun].strip():
        noun, i = attr.all_mentions[i].start, i - 1     # "الصحفيين الجزائريين": the group before its nisba
    if i < 0:
        return None
    m = attr.all_mentions[i]
    if not m.key.startswith("group/") or norm[m.end:noun].strip():
        return None
    words = norm[max(0, m.start - 40):m.start].split()
    count = 0
    while words and _AR_COUNT_WORD.fullmatch(words[-1]):
        words.pop()
        count += 1
    if not count or not words or re.search(r"[.،,:؛]$", words[-1]):
        return None
    return m


# A rally whose subject is the event, its people the object: "la marche a rassemblé des
# milliers de personnes", "the vigil gathered hundreds of people" (no convener named before)
_GATHERED_PEOPLE = {
    "en": re.compile(r"(?:gathered|drew|brought together|assembled)\s+(?:(?:some|about|around|nearly|more than|"
                     r"over|at least|an estimated|several)\s+)?(?:tens of thousands|hundreds of thousands|thousands|"
                     r"hundreds|dozens|scores|\d[\d,]*)\s+(?:of\s+)?(?:people|protesters|demonstrators|"
                     r"residents|citizens|young people)\b"),
    "fr": re.compile(r"(?:rassemble|reuni|mobilise|attire)\s+(?:(?:environ|pres de|plus de|au moins|quelque)\s+)?"
                     r"(?:des dizaines de milliers|des milliers|des centaines|des dizaines|plusieurs (?:milliers|"
                     r"centaines|dizaines)|\d[\d  .]*)\s+(?:de\s+|d')(?:personnes|manifestants|habitants|"
                     r"citoyens|jeunes)\b"),
}


def _people_crowd(attr, hit_start, lo, rtype):
    """A rally held by a number of people named as such, which no group mention names
    ("Tens of thousands of people filled the streets", "Thousands marched"):
    ``group/protesters`` (placed later), or None."""
    if rtype != "Demonstration" or attr.lang not in _PEOPLE:
        return None
    norm = attr.norm
    kin = kin_crowd(attr, hit_start, lo)     # "Dozens of families gathered", "des parents se sont rassemblés"
    if kin is not None:
        return kin
    if _GATHERED_PEOPLE[attr.lang].match(norm, hit_start) and not any(
            m.key.startswith(("org/", "group/", "person/")) for m in attr.in_range(lo, hit_start)):
        return "group/protesters"   # "la marche a rassemblé des milliers de personnes"
    if _BARE_NUMBER[attr.lang].search(norm, max(0, max(lo, hit_start - 60) - 2), hit_start):
        # (from the end of the sentence before: "... elections. Tens of thousands have kept up")
        return "group/protesters"
    start = max(lo, hit_start - 160)
    g = _PEOPLE[attr.lang].search(norm, start, hit_start)
    if g is None or _NOT_MODIFIER.search(_described(g)):
        return None
    q = _QUANTIFIER[attr.lang].search(norm, max(0, g.start() - 80), g.start())
    q = q.start() if q is not None else None
    if q is None or _OBJECT_END.search(norm[max(0, q - 40):q]):
        return None     # no number, or "the arrest of hundreds of people"
    return "group/protesters"


def crowd_after(attr, hit_end, c_end, rtype):
    """A nominal rally or petition cue and the crowd that holds it, named right after:
    "a petition launched by some 40 journalists", "une manifestation de femmes",
    "a hunger strike by hundreds of prisoners". Returns the group mention or None."""
    if attr.lang == "ar":
        return _ar_bare_crowd(attr.norm, hit_end, rtype, False) or _ar_counted_before(attr, hit_end, rtype) \
            or counted_signers(attr.norm, attr.norm.rfind(" ", 0, hit_end) + 1, rtype)    # "وقع مئة كاتب عريضة"
    if rtype not in PEOPLE_ACTS or attr.lang not in _BY:
        return None
    norm = attr.norm
    j = bisect_left(attr.all_starts, hit_end)
    if j >= len(attr.all_mentions):
        return None
    m = attr.all_mentions[j]
    if not m.key.startswith("group/") or m.start >= c_end or m.start - hit_end > 70:
        return None
    gap = norm[hit_end:m.start]
    q = _QUANTIFIER[attr.lang].search(gap)
    head = gap[:q.start()] if q is not None else gap
    if not _BY[attr.lang].fullmatch(head if head.strip() else " by "):
        return None
    return m


# Organisations no name identifies ("rights groups", "des ONG", "منظمات حقوقية", "civil
# society"): never an agent of their own (the acts of named organisations are read from
# their names; the dev gold has no unnamed ones among 12 sets' 300 group facts).
_UNNAMED_ORGS = frozenset({"rights-groups"})


def vague_for(rtype, vague):
    """The groups too vague to be agents of a response of type ``rtype``: unnamed
    organisations never; for people's own acts (a rally, a petition), journalists or
    residents named as holding it are agents."""
    vague = vague | _UNNAMED_ORGS
    return vague - _PEOPLE_NOT_VAGUE if rtype in _SELF_ACTS else vague


def keeps_situation_cue(mentions, starts, start, end):
    """Whether a situation cue at ``[start, end)`` that overlaps gazetteer mentions lies
    only inside groups of people that are also situation words ("refugees", "detainees"):
    the cue still names the situation."""
    i = bisect_left(starts, end)
    found = False
    while i > 0:
        i -= 1
        m = mentions[i]
        if m.end <= start:
            break
        if not (m.key.startswith("group/") and m.key.rsplit("/", 1)[-1] in SITUATION_PEOPLE):
            return False
        found = True
    return found


# (and what their slogans, placards and banners say: "chanting slogans calling for",
# "en scandant des slogans réclamant", "brandissant des pancartes exigeant")
_PURPOSE = {"en": re.compile(r"(?:\bto|\bin order to|,\s*(?:calling|demanding|urging)|"
                             r"\b(?:chanting|shouting|carrying|holding|waving|brandishing|raising)\s+(?:\w+\s+)?"
                             r"(?:slogans|placards|banners|signs|posters))\s*$"),
            "fr": re.compile(r"(?:\bpour|\bafin de|,\s*(?:reclamant|exigeant|appelant)|"
                             r"\b(?:scandant|brandissant|portant|arborant|deployant)\s+(?:des\s+|de\s+)?(?:\w+\s+)?"
                             r"(?:slogans|pancartes|banderoles|affiches))\s*$"),
            "ar": re.compile(r"(?:^|\s)$")}


_AR_CARRIED_DEMAND = re.compile(r"(?:و)?(?:لل|طالبوا|مطالبين|مطالبات|طالبن)")
_PURPOSE_CUE = re.compile(r"(?:to|in order to|pour|afin de)\s")     # the cue "to demand" itself
_PARTICIPLE = re.compile(r"(?:calling|demanding|urging|reclamant|exigeant|appelant|demandant)\b")


def _group_key(a):
    return (a if isinstance(a, str) else a.key).startswith("group/")


def purpose_carry(attr, hit_start, hit_end, s_start, rtype):
    """A demand made in the purpose clause of a crowd's act ("Thousands marched ... to demand
    the minister's resignation", "pour exiger", "اعتصم عشرات اللاجئين ... للمطالبة"): the
    crowd's. Returns the crowd's agents or None."""
    found = attr._sentence_found
    if rtype != "Demand" or not found or found[0] != s_start or \
            attr.prev_rule not in ("crowd", "verb-subject", "subject"):
        return None
    if attr.prev_end is None or attr.prev_end > hit_start:
        return None
    if not all(_group_key(a) or getattr(a, "kind", "") in ("NGO", "Group") for a in found[1]) \
            or attr.lang not in _PURPOSE:     # (a movement's rally: "تظاهر ... من حركة X للمطالبة")
        return None
    if attr.lang == "ar":
        if not _AR_CARRIED_DEMAND.match(attr.norm, hit_start, hit_end):
            return None     # "للمطالبة بـ": in order to demand; "مطالبين", "وطالبوا": the crowd's own
            # participle or plural verb without a subject of its own
    elif not _PURPOSE[attr.lang].search(attr.norm[max(s_start, hit_start - 40):hit_start]) and not (
            _PARTICIPLE.match(attr.norm, hit_start) and attr.norm[s_start:hit_start].rstrip().endswith(",")) \
            and not _PURPOSE_CUE.match(attr.norm, hit_start):
        return None     # neither "to demand" / "pour exiger" nor ", calling for" / ", réclamant"
    return list(found[1])


# Crowds that use force themselves: an armed or angry mob burning churches or lynching
# ("incendiés par des foules armées", "a mob attacked"). Other crowds (protesters,
# rioters as a label) do not get ``UseOfForce``: repression is an act of states.
_FORCE_CROWDS = frozenset({"mobs"})


def crowd_uses_force(key: str) -> bool:
    """Whether ``key`` (``group/mobs``, ``group/IN/mobs``) is a crowd that can be the agent
    of ``UseOfForce``."""
    parts = key.split("/")
    return parts[0] == "group" and parts[-1] in _FORCE_CROWDS


# What makes a crowd that "gathered" a rally rather than a queue, a funeral or a meeting:
# placards, slogans, a protest word, a demand, or a seat of power or a foreign mission.
_PROTEST_CONTEXT = re.compile(
    r"\b(?:placards?|banners?|slogans?|chant(?:ing|ed|s)?|portraits?|protest\w*|demonstrat\w*|"
    r"(?:holding|carrying|waving|held|carried)\s+(?:\w+\s+)?signs|"
    r"rall(?:y|ies)|vigils?|sit-ins?|solidarity)\b|"
    r"\bagainst\b|to demand|demanding|calling for|to denounce|denouncing|condemning|"
    r"(?:outside|opposite|in front of|near|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:embassy|consulate|parliament|court|courthouse|ministry|headquarters|presidential palace|"
    r"prison|un building|offices?)|"
    r"\b(?:pancartes?|banderoles?|portraits?|protest\w*|manifest\w*|scand\w*)\b|\bcontre\b|"
    # a strike, a boycott or a walkout is a protest itself
    r"\b(?:strik(?:e|es|ing)|boycott\w*|walk-?outs?|walked out|(?:suspended|stopped) work|downed tools|"
    r"greves?|grevistes?|debray\w*|(?:suspendu|cesse|arrete) le travail|barricad\w*|roadblocks?|pneus|"
    r"(?:burning|burned|burnt) (?:tyres|tires)|march(?:es|ed|ing)?|(?:une|la|des) marches?(?: blanches?)?|cortege)\b|"
    r"pour exiger|pour reclamer|"
    r"pour denoncer|en soutien|solidarite|"
    r"devant\s+(?:l'|le\s+|la\s+|les\s+)?(?:[\w-]+\s+){0,2}?(?:ambassade|consulat|parlement|"
    r"tribunal|palais|ministere|prison|siege|assemblee)")


def protest_context(norm: str, start: int, end: int) -> bool:
    """Whether the sentence ``norm[start:end]`` says a gathering was a protest (see
    ``_PROTEST_CONTEXT``); "gathered", "se sont retrouvés" alone may be a queue or a funeral."""
    return bool(_PROTEST_CONTEXT.search(norm, start, end))
