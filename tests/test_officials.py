"""Officials named without a title act for their government or organisation.

News often names a head of state, a minister or an agency head by name alone ("Félix
Tshisekedi a dénoncé ...", "ندد أحمد أبو الغيط ..."), and then by surname alone. The act is
the principal's (the government, the IGO) when the person is in ``people.tsv``. Sentences
are our own, in ar/fr/en, with officials, countries and wordings not taken from any test
document. UN agencies (UNHCR, UNRWA, WHO) have the United Nations as principal.
"""

import pytest

from extraction_helpers import facts
from rightsgraph.loaders.gazetteer import get_gazetteer

# (lang, text, principal, type)
CASES = [
    # French: full name without title
    ("fr", "Félix Tshisekedi a dénoncé mardi les exécutions sommaires commises dans l'Ituri.",
     "gov/CD", "Condemnation"),
    ("fr", "Recep Tayyip Erdogan a condamné l'attaque contre une mosquée à Christchurch.",
     "gov/TR", "Condemnation"),
    ("fr", "Nasser Bourita a rejeté les accusations d'espionnage visant des journalistes.",
     "gov/MA", "Denial"),
    ("fr", "Ahmed Attaf a appelé à la libération immédiate des otages détenus au Mali.",
     "gov/DZ", "Demand"),
    ("fr", "Antonio Tajani a convoqué l'ambassadeur égyptien après la condamnation de l'étudiant.",
     "gov/IT", "DiplomaticAction"),
    ("fr", "Pedro Sánchez a condamné les violences policières contre les migrants à Melilla.",
     "gov/ES", "Condemnation"),
    ("fr", "Ousmane Sonko a dénoncé les violences policières contre les manifestants à Dakar.",
     "gov/SN", "Condemnation"),
    ("fr", "Mohamed Bazoum a condamné le massacre de civils à Tillabéri.",
     "gov/NE", "Condemnation"),
    # French: surname alone after a first full mention
    ("fr", "Annalena Baerbock s'est rendue à Kiev. Baerbock a exigé la fin des déportations "
           "d'enfants.", "gov/DE", "Demand"),
    ("fr", "Gérald Darmanin a annoncé l'expulsion de plusieurs imams. Darmanin a ordonné "
           "l'ouverture d'une enquête.", "gov/FR", "Investigation"),
    ("fr", "Aziz Akhannouch a reçu les familles des victimes. Akhannouch a annoncé l'ouverture "
           "d'une enquête indépendante.", "gov/MA", "Investigation"),
    # English: full name without title
    ("en", "Naftali Bennett rejected the UN inquiry into the Gaza war.", "gov/IL", "Rejection"),
    ("en", "Narendra Modi condemned the attack on pilgrims in Jammu.", "gov/IN", "Condemnation"),
    ("en", "Keir Starmer called for the release of the British aid workers detained in Iran.",
     "gov/GB", "Demand"),
    ("en", "William Ruto ordered an investigation into the killing of protesters in Nairobi.",
     "gov/KE", "Investigation"),
    ("en", "Ahmed Aboul Gheit condemned the storming of the Al-Aqsa mosque.",
     "org/arab-league", "Condemnation"),
    ("en", "Filippo Grandi urged European states to stop pushbacks of asylum seekers.",
     "org/united-nations", "Demand"),
    ("en", "Philippe Lazzarini denounced the killing of relief workers in Gaza.",
     "org/united-nations", "Condemnation"),
    ("en", "Jonas Gahr Støre condemned the death sentence handed to the Norwegian citizen.",
     "gov/NO", "Condemnation"),
    ("en", "Volodymyr Zelensky accused Russian forces of torturing civilians in Bucha.",
     "gov/UA", "Accusation"),
    # English: surname alone after a first full mention
    ("en", "Claudia Sheinbaum visited Culiacán on Friday. Sheinbaum condemned the murder of the "
           "journalist.", "gov/MX", "Condemnation"),
    ("en", "Mohammed Shia al-Sudani met the families in Basra. Al-Sudani ordered an inquiry into "
           "the deaths of the demonstrators.", "gov/IQ", "Investigation"),
    ("en", "Kyriakos Mitsotakis spoke in Athens. Mitsotakis rejected the allegations of "
           "pushbacks at sea.", "gov/GR", "Denial"),
    # Arabic: full name without title
    ("ar", "وأدان ناصر بوريطة الهجوم على المدنيين في غزة.", "gov/MA", "Condemnation"),
    ("ar", "ندد أحمد أبو الغيط باقتحام المسجد الأقصى.", "org/arab-league", "Condemnation"),
    ("ar", "وطالب عبد المجيد تبون بالإفراج عن المعتقلين في فلسطين.", "gov/DZ", "Demand"),
    ("ar", "وأدان أيمن الصفدي قتل الصحفيين في غزة.", "gov/JO", "Condemnation"),
    ("ar", "ورفض عبد الحميد الدبيبة اتهامات منظمة العفو الدولية بتعذيب المهاجرين.",
     "gov/LY", "Rejection"),
    ("ar", "دعا فيصل بن فرحان إلى وقف فوري لإطلاق النار في السودان.", "gov/SA", "Demand"),
    ("ar", "وندد إيمانويل ماكرون بإعدام المتظاهرين في إيران.", "gov/FR", "Condemnation"),
    ("ar", "ودعا فيليبو غراندي الدول الأوروبية إلى وقف عمليات الإعادة القسرية للمهاجرين.",
     "org/united-nations", "Demand"),
    ("ar", "وانتقد إيتمار بن غفير قرار المحكمة بالإفراج عن الأسرى.", "gov/IL", "Condemnation"),
    # Arabic: surname alone after a first full mention
    ("ar", "التقى محمد شياع السوداني عائلات الضحايا في البصرة، وأمر السوداني بفتح تحقيق.",
     "gov/IQ", "Investigation"),
    ("ar", "وصل رجب طيب أردوغان إلى أنقرة، وأدان أردوغان حرق نسخة من المصحف في ستوكهولم.",
     "gov/TR", "Condemnation"),
    ("ar", "استقبل عزيز أخنوش أسر الضحايا، وطالب أخنوش بمحاسبة المسؤولين عن الحادث.",
     "gov/MA", "Demand"),
    ("ar", "زار نجيب ميقاتي مرفأ بيروت، وطالب ميقاتي بكشف الحقيقة كاملة.", "gov/LB", "Demand"),
]


@pytest.mark.parametrize("lang,text,principal,rtype", CASES)
def test_untitled_official_acts_for_principal(lang, text, principal, rtype):
    assert (principal, rtype) in facts(text, lang)


# (lang, text, principal that must NOT appear): a bare surname with nothing naming the
# official's state or organisation, nor the full name, is not enough.
NEGATIVES = [
    ("en", "Bourita, a shopkeeper from the old town, condemned the arrests.", "gov/MA"),
    ("fr", "Un commerçant nommé Attaf a dénoncé les arrestations.", "gov/DZ"),
]


@pytest.mark.parametrize("lang,text,principal", NEGATIVES)
def test_bare_surname_without_context_is_no_official(lang, text, principal):
    assert all(p != principal for p, _t in facts(text, lang))


_CARRIER = {"en": "On Monday {} said this.", "fr": "Lundi, {} a déclaré cela.",
            "ar": "وقال {} إن ذلك صحيح."}


def test_every_person_is_found_by_each_of_its_names():
    """Each en/fr/ar name of people.tsv finds that person (no other entry, a capital or
    another person, takes the name), and each person's principal is a known actor."""
    gz = get_gazetteer()
    missing = []
    for key, row in gz.people.items():
        for lang, carrier in _CARRIER.items():
            name = row.get(lang)
            if name and key not in [m.key for m in gz.find(carrier.format(name), lang)]:
                missing.append((key, lang, name))
        rep = row.get("represents")
        if rep:
            assert gz.actor(rep) is not None, key
    assert missing == []


# "Brussels" as an actor is the EU when its sentence names the EU, an EU institution or an EU
# official; otherwise it stays Belgium's government (a seat of government used as metonym).
BRUSSELS = [
    ("ar", "وأدانت بروكسل باسم الاتحاد الأوروبي اعتقال الناشطين في مصر.",
     "org/european-union", "Condemnation"),
    ("ar", "ودعت بروكسل، على لسان المفوضية الأوروبية، إلى الإفراج عن الصحفيين المعتقلين في "
           "جورجيا.", "org/european-union", "Demand"),
    ("ar", "وقالت أورسولا فون دير لاين إن بروكسل تدين قمع المتظاهرين في تبليسي.",
     "org/european-union", "Condemnation"),
    ("fr", "Selon Kaja Kallas, Bruxelles condamne fermement la répression des manifestants à "
           "Tbilissi.", "org/european-union", "Condemnation"),
    ("en", "Brussels demanded the release of the detained reporters, Kaja Kallas said on Monday.",
     "org/european-union", "Demand"),
    ("ar", "وأدانت بروكسل اعتقال الناشطين في مصر.", "gov/BE", "Condemnation"),
    ("en", "Brussels condemned the arrest of the Belgian aid worker in Tehran.",
     "gov/BE", "Condemnation"),
]


@pytest.mark.parametrize("lang,text,principal,rtype", BRUSSELS)
def test_brussels_is_the_eu_only_next_to_the_eu(lang, text, principal, rtype):
    assert (principal, rtype) in facts(text, lang)


def test_metonymic_seats_of_government():
    """Seats of government named as actors resolve to their government."""
    cases = [("en", "Foggy Bottom condemned the arrest of activists in Egypt.", "gov/US"),
             ("en", "Zhongnanhai rejected the criticism of its policies in Tibet.", "gov/CN"),
             ("fr", "Matignon a condamné l'arrestation des militants.", "gov/FR"),
             ("fr", "Le Quai d'Orsay a condamné l'arrestation des militants en Égypte.", "gov/FR"),
             ("ar", "وأدان الكرملين اعتقال الناشطين في مصر.", "gov/RU"),
             ("ar", "وأدان البيت الأبيض اعتقال الناشطين في مصر.", "gov/US")]
    for lang, text, principal in cases:
        assert principal in {p for p, _t in facts(text, lang)}, text
