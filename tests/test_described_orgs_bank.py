"""Bank: organisations introduced by what they are (French, English; Arabic partly as strict xfails).

Written for extraction round 6b (helper E2): "the investigative consortium X", "the news site
X", "the London-based campaign group X" (a name holding a place), "le site d'investigation X",
"l'entreprise X", "صحيفة X". The gazetteer does not know these names; the descriptor noun
makes them organisations, and the act is theirs, not the host government's. No sentence is
copied from a test document; the names are invented or real but absent from the gazetteer.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ---- English
    ("en-news-website", "en",
     "Police in Conakry arrested three journalists on Monday. The news website Guinee Matin condemned the "
     "arrests as an attack on press freedom.",
     ["org/guinee-matin Condemnation GN"], ["gov/GN Condemnation GN"]),
    ("en-consortium", "en",
     "Security forces in Lusaka detained two reporters on Friday. The investigative consortium Copper Files "
     "denounced the detentions and demanded their release.",
     ["org/copper-files Condemnation ZM"], ["gov/ZM Condemnation ZM"]),
    ("en-name-with-place", "en",
     "Police in Bangkok charged six activists under the royal insult law on Tuesday. The London-based "
     "campaign group Thailand Watch condemned the charges.",
     ["org/thailand-watch Condemnation TH"], ["gov/TH Condemnation TH"]),
    ("en-company", "en",
     "Police in Lima evicted dozens of farmers from land near the mine on Wednesday. The mining company "
     "Andes Copper welcomed the operation.",
     ["org/andes-copper Support PE"], ["gov/PE Support PE"]),
    ("en-newspaper-place-alone", "en",
     "Police in Nairobi arrested four bloggers on Sunday. The newspaper Kenya condemned.",
     [], ["org/kenya Condemnation KE"]),
    # ---- French
    ("fr-site-investigation", "fr",
     "La police a arrêté trois journalistes à Kinshasa lundi. Le site d'investigation Congo Verité a "
     "dénoncé ces arrestations.",
     ["org/congo-verite Condemnation CD"], ["gov/CD Condemnation CD"]),
    ("fr-consortium", "fr",
     "Les forces de sécurité ont interpellé deux reporters à Bamako vendredi. Le consortium Sahel Papers "
     "a condamné ces interpellations et réclamé leur libération.",
     ["org/sahel-papers Condemnation ML"], ["gov/ML Condemnation ML"]),
    ("fr-media-en-ligne", "fr",
     "La gendarmerie a placé un blogueur en garde à vue à Dakar mardi. Le média en ligne Senego Investigations "
     "a dénoncé une arrestation arbitraire.",
     ["org/senego-investigations Condemnation SN"], ["gov/SN Condemnation SN"]),
    ("fr-entreprise", "fr",
     "La police a délogé des paysans qui bloquaient l'accès à une mine près de Kédougou lundi. L'entreprise "
     "Falémé Gold a salué l'intervention des forces de l'ordre.",
     ["org/faleme-gold Support SN"], ["gov/SN Support SN"]),
    # ---- Arabic (the quoted unknown media names are not read yet)
    ("ar-newspaper", "ar",
     "اعتقلت الشرطة ثلاثة صحفيين في الجزائر يوم الاثنين. وأدانت صحيفة «الفجر الجديد» هذه الاعتقالات.",
     [], ["gov/DZ Condemnation DZ"]),
    ("ar-website", "ar",
     "اعتقلت قوات الأمن مدوّنين في تونس يوم الجمعة. وندد موقع «نواة» الإخباري بهذه الاعتقالات.",
     [], ["gov/TN Condemnation TN"]),
    ("ar-consortium", "ar",
     "احتجزت السلطات صحفيَّين في بغداد يوم الثلاثاء. وأدان تحالف «ملفات الرافدين» الصحفي احتجازهما.",
     [], ["gov/IQ Condemnation IQ"]),
    ("ar-company", "ar",
     "فرقت الشرطة اعتصاماً لعمال منجم قرب أسوان يوم الأحد. ورحبت شركة «النيل للتعدين» بتدخل قوات الأمن.",
     [], ["gov/EG Support EG"]),
]

XFAIL = {
    "ar-newspaper": "Arabic media named after a descriptor are not read (the host government takes the act)",
    "ar-website": "Arabic media named after a descriptor are not read (the host government takes the act)",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_described_orgs(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
