"""Bank: groups that act, keyed as the gold keys them (round 10, helper H5).

Mechanisms. (1) A group is keyed by the country of the event it acts in
(``group/<ISO of event>/<slug>``, tests/blind3/README.md): people living in a country not
their own (refugees, migrants, relatives of such people) named with their nationality are the
host country's (loaders/group_places.py); a diaspora and prisoners held abroad keep theirs.
(2) Arabic group nouns in their feminine plural ("المحتجات", "سجينات سياسيات", "الصحفيات")
and relatives named by a bare kin noun in French and English ("des épouses et des mères de
soldats", "wives and mothers of ...") (lang/ar/groups.tsv, loaders/kin_crowds.py).
(3) A rally's purpose of denouncing ("marched to denounce", "pour dénoncer", "منددين") is no
``Condemnation`` of the crowd; a group's own statement is (loaders/rally_condemnations.py).
Actors, places and wording are this bank's own.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # --- (1) people living in another country act in the host country's story ---
    ("en-refugees-in-host-country", "en", "Egyptian police deported dozens of Sudanese refugees last week. On "
     "Sunday, about fifty Sudanese refugees gathered outside the UNHCR office in Giza, demanding faster "
     "registration.",
     ["group/EG/refugees Demonstration EG"], ["group/SD/refugees Demonstration EG"]),
    ("ar-refugees-in-host-country", "ar", "رحلت السلطات المصرية عشرات اللاجئين السودانيين الأسبوع الماضي. وتجمع "
     "عشرات اللاجئين السودانيين أمام مكتب المفوضية في القاهرة، مطالبين بوقف الترحيل.",
     ["group/EG/refugees Demonstration EG", "group/EG/refugees Demand EG"], ["group/SD/refugees Demand EG"]),
    ("ar-migrants-in-host-country", "ar", "احتجزت سلطات الحوثيين مئات المهاجرين في صنعاء. وتجمع مئات المهاجرين "
     "الإثيوبيين أمام مقر المفوضية في صنعاء للمطالبة بالإفراج عن زملائهم.",
     ["group/YE/migrants Demonstration YE"], ["group/ET/migrants Demonstration YE"]),
    ("en-diaspora-keeps-its-country", "en", "Iran executed a dissident on Monday. In London, dozens of Iranian "
     "exiles rallied outside the Iranian embassy.",
     ["group/IR/diaspora Demonstration IR"], []),
    # --- (2) Arabic feminine plurals of group nouns ---
    ("ar-female-prisoners-hunger-strike", "ar", "أصدرت محكمة إيرانية حكما بالإعدام على ناشطة كردية. وأعلنت سجينات "
     "سياسيات في سجن إيفين إضرابا عن الطعام تضامنا معها.",
     ["group/IR/prisoners Demonstration IR"], []),
    ("ar-female-journalists-sit-in", "ar", "قضت محكمة مغربية بسجن صحفية عامين. ونظمت عشرات الصحفيات وقفة احتجاجية "
     "أمام البرلمان في الرباط.",
     ["group/MA/journalists Demonstration MA"], []),
    ("ar-female-protesters", "ar", "انسحبت الحكومة التركية من الاتفاقية ليلا. وتجمعت المحتجات في ساحة وسط أنقرة "
     "يوم الأحد.",
     ["group/TR/protesters Demonstration TR"], []),
    # --- (2) relatives named by a bare kin noun ---
    ("fr-epouses-et-meres", "fr", "Trois soldats ivoiriens sont détenus à Bamako depuis juillet. À Abidjan, des "
     "épouses et des mères de soldats se sont rassemblées devant l'état-major des armées.",
     ["group/ML/families Demonstration ML"], []),
    ("en-wives-and-mothers", "en", "A Turkish court jailed twelve army officers for life on Tuesday. Wives and "
     "mothers of the jailed officers held a vigil outside the court in Ankara.",
     ["group/TR/families Demonstration TR"], []),
    # --- (3) what a rally denounces is its purpose, not the crowd's Condemnation ---
    ("en-rally-to-denounce", "en", "Soldiers seized power in Conakry on Sunday and detained the president. Hundreds "
     "of protesters took to the streets of Conakry on Monday to denounce the military takeover.",
     ["group/GN/protesters Demonstration GN"], ["group/GN/protesters Condemnation GN"]),
    ("fr-rassemblement-pour-denoncer", "fr", "La police a arrêté trois syndicalistes à Lomé mardi. Plusieurs centaines "
     "d'enseignants ont manifesté mercredi à Lomé pour dénoncer ces arrestations.",
     ["group/TG/teachers Demonstration TG"], ["group/TG/teachers Condemnation TG"]),
    ("ar-rally-denouncing", "ar", "قصفت طائرات حربية سوقا شعبية في مدينة الحديدة اليمنية. وخرج آلاف المتظاهرين في "
     "الحديدة يوم السبت منددين بالغارة.",
     ["group/YE/protesters Demonstration YE"], ["group/YE/protesters Condemnation YE"]),
    ("en-opposition-statement-kept", "en", "Police in Nairobi arrested two opposition lawmakers on Tuesday. Opposition "
     "leaders condemned the arrests as an attack on democracy.",
     ["group/KE/opposition Condemnation KE"], []),
]

XFAIL = {
}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_groups_r10_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
