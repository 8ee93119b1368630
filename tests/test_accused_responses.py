"""Responses of the accused party and of its allies (loaders/implicit.py, evaluation.tsv).

The accused government answers its critics without the usual response verbs: it blames
foreign services ("the protests were financed from abroad": Accusation), says its forces
"showed maximum restraint" (Denial), calls its acts lawful or necessary (Rejection), says
nobody is prosecuted for their opinions (Denial). Every sentence here is written for this
test (not copied from any gold document); only (principal, type) pairs are checked.
"""

from __future__ import annotations

import pytest
from extraction_helpers import facts


# ------------------------------------------------- blaming foreign hands (Accusation)
@pytest.mark.parametrize("lang, text, want", [
    ("en", "Georgia's prime minister said the demonstrations in Tbilisi were \"financed and "
           "directed by foreign intelligence services\".", ("gov/GE", "Accusation")),
    ("en", "Zimbabwe's information minister claimed the strikes had been orchestrated from abroad "
           "to topple the government.", ("gov/ZW", "Accusation")),
    ("en", "Belarus's interior ministry said the students were trying to stage a colour revolution "
           "in Minsk.", ("gov/BY", "Accusation")),
    ("en", "Venezuela's foreign minister said the opposition rallies were funded by foreign "
           "governments hostile to Caracas.", ("gov/VE", "Accusation")),
    ("fr", "Le gouvernement malien a affirmé que les manifestations de Bamako étaient "
           "« téléguidées » par des puissances étrangères.", ("gov/ML", "Accusation")),
    ("fr", "Le ministre guinéen de la Sécurité a estimé que les troubles avaient été orchestrés "
           "depuis l'étranger.", ("gov/GN", "Accusation")),
    ("fr", "Le Premier ministre serbe a déclaré que les étudiants étaient manipulés par des "
           "services étrangers.", ("gov/RS", "Accusation")),
    ("ar", "وقالت وزارة الداخلية المصرية إن الاحتجاجات تحركها أجهزة استخبارات أجنبية.",
     ("gov/EG", "Accusation")),
    ("ar", "وأكد وزير الإعلام السوداني أن المظاهرات تقف وراءها أطراف خارجية تسعى إلى زعزعة الاستقرار.",
     ("gov/SD", "Accusation")),
    ("ar", "وقالت الحكومة العراقية إن جهات أجنبية تمول الاعتصامات في بغداد.",
     ("gov/IQ", "Accusation")),
])
def test_blaming_foreign_hands(lang, text, want):
    assert want in facts(text, lang)


def test_financed_from_abroad_is_no_funding():
    got = facts("Serbia's president said the student blockades were \"financed by foreign "
                "intelligence services\".", "en")
    assert ("gov/RS", "Accusation") in got
    assert ("gov/RS", "Support") not in got


# ------------------------------------------------- "our forces showed restraint" (Denial)
@pytest.mark.parametrize("lang, text, want", [
    ("en", "Kenya's interior minister said police had acted with restraint during the protests "
           "in Nairobi.", ("gov/KE", "Denial")),
    ("en", "The Bangladeshi home ministry insisted that security forces had exercised the utmost "
           "restraint in Dhaka.", ("gov/BD", "Denial")),
    ("en", "Peru's defence minister said the soldiers showed great restraint when they cleared "
           "the roadblocks in Puno.", ("gov/PE", "Denial")),
    ("fr", "Le ministère camerounais de l'Intérieur a affirmé que les forces de l'ordre avaient "
           "fait preuve de la plus grande retenue à Douala.", ("gov/CM", "Denial")),
    ("fr", "Le gouvernement sénégalais a assuré que la police avait agi avec retenue lors des "
           "manifestations de Dakar.", ("gov/SN", "Denial")),
    ("fr", "Selon le ministre togolais de la Sécurité, les gendarmes ont fait preuve d'une "
           "grande retenue à Lomé.", ("gov/TG", "Denial")),
    ("ar", "وقالت وزارة الداخلية الأردنية إن قوات الأمن التزمت أقصى درجات ضبط النفس في عمّان.",
     ("gov/JO", "Denial")),
    ("ar", "وأكد وزير الداخلية العراقي أن القوات الأمنية تعاملت بحكمة مع المتظاهرين في البصرة.",
     ("gov/IQ", "Denial")),
    ("ar", "وقالت الحكومة التونسية إن الشرطة تعاملت بمهنية عالية مع المحتجين في صفاقس.",
     ("gov/TN", "Denial")),
])
def test_restraint_claimed(lang, text, want):
    assert want in facts(text, lang)


@pytest.mark.parametrize("lang, text, unwanted", [
    # restraint wished for by another state is a demand, no denial
    ("en", "The United States urged Kenyan police to show maximum restraint.", ("gov/US", "Denial")),
    ("en", "Germany said Georgian police should exercise restraint in Tbilisi.", ("gov/DE", "Denial")),
    ("fr", "La France a appelé les forces de l'ordre togolaises à faire preuve de la plus grande "
           "retenue.", ("gov/FR", "Denial")),
    ("ar", "ودعت فرنسا السلطات الجزائرية إلى ضبط النفس.", ("gov/FR", "Denial")),
    ("ar", "وقالت بريطانيا إنه يجب على قوات الأمن العراقية ضبط النفس.", ("gov/GB", "Denial")),
    # an NGO saying that police showed no restraint denies nothing
    ("en", "Amnesty International said police had not shown any restraint in Lagos.",
     ("org/amnesty-international", "Denial")),
])
def test_restraint_wished_or_denied(lang, text, unwanted):
    assert unwanted not in facts(text, lang)


# ------------------------------------------------- "the arrests were lawful" (Rejection)
@pytest.mark.parametrize("lang, text, want", [
    ("en", "Egypt's foreign ministry said the arrests in Cairo were lawful and necessary to "
           "protect national security.", ("gov/EG", "Rejection")),
    ("en", "India's home ministry said the internet shutdown in Kashmir was necessary to maintain "
           "public order.", ("gov/IN", "Rejection")),
    ("en", "Hungary's government said the closure of the university was in full compliance with "
           "the law.", ("gov/HU", "Rejection")),
    ("fr", "Le ministère algérien de la Justice a affirmé que les interpellations étaient "
           "conformes à la loi.", ("gov/DZ", "Rejection")),
    ("fr", "Le gouvernement nigérien a estimé que la suspension des médias était nécessaire pour "
           "préserver l'ordre public.", ("gov/NE", "Rejection")),
    ("fr", "Le porte-parole du gouvernement tunisien a déclaré que les expulsions s'étaient "
           "déroulées dans le respect de la loi.", ("gov/TN", "Rejection")),
    ("ar", "وقالت وزارة الداخلية البحرينية إن الاعتقالات تمت وفقا للقانون.", ("gov/BH", "Rejection")),
    ("ar", "وأكدت الحكومة المصرية أن حجب المواقع ضروري لحماية الأمن الوطني.", ("gov/EG", "Rejection")),
    ("ar", "وقال وزير العدل المغربي إن المحاكمة جرت في إطار القانون.", ("gov/MA", "Rejection")),
])
def test_lawful_claimed(lang, text, want):
    assert want in facts(text, lang)


@pytest.mark.parametrize("lang, text, unwanted", [
    ("en", "Human Rights Watch said the arrests in Cairo were not lawful.",
     ("org/human-rights-watch", "Rejection")),
    ("en", "Canada urged Egypt to act in accordance with the law.", ("gov/CA", "Rejection")),
    ("fr", "La Belgique a affirmé que les interpellations n'étaient pas conformes à la loi.",
     ("gov/BE", "Rejection")),
])
def test_lawful_negated_or_wished(lang, text, unwanted):
    assert unwanted not in facts(text, lang)


# ------------------------------------------------- "nobody is prosecuted for opinions" (Denial)
@pytest.mark.parametrize("lang, text, want", [
    ("fr", "Le porte-parole du gouvernement burundais a assuré que « personne n'est poursuivi "
           "pour ses opinions » au Burundi.", ("gov/BI", "Denial")),
    ("fr", "Le ministre rwandais de la Justice a affirmé que nul n'est incarcéré pour ses écrits.",
     ("gov/RW", "Denial")),
    ("fr", "Le gouvernement égyptien a déclaré qu'aucun journaliste n'était inquiété pour son "
           "travail.", ("gov/EG", "Denial")),
    ("en", "Azerbaijan's foreign ministry said no journalist was prosecuted for his work.",
     ("gov/AZ", "Denial")),
    ("en", "Vietnam's government said nobody was charged for expressing opinions.",
     ("gov/VN", "Denial")),
    ("en", "Turkey's justice minister said there were no political prisoners behind bars.",
     ("gov/TR", "Denial")),
])
def test_nobody_prosecuted(lang, text, want):
    assert want in facts(text, lang)


# ------------------------------------------------- Arabic: an organ the gazetteer does not name
@pytest.mark.parametrize("text, want", [
    # subject after the verb
    ("اعتقلت الشرطة البحرينية عشرات المحتجين في المنامة. ونفت الوزارة أن يكون أي منهم قد تعرض "
     "لسوء المعاملة.", ("gov/BH", "Denial")),
    ("داهمت قوات الأمن المصرية مقر الصحيفة في القاهرة. وفتحت وزارة الإعلام المصرية تحقيقا في "
     "ملابسات المداهمة.", ("gov/EG", "Investigation")),
    ("رحّلت السلطات الكويتية مئات العمال. ورفض وزير الشؤون الاجتماعية الانتقادات الموجهة إلى "
     "الحكومة.", ("gov/KW", "Rejection")),
    # subject before the verb
    ("أوقفت الأجهزة الأمنية التونسية ثلاثة مدونين في صفاقس، لكن الوزارة نفت أن يكون توقيفهم "
     "بسبب آرائهم.", ("gov/TN", "Denial")),
    ("قمعت الشرطة العراقية احتجاجات الخريجين في البصرة. غير أن رئيس اللجنة الحكومية، سالم "
     "الجبوري، نفى وقوع إصابات.", ("gov/IQ", "Denial")),
    # the speaker of the clause that reports the act
    ("وقالت وزارة التنمية الاجتماعية الأردنية في بيان إنها فتحت تحقيقا في وفاة الطفل داخل دار "
     "الرعاية في الزرقاء.", ("gov/JO", "Investigation")),
    ("وأعلنت اللجنة الوطنية لحقوق الإنسان، التي شكلتها الحكومة الليبية العام الماضي، أنها "
     "باشرت التحقيق في الانتهاكات في سرت.", ("gov/LY", "Investigation")),
    # a long subject between "دافع" and "عن القانون"
    ("بدوره، دافع وزير الدولة لشؤون الإعلام والناطق باسم الحكومة المغربية عن القانون الجديد "
     "في الرباط.", ("gov/MA", "Rejection")),
    ("وفي الجزائر، دافع وزير العدل حافظ الأختام عبد الرشيد طبي عن الأحكام الصادرة بحق "
     "الناشطين.", ("gov/DZ", "Rejection")),
    ("واعتقلت السلطات السودانية عشرات الصحفيين في الخرطوم. ودافعت وزيرة الإعلام في الحكومة "
     "السودانية عن الإجراءات المتخذة.", ("gov/SD", "Rejection")),
])
def test_ar_unnamed_state_organ(text, want):
    assert want in facts(text, "ar")


@pytest.mark.parametrize("text, unwanted", [
    # the organ is the object of a demand by a named actor
    ("وطالبت منظمة العفو الدولية وزارة العدل المصرية بفتح تحقيق في وفاة المعتقل.",
     ("gov/EG", "Investigation")),
    # an armed group's spokesperson is no state organ
    ("احتجزت جماعة الحوثي صحفيين في صنعاء. ونفى المتحدث باسم الجماعة تعرضهم للتعذيب في اليمن.",
     ("gov/YE", "Denial")),
    ("هاجم مسلحون قرية في دارفور بالسودان. ونفى المتحدث باسم الحركة المسلحة وقوع انتهاكات.",
     ("gov/SD", "Denial")),
    # a lawyer defending his client is no rejection by anyone's government
    ("ودافع المحامي خالد علي عن موكله أمام المحكمة في القاهرة.", ("gov/EG", "Rejection")),
    # a named actor after the verb speaks for itself
    ("ونفت منظمة هيومن رايتس ووتش أن تكون الوزارة قد ردت على أسئلتها بشأن المعتقلين في مصر.",
     ("gov/EG", "Denial")),
])
def test_ar_unnamed_state_organ_not_read(text, unwanted):
    assert unwanted not in facts(text, "ar")


# ------------------------------------------------- a quotation inside a cue, then a second verb
@pytest.mark.parametrize("lang, text, want", [
    ("en", "President Mirziyoyev has blamed the unrest on \"foreign-funded provocateurs\" and has "
           "rejected calls for an independent inquiry in Uzbekistan.", ("gov/UZ", "Rejection")),
    ("en", "Tajikistan's president blamed the clashes on \"foreign-trained extremists\" and rejected "
           "demands for an international investigation.", ("gov/TJ", "Rejection")),
    ("fr", "Le président tchadien a imputé les violences à des « mercenaires venus de l'étranger » et "
           "a rejeté toute enquête internationale.", ("gov/TD", "Rejection")),
])
def test_second_verb_after_quoted_cue(lang, text, want):
    assert want in facts(text, lang)


# ------------------------------------------------- representatives; describing a report
@pytest.mark.parametrize("lang, text, want", [
    ("fr", "Le représentant burundais à Genève a rejeté les conclusions de la commission d'enquête.",
     ("gov/BI", "Rejection")),
    ("fr", "La représentante permanente du Venezuela auprès de l'ONU a nié toute détention "
           "arbitraire.", ("gov/VE", "Denial")),
    ("en", "Myanmar's representative in Geneva rejected the report as one-sided.",
     ("gov/MM", "Rejection")),
    ("en", "The Nicaraguan permanent representative denied that any priest had been detained.",
     ("gov/NI", "Denial")),
    # "a qualifié le rapport de ..." and a second verb without its auxiliary
    ("fr", "Le ministre syrien des Affaires étrangères a qualifié le rapport de « mensonge » et "
           "rejeté le mandat de la commission.", ("gov/SY", "Rejection")),
    ("fr", "Le gouvernement cubain a qualifié la résolution d'« ingérence » et nié l'existence de "
           "prisonniers politiques.", ("gov/CU", "Denial")),
    ("fr", "Le porte-parole du gouvernement iranien a qualifié les conclusions de « partiales » et "
           "rejeté toute coopération avec la mission.", ("gov/IR", "Rejection")),
])
def test_representatives_and_described_reports(lang, text, want):
    assert want in facts(text, lang)


def test_described_report_is_no_accusation():
    got = facts("Le ministre syrien des Affaires étrangères a qualifié le rapport de « mensonge ».", "fr")
    assert ("gov/SY", "Accusation") not in got


# ------------------------------------------------- allies of the accused
@pytest.mark.parametrize("lang, text, want", [
    ("fr", "La Chine et Cuba ont en revanche soutenu la position de Caracas devant le Conseil.",
     ("gov/CN", "Support")),
    ("fr", "La Russie a pour sa part soutenu la position de Minsk lors du débat.", ("gov/RU", "Support")),
    ("fr", "Le Venezuela et l'Iran ont pris la défense du gouvernement nicaraguayen.",
     ("gov/IR", "Support")),
    ("en", "Pakistan sided with Beijing during the debate on Xinjiang.", ("gov/PK", "Support")),
    ("en", "Belarus and Iran backed the position of Moscow in the Human Rights Council.",
     ("gov/IR", "Support")),
    ("en", "Egypt took the side of the Sudanese army during the council debate.", ("gov/EG", "Support")),
    ("ar", "وأيدت روسيا موقف الحكومة السورية خلال جلسة مجلس حقوق الإنسان.", ("gov/RU", "Support")),
    ("ar", "ووقفت الصين إلى جانب الحكومة الإريترية في النقاش.", ("gov/CN", "Support")),
    ("ar", "وساندت إيران موقف دمشق في المجلس.", ("gov/IR", "Support")),
])
def test_allies_take_the_side_of_the_accused(lang, text, want):
    assert want in facts(text, lang)


@pytest.mark.parametrize("lang, text, want, unwanted", [
    ("fr", "Le gouvernement nord-coréen a dénoncé la « politisation » des droits de l'homme.",
     ("gov/KP", "Rejection"), ("gov/KP", "Condemnation")),
    ("en", "Russia denounced the politicisation of human rights at the council debate on Eritrea.",
     ("gov/RU", "Rejection"), ("gov/RU", "Condemnation")),
    ("ar", "ونددت الصين بتسييس قضايا حقوق الإنسان خلال النقاش حول ميانمار.",
     ("gov/CN", "Rejection"), ("gov/CN", "Condemnation")),
])
def test_denouncing_politicisation_is_a_rejection(lang, text, want, unwanted):
    got = facts(text, lang)
    assert want in got and unwanted not in got


@pytest.mark.parametrize("lang, text, ally", [
    # an ally's denunciation after its support is part of its support (no act of its own)
    ("fr", "La Chine a en revanche soutenu la position de Pyongyang, dénonçant la « politisation » "
           "des droits de l'homme.", "gov/CN"),
    ("fr", "Cuba et le Venezuela ont soutenu la position de Managua, dénonçant la « politisation » "
           "du Conseil.", "gov/CU"),
])
def test_ally_denouncing_politicisation(lang, text, ally):
    got = facts(text, lang)
    assert (ally, "Support") in got
    assert not {(a, t) for a, t in got if a == ally and t in ("Condemnation", "Rejection")}


# ------------------------------------------------- charges judged false: no denial by the critic
@pytest.mark.parametrize("lang, text, want, unwanted", [
    ("fr", "Amnesty International a estimé que l'accusation de terrorisme visant le syndicaliste "
           "était « sans fondement » au Niger.",
     ("org/amnesty-international", "Condemnation"), ("org/amnesty-international", "Denial")),
    ("fr", "La FIDH a jugé que les chefs d'accusation retenus contre l'avocat étaient « fabriqués » "
           "en Tunisie.", ("org/fidh", "Condemnation"), ("org/fidh", "Denial")),
    ("en", "Human Rights Watch said the treason charges against the opposition leader in Uganda "
           "were baseless.", ("org/human-rights-watch", "Condemnation"),
     ("org/human-rights-watch", "Denial")),
    ("en", "\"The charges are fabricated,\" Amnesty International said of the trial in Azerbaijan.",
     ("org/amnesty-international", "Condemnation"), ("org/amnesty-international", "Denial")),
    ("ar", "وقالت منظمة العفو الدولية إن التهم الموجهة إلى الناشط في مصر ملفقة.",
     ("org/amnesty-international", "Condemnation"), ("org/amnesty-international", "Denial")),
    ("ar", "واعتبرت هيومن رايتس ووتش أن تهمة الإرهاب الموجهة للصحفي في الجزائر باطلة.",
     ("org/human-rights-watch", "Condemnation"), ("org/human-rights-watch", "Denial")),
])
def test_charges_judged_false(lang, text, want, unwanted):
    got = facts(text, lang)
    assert want in got and unwanted not in got


def test_accusations_against_the_speaker_are_still_denied():
    got = facts("Eritrea's foreign ministry said the accusations of forced labour were baseless.", "en")
    assert ("gov/ER", "Denial") in got


# ------------------------------------------------- a state's spokesperson before another paragraph
@pytest.mark.parametrize("lang, text, want", [
    ("en", "Police in Harare arrested 40 nurses during the strike in Zimbabwe. Police spokesperson "
           "Tendai Moyo denied that any nurse had been beaten.\n\nThe African Union has not "
           "commented on the arrests.", ("gov/ZW", "Denial")),
    ("en", "Security forces detained dozens of students in Conakry. Army spokesman Ibrahima Sow "
           "rejected the criticism.\n\nAmnesty International said the detentions were "
           "arbitrary in Guinea.", ("gov/GN", "Rejection")),
    ("fr", "La police a dispersé un sit-in d'enseignants à Niamey au Niger. Le porte-parole Issa "
           "Garba a nié toute violence.\n\nL'Union européenne n'a pas réagi.", ("gov/NE", "Denial")),
])
def test_spokesperson_before_an_organisation_paragraph(lang, text, want):
    assert want in facts(text, lang)


# ------------------------------------------------- a pronoun after an opening adverbial
@pytest.mark.parametrize("lang, text, want", [
    ("en", "President Museveni has defended the law in Uganda. On Tuesday he accused Western "
           "donors of blackmail.", ("gov/UG", "Accusation")),
    ("en", "Prime Minister Hun Manet spoke in Phnom Penh about Cambodia. Later, he denied that "
           "any opposition member had been jailed.", ("gov/KH", "Denial")),
    ("en", "President Ortega addressed supporters in Managua about Nicaragua. On state television "
           "on Monday she rejected the criticism.", ("gov/NI", "Rejection")),
    ("fr", "Le président Kaïs Saïed a défendu le décret en Tunisie. Mercredi, il a accusé des "
           "« parties étrangères » de vouloir déstabiliser le pays.", ("gov/TN", "Accusation")),
    ("fr", "Le président Paul Biya s'est exprimé à Yaoundé sur le Cameroun. Par ailleurs, il a "
           "rejeté les critiques des ONG.", ("gov/CM", "Rejection")),
    ("fr", "Le ministre tchadien de la Sécurité était à N'Djamena. Lors d'une conférence de presse, "
           "il a nié toute exécution sommaire.", ("gov/TD", "Denial")),
])
def test_pronoun_after_opening_adverbial(lang, text, want):
    assert want in facts(text, lang)


# ------------------------------------------------- a report dismissed as biased (Rejection) vs false (Denial)
@pytest.mark.parametrize("lang, text, want", [
    ("en", "Ethiopia's government described the report as \"biased and unprofessional\".",
     ("gov/ET", "Rejection")),
    ("en", "Rwanda's foreign ministry said the UN findings were one-sided.", ("gov/RW", "Rejection")),
    ("fr", "Le gouvernement burundais a estimé que le rapport était « partial ».", ("gov/BI", "Rejection")),
    ("fr", "Le ministère égyptien des Affaires étrangères a jugé les conclusions de l'ONU "
           "« politisées ».", ("gov/EG", "Rejection")),
    ("ar", "واعتبرت الخارجية المصرية أن التقرير يفتقر إلى المهنية والموضوعية.", ("gov/EG", "Rejection")),
    ("ar", "ووصف المتحدث باسم الحكومة السودانية التقرير بأنه منحاز وغير مهني.", ("gov/SD", "Rejection")),
    # false: a denial
    ("en", "Rwanda's foreign ministry said the UN findings were false.", ("gov/RW", "Denial")),
])
def test_report_dismissed(lang, text, want):
    assert want in facts(text, lang)


# ------------------------------------------------- "the detainees are well treated" (Denial)
@pytest.mark.parametrize("lang, text, want", [
    ("fr", "Les autorités rwandaises affirment que les détenus sont bien traités.", ("gov/RW", "Denial")),
    ("fr", "Le ministère marocain de la Justice a assuré que le journaliste avait bénéficié d'un "
           "procès équitable.", ("gov/MA", "Denial")),
    ("en", "Bahrain's interior ministry said the hunger strikers were well treated.",
     ("gov/BH", "Denial")),
    ("en", "Vietnam's foreign ministry said the blogger had received a fair trial.",
     ("gov/VN", "Denial")),
    ("ar", "وأكدت الحكومة السعودية أن المعتقلين يتمتعون بكافة حقوقهم القانونية.", ("gov/SA", "Denial")),
    ("ar", "وقالت وزارة العدل الإماراتية إن المتهمين حصلوا على محاكمة عادلة.", ("gov/AE", "Denial")),
])
def test_proper_treatment_claimed(lang, text, want):
    assert want in facts(text, lang)


# ------------------------------------------------- the act justified by the offence (Rejection)
@pytest.mark.parametrize("lang, text, want, unwanted", [
    ("en", "Police detained 40 protesters in Harare, Zimbabwe. The interior ministry said the "
           "protesters had been detained for violating public order laws.",
     ("gov/ZW", "Rejection"), ("gov/ZW", "Condemnation")),
    ("en", "Uzbekistan's prosecutor general said the bloggers were arrested for inciting hatred.",
     ("gov/UZ", "Rejection"), ("gov/UZ", "Condemnation")),
    ("fr", "Le ministère tunisien de l'Intérieur a affirmé que les militants avaient été arrêtés "
           "pour trouble à l'ordre public.", ("gov/TN", "Rejection"), ("gov/TN", "Condemnation")),
    ("ar", "وقالت وزارة الداخلية البحرينية إن الموقوفين احتجزوا بتهم جنائية.",
     ("gov/BH", "Rejection"), ("gov/BH", "Condemnation")),
])
def test_act_justified_by_offence(lang, text, want, unwanted):
    got = facts(text, lang)
    assert want in got and unwanted not in got


def test_ar_motive_denied_with_but():
    got = facts("وقال وزير الإعلام الأردني إن الموقوفين لم يعتقلوا بسبب آرائهم بل لمخالفتهم القانون.", "ar")
    assert ("gov/JO", "Denial") in got
    got = facts("وأكد وزير العدل المصري أن الصحفي لم يسجن بسبب كتاباته وإنما بتهم تتعلق بالإرهاب.", "ar")
    assert ("gov/EG", "Denial") in got


# ------------------------------------------------- the critics' "campaign" denounced (Rejection)
@pytest.mark.parametrize("lang, text, want, unwanted", [
    ("fr", "Le porte-parole du gouvernement malien a dénoncé une « campagne de désinformation » "
           "contre le Mali.", ("gov/ML", "Rejection"), ("gov/ML", "Condemnation")),
    ("fr", "Le gouvernement burkinabè a dénoncé un « acharnement médiatique » contre le pays.",
     ("gov/BF", "Rejection"), ("gov/BF", "Condemnation")),
    ("en", "Rwanda's government denounced what it called a smear campaign by Western media.",
     ("gov/RW", "Rejection"), ("gov/RW", "Condemnation")),
    ("ar", "ونددت الحكومة الإريترية بما وصفته بحملة تضليل تقودها منظمات غربية.",
     ("gov/ER", "Rejection"), ("gov/ER", "Condemnation")),
])
def test_campaign_denounced(lang, text, want, unwanted):
    got = facts(text, lang)
    assert want in got and unwanted not in got


@pytest.mark.parametrize("lang, text, want", [
    ("ar", "وقالت الحكومة الجزائرية إن الاحتجاجات تحركها أطراف معادية للجزائر.", ("gov/DZ", "Accusation")),
    ("ar", "وأكد وزير الداخلية الإيراني أن جهات معادية تقف وراء الإضرابات.", ("gov/IR", "Accusation")),
    ("en", "Eritrea's information minister said the diaspora protests were organised by hostile "
           "forces abroad.", ("gov/ER", "Accusation")),
    ("fr", "Le gouvernement nicaraguayen a affirmé que les évêques servaient des puissances "
           "hostiles.", ("gov/NI", "Accusation")),
    # praise of the accused by an ally
    ("ar", "وقال الكرملين إن الرئيس الروسي اتصل بنظيره البيلاروسي، مشيدا بحزم السلطات في "
           "التعامل مع المحتجين.", ("gov/RU", "Support")),
])
def test_hostile_forces_and_praise(lang, text, want):
    assert want in facts(text, lang)


# ------------------------------------------------- the accused's own inquiry
@pytest.mark.parametrize("lang, text, want", [
    ("en", "Bangladesh's home ministry has formed a committee to look into the deaths of students "
           "in Dhaka.", ("gov/BD", "Investigation")),
    ("en", "Nigeria's army set up a panel to probe the shooting of protesters in Lagos.",
     ("gov/NG", "Investigation")),
    ("en", "Sri Lanka's president appointed a commission of inquiry into the attacks in Colombo.",
     ("gov/LK", "Investigation")),
    ("fr", "Le parquet de Dakar a ouvert une information judiciaire après la mort de deux "
           "manifestants au Sénégal.", ("gov/SN", "Investigation")),
    ("fr", "Le gouvernement ivoirien a mis en place une commission chargée de faire la lumière sur "
           "les violences à Abidjan.", ("gov/CI", "Investigation")),
    ("fr", "La police camerounaise a ouvert une enquête administrative sur la mort du détenu à "
           "Douala.", ("gov/CM", "Investigation")),
    ("ar", "وأعلنت وزارة الداخلية التونسية فتح بحث إداري في ملابسات وفاة الموقوف.",
     ("gov/TN", "Investigation")),
    ("ar", "وقالت الشرطة المغربية إنها فتحت بحثا قضائيا في وفاة الشاب بالدار البيضاء.",
     ("gov/MA", "Investigation")),
    ("ar", "وأكدت وزارة الدفاع العراقية أنها فتحت تحقيقا داخليا في مقتل المتظاهرين.",
     ("gov/IQ", "Investigation")),
])
def test_own_inquiry(lang, text, want):
    assert want in facts(text, lang)


# ------------------------------------------------- "we did not target", unnamed sources, "unwarranted"
@pytest.mark.parametrize("lang, text, want", [
    ("en", "Israel's military said it had not targeted the hospital in Gaza.", ("gov/IL", "Denial")),
    ("en", "Ethiopia's defence ministry said its troops did not attack civilians in Amhara.",
     ("gov/ET", "Denial")),
    ("fr", "L'armée burkinabè a affirmé qu'elle n'avait pas visé de civils à Djibo.",
     ("gov/BF", "Denial")),
    ("fr", "Le ministère nigérien de la Défense a assuré que ses soldats n'avaient jamais tiré sur "
           "la foule.", ("gov/NE", "Denial")),
    ("ar", "وأكد الجيش السوداني أنه لم يستهدف المدنيين في الفاشر.", ("gov/SD", "Denial")),
    ("ar", "وأكد مصدر أمني مصري أن أحدا لم يتعرض للتعذيب داخل السجون.", ("gov/EG", "Denial")),
    ("ar", "وقال مسؤول حكومي عراقي إن القوات لم تطلق النار على المحتجين.", ("gov/IQ", "Denial")),
    ("en", "India said the remarks by the UN rights chief on Kashmir were unwarranted.",
     ("gov/IN", "Rejection")),
    ("fr", "Le Maroc a jugé les déclarations de la rapporteuse « inacceptables ».", ("gov/MA", "Rejection")),
    ("ar", "واعتبرت الحكومة البحرينية أن تصريحات المفوض السامي غير مقبولة.", ("gov/BH", "Rejection")),
])
def test_not_done_and_unwarranted(lang, text, want):
    assert want in facts(text, lang)


@pytest.mark.parametrize("lang, text, unwanted", [
    # an NGO saying that the police did not protect anyone denies nothing
    ("en", "Amnesty International said police had not protected the protesters in Lagos.",
     ("org/amnesty-international", "Denial")),
    # a state about another state's forces: what they did not do is no denial of its own
    ("en", "Germany said the authorities had not investigated the killings in Chad.",
     ("gov/DE", "Denial")),
    # a negated verb that is no harm
    ("en", "Kenya's interior ministry said it would not tolerate attacks on police in Nairobi.",
     ("gov/KE", "Denial")),
])
def test_not_done_not_read(lang, text, unwanted):
    assert unwanted not in facts(text, lang)


@pytest.mark.parametrize("lang, text, unwanted", [
    ("en", "Police detained three priests in Nicaragua. None of the three has been charged.",
     ("gov/NI", "Investigation")),
    ("en", "Dozens of students were detained in Dhaka, Bangladesh. No one has been charged so far.",
     ("gov/BD", "Investigation")),
    ("fr", "La police a interpellé trois militants au Togo. Aucun d'entre eux n'a été inculpé.",
     ("gov/TG", "Investigation")),
])
def test_nobody_underwent_the_act(lang, text, unwanted):
    assert unwanted not in facts(text, lang)


@pytest.mark.parametrize("lang, text, want", [
    ("ar", "وقالت وزارة العمل الكويتية في بيان إنها أحالت الشركة إلى النيابة، مؤكدة أن صندوق "
           "العمال سيصرف الرواتب المتأخرة خلال شهر.", ("gov/KW", "Support")),
    ("ar", "وأعلنت الحكومة السعودية أنها ستدفع الأجور المتأخرة لعمال الشركة المتعثرة.",
     ("gov/SA", "Support")),
    # a fund named "صندوق دعم ..." is no act of its own
    ("ar", "وقالت وزارة الموارد البشرية البحرينية في بيان إنها فتحت تحقيقا، مؤكدة أن \"صندوق دعم "
           "العمال\" سيصرف المستحقات خلال أسبوع.", ("gov/BH", "Support")),
    ("en", "Qatar's labour ministry said the state fund will pay the outstanding wages of the "
           "striking workers in Doha.", ("gov/QA", "Support")),
    ("en", "The Saudi government said it would pay the unpaid wages of 8,000 workers.",
     ("gov/SA", "Support")),
    ("fr", "Le gouvernement qatarien a assuré que l'État versera les salaires impayés des "
           "grévistes.", ("gov/QA", "Support")),
    ("fr", "Le gouvernement libanais a annoncé le versement des arriérés de salaire des "
           "employés domestiques.", ("gov/LB", "Support")),
])
def test_accused_pays_arrears(lang, text, want):
    assert want in facts(text, lang)


@pytest.mark.parametrize("text, want", [
    ("اعتقلت السلطات التونسية مدونين في صفاقس. ودافع وزير الشؤون الاجتماعية والناطق باسم الحكومة "
     "عن الاعتقالات. ونفى أن يكون أي منهم قد سجن بسبب آرائه، متهما \"أطرافا معادية\" بتأجيج "
     "الاحتجاجات.", ("gov/TN", "Accusation")),
    ("رحّلت السلطات الكويتية عمالا مضربين. لكن الوزارة نفت أن يكون الترحيل عقابا. واتهمت "
     "جهات خارجية بتحريض العمال.", ("gov/KW", "Accusation")),
    ("فرقت الشرطة الجزائرية تجمعا في وهران. وقال مصدر أمني إن عناصر الأمن تعاملوا وفق القانون. "
     "ونفى استخدام القوة ضد المتجمعين.", ("gov/DZ", "Denial")),
])
def test_ar_organ_goes_on_in_the_next_sentence(text, want):
    assert want in facts(text, "ar")


# ------------------------------------------------- French/English: an organ the gazetteer does not name
@pytest.mark.parametrize("lang, text, want", [
    ("en", "Police in Doha detained 300 striking workers in Qatar. The labour ministry said it had "
           "opened an investigation into the company.", ("gov/QA", "Investigation")),
    ("en", "Police in Amman arrested nine activists in Jordan. The government's communications "
           "minister defended the law.", ("gov/JO", "Rejection")),
    ("en", "Security forces dispersed the sit-in in Kuwait City. The ministry denied that any "
           "protester had been beaten.", ("gov/KW", "Denial")),
    ("en", "Syria's national commission for the missing said it had begun investigating three mass "
           "graves.", ("gov/SY", "Investigation")),
    ("fr", "La police a arrêté neuf militants à Amman, en Jordanie. Le ministre de la Communication "
           "a défendu la loi.", ("gov/JO", "Rejection")),
    ("fr", "Des centaines d'ouvriers ont été expulsés du Qatar. Le ministère qatarien du Travail a "
           "démenti tout lien avec la grève.", ("gov/QA", "Denial")),
    ("fr", "La commission nationale des disparus, créée par le gouvernement syrien, a annoncé "
           "l'ouverture d'une enquête sur trois charniers.", ("gov/SY", "Investigation")),
])
def test_fr_en_unnamed_state_organ(lang, text, want):
    assert want in facts(text, lang)


@pytest.mark.parametrize("lang, text, unwanted", [
    # a passive: the organ is no agent of it
    ("en", "The proposal, upon which the former prime minister was sentenced in Ukraine, was "
           "supported by 147 members of parliament.", ("gov/UA", "Support")),
    # a named actor opens the sentence
    ("en", "Amnesty International urged the labour ministry in Qatar to open an investigation.",
     ("gov/QA", "Investigation")),
])
def test_fr_en_unnamed_state_organ_not_read(lang, text, unwanted):
    assert unwanted not in facts(text, lang)


# ------------------------------------------------- a surname after the quotation; "humane"
@pytest.mark.parametrize("lang, text, want", [
    ("en", "China's foreign ministry spokesman Wang Wenbin spoke about Xinjiang on Monday.\n\n"
           "\"The so-called concerns are groundless,\" Wang told a regular news briefing.",
     ("gov/CN", "Denial")),
    ("en", "Rwanda's government spokeswoman Yolande Makolo was asked about the report.\n\n"
           "\"These allegations are false,\" Makolo said.", ("gov/RW", "Denial")),
    ("fr", "Le porte-parole du gouvernement tanzanien, Gerson Msigwa, s'est exprimé jeudi.\n\n"
           "« Ces accusations sont sans fondement », a déclaré Msigwa.", ("gov/TZ", "Denial")),
    ("en", "Alabama's attorney general Steve Marshall said nitrogen hypoxia was \"humane and "
           "effective\".", ("gov/US-AL", "Denial")),
    ("en", "Japan's justice ministry said hanging was a humane method and that executions were "
           "carried out humanely.", ("gov/JP", "Denial")),
])
def test_surname_speaker_and_humane_method(lang, text, want):
    assert want in facts(text, lang)


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Egyptian authorities insist that there are no political prisoners in the country.",
     ("gov/EG", "Denial")),
    ("en", "Vietnam's foreign ministry said the blogger was arrested for violating the law, not for "
           "his views.", ("gov/VN", "Denial")),
    ("en", "Thailand's government maintains that the activists were jailed for breaking the law, not "
           "for their opinions.", ("gov/TH", "Denial")),
])
def test_insist_maintain_not_for_his(lang, text, want):
    assert want in facts(text, lang)


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Kuwait's interior ministry said the state would pay compensation to the families of the victims.",
     ("gov/KW", "Support")),
    ("en", "The Nigerian government said the state fund will pay the arrears of the striking doctors.",
     ("gov/NG", "Support")),
    ("fr", "Le ministère tunisien de l'Intérieur a affirmé que l'État versera les salaires impayés des agents.",
     ("gov/TN", "Support")),
])
def test_the_state_in_a_clause_reported_by_its_own_organ(lang, text, want):
    """'X said the state (fund) will pay': the state is the speaker's own government."""
    assert want in facts(text, lang)
