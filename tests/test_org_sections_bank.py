"""Bank: an organisation's national section and its staff (Arabic, French, English).

Written for extraction round 6b (helper E2). "Amnesty International's Kenya section",
"Human Rights Watch's Peru researcher", "la section sénégalaise d'Amnesty International",
"le directeur d'Amnesty International Sénégal", "فرع منظمة العفو الدولية في تونس": the
country names the section, it is no actor; the act is the organisation's. No sentence is
copied from a test document; the officials' names are invented. Facts are
``"agent type country"`` (tests/extraction_helpers.py, tests/blind3/README.md conventions).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ---- English
    ("en-possessive-section", "en",
     "Police in Nairobi arrested twenty activists on Tuesday. Amnesty International's Kenya section "
     "denounced the arrests as unlawful.",
     ["org/amnesty-international Condemnation KE"], ["gov/KE Condemnation KE"]),
    ("en-section-director", "en",
     "Soldiers in Lagos shot dead four protesters on Saturday. Amnesty International Nigeria's director "
     "Isa Okafor condemned the killings.",
     ["org/amnesty-international Condemnation NG"], ["gov/NG Condemnation NG"]),
    ("en-possessive-researcher", "en",
     "Police in Lima fired on protesters on Friday. Human Rights Watch's Peru researcher condemned the "
     "killings and called for an independent inquiry.",
     ["org/human-rights-watch Condemnation PE"], ["gov/PE Condemnation PE"]),
    ("en-branch-office", "en",
     "Security forces in Dhaka detained a photographer on Monday. Transparency International's Bangladesh "
     "chapter condemned the detention.",
     [], ["gov/BD Condemnation BD"]),
    # ---- French
    ("fr-demonym-section", "fr",
     "La police a arrêté dix militants à Dakar mardi. La section sénégalaise d'Amnesty International a "
     "dénoncé ces arrestations.",
     ["org/amnesty-international Condemnation SN"], ["gov/SN Condemnation SN"]),
    ("fr-director-of-section", "fr",
     "La police a arrêté dix militants à Dakar mardi. Le directeur exécutif d'Amnesty International "
     "Sénégal, Moussa Diop, a condamné ces arrestations.",
     ["org/amnesty-international Condemnation SN"], ["gov/SN Condemnation SN"]),
    ("fr-branche", "fr",
     "Les forces de l'ordre ont dispersé un rassemblement à Abidjan samedi. La branche ivoirienne "
     "d'Amnesty International a condamné un usage excessif de la force.",
     ["org/amnesty-international Condemnation CI"], ["gov/CI Condemnation CI"]),
    ("fr-section-country-name", "fr",
     "La police a interpellé trois journalistes à Tunis lundi. Amnesty International Tunisie a dénoncé "
     "des arrestations arbitraires.",
     ["org/amnesty-international Condemnation TN"], ["gov/TN Condemnation TN"]),
    # ---- Arabic
    ("ar-branch-in", "ar",
     "اعتقلت الشرطة عشرة ناشطين في تونس يوم الثلاثاء. وأدان فرع منظمة العفو الدولية في تونس هذه الاعتقالات.",
     ["org/amnesty-international Condemnation TN"], ["gov/TN Condemnation TN"]),
    ("ar-branch-after", "ar",
     "اعتقلت السلطات ثلاثة صحفيين في الرباط يوم الاثنين. وأدانت منظمة العفو الدولية فرع المغرب هذه الاعتقالات.",
     ["org/amnesty-international Condemnation MA"], ["gov/MA Condemnation MA"]),
    ("ar-office-in", "ar",
     "فرقت قوات الأمن تظاهرة في بيروت يوم السبت. وندد مكتب منظمة هيومن رايتس ووتش في لبنان باستخدام القوة المفرطة.",
     ["org/human-rights-watch Condemnation LB"], ["gov/LB Condemnation LB"]),
    ("ar-director-of-branch", "ar",
     "اعتقلت الشرطة خمسة طلاب في عمّان يوم الأحد. وأدان مدير فرع منظمة العفو الدولية في الأردن هذه الاعتقالات.",
     ["org/amnesty-international Condemnation JO"], ["gov/JO Condemnation JO"]),
]

XFAIL = {}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_org_sections(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
