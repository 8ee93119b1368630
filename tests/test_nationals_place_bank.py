"""Sentence bank of the main place when the victims' nationality is named (round 7, G7).

A demonym qualifying a person noun ("a Sri Lankan woman", "attacks on Chinese citizens",
"des ressortissants chinois", "une femme sri-lankaise", "مواطنين صينيين") says whose nationals
the victims are, not where it happened: the place is where they are held, die or are
attacked. Controls: the victims' nationality IS the place ("an Iranian woman died in the
custody of Tehran's morality police"). Also: East Jerusalem and its neighbourhoods are the
occupied Palestinian territory (PS), whoever's police acts there.

Each case names the responders whose facts must all carry the place (country code).
"""

import pytest

from extraction_helpers import bank_params, check_main_place
from rightsgraph.loaders.nationals import names_nationals

CASES = [
    ("en_uae_filipino_maid_death", "en",
     "Filipino maid dies in Dubai police custody\n\n"
     "DUBAI - A 29-year-old Filipino woman died in a police cell in Dubai last week, days after "
     "she was detained over a dispute with her employer. Filipino diplomats said they had not "
     "been allowed to visit her. Human Rights Watch called for an independent investigation "
     "into her death in custody.",
     "AE", ["org/human-rights-watch"]),
    ("en_kenya_attacks_on_chinese_citizens", "en",
     "Kenya: traders riot in Nairobi market\n\n"
     "NAIROBI - Hundreds of traders rioted in a Nairobi market on Monday, looting shops and "
     "attacking Chinese citizens they accuse of undercutting them. Police fired tear gas to "
     "disperse the crowd. Amnesty International condemned the attacks on Chinese nationals "
     "and urged the police to show restraint.",
     "KE", ["org/amnesty-international"]),
    ("en_control_iranian_woman", "en",
     "Iranian woman dies in custody of Tehran morality police\n\n"
     "TEHRAN - A 24-year-old Iranian woman died on Friday, three days after she was detained by "
     "the morality police in Tehran. Iranian authorities said she had a heart attack. Amnesty "
     "International condemned her death in custody.",
     "IR", ["org/amnesty-international"]),
    ("en_east_jerusalem_demolitions", "en",
     "Families evicted in East Jerusalem's Silwan\n\n"
     "Israeli police evicted three Palestinian families from their homes in Silwan, in occupied "
     "East Jerusalem, on Wednesday. The Israeli authorities say the houses were built without "
     "permits. Human Rights Watch condemned the evictions.",
     "PS", ["org/human-rights-watch"]),
    ("fr_liban_travailleuse_ethiopienne", "fr",
     "Une travailleuse éthiopienne meurt en détention à Beyrouth\n\n"
     "BEYROUTH - Une femme éthiopienne de 31 ans est morte dans un centre de détention de "
     "Beyrouth, où elle était détenue depuis trois mois. Des ressortissants éthiopiens se sont "
     "rassemblés devant le consulat. Amnesty International a condamné sa mort en détention.",
     "LB", ["org/amnesty-international"]),
    ("fr_afrique_du_sud_ressortissants", "fr",
     "Afrique du Sud : violences contre des commerçants à Johannesburg\n\n"
     "JOHANNESBURG - Des émeutiers ont pillé des boutiques à Johannesburg et agressé des "
     "ressortissants nigérians, selon la police. Human Rights Watch a condamné les violences "
     "contre des ressortissants nigérians et appelé les autorités à protéger les étrangers.",
     "ZA", ["org/human-rights-watch"]),
    ("fr_controle_femme_egyptienne", "fr",
     "Égypte : une femme égyptienne condamnée à mort au Caire\n\n"
     "LE CAIRE - Un tribunal du Caire a condamné à mort une femme égyptienne de 40 ans. Amnesty "
     "International a condamné la sentence.",
     "EG", ["org/amnesty-international"]),
    ("fr_jerusalem_est_expulsions", "fr",
     "Expulsions à Cheikh Jarrah\n\n"
     "La police israélienne a expulsé une famille palestinienne de sa maison du quartier de "
     "Cheikh Jarrah, à Jérusalem-Est, mardi. Amnesty International a condamné l'expulsion.",
     "PS", ["org/amnesty-international"]),
    ("ar_saudi_sri_lankan_worker", "ar",
     "وفاة عاملة سريلانكية في مركز احتجاز بالرياض\n\n"
     "الرياض - توفيت امرأة سريلانكية تبلغ من العمر 30 عاماً في مركز احتجاز في الرياض بعد أسابيع "
     "من توقيفها. ودعت منظمة العفو الدولية إلى تحقيق مستقل في وفاتها.",
     "SA", ["org/amnesty-international"]),
    ("ar_attacks_on_chinese_citizens", "ar",
     "أعمال شغب في لوساكا\n\n"
     "لوساكا - هاجم مئات المحتجين متاجر في لوساكا واعتدوا على مواطنين صينيين، بحسب الشرطة "
     "الزامبية. وأدانت منظمة هيومن رايتس ووتش الاعتداءات على المواطنين الصينيين.",
     "ZM", ["org/human-rights-watch"]),
    ("ar_east_jerusalem_arrests", "ar",
     "اعتقالات في القدس الشرقية\n\n"
     "اعتقلت الشرطة الإسرائيلية عشرة شبان في حي سلوان بالقدس الشرقية المحتلة. وأدانت منظمة "
     "العفو الدولية الاعتقالات.",
     "PS", ["org/amnesty-international"]),
    ("ar_control_egyptian_citizens", "ar",
     "مصر: اعتقال مواطنين مصريين في القاهرة\n\n"
     "القاهرة - اعتقلت قوات الأمن المصرية عشرات المواطنين المصريين في القاهرة. وأدانت منظمة العفو "
     "الدولية الاعتقالات.",
     "EG", ["org/amnesty-international"]),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang, text, place, agents", bank_params(CASES, XFAIL))   # (id, lang, text, place, agents)
def test_nationals_place(lang, text, place, agents):
    check_main_place(text, lang, place, agents, country=True)


@pytest.mark.parametrize("lang, text, demonym, national", [
    ("en", "attacks on Chinese citizens", "Chinese", True),
    ("en", "a Sri Lankan woman who died", "Sri Lankan", True),
    ("en", "the Chinese crackdown", "Chinese", False),
    ("fr", "des ressortissants chinois", "chinois", True),
    ("fr", "la répression chinoise", "chinoise", False),
    ("ar", "مواطنين صينيين", "صينيين", True),
    ("ar", "القمع الصيني", "الصيني", False),
])
def test_names_nationals(lang, text, demonym, national):
    start = text.index(demonym)
    assert names_nationals(text, start, start + len(demonym), lang) is national
