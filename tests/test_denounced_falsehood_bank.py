"""Bank: denouncing a falsehood is a Denial, not a Condemnation (round 6b, helper E4).

Own sentences in wire style (AFP, Reuters, AP, Arabic agencies); none is copied from a test
document. A state that "denounces" or "condemns" what it calls fabricated, staged, false or
lies ("a dénoncé des vidéos « truquées »", "denounced a \\"staging\\"", "condemned baseless
allegations", "ندد بـ\\"الفيديوهات المفبركة\\"") denies the abuse (SPEC §4 Denial): it judges no
act of anyone. Controls: condemning an abuse stays a Condemnation, also when the victims were
accused of "false news" (the charge, not the object), and a court condemning for false news
is no Denial. Facts are "agent type country" (``-``: any place).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ------------------------------------------------------------------ French
    ("fr-staging", "fr",
     "Le ministère russe de la Défense a dénoncé une « mise en scène » après la découverte des corps à Boutcha.",
     ["gov/RU Denial -"], ["gov/RU Condemnation -"]),
    ("fr-lying-allegations", "fr",
     "Le gouvernement nigérien a fustigé des « accusations fantaisistes » sur les exécutions de civils à Tillabéri.",
     ["gov/NE Denial -"], ["gov/NE Condemnation -"]),
    ("fr-doctored-videos", "fr",
     "La junte guinéenne a dénoncé des vidéos « truquées » montrant des tirs sur des manifestants à Conakry.",
     ["gov/GN Denial -"], ["gov/GN Condemnation -"]),
    ("fr-disinformation", "fr",
     "Le porte-parole du gouvernement tchadien a condamné une « campagne de désinformation » sur la répression à N'Djamena.",
     ["gov/TD Denial -"], ["gov/TD Condemnation -"]),
    ("control-fr-abuse", "fr",
     "Le gouvernement sénégalais a dénoncé les violences commises contre des journalistes à Dakar.",
     ["gov/SN Condemnation -"], ["gov/SN Denial -"]),
    ("control-fr-charge-false-news", "fr",
     "La France a dénoncé l'arrestation de trois journalistes accusés de diffuser de fausses nouvelles à Niamey.",
     ["gov/FR Condemnation -"], ["gov/FR Denial -"]),
    # ------------------------------------------------------------------ English
    ("en-fabricated-as", "en",
     "Ethiopia's government denounced the report as \"fabricated\" after the killings of civilians in Axum.",
     ["gov/ET Denial -"], ["gov/ET Condemnation -"]),
    ("en-baseless-allegations", "en",
     "The Egyptian foreign ministry condemned what it called \"baseless allegations\" of torture in Cairo prisons.",
     ["gov/EG Denial -"], ["gov/EG Condemnation -"]),
    ("en-fake-news", "en",
     "Rwanda's government spokeswoman decried \"fake news\" about the killings of refugees in Kigali.",
     ["gov/RW Denial -"], ["gov/RW Condemnation -"]),
    ("en-lies", "en",
     "The Burundian government slammed the \"lies\" of the UN commission about abuses in Bujumbura.",
     ["gov/BI Denial -"], ["gov/BI Condemnation -"]),
    ("control-en-abuse", "en",
     "Canada condemned the killing of protesters in Khartoum and called for an investigation.",
     ["gov/CA Condemnation -"], ["gov/CA Denial -"]),
    ("control-en-charged-false-information", "en",
     "Germany condemned the jailing of a blogger charged with spreading false information in Minsk.",
     ["gov/DE Condemnation -"], ["gov/DE Denial -"]),
    # ------------------------------------------------------------------ Arabic
    ("ar-fabricated-videos", "ar",
     "ونددت حكومة بوركينا فاسو بما وصفتها بـ\"الفيديوهات المفبركة\" عن قتل مدنيين في جيبو.",
     ["gov/BF Denial -"], ["gov/BF Condemnation -"]),
    ("ar-false-claims", "ar",
     "واستنكرت وزارة الخارجية المصرية \"الادعاءات الكاذبة\" الواردة في التقرير بشأن التعذيب في السجون.",
     ["gov/EG Denial -"], ["gov/EG Condemnation -"]),
    ("ar-theatre", "ar",
     "وأدانت وزارة الدفاع الروسية ما وصفته بـ\"المسرحية\" في بوتشا.",
     ["gov/RU Denial -"], ["gov/RU Condemnation -"]),
    ("ar-lies", "ar",
     "ونددت الحكومة السودانية بـ\"الأكاذيب\" التي تضمنها تقرير لجنة التحقيق بشأن الانتهاكات في دارفور.",
     ["gov/SD Denial -"], ["gov/SD Condemnation -"]),
    ("control-ar-abuse", "ar",
     "وأدانت وزارة الخارجية الأردنية قتل المتظاهرين في الخرطوم.",
     ["gov/JO Condemnation -"], ["gov/JO Denial -"]),
    ("control-ar-charge-false-news", "ar",
     "وأدانت فرنسا اعتقال صحفيين بتهمة نشر أخبار كاذبة في نيامي.",
     ["gov/FR Condemnation -"], ["gov/FR Denial -"]),
]

XFAIL = {
    "fr-disinformation": "a lexicon phrase ('condamné une campagne de') types the cue Rejection",
}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_denounced_falsehood(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
