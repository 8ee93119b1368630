"""Group bank, round 7: people named by a bare plural noun of kinship who rally themselves,
retirees, and groups of a region with its own government (Arabic, French, English).

Written for this test in the style of wire copy (AFP, Reuters, AP), broadcasters (BBC Arabic,
RFI, France 24) and NGO releases; no sentence is copied from a test document, and countries
and actors differ from the development documents. Each case gives the facts ``(agent
principal, response type, event country)`` that must be extracted and facts that must NOT be.
Conventions as tests/blind3/README.md and the dev gold:

- ``kin``: relatives named by a bare plural noun ("families", "parents", "relatives",
  "familles", "parents", "proches", "their parents", "ses proches", Arabic "ذوو / عائلات / أسر"
  + any genitive, "ذووه", "عائلته", "والدته") who
  gather are ``group/<ISO>/families`` (``parents`` for "parents", as the dev gold names them),
  and the purpose of their rally ("to demand", "pour réclamer", "مطالبين") is their
  ``Demand``. Only as the subject of the rally: families evicted or quoted are no rally.
- ``pensioners``: retirees, pensioners, "retraités", "المتقاعدين" are ``group/<ISO>/pensioners``
  (the dev gold's slug).
- ``carry``: in Arabic, the crowd's own participle or plural verb after its rally ("مطالبين
  بالتراجع" after another clause, "وطالبوا بـ") is the crowd's ``Demand``; a number of young men
  ("خرج آلاف الشبان") rallying are ``protesters``.
- ``activists``: a counted crowd of activists rallying ("About 50 activists blocked", "plusieurs
  centaines de militants se sont rassemblés") are ``group/<ISO>/protesters`` in French and English,
  as the dev gold names them; bare "Activists marched" and Arabic "عشرات الناشطين" stay ``activists``.
- ``region``: people acting in a region with its own government (Quebec, Iraqi Kurdistan)
  are ``group/<region>/<slug>`` when the situation is placed there, as the dev gold names
  them (``group/CA-QC/teachers``, ``group/IQ-KR/journalists``).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

# (id, lang, paragraph, facts that must be extracted, facts that must not be)
CASES = [
    # ================================================================== French
    ("kin-fr-parents", "fr",
     "Une école primaire a été fermée par les autorités marocaines à Fès. Lundi, des parents d'élèves se sont "
     "rassemblés devant la direction régionale de l'enseignement pour réclamer sa réouverture.",
     ["group/MA/parents Demonstration MA", "group/MA/parents Demand MA"], []),
    ("kin-fr-familles", "fr",
     "La police sénégalaise a arrêté douze jeunes à Thiaroye. Des dizaines de familles se sont rassemblées "
     "mercredi devant le commissariat pour exiger des nouvelles de leurs fils.",
     ["group/SN/families Demonstration SN", "group/SN/families Demand SN"], []),
    ("kin-fr-proches", "fr",
     "Deux opposants ont disparu à Lomé, au Togo, après leur interpellation. Plusieurs dizaines de proches ont "
     "manifesté vendredi devant la direction de la police judiciaire.",
     ["group/TG/families Demonstration TG"], ["group/TG/protesters Demonstration TG"]),
    ("kin-fr-possessive", "fr",
     "La police togolaise a tué un adolescent à Kara. Ses proches ont manifesté devant le commissariat pour "
     "réclamer justice.",
     ["group/TG/families Demonstration TG", "group/TG/families Demand TG"], []),
    ("kin-fr-quoted", "fr",
     "La police togolaise a arrêté trente étudiants à Lomé. Les familles des étudiants ont déclaré ne pas avoir "
     "pu les voir.",
     [], ["group/TG/families Demonstration TG"]),
    ("kin-fr-evicted", "fr",
     "La police mauritanienne a démoli un quartier de Nouakchott. Des familles entières ont été expulsées "
     "mardi de leurs maisons.",
     [], ["group/MR/families Demonstration MR"]),
    ("pensioners-fr", "fr",
     "Le gouvernement tunisien a gelé les pensions. Des centaines de retraités ont manifesté mardi à Tunis "
     "contre ce gel.",
     ["group/TN/pensioners Demonstration TN"], ["group/TN/retirees Demonstration TN"]),
    # ================================================================== English
    ("kin-en-families", "en",
     "Zimbabwean police arrested 40 people in Harare. Dozens of families gathered outside the prison in Harare "
     "on Tuesday to demand news of their relatives.",
     ["group/ZW/families Demonstration ZW", "group/ZW/families Demand ZW"], []),
    ("kin-en-parents", "en",
     "Gunmen kidnapped 80 pupils in Kaduna, Nigeria. Hundreds of parents marched to the state government house "
     "on Monday, demanding the release of the children.",
     ["group/NG/parents Demonstration NG", "group/NG/parents Demand NG"], ["gov/NG Demand NG"]),
    ("kin-en-relatives", "en",
     "Security forces in Honduras detained 12 activists in Tegucigalpa. Relatives held a vigil outside the "
     "prosecutor's office on Friday.",
     ["group/HN/families Demonstration HN"], []),
    ("kin-en-possessive", "en",
     "Ugandan police detained 30 students in Gulu. Their parents gathered outside the police station on "
     "Wednesday.",
     ["group/UG/parents Demonstration UG"], []),
    ("kin-en-object", "en",
     "Ugandan police dispersed dozens of relatives outside the police station in Gulu on Wednesday.",
     [], ["group/UG/families Demonstration UG"]),
    ("kin-en-evicted", "en",
     "Zimbabwean police demolished homes in Harare. Families were evicted from their homes on Tuesday, "
     "residents said.",
     [], ["group/ZW/families Demonstration ZW"]),
    ("pensioners-en", "en",
     "The Romanian government froze pensions. Thousands of pensioners marched through Bucharest on Saturday "
     "against the freeze.",
     ["group/RO/pensioners Demonstration RO"], ["group/RO/retirees Demonstration RO"]),
    # ================================================================== Arabic
    ("kin-ar-dhawi", "ar",
     "فقد عشرات الصيادين في البحر قبالة نواذيبو في موريتانيا. واعتصم عشرات من ذوي الصيادين المفقودين أمام "
     "مبنى الولاية مطالبين بتكثيف البحث.",
     ["group/MR/families Demonstration MR"], ["group/MR/protesters Demonstration MR"]),
    ("kin-ar-usar", "ar",
     "اعتقلت قوات الأمن البحرينية عشرات الشبان في المنامة. وتجمع العشرات من أسر الشبان أمام مركز الشرطة.",
     ["group/BH/families Demonstration BH"], ["group/BH/protesters Demonstration BH"]),
    ("kin-ar-families-org", "ar",
     "قتل جنود يمنيون في غارة قرب صنعاء. ونظمت عائلات الجنود الأسرى وقفة احتجاجية أمام وزارة الدفاع في صنعاء.",
     ["group/YE/families Demonstration YE"], []),
    ("kin-ar-possessive", "ar",
     "قتلت الشرطة التونسية شابا في القصرين. واعتصم ذووه أمام مقر الولاية مطالبين بمحاسبة القتلة.",
     ["group/TN/families Demonstration TN"], []),
    ("kin-ar-mother", "ar",
     "توفي ناشط لبناني في سجن رومية. واتهمت والدته إدارة السجن بحرمانه من العلاج.",
     ["group/LB/families Accusation LB"], []),
    ("kin-ar-family-suffix", "ar",
     "توفي شاب أردني في مركز أمني في الزرقاء. وطالبت عائلته بتحقيق مستقل في ظروف وفاته.",
     ["group/JO/families Demand JO"], []),
    ("kin-ar-father-arrested", "ar",
     "اعتقلت الشرطة المصرية صحفيا في الإسكندرية. واعتقلت الشرطة والده أيضا.",
     [], ["group/EG/families Demonstration EG", "group/EG/families UseOfForce EG"]),
    ("kin-ar-displaced", "ar",
     "هدمت القوات الإسرائيلية منازل في الخليل. وهجّرت القوات عائلات كثيرة من منازلها.",
     [], ["group/PS/families Demonstration PS"]),
    ("pensioners-ar", "ar",
     "اعتقلت السلطات الأردنية عشرات الشبان في عمان. واعتصم مئات المتقاعدين أمام مقر مجلس النواب في عمان "
     "للمطالبة بزيادة الرواتب.",
     ["group/JO/pensioners Demonstration JO", "group/JO/pensioners Demand JO"], ["group/JO/retirees Demand JO"]),
    # ================================================================== Arabic crowd's own demand
    ("carry-ar-participle-after-clause", "ar",
     "رفعت الحكومة الجزائرية أسعار الخبز. وخرج آلاف الجزائريين إلى الشوارع في وهران وقسنطينة، وأغلق بعضهم "
     "الطرق بالإطارات المشتعلة، مطالبين بالتراجع عن القرار.",
     ["group/DZ/protesters Demonstration DZ", "group/DZ/protesters Demand DZ"], []),
    ("carry-ar-plural-verb", "ar",
     "قطعت السلطات السودانية الإنترنت في الخرطوم. وتظاهر مئات المحتجين في أم درمان، وطالبوا بإعادة الخدمة.",
     ["group/SD/protesters Demonstration SD", "group/SD/protesters Demand SD"], []),
    ("young-ar-crowd", "ar",
     "اعتقلت الشرطة المغربية ناشطا في طنجة. وخرج آلاف الشبان إلى شوارع طنجة وتطوان رافعين شعارات.",
     ["group/MA/protesters Demonstration MA"], []),
    # ================================================================== activists
    ("activists-fr-counted", "fr",
     "Le gouvernement belge a relancé deux réacteurs nucléaires. Samedi, plusieurs centaines de militants "
     "antinucléaires se sont rassemblés devant le Parlement, à Bruxelles, pour exiger leur fermeture.",
     ["group/BE/protesters Demonstration BE", "group/BE/protesters Demand BE"], ["group/BE/activists Demonstration BE"]),
    ("activists-en-counted", "en",
     "Australia deported a Tamil family to Sri Lanka. About 50 activists blocked the entrance of the "
     "immigration detention centre in Melbourne on Friday.",
     ["group/AU/protesters Demonstration AU"], ["group/AU/activists Demonstration AU"]),
    ("activists-en-bare", "en",
     "Police in Eswatini killed a lawyer in Mbabane. Activists marched to parliament on Monday.",
     ["group/SZ/activists Demonstration SZ"], []),
    ("activists-ar-counted", "ar",
     "منعت السلطات المغربية وقفة في الرباط. وتجمع عشرات الناشطين أمام البرلمان رافعين لافتات.",
     ["group/MA/activists Demonstration MA"], []),
    # ================================================================== region
    ("region-fr-quebec", "fr",
     "Québec : la loi sur la laïcité contestée\n\nLe gouvernement du Québec a adopté une loi interdisant le port "
     "de signes religieux aux enseignants de Montréal. Le soir même, une centaine d'enseignantes se sont "
     "rassemblées devant l'Assemblée nationale, à Québec, pour réclamer son abrogation.",
     ["group/CA-QC/teachers Demonstration CA"], ["group/CA/teachers Demonstration CA"]),
    ("region-ar-kurdistan", "ar",
     "إقليم كردستان: اعتقال صحفيين في أربيل\n\nاعتقلت قوات الأمن في إقليم كردستان العراق ثلاثة صحفيين في أربيل. "
     "ونظم عشرات الصحافيين وقفة احتجاجية أمام مقر برلمان إقليم كردستان في أربيل.",
     ["group/IQ-KR/journalists Demonstration IQ"], ["group/IQ/journalists Demonstration IQ"]),
]

XFAIL = {
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_group_r7_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
