"""Bank: an organisation acting through a group, a team or a director of it (round 11, lead).

"Un groupe d'experts de l'ONU s'est dit très inquiet", "A team of investigators from the UN
condemned", "ودعت مجموعة من المقررين الخاصين التابعين للأمم المتحدة", "وأعربت مديرة شؤون
الأونروا في لبنان": the subject is a collective of the organisation's members or one of its
officers, and the organisation acts (loaders/org_members.py: a collective before the members,
"from" as well as "of", Arabic مدير/مديرة and مجموعة ... التابعين لـ). Without it the clause had no
agent, or the Arabic one took the government named in the sentence before. A party's or an
armed group's leader, secretary-general or spokesperson speaks for it ("Le leader de l'Union des
forces démocratiques de Guinée (UFDG) a dénoncé"). Actors, places and
wording are this bank's own.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    ("fr-groupe-d-experts-onu", "fr", "La police a arrêté deux militants à Dakar. Un groupe d'experts de l'ONU "
     "s'est dit très inquiet et a appelé le Sénégal à les libérer.",
     ["org/united-nations ExpressionOfConcern SN", "org/united-nations Demand SN"], []),
    ("fr-equipe-d-enqueteurs", "fr", "Des villageois ont été tués près de Gao. Une équipe d'enquêteurs de l'ONU "
     "a dénoncé des exécutions sommaires.",
     ["org/united-nations Condemnation ML"], ["gov/ML Condemnation ML"]),
    ("en-team-from-the-un", "en", "Soldiers fired on a crowd in Mandalay in March. A team of investigators from "
     "the UN condemned the killings.",
     ["org/united-nations Condemnation MM"], []),
    ("en-group-of-experts-of", "en", "Police in Caracas detained a union leader. A group of experts of the "
     "United Nations urged Venezuela to release him.",
     ["org/united-nations Demand VE"], ["gov/VE Demand VE"]),
    ("ar-group-of-rapporteurs-affiliated", "ar", "اعتقلت الشرطة التونسية محامية في العاصمة. ودعت مجموعة من "
     "المقررين الخاصين التابعين للأمم المتحدة إلى الإفراج عنها.",
     ["org/united-nations Demand TN"], ["gov/TN Demand TN"]),
    ("ar-director-of-agency", "ar", "قصفت طائرات حربية مدرسة تؤوي نازحين في غزة. وأعربت مديرة شؤون الأونروا "
     "في القطاع عن صدمتها.",
     ["org/united-nations ExpressionOfConcern PS"], []),
    ("ar-director-of-ngo-office", "ar", "اعتقلت قوات الأمن العراقية صحافيين في البصرة. وطالب مدير مكتب منظمة "
     "العفو الدولية في بيروت بالإفراج عنهما.",
     ["org/amnesty-international Demand IQ"], ["gov/IQ Demand IQ"]),
    # a party's or an armed group's leader or spokesperson speaks for it (kind Group)
    ("fr-leader-of-party", "fr", "Les gendarmes ont dispersé un meeting à Bamako. Le leader du Parti pour la "
     "renaissance nationale (PARENA) a dénoncé une dérive autoritaire.",
     ["org/* Condemnation ML"], ["gov/ML Condemnation ML"]),
    ("fr-name-then-leader-of-party", "fr", "Un opposant a été arrêté à Lomé. Jean Kodjo, secrétaire général de "
     "l'Alliance nationale pour le changement (ANC), a exigé sa libération.",
     ["org/* Demand TG"], ["gov/TG Demand TG"]),
    ("en-spokesman-of-armed-group", "en", "Drone strikes hit a market in Goma province. The spokesman of the "
     "March 23 Movement (M23) denied that its fighters had been in the town.",
     ["org/* Denial CD"], ["gov/CD Denial CD"]),
]

XFAIL = {
}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_org_members_r11_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
