"""Bank: a state's demolition of homes counted with a number (round 6b, E3).

Written for extraction round 6b (helper E3) in the style of wire copy; no sentence is copied
from a test document. The mechanism: Arabic counts 3-10 with a plural and 11-99 with an
accusative singular ("أحد عشر منزلاً", "عشرين مسكناً", "خمسة عشر بيتاً"), so a demolition cue
that waits for the plural "منازل" misses the counted homes; all the nouns of a dwelling or
building (منزل، بيت، مسكن، مبنى، منشأة) in all their forms are what a state demolishes.
English and French cases guard the same sentences; a demolition by no state (an earthquake)
stays nobody's act (``keep-``).

Each case gives the facts ``(agent principal, response type, event country)`` that must be
extracted and the facts that must NOT be (tests/extraction_helpers.py ``country_facts()``).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    ("counted-ar-singular", "ar",
     "هدمت السلطات الإسرائيلية أحد عشر منزلاً في سلوان بالقدس الشرقية يوم الأربعاء.",
     ["gov/IL UseOfForce -"], []),
    ("counted-ar-masc-plural", "ar",
     "هدم الجيش الإسرائيلي ثلاثة مساكن ومنشأة زراعية في الأغوار بالضفة الغربية.",
     ["gov/IL UseOfForce -"], []),
    ("counted-ar-egypt", "ar",
     "هدمت السلطات المصرية عشرين منزلاً في جزيرة الوراق بالقاهرة بحجة البناء المخالف.",
     ["gov/EG UseOfForce EG"], []),
    ("counted-ar-buildings", "ar",
     "وهدمت السلطات المصرية مئات المباني في رفح بشمال سيناء لإقامة منطقة عازلة.",
     ["gov/EG UseOfForce EG"], []),
    ("organ-ar-civil-administration", "ar",
     "وهدمت الإدارة المدنية الإسرائيلية الثلاثاء سبعة عشر مسكناً في قرية قرب أريحا بالضفة الغربية.",
     ["gov/IL UseOfForce -"], ["gov/PS UseOfForce PS"]),
    ("instrument-ar-bulldozers", "ar",
     "هدمت جرافات الإدارة المدنية الإسرائيلية عشرات المنازل في بلدة قرب أريحا بالضفة الغربية.",
     ["gov/IL UseOfForce -"], ["gov/PS UseOfForce PS"]),
    ("keep-ar-earthquake", "ar",
     "هدم الزلزال مئات المنازل في ولاية هاتاي جنوب تركيا.",
     [], ["gov/TR UseOfForce TR"]),
    ("counted-en-egypt", "en",
     "Egyptian authorities demolished twenty homes on Warraq island in Cairo, citing building violations.",
     ["gov/EG UseOfForce EG"], []),
    ("counted-en-israel", "en",
     "Israeli authorities demolished eleven homes in Silwan, in occupied East Jerusalem, on Wednesday.",
     ["gov/IL UseOfForce -"], []),
    ("counted-fr-egypte", "fr",
     "Les autorités égyptiennes ont démoli vingt maisons sur l'île de Warraq, au Caire, invoquant des "
     "constructions illégales.",
     ["gov/EG UseOfForce EG"], []),
    ("counted-fr-israel", "fr",
     "Les autorités israéliennes ont démoli onze maisons à Silwan, à Jérusalem-Est, mercredi.",
     ["gov/IL UseOfForce -"], []),
]

XFAIL = {
    "organ-ar-civil-administration": "the Israeli Civil Administration is no known body ('الإدارة المدنية' + "
                                     "demonym two words away): the act goes to the main state (PS); a gazetteer "
                                     "row fixed it but put blind15's placeless document at two more false facts",
    "instrument-ar-bulldozers": "the organ after an instrument ('جرافات الإدارة ...', bulldozers of) is "
                                "not the subject: the act goes to the main state (PS)",
    "keep-ar-earthquake": "an implicit demolition cue with no state subject (the earthquake) goes to the main state",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_demolition_counted_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
