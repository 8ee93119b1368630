"""Bank: an act named with a negative determiner is no act (round 6b, helper E4).

Own sentences in wire style; none copied from a test document. "sent no troops", "voiced no
concern", "without issuing any condemnation", "n'a envoyé aucune troupe", "sans émettre la
moindre condamnation", "من دون أن تصدر عنها أي إدانة", "لم تبد أي قلق": the sentence says the
actor did NOT act (SPEC §4: only acts that happened are facts). Controls: an act followed by
"no"/"any"/"aucun" in its object ("condemned any attack", "concern that no investigation had
been opened", "a condamné sans aucune ambiguïté") stays. Facts are "agent type country"
(``-``: any place).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ------------------------------------------------------------------ English
    ("en-sent-no-troops", "en",
     "Turkmenistan, which is not a member of the bloc, sent no troops to Tajikistan.",
     [], ["gov/TM MilitaryAssistance -"]),
    ("en-voiced-no-concern", "en",
     "Riot police fired tear gas at protesters in Dhaka. Thailand voiced no concern about the crackdown.",
     ["gov/BD UseOfForce BD"], ["gov/TH ExpressionOfConcern -"]),
    ("en-without-any-condemnation", "en",
     "Brazil raised the case with Caracas without issuing any condemnation of the arrests in Venezuela.",
     ["gov/BR DiplomaticAction VE"], ["gov/BR Condemnation -"]),
    ("en-no-condemnation", "en",
     "Security forces shot dead eleven protesters in Lagos. India issued no condemnation of the killings.",
     ["gov/NG UseOfForce NG"], ["gov/IN Condemnation -"]),
    ("control-en-concern-no-investigation", "en",
     "Canada expressed concern that no investigation had been opened into the killings in Khartoum.",
     ["gov/CA ExpressionOfConcern SD"], []),
    ("control-en-condemned-any", "en",
     "Ghana condemned any attack on peaceful protesters in Accra.",
     ["gov/GH Condemnation GH"], []),
    # ------------------------------------------------------------------ French
    ("fr-aucune-troupe", "fr",
     "L'armée malienne a arrêté des dizaines de civils à Mopti. La Mauritanie n'a envoyé aucune troupe au Mali.",
     ["gov/ML UseOfForce ML"], ["gov/MR MilitaryAssistance -"]),
    ("fr-sans-la-moindre-condamnation", "fr",
     "Le Maroc a évoqué le dossier avec Alger, sans émettre la moindre condamnation des arrestations en Algérie.",
     ["gov/MA DiplomaticAction DZ"], ["gov/MA Condemnation -"]),
    ("fr-aucune-preoccupation", "fr",
     "La police guinéenne a dispersé une manifestation à Conakry. Le Sénégal n'a exprimé aucune préoccupation "
     "au sujet des arrestations.",
     ["gov/GN UseOfForce GN"], ["gov/SN ExpressionOfConcern -"]),
    ("fr-sans-aucune-condamnation", "fr",
     "La Belgique a convoqué l'ambassadeur rwandais, sans aucune condamnation des disparitions à Kigali.",
     ["gov/BE DiplomaticAction RW"], ["gov/BE Condemnation -"]),
    ("control-fr-sans-aucune-ambiguite", "fr",
     "La France a condamné sans aucune ambiguïté les arrestations de journalistes à Niamey.",
     ["gov/FR Condemnation NE"], []),
    # ------------------------------------------------------------------ Arabic
    ("ar-without-issuing-any", "ar",
     "وقالت وزارة الخارجية الإيطالية إنها أثارت مع السلطات المصرية مصير مواطنيها، من دون أن تصدر عنها أي إدانة "
     "للاعتقالات في القاهرة.",
     ["gov/IT DiplomaticAction EG"], ["gov/IT Condemnation -"]),
    ("ar-no-condemnation-issued", "ar",
     "قتلت قوات الأمن عشرة متظاهرين في الخرطوم، ولم تصدر عن الحكومة الهندية أي إدانة للقتل.",
     ["gov/SD UseOfForce SD"], ["gov/IN Condemnation -"]),
    ("ar-not-any-concern", "ar",
     "أعدمت السلطات الإيرانية ثلاثة متظاهرين في طهران، ولم تبد اليابان أي قلق إزاء الإعدامات.",
     ["gov/IR UseOfForce IR"], ["gov/JP ExpressionOfConcern -"]),
    ("ar-without-any-condemnation", "ar",
     "واستقبلت إسبانيا وزير الداخلية المغربي في مدريد دون أي إدانة للاعتقالات في الرباط.",
     [], ["gov/ES Condemnation -"]),
    ("control-ar-condemned-any", "ar",
     "وأدانت وزارة الخارجية الأردنية أي اعتداء على المدنيين في غزة.",
     ["gov/JO Condemnation PS"], []),
]

XFAIL = {}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_negated_acts(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
