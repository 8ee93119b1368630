"""Extraction entry point: responses, events, agents, modality and provenance.

:func:`extract` reads one :class:`~.model.Document` (or one chunk of a large one) and
returns an :class:`~.model.Extraction`. The pipeline, per document:

1. normalise the text once (length-preserving, per language) and drop boilerplate lines
   (``lang/<code>/boilerplate.tsv``);
2. find actor and place mentions with the gazetteer, and every response, negation,
   modality and situation cue with one compiled regular expression per table;
3. per sentence: drop negated cues ("did not condemn", "لم تعلق", "n'a pas condamné")
   and non-acts ("declined to comment"); drop a cue that is only the object of another
   ("condemned the arrests": no arrest act); find the agents (:mod:`.attribution`); read
   modality, quantity and date; a joint artifact (a letter, a joint statement) is ONE
   response whose co-signers are gathered over the whole document, minus the excluded
   ones ("but not the United States", "did not sign");
4. choose the situation(s) responded to (:mod:`.events`) and link every response to one.

Every evidence span satisfies ``doc.text[ev.start:ev.end] == ev.text``.

Examples
--------
>>> from rightsgraph.loaders.documents import document_from_text
>>> from rightsgraph.loaders.extract import extract
>>> doc = document_from_text("Canada condemned the crackdown in Kazakhstan.", "a.txt", lang="en")
>>> [(r.type, r.agents) for r in extract(doc).responses]
[('Condemnation', ['gov/CA'])]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Optional

from .attribution import AGENT_KINDS, VAGUE_GROUPS, Attributor, ar_fold, detect_publisher, org_voice
from .attribution_patterns import _AR_SUBJECT_HEAD, SPEECH_TYPES, ar_passive_written
from .signers import ArSigners
from .implicit import add_hits as add_implicit_hits
from .cues import (AGAINST, BUT, COORD_BETWEEN, GROUP_NOUNS, MEMBER_STRONG, MEMBER_WEAK, NEVER,
                   Positions,
                   ORG_VOICE, PASSIVE_NEAR, SPEECH_START)
from .cues import get_cues, is_boilerplate, normalized_view, tokenize
from .crowds import (PEOPLE_ACTS, crowd_after, crowd_uses_force, drop_state_demonstrators,
                     keeps_situation_cue, protest_context, vague_for)
from .principals import speaker_country
from .events import SituationVotes, iso_of, localise, regions_with_government
from .ar_actors import un_body_mentions
from .model import Evidence, Extraction, Response
from .quantities import find_date, nearest_quantity

LANGS = ("ar", "fr", "en")

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
# A participle "accused of" / "accusé de" right after a noun: the accused, not an accusation.
_ACCUSED_OF = {"en": re.compile(r"accused\s+of\b"),
               "fr": re.compile(r"accuse(?:e|s|es)?\s+(?:de\b|d')(?!\s+(?:nombreux|plusieurs))")}
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
_APPOSITION_GAP = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*,\s*(?:une|un|l'|le|la|a|an|the)\s*(?:[\w'-]+\s+){0,3}?")
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
    'a "full, independent and impartial' -> 'a '."""
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
        (re.compile(r"\b(?:the|The)\s+(?P<name>(?:Committee|Council|Union|Institute|Commission|Initiative|"
                    r"Federation|Society|Forum|Campaign|Collective)\s+(?:for|to|of|against)\s+(?:the\s+)?"
                    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the|for)){0,5})"), "NGO"),
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
              "She", "They", "We", "Il", "Elle", "Ils", "Elles", "Nous"}
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
_CLAUSE_AUX = re.compile(r",\s*(?:a|ont|avait|avaient|has|have|had)\s+(?:\w+(?:ly|ment)\s+)?$")
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
            try:
                kind = gz.actor(m.key).kind
            except Exception:
                kind = None
            if kind == "NGO":
                return m.key
    return None


def _slug(name: str) -> str:
    import unicodedata
    name = unicodedata.normalize("NFKD", name.replace("’", "'"))
    name = "".join(c for c in name if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _remember(gz, key, kind, lang, label):
    """Record an actor first met in this text (as the gazetteer does for unknown names)."""
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
            words = name.split()
            if not words or words[0] in _NAME_STOP or (kind == "Person" and len(words) < 2):
                continue
            a = pos.to_norm(g.start("name"))
            b = pos.to_norm(g.start("name") + len(name))
            if not free(a, b):
                continue
            if kind == "Person":
                key = "person/" + _slug(name)
            else:
                kind = "Group" if kind == "Group" or re.search(
                    r"(?i)\b(?:party|movement|parti|mouvement|front)\b", g.group()) else "NGO"
                acronym = _ACRONYM_AFTER.match(text, g.start("name") + len(name))
                # "the Committee for Justice (CFJ)": the acronym names it, as in the gazetteer
                key = "org/" + _slug(acronym.group(1) if acronym else name)
            if key.count("/") != 1 or len(key) < 6:
                continue
            _remember(gz, key, kind, lang, name)
            found.append((a, b, key, kind))
            if g.start("name") == g.start():
                # "Kalima, une ONG tunisienne,": the apposition's group noun is the name's
                drop.append((b, pos.to_norm(g.end())))
    if not found:
        return mentions
    mentions = [m for m in mentions if not (m.key.startswith("group/") and (any(
        x <= m.start < y for x, y in drop) or any(a < m.end and m.start < b for a, b, _, _ in found)))]
    out = list(mentions) + [_M(a, b, key, kind, "name", None, None, text[pos.to_text(a):pos.to_text(b)])
                            for a, b, key, kind in found]
    out.sort(key=lambda m: m.start)
    return out


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
            try:
                labels = gz.actor(m.key).labels.values()
            except Exception:
                continue
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
    if lang == "fr":
        # "a jugé", "qui juge": the verb juger, not a judge (un juge)
        mentions = [m for m in mentions if not (
            m.key.endswith("court") and (m.surface.lower().rstrip("s").endswith(("jugé", "jugée"))
                                         or _VERB_BEFORE_FR.search(norm, max(0, m.start - 12), m.start)))]
    # "Bruxelles réclame une enquête", "Brussels warned Budapest": in a text about the EU, the
    # capital of Belgium stands for the Union's institutions, not for Belgium
    if any(m.key.startswith(("org/european-", "org/council-of-the-eu", "org/eeas", "org/frontex"))
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
            try:
                kind = gz.actor(m.key).kind
            except Exception:
                kind = None
            if kind == "Group":
                out[-1] = _M(prev.start, m.end, m.key, m.kind, m.form, m.place_key,
                             prev.preposition, norm[prev.start:m.end])
                continue
        fighters = _FIGHTERS_OF.search(norm, max(0, m.start - 60), m.start) \
            if m.key.startswith("org/") and m.preposition is None else None
        if fighters is not None:
            try:
                kind = gz.actor(m.key).kind
            except Exception:
                kind = None
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
        out.append(m)
    return out


_BULLETS = ("-", "•", "*", "–", "—", "·")


def _explicit_regions(mentions) -> frozenset:
    """Region codes whose own government is named explicitly in the text: a regional body
    ("Chechen police", "السلطات الشيشانية") or an official acting for it, not a bare
    demonym ("Tigrayan refugees")."""
    out = set()
    for m in mentions:
        for k in (m.key if m.form in ("body", "official") else None, m.represents):
            if k and k.startswith(("gov/", "body/")):
                code = k.split("/")[1]
                if "-" in code:
                    out.add(code)
    return frozenset(out)


def _ar_feminine(m) -> bool:
    """Grammatical gender of an Arabic actor mention, from its head word and kind."""
    head = m.surface.split()[0] if m.surface.split() else ""
    head = head.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ئ": "ي", "ؤ": "و"}))
    if _AR_FEMININE_HEAD.fullmatch(head):
        return True
    if _AR_MASCULINE_HEAD.fullmatch(head) or m.kind in ("Official", "Person"):
        return False
    return True     # states, ministries, organisations ("منظمة", "وزارة", "فرنسا")


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


def _gazetteer():
    from .gazetteer import get_gazetteer
    return get_gazetteer()


def extract(doc, text: str | None = None, offset: int = 0, sentences=None) -> Extraction:
    """Read the actors, places, events and responses of ``doc``.

    Parameters
    ----------
    doc : Document
        The document (its ``lang``, ``date`` and ``publisher`` are used).
    text : str, optional
        The chunk to read (default: the whole ``doc.text``), starting at document offset
        ``offset``.
    offset : int
        Document offset of ``text``.
    sentences : list of Sentence, optional
        The sentences of the chunk, with DOCUMENT offsets (default ``doc.sentences``).

    Returns
    -------
    Extraction
        Empty for languages other than Arabic, French and English.
    """
    out = Extraction()
    lang = doc.lang
    if lang not in LANGS:
        return out
    if text is None:
        text, offset = doc.text, 0
        if sentences is None:
            sentences = doc.sentences
    if sentences is None:
        from .sentences import split_sentences
        sentences = split_sentences(text, base=offset)
    if not text or not sentences:
        return out
    groups = _language_groups(doc, sentences, lang)
    if len(groups) == 1:
        return _Reader(doc, text, offset, sentences, groups[0][0]).run(out)
    # a mixed document: each language's paragraphs are read with that language's data
    for glang, group in groups:
        part = _Reader(doc, text, offset, group, glang).run(Extraction())
        out.responses.extend(part.responses)
        out.mentions |= part.mentions
        for key, value in part.actors.items():
            out.actors.setdefault(key, value)
        for key, value in part.places.items():
            out.places.setdefault(key, value)
        for key, event in part.events.items():
            if key in out.events:
                out.events[key].evidence.extend(event.evidence)
            else:
                out.events[key] = event
    return out


def _language_groups(doc, sentences, lang):
    """``[(lang, sentences)]``: one group, or one per supported language of a mixed text."""
    spans = [s for s in (doc.paragraph_langs or []) if s[2] in LANGS]
    if len({s[2] for s in spans}) < 2:
        return [(lang, sentences)]
    starts = [s[0] for s in spans]
    groups: dict = {}
    for sentence in sentences:
        i = bisect_right(starts, sentence.start) - 1
        glang = spans[i][2] if i >= 0 and sentence.start < spans[i][1] else lang
        groups.setdefault(glang, []).append(sentence)
    return sorted(groups.items(), key=lambda g: g[1][0].start)


class _Reader:
    def __init__(self, doc, text, offset, sentences, lang):
        self.doc, self.text, self.offset, self.lang = doc, text, offset, lang
        self.sentences = sentences
        self.cues = get_cues(lang)
        self.gz = _gazetteer()
        norm, index = normalized_view(text, lang)
        self.norm = norm
        self.pos = Positions(index)
        raw = self.gz.find(text, lang)
        self.mentions = [
            _M(self.pos.to_norm(m.start), self.pos.to_norm(m.end), m.key, m.kind, m.form,
               m.place_key, m.preposition, m.surface) for m in raw]
        if lang in ("fr", "en"):
            self.mentions = _merge_mentions(
                _extra_actors(self.mentions, text, self.pos, self.gz, lang), norm, self.gz, lang)
        elif lang == "ar":      # "فريق التحقيق الأممي": a UN body (ar_actors.py)
            self.mentions = un_body_mentions(norm, self.mentions, lambda a, b, surface: _M(
                a, b, "org/united-nations", "IntergovernmentalOrganization", "name", None, None, surface))
        self.mention_starts = [m.start for m in self.mentions]
        # regions whose own authorities are named as such ("Chechen police", "les autorités
        # tchétchènes", a regional leader): only there do generic bodies stay regional
        self.regional = set(_explicit_regions(raw))
        self.publisher = detect_publisher(doc, self.gz, lang, norm if offset == 0 else None) \
            if offset == 0 else None
        # an NGO's own page (it speaks as "we"): unattributed acts are the NGO's own
        self.publisher_page = bool(self.publisher) and org_voice(norm, lang)
        if offset == 0 and lang in ("fr", "en") and not self.publisher_page:
            own = _ngo_page(norm, self.mentions, self.gz, lang)
            if own is not None and self.publisher in (None, own):
                self.publisher, self.publisher_page = own, True
        attr_mentions = self.mentions
        if lang in ("fr", "en"):
            # "À La Haye, le bureau du procureur ...": a place opening the sentence before a
            # comma is no head of a list of places for the subject that follows
            attr_mentions = [m for m in self.mentions if not (
                m.preposition and m.place_key and norm.startswith(",", m.end)
                and _OPENING_PLACE.search(norm, max(0, m.start - 12), m.start))]
        self.attr = Attributor(lang, norm, attr_mentions, self.publisher)
        fold = ar_fold if lang == "ar" else (lambda p: p)
        self.group_re = re.compile(fold(GROUP_NOUNS[lang]))
        self.strong_re = re.compile(fold(MEMBER_STRONG[lang]))
        self.weak_re = re.compile(fold(MEMBER_WEAK[lang]))
        self.but_re = re.compile(fold(BUT[lang]))
        self.coord_between = re.compile(fold(COORD_BETWEEN[lang]))
        self.joint: Optional[Response] = None
        self._sentence_start = 0
        self._sentence_end = 0
        self.joint_excluded: set = set()
        self.statement: Optional[dict] = None   # a joint statement whose signers come later
        self.votes = SituationVotes(norm, lang)
        self.signers = ArSigners(norm) if lang == "ar" else None

    # ------------------------------------------------------------------ helpers
    def _sentence_spans(self):
        """``(index, norm_start, norm_end, sentence)`` for non-boilerplate sentences."""
        out = []
        text, norm, cues = self.text, self.norm, self.cues
        for i, s in enumerate(self.sentences):
            a = s.start - self.offset
            b = s.end - self.offset
            if b <= 0 or a >= len(text):
                continue
            line_start = text.rfind("\n", 0, max(a, 0)) + 1
            line_end = text.find("\n", b)
            line_end = len(text) if line_end < 0 else line_end
            na, nb = self.pos.to_norm(max(a, 0)), self.pos.to_norm(min(b, len(text)))
            line_norm = norm[self.pos.to_norm(line_start):self.pos.to_norm(line_end)].strip()
            if is_boilerplate(line_norm, cues) or (
                    line_norm[:1] in _BULLETS and self._under_boilerplate(line_start)):
                continue
            out.append((i, na, nb, s))
        return out

    def _under_boilerplate(self, line_start):
        """A bulleted line in a list headed by a boilerplate line ("RELATED COVERAGE",
        "Lire aussi :", "مواضيع ذات صلة") is a link, not news."""
        text, norm = self.text, self.norm
        end = line_start - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = norm[self.pos.to_norm(start):self.pos.to_norm(end)].strip()
            if line and line[:1] not in _BULLETS:
                return is_boilerplate(line, self.cues)
            end = start - 1
        return False

    def _in_mention(self, start, end):
        i = bisect_right(self.mention_starts, start) - 1
        if i >= 0 and self.mentions[i].end > start:
            return True
        j = bisect_left(self.mention_starts, start)
        return j < len(self.mentions) and self.mentions[j].start < end

    def _mentions_in(self, start, end):
        i = bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def _evidence(self, s, cue_surface, confidence):
        return Evidence(s.start, s.end, s.text, round(confidence, 2), cue_surface)

    # ------------------------------------------------------------------ main
    def run(self, out: Extraction) -> Extraction:
        spans = self._sentence_spans()
        self._spans = spans     # for a look at the next sentence (French / English speakers)
        norm = self.norm
        scan = norm
        if self.lang in ("fr", "en"):
            # 'a « rejeté catégoriquement »', 'has "strongly condemned"': the quote opened
            # between the auxiliary and the verb is not a word (same length: offsets hold)
            scan = _QUOTE_AFTER_AUX[self.lang].sub(
                lambda q: q.group(1) + " " * (len(q.group()) - len(q.group(1))), norm)
        tokens = tokenize(scan, self.lang == "ar")
        resp_hits, neg_hits, mod_hits, ev_hits = self.cues.scan(scan, tokens)
        resp_hits = add_implicit_hits(self, scan, tokens, resp_hits, ev_hits, spans)  # implicit.py
        by_start = lambda hits: [h.start for h in hits]  # noqa: E731
        r_starts, n_starts, m_starts, e_starts = (by_start(resp_hits), by_start(neg_hits),
                                                  by_start(mod_hits), by_start(ev_hits))
        first = True
        for idx, na, nb, s in spans:
            title_weight = 2.5 if first else 1.0
            first = False
            events_here = [h for h in ev_hits[bisect_left(e_starts, na):bisect_left(e_starts, nb)]
                           if not self._in_mention(h.start, h.end) or keeps_situation_cue(
                               self.mentions, self.mention_starts, h.start, h.end)]
            mentions_here = self._mentions_in(na, nb)
            hits = [h for h in resp_hits[bisect_left(r_starts, na):bisect_left(r_starts, nb)]
                    if h.end <= nb and not self._in_mention(h.start, h.start + 1)]
            # situation cues and place mentions, weighed once the responses are known
            self.votes.add_sentence(idx, na, nb, title_weight, mentions_here, events_here,
                                    [(h.start, h.end) for h in hits])
            negs = [n for n in neg_hits[bisect_left(n_starts, na):bisect_left(n_starts, nb)]
                    if not self._in_mention(n.start, n.start + 1)]   # "Reporters Without Borders"
            self.attr.in_quote = self._quote_open(na)
            self._sentence_start = na
            self._sentence_end = nb
            self.attr.sentence_end = nb
            mods = mod_hits[bisect_left(m_starts, na):bisect_left(m_starts, nb)]
            self._sentence(out, idx, na, nb, s, hits, negs, mods, mentions_here, events_here)
        self._finish(out)
        return out

    # ------------------------------------------------------------------ one sentence
    def _negated(self, hit, negs, na):
        """True when a ``pre`` negation closely precedes the cue, or a non-act covers it."""
        if self.lang == "ar" and hit.entry.pos == "v" and _AR_FUTURE.match(hit.surface) and re.search(
                r"(?<!\S)(?:و|ف)?(?:كان|كانت|كانوا)\s+$", self.norm[max(na, hit.start - 12):hit.start]):
            return True     # "مشروع بيان كان سيدين الانقلاب": it would have condemned (no act)
        for n in negs:
            kind = n.entry.value
            if kind == "cancel":
                continue
            if kind == "nonact":
                if n.start <= hit.start < n.end + 40 or hit.start <= n.start < hit.end:
                    between = self.norm[n.end:hit.start]
                    if not self.but_re.search(between) and "," not in (
                            between if self.lang in ("fr", "en") else between[:1]):
                        return True
            elif kind == "pre":
                if self.lang in ("fr", "en") and n.start <= hit.start and hit.end <= n.end:
                    return True     # "refused to condemn": no rejection, and no condemnation
                if n.end <= hit.start and hit.start - n.end <= 22:
                    between = self.norm[n.end:hit.start]
                    if self.lang == "ar" and between.strip() and re.fullmatch(
                            r"(?:و|ب|ل)?(?:غير|عدم)", self.norm[n.start:n.end]):
                        continue    # "مناطق غير آمنة يعد انتهاكا": "غير" negates its own word
                    if not re.search(r"[,.;:،؛]", between) and len(between.split()) <= 3 and not (
                            self.lang == "ar" and _AR_EXCEPTIVE.search(between)):
                        return True     # (not "لم يصدر عنها سوى إدانة": only a condemnation)
        if hit.entry.value == "Rejection":
            for n in negs:
                if n.entry.value == "nonact_object" and hit.end <= n.start <= hit.end + 200 \
                        and not re.search(r"[.;:؛]", self.norm[hit.end:n.start]):
                    return True
        return False

    def _modality(self, hit, mods):
        best = None
        for m in mods:
            if m.end <= hit.start and hit.start - m.end <= 45:
                between = self.norm[m.end:hit.start]
                if re.search(r"[.;:؛]", between):
                    continue
                if m.entry.value == "requested":
                    continue
                best = m.entry.value
        if best is None and self.lang == "ar" and hit.entry.pos == "v" and \
                _AR_FUTURE.match(hit.surface):
            best = "announced"      # "ستفرض", "وسيرسل": a future act
        return best or "asserted"

    def _sentence(self, out, idx, na, nb, s, hits, negs, mods, mentions_here, events_here=()):
        norm = self.norm
        # exclusions ("but not X" / "X did not sign")
        excluded = set()
        for n in negs:
            if n.entry.value == "exclusion":
                for m in self._mentions_in(n.end, min(nb, n.end + 40))[:1]:
                    for x in self.attr.coordinated(m) if m.kind in AGENT_KINDS else [m]:
                        if x.start >= n.end:
                            excluded.add(x.key)
            elif n.entry.value == "exclusion_before":
                before = [m for m in self._mentions_in(na, n.start) if m.kind in AGENT_KINDS]
                after = [m for m in self._mentions_in(n.end, min(nb, n.end + 30))
                         if m.kind in AGENT_KINDS] if self.lang == "ar" else []
                if after and not norm[n.end:after[0].start].strip():
                    before = [after[0]]     # Arabic verb-subject: "لم توقع المجر"
                if before:
                    for x in self.attr.coordinated(before[-1]):
                        excluded.add(x.key)
        self.joint_excluded |= excluded
        # "ولم تعلق الحكومة السورية ...، غير أن وسائل إعلام مقربة منها قالت إن دمشق «ترحب»":
        # an actor said to be silent makes no statement in the same sentence
        silent = set()
        if self.lang == "ar":
            for n in negs:
                if n.entry.value == "nonact" and re.match(r"(?:و)?(?:لم|لا)\s", norm[n.start:n.end]):
                    for m in self._mentions_in(n.end, min(nb, n.end + 30))[:1]:
                        if m.kind in AGENT_KINDS and not norm[n.end:m.start].strip():
                            silent.add(self._contextual(m.key, m.start))
        sent_norm = norm[na:nb]
        has_group = bool(self.group_re.search(sent_norm))
        artifact_named = any(h.entry.note == "artifact" for h in hits)
        previous = None
        sentence_agents = []
        self.attr.cue_spans = [(h.start, h.end) for h in hits]
        self.attr.prev_rule, self.attr.prev_end = None, None
        self._first_unattributed = False
        first_cue = True
        previous_keys: list = []
        previous_response = None
        n_before = len(out.responses)
        early = None
        if self.lang == "ar":
            early = self._speech_subject(na, nb)    # "وأضافت أن ...": who speaks, before its acts
            if early and early not in self.attr.last_agents:
                self.attr.last_agents = [early]
        for hit in hits:
            entry = hit.entry
            rtype = entry.value
            if self._negated(hit, negs, na):
                previous = hit
                continue
            if rtype == "Accusation" and self.lang in ("fr", "en") and entry.pos == "v" and \
                    _ACCUSED_OF[self.lang].match(norm, hit.start) and not \
                    _AUX_ACTIVE[self.lang].search(norm[max(na, hit.start - 12):hit.start]):
                continue    # "a senator accused of financing gangs", "un opposant accusé de complot"
            if self.lang == "ar" and entry.pos == "v" and rtype in SPEECH_TYPES and \
                    ar_passive_written(self._orig(hit)):
                previous = hit
                continue    # "الذين رُفضت طلبات لجوئهم": a passive, not someone's rejection
            if entry.note == "perpetrator" and not any(
                    e.end <= hit.start and hit.start - e.end <= 80 for e in events_here):
                continue    # "carried out by" only names the author of a described abuse
            if rtype == "UseOfForce" and self.lang in ("fr", "en") and entry.pos == "v" and \
                    _THOSE.search(norm[max(na, hit.start - 20):hit.start]):
                continue    # "release those detained", "libérer ceux arrêtés": the patients
            if rtype == "Condemnation" and self.lang in ("fr", "en") and \
                    re.search(r"condamn|condemn", hit.surface.lower()) and \
                    _SENTENCED_TO[self.lang].match(norm, hit.end, min(nb, hit.end + 160)) and \
                    not _SENTENCE_NOUN_OBJECT.match(norm, hit.end):
                rtype = "UseOfForce"    # "a condamné le journaliste X à trois ans de prison": a sentence
            if rtype == "Demand" and self.lang in ("fr", "en") and \
                    _INSIST[self.lang].match(hit.surface.lower()) and _CLAIM_AFTER[self.lang].match(norm, hit.end):
                rtype = "Denial"    # "insisted that the police had acted with restraint": a claim, not a demand
            modality = self._modality(hit, mods)
            if self.lang in ("fr", "en") and previous is not None and rtype == "Demand" and \
                    previous.entry.value == "Demand" and entry.pos == "v" and \
                    _TO_INFINITIVE[self.lang].search(norm[previous.end:hit.start]) and \
                    len(norm[previous.end:hit.start].split()) <= 14 and \
                    not re.search(r"[.;:]", norm[previous.end:hit.start]):
                modality = "requested"  # "Nous appelons l'UE à exiger ...": asked of the addressee
            # a cue that is only the object of the previous cue ("condemned the arrests")
            resolution_says = self.lang in ("fr", "en") and previous is not None and \
                previous.entry.value == "Resolution" and rtype in ("Condemnation", "ExpressionOfConcern")
            if previous is not None and not resolution_says and (entry.note != "evaluative" or (   # "a nié toute violation"
                    previous.entry.value in ("Denial", "Rejection")
                    and len(norm[previous.end:hit.start].split()) <= 3)) and not (
                    self.lang in ("fr", "en") and (entry.note == "passive" or _PASSIVE_CUE_FR_EN.match(
                        hit.surface.lower()) or _AUX_BEFORE[self.lang].search(
                        norm[max(na, hit.start - 30):hit.start]))) and (rtype in _NOMINAL_OBJECT_TYPES or (
                    len(norm[previous.end:hit.start].split()) <= 1
                    and previous.entry.value in ("Rejection", "Denial", "Condemnation", "Support"))):
                gap = norm[previous.end:hit.start]
                coordinated = self.coord_between.search(
                    _unquoted(gap) if self.lang in ("fr", "en") else gap) or (
                    self.lang == "ar" and entry.pos == "v" and self._conjunction(hit))
                complement = (self.lang == "ar" and (hit.surface[:1] in "بل" or re.search(
                    r"(?<!\S)(?:علي|عن|في|من)\s*$", gap))) or \
                    re.search(r"(?:\bof|\bfor|\bto|(?<!\w)de|(?<!\w)d'|(?<!\w)pour)\s*$", gap)
                long_complement = complement and previous.entry.value in (
                    "Support", "Condemnation", "Accusation", "Demand") and len(gap.split()) <= 30 \
                    and not re.search(r"(?<!\w)(?:and|et|but|mais)(?!\w)|(?<!\S)و\S*\s", gap[:-12] or " ")
                if self.lang in ("fr", "en") and re.search(r'["\u00bb\u201d]\s*,|,\s*["\u00bb\u201d]', gap):
                    pass        # '"We condemn X," lamented Y': a new clause after the quote
                elif self.lang in ("fr", "en") and previous.entry.pos == "n" and entry.pos == "v" \
                        and not re.search(r"(?:\bof|\bfor|\bto|(?<!\w)de|(?<!\w)d'|(?<!\w)pour)\s*$", gap):
                    pass        # "a UN fact-finding mission reported": the noun is the subject
                elif self.lang in ("fr", "en") and rtype == "UseOfForce" and \
                        _BY_STATE_AGENT.match(norm, hit.end, min(nb, hit.end + 120)):
                    pass        # "a dénoncé la condamnation de X par un tribunal d'Alger": the court's act
                elif self.lang in ("fr", "en") and _CLAUSE_AUX.search(gap):
                    pass        # "X, qui avait condamné la répression, a convoqué": the main verb
                elif self.lang in ("fr", "en") and previous.entry.pos == "n" and \
                        _COPULA_GAP.fullmatch(gap):
                    # "the accusations were groundless", "ces accusations sont infondées": the
                    # noun is what the predicate judges (a denial of the accusations)
                    if previous_response is not None and previous.entry.value == "Accusation" \
                            and previous_response.type == "Accusation" and \
                            rtype in ("Denial", "Rejection"):
                        previous_response.type = rtype
                        previous = hit
                        continue
                elif self.lang in ("fr", "en") and previous.entry.note == "igo":
                    pass        # "decided to impose sanctions": what is decided is an act too
                elif rtype in PEOPLE_ACTS and entry.pos == "n" and previous.entry.value == "UseOfForce" \
                        and crowd_after(self.attr, hit.end, nb, rtype) is not None:
                    pass        # "a dispersé une manifestation de femmes": they did rally (.crowds)
                elif self.lang in ("fr", "en") and _FINDING_THAT.search(gap):
                    pass        # "the report found that police beat ...": a new clause
                elif self.lang in ("fr", "en") and previous.entry.value in ("Report", "DiplomaticAction") and \
                        rtype in ("Accusation", "Condemnation", "Demand", "ExpressionOfConcern") and \
                        re.match(r"[\w-]+(?:ing|ant)\b", hit.surface.lower()) and len(gap.split()) <= 4:
                    pass        # "a publié un rapport accusant la police", "a letter urging": the author's act
                elif self.lang == "ar" and self._ar_independent_object(hit, gap):
                    pass        # "نفى الاتهامات التي وجهتها منظمة X": X's own act
                elif (len(gap.split()) <= 6 and not coordinated or complement and len(gap.split()) <= 10
                        or long_complement) and not re.search(r"[.;:؛]", gap):
                    if previous.entry.value != "Demand" and (
                            _PURPOSE.search(gap) or (self.lang == "ar" and hit.surface[:1] == "ل")):
                        pass        # "mobilised to denounce": a second act of the same agent
                    elif previous.entry.value in _REQUESTING and rtype not in _REQUESTING:
                        modality = "requested"
                    else:
                        if rtype == "Rejection" and previous_response is not None and \
                                previous_response.type == "Condemnation":
                            previous_response.type = "Rejection"    # "denounced interference"
                        continue
            if previous is not None and entry.note == "evaluative" and self.lang in ("fr", "en") and \
                    previous.entry.value in ("Condemnation", "Denial", "Rejection", "Accusation") and \
                    len(norm[previous.end:hit.start].split()) <= 4 and \
                    not re.search(r"[.;:,]", norm[previous.end:hit.start]):
                previous = hit
                continue    # "a dénoncé une « dérive préoccupante »": what is denounced
            if previous is not None and entry.note == "evaluative" and self.lang in ("fr", "en"):
                pass    # "X estimated that the ruling violated international law": X's judgement
            elif previous is not None and previous.entry.value in _ARTIFACT_TYPES and \
                    rtype in _CONTENT_TYPES and previous.entry.value != "DiplomaticAction" or (
                    previous is not None and previous.entry.value in _ARTIFACT_TYPES
                    and rtype in _CONTENT_TYPES and previous.entry.note == "artifact"):
                gap = norm[previous.end:hit.start]
                if len(gap.split()) <= 5 and not re.search(r"[.;:؛]", gap) and \
                        not (self.lang == "ar" and entry.pos == "v" and self._conjunction(hit)) and \
                        not (self.lang in ("fr", "en") and _BY_AFTER.match(norm, hit.end)) and \
                        not any(m.start >= previous.end and m.end <= hit.start and m.kind in AGENT_KINDS
                                for m in mentions_here):
                    if (previous.entry.value == "Resolution" and previous_response is not None
                            and previous_response.type == "Resolution"
                            and rtype in ("Demand", "Condemnation", "ExpressionOfConcern")) or (
                            self.lang in ("fr", "en") and previous.entry.value in ("Report", "Petition")
                            and previous_response is not None
                            and previous_response.type == previous.entry.value
                            and rtype in ("Accusation", "Demand", "Condemnation")
                            and re.match(r"[\w-]+(?:ing|ant)\b", hit.surface.lower())):
                        # "a report accusing the police", "un rapport dénonçant": the author's own act
                        # "a resolution calling on X to ...": the body's resolution demands it
                        content = Response(type=rtype, agents=list(previous_response.agents),
                                           evidence=[self._evidence(s, self._orig(hit), 0.6)],
                                           modality=modality)
                        self._details(content, hit, na, nb)
                        out.responses.append(content)
                    previous = hit
                    continue    # "a resolution calling for an inquiry": what the text says
            previous = hit
            joint = entry.note == "artifact" or (rtype == "DiplomaticAction" and has_group)
            pos_tag = "v" if modality in ("threatened", "announced", "considered") else entry.pos
            self.attr.conjunction = self._conjunction(hit)
            self.attr.note = entry.note
            if modality == "requested" and previous_keys:
                found, rule = list(previous_keys), "requester"
            elif previous_keys and _COORDINATED_VERB[self.lang].search(
                    norm[max(na, hit.start - 16):hit.start]):
                found, rule = list(previous_keys), "coordinated"     # "X summoned ... and expressed"
            else:
                # a cue with a gap ("نسبت بكين مسؤولية", "raised .. concerns with") may
                # contain its subject: look after its first word only
                head_end = hit.start + len(hit.surface.split()[0]) if ".." in entry.cue else hit.end
                found, rule = self.attr.agents_for(hit.start, head_end, na, nb, pos_tag, None,
                                                   rtype)
                if self.lang in ("fr", "en") and rtype == "Report" and \
                        _IN_A_REPORT.match(norm, na) and _IN_A_REPORT.match(norm, na).end() >= hit.end:
                    # "Dans un rapport publié la semaine dernière, la mission de l'ONU a estimé":
                    # the subject of the main clause after the comma
                    comma = norm.find(",", hit.end, nb)
                    for m in (self.attr.in_range(comma, nb)[:2] if comma > 0 else []):
                        if not self.attr.is_locative(m):
                            found, rule = self.attr._expand(m, nb), "subject"
                            break
                if self.lang in ("fr", "en") and rtype in _AUTHORED:
                    author = self._published_by(hit, nb)     # "un rapport publié jeudi par X"
                    if author is not None:
                        found, rule = self.attr._expand(author, nb), "passive"
            if self.lang in ("fr", "en") and rule == "passive" and found and entry.pos == "v" and \
                    entry.note != "passive" and hasattr(found[0], "start") and \
                    _PRONOUN_SUBJECT[self.lang].match(norm, na) and \
                    len(norm[hit.end:found[0].start].split()) > 3:
                # "She accused the court of relying on claims peddled by X": X is the agent of
                # the participle; the pronoun's antecedent is the cue's
                pronoun = _PRONOUN_SUBJECT[self.lang].match(norm, na).group()
                ante = self.attr._previous_sentence_actor(na, pronoun) \
                    if not self.attr.last_agents else None
                found, rule = (list(self.attr.last_agents), "carry") if self.attr.last_agents \
                    else (([ante], "anaphor") if ante is not None else ([], None))
            if self.lang == "fr" and rtype == "UseOfForce" and rule == "passive" and found and \
                    "condamn" in hit.surface and not any(
                        re.search(r"court|justice|judge|tribunal|prosecutor|judiciary",
                                  getattr(a, "key", a)) for a in found):
                rtype = "Condemnation"  # "a été condamnée par la Pologne": condemned, not sentenced
            passive_act = entry.note == "passive" or (
                self.lang in ("fr", "en") and rtype == "UseOfForce" and entry.pos == "v"
                and _AUX_BEFORE[self.lang].search(norm[max(na, hit.start - 30):hit.start])
                and not re.match(r"\w+ing\b", hit.surface))     # "were detaining": progressive
            if passive_act and self.lang in ("fr", "en") and \
                    rule not in ("passive", "led-by", "relative"):
                # "X was (later) arrested" / "X a été arrêté": the subject (or a pronoun, or the
                # speaker of "..., Y said") is the patient; only a by-phrase names the agent
                found, rule = [], None
            if passive_act and self.lang in ("fr", "en") and not found and \
                    _KILLED.match(hit.surface.lower()):
                continue    # "were killed at least ...": a toll, no agent (not "the authorities")
            if not found and rule != "relative" and (passive_act and rtype in ("UseOfForce", "Investigation") or (
                    self.lang == "ar" and rtype == "UseOfForce" and entry.pos == "v"
                    and not _AR_ARMED_VIOLENCE.match(norm, hit.start))):
                # (shelling, air strikes, killings with no named agent stay without one: in an
                # armed conflict the author is what is disputed, not the local authorities)
                # an arrest with no named agent ("اعتقل X" is also the passive "X was
                # arrested"): the authorities of the place where it happened
                found, rule = ["body/authorities"], "passive-local"
            if entry.note == "imperative" and found and rule not in ("carry", "speech", "publisher") \
                    and hasattr(found[0], "end") and not self.attr._speech_re.search(
                        norm[found[0].end:hit.start]):
                found, rule = [], None  # "Égypte : libérez ...": the addressee, not the speaker
            if entry.note == "imperative" and not found and self.lang in ("fr", "en"):
                tail = self.attr.tail_speaker(hit.end, nb)   # "X must release Y, Z said"
                if tail is not None:
                    found, rule = self.attr._expand(tail, nb), "speech"
            if entry.note == "evaluative" and self.lang in ("fr", "en") and found and \
                    rule in ("subject", "owner") and all(not isinstance(a, str) and a.key.startswith("group/")
                                              for a in found) and \
                    not self.attr._speech_re.search(norm[found[-1].end:hit.start]):
                found, rule = [], None  # "Violence against peaceful protesters is unacceptable"
            if entry.note == "evaluative" and self.lang in ("fr", "en") and found and \
                    rule in ("subject", "owner") and hasattr(found[0], "start"):
                c_start = self.attr.clause_bounds(na, nb, hit.start)[0]
                speaker = self._sentence_speaker(c_start, found[0].start) or \
                    self._sentence_speaker(na, found[0].start)
                if speaker:     # "Britain said trying civilians in military courts lacked ...":
                    found, rule = speaker, "speaker"    # the speaker judges, not the court
            if entry.note == "evaluative" and self.lang in ("fr", "en") and (
                    not found or rule == "carry"):
                speaker = self._sentence_speaker(na, hit.start) or self._opinion_holder(na, hit.start)
                if speaker:
                    found, rule = speaker, "speaker"    # its own speaker beats a carried one
                elif not found:
                    found, rule = self._next_speaker(nb), "next-speaker"
            if self.lang in ("fr", "en") and not found and entry.pos == "v":
                said = _SAID_PRONOUN[self.lang].search(norm, max(na, hit.start - 90), hit.start)
                if said is not None:
                    before = [m for m in self.attr.in_range(na, said.start()) if not self.attr.is_locative(m)]
                    if before:
                        found, rule = self.attr._expand(before[-1], said.start()), "subject"
            if self.lang == "fr" and not found and entry.pos == "v":
                # "Plusieurs pays, dont l'Allemagne et le Royaume-Uni, ont exhorté": the named
                # members of the subject (not a relative clause "X, dont le siège ..., a dit")
                dont = _DONT_LIST.search(norm, na, hit.start)
                if dont is not None:
                    members = [m for m in self.attr.in_range(dont.start("list"), dont.end("list"))
                               if not self.attr.is_locative(m)]
                    if members:
                        found, rule = members, "subject"
            if self.lang in ("fr", "en") and found and hasattr(found[0], "start") and \
                    found[0].start >= hit.end and entry.note != "passive" and \
                    _PRONOUN_VERB[self.lang].fullmatch(norm[na:hit.start]):
                # "She accused the court of relying on claims peddled by X, and said ...": the
                # pronoun is the subject; an actor after the verb is not its agent
                pronoun = _PRONOUN_SUBJECT[self.lang].match(norm, na).group()
                ante = self.attr._previous_sentence_actor(na, pronoun) \
                    if not self.attr.last_agents else None
                found, rule = (list(self.attr.last_agents), "carry") if self.attr.last_agents \
                    else (([ante], "anaphor") if ante is not None else ([], None))
            if self.lang in ("fr", "en") and self.publisher and self.publisher_page and \
                    _WE_SUBJECT[self.lang].fullmatch(norm[na:hit.start]) \
                    and not self.attr.in_quote and entry.note != "passive":
                found, rule = [self.publisher], "publisher"    # "Nous appelons X à ...": the NGO
            elif self.lang in ("fr", "en") and self.publisher and self.publisher_page and \
                    _WE_CUE.match(hit.surface.lower()) and not self.attr.in_quote:
                found, rule = [self.publisher], "publisher"
            if self.lang in ("fr", "en") and rule == "carry" and _ORG_SUBJECT[self.lang].match(norm, na):
                # "The group said it had documented ...": the organisation named last, even when
                # the previous sentence's agent was another actor
                i = bisect_left(self.mention_starts, na) - 1
                while i >= 0 and na - self.mentions[i].start < 1500:
                    m = self.mentions[i]
                    if m.key.startswith("org/") and self._kind_of(m.key) in (
                            "NGO", "IntergovernmentalOrganization") and not self.attr.is_locative(m):
                        found = [m]
                        break
                    i -= 1
            if self.lang in ("fr", "en") and found and hasattr(found[0], "start") and \
                    found[0].start < hit.start and _AND_VERB[self.lang].search(norm, max(na, hit.start - 20), hit.start):
                # "X warned that the RSF's siege ... and urged ...", "X said he had spoken to Y
                # ... and had urged ...": the speaker goes on, not an actor of the reported clause
                said = None
                for said in _REPORTED_CLAUSE[self.lang].finditer(norm, na, found[0].start):
                    pass
                if said is not None:
                    speakers = [m for m in self.attr.in_range(na, said.start())
                                if not self.attr.is_locative(m)]
                    if speakers:
                        found, rule = self.attr._expand(speakers[-1], said.start()), "subject"
                    elif self.attr.last_agents and re.match(r"\W*[A-Z]", self.text[
                            self.pos.to_text(na):self.pos.to_text(na) + 3]):
                        found, rule = list(self.attr.last_agents), "carry"  # "Türk said he had ..."
            if self.lang in ("fr", "en") and self.attr.last_agents and \
                    _POSSESSIVE_ROLE[self.lang].match(norm, na) and (not found or all(
                        not isinstance(a, str) and a.start < hit.start and a.key.count("/") == 1
                        and a.key.startswith(("official/", "body/")) for a in found)):
                # "Sa porte-parole a appelé ...", "Its regional director urged ...": the
                # previous sentence's agent speaks through its official
                found, rule = list(self.attr.last_agents), "carry"
            if self.lang in ("fr", "en") and found and rule == "subject" and hasattr(found[-1], "end") \
                    and found[-1].end <= hit.start and \
                    _OWN_SUBJECT_CLAUSE[self.lang].search(norm[found[-1].end:hit.start]):
                found, rule = [], None  # "X rejects ICC probe as families welcome ruling"
            rel = _RELATIVE_BEFORE[self.lang].search(norm, max(na, hit.start - 40), hit.start) \
                if self.lang in ("fr", "en") and entry.pos == "v" and found else None
            if rel is not None and rule not in ("passive", "led-by", "speech", "publisher") and not any(
                    hasattr(a, "end") and a.end <= rel.start() and len(norm[a.end:rel.start()].split()) <= 5
                    and not any(a.end <= c < rel.start() for c, _ in self.attr.cue_spans)
                    for a in found):
                continue    # "politicians who had openly criticised": their act, not the subject's
            if self.lang in ("fr", "en") and rtype == "UseOfForce" and not found and entry.pos == "n":
                by = _BY_STATE_AGENT.match(norm, hit.end, min(nb, hit.end + 120))
                if by is not None:  # "la condamnation de X ... par un tribunal d'Alger": the court
                    at = max(norm.rfind(" par ", hit.end, by.end()), norm.rfind(" by ", hit.end, by.end()))
                    for m in self.attr.in_range(at, min(nb, by.end() + 30))[:1]:
                        found, rule = [m], "passive"
            if self.lang in ("fr", "en") and rtype == "Sanction" and not found and entry.pos == "n":
                # "Britain's sanctions on X", "les sanctions de Washington contre X": the imposer
                owner = None
                if self.lang == "en":
                    for m in self.attr.in_range(max(na, hit.start - 60), hit.start)[-1:]:
                        if re.fullmatch(r"['’]s\s+(?:new\s+|latest\s+|fresh\s+|own\s+)?", norm[m.end:hit.start]) \
                                and _SANCTION_TARGET["en"].match(norm, hit.end):
                            owner = m
                else:
                    of = _SANCTIONS_OF.match(norm, hit.end)
                    if of is not None:
                        for m in self.attr.in_range(of.end(), min(nb, of.end() + 40))[:1]:
                            if m.start == of.end() and _SANCTION_TARGET["fr"].match(norm, m.end):
                                owner = m
                if owner is not None and owner.key.startswith(("gov/", "org/", "body/", "official/")):
                    found, rule = [owner], "owner"
            if self.lang in ("fr", "en") and rule == "participle" and sentence_agents and found and all(
                    not isinstance(a, str) and a.key.split("/")[0] in ("gov", "body", "official")
                    for a in found) and not any(k.startswith(found[0].key.split("/")[0] + "/" + (
                        found[0].key.split("/")[1] if found[0].key.count("/") else "")) for k in sentence_agents):
                # "The EU added 28 Belarusian officials to its list, freezing their assets": the
                # participle's subject is the clause's agent already found, not the last state named
                found, rule = list(sentence_agents), "participle"
            if self.lang in ("fr", "en") and entry.pos == "v" and (not found or (
                    rule == "subject" and not isinstance(found[0], str))):
                # "La Russie, dont des instructeurs sont arrivés au Burkina, a livré ...": the
                # subject stands before the relative clause, not inside it
                rel = _CLOSED_RELATIVE[self.lang].search(norm, na, hit.start)
                if rel is not None and (not found or rel.start() < found[0].start < rel.end()):
                    before = [m for m in self.attr.in_range(na, rel.start()) if not self.attr.is_locative(m)]
                    if before:
                        found, rule = self.attr._expand(before[-1], rel.start()), "subject"
            if self.lang in ("fr", "en") and len(found) == 1 and not isinstance(found[0], str) and \
                    found[0].key.startswith("body/") and found[0].key.count("/") == 1:
                whose = _WHOSE_BEFORE[self.lang].search(norm, max(na, found[0].start - 30), found[0].start)
                if whose is not None:
                    # "Germany and France, whose consulates had written to ...": each antecedent's body
                    ante = [m for m in self.attr.in_range(na, whose.start()) if not self.attr.is_locative(m)]
                    if ante:
                        found, rule = self.attr._expand(ante[-1], whose.start()), "subject"
            if self.lang in ("fr", "en") and (not found or rule == "carry") and entry.pos == "v" and \
                    re.match(r"[\w-]+(?:ing|ant)\b", hit.surface.lower()) and \
                    re.search(r"(?:\band|(?<!\w)et|,)\s*$", norm[max(na, hit.start - 6):hit.start]):
                # "X issued a statement reiterating ... and calling on Y to ...": the clause's subject
                opening = [m for m in self.attr.in_range(na, hit.start) if not self.attr.is_locative(m)]
                if opening and opening[0].start - na <= 60:
                    found, rule = self.attr._expand(opening[0], hit.start), "participle"
            if self.lang in ("fr", "en") and not found and rtype == "Denial" and entry.pos == "v":
                # "The judiciary said the journalist was jailed for security offences, not for his
                # journalism": what the sentence's speaker denies
                speaker = self._speech_subject(na, nb)
                if speaker:
                    found, rule = [speaker], "speech"
            if self.lang in ("fr", "en") and rule == "carry" and \
                    _VAGUE_SPEAKER[self.lang].search(norm, max(na, hit.start - 80), hit.start):
                found, rule = [], None  # "a status critics say has blunted foreign criticism": nobody named
            if self.lang in ("fr", "en") and rtype == "Sanction" and sentence_agents and \
                    _TO_ITS_LIST[self.lang].search(norm, na, hit.start):
                found, rule = list(sentence_agents), "coordinated"  # "... to its sanctions list, freezing their assets"
            elif self.lang in ("fr", "en") and rtype == "Sanction" and _TO_ITS_LIST[self.lang].match(norm, hit.start):
                # "The EU added 28 Belarusian judges, prison officials ... to its sanctions list":
                # the listed are the targets; the subject before the verb lists them
                verb = None
                for verb in _LIST_VERB[self.lang].finditer(norm, na, hit.start):
                    pass
                if verb is not None:
                    before = [m for m in self.attr.in_range(na, verb.start())
                              if not self.attr.is_locative(m)]
                    found, rule = (self.attr._expand(before[-1], verb.start()), "subject") \
                        if before else ([], None)
            if self.lang in ("fr", "en") and rule == "troops-from" and all(
                    not isinstance(a, str) and a.key.startswith("body/") and a.key.count("/") == 1
                    for a in found):
                # "l'envoi de soldats", "sending of police officers": the troops themselves, not
                # whom they come from; the subject of the clause sends them
                before = [m for m in self.attr.in_range(na, hit.start) if not self.attr.is_locative(m)
                          and m.key.split("/")[0] in ("gov", "org", "official", "person", "body")
                          and m.key.count("/") >= 1 and not (m.key.startswith("body/") and m.key.count("/") == 1)]
                found, rule = (self.attr._expand(before[-1], hit.start), "subject") if before else ([], None)
            if self.lang in ("fr", "en") and not found and entry.pos == "v":
                # "Alabama executed a man", "Hong Kong rejected the criticism", "l'État du Texas a
                # exécuté": a region with its own government, subject of the verb, is that government
                region = self._governing_region_subject(na, hit.start)
                if region is not None:
                    found, rule = [region], "subject"
            if self.lang in ("fr", "en") and rtype == "Demonstration" and all(
                    (a if isinstance(a, str) else a.key).startswith("group/") for a in found):
                called = _CALLED_BY[self.lang].search(norm, hit.end, nb)
                if called is not None:     # "ont manifesté à l'appel du collectif X": X (with the crowd)
                    for m in self.attr.in_range(called.end(), min(nb, called.end() + 60))[:1]:
                        if not norm[called.end():m.start].strip(" '"):
                            found, rule = list(found) + self.attr._expand(m, nb), "convener"
            if entry.note == "crowd" and (rule != "crowd" or (
                    self.lang in ("fr", "en") and not protest_context(norm, na, nb))):
                continue    # "gathered", "se sont retrouvés": a rally only when a crowd protests (.crowds)
            if self.lang in ("fr", "en") and entry.note == "perpetrator" and rule != "passive":
                continue    # "commis par toutes les parties": no named author
            if self.lang in ("fr", "en") and rule == "participle" and found and \
                    hasattr(found[0], "end") and _CLOSING_QUOTE.search(norm, found[0].end, hit.start):
                # '« X doivent ... », a déclaré Y, en exhortant ...': Y (or the last agent), not
                # an actor inside the quotation
                speaker = self._speech_subject(na, nb)
                found, rule = ([speaker], "speech") if speaker else (
                    (list(self.attr.last_agents), "carry") if self.attr.last_agents else (
                        self._recent_organisation(out, s.start), "recent"))
            if not found and self.publisher and self.publisher_page and rule in (None, "relative") \
                    and not (self.lang in ("fr", "en") and entry.pos == "n"
                             and not self.attr._we_re.search(norm[na:nb])) \
                    and not PASSIVE_NEAR.get(self.lang, NEVER).search(norm[max(na, hit.start - 25):hit.end + 20]):
                found, rule = [self.publisher], "publisher"
            if hit.start in getattr(self, "implicit_speakers", ()):
                found, rule = list(self.implicit_speakers[hit.start]), "speaker"  # implicit.py
            if first_cue:
                self._first_unattributed = not found
                first_cue = False
            self.attr.prev_rule = rule if found else None
            self.attr.prev_end = hit.end
            keys = []
            for a in found:
                key = a if isinstance(a, str) else a.key
                key = self._contextual(key, hit.start)
                if key not in keys and key not in excluded:
                    keys.append(key)
            if entry.note == "monitor":
                keys = [k for k in keys if self._kind_of(k) in (
                    "NGO", "IntergovernmentalOrganization", "GovernmentBody", "Government")]
            elif entry.note == "igo":     # "UNESCO's decision to ...": a decision of an IGO body
                keys = [k for k in keys if self._kind_of(k) == "IntergovernmentalOrganization"]
            if silent and rtype in _STATEMENT_TYPES:
                keys = [k for k in keys if k not in silent and (
                    not k.startswith(("gov/", "body/")) or k.split("/")[1] not in
                    {x.split("/")[1] for x in silent if x.startswith(("gov/", "body/"))})]
            if rtype in _STATE_ONLY:
                keys = [k for k in keys if k.split("/")[0] in ("gov", "body", "official")
                        or ((entry.note == "perpetrator" or (
                            rtype == "UseOfForce" and self.lang in ("fr", "en")))
                            and self._kind_of(k) == "Group" and k.startswith("org/"))
                        # "على أيدي قوات X", "the X rebels killed", "les talibans ont arrêté":
                        # a named armed group (not a crowd: group/... keys)
                        or (rtype == "UseOfForce" and self.lang == "ar" and k.startswith("org/")
                            and self._kind_of(k) == "Group")  # "اعتقلت جماعة X": a named group's arrests
                        or (rtype == "UseOfForce" and crowd_uses_force(k))    # armed mobs (.crowds)
                        or self._kind_of(k) in ("Government", "GovernmentBody", "Official",
                                                "IntergovernmentalOrganization")]
            if entry.note == "statement":
                continue    # a joint statement takes the type of what it says (other cues)
            if joint and rule in ("carry", "anaphor", "publisher") and not self.publisher_page:
                keys = []
            if joint:
                self._joint_add(out, keys, s, hit, modality, sent_norm, na, nb)
                if keys:
                    sentence_agents = keys
                continue
            if not keys:
                continue
            previous_keys = keys if not (rule == "passive-local" and self.lang in ("fr", "en")) else []
            if rule != "carry" and not (rule == "passive-local" and sentence_agents
                                        and self.lang in ("fr", "en")):
                # (a passive inferred from the place -- "whose founder remains imprisoned" -- does
                # not replace the sentence's subject, whom "It" names next)
                sentence_agents = keys
            if self.lang == "ar" and rtype == "Condemnation" and entry.pos == "v" and \
                    self.attr.ar_criticises_discourse(hit.end, nb):
                rtype = "Rejection"     # "انتقد X ما وصفه بـ«التقارير المسيسة»" (attribution.py)
            if self.lang == "ar" and rtype == "Resolution" and self.attr.ar_decision_of_force(hit.end):
                rtype = "UseOfForce"    # "أصدرت النيابة قرارات بتجديد حبس ..." (attribution.py)
            confidence = {"subject": 0.75, "verb-subject": 0.75, "passive": 0.8,
                          "led-by": 0.8, "speech": 0.65, "after": 0.6, "carry": 0.55,
                          "publisher": 0.6}.get(rule, 0.5)
            if modality != "asserted":
                confidence -= 0.05
            response = Response(type=rtype, agents=keys,
                                evidence=[self._evidence(s, self._orig(hit), confidence)],
                                modality=modality)
            self._details(response, hit, na, nb)
            out.responses.append(response)
            previous_response = response
        if self.lang == "ar":    # "طالبت 20 دولة ..." + "ومن بين الموقعين X وY" (attribution.ArSigners)
            self.signers.sentence(self, out, idx, na, nb, s, hits, negs, mods, n_before)
        # co-signers named later: "the letter ... signatories include X, Y and Z"
        if self.joint is not None and not artifact_named or (self.joint is not None and artifact_named):
            self._joint_members(s, sent_norm, na, nb, negs, excluded, artifact_named)
        if self.lang in ("fr", "en"):
            self._statement_signers(out, idx, s, na, nb, hits, negs, n_before)
        speaker = early if self.lang == "ar" else self._speech_subject(na, nb)
        if self.lang == "ar":
            said_by = speaker or self._ar_speaker_mid(na, nb)
            if said_by:
                self._ar_speech_acts(out, s, na, nb, hits, negs, events_here, said_by, n_before)
        self.attr.speaker_ttl = max(0, self.attr.speaker_ttl - 1)
        if speaker:
            self.attr.last_agents = [speaker]
            self.attr.speaker_ttl = 3
        elif sentence_agents:
            self.attr.last_agents = list(sentence_agents)
        elif hits and self._first_unattributed and not self.attr.speaker_ttl:
            self.attr.last_agents = []      # the subject changed to someone unknown

    def _ar_speaker_mid(self, na, nb):
        """Arabic: the speaker of a speech verb after a leading adverbial ("في خطاب يوم
        الجمعة، قال X إن ..."): an actor right after the verb, then a complementizer."""
        verb = _AR_SAID.search(self.norm, na, min(nb, na + 120))
        if verb is None:
            return None
        for m in self.attr.in_range(verb.end(), min(nb, verb.end() + 40))[:1]:
            if self.attr._adjacent_after(verb.end(), m) and not m.key.startswith("group/") \
                    and _AR_COMPLEMENTIZER.search(self.norm, m.end, min(nb, m.end + 60)):
                return self._contextual(m.key, m.start)
            return None
        # "وقالت المتحدثة باسم المكتب إن": a title and a definite noun naming no actor
        # refer back to the last agent
        words = self.norm[verb.end():min(nb, verb.end() + 60)].split()[:4]
        for i, w in enumerate(words):
            if _AR_COMPLEMENTIZER.fullmatch(w):
                if i and self.attr.last_agents and all(
                        _AR_SUBJECT_HEAD.fullmatch(x) or x.startswith("ال") for x in words[:i]):
                    last = self.attr.last_agents[0]
                    return last if isinstance(last, str) else last.key
                break
        return None

    def _ar_speech_acts(self, out, s, na, nb, hits, negs, events_here, speaker, n_before):
        """Arabic reported speech that is itself an act of its speaker, with no response
        cue: "وقالت منظمة X إن [القمع / المحاكمات ...]" (a rights body characterising the
        abuse: Condemnation, or ExpressionOfConcern for a risk), "وقال الرئيس إن [إرهابيين]
        ..." (labelling the other side: Accusation)."""
        if any(speaker in r.agents and r.type in ("Condemnation", "ExpressionOfConcern",
                                                  "Accusation", "Denial", "Rejection")
               for r in out.responses[n_before:]):
            return
        comp = _AR_COMPLEMENTIZER.search(self.norm, na, min(nb, na + 160))
        if comp is None:
            return
        content_start = comp.end()
        if any(n.entry.value in ("pre", "nonact") and n.start < content_start + 30 for n in negs):
            return
        kind = self._kind_of(speaker)
        rtype = None
        if kind in ("Government", "GovernmentBody", "Official") or speaker.startswith(("gov/", "body/")):
            for m in self._mentions_in(content_start, nb):
                if m.key.startswith("group/") and m.key.rsplit("/", 1)[-1] in _LABELS:
                    rtype = "Accusation"
                    break
        if rtype is None and kind in ("NGO", "IntergovernmentalOrganization", "Official") and \
                not any(h.entry.value == "UseOfForce" and h.entry.note != "perpetrator"
                        and h.entry.pos == "v" and h.start >= content_start for h in hits):
            if kind == "Official":
                try:
                    represents = getattr(self.gz.actor(speaker), "represents", None)
                except Exception:
                    represents = None
                if not represents or self._kind_of(represents) not in (
                        "NGO", "IntergovernmentalOrganization"):
                    return
            first_cue = min([h.start for h in hits if h.start >= content_start
                             and h.entry.value in _REQUESTING], default=nb)
            abuses = [e for e in events_here if content_start <= e.start <= first_cue
                      and e.entry.value in _ABUSES]   # not the object of a demand after it
            if abuses:
                rtype = "ExpressionOfConcern" if _AR_RISK.search(self.norm, content_start, nb) \
                    else "Condemnation"
        if rtype is None:
            return
        response = Response(type=rtype, agents=[speaker],
                            evidence=[self._evidence(s, None, 0.5)], modality="asserted")
        response.date = find_date(self.norm[na:nb], self.lang, self.doc.date)
        out.responses.append(response)

    def _sentence_speaker(self, na, pos):
        """French / English: the speaker of the sentence before ``pos`` ("X described the
        trial as a travesty", "X a estimé que ..."): an actor followed by a speech verb."""
        for m in self.attr.in_range(na, pos):
            if m.kind == "MediaOutlet" or self.attr.is_locative(m):
                continue
            tail = self.norm[m.end:pos].lstrip(" ,")
            if self.lang == "fr":   # "X a quant à lui jugé ...", "X a pour sa part estimé ..."
                tail = _FR_ASIDE.sub(r"\1 ", tail)
            owned = _POSSESSED_ROLE.match(tail) if self.lang == "en" else None
            if owned is not None:
                tail = tail[owned.end():]   # "The EU's foreign policy chief said ...": the EU
            if self.attr._speech_re.match(tail) or _CALLED.match(tail):
                return self.attr._expand(m, pos)
        return []

    def _next_speaker(self, nb):
        """French / English: an evaluation standing alone ("The arrests are a disgrace.")
        followed, in the same paragraph, by a sentence ending with its speaker ("...,
        said X, director of Y"): that speaker."""
        spans = getattr(self, "_spans", None) or []
        i = bisect_left([sp[1] for sp in spans], nb)
        if i >= len(spans):
            return []
        _, na2, nb2, _ = spans[i]
        if "\n\n" in self.norm[nb:na2] or na2 - nb > 3:
            return []
        m = self.attr.tail_speaker(na2, nb2)
        return self.attr._expand(m, nb2) if m is not None else []

    def _speech_subject(self, na, nb):
        """The speaker of a sentence like "وقالت المنظمة إن ..." / "X a déclaré :", whose
        following sentences (quotes, elided subjects) continue that speaker's voice."""
        if self.lang != "ar":
            for mention in self._mentions_in(na, nb):
                if mention.kind not in AGENT_KINDS or mention.key.startswith("group/") \
                        or self.attr.is_locative(mention):
                    continue
                tail = self.norm[mention.end:min(nb, mention.end + 60)]
                if _SAID_AFTER[self.lang].match(tail):
                    return self._contextual(mention.key, mention.start)
                break
            # '« ... », a réagi X' / '"...," said X': the speaker named at the end
            if re.search(r'["\u00bb\u201d]', self.norm[na:nb]):
                tail_speaker = self.attr.tail_speaker(na, nb)
                if tail_speaker is not None:
                    return self._contextual(tail_speaker.key, tail_speaker.start)
            return None
        head = self.norm[na:min(nb, na + 80)]
        m = SPEECH_START.get(self.lang).match(head)
        if not m:
            return None
        rest_start = na + m.end()
        for mention in self._mentions_in(rest_start, rest_start + 40):
            gap_words = len(self.norm[rest_start:mention.start].split())
            if _AR_COMPLEMENTIZER.search(self.norm, rest_start, mention.start):
                break       # "وأوضح X أن تيلرسون ...": the actor is in what was said
            if mention.kind in AGENT_KINDS and not mention.key.startswith("group/") and \
                    (gap_words <= 1 or (gap_words <= 4 and mention.kind in ("Official", "GovernmentBody"))) and not (
                        mention.kind == "MediaOutlet" and re.search(ar_fold(r"وكاله|agency|agence"),
                                                                    self.norm[rest_start:mention.end])):
                return self._contextual(mention.key, mention.start)
            break
        found = self.attr._anaphor(rest_start, rest_start, rest_start, min(nb, rest_start + 30), [])
        if found is not None:
            return found.key
        if _AR_COMPLEMENTIZER.match(self.norm, rest_start) or \
                self.norm[rest_start:rest_start + 1] in ":«\"“":
            return self._ar_gendered_antecedent(na, m.group().strip())   # "وأضافت أن ..."
        return None

    def _ar_gendered_antecedent(self, na, verb):
        """Arabic: the subject of a speech verb with no subject ("وأضافت أن ..."): the
        last agent when its gender agrees with the verb, else the last actor before, in
        subject position, of the verb's gender (a state or an organisation is feminine, an
        official masculine unless the title is feminine)."""
        feminine = verb.endswith("ت")
        last = self.attr.last_agents[0] if self.attr.last_agents else None
        last_key = last if isinstance(last, str) or last is None else last.key
        candidates = [m for m in self.attr.in_range(max(0, na - 800), na)
                      if not self.attr.is_locative(m) and not m.key.startswith("group/")]
        if last_key is not None:
            for m in reversed(candidates):
                if self._contextual(m.key, m.start) == last_key or m.key == last_key:
                    if _ar_feminine(m) == feminine:
                        return None         # the last agent goes on speaking
                    break
        for m in reversed(candidates):
            if _ar_feminine(m) == feminine:
                return self._contextual(m.key, m.start)
        return None

    def _kind_of(self, key):
        try:
            actor = self.gz.actor(key)
        except Exception:
            return None
        return actor.kind if actor is not None else None

    def _ar_independent_object(self, hit, gap):
        """Arabic: a cue after another that is not merely its object, because it has its
        own agent: "الاتهامات التي وجهتها منظمة X", "تقرير المنظمة", "مشروع القرار
        الفرنسي", or a verb with its own subject after "أن" ("قلق من أن الحكومة احتجزت")."""
        attr = self.attr
        if hit.entry.note == "perpetrator":
            return True         # "تقرير يوثق عمليات قتل على أيدي X": X's own acts
        if hit.entry.value == "Accusation" and self.norm.startswith("ما ", hit.start):
            return True             # "احتجت على ما قالت إنه تدخل": the speaker's allegation
        if attr.ar_qiyam_agent(hit.start) is not None:
            return True             # "انتقدت قيام السلطات بترحيل ...": the authorities' own act
        if hit.entry.pos == "v" and attr.ar_clitic_subject(hit.start, hit.end, self._sentence_end):
            return True             # "اتهامات ترفضها القاهرة": the verb's own subject follows
        if hit.entry.pos == "v":
            comp = re.search(r"(?<!\S)(?:ان|انه|انها|بان)(?!\S)", gap)
            return bool(comp) and any(
                m.start >= hit.start - len(gap) + comp.end() and not attr.is_locative(m)
                for m in attr.in_range(hit.start - len(gap), hit.start))
        if attr.relative_agent(hit.end, self._sentence_end) is not None:
            return True
        if hit.entry.value in ("Resolution", "Report", "DiplomaticAction", "Petition") and \
                attr._demonym_owners(hit.start, hit.end):
            return True
        if hit.entry.value in ("Resolution", "Report", "Petition") or hit.entry.note == "agentive":
            ana = attr._org_anaphor.match(self.norm[hit.end:hit.end + 16].lstrip())
            if ana and re.match(r"(?:و|ف)?ال", ana.group()):
                return True         # "تقرير المنظمة"
            for m in attr.in_range(hit.end, min(self._sentence_end, hit.end + 40))[:1]:
                if not self.norm[hit.end:m.start].strip() and m.kind in (
                        "Government", "GovernmentBody", "NGO", "IntergovernmentalOrganization"):
                    return True     # "تقرير منظمة العفو"
        return False

    def _conjunction(self, hit):
        """True when an Arabic cue starts with the conjunction و/ف (not a root letter)."""
        first = hit.surface[:1]
        return self.lang == "ar" and first in "وف" and not hit.entry.cue.startswith(first)

    def _quote_open(self, pos):
        """True when a quotation opened earlier in the paragraph is still open at ``pos``."""
        para = self.norm.rfind("\n", 0, pos) + 1
        seg = self.norm[para:pos]
        if not seg:
            return False
        opened = seg.count("«") + seg.count("“")
        closed = seg.count("»") + seg.count("”")
        return opened > closed or seg.count('"') % 2 == 1

    def _contextual(self, key, pos):
        """``body/foreign-ministry`` -> the foreign ministry of the country named last;
        ``group/GB/diplomats`` (the British envoys) -> the British government."""
        parts = key.split("/")
        if len(parts) == 3 and parts[0] == "group" and parts[2] == "diplomats":
            return f"gov/{parts[1]}"
        if len(parts) != 2 or parts[0] not in ("body", "official"):
            return key
        if parts[0] == "official" and getattr(self.gz.actor(key), "represents", None):
            return key      # a curated office of an organisation (a UN special rapporteur)
        # "the Australian foreign ministry said the government is concerned": the
        # government of the actor named just before, in the same sentence
        local = parts[1] in _LOCAL_BODIES and parts[1] != "government"

        def make(iso):
            if "-" in iso and (iso not in regions_with_government()
                               or parts[1] in _NATIONAL_BODIES or iso not in self.regional):
                iso = iso.split("-")[0]
            if parts[1] in ("government", "authorities"):
                return f"gov/{iso}"
            return f"{parts[0]}/{iso}/{parts[1]}"

        def same_sentence(want_place):
            i = bisect_left(self.mention_starts, pos) - 1
            while i >= 0 and self.mentions[i].start >= self._sentence_start:
                m = self.mentions[i]
                demonym_of_body = m.form == "demonym" and i > 0 and \
                    self.mentions[i - 1].key.count("/") == 1 and \
                    self.mentions[i - 1].key.startswith("body/") and \
                    len(self.norm[self.mentions[i - 1].end:m.start].split()) <= 2
                if m.place_key and (m.form != "demonym" or demonym_of_body) and iso_of(m.place_key):
                    is_place = m.kind == "Place" or self.attr.is_place(m) or m.form == "capital"
                    if want_place and is_place:
                        return make(iso_of(m.place_key))
                    if not want_place and m.kind != "Place" and not self.attr.is_locative(m) \
                            and (m.key.startswith(("gov/", "body/", "official/")) or demonym_of_body):
                        return make(iso_of(m.place_key))
                i -= 1
            if want_place:
                # "a court in Khartoum", "jugée au Soudan": a place named after it
                j = bisect_left(self.mention_starts, pos)
                while j < len(self.mentions) and self.mentions[j].start < self._sentence_end:
                    m = self.mentions[j]
                    if m.place_key and m.form != "demonym" and iso_of(m.place_key) and (
                            m.kind == "Place" or self.attr.is_place(m) or m.form == "capital") and not (
                            self.lang == "ar" and m.form == "capital" and not self.attr.is_place(m)
                            and self.norm[max(0, m.start - 1):m.start] == "و"):
                        # (not "قصف مستشفى ... وواشنطن تفرض عقوبات": a capital opening a clause)
                        return make(iso_of(m.place_key))
                    j += 1
            return None

        if parts[1] in ("prosecutor", "court") and self.lang in ("fr", "en"):
            # "the International Criminal Court ... judges in The Hague authorised prosecutors
            # to ...": the international court named in the sentence, not the venue's state
            i = bisect_left(self.mention_starts, pos) - 1
            while i >= 0 and self.mentions[i].start >= self._sentence_start:
                if self.mentions[i].key in _INTERNATIONAL_COURTS or \
                        self.mentions[i].key.startswith(tuple(c.replace("org/", "official/") + "/"
                                                              for c in _INTERNATIONAL_COURTS)):
                    return self.mentions[i].key
                i -= 1
        if local:
            return same_sentence(True) or key
        if self.lang in ("fr", "en"):
            # "À Paris, le ministère des Affaires étrangères ...", "In Berlin, the foreign
            # ministry ...": the sentence opens on the capital (or country) it speaks from
            i = bisect_left(self.mention_starts, self._sentence_start)
            if i < len(self.mentions) and self.mentions[i].start < pos:
                m = self.mentions[i]
                head = self.norm[self._sentence_start:m.start].strip().lower()
                if m.preposition and m.place_key and iso_of(m.place_key) and \
                        head in ("a", "au", "en", "in", "from", "depuis", "de") and \
                        self.norm[m.end:m.end + 3].lstrip().startswith(","):
                    return make(iso_of(m.place_key))
        found = same_sentence(False)
        if found:
            return found
        if parts[1] == "government":
            return same_sentence(True) or key
        i = bisect_left(self.mention_starts, pos) - 1
        while i >= 0 and pos - self.mentions[i].start < 2500:
            m = self.mentions[i]
            if m.key.startswith("gov/") and m.place_key and m.kind != "Place" \
                    and not self.attr.is_locative(m):
                iso = iso_of(m.place_key)
                if iso:
                    return f"{parts[0]}/{iso.split('-')[0]}/{parts[1]}"
            i -= 1
        return key

    def _orig(self, hit):
        """The cue as written; a phrase with a gap ("أصدرت ... تقريرا") keeps its ends."""
        a, b = self.pos.to_text(hit.start), self.pos.to_text(hit.end)
        surface = self.text[a:b]
        if hit.entry is not None and ".." in hit.entry.cue:
            words = surface.split()
            if len(words) > len(hit.entry.cue.split()):
                return f"{words[0]} … {words[-1]}"
        return surface

    def _details(self, response, hit, na, nb):
        self.votes.note_response(response, hit.start)
        units = _QUANTITY_UNITS.get(response.type)
        if units:
            response.quantity = nearest_quantity(self.norm, self.lang, hit.start, na, nb, units)
        response.date = find_date(self.norm[na:nb], self.lang, self.doc.date)

    # ------------------------------------------------------------------ joint artifacts
    def _joint_add(self, out, keys, s, hit, modality, sent_norm, na, nb):
        keys = [k for k in keys if k not in self.joint_excluded]
        if self.joint is None:
            self.joint = Response(type="DiplomaticAction", agents=[],
                                  evidence=[], modality=modality)
            self._details(self.joint, hit, na, nb)
            out.responses.append(self.joint)
        ev = self._evidence(s, self._orig(hit), 0.7)
        if all(e.start != ev.start for e in self.joint.evidence):
            self.joint.evidence.append(ev)
        for k in keys:
            if k not in self.joint.agents:
                self.joint.agents.append(k)
        if self.joint.quantity is None:
            self.joint.quantity = nearest_quantity(self.norm, self.lang, hit.start, na, nb,
                                                   {"ambassadors", "countries"})

    def _opinion_holder(self, na, pos):
        """French: "Pour Amnesty International, le procès était inéquitable": the actor whose
        view the sentence opens with."""
        if self.lang != "fr" or not _FOR_X.match(self.norm, na):
            return []
        for m in self.attr.in_range(na, pos)[:1]:
            if _FOR_X.fullmatch(self.norm[na:m.start]) and \
                    self.norm[m.end:m.end + 2].lstrip().startswith(","):
                return [m]
        return []

    def _recent_organisation(self, out, pos, width=1500):
        """The organisation that acted last, shortly before ``pos`` (an unnamed researcher
        quoted after its report speaks for it)."""
        for r in reversed(out.responses):
            if not r.evidence or r.evidence[0].start > pos or pos - r.evidence[0].start > width:
                continue
            keys = [k for k in r.agents if self._kind_of(k) in ("NGO", "IntergovernmentalOrganization")]
            if keys:
                return keys
        return []

    def _published_by(self, hit, nb):
        """French / English: the author of a text named by a participle and a by-phrase after
        it ("un rapport préliminaire publié jeudi par X", "a report released on Tuesday by
        X"), or None."""
        by = _PUBLISHED_BY[self.lang].match(self.norm, hit.end, nb)
        if by is None:
            return None
        for m in self.attr.in_range(by.end(), min(nb, by.end() + 40))[:1]:
            if not self.norm[by.end():m.start].strip(" '") or \
                    re.fullmatch(r"\s*(?:the|la|le|les|l')\s*", self.norm[by.end():m.start]):
                return m
        return None

    def _governing_region_subject(self, na, cue_start):
        """The government of a region (gov=1 in regions.tsv) named as the subject of the
        verb at ``cue_start``: first in its clause (after "the state of", "l'État de"), a few
        words at most (auxiliaries, adverbs, a day) before the verb."""
        for m in reversed(self.attr.all_mentions):
            if m.start >= cue_start or m.end <= na:
                continue
            if m.form != "region" or not self.gz.has_government(m.key) or m.preposition:
                return None
            before = self.norm[max(na, m.start - 40):m.start]
            clause = re.split(r"[,;:\u00ab\u00bb\"()]|\s[-\u2013\u2014]\s|\.\s", before)[-1]
            if not _REGION_SUBJECT_BEFORE[self.lang].fullmatch(clause):
                return None
            gap = self.norm[m.end:cue_start]
            if re.search(r"[,;:.\u00ab\u00bb\"]", gap) or len(gap.split()) > 4:
                return None
            code = m.key.split("/", 1)[1]
            self.regional.add(code)     # its own authorities act: its officials are its own
            return "gov/" + code
        return None

    def _statement_signers(self, out, idx, s, na, nb, hits, negs, n_before):
        """French / English: a joint statement whose signatories are named in a later
        sentence ("Six governments denounced ... in a joint statement. '...we demand ...',
        the text reads. It was signed by X, Y and Z, but not by W"): ONE response per type
        of what the statement says, with every signatory named (minus the excluded ones).

        What the signers say in the statement's own sentence is registered, so that a
        later sentence whose subject is the collective ("The envoys urged ...", "Les
        signataires exhortent ...", "They also called for ...") speaks for all of them, and
        signatories named later ("The statement was also signed by X and Y") join every
        part of it."""
        live = [h for h in hits if not self._negated(h, negs, na)]
        content = [h.entry.value for h in live if h.entry.value in _STATEMENT_TYPES
                   and h.entry.note not in ("statement", "artifact")]
        if any(h.entry.note == "statement" for h in live):
            said = {}
            for r in out.responses[n_before:]:
                if r.type in _STATEMENT_TYPES and len(r.agents) >= 2 and r.type not in said:
                    said[r.type] = r
            self.statement = {"types": list(dict.fromkeys(content)), "last": idx,
                              "responses": said, "evidence": [self._evidence(s, None, 0.65)]}
            return
        st = self.statement
        if st is None:
            return
        if idx - st["last"] > 3:
            self.statement = None
            return
        sent = self.norm[na:nb]
        if content and _COLLECTIVE_SUBJECT[self.lang].match(sent):
            signers = []
            for r in st["responses"].values():
                signers += [k for k in r.agents if k not in signers]
            if not signers:     # signatories still to be named: they will say this too
                st["types"] += [t for t in content if t not in st["types"]]
                st["last"] = idx
                return
            ev = self._evidence(s, None, 0.65)
            for t in dict.fromkeys(content):
                for r in [r for r in out.responses[n_before:] if r.type == t
                          and r.modality != "requested" and r is not st["responses"].get(t)]:
                    out.responses.remove(r)
                known = st["responses"].get(t)
                if known is None:
                    known = Response(type=t, agents=[], evidence=[], modality="asserted")
                    known.date = find_date(sent, self.lang, self.doc.date)
                    self.votes.note_response(known, na)
                    st["responses"][t] = known
                    out.responses.append(known)
                known.agents += [k for k in signers if k not in known.agents]
                if all(e.start != ev.start for e in known.evidence):
                    known.evidence.append(ev)
            st["last"] = idx
            return
        if _STATEMENT_TEXT[self.lang].search(sent) or sent.lstrip()[:1] in "\"«“":
            for t in content:          # '« Nous condamnons ... exigeons ... », indique le texte'
                if t not in st["types"]:
                    st["types"].append(t)
            st["last"] = idx
        strong = self.strong_re.search(sent)
        if not strong or not (st["types"] or st["responses"]):
            return
        start = na + strong.end()
        stop = _SIGNERS_EXCLUDED[self.lang].search(self.norm, start, nb)
        end = stop.start() if stop else nb
        signers = []
        for m in self._mentions_in(start, end):
            key = self._contextual(m.key, m.start)
            if m.kind in ("Government", "IntergovernmentalOrganization", "GovernmentBody",
                          "Official", "NGO") and key not in signers and \
                    key not in self.joint_excluded and m.form not in ("demonym", "region"):
                signers.append(key)
        if not signers:
            return
        ev = self._evidence(s, None, 0.65)
        for t in dict.fromkeys(st["types"] + list(st["responses"])):
            r = st["responses"].get(t)
            if r is None:
                r = Response(type=t, agents=[], evidence=list(st["evidence"]), modality="asserted")
                r.date = find_date(self.norm[na:nb], self.lang, self.doc.date)
                self.votes.note_response(r, na + strong.start())
                st["responses"][t] = r
                out.responses.append(r)
            for k in signers:
                if k not in r.agents:
                    r.agents.append(k)
            if all(e.start != ev.start for e in r.evidence):
                r.evidence.append(ev)
        st["last"] = idx

    def _joint_members(self, s, sent_norm, na, nb, negs, excluded, artifact_named):
        if self.joint is None:
            return
        strong = self.strong_re.search(sent_norm)
        weak = self.weak_re.search(sent_norm)
        if not (strong or (weak and artifact_named)):
            return
        for n in negs:
            if n.entry.value in ("nonact", "pre") and strong and abs(n.end - (na + strong.start())) < 25:
                return
        added = False
        for m in self._mentions_in(na, nb):
            key = self._contextual(m.key, m.start)
            if m.kind not in ("Government", "IntergovernmentalOrganization", "GovernmentBody",
                              "Official") and not key.startswith("gov/"):
                continue
            if key in excluded or key in self.joint_excluded:
                continue
            if self.attr.is_locative(m):
                continue
            if key not in self.joint.agents:
                self.joint.agents.append(key)
                added = True
        if added:
            ev = self._evidence(s, None, 0.65)
            if all(e.start != ev.start for e in self.joint.evidence):
                self.joint.evidence.append(ev)

    # ------------------------------------------------------------------ events & actors
    def _localise(self, out: Extraction, place):
        """Give generic actors their place, drop vague ones (see :func:`.events.localise`)."""
        kept = []
        for r in out.responses:
            r.agents = localise(r.agents, place, vague_for(r.type, _VAGUE_GROUPS), self.regional)
            if r.agents:
                kept.append(r)
        out.responses = kept

    def _finish(self, out: Extraction):
        if self.joint is not None:
            self.joint.agents = [k for k in self.joint.agents if k not in self.joint_excluded]
            if not self.joint.agents:
                out.responses = [r for r in out.responses if r is not self.joint]
        # the document's situations, and the one each response answers (see .events)
        sentences_by_index = {i: s for i, s in enumerate(self.sentences)}
        events, places = self.votes.events(out.responses, sentences_by_index, self.doc.date)
        out.events.update(events)
        main = self.votes.main_place
        kept = []
        for r in out.responses:
            r.agents = localise(r.agents, places.get(id(r), main), vague_for(r.type, _VAGUE_GROUPS),
                                self.regional)
            if r.agents:
                kept.append(r)
        out.responses = drop_state_demonstrators(kept, self.gz)    # rallies are people's (.crowds)
        for r in out.responses:
            self._titled_principals(r, places.get(id(r), main))
            for key in r.agents:
                self._add_actor(out, key)
        for event in out.events.values():
            if event.perpetrator:
                self._add_actor(out, event.perpetrator)
                if event.perpetrator not in out.actors:
                    event.perpetrator = None
        for m in self.mentions:
            out.mentions.add(m.key)
            if m.place_key:
                out.mentions.add(m.place_key)
        for event in out.events.values():
            if event.place and event.place not in out.places:
                try:
                    out.places[event.place] = self.gz.place(event.place)
                except Exception:  # unknown code: keep the event, skip the place record
                    pass

    def _titled_principals(self, r, place):
        """"Prime Minister X", "le ministre X", "وزير الداخلية X" with no country named:
        the person acts for the government of the situation's country (a region's only
        when its own authorities are the subject); an unattached spokesperson or envoy
        next to a named organisation is left to it."""
        iso = (iso_of(place) or place) if place else None
        if not iso or "/" in iso:
            return
        if "-" in iso and (iso not in regions_with_government() or iso not in self.regional):
            iso = iso.split("-")[0]
        for key in r.agents:
            if not key.startswith("person/"):
                continue
            actor = self.gz.actor(key)
            if actor is None or actor.represents or not self.gz.state_role(actor.role):
                continue
            if actor.role in self.gz._STATE_ROLES_NO_BODY and self._org_near(key):
                continue
            own = self._own_region_of(key, actor.role, iso)
            if own is not None:     # "Gov. X", "State Attorney General X" where a state acts
                self.gz.assign_principal(key, "gov/" + own)
                continue
            # (a colleague the speaker reports on acts for the speaker's government: .principals)
            self.gz.assign_principal(key, "gov/" + (speaker_country(
                self.norm, self.mentions, key, self.lang, self.gz) or iso))

    def _own_region_of(self, key, role, iso):
        """The one region of ``iso`` whose own government acts in the text (gov=2 units such
        as US states, whose situations are placed at country level) when the titled person
        ``key`` holds a sub-national office there: a governor, or a title that says "state"."""
        here = [c for c in self.regional if c.split("-")[0] == iso and "-" in c
                and self.gz.has_government("place/" + c)]
        if len(here) != 1:
            return None
        for m in self.mentions:
            if m.key == key:
                lead = self.norm[max(0, m.start - 12):m.start + 12]
                if role in _SUBNATIONAL_ROLES or _STATE_TITLE[self.lang].search(lead):
                    return here[0]
                return None
        return None

    def _org_near(self, key, width=120):
        """Whether an organisation is named close to the first mention of ``key``."""
        for i, m in enumerate(self.mentions):
            if m.key == key:
                lo, hi = m.start - width, m.end + width
                return any(o.key.startswith("org/") and lo <= o.start <= hi
                           and o.kind in ("NGO", "IntergovernmentalOrganization")
                           for o in self.mentions)
        return False

    def _add_actor(self, out, key):
        if key in out.actors:
            return
        try:
            actor = self.gz.actor(key)
        except Exception:
            actor = None
        if actor is not None:
            out.actors[key] = actor
