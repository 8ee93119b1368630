"""Unit tests of :mod:`rightsgraph.loaders.place_scenes` (where a scene is, round 8b)."""

import pytest

from rightsgraph.loaders.attribution import ar_fold

from rightsgraph.loaders.place_scenes import (background_span, is_cause, is_compass_area, is_flag,
                                              is_place_demonym)


@pytest.mark.parametrize("lang, text, word, want", [
    ("en", "strikes on south lebanon killed four", "lebanon", True),
    ("en", "strikes in north-east syria", "syria", True),
    ("en", "lebanon said on tuesday", "lebanon", False),
    ("fr", "des frappes dans le sud du liban", "liban", True),
    ("ar", "فوق بلده الضهيره جنوب لبنان", "لبنان", True),
    ("ar", "منشات حيويه في شمال شرقي سوريا", "سوريا", True),
    ("ar", "قالت لبنان", "لبنان", False),
])
def test_compass_area(lang, text, word, want):
    i = text.index(word)
    assert is_compass_area(text, lang, i) is want


@pytest.mark.parametrize("lang, text, word, want", [
    ("fr", "sur plusieurs villes ukrainiennes, tuant", "ukrainiennes", True),
    ("fr", "l'armee ukrainienne a riposte", "ukrainienne", False),
    ("en", "struck ukrainian cities overnight", "ukrainian", True),
    ("en", "ukrainian officials said", "ukrainian", False),
    ("ar", "استهدفت المدن الاوكرانيه", "الاوكرانيه", True),
])
def test_place_demonym(lang, text, word, want):
    i = text.index(word)
    assert is_place_demonym(text, lang, i, i + len(word)) is want


@pytest.mark.parametrize("lang, text, word, inside", [
    ("en", "turkey struck power stations in syria after an attack in ankara last week.", "ankara", True),
    ("en", "turkey struck power stations in syria after an attack in ankara last week.", "syria", False),
    ("fr", "apres l'attentat d'ankara, l'armee turque a bombarde la syrie.", "ankara", True),
    ("fr", "apres l'attentat d'ankara, l'armee turque a bombarde la syrie.", "syrie", False),
    ("ar", "شنت مسيرات غارات في سوريا بعد هجوم في انقره.", "انقره", True),
])
def test_background_span(lang, text, word, inside):
    span = background_span(text, lang, 0, len(text))
    i = text.index(word)
    assert (span is not None and span[0] <= i < span[1]) is inside


def test_no_background_without_event_noun():
    text = "police detained him in ankara after midnight."
    assert background_span(text, "en", 0, len(text)) is None


@pytest.mark.parametrize("lang, text, word, want", [
    ("en", "a pro-palestinian rally", "palestinian", True),
    ("en", "a rally in support of palestinians in gaza", "palestinians", True),
    ("fr", "une manifestation en soutien aux palestiniens", "palestiniens", True),
    ("ar", "المظاهرات المؤيده للفلسطينيين", "فلسطينيين", True),
    ("en", "palestinian officials said", "palestinian", False),
])
def test_cause(lang, text, word, want):
    text, word = (ar_fold(text), ar_fold(word)) if lang == "ar" else (text, word)
    assert is_cause(text, lang, text.index(word)) is want


def test_flag():
    text = "drapeaux palestiniens a la main"
    i = text.index("palestiniens")
    assert is_flag(text, "fr", i, i + len("palestiniens"))
    text = "waving palestinian flags"
    i = text.index("palestinian")
    assert is_flag(text, "en", i, i + len("palestinian"))


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "des pecheurs egyptiens arretes", "egyptiens"),
    ("fr", "deux marins indiens", "indiens"),
    ("ar", "اعتقال الصيادين المصريين", "المصريين"),
    ("ar", "احتجاز بحاره هنود", "هنود"),
])
def test_fishermen_and_sailors_name_nationals(lang, text, word):
    from rightsgraph.loaders.nationals import names_nationals
    i = text.index(word)
    assert names_nationals(text, i, i + len(word), lang)


class _Vote:
    def __init__(self, norm, word, form, iso="IL", attached=None, preposition=None):
        self.start = norm.index(word)
        self.end = self.start + len(word)
        self.form, self.iso, self.attached, self.preposition = form, iso, attached, preposition


@pytest.mark.parametrize("lang, text, word, form, want", [
    ("en", "israeli strikes on damascus", "israeli", "demonym", True),
    ("en", "israeli officials said", "israeli", "demonym", False),
    ("fr", "des frappes israeliennes sur le liban", "israeliennes", "demonym", True),
    ("fr", "le gouvernement israelien", "israelien", "demonym", False),
    ("ar", "غارات جويه اسراييليه على لبنان", "اسراييليه", "demonym", True),
    ("ar", "الجيش الاسراييلي", "الجيش الاسراييلي", "body", True),
    ("ar", "الحكومه الاسراييليه", "الحكومه الاسراييليه", "body", False),
])
def test_perpetrator(lang, text, word, form, want):
    from rightsgraph.loaders.place_scenes import is_perpetrator
    assert is_perpetrator(text, lang, _Vote(text, word, form)) is want


def test_foreign_attacker_only_when_another_country_is_located():
    from rightsgraph.loaders.event_records import EventCue
    from rightsgraph.loaders.place_scenes import foreign_attackers
    text = "israeli strikes on south lebanon"
    cue = EventCue("ArmedAttack", 8, 15, 0, "strikes")
    attacker = _Vote(text, "israeli", "demonym")
    target = _Vote(text, "lebanon", "name", iso="LB", attached="loc")
    foreign_attackers(text, "en", [attacker, target], [cue])
    assert attacker.attached == "perpetrator"
    alone = _Vote(text, "israeli", "demonym")
    foreign_attackers(text, "en", [alone], [cue])
    assert alone.attached is None
