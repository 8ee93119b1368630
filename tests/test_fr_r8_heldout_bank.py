"""Bank: French responses of every type and their agents (round 8, helper H3, HELD-OUT half B).

Written with bank A (tests/test_fr_r8_bank.py) before running the extractor, split with
random.Random(8).shuffle, and scored by numbers only until the end of the round: 25/33 on base
38e6bb0 and 25/33 after the round-8 French changes (no transfer). Still-failing cases are strict
xfails; their reasons were read after the final score (the four 'nothing is extracted' ones probed,
the others read from the failure message only).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    ('fr8-fndc-exige', 'fr',
     'Guinée : le FNDC exige la libération de ses responsables\n\nLe Front national pour la défense de la '
     'Constitution (FNDC) exige la libération « immédiate et sans condition » de Foniké Menguè et de Billo'
     ' Bah, enlevés par des hommes armés à Conakry.',
     ['org/fndc Demand GN'], []),
    ('fr8-onu-secretaire-general-deplore', 'fr',
     'Haïti : Guterres déplore les violences des gangs\n\nLe secrétaire général des Nations unies, António '
     'Guterres, a déploré mercredi la multiplication des massacres commis par les gangs à Port-au-Prince.',
     ['org/united-nations Condemnation HT'], []),
    ('fr8-france-convoque-ambassadeur', 'fr',
     "Algérie : Paris convoque le chargé d'affaires algérien\n\nAprès l'arrestation de l'écrivain Boualem "
     "Sansal à Alger, le Quai d'Orsay a convoqué lundi le chargé d'affaires algérien pour lui faire part "
     'de sa « vive préoccupation ».',
     ['gov/FR DiplomaticAction DZ'], ['gov/DZ DiplomaticAction DZ']),
    ('fr8-pastef-accuse', 'fr',
     'Sénégal : le Pastef accuse le pouvoir de vouloir éliminer Sonko\n\nLe parti Pastef a accusé dimanche '
     "le gouvernement de Macky Sall d'instrumentaliser la justice pour écarter Ousmane Sonko de la "
     'présidentielle, après de nouvelles arrestations de militants à Dakar.',
     ['org/* Accusation SN'], ['gov/SN Accusation SN']),
    ('fr8-pe-resolution', 'fr',
     'Le Parlement européen adopte une résolution sur le Rwanda\n\nLe Parlement européen a adopté jeudi une '
     'résolution demandant la libération de Paul Rusesabagina, condamné à Kigali à vingt-cinq ans de '
     'prison.',
     ['org/european-union Resolution RW'], ['gov/RW Resolution RW']),
    ('fr8-amdh-sit-in', 'fr',
     "Maroc : sit-in devant le Parlement pour les détenus du Hirak\n\nL'Association marocaine des droits "
     'humains (AMDH) a organisé mardi un sit-in devant le Parlement à Rabat pour réclamer la libération '
     'des détenus du Hirak du Rif.',
     ['org/amdh Demonstration MA', 'org/amdh Demand MA'], []),
    ('fr8-manif-paris-diaspora', 'fr',
     "Des centaines de Congolais manifestent à Paris contre les violences dans l'Est\n\nPlusieurs centaines "
     'de membres de la diaspora congolaise ont manifesté samedi place de la République à Paris pour '
     'dénoncer les massacres commis par le M23 dans le Nord-Kivu.',
     ['group/* Demonstration CD'], ['gov/FR Demonstration CD']),
    ('fr8-teheran-accuse-occident', 'fr',
     "Iran : Téhéran accuse les Occidentaux d'attiser les manifestations\n\nLe porte-parole de la diplomatie"
     " iranienne, Nasser Kanani, a accusé les États-Unis et Israël d'attiser les troubles, qualifiant les "
     "manifestants d'« émeutiers ».",
     ['gov/IR Accusation IR'], ['gov/US Accusation IR', 'gov/IL Accusation IR']),
    ('fr8-amnesty-campagne', 'fr',
     'Arabie saoudite : Amnesty lance une campagne\n\nAmnesty International a lancé une campagne mondiale '
     'pour obtenir la libération de Salma al-Chehab, condamnée à 27 ans de prison à Riyad pour des tweets.',
     ['org/amnesty-international Advocacy SA', 'gov/SA UseOfForce SA'], []),
    ('fr8-deux-ong-lettre-commune', 'fr',
     'Égypte : lettre commune de onze ONG à Bruxelles\n\nOnze organisations, dont Human Rights Watch et la '
     'FIDH, ont adressé mardi une lettre commune aux ministres européens des Affaires étrangères pour leur'
     " demander de conditionner l'aide à l'Égypte à la libération des prisonniers politiques.",
     ['org/human-rights-watch Demand EG', 'org/fidh Demand EG'], ['org/european-union Demand EG']),
    ('fr8-allemagne-expulse-diplomates', 'fr',
     "Iran : Berlin expulse deux diplomates iraniens\n\nL'Allemagne a expulsé deux diplomates iraniens en "
     'réaction à la condamnation à mort du ressortissant germano-iranien Jamshid Sharmahd, a annoncé la '
     'ministre des Affaires étrangères, Annalena Baerbock.',
     ['gov/DE DiplomaticAction IR'], ['gov/IR DiplomaticAction IR']),
    ('fr8-ugtt-manif', 'fr',
     "Tunisie : l'UGTT mobilise ses militants à Tunis\n\nDes milliers de syndicalistes ont manifesté samedi "
     "à Tunis à l'appel de l'Union générale tunisienne du travail (UGTT) pour dénoncer l'arrestation de "
     'responsables syndicaux.',
     ['org/ugtt Demonstration TN'], []),
    ('fr8-quadrature-conseil-etat', 'fr',
     "Vidéosurveillance algorithmique : des associations saisissent le Conseil d'État\n\nLa Ligue des droits"
     " de l'homme et La Quadrature du Net ont saisi jeudi le Conseil d'État contre le décret autorisant la"
     ' vidéosurveillance algorithmique pendant les Jeux olympiques de Paris.',
     ['org/ldh Investigation FR'], ['gov/FR Investigation FR']),
    ('fr8-amnesty-france-petition', 'fr',
     "Iran : une pétition pour Narges Mohammadi remise à l'ambassade\n\nAmnesty International France a remis"
     " mercredi à l'ambassade d'Iran à Paris une pétition de 120 000 signatures réclamant la libération de"
     ' la lauréate du prix Nobel de la paix.',
     ['org/amnesty-international Petition IR'], ['gov/IR Petition IR']),
    ('fr8-hrw-rapport-journalistes', 'fr',
     'Maroc : HRW publie un rapport sur la répression des journalistes\n\nDans un rapport de 140 pages '
     'publié jeudi, Human Rights Watch décrit comment les autorités marocaines utilisent des poursuites '
     'pour des affaires de mœurs contre des journalistes critiques.',
     ['org/human-rights-watch Report MA'], ['gov/MA Report MA']),
    ('fr8-kenya-troupes', 'fr',
     'Haïti : les premiers policiers kényans sont arrivés\n\nLe Kenya a déployé mardi à Port-au-Prince un '
     "premier contingent de 400 policiers dans le cadre de la mission multinationale d'appui à la "
     'sécurité.',
     ['gov/KE MilitaryAssistance HT'], ['gov/HT MilitaryAssistance HT']),
    ('fr8-defenseure-droits', 'fr',
     'Calais : la Défenseure des droits dénonce le traitement des exilés\n\nLa Défenseure des droits, Claire'
     " Hédon, a dénoncé jeudi les évacuations répétées des campements d'exilés à Calais, qu'elle juge « "
     'contraires à la dignité ».',
     ['gov/FR Condemnation FR'], []),
    ('fr8-synpics-quote-first', 'fr',
     'Sénégal : le journaliste Pape Alé Niang de nouveau arrêté\n\n« Nous ne nous tairons pas face à cet '
     "acharnement », a prévenu mardi le Syndicat des professionnels de l'information et de la "
     'communication du Sénégal (Synpics), qui dénonce la nouvelle arrestation du journaliste à Dakar.',
     ['org/* Condemnation SN'], ['gov/SN Condemnation SN']),
    ('fr8-tchad-ministre-communication', 'fr',
     "Tchad : le gouvernement accuse l'opposition d'avoir armé les manifestants\n\nLe ministre tchadien de "
     "la Communication, porte-parole du gouvernement, a accusé les Transformateurs d'avoir distribué des "
     "armes aux manifestants du 20 octobre à N'Djamena.",
     ['gov/TD Accusation TD'], ['org/* Accusation TD']),
    ('fr8-canada-asile', 'fr',
     "Le Canada accueillera des militants afghans menacés\n\nLe Canada accueillera jusqu'à 40 000 réfugiés "
     'afghans, dont des défenseurs des droits humains menacés par les talibans, a annoncé le ministre '
     "canadien de l'Immigration.",
     ['gov/CA Resettlement AF'], ['org/taliban Resettlement AF']),
    ('fr8-rsf-fustige-participe', 'fr',
     'Burkina : RSF dénonce la suspension de médias étrangers\n\nLe Conseil supérieur de la communication a '
     'suspendu TV5 Monde et Le Monde au Burkina Faso. Reporters sans frontières a réagi mercredi, '
     'fustigeant une « dérive autoritaire » et demandant le rétablissement immédiat des médias.',
     ['org/rsf Condemnation BF', 'org/rsf Demand BF'], []),
    ('fr8-ministre-justice-nie', 'fr',
     "Côte d'Ivoire : le gouvernement nie toute détention arbitraire\n\n« Il n'y a aucun prisonnier "
     "politique en Côte d'Ivoire », a affirmé jeudi le ministre de la Justice, répondant aux accusations "
     "de l'opposition sur la détention de militants à Abidjan.",
     ['gov/CI Denial CI'], ['gov/CI Accusation CI']),
    ('fr8-etudiants-manif', 'fr',
     "Sénégal : des étudiants manifestent à Dakar\n\nDes centaines d'étudiants de l'université Cheikh-Anta-"
     "Diop ont manifesté jeudi à Dakar contre l'arrestation d'Ousmane Sonko. La police a tiré des gaz "
     'lacrymogènes.',
     ['group/SN/* Demonstration SN', 'gov/SN UseOfForce SN'], []),
    ('fr8-enquete-ouverte-parquet', 'fr',
     "Mort d'un jeune à Nanterre : une enquête ouverte pour homicide volontaire\n\nUn policier a tué Nahel, "
     "17 ans, lors d'un contrôle routier à Nanterre. Une information judiciaire pour homicide volontaire a"
     ' été ouverte par le parquet de Nanterre.',
     ['gov/FR Investigation FR', 'gov/FR UseOfForce FR'], []),
    ('fr8-cedeao-appelle-reference', 'fr',
     "Mali : la CEDEAO hausse le ton\n\nLa Communauté économique des États de l'Afrique de l'Ouest a appelé "
     "mardi la junte malienne à libérer les 46 soldats ivoiriens détenus à Bamako. L'organisation "
     'régionale a également menacé de nouvelles sanctions.',
     ['org/ecowas Demand ML', 'org/ecowas Sanction ML'], ['gov/ML Demand ML']),
    ('fr8-nous-avons-ecrit', 'fr',
     'Algérie : lettre ouverte aux autorités sur le sort des détenus du Hirak\n\nNous avons écrit le 3 mars '
     'au ministre algérien de la Justice pour lui faire part de notre inquiétude sur la détention '
     'prolongée de dizaines de manifestants. Amnesty International demande leur libération immédiate.',
     ['org/amnesty-international Demand DZ'], ['gov/DZ Demand DZ']),
    ('fr8-eveques-exhortent', 'fr',
     'Togo : les évêques demandent la libération des manifestants\n\nLa police a arrêté une cinquantaine de '
     'jeunes lors des manifestations de juin à Lomé. Dans une lettre pastorale lue dimanche, la Conférence'
     ' des évêques du Togo a exhorté le gouvernement à libérer sans condition les personnes détenues.',
     ['org/* Demand TG', 'gov/TG UseOfForce TG'], ['gov/TG Demand TG']),
    ('fr8-jeune-afrique-junte-nie', 'fr',
     'Guinée : la junte nie toute implication dans la disparition de militants\n\nLes militants du FNDC '
     'Foniké Menguè et Billo Bah ont été enlevés à Conakry. Le gouvernement de transition a nié être '
     'impliqué dans leur disparition.',
     ['gov/GN Denial GN'], ['org/fndc Denial GN']),
    ('fr8-senegal-silence', 'fr',
     'Guinée-Bissau : silence des voisins après la dissolution du Parlement\n\nLe président Umaro Sissoco '
     "Embaló a dissous l'Assemblée nationale et fait arrêter des députés à Bissau. La CEDEAO a condamné "
     "une atteinte à l'ordre constitutionnel, mais le Sénégal ne s'est pas exprimé.",
     ['org/ecowas Condemnation GW', 'gov/GW UseOfForce GW'], ['gov/SN Condemnation GW']),
    ('fr8-ue-envisage-sanctions', 'fr',
     "Niger : l'UE envisage des sanctions contre les putschistes\n\nLes militaires ont renversé le président"
     " Mohamed Bazoum et le retiennent à Niamey. L'Union européenne envisage des sanctions ciblées contre "
     "les auteurs du coup d'État, a indiqué un diplomate à Bruxelles.",
     ['org/european-union Sanction NE'], []),
    ('fr8-maroc-rejette-rapport', 'fr',
     'Maroc : Rabat rejette un rapport de HRW\n\nLe Maroc a rejeté « en bloc » le rapport de Human Rights '
     'Watch sur la répression des journalistes, qualifiant ses conclusions de « mensongères ».',
     ['gov/MA Rejection MA'], ['org/human-rights-watch Rejection MA']),
    ('fr8-etats-unis-departement-etat', 'fr',
     "Cameroun : Washington appelle à la retenue dans les régions anglophones\n\nLe département d'État "
     'américain a appelé les autorités camerounaises et les séparatistes à cesser les violences contre les'
     ' civils dans le Nord-Ouest et le Sud-Ouest.',
     ['gov/US Demand CM'], ['gov/CM Demand CM']),
    ('fr8-usa-sanctions-passif', 'fr',
     'Nicaragua : de nouvelles sanctions américaines\n\nDes sanctions visant trois juges nicaraguayens ont '
     "été imposées mercredi par le Trésor américain, qui leur reproche d'avoir condamné des opposants au "
     'régime de Daniel Ortega.',
     ['gov/US Sanction NI'], ['gov/NI Sanction NI']),
]

XFAIL = {
    'fr8-amnesty-campagne':
        "'condamnée à 27 ans de prison à Riyad' (a participle in apposition) gives no UseOfForce of the government",
    'fr8-deux-ong-lettre-commune':
        "nothing is extracted from the document (probed: no situation is read from 'prisonniers politiques'; the 'dont X et Y' members would also need reading)",
    'fr8-quadrature-conseil-etat':
        "nothing is extracted from the document (probed: no abuse situation is named, so the court action has no event)",
    'fr8-kenya-troupes':
        "nothing is extracted from the document (probed: no abuse situation is named; 'contingent de policiers' is not a MilitaryAssistance cue)",
    'fr8-ministre-justice-nie':
        "'répondant aux accusations de l'opposition' gives the minister an Accusation (the noun 'accusations' is the opposition's)",
    'fr8-enquete-ouverte-parquet':
        "nothing is extracted (probed: Nanterre alone gives no place, as test_french_bank case 87; with 'en France' the Investigation is found but 'Un policier a tué X' gives no UseOfForce)",
    'fr8-nous-avons-ecrit':
        "'Amnesty International demande leur libération' after a 'nous' paragraph is not typed Demand",
    'fr8-usa-sanctions-passif':
        "passive 'Des sanctions ... ont été imposées mercredi par le Trésor américain' gives no Sanction of the US",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_fr_r8_heldout_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
