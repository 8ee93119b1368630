"""Bank: states named as the complement of their missions or embassies (round 11, lead).

"the diplomatic missions of the United States, the United Kingdom, Canada and Norway called on",
"les ambassades de France, d'Allemagne et du Royaume-Uni appellent": the head noun is plural and
its complement names the actors themselves, as with "the foreign ministers of ..."
(attribution_patterns._HEAD_OF_LIST). Before, the first state of the list, right after "of the",
was read as an object of the noun and lost its act. Actors, places and wording are this bank's own.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    ("en-diplomatic-missions-of", "en", "Security forces fired on mourners in Bamako on Friday. In a joint "
     "statement, the diplomatic missions of the United States, Germany and Sweden urged the authorities to "
     "investigate.",
     ["gov/US Demand ML", "gov/DE Demand ML", "gov/SE Demand ML"], ["gov/ML Demand ML"]),
    ("en-consulates-of", "en", "Police in Hong Kong arrested six former lawmakers. The consulates of Australia "
     "and Canada condemned the arrests.",
     ["gov/AU Condemnation HK", "gov/CA Condemnation HK"], []),
    ("en-embassies-of-kept", "en", "Police in Minsk detained forty women at a march. The embassies of Poland "
     "and Lithuania condemned the detentions.",
     ["gov/PL Condemnation BY", "gov/LT Condemnation BY"], ["gov/BY Condemnation BY"]),
    ("fr-missions-diplomatiques-de", "fr", "Les forces de l'ordre ont tiré sur des manifestants à Conakry. Les "
     "missions diplomatiques de l'Espagne, de l'Italie et du Japon ont appelé à une enquête indépendante.",
     ["gov/ES Demand GN", "gov/IT Demand GN", "gov/JP Demand GN"], []),
    ("fr-consulats-de", "fr", "La police malienne a arrêté un journaliste à Bamako. Les consulats du Canada et de la "
     "Belgique ont dénoncé cette arrestation.",
     ["gov/CA Condemnation ML", "gov/BE Condemnation ML"], []),
]

XFAIL = {
}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_state_lists_r11_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
