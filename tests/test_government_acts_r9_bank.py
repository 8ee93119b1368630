"""Bank: a government's acts and no one else's (round 9, helper H6).

The mechanism: an organisation the gazetteer does not know, named by its proper name after a
determiner ("Les Bâtisseurs ont dénoncé", "The Movement for Change, led by X, condemned"), is the
subject of its own clause; with no mention there, the attributor borrowed the agent of the
previous clause or sentence -- most often the government whose act had just been told, which
then "condemned" its own crackdown. Such a clause's act is dropped for the borrowed agents
(:mod:`rightsgraph.loaders.clause_subjects`). A state organ named the same way ("La Direction
générale de la sûreté", "The Federal Council") holds a state word and is not touched; a known
actor after a determiner ("La France") is the attributor's business. Actors, countries and
wording are invented for the bank and differ from the test documents.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # --- French: an unknown party or movement after a determiner is no government ---
    ("fr-parti-inconnu", "fr", "La police a arrêté l'opposant Idriss Mahamat à N'Djamena mardi. Le gouvernement "
     "tchadien a démenti toute motivation politique. Les Bâtisseurs ont dénoncé « un enlèvement » et exigé sa "
     "libération.",
     ["gov/TD Denial TD"], ["gov/TD Condemnation TD", "gov/TD Demand TD"]),
    ("fr-parti-nomme-avant", "fr", "Togo : l'opposant Komi Dossou interpellé\n\nL'ancien député Komi Dossou, président "
     "du parti Les Bâtisseurs, a été interpellé mardi à Lomé.\n\n« Il s'agit d'une affaire de droit commun », a "
     "assuré le porte-parole du gouvernement, Yao Amedome, rejetant les critiques de l'opposition.\n\nLes "
     "Bâtisseurs ont dénoncé « un enlèvement » et exigé la libération de leur président.",
     ["gov/TG Rejection TG"], ["gov/TG Condemnation TG", "gov/TG Demand TG"]),
    ("en-party-named-before", "en", "Malawi: opposition leader detained\n\nFormer minister Peter Banda, leader of "
     "the Green Lantern Party, was detained in Lilongwe on Monday.\n\n\"This is a criminal matter,\" said the "
     "government spokesman, John Phiri, rejecting the opposition's criticism.\n\nThe Green Lantern Party "
     "condemned the arrest and demanded his release.",
     ["gov/MW Rejection MW"], ["gov/MW Condemnation MW", "gov/MW Demand MW"]),
    ("fr-mouvement-incise", "fr", "Les forces de l'ordre ont dispersé une marche à Conakry jeudi. Le ministre guinéen "
     "de la Sécurité a justifié l'intervention. Les Forgerons de l'Avenir, de leur côté, ont condamné la répression.",
     [], ["gov/GN Condemnation GN"]),
    ("fr-etat-garde", "fr", "La police a arrêté trois journalistes à Bamako. La France a condamné ces arrestations.",
     ["gov/FR Condemnation ML"], []),
    # --- English ---
    ("en-unknown-movement", "en", "Police detained the opposition leader Samuel Okello in Kampala on Monday. The "
     "government denied that the arrest was political. The Green Lantern Movement condemned the detention and "
     "demanded his release.",
     ["gov/UG Denial UG"], ["gov/UG Condemnation UG", "gov/UG Demand UG"]),
    ("en-unknown-centre-apposition", "en", "Security forces fired on protesters in Lusaka on Friday. The interior "
     "minister defended the operation. The Lusaka Centre for Civic Rights, a local monitor, condemned the "
     "shooting.",
     ["gov/ZM Rejection ZM"], ["gov/ZM Condemnation ZM"]),
    ("en-known-state", "en", "Police detained three reporters in Harare. The United States condemned the arrests.",
     ["gov/US Condemnation ZW"], []),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_government_acts_r9_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
