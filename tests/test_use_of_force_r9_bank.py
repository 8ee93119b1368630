"""Bank: a state's force named by a weapon or strike noun (round 9, helper H3).

The mechanism: the response tables read force from a verb whose subject is an armed body
("Israeli forces killed", "l'armée russe a tué"). News names most air and artillery attacks
by a noun ("an Israeli air strike", "les bombardements russes", "الغارات الإسرائيلية"), with
the attacker as a demonym, a possessive, or after "by" / "de" / "شنها": the sentence gave
no act at all (loaders/state_strikes.py). The precision side: force only alleged, denied,
threatened or set years before the document is no act of force. Countries, places and
wording differ from the development documents.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # --- English: demonym, possessive, "by" ---
    ("en-demonym-air-strike", "en", "Strikes on Idlib\n\nA Russian air strike killed nine people at a market in Idlib "
     "on Sunday, local rescuers said.",
     ["gov/RU UseOfForce SY"], []),
    ("en-demonym-missiles", "en", "Attack on Odesa\n\nRussian missiles slammed into apartment blocks in Odesa "
     "overnight, wounding 14 civilians.",
     ["gov/RU UseOfForce UA"], []),
    ("en-possessive-bombardment", "en", "Rafah\n\nIsrael's bombardment of Rafah has flattened whole streets, aid "
     "workers said on Tuesday.",
     ["gov/IL UseOfForce PS"], []),
    ("en-strike-by", "en", "Sanaa\n\nAn air strike carried out by Saudi Arabia hit a wedding party near Sanaa, "
     "killing 20 guests.",
     ["gov/SA UseOfForce YE"], []),
    ("en-drone-and-artillery", "en", "Khartoum\n\nSudanese drone and artillery strikes hit a camp for displaced "
     "people outside El Fasher.",
     ["gov/SD UseOfForce SD"], []),
    # --- English: no force stated as fact ---
    ("en-labour-strike", "en", "Paris\n\nFrench strikes over the pension reform disrupted rail services across "
     "the country on Thursday.",
     [], ["gov/FR UseOfForce FR"]),
    ("en-denied", "en", "Kharkiv\n\nMoscow denied that Russian missiles had struck the maternity hospital in "
     "Kharkiv.",
     [], ["gov/RU UseOfForce UA"]),
    ("en-threatened", "en", "Beirut\n\nOfficials warned that Israeli air strikes on Beirut could resume within days.",
     [], ["gov/IL UseOfForce LB"]),
    ("en-background-year", "en", "Belgrade\n\nSerbia marked 25 years since the NATO bombing at a ceremony on Monday, "
     "24 March 2024. "
     "Veterans recalled how American missiles destroyed the state television building in 1999.",
     [], ["gov/US UseOfForce RS"]),
    # --- French ---
    ("fr-frappe-demonyme", "fr", "Soudan\n\nUne frappe aérienne soudanaise a tué onze civils sur un marché de "
     "Nyala samedi, selon des médecins.",
     ["gov/SD UseOfForce SD"], []),
    ("fr-bombardements-pluriel", "fr", "Liban\n\nLes bombardements israéliens sur le sud du Liban se sont "
     "intensifiés dans la nuit de lundi à mardi.",
     ["gov/IL UseOfForce LB"], []),
    ("fr-frappe-de-l-armee", "fr", "Kherson\n\nL'hôpital a été touché par une frappe de l'armée russe, a indiqué "
     "le gouverneur de Kherson.",
     ["gov/RU UseOfForce UA"], []),
    ("fr-accuse", "fr", "Damas\n\nLe régime a accusé des drones turcs d'avoir visé une école près de Qamichli.",
     [], ["gov/TR UseOfForce SY"]),
    ("fr-dementi", "fr", "Kiev\n\nMoscou a démenti que des missiles russes aient frappé la gare de Kramatorsk.",
     [], ["gov/RU UseOfForce UA"]),
    # --- Arabic ---
    ("ar-qasf-nisba", "ar", "غزة\n\nقتل سبعة فلسطينيين في قصف إسرائيلي على منزل في خان يونس فجر اليوم.",
     ["gov/IL UseOfForce PS"], []),
    ("ar-ghara-shannatha", "ar", "إدلب\n\nقتل عشرة مدنيين في غارات شنتها طائرات روسية على ريف إدلب.",
     ["gov/RU UseOfForce SY"], []),
    ("ar-definite-raids", "ar", "لبنان\n\nتواصلت الغارات الإسرائيلية على بلدات جنوب لبنان لليوم الثالث.",
     ["gov/IL UseOfForce LB"], []),
    # --- police and security forces acting: verbs the tables did not type ---
    ("fr-faire-irruption", "fr", "Mali\n\nDes gendarmes ont fait irruption jeudi au siège du syndicat à Bamako.",
     ["gov/ML UseOfForce ML"], []),
    ("fr-evacuer-campement", "fr", "France\n\nLes policiers ont évacué mardi le campement de migrants installé près du "
     "port de Calais.",
     ["gov/FR UseOfForce FR"], []),
    ("fr-apprehendes", "fr", "Togo\n\nUne soixantaine de militants de l'opposition ont été appréhendés samedi à Lomé.",
     ["gov/TG UseOfForce TG"], []),
    ("fr-mandat-de-depot", "fr", "Niger\n\nLe journaliste a été placé sous mandat de dépôt lundi à Niamey.",
     ["gov/NE UseOfForce NE"], []),
    ("en-forcibly-closed", "en", "Nicaragua\n\nThe authorities forcibly closed two independent universities in "
     "Managua last week.",
     ["gov/NI UseOfForce NI"], []),
    ("en-fire-rubber-bullets", "en", "Peru\n\nRiot police fired rubber bullets and tear gas at thousands of "
     "demonstrators in Lima.",
     ["gov/PE UseOfForce PE"], []),
    ("ar-farraqathum", "ar", "تونس\n\nتجمع العشرات أمام البرلمان قبل أن تفرقهم قوات الأمن في العاصمة تونس.",
     ["gov/TN UseOfForce TN"], []),
    ("ar-itlaq-alghaz", "ar", "السودان\n\nردت الشرطة بإطلاق الغاز المسيل للدموع على المحتجين في أم درمان.",
     ["gov/SD UseOfForce SD"], []),
    ("ar-awqafat-ashrat", "ar", "الجزائر\n\nوأوقفت الشرطة في وهران عشرات المحتجين مساء الجمعة.",
     ["gov/DZ UseOfForce DZ"], []),
    ("ar-rahhalat-atfal", "ar", "إيطاليا\n\nرحّلت السلطات الإيطالية ثلاثين قاصراً إلى تونس الأسبوع الماضي.",
     ["gov/IT UseOfForce -"], []),
    # --- the force's own state, not the state of the place it lands in ---
    ("ar-body-demonym-after", "ar", "الأردن\n\nفرّقت قوات الدرك الأردنية مئات المعتصمين المتضامنين مع غزة قرب "
     "السفارة في عمّان.",
     ["gov/JO UseOfForce -"], ["gov/PS UseOfForce -"]),
    ("ar-denied", "ar", "خاركيف\n\nنفت موسكو أن تكون صواريخ روسية قد أصابت محطة القطارات في خاركيف.",
     [], ["gov/RU UseOfForce UA"]),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_use_of_force_r9_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
