"""Bank: acts read where a sentence names none, or given to the wrong agent (round 7, G5).

Written for extraction round 7 in the style of wire copy and NGO pages; no sentence is
copied from a test document. Each case gives the facts ``(agent principal, response type,
event country)`` that must be extracted and those that must NOT be (a place ``-`` matches
any place). Conventions: tests/blind3/README.md.

The classes (the case ids start with them):

- ``namecountry``: a country or a body word ending another actor's name ("Greenpeace
  Suisse", "Greenpeace Norway, which ...", "the National Democratic Congress", "United Party
  for National Development") is no government and no US Congress; controls keep the country
  ("La Belgique a dénoncé"), a titled official before it, a known section ("Human Rights
  Watch Kenya") and the US Congress itself;
- ``raised``: a bare French "a évoqué / a soulevé" said of words ("a évoqué des « rumeurs »")
  is speech, no DiplomaticAction; controls keep raising a case with a counterpart, in French
  and Arabic ("أثارت ... قضية النائب مع نظيرها");
- ``access``: a demand to restore access to the internet is a Demand, no DiplomaticAction;
  consular access to a detainee stays diplomatic;
- ``asked``: a second act after "and to" of a demand ("urged X to open an inquiry and to
  publish its findings") is requested, no Report of the caller;
- ``statesubject``: on an NGO's own page, a clause whose subject is a state official or body
  named only by title ("un porte-parole du gouvernement a accusé", "Le ministre délégué ...
  a justifié la mesure") is no act of the NGO; a control keeps the NGO's "Les autorités
  doivent libérer" (a duty of the state: the NGO's demand);
- ``scarequote``: a scare-quoted word between a subject and its verb ('Peru's government
  "categorically" rejected a report by Human Rights Watch') is no quotation before an
  inverted speaker: the subject acts, not the actor after "by"; a control keeps '"Unacceptable,"
  denounced X';
- ``banner``: a donation or action banner of an NGO page ("Faites un don pour soutenir notre
  travail", "Support our work", "تبرع الآن لدعم عملنا") is no Support of anyone.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

# (id, lang, text, facts that must be extracted "agent type country", facts that must not be)
CASES = [
    # ================================================================== namecountry
    ("namecountry-fr-greenpeace-suisse", "fr",
     "La police a arrêté des militants écologistes à Berne. Greenpeace Suisse, qui soutient les militants "
     "depuis 2019, s'est dite « consternée ».",
     ["gov/CH UseOfForce CH"], ["gov/CH Support -", "gov/CH ExpressionOfConcern -"]),
    ("namecountry-en-greenpeace-norway", "en",
     "Police arrested climate activists in Oslo. Greenpeace Norway, which backed the activists, said it was "
     "\"appalled\".",
     ["gov/NO UseOfForce NO"], ["gov/NO Support -", "gov/NO ExpressionOfConcern -"]),
    ("namecountry-en-ndc-ghana", "en",
     "Police shot three protesters in Accra. The opposition National Democratic Congress condemned the killings.",
     ["gov/GH UseOfForce GH", "org/national-democratic-congress Condemnation GH"], ["gov/US Condemnation -"]),
    ("namecountry-en-possessive-party", "en",
     "Police shot three protesters in Accra on Monday. Ghana's National Democratic Congress condemned the killings.",
     ["org/national-democratic-congress Condemnation GH"], ["gov/US Condemnation -", "gov/GH Condemnation -"]),
    ("namecountry-en-party-of", "en",
     "Security forces shot dead four protesters in Lusaka. The opposition United Party for National Development "
     "condemned the killings.",
     ["gov/ZM UseOfForce ZM"], ["gov/ZM Condemnation -"]),
    ("namecountry-fr-control-country", "fr",
     "La police a arrêté des militants à Bruxelles. La Belgique a dénoncé ces arrestations.",
     ["gov/BE Condemnation BE"], []),
    ("namecountry-en-control-us-congress", "en",
     "Police shot three protesters in Washington. The US Congress condemned the killings.",
     ["gov/US Condemnation US"], []),
    ("namecountry-en-control-section", "en",
     "Police shot three protesters in Nairobi. Human Rights Watch Kenya condemned the killings.",
     ["org/human-rights-watch Condemnation KE"], ["gov/KE Condemnation -"]),
    ("namecountry-fr-control-title", "fr",
     "La police a tiré sur des manifestants à Nairobi. Le président William Ruto a dénoncé les violences.",
     ["gov/KE Condemnation KE"], []),
    # ================================================================== raised
    ("raised-fr-rumeurs", "fr",
     "Le ministre de l'Intérieur, Ahmed Laraba, a évoqué des « manipulations » et parlé d'un « complot » ourdi "
     "depuis l'étranger, après la dispersion par la police de la marche des étudiants à Alger.",
     [], ["gov/DZ DiplomaticAction -"]),
    ("raised-fr-fake-news", "fr",
     "La police a tiré sur des manifestants à Kinshasa. Le ministre de la Communication a évoqué des « fake news » "
     "propagées par l'opposition.",
     ["gov/CD UseOfForce CD"], ["gov/CD DiplomaticAction -"]),
    ("raised-fr-control-homologue", "fr",
     "La police a dispersé une marche d'étudiants à Alger. La ministre française des Affaires étrangères a évoqué "
     "le cas du journaliste avec son homologue algérien.",
     ["gov/FR DiplomaticAction DZ"], []),
    ("raised-fr-control-sort", "fr",
     "La police a tiré sur des manifestants à Kinshasa. La diplomatie belge a évoqué le sort des manifestants "
     "avec l'ambassadeur congolais.",
     ["gov/BE DiplomaticAction CD"], []),
    ("raised-ar-control-counterpart", "ar",
     "اعتقلت الشرطة التركية نائبا معارضا في أنقرة. وأثارت وزيرة الخارجية الألمانية قضية النائب مع نظيرها التركي.",
     ["gov/DE DiplomaticAction TR", "gov/TR UseOfForce TR"], []),
    ("raised-fr-possibility", "fr",
     "La police a arrêté des maires kurdes à Diyarbakir. Ces destitutions interviennent après que le chef du parti "
     "nationaliste MHP, allié d'Erdoğan, a évoqué la possibilité d'une libération du chef historique du PKK.",
     ["gov/TR UseOfForce TR"], ["gov/TR DiplomaticAction -"]),
    ("raised-fr-control-case-object", "fr",
     "La police a arrêté le journaliste à Alger. Le ministre français a évoqué le cas du journaliste.",
     ["gov/FR DiplomaticAction DZ"], []),
    ("raised-ar-worrying-message", "ar",
     "أغلقت السلطات الأردنية نقابة المعلمين في عمان. وطالبت منظمة هيومن رايتس ووتش السلطات الأردنية بالإفراج عن "
     "أعضاء المجلس المعتقلين ورفع الحظر المفروض على النقابة، معتبرة أن الإغلاق \"يبعث برسالة مقلقة\" إلى المجتمع.",
     ["org/human-rights-watch Demand JO"], ["gov/JO DiplomaticAction -", "org/human-rights-watch DiplomaticAction -"]),
    ("raised-ar-control-letter", "ar",
     "أغلقت السلطات الأردنية نقابة المعلمين في عمان. ووجه وزير الخارجية الألماني رسالة إلى نظيره الأردني بشأن "
     "المعتقلين.",
     ["gov/DE DiplomaticAction JO"], []),
    # ================================================================== access
    ("access-fr-internet", "fr",
     "Les autorités ont coupé internet au Gabon pendant les manifestations. L'Union européenne a demandé au "
     "gouvernement de rétablir l'accès à internet.",
     ["org/european-union Demand GA"], ["org/european-union DiplomaticAction -"]),
    ("access-ar-internet", "ar",
     "قطعت السلطات الإنترنت في الغابون خلال الاحتجاجات. وطالب الاتحاد الأوروبي الحكومة بإعادة الوصول إلى الإنترنت.",
     ["org/european-union Demand GA"], ["org/european-union DiplomaticAction -"]),
    ("access-en-control-consular", "en",
     "Iranian authorities detained a French citizen in Tehran. The French embassy requested consular access to "
     "the detainee.",
     ["gov/FR DiplomaticAction IR"], []),
    ("access-fr-control-consular", "fr",
     "Les autorités ont arrêté un ressortissant canadien au Gabon. Le Canada a demandé un accès consulaire à son "
     "ressortissant détenu à Libreville.",
     ["gov/CA DiplomaticAction GA"], []),
    # ================================================================== asked
    ("asked-en-publish-findings", "en",
     "Police fired on protesters in Conakry. UN special rapporteurs urged the Guinean authorities to open an "
     "independent inquiry and to publish its findings.",
     ["org/united-nations Demand GN"], ["org/united-nations Report -"]),
    ("asked-en-make-public", "en",
     "Police fired on protesters in Dhaka. UN experts urged the authorities to conduct a prompt investigation and "
     "to make its findings public.",
     ["org/united-nations Demand BD"], ["org/united-nations Report -"]),
    ("asked-fr-publier", "fr",
     "La police a tiré sur des manifestants à Conakry. Des rapporteurs spéciaux de l'ONU ont exhorté les autorités "
     "guinéennes à ouvrir une enquête indépendante et à en publier les résultats.",
     ["org/united-nations Demand GN"], ["org/united-nations Report -"]),
    ("asked-ar-publish", "ar",
     "فرقت الشرطة مظاهرة في الجزائر العاصمة. وحث خبراء الأمم المتحدة السلطات على فتح تحقيق مستقل ونشر نتائجه.",
     ["org/united-nations Demand DZ"], ["org/united-nations Report -"]),
    # ================================================================== statesubject
    ("statesubject-fr-porte-parole", "fr",
     "Tchad : les autorités doivent libérer le journaliste Idriss Mahamat\n\nAmnesty International\n\nNous "
     "demandons la libération immédiate d'Idriss Mahamat, arrêté à N'Djamena.\n\nDans un message diffusé à la "
     "radio nationale, un porte-parole du gouvernement a accusé le journaliste de « propagande ».",
     ["org/amnesty-international Demand TD"], ["org/amnesty-international Accusation -"]),
    ("statesubject-fr-ministre-delegue", "fr",
     "Mali : la dissolution des partis doit être annulée\n\nAmnesty International\n\nNous demandons "
     "l'annulation du décret qui dissout les partis politiques au Mali.\n\nLe ministre délégué chargé des "
     "réformes, Ousmane Traoré, a justifié la mesure par la nécessité de « rationaliser » le paysage politique.",
     ["org/amnesty-international Demand ML"], ["org/amnesty-international Rejection -"]),
    ("statesubject-en-ministry-spokesperson", "en",
     "Vietnam: release blogger Tran Van Minh\n\nHuman Rights Watch\n\nWe call on the Vietnamese authorities "
     "to release Tran Van Minh, arrested in Hanoi.\n\nA foreign ministry spokesperson accused the blogger of "
     "spreading \"distorted information\".",
     ["org/human-rights-watch Demand VN"], ["org/human-rights-watch Accusation -"]),
    ("statesubject-fr-control-doivent", "fr",
     "Tchad : les autorités doivent libérer le journaliste Idriss Mahamat\n\nAmnesty International\n\nLes "
     "autorités tchadiennes doivent libérer immédiatement Idriss Mahamat. Nous dénonçons sa détention.",
     ["org/amnesty-international Demand TD", "org/amnesty-international Condemnation TD"], []),
    # ================================================================== scarequote
    ("scarequote-en-categorically", "en",
     "Police shot dozens of protesters in Lima. Peru's government on Friday \"categorically\" rejected a report by "
     "Human Rights Watch that accused the police of excessive force.",
     ["gov/PE Rejection PE"], ["org/human-rights-watch Rejection -"]),
    ("scarequote-en-strongly", "en",
     "Police shot dozens of protesters in Lima. Peru's interior ministry \"strongly\" condemned a report by "
     "Human Rights Watch.",
     ["gov/PE Condemnation PE"], ["org/human-rights-watch Condemnation -"]),
    ("scarequote-fr-categoriquement", "fr",
     "La police a tiré sur des manifestants à Lima. Le gouvernement péruvien a « catégoriquement » rejeté un "
     "rapport publié par Human Rights Watch.",
     ["gov/PE Rejection PE"], ["org/human-rights-watch Rejection -"]),
    ("scarequote-en-control-inverted", "en",
     "Police shot dozens of protesters in Lima. \"Unacceptable,\" denounced Human Rights Watch.",
     ["org/human-rights-watch Condemnation PE"], []),
    # ================================================================== banner
    ("banner-fr-faites-un-don", "fr",
     "Niger : la police arrête le militant Moussa Diallo à Niamey\n\nLa police a arrêté le militant Moussa Diallo "
     "à Niamey.\n\nFaites un don pour soutenir notre travail | Agissez : signez l'action urgente",
     ["gov/NE UseOfForce NE"], ["org/* Support -", "gov/NE Support -"]),
    ("banner-en-support-our-work", "en",
     "Morocco: police arrest students in Rabat\n\nPolice arrested dozens of students in Rabat.\n\nSupport our "
     "work: give now to defend the students and all human rights defenders",
     ["gov/MA UseOfForce MA"], ["org/* Support -", "gov/MA Support -"]),
    ("banner-ar-donate", "ar",
     "فرقت الشرطة مظاهرة في الرباط واعتقلت عشرات الطلاب.\nتبرع الآن لدعم عملنا في الدفاع عن المعتقلين",
     ["gov/MA UseOfForce MA"], ["gov/MA Support -", "org/* Support -"]),
    ("banner-en-take-action", "en",
     "Police arrested dozens of students in Rabat.\nTake action: support the students by signing our appeal",
     ["gov/MA UseOfForce MA"], ["gov/MA Support -", "org/* Support -"]),
]

XFAIL: dict = {}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_precision_r7_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
