"""Behaviour tests for the extractor (loaders/extract.py and friends).

Every sentence here is written for the test (not copied from the seeds or the corpus).
"""

from __future__ import annotations

import pytest

from rightsgraph.loaders.documents import document_from_text
from rightsgraph.loaders.evaluate import principal
from rightsgraph.loaders.extract import extract
from rightsgraph.loaders.model import Extraction
from rightsgraph.loaders.quantities import find_date, find_quantities


def run(text, lang, date=None, publisher=None):
    doc = document_from_text(text, "t.txt", lang=lang, date=date)
    doc.publisher = publisher
    return doc, extract(doc)


def facts(x: Extraction):
    """``{(principal, type)}`` of an extraction."""
    return {(principal(a), r.type) for r in x.responses for a in r.agents}


def by_type(x: Extraction, rtype):
    return [r for r in x.responses if r.type == rtype]


def check_evidence(doc, x):
    for r in x.responses:
        assert r.evidence, r
        for ev in r.evidence:
            assert doc.text[ev.start:ev.end] == ev.text
            assert 0.0 <= ev.confidence <= 1.0
    for e in x.events.values():
        for ev in e.evidence:
            assert doc.text[ev.start:ev.end] == ev.text


# --------------------------------------------------------------------------- attribution

def test_arabic_verb_subject_order():
    doc, x = run("نشرت منظمة هيومن رايتس ووتش تقريرا عن التعذيب في سجون مصر.", "ar")
    assert ("org/human-rights-watch", "Report") in facts(x)
    doc, x = run("أدانت وزارة الخارجية الفرنسية اعتقال الصحفيين في إيران.", "ar")
    assert ("gov/FR", "Condemnation") in facts(x)
    assert ("gov/FR", "UseOfForce") not in facts(x)   # the arrests are the object


def test_subject_verb_order_en_fr_ar():
    _, x = run("Germany condemned the mass arrests of journalists in Turkey.", "en")
    assert facts(x) == {("gov/DE", "Condemnation")}
    _, x = run("La Belgique a condamné les arrestations de militants en Égypte.", "fr")
    assert ("gov/BE", "Condemnation") in facts(x)
    _, x = run("منظمة العفو الدولية طالبت السلطات المصرية بالإفراج عن المعتقلين.", "ar")
    assert ("org/amnesty-international", "Demand") in facts(x)


def test_coordinated_agents_one_response_each():
    _, x = run("Norway, Denmark and Iceland granted asylum to dissidents fleeing Belarus.", "en")
    res = by_type(x, "Resettlement")
    agents = {principal(a) for r in res for a in r.agents}
    assert {"gov/NO", "gov/DK", "gov/IS"} <= agents
    _, x = run("L'Allemagne, la Suède et la Finlande ont accueilli des réfugiés venus de Syrie.", "fr")
    agents = {principal(a) for r in by_type(x, "Resettlement") for a in r.agents}
    assert {"gov/DE", "gov/SE", "gov/FI"} <= agents
    _, x = run("استقبلت ألمانيا والسويد وهولندا آلاف اللاجئين السوريين.", "ar")
    agents = {principal(a) for r in by_type(x, "Resettlement") for a in r.agents}
    assert {"gov/DE", "gov/SE", "gov/NL"} <= agents


JOINT_EN = """Envoys urge Beijing to allow access to Tibet

A group of 12 ambassadors led by Sweden has sent a letter to China's foreign minister asking for access to Tibet.

The letter was signed by Norway, Finland and Denmark, but not the United States.

Diplomats said the letter had been drafted over several weeks.
"""


def test_joint_letter_one_node_with_cosigners_minus_negated():
    doc, x = run(JOINT_EN, "en")
    letters = by_type(x, "DiplomaticAction")
    assert len(letters) == 1
    agents = {principal(a) for a in letters[0].agents}
    assert {"gov/SE", "gov/NO", "gov/FI", "gov/DK"} <= agents
    assert "gov/US" not in agents
    assert "gov/CN" not in agents        # the addressee is not a signatory
    assert len(letters[0].evidence) >= 2  # named again further on
    check_evidence(doc, x)


def test_joint_letter_named_again_later_fr_ar():
    text = ("Une lettre commune des ambassadeurs demande la libération des avocats détenus au Vietnam.\n\n"
            "Le Canada a pris la tête de l'initiative.\n\n"
            "Les signataires de la lettre sont notamment la France, l'Allemagne et l'Irlande.")
    _, x = run(text, "fr")
    letters = by_type(x, "DiplomaticAction")
    assert len(letters) == 1
    assert {"gov/FR", "gov/DE", "gov/IE"} <= {principal(a) for a in letters[0].agents}
    text = ("وجه سفراء غربيون رسالة إلى وزير الداخلية البحريني بشأن المعتقلين.\n\n"
            "وتحمل الرسالة أسماء سفراء بريطانيا وفرنسا وإيطاليا.\n\n"
            "والولايات المتحدة غير ممثلة في الرسالة.")
    _, x = run(text, "ar")
    letters = by_type(x, "DiplomaticAction")
    assert len(letters) == 1
    agents = {principal(a) for a in letters[0].agents}
    assert {"gov/GB", "gov/FR", "gov/IT"} <= agents
    assert "gov/US" not in agents


def test_places_are_not_agents():
    text = ("Des rassemblements ont été organisés devant les ambassades d'Iran dans des pays tels "
            "que l'Autriche, la Grèce et le Portugal.")
    _, x = run(text, "fr")
    agents = {principal(a) for r in x.responses for a in r.agents}
    assert not agents & {"gov/AT", "gov/GR", "gov/PT", "gov/IR"}
    _, x = run("Protests were held outside Saudi embassies in Austria and Greece.", "en")
    agents = {principal(a) for r in x.responses for a in r.agents}
    assert not agents & {"gov/AT", "gov/GR", "gov/SA"}


def test_reported_speech():
    _, x = run("The spokesman said Japan condemned the executions in Iran.", "en")
    assert ("gov/JP", "Condemnation") in facts(x)
    _, x = run("Canada denounced the crackdown on protesters, the foreign minister of Canada said.", "en")
    assert ("gov/CA", "Condemnation") in facts(x)


# --------------------------------------------------------------------------- negation

@pytest.mark.parametrize("text,lang", [
    ("The Italian government did not condemn the arrests in Egypt.", "en"),
    ("Spain never criticised the detention of the activists.", "en"),
    ("The Japanese embassy declined to comment on the executions.", "en"),
    ("The Dutch foreign ministry did not respond to a request for comment.", "en"),
    ("L'Italie n'a pas condamné les arrestations en Égypte.", "fr"),
    ("Le Portugal n'a jamais dénoncé la répression.", "fr"),
    ("L'ambassade d'Espagne a refusé de commenter les exécutions.", "fr"),
    ("لم تعلق الحكومة الإيطالية على الاعتقالات.", "ar"),
    ("لم تدن إسبانيا إعدام المعارضين.", "ar"),
    ("رفضت السفارة اليابانية التعليق على الإعدامات.", "ar"),
])
def test_negation_gives_nothing(text, lang):
    _, x = run(text, lang)
    assert x.responses == [], [(r.type, r.agents) for r in x.responses]


def test_but_not_excludes_from_list():
    _, x = run("France, Germany and Italy expressed concern about the arrests, but not Hungary.", "en")
    agents = {principal(a) for r in x.responses for a in r.agents}
    assert {"gov/FR", "gov/DE", "gov/IT"} <= agents and "gov/HU" not in agents
    _, x = run("La France et l'Espagne ont exprimé leur préoccupation, mais pas la Pologne.", "fr")
    agents = {principal(a) for r in x.responses for a in r.agents}
    assert "gov/PL" not in agents
    _, x = run("ساعدت كندا والسويد في إعادة توطين اللاجئين، باستثناء الدنمارك.", "ar")
    agents = {principal(a) for r in x.responses for a in r.agents}
    assert {"gov/CA", "gov/SE"} <= agents and "gov/DK" not in agents


# --------------------------------------------------------------------------- modality

def test_modality_considered_threatened_announced_requested():
    _, x = run("The European Union is considering sanctions against Iranian officials.", "en")
    assert [r.modality for r in by_type(x, "Sanction")] == ["considered"]
    _, x = run("La Turquie menace de sanctions les responsables de la répression.", "fr")
    assert [r.modality for r in by_type(x, "Sanction")] == ["threatened"]
    _, x = run("أعلنت بريطانيا أنها سوف تفرض عقوبات على قادة الجيش في ميانمار.", "ar")
    assert [r.modality for r in by_type(x, "Sanction")] == ["announced"]
    _, x = run("Amnesty International called for sanctions against the generals responsible.", "en")
    assert [r.modality for r in by_type(x, "Sanction")] == ["requested"]
    assert [r.modality for r in by_type(x, "Demand")] == ["asserted"]
    _, x = run("تدرس اليابان فرض عقوبات على المسؤولين عن قمع المتظاهرين.", "ar")
    assert [r.modality for r in by_type(x, "Sanction")] == ["considered"]


# --------------------------------------------------------------------------- publisher voice

NGO_PAGE_FR = """Faire un don
Aller au contenu

Action d'Amnesty International devant l'ambassade d'Égypte © Photo

Égypte : libérez les défenseurs des droits humains

Notre organisation a remis 80 000 signatures à l'ambassade d'Égypte. Nous demandons la libération immédiate des militants détenus.

Partager
"""

NGO_PAGE_EN = """Donate
Photo: Action by Human Rights Watch outside the Bahraini embassy

We delivered 12,000 signatures to the embassy on Monday. Our organisation is calling on the authorities of Bahrain to release the prisoners.

Share this
"""


def test_publisher_voice_fr_en():
    _, x = run(NGO_PAGE_FR, "fr")
    f = facts(x)
    assert ("org/amnesty-international", "Petition") in f
    assert ("org/amnesty-international", "Demand") in f
    petition = by_type(x, "Petition")[0]
    assert petition.quantity is not None and petition.quantity.value == 80000
    _, x = run(NGO_PAGE_EN, "en")
    f = facts(x)
    assert ("org/human-rights-watch", "Petition") in f
    assert ("org/human-rights-watch", "Demand") in f


def test_publisher_from_document_metadata():
    _, x = run("We condemn the execution of the protesters in Iran.", "en",
               publisher="org/amnesty-international")
    assert ("org/amnesty-international", "Condemnation") in facts(x)


def test_boilerplate_ignored():
    text = ("READ ALSO: Canada condemns the crackdown in Belarus\n\n"
            "Share this\n\nSubscribe to our newsletter\n\n"
            "Lire aussi : la France condamne la répression\n\n"
            "اقرأ أيضا: ألمانيا تدين القمع")
    for lang in ("en", "fr", "ar"):
        _, x = run(text, lang)
        assert x.responses == [], lang


# --------------------------------------------------------------------------- quantities & dates

def test_quantities():
    q = [(x.value, x.unit) for x, _ in find_quantities("more than 3,600 troops and 650 000 signatures", "en")]
    assert (3600.0, "troops") in q and (650000.0, "signatures") in q
    q = [(x.value, x.unit) for x, _ in find_quantities("about 150 chechens", "en")]
    assert q == [(150.0, "people")]
    from rightsgraph.loaders.cues import normalized_view
    norm, _ = normalized_view("تسعى مجموعة من 15 سفيرا واعتقال أكثر من 3000 شخص", "ar")
    q = [(x.value, x.unit) for x, _ in find_quantities(norm, "ar")]
    assert (15.0, "ambassadors") in q and (3000.0, "people") in q
    norm, _ = normalized_view("احتجاز مليون شخص", "ar")
    assert [(x.value, x.unit) for x, _ in find_quantities(norm, "ar")] == [(1e6, "people")]
    _, x = run("Russia sent 2,500 troops to Tajikistan.", "en")
    r = by_type(x, "MilitaryAssistance")[0]
    assert (r.quantity.value, r.quantity.unit) == (2500.0, "troops")


def test_dates_absolute_and_relative():
    assert find_date("on 19 october 2017", "en") == "2017-10-19"
    assert find_date("le 2 juin", "fr", "2017-06-05") == "2017-06-02"
    assert find_date("في اغسطس", "ar", "2018-11-15") == "2018-08"
    assert find_date("last week", "en", "2019-05-20") == "2019-05"
    assert find_date("on friday", "en", "2022-01-08") == "2022-01-07"
    assert find_date("vendredi", "fr", "2022-01-08") == "2022-01-07"
    assert find_date("يوم الجمعه", "ar", "2022-01-08") == "2022-01-07"
    assert find_date("yesterday", "en", None) is None
    assert find_date("in 2016", "en") == "2016"
    _, x = run("Canada condemned the arrests in Cuba on Friday.", "en", date="2009-12-12")
    assert by_type(x, "Condemnation")[0].date == "2009-12-11"


# --------------------------------------------------------------------------- events & provenance

def test_event_shared_key_across_languages():
    _, ar = run("أدانت فرنسا اضطهاد المثليين في الشيشان.", "ar")
    _, fr = run("La France a dénoncé la persécution des homosexuels en Tchétchénie.", "fr")
    assert "event/persecution/RU-CE" in ar.events
    assert "event/persecution/RU-CE" in fr.events
    assert all(r.event == "event/persecution/RU-CE" for r in ar.responses + fr.responses)


def test_evidence_offsets_exact_with_diacritics_and_chunks():
    text = "عنوان\n\nأَدانَتْ وزارةُ الخارجيةِ الكنديةِ الاعتقالاتِ في الصين.\n\nCanada also urged Beijing to release them."
    doc, x = run(text, "ar")
    assert x.responses
    check_evidence(doc, x)
    # a chunk of a larger document: offsets stay document offsets
    doc = document_from_text("Intro line.\n\nSweden condemned the executions in Iran.", "c.txt", lang="en")
    cut = doc.text.index("Sweden")
    chunk_sentences = [s for s in doc.sentences if s.start >= cut]
    x = extract(doc, text=doc.text[cut:], offset=cut, sentences=chunk_sentences)
    assert x.responses
    check_evidence(doc, x)


def test_other_languages_give_empty_extraction():
    doc = document_from_text("Die Regierung verurteilte die Festnahmen.", "de.txt", lang="de")
    x = extract(doc)
    assert x.responses == [] and x.events == {} and x.actors == {}


def test_actors_and_places_are_returned():
    _, x = run("Norway condemned the crackdown in Belarus.", "en")
    assert "gov/NO" in x.actors and x.actors["gov/NO"].kind == "Government"
    assert "place/BY" in x.places
    assert "gov/NO" in x.mentions


def test_mixed_language_document_reads_each_paragraph_in_its_language():
    text = ("Le Canada a condamné les arrestations en Biélorussie.\n\n"
            "أدانت ألمانيا اعتقال المعارضين في بيلاروسيا.\n\n"
            "The United Kingdom condemned the arrests of opposition leaders in Belarus.")
    doc = document_from_text(text, "mixed.txt")
    x = extract(doc)
    assert {("gov/CA", "Condemnation"), ("gov/DE", "Condemnation"),
            ("gov/GB", "Condemnation")} <= facts(x)
    check_evidence(doc, x)
