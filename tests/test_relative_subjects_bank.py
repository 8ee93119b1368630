"""Bank: an act told in an object relative clause (round 6, helper D4).

The mechanism: "..., une mesure que Reporters sans frontières a dénoncée", "..., a move Human
Rights Watch condemned as unlawful": the actor right before the verb is the clause's subject
and the act's agent, not the crowd or the government of the main clause, and not nobody
(loaders/further_acts.py ``_relative_subject``). Written in wire style with actors, countries
and wording different from the test documents; places at country level.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ---- English
    ("en-a-move-x-condemned", "en", "Police detained 40 protesters in Lagos on Saturday, a move Human Rights Watch "
     "condemned as unlawful.",
     ["org/human-rights-watch Condemnation NG"], ["group/NG/protesters Condemnation -"]),
    ("en-a-move-that-x-denounced", "en", "Ethiopian authorities expelled two foreign reporters from Addis Ababa, a "
     "decision that Reporters Without Borders denounced as retaliation.",
     ["org/rsf Condemnation ET"], []),
    ("en-a-measure-the-x-criticised", "en", "Uzbek officials blocked access to messaging apps in Tashkent for a week, a "
     "measure the Committee to Protect Journalists sharply criticised.",
     ["org/cpj Condemnation UZ"], []),
    ("en-which-x-deplored", "en", "A court in Almaty jailed the union organiser for two years, a sentence which the "
     "European Union deplored.",
     ["org/european-union Condemnation KZ"], []),
    # ---- French
    ("fr-mesure-que-x-a-denoncee", "fr", "La police a arrêté trente manifestants à Conakry samedi, une mesure que "
     "Reporters sans frontières a dénoncée comme une dérive autoritaire.",
     ["org/rsf Condemnation GN"], []),
    ("fr-mesure-que-x-a-critiquee", "fr", "Les autorités ont coupé l'accès à internet à Kinshasa pendant deux jours, une "
     "mesure que la FIDH a vivement critiquée.",
     ["org/fidh Condemnation CD"], []),
    ("fr-decision-qu-x-a-condamnee", "fr", "Le gouvernement nigérien a suspendu la radio Sahara FM à Agadez, une décision "
     "qu'Amnesty International a fermement condamnée.",
     ["org/amnesty-international Condemnation NE"], []),
    ("fr-arrestations-que-x-a-deplorees", "fr", "Les gendarmes ont interpellé douze syndicalistes à Libreville, des "
     "arrestations que l'Union européenne a déplorées.",
     ["org/european-union Condemnation GA"], []),
    # ---- Arabic
    ("ar-measure-condemned-by", "ar", "اعتقلت الشرطة أربعين متظاهرا في الخرطوم، وهو إجراء نددت به منظمة العفو الدولية.",
     ["org/amnesty-international Condemnation SD"], []),
    ("ar-decision-criticised-by", "ar", "أغلقت السلطات الإثيوبية مكتب قناة الجزيرة في أديس أبابا، وهو قرار انتقدته "
     "لجنة حماية الصحفيين.",
     ["org/cpj Condemnation ET"], []),
    ("ar-sentence-deplored-by", "ar", "قضت محكمة في ألماتي بسجن النقابي عامين، وهو حكم استنكره الاتحاد الأوروبي.",
     ["org/european-union Condemnation KZ"], []),
    ("ar-move-denounced-by", "ar", "طردت السلطات الأوغندية صحفيين أجنبيين من كمبالا، في خطوة نددت بها منظمة مراسلون "
     "بلا حدود.",
     ["org/rsf Condemnation UG"], []),
]

XFAIL: dict = {
    "fr-decision-qu-x-a-condamnee": "the feminine participle 'condamnée' is no cue (round 6)",
    "ar-measure-condemned-by": "Arabic 'وهو إجراء نددت به X': the agent after the verb and its pronoun is not read (round 6)",
    "ar-decision-criticised-by": "Arabic 'وهو قرار انتقدته X': not read (round 6)",
    "ar-sentence-deplored-by": "Arabic 'وهو حكم استنكره X': the government is read instead (round 6)",
    "ar-move-denounced-by": "Arabic 'في خطوة نددت بها X': the government is read instead (round 6)",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_relative_subjects_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
