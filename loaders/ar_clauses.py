"""Arabic verb clauses whose subject is not the mention next to the verb.

Called by :meth:`.attribution.Attributor.agents_for` for an Arabic verb cue before the
general rules; each reader returns ``(agents, rule)`` or None (the general rules decide):

- an unmarked relative clause on an indefinite noun ("مسيرة دعا إليها الاتحاد"، "وقفة دعت
  إليها جمعيات"): the verb's resumptive pronoun points back to the noun, so the main
  clause's subject called for nothing (nobody: the caller is at most the noun's organiser);
- a further call whose verb carries its addressee as a pronoun ("وحثه على"، "وطالبه
  بـ"، "ودعاهم إلى"): the one addressed was named before, the subject of the sentence
  goes on;
- a further call after another clause of the sentence ("نددت X بـ...، وقال رئيسها إن
  ...، وحثت الحكومة على"): the noun right after the coordinated verb is the one called on
  and the sentence's agent goes on.

Examples
--------
>>> import re
>>> bool(_RESUMPTIVE.match(" اليها الاتحاد"))
True
>>> bool(_CLITIC_CALL.fullmatch("وحثه"))
True
>>> bool(_CLITIC_CALL.fullmatch("وحث"))
False
"""

from __future__ import annotations

import re

from .attribution_patterns import _ADDRESSEE_TYPES, _AR_FILLER, _AR_FUNCTION

# the resumptive pronoun after a verb: "دعا إليها", "دعت له"
_RESUMPTIVE = re.compile(r"\s+(?:الي|ل)(?:ها|ه|هم|هن)(?!\S)")
# a coordinated call verb carrying its object pronoun (normalised forms)
_CLITIC_CALL = re.compile(r"(?:و|ف)(?:حث|حثت|طالب|طالبت|دعا|دعت|ناشد|ناشدت|حض|حضت)(?:ه|ها|هم|هما)")
# between the members of a list of actors ("الولايات المتحدة والمملكة المتحدة، وكندا")
_LIST_GAP = re.compile(r"\s*[،,]?\s*(?:و)?")
# a complement clause ("ورأت X أن ...") before the coordinated call: its subject is not the caller
_THAT = re.compile(r"(?<!\S)(?:ان|انه|انها|بان)(?!\S)")
# what follows a call's addressee: the content of the call
_CALL_CONTENT = re.compile(r"\s*(?:علي|الي|ب\S)")
# a word that cannot be the indefinite noun of an unmarked relative clause
_NOT_NOUN = re.compile(r"(?:و|ف)?(?:ال\S*|التي|الذي|الذين|انه|انها|انهم|ان|كما|قد|ثم|حيث|لم|لا|ما|"
                       r"هو|هي|هم|بعد|قبل|منذ)")


# "أعرب X، في تصريحات ...، عن «قلق عميق»": a feeling expressed with "عن" after an aside
_AFTER_AN = re.compile(r"(?<!\S)عن\s*[\"«“]?\s*$")
_EXPRESS_VERB = re.compile(r"(?<!\S)(?:و|ف)?(?:اعرب|اعربت|اعربوا|عبر|عبرت|عبروا|ابدي|ابدت|ابدوا)(?!\S)")


def _expresser(attr, hit_start, s_start):
    """``(agents, "subject")`` for a feeling noun after "عن": the subject right after the
    last "أعرب/عبّر/أبدى" of the sentence before it, or None."""
    verb = None
    for verb in _EXPRESS_VERB.finditer(attr.norm, s_start, hit_start):
        pass
    if verb is None or hit_start - verb.end() > 160:
        return None
    loyal = _LOYAL_TO.match(attr.norm, verb.end())     # "أعرب خبراء تابعون للأمم المتحدة"
    start = loyal.end() if loyal is not None else verb.end()
    for m in attr.in_range(start, hit_start)[:1]:
        if (m.start - start <= 1 if loyal is not None else attr._adjacent_after(start, m)) and \
                not attr.is_locative(m):
            return attr._expand(m, hit_start), "subject"
    return None


# "، وأمر بتشكيل لجنة تحقيق", "وقرر فرض عقوبات": an act ordered by a coordinated verb with
# no subject of its own is the act of the sentence's subject
_ORDERED_ACTS = frozenset({"Investigation", "Sanction", "DiplomaticAction", "Resettlement"})
_ORDERED = re.compile(r"[،,]\s*(?:و|ف)(?:امر|امرت|قرر|قررت|اعلن|اعلنت)\s+(?:ب?(?:تشكيل|فتح|اجراء|فرض|استدعاء)\s+|ب)?$")


def _orderer(attr, hit_start, s_start):
    """``(agents, "subject")`` for an act ordered by a coordinated verb: the sentence's
    first agent, else the first actor of the sentence that is no place and no crowd."""
    found = attr._first_found
    if found[0] == s_start and found[1]:
        return list(found[1]), "subject"
    for m in attr.in_range(s_start, hit_start):
        if not attr.is_locative(m) and not attr.is_place(m) and not m.key.startswith("group/"):
            return attr._expand(m, hit_start), "subject"
    return None


# fighters or units loyal to an actor, right after the verb: the actor acts
_LOYAL_TO = re.compile(r"\s+(?:مسلح\S*|عناصر|خبراء|مقاتل\S*|ميليشيا\S*|مليشيا\S*|افراد|جنود|قوات|طايرات|وحدات)"
                       r"(?:\s+[^\s،,.]+){0,3}?\s+(?:ال)?(?:تابع|تابعه|تابعون|تابعين|موال|موالون|موالين|مواليه|الموالي)"
                       r"\s+(?=ل)")


# "وهو ما نفته الوزارة", "وهو ما رفضته أيضاً الخارجية", "وهو ما رحبت به X": a relative "ما"
# whose verb carries the pronoun of what was said before; the subject follows the verb
_WHAT_BEFORE = re.compile(r"(?<!\S)(?:و)?(?:هو|هي|هذا|هذه|ذلك)\s+ما\s+$")
_WHAT_VERB = re.compile(r"\S{3,}(?:ه|ها|هم|هما)")
_WHAT_GAP = re.compile(r"(?:\s+(?:به|بها|بهم|عليه|عليها|له|لها|ايضا|كذلك|بدوره|بدورها|بدورهم|بشده|"
                       r"حينها|حينذاك|انذاك|وقتها|سابقا|بقوه))*\s+")


def _what_subject(attr, hit_start, hit_end):
    """``(agents, rule)`` for a verb of a relative "وهو ما" clause: the actor after the verb
    (a resumptive "به" and adverbs may stand between), nobody when no actor stands there
    ("وهو ما انتقدته منظمات حقوقية": unnamed critics), or None when the cue is no such verb."""
    norm = attr.norm
    if not _WHAT_BEFORE.search(norm, max(0, hit_start - 12), hit_start):
        return None
    gap = _WHAT_GAP.match(norm, hit_end)
    if not _WHAT_VERB.fullmatch(norm, hit_start, hit_end) and not (
            gap and re.match(r"\s+(?:به|بها|بهم|عليه|عليها|له|لها)(?!\S)", norm[hit_end:gap.end()])):
        return None
    for m in attr.in_range(hit_end, hit_end + 80)[:1]:
        if gap is not None and m.start == gap.end() and not attr.is_locative(m):
            return attr._expand(m, m.end), "verb-subject"
    return [], "relative"


# a definite organisation noun as the verb's subject ("ودعت المنظمة الدول الأوروبية إلى"):
# it refers back to the nearest organisation named before, not to the agent carried on
# (only "المنظمة": "الجماعة", "الهيئة", "الوكالة" name groups, state bodies and news agencies
# as often, and the nearest of them was measured wrong more often than right)
_ORG_NOUN = re.compile(r"\s+المنظمه(?:\s+ال(?:حقوقيه|دوليه|امميه|غير الحكوميه))?(?![^\s،,.؛:])")
_ORG_KINDS = ("NGO", "IntergovernmentalOrganization")
_REACH = 1500


def _org_antecedent(attr, hit_start, hit_end):
    """``(agents, rule)`` for a verb whose subject is a definite organisation noun ("ودعت
    المنظمة"): the agents carried on when one of them is an organisation, else the nearest
    organisation named before within a paragraph or two; None when no such noun follows the
    verb, when the noun opens a name ("المنظمة الدولية للهجرة") or no organisation precedes."""
    noun = _ORG_NOUN.match(attr.norm, hit_end)
    if noun is None:
        return None
    word = noun.start() + len(noun.group()) - len(noun.group().lstrip())
    if any(m.start <= word < m.end for m in attr.in_range(word - 30, noun.end())):
        return None     # the noun is part of a name
    carried = [a for a in attr.last_agents if getattr(a, "kind", None) in _ORG_KINDS or
               str(getattr(a, "key", a)).startswith("org/")]
    if carried:
        return list(attr.last_agents), "carry"
    for m in reversed(attr.in_range(max(0, hit_start - _REACH), hit_start)):
        if m.kind in _ORG_KINDS and m.key.startswith("org/") and not attr.is_locative(m):
            return [m], "anaphor"
    return None


def ar_clause_agents(attr, hit_start, hit_end, s_start, rtype, pos="v"):
    """``(agents, rule)`` for an Arabic verb cue at ``[hit_start, hit_end)`` read by one
    of the clause readers of this module, or None.

    Parameters
    ----------
    attr : Attributor
        The attributor (its ``norm``, ``in_range``, ``_sentence_found``, ``last_agents``).
    hit_start, hit_end : int
        The verb cue in ``attr.norm``.
    s_start : int
        Start of the cue's sentence.
    rtype : str
        The response type of the cue.
    pos : str
        ``"v"`` (verb) or ``"n"`` (noun) cue.

    Returns
    -------
    tuple or None
    """
    norm = attr.norm
    if pos != "v":
        if rtype in ("ExpressionOfConcern", "Condemnation") and _AFTER_AN.search(
                norm, max(s_start, hit_start - 4), hit_start):
            return _expresser(attr, hit_start, s_start)
        if rtype in _ORDERED_ACTS and _ORDERED.search(norm, max(s_start, hit_start - 30), hit_start):
            return _orderer(attr, hit_start, s_start)
        return None
    verb = norm[hit_start:hit_end]
    tail = norm[hit_end:hit_end + 40]
    if "ما" in norm[max(0, hit_start - 5):hit_start]:
        what = _what_subject(attr, hit_start, hit_end)
        if what is not None:
            return what
    if " ال" in norm[hit_end:hit_end + 3]:
        org = _org_antecedent(attr, hit_start, hit_end)
        if org is not None:
            return org
    loyal = _LOYAL_TO.match(norm, hit_end) if "تابع" in tail or "موال" in tail else None
    if loyal is not None:
        for m in attr.in_range(loyal.end(), loyal.end() + 40)[:1]:
            if m.start - loyal.end() <= 1 and not m.key.startswith("group/") and not attr.is_place(m):
                return attr._expand(m, hit_end), "verb-subject"     # "داهم مسلحون تابعون لجماعة X"
    if rtype in _ORDERED_ACTS and _ORDERED.search(norm, max(s_start, hit_start - 30), hit_start):
        return _orderer(attr, hit_start, s_start)   # "، وقرر فتح تحقيق": a masdar after the verb
    if rtype == "Demand" and not verb.startswith(("و", "ف")) and _RESUMPTIVE.match(norm, hit_end):
        prev = norm[max(s_start, hit_start - 30):hit_start].split()[-1:]
        if prev and prev[0].isalpha() and not _NOT_NOUN.fullmatch(prev[0]) and \
                not _AR_FILLER.fullmatch(prev[0]) and not _AR_FUNCTION.fullmatch(prev[0]) and \
                not attr.in_range(hit_start - len(prev[0]) - 1, hit_start):
            return [], "relative"       # "وقفة دعت إليها جمعيات": nobody's demand here
    if rtype not in _ADDRESSEE_TYPES or not verb.startswith(("و", "ف")):
        return None
    found = attr._first_found       # the sentence's main subject, not a quoted clause's
    same = list(found[1]) if found[0] == s_start else []
    if _CLITIC_CALL.fullmatch(verb) and _CALL_CONTENT.match(norm, hit_end):
        if same:
            return same, "carry"        # "أجرى X اتصالا بالرئيس Y، وحثه على": X
        if attr.last_agents:
            return list(attr.last_agents), "carry"
        return None
    if rtype == "Demand" and same and len(norm[s_start:hit_start]) > 0:
        after = attr.in_range(hit_end, min(len(norm), hit_end + 60))[:1]
        for m in after:
            chain_end = m.end     # "وحثت الولايات المتحدة والمملكة المتحدة وكندا على": the last one
            for n in attr.in_range(m.end, min(len(norm), hit_end + 160)):
                if not _LIST_GAP.fullmatch(norm, chain_end, n.start):
                    break
                chain_end = n.end
            if norm[hit_end:m.start].strip() or not _CALL_CONTENT.match(norm, chain_end):
                break
            if m.key in {getattr(a, "key", a) for a in same} or not (re.search(
                    r"[،,]\s*(?:و)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت)(?!\S)",
                    norm[s_start:hit_start]) or (_THAT.search(norm, s_start, hit_start) and
                                                 re.search(r"[،,]\s*$", norm[s_start:hit_start]))):
                break
            # "نددت X ...، وقال رئيسها إن ...، وحثت الحكومة على", "ورأت X أن ...، وحثت Y على": X
            return same, "carry"
    return None
