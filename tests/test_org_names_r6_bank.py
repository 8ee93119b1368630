"""Bank: organisations the gazetteer does not list, whose names were not read as one actor
(round 6, helper D4).

The mechanism: a name built on a head noun ("Conference", "Congress", "Church", "Assembly",
"Union", "Conférence", "Syndicat") holds a country, a demonym or a generic state body
("Zambia", "sénégalaise", "American press"); when the name is not recognised, that word is
read as the government and the organisation's act is given to the state it criticises. In
French the name often closes the sentence, after the verb of a quotation ("« ... », a
dénoncé l'Union des journalistes nigériens."). Written in wire style with actors, countries
and wording different from the test documents; unknown organisations are matched by key
prefix (``org/*``: their slug is not what is tested), places at country level
(tests/extraction_helpers.py ``country_facts()``). Each case lists facts that must be
extracted and facts that must NOT be (the government of the name's country criticising
itself). Also "the Foreign Office" standing alone with capitals: the British ministry
(loaders/capital_offices.py), not the situation country's; and French names keyed by their
English name (loaders/english_org_names.py; English and Arabic names have English keys already).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # ---- English: heads that were missing, a country inside the name
    ("en-conference-bishops", "en", "Security forces in Lusaka arrested the editor of a local newspaper on Friday. "
     "The Zambia Conference of Catholic Bishops condemned the arrest.",
     ["org/zambia-conference-of-catholic-bishops Condemnation ZM"], ["gov/ZM Condemnation -"]),
    ("en-congress-unions", "en", "Police in Accra beat striking nurses outside the health ministry on Monday. "
     "The Ghana Trades Union Congress condemned the beatings.",
     ["org/ghana-trades-union-congress Condemnation GH"], ["gov/GH Condemnation -", "gov/US Condemnation -"]),
    ("en-church-of-country", "en", "Ugandan police arrested four pastors in Gulu on Sunday. "
     "The Church of Uganda condemned the arrests and demanded their release.",
     ["org/church-of-uganda Condemnation UG"], ["gov/UG Condemnation -"]),
    ("en-assembly-chiefs", "en", "Canadian police arrested eleven land defenders near a pipeline site in Manitoba. "
     "The Assembly of Manitoba Chiefs demanded an independent inquiry.",
     ["org/assembly-of-manitoba-chiefs Demand CA"], ["gov/CA Demand -"]),
    ("en-demonym-press-inside", "en", "Nicaraguan police raided the offices of the newspaper La Prensa in Managua. "
     "The Inter American Federation of Press Workers called the raid \"an assault on the last free newsroom\".",
     ["org/inter-american-federation-of-press-workers Condemnation NI"], ["gov/US Condemnation -"]),
    # ---- French: the name closes the sentence; a demonym inside it
    ("fr-union-after-quote", "fr", "Les gendarmes ont arrêté trois journalistes à Niamey mardi. « C'est une atteinte "
     "grave à la liberté de la presse », a dénoncé l'Union des journalistes nigériens.",
     ["org/* Condemnation NE"], ["gov/NE Condemnation -"]),
    ("fr-association-demonym-after-quote", "fr", "Un tribunal de Dakar a condamné l'opposant à six mois de prison. "
     "« Ce procès est une farce », a dénoncé l'Association sénégalaise des juristes.",
     ["org/* Condemnation SN"], ["gov/SN Condemnation -"]),
    ("fr-conference-eveques", "fr", "La police a arrêté le militant Germain Rukuki à Bujumbura. La Conférence des évêques "
     "catholiques du Burundi a condamné son arrestation.",
     ["org/* Condemnation BI"], ["gov/BI Condemnation -"]),
    ("fr-syndicat-after-quote", "fr", "Le tribunal de Yaoundé a condamné l'enseignant à deux ans de prison. « Nous "
     "exigeons sa libération immédiate », a déclaré le Syndicat national des enseignants du supérieur.",
     ["org/* Demand CM"], ["gov/CM Demand -"]),
    ("fr-assemblee-chefs", "fr", "La police fédérale a arrêté quatorze manifestants autochtones au Québec. "
     "L'Assemblée des chefs de la nation crie a exigé une enquête indépendante.",
     ["org/* Demand CA"], ["gov/CA Demand -"]),
    # ---- French names of unknown organisations keyed by their English name (SPEC keys are English;
    # tests/blind3/README.md: "Parti démocrate" -> org/democratic-party-of-albania)
    ("fr-key-association-of-journalists", "fr", "La police a saisi le matériel de trois reporters à Ouagadougou. "
     "« C'est une intimidation inacceptable », a dénoncé l'Association burkinabè des journalistes.",
     ["org/burkinabe-association-of-journalists Condemnation BF"], []),
    ("fr-key-league-for-human-rights", "fr", "Les gendarmes ont arrêté douze militants à Cotonou lundi. La Ligue "
     "béninoise des droits humains a condamné ces arrestations.",
     ["org/beninese-league-for-human-rights Condemnation BJ"], []),
    ("fr-key-collective-of-families", "fr", "Des soldats ont enlevé quatre jeunes hommes à Kidal. Le Collectif des "
     "familles de victimes a exigé une enquête indépendante.",
     ["org/collective-of-families-of-victims Demand ML"], []),
    ("fr-key-union-of-workers", "fr", "La police a dispersé à coups de gaz lacrymogène une grève à N'Djamena. L'Union "
     "des travailleurs tchadiens a condamné la répression.",
     ["org/union-of-chadian-workers Condemnation TD"], []),
    # ---- "the Foreign Office" alone, with capitals: the British ministry, not the situation country's
    ("en-foreign-office-bare", "en", "Iranian authorities executed the British-Iranian dual national Alireza Akbari in "
     "Tehran. The Foreign Office condemned the execution and summoned Iran's charge d'affaires.",
     ["gov/GB Condemnation IR", "gov/GB DiplomaticAction IR"], ["gov/IR Condemnation -", "gov/IR DiplomaticAction -"]),
    ("en-foreign-office-concern", "en", "Egyptian police detained the British-Egyptian activist at Cairo airport on Friday. "
     "The Foreign Office said it was deeply concerned by his detention.",
     ["gov/GB ExpressionOfConcern EG"], ["gov/EG ExpressionOfConcern -"]),
    ("en-foreign-office-of-pakistan", "en", "Pakistani police arrested the journalist in Lahore. Pakistan's Foreign "
     "Office rejected the criticism. The Foreign Office said the arrest followed the law.",
     [], ["gov/GB Rejection -"]),
    ("fr-foreign-office-convoque", "fr", "Les autorités iraniennes ont exécuté un ressortissant britannique à Téhéran. "
     "Le Foreign Office a condamné l'exécution et convoqué le chargé d'affaires iranien.",
     ["gov/GB Condemnation IR"], ["gov/IR Condemnation -"]),
    # ---- Arabic: the same mechanism (a demonym in the association's name)
    ("ar-syndicate-demonym", "ar", "اعتقلت الشرطة السودانية ثلاثة صحفيين في الخرطوم يوم الاثنين. "
     "وأدانت نقابة الصحفيين السودانيين الاعتقالات.",
     ["org/* Condemnation SD"], ["gov/SD Condemnation -"]),
    ("ar-association-demonym", "ar", "قتلت قوات الأمن ثلاثة متظاهرين في بغداد يوم الجمعة. "
     "وطالبت الجمعية العراقية لحقوق الإنسان بتحقيق مستقل.",
     ["org/* Demand IQ"], ["gov/IQ Demand -"]),
    ("ar-writers-league", "ar", "اعتقلت الأجهزة الأمنية الأردنية الكاتب في عمّان. "
     "وأدانت رابطة الكتاب الأردنيين اعتقاله.",     # (round 11: keyed by transliteration, no fact)
     [], ["gov/JO Condemnation -"]),
    ("ar-lawyers-body-of-country", "ar", "حكمت محكمة تونسية على المحامية بالسجن عامين. "
     "ونددت الهيئة الوطنية للمحامين بتونس بالحكم.",
     ["org/* Condemnation TN"], ["gov/TN Condemnation -"]),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_org_names_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
