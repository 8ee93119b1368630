"""Where a situation happens, as opposed to where it is answered from.

Helpers for :mod:`.events` when it weighs place mentions:

- *Responder countries*: a country whose government, bodies and officials answer the
  situation in the document (condemn, summon, sanction, resettle, demand...) far more often
  than they act in it (use force, reject, deny, accuse) is a responder. Its passing mentions -- a capital
  used for its government ("Washington went further", "بكين", "Londres"), a protest held in
  its capital ("In London, Hong Kongers gathered") -- say little about where the abuse is.
- *Coercive domestic bodies*: police, security forces, courts and prosecutors act in their
  own jurisdiction, so "a Hong Kong court jails ...", "la police iranienne a arrêté",
  "الأجهزة الأمنية اللبنانية" name the place of the situation (armies and intelligence
  services also act abroad and are not counted).
- *Forced returns*: in a story about deportations, expulsions, extraditions, pushbacks or
  refoulement ("the Lebanese army deports Syrians", "refoulements en mer Égée", "ترحيل
  اللاجئين", "Poland extradites a Belarusian activist"; not "expelled from university" nor
  "a expulsé un diplomate"),
  the abuse is done where the people are sent from (the host), not in the country they
  fled: the refugees' origin and host swap roles.
- *Locatives*: an area of a country ("in northern Iraq", "dans l'est de la RDC", "في شمال
  سوريا") is a place even when its government answers; a locative opening a sentence ("In
  neighbouring Algeria, ...", "Au Niger voisin, ...") places that sentence's situation; an
  envoy's posting ("the Iranian ambassador in Berlin") and the responder's half of a dual
  nationality ("a German-Iranian dissident") place nothing; a story with no situation place
  of its own (migrants held in one country under another's policy) is placed where its
  headline and lead locatives say.

Modules
-------
:mod:`.city_scan` (the cities table and the scan of a document for cities) and
:mod:`.locatives` (qualified prepositions, fronted locatives, postings, dual nationalities,
meeting places, lead locatives); this module keeps the choice of places (responders,
coercive bodies, forced returns, sentence roles, shared regions) and re-exports their names.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .attribution import ar_fold
from .city_scan import city_mentions
from .locatives import (_CLAUSE, dual_nationality, fronted_locative, lead_locative, meeting_places,
                        posting, qualified_preposition)

__all__ = ["COERCIVE_ROLES", "city_mentions", "coercive_iso", "dual_nationality", "forced_return",
           "forced_return_actors", "fronted_locative", "lead_deporters", "lead_locative",
           "meeting_places", "on_trial", "posting", "qualified_preposition", "responder_countries",
           "sentence_roles", "shared_regions", "tries_foreigner", "where_follows"]

COERCIVE_ROLES = frozenset({"police", "security-forces", "court", "prosecutor"})
JUDICIAL_ROLES = frozenset({"court", "prosecutor"})

# Responses by which an actor takes part in the situation rather than answering it from afar.
INSIDER_TYPES = frozenset({"UseOfForce", "Rejection", "Denial", "Accusation"})

_FORCED_RETURN = {
    "en": r"\b(?:deport(?:s|ed|ing|ation|ations|ees?)?|expulsions?|"
          r"push-?backs?|pushed\s+back|refoulement|forcibly\s+return(?:ed|ing)?|"
          r"forced\s+returns?|forced\s+back|forcibly\s+(?:sent|deported|expelled)|forced\s+to\s+return|extradit(?:e|es|ed|ing|ion|ions)|expel(?:s|led|ling)?(?!\s+(?:\w+\s+){0,2}(?:ambassadors?|envoys?|diplomats?|attach[eé]s?))"
          r"(?!\s+(?:\S+\s+){0,5}?from\s+(?:(?:their|his|her|its|the)\s+)?(?:\w+\s+)?(?:homes?|houses?|lands?|"
          r"neighbou?rhoods?|part(?:y|ies)|schools?|universit(?:y|ies)|colleges?|parliament|unions?|league|"
          r"federation))|"
          r"repatriat(?:e|es|ed|ing|ion|ions)|sen(?:d|ds|t|ding)\s+(?:them\s+|him\s+|her\s+)?back)\b",
    "fr": r"(?<!\w)(?:expulsions?|refoul(?:e|es|ee|ees|er|ent|ement|"
          r"ements)|renvois?\s+force(?:s)?|reconduites?\s+a\s+la\s+frontiere|"
          r"deport(?:e|es|ee|ees|er|ation|ations)|extrad(?:e|es|ee|ees|er|ent|ition|itions)|"
          r"expuls(?:e|es|ee|ees|er|ent|ait|aient|ant|era|eront)(?!\s+(?:\S+\s+){0,2}(?:l'ambassadeur|ambassadeurs?|"
          r"diplomates?|l'attache|attaches?))(?!\s+(?:\S+\s+){0,5}?(?:de|d'|hors\s+de)\s*(?:sa|son|ses|leur|leurs|la|"
          r"le|les|l')?\s*(?:maisons?|domiciles?|logements?|appartements?|foyers?|terres?|quartiers?|partis?|"
          r"ecoles?|universites?|lycees?|parlement|syndicats?))|"
          r"rapatri(?:e|es|ee|ees|er|ent|ement|ements)\s+de\s+force|renvoy(?:e|es|ee|ees|er)\s+de\s+force)(?!\w)",
    "ar": r"(?<!\S)(?:[وفب]?(?:ال|لل)?ترحيل\S*|[وف]?(?:ي|ت)رحل(?:ون|ان)?|[وف]?رحلت|"
          r"[وفبل]?(?:ال|لل)?مرحلين|[وفبل]?(?:ال|لل)?اعاده\s+القسريه|"
          r"[وفبل]?(?:ال|لل)?(?:طرد|طردت|يطرد|تطرد|يطردون|طردوا|ابعاد|ابعدت|يبعد|تبعد)\s+(?:\S+\s+){0,2}?"
          r"(?:المهاجرين|اللاجئين|اللاجيين|لاجئين|لاجيين|مهاجرين|الاجانب|اجانب))(?!\S)",
}


# The words between an official and "trial" when he is the one tried ("the former president
# goes on trial", "l'ex-président sera jugé", "الرئيس السابق امام المحكمة"), not the one
# speaking about it ("spokesman X called the trial").
_ON_TRIAL = {
    "en": r"(?:\s*\b(?:goes|go|went|going|gone|on|faces?|faced|facing|stands?|stood|standing|is|was|"
          r"are|were|be|been|will|to|his|her|their|the|a|in|at|opened|begins?|began|resumed?)\b)*\s*",
    "fr": r"(?:\s*(?:(?<!\w)(?:va|vont|etre|est|sont|sera|seront|a|ont|ete|comparait|comparaissent|"
          r"devant|au|le|la|les|en|son|sa|ses|du|de|proces)(?!\w)|l'|d'))*\s*",
    "ar": r"(?:\s*(?<!\S)(?:امام|[وف]?بدات?|بدء|تبدا|يمثل|مثل|[وف]?في|خلال|جلسه|جلسات)(?!\S))*\s*",
}


def on_trial(gap: str, lang: str) -> bool:
    """Whether ``gap``, the words between an official's mention and a trial cue after it,
    makes him the one tried ("goes on", "faces") rather than a speaker ("called the")."""
    pattern = _ON_TRIAL.get(lang)
    if pattern is None:
        return True
    return re.fullmatch(ar_fold(pattern) if lang == "ar" else pattern, gap) is not None


@lru_cache(maxsize=None)
def _forced_return_re(lang):
    pattern = _FORCED_RETURN.get(lang)
    if pattern is None:
        return None
    return re.compile(ar_fold(pattern) if lang == "ar" else pattern, re.IGNORECASE)


def forced_return(text: str, lang: str, lead: str = "") -> bool:
    """Whether a story is about people being deported, expelled, pushed back or returned by
    force: its headline ``text`` says so, or its ``lead`` (the next sentences) twice (a
    single "warned it could start deportations" in a story about refugees fleeing is not
    its subject).

    Parameters
    ----------
    text : str
        The headline, normalised (accents folded for French, :func:`.attribution.ar_fold`
        for Arabic).
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``.
    lead : str, optional
        The sentences after the headline, normalised.
    """
    rx = _forced_return_re(lang)
    if rx is None:
        return False
    return bool(rx.search(text)) or len(rx.findall(lead)) >= 2


def coercive_iso(key: str):
    """The place of a police force, security service, court or prosecutor
    (``body/HK/court`` -> ``"HK"``), else None."""
    parts = key.split("/")
    if len(parts) == 3 and parts[0] == "body" and parts[2] in COERCIVE_ROLES:
        return parts[1]
    return None


def tries_foreigner(vote, votes, norm) -> bool:
    """Whether a court or prosecutor (``vote``) is said to try someone of another country:
    a demonym or country named just after it in its clause ("a German court jails a Syrian
    colonel", "محكمة ألمانية تسجن عقيدا سوريا") -- universal jurisdiction, where the court's
    country is only the venue."""
    key = vote.key.split("/")
    if len(key) != 3 or key[2] not in JUDICIAL_ROLES:
        return False
    for other in votes:
        if other.start < vote.end or other.iso.split("-")[0] == key[1].split("-")[0]:
            continue
        gap = norm[vote.end:other.start]
        if not _CLAUSE.search(gap) and len(gap.split()) <= 6:
            return True
    return False


def _country_of(key, gz):
    parts = key.split("/")
    if len(parts) >= 2 and parts[0] in ("gov", "body", "official") and parts[1]:
        return parts[1].split("-")[0]
    if parts[0] == "person" and gz is not None:
        actor = gz.actor(key)
        rep = getattr(actor, "represents", None) if actor is not None else None
        if rep and rep.startswith(("gov/", "body/", "official/")):
            return _country_of(rep, None)
    return None


def responder_countries(responses, outsider_types, gz=None) -> frozenset:
    """Countries that answer the situation: each has agents of responses in
    ``outsider_types`` at least three times as often as of :data:`INSIDER_TYPES` responses.

    Parameters
    ----------
    responses : iterable of Response
        The document's responses (agents as read, before localisation).
    outsider_types : set of str
        Response types by which an agent answers from outside.
    gz : Gazetteer, optional
        To find the government a named official represents.
    """
    answering, acting = Counter(), Counter()
    for r in responses:
        for key in r.agents:
            iso = _country_of(key, gz)
            if not iso:
                continue
            if r.type in INSIDER_TYPES:
                acting[iso] += 1
            elif r.type in outsider_types:
                answering[iso] += 1
    # one act misread among many answers ("Lammy ... accused") does not make it a party
    return frozenset(iso for iso, n in answering.items() if n >= 3 * acting[iso])


_STATE_KINDS = frozenset({"Government", "GovernmentBody", "Official"})
# between a forced-return word and the state that does it, after it: "deported by X",
# "expulsés par X", "من قبل X" / "على يد X"; in Arabic the subject follows its verb
_BY_AFTER = {
    "en": re.compile(r"\s*(?:by\s+(?:the\s+)?)?"),
    "fr": re.compile(r"\s*(?:par\s+(?:la\s+|le\s+|les\s+|l')?)?"),
    "ar": re.compile(ar_fold(r"\s*(?:(?:من\s+قبل|على\s+يد|علي\s+يد)\s+)?")),
}


def forced_return_actors(norm, lang, votes, speakers=()):
    """The states said to deport, expel or push back people in one sentence.

    ``votes`` are the sentence's place-bearing mentions (with ``key``, ``kind``, ``form``,
    ``start``, ``end``); a government, body or official of a state tied to a forced-return
    word -- before it in its clause ("Dominican authorities of carrying out mass
    deportations", "la police turque a expulsé") or right after it ("deported by Turkish
    police", "رحلت السلطات اللبنانية") -- is returned with the word's span, as
    ``[(vote, start, end)]``. Agents who only answer in the sentence (``speakers``: "Germany
    condemned the deportations") are not deporters.
    """
    rx = _forced_return_re(lang)
    if rx is None or not votes:
        return []
    if speakers:
        # a speaker's state ("Spain's foreign minister said his country would grant Spanish
        # nationality to all those expelled") answers, it does not expel
        from .principals import principal
        speakers = set(speakers) | {principal(k) for k in speakers}
    lo = min(v.start for v in votes)
    hi = max(v.end for v in votes)
    a = max(0, lo - 200)
    out = []
    for m in rx.finditer(norm, a, min(len(norm), hi + 200)):
        best = None
        for vote in votes:
            if vote.kind not in _STATE_KINDS or vote.key in speakers:
                continue
            if vote.end <= m.start():
                gap = norm[vote.end:m.start()]
                if _CLAUSE.search(gap) or len(gap.split()) > 6:
                    continue
                dist = len(gap)
            elif m.end() <= vote.start:
                gap = norm[m.end():vote.start]
                by = _BY_AFTER[lang].fullmatch(gap)
                if by is None or (lang != "ar" and not gap.strip()):
                    continue
                dist = len(gap)
            else:
                continue
            if best is None or dist < best[0]:
                best = (dist, vote)
        if best is not None:
            out.append((best[1], m.start(), m.end()))
    return out


def lead_deporters(norm, lang, votes, lead):
    """The states that the headline and lead of a forced-return story say send people away
    ("Poland extradites Belarusian activist", "Tunisian security forces expelled migrants",
    "رحلت قوات الأمن التونسية"), whether or not anything answers in those sentences.

    Parameters
    ----------
    norm, lang : str
        The normalised document and its language.
    votes : list
        Every place-bearing mention of the document.
    lead : list
        The headline's and lead's sentences, as ``(index, start, end, ...)``.
    """
    out = []
    for idx, *_ in lead:
        here = [v for v in votes if v.sentence == idx]
        out += [vote for vote, _, _ in forced_return_actors(norm, lang, here)]
    return out


# "X, where ...", "X, où ...", "X، حيث ...": what follows happens in X, whatever led to it
# ("sent police to New Caledonia, where four people were killed")
_WHERE = {
    "en": re.compile(r"\s*,?\s*where\b"),
    "fr": re.compile(r"\s*,?\s*(?:ou|la\s+ou)(?!\w)"),
    "ar": re.compile(ar_fold(r"\s*[,،]?\s*[وف]?حيث(?!\S)")),
}


def where_follows(norm: str, pos: int, lang: str) -> bool:
    """Whether a relative "where" ("où", "حيث") opens right at ``pos`` in ``norm``."""
    rx = _WHERE.get(lang)
    return bool(rx and rx.match(norm, pos))


_PEOPLE = re.compile(ar_fold(r"refugee|migrant|asylum|refugi|demandeur|asile|exile|لاجئ|لاجي|"
                             r"مهاجر|اللجوء"))


_PROTEST = re.compile(ar_fold(
    r"(?<!\w)(?:protest\w*|demonstrat\w*|rall(?:y|ied|ies)|march\w*|gather\w*|vigils?|sit-ins?|"
    r"manifest\w*|rassembl\w*|defil\w*|marche\w*|veillees?|"
    r"تظاهر\w*|[وف]?احتج\w*|متظاهر\w*|وقف[هة]\w*|اعتصام\w*|[وف]?اعتصم\w*|مسير[هة]\w*|تجمع\w*)(?!\w)"))
_CAMP = re.compile(ar_fold(r"(?<!\w)(?:camps?|campements?|مخيم|مخيمات|المخيم|المخيمات)(?!\w)"))


def _displaced_people(vote) -> bool:
    """A group of refugees or migrants named with its country ("Syrian refugees",
    "réfugiés afghans", "لاجئين سوريين": ``group/SY/refugees``)."""
    parts = vote.key.split("/")
    return len(parts) == 3 and parts[0] == "group" and parts[2] in ("refugees", "migrants",
                                                                     "diaspora")


def _one_origin(votes, cues):
    """Refugees have one origin per sentence: when a demonym names it ("Syrian refugees",
    "لاجئ أفغاني"), another country tied to their flight ("from Pakistan" in "Afghan refugees
    from Pakistan", "fled ... and now live in X") or to their camps ("Turkish camps", "camps
    in Turkey") is where they are hosted."""
    people = [c for c in cues if _PEOPLE.search(c.surface)]
    for v in votes:
        # the group names where they come from, as its demonym did ("Syrian refugees")
        if _displaced_people(v) and v.attached in (None, "host") and people:
            v.attached, v.cue = "origin", min(people, key=lambda c: abs(c.start - v.start))
    origins = {v.iso.split("-")[0] for v in votes if v.attached == "origin"
               and (v.form == "demonym" or _displaced_people(v)) and v.cue is not None
               and v.cue.kind == "Displacement"}
    for v in votes:
        if v.cue is None or v.form == "demonym" or _displaced_people(v) or \
                v.iso.split("-")[0] in origins:
            continue
        camp = people and v.attached in ("loc", "adj") and _CAMP.search(v.cue.surface)
        fled = origins and v.attached in ("loc", "origin") and v.cue.kind == "Displacement"
        if camp or fled:
            v.attached = "host"


def sentence_roles(norm, lang, na, votes, cues, answering=(), outsiders=frozenset()):
    """Settle, once a sentence's places are tied to its cues, the roles the tying cannot
    see; returns the ids of the votes that frame their sentence.

    - refugees' hosts named beside their origin (:func:`_one_origin`);
    - an envoy's posting ("the Iranian ambassador in Berlin") is no place of the situation
      (``attached = "dest"``);
    - the part of a dual nationality ("a German-Iranian dissident") that is a country of the
      responders (``outsiders``: the countries of the agents of outsider responses) is set
      aside the same way, and so are the responders' nationals held abroad ("Canada summons
      envoy over detained Canadians");
    - a locative opening the sentence ("In neighbouring Algeria, the authorities continued
      their mass expulsions", "Au Niger voisin, les autorités ont poursuivi les arrestations")
      is where the sentence's first situation cue happens (``attached = "loc"``), when
      nothing else in the sentence is tied to that cue (refugees' origin: "In Lebanon, Syrian
      refugees ...", unless they are sent away), no protest is held there before it, and the
      place's own state does not answer in it (``answering``: the agents of its outsider
      responses; "In Germany, the government condemned the executions"). Capitals do not
      frame: they are as often where a statement is made.

    Parameters
    ----------
    norm, lang : str
        The normalised document and its language.
    na : int
        Where the sentence starts in ``norm``.
    votes : list
        The sentence's place-bearing mentions (:class:`.events.PlaceVote`), in text order.
    cues : list
        The sentence's situation cues (:class:`.events.EventCue`).
    """
    if not votes:
        return set()
    for vote in votes:
        if vote.preposition and posting(norm, na, vote.start, lang):
            vote.attached, vote.cue = "dest", None
    if any(c.kind == "Displacement" for c in cues):
        _one_origin(votes, cues)
    duals = dual_nationality(norm, votes) if outsiders and any(
        v.form == "demonym" for v in votes) else {}
    for vote in votes:
        other = duals.get(id(vote))
        if other and vote.iso.split("-")[0] in outsiders and other not in outsiders:
            vote.attached, vote.cue = "dest", None
        elif lang == "en" and vote.form == "demonym" and vote.cue is not None and \
                vote.attached == "adj" and vote.start >= vote.cue.end and \
                vote.iso.split("-")[0] in outsiders:
            # "over detained Canadians" in Canada's answer: its nationals held abroad
            vote.attached, vote.cue = "dest", None
    framed = set()
    if not cues:
        return framed
    for vote in votes:
        # a country, an area or a city (a capital is as often where a statement is made)
        if not vote.preposition or not (vote.kind == "Place" or vote.form == "name") or \
                not fronted_locative(norm, na, vote.start, vote.end, lang) or any(
                    k.split("/")[0] in ("gov", "body", "official")
                    and k.split("/")[1:2] == [vote.iso] for k in answering):
            continue
        later = [c for c in cues if c.start >= vote.end]
        if not later:
            break
        cue = min(later, key=lambda c: c.start)
        if _PROTEST.search(norm, vote.end, cue.start):
            break       # "En France, des Iraniens ont manifesté contre les exécutions": a venue
        # people sent away: where they are sent from is the place, their origin only theirs
        forced = cue.kind == "Displacement" and forced_return(norm[na:cue.end + 200], lang)
        rivals = [o for o in votes if o is not vote and o.cue is cue
                  and o.attached in ("loc", "adj", "origin")
                  and o.iso.split("-")[0] != vote.iso.split("-")[0]]
        if any(not (forced and o.attached == "origin") for o in rivals):
            break
        for o in rivals:
            o.attached = "host"
        vote.attached, vote.cue = "loc", cue
        framed.add(id(vote))
        break
    return framed


# Regions whose name is shared by several states (Kashmir: India and Pakistan; Balochistan:
# Pakistan and Iran): ``{code: (forms, other countries)}``, forms normalised.
_SHARED_REGIONS = {
    "IN-JK": (("kashmir", "cachemire", "كشمير", "kashmiri", "kashmiris", "cachemiri",
               "cachemiris", "cachemirie", "cachemiries", "كشميري", "كشميريه", "كشميريين",
               "كشميريون"), ("PK",)),
    "PK-BA": (("baluchistan", "balochistan", "baloutchistan", "balouchistan", "beloutchistan",
               "بلوشستان", "baloch", "balochs", "baluch", "baloutche", "baloutches", "بلوشي",
               "بلوشيه", "بلوش"), ("IR",)),
}


def shared_regions(norm, votes, speakers=None) -> None:
    """Give a region named by a form several states share ("Kashmir", "Balochistan") to the
    state the rest of the document shows acting or located there.

    Evidence counted per country, outside the shared mentions: its police, security forces
    and courts, its locatives ("in Pakistan", "à Muzaffarabad") and its cities; a locative
    that names the agent of its sentence (``speakers``) does not count. The
    region goes to another country only when that country has more such evidence than the
    region's own (``vote.iso`` is set to that country).

    Parameters
    ----------
    norm : str
        The normalised document.
    votes : list
        Every place-bearing mention of the document (:class:`.events.PlaceVote`).
    speakers : dict, optional
        Per sentence, the agents of its responses.
    """
    shared = [v for v in votes if v.iso in _SHARED_REGIONS and (
        v.key[6:] in _SHARED_REGIONS or v.key[4:] in _SHARED_REGIONS)]
    if not shared:
        return
    speakers = speakers or {}
    ids = {id(v) for v in shared}
    evidence: Counter = Counter()
    for v in votes:
        if id(v) in ids:
            continue
        if coercive_iso(v.key) or ((v.preposition or v.kind == "Place")
                                   and v.key not in speakers.get(v.sentence, ())):
            evidence[v.iso.split("-")[0]] += 1
    for v in shared:
        code = v.key.split("/", 1)[1]
        forms, others = _SHARED_REGIONS[code]
        if norm[v.start:v.end].lower() not in forms:
            continue            # "Jammu and Kashmir", "Sistan-Baluchestan": one state's
        home = evidence[code.split("-")[0]]
        best = max(others, key=lambda c: evidence[c])
        if evidence[best] > home:
            v.iso = best
