"""Bank: Arabic acts of governments and organisations (round 10, helper H3).

The mechanisms, counted on blind22-29 (Arabic, agent found, type missed or extra):

- an act named by a verbal noun after a verb of haste or of "no more than" ("سارعت X إلى
  التنديد", "اكتفت X بالدعوة إلى"), the Maghrebi "انشغال" (concern), defending a measure
  against its critics ("دافع الوزير عن القرار": a Rejection);
- a relative "وهو ما نفته X" ("which X denied"): "ما" read as a negation hid the act, and
  the subject after the verb (an adverb or "به" may stand between) is the agent;
- a court convicting someone ("قبل أن تدينه المحكمة", "بعد إدانته بتهم") is no
  condemnation, nor a court upholding a sentence a support; refusing to make a statement is
  no rejection, "من دون أي موقف إدانة" no condemnation;
- a state's speaker quoted saying the case "has nothing to do with" the journalist's work
  ("«لا علاقة له بمهنتها»") or that "no one is tried for an opinion" denies (the
  ``restraint`` words of lang/ar/evaluation.tsv, a state's speaker only);
- "وطالبت المنظمة الأمم المتحدة بـ": the gazetteer matched "منظمة الأمم المتحدة" over the
  article of "المنظمة", so the one addressed became the agent;
- a state's complaint to the Security Council ("تقدمت بشكوى إلى مجلس الأمن") is a
  DiplomaticAction (the complaint row made it Advocacy);
- "وندد وزير الإعلام في الحكومة اليمنية": the title before "في" left the government out of
  the verb's reach (no subject);
- "ورأت X أن ...، وحثت Y وZ وW على": a call coordinated after a complement clause is the
  main subject's, the list of states after it is called on (the first one was checked for
  "على" only);
- "ودعت المنظمة X إلى": a definite organisation noun after the verb refers back to the
  organisation named before, not to the state that acted last;
- "جنود الاحتلال" / "جيش الاحتلال" (the occupying army) and "قوات الحوثيين" (a movement's
  forces) read as the army of the story's country.

Actors, countries and wording are our own, not the development documents'.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # --- an act as a verbal noun after a verb of haste or of "no more than" ---
    ("ar-saraat-ila-altandid", "ar", "اعتقلت السلطات البيلاروسية الصحفية ماريا كاليسنيكافا في مينسك. وسارعت ليتوانيا "
     "إلى التنديد بالاعتقال.",
     ["gov/LT Condemnation -"], []),
    ("ar-iktafat-bialdawa", "ar", "قصفت القوات الإثيوبية قرى في إقليم تيغراي. واكتفت فرنسا بالدعوة إلى «ضبط النفس».",
     ["gov/FR Demand -"], []),
    ("ar-abdat-inshighalaha", "ar", "اعتقلت الشرطة الجزائرية عشرات المتظاهرين في وهران. وأبدت الخارجية الإسبانية "
     "انشغالها إزاء هذه الاعتقالات.",
     ["gov/ES ExpressionOfConcern -"], []),
    ("ar-dafaa-an-alqarar", "ar", "انتقدت منظمات حقوقية ترحيل مئات المهاجرين من بريطانيا إلى رواندا. ودافع وزير "
     "الداخلية البريطاني عن القرار في مؤتمر صحفي.",
     ["gov/GB Rejection -"], []),
    # --- "وهو ما نفته X": a relative, not a negation; the subject follows the verb ---
    ("ar-wahuwa-ma-nafathu", "ar", "قال شهود إن الشرطة الأوغندية ضربت المعتقلين في كمبالا، وهو ما نفته وزارة "
     "الداخلية الأوغندية.",
     ["gov/UG Denial -"], []),
    ("ar-wahuwa-ma-rafadathu-aydan", "ar", "أعربت ألمانيا عن قلقها من الحكم على الناشط في تونس، وهو ما رفضته أيضاً "
     "الخارجية التونسية.",
     ["gov/TN Rejection -", "gov/DE ExpressionOfConcern -"], ["gov/DE Rejection -"]),
    ("ar-wahuwa-ma-unnamed-critics", "ar", "أعلنت الحكومة اللبنانية ترحيل مئات السوريين إلى بلادهم، وهو ما انتقدته "
     "منظمات حقوقية.",
     [], ["gov/LB Condemnation -"]),
    # --- a verdict is no condemnation; declining to comment is no rejection ---
    ("ar-tudinuhu-almahkama", "ar", "اعتقلت الشرطة المغربية الصحفي في الرباط، قبل أن تدينه المحكمة بسنة حبسا نافذا.",
     [], ["gov/MA Condemnation -"]),
    ("ar-baad-idanatihi-bituham", "ar", "أعدمت السلطات الإيرانية الشاب في طهران بعد إدانته بتهم تتعلق بالمشاركة في "
     "الاحتجاجات.",
     ["gov/IR UseOfForce IR"], ["gov/IR Condemnation -"]),
    ("ar-rafada-al-idla-bitasrih", "ar", "أعدمت السلطات السعودية ثلاثة رجال في الرياض. ورفض متحدث باسم السفارة "
     "الكندية في الرياض الإدلاء بأي تصريح.",
     [], ["gov/CA Rejection -"]),
    ("ar-almahkama-tuayyid-hukm", "ar", "مصر: محكمة النقض تؤيد حكم الإعدام بحق ثلاثة متهمين\n\nأيدت محكمة النقض "
     "المصرية حكم الإعدام بحق ثلاثة شبان في القاهرة.",
     [], ["gov/EG Support -"]),
    ("ar-duna-ayy-mawqif-idana", "ar", "قصفت طائرات حربية سوقا في إدلب. وقال متحدث باسم الخارجية الكندية إن "
     "الوزارة طلبت توضيحات، من دون أن يصدر عنها أي موقف إدانة.",
     [], ["gov/CA Condemnation -"]),
    # --- a state's speaker saying the case has "nothing to do with" speech denies the charge ---
    ("ar-la-alaqa-lahu-state", "ar", "اعتقلت الشرطة الأردنية الصحفي في عمّان. وقالت الحكومة الأردنية في بيان إن "
     "توقيفه «لا علاقة له بعمله الصحفي».",
     ["gov/JO Denial -"], []),
    ("ar-la-alaqa-lahu-ngo", "ar", "اعتقلت الشرطة الأردنية الصحفي في عمّان. وقالت منظمة العفو الدولية إن توقيفه "
     "«لا علاقة له بالقانون».",
     [], ["org/amnesty-international Denial -"]),
    # --- "وطالبت المنظمة الأمم المتحدة": the United Nations is the one asked ---
    ("ar-almunazzama-tutalib-alumam", "ar", "قالت منظمة العفو الدولية إن قوات الأمن الإريترية عذبت المعتقلين. "
     "وطالبت المنظمة الأمم المتحدة بفتح تحقيق مستقل.",
     ["org/amnesty-international Demand -"], ["org/united-nations Demand -"]),
    ("ar-almunazzama-aldawliya-lilhijra", "ar", "قصفت طائرات مركزا للمهاجرين قرب طرابلس. وقالت المنظمة الدولية "
     "للهجرة إنها تشعر بالقلق.",
     ["org/united-nations ExpressionOfConcern -"], []),
    # --- a state's complaint to the Security Council is a diplomatic act, not advocacy ---
    ("ar-shakwa-ila-majlis-alamn", "ar", "قصفت القوات الأذربيجانية قرى حدودية في أرمينيا. وقدمت وزارة الخارجية "
     "الأرمينية شكوى إلى مجلس الأمن الدولي ضد أذربيجان.",
     ["gov/AM DiplomaticAction -"], ["gov/AM Advocacy -", "gov/AZ Advocacy -"]),
    # --- a minister named by his government: "وزير الإعلام في الحكومة X" ---
    ("ar-wazir-fi-alhukuma", "ar", "قصفت طائرات مسيّرة سوقا شعبية في مدينة مأرب. وندد وزير الإعلام في الحكومة "
     "اليمنية، معمر الإرياني، بالهجوم.",
     ["gov/YE Condemnation -"], []),
    # --- the forces of a movement are the movement's, not the state's ---
    ("ar-quwwat-alhuthiyyin", "ar", "تجمع مئات المهاجرين أمام مكتب المفوضية في صنعاء، قبل أن تعتقل قوات الحوثيين "
     "العشرات منهم.",
     ["org/houthis UseOfForce -"], ["gov/YE UseOfForce -"]),
    # --- "ودعت المنظمة": the organisation named before, not the state that acted last ---
    ("ar-daat-almunazzama-after-state", "ar", "أعدمت السلطات البيلاروسية سجينا في مينسك. وقالت منظمة العفو الدولية "
     "إن المحاكمة جائرة. وأعدمت بيلاروسيا ثلاثة أشخاص هذا العام. ودعت المنظمة الاتحاد الأوروبي إلى الضغط على "
     "مينسك لوقف الإعدامات.",
     ["org/amnesty-international Demand -"], ["gov/BY Demand -", "org/european-union Demand -"]),
    # --- "ورأت X أن ...، وحثت Y وZ على": X calls, the listed states are called on ---
    ("ar-raat-anna-wahaththat-list", "ar", "قصفت طائرات حربية مستشفى في مدينة الفاشر. ورأت منظمة العفو الدولية أن "
     "القصف يرقى إلى جريمة حرب، وحثّت الولايات المتحدة وفرنسا وبريطانيا على وقف صفقات السلاح.",
     ["org/amnesty-international Demand -"], ["gov/US Demand -", "gov/FR Demand -"]),
    # --- the occupying army ---
    ("ar-junud-alihtilal", "ar", "وأطلق جنود الاحتلال الرصاص الحي على الشبان في بلدة قرب جنين بالضفة الغربية. ونفى "
     "جيش الاحتلال، في بيان، استهداف المدنيين.",
     ["gov/IL UseOfForce -", "gov/IL Denial -"], ["gov/PS UseOfForce -", "gov/PS Denial -"]),
]

XFAIL = {}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_arabic_acts_r10_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
