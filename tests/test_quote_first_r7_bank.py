"""Bank: a state's denial said in a quotation that comes before its speaker (round 7, G4).

Written for extraction round 7 (helper G4) in the style of wire copy; no sentence is copied
from a test document. The mechanism: '"No officer used live ammunition," the minister said',
'« Aucun policier n'a tiré », a assuré le ministre': the quotation opens on "nobody / no ... /
aucun / il n'y a aucune" with a harm, or on a negated harm ("we did not shoot"), and its
speaker, named after it, is the state's (the same reading as "the minister said that no
officer had ...", frame A of loaders/judgement_finders.py, now also in frame B). A rights
group saying the same words is no state's denial (case ids ``keep-``). Arabic quotations
before their speaker ("«...»، قال X") are not read by frame B at all (strict xfails).

Each case gives the facts ``(agent principal, response type, event country)`` that must be
extracted and the facts that must NOT be (tests/extraction_helpers.py ``country_facts()``;
conventions of tests/blind3/README.md).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ---- English
    ("quote-en-no-officer", "en",
     "Police killed four protesters in Harare, Zimbabwe, on Wednesday. \"No police officer used "
     "live ammunition,\" Home Affairs Minister Kazembe Kazembe told reporters.",
     ["gov/ZW Denial ZW"], []),
    ("quote-en-no-repression", "en",
     "Riot police fired tear gas at pensioners in Quito, Ecuador, on Wednesday. \"There was no "
     "repression of retirees,\" said the government's spokesman, Carlos Jijon.",
     ["gov/EC Denial EC"], []),
    ("quote-en-did-not-shoot", "en",
     "Soldiers shot dead three men at a checkpoint near Bamenda, Cameroon, on Friday. \"We did not "
     "shoot at civilians,\" army spokesman Cyrille Atonfack said.",
     ["gov/CM Denial CM"], []),
    ("keep-en-ngo-nobody", "en",
     "Police detained dozens of students in Dhaka, Bangladesh, on Monday. \"No student has been "
     "released so far,\" said Human Rights Watch.",
     [], ["org/human-rights-watch Denial BD"]),
    # ---- French
    ("quote-fr-aucun-policier", "fr",
     "La police a tué trois manifestants à Conakry, en Guinée, jeudi. « Aucun policier n'a fait "
     "usage de balles réelles », a assuré le ministre de la Sécurité, Bachir Diallo.",
     ["gov/GN Denial GN"], []),
    ("quote-fr-aucune-atteinte", "fr",
     "Des gendarmes ont interpellé un journaliste à Niamey, au Niger, mardi. « Il n'y a aucune "
     "atteinte à la liberté de la presse dans ce pays », a répliqué le porte-parole du "
     "gouvernement, Abdourahamane Oumarou.",
     ["gov/NE Denial NE"], []),
    ("quote-fr-pas-tire", "fr",
     "Des soldats ont tué cinq villageois près de Mopti, au Mali, lundi. « Nos hommes n'ont pas "
     "tiré sur des civils », a affirmé le porte-parole de l'armée malienne, Souleymane Dembélé.",
     ["gov/ML Denial ML"], []),
    ("keep-fr-ngo-aucun", "fr",
     "La police a arrêté des dizaines d'étudiants à Lomé, au Togo, lundi. « Aucun étudiant n'a "
     "été libéré à ce jour », a déclaré Amnesty International.",
     [], ["org/amnesty-international Denial TG"]),
    # ---- Arabic
    ("quote-ar-no-officer", "ar",
     "قتلت الشرطة ثلاثة متظاهرين في داكار بالسنغال يوم الاثنين. «لم يستخدم أي شرطي الرصاص الحي»، "
     "قال وزير الداخلية سيديكي كابا.",
     ["gov/SN Denial SN"], []),
    ("quote-ar-no-repression", "ar",
     "فرقت الشرطة بالغاز المسيل للدموع مظاهرة في عمان بالأردن يوم الجمعة. «لا يوجد أي قمع "
     "للمتظاهرين»، قال وزير الداخلية.",
     ["gov/JO Denial JO"], []),
    ("control-ar-reported", "ar",
     "فرقت الشرطة بالغاز المسيل للدموع مظاهرة في عمان بالأردن يوم الجمعة. وقال وزير الداخلية إنه "
     "«لا يوجد أي قمع للمتظاهرين».",
     ["gov/JO Denial JO"], []),
    ("keep-ar-ngo", "ar",
     "اعتقلت الشرطة عشرات الطلاب في تونس العاصمة يوم الاثنين. وقالت منظمة العفو الدولية إنه «لم "
     "يطلق سراح أي طالب حتى الآن».",
     [], ["org/amnesty-international Denial TN"]),
]

XFAIL = {
    "quote-ar-no-officer": "Arabic quotations before their speaker are not read by frame B",
    "quote-ar-no-repression": "Arabic quotations before their speaker are not read by frame B",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_quote_first_r7(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
