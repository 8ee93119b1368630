"""Pattern and word tables of attribution (:mod:`.attribution` and its mixins): function
words per language (syntax, not lexicon), the agent kinds, and Arabic letter folding
(:func:`ar_fold`) and passive spelling (:func:`ar_passive_written`).
"""

from __future__ import annotations

import re

# Groups that are never the agent of a response (vague, or perpetrators of the situation).
VAGUE_GROUPS = {"diplomats", "journalists", "experts", "observers", "sources", "officials",
                "residents", "witnesses", "analysts", "victims", "survivors", "terrorists",
                "militants", "extremists", "islamists", "separatists", "rioters"}

AGENT_KINDS = {"Government", "GovernmentBody", "Official", "NGO",
               "IntergovernmentalOrganization", "MediaOutlet", "Group", "Person"}

_ARTICLE = {"en": r"(?:\s*\b(?:the|a|an))?", "fr": r"(?:\s*(?<!\w)(?:le|la|les|l'|un|une|des))?", "ar": r""}

# Locative prepositions that head a list of places ("in countries such as").
_LOCATIVE = {
    "en": r"(?:in|at|outside|inside|near|across|throughout)",
    "fr": r"(?:a|au|aux|en|dans|devant|pres de|chez)",
    "ar": r"(?:في|امام|داخل|خارج|(?:و|ف)?(?:شهد|شهدت|يشهد|تشهد))",   # "ويشهد العراق احتجاجات": a place
}

_SUCH_AS = {"en": r"(?:such as|like|including|notably)",
            "fr": r"(?:tels que|telles que|tel que|comme|notamment|dont)",
            "ar": r"(?:مثل|منها|بينها|بما في ذلك)"}

_PASSIVE_BY = {"en": r"(?:by)", "fr": r"(?:par)",
               "ar": r"(?:من قبل|على ايدي|على يد|بواسطه)"}

_LED_BY = {"en": r"(?:led by|headed by|spearheaded by)",
           "fr": r"(?:menee? par|menes par|menees par|conduite? par|sous la conduite de)",
           "ar": r"(?:تقودها|يقودها|بقياده|تتزعمها|بزعامه)"}

# (after a short adverbial opening the sentence: "On Wednesday he accused ...", "Mercredi,
# il a accusé ...")
_PRONOUN_LEAD = {
    "en": r"(?:(?:on|in|at|later|earlier|meanwhile|separately|then|speaking|writing)\b"
          r"[^,.;:\"\u201c\u00ab]{0,40}?,?\s+)?",
    "fr": r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|plus tard|par ailleurs|"
          r"de son cote|de leur cote|sur les reseaux sociaux|dans un communique|lors d'une?)\b"
          r"[^,.;:\"\u201c\u00ab]{0,40}?,?\s+)?",
}
_PRONOUN_START = {
    "en": r"^\W*" + _PRONOUN_LEAD["en"] + r"(?:it|he|she|they|the (?:group|organisation|organization|"
          r"agency|watchdog|body|council|committee))\b",
    "fr": r"^\W*" + _PRONOUN_LEAD["fr"] + r"(?:il(?! est\b)(?! faut\b)(?! y a\b)|elle|ils|elles|"
          r"l'organisation|l'organisme|le groupe|l'ong|l'agence|celui-ci|celle-ci)\b",
    "ar": r"^\W*(?:و|ف)?(?:المنظمه|الوزاره|الحكومه|الهيئه|المجموعه|هو|هي|هم|لكنه|لكنها|ولكنه|ولكنها|انه|انها)(?!\S)",
}

_WE = {
    "en": r"\b(?:we|our|us|our organisation|our organization)\b",
    "fr": r"(?<!\w)(?:nous|notre|nos|notre organisation)(?!\w)",
    "ar": r"(?<!\S)(?:نحن|منظمتنا|لدينا|اننا|إننا|نطالب|ندعو|نطلب)(?!\S)",
}

# Words allowed between an Arabic verb and its subject ("قال اليوم وزير ...").
_AR_FILLER = re.compile(r"(?:ال|و)?(?:يوم|اليوم|امس|ايضا|بدوره|بدورها|الاثنين|الثلاثاء|الاربعاء|"
                        r"الخميس|الجمعه|السبت|الاحد|مساء|صباح|الماضي|الماضيه|الاسبوع|امس|"
                        r"الثلاثاء|،|,|\(|\)|قد|كان|كانت|تقرير|بيان|رساله|نداء|مكتب)")

# Heads of an Arabic subject noun phrase whose actor comes right after ("منظمة «X»",
# "الأمين العام لحزب X", "افتتاحية صحيفة X"): still verb-subject order.
_AR_SUBJECT_HEAD = re.compile(
    r"(?:ال)?(?:منظمه|جمعيه|رابطه|صحيفه|افتتاحيه|حركه|جماعه|هيئه|مجموعه|وكاله|شبكه|لجنه|مركز|مجلس|"
    r"دوله|جمهوريه|مملكه|سلطنه|اماره|"      # a state's style before its name ("دولة الإمارات")
    r"مؤسسه|مرصد|اتحاد|نقابه|بعثه|مفوضيه|تحالف|ايتلاف|حزب|منظمتا|منظمتان|جمعيتا|حكومتا|دولتا|"
    r"الامين|امين|العام|عام|المتحدث|المتحدثه|متحدث|متحدثه|الناطق|الناطقه|باسم|رئيس|رئيسه|"
    r"رييس|رييسه|نايب|هييه|موسسه|"     # (the normalised text folds ئ ؤ to ي و)
    r"نائب|مندوب|مندوبه|سفير|سفيره|مدير|مديره|ممثل|ممثله|زعيم|وزير|وزيره|مفوض|مفوضه|"
    r"السامي|الساميه|الدايم|الدايمه|التنفيذي|التنفيذيه|الرسمي|"
    r"ممثلو|ممثلي|مسوولو|مسوولي|اعضاء|خبراء|محققو|موظفو|دبلوماسيو|سفراء|وزراء|قاده|زعماء|"
    r"وزارات|سفارات|حكومات|خارجيه|خارجيات|برلمانات)|"
    r"ل(?:ال)?(?:منظمه|جمعيه|حزب|جماعه|حركه|هيئه|صحيفه|وزاره|الحكومه)")

_AR_REL_AGENT = re.compile(r"\s*(?:التي|الذي|الذين)\s+(?:قد\s+|كانت\s+|كان\s+)?\S+(?:ها|ه|هم)(?!\S)")

_AR_APPOSITION = re.compile(r"\s*(?:\S+\s+){0,2}?(?:و)?(?:هي|هم|منها|منهم|من بينها|من بينهم|بينها|مثل)\s+")

_AR_OFFICIALS = re.compile(r"(?<!\S)(?:و)?(?:ال)?(?:مسوولين|مسوولون|مشرعين|مشرعون|نواب|برلمانيين|"
                           r"دبلوماسيين|وزراء|قاده|زعماء)(?!\S)")

_AR_PARTITIVE = re.compile(r"\s*(?:كل|كلا|عدد|بعض|العديد|عدد كبير|مجموعه|عناصر|افراد|مقاتلين|مسلحين|"
                           r"جنود|مقاتلون|مسلحون)\s+من\s+")

# "إن" opening what was said, after "in a statement / on Twitter" ("قالت X في بيان إن").
_AR_COMP_START = re.compile(r"\s*(?:(?:في|عبر|خلال)\s+(?:[^\s.،,]+\s+){0,3}?)?(?:ان|انه|انها|بان)(?!\S)")

# Verbs of rejection and denial: the noun cue after them (and their subject) is their object.
_AR_REJECT_VERB = re.compile(r"(?:و|ف)?(?:رفض|رفضت|يرفض|ترفض|رفضوا|يرفضون|نفي|نفت|ينفي|تنفي|نفوا|"
                             r"استنكر|استنكرت|انتقد|انتقدت)")

# Clearly feminine / masculine heads of Arabic actor noun phrases (folded), for verb-subject
# agreement here and in false_agents.py.
AR_FEMININE_HEADS = (r"سلطات|سلطه|حكومه|حكومات|منظمه|وزاره|شرطه|قوات|اجهزه|دوله|دول|مملكه|جمهوريه|اداره|"
                     r"مفوضيه|لجنه|هييه|بعثه|رياسه|نيابه|محكمه|سفاره|خارجيه|داخليه|جمعيه|رابطه|شبكه|حركه|جماعه")
AR_MASCULINE_HEADS = (r"امين|مجلس|اتحاد|جيش|امن|وزير|رييس|نايب|متحدث|ناطق|مفوض|مقرر|مدعي|قاضي|برلمان|"
                      r"مكتب|مرصد|مركز|حزب|ملك|امير|سفير|مندوب|مبعوث")
_AR_FEM_NOUN = re.compile(r"(?:ال)?(?:" + AR_FEMININE_HEADS + ")")
_AR_MASC_NOUN = re.compile(r"(?:ال)?(?:" + AR_MASCULINE_HEADS + ")")

# Verbs of expressing ("أعرب عن", "عبر عن", "أبدى").
_AR_EXPRESS_VERB = re.compile(r"(?<!\S)(?:و|ف)?(?:اعرب|اعربت|اعربوا|عبر|عبرت|عبروا|ابدي|ابدت|يعرب|تعرب|يعبر|تعبر)(?!\S)")

# A meeting as a purpose ("للقاء", "لبحث"), and a delegation sent by an actor ("وفد من X").
# An Arabic verb that affirms or renews a stance, and a response noun owned by a pronoun
# ("أكدت الحكومة الصينية على لسان ... دعمها", "جددت X إدانتها"): the verb's subject owns it.
_AR_AFFIRM_VERB = re.compile(r"(?<!\S)(?:و|ف)?(?:اكد|اكدت|اكدوا|يوكد|توكد|جدد|جددت|جددوا|يجدد|تجدد|"
                             r"اعلن|اعلنت|اعلنوا|ابدت|ابدي|ابدوا)(?!\S)")
_AR_OWNED_NOUN = re.compile(r"\S+(?:ها|هما|هم)$")
_AR_PURPOSE_MEETING = re.compile(r"(?:ل|ول)(?:لقاء|اللقاء|بحث|مناقشه|الاجتماع|اجتماع|مباحثات|محادثات)")

_AR_DELEGATION = re.compile(r"(?:وفد|وفدا|بعثه|ممثلو|ممثلين|مبعوث|مبعوثا)\s+(?:\S+\s+)?(?:من|عن)\s*(?:ال)?$")

# Acts whose verb is active and whose by-phrase ("على يد X") belongs to a noun in between.
_AR_ACTIVE_SPEECH = {"Report", "Demand", "Condemnation", "ExpressionOfConcern", "Accusation",
                     "Denial", "Rejection", "Support"}

# "an official / expert / member in X": X's own people ("مسؤول في الأمم المتحدة").
_AR_MEMBER_IN = re.compile(r"(?<!\S)(?:و)?(?:مسوول|مسووله|مسوولون|مسوولين|مسوولو|مسوولي|عضو|اعضاء|متحدث|ناطق|"
                           r"دبلوماسي|موظف|موظفه|موظفو|موظفي|خبير|خبيره|خبراء|باحث|باحثه|باحثون|مصدر|مصادر|"
                           r"محقق|محققو|محققون|مقرر|مقرره)\s+(?:\S+\s+)?في\s*$")

# A country after "witnessed" is where things happen ("ويشهد العراق احتجاجات").
_AR_WITNESS = re.compile(r"(?:^|\s)(?:و|ف)?(?:شهد|شهدت|يشهد|تشهد)\s*$")

# An Arabic speech verb, its subject (up to 20 words: titles, offices, regions) and "إن".
_AR_SAID_WIDE = re.compile(r"(?<!\S)(?:و|ف)?(?:قال|قالت|اكد|اكدت|اضاف|اضافت|اعتبر|اعتبرت|اوضح|اوضحت|"
                           r"صرح|صرحت)(?!\S)()(?:\s+[^\s\"«“]+){0,20}?\s+()(?:ان|انه|انها|بان)(?!\S)")


# Arabic verbs that publish a text, and a relative clause "تقرير نشرته" (the noun's author).
_AR_PUBLISH = re.compile(r"(?<!\S)(?:و|ف)?(?:اصدر|اصدرت|اصدروا|نشر|نشرت|نشروا|قدم|قدمت|اعد|اعدت|رفع|رفعت|"
                         r"يصدر|تصدر|ينشر|تنشر|يقدم|تقدم|وضع|وضعت)(?!\S)")

_AR_REPORT_REL = re.compile(r"\s+(?:و)?(?:نشرته|نشرتها|اصدرته|اصدرتها|اعدته|اعدتها|قدمته|قدمتها|نشره|اصدره|"
                            r"اعده|قدمه|نشروه|اصدروه|صوت عليه|صوتت عليه|تبناه|تبنته|اعتمده|اعتمدته|"
                            r"اقره|اقرته|اطلقته|اطلقتها|اطلقه|اطلقها)(?!\S)")


class _FakeMatch:
    """The end of a complementizer found by another expression."""

    def __init__(self, end):
        self._end = end

    def end(self):
        return self._end


_AR_SAID_BEFORE = re.compile(r"(?<!\S)(?:و|ف)?(?:قال|قالت|اكد|اكدت|اعتبر|اعتبرت|اوضح|اوضحت|صرح|صرحت|"
                             r"اضاف|اضافت|شدد|شددت)\s+(?:\S+\s+){0,5}$")

_AR_FROM_AGENT = re.compile(r"\s*(?:(?!(?:في|علي|الي|عن|ضد|بحق|بشان|حول)\s)\S+\s+){0,3}?من\s+(?:قبل\s+|جانب\s+)?")

_AR_DOC_NOUN = re.compile(r"(?:اقتراح|مقترح|خطه|بيان|تقرير|رساله|نداء|مشروع|قرار)\s+")

_AR_PERSON_TITLE = re.compile(r"(?:ال)?(?:بابا|رييس|مليك|ملك|امير|وزير|وزيره|متحدث|متحدثه|ناطق|امين|زعيم|"
                              r"سفير|مبعوث|مقرر|مفوض|مدير|مديره|نايب|شيخ|امام|مرشد|قاضي|محامي|"
                              r"الزعيم|جنرال|العقيد|اللواء)")

# The head of a title phrase whose organisation follows after "لـ" ("المدير العام لمنظمة X",
# "منسق الشؤون الإنسانية للأمم المتحدة", "المقررة الخاصة للأمم المتحدة").
_AR_TITLE_HEAD = re.compile(r"(?:ال)?(?:مدير|مديره|منسق|منسقه|مقرر|مقرره|ممثل|ممثله|مبعوث|مبعوثه|رييس|رييسه|"
                            r"خبراء|مقررون|مقررين|محققو|محققون|ممثلو|مسوولو|"
                            r"نايب|نايبه|امين|امينه|مفوض|مفوضه|متحدث|متحدثه|ناطق|ناطقه|مسوول|مسووله|"
                            r"سفير|سفيره|مندوب|مندوبه|وزير|وزيره|مستشار|مستشاره|قايد|زعيم|خبير|خبيره|"
                            r"مرشد|عاهل|ملك|امير|مدعي|محافظ)")

# ... and that phrase right before "لـ" ("المدير العام لـ", "منسق الشؤون الإنسانية لـ")
_AR_TITLE_BEFORE = re.compile(r"(?<!\S)" + _AR_TITLE_HEAD.pattern + r"(?:\s+ال\S+){0,3}$")

# adjectives that make "الهيئة" / "المجلس" the name of a (here unknown) body, not an anaphor
_AR_NAMING_ADJ = re.compile(r"\s+(?:العامه|الوطنيه|الوطني|القوميه|القومي|العليا|الاعلي|المستقله|المستقل|"
                            r"الحكوميه|الحكومي|الرسميه|الاتحاديه|الاتحادي)(?!\S)")

_AR_BODY_NOUN = re.compile(r"(?:و)?ال(?:هييه|هيئه|مجلس|لجنه|مفوضيه|ديوان|جهاز|مكتب|مركز|سلطه|مؤسسه|موسسه|"
                           r"وكاله|اداره|مديريه|دايره|نيابه|محكمه)")

# verbs of saying, warning and judging that open a reported clause ("حذرت X من أن ...")
_AR_JUDGE_VERB = re.compile(r"(?<!\S)(?:و|ف)?(?:قال|قالت|قالوا|اكد|اكدت|اكدوا|حذر|حذرت|حذروا|اعتبر|اعتبرت|"
                            r"اعتبروا|راي|رات|راوا|يري|تري|يعتبر|تعتبر|يحذر|تحذر|شدد|شددت|اوضح|اوضحت|"
                            r"صرح|صرحت|اعلن|اعلنت|اضاف|اضافت|لفت|لفتت|نبه|نبهت)(?!\S)")

_AR_ANNOUNCE_VERB = re.compile(r"(?<!\S)(?:و|ف)?(?:اعلن|اعلنت|اعلنوا|قرر|قررت|قرروا|تعهد|تعهدت|بدا|بدات|"
                               r"واصل|واصلت|باشر|باشرت|يعلن|تعلن|تقرر|يقرر)(?!\S)")

# what others said or wrote, as the object of criticism (a rejection of it)
_AR_DISCOURSE = re.compile(r"(?:و|ب|لل|ل)?(?:ال)?(?:تقارير|تقرير|ادعاءات|مزاعم|حمله|حملات|تصريحات|روايه|"
                           r"روايات|اكاذيب|افتراءات|انتقادات|مغالطات|شايعات)")

_AR_CAMPAIGN_OF_WORDS = re.compile(r"(?:ال)?(?:اعلاميه|تشويه|التشويه|تحريض|التحريض|مغرضه|المغرضه|"
                                   r"تضليل|التضليل|دعائيه|الدعائيه)")

_AR_DECIDED_FORCE = re.compile(r"\s*(?:\S+\s+)?(?:ب|ل)(?:ال)?(?:تجديد\s+(?:ال)?حبس|حبس|سجن|اعتقال|توقيف|احتجاز|"
                               r"ترحيل|ابعاد|اعدام|هدم|مصادره|اغلاق|حل|حظر|تمديد\s+(?:ال)?حبس|اعاده\s+(?:ال)?حبس)(?!\S)")

_AR_THAT_PRONOUN = re.compile(r"(?<!\S)(?:و|ف)?(?:ب)?(?:انه|انها|انهم|انهما)\s+(?:قد\s+|لقد\s+|سوف\s+)?$")

# an unnamed state source after the verb ("نفى مصدر عسكري", "قال مسؤول أمني") and its body
_AR_STATE_SOURCE = re.compile(r"\s+(?:\S+\s+)?(?:مصدر|مصادر|مسوول|مسوولون|مسوولين|متحدث)\s+"
                              r"(عسكري\S*|امني\S*|حكومي\S*|رسمي\S*|قضايي\S*)(?!\S)")

_AR_SOURCE_BODY = {"عسكر": "armed-forces", "امني": "security-forces", "حكوم": "government",
                   "رسمي": "government", "قضاي": "court"}

_AR_WITH = re.compile(r"(?<!\S)(?:بمشاركه|وبمشاركه|بالتعاون مع|بالاشتراك مع|بالتنسيق مع)\s+")

_AR_MINISTER_AFTER = re.compile(r"\s+(?:(?:ال)?وزير|(?:ال)?وزيره|رييس(?:ه)? (?:ال)?وزراء|رييس(?:ه)? (?:ال)?حكومه)(?!\S)")

_AR_ATTACK_NOUN = re.compile(r"(?<!\S)(?:و|ب|ف|ل)?(?:ال)?(?:غاره|غارات|ضربه|ضربات|قصف|هجوم|هجمات|قذيفه|"
                             r"قذايف|صاروخ|صواريخ|عمليه عسكريه|توغل|اقتحام|مداهمه|حصار)")

_AR_ATTACK_ADJ = re.compile(r"(?:ال)?(?:جوي|جويه|مدفعي|مدفعيه|صاروخي|صاروخيه|بري|بريه|بحري|بحريه|عسكري|عسكريه)")

_AR_PEOPLE_FROM = re.compile(r"(?<!\S)(?:ال)?(?:لاجي|لاجيا|لاجيين|لاجيون|مهاجر\S*|نازح\S*|مرحل\S*|سجين\S*|"
                             r"معتقل\S*|طالب لجوء|طالبي لجوء|عايل\S*|اسر\S*)(?:\s+\S+)?\s+من\s*$")

_AR_AMMA = re.compile(r"(?<!\S)(?:و)?اما\s+")

_AR_PATIENT_NOUN = re.compile(r"(?:من\s+)?(?:ال)?(?:لاجي|مهاجر|معتقل|متظاهر|محتج|سجين|سجناء|اشخاص|شخص|"
                              r"مدني|ضحايا|ناشط|صحفي|طالب|نازح)")

_AR_PREP = re.compile(r"(?:و)?(?:في|الي|علي|من|عن|مع|ضد|منذ|بعد|قبل|خلال|ب\S+|ل\S+)")

_AR_CROWD = re.compile(r"(?:و)?(?:عدد|ميات|الاف|عشرات|ملايين|حشود|حشد|الحشود|جموع|الميات|الالاف|العشرات|"
                       r"سكان|مواطنون|مواطنين|المواطنون|اهالي|ذوو|عائلات|طلاب|الطلاب|عمال|العمال)")

_PARENTHETICAL = re.compile(r",\s*(?:which|who|whose|qui|dont|lequel|laquelle)\b[^,]{3,150},\s*(?:\w+\s+){0,2}$")

_AR_CLAUSE_START = re.compile(r"(?<!\S)(?:و?لكن|حيث|الذي|التي|الذين|عندما|بينما|بعد ان|قبل ان)(?!\S)")

_AR_FUNCTION = re.compile(r"(?:و|ف)?(?:قد|لقد|كما|ثم|بينما|حيث|عندما|اذ|إذ|ان|أن|إن|انه|انها|بعد|قبل|"
                          r"منذ|كذلك|ايضا|فيما|وقتئذ|حين|لما|من|جانبها|جانبه|جهتها|جهته|في|"
                          r"المقابل|ذلك|هذا|هذه|الوقت|نفسه|سياق|اخر|وفي|بدورها|بدوره)")

# Where a reported clause starts ("said that", "a déclaré que", "قال ... إن").
_COMPLEMENTIZER = {
    "en": re.compile(r"\b(?:said|says|told|added|stated|declared|announced)\s+(?:\w+\s+){0,6}?that\b"),
    "fr": re.compile(r"(?<!\w)(?:a|ont)\s+(?:declare|dit|affirme|annonce|ajoute|indique|estime)\s+(?:\w+\s+){0,6}?qu(?:e\b|')"),
    "ar": re.compile(r"(?<!\S)(?:و|ف)?(?:قال|قالت|اضاف|اضافت|أضاف|أضافت|اكد|اكدت|أكد|أكدت|اعلن|اعلنت|أعلن|أعلنت)"
                     r"(?!\S)(?:\s+\S+){0,8}?\s+(?:ان|إن|أن|انه|انها|إنه|إنها|أنه|أنها)(?!\S)"),
}

# Verbs whose first complement is the addressee or target ("دعت طهران", "اتهمت إسرائيل").
_ADDRESSEE_TYPES = {"Demand", "Accusation", "Condemnation", "Support"}

# Where an Arabic verb's own clause starts (for verb-subject order mid-sentence).
_AR_LOCAL_START = re.compile(r"[،,]|(?<!\S)(?:حيث|الذي|التي|الذين|عندما|بينما|لان|كما|ثم|بعد ان|وقد|فقد)(?!\S)")

# Acts (not speech): after "X said that ...", X is their agent only when the clause goes
# on with a pronoun ("announced that his office had opened cases").
ACTION_TYPES = {"UseOfForce", "Investigation", "Resettlement", "Sanction", "MilitaryAssistance",
                "Petition", "Demonstration", "Resolution", "Support", "Advocacy",
                "DiplomaticAction"}

_PASSIVE_AUX = {"en": r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$",
                "fr": r"(?<!\w)(?:ete|etre|fut)\s+(?:\w+ment\s+)?$",
                "ar": r"(?:تم|يتم)\s+$"}

# "but not X" / "mais pas X": X is excluded from the act, not its subject.
_EXCLUDED_BEFORE = re.compile(r"(?:\bbut not|\bexcept|\bnot even|(?<!\w)mais pas|(?<!\w)sauf|"
                              r"(?<!\w)a l'exception d[eu]s?|(?<!\w)hormis)\s*"
                              r"(?:the\s+|les\s+|la\s+|le\s+|l')?$")

# A passive verb between a cue and a by-phrase: the by-phrase is that verb's agent.
_LATER_PASSIVE = re.compile(r"\b(?:was|were|been|is|are|be)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|nt|lt)\b|"
                            r"(?<!\w)(?:ete|etre)\s+(?:\w+ment\s+)?\w+(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|t|ts)(?!\w)")

# "criticism from X", "une lettre de la part de X": the author of a noun cue.
_FROM_AGENT = re.compile(r"\s*(?:from|de la part d[eu]|de la part des|de la part de l')\s*"
                         r"(?:the\s+|la\s+|le\s+|l')?")

# A French / English cue that is itself a passive form ("was arrested", "a été condamné").
_PASSIVE_CUE = re.compile(r"(?:was|were|is|are|be|been|being|has been|have been|had been|"
                          r"will be|would be|a ete|ont ete|avait ete|avaient ete|est|sont|"
                          r"etait|etaient|sera|seront)\s")

# Types that are said (a noun such as "nonsense" or "terrorists" in a quote is the speaker's).
SPEECH_TYPES = {"Accusation", "Denial", "Rejection", "Condemnation", "ExpressionOfConcern", "Demand"}

# Response types whose noun takes its patient, not its agent, as complement ("اعتقال X"
# is X's arrest, "محاكمة X" X's trial, "support for X").
PATIENT_TYPES = {"UseOfForce", "Investigation", "Sanction", "Resettlement", "Accusation",
                 "Support", "MilitaryAssistance"}

_ORG_ANAPHOR = {
    "en": r"\b(?:the (?:organisation|organization|group|watchdog|rights group|ngo|agency|newspaper|paper|ministry|department|(?:gulf |hashemite |north african |oil-rich )?kingdom))(?:'s)?\s*(?:has|have|had|also|later|then|,)*\s*$",
    "fr": r"(?<!\w)(?:l'organisation|l'organisme|l'ong|le groupe|l'association|le journal|le quotidien|le ministere|le royaume(?: cherifien| hachemite| wahhabite)?)\s*(?:a|ont|avait|aussi)*\s*$",
    "ar": r"(?:ال|و|ف)*(?:المنظمه|منظمه|الهيئه|المنظمه الدوليه|الصحيفه|الوزاره|الجماعه|الحركه|"
          r"الميليشيا|الميليشيات|المليشيا|المليشيات|التنظيم|المجلس|اللجنه|المفوضيه|البعثه|المملكه)(?![^\s،,])",
}

# "، وإنه" / "، وأنها": a second reported clause with the same subject.
_AR_AND_THAT = re.compile(r"[،,]\s*(?:و)(?:انه|انها|انهم|بانه|بانها)\s+(?:\S+\s+)?$")

# Kingdoms, which the news calls "المملكة" / "the kingdom" / "le royaume" once named.
_KINGDOMS = frozenset("SA MA JO BH GB ES NL BE SE NO DK TH KH BT LS SZ TO MY".split())

# Arabic: the named armed or political group a definite "الجماعة" / "الحركة" refers back to.
_AR_GROUP_ANAPHOR = re.compile(r"(?:و|ف)?(?:الجماعه|الحركه|الميليشيا|الميليشيات|المليشيا|المليشيات|التنظيم)$")

# Arabic: a leader, member or fighter of that group ("زعيم الجماعة", "القيادي في الحركة",
# "عناصر من الجماعة"): the group acts.
_AR_MEMBER_LEAD = re.compile(r"(?:زعيم|قايد|قاده|القيادي في|قيادي في|قياديون في|مسوول في|مسوولون في|"
                             r"المتحدث باسم|الناطق باسم|متحدث باسم|ناطق باسم|رييس|عناصر من|عناصر|"
                             r"مقاتلو|مقاتلون من|مسلحو|مسلحون من|مسلحين من|اعضاء في|عضو في)\s+")

_HONORIFIC = re.compile(r"(?:\s|^)(?:m|mme|mlle|mr|mrs|ms|dr|me|pr|sir|madame|monsieur)\.?$")

_CLAUSE_BREAK = re.compile(r"[;؛]|\s[-–—]\s|\b(?:while|whereas|because|although)\b|"
                           r"(?<!such)(?<!well)\sas\s(?=(?:the|a|an|tens|hundreds|thousands|many|some|\d))|"
                           r"(?<!\w)(?:tandis que|alors que|parce que)(?!\w)")

_COORD_GAP = {
    "en": re.compile(r"^\s*(?:,\s*(?:and\s+|as well as\s+|along with\s+|together with\s+)?|\s+and\s+|"
                     r"\s+or\s+|\s+as well as\s+|\s*&\s*)(?:by\s+)?(?:the\s+)?$"),     # ("by X and by Y")
    "fr": re.compile(r"^\s*(?:,\s*(?:et\s+|ainsi que\s+|de meme que\s+|avec\s+)?|\s+et\s+|\s+ou\s+|"
                     r"\s+ainsi que\s+)(?:(?:le|la|les|l')\s*)?$"),
    "ar": re.compile(r"^\s*(?:[,،]\s*(?:و|او)?|و|او|أو|و?كذلك\s+|وايضا\s+)\s*(?:ال)?$"),
}
# A genitive list ("les ministres de la France, de l'Italie et de l'Espagne", "les ambassades
# des États-Unis et du Royaume-Uni"): the gap between two members that share one head noun.
_COORD_GENITIVE = {"fr": re.compile(r"^\s*(?:,\s*(?:et\s+)?|\s+et\s+)(?:du|des|de la|de l'|d'|de)\s*$")}
_GENITIVE_END = re.compile(r"(?:(?<!\w)(?:du|des|de la|de l'|d'|de)|\bof(?: the)?)\s*$")
_GENITIVE_INSIDE = re.compile(r"\s(?:du|des|de la|de l'|d'|de|of)\s")
# Plural heads (and government words) whose complement names the actors themselves: "the
# foreign ministers of Canada, Australia and ...", "les gouvernements de l'Allemagne, ...".
_HEAD_OF_LIST = {
    "en": re.compile(r"\b(?:ministers|governments?|leaders|heads of state|heads of government|"
                     r"presidents|parliaments|delegations|capitals|ambassadors|envoys|representatives|"
                     r"embassies|missions|consulates|ministries|foreign offices)"
                     r"\s+of(?:\s+the)?\s*$"),
    "fr": re.compile(r"(?<!\w)(?:ministres|gouvernements?|dirigeants|chefs d'etat|chefs de gouvernement|"
                     r"presidents|parlements|delegations|capitales|diplomaties|chancelleries|ambassadeurs|"
                     r"representants|envoyes|ambassades|missions(?: diplomatiques)?|consulats|ministeres|"
                     r"representations diplomatiques)"
                     r"(?:\s+(?:des|de la|de l'|du)\s*[\w'-]+(?:\s+[\w'-]+){0,2}?)?"
                     r"\s+(?:de la|de l'|du|des|de|d')\s*$"),
}


_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


_AR_PASSIVE_MARK = re.compile(r"^(?:[وف]\u064e?)?\S\u064f")


def ar_passive_written(surface: str) -> bool:
    """True when an Arabic verb is written with the damma of the passive on its first
    letter ("رُفضت", "وأُعيد", "نُفي"): its subject is the patient, no agent is named.

    >>> ar_passive_written("رُفضت"), ar_passive_written("رفضت"), ar_passive_written("ورُفض")
    (True, False, True)
    """
    return bool(_AR_PASSIVE_MARK.match(surface))


def ar_fold(pattern: str) -> str:
    """Fold the Arabic letters of a regular expression as normalisation does."""
    return pattern.translate(_AR_FOLD)
