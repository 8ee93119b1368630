"""Crowd and unknown-organisation bank: groups acting other than by protest, and organisations
named by a form the gazetteer does not list (Arabic, French, English).

Written for this test in the style of wire copy (AFP, Reuters, AP), broadcasters (BBC Arabic,
RFI, Al Jazeera) and NGO releases; no sentence is copied from a test document. Each case gives
the facts ``(agent principal, response type, event country)`` that must be extracted and facts
that must NOT be. An agent ending in ``*`` is a prefix (crowd slugs, slugs of unknown NGOs).
Conventions as tests/blind3/README.md: crowds are ``group/<ISO of event>/<slug>``; a petition
(signatures) is Petition, a letter addressed to an authority is DiplomaticAction, a campaign is
Advocacy, a complaint filed with a court or prosecutor is Investigation, a boycott or strike is
Demonstration.

Case ids start with the class:

- ``crowd``: families, mothers, relatives, professions, residents, students and crowds as the
  agents of demands, petitions, letters, campaigns, complaints, boycotts and marches;
- ``org``: organisations absent from the gazetteer (head + place + purpose, transliterated
  names, leagues, collectives, observatories, coalitions), and gazetteer NGOs that must keep
  their gazetteer key.
"""

from __future__ import annotations

import pytest

from extraction_helpers import country_facts


def _parse(spec):
    agent, rtype, place = spec.split()
    return agent, rtype, None if place == "-" else place


def _matches(want, got):
    """``want`` is in ``got``; an agent ending in ``*`` is a prefix."""
    a, t, p = want
    if a.endswith("*"):
        return any(g[0].startswith(a[:-1]) and g[1] == t and (p is None or g[2] == p) for g in got)
    return want in got


# (id, lang, paragraph, facts that must be extracted, facts that must not be)
CASES = [
    # ================================================================== Arabic crowds
    ("crowd-ar-fishermen", "ar",
     "طالبت عائلات الصيادين المحتجزين في إريتريا الحكومة اليمنية بالتدخل العاجل للإفراج عن أبنائها، وقالت في بيان إنها لم تتلق أي معلومات عنهم منذ ثلاثة أشهر.",
     ["group/*/ Demand -"], ["gov/YE Demand ER"]),
    ("crowd-ar-journalists-petition", "ar",
     "وقّع أكثر من مئة صحفي جزائري عريضة تطالب بالإفراج عن زميلهم المعتقل منذ أيلول/سبتمبر الماضي.",
     ["group/DZ/journalists Petition DZ"], []),
    ("crowd-ar-bloggers-campaign", "ar",
     "أطلق مدونون سعوديون حملة على مواقع التواصل الاجتماعي للمطالبة بالإفراج عن الناشطة المعتقلة في الرياض.",
     ["group/SA/* Advocacy SA"], []),
    ("crowd-ar-residents-complaint", "ar",
     "تقدم سكان حي الشيخ جراح بشكوى إلى المحكمة العليا الإسرائيلية ضد قرار إخلائهم من منازلهم.",
     ["group/*/residents Investigation -"], []),
    ("crowd-ar-villagers-gather", "ar",
     "احتشد أهالي قرية الزاوية أمام مقر المحافظة في مدينة أسيوط المصرية احتجاجا على هدم منازلهم.",
     ["group/EG/* Demonstration EG"], []),
    ("crowd-ar-thousands-march", "ar",
     "شارك الآلاف في مسيرة جابت شوارع العاصمة التونسية للمطالبة بالإفراج عن المعتقلين السياسيين.",
     ["group/TN/protesters Demonstration TN"], []),
    ("crowd-ar-counted-petition-teachers", "ar",
     "قررت الحكومة الأردنية حل نقابة المعلمين واعتقال أعضاء مجلسها. ووقّع آلاف المعلمين الأردنيين عريضة تطالب بالتراجع عن القرار.",
     ["group/JO/teachers Petition JO"], []),
    ("crowd-ar-counted-petition-journalists", "ar",
     "اعتقلت السلطات الجزائرية صحفيا بارزا الأسبوع الماضي. ووقع مئات الصحفيين الجزائريين عريضة تطالب بالإفراج عنه.",
     ["group/DZ/journalists Petition DZ"], []),
    ("crowd-ar-counted-letter-journalists", "ar",
     "استدعت النيابة العامة اللبنانية ثلاثة صحفيين للتحقيق بسبب مقالات انتقدت الحكومة. ووجه عشرات الصحفيين اللبنانيين رسالة إلى وزير الإعلام يطالبون فيها بوقف الملاحقات.",
     ["group/LB/journalists DiplomaticAction LB"], []),
    ("crowd-ar-counted-not-object", "ar",
     "اعتقلت الشرطة عشرات الصحفيين الجزائريين بعد عريضة نشروها في الجزائر.",
     ["gov/DZ UseOfForce DZ"], ["group/DZ/journalists Petition DZ"]),
    ("crowd-ar-counted-complaint", "ar",
     "هدمت السلطات المصرية عشرات المنازل في حي شعبي بالقاهرة. وتقدم عشرات السكان بشكوى إلى النيابة العامة ضد قرار الهدم.",
     ["group/EG/residents Investigation EG"], []),
    ("crowd-ar-people-of-place", "ar",
     "هدمت الجرافات عشرات المنازل في قرية بصعيد مصر بحجة البناء المخالف. واحتشد أهالي القرية أمام مقر المحافظة احتجاجا على الهدم.",
     ["group/EG/residents Demonstration EG"], []),
    ("crowd-ar-camp-residents", "ar",
     "أوقفت السلطات اللبنانية عشرات اللاجئين الفلسطينيين على حاجز قرب صيدا في لبنان. واعتصم سكان المخيم أمام مقر الأمن العام للمطالبة بالإفراج عنهم.",
     ["group/LB/residents Demonstration LB"], []),
    ("crowd-ar-journalists-bare", "ar",
     "اعتقلت قوات الأمن المصرية صحفيا من موقع مستقل. وتظاهر الصحفيون أمام مقر نقابتهم في القاهرة احتجاجا على اعتقاله.",
     ["group/EG/journalists Demonstration EG"], []),
    ("crowd-ar-journalists-source", "ar",
     "قال الصحفيون إن قوات الأمن المصرية فرقت الوقفة بالقوة في القاهرة.",
     [], ["group/EG/journalists Demonstration EG"]),
    ("crowd-ar-bloggers-second", "ar",
     "اعتقلت السلطات الكويتية مغردا انتقد الحكومة على منصة إكس. وأطلق مدونون كويتيون حملة للمطالبة بالإفراج عنه.",
     ["group/KW/bloggers Advocacy KW"], []),
    ("crowd-ar-bare-verb", "ar",
     "تظاهر الآلاف في شوارع الخرطوم أمس رفضا لاعتقال قادة لجان المقاومة على يد السلطات السودانية.",
     ["group/SD/protesters Demonstration SD"], ["gov/SD Demonstration SD"]),
    ("crowd-ar-bare-sitin", "ar",
     "اختطف مسلحون ناشطين بارزين في العراق الأسبوع الماضي. واعتصم العشرات أمام مقر البرلمان في بغداد للمطالبة بالكشف عن مصيرهم.",
     ["group/IQ/protesters Demonstration IQ"], []),
    ("crowd-ar-bare-noun", "ar",
     "أصدرت محكمة جزائرية حكما بسجن صحفي عامين. وخرج مئات في مسيرة بالعاصمة الجزائرية تنديدا بالحكم.",
     ["group/DZ/protesters Demonstration DZ"], []),
    ("crowd-ar-bare-not-displaced", "ar",
     "نزح الآلاف في ولاية دارفور السودانية هربا من القصف، وأدانت الأمم المتحدة الهجمات على المدنيين.",
     ["org/united-nations Condemnation SD"], ["group/SD/protesters Demonstration SD"]),
    ("crowd-ar-mothers-appeal", "ar",
     "ناشدت أمهات المعتقلين في سجن صيدنايا المجتمع الدولي الكشف عن مصير أبنائهن.",
     ["group/SY/families-of-prisoners Demand SY"], []),
    ("crowd-ar-lawyers-boycott", "ar",
     "قاطع المحامون اللبنانيون جلسات المحاكم لليوم الثالث على التوالي احتجاجا على توقيف زميل لهم في بيروت.",
     ["group/LB/lawyers Demonstration LB"], []),
    ("crowd-ar-students-boycott", "ar",
     "قاطع طلاب جامعة الخرطوم الامتحانات احتجاجا على اعتقال عدد من زملائهم على يد قوات الأمن السودانية.",
     ["group/SD/students Demonstration SD"], []),
    ("crowd-ar-doctors-letter", "ar",
     "وجّه عشرات الأطباء المصريين رسالة مفتوحة إلى الرئيس عبد الفتاح السيسي يطالبون فيها بالإفراج عن زملائهم المحبوسين.",
     ["group/EG/doctors DiplomaticAction EG"], []),
    # ================================================================== Arabic organisations
    ("org-ar-atfd", "ar",
     "نددت الجمعية التونسية للنساء الديمقراطيات بالحكم الصادر بحق الناشطة، واعتبرته استهدافا لحرية التعبير في تونس.",
     ["org/* Condemnation TN"], ["gov/TN Condemnation TN", "group/TN/women Condemnation TN"]),
    ("org-ar-mothers-association", "ar",
     "طالبت رابطة أمهات المختطفين جماعة الحوثي بالكشف عن مصير مئات المخفيين قسرا في سجون صنعاء.",
     ["org/* Demand YE"], ["group/YE/families-of-prisoners Demand YE"]),
    ("org-ar-defence-committee", "ar",
     "أعلنت هيئة الدفاع عن المعتقلين السياسيين في تونس أنها تقدمت بشكوى إلى الفريق الأممي المعني بالاحتجاز التعسفي.",
     ["org/* Investigation TN"], ["group/TN/lawyers Investigation TN"]),
    ("org-ar-yemeni-observatory", "ar",
     "أدان المرصد اليمني لحقوق الإنسان قصف منازل المدنيين في مدينة تعز، وحمّل الأطراف المسؤولية.",
     ["org/* Condemnation YE"], ["gov/YE Condemnation YE"]),
    ("org-ar-lebanese-centre", "ar",
     "أصدر المركز اللبناني لحقوق الإنسان تقريرا يوثق تعذيب موقوفين سوريين في مراكز الاحتجاز اللبنانية.",
     ["org/* Report LB"], ["gov/LB Report LB"]),
    ("org-ar-iraqi-observatory", "ar",
     "طالب المرصد العراقي لحقوق الإنسان السلطات في بغداد بالكشف عن مصير المختطفين من المتظاهرين.",
     ["org/iraqi-observatory-for-human-rights Demand IQ"], ["group/IQ/watchdog Demand IQ"]),
    ("org-ar-mauritanian-association", "ar",
     "استنكرت الجمعية الموريتانية لحقوق الإنسان اعتقال نشطاء مناهضين للعبودية في نواكشوط.",
     ["org/mauritania-human-rights-association Condemnation MR"], ["gov/MR Condemnation MR"]),
    ("org-ar-egyptian-women-centre", "ar",
     "انتقد المركز المصري لحقوق المرأة الحكم بسجن ناشطة نسوية في القاهرة بتهمة نشر أخبار كاذبة.",
     ["org/ecwr Condemnation EG"], ["gov/EG Condemnation EG"]),
    ("org-ar-sam", "ar",
     "دعت منظمة سام للحقوق والحريات إلى تحقيق مستقل في وفاة محتجز داخل سجن في مأرب اليمنية.",
     ["org/* Demand YE"], []),
    ("org-ar-skyline", "ar",
     "انتقدت منظمة سكاي لاين الدولية حملة الاعتقالات التي شنتها السلطات الإماراتية بحق مدونين.",
     ["org/* Condemnation AE"], []),
    ("org-ar-coalition", "ar",
     "وقّعت أكثر من ثلاثين منظمة حقوقية بيانا مشتركا يدين أحكام الإعدام الصادرة بحق معارضين في البحرين.",
     ["group/BH/rights-groups Condemnation BH"], []),
    ("org-ar-gazetteer-kept", "ar",
     "قال المرصد السوري لحقوق الإنسان إن قوات الأمن اعتقلت عشرين شابا في درعا، وطالب بالإفراج عنهم.",
     ["org/syrian-observatory Demand SY"], []),
    # ================================================================== French crowds
    ("crowd-fr-families-demand", "fr",
     "Les familles des disparus ont exigé mardi que les autorités mexicaines rouvrent l'enquête sur la disparition des 43 étudiants d'Ayotzinapa.",
     ["group/MX/* Demand MX"], []),
    ("crowd-fr-lawyers-tribune", "fr",
     "Plus de 200 avocats sénégalais ont signé une pétition réclamant la libération de l'opposant détenu à Dakar.",
     ["group/SN/lawyers Petition SN"], []),
    ("crowd-fr-journalists-letter", "fr",
     "Une centaine de journalistes burkinabè ont adressé une lettre ouverte au chef de la junte pour dénoncer la réquisition de leurs confrères.",
     ["group/BF/journalists DiplomaticAction BF"], []),
    ("crowd-fr-relatives-appeal", "fr",
     "Les proches des détenus ont lancé un appel au président Kaïs Saïed pour qu'il ordonne leur libération.",
     ["group/TN/families-of-prisoners Demand TN"], []),
    ("crowd-fr-residents-complaint", "fr",
     "Des habitants du quartier ont porté plainte contre la police camerounaise après la destruction de leurs maisons à Douala.",
     ["group/CM/residents Investigation CM"], []),
    ("crowd-fr-students-boycott", "fr",
     "Les étudiants de l'université d'Abomey-Calavi boycottent les cours depuis lundi pour protester contre l'arrestation de leurs camarades au Bénin.",
     ["group/BJ/students Demonstration BJ"], []),
    ("crowd-fr-mothers-campaign", "fr",
     "Des mères de migrants disparus ont lancé une campagne pour obtenir des réponses des autorités tunisiennes.",
     ["group/TN/* Advocacy TN"], []),
    ("crowd-fr-counted-letter", "fr",
     "La police a interpellé un reporter de la radio Oméga à Ouagadougou. Une centaine de journalistes ont adressé une lettre ouverte au chef de la junte.",
     ["group/BF/journalists DiplomaticAction BF"], []),
    ("crowd-fr-counted-campaign", "fr",
     "Un journaliste béninois est détenu depuis un mois à Cotonou. Des dizaines de journalistes ont lancé une campagne pour obtenir sa libération.",
     ["group/BJ/journalists Advocacy BJ"], []),
    ("crowd-fr-counted-complaint", "fr",
     "Des bulldozers ont rasé un quartier de Conakry sur ordre du gouvernement guinéen. Une cinquantaine d'habitants ont déposé une plainte contre l'État.",
     ["group/GN/residents Investigation GN"], []),
    ("crowd-fr-bloggers", "fr",
     "La police algérienne a arrêté un blogueur à Oran pour des publications sur Facebook. Des blogueurs algériens ont lancé une campagne pour sa libération.",
     ["group/DZ/bloggers Advocacy DZ"], []),
    # ================================================================== French organisations
    ("org-fr-cfda", "fr",
     "Le Collectif des familles de disparus en Algérie (CFDA) a dénoncé jeudi l'interdiction de son rassemblement hebdomadaire à Alger.",
     ["org/cfda Condemnation DZ"], ["group/DZ/families-of-prisoners Condemnation DZ"]),
    ("org-fr-lidho", "fr",
     "La Ligue ivoirienne des droits de l'homme a condamné les arrestations de militants de l'opposition à Abidjan.",
     ["org/* Condemnation CI"], ["gov/CI Condemnation CI"]),
    ("org-fr-observatoire", "fr",
     "L'Observatoire pour la protection des défenseurs des droits humains s'est inquiété de la détention du militant nicaraguayen.",
     ["org/* ExpressionOfConcern NI"], []),
    ("org-fr-ligue-guinee", "fr",
     "La Ligue guinéenne des droits de l'homme (LGDH) exige la libération des manifestants arrêtés à Conakry.",
     ["org/lgdh Demand GN"], []),
    ("org-fr-cpj-kept", "fr",
     "Le Comité pour la protection des journalistes a condamné la condamnation du reporter à Bamako.",
     ["org/cpj Condemnation ML"], []),
    # ================================================================== English crowds
    ("crowd-en-relatives-urged", "en",
     "Relatives of the detainees urged Egyptian authorities on Sunday to allow prison visits.",
     ["group/EG/families-of-prisoners Demand EG"], []),
    ("crowd-en-doctors-letter", "en",
     "More than 300 Pakistani doctors signed an open letter to the prime minister protesting the arrest of a colleague in Lahore.",
     ["group/PK/doctors DiplomaticAction PK"], []),
    ("crowd-en-families-petition", "en",
     "Families of the missing delivered a petition with 40,000 signatures to Sri Lanka's parliament in Colombo.",
     ["group/LK/* Petition LK"], []),
    ("crowd-en-villagers-complaint", "en",
     "Villagers in Cambodia's Koh Kong province filed a complaint with the provincial court over the forced evictions.",
     ["group/KH/residents Investigation KH"], []),
    ("crowd-en-students-boycott", "en",
     "Students at the University of Dhaka boycotted classes after police detained several of their classmates in Bangladesh.",
     ["group/BD/students Demonstration BD"], []),
    ("crowd-en-journalists-campaign", "en",
     "Kenyan journalists launched a campaign demanding justice for a colleague shot dead by police in Nairobi.",
     ["group/KE/journalists Advocacy KE"], []),
    ("crowd-en-thousands-marched", "en",
     "Thousands marched through the streets of Tbilisi on Saturday to denounce the foreign agents law in Georgia.",
     ["group/GE/protesters Demonstration GE"], []),
    ("crowd-en-counted-campaign", "en",
     "Police shot dead a photographer during a protest in Nairobi last month. Dozens of Kenyan reporters have since launched a campaign demanding justice.",
     ["group/KE/journalists Advocacy KE"], ["gov/KE Advocacy KE"]),
    ("crowd-en-counted-letter", "en",
     "Security agents detained a newspaper editor in Harare on Friday. More than 50 journalists wrote to President Emmerson Mnangagwa to ask for his release.",
     ["group/ZW/journalists DiplomaticAction ZW"], []),
    ("crowd-en-counted-lawsuit", "en",
     "Soldiers burned dozens of houses in a village in Myanmar's Sagaing region last week. More than 100 residents have since filed a complaint with the UN.",
     ["group/MM/residents Investigation MM"], []),
    ("crowd-en-counted-object-not-agent", "en",
     "Police in Phnom Penh questioned dozens of residents about the fire in Cambodia and opened an investigation.",
     [], ["group/KH/residents Investigation KH"]),
    ("crowd-en-bloggers", "en",
     "Vietnamese police arrested a blogger in Hanoi on Monday over posts criticising the party. Vietnamese bloggers launched an online campaign for his release.",
     ["group/VN/bloggers Advocacy VN"], []),
    ("crowd-en-bloggers-victims", "en",
     "Police arrested three bloggers in Hanoi, Vietnam, on charges of propaganda against the state.",
     ["gov/VN UseOfForce VN"], ["group/VN/bloggers UseOfForce VN"]),
    # ================================================================== English organisations
    ("org-en-coalition", "en",
     "The Coalition for Genocide Response called on the UK government to recognise the atrocities against the Yazidis in Iraq.",
     ["org/* Demand IQ"], ["gov/GB Demand IQ"]),
    ("org-en-league", "en",
     "The Liberian League for Human Rights condemned the beating of protesters by police in Monrovia.",
     ["org/* Condemnation LR"], ["gov/LR Condemnation LR"]),
    ("org-en-of-tail-apt", "en",
     "Guards at a prison in Chihuahua beat inmates for hours, according to footage seen by reporters. The Association for the Prevention of Torture condemned the abuse and urged Mexico to investigate.",
     ["org/association-for-the-prevention-of-torture Condemnation MX"], ["org/association-for-the-prevention Condemnation MX"]),
    ("org-en-of-tail-observatory", "en",
     "Turkish police detained the lawyer at his office in Istanbul on Tuesday, his colleagues said. The Observatory for the Protection of Human Rights Defenders condemned the arrest.",
     ["org/observatory-for-the-protection-of-human-rights-defenders Condemnation TR"], []),
    ("org-en-of-tail-network", "en",
     "Ethiopian security forces arrested a reporter in Addis Ababa last week, his employer said. The Network for the Defense of Independent Media in Africa urged the authorities to release him.",
     ["org/network-for-the-defense-of-independent-media Demand ET"], []),
    ("org-en-cpj-kept", "en",
     "The Committee to Protect Journalists condemned the detention of three reporters in Ethiopia.",
     ["org/cpj Condemnation ET"], []),
    ("org-en-centre", "en",
     "The Zimbabwe Lawyers for Human Rights said it had filed an urgent application to the High Court in Harare on behalf of the detained activists.",
     ["org/* Investigation ZW"], ["group/ZW/lawyers Investigation ZW"]),
]

XFAIL: dict[str, str] = {
    "crowd-ar-camp-residents": "agent found; place: the refugees' origin (PS) wins over the country of the camp (LB)",
    "crowd-en-counted-lawsuit": "agent found; type: a complaint filed with the UN is read as Advocacy",
    "crowd-ar-fishermen": "bank before: missed",
    "crowd-ar-journalists-petition": "bank before: missed",
    "crowd-ar-residents-complaint": "agent found; type: 'تقدم ... بشكوى' read as Advocacy",
    "crowd-ar-thousands-march": "a document starting with 'شارك' loses the cue ('وشارك الآلاف في مسيرة' passes)",
    "crowd-ar-mothers-appeal": "place: Saydnaya prison unknown (the same sentence with 'في سوريا' passes)",
    "org-ar-defence-committee": "bank before: missed",
    "org-ar-lebanese-centre": "found (org/lebanon-human-rights-centre); place: the victims' demonym (SY) wins over the place of the centres (LB)",
    "org-ar-coalition": "bank before: missed",
    "org-ar-gazetteer-kept": "agent found; place: Daraa unknown",
    "org-fr-observatoire": "bank before: missed",
    "org-en-centre": "bank before: missed",
}


def _params():
    out = []
    for cid, lang, text, want, forbid in CASES:
        marks = [pytest.mark.xfail(reason=XFAIL[cid], strict=True)] if cid in XFAIL else []
        out.append(pytest.param(lang, text, want, forbid, id=cid, marks=marks))
    return out


@pytest.mark.parametrize("lang,text,want,forbid", _params())
def test_crowd_bank(lang, text, want, forbid):
    got = country_facts(text, lang)
    for spec in want:
        assert _matches(_parse(spec), got), (spec, sorted(got, key=str))
    for spec in forbid:
        assert not _matches(_parse(spec), got), (spec, sorted(got, key=str))


def test_bank_ids():
    """Unique ids, every xfail mark naming a case."""
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
    assert set(XFAIL) <= set(ids)
