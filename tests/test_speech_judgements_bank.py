"""Bank: an organisation speaking of the abuse itself, with no response cue (round 6, helper D4).

The mechanism: a rights group or an international organisation whose spokesperson or
researcher is quoted describing the abuse ("\"Workers are being tortured for asking to be
paid,\" said a researcher at Human Rights Watch") condemns it (SPEC §4); one that counts the
victims ("X said at least 23 people were killed") reports a finding (Report), as the Arabic reader
already reads "وقالت منظمة X إن [القمع ...]". Not when the quotation is a finding (a count:
a report's result), a risk (a concern) or already carries a cue (a demand). Written in wire
style with actors, countries and wording different from the test documents; places at
country level (tests/extraction_helpers.py ``country_facts()``).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ---- English
    ("en-researcher-torture", "en", "Egyptian security forces arrested dozens of labour activists in Alexandria this "
     "week. \"Workers are being tortured for asking to be paid,\" said Amr Magdi, a researcher at Human Rights Watch.",
     ["org/human-rights-watch Condemnation EG"], []),
    ("en-spokesperson-persecution", "en", "Nicaraguan police raided the homes of three priests in Matagalpa on Sunday. "
     "\"This is the persecution of a church for daring to speak,\" said a spokesperson for Amnesty International.",
     ["org/amnesty-international Condemnation NI"], []),
    ("en-count-is-a-finding", "en", "Guinean security forces fired on protesters in Conakry on Thursday. \"At least 30 "
     "people were killed by security forces in Conakry,\" said Fabien Offner, a researcher at Amnesty International.",
     [], ["org/amnesty-international Condemnation -"]),
    ("en-risk-is-a-concern", "en", "Libyan authorities deported 200 Eritrean men from Tripoli last week. \"The deported men "
     "could face torture in Eritrea,\" said a spokesperson for the UN refugee agency.",
     [], ["org/united-nations Condemnation -"]),
    ("en-demand-not-doubled", "en", "Belarusian police detained the reporters in Grodno. \"The authorities must release the "
     "detained journalists now,\" said a spokesperson for the Committee to Protect Journalists.",
     ["org/cpj Demand BY"], ["org/cpj Condemnation -"]),
    ("en-count-amnesty-kenya", "en", "Kenyan police fired live rounds at protesters in Nairobi on Tuesday. Amnesty "
     "International said it had gathered evidence that at least 23 people were killed.",
     ["org/amnesty-international Report KE"], []),
    ("en-count-bar-association", "en", "Paramilitary fighters raided villages near El Geneina last week. The Darfur Bar "
     "Association said at least 40 civilians were killed in the raids.",
     ["org/darfur-bar-association Report SD"], []),
    ("en-count-without-abuse", "en", "Police in Kabul closed girls' schools again on Monday. UNICEF said 1.1 million "
     "girls were out of school.",
     [], ["org/united-nations Report -"]),
    # ---- French
    ("fr-count-hrw-said", "fr", "Des soldats ont ouvert le feu sur des villageois près de Mopti. Human Rights Watch "
     "a indiqué qu'au moins 28 civils avaient été tués.",
     ["org/human-rights-watch Report ML"], []),
    ("fr-count-apposition", "fr", "La police a dispersé des manifestations à Lomé. La FIDH, qui suit la crise depuis "
     "août, a déclaré qu'au moins sept personnes avaient été tuées.",
     ["org/fidh Report TG"], []),
    ("fr-responsable-torture", "fr", "La police a arrêté une vingtaine d'étudiants à Lomé mardi. « Ces jeunes sont torturés "
     "dans les commissariats pour avoir manifesté », a déclaré un responsable de la FIDH.",
     ["org/fidh Condemnation TG"], []),
    ("fr-porte-parole-repression", "fr", "Les forces de sécurité ont dispersé une marche pacifique à Conakry jeudi. « C'est "
     "une répression aveugle contre des citoyens désarmés », a affirmé la porte-parole d'Amnesty International.",
     ["org/amnesty-international Condemnation GN"], []),
    ("fr-bilan-est-un-constat", "fr", "Les forces de l'ordre ont tiré sur des manifestants à Kinshasa. « Au moins douze "
     "personnes ont été tuées par balles », a indiqué Human Rights Watch.",
     [], ["org/human-rights-watch Condemnation -"]),
    ("fr-risque-est-une-inquietude", "fr", "Les autorités libyennes ont expulsé 200 Érythréens de Tripoli. « Ces hommes "
     "risquent la torture s'ils sont renvoyés dans leur pays », a déclaré le HCR.",
     [], ["org/united-nations Condemnation -"]),
    # ---- Arabic (the reader's existing rule, same mechanism)
    ("ar-amnesty-crackdown", "ar", "اعتقلت قوات الأمن المصرية عشرات العمال في الإسكندرية. وقالت منظمة العفو الدولية "
     "إن اعتقال العمال قمع صريح لحقهم في الاحتجاج.",
     ["org/amnesty-international Condemnation EG"], []),
    ("ar-hrw-killings", "ar", "قتلت قوات الأمن السودانية عشرات المتظاهرين في الخرطوم. وقالت هيومن رايتس ووتش إن "
     "عمليات القتل ترقى إلى جرائم ضد الإنسانية.",
     ["org/human-rights-watch Condemnation SD"], []),
    ("ar-risk-concern", "ar", "رحّلت السلطات الليبية مئتي إريتري من طرابلس. وقالت المفوضية السامية للأمم المتحدة لشؤون "
     "اللاجئين إن المرحلين قد يتعرضون للتعذيب في إريتريا.",
     [], ["org/united-nations Condemnation -"]),
    ("ar-fidh-torture", "ar", "اعتقلت الشرطة عشرين طالبا في لومي. وقال الاتحاد الدولي لحقوق الإنسان إن الطلاب "
     "يعذبون في مراكز الشرطة بسبب مشاركتهم في المظاهرات.",
     ["org/fidh Condemnation TG"], []),
]

XFAIL: dict = {
    "ar-fidh-torture": "Arabic FIDH name with a present-tense abuse verb: not read (84c84aa)",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_speech_judgements_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
