"""Bank: organisations' acts read in round 9 (helper H7).

The mechanisms: (1) a council's or bloc's meeting named with its qualifiers ("held an
emergency closed session", "a tenu des consultations à huis clos", "عقد جلسة طارئة مغلقة"),
an envoy meeting a head of state (DiplomaticAction); (2) an inquiry under way told as
examining the circumstances (Investigation); (3) findings given "in an analysis", "dans son
rapport", "في تحليل" (Report); (4) a body of an organisation named before it -- "la division
des droits de l'homme de la Minusma", "بعثة تقصي الحقائق التابعة للأمم المتحدة" -- acts for the
organisation, not for the state of the scene; (5) sanctions adopted as a package or prepared,
military cooperation suspended (Sanction). Own mini-documents of each construction; the
negative cases guard the readings these rows must not make.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # --- DiplomaticAction: a session named with its qualifiers; an envoy meeting officials ---
    ("en-emergency-closed-session", "en", "Soldiers opened fire on protesters in Khartoum on Monday, killing nine. The "
     "UN Security Council held an emergency closed session on the crisis on Tuesday.",
     ["org/united-nations DiplomaticAction SD"], []),
    ("en-convened-urgent-meeting", "en", "Militias shelled a displacement camp near Goma on Sunday. The African Union "
     "convened an urgent meeting of its Peace and Security Council on Monday.",
     ["org/african-union DiplomaticAction CD"], []),
    ("en-envoy-met-president", "en", "Police detained dozens of opposition supporters in Conakry on Friday. The ECOWAS "
     "envoy met President Doumbouya on Saturday.",
     ["org/ecowas DiplomaticAction GN"], []),
    ("fr-reunion-d-urgence", "fr", "Des soldats ont tiré sur des manifestants à Niamey lundi. Le Conseil de sécurité "
     "de l'ONU a tenu mardi une réunion d'urgence sur la crise.",
     ["org/united-nations DiplomaticAction NE"], []),
    ("fr-reuni-a-huis-clos", "fr", "Des miliciens ont incendié un village près de Bunia samedi. Le Conseil de sécurité "
     "s'est réuni lundi à huis clos.",
     ["org/united-nations DiplomaticAction CD"], []),
    ("fr-consultations-huis-clos", "fr", "L'armée a bombardé des quartiers de Khartoum. Le Conseil de sécurité a tenu "
     "des consultations à huis clos sur le Soudan.",
     ["org/united-nations DiplomaticAction SD"], []),
    ("ar-jalsa-taria", "ar", "قتلت قوات الأمن تسعة متظاهرين في الخرطوم يوم الاثنين. وعقد مجلس الأمن الدولي جلسة طارئة "
     "مغلقة يوم الثلاثاء لبحث الأزمة.",
     ["org/united-nations DiplomaticAction SD"], []),
    ("ar-mashawarat-mughlaqa", "ar", "قصفت ميليشيات مخيما للنازحين قرب غوما. وعقد مجلس الأمن مشاورات مغلقة بشأن الكونغو.",
     ["org/united-nations DiplomaticAction CD"], []),
    # --- Investigation: an inquiry under way, "examining the circumstances" ---
    ("en-examining-circumstances", "en", "Police shot dead three protesters in Nairobi on Tuesday. A UN fact-finding "
     "mission said it was examining the circumstances of the killings.",
     ["org/united-nations Investigation KE"], []),
    ("en-looking-into", "en", "Guards beat inmates at a prison near Tashkent, lawyers said. The Council of Europe's "
     "anti-torture committee said it was looking into the allegations.",
     ["org/council-of-europe Investigation UZ"], []),
    ("fr-examinait-circonstances", "fr", "La police a tué trois manifestants à Conakry mardi. La mission d'établissement "
     "des faits de l'ONU a indiqué qu'elle examinait les circonstances des tirs.",
     ["org/united-nations Investigation GN"], []),
    ("ar-tadrus-mulabasat", "ar", "قتلت الشرطة ثلاثة متظاهرين في نيروبي يوم الثلاثاء. وقالت بعثة تقصي الحقائق التابعة "
     "للأمم المتحدة إنها تدرس ملابسات الحادث.",
     ["org/united-nations Investigation KE"], []),
    # --- Report: findings given in a named study ---
    ("en-concluded-in-analysis", "en", "Soldiers killed 20 villagers near Mopti last month. The UN human rights "
     "division concluded in an analysis published Tuesday that the killings were summary executions.",
     ["org/united-nations Report ML"], []),
    ("fr-conclu-dans-analyse", "fr", "Des soldats ont tué vingt villageois près de Mopti le mois dernier. La division "
     "des droits de l'homme de la Minusma a conclu dans une analyse publiée mardi qu'il s'agissait d'exécutions.",
     ["org/united-nations Report ML"], []),
    ("ar-fi-taqririha", "ar", "قتل جنود عشرين قرويا قرب موبتي الشهر الماضي. وأكدت بعثة الأمم المتحدة في تقريرها "
     "السنوي أن عمليات القتل كانت إعدامات ميدانية.",
     ["org/united-nations Report ML"], []),
    # --- a body of the organisation acts for it, not for the state of the scene ---
    ("ar-lajna-tabia-condemns", "ar", "قتلت قوات الأمن متظاهرين في الخرطوم. وأدانت لجنة التحقيق التابعة للأمم المتحدة "
     "الهجوم.",
     ["org/united-nations Condemnation SD"], ["gov/SD Condemnation SD"]),
    ("fr-commission-de-l-onu", "fr", "Des miliciens ont tué des civils près de Bunia. La commission d'enquête de l'ONU "
     "a condamné les tueries.",
     ["org/united-nations Condemnation CD"], []),
    # --- Sanction: a package adopted or prepared; military cooperation or a training mission suspended ---
    ("en-prepare-sanctions", "en", "Police arrested 300 protesters in Minsk on Sunday. EU leaders agreed to prepare "
     "new economic sanctions against the officials responsible.",
     ["org/european-union Sanction BY"], []),
    ("en-suspend-training-mission", "en", "Soldiers executed dozens of villagers near Bangui, the UN said. The "
     "European Union suspended its military training mission in the country.",
     ["org/european-union Sanction CF"], []),
    ("fr-suspendu-mission-de-formation", "fr", "Des soldats ont exécuté des dizaines de villageois près de Bangui. "
     "L'Union européenne a suspendu sa mission de formation militaire.",
     ["org/european-union Sanction CF"], []),
    ("ar-hizmat-uqubat", "ar", "اعتقلت الشرطة البيلاروسية 300 متظاهر في مينسك يوم الأحد. واعتمد الاتحاد الأوروبي حزمة "
     "جديدة من العقوبات على مسؤولين بيلاروسيين.",
     ["org/european-union Sanction BY"], []),
    # --- what these rows must not read ---
    ("en-court-closed-session-no-diplomacy", "en", "Police arrested the blogger Ahmed Douma in Cairo. The court "
     "examined the charges in a closed hearing on Monday.",
     [], ["gov/EG DiplomaticAction EG"]),
    ("fr-tenu-a-denoncer-no-meeting", "fr", "La police a dispersé une marche de l'opposition à Dakar samedi. Amnesty "
     "International a tenu à dénoncer un usage excessif de la force.",
     ["org/amnesty-international Condemnation SN"], ["org/amnesty-international DiplomaticAction SN"]),
]

XFAIL = {}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_organisation_acts_r9_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
