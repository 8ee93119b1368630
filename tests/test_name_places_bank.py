"""Bank: a town or region that is the last word of a person's full name (round 6, helper D4).

The mechanism: "Nguyen Thi Trang" is a blogger, and "Trang" alone afterwards is she; read
as the Thai province of Trang, the name moved the situation, and every organisation's act
with it, to Thailand. A place word ending a run of capitalised name words is the person
wherever it stands bare; "in Trang" stays a place (loaders/name_places.py). French and
English (Arabic transliterates such names: no collision of this kind). Written with people,
countries and wording different from the test documents; places at country level.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ---- English
    ("en-vietnamese-name", "en", "A court in Hanoi sentenced the activist Nguyen Thi Trang to six years in prison on "
     "Tuesday. Amnesty International condemned the verdict and said Trang had done nothing but write.",
     ["org/amnesty-international Condemnation VN"], ["org/amnesty-international Condemnation TH"]),
    ("en-malian-name", "en", "Malian authorities detained the radio host Ousmane Ba Matam in Bamako on Friday. "
     "Reporters Without Borders condemned the arrest and said Matam was being held without charge.",
     ["org/rsf Condemnation ML"], ["org/rsf Condemnation SN"]),
    ("en-cambodian-name", "en", "A Phnom Penh court convicted the union leader Sok Chea Trang of incitement on Monday. "
     "Human Rights Watch condemned the conviction of Trang.",
     ["org/human-rights-watch Condemnation KH"], ["org/human-rights-watch Condemnation TH"]),
    ("en-place-stays", "en", "Thai police arrested twelve rubber farmers in Trang on Monday. "
     "Human Rights Watch condemned the arrests.",
     ["org/human-rights-watch Condemnation TH"], []),
    # ---- French
    ("fr-nom-vietnamien", "fr", "Un tribunal de Hanoï a condamné la blogueuse Nguyen Thi Trang à six ans de prison. "
     "Reporters sans frontières a dénoncé un procès inique et réclamé la libération de Trang.",
     ["org/rsf Condemnation VN"], ["org/rsf Condemnation TH"]),
    ("fr-nom-malien", "fr", "Les autorités maliennes ont arrêté l'animateur Ousmane Ba Matam à Bamako vendredi. "
     "Amnesty International a condamné l'arrestation de Matam.",
     ["org/amnesty-international Condemnation ML"], ["org/amnesty-international Condemnation SN"]),
    ("fr-nom-cambodgien", "fr", "Un tribunal de Phnom Penh a condamné la militante Sok Chea Trang à deux ans de prison. "
     "La FIDH a condamné ce verdict contre Trang.",
     ["org/fidh Condemnation KH"], ["org/fidh Condemnation TH"]),
    ("fr-lieu-reste", "fr", "La police sénégalaise a arrêté douze pêcheurs à Matam lundi. "
     "Amnesty International a condamné ces arrestations.",
     ["org/amnesty-international Condemnation SN"], []),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_name_places_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
