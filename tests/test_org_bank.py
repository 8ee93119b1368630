"""Sentence bank of round 4 (R1, organisations): organisations absent from the gazetteer,
found by one mechanism (``loaders/unknown_orgs.py``), Arabic organisations named by a head
noun and what follows it, and first-person joint statements whose signatories are listed.

Each case: (id, lang, text, want, must_not). ``want`` holds ``(agent, type, country)``
facts; an agent ``"org/*"`` stands for any organisation key the gazetteer does not list
(its slug is the finder's guess). ``must_not`` holds ``(agent, type)`` facts that must not
appear (addressees of a demand, places read as agents).
"""

import pytest

from extraction_helpers import country_facts

XF = pytest.mark.xfail(strict=True)


def _known(key):
    from rightsgraph.loaders.gazetteer import get_gazetteer
    return key in get_gazetteer().orgs


def _check(text, lang, want, must_not):
    got = country_facts(text, lang)
    for agent, rtype, iso in want:
        if agent == "org/*":
            assert any(a.startswith("org/") and not _known(a) and t == rtype and c == iso
                       for a, t, c in got), ((agent, rtype, iso), got)
        else:
            assert (agent, rtype, iso) in got, ((agent, rtype, iso), got)
    for agent, rtype in must_not:
        assert not any((a == agent or (agent == "org/*" and a.startswith("org/") and not _known(a)))
                       and t == rtype for a, t, _c in got), ((agent, rtype), got)


# ---------------------------------------------------------------- 1. one finder (en/fr)
MERGE = [
    ("en-league-group", "en",
     "Police detained dozens of opposition activists in Dhaka. The Bangladesh Jatiya Freedom League "
     "condemned the arrests as politically motivated.",
     [("org/bangladesh-jatiya-freedom-league", "Condemnation", "BD")], []),
    ("en-coalition-party-anaphor", "en",
     "Police arrested leaders of the Citizens Coalition for Change in Harare on Monday. The party's "
     "spokesperson, Promise Mkwananzi, demanded their immediate release.",
     [("org/citizens-coalition-for-change", "Demand", "ZW")], []),
    ("en-organisation-head", "en",
     "Security forces raided the offices of the Kurdistan Human Rights Organisation in Erbil, Iraq. "
     "The Kurdistan Human Rights Organisation denounced the raid.",
     [("org/kurdistan-human-rights-organisation", "Condemnation", "IQ")], []),
    ("en-commission-acronym", "en",
     "The Commission for the Disappeared and Victims of Violence (KontraS) demanded an independent "
     "investigation into the killing of protesters in Jakarta, Indonesia.",
     [("org/kontras", "Demand", "ID")], [("gov/ID", "Demand")]),
    ("en-campaign-against", "en",
     "Police in Nairobi arrested dozens of protesters. The Campaign Against Police Brutality in Kenya "
     "condemned the arrests.",
     [("org/*", "Condemnation", "KE")], [("gov/KE", "Condemnation")]),
    ("fr-front-constitution", "fr",
     "Des manifestants ont été arrêtés à Niamey. Le Front pour la défense de la Constitution (FDC) "
     "a exigé la libération des manifestants au Niger.",
     [("org/fdc", "Demand", "NE")], []),
    ("fr-mouvement-long", "fr",
     "Plusieurs opposants ont été interpellés à Bamako. Le Mouvement pour la défense de la "
     "République et de la Constitution a condamné ces arrestations au Mali.",
     [("org/*", "Condemnation", "ML")], [("gov/ML", "Condemnation")]),
    ("fr-ligue-group", "fr",
     "La police a dispersé un meeting à Lomé. La Ligue togolaise pour le renouveau démocratique "
     "a dénoncé une répression brutale au Togo.",
     [("org/*", "Condemnation", "TG")], []),
]

# ---------------------------------------------------------------- 2. Arabic head nouns
ARABIC = [
    ("ar-rabita-mothers", "ar",
     "طالبت رابطة ذوي المعتقلين السياسيين بالإفراج الفوري عن جميع المحتجزين في سجون جماعة الحوثي في اليمن.",
     [("org/*", "Demand", "YE")], [("gov/YE", "Demand")]),
    # (round 11: a name keyed only by its transliteration gets no fact, see
    # mention_cleanup.is_unkeyed; it still keeps its act from the government)
    ("ar-hayat-defence", "ar",
     "أدانت هيئة الدفاع عن المعتقلين السياسيين في تونس الحكم الصادر بحق المعارض عصام الشابي.",
     [], [("gov/TN", "Condemnation")]),
    ("ar-markaz-studies", "ar",
     "أعرب مركز دراسات الديمقراطية وحقوق المواطنة عن قلقه إزاء اعتقال الصحفيين في الجزائر.",
     [], [("gov/DZ", "ExpressionOfConcern")]),
    ("ar-marsad-after-verb", "ar",
     "دعا مرصد الحريات الصحفية السلطات العراقية إلى محاسبة عناصر الأمن الذين اعتدوا على ثلاثة مراسلين "
     "في بغداد.",
     [], [("gov/IQ", "Demand")]),
    ("ar-ittihad-students", "ar",
     "ندد اتحاد طلاب جامعة الخرطوم باقتحام قوات الدعم السريع للحرم الجامعي في السودان.",
     [("org/*", "Condemnation", "SD")], []),
    ("ar-naqaba-teachers", "ar",
     "وأعلنت نقابة المعلمين الإضراب المفتوح في الأردن احتجاجا على إغلاق مقرها.",
     [("org/*", "Demonstration", "JO")], []),
    ("ar-hamla-campaign", "ar",
     "أطلقت حملة أنقذوا الصحفيين المعتقلين نداء للإفراج عن المدونين في مصر.",
     [], [("gov/EG", "Demand")]),
    # a campaign of arrests, a centre one is taken to: no organisation
    ("ar-hamla-arrests", "ar",
     "شنت قوات الأمن المصرية حملة الاعتقالات الأوسع منذ سنوات في القاهرة، وطالت عشرات الناشطين.",
     [("gov/EG", "UseOfForce", "EG")], [("org/*", "UseOfForce")]),
    ("ar-markaz-place", "ar",
     "اعتقلت الشرطة البحرينية الناشط ونقلته إلى مركز الاحتجاز في الحوض الجاف، بحسب أسرته.",
     [("gov/BH", "UseOfForce", "BH")], [("org/*", "UseOfForce")]),
    ("ar-jamiya-object", "ar",
     "أدانت جمعية الصحفيين الكويتية العملية الأمنية التي استهدفت مراسلين في الكويت.",
     [("org/kuwait-journalists-association", "Condemnation", "KW")], []),
]

# ---------------------------------------------------------------- 3. listed signatories
JOINT = [
    ("en-list-dashes", "en",
     "Egypt: End the crackdown on lawyers\n\nJoint statement\n\n"
     "The undersigned organisations condemn the arrest of at least twelve lawyers in Cairo last week "
     "on charges of spreading false news.\n\n"
     "We call on the Egyptian authorities to release them immediately and unconditionally.\n\n"
     "Signatories:\n- Amnesty International\n- Front Line Defenders\n"
     "- Egyptian Initiative for Personal Rights\n- Sinai Foundation for Human Rights\n",
     [(a, t, "EG") for a in ("org/amnesty-international", "org/front-line-defenders", "org/eipr",
                              "org/sinai-foundation-for-human-rights")
      for t in ("Condemnation", "Demand")], [("gov/EG", "Demand")]),
    ("en-signed-by-commas", "en",
     "Bahrain must free Abdulhadi Al-Khawaja\n\n"
     "We are deeply concerned about the deteriorating health of the jailed rights defender in "
     "Bahrain. We urge the Bahraini government to release him without delay.\n\n"
     "Signed by: Bahrain Institute for Rights and Democracy, Human Rights Watch, PEN International, "
     "Gulf Centre for Human Rights\n",
     [(a, t, "BH") for a in ("org/bird", "org/human-rights-watch", "org/pen-international",
                              "org/gulf-centre-for-human-rights")
      for t in ("ExpressionOfConcern", "Demand")], [("gov/BH", "Demand")]),
    ("en-list-unknown-line", "en",
     "Zimbabwe: Drop charges against journalists\n\n"
     "We, the undersigned, denounce the detention of two reporters in Harare. We demand that "
     "Zimbabwe's police drop all charges against them.\n\n"
     "List of signatories\nCIVICUS\nArticle 19\nHeal Zimbabwe Trust\n",
     [(a, t, "ZW") for a in ("org/civicus", "org/article-19", "org/heal-zimbabwe-trust")
      for t in ("Condemnation", "Demand")], [("gov/ZW", "Demand")]),
    ("fr-list-dashes", "fr",
     "Tchad : libérez les militants de Wakit Tama\n\nDéclaration conjointe\n\n"
     "Nous condamnons l'arrestation de six militants de la société civile à N'Djamena la semaine "
     "dernière. Nous demandons aux autorités tchadiennes de les libérer sans condition.\n\n"
     "Les organisations signataires :\n- FIDH\n- Ligue tchadienne des droits de l'homme\n"
     "- Amnesty International\n",
     [(a, t, "TD") for a in ("org/fidh", "org/chadian-league-for-human-rights",
                              "org/amnesty-international")
      for t in ("Condemnation", "Demand")], [("gov/TD", "Demand")]),
    ("fr-signataires-inline", "fr",
     "Burkina Faso : des journalistes réquisitionnés de force\n\n"
     "Nous dénonçons la réquisition de journalistes envoyés au front au Burkina Faso et nous "
     "exigeons leur retour immédiat.\n\n"
     "Signataires : Reporters sans frontières, Article 19, Association des journalistes du Burkina, "
     "Collectif burkinabè contre l'impunité\n",
     [(a, t, "BF") for a in ("org/rsf", "org/article-19", "org/ajb", "org/*")
      for t in ("Condemnation", "Demand")], [("gov/BF", "Demand")]),
    ("fr-liste-lignes", "fr",
     "Cameroun : un journaliste condamné\n\n"
     "Nous sommes profondément préoccupés par la condamnation du journaliste Amadou Vamoulké au "
     "Cameroun. Nous appelons les autorités camerounaises à le libérer.\n\n"
     "Liste des signataires\nComité pour la protection des journalistes\nReporters sans frontières\n"
     "Réseau des défenseurs des droits humains en Afrique centrale (REDHAC)\n",
     [(a, t, "CM") for a in ("org/cpj", "org/rsf", "org/redhac")
      for t in ("ExpressionOfConcern", "Demand")], [("gov/CM", "Demand")]),
    ("ar-list-dashes", "ar",
     "السعودية: يجب الإفراج عن سلمى الشهاب\n\nبيان مشترك\n\n"
     "تدين المنظمات الموقعة أدناه الحكم بسجن طالبة الدكتوراه سلمى الشهاب في السعودية بسبب تغريدات. "
     "ونطالب السلطات السعودية بالإفراج عنها فورا ودون قيد أو شرط.\n\n"
     "المنظمات الموقعة:\n- منظمة العفو الدولية\n- القسط لحقوق الإنسان\n- مركز الخليج لحقوق الإنسان\n",
     [(a, t, "SA") for a in ("org/amnesty-international", "org/alqst", "org/gulf-centre-for-human-rights")
      for t in ("Condemnation", "Demand")], [("gov/SA", "Demand")]),
    ("ar-signers-commas", "ar",
     "مصر: أوقفوا ملاحقة المحامين\n\n"
     "ندين حملة الاعتقالات التي طالت محامين حقوقيين في مصر خلال الأسبوع الماضي، وندعو النيابة العامة "
     "إلى إخلاء سبيلهم.\n\n"
     "الموقعون: منظمة العفو الدولية، هيومن رايتس ووتش، مركز القاهرة لدراسات حقوق الإنسان\n",
     [(a, t, "EG") for a in ("org/amnesty-international", "org/human-rights-watch", "org/cairo-institute")
      for t in ("Condemnation", "Demand")], [("gov/EG", "Demand")]),
    ("ar-list-unknown", "ar",
     "لبنان: أوقفوا استدعاء الصحفيين\n\n"
     "نعرب عن قلقنا البالغ إزاء استدعاء الصحفيين إلى التحقيق في لبنان بسبب منشوراتهم. ونطالب "
     "السلطات اللبنانية بوقف هذه الملاحقات.\n\n"
     "قائمة الموقعين:\nالمفكرة القانونية\nهيومن رايتس ووتش\nمؤسسة سمير قصير (SKeyes)\n",
     [(a, t, "LB") for a in ("org/legal-agenda", "org/human-rights-watch", "org/skeyes")
      for t in ("ExpressionOfConcern", "Demand")], [("gov/LB", "Demand")]),
    # other headers of the list
    ("en-following-signed", "en",
     "Belarus: Free Ales Bialiatski\n\nWe strongly condemn the ten-year sentence handed to Nobel "
     "laureate Ales Bialiatski in Belarus. We urge the Belarusian authorities to release him.\n\n"
     "The following organisations have signed this statement:\nPEN International\nArticle 19\n"
     "Front Line Defenders\n",
     [(a, t, "BY") for a in ("org/pen-international", "org/article-19", "org/front-line-defenders")
      for t in ("Condemnation", "Demand")], [("gov/BY", "Demand")]),
    ("ar-signed-each-of", "ar",
     "تونس: أوقفوا محاكمة المدونين\n\nنستنكر الأحكام الصادرة بحق ثلاثة مدونين في تونس بسبب منشورات "
     "ساخرة، ونطالب السلطات التونسية بإسقاط التهم عنهم.\n\nوقّع على البيان كل من:\n- منظمة العفو الدولية\n"
     "- هيومن رايتس ووتش\n- المادة 19\n",
     [(a, t, "TN") for a in ("org/amnesty-international", "org/human-rights-watch", "org/article-19")
      for t in ("Condemnation", "Demand")], [("gov/TN", "Demand")]),
    # the authors named in a byline before the text
    ("en-byline", "en",
     "Egypt: Halt executions\n\nJoint statement by Amnesty International, Human Rights Watch and the Cairo "
     "Institute for Human Rights Studies\n\nWe condemn the execution of seven men in Egypt last week after "
     "an unfair trial. We call on the Egyptian authorities to establish a moratorium on executions.\n",
     [(a, t, "EG") for a in ("org/amnesty-international", "org/human-rights-watch", "org/cairo-institute")
      for t in ("Condemnation", "Demand")], [("gov/EG", "Demand")]),
    ("fr-byline", "fr",
     "Iran : les exécutions de manifestants doivent cesser\n\nDéclaration conjointe de la FIDH, de l'OMCT "
     "et d'Amnesty International\n\nNous sommes alarmés par l'exécution de deux manifestants en Iran. "
     "Nous exhortons les autorités iraniennes à suspendre toutes les exécutions.\n",
     [(a, t, "IR") for a in ("org/fidh", "org/omct", "org/amnesty-international")
      for t in ("ExpressionOfConcern", "Demand")], [("gov/IR", "Demand")]),
    ("ar-byline", "ar",
     "الجزائر: أفرجوا عن معتقلي الرأي\n\nبيان مشترك صادر عن منظمة العفو الدولية وهيومن رايتس ووتش "
     "والمنظمة العالمية لمناهضة التعذيب\n\nندين استمرار احتجاز عشرات الناشطين بسبب آرائهم في الجزائر. "
     "ونطالب السلطات الجزائرية بالإفراج عنهم دون قيد أو شرط.\n",
     [(a, t, "DZ") for a in ("org/amnesty-international", "org/human-rights-watch", "org/omct")
      for t in ("Condemnation", "Demand")], [("gov/DZ", "Demand")]),
    # what others say in the statement stays theirs
    ("en-list-others-quoted", "en",
     "Kenya: Investigate police killings of protesters\n\n"
     "We condemn the killing of at least 39 protesters by police in Kenya since June. The interior "
     "ministry denied that officers used live ammunition. \"We reject these claims,\" a police "
     "spokesman said.\n\nSignatories:\n- Amnesty International\n- Human Rights Watch\n- Article 19\n",
     [(a, "Condemnation", "KE") for a in ("org/amnesty-international", "org/human-rights-watch",
                                           "org/article-19")],
     [("org/amnesty-international", "Denial"), ("org/amnesty-international", "Rejection"),
      ("org/human-rights-watch", "Rejection")]),
    ("fr-list-others", "fr",
     "Guinée : les disparitions forcées doivent cesser\n\n"
     "Nous dénonçons l'enlèvement de deux militants à Conakry. Le gouvernement guinéen a démenti "
     "toute implication des forces de sécurité. « Nous rejetons ces accusations », a déclaré un "
     "porte-parole.\n\nLes organisations signataires :\n- FIDH\n- Amnesty International\n",
     [(a, "Condemnation", "GN") for a in ("org/fidh", "org/amnesty-international")],
     [("org/fidh", "Denial"), ("org/fidh", "Rejection"), ("org/amnesty-international", "Rejection")]),
    ("ar-list-others", "ar",
     "العراق: يجب محاسبة قتلة المتظاهرين\n\n"
     "ندين قتل المتظاهرين السلميين في العراق. ونفت وزارة الداخلية العراقية استخدام الرصاص الحي.\n\n"
     "المنظمات الموقعة:\n- منظمة العفو الدولية\n- هيومن رايتس ووتش\n",
     [(a, "Condemnation", "IQ") for a in ("org/amnesty-international", "org/human-rights-watch")],
     [("org/amnesty-international", "Denial"), ("org/human-rights-watch", "Denial")]),
]

# cases failing when the bank was written (marked before the rules changed)
# a quoted "Nous" of an unnamed spokesman goes to the page's publisher (sentence_acts' publisher
# rule, not the listed signatories)
FAILING = {"fr-list-others"}


def _params(cases):
    return [pytest.param(*c[1:], id=c[0], marks=[XF] if c[0] in FAILING else [])
            for c in cases]


@pytest.mark.parametrize("lang, text, want, must_not", _params(MERGE))
def test_one_finder(lang, text, want, must_not):
    _check(text, lang, want, must_not)


@pytest.mark.parametrize("lang, text, want, must_not", _params(ARABIC))
def test_arabic_head_nouns(lang, text, want, must_not):
    _check(text, lang, want, must_not)


@pytest.mark.parametrize("lang, text, want, must_not", _params(JOINT))
def test_listed_signatories(lang, text, want, must_not):
    _check(text, lang, want, must_not)
