"""Later mentions of an unlisted organisation by its bracketed acronym (loaders/acronym_mentions.py)."""

from extraction_helpers import facts

from rightsgraph.loaders.acronym_mentions import later_acronyms


def test_later_acronyms_offsets():
    text = "Le Syndicat national (SNJ) a protesté. Le SNJ a exigé, le SNJ-CGT aussi, (SNJ) non."
    got = later_acronyms(text, [(3, 20, "org/snj", "NGO", "SNJ")])
    assert [(text[s:e], k) for s, e, k, _ in got] == [("SNJ", "org/snj")]


def test_no_acronym_no_mention():
    assert later_acronyms("Le Syndicat national a protesté. Le SNJ a exigé.", [(3, 20, "org/x", "NGO", None)]) == []


def test_taken_span_is_left_alone():
    text = "Le Syndicat national (SNJ) a protesté. Le SNJ a exigé."
    assert later_acronyms(text, [(3, 20, "org/snj", "NGO", "SNJ")], taken=[(42, 45)]) == []


def test_quote_first_acronym_is_the_agent():
    text = ("Les autorités ont fermé six radios à Conakry. Le secrétaire général du Syndicat des "
            "professionnels de la presse de Guinée (SPPG) a été interpellé en janvier. « C'est une mise à "
            "mort de la presse », a dénoncé le SPPG. Le SPPG a exigé la réouverture des radios.")
    got = facts(text, "fr")
    assert ("org/sppg", "Condemnation") in got and ("org/sppg", "Demand") in got
    assert ("gov/GN", "Condemnation") not in got
