"""Who did it: the agent(s) of a response cue, by language.

Rules, in the order they are tried for one cue (all within one sentence, offsets relative
to the text being read):

1. *Passive agent*: "arrested by X", "arrêté par X", "من قبل X", "على أيدي X".
2. *Led by*: "a group of ambassadors led by X", "تقودها X", "menée par X".
3. *Arabic verb-subject order*: for a verb cue at the start of its clause (only
   conjunctions, particles or time words before it), the first actor after the verb
   ("أصدرت وزارة الخارجية تقريرا").
4. *Subject-verb order* (all three languages): the nearest actor before the cue in the
   same clause, skipping actors that are objects or places (preceded by "in", "to",
   "against", "dans", "devant", "في", "إلى", "على"...).
5. *Reported speech tail*: "..., X said" / "a déclaré X" / "قال X" after the cue.
6. *Arabic fallback*: the first actor after a verb cue anywhere in the clause.
7. *Pronoun / elided subject*: a clause starting with "It", "He", "Il", "L'organisation",
   or an Arabic verb with no actor, takes the agent of the previous sentence.
8. *Publisher's voice*: "we", "our organisation", "nous", "notre organisation", "نحن",
   "منظمتنا" in an NGO's own page is that NGO.

The chosen actor is then extended over its coordinated list ("Germany, Belgium,
Lithuania and France", "ألمانيا وبلجيكا وليتوانيا وفرنسا"): one agent each, minus the
ones excluded ("but not the United States"). Places are never agents: a country after a
locative preposition, or in a list introduced by "countries such as" after one ("dans des
pays tels que la Belgique, le Canada"), is a location.

The function-word lists below are syntax, not lexicon; the response lexicon lives in
``lang/<code>/*.tsv``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .cues import (HEAD_OF, LIGHT_VERB, OBJECT_BEFORE, ORG_VOICE, SAID_THAT, SOURCE, SPEECH,
                   normalized_view)
from .crowds import crowd_after, crowd_subject, purpose_carry
from .model import Response

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
_PRONOUN_START = {
    "en": r"^\W*(?:it|he|she|they|the (?:group|organisation|organization|agency|watchdog|body|"
          r"council|committee))\b",
    "fr": r"^\W*(?:il(?! est\b)(?! faut\b)(?! y a\b)|elle|ils|elles|l'organisation|l'organisme|le groupe|"
          r"l'ong|l'agence|celui-ci|celle-ci)\b",
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
    r"مؤسسه|مرصد|اتحاد|نقابه|بعثه|مفوضيه|تحالف|ايتلاف|حزب|منظمتا|منظمتان|جمعيتا|حكومتا|دولتا|"
    r"الامين|امين|العام|عام|المتحدث|المتحدثه|متحدث|متحدثه|الناطق|الناطقه|باسم|رئيس|رئيسه|"
    r"نائب|مندوب|مندوبه|سفير|سفيره|مدير|مديره|ممثل|ممثله|زعيم|وزير|وزيره|مفوض|مفوضه|"
    r"السامي|الساميه|الدايم|الدايمه|التنفيذي|التنفيذيه|الرسمي|"
    r"ممثلو|ممثلي|مسوولو|مسوولي|اعضاء|خبراء|محققو|موظفو|دبلوماسيو|سفراء|وزراء|قاده|زعماء)|"
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
# Clearly feminine / masculine heads of Arabic subject noun phrases (for agreement).
_AR_FEM_NOUN = re.compile(r"(?:ال)?(?:سلطات|حكومه|منظمه|وزاره|شرطه|مفوضيه|لجنه|هييه|بعثه|رياسه|نيابه|محكمه|"
                          r"خارجيه|داخليه|جمعيه|رابطه|شبكه|حركه|جماعه)")
_AR_MASC_NOUN = re.compile(r"(?:ال)?(?:امين|مجلس|اتحاد|جيش|وزير|رييس|متحدث|ناطق|مفوض|مقرر|مدعي|برلمان|"
                           r"مكتب|مرصد|مركز|حزب|ملك|امير|سفير|مندوب|مبعوث)")
# Verbs of expressing ("أعرب عن", "عبر عن", "أبدى").
_AR_EXPRESS_VERB = re.compile(r"(?<!\S)(?:و|ف)?(?:اعرب|اعربت|اعربوا|عبر|عبرت|عبروا|ابدي|ابدت|يعرب|تعرب|يعبر|تعبر)(?!\S)")
# A meeting as a purpose ("للقاء", "لبحث"), and a delegation sent by an actor ("وفد من X").
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
                            r"اقره|اقرته)(?!\S)")


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
                            r"سفير|سفيره|مندوب|مندوبه|وزير|وزيره|مستشار|مستشاره|قايد|زعيم|خبير|خبيره)")
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
    "en": r"\b(?:the (?:organisation|organization|group|watchdog|rights group|ngo|agency|newspaper|paper|ministry|department))(?:'s)?\s*(?:has|have|had|also|later|then|,)*\s*$",
    "fr": r"(?<!\w)(?:l'organisation|l'organisme|l'ong|le groupe|l'association|le journal|le quotidien|le ministere)\s*(?:a|ont|avait|aussi)*\s*$",
    "ar": r"(?:ال|و|ف)*(?:المنظمه|منظمه|الهيئه|المنظمه الدوليه|الصحيفه|الوزاره|الجماعه|الحركه|"
          r"الميليشيا|الميليشيات|المليشيا|المليشيات|التنظيم|المجلس|اللجنه|المفوضيه|البعثه|المملكه)(?![^\s،,])",
}
# "، وإنه" / "، وأنها": a second reported clause with the same subject.
_AR_AND_THAT = re.compile(r"[،,]\s*(?:و)(?:انه|انها|انهم|بانه|بانها)\s+(?:\S+\s+)?$")
# Kingdoms, which Arabic news calls "المملكة" once named.
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
                     r"\s+or\s+|\s+as well as\s+|\s*&\s*)(?:the\s+)?$"),
    "fr": re.compile(r"^\s*(?:,\s*(?:et\s+|ainsi que\s+|de meme que\s+|avec\s+)?|\s+et\s+|\s+ou\s+|"
                     r"\s+ainsi que\s+)(?:(?:le|la|les|l')\s*)?$"),
    "ar": re.compile(r"^\s*(?:[,،]\s*(?:و|او)?|و|او|أو|و?كذلك\s+|وايضا\s+)\s*(?:ال)?$"),
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


class Attributor:
    """Finds agents for cues in one document (holds the document's mentions)."""

    def __init__(self, lang, norm_text, mentions, publisher=None):
        self.lang = lang
        self.norm = norm_text
        # bare demonyms ("the Israeli war", "Chinese companies") are not agents on their own
        self.mentions = [m for m in mentions if m.kind in AGENT_KINDS and m.form not in ("demonym", "region")
                         and not (m.key.startswith("group/") and m.key.rsplit("/", 1)[-1] in VAGUE_GROUPS)]
        self.all_mentions = list(mentions)
        self.all_starts = [m.start for m in mentions]
        self.starts = [m.start for m in self.mentions]
        self.publisher = publisher
        self.last_agents: list = []
        self.in_quote = False       # the current sentence continues an open quotation
        self.cue_spans: list = []   # response cues of the current sentence
        self.conjunction = False    # the current Arabic cue starts with the conjunction و / ف
        self._rtype = None          # the type of the cue being attributed
        self._sentence_found = None  # (sentence start, agents) of the last attributed cue
        self.note = ""              # the note of the current cue's entry ("agentive"...)
        self.speaker_ttl = 0        # sentences still continuing the last named speaker
        self.prev_rule = None       # how the previous cue of the sentence was attributed
        self.prev_end = None
        ln = lang if lang in OBJECT_BEFORE else "en"
        art = _ARTICLE[ln]
        fold = ar_fold if ln == "ar" else (lambda p: p)
        self._object_re = re.compile(fold(r"(?:^|[\s'])" + OBJECT_BEFORE[ln] + r"\s*" + art + r"$"))
        self._head_re = re.compile(fold(HEAD_OF[ln] + r"\s*" + art + r"$"))
        self._place_re = re.compile(fold(r"(?:^|[\s'])" + _LOCATIVE[ln] + art + r"\s*$"))
        self._list_loc_re = re.compile(fold(
            r"(?<![^\s'])" + _LOCATIVE[ln] + r"\s+(?:\S+\s+){0,5}?" + _SUCH_AS[ln] + r"\s*" + art + r"$"))
        self._by_re = re.compile(fold(r"(?:^|\s)" + _PASSIVE_BY[ln] + r"\s*(?:(?:\S+\s+){1,5}?"
                                      + _SUCH_AS[ln] + r"\s*)?" + art + r"$"))
        if ln in ("en", "fr"):      # "by the coup-installed government", "par le régime pro-russe"
            self._by_re = re.compile(r"(?:^|\s)" + _PASSIVE_BY[ln] + r"\s*(?:(?:\S+\s+){1,5}?"
                                     + _SUCH_AS[ln] + r"\s*)?" + art
                                     + r"(?:\s+[^\W\d]+-[^\W\d]+)?\s*$")
        self._led_re = re.compile(fold(_LED_BY[ln] + r"\s*" + art + r"$"))
        self._speech_re = re.compile(fold(SPEECH[ln]))
        self._pronoun_re = re.compile(fold(_PRONOUN_START[ln]))
        self._we_re = re.compile(fold(_WE[ln]))
        self._coord = re.compile(fold(_COORD_GAP[ln].pattern))
        self._coord_len = 14 if ln == "ar" else 20  # "la Pologne, ainsi que la Lituanie"
        self._source_before = re.compile(fold(SOURCE[ln][0]))
        self._source_after = re.compile(fold(SOURCE[ln][1]))
        self._locative_cache: dict = {}
        self._org_anaphor = re.compile(fold(_ORG_ANAPHOR[ln]))
        self._said_that = re.compile(fold(SAID_THAT[ln]))
        self._by_marker = re.compile(fold({
            "en": r"\bby\b", "fr": r"(?<!\w)par(?!\w)",
            "ar": r"(?<!\S)(?:علي ايدي|علي يد|من قبل)(?!\S)"}[ln]))
        self._we_subject = re.compile(fold({
            "en": r"\bwe\b",
            "fr": r"(?<!\w)nous\s+(?:ne\b|n'|\w+ons\b|sommes\b)",
            "ar": r"(?<!\S)(?:نحن|اننا|إننا|لكننا|فإننا)(?!\S)"}[ln]))
        self._passive_aux = re.compile(fold(_PASSIVE_AUX[ln]))
        self._light_verb = re.compile(fold(LIGHT_VERB[ln]))

    # ------------------------------------------------------------------ candidates
    def in_range(self, start, end):
        """Agent mentions with ``start <= m.start < end``."""
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def _before(self, m, width=60):
        lo = max(0, m.start - width)
        return self.norm[lo:m.start]

    def is_locative(self, m) -> bool:
        """True when the mention is a place or an object here, not a possible agent."""
        cached = self._locative_cache.get(m.start)
        if cached is not None:
            return cached
        result = self._locative(m)
        self._locative_cache[m.start] = result
        return result

    def _locative(self, m) -> bool:
        if self.lang == "ar" and _AR_MEMBER_IN.search(self._before(m, 40)):
            return False    # "مسؤول في الأمم المتحدة", "خبراء في المنظمة": its people speak for it
        if m.preposition:
            return True
        j = bisect_left(self.all_starts, m.start) - 1
        if j >= 0:
            prev = self.all_mentions[j]
            if 0 <= m.start - prev.end <= 1 and prev.start < m.start and prev.key != m.key:
                m = prev      # "to the Russian Prosecutor General's office", "to the UN rights chief"
        if m.kind == "MediaOutlet":
            pre = self._before(m, 30).rstrip()
            post = self.norm[m.end:m.end + 25]
            if self._source_before.search(pre) or (self.lang != "ar" and self._source_after.match(post)):
                return True
        before = self._before(m)
        if self.lang == "ar":
            before = re.split(r"[.!?؟\n]", before)[-1]     # not the previous sentence's words
        if self.lang == "ar" and _AR_WITNESS.search(before):
            return True
        if self.lang == "ar" and _AR_PEOPLE_FROM.search(before):
            return True     # "500 لاجئ سوري من لبنان": where they come from, not an agent
        if self.lang == "ar":
            # attached clitics: ب / ل / ك right before the name (no space)
            if m.start > 0 and self.norm[m.start - 1] in "بلك" and (
                    m.start < 2 or not self.norm[m.start - 2].isalpha()
                    or self.norm[m.start - 2] in "وف"):
                head = before[:-1].rstrip()
                return not (self._head_re.search(head) or _AR_TITLE_BEFORE.search(head)
                            or re.search(r"(?<!\S)(?:ال)?تابع(?:ه|ون|ين|تان|تين)?$", head))
                # ("خبراء حقوق الإنسان التابعون للأمم المتحدة": its own people)
        if before.endswith(("pro-", "anti-")):
            return True     # "pro-EU protests", "anti-Western rally": a stance, not an agent
        stripped = _HONORIFIC.sub("", before.rstrip())      # "de M. Zelaya"
        if self._head_re.search(stripped):
            return False
        if self._object_re.search(" " + stripped):
            return True
        if self.lang == "ar" and self._object_re.search(" " + stripped.rsplit(" ", 1)[0]) and \
                len(stripped.split()) >= 2 and not self._head_re.search(stripped) and \
                not any(a <= m.start - 2 and b >= m.start - 1 - len(stripped.rsplit(" ", 1)[-1])
                        for a, b in self.cue_spans if b <= m.start):
            return True     # "على أعضاء مجلس الأمن", "إلى وزير خارجية الصين" (not "مع رفض X")
        if self._list_loc_re.search(stripped):
            return True
        # a later member of a list whose head is a place
        prev = self._previous_list_member(m)
        if prev is not None:
            return self.is_place(prev)
        return False

    def is_place(self, m) -> bool:
        """True when the mention is a location (not merely an object): "in X", "dans des
        pays tels que X", or a later member of such a list."""
        if m.preposition:
            return True
        before = self._before(m).rstrip()
        if self.lang == "ar":
            before = re.split(r"[.!?؟\n]", before)[-1]     # within the sentence
        if self._place_re.search(" " + before) or self._list_loc_re.search(before):
            return True
        prev = self._previous_list_member(m)
        return prev is not None and self.is_place(prev)

    def _previous_list_member(self, m):
        i = bisect_left(self.starts, m.start) - 1
        if i < 0:
            return None
        prev = self.mentions[i]
        gap = self.norm[prev.end:m.start]
        if len(gap) <= self._coord_len and self._coord.match(gap):
            return prev
        return None

    def coordinated(self, anchor, limit_end=None):
        """The anchor and the actors coordinated with it, in text order."""
        i = bisect_left(self.starts, anchor.start)
        group = [anchor]
        j = i - 1
        while j >= 0:
            gap = self.norm[self.mentions[j].end:group[0].start]
            if len(gap) <= self._coord_len and self._coord.match(gap):
                group.insert(0, self.mentions[j])
                j -= 1
            else:
                break
        j = i + 1
        while j < len(self.mentions):
            m = self.mentions[j]
            if limit_end is not None and m.start >= limit_end:
                break
            gap = self.norm[group[-1].end:m.start]
            if len(gap) <= self._coord_len and self._coord.match(gap):
                group.append(m)
                j += 1
            else:
                break
        return group

    # ------------------------------------------------------------------ main rule chain
    def clause_bounds(self, s_start, s_end, pos):
        """The clause around ``pos`` inside the sentence ``[s_start, s_end)``."""
        seg = self.norm[s_start:s_end]
        rel = pos - s_start
        start, end = 0, len(seg)
        for m in _CLAUSE_BREAK.finditer(seg):
            if m.end() <= rel:
                start = m.end()
            elif m.start() >= rel:
                end = m.start()
                break
        return s_start + start, s_start + end

    def agents_for(self, hit_start, hit_end, s_start, s_end, pos="v", barrier=None, rtype=None):
        """Return ``(mentions, rule)`` for the cue at ``[hit_start, hit_end)``.

        ``barrier``: a position before the cue where the search backwards stops (the end
        of the previous cue's clause part), or None.
        """
        if self.lang == "ar" and self._sentence_found and self._sentence_found[0] == s_start and \
                _AR_AND_THAT.search(self.norm, max(s_start, hit_start - 14), hit_start):
            # "قالت X إن Y «يتابع بقلق» ...، وإنه سيثير المسألة": Y goes on
            return list(self._sentence_found[1]), "coordinated"
        found, rule = self._agents_for(hit_start, hit_end, s_start, s_end, pos, barrier, rtype)
        if self.lang == "ar" and found and hasattr(found[0], "start"):
            found = self._ar_with_participation(found, s_start, hit_start)
        if self.lang == "ar" and rtype == "Resolution" and pos == "n" and found and all(
                re.search(r"court|prosecutor|judiciary", getattr(a, "key", a)) for a in found):
            return [], None     # "قرار المحكمة": a court's ruling is no resolution
        if found:
            self._sentence_found = (s_start, list(found))
        elif self._sentence_found and self._sentence_found[0] != s_start:
            self._sentence_found = None
        return found, rule

    def _agents_for(self, hit_start, hit_end, s_start, s_end, pos="v", barrier=None, rtype=None):
        c_start, c_end = self.clause_bounds(s_start, s_end, hit_start)
        lo = max(c_start, barrier) if barrier is not None else c_start
        after = [m for m in self.in_range(hit_end, c_end)]
        before = [m for m in self.in_range(lo, hit_start) if m.end <= hit_start]
        if self.lang == "ar" and pos in ("v", "n") and rtype == "Demonstration":
            crowd = self._ar_crowd_subject(hit_end, c_end)
            if crowd is not None:
                return [crowd], "verb-subject" if pos == "v" else "crowd"   # "تظاهر آلاف المحتجين", "إضراب مئات السجناء"
        crowd = crowd_subject(self, hit_start, lo, rtype) if pos == "v" else \
            crowd_after(self, hit_end, c_end, rtype)
        if crowd is not None:
            return [crowd], "crowd"     # "Hundreds of students marched", "a petition by 40 lawyers"
        crowd = purpose_carry(self, hit_start, hit_end, s_start, rtype)
        if crowd is not None:
            return crowd, "crowd"       # "... marched to demand", "اعتصم ... للمطالبة"
        if self.lang == "ar" and self.note == "evaluative":
            speaker = self._ar_clause_speaker(s_start, hit_start)
            if speaker is not None:
                return self._expand(speaker, hit_start), "speech"   # "حذرت X من أن ... يعد انتهاكا"
        if self.lang == "ar" and pos == "v" and _AR_THAT_PRONOUN.search(
                self.norm, max(s_start, hit_start - 16), hit_start):
            # "أعلن X ... أنه سلّم السلطات أدلة": the pronoun is X; what follows the verb
            # is its object
            speaker = self._ar_clause_speaker(s_start, hit_start, width=160)
            if speaker is not None:
                return self._expand(speaker, hit_start), "speech"
        if self.lang == "ar" and rtype == "Accusation" and self.norm.startswith("ما ", hit_start):
            # "استدعت X سفير Y للاحتجاج على ما قالت إنه ...": the sentence's subject alleges
            for m in self.in_range(s_start, hit_start):
                if not self.is_locative(m) and not m.key.startswith("group/"):
                    return self._expand(m, hit_start), "subject"
            return [], None
        if self.lang == "ar" and rtype == "UseOfForce":
            state = self._ar_attack_nationality(hit_start, hit_end)
            if state is not None:
                return [state], "adjective"     # "غارة جوية إسرائيلية استهدفت", "قصف روسي"
        if self.lang == "ar" and pos == "v":
            minister = _AR_MINISTER_AFTER.match(self.norm, hit_end)
            if minister is not None and not any(
                    m.start < minister.end() + 40 and not self._ar_nameless_official(m)
                    for m in self.in_range(hit_end, c_end)[:1]):
                # "دافع وزير المهجرين عصام شرف الدين عن": a minister of no named country acts
                # for the government of the situation's country (localised later)
                return ["body/government"], "verb-subject"
            source = _AR_STATE_SOURCE.match(self.norm, hit_end)
            if source is not None:
                # "ونفى مصدر عسكري أن ...": an unnamed official of the state's body
                return ["body/" + _AR_SOURCE_BODY[source.group(1)[:4]]], "verb-subject"
        if self.lang == "ar" and pos == "v":
            topic = self._ar_topic(s_start, hit_start)
            if topic is not None:
                return self._expand(topic, hit_start), "subject"    # "أما X فقد طالبت"
        if self.lang == "ar" and pos == "v":
            subject = self.ar_clitic_subject(hit_start, hit_end, c_end)
            if subject is not None:
                return self._expand(subject, c_end), "verb-subject"   # "وهو رقم تنفيه الحكومة"
        if self.lang == "ar" and pos == "v" and after and self._adjacent_after(hit_end, after[0]) \
                and not self.is_locative(after[0]) and rtype not in PATIENT_TYPES:
            head = self.norm[c_start:hit_start]
            local = _AR_LOCAL_START.split(head)[-1]
            if all(_AR_FILLER.fullmatch(w) or _AR_FUNCTION.fullmatch(w) for w in local.split()) \
                    and not (self.conjunction and head.strip()) \
                    and not self._participle(hit_start, hit_end, s_start):
                # (a circumstantial participle, "داعيا X إلى", is followed by its addressee)
                if self._ar_addressed_target(hit_start, hit_end, after[0], rtype):
                    return list(self.last_agents), "carry"
                if rtype in _ADDRESSEE_TYPES and self._ar_gender_mismatch(hit_start, hit_end, after[0]):
                    # "كما دعا السلطات الجزائرية إلى": a masculine verb does not take a
                    # feminine subject: the one called on, the subject goes on
                    return (list(self.last_agents), "carry") if self.last_agents else ([], None)
                return self._expand(after[0], c_end), "verb-subject"
        if self.lang == "ar" and self.note == "perpetrator":
            # "على أيدي X", "التي ارتكبها X": the perpetrator is named right after
            for m in after[:1]:
                if self._adjacent_after(hit_end, m):
                    return self._expand(m, c_end), "passive"
            return [], "relative"
        if self.lang == "ar" and self.note == "destination":
            # "نقل المعتقلين إلى X وY": the countries that take them in
            for m in after[:4]:
                if m.kind == "Government" and re.search(r"(?<!\S)الي\s*$", self.norm[hit_end:m.start]):
                    return [x for x in self.coordinated(m, c_end) if x.kind == "Government"], \
                        "destination"
            return [], "relative"
        # 1. passive agent / 2. led by (after the cue)
        active = self.lang in ("fr", "en") and pos == "v" and \
            not _PASSIVE_CUE.match(self.norm, hit_start) and \
            not self._passive_aux.search(self.norm[max(lo, hit_start - 30):hit_start]) and \
            any(not self.is_locative(m) for m in before)
        for m in after[:4]:
            gap = self.norm[hit_end:m.start]
            if len(gap) > (80 if pos == "v" else 30):
                break
            if active and len(gap.split()) > 2:
                break   # "X could not accept the terms set by Y": Y is not the agent
            if self.lang in ("fr", "en") and pos == "v" and _LATER_PASSIVE.search(gap):
                break   # "the decision to impose sanctions was welcomed by Y": Y welcomed
            if self.lang in ("fr", "en") and any(
                    hit_end <= a < m.start and (_PASSIVE_CUE.match(self.norm, a) or re.search(
                        r"\b(?:was|were|been|is|are|be|ete|etre)\s+(?:\w+(?:ly|ment)\s+)?$",
                        self.norm[max(hit_end, a - 25):a])) for a, _ in self.cue_spans):
                break   # "the crackdown was condemned by Y": Y is the agent of the other cue
            if self.lang in ("fr", "en") and self.norm.startswith("-", m.end):
                continue    # "by the Kremlin-backed government"
            pre = self._before(m, 60).rstrip()
            if self.lang == "ar" and pos == "v" and rtype in _AR_ACTIVE_SPEECH and \
                    len(gap.split()) > 2 and self._by_re.search(" " + pre):
                continue    # "وثقت مقتل 45 مدنيا على يد X": X killed them, it did not document
            if self._by_re.search(" " + pre) or self._led_re.search(pre):
                return self._expand(m, c_end), "passive"
        for m in before[-3:]:
            pre = self._before(m, 30).rstrip()
            if self._led_re.search(pre):
                return self._expand(m, c_end), "led-by"
        by = self._by_marker.search(self.norm, hit_end, min(c_end, hit_end + 60))
        if by:
            # "arrested by members of the Israeli border police": the demonym's government
            j = bisect_left(self.all_starts, by.end())
            while j < len(self.all_mentions) and self.all_mentions[j].start < min(c_end, by.end() + 70):
                m = self.all_mentions[j]
                if self.lang in ("fr", "en") and re.search(
                        r"[,;]|\b(?:and|with|to|et|avec|a)\b", self.norm[by.end():m.start]):
                    break   # "concerned by the verdicts and raised it with Chinese officials"
                if m.key.startswith("gov/") and m.form == "demonym":
                    return [m], "passive"
                j += 1
            if self.lang == "ar" and not (rtype in _AR_ACTIVE_SPEECH and pos == "v"):
                # "تم إجراء تحقيقات من قبل كل من المراقبين والسلطات الروسية": the first
                # actor named in the by-phrase
                named = [m for m in self.in_range(by.end(), min(c_end, by.end() + 70))
                         if not (m.key.startswith("group/") and m.key.count("/") == 1)]
                for m in named[:1] if len(self.norm[hit_end:by.start()].split()) <= 3 else []:
                    if len(self.norm[by.end():m.start].split()) <= 6 and \
                            not re.search(r"[.;:؛،,]", self.norm[by.end():m.start]):
                        return self._expand(m, c_end), "passive"
        if rtype == "MilitaryAssistance":
            # "3,600 troops from the CSTO", "3600 فرد من منظمة ..."
            for m in after[:3]:
                gap = self.norm[hit_end:m.start]
                if len(gap.split()) <= 7 and re.search(r"(?:\bfrom|(?<!\w)de|(?<!\S)من)\s*(?:the\s+|la\s+|le\s+|l')?$", gap):
                    return self._expand(m, c_end), "troops-from"
        if self._participle(hit_start, hit_end, s_start):
            # ", calling for ..." / "داعيا إلى": the subject of the main clause, not an actor of
            # the clause it reports ("قال X إن Y ...، داعيا": X; "X said Y had ..., urging": X)
            comp = _COMPLEMENTIZER[self.lang].search(self.norm, s_start, hit_start)
            if self.lang == "ar" and comp is None:
                wide = _AR_SAID_WIDE.search(self.norm, s_start, hit_start)
                if wide is not None:
                    # "قال مدير البرامج في منظمة X في الشرق الأوسط إن «...»، منددا": the
                    # speaker's organisation, even after a title and "في" / "لـ"
                    speaker = self._ar_wide_speaker(wide)
                    if speaker is not None:
                        return self._expand(speaker, wide.start(2)), "participle"
                    comp = _FakeMatch(wide.end())
            for m in before:
                if comp is not None and m.start >= comp.end():
                    return [], "participle"
                if not self.is_locative(m):
                    return self._expand(m, hit_start), "participle"
        if self.lang in ("fr", "en") and pos == "v" and not self.norm[s_start:hit_start].strip(" \"'\u00ab\u201c") \
                and re.match(r"\w+(?:ing|ant)\b", self.norm[hit_start:hit_end]):
            # "Condemning the crackdown, Poland called for ...": the main clause's subject
            comma = self.norm.find(",", hit_end, s_end)
            if comma > 0:
                for m in self.in_range(comma, s_end)[:1]:
                    if len(self.norm[comma + 1:m.start].split()) <= 2 and (
                            not self.is_locative(m) or self._subject_after_place(m, m.end + 1)):
                        return self._expand(m, s_end), "participle"
        if self.lang in ("fr", "en") and pos == "v":
            inverted = self._inverted_subject(hit_start, hit_end, s_start, c_end, before, after)
            if inverted is not None:
                return self._expand(inverted, s_end), "speech"
        self._rtype = rtype
        anaphor = self._anaphor(lo, hit_start, hit_end, c_end, before)
        if anaphor is not None:
            return [anaphor], "anaphor"
        if rtype in PATIENT_TYPES:
            # "اعتقلت الشرطة X", "يحاكم X": a person right after is the one arrested or tried
            after = [m for m in after if (m.form == "official" and _AR_TITLE_HEAD.match(
                self.norm[m.start:m.end]) and not self._ar_nameless_official(m))
                or (m.kind != "Person" and not m.key.startswith("person/"))] \
                if self.lang == "ar" else after
        if self.lang == "ar" and pos == "n" and rtype == "Resolution" and \
                _AR_REPORT_REL.match(self.norm, hit_end):
            # "طالب البرلمان الأوروبي، في قرار صوت عليه، بـ": the sentence subject's resolution
            for m in reversed(self.in_range(s_start, hit_start)):
                if not self.is_locative(m) and not m.key.startswith("group/"):
                    return self._expand(m, hit_start), "report-author"
        if self.lang == "ar" and pos == "n" and rtype == "Report":
            author = self._ar_report_author(hit_start, hit_end, s_start)
            if author is not None:
                return self._expand(author, hit_start), "report-author"
        if pos == "n" and self.lang == "ar":
            doer = self.ar_qiyam_agent(hit_start)
            if doer is not None:
                return self._expand(doer, hit_start), "subject"     # "قيام X بترحيل"
            announcer = self._ar_announcer(s_start, hit_start)
            if announcer is not None:
                return self._expand(announcer, hit_start), "subject"  # "أعلنت X، عبر Y، إرسال"
        if pos == "n":
            return self._nominal(hit_start, hit_end, c_start, c_end, before, after, rtype)
        if self.lang == "ar":
            found = self._arabic(hit_start, hit_end, c_start, c_end, pos, before, after, rtype)
            if found:
                return found
        # 4. subject before the cue (but "X told us ... we cannot accept it, minister Y
        #    said": first person in between -> the speaker of the tail)
        passive = rtype != "ExpressionOfConcern" and bool(      # "was deeply concerned" is not passive
            self._passive_aux.search(self.norm[max(lo, hit_start - 30):hit_start]) or (
                self.lang in ("fr", "en") and _PASSIVE_CUE.match(self.norm, hit_start)))
        if passive and self.lang == "en" and re.match(r"\w+ing\b", self.norm[hit_start:hit_end]):
            passive = False     # "has been calling for", "is urging": progressive, not passive
        subjects = [m for m in before if not any(a <= m.start < b for a, b in self.cue_spans)]
        if self.lang != "ar":
            par = _PARENTHETICAL.search(self.norm, max(lo, hit_start - 160), hit_start)
            if par:     # "Russia, which sent troops ..., has praised": skip the relative clause
                subjects = [m for m in subjects if m.end <= par.start()]
        if self.lang == "ar":
            # Arabic sentences chain many clauses: the subject is in the verb's own clause,
            # unless that clause starts with a pronoun-bearing particle ("ولكنها أعربت")
            head = self.norm[c_start:hit_start]
            parts = _AR_CLAUSE_START.split(head)
            local_start = hit_start - len(parts[-1])
            subjects = [m for m in before if m.start >= local_start]
            clause_head = _AR_LOCAL_START.split(head)[-1].split()
            if pos == "v" and self._ar_explicit_subject(hit_end, c_end) and all(
                    _AR_FILLER.fullmatch(w) or _AR_FUNCTION.fullmatch(w) for w in clause_head):
                subjects = []   # "، وطالب عدد من النواب": the verb's own subject follows it
                officials = _AR_OFFICIALS.search(self.norm, hit_end, min(c_end, hit_end + 50))
                if officials:
                    # "عدد من المسؤولين والمشرعين الأميركيين": the state they serve
                    j = bisect_left(self.all_starts, officials.end())
                    while j < len(self.all_mentions) and self.all_mentions[j].start < officials.end() + 30:
                        m = self.all_mentions[j]
                        if m.key.startswith("gov/") and m.form in ("demonym", "body") or (
                                m.key.startswith("body/") and m.key.count("/") == 2):
                            return [m], "subject"
                        j += 1
            if not [m for m in subjects if not self.is_locative(m)] and \
                    re.search(r"(?:لكن|ان|إن|أن|لان)(?:ها|ه|هم)(?!\S)", parts[-1] if len(parts) > 1 else ""):
                subjects = before[:1] if before else []
        possessor = None
        for m in reversed(subjects):
            if passive:
                break       # "who had been refused safe passage": the subject is the patient
            if self.lang in ("fr", "en") and _EXCLUDED_BEFORE.search(self._before(m, 30)):
                continue    # "Britain and France, but not the United States, condemned"
            if self.lang in ("fr", "en"):
                between = self.norm[m.end:hit_start]
                if _LATER_PASSIVE.search(between[:35]) and not re.search(
                        r",\s*(?:who|which|qui|dont)\b", between):
                    continue    # "X said students had been tortured and called on": not them
            if self.lang == "en" and self.norm.startswith("'s", m.end) and \
                    self.norm[m.end + 2:hit_start].strip():
                if possessor is None and m.kind in ("NGO", "IntergovernmentalOrganization",
                                                    "Government", "GovernmentBody") and \
                        len(self.norm[m.end + 2:hit_start].split()) <= 8:
                    possessor = m   # "the Council of Europe's commissioner said": its office
                continue    # "the army's operations ...": a possessor, not the subject
            if rtype in ACTION_TYPES and self._said_that.search(self.norm[m.end:hit_start]):
                break       # "X said that many detainees had been tortured"
            if not self.is_locative(m) or self._subject_after_place(m, hit_start):
                if self._we_subject.search(self.norm[m.end:hit_end]):
                    for t in after:
                        if not self.is_locative(t) and self._says(t, hit_end):
                            return self._expand(t, c_end), "speech"
                    if self.publisher:
                        return [self.publisher], "publisher"
                    if self.lang != "ar":
                        break   # "X presented us a request, but we could not accept it"
                return self._expand(m, hit_start), "subject"
        if possessor is not None and not passive:
            return [possessor], "possessor"
        # 5. reported speech tail: "..., X said"
        for m in after:
            if self.is_locative(m):
                continue
            if self._says(m, hit_end):
                return self._expand(m, c_end), "speech"
            break
        if self.lang in ("fr", "en") and not passive and rtype in SPEECH_TYPES:
            tail = self.tail_speaker(hit_end, s_end)
            if tail is not None:
                return self._expand(tail, s_end), "speech"
        # 6. Arabic / nominal fallback: the first free actor after the cue (not when a
        # definite noun right before the verb is its subject: "أن البعثة طالبت الاتحاد
        # الأوروبي بـ": the EU is the one called on)
        prev_word = self.norm[c_start:hit_start].split()[-1:] or [""]
        svo = self.lang == "ar" and rtype in _ADDRESSEE_TYPES and bool(
            re.fullmatch(r"(?:و|ف)?ال\S{2,}", prev_word[0])) and not (
            _AR_FILLER.fullmatch(prev_word[0]) or _AR_FUNCTION.fullmatch(prev_word[0]))
        if self.lang == "ar" and pos == "v" and not svo:
            for m in after[:1]:
                if not self.is_locative(m) and self._adjacent_after(hit_end, m):
                    return self._expand(m, c_end), "after"
        # 7. pronoun or elided subject, or a sentence inside an open quotation
        head = self.norm[c_start:hit_start]
        if self.lang == "ar" and pos == "v" and self._ar_explicit_subject(hit_end, c_end):
            return [], None     # its own subject follows the verb: not the previous agent
        if self.last_agents and (self._pronoun_re.search(head) or self.in_quote
                                 or (rtype in SPEECH_TYPES and self.speaker_ttl > 0)
                                 or re.match(r"\s*[\"“«]", self.norm[s_start:s_start + 3])
                                 or (self.lang == "ar" and pos == "v" and len(head.split()) <= 2
                                     and not self._ar_explicit_subject(hit_end, c_end))):
            return list(self.last_agents), "carry"
        if self.lang in ("fr", "en") and not self.last_agents and s_start == c_start:
            pronoun = self._pronoun_re.search(head)
            if pronoun:
                found = self._previous_sentence_actor(s_start, pronoun.group())
                if found is not None:
                    return [found], "anaphor"
        # 8. the publisher's own voice
        if self.publisher and self._we_re.search(self.norm[c_start:c_end]):
            return [self.publisher], "publisher"
        return [], None

    def _inverted_subject(self, hit_start, hit_end, s_start, c_end, before, after):
        """French / English speech-verb inversion after a quote: '"...", lamented X, the
        spokesperson for Y' / '« ... », a déploré X': the actor right after the verb."""
        head = self.norm[s_start:hit_start].rstrip()
        if not head or head[-1] not in ',"\u00bb\u201d':
            return None
        quoted = bool(re.search('["\u00ab\u00bb\u201c\u201d]', head))
        if not quoted and any(not self.is_locative(m) for m in before):
            return None     # "The minister, X, criticised Y": X is the subject
        for m in after[:2]:
            if self.norm.startswith("-", m.end):
                continue    # "the Britain-based Syrian Observatory"
            gap = self.norm[hit_end:m.start]
            if len(gap) <= 45 and len(gap.split()) <= 5 and not re.search(r"[.;:!?]", gap) \
                    and gap.count(",") <= 1 and m.kind != "MediaOutlet" and not self.is_locative(m):
                rest = self.norm[m.end:self._sentence_end_of(m.end, c_end)].strip()
                if not quoted and not (len(rest.split()) <= 5 or rest[0] in ",.!?" and len(rest.split()) <= 12):
                    return None     # "the rumours had, on Monday, mobilised the supporters of X"
                return m
        return None

    def _subject_after_place(self, m, hit_start):
        """French / English: "Condemning the crackdown in Belarus, Poland called for ...":
        an actor right before the verb is its subject even though it follows a place and a
        comma (which otherwise reads as a list of places)."""
        if self.lang not in ("fr", "en"):
            return False
        own = self._before(m, 12).rstrip()
        if m.preposition and not re.search(r",\s*(?:(?:the|la|le|les|l')\s*)?$", own):
            return False    # its own preposition ("in Poland"), not one shared along a list
        if not re.fullmatch(r"\s*(?:(?:has|have|had|also|then|a|ont|avait|aussi|a aussi|ont aussi)\s+)?",
                            self.norm[m.end:hit_start]):
            return False
        before = _HONORIFIC.sub("", self._before(m).rstrip())
        if self._object_re.search(" " + before) or self._list_loc_re.search(before):
            return False
        return bool(re.search(r",\s*(?:(?:the|la|le|les|l')\s*)?$", before))

    def _previous_sentence_actor(self, s_start, pronoun):
        """French / English pronoun with no agent carried over ("Jane Roe, the spokeswoman
        for X, spoke to reporters. She called on ..."): the first free actor of the
        previous sentence that can be that pronoun ("he" / "she": a person or official)."""
        pronoun = pronoun.strip(" \"'\u201c\u00ab").lower()
        people = pronoun in ("he", "she")
        things = pronoun in ("it", "they")
        lo = max(0, self.norm.rfind(".", 0, max(0, s_start - 2)) + 1, s_start - 400)
        for m in self.in_range(lo, s_start):
            if self.is_locative(m) or m.key.startswith("group/"):
                continue
            if people and m.kind not in ("Official", "Person"):
                continue
            if things and m.kind in ("Official", "Person"):
                continue
            return m
        return None

    def _sentence_end_of(self, pos, default):
        """End of the sentence containing ``pos`` (set by the reader), else ``default``."""
        end = getattr(self, "sentence_end", None)
        return end if end is not None and end > pos else default

    def tail_speaker(self, hit_end, s_end):
        """French / English: the speaker named at the end of the sentence ("..., X said.",
        "..., said X, director of Y", "..., a déclaré X"), beyond clause breaks."""
        found = None
        for m in self.in_range(hit_end, s_end):
            if m.kind == "MediaOutlet" or m.key.startswith("group/") or \
                    self.norm.startswith("-", m.end):
                continue
            if m.preposition and m.kind not in ("NGO", "IntergovernmentalOrganization"):
                continue        # "in Cuba" (but "a researcher at Amnesty International")
            head = self.norm[max(hit_end, m.start - 130):m.start]
            tail = self.norm[m.end:min(s_end, m.end + 40)]
            comma = head.rfind(",")
            if comma < 0:
                continue
            between = head[comma + 1:]
            # "..., X said" / "..., the minister of X said"
            said_after = self._speech_re.match(tail.lstrip(" ,")) and len(between.split()) <= 5 \
                and not self.is_place(m)
            # "..., said X, director of the program of Y" (the speech verb right after a comma)
            inverted = re.search(r",\s*(?:\S+\s+){0,3}?" + self._speech_re.pattern
                                 + r"\s+([^.;:!?]{0,110})$", head)
            if said_after or (inverted and len(inverted.group(1).split()) <= 14):
                if re.search(r"according|selon|d'apres", between + tail[:20]):
                    continue
                found = m
                break
        return found

    def _says(self, m, hit_end):
        """True when ``m`` is the speaker of a reported-speech tail (not a news source)."""
        if m.kind == "MediaOutlet":
            return False
        end = m.end + 25
        if self.lang == "ar":
            stop = re.search(r"[.!?؟\n]", self.norm[m.end:end])
            end = m.end + stop.start() if stop else end     # not the next sentence's verb
        window = self.norm[max(hit_end, m.start - 25):end]
        found = self._speech_re.search(window)
        return bool(found) and not re.match(r"according|selon|وفقا|بحسب", found.group())

    def _participle(self, hit_start, hit_end, s_start):
        surface = self.norm[hit_start:hit_end]
        first = surface.split()[0] if surface.split() else ""
        if self.lang == "en":
            return first.endswith("ing") and self.norm[max(s_start, hit_start - 3):hit_start].strip() == ","
        if self.lang == "fr":
            return self.norm[max(s_start, hit_start - 3):hit_start].strip() == "en" or (
                first.endswith("ant") and self.norm[max(s_start, hit_start - 3):hit_start].strip() == ",")
        # Arabic circumstantial accusative: داعيا، مطالبا، معربا، مشيرا; feminine after a
        # comma: "، داعية"، "، مطالبة بـ"، "، متهمة"
        if re.fullmatch(r"(?:و)?(?:دا|مط|مع|مش|مؤ|مو|را|نا|مت|مس|من)\S*ه", first) and len(first) >= 5:
            return self.norm[max(s_start, hit_start - 3):hit_start].rstrip().endswith(("،", ","))
        if re.fullmatch(r"(?:و)?(?:دا|مط|مع|مش|مؤ|مو|را|نا|مت|مس|من|حا)\S*(?:ين|ات)", first) and len(first) >= 6:
            return self.norm[max(s_start, hit_start - 3):hit_start].rstrip().endswith(("،", ","))
        return bool(re.fullmatch(r"(?:و)?(?:دا|مط|مع|مش|مؤ|مو|را|نا|مت|مس|من)\S*ا", first)) and len(first) >= 5

    def _anaphor(self, lo, hit_start, hit_end, c_end, before):
        """"The organisation" / "المنظمة" as the subject: the NGO or IGO named last."""
        if self._org_anaphor is None:
            return None
        if self.lang == "ar":
            window = self.norm[hit_end:min(c_end, hit_end + 30)].lstrip()
            lead = _AR_DOC_NOUN.match(window)       # "يدعو اقتراح الوزارة", "أكد بيان المنظمة"
            window = window[lead.end():] if lead else window
            member = _AR_MEMBER_LEAD.match(window)  # "اتهم زعيم الجماعة", "متحدث باسم الوزارة"
            if member and self._org_anaphor.match(window[member.end():].split(" ")[0].rstrip("،,")):
                window = window[member.end():]
            found = self._org_anaphor.match(window[:16])     # "أصدرت المنظمة", "تقرير المنظمة"
            if found is not None:
                at = hit_end + (self.norm[hit_end:min(c_end, hit_end + 30)].find(window[:16]))
                if self._named_at(at + found.start(), at + found.end()):
                    return None     # "المجلس العسكري", "الحركة الوطنية ...": a name, not an anaphor
                if _AR_NAMING_ADJ.match(window, found.end()):
                    return None     # "الهيئة العامة لـ ...", "المجلس الأعلى ...": an unknown body's name
            if found is None:
                tail = self.norm[max(lo, hit_start - 24):hit_start]
                found = None
                for found in self._org_anaphor.finditer(tail + " ") if tail else ():
                    pass
                # "وكانت الجماعة قد اعتقلت": only particles between the noun and the verb
                if found is None or not all(_AR_FILLER.fullmatch(w) or w in ("لقد", "ف") or
                                            not re.search(r"\w", w) for w in tail[found.end():].split()) or \
                        self._named_at(hit_start - len(tail) + found.start(),
                                       hit_start - len(tail) + found.end()):
                    found = None
            if found is not None and not re.match(r"(?:و|ف)?ال", found.group().strip()):
                found = None    # "تقرير منظمة X": an indefinite head is in construct with a name
        else:
            tail = self.norm[max(lo, hit_start - 40):hit_start]
            found = self._org_anaphor.search(tail)
            if found is not None and len(tail[found.end():].split()) > 3:
                found = None
            if found is not None and before and before[-1].start > max(lo, hit_start - 40) + found.start():
                found = None
        if found is None:
            return None
        body = bool(re.search(r"ministry|department|ministere|الوزاره", found.group()))
        kinds = ("GovernmentBody",) if body else ("NGO", "IntergovernmentalOrganization", "MediaOutlet")
        if self.lang == "ar" and found.group().strip().endswith("المملكه"):
            # "المملكة": the kingdom named last (Saudi Arabia, Morocco, Jordan, Bahrain...)
            i = bisect_left(self.all_starts, hit_start) - 1
            while i >= 0 and hit_start - self.all_mentions[i].start < 3000:
                m = self.all_mentions[i]
                if m.key.startswith(("gov/", "body/")) and m.key.split("/")[1] in _KINGDOMS:
                    return m
                i -= 1
            return None
        if self.lang == "ar" and _AR_GROUP_ANAPHOR.search(found.group().strip()):
            kinds = ("Group",)      # "الجماعة", "الحركة": the named group, not an NGO
            if self.conjunction and self._rtype in _ADDRESSEE_TYPES and \
                    self.norm[max(lo, hit_start - 40):hit_start].strip():
                return None         # "..., وحثت الحركة على": the group is the one urged
        head = None
        if self.lang == "ar":
            # "الهيئة" -> also an actor named "هيئة ..." of another kind (a government body)
            head = re.sub(r"^(?:و|ف)?(?:ال)?", "", found.group().strip().split()[0])
        i = bisect_left(self.starts, hit_start) - 1
        while i >= 0 and hit_start - self.mentions[i].start < 3000:
            m = self.mentions[i]
            if m.kind in kinds and (not body or m.place_key or m.key.endswith("-ministry")) \
                    and (kinds != ("Group",) or m.key.startswith("org/")):
                return m        # the antecedent may have been an object ("... لمنظمة العفو")
            if head and m.kind != "Person" and (kinds != ("Group",) or m.key.startswith("org/")):
                words = [(m.surface.split() or [""])[0]] + self.norm[max(0, m.start - 12):m.start].split()[-1:]
                if any(re.sub(r"^(?:و|ف|ب|ل)?(?:ال)?", "", w.translate(_AR_FOLD).replace("ة", "ه")
                              .strip("\"«“")) == head for w in words):
                    return m    # "هيئة حقوق الإنسان السعودية ... واتهمت الهيئة"
            i -= 1
        return None

    def _demonym_owners(self, hit_start, hit_end):
        """"مشروع القرار الفرنسي الأمريكي البريطاني", "the French-British draft resolution",
        "le projet de résolution français": the countries named by adjectives."""
        out = []
        if self.lang in ("ar", "fr"):
            j = bisect_left(self.all_starts, hit_end)
            pos = hit_end
            while j < len(self.all_mentions):
                m = self.all_mentions[j]
                gap = self.norm[pos:m.start]
                if m.form != "demonym" or gap.strip(" -و") or len(gap) > 3:
                    break
                out.append(m)
                pos = m.end
                j += 1
        else:
            j = bisect_left(self.all_starts, hit_start) - 1
            pos = hit_start
            while j >= 0:
                m = self.all_mentions[j]
                gap = self.norm[m.end:pos]
                if m.form != "demonym" or re.sub(r"\b(?:draft|joint|and)\b", "", gap).strip(" -,") or len(gap) > 12:
                    break
                out.insert(0, m)
                pos = m.start
                j -= 1
        return out

    def _nominal(self, hit_start, hit_end, c_start, c_end, before, after, rtype=None):
        """Agent of a noun cue ("the report", "arrests"): only a close owner or author.

        "X's report", "X published a report", "تقرير X" (Arabic construct state), "a
        report by X" (handled before), "..., X said"; otherwise the publisher's voice.
        """
        if self.lang == "ar" and self.note == "expressed":
            start = max(self.norm.rfind(c, 0, hit_start) for c in ".!?\n؟") + 1
            verb = None
            for verb in _AR_EXPRESS_VERB.finditer(self.norm, start, hit_start):
                pass
            if verb is None or len(self.norm[verb.end():hit_start].split()) > 30:
                return [], None
            for m in self.in_range(verb.end(), hit_start):
                if m.kind in ("NGO", "IntergovernmentalOrganization", "GovernmentBody", "Official",
                              "Person") or (m.kind == "Government" and not self.is_locative(m)):
                    return self._expand(m, hit_start), "verb-subject"
            return [], None
        if self.lang == "ar" and rtype == "DiplomaticAction" and \
                _AR_PURPOSE_MEETING.fullmatch(self.norm[hit_start:hit_end]):
            # "توجه وفد من X إلى Y للقاء مسؤولين": the delegation's sender meets them
            start = max(self.norm.rfind(c, 0, hit_start) for c in ".!?\n؟") + 1
            for m in self.in_range(start, hit_start):
                if _AR_DELEGATION.search(self.norm, max(start, m.start - 16), m.start) or \
                        not self.is_locative(m):
                    return self._expand(m, hit_start), "purpose"
            return [], None
        opens_clause = self.lang == "ar" and bool(re.search(
            r"(?<!\S)(?:ان|بان)\s*$", self.norm[max(c_start, hit_start - 8):hit_start])) and \
            not re.match(r"(?:علي|يجب|ينبغي|يتعين|لا بد)(?!\S)", self.norm[hit_start:hit_end])   # an obligation
        if self.lang == "ar" and (self.note == "evaluative" or rtype in SPEECH_TYPES) and not opens_clause:
            # (not "قال إن الدعوات ... هراء": a noun opening what is said is its topic)
            # "اعتبرت فرنسا أن ترحيل X من لبنان يشكل انتهاكا": the one who judges
            start = max(self.norm.rfind(c, 0, hit_start) for c in ".!?\n؟") + 1
            said = None
            for said in _AR_SAID_WIDE.finditer(self.norm, start, hit_start):
                pass
            speaker = self._ar_wide_speaker(said) if said is not None else None
            if speaker is not None:
                return self._expand(speaker, said.start(2)), "speaker"
            between = self.norm[said.start(1):said.start(2)].strip() if said is not None else None
            if between is not None and self.last_agents and (
                    not between or self._org_anaphor.fullmatch(between)) and \
                    len(self.norm[said.end():hit_start].split()) <= 8:
                return list(self.last_agents), "carry"  # "وأضافت (المنظمة) أن ... يجب"
        if self.lang == "ar" and rtype in ("Demand", "Condemnation", "Accusation", "Support") and \
                self.relative_agent(hit_end, c_end) is None and not _AR_FROM_AGENT.match(self.norm, hit_end):
            for a, b in self.cue_spans:
                gap = self.norm[b:hit_start]
                if b <= hit_start and _AR_REJECT_VERB.fullmatch(self.norm[a:b].split()[0]) and \
                        len(gap.split()) <= 8 and not re.search(r"[.;:؛،,]", gap):
                    return [], None     # "رفض X الدعوات الدولية": what X rejects, not X's act
        if self.lang == "ar" and self.norm[hit_start:hit_start + 2] in ("لل", "بال") or (
                self.lang == "ar" and self.norm[hit_start:hit_start + 1] in "بل"
                and self.norm[hit_start + 1:hit_start + 3] == "ال"):
            before = []     # "قصف للمظاهرات": the noun is an object here
        if rtype in ("Resolution", "Report", "DiplomaticAction", "Petition", "Demand", "Condemnation"):
            owners = self._demonym_owners(hit_start, hit_end)
            if owners:
                return owners, "adjective"
        if self.lang in ("fr", "en") and after and rtype not in PATIENT_TYPES and \
                _FROM_AGENT.fullmatch(self.norm[hit_end:after[0].start]) and \
                not self.is_place(after[0]):
            return self._expand(after[0], c_end), "construct"   # "criticism from X"
        if self.lang == "ar":
            # "ساعدت كندا في إعادة توطين": the subject of the light verb that governs it
            free = [m for m in before if not self.is_locative(m)]
            if free:
                lead = self.norm[c_start:free[0].start]
                if len(lead.split()) <= 3 and self._light_verb.search(lead):
                    return self._expand(free[0], hit_start), "light-verb"
        if self.lang == "ar" and after and rtype in ("Report", "Resolution", "Petition") and \
                not re.match(r"(?:و|ف|ب|ل|ك)?(?:ال|لل)", self.norm[hit_start:hit_end]) and \
                not self.norm[hit_end:after[0].start].strip() and not self.is_locative(after[0]) and \
                after[0].kind in ("NGO", "IntergovernmentalOrganization", "Government",
                                  "GovernmentBody", "Official", "MediaOutlet"):
            # "انتقدت الحكومة تقرير هيومن رايتس ووتش": the construct state names the author,
            # not the actor before the noun
            return self._expand(after[0], c_end), "construct"
        for m in reversed(before):
            if self.is_locative(m):
                continue
            gap = self.norm[m.end:hit_start]
            words = len(gap.split())
            if self.lang == "ar" and rtype in SPEECH_TYPES and _AR_COMP_START.match(gap) and not opens_clause and \
                    _AR_SAID_BEFORE.search(self.norm, max(c_start, m.start - 40), m.start) and \
                    len(gap.split()) <= 12:
                return self._expand(m, hit_start), "speaker"    # "قال X إن هذا تدخل سافر"
            if self._speech_re.search(gap) or re.search(r"(?<!\S)(?:ان|انه|انها|that|que|qu')(?!\S)", gap):
                if rtype in SPEECH_TYPES and self._speech_re.match(gap.strip()) and not opens_clause and \
                        len(gap.split()) <= (30 if self.lang in ("fr", "en") else 10):
                    return self._expand(m, hit_start), "speaker"    # "X said the unrest was by 'terrorists'"
                if self.lang in ("fr", "en") and rtype in SPEECH_TYPES and not self._speech_re.search(gap):
                    continue    # "X told reporters that the courts of Y were ... 'stop interfering'"
                break
            if self.lang == "ar" and re.search(r"(?<!\S)(?:بشان|حول|عن|من|علي|في|الي|ضد|مع)(?!\S)", gap):
                break
            if rtype in PATIENT_TYPES and not self._light_verb.search(gap):
                break       # "the arrests of X", "X's arrest": X is not the one arresting
            light = self._light_verb.search(gap)
            if light and (gap[max(0, light.start() - 1):light.start() + 1].startswith("و")
                          or re.search(r"\b(?:and|et)\s+\S*\s*$", gap[:light.start()])):
                # "X تتابع حالة Y وتنظم حملات": the subject of the coordinated verb
                free = [b for b in before if not self.is_locative(b)]
                if free:
                    return self._expand(free[0], hit_start), "owner"
            if not re.search(r"[.;:؛]", gap) and (
                    words <= 2 or (words <= 8 and light)):
                return self._expand(m, hit_start), "owner"
            break
        if self.lang != "ar" and after:
            m = after[0]
            gap = self.norm[hit_end:m.start]
            if re.fullmatch(r"\s*(?:of|from|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|l')?", gap) and (
                    m.kind in ("NGO", "IntergovernmentalOrganization") or rtype not in PATIENT_TYPES):
                return self._expand(m, c_end), "construct"
        if self.lang == "ar" and after and rtype in SPEECH_TYPES and rtype != "Accusation":
            # nominal sentence: "إدانات دولية واسعة من X وY", "دعوات من X"
            gap = self.norm[hit_end:after[0].start]
            if _AR_FROM_AGENT.fullmatch(gap) and not self.is_locative(after[0]):
                return self._expand(after[0], c_end), "from"
        if self.lang == "ar" and after and self.note == "agentive":
            gap = self.norm[hit_end:after[0].start]
            if _AR_APPOSITION.fullmatch(gap):
                return self._expand(after[0], c_end), "apposition"   # "جهات مانحة هي X وY"
        if self.lang == "ar" and after:
            rel = self.relative_agent(hit_end, c_end)
            if rel is not None:
                return self._expand(rel, c_end), "relative-agent"
        if self.lang == "ar" and after and (rtype not in PATIENT_TYPES or self.note == "agentive") \
                and rtype != "Condemnation" \
                and not re.search(r"(?:الي|علي)$", self.norm[hit_start:hit_end]):
            m = after[0]
            gap = self.norm[hit_end:m.start]
            if (not gap.split() or gap.split() == ["من"]) and not re.search(r"[.,;:،؛]", gap):
                return self._expand(m, c_end), "construct"
        # Arabic: a noun governed by a preposition ("ردت على الاتهامات") or opening the
        # reported clause ("قال إن الدعوات ...") is a topic, not the act of a speaker
        topic = self.lang == "ar" and bool(re.search(
            r"(?<!\S)(?:علي|عن|في|الي|من|حول|بشان|ضد|مع|ان|انه|انها|بان)\s*$",
            self.norm[max(c_start, hit_start - 8):hit_start]))
        for m in after:
            if self.is_locative(m) or topic:
                continue
            if self.lang in ("fr", "en") and rtype in PATIENT_TYPES:
                break   # "The arrests are wrong, X said": X speaks about them, not does them
            if self._says(m, hit_end):
                return self._expand(m, c_end), "speech"
            break
        if self.lang in ("fr", "en") and (rtype in SPEECH_TYPES or rtype == "Report") \
                and rtype not in PATIENT_TYPES:
            tail = self.tail_speaker(hit_end, s_end=self._sentence_end_of(hit_end, c_end))
            if tail is not None:
                return self._expand(tail, c_end), "speech"
        if self.publisher and self._we_re.search(self.norm[c_start:c_end]):
            return [self.publisher], "publisher"
        head = self.norm[c_start:hit_start]
        prefixed = self.lang == "ar" and self.norm[hit_start:hit_start + 1] in "لب"
        if rtype in SPEECH_TYPES and self.last_agents and not prefixed and not topic and (
                self._pronoun_re.search(head) or self.speaker_ttl > 0):
            return list(self.last_agents), "carry"
        return [], None

    def _arabic(self, hit_start, hit_end, c_start, c_end, pos, before, after, rtype=None):
        head = self.norm[c_start:hit_start]
        # relative clause: "... الذي يحمل": the antecedent, if it is an actor
        rel = re.search(r"(?<!\S)(?:الذي|التي|الذين|اللذان|اللتان)\s*$", head)
        if rel:
            ante = [m for m in before if m.end <= c_start + rel.start()
                    and not self.norm[m.end:c_start + rel.start()].strip(" \t،,")]   # "X، التي أصدرت"
            return (self._expand(ante[-1], hit_start), "relative") if ante else ([], "relative")
        prev_noun = any(b == self.prev_end and re.match(r"(?:لل|بال|ال|وال|ل)", self.norm[a:b])
                        for a, b in self.cue_spans)     # "عن أسفها للقرار، ودعت": a noun before
        if pos == "v" and self.conjunction and self.prev_rule in (None, "relative") and not prev_noun and \
                self.prev_end is not None and 0 <= hit_start - self.prev_end < 4:
            return [], "relative"   # "التي تعتقل وتعدم": same (unknown) subject as the verb before
        if pos == "v" and self.conjunction and head.strip() and (
                rtype in PATIENT_TYPES or not self._ar_explicit_subject(hit_end, c_end)):
            # (after an act on people, "واحتجزوا عشرات الرجال": the crowd is its patient)
            head_ref = self._ar_clause_head_anaphor(c_start, hit_start, c_end)
            if head_ref is not None:
                return [head_ref], "anaphor"    # "وكان عناصر التنظيم قد قتلوا ... وخطفوا"
            for m in before:
                if not self.is_locative(m):
                    return self._expand(m, hit_start), "coordinated-verb"
            if self.last_agents and (self.speaker_ttl > 0 or rtype in _ADDRESSEE_TYPES):
                return list(self.last_agents), "carry"   # "... إن ... ، ودعت طهران": the speaker
            if rtype in _ADDRESSEE_TYPES:
                return [], "relative"   # "، ودعت X إلى": X is the one called on, not the caller
        local = _AR_LOCAL_START.split(head)[-1]
        words = local.split()
        local_start = hit_start - len(local)
        free_before = [m for m in before if m.start >= local_start and not self.is_locative(m)]
        verb_first = pos == "v" and not free_before and all(
            _AR_FILLER.fullmatch(w) or _AR_FUNCTION.fullmatch(w) for w in words)
        if verb_first:
            for m in after[:3]:
                if not self._adjacent_after(hit_end, m):
                    break
                if not self.is_locative(m):
                    return self._expand(m, c_end), "verb-subject"
            nxt = self.norm[hit_end:c_end].split()[:1]
            if rtype in PATIENT_TYPES and nxt and not _AR_PREP.fullmatch(nxt[0]) and \
                    not _AR_FILLER.fullmatch(nxt[0]) and not _AR_FUNCTION.fullmatch(nxt[0]) and \
                    not re.match(r"\d|حوالي|نحو|قرابه|اكثر|اقل|عشرات|ميات|الاف|مليون|ما يقرب", nxt[0]) and \
                    not (after and not self.norm[hit_end:after[0].start].strip()):
                return [], None     # "يحاكم رئيس سابق": its own (unknown) subject or patient
        # a coordinated verb ("... وطالبت بسحبه") shares the subject of its sentence
        if pos == "v" and self.conjunction and not (
                after and self._adjacent_after(hit_end, after[0])) and \
                not self._ar_explicit_subject(hit_end, c_end):
            for m in before:
                if not self.is_locative(m):
                    return self._expand(m, hit_start), "coordinated-verb"
        return None

    def relative_agent(self, hit_end, c_end):
        """Arabic: the subject of a relative clause on a noun cue whose verb carries the
        resumptive pronoun ("الاتهامات التي وجهتها منظمة X", "التقرير الذي أصدره X")."""
        if _AR_REPORT_REL.match(self.norm, hit_end):
            # "في تقرير نشرته": the subject of the sentence published it
            start = max(self.norm.rfind(c, 0, hit_end) for c in ".!?\n؟") + 1
            for m in reversed(self.in_range(start, hit_end)):
                if not self.is_locative(m) and not m.key.startswith("group/"):
                    return m
            return None
        rel = _AR_REL_AGENT.match(self.norm, hit_end, c_end)
        if rel is None:
            return None
        for m in self.in_range(rel.end(), min(c_end, rel.end() + 40))[:1]:
            if m.kind not in ("Person",) and self._adjacent_after(rel.end(), m) \
                    and not self.is_locative(m):
                return m
        return None

    def _ar_clause_speaker(self, s_start, hit_start, width=40):
        """Arabic: who judges in "حذرت X من أن [...] يعد انتهاكا", "اعتبر X أن [...] يشكل
        انتهاكا", "رأت X أن ...": the actor right after the last verb of saying or judging
        before the cue, followed by the complementizer that opens the judged clause."""
        verb = None
        for verb in _AR_JUDGE_VERB.finditer(self.norm, s_start, hit_start):
            pass
        if verb is None:
            return None
        for m in self.in_range(verb.end(), hit_start)[:1]:
            if self._adjacent_after(verb.end(), m) and not self.is_locative(m) and \
                    not m.key.startswith("group/") and \
                    _AR_COMP_START.search(self.norm, m.end, min(hit_start, m.end + width)) and \
                    not re.search(r"[.;:؛]", self.norm[m.end:hit_start]):
                return m
        return None

    def _ar_announcer(self, s_start, hit_start):
        """Arabic: a verbal noun that is the object of a verb of announcing or deciding,
        past a parenthesis ("أعلنت السعودية، عبر مركز الملك سلمان، إرسال شحنة", "قررت
        الحكومة الألمانية الأسبوع الماضي تخصيص"): the subject of that verb."""
        verb = None
        for verb in _AR_ANNOUNCE_VERB.finditer(self.norm, max(s_start, hit_start - 140), hit_start):
            pass
        if verb is None:
            return None
        gap = self.norm[verb.end():hit_start]
        if re.search(r"[.;:؛\"«»“”]|(?<!\S)(?:ان|انه|انها|بان|الذي|التي)(?!\S)", gap) or \
                len(gap.split()) > 14 or any(verb.end() <= a < hit_start for a, _ in self.cue_spans):
            return None
        for m in self.in_range(verb.end(), hit_start)[:1]:
            if self._adjacent_after(verb.end(), m) and not self.is_locative(m) and \
                    not m.key.startswith("group/"):
                return m
        return None

    def _ar_with_participation(self, found, s_start, hit_start):
        """Arabic "نفذ X، بمشاركة (طائرات من) Y وZ، ..." / "بالتعاون مع Y": Y and Z act with
        X; when the agents found are the participants, X (the subject before) joins them."""
        first = found[0]
        last = found[-1]
        after = _AR_WITH.match(self.norm, last.end + len(self.norm[last.end:last.end + 4]) -
                               len(self.norm[last.end:last.end + 4].lstrip(" ،,")))
        if after is not None and hasattr(last, "end"):
            # "وأرسلت تركيا، بالتعاون مع قطر، شحنة": the partners join the subject
            partners = [m for m in self.in_range(after.end(), after.end() + 40)[:1]
                        if not self.norm[after.end():m.start].strip()]
            if partners:
                extra = [m for m in self.coordinated(partners[0]) if not self.is_place(m)]
                return list(found) + [m for m in extra if m.key not in {getattr(f, "key", f) for f in found}]
        co = _AR_WITH.search(self.norm, max(s_start, first.start - 40), first.start)
        if co is None or len(self.norm[co.end():first.start].split()) > 3 or \
                re.search(r"[.;:؛،,]", self.norm[co.end():first.start]):
            return found
        lead = [m for m in self.in_range(s_start, co.start())
                if not self.is_locative(m) and not m.key.startswith("group/")]
        if not lead:
            return found
        out = [lead[0]] + [m for m in found if getattr(m, "key", m) != lead[0].key]
        return out

    def _ar_attack_nationality(self, hit_start, hit_end):
        """Arabic: an attack named with the attacker's nationality adjective, "قصف روسي",
        "غارة جوية إسرائيلية استهدفت ...", "هجوم تركي بطائرة مسيرة": that state."""
        j = bisect_left(self.all_starts, hit_end)
        if j < len(self.all_mentions):
            m = self.all_mentions[j]
            gap = self.norm[hit_end:m.start].split()
            if m.form == "demonym" and m.key.startswith("gov/") and \
                    all(_AR_ATTACK_ADJ.fullmatch(w) for w in gap) and len(gap) <= 1 and \
                    _AR_ATTACK_NOUN.search(self.norm[max(0, hit_start - 2):hit_end]):
                return m    # the cue is the attack noun itself
        j = bisect_left(self.all_starts, hit_start) - 1
        if j >= 0:
            m = self.all_mentions[j]
            if m.form == "demonym" and m.key.startswith("gov/") and \
                    not self.norm[m.end:hit_start].strip() and re.search(
                        _AR_ATTACK_NOUN.pattern + r"(?:\s+" + _AR_ATTACK_ADJ.pattern + r")?\s*$",
                        self.norm[max(0, m.start - 30):m.start]):
                return m    # "غارة جوية إسرائيلية استهدفت": the strike's nationality
        return None

    def _ar_crowd_of_organisation(self, end, c_end):
        """Arabic: a crowd "من حركة X" / "من أنصار حزب X" / "من أعضاء نقابة X": the named
        organisation acts (its members turn out)."""
        lead = re.match(r"\s*(?:من|ينتمون الي|ينتمون ل)\s+(?:(?:انصار|اعضاء|اعضاء في|مؤيدي|ناشطي)\s+)?"
                        r"(?:(?:حركه|منظمه|جمعيه|حزب|نقابه|ايتلاف|تحالف|مجموعه|مبادره)\s+)?[\"«“]?",
                        self.norm[end:min(c_end, end + 60)])
        if lead is None or not lead.group().strip():
            return None
        for m in self.in_range(end, end + lead.end() + 2):
            if m.key.startswith("org/") and m.kind in ("NGO", "Group"):
                return m    # (the organisation noun may be part of its name: "حزب العمال")
        return None

    def _ar_nameless_official(self, m):
        """True for a title mention whose "name" is a prepositional verbal noun ("رئيس
        الوزراء العراقي بفتح تحقيق"): no person is named there."""
        return m.form == "official" and m.key.startswith("person/") and bool(re.search(
            r"(?<!\S)(?:ب|ل|لل)\S+", self.norm[m.start:m.end].split(" ", 1)[-1]))

    def ar_qiyam_agent(self, hit_start):
        """Arabic "قيام X بـ<masdar>" ("انتقدت قيام السلطات الألمانية بترحيل ..."): X did
        the act the verbal noun names; returns X's mention or None."""
        if not self.norm.startswith("ب", hit_start):
            return None
        i = bisect_left(self.starts, hit_start) - 1
        if i < 0:
            return None
        m = self.mentions[i]
        if self.norm[m.end:hit_start].strip() or not re.search(
                r"(?<!\S)(?:و|ب|ل)?(?:ال)?قيام\s*$", self.norm[max(0, m.start - 12):m.start]):
            return None
        return m

    def _ar_clause_head_anaphor(self, c_start, hit_start, c_end):
        """Arabic: the clause opens on a definite anaphor ("التنظيم", "الجماعة", "المنظمة"),
        maybe after "عناصر" / "قادة" and particles ("وكان عناصر التنظيم قد ..."): the actor
        it refers back to, for a later coordinated verb of the same subject."""
        head = self.norm[c_start:hit_start]
        lead = re.match(r"\s*(?:(?:و|ف)?(?:كان|كانت|قد|لقد|ثم|كما)\s+)*", head)
        rest = head[lead.end():]
        member = _AR_MEMBER_LEAD.match(rest)
        if member:
            rest = rest[member.end():]
        word = rest.split(" ", 1)[0].rstrip("،,")
        if not word or not self._org_anaphor.fullmatch(word):
            return None
        at = hit_start - len(head) + (len(head) - len(rest)) + len(word)
        if self.in_range(hit_start - len(rest), at):
            return None     # the noun is part of a name
        return self._anaphor(c_start, at, at, c_end, [])

    def _ar_topic(self, s_start, hit_start):
        """Arabic topicalised subject: "أما الحكومة السودانية (في بورتسودان) فقد طالبت",
        "أما وزارة الخارجية فطالبت": the first actor after "أما" is the subject of the verb
        that its "فـ" opens."""
        head = self.norm[s_start:hit_start]
        amma = None
        for amma in _AR_AMMA.finditer(head):
            pass
        if amma is None:
            return None
        rest = head[amma.end():]
        if not (re.search(r"(?<!\S)ف(?:قد|ان|انها|انه)\s+$", rest) or
                (self.norm.startswith("ف", hit_start) and rest[-1:].isspace())):
            return None
        if re.search(r"[.;:؛]", rest) or len(rest.split()) > 14:
            return None
        for m in self.in_range(s_start + amma.end(), hit_start):
            if not self.is_locative(m) and not self.is_place(m):
                return m
        return None

    def ar_decision_of_force(self, hit_end):
        """Arabic: a decision, order or ruling whose content is an act of force ("أصدرت
        النيابة قرارات بتجديد حبس ...", "أصدر القاضي أمرا باعتقال", "قرار بترحيل"): that
        act, not a resolution."""
        return bool(_AR_DECIDED_FORCE.match(self.norm, hit_end))

    def ar_criticises_discourse(self, hit_end, s_end):
        """Arabic: a verb of criticism whose object is what others said or wrote ("انتقد X
        التقارير", "ندد X بما وصفه بـ«الادعاءات المسيسة»", "هاجمت الوزارة الحملة الإعلامية"):
        a rejection of the criticism, not a condemnation of the abuse."""
        window = self.norm[hit_end:min(s_end, hit_end + 160)]
        window = re.split(r"[.;؛]", window)[0]
        words = window.replace("«", " ").replace("»", " ").replace('"', " ").replace("“", " ") \
            .replace("”", " ").split()
        for i, w in enumerate(words[:14]):
            if _AR_DISCOURSE.fullmatch(w):
                if re.search(r"حمل(?:ه|ات)$", w) and not (
                        i + 1 < len(words) and _AR_CAMPAIGN_OF_WORDS.fullmatch(words[i + 1])):
                    return False    # "حملة الاعتقالات" is an abuse; "الحملة الإعلامية" is words
                before = words[max(0, i - 3):i]
                if before[-1:] == ["ب"] and len(before) >= 2 and \
                        re.fullmatch(r"(?:و)?(?:وصف|اسما|سما|نعت)\S*", before[-2]):
                    return True     # "ما وصفه بـ«التقارير المسيسة»"
                if any(re.fullmatch(r"(?:ب|بسبب|عن|حول|بشان|ضد|في|علي|رغم)", b) for b in before[-1:]):
                    return False    # "انتقد الحكومة بسبب التقارير": the reports are the reason
                return True
            if re.fullmatch(r"(?:و)?(?:ان|بان|انه|انها|لان|بسبب|التي|الذي)", w):
                return False
        return False

    def ar_clitic_subject(self, hit_start, hit_end, c_end):
        """Arabic: a verb carrying its object as a pronoun, right after the noun it refers to
        ("وهو رقم تنفيه الحكومة", "اتهامات ترفضها القاهرة", "ما تنفيه السلطات"): the actor
        right after the verb is its subject, or None."""
        if not re.search(r"\S{3,}(?:ه|ها|هم|هما)$", self.norm[hit_start:hit_end]) or not re.search(
                r"(?<!\S)(?:ما|وهو|وهي|وهذا|وهذه|التي|الذي|رقم|امر|اتهام\S*|تقرير\S*|مزاعم|"
                r"ادعاءات|روايه|تصريحات)\s+$", self.norm[max(0, hit_start - 14):hit_start]):
            return None
        for m in self.in_range(hit_end, min(c_end, hit_end + 40))[:1]:
            if not self.norm[hit_end:m.start].strip(" \t") and not self.is_locative(m) and \
                    not m.key.startswith("group/"):
                return m
        return None

    def _ar_explicit_subject(self, hit_end, c_end):
        """True when an Arabic verb is followed by a subject that is no known actor: a
        crowd or a number of people ("وتظاهر آلاف", "ونظم مئات الإيرانيين"), or a
        nationality ("واحتج الإيرانيون"): its elided subject is not the previous agent."""
        after = self.norm[hit_end:min(c_end, hit_end + 40)].split()
        for i, w in enumerate(after[:3]):
            if _AR_CROWD.fullmatch(w):
                # "واستقبلت آلاف اللاجئين", "واعتقلت مئات المتظاهرين": the object
                return not (i + 1 < len(after) and _AR_PATIENT_NOUN.match(after[i + 1]))
            if not _AR_FILLER.fullmatch(w):
                break
        j = bisect_left(self.all_starts, hit_end)
        nxt = self.all_mentions[j] if j < len(self.all_mentions) else None
        if nxt is not None and nxt.form == "demonym" and nxt.kind != "Place" and \
                not self.norm[hit_end:nxt.start].split():
            return True
        if len(after) >= 2 and _AR_BODY_NOUN.fullmatch(after[0]) and \
                _AR_NAMING_ADJ.match(" " + after[1]) and not (nxt is not None and nxt.start < hit_end + 3):
            return True     # "نفى المجلس الأعلى للقضاء": a body unknown to the gazetteer
        if after and _AR_PERSON_TITLE.fullmatch(after[0]) and not (
                nxt is not None and nxt.start < hit_end + len(after[0]) + 2):
            return True     # "دعا البابا فرنسيس": a person unknown to the gazetteer
        return False

    def _ar_wide_speaker(self, said):
        """The speaker named between an Arabic speech verb and its "إن" (``_AR_SAID_WIDE``):
        an organisation, body or official even after a title and "في" / "لـ", a state
        unless it is a place there."""
        for m in self.in_range(said.start(1), said.start(2)):
            if m.kind in ("NGO", "IntergovernmentalOrganization", "GovernmentBody", "Official") or (
                    m.kind == "Government" and not self.is_place(m)):
                return m
        return None

    def _ar_addressed_target(self, hit_start, hit_end, m, rtype):
        """Arabic: "... أعربت X عن قلقها. وحثت الحكومة الكينية على ...": after a
        conjunction, a call on the government of the country the text is about, followed
        by its complement ("على", "إلى", "بـ"), names whom the last agent urges, not a new
        speaker."""
        if not (self.conjunction and rtype in _ADDRESSEE_TYPES and self.last_agents) or \
                m.kind not in ("Government", "GovernmentBody") or not m.place_key:
            return False
        if not re.match(r"\s*(?:\S+\s+)?(?:علي|الي|ب\S+)(?!\S)", self.norm[m.end:m.end + 30]):
            return False
        iso = m.place_key.split("/")[-1].split("-")[0]
        last = [getattr(a, "key", a) for a in self.last_agents]
        if any(k.split("/")[1:2] == [iso] for k in last if "/" in k):
            return False
        counts: dict = {}
        for x in self.all_mentions:
            if x.start >= hit_start:
                break
            if x.place_key:
                code = x.place_key.split("/")[-1].split("-")[0]
                counts[code] = counts.get(code, 0) + 1
        return bool(counts) and max(counts, key=counts.get) == iso and counts[iso] >= 2

    def _ar_gender_mismatch(self, hit_start, hit_end, m):
        """Arabic verb-subject agreement: a masculine verb ("دعا") before a clearly feminine
        noun ("السلطات", "الحكومة", "منظمة") or a feminine verb ("دعت") before a clearly
        masculine one ("الأمين العام", "مجلس"), with nothing between, is not its subject."""
        words = self.norm[hit_start:hit_end].split()
        if not words or self.norm[hit_end:m.start].strip():
            return False
        verb = re.sub(r"^(?:و|ف)", "", words[0])
        head = re.sub(r"^(?:و|ف)", "", (m.surface.split() or [""])[0].translate(_AR_FOLD).replace("ة", "ه"))
        feminine_verb = verb.endswith("ت") and len(verb) >= 3
        if not feminine_verb and not verb.startswith(("ت", "ن")) and _AR_FEM_NOUN.fullmatch(head):
            return True     # (not "تطالب" / "نطالب", whose prefix carries the person)
        return feminine_verb and bool(_AR_MASC_NOUN.fullmatch(head))

    def _named_at(self, start, end):
        """True when a gazetteer name covers ``[start, end)`` (the noun is part of a name)."""
        j = bisect_left(self.all_starts, end) - 1
        while j >= 0 and self.all_mentions[j].end > start:
            if self.all_mentions[j].start <= start and self.all_mentions[j].end > end:
                return True
            j -= 1
        return False

    def _ar_report_author(self, hit_start, hit_end, s_start):
        """Arabic: who publishes a report named far from its verb, past a long subject
        ("أصدرت بعثة ... التابعة للأمم المتحدة بشأن ليبيا، اليوم، تقريرا"), or in a
        relative clause on it ("اتهمت X، في تقرير نشرته الثلاثاء، ...", "في رأي أصدره")."""
        last = (self.norm[hit_start:hit_end].split() or [""])[-1]
        if _AR_REPORT_REL.match(self.norm, hit_end) or _AR_REPORT_REL.fullmatch(" " + last):
            for m in reversed(self.in_range(s_start, hit_start)):
                if not self.is_locative(m) and not m.key.startswith("group/"):
                    return m
            return None
        if re.search(r"(?<!\S)في\s*$", self.norm[max(s_start, hit_start - 6):hit_start]) and \
                not self.in_range(hit_end, hit_end + 4) and \
                re.match(r"\s+(?:\S+\s+)?(?:سابق|حديث|جديد|اخير|سنوي|صدر|نشر|له|لها|مطول|مفصل)(?!\S)",
                         self.norm[hit_end:hit_end + 30]):
            # "حذرت الأمم المتحدة في تقرير سابق": the subject's own report
            for m in reversed(self.in_range(s_start, hit_start)):
                if not self.is_locative(m) and not m.key.startswith("group/"):
                    return m
            return None
        if not self.norm[hit_start:hit_end].endswith(("ا", "ين")):
            return None     # the object of a verb is in the accusative ("تقريرا")
        verb = None
        for verb in _AR_PUBLISH.finditer(self.norm, s_start, hit_start):
            pass
        if verb is None:
            return None
        gap = self.norm[verb.end():hit_start]
        if re.search(r"[.;:؛]", gap) or len(gap.split()) > 25:
            return None
        for m in self.in_range(verb.end(), hit_start):
            if m.key.startswith("group/") or self.is_place(m):
                continue
            if self.is_locative(m) and not re.search(r"(?:التابعه|التابع|التابعين)\s*(?:ل|لل)?$",
                                                       self.norm[max(0, m.start - 14):m.start]):
                continue
            return m
        for m in reversed(self.in_range(s_start, verb.start())):
            if not self.is_locative(m) and not m.key.startswith("group/"):
                return m    # "وكانت المفوضة السامية ... قد قدمت ... تقريرا": subject first
        return None

    def _ar_crowd_subject(self, hit_end, c_end):
        """Arabic: a group named after a number or a crowd word right after the verb
        ("تظاهر آلاف المحتجين", "ونظم عشرات الطلاب وقفة"): the group."""
        j = bisect_left(self.all_starts, hit_end)
        while j < len(self.all_mentions) and self.all_mentions[j].start < min(c_end, hit_end + 50):
            m = self.all_mentions[j]
            j += 1
            nationals = m.form == "demonym" and m.key.startswith("gov/")    # "آلاف الكينيين"
            if not m.key.startswith("group/") and not nationals:
                continue
            words = self.norm[hit_end:m.start].split()
            if 0 < len(words) <= 4 and all(_AR_CROWD.fullmatch(w) or re.fullmatch(r"[\d٠-٩]+|من|" + _AR_NUMBER, w)
                                           or _AR_FILLER.fullmatch(w) for w in words) and \
                    any(_AR_CROWD.fullmatch(w) or re.fullmatch(r"[\d٠-٩]+|" + _AR_NUMBER, w) for w in words):
                if nationals and re.match(r"\s*(?:\S+\s+)?(?:في المهجر|في المنفي|في الخارج|المقيمين|المغتربين)",
                                          self.norm[m.end:m.end + 30]):
                    return None     # nationals abroad: exiles, not the country's protesters
                member_of = self._ar_crowd_of_organisation(m.end, c_end)
                if member_of is not None:
                    return member_of    # "تظاهر مئات الإسرائيليين من حركة «نقف معا»": the movement
                return "group/%s/protesters" % m.key.split("/")[1].split("-")[0] if nationals else m
            return None
        return None

    def _adjacent_after(self, hit_end, m):
        """True when ``m`` follows the verb directly (time words and particles allowed,
        and the head of its noun phrase: "اتهمت منظمة «X»", "انتقد الأمين العام لحزب X")."""
        gap = self.norm[hit_end:m.start]
        if _AR_PARTITIVE.fullmatch(gap) and not (
                m.key.count("/") == 1 and m.key.startswith(("body/", "group/", "official/"))):
            return True     # "أدانت كل من X وY" (not "عدد من النواب": some members only)
        words = [w for w in gap.replace("«", " ").replace("“", " ").replace('"', " ").split()
                 if not _AR_FILLER.fullmatch(w)]
        if words == ["ل"] and re.search(r"(?:تقرير|بيان|رساله|نداء)\s+ل$", gap.strip()):
            words = []      # "وثق تقرير للأمم المتحدة": the document's author
        if words and len(words) <= 4 and all(_AR_SUBJECT_HEAD.fullmatch(w) for w in words) and (
                not words[-1].startswith("ال") or words[-1] == "باسم"):
            words = []      # ends in a construct head or "لـ"/"باسم" ("المنظمة" alone is a subject)
        if 2 <= len(words) <= 5 and words[-1] in ("ل", "لل") and _AR_TITLE_HEAD.fullmatch(words[0]) \
                and not any(_AR_PREP.fullmatch(w) and w not in ("ل", "لل") for w in words[1:-1]):
            words = []      # "المدير العام لـ X", "منسق الشؤون الإنسانية للـ X": X's official
        return not words and not re.search(r"[.;:؛]", gap)

    def _affiliation(self, m):
        """For a person named right after a title phrase ("China's foreign ministry
        spokesman Geng Shuang"), the actor of that phrase."""
        if m.kind != "Person":
            return m
        i = bisect_left(self.starts, m.start) - 1
        if i >= 0:
            prev = self.mentions[i]
            gap = self.norm[prev.end:m.start]
            if len(gap.split()) <= 3 and not re.search(r"[.;:؛]", gap) and \
                    prev.kind in ("GovernmentBody", "Government", "Official", "NGO",
                                  "IntergovernmentalOrganization"):
                return prev
        return m

    def _expand(self, m, limit_end):
        m = self._affiliation(m)
        if self.lang in ("fr", "en"):   # "les voisins de la Biélorussie, la Pologne et ...": not Belarus
            return [x for x in self.coordinated(m, limit_end)
                    if x is m or not (self.is_place(x) or self.is_locative(x))]
        return [x for x in self.coordinated(m, limit_end) if x is m or not self.is_place(x)]


# --- Arabic joint statements whose signatories are named apart --------------------------
# "طالبت 20 دولة والاتحاد الأوروبي بـ ..." / "منظمات حقوقية تطالب ..." (a collective subject),
# then "ومن بين الموقعين على البيان X وY وZ": the named signatories are the agents of what
# the collective said; the other signatories stay unnamed.
_AR_NUMBER_WORD = (r"(?:[\d٠-٩][\d٠-٩,.]*|عشرات|عده|بضع|بضعه|اثنتا|اثنتي|اثنا|اثني|احدي|احد|ثلاث|ثلاثه|"
                   r"اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|ثمان|تسع|تسعه|عشر|عشره|"
                   r"عشرون|عشرين|ثلاثون|ثلاثين|اربعون|اربعين|خمسون|خمسين|ستون|ستين|سبعون|سبعين|"
                   r"ثمانون|ثمانين|تسعون|تسعين|مئه|مائه|ميه|مئات)")
# a cardinal of one to three words: "14", "أربع عشرة", "خمس وعشرون", "أكثر من مئة"
_AR_NUMBER = r"(?:" + _AR_NUMBER_WORD + r"(?:\s+(?:و)?" + _AR_NUMBER_WORD + r"){0,2})"
_AR_COLLECTIVE = re.compile(
    r"(?:(?:اكثر من|نحو|قرابه|حوالي)\s+)?(?:" + _AR_NUMBER + r"\s+(?:دوله|دول|بلدا|بلدان|حكومه|"
    r"حكومات|منظمه|منظمات|جمعيه|جمعيات|هيئه|هيئات)|(?:دول|بلدان|حكومات|منظمات|جمعيات|هيئات)"
    r"(?:\s+(?:حقوقيه|دوليه|غربيه|اوروبيه|عربيه|افريقيه|غير حكوميه|اعضاء|عديده|عده))+)(?![^\s،,])")
_AR_SIGNERS = re.compile(r"(?<!\S)(?:و|ف)?(?:ال)?(?:موقعين|موقعون|موقعه)(?!\S)")
_AR_SIGNERS_STOP = re.compile(r"[.;؛]|(?<!\S)(?:في حين|بينما|لكن|ولكن|غير ان|الا ان|فيما|"
                              r"لم|ولم|دون|باستثناء|ما عدا)(?!\S)")
_AR_COLLECTIVE_TYPES = {"Demand", "Condemnation", "ExpressionOfConcern", "Accusation",
                        "Rejection", "Support"}
_AR_SIGNER_KINDS = {"Government", "GovernmentBody", "Official", "NGO",
                    "IntergovernmentalOrganization"}


class ArSigners:
    """Arabic acts of a collective ("20 دولة", "منظمات حقوقية") that a later sentence
    names the signatories of; see the comment above.

    Parameters
    ----------
    norm : str
        The normalised text being read.
    window : int
        How many sentences later the signatories may be named.
    """

    def __init__(self, norm, window=3):
        self.norm = norm
        self.window = window
        self.pending: list = []     # [(sentence index, Response, in the output?)]

    def collective_subject(self, hit, na):
        """Where the collective noun phrase that is the subject of ``hit`` ends, or None:
        right after the verb (time words and commas allowed) or right before it, at the
        start of its clause ("منظمات حقوقية تطالب")."""
        rest = self.norm[hit.end:hit.end + 80]
        words = rest.split()
        skip = 0
        offset = 0
        for w in words[:4]:
            if _AR_FILLER.fullmatch(w.strip("،,")) or w in ("،", ","):
                skip += 1
                continue
            break
        if skip:
            pos = 0
            for w in words[:skip]:
                pos = rest.index(w, pos) + len(w)
            offset = pos
        found = _AR_COLLECTIVE.match(rest[offset:].lstrip(" ،,"))
        if found is not None:
            lead = len(rest[offset:]) - len(rest[offset:].lstrip(" ،,"))
            return hit.end + offset + lead + found.end()
        head = self.norm[max(na, hit.start - 40):hit.start]
        clause = re.split(r"[،,.:؛]|(?<!\S)(?:و?قال\S*|ان|انه|انها)(?!\S)", head)[-1].strip()
        found = _AR_COLLECTIVE.match(clause) if clause else None
        if found is not None and not clause[found.end():].strip():
            return hit.start
        return None

    def sentence(self, reader, out, idx, na, nb, s, hits, negs, mods, n_before):
        """Record this sentence's collective acts; give earlier ones their signatories."""
        self.pending = [p for p in self.pending if idx - p[0] <= self.window]
        created = out.responses[n_before:]
        previous = None     # the collective act before, in this sentence: (its end, named)
        # "ووجهت 30 منظمة حقوقية رسالة ... تطالبه فيها بـ": a collective subject of the
        # sentence's first verb; its letter and what the letter says are the collective's
        lead = _AR_COLLECTIVE.search(self.norm, na, min(nb, na + 60))
        if lead is not None and len(self.norm[na:lead.start()].split()) > 3:
            lead = None
        if lead is not None:
            for hit in hits:
                if hit.entry.note == "artifact" and hit.start >= lead.end() and \
                        not reader._negated(hit, negs, na):
                    letter = Response(type=hit.entry.value, agents=[],
                                      evidence=[reader._evidence(s, reader._orig(hit), 0.6)],
                                      modality=reader._modality(hit, mods))
                    reader._details(letter, hit, na, nb)
                    self.pending.append((idx, letter, False))
                    previous = []
                    break
        for hit in hits:
            if hit.entry.value not in _AR_COLLECTIVE_TYPES or hit.entry.pos != "v" or \
                    reader._negated(hit, negs, na):
                continue
            cue = reader._orig(hit)
            response = next((r for r in created if r.type == hit.entry.value
                             and r.evidence and r.evidence[0].cue == cue), None)
            end = self.collective_subject(hit, na)
            if end is None and lead is not None and hit.start >= lead.end() and (
                    response is None or all(a.startswith("group/") for a in response.agents)):
                end = -1    # what the collective's letter says ("تطالبه فيها")
            if end is None and previous is not None and reader._conjunction(hit) and not any(
                    reader.attr._adjacent_after(hit.end, m)
                    for m in reader.attr.in_range(hit.end, min(nb, hit.end + 40))[:1]):
                # "أدانت 14 دولة ... ، وطالبت بـ": the same collective subject
                if response is not None:
                    response.agents = list(previous)
                    if not previous:
                        out.responses.remove(response)
                    self.pending.append((idx, response, bool(previous)))
                    continue
                end = -1
            if end is None:
                continue
            named = []      # "20 دولة والاتحاد الأوروبي": the ones named along
            for m in reader.attr.in_range(end, min(nb, end + 60)) if end >= 0 else []:
                if m.kind in _AR_SIGNER_KINDS and re.fullmatch(r"\s*(?:\S+\s+){0,2}?و\s*(?:ال)?",
                                                               self.norm[end:m.start] + " "):
                    named = [reader._contextual(x.key, x.start) for x in reader.attr.coordinated(m, nb)
                             if x.kind in _AR_SIGNER_KINDS]
                break
            if end < 0 and previous:
                named = list(previous)
            if response is not None:
                # what was found for it is the collective ("rights groups": kept until the
                # signatories are named) or a guess (a carried agent): the named members only
                if named or not response.agents or \
                        not all(a.startswith("group/") for a in response.agents):
                    response.agents = list(named)
                if not response.agents:
                    out.responses.remove(response)
                self.pending.append((idx, response, bool(response.agents)))
                previous = named
                continue
            response = Response(type=hit.entry.value, agents=named,
                                evidence=[reader._evidence(s, cue, 0.6)],
                                modality=reader._modality(hit, mods))
            reader._details(response, hit, na, nb)
            if named:
                out.responses.append(response)
            self.pending.append((idx, response, bool(named)))
            previous = named
        signers = _AR_SIGNERS.search(self.norm, na, nb)
        if signers is None or not self.pending:
            return
        stop = _AR_SIGNERS_STOP.search(self.norm, signers.end(), nb)
        end = stop.start() if stop else nb
        keys = []
        for m in reader.attr.in_range(signers.end(), end):
            if m.kind in _AR_SIGNER_KINDS and not reader.attr.is_place(m):
                key = reader._contextual(m.key, m.start)
                if key not in keys and key not in reader.joint_excluded:
                    keys.append(key)
        if not keys:
            return
        kept = []
        for i, response, shown in self.pending:
            if i == idx and response in created:
                kept.append((i, response, shown))
                continue
            response.agents = [a for a in response.agents if not a.startswith("group/")]
            response.agents += [k for k in keys if k not in response.agents]
            ev = reader._evidence(s, None, 0.6)
            if all(e.start != ev.start for e in response.evidence):
                response.evidence.append(ev)
            if not shown:
                out.responses.append(response)
            kept.append((i, response, True))
        self.pending = kept


def org_voice(norm, lang):
    """True when the text speaks as an organisation ("nous appelons", "we call on"); in
    French and English, a quoted "we" (a news article quoting a spokesperson) does not count."""
    if lang not in ("fr", "en"):
        return bool(ORG_VOICE.search(norm))
    for found in ORG_VOICE.finditer(norm):
        para = norm.rfind("\n", 0, found.start()) + 1
        seg = norm[para:found.start()]
        opened = seg.count("\u00ab") + seg.count("\u201c")
        closed = seg.count("\u00bb") + seg.count("\u201d")
        if opened <= closed and seg.count('"') % 2 == 0:
            return True
    return False


def detect_publisher(doc, gz, lang, norm=None):
    """Actor key of the publisher: ``doc.publisher``, or an NGO naming itself on its page."""
    pub = doc.publisher
    if pub:
        if "/" in pub and pub.split("/")[0] in ("org", "gov", "body", "person"):
            return pub
        for m in gz.find(pub, lang):
            if m.kind in ("NGO", "MediaOutlet", "IntergovernmentalOrganization"):
                return m.key
    text = doc.text or ""
    if not text:
        return None
    if norm is None:
        norm, _ = normalized_view(text, lang)
    if not org_voice(norm, lang):
        return None
    head = text[:1500]
    for m in gz.find(head, lang):
        if m.kind == "NGO":
            return m.key
    return None
