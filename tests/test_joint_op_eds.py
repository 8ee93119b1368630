"""Op-eds and joint appeals signed by several organisations whose signatories a later
sentence names ("Parmi les signataires figurent X, Y et Z", "Among the signatories are
..."): what the text says is one act per type, with every named signatory as agent
(SPEC §5: a joint artifact is ONE response with all its co-signers, also when they are
named in a later sentence). Sentences written for this test, not taken from any set."""

import pytest

from extraction_helpers import placed

CASES = [
    ("fr", "Dans une tribune publiée mercredi, une vingtaine d'associations dénoncent l'enfermement "
           "des enfants migrants en France. Parmi les signataires figurent la Cimade, Médecins du Monde "
           "et la Ligue des droits de l'homme.",
     {("org/cimade", "Condemnation", "place/FR"), ("org/medecins-du-monde", "Condemnation", "place/FR"),
      ("org/ldh", "Condemnation", "place/FR")}),
    ("fr", "Dans une carte blanche parue lundi, plusieurs ONG exigent la libération des journalistes "
           "détenus au Burundi. Les signataires sont Amnesty International, Human Rights Watch et "
           "Reporters sans frontières.",
     {("org/amnesty-international", "Demand", "place/BI"), ("org/human-rights-watch", "Demand", "place/BI"),
      ("org/rsf", "Demand", "place/BI")}),
    ("en", "In a joint op-ed published on Monday, a dozen charities condemned the detention of "
           "asylum seekers on barges in Britain. Among the signatories are Amnesty International, "
           "Doctors Without Borders and Human Rights Watch.",
     {("org/amnesty-international", "Condemnation", "place/GB"), ("org/msf", "Condemnation", "place/GB"),
      ("org/human-rights-watch", "Condemnation", "place/GB")}),
    ("en", "In a joint appeal, several rights groups urged Tunisia to release the detained lawyers. "
           "It was signed by Human Rights Watch, Amnesty International and the International "
           "Federation for Human Rights.",
     {("org/human-rights-watch", "Demand", "place/TN"), ("org/amnesty-international", "Demand", "place/TN"),
      ("org/fidh", "Demand", "place/TN")}),
]


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_op_ed_signatories_named_later_are_its_agents(lang, text, expected):
    assert expected <= placed(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Depuis la tribune officielle du stade de Bamako, les dirigeants ont assisté à la finale."),
    ("en", "The op-ed page of the newspaper was redesigned this year."),
])
def test_the_words_alone_make_no_act(lang, text):
    assert placed(text, lang) == set()
