"""Arabic organisation names without a demonym or a known name (used by ``unknown_orgs``).

An Arabic organisation is often named by a head noun in the construct state and what it
stands for: "رابطة أمهات المختطفين", "هيئة الدفاع عن المعتقلين السياسيين", "مرصد الحريات
الصحفية", "مركز الخليج لحقوق الإنسان", "حملة «أنقذوا الصحفيين»". :func:`name_end` reads
the name after an indefinite head: nouns in construct up to the first definite word (which
closes the chain), then definite adjectives (nisbas, plurals in -ين/-ون), and a purpose
phrase with لـ ("لحقوق الإنسان", "للدفاع عن ...", "للحقوق والحريات"). It stops at a
preposition, a particle, a quotation, a place or person, a word with بـ (the verb's object:
"بالإفراج"), or an indefinite word after the chain closed (the object: "الإضراب"
closes nothing, "نداء" starts the object). All offsets are in the normalised text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["name_end", "CHAIN_HEADS"]

# indefinite heads read this way (normalised spelling) -> English head word
CHAIN_HEADS = {"رابطه": "league", "جمعيه": "association", "مركز": "centre", "مرصد": "observatory",
               "شبكه": "network", "هييه": "commission", "اتحاد": "union", "نقابه": "syndicate",
               "منظمه": "organisation", "تحالف": "coalition", "ايتلاف": "coalition", "حمله": "campaign",
               "موسسه": "foundation", "مبادره": "initiative", "تنسيقيه": "coordination", "منتدي": "forum",
               "معهد": "institute", "حزب": "party", "نادي": "club"}
# (not حركة, جبهة, تيار, تجمع: "حركة المرور", "جبهة القتال", "تجمع المتظاهرين" name no group)
_STOP = frozenset("""في فى علي على الي إلى من عن مع حول بعد قبل خلال منذ لدي عند حتي ضمن امام وسط بين
ان إن أن انه انها بان الذي التي الذين اللذين قد لم لن لا ما كما وقد وكان كان كانت هو هي هم اليوم
امس الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد يوم""".split())
_IMPERATIVE = re.compile(r"(?:ا|)\S{2,}وا(?!\S)|لا\s")
_NISBA = re.compile(r"(?:يه|[^ا]ي|يين|يون)$")
_PLACE_PREP = frozenset({"الي", "في", "من", "داخل", "امام", "علي", "نحو", "قرب", "بجوار"})
_B_NOUNS = frozenset({"بيت", "بلديه", "بنك", "بلاد", "بدون"})
# a purpose phrase: "لحقوق الإنسان", "للدفاع عن", "لدراسات", "للتنمية", "لمناهضة التعذيب"
_PURPOSE = re.compile(r"(?:ل|لل)(?:حقوق|دراسات|دفاع|دعم|تنميه|حريات|حريه|عداله|مناهضه|مكافحه|ديمقراطيه|"
                      r"اعلام|صحافه|رعايه|حمايه|سلام|ضحايا|مراه|نساء|اسر|مساعده|تاهيل|ثقافه|مواطنه|"
                      r"تغيير|اصلاح|انقاذ|حقوق|بحوث|ابحاث|رصد|توثيق|مساواه|لاجيين|مهاجرين|معتقلين|"
                      r"سجناء|تضامن|عمل|الحقوق|الحريات|الدفاع|التنميه|العداله|الديمقراطيه|السلام|"
                      r"الاعلام|الصحافه|الدراسات|المراه|الحريه|التضامن|التوثيق|الرصد|المساواه)$")
# definite words that qualify the name rather than start the object: nisbas, plurals
_ADJECTIVE = re.compile(r"(?:ي|يه|يين|يون|ين|ون|يات|المستقل|المستقله|الحر|الحره|الاحرار|الموحد|الموحده)$")
_QUOTE = re.compile(r"\s*[«\"“]([^»\"”\n]{2,60})[»\"”]")
_TOKEN = re.compile(r"\S+")
_PUNCT = "،,.:؛;!?()«»\"“”'"
# state bodies named like associations
STATE_NAMES = re.compile(r"الانتخاب|النزاهه|الرقابه|مكافحه الفساد|الاذاعه|التلفزيون|العليا|الاستثمار|"
                         r"المساءله|الاركان|الحشد|الاعلام الرسمي|الادعاء|التحقيق|الطاقه|الطيران|الموانئ|"
                         r"الاحصاء|الزكاه|الامر بالمعروف|الترفيه|السياحه|البيئه|الغذاء|الدواء")


def name_end(norm, start, mentions, starts):
    """Where the name after an indefinite head ending at ``start`` ends, or None.

    Parameters
    ----------
    norm : str
        The normalised Arabic text.
    start : int
        The offset right after the head noun.
    mentions : list
        The text's mentions (normalised offsets), sorted by start; ``starts`` their starts.
    """
    before = norm[max(0, start - 40):start].split()
    if len(before) > 1 and before[-2] in _PLACE_PREP:
        return None         # "نُقلت إلى مركز ...", "في مركز ...": a place
    head_gap = norm[start:start + 5]
    first = start + len(head_gap) - len(head_gap.lstrip())     # the first word of the name
    quoted = _QUOTE.match(norm, start)
    if quoted:                          # حملة «أنقذوا الصحفيين»
        return quoted.end()
    if norm[start - 4:start] == "حمله" and not _IMPERATIVE.match(norm, first):
        return None         # "حملة الاعتقالات": a campaign of arrests; "حملة أوقفوا ..." is named
    closed = None           # end of the name so far, once a definite word closed it
    best = None             # the last end at which the name was closed
    open_words = 0
    purpose = False
    prev = ""
    for tok in _TOKEN.finditer(norm, start, min(len(norm), start + 120)):
        w = tok.group()
        stripped = w.rstrip(_PUNCT)
        ends_here = stripped != w
        if not stripped or stripped[0] in _PUNCT:
            break
        if stripped in _STOP:
            if not (stripped == "عن" and prev in ("الدفاع", "للدفاع", "دفاع")):
                break
            prev = stripped
            closed = None
            continue
        i = bisect_left(starts, tok.start())
        if i < len(mentions) and mentions[i].start == tok.start() and not mentions[i].key.startswith("group/") \
                and mentions[i].form != "demonym" and not (
                    tok.start() == first and norm[max(0, start - 3):start] == "حزب"
                    and mentions[i].key.startswith("gov/") and mentions[i].form == "name"):
            break           # a place, a person, a known actor (not "حزب مصر القوية": a party's name)
        if stripped[0] == "ب" and stripped not in _B_NOUNS:
            break           # "بالإفراج": the object of the verb
        definite = stripped.startswith(("ال", "لل"))
        if tok.start() == first and (stripped[0] == "ل" or (not definite and len(stripped) > 3 and _NISBA.search(stripped))):
            break           # "مركز للعلاج النفسي", "جمعية خيرية": a kind of body, no name
        if closed is None:
            if stripped[0] == "و" and not purpose:
                break
            if definite:
                closed = tok.start() + len(stripped)
            else:
                open_words += 1
                if open_words > 3:
                    break
        elif _PURPOSE.match(stripped):
            purpose = True
            if stripped.startswith("لل"):
                closed = tok.start() + len(stripped)
            else:
                closed, open_words = None, 1
        elif purpose and stripped.startswith("و"):
            if stripped.startswith("وال"):
                closed = tok.start() + len(stripped)
            else:
                closed, open_words = None, 1
        elif definite and _ADJECTIVE.search(stripped):
            closed = tok.start() + len(stripped)
        else:
            break
        prev = stripped
        if closed is not None:
            best = closed
        if ends_here:
            break
    return best
