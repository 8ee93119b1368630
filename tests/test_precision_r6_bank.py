"""Bank: acts that a sentence names but that are no act of the actor found (round 6, helper D6).

Written for extraction round 6 in the style of wire copy (AFP, Reuters, AP) and NGO
releases; no sentence is copied from a test document. Each case gives the facts
``(agent principal, response type, event country)`` that must be extracted and those that
must NOT be (a place ``-`` matches any place). Conventions: tests/blind3/README.md.

The classes (the case ids start with them):

- ``background``: an actor that does NOT react ("declined to comment", "n'a pas réagi",
  "لم تعلق", "remained silent") described by a relative clause on what it did before
  ("Sweden, which has criticised ...", "L'Allemagne, qui avait convoqué ...", "السويد، التي
  سبق أن انتقدت ..."): the clause is background, no act of this story; controls keep the
  act of another clause of the same sentence;
- ``clause``: a clause with its own subject, an organisation no table knows ("..., and the
  local bar association called on", "tandis que la Ligue ... a dénoncé", "Le Syndicat ... a,
  de son côté, appelé") or, in Arabic, a state named after a coordinated verb with its
  complement ("، ورحبت ألمانيا بالقرار", "بينما رفضت مصر الانتقادات"): the clause's act is not
  the previous clause's subject's; controls keep a shared subject ("and called for", "ورحبت
  بالإفراج") and an addressee ("، ودعت السلطات إلى");
- ``monitor``: an NGO, an outlet or an IGO reporting force ("a report saying prisoners were
  beaten", "selon eux la torture", "قالت منظمة العفو الدولية إن معتقلين تعرضوا للتعذيب") does
  not use it; a control keeps UN peacekeepers who fire tear gas;
- ``headline``: French / English headlines "X accuses Y of ..." by an NGO or IGO whose report
  the story tells retell that report (one Report, no Accusation); controls keep an accusation
  in the body and an Arabic one ("اتهمت منظمة ... في تقرير", counted by the Arabic notes);
- ``authority``: the Palestinian Authority (Autorité palestinienne, السلطة الفلسطينية) is
  the Palestinian government, a real actor the gazetteer lacked;
- ``deprived`` (English): what someone is deprived of ("was denied access to a lawyer",
  "beaten and denied medical care", "refused bail") is part of the abuse, no Denial or
  Rejection; controls keep "denied the allegations", "a refusé l'accès aux enquêteurs",
  "نفت ... حرمان" (French "s'est vu refuser un sauf-conduit" is the refuser's Rejection in
  the notes, so French has no such rule);
- ``section``: a national section of an NGO named with its country ("Amnesty International
  Kenya", "Amnesty International Sénégal", "منظمة العفو الدولية - فرع المغرب") is the NGO,
  not the country's government.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case

# (id, lang, text, facts that must be extracted "agent type country", facts that must not be)
CASES = [
    # ================================================================== background
    ("background-en-criticised-declined", "en",
     "A court in Istanbul sentenced two journalists to prison on Tuesday. Sweden, which has repeatedly criticised "
     "Ankara's treatment of the press, declined to comment on the verdict.",
     ["gov/TR UseOfForce TR"], ["gov/SE Condemnation -"]),
    ("background-en-both-of-which", "en",
     "Eritrean security forces arrested dozens of students in Asmara. The Netherlands and Belgium, both of which "
     "have granted asylum to Eritrean dissidents in the past, did not comment on the arrests.",
     ["gov/ER UseOfForce ER"], ["gov/NL Resettlement -", "gov/BE Resettlement -"]),
    ("background-en-summoned-silent", "en",
     "Iran executed a German-Iranian dissident in Tehran on Monday. Austria, which summoned Iran's ambassador "
     "over a similar case last year, has so far remained silent.",
     [], ["gov/AT DiplomaticAction -"]),
    ("background-en-eu-not-reacted", "en",
     "Nicaraguan police expelled two bishops to Rome on Sunday. The European Union, which imposed sanctions on "
     "Nicaraguan officials in 2022, has not yet reacted to the expulsion.",
     [], ["org/european-union Sanction -"]),
    ("background-en-control-other-clause", "en",
     "A court in Hong Kong convicted the publisher of sedition. Japan did not comment on the trial, while Britain, "
     "which has long defended the publisher, condemned the verdict.",
     ["gov/GB Condemnation HK"], []),
    ("background-fr-denonce-refuse", "fr",
     "Un tribunal d'Istanbul a condamné mardi deux journalistes à la prison. La Suède, qui avait dénoncé l'an "
     "dernier les arrestations de journalistes en Turquie, s'est refusée à tout commentaire.",
     ["gov/TR UseOfForce TR"], ["gov/SE Condemnation -"]),
    ("background-fr-accueilli-pas-reagi", "fr",
     "Les talibans ont arrêté des dizaines de militantes à Kaboul. Le Canada et l'Australie, qui ont accueilli "
     "des centaines de militants afghans, n'ont pas réagi à cette nouvelle vague d'arrestations.",
     [], ["gov/CA Resettlement -", "gov/AU Resettlement -"]),
    ("background-fr-convoque-pas-encore", "fr",
     "L'Iran a exécuté lundi un dissident germano-iranien à Téhéran. L'Autriche, qui avait convoqué l'ambassadeur "
     "iranien après une exécution similaire, n'a pas encore réagi.",
     [], ["gov/AT DiplomaticAction -"]),
    ("background-fr-parlement-resolution", "fr",
     "Un journaliste marocain a été condamné à cinq ans de prison à Rabat. Le Parlement européen, qui avait adopté "
     "en 2021 une résolution sur la liberté de la presse au Maroc, n'a pas encore réagi.",
     [], ["org/european-union Resolution -"]),
    ("background-fr-control-tandis-que", "fr",
     "Le Rwanda a arrêté un opposant à Kigali. Le Japon ne s'est pas exprimé, tandis que la Belgique, qui accueille "
     "de nombreux exilés rwandais, a condamné l'arrestation.",
     ["gov/BE Condemnation RW"], []),
    ("background-ar-criticised-no-comment", "ar",
     "أصدرت محكمة في إسطنبول حكما بسجن صحفيين اثنين. ولم تعلق السويد، التي سبق أن انتقدت اعتقال الصحفيين في "
     "تركيا، على الحكم.",
     [], ["gov/SE Condemnation -"]),
    ("background-ar-summoned-refrained", "ar",
     "أعدمت إيران معارضا ألمانيا إيرانيا في طهران يوم الاثنين. وامتنعت النمسا، التي استدعت السفير الإيراني العام "
     "الماضي بعد إعدام مماثل، عن التعليق.",
     [], ["gov/AT DiplomaticAction -"]),
    ("background-ar-received-silent", "ar",
     "اعتقلت حركة طالبان عشرات الناشطات في كابول. والتزمت كندا، التي استقبلت مئات الناشطين الأفغان، الصمت إزاء "
     "حملة الاعتقالات الجديدة.",
     [], ["gov/CA Resettlement -"]),
    ("background-ar-parliament-resolution", "ar",
     "صدر حكم بسجن صحفي مغربي خمس سنوات في الرباط. ولم يعلق البرلمان الأوروبي، الذي تبنى العام الماضي قرارا بشأن "
     "حرية الصحافة في المغرب، على الحكم.",
     [], ["org/european-union Resolution -"]),
    ("background-ar-control-while", "ar",
     "أدانت محكمة في هونغ كونغ ناشرا بتهمة التحريض. ولم تعلق اليابان على المحاكمة، في حين أدانت بريطانيا الحكم.",
     ["gov/GB Condemnation HK"], []),
    # ================================================================== clause
    ("clause-en-and-bar-association", "en",
     "Police in Islamabad arrested dozens of lawyers on Monday. Germany's foreign ministry expressed concern, and "
     "the local bar association called on the high court to free the detained lawyers.",
     ["gov/DE ExpressionOfConcern PK"], ["gov/DE Demand -"]),
    ("clause-en-while-teachers-union", "en",
     "Zimbabwean police dispersed a march of teachers in Harare. The United States condemned the crackdown, while "
     "the national teachers' federation demanded the release of its leaders.",
     ["gov/US Condemnation ZW"], ["gov/US Demand -"]),
    ("clause-en-sentence-opening-union", "en",
     "Bolivian police arrested miners in La Paz. The interior minister accused the strikers of sabotage. "
     "The miners' federation, for its part, called for an indefinite strike.",
     ["gov/BO Accusation BO"], ["gov/BO Demand -"]),
    ("clause-en-control-known-subject", "en",
     "Police in Islamabad arrested dozens of lawyers. Germany expressed concern, and Human Rights Watch called "
     "on the authorities to free them.",
     ["gov/DE ExpressionOfConcern PK", "org/human-rights-watch Demand PK"], ["gov/DE Demand -"]),
    ("clause-en-control-same-subject", "en",
     "Police in Islamabad arrested dozens of lawyers. Germany expressed concern and called for their release.",
     ["gov/DE ExpressionOfConcern PK", "gov/DE Demand PK"], []),
    ("clause-fr-syndicat-de-son-cote", "fr",
     "La police a dispersé une marche d'étudiants à Antananarivo. Le président a accusé l'opposition de "
     "manipuler la jeunesse. Le Syndicat des enseignants du supérieur a, de son côté, appelé à une grève générale.",
     ["gov/MG Accusation MG"], ["gov/MG Demand -"]),
    ("clause-fr-tandis-que-ligue", "fr",
     "Des opposants ont été arrêtés à Conakry. La France a exprimé sa préoccupation, tandis que la Ligue guinéenne "
     "des électeurs a dénoncé une dérive autoritaire.",
     ["gov/FR ExpressionOfConcern GN"], ["gov/FR Condemnation -"]),
    ("clause-fr-et-collectif", "fr",
     "Des journalistes ont été arrêtés à Lomé. Le gouvernement a rejeté les critiques, et le collectif des "
     "journalistes indépendants a réclamé leur libération immédiate.",
     ["gov/TG Rejection TG"], ["gov/TG Demand -"]),
    ("clause-fr-control-same-subject", "fr",
     "Des journalistes ont été arrêtés à Lomé. La France a exprimé sa préoccupation et a réclamé leur libération.",
     ["gov/FR ExpressionOfConcern TG", "gov/FR Demand TG"], []),
    ("clause-ar-while-office", "ar",
     "داهمت القوات الإسرائيلية مقار منظمات فلسطينية في رام الله. وأدانت الرئاسة الفلسطينية المداهمة، في حين رفض "
     "مكتب الوزير الانتقادات.",
     ["gov/PS Condemnation PS"], ["gov/PS Rejection -"]),
    ("clause-ar-coordinated-welcome", "ar",
     "أفرجت السلطات الإيرانية عن صحفية فرنسية في طهران. ودانت فرنسا احتجازها التعسفي، ورحبت ألمانيا بالإفراج عنها.",
     ["gov/DE Support IR"], ["gov/FR Support -"]),
    ("clause-ar-coordinated-denounce", "ar",
     "اعتقلت الشرطة التونسية محامين في العاصمة. وأعربت فرنسا عن قلقها، ونددت الحكومة الألمانية بالاعتقالات.",
     ["gov/DE Condemnation TN"], ["gov/FR Condemnation -"]),
    ("clause-ar-while-rejected-criticism", "ar",
     "اعتقلت السلطات المصرية ناشطين في القاهرة. ونددت فرنسا بالاعتقالات بينما رفضت مصر الانتقادات.",
     ["gov/FR Condemnation EG", "gov/EG Rejection EG"], ["gov/FR Rejection -"]),
    ("clause-ar-control-same-subject", "ar",
     "اعتقلت السلطات المصرية ناشطين في القاهرة. وأدانت فرنسا الاعتقالات ورحبت بالإفراج عن بعضهم.",
     ["gov/FR Condemnation EG", "gov/FR Support EG"], []),
    ("clause-ar-control-called-on", "ar",
     "اعتقلت السلطات المصرية ناشطين في القاهرة. وأعربت فرنسا عن قلقها، ودعت السلطات إلى الإفراج عنهم.",
     ["gov/FR ExpressionOfConcern EG", "gov/FR Demand EG"], []),
    # ================================================================== monitor
    ("monitor-en-report-saying-beaten", "en",
     "Amnesty International published a report on Monday saying prisoners in Eritrea were beaten and tortured "
     "in Asmara.",
     ["org/amnesty-international Report ER"], ["org/amnesty-international UseOfForce -"]),
    ("monitor-en-un-mission-said-shot", "en",
     "The UN fact-finding mission said on Tuesday that protesters in Zahedan had been shot and detained.",
     [], ["org/united-nations UseOfForce -"]),
    ("monitor-en-rsf-arrested-beaten", "en",
     "Reporters Without Borders said two journalists were arrested and beaten in Bujumbura last week.",
     [], ["org/rsf UseOfForce -"]),
    ("monitor-en-control-peacekeepers", "en",
     "UN peacekeepers fired tear gas at protesters in Goma on Tuesday.",
     ["org/united-nations UseOfForce CD"], []),
    ("monitor-fr-selon-rapport-tortures", "fr",
     "Selon un rapport d'Amnesty International, des détenus ont été torturés dans la prison de Saydnaya, en Syrie.",
     [], ["org/amnesty-international UseOfForce -"]),
    ("monitor-fr-hrw-affirme-tues", "fr",
     "Human Rights Watch a affirmé que des manifestants avaient été tués par balle à Conakry.",
     [], ["org/human-rights-watch UseOfForce -"]),
    ("monitor-fr-onu-risquent-torture", "fr",
     "Des rapporteurs de l'ONU ont exhorté le Kazakhstan à ne pas expulser ces militants, qui risquent selon eux "
     "la torture en Ouzbékistan.",
     ["org/united-nations Demand -"], ["org/united-nations UseOfForce -"]),
    ("monitor-fr-fidh-recense-arrestations", "fr",
     "La FIDH a recensé des dizaines d'arrestations arbitraires et de disparitions forcées à Lomé.",
     [], ["org/fidh UseOfForce -"]),
    ("monitor-ar-amnesty-tortured", "ar",
     "قالت منظمة العفو الدولية إن معتقلين تعرضوا للتعذيب في سجون مصرية.",
     [], ["org/amnesty-international UseOfForce -"]),
    ("monitor-ar-hrw-documented-arrests", "ar",
     "وثقت منظمة هيومن رايتس ووتش اعتقال عشرات الناشطين في الجزائر خلال الأسابيع الماضية.",
     [], ["org/human-rights-watch UseOfForce -"]),
    ("monitor-ar-un-report-killed", "ar",
     "أفاد تقرير للأمم المتحدة بأن متظاهرين قتلوا بالرصاص في الخرطوم.",
     [], ["org/united-nations UseOfForce -"]),
    ("monitor-ar-rsf-detained", "ar",
     "وذكرت منظمة مراسلون بلا حدود أن صحفيين اثنين احتجزا في طهران الأسبوع الماضي.",
     [], ["org/rsf UseOfForce -"]),
    # ================================================================== headline
    ("headline-en-un-accuses-report", "en",
     "UN experts accuse Eritrea of torturing conscripts\nGENEVA - UN human rights experts published a report on "
     "Tuesday documenting the torture of conscripts in Eritrean military camps.",
     ["org/united-nations Report ER"], ["org/united-nations Accusation -"]),
    ("headline-en-amnesty-accuses-report", "en",
     "Amnesty accuses Tunisian police of abusing migrants\nAmnesty International published a report on Monday "
     "documenting abuse of migrants by police in Sfax.",
     ["org/amnesty-international Report TN"], ["org/amnesty-international Accusation -"]),
    ("headline-en-hrw-accuses-report", "en",
     "HRW accuses Egyptian army of executing detainees in Sinai\nHuman Rights Watch published a report on Wednesday "
     "documenting extrajudicial killings in North Sinai.",
     ["org/human-rights-watch Report EG"], ["org/human-rights-watch Accusation -"]),
    ("headline-en-control-body-accusation", "en",
     "Rights groups have for months kept up pressure on the government in Kigali over its support for the rebels, and diplomats in Kinshasa say talks between the two capitals have stalled since the summer.\nIn a report released in March, Human Rights Watch accused Rwandan troops of killing civilians in North "
     "Kivu.",
     ["org/human-rights-watch Accusation -"], []),
    ("headline-fr-onu-accuse-rapport", "fr",
     "Érythrée : l'ONU accuse Asmara de torturer des conscrits\nGENÈVE - Des experts de l'ONU ont publié mardi un "
     "rapport sur la torture de conscrits dans des camps militaires érythréens.",
     ["org/united-nations Report ER"], ["org/united-nations Accusation -"]),
    ("headline-fr-amnesty-accuse-rapport", "fr",
     "Tunisie : Amnesty accuse la police de violences contre des migrants\nAmnesty International a publié lundi un "
     "rapport documentant les violences policières contre des migrants à Sfax, en Tunisie.",
     ["org/amnesty-international Report TN"], ["org/amnesty-international Accusation -"]),
    ("headline-fr-rapport-onu-accuse", "fr",
     "Nicaragua : un rapport de l'ONU accuse le gouvernement de crimes contre l'humanité\nLe groupe d'experts de "
     "l'ONU sur le Nicaragua a publié jeudi un rapport sur la répression des opposants.",
     ["org/united-nations Report NI"], ["org/united-nations Accusation -"]),
    ("headline-fr-control-body-accusation", "fr",
     "Les organisations de défense des droits humains maintiennent depuis des mois la pression sur Kigali au sujet de son soutien aux rebelles, et les diplomates en poste à Kinshasa jugent les discussions enlisées.\nDans un rapport remis en mars, Human Rights Watch accusait les troupes rwandaises d'avoir tué des "
     "civils au Nord-Kivu.",
     ["org/human-rights-watch Accusation -"], []),
    ("headline-ar-control-accusation-kept", "ar",
     "اتهمت منظمة هيومن رايتس ووتش، في تقرير نشرته الثلاثاء، الجيش المالي بإعدام مدنيين في وسط مالي.",
     ["org/human-rights-watch Accusation ML"], []),
    # ================================================================== authority
    ("authority-en-pa-called-on", "en",
     "Israeli troops raided a refugee camp in Jenin. Germany expressed concern, and the Palestinian Authority "
     "called on the UN Security Council to intervene.",
     ["gov/PS Demand PS", "gov/DE ExpressionOfConcern PS"], ["gov/DE Demand -"]),
    ("authority-en-pa-condemned", "en",
     "The Palestinian Authority condemned the demolition of homes in East Jerusalem.",
     ["gov/PS Condemnation PS"], []),
    ("authority-fr-ap-condamne", "fr",
     "L'Autorité palestinienne a condamné la démolition de maisons à Jérusalem-Est.",
     ["gov/PS Condemnation PS"], []),
    ("authority-fr-ap-reclame", "fr",
     "Des colons ont attaqué un village près de Naplouse. La France s'est dite préoccupée, tandis que l'Autorité "
     "palestinienne a réclamé une protection internationale.",
     ["gov/PS Demand PS"], ["gov/FR Demand -"]),
    ("authority-ar-pa-condemned", "ar",
     "ونددت السلطة الفلسطينية بهدم منازل في القدس الشرقية.",
     ["gov/PS Condemnation PS"], []),
    ("authority-ar-national-authority", "ar",
     "وطالبت السلطة الوطنية الفلسطينية مجلس الأمن بتوفير حماية دولية للمدنيين في جنين.",
     ["gov/PS Demand PS"], []),
    # ================================================================== deprived
    ("deprived-en-denied-access-lawyer", "en",
     "Police arrested a blogger in Hanoi on Friday. He was denied access to a lawyer for three weeks.",
     ["gov/VN UseOfForce VN"], ["gov/VN Denial -"]),
    ("deprived-en-beaten-and-denied-care", "en",
     "The UN human rights office published a report on Monday saying detainees in Eritrea described being "
     "beaten and denied medical care.",
     ["org/united-nations Report ER"], ["org/united-nations Denial -"]),
    ("deprived-en-refused-bail", "en",
     "Police in Kampala detained an opposition lawyer on Tuesday. Prosecutors refused bail and he remains in custody.",
     [], ["gov/UG Rejection -"]),
    ("deprived-en-control-denied-allegations", "en",
     "Police arrested dozens of protesters in Cairo. Egypt's interior ministry denied the allegations of torture.",
     ["gov/EG Denial EG"], []),
    ("deprived-fr-control-a-refuse-acces", "fr",
     "Des enquêteurs de l'ONU ont demandé à se rendre au Burundi. Le gouvernement burundais a refusé l'accès aux "
     "enquêteurs.",
     ["gov/BI Rejection -"], []),
    ("deprived-ar-control-denied", "ar",
     "اعتقلت الشرطة المصرية عشرات المتظاهرين في القاهرة. ونفت وزارة الداخلية المصرية حرمان المعتقلين من الرعاية الطبية.",
     ["gov/EG Denial EG"], []),
    # ================================================================== section
    ("section-en-amnesty-kenya", "en",
     "Amnesty International Kenya condemned the abductions of government critics in Nairobi.",
     ["org/amnesty-international Condemnation KE"], ["gov/KE Condemnation -"]),
    ("section-en-amnesty-nigeria-urged", "en",
     "Police fired tear gas at protesters in Lagos. Amnesty International Nigeria urged the authorities to release "
     "the detained protesters.",
     ["org/amnesty-international Demand NG"], ["gov/NG Demand -"]),
    ("section-en-control-nigeria-police", "en",
     "Amnesty International said Nigeria's police arrested dozens of protesters in Lagos.",
     ["gov/NG UseOfForce NG"], []),
    ("section-fr-amnesty-senegal", "fr",
     "Amnesty International Sénégal a condamné les arrestations de manifestants à Dakar.",
     ["org/amnesty-international Condemnation SN"], ["gov/SN Condemnation -"]),
    ("section-fr-amnesty-burkina", "fr",
     "Des journalistes ont été réquisitionnés de force à Ouagadougou. Amnesty International Burkina Faso a dénoncé "
     "ces réquisitions.",
     ["org/amnesty-international Condemnation BF"], ["gov/BF Condemnation -"]),
    ("section-ar-amnesty-branch-morocco", "ar",
     "ونددت منظمة العفو الدولية - فرع المغرب باعتقال الصحفيين في الرباط.",
     ["org/amnesty-international Condemnation MA"], ["gov/MA Condemnation -"]),
    ("section-ar-moroccan-branch", "ar",
     "ونددت الفرع المغربي لمنظمة العفو الدولية باعتقال الصحفيين في الرباط.",
     [], ["gov/MA Condemnation -"]),
]

XFAIL: dict = {
    "background-en-control-other-clause": "round 8 regression: the cue '~defend .. verdict' (an accused defending its act) "
    "reaches over a comma ('which has long defended the publisher, condemned the verdict') and the longest-match scan "
    "hides the main verb; a gap that stops at a comma (or at ', <verb>ed') costs coordinated acts on the development "
    "sets (blind19: 'has expelled ..., downgraded ... and suspended ...'), so it was not adopted",
    "headline-en-hrw-accuses-report": "the body's report is not read after a headline accusation (Report recall); the headline stays",
    "headline-fr-onu-accuse-rapport": "the body's report is not read after a headline accusation (Report recall); the headline stays",
    "headline-fr-amnesty-accuse-rapport": "the body's report is not read after a headline accusation (Report recall); the headline stays",
    "clause-ar-while-office": "a condemnation before 'في حين'/'بينما' is retyped Rejection by the criticism read in the next clause (arabic_subjects.ar_criticises_discourse); cutting its window there flips the situation place of a dev document, kept out",
    "clause-ar-while-rejected-criticism": "a condemnation before 'في حين'/'بينما' is retyped Rejection by the criticism read in the next clause (arabic_subjects.ar_criticises_discourse); cutting its window there flips the situation place of a dev document, kept out",
}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_precision_r6_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
