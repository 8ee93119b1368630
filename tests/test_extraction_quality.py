"""Extraction quality on the hand-made gold (tests/gold) and checks on the seeds.

The floors sit a little below the figures measured when they were set; raise them as the
extractor improves, never lower them to make a change pass.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from rightsgraph.loaders.evaluate import DEFAULT_GOLD, SHARED, evaluate, principal

HAVE_SHARED = (SHARED / "seeds").is_dir() and (SHARED / "corpus").is_dir()
pytestmark = pytest.mark.skipif(not HAVE_SHARED, reason=f"shared documents not found in {SHARED}")

# measured F1 per language when the floors were set (see the report); floor = measured - ~0.03
F1_FLOOR = {"ar": 0.90, "fr": 0.88, "en": 0.92}  # fr/en: 0.904 / 0.941 after the fr/en fixes of 2026-11-21; ar: 0.927 with 5 own harder docs (was 0.908 on the old set); fr/en: gold grew by 6 harder dev documents (a3c2cba); on the previous set fr 0.887, en 0.942
NEGATIVES_ALLOWED = 0


@pytest.fixture(scope="module")
def result():
    return evaluate(DEFAULT_GOLD, verbose=False, stream=io.StringIO())


def test_gold_covers_every_document(result):
    names = set(result["documents"])
    assert sum(1 for n in names if n.startswith("seed_")) == 5
    for lang, count in (("ar", 14), ("fr", 8), ("en", 7)):
        assert sum(1 for n in names if n.startswith(f"{lang}_")) == count, lang
    assert sum(1 for n in names if n.startswith("own_en_")) >= 6


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_f1_per_language_does_not_regress(result, lang):
    p, r, f1, tp, fp, fn = result["languages"][lang]
    assert f1 >= F1_FLOOR[lang], f"{lang}: F1 {f1:.3f} < floor {F1_FLOOR[lang]} (P={p:.3f} R={r:.3f})"


def test_no_negative_fact_is_produced(result):
    assert len(result["negatives_violated"]) <= NEGATIVES_ALLOWED, result["negatives_violated"]


def _extract_seed(name):
    from rightsgraph.loaders.documents import read_path
    from rightsgraph.loaders.extract import extract
    doc = next(read_path(SHARED / "seeds" / name))
    return doc, extract(doc)


def test_seed_003_letter_is_one_joint_response():
    doc, x = _extract_seed("003_75a77eff23f1af0a.txt")
    letters = [r for r in x.responses if r.type == "DiplomaticAction" and len(r.agents) > 1]
    assert len(letters) == 1
    agents = {principal(a) for a in letters[0].agents}
    assert len(agents) >= 10
    assert "gov/CA" in agents
    assert "gov/US" not in agents
    for ev in letters[0].evidence:
        assert doc.text[ev.start:ev.end] == ev.text


def test_seed_002_countries_hosting_protests_are_not_protesters():
    _, x = _extract_seed("002_9ea306fe72c19b93.txt")
    demonstrators = {principal(a) for r in x.responses if r.type == "Demonstration" for a in r.agents}
    forbidden = {"gov/BE", "gov/CA", "gov/ES", "gov/FI", "gov/IT", "gov/NO", "gov/NL", "gov/SE",
                 "gov/UA", "gov/GB"}
    assert not demonstrators & forbidden
    assert "org/amnesty-international" in demonstrators


def test_seed_002_petition_quantity():
    _, x = _extract_seed("002_9ea306fe72c19b93.txt")
    quantities = [r.quantity for r in x.responses if r.type == "Petition" and r.quantity]
    assert any(q.value == 650000 and q.unit == "signatures" for q in quantities)


# The held-out documents (tests/heldout) became development data on 2026-11-21; their fr/en
# figures must not fall back either (measured fr 0.927, en 0.932 when set).
HELDOUT_F1_FLOOR = {"fr": 0.90, "en": 0.91}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_heldout_dev_f1_does_not_regress(lang):
    result = evaluate(DEFAULT_GOLD.parent / "heldout" / "gold", verbose=False, stream=io.StringIO())
    p, r, f1, tp, fp, fn = result["languages"][lang]
    assert f1 >= HELDOUT_F1_FLOOR[lang], f"{lang}: held-out F1 {f1:.3f} (P={p:.3f} R={r:.3f})"


# tests/blind2 and tests/blind3 became development data in session 3 (blind3 after its third
# measurement); floors = measured at 707ec7c - ~0.03 (blind2 ar is low because its gold places
# two documents at sub-national regions without a government: 0.97 with --places country)
DEV_SET_F1_FLOOR = {
    # floors = F1 at the end of session 7's round (see its closing commit) - ~0.03, never lowered;
    # blind2..blind9 were development data in sessions 2-5; blind10..blind13 were measured once blind
    # at 52b982e (session 5: ar .72/.78/.59/.59, fr .71/.51/.58/.65, en .51/.77/.72/.69);
    # blind14/blind15 were measured once blind at 4a546ef (session 6: ar .742/.600, fr .436/.667,
    # en .733/.539); blind16/blind17 were measured once blind at d66bcf2 (start of session 7: ar .714/.771,
    # fr .453/.391, en .594/.707); blind18..blind21 were measured once blind at 9e40def (end of
    # session 7's round: ar .433/.649/.635/.667, fr .681/.545/.746/.638, en .729/.636/.636/.387);
    # blind22..blind27 were measured once blind at ff87689 (end of session 8's round 8: ar
    # .452/.462/.705/.809/.694/.356, fr .685/.481/.639/.644/.740/.413, en .684/.797/.681/.800/.659/.526;
    # their floors are those figures - ~0.03); blind28/blind29 were measured once blind at 4bc8a91
    # (end of round 8b: ar .651/.725, fr .737/.585, en .442/.678);
    # blind30..blind35 were measured once blind at 53f42eb (end of session 9's round 9: ar
    # .717/.774/.765/.591/.736/.723, fr .712/.232/.652/.716/.635/.765, en
    # .494/.455/.701/.684/.705/.736);
    # blind36..blind41 were measured once blind at c77e52a (end of session 10's round 10, landed in
    # session 11: ar .568/.881/.519/.659/.488/.588,
    # fr .709/.759/.444/.667/.611/.602,
    # en .523/.667/.565/.559/.634/.613); all are development data since
    "blind2": {"ar": 0.63, "fr": 0.88, "en": 0.87},
    "blind3": {"ar": 0.92, "fr": 0.91, "en": 0.88},
    "blind4": {"ar": 0.86, "fr": 0.91, "en": 0.89},
    "blind5": {"ar": 0.87, "fr": 0.87, "en": 0.89},
    "blind6": {"ar": 0.76, "fr": 0.73, "en": 0.82},
    "blind7": {"ar": 0.86, "fr": 0.79, "en": 0.83},
    "blind8": {"ar": 0.80, "fr": 0.77, "en": 0.72},
    "blind9": {"ar": 0.86, "fr": 0.69, "en": 0.82},
    "blind10": {"ar": 0.74, "fr": 0.80, "en": 0.73},
    "blind11": {"ar": 0.78, "fr": 0.63, "en": 0.76},
    "blind12": {"ar": 0.82, "fr": 0.66, "en": 0.77},
    "blind13": {"ar": 0.58, "fr": 0.68, "en": 0.69},
    "blind14": {"ar": 0.76, "fr": 0.74, "en": 0.73},
    "blind15": {"ar": 0.73, "fr": 0.70, "en": 0.73},
    "blind16": {"ar": 0.72, "fr": 0.70, "en": 0.63},
    "blind17": {"ar": 0.77, "fr": 0.67, "en": 0.68},
    "blind18": {"ar": 0.40, "fr": 0.65, "en": 0.70},
    "blind19": {"ar": 0.62, "fr": 0.51, "en": 0.60},
    "blind20": {"ar": 0.60, "fr": 0.71, "en": 0.60},
    "blind21": {"ar": 0.63, "fr": 0.60, "en": 0.35},
    "blind22": {"ar": 0.42, "fr": 0.65, "en": 0.65},
    "blind23": {"ar": 0.43, "fr": 0.45, "en": 0.76},
    "blind24": {"ar": 0.67, "fr": 0.60, "en": 0.65},
    "blind25": {"ar": 0.77, "fr": 0.61, "en": 0.77},
    "blind26": {"ar": 0.66, "fr": 0.71, "en": 0.62},
    "blind27": {"ar": 0.32, "fr": 0.38, "en": 0.49},
    "blind28": {"ar": 0.62, "fr": 0.70, "en": 0.41},
    "blind29": {"ar": 0.69, "fr": 0.55, "en": 0.64},
    "blind30": {"ar": 0.68, "fr": 0.68, "en": 0.46},
    "blind31": {"ar": 0.74, "fr": 0.20, "en": 0.42},
    "blind32": {"ar": 0.73, "fr": 0.62, "en": 0.67},
    "blind33": {"ar": 0.56, "fr": 0.68, "en": 0.65},
    "blind34": {"ar": 0.70, "fr": 0.60, "en": 0.67},
    "blind35": {"ar": 0.69, "fr": 0.73, "en": 0.70},
    "blind36": {"ar": 0.53, "fr": 0.67, "en": 0.49},
    "blind37": {"ar": 0.85, "fr": 0.72, "en": 0.63},
    "blind38": {"ar": 0.48, "fr": 0.41, "en": 0.53},
    "blind39": {"ar": 0.62, "fr": 0.63, "en": 0.52},
    "blind40": {"ar": 0.45, "fr": 0.58, "en": 0.60},
    "blind41": {"ar": 0.55, "fr": 0.57, "en": 0.58},
}


@pytest.mark.parametrize("name, lang", [(n, lang) for n in DEV_SET_F1_FLOOR for lang in ("ar", "fr", "en")])
def test_former_blind_sets_do_not_regress(name, lang):
    result = evaluate(DEFAULT_GOLD.parent / name / "gold", verbose=False, stream=io.StringIO())
    p, r, f1, tp, fp, fn = result["languages"][lang]
    assert f1 >= DEV_SET_F1_FLOOR[name][lang], f"{name} {lang}: F1 {f1:.3f} (P={p:.3f} R={r:.3f})"


def test_country_level_places_only_merge_sub_national_codes(tmp_path):
    # one gold fact at a sub-national place the extractor may give at country level:
    # exact scoring counts it as a miss plus a false positive, country scoring as a hit
    from rightsgraph.loaders.evaluate import country_level
    facts = {("gov/US", "Sanction", "SD-DARFUR"), ("gov/SD", "Denial", "SD"), ("gov/SD", "Denial", None)}
    assert country_level(facts) == {("gov/US", "Sanction", "SD"), ("gov/SD", "Denial", "SD"),
                                    ("gov/SD", "Denial", None)}
    exact = evaluate(DEFAULT_GOLD.parent / "heldout" / "gold", stream=io.StringIO())
    country = evaluate(DEFAULT_GOLD.parent / "heldout" / "gold", stream=io.StringIO(), places="country")
    assert country["overall"][3] >= exact["overall"][3]
    assert country["overall"][3] + country["overall"][5] <= exact["overall"][3] + exact["overall"][5]


def test_scoring_without_places_counts_a_fact_found_at_another_place(tmp_path):
    # evaluate --places none: a gold fact whose place the extractor reads otherwise is a miss plus
    # a false fact when places are compared, and a hit when they are left out
    import json

    from rightsgraph.loaders.evaluate import without_places
    assert without_places({("gov/FR", "Condemnation", "SY"), ("gov/FR", "Condemnation", None)}) == \
        {("gov/FR", "Condemnation", None)}
    (tmp_path / "tests" / "x" / "gold").mkdir(parents=True)
    (tmp_path / "tests" / "x" / "doc.txt").write_text(
        "France condemns arrests\n\nFrance condemned the arrest of dozens of journalists in Tunisia.",
        encoding="utf-8")
    gold = {"document": "x/doc.txt", "lang": "en", "negatives": [],
            "facts": [{"agent": "gov/FR", "type": "Condemnation", "place": "MA", "note": "a place the text does not give"}]}
    (tmp_path / "tests" / "x" / "gold" / "doc.json").write_text(json.dumps(gold), encoding="utf-8")
    exact = evaluate(tmp_path / "tests" / "x" / "gold", stream=io.StringIO())
    unplaced = evaluate(tmp_path / "tests" / "x" / "gold", stream=io.StringIO(), places="none")
    assert exact["overall"][3:] == (0, 1, 1)
    assert unplaced["overall"][3:] == (1, 0, 0)


def test_agreement_scores_a_second_annotation_instead_of_the_extractor(tmp_path):
    # evaluate --against DIR: a second annotator's files, scored like the extractor's output
    import io
    import json
    import shutil

    from rightsgraph.loaders.evaluate import evaluate

    gold_dir = Path(__file__).resolve().parent / "blind3" / "gold"
    first = sorted(gold_dir.glob("*.json"))[0]
    one = tmp_path / "gold"
    one.mkdir()
    shutil.copy(first, one / first.name)
    facts = json.loads(first.read_text(encoding="utf-8"))["facts"]
    second = [dict(f) for f in facts[1:]]               # one fact left out ...
    second[0]["type"] = "Petition" if second[0]["type"] != "Petition" else "Report"   # ... one retyped
    (tmp_path / "second").mkdir()
    (tmp_path / "second" / first.name).write_text(json.dumps({"facts": second}), encoding="utf-8")
    result = evaluate(one, stream=io.StringIO(), against=tmp_path / "second")
    p, r, f, tp, fp, fn = result["overall"]
    assert (tp, fp, fn) == (len(facts) - 2, 1, 2)
    assert result["seconds"] == 0.0                      # the extractor did not run
