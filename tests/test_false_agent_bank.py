"""False-agent bank: a government (or organisation) gets no act it did not make (ar, fr, en).

Written for this test in the style of wire copy, broadcasters and NGO releases; no sentence is
copied from a test document, and the countries, actors and words differ from the development
documents. Each case gives facts ``(agent principal, response type, event country)`` that must
be extracted and facts that must NOT be (a place ``-`` matches any place; see
tests/extraction_helpers.py).

Case ids start with the class:

- ``addressee``: the object of a call, an urging, a demand ("طالبت X السلطات المغربية بـ",
  "appelé l'Espagne et le Maroc à", "calling on the Canadian government to") is called on; the
  acts asked of it (an inquiry, sanctions, a release) are not its own;
- ``patient``: a state or a person named as the one judged or sentenced ("la Turquie condamnée
  par la CEDH", "a condamné le journaliste à cinq ans de prison": a court's sentence is
  repression, UseOfForce, not a Condemnation);
- ``accused``: what someone is accused or charged of ("accusés d'avoir appelé à manifester",
  "accused of calling for the overthrow", "charges he has always denied", "بتهمة الدعوة إلى
  التظاهر") is no act of the accuser, and the accused's denial is not the accuser's;
- ``because``: a cue governed by because-of / for their ("بسبب رفضهم", "en raison de leur
  refus", "over their refusal") is not an act of the sentence's subject;
- ``crowd``: demands of demonstrators or of people quoted by an official ("protesters stayed
  on the streets, demanding", "those calling for protests") are not the government's;
- ``metaphor``: "sends a chilling message", "يبعث برسالة مخيفة", "envoie un message
  inquiétant" is no letter of anyone.
"""

from __future__ import annotations

import pytest

from extraction_helpers import bank_params, check_bank_case


# (id, lang, paragraph, facts that must be extracted, facts that must not be)
CASES = [
    # ================================================================== addressees
    ("addressee-ar-ngo-demands-release-and-inquiry", "ar",
     "وطالبت منظمة العفو الدولية السلطات المغربية بالإفراج الفوري عن الصحفيين المعتقلين وفتح تحقيق مستقل في ادعاءات تعرضهم للتعذيب.",
     ["org/amnesty-international Demand MA"], ["gov/MA Demand -", "gov/MA Investigation -"]),
    ("addressee-ar-we-list-of-asks", "ar",
     "إننا نطالب السلطات الإيرانية بوقف تنفيذ أحكام الإعدام فوراً، والإفراج عن المحتجين المعتقلين، وفتح تحقيق دولي في حالات الوفاة داخل السجون.",
     [], ["gov/IR Investigation -", "gov/IR Demand -"]),
    ("addressee-ar-parliament-resolution", "ar",
     "وتبنى البرلمان الأوروبي قرارا يدعو إلى الإفراج عن المدونين المعتقلين في مصر، ويطالب السلطات المصرية بوقف استخدام قوانين الإرهاب ضد المعارضين.",
     [], ["gov/EG Demand -", "gov/EG Resolution -"]),
    ("addressee-ar-masculine-verb-feminine-object", "ar",
     "وأصدر البرلمان العربي بيانا ينتقد القمع في الخرطوم، ويطالب السلطات السودانية بالإفراج عن المعتقلين.",
     [], ["gov/SD Demand -"]),
    ("addressee-ar-urged-authorities", "ar",
     "حثّ المفوض السامي لحقوق الإنسان السلطات الإيرانية على وقف تنفيذ أحكام الإعدام بحق المحتجين.",
     ["org/united-nations Demand IR"], ["gov/IR Demand -"]),
    ("addressee-ar-feminine-subject-kept", "ar",
     "وطالبت الحكومة الإثيوبية بانسحاب القوات الإريترية من إقليم تيغراي.",
     ["gov/ET Demand ET"], []),
    ("addressee-ar-european-mps", "ar",
     "وصوّت النواب الأوروبيون على قرار يطالب السلطات التونسية بالإفراج عن المعارضين المعتقلين.",
     ["org/european-union Resolution TN"], ["gov/TN Resolution -", "gov/TN Demand -", "body/TN/parliament Resolution -"]),
    ("addressee-ar-subject-inside-verb-object", "ar",
     "طالبت منظمة العفو الدولية بالإفراج عن المعتقلين في مصر، وفتحت النيابة العامة المصرية تحقيقا في وفاة أحدهم.",
     ["org/amnesty-international Demand EG", "gov/EG Investigation EG"], ["org/amnesty-international Investigation -"]),
    ("addressee-fr-experts-call-two-states", "fr",
     "À Genève, des experts de l'ONU ont appelé l'Espagne et le Maroc à mener des enquêtes indépendantes sur la mort de dizaines de migrants à la frontière de Melilla.",
     [], ["gov/ES Investigation -", "gov/MA Investigation -", "gov/ES Demand -", "gov/MA Demand -"]),
    ("addressee-fr-ngo-exhorte", "fr",
     "Amnesty International a exhorté les autorités tunisiennes à abandonner les poursuites contre les avocats et à ouvrir une enquête sur les violences policières.",
     ["org/amnesty-international Demand TN"], ["gov/TN Demand -", "gov/TN Investigation -"]),
    ("addressee-en-petition-calling-on", "en",
     "In Canada, a petition started by Eritrean-Canadian activists, calling on the Canadian government to impose sanctions on Eritrean officials, has gathered 30,000 signatures.",
     [], ["gov/CA Petition -", "gov/CA Sanction -", "gov/CA Demand -"]),
    ("addressee-en-minister-called-on", "en",
     "Australia's foreign minister Penny Wong said the verdict was deeply troubling and called on the Chinese authorities to release Yang Hengjun on medical grounds.",
     ["gov/AU Demand CN"], ["gov/CN Demand -", "gov/CN DiplomaticAction -"]),
    ("addressee-en-ngo-said-police-and-called-for", "en",
     "Human Rights Watch said Bangladeshi police had used excessive force against students, and called for all officers responsible to be prosecuted.",
     ["org/human-rights-watch Demand BD"], ["gov/BD Demand -"]),
    ("addressee-en-raised-with-after-call", "en",
     "Canada's foreign minister urged the Iranian authorities to halt the executions, adding that she had raised the cases with Iranian diplomats in Ottawa.",
     ["gov/CA Demand -", "gov/CA DiplomaticAction -"], ["gov/IR DiplomaticAction -", "gov/IR Demand -"]),
    ("crowd-en-police-fired-at-protesters-demanding", "en",
     "Police in Kenya fired tear gas at protesters demanding the president's resignation.",
     ["gov/KE UseOfForce KE"], ["gov/KE Demand -"]),
    ("crowd-fr-ceux-qui-appellent", "fr",
     "Le président togolais a averti que ceux qui appellent à manifester « en répondront devant la justice ».",
     [], ["gov/TG Demand -"]),
    ("addressee-fr-said-forces-and-demanded", "fr",
     "La FIDH a estimé que les forces de sécurité avaient fait un usage excessif de la force, et a demandé que les responsables soient jugés au Sénégal.",
     ["org/fidh Demand SN"], ["gov/SN Demand -"]),
    ("addressee-fr-called-list-second-member", "fr",
     "À Genève, des rapporteurs de l'ONU ont appelé la Suède et la Norvège à enquêter sur les décès de demandeurs d'asile.",
     [], ["gov/NO Investigation -", "gov/SE Investigation -", "gov/NO Demand -"]),
    ("addressee-fr-object-relative", "fr",
     "Le président tunisien a reçu les familles, sans toutefois annoncer l'enquête indépendante que réclament les avocats des victimes.",
     [], ["gov/TN Demand -"]),
    ("passive-en-agentless-criticism", "en",
     "The Australian offshore detention policy had already been condemned from many quarters.",
     [], ["gov/AU Condemnation -"]),
    ("type-en-prosecution-politically-motivated", "en",
     "Germany's foreign minister said the trial of the opposition leader in Moscow was \"politically motivated\".",
     ["gov/DE Condemnation RU"], ["gov/DE Accusation -"]),
    ("addressee-en-we-call-asked-investigation", "en",
     "Front Line Defenders is appalled by the killing. We call on the authorities of Burundi to carry out a prompt and independent investigation into the murder.",
     [], ["org/front-line-defenders Investigation -", "gov/BI Investigation -"]),
    ("addressee-fr-asked-inquiry-not-caller", "fr",
     "À Genève, des experts des Nations unies ont appelé le Nicaragua à mener une enquête indépendante sur la mort des manifestants.",
     [], ["org/united-nations Investigation -", "gov/NI Investigation -"]),
    # ================================================================== patients
    ("patient-fr-state-condemned-by-court", "fr",
     "Droits humains : la Turquie condamnée par la Cour européenne, les ONG réclament la libération d'Osman Kavala",
     [], ["gov/TR Demand -", "gov/TR Condemnation -"]),
    ("patient-fr-failed-deed", "fr",
     "La Cour européenne des droits de l'homme a condamné jeudi l'Italie pour ne pas avoir protégé des migrants refoulés vers la Libye.",
     [], ["gov/IT Resettlement -", "gov/IT Support -"]),
    ("patient-en-failing-to-investigate", "en",
     "The European Court of Human Rights ruled against Turkey for failing to investigate the deaths of 34 villagers in Roboski.",
     [], ["gov/TR Investigation -"]),
    ("patient-fr-court-sentences-journalist", "fr",
     "Le tribunal de Sidi M'hamed à Alger a condamné lundi le journaliste Ihsane El Kadi à cinq ans de prison, dont trois ferme.",
     ["gov/DZ UseOfForce DZ"], ["gov/DZ Condemnation -"]),
    ("patient-fr-court-sentences-apposition", "fr",
     "Le tribunal de Minsk a condamné mardi Ales Bialiatski, 60 ans, fondateur du centre Viasna et prix Nobel de la paix, à dix ans de colonie pénitentiaire.",
     ["gov/BY UseOfForce BY"], ["gov/BY Condemnation -"]),
    ("patient-fr-headline-condamnation-de", "fr",
     "Guinée : après la condamnation de l'opposant Oumar Sylla, la colère gronde à Conakry",
     [], ["gov/GN Condemnation -"]),
    ("patient-en-court-sentenced-condemned", "en",
     "A military court in Kinshasa condemned the activist to ten years in prison for insulting the head of state.",
     ["gov/CD UseOfForce CD"], ["gov/CD Condemnation -"]),
    ("patient-ar-court-ruling", "ar",
     "وقضت محكمة الجنايات في تونس بسجن المحامية سنية الدهماني عامين بسبب تصريحات إعلامية انتقدت فيها أوضاع المهاجرين.",
     [], ["gov/TN Condemnation -"]),
    ("patient-ar-blogger-post-relative", "ar",
     "واعتقلت الشرطة المغربية المدون بسبب تدوينة على فيسبوك انتقد فيها الملك، وأحالته إلى النيابة العامة.",
     ["gov/MA UseOfForce MA"], ["gov/MA Condemnation -"]),
    # ================================================================== accused
    ("accused-fr-appele-finance", "fr",
     "Au Togo, les deux militants, accusés d'avoir appelé à manifester et d'avoir financé des « groupes subversifs », ont été placés sous mandat de dépôt.",
     [], ["gov/TG Demand -", "gov/TG Support -"]),
    ("accused-fr-rejected-charges", "fr",
     "Le parquet de Bamako accuse le chroniqueur malien d'« atteinte au crédit de l'État », des accusations qu'il a toujours rejetées.",
     [], ["gov/ML Rejection -", "gov/ML Denial -"]),
    ("accused-en-calling-for-overthrow", "en",
     "Prosecutors in Uzbekistan accused the blogger of \"calling for the violent overthrow of the constitutional order\", charges he has always denied.",
     [], ["gov/UZ Demand -", "gov/UZ Denial -"]),
    ("accused-en-are-accused-of-calls", "en",
     "Belarusian police detained three reporters on Tuesday. They are accused of \"calls for extremist activity\" over their coverage of the 2020 protests.",
     ["gov/BY UseOfForce BY"], ["gov/BY Demand -"]),
    ("accused-en-charged-with-rallies", "en",
     "Georgian police detained dozens of students in Tbilisi. They were charged with taking part in unauthorised rallies and released on bail days later.",
     ["gov/GE UseOfForce GE"], ["gov/GE Investigation -"]),
    ("accused-ar-charge-of-calling", "ar",
     "واعتقلت الشرطة الأردنية الناشط، ووجهت إليه النيابة تهمة الدعوة إلى التظاهر غير المرخص والتحريض على مناهضة نظام الحكم.",
     ["gov/JO UseOfForce JO"], ["gov/JO Demand -", "gov/JO Demonstration -"]),
    # ================================================================== because of their ...
    ("because-ar-their-refusal", "ar",
     "وأصدرت محكمة مصرية أحكاما بالسجن على خمسة من سكان جزيرة الوراق بسبب رفضهم إخلاء منازلهم لصالح مشروع استثماري.",
     [], ["gov/EG Rejection -"]),
    ("because-fr-their-refusal", "fr",
     "La police kényane a arrêté une vingtaine d'habitants de Mau en raison de leur refus de quitter leurs terres ancestrales.",
     ["gov/KE UseOfForce KE"], ["gov/KE Rejection -"]),
    ("because-en-over-their-refusal", "en",
     "Ethiopian security forces detained dozens of Amhara farmers over their refusal to leave land claimed by a state company.",
     ["gov/ET UseOfForce ET"], ["gov/ET Rejection -"]),
    ("because-ar-for-not-investigating", "ar",
     "وانتقدت منظمة العفو الدولية الحكومة العراقية لعدم إجراء تحقيق في مقتل المتظاهرين في البصرة.",
     ["org/amnesty-international Condemnation IQ"], ["gov/IQ Investigation -"]),
    ("target-en-sanctions-on-officials", "en",
     "Canada imposed sanctions on Iranian officials responsible for the crackdown on protesters in Iran.",
     ["gov/CA Sanction IR"], ["gov/IR Sanction -"]),
    # ================================================================== crowds
    ("crowd-en-protesters-demanding", "en",
     "The Kenyan government withdrew the finance bill on Wednesday, but protesters stayed on the streets, demanding the president's resignation.",
     [], ["gov/KE Demand -"]),
    ("crowd-en-warned-those-calling", "en",
     "President Yoweri Museveni warned that people calling for protests in Uganda \"are playing with fire\".",
     [], ["gov/UG Demand -"]),
    ("crowd-fr-manifestants-reclamant", "fr",
     "Le gouvernement guinéen a suspendu le préfet, mais des milliers de manifestants sont restés dans les rues de Conakry, réclamant justice pour les victimes.",
     [], ["gov/GN Demand -"]),
    # ================================================================== metaphors
    ("metaphor-ar-sends-message", "ar",
     "ورأت منظمة هيومن رايتس ووتش أن اعتقال المحامين في تونس يبعث برسالة مخيفة إلى كل من ينتقد الحكومة.",
     [], ["gov/TN DiplomaticAction -"]),
    ("metaphor-en-sends-message", "en",
     "Human Rights Watch said the verdict against the Vietnamese blogger sends a chilling message to anyone who criticises the government.",
     [], ["gov/VN DiplomaticAction -"]),
    ("metaphor-fr-envoie-message", "fr",
     "Pour Reporters sans frontières, la condamnation du journaliste burundais envoie un message inquiétant à toute la presse du pays.",
     [], ["gov/BI DiplomaticAction -"]),
]

XFAIL: dict = {
}


@pytest.mark.parametrize("lang, text, want, forbid", bank_params(CASES, XFAIL))
def test_false_agent_bank(lang, text, want, forbid):
    check_bank_case(text, lang, want, forbid)
