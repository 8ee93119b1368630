"""Event places: the place of the situation, not of those who answer it.

- a territory or region with its own government (Macau, the Gaza Strip) is the place of a
  situation that happens there, also when the responders' countries and capitals are named
  more often ("Ottawa summoned ...", "in Ottawa, protesters gathered");
- a spokesperson who calls a trial unfair is not the one on trial;
- people deported, expelled or pushed back: the place is the country that sends them away,
  not the one they once fled.

All sentences here are written for these tests (none comes from a gold document).
"""

from __future__ import annotations

import pytest

from rightsgraph.loaders.documents import document_from_text
from rightsgraph.loaders.extract import extract
from rightsgraph.loaders.places import forced_return, on_trial, responder_countries


def _read(text, lang):
    return extract(document_from_text(text, "t.txt", lang=lang))


def _places(x):
    return {x.events[r.event].place for r in x.responses if r.event in x.events}


# --------------------------------------------------------------- responders far from it
@pytest.mark.parametrize("lang,text", [
    ("en", "Canada summons envoy after Macau court jails five reporters\n\n"
           "OTTAWA/MACAU - Canada summoned the Chinese ambassador in Ottawa on Friday after a "
           "Macau court sentenced five reporters to prison for sedition. Ottawa went further: "
           "the Canadian foreign ministry condemned the verdicts and urged the authorities to "
           "free the five.\n\n"
           "In Ottawa, about fifty Macanese gathered outside the Chinese embassy on Friday "
           "evening. Ireland also said it was deeply concerned."),
    ("fr", "Le Canada convoque l'ambassadeur chinois après la condamnation de cinq reporters "
           "à Macao\n\n"
           "OTTAWA - Le Canada a convoqué vendredi l'ambassadeur chinois à Ottawa, après qu'un "
           "tribunal de Macao a condamné cinq reporters à la prison pour sédition. Le ministère "
           "canadien des Affaires étrangères a condamné les verdicts.\n\n"
           "À Ottawa, une cinquantaine de personnes se sont rassemblées devant l'ambassade de "
           "Chine. L'Irlande s'est dite très préoccupée."),
    ("ar", "كندا تستدعي السفير الصيني بعد سجن خمسة صحفيين في ماكاو\n\n"
           "أوتاوا - استدعت كندا يوم الجمعة السفير الصيني في أوتاوا، بعد أن قضت محكمة في ماكاو "
           "بسجن خمسة صحفيين بتهمة التحريض. وأدانت وزارة الخارجية الكندية الأحكام.\n\n"
           "وفي أوتاوا، تجمع العشرات أمام السفارة الصينية. وأعربت أيرلندا عن قلقها البالغ."),
])
def test_a_territory_is_the_place_not_the_responders_capital(lang, text):
    x = _read(text, lang)
    assert any("gov/CA" in r.agents or any(a.startswith("body/CA/") for a in r.agents)
               for r in x.responses)
    assert _places(x) == {"place/MO"}


def test_a_spokesman_who_calls_a_trial_unfair_is_not_on_trial():
    x = _read("Macau court jails five reporters\n\n"
              "A Macau court sentenced five reporters to prison for sedition on Friday, and most "
              "had been held without bail for a year.\n\n"
              "Ottawa went further. The Canadian foreign ministry said it was imposing visa "
              "restrictions on two Macau judges, and Foreign Minister Melanie Joly called the "
              "trial unfair.", "en")
    assert any(r.type == "Sanction" for r in x.responses)
    assert _places(x) == {"place/MO"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norway condemns strike on school in the Gaza Strip\n\n"
           "Norway condemned on Tuesday an air strike on a school in the Gaza Strip that killed "
           "twelve children, and called for an independent investigation."),
    ("fr", "La Norvège condamne une frappe sur une école dans la bande de Gaza\n\n"
           "La Norvège a condamné mardi une frappe aérienne contre une école dans la bande de "
           "Gaza qui a tué douze enfants, et a réclamé une enquête indépendante."),
    ("ar", "النرويج تدين غارة على مدرسة في قطاع غزة\n\n"
           "أدانت النرويج يوم الثلاثاء غارة جوية على مدرسة في قطاع غزة أسفرت عن مقتل اثني عشر "
           "طفلا، وطالبت بإجراء تحقيق مستقل."),
])
def test_gaza_is_a_place_of_its_own(lang, text):
    x = _read(text, lang)
    assert x.responses
    assert _places(x) == {"place/PS-GZA"}


def test_gaza_named_only_in_passing_is_not_the_place():
    x = _read("Norway condemns arrests of children in the West Bank\n\n"
              "Norway condemned on Tuesday the arrests of children by soldiers in the occupied "
              "West Bank, months after the war in the Gaza Strip, and called for their release.",
              "en")
    assert x.responses
    assert "place/PS-GZA" not in _places(x)


# --------------------------------------------------------------- forced returns
@pytest.mark.parametrize("lang,text", [
    ("en", "Turkish police deport hundreds of Afghan refugees\n\n"
           "Turkish police deported at least 400 Afghan refugees this month after raids in "
           "Istanbul, lawyers said. The UN refugee agency UNHCR expressed concern about the "
           "deportations of Afghan refugees and called on the Turkish authorities to respect "
           "the principle of non-refoulement."),
    ("fr", "La police turque expulse des centaines de réfugiés afghans\n\n"
           "La police turque a expulsé ce mois-ci au moins 400 réfugiés afghans après des "
           "descentes à Istanbul, selon des avocats. Le HCR s'est dit préoccupé par les "
           "expulsions de réfugiés afghans et a appelé les autorités turques à respecter le "
           "principe de non-refoulement."),
    ("ar", "الشرطة التركية ترحل مئات اللاجئين الأفغان\n\n"
           "رحلت الشرطة التركية هذا الشهر ما لا يقل عن 400 لاجئ أفغاني بعد مداهمات في إسطنبول، "
           "بحسب محامين. وأعربت مفوضية الأمم المتحدة لشؤون اللاجئين عن قلقها إزاء ترحيل "
           "اللاجئين الأفغان، ودعت السلطات التركية إلى احترام مبدأ عدم الإعادة القسرية."),
])
def test_deported_refugees_the_place_is_the_deporting_country(lang, text):
    x = _read(text, lang)
    assert x.responses
    assert _places(x) == {"place/TR"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Afghan refugees fleeing the Taliban reach Turkey\n\n"
           "Thousands of Afghan refugees fled the Taliban this month. UNHCR expressed concern "
           "for the refugees from Afghanistan."),
    ("fr", "Des réfugiés afghans fuyant les talibans arrivent en Turquie\n\n"
           "Des milliers de réfugiés afghans ont fui les talibans ce mois-ci. Le HCR s'est dit "
           "préoccupé par le sort des réfugiés venus d'Afghanistan."),
])
def test_refugees_who_fled_keep_their_origin(lang, text):
    x = _read(text, lang)
    assert x.responses
    assert _places(x) == {"place/AF"}


# --------------------------------------------------------------- the helpers
def test_forced_return_cues():
    assert forced_return("turkish police deport hundreds of afghans", "en")
    assert forced_return("les refoulements en mer egee", "fr")
    assert forced_return("الشرطه التركيه ترحل مئات اللاجيين", "ar")
    assert not forced_return("refugees fled the fighting", "en")
    assert not forced_return("رحل الرئيس السابق", "ar")      # "passed away", not "deported"


def test_on_trial_gap():
    assert on_trial(" goes on ", "en") and on_trial(" ", "en")
    assert not on_trial(" called the ", "en")
    assert on_trial(" comparait devant le ", "fr")
    assert not on_trial(" a denonce le ", "fr")


def test_responder_countries():
    class R:
        def __init__(self, rtype, agents):
            self.type, self.agents = rtype, agents
    responses = [R("Condemnation", ["gov/GB"]), R("DiplomaticAction", ["body/GB/foreign-ministry"]),
                 R("Rejection", ["gov/CN"]), R("Condemnation", ["gov/CN"]),
                 R("UseOfForce", ["body/HK/police"]), R("Demand", ["org/amnesty-international"])]
    out = responder_countries(responses, {"Condemnation", "DiplomaticAction", "Demand"})
    assert out == {"GB"}
    # one act misread among many answers does not make a responder a party
    responses += [R("Demand", ["gov/GB"]), R("Accusation", ["gov/GB"])]
    out = responder_countries(responses, {"Condemnation", "DiplomaticAction", "Demand"})
    assert out == {"GB"}
    responses += [R("UseOfForce", ["body/GB/police"])]
    out = responder_countries(responses, {"Condemnation", "DiplomaticAction", "Demand"})
    assert out == frozenset()


# --------------------------------------------------------------- a second situation
@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen kill 30 villagers in central Mali\n\n"
           "Gunmen killed at least 30 villagers in central Mali on Sunday, local officials "
           "said. The United Nations condemned the killings.\n\n"
           "Amnesty International accused the Algerian authorities of carrying out mass "
           "expulsions of migrants and urged them to stop."),
    ("fr", "Des hommes armés tuent 30 villageois dans le centre du Mali\n\n"
           "Des hommes armés ont tué au moins 30 villageois dimanche dans le centre du Mali, "
           "selon des élus locaux. Les Nations unies ont condamné ces tueries.\n\n"
           "Amnesty International a accusé les autorités algériennes de procéder à des "
           "expulsions massives de migrants et les a exhortées à y mettre fin."),
    ("ar", "مسلحون يقتلون 30 قرويا في وسط مالي\n\n"
           "قتل مسلحون ما لا يقل عن 30 قرويا يوم الأحد في وسط مالي، بحسب مسؤولين محليين. "
           "وأدانت الأمم المتحدة عمليات القتل.\n\n"
           "واتهمت منظمة العفو الدولية السلطات الجزائرية بترحيل جماعي للمهاجرين، وطالبتها "
           "بوقفه."),
])
def test_a_deportation_named_in_passing_is_its_own_situation(lang, text):
    x = _read(text, lang)
    by_agent = {}
    for r in x.responses:
        for a in r.agents:
            by_agent.setdefault(a, set()).add(x.events[r.event].place if r.event in x.events
                                              else None)
    assert by_agent.get("org/united-nations") == {"place/ML"}
    assert by_agent.get("org/amnesty-international") == {"place/DZ"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Turkish police deport hundreds of Syrian refugees\n\n"
           "Turkish police deported at least 300 Syrian refugees this month, lawyers said. "
           "Syrian security forces arrested 20 of the returnees at the border crossing, a "
           "monitoring group said."),
    ("ar", "الشرطة التركية ترحل مئات اللاجئين السوريين\n\n"
           "رحلت الشرطة التركية هذا الشهر ما لا يقل عن 300 لاجئ سوري، بحسب محامين. واعتقلت "
           "الأجهزة الأمنية السورية 20 من العائدين عند المعبر الحدودي."),
])
def test_force_used_by_another_state_s_police_is_in_that_state(lang, text):
    x = _read(text, lang)
    places = {x.events[r.event].place for r in x.responses
              if r.type == "UseOfForce" and any(a.startswith("body/SY/") for a in r.agents)}
    assert places == {"place/SY"}


# --------------------------------------------------------------- territories
@pytest.mark.parametrize("lang,text", [
    ("en", "France sends police reinforcements to New Caledonia after deadly riots\n\n"
           "France said on Wednesday it would send 1,000 more police officers to New "
           "Caledonia, where four people were killed in riots over a voting reform. Paris "
           "declared a state of emergency, and the UN urged calm. Australia expressed concern."),
    ("fr", "Nouvelle-Calédonie : Paris envoie des renforts après des émeutes meurtrières\n\n"
           "La France a annoncé mercredi l'envoi de 1 000 policiers supplémentaires en "
           "Nouvelle-Calédonie, où quatre personnes ont été tuées lors d'émeutes contre une "
           "réforme électorale. L'ONU a appelé au calme et l'Australie s'est dite préoccupée."),
    ("ar", "فرنسا ترسل تعزيزات إلى كاليدونيا الجديدة بعد أعمال شغب دامية\n\n"
           "أعلنت فرنسا يوم الأربعاء إرسال 1000 شرطي إضافي إلى كاليدونيا الجديدة، حيث قتل "
           "أربعة أشخاص في أعمال شغب احتجاجا على إصلاح انتخابي. ودعت الأمم المتحدة إلى "
           "التهدئة، وأعربت أستراليا عن قلقها."),
])
def test_a_territory_with_its_own_iso_code_is_the_place(lang, text):
    x = _read(text, lang)
    assert x.responses
    assert _places(x) == {"place/NC"}


def test_a_state_s_police_in_a_territory_it_holds_stay_there():
    x = _read("Moroccan police arrest Sahrawi activists in Western Sahara\n\n"
              "Moroccan police arrested six Sahrawi activists in Laayoune, Western Sahara, on "
              "Monday, rights groups said. Amnesty International condemned the arrests and "
              "Algeria called for their release.", "en")
    assert any(r.type == "UseOfForce" for r in x.responses)
    assert _places(x) == {"place/EH"}


# --------------------------------------------------------------- who demonstrates
@pytest.mark.parametrize("lang,text", [
    ("en", "Iran executes protester\n\n"
           "Iran executed a 23-year-old protester on Monday. Germany condemned the execution, "
           "and in Berlin hundreds protested outside the Iranian embassy."),
    ("fr", "L'Inde rejette les critiques sur le Manipur\n\n"
           "Le gouvernement indien a rejeté vendredi les critiques. Le Premier ministre "
           "Narendra Modi était reçu à Paris, où des centaines de manifestants ont défilé "
           "contre les violences."),
    ("ar", "إيران تعدم متظاهرا\n\n"
           "أعدمت إيران يوم الاثنين متظاهرا في الثالثة والعشرين. وأدانت ألمانيا الإعدام. "
           "ونظمت عائلات المعتقلين وقفات احتجاجية أمام السفارة الإيرانية في برلين."),
])
def test_a_government_or_official_does_not_hold_a_rally(lang, text):
    from rightsgraph.loaders.crowds import is_state_actor
    from rightsgraph.loaders.gazetteer import get_gazetteer
    x = _read(text, lang)
    assert x.responses
    demonstrators = [a for r in x.responses if r.type == "Demonstration" for a in r.agents]
    assert not [a for a in demonstrators if is_state_actor(a, get_gazetteer())]


def test_state_actors():
    from rightsgraph.loaders.crowds import drop_state_demonstrators, is_state_actor
    from rightsgraph.loaders.gazetteer import get_gazetteer
    gz = get_gazetteer()
    assert is_state_actor("gov/DE") and is_state_actor("body/GR/parliament")
    assert is_state_actor("person/narendra-modi", gz)
    assert not is_state_actor("group/IR/exiles", gz)
    assert not is_state_actor("org/amnesty-international", gz)

    class R:
        def __init__(self, rtype, agents):
            self.type, self.agents = rtype, agents
    kept = drop_state_demonstrators([R("Demonstration", ["gov/DE"]),
                                     R("Demonstration", ["gov/FR", "group/IR/exiles"]),
                                     R("Condemnation", ["gov/DE"])], gz)
    assert [(r.type, r.agents) for r in kept] == [("Demonstration", ["group/IR/exiles"]),
                                                  ("Condemnation", ["gov/DE"])]


# --------------------------------------------------------------- cities
@pytest.mark.parametrize("lang,text", [
    ("en", "UK and Canada condemn death sentence\n\n"
           "LONDON - Britain and Canada on Friday condemned a death sentence handed to a "
           "rapper, saying it was part of a wider crackdown. The rapper was sentenced by a "
           "revolutionary court in Isfahan last week. In London, the Foreign Office summoned "
           "the chargé d'affaires, and in Ottawa the foreign minister said Canada would raise "
           "the case at the UN."),
    ("fr", "Londres et Ottawa condamnent une condamnation à mort\n\n"
           "LONDRES - Le Royaume-Uni et le Canada ont condamné vendredi la condamnation à mort "
           "d'un rappeur, prononcée la semaine dernière par un tribunal révolutionnaire à "
           "Ispahan. À Londres, le Foreign Office a convoqué le chargé d'affaires."),
    ("ar", "بريطانيا وكندا تدينان حكما بالإعدام\n\n"
           "لندن - أدانت بريطانيا وكندا يوم الجمعة حكما بالإعدام صدر الأسبوع الماضي عن محكمة "
           "ثورية في أصفهان بحق مغني راب. وفي لندن، استدعت وزارة الخارجية القائم بالأعمال."),
])
def test_a_city_says_where_the_situation_is(lang, text):
    x = _read(text, lang)
    assert any("gov/GB" in r.agents or "gov/CA" in r.agents for r in x.responses)
    assert _places(x) == {"place/IR"}


def test_city_mentions():
    from rightsgraph.loaders.cues import normalized_view
    from rightsgraph.loaders.places import city_mentions
    for text, lang, want in [
            ("Shelling in Deir el-Balah and Khan Younis.", "en", [("PS-GZA", "in"), ("PS-GZA", None)]),
            ("Un tribunal d'Ispahan ; à Naplouse.", "fr", [("IR", None), ("PS-WB", "a")]),
            ("قصف في دير البلح وبالموصل", "ar", [("PS-GZA", "في"), ("IQ", "ب")]),
            ("la Douma a voté ; مشهد مؤلم", "fr", [])]:
        norm = normalized_view(text, lang)[0]
        assert [(c, p) for c, _, _, p in city_mentions(norm, lang, 0, len(norm))] == want


# --------------------------------------------------------------- universal jurisdiction
@pytest.mark.parametrize("lang,text", [
    ("en", "German court jails Syrian colonel for crimes against humanity\n\n"
           "KOBLENZ - A German court on Thursday sentenced a former Syrian intelligence colonel "
           "to life in prison for crimes against humanity committed in a Damascus prison where "
           "detainees were tortured. Amnesty International welcomed the verdict and urged other "
           "countries to prosecute torturers."),
    ("fr", "Un tribunal allemand condamne un colonel syrien\n\n"
           "Un tribunal allemand a condamné jeudi un ancien colonel des services de "
           "renseignement syriens à la prison à vie pour des crimes contre l'humanité commis "
           "dans une prison de Damas. Amnesty International a salué le verdict."),
    ("ar", "محكمة ألمانية تسجن عقيدا سوريا\n\n"
           "قضت محكمة ألمانية يوم الخميس بالسجن مدى الحياة على عقيد سابق في المخابرات السورية "
           "بتهمة ارتكاب جرائم ضد الإنسانية في سجن بدمشق. ورحبت منظمة العفو الدولية بالحكم."),
])
def test_a_court_trying_a_foreigner_is_only_the_venue(lang, text):
    x = _read(text, lang)
    assert any("org/amnesty-international" in r.agents for r in x.responses)
    assert {x.events[r.event].place for r in x.responses
            if "org/amnesty-international" in r.agents} == {"place/SY"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands of Rohingya flee new violence in Myanmar\n\n"
           "Thousands of Rohingya refugees have fled new army attacks in Myanmar's Rakhine "
           "state this week, crossing into Bangladesh, which has warned it could start "
           "deportations. The UN refugee agency expressed concern."),
    ("ar", "آلاف الروهينغا يفرون من عنف جديد في ميانمار\n\n"
           "فر آلاف اللاجئين الروهينغا هذا الأسبوع من هجمات جديدة للجيش في ولاية راخين في "
           "ميانمار إلى بنغلاديش التي حذرت من أنها قد تبدأ ترحيلهم. وأعربت مفوضية اللاجئين "
           "عن قلقها."),
])
def test_a_deportation_threat_in_passing_does_not_move_a_flight_story(lang, text):
    x = _read(text, lang)
    assert x.responses
    assert _places(x) == {"place/MM"}


# --------------------------------------------------------------- whom a titled person acts for
@pytest.mark.parametrize("lang,text,person", [
    ("en", "Britain summons envoy after Macau court jails reporters\n\n"
           "A Macau court sentenced five reporters to prison for sedition on Friday. \"The "
           "verdicts are an attack on press freedom,\" Foreign Secretary David Lammy said in a "
           "statement, adding that junior minister Ellen Hartwell had summoned the Chinese "
           "ambassador.", "person/ellen-hartwell"),
    ("fr", "Londres convoque l'ambassadeur chinois après la condamnation de reporters à Macao\n\n"
           "Un tribunal de Macao a condamné vendredi cinq reporters à la prison. Le ministre "
           "britannique des Affaires étrangères David Lammy a déclaré que les verdicts étaient "
           "inacceptables, ajoutant que la secrétaire d'État Marion Castellane avait convoqué "
           "l'ambassadeur chinois.", "person/marion-castellane"),
])
def test_a_colleague_the_speaker_reports_on_acts_for_the_speaker_s_government(lang, text, person):
    from rightsgraph.loaders.evaluate import principal
    x = _read(text, lang)
    assert any(person in r.agents for r in x.responses)
    assert principal(person) == "gov/GB"


# --------------------------------------------------------------- Amman is not Oman
def _ar_places(text):
    from rightsgraph.loaders.gazetteer import get_gazetteer
    return [(m.surface, m.key, m.form) for m in get_gazetteer().find(text, "ar")
            if m.key in ("gov/JO", "gov/OM")]


@pytest.mark.parametrize("text,want", [
    ("عمّان - اعتقلت الشرطة ثلاثة صحفيين.", ("عمّان", "gov/JO", "capital")),
    ("اعتقلت الشرطة في عمّان ثلاثة صحفيين.", ("عمّان", "gov/JO", "capital")),
    ("اعتقلت الشرطة في عمان ثلاثة صحفيين ونقلتهم إلى سجن في الأردن.",
     ("عمان", "gov/JO", "capital")),
    ("اعتقلت الشرطة في عمان ثلاثة صحفيين.", ("عمان", "gov/OM", "name")),
    ("اعتقلت الشرطة في عُمان ثلاثة صحفيين وأدانت الخارجية الأردنية ذلك.",
     ("عُمان", "gov/OM", "name")),
    ("اعتقلت الشرطة العمانية في عمان ثلاثة صحفيين بعد زيارتهم الأردن.",
     ("عمان", "gov/OM", "name")),
])
def test_amman_with_shadda_or_in_a_jordanian_text_is_jordan(text, want):
    assert want in _ar_places(text)


def test_the_sultanate_stays_oman():
    assert _ar_places("قالت سلطنة عمّان إنها أفرجت عن المعتقلين، ورحب الأردن بذلك.") == [
        ("سلطنة عمّان", "gov/OM", "name"), ("الأردن", "gov/JO", "name")]


def test_a_jordanian_story_dated_in_amman_is_placed_in_jordan():
    x = _read("اعتقال ناشطين بعد احتجاجات\n\nاعتقلت قوات الأمن يوم الجمعة في عمان عشرة ناشطين "
              "شاركوا في احتجاجات على غلاء الأسعار في الأردن. وأدانت منظمة العفو الدولية "
              "الاعتقالات ودعت السلطات إلى الإفراج عنهم.", "ar")
    assert _places(x) == {"place/JO"}


# --------------------------------------------------------------- no situation place resolved
@pytest.mark.parametrize("lang,text", [
    ("en", "Refugees in Chad face hunger\n\nThe UN refugee agency said on Monday it was alarmed "
           "by the conditions of refugees in Chad. The agency called on donors to fund the "
           "camps, and the European Union pledged new aid for the refugees."),
    ("fr", "Les réfugiés au Tchad menacés par la faim\n\nL'agence des Nations unies pour les "
           "réfugiés s'est dite alarmée lundi par les conditions des réfugiés au Tchad. L'agence "
           "a appelé les donateurs à financer les camps, et l'Union européenne a promis une "
           "nouvelle aide aux réfugiés."),
    ("ar", "اللاجئون في تشاد يواجهون الجوع\n\nأعربت المفوضية السامية للأمم المتحدة لشؤون "
           "اللاجئين يوم الاثنين عن قلقها البالغ إزاء أوضاع اللاجئين في تشاد. ودعت المفوضية "
           "المانحين إلى تمويل المخيمات، وتعهد الاتحاد الأوروبي بتقديم مساعدات جديدة للاجئين."),
])
def test_responses_without_a_situation_place_take_the_documents_country(lang, text):
    x = _read(text, lang)
    assert x.responses
    assert _places(x) == {"place/TD"}
    assert all(r.event in x.events for r in x.responses)


def test_no_fallback_place_when_two_countries_weigh_alike():
    x = _read("Refugees face hunger\n\nThe UN refugee agency said on Monday it was alarmed by "
              "the conditions of refugees in Chad and Cameroon. The agency called on donors to "
              "fund the camps.", "en")
    assert x.responses
    assert _places(x) <= {None}


# --------------------------------------------------------------- round 3: locatives
def _triples(text, lang):
    from rightsgraph.loaders.evaluate import triples
    return triples(_read(text, lang))


def _iso_places(text, lang):
    return {p for _, _, p in _triples(text, lang)}


# "in northern Iraq", "dans l'est de la RDC", "في شمال سوريا": an area of a country is where
# the situation is, also when that country's government answers (summons, condemns) and the
# attacker is named by its demonym ("a Turkish drone strike").
@pytest.mark.parametrize("lang,text,iso", [
    ("en",
           "Turkish drone strike kills eight civilians in northern Iraq\n\n"
           "A Turkish drone strike killed eight civilians, including three children, in a "
           "village in northern Iraq on Tuesday, local officials said. Baghdad summoned the "
           "Turkish ambassador and condemned the attack, while Ankara said it had targeted "
           "militants.",
     "IQ"),
    ("en",
           "US air strike kills civilians in southern Somalia\n\n"
           "A US air strike killed five civilians in southern Somalia last week, Amnesty "
           "International said on Thursday. The Somali government said it would investigate, "
           "and Amnesty called on Washington to compensate the families.",
     "SO"),
    ("fr",
           "Des soldats rwandais accusés de massacres dans l'est de la RDC\n\n"
           "Des soldats rwandais ont tué au moins 40 civils la semaine dernière dans un "
           "village de l'est de la République démocratique du Congo, selon un rapport de "
           "l'ONU. Kinshasa a condamné ces tueries et rappelé son ambassadeur à Kigali. Le "
           "Rwanda a démenti toute implication.",
     "CD"),
    ("ar",
           "غارات تركية تقتل مدنيين في شمال سوريا\n\n"
           "قتل عشرة مدنيين على الأقل في غارات جوية تركية على قرى في شمال سوريا يوم الأحد. "
           "وأدانت الحكومة السورية الغارات، وطالبت الأمم المتحدة بوقف التصعيد. ونفت أنقرة "
           "استهداف المدنيين.",
     "SY"),
])
def test_an_area_of_a_country_is_the_place_not_the_attacker_s_country(lang, text, iso):
    assert _iso_places(text, lang) == {iso}


# A story about one state's policy carried out on another's soil (asylum seekers sent to
# Rwanda or Nauru): with no origin to place it, the headline's and lead's locatives decide.
@pytest.mark.parametrize("lang,text,iso", [
    ("en",
           "Asylum seekers sent by Britain start hunger strike in Rwanda\n\n"
           "KIGALI - Some forty asylum seekers flown by the United Kingdom to Rwanda began a "
           "hunger strike on Monday at a reception centre in Kigali, their lawyers said. "
           "Amnesty International condemned the scheme as cruel and urged London to bring "
           "them back. The Rwandan government defended the agreement.",
     "RW"),
    ("fr",
           "Nauru : des demandeurs d'asile envoyés par l'Australie entament une grève de la "
           "faim\n\n"
           "Une trentaine de demandeurs d'asile transférés par l'Australie à Nauru ont "
           "entamé lundi une grève de la faim dans le centre de détention de l'île. Amnesty "
           "International a dénoncé « une détention sans fin » et appelé Canberra à les "
           "accueillir. Le gouvernement australien a défendu sa politique.",
     "NR"),
    ("ar",
           "طالبو لجوء أرسلتهم بريطانيا يضربون عن الطعام في رواندا\n\n"
           "بدأ نحو أربعين طالب لجوء نقلتهم المملكة المتحدة إلى رواندا إضرابا عن الطعام يوم "
           "الاثنين في مركز استقبال في كيغالي، بحسب محاميهم. وأدانت منظمة العفو الدولية "
           "الخطة وطالبت لندن بإعادتهم. ودافعت الحكومة الرواندية عن الاتفاق.",
     "RW"),
])
def test_two_countries_the_headline_and_lead_locatives_decide(lang, text, iso):
    assert _iso_places(text, lang) == {iso}


# "the Iranian ambassador in Berlin" is a posting; "a German-Iranian dissident",
# "germano-iranien", "ألماني من أصل إيراني": the responder's half of a dual nationality is
# not where the prisoner is held.
@pytest.mark.parametrize("lang,text", [
    ("en",
           "Germany condemns death sentence against German-Iranian dissident\n\n"
           "Germany on Tuesday condemned the death sentence handed down against a "
           "German-Iranian dissident and summoned the Iranian ambassador in Berlin. Foreign "
           "Minister Annalena Baerbock called the verdict unacceptable."),
    ("fr",
           "Berlin condamne la peine de mort prononcée contre un opposant germano-iranien\n\n"
           "L'Allemagne a condamné mardi la peine de mort prononcée contre un opposant "
           "germano-iranien et a convoqué l'ambassadeur iranien à Berlin. La ministre des "
           "Affaires étrangères a jugé la sentence inacceptable."),
    ("ar",
           "ألمانيا تدين حكم الإعدام على معارض ألماني إيراني\n\n"
           "أدانت ألمانيا يوم الثلاثاء حكم الإعدام الصادر بحق معارض ألماني من أصل إيراني، "
           "واستدعت السفير الإيراني في برلين. ووصفت وزيرة الخارجية الحكم بأنه غير مقبول."),
])
def test_a_posting_and_a_dual_nationality_do_not_place_the_situation(lang, text):
    assert _iso_places(text, lang) == {"IR"}


# A short paragraph about a related situation elsewhere, opened by its locative ("In
# neighbouring Algeria, ...", "Au Niger voisin, ...", "وفي تشاد المجاورة، ..."), gives its place
# to the responses that follow it, without taking the main situation's responses.
@pytest.mark.parametrize("lang,text,main,main_fact,other,other_fact", [
    ("en",
           "Gunmen kill 25 villagers in central Mali\n\n"
           "Gunmen killed at least 25 villagers in central Mali on Sunday, local officials "
           "said. The United Nations condemned the killings and called for an investigation.\n\n"
           "In neighbouring Algeria, the authorities continued the mass expulsions of "
           "sub-Saharan migrants to the desert border. Algeria's interior minister rejected "
           "the criticism, saying the country could not bear the burden alone.",
     "ML", ("org/united-nations", "Condemnation"), "DZ", ("official/DZ/interior-minister", "Rejection")),
    ("fr",
           "Burkina Faso : une attaque jihadiste fait 30 morts dans le Nord\n\n"
           "Une attaque jihadiste a fait au moins 30 morts dimanche dans un village du nord "
           "du Burkina Faso, selon des sources sécuritaires. L'Union africaine a condamné "
           "l'attaque.\n\n"
           "Au Niger voisin, les autorités ont poursuivi les arrestations de journalistes. "
           "Le ministre nigérien de l'Intérieur a rejeté les critiques des ONG.",
     "BF", ("org/african-union", "Condemnation"), "NE", ("official/NE/interior-minister", "Rejection")),
    ("ar",
           "مقتل عشرات المدنيين في قصف على مدينة الأبيض السودانية\n\n"
           "قتل ما لا يقل عن 40 مدنيا في قصف مدفعي على مدينة الأبيض في السودان يوم الاثنين. "
           "وأدانت الأمم المتحدة القصف وطالبت بوقف إطلاق النار.\n\n"
           "وفي تشاد المجاورة، واصلت السلطات ترحيل اللاجئين. ورفض وزير الداخلية التشادي "
           "الانتقادات.",
     "SD", ("org/united-nations", "Condemnation"), "TD", ("official/TD/interior-minister", "Rejection")),
])
def test_a_paragraph_opened_by_another_place_is_its_own_situation(lang, text, main, main_fact,
                                                                  other, other_fact):
    x = _read(text, lang)
    got = {(a, r.type): x.events[r.event].place for r in x.responses if r.event in x.events
           for a in r.agents}
    assert got[main_fact] == "place/" + main
    assert got[other_fact] == "place/" + other


def test_locative_helpers():
    from rightsgraph.loaders.cues import normalized_view
    from rightsgraph.loaders.places import fronted_locative, posting, qualified_preposition

    def at(text, word, lang):
        norm = normalized_view(text, lang)[0]
        return norm, norm.index(word)
    for text, word, lang, want in [
            ("killed in northern Iraq", "iraq", "en", "in"),
            ("clashes in the south-east of Turkey", "turkey", "en", "in"),
            ("raids in neighbouring Syria", "syria", "en", "in"),
            ("fighting in the Amhara region of Ethiopia", "ethiopia", "en", "in"),
            ("the government of Iran", "iran", "en", None),
            ("un village du nord du Burkina Faso", "burkina", "fr", "du"),
            ("des combats dans l'est de la RDC", "rdc", "fr", "dans"),
            ("قرى في شمال غرب سوريا", "سوريا", "ar", "في"),
            ("مدن شمالي العراق", "العراق", "ar", "في"),
            ("the Iraq war", "iraq", "en", None),
            ("le nord du pays et le Mali", "mali", "fr", None)]:
        norm, i = at(text, word, lang)
        assert qualified_preposition(norm, i, lang) == want, text
    for text, word, lang, want in [
            ("In neighbouring Algeria, the police", "algeria", "en", True),
            ("Meanwhile in Algeria, the police", "algeria", "en", True),
            ("The police in Algeria, said", "algeria", "en", False),
            ("Au Niger voisin, les autorités", "niger", "fr", True),
            ("Par ailleurs, en Tunisie, des militants", "tunisie", "fr", True),
            ("Des militants en Tunisie, selon l'AFP", "tunisie", "fr", False),
            ("وفي ليبيا، اعتقلت السلطات", "ليبيا", "ar", True),
            ("اعتقلت السلطات في ليبيا، امس", "ليبيا", "ar", False)]:
        norm, i = at(text, word, lang)
        assert fronted_locative(norm, 0, i, i + len(word), lang) is want, text
    for text, word, lang, want in [
            ("summoned the Iranian ambassador in Berlin", "berlin", "en", True),
            ("a convoqué l'ambassadeur d'Iran à Paris", "paris", "fr", True),
            ("استدعت السفير الإيراني في برلين", "برلين", "ar", True),
            ("the ambassador condemned the killings of villagers in Mali", "mali", "en", False),
            ("took refuge at the Brazilian embassy in Tegucigalpa", "tegucigalpa", "en", False),
            ("manifestaient devant l'ambassade d'Iran à Paris", "paris", "fr", False),
            ("لجأ إلى السفارة البرازيلية في تيغوسيغالبا", "تيغوسيغالبا", "ar", False)]:
        norm, i = at(text, word, lang)
        assert posting(norm, 0, i, lang) is want, text


def test_lead_locative():
    from types import SimpleNamespace as V
    from rightsgraph.loaders.places import lead_locative

    def v(iso, sentence, prep, form="name", key=None, start=5, end=10, attached=None):
        return V(iso=iso, key=key or f"gov/{iso}", form=form, kind="Government",
                 preposition=prep, attached=attached, sentence=sentence, start=start, end=end)
    norm = "x" * 200
    # "in Rwanda" in the headline, "in Kigali" in the lead; Britain named without a locative
    votes = [v("GB", 0, None), v("RW", 0, "in"), v("RW", 1, "in", "capital"), v("GB", 1, None)]
    assert lead_locative(votes, {0}, {1, 2}, norm) == "RW"
    # one locative each: no single place
    assert lead_locative([v("RW", 1, "in"), v("GB", 1, "in")], {0}, {1, 2}, norm) is None
    # destinations and the speaker's own place do not count
    votes = [v("TN", 0, "to", attached="dest"), v("DE", 0, "in", key="gov/DE")]
    assert lead_locative(votes, {0}, {1}, norm, {0: {"gov/DE"}}) is None


# Refugees resettled or hosted: the place is the country they fled (the demonym), not the
# camps or the country they are taken from ("Syrian refugees from Turkish camps", "Afghan
# refugees ... who now live in Pakistan").
@pytest.mark.parametrize("lang,text,iso", [
    ("en",
           "Germany to take in 500 more Syrian refugees from Turkish camps\n\n"
           "Germany will resettle 500 Syrian refugees now living in camps in Turkey, the "
           "interior ministry said on Monday. The UNHCR welcomed the decision.",
     "SY"),
    ("en",
           "Canada to resettle 1,000 Afghan refugees from Pakistan\n\n"
           "Canada said on Friday it would resettle 1,000 Afghan refugees who fled the "
           "Taliban and now live in Pakistan. The UN refugee agency welcomed the decision.",
     "AF"),
    ("fr",
           "La France accueillera 400 réfugiés syriens des camps du Liban\n\n"
           "La France accueillera cette année 400 réfugiés syriens vivant dans des camps au "
           "Liban, a annoncé mardi le ministère de l'Intérieur. Le HCR a salué cette "
           "décision.",
     "SY"),
    ("fr",
           "L'Espagne va réinstaller 600 réfugiés afghans depuis l'Iran\n\n"
           "L'Espagne va réinstaller 600 réfugiés afghans qui ont fui les talibans et vivent "
           "aujourd'hui en Iran, a indiqué le gouvernement. Le HCR a salué cette initiative.",
     "AF"),
    ("ar",
           "كندا تعيد توطين ألف لاجئ أفغاني من باكستان\n\n"
           "أعلنت كندا أنها ستعيد توطين ألف لاجئ أفغاني فروا من حكم طالبان ويقيمون حاليا في "
           "باكستان. ورحبت مفوضية الأمم المتحدة لشؤون اللاجئين بالقرار.",
     "AF"),
    ("ar",
           "السويد تستقبل لاجئين سوريين من مخيمات الأردن\n\n"
           "قالت الحكومة السويدية إنها ستستقبل 500 لاجئ سوري يعيشون في مخيمات في الأردن. "
           "ورحبت المفوضية السامية للأمم المتحدة لشؤون اللاجئين بالخطوة.",
     "SY"),
])
def test_refugees_keep_their_origin_beside_their_host(lang, text, iso):
    assert _iso_places(text, lang) == {iso}


# A sentence opened by the country where a protest is held ("En France, des Iraniens ont
# manifesté contre les exécutions") names a venue, not a situation of its own.
@pytest.mark.parametrize("lang,text", [
    ("fr",
           "L'Iran exécute deux manifestants\n\n"
           "L'Iran a exécuté lundi deux hommes arrêtés lors des manifestations de 2022, a "
           "annoncé la justice iranienne. Amnesty International a condamné ces exécutions.\n\n"
           "En France, des centaines d'Iraniens ont manifesté dimanche contre les "
           "exécutions."),
    ("en",
           "Iran executes two protesters\n\n"
           "Iran executed two men arrested during the 2022 protests on Monday, the judiciary "
           "said. Amnesty International condemned the executions.\n\n"
           "In Germany, hundreds of Iranians rallied on Sunday against the executions."),
    ("ar",
           "إيران تعدم متظاهرين اثنين\n\n"
           "أعدمت إيران يوم الاثنين رجلين اعتقلا خلال احتجاجات 2022، بحسب السلطة القضائية. "
           "وأدانت منظمة العفو الدولية عمليات الإعدام.\n\n"
           "وفي ألمانيا، تظاهر مئات الإيرانيين يوم الأحد ضد الإعدامات."),
])
def test_a_protest_abroad_opened_by_its_country_is_no_situation_there(lang, text):
    assert _iso_places(text, lang) == {"IR"}


# "over detained Canadians" in Canada's own answer: the responder's nationals held abroad do
# not place the situation in the responder's country (English puts the victims' demonym after
# the abuse); a government answering an abuse of its own nationals at home keeps its place.
@pytest.mark.parametrize("text,iso", [
    (
           "Canada summons Chinese ambassador over detained Canadians\n\n"
           "Canada summoned the Chinese ambassador on Wednesday over the detention of two "
           "Canadian citizens accused of espionage, Foreign Minister Mélanie Joly said. "
           "Ottawa called for their immediate release.",
     "CN"),
    (
           "Washington condemns Moscow over imprisoned Americans\n\n"
           "The United States condemned Russia on Monday over imprisoned Americans it "
           "described as wrongfully detained, and the State Department called for their "
           "release.",
     "RU"),
    (
           "Spain summons Venezuelan envoy over arrested Spaniards\n\n"
           "Spain summoned Venezuela's ambassador on Thursday over the treatment of arrested "
           "Spaniards, the foreign ministry said, and called for their release.",
     "VE"),
    (
           "Mexico condemns killing of journalist\n\n"
           "Mexico's government condemned the killing of a Mexican journalist in the state "
           "of Guerrero and promised an investigation.",
     "MX"),
])
def test_a_responder_s_nationals_held_abroad(text, iso):
    assert _iso_places(text, "en") == {iso}


# A city of gazetteer/cities.tsv named alone (no country) places the situation against the
# responders' countries.
@pytest.mark.parametrize("lang,text,iso", [
    ("en",
           "Militia attack kills 20 in Bunia camp\n\n"
           "Militiamen killed at least 20 displaced people in an attack on a camp near Bunia "
           "overnight, local officials said. Belgium condemned the attack and the UN called "
           "for an investigation.",
     "CD"),
    ("fr",
           "Frappes meurtrières sur Lviv\n\n"
           "Des frappes de missiles ont tué au moins sept civils mardi à Lviv, selon les "
           "autorités locales. La France a condamné ces frappes et l'ONU a exprimé sa vive "
           "préoccupation.",
     "UA"),
    ("ar",
           "مقتل مدنيين في قصف على عفرين\n\n"
           "قتل خمسة مدنيين على الأقل في قصف مدفعي على مدينة عفرين يوم الأحد. وأدانت فرنسا "
           "القصف وطالبت الأمم المتحدة بحماية المدنيين.",
     "SY"),
])
def test_a_city_alone_places_the_situation(lang, text, iso):
    assert _iso_places(text, lang) == {iso}


# A region several states share a name for ("Kashmir", "Balochistan") follows the rest of the
# document: the state whose police or forces act there, not the gazetteer's default.
@pytest.mark.parametrize("lang,text,iso", [
    ("en",
           "Police fire on protesters in Kashmir\n\n"
           "Pakistani police opened fire on protesters demanding cheaper electricity in "
           "Kashmir on Saturday, killing three, local officials said. The Human Rights "
           "Commission of Pakistan condemned the killings and Amnesty International demanded "
           "an independent inquiry.",
     "PK"),
    ("en",
           "Indian forces detain hundreds in Kashmir\n\n"
           "Indian security forces detained hundreds of people in Kashmir after a militant "
           "attack, police said. Pakistan condemned the arrests and the UN expressed "
           "concern.",
     "IN"),
    ("en",
           "Iranian police kill Baluch protesters\n\n"
           "Iranian police killed at least ten Baluch protesters in Balochistan on Friday, a "
           "rights group said. Amnesty International condemned the killings and called for "
           "an independent investigation.",
     "IR"),
    ("fr",
           "Cachemire : la police pakistanaise tire sur des manifestants\n\n"
           "La police pakistanaise a ouvert le feu samedi sur des manifestants au Cachemire, "
           "tuant trois personnes, selon des responsables locaux. Amnesty International a "
           "condamné ces tirs et réclamé une enquête indépendante.",
     "PK"),
    ("fr",
           "Cachemire : des centaines d'arrestations par les forces indiennes\n\n"
           "Les forces de sécurité indiennes ont arrêté des centaines de personnes au "
           "Cachemire après un attentat. Le Pakistan a condamné ces arrestations et l'ONU "
           "s'est dite préoccupée.",
     "IN"),
    ("fr",
           "Des manifestants baloutches tués par la police iranienne\n\n"
           "La police iranienne a tué vendredi au moins dix manifestants au Baloutchistan, "
           "selon une ONG. Amnesty International a condamné ces tueries.",
     "IR"),
    ("ar",
           "الشرطة الباكستانية تطلق النار على محتجين في كشمير\n\n"
           "أطلقت الشرطة الباكستانية النار على محتجين في كشمير يوم السبت، ما أسفر عن مقتل "
           "ثلاثة أشخاص. وأدانت منظمة العفو الدولية إطلاق النار وطالبت بتحقيق مستقل.",
     "PK"),
    ("ar",
           "قوات الأمن الهندية تعتقل المئات في كشمير\n\n"
           "اعتقلت قوات الأمن الهندية مئات الأشخاص في كشمير بعد هجوم مسلح. وأدانت باكستان "
           "الاعتقالات وأعربت الأمم المتحدة عن قلقها.",
     "IN"),
    ("ar",
           "الشرطة الإيرانية تقتل محتجين في بلوشستان\n\n"
           "قتلت الشرطة الإيرانية يوم الجمعة عشرة محتجين على الأقل في بلوشستان، بحسب منظمة "
           "حقوقية. وأدانت منظمة العفو الدولية عمليات القتل.",
     "IR"),
])
def test_a_shared_region_follows_the_state_acting_there(lang, text, iso):
    assert _iso_places(text, lang) == {iso}


# The paragraph about another country opened after a connective ("Separately, in Tunisia,",
# "Par ailleurs, en Tunisie,", "وفي تونس،"), whose only situation word is about migrants:
# the arrests there and the ministry's denial are in that country.
@pytest.mark.parametrize("lang,text", [
    ("en",
           "Gunmen kill 25 villagers in central Mali\n\n"
           "Gunmen killed at least 25 villagers in central Mali on Sunday, local officials "
           "said. The United Nations condemned the killings.\n\n"
           "Separately, in Tunisia, police arrested three journalists over their reporting "
           "on migrants. The Tunisian interior ministry denied that the arrests were linked "
           "to their work."),
    ("fr",
           "Des hommes armés tuent 25 villageois dans le centre du Mali\n\n"
           "Des hommes armés ont tué au moins 25 villageois dimanche dans le centre du Mali, "
           "selon des élus locaux. L'ONU a condamné ces tueries.\n\n"
           "Par ailleurs, en Tunisie, la police a arrêté trois journalistes pour leurs "
           "reportages sur les migrants. Le ministère tunisien de l'Intérieur a nié tout "
           "lien avec leur travail."),
    ("ar",
           "مسلحون يقتلون 25 قرويا في وسط مالي\n\n"
           "قتل مسلحون ما لا يقل عن 25 قرويا يوم الأحد في وسط مالي، بحسب مسؤولين محليين. "
           "وأدانت الأمم المتحدة عمليات القتل.\n\n"
           "وفي تونس، اعتقلت الشرطة ثلاثة صحفيين بسبب تقاريرهم عن المهاجرين. ونفت وزارة "
           "الداخلية التونسية أي صلة لذلك بعملهم."),
])
def test_a_second_paragraph_opened_after_a_connective(lang, text):
    got = _triples(text, lang)
    assert ("org/united-nations", "Condemnation", "ML") in got
    assert ("gov/TN", "Denial", "TN") in got


# Another state's police using force at home ("Tunisian police arrested three journalists")
# name a situation there, and the next sentences of the paragraph (its ministry's denial)
# follow it.
@pytest.mark.parametrize("lang,text", [
    ("en",
           "Gunmen kill 25 villagers in central Mali\n\n"
           "Gunmen killed at least 25 villagers in central Mali on Sunday, local officials "
           "said. The United Nations condemned the killings.\n\n"
           "Elsewhere in the region, Tunisian police arrested three journalists over their "
           "reporting. The Tunisian interior ministry denied that the arrests were linked to "
           "their work."),
    ("fr",
           "Des hommes armés tuent 25 villageois dans le centre du Mali\n\n"
           "Des hommes armés ont tué au moins 25 villageois dimanche dans le centre du Mali, "
           "selon des élus locaux. L'ONU a condamné ces tueries.\n\n"
           "La police tunisienne a par ailleurs arrêté trois journalistes pour leurs "
           "reportages. Le ministère tunisien de l'Intérieur a nié tout lien avec leur "
           "travail."),
    ("ar",
           "مسلحون يقتلون 25 قرويا في وسط مالي\n\n"
           "قتل مسلحون ما لا يقل عن 25 قرويا يوم الأحد في وسط مالي، بحسب مسؤولين محليين. "
           "وأدانت الأمم المتحدة عمليات القتل.\n\n"
           "من جهة أخرى، اعتقلت الشرطة التونسية ثلاثة صحفيين بسبب تقاريرهم. ونفت وزارة "
           "الداخلية التونسية أي صلة لذلك بعملهم."),
])
def test_the_sentences_after_another_state_s_force_follow_it(lang, text):
    got = _triples(text, lang)
    assert ("org/united-nations", "Condemnation", "ML") in got
    assert ("gov/TN", "UseOfForce", "TN") in got
    assert ("gov/TN", "Denial", "TN") in got


# A European policy with no country of its own: the city where ministers meet and the
# states that only answer it ("Hungary rejected the plan") are no place (None, as in the
# gold of such stories).
@pytest.mark.parametrize("lang,text", [
    ("en",
           "EU ministers meeting in Luxembourg agree on asylum reform\n\n"
           "EU interior ministers meeting in Luxembourg agreed on Thursday to share the "
           "burden of hosting asylum seekers. Hungary and Poland rejected the plan, and "
           "Amnesty International criticised it."),
    ("fr",
           "Réunis au Luxembourg, les ministres européens s'accordent sur l'asile\n\n"
           "Les ministres de l'Intérieur de l'UE, réunis jeudi au Luxembourg, se sont "
           "accordés sur une répartition des demandeurs d'asile. La Hongrie a rejeté le plan "
           "et Amnesty International l'a critiqué."),
    ("ar",
           "وزراء أوروبيون يتفقون على إصلاح نظام اللجوء في اجتماع في لوكسمبورغ\n\n"
           "اتفق وزراء داخلية الاتحاد الأوروبي خلال اجتماع في لوكسمبورغ يوم الخميس على تقاسم "
           "أعباء استضافة طالبي اللجوء. ورفضت المجر الخطة، وانتقدتها منظمة العفو الدولية."),
])
def test_a_meeting_venue_is_no_place(lang, text):
    assert _iso_places(text, lang) == {None}


# "In Germany, the government condemned the executions": where a state answers from is no
# situation of its own, also when a country (not a capital) opens the sentence.
@pytest.mark.parametrize("lang,text", [
    ("en",
           "Iran hangs two protesters\n\n"
           "Iran hanged two protesters on Monday, the judiciary said. Amnesty International "
           "condemned the executions.\n\n"
           "In Germany, the government condemned the executions and summoned the Iranian "
           "ambassador."),
    ("fr",
           "L'Iran pend deux manifestants\n\n"
           "L'Iran a pendu lundi deux manifestants, a annoncé la justice. Amnesty "
           "International a condamné ces exécutions.\n\n"
           "En Allemagne, le gouvernement a condamné les exécutions et convoqué "
           "l'ambassadeur iranien."),
    ("ar",
           "إيران تعدم متظاهرين اثنين\n\n"
           "أعدمت إيران يوم الاثنين متظاهرين اثنين، بحسب السلطة القضائية. وأدانت منظمة العفو "
           "الدولية عمليات الإعدام.\n\n"
           "وفي ألمانيا، أدانت الحكومة عمليات الإعدام واستدعت السفير الإيراني."),
])
def test_a_responder_s_own_country_opening_its_sentence_is_no_situation(lang, text):
    assert _iso_places(text, lang) == {"IR"}


# An extradition is a forced return: the state that sends the dissident away is the place,
# not the country he is sent to nor his nationality.
@pytest.mark.parametrize("lang,text,iso", [
    ("en",
           "Poland extradites Belarusian activist to Minsk\n\n"
           "Poland extradited a Belarusian opposition activist to Minsk on Friday despite "
           "warnings that he faced torture, his lawyers said. Amnesty International "
           "condemned the extradition.",
     "PL"),
    ("en",
           "Thailand extradites Vietnamese blogger\n\n"
           "Thailand extradited a Vietnamese blogger to Hanoi on Tuesday, where he is "
           "expected to face charges of anti-state propaganda. Human Rights Watch condemned "
           "the extradition and urged Bangkok to respect its obligations.",
     "TH"),
    ("en",
           "UAE extradites Egyptian dissident to Cairo\n\n"
           "The United Arab Emirates extradited an Egyptian opposition poet to Cairo this "
           "week, his family said. Amnesty International condemned the extradition and "
           "called for his release.",
     "AE"),
    ("fr",
           "La Turquie extrade un opposant ouïghour vers la Chine\n\n"
           "La Turquie a extradé jeudi vers la Chine un militant ouïghour, malgré les "
           "risques de torture, selon ses proches. Amnesty International a dénoncé cette "
           "extradition et appelé Ankara à respecter le principe de non-refoulement.",
     "TR"),
    ("fr",
           "La Pologne extrade un militant biélorusse vers Minsk\n\n"
           "La Pologne a extradé vendredi un militant de l'opposition biélorusse vers Minsk, "
           "malgré les risques de torture, selon ses avocats. Amnesty International a "
           "condamné cette extradition.",
     "PL"),
    ("fr",
           "Les Émirats extradent un poète égyptien vers Le Caire\n\n"
           "Les Émirats arabes unis ont extradé cette semaine un poète égyptien d'opposition "
           "vers Le Caire, selon sa famille. Amnesty International a condamné cette "
           "extradition et réclamé sa libération.",
     "AE"),
])
def test_an_extradition_is_placed_at_the_extraditing_state(lang, text, iso):
    assert _iso_places(text, lang) == {iso}
