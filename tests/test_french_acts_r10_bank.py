"""Bank: French acts of governments and organisations (round 10, helper H2).

The mechanism: a government's speaker who says that the abuse did not happen, with no
denial verb -- the negation is in what is said, away from its start ("a assuré que les
détenus « n'ont subi aucune violence »", "« Aucun policier n'a tiré sur la foule », a
répliqué le ministre", "a affirmé que la frappe visait des terroristes et qu'aucun civil
n'avait été tué"), or the forces acted "dans le strict respect des droits humains"
(loaders/fr_state_denials.py, lang/fr/evaluation.tsv). Refusals, warnings, promises and
an organisation's findings are no denial. Actors, countries and wording differ from the
test documents.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # --- a state's denial said without a denial verb ---
    ("fr-assure-aucune-violence-citee", "fr", "Des manifestants ont été blessés par balles à Lomé samedi. Le ministre "
     "togolais de la Sécurité a assuré que les manifestants « n'ont subi aucune violence » de la part des forces "
     "de l'ordre.",
     ["gov/TG Denial TG"], []),
    ("fr-aucun-policier-replique", "fr", "Trois étudiants ont été tués lors d'une marche à Cotonou. « Aucun policier "
     "n'a fait usage d'armes létales », a répliqué le ministre béninois de l'Intérieur.",
     ["gov/BJ Denial BJ"], []),
    ("fr-second-complement-aucun-civil", "fr", "Une frappe de drone a tué au moins vingt personnes près de Tillabéri. "
     "Le ministère nigérien de la Défense a affirmé que la frappe visait des terroristes et qu'aucun civil n'avait "
     "été tué.",
     ["gov/NE Denial NE"], []),
    ("fr-strict-respect-droits", "fr", "Des soldats ont ouvert le feu sur des manifestants à Bamenda mardi. Le "
     "gouvernement camerounais a assuré que les forces de défense avaient agi « dans le strict respect des droits "
     "humains ».",
     ["gov/CM Denial CM"], []),
    # --- what is no denial ---
    ("fr-ne-tolerera-aucune-violence", "fr", "La police a dispersé une manifestation de l'opposition à N'Djamena. Le "
     "ministre tchadien de l'Intérieur a assuré qu'il ne tolérerait aucune violence lors des prochaines marches.",
     [], ["gov/TD Denial TD"]),
    ("fr-promesse-ne-seront-pas-poursuivis", "fr", "Des journalistes ont été interpellés à Conakry lundi. Le Premier "
     "ministre guinéen a assuré que les journalistes ne seront pas poursuivis.",
     [], ["gov/GN Denial GN"]),
    ("fr-ong-aucun-policier-poursuivi", "fr", "Des policiers ont tué un adolescent à Abidjan en mars. Human Rights "
     "Watch a affirmé qu'aucun policier n'avait été poursuivi pour ce meurtre.",
     [], ["org/human-rights-watch Denial CI"]),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_french_acts_r10_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
