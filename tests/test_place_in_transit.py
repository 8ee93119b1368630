"""The place of a situation where people on the move are harmed: where it happens (the
sea off Greece, the Saudi border), not the country the migrants or refugees come from;
but what refugees fled stays the place when the sentence says they fled. Sentences
written for this test (the class was found on blind8/blind9 after their one measurement)."""

import pytest

from extraction_helpers import country_facts

CASES = [
    ("en", "At least 600 Pakistani and Syrian migrants drowned when their boat sank off the coast of "
           "Greece. Amnesty International called for an independent investigation.",
     ("org/amnesty-international", "Demand", "GR")),
    ("en", "Saudi border guards shot dead dozens of Ethiopian migrants trying to cross into Saudi "
           "Arabia. Human Rights Watch condemned the killings.",
     ("org/human-rights-watch", "Condemnation", "SA")),
    ("fr", "Plus de 500 migrants pakistanais ont péri dans le naufrage d'un chalutier au large de la "
           "Grèce. Le HCR a demandé une enquête indépendante.",
     ("org/united-nations", "Demand", "GR")),
    ("fr", "Des gardes-frontières saoudiens ont tué des dizaines de migrants éthiopiens à la frontière. "
           "Human Rights Watch a dénoncé ces meurtres.",
     ("org/human-rights-watch", "Condemnation", "SA")),
    ("ar", "غرق مئات المهاجرين الباكستانيين قبالة سواحل اليونان، وطالبت منظمة العفو الدولية بتحقيق مستقل.",
     (None, None, "GR")),
    ("ar", "قتل حرس الحدود السعوديون عشرات المهاجرين الإثيوبيين على الحدود، وأدانت هيومن رايتس ووتش "
           "عمليات القتل.",
     ("org/human-rights-watch", "Condemnation", "SA")),
    # what refugees fled stays the place
    ("en", "Thousands of Syrian refugees fled to Turkey after the bombing of Idlib. Germany pledged aid "
           "to the refugees.", ("gov/DE", "Support", "SY")),
    ("fr", "Des milliers de réfugiés soudanais ont fui vers le Tchad après les massacres au Darfour. "
           "La France a condamné les tueries.", ("gov/FR", "Condemnation", "SD")),
    ("ar", "فر آلاف اللاجئين السودانيين إلى تشاد بعد المجازر في دارفور، وأدانت فرنسا عمليات القتل.",
     ("gov/FR", "Condemnation", "SD")),
]


@pytest.mark.parametrize("lang, text, want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_place_of_people_harmed_on_the_move(lang, text, want):
    got = country_facts(text, lang)
    agent, rtype, place = want
    if agent is None:       # the agent is not this test's class: only the place
        assert got and {p for _, _, p in got} == {place}, sorted(got)
    else:
        assert want in got, sorted(got)
