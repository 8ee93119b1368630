"""Held-out bank: English responses of every type and their agents (extraction round 8, helper H4, half B).

The second half of the 67 cases written for round 8 before any extractor run (shuffled with
random.Random(8); the first half is tests/test_en_r8_bank.py). This half was scored with numbers only
during the round (26/34 at 38e6bb0, 27/34 after H4's changes) and read only after the final score;
its failing cases are strict xfails naming their mechanism.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    ("en-unhcr-its-spokesperson", "en",
     "UN alarmed by forced returns of Afghans from Pakistan\n\nPakistani police have rounded up thousands of Afghan "
     "refugees in Karachi and Islamabad ahead of a deportation deadline. The U.N. refugee agency said it was alarmed "
     "by the reports. Its spokesperson in Geneva urged the authorities to halt the forced returns.",
     ["org/united-nations ExpressionOfConcern PK", "org/united-nations Demand PK"], ["gov/PK Demand PK"]),
    ("en-amnesty-it-said", "en",
     "Amnesty urges Saudi Arabia to halt executions\n\nSaudi Arabia executed 81 men in a single day, the interior "
     "ministry said. Amnesty International said the mass execution was \"chilling\". It urged the authorities to "
     "impose an official moratorium on the death penalty.",
     ["org/amnesty-international Condemnation SA", "org/amnesty-international Demand SA",
      "gov/SA UseOfForce SA"], []),
    ("en-price-deeply-concerned", "en",
     "Washington 'deeply concerned' over Hong Kong arrests\n\nNed Price, the State Department spokesman, said "
     "Washington was \"deeply concerned\" by the arrest of dozens of pro-democracy activists, calling on Beijing to "
     "respect freedoms of expression and assembly.",
     ["gov/US ExpressionOfConcern -", "gov/US Demand -"], []),
    ("en-cavusoglu-quote-first", "en",
     "Turkey rejects Western call to free Kavala\n\n\"Turkey is a state of law and nobody can lecture us about our "
     "courts,\" Foreign Minister Mevlut Cavusoglu said on Tuesday, after ten Western embassies called for the release "
     "of the philanthropist Osman Kavala.",
     ["gov/TR Rejection TR"], []),
    ("en-nlc-strike", "en",
     "Nigeria's unions begin nationwide strike\n\nThe Nigeria Labour Congress began an indefinite nationwide strike "
     "on Monday to protest the arrest and beating of its president, Joe Ajaero, by police in Owerri.",
     ["org/nigeria-labour-congress Demonstration NG"], []),
    ("en-amnesty-petition-alaa", "en",
     "Petition for Alaa Abd El-Fattah tops 100,000 signatures\n\nMore than 100,000 people have signed a petition "
     "launched by Amnesty International demanding the release of the jailed British-Egyptian activist Alaa Abd "
     "El-Fattah, who has been on hunger strike in Wadi al-Natrun prison.",
     ["org/amnesty-international Petition EG"], []),
    ("en-egypt-interior-passive-denied", "en",
     "Egypt denies torture in prisons\n\nFormer detainees told Reuters they had been beaten and held in solitary "
     "confinement at Badr prison. The allegations were denied by Egypt's interior ministry, which said inmates were "
     "treated in line with the law.",
     ["gov/EG Denial EG"], []),
    ("en-tehran-tear-gas", "en",
     "Iranian forces fire on mourners\n\nSecurity forces fired tear gas and live ammunition at thousands of mourners "
     "who had gathered at a cemetery in Saqqez on Wednesday, witnesses said, and dozens of people were arrested.",
     ["gov/IR UseOfForce IR"], []),
    ("en-ugtt-rally", "en",
     "Tunisian union rallies against arrests\n\nThousands of members of Tunisia's powerful UGTT labour union "
     "marched in central Tunis on Saturday to protest the arrest of one of its senior officials.",
     ["org/ugtt Demonstration TN"], []),
    ("en-hungary-backed-vucic", "en",
     "Orbán backs Vučić amid Serbia protests\n\nHungarian Prime Minister Viktor Orban on Monday voiced support for "
     "Serbian President Aleksandar Vucic, as students blocked roads in Belgrade for a third month to protest "
     "against corruption.",
     ["gov/HU Support RS"], ["gov/RS Support RS"]),
    ("en-us-visa-uganda", "en",
     "US imposes visa curbs over Uganda anti-gay law\n\nWashington said on Friday it would impose visa restrictions "
     "on Ugandan officials responsible for enforcing the Anti-Homosexuality Act, which carries the death penalty "
     "for some same-sex acts.",
     ["gov/US Sanction UG"], ["gov/UG Sanction UG"]),
    ("en-police-fired-on-students", "en",
     "Bangladesh police fire on student protesters\n\nPolice in Dhaka fired rubber bullets and tear gas at students "
     "protesting against job quotas on Thursday, and the government imposed a nationwide curfew.",
     ["gov/BD UseOfForce BD"], []),
    ("en-police-denied-force", "en",
     "Nairobi police deny excessive force\n\nPolice in Nairobi denied using excessive force against demonstrators on "
     "Tuesday, saying officers had acted within the law.",
     ["gov/KE Denial KE"], []),
    ("en-blinken-pressed", "en",
     "Blinken presses Egypt on detainees\n\nU.S. Secretary of State Antony Blinken pressed his Egyptian counterpart "
     "Sameh Shoukry to release political prisoners during talks in Cairo on Monday, a State Department official "
     "said.",
     ["gov/US Demand EG"], ["gov/EG Demand EG"]),
    ("en-us-silent", "en",
     "Egypt arrests dozens after rare protests\n\nEgyptian police arrested dozens of people after small protests "
     "broke out in Cairo and Suez on Friday, lawyers said. The United States, a close ally of Cairo, has not commented "
     "on the arrests.",
     ["gov/EG UseOfForce EG"], ["gov/US Condemnation EG", "gov/US ExpressionOfConcern EG"]),
    ("en-avaaz-handed-in", "en",
     "Campaigners deliver petition on Saudi women activists\n\nAvaaz handed in a petition signed by more than "
     "300,000 people to the Saudi embassy in London on Wednesday, calling for the release of jailed women's rights "
     "activists.",
     ["org/avaaz Petition SA"], ["gov/SA Petition SA", "gov/GB Petition SA"]),
    ("en-kindiki-denied", "en",
     "Kenya's minister denies police used live bullets\n\nKenya's Interior Minister Kithure Kindiki on Thursday "
     "denied that officers had used live ammunition against protesters, despite hospital records showing gunshot "
     "wounds.",
     ["gov/KE Denial KE"], []),
    ("en-ethiopia-denies-tigray", "en",
     "Ethiopia denies blocking aid to Tigray\n\nEthiopia's government denied on Thursday that it was blocking "
     "humanitarian aid from reaching Tigray, where the U.N. says hundreds of thousands face famine, and accused the "
     "TPLF of looting food stocks.",
     ["gov/ET Denial ET", "gov/ET Accusation ET"], ["org/tplf Accusation ET"]),
    ("en-awami-witch-hunt", "en",
     "Bangladesh police arrest dozens of Awami League leaders\n\nPolice in Dhaka arrested at least 40 senior members of "
     "the Awami League overnight, officials said. The party of ousted prime minister Sheikh Hasina condemned the "
     "arrests as a \"political witch hunt\" and vowed to challenge them in court.",
     ["org/awami-league Condemnation BD", "gov/BD UseOfForce BD"], []),
    ("en-house-resolution", "en",
     "US House condemns Nigeria's persecution of Christians\n\nThe U.S. House of Representatives passed a resolution "
     "on Tuesday condemning killings of Christians in Nigeria's Middle Belt and urging the State Department to "
     "act.",
     ["gov/US Resolution NG"], ["gov/NG Resolution NG"]),
    ("en-eu-calls-on-tunisia", "en",
     "EU urges Tunisia to free journalist\n\nThe European Union on Friday called on Tunisia to release the journalist "
     "Mourad Zeghidi, who was jailed for six months over comments he made on the radio.",
     ["org/european-union Demand TN"], ["gov/TN Demand TN"]),
    ("en-raisi-blamed", "en",
     "Iran's president blames foes for unrest\n\nIranian President Ebrahim Raisi on Wednesday blamed the United States "
     "and Israel for fomenting the protests that have swept the country since the death of Mahsa Amini in police "
     "custody.",
     ["gov/IR Accusation IR"], ["gov/US Accusation IR", "gov/IL Accusation IR"]),
    ("en-saudi-summoned-swedish", "en",
     "Saudi Arabia summons Swedish envoy over Koran burning\n\nThe Saudi foreign ministry summoned Sweden's "
     "charge d'affaires on Thursday to protest against the burning of a copy of the Koran outside a mosque in "
     "Stockholm.",
     ["gov/SA DiplomaticAction SE"], ["gov/SE DiplomaticAction SE"]),
    ("en-eu-welcomed-release", "en",
     "EU welcomes release of Narges Mohammadi\n\nIranian authorities on Wednesday temporarily released the jailed "
     "Nobel laureate Narges Mohammadi on medical grounds. The European Union welcomed the decision and said she "
     "should be freed permanently.",
     ["org/european-union Support IR"], []),
    ("en-csto-kazakhstan", "en",
     "Russian-led troops arrive in Kazakhstan\n\nThe Russian-led Collective Security Treaty Organization sent "
     "troops to Kazakhstan on Thursday after President Kassym-Jomart Tokayev asked for help to quell unrest in "
     "which dozens of protesters have been killed. Russia deployed paratroopers to Almaty.",
     ["org/csto MilitaryAssistance KZ", "gov/RU MilitaryAssistance KZ"], []),
    ("en-treasury-nicaragua", "en",
     "US sanctions Nicaraguan police commanders\n\nThe U.S. Treasury Department on Tuesday imposed sanctions on three "
     "senior Nicaraguan police commanders it accused of overseeing the violent repression of peaceful protesters.",
     ["gov/US Sanction NI"], ["gov/NI Sanction NI"]),
    ("en-odm-inquiry", "en",
     "Kenyan opposition seeks inquiry into protest killings\n\nKenyan police shot dead at least six people during "
     "anti-government protests in Nairobi and Kisumu on Wednesday, according to rights groups. The opposition Orange "
     "Democratic Movement called for an independent inquiry into the killings.",
     ["org/orange-democratic-movement Demand KE", "gov/KE UseOfForce KE"], []),
    ("en-hrw-smokescreen", "en",
     "Sri Lanka: new truth commission draws criticism\n\nSri Lanka's cabinet approved a bill on Tuesday to create a "
     "truth and reconciliation commission for crimes committed during the civil war. Human Rights Watch said the "
     "commission was \"a smokescreen to evade accountability\" for the killings of thousands of Tamil civilians.",
     ["org/human-rights-watch Condemnation LK"], ["gov/LK Condemnation LK"]),
    ("en-caracas-rejects-report", "en",
     "Caracas rejects UN findings\n\nVenezuela's foreign ministry rejected the U.N. report on Wednesday, calling it "
     "\"plagued with falsehoods\" and part of a campaign against the country.",
     ["gov/VE Rejection VE"], []),
    ("en-beijing-interference", "en",
     "Beijing hits back at UN report\n\nThe U.N. human rights office said on Wednesday that China's detention of "
     "Uyghurs in Xinjiang may constitute crimes against humanity. Beijing rejected the assessment as a \"farce\" "
     "and a gross interference in China's internal affairs.",
     ["gov/CN Rejection CN", "org/united-nations Report CN"], []),
    ("en-tbilisi-rally", "en",
     "Georgians rally against 'foreign agents' bill\n\nTens of thousands of Georgians rallied outside parliament in "
     "Tbilisi on Saturday evening against a bill critics say is modelled on a Russian law used to silence dissent.",
     ["group/GE/* Demonstration GE"], []),
    ("en-japan-seriously-concerned", "en",
     "Japan voices concern over Hong Kong sentences\n\nJapan's Foreign Ministry said it was \"seriously concerned\" "
     "after a Hong Kong court jailed 45 pro-democracy campaigners for subversion.",
     ["gov/JP ExpressionOfConcern -"], []),
    ("en-hrcp-criticised", "en",
     "Rights body criticises military trials of civilians\n\nThe Human Rights Commission of Pakistan criticised "
     "the government's decision to try civilians arrested after the May 9 riots in military courts, saying it "
     "violated the right to a fair trial.",
     ["org/hrcp Condemnation PK"], []),
    ("en-rsf-relative-clause", "en",
     "RSF demands release of Egyptian journalists\n\nReporters Without Borders, which ranks Egypt among the world's "
     "biggest jailers of journalists, demanded on Tuesday the release of three reporters detained in Cairo last "
     "week.",
     ["org/rsf Demand EG"], []),
]

XFAIL = {
    "en-nlc-strike": "a union's 'indefinite nationwide strike' is not read as its Demonstration (strike noun after 'began')",
    "en-amnesty-petition-alaa": "'the jailed British-Egyptian activist' makes the victim's other nationality win the main place",
    "en-avaaz-handed-in": "a petition handed in 'to the Saudi embassy in London' is placed in the UK, not at the situation",
    "en-awami-witch-hunt": "'The party of ousted prime minister Sheikh Hasina condemned' is read as the state's act, and "
                           "the arrested 'members of the Awami League' as the arrests' agent",
    "en-hrw-smokescreen": "'said the commission was \"a smokescreen ...\"': a commission is no judged situation word",
    "en-beijing-interference": "'may constitute crimes against humanity' in the UN office's statement is read as an "
                               "Accusation and a Rejection, not its Report",
    "en-hrcp-criticised": "the HRCP's condemnation is found but its event gets no place (no locative or national in the text)",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_en_r8_heldout_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
