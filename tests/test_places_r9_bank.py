"""Sentence bank of the document's main place, round 9 (H8), written before running the
extractor on it. The hard place mechanisms, each in Arabic, French and English, with
countries and wording of their own (no development or held-out sentence):

1. a state SENDING people back (deporting, repatriating, expelling) to a country where they
   face harm: the situation is the sending state's act, not the destination's;
2. refugees ABROAD telling of abuses by the state they fled: the place is that state, not the
   host country of the camps;
3. a court or UN body ABROAD (The Hague, Strasbourg, Geneva, Arusha) judging a state: the
   place is the judged state, not the court's seat;
4. an exile diaspora PROTESTING abroad about home: the place is home;
5. a foreign armed strike: the place is where it lands;
6. a ban at home on rallies about another country: the place is home (the ban's country);
7. a capital named as its government's metonym ("Washington condemned"): not a place.

Each case names the responders whose facts must all carry the place (country level).
"""

import pytest

from extraction_helpers import bank_params, check_main_place

CASES = [
    # (1) a state sending people back
    ("en_thailand_deports_uyghurs", "en",
     "Thailand deports 40 Uyghur men to China\n\n"
     "Thai authorities secretly deported 40 Uyghur men to China on Thursday after holding them "
     "for more than a decade in an immigration detention centre in Bangkok. Human Rights Watch "
     "condemned the deportation, saying the men face torture and long prison terms in Xinjiang.",
     "TH", ["org/human-rights-watch"]),
    ("fr_algerie_expulse_migrants_niger", "fr",
     "L'Algérie expulse des centaines de migrants vers le Niger\n\n"
     "Les autorités algériennes ont expulsé cette semaine plus de 600 migrants subsahariens, "
     "abandonnés en plein désert à la frontière du Niger, selon l'ONG Alarme Phone Sahara. "
     "Amnesty International a dénoncé des expulsions collectives contraires au droit "
     "international.",
     "DZ", ["org/amnesty-international"]),
    ("ar_lebanon_deports_syrians", "ar",
     "لبنان يرحّل عشرات اللاجئين السوريين إلى بلادهم\n\n"
     "رحّل الجيش اللبناني عشرات اللاجئين السوريين إلى سوريا خلال الأيام الماضية بعد مداهمات "
     "في مخيمات بسهل البقاع. وأدانت منظمة العفو الدولية عمليات الترحيل، محذرة من أن المرحّلين "
     "قد يتعرضون للاعتقال والتعذيب في سوريا.",
     "LB", ["org/amnesty-international"]),
    ("en_pakistan_expels_afghans", "en",
     "Pakistan expels thousands of Afghans\n\n"
     "Pakistani police rounded up and deported thousands of Afghan refugees to Afghanistan this "
     "month, where women and former officials face persecution by the Taliban. Amnesty "
     "International urged Islamabad to halt the expulsions immediately.",
     "PK", ["org/amnesty-international"]),
    # a third state's minister offering to take those expelled answers; it does not expel (lead)
    ("en_belarus_expels_opponents_poland_offers", "en",
     "Belarus expels 14 jailed opposition figures to Lithuania\n\n"
     "Belarusian authorities freed 14 jailed opposition figures on Friday and drove them across "
     "the border into Lithuania, stripping them of their passports. Poland's foreign minister, "
     "Radoslaw Sikorski, said his country was ready to grant Polish citizenship to all those "
     "expelled. Germany and Czechia later offered them visas and refuge.",
     "BY", ["gov/PL", "gov/DE"]),
    # (2) refugees abroad from the accused state
    ("en_sudanese_refugees_chad", "en",
     "Sudanese refugees in Chad recount killings in Darfur\n\n"
     "Refugees who reached camps in eastern Chad told Human Rights Watch that fighters of the "
     "Rapid Support Forces shot civilians fleeing El Geneina in West Darfur. Human Rights Watch "
     "said the killings could amount to crimes against humanity.",
     "SD", ["org/human-rights-watch"]),
    ("fr_refugies_burundais_tanzanie", "fr",
     "Des réfugiés burundais racontent la répression\n\n"
     "Dans les camps de Nyarugusu, en Tanzanie, des réfugiés burundais affirment avoir été "
     "torturés par des membres des Imbonerakure avant de fuir leur pays. La FIDH a dénoncé "
     "l'impunité dont jouissent ces miliciens au Burundi.",
     "BI", ["org/fidh"]),
    ("ar_sudanese_refugees_chad", "ar",
     "لاجئون سودانيون في تشاد يروون فظائع دارفور\n\n"
     "روى لاجئون سودانيون وصلوا إلى مخيمات في شرق تشاد أن عناصر من قوات الدعم السريع قتلوا "
     "مدنيين في الجنينة بولاية غرب دارفور. وطالبت منظمة هيومن رايتس ووتش بفتح تحقيق دولي في "
     "عمليات القتل.",
     "SD", ["org/human-rights-watch"]),
    # (2b) refugees abroad telling of abuses at home: where they now live is not the place
    ("en_syrian_refugees_lebanon_tell", "en",
     "Syrian refugees in Lebanon recount torture in military prisons\n\n"
     "Former detainees now living in refugee camps in Lebanon told Amnesty International they were "
     "tortured and starved in military prisons run by the Syrian government. Amnesty International "
     "said the abuses amounted to crimes against humanity.",
     "SY", ["org/amnesty-international"]),
    ("fr_refugies_syriens_liban_racontent", "fr",
     "Des réfugiés syriens au Liban racontent la torture dans les prisons du régime\n\n"
     "D'anciens détenus réfugiés dans des camps de la plaine de la Bekaa, au Liban, ont raconté à "
     "Amnesty International avoir été torturés dans des prisons militaires du gouvernement syrien. "
     "Amnesty International a dénoncé des crimes contre l'humanité.",
     "SY", ["org/amnesty-international"]),
    ("ar_syrian_refugees_lebanon_tell", "ar",
     "لاجئون سوريون في لبنان يروون التعذيب في سجون النظام\n\n"
     "روى معتقلون سابقون يعيشون في مخيمات للاجئين في سهل البقاع بلبنان لمنظمة العفو الدولية أنهم "
     "تعرضوا للتعذيب والتجويع في سجون عسكرية تابعة للحكومة السورية. ودانت منظمة العفو الدولية "
     "هذه الجرائم.",
     "SY", ["org/amnesty-international"]),
    ("en_uyghurs_turkey_describe", "en",
     "Uyghurs in Turkey describe abuse in Xinjiang camps\n\n"
     "Uyghur refugees living in Istanbul told Human Rights Watch they had been beaten and forced to "
     "renounce their faith in detention camps. Human Rights Watch urged the United Nations to "
     "investigate.",
     "CN", ["org/human-rights-watch"]),
    # (3) a court or UN body abroad judging a state
    ("en_echr_turkey_kavala", "en",
     "European court rules Turkey violated Kavala's rights\n\n"
     "The European Court of Human Rights in Strasbourg ruled on Tuesday that Turkey had violated "
     "the rights of philanthropist Osman Kavala, jailed in Istanbul since 2017. Amnesty "
     "International welcomed the judgment and urged Ankara to release him at once.",
     "TR", ["org/amnesty-international"]),
    ("fr_cedh_grece_refoulements", "fr",
     "La CEDH condamne la Grèce pour des refoulements\n\n"
     "La Cour européenne des droits de l'homme, siégeant à Strasbourg, a condamné mardi la Grèce "
     "pour le refoulement d'une demandeuse d'asile turque vers la Turquie depuis la région de "
     "l'Evros. Amnesty International a salué un arrêt historique.",
     "GR", ["org/amnesty-international"]),
    ("ar_echr_turkey_kavala", "ar",
     "المحكمة الأوروبية تدين تركيا في قضية كافالا\n\n"
     "قضت المحكمة الأوروبية لحقوق الإنسان في ستراسبورغ بأن تركيا انتهكت حقوق رجل الأعمال "
     "عثمان كافالا المسجون في إسطنبول منذ عام 2017. ورحبت منظمة العفو الدولية بالحكم وطالبت "
     "أنقرة بالإفراج عنه فورا.",
     "TR", ["org/amnesty-international"]),
    ("en_un_committee_geneva_egypt", "en",
     "UN torture committee criticises Egypt\n\n"
     "The UN Committee against Torture, meeting in Geneva, said on Friday it was alarmed by "
     "reports of systematic torture in Egyptian police stations and prisons. Amnesty "
     "International called on Cairo to implement the committee's recommendations.",
     "EG", ["org/amnesty-international"]),
    ("fr_comite_onu_geneve_iran", "fr",
     "Le Comité des droits de l'homme de l'ONU épingle l'Iran\n\n"
     "Réuni à Genève, le Comité des droits de l'homme des Nations unies s'est dit vendredi "
     "profondément préoccupé par le nombre d'exécutions en Iran. Human Rights Watch a appelé "
     "Téhéran à instaurer un moratoire sur la peine de mort.",
     "IR", ["org/human-rights-watch"]),
    # (4) an exile diaspora protesting abroad about home
    ("en_iranians_london_rally", "en",
     "Iranians rally in London against executions\n\n"
     "Thousands of Iranian exiles marched through central London on Saturday to protest "
     "against the execution of protesters in Iran. Amnesty International said at least 20 "
     "people had been hanged in Iran over the protests.",
     "IR", ["org/amnesty-international"]),
    ("fr_diaspora_camerounaise_paris", "fr",
     "La diaspora camerounaise manifeste à Paris\n\n"
     "Plusieurs centaines de Camerounais de la diaspora ont manifesté samedi à Paris pour "
     "dénoncer la répression des opposants au Cameroun. Amnesty International a demandé la "
     "libération des militants détenus à Yaoundé.",
     "CM", ["org/amnesty-international"]),
    ("ar_sudanese_diaspora_london", "ar",
     "الجالية السودانية تتظاهر في لندن\n\n"
     "تظاهر مئات من أبناء الجالية السودانية أمام مقر الحكومة البريطانية في لندن احتجاجا على "
     "المجازر في السودان. ودانت منظمة العفو الدولية قتل المدنيين في الفاشر.",
     "SD", ["org/amnesty-international"]),
    # (4b) the diaspora's rally abroad in a story about home
    ("en_cameroon_villages_diaspora_brussels", "en",
     "Cameroon troops accused of burning villages\n\n"
     "Cameroonian soldiers burned dozens of homes in villages of the North-West region last week, "
     "killing at least nine civilians, residents said. Human Rights Watch called for an independent "
     "investigation. On Saturday, hundreds of members of the Cameroonian diaspora demonstrated in "
     "Brussels to demand an end to the killings.",
     "CM", ["org/human-rights-watch", "group/CM/diaspora"]),
    ("fr_cameroun_villages_diaspora_bruxelles", "fr",
     "Cameroun : des soldats accusés d'avoir incendié des villages\n\n"
     "Des soldats camerounais ont incendié des dizaines de maisons dans des villages de la région du "
     "Nord-Ouest la semaine dernière, tuant au moins neuf civils, selon des habitants. Human Rights "
     "Watch a réclamé une enquête indépendante. Samedi, des centaines de membres de la diaspora "
     "camerounaise ont manifesté à Bruxelles pour exiger la fin des tueries.",
     "CM", ["org/human-rights-watch", "group/CM/diaspora"]),
    ("ar_cameroon_villages_diaspora_brussels", "ar",
     "الكاميرون: اتهام جنود بإحراق قرى\n\n"
     "أحرق جنود كاميرونيون عشرات المنازل في قرى بالإقليم الشمالي الغربي الأسبوع الماضي وقتلوا تسعة "
     "مدنيين على الأقل، بحسب سكان. وطالبت هيومن رايتس ووتش بتحقيق مستقل. وتظاهر مئات من أبناء "
     "الجالية الكاميرونية في بروكسل يوم السبت للمطالبة بوقف عمليات القتل.",
     "CM", ["org/human-rights-watch", "group/CM/diaspora"]),
    # (5) a foreign strike
    ("en_coalition_strike_yemen", "en",
     "Coalition air strike on Yemen detention centre kills dozens\n\n"
     "An air strike by the Saudi-led coalition hit a detention centre in Saada in northern "
     "Yemen, killing at least 70 detainees, aid workers said. The UN Secretary-General "
     "condemned the attack and called for a swift investigation.",
     "YE", ["org/united-nations"]),
    ("fr_frappe_drone_niger_mali", "fr",
     "Une frappe de drone tue des civils au Mali\n\n"
     "Une frappe de drone de l'armée malienne a tué au moins 20 civils lors d'un mariage dans "
     "la région de Tombouctou, selon des témoins. Human Rights Watch a exigé une enquête "
     "indépendante sur cette attaque.",
     "ML", ["org/human-rights-watch"]),
    ("ar_israeli_strike_damascus", "ar",
     "غارة إسرائيلية على دمشق\n\n"
     "قتل أربعة مدنيين في غارة جوية إسرائيلية استهدفت مبنى سكنيا في حي المزة بدمشق، بحسب "
     "المرصد السوري لحقوق الإنسان. ودانت الأمم المتحدة الغارة.",
     "SY", ["org/united-nations"]),
    # (6) a ban at home on rallies about another country
    ("en_egypt_arrests_gaza_protesters", "en",
     "Egypt arrests dozens at pro-Palestinian protest\n\n"
     "Egyptian police arrested dozens of people who joined a rally in central Cairo in "
     "solidarity with Gaza, lawyers said. Amnesty International called for the release of "
     "all those detained for peacefully protesting.",
     "EG", ["org/amnesty-international"]),
    ("fr_maroc_interdit_sit_in_gaza", "fr",
     "Le Maroc interdit des sit-in de soutien à Gaza\n\n"
     "Les autorités marocaines ont interdit vendredi plusieurs sit-in de soutien au peuple "
     "palestinien à Rabat et à Casablanca. L'Association marocaine des droits humains a "
     "dénoncé une atteinte à la liberté de manifestation.",
     "MA", ["org/amdh"]),
    ("ar_jordan_disperses_gaza_protest", "ar",
     "الأمن الأردني يفرق متظاهرين قرب السفارة الإسرائيلية\n\n"
     "فرقت قوات الأمن الأردنية بالقوة مئات المتظاهرين الذين احتشدوا قرب السفارة الإسرائيلية في "
     "عمّان تضامنا مع غزة، واعتقلت عددا منهم. وطالبت منظمة هيومن رايتس ووتش السلطات الأردنية "
     "بالإفراج عن المعتقلين.",
     "JO", ["org/human-rights-watch"]),
    # guards: a court abroad (The Hague), a capital denying, exiles rallying in a story about home
    ("ar_icc_hague_libya", "ar",
     "المحكمة الجنائية الدولية تصدر مذكرة توقيف بحق قائد عسكري في ليبيا\n\n"
     "أصدرت المحكمة الجنائية الدولية في لاهاي مذكرة توقيف بحق قائد عسكري ليبي متهم بتعذيب محتجزين في "
     "سجن معيتيقة في طرابلس. ورحبت منظمة هيومن رايتس ووتش بالقرار.",
     "LY", ["org/human-rights-watch"]),
    ("ar_moscow_denies_executions", "ar",
     "أوكرانيا تتهم روسيا بإعدام أسرى\n\n"
     "قال المدعي العام الأوكراني إن جنودا روسا أعدموا ستة أسرى حرب أوكرانيين قرب باخموت. ونفت موسكو "
     "الاتهامات، فيما دعت الأمم المتحدة إلى التحقيق.",
     "UA", ["gov/RU", "org/united-nations"]),
    ("fr_exiles_iraniens_paris", "fr",
     "Iran : nouvelles pendaisons de manifestants\n\n"
     "Deux jeunes manifestants ont été pendus samedi à Karaj, a annoncé la justice iranienne. Amnesty "
     "International a dénoncé des procès expéditifs. À Paris, des milliers d'exilés iraniens ont "
     "manifesté dimanche pour dénoncer les exécutions.",
     "IR", ["org/amnesty-international", "group/IR/diaspora"]),
    ("ar_human_shield_not_daraa", "ar",
     "اتهامات لقوات الأمن باستخدام مدني درعا بشريا في جنين\n\n"
     "قالت منظمة بتسيلم إن جنودا إسرائيليين استخدموا شابا فلسطينيا درعا بشريا خلال مداهمة في جنين. "
     "وطالبت منظمة العفو الدولية بالتحقيق في الحادثة.",
     "PS", ["org/amnesty-international"]),
    # (7) a capital as its government's metonym
    ("en_washington_condemns_caracas", "en",
     "US condemns arrest of Venezuelan opposition leader\n\n"
     "Venezuelan intelligence agents arrested opposition politician Freddy Superlano in "
     "Caracas on Tuesday. Washington condemned the arrest and demanded his release, while "
     "Human Rights Watch said the detention was arbitrary.",
     "VE", ["gov/US", "org/human-rights-watch"]),
    ("fr_paris_condamne_bamako", "fr",
     "Paris condamne l'arrestation d'un journaliste au Mali\n\n"
     "Les services de renseignement maliens ont arrêté un journaliste à Bamako lundi. Paris a "
     "condamné cette arrestation et Reporters sans frontières a réclamé sa libération.",
     "ML", ["gov/FR", "org/rsf"]),
    ("ar_washington_condemns_minsk", "ar",
     "واشنطن تدين اعتقال صحافيين في بيلاروس\n\n"
     "اعتقلت السلطات البيلاروسية ثلاثة صحافيين في مينسك بتهمة التطرف. وأدانت واشنطن "
     "الاعتقالات وطالبت بالإفراج عنهم، فيما دعت منظمة مراسلون بلا حدود إلى إطلاق سراحهم.",
     "BY", ["gov/US", "org/rsf"]),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang, text, place, agents", bank_params(CASES, XFAIL))
def test_places_r9_bank(lang, text, place, agents):
    check_main_place(text, lang, place, agents, country=True)
