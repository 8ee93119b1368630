"""Bank: a concern told in the pluperfect (round 6, helper D4).

The mechanism: the French lexicon had "s'est dit « choqué »" and "se disent alarmés" but not
their pluperfect, the tense of background in news ("Volker Türk s'était dit « choqué » par
le bilan"); the whole family (s'était dit(e), s'étaient dit(e)s, s'était déclaré(e)) of the
concern adjectives is added (loaders/lang/fr/responses.tsv). English and Arabic pluperfects
("had said he was shocked", "وكان ... قد أعرب عن قلقه") are read already and guard the same
reading. Actors, countries and wording differ from the test documents.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    ("fr-etait-dit-choque", "fr", "La police a tué 22 manifestants à Antananarivo. Le haut-commissaire de l'ONU aux "
     "droits de l'homme, Volker Türk, s'était dit « choqué » par le bilan.",
     ["org/united-nations ExpressionOfConcern MG"], []),
    ("fr-etait-declaree-inquiete", "fr", "Les gendarmes ont arrêté l'opposant à Lomé dimanche. La FIDH s'était déclarée "
     "très inquiète de son sort.",
     ["org/fidh ExpressionOfConcern TG"], []),
    ("fr-etaient-dits-alarmes", "fr", "Des soldats ont tué une trentaine de civils près de Djibo. Les experts de l'ONU "
     "s'étaient dits « profondément alarmés » par ces exécutions.",
     ["org/united-nations ExpressionOfConcern BF"], []),
    ("fr-etait-dite-consternee", "fr", "La police a arrêté le journaliste à Bamako. Reporters sans frontières s'était "
     "dite consternée par cette arrestation.",
     ["org/rsf ExpressionOfConcern ML"], []),
    ("en-had-said-shocked", "en", "Police killed 22 protesters in Antananarivo. UN rights chief Volker Türk had said he "
     "was \"shocked\" by the death toll.",
     ["org/united-nations ExpressionOfConcern MG"], []),
    ("en-had-said-concerned", "en", "Police arrested the opposition leader in Lome. The European Union had said it was "
     "deeply concerned by his arrest.",
     ["org/european-union ExpressionOfConcern TG"], []),
    ("ar-kana-qad-araba-sadma", "ar", "قتلت الشرطة 22 متظاهرا في أنتاناناريفو. وكان المفوض السامي لحقوق الإنسان فولكر "
     "تورك قد أعرب عن صدمته من الحصيلة.",
     ["org/united-nations ExpressionOfConcern MG"], []),
    ("ar-kana-qad-araba-qalaq", "ar", "اعتقلت الشرطة زعيم المعارضة في لومي. وكان الاتحاد الأوروبي قد أعرب عن قلقه "
     "البالغ إزاء اعتقاله.",
     ["org/european-union ExpressionOfConcern TG"], []),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_pluperfect_concern_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
