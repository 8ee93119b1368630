"""Token patterns, match categories and word lists of the gazetteer's matcher
(:mod:`.lookup` and its mixins): the three languages, the categories of raw matches and
their priorities, Arabic proclitics, characters that break a name, function words,
locative prepositions, words that stop or may follow a name, and the words around a
minister's portfolio."""

from __future__ import annotations

import re
from operator import itemgetter

LANGS = ("ar", "fr", "en")
SKIP = "\u0640"
_TOKEN_RE = re.compile(r"[^\W_]+")
_TOKEN_SPLIT_RE = re.compile(r"([^\W_]+)")
_KEY = itemgetter(2)

# categories of raw matches
NAME, CAP, DEM, REGION, RDEM, ORG, PERSON, BODY, TITLE, GROUP, BLOCK = (
    "name", "capital", "demonym", "region", "rdem", "org", "person", "body", "title",
    "group", "block")

_PRIO = {BLOCK: 100, NAME: 90, ORG: 85, REGION: 80, PERSON: 75, DEM: 70, RDEM: 68,
         BODY: 60, TITLE: 55, GROUP: 50, CAP: 40}

# Arabic proclitic combinations tried on the first token of a match (longest first).
_AR_PREFIXES = ("ولل", "فلل", "وبال", "فبال", "وكال", "وب", "ول", "وك", "فب", "فل", "فك",
                "لل", "و", "ف", "ب", "ل", "ك")

_AR_PROCLITIC_FIRST = set(p[0] for p in _AR_PREFIXES)
# characters that end a multi-word name (a pattern never spans them)
_BREAK_CHARS = set(",;:()[]{}\"«»“”„‟‹›\n\r\t،؛؟!?/|")
_PLACE_FORMS = ("name", "capital", "region")
_FUNCTION_WORDS = set("""
in at the from to for of on by with and but as since after before until when while without
into near across throughout both between against like unlike about over under than
en au aux a de du des le la les et pour vers dans depuis apres avant chez sur sous contre
entre par avec sans selon malgre pres via ou mais l d
""".split())

# capitals that are also first or family names ("Paris Hilton", "George Washington")
_CAPITAL_FIRST_NAMES = {"Washington", "Paris", "Sofia", "Victoria", "Lima", "Santiago",
                        "Kingston", "Salvador", "Georgetown", "Roseau", "Praia"}

_LOCATIVE = {
    "ar": {"في", "امام", "داخل", "خارج", "قرب"},
    "fr": {"en", "au", "aux", "a", "dans", "devant", "chez", "pres"},
    "en": {"in", "at", "inside", "outside", "near", "within"},
}
_ARTICLES = {"fr": {"le", "la", "les", "l"}, "en": {"the"}, "ar": set()}

_AR_STOP = set("""
ان ان ان في علي علي من الي الي عن مع الذي التي الذين اللذين قد لقد كما حيث لكن او ثم
قال قالت يقول تقول اعلن اعلنت اكد اكدت اضاف اضافت اعرب اعربت دعا دعت طالب طالبت
صرح صرحت اوضح اوضحت ذكر ذكرت اشار اشارت نفي نفت رفض رفضت وصف وصفت امس اليوم يوم
خلال بعد قبل عند هذا هذه ذلك تلك الحكومه حكومه وزير وزيره رئيس الرئيس ب ل و
انه انها انهم انهما بانه بانها لانه لم لن لا ما هو هي هم هما كان كانت يكون ليس سوف تم يتم
كبير كبيره سابق سابقه جديد جديده رفيع المستوي اخر اخري مساء صباح الاحد الاثنين الثلاثاء
الاربعاء الخميس الجمعه السبت له لها لهم به بها فيه فيها منه منها عليه عليها اليه اليها
مجموعه منظمه جماعه حزب هيئه لجنه مجلس وكاله شركه اداره دعم حقوق الانسان بيان تصريح
تصريحات كلمه خطاب مؤتمر صحفي صحافي رسالة رساله
فتح تعليق ارسال تشكيل اجراء فرض تجميد منح تقديم استدعاء طرد سحب وقف الغاء اطلاق
""".split())    # (last line: acts announced after a title, "أعلن المدعي العام التونسي فتح تحقيق")
# verbs of acts that follow a subject in "أما X فاتهم" / "X اتهم": never a word of a name
_AR_ACT_VERBS = set("""
اتهم اتهمت ندد نددت ادان ادانت انتقد انتقدت حذر حذرت اعتبر اعتبرت رحب رحبت شدد شددت حمل حملت
استنكر استنكرت هاجم هاجمت طالب طالبت دعا دعت قال قالت نفي نفت رفض رفضت اكد اكدت
""".split())
# tokens that may follow an Arabic name (otherwise an unknown name is not trusted)
_AR_AFTER_NAME = set("""
ان في خلال لدي امام يوم امس اليوم مساء صباح عن علي من الي مع ل ب قائلا قوله قولها الذي التي
قال قالت اكد اكدت اعلن اعلنت صرح صرحت اضاف اضافت يقول تقول
""".split())
_FR_NAME_STOP = {"Le", "La", "Les", "Un", "Une", "Ce", "Cette", "Il", "Elle", "M", "Mme",
                 "De", "Du", "Des", "Et", "En", "Au", "Aux", "A", "À", "Dans", "Pour",
                 "Selon", "Lors", "Mais", "Sur"}
_EN_NAME_STOP = {"The", "A", "An", "This", "That", "He", "She", "It", "They", "On",
                 "In", "At", "For", "And", "But", "Mr", "Mrs", "Ms", "Dr", "Said", "Says",
                 "Told", "Of", "To", "By", "As", "Who", "Which", "Has", "Had", "Was", "Is"}
_LEAD_ARTICLES = {"the", "le", "la", "les", "l", "die", "der", "das"}
_NAME_PARTICLES = {"de", "du", "des", "da", "di", "van", "von", "der", "al", "el", "bin",
                   "ben", "ibn", "la", "le", "abu", "bint", "d"}


_PORTFOLIO_OF = {"de", "du", "des", "of", "for"}
_PORTFOLIO_ART = {"la", "l", "the"}
_PORTFOLIO_LINK = {"et", "and", "de", "des", "du", "la", "l", "of", "the"}

_MINISTRIES = {"foreign-ministry", "interior-ministry", "justice-ministry", "defence-ministry",
               "immigration-ministry"}
