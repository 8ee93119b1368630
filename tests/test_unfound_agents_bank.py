"""Bank of agents the extractor used to miss altogether (French, English): governments
listed together, crowds named by nationality and profession, agents after the verb.

Written for this test in the style of wire copy (AFP, Reuters, AP), broadcasters (RFI,
BBC) and NGO releases; no sentence is copied from a test document, and actors, countries
and wording differ from the development sets. Each case gives the facts ``(agent principal,
response type, event country)`` that must be extracted and facts that must NOT be (SPEC §5:
coordinated agents give one response each; a joint statement is one response with all its
co-signers; places are no agents; an excluded member gives nothing). Conventions as
tests/blind3/README.md: crowds are ``group/<ISO of event>/<slug>``; a strike or boycott is a
Demonstration, a letter to an authority a DiplomaticAction, a campaign Advocacy.

Case ids start with the class:

- ``list``: governments named by a list of nationality adjectives sharing one head noun
  (embassies, missions, governments), also when the last (English) or first (French)
  adjective is merged with the head into a body ("Luxembourg embassies", "ambassades
  néerlandaise");
- ``inv``: several governments after the verb of a quotation ('"...", said X, Y and Z',
  '« ... », ont déclaré Paris et Berlin');
- ``crowd``: people named by nationality and profession with no number, acting themselves
  (campaigns, letters, strikes, boycotts, petitions);
- ``sign``: signatories of a joint text named in the next sentence;
- ``lex``: acts whose wording the lexicon missed (pluperfect "avaient appelé", "frapper de
  sanctions", "suspension d'une partie de leur aide");
- ``neg``: excluded or silent members of a list give nothing.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case


# (id, lang, paragraph, facts that must be extracted, facts that must not be)
CASES = [
    # ================================================================== English
    ("list-en-embassies-name-last", "en",
     "The Dutch, Belgian and Luxembourg embassies in Tbilisi expressed concern about the detention of opposition leaders in Georgia.",
     ["gov/NL ExpressionOfConcern GE", "gov/BE ExpressionOfConcern GE", "gov/LU ExpressionOfConcern GE"],
     ["gov/GE ExpressionOfConcern GE"]),
    ("list-en-missions", "en",
     "The Australian, New Zealand and Japanese missions in Dhaka voiced alarm on Tuesday over the killing of student protesters in Bangladesh.",
     ["gov/AU ExpressionOfConcern BD", "gov/NZ ExpressionOfConcern BD", "gov/JP ExpressionOfConcern BD"], []),
    ("list-en-ministries", "en",
     "The Estonian, Latvian and Lithuanian foreign ministries condemned the sentencing of the opposition journalist in Belarus.",
     ["gov/EE Condemnation BY", "gov/LV Condemnation BY", "gov/LT Condemnation BY"], []),
    ("inv-en-ministers-of", "en",
     "\"These verdicts are a travesty of justice,\" the foreign ministers of Norway, Sweden and Denmark said in a joint statement on the trial in Russia.",
     ["gov/NO Condemnation RU", "gov/SE Condemnation RU", "gov/DK Condemnation RU"], []),
    ("inv-en-capitals", "en",
     "\"The expulsion of these journalists is unacceptable,\" said Ottawa and Canberra in reaction to the decision taken in China.",
     ["gov/CA Condemnation CN", "gov/AU Condemnation CN"], []),
    ("crowd-en-journalists-campaign", "en",
     "Ghanaian journalists launched a campaign on Monday demanding justice for a reporter beaten by soldiers in Accra.",
     ["group/GH/journalists Advocacy GH"], ["gov/GH Advocacy GH"]),
    ("crowd-en-judges-suspend", "en",
     "Tunisian judges have suspended work for a week over the dismissal of dozens of colleagues by President Kais Saied.",
     ["group/TN/* Demonstration TN"], []),
    ("crowd-en-lawyers-boycott", "en",
     "Nigerian lawyers boycotted court sessions across the country after the arrest of a colleague in Abuja.",
     ["group/NG/lawyers Demonstration NG"], []),
    ("crowd-en-doctors-letter", "en",
     "Sudanese doctors wrote to the UN human rights chief on Friday after soldiers raided a hospital in Omdurman, Sudan.",
     ["group/SD/doctors DiplomaticAction SD"], ["gov/SD DiplomaticAction SD"]),
    ("crowd-en-object-not-agent", "en",
     "Police in Accra arrested Ghanaian journalists who had launched a campaign against corruption in Ghana.",
     ["gov/GH UseOfForce GH"], ["gov/GH Advocacy GH"]),
    ("sign-en-signatories", "en",
     "Eleven EU governments urged Slovakia to withdraw the NGO law in a joint statement. Signatories included Austria, Ireland, Portugal and Finland.",
     ["gov/AT Demand SK", "gov/IE Demand SK", "gov/PT Demand SK", "gov/FI Demand SK"], []),
    ("neg-en-but-not", "en",
     "Washington, London and Brussels, but not Ankara, condemned the arrest of the Istanbul mayor in Turkey.",
     ["gov/US Condemnation TR", "gov/GB Condemnation TR"], ["gov/TR Condemnation TR"]),
    ("neg-en-ministries-excluded", "en",
     "The Czech, Slovak and Austrian foreign ministries, with the exception of Hungary's, criticised the arrests in Georgia.",
     ["gov/CZ Condemnation GE", "gov/SK Condemnation GE", "gov/AT Condemnation GE"],
     ["gov/HU Condemnation GE"]),
    ("crowd-en-barricades", "en",
     "Youth groups erected barricades across Freetown on Wednesday after police detained an opposition leader in Sierra Leone.",
     ["group/SL/* Demonstration SL"], ["gov/SL Demonstration SL"]),
    ("crowd-en-regrouped", "en",
     "Hours after the raid, about 300 people had regrouped outside the courthouse in Bishkek, chanting slogans against the president of Kyrgyzstan.",
     ["group/KG/protesters Demonstration KG"], []),
    ("crowd-en-police-roadblocks-not-crowd", "en",
     "Police set up roadblocks around the parliament in Lima before the vote in Peru.",
     [], ["group/PE/protesters Demonstration PE"]),
    ("crowd-en-bare-number-second-sentence", "en",
     "Police shot dead two students in Dhaka on Monday. Tens of thousands have since kept up marches and roadblocks across Bangladesh.",
     ["group/BD/protesters Demonstration BD"], []),
    ("list-en-along-with", "en",
     "Canada, along with Norway and Iceland, denounced the detention of the environmental activists in Azerbaijan.",
     ["gov/CA Condemnation AZ", "gov/NO Condemnation AZ", "gov/IS Condemnation AZ"], []),
    ("tail-en-as-did", "en",
     "Ireland condemned the death sentence handed to the rapper in Iran on Thursday, as did Belgium and Luxembourg.",
     ["gov/IE Condemnation IR", "gov/BE Condemnation IR", "gov/LU Condemnation IR"], []),
    ("tail-en-as-has", "en",
     "Chile and Colombia have called for an independent inquiry into the killings in Ecuador, as has Peru.",
     ["gov/CL Demand EC", "gov/CO Demand EC", "gov/PE Demand EC"], []),
    ("tail-en-as-did-not-agent", "en",
     "Portugal criticised the expulsion of the reporters from Angola, as did several press freedom groups.",
     ["gov/PT Condemnation -"], ["gov/AO Condemnation -"]),
    ("eval-en-embassies-in-capital", "en",
     "The Finnish and Estonian embassies in Minsk said the sentences handed to the journalists in Belarus were unacceptable.",
     ["gov/FI Condemnation BY", "gov/EE Condemnation BY"], []),
    ("crowd-en-journalists-denounce", "en",
     "Senegalese journalists denounced on Tuesday the sentencing of a colleague to six months in prison in Dakar.",
     ["group/SN/journalists Condemnation SN"], ["gov/SN Condemnation SN"]),
    ("crowd-en-journalists-object", "en",
     "Human Rights Watch demanded the release of the journalists detained in Dakar, Senegal.",
     ["org/human-rights-watch Demand SN"], ["group/SN/journalists Demand SN"]),
    ("crowd-en-relatives-of-jailed-x", "en",
     "Relatives of the jailed students demanded their release at a news conference in Dhaka, Bangladesh.",
     ["group/BD/families Demand BD"], ["group/BD/students Demand BD"]),
    # ================================================================== French
    ("list-fr-ambassades-merged-first", "fr",
     "Les ambassades néerlandaise, belge et suédoise à Tbilissi se sont dites préoccupées par la détention des opposants en Géorgie.",
     ["gov/NL ExpressionOfConcern GE", "gov/BE ExpressionOfConcern GE", "gov/SE ExpressionOfConcern GE"],
     ["gov/GE ExpressionOfConcern GE"]),
    ("list-fr-gouvernements", "fr",
     "Les gouvernements norvégien, danois et finlandais ont condamné la condamnation du journaliste en Biélorussie.",
     ["gov/NO Condemnation BY", "gov/DK Condemnation BY", "gov/FI Condemnation BY"], []),
    ("inv-fr-capitals", "fr",
     "« Ce verdict est une parodie de justice », ont réagi Oslo, Stockholm et Copenhague à propos du procès en Russie.",
     ["gov/NO Condemnation RU", "gov/SE Condemnation RU", "gov/DK Condemnation RU"], []),
    ("inv-fr-ministres-de", "fr",
     "« Ces condamnations sont inacceptables », ont déclaré les ministres des Affaires étrangères de Lettonie, d'Estonie et de Lituanie au sujet de la Biélorussie.",
     ["gov/LV Condemnation BY", "gov/EE Condemnation BY", "gov/LT Condemnation BY"], []),
    ("inv-fr-ministeres-adjectifs", "fr",
     "« Ces arrestations sont inacceptables », ont déclaré les ministères des Affaires étrangères français et allemand dans un communiqué commun sur la Biélorussie.",
     ["gov/FR Condemnation BY", "gov/DE Condemnation BY"], []),
    ("crowd-fr-journalists-campaign", "fr",
     "Des journalistes kényans ont lancé une campagne pour réclamer justice après la mort d'un confrère tué par la police à Nairobi.",
     ["group/KE/journalists Advocacy KE"], ["gov/KE Advocacy KE"]),
    ("crowd-fr-magistrates-strike", "fr",
     "Des magistrats tunisiens ont suspendu le travail pendant une semaine après la révocation de 57 juges par le président Kaïs Saïed.",
     ["group/TN/* Demonstration TN"], []),
    ("crowd-fr-students-letter", "fr",
     "Les étudiants sénégalais de l'université Cheikh-Anta-Diop ont écrit au président pour dénoncer la fermeture du campus à Dakar.",
     ["group/SN/students DiplomaticAction SN"], ["gov/SN DiplomaticAction SN"]),
    ("crowd-fr-object-not-agent", "fr",
     "La police a interpellé des journalistes kényans qui avaient lancé une campagne contre la corruption au Kenya.",
     [], ["gov/KE Advocacy KE"]),
    ("sign-fr-parmi-les-signataires", "fr",
     "Dans une déclaration commune publiée en mai, une quinzaine de pays européens avaient appelé la Slovaquie à retirer la loi sur les ONG. "
     "Parmi les signataires figuraient l'Autriche, l'Irlande, le Portugal et la Finlande.",
     ["gov/AT Demand SK", "gov/IE Demand SK", "gov/PT Demand SK", "gov/FI Demand SK"], []),
    ("lex-fr-pluperfect-appele", "fr",
     "La Suède et la Norvège avaient appelé la Turquie à libérer le journaliste détenu à Istanbul.",
     ["gov/SE Demand TR", "gov/NO Demand TR"], []),
    ("lex-fr-frapper-de-sanctions", "fr",
     "Le Trésor américain a frappé de sanctions trois généraux birmans après la répression en Birmanie.",
     ["gov/US Sanction MM"], ["gov/US UseOfForce MM"]),
    ("lex-fr-suspension-partie-aide", "fr",
     "La Belgique et les Pays-Bas ont annoncé la suspension d'une partie de leur aide au Rwanda après l'offensive dans l'est de la RDC.",
     ["gov/BE Sanction -", "gov/NL Sanction -"], []),
    ("neg-fr-exception", "fr",
     "La France, l'Allemagne et l'Italie, à l'exception de la Hongrie, ont condamné les arrestations en Géorgie.",
     ["gov/FR Condemnation GE", "gov/DE Condemnation GE", "gov/IT Condemnation GE"], ["gov/HU Condemnation GE"]),
    ("crowd-fr-selon-organisateurs", "fr",
     "Dimanche, 30 000 personnes selon les organisateurs ont défilé à Tbilissi contre la loi sur les « agents de l'étranger » en Géorgie.",
     ["group/GE/protesters Demonstration GE"], []),
    ("crowd-fr-marche-blanche-pluperfect", "fr",
     "La veille, près de 2 000 personnes avaient participé à une marche blanche à Liège, en Belgique, en mémoire du jeune homme tué lors d'une interpellation.",
     ["group/BE/protesters Demonstration BE"], []),
    ("crowd-fr-partisans-banderoles", "fr",
     "Devant la cour d'appel, des dizaines de partisans de l'opposant ont déployé des banderoles réclamant sa libération à Kinshasa, en RDC.",
     ["group/CD/opposition Demonstration CD", "group/CD/opposition Demand CD"], []),
    ("crowd-fr-police-barricades-not-crowd", "fr",
     "La police a érigé des barricades autour de l'Assemblée nationale à Dakar, au Sénégal.",
     [], ["group/SN/protesters Demonstration SN"]),
    ("crowd-fr-convener-unnamed", "fr",
     "Un jeune livreur a été tué par un policier à Marseille. Samedi, près de 3 000 personnes ont participé à une marche blanche à l'appel de sa famille, en France.",
     ["group/FR/protesters Demonstration FR"], []),
    ("crowd-fr-convener-named", "fr",
     "Des milliers de personnes ont manifesté à Conakry à l'appel du Front national pour la défense de la Constitution (FNDC) en Guinée.",
     ["org/fndc Demonstration GN"], []),
    ("tail-fr-tout-comme", "fr",
     "Le Luxembourg a dénoncé jeudi la condamnation à mort du rappeur en Iran, tout comme la Belgique et l'Irlande.",
     ["gov/LU Condemnation IR", "gov/BE Condemnation IR", "gov/IE Condemnation IR"], []),
    ("tail-fr-de-meme-que", "fr",
     "Le Chili a réclamé une enquête indépendante sur les meurtres en Équateur, de même que la Colombie.",
     ["gov/CL Demand EC", "gov/CO Demand EC"], []),
    ("tail-fr-tout-comme-not-agent", "fr",
     "Le Portugal a dénoncé l'expulsion des journalistes par l'Angola, tout comme celle de leurs interprètes.",
     ["gov/PT Condemnation -"], ["gov/AO Condemnation -"]),
    ("list-fr-by-phrase-adjectives", "fr",
     "Les sanctions imposées par les gouvernements britannique et canadien visent trois généraux accusés de la répression en Birmanie.",
     ["gov/GB Sanction MM", "gov/CA Sanction MM"], []),
    ("eval-fr-coordinated-opening", "fr",
     "L'Autriche et la Slovénie ont jugé « inacceptables » les condamnations des journalistes en Biélorussie.",
     ["gov/AT Condemnation BY", "gov/SI Condemnation BY"], []),
    ("crowd-fr-journalists-denounce", "fr",
     "Des journalistes guinéens ont dénoncé mardi la suspension de plusieurs médias privés à Conakry.",
     ["group/GN/journalists Condemnation GN"], ["gov/GN Condemnation GN"]),
    ("crowd-fr-familles-des-x-detenus", "fr",
     "Les familles des syndicalistes emprisonnés ont observé un sit-in devant le ministère de la Justice à Alger, en Algérie.",
     ["group/DZ/families Demonstration DZ"], []),
]

XFAIL: dict[str, str] = {
    "crowd-en-journalists-denounce": "journalists stay too vague for statements (a type-wide exemption put a listed 'des journalistes' in a quotation on a Demand, heldout fr)",
    "crowd-fr-journalists-denounce": "journalists stay too vague for statements (see crowd-en-journalists-denounce)",
    "crowd-en-barricades": "'youth groups' / 'youths' is no group of the slug table",
    "crowd-en-judges-suspend": "'Tunisian judges' is read as the court (a state body), not a crowd",
    "crowd-fr-magistrates-strike": "'magistrats' is no group of the slug table",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_unfound_agents_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
