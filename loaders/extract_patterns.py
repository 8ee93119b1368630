"""Pattern and word tables of the extractor (:mod:`.extract` and its reader mixins).

Function-word patterns per language (French / English unless the name says Arabic), the
response-type sets the sentence reader uses, and the patterns that find actors the
gazetteer does not know (:mod:`.mention_cleanup`). Syntax, not lexicon: the response
lexicon lives in ``lang/<code>/*.tsv``.
"""

from __future__ import annotations

import re

from .attribution_patterns import VAGUE_GROUPS

# Response types a cue can stand for when it is only the object of another cue.
_NOMINAL_OBJECT_TYPES = {"UseOfForce", "Investigation", "Sanction", "Report", "Demonstration",
                         "Resettlement", "MilitaryAssistance", "Accusation", "Resolution",
                         "Petition", "Support", "Advocacy", "DiplomaticAction", "Denial",
                         "Rejection", "Condemnation"}

# Generic bodies that belong to the country where things happen (the perpetrator side);
# other generic bodies ("the foreign ministry", "parliament") belong to the country last
# named before them.
_LOCAL_BODIES = {"police", "security-forces", "armed-forces", "court", "prosecutor",
                 "intelligence", "interior-ministry", "justice-ministry", "local-government",
                 "government", "authorities", "state-media", "presidency"}

# Repression and troops are acts of states (or alliances), not of armed groups or crowds.
_STATE_ONLY = {"UseOfForce", "MilitaryAssistance"}

# Generic bodies of the state itself, even in a region with its own government ("the
# security forces" in Xinjiang are China's).
_NATIONAL_BODIES = {"armed-forces", "security-forces", "intelligence"}

_VAGUE_GROUPS = VAGUE_GROUPS

# A text (report, resolution, letter, petition) and what it says.
_ARTIFACT_TYPES = {"Report", "Resolution", "DiplomaticAction", "Petition"}

_CONTENT_TYPES = {"Demand", "Condemnation", "ExpressionOfConcern", "Accusation"}

_REQUESTING = {"Demand", "Advocacy", "Petition"}

# A French / English cue that is a passive verb ("a été saluée", "was welcomed"): never the
# object of a previous cue.
_PASSIVE_CUE_FR_EN = re.compile(r"(?:a|ont|avait|avaient) (?:été|ete) |(?:was|were|has been|have been|had been) ")

# A passive auxiliary right before a French / English verb cue ("was later sentenced").
_AUX_BEFORE = {"en": re.compile(r"\b(?:was|were|been|being|be)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+|"
                                r"reportedly\s+|allegedly\s+){0,2}$"),
               "fr": re.compile(r"(?<!\w)(?:ete|etre)\s+(?:\w+ment\s+|ensuite\s+|aussi\s+|deja\s+){0,2}$")}

# "the report found that ...", "a constaté que ...": what follows is a new clause.
_FINDING_THAT = re.compile(r"\b(?:said|says|found|finds|showed|shows|concluded|concludes|revealed|"
                           r"reveals|reported|reports|noted|notes|stated|claimed|alleged|documented|"
                           r"confirmed|confirms)\s+that\b|(?<!\w)(?:constate|estime|declare|affirme|"
                           r"indique|conclu|montre|revele|souligne|rapporte|assure|confirme)\w*\s+(?:que\b|qu')")

# Verbs that name what something is ("X called the law a violation", "X a qualifié ...").
_CALLED = re.compile(r"(?:called|calls|termed|terms|labelled|labeled|branded|dubbed|a qualifie|"
                     r"qualifie|a juge|juge|a estime|estime)\b")

_PURPOSE = re.compile(r"(?:\bto|\bin order to|(?<!\w)pour|(?<!\w)afin de|(?<!\w)afin d')\s*$")

_SAID_AFTER = {
    "en": re.compile(r"^[^.;]{0,40}?\b(?:said|says|told|declared|stated|added)\b\s*(?::|that\b|(?!by\b)\w)"),
    "fr": re.compile(r"^[^.;]{0,40}?(?:a declare|a dit|a indique|a affirme|a ajoute|a souligne|declare)\s*(?::|que\b|qu')"),
}

_COORDINATED_VERB = {
    "en": re.compile(r"\band\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+)*$"),
    "fr": re.compile(r"(?<!\w)et\s+(?:a\s+|ont\s+|avait\s+|aussi\s+)*$"),
    "ar": re.compile(r"$^"),
}

# Arabic reported speech (see _Reader._ar_speech_acts): the complementizer, the labels that
# make a statement an accusation, the situations whose description is a condemnation, and
# the words of a risk (a concern rather than a condemnation).
_AR_COMPLEMENTIZER = re.compile(r"(?<!\S)(?:ان|انه|انها|بان|:)(?!\S)")

_LABELS = {"terrorists", "extremists", "rioters", "separatists", "militants", "islamists"}

_ABUSES = {"Crackdown", "Torture", "Killing", "Execution", "MassDetention",
           "UnfairTrial", "EnforcedDisappearance", "Persecution", "Censorship", "Discrimination"}

_AR_MASCULINE_HEAD = re.compile(r"(?:و|ف|ل)?(?:ال)?(?:اتحاد|مجلس|جيش|برلمان|حزب|وزير|رييس|مكتب|صندوق|"
                                r"برنامج|متحدث|ناطق|امين|مدعي|مفوض|مقرر|مبعوث|سفير|مندوب|ملك|"
                                r"امير|زعيم|مدير|نايب|قاضي|الكونغرس|البيت)(?!\S)")

_AR_FEMININE_HEAD = re.compile(r"(?:و|ف|ل)?(?:ال)?(?:وزيره|رييسه|متحدثه|ناطقه|امينه|مفوضه|مقرره|"
                               r"مبعوثه|سفيره|مندوبه|مديره|نايبه|ملكه)(?!\S)")


# "les rebelles du X", "fighters from the X": the gap between a group noun and its organisation.
_OF_GROUP = re.compile(r"\s*(?:du|de la|de l'|des|d'|de|of|of the|from|from the|loyal to|loyal to the)"
                       r"\s*(?:[\w-]+\s+){0,1}?")

_KILLED = re.compile(r"(?:killed|tue|tues|tuee|tuees|massacre|abattu)\b")

# What a joint statement says; how its text is quoted; where its excluded non-signers start.
_STATEMENT_TYPES = {"Condemnation", "Demand", "ExpressionOfConcern", "Accusation", "Support",
                    "Rejection"}

_STATEMENT_TEXT = {
    "fr": re.compile(r"(?<!\w)(?:le texte|la declaration|le communique|les signataires)(?!\w)"),
    "en": re.compile(r"\b(?:the text|the statement|the declaration|the communique|the signatories)\b"),
}

_SIGNERS_EXCLUDED = {
    "fr": re.compile(r"(?<!\w)(?:mais pas|mais non|sauf|a l'exception d|hormis|contrairement a)"),
    "en": re.compile(r"\b(?:but not|except|excluding|with the exception of|unlike)\b"),
}

_QUOTE_AFTER_AUX = {
    "fr": re.compile(r"((?<!\w)(?:a|ont|avait|avaient|aurait|auraient|s'est|se sont|est|sont)"
                     r"(?:\s+(?:aussi|egalement|deja|encore|toutefois|pourtant))?"
                     r"(?:\s+(?:dit|dite|dits|dites|declare|declaree|declares|montre|montree|montres))?\s+)"
                     r"[\u00ab\u201c\"]\s*"),
    "en": re.compile(r"(\b(?:has|have|had|was|were|is|are)(?:\s+(?:also|already))?\s+)[\u201c\"]\s*"),
}

# French: an adverbial aside between the auxiliary and the participle ("X a, quant à elle,
# appelé", "ont en revanche soutenu", "a également exigé"; discourse markers only, not
# "déjà" / "-ment" adverbs): blanked in the cue scan, so that "a appelé .. à" / "ont soutenu"
# match (same length: offsets hold).
_AUX_ASIDE_FR = re.compile(
    r"((?<!\w)(?:a|ont|avait|avaient|aurait|auraient)\s*)(?:,?\s*(?:en revanche|quant a (?:lui|elle|eux|elles)|"
    r"pour (?:sa|leur) part|de (?:son|leur) cote|(?:lui|elle|eux|elles) aussi|egalement|aussi|toutefois|"
    r"cependant|pourtant|neanmoins|par ailleurs|d'ailleurs|de nouveau|a nouveau|ensuite|encore|deja|"
    r"une nouvelle fois|une fois de plus|aussitot|immediatement|publiquement|officiellement|finalement|"
    r"enfin|rapidement|alors|meme)\s*,?\s*)+(?=[a-z])")
# A circumstantial participle ("denouncing", "dénonçant", "منددة"), and what names a
# government as the object of a support act ("backed the Venezuelan government", "soutenu la
# position d'Asmara", "دعمها للحكومة"): the participle that follows defends it.
_PARTICIPLE = {"en": re.compile(r"[a-z-]+ing\b"), "fr": re.compile(r"[a-z-]+ant\b"),
               "ar": re.compile(r"(?:و)?م\S+")}
_GOVERNMENT_OBJECT = {
    "en": re.compile(r"\b(?:government|authorities|regime|position|stance|leadership)\b"),
    "fr": re.compile(r"(?<!\w)(?:gouvernement|autorites|regime|position|pouvoir|dirigeants)(?!\w)"),
    "ar": re.compile(r"(?:حكوم|سلطات|نظام|موقف|قياده)"),
}
# A subject that is a plural possessive ("In a joint statement, their foreign ministers
# condemned", "leurs ministres des affaires étrangères ont dénoncé"): the actors of a list
# named just before (:meth:`.speakers.SpeakerFinding._plural_antecedent`).
_THEIR_SUBJECT = {
    "en": re.compile(r"(?:^|[,;]\s*|\b(?:and|but|then)\s+)\W*their\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:(?:have|had|has|also|jointly|then)\s+)*$"),
    "fr": re.compile(r"(?:^|[,;]\s*|(?<!\w)(?:et|mais|puis)\s+)\W*leurs\s+(?:[\w'-]+\s+){0,4}?"
                     r"(?:(?:ont|avaient|aussi|egalement|conjointement)\s+)*$"),
}
# The next verb of a list governed by one modal ("should drop the charges, release everyone
# held, and investigate"): a comma or "and" / "et" right before it, no sentence break.
_AND_NEXT_VERB = re.compile(r"[^.;:!?]*?(?:,|\band|(?<!\w)et)\s*$")
# Arabic quote-first speech: a response verb in the first person plural ("«ندين ...»، قال X",
# "«نطالب ...»، قالت X"): the speaker named after the closing quote (normalised spellings).
_AR_WE_VERB = re.compile(r"(?:و|ف)?(?:ندين|نندد|نطالب|ندعو|نحث|نشعر|نعرب|نعبر|نرفض|ننفي|نستنكر|نشجب|"
                         r"نناشد|نويد|ندعم|نرحب|نتهم|نحمل|نتابع|نعارض|نحذر)")
_AR_QUOTE_TAIL = re.compile(r"[\u00bb\u201d\"]\s*[\u060c,]?\s*(?:و)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|صرح|صرحت|"
                            r"ذكر|ذكرت|اعلن|اعلنت|شدد|شددت|اوضح|اوضحت)\s+")
# A quotation closing (French or English punctuation): '»', '”', '",' or ',"'.
_QUOTE_CLOSED = re.compile(r"[\u00bb\u201d]|\"\s*,|,\s*\"")
# A list of nationality adjectives sharing one plural head noun ("les gouvernements français,
# allemand et italien", "the French, German and Italian governments"): the gap between two
# of them, and the head before (French) or after (English) the list.
_OF_STATE = re.compile(r"\s+(?:of|from|de|d'|des|du|de la|de l')\s*(?:the\s+)?")
_DEMONYM_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+")
_DEMONYM_LIST_HEAD = {
    "fr": (re.compile(r"(?<!\w)(?:gouvernements|autorites|ministeres des affaires etrangeres|diplomaties|"
                      r"ambassades|ambassadeurs|chancelleries|dirigeants|ministres des affaires etrangeres|"
                      r"ministres|presidents|parlements|missions diplomatiques|missions|consulats|"
                      r"delegations|representations diplomatiques)\s+$"), None),
    "en": (None, re.compile(r"\s+(?:foreign\s+|interior\s+|prime\s+|diplomatic\s+)?(?:governments|authorities|"
                            r"ministries|embassies|ambassadors|diplomats|leaders|ministers|presidents|"
                            r"parliaments|missions|consulates|delegations|envoys|foreign offices)\b")),
}
# A list of nationality adjectives whose plural head is merged with its last (English) or
# first (French) member into a body: "the Dutch, Belgian and Luxembourg embassies",
# "les ambassades néerlandaise, belge et suédoise" (mention_cleanup._demonym_lists).
_MERGED_LIST_HEAD = {
    "en": re.compile(r"(?:^|\s)(?:governments|authorities|ministries|embassies|missions|consulates|delegations)\s$"),
    "fr": re.compile(r"\|(?:gouvernements|autorites|ministeres|ambassades|missions|consulats|delegations)\s|"
                     r"(?:ministeres|ministres)\s+des\s+\|"),    # "ministères des |affaires étrangères français"
}
# A verb that publishes a text (its subject is the author of the report, resolution or
# petition that is its object, however long that subject is).
_PUBLISH_VERB = {
    "en": re.compile(r"\b(?:presented|presents|published|publishes|released|releases|issued|issues|unveiled|"
                     r"submitted|tabled|launched)\b"),
    "fr": re.compile(r"(?<!\w)(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:presente|publie|rendu public|devoile|"
                     r"remis|soumis|depose|lance)(?!\w)"),
}
# A person's name in apposition to an official's title, after the title's complement ("Le
# rapporteur spécial des Nations unies sur la situation ... en Érythrée, Mohamed Abdelsalam
# Babiker, a présenté"), and a later reference to the person by the surname.
_APPOSITIVE_NAME = {
    "fr": re.compile(r"(?:\s+(?:sur|pour|de|du|des|d'|en|a|au|aux|aupres)(?![\w'])[^,.;:\u00ab\u00bb\"]{0,100})?,\s+"
                     r"(?P<name>[A-Z][a-z\u00e0-\u00ff][\w'\u2019-]+(?:\s+[A-Z][a-z\u00e0-\u00ff][\w'\u2019-]+){1,3})\s*,"),
    "en": re.compile(r"(?:\s+(?:on|for|of|in|to|at)\b[^,.;:\"\u201c\u201d]{0,100})?,\s+"
                     r"(?P<name>[A-Z][a-z][\w'\u2019-]+(?:\s+[A-Z][a-z][\w'\u2019-]+){1,3})\s*,"),
}
_SURNAME_TITLE = r"(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?"
# The subject is an official of an organisation named before by a common noun ("Le secrétaire
# général du parti, John Mnyika, a dénoncé", "The party's leader said", "the group's director"):
# that organisation; group 1 tells which noun (a party or movement is a Group, else an NGO).
_OWN_ORG_OFFICIAL = {
    "fr": re.compile(r"\W*(?:le|la|l'|son|sa)\s*(?:[\w'-]+\s+){0,3}?(?:du|de l'|de la)\s*"
                     r"(parti|mouvement|coalition|organisation|ong|association|syndicat)"
                     r"(?:\s*,\s*[^,;:]{3,60},)?\s*(?:a|ont|avait|avaient)?\s*$"),
    "en": re.compile(r"\W*the\s+(?:(party|movement|coalition|organi[sz]ation|group|union)'s\s+[\w -]{2,40}?|"
                     r"(?:[\w-]+\s+){0,3}?of the\s+(party|movement|coalition|organi[sz]ation|group|union))\s*"
                     r"(?:,\s*[^,;:]{3,60},)?\s*(?:has|have|had|also)?\s*$"),
}
# A participle "accused of" / "accusé de" right after a noun: the accused, not an accusation.
_ACCUSED_OF = {"en": re.compile(r"accused\s+of\b"),
               "fr": re.compile(r"(?:(?<!l')(?<!\sles\s)(?<!\sleur\s)(?<!\slui\s)accuse|accuse(?:e|s|es))"
                                r"\s+(?:de\b|d')(?!\s+(?:nombreux|plusieurs))")}   # (not "X l'accuse de")

_AUX_ACTIVE = {"en": re.compile(r"\b(?:has|have|had|who|which|and)\s+(?:also\s+)?$"),
               "fr": re.compile(r"(?<!\w)(?:a|ont|avait|avaient|qui)\s+(?:aussi\s+)?$")}

_PRONOUN_SUBJECT = {"en": re.compile(r"\W*(?:he|she|they|it)\b"),
                    "fr": re.compile(r"\W*(?:il|elle|ils|elles)\b")}

# Texts that have an author, and "published (on Tuesday) by" after their noun.
_AUTHORED = {"Report", "Resolution", "Petition", "DiplomaticAction", "Investigation"}

_PUBLISHED_BY = {
    "fr": re.compile(r"\s*(?:[\w'-]+\s+){0,3}?(?:publie|publiee|publies|publiees|presente|presentee|"
                     r"rendu public|rendue publique|diffuse|diffusee|redige|redigee|etabli|etablie|"
                     r"realise|realisee|mene|menee|ouverte|ouvert|lance|lancee)\s+"
                     r"(?:[\w'-]+\s+){0,3}?par\s+"),
    "en": re.compile(r"\s*(?:[\w'-]+\s+){0,3}?(?:published|released|issued|compiled|produced|"
                     r"presented|drafted|written|conducted|launched|opened)\s+"
                     r"(?:[\w'-]+\s+){0,3}?by\s+"),
}

_THOSE = re.compile(r"(?:\bthose|\bthe|(?<!\w)ceux|(?<!\w)celles)\s+(?:\w+ly\s+)?$")

_APPOSITION_GAP = re.compile(r"\)?\s*(?:\([^()]{1,12}\))?\s*,\s*(?:une|un|l'|le|la|a|an|the)\s*(?:[\w'-]+\s+){0,3}?")

_TO_ITS_LIST = {"en": re.compile(r"(?:to|on)\s+(?:its|the|their)\s+(?:[\w-]+\s+)?(?:sanctions\s+list|blacklist)"),
                "fr": re.compile(r"(?:a|sur)\s+(?:sa|la|leur)\s+liste\s+(?:noire|de[s]?\s+sanctions)")}

_LIST_VERB = {"en": re.compile(r"\b(?:added|adds|adding|put|puts|placed|places|included|includes|listed)\b"),
              "fr": re.compile(r"(?<!\w)(?:a ajoute|ont ajoute|ajoute|a inscrit|ont inscrit|inscrit|a place|ont place)(?!\w)")}

_CLOSED_RELATIVE = {
    "fr": re.compile(r",\s*(?:dont|qui|que|laquelle|lequel|ou)\b[^,;.]{3,120},\s*(?:[\w'-]+\s+){0,8}?$"),
    "en": re.compile(r",\s*(?:whose|which|who|where)\b[^,;.]{3,120},\s*(?:[\w'-]+\s+){0,8}?$"),
}

_INSIST = {"en": re.compile(r"insist|maintain"), "fr": re.compile(r"(?:a |ont )?insist|(?:a |ont )?soutenu")}

_CLAIM_AFTER = {
    "en": re.compile(r"\s+(?:[\w'-]+\s+){0,6}?(?:had|has|have|was|were|did|acted|behaved|followed|"
                     r"respected|complied)\b(?!\s+to\b)"),
    "fr": re.compile(r"\s+(?:sur le fait\s+)?(?:que|qu')\s*(?:[\w'-]+\s+){0,6}?(?:avaient|avait|ont|a|etaient|etait)\s+"
                     r"(?:agi|respecte|fait preuve|ete)\b"),
}

_BODY_OF_GROUP_AFTER = re.compile(r"\s+(?:of the|of|du|des|de la|de l'|d')\s*")

_BODY_OF_GROUP_BEFORE = re.compile(r"(?:'s|s')?\s+(?:[\w-]+\s+)?|-")

_BASED_AFTER = re.compile(r"-(?:based|registered|headquartered|born)\b")

_VAGUE_SPEAKER = {
    "en": re.compile(r"\b(?:critics|analysts|observers|commentators|experts|diplomats|sceptics|skeptics|"
                     r"some|many|others)\s+(?:say|said|argue|argued|note|noted|believe|claim|claimed|fear)\b"),
    "fr": re.compile(r"(?<!\w)(?:les critiques|ses detracteurs|les detracteurs|des analystes|les analystes|"
                     r"les observateurs|des observateurs|certains|beaucoup)\s+(?:estiment|jugent|disent|affirment|"
                     r"notent|soulignent|craignent)(?!\w)"),
}

_SENTENCE_NOUN_OBJECT = re.compile(r"\s+(?:(?:\w+\s+){0,2}?)(?:la|le|les|l'|the|this|these|cette|ce|ces)\s*"
                                   r"(?:\w+\s+)?(?:condamnation|condamnations|peine|peines|verdict|jugement|"
                                   r"sentence|sentences|sentencing|conviction|decision|arrestation)\b")

_SENTENCED_TO = {
    "fr": re.compile(r"[^;\u00ab\"]*?(?<!\w)a\s+(?:\w+\s+){0,3}?(?:ans?|mois|annees|semaines|jours)\s+(?:de\s+)?"
                     r"(?:prison|detention|reclusion|travaux|emprisonnement)|[^;\u00ab\"]*?(?<!\w)a\s+(?:la\s+)?"
                     r"(?:mort|peine capitale|perpetuite|reclusion a perpetuite)"),
    "en": re.compile(r"[^;\"]*?\bto\s+(?:death|life|(?:\w+\s+){0,2}?(?:years?|months?)\s+(?:in\s+prison|"
                     r"of\s+imprisonment|in\s+jail|behind bars))"),
}

_WHOSE_BEFORE = {"en": re.compile(r",\s*whose\s+(?:[\w-]+\s+)?$"),
                 "fr": re.compile(r",\s*dont\s+(?:les|le|la|l')\s*(?:[\w-]+\s+)?$")}

_STANCE_OPPOSITION_AFTER = re.compile(r"\s+(?:to|against|a|au|aux|envers)\b")

_STANCE_OPPOSITION_BEFORE = re.compile(r"(?:'s|\bits|\btheir|\bhis|\bher|\bour|(?<!\w)sa|(?<!\w)son|"
                                       r"(?<!\w)leur|(?<!\w)notre|(?<!\w)ferme|\bfirm|\bstrong)\s+$")

_SUBNATIONAL_ROLES = {"governor", "lieutenant governor", "state governor"}

_STATE_TITLE = {"en": re.compile(r"\bstate\s+(?:attorney|governor|senator|prosecutor|official|secretary|"
                                 r"corrections|prison)"),
                "fr": re.compile(r"(?<!\w)(?:de l'etat|gouverneur|gouverneure)(?!\w)")}

# What may stand before a governing region that is the subject of a verb.
_REGION_SUBJECT_BEFORE = {
    "en": re.compile(r"\s*(?:(?:and|but|then|meanwhile|on \w+)\s+)?(?:the\s+)?(?:(?:us|u\.s\.|american|"
                     r"chinese|russian)\s+)?(?:(?:state|territory|region|government|authorities)\s+of\s+)?"),
    "fr": re.compile(r"\s*(?:(?:et|mais|puis)\s+)?(?:(?:l'|le\s+|la\s+)?(?:etat|territoire|region|"
                     r"gouvernement|autorites)\s+(?:de\s+l'|de\s+la\s+|du\s+|de\s+|d'))?(?:l'|le\s+|la\s+)?"),
}

# The subject of a sentence that continues a joint statement: the collective of its signers.
_COLLECTIVE_SUBJECT = {
    "en": re.compile(r"\W*(?:(?:in it|in the statement|in the text|separately|also|moreover|"
                     r"furthermore),?\s+)?(?:(?:the|these|those|all|both)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:envoys|ambassadors|diplomats|signatories|embassies|governments|countries|"
                     r"states|missions|delegations|ministers|co-?signers|signers)\b|they\b)"),
    "fr": re.compile(r"\W*(?:(?:dans le texte|dans ce texte|par ailleurs|en outre|de plus),?\s+)?"
                     r"(?:(?:les|ces|tous les|toutes les)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:ambassadeurs|diplomates|envoyes|signataires|ambassades|gouvernements|pays|"
                     r"etats|chancelleries|delegations|ministres|cosignataires)(?!\w)|"
                     r"(?:ils|elles)(?!\w))"),
}

_CLOSING_QUOTE = re.compile(r"[\u00bb\u201d]|\"\s*,")


def _unquoted(gap: str) -> str:
    """``gap`` without its quoted words (a quotation opened and not closed runs to the end):
    'a "full, independent and impartial' -> 'a '. A quotation the cue before opened ends at
    its first closing mark: '-trained terrorists" and has ' -> ' and has '."""
    gap = re.sub(r'^[^"\u201c\u00ab]*?\w[.,!?]?(?:["\u201d]|\s?\u00bb)(?=\s|$)', " ", gap)
    gap = re.sub(r'"[^"]*"|\u201c[^\u201d]*\u201d|\u00ab[^\u00bb]*\u00bb', " ", gap)
    return re.sub(r'["\u201c\u00ab].*$', " ", gap)


_PRONOUN_VERB = {"en": re.compile(r"\W*(?:he|she|they)\s+(?:\w+\s+){0,2}"),
                 "fr": re.compile(r"\W*(?:il|elle|ils|elles)\s+(?:\w+\s+){0,2}")}

_POSSESSIVE_ROLE = {
    "fr": re.compile(r"\W*(?:(?:et|mais|puis)\s+)?(?:son|sa|ses|leur|leurs)\s+(?:[\w-]+\s+){0,1}?(?:porte-parole|"
                     r"directeur|directrice|president|presidente|secretaire general|chef|cheffe|"
                     r"copresident|copresidente|copresidents|coprésidents|dirigeants|dirigeant|dirigeante|"
                     r"responsables|representants|deputes|elus|avocats|avocat|avocate|"
                     r"representant|representante|responsable|chercheur|chercheuse|envoye|envoyee|"
                     r"ambassadeur|ambassadrice|ministre|haut-commissaire|rapporteur|rapporteuse|"
                     r"coordinateur|coordinatrice)\b"),
    "en": re.compile(r"\W*(?:(?:and|but|then)\s+)?(?:its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:spokesperson|"
                     r"spokesman|spokeswoman|director|head|chief|president|secretary-general|"
                     r"representative|researcher|envoy|ambassador|minister|commissioner|"
                     r"rapporteur|coordinator|chair|chairman|chairwoman|co-chairs?|co-leaders?|leaders|"
                     r"lawyers?|attorneys?|lawmakers|officials)\b"),
}

# Unknown actors named with what they are (see _extra_actors); words that start no name.
_NAME = r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:of|the|for|and|to|y|e|del|de)(?!\w))){0,6})"

_NAME_FR = (r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:de|des|du|pour|sans|et|contre|y|e|del)\s+(?:la\s+|le\s+|les\s+|l')?"
            r"[\w'’-]+|[A-Z][\w'’-]*)){0,4})")

_PERSON = r"(?P<name>[A-Z][a-z\u00e0-\u00ff][\w'’-]+(?:\s+[A-Z][a-z\u00e0-\u00ff][\w'’-]+){1,2})"

_KIN_EN = r"(?:widow|wife|husband|mother|father|daughter|son|sister|brother|lawyer|attorney|partner)"

_KIN_FR = r"(?:veuve|epouse|\u00e9pouse|mari|m\u00e8re|mere|p\u00e8re|pere|fille|fils|s\u0153ur|soeur|fr\u00e8re|frere|avocat|avocate|compagne|compagnon)"

_EXTRA_ACTORS = {
    "en": [
        (re.compile(r"(?<![\w'’-])" + _NAME + r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:group|organisation|"
                    r"organization|NGO|alliance|network|coalition|association|watchdog|monitor|charity|"
                    r"union|movement|collective|foundation|party)\b"), "NGO"),
        (re.compile(r"\b(?:the\s+)?(?:rights group|human rights group|NGO|advocacy group|campaign group|"
                    r"watchdog|opposition party|party)\s+" + _NAME), "NGO"),
        (re.compile(r"\b(?:[Tt]he|[Aa])\s+(?:gang|gang coalition|gang alliance|militia|armed group)\s+" + _NAME), "Group"),
        (re.compile(r"(?<![\w'-])(?:(?:The|the)\s+)?" + _NAME + r"\s+(?:gang|militia)\b"), "Group"),
        (re.compile(r"(?<![\w'\u2019-])(?:(?:The|the)\s+)?(?P<name>[A-Z][\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,8}?)\s*"
                    r"\([A-Z][A-Za-z0-9-]{1,9}\),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:group|organisation|"
                    r"organization|NGO|alliance|network|coalition|association|watchdog|monitor|charity|union|"
                    r"collective|foundation|platform|league)\b"), "NGO"),
        (re.compile(r"(?:\b(?:His|Her|Their|his|her|their)|[A-Za-z][\w-]+['’]s)\s+" + _KIN_EN + r",\s+"
                    + _PERSON + r","), "Person"),
        (re.compile(r"(?<![\w'’-])" + _PERSON + r",\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?" + _KIN_EN
                    + r"\b"), "Person"),
    ],
    "fr": [
        (re.compile(r"(?<![\w-])(?:[Ll]'|[Ll]’|de l'|de l’|à l'|à l’)(?:ONG|association|organisation)\s+(?:(?:[a-z\u00e0-\u00ff]+)\s+)?"
                    r"(?:de défense des droits (?:humains|de l'homme)\s+)?" + _NAME_FR), "NGO"),
        (re.compile(r"(?<![\w-])(?:[Ll]e|du|au)\s+(?:collectif|mouvement|parti|syndicat)\s+" + _NAME_FR), "NGO"),
        (re.compile(r"(?<![\w-])(?:[Ll]e|[Ll]a|du|au|de la|[Dd]u)\s+(?:gang|coalition de gangs|f\u00e9d\u00e9ration de gangs|"
                    r"milice|groupe arm\u00e9|bande arm\u00e9e|bande)\s+" + _NAME_FR), "Group"),
        (re.compile(r"(?<![\w'\u2019-])(?:(?:Le|La|Les|L'|L\u2019|le|la|les|l'|l\u2019)\s*)?(?P<name>[A-Z\u00c0-\u00dd][\w'\u2019-]+"
                    r"(?:\s+[\w'\u2019-]+){0,8}?)\s*\([A-Z][A-Za-z0-9-]{1,9}\),\s+(?:une|un|l'|le|la)\s*(?:[\w-]+\s+){0,3}?"
                    r"(?:ONG|organisation|association|collectif|coalition|r\u00e9seau|ligue|plateforme|observatoire|"
                    r"syndicat|fondation)\b"), "NGO"),
        (re.compile(r"(?<![\w'’-])" + _NAME_FR + r",\s+(?:une|un|l'|le|la)\s*(?:[\w-]+\s+){0,4}?(?:ONG|"
                    r"organisation|association|collectif|mouvement|syndicat|observatoire|coalition|"
                    r"r\u00e9seau|groupe)\b"), "NGO"),
        (re.compile(r"(?<![\w-])(?:Sa|Son|Leur|sa|son|leur)\s+" + _KIN_FR + r",\s+" + _PERSON + r","), "Person"),
        (re.compile(r"(?<![\w'’-])" + _PERSON + r",\s+(?:sa|son|leur)\s+(?:[\w-]+\s+){0,1}?" + _KIN_FR
                    + r"\b"), "Person"),
    ],
}

_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z0-9-]{1,9})\)")

_NAME_STOP = {"The", "A", "An", "In", "On", "At", "But", "And", "Last", "This", "That", "Le", "La",
              "Les", "Un", "Une", "Des", "Dans", "En", "Au", "Aux", "Mais", "Et", "Selon", "It", "He",
              "She", "They", "We", "Il", "Elle", "Ils", "Elles", "Nous",
              # days and months ("published on Tuesday, the rights group condemned")
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
              "January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi",
              "Samedi", "Dimanche"}

_SENTENCE_DES = re.compile(r"(?:^|(?<=[.!?\n])\s*|(?<=[\u00ab\"])\s*)(?P<art>des)\s+")

_COPULA_GAP = re.compile(r"\s*(?:is|are|was|were|had been|have been|would be|est|sont|etait|etaient|"
                         r"seraient|serait|ont ete|a ete)\s+(?:\w+\s+){0,2}?[\"\u00ab\u201c]?\s*")

_FOR_X = re.compile(r"\W*pour\s+(?:le\s+|la\s+|les\s+|l')?")

_DONT_LIST = re.compile(r",\s*dont\s+(?P<list>[^,]{3,120}(?:,\s*[^,]{3,60}){0,6}),\s*(?:\w+\s+){0,2}$")

_HEAD_OF_FR = re.compile(
    r"(?:^|(?<=\W))(?:le|la|l'|un|une|son|sa)\s*(?P<role>(?:chef|cheffe|directeur|directrice|responsable|patron|"
    r"patronne|porte-parole|president|presidente|secretaire general|secretaire generale|representant|"
    r"representante|envoye|envoyee|coordinateur|coordinatrice|chercheur|chercheuse|expert|experte)"
    r"(?:\s+(?:regional|regionale|adjoint|adjointe|special|speciale|executif|executive|principal|"
    r"principale|senior))?\s+(?:(?:du|de la|de l'|des)\s*(?:bureau|mission|agence|service|programme|"
    r"haut-commissariat|departement|section|antenne|branche)(?:\s+[a-z]+){0,2}\s+)?"
    r"(?:du|de la|de l'|des|de|d'|pour|aupres de|aupres du)\s*)$")

_RELATIVE_BEFORE = {
    "en": re.compile(r"\b(?:who|whom)\s+(?:had|has|have|was|were|is|are|also|later|then|\w+ly|\s)*$"),
    "fr": re.compile(r"(?<!\w)qui\s+(?:avait|avaient|a|ont|aussi|ensuite|avaient|\w+ment|\s)*$"),
}

_CLAUSE_AUX = re.compile(r",\s*(?:a|ont|avait|avaient|has|have|had)\s+(?:\w+(?:ly|ment)\s+)?"
                         # "X, qui avait sanctionné Y, a annoncé l'expulsion de ...": the main verb's noun
                         r"(?:(?:annonce|decide|ordonne|decrete|announced|ordered|decided)\s+"
                         r"(?:l'|le\s+|la\s+|les\s+|un\s+|une\s+|des\s+|the\s+|an?\s+)?)?$")

_ORG_SUBJECT = {"en": re.compile(r"\W*the (?:group|organisation|organization|ngo|rights group|watchdog)\b"),
                "fr": re.compile(r"\W*(?:l'organisation|l'ong|l'association|le groupe)(?!\w)")}

_BY_AFTER = re.compile(r"\s+(?:by|par)\s")     # "a decision condemned by X": a reduced passive

_POSSESSED_ROLE = re.compile(r"'s\s+(?:[\w-]+\s+){0,3}?(?:chief|head|spokesperson|spokesman|spokeswoman|"
                             r"director|president|secretary-general|secretary general|commissioner|"
                             r"envoy|representative|minister|office|ministry)\s+")

_CALLED_BY = {
    "fr": re.compile(r"(?:a l'appel|a l'initiative|sous l'egide)\s+(?:du|de la|de l'|des|d'|de)\s*"
                     r"(?:(?:collectif|mouvement|parti|syndicat|ong|association|organisation|coalition)(?!\w))?\s*"),
    "en": re.compile(r"\b(?:organi[sz]ed by|called by|convened by|at the call of|at the invitation of)"
                     r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:group|movement|party|union|coalition|collective)?\s*"),
}

_FIGHTERS_OF = re.compile(r"(?:forces|troupes|combattants|miliciens|milices|rebelles|soldats|fighters|troops|"
                          r"militias|militiamen|gunmen|rebels|soldiers)\s+(?:[\w-]+\s+)?(?:du|de la|de l'|des|"
                          r"of the|of|from the|from|loyal to|loyal to the)\s*$")

_IN_A_REPORT = re.compile(r"\W*(?:dans (?:un|son|leur|le) (?:\w+\s+)?rapport|in (?:a|its|their) (?:\w+\s+)?report)")

_INTERNATIONAL_COURTS = ("org/icc", "org/icj", "org/echr")

# "X a annoncé qu'il avait élargi son enquête", "X said it had opened": X, through the pronoun
_SAID_PRONOUN = {
    "en": re.compile(r"\b(?:said|says|announced|announces|added|confirmed)\s+(?:\w+\s+){0,2}?(?:that\s+)?"
                     r"(?:it|he|she|they)\s+(?:had|has|have|would|will|was|were|is|are)?\s*(?:\w+\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:a|ont)\s+(?:annonce|indique|declare|affirme|precise|confirme|ajoute)\s+"
                     r"(?:\w+\s+){0,2}?qu'(?:il|elle|ils|elles)\s+(?:avait|avaient|a|ont|allait|allaient|va|vont|"
                     r"etait|serait)?\s*(?:\w+\s+)?$"),
}

_OPENING_PLACE = re.compile(r"(?:^|[.!?\n]\s*|\)\s*-\s*)(?:a|au|aux|en|in|at|from|depuis)\s+(?:la\s+|le\s+|les\s+|l'|the\s+)?$")

_AND_VERB = {"en": re.compile(r"(?:\band|,)\s+(?:had\s+|has\s+|have\s+|also\s+|then\s+)*$"),
             "fr": re.compile(r"(?:(?<!\w)et|,)\s+(?:a\s+|avait\s+|ont\s+|aussi\s+)*$")}

_REPORTED_CLAUSE = {
    "en": re.compile(r"\b(?:said|says|warned|warns|stated|noted|added|declared|announced|told \w+)\s+"
                     r"(?:on \w+\s+)?(?:that\s+|(?=it|he|she|they|the\b))"),
    "fr": re.compile(r"(?<!\w)(?:a|ont)\s+(?:declare|dit|estime|averti|affirme|souligne|indique|annonce|"
                     r"rappele|precise)\s+(?:\w+\s+){0,2}?qu(?:e\b|')"),
}

_FR_ASIDE = re.compile(r"^(a|ont)\s+(?:(?:quant a (?:lui|elle|eux|elles)|pour (?:sa|leur) part|de (?:son|leur) cote|"
                       r"lui aussi|elle aussi|aussi|egalement|toutefois|cependant|pour sa part|par ailleurs|"
                       r"de nouveau|encore)\s*,?\s*)+")

_VERB_BEFORE_FR = re.compile(r"(?<!\w)(?:a|ont|avait|avaient|il|elle|on|qui|ils|elles|ne|n')\s+$")

_OWN_SUBJECT_CLAUSE = {
    "en": re.compile(r"\b(?:as|while|whereas|when|because|since)\s+(?:the\s+|their\s+|its\s+|many\s+|some\s+)?"
                     r"(?!(?:it|he|she|they|we|i)\s)(?:[a-z-]+\s+){1,2}(?:have\s+|has\s+|had\s+|also\s+)?$"),
    "fr": re.compile(r"(?<!\w)(?:alors que|tandis que|quand|lorsque|parce que|pendant que)\s+"
                     r"(?:les\s+|la\s+|le\s+|l'|des\s+|leurs\s+)?(?!(?:il|elle|ils|elles|on|nous)\s)[a-z]+\s+"
                     r"(?:ont\s+|a\s+)?$"),
}

_BY_STATE_AGENT = re.compile(
    r"[^.;]{0,80}?(?:\bby|(?<!\w)par)\s+(?:un|une|le|la|les|l'|a|an|the)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:tribunal|cour|court|juge|judge|police|policiers|forces|army|armee|authorities|autorites|"
    r"militaires|soldiers|soldats|security)")

_SANCTION_TARGET = {"en": re.compile(r"\s+(?:on|against|targeting|imposed on)\b"),
                    "fr": re.compile(r"\s+(?:contre|visant|a l'encontre|a l'egard)")}

_SANCTIONS_OF = re.compile(r"\s+(?:de|du|des|de la|de l'|d')\s*")

_TO_INFINITIVE = {"en": re.compile(r"\bto\s*$"), "fr": re.compile(r"(?<!\w)(?:a|de|d')\s*$")}

_WE_SUBJECT = {"en": re.compile(r"\W*we\s+(?:\w+\s+){0,2}"),
               "fr": re.compile(r"\W*nous\s+(?:\w+\s+){0,2}")}

_WE_CUE = re.compile(r"(?:nous|we)\b")

_FIRST_PERSON = {
    "en": re.compile(r"(?:^|(?<=[.!?\n]))\s*(?:we|our (?:research|investigation|organisation|organization|"
                     r"team|researchers))\b(?!\s*(?:are told|were told))"),
    "fr": re.compile(r"(?:^|(?<=[.!?\n]))\s*(?:nous|notre organisation|nos recherches|notre enquete|"
                     r"nos chercheurs|notre equipe)(?!\w)"),
}

_BODY_OF_FR = re.compile(
    r"(?:^|(?<=\W))(?:la|le|l'|les)\s*(?P<role>(?:mission|commission|bureau|agence|comite|equipe|enqueteurs|"
    r"experts|groupe de travail)(?:\s+[\w'-]+){0,6}?\s+(?:du|de la|de l'|des|d')\s*)$")

_OF_OWNER = re.compile(r"(?i)\s(?:of|for|to|du|de la|de l'|des|de|aupres du|aupr\u00e8s du)\s")

# A line opening with "X :" / "X:" names its topic (a headline "Venezuela : six pays ...").
_TOPIC_COLON = re.compile(r"[ \t]*:")


_BULLETS = ("-", "•", "*", "–", "—", "·")


_AR_ARMED_VIOLENCE = re.compile(r"(?:و|ف)?(?:ال)?(?:قصف|يقصف|تقصف|غار|شن|يشن|تشن|قتل|يقتل|تقتل|استهدف|"
                                r"يستهدف|تستهدف|هاجم|يهاجم|تهاجم|حاصر|يحاصر|تحاصر|اطلق|ارتكب)")

_AR_EXCEPTIVE = re.compile(r"(?<!\S)(?:سوي|الا|اكثر من)(?!\S)")

_AR_FUTURE = re.compile(r"(?:و|ف)?س(?:ي|ت|ن)")

_AR_SAID = re.compile(r"(?<!\S)(?:و|ف)?(?:قال|قالت|اكد|اكدت|اعتبر|اعتبرت|اوضح|اوضحت|صرح|صرحت|اضاف|اضافت)(?!\S)")

_AR_RISK = re.compile(r"(?<![^\s«“\"])(?:يعرض|تعرض|يهدد|تهدد|قد|سوف|خطر|مخاطر|خطرا|من شانه|يمكن ان)(?!\S)")

_QUANTITY_UNITS = {
    "Petition": {"signatures"}, "MilitaryAssistance": {"troops"},
    "Resettlement": {"people", "refugees", "migrants", "prisoners", "detainees"},
    "UseOfForce": {"people", "detainees", "prisoners", "victims"},
    "DiplomaticAction": {"ambassadors", "countries"}, "Demonstration": {"people"},
}
