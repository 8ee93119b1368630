"""Precision of response types and agents: who is only addressed, what is only asked.

Small decisions of the sentence reader (:mod:`.sentence_acts`) kept apart so that the reader
does not grow:

- :func:`ar_we_agents`: an Arabic first-person verb ("ندعو السلطات X إلى", "نطالب الحكومة
  بـ") has "we" as its subject; the actor after it is the one called on, never the agent.
- :func:`retype_hits`: a summons of an officer, a journalist or a witness ("summoned the police
  chief to explain", "a convoqué le commandant", "استدعت النيابة الصحفي للتحقيق") is a step of
  an inquiry (Investigation), not a diplomatic act; summoning an ambassador, envoy, chargé
  d'affaires or a state's minister stays DiplomaticAction. "a qualifié le geste / le verdict /
  la répression de ..." judges an act (Condemnation; "qualifié les manifestants de ..." stays
  an Accusation); testimony gathered on a visit or mission ("arrived for a visit to gather
  testimony") is the mission's Investigation, not a Report. Mobilising police, gendarmes or
  troops is a deployment of force (UseOfForce), not a campaign. A prosecution for speech,
  writing or protest ("poursuivie en vertu du décret-loi sur les fausses informations", "a
  criminal case for spreading false news") is the repression itself (UseOfForce); a
  prosecution of perpetrators stays an Investigation.
- :func:`ngo_raising`: an NGO raising a case with a government or an IGO lobbies (Advocacy).
  The same pass drops cues that name no act of anyone here: the right to protest ("respect
  the right to peaceful protest", "le droit de manifester", "الحق في التظاهر"), sanctions
  lifted or eased ("which lifted its sanctions", "a levé ses sanctions", "رفع العقوبات"),
  and "s'appuie sur" (relies on: no support).
- :func:`requested_of_addressee`: an act named as what a demand asks of its addressee ("Nous
  appelons l'UE à exiger", "طالبت X السلطات الليبية بإجراء تحقيق", "دعت X مجلس الأمن إلى
  فرض عقوبات") is requested, not done.
"""

from __future__ import annotations

import re

from .cues import Entry, Hit
from .extract_patterns import _TO_INFINITIVE
from .diplomatic_cues import diplomatic_verdict
from .falsehood_objects import falsehood_object
from .asked_acts import asked_verdict
from .assertion_cues import insisted_verdict, media_call, monitors_deny_nothing
from .headline_restatements import drop_headline_restatements
from .principals import principal
from .negated_acts import negated_act
from .false_agents import _ASKED_DEED, drop_non_agents, hit_verdict  # noqa: F401 (drop_non_agents: for sentence_acts)
from .state_subjects import state_subject  # noqa: F401 (for sentence_acts)

# what stands right before a cue that names no act: a right, a freedom ("the right to
# (peaceful) protest", "le droit de manifester", "الحق في التظاهر"), a detention for it ("held
# solely for peaceful protest"); lifted or eased sanctions; "s'" of "s'appuie sur"
_NO_ACT_BEFORE = {
    "Demonstration": {
        "en": re.compile(r"(?:\bright|\brights|\bfreedom)\s+(?:to|of)\s+(?:peaceful(?:ly)?\s+|free\s+)?$"
                         r"|\bsolely\s+for\s+(?:peaceful(?:ly)?\s+)?$|\bfor\s+peaceful(?:ly)?\s+$", re.I),
        "fr": re.compile(r"(?:\bdroits?|\blibertes?|\blibertés?)\s+(?:de|d'|a|à)\s*(?:la\s+|pacifiquement\s+)?$", re.I),
        "ar": re.compile(r"(?<!\S)(?:[وب]?(?:ال)?حق(?:هم|ه|ها)?(?:\s+في)?|[وب]?(?:ال)?حري[هة](?:\s+في)?)\s+$"),
    },
    "Sanction": {
        "en": re.compile(r"\b(?:lift|lifts|lifted|lifting|ease|eases|eased|easing)\s+(?:\S+\s+){0,3}$", re.I),
        "fr": re.compile(r"(?<!\w)(?:lev[eé]e?s?|lever|levent|all[eé]g[eé]\w*)\s+(?:\S+\s+){0,3}$", re.I),
        "ar": re.compile(r"(?<!\S)[وفبل]?(?:رفع|رفعت|يرفع|ترفع|تخفيف|خفف|خففت)\s+(?:\S+\s+){0,2}$"),
    },
    "Support": {"fr": re.compile(r"\bs'$|\bs'\s*$", re.I)},
}

# "his / her / their government", "son / leur gouvernement": the government of the person or
# state named before (speakers._contextual), not of a place named later in the sentence
_POSSESSED_GOVERNMENT = {
    "en": re.compile(r"\b(?:his|her|their|its)\s+(?:own\s+)?government\b", re.I),
    "fr": re.compile(r"(?<!\w)(?:son|sa|leur)\s+gouvernement\b", re.I),
}
_NO_MATCH = re.compile(r"(?!)")
# "qualifier un acte de ...": the speaker judges an act (Condemnation), not people
# "a qualifié de « biaisé » le rapport de X", "qualifiant de « mensonges » les accusations": the
# quoted word before the object; a report, criticism or resolution judged so is rejected, an
# accusation or allegation denied (as "a qualifié le rapport de ..." in lang/fr/responses.tsv)
_QUALIFIED_TEXT = re.compile(
    r"\s+(?:de|d')\s*[\u00ab\"\u201c][^\u00bb\"\u201d]{1,50}[\u00bb\"\u201d]\s*"
    r"(?:le|la|les|l'|ce|cette|ces|son|sa|ses|leur|leurs)\s*(?:(?:recent|dernier|nouveau)\w*\s+)?"
    r"(?:(rapport|rapports|critiques?|resolution|conclusions|declarations?|communique|enquete)|"
    r"(accusations?|allegations?|informations|affirmations|temoignages))\b")
_QUALIFIED_ACT = re.compile(
    r"\s+(?:le|la|les|l'|son|sa|ses|leur|leurs|ce|cette|ces|cet)\s*(?:\S+\s+)?"
    r"(?:geste|acte|actes|tir|tirs|mort|meurtre|homicide|violence|violences|repression|arrestation|arrestations|"
    r"detention|verdict|jugement|condamnation|decision|loi|proces|interdiction|expulsion|expulsions|attaque|"
    r"attaques|agression|bavure|drame|massacre|operation|intervention|mesure|mesures|reforme|raid|assaut)\b"
    # ... of a quoted or evaluative word ("d'« inexcusable »"; not "de vengeance politique du
    # régime", which blames someone: an Accusation)
    r"[^.;:]{0,60}?(?:(?<!\w)de\s+|(?<!\w)d')\s*(?:[\u00ab\"\u201c]|inacceptable|inadmissible|injustifiable|"
    r"inexcusable|inexplicable|scandaleu|honteu|illegal|illégal|arbitraire|inhumain|disproportionn)")
# testimony gathered on a visit or mission: the mission's inquiry
_MISSION_BEFORE = {
    "en": re.compile(r"\b(?:visit|mission|delegation|trip|team)\b[^.;:]{0,80}$", re.I),
    "fr": re.compile(r"(?<!\w)(?:visite|mission|delegation|délégation|deplacement|déplacement|equipe|équipe)\b[^.;:]{0,80}$", re.I),
    "ar": re.compile(r"(?<!\S)(?:ال)?(?:زياره|زيارة|بعثه|بعثة|وفد|فريق)(?!\S)[^.؛:]{0,80}$"),
}
_GATHERED = re.compile(r"gather|collect|took|taken|recueill|collecte|جمع|يجمع|تجمع|استمع|قابل", re.I)
# "mobilised 40,000 police officers", "a mobilisé des gendarmes", "حشدت قوات": a deployment of
# force, no campaign
_FORCES_AFTER = {
    "en": re.compile(r"\s+(?:(?:some|about|nearly|more than|over|at least|thousands of|hundreds of|the|its|[\d,.]+)\s+)*"
                     r"(?:riot\s+)?(?:police|officers|troops|soldiers|security forces|forces|gendarmes|army|military)\b", re.I),
    "fr": re.compile(r"\s+(?:(?:quelque|environ|pres de|plus de|des|les|ses|[\d\s,.]+)\s*)*"
                     r"(?:policiers|gendarmes|soldats|militaires|forces|agents|troupes|crs|unites)\b", re.I),
}
# raising a case with a government or an IGO, said of an NGO: lobbying (Advocacy)
_RAISED = re.compile(r"raised|raise|raising|a souleve|ont souleve|souleve|أثار|اثار|إثار|تثير|يثير", re.I)
# a prosecution for what one said, wrote or protested ("est poursuivie en vertu du décret-loi 54
# sur les fausses informations", "charged with spreading false news", "charged under the
# blasphemy law") is the repression itself (UseOfForce, like a sentence); a prosecution of the
# perpetrators ("charged 13 people over the collapse", "mis en examen pour homicide") stays an
# Investigation
_PROSECUTED = re.compile(r"charg|prosecut|indict|criminal case|proceedings|poursui|inculp|mis en examen|mise en examen", re.I)
_SPEECH_OFFENCE = {
    "en": re.compile(r"false (?:news|information)|fake news|spreading|defam|insult|blasphem|sedition|treason|"
                     r"undermining (?:state|national) security|anti-state|for (?:criticis|criticiz|posting|publishing|"
                     r"sharing|writing|protesting|participating in)|(?:taking|took|take) part in|participation in|"
                     r"(?:illegal|unauthori[sz]ed|unsanctioned|unpermitted) (?:gathering|rall|protest|assembl|demonstration)", re.I),
    "fr": re.compile(r"fausses? (?:informations|nouvelles)|diffusion de|diffamation|outrage|offense|blasphem|"
                     r"atteinte a la surete|atteinte à la sûreté|trahison|sedition|decret-loi 54|décret-loi 54|"
                     r"pour avoir (?:critique|critiqué|ironise|ironisé|publie|publié|partage|partagé|ecrit|écrit|"
                     r"denonce|dénoncé|manifeste|manifesté|participe|participé)|participation a (?:une |des |un )?"
                     r"(?:manifestation|rassemblement|attroupement|marche)|attroupement|"
                     r"(?:rassemblement|manifestation|marche)s? (?:non autorise|non declare|interdit)", re.I),
}
_SENTENCE_END = re.compile(r"[.!?\n\u061f]")
# the verbs and nouns of a summons (normalised: French without accents, Arabic folded)
_SUMMONS = {"en": re.compile(r"summon"), "fr": re.compile(r"convoqu"),
            "ar": re.compile(r"(?:^|\s)[وف]?(?:استدع|باستدعاء|لاستدعاء)")}
# a diplomat (or a state's minister: "convoqué le ministre grec pour une réunion") as what
# is summoned: a diplomatic act
_DIPLOMAT = {
    "en": re.compile(r"ambassador|envoy|charg[eé]|diplomat|consul|head of mission|emissary|minister|for talks|meeting"),
    "fr": re.compile(r"ambassad|charg[eé]e? d'affaires|diplomat|consul|emissaire|émissaire|ministre|reunion|réunion|entretien"),
    "ar": re.compile(r"سفير|سفراء|القا[يئ]م بال[اأ]عمال|دبلوماس|قنصل|مبعوث|وزير|اجتماع|لقاء"),
}
# ... and an officer, a journalist or a witness as what is summoned, or questioning as its
# purpose: a step of an inquiry
_QUESTIONED = {
    "en": re.compile(r"police|officer|commander|chief|commissioner|general|governor|prefect|mayor|warden|journalist|"
                     r"editor|reporter|blogger|activist|lawyer|witness|suspect|question|interrogat|testify|to explain|to appear"),
    "fr": re.compile(r"police|policier|gendarme|commandant|chef|commissaire|general|général|gouverneur|prefet|préfet|"
                     r"directeur|journaliste|redacteur|rédacteur|blogueu|militant|avocat|temoin|témoin|suspect|audition|"
                     r"interrogatoire|s'expliquer|compara[iî]tre"),
    "ar": re.compile(r"الشرط|قا[يئ]د|مدير|محافظ|ضابط|صحفي|صحافي|ناشط|محام|شاهد|شهود|للتحقيق|للاستجواب|للمثول|للادلاء"),
}

# Arabic: the act asked for, right after "إلى" (and its verbal noun) or as a verbal noun with
# ب ("بإجراء تحقيق", "بفتح تحقيق", "إلى فرض عقوبات", "إلى إرسال بعثة"); normalised spelling
_AR_ASKED = re.compile(r"(?:(?<!\S)(?:الي(?:\s+حين)?|لحين|حتي)(?:\s+\S+)?|(?<!\S)ب\S{2,})\s*$")
# ... unless a new clause starts in between ("، وقالت الحكومة إنها قامت بإجراء تحقيق")
_AR_NEW_CLAUSE = re.compile(r"[.;:؛]|،\s*[وف](?!ال|ب\S)|(?<!\S)(?:ان|انه|انها|بان|الذي|التي|فيما|بينما)(?!\S)")
# "وفتح تحقيق", "وإجراء تحقيق" (a verbal noun and its object, no subject between): one more ask
_AR_COORDINATED_ASK = re.compile(r"و\S+(?<!ت)\s+\S+")
# types that an Arabic demand asks for (the abuse itself, "وقف القمع", stays the state's)
_AR_ASKABLE = {"Investigation", "Sanction", "DiplomaticAction", "Resettlement", "Support",
               "MilitaryAssistance", "Resolution", "Report"}


def ar_we_agents(reader, hit, s_end, found, rule):
    """Agents of an Arabic response verb in the first person plural.

    Parameters
    ----------
    reader : SentenceActs
        The sentence reader (its attributor ``attr`` and ``_ar_quote_speaker``).
    hit : Hit
        The cue ("ندعو", "نطالب", "ندين").
    s_end : int
        End of the sentence (normalised offsets).
    found, rule : list, str or None
        What the attributor found for the cue.

    Returns
    -------
    tuple
        ``(found, rule)``: the speaker named after a closing quote ("«ندين ...»، قال X": X),
        nothing when the only candidate stands after the verb ("إننا ندعو السلطات
        البحرينية إلى": Bahrain is called on; the publisher's own page may still take the act),
        else what was found.
    """
    speaker = reader._ar_quote_speaker(hit.end, s_end)
    if speaker is not None:
        return reader.attr._expand(speaker, s_end), "speech"
    if found and all(hasattr(a, "start") and a.start >= hit.end for a in found):
        return [], None
    return found, rule


def requested_of_addressee(lang, norm, previous, hit, rtype, hits=()):
    """True when the cue ``hit`` names what the demand cue ``previous`` asks of its addressee.

    Parameters
    ----------
    lang : str
        Document language.
    norm : str
        The normalised text.
    previous : Hit or None
        The previous response cue of the sentence.
    hit : Hit
        The cue read now.
    rtype : str
        Its response type.
    hits : sequence of Hit
        The sentence's response cues (Arabic: the demand may stand before another cue, as in
        "بوقف تمويل ... إلى حين إجراء تحقيق").

    Returns
    -------
    bool
        French / English: a demand verb after "to" / "à" / "de" of a demand ("calls on the EU
        to press for", "appelons l'UE à exiger"); Arabic: an inquiry, sanction, mission, visit
        or aid after "إلى" or as a ب verbal noun within the demand's clause ("طالبت X السلطات
        بإجراء تحقيق", "دعت X مجلس الأمن إلى فرض عقوبات").
    """
    if lang == "ar" or (rtype in _AR_ASKABLE and rtype != "Investigation" and (previous is None or previous.entry.value != "Demand")):
        # (French / English: "urged X to open an inquiry and to publish its findings": the
        # findings are asked too, the demand stands before the inquiry cue)
        previous = next((h for h in reversed(hits) if h.end <= hit.start and h.entry.value == "Demand"), previous)
    if previous is None or previous.entry.value != "Demand":
        return False
    gap = norm[previous.end:hit.start]
    if lang in ("fr", "en") and rtype in _AR_ASKABLE and len(gap.split()) <= 20 and _ASKED_DEED[lang].search(gap):
        return True     # "call on the authorities to carry out an independent investigation"
    if lang in ("fr", "en"):
        return rtype == "Demand" and hit.entry.pos == "v" and bool(_TO_INFINITIVE[lang].search(gap)) \
            and len(gap.split()) <= 14 and not re.search(r"[.;:]", gap)
    if lang != "ar" or rtype not in _AR_ASKABLE or len(gap.split()) > 16:
        return False
    # (a list of asks: "بإلغاء الأحكام، والإفراج عن المعتقلين، وفتح تحقيق": the last one too)
    return bool(_AR_ASKED.search(gap) or (hit.surface[:1] in "بل" and hit.entry.pos == "n") or (
        hit.surface[:1] == "و" and _AR_COORDINATED_ASK.fullmatch(hit.surface) and re.search(r"(?<!\S)ب\S{2,}", gap))) \
        and not _AR_NEW_CLAUSE.search(gap)


def _clause_end(text, start, width):
    """End of the window of ``width`` characters after ``start``, cut at a sentence end."""
    end = min(len(text), start + width)
    stop = _SENTENCE_END.search(text, start, end)
    return stop.start() if stop else end


# each reads a cue hit in its context and returns it, retyped, or None (no act), in this order:
# "accused of", "charged with" (false_agents.py); "avait évoqué des « rumeurs »", "accès à
# internet" (diplomatic_cues.py); "insisted that 'nobody has been evicted'", a Denial
# (assertion_cues.py); "asked Mexico to investigate", the asker's Demand (asked_acts.py)
_VERDICTS = (hit_verdict, diplomatic_verdict, insisted_verdict, asked_verdict)


def retype_hits(lang, text, hits):
    """The response hits of a document, a summons of no diplomat read as an inquiry step.

    Parameters
    ----------
    lang : str
        Document language.
    text : str
        The normalised text the cues were matched in.
    hits : list of Hit
        Response cue hits (sorted by start).

    Returns
    -------
    list of Hit
        ``hits`` without the cues that name no act (see the module docstring), with every
        DiplomaticAction summons ("summoned", "a convoqué", "استدعت") of an officer,
        journalist or witness (and of no ambassador, envoy, chargé d'affaires, consul,
        diplomat or minister) turned into an Investigation ("The commission summoned the police chief to
        explain the raid"; "Britain summoned Russia's ambassador" is unchanged).
    """
    summons = _SUMMONS.get(lang)
    if summons is None:
        return hits
    out = []
    for h in hits:
        for verdict in _VERDICTS:
            h = verdict(lang, text, h)
            if h is None:
                break
        if h is not None and media_call(lang, text, h):
            continue        # "des messages audio appelant à", "مقاطع تدعو إلى" (assertion_cues.py)
        if h is None or h.entry.value not in ("Denial", "Rejection") and negated_act(lang, text, h.start, h.end):
            continue        # ("sent no troops", "من دون أن تصدر عنها أي إدانة": negated_acts.py)
        no_act = _NO_ACT_BEFORE.get(h.entry.value, {}).get(lang)
        if no_act is not None:
            # before the cue's last word ("held .. protest" in "held solely for peaceful protest")
            cut = h.start + len(h.surface.rsplit(None, 1)[0]) + 1 if " " in h.surface.strip() else h.start
            if no_act.search(text, max(0, h.start - 40), h.start) or (
                    cut > h.start and no_act.search(text, max(0, cut - 40), cut)):
                continue
        if h.entry.value == "Condemnation" and falsehood_object(lang, text, h.end):
            # "a dénoncé une « mise en scène »", "condemned baseless allegations": a Denial
            h = Hit(h.start, h.end, Entry(h.entry.cue, "Denial", h.entry.pos, h.entry.note), h.surface)
        elif h.entry.value == "Advocacy" and h.entry.pos == "v" and lang in _FORCES_AFTER and \
                re.match(r"mobili", h.surface, re.I) and _FORCES_AFTER[lang].match(text, h.end):
            h = Hit(h.start, h.end, Entry(h.entry.cue, "UseOfForce", h.entry.pos, h.entry.note), h.surface)
        elif h.entry.value == "Investigation" and lang in _SPEECH_OFFENCE and _PROSECUTED.search(h.surface) and \
                _SPEECH_OFFENCE[lang].search(text, h.end, _clause_end(text, h.end, 140)):
            h = Hit(h.start, h.end, Entry(h.entry.cue, "UseOfForce", h.entry.pos, h.entry.note), h.surface)
        elif lang == "fr" and h.entry.value == "Accusation" and h.surface.lower() in ("qualifie", "qualifié") and \
                (qualified := _QUALIFIED_TEXT.match(text, h.end)):
            rtype = "Rejection" if qualified.group(1) else "Denial"
            h = Hit(h.start, h.end, Entry(h.entry.cue, rtype, h.entry.pos, h.entry.note), h.surface)
        elif lang == "fr" and h.entry.value == "Accusation" and h.surface.lower() in ("qualifie", "qualifié") and \
                _QUALIFIED_ACT.match(text, h.end):
            h = Hit(h.start, h.end, Entry(h.entry.cue, "Condemnation", h.entry.pos, h.entry.note), h.surface)
        elif h.entry.value == "Report" and h.entry.note == "monitor" and _GATHERED.search(h.surface) and \
                _MISSION_BEFORE[lang].search(text, max(0, h.start - 120), h.start):
            h = Hit(h.start, h.end, Entry(h.entry.cue, "Investigation", h.entry.pos, h.entry.note), h.surface)
        elif h.entry.value == "DiplomaticAction" and summons.search(h.surface) and \
                _QUESTIONED[lang].search(text, h.end, min(len(text), h.end + 60)) and \
                not _DIPLOMAT[lang].search(text, h.start, _clause_end(text, h.end, 90)):
            h = Hit(h.start, h.end, Entry(h.entry.cue, "Investigation", h.entry.pos, h.entry.note), h.surface)
        out.append(h)
    return out


def ngo_raising(out, kind_of, text=""):
    """Raising a case with a government or an IGO, done by NGOs only, is Advocacy.

    Parameters
    ----------
    out : Extraction
        The responses read so far (changed in place).
    kind_of : callable
        Actor key -> actor kind (``"NGO"``, ``"Government"``...).
    text : str, optional
        The document's text: a headline Condemnation restating the body's Rejection,
        Accusation or Denial is dropped (:mod:`.headline_restatements`).

    Notes
    -----
    "We have raised the case repeatedly with the European Union" in an NGO's release is
    lobbying (SPEC §4 Advocacy); a state raising it with its counterparts stays
    DiplomaticAction. Letters and meetings keep their type. NGOs, outlets and IGOs are then
    dropped from UseOfForce responses (:func:`_monitors_use_no_force`), and a French or English
    headline's accusation by an organisation whose report is read is that report
    (:func:`_headline_of_report`).
    """
    for r in out.responses:
        if r.type == "DiplomaticAction" and r.agents and r.evidence and \
                _RAISED.match(r.evidence[0].cue or "") and all(kind_of(a) == "NGO" for a in r.agents):
            r.type = "Advocacy"
    _monitors_use_no_force(out, kind_of)
    _headline_of_report(out, kind_of)
    drop_headline_restatements(out, text, principal)
    monitors_deny_nothing(out, lambda a: kind_of(principal(a)))     # (an NGO's official: the NGO)


# who watches and reports does not use force: an NGO, a news outlet, an IGO (unless its
# troops are named: peacekeepers, a mission's soldiers)
_MONITOR_KINDS = ("NGO", "MediaOutlet", "IntergovernmentalOrganization")
_TROOPS = re.compile(r"peace-?keep|troops|soldiers|blue helmets|casques bleus|soldats|militaires|forces? (?:de|d')|"
                     r"\bforces?\b|حفظ السلام|جنود|قوات", re.I)


# a headline or lede: the first characters of the document
_HEADLINE_END = 200
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _headline_of_report(out, kind_of):
    """French / English: drop an NGO's or IGO's Accusation told in the headline or lede when the
    same organisation's Report is read in the document (changed in place).

    "RDC : l'ONU accuse le M23 d'avoir tué des dizaines de civils", "UN rights office says
    China's treatment of Uyghurs may amount to crimes against humanity": the headline retells
    what the report found, one act (Report), not a second one. An accusation in the body ("a
    publié un rapport accusant les autorités", "accusait déjà Kigali") is kept, and so are
    Arabic headlines ("اتهمت منظمة هيومن رايتس ووتش ...", which the Arabic notes count).
    """
    def org(a):     # (an organisation's official, "official/united-nations/expert": the organisation)
        parts = a.split("/")
        return "org/" + parts[1] if parts[0] == "official" and len(parts) > 2 else a
    reporters = {org(a) for r in out.responses if r.type == "Report" for a in r.agents
                 if kind_of(org(a)) in ("NGO", "IntergovernmentalOrganization")}
    if not reporters:
        return
    # a headline needs a body: in a one-sentence text "X published a report accusing ..." is both acts
    body_from = max((e.start for r in out.responses for e in r.evidence), default=0)
    kept = []
    for r in out.responses:
        if r.type == "Accusation" and r.evidence and r.evidence[0].start < min(_HEADLINE_END, body_from) and \
                reporters.intersection(map(org, r.agents)) and not _ARABIC.search(r.evidence[0].text or ""):
            r.agents = [a for a in r.agents if org(a) not in reporters]
            if not r.agents:
                continue
        kept.append(r)
    out.responses[:] = kept


def _monitors_use_no_force(out, kind_of):
    """Drop NGOs, news outlets and IGOs from UseOfForce responses (changed in place).

    The force is what their report, statement or letter describes ("a report saying detainees
    were beaten", "des hommes qui risquent selon eux la torture"): the reporter's act is the
    Report or the statement read from its own cue, never the abuse. An IGO whose troops are
    named in the evidence (peacekeepers, soldiers of a mission) keeps its act.
    """
    kept = []
    for r in out.responses:
        if r.type == "UseOfForce" and any(kind_of(a) in _MONITOR_KINDS for a in r.agents) and \
                not any(_TROOPS.search(e.text or "") for e in r.evidence):
            r.agents = [a for a in r.agents if kind_of(a) not in _MONITOR_KINDS]
            if not r.agents:
                continue
        kept.append(r)
    out.responses[:] = kept
