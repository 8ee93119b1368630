"""Bank: a state's forces named by the bare noun "forces" with its country (round 6b, E3).

Written for extraction round 6b (helper E3) in the style of wire copy; no sentence is copied
from a test document. The mechanism: "forces" with a demonym or a country ("Israeli forces",
"Russia's forces", "les forces maliennes", "القوات المالية") is that state's armed forces,
the agent of what they do, active or passive ("arrested by Burmese forces", "arrêtés par les
forces birmanes", "على يد القوات البورمية"). English and French lacked the bare noun (only
"armed forces", "security forces", "troops" were known); Arabic already had it. Bare
"forces" with no country stays nothing, and a named force that is not the state's army
(Sudan's Rapid Support Forces) stays itself (case ids ``keep-``).

Each case gives the facts ``(agent principal, response type, event country)`` that must be
extracted and the facts that must NOT be (tests/extraction_helpers.py ``country_facts()``;
conventions of tests/blind3/README.md).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ---- English
    ("forces-en-demonym", "en",
     "Uzbek forces detained dozens of demonstrators in Nukus, in the autonomous republic of "
     "Karakalpakstan in Uzbekistan, after protests against constitutional changes.",
     ["gov/UZ UseOfForce UZ"], []),
    ("forces-en-raid", "en",
     "Israeli forces raided the offices of six Palestinian rights groups in Ramallah before dawn and "
     "welded their doors shut.",
     ["gov/IL UseOfForce -"], []),
    ("forces-en-witnesses", "en",
     "Witnesses said Malian forces executed dozens of civilians in the village of Moura, in central "
     "Mali, over five days in March.",
     ["gov/ML UseOfForce ML"], []),
    ("forces-en-passive", "en",
     "More than forty students were arrested by Burmese forces in Mandalay, Myanmar, on Friday, their "
     "families said.",
     ["gov/MM UseOfForce MM"], []),
    ("keep-en-rsf", "en",
     "The Rapid Support Forces attacked a camp for displaced people near El Fasher in Sudan, killing "
     "at least 20 people.",
     [], ["gov/SD UseOfForce SD"]),
    # ---- French
    ("forces-fr-demonym", "fr",
     "Les forces ouzbèkes ont interpellé des dizaines de manifestants à Noukous, en Ouzbékistan, après "
     "des protestations contre une réforme constitutionnelle.",
     ["gov/UZ UseOfForce UZ"], []),
    ("forces-fr-raid", "fr",
     "Les forces israéliennes ont perquisitionné avant l'aube les locaux de six ONG palestiniennes à "
     "Ramallah et scellé leurs portes.",
     ["gov/IL UseOfForce -"], []),
    ("forces-fr-witnesses", "fr",
     "Selon des témoins, les forces maliennes ont exécuté des dizaines de civils à Moura, dans le centre "
     "du Mali, pendant cinq jours en mars.",
     ["gov/ML UseOfForce ML"], []),
    ("forces-fr-passive", "fr",
     "Plus de quarante étudiants ont été arrêtés vendredi par les forces birmanes à Mandalay, en "
     "Birmanie, selon leurs familles.",
     ["gov/MM UseOfForce MM"], []),
    ("keep-fr-rsf", "fr",
     "Les Forces de soutien rapide ont attaqué un camp de déplacés près d'El-Facher, au Soudan, tuant au "
     "moins 20 personnes.",
     [], ["gov/SD UseOfForce SD"]),
    # ---- Arabic
    ("forces-ar-demonym", "ar",
     "واعتقلت القوات الأوزبكية عشرات المتظاهرين في أوزبكستان بعد احتجاجات على تعديلات دستورية.",
     ["gov/UZ UseOfForce UZ"], []),
    ("forces-ar-raid", "ar",
     "واقتحمت القوات الإسرائيلية فجراً مقار ست منظمات حقوقية فلسطينية في رام الله وأغلقت أبوابها.",
     ["gov/IL UseOfForce -"], []),
    ("forces-ar-witnesses", "ar",
     "وقال شهود إن القوات المالية أعدمت عشرات المدنيين في قرية مورا وسط مالي على مدى خمسة أيام.",
     ["gov/ML UseOfForce ML"], []),
    ("forces-ar-passive", "ar",
     "واعتُقل أكثر من أربعين طالباً على يد القوات البورمية في ماندالاي بميانمار يوم الجمعة.",
     ["gov/MM UseOfForce MM"], []),
    ("keep-ar-rsf", "ar",
     "وهاجمت قوات الدعم السريع مخيماً للنازحين قرب الفاشر في السودان، ما أسفر عن مقتل 20 شخصاً على الأقل.",
     [], ["gov/SD UseOfForce SD"]),
]

XFAIL = {
    "forces-fr-raid": "the agent is found ('les forces israéliennes'), but the French raid verbs "
                      "(perquisitionner, faire irruption) are no UseOfForce cue, with any agent",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_gov_forces_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
