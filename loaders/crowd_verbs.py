"""Groups that rally, named as the subject of a verb of protest in any inflection.

The response tables type rallies by the surfaces someone listed ("rallied in", "marched"),
so a group that "rallied on Tuesday", "began an open-ended hunger strike", "walked off the
job", "ont participé à une veillée", "sont en grève", "ont érigé des barricades", "أضرب
آلاف العمال عن العمل", "قطع سكان غاضبون طرقا", "واصل المعلمون إضرابهم" held no
``Demonstration``. :func:`verb_rallies` reads, in each sentence, a verb family of protest (every inflection;
English and French after the subject, from ``lang/<code>/protest_verbs.tsv``; Arabic before it) whose
subject is a group of people (``lang/<code>/groups.tsv``, not armed groups; a counted crowd of
"people", "personnes" is ``protesters``, as is a community, "thousands of Kurds"), a rally noun
with its group in the genitive ("une marche d'étudiants", "مسيرة للطلاب") or a group named with
its participle of protest ("الأطباء المضربين", "striking workers"), and the purpose that follows
("demanding", "pour réclamer", "مطالبين") as the group's ``Demand``. A listed crowd is keyed by its
first noun, as the dev gold does ("عشرات النشطاء والمحامين": activists). A group named as the
object ("police beat students"), a rally called off or renounced (the verb of protest must follow its subject directly) and a response
already read for the same group and type in the sentence are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .attribution import ar_fold
from .model import Evidence, Response
from .protest_lexicon import protest_verb_regex

__all__ = ["verb_rallies", "drop_cancelled", "rally_purposes", "VERB_CUE"]

VERB_CUE = "protest-verb"

# groups that do not rally (armed, unnamed organisations, perpetrators)
_NOT_PEOPLE = frozenset({"militants", "rebels", "terrorists", "separatists", "islamists", "extremists",
                         "rights-groups", "watchdog", "mobs", "mob", "rioters", "jihadists", "settlers",
                         "police", "gunmen", "victims", "survivors", "refugees", "migrants", "displaced"})

# the verbs of protest (every inflection) are language data: lang/<code>/protest_verbs.tsv
_VERB = {lang: protest_verb_regex(lang) for lang in ("en", "fr")}
# the words of the gap between the subject and its verb: a short description, auxiliaries
_GAP_BAD = {
    "en": re.compile(r"[,.;:!?()\"«»]|\b(?:said|says|told|was|were|is|are|by|police|who\s+were|accused|"
                     r"arrested|detained|killed|beat|beaten|off|cancel\w*|postpon\w*|abandon\w*|prevented|"
                     r"banned|barred|stopped|refused|held|jailed|since|after|before|during|amid|following|over|mass)\b"),
    "fr": re.compile(r"[,.;:!?()\"«»]|\b(?:selon|a\s+declare|ont\s+declare|ont\s+ete|a\s+ete|sont\s+ete|"
                     r"par|police|policiers|renonce|annule|interdit)\b"),
}
# a determiner or an intention before the word: the noun ("had planned a march"), no rally held
_NOUN_BEFORE = {
    "en": re.compile(r"\b(?:a|an|the|their|its|this|planned|plans?|vowed|threatened|tried|sought|attempted|"
                     r"wanted|hoped|intend\w*|to|would|will|could|may|might)\s+$"),
    "fr": re.compile(r"\b(?:une?|la|le|leur|cette|ce|prevu\w*|voulu\w*|tente\w*|projet\w*|menace\w*|"
                     r"compt\w*|renonce\w*|annule\w*|pas|jamais|a|de|d')\s*$"),
}
# before the subject, back to the clause opening: only a number, a determiner, an adjective
_LEAD = {
    "en": re.compile(r"(?:^|[\n.;:!?]|,|\s[-–—]|\b(?:and|while|as|but|when|after|before|where|since)\b|[\"“”])\s*"
                     r"(?:(?:the|some|about|around|nearly|almost|more\s+than|over|at\s+least|an\s+estimated|several|"
                     r"many|dozens|hundreds|thousands|tens|scores|of|a|group|groups|small|large|crowds?|\d[\d,.]*|"
                     r"one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|also|then|later|"
                     r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|yesterday|today)\s+)*"
                     r"(?:[\w-]+\s+)?$"),
    "fr": re.compile(r"(?:^|[\n.;:!?]|,|\s[-–—]|\b(?:et|mais|alors\s+que|tandis\s+que|lorsque|quand|ou)\b|[\"«»])\s*"
                     r"(?:(?:les|des|de|d'|du|la|le|l'|une|un|plusieurs|quelques|environ|pres|plus|au|moins|"
                     r"centaines|milliers|dizaines|vingtaine|trentaine|quarantaine|cinquantaine|centaine|"
                     r"quelque|\d[\d  .]*|deux|trois|quatre|cinq|dix|cent|mille|aussi|ensuite|lundi|mardi|"
                     r"mercredi|jeudi|vendredi|samedi|dimanche|groupe)\s*)*(?:[\w'-]+\s+)?$"),
}
_PURPOSE = {
    "en": re.compile(r"(?:,\s*|\s+)(?:to\s+demand|demanding|to\s+call\s+for|calling\s+for|to\s+press\s+for|"
                     r"pressing\s+for|to\s+call\s+on|calling\s+on|urging)\b"),
    "fr": re.compile(r"(?:,\s*|\s+)(?:pour\s+(?:reclamer|exiger|demander|obtenir|appeler)|afin\s+de\s+(?:reclamer|"
                     r"exiger|demander|obtenir)|reclamant|exigeant|demandant|en\s+reclamant|en\s+exigeant)\b"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:مطالبين|مطالبات|مطالبا|للمطالبة|للمطالبه|وطالبوا|وطالبن)(?!\S)")),
}

# a people named for their community who rally are protesters ("thousands of Kurds marched": the
# dev gold's protesters, as for a plural demonym)
_COMMUNITY = re.compile(r"/(?:kurds|uyghurs|tamils|rohingya|meitei|kuki|christians|muslims|hindus|sikhs|copts|"
                        r"ahmadis|yazidis|tibetans|baloch|amazigh|berbers|shia|sunnis|druze|alawites)$")
_PURPOSE_STOP = re.compile(r"\b(?:where|who|which|while|whereas|as|when|ou|qui|alors|tandis|lorsque)\b|[;:.]|"
                           + ar_fold(r"(?<!\S)(?:حيث|بينما|فيما|الذي|التي|الذين)(?!\S)"))
# Arabic: the verb opens its clause and the group follows (VSO)
_AR_SELF = ("تظاهر|تظاهرت|تظاهروا|يتظاهر|يتظاهرون|تتظاهر|تجمع|تجمعت|تجمعوا|يتجمعون|احتشد|احتشدت|احتشدوا|"
            "اعتصم|اعتصمت|اعتصموا|يعتصم|يعتصمون|تعتصم|أضرب|أضربت|أضربوا|يضرب|يضربون|تضرب|"
            "تظاهرت|سار|سارت|ساروا")
_AR_WITH = ("نظم|نظمت|نظموا|ينظم|ينظمون|تنظم|شارك|شاركت|شاركوا|يشارك|يشاركون|واصل|واصلت|واصلوا|يواصل|"
            "يواصلون|تواصل|يخوض|تخوض|يخوضون|خاض|خاضت|خاضوا|بدأ|بدأت|بدأوا|دخل|دخلت|دخلوا|خرج|خرجت|خرجوا|"
            "نزل|نزلت|نزلوا|قطع|قطعت|قطعوا|أغلق|أغلقت|أغلقوا|انسحب|انسحبت|انسحبوا|رفع|رفعت|رفعوا|هتف|هتفت|"
            "هتفوا|ردد|رددت|رددوا|قاطع|قاطعت|قاطعوا|أقام|أقامت|أقاموا|نفذ|نفذت|نفذوا|ينفذ|ينفذون")
_AR_VERB = re.compile(ar_fold(r"(?<!\S)[وف]?(?:(?P<self>" + _AR_SELF + r")|(?P<with>" + _AR_WITH + r"))(?!\S)"))
_AR_OBJECT = re.compile(ar_fold(r"(?:وقفة|وقفات|مسيرة|مسيرات|اعتصام|اعتصاما|اعتصامات|إضراب|إضرابا|إضرابهم|"
                                r"إضرابهن|إضرابه|تظاهرة|تظاهرات|مظاهرة|مظاهرات|احتجاج|احتجاجا|احتجاجات|احتجاجية|"
                                r"الطرق|طرقا|الطريق|لافتات|شعارات|هتافات|الشوارع|الشارع|"
                                r"ساحة|الساحات|العمل|الطعام|قاطعوا|الجلسة|الجلسات)"))
_AR_LEAD = re.compile(ar_fold(r"^\s*(?:(?:نحو|قرابة|حوالي|أكثر|أزيد|من|عشرات|مئات|آلاف|الآلاف|المئات|العشرات|"
                              r"ألف|ألوف|بضع|بضعة|عدد|جميع|كل|يوم|اليوم|أمس|مساء|صباح|السبت|الأحد|الاثنين|"
                              r"الثلاثاء|الأربعاء|الخميس|الجمعة|غاضبون|غاضبين|أيضا|مجددا)\s+){0,4}$"))


def _people(key):
    parts = key.split("/")
    return parts[0] == "group" and parts[-1] not in _NOT_PEOPLE


def _coordinated(mentions, j, norm, lang, nb):
    """The group mention at ``j`` and the ones listed with it ("X and Y", "X, Y et Z", "X وY"): the
    whole subject."""
    out = [mentions[j]]
    join = re.compile(r"\s*(?:,|and|et|,\s*and|,\s*et)\s*(?:the\s+|les\s+|des\s+|de\s+)?$") if lang != "ar" else \
        re.compile(ar_fold(r"^\s*(?:و|،\s*و?)\s*$"))
    k = j + 1
    while k < len(mentions) and mentions[k].start < nb:
        gap = norm[out[-1].end:mentions[k].start]
        if lang == "ar":
            ok = bool(join.match(gap)) or (gap == "" and norm[mentions[k].start:mentions[k].start + 1] == "و")
            ok = ok or gap.strip() == "و"
        else:
            ok = bool(join.fullmatch(gap))
        if not ok or not _people(mentions[k].key):
            break
        out.append(mentions[k])
        k += 1
    return out


def _ar_subjects(norm, mentions, starts, na, nb):
    """Arabic: ``(groups, verb start, verb end)`` for each verb of protest opening a clause
    with its group subject right after it."""
    out = []
    for v in _AR_VERB.finditer(norm, na, nb):
        j = bisect_left(starts, v.end())
        while j < len(mentions) and mentions[j].start < nb and not _people(mentions[j].key):
            if mentions[j].start - v.end() > 40:
                break
            j += 1
        if j >= len(mentions) or mentions[j].start >= nb or not _people(mentions[j].key):
            continue
        m = mentions[j]
        if not _AR_LEAD.match(norm[v.end():m.start]):
            continue
        if v.group("with") and not _AR_OBJECT.search(norm, m.end, min(nb, m.end + 90)):
            continue
        # (the verb's own clause: no other verb of saying before it: "قال المحامون إن")
        out.append((_coordinated(mentions, j, norm, "ar", nb), v.start(), v.end()))
    return out


class _Crowd:
    """A number of people named as such ("about 200 people", "plusieurs centaines de personnes"):
    protesters when they rally."""

    key = "group/protesters"

    def __init__(self, start, end):
        self.start, self.end = start, end


# (and in French "des jeunes": a crowd only when it rallies)
_COUNTED_PEOPLE = {
    "en": re.compile(r"\b(?:(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|thousands|hundreds|dozens|scores)"
                     r"\s+of|(?:about|around|some|nearly|more\s+than|over|at\s+least|an\s+estimated)\s+[\d,]+|"
                     r"[\d,]{2,}|several\s+(?:hundred|thousand))\s+(?:young\s+)?(people|persons|citizens|youths)\b"),
    "fr": re.compile(r"(?:(?:(?:des|plusieurs|quelques)\s+(?:dizaines|centaines|milliers)|une\s+(?:vingtaine|trentaine|"
                     r"cinquantaine|centaine)|(?:environ|pres\s+de|plus\s+de|quelque|au\s+moins)\s+[\d  .]+|"
                     r"[\d  .]{3,})\s+(?:de\s+|d')|\bdes\s+(?=jeunes\b))(personnes|citoyens|jeunes|gens)\b"),
}


def _with_people(norm, lang, mentions, starts, na, nb):
    """The sentence's mentions and its counted crowds of people, in text order."""
    j = bisect_left(starts, na)
    ms = []
    while j < len(mentions) and mentions[j].start < nb:
        ms.append(mentions[j])
        j += 1
    rx = _COUNTED_PEOPLE.get(lang)
    if rx is not None:
        ms += [_Crowd(g.start(1), g.end(1)) for g in rx.finditer(norm, na, nb)
               if not any(m.start <= g.start(1) < m.end for m in ms)]
        ms.sort(key=lambda m: m.start)
    return ms


_LISTED = re.compile(r"\b(?:and|et)\s+(?:of\s+|de\s+|d'|des\s+)?$")
_LISTED_AFTER = re.compile(r"\s*,?\s*(?:and|et)\s+(?:of\s+|de\s+|d'|des\s+)?")


def _subjects(norm, lang, mentions, starts, na, nb):
    """English / French: ``(groups, verb start, verb end)`` for each group of people that is
    the subject of a verb of protest in the sentence ``[na, nb)``."""
    rx, bad, lead = _VERB[lang], _GAP_BAD[lang], _LEAD[lang]
    out = []
    mentions = _with_people(norm, lang, mentions, starts, na, nb)
    j = 0
    while j < len(mentions):
        m = mentions[j]
        if not _people(m.key) or not lead.search(norm[max(na, m.start - 90):m.start]) and m.start > na \
                or _LISTED.search(norm, max(na, m.start - 12), m.start) and (j == 0 or _LISTED_AFTER.fullmatch(
                    norm, mentions[j - 1].end, m.start) is None):
            # ("une centaine d'enseignantes et de militantes", "colleagues and students": the
            # dev gold keys such a crowd by its first noun, not a mention here)
            j += 1
            continue
        group = _coordinated(mentions, j, norm, lang, nb)
        last = group[-1].end
        window = norm[last:min(nb, last + 110)]
        v = None
        for cand in rx.finditer(window):
            gap = window[:cand.start()]
            if not bad.search(gap) and len(gap.split()) <= 10 and not _NOUN_BEFORE[lang].search(gap):
                v = cand
            break
        j += len(group)
        if v is not None:
            out.append((group, last + v.start(), last + v.end()))
    return out


# a rally noun and the group that holds it, named in the genitive ("a march by students", "une
# marche d'étudiants", "le sit-in des mères", "مسيرة للطلاب", "اعتصام أمهات المعتقلين")
_HELD_BY = {
    "en": re.compile(r"(?<![\w-])(?:protests?|rall(?:y|ies)|marche?s?|sit-ins?|vigils?|(?:hunger\s+)?strikes?|"
                     r"walkouts?|demonstrations?)\s+(?:held\s+|staged\s+|organi[sz]ed\s+)?by\s+(?:the\s+)?"
                     r"(?:(?:hundreds|thousands|dozens|tens)\s+of\s+)?(?:[\w-]+\s+)?$"),
    "fr": re.compile(r"(?<![\w-])(?:marches?|manifestations?|rassemblements?|sit-in|veillees?|greves?(?:\s+de\s+la\s+"
                     r"faim)?|cortege|defile)\s+(?:de\s+protestation\s+|pacifiques?\s+)?(?:de\s+|des\s+|d'|du\s+)"
                     r"(?:(?:centaines|milliers|dizaines)\s+(?:de\s+|d'))?(?:[\w'-]+\s+)?$"),
    "ar": re.compile(ar_fold(r"(?<!\S)(?:[وبل]?ال)?(?:مسيرة|مسيرات|وقفة|وقفات|اعتصام|اعتصامات|إضراب|تظاهرة|تظاهرات|"
                             r"مظاهرة|مظاهرات)\s+(?:احتجاجية\s+|سلمية\s+)?(?:لل?|ل)?$")),
}


# the group's own participle or adjective of protest ("striking workers", "les médecins grévistes",
# "les enseignants en grève", "الأطباء المضربين"): they are on strike
_STRIKING_BEFORE = {"en": re.compile(r"(?<![\w-])(?:striking|hunger-striking|protesting|demonstrating)\s+$")}
_STRIKING_AFTER = {
    "fr": re.compile(r"\s+(?:grevistes|en\s+greve(?:\s+de\s+la\s+faim)?|en\s+sit-in)\b"),
    "ar": re.compile(ar_fold(r"\s+(?:ال)?(?:مضربين|مضربون|مضربات|معتصمين|معتصمون|معتصمات)(?!\S)")),
}


def _held_by(norm, lang, mentions, starts, na, nb):
    """``(groups, cue start, cue end)`` for each rally noun followed by the group holding it,
    and each group named with its own participle of protest."""
    rx = _HELD_BY[lang]
    before, after = _STRIKING_BEFORE.get(lang), _STRIKING_AFTER.get(lang)
    out = []
    j = bisect_left(starts, na)
    while j < len(mentions) and mentions[j].start < nb:
        m = mentions[j]
        j += 1
        if not _people(m.key):
            continue
        g = rx.search(norm, max(na, m.start - 70), m.start)
        if g is None and before is not None:
            g = before.search(norm, max(na, m.start - 20), m.start)
        if g is None and after is not None:
            g = after.search(norm, m.start, min(nb, m.end + 25))    # (inside the mention or right after)
            g = g if g is not None and g.start() <= m.end else None
        if g is None:
            continue
        out.append(([m], g.start(), g.end()))
    return out


def verb_rallies(noted, spans, mentions, starts, to_text, text, norm, lang):
    """``(response, norm position)`` of each rally (and its purpose, a ``Demand``) held by a
    group of people named as the subject of a verb of protest, that the sentence's responses
    do not already give.

    Parameters
    ----------
    noted : list of (Response, int or None, int)
        Each response read so far with the index of its sentence.
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

    Returns
    -------
    list of (Response, int)
    """
    if lang not in ("en", "fr", "ar"):
        return []
    if not any(_people(m.key) for m in mentions) and not (
            lang in _COUNTED_PEOPLE and _COUNTED_PEOPLE[lang].search(norm)):
        return []
    have = {(si, r.type, k) for r, si, _ in noted for k in r.agents}
    out = []
    for idx, na, nb, s in spans:
        found = _ar_subjects(norm, mentions, starts, na, nb) if lang == "ar" else \
            _subjects(norm, lang, mentions, starts, na, nb)
        found += _held_by(norm, lang, mentions, starts, na, nb)
        for group, va, vb in found:
            purpose = _PURPOSE[lang].search(norm, vb, min(nb, vb + 90))
            if purpose and _PURPOSE_STOP.search(norm, vb, purpose.start()):
                purpose = None      # ("where X called on supporters": another's words)
            # (the dev gold keys a listed crowd by its first noun: "عشرات النشطاء والمحامين" are
            # activists, "residents and mothers of victims" residents; the others only end the subject)
            for m in group[:1]:
                # (a diaspora's rally abroad: the dev gold reads no demand of its own)
                own = purpose and not m.key.endswith("/diaspora")
                for rtype in ("Demonstration", "Demand") if own else ("Demonstration",):
                    if (idx, rtype, m.key) in have:
                        continue
                    have.add((idx, rtype, m.key))
                    key = _COMMUNITY.sub("/protesters", m.key)
                    a, b = (va, vb) if rtype == "Demonstration" else purpose.span()
                    cue = text[to_text(a):to_text(b)].strip() or VERB_CUE
                    ev = Evidence(s.start, s.end, s.text, 0.6, cue)
                    out.append((Response(rtype, [key], [ev]), a))
    return out


# a rally called off, renounced, postponed or banned before it was held ("called off the
# march", "ont renoncé à manifester", "ألغى الطلاب مسيرة"): the verb, then at most a few words
# (its subject in Arabic), then the rally's cue
_CANCELLED = {
    "en": re.compile(r"\b(?:call(?:ed|s|ing)?\s+off|cancel(?:l?ed|s|ling)?|postpon(?:ed|es|ing)|"
                     r"abandon(?:ed|s)?|scrapp(?:ed)?)\s+(?:\S+\s+){0,4}$"),
    "fr": re.compile(r"(?:renonc\w*\s+(?:a|à)|annul\w*|report[eé]\w*|repouss\w*|suspendu\w*)\s+(?:\S+\s+){0,4}$"),
    "ar": re.compile(ar_fold(r"(?<!\S)[وف]?(?:ألغى|ألغت|ألغوا|يلغي|إلغاء|الغاء|أرجأ|أرجأت|أجل|أجلت|تأجيل)\s+(?:\S+\s+){0,5}$")),
}


def drop_cancelled(responses, lang):
    """Remove the ``Demonstration`` responses whose cue is a rally called off, renounced or
    postponed ("had planned a march but called it off" keeps no rally; "called off the march",
    "ont renoncé à manifester", "ألغى طلاب الجامعة مسيرة")."""
    rx = _CANCELLED.get(lang)
    if rx is None:
        return responses
    out = []
    for r in responses:
        if r.type == "Demonstration" and r.evidence and r.evidence[-1].cue:
            ev = r.evidence[-1]
            sent = ar_fold(ev.text) if lang == "ar" else ev.text.lower()
            cue = ar_fold(ev.cue) if lang == "ar" else ev.cue.lower()
            at = sent.find(cue)
            if at > 0 and rx.search(sent[max(0, at - 80):at]):
                continue
        out.append(r)
    return out


def rally_purposes(noted):
    """Ids of the ``Demand`` responses that are the purpose of a rally held by the same group in
    the same sentence ("journalists gathered ... to demand"): people otherwise too vague to be
    agents of a demand (journalists, residents: often those whose release is demanded) are its
    agents, as of the rally (see :func:`.crowds.vague_for`)."""
    rallied = {(si, k) for r, si, _ in noted if r.type == "Demonstration" for k in r.agents}
    return {id(r) for r, si, _ in noted if r.type == "Demand" and r.agents
            and all(k.startswith("group/") and (si, k) in rallied for k in r.agents)}
