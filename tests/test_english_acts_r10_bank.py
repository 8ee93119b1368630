"""Bank: English acts of found governments and organisations (round 10, helper H1; its rules did not
land, so the cases stand as the measured gaps).

Mechanisms, each with mini-documents of our own wording (actors, countries and sentences
differ from the development documents):

* an official named in full once and later by the family name alone ("Yoon had accused
  ..."): the act had no agent;
* the feelings of concern as a whole family (every copula and degree adverb: "said they
  were 'disappointed'", "was 'deeply pained'", "felt saddened");
* a generic state noun in what an official says ("press secretary X said the administration
  was concerned and called on Beijing ..."): the official's state, not the one called on;
* what a person is deprived of, with an adjective ("was repeatedly denied adequate medical
  care"): no Denial;
* the labels a state puts on the people it holds, said without a verb of describing ("police
  said the activists had plotted mass riots", "were members of a banned organisation");
* a call for a resignation and a call on the speaker's own supporters in one sentence: only
  the second is mobilisation (Advocacy), the first stays a Demand;
* a second complement of the same verb of speech ("said the trial was public and that nobody
  was detained for their opinions"): its judgement was not read.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

CASES = [
    # --- family names standing for an official named in full before ---
    ("en-surname-accused", "en", "Protests in Georgia\n\nPolice detained forty protesters outside parliament in Tbilisi on "
     "Sunday. Interior Minister Vakhtang Gomelauri met police chiefs on Monday. In a televised speech on Tuesday, "
     "Gomelauri accused the opposition of organising the unrest.",
     ["gov/GE Accusation GE"], []),
    ("en-surname-family-first", "en", "Crackdown in Cambodia\n\nPolice arrested twelve opposition activists in Phnom "
     "Penh on Friday. Prime Minister Hun Manet opened a bridge in Kampot the same day. In a speech on Saturday, Hun "
     "accused the activists of plotting against the state.",
     ["gov/KH Accusation KH"], []),
    # --- the feelings of concern ---
    ("en-disappointed-joint", "en", "Crackdown in Ethiopia\n\nThe Ethiopian authorities suspended three human rights "
     "organisations in Addis Ababa on Monday. Sweden, Norway and Denmark said in a joint statement that they were "
     "\"disappointed\" by the suspensions.",
     ["gov/SE ExpressionOfConcern ET", "gov/NO ExpressionOfConcern ET", "gov/DK ExpressionOfConcern ET"], []),
    ("en-deeply-pained", "en", "Death in custody in India\n\nPolice in Mumbai arrested the activist Rohan Desai, who died "
     "in custody a week later. The Catholic Bishops' Conference of India said it was \"deeply pained\" by his death. "
     "Canada said it was \"profoundly pained\" by the news.",
     ["gov/CA ExpressionOfConcern IN"], []),
    # --- a generic state noun in what an official says ---
    ("en-official-says-administration", "en", "Detentions in Tajikistan\n\nSecurity forces detained the lawyer Bakhtiyor "
     "Rahimov in Dushanbe on Monday. State Department spokesman Matthew Miller said the administration was \"deeply "
     "concerned\" and called on Dushanbe to release him.",
     ["gov/US ExpressionOfConcern TJ", "gov/US Demand TJ"], ["gov/TJ ExpressionOfConcern TJ", "gov/TJ Demand TJ"]),
    ("en-minister-says-government", "en", "Arrests in Azerbaijan\n\nPolice in Baku arrested four journalists of an "
     "independent outlet on Friday. German Foreign Minister Annalena Baerbock said the government was alarmed by the "
     "arrests.",
     ["gov/DE ExpressionOfConcern AZ"], ["gov/AZ ExpressionOfConcern AZ"]),
    # --- deprivation is part of the abuse ---
    ("en-denied-adequate-care", "en", "Prisoner in Belarus\n\nThe Belarusian authorities jailed the opposition activist "
     "Olga Petrova in Minsk in 2022. She has been held in a penal colony since then and was repeatedly denied adequate "
     "medical care.",
     [], ["gov/BY Denial BY"]),
    # --- a second complement of one verb of speech ("said A and that B") ---
    ("en-said-and-that-nobody", "en", "Sentence in Laos\n\nA court in Vientiane jailed the blogger Somchai Vong for "
     "five years on Tuesday. A foreign ministry spokesman said the trial had been public and that nobody in Laos was "
     "\"detained for their opinions\".",
     ["gov/LA Denial LA"], []),
    # --- a call on the speaker's own followers retypes only that call ---
    ("en-call-and-urge-followers", "en", "Crackdown in Zambia\n\nPolice arrested the opposition leader Hakainde "
     "Mwale in Lusaka on Monday. The United Party for National Development called for the police chief to resign and "
     "urged its supporters to gather outside the court on Friday.",
     ["org/united-party-for-national-development Demand ZM"], []),
    # --- labels a state puts on the people it holds ---
    ("en-said-plotted-mass-riots", "en", "Arrests in Uzbekistan\n\nPolice detained eleven activists in Nukus in July. "
     "Police said the activists had plotted mass riots to seize power.",
     ["gov/UZ Accusation UZ"], []),
    ("en-said-members-banned-org", "en", "Arrests in Tajikistan\n\nPolice detained twenty men in Khujand in March. "
     "Prosecutors said the men were members of a banned organisation.",
     ["gov/TJ Accusation TJ"], []),
]

XFAIL: dict = {
    "en-surname-family-first": "an official named later by the family name alone gets no agent (not done: the round 10 rules for this bank did not land)",
    "en-disappointed-joint": "'said they were «disappointed»' is no ExpressionOfConcern cue (not done: the round 10 rules for this bank did not land)",
    "en-deeply-pained": "'was «deeply pained»' is no ExpressionOfConcern cue (not done: the round 10 rules for this bank did not land)",
    "en-official-says-administration": "'the administration' in an official's words is not the official's state (not done: the round 10 rules for this bank did not land)",
    "en-minister-says-government": "'the government' in a minister's words is not the minister's state (not done: the round 10 rules for this bank did not land)",
    "en-denied-adequate-care": "'was denied adequate medical care' is read as a Denial (not done: the round 10 rules for this bank did not land)",
    "en-said-and-that-nobody": "a second complement of a verb of speech ('and that nobody was detained') is not read (not done: the round 10 rules for this bank did not land)",
    "en-call-and-urge-followers": "a call for a resignation and on the speaker's followers in one sentence: both read as Advocacy (not done: the round 10 rules for this bank did not land)",
    "en-said-plotted-mass-riots": "a label said without a verb of describing ('police said the activists had plotted') is no Accusation (not done: the round 10 rules for this bank did not land)",
    "en-said-members-banned-org": "'were members of a banned organisation' in a state's words is no Accusation (not done: the round 10 rules for this bank did not land)",
}


@pytest.mark.parametrize("lang,text,want,forbid", bank_params(CASES, XFAIL))
def test_english_acts_r10_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
