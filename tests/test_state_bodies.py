"""A bank of news paragraphs whose agent is a state body, a titled official or a collective name.

Each case is a short paragraph (1–3 sentences, ar/fr/en) in the style of wire copy: a situation
in a country, then an answer by (1) a ministry, agency, prosecutor, oversight body or national
human-rights commission of a named state (``le ministère marocain de la Justice``, ``Kenya's
labour ministry``, ``وزارة العمل القطرية``), which acts for that state's government; (2) an
official known only by a title, including women's forms (``la haute représentante``,
``المفوضة الأوروبية``, ``rapporteuse spéciale``), which acts for the body the title belongs to;
(3) a collective name (``les Vingt-Sept``, ``دول مجلس التعاون الخليجي``, ``G7 foreign
ministers``), which acts for the organisation; (4) ``the Kingdom`` / ``le Royaume`` /
``المملكة`` after one kingdom has been named, which is that state.

Every sentence is written for this test; quotes given to real officials are invented.
Each case gives the facts that must be found as ``(agent principal, type)`` at the place of the
case, and facts that must not be found (``(agent, None)`` for "no act at all by this agent").
"""

from __future__ import annotations

import pytest

from extraction_helpers import placed


# (lang, place, paragraph, wanted (agent, type), unwanted (agent, type|None))
CASES = [
    # --- 1. ministries and agencies of a named state ---------------------------------------
    ("fr", "MA", "Un journaliste a été condamné à trois ans de prison à Rabat. Le ministère marocain de la "
     "Justice a rejeté les critiques, évoquant une affaire de droit commun.", [("gov/MA", "Rejection")], []),
    ("fr", "QA", "Des ouvriers népalais sont morts sur un chantier à Doha. Le ministère qatarien du Travail a "
     "annoncé l'ouverture d'une enquête.", [("gov/QA", "Investigation")], [("gov/NP", None)]),
    ("fr", "TN", "Un avocat a été arrêté à Tunis après une interview télévisée. Le parquet tunisien a ouvert "
     "une enquête pour « diffusion de fausses nouvelles ».", [("gov/TN", "Investigation")], []),
    ("fr", "SN", "Des manifestants ont été tués à Dakar lors de heurts avec la police. La Commission "
     "nationale des droits de l'homme du Sénégal a condamné un usage excessif de la force.",
     [("gov/SN", "Condemnation")], []),
    ("en", "KE", "Dozens of protesters were shot dead by police in Nairobi. Kenya's Independent Policing "
     "Oversight Authority (IPOA) said it had opened investigations into the killings.",
     [("gov/KE", "Investigation")], []),
    ("en", "QA", "Migrant workers in Qatar went unpaid for months, a report found. Qatar's labour ministry "
     "denied the allegations, saying wages had been paid.", [("gov/QA", "Denial")], []),
    ("en", "ZW", "Three journalists were detained in Harare. The Ministry of Information of Zimbabwe rejected "
     "the criticism as interference in the country's internal affairs.", [("gov/ZW", "Rejection")], []),
    ("en", "NG", "Soldiers opened fire on protesters in Lagos. Nigeria's National Human Rights Commission "
     "announced an investigation into the shooting.", [("gov/NG", "Investigation")], []),
    ("ar", "QA", "توفي عمال مهاجرون في ظروف غامضة في الدوحة. ونفت وزارة العمل القطرية هذه الاتهامات، مؤكدة "
     "أن العمال يتمتعون بكامل حقوقهم.", [("gov/QA", "Denial")], []),
    ("ar", "KW", "اعتقلت السلطات الكويتية ناشطين بسبب تغريدات. وأعلنت وزارة الداخلية الكويتية فتح تحقيق في "
     "ملابسات وفاة أحد الموقوفين.", [("gov/KW", "Investigation")], []),
    ("ar", "EG", "اعتقلت قوات الأمن المصرية صحفيا في القاهرة. وأمر النائب العام المصري بفتح تحقيق في "
     "الواقعة.", [("gov/EG", "Investigation")], []),
    ("ar", "JO", "اعتقلت السلطات الأردنية معلمين خلال احتجاجات في عمان. وأدان المركز الوطني لحقوق الإنسان "
     "في الأردن هذه الاعتقالات.", [("gov/JO", "Condemnation")], []),
    # --- 2. titles, women's forms ---------------------------------------------------------
    ("fr", "IR", "Une militante a été condamnée à mort en Iran. La haute représentante de l'UE a condamné "
     "une sentence « inacceptable ».", [("org/european-union", "Condemnation")], []),
    ("fr", "BY", "Des centaines d'opposants sont détenus au Bélarus. La rapporteuse spéciale de l'ONU a "
     "dénoncé des conditions de détention inhumaines.", [("org/un*", "Condemnation")], []),
    ("fr", "ML", "Des journalistes étrangers ont été expulsés du Mali. Le porte-parole de la junte a justifié "
     "la décision par des « raisons de sécurité ».", [("gov/ML", "Rejection")], []),
    ("en", "MM", "Hundreds of villagers fled air strikes in Myanmar. The junta's spokesman denied that "
     "civilians had been targeted.", [("gov/MM", "Denial")], []),
    ("en", "GE", "Police dispersed protesters in Tbilisi with water cannon. The European Commissioner for "
     "Enlargement condemned the violence.", [("org/european-union", "Condemnation")], []),
    ("ar", "TN", "اعتقلت السلطات التونسية محامية بارزة. وأعربت المفوضة الأوروبية عن قلقها إزاء هذا "
     "الاعتقال.", [("org/european-union", "ExpressionOfConcern")], []),
    ("ar", "SD", "قتل عشرات المدنيين في غارات على دارفور. وأدانت المتحدثة باسم وزارة الخارجية الأمريكية "
     "هذه الهجمات.", [("gov/US", "Condemnation")], []),
    ("ar", "AF", "منعت حركة طالبان الفتيات من التعليم في أفغانستان. وأدانت وزيرة الخارجية الكندية القرار.",
     [("gov/CA", "Condemnation")], []),
    # --- 3. collective names ----------------------------------------------------------------
    ("fr", "HU", "Le Parlement hongrois a adopté une loi restreignant la liberté de la presse. Les Vingt-Sept "
     "ont exprimé leur préoccupation.", [("org/european-union", "ExpressionOfConcern")], []),
    ("fr", "RU", "Un opposant russe est mort en détention. Les pays du G7 ont condamné sa mort et réclamé une "
     "enquête.", [("org/g7", "Condemnation")], []),
    ("en", "IR", "Iran executed two protesters on Monday. G7 foreign ministers condemned the executions.",
     [("org/g7", "Condemnation")], []),
    ("en", "BY", "Belarus jailed another opposition figure. The EU's 27 member states imposed new sanctions "
     "on officials in Minsk.", [("org/european-union", "Sanction")], []),
    ("ar", "RU", "توفي معارض روسي في السجن. وأدانت دول الاتحاد الأوروبي وفاته وطالبت بتحقيق.",
     [("org/european-union", "Condemnation")], []),
    ("ar", "LB", "قتل مدنيون في قصف على جنوب لبنان. وأدانت دول مجلس التعاون الخليجي هذا القصف.",
     [("org/gcc", "Condemnation")], []),
    # --- 4. the Kingdom -----------------------------------------------------------------
    ("ar", "SA", "أعدمت السعودية سبعة أشخاص بتهم تتعلق بالإرهاب. ونفت المملكة أن تكون الأحكام قد صدرت بعد "
     "محاكمات غير عادلة.", [("gov/SA", "Denial")], []),
    ("en", "BH", "Bahrain sentenced a prominent activist to life in prison. The Kingdom rejected the "
     "criticism of its courts as interference.", [("gov/BH", "Rejection")], []),
    ("fr", "MA", "Le Maroc a expulsé deux journalistes français. Le Royaume a rejeté les critiques, "
     "dénonçant une « ingérence ».", [("gov/MA", "Rejection")], []),
    # --- more variants of the same classes ------------------------------------------------
    ("fr", "MA", "Un militant rifain a été arrêté à Al Hoceïma. Le procureur général du roi près la cour "
     "d'appel a ordonné l'ouverture d'une enquête.", [("gov/MA", "Investigation")], []),
    ("ar", "LY", "عثر على جثث مهاجرين في مركز احتجاز غرب ليبيا. وأمر النائب العام الليبي بفتح تحقيق عاجل.",
     [("gov/LY", "Investigation")], []),
    ("ar", "SA", "اعتقلت السلطات السعودية ناشطة بسبب تغريدات. وأعلنت هيئة حقوق الإنسان السعودية أنها تتابع "
     "القضية.", [("gov/SA", "ExpressionOfConcern")], []),
    ("en", "IR", "Iran hanged a wrestler convicted over the 2022 protests. G7 countries condemned the "
     "execution in a joint statement.", [("org/g7", "Condemnation")], []),
    ("fr", "IR", "Une rappeuse a été condamnée à mort en Iran. Les ministres des Affaires étrangères du G7 ont "
     "condamné cette sentence.", [("org/g7", "Condemnation")], []),
    ("ar", "IR", "أعدمت إيران متظاهرا شابا. وأدان وزراء خارجية مجموعة السبع عملية الإعدام.",
     [("org/g7", "Condemnation")], []),
    ("en", "GE", "Georgian police beat journalists covering a rally. EU member states condemned the attacks "
     "on the press.", [("org/european-union", "Condemnation")], []),
    ("fr", "GE", "La police géorgienne a frappé des journalistes à Tbilissi. Les États membres de l'UE ont "
     "condamné ces violences.", [("org/european-union", "Condemnation")], []),
    ("ar", "GE", "اعتدت الشرطة الجورجية على صحفيين في تبليسي. وأدانت الدول الأعضاء في الاتحاد الأوروبي هذه "
     "الاعتداءات.", [("org/european-union", "Condemnation")], []),
    ("en", "YE", "Houthi rebels detained UN staff in Sanaa. The GCC states condemned the detentions.",
     [("org/gcc", "Condemnation")], []),
    ("en", "SA", "Saudi Arabia executed a man for tweets critical of the government. The kingdom denied that "
     "he had been denied a fair trial.", [("gov/SA", "Denial")], []),
    ("fr", "JO", "La Jordanie a arrêté des dizaines de manifestants à Amman. Le royaume hachémite a démenti "
     "tout recours à la torture.", [("gov/JO", "Denial")], []),
    ("ar", "MA", "اعتقلت السلطات المغربية صحفيا في الرباط. ورفضت المملكة الانتقادات الحقوقية، معتبرة أن "
     "القضية جنائية.", [("gov/MA", "Rejection")], []),
    ("en", "KE", "Police killed protesters in Nairobi. The European Commissioner for Home Affairs expressed "
     "concern over the killings.", [("org/european-union", "ExpressionOfConcern")], []),
    ("en", "EG", "A blogger was detained in Cairo. Egypt's public prosecutor ordered an investigation into "
     "his claims of torture.", [("gov/EG", "Investigation")], []),
    # --- batch 2: more wording for the fixed classes ----------------------------------------
    ("fr", "GN", "Des manifestants ont été tués par balles à Conakry. Les États de la Cédéao ont condamné la "
     "répression.", [("org/ecowas", "Condemnation")], []),
    ("ar", "SD", "قتل مئات المدنيين في الفاشر. وطالبت بلدان الاتحاد الأفريقي بوقف فوري لإطلاق النار.",
     [("org/african-union", "Demand")], []),
    ("en", "ML", "Malian soldiers were accused of killing civilians in Moura. Member states of the African "
     "Union called for an independent inquiry.", [("org/african-union", "Demand")], []),
    ("en", "NE", "Niger's military rulers detained the ousted president. A junta spokesman rejected "
     "calls for his release.", [("gov/NE", "Rejection")], []),
    ("fr", "BF", "Des journalistes ont été enrôlés de force au Burkina Faso. Le porte-parole du gouvernement "
     "a démenti toute volonté de museler la presse.", [("gov/BF", "Denial")], []),
    ("ar", "SD", "اتهمت منظمات حقوقية الجيش السوداني بقصف أحياء سكنية في السودان. ونفى المتحدث باسم المجلس "
     "العسكري هذه الاتهامات.", [("gov/SD", "Denial")], []),
    ("en", "RS", "Serbian police detained students protesting in Belgrade. The EU Commissioner for "
     "Enlargement urged the authorities to respect the right to protest.", [("org/european-union", "Demand")],
     []),
    ("en", "JO", "Jordanian police arrested dozens of teachers in Amman. Jordan's National Centre for Human "
     "Rights criticised the arrests.", [("gov/JO", "Condemnation")], []),
    ("fr", "MA", "Le Maroc et l'Espagne ont renforcé leur coopération migratoire. Des ONG ont dénoncé des "
     "refoulements à Melilla. Le royaume a rejeté ces accusations.", [],
     [("gov/ES", "Rejection")]),
    ("en", "SA", "Britain and Saudi Arabia signed a defence agreement as activists were jailed in Riyadh. "
     "The kingdom rejected the criticism.", [], [("gov/GB", "Rejection"), ("gov/SA", "Rejection")]),
    ("en", "GB", "Police in the United Kingdom arrested climate activists. The United Kingdom's interior "
     "ministry rejected criticism of the arrests.", [("gov/GB", "Rejection")], []),
    ("en", "BH", "Bahraini authorities stripped dozens of activists of their citizenship. The Gulf kingdom "
     "rejected the criticism as interference in its internal affairs.", [("gov/BH", "Rejection")], []),
    ("en", "JO", "Jordan detained a cartoonist over a drawing of the king. The Hashemite kingdom denied that "
     "he had been arrested for his work.", [("gov/JO", "Denial")], []),
    ("fr", "MA", "Le Maroc a condamné un militant à deux ans de prison pour des publications. Le royaume "
     "chérifien a rejeté les critiques d'Amnesty International.", [("gov/MA", "Rejection")], []),
    ("fr", "KE", "Des manifestants ont été tués à Nairobi. La haute représentante de l'Union pour les affaires "
     "étrangères a condamné ces violences.", [("org/european-union", "Condemnation")], []),
    ("en", "KE", "Police fired tear gas at striking doctors in Nairobi. Kenya's health minister condemned "
     "the violence against medical staff.", [("gov/KE", "Condemnation")], []),
    ("fr", "ML", "Une radio privée a été suspendue à Bamako. La ministre malienne de la Communication a démenti "
     "toute censure.", [("gov/ML", "Denial")], []),
    ("ar", "SY", "اعتقلت السلطات السورية صحفيين في حلب. ونفى وزير الإعلام السوري أن يكون اعتقالهم بسبب "
     "عملهم.", [("gov/SY", "Denial")], []),
    # --- batch 3: ministries and commissions of other portfolios ----------------------------
    ("en", "UG", "Opposition supporters were arrested in Kampala after the vote. Uganda's Electoral Commission "
     "denied that the count had been rigged.", [("gov/UG", "Denial")], []),
    ("en", "SD", "Paramilitary fighters stormed a hospital in El Fasher, Sudan. Sudan's Ministry of Health "
     "condemned the attack.", [("gov/SD", "Condemnation")], []),
    ("fr", "GN", "Deux journalistes ont été arrêtés à Conakry. Le ministère guinéen de l'Information a rejeté "
     "le rapport de RSF, qu'il juge « partial ».", [("gov/GN", "Rejection")], []),
    ("fr", "CD", "Des opposants ont été arrêtés à Kinshasa après l'élection. La Commission électorale "
     "nationale indépendante congolaise a démenti toute fraude.", [("gov/CD", "Denial")], []),
    ("ar", "SY", "اعتقلت السلطات السورية صحفيين في دمشق. ونفت وزارة الإعلام السورية أن يكون الاعتقال بسبب "
     "عملهم الصحفي.", [("gov/SY", "Denial")], []),
    ("ar", "PS", "قصفت طائرات إسرائيلية مستشفى في غزة. وأدانت وزارة الصحة الفلسطينية استهداف المستشفيات.",
     [("gov/PS", "Condemnation")], []),
    ("ar", "EG", "اعتقلت الشرطة المصرية مراقبين للانتخابات في الجيزة. ونفت الهيئة الوطنية للانتخابات المصرية "
     "وجود أي تزوير.", [("gov/EG", "Denial")], []),
]

# case index -> why it still fails (strict: a pass must lift the mark)
XFAIL: dict = {
    30: "'غرب ليبيا': the event of 'مركز احتجاز غرب ليبيا' gets no place",
    31: "'أنها تتابع القضية' (following a case) is not in the Arabic concern lexicon",
}


def _match(pat: str, got: str) -> bool:
    return got.startswith(pat[:-1]) if pat.endswith("*") else got == pat


def _params():
    for i, (lang, cc, text, want, no) in enumerate(CASES):
        marks = [pytest.mark.xfail(reason=XFAIL[i], strict=True)] if i in XFAIL else []
        yield pytest.param(lang, cc, text, want, no, marks=marks, id=f"{lang}{i}")


@pytest.mark.parametrize("lang, cc, text, want, no", list(_params()))
def test_state_bodies(lang, cc, text, want, no):
    got = placed(text, lang)
    place = "place/" + cc
    for agent, rtype in want:
        assert any(_match(agent, a) and t == rtype and p is not None and (p == place or p.startswith(place + "-"))
                   for a, t, p in got), ((agent, rtype), got)
    for agent, rtype in no:
        assert not any(_match(agent, a) and (rtype is None or t == rtype) for a, t, _ in got), (agent, rtype, got)


@pytest.mark.parametrize("text, lang, key", [
    ("Kenya's election commission rejected the petition.", "en", "body/KE/election-commission"),
    ("La Banque centrale du Nigeria a gelé les comptes.", "fr", "body/NG/central-bank"),
    ("وأعلنت وزارة الصحة الفلسطينية", "ar", "body/PS/health-ministry"),
    ("Le ministère marocain du Travail a annoncé", "fr", "body/MA/labour-ministry"),
    ("وقالت وزارة الإعلام السورية", "ar", "body/SY/information-ministry"),
    ("وأمر النائب العام المصري بفتح تحقيق", "ar", "official/EG/prosecutor-general"),
    ("Les pays du G7 ont condamné", "fr", "org/g7"),
    ("وأدانت دول مجلس التعاون الخليجي", "ar", "org/gcc"),
])
def test_state_body_mentions(text, lang, key):
    """The body, office or organisation is one mention covering its whole phrase (no person
    named 'بفتح تحقيق', no noun 'pays' / 'دول' in front of the organisation)."""
    from rightsgraph.loaders.gazetteer import get_gazetteer
    ms = get_gazetteer().find(text, lang)
    assert any(m.key == key for m in ms), [(m.key, m.surface) for m in ms]
    assert not any(m.key.startswith("person/") for m in ms)
