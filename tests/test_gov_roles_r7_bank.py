"""Bank: state officials named only by a domestic role, and opposition leaders (round 7, G4).

Written for extraction round 7 (helper G4) in the style of wire copy; no sentence is copied
from a test document. The mechanism: an official named only by a domestic role, with no
country word ("the prison director", "le gouverneur", "le procureur de la République",
"مدير السجن", "the mayor") acts for the state where the situation is: the state of the
place of the event the text reports, not the last foreign government named before. An
opposition leader ("le chef de l'opposition", "the opposition leader") or a former holder
("the former governor", "مدير الشرطة السابق") is not the state (case ids ``keep-``). A prison's own service ("the prison service", "l'administration
pénitentiaire", "إدارة السجون") is a body of that state (case ids ``body-``).

Each case gives the facts ``(agent principal, response type, event country)`` that must be
extracted and the facts that must NOT be (tests/extraction_helpers.py ``country_facts()``;
conventions of tests/blind3/README.md).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ---- English
    ("role-en-prison-director", "en",
     "Guards shot dead eleven inmates during a riot at the central prison of Lilongwe, Malawi, on "
     "Sunday. The prison director denied that guards had fired on unarmed prisoners.",
     ["gov/MW Denial MW"], []),
    ("role-en-governor", "en",
     "Soldiers killed nine villagers in a raid on Maiduguri, in northeastern Nigeria, on Tuesday. "
     "The governor condemned the killings and demanded an inquiry.",
     ["gov/NG Condemnation NG"], []),
    ("role-en-prosecutor-foreign", "en",
     "Police in Lima, Peru, arrested forty students after clashes on Thursday, drawing criticism "
     "from Spain. The prosecutor opened an investigation into the arrests.",
     ["gov/PE Investigation PE"], ["gov/ES Investigation PE"]),
    ("role-en-mayor", "en",
     "Riot police fired tear gas at protesters in Tbilisi, Georgia, on Monday night. The mayor "
     "denied that any protester had been beaten.",
     ["gov/GE Denial GE"], []),
    ("body-en-prison-service", "en",
     "Eleven inmates were shot dead during a riot in a jail in Lilongwe, Malawi, on Sunday. The "
     "prison service denied that its officers had used excessive force.",
     ["gov/MW Denial MW"], []),
    ("keep-en-former-governor", "en",
     "Police dispersed a rally in Mombasa, Kenya, with tear gas on Saturday. The former governor, "
     "now an opposition figure, accused police of brutality.",
     [], ["gov/KE Accusation KE"]),
    ("keep-en-opposition", "en",
     "Police detained dozens of protesters in Dhaka, Bangladesh, on Friday. The opposition leader "
     "condemned the arrests.",
     [], ["gov/BD Condemnation BD"]),
    ("role-en-gov-spokesman", "en",
     "Police arrested ten activists in Niamey, Niger, on Monday, drawing criticism from France. A "
     "government spokesman accused the group of colluding with armed groups.",
     ["gov/NE Accusation NE"], ["gov/FR Accusation NE"]),
    # ---- French
    ("role-fr-gov-spokesman", "fr",
     "La police a arrêté dix militants à Bamako, au Mali, lundi, suscitant les critiques de "
     "l'Espagne. Le porte-parole du gouvernement a démenti toute arrestation arbitraire.",
     ["gov/ML Denial ML"], ["gov/ES Denial ML"]),
    ("role-fr-prison-director", "fr",
     "Des gardiens ont tué onze détenus lors d'une mutinerie à la prison centrale de Bamako, au "
     "Mali, dimanche. Le directeur de la prison a démenti que les gardiens aient tiré sur des "
     "prisonniers désarmés.",
     ["gov/ML Denial ML"], []),
    ("role-fr-governor", "fr",
     "Des militaires ont tué neuf villageois lors d'un raid près de Maroua, au Cameroun, mardi. Le "
     "gouverneur a condamné ces meurtres.",
     ["gov/CM Condemnation CM"], []),
    ("role-fr-prosecutor-republic", "fr",
     "La police a arrêté quarante étudiants à Dakar, au Sénégal, jeudi, suscitant les critiques de "
     "la France. Le procureur de la République a annoncé l'ouverture d'une enquête.",
     ["gov/SN Investigation SN"], ["gov/FR Investigation SN"]),
    ("role-fr-prefect", "fr",
     "La police a dispersé à coups de gaz lacrymogène une manifestation à Conakry, en Guinée, "
     "lundi. Le préfet a démenti que des manifestants aient été blessés.",
     ["gov/GN Denial GN"], []),
    ("body-fr-prison-service", "fr",
     "Onze détenus sont morts lors d'une mutinerie dans une prison de Lomé, au Togo, dimanche. "
     "L'administration pénitentiaire a démenti tout usage excessif de la force.",
     ["gov/TG Denial TG"], []),
    ("keep-fr-opposition", "fr",
     "La police a arrêté des dizaines de manifestants à Lomé, au Togo, vendredi. Le chef de "
     "l'opposition a condamné ces arrestations.",
     [], ["gov/TG Condemnation TG"]),
    # ---- Arabic
    ("role-ar-prison-director", "ar",
     "قتل حراس أحد عشر سجينا خلال تمرد في السجن المركزي في نواكشوط بموريتانيا يوم الأحد. ونفى "
     "مدير السجن أن يكون الحراس قد أطلقوا النار على سجناء عزل.",
     ["gov/MR Denial MR"], []),
    ("role-ar-governor", "ar",
     "قتل جنود تسعة قرويين في غارة قرب مدينة البصرة في العراق يوم الثلاثاء. وأدان المحافظ عمليات "
     "القتل.",
     ["gov/IQ Condemnation IQ"], []),
    ("role-ar-prosecutor", "ar",
     "اعتقلت الشرطة أربعين طالبا في مدينة صفاقس في تونس يوم الخميس، ما أثار انتقادات فرنسا. وأعلن "
     "النائب العام فتح تحقيق في عمليات الاعتقال.",
     ["gov/TN Investigation TN"], ["gov/FR Investigation TN"]),
    ("role-ar-police-chief", "ar",
     "فرقت الشرطة بالغاز المسيل للدموع مظاهرة في الخرطوم بالسودان يوم الاثنين. ونفى مدير الشرطة "
     "أن يكون أي متظاهر قد أصيب.",
     ["gov/SD Denial SD"], []),
    ("role-ar-gov-spokesman", "ar",
     "اعتقلت الشرطة عشرة ناشطين في نيامي بالنيجر يوم الاثنين، ما أثار انتقادات إسبانيا. ونفى "
     "المتحدث باسم الحكومة أن تكون الاعتقالات تعسفية.",
     ["gov/NE Denial NE"], ["gov/ES Denial NE"]),
    ("body-ar-prison-service", "ar",
     "توفي أحد عشر سجينا خلال تمرد في سجن بمدينة نواكشوط في موريتانيا يوم الأحد. ونفت إدارة "
     "السجون استخدام القوة المفرطة.",
     ["gov/MR Denial MR"], []),
    ("keep-ar-former-police-chief", "ar",
     "أطلقت قوات الأمن الرصاص على متظاهرين في مدينة البصرة في العراق يوم السبت. واتهم مدير الشرطة "
     "السابق الحكومة بالتستر على القتلة.",
     [], ["gov/IQ Accusation IQ"]),
    ("keep-ar-opposition", "ar",
     "اعتقلت الشرطة عشرات المتظاهرين في الجزائر العاصمة يوم الجمعة. وأدان زعيم المعارضة "
     "الاعتقالات.",
     [], ["gov/DZ Condemnation DZ"]),
]

XFAIL = {
    "role-en-gov-spokesman": "a government spokesman with no country is no mention (a body/government "
                             "mention lost appositions 'le porte-parole du gouvernement, le colonel X,' "
                             "and objects 'reproché à Ankara' on the dev sets: not done)",
    "role-fr-gov-spokesman": "same as role-en-gov-spokesman",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_gov_roles_r7(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
