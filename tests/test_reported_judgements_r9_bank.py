"""Bank: reported judgements and calls with no response verb (round 9, helper H1).

The mechanism: an actor's reported speech carries its response in WHAT IS SAID, not in a
response verb. An obligation with a remedy verb ("X said the police must be held
accountable", "« Il est urgent de libérer ... », a déclaré X", "Selon X, les autorités
doivent ...") is a call (Demand, loaders/reported_calls.py); a judgement quoted alone
('"A travesty," said X', "« Un crime odieux », a réagi X") or a description of an act with
a negative label ("X described the hangings as a crime against humanity") condemns it
(loaders/reported_judgements.py); the negative vocabulary grows by families (carnage,
bloodbath, farce, insulte, odieux ...). The precision cases: the speaker's own plans ("we
must"), an expectation ("the trial should resume"), a state's order to a crowd, an approving
or negated label, a label of people (an accusation, not a condemnation). Actors, countries
and wording are the bank's own.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # --- English: calls said as obligations ---
    ("en-said-must-accountable", "en", "Soldiers shot dead six villagers near Gao on Sunday. The International "
     "Federation for Human Rights said the army must hold the soldiers accountable.",
     ["org/fidh Demand ML"], []),
    ("en-said-should-passive", "en", "Police in Lusaka detained twelve opposition activists on Friday. Amnesty "
     "International said the activists should be released without delay.",
     ["org/amnesty-international Demand ZM"], []),
    ("en-quote-need-to", "en", "Police in Lusaka detained twelve opposition activists on Friday. \"The authorities "
     "need to stop arresting people for their opinions,\" said Human Rights Watch.",
     ["org/human-rights-watch Demand ZM"], []),
    ("en-state-said-must-investigate", "en", "Gunmen killed a reporter in Juba on Monday. The British government "
     "said the killing must be investigated thoroughly.",
     ["gov/GB Demand SS"], []),
    ("en-own-plans", "en", "Police in Lusaka detained twelve opposition activists on Friday. Amnesty "
     "International said it must first verify the reports.",
     [], ["org/amnesty-international Demand ZM"]),
    ("en-expectation", "en", "Police in Lusaka detained twelve opposition activists on Friday. The justice "
     "minister said the trial should resume next week.",
     [], ["gov/ZM Demand ZM"]),
    ("en-state-order-crowd", "en", "Police in Lusaka detained twelve opposition activists on Friday. The interior "
     "minister said protesters must respect the law.",
     [], ["gov/ZM Demand ZM"]),
    # --- French: calls said as obligations ---
    ("fr-estime-doit", "fr", "Des militaires ont tué six villageois près de Gao dimanche. La FIDH a estimé que "
     "l'armée devait traduire les soldats en justice.",
     ["org/fidh Demand ML"], []),
    ("fr-quote-il-est-urgent", "fr", "La police a arrêté douze militants à Lomé vendredi. « Il est urgent de mettre "
     "fin à ces arrestations arbitraires », a déclaré Amnesty International.",
     ["org/amnesty-international Demand TG"], []),
    ("fr-selon-doivent", "fr", "La police a arrêté douze militants à Lomé vendredi. Selon Human Rights Watch, les "
     "autorités doivent libérer les militants sans condition.",
     ["org/human-rights-watch Demand TG"], []),
    ("fr-devrait-expectation", "fr", "La police a arrêté douze militants à Lomé vendredi. Le procès devrait reprendre "
     "lundi, a indiqué le ministre de la Justice.",
     [], ["gov/TG Demand TG"]),
    ("fr-nous-devons", "fr", "La police a arrêté douze militants à Lomé vendredi. Amnesty International a affirmé "
     "que nous devons d'abord vérifier ces informations.",
     [], ["org/amnesty-international Demand TG"]),
    # --- English: judgements without a judged-thing word ---
    ("en-quoted-alone", "en", "Police in Lusaka detained twelve opposition activists on Friday. \"A "
     "travesty of justice,\" said Human Rights Watch.",
     ["org/human-rights-watch Condemnation ZM"], []),
    ("en-described-as", "en", "Zambian soldiers shot dead six miners in Kitwe on Tuesday. Amnesty "
     "International described the shootings as a bloodbath.",
     ["org/amnesty-international Condemnation ZM"], []),
    ("en-carnage", "en", "Soldiers raided a camp for displaced people near Gao on Sunday. Human Rights Watch said "
     "the raid had left the camp \"a scene of carnage\".",
     ["org/human-rights-watch Condemnation ML"], []),
    ("en-described-approving", "en", "Police in Lusaka detained twelve opposition activists on Friday. The "
     "interior minister described the operation as a success.",
     [], ["gov/ZM Condemnation ZM"]),
    ("en-called-people", "en", "Police in Lusaka detained twelve opposition activists on Friday. The interior "
     "minister called them criminals.",
     [], ["gov/ZM Condemnation ZM"]),
    # --- French: judgements without a judged-thing word ---
    ("fr-quoted-alone", "fr", "Des militaires ont tué six villageois près de Gao dimanche. « Un crime odieux », a "
     "réagi le Premier ministre malien.",
     ["gov/ML Condemnation ML"], []),
    ("fr-ce-qui-s-est-passe", "fr", "Des militaires ont tué six villageois près de Gao dimanche. « Ce qui s'est "
     "passé est inacceptable », a déclaré Amnesty International.",
     ["org/amnesty-international Condemnation ML"], []),
    ("fr-pour-farce", "fr", "Un tribunal de Lomé a condamné douze militants à cinq ans de prison. Pour la FIDH, ce "
     "procès est « une farce ».",
     ["org/fidh Condemnation TG"], []),
    ("fr-quoted-alone-negated", "fr", "La police a arrêté douze militants à Lomé vendredi. « Pas une "
     "dérive », a déclaré le ministre togolais de la Sécurité.",
     [], ["gov/TG Condemnation TG"]),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_reported_judgements_r9_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
