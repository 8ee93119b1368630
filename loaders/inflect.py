"""Lemma cues: one table word ``~lemma`` typed as every form a news text uses.

A cue alternative of a response or modality table may name a verb by its lemma with a
leading ``~`` (``~inviter .. a``, ``~s'inquieter``, ``~urge .. to``, ``~call on``); at
table-load time :func:`expand` replaces it by one alternative per form, the other words of
the alternative unchanged. A leading ``~~`` also types the bare past participle (every
agreement in French), which reads as a passive or an adjective ("condamnés à", "banned")
and is wanted only where the table says so.

French (text matched lower-cased without accents, so "dénonçait" is "denoncait"):
present 3sg, 3pl and 1pl; imparfait, futur and conditionnel (3sg, 3pl); infinitive;
present participle; the compound tenses with a, ont, avait, avaient, aura, auront, aurait,
auraient, avons (pronominal verbs: s'est, se sont, s'etait, s'etaient, se serait,
se seraient, nous sommes, with the participle's four agreements); the pronoun se / s'
before every simple form of a pronominal verb. English: base, -s, past, past participle,
-ing, and "has / have / had" before a past participle that differs from the past.

Regular conjugation is code (first-group -er, second-group -ir, -dre verbs; English -s,
-ed, -ing); every other verb is a row of ``lang/<code>/verbs.tsv`` (data). Expansion runs
once per table load (:func:`get_cues` is cached), so matching costs nothing more than the
same forms typed by hand.

Examples
--------
>>> expand("~inviter .. a", "fr")[:4]
['invite .. a', 'invitent .. a', 'invitons .. a', 'invitait .. a']
>>> "s'est felicitee de" in expand("~se feliciter de", "fr")
True
>>> sorted(expand("~deny", "en"))
['denied', 'denies', 'deny', 'denying']
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..ontology.errors import RightsgraphError
from .lang.en.normalize import normalize as _normalize

LANG_DIR = Path(__file__).parent / "lang"
MARK = "~"

_FR_AUX = ("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "avons")
_FR_REFLEXIVE_AUX = ("s'est", "se sont", "s'etait", "s'etaient", "se serait", "se seraient", "nous sommes")
_FR_COLUMNS = ("pres3sg", "pres3pl", "pres1pl", "imparfait", "futur", "participle", "pp")
_EN_COLUMNS = ("third", "past", "pp", "ing")


class InflectionError(RightsgraphError):
    """A lemma cue that cannot be conjugated (unknown verb class, bad table row)."""


@lru_cache(maxsize=None)
def irregular(lang: str) -> dict:
    """``{lemma: {column: form}}`` of ``lang/<lang>/verbs.tsv`` (unaccented, lower case).

    Columns: French ``lemma pres3sg pres3pl pres1pl imparfait futur participle pp`` (the
    imparfait and futur in the 3sg); English ``lemma third past pp ing``. An empty or
    ``-`` cell keeps the regular form; ``!`` drops the form, for a form that is mostly a
    noun or an adjective in news text ("manifestant", "protestant", "menacant").
    """
    path = LANG_DIR / lang / "verbs.tsv"
    if not path.exists():
        return {}
    columns = _FR_COLUMNS if lang == "fr" else _EN_COLUMNS
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [_fold(c.strip()) for c in line.split("\t")]
        if len(cells) > len(columns) + 1:
            raise InflectionError(f"{path}: too many columns in {line!r}")
        out[cells[0]] = {col: cell for col, cell in zip(columns, cells[1:]) if cell and cell != "-"}
    return out


def _fold(word: str) -> str:
    """Lower case without accents, as the French and English texts are matched."""
    return _normalize(word)


def _fr_regular(lemma: str) -> dict:
    """The principal forms of a regular French verb (see :data:`_FR_COLUMNS`)."""
    if lemma.endswith("er"):
        stem = lemma[:-2]
        soft = stem + "e" if stem.endswith("g") else stem      # mangeons, mangeait, mangeant
        return {"pres3sg": stem + "e", "pres3pl": stem + "ent", "pres1pl": soft + "ons",
                "imparfait": soft + "ait", "futur": lemma + "a", "participle": soft + "ant",
                "pp": stem + "e"}
    if lemma.endswith("ir"):
        stem = lemma[:-2]
        return {"pres3sg": stem + "it", "pres3pl": stem + "issent", "pres1pl": stem + "issons",
                "imparfait": stem + "issait", "futur": lemma + "a", "participle": stem + "issant",
                "pp": stem + "i"}
    if lemma.endswith("dre"):
        stem = lemma[:-2]
        return {"pres3sg": stem, "pres3pl": stem + "ent", "pres1pl": stem + "ons",
                "imparfait": stem + "ait", "futur": stem + "ra", "participle": stem + "ant",
                "pp": stem + "u"}
    raise InflectionError(f"no conjugation for the French verb {lemma!r}: add it to fr/verbs.tsv")


def _agreements(pp: str) -> list:
    """The four agreements of a French past participle ("ouvert" -> ouverte, ouverts...)."""
    if pp.endswith("s"):
        return [pp, pp + "e", pp + "es"]
    return [pp, pp + "e", pp + "s", pp + "es"]


def french_forms(lemma: str, bare_participle: bool = False) -> list:
    """Every form of the French verb ``lemma`` (``"s'inquieter"`` / ``"se feliciter"``
    for a pronominal verb), first the simple forms, then the compound ones."""
    lemma = _fold(lemma)
    reflexive = lemma.startswith(("s'", "se "))
    verb = lemma[2:] if lemma.startswith("s'") else lemma[3:] if reflexive else lemma
    forms = dict(_fr_regular(verb)) if verb.endswith(("er", "ir", "dre")) else {}
    forms.update(irregular("fr").get(verb, {}))
    if len(forms) < len(_FR_COLUMNS):
        raise InflectionError(f"no conjugation for the French verb {verb!r}: add it to fr/verbs.tsv")
    imparfait, futur = forms["imparfait"], forms["futur"]
    simple = [forms["pres3sg"], forms["pres3pl"], forms["pres1pl"], imparfait, imparfait[:-1] + "ent",
              futur, futur[:-1] + "ont", futur + "it", futur + "ient", verb, forms["participle"]]
    agreed = _agreements(forms["pp"])
    if reflexive:
        pronoun = "s'" if verb[:1] in "aeiouyh" else "se "
        out = [pronoun + form for form in simple if not form.endswith("ons")]
        out += [form for form in simple if form.endswith("ons")]
        out += [aux + " " + pp for aux in _FR_REFLEXIVE_AUX for pp in agreed]
    else:
        out = simple + [aux + " " + forms["pp"] for aux in _FR_AUX]
    if bare_participle:
        out += agreed
    return list(dict.fromkeys(form for form in out if not form.endswith("!")))


def _en_regular(lemma: str) -> dict:
    """The principal forms of a regular English verb (see :data:`_EN_COLUMNS`)."""
    consonant_y = lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u")
    if consonant_y:
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    else:
        third = lemma + "es" if lemma.endswith(("s", "x", "z", "ch", "sh", "o")) else lemma + "s"
        past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        ing = lemma[:-1] + "ing"
    else:
        ing = lemma + "ing"
    return {"third": third, "past": past, "pp": past, "ing": ing}


def english_forms(lemma: str, bare_participle: bool = False) -> list:
    """Every form of the English verb ``lemma``: base, -s, past, -ing, and the past
    participle after has / have / had (alone too with ``bare_participle``) when it is
    not the past."""
    lemma = _fold(lemma)
    forms = _en_regular(lemma)
    forms.update(irregular("en").get(lemma, {}))
    out = [lemma, forms["third"], forms["past"], forms["ing"]]
    if forms["pp"] != forms["past"]:
        out += [aux + " " + forms["pp"] for aux in ("has", "have", "had")]
        if bare_participle:
            out.append(forms["pp"])
    return list(dict.fromkeys(out))


def expand(alternative: str, lang: str) -> list:
    """The alternatives a cue alternative stands for: itself when it has no ``~`` word,
    else one per form of each ``~lemma`` word (a pronominal French lemma is written
    ``~s'inquieter`` or ``~se feliciter``: the ``se`` belongs to the lemma)."""
    if MARK not in alternative:
        return [alternative]
    words = alternative.split()
    for i, word in enumerate(words):
        if not word.startswith(MARK):
            continue
        bare = word.startswith(MARK * 2)
        lemma, after = word.lstrip(MARK), i + 1
        if lemma == "se" and i + 1 < len(words):       # "~se feliciter de"
            lemma, after = "se " + words[i + 1], i + 2
        if lang == "fr":
            forms = french_forms(lemma, bare)
        elif lang == "en":
            forms = english_forms(lemma, bare)
        else:
            raise InflectionError(f"no inflection of {lang!r} lemma cues ({alternative!r})")
        head, tail = " ".join(words[:i]), words[after:]
        out = []
        for form in forms:
            rest = " ".join(tail)
            out.extend(expand(" ".join(p for p in (head, form, rest) if p), lang))
        return out
    return [alternative]


_FR_REFLEXIVE_HEADS = ("s'est ", "s'etait ", "s'etaient ", "se sont ")


def incise(alternative: str):
    """French: the alternative with an incise between a reflexive auxiliary and the rest
    ("s'est dit .. preoccupe*" -> "s'est, .. dit .. preoccupe*" for « Washington s'est, de
    son côté, dit « préoccupé » »), or None. Only the reflexive auxiliaries: their
    second word ("est", "sont") lets the scanner reject most positions at once."""
    for head in _FR_REFLEXIVE_HEADS:
        if alternative.startswith(head) and not alternative[len(head):].startswith(".."):
            return head[:-1] + ", .. " + alternative[len(head):]
    return None


def expand_rows(rows, lang: str) -> list:
    """``(alternative, rest)`` rows of a table with every lemma alternative expanded
    (:func:`expand`) and, in French, every reflexive compound also with an incise
    (:func:`incise`); an alternative listed twice for the same columns is kept once."""
    out, seen = [], set()
    for alternative, rest in rows:
        forms = expand(alternative, lang)
        if lang == "fr":
            forms += [f for f in map(incise, forms) if f]
        for form in forms:
            key = (form, tuple(rest))
            if key not in seen:
                seen.add(key)
                out.append((form, rest))
    return out
