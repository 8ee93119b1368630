"""Sentence bank of the main place when a state's own authorities use force (round 6b, E1).

A government or its authorities said to detain, arrest or raid ("Kuwaiti authorities
detained ...", "les autorités tunisiennes ont arrêté ...", "اعتقلت السلطات الليبية ...") act on
their own soil: their country is where the situation is, even when the victims are foreigners
whose nationality is named more often ("Nepali workers", "each Nepali victim") and whose home
government answers (repatriation, relief payments, a summoned ambassador). Not when a court or
prosecutor tries a foreigner (universal jurisdiction, see test_main_place_bank.py).

Each case names the responders whose facts must all carry the place (country code), so the
case checks the place whatever types the other rules find.
"""

import pytest

from extraction_helpers import bank_params, placed

CASES = [
    ("en_qatar_nepali_workers", "en",
     "Qatar detains recruiters after Nepali workers die in labour camp blaze\n\n"
     "DOHA - Qatari authorities detained two recruitment agents and a site manager on Monday "
     "after a fire swept through a labour camp, killing 12 Nepali workers. The Nepali government "
     "said it would repatriate the bodies and pay compensation to the family of each Nepali "
     "victim. Nepali officials in Kathmandu said the embassy was in contact with survivors. "
     "Amnesty International urged Qatar to protect migrant workers.",
     "QA", ["org/amnesty-international"]),
    ("en_malaysia_bangladeshi_raid", "en",
     "Malaysia detains hundreds of Bangladeshi migrants in dawn raids\n\n"
     "KUALA LUMPUR - Malaysian authorities arrested 600 Bangladeshi migrants in raids on "
     "construction sites, officials said on Tuesday. Bangladeshi diplomats visited the detainees "
     "and the Bangladeshi government said it was seeking their release. Human Rights Watch "
     "condemned the raids.",
     "MY", ["org/human-rights-watch"]),
    ("en_lebanon_syrian_refugees_arrests", "en",
     "Lebanese army arrests Syrian refugees in camp raids\n\n"
     "BEIRUT - The Lebanese army detained dozens of Syrian refugees during raids on informal "
     "camps, aid workers said. Syrian officials in Damascus said the Syrian government was "
     "following the case of the Syrian detainees. Amnesty International condemned the arrests.",
     "LB", ["org/amnesty-international"]),
    ("en_saudi_egyptian_pilgrims", "en",
     "Saudi Arabia arrests Egyptian workers over protest at unpaid wages\n\n"
     "RIYADH - Saudi authorities detained 40 Egyptian workers who had protested over months of "
     "unpaid wages, their relatives said. Egypt's government said Egyptian consular staff were "
     "following the case of the Egyptian workers. Human Rights Watch urged Saudi Arabia to "
     "release them.",
     "SA", ["org/human-rights-watch"]),
    ("fr_tunisie_migrants_ivoiriens", "fr",
     "Tunisie : des dizaines de migrants ivoiriens arrêtés à Sfax\n\n"
     "TUNIS - Les autorités tunisiennes ont arrêté des dizaines de migrants ivoiriens lors de "
     "descentes dans des logements, selon des associations. Le gouvernement ivoirien a annoncé "
     "le rapatriement des ressortissants ivoiriens et une aide aux familles ivoiriennes. Amnesty "
     "International a dénoncé ces arrestations.",
     "TN", ["org/amnesty-international"]),
    ("fr_mauritanie_maliens_detenus", "fr",
     "Des travailleurs maliens détenus en Mauritanie\n\n"
     "NOUAKCHOTT - Les autorités mauritaniennes ont interpellé une centaine de travailleurs "
     "maliens sur des chantiers. Le gouvernement malien a convoqué l'ambassadeur et les autorités "
     "maliennes ont promis une assistance aux familles maliennes. Human Rights Watch a condamné "
     "ces interpellations.",
     "MR", ["org/human-rights-watch"]),
    ("fr_liban_refugies_syriens", "fr",
     "Liban : l'armée arrête des réfugiés syriens\n\n"
     "BEYROUTH - L'armée libanaise a arrêté des dizaines de réfugiés syriens lors de raids dans "
     "des camps, selon des humanitaires. Des responsables syriens ont indiqué que le gouvernement "
     "syrien suivait le dossier des détenus syriens. Amnesty International a condamné ces "
     "arrestations.",
     "LB", ["org/amnesty-international"]),
    ("fr_algerie_nigeriens", "fr",
     "Algérie : des ouvriers nigériens arrêtés après un incendie\n\n"
     "ALGER - Les autorités algériennes ont arrêté des ouvriers nigériens après un incendie "
     "meurtrier dans un foyer de travailleurs. Le gouvernement nigérien a annoncé une aide aux "
     "familles nigériennes des victimes. Amnesty International a dénoncé ces arrestations.",
     "DZ", ["org/amnesty-international"]),
    ("ar_libya_egyptian_workers", "ar",
     "ليبيا: اعتقال عشرات العمال المصريين في طرابلس\n\n"
     "طرابلس - اعتقلت السلطات الليبية عشرات العمال المصريين في مداهمات لمساكنهم، بحسب ذويهم. "
     "وقالت الحكومة المصرية إنها تتابع أوضاع المواطنين المصريين المحتجزين وستقدم مساعدات لأسر "
     "العمال المصريين. وأدانت منظمة العفو الدولية الاعتقالات.",
     "LY", ["org/amnesty-international"]),
    ("ar_lebanon_syrian_refugees", "ar",
     "الجيش اللبناني يعتقل لاجئين سوريين\n\n"
     "بيروت - اعتقل الجيش اللبناني عشرات اللاجئين السوريين خلال مداهمات لمخيمات في البقاع. "
     "وقال مسؤولون سوريون إن الحكومة السورية تتابع قضية المعتقلين السوريين. وأدانت منظمة العفو "
     "الدولية الاعتقالات.",
     "LB", ["org/amnesty-international"]),
    ("ar_saudi_yemeni_workers", "ar",
     "السعودية تعتقل عمالا يمنيين\n\n"
     "الرياض - اعتقلت السلطات السعودية عشرات العمال اليمنيين في حملة على المخالفين، بحسب "
     "أقاربهم. وقالت الحكومة اليمنية إنها تتابع أوضاع العمال اليمنيين المحتجزين. وطالبت منظمة "
     "هيومن رايتس ووتش السعودية بالإفراج عنهم.",
     "SA", ["org/human-rights-watch"]),
    ("ar_jordan_syrian_workers", "ar",
     "الأردن يوقف عمالا سوريين\n\n"
     "عمان - أوقفت السلطات الأردنية عشرات العمال السوريين في مداهمات لمزارع. وقالت الحكومة "
     "السورية إنها تتابع أوضاع المواطنين السوريين. وأدانت منظمة العفو الدولية التوقيفات.",
     "JO", ["org/amnesty-international"]),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang, text, place, agents", bank_params(CASES, XFAIL))   # (id, lang, text, place, agents)
def test_forceful_state_place(lang, text, place, agents):
    got = placed(text, lang)
    for agent in agents:
        mine = {(p or "").removeprefix("place/").split("-")[0] for a, _, p in got if a == agent}
        assert mine, f"no fact of {agent}; got {sorted(got, key=str)}"
        assert mine == {place}, f"{agent} placed {sorted(mine, key=str)}, want {place}"
