"""Breadth of the response lexicons (loaders/lang/{ar,fr,en}/responses.tsv): a sentence bank.

For each of the 18 response types (SPEC §4) and each language, sentences with different
verbs and nouns, inflections (past, present, passive, compound tenses, elision, Arabic
feminine and plural forms), phrasal verbs and acts stated without a "response verb"
("granted refuge to", "froze its funding", "summoned the ambassador", "جمدت أصول",
"a porté plainte"), by different actors (governments by name, capital or demonym,
titled officials, IGOs, NGOs) about different countries. Each case checks the fact
``(agent's principal, response type, event place)`` of tests/extraction_helpers.py.

Every sentence here is written for this test (none is copied from a gold document); the
people named in them are invented.
"""

from __future__ import annotations

import pytest
from extraction_helpers import facts

from rightsgraph.loaders.documents import document_from_text
from rightsgraph.loaders.evaluate import principal
from rightsgraph.loaders.extract import extract


def placed(text, lang):
    """``{(principal, type, event place)}`` of the acts of ``text`` (requested acts left
    out); the pairs are those of tests/extraction_helpers.py ``facts()``."""
    x = extract(document_from_text(text, "t.txt", lang=lang))
    out = {(principal(a), r.type, x.events[r.event].place if r.event in x.events else None)
           for r in x.responses for a in r.agents if r.modality != "requested"}
    assert {(a, t) for a, t, _ in out} == facts(text, lang)
    return out

# A situation sentence per language and country: arrests of journalists and activists (the
# event the responses answer). A country written "=XX": the case's text stands alone.
_EN = {"EG": "Egypt", "IR": "Iran", "NI": "Nicaragua", "BY": "Belarus", "ET": "Ethiopia",
       "MM": "Myanmar", "TN": "Tunisia", "VE": "Venezuela", "CM": "Cameroon", "SY": "Syria",
       "BH": "Bahrain", "ML": "Mali", "RU": "Russia", "DZ": "Algeria", "GN": "Guinea", "SA": "Saudi Arabia"}
_FR = {"EG": "en Égypte", "IR": "en Iran", "NI": "au Nicaragua", "BY": "au Bélarus",
       "ET": "en Éthiopie", "MM": "en Birmanie", "TN": "en Tunisie", "VE": "au Venezuela",
       "CM": "au Cameroun", "SY": "en Syrie", "BH": "à Bahreïn", "ML": "au Mali",
       "RU": "en Russie", "DZ": "en Algérie", "GN": "en Guinée", "SA": "en Arabie saoudite"}
_AR = {"EG": "مصر", "IR": "إيران", "NI": "نيكاراغوا", "BY": "بيلاروسيا", "ET": "إثيوبيا",
       "MM": "ميانمار", "TN": "تونس", "VE": "فنزويلا", "CM": "الكاميرون", "SY": "سوريا",
       "BH": "البحرين", "ML": "مالي", "RU": "روسيا", "DZ": "الجزائر", "GN": "غينيا", "SA": "السعودية"}


def context(lang: str, cc: str) -> str:
    """The situation sentence of country ``cc``."""
    if lang == "en":
        return f"Security forces in {_EN[cc]} arrested dozens of journalists and activists last week."
    if lang == "fr":
        return (f"Les forces de sécurité ont arrêté la semaine dernière des dizaines de "
                f"journalistes et de militants {_FR[cc]}.")
    return f"اعتقلت قوات الأمن في {_AR[cc]} الأسبوع الماضي عشرات الصحفيين والناشطين."


# (type, country of the situation, agent's principal, sentence)
EN = [
    # ExpressionOfConcern
    ("ExpressionOfConcern", "EG", "gov/CA", "Canada said it was deeply worried by the detentions."),
    ("ExpressionOfConcern", "IR", "org/united-nations", "The UN human rights office voiced grave concern over the arrests."),
    ("ExpressionOfConcern", "NI", "gov/ES", "Spain's foreign ministry expressed its deep concern about the fate of the detainees."),
    ("ExpressionOfConcern", "BY", "org/european-union", "The European Union is alarmed by the wave of arrests."),
    ("ExpressionOfConcern", "ET", "org/amnesty-international", "Amnesty International raised concerns about the treatment of the detainees."),
    ("ExpressionOfConcern", "MM", "gov/JP", "Tokyo expressed serious concern over the detentions."),
    # Condemnation
    ("Condemnation", "EG", "gov/FR", "France strongly condemned the arrests."),
    ("Condemnation", "IR", "gov/DE", "Berlin denounced the detentions as arbitrary."),
    ("Condemnation", "TN", "org/human-rights-watch", "Human Rights Watch criticised the authorities for the arrests."),
    ("Condemnation", "VE", "gov/US", "The State Department slammed the crackdown on reporters."),
    ("Condemnation", "CM", "org/rsf", "Reporters Without Borders deplored the arrests of the journalists."),
    ("Condemnation", "BY", "gov/LT", "The condemnation by Lithuania was swift: Vilnius called the arrests outrageous."),
    # Demand
    ("Demand", "EG", "org/amnesty-international", "Amnesty International called on the authorities to release the detainees immediately."),
    ("Demand", "IR", "gov/GB", "Britain urged Tehran to free the journalists."),
    ("Demand", "SY", "org/united-nations", "The UN Secretary-General appealed for the release of all those detained."),
    ("Demand", "BH", "org/human-rights-watch", "Human Rights Watch demanded that the authorities drop all charges."),
    ("Demand", "ML", "org/african-union", "The African Union pressed the junta to release the activists."),
    ("Demand", "NI", "gov/CR", "Costa Rica is calling on Managua to free the prisoners."),
    # Sanction
    ("Sanction", "BY", "org/european-union", "The European Union froze the assets of eight officials involved in the arrests."),
    ("Sanction", "IR", "gov/CA", "Canada imposed visa restrictions on the officials responsible."),
    ("Sanction", "NI", "gov/US", "Washington suspended its funding to the country's police."),
    ("Sanction", "ET", "gov/DE", "Germany halted development aid to Addis Ababa after the arrests."),
    ("Sanction", "MM", "gov/GB", "Britain slapped sanctions on two generals over the detentions."),
    ("Sanction", "VE", "org/european-union", "The EU added five officials to its sanctions list."),
    # Investigation
    ("Investigation", "EG", "org/united-nations", "The UN Human Rights Council sent a fact-finding mission to the country."),
    ("Investigation", "SY", "gov/DE", "German prosecutors opened proceedings against two intelligence officers."),
    ("Investigation", "MM", "org/icc", "The International Criminal Court opened an investigation into the abuses."),
    ("Investigation", "IR", "org/united-nations", "A UN panel launched a probe into the detentions."),
    ("Advocacy", "TN", "org/rsf", "Reporters Without Borders filed a complaint with the UN Human Rights Committee over the arrests."),
    ("Investigation", "TN", "gov/FR", "French prosecutors opened an inquiry into the arrest of a French reporter."),
    ("Investigation", "VE", "org/icc", "The ICC prosecutor is investigating the arrests."),
    # Report
    ("Report", "EG", "org/amnesty-international", "Amnesty International published a report on the detentions."),
    ("Report", "IR", "org/human-rights-watch", "Human Rights Watch documented dozens of cases of torture in custody."),
    ("Report", "BY", "org/rsf", "Reporters Without Borders released a new report on the jailed reporters."),
    ("Report", "MM", "org/united-nations", "The UN issued a report detailing the arrests."),
    ("Report", "ET", "org/cpj", "The Committee to Protect Journalists released its findings on the arrests."),
    ("Report", "NI", "org/amnesty-international", "In a new report, Amnesty International detailed the abuses."),
    # Petition
    ("Petition", "EG", "org/amnesty-international", "Amnesty International delivered a petition with 50,000 signatures to the embassy."),
    ("Petition", "IR", "org/rsf", "Reporters Without Borders launched a petition calling for the journalists' release."),
    ("Petition", "BY", "org/amnesty-international", "Amnesty International collected more than 20,000 signatures for the detainees."),
    ("Petition", "TN", "org/human-rights-watch", "Human Rights Watch handed over a petition signed by 10,000 people."),
    ("Petition", "VE", "org/cpj", "The Committee to Protect Journalists started a petition for the reporters."),
    ("Petition", "CM", "org/rsf", "Reporters Without Borders submitted a petition to parliament."),
    # Demonstration ("=XX": the text stands alone, its place is XX; "group/*": any group)
    ("Demonstration", "=TN", "group/*", "Hundreds of protesters rallied outside the parliament in Tunis to denounce the arrests."),
    ("Demonstration", "=VE", "group/*", "Thousands of demonstrators marched through Caracas on Sunday against the arrests of journalists."),
    ("Demonstration", "=CM", "group/*", "In Yaounde, protesters staged a sit-in outside the courthouse after the arrests of journalists."),
    ("Demonstration", "=ML", "group/*", "Hundreds of protesters took to the streets of Bamako after the arrests of activists."),
    ("Demonstration", "=BY", "group/*", "Protesters held a candlelight vigil in Minsk for the jailed journalists."),
    ("Demonstration", "=GN", "group/*", "Dozens of protesters demonstrated in Conakry against the arrests of journalists."),
    # Resettlement
    ("Resettlement", "EG", "gov/DE", "Germany granted asylum to three of the activists."),
    ("Resettlement", "IR", "gov/CA", "Canada took in two of the journalists and their families."),
    ("Resettlement", "NI", "gov/ES", "Spain offered citizenship to the exiled activists."),
    ("Resettlement", "BY", "gov/LT", "Lithuania gave refuge to dozens of journalists who fled."),
    ("Resettlement", "SY", "gov/SE", "Sweden resettled 200 of the former detainees."),
    ("Resettlement", "MM", "gov/TH", "Thailand granted refuge to the activists who crossed the border."),
    # Advocacy
    ("Advocacy", "EG", "org/amnesty-international", "Amnesty International launched a campaign for the release of the journalists."),
    ("Advocacy", "IR", "org/rsf", "Reporters Without Borders lobbied European governments on behalf of the detainees."),
    ("Advocacy", "BY", "org/human-rights-watch", "Human Rights Watch campaigned for the release of the activists."),
    ("Advocacy", "TN", "org/amnesty-international", "Amnesty International has been mobilising its members for the detainees."),
    ("Advocacy", "VE", "org/cpj", "The Committee to Protect Journalists has been advocating for the jailed reporters."),
    ("Advocacy", "BH", "org/human-rights-watch", "Human Rights Watch raised awareness of the detainees' plight at the UN."),
    # DiplomaticAction
    ("DiplomaticAction", "IR", "gov/DE", "Germany summoned the Iranian ambassador over the arrests."),
    ("DiplomaticAction", "EG", "gov/IT", "Italy recalled its envoy from Cairo after the arrests."),
    ("DiplomaticAction", "BY", "gov/PL", "Poland expelled two Belarusian diplomats over the detentions."),
    ("DiplomaticAction", "NI", "gov/ES", "Spain lodged a formal protest with the Nicaraguan government."),
    ("DiplomaticAction", "VE", "gov/BR", "Brazil's foreign minister raised the issue with his Venezuelan counterpart."),
    ("DiplomaticAction", "ET", "gov/US", "The US ambassador met with Ethiopian officials to discuss the detentions."),
    # Resolution
    ("Resolution", "IR", "org/united-nations", "The UN General Assembly adopted a resolution condemning the arrests."),
    ("Resolution", "NI", "org/european-union", "The European Parliament passed a resolution on the detentions."),
    ("Resolution", "BY", "org/united-nations", "The Human Rights Council approved a resolution on the crackdown."),
    ("Resolution", "MM", "org/united-nations", "The Security Council unanimously adopted a resolution on the arrests."),
    ("Resolution", "VE", "org/european-union", "MEPs adopted a resolution urging the release of the journalists."),
    ("Resolution", "ET", "org/african-union", "The African Commission on Human and Peoples' Rights adopted a resolution on the arrests."),
    # Denial
    ("Denial", "EG", "gov/EG", "Egypt's foreign ministry denied that any journalist had been detained for his work."),
    ("Denial", "IR", "gov/IR", "Tehran dismissed the reports as baseless."),
    ("Denial", "BY", "gov/BY", "The Belarusian interior ministry denies any mistreatment of the detainees."),
    ("Denial", "NI", "gov/NI", "The Nicaraguan government rejected the allegations of torture."),
    ("Denial", "ET", "gov/ET", "Ethiopian officials refuted claims that the detainees had been tortured."),
    ("Denial", "MM", "gov/MM", "The junta's spokesman denied the accusations."),
    # Rejection
    ("Rejection", "EG", "gov/EG", "Cairo rejected the criticism as interference in its internal affairs."),
    ("Rejection", "IR", "gov/IR", "Iran's foreign ministry rebuffed the European statement."),
    ("Rejection", "BY", "gov/BY", "Minsk dismissed the EU's demands."),
    ("Rejection", "VE", "gov/VE", "Venezuela's government rejects the UN's calls to free the journalists."),
    ("Rejection", "NI", "gov/NI", "Managua refused to accept the resolution."),
    ("Rejection", "ET", "gov/ET", "The Ethiopian government brushed aside the criticism."),
    # Accusation
    ("Accusation", "EG", "gov/EG", "Egypt's interior ministry accused the journalists of spreading false news."),
    ("Accusation", "IR", "gov/IR", "Tehran blamed foreign agents for the unrest."),
    ("Accusation", "BY", "gov/BY", "Minsk accuses Poland of organising the protests."),
    ("Accusation", "VE", "gov/VE", "Venezuela's government branded the activists terrorists."),
    ("Accusation", "NI", "gov/NI", "The Nicaraguan government held the opposition responsible for the violence."),
    ("Accusation", "ET", "gov/ET", "Ethiopian officials are accusing the detainees of plotting a coup."),
    # UseOfForce (standing alone)
    ("UseOfForce", "=EG", "gov/EG", "Egyptian police arrested three more journalists in Cairo on Monday."),
    ("UseOfForce", "=IR", "gov/IR", "Iranian security forces fired tear gas at protesters in Tehran."),
    ("UseOfForce", "=BY", "gov/BY", "Belarusian riot police detained dozens of demonstrators in Minsk."),
    ("UseOfForce", "=VE", "gov/VE", "Venezuelan authorities jailed an opposition leader in Caracas."),
    ("UseOfForce", "=NI", "gov/NI", "Police in Nicaragua rounded up dozens of students in Managua."),
    ("UseOfForce", "=SA", "gov/SA", "Saudi Arabia executed seven men in Riyadh on Tuesday."),
    # MilitaryAssistance
    ("MilitaryAssistance", "ML", "gov/RU", "Russia sent troops to Mali to back the junta."),
    ("MilitaryAssistance", "SY", "gov/IR", "Iran deployed soldiers to Syria."),
    ("MilitaryAssistance", "ET", "gov/ER", "Eritrea dispatched troops to Ethiopia."),
    ("MilitaryAssistance", "MM", "gov/CN", "China supplied weapons to Myanmar's army."),
    ("MilitaryAssistance", "GN", "gov/FR", "France delivered military equipment to the Guinean army."),
    ("MilitaryAssistance", "CM", "gov/US", "The United States provided military aid to Cameroon."),
    # Support
    ("Support", "EG", "org/amnesty-international", "Amnesty International welcomed the release of two of the journalists."),
    ("Support", "IR", "gov/NO", "Norway backed the detainees' families with legal aid."),
    ("Support", "BY", "gov/PL", "Poland pledged support to the families of the detainees."),
    ("Support", "VE", "org/european-union", "The EU praised the courage of the jailed reporters."),
    ("Support", "NI", "gov/CR", "Costa Rica expressed solidarity with the detainees."),
    ("Support", "ET", "org/cpj", "The Committee to Protect Journalists thanked the lawyers who defended the reporters."),
    # acts stated without a response verb, phrasal verbs, nominal responses
    ("Resettlement", "IR", "gov/NL", "The Netherlands has taken in four of the reporters."),
    ("Resettlement", "ET", "gov/KE", "Kenya granted refugee status to the fleeing activists."),
    ("Resettlement", "MM", "gov/BD", "Bangladesh is sheltering hundreds of families who escaped the crackdown."),
    ("Sanction", "CM", "gov/NL", "The Netherlands froze funding for the country's justice ministry."),
    ("Sanction", "GN", "org/european-union", "The European Commission suspended budget support to Conakry over the arrests."),
    ("Sanction", "TN", "gov/US", "The United States cut military aid to Tunisia after the arrests."),
    ("Sanction", "SY", "gov/CA", "Ottawa banned three Syrian generals from entering Canada."),
    ("Sanction", "DZ", "org/european-union", "The EU is freezing the bank accounts of four Algerian officials."),
    ("DiplomaticAction", "MM", "gov/AU", "Australia summoned Myanmar's envoy in Canberra."),
    ("DiplomaticAction", "BH", "gov/GB", "Britain's Foreign Office called in the Bahraini ambassador to protest the arrests."),
    ("DiplomaticAction", "TN", "gov/IT", "Rome expelled a Tunisian diplomat in response to the arrests."),
    ("DiplomaticAction", "DZ", "gov/FR", "France recalled its ambassador to Algiers for consultations."),
    ("DiplomaticAction", "RU", "gov/EE", "Estonia handed a protest note to the Russian embassy."),
    ("Investigation", "RU", "org/rsf", "Reporters Without Borders filed a complaint with the International Criminal Court."),
    ("Investigation", "SY", "gov/NL", "The Netherlands filed a lawsuit against Syria at the International Court of Justice."),
    ("Investigation", "BY", "org/united-nations", "UN experts sent a fact-finding mission to the border."),
    ("Investigation", "EG", "gov/IT", "Italian prosecutors charged four Egyptian officers over the abduction."),
    ("Investigation", "BH", "org/united-nations", "The UN set up a commission of inquiry into the arrests."),
    ("Condemnation", "DZ", "org/european-union", "The EU's condemnation of the arrests angered Algiers."),
    ("Condemnation", "RU", "gov/GB", "London's criticism of the detentions was unusually sharp."),
    ("Demand", "DZ", "org/amnesty-international", "Amnesty International's call for the release of the journalists went unanswered."),
    ("Demand", "RU", "org/united-nations", "The UN has repeatedly demanded the journalists' release."),
    ("ExpressionOfConcern", "RU", "gov/FI", "Finland has voiced alarm at the arrests."),
    ("ExpressionOfConcern", "DZ", "gov/ES", "Madrid is troubled by the detentions."),
    ("Demonstration", "=RU", "group/*", "Hundreds of people poured into the streets of Moscow to protest the arrests of journalists."),
    ("Demonstration", "=EG", "group/*", "Detained activists went on hunger strike in a Cairo prison."),
    ("Report", "RU", "org/amnesty-international", "Amnesty International's new report documents the torture of detainees."),
    ("Support", "RU", "gov/LT", "Lithuania provided humanitarian aid to the families of the jailed reporters."),
    ("Advocacy", "RU", "org/rsf", "Reporters Without Borders has been lobbying EU governments on the detainees' behalf."),
    ("Rejection", "RU", "gov/RU", "The Kremlin dismissed the criticism as interference."),
    ("Denial", "DZ", "gov/DZ", "Algiers flatly denied holding any journalist."),
    ("Accusation", "RU", "gov/RU", "Moscow blamed Western intelligence agencies for the protests."),
    ("MilitaryAssistance", "BY", "gov/RU", "Russia stationed troops in Belarus."),
    ("Resolution", "RU", "org/european-union", "The European Parliament voted a resolution on the jailed journalists."),
    # dev-set gaps, with sentences of our own: online campaigns, refuge and hosting, quotas,
    # inquiries in the plural, committees set up, concern "with concern", reservations, horror,
    # opposition to the death penalty, compensation and back pay, financing frozen, orders
    ("Advocacy", "EG", "org/amnesty-international", "Amnesty International started an online campaign for the detainees."),
    ("Advocacy", "IR", "org/rsf", "Reporters Without Borders ran a social media campaign under the hashtag #FreeThePress."),
    ("Advocacy", "BY", "org/amnesty-international", "Amnesty International has launched an urgent action for the jailed reporters."),
    ("Resettlement", "NI", "gov/CR", "Costa Rica said it would grant refuge to the expelled priests."),
    ("Resettlement", "SY", "gov/TR", "Turkey hosts more than three million Syrians who fled the war."),
    ("Resettlement", "ET", "gov/SD", "Sudan is hosting thousands of Ethiopians who escaped the fighting."),
    ("Investigation", "TN", "gov/TN", "The Tunisian prosecutor has charged eleven people over the deaths in custody."),
    ("Investigation", "VE", "org/united-nations", "The UN human rights office opened investigations into the deaths of three detainees."),
    ("Investigation", "ML", "gov/ML", "The Malian government set up a committee to investigate the killings."),
    ("ExpressionOfConcern", "TN", "org/european-union", "The European Commission said it was following events in Tunisia with concern."),
    ("ExpressionOfConcern", "CM", "org/united-nations", "The UN refugee agency expressed serious reservations about the transfers."),
    ("ExpressionOfConcern", "GN", "gov/FR", "Paris is watching the situation with growing concern."),
    ("ExpressionOfConcern", "SY", "org/united-nations", "The UN Secretary-General said he was horrified by the killing of the detainees."),
    ("Condemnation", "IR", "org/european-union", "The EU reiterated its opposition to the death penalty after the executions."),
    ("Condemnation", "BH", "gov/NO", "Norway said it was outraged by the death sentences."),
    ("Support", "ET", "org/united-nations", "The UN refugee agency paid compensation to the families of the victims."),
    ("Support", "NI", "gov/ES", "Spain offered free legal assistance to the exiled journalists."),
    ("Support", "DZ", "org/amnesty-international", "Amnesty International offered to defend the jailed reporters in court."),
    ("Sanction", "ET", "org/world-bank", "The World Bank froze new financing to Ethiopia after the arrests."),
    ("Sanction", "TN", "gov/DE", "Germany suspended its lending to the Tunisian government."),
    ("Demand", "MM", "org/united-nations", "The International Court of Justice ordered Myanmar to release the detained journalists."),
    # future and infinitive forms
    ("Sanction", "BY", "gov/US", "Washington will impose visa restrictions on the judges who sentenced the reporters."),
    ("Resettlement", "SY", "gov/IE", "Ireland agreed to host 500 refugees from the camps."),
    ("Investigation", "TN", "org/rsf", "Reporters Without Borders said it would sue the interior ministry over the arrests."),
    ("Sanction", "IR", "gov/NL", "The Dutch government has frozen development cooperation with Tehran."),
    ("Sanction", "IR", "gov/CA", "Canada barred entry to 20 Iranian officials."),
    ("DiplomaticAction", "IR", "gov/SE", "Sweden decided to withdraw its ambassador from Tehran."),
    ("DiplomaticAction", "IR", "org/european-union", "The EU delegation lodged a formal complaint with the Iranian foreign ministry."),
    ("Advocacy", "IR", "org/human-rights-watch", "Human Rights Watch briefed diplomats at the UN on the detentions."),
    ("Advocacy", "EG", "org/amnesty-international", "Amnesty International testified before the US Congress on the detentions."),
    ("Condemnation", "IR", "gov/FR", "France voiced its indignation at the arrests."),
    ("Condemnation", "IR", "org/amnesty-international", "Amnesty International issued a statement calling the arrests arbitrary."),
    ("Report", "IR", "org/amnesty-international", "Amnesty International gathered testimony from 40 former detainees."),
    ("Report", "SY", "org/united-nations", "UN investigators collected evidence of torture in the prisons."),
    ("Accusation", "IR", "gov/IR", "Tehran pinned the unrest on foreign agents."),
    ("MilitaryAssistance", "ML", "gov/RU", "Russia sent military advisers to Mali."),
    ("MilitaryAssistance", "CM", "gov/US", "The United States deployed military instructors to Cameroon."),
    ("Report", "ET", "org/human-rights-watch", "Human Rights Watch interviewed 30 of the people detained and reviewed medical records."),
    ("Report", "MM", "org/amnesty-international", "Amnesty International analysed satellite imagery of the burned villages."),
    ("Report", "SY", "org/united-nations", "UN investigators interviewed dozens of survivors."),
    ("Resolution", "EG", "org/european-union", "The European Parliament passed a non-binding motion urging their release."),
    ("Support", "EG", "gov/IT", "Italy extended its support to the families of the detainees."),
    ("Support", "EG", "org/european-union", "The EU earmarked 5 million euros for the victims' families."),
    ("Support", "EG", "gov/DE", "Germany offered medical treatment to the injured activists."),
    ("Rejection", "EG", "gov/EG", "Egypt's foreign ministry hit back at the criticism."),
    ("DiplomaticAction", "EG", "gov/FR", "France's president raised the detentions with President Sisi during a phone call."),
    ("Sanction", "EG", "gov/CA", "Canada slapped visa bans on five Egyptian officials."),
    ("Resettlement", "EG", "gov/BR", "Brazil granted a humanitarian visa to the jailed reporter's family."),
    ("Petition", "EG", "org/amnesty-international", "Amnesty International gathered 25,000 signatures for the detainees."),
    ("Advocacy", "EG", "org/cpj", "The Committee to Protect Journalists ran an advertising campaign for the detainees."),
    ("Advocacy", "EG", "org/amnesty-international", "Amnesty International took the case to the UN Working Group on Arbitrary Detention."),
    ("Sanction", "EG", "org/european-union", "The EU suspended talks on a trade agreement with Egypt."),
    ("Sanction", "EG", "gov/US", "Washington put five Egyptian officials under sanctions."),
    ("Demonstration", "IR", "org/amnesty-international", "Amnesty International staged a protest outside the Iranian embassy in London against the arrests."),
]

FR = [
    # ExpressionOfConcern
    ("ExpressionOfConcern", "EG", "gov/CA", "Le Canada s'est dit profondément préoccupé par ces détentions."),
    ("ExpressionOfConcern", "IR", "org/united-nations", "Le Haut-Commissariat de l'ONU aux droits de l'homme a exprimé sa vive inquiétude."),
    ("ExpressionOfConcern", "NI", "gov/ES", "L'Espagne s'inquiète du sort des détenus."),
    ("ExpressionOfConcern", "BY", "org/european-union", "L'Union européenne s'est alarmée de cette vague d'arrestations."),
    ("ExpressionOfConcern", "ML", "org/amnesty-international", "Amnesty International a fait part de sa préoccupation quant au traitement des détenus."),
    ("ExpressionOfConcern", "GN", "gov/FR", "Paris s'est déclaré très inquiet de la situation des journalistes."),
    # Condemnation
    ("Condemnation", "EG", "gov/FR", "La France a fermement condamné ces arrestations."),
    ("Condemnation", "IR", "gov/DE", "Berlin a dénoncé des détentions arbitraires."),
    ("Condemnation", "TN", "org/human-rights-watch", "Human Rights Watch a vivement critiqué les autorités."),
    ("Condemnation", "CM", "org/rsf", "Reporters sans frontières déplore l'arrestation des journalistes."),
    ("Condemnation", "ML", "org/african-union", "L'Union africaine a fustigé ces arrestations."),
    ("Condemnation", "GN", "org/amnesty-international", "La condamnation d'Amnesty International n'a pas tardé : l'ONG a jugé ces arrestations inacceptables."),
    # Demand
    ("Demand", "EG", "org/amnesty-international", "Amnesty International a appelé les autorités à libérer immédiatement les détenus."),
    ("Demand", "IR", "gov/GB", "Le Royaume-Uni a exhorté Téhéran à relâcher les journalistes."),
    ("Demand", "SY", "org/united-nations", "Le secrétaire général de l'ONU a réclamé la libération de toutes les personnes détenues."),
    ("Demand", "TN", "org/human-rights-watch", "Human Rights Watch exige l'abandon de toutes les poursuites."),
    ("Demand", "ML", "org/african-union", "L'Union africaine a pressé la junte de libérer les militants."),
    ("Demand", "GN", "gov/FR", "La France demande la libération des journalistes."),
    # Sanction
    ("Sanction", "BY", "org/european-union", "L'Union européenne a gelé les avoirs de huit responsables."),
    ("Sanction", "IR", "gov/CA", "Le Canada a imposé des sanctions à quatre responsables iraniens."),
    ("Sanction", "NI", "gov/US", "Washington a suspendu son aide financière à la police du pays."),
    ("Sanction", "ML", "org/european-union", "L'Union européenne a suspendu sa coopération avec la junte."),
    ("Sanction", "GN", "gov/FR", "La France a gelé son aide au développement après les arrestations."),
    ("Sanction", "VE", "org/european-union", "L'UE a ajouté cinq responsables à sa liste de sanctions."),
    # Investigation
    ("Investigation", "EG", "org/united-nations", "Le Conseil des droits de l'homme de l'ONU a envoyé une mission d'enquête dans le pays."),
    ("Investigation", "SY", "gov/FR", "La justice française a ouvert une information judiciaire contre deux officiers."),
    ("Investigation", "MM", "org/icc", "La Cour pénale internationale a ouvert une enquête sur ces exactions."),
    ("Investigation", "TN", "org/rsf", "Reporters sans frontières a porté plainte contre les autorités devant l'ONU."),
    ("Investigation", "CM", "org/united-nations", "L'ONU a dépêché une mission d'établissement des faits au Cameroun."),
    ("Investigation", "GN", "org/icc", "Le procureur de la CPI enquête sur ces arrestations."),
    # Report
    ("Report", "EG", "org/amnesty-international", "Amnesty International a publié un rapport sur ces détentions."),
    ("Report", "SY", "org/human-rights-watch", "Human Rights Watch a documenté des dizaines de cas de torture."),
    ("Report", "BY", "org/rsf", "Reporters sans frontières a rendu public un rapport sur les journalistes emprisonnés."),
    ("Report", "ML", "org/united-nations", "L'ONU a présenté un rapport détaillant les arrestations."),
    ("Report", "CM", "org/human-rights-watch", "Dans un rapport publié jeudi, Human Rights Watch détaille ces abus."),
    ("Report", "GN", "org/amnesty-international", "Amnesty International publie un nouveau rapport sur les détentions."),
    # Petition
    ("Petition", "EG", "org/amnesty-international", "Amnesty International a remis une pétition de 50 000 signatures à l'ambassade."),
    ("Petition", "IR", "org/rsf", "Reporters sans frontières a lancé une pétition pour la libération des journalistes."),
    ("Petition", "BY", "org/amnesty-international", "Amnesty International a recueilli plus de 20 000 signatures pour les détenus."),
    ("Petition", "TN", "org/human-rights-watch", "Human Rights Watch a déposé une pétition signée par 10 000 personnes."),
    ("Petition", "CM", "org/rsf", "Reporters sans frontières a adressé une pétition au Parlement."),
    ("Petition", "ML", "org/amnesty-international", "Amnesty International a fait signer une pétition à 30 000 personnes."),
    # Demonstration
    ("Demonstration", "=TN", "group/*", "Des centaines de manifestants se sont rassemblés devant le Parlement à Tunis pour dénoncer les arrestations."),
    ("Demonstration", "=VE", "group/*", "Des milliers de manifestants ont défilé dimanche à Caracas contre l'arrestation de journalistes."),
    ("Demonstration", "=CM", "group/*", "À Yaoundé, des manifestants ont observé un sit-in devant le tribunal après l'arrestation de journalistes."),
    ("Demonstration", "=ML", "group/*", "Des centaines de manifestants sont descendus dans la rue à Bamako après l'arrestation de militants."),
    ("Demonstration", "=BY", "group/*", "Des manifestants ont tenu une veillée aux chandelles à Minsk pour les journalistes emprisonnés."),
    ("Demonstration", "=GN", "group/*", "Des dizaines de manifestants ont manifesté à Conakry contre l'arrestation de journalistes."),
    # Resettlement
    ("Resettlement", "EG", "gov/DE", "L'Allemagne a accordé l'asile à trois des militants."),
    ("Resettlement", "IR", "gov/CA", "Le Canada a accueilli deux des journalistes et leurs familles."),
    ("Resettlement", "NI", "gov/ES", "L'Espagne a octroyé la nationalité aux opposants exilés."),
    ("Resettlement", "BY", "gov/LT", "La Lituanie a offert refuge à des dizaines de journalistes."),
    ("Resettlement", "SY", "gov/SE", "La Suède a réinstallé 200 anciens détenus."),
    ("Resettlement", "ML", "gov/SN", "Le Sénégal a donné asile aux militants en fuite."),
    # Advocacy
    ("Advocacy", "EG", "org/amnesty-international", "Amnesty International a lancé une campagne pour la libération des journalistes."),
    ("Advocacy", "IR", "org/rsf", "Reporters sans frontières a fait pression sur les gouvernements européens."),
    ("Advocacy", "BY", "org/human-rights-watch", "Human Rights Watch milite pour la libération des militants."),
    ("Advocacy", "TN", "org/amnesty-international", "Amnesty International mobilise ses membres en faveur des détenus."),
    ("Advocacy", "CM", "org/rsf", "Reporters sans frontières mène une campagne de plaidoyer pour les journalistes."),
    ("Advocacy", "GN", "org/human-rights-watch", "Human Rights Watch a sensibilisé les diplomates au sort des détenus."),
    # DiplomaticAction
    ("DiplomaticAction", "IR", "gov/FR", "La France a convoqué l'ambassadeur d'Iran."),
    ("DiplomaticAction", "EG", "gov/IT", "L'Italie a rappelé son ambassadeur au Caire."),
    ("DiplomaticAction", "BY", "gov/PL", "La Pologne a expulsé deux diplomates bélarusses."),
    ("DiplomaticAction", "ML", "gov/FR", "Le ministre français des Affaires étrangères s'est entretenu avec son homologue malien."),
    ("DiplomaticAction", "GN", "gov/SN", "Dakar a adressé une note de protestation aux autorités guinéennes."),
    ("DiplomaticAction", "NI", "gov/ES", "Madrid a convoqué le chargé d'affaires du Nicaragua."),
    # Resolution
    ("Resolution", "IR", "org/united-nations", "L'Assemblée générale de l'ONU a adopté une résolution condamnant les arrestations."),
    ("Resolution", "NI", "org/european-union", "Le Parlement européen a voté une résolution sur ces détentions."),
    ("Resolution", "BY", "org/united-nations", "Le Conseil des droits de l'homme a approuvé une résolution sur la répression."),
    ("Resolution", "MM", "org/united-nations", "Le Conseil de sécurité a adopté à l'unanimité une résolution sur les arrestations."),
    ("Resolution", "ML", "org/african-union", "L'Union africaine a adopté une résolution sur ces détentions."),
    ("Resolution", "GN", "org/european-union", "Les eurodéputés ont adopté une résolution exigeant la libération des journalistes."),
    # Denial
    ("Denial", "EG", "gov/EG", "Le ministère égyptien des Affaires étrangères a nié toute détention arbitraire."),
    ("Denial", "IR", "gov/IR", "Téhéran a démenti ces informations."),
    ("Denial", "BY", "gov/BY", "Le ministère bélarusse de l'Intérieur dément tout mauvais traitement."),
    ("Denial", "ML", "gov/ML", "La junte malienne a rejeté les accusations de torture."),
    ("Denial", "GN", "gov/GN", "Le gouvernement guinéen nie avoir arrêté des journalistes pour leur travail."),
    ("Denial", "CM", "gov/CM", "Yaoundé a qualifié ces allégations de mensongères."),
    # Rejection
    ("Rejection", "EG", "gov/EG", "Le Caire a rejeté ces critiques, y voyant une ingérence dans ses affaires intérieures."),
    ("Rejection", "IR", "gov/IR", "L'Iran a refusé la visite des experts de l'ONU."),
    ("Rejection", "BY", "gov/BY", "Minsk rejette les exigences de l'Union européenne."),
    ("Rejection", "ML", "gov/ML", "Bamako a balayé les critiques de la Cédéao."),
    ("Rejection", "GN", "gov/GN", "La junte guinéenne a récusé le rapport de l'ONU."),
    ("Rejection", "CM", "gov/CM", "Le gouvernement camerounais conteste les conclusions du rapport."),
    # Accusation
    ("Accusation", "EG", "gov/EG", "Le ministère égyptien de l'Intérieur a accusé les journalistes de diffuser de fausses nouvelles."),
    ("Accusation", "IR", "gov/IR", "Téhéran a imputé les troubles à des agents étrangers."),
    ("Accusation", "BY", "gov/BY", "Minsk accuse la Pologne d'avoir organisé les manifestations."),
    ("Accusation", "ML", "gov/ML", "La junte malienne a qualifié les militants de terroristes."),
    ("Accusation", "GN", "gov/GN", "Le gouvernement guinéen tient l'opposition pour responsable des violences."),
    ("Accusation", "CM", "gov/CM", "Les autorités camerounaises reprochent aux journalistes leurs liens avec les séparatistes."),
    # UseOfForce
    ("UseOfForce", "=EG", "gov/EG", "La police égyptienne a arrêté trois autres journalistes au Caire lundi."),
    ("UseOfForce", "=IR", "gov/IR", "Les forces de sécurité iraniennes ont tiré des gaz lacrymogènes sur les manifestants à Téhéran."),
    ("UseOfForce", "=BY", "gov/BY", "La police antiémeute bélarusse a interpellé des dizaines de manifestants à Minsk."),
    ("UseOfForce", "=VE", "gov/VE", "Les autorités vénézuéliennes ont emprisonné un dirigeant de l'opposition à Caracas."),
    ("UseOfForce", "=ML", "gov/ML", "La junte malienne a fait arrêter plusieurs militants à Bamako."),
    ("UseOfForce", "=SA", "gov/SA", "L'Arabie saoudite a exécuté sept hommes à Riyad mardi."),
    # MilitaryAssistance
    ("MilitaryAssistance", "ML", "gov/RU", "La Russie a envoyé des troupes au Mali pour soutenir la junte."),
    ("MilitaryAssistance", "SY", "gov/IR", "L'Iran a déployé des soldats en Syrie."),
    ("MilitaryAssistance", "CM", "gov/TD", "Le Tchad a dépêché des troupes au Cameroun."),
    ("MilitaryAssistance", "MM", "gov/CN", "La Chine a livré des armes à l'armée birmane."),
    ("MilitaryAssistance", "GN", "gov/FR", "La France a fourni des équipements militaires à l'armée guinéenne."),
    ("MilitaryAssistance", "TN", "gov/US", "Les États-Unis ont accordé une aide militaire à la Tunisie."),
    # Support
    ("Support", "EG", "org/amnesty-international", "Amnesty International a salué la libération de deux des journalistes."),
    ("Support", "IR", "gov/NO", "La Norvège soutient les familles des détenus."),
    ("Support", "BY", "gov/PL", "La Pologne a apporté son soutien aux familles des détenus."),
    ("Support", "ML", "org/european-union", "L'UE a félicité les avocats des journalistes."),
    ("Support", "GN", "gov/SN", "Le Sénégal a exprimé sa solidarité avec les détenus."),
    ("Support", "CM", "org/rsf", "Reporters sans frontières a remercié les avocats qui ont défendu les journalistes."),
    # actes sans verbe de réponse, élision, temps composés, réponses nominales
    ("Sanction", "CM", "gov/NL", "Les Pays-Bas ont gelé leurs financements au ministère de la Justice."),
    ("Sanction", "TN", "org/european-union", "La Commission européenne a suspendu son appui budgétaire à Tunis."),
    ("Sanction", "IR", "gov/FR", "Paris a gelé les avoirs de trois responsables iraniens."),
    ("Sanction", "DZ", "gov/CA", "Le Canada a interdit de territoire quatre responsables algériens."),
    ("Sanction", "RU", "org/european-union", "L'UE a imposé des restrictions de visa aux responsables russes."),
    ("Sanction", "ET", "gov/DE", "L'Allemagne a interrompu son aide au développement."),
    ("DiplomaticAction", "DZ", "gov/FR", "Paris a rappelé son ambassadeur à Alger pour consultations."),
    ("DiplomaticAction", "RU", "gov/BE", "La Belgique a convoqué l'ambassadeur de Russie à Bruxelles."),
    ("DiplomaticAction", "TN", "gov/IT", "L'Italie a expulsé un diplomate tunisien."),
    ("DiplomaticAction", "BY", "gov/LT", "Vilnius a remis une note de protestation à l'ambassade du Bélarus."),
    ("Investigation", "RU", "org/rsf", "Reporters sans frontières a déposé une plainte devant la Cour pénale internationale."),
    ("Investigation", "SY", "gov/NL", "Les Pays-Bas ont engagé des poursuites contre la Syrie devant la Cour internationale de justice."),
    ("Investigation", "BY", "org/united-nations", "L'ONU a envoyé une mission d'enquête à la frontière."),
    ("Investigation", "DZ", "gov/FR", "Le parquet de Paris a ouvert une enquête sur l'enlèvement."),
    ("Resettlement", "RU", "gov/LV", "La Lettonie a accordé l'asile politique à trois journalistes russes."),
    ("Resettlement", "DZ", "gov/FR", "La France a accordé le statut de réfugié aux militants en fuite."),
    ("Resettlement", "CM", "gov/NG", "Le Nigeria héberge des milliers de personnes qui ont fui la répression."),
    ("Condemnation", "DZ", "org/european-union", "La condamnation de l'Union européenne a irrité Alger."),
    ("Demand", "RU", "org/amnesty-international", "L'appel lancé par Amnesty International pour la libération des journalistes est resté sans réponse."),
    ("Demand", "DZ", "org/rsf", "Reporters sans frontières a sommé les autorités de libérer les journalistes."),
    ("ExpressionOfConcern", "RU", "gov/FI", "La Finlande s'est dite alarmée par ces arrestations."),
    ("ExpressionOfConcern", "DZ", "gov/ES", "Madrid se dit inquiet du sort des journalistes."),
    ("Demonstration", "=RU", "group/*", "Des centaines de personnes ont manifesté à Moscou contre l'arrestation de journalistes."),
    ("Demonstration", "=EG", "group/*", "Des militants détenus ont entamé une grève de la faim dans une prison du Caire."),
    ("Report", "RU", "org/amnesty-international", "Le nouveau rapport d'Amnesty International documente la torture des détenus."),
    ("Support", "RU", "gov/LT", "La Lituanie a fourni une aide humanitaire aux familles des journalistes emprisonnés."),
    ("Advocacy", "RU", "org/rsf", "Reporters sans frontières a interpellé les gouvernements européens sur le sort des détenus."),
    ("Rejection", "RU", "gov/RU", "Le Kremlin a rejeté ces critiques."),
    ("Denial", "DZ", "gov/DZ", "Alger a catégoriquement démenti détenir des journalistes."),
    ("Accusation", "RU", "gov/RU", "Moscou a accusé les services occidentaux d'avoir fomenté les manifestations."),
    ("Resolution", "RU", "org/european-union", "Le Parlement européen a adopté mercredi une résolution sur les journalistes emprisonnés."),
    ("Petition", "RU", "org/amnesty-international", "Une pétition lancée par Amnesty International a réuni 100 000 signatures."),
    # lacunes des jeux de développement, avec des phrases à nous
    ("Advocacy", "EG", "org/amnesty-international", "Amnesty International a lancé une campagne en ligne pour les détenus."),
    ("Advocacy", "IR", "org/rsf", "Reporters sans frontières mène une campagne sur les réseaux sociaux sous le mot-dièse #LibérezLes."),
    ("Advocacy", "BY", "org/amnesty-international", "Amnesty International a lancé une action urgente pour les journalistes emprisonnés."),
    ("Investigation", "ML", "gov/ML", "Le gouvernement malien a mis en place une commission chargée d'enquêter sur les tueries."),
    ("Investigation", "GN", "gov/GN", "Les autorités guinéennes ont créé une commission d'enquête sur les violences."),
    ("Investigation", "TN", "org/african-union", "L'Union africaine a dépêché une mission d'évaluation à Tunis."),
    ("ExpressionOfConcern", "TN", "org/european-union", "La Commission européenne suit avec inquiétude la situation en Tunisie."),
    ("ExpressionOfConcern", "CM", "org/united-nations", "Le HCR a exprimé ses sérieuses réserves sur ces transferts."),
    ("ExpressionOfConcern", "GN", "gov/FR", "Paris suit les événements avec une vive préoccupation."),
    ("Condemnation", "SY", "org/united-nations", "Le secrétaire général de l'ONU s'est dit scandalisé par la mort des détenus."),
    ("Condemnation", "IR", "org/european-union", "L'UE a réitéré son opposition à la peine de mort après les exécutions."),
    ("Condemnation", "BH", "gov/NO", "La Norvège s'est dite scandalisée par les condamnations à mort."),
    ("Support", "ML", "org/united-nations", "L'ONU a indemnisé les familles des victimes."),
    ("Support", "GN", "org/amnesty-international", "Amnesty International a proposé de défendre les journalistes devant le tribunal."),
    ("Support", "CM", "gov/FR", "La France a versé des indemnités aux familles des victimes."),
    ("Sanction", "ET", "org/world-bank", "La Banque mondiale a gelé ses nouveaux financements à l'Éthiopie."),
    ("Sanction", "TN", "gov/DE", "L'Allemagne a interrompu ses financements au gouvernement tunisien."),
    ("Demand", "MM", "org/united-nations", "La Cour internationale de justice a ordonné à la Birmanie de libérer les journalistes détenus."),
    # futur et conditionnel
    ("Sanction", "BY", "org/european-union", "L'Union européenne gèlera les avoirs de dix responsables bélarusses."),
    ("DiplomaticAction", "IR", "gov/NL", "Les Pays-Bas convoqueront l'ambassadeur d'Iran."),
    ("Investigation", "TN", "org/rsf", "Reporters sans frontières portera plainte contre le ministère de l'Intérieur."),
    ("DiplomaticAction", "IR", "gov/SE", "La Suède a décidé de rappeler son ambassadeur à Téhéran."),
    ("DiplomaticAction", "IR", "gov/DE", "L'Allemagne a retiré son ambassadeur."),
    ("Sanction", "IR", "gov/CA", "Le Canada a interdit l'entrée sur son territoire à vingt responsables iraniens."),
    ("Sanction", "IR", "gov/GB", "Le Royaume-Uni a imposé des restrictions de voyage à vingt responsables iraniens."),
    ("Advocacy", "IR", "org/amnesty-international", "Amnesty International a témoigné devant la commission des affaires étrangères."),
    ("ExpressionOfConcern", "IR", "org/united-nations", "Le haut-commissaire de l'ONU a tiré la sonnette d'alarme."),
    ("ExpressionOfConcern", "SY", "org/amnesty-international", "Amnesty International a alerté sur le sort des détenus."),
    ("Condemnation", "IR", "gov/FR", "La France a exprimé son indignation."),
    ("Condemnation", "IR", "org/european-union", "L'Union européenne a haussé le ton face à Téhéran."),
    ("MilitaryAssistance", "ML", "gov/RU", "La Russie a envoyé des conseillers militaires au Mali."),
    ("MilitaryAssistance", "CM", "gov/US", "Les États-Unis ont déployé des instructeurs militaires au Cameroun."),
    ("Report", "ET", "org/human-rights-watch", "Human Rights Watch a interrogé une trentaine de victimes et de témoins."),
    ("Report", "MM", "org/amnesty-international", "Amnesty International a analysé des images satellite des villages incendiés."),
    ("Report", "SY", "org/united-nations", "Les enquêteurs de l'ONU ont mené des dizaines d'entretiens avec d'anciens détenus."),
    ("Resolution", "EG", "org/european-union", "Le Parlement européen a adopté une motion non contraignante sur les détentions."),
    ("Support", "EG", "gov/FR", "La France a offert des soins médicaux aux militants blessés."),
    ("Rejection", "EG", "gov/EG", "Le ministère égyptien des Affaires étrangères a riposté aux critiques."),
    ("DiplomaticAction", "EG", "gov/FR", "Le président français a évoqué les détentions avec son homologue égyptien."),
    ("Resettlement", "EG", "gov/SE", "La Suède a accordé un visa humanitaire à trois journalistes."),
    ("Advocacy", "EG", "org/amnesty-international", "Amnesty International a porté l'affaire devant le Groupe de travail de l'ONU sur la détention arbitraire."),
    ("Sanction", "EG", "org/european-union", "L'UE a suspendu les négociations commerciales avec l'Égypte."),
    ("Sanction", "EG", "gov/US", "Washington a placé cinq responsables égyptiens sous sanctions."),
    ("Report", "SY", "org/human-rights-watch", "Human Rights Watch a recueilli les témoignages de 40 anciens détenus."),
    ("Investigation", "MM", "gov/BE", "La Belgique a déposé une requête devant la Cour internationale de justice."),
    ("Demonstration", "=CM", "org/*", "Le Syndicat national des journalistes du Cameroun a décrété une journée « presse morte » à Yaoundé contre l'arrestation de journalistes."),
    ("Resettlement", "SY", "org/european-union", "L'Union européenne a adopté un mécanisme de relocalisation des réfugiés syriens."),
]

AR = [
    # ExpressionOfConcern
    ("ExpressionOfConcern", "EG", "gov/CA", "وأعربت كندا عن قلقها العميق إزاء هذه الاعتقالات."),
    ("ExpressionOfConcern", "IR", "org/united-nations", "وعبرت مفوضية الأمم المتحدة لحقوق الإنسان عن بالغ قلقها."),
    ("ExpressionOfConcern", "SY", "gov/FR", "وأبدت فرنسا قلقها من مصير المعتقلين."),
    ("ExpressionOfConcern", "BH", "org/european-union", "وقال الاتحاد الأوروبي إنه يشعر بالقلق إزاء موجة الاعتقالات."),
    ("ExpressionOfConcern", "TN", "org/amnesty-international", "وأبدت منظمة العفو الدولية مخاوفها بشأن معاملة المعتقلين."),
    ("ExpressionOfConcern", "DZ", "gov/DE", "وتتابع ألمانيا بقلق بالغ أوضاع الصحفيين المعتقلين."),
    # Condemnation
    ("Condemnation", "EG", "gov/FR", "وأدانت فرنسا بشدة هذه الاعتقالات."),
    ("Condemnation", "IR", "gov/DE", "ونددت برلين بالاعتقالات التعسفية."),
    ("Condemnation", "TN", "org/human-rights-watch", "وانتقدت هيومن رايتس ووتش السلطات بسبب الاعتقالات."),
    ("Condemnation", "SY", "org/arab-league", "واستنكرت جامعة الدول العربية اعتقال الصحفيين."),
    ("Condemnation", "BH", "org/amnesty-international", "وشجبت منظمة العفو الدولية هذه الحملة."),
    ("Condemnation", "DZ", "org/rsf", "وقالت منظمة مراسلون بلا حدود إنها تدين اعتقال الصحفيين."),
    # Demand
    ("Demand", "EG", "org/amnesty-international", "ودعت منظمة العفو الدولية السلطات إلى الإفراج فورا عن المعتقلين."),
    ("Demand", "IR", "gov/GB", "وحثت بريطانيا طهران على إطلاق سراح الصحفيين."),
    ("Demand", "SY", "org/united-nations", "وطالب الأمين العام للأمم المتحدة بالإفراج عن جميع المحتجزين."),
    ("Demand", "BH", "org/human-rights-watch", "وناشدت هيومن رايتس ووتش السلطات إسقاط جميع التهم."),
    ("Demand", "TN", "org/european-union", "وطالبت دول الاتحاد الأوروبي تونس بالإفراج عن الناشطين."),
    ("Demand", "DZ", "org/rsf", "وتطالب منظمة مراسلون بلا حدود بإطلاق سراح الصحفيين."),
    # Sanction
    ("Sanction", "IR", "org/european-union", "وجمد الاتحاد الأوروبي أصول ثمانية مسؤولين إيرانيين."),
    ("Sanction", "SY", "gov/US", "وفرضت الولايات المتحدة عقوبات على أربعة مسؤولين سوريين."),
    ("Sanction", "EG", "gov/DE", "وأوقفت ألمانيا المساعدات التنموية بعد الاعتقالات."),
    ("Sanction", "BY", "gov/PL", "وفرضت بولندا قيودا على تأشيرات المسؤولين المتورطين."),
    ("Sanction", "MM", "gov/GB", "وعلقت بريطانيا تمويلها للشرطة."),
    ("Sanction", "VE", "org/european-union", "وأدرج الاتحاد الأوروبي خمسة مسؤولين على قائمة العقوبات."),
    # Investigation
    ("Investigation", "SY", "org/united-nations", "وشكل مجلس حقوق الإنسان التابع للأمم المتحدة لجنة تقصي حقائق."),
    ("Investigation", "MM", "org/icc", "وفتحت المحكمة الجنائية الدولية تحقيقا في هذه الانتهاكات."),
    ("Investigation", "EG", "gov/IT", "ورفعت إيطاليا دعوى أمام محكمة العدل الدولية بشأن الاعتقالات."),
    ("Investigation", "IR", "org/united-nations", "وأرسلت الأمم المتحدة بعثة لتقصي الحقائق إلى البلاد."),
    ("Advocacy", "TN", "org/rsf", "وتقدمت منظمة مراسلون بلا حدود بشكوى إلى لجنة حقوق الإنسان التابعة للأمم المتحدة."),
    ("Investigation", "TN", "org/rsf", "وتقدمت منظمة مراسلون بلا حدود بشكوى إلى النيابة العامة ضد وزير الداخلية."),
    ("Investigation", "BH", "org/united-nations", "وتحقق لجنة أممية في ظروف الاعتقالات."),
    # Report
    ("Report", "EG", "org/amnesty-international", "وأصدرت منظمة العفو الدولية تقريرا عن هذه الاعتقالات."),
    ("Report", "IR", "org/human-rights-watch", "ووثقت هيومن رايتس ووتش عشرات حالات التعذيب."),
    ("Report", "SY", "org/united-nations", "ونشرت الأمم المتحدة تقريرا مفصلا عن الاعتقالات."),
    ("Report", "BH", "org/amnesty-international", "وقالت منظمة العفو الدولية في تقرير جديد إن المعتقلين تعرضوا للتعذيب."),
    ("Report", "TN", "org/rsf", "وأصدرت مراسلون بلا حدود تقريرها السنوي عن الصحفيين المعتقلين."),
    ("Report", "DZ", "org/human-rights-watch", "وكشف تقرير أصدرته هيومن رايتس ووتش عن تعرض المعتقلين لسوء المعاملة."),
    # Petition
    ("Petition", "EG", "org/amnesty-international", "وسلمت منظمة العفو الدولية عريضة تحمل 50 ألف توقيع إلى السفارة."),
    ("Petition", "IR", "org/rsf", "وأطلقت مراسلون بلا حدود عريضة للمطالبة بالإفراج عن الصحفيين."),
    ("Petition", "SY", "org/amnesty-international", "وجمعت منظمة العفو الدولية أكثر من 20 ألف توقيع من أجل المعتقلين."),
    ("Petition", "BH", "org/human-rights-watch", "وقدمت هيومن رايتس ووتش عريضة وقعها عشرة آلاف شخص."),
    ("Petition", "TN", "org/rsf", "ورفعت مراسلون بلا حدود عريضة إلى البرلمان."),
    ("Petition", "DZ", "org/amnesty-international", "ونشرت منظمة العفو الدولية عريضة إلكترونية لجمع التوقيعات."),
    # Demonstration
    ("Demonstration", "=TN", "group/*", "وتظاهر مئات المحتجين أمام البرلمان في تونس تنديدا باعتقال الصحفيين."),
    ("Demonstration", "=EG", "group/*", "ونظم عشرات الصحفيين وقفة احتجاجية أمام نقابة الصحفيين في القاهرة."),
    ("Demonstration", "=DZ", "group/*", "وخرج آلاف المتظاهرين إلى الشوارع في الجزائر العاصمة احتجاجا على اعتقال الناشطين."),
    ("Demonstration", "=BH", "group/*", "وأضرب المعتقلون عن الطعام في سجن جو في البحرين."),
    ("Demonstration", "=SY", "group/*", "واعتصم عشرات الناشطين في دمشق للمطالبة بالإفراج عن المعتقلين."),
    ("Demonstration", "=IR", "group/*", "واحتشد مئات المحتجين في طهران للمطالبة بالإفراج عن الصحفيين."),
    # Resettlement
    ("Resettlement", "EG", "gov/DE", "ومنحت ألمانيا حق اللجوء لثلاثة من الناشطين."),
    ("Resettlement", "IR", "gov/CA", "واستقبلت كندا اثنين من الصحفيين وعائلاتهما."),
    ("Resettlement", "SY", "gov/SE", "وأعادت السويد توطين 200 من المعتقلين السابقين."),
    ("Resettlement", "BH", "gov/GB", "ومنحت بريطانيا اللجوء السياسي للناشط المعارض."),
    ("Resettlement", "TN", "gov/FR", "وآوت فرنسا عددا من الناشطين الفارين."),
    ("Resettlement", "DZ", "gov/ES", "واستضافت إسبانيا الصحفيين المنفيين."),
    # Advocacy
    ("Advocacy", "EG", "org/amnesty-international", "وأطلقت منظمة العفو الدولية حملة من أجل الإفراج عن الصحفيين."),
    ("Advocacy", "IR", "org/rsf", "وضغطت مراسلون بلا حدود على الحكومات الأوروبية من أجل المعتقلين."),
    ("Advocacy", "SY", "org/human-rights-watch", "وتقود هيومن رايتس ووتش حملة مناصرة للمعتقلين."),
    ("Advocacy", "BH", "org/amnesty-international", "ونظمت منظمة العفو الدولية حملة تضامن مع المعتقلين."),
    ("Advocacy", "TN", "org/rsf", "وأطلقت مراسلون بلا حدود حملة دولية للإفراج عن الصحفيين."),
    ("Advocacy", "DZ", "org/human-rights-watch", "وتضغط هيومن رايتس ووتش على البرلمان الأوروبي للتحرك."),
    # DiplomaticAction
    ("DiplomaticAction", "IR", "gov/DE", "واستدعت ألمانيا السفير الإيراني احتجاجا على الاعتقالات."),
    ("DiplomaticAction", "EG", "gov/IT", "واستدعت إيطاليا سفيرها لدى القاهرة للتشاور."),
    ("DiplomaticAction", "BY", "gov/PL", "وطردت بولندا اثنين من الدبلوماسيين البيلاروسيين."),
    ("DiplomaticAction", "SY", "gov/FR", "وبحث وزير الخارجية الفرنسي مع نظيره السوري قضية المعتقلين."),
    ("DiplomaticAction", "BH", "gov/GB", "وأثارت بريطانيا قضية المعتقلين مع السلطات البحرينية."),
    ("DiplomaticAction", "DZ", "gov/ES", "وسلمت إسبانيا مذكرة احتجاج إلى السفير الجزائري."),
    # Resolution
    ("Resolution", "IR", "org/united-nations", "واعتمدت الجمعية العامة للأمم المتحدة قرارا يدين الاعتقالات."),
    ("Resolution", "SY", "org/european-union", "وأقر البرلمان الأوروبي قرارا بشأن المعتقلين."),
    ("Resolution", "BY", "org/united-nations", "وتبنى مجلس حقوق الإنسان قرارا بشأن القمع."),
    ("Resolution", "MM", "org/united-nations", "وأصدر مجلس الأمن الدولي بالإجماع قرارا بشأن الاعتقالات."),
    ("Resolution", "EG", "org/european-union", "وصوت البرلمان الأوروبي لصالح قرار يطالب بالإفراج عن الصحفيين."),
    ("Resolution", "TN", "org/african-union", "واعتمد الاتحاد الأفريقي قرارا بشأن هذه الاعتقالات."),
    # Denial
    ("Denial", "EG", "gov/EG", "ونفت وزارة الخارجية المصرية وجود أي اعتقال تعسفي."),
    ("Denial", "IR", "gov/IR", "ونفت طهران هذه التقارير."),
    ("Denial", "SY", "gov/SY", "وقالت الحكومة السورية إن هذه الاتهامات عارية عن الصحة."),
    ("Denial", "BH", "gov/BH", "وأنكرت السلطات البحرينية تعرض المعتقلين للتعذيب."),
    ("Denial", "TN", "gov/TN", "وينفي الرئيس التونسي اعتقال أي صحفي بسبب عمله."),
    ("Denial", "DZ", "gov/DZ", "وكذبت وزارة الداخلية الجزائرية هذه الأنباء."),
    # Rejection
    ("Rejection", "EG", "gov/EG", "ورفضت مصر هذه الانتقادات واعتبرتها تدخلا في شؤونها الداخلية."),
    ("Rejection", "IR", "gov/IR", "ورفضت وزارة الخارجية الإيرانية البيان الأوروبي."),
    ("Rejection", "SY", "gov/SY", "وترفض دمشق مطالب الاتحاد الأوروبي."),
    ("Rejection", "BH", "gov/BH", "واستنكرت البحرين التقرير واعتبرته تدخلا سافرا في شؤونها."),
    ("Rejection", "TN", "gov/TN", "ورفض الرئيس التونسي دعوات الإفراج عن الصحفيين."),
    ("Rejection", "DZ", "gov/DZ", "وأعربت الجزائر عن رفضها القاطع لقرار البرلمان الأوروبي."),
    # Accusation
    ("Accusation", "EG", "gov/EG", "واتهمت وزارة الداخلية المصرية الصحفيين بنشر أخبار كاذبة."),
    ("Accusation", "IR", "gov/IR", "وحملت طهران عملاء أجانب مسؤولية الاضطرابات."),
    ("Accusation", "SY", "gov/SY", "واتهمت دمشق دولا أجنبية بتمويل الاحتجاجات."),
    ("Accusation", "BH", "gov/BH", "ووصفت السلطات البحرينية الناشطين بالإرهابيين."),
    ("Accusation", "TN", "gov/TN", "ويتهم الرئيس التونسي المعارضة بالتآمر على أمن الدولة."),
    ("Accusation", "DZ", "gov/DZ", "واتهمت الحكومة الجزائرية أطرافا خارجية بتأجيج الاحتجاجات."),
    # UseOfForce
    ("UseOfForce", "=EG", "gov/EG", "واعتقلت الشرطة المصرية ثلاثة صحفيين آخرين في القاهرة يوم الاثنين."),
    ("UseOfForce", "=IR", "gov/IR", "وأطلقت قوات الأمن الإيرانية الغاز المسيل للدموع على المحتجين في طهران."),
    ("UseOfForce", "=SY", "gov/SY", "وداهمت قوات الأمن السورية منازل ناشطين في دمشق."),
    ("UseOfForce", "=BH", "gov/BH", "واحتجزت السلطات البحرينية عشرات المتظاهرين في المنامة."),
    ("UseOfForce", "=DZ", "gov/DZ", "وفرقت الشرطة الجزائرية المتظاهرين بالقوة في الجزائر العاصمة."),
    ("UseOfForce", "=SA", "gov/SA", "وأعدمت السعودية سبعة رجال في الرياض يوم الثلاثاء."),
    # MilitaryAssistance
    ("MilitaryAssistance", "ML", "gov/RU", "وأرسلت روسيا قوات إلى مالي لدعم المجلس العسكري."),
    ("MilitaryAssistance", "SY", "gov/IR", "ونشرت إيران جنودا في سوريا."),
    ("MilitaryAssistance", "BH", "gov/SA", "وأرسلت السعودية قوات إلى البحرين."),
    ("MilitaryAssistance", "MM", "gov/CN", "وزودت الصين الجيش في ميانمار بالأسلحة."),
    ("MilitaryAssistance", "EG", "gov/US", "وقدمت الولايات المتحدة مساعدات عسكرية لمصر."),
    ("MilitaryAssistance", "DZ", "gov/RU", "وسلمت روسيا أسلحة ومعدات عسكرية إلى الجيش الجزائري."),
    # Support
    ("Support", "EG", "org/amnesty-international", "ورحبت منظمة العفو الدولية بالإفراج عن اثنين من الصحفيين."),
    ("Support", "IR", "gov/NO", "وتدعم النرويج عائلات المعتقلين."),
    ("Support", "SY", "gov/DE", "وأعربت ألمانيا عن تضامنها مع المعتقلين."),
    ("Support", "BH", "org/european-union", "وأشاد الاتحاد الأوروبي بشجاعة الصحفيين المعتقلين."),
    ("Support", "TN", "org/rsf", "وشكرت مراسلون بلا حدود المحامين الذين دافعوا عن الصحفيين."),
    ("Support", "DZ", "gov/FR", "وقدمت فرنسا دعما قانونيا لعائلات المعتقلين."),
    # أفعال بلا فعل استجابة، صيغ المؤنث والجمع، استجابات اسمية
    ("Sanction", "IR", "gov/FR", "وجمدت فرنسا أصول ثلاثة مسؤولين إيرانيين."),
    ("Sanction", "SY", "gov/CA", "ومنعت كندا ثلاثة جنرالات سوريين من دخول أراضيها."),
    ("Sanction", "EG", "gov/NL", "وعلقت هولندا تمويل مشاريع وزارة العدل."),
    ("Sanction", "TN", "org/european-union", "وأوقف الاتحاد الأوروبي مساعداته المالية لتونس."),
    ("Sanction", "RU", "gov/GB", "وفرضت لندن حظر سفر على خمسة مسؤولين روس."),
    ("DiplomaticAction", "DZ", "gov/FR", "واستدعت فرنسا سفيرها لدى الجزائر للتشاور."),
    ("DiplomaticAction", "RU", "gov/BE", "واستدعت وزارة الخارجية البلجيكية السفير الروسي."),
    ("DiplomaticAction", "TN", "gov/IT", "وطردت إيطاليا دبلوماسيا تونسيا."),
    ("DiplomaticAction", "SY", "gov/DE", "وسحبت ألمانيا سفيرها من دمشق."),
    ("Investigation", "RU", "org/rsf", "ورفعت منظمة مراسلون بلا حدود دعوى أمام المحكمة الجنائية الدولية."),
    ("Investigation", "SY", "gov/NL", "وأقامت هولندا دعوى ضد سوريا أمام محكمة العدل الدولية."),
    ("Investigation", "EG", "org/united-nations", "وشكلت الأمم المتحدة لجنة تقصي حقائق بشأن الاعتقالات."),
    ("Investigation", "DZ", "gov/FR", "وفتح القضاء الفرنسي تحقيقا في عملية الاختطاف."),
    ("Resettlement", "RU", "gov/LV", "ومنحت لاتفيا حق اللجوء السياسي لثلاثة صحفيين روس."),
    ("Resettlement", "SY", "gov/DE", "واستقبلت ألمانيا مئات المعتقلين السابقين وعائلاتهم."),
    ("Resettlement", "MM", "gov/BD", "وتؤوي بنغلاديش آلاف العائلات الفارة من القمع."),
    ("Condemnation", "DZ", "org/european-union", "وأثارت إدانة الاتحاد الأوروبي للاعتقالات غضب الجزائر."),
    ("Condemnation", "EG", "org/amnesty-international", "وفي إدانة شديدة اللهجة، وصفت منظمة العفو الدولية الاعتقالات بأنها انتهاك صارخ."),
    ("Demand", "RU", "org/amnesty-international", "ولم تلق دعوة منظمة العفو الدولية إلى الإفراج عن الصحفيين أي استجابة."),
    ("Demand", "IR", "org/united-nations", "وجدد الأمين العام للأمم المتحدة مطالبته بالإفراج عن المعتقلين."),
    ("ExpressionOfConcern", "RU", "gov/FI", "وأعربت فنلندا عن انزعاجها من الاعتقالات."),
    ("ExpressionOfConcern", "EG", "org/united-nations", "وأبدى خبراء الأمم المتحدة قلقهم البالغ."),
    ("Demonstration", "=RU", "group/*", "وتظاهر مئات الأشخاص في موسكو احتجاجا على اعتقال الصحفيين."),
    ("Demonstration", "=EG", "group/*", "وأضرب ناشطون معتقلون عن الطعام في سجن بالقاهرة."),
    ("Report", "RU", "org/amnesty-international", "ووثق تقرير جديد لمنظمة العفو الدولية تعذيب المعتقلين."),
    ("Support", "RU", "gov/LT", "وقدمت ليتوانيا مساعدات إنسانية لعائلات الصحفيين المسجونين."),
    ("Advocacy", "RU", "org/rsf", "وتمارس مراسلون بلا حدود ضغوطا على الحكومات الأوروبية من أجل المعتقلين."),
    ("Rejection", "RU", "gov/RU", "ورفض الكرملين هذه الانتقادات."),
    ("Denial", "DZ", "gov/DZ", "ونفت الجزائر قطعيا احتجاز أي صحفي."),
    ("Accusation", "RU", "gov/RU", "واتهمت موسكو أجهزة استخبارات غربية بتدبير الاحتجاجات."),
    ("Resolution", "RU", "org/european-union", "وأصدر البرلمان الأوروبي قرارا بشأن الصحفيين المسجونين."),
    ("Petition", "RU", "org/amnesty-international", "وجمعت عريضة أطلقتها منظمة العفو الدولية مئة ألف توقيع."),
    # ثغرات مجموعات التطوير، بجمل من عندنا
    ("Advocacy", "EG", "org/amnesty-international", "وأطلقت منظمة العفو الدولية حملة رقمية من أجل المعتقلين."),
    ("Advocacy", "IR", "org/rsf", "ونظمت مراسلون بلا حدود حملة إلكترونية تحت وسم #الحرية_للصحفيين."),
    ("Advocacy", "BH", "org/amnesty-international", "وأطلقت منظمة العفو الدولية تحركا عاجلا من أجل الصحفيين المعتقلين."),
    ("Investigation", "TN", "gov/TN", "وشكلت الحكومة التونسية لجنة للتحقيق في وفاة المعتقلين."),
    ("Investigation", "DZ", "gov/DZ", "وأنشأت السلطات الجزائرية لجنة تحقيق في أحداث العنف."),
    ("Investigation", "SY", "org/united-nations", "وأرسلت الأمم المتحدة بعثة تقييم إلى ريف دمشق."),
    ("ExpressionOfConcern", "TN", "org/european-union", "وتتابع المفوضية الأوروبية بقلق تطورات الأوضاع في تونس."),
    ("ExpressionOfConcern", "EG", "org/united-nations", "وأبدت المفوضية السامية للأمم المتحدة لشؤون اللاجئين تحفظات جدية على عمليات النقل."),
    ("ExpressionOfConcern", "DZ", "gov/FR", "وأعربت فرنسا عن تحفظها على الأحكام الصادرة."),
    ("Condemnation", "IR", "org/european-union", "وجدد الاتحاد الأوروبي معارضته لعقوبة الإعدام بعد عمليات الإعدام."),
    ("Condemnation", "SA", "gov/NO", "وأكدت النرويج معارضتها لعقوبة الإعدام في جميع الظروف."),
    ("Condemnation", "BH", "org/amnesty-international", "وتعارض منظمة العفو الدولية عقوبة الإعدام في جميع الحالات."),
    ("Support", "SY", "org/icrc", "وقدمت اللجنة الدولية للصليب الأحمر معدات وتدريبا لفرق الطب الشرعي."),
    ("Support", "EG", "org/united-nations", "وصرفت الأمم المتحدة تعويضات لعائلات الضحايا."),
    ("Support", "DZ", "org/amnesty-international", "وعرضت منظمة العفو الدولية الدفاع عن الصحفيين أمام المحكمة."),
    ("Sanction", "SY", "gov/US", "وصنفت الولايات المتحدة الجماعة منظمة إرهابية."),
    ("Sanction", "MM", "gov/GB", "وجمدت بريطانيا تمويل برامج التعاون مع الجيش."),
    ("Resettlement", "SY", "org/european-union", "واعتمد الاتحاد الأوروبي خطة لتوزيع اللاجئين السوريين على الدول الأعضاء."),
    ("Demonstration", "=EG", "group/*", "واحتجبت الصحف المستقلة في القاهرة عن الصدور احتجاجا على اعتقال الصحفيين."),
    # the author after the relative verb of a report or petition ("تقرير أصدرته X")
    ("Report", "IR", "org/amnesty-international", "وأظهر تقرير نشرته منظمة العفو الدولية تعرض المعتقلين للتعذيب."),
    ("Report", "SY", "org/united-nations", "وخلص تقرير أعدته الأمم المتحدة إلى أن المعتقلين تعرضوا لسوء المعاملة."),
    ("Petition", "EG", "org/rsf", "ووقع آلاف الأشخاص على عريضة أطلقتها مراسلون بلا حدود."),
    # المضارع والمستقبل والمصدر
    ("Resettlement", "TN", "gov/FR", "وستمنح فرنسا حق اللجوء لاثنين من الناشطين."),
    ("Sanction", "TN", "gov/NL", "وقررت هولندا تجميد مساعداتها لتونس."),
    ("Resettlement", "IR", "gov/DE", "وأبدت ألمانيا استعدادها لاستقبال الناشطين الفارين."),
    ("Investigation", "IR", "org/icc", "وتحقق المحكمة الجنائية الدولية في هذه الانتهاكات."),
    ("DiplomaticAction", "BY", "gov/LT", "وستطرد ليتوانيا دبلوماسيين بيلاروسيين ردا على الاعتقالات."),
    ("Sanction", "IR", "gov/CA", "وتجمد كندا أصول عشرة مسؤولين إيرانيين."),
    ("ExpressionOfConcern", "SY", "org/united-nations", "ودقت الأمم المتحدة ناقوس الخطر بشأن أوضاع المعتقلين."),
    ("Condemnation", "IR", "gov/FR", "وأعربت فرنسا عن سخطها إزاء الاعتقالات."),
    ("Report", "SY", "org/united-nations", "وجمع محققو الأمم المتحدة شهادات عشرات المعتقلين السابقين."),
    ("Advocacy", "EG", "org/amnesty-international", "وأدلت منظمة العفو الدولية بشهادتها أمام الكونغرس الأمريكي."),
    ("ExpressionOfConcern", "EG", "org/united-nations", "وحذرت الأمم المتحدة من تدهور أوضاع المعتقلين."),
    ("ExpressionOfConcern", "EG", "gov/DE", "وعبرت ألمانيا عن انزعاجها الشديد من الاعتقالات."),
    ("Investigation", "EG", "org/united-nations", "وأوفدت الأمم المتحدة بعثة لتقصي الحقائق إلى القاهرة."),
    ("Report", "EG", "org/amnesty-international", "ونشرت منظمة العفو الدولية نتائج تحقيق أجرته حول التعذيب."),
    ("Support", "EG", "org/amnesty-international", "وأثنت منظمة العفو الدولية على شجاعة الصحفيين."),
    ("DiplomaticAction", "EG", "gov/FR", "وأجرى وزير الخارجية الفرنسي اتصالا هاتفيا بنظيره المصري بشأن المعتقلين."),
    ("MilitaryAssistance", "ML", "gov/RU", "وأرسلت روسيا مستشارين عسكريين إلى مالي."),
    ("Report", "ET", "org/human-rights-watch", "وأجرت هيومن رايتس ووتش مقابلات مع ثلاثين من المحتجزين."),
    ("Report", "MM", "org/amnesty-international", "وحللت منظمة العفو الدولية صور الأقمار الصناعية للقرى المحروقة."),
    ("Report", "SY", "org/united-nations", "وقابل محققو الأمم المتحدة عشرات الناجين."),
    ("Rejection", "EG", "gov/EG", "وردت الخارجية المصرية على الانتقادات الأوروبية."),
    ("Support", "EG", "gov/DE", "وتكفلت ألمانيا بعلاج الناشطين الجرحى."),
    ("Resolution", "EG", "org/european-union", "وأقر البرلمان الأوروبي قرارا غير ملزم بشأن المعتقلين."),
    ("Resettlement", "EG", "gov/BR", "ومنحت البرازيل تأشيرات إنسانية لعائلات الصحفيين."),
]

BANK = [("en",) + c for c in EN] + [("fr",) + c for c in FR] + [("ar",) + c for c in AR]

# Cases whose cue is in the tables but whose agent is not found (attribution, crowds): kept
# here, strictly expected to fail, until those readers learn the construction.
XFAIL = {
    "وقالت الحكومة السورية إن هذه الاتهامات عارية عن الصحة.":
        "a denial said in reported speech after an accusation noun",
    "ووثق تقرير جديد لمنظمة العفو الدولية تعذيب المعتقلين.":
        "a report's author after 'ل' ('تقرير جديد لمنظمة X')",
    "واحتجبت الصحف المستقلة في القاهرة عن الصدور احتجاجا على اعتقال الصحفيين.":
        "newspapers as a crowd (loaders/crowds.py)",
}


def _params():
    for i, case in enumerate(BANK):
        marks = [pytest.mark.xfail(reason=XFAIL[case[4]], strict=True)] if case[4] in XFAIL else []
        yield pytest.param(*case, marks=marks, id=f"{case[0]}-{case[1]}-{i}")


def case_text(lang: str, cc: str, sentence: str) -> str:
    """The document of a case: the situation sentence then the response sentence."""
    if cc.startswith("="):
        return sentence
    return context(lang, cc) + " " + sentence


@pytest.mark.parametrize("lang, rtype, cc, agent, sentence", list(_params()))
def test_response_bank(lang, rtype, cc, agent, sentence):
    got = placed(case_text(lang, cc, sentence), lang)
    place = "place/" + cc.lstrip("=")
    if agent.endswith("*"):
        assert any(a.startswith(agent[:-1]) and t == rtype and p == place for a, t, p in got), got
    else:
        assert (agent, rtype, place) in got, got


def test_bank_breadth():
    """At least six cases per type and language."""
    from rightsgraph.loaders.model import RESPONSE_TYPES
    for lang in ("en", "fr", "ar"):
        for rtype in RESPONSE_TYPES:
            assert sum(1 for c in BANK if c[0] == lang and c[1] == rtype) >= 6, (lang, rtype)


@pytest.mark.parametrize("text, negated", [
    ("وسلمت المنظمة عريضة إلى السفارة.", False),      # و + س + لم + ت is "handed over"
    ("ومات ثلاثة معتقلين في السجن.", False),            # "مات" (died) is not ما + ت
    ("وغيرت الحكومة القانون.", False),                   # "غيرت" (changed) is not غير + ت
    ("ولم تدن الحكومة الاعتقالات.", True),
    ("فلا تعليق لدى الوزارة.", True),
])
def test_arabic_negation_particles_take_no_suffix(text, negated):
    from rightsgraph.loaders.cues import get_cues, normalized_view
    norm, _ = normalized_view(text, "ar")
    hits = [h for h in get_cues("ar").negation.find(norm) if h.entry.value != "cancel"]
    assert bool(hits) == negated, [h.surface for h in hits]


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Reporters Without Borders launched a petition for the jailed reporters in Iran.",
     ("org/rsf", "Petition")),
    ("fr", "Reporters sans frontières a lancé une pétition pour les journalistes détenus en Iran.",
     ("org/rsf", "Petition")),
])
def test_without_in_an_organisation_name_negates_nothing(lang, text, want):
    assert want in facts(text, lang)


def test_holding_those_responsible_to_account_accuses_no_one():
    got = facts("Security forces in Kenya killed dozens of protesters. Twelve embassies urged the "
                "authorities to hold those responsible to account.", "en")
    assert not any(t == "Accusation" for _, t in got)
