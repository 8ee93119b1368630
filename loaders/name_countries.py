"""A country or a state body named inside another actor's name.

The gazetteer finds "Suisse" in "Greenpeace Suisse" and "Congress" in "All People's Congress"
or "National Democratic Congress": the country names a national section of an organisation
the gazetteer does not list, the body word ends a party's name. Left as they are, the
country's government or the US Congress takes the acts of the organisation or the party.

French / English only (Arabic writes no capitals): a government or a state body mention
right after a run of capitalised words that no other mention covers ("Greenpeace",
"All People's", "National Democratic") becomes one mention of an organisation named by those
words: "Greenpeace Suisse" -> org/greenpeace (its national section), "All People's Congress"
-> org/all-peoples-congress (the whole name). The country stays an actor when a state body
follows it ("... Kenya police"), when the word before is a function word, a title or a date
("In Kenya", "President Ruto", "Friday Kenya"), and when a state word precedes the body
("US Congress", "le Congrès américain").
"""

from __future__ import annotations

import re
from dataclasses import replace

# a capitalised word of a name ("Greenpeace", "People's", "Médecins"), in the original text
_NAME_WORD = r"[A-Z\u00C0-\u00DE][\w\u00C0-\u024F-]*(?:['\u2019]s)?"
# one to four capitalised words (linked by "of", "for", "de", "du", "des", "sans") right
# before the mention, separated from it by one space
_NAME_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(" + _NAME_WORD
    + r"(?:\s+(?:(?:of|for|and|de|du|des|sans|et)\s+)?" + _NAME_WORD + r"){0,3}) $")
# words that open no name (function words, titles, days, months): cut off the front
_NOT_NAME = frozenset("""
a an the in at on of for to and or with from against over by after before since during as
le la les l un une des du de d en au aux à et ou pour contre sur avec depuis selon par dans chez vers via
mr mrs ms dr prof m. mme me mgr sir lord
president presidente prime minister ministre premier premiere king roi queen reine general
sheikh emir chief chef head leader spokesman spokeswoman
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
january february march april may june july august september october november december
janvier fevrier février mars avril mai juin juillet aout août septembre octobre novembre decembre décembre
""".split())
# state words: a name made of these only is the state's own body ("National Congress", "US Congress")
_STATE_WORDS = frozenset("""
us u.s. uk american americain américain federal fédéral national nationale state etat état
north south east west nord sud est ouest new grand great general supreme people's peoples
""".split())
# a state body (or its members) right after the country: the country stays an actor
_STATE_AFTER = re.compile(
    r"\s*(?:['\u2019]s\s+)?(?:police|army|government|authorities|forces|military|security|ministry|"
    r"embassy|armed|troops|autorit|gouvernement|arm[ée]e|polic|minist|ambassade|forces|s[ée]curit)", re.I)
# a sentence (or a quotation) opens right before: its first word is capitalised anyway
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n:]\s*|[\"\u201c\u00ab(]\s*)$")
# "Greenpeace Suisse, qui ...", "Greenpeace Norway, which ...": the name described as an actor
_APPOSITION_AFTER = re.compile(r",\s+(?:qui|which|who|a|an|the|un|une|l'|la|le|les|one|l\u2019)\s", re.I)
# the body words that end a party's or an association's name
_NAME_BODIES = re.compile(r"(?:congress|congr[eè]s|assembly|assembl[ée]e|council|conseil|parliament|parlement)$", re.I)


def _slug(name: str) -> str:
    import unicodedata
    name = re.sub(r"['\u2019]s\b", "s", name)
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _name_before(text: str, start: int, covered) -> int | None:
    """Start of the capitalised name that ends one space before ``start`` in ``text``, its
    leading function / title / date words and mentioned words (``covered(a, b)``: "Ghana's")
    left out; None when no word of a name is left."""
    found = _NAME_BEFORE.search(text, max(0, start - 80), start)
    if found is None:
        return None
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[found.start(1):start])]
    words = [(found.start(1) + a, found.start(1) + b) for a, b in words]
    last = text[words[-1][0]:words[-1][1]]
    if re.sub(r"['\u2019]s$", "", last).lower() in _NOT_NAME or covered(*words[-1]):
        return None
    while words and (text[words[0][0]:words[0][1]].lower() in _NOT_NAME or covered(*words[0])
                     or any(covered(*w) for w in words[1:])):
        words = words[1:]
    if all(text[a:b].lower() in _STATE_WORDS | _NOT_NAME for a, b in words):
        return None
    return words[0][0] if words else None


def names_with_countries(mentions, text: str, pos, lang: str, remember):
    """Join a country or a body word that ends an organisation's name to that name.

    Parameters
    ----------
    mentions : list
        Mentions in text order (``_M``-like, normalised-text offsets).
    text : str
        The original text (its capitals tell a name).
    pos : Positions
        Offsets between the original and the normalised text.
    lang : str
        "fr" or "en" (other languages: ``mentions`` unchanged).
    remember : callable
        ``remember(key, kind, label)``: record an actor met first in this text.

    Returns
    -------
    list
        The mentions, "<Name> <Country>" one mention of the organisation ``org/<name>``
        (kind NGO) and "<Name> Congress" one of ``org/<name> congress`` (kind Group).

    """
    if lang not in ("fr", "en"):
        return mentions
    out = list(mentions)
    spans = [(pos.to_text(m.start), pos.to_text(m.end)) for m in mentions]

    def covered(a, b):
        return any(s < b and a < e for s, e in spans)

    for i, m in enumerate(mentions):
        country = m.kind == "Government" and m.key.startswith("gov/") and m.key.count("/") == 1 and m.form == "name"
        body = m.kind == "GovernmentBody" and _NAME_BODIES.search(m.surface) is not None \
            and m.surface[:1].isupper() and len(m.surface.split()) == 1
        if not (country or body) or not m.surface[:1].isupper():
            continue
        start, end = pos.to_text(m.start), pos.to_text(m.end)
        if start < 2 or text[start - 1] != " ":
            continue
        if country and _STATE_AFTER.match(text, end):
            continue
        a = _name_before(text, start, covered)
        if a is None:
            continue
        name = text[a:start - 1]
        if " " not in name and _OPENS_SENTENCE.search(text, max(0, a - 4), a) and not _APPOSITION_AFTER.match(text, end):
            continue    # "Outside Sri Lanka", "Neighbouring Kenya": a sentence's first word tells no name
        if country:
            key, kind, label = "org/" + _slug(name), "NGO", name
        else:
            key, kind, label = "org/" + _slug(name + " " + m.surface), "Group", name + " " + m.surface
        remember(key, kind, label)
        out[i] = replace(m, start=pos.to_norm(a), key=key, kind=kind, form="name", place_key=None,
                         preposition=None, surface=text[a:end])
    return out
