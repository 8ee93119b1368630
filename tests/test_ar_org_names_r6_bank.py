"""Bank of round 6 (helper D1): real organisations the extractor did not recognise.

Mechanisms: (1) an Arabic name whose distinctive part is quoted after its head noun
(جمعية «حلم», منظمة "القلم" الدولية, مؤسسة "الضمير"): the gazetteer matcher ended the
name at the quotation mark (loaders/ar_quoted_names.py); (2) real organisations missing
from loaders/gazetteer/organizations.tsv (Polisario Front, Libyan National Army /
Haftar's forces, Education International, Islamic Action Front, National Salvation
Front, Dar al-Fatwa), in the three languages; (3) the subject right after an Arabic
verb: people loyal to an organisation with several words between (ar_clauses._LOYAL_TO),
and a title phrase before a named person (arabic_subjects._adjacent_after); (4) "said in
a report" (the speaker's report) and calls on one's own followers (Advocacy). Sentences
written for this bank (own wording, actors and places), facts as ``"agent type place"``
(place ``-`` = any).
"""

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # --- quoted names after the head noun
    ("ar-quoted-helem", "ar",
     "بيروت - داهمت قوى الأمن اللبنانية حانة في منطقة الجميزة واعتقلت عشرة أشخاص. "
     "وانتقدت جمعية «حلم» في بيان المداهمة، معتبرة أنها استهداف ممنهج لفئة مهمشة.",
     ["org/helem Condemnation LB"], []),
    ("ar-quoted-pen", "ar",
     "الرباط - قضت محكمة مغربية بسجن الشاعر عبد الرحيم الوزاني ثلاث سنوات بسبب قصيدة. "
     "وطالبت منظمة \"القلم\" الدولية بالإفراج الفوري عنه.",
     ["org/pen-international Demand MA"], []),
    ("ar-quoted-addameer", "ar",
     "رام الله - اقتحمت القوات الإسرائيلية مقرا لمنظمة فلسطينية في البيرة وصادرت أجهزة الحاسوب. "
     "وأدانت مؤسسة \"الضمير\" الاقتحام ووصفته بأنه اعتداء على العمل الحقوقي.",
     ["org/addameer Condemnation PS"], []),
    ("ar-quoted-not-an-org", "ar",
     "القاهرة - اعتقلت الشرطة المصرية خمسة طلاب. وأطلق ناشطون حملة \"الحرية للطلاب\" على مواقع التواصل.",
     ["gov/EG UseOfForce EG"], ["org/helem Advocacy -", "org/pen-international Advocacy -"]),
    # --- real organisations the gazetteer lacked
    ("ar-polisario", "ar",
     "الداخلة - فرقت قوات الأمن المغربية وقفة لناشطين صحراويين في مدينة الداخلة. "
     "واتهمت جبهة البوليساريو الرباط بممارسة قمع ممنهج ضد المدنيين.",
     ["org/polisario-front Accusation -"], []),
    ("ar-haftar-forces", "ar",
     "بنغازي - اختفت النائبة الليبية سهام سرقيوة بعد اقتحام منزلها في بنغازي. "
     "ونفت قوات حفتر أي علاقة لها بعملية الخطف.",
     ["org/libyan-national-army Denial LY"], []),
    ("ar-education-international", "ar",
     "طهران - اعتقلت السلطات الإيرانية عشرين معلما شاركوا في إضراب عن العمل. "
     "وندد الاتحاد الدولي للتعليم باعتقال المعلمين المضربين.",
     ["org/education-international Condemnation IR"], ["org/human-rights-watch Condemnation -"]),
    ("ar-islamic-action-front", "ar",
     "عمان - اعتقلت الأجهزة الأمنية الأردنية عشرات الناشطين بعد مسيرة في إربد. "
     "وانتقد حزب جبهة العمل الإسلامي حملة الاعتقالات.",
     ["org/islamic-action-front Condemnation JO"], []),
    ("fr-polisario", "fr",
     "Le Front Polisario a dénoncé mardi l'expulsion de deux militantes sahraouies de Dakhla "
     "par les autorités marocaines.",
     ["org/polisario-front Condemnation -"], []),
    ("fr-education-international", "fr",
     "L'Internationale de l'éducation a condamné l'arrestation de quinze enseignants grévistes "
     "par la police iranienne à Téhéran.",
     ["org/education-international Condemnation IR"], []),
    ("fr-haftar-forces", "fr",
     "La députée Siham Sergewa a été enlevée à Benghazi. Les forces de Haftar ont démenti toute "
     "implication dans sa disparition.",
     ["org/libyan-national-army Denial LY"], []),
    ("fr-salvation-front", "fr",
     "Le Front de salut national, principale coalition d'opposition tunisienne, a organisé dimanche "
     "une marche à Tunis pour protester contre l'emprisonnement des opposants.",
     ["org/national-salvation-front Demonstration TN"], []),
    ("en-polisario", "en",
     "The Polisario Front condemned the detention of three Sahrawi activists by Moroccan police in Dakhla.",
     ["org/polisario-front Condemnation -"], []),
    ("en-education-international", "en",
     "Education International, the global federation of teachers' unions, denounced the arrest of "
     "twenty striking teachers by Iranian security forces in Tehran.",
     ["org/education-international Condemnation IR"], []),
    ("en-haftar-forces", "en",
     "Lawmaker Siham Sergewa was abducted from her home in Benghazi. The Libyan National Army denied "
     "any role in her disappearance.",
     ["org/libyan-national-army Denial LY"], []),
    ("en-islamic-action-front", "en",
     "Jordan's Islamic Action Front criticised the arrest of dozens of activists by security forces "
     "in Amman after a rally.",
     ["org/islamic-action-front Condemnation JO"], []),
    # --- the subject right after the verb: people "loyal to" an organisation with words between
    # (خبراء حقوق الإنسان المستقلون التابعون للأمم المتحدة), a title phrase before a named person
    ("ar-loyal-experts", "ar",
     "المنامة - أيدت محكمة التمييز البحرينية أحكام الإعدام بحق ثلاثة معارضين. "
     "وندد خبراء حقوق الإنسان المستقلون التابعون للأمم المتحدة بالأحكام.",
     ["org/united-nations Condemnation BH"], []),
    ("ar-loyal-gunmen", "ar",
     "الجنينة - قتل عشرات المدنيين في غرب دارفور. وهاجم مسلحون ملثمون بزي عسكري تابعون لقوات الدعم السريع قرية مستري واعتقلوا عشرات الرجال.",
     ["org/rsf-sudan UseOfForce SD"], []),
    ("ar-titled-person", "ar",
     "طهران - أعدمت السلطات الإيرانية ناشطا كرديا في سجن أورمية. "
     "وانتقدت المديرة التنفيذية كاثرين راسل تنفيذ الحكم بحق قاصر سابق.",
     ["org/united-nations Condemnation IR"], ["gov/IR Condemnation IR"]),
    ("ar-titled-person-policy", "ar",
     "طهران - أعدمت السلطات الإيرانية المعارض حبيب شعب. "
     "وأدان مسؤول السياسة الخارجية جوزيب بوريل تنفيذ الحكم.",
     ["org/european-union Condemnation IR"], ["gov/IR Condemnation IR"]),
    ("ar-titled-person-object", "ar",
     "القاهرة - اعتقلت قوات الأمن المصرية مسؤول الحملة الانتخابية أحمد الطنطاوي.",
     ["gov/EG UseOfForce EG"], ["gov/EG Condemnation EG"]),
    ("fr-loyal-experts", "fr",
     "Des experts indépendants des droits de l'homme mandatés par les Nations unies ont dénoncé "
     "les condamnations à mort prononcées à Bahreïn contre trois opposants.",
     ["org/united-nations Condemnation BH"], []),
    ("fr-titled-person", "fr",
     "L'Iran a exécuté l'opposant Habib Chaab. Le chef de la diplomatie européenne Josep Borrell a "
     "condamné cette exécution.",
     ["org/european-union Condemnation IR"], ["gov/IR Condemnation IR"]),
    ("fr-titled-person-2", "fr",
     "L'Iran a pendu un militant kurde à Ourmia. La directrice générale Catherine Russell a critiqué "
     "l'exécution d'un ancien mineur.",
     ["org/united-nations Condemnation IR"], ["gov/IR Condemnation IR"]),
    ("fr-loyal-gunmen", "fr",
     "Des hommes armés cagoulés appartenant aux Forces de soutien rapide ont incendié le marché du village "
     "près d'El Geneina, au Darfour.",
     ["org/rsf-sudan UseOfForce SD"], []),
    ("en-loyal-experts", "en",
     "Independent human rights experts appointed by the United Nations condemned the death sentences "
     "handed to three opposition figures in Bahrain.",
     ["org/united-nations Condemnation BH"], []),
    ("en-titled-person", "en",
     "Iran executed dissident Habib Chaab. EU foreign policy chief Josep Borrell condemned the execution.",
     ["org/european-union Condemnation IR"], ["gov/IR Condemnation IR"]),
    ("en-titled-person-2", "en",
     "Iran hanged a Kurdish activist in Urmia prison. Executive director Catherine Russell criticised "
     "the execution of a former child offender.",
     ["org/united-nations Condemnation IR"], ["gov/IR Condemnation IR"]),
    ("en-loyal-gunmen", "en",
     "Masked gunmen belonging to the Rapid Support Forces torched the village market near El Geneina in Darfur.",
     ["org/rsf-sudan UseOfForce SD"], []),
    # --- more real organisations the gazetteer lacked (Iraq, Tunisia, Yemen, Palestine)
    ("ar-sadrist", "ar",
     "بغداد - فرقت قوات الأمن العراقية بالقوة اعتصاما أمام مبنى البرلمان. وندد التيار الصدري باستخدام الرصاص الحي ضد المعتصمين.",
     ["org/sadrist-movement Condemnation IQ"], []),
    ("ar-pdl", "ar",
     "تونس - أصدرت محكمة تونسية حكما بسجن النائبة السابقة عبير موسي عامين. واستنكر الحزب الدستوري الحر الحكم واعتبره تصفية سياسية.",
     ["org/free-destourian-party Condemnation TN"], []),
    ("ar-asaib", "ar",
     "البصرة - اقتحم مسلحون من عصائب أهل الحق مقر قناة تلفزيونية في البصرة وأحرقوا أجزاء منه.",
     ["org/asaib-ahl-al-haq UseOfForce IQ"], []),
    ("ar-islah", "ar",
     "تعز - اعتقلت قوات تابعة للمجلس الانتقالي الجنوبي عشرة ناشطين في عدن. وطالب التجمع اليمني للإصلاح بالإفراج الفوري عنهم.",
     ["org/islah Demand YE"], []),
    ("fr-pdl", "fr",
     "Le Parti destourien libre a dénoncé la condamnation de sa présidente Abir Moussi à deux ans de prison par un tribunal de Tunis.",
     ["org/free-destourian-party Condemnation TN"], []),
    ("fr-sadrist", "fr",
     "Le courant sadriste a condamné les tirs à balles réelles des forces de sécurité irakiennes contre des manifestants à Bagdad.",
     ["org/sadrist-movement Condemnation IQ"], []),
    ("fr-pflp", "fr",
     "Le Front populaire de libération de la Palestine a dénoncé l'arrestation de quatre de ses militants par l'armée israélienne à Naplouse.",
     ["org/pflp Condemnation PS"], []),
    ("fr-islah", "fr",
     "Le parti Al-Islah a exigé la libération de dix militants arrêtés à Aden par les forces séparatistes.",
     ["org/islah Demand YE"], []),
    ("en-sadrist", "en",
     "The Sadrist Movement condemned the use of live fire by Iraqi security forces against protesters in Baghdad.",
     ["org/sadrist-movement Condemnation IQ"], []),
    ("en-asaib", "en",
     "Gunmen from Asaib Ahl al-Haq stormed and torched the offices of a television channel in Basra, Iraq.",
     ["org/asaib-ahl-al-haq UseOfForce IQ"], []),
    ("en-pflp", "en",
     "The Popular Front for the Liberation of Palestine denounced the arrest of four of its members by Israeli troops in Nablus.",
     ["org/pflp Condemnation PS"], []),
    ("en-pdl", "en",
     "Tunisia's Free Destourian Party criticised the two-year prison sentence handed to its leader Abir Moussi.",
     ["org/free-destourian-party Condemnation TN"], []),
    # --- "X said in a report ..." (قالت X في تقرير من 40 صفحة): the speaker's own report,
    # also after "المنظمة" for the organisation named last (arabic_subjects._ar_report_author)
    ("ar-said-in-report", "ar",
     "الرياض - أعدمت السلطات السعودية 81 شخصا في يوم واحد. وقالت هيومن رايتس ووتش في تقرير من 40 صفحة إن المحاكمات افتقرت إلى الضمانات.",
     ["org/human-rights-watch Report SA"], []),
    ("ar-anaphor-in-report", "ar",
     "الجزائر - اعتقلت الشرطة الجزائرية عشرات الناشطين في منطقة القبائل. وطالبت منظمة العفو الدولية بالإفراج عنهم. "
     "وأوضحت المنظمة في تقرير استند إلى مقابلات مع ذوي المعتقلين أن بعضهم احتجز في أماكن سرية.",
     ["org/amnesty-international Report DZ"], []),
    ("ar-report-titled", "ar",
     "غزة - قتل عشرات المدنيين في غارات إسرائيلية على مخيم جباليا. وذكر المرصد الأورومتوسطي لحقوق الإنسان في تقرير بعنوان \"أحياء بلا سكان\" أن الغارات دمرت مئات المنازل.",
     ["org/euro-med-monitor Report -"], []),
    ("ar-report-of-other", "ar",
     "بغداد - قتل متظاهرون في الناصرية. وأشارت منظمة العفو الدولية إلى ما ورد في تقرير لجنة التحقيق الحكومية.",
     [], ["org/amnesty-international Report -"]),
    ("fr-said-in-report", "fr",
     "Human Rights Watch a indiqué dans un rapport de 40 pages que les procès de 81 personnes exécutées en Arabie saoudite étaient inéquitables.",
     ["org/human-rights-watch Report SA"], []),
    ("fr-anaphor-in-report", "fr",
     "La police algérienne a arrêté des dizaines de militants en Kabylie. Amnesty International a demandé leur libération. "
     "L'organisation a précisé dans un rapport fondé sur des entretiens avec leurs proches que certains étaient détenus au secret.",
     ["org/amnesty-international Report DZ"], []),
    ("en-said-in-report", "en",
     "Human Rights Watch said in a 40-page report that the trials of 81 people executed in Saudi Arabia were unfair.",
     ["org/human-rights-watch Report SA"], []),
    ("en-anaphor-in-report", "en",
     "Algerian police arrested dozens of activists in Kabylie. Amnesty International called for their release. "
     "The organisation said in a report based on interviews with relatives that some were held incommunicado.",
     ["org/amnesty-international Report DZ"], []),
    # --- a call on the speaker's own supporters/followers/members is a campaign (Advocacy),
    # not a Demand (loaders/own_followers.py); calls on authorities stay Demands
    ("ar-followers-supporters", "ar",
     "طهران - حكمت محكمة إيرانية بإعدام مغني الراب توماج صالحي. ودعت منظمة العفو الدولية أنصارها إلى مراسلة رئيس السلطة القضائية.",
     ["org/amnesty-international Advocacy IR"], ["org/amnesty-international Demand -"]),
    ("ar-followers-online", "ar",
     "القاهرة - اعتقلت قوات الأمن المصرية رسام الكاريكاتير أشرف عمر من منزله. وحثت لجنة حماية الصحفيين متابعيها على نشر رسومه على مواقع التواصل.",
     ["org/cpj Advocacy EG"], ["org/cpj Demand -"]),
    ("ar-followers-members", "ar",
     "أنقرة - اعتقلت الشرطة التركية عشرة صحفيين في إسطنبول. وطالب الاتحاد الدولي للصحفيين أعضاءه بالتضامن مع زملائهم المعتقلين.",
     ["org/ifj Advocacy TR"], ["org/ifj Demand -"]),
    ("ar-followers-control", "ar",
     "القاهرة - اعتقلت قوات الأمن المصرية رسام الكاريكاتير أشرف عمر. ودعت منظمة العفو الدولية السلطات المصرية إلى الإفراج عنه.",
     ["org/amnesty-international Demand EG"], []),
    ("fr-followers-supporters", "fr",
     "L'Iran a condamné à mort le rappeur Toomaj Salehi. Amnesty International a appelé ses sympathisants à écrire au chef du pouvoir judiciaire.",
     ["org/amnesty-international Advocacy IR"], ["org/amnesty-international Demand -"]),
    ("fr-followers-online", "fr",
     "Le caricaturiste Ashraf Omar a été arrêté au Caire par la police égyptienne. Le Comité pour la protection des journalistes a appelé ses abonnés à partager ses dessins.",
     ["org/cpj Advocacy EG"], ["org/cpj Demand -"]),
    ("fr-followers-activists", "fr",
     "La militante Narges Mohammadi reste détenue à Téhéran. Amnesty International a exhorté ses militants à signer une lettre pour sa libération.",
     ["org/amnesty-international Advocacy IR"], ["org/amnesty-international Demand -"]),
    ("fr-followers-control", "fr",
     "Le caricaturiste Ashraf Omar a été arrêté au Caire par la police égyptienne. Amnesty International a appelé les autorités égyptiennes à le libérer.",
     ["org/amnesty-international Demand EG"], []),
    ("en-followers-supporters", "en",
     "Iran sentenced rapper Toomaj Salehi to death. Amnesty International urged its supporters to write to the head of the judiciary.",
     ["org/amnesty-international Advocacy IR"], ["org/amnesty-international Demand -"]),
    ("en-followers-online", "en",
     "Egyptian police arrested cartoonist Ashraf Omar in Cairo. The Committee to Protect Journalists urged its followers to share his cartoons online.",
     ["org/cpj Advocacy EG"], ["org/cpj Demand -"]),
    ("en-followers-control-mixed", "en",
     "Iranian police beat journalists in Tehran. Amnesty International urged the government and its supporters to stop the attacks.",
     ["org/amnesty-international Demand IR"], []),
    ("en-followers-control", "en",
     "Egyptian police arrested cartoonist Ashraf Omar in Cairo. Human Rights Watch called on the Egyptian authorities to release him.",
     ["org/human-rights-watch Demand EG"], []),
]

XFAIL = {
    "en-said-in-report": "\"said in a 40-page report\": typed Condemnation, no Report in English",
    "en-asaib": "\"gunmen from\" the organisation: no member rule in English",
    "fr-loyal-experts": "\"mandatés par\" the organisation: no member rule in French",
    "fr-loyal-gunmen": "\"appartenant aux\" the organisation: no member rule in French",
    "en-loyal-experts": "\"appointed by\" the organisation: no member rule in English",
    "en-loyal-gunmen": "\"belonging to\" the organisation: no member rule in English",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_ar_org_names_r6_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
