"""Arabic: the accused state's answers said by an organ the gazetteer does not name.

The accused government often answers through an office named by its function only:
"وزارة العمل القطرية", "لكن الوزارة نفت", "وزير الاتصال الحكومي والناطق الرسمي باسم
الحكومة", "رئيس الهيئة، X، نفى", "الهيئة الوطنية للمفقودين، التي شكلتها الحكومة السورية".
No actor is recognised there, so its Denial, Rejection, Accusation, Investigation or
Support has no agent. This module finds such an organ as the subject of the act:

- after the verb (verb-subject order): "نفت الوزارة أن ...", "دافع وزير X ... عن القانون";
- before it (subject-verb): "لكن الوزارة نفت", "غير أن رئيس الهيئة، X، نفى";
- as the speaker of a clause that reports the act: "وقالت وزارة X إنها ... فتحت تحقيقا".

The organ acts for the government named inside it or right after it ("القطرية", "التي
شكلتها الحكومة السورية"), else for the country the document names most. Nothing is read
when a known actor stands between the organ and the act (the attributor reads that one).
"دافع X عن القانون / الإجراءات / القرار" with a long subject (beyond the three-word gap of
the cue tables) is also found here, as a Rejection.

Examples
--------
>>> bool(STATE_ORGAN.search("لكن الوزاره نفت"))
True
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from .cues import Entry, Hit, _normalizer


def _ar(pattern: str, flags=0) -> re.Pattern:
    """``pattern`` written in ordinary Arabic spelling, its Arabic letters normalised like
    the text (ة -> ه, أ إ آ -> ا, ى -> ي, ئ -> ي; the expression syntax is left alone)."""
    norm = _normalizer("ar")
    return re.compile(re.sub("[\u0600-\u06ff]+", lambda m: norm(m.group()), pattern), flags)


_PRE = r"(?<!\S)(?:[وف])?(?:[بل])?"
STATE_ORGAN = _ar(
    _PRE + r"(?:"
    r"(?:ال)?وزار[ةت](?:\s+(?!أن|إن|أنها|إنها)\S+){0,2}"                 # (ال)وزارة X
    r"|(?:ال)?وزيرة?(?:\s+(?!أن|إن)\S+)?"                               # (ال)وزير X
    r"|(?:ال)?(?:ناطق|متحدث)ة?\s+(?:الرسمي\s+)?باسم\s+(?:ال)?"          # الناطق (الرسمي) باسم
    r"(?:حكومة|وزارة|رئاسة|شرطة|جيش|داخلية|خارجية|سلطات|نيابة|أمن|مجلس الوزراء)\w*"
    r"|رئيسة?\s+(?:ال)?(?:هيئة|لجنة|مفوضية)\w*"                          # رئيس الهيئة
    r"|(?:ال)?(?:هيئة|لجنة|مفوضية)\s+(?:ال)?(?:وطنية|حكومية|رسمية)"       # الهيئة الوطنية
    r"|(?:مصدر|مسؤول)\s+(?:حكومي|رسمي|أمني|عسكري)"                       # مصدر حكومي
    r"|مسؤولون\s+(?:حكوميون|رسميون|أمنيون|عسكريون)"
    r"|(?:ال)?(?:نائب|وكيل|مدعي)\s+(?:ال)?عام(?:\s+للملك)?|(?:ال)?نيابة\s+(?:ال)?عامة"   # النائب العام
    r"|(?:ال)?(?:خفر|حرس)\s+(?:ال)?(?:سواحل|حدود)"                         # خفر السواحل اليوناني
    r"|(?:ال)?رئاسة|رئيس\s+(?:ال)?(?:جمهورية|وزراء|حكومة|دولة)|(?:ال)?مجلس\s+(?:ال)?عسكري"
    r")(?!\w)")
# the organ's own state named right after it: "التي شكلتها الحكومة السورية", "التابعة للحكومة"
_FORMED_BY = _ar(r"\s*[،,]?\s*(?:التي|الذي)\s+(?:شكل|أنشأ|أسس|عين)\w*|\s*[،,]?\s*التابعة?\s")
# a reported clause: "وقالت X إنها ...", "وأعلنت X أنها ..."
_SPEECH = _ar(r"(?<!\S)[وف]?(?:قال|أكد|أعلن|ذكر|أوضح|صرح|بين)\w{0,2}(?!\w)")
_COMPLEMENT = _ar(r"(?<!\S)و?(?:أن|إن|بأن)(?:ه|ها|هم)?(?!\S)")
_RELATIVE = _ar(r"(?<!\S)(?:التي|الذي|الذين|اللذين)(?!\S)")
_PREPOSITION = _ar(r"(?:^|\s)(?:إلى|أمام|على|عن|من|في|ضد|بحق)\s*$")
# the definite noun of an organ named before: "واتهم المصدر", "وأضافت الوزارة"
_ANAPHOR = _ar(r"(?:المصدر|المسؤول|المتحدث|المتحدثة|الناطق|الناطقة|الوزير|الوزيرة|الوزارة|البيان)(?!\w)")
_DEFENDED = _ar(r"(?<!\S)[وف]?دافع(?:ت|وا)?(?!\S)")
_AN = _ar(r"(?<!\S)عن(?!\S)")
_WORD = re.compile(r"\w+")
# where a clause opens: a comma, or "لكن", "غير أن", "بينما", "فيما", "في حين"
_CLAUSE = _ar(r"[،,؛]|(?<!\S)(?:لكن|غير أن|بينما|فيما|في حين)(?!\S)")

ACCUSED_TYPES = ("Denial", "Rejection", "Accusation", "Investigation", "Support")


def _words(text, a, b):
    return len(_WORD.findall(text, a, b))


def defended_hits(text, spans, situation):
    """Rejection hits for "دافع <subject of any length> عن <situation word>" in ``spans``.

    ``situation``: the compiled ``situation`` words of ``evaluation.tsv``."""
    out = []
    for na, nb in spans:
        for v in _DEFENDED.finditer(text, na, nb):
            for an in _AN.finditer(text, v.end(), min(nb, v.end() + 160)):
                if _words(text, v.end(), an.start()) > 12:
                    break
                obj = situation.match(text, an.end() + 1) if an.end() < nb else None
                if obj is not None:
                    out.append(Hit(v.start(), v.end(),
                                   Entry(v.group(), "Rejection", "v", "defended"), v.group()))
                    break
                if re.search(r"[.\u060c\u061b]", text[v.end():an.start()]):
                    break
    return out


class Organs:
    """The unnamed state organs of one Arabic document, and the acts they are subjects of.

    Parameters
    ----------
    text : str
        The normalised text.
    mentions : list
        The reader's actor mentions (normalised offsets, sorted by start).
    is_agent : callable
        ``is_agent(mention)``: the mention can be the subject of an act here.
    """

    def __init__(self, text, mentions, is_agent):
        self.text = text
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.is_agent = is_agent
        self._main = False
        self.known = lambda key: True     # (set by the caller: the key is a gazetteer actor)

    @property
    def main(self):
        """The ISO code of the country the document names most (None when it names none)."""
        if self._main is False:
            # (a demonym names people -- "اللاجئين السوريين" -- more often than their state)
            counts = Counter(m.key.split("/")[1].split("-")[0] for m in self.mentions
                             if m.form != "demonym" and (m.key.startswith("gov/") or (
                                 m.key.startswith("body/") and m.key.count("/") == 2)))
            self._main = counts.most_common(1)[0][0] if counts else None
        return self._main

    def continues(self, hit, na):
        """The verb ``hit`` (in the sentence opening at ``na``) has no subject of its own: no
        actor before it in its sentence and none right after it, or right after it the
        definite noun of the organ met before ("واتهم المصدر", "واتهمت الوزارة"). An actor
        named further on is an object ("واتهم المصدر منظمة العفو الدولية بـ")."""
        if self._agents_in(na, hit.start):
            return False
        anaphor = _ANAPHOR.match(self.text, hit.end + 1)
        start = anaphor.end() if anaphor is not None else hit.end
        return anaphor is not None or not any(
            _words(self.text, start, m.start) <= 1 and not _COMPLEMENT.search(self.text, start, m.start)
            for m in self._agents_in(start, min(len(self.text), start + 30)))

    def _agents_in(self, a, b, skip=()):
        """Agent mentions in ``[a, b)`` outside ``skip`` spans, relative clauses and
        prepositional objects."""
        out = []
        for m in self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)]:
            if any(x <= m.start < y for x, y in skip) or not self.is_agent(m) or \
                    getattr(m, "form", None) == "demonym":
                continue    # ("وزارة العمل القطرية": the organ's state, not a subject)
            if _PREPOSITION.search(self.text, max(a, m.start - 8), m.start):
                continue
            rel = None
            for rel in _RELATIVE.finditer(self.text, a, m.start):
                pass
            if rel is not None and not re.search(r"[\u060c,.]", self.text[rel.end():m.start]):
                continue    # "الهيئة، التي شكلتها الحكومة السورية": not the subject
            out.append(m)
        return out

    def country(self, organ):
        """``gov/XX`` the organ acts for: a state named inside it or in the clause that says
        who formed it, else the document's most named country."""
        a, b = organ.span()
        tail = b
        formed = _FORMED_BY.match(self.text, b)
        if formed is not None:
            tail = min(len(self.text), formed.end() + 40)
        else:
            nxt = re.compile(r"\s+\S+").match(self.text, b)     # "وزارة العمل القطرية"
            tail = nxt.end() if nxt else b
        for m in self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, tail)]:
            if m.key.startswith("gov/"):
                return "gov/" + m.key.split("/")[1].split("-")[0]
        return f"gov/{self.main}" if self.main else None

    def _title_at(self, m):
        """The state title that opens the mention ``m`` ("الناطق باسم الحكومة X"), or None."""
        organ = STATE_ORGAN.match(self.text, m.start)
        return organ if organ is not None and organ.end() <= m.end else None

    def state_of(self, m):
        """``gov/XX`` for a person the gazetteer does not know whose mention opens with a state
        title ("porte-parole de la présidence, X", "Justice Minister X"): the person speaks
        for that state; None otherwise."""
        if isinstance(m, str) or not m.key.startswith("person/") or self.known(m.key):
            return None
        organ = self._title_at(m)
        return self.country(organ) if organ is not None else None

    def generic_force(self, hit):
        """``gov/XX`` for a generic state force or body ("الأجهزة الأمنية", "la police") named
        inside ``hit`` (a cue that holds its subject); None when there is none."""
        for m in self.mentions[bisect_left(self.starts, hit.start):bisect_left(self.starts, hit.end)]:
            if m.key.startswith("body/") and m.key.count("/") == 1:
                return self.country(_Span(m.start, m.end))
        return None

    def named(self, organ) -> bool:
        """The organ opens a known mention ("وزارة الخارجية", "وزير الخارجية الأمريكي"): the
        attributor reads it. (A mention inside it -- "الإعلام المصرية" in "وزارة الإعلام
        المصرية" -- names no subject.)"""
        head = re.match(r"[\u0648\u0641]?", self.text[organ.start():organ.end()]).end()
        i = bisect_right(self.starts, organ.start() + head + 2) - 1
        return i >= 0 and self.mentions[i].end > organ.start() + head

    def subject(self, hit, na, nb):
        """``gov/XX`` for the unnamed organ that is the subject of ``hit`` (a verb in the
        sentence ``[na, nb)``), or None."""
        text = self.text
        # verb-subject: "نفت الوزارة", "دافع وزير الاتصال ..."
        organ = STATE_ORGAN.match(text, hit.end + 1) if hit.end < nb else None
        first = _WORD.search(text, hit.start, hit.end)
        if organ is None and first is not None and first.end() < hit.end:
            # a cue with a gap holds it: "وفتحت وزارة الإعلام المصرية تحقيقا"
            organ = STATE_ORGAN.match(text, first.end() + 1)
            organ = organ if organ is not None and organ.end() < hit.end else None
        if organ is not None and not self.named(organ):
            return self.country(organ)
        if any(_words(text, hit.end, m.start) <= 1 and not _COMPLEMENT.search(text, hit.end, m.start)
               for m in self._agents_in(hit.end, min(nb, hit.end + 30))):
            return None     # a named subject right after the verb
        # subject-verb: "لكن الوزارة نفت", "رئيس الهيئة، X، نفى"; or the speaker of the
        # clause: "وقالت وزارة X في بيان إنها ... وفتحت تحقيقا"
        best = None
        for organ in STATE_ORGAN.finditer(text, na, hit.start):
            best = organ
        if best is None or self.named(best):
            return None
        clause = na
        for clause in _CLAUSE.finditer(text, na, best.start()):
            pass
        clause = clause if isinstance(clause, int) else clause.end()
        if self._agents_in(clause, best.start()):
            return None     # "طالب X وزارة العدل بفتح تحقيق": the organ is an object
        gap = text[best.end():hit.start]
        if self._agents_in(best.end(), hit.start, skip=[best.span()]):
            return None
        close = _words(text, best.end(), hit.start) <= 4 and not re.search(
            r"[.\u061b]", gap) and (re.fullmatch(r"[\s\u060c,]*(?:\S+\s+){0,3}?\S*[\s\u060c,]*", gap)
                                    is not None)
        said = False
        speech = None
        for speech in _SPEECH.finditer(text, na, best.start()):
            pass
        if speech is not None and _words(text, speech.end(), best.start()) <= 1:
            said = any(_words(text, best.end(), c.start()) <= 10
                       for c in _COMPLEMENT.finditer(text, best.end(), hit.start))
        if close or said:
            return self.country(best)
        return None


# French / English: the same organs, in subject-verb order ("The labour ministry denied",
# "Le ministère qatarien du Travail a démenti", "The ministry said it had opened an inquiry")
_ORGAN_FR_EN = {
    "en": re.compile(
        r"(?<![\w-])(?:the\s+)?(?:(?:government|country|state)'s\s+)?(?:(?!prime\s|former\s|deputy\s)[a-z]+\s+){0,2}?"
        r"(?:ministry|minister)(?:\s+(?:of|for)\s+[a-z]+(?:\s+(?:and|of)\s+[a-z]+)?)?(?!\w)"
        r"|(?<![\w-])(?:the\s+)?(?:government|ministry|police|army|interior ministry)\s+"
        r"spokes(?:man|woman|person)(?!\w)"
        r"|(?<![\w-])(?:the\s+)?(?:[a-z]+\s+)?national\s+(?:commission|committee|council|authority)"
        r"(?:\s+(?:for|on|of)\s+(?:the\s+)?[a-z]+)?(?!\w)"
        r"|(?<![\w-])(?:a\s+)?(?:security|government|official|military)\s+source(?!\w)"
        # the head of state or government, the junta, the prosecution, named by title only
        r"|(?<![\w-])the\s+(?:(?!former\s|ousted\s|deposed\s|detained\s|jailed\s|late\s|exiled\s|"
        r"toppled\s|overthrown\s|opposition\s|imprisoned\s|ex-)[a-z]+\s+)?(?:president|prime\s+minister|head\s+of\s+state|junta|"
        r"military\s+(?:government|council|authorities)|ruling\s+council|presidency|"
        r"(?:attorney|prosecutor)\s+general(?:'s\s+office)?|(?:public\s+)?prosecutor(?:'s\s+office|s)?|"
        r"prosecution\s+service)(?!\w)(?!\s+of\s)"),     # (not "the president of the bar association")
    "fr": re.compile(
        r"(?<![\w-])(?:le|la|un|une)\s+(?:ministere|ministre)(?:\s+[a-z]+(?:ien|ais|ain|ite|ote|in|ien)s?)?"
        r"(?:\s+(?:de\s+la|de\s+l'|du|des|de)\s*[a-z]+)?(?!\w)"
        r"|(?<![\w-])(?:le|la)\s+(?:porte-parole|porte-parole)\s+(?:du|de\s+la|de\s+l')\s*"
        r"(?:gouvernement|ministere|police|armee|presidence)(?:\s+[a-z]+)?(?!\w)"
        r"|(?<![\w-])(?:la|une)\s+(?:commission|instance|autorite)\s+nationale(?:\s+(?:des|de\s+la|du|de)\s*[a-z]+)?(?!\w)"
        r"|(?<![\w-])(?:une|la)\s+source\s+(?:securitaire|gouvernementale|officielle|militaire)(?!\w)"
        # le chef de l'État ou du gouvernement, la junte, le parquet, nommés par leur titre
        r"|(?<![\w-])(?:le|la)\s+(?:president(?:\s+de\s+la\s+(?:republique|transition))?|premier\s+ministre|chef\s+de\s+l'etat|"
        r"chef\s+du\s+gouvernement|presidence|junte|garde\s+des\s+sceaux|"
        r"procureur(?:\s+general|\s+de\s+la\s+republique)?|parquet(?:\s+general)?)"
        r"(?:\s+[a-z]+(?:ien|ais|ain|ite|ote|in)n?e?s?)?(?!\w)(?!\s*(?:de|du|des|d')(?:\s|'))"
        r"(?!\s+(?:dechu|renverse|destitue|detenu|emprisonne|deporte|exile|sortant|elu\s+de\s+l'opposition)(?!\w))"),
}
# an official's office, and a governor, named by function: "the attorney general's office",
# "the office of the prime minister", "the state governor", "le bureau du procureur général",
# "le cabinet du Premier ministre", "le gouverneur militaire de l'Ituri" (not "the former
# governor", "le gouverneur de la Banque centrale"). An office acts for its official's state
# even when the official is a known mention (the attributor reads "X's office" as X's thing).
_TITLE_EN = (r"(?:president|prime\s+minister|premier|chancellor|(?:[a-z]+\s+){0,2}?minister|"
             r"attorney\s+general|prosecutor(?:\s+general)?|public\s+prosecutor|governor)")
_TITLE_FR = (r"(?:premier\s+ministre|ministre(?:\s+(?:de\s+la|de\s+l'|du|des|de)\s*[a-z]+)?|"
             r"procureur(?:\s+general|\s+de\s+la\s+republique)?|president(?:\s+de\s+la\s+republique)?|"
             r"chef\s+de\s+l'etat|gouverneur)")
_OFFICE_FR_EN = {
    "en": re.compile(
        r"(?<![\w-])the\s+(?:[a-z]+'s\s+)?(?:(?!former\s)[a-z]+\s+)?" + _TITLE_EN + r"'s\s+(?:press\s+)?office(?!\w)"
        r"|(?<![\w-])the\s+(?:press\s+)?office\s+of\s+(?:the\s+)?(?:[a-z]+'s\s+)?(?:(?!former\s)[a-z]+\s+)?"
        + _TITLE_EN + r"(?!\w)"
        r"|(?<![\w-])the\s+(?:(?:state|provincial|regional|military|district|county|local)\s+){0,2}governor(?!\w)"
        r"(?!\s+of\s+(?:the\s+)?(?:central|national|reserve)\s+bank)"),
    "fr": re.compile(
        r"(?<![\w-])(?:le|les)\s+(?:bureau|cabinet|services)\s+du\s+" + _TITLE_FR + r"(?!\w)"
        r"|(?<![\w-])le\s+gouverneur(?:\s+militaire)?(?:\s+(?:de\s+la|de\s+l'|du|de)\s*(?!banque|bcc|bceao)[\w-]+)?(?!\w)"),
}
# a control verb before the act in the infinitive: its subject acts ("a choisi d'accuser",
# "s'est empressé de démentir", "hastened to deny", "was quick to reject")
_CONTROL_FR_EN = {
    "en": re.compile(r"(?<!\w)(?:chose|preferred|hastened|took\s+care|was\s+quick|were\s+quick|rushed|"
                     r"sought|moved|went\s+on)\s+to\s+$"),
    "fr": re.compile(r"(?<![\w'])(?:choisi|prefere|tenu|empresse\w{0,2}|hate\w{0,2}|pris\s+soin|juge\s+bon|"
                     r"cru\s+bon)\s+(?:de\s+|d'|a\s+)?$"),
}
_SPEECH_FR_EN = {
    "en": re.compile(r"\s*(?:said|says|told\s+\w+|stated|announced|added|insisted|claimed|"
                     r"maintained|confirmed)(?!\w)"),
    "fr": re.compile(r"\s*(?:a|ont)\s+(?:declare|affirme|assure|annonce|indique|precise|"
                     r"confirme|souligne|fait savoir)(?!\w)"),
}
_PREPOSITION_FR_EN = {
    "en": re.compile(r"(?:^|\s)(?:to|of|in|at|on|against|with|by|for|from|into|over)\s+(?:the\s+)?$"),
    "fr": re.compile(r"(?:^|\s)(?:a|au|aux|de|du|des|en|contre|par|sur|pour|avec|vers)\s+(?:la\s+|le\s+|les\s+|l')?$"),
}
# a name in apposition after the organ: "le porte-parole du gouvernement, le colonel X, a rejeté"
_APPOSITION_FR_EN = re.compile(r"\s*,\s*(?:[a-z][\w'.-]*\s+){0,4}[a-z][\w'.-]*\s*,")
# French object clitics before the verb: "Le CNSP l'accuse", "X les a accusés", "X leur reproche"
_CLITIC_FR = re.compile(r"(?:(?<=\s)(?:les|leur|lui|nous|vous)\s+|(?<=\s)l'\s*)$")
_FORMED_BY_FR_EN = re.compile(r"\s*,\s*(?:set up|created|established|formed|appointed|creee?s?|mise?s? en place|"
                              r"instituee?s?|nommee?s?)\s+(?:by|par)\s+[^,]{0,60},")


class _Span:
    """A ``(start, end)`` span with the ``span()`` of a match (for :meth:`Organs.country`)."""

    def __init__(self, start, end):
        self._span = (start, end)

    def span(self):
        return self._span


class LatinOrgans(Organs):
    """:class:`Organs` for French and English: an unnamed organ as the subject before the
    verb ("The ministry denied ...") or as the speaker of the clause that reports the act
    ("The labour ministry said it had opened an investigation")."""

    def __init__(self, lang, text, mentions, is_agent):
        super().__init__(text, mentions, is_agent)
        self.lang = lang

    def _agents_in(self, a, b, skip=()):
        out = []
        for m in self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)]:
            if any(x <= m.start < y for x, y in skip) or not self.is_agent(m) or \
                    getattr(m, "form", None) == "demonym":
                continue
            if _PREPOSITION_FR_EN[self.lang].search(self.text, max(a, m.start - 12), m.start):
                continue
            formed = None
            for formed in _FORMED_BY_FR_EN.finditer(self.text, a, min(len(self.text), m.end + 40)):
                if formed.start() <= m.start < formed.end():
                    break
                formed = None
            if formed is not None:
                continue    # "la commission nationale, créée par le gouvernement syrien,"
            out.append(m)
        return out

    def _title_at(self, m):
        for organ in _ORGAN_FR_EN[self.lang].finditer(self.text, max(0, m.start - 4), m.end):
            if organ.start() <= m.start <= organ.start() + 4:
                return organ    # ("le porte-parole de la présidence, X": the mention opens at the title)
        return None

    def named(self, organ) -> bool:
        i = bisect_right(self.starts, organ.end() - 1) - 1
        while i >= 0 and self.mentions[i].end > organ.start():
            m = self.mentions[i]
            if m.key.startswith("person/") and not self.known(m.key):
                i -= 1
                continue    # an unknown person named with the title: the organ speaks
            if getattr(m, "form", None) != "demonym" and m.start <= organ.start() + 4 + (
                    organ.group().find(" ") + 1 if organ.group().startswith(("the ", "le ", "la ")) else 0):
                return True     # "the foreign ministry", "le ministère de l'Intérieur": known
            i -= 1
        return False

    def country(self, organ):
        a, b = organ.span()
        formed = _FORMED_BY_FR_EN.match(self.text, b)
        tail = formed.end() if formed is not None else min(len(self.text), b + 12)
        for m in self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, tail)]:
            if m.key.startswith(("gov/", "body/")) and m.key.count("/") >= 1 and \
                    len(m.key.split("/")[1]) >= 2 and m.key.split("/")[1][:2].isupper():
                return "gov/" + m.key.split("/")[1].split("-")[0]
        # "the ministry": the state named last (within a few sentences), else the main one
        i = bisect_left(self.starts, a) - 1
        while i >= 0 and a - self.mentions[i].start < 600:
            key = self.mentions[i].key
            parts = key.split("/")
            if key.startswith("gov/") or (key.startswith("body/") and len(parts) == 3):
                return "gov/" + parts[1].split("-")[0]
            i -= 1
        return f"gov/{self.main}" if self.main else None

    def _clitic_subject(self, hit, na):
        """French: the actor right before an object clitic that precedes the verb ("Le CNSP
        l'accuse de", "La junte les accuse", "Le ministre leur reproche"), else None."""
        clitic = _CLITIC_FR.search(self.text, max(na, hit.start - 6), hit.start)
        if clitic is None:
            return None
        before = [m for m in self._agents_in(na, clitic.start()) if m.end <= clitic.start()]
        if not before or self.text[before[-1].end:clitic.start()].strip() or \
                _CLITIC_FR.search(self.text, max(na, before[-1].start - 6), before[-1].start):
            return None     # (not "les juge arbitraires": a verb read as a name)
        m = before[-1]
        if m.key.startswith("body/") and m.key.count("/") == 1:
            # "La junte l'accuse": a generic organ acts for the state named near it
            return self.country(_Span(m.start, m.end))
        return m

    def subject(self, hit, na, nb):
        text = self.text
        if self.lang == "fr" and hit.entry.value != "Support" and text[hit.start - 1:hit.start] in (" ", "'"):
            m = self._clitic_subject(hit, na)
            if m is not None:
                return m
        if hit.entry.note == "passive" or re.match(r"(?:was|were|been|a ete|ont ete)\s", hit.surface) \
                or re.search(r"(?:was|were|been|is|are|ete|etait|(?<!\bse\s)sont|(?<!s')est)\s+$",
                             text[max(0, hit.start - 8):hit.start]):
            return None     # ("..., upon which the minister was sentenced, was supported by";
            # not a reflexive: "s'est empressé de démentir")
        best = office = None
        for organ in _ORGAN_FR_EN[self.lang].finditer(text, na, hit.start):
            best = organ
        for office in _OFFICE_FR_EN[self.lang].finditer(text, na, hit.start):
            pass
        if office is not None and (best is None or office.end() > best.end() or
                                   best.start() >= office.start() or self.named(best)):
            best = office       # (an office is read here even when its official is named)
        elif best is None or self.named(best):
            return None
        if self._agents_in(na, best.start()):
            return None     # a named actor opens the sentence: the organ is no subject
        best_end = best.end()
        apposed = _APPOSITION_FR_EN.match(text, best_end)
        if apposed is not None and apposed.end() <= hit.start and all(
                m.key.startswith("person/") for m in self._agents_in(best_end, apposed.end())):
            best_end = apposed.end()    # (a person's name in apposition stands for the organ)
        if self._agents_in(best_end, hit.start, skip=[best.span()]):
            return None
        gap = text[best_end:hit.start]
        formed = _FORMED_BY_FR_EN.match(text, best_end)
        # (the act in the infinitive after a control verb: "a pris soin de rejeter")
        control = _CONTROL_FR_EN[self.lang].search(text, max(best_end, hit.start - 40), hit.start)
        words = _words(text, formed.end() if formed else best_end, control.start() if control else hit.start)
        if re.search(r"[.;:]", gap):
            return None
        speech = _SPEECH_FR_EN[self.lang].match(text, formed.end() if formed else best_end)
        if words <= 3 or (speech is not None and _words(text, speech.end(), hit.start) <= 10):
            return self.country(best)
        return None
