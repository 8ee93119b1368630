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
            if norm[hit_end:m.start].strip() or not _CALL_CONTENT.match(norm, m.end):
                break
            if m.key in {getattr(a, "key", a) for a in same} or not re.search(
                    r"[،,]\s*(?:و)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت)(?!\S)",
                    norm[s_start:hit_start]):
                break
            return same, "carry"        # "نددت X ...، وقال رئيسها إن ...، وحثت الحكومة على": X
    return None
