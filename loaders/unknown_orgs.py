"""Organisations the gazetteer does not list, recognised from the form of their names.

News names many unions, associations, networks, parties and committees once, by their full
name and often an acronym: "the Ghana Nurses Association", "the Zambia Union of
Journalists (ZUJ)", "le Syndicat national des enseignants du supérieur (SNESup)",
"l'Union des journalistes centrafricains", "جمعية الصحفيين البحرينية", "نقابة المعلمين
الأردنيين". Such a name is an actor (an NGO, or a Group for a party, movement or front)
with a key ``org/<slug>``:

- the acronym in brackets right after the name, lower-cased (``org/snesup``), as the
  gazetteer keys national organisations (``org/amdh``, ``org/snhr``);
- otherwise the name itself, slugged (``org/ghana-nurses-association``);
- in Arabic, the English words of a head noun, a group of people (``groups.tsv``) and a
  demonym, country first (``org/bahrain-journalists-association``); a name without a
  demonym is read after its indefinite head by :mod:`.ar_org_names` ("رابطة أمهات
  المختطفين", "هيئة الدفاع عن المعتقلين") and keyed ``org/<group>-<head>`` when it is a
  head and a group ("نقابة المعلمين" -> ``org/teachers-syndicate``), else by its
  transliteration; so are universities (:mod:`.ar_universities`, "جامعة ليدز"). A
  transliterated key is not the English name the gold and the graph key organisations by
  ("org/mwssh-alabryn" for "org/al-abreen"): the name stands as its verb's subject, so that
  no one else is given its act, but it gets no fact (``mention_cleanup.is_unkeyed``).

This is the one finder of organisations by the form of their names (the gazetteer's own
head-noun finder was folded into it); ``mention_cleanup._extra_actors`` finds those named
with what they are ("Karapatan, a rights alliance", "l'ONG X") and hands over to it.

State bodies (councils of ministers, security councils, electoral commissions, ministries,
parliamentary committees) are not organisations of this kind and are left alone, as is
any name overlapping a mention the gazetteer already found. Group mentions inside the new
name ("المحامين" in "جمعية المحامين") and a group noun in apposition right after it ("the
Zambia Union of Journalists, a press freedom group,") belong to it and are dropped.

Called for French and English texts at the end of ``mention_cleanup._extra_actors``, and
by the Arabic reader (``extract._Reader``) after the gazetteer (see :func:`named_organisations`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .acronym_mentions import later_acronyms
from .ar_org_names import CHAIN_HEADS, STATE_NAMES, name_end
from .ar_universities import university_names
from .capital_offices import british_offices
from .english_org_names import english_slug
from .name_places import drop_name_places
from .org_name_tails import acronym_after_list, strip_leader
from .cues import normalized_view
from .gazetteer.word_forms import _slug as _translit_slug
from .mention_cleanup import _M, _remember, _slug

__all__ = ["named_organisations"]

# ----------------------------------------------------------------------------- English
_HEADS_EN = (r"Association|Union|Syndicate|League|Federation|Confederation|Network|Coalition|Alliance|"
             r"Collective|Movement|Party|Front|Observatory|Centre|Center|Institute|Foundation|Forum|"
             r"Society|Initiative|Platform|Congress|Council|Committee|Guild|Chamber|Organisation|Organization|"
             r"Campaign|Commission|Conference|Assembly|Church|Hub|Project|Watch|Monitor|Trust|Group|Lab|Laboratory|"
             r"University")
_CAP_EN = r"[A-Z][\w'\u2019&-]*"
_LINK_EN = r"(?:of|for|and|the|on|against|in|de|del|des|du)"
# "the Ghana Nurses Association", "the Law Society of Kenya", "the Zambia Union of Journalists"
_ORG_EN = re.compile(
    r"(?<![\w'\u2019-])(?P<name>" + _CAP_EN + r"(?:[ \t]+(?:" + _LINK_EN + r"[ \t]+)?" + _CAP_EN + r"){0,5}?[ \t]+"
    r"(?:" + _HEADS_EN + r")(?:[ \t]+(?:of|for|to|[Aa]gainst)[ \t]+(?:the[ \t]+)?" + _CAP_EN + r"(?:[ \t]+(?:(?:and|of|on|[Aa]gainst)"
    r"[ \t]+(?:the[ \t]+)?)?" + _CAP_EN + r"){0,4})?)(?![\w'\u2019-])")
# (the tail links its words with "of" too: "the Association for the Prevention of Torture",
# "the League for the Promotion and Defense of Human Rights")
# ----------------------------------------------------------------------------- French
_HEADS_FR = (r"Association|Union|Syndicat|Ligue|Fédération|Confédération|Réseau|Coalition|Alliance|"
             r"Collectif|Mouvement|Parti|Front|Observatoire|Centre|Institut|Fondation|Forum|Plateforme|"
             r"Conseil|Comité|Coordination|Rassemblement|Congrès|Organisation|Ordre|Barreau|Conférence|Assemblée|"
             r"Église|Eglise|Groupe|Dynamique|Synergie|Regroupement|Convergence|Université|Universite")
# a word of a name: not a verb, pronoun or conjunction ("L'Observatoire a déclaré qu'il ...")
_WORD_FR = (r"(?!(?:a|ont|est|sont|qui|que|qu|il|elle|ils|elles|y|se|s|ne|n|avait|avaient|sera|serait|"
            r"mais|ou|donc|car|selon|lors|pour sa part)(?![\w'\u2019-]))[\w'\u2019-]+")
_LINK_FR = r"(?:de|des|du|d'|d\u2019|pour|contre|et|sur|en|à|aux|au)"
# "le Syndicat national des enseignants du supérieur (SNESup)", "l'Union des journalistes
# centrafricains", "la Ligue ivoirienne des droits de l'homme": a capitalised head, then
# lower-case words of the name up to the acronym, a comma or a verb
_ORG_FR = re.compile(
    r"(?<![\w'\u2019-])(?:[Ll]e|[Ll]a|[Ll]es|[Ll]'|[Ll]\u2019|[Dd]u|[Dd]e la|[Dd]e l'|[Dd]e l\u2019|[Aa]u|[Àà] la|"
    r"[Àà] l'|[Àà] l\u2019|[Dd]es|[Uu]n|[Uu]ne)\s*(?P<name>(?:" + _HEADS_FR + r")(?:\s+(?:" + _LINK_FR
    + r"\s*(?:la\s+|le\s+|les\s+|l'|l\u2019)?)?" + _WORD_FR + r"){1,7}?)"
    r"(?=\s*\([A-Z][A-Za-z0-9-]{1,11}\)|\s*,|\s+(?:a|ont|avait|avaient|qui|dont|se|s'|s\u2019|est|sont|"
    r"estime|affirme|dénonce|réclame|exige|appelle|demande)\s|\s+s['\u2019]|\s*[.;!?](?:\s|$))")
# (a name closing the sentence: "« ... », a dénoncé l'Union des journalistes nigériens.")
_FR_NAME_WORD_STOP = re.compile(r"(?i)^(?:a|ont|qui|est|sont|le|la|les|un|une|et|mais|selon|lors|après)$")
# ----------------------------------------------------------------------------- shared
_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z0-9-]{1,11})\)")
# an English acronym in apposition between commas ("the Argentine Journalism Forum, FOPEA, said"):
# the same key as in brackets (gold: org/fopea)
_COMMA_ACRONYM = re.compile(r",[ \t]+(?P<acr>[A-Z]{3,8})(?=[ \t]*,)")
# Names of state bodies, whose heads also name civil society ("National Security Council",
# "Conseil constitutionnel", "Parliamentary Committee"), or of IGOs the gazetteer keys.
_STATE_WORDS = re.compile(
    r"(?i)\b(?:minist\w*|government\w*|gouvernement\w*|parliament\w*|parlement\w*|security|sécurité|"
    r"securite|constitution\w*|supreme|suprême|supreme|presiden\w*|présiden\w*|electoral|élector\w*|"
    r"election\w*|élection\w*|police|army|armée|military|militaire\w*|armed|armées|revolutionary|"
    r"révolution\w*|court|cour|tribunal|cabinet|senate|sénat|state|état|etat|sovereign\w*|souverain\w*|"
    r"transition\w*|ruling|defence|défense nationale|national assembly|assemblée nationale|"
    r"european|européen\w*|united nations|nations unies|municipal|city|ville|regional|régional|"
    r"magistrature|judicial|judiciaire|audiovisuel|medical council|ordre des médecins)\b")
# "Conseil national de la communication" is a regulator; a union or association of the
# information and communication trades is not ("Syndicat des professionnels de l'information
# et de la communication du Sénégal (Synpics)")
_MEDIA_REGULATOR = re.compile(r"(?i)\bcommunication\b")
_UNION_HEAD = re.compile(r"(?:Syndicat|Union|Association|Fédération|Confédération|Collectif|Réseau)\b")
# A council, committee, "ordre" or "conseil" is civil society only with a word of the people
# it speaks for ("Norwegian Refugee Council", "Comité des familles de disparus").
_CIVIC_WORDS = re.compile(
    r"(?i)\b(?:rights?|droits?|refugees?|réfugiés|journalists?|journalistes|lawyers?|avocats|women|"
    r"femmes|workers?|travailleurs|students?|étudiants|teachers?|enseignants|doctors?|médecins|victims?|"
    r"victimes|famil\w+|prisoners?|prisonniers|détenus|detainees?|disappeared|disparus|freedoms?|"
    r"libertés?|liberties|justice|solidarity|solidarité|press|presse|media|médias|peace|paix|citizens?|"
    r"citoyens?|civil|civile|defenders?|défenseurs?|mothers|mères|"
    # (the churches, unions and traditional authorities that speak for their members)
    r"bishops?|évêques|eveques|clergy|clergé|clerge|churche?s?|églises?|eglises?|catholic\w*|catholiques?|"
    r"muslims?|musulmans?|christians?|chrétiens?|chretiens?|protestant\w*|evangelical|évangéliques?|imams?|"
    r"ulema|oulémas?|trades?|unions?|syndicats?|labou?r|chiefs?|chefs?|nurses|infirmi\w+|farmers|"
    r"paysans|juristes|judges|magistrates?|magistrats)\b")
_RESTRICTED_HEADS = re.compile(r"^(?:Council|Committee|Commission|Chamber|Conseil|Comité|Ordre|Coordination|Congress|Groupe|"
                               r"Congrès|Organisation|Rassemblement|Barreau|Conference|Conférence|Assembly|Assemblée)\b|"
                               r"\b(?:Council|Committee|Commission|Chamber|Congress|Conference|Assembly)"
                               r"(?:\s+(?:of|for|to|against)\b.*)?$")
# What an organisation works for ("Front national pour la défense de la Constitution", "Alliance
# for the Restoration of Peace") may name a state thing; only the words before it are checked.
_PURPOSE = re.compile(r"(?i)\s(?:pour|for|contre|against)\s")
# "Transitional justice" names no state body ("Transitional Justice Working Group").
_NOT_STATE = re.compile(r"(?i)\btransitional justice\b|\bjustice transitionnelle\b")


# A university is never a state body, whatever words its name has ("Central European
# University", "Ohio State University", "Université d'État d'Haïti").
_UNIVERSITY = re.compile(r"(?i)\b(?:university|universit[ée])\b")


def _state_named(name):
    """Whether the words of ``name`` before its purpose name a state body."""
    if _UNIVERSITY.search(name):
        return False
    return _STATE_WORDS.search(_NOT_STATE.sub(" ", _PURPOSE.split(name, 1)[0])) is not None


# Parties, movements, fronts, leagues, alliances and coalitions are groups (a league or
# coalition "for human rights" is an NGO).
_GROUP_HEADS = re.compile(r"(?i)\b(?:party|parti|movement|mouvement|front|rassemblement|league|ligue|alliance|dynamique|"
                          r"coalition)\b")
_NGO_OF_GROUP_HEAD = re.compile(r"(?i)\b(?:league|ligue|alliance|coalition)\b.*\b(?:rights|droits)\b")
_NAME_STOP = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "Last", "This", "That", "It",
                        "He", "She", "They", "We", "His", "Her", "Their", "Its", "When", "While",
                        "After", "Before", "Since", "As", "If", "According", "Under", "For", "With",
                        "By", "Both", "Opposition", "Ruling", "Main", "Former", "New"})

# ----------------------------------------------------------------------------- Arabic
_AR_HEADS = {"جمعية": "association", "الجمعية": "association", "نقابة": "syndicate",
             "النقابة": "syndicate", "رابطة": "league", "الرابطة": "league", "اتحاد": "union",
             "الاتحاد": "union", "شبكة": "network", "الشبكة": "network", "منظمة": "organisation",
             "المنظمة": "organisation", "مرصد": "observatory", "المرصد": "observatory",
             "تحالف": "coalition", "التحالف": "coalition", "ائتلاف": "coalition",
             "الائتلاف": "coalition", "تنسيقية": "coordination", "التنسيقية": "coordination",
             "منتدى": "forum", "المنتدى": "forum", "حركة": "movement", "حزب": "party",
             "مركز": "centre", "المركز": "centre"}
# Words of Arabic organisation names with their English slug words; a name with any other
# word gets no key (no transliteration guesses).
_AR_WORDS = {"لحقوق الإنسان": "human-rights", "لحقوق الانسان": "human-rights",
             "للدفاع عن حقوق الإنسان": "human-rights-defence", "للحقوق والحريات": "rights-and-freedoms",
             "للحقوق": "rights", "للحريات": "freedoms", "لحرية الصحافة": "press-freedom",
             "للصحافة": "press", "الصحافة": "press", "للصحفيين": "journalists", "للمحامين": "lawyers",
             "للتنمية": "development", "للعدالة": "justice", "لمناهضة التعذيب": "against-torture",
             "ضد التعذيب": "against-torture", "للسجناء": "prisoners", "لأسر المعتقلين": "families-of-prisoners",
             "لضحايا": "victims", "للنساء الديمقراطيات": "democratic-women", "للنساء": "women",
             "للمرأة": "women", "لحقوق المرأة": "womens-rights", "للديمقراطية": "democracy",
             "لدراسات حقوق الإنسان": "human-rights-studies", "للإعلام": "media", "الوطنية": "national", "الوطني": "national", "العامة": "general",
             "العام": "general", "المستقلة": "independent", "المستقل": "independent"}


def _ar_fold(s):
    """The normalised Arabic form the text is matched in (hamzas, taa marbuta folded)."""
    return normalized_view(s, "ar")[0]


_AR_HEADS = {_ar_fold(k): v for k, v in _AR_HEADS.items()}
_AR_HEADS.update((k, v) for k, v in CHAIN_HEADS.items() if k not in _AR_HEADS)
_AR_WORDS = {_ar_fold(k): v for k, v in _AR_WORDS.items()}
_AR_WORD_ORDER = sorted(_AR_WORDS, key=len, reverse=True)
_AR_HEAD_RX = re.compile(r"(?<![\w\u0600-\u06ff])(?:و|ل|ب)?(" + "|".join(sorted(_AR_HEADS, key=len, reverse=True))
                         + r")(?![\u0600-\u06ff])")
_AR_STATE = re.compile(_ar_fold(r"(?:وزار|حكوم|برلمان|أمن|الأمن|الشرطة|الجيش|العسكري|الانتخاب|القضاء|الرئاس|"
                                  r"النواب|الشورى|الأمة|البلدي|الدولة|الأمم المتحدة|الأوروب|الأفريقي|"
                                  r"الإفريقي|العربية لحقوق)"))


def _country_slug(gz, key):
    """``gov/KW`` -> "kuwait" (the English country name, slugged), or None."""
    code = key.split("/")[1].split("-")[0] if key.count("/") >= 1 else ""
    label = gz.country_label(code, "en") if code else None     # (the code itself when unknown)
    return _slug(label) if label and label != code else None


_HEAD_WORDS = {"en": tuple(_HEADS_EN.split("|")), "fr": tuple(_HEADS_FR.split("|"))}


def _head_positions(text, lang):
    """Start offsets of the head nouns in ``text`` (plain substring search, cheaper than a
    regular expression over the whole text), in order."""
    out = []
    for word in _HEAD_WORDS[lang]:
        k = text.find(word)
        while k >= 0:
            end = k + len(word)
            if (k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "_-")) and \
                    (end == len(text) or not (text[end].isalnum() or text[end] == "_")):
                out.append(k)
            k = text.find(word, end)
    out.sort()
    return out


def _near_heads(text, lang):
    """Matches of the name pattern around the head nouns of ``text`` only (the pattern is
    costly to try at every capitalised word)."""
    rx = _ORG_EN if lang == "en" else _ORG_FR
    done = -1
    for h in _head_positions(text, lang):
        if h < done:
            continue
        for g in rx.finditer(text, max(done, h - 100), min(len(text), h + 160)):
            if g.start("name") <= h < g.end("name"):
                done = g.end()
                yield g
                break


def _title_case_line(text, pos):
    """Whether the line around ``pos`` is written in title case (a headline: "Beijing Blames
    Turkoman Islamic Movement"), where capitals do not mark names."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:b if b >= 0 else len(text)]
    if _SENTENCE_BREAK.search(line) or line.rstrip().endswith("."):
        return False        # a sentence or a paragraph, not a headline
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


_SENTENCE_BREAK = re.compile(r"[a-z\d][.!?]\s+[A-Z]")
# a second head right after the name's head ("Trades Union Congress", "Bar Association Council")
_NEXT_HEAD_EN = re.compile(r"(?:[ \t]+(?:" + _HEADS_EN + r"))+(?![\w'\u2019-])")
# a date or day after the name's tail ("the Citizens Coalition for Change on Monday")
_TAIL_DATE = re.compile(r"\s+(?:on|in|of|for)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)\b.*$")


# an English word of where an organisation sits, before its name ("the Washington-based X")
_SEAT_WORD = re.compile(r"(?i)-(?:based|headquartered|registered|born|led|backed|funded|run)$")


def _latin_candidates(text, lang):
    """``(start, end, name, acronym)`` of organisation names in ``text`` (French/English)."""
    for g in _near_heads(text, lang):
        if lang == "en" and _title_case_line(text, g.start()):
            continue
        name = g.group("name").split("\n")[0].rstrip(" ,'\u2019")     # (a name stays on its line)
        if lang == "en":
            name = _TAIL_DATE.sub("", name)
            more = _NEXT_HEAD_EN.match(text, g.start("name") + len(name))
            if more is not None:        # "the Ghana Trades Union Congress": the last head ends it
                name += more.group()
        start = g.start("name")
        words = name.split()
        while words and (words[0] in _NAME_STOP or words[0].lower() in ("of", "the", "and")
                         or (lang == "en" and _SEAT_WORD.search(words[0]))):   # "the London-based X"
            start += len(name) - len(name.split(None, 1)[1]) if len(words) > 1 else len(name)
            name = name.split(None, 1)[1] if len(words) > 1 else ""
            words = words[1:]
        if lang == "fr":
            words = name.split()
            while len(words) > 1 and (_FR_NAME_WORD_STOP.match(words[-1]) or words[-1].lower() in (
                    "de", "des", "du", "d'", "pour", "contre", "et", "sur", "en", "à", "aux", "au")):
                words = words[:-1]
            name = " ".join(words) if words else ""
            # (the words kept, with the text's own spacing)
            name = text[start:start + len(name)] if name else ""
        if len(name.split()) < 2 or (lang == "en" and any(w.isupper() and len(w) > 5 for w in name.split())):
            continue
        if _state_named(name) or (
                _MEDIA_REGULATOR.search(name) and not _UNION_HEAD.match(name)):
            continue
        if _RESTRICTED_HEADS.search(name) and not _CIVIC_WORDS.search(name):
            continue
        if _GROUP_HEADS.search(name):       # "le Parti X de Prénom Nom": the leader is no word of it
            name = strip_leader(name, lang)
        acr = _ACRONYM.match(text, start + len(name))
        acr = acr.group("acr") if acr else None
        longer = acronym_after_list(text, start + len(name), name) if acr is None else None
        if longer is not None:              # "l'Association des victimes, parents et amis ... (Avipa)"
            name, acr = text[start:longer[0]], longer[1]
        comma = _COMMA_ACRONYM.match(text, start + len(name)) if acr is None and lang == "en" else None
        if comma is not None:               # "The Argentine Journalism Forum, FOPEA, denounced"
            acr = comma.group("acr")
        yield start, start + len(name), name, acr


def _overlaps(spans, a, b):
    i = bisect_left(spans, (a, -1))
    for j in (i - 1, i):
        if 0 <= j < len(spans) and spans[j][0] < b and a < spans[j][1]:
            return True
    return False


# an English possessive in a name is keyed without its apostrophe ("Women's Tennis Association"
# -> org/womens-tennis-association, as "Jehovah's Witnesses" -> org/jehovahs-witnesses)
_POSSESSIVE = re.compile(r"(\w)['\u2019]s\b")
_APPOSED = re.compile(r"(?i)\s*(?:\([^()]{1,14}\))?\s*,\s*(?:a|an|the|une|un|l'|le|la)\s*(?:[\w'-]+\s+){0,3}?$")


def _latin(mentions, text, pos, gz, lang):
    # (a generic body is a word of a longer name: "the Campaign Against Police Brutality")
    spans = sorted((m.start, m.end) for m in mentions if not m.key.startswith(("group/", "gov/", "place/")) and not (
        m.key.startswith("body/") and m.key.count("/") <= 2))
    # (a country's generic body, "American press", "Congress", or a region, "Darfur", is a word of
    # a longer name only: "the Inter American Press Association", "the Darfur Bar Association")
    generic = sorted((m.start, m.end) for m in mentions if (m.key.startswith("body/") and m.key.count("/") == 2)
                     or m.key.startswith("place/"))
    places = sorted((m.start, m.end) for m in mentions if m.key.startswith("gov/"))
    found, named = [], []
    for t_start, t_end, name, acr in _latin_candidates(text, lang):
        a, b = pos.to_norm(t_start), pos.to_norm(t_end)
        if _overlaps(spans, a, b) or any(x < b and a < y for x, y, _k, _kd in found) or any(
                x < b and a < y and not (a <= x and y <= b and (x, y) != (a, b)) for x, y in places + generic):
            continue    # a known actor, or a country that is the whole name or runs out of it
        if acr is not None:
            tail = _ACRONYM.match(text, t_end) or _COMMA_ACRONYM.match(text, t_end)
            if _overlaps(spans, b, pos.to_norm(tail.end())):
                if tail.re is _ACRONYM:
                    continue    # "(RNDDH)": the gazetteer knows it by its acronym
                acr = None      # "the X Association, UNICEF, and ...": a known actor listed after it
        # (a French name without an acronym: its English key, english_org_names.py)
        key = "org/" + (acr and _slug(acr) or (lang == "fr" and english_slug(name)) or _slug(
            _POSSESSIVE.sub(r"\1s", name) if lang == "en" else name))
        if len(key) < 7:
            continue
        kind = "Group" if _GROUP_HEADS.search(name) and not _NGO_OF_GROUP_HEAD.search(name) else "NGO"
        _remember(gz, key, kind, lang, name)
        found.append((a, b, key, kind))
        named.append((t_start, t_end, key, kind, acr))
    # the same organisations named again by their acronym alone ("a dénoncé le SPPG")
    taken = [(pos.to_text(x), pos.to_text(y)) for x, y in spans + places + generic]
    found += [(pos.to_norm(s), pos.to_norm(e), key, kind) for s, e, key, kind in later_acronyms(text, named, taken)]
    return found


def _arabic(mentions, norm, gz):
    """Arabic: a head noun, then a group of people and/or a demonym, or name words of
    ``_AR_WORDS`` ("جمعية المحامين الكويتية", "الجمعية البحرينية لحقوق الإنسان")."""
    found = []
    starts = [m.start for m in mentions]
    for g in _AR_HEAD_RX.finditer(norm):
        head = g.group(1)
        a, pos_ = g.start(1), g.end(1)
        parts = [_AR_HEADS[head]]
        country = group = None
        i = bisect_left(starts, pos_)
        b = pos_
        words_done = False
        cover = mentions[i - 1] if i else None
        if cover is not None and cover.start <= a and cover.end > pos_ and cover.key.startswith("group/") \
                and cover.key.count("/") == 2:
            # "المرصد اليمني" read as a watchdog group with its country: the head and its demonym
            country = _country_slug(gz, "gov/" + cover.key.split("/")[1])
            b = cover.end
        for _ in range(4):
            gap = norm[b:b + 1]
            if i < len(mentions) and mentions[i].start <= b + 1 and gap in (" ", ""):
                m = mentions[i]
                if m.key.startswith("group/") and group is None and country is None and not words_done:
                    group = m.key.rsplit("/", 1)[-1]
                    if m.key.count("/") == 2:
                        country = _country_slug(gz, "gov/" + m.key.split("/")[1])
                    b, i = m.end, i + 1
                    continue
                if m.form == "demonym" and m.key.startswith("gov/") and country is None:
                    country = _country_slug(gz, m.key.split("-")[0])
                    b, i = m.end, i + 1
                    continue
                break
            rest = norm[b:b + 40].lstrip()
            word = next((w for w in _AR_WORD_ORDER
                         if rest.startswith(w) and (len(rest) == len(w) or not "\u0600" <= rest[len(w)] <= "\u06ff")),
                        None)
            if word is None:
                break
            parts.append(_AR_WORDS[word])
            words_done = True
            b = b + (len(norm[b:b + 40]) - len(rest)) + len(word)
            while i < len(mentions) and mentions[i].start < b:
                i += 1
        if country is None or (group is None and len(parts) < 2):
            # no demonym: the name after an indefinite head ("رابطة أمهات المختطفين")
            end = name_end(norm, pos_, mentions, starts) if head in CHAIN_HEADS else None
            if end is None or _AR_STATE.search(norm, a, end) or STATE_NAMES.search(norm, a, end):
                continue        # "النقابة" alone, "جمعية خيرية": no name to key
            transliterated = not (group is not None and b == end and country is None)
            if not transliterated:
                key = "org/%s-%s" % (group, parts[0])       # "نقابة المعلمين"
            else:
                key = "org/" + _translit_slug(norm[a:end])
            kind = "Group" if parts[0] in ("party", "movement", "front") else "NGO"
            _remember(gz, key, kind, "ar", norm[a:end], unkeyed=transliterated)
            found.append((a, end, key, kind))
            continue
        if _AR_STATE.search(norm, a, b):
            continue
        middle = group or "-".join(p for p in parts[1:] if p not in ("national", "general", "independent"))
        if not middle:
            continue
        key = "org/%s-%s-%s" % (country, middle, parts[0])
        kind = "Group" if parts[0] in ("party", "movement") else "NGO"
        _remember(gz, key, kind, "ar", norm[a:b])
        found.append((a, b, key, kind))
    return found


def _ar_universities(norm, gz):
    """Universities named in Arabic (:mod:`.ar_universities`), keyed by transliteration."""
    found = []
    for a, end in university_names(norm):
        key = "org/" + _translit_slug(norm[a:end])
        _remember(gz, key, "NGO", "ar", norm[a:end], unkeyed=True)
        found.append((a, end, key, "NGO"))
    return found


def named_organisations(mentions, text, pos, gz, lang, norm=None):
    """Add organisations named by form (see module docstring) to ``mentions``.

    Parameters
    ----------
    mentions : list of Mention-like
        The text's mentions so far, sorted by start, in normalised-text offsets.
    text : str
        The original text.
    pos : Positions
        Offset conversion between ``text`` and its normalised view.
    gz : Gazetteer
    lang : str
    norm : str, optional
        The normalised view of ``text`` (computed for Arabic when not given).

    Returns
    -------
    list
        ``mentions`` with the new organisations (and without the group mentions that are
        part of them or in apposition to them), sorted by start.
    """
    if lang in ("en", "fr"):
        mentions = british_offices(mentions, text, pos)     # "the Foreign Office" (capital_offices.py)
        mentions = drop_name_places(mentions, text, pos)    # "Pham Doan Trang" is no province (name_places.py)
        found = _latin(mentions, text, pos, gz, lang)
        gap = lambda a, b: text[pos.to_text(a):pos.to_text(b)]     # noqa: E731
    elif lang == "ar":
        norm = norm if norm is not None else normalized_view(text, lang)[0]
        known = [m for m in mentions if m.key.startswith(("org/", "official/", "body/", "person/"))]
        found = [f for f in _arabic(mentions, norm, gz)
                 if not any(m.start < f[1] and f[0] < m.end for m in known)]
        # a university's longer name holds what the gazetteer read inside it ("الجامعة الأوروبية
        # المركزية" is no Arab League, "جامعة جورج واشنطن" no person); a gazetteer name as long
        # or longer is kept ("الجامعة البهائية العالمية": the Bahá'í International Community)
        found += [f for f in _ar_universities(norm, gz)
                  if not any(m.start < f[1] and f[0] < m.end and not (
                      f[0] <= m.start and m.end <= f[1] and m.end - m.start < f[1] - f[0]) for m in known)]
        gap = lambda a, b: norm[a:b]     # noqa: E731
    else:
        return mentions
    if not found:
        return mentions
    out = []
    for m in mentions:
        if any(a <= m.start and m.end <= b for a, b, _k, _kd in found):
            continue        # in the name: its groups and demonyms ("جمعية المحامين الكويتية")
        if m.key.startswith("group/") and any(
                b <= m.start < b + 60 and _APPOSED.match(gap(b, m.start)) for a, b, _k, _kd in found):
            continue        # "the Zambia Union of Journalists, a press freedom group,"
        out.append(m)
    out += [_M(a, b, key, kind, "name", None, None, text[pos.to_text(a):pos.to_text(b)])
            for a, b, key, kind in found]
    out.sort(key=lambda m: m.start)
    return out
