"""Bank: the accused government's own answers (Arabic, French, English).

Written for extraction round 5 (helper C4) in the style of wire copy (AFP, Reuters, AP),
broadcasters and NGO releases; no sentence is copied from a test document, and the
officials' names are invented unless the person is real. Each case gives the facts
``(agent principal, response type, event country)`` that must be extracted and the
facts that must NOT be. Places are compared at country level (tests/extraction_helpers.py
``country_facts()``); the conventions are those of tests/blind3/README.md.

The classes (the case ids start with them):

- ``deny``: the accused's Denial, also in its "said that <defence>" shape ("acted in
  self-defence", "purely judicial", "not for his opinions", "no civilian was killed");
- ``reject``: the accused's Rejection of a report, a ruling or criticism, and its
  justification of the abuse ("dismissed", "brushed aside", "a balayé", "a récusé", "رفض");
- ``accuse``: the accused blaming foreign services, critics or the victims, and the charges
  it brings ("accused ... of", "l'accuse de", "اتهم", "وجهت ... تهما");
- ``probe``: the accused state opening a probe or a commission ("ordered an investigation",
  "a ordonné l'ouverture d'une enquête", "أمر بفتح تحقيق", "شكل لجنة تحقيق");
- ``force``: the accused's force stated as fact (arrests, dispersals, evictions, sentences).
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

# (id, lang, text, facts that must be extracted "agent type country", facts that must not be)
CASES = [
    # ---- English
    ("deny-en-police-selfdefence", "en",
     "Human Rights Watch said security forces in Kenya killed at least 30 protesters in Nairobi. "
     "Kenya's interior minister maintained that officers had fired only in self-defence.",
     ["gov/KE Denial KE"], []),
    ("deny-en-judicial", "en",
     "The Cambodian opposition leader was sentenced to 27 years in prison on Friday. "
     "Cambodia's government spokesman insisted the verdict was purely a legal matter and had nothing to do "
     "with politics.",
     ["gov/KH Denial KH", "gov/KH UseOfForce KH"], []),
    ("deny-en-denied", "en",
     "Amnesty International accused Egypt of torturing detainees in Cairo. The Egyptian interior ministry "
     "flatly denied the allegations, saying that all prisoners were treated in line with the law.",
     ["gov/EG Denial EG"], ["gov/EG Accusation EG"]),
    ("reject-en-dismissed", "en",
     "A UN panel said Ethiopian troops committed war crimes in Tigray. Ethiopia's foreign ministry dismissed "
     "the report as biased and politically motivated.",
     ["gov/ET Rejection ET"], []),
    ("reject-en-brushed", "en",
     "Rights groups criticised the mass arrests in El Salvador. President Nayib Bukele brushed aside the "
     "criticism, saying the crackdown had made the country safe.",
     ["gov/SV Rejection SV"], []),
    ("accuse-en-foreign", "en",
     "Protesters were detained across Georgia. Georgian Prime Minister Irakli Kobakhidze accused foreign-funded "
     "groups of trying to stage a revolution in Tbilisi.",
     ["gov/GE Accusation GE"], []),
    ("accuse-en-charged", "en",
     "Police in Uganda arrested opposition supporters in Kampala. Prosecutors charged the activists with "
     "treason and inciting violence.",
     ["gov/UG UseOfForce UG", "gov/UG Accusation UG"], []),
    ("probe-en-ordered", "en",
     "At least 12 people died when police opened fire on demonstrators in Dhaka, Bangladesh. "
     "The home minister ordered an inquiry into the shootings.",
     ["gov/BD Investigation BD", "gov/BD UseOfForce BD"], []),
    ("force-en-teargas", "en",
     "Riot police in Serbia fired tear gas and stun grenades at students in Belgrade on Saturday "
     "and detained dozens of them, according to Amnesty International.",
     ["gov/RS UseOfForce RS"], []),
    ("force-en-evicted", "en",
     "Authorities in Zimbabwe demolished hundreds of homes in Harare last week, leaving families homeless, "
     "Human Rights Watch said.",
     ["gov/ZW UseOfForce ZW"], []),
    ("deny-en-fairtrial", "en",
     "The trial of 47 activists opened in Hong Kong on Monday. The Hong Kong government rejected foreign "
     "criticism, insisting the defendants would receive a fair trial.",
     ["gov/HK Denial HK"], []),
    ("reject-en-defied", "en",
     "A Tanzanian court ordered the release of the opposition leader. The government defied the ruling and "
     "kept him in custody in Dar es Salaam.",
     ["gov/TZ Rejection TZ"], []),
    ("force-en-borderguards", "en",
     "Turkish border guards shot dead at least 11 Syrians trying to cross the frontier, a monitoring group said.",
     ["gov/TR UseOfForce -"], []),
    ("deny-en-coastguard", "en",
     "Survivors said the vessel capsized while being towed. The Libyan coast guard denied that its patrol boat "
     "had rammed the dinghy off Libya.",
     ["gov/LY Denial LY"], []),
    ("probe-en-part-of", "en",
     "Egyptian police arrested four officers in Alexandria on Sunday as part of an investigation into the death "
     "of a detainee in custody.",
     ["gov/EG Investigation EG", "gov/EG UseOfForce EG"], []),
    ("reject-en-president", "en",
     "Soldiers shot dead at least 20 protesters in Kampala, Uganda, rights groups said. The president dismissed "
     "the criticism and praised the army.",
     ["gov/UG Rejection UG"], []),
    ("not-en-urged", "en",
     "Human Rights Watch urged the president to order an investigation into the killings in Uganda.",
     ["org/human-rights-watch Demand UG"], ["gov/UG Investigation UG"]),
    ("not-en-bar-president", "en",
     "Lawyers were detained in Uganda. The president of the Uganda Law Society rejected the government's claims.",
     [], ["gov/UG Rejection UG", "gov/UG Denial UG"]),
    # ---- French
    ("deny-fr-legitime-defense", "fr",
     "Au moins dix manifestants ont été tués à Conakry, selon Amnesty International. Le ministre guinéen de la "
     "Sécurité a affirmé que les policiers avaient agi en légitime défense.",
     ["gov/GN Denial GN"], []),
    ("deny-fr-dementi", "fr",
     "Des ONG accusent l'armée burkinabè d'avoir exécuté des civils près de Djibo. Le gouvernement du Burkina "
     "Faso a démenti toute implication de ses soldats.",
     ["gov/BF Denial BF"], []),
    ("deny-fr-opinions", "fr",
     "Le journaliste a été condamné à cinq ans de prison au Maroc. Le ministre de la Justice a soutenu qu'il "
     "n'avait pas été poursuivi pour ses écrits mais pour des délits de droit commun.",
     ["gov/MA Denial MA"], ["gov/MA Support MA"]),
    ("reject-fr-balaye", "fr",
     "L'ONU a dénoncé des exécutions sommaires au Tchad. Le porte-parole du gouvernement tchadien a balayé "
     "ces accusations, qualifiant le rapport de « partial ».",
     ["gov/TD Rejection TD"], []),
    ("reject-fr-recuse", "fr",
     "La Cour africaine a ordonné la libération de l'opposant en Tunisie. Les autorités tunisiennes ont "
     "récusé cette décision, estimant qu'elle relevait d'une ingérence.",
     ["gov/TN Rejection TN"], []),
    ("accuse-fr-puissances", "fr",
     "Plusieurs opposants ont été arrêtés à Niamey, au Niger. La junte les accuse de collusion avec des "
     "puissances étrangères.",
     ["gov/NE Accusation NE", "gov/NE UseOfForce NE"], []),
    ("probe-fr-commission", "fr",
     "Après la mort de trois manifestants à Dakar, au Sénégal, le ministre de l'Intérieur a annoncé "
     "l'ouverture d'une enquête.",
     ["gov/SN Investigation SN"], []),
    ("force-fr-disperse", "fr",
     "La police a dispersé à coups de gaz lacrymogène un rassemblement d'étudiants à Yaoundé, au Cameroun, "
     "et interpellé une vingtaine de personnes.",
     ["gov/CM UseOfForce CM"], []),
    ("force-fr-expulse", "fr",
     "Les autorités algériennes ont expulsé des centaines de migrants vers le désert, selon Alarm Phone.",
     ["gov/DZ UseOfForce DZ"], []),
    ("probe-fr-president", "fr",
     "Deux journalistes ont été tués à Bamako, au Mali. Le président de la transition a ordonné l'ouverture d'une "
     "enquête.",
     ["gov/ML Investigation ML"], []),
    ("reject-fr-apposition", "fr",
     "L'ONU a documenté des exécutions au Burkina Faso. Le porte-parole du gouvernement, le capitaine Jean "
     "Ouédraogo, a rejeté des « allégations sans fondement ».",
     ["gov/BF Denial BF"], ["gov/BF Rejection BF"]),
    ("reject-fr-ignore", "fr",
     "La Cour africaine des droits de l'homme a ordonné la remise en liberté du journaliste. Les autorités "
     "béninoises ont ignoré cet arrêt, dénonçant une ingérence.",
     ["gov/BJ Rejection BJ"], []),
    ("deny-fr-porte-parole-nom", "fr",
     "Un rapport de l'ONU accuse l'armée guinéenne d'exécutions sommaires. Le porte-parole du gouvernement, "
     "Amara Camara, a nié toute implication des militaires.",
     ["gov/GN Denial GN"], []),
    ("not-fr-ligue", "fr",
     "Des militants ont été arrêtés en Tunisie. Le président de la Ligue tunisienne des droits de l'homme a "
     "rejeté les accusations du gouvernement.",
     [], ["gov/TN Rejection TN", "gov/TN Denial TN"]),
    # ---- Arabic
    ("deny-ar-nafat", "ar",
     "اتهمت منظمة العفو الدولية قوات الأمن العراقية بقتل متظاهرين في بغداد. "
     "ونفت وزارة الداخلية العراقية استخدام الرصاص الحي ضد المحتجين.",
     ["gov/IQ Denial IQ"], []),
    ("deny-ar-difa", "ar",
     "قتل ثلاثة محتجين في الخرطوم. وقال المتحدث باسم الشرطة السودانية إن عناصرها تصرفوا دفاعا عن النفس.",
     ["gov/SD Denial SD"], []),
    ("reject-ar-rafadat", "ar",
     "أصدرت هيومن رايتس ووتش تقريرا عن التعذيب في السجون المصرية. "
     "ورفضت وزارة الخارجية المصرية التقرير ووصفته بأنه مسيس.",
     ["gov/EG Rejection EG"], []),
    ("accuse-ar-ittaham", "ar",
     "اعتقلت السلطات التونسية عددا من المعارضين. واتهم الرئيس التونسي قيس سعيد المعتقلين بالتآمر على أمن الدولة.",
     ["gov/TN Accusation TN", "gov/TN UseOfForce TN"], []),
    ("accuse-ar-tuham", "ar",
     "اعتقلت قوات الأمن الجزائرية ناشطين في الجزائر العاصمة، ووجهت النيابة إليهم تهما بالمساس بالوحدة الوطنية.",
     ["gov/DZ Accusation DZ", "gov/DZ UseOfForce DZ"], []),
    ("probe-ar-lajna", "ar",
     "بعد مقتل متظاهرين في عدن، أعلنت الحكومة اليمنية تشكيل لجنة للتحقيق في الأحداث.",
     ["gov/YE Investigation YE"], []),
    ("probe-ar-naib", "ar",
     "توفي معتقل في أحد مراكز الشرطة بالمغرب. وأمر الوكيل العام للملك بفتح تحقيق في ظروف الوفاة.",
     ["gov/MA Investigation MA"], []),
    ("force-ar-fadat", "ar",
     "فرقت قوات الأمن الأردنية بالقوة اعتصاما للمعلمين في عمان واعتقلت العشرات منهم.",
     ["gov/JO UseOfForce JO"], []),
    ("force-ar-ahkam", "ar",
     "قضت محكمة أمن الدولة في البحرين بسجن عشرة ناشطين خمس سنوات بتهمة التجمهر.",
     ["gov/BH UseOfForce BH"], []),
    ("accuse-ar-president", "ar",
     "اعتقلت الشرطة التونسية صحفيين في صفاقس. واتهم رئيس الجمهورية جهات أجنبية بالتآمر على البلاد.",
     ["gov/TN Accusation TN", "gov/TN UseOfForce TN"], []),
    ("deny-ar-quoted", "ar",
     "فرقت الشرطة الكويتية اعتصاما للبدون. ونقلت وكالة الأنباء الكويتية عن المتحدث الرسمي باسم وزارة الداخلية "
     "سالم الشمري قوله إن عناصر الأمن تصرفوا دفاعا عن النفس. واتهم الشمري جهات خارجية بالتحريض.",
     ["gov/KW Denial KW", "gov/KW Accusation KW"], []),
    ("deny-ar-coastguard", "ar",
     "غرق قارب يقل مهاجرين قرب جزيرة لامبيدوزا الإيطالية. ونفى خفر السواحل الإيطالي أن تكون دورياته قد "
     "تأخرت في الاستجابة لنداء الاستغاثة.",
     ["gov/IT Denial IT"], []),
    ("reject-ar-radd", "ar",
     "انتقدت منظمات حقوقية ترحيل اللاجئين من تركيا. وردت وزارة الداخلية التركية برفض هذه الانتقادات.",
     ["gov/TR Rejection TR"], []),
    ("reject-ar-tajahul", "ar",
     "أمرت محكمة العدل التابعة للسوق المشتركة لشرق أفريقيا بالإفراج عن المعارض. وتجاهلت الحكومة الأوغندية "
     "قرار المحكمة.",
     ["gov/UG Rejection UG"], []),
    ("force-ar-awqafat", "ar",
     "أوقفت الشرطة المغربية ثلاثة صحفيين في الرباط بعد نشرهم تحقيقا عن الفساد، بحسب نقابة الصحفيين.",
     ["gov/MA UseOfForce MA"], []),
    ("deny-ar-haras", "ar",
     "اتهمت منظمات حقوقية حرس الحدود الإيراني بإطلاق النار على عمال أفغان. ونفى حرس الحدود الإيراني "
     "استهداف أي مدني.",
     ["gov/IR Denial IR"], []),
    ("force-ar-hadm", "ar",
     "هدمت جرافات تابعة لبلدية القدس الإسرائيلية منازل فلسطينية في حي سلوان، وفق منظمة بتسيلم.",
     ["gov/IL UseOfForce PS"], []),
]

XFAIL: dict = {
    "accuse-en-charged": "prosecutors' charges are no Accusation",
    "accuse-ar-tuham": "'ووجهت النيابة إليهم تهما' is no Accusation",
    "probe-en-part-of": "'as part of an investigation' is no cue of its own (its agent went to the victim's state)",
    "force-ar-hadm": "the place of East Jerusalem's demolitions is read as IL",
}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_accused_answers(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)


def test_bank_covers_three_languages():
    langs = [c[1] for c in CASES]
    assert min(langs.count(x) for x in ("ar", "fr", "en")) >= 4
