"""Sentence bank of the document's main place, round 8b (H7), written before running the
extractor on it. Four mechanisms, each in Arabic, French and English:

1. a FOREIGN state's armed attack (air/drone strikes, shelling, missiles, raids, an
   offensive): its demonym on the attack noun and its army name the perpetrator, the place is
   where the attack lands (the target's city, region or country named with a locative);
2. a background event in another country ("after the attack in Ankara") does not outvote the
   document's situation;
3. migrants, refugees and fishermen: their nationality is not the place; the country where
   they are held, drowned, pushed back or returned from is;
4. a ban or crackdown in country X on rallies ABOUT another country's situation is X's.

Each case names the responders whose facts must all carry the place (country level).
"""

import pytest

from extraction_helpers import bank_params, check_main_place

CASES = [
    # (1) foreign armed attack
    ("en_russian_strike_odesa", "en",
     "Russian missile strike on Odesa apartment block kills 12\n\n"
     "A Russian missile slammed into a residential building in the Ukrainian port city of Odesa "
     "overnight, killing 12 people including three children, regional officials said. Amnesty "
     "International condemned the strike as a likely war crime.",
     "UA", ["org/amnesty-international"]),
    ("en_israeli_strikes_south_lebanon", "en",
     "Israeli strikes on south Lebanon kill paramedics\n\n"
     "Israeli air strikes on villages in southern Lebanon killed four paramedics on Tuesday, "
     "Lebanon's health ministry said. Human Rights Watch called for an investigation into the "
     "attack on the ambulance crew.",
     "LB", ["org/human-rights-watch"]),
    ("fr_frappes_russes_kharkiv", "fr",
     "Frappes russes meurtrières sur Kharkiv\n\n"
     "Des frappes russes ont visé dans la nuit des quartiers résidentiels de Kharkiv, dans "
     "l'est de l'Ukraine, tuant sept civils selon les autorités locales. Amnesty International "
     "a dénoncé des attaques délibérées contre la population civile.",
     "UA", ["org/amnesty-international"]),
    ("fr_frappes_turques_nord_est_syrie", "fr",
     "Les frappes turques privent le nord-est syrien d'électricité\n\n"
     "Les frappes aériennes turques menées depuis une semaine contre des centrales et des "
     "stations de pompage dans le nord-est de la Syrie ont privé des centaines de milliers "
     "d'habitants d'eau et d'électricité. Human Rights Watch a exhorté Ankara à cesser de viser "
     "les infrastructures civiles.",
     "SY", ["org/human-rights-watch"]),
    ("ar_israeli_raids_south_lebanon", "ar",
     "غارات إسرائيلية على جنوب لبنان تقتل مسعفين\n\n"
     "قتل ثلاثة مسعفين في غارة إسرائيلية استهدفت مركزا للدفاع المدني في بلدة بجنوب لبنان، "
     "بحسب وزارة الصحة اللبنانية. وطالبت منظمة العفو الدولية بالتحقيق في الهجوم.",
     "LB", ["org/amnesty-international"]),
    ("ar_russian_shelling_kharkiv", "ar",
     "قصف روسي على خاركيف يقتل مدنيين\n\n"
     "قتل خمسة مدنيين في قصف روسي استهدف حيا سكنيا في مدينة خاركيف شرقي أوكرانيا، "
     "وفق السلطات المحلية. ودانت منظمة هيومن رايتس ووتش الهجوم.",
     "UA", ["org/human-rights-watch"]),
    # (2) background event in another country
    ("en_turkish_strikes_after_ankara", "en",
     "Turkish drones hit power stations in north-east Syria\n\n"
     "Turkey launched drone strikes on power stations and oil facilities in north-east Syria "
     "after an attack in Ankara last week that it blamed on Kurdish militants. Human Rights "
     "Watch said the strikes on civilian infrastructure in Syria could amount to war crimes.",
     "SY", ["org/human-rights-watch"]),
    ("fr_frappes_apres_attentat_ankara", "fr",
     "Syrie : des frappes turques sur des infrastructures civiles\n\n"
     "Après l'attentat d'Ankara, l'armée turque a bombardé des installations pétrolières et "
     "électriques dans le nord-est de la Syrie. Amnesty International a condamné ces frappes.",
     "SY", ["org/amnesty-international"]),
    ("ar_turkish_strikes_after_ankara", "ar",
     "مسيرات تركية تقصف منشآت نفطية في شمال شرقي سوريا\n\n"
     "شنت مسيرات تركية غارات على محطات كهرباء ومنشآت نفطية في شمال شرقي سوريا، بعد هجوم "
     "في أنقرة حملت أنقرة مسؤوليته لمسلحين أكراد. ودانت منظمة العفو الدولية استهداف البنية "
     "التحتية المدنية.",
     "SY", ["org/amnesty-international"]),
    # (3) migrants, refugees, fishermen
    ("en_greece_pushback_afghans", "en",
     "Afghan asylum seekers pushed back at sea by Greek coastguard\n\n"
     "Greek coastguard officers forced a dinghy carrying 30 Afghan asylum seekers back towards "
     "Turkish waters off the island of Lesbos, survivors told Amnesty International, which "
     "called on Athens to investigate.",
     "GR", ["org/amnesty-international"]),
    ("en_korea_repatriates_fishermen", "en",
     "South Korea repatriates two North Korean fishermen\n\n"
     "South Korea sent two North Korean fishermen back across the border at Panmunjom on "
     "Thursday, days after they were found drifting off its east coast. Human Rights Watch "
     "said Seoul had violated its obligation not to return people to torture.",
     "KR", ["org/human-rights-watch"]),
    ("fr_naufrage_calabre", "fr",
     "Naufrage au large de la Calabre : des dizaines d'exilés afghans et pakistanais morts\n\n"
     "Au moins 60 migrants afghans, pakistanais et syriens ont péri dans le naufrage de leur "
     "bateau au large de la Calabre, en Italie. Médecins sans frontières a dénoncé les retards "
     "des secours italiens.",
     "IT", ["org/msf"]),
    ("ar_poland_iraqi_migrants", "ar",
     "مهاجرون عراقيون عالقون على حدود بولندا\n\n"
     "أعادت قوات حرس الحدود البولندية عشرات المهاجرين العراقيين والسوريين إلى الجانب "
     "البيلاروسي، وفق منظمة العفو الدولية التي دعت وارسو إلى وقف عمليات الصد.",
     "PL", ["org/amnesty-international"]),
    ("ar_italy_shipwreck_afghans", "ar",
     "غرق قارب مهاجرين قبالة سواحل إيطاليا\n\n"
     "لقي عشرات المهاجرين الأفغان والباكستانيين حتفهم في غرق قارب قبالة سواحل كالابريا جنوبي "
     "إيطاليا. وطالبت منظمة أطباء بلا حدود بتحقيق في تأخر عمليات الإنقاذ.",
     "IT", ["org/msf"]),
    # (4) a ban in X on rallies about another country
    ("fr_interdiction_rassemblements_gaza", "fr",
     "Paris : la préfecture interdit un rassemblement de soutien à Gaza\n\n"
     "La préfecture de police de Paris a interdit samedi une manifestation en soutien aux "
     "Palestiniens de Gaza, invoquant des risques de troubles à l'ordre public. Amnesty "
     "International France a dénoncé une atteinte à la liberté de manifester.",
     "FR", ["org/amnesty-international"]),
    ("en_germany_bans_palestine_rally", "en",
     "Berlin police ban pro-Palestinian rally over Gaza war\n\n"
     "Police in Berlin banned a pro-Palestinian demonstration planned for Saturday against the "
     "war in Gaza, citing a risk of antisemitic slogans. Amnesty International said the ban "
     "restricted the right to peaceful protest in Germany.",
     "DE", ["org/amnesty-international"]),
    ("ar_france_bans_gaza_protests", "ar",
     "فرنسا تحظر مظاهرات مؤيدة للفلسطينيين\n\n"
     "أعلن وزير الداخلية الفرنسي حظر المظاهرات المؤيدة للفلسطينيين في فرنسا، بعد أيام من "
     "اندلاع الحرب في غزة. وانتقدت منظمة العفو الدولية القرار ووصفته بأنه قيد غير متناسب على "
     "حرية التجمع.",
     "FR", ["org/amnesty-international"]),
    ("en_uk_arrests_palestine_protesters", "en",
     "London police arrest protesters at rally over Gaza\n\n"
     "Metropolitan Police officers arrested 40 people at a rally in central London in support "
     "of Palestinians in Gaza on Saturday. Amnesty International UK criticised the arrests.",
     "GB", ["org/amnesty-international"]),
    # second batch, written before running the extractor on them: 10/12 passed at ff87689
    ("en_drone_strikes_kurdistan_iran", "en",
     "Iranian drone strikes hit villages in northern Iraq\n\n"
     "Iranian Revolutionary Guards drones struck several villages in the Kurdistan Region of northern "
     "Iraq on Monday, killing two civilians, local officials said. Amnesty International denounced the "
     "attacks on civilians.",
     "IQ", ["org/amnesty-international"]),
    ("en_fishermen_detained_sri_lanka", "en",
     "Sri Lankan navy arrests Indian fishermen\n\n"
     "The Sri Lankan navy arrested 22 Indian fishermen off the island of Delft in the north of Sri "
     "Lanka and seized their trawlers, officials said. Human Rights Watch urged Colombo to release them.",
     "LK", ["org/human-rights-watch"]),
    ("fr_bombardements_israeliens_sud_liban", "fr",
     "Liban : des bombardements israéliens tuent trois secouristes\n\n"
     "Des bombardements israéliens sur plusieurs localités du sud du Liban ont tué trois secouristes "
     "mardi, selon le ministère libanais de la Santé. Amnesty International a réclamé une enquête.",
     "LB", ["org/amnesty-international"]),
    ("fr_migrants_tunisiens_lampedusa", "fr",
     "Des migrants tunisiens refoulés à Lampedusa\n\n"
     "Des dizaines de migrants tunisiens débarqués à Lampedusa ont été renvoyés vers la Tunisie sans "
     "examen de leur demande d'asile, en Italie, selon Amnesty International, qui a dénoncé ces refoulements.",
     "IT", ["org/amnesty-international"]),
    ("ar_russian_strikes_ukrainian_cities", "ar",
     "صواريخ روسية تضرب مدنا أوكرانية\n\n"
     "أطلق الجيش الروسي عشرات الصواريخ على المدن الأوكرانية ليل الاثنين، ما أسفر عن مقتل 20 مدنيا "
     "على الأقل. ودانت منظمة العفو الدولية الهجمات.",
     "UA", ["org/amnesty-international"]),
    ("ar_germany_bans_palestine_rally", "ar",
     "الشرطة الألمانية تحظر مظاهرة تضامنا مع غزة في برلين\n\n"
     "حظرت الشرطة في برلين مظاهرة تضامنا مع الفلسطينيين في غزة كانت مقررة يوم السبت. وانتقدت منظمة "
     "العفو الدولية القرار.",
     "DE", ["org/amnesty-international"]),
    ("en_israel_raids_syria_after_golan", "en",
     "Israeli strikes on Damascus suburbs kill civilians\n\n"
     "Israeli warplanes struck targets in the suburbs of Damascus overnight, killing four civilians, "
     "days after a rocket attack on the Israeli-occupied Golan Heights. Human Rights Watch urged an "
     "investigation into the strikes in Syria.",
     "SY", ["org/human-rights-watch"]),
    ("fr_frappes_pakistanaises_afghanistan", "fr",
     "Afghanistan : des frappes pakistanaises tuent des civils dans la province de Khost\n\n"
     "Des frappes aériennes pakistanaises ont tué huit civils dans la province de Khost, dans l'est de "
     "l'Afghanistan, à la suite d'une attaque contre un poste militaire au Pakistan. L'ONU a condamné "
     "ces frappes.",
     "AF", ["org/united-nations"]),
    ("ar_pakistani_strikes_afghanistan", "ar",
     "غارات باكستانية على ولاية خوست الأفغانية\n\n"
     "قتل ثمانية مدنيين في غارات جوية باكستانية على ولاية خوست شرقي أفغانستان، عقب هجوم على موقع "
     "عسكري في باكستان. ودانت الأمم المتحدة الغارات.",
     "AF", ["org/united-nations"]),
    ("en_greece_shipwreck_pakistani", "en",
     "Hundreds of Pakistani migrants feared dead in Greek shipwreck\n\n"
     "Hundreds of Pakistani, Syrian and Egyptian migrants are feared dead after their fishing boat "
     "capsized off Pylos in southern Greece, the coastguard said. Amnesty International called for an "
     "independent inquiry into the Greek coastguard's response.",
     "GR", ["org/amnesty-international"]),
    ("fr_allemagne_interdit_manifestations", "fr",
     "Berlin interdit une manifestation propalestinienne\n\n"
     "La police de Berlin a interdit une manifestation propalestinienne prévue samedi, invoquant des "
     "risques de slogans antisémites. Amnesty International a dénoncé une restriction disproportionnée "
     "du droit de manifester en Allemagne.",
     "DE", ["org/amnesty-international"]),
    ("ar_uk_arrests_palestine_rally", "ar",
     "اعتقال عشرات المتظاهرين المؤيدين لفلسطين في لندن\n\n"
     "اعتقلت الشرطة البريطانية عشرات المتظاهرين خلال مسيرة مؤيدة للفلسطينيين في وسط لندن يوم السبت. "
     "وانتقدت منظمة العفو الدولية الاعتقالات.",
     "GB", ["org/amnesty-international"]),
    # third batch, written after the rules (so not a blind estimate) and before running them: 3/6 at ff87689
    ("en_turkey_strikes_iraq_after_istanbul", "en",
     "Turkish air strikes kill civilians in Iraq's Duhok province\n\n"
     "Turkish warplanes bombed villages in Duhok province in northern Iraq, killing three shepherds, "
     "following a bombing in Istanbul that Ankara blamed on the PKK. Iraq's foreign ministry condemned "
     "the strikes as a violation of its sovereignty.",
     "IQ", ["gov/IQ"]),
    ("fr_migrants_libye_garde_cotes", "fr",
     "Des migrants soudanais interceptés en mer et renvoyés en Libye\n\n"
     "Les garde-côtes libyens ont intercepté au large de Zouara une embarcation transportant 80 migrants "
     "soudanais et érythréens, aussitôt enfermés dans un centre de détention à Tripoli. Médecins sans "
     "frontières a dénoncé des conditions inhumaines.",
     "LY", ["org/msf"]),
    ("fr_royaume_uni_palestine_action", "fr",
     "Londres : des centaines d'arrestations lors d'un rassemblement de soutien à Palestine Action\n\n"
     "La police londonienne a arrêté samedi plus de 500 personnes lors d'un sit-in en soutien au "
     "groupe Palestine Action, interdit au Royaume-Uni. Amnesty International a dénoncé ces arrestations.",
     "GB", ["org/amnesty-international"]),
    ("ar_drones_russian_kyiv", "ar",
     "مسيرات روسية تستهدف كييف\n\n"
     "استهدفت مسيرات روسية أحياء سكنية في العاصمة الأوكرانية كييف فجر الأحد، ما أدى إلى مقتل ثلاثة "
     "أشخاص. ودانت الأمم المتحدة الهجوم.",
     "UA", ["org/united-nations"]),
    ("ar_greece_migrants_drowned", "ar",
     "غرق مهاجرين باكستانيين قبالة اليونان\n\n"
     "لقي عشرات المهاجرين الباكستانيين والمصريين حتفهم إثر غرق مركب صيد قبالة سواحل بيلوس جنوبي "
     "اليونان. وطالبت منظمة العفو الدولية بتحقيق مستقل في دور خفر السواحل اليوناني.",
     "GR", ["org/amnesty-international"]),
    ("en_france_bans_rallies_gaza", "en",
     "France bans pro-Palestinian protests\n\n"
     "French Interior Minister Gerald Darmanin ordered a nationwide ban on pro-Palestinian "
     "demonstrations, days after the Hamas attack on Israel. Amnesty International criticised the ban "
     "as disproportionate.",
     "FR", ["org/amnesty-international"]),
]

XFAIL: dict = {
    "en_greece_pushback_afghans": "Amnesty's call in a relative clause 'which called on Athens' is not found (not a place miss: the refugees' fact is GR)",
    "en_korea_repatriates_fishermen": "no fact found at all (repatriation 'sent ... back across the border' not read; HRW 'said Seoul had violated' not read)",
    "ar_poland_iraqi_migrants": "the Polish border guards pushing migrants back read as a host (weight 0.04), so the migrants' nationality (0.3 each) still wins; Amnesty 'وفق ... التي دعت' not found",
    "en_germany_bans_palestine_rally": "no fact of Amnesty ('said the ban restricted' not read as criticism)",
}


@pytest.mark.parametrize("lang, text, place, agents", bank_params(CASES, XFAIL))   # (id, lang, text, place, agents)
def test_main_place(lang, text, place, agents):
    check_main_place(text, lang, place, agents, country=True)
