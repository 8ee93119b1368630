"""Implicit responses (loaders/implicit.py): acts said without an explicit response verb.

Every sentence here is written for this test (not copied from any gold document). Only
(principal, type) pairs are checked. Positive cases failed before loaders/implicit.py;
negative cases (praise, an actor judging its own policy, a reporter's narration without a
speaker, a negated judgement) must give nothing of the kind.
"""

from __future__ import annotations

import pytest
from extraction_helpers import facts

from rightsgraph.loaders.implicit import judgements, lexicon, table



# ------------------------------------------------- judgements in reported speech
@pytest.mark.parametrize("lang, text, want", [
    ("en", "Human Rights Watch said the new decree amounted to \"collective punishment\" of "
           "the Rohingya in Myanmar.", ("org/human-rights-watch", "Condemnation")),
    ("en", "Amnesty International, whose researchers visited Rakhine last year, said the curfew "
           "\"has no legal basis\" in Myanmar.", ("org/amnesty-international", "Condemnation")),
    ("en", "Sweden said the eviction order was \"a further step in the persecution of the Roma\" "
           "in Romania.", ("gov/SE", "Condemnation")),
    ("en", "\"These convictions show how the courts are used to silence dissent,\" Ireland's "
           "foreign minister said of the trials in Belarus.", ("gov/IE", "Condemnation")),
    ("en", "Norway said the blockade of the camps in Darfur would have devastating consequences "
           "for children.", ("gov/NO", "ExpressionOfConcern")),
    # a noun inside the judgement is no act of its own ("accusations")
    ("en", "\"The burning of the camp is another sign of how accusations of witchcraft are used "
           "to justify collective punishment,\" Human Rights Watch said of the attacks in Malawi.",
     ("org/human-rights-watch", "Condemnation")),
    ("fr", "La Belgique a estimé que l'interdiction des manifestations au Togo était « une "
           "atteinte grave aux libertés ».", ("gov/BE", "Condemnation")),
    ("fr", "Amnesty International a jugé que les arrestations de syndicalistes au Tchad étaient "
           "« arbitraires ».", ("org/amnesty-international", "Condemnation")),
    ("fr", "« Ces expulsions sont illégales et inhumaines », a déclaré le ministre suisse des "
           "Affaires étrangères à propos des camps en Libye.", ("gov/CH", "Condemnation")),
    ("ar", "ووصفت منظمة العفو الدولية القرار بأنه \"عقاب جماعي\" لسكان المخيمات في ليبيا.",
     ("org/amnesty-international", "Condemnation")),
    ("ar", "أما منظمة هيومن رايتس ووتش فقد اعتبرت أن الاعتقالات في تونس \"تعسفية\".",
     ("org/human-rights-watch", "Condemnation")),
    # a construct state ("قرار المحكمة") is judged too, and is no resolution of the speaker
    ("ar", "ووصفت النرويج حكم المحكمة على الصحفيين بأنه جائر في الجزائر.", ("gov/NO", "Condemnation")),
    # "According to X, ...", "Selon X, ...", "بحسب X، ..."
    ("en", "According to Human Rights Watch, the evictions in Lagos are a clear violation of "
           "international law.", ("org/human-rights-watch", "Condemnation")),
    ("fr", "Selon Amnesty International, les expulsions de migrants vers le désert sont "
           "illégales en Tunisie.", ("org/amnesty-international", "Condemnation")),
    ("fr", "Pour la Fédération internationale pour les droits humains, cette condamnation est "
           "« une parodie de justice » au Maroc.", ("org/fidh", "Condemnation")),
    ("ar", "وبحسب منظمة العفو الدولية، فإن الحكم يمثل انتهاكا صارخا لحرية التعبير في الأردن.",
     ("org/amnesty-international", "Condemnation")),
])
def test_judgement_in_reported_speech(lang, text, want):
    assert want in facts(text, lang)


@pytest.mark.parametrize("lang, text, unwanted", [
    # praise
    ("en", "Canada said the decision to free the prisoners in Belarus was a welcome step.",
     ("gov/CA", "Condemnation")),
    ("fr", "La France a estimé que la décision de libérer les détenus au Tchad était une étape "
           "importante.", ("gov/FR", "Condemnation")),
    # an actor judging its own policy
    ("en", "Hungary said its border policy protected Europe from illegal migration.",
     ("gov/HU", "Condemnation")),
    ("fr", "Le Maroc a affirmé que sa politique migratoire respectait le droit international.",
     ("gov/MA", "Condemnation")),
    # "For years, ...": no actor after the source word
    ("en", "For years, the ban on opposition parties in Cambodia was a clear violation of "
           "their rights.", ("gov/KH", "Condemnation")),
    # protests are no situation that a government condemns by calling them illegal
    ("en", "Egypt's government said the protests were illegal and that organisers would be "
           "prosecuted.", ("gov/EG", "Condemnation")),
    ("ar", "وقالت الحكومة المصرية إن الاحتجاجات غير قانونية.", ("gov/EG", "Condemnation")),
    # a negated judgement
    ("en", "Egypt said the arrests were not arbitrary.", ("gov/EG", "Condemnation")),
    ("ar", "وقالت الحكومة المصرية إن الاعتقالات ليست تعسفية.", ("gov/EG", "Condemnation")),
    ("ar", "وقالت الصين إنها لا تفرض الاحتجاز على أحد وإن المعتقلين ارتكبوا جرائم.",
     ("gov/CN", "Condemnation")),
])
def test_no_judgement(lang, text, unwanted):
    assert unwanted not in facts(text, lang)


def test_reporter_narration_has_no_speaker():
    # no speech verb, no speaker: a reporter's own words are nobody's condemnation
    text = "The curfew in Rakhine is a further step in the persecution of the Rohingya."
    assert not {f for f in facts(text, "en") if f[1] == "Condemnation"}
    assert not judgements("en", text.lower(), [(0, len(text))])


def test_judged_report_stays_its_owners():
    got = facts("China said the US report on Xinjiang was full of lies.", "en")
    assert ("gov/CN", "Denial") in got and ("gov/US", "Report") in got


def test_judged_accusations_are_denied():
    text = "Cuba said the allegations of torture in its prisons were \"pure fabrication\"."
    got = facts(text, "en")
    assert ("gov/CU", "Denial") in got
    assert ("gov/CU", "Condemnation") not in got


# ------------------------------------------------- feelings and acts named by other words
@pytest.mark.parametrize("lang, text, want", [
    ("en", "Kenya expressed its \"deep regret\" over the expulsions from Tanzania.",
     ("gov/KE", "ExpressionOfConcern")),
    ("en", "The UN Secretary-General said he was horrified by the killings in Sudan.",
     ("org/united-nations", "ExpressionOfConcern")),
    ("en", "Japan announced that it would fund mobile clinics for displaced families in Sudan.",
     ("gov/JP", "Support")),
    ("en", "Human Rights Watch filed a complaint with the prosecutor over the killings in Kenya.",
     ("org/human-rights-watch", "Investigation")),
    ("fr", "Le Canada financera la reconstruction des écoles détruites au Tchad.",
     ("gov/CA", "Support")),
    ("fr", "La Ligue des droits de l'homme a déposé plainte contre les gardiens de la prison "
           "au Tchad.", ("org/ldh", "Investigation")),
    ("ar", "وأرسلت الإمارات قافلة مساعدات طبية إلى السودان.", ("gov/AE", "Support")),
    ("ar", "وقال وزير الخارجية الإيطالي إنه مصدوم من مقتل المدنيين في السودان.",
     ("gov/IT", "ExpressionOfConcern")),
])
def test_other_words(lang, text, want):
    assert want in facts(text, lang)


def test_tables_load():
    for lang in ("ar", "fr", "en"):
        lex = lexicon(lang)
        assert lex["negative"].pattern != "$^" and lex["situation"].pattern != "$^"
        assert table(lang).entries


# ------------------------------------------------- answers to accusations, counter-accusations
@pytest.mark.parametrize("lang, text, want", [
    ("en", "China's foreign ministry said Western politicians were smearing Beijing over its "
           "policies in Tibet.", ("gov/CN", "Accusation")),
    ("fr", "Le gouvernement nicaraguayen a affirmé que les manifestations étaient « fomentées "
           "par des agents étrangers ».", ("gov/NI", "Accusation")),
    ("ar", "وقالت وزارة الداخلية السورية إن الاحتجاجات تقف وراءها \"جهات خارجية\" معادية.",
     ("gov/SY", "Accusation")),
    ("en", "Myanmar's government said no civilians had been killed in the operation in Rakhine.",
     ("gov/MM", "Denial")),
    ("fr", "Le gouvernement tchadien a affirmé qu'aucun manifestant n'avait été tué à N'Djamena.",
     ("gov/TD", "Denial")),
    ("ar", "وأكدت الحكومة الإيرانية أنه لم يتعرض أي متظاهر للتعذيب في سجون إيران.",
     ("gov/IR", "Denial")),
    ("en", "Russia said foreign countries have no right to interfere in the trial of the "
           "activists in Moscow.", ("gov/RU", "Rejection")),
    ("en", "China lodged stern representations with Canada over the statement on Hong Kong.",
     ("gov/CN", "DiplomaticAction")),
    # the motive of an act denied
    ("en", "Egypt's foreign ministry said the activists were jailed for breaking the law and not "
           "for their opinions.", ("gov/EG", "Denial")),
    ("fr", "Le gouvernement tchadien a affirmé que les militants avaient été condamnés pour des "
           "violences et non pour leurs opinions.", ("gov/TD", "Denial")),
])
def test_answers_and_counter_accusations(lang, text, want):
    assert want in facts(text, lang)


@pytest.mark.parametrize("lang, text, unwanted", [
    # an NGO saying that nobody was held to account denies nothing
    ("en", "Amnesty International said no one had been held accountable for the killings in Chad.",
     ("org/amnesty-international", "Denial")),
    # an NGO saying why someone was jailed denies nothing
    ("en", "Amnesty International said the activists were jailed for their opinions and not for "
           "any crime in Egypt.", ("org/amnesty-international", "Denial")),
    # a state saying that nobody was held to account denies no harm
    ("en", "Canada said no one had been held accountable for the massacre in Chad.",
     ("gov/CA", "Denial")),
    # a negated counter-accusation
    ("en", "Kenya said the protesters were not incited by foreign agents.", ("gov/KE", "Accusation")),
    # no speaker: a reporter's narration
    ("en", "Critics of the law were smearing the government, the state broadcaster claimed on "
           "its front page.", ("gov/CN", "Accusation")),
])
def test_no_answer(lang, text, unwanted):
    assert unwanted not in facts(text, lang)
