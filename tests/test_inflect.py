"""Lemma cues (loaders/inflect.py): the forms a ``~lemma`` table word stands for."""

from __future__ import annotations

import pytest

from rightsgraph.loaders import inflect
from rightsgraph.loaders.cues import get_cues
from rightsgraph.loaders.lang.fr.normalize import normalize


def test_french_regular_er():
    forms = inflect.french_forms("dénoncer")
    for form in ("denonce", "denoncent", "denoncons", "denoncait", "denoncaient", "denoncera",
                 "denonceront", "denoncerait", "denonceraient", "denoncer", "denoncant",
                 "a denonce", "ont denonce", "avait denonce", "avaient denonce", "aurait denonce"):
        assert form in forms
    assert "denoncee" not in forms          # no bare participle unless asked (~~)
    assert "denoncee" in inflect.french_forms("dénoncer", bare_participle=True)


def test_french_soft_g_and_second_group():
    assert {"exigeons", "exigeait", "exigeant", "exige"} <= set(inflect.french_forms("exiger"))
    assert {"saisit", "saisissent", "saisissait", "saisira", "a saisi"} <= set(inflect.french_forms("saisir"))


def test_french_irregular_from_table():
    forms = inflect.french_forms("démentir")
    assert {"dement", "dementent", "dementait", "dementira", "dementant", "avait dementi"} <= set(forms)
    assert {"appelle", "appellent", "appelait", "appellera", "a appele"} <= set(inflect.french_forms("appeler"))
    assert {"ouvre", "a ouvert", "ouvrait"} <= set(inflect.french_forms("ouvrir"))


def test_french_pronominal():
    forms = inflect.french_forms("s'inquiéter")
    assert {"s'inquiete", "s'inquietent", "s'inquietait", "s'est inquietee", "se sont inquietes",
            "s'etait inquiete", "s'inquieter", "s'inquietant"} <= set(forms)
    assert "se felicite" in inflect.french_forms("se féliciter")


def test_english_forms():
    assert sorted(inflect.english_forms("deny")) == ["denied", "denies", "deny", "denying"]
    assert set(inflect.english_forms("urge")) == {"urge", "urges", "urged", "urging"}
    assert set(inflect.english_forms("slam")) == {"slam", "slams", "slammed", "slamming"}
    assert "has withdrawn" in inflect.english_forms("withdraw")
    assert "withdrawn" not in inflect.english_forms("withdraw")
    assert "withdrawn" in inflect.english_forms("withdraw", bare_participle=True)


def test_expand_keeps_the_other_words():
    assert "a invite les .. a" in inflect.expand("~inviter les .. a", "fr")
    assert "s'est felicitee de la" in inflect.expand("~se feliciter de la", "fr")
    assert inflect.expand("a condamne", "fr") == ["a condamne"]


def test_unknown_verb_class_is_an_error():
    with pytest.raises(inflect.InflectionError):
        inflect.french_forms("boire")
    with pytest.raises(inflect.InflectionError):
        inflect.expand("~x", "ar")


@pytest.mark.parametrize("lang,text,rtype", [
    ("fr", "L'Union africaine a invité les autorités à libérer les détenus.", "Demand"),
    ("fr", "Paris s'est contenté d'appeler à la retenue.", "Demand"),
    ("fr", "Le ministère démentait jeudi tout mauvais traitement.", "Denial"),
    ("fr", "Kiev ouvre une enquête pour crime de guerre.", "Investigation"),
    ("en", "The CPJ is pressing the authorities to drop the charges.", "Demand"),
    ("en", "The ministry denies the allegations.", "Denial"),
])
def test_loaded_tables_read_every_form(lang, text, rtype):
    cues = get_cues(lang)
    assert rtype in {hit.entry.value for hit in cues.responses.find(normalize(text))}


def test_passive_invitation_is_no_demand():
    hits = get_cues("fr").responses.find(normalize("Le ministre, invité à une conférence à Genève, n'a pas parlé."))
    assert "Demand" not in {hit.entry.value for hit in hits}


def test_reflexive_compound_with_an_incise():
    assert inflect.incise("s'est dit .. preoccupe*") == "s'est, .. dit .. preoccupe*"
    assert inflect.incise("se sont indignes") == "se sont, .. indignes"
    assert inflect.incise("a condamne") is None
    hits = get_cues("fr").responses.find(normalize("Ottawa s'est, de son côté, dit « inquiet » du verdict."))
    assert "ExpressionOfConcern" in {hit.entry.value for hit in hits}
