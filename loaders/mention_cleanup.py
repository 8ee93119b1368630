"""Mentions before attribution: the :class:`_M` record (normalised-text offsets), actors the
gazetteer does not know ("Karapatan, a local rights alliance"), acronyms, and the French /
English clean-up of group nouns, appositions, topics and owners (:func:`_merge_mentions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .org_name_tails import strip_leader
from .extract_patterns import (_APPOSITIVE_NAME, _SURNAME_TITLE, _DEMONYM_LIST_GAP, _DEMONYM_LIST_HEAD, _MERGED_LIST_HEAD, _OF_STATE, _ACRONYM_AFTER, _APPOSITION_GAP, _BASED_AFTER, _BODY_OF_FR,
                               _BODY_OF_GROUP_AFTER, _BODY_OF_GROUP_BEFORE, _EXTRA_ACTORS,
                               _FIGHTERS_OF, _FIRST_PERSON, _HEAD_OF_FR, _NAME_STOP, _OF_GROUP,
                               _OF_OWNER, _SENTENCE_DES, _STANCE_OPPOSITION_AFTER,
                               _STANCE_OPPOSITION_BEFORE, _TOPIC_COLON, _VERB_BEFORE_FR)


def _owner_inside(m, gz, lang):
    """A generic official whose title names whom it works for ("the spokesperson for the EU
    foreign policy chief", "le porte-parole du chef de la diplomatie européenne"): that
    actor, when the gazetteer knows it."""
    of = _OF_OWNER.search(m.surface)
    if of is None:
        return m
    for inner in gz.find(m.surface[of.end():], lang):
        if inner.key.startswith(("org/", "official/", "gov/")) and inner.key != m.key and \
                inner.kind in ("IntergovernmentalOrganization", "NGO", "Official", "Government",
                               "GovernmentBody") and inner.key.count("/") >= 1 and not (
                    inner.key.startswith("official/") and inner.key.count("/") == 1):
            return _M(m.start, m.end, inner.key, inner.kind, m.form, inner.place_key,
                      m.preposition, m.surface)
    return m


def _ngo_page(norm, mentions, gz, lang):
    """French / English: the NGO whose own page this is - it speaks in the first person
    outside quotations ("We urge ...", "Nous dénonçons ...", "our research") and is named in
    the first lines (headline, byline "Amnesty International - Press release"); or None."""
    voice = False
    for found in _FIRST_PERSON[lang].finditer(norm):
        para = norm.rfind("\n", 0, found.start()) + 1
        seg = norm[para:found.start()]
        if seg.count("\u00ab") + seg.count("\u201c") <= seg.count("\u00bb") + seg.count("\u201d") \
                and seg.count('"') % 2 == 0:
            voice = True
            break
    if not voice:
        return None
    for m in mentions:
        if m.start > 400:
            break
        if m.key.startswith("org/"):
            kind = getattr(gz.actor(m.key), "kind", None)
            if kind == "NGO":
                return m.key
    return None


def _slug(name: str) -> str:
    import unicodedata
    name = unicodedata.normalize("NFKD", name.replace("’", "'"))
    name = "".join(c for c in name if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _remember(gz, key, kind, lang, label, unkeyed=False):
    """Record an actor first met in this text (as the gazetteer does for unknown names).

    ``unkeyed``: the key is a transliteration of an Arabic name ("org/jamh-lydz" for "جامعة
    ليدز"), not the English name the graph keys organisations by; such an actor stands
    where it is named (it is a verb's subject, no one else's act) but gets no fact
    (:func:`is_unkeyed`)."""
    if key.startswith("person/"):
        gz._register(key, kind, lang, label)
        return
    dynamic, lock = getattr(gz, "_dynamic", None), getattr(gz, "_lock", None)
    if dynamic is None or lock is None or key in getattr(gz, "orgs", {}):
        return
    with lock:
        if len(dynamic) > 200000:
            dynamic.clear()
        dyn = dynamic.setdefault(key, {"kind": kind, "labels": {}, "represents": None, "role": None})
        dyn["labels"].setdefault(lang, label)
        if unkeyed:
            dyn["unkeyed"] = True


def is_unkeyed(gz, key):
    """Whether ``key`` was recorded as an ``unkeyed`` actor of this text (see :func:`_remember`).

    Across the 36 development sets every fact of such a key was false (0 of 11 in the gold:
    "org/mwssh-alabryn" for the gold's "org/al-abreen")."""
    dynamic = getattr(gz, "_dynamic", None)
    return bool(dynamic) and dynamic.get(key, {}).get("unkeyed", False)


def _extra_actors(mentions, text, pos, gz, lang):
    """French / English actors the gazetteer does not know, named with what they are:
    "Karapatan, a local human rights alliance, said", "l'ONG Droits pour tous", "the rights
    group X", "the Committee for X", "His widow, Jane Roe, called on", "Jane Roe, his lawyer,
    said" -> ``org/<slug>`` (an NGO, or a Group for a party or movement) or ``person/<slug>``.
    A name overlapping a known mention is left to it."""
    found, drop = [], []
    spans = [(m.start, m.end) for m in mentions if not m.key.startswith("group/")]

    def free(a, b):
        return not any(x < b and a < y for x, y in spans) and \
            not any(x < b and a < y for x, y, _, _ in found)

    for rx, kind in _EXTRA_ACTORS[lang]:
        for g in rx.finditer(text):
            name = g.group("name").strip()
            name = re.sub(r"(?:\s+(?:de|des|du|d'|l'|la|le|les|pour|et|sans|of|the|for|and))+$", "", name)
            name = strip_leader(name, lang) if re.search(r"(?i)\b(?:parti|party|mouvement|movement)\s", g.group()) else name
            words = name.split()
            start = g.start("name")
            if len(words) > 1 and words[0] in ("The", "Le", "La", "Les") and kind != "Person":
                start += len(name) - len(name.split(None, 1)[1])    # "The Strategic Response Team, a coalition"
                name, words = name.split(None, 1)[1], words[1:]
                if re.search(r"\b(?:Authority|Commission|Agency|Office|Directorate|Ministry|Department|Service|"
                             r"Council|Court|Tribunal|Police|Inspectorate|Ombudsman|Autorité|Commission|"
                             r"Agence|Direction|Ministère|Conseil|Cour|Tribunal|Police)\b", name):
                    continue    # "The Independent Policing Oversight Authority, a civilian watchdog": a state body
            if not words or words[0] in _NAME_STOP or (kind == "Person" and len(words) < 2):
                continue
            a = pos.to_norm(start)
            b = pos.to_norm(start + len(name))
            if not free(a, b):
                continue
            if kind == "Person":
                key = "person/" + _slug(name)
            else:
                kind = "Group" if kind == "Group" or re.search(
                    r"(?i)\b(?:party|movement|parti|mouvement|front)\b", g.group()) else "NGO"
                acronym = _ACRONYM_AFTER.match(text, start + len(name))
                # "the Committee for Justice (CFJ)": the acronym names it, as in the gazetteer
                key = "org/" + _slug(acronym.group(1) if acronym else name)
            if key.count("/") != 1 or len(key) < 6:
                continue
            _remember(gz, key, kind, lang, name)
            found.append((a, b, key, kind))
            if g.start("name") == g.start():
                # "Kalima, une ONG tunisienne,": the apposition's group noun is the name's
                drop.append((b, pos.to_norm(g.end())))
    from .unknown_orgs import named_organisations      # (imports this module)
    if not found:
        return named_organisations(mentions, text, pos, gz, lang)
    mentions = [m for m in mentions if not (m.key.startswith("group/") and (any(
        x <= m.start < y for x, y in drop) or any(a < m.end and m.start < b for a, b, _, _ in found)))]
    out = list(mentions) + [_M(a, b, key, kind, "name", None, None, text[pos.to_text(a):pos.to_text(b)])
                            for a, b, key, kind in found]
    out.sort(key=lambda m: m.start)
    return named_organisations(out, text, pos, gz, lang)


def _initials(label: str) -> str:
    words = [w for w in re.split(r"[\s'’-]+", label) if w and (w[0].isupper() or len(w) > 3)]
    return "".join(w[0] for w in words).upper()


def _acronyms_in_context(mentions, gz):
    """An acronym names the organisation of this text whose name it abbreviates: "RSF" in a
    story about the Rapid Support Forces (not Reporters Without Borders), "FSR" after "Forces
    de soutien rapide"."""
    named = {}
    for m in mentions:
        if m.key.startswith("org/") and not m.surface.isupper():
            actor = gz.actor(m.key)
            if actor is None:
                continue
            labels = actor.labels.values()
            for label in labels:
                named.setdefault(_initials(label), m)
    if not named:
        return mentions
    out = []
    for m in mentions:
        full = named.get(m.surface) if m.surface.isupper() and 2 <= len(m.surface) <= 6 else None
        if full is not None and full.key != m.key and m.key.startswith("org/"):
            m = _M(m.start, m.end, full.key, full.kind, m.form, full.place_key, m.preposition, m.surface)
        out.append(m)
    return out


def _merge_mentions(mentions, norm, gz, lang):
    """French / English mention clean-up before attribution.

    - a group noun and the organisation it belongs to are one actor: "les rebelles du M23",
      "les combattants de l'Etat islamique", "fighters from the X movement";
    - an acronym in brackets right after a name is that name ("la Ligue ... (LTDH)");
    - a country or actor opening a line before a colon is the line's topic, a place, not
      an agent ("Venezuela : six pays dénoncent ...", "Nepal: Police must ...").
    """
    out = []
    mentions = _acronyms_in_context(mentions, gz)
    # "Human Rights Watch and other rights groups", "Amnesty et d'autres ONG": the named
    # organisation is the subject; the unnamed others are no actor (round 6, crowds.vague_for)
    mentions = [m for i, m in enumerate(mentions) if not (
        i and m.key.rsplit("/", 1)[-1] == "rights-groups" and mentions[i - 1].kind == "NGO"
        and _AND_OTHER.fullmatch(norm, mentions[i - 1].end, m.start))]
    if lang == "fr":
        # "a jugé", "qui juge": the verb juger, not a judge (un juge)
        mentions = [m for m in mentions if not (
            m.key.endswith("court") and (m.surface.lower().rstrip("s").endswith(("jugé", "jugée"))
                                         or _VERB_BEFORE_FR.search(norm, max(0, m.start - 12), m.start)))]
    # "Bruxelles réclame une enquête", "Brussels warned Budapest": in a text about the EU, the
    # capital of Belgium stands for the Union's institutions, not for Belgium
    if any(m.key.startswith(("org/european-", "org/council-of-the-eu", "org/eeas", "org/frontex",
                             "official/european-"))
           for m in mentions):
        from .gazetteer.lookup import _replace
        mentions = [_replace(m, key="org/european-union", kind="IntergovernmentalOrganization",
                             place_key=None, form="name")
                    if m.form == "capital" and m.key == "gov/BE" else m for m in mentions]
    # "un tribunal d'Oran", "the Diyarbakir police": a body of a region without its own
    # government belongs to the country's state
    from .gazetteer.lookup import _replace as _rep
    mentions = [_rep(m, key="body/" + m.key.split("/")[1].split("-")[0] + "/" + m.key.split("/", 2)[2])
                if m.key.startswith("body/") and m.key.count("/") == 2 and "-" in m.key.split("/")[1]
                and not gz.has_government("place/" + m.key.split("/")[1]) else m for m in mentions]
    # "a UK-based campaign group", "une ONG basée à Londres": where an actor is based is not an actor
    mentions = [m for m in mentions if not (
        m.key.startswith("gov/") and _BASED_AFTER.match(norm, m.end))]
    # "Taliban police", "the Taliban's police", "la police des talibans", "les forces de sécurité
    # du Hamas": the coercive body of a de facto authority or armed group is that group's
    out_b = list(mentions)
    for i, m in enumerate(out_b):
        if not (m.key.startswith("body/") and m.key.count("/") == 1):
            continue
        nxt = out_b[i + 1] if i + 1 < len(out_b) else None
        prv = out_b[i - 1] if i > 0 else None
        owner = None
        if nxt is not None and nxt.kind == "Group" and nxt.key.startswith("org/") and \
                _BODY_OF_GROUP_AFTER.fullmatch(norm[m.end:nxt.start]):
            owner = nxt
        elif prv is not None and prv.kind == "Group" and prv.key.startswith("org/") and \
                _BODY_OF_GROUP_BEFORE.fullmatch(norm[prv.end:m.start]):
            owner = prv
        if owner is not None:
            from .gazetteer.lookup import _replace
            out_b[i] = _replace(m, key=owner.key, kind="Group", place_key=None, form="name")
    mentions = out_b
    # "the bloc's opposition to capital punishment", "son opposition à la peine de mort":
    # a stance, not the opposition camp
    mentions = [m for m in mentions if not (
        m.key.startswith("group/") and m.key.endswith("/opposition") and m.surface.lower() == "opposition"
        and (_STANCE_OPPOSITION_AFTER.match(norm, m.end)
             or _STANCE_OPPOSITION_BEFORE.search(norm, max(0, m.start - 12), m.start)))]
    # "Le RNDDH, une ONG haïtienne, a publié", "Karapatan (KP), a local rights group, said": the
    # apposition's group noun is the organisation just named, not another actor
    kept = []
    for m in mentions:
        prev = kept[-1] if kept else None
        if prev is not None and m.key.startswith("group/") and prev.key.startswith(("org/", "person/")) and \
                _APPOSITION_GAP.fullmatch(norm[prev.end:m.start]):
            continue
        kept.append(m)
    mentions = kept
    for m in mentions:
        if m.key.count("/") == 1 and m.key.startswith("official/") and not m.place_key:
            m = _owner_inside(m, gz, lang)
        prev = out[-1] if out else None
        if prev is not None and m.key.startswith("org/") and prev.key.startswith("group/") \
                and _OF_GROUP.fullmatch(norm[prev.end:m.start]):
            kind = getattr(gz.actor(m.key), "kind", None)
            if kind == "Group":
                out[-1] = _M(prev.start, m.end, m.key, m.kind, m.form, m.place_key,
                             prev.preposition, norm[prev.start:m.end])
                continue
        fighters = _FIGHTERS_OF.search(norm, max(0, m.start - 60), m.start) \
            if m.key.startswith("org/") and m.preposition is None else None
        if fighters is not None:
            kind = getattr(gz.actor(m.key), "kind", None)
            if kind == "Group":
                # "les forces tigréennes du TPLF", "troops of the X movement": the armed group
                while out and out[-1].start >= fighters.start():
                    out.pop()
                out.append(_M(fighters.start(), m.end, m.key, m.kind, m.form, m.place_key, None,
                              norm[fighters.start():m.end]))
                continue
        if prev is not None and norm[prev.end:m.start] in (" (", "(") and \
                norm.startswith(")", m.end) and prev.key.startswith("org/"):
            continue        # "(LTDH)": the acronym of the name just before
        head = (_HEAD_OF_FR.search(norm, max(0, m.start - 90), m.start)
                or _BODY_OF_FR.search(norm, max(0, m.start - 110), m.start)) \
            if lang == "fr" and m.preposition is None and m.key.startswith(("org/", "gov/", "official/")) \
            else None
        if head is not None and (not out or out[-1].end <= head.start()):
            # "la cheffe du bureau de l'ONU à Nairobi", "le directeur régional d'Amnesty": the
            # official acts for the organisation (not "de l'ONU" as an object)
            m = _M(head.start("role"), m.end, m.key, m.kind, m.form, m.place_key, None, m.surface)
        lead = _SENTENCE_DES.search(norm, max(0, m.start - 8), m.start) if lang == "fr" else None
        if lead is not None and lead.end() == m.start and m.preposition is None:
            # "Des experts de l'ONU ont ...": an indefinite article opening the sentence, not
            # "de + les" (the mention is a subject, not an object)
            m = _M(lead.start("art"), m.end, m.key, m.kind, m.form, m.place_key, None, m.surface)
        line_start = norm.rfind("\n", 0, m.start) + 1
        if m.preposition is None and not norm[line_start:m.start].strip() and \
                _TOPIC_COLON.match(norm, m.end) and m.place_key:
            m = _M(m.start, m.end, m.key, m.kind, m.form, m.place_key, ":", m.surface)
        if out and out[-1].key.rsplit("/", 1)[-1] == "families" and m.key.startswith("group/") \
                and (0 <= m.start - out[-1].end <= 1 and m.preposition is None
                     or _KIN_GAP.fullmatch(norm, out[-1].end, m.start) is not None):
            # (also over the words of the phrase: "relatives of | some of the jailed | protesters")
            # "relatives of the jailed | protesters", "familles des | manifestants": the families
            prev = out.pop()
            m = _M(prev.start, m.end, prev.key, prev.kind, prev.form, prev.place_key, prev.preposition,
                   prev.surface + " " + m.surface)
        out.append(m)
    return out


_AND_OTHER = re.compile(r",?\s+(?:and|as well as|along with|et|ainsi que)\s+(?:several\s+|many\s+|plusieurs\s+)?"
                        r"(?:other|d'autres|autres)\s+(?:(?:human\s+)?rights\s+)?")


# Between "relatives of" / "familles de" and the people they are kin of: articles, a
# quantity and up to three adjectives or nouns, no clause punctuation, verb or conjunction
_KIN_GAP = re.compile(r"\s*(?:(?:some|many|several|certains|certaines|plusieurs|des|of|de|du|d'|the|les|la|le|l'|"
                      r"their|leurs|his|her|ses|sa|son)\s*)*(?:(?!(?:and|et|who|qui|were|was|have|had|has|are|is|"
                      r"ont|sont|a|ete|said|told)\b)[\w'-]+\s+){0,3}")


def _appositive_people(mentions, text, norm, pos, gz, lang):
    """French / English: a person named in apposition to an official's title, beyond the
    title's complement ("The UN special rapporteur on the situation in Eritrea, Mohamed
    Babiker, presented ..."), acts for that office; so does a later "M. Babiker" / "Babiker"."""
    rx = _APPOSITIVE_NAME.get(lang)
    if rx is None or not any(m.kind == "Official" for m in mentions):
        return mentions
    spans = [(m.start, m.end) for m in mentions]
    added = []
    for m in mentions:
        if m.kind != "Official" or m.key.startswith("person/"):
            continue
        g = rx.match(text, pos.to_text(m.end))
        if g is None:
            continue
        name = g.group("name")
        words = name.split()
        a, b = pos.to_norm(g.start("name")), pos.to_norm(g.end("name"))
        if words[0] in _NAME_STOP or any(x < b and a < y for x, y in spans):
            continue
        key = "person/" + _slug(name)
        gz._register(key, "Official", lang, name, represents=m.key)
        added.append(_M(a, b, key, "Official", "name", None, None, name))
        spans.append((a, b))
        surname = re.compile(r"(?<![\w'\u2019-])" + _SURNAME_TITLE + re.escape(words[-1]) + r"(?![\w'\u2019-])")
        for r in surname.finditer(text, g.end()):
            ra, rb = pos.to_norm(r.start()), pos.to_norm(r.end())
            if not any(x < rb and ra < y for x, y in spans):
                added.append(_M(ra, rb, key, "Official", "name", None, None, r.group()))
                spans.append((ra, rb))
    if not added:
        return mentions
    return sorted(list(mentions) + added, key=lambda m: m.start)


def _demonym_lists(mentions, norm, lang):
    """French / English: a list of nationality adjectives that share one plural head noun
    ("les gouvernements français, allemand et italien", "the French, German and Italian
    governments") names each of those governments: the demonyms become agent mentions; and
    "the ambassadors of X, Y and Z" are those states' envoys, not a vague group."""
    head_before, head_after = _DEMONYM_LIST_HEAD.get(lang, (None, None))
    if head_before is None and head_after is None:
        return mentions
    # "the ambassadors of France, Germany and Italy", "les ambassadeurs de France et d'Italie":
    # the envoys of the states named, not a vague group of diplomats
    out = [m for k, m in enumerate(mentions) if not (
        m.key.startswith("group/") and m.key.endswith("/diplomats") and k + 1 < len(mentions)
        and mentions[k + 1].key.startswith("gov/") and mentions[k + 1].form != "demonym"
        and _OF_STATE.fullmatch(norm[m.end:mentions[k + 1].start]))]
    merged = _MERGED_LIST_HEAD.get(lang)
    i = 0
    while i < len(out):
        if out[i].form != "demonym" or not out[i].key.startswith("gov/"):
            i += 1
            continue
        j = i
        while j + 1 < len(out) and out[j + 1].key.startswith("gov/") and (
                out[j + 1].form == "demonym" or (lang == "en" and out[j + 1].form == "name")) \
                and _DEMONYM_LIST_GAP.fullmatch(norm[out[j].end:out[j + 1].start]):
            j += 1      # ("the Australian, New Zealand and Japanese missions": a name inside)
        while j > i and out[j].form != "demonym":
            j -= 1
        # the head merged with the member after (en) or before (fr) into a body of its own
        body = out[j + 1] if lang == "en" and j + 1 < len(out) else (out[i - 1] if lang == "fr" and i else None)
        if body is not None and merged is not None and body.key.startswith("body/") and body.key.count("/") == 2 \
                and _DEMONYM_LIST_GAP.fullmatch(norm[out[j].end:body.start] if lang == "en" else norm[body.end:out[i].start]) \
                and merged.search(norm[max(0, body.start - 24):body.start] + "|" + norm[body.start:body.end] + " "
                                  if lang == "fr" else norm[body.start:body.end] + " "):
            for k in range(i, j + 1):
                m = out[k]
                out[k] = _M(m.start, m.end, m.key, "Government", "name", m.place_key, None, m.surface)
        elif j > i and ((hb := head_before is not None and head_before.search(
                norm, max(0, out[i].start - 60), out[i].start))
                        or head_after is not None and head_after.match(norm, out[j].end)):
            for k in range(i, j + 1):
                m = out[k]
                # the first member takes its head noun ("par les |gouvernements britannique| et
                # canadien": the agent of a by-phrase)
                start = hb.start() if hb and k == i and (not i or out[i - 1].end <= hb.start()) else m.start
                out[k] = _M(start, m.end, m.key, "Government", "name", m.place_key, None, m.surface)
        i = j + 1
    return out


def _explicit_regions(mentions) -> frozenset:
    """Region codes whose own government is named explicitly in the text: a regional body
    ("Chechen police", "السلطات الشيشانية") or an official acting for it, not a bare
    demonym ("Tigrayan refugees"), nor a region's forces that an organisation just after
    owns ("les forces tigréennes du TPLF": the movement's fighters, see ``_FIGHTERS_OF``)."""
    out = set()
    mentions = list(mentions)
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.key.endswith("/armed-forces") and nxt is not None and nxt.key.startswith("org/") \
                and 0 < nxt.start - m.end <= 6:
            continue
        for k in (m.key if m.form in ("body", "official") else None, m.represents):
            if k and k.startswith(("gov/", "body/")):
                code = k.split("/")[1]
                if "-" in code:
                    out.add(code)
    return frozenset(out)


@dataclass
class _M:
    """A gazetteer mention moved to normalised-text coordinates."""

    start: int
    end: int
    key: str
    kind: str
    form: str
    place_key: Optional[str]
    preposition: Optional[str]
    surface: str
