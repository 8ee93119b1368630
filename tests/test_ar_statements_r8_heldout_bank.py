"""Bank: Arabic responses stated in words (round 8, helper H1; held-out half B).

The second half of the 86 cases written before the extractor was run on any of them (see
tests/test_ar_statements_r8_bank.py for the kinds of statements and constructions). These
were held out while the rules were written: scored by numbers only, 24/43 on base (947a4f4)
and 30/43 after the round's changes (12cc879); read only after that final score, and the
cases that still fail are strict xfails with their mechanism.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    ('s-thammanat-jordan', 'ar', 'الأردن يثمن قرار محكمة العدل الدولية\n\nثمّنت وزارة الخارجية الأردنية قرار محكمة العدل الدولية إلزام '
     'إسرائيل باتخاذ تدابير لمنع أعمال الإبادة في غزة.',
     ['gov/JO Support PS'], ['gov/IL Support PS']),
    ('r-wasafat-musayyas', 'ar', 'القاهرة: بيان الخبراء مسيّس\n\nوصفت وزارة الخارجية المصرية بيان خبراء الأمم المتحدة بشأن ظروف الاحتجاز في '
     'السجون المصرية بأنه «مسيّس ويفتقر إلى الدقة».',
     ['gov/EG Rejection EG'], ['org/united-nations Rejection EG']),
    ('r-rafadat-interference', 'ar', 'بكين ترفض الانتقادات بشأن شينجيانغ\n\nرفضت وزارة الخارجية الصينية الانتقادات الغربية لسياستها في إقليم '
     'شينجيانغ، ووصفتها بأنها «تدخل سافر في الشؤون الداخلية للصين».',
     ['gov/CN Rejection CN'], []),
    ('v-kaththafat-dughutaha', 'ar', 'الهجرة من تونس\n\nكثفت منظمة هيومن رايتس ووتش ضغوطها على الاتحاد الأوروبي لربط تمويله لتونس باحترام حقوق '
     'المهاجرين الأفارقة الذين يطردون إلى الصحراء.',
     ['org/human-rights-watch Advocacy TN'], ['org/european-union Advocacy TN']),
    ('d-ahaba-bi', 'ar', 'البحرين: دعوة للإفراج عن الخواجة\n\nأهابت منظمة العفو الدولية بالسلطات البحرينية أن تفرج فورا عن المدافع '
     'عن حقوق الإنسان عبد الهادي الخواجة.',
     ['org/amnesty-international Demand BH'], ['gov/BH Demand BH']),
    ('r-raddat-ghayr-mutawazin', 'ar', 'أديس أبابا ترد على تقرير المفوضية\n\nردت الحكومة الإثيوبية على تقرير لجنة خبراء الأمم المتحدة بشأن '
     'الانتهاكات في تيغراي بالقول إنه «منحاز وغير متوازن».',
     ['gov/ET Rejection ET'], ['org/united-nations Rejection ET']),
    ('c-shajabat-arab-league', 'ar', 'قصف مدرسة تؤوي نازحين في غزة\n\nشجبت جامعة الدول العربية قصف مدرسة تابعة للأونروا تؤوي نازحين في مدينة '
     'غزة، ووصفته بأنه «جريمة حرب مكتملة الأركان».',
     ['org/arab-league Condemnation PS'], ['org/united-nations Condemnation PS']),
    ('c-intaqada-eu', 'ar', 'إعدام متظاهر في إيران\n\nانتقد الاتحاد الأوروبي بشدة تنفيذ السلطات الإيرانية حكم الإعدام بحق المتظاهر '
     'محسن شكاري، الذي اعتقل خلال الاحتجاجات التي أعقبت وفاة مهسا أميني.',
     ['org/european-union Condemnation IR'], ['gov/IR Condemnation IR']),
    ('x-source-reuters', 'ar', 'الأمم المتحدة تدين\n\nنقلت وكالة رويترز عن متحدث باسم الأمم المتحدة قوله إن المنظمة تدين بشدة الهجوم على '
     'قافلة إغاثة في شمال دارفور.',
     ['org/united-nations Condemnation SD'], ['org/reuters Condemnation SD']),
    ('n-ankarat-bahrain', 'ar', 'المنامة: الخواجة يتلقى الرعاية\n\nأنكرت السلطات البحرينية تعرض المعتقل عبد الهادي الخواجة لأي سوء معاملة '
     'في سجن جو.',
     ['gov/BH Denial BH'], []),
    ('c-wasafat-bi-annahu', 'ar', 'مقتل شيرين أبو عاقلة\n\nوصفت منظمة مراسلون بلا حدود مقتل الصحفية شيرين أبو عاقلة برصاص القوات الإسرائيلية '
     'في جنين بأنه «جريمة لا يجوز أن تمر دون عقاب».',
     ['org/rsf Condemnation PS'], ['gov/IL Condemnation PS']),
    ('n-nafiyan-participle', 'ar', 'عبد المهدي يدافع عن القوات الأمنية\n\nقال رئيس الوزراء العراقي عادل عبد المهدي إن الحكومة ستحاسب كل من '
     'يثبت تورطه في العنف، نافيا أن تكون القوات الأمنية قد تلقت أوامر بإطلاق النار على المتظاهرين.',
     ['gov/IQ Denial IQ'], []),
    ('s-rahhabat-amnesty', 'ar', 'الإفراج عن باتريك زكي\n\nرحبت منظمة العفو الدولية بقرار العفو الرئاسي عن الباحث المصري باتريك جورج زكي، '
     'ووصفته بأنه «خطوة طال انتظارها».',
     ['org/amnesty-international Support EG'], []),
    ("d-da'at-france-addressee", 'ar', 'باريس تطالب بالإفراج عن الكاتب بوعلام صنصال\n\nدعت فرنسا السلطات الجزائرية إلى الإفراج عن الكاتب بوعلام '
     'صنصال، الموقوف منذ نوفمبر في الجزائر العاصمة.',
     ['gov/FR Demand DZ'], ['gov/DZ Demand DZ']),
    ('v-hamla-amnesty', 'ar', 'حملة من أجل سلمى الشهاب\n\nأطلقت منظمة العفو الدولية حملة عالمية للمطالبة بالإفراج عن طالبة الدكتوراه '
     'السعودية سلمى الشهاب المحكوم عليها بالسجن 27 عاما.',
     ['org/amnesty-international Advocacy SA'], []),
    ('d-biduruhi-envoy', 'ar', 'احتجاز موظفين أمميين في صنعاء\n\nاحتجزت جماعة الحوثي أكثر من عشرة موظفين في وكالات الأمم المتحدة بصنعاء. '
     'ودعا المبعوث الأممي إلى اليمن هانس غروندبرغ بدوره إلى الإفراج عنهم دون شروط.',
     ['org/united-nations Demand YE'], ['org/houthis Demand YE']),
    ('v-nominal-hamla-rsf', 'ar', 'عفو ملكي عن صحفيين\n\nأصدر العاهل المغربي عفوا عن الصحفيين عمر الراضي وسليمان الريسوني. ويأتي العفو بعد '
     'حملة قادتها منظمة مراسلون بلا حدود للإفراج عنهما.',
     ['org/rsf Advocacy MA'], []),
    ('n-quote-first-rashwan', 'ar', 'الهيئة العامة للاستعلامات ترد على هيومن رايتس ووتش\n\n«لا يوجد في مصر معتقل واحد بسبب رأيه»، هكذا رد رئيس '
     'الهيئة العامة للاستعلامات ضياء رشوان على تقرير منظمة هيومن رايتس ووتش.',
     ['gov/EG Denial EG'], ['org/human-rights-watch Denial EG']),
    ('c-nominal-idana-faransa', 'ar', 'السجن خمس سنوات للصحفي الجزائري إحسان القاضي\n\nقضت محكمة جزائرية بسجن الصحفي إحسان القاضي خمس سنوات '
     'بتهمة تلقي أموال من الخارج. وجاءت إدانة الخارجية الفرنسية للحكم في بيان مقتضب صدر مساء الأحد.',
     ['gov/FR Condemnation DZ'], ['gov/DZ Condemnation DZ']),
    ("x-lam-tu'alliq-lebanon", 'ar', 'ترحيل لاجئين\n\nانتقدت منظمة هيومن رايتس ووتش ترحيل لاجئين سوريين من لبنان. ولم تعلق الحكومة اللبنانية '
     'على البيان.',
     ['org/human-rights-watch Condemnation LB'], ['gov/LB Rejection LB', 'gov/LB Denial LB']),
    ('x-amina-arab-league-warn', 'ar', 'أبو الغيط يحذر\n\nحذّر الأمين العام لجامعة الدول العربية أحمد أبو الغيط من أن ما يتعرض له المدنيون في غزة '
     '«عقاب جماعي لا يمكن قبوله».',
     ['org/arab-league Condemnation PS'], []),
    ('s-tadamun-ugtt', 'ar', 'إضراب المحامين\n\nأوقفت الشرطة التونسية المحامي مهدي زقروبة بعد اقتحام دار المحامي. وأعلن الاتحاد العام '
     'التونسي للشغل تضامنه الكامل مع المحامين وهيئتهم.',
     ['org/ugtt Support TN'], []),
    ('c-relative-alladhi-adana', 'ar', 'الحوثيون يعتقلون ثلاثة صحفيين\n\nاعتقلت جماعة الحوثي ثلاثة صحفيين في صنعاء الأسبوع الماضي. وقال الاتحاد '
     'الدولي للصحفيين، الذي أدان الاعتقال، إن الصحفيين محتجزون في مكان مجهول.',
     ['org/ifj Condemnation YE'], ['org/houthis Condemnation YE']),
    ('s-shakara-lebanon', 'ar', 'بيروت تشكر المفوضية\n\nشكر وزير الخارجية اللبناني عبد الله بو حبيب المفوضية الأوروبية على دعمها للبنان في '
     'استضافة اللاجئين السوريين.',
     ['gov/LB Support LB'], ['org/european-union Support LB']),
    ("x-imtana'at-india", 'ar', 'تصويت في مجلس حقوق الإنسان\n\nتبنى مجلس حقوق الإنسان قرارا يدين الانتهاكات في ميانمار. وامتنعت الهند عن '
     'انتقاد حكومة ميانمار العسكرية.',
     [], ['gov/IN Condemnation MM']),
    ("a-za'amat-israel-ngos", 'ar', 'إسرائيل تصنف ست منظمات فلسطينية\n\nزعمت السلطات الإسرائيلية أن ست منظمات أهلية فلسطينية، بينها مؤسسة الحق '
     'ومؤسسة الضمير، تعمل واجهة للجبهة الشعبية لتحرير فلسطين.',
     ['gov/IL Accusation PS'], ['org/al-haq Accusation PS', 'org/addameer Accusation PS']),
    ('n-negated-lam-yanfi', 'ar', 'الجيش الإسرائيلي لم ينف\n\nقتل ثلاثة صحفيين في غارة على سيارتهم في جنوب لبنان. ولم ينف الجيش الإسرائيلي '
     'تنفيذ الغارة، واكتفى بالقول إنه يراجع الحادث.',
     [], ['gov/IL Denial LB']),
    ('s-troika-list-welcome', 'ar', 'الإفراج عن معتقلين سياسيين في السودان\n\nرحبت الولايات المتحدة والمملكة المتحدة والنرويج بإعلان السلطات '
     'السودانية الإفراج عن عدد من المعتقلين السياسيين.',
     ['gov/US Support SD', 'gov/GB Support SD', 'gov/NO Support SD'], ['gov/SD Support SD']),
    ('a-nominal-ittihamat-russia', 'ar', 'موسكو ترد على الانتقادات\n\nوجاءت اتهامات الخارجية الروسية للدول الغربية بتسييس ملف حقوق الإنسان بعد '
     'ساعات من وفاة المعارض أليكسي نافالني في سجن بالقطب الشمالي.',
     ['gov/RU Accusation RU'], []),
    ('a-ittahamat-ngo', 'ar', 'مجزرة زاهدان\n\nاتهمت منظمة العفو الدولية قوات الأمن الإيرانية بقتل عشرات المحتجين والمصلين في مدينة '
     'زاهدان خلال ما بات يعرف بالجمعة الدامية.',
     ['org/amnesty-international Accusation IR'], ['gov/IR Accusation IR']),
    ('c-list-after-verb-naddadat', 'ar', '34 عاما لطالبة سعودية بسبب تغريدات\n\nأصدرت المحكمة الجزائية المتخصصة في الرياض حكما بسجن طالبة الدكتوراه '
     'سلمى الشهاب 34 عاما. ونددت بالحكم كل من منظمة العفو الدولية ومنظمة القسط لحقوق الإنسان.',
     ['org/amnesty-international Condemnation SA', 'org/alqst Condemnation SA'], ['gov/SA Condemnation SA']),
    ('r-nominal-rafd-baitas', 'ar', 'الرباط ترد على البرلمان الأوروبي\n\nجاء رفض الحكومة المغربية لقرار البرلمان الأوروبي بشأن حرية الصحافة '
     'على لسان الناطق الرسمي باسمها مصطفى بايتاس، الذي وصف القرار بأنه «غير مقبول».',
     ['gov/MA Rejection MA'], ['org/european-union Rejection MA']),
    ('e-nominal-qalaq-dawli', 'ar', 'قلق دولي من سجن صحفي مغربي\n\nتزايد القلق الدولي بعد الحكم على الصحفي سليمان الريسوني بالسجن خمس سنوات، '
     'إذ عبّرت وزارة الخارجية الأمريكية عن خيبة أملها من الحكم.',
     ['gov/US ExpressionOfConcern MA'], []),
    ('a-quote-first-saied', 'ar', 'سعيد: الموقوفون إرهابيون\n\n«هؤلاء إرهابيون ومجرمون ولهم ارتباطات بجهات أجنبية»، قال الرئيس التونسي قيس '
     'سعيد في إشارة إلى المعارضين الموقوفين في قضية التآمر.',
     ['gov/TN Accusation TN'], []),
    ('d-jaddadat-mutalabataha', 'ar', 'وفاة معتقل في قسم شرطة\n\nتوفي شاب مصري داخل قسم شرطة في الإسكندرية بعد يومين من توقيفه. وجددت المبادرة '
     'المصرية للحقوق الشخصية مطالبتها بفتح تحقيق مستقل في الوفيات داخل أماكن الاحتجاز.',
     ['org/eipr Demand EG'], []),
    ('c-official-by-title-turk', 'ar', 'تورك يندد بأحكام الإعدام\n\nندد مفوض الأمم المتحدة السامي لحقوق الإنسان فولكر تورك بموجة الإعدامات في '
     'السعودية، التي طالت أكثر من مئة شخص منذ مطلع العام.',
     ['org/united-nations Condemnation SA'], ['gov/SA Condemnation SA']),
    ('c-arab-parliament-sweden', 'ar', 'حرق المصحف في ستوكهولم\n\nأدان البرلمان العربي بأشد العبارات سماح الشرطة السويدية لمتطرف بإحراق نسخة من '
     'المصحف أمام المسجد الكبير في ستوكهولم.',
     ['org/arab-league Condemnation SE'], ['gov/SE Condemnation SE']),
    ('c-quote-first-callamard', 'ar', 'تجديد حبس علاء عبد الفتاح\n\n«هذا الحكم ظالم ويجب إلغاؤه فورا»، قالت الأمينة العامة لمنظمة العفو الدولية '
     'أنياس كالامار تعليقا على رفض محكمة مصرية الإفراج عن الناشط علاء عبد الفتاح.',
     ['org/amnesty-international Condemnation EG', 'org/amnesty-international Demand EG'], []),
    ('e-list-kull-min', 'ar', 'توقيف معارضين في تونس\n\nأوقفت السلطات التونسية عددا من المعارضين بتهمة التآمر على أمن الدولة. وأعربت كل '
     'من ألمانيا وفرنسا وإيطاليا عن قلقها إزاء هذه التوقيفات.',
     ['gov/DE ExpressionOfConcern TN', 'gov/FR ExpressionOfConcern TN', 'gov/IT ExpressionOfConcern TN'], ['gov/TN ExpressionOfConcern TN']),
    ('c-list-three-govs', 'ar', 'قصف سوق في الفاشر\n\nقتل العشرات في قصف مدفعي استهدف سوقا شعبيا في الفاشر بشمال دارفور. وأدانت بريطانيا '
     'والنرويج والولايات المتحدة الهجوم في بيان مشترك.',
     ['gov/GB Condemnation SD', 'gov/NO Condemnation SD', 'gov/US Condemnation SD'], []),
    ('n-qalat-innaha-adariya', 'ar', 'الحكومة الإثيوبية ترد\n\nقالت الحكومة الإثيوبية إن التقارير عن منع وصول المساعدات إلى تيغراي «عارية تماما '
     'من الصحة».',
     ['gov/ET Denial ET'], []),
    ('n-kadhdhabat', 'ar', 'وفاة موقوف في تونس\n\nكذّبت وزارة الداخلية التونسية ما تداولته مواقع التواصل الاجتماعي عن وفاة موقوف تحت '
     'التعذيب في مركز أمن بالعاصمة.',
     ['gov/TN Denial TN'], []),
    ('d-nashadat-unicef', 'ar', 'أطفال السودان في خطر\n\nناشدت منظمة الأمم المتحدة للطفولة (يونيسف) أطراف النزاع في السودان حماية الأطفال '
     'والسماح بوصول المساعدات إلى دارفور وكردفان.',
     ['org/united-nations Demand SD'], ['gov/SD Demand SD']),
]

XFAIL = {
    'r-raddat-ghayr-mutawazin': "'ردت X على تقرير ... بالقول إنه «منحاز»': a reply judging a report is no rejection cue",
    'x-source-reuters': "'نقلت وكالة رويترز عن متحدث ... قوله إن المنظمة تدين': the news agency quoting is read as a condemner",
    'v-nominal-hamla-rsf': "'بعد حملة قادتها منظمة X': a campaign led by X (relative clause) is not read",
    'n-quote-first-rashwan': "quote-first denial '«لا يوجد ... معتقل»، هكذا رد X': Arabic has no quote-first judgement frame",
    'x-amina-arab-league-warn': "'حذّر X من أن ما يتعرض له المدنيون «عقاب جماعي»': 'ما يتعرض له' is no judged situation for the frame",
    's-shakara-lebanon': "typed right; placed in Syria (the refugees' country), not Lebanon (place)",
    "a-za'amat-israel-ngos": "'زعمت السلطات أن ست منظمات ... تعمل واجهة لـ': a front for a group is no accusation word",
    'a-nominal-ittihamat-russia': "'وجاءت اتهامات الخارجية الروسية للدول الغربية بتسييس' read as a Rejection (the accusation noun judged)",
    'c-list-after-verb-naddadat': "'ونددت بالحكم كل من X وY': a list after 'كل من' behind the object is not the subject",
    'r-nominal-rafd-baitas': "'جاء رفض الحكومة المغربية لقرار ...': the construct-state owner of 'رفض' read as a condemnation",
    'e-nominal-qalaq-dawli': "'خيبة أملها' is read as a Condemnation (the lexicon's convention); the bank wanted concern",
    'c-quote-first-callamard': "quote-first '«هذا الحكم ظالم ويجب إلغاؤه»، قالت X' read as a Rejection ('إلغاؤه')",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_ar_statements_r8_heldout_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
