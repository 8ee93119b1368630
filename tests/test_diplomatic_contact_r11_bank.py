"""Bank: a state or an organisation "in contact with" the authorities of the situation is a
DiplomaticAction (round 11, lead; cues in loaders/lang/{en,fr,ar}/responses.tsv).

"The State Department said it was in regular contact with the Haitian authorities", "Ottawa a fait
savoir que ses diplomates travaillaient étroitement avec les autorités", "إنها على اتصال دائم مع
السلطات": a government's diplomacy on a case. Contact with a family or a lawyer is no such act.
Actors, places and wording are this bank's own.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    ("en-in-close-contact", "en", "A Spanish aid worker was detained in Tehran last month. Spain's foreign "
     "ministry said it was in close contact with the Iranian authorities.",
     ["gov/ES DiplomaticAction IR"], []),
    ("en-contact-with-family-not", "en", "A Spanish aid worker was detained in Tehran last month. Amnesty "
     "International said it was in contact with his family.",
     [], ["org/amnesty-international DiplomaticAction IR"]),
    ("fr-en-contact-avec-les-autorites", "fr", "Un humanitaire belge a été arrêté à Bamako. Le ministère belge "
     "des Affaires étrangères se dit en contact permanent avec les autorités maliennes.",
     ["gov/BE DiplomaticAction ML"], []),
    ("fr-travaillent-etroitement", "fr", "Deux journalistes ont été enlevés dans le nord du Burkina Faso. "
     "Paris a fait savoir que ses diplomates travaillaient étroitement avec les autorités burkinabè.",
     ["gov/FR DiplomaticAction BF"], []),
    ("ar-ala-ittisal", "ar", "اعتقلت السلطات الإيرانية عاملة إغاثة إسبانية في طهران. وقالت وزارة الخارجية "
     "الإسبانية إنها على اتصال دائم مع السلطات الإيرانية.",
     ["gov/ES DiplomaticAction IR"], []),
]

XFAIL = {
}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_diplomatic_contact_r11_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
