"""Acts that belong to nobody named, or not to the actor found: accused, sentenced, addressed.

Two passes kept apart from the sentence reader (:mod:`.sentence_acts`, already too long):

- :func:`hit_verdict` (called by :func:`.type_precision.retype_hits` on every response cue
  before attribution) drops or retypes a cue by the construction around it:

  * what someone is accused, charged or convicted of ("accused of \\"calls for mass riots\\"",
    "accusés d'avoir appelé à manifester", "بتهمة الدعوة إلى التظاهر") is no act of anyone
    here (the accusation itself is read from its own cue);
  * the accused's denial of the charges ("charges he has always denied", "des accusations
    qu'elle a toujours rejetées", "وهي تهم ينفيها") is not the accuser's;
  * a court condemning a person to a penalty ("a condamné X, 70 ans, ... à deux ans et demi de
    colonie", "condemned the activist to ten years in prison") and the sentence of a person
    ("après la condamnation de l'opposant X") are the repression itself (UseOfForce), not a
    Condemnation;
  * an Arabic verbal noun with a third person plural pronoun after a causal word ("بسبب
    رفضهم التهجير", "على خلفية مطالبتهم بـ"): the people's act, cause of what is told, never an
    act of the sentence's subject (a state is "ها", not "هم").

- :func:`drop_non_agents` (called once per cue after its agents are found) removes actors
  that stand where no agent stands:

  * the object of a call ("called on the Hong Kong authorities to release X, adding that he
    had raised the case"; "a appelé le Canada et le Saint-Siège à"): the caller, named before
    the call, is the agent; the called are not;
  * a crowd's participle ("the government dissolved the unit, but demonstrators stayed on the
    streets, demanding ...", "des manifestants sont restés dans les rues, réclamant") and a
    reduced relative on people ("people calling for change", "ceux qui appellent à"): not the
    government's act;
  * a petition launched or signed by people ("a petition launched by activists, calling on the
    government to"): no state's petition.
"""

from __future__ import annotations

import re

from .attribution_patterns import AR_FEMININE_HEADS, AR_MASCULINE_HEADS
from .background_clauses import background_cue
from .clause_subjects import own_unknown_subject
from .cues import Entry, Hit

# ---------------------------------------------------------------- accused of / charged with
# types that name what an accused did, not what the accuser does
_ALLEGED_TYPES = {"Demand", "Support", "Advocacy", "Petition", "Condemnation", "Rejection"}
_ACCUSED_BEFORE = {
    "en": re.compile(r"\b(?:accus\w*|charg\w*|convicted|suspected|indict\w*|prosecuted|jailed|imprisoned|sentenced|"
                     r"guilty)\s+(?:[\w'-]+\s+){0,10}?"
                     r"(?:(?:of|with|for)\s+|(?:and|or)\s+(?:of|for|with)\s+)(?:[\"\u201c']\s*)?$"),
    "fr": re.compile(r"(?<!\w)(?:accus\w*|inculp\w*|poursuivi\w*|condamn\w*|reconnue?s? coupables?|soupconn\w*|"
                     r"emprisonn\w*)\s+(?:[\w'-]+\s+){0,10}?"
                     r"(?:(?:d'|de\s+|pour\s+)|(?:et|ou)\s+(?:d'|de\s+|pour\s+))\s*(?:[\u00ab\"\u201c]\s*)?"
                     r"(?:avoir\s+|des\s+|d'|de\s+)?$"),
    "ar": re.compile(r"(?<!\S)(?:[وب]?(?:ال)?تهم[هة]?|[وب]?(?:ال)?تهمتي|[وب]?تهما|[وب]?(?:ال)?جريم[هة]|"
                     r"[وب]?(?:ال)?اتهامات?|[وب]?(?:ال)?تهمتين)\s*[\"\u00ab\u201c]?\s*$"),
}
_ACCUSATION_WORD = {"en": re.compile(r"accus|charg|convict|suspect|indict|prosecut|jail|impris|sentenc|guilty|"
                                     r"allegation|claim"),
                    "fr": re.compile(r"accus|inculp|poursuivi|condamn|coupable|soupcon|emprisonn|charge|faits|grief"),
                    "ar": re.compile(r"تهم|جريم|اتهام")}
# the accused's own denial: "charges he has always denied", "des accusations qu'il a
# toujours rejetées", "وهي تهم ينفيها", "التهم التي نفاها"
_DENIED_CHARGES = {
    "en": re.compile(r"\b(?:charges?|accusations?|allegations?|claims?)\s*,?\s*(?:that\s+|which\s+)?"
                     r"(?:he|she|they|both|all)\s+(?:has\s+|have\s+|had\s+)?(?:always\s+|consistently\s+|repeatedly\s+|"
                     r"strongly\s+|firmly\s+|vehemently\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:accusations?|charges?|faits|griefs|chefs? d'accusation)\s*,?\s*"
                     r"qu'(?:il|elle|ils|elles)\s+(?:a|ont|avait|avaient)?\s*(?:toujours\s+|constamment\s+|"
                     r"fermement\s+|formellement\s+|vigoureusement\s+)?$"),
    "ar": re.compile(r"(?<!\S)(?:و?هي\s+)?[وب]?(?:ال)?(?:تهم[هة]?|اتهامات?)\s+(?:التي\s+)?$"),
}
_DENIAL_TYPES = {"Denial", "Rejection"}
# Arabic verb–subject order: "وهي اتهامات ترفضها القاهرة" names the one who rejects them
# after the verb, and that act is theirs; "وهي تهم ينفيها." (no subject) is the accused's
_AR_SUBJECT_AFTER = re.compile(r"\s*(?!(?:و|ف|ثم|لكن)\s)[^\s.,\u060c\u061b:!\u061f\"\u00ab\u201c]")
# a judicial act called political: judging the act (Condemnation), not blaming people
_MOTIVATED = {"en": re.compile(r"politically[ -]motivated|politically driven"),
              "fr": re.compile(r"politiquement motive|motivee?s? politiquement|a caractere politique"),
              "ar": re.compile(r"دوافع سياسي|مسيس")}
_ACT_AS_SUBJECT = {
    "en": re.compile(r"\b(?:prosecution|trial|charges?|case|arrests?|verdict|sentences?|detention|conviction|"
                     r"proceedings|ruling|indictment|raids?)\s+(?:\w+\s+){0,6}?(?:was|were|is|are|as|had been|"
                     r"has been|have been)\s+(?:\w+\s+)?[\"\u201c']?\s*$"),
    "fr": re.compile(r"(?<!\w)(?:proces|poursuites?|accusations?|arrestations?|verdict|condamnations?|detention|"
                     r"jugement|decision|inculpation)\s+(?:\w+\s+){0,3}?(?:etait|est|sont|etaient|comme|de)\s+"
                     r"(?:\w+\s+)?[\u00ab\"]?\s*$"),
    "ar": re.compile(r"(?<!\S)(?:ال)?(?:محاكم[هة]|قضي[هة]|تهم|اتهامات|حكم|احكام|اعتقال|ملاحق[هة])\S*\s+(?:\S+\s+){0,2}?$"),
}
# ---------------------------------------------------------------- a court's sentence
# "a condamné X (, apposition,) à deux ans", "condemned the activist to ten years in prison"
_PENALTY_AFTER = {
    "fr": re.compile(r"[^.;:!?]{0,160}?(?<!\w)(?<!y\s)a\s+(?:(?:une|la|des|sa|la\s+peine\s+de|un|[\d,.]+|\w+)\s+){0,3}"
                     r"(?:ans?|mois|annees|semaines|jours|peine|prison|mort|perpetuite|reclusion|colonie|amende|"
                     r"travaux forces|emprisonnement|detention)\b"),
    "en": re.compile(r"[^.;:!?]{0,160}?\bto\s+(?:(?:a|an|the|[\d,.]+|\w+)\s+){0,3}"
                     r"(?:years?|months?|death|life|prison|jail|imprisonment|hard labou?r|penal colony|lashes)\b"),
}
# ... unless what is condemned is the sentence itself ("a condamné la peine de ... à")
_JUDGED_SENTENCE = {
    "fr": re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:l'|la\s+|le\s+|les\s+|cette\s+|ce\s+|ces\s+)\s*(?:lourde\s+|nouvelle\s+)?"
                     r"(?:peine|peines|condamnation|condamnations|verdict|sentence|jugement|decision|arret|proces|arrestation|"
                     r"arrestations|detention|incarceration|emprisonnement|repression|violences?|attaques?|meurtre|"
                     r"assassinat|execution|executions|mise|placement|maintien|poursuite|poursuites)\b"),
    "en": re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:the|this|that|these|its|his|her|their)\s+(?:\w+\s+)?"
                     r"(?:sentence|sentences|sentencing|verdict|ruling|decision|judgment|conviction|trial|move|plan|arrest|"
                     r"arrests|detention|jailing|imprisonment|crackdown|repression|violence|attacks?|killing|"
                     r"killings|murder|execution|executions|prosecution)\b"),
}
_CONDEMN = {"fr": re.compile(r"condamn"), "en": re.compile(r"condemn")}
# "la condamnation de l'opposant X", "la condamnation d'Ousmane Sonko": a person's sentence
_SENTENCE_OF_PERSON = re.compile(
    r"\s+(?:d'|de\s+)(?:l'|la\s+|le\s+)?\s*(?:opposant|opposante|journaliste|militant|militante|avocat|avocate|"
    r"blogueu\w*|activiste|ancien|ancienne|ex-\w+|defenseu\w*|chercheu\w*|ecrivain\w*|rappeur|artiste|dirigeant\w*|"
    r"leader|chef|syndicaliste|imam|pasteur|eveque|ministre|depute\w*|candidat\w*|president\w*)\b")
# a deed not done, or failed ("pour ne pas avoir hébergé", "for failing to investigate")
_NOT_DONE = {"ar": re.compile(r"(?<!\S)(?:[لوب]?عدم|دون|بدون|[وب]?رفض(?:ت|ها|ه)?)\s+$"),
             "fr": re.compile(r"(?<!\w)(?:ne\s+pas|n'avoir\s+pas|ne\s+jamais|faute\s+d'avoir|faute\s+de)\s+"
                              r"(?:avoir\s+|etre\s+)?$"),
             "en": re.compile(r"\b(?:for\s+not|for\s+never|failing\s+to|failed\s+to|failure\s+to|refusal\s+to|"
                              r"refusing\s+to|refused\s+to)\s+(?:having\s+|have\s+)?$")}
# ---------------------------------------------------------------- Arabic: the cause of what is told
_AR_CAUSE_BEFORE = re.compile(r"(?<!\S)(?:بسبب|جراء|جرّاء|لمجرد|على\s+خلفي[هة]|اثر|إثر|عقب|بعد|نتيج[هة])\s+$")
# "تصريحات/تدوينة/مقال ... انتقد فيها": a relative clause on what a person said or wrote
_AR_IN_WHICH = re.compile(r"\s+فيه(?:ا|م|ما)?(?!\S)")
_AR_PERSON_WORDS = re.compile(r"(?<!\S)[وب]?(?:ال)?(?:تصريحات?|تدوين[هة]|تدوينات|منشورا?ت?|مقالا?ت?|تغريد[هة]|تغريدات|"
                              r"مقابل[هة]|مقطع|فيديو|كتابات|قصيد[هة]|خطب[هة]|اغني[هة])(?:\s+\S+){0,3}\s+$")
_AR_THEIR = re.compile(r"(?:هم|هن|هما)$")


def _sentence_start(text, pos, width=200):
    """Start of the sentence around ``pos`` (at most ``width`` characters back)."""
    lo = max(0, pos - width)
    cut = max(text.rfind(c, lo, pos) for c in ".!?\n\u061f")
    return lo if cut < 0 else cut + 1


def hit_verdict(lang, text, h):
    """A response cue kept as it is, retyped, or dropped (``None``): see the module docstring.

    Parameters
    ----------
    lang : str
        Document language.
    text : str
        The normalised text the cues were matched in.
    h : Hit
        One response cue hit.

    Returns
    -------
    Hit or None
        ``h``, a copy with another response type, or ``None`` when the cue names no act of
        anyone the sentence could give it to.
    """
    rtype = h.entry.value
    if background_cue(lang, text, h.start, h.end):
        return None     # "Sweden, which has criticised Ankara, declined to comment" (.background_clauses)
    if _deprived(lang, text, h):
        return None     # "was denied access to a lawyer", "refused bail": part of the abuse
    if rtype in _ALLEGED_TYPES or rtype in _DENIAL_TYPES:
        # (a cheap look for an accusation word first: most cues have none before them)
        if _ACCUSATION_WORD[lang].search(text, max(0, h.start - 160), h.start):
            start = _sentence_start(text, h.start)
            named_after = lang == "ar" and h.entry.pos == "v" and _AR_SUBJECT_AFTER.match(text, h.end)
            if rtype in _ALLEGED_TYPES and not named_after and \
                    _ACCUSED_BEFORE[lang].search(text[max(start, h.start - 160):h.start]):
                return None
            if rtype in _DENIAL_TYPES and not named_after and \
                    _DENIED_CHARGES[lang].search(text, max(start, h.start - 80), h.start):
                return None
    elif rtype == "Accusation" and _MOTIVATED[lang].search(h.surface.lower()) and \
            _ACT_AS_SUBJECT[lang].search(text, max(_sentence_start(text, h.start), h.start - 80), h.start):
        return _as(h, "Condemnation")     # "said the prosecution was 'politically motivated'"
    if rtype == "Condemnation" and lang in _CONDEMN and _CONDEMN[lang].search(h.surface.lower()):
        if h.entry.pos == "v" and _PENALTY_AFTER[lang].match(text, h.end) and \
                not _JUDGED_SENTENCE[lang].match(text, h.end):
            return _as(h, "UseOfForce")
        if lang == "fr" and h.entry.pos == "n" and _SENTENCE_OF_PERSON.match(text, h.end):
            return _as(h, "UseOfForce")
    if lang in _NOT_DONE and _NOT_DONE[lang].search(text, max(0, h.start - 30), h.start):
        return None     # "condamnée pour ne pas avoir hébergé", "criticised for failing to investigate"
    if lang == "ar" and h.entry.pos == "v" and _AR_IN_WHICH.match(text, h.end) and \
            _AR_PERSON_WORDS.search(text, max(0, h.start - 40), h.start):
        return None     # "بسبب تصريحات انتقدت فيها ...": what the prosecuted person said
    if lang == "ar" and _AR_THEIR.search(h.surface.split()[0]) and \
            _AR_CAUSE_BEFORE.search(text, max(_sentence_start(text, h.start), h.start - 20), h.start):
        return None
    return h


# what a person is deprived of ("denied access to a lawyer", "refused bail", "denied medical
# care"): no speech act of denial or rejection, a part of the abuse
_DEPRIVATION_AFTER = re.compile(
    r"\s+(?:him\s+|her\s+|them\s+)?(?:access|medical|health|care|treatment|food|water|bail|visits?|family|contact|"
    r"permission|a\s+lawyer|lawyers|legal|the\s+right|their\s+right|his\s+right|her\s+right|release|parole|"
    r"passports?|exit|medication|medicines?|consular)\b")
_DENY_REFUSE = re.compile(r"(?:den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing))$")


def _deprived(lang, text, h):
    """English: True when the cue ``h`` tells what someone was deprived of ("was denied access to
    a lawyer", "beaten and denied medical care", "refused bail"), not a denial or a rejection."""
    if lang == "en":
        return h.entry.value in _DENIAL_TYPES and bool(_DENY_REFUSE.search(h.surface.lower().strip())) and \
            bool(_DEPRIVATION_AFTER.match(text, h.end))
    return False    # (French "s'est vu refuser un sauf-conduit" is the refuser's Rejection in the notes)


def _as(h, rtype):
    """``h`` read as a cue of ``rtype``."""
    return Hit(h.start, h.end, Entry(h.entry.cue, rtype, h.entry.pos, h.entry.note), h.surface)


# ---------------------------------------------------------------- agents of a found cue
# a call, urging or request right before an actor: the actor is called on, not the agent
# ("called on the Hong Kong authorities to", "urging Chinese officials to", "a appelé le
# Canada et le Saint-Siège à", "raised the case with Chinese officials")
_CALL_BEFORE = {
    "en": re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|"
                     r"appeal(?:s|ed|ing)?\s+to|ask(?:s|ed|ing)?|implor\w+|exhort\w+|encourag\w+|invit\w+|"
                     r"petition(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|"
                     r"rais(?:e|es|ed|ing)\s+(?:\w+\s+){0,4}?with|wrote\s+to|writ(?:e|es|ing)\s+to)\s+"
                     r"(?:both\s+|the\s+|its\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:appel\w*|exhort\w*|invit\w*|prie\w*|press\w*|enjoin\w*|somm\w*|demand\w*\s+(?:a|aux)|"
                     r"interpell\w*|solliciti?\w*|ecrit\s+(?:a|aux)|saisi\w*)\s+"
                     r"(?:les\s+|le\s+|la\s+|l'|aux\s+|au\s+|a\s+)?$"),
}
# a crowd as the subject of the clause before a participle ("but demonstrators stayed on the
# streets, demanding", "mais des milliers de manifestants sont restés ..., réclamant")
_CROWD_CLAUSE = {
    "en": re.compile(r"(?:\bbut|\bwhile|\bwhereas|\bas|\band|,)\s+(?:[\w'-]+\s+){0,5}?"
                     r"(?:protesters|protestors|demonstrators|crowds?|residents|students|families|relatives|activists|"
                     r"workers|villagers|youths|supporters|mourners|marchers|rioters|strikers|opponents)\b[^,;]*,\s*$"),
    "fr": re.compile(r"(?:(?<!\w)mais|(?<!\w)tandis que|(?<!\w)alors que|(?<!\w)et|,)\s+(?:[\w'-]+\s+){0,3}?"
                     r"(?:manifestants|protestataires|habitants|etudiants|familles|proches|militants|grevistes|foule|"
                     r"jeunes|partisans|riverains|villageois|ouvriers|emeutiers|opposants)\b[^,;]*,\s*$"),
}
# people right before a participle or a relative: "people calling for change", "those who
# demand", "ceux qui réclament"
_PEOPLE_BEFORE = {
    "en": re.compile(r"\b(?:people|those|anyone|anybody|citizens|protesters|demonstrators|activists|youths|critics|"
                     r"opponents|others|groups|individuals|men|women)\s+(?:who\s+(?:are\s+|were\s+|have\s+|had\s+)?)?$"),
    "fr": re.compile(r"(?<!\w)(?:ceux|celles|personnes|gens|citoyens|manifestants|militants|jeunes|opposants|"
                     r"individus)\s+(?:qui\s+)?$"),
}
_PARTICIPLE = {"en": re.compile(r"[\w-]+ing\b"), "fr": re.compile(r"[\w-]+(?:ant|ent)\b")}
# a petition launched or signed by people: theirs, not a state's
_PETITION_BY = {"en": re.compile(r"\b(?:launched|started|signed|initiated|organi[sz]ed|created|set up)\s+by\b"),
                "fr": re.compile(r"(?<!\w)(?:lancee?s?|signee?s?|initiee?s?|organisee?s?)\s+par\b")}
_STATE_KEYS = ("gov/", "body/", "official/", "person/")
# French / English: a deed asked of the addressee ("to carry out an ... investigation", "à
# mener des enquêtes", "to impose sanctions"), up to the cue it names
_ASKED_DEED = {
    "en": re.compile(r"\bto\s+(?:carry out|conduct|open|launch|hold|set up|establish|undertake|order|impose|adopt|"
                     r"send|provide|grant|allow|ensure|add|refer|initiate|pursue)\b[^.;:]{0,100}$"),
    "fr": re.compile(r"(?<!\w)(?:a|de|d')\s*(?:mener|ouvrir|diligenter|lancer|conduire|mettre en place|creer|imposer|"
                     r"adopter|envoyer|fournir|accorder|garantir|saisir|engager|ordonner|permettre)\b[^.;:]{0,100}$"),
}
# English: "rejected calls by ASEAN", "dismissed allegations by Amnesty", "welcomed the decision
# by Chad": the by-phrase belongs to the noun object of an active verb (who called, alleged,
# decided), not to the verb; the verb's subject stands before it
_NOUN_OBJECT_BY = re.compile(r"\s+(?:the\s+|its\s+|their\s+|recent\s+|renewed\s+|repeated\s+)*(?:\w+\s+)?"
                             r"(?:calls?|demands?|appeals?|requests?|criticism|criticisms|accusations?|allegations?|"
                             r"claims?|statements?|remarks|comments|findings|reports?|resolution|conclusions|"
                             r"proposals?|decision|offer|ultimatum|warnings?)\s+by\s+(?:the\s+)?$")
_PASSIVE_AUX_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")
_LIST_GAP = {"en": re.compile(r"\s*(?:,|and|, and|as well as)\s+(?:the\s+)?"),
             "fr": re.compile(r"\s*(?:,|et|ainsi que)\s+(?:les\s+|le\s+|la\s+|l'|aux\s+|au\s+|a\s+)?")}
_PATIENT_AFTER = {"en": re.compile(r"\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\b"),
                  "fr": re.compile(r"\s+(?:\w+ment\s+)?\w+(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues)\s+par\b")}
_NEW_SUBJECT_BEFORE = {"en": re.compile(r",\s+(?:the|some|many|several|rights|human)\s+(?:\S+\s+){0,3}$"),
                       "fr": re.compile(r",\s+(?:les|des|la|le|l'|plusieurs|de nombreu\w+)\s*(?:\S+\s+){0,3}$")}
_TARGET_BEFORE = {"en": re.compile(r"\b(?:on|against|targeting|targetting)\s+(?:\S+\s+){0,3}$"),
                  "fr": re.compile(r"(?<!\w)(?:contre|a l'encontre d(?:e|u|es)|visant)\s+(?:\S+\s+){0,3}$")}
_FR_OBJECT_RELATIVE = re.compile(r"(?<!\w)(?:que|qu')\s*$")
# a statement verb in the passive with no agent ("had been assailed", "a été critiquée")
_AGENTLESS_PASSIVE = {"en": re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+ly\s+|also\s+|widely\s+)?$"),
                      "fr": re.compile(r"(?<!\w)(?<!s')(?<!se\s)(?:ete|est|sont|etait|etaient|etre)\s+(?:\w+ment\s+|aussi\s+)?$")}
_BY_AFTER = {"en": re.compile(r"[^.;:]{0,80}?\bby\b"), "fr": re.compile(r"[^.;:]{0,80}?(?<!\w)par\b")}
_PASSIVE_STATEMENTS = {"Condemnation", "Accusation", "Demand", "Rejection", "Support"}
# ... done to the subject (not "was concerned", "is demanding": the subject's own act or state)
_DONE_TO = {"en": re.compile(r"(?:condemned|critici[sz]ed|denounced|assailed|slammed|decried|blasted|rebuked|censured|"
                             r"accused|rejected|dismissed|welcomed|praised|supported|backed|demanded|urged|called)\b"),
            "fr": re.compile(r"(?:condamne|critique|denonce|fustige|accuse|rejete|salue|soutenu|reclame|demande|"
                             r"vilipende|epingle)e?s?\b")}
# Arabic heads of a known gender (folded spelling): a verb of the other gender right before
# such a head does not agree with it ("ويطالب السلطات الجزائرية بـ": the authorities are called on)
_AR_FEMININE_HEAD = re.compile(r"(?:" + AR_FEMININE_HEADS + r")$")
_AR_MASCULINE_HEAD = re.compile(r"(?:" + AR_MASCULINE_HEADS + r")$")
# "X said police had used excessive force, and called for ...": after a comma and "and", a
# statement cue goes on with the speaker, not with the subject of the reported clause
_COMMA_AND = {"en": re.compile(r",\s+and\s+(?:also\s+|then\s+|later\s+)?$"),
              "fr": re.compile(r",\s+et\s+(?:a\s+|ont\s+)?(?:aussi\s+|egalement\s+|ensuite\s+)?$")}
_REPORTING = {"en": re.compile(r"\b(?:said|says|warned|stated|noted|added|declared|found|concluded|argued|alleged|"
                               r"claimed|reported|documented)\s+(?:on\s+\w+\s+)?(?:that\s+)?"),
              "fr": re.compile(r"(?<!\w)(?:a|ont)\s+(?:declare|dit|estime|affirme|souligne|indique|constate|"
                               r"conclu|denonce|rapporte)\s+(?:\w+\s+){0,2}?qu(?:e\b|')")}
_STATEMENT_TYPES = {"Demand", "Condemnation", "ExpressionOfConcern", "Advocacy", "Report", "Petition"}


def _key(a):
    return a if isinstance(a, str) else a.key


def drop_non_agents(reader, hit, found, rule):
    """The agents ``found`` for the cue ``hit`` without the actors that only stand in its way.

    Parameters
    ----------
    reader : SentenceActs
        The sentence reader (``lang``, ``norm``, ``attr``, ``_sentence_start``).
    hit : Hit
        The response cue.
    found, rule : list, str or None
        What the attributor found (mentions or actor keys) and by which rule.

    Returns
    -------
    tuple
        ``(found, rule)``: an actor named right after a call ("called on X to", "a appelé X à")
        is replaced by the caller named before the call (or dropped); states are dropped from
        a crowd's participle ("but demonstrators stayed on the streets, demanding"), from a
        participle on people ("people calling for change") and from a petition launched or
        signed by others.
    """
    lang = reader.lang
    if own_unknown_subject(reader, hit, found):
        return [], None     # "..., and the local bar association called on" (.clause_subjects)
    if lang == "ar":
        return _ar_agreeing(reader, hit, found, rule)
    if lang not in _CALL_BEFORE or not found:
        return found, rule
    norm, na = reader.norm, reader._sentence_start
    if lang == "en" and rule == "passive" and hit.entry.pos == "v" and \
            not _PASSIVE_AUX_BEFORE.search(norm, max(na, hit.start - 25), hit.start) and \
            all(hasattr(a, "start") and a.start > hit.end and (
                _NOUN_OBJECT_BY.fullmatch(norm, hit.end, a.start) or (" " in hit.surface.strip() and
                _NOUN_OBJECT_BY.fullmatch(norm, hit.start + hit.surface.rstrip().rfind(" "), a.start)))
                for a in found):
        # "Myanmar's government rejected calls by ASEAN": the subject before the verb acts
        subjects = [m for m in reader.attr.in_range(na, hit.start) if not reader.attr.is_locative(m)]
        if not subjects:
            return [], None
        return list(reader.attr._expand(subjects[-1], hit.start)), "subject"
    kept, changed = [], False
    for a in found:
        if hasattr(a, "start") and a.start >= na:
            call = _CALL_BEFORE[lang].search(norm, max(na, a.start - 60), a.start)
            if call is not None:
                changed = True
                callers = [m for m in reader.attr.in_range(na, call.start()) if not reader.attr.is_locative(m)]
                if callers:
                    kept.extend(x for x in reader.attr._expand(callers[-1], call.start()) if x not in kept)
                continue
        kept.append(a)
    if changed:
        # the other members of a called list ("appelé le Canada et le Saint-Siège à")
        dropped = [a for a in found if hasattr(a, "start") and not any(a is k for k in kept)]
        if any(d.end <= hit.start and len(norm[d.end:hit.start].split()) <= 20
               and _ASKED_DEED[lang].search(norm, d.end, hit.start) for d in dropped):
            return [], None     # "appelé le Canada à mener des enquêtes": what is asked, nobody's deed
        kept = [k for k in kept if not (hasattr(k, "start") and any(
            d.end <= k.start and _LIST_GAP[lang].fullmatch(norm, d.end, k.start) for d in dropped))]
        found, rule = kept, ("subject" if kept else None)
    if hit.entry.value == "Sanction" and any(hasattr(a, "start") and a.start > hit.start for a in found):
        # "imposed sanctions on Cuban officials", "des sanctions contre des responsables russes": the targets
        found = [a for a in found if not (hasattr(a, "start") and a.start > hit.start and _TARGET_BEFORE[lang].search(
            norm, max(hit.start, a.start - 60), a.start))]
        rule = rule if found else None
    if any(hasattr(a, "end") and a.end <= hit.start and _PATIENT_AFTER[lang].match(norm, a.end)
           and _NEW_SUBJECT_BEFORE[lang].search(norm, a.end, hit.start) for a in found):
        # "la Belgique condamnée par la Cour européenne, les associations réclament": the one
        # judged is no subject of the next clause
        found = [a for a in found if not (hasattr(a, "end") and a.end <= hit.start
                                          and _PATIENT_AFTER[lang].match(norm, a.end))]
        rule = rule if found else None
    if lang == "fr" and hit.entry.pos == "v" and _FR_OBJECT_RELATIVE.search(norm, max(na, hit.start - 12), hit.start):
        # "les excuses que réclament de nombreux survivants": the subject follows the verb
        found = [a for a in found if hasattr(a, "start") and a.start > hit.start]
        rule = rule if found else None
    if found and _AGENTLESS_PASSIVE[lang].search(norm, max(na, hit.start - 30), hit.start) and \
            hit.entry.value in _PASSIVE_STATEMENTS and _DONE_TO[lang].match(hit.surface.lower()) and \
            not _BY_AFTER[lang].match(norm, hit.end) and \
            all(not hasattr(a, "start") or a.start < hit.start for a in found):
        # "The policy had already been assailed from many quarters": nobody named
        return [], None
    if hit.entry.value in _STATEMENT_TYPES and found and all(
            hasattr(a, "start") and na <= a.start < hit.start and a.key.startswith(_STATE_KEYS) for a in found) and \
            _COMMA_AND[lang].search(norm, max(na, hit.start - 30), hit.start):
        said = None
        for said in _REPORTING[lang].finditer(norm, na, min(a.start for a in found)):
            pass
        if said is not None and len(norm[said.end():min(a.start for a in found)].split()) <= 3:
            speakers = [m for m in reader.attr.in_range(na, said.start()) if not reader.attr.is_locative(m)]
            if speakers and not speakers[-1].key.startswith(_STATE_KEYS):
                found, rule = reader.attr._expand(speakers[-1], said.start()), "subject"
    if not found or not any(_key(a).startswith(_STATE_KEYS) for a in found):
        return found, rule
    state_free = [a for a in found if not _key(a).startswith(_STATE_KEYS)]
    before = norm[max(na, hit.start - 160):hit.start]
    rtype = hit.entry.value
    if _PARTICIPLE[lang].match(hit.surface.lower()) and (
            _CROWD_CLAUSE[lang].search(before) or _PEOPLE_BEFORE[lang].search(before)):
        return state_free, (rule if state_free else None)
    if rtype in ("Demand", "Demonstration", "Petition") and _PEOPLE_BEFORE[lang].search(before):
        return state_free, (rule if state_free else None)
    if rtype == "Petition" and _PETITION_BY[lang].search(norm, na, reader._sentence_end):
        return state_free, (rule if state_free else None)
    return found, rule


_AR_VERB_FORM = re.compile(r"[وف]?(?:ي\S{2,}|\S*[^ا\s]ت)(?!\S)")


def _ar_gender(verb):
    """``"m"`` / ``"f"`` for an Arabic third person singular verb (folded, no conjunction), else None."""
    if verb.endswith(("وا", "ون", "ين", "ان", "نا", "تم")):
        return None
    if verb.endswith("ت"):
        return "f"
    if verb.startswith("ي"):
        return "m"
    if verb.startswith(("ت", "ن", "ا")):
        return None     # "تبنى" (past) or "تطالب" (present), "ندد" or "ندعو"
    return "m"


def _ar_head_gender(word):
    """Gender of an Arabic head noun of known gender (folded), else None."""
    word = re.sub(r"^[وفبل]?(?:ال)?", "", word)
    if _AR_FEMININE_HEAD.search(word):
        return "f"
    if _AR_MASCULINE_HEAD.search(word):
        return "m"
    return None


def _ar_agreeing(reader, hit, found, rule):
    """Arabic: drop an actor named after the cue when it cannot be its subject.

    The actor right after a verb of the other gender ("ويطالب السلطات الجزائرية بالإفراج":
    masculine verb, feminine head) is its object; an actor named after another response cue of
    the sentence ("صوّتوا على قرار ... ويطالب السلطات") belongs to that cue.
    """
    norm = reader.norm
    words = hit.surface.split()
    if not words:
        return found, rule
    if ".." in hit.entry.cue and hit.entry.pos == "v" and len(words) > 2:
        # "وفتحت النيابة العامة تحقيقا": the subject stands inside the verb ... object cue
        first_end = hit.start + len(hit.surface) - len(hit.surface.lstrip()) + len(words[0])
        inside = [m for m in reader.attr.in_range(first_end, hit.end)
                  if m.end < hit.end and not norm[first_end:m.start].strip() and not reader.attr.is_locative(m)]
        # (not an actor of the other gender: "سلم السلطات العراقية أدلة" hands them evidence)
        first = words[0][1:] if reader._conjunction(hit) else words[0]
        gender = _ar_gender(first)
        head = norm[inside[0].start:inside[0].end].split()[:1] if inside else []
        if inside and not any(hasattr(a, "start") and a.start == inside[0].start for a in found) and \
                not (gender is not None and head and _ar_head_gender(head[0]) not in (None, gender)):
            return reader.attr._expand(inside[0], hit.end), "verb-subject"
    verb = words[0]
    if reader._conjunction(hit):
        verb = verb[1:]
    gender = _ar_gender(verb) if hit.entry.pos == "v" and len(words) == 1 else None
    # (another cue in between counts when it is a verb: "ويطالب", "وطالبت"; not a noun, whose
    # complement the actor may be: "يوصي تقرير منظمة الأمن والتعاون")
    spans = [c for c in reader.attr.cue_spans if c[0] >= hit.end and _AR_VERB_FORM.match(norm, c[0])]
    kept = []
    for a in found:
        if hasattr(a, "start") and a.start >= hit.end:
            gap = norm[hit.end:a.start]
            if gender is not None and not gap.strip():
                head = norm[a.start:a.end].split()[:1]
                if head and _ar_head_gender(head[0]) not in (None, gender):
                    continue
            if any(c0 >= hit.end and c1 <= a.start for c0, c1 in spans):
                continue
        kept.append(a)
    if len(kept) == len(found):
        return found, rule
    return kept, (rule if kept else None)
