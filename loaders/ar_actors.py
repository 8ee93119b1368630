"""Arabic actors the gazetteer does not name, recognised by what they are called.

A UN body is often named by its function and the adjective "أممي" (of the United Nations)
instead of its full name: "فريق التحقيق الأممي", "لجنة التحقيق الأممية", "الخبراء
الأمميون", "المقررة الأممية الخاصة". Such a phrase is a mention of ``org/united-nations``
(the principal every UN office, agency, rapporteur and mission maps to), unless the
gazetteer already names something there.

An organisation's seat named in apposition ("منظمة القسط، ومقرها لندن،", "وهو منظمة مستقلة
مقرها بيروت") is a place, never the agent of the act that follows: :func:`seat_places`
marks it as a locative.

The functions work on the normalised text (``cues.normalized_view``) and on the mention
objects of ``extract._Reader`` (any object with ``start``, ``end`` and ``key``).
"""

from __future__ import annotations

import re
from dataclasses import replace

_HEAD = (r"(?:ال)?(?:لجنه|فريق|بعثه|مكتب|وكاله|هييه|خبراء|خبير|خبيره|مقرر|مقرره|مبعوث|مبعوثه|منسق|"
         r"منسقه|محققو|محققون|محققين|مسوول|مسوولو|مسوولون|مفوض|مفوضه|موظفو|وفد)")
_HEAD_WORD = re.compile(_HEAD)
# a UN body named by its function and the adjective "أممي": up to four words between
_UN_BODY = re.compile(
    r"(?<!\S)(?:و|ف|ب|ل|لل)?" + _HEAD +
    r"(?:\s+(?!ال?امم)[^\s.،,;:؛«»\"]+){0,4}?\s+(?:ال)?(?:اممي|امميه|امميون|امميين|امميتان)(?!\S)")


def un_body_mentions(norm: str, mentions: list, make) -> list:
    """``mentions`` plus one ``org/united-nations`` mention per UN body named by the
    adjective "أممي" where no known mention overlaps.

    Parameters
    ----------
    norm : str
        The normalised Arabic text.
    mentions : list
        Known mentions (sorted by ``start``), with ``start`` / ``end`` in ``norm``.
    make : callable
        ``make(start, end, surface)`` builds a mention object of the caller's type.

    Returns
    -------
    list
        The mentions, sorted by start.

    Examples
    --------
    >>> class M:
    ...     def __init__(self, s, e, surface): self.start, self.end, self.key = s, e, "org/united-nations"
    >>> [m.start for m in un_body_mentions("وقال فريق التحقيق الاممي ان", [], M)]
    [5]
    """
    spans = [(m.start, m.end) for m in mentions if not m.key.startswith("group/")]
    added = []
    for found in _UN_BODY.finditer(norm):
        a, b = found.start(), found.end()
        first = norm[a:b].split()[0]
        for cut in (0, 1, 2):       # a clitic before the head stays outside the mention
            if _HEAD_WORD.fullmatch(first[cut:]):
                a += cut
                break
        if any(x < b and a < y for x, y in spans):
            continue
        added.append(make(a, b, norm[a:b]))
    if not added:
        return mentions
    out = list(mentions) + added
    out.sort(key=lambda m: m.start)
    return out


# "ومقرها لندن", "مقره في جنيف", "التي تتخذ من باريس مقرا لها": the seat of an organisation
_SEAT = re.compile(r"(?<!\S)(?:و)?(?:مقر|مقره|مقرها|مقرهم|مقرهما|ومقرها|ومقره)\s+(?:في\s+)?$|"
                   r"(?<!\S)(?:يتخذ|تتخذ|يتخذون|اتخذ|اتخذت)\s+من\s+$")


def seat_places(norm: str, mentions: list) -> list:
    """``mentions`` with the seat of an organisation named in apposition marked as a
    locative (its ``preposition`` set to "مقر"), so that it is taken for no agent.

    Parameters
    ----------
    norm : str
        The normalised Arabic text.
    mentions : list
        Mentions (dataclass objects with ``start``, ``end``, ``key``, ``preposition``).

    Returns
    -------
    list
        The mentions, the seats replaced.

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class M:
    ...     start: int; end: int; key: str; preposition: object = None
    >>> norm = "وكانت منظمه القسط، ومقرها لندن، قد وثقت"
    >>> [m.preposition for m in seat_places(norm, [M(6, 17, "org/alqst"), M(26, 30, "gov/GB")])]
    [None, 'مقر']
    """
    if "مقر" not in norm and "تتخذ" not in norm and "يتخذ" not in norm:
        return mentions
    out = []
    for m in mentions:
        if not m.preposition and m.key.startswith(("gov/", "place/")) and \
                _SEAT.search(norm, max(0, m.start - 24), m.start):
            m = replace(m, preposition="مقر")
        out.append(m)
    return out


# a definite head noun that refers back to an organisation ("وطالبت المنظمة ...", "ودعت
# الهيئة ..."): the article makes it a noun of its own, never the head of a construct name
_DEFINITE_HEAD = re.compile(r"(?:و|ف)?ال(?:منظمه|هييه|مفوضيه|وكاله|جمعيه|شبكه|رابطه|مرصد|مركز|حركه|"
                            r"جماعه|مجموعه|لجنه|مجلس|مكتب|بعثه|موسسه|مبادره|نقابه|اداره)")


def article_split_mentions(norm: str, mentions: list, gz) -> list:
    """``mentions`` with a definite head noun cut off a name it cannot begin.

    The gazetteer matches Arabic names without their article, so "وطالبت المنظمة الأمم
    المتحدة بفتح تحقيق" ("the organisation asked the United Nations to ...") reads as one
    mention of "منظمة الأمم المتحدة". A construct head never takes the article, so when the
    words after such a definite head ("المنظمة", "الهيئة", "الجماعة") are by themselves a name
    of the same actor, the mention starts after the head: the head is the subject that
    refers back, the name is the one addressed. "المنظمة الدولية للهجرة" stays whole ("الدولية
    للهجرة" names nothing).

    Parameters
    ----------
    norm : str
        The normalised Arabic text.
    mentions : list
        Mentions (dataclass objects with ``start``, ``end``, ``key``, ``surface``).
    gz : object
        The gazetteer (its ``find(text, lang)``).

    Returns
    -------
    list
        The mentions, the affected ones starting after the head noun.
    """
    out = []
    for m in mentions:
        words = norm[m.start:m.end].split(None, 1)
        if len(words) == 2 and m.key.startswith("org/") and _DEFINITE_HEAD.fullmatch(words[0]):
            rest_start = norm.index(words[1], m.start + len(words[0]))
            rest = norm[rest_start:m.end]
            found = gz.find(rest, "ar")
            if len(found) == 1 and found[0].key == m.key and found[0].start == 0 and \
                    found[0].end == len(rest):
                m = replace(m, start=rest_start, surface=rest)
        out.append(m)
    return out


# "جيش الاحتلال", "قوات الاحتلال", "جنود الاحتلال": the occupying army, in Arabic news the
# Israeli one (a demonym after it, "الاحتلال المغربي", names another state)
_OCCUPATION = re.compile(r"\s+(?:ال)?احتلال(?![^\s،,.؛:])(?!\s+ال\S+ي(?:ه|ين|ون)?(?!\S))")
_ISRAEL_WORD = re.compile(r"اسراييل|اسرايلي|الاسراييلي|غزه|الضفه الغربيه|فلسطين")


def occupation_bodies(norm: str, mentions: list) -> list:
    """``mentions`` with a generic body qualified as "of the occupation" ("جيش الاحتلال",
    "جنود الاحتلال", "شرطة الاحتلال") attached to Israel, in a text that speaks of Israel or
    the Palestinian territories; otherwise the generic body would be read as the army of the
    story's country (the Palestinian one).

    Parameters
    ----------
    norm : str
        The normalised Arabic text.
    mentions : list
        Mentions (dataclass objects with ``start``, ``end``, ``key``, ``kind``).

    Returns
    -------
    list
        The mentions, those bodies keyed ``body/IL/<type>``.

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class M:
    ...     start: int; end: int; key: str; kind: str = "GovernmentBody"
    >>> norm = "واطلق جنود الاحتلال الرصاص في بلده بيتا قرب نابلس في الضفه الغربيه"
    >>> [m.key for m in occupation_bodies(norm, [M(6, 10, "body/armed-forces")])]
    ['body/IL/armed-forces']
    >>> [m.key for m in occupation_bodies("قوات الاحتلال المغربي في الضفه الغربيه", [M(0, 4, "body/armed-forces")])]
    ['body/armed-forces']
    """
    if "احتلال" not in norm or not _ISRAEL_WORD.search(norm):
        return mentions
    out = []
    for m in mentions:
        if m.kind == "GovernmentBody" and m.key.count("/") == 1 and _OCCUPATION.match(norm, m.end):
            m = replace(m, key="body/IL/" + m.key.split("/", 1)[1])
        out.append(m)
    return out


def organisation_forces(norm: str, mentions: list) -> list:
    """``mentions`` with a generic body followed directly by an organisation it belongs to
    ("قوات الحوثيين", "عناصر الجماعة" named) read as that organisation: the forces of an
    armed movement or a party are no state's body, and the body word alone would be taken
    for the army of the story's country.

    Parameters
    ----------
    norm : str
        The normalised Arabic text.
    mentions : list
        Mentions (dataclass objects with ``start``, ``end``, ``key``, ``kind``, ``surface``),
        sorted by start.

    Returns
    -------
    list
        The mentions, each such pair merged into one mention of the organisation.

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class M:
    ...     start: int; end: int; key: str; kind: str; surface: str = ""
    >>> norm = "قبل ان تعتقل قوات الحوثيين العشرات"
    >>> [(m.key, m.start) for m in organisation_forces(norm, [M(13, 17, "body/armed-forces", "GovernmentBody"),
    ...                                                        M(18, 26, "org/houthis", "Group")])]
    [('org/houthis', 13)]
    """
    out = []
    skip = False
    for i, m in enumerate(mentions):
        if skip:
            skip = False
            continue
        n = mentions[i + 1] if i + 1 < len(mentions) else None
        if n is not None and m.kind == "GovernmentBody" and m.key.count("/") == 1 and \
                n.key.startswith("org/") and n.kind in ("Group", "NGO") and m.end < n.start and \
                not norm[m.end:n.start].strip():
            out.append(replace(n, start=m.start, surface=norm[m.start:n.end]))
            skip = True
            continue
        out.append(m)
    return out


# "وزير الإعلام في الحكومة اليمنية", "وزيرة الداخلية في حكومة تصريف الأعمال": a minister (or
# spokesman) named by his government, the title before "في" and the government after it
_MINISTER_IN = re.compile(r"(?<!\S)(?:و|ف)?(?:وزير|وزيره|نايب وزير|نايبه وزير|وكيل وزاره|المتحدث باسم|"
                          r"الناطق باسم|المتحدثه باسم|الناطقه باسم)(?:\s+[^\s،,.:؛«»\"]+){0,3}?\s+(?:في|ب)\s*$")


def government_ministers(norm: str, mentions: list) -> list:
    """``mentions`` with a government named after a minister's title and "في" ("وزير
    الإعلام في الحكومة اليمنية") starting at the title: the minister speaks for that
    government, and the verb before the title has it for subject.

    Parameters
    ----------
    norm : str
        The normalised Arabic text.
    mentions : list
        Mentions (dataclass objects with ``start``, ``end``, ``key``, ``kind``, ``surface``,
        ``preposition``).

    Returns
    -------
    list
        The mentions, those governments widened over the title (no preposition before them).

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class M:
    ...     start: int; end: int; key: str; kind: str = "Government"; surface: str = ""; preposition: object = "في"
    >>> norm = "وادان وزير الاعلام في الحكومه اليمنيه الهجوم"
    >>> [(m.key, m.start) for m in government_ministers(norm, [M(22, 37, "gov/YE")])]
    [('gov/YE', 6)]
    """
    if "وزير" not in norm and "باسم" not in norm:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "Government" and m.key.startswith(("gov/", "body/government")) and \
                norm.startswith(("حكوم", "الحكوم"), m.start):
            title = _MINISTER_IN.search(norm, max(0, m.start - 60), m.start)
            if title is not None and not any(n.start < m.start and n.end > title.start() for n in mentions):
                a = title.start() + (1 if norm[title.start()] in "وف" and not norm.startswith("وزير", title.start()) else 0)
                m = replace(m, start=a, surface=norm[a:m.end], preposition=None)  # ("في" is inside)
        out.append(m)
    return out
