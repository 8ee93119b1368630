"""Sentence bank of the main place, round 7 (G6): the place where the act happens (a city or
locality: "à Odessa", "in Kramatorsk", "في قرية الولجة") outweighs the perpetrator's or the
victims' demonym ("la frappe russe", "a Ukrainian activist"), even when the country of that
place also answers the abuse (its president condemns, its prosecutor investigates); death or
detention in a state's custody or captivity ("en captivité russe", "held in Taganrog, Russia",
"في السجون الروسية") is placed in the custodian state. Controls: the perpetrator's own country
is the place ("Russian police detain protesters in Yekaterinburg").

Each case names the responders whose facts must all carry the place (country level: a city
or a region without its own government rolls up to its country).
"""

import pytest

from extraction_helpers import bank_params, check_main_place

CASES = [
    ("en_russian_strike_odesa_block", "en",
     "Russian missile strike on Odesa apartment block kills 14\n\n"
     "A Russian missile hit a nine-storey apartment block in Odesa overnight, killing at least 14 "
     "people, including three children, regional officials said on Saturday. Ukraine's president "
     "condemned the strike as a deliberate attack on civilians and called for more air defence. "
     "Human Rights Watch said the attack appeared to violate the laws of war and urged an "
     "independent investigation.",
     "UA", ["org/human-rights-watch"]),
    ("en_activist_dies_russian_custody", "en",
     "Ukrainian activist dies in Russian custody after a year without charge\n\n"
     "A Ukrainian environmental activist seized in occupied Melitopol last year has died in "
     "Russian custody, his family said on Monday. He had been held without charge in a pre-trial "
     "detention centre in Rostov-on-Don, Russia, where former inmates describe beatings and "
     "electric shocks. Ukraine's human rights commissioner accused Moscow of torturing civilian "
     "detainees. Amnesty International demanded an independent inquiry into his death.",
     "RU", ["org/amnesty-international"]),
    ("en_demolitions_west_bank_village", "en",
     "Israeli forces demolish homes in West Bank village of al-Walaja\n\n"
     "Israeli bulldozers escorted by soldiers demolished seven homes in the village of al-Walaja "
     "on Tuesday, leaving 40 people homeless, the UN humanitarian office said. The Palestinian "
     "foreign ministry condemned the demolitions as forcible transfer. B'Tselem called on the "
     "international community to act.",
     "PS", ["org/btselem"]),
    ("en_control_yekaterinburg_police", "en",
     "Russian police detain dozens at anti-war protest in Yekaterinburg\n\n"
     "Russian riot police detained at least 60 people at an anti-war rally in Yekaterinburg on "
     "Sunday, beating several of them with batons, a monitoring group said. Amnesty International "
     "condemned the arrests and called for the release of all those held.",
     "RU", ["org/amnesty-international"]),
    ("fr_frappe_russe_odessa", "fr",
     "Odessa : une frappe russe sur un immeuble fait 14 morts\n\n"
     "Un missile russe a frappé dans la nuit un immeuble d'habitation à Odessa, tuant au moins "
     "quatorze civils, dont trois enfants, selon les autorités régionales. Le président ukrainien "
     "a dénoncé une attaque délibérée contre des civils. Human Rights Watch a appelé à une enquête "
     "indépendante sur ce bombardement.",
     "UA", ["org/human-rights-watch"]),
    ("fr_pecheur_mort_captivite_russe", "fr",
     "Un pêcheur ukrainien mort en captivité russe, Kiev accuse Moscou de torture\n\n"
     "Le pêcheur, enlevé en 2022 près de Kherson, est mort en captivité russe après dix-huit mois "
     "de détention au centre de détention de Taganrog, en Russie, a annoncé sa famille. Le "
     "parquet ukrainien a ouvert une enquête pour crime de guerre. Amnesty International a "
     "dénoncé des actes de torture et réclamé une enquête internationale.",
     "RU", ["org/amnesty-international"]),
    ("fr_militante_sahraouie_smara", "fr",
     "Sahara occidental : une militante sahraouie assignée à résidence à Smara\n\n"
     "Les forces de sécurité marocaines encerclent depuis trois mois la maison d'une militante "
     "sahraouie à Smara, l'empêchant de sortir et de recevoir des visiteurs, selon son avocat. "
     "Amnesty International a dénoncé une détention arbitraire et demandé la levée du siège.",
     "EH", ["org/amnesty-international"]),
    ("fr_control_armee_burkinabe_djibo", "fr",
     "Burkina Faso : l'armée accusée d'avoir exécuté des dizaines de civils à Djibo\n\n"
     "Des soldats burkinabè ont exécuté au moins quarante civils dans un quartier de Djibo, dans "
     "le nord du pays, selon des témoins. Le gouvernement burkinabè a démenti. Human Rights Watch "
     "a condamné ces exécutions et demandé une enquête indépendante.",
     "BF", ["org/human-rights-watch"]),
    ("ar_russian_shelling_kharkiv_hospital", "ar",
     "قصف روسي على مستشفى في خاركيف يقتل ثمانية مدنيين\n\n"
     "قتل ثمانية مدنيين على الأقل وأصيب عشرون آخرون في قصف روسي استهدف مستشفى للأطفال في مدينة "
     "خاركيف، بحسب السلطات المحلية. وندد الرئيس الأوكراني بالهجوم ووصفه بأنه جريمة حرب. وطالبت "
     "منظمة العفو الدولية بفتح تحقيق مستقل في القصف.",
     "UA", ["org/amnesty-international"]),
    ("ar_ukrainian_detainee_russian_prisons", "ar",
     "وفاة معتقل أوكراني في السجون الروسية\n\n"
     "توفي صحفي أوكراني في السجون الروسية بعد أكثر من عام على اعتقاله دون توجيه أي تهمة، بحسب "
     "عائلته. ونددت وزارة الخارجية الأوكرانية بوفاته. وطالبت منظمة العفو الدولية بتحقيق دولي "
     "مستقل في ظروف وفاته.",
     "RU", ["org/amnesty-international"]),
    ("ar_demolitions_walaja_village", "ar",
     "هدم منازل في قرية الولجة غرب بيت لحم\n\n"
     "هدمت جرافات إسرائيلية، صباح الثلاثاء، سبعة منازل في قرية الولجة، ما أدى إلى تشريد أربعين "
     "شخصا، بحسب الأمم المتحدة. ونددت وزارة الخارجية الفلسطينية بعمليات الهدم. ودعت منظمة "
     "بتسيلم المجتمع الدولي إلى التحرك.",
     "PS", ["org/btselem"]),
    ("ar_sahrawi_activist_smara", "ar",
     "ناشطة صحراوية تحت الحصار في منزلها بمدينة السمارة\n\n"
     "تفرض قوات الأمن المغربية منذ أشهر حصارا على منزل ناشطة صحراوية بمدينة السمارة، وتمنع "
     "زيارتها، بحسب محاميها. وطالبت منظمة العفو الدولية برفع الحصار عنها.",
     "EH", ["org/amnesty-international"]),
    ("ar_control_sudanese_army_omdurman", "ar",
     "الجيش السوداني يقصف حيا سكنيا في أم درمان\n\n"
     "قتل خمسة عشر مدنيا في قصف مدفعي للجيش السوداني على حي سكني في أم درمان، بحسب لجان "
     "المقاومة. وطالبت منظمة هيومن رايتس ووتش بوقف الهجمات على المدنيين.",
     "SD", ["org/human-rights-watch"]),
    # second batch (written before its fixes): a city genitive to the situation ("the bombing of
    # Chernihiv", "le bombardement de la gare de Kramatorsk", "قصف سوق كبكابية"), a country in
    # apposition to the place ("..., en Russie"), captivity ("in Russian captivity")
    ("en_bombing_of_chernihiv", "en",
     "Amnesty: Russian bombing of Chernihiv bread queue was a war crime\n\n"
     "The bombing of Chernihiv's central market in March killed at least 47 civilians queuing for "
     "bread, Amnesty International said in a report on Thursday. Ukraine's prosecutor general "
     "opened a war crimes case. Amnesty International called on the International Criminal Court "
     "to investigate the strike.",
     "UA", ["org/amnesty-international"]),
    ("en_marine_dies_russian_captivity", "en",
     "Ukrainian marine dies in Russian captivity, family says\n\n"
     "A Ukrainian marine captured during the defence of the steel plant died in Russian captivity "
     "after months of beatings, his family said. Ukraine's foreign ministry condemned his death and "
     "accused Moscow of torturing prisoners of war. The International Committee of the Red Cross "
     "called for access to all prisoners of war.",
     "RU", ["org/icrc"]),
    ("fr_bombardement_gare_kramatorsk", "fr",
     "Gare de Kramatorsk : HRW dénonce une frappe à sous-munitions\n\n"
     "Le bombardement de la gare de Kramatorsk, où des milliers de civils attendaient un train "
     "d'évacuation, a fait au moins 58 morts, selon Human Rights Watch. Le président ukrainien a "
     "dénoncé un crime de guerre russe. Human Rights Watch a demandé à la Cour pénale internationale "
     "d'enquêter.",
     "UA", ["org/human-rights-watch"]),
    ("fr_detenu_prison_apposition_russie", "fr",
     "Un militant ukrainien meurt en captivité russe\n\n"
     "Le militant, arrêté en 2022 dans la région de Zaporijjia, était détenu depuis deux ans à la "
     "colonie pénitentiaire n° 10 de Mordovie, en Russie, où il aurait été battu à plusieurs "
     "reprises. Le médiateur ukrainien a dénoncé des tortures. Reporters sans frontières a réclamé "
     "une enquête internationale.",
     "RU", ["org/rsf"]),
    ("ar_shelling_kabkabiya_market", "ar",
     "مقتل عشرين مدنيا في قصف سوق كبكابية\n\n"
     "قتل عشرون مدنيا على الأقل في قصف سوق كبكابية بولاية شمال دارفور، بحسب شهود. ونددت الحكومة "
     "السودانية بالهجوم. وطالبت منظمة العفو الدولية بحماية المدنيين.",
     "SD", ["org/amnesty-international"]),
    ("ar_siege_of_zalingei", "ar",
     "منظمة حقوقية تحذر من مجاعة بسبب حصار زالنجي\n\n"
     "حذرت منظمة هيومن رايتس ووتش من أن حصار زالنجي المستمر منذ ثلاثة أشهر يهدد آلاف المدنيين "
     "بالمجاعة. وطالبت هيومن رايتس ووتش برفع الحصار فورا.",
     "SD", ["org/human-rights-watch"]),
    ("en_prisoners_tortured_detention_centre_of_city", "en",
     "Ukrainian prisoners tortured at the detention centre of Taganrog, UN says\n\n"
     "Ukrainian prisoners of war were systematically beaten and given electric shocks at the "
     "detention centre of Taganrog, UN human rights monitors said on Tuesday. Ukraine's ombudsman "
     "condemned the abuse. Amnesty International demanded access for independent monitors.",
     "RU", ["org/amnesty-international"]),
    ("ar_egyptian_fishermen_tortured_libya", "ar",
     "تعذيب صيادين مصريين محتجزين\n\n"
     "تعرض صيادون مصريون محتجزون منذ أشهر في بنغازي بليبيا للضرب والتعذيب، بحسب منظمة هيومن رايتس "
     "ووتش. واستدعت القاهرة السفير. وطالبت هيومن رايتس ووتش بالإفراج عنهم.",
     "LY", ["org/human-rights-watch"]),
    # third batch: a Gaza governorate ("Rafah", "Khan Yunis", "Deir el-Balah") lies in the Gaza
    # Strip (a region with its own government); "في غارة إسرائيلية" (in an Israeli strike) is no place
    ("en_strike_tent_camp_rafah", "en",
     "Israeli strike kills 20 in Rafah\n\n"
     "An Israeli air strike on a tent camp in Rafah killed at least 20 displaced Palestinians "
     "overnight, health officials said. The Israeli military said it had struck Hamas commanders. "
     "Amnesty International called for an investigation.",
     "PS-GZA", ["org/amnesty-international"]),
    ("fr_frappe_ecole_deir_el_balah", "fr",
     "Frappe sur une école à Deir el-Balah\n\n"
     "Au moins trente personnes ont été tuées dans une frappe israélienne contre une école "
     "abritant des déplacés à Deir el-Balah, selon la défense civile. L'armée israélienne a dit "
     "viser des combattants. Amnesty International a dénoncé un crime de guerre.",
     "PS-GZA", ["org/amnesty-international"]),
    ("en_hospital_raid_khan_yunis", "en",
     "Hospital in Khan Yunis raided\n\n"
     "Israeli troops raided a hospital in Khan Yunis, detaining dozens of medical staff, the "
     "health ministry said. Human Rights Watch condemned the raid.",
     "PS-GZA", ["org/human-rights-watch"]),
    ("ar_killed_in_israeli_strike_school", "ar",
     "غارة إسرائيلية على مدرسة في دير البلح\n\n"
     "قتل ثلاثون شخصا على الأقل في غارة إسرائيلية استهدفت مدرسة تؤوي نازحين في دير البلح وسط "
     "قطاع غزة. وقال الجيش الإسرائيلي إنه استهدف مسلحين. ونددت منظمة العفو الدولية بالغارة.",
     "PS-GZA", ["org/amnesty-international"]),
    # fourth batch: a headline label naming the accused state, the headline's locative the place
    ("en_label_accused_state_gaza", "en",
     "Israel: Starvation Used as Weapon of War in Gaza\n\n"
     "The Israeli government is using the starvation of civilians as a method of warfare in the Gaza "
     "Strip, Human Rights Watch said today. Israeli forces are deliberately blocking the delivery of "
     "water, food and fuel. Human Rights Watch urged Israel's allies to suspend military assistance.",
     "PS-GZA", ["org/human-rights-watch"]),
    ("fr_label_etat_accuse_gaza", "fr",
     "Israël : la famine utilisée comme arme de guerre à Gaza\n\n"
     "Le gouvernement israélien utilise la famine des civils comme méthode de guerre dans la bande de "
     "Gaza, a déclaré Human Rights Watch. Les forces israéliennes bloquent délibérément l'acheminement "
     "de l'eau, de la nourriture et du carburant. Human Rights Watch a exhorté les alliés d'Israël à "
     "suspendre leur aide militaire.",
     "PS-GZA", ["org/human-rights-watch"]),
    ("ar_label_accused_state_gaza", "ar",
     "إسرائيل: استخدام التجويع سلاح حرب في غزة\n\n"
     "قالت هيومن رايتس ووتش اليوم إن الحكومة الإسرائيلية تستخدم تجويع المدنيين أسلوبا للحرب في قطاع "
     "غزة. وتمنع القوات الإسرائيلية عمدا إيصال المياه والغذاء والوقود. وحثت هيومن رايتس ووتش حلفاء "
     "إسرائيل على تعليق المساعدات العسكرية.",
     "PS-GZA", ["org/human-rights-watch"]),
    # fifth batch: people on the move harmed where they are hosted, no origin named
    ("en_court_abroad_migrants_tortured_libya", "en",
     "Dutch court jails smuggler for torturing migrants in Libya\n\n"
     "A Dutch court sentenced a man to 20 years in prison for torturing migrants held in camps in "
     "Libya. Amnesty International welcomed the verdict and called for more prosecutions.",
     "LY", ["org/amnesty-international"]),
    ("fr_tribunal_migrants_tortures_libye", "fr",
     "Un passeur condamné aux Pays-Bas pour avoir torturé des migrants en Libye\n\n"
     "Un tribunal néerlandais a condamné un passeur à vingt ans de prison pour avoir torturé des "
     "migrants détenus dans des camps en Libye. Amnesty International a salué ce verdict.",
     "LY", ["org/amnesty-international"]),
    ("ar_court_migrants_tortured_libya", "ar",
     "محكمة هولندية تسجن مهربا بتهمة تعذيب مهاجرين في ليبيا\n\n"
     "قضت محكمة هولندية بسجن مهرب عشرين عاما بتهمة تعذيب مهاجرين محتجزين في مخيمات في ليبيا. "
     "ورحبت منظمة العفو الدولية بالحكم.",
     "LY", ["org/amnesty-international"]),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang, text, place, agents", bank_params(CASES, XFAIL))   # (id, lang, text, place, agents)
def test_act_place(lang, text, place, agents):
    check_main_place(text, lang, place, agents)
