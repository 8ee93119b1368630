"""A state's (or an armed body's) attack named by its weapon or strike noun is its ``UseOfForce``.

The response tables read force from a verb with a subject ("Israeli forces killed", "l'armée
russe a tué"). News names most air and artillery attacks by a noun instead, and the state
that attacks by a demonym on it, by a possessive, or after "by" / "de" / "شنها":

- "An Israeli air strike killed 12 people", "Russian missiles hit a hospital", "Israel's
  bombardment of Gaza", "an air strike by the Israeli military";
- "Une frappe russe a tué cinq civils", "les bombardements israéliens", "une frappe aérienne
  de l'armée russe";
- "قصف إسرائيلي على غزة", "الغارات الإسرائيلية", "غارات شنتها طائرات روسية", "دبابة إسرائيلية
  أطلقت قذيفتين", "غارة جوية شنها التحالف".

Each such sentence gives the attacker one ``UseOfForce`` (unless the sentence already has
one by that country), placed like any response of the sentence (where the force lands, see
:mod:`.place_scenes`). Force that is only alleged, denied, threatened or hypothetical ("Russia
denied that its missiles hit", "accusé d'avoir mené des frappes", "نفت ... قصف") and force of
a year well before the document's (background history) give nothing.

:func:`own_bodies` gives a generic security body acting with force the state a demonym right
after it names ("قوات الدرك الأردنية": Jordan's, not the state of the place the sentence names).

Examples
--------
>>> from rightsgraph.loaders.documents import document_from_text
>>> from rightsgraph.loaders.extract import extract
>>> doc = document_from_text("Strikes\\n\\nAn Israeli air strike killed 12 people in Gaza City.", "a.txt", lang="en")
>>> [(r.type, r.agents) for r in extract(doc).responses]
[('UseOfForce', ['gov/IL'])]
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .attribution_patterns import ar_fold
from .model import Evidence, Response

# the weapon or strike nouns of an armed attack (never troops or an army alone: "the Russian
# military said" is no attack); an English "strike" is an air or missile strike only when the
# sentence speaks of harm (a strike is also a walk-out)
_EN_WEAPON = (r"(?:air\s*strikes?|airstrikes?|air\s+raids?|missile\s+strikes?|drone\s+strikes?|"
              r"rocket\s+strikes?|artillery\s+strikes?|strikes?|raids?|bombardments?|bombings?|shelling|"
              r"missiles?|rockets?|drones?|warplanes?|fighter\s+jets?|jets?|helicopters?|gunships?|"
              r"fire|gunfire|tank\s+fire|tanks?|artillery|shells?|snipers?|offensive|incursions?|"
              r"ground\s+offensive|assault|attacks?)")
# the weapon or strike nouns of each language (shared with .place_scenes, which adds the
# army's own names to find the perpetrator of an attack for the place)
WEAPON_NOUNS = {
    "en": _EN_WEAPON[3:-1],
    "fr": (r"frappes?|bombardements?|raids?|tirs?|missiles?|roquettes?|obus|drones?|avions?|chars?|blindes?|"
           r"helicopteres?|offensive|attaques?|incursions?|pilonnages?"),
    "ar": (r"غارات|غارة|قصف|ضربات|ضربة|صواريخ|صاروخ|قذائف|قذيفة|مسيرات|مسيرة|طائرات|طائرة|مدفعية|دبابات|دبابة|"
           r"نيران|هجمات|هجوم|توغل|اجتياح"),
}
_EN_MODIFIER = (r"(?:(?:military|army|air|naval|navy|artillery|missile|drone|rocket|tank|deadly|fatal|overnight|"
                r"new|latest)\s+)?")
_WEAPON_AFTER = {
    # "Israeli air strikes", "a Russian missile", "Israel's bombardment"
    "en": re.compile(r"(?:'s|')?\s+" + _EN_MODIFIER + r"(?:and\s+\w+\s+)?" + _EN_WEAPON + r"(?![\w-])"),
}
_WEAPON_BEFORE = {
    # "an air strike by the Israeli military", "strikes carried out by Israel"
    "en": re.compile(r"(?<![\w-])" + _EN_WEAPON + r"\s+(?:(?:carried\s+out|launched|fired|conducted)\s+)?"
                     r"(?:by|from)\s+(?:the\s+)?$"),
    # "frappes russes", "bombardements israéliens", "une frappe aérienne de l'armée russe"
    "fr": re.compile(r"(?<!\w)(?:" + WEAPON_NOUNS["fr"] + r")"
                     r"(?:\s+(?:aeriennes?|aeriens?|de\s+drones?|d'artillerie|de\s+missiles?|meurtri\w*|"
                     r"deliberee?s?|massi\w*|intensi\w*|nocturnes?)){0,2}"
                     r"(?:\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|d'|menee?s?\s+par\s+(?:l'|la\s+|le\s+|les\s+)?))?\s*$"),
    # "قصف إسرائيلي", "غارات شنتها طائرات روسية", "دبابة إسرائيلية"
    "ar": re.compile(ar_fold(r"(?<!\S)[وفبل]?(?:ال)?(?:" + WEAPON_NOUNS["ar"] + r")"
                             r"(?:\s+(?:ال)?(?:جوية|جويه|مدفعي|مدفعية|صاروخية|مسيرة|حربية))?"
                             r"(?:\s+(?:شن|نفذ|اطلق|أطلق)\S*)?\s+$")),
}
# an English "strike" or "raid" that is no walk-out or police search: the sentence speaks of harm
_EN_AMBIGUOUS = re.compile(r"(?:'s|')?\s+(?:strikes?|raids?|fire|attacks?|assault|offensive)(?![\w-])")
_EN_HARM = re.compile(r"(?<![\w-])(?:kill\w*|dead|deaths?|died|wound\w*|injur\w*|civilians|hit|struck|destroy\w*|"
                      r"flatten\w*|bomb\w*|target\w*|casualt\w*|rubble|hospital|shelter|school|residential)(?![\w-])")

# force only alleged, denied, threatened or imagined (the sentence says so)
_NOT_FACT = {
    "en": re.compile(r"(?<![\w-])(?:den(?:y|ies|ied|ying|ial)|alleg\w*|accus\w*|blam\w*|claim\w*|"
                     r"if|would|could|might|threat\w*|warn\w*|vow\w*|plan\w*|deter\w*|possible|"
                     r"should|no\s+evidence|not|never|without)(?![\w-])"),
    "fr": re.compile(r"(?<!\w)(?:(?:nie|nient|niait|niaient|nier|niant|dement\w*|accus\w*|impute\w*|attribu\w*|"
                     r"presume\w*|pretendu\w*|aurai\w*|pourrai\w*|si|menac\w*|eventuel\w*|reproch\w*|ne|pas|"
                     r"jamais|sans)(?!\w)|n'(?=\w))"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وف]?(?:نفى|نفت|ينفي|تنفي|نفي|اتهم\S*|تتهم|يتهم|اتهام\S*|مزعوم\S*|يزعم|تزعم|"
                             r"زعم\S*|إذا|اذا|لو|هدد\S*|تهدد|يهدد|تهديد\S*|لم|لن|لا|دون|بلا)(?!\S)")),
}
# the word that makes the named actor the attack's agent (an armed group needs one)
_AGENT_WORD = {"en": re.compile(r"(?:by|from)\s+(?:the\s+)?$"), "fr": re.compile(r"par\s+(?:\S+\s+)?$"),
               "ar": re.compile(ar_fold(r"(?:شن|نفذ|اطلق|أطلق)\S*\s+$"))}
_AR_ATTACK_BODY = re.compile(ar_fold(r"(?:ال)?(?:غارات|غارة|قصف|ضربات|ضربة|صواريخ|قذائف|مسيرات|طائرات|طيران|"
                                     r"مدفعية|دبابات|دبابة)\s"))
_VAGUE_ATTACK = re.compile(ar_fold(r"[وفبل]?(?:ال)?(?:attaques?|attacks?|assault|هجوم|هجمات|اعتداء\S*)(?!\w)"))
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


def _attacker(m):
    """The state's (or armed body's) key a mention names, or None."""
    key = m.key
    if key.startswith("gov/") and m.form in ("demonym", "name"):
        return key
    if key.startswith("body/") and key.count("/") == 2 and key.endswith("/armed-forces"):
        return key
    if key.startswith("org/") and m.kind != "NGO" and m.form == "name":
        return key
    return None


def _country(key):
    parts = key.split("/")
    return parts[1].split("-")[0] if parts[0] in ("gov", "body") else key


def _tied(norm, lang, m, na, nb):
    """Whether a weapon or strike noun names ``m``'s attack: the demonym or name before it
    (English), the noun before the demonym or body (French, Arabic), or "by" / "de" / "شنها"."""
    key = m.key
    if lang == "en":
        if key.startswith("gov/"):
            after = _WEAPON_AFTER["en"].match(norm, m.end, min(nb, m.end + 48))
            if after is not None:
                if _EN_AMBIGUOUS.match(norm, m.end, min(nb, m.end + 48)) and \
                        not _EN_HARM.search(norm, na, nb):
                    return False
                return True
        return bool(_WEAPON_BEFORE["en"].search(norm, max(na, m.start - 48), m.start))
    if lang == "ar" and key.startswith("body/"):
        head = norm[m.start:m.end]
        if _AR_ATTACK_BODY.match(head):
            return True
    if lang == "fr" and key.startswith("body/") and re.match(
            r"(?:l')?(?:frappes?|bombardements?|aviation|artillerie)\s", norm[m.start:m.end]):
        return True
    before = _WEAPON_BEFORE[lang].search(norm, max(na, m.start - 60), m.start)
    if before is None:
        return False
    if key.startswith("org/") and not _AGENT_WORD[lang].search(before.group()) and \
            _VAGUE_ATTACK.match(before.group()):
        return False    # "les attaques du FLN" (any attack, or a word): an armed group's only with "par", "شنها"
    if lang == "fr" and m.form == "name" and not re.search(r"(?:de\s+l'|de\s+la|du|des|d'|par\s+(?:l'|la|le|les))\s*$",
                                                          norm[max(na, m.start - 12):m.start]):
        return False
    return True


def _not_fact(norm, lang, na, end, mentions, starts):
    """Whether the sentence says the force is alleged, denied, threatened or imagined, or
    negates something (names such as "Médecins sans frontières" blanked)."""
    seg = list(norm[na:end])
    j = bisect_left(starts, na)
    while j > 0 and mentions[j - 1].end > na:
        j -= 1
    while j < len(mentions) and mentions[j].start < end:
        m = mentions[j]
        if m.end > na and m.kind != "Government":
            for i in range(max(m.start, na), min(m.end, end)):
                seg[i - na] = " "
        j += 1
    return bool(_NOT_FACT[lang].search("".join(seg)))


def _old(norm, na, nb, year):
    """Whether the sentence dates its events to a year well before the document's."""
    if not year:
        return False
    years = [int(y) for y in _YEAR.findall(norm, na, nb)]
    return bool(years) and max(years) < year - 1


def state_strikes(responses, noted, spans, mentions, starts, to_text, text, norm, lang, date=None):
    """``(response, norm position)`` of each state's or armed body's attack named by a weapon
    or strike noun in a sentence that has no ``UseOfForce`` of that country yet.

    Parameters
    ----------
    responses : list of Response
        The responses read so far.
    noted : list of (Response, int or None, int)
        Each response with the index of its sentence (``SituationVotes.responses``).
    spans : list of (int, int, int, Sentence)
        ``(index, norm start, norm end, sentence)`` of the sentences read.
    mentions : list
        The gazetteer mentions (normalised offsets), in text order.
    starts : list of int
        Their start offsets.
    to_text : callable
        Normalised offset -> offset in ``text``.
    text, norm : str
        The document's text and its normalised form.
    lang : str
        ``"ar"``, ``"fr"`` or ``"en"``.
    date : str, optional
        The document's ISO date: a sentence dated well before its year (or, undated, before
        the latest year the document names) is background.

    Returns
    -------
    list of (Response, int)
    """
    if lang not in _NOT_FACT or not any(_attacker(m) for m in mentions):
        return []
    # the document's year, else the latest year it names
    year = int(date[:4]) if date and date[:4].isdigit() else max(map(int, _YEAR.findall(norm)), default=None)
    live = {id(r) for r in responses}
    have = {(si, _country(k)) for r, si, _ in noted
            if r.type == "UseOfForce" and id(r) in live for k in r.agents}
    out = []
    for idx, na, nb, s in spans:
        j = bisect_left(starts, na)
        found = {}
        while j < len(mentions) and mentions[j].start < nb:
            m = mentions[j]
            j += 1
            key = _attacker(m)
            if key is None or (idx, _country(key)) in have or _country(key) in found:
                continue
            if _tied(norm, lang, m, na, nb):
                found[_country(key)] = (key, m)
        if not found or _old(norm, na, nb, year):
            continue
        for country, (key, m) in found.items():
            if _not_fact(norm, lang, na, nb, mentions, starts):
                continue
            a, b = to_text(m.start), to_text(m.end)
            ev = Evidence(s.start, s.end, s.text, 0.6, text[a:b])
            out.append((Response("UseOfForce", [key], [ev]), m.start))
            have.add((idx, country))
    return out


_GENERIC_SECURITY = frozenset({"armed-forces", "police", "security-forces", "gendarmerie", "intelligence",
                               "border-guards", "riot-police", "military-police", "national-guard"})
_ONE_WORD_AFTER = re.compile(r"\s+(?:\S+\s+)?")


def _generic(key):
    return "body/" + key.split("/")[-1]


def own_bodies(responses, noted, spans, mentions, starts, norm, lang):
    """Give a generic security body its state when a demonym or a national body follows it
    within one word ("قوات الدرك الأردنية", "قوة شرطة حرس الحدود الإسرائيلية", "les forces de
    l'ordre togolaises"): the force is that state's, not the state of the place where it lands
    (which localisation would otherwise give it). ``UseOfForce`` responses only; changed in place.

    Parameters
    ----------
    responses : list of Response
        The responses read so far.
    noted : list of (Response, int or None, int)
        Each response with the index of its sentence.
    spans : list of (int, int, int, Sentence)
        ``(index, norm start, norm end, sentence)`` of the sentences read.
    mentions : list
        The gazetteer mentions (normalised offsets), in text order.
    starts : list of int
        Their start offsets.
    norm : str
        The normalised text.
    lang : str
    """
    bounds = {idx: (na, nb) for idx, na, nb, _ in spans}
    live = {id(r) for r in responses}
    for r, si, _ in noted:
        if r.type != "UseOfForce" or id(r) not in live or si not in bounds:
            continue
        # (the sentence reading may have localised the generic body already: body/<place>/<slug>)
        generic = {_generic(k) for k in r.agents if k.startswith("body/") and k.split("/")[-1] in _GENERIC_SECURITY}
        if not generic:
            continue
        na, nb = bounds[si]
        j = bisect_left(starts, na)
        owners = {}
        while j < len(mentions) and mentions[j].start < nb:
            m = mentions[j]
            j += 1
            if m.key not in generic:
                continue
            nxt = mentions[j] if j < len(mentions) else None
            if nxt is None or nxt.start >= nb:
                continue
            gap = _ONE_WORD_AFTER.fullmatch(norm, m.end, nxt.start)
            if gap is None:
                continue
            iso = None
            if nxt.key.startswith("gov/") and nxt.form == "demonym":
                iso = nxt.key.split("/")[1]
            elif nxt.key.startswith("body/") and nxt.key.count("/") == 2 and \
                    nxt.key.split("/")[2] in _GENERIC_SECURITY:
                iso = nxt.key.split("/")[1]
            if iso and "-" not in iso:
                owners.setdefault(m.key, iso)
        if owners:
            r.agents = [f"body/{owners[_generic(k)]}/{k.split('/')[-1]}"
                        if _generic(k) in owners else k for k in r.agents]
