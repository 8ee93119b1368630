"""Organisations the gazetteer does not list, named by the form of their names, and real
organisations added to the gazetteer (round 3).

Unions, associations, leagues, networks and parties are ``org/<slug>`` agents: the slug is
the acronym in brackets after the name when there is one (``org/snesup``), else the name
(``org/ghana-nurses-association``); in Arabic, country + group of people + head in English
(``org/bahrain-journalists-association``). State bodies with the same heads ("National
Security Council", "Conseil constitutionnel") are not. Every sentence here is written for
the test; the organisations named by form are invented on purpose (they must not be in the
gazetteer).
"""

from __future__ import annotations

import pytest
from extraction_helpers import facts

from rightsgraph.loaders.cues import Positions, normalized_view
from rightsgraph.loaders.gazetteer import get_gazetteer
from rightsgraph.loaders.mention_cleanup import _M
from rightsgraph.loaders.unknown_orgs import named_organisations


@pytest.mark.parametrize("text, lang, want", [
    # a capitalised name ending in a head noun, with or without "of X"
    ("The Ghana Nurses Association condemned the arrest of three nurses in Accra.", "en",
     ("org/ghana-nurses-association", "Condemnation")),
    ("The Law Society of Zimbabwe said the detention of the lawyers in Harare was unlawful and called "
     "for their release.", "en", ("org/law-society-of-zimbabwe", "Demand")),
    ("The Sudan Doctors Union, an independent professional body, accused the army of shelling a "
     "hospital in Khartoum.", "en", ("org/sudan-doctors-union", "Accusation")),
    # the acronym in brackets is the key; the apposition's group noun is the organisation
    ("The Zambia Union of Journalists (ZUJ), a press freedom group, demanded the release of the "
     "reporter in Lusaka.", "en", ("org/zuj", "Demand")),
    # French: a capitalised head, then the lower-case words of the name
    ("Le Syndicat national des enseignants du supérieur (SNESup) a dénoncé l'arrestation de trois "
     "professeurs à Bamako, au Mali.", "fr", ("org/snesup", "Condemnation")),
    ("L'Union des journalistes centrafricains a exigé la libération du reporter détenu à Bangui.", "fr",
     ("org/union-of-central-african-journalists", "Demand")),
    ("La Ligue nigérienne de défense des droits de l'homme a condamné les arrestations à Niamey, au Niger.",
     "fr", ("org/nigerien-league-for-human-rights", "Condemnation")),
])
def test_organisations_named_by_form(text, lang, want):
    assert want in facts(text, lang)


def test_the_apposition_of_a_named_organisation_is_not_another_actor():
    got = facts("The Zambia Union of Journalists (ZUJ), a press freedom group, demanded the release of "
                "the reporter in Lusaka.", "en")
    assert not {a for a, _ in got if a.startswith(("group/", "gov/"))}
    got = facts("The Syrian Network for Human Rights (SNHR), a monitoring group based in Britain, "
                "published a report accusing the authorities of torture.", "en")
    assert {a for a, _ in got} == {"org/snhr"}
    got = facts("Le Réseau syrien pour les droits de l'homme (SNHR), une ONG basée à Londres, a publié "
                "un rapport accusant les autorités d'avoir ignoré des alertes.", "fr")
    assert {a for a, _ in got} == {"org/snhr"}


def test_an_article_before_an_apposed_name_is_no_part_of_it():
    got = facts("The Nile Monitoring Team, a coalition of Sudanese groups, published a report documenting "
                "more than 300 cases of assault and arrest in Sudan.", "en")
    assert ("org/nile-monitoring-team", "Report") in got


@pytest.mark.parametrize("text, lang", [
    ("The National Security Council approved the crackdown in Khartoum, Sudan.", "en"),
    ("The Parliamentary Committee on Defence condemned the protesters in Nairobi, Kenya.", "en"),
    ("Le Conseil constitutionnel a rejeté le recours de l'opposition à Dakar, au Sénégal.", "fr"),
    ("Le Conseil supérieur de la magistrature a condamné les propos du juge à Tunis.", "fr"),
])
def test_state_bodies_are_not_unknown_organisations(text, lang):
    got = facts(text, lang)
    assert not {a for a, _ in got if a.startswith("org/")}, got


def _arabic_orgs(text):
    gz = get_gazetteer()
    norm, index = normalized_view(text, "ar")
    pos = Positions(index)
    mentions = [_M(pos.to_norm(m.start), pos.to_norm(m.end), m.key, m.kind, m.form, m.place_key,
                   m.preposition, m.surface) for m in gz.find(text, "ar")]
    return [m.key for m in named_organisations(mentions, text, pos, gz, "ar", norm)]


@pytest.mark.parametrize("text, want", [
    ("وطالبت جمعية الصحفيين البحرينية بالإفراج عن الصحفي.", "org/bahrain-journalists-association"),
    ("ودعت نقابة المعلمين الأردنيين إلى إضراب شامل.", "org/jordan-teachers-syndicate"),
    ("وأعلنت نقابة الأطباء السودانيين الإضراب.", "org/sudan-doctors-syndicate"),
    ("وقالت الجمعية العمانية لحقوق الإنسان إن الاعتقالات تعسفية.", "org/oman-human-rights-association"),
])
def test_arabic_organisations_named_by_form(text, want):
    """The Arabic form rule: head + group + demonym, or head + demonym + name words; the
    group inside the name is no separate actor."""
    keys = _arabic_orgs(text)
    assert want in keys
    assert not [k for k in keys if k.startswith("group/")]


@pytest.mark.parametrize("text, want", [
    ("أدانت نقابة الصحفيين البحرينيين اعتقال الصحفي في المنامة.",
     {("org/bahrain-journalists-syndicate", "Condemnation")}),
    ("وطالبت جمعية المحامين الكويتيين بالإفراج عن المعتقلين في الكويت.",
     {("org/kuwait-lawyers-association", "Demand")}),
    ("نظمت رابطة الطلاب السودانيين وقفة احتجاجية في الخرطوم.",
     {("org/sudan-students-league", "Demonstration")}),
])
def test_the_arabic_reader_makes_them_agents(text, want):
    """Through the whole extractor: the association is the agent, not a crowd of its members."""
    assert facts(text, "ar") == want


@pytest.mark.parametrize("text", [
    "وأدانت النقابة اعتقال الصحفيين.",
    "وقالت لجنة الأمن في البرلمان الكويتي إن التجمع غير مرخص.",
    "وأعلنت جمعية خيرية توزيع المساعدات.",
])
def test_arabic_heads_without_a_name_or_of_the_state(text):
    assert not [k for k in _arabic_orgs(text) if k.startswith("org/")]


# Real organisations added to the gazetteer, with their parent organisation.
@pytest.mark.parametrize("text, lang, want", [
    ("The Inter-American Court of Human Rights expressed concern over the detention of the priests in "
     "Nicaragua.", "en", ("org/oas", "ExpressionOfConcern")),
    ("The African Development Bank called for the release of the detained economists in Mali.", "en",
     ("org/african-development-bank", "Demand")),
    ("The European Investment Bank condemned the arrests in Minsk, Belarus.", "en",
     ("org/european-union", "Condemnation")),
    ("The International Trade Union Confederation condemned the arrest of union leaders in Minsk, Belarus.",
     "en", ("org/ituc", "Condemnation")),
    ("La Cour africaine des droits de l'homme et des peuples a exigé la libération de l'opposant en "
     "Tanzanie.", "fr", ("org/african-union", "Demand")),
    ("La Commission de Venise a critiqué la loi sur les agents étrangers en Géorgie.", "fr",
     ("org/council-of-europe", "Condemnation")),
    ("La Confédération syndicale internationale a dénoncé l'arrestation de syndicalistes à Minsk.", "fr",
     ("org/ituc", "Condemnation")),
    ("وأعربت المحكمة الأفريقية لحقوق الإنسان والشعوب عن قلقها إزاء اعتقال المعارض في تنزانيا.", "ar",
     ("org/african-union", "ExpressionOfConcern")),
    ("وطالب البنك الأفريقي للتنمية بالإفراج عن الاقتصاديين المعتقلين في مالي.", "ar",
     ("org/african-development-bank", "Demand")),
    ("وطالب الاتحاد الدولي لنقابات العمال بالإفراج عن النقابيين المعتقلين في بيلاروسيا.", "ar",
     ("org/ituc", "Demand")),
])
def test_real_organisations_added_to_the_gazetteer(text, lang, want):
    assert want in facts(text, lang)


def test_an_apposed_state_body_is_no_unknown_organisation():
    got = facts("The Independent Police Inspection Authority, a civilian watchdog created by the constitution, "
                "said it had opened investigations into 12 deaths in Kenya.", "en")
    assert not {a for a, _ in got if a.startswith("org/")}, got
