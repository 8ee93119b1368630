"""English keys for French names of organisations the gazetteer does not list.

Keys of organisations are English (``org/<lowercase-hyphenated-english-name>``, SPEC and
tests/blind3/README.md "Conventions": "Parti démocrate" -> ``org/democratic-party-of-albania``),
so a French name built on a generic head noun is keyed by its English rendering: the head
("Association", "Syndicat", "Ligue"), its adjectives before it in reverse order (a demonym
in its English form), then its complement ("des journalistes" -> "of journalists", "des
droits de l'homme" -> "for human rights"):

- "l'Association canadienne des journalistes" -> ``canadian-association-of-journalists``
- "la Ligue sénégalaise des droits humains" -> ``senegalese-league-for-human-rights``
- "le Syndicat national des enseignants" -> ``national-union-of-teachers``

Only names whose every word is a head, a demonym, a function word or a word of
:data:`_WORDS` are rendered; any other word (a proper name, "wet'suwet'en", a word the
table lacks) leaves the French slug, which is the name's own spelling.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["english_slug"]

_HEADS = {
    "association": "association", "union": "union", "syndicat": "union", "ligue": "league",
    "federation": "federation", "confederation": "confederation", "reseau": "network",
    "coalition": "coalition", "alliance": "alliance", "collectif": "collective", "mouvement": "movement",
    "parti": "party", "front": "front", "observatoire": "observatory", "centre": "centre",
    "institut": "institute", "fondation": "foundation", "forum": "forum", "plateforme": "platform",
    "conseil": "council", "comite": "committee", "coordination": "coordination", "rassemblement": "rally",
    "congres": "congress", "organisation": "organisation", "ordre": "order", "barreau": "bar",
    "conference": "conference", "assemblee": "assembly", "eglise": "church",
}
# words of names (adjectives and nouns), singular and plural forms folded to one English word
_WORDS = {
    "national": "national", "nationale": "national", "nationaux": "national", "nationales": "national",
    "international": "international", "internationale": "international", "general": "general",
    "generale": "general", "independant": "independent", "independante": "independent",
    "libre": "free", "libres": "free", "democratique": "democratic", "democrate": "democratic",
    "democrates": "democrats", "populaire": "popular", "republicain": "republican",
    "republicaine": "republican", "socialiste": "socialist", "unifie": "unified", "unifiee": "unified",
    "patriotique": "patriotic", "progressiste": "progressive", "citoyen": "citizens", "citoyenne": "citizens",
    "autonome": "autonomous", "catholique": "catholic", "catholiques": "catholic", "islamique": "islamic",
    "protestante": "protestant", "evangelique": "evangelical", "africaine": "african", "africain": "african",
    "panafricaine": "pan-african", "africains": "african", "africaines": "african", "syndicale": "trade-union", "syndical": "trade-union",
    "journalistes": "journalists", "journaliste": "journalists", "avocats": "lawyers", "avocat": "lawyers",
    "juristes": "jurists", "magistrats": "magistrates", "enseignants": "teachers", "etudiants": "students",
    "eleves": "pupils", "femmes": "women", "jeunes": "youth", "jeunesse": "youth", "travailleurs": "workers",
    "paysans": "farmers", "agriculteurs": "farmers", "medecins": "doctors", "infirmiers": "nurses",
    "victimes": "victims", "familles": "families", "parents": "parents", "meres": "mothers",
    "disparus": "disappeared", "detenus": "detainees", "prisonniers": "prisoners", "refugies": "refugees",
    "migrants": "migrants", "editeurs": "publishers", "evenques": "bishops", "eveques": "bishops",
    "chefs": "chiefs", "chef": "chiefs", "traditionnels": "traditional", "coutumiers": "customary",
    "syndicats": "unions", "ecrivains": "writers", "artistes": "artists", "commercants": "traders",
    "transporteurs": "transporters", "chauffeurs": "drivers", "mineurs": "miners", "premieres": "first",
    "nations": "nations", "presse": "press", "medias": "media", "liberte": "freedom", "libertes": "freedoms",
    "justice": "justice", "paix": "peace", "democratie": "democracy", "developpement": "development",
    "solidarite": "solidarity", "verite": "truth", "dignite": "dignity", "sante": "health",
    "education": "education", "enseignement": "education", "superieur": "higher-education",
    "information": "information", "internet": "internet", "environnement": "environment",
    "terre": "land", "changement": "change", "renouveau": "renewal", "renaissance": "renaissance",
    "progres": "progress", "salut": "salvation", "defense": "defence", "promotion": "promotion",
    "protection": "protection", "sauvegarde": "safeguard", "lutte": "struggle", "corruption": "corruption",
    "torture": "torture", "peine": "penalty", "mort": "death", "prison": "prison", "prisons": "prisons",
    "societe": "society", "civile": "civil", "sud": "south", "nord": "north", "est": "east", "ouest": "west",
}
# "des droits de l'homme", "des droits humains": what a league or an association works for
_RIGHTS = re.compile(r"^(?:pour\s+la\s+(defense|promotion|protection)\s+|(?:de\s+)?(?:la\s+)?(?:defense|promotion|protection)\s+)?"
                     r"(?:des|pour les)\s+droits\s+"
                     r"(?:de\s+l'\s*homme|humains|de\s+la\s+personne)(?:\s+et\s+des\s+libertes)?$")
_LINK = re.compile(r"^(?:(?:de\s+la|du|des|de|pour\s+la|pour\s+le|pour\s+les|pour|contre\s+la|contre\s+le|"
                   r"contre\s+les|contre|sur\s+la|sur\s+le|sur\s+les|sur|en|au|aux|a\s+la|a)(?!\w)|de\s+l'|d'|"
                   r"pour\s+l'|contre\s+l')\s*")
_LINK_EN = {"pour": "for", "contre": "against", "sur": "on"}


def _fold(text):
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _demonyms():
    """French demonym forms -> English adjective, and one-word French country names -> English
    name, from the gazetteer tables."""
    from .gazetteer.table_loading import read_table
    from .gazetteer.word_forms import _fr_forms

    out = {}
    for r in read_table("countries.tsv"):       # "du Burundi", "en Côte d'Ivoire"
        if r.get("en") and r.get("fr"):
            out.setdefault(_fold(r["fr"]), r["en"].lower())
    for r in read_table("demonyms.tsv"):
        en = (r.get("en_adj") or "").strip()
        if not en:
            continue
        forms = _fr_forms(r.get("fr_masc") or "") + [v for v in (r.get("variants_fr") or "").split("|") if v]
        for f in forms:
            out.setdefault(_fold(f), en.lower())
    return out


def _word(w, demonyms):
    return _WORDS.get(w) or demonyms.get(w)


def english_slug(name):
    """The English key slug of the French organisation name ``name``, or None when a word of
    it is not rendered (see the module docstring).

    Examples
    --------
    >>> english_slug("Association canadienne des journalistes")
    'canadian-association-of-journalists'
    >>> english_slug("Ligue sénégalaise des droits de l'homme")
    'senegalese-league-for-human-rights'
    >>> english_slug("Association pour la défense des droits humains")
    'association-for-the-defence-of-human-rights'
    >>> english_slug("Collectif des familles de disparus")
    'collective-of-families-of-disappeared'
    >>> english_slug("Parti destourien libre") is None     # "destourien": not in the table
    True
    """
    folded = _fold(name).strip()
    words = folded.split()
    if not words or words[0] not in _HEADS:
        return None
    demonyms = _demonyms()
    head = _HEADS[words[0]]
    rest = folded[len(words[0]):].strip()
    before = []
    while rest:
        w = rest.split()[0]
        if w in ("de", "des", "du", "pour", "contre", "sur", "en", "au", "aux", "a") or w.startswith("d'"):
            break
        en = _word(w, demonyms)
        if en is None:
            return None
        before.append(en)
        rest = rest[len(w):].strip()
    parts = list(reversed(before)) + [head]
    while rest:
        rights = _RIGHTS.match(rest)
        if rights:      # "pour la défense des droits humains" -> "for the defence of human rights",
            #             "de défense des droits de l'homme" -> "for human rights"
            aim = rights.group(1)
            parts += ["for", "the", _WORDS[aim], "of", "human", "rights"] if aim else ["for", "human", "rights"]
            break
        link = _LINK.match(rest)
        if link is None:
            return None
        first = link.group().split()[0].rstrip("'")
        parts.append(_LINK_EN.get(first, "of"))
        rest = rest[link.end():].strip()
        if not rest:
            return None
        phrase = []
        while rest and not _LINK.match(rest):
            w = rest.split()[0]
            en = _word(w, demonyms)
            if en is None:
                return None
            phrase.append(en)
            rest = rest[len(w):].strip()
        if not phrase:
            return None
        # the noun first, its adjectives after it in French: "eveques catholiques" -> "catholic
        # bishops", "journalistes africains" -> "african journalists"; "premieres nations" stays
        if len(phrase) > 1 and phrase[0] != "first":
            phrase = list(reversed(phrase[1:])) + phrase[:1]
        parts += phrase
    return re.sub(r"[^a-z0-9]+", "-", " ".join(parts)).strip("-")
