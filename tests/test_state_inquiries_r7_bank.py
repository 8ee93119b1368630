"""Bank: a state's inquiry in every tense, and a killing in the passive with its agent (round 7, G4).

Written for extraction round 7 (helper G4) in the style of wire copy; no sentence is copied
from a test document. The mechanisms: (1) an inquiry the accused state orders, opens or
entrusts to one of its organs is its Investigation in any tense of the verb ("avait chargé
le ministère de l'Intérieur d'une enquête", "had tasked the ministry with investigating",
"ordonnera une enquête"): ``lang/*/implicit.tsv`` rows are lemma rows (``~charger``,
``~order``), expanded like ``responses.tsv``'s; (2) French "ont été tués par la police" is
the police's UseOfForce as "were killed by police" already was in English; a killing with no
agent, or by an armed group, is no state's act (case ids ``keep-``).

Each case gives the facts ``(agent principal, response type, event country)`` that must be
extracted and the facts that must NOT be (tests/extraction_helpers.py ``country_facts()``;
conventions of tests/blind3/README.md).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ---- English
    ("inquiry-en-tasked", "en",
     "Police fired on striking miners in Rustenburg, South Africa, on Tuesday, killing six. "
     "President Cyril Ramaphosa had tasked the police ministry with investigating the shootings.",
     ["gov/ZA Investigation ZA"], []),
    ("inquiry-en-ordered", "en",
     "Soldiers beat dozens of detainees at a camp near Maiduguri, Nigeria, in March. The defence "
     "minister ordered an inquiry into the beatings on Monday.",
     ["gov/NG Investigation NG"], []),
    ("inquiry-en-will-open", "en",
     "Riot police arrested forty students in Nairobi, Kenya, on Friday. The interior minister "
     "said he would open an investigation into the arrests.",
     ["gov/KE Investigation KE"], []),
    ("passive-en-killed-by", "en",
     "Eleven protesters were killed by police in Khartoum, Sudan, on Thursday, witnesses said.",
     ["gov/SD UseOfForce SD"], []),
    # ---- French
    ("inquiry-fr-avait-charge", "fr",
     "Des policiers ont tué six mineurs en grève à Kolwezi, en République démocratique du Congo, "
     "mardi. Le président Félix Tshisekedi avait chargé le ministère de l'Intérieur d'une enquête.",
     ["gov/CD Investigation CD"], []),
    ("inquiry-fr-ordonne", "fr",
     "Des soldats ont frappé des dizaines de détenus dans un camp près de Diffa, au Niger, en mars. "
     "Le ministre de la Défense a ordonné une enquête lundi.",
     ["gov/NE Investigation NE"], []),
    ("passive-fr-tues-par", "fr",
     "Onze manifestants ont été tués par la police à Khartoum, au Soudan, jeudi, selon des témoins.",
     ["gov/SD UseOfForce SD"], []),
    ("passive-fr-abattus-par-balles", "fr",
     "Trois détenus ont été abattus par les gardiens de prison lors d'une tentative d'évasion à "
     "Conakry, en Guinée, dimanche.",
     ["gov/GN UseOfForce GN"], []),
    ("keep-fr-tues-no-agent", "fr",
     "Onze villageois ont été tués dans la nuit à Mopti, au Mali, selon un élu local.",
     [], ["gov/ML UseOfForce ML"]),
    ("keep-fr-tues-armed-group", "fr",
     "Onze villageois ont été tués par des jihadistes près de Mopti, au Mali, dimanche.",
     [], ["gov/ML UseOfForce ML"]),
    # ---- Arabic
    ("inquiry-ar-ordered", "ar",
     "قتلت الشرطة ستة عمال مضربين في مدينة قفصة في تونس يوم الثلاثاء. وأمر الرئيس قيس سعيد بفتح "
     "تحقيق في عمليات القتل.",
     ["gov/TN Investigation TN"], []),
    ("inquiry-ar-prosecutor", "ar",
     "اعتقلت قوات الأمن عشرات الطلاب في مدينة وهران في الجزائر يوم الجمعة. وأعلن النائب العام فتح "
     "تحقيق في الاعتقالات.",
     ["gov/DZ Investigation DZ"], []),
    ("passive-ar-by-police", "ar",
     "قتل أحد عشر متظاهرا برصاص الشرطة في الخرطوم بالسودان يوم الخميس.",
     ["gov/SD UseOfForce SD"], []),
    ("keep-ar-armed-group", "ar",
     "قتل أحد عشر قرويا على يد مسلحين مجهولين قرب مدينة موبتي في مالي يوم الأحد.",
     [], ["gov/ML UseOfForce ML"]),
]

XFAIL = {
    "passive-ar-by-police": "Arabic passive 'قتل ... برصاص الشرطة' gives the police no act",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_state_inquiries_r7(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
