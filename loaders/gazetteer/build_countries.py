"""Generate ``countries.tsv`` from CLDR (via Babel) and ISO 3166 (via pycountry).

Run at development time only (``python -m rightsgraph.loaders.gazetteer.build_countries``
or ``python loaders/gazetteer/build_countries.py``); the output is committed and nothing
is downloaded at run time.

Columns: iso, en, fr, ar, variants_en, variants_fr, variants_ar, un (member|observer|other),
alpha3. Variants are ``|``-separated: CLDR's names when they differ from the preferred
label, pycountry's common/official names, and the curated variants below (the forms news
actually uses: "USA", "Grande-Bretagne", "أمريكا"...). A variant written in capitals
(e.g. "US", "UK") only matches as written (acronym).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import babel
import pycountry

# The 193 UN member states (ISO 3166-1 alpha-2).
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV
KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ
FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI
KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ
MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM
ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV
UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW
""".split()
OBSERVERS = ["VA", "PS"]
OTHERS = ["TW", "XK"]

# Preferred labels where CLDR's short form is awkward for a label.
LABELS = {
    "CG": ("Republic of the Congo", "République du Congo", "جمهورية الكونغو"),
    "CD": ("Democratic Republic of the Congo", "République démocratique du Congo",
           "جمهورية الكونغو الديمقراطية"),
    "MM": ("Myanmar", "Myanmar", "ميانمار"),
    "PS": ("Palestine", "Palestine", "فلسطين"),
    "VA": ("Holy See", "Saint-Siège", "الكرسي الرسولي"),
    "TL": ("Timor-Leste", "Timor oriental", "تيمور الشرقية"),
    "TR": ("Turkey", "Turquie", "تركيا"),
    "SA": ("Saudi Arabia", "Arabie saoudite", "السعودية"),
    "AE": ("United Arab Emirates", "Émirats arabes unis", "الإمارات العربية المتحدة"),
    "CZ": ("Czech Republic", "Tchéquie", "التشيك"),
}

# Curated variants: iso -> (en, fr, ar), each "|"-separated.
VARIANTS = {
    "US": ("USA|U.S.|U.S.A.|US|America|United States of America",
           "USA|Amérique|Etats-Unis d'Amérique|Etats Unis",
           "الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا|الولايات المتحدة الامريكية"),
    "GB": ("UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland",
           "Grande-Bretagne|Grande Bretagne|Angleterre|Royaume Uni",
           "بريطانيا|المملكة المتحدة لبريطانيا العظمى|بريطانيا العظمى"),
    "RU": ("Russian Federation", "Fédération de Russie", "روسيا الاتحادية|الاتحاد الروسي"),
    "CN": ("People's Republic of China|PRC|mainland China", "République populaire de Chine|RPC",
           "جمهورية الصين الشعبية|الصين الشعبية"),
    "TW": ("Republic of China|Chinese Taipei", "République de Chine|Taiwan", "تايوان"),
    "KR": ("Republic of Korea", "République de Corée", "جمهورية كوريا"),
    "KP": ("DPRK|Democratic People's Republic of Korea", "RPDC|Corée du Nord",
           "جمهورية كوريا الديمقراطية الشعبية"),
    "IR": ("Islamic Republic of Iran|Persia", "République islamique d'Iran|Perse",
           "الجمهورية الإسلامية الإيرانية|ايران"),
    "SY": ("Syrian Arab Republic", "République arabe syrienne", "سورية|الجمهورية العربية السورية"),
    "SA": ("Kingdom of Saudi Arabia|KSA", "Royaume d'Arabie saoudite", "المملكة العربية السعودية|المملكة السعودية"),
    "AE": ("UAE|U.A.E.|Emirates", "EAU|Emirats", "الإمارات"),
    "NL": ("Holland|the Netherlands", "Hollande", "هولندا|الأراضي المنخفضة"),
    "DE": ("Federal Republic of Germany", "République fédérale d'Allemagne|RFA", "ألمانيا الاتحادية"),
    "FR": ("French Republic", "République française", "الجمهورية الفرنسية"),
    "CZ": ("Czechia", "République tchèque", "جمهورية التشيك|تشيكيا"),
    "MK": ("Macedonia|FYROM", "Macédoine", "مقدونيا"),
    "MD": ("Moldavia|Republic of Moldova", "Moldova", "مولدافيا"),
    "BY": ("Byelorussia|Belorussia", "Bélarus|Belarus", "بيلاروسيا|روسيا البيضاء"),
    "CI": ("Ivory Coast|Cote d'Ivoire", "Cote d'Ivoire", "كوت ديفوار"),
    "CV": ("Cabo Verde", "Cap Vert|Cabo Verde", "الرأس الأخضر|كابو فيردي"),
    "SZ": ("Swaziland", "Swaziland", "سوازيلاند|إيسواتيني"),
    "MM": ("Burma", "Birmanie", "بورما|ميانمار"),
    "CD": ("DR Congo|DRC|Congo-Kinshasa|Congo Kinshasa", "RD Congo|RDC|Congo-Kinshasa",
           "الكونغو الديمقراطية|الكونغو كينشاسا"),
    "CG": ("Congo-Brazzaville|Congo Brazzaville|Republic of Congo", "Congo-Brazzaville",
           "الكونغو برازافيل"),
    "VA": ("Vatican|Vatican City", "Vatican|Cité du Vatican", "الفاتيكان|دولة الفاتيكان|حاضرة الفاتيكان"),
    "PS": ("State of Palestine|Palestinian territories|occupied Palestinian territories",
           "État de Palestine|territoires palestiniens", "دولة فلسطين|الأراضي الفلسطينية|الأراضي الفلسطينية المحتلة"),
    "IL": ("State of Israel", "État d'Israël", "دولة إسرائيل|اسرائيل"),
    "TR": ("Türkiye|Turkiye|Republic of Turkey", "Türkiye", "تركيا|الجمهورية التركية"),
    "VN": ("Viet Nam", "Vietnam|Viet Nam", "فيتنام|فيتنام"),
    "LA": ("Lao PDR", "Laos", "لاوس"),
    "BO": ("Plurinational State of Bolivia", "Bolivie", "بوليفيا"),
    "VE": ("Bolivarian Republic of Venezuela", "Venezuela", "فنزويلا"),
    "TZ": ("United Republic of Tanzania", "Tanzanie", "تنزانيا"),
    "GM": ("The Gambia", "Gambie", "جامبيا"),
    "BS": ("The Bahamas", "Bahamas", "البهاما|باهاماس"),
    "KG": ("Kyrgyz Republic|Kirghizia", "Kirghizistan", "قرغيزستان|قيرغيزيا"),
    "TM": ("Turkmenia", "Turkménie", "تركمنستان"),
    "TJ": ("Tadjikistan", "Tadjikistan", "طاجكستان"),
    "KZ": ("Kazakstan", "Kazakstan", "قازاقستان|كازخستان"),
    "UZ": ("Uzbekistan", "Ouzbékistan", "أوزباكستان"),
    "AF": ("Islamic Emirate of Afghanistan", "Afghanistan", "افغانستان"),
    "IQ": ("Republic of Iraq", "Iraq", "العراق"),
    "LY": ("Libyan Arab Jamahiriya", "Libye", "ليبيا"),
    "EG": ("Arab Republic of Egypt", "République arabe d'Égypte", "جمهورية مصر العربية"),
    "MA": ("Kingdom of Morocco", "Royaume du Maroc", "المملكة المغربية"),
    "JO": ("Hashemite Kingdom of Jordan", "Royaume hachémite de Jordanie", "المملكة الأردنية الهاشمية|المملكة الأردنية"),
    "DZ": ("People's Democratic Republic of Algeria", "République algérienne", "الجمهورية الجزائرية"),
    "BH": ("Kingdom of Bahrain", "Bahrein", "مملكة البحرين"),
    "YE": ("Republic of Yemen", "Yemen", "الجمهورية اليمنية"),
    "SD": ("Republic of the Sudan|the Sudan", "Soudan", "جمهورية السودان"),
    "MR": ("Islamic Republic of Mauritania", "Mauritanie", "موريتانيا"),
    "CF": ("CAR|Central African Rep.", "Centrafrique|RCA", "أفريقيا الوسطى|إفريقيا الوسطى"),
    "ZA": ("Republic of South Africa", "République sud-africaine", "جنوب إفريقيا"),
    "DK": ("Denmark", "Danemark", "الدنمارك|الدنمرك"),
    "HU": ("Hungary", "Hongrie", "المجر"),
    "IS": ("Iceland", "Islande", "أيسلندا|ايسلندا"),
    "IE": ("Eire|Republic of Ireland", "Irlande", "إيرلندا|ايرلندا"),
    "SG": ("Singapore", "Singapour", "سنغافورة|سنغافوره"),
    "PH": ("the Philippines", "Philippines", "الفليبين"),
    "BA": ("Bosnia and Herzegovina|Bosnia", "Bosnie", "البوسنة"),
    "AG": ("Antigua and Barbuda", "Antigua-et-Barbuda", "أنتيغوا وباربودا"),
    "KN": ("Saint Kitts and Nevis", "Saint-Kitts-et-Nevis", "سانت كيتس ونيفيس"),
    "LC": ("Saint Lucia", "Sainte-Lucie", "سانت لوسيا"),
    "VC": ("Saint Vincent and the Grenadines", "Saint-Vincent-et-les-Grenadines", "سانت فنسنت والغرينادين"),
    "ST": ("Sao Tome and Principe", "São Tomé-et-Príncipe", "ساو تومي وبرينسيب"),
    "TT": ("Trinidad and Tobago", "Trinité-et-Tobago", "ترينيداد وتوباغو"),
    "XK": ("Republic of Kosovo", "République du Kosovo", "كوسوفا"),
    "ET": ("Ethiopia", "Éthiopie", "اثيوبيا"),
    "ER": ("Eritrea", "Érythrée", "ارتريا|إرتريا"),
    "NG": ("Nigeria", "Nigéria", "نيجيريا"),
    "ES": ("Spain", "Espagne", "اسبانيا"),
    "IT": ("Italy", "Italie", "ايطاليا"),
    "AU": ("Australia", "Australie", "استراليا"),
    "AT": ("Austria", "Autriche", "النمسا"),
    "GR": ("Hellenic Republic", "Grèce", "اليونان"),
    "NZ": ("Aotearoa", "Nouvelle Zélande", "نيوزيلاندا"),
    "MX": ("United Mexican States", "Mexique", "المكسيك"),
    "KW": ("State of Kuwait", "Koweït", "دولة الكويت"),
    "QA": ("State of Qatar", "Qatar", "دولة قطر"),
    "OM": ("Sultanate of Oman", "Sultanat d'Oman", "سلطنة عمان"),
    "LB": ("Lebanese Republic", "République libanaise", "لبنان"),
    "TN": ("Tunisian Republic", "République tunisienne", "الجمهورية التونسية"),
    "HN": ("Honduras", "Honduras", "الهندوراس"),
    "KH": ("Kampuchea", "Cambodge", "كمبوديا"),
    "SS": ("Republic of South Sudan", "Sud-Soudan", "دولة جنوب السودان"),
    "UA": ("the Ukraine", "Ukraine", "اوكرانيا"),
    "SE": ("Sweden", "Suède", "السويد"),
    "NO": ("Norway", "Norvège", "النرويج"),
    "FI": ("Finland", "Finlande", "فنلندا"),
    "MU": ("Mauritius", "île Maurice|Ile Maurice", "موريشيوس"),
}

# more Arabic spellings of Latin-script names (غ/ج for g, with and without the article)
_MORE_AR = {
    "UY": "أوروغواي|الأوروغواي|أوروجواي|الأورغواي|الأوروجواي", "PY": "باراجواي|الباراغواي|الباراجواي",
    "GT": "جواتيمالا", "NI": "نيكاراجوا", "GB": "إنجلترا|إنكلترا|انجلترا", "NL": "هولاندا",
    "DK": "الدانمارك|الدانمرك", "FI": "فنلنده", "MT": "مالطة", "LK": "سري لانكا",
    "BD": "بنجلاديش|بنغلادش", "TH": "تايلاندا", "VN": "فييتنام", "CL": "شيلي", "AO": "أنجولا",
    "LU": "لوكسمبورج", "DO": "الدومينيكان", "MW": "مالاوي",
}
for _iso, _ar in _MORE_AR.items():
    _en, _fr, _cur = VARIANTS.get(_iso, ("", "", ""))
    VARIANTS[_iso] = (_en, _fr, "|".join(v for v in (_cur, _ar) if v))

# Names that are also common first names (or other things): in English and French they
# do not match when a capitalised word stands right before or after them ("Jordan
# Peterson", "Maurice Papon", "George Washington") unless that word starts another match.
FIRST_NAMES = {"JO": "Jordan", "TD": "Chad", "MU": "Maurice", "GE": "Georgia", "IL": "Israel"}

# Arabic names that are also common words: matched only with a clitic or after a
# locative/"country" cue (flag "weak" in the TSV, column 10).
WEAK_AR = {"ML": "مالي", "BJ": "بنين", "OM": "عمان"}


def _clean(name: str) -> tuple[str, list[str]]:
    """Split CLDR short names like "Myanmar (Burma)" into label + variants."""
    extra = []
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        name, inner = m.group(1), m.group(2)
        extra.append(inner)
    if " & " in name:
        extra.append(name)
        name = name.replace(" & ", " and ")
    name = name.replace("’", "'")
    return name, extra


def build(out: Path) -> int:
    loc = {lang: babel.Locale(lang).territories for lang in ("en", "fr", "ar")}
    rows = []
    for status, codes in (("member", UN_MEMBERS), ("observer", OBSERVERS), ("other", OTHERS)):
        for iso in codes:
            names, variants = {}, {"en": [], "fr": [], "ar": []}
            for i, lang in enumerate(("en", "fr", "ar")):
                cldr, extra = _clean(loc[lang][iso])
                label = LABELS.get(iso, (None, None, None))[i] or cldr
                names[lang] = label
                variants[lang] += [cldr] + extra
            pc = pycountry.countries.get(alpha_2=iso)
            alpha3 = ""
            if pc is not None:
                alpha3 = pc.alpha_3
                for attr in ("name", "common_name", "official_name"):
                    v = getattr(pc, attr, None)
                    if v and "," not in v:
                        variants["en"].append(v)
            cur = VARIANTS.get(iso)
            if cur:
                for i, lang in enumerate(("en", "fr", "ar")):
                    variants[lang] += [v for v in cur[i].split("|") if v]
            cols = []
            for lang in ("en", "fr", "ar"):
                seen, keep = {names[lang].lower()}, []
                for v in variants[lang]:
                    v = v.replace("’", "'").strip()
                    if v and v.lower() not in seen:
                        seen.add(v.lower())
                        keep.append(v)
                cols.append("|".join(keep))
            weak = WEAK_AR.get(iso, "")
            rows.append([iso, names["en"], names["fr"], names["ar"], *cols, status, alpha3, weak,
                         FIRST_NAMES.get(iso, "")])
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["iso", "en", "fr", "ar", "variants_en", "variants_fr", "variants_ar",
                    "un", "alpha3", "weak_ar", "first_name"])
        w.writerows(rows)
    return len(rows)




# --------------------------------------------------------------------------- subdivisions
# ISO 3166-2 subdivisions (pycountry) of countries often in human-rights news, with the
# administrative suffix removed ("Mangghystaū oblysy" -> "Mangghystaū"), matched in Latin
# script (en/fr) below the curated ``regions.tsv``. Generic names ("Centre", "North") and
# names shared by two countries ("Punjab") are left out.
SUBDIVISION_COUNTRIES = """
KZ RU CN UA BY SY IQ MM SD SS AF LY YE ET NG ML PK IR TR GE AZ AM PS LB EG SO CD CM BF NE
VE HN CU NI MX CO BR PH ID IN BD LK TH VN KH LA KP UZ KG TJ TM SA BH TN DZ MA MR TD CF ER
KE RW BI ZW MZ SN
""".split()
_SUFFIXES = [
    " oblysy", " oblast'", " oblast", " voblasć", " Sheng", " Shi", " Zizhiqu",
    " Uygur Zizhiqu", " Huizu Zizhiqu", " Zhuangzu Zizhiqu", ", Respublika", " Respublikasi",
    " kray", " avtonomnyy okrug", " avtonomnaya oblast'", " Governorate", " Province",
    " SAR", " [city]", " District", " Region", " State", " viloyati", " welaýaty",
]
_GENERIC = set("""
Centre Center Central North South East West Est Nord Sud Ouest Sahel Plateau Delta Valle
Bari Bay Mon Chin Sucre Lagos Capital Coast Eastern Western Northern Southern Littoral
Federal Islands Island Lakes Lake River Mountain Upper Lower Middle Far Autonomous
Amazonas Granma Oriental Occidental Atlantique Atlantic Pacifique Pacific Kasaï Shan
Niger Bamako Abuja Kinshasa Jerusalem Jerusalem Dimashq Tehran Kabul Damascus Baghdad
Ankara Cairo Beijing Moskva Minsk Tashkent Bishkek Dushanbe Ashgabat Khartoum Sanaa
Guerrero Hidalgo Morelos Aurora Rivers Tabasco Chihuahua Meta Santander Magdalena Cesar
Córdoba Miranda Lara Falcón Trujillo Cortés León Granada Rivas Van Batman Volta Bono
Savannah Montagnes Savanes Lacs Cascades Saint-Louis Colón Mali Taiwan Kirov Lagunes
Boucle Punjab Acre Para Bolívar Guatemala Panamá Mexico México Distrito Maria Santa
Mary Midlands Mila Mascara Constantine Balkan Unity Red Blue White Afar
""".split())
_GENERIC_FOLDED = {unicodedata.normalize("NFKD", g).encode("ascii", "ignore").decode().lower()
                   for g in _GENERIC}


def _clean_subdivision(name: str) -> str:
    name = re.sub(r"\s*\[.*?\]", "", name)
    changed = True
    while changed:
        changed = False
        for suf in sorted(_SUFFIXES, key=len, reverse=True):
            if name.endswith(suf) and len(name) > len(suf) + 2:
                name = name[: -len(suf)]
                changed = True
    return name.strip(" ,")


def build_subdivisions(out: Path, regions: Path) -> int:
    curated = set()
    if regions.exists():
        for row in csv.DictReader((ln for ln in regions.open(encoding="utf-8")
                                   if not ln.startswith("#")), delimiter="\t"):
            curated.add(row["code"])
    rows, seen = [], {}
    for cc in SUBDIVISION_COUNTRIES:
        for s in pycountry.subdivisions.get(country_code=cc) or []:
            if s.parent_code is not None or s.code in curated:
                continue
            name = _clean_subdivision(s.name)
            folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
            if len(name) < 4 or folded in _GENERIC_FOLDED or \
                    folded.split()[0] in _GENERIC_FOLDED:
                continue
            seen.setdefault(name.lower(), []).append(s.code)
            rows.append([s.code, cc, name, s.type])
    rows = [r for r in rows if len(seen[r[2].lower()]) == 1]
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# GENERATED by build_countries.py from pycountry (ISO 3166-2); curated units are in"
                 " regions.tsv.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "parent", "name", "type"])
        w.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    here = Path(__file__).parent
    n = build(here / "countries.tsv")
    print(f"wrote {n} countries")
    n = build_subdivisions(here / "subdivisions.tsv", here / "regions.tsv")
    print(f"wrote {n} subdivisions")
