"""Bank: English responses of every type and their agents (extraction round 8, helper H4, work half A).

Written before running the extractor on any of them: mini-documents in the style of Reuters, AP, the
Guardian, the NYT and Amnesty/HRW pages about real 2019-2025 situations, spread over the 18 response types,
agent kinds (ministries, officials by title, capitals, IGO bodies and officials, NGOs, parties, unions,
groups) and constructions (passive, quote-first, nominal, relative clauses, lists, pronouns, negation,
modality). The 67 cases were shuffled with random.Random(8); this is the first half (the second half is the
held-out bank tests/test_en_r8_heldout_bank.py, scored blind during the round).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    ("en-wang-no-forced-labour", "en",
     "China says forced labour claims are 'lie of the century'\n\nChinese foreign ministry spokesman Wang Wenbin said "
     "on Monday there was \"no such thing as forced labour\" in Xinjiang, after a U.S. law banning imports from the "
     "region took effect.",
     ["gov/CN Denial CN"], ["gov/US Denial CN"]),
    ("en-ru-cn-veto", "en",
     "Russia and China veto UN resolution on Myanmar\n\nRussia and China vetoed a draft Security Council resolution "
     "on Wednesday that would have demanded an end to violence against civilians in Myanmar.",
     ["gov/RU Rejection MM", "gov/CN Rejection MM"], []),
    ("en-cerd-urged", "en",
     "UN committee urges Australia to raise age of criminal responsibility\n\nThe U.N. Committee on the Elimination "
     "of Racial Discrimination on Friday urged Australia to raise the minimum age of criminal responsibility, "
     "noting the high number of Aboriginal children held in detention.",
     ["org/united-nations Demand AU"], ["gov/AU Demand AU"]),
    ("en-mexico-fgr-investigation", "en",
     "Mexico opens probe into missing students\n\nMexico's Attorney General's Office said on Friday it had opened "
     "an investigation into the disappearance of seven students in the state of Zacatecas.",
     ["gov/MX Investigation MX"], []),
    ("en-nrc-gravely-concerned", "en",
     "Aid group warns of Rafah disaster\n\nThe Norwegian Refugee Council said it was gravely concerned for the "
     "safety of more than a million displaced Palestinians sheltering in Rafah as Israeli forces prepared a ground "
     "offensive.",
     ["org/nrc ExpressionOfConcern PS"], []),
    ("en-ep-sansal", "en",
     "European lawmakers demand release of Boualem Sansal\n\nThe European Parliament on Thursday adopted a resolution "
     "calling for the immediate release of the French-Algerian writer Boualem Sansal, who was arrested at Algiers "
     "airport in November.",
     ["org/european-union Resolution DZ"], ["gov/FR Resolution DZ"]),
    ("en-mijatovic-kavala", "en",
     "Council of Europe rights chief urges Turkey to free Kavala\n\nThe Council of Europe's human rights commissioner, "
     "Dunja Mijatovic, on Monday urged the Turkish authorities to release Osman Kavala without delay, four years "
     "after his arrest.",
     ["org/council-of-europe Demand TR"], ["gov/TR Demand TR"]),
    ("en-joint-statement-au-ca-nz", "en",
     "Three nations urge China to free Uyghur academic\n\nIn a joint statement on Monday, the foreign ministers of "
     "Australia, Canada and New Zealand urged China to release the Uyghur economist Ilham Tohti, who is serving a life "
     "sentence.",
     ["gov/AU Demand CN", "gov/CA Demand CN", "gov/NZ Demand CN"], ["gov/CN Demand CN"]),
    ("en-drew-condemnation-cpj", "en",
     "Journalist detained in Guatemala\n\nGuatemalan prosecutors arrested the veteran journalist Jose Ruben Zamora "
     "at his home in Guatemala City. The arrest drew swift condemnation from the Committee to Protect Journalists, "
     "which called it an attack on press freedom.",
     ["org/cpj Condemnation GT"], []),
    ("en-eu-considering-sanctions", "en",
     "EU weighs sanctions over Georgia crackdown\n\nThe European Union is considering targeted sanctions against "
     "Georgian officials responsible for the violent dispersal of pro-EU protesters in Tbilisi, diplomats said on "
     "Monday.",
     ["org/european-union Sanction GE"], []),
    ("en-icc-venezuela", "en",
     "ICC prosecutor opens Venezuela investigation\n\nThe International Criminal Court's prosecutor, Karim Khan, said "
     "on Wednesday he was opening a formal investigation into possible crimes against humanity in Venezuela, "
     "including torture of detainees held by security forces.",
     ["org/icc Investigation VE"], []),
    ("en-bachelet-dismayed", "en",
     "Myanmar junta executes four democracy activists\n\nMyanmar's military authorities executed four pro-democracy "
     "activists, including a former lawmaker, state media reported on Monday. U.N. human rights chief Michelle Bachelet "
     "said she was \"dismayed\" by the executions, the first in the country in decades.",
     ["org/united-nations ExpressionOfConcern MM", "gov/MM UseOfForce MM"], []),
    ("en-families-sit-in", "en",
     "Families of Syria's missing stage sit-in\n\nFamilies of people who disappeared in Syrian government prisons "
     "staged a sit-in in central Damascus on Sunday, holding photographs of their relatives.",
     ["group/SY/* Demonstration SY"], []),
    ("en-three-govs-condemn", "en",
     "Western powers condemn death sentence for Iranian rapper\n\nAn Iranian court sentenced the rapper Toomaj Salehi "
     "to death on Wednesday over his support for the 2022 protests. Britain, France and Germany condemned the verdict "
     "and summoned Iranian diplomats.",
     ["gov/GB Condemnation IR", "gov/FR Condemnation IR", "gov/DE Condemnation IR",
      "gov/GB DiplomaticAction IR"], []),
    ("en-britain-morality-police", "en",
     "Britain sanctions Iran's morality police\n\nBritain on Monday sanctioned Iran's morality police and several "
     "senior security officials over the death in custody of Mahsa Amini and the violent crackdown on the protests "
     "that followed.",
     ["gov/GB Sanction IR"], []),
    ("en-unsc-closed-door", "en",
     "Security Council meets on El Fasher\n\nThe U.N. Security Council held an emergency closed-door meeting on "
     "Thursday on the escalating violence in El Fasher, the last army stronghold in Sudan's Darfur region, "
     "diplomats said.",
     ["org/united-nations DiplomaticAction SD"], []),
    ("en-unhcr-evacuated", "en",
     "UN evacuates refugees from Libya to Rwanda\n\nThe U.N. refugee agency evacuated 150 asylum seekers held in "
     "Libyan detention centres to an emergency transit centre in Rwanda on Thursday.",
     ["org/united-nations Resettlement LY"], ["gov/RW Resettlement LY"]),
    ("en-lawlor-she-described", "en",
     "UN expert alarmed by jailing of Belarus rights defenders\n\nMary Lawlor, the U.N. special rapporteur on human "
     "rights defenders, said on Friday she was alarmed by the sentences handed to members of the Viasna centre in "
     "Minsk. She described the trial as a mockery of justice.",
     ["org/united-nations ExpressionOfConcern BY", "org/united-nations Condemnation BY"], []),
    ("en-rainbow-railroad", "en",
     "LGBT Afghans relocated to Canada\n\nRainbow Railroad said on Monday it had helped relocate more than 200 LGBT "
     "Afghans to Canada since the Taliban took power, and it continued to campaign for more countries to take them "
     "in.",
     ["org/rainbow-railroad Resettlement AF"], []),
    ("en-state-department-statement", "en",
     "US condemns sentencing of Vietnamese activist\n\nThe State Department condemned on Friday the sentencing of "
     "the Vietnamese environmental activist Hoang Thi Minh Hong to three years in prison, saying she had been "
     "jailed for her peaceful work.",
     ["gov/US Condemnation VN"], []),
    ("en-makolo-accused-hrw", "en",
     "Rwanda accuses HRW of bias\n\nHuman Rights Watch said in a report that Rwandan authorities had tracked down "
     "and threatened critics living abroad. Government spokeswoman Yolande Makolo accused the group of spreading "
     "\"fabrications\" to tarnish Rwanda's image.",
     ["gov/RW Accusation RW", "org/human-rights-watch Report RW"], ["org/human-rights-watch Accusation RW"]),
    ("en-canada-resettle-afghans", "en",
     "Canada to take in 40,000 Afghans\n\nCanada will resettle up to 40,000 Afghan refugees fleeing Taliban rule, "
     "Immigration Minister Marco Mendicino told reporters in Ottawa on Friday, including women leaders, human rights "
     "defenders and journalists.",
     ["gov/CA Resettlement AF"], []),
    ("en-irene-khan-draconian", "en",
     "UN expert slams Pakistan's new cybercrime law\n\nIrene Khan, the U.N. special rapporteur on freedom of "
     "expression, described Pakistan's amended cybercrime law as \"draconian\" and said it would be used to "
     "silence journalists.",
     ["org/united-nations Condemnation PK"], []),
    ("en-germany-rohingya-aid", "en",
     "Germany pledges aid for Rohingya refugees\n\nGermany pledged 10 million euros in additional humanitarian aid "
     "for Rohingya refugees living in camps in Bangladesh's Cox's Bazar, the foreign office in Berlin said on "
     "Tuesday.",
     ["gov/DE Support -"], []),
    ("en-callamard-quote-first", "en",
     "Tunisia jails opposition figures in 'conspiracy' trial\n\nA court in Tunis sentenced some 40 opposition "
     "politicians, lawyers and businessmen to prison terms of up to 66 years on Saturday. \"This mass trial is a "
     "travesty of justice that lays bare the authorities' contempt for the rule of law,\" said Agnès Callamard, "
     "Amnesty International's Secretary General.",
     ["org/amnesty-international Condemnation TN"], []),
    ("en-passive-condemned-by", "en",
     "Belarus court jails Nobel laureate\n\nA court in Minsk sentenced the Nobel Peace Prize laureate Ales Bialiatski "
     "to ten years in prison on Friday. The verdict was condemned by Amnesty International and by Germany's foreign "
     "ministry.",
     ["org/amnesty-international Condemnation BY", "gov/DE Condemnation BY"], []),
    ("en-activists-urge-eu-sanction", "en",
     "Activists urge EU to act on Georgia\n\nGeorgian police beat and detained hundreds of protesters in Tbilisi over "
     "the weekend. Civil society groups urged the European Union to impose sanctions on the officials responsible.",
     ["gov/GE UseOfForce GE"], ["org/european-union Sanction GE"]),
    ("en-uhrp-lobbying", "en",
     "Uyghur advocates press Congress on forced labour bill\n\nThe Uyghur Human Rights Project has spent months "
     "lobbying members of Congress to pass legislation that would bar imports made with forced labour in Xinjiang.",
     ["org/uyghur-human-rights-project Advocacy CN"], []),
    ("en-ffm-venezuela-report", "en",
     "UN mission documents torture in Venezuela\n\nThe U.N. Independent International Fact-Finding Mission on "
     "Venezuela said in a report released on Tuesday that military intelligence officers had tortured detained "
     "opponents, including with electric shocks.",
     ["org/united-nations Report VE"], []),
    ("en-french-ministry-demanded", "en",
     "France demands consular access to jailed citizen in Iran\n\nThe French foreign ministry on Tuesday demanded "
     "immediate consular access to Cecile Kohler, a French teacher held in Tehran's Evin prison since 2022, and "
     "called her detention arbitrary.",
     ["gov/FR Demand IR"], []),
    ("en-opposition-party-demanded-release", "en",
     "Zimbabwe opposition demands release of activists\n\nZimbabwean police arrested 78 opposition activists at a "
     "private home near Harare. The Citizens Coalition for Change demanded their immediate release, calling the "
     "arrests unconstitutional.",
     ["org/citizens-coalition-for-change Demand ZW", "gov/ZW UseOfForce ZW"], []),
    ("en-aspi-satellite", "en",
     "New imagery shows detention sites expanding in Xinjiang\n\nThe Australian Strategic Policy Institute published "
     "satellite imagery on Thursday showing that more than 60 detention facilities in Xinjiang had been expanded over "
     "the past year, despite Beijing's claims that the camps had closed.",
     ["org/australian-strategic-policy-institute Report CN"], []),
    ("en-ohchr-spokesperson-called", "en",
     "UN calls for probe into killings in Kenya\n\nThe U.N. human rights office called on Kenya on Tuesday to "
     "investigate the deaths of protesters. \"We are deeply concerned by the use of lethal force,\" spokesperson "
     "Jeremy Laurence told reporters in Geneva.",
     ["org/united-nations Demand KE", "org/united-nations ExpressionOfConcern KE"], ["gov/KE Demand KE"]),
]

XFAIL = {
    "en-state-department-statement": "'the sentencing of the Vietnamese ... activist' reads as the victim's nationality (0.3) and "
                                     "the State Department's own country wins the main place (place votes, H6)",
    "en-uhrp-lobbying": "lobbying 'members of Congress' places the act in the US, not in Xinjiang (place votes, H6)",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_en_r8_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
