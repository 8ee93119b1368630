"""Bank: a government's acts said by an organ named only by its function (round 6, D2).

Written for extraction round 6 (helper D2) in the style of wire copy; no sentence is copied
from a test document and the people are invented. The mechanisms (the case ids start with
them):

- ``office``: the office of a state official acts for that state ("the attorney general's
  office", "the office of the prime minister", "le bureau du procureur général", "le
  cabinet du Premier ministre");
- ``governor``: a governor named by title only, or with the province he governs ("the state
  governor", "le gouverneur militaire de l'Ituri", "محافظ ذي قار", "والي ولاية ...") acts for
  the state (SPEC §4: the national government; regions are places);
- ``carry``: Arabic, a sentence whose verb has no subject of its own, or the definite noun
  of the organ met just before ("واتهم المصدر", "واتهمت الوزارة"), goes on with the organ of
  the previous sentence, even when an actor is named later in the sentence as an object;
- ``judicial``: a court's or a prosecutor's order of detention or sentence, with the
  court's full name and seat between the verb and its complement ("قررت نيابة أمن الدولة
  العليا في مصر حبس ...", "قضت محكمة جنح ... في المنصورة بمعاقبة ...");
- ``control``: the act in the infinitive after a control verb is its subject's own act ("a
  choisi d'accuser", "s'est empressé de nier", "a tenu à démentir", "hastened to deny",
  "سارع إلى نفي"); French lacked the family;
- ``junta``: a military government named by its own title (Niger's CNSP, Burkina's MPSR,
  Guinea's CNRD, Sudan's Sovereignty Council) is that state's government;
- ``involvement``: rejecting or ruling out "any involvement / role / participation" is a
  Denial of responsibility, not a Rejection ("a rejeté toute implication de l'armée",
  "ruled out any role", "رفضت السلطات أي تورط"); rejecting a report stays a Rejection;
- ``maintain``: French "a soutenu que" (to maintain that) is a claim, no Support;
- ``keep``: what must not be read (a former governor, an actor
  that is itself the subject after the verb).

Each case gives the facts ``(agent principal, response type, event country)`` that must be
extracted and the facts that must NOT be (tests/extraction_helpers.py ``country_facts()``;
conventions of tests/blind3/README.md).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ---- English
    ("office-en-attorney", "en",
     "Police in La Paz detained the former mining minister on Thursday. The attorney general's office "
     "accused him of diverting public funds to his election campaign.",
     ["gov/BO Accusation BO"], []),
    ("office-en-president", "en",
     "Nigerian soldiers fired on protesters at a toll gate in Lagos, witnesses said. The president's office "
     "denied that troops had opened fire on peaceful demonstrators.",
     ["gov/NG Denial NG"], []),
    ("office-en-prime-minister", "en",
     "Ethiopian police detained three journalists in Addis Ababa last week, the Committee to Protect "
     "Journalists said. The office of the prime minister rejected the criticism as interference in the "
     "country's internal affairs.",
     ["gov/ET Rejection ET"], []),
    ("governor-en-state", "en",
     "Security forces killed at least 12 protesters in Kano, in northern Nigeria, on Monday. The state "
     "governor denied that live ammunition had been used.",
     ["gov/NG Denial NG"], []),
    ("governor-en-military", "en",
     "Soldiers opened fire on a crowd in Bamenda, in Cameroon's North-West region, killing six people. The "
     "regional governor accused the organisers of the march of stoking secessionist violence.",
     ["gov/CM Accusation CM"], []),
    ("keep-en-former-governor", "en",
     "Police in Nairobi fired tear gas at protesters on Tuesday. The former governor of Nairobi, now an "
     "opposition leader, accused the police of brutality.",
     [], ["gov/KE Accusation KE"]),
    # ---- French
    ("office-fr-procureur", "fr",
     "La police a interpellé jeudi à Conakry l'ancien ministre des Mines. Le bureau du procureur général "
     "l'accuse d'avoir détourné des fonds publics.",
     ["gov/GN Accusation GN"], []),
    ("office-fr-cabinet", "fr",
     "Des soldats ont tiré sur des manifestants à Bamako, au Mali, selon des témoins. Le cabinet du "
     "Premier ministre a démenti que les militaires aient ouvert le feu sur la foule.",
     ["gov/ML Denial ML"], []),
    ("governor-fr-province", "fr",
     "Des policiers ont dispersé à coups de gaz lacrymogène une manifestation à Bukavu, dans l'est de la "
     "RD Congo. Le gouverneur de la province a accusé les organisateurs de vouloir semer le chaos.",
     ["gov/CD Accusation CD"], []),
    ("governor-fr-militaire", "fr",
     "Des militaires ont tiré sur des déplacés à Djugu, en RD Congo, tuant quatre personnes. Le gouverneur "
     "militaire de l'Ituri a démenti tout usage de balles réelles.",
     ["gov/CD Denial CD"], []),
    ("keep-fr-ancien-gouverneur", "fr",
     "La police a dispersé une manifestation à Abidjan, en Côte d'Ivoire. L'ancien gouverneur du district, "
     "passé à l'opposition, a accusé la police de brutalités.",
     [], ["gov/CI Accusation CI"]),
    # ---- Arabic
    ("governor-ar-dhiqar", "ar",
     "أطلقت قوات الأمن العراقية الرصاص على متظاهرين في مدينة الناصرية يوم الأحد. ونفى محافظ ذي قار استخدام "
     "الرصاص الحي ضد المحتجين.",
     ["gov/IQ Denial IQ"], []),
    ("governor-ar-wali", "ar",
     "اعتقلت الشرطة السودانية عشرات المحتجين في مدينة بورتسودان. واتهم والي ولاية البحر الأحمر المحتجين "
     "بإثارة الفوضى والاعتداء على المباني الحكومية.",
     ["gov/SD Accusation SD"], []),
    ("carry-ar-source", "ar",
     "اعتقلت قوات الأمن التونسية ناشطا حقوقيا في صفاقس. ونفى مصدر أمني تعرضه لسوء المعاملة، مؤكدا أن توقيفه "
     "قانوني. واتهم المصدر منظمة العفو الدولية بنشر معلومات مغلوطة.",
     ["gov/TN Accusation TN"], ["org/amnesty-international Accusation TN"]),
    ("carry-ar-ministry", "ar",
     "فرّقت الشرطة الجزائرية بالقوة مسيرة سلمية في العاصمة يوم الجمعة. ونفت وزارة الداخلية استخدام العنف ضد "
     "المتظاهرين. واتهمت الوزارة جهات أجنبية بالتحريض عبر قناة الجزيرة.",
     ["gov/DZ Accusation DZ"], []),
    ("carry-ar-subjectless", "ar",
     "داهمت قوات الأمن المغربية منزل ناشطة في مدينة العيون. ونفى مصدر رسمي وجود أي حصار على منزلها. واتهم "
     "الناشطة بافتعال مواجهات مع قوات الأمن خدمة لجبهة البوليساريو.",
     ["gov/MA Accusation -"], []),
    # ---- a court's or a prosecutor's order said with its full name and seat (.judicial_orders)
    ("judicial-ar-prosecution", "ar",
     "قررت نيابة أمن الدولة العليا في مصر حبس المدون محمود حسن خمسة عشر يوما على ذمة التحقيق في اتهامات "
     "بنشر أخبار كاذبة.",
     ["gov/EG UseOfForce EG"], []),
    ("judicial-ar-misdemeanour-court", "ar",
     "قضت محكمة جنح أمن الدولة طوارئ في مدينة المنصورة المصرية بمعاقبة الباحث سامي عادل بالسجن ثلاث سنوات.",
     ["gov/EG UseOfForce EG"], []),
    ("judicial-ar-investigating-judge", "ar",
     "أمر قاضي التحقيق في المحكمة الابتدائية بتونس بإيداع المحامي كمال العياري السجن بعد تصريحات إذاعية.",
     ["gov/TN UseOfForce TN"], []),
    ("judicial-ar-chamber", "ar",
     "أصدرت الدائرة الجنائية في محكمة الاستئناف بالجزائر أحكاما بالسجن على عشرين من ناشطي الحراك.",
     ["gov/DZ UseOfForce DZ"], []),
    ("keep-ar-call-to-punish", "ar",
     "وطالبت منظمة العفو الدولية بمعاقبة المسؤولين عن قتل المتظاهرين في العراق.",
     ["org/amnesty-international Demand IQ"], ["org/amnesty-international UseOfForce IQ", "gov/IQ UseOfForce IQ"]),
    ("keep-ar-international-court", "ar",
     "قررت المحكمة الجنائية الدولية توقيف ثلاثة قادة من ميليشيا في ليبيا.",
     [], ["gov/LY UseOfForce LY"]),
    ("judicial-fr-tribunal", "fr",
     "Le tribunal correctionnel d'Alger a condamné le journaliste algérien Karim Meziane à deux ans de prison ferme.",
     ["gov/DZ UseOfForce DZ"], []),
    ("judicial-fr-parquet", "fr",
     "Le parquet de Tunis a ordonné le placement en détention du militant tunisien Sami Ben Ali.",
     ["gov/TN UseOfForce TN"], []),
    ("judicial-en-court-ordered", "en",
     "A court in Cairo ordered the Egyptian blogger held for 15 days pending an investigation into charges of "
     "spreading false news.",
     ["gov/EG UseOfForce EG"], []),
    ("judicial-en-emergency-court", "en",
     "An Egyptian emergency state security court sentenced the researcher to three years in prison.",
     ["gov/EG UseOfForce EG"], []),
    # ---- the act in the infinitive after a control verb ("a choisi d'accuser", "hastened to deny")
    ("control-fr-choisi-aside", "fr",
     "Des policiers ont frappé des journalistes à Dakar, au Sénégal. Le ministre de l'Intérieur, Antoine Diome, "
     "a, lui, choisi d'accuser l'opposition.",
     ["gov/SN Accusation SN"], []),
    ("control-fr-empresse-reflexive", "fr",
     "Des policiers ont frappé des journalistes à Dakar, au Sénégal. Le porte-parole du gouvernement s'est "
     "empressé de nier toute violence.",
     ["gov/SN Denial SN"], []),
    ("control-fr-tenu-a", "fr",
     "Des gendarmes ont blessé des dizaines de manifestants à Nouakchott, en Mauritanie. Le ministre de "
     "l'Intérieur a tenu à démentir tout usage excessif de la force.",
     ["gov/MR Denial MR"], []),
    ("control-fr-prefere", "fr",
     "Des soldats ont tiré sur des manifestants à Niamey, au Niger. La junte a préféré mettre en cause des "
     "« agitateurs » payés par l'étranger.",
     ["gov/NE Accusation NE"], []),
    ("control-fr-pris-soin", "fr",
     "Des policiers ont frappé des journalistes à Lomé, au Togo. Le ministre de la Sécurité a pris soin de "
     "rejeter les critiques des ONG.",
     ["gov/TG Rejection TG"], []),
    ("keep-fr-called-to-denounce", "fr",
     "Des policiers ont frappé des journalistes à Dakar, au Sénégal. Amnesty International a appelé les "
     "autorités à dénoncer ces violences.",
     ["org/amnesty-international Demand SN"], ["gov/SN Condemnation SN"]),
    ("control-en-hastened", "en",
     "Police fired tear gas at protesters in Sfax, Tunisia. The interior minister hastened to deny that live "
     "ammunition had been used.",
     ["gov/TN Denial TN"], []),
    ("control-en-took-care", "en",
     "Police fired tear gas at protesters in Sfax, Tunisia. The interior minister took care to reject the "
     "criticism.",
     ["gov/TN Rejection TN"], []),
    ("control-en-preferred", "en",
     "Police fired tear gas at protesters in Sfax, Tunisia. The interior minister preferred to blame "
     "opposition parties.",
     ["gov/TN Accusation TN"], []),
    ("control-en-chose", "en",
     "Police beat protesters in Sainte-Soline, France, injuring dozens. The interior minister chose to blame "
     "the far left.",
     ["gov/FR Accusation FR"], []),
    ("control-ar-hastened", "ar",
     "أطلقت الشرطة التونسية الغاز المسيل للدموع على متظاهرين في صفاقس. وسارع وزير الداخلية التونسي إلى نفي "
     "استخدام الرصاص الحي.",
     ["gov/TN Denial TN"], []),
    ("control-ar-took-care", "ar",
     "أطلقت الشرطة التونسية الغاز المسيل للدموع على متظاهرين في صفاقس. وحرص وزير الداخلية التونسي على نفي أي "
     "تجاوزات.",
     ["gov/TN Denial TN"], []),
    ("control-ar-hastened-reject", "ar",
     "أطلقت الشرطة التونسية الغاز المسيل للدموع على متظاهرين في صفاقس. وسارعت الحكومة التونسية إلى رفض "
     "الانتقادات.",
     ["gov/TN Rejection TN"], []),
    ("control-ar-hastened-accuse", "ar",
     "فرقت الشرطة الأردنية اعتصاما للمعلمين في عمّان. وسارع المتحدث باسم الحكومة الأردنية إلى اتهام النقابة "
     "بتسييس مطالبها.",
     ["gov/JO Accusation JO"], []),
    # ---- a military government named by its own title (real bodies missing from the gazetteer)
    ("junta-fr-niger", "fr",
     "Amnesty International dénonce la détention de l'ancien président Mohamed Bazoum au Niger. Le Conseil "
     "national pour la sauvegarde de la patrie (CNSP) l'accuse d'avoir comploté avec des « puissances "
     "étrangères ».",
     ["gov/NE Accusation NE"], []),
    ("junta-fr-burkina", "fr",
     "Des soldats ont arrêté trois journalistes à Ouagadougou, au Burkina Faso. Le Mouvement patriotique pour "
     "la sauvegarde et la restauration (MPSR) a démenti toute arrestation arbitraire.",
     ["gov/BF Denial BF"], ["org/mpsr Denial BF"]),
    ("junta-en-guinea", "en",
     "Soldiers fired on protesters in Conakry, Guinea, killing two. The CNRD denied that soldiers had used "
     "live ammunition.",
     ["gov/GN Denial GN"], []),
    ("junta-ar-sudan", "ar",
     "أطلقت قوات الأمن الرصاص على متظاهرين في الخرطوم. ونفى مجلس السيادة استخدام الرصاص الحي.",
     ["gov/SD Denial SD"], []),
    # ---- rejecting or ruling out any involvement / role: a Denial of responsibility (SPEC §4)
    ("involvement-fr-rejete", "fr",
     "Des hommes en uniforme ont tué une quarantaine de civils à Djibo, au Burkina Faso. Les autorités ont "
     "toutefois rejeté toute implication de l'armée.",
     ["gov/BF Denial BF"], []),
    ("involvement-fr-ecarte", "fr",
     "Des gardes-frontières ont repoussé des migrants vers la mer au large de Lesbos, en Grèce, selon une ONG. "
     "Le gouvernement grec a écarté toute participation de ses garde-côtes.",
     ["gov/GR Denial GR"], []),
    ("involvement-fr-exclu-role", "fr",
     "Un journaliste a été enlevé à Bamako, au Mali. Le ministre de la Sécurité a exclu tout rôle des "
     "services de renseignement.",
     ["gov/ML Denial ML"], []),
    ("keep-fr-rejete-rapport", "fr",
     "Des soldats ont tué des civils à Moura, au Mali, selon l'ONU. Le gouvernement malien a rejeté le "
     "rapport de l'ONU.",
     ["gov/ML Rejection ML"], ["gov/ML Denial ML"]),
    ("involvement-en-rejected", "en",
     "Men in military uniform killed 40 villagers near Djibo, Burkina Faso, survivors said. The authorities "
     "rejected any involvement of the army.",
     ["gov/BF Denial BF"], []),
    ("involvement-en-ruled-out", "en",
     "Border guards pushed migrants back out to sea off Lesbos, Greece, a rights group said. The Greek "
     "government has ruled out any role by its coastguard.",
     ["gov/GR Denial GR"], []),
    ("involvement-en-dismissed", "en",
     "A journalist was abducted in Bamako, Mali, on Sunday. The security minister dismissed any involvement "
     "of the intelligence services.",
     ["gov/ML Denial ML"], []),
    ("keep-en-rejected-report", "en",
     "Soldiers killed civilians in Moura, Mali, according to the UN. Mali's government rejected the UN report.",
     ["gov/ML Rejection ML"], ["gov/ML Denial ML"]),
    ("involvement-ar-rafadat", "ar",
     "قتل مسلحون يرتدون الزي العسكري أربعين مدنيا قرب جيبو في بوركينا فاسو. ورفضت السلطات أي تورط للجيش.",
     ["gov/BF Denial BF"], []),
    ("involvement-ar-istabadat", "ar",
     "أعاد حرس الحدود مهاجرين إلى البحر قبالة جزيرة ليسبوس اليونانية. واستبعدت الحكومة اليونانية أي دور لخفر "
     "السواحل في الحادث.",
     ["gov/GR Denial GR"], []),
    ("involvement-ar-participation", "ar",
     "اختطف مسلحون صحفيا في باماكو بمالي. ورفض وزير الأمن المالي أي مشاركة لأجهزة المخابرات في العملية.",
     ["gov/ML Denial ML"], []),
    ("keep-ar-rejected-report", "ar",
     "قتل جنود مدنيين في مورا بمالي بحسب الأمم المتحدة. ورفضت الحكومة المالية تقرير الأمم المتحدة.",
     ["gov/ML Rejection ML"], ["gov/ML Denial ML"]),
    # ---- real state agencies missing from the gazetteer
    ("agency-fr-grc", "fr",
     "La Gendarmerie royale du Canada (GRC) a arrêté jeudi une quinzaine de militants autochtones en "
     "Colombie-Britannique.",
     ["gov/CA UseOfForce CA"], []),
    ("agency-en-rcmp", "en",
     "The RCMP arrested 15 Indigenous land defenders in British Columbia on Thursday. The RCMP denied that "
     "journalists had been targeted.",
     ["gov/CA Denial CA"], []),
    ("agency-en-ispr", "en",
     "Military courts in Pakistan sentenced 25 civilians over the May 9 riots. The ISPR denied that due "
     "process had been violated.",
     ["gov/PK Denial PK"], []),
    # ---- French "soutenir que": to maintain that, no Support
    ("maintain-fr-grc", "fr",
     "La Gendarmerie royale du Canada (GRC) a arrêté jeudi une quinzaine de militants autochtones en "
     "Colombie-Britannique. La GRC a soutenu que les journalistes « ne s'étaient pas identifiés ».",
     ["gov/CA UseOfForce CA"], ["gov/CA Support CA"]),
    ("maintain-fr-soutient", "fr",
     "La police a dispersé une manifestation à Lomé, au Togo. Le ministre de la Sécurité soutient que les "
     "policiers ont respecté la loi.",
     [], ["gov/TG Support TG"]),
    ("maintain-fr-unions", "fr",
     "La police a dispersé une manifestation à Lomé, au Togo. Les syndicats ont soutenu qu'aucune autorisation "
     "n'était nécessaire.",
     [], ["group/* Support -"]),
    ("keep-fr-soutenu-demande", "fr",
     "La police a dispersé une manifestation à Lomé, au Togo. La France a soutenu la demande d'enquête de "
     "l'ONU.",
     ["gov/FR Support TG"], []),
    ("keep-ar-own-subject", "ar",
     "اعتقلت قوات الأمن التونسية ناشطا حقوقيا في صفاقس. ونفى مصدر أمني تعرضه لسوء المعاملة. واتهمت منظمة "
     "العفو الدولية السلطات بتعذيبه.",
     ["org/amnesty-international Accusation TN"], ["gov/TN Accusation TN"]),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_gov_organ_case(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
