"""Bank: the place of a story of forced returns (round 11, the lead).

Mechanisms. (1) "forced back", "forcibly sent" name a forced return like "deported" (loaders/places.py ``_FORCED_RETURN``): the headline "Hundreds
of Syrian refugees forced back across the border" makes the story one of forced returns, so
the state that sends them is its place and the refugees' own country only their origin.
(2) In such a story the state the lead says sends people away is a candidate for the main
place beside the places tied to the story's kind of situation (loaders/place_votes.py
``dominant_place``): a country where the migrants once lived ("had lived for years in Brazil")
does not outweigh it. (3) An organisation's seat named beside it ("ومقرها لندن", "the
London-based X", "basée à Genève") is where it sits, no vote for the situation's place
(loaders/place_frames.py ``is_seat``). Actors, countries and wording are this bank's own. (French "forcés de rentrer" was
tried and dropped: with no deporting state in the lead it moved a story to the people's
own country.)
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    ("en-forced-back-headline", "en",
     "Lebanon: Hundreds of Syrian Refugees Forced Back Across the Border\n\n"
     "Lebanese army units raided informal camps in the Bekaa valley in April and May, detaining hundreds of "
     "Syrian men. Many were handed over to Syrian soldiers at the border within days. Amnesty International "
     "condemned the summary returns and urged the Lebanese authorities to halt them.",
     ["org/amnesty-international Condemnation LB", "org/amnesty-international Demand LB"],
     ["org/amnesty-international Condemnation SY"]),
    ("en-lead-deporter-over-past-residence", "en",
     "Mexico speeds up expulsions of Venezuelans camped in Ciudad Juarez\n\n"
     "CIUDAD JUAREZ, Mexico (AP) - The Mexican government has flown hundreds of Venezuelan migrants back to "
     "Caracas and cleared a camp near the border bridge, using an emergency decree to expel them without a "
     "hearing. The U.N. refugee agency condemned the expulsions. Many of the "
     "migrants had lived for years in Colombia and Peru before travelling north.",
     ["org/united-nations Condemnation MX"], ["org/united-nations Condemnation CO"]),
    # --- (3) an organisation's seat is no place of the situation ---
    ("ar-seat-apposition", "ar",
     "سجين رأي عماني يدخل شهره الثالث في إضراب عن الطعام\n\n"
     "يواصل المدون العماني سالم الهنائي إضرابه عن الطعام في سجن سمائل المركزي احتجاجا على الحكم عليه بالسجن "
     "خمس سنوات. وقال مركز الخليج لحقوق الإنسان، ومقره بيروت، إن حياته في خطر، وطالب بالإفراج عنه. "
     "ونظم ناشطون وقفة في بيروت.",
     ["org/gulf-centre-for-human-rights Demand OM"], ["org/gulf-centre-for-human-rights Demand LB"]),
    ("en-london-based", "en",
     "Bahraini activist on hunger strike for a month\n\n"
     "A jailed Bahraini activist has refused food for a month, his family said. The London-based Bahrain Institute "
     "for Rights and Democracy condemned his treatment and called for his release. Activists held a vigil in "
     "London.",
     ["org/bird Condemnation BH"], ["org/bird Condemnation GB"]),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_places_r11_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
