"""Arabic: a court's or a prosecutor's order of detention or sentence, said with its author.

The judiciary's force is often said with a decision verb whose complement comes after the
court's full name and seat, too far for a cue with a gap ("قضت .. بالسجن" allows four
words)::

    قررت نيابة أمن الدولة العليا في مصر حبس الصحفي ...         -> UseOfForce (EG)
    قضت محكمة جنح أمن الدولة طوارئ في المنصورة بمعاقبة ...      -> UseOfForce
    أمر قاضي التحقيق في المحكمة الابتدائية بتونس بإيداع ... السجن -> UseOfForce (TN)
    أصدرت الدائرة الجنائية ... أحكاما بالسجن على ...             -> UseOfForce

A hit is read only when a judicial organ (court, chamber, prosecution, investigating judge)
is the subject right after the verb, and the complement of detention or punishment follows
within the clause: "طالبت منظمة العفو الدولية بمعاقبة المسؤولين" (a call, no court) is not
read. The organ acts for the state named in the organ's words (or before the complement),
else for the document's main country (:meth:`.accused.Organs.main`).

Examples
--------
>>> [m.group(1) for m in _ORDER.finditer("قررت نيابه امن الدوله حبس")]
['قررت']
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .accused import _ar
from .cues import Entry, Hit

# the decision verb opening the clause (with its conjunction)
_ORDER = _ar(r"(?<!\S)[وف]?(قضت|قضى|قررت|قرر|أمرت|أمر|أصدرت|أصدر)(?!\S)")
# the judicial organ, its subject right after it
_JUDICIAL = _ar(r"\s+(?:ال)?(?:محكمة|نيابة|النيابة|الدائرة|دائرة|قاضي|قاضية|هيئة المحكمة|المحكمة)(?!\w)")
# the complement of detention or punishment
_COMPLEMENT = _ar(
    r"(?<!\S)(?:ب?حبس\w*|بمعاقبة|بسجن\w*|بإيداع\w*|بإعدام\w*|ب?توقيف\w*|ب?احتجاز\w*|"
    r"أحكام(?:ا|اً)?\s+(?:بالسجن|بالإعدام|بالحبس)|حكم(?:ا|اً)?\s+(?:بالسجن|بالإعدام|بالحبس))(?!\w)")
_STOP = _ar(r"[.\u061b:؟!]|(?<!\S)(?:التي|الذي|الذين)(?!\S)")
_WORDS = re.compile(r"\w+")


def judicial_orders(text, sentences, mentions, main):
    """``[(hit, gov_key)]``: UseOfForce hits of a judicial order in ``text`` and the state
    ``gov/XX`` (or None) whose court gave it.

    Parameters
    ----------
    text : str
        The normalised Arabic text.
    sentences : list of (int, int)
        The spans of the sentences read.
    mentions : list
        The actor mentions (normalised offsets, sorted by start).
    main : str or None
        The ISO code of the country the document names most.
    """
    starts = [m.start for m in mentions]
    out = []
    for na, nb in sentences:
        for verb in _ORDER.finditer(text, na, nb):
            organ = _JUDICIAL.match(text, verb.end())
            if organ is None:
                continue
            stop = _STOP.search(text, organ.end(), nb)
            end = stop.start() if stop is not None else nb
            comp = _COMPLEMENT.search(text, organ.end(), end)
            if comp is None or len(_WORDS.findall(text, organ.end(), comp.start())) > 12:
                continue
            key = None
            for m in mentions[bisect_left(starts, organ.start()):bisect_left(starts, comp.start())]:
                parts = m.key.split("/")
                if m.key.startswith(("gov/", "body/")) and len(parts) >= 2 and parts[1][:2].isupper():
                    key = "gov/" + parts[1].split("-")[0]
                    break
                if m.key.startswith(("org/", "person/")) and m.kind not in ("Place",):
                    key = False     # another actor's court (an international one) or a person
                    break
            if key is False:
                continue
            key = key or (f"gov/{main}" if main else None)
            hit = Hit(verb.start(), verb.end(), Entry(verb.group(), "UseOfForce", "v", "judicial"),
                      verb.group())
            out.append((hit, key))
    return out
