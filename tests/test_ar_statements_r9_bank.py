"""Bank: Arabic statements said as reported speech with no response verb (round 9, H2).

Three mechanisms. (1) The speaker: besides "وقالت X إن" at the start of a sentence, the
topic phrase "أما X فوصفت / فقالت ..."، a judging verb opening the sentence ("ووصفت /
واعتبرت / ورأت / وأشارت X ... بأنه / إلى أن") and a quotation first ("«...»، قالت X")
(loaders/ar_speech_frames.py); a subjectless "، وقالت إن" after another clause is xfail. (2) The type for speakers other than
rights bodies and international organisations (governments, officials, parties, unions):
what is said decides (loaders/ar_evaluative_speech.stated_type): a negative qualifier
Condemnation, a worry ExpressionOfConcern, a charge against others Accusation, a claim of
falsity Denial, and, for a state, its forces' restraint or self-defence Denial. (3) An
obligation in what is said is a Demand ("أكدت ضرورة"; loaders/lang/ar/responses.tsv); the
bare "يجب" + masdar, "لا بد من" and "إن على X" + masdar forms are xfail (measured, not kept). Actors,
places and wording are my own, not those of the development documents.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # --- (1) speakers ---
    ("ar-amma-fa-wasafat", "ar", "اعتقلت الشرطة التونسية عشرات المحتجين في صفاقس يوم الأحد. أما منظمة هيومن رايتس "
     "ووتش فوصفت ما جرى بأنه \"حملة قمع ممنهجة\".",
     ["org/human-rights-watch Condemnation TN"], []),
    ("ar-amma-fa-qalat", "ar", "فرقت قوات الأمن الجزائرية مسيرة للطلاب في وهران. أما منظمة العفو الدولية فقالت إن "
     "ما حدث \"اعتداء سافر على حرية التجمع\".",
     ["org/amnesty-international Condemnation DZ"], []),
    ("ar-wasafat-ma-hadath", "ar", "أصدرت محكمة مصرية أحكاما بالسجن على ثلاثين ناشطا في الإسكندرية. ووصفت منظمة "
     "العفو الدولية ما حدث بأنه \"مهزلة قضائية\".",
     ["org/amnesty-international Condemnation EG"], []),
    ("ar-coordinated-wa-qalat", "ar", "حكمت محكمة في الرباط بسجن صحافي مغربي خمس سنوات. ودعت منظمة مراسلون بلا حدود "
     "إلى الإفراج عنه، وقالت إن حل النقابة \"يكشف نية السلطات تكميم الأفواه\".",
     ["org/rsf Condemnation MA", "org/rsf Demand MA"], []),
    ("ar-participle-muakkida", "ar", "أطلقت الشرطة العراقية الرصاص الحي على متظاهرين في البصرة. وطالبت منظمة العفو "
     "الدولية بمحاسبة المسؤولين، مؤكدة أن \"استهداف المحتجين العزل جريمة\".",
     ["org/amnesty-international Condemnation IQ", "org/amnesty-international Demand IQ"], []),
    # --- (2) types for other speakers ---
    ("ar-minister-concern-no-situation-noun", "ar", "أقر البرلمان الأوغندي قانونا يجرم المثلية الجنسية. واعتبر "
     "وزير الخارجية الكندي أن التشريع \"مقلق للغاية\".",
     ["gov/CA ExpressionOfConcern UG"], []),
    ("ar-state-self-defence", "ar", "قتل ثلاثة محتجين برصاص الشرطة في مدينة كسلا السودانية. وقالت وزارة الداخلية "
     "السودانية إن عناصر الشرطة \"اضطروا إلى استعمال السلاح في إطار الدفاع الشرعي\".",
     ["gov/SD Denial SD"], []),
    ("ar-party-condemns", "ar", "اعتقلت السلطات التركية رئيس بلدية إسطنبول. وقال حزب الشعب الجمهوري إن اعتقال "
     "رئيس البلدية \"انقلاب على إرادة الناخبين وانتهاك صارخ للدستور\".",
     ["org/chp Condemnation TR"], []),
    # --- (3) an obligation in reported speech is a demand; quotation first; "أشار إلى أن" ---
    ("ar-obligation-masdar", "ar", "قتل خمسة متظاهرين برصاص الجيش في مدينة بنغازي الليبية. وقالت منظمة هيومن رايتس "
     "ووتش إنه يجب محاسبة المسؤولين عن إطلاق النار.",
     ["org/human-rights-watch Demand LY"], ["org/human-rights-watch Condemnation LY"]),
    ("ar-obligation-subjunctive", "ar", "اعتقلت السلطات الجزائرية الصحافي في العاصمة. وقالت منظمة العفو الدولية إن "
     "الحكومة الجزائرية يجب أن تفرج عنه دون قيد أو شرط.",
     ["org/amnesty-international Demand DZ"], []),
    ("ar-obligation-la-budda", "ar", "هدمت القوات الإسرائيلية منازل في الخليل. وقال مكتب الأمم المتحدة لتنسيق الشؤون "
     "الإنسانية إنه لا بد من وقف عمليات الهدم فورا.",
     ["org/united-nations Demand PS"], []),
    ("ar-inna-ala-masdar", "ar", "فرقت الشرطة التونسية اعتصاما للعاطلين عن العمل في قفصة. وقال الاتحاد الأوروبي إن "
     "على السلطات التونسية احترام حق التظاهر السلمي.",
     ["org/european-union Demand TN"], []),
    ("ar-akkadat-darura", "ar", "قصفت طائرات حربية سوقا شعبية في إدلب. وأكدت فرنسا ضرورة محاسبة المسؤولين عن "
     "الهجوم.",
     ["gov/FR Demand SY"], []),
    ("ar-quote-first-judgement", "ar", "أصدرت محكمة عسكرية لبنانية حكما بسجن ناشط. «هذا الحكم جائر ومسيس»، قالت "
     "منظمة هيومن رايتس ووتش.",
     ["org/human-rights-watch Condemnation LB"], []),
    ("ar-asharat-ila-anna", "ar", "أصدرت محكمة بحرينية أحكاما بإعدام ثلاثة معارضين. وأشارت منظمة العفو الدولية إلى أن "
     "المحاكمة \"جائرة بشكل صارخ\".",
     ["org/amnesty-international Condemnation BH"], []),
    # --- what must not be read as a statement ---
    ("ar-state-figures-no-judgement", "ar", "فرقت الشرطة الأردنية اعتصاما في عمّان. وقالت مديرية الأمن العام "
     "الأردنية إن عناصرها أوقفوا 12 شخصا وأحالوهم إلى القضاء.",
     [], ["gov/JO Condemnation JO", "gov/JO Denial JO", "gov/JO Accusation JO"]),
    ("ar-restraint-not-for-others", "ar", "اندلعت اشتباكات بين محتجين والشرطة في بيروت. وقالت منظمة هيومن رايتس "
     "ووتش إن على قوات الأمن أن تلتزم ضبط النفس.",
     [], ["org/human-rights-watch Denial LB"]),
    ("ar-obligation-negated", "ar", "اعتقلت الشرطة الفرنسية مهاجرين في كاليه. وقال وزير الداخلية الفرنسي إنه لا يجب "
     "الخلط بين المهاجرين والمجرمين.",
     [], ["gov/FR Demand FR"]),
    ("ar-negated-concern", "ar", "أفرجت السلطات الإيرانية عن صحافية فرنسية في طهران. وقالت الخارجية الفرنسية إن "
     "وضعها الصحي \"غير مقلق\".",
     [], ["gov/FR ExpressionOfConcern IR"]),
]

XFAIL = {
    "ar-coordinated-wa-qalat": "a speech verb with no subject after another clause ('، وقالت إن'): the "
                               "subject-borrowing frame was measured and not kept (a false fact on held-out text)",
    "ar-obligation-masdar": "bare 'يجب' + masdar as a Demand row: no held-out gain, false Demands of states ('يجب تدميرهم')",
    "ar-obligation-la-budda": "bare 'لا بد من' not kept with the 'يجب' rows",
    "ar-inna-ala-masdar": "an 'إن على' row overlaps the 'على السلطات .. الإفراج' rows and loses their Demand",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_ar_statements_r9_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
