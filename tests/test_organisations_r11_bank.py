"""Bank: organisations the extractor did not find, or gave to someone else (round 11, helper H2).

Mechanisms. (1) Universities speak for their jailed students and staff ("X University expressed
deep concern", "L'Université de X a dénoncé", "أعربت جامعة X عن قلقها"). Their names are a
whole kind the gazetteer cannot list: English and French names with the head "University" /
"Université" are read by loaders/unknown_orgs.py (a university is never a state body, whatever
its name says: "Central European", "State"); Arabic ones by loaders/ar_universities.py
("جامعة ليدز", "الجامعة الأمريكية"; "الجامعة الأوروبية" is no Arab League).
(2) An Arabic organisation found by the form of its name but keyed only by its transliteration
("org/mwssh-alabryn") never matches the English key the gold gives it: it stands as its verb's
subject, so that its act goes to no one else (a government named in the sentence before), and
gets no fact (mention_cleanup.is_unkeyed). Names keyed from English words ("نقابة المعلمين" ->
org/teachers-syndicate) keep their facts.
(3) A definite head noun as a clause's subject ("The association also demanded", "Le collectif
exige") is the nearest organisation whose name holds that noun, or, for a kind noun (association,
collectif, union...), the nearest organisation (loaders/org_anaphora.py), not an unnamed body.
Actors, places and wording are this bank's own.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # --- (1) universities, English and French: keyed by their name ---
    ("en-university-of", "en", "Police in Lagos arrested a student activist on Monday. The University of Lagos "
     "said it was deeply concerned and called for his release.",
     ["org/university-of-lagos ExpressionOfConcern NG", "org/university-of-lagos Demand NG"], []),
    ("en-name-university", "en", "Chinese state security detained a visiting researcher in Shanghai in March. "
     "Georgetown University expressed deep concern and urged Beijing to release him.",
     ["org/georgetown-university ExpressionOfConcern CN"], []),
    ("en-state-word-university", "en", "A court in Minsk jailed an exchange student for three years. Ohio State "
     "University condemned the sentence.",
     ["org/ohio-state-university Condemnation BY"], ["gov/BY Condemnation BY"]),
    ("fr-universite-de", "fr", "La police a arrêté un chercheur à Tunis. L'Université de Genève s'est dite "
     "préoccupée et a demandé sa libération.",
     ["org/universite-de-geneve ExpressionOfConcern TN", "org/universite-de-geneve Demand TN"], []),
    ("fr-syndicat-s-est-dit", "fr", "Un reporter a été interpellé à Dakar jeudi. Le Syndicat national des "
     "travailleurs de la presse s'est dit choqué par cette interpellation.",
     ["org/* ExpressionOfConcern SN"], ["gov/SN ExpressionOfConcern SN"]),
    # --- (1) universities in Arabic: a subject, no one else's act ---
    ("ar-indefinite-university", "ar", "اعتقلت السلطات المصرية باحثا في القاهرة. وأعربت جامعة بولونيا عن قلقها "
     "البالغ ودعت إلى الإفراج عنه.",
     ["gov/EG UseOfForce EG"], ["gov/EG ExpressionOfConcern EG", "gov/EG Demand EG"]),
    ("ar-definite-university-nisba", "ar", "احتجزت قوات الأمن الإيرانية أكاديميا فرنسيا في طهران. وأعربت الجامعة "
     "الفرنسية المركزية عن صدمتها من احتجازه.",
     ["gov/IR UseOfForce IR"], ["org/arab-league ExpressionOfConcern IR", "gov/IR ExpressionOfConcern IR"]),
    ("ar-arab-league-kept", "ar", "قصفت طائرات مسيرة مخيما للنازحين في دارفور. وأدانت الجامعة العربية الهجوم.",
     ["org/arab-league Condemnation SD"], []),
    ("ar-gazetteer-name-kept", "ar", "داهم مسلحون حوثيون اجتماعا لأتباع الديانة البهائية في صنعاء. ونددت الجامعة "
     "البهائية العالمية بالمداهمة.",
     ["org/bahai-international-community Condemnation YE"], []),
    ("ar-student-at-university", "ar", "اعتقلت الشرطة السعودية طالبة في جامعة مانشستر خلال زيارتها للرياض. "
     "وطالبت منظمة العفو الدولية بالإفراج عنها.",
     ["org/amnesty-international Demand SA"], []),
    # --- (2) an Arabic name keyed by its transliteration only: no fact, no one else's ---
    ("ar-transliterated-ngo-no-fact", "ar", "عثرت السلطات الليبية على مقبرة جماعية لمهاجرين في الكفرة. ونشرت "
     "مؤسسة السلام الأخضر شهادات لناجين تعرضوا للضرب.",
     [], ["gov/LY Report LY"]),
    ("ar-english-keyed-union-kept", "ar", "اعتقلت الشرطة العراقية ناشطين في البصرة. وطالبت نقابة المعلمين "
     "بالإفراج عنهم.",
     ["org/teachers-syndicate Demand IQ"], ["gov/IQ Demand IQ"]),
    # --- (3) a definite head noun as the subject: the organisation named before (.org_anaphora) ---
    ("en-the-association-named", "en", "Police in Harare detained twelve vendors on Tuesday. The Zimbabwe "
     "Informal Traders Association condemned the arrests. The association demanded their release.",
     ["org/* Condemnation ZW", "org/* Demand ZW"], ["gov/ZW Demand ZW"]),
    ("fr-le-collectif-kind", "fr", "Les forces de l'ordre ont dispersé une marche à Niamey samedi. La Coalition citoyenne "
     "pour le Sahel a dénoncé une répression brutale. Le collectif exige la libération des manifestants arrêtés.",
     ["org/* Condemnation NE", "org/* Demand NE"], ["gov/NE Demand NE"]),
    ("fr-la-ligue-name-not-anaphora", "fr", "Un avocat a été arrêté à Tunis. La Ligue tunisienne des droits de "
     "l'homme a dénoncé cette arrestation.",
     ["org/* Condemnation TN"], ["gov/TN Condemnation TN"]),
]

XFAIL = {
}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_organisations_r11_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
