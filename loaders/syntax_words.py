"""Small closed-class word lists of the extractor's syntax, per language.

Not lexicon (the response, negation, modality, boilerplate and situation lexicons are the
``lang/*/*.tsv`` tables read by :mod:`cues`): the nouns that make a diplomatic act a joint one
and the words that bring its co-signers in, the words that end a clause or open a contrast,
an organisation's own voice, passives, speech openers, objects before their verb, heads of
bodies, speech verbs, sources, "said that" and light verbs. Patterns are matched on the
normalised text (Arabic letters folded as normalisation does, see :func:`_ar_re`).

Examples
--------
>>> import re
>>> from rightsgraph.loaders.syntax_words import BUT
>>> bool(re.search(BUT["en"], "condemned the arrests but declined to comment"))
True
"""

from __future__ import annotations

import re

_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def _ar_re(pattern: str):
    """Compile a pattern after folding its Arabic letters as normalisation does."""
    return re.compile(pattern.translate(_AR_FOLD))


# Group nouns that make a diplomatic act a joint one, and the words that bring its
# co-signers in ("strong": enough alone; "weak": only with the artifact named).
GROUP_NOUNS = {
    "en": r"\b(?:ambassadors|envoys|diplomats|signatories|group of \d+ (?:countries|states|governments))\b",
    "fr": r"(?<!\w)(?:ambassadeurs|diplomates|envoyes|signataires)(?!\w)",
    "ar": r"(?<!\S)(?:\S?سفيرا|\S?سفراء|\S*المبعوثون|\S*المبعوثين|\S?مبعوثين|\S*دبلوماسيا)(?!\S)",
}
MEMBER_STRONG = {
    "en": r"\b(?:signatories|co-?signed|signed by|have signed|has signed|signed the|took the lead|drafted)\b",
    "fr": r"(?<!\w)(?:signataires|signee par|signe par|ont signe|a signe|cosign\w*|a pris la tete|redige\w*)(?!\w)",
    "ar": r"(?:الموقعين|الموقعون|وقعت|وقعها|وقع عليها|اسماء|زمام المبادره|صياغتها)",
}
MEMBER_WEAK = {
    "en": r"\b(?:including|among|include|includes|such as|as well as)\b",
    "fr": r"(?<!\w)(?:notamment|dont|parmi|y compris)(?!\w)",
    "ar": r"(?:بما في ذلك|بينهم|منهم|هي)",
}
BUT = {"en": r"\b(?:but|however|yet)\b", "fr": r"(?<!\w)(?:mais|cependant|toutefois)(?!\w)",
        "ar": r"(?:لكن|ولكن|غير ان|الا ان|(?<!\S)(?:في حين|بينما)(?!\S))"}
COORD_BETWEEN = {"en": r"(?:\band\b|\bthen\b|\bbut\b|;|,\s*$|\bwhile\b|\bafter\b)",
                  "fr": r"(?:(?<!\w)et(?!\w)|(?<!\w)puis(?!\w)|(?<!\w)mais(?!\w)|;|,\s*$|apres)",
                  "ar": r"(?:[؛;،,]|(?<!\S)ثم(?!\S)|لكن|(?<!\S)(?:بعد|بينما|في حين)(?!\S))"}
ORG_VOICE = re.compile(r"(?<!\w)(?:notre organisation|our organisation|our organization|"
                        r"منظمتنا|nous demandons|we are calling|we call on|nous appelons|"
                        r"nous exigeons|نطالب)(?!\w)")
NEVER = re.compile(r"$^")
AGAINST = {"en": re.compile(r"\b(?:against|on)\s+(?:the\s+)?$"),
            "fr": re.compile(r"(?<!\w)(?:contre|envers)\s+(?:les\s+|des\s+)?$"),
            "ar": (_ar_re(r"(?<!\S)(?:ضد|على|بحق)\s+(?:ال)?$"))}
PASSIVE_NEAR = {"en": re.compile(r"\b(?:was|were|has been|have been|had been)\s+\w+(?:ed|en|wn|nt)\b"),
                 "fr": re.compile(r"(?<!\w)(?:a ete|ont ete|avait ete|etait|sont)\s+\w+(?:e|ee|es|ees|is|it)(?!\w)")}
SPEECH_START = {
    "ar": (_ar_re(r"\W*(?:و|ف)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت|ذكر|ذكرت|"
                             r"صرح|صرحت|تابع|تابعت|شدد|شددت)\s+")),
    "en": re.compile(r"$^"), "fr": re.compile(r"$^"),
}

# Words around an actor that tell its role (attribution.py).
# Words that, right before an actor mention, make it an object, addressee or place.
OBJECT_BEFORE = {
    "en": r"(?:in|at|to|on|onto|against|with|from|into|toward|towards|outside|inside|near|of|"
          r"for|about|over|across|throughout|within|between|among|around|urged|urging|urges|"
          r"accused|accusing|accuses|blamed|blaming|thanked|thanking|summoned|summoning|"
          r"criticised|criticized|criticising|criticizing|condemned|condemning|sanctioned|"
          r"sanctioning|sanctions on|sanctions against|called on|calls on|calling on|pressed|"
          r"pressing|asked|asking|told|telling|embassy of|embassies of|than|by|via|under)",
    "fr": r"(?:a|au|aux|en|dans|devant|contre|avec|vers|envers|de|des|du|d'|sur|pour|chez|"
          r"aupres de|aupres du|pres de|entre|parmi|ambassade de|ambassades de|"
          r"appelle|appellent|exhorte|accuse|accusent|condamne|remercie|par)",
    "ar": r"(?:في|الى|إلى|على|مع|ضد|عن|امام|لدي|لدى|بين|داخل|خارج|نحو|تجاه|حول|بشان|"
          r"سفاره|سفارات)",
}

# Titles and speaker nouns that allow "of X" / "de X" / "لـ X" to be the agent.
HEAD_OF = {
    "en": r"(?:spokes\w*|director|head|chief|leader|secretary|secretary-general|president|"
          r"minister|members?|representatives?|ambassador|envoy|officials?|chairman|chair|"
          r"prosecutor|researcher|coordinator|group|behalf|those|delegation|delegations)\s+(?:general\s+)?(?:of|for)|"
          r"(?:^|[.;:!?,]\s*)(?:several\s+|some\s+)?(?:dozens|scores|hundreds|thousands|a\s+handful|"
          r"a\s+dozen|about\s+\d+|some\s+\d+)\s+of\s*(?:the\s+)?$|"
          r"(?:statement|declaration|report|letter|message|communique|comments)\s+(?:from|by|of|released by)",
    "fr": r"(?:porte-parole|directeur|directrice|chef|responsable|secretaire general|"
          r"secretaire|president|presidente|ministre|membres?|representants?|ambassadeur|"
          r"procureure?|dirigeant|chercheur|chercheuse|nom|ceux|celles|delegation|delegations)\s+(?:generale?\s+)?(?:de|du|des|d')|"
          # "Une vingtaine d'eurodéputés ont adressé", "À Bruxelles, des dizaines de diplomates ont ..."
          # (anchored itself: the last alternative takes the article and the end of HEAD_OF's users)
          r"(?:^|[.;:!?,]\s*)(?:une|des|plusieurs|quelques|pres d'une|environ|au moins)?\s*(?:\d+\s+)?"
          r"(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|dizaines|"
          r"centaines|milliers|millier|poignee)\s+(?:de\s*|d')$|"
          r"(?:declaration|communique|rapport|lettre|message|commentaire)\s+(?:de|du|des|d'|publie par)",
    "ar": r"(?:باسم|تقرير|تقريرا|بيان|بيانا|دراسه|رساله|المتحدث\S*|مدير\S*|رئيس\S*|زعيم|الامين العام|امين عام|ممثل\S*|"
          r"سفير|مندوب|الناطق\S*|مسؤول\S*|صادر عن|الصادر عن|الصادره عن|صادره عن)",
}

SPEECH = {
    "en": r"(?:said|says|told|stated|declared|added|explained|noted|according to|announced|"
          r"claimed|claims|insisted|insists|stressed|warned|asserted|argued|argues|wrote|"
          r"described|describes|characterised|characterized|retorted|replied)",
    "fr": r"(?:a declare|a dit|a indique|a affirme|a ajoute|a precise|a estime|selon|"
          r"declare|affirme|indique|souligne|a souligne|ont affirme|ont declare|a deplore|"
          r"a assure|assure|estime|a juge|juge|a martele|a insiste|a averti|a rappele|"
          r"rappelle|a ecrit|ajoute|precise|a explique|explique|a reagi|reagi|a commente|"
          r"a fait valoir|a fait savoir|a tweete|a denonce|a regrette|a lance|"
          r"a replique|a retorque|a repondu|ont replique|ont retorque|ont repondu|replique|retorque)",
    "ar": r"(?<!\S)(?:و|ف)?(?:قال\S*|اضاف\S*|ذكر\S*|صرح\S*|اكد\S*|اوضح\S*|افاد\S*|اعلن\S*|وفقا ل|بحسب)",
}

# A news outlet named as the source of a report is not an agent ("according to Reuters",
# "videos verified by The Associated Press", "des images authentifiées par l'AFP").
SOURCE = {
    "en": (r"(?:according to|reported by|told|quoted by|cited by|verified by|confirmed by|reviewed by|seen by|"
           r"obtained by|geolocated by|authenticated by|analy[sz]ed by)\s*(?:the\s*)?$",
           r"^\s*(?:reported|said|quoted|cited|reports)\b"),
    "fr": (r"(?:selon|d'apres|a rapporte|rapporte par|cite par|a declare a|a indique a|verifiee?s? par|"
           r"authentifiee?s? par|consultee?s? par|obtenue?s? par|geolocalisee?s? par)\s*(?:(?:le|la|l')\s*)?$",
           r"^\s*(?:a rapporte|rapporte|indique|cite)"),
    "ar": (r"(?:وفقا ل|بحسب|حسب|نقلت|نقل|تقول|نقول|ذكرت|ذكر|افادت|قالت|قال|ل)\s*$",
           r"^\s*(?:ان|أن|إن)?\s*$"),
}

SAID_THAT = {
    "en": r"\b(?:(?:said|says|stated|announced|added|reported|claimed|told \S+)\s+(?:on \S+\s+|last \S+\s+)?that\s+"
          r"|(?:said|says|claimed|told \S+)\s+(?:on \S+\s+|last \S+\s+)?)"
          r"(?!he\b|she\b|it\b|they\b|his\b|her\b|its\b|their\b|we\b|that\b|in\b|on\b|last\b|this\b|"
          r"earlier\b|later\b|yesterday\b|today\b)\S",
    "fr": r"(?:a declare|a dit|a indique|a affirme|a annonce|affirme|declare|indique|estime)\s+(?:que\s+|qu')(?!il\b|elle\b|ils\b|elles\b|son\b|sa\b|ses\b|leur\b)\S",
    "ar": r"(?:قال|قالت|اضاف|اضافت|ذكر|ذكرت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت)\S*\s+(?:\S+\s+){0,6}?(?:ان|إن|أن)\s",
}

LIGHT_VERB = {
    "en": r"\b(?:helped|helping|aided|carried out|conducted|made|held|hold|holds|staged|organised|organized|published|publishes|issued|issues|released|adopted|passed|delivered|handed|launched|led|submitted|filed|sent|wrote|signed|opened|imposed|gathered|collected)\b",
    "fr": r"(?:a aide|ont aide|aide a|a mene|ont mene|a procede|ont procede|a publie|ont publie|publie|a organise|ont organise|organise|a remis|ont remis|remet|a adopte|a vote|a lance|a envoye|a ecrit|a signe|a ouvert|a impose|a depose|ont collecte|a collecte)",
    "ar": r"(?<!\S)(?:و|ف)?(?:س)?(?:ت|ي|ن)?(?:عمل(?:ت|وا|ون)?(?!\S)|وفر\S*|توفير|استمر\S*|تستمر|يستمر|واصل\S*|تواصل|يواصل|ساعد\S*|عرض\S*|شن\S*|نفذ\S*|قام\S* ب|اصدر\S*|نشر\S*|نظم\S*|قدم\S*|سلم\S*|اقر\S*|تبن\S*|اطلق\S*|وجه\S*|ارسل\S*|فتح\S*|فرض\S*|جمع\S*)",
}
