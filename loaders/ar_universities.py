"""Arabic names of universities, an organisation the gazetteer cannot list one by one.

Universities speak for their students and staff when these are jailed abroad ("أعربت جامعة
ليدز عن قلقها البالغ", "أعربت الجامعة الأوروبية المركزية عن صدمتها", "دعت جامعة برينستون
إلى إطلاق سراحها"). Their names are not read by :mod:`.ar_org_names`: a foreign name after
the indefinite head is one or two indefinite words ("جامعة ليدز", "جامعة جورج تاون") that
never close a construct chain, and the definite head "الجامعة" with nisbas ("الجامعة
الأمريكية", "الجامعة الأوروبية المركزية") has no chain at all. Unread, the verb's subject
was taken from an earlier sentence (a government, another organisation).

:func:`university_names` finds ``(start, end)`` of such names in the normalised text:

- "جامعة" (indefinite) and up to two words of its name, then its nisbas: the name stops at a
  preposition or particle, punctuation, a definite word, a word with و or "بال"/"لل", or an accusative noun
  ("أصدرت جامعة هارفارد بيانا");
- "الجامعة" followed by one to three nisbas ("الجامعة الأمريكية في القاهرة" stops at في),
  but not "الجامعة العربية" (the Arab League, a gazetteer name).

A name right after a preposition ("طالبة في جامعة ليدز", "إلى الجامعة") is where someone
studies, not an actor, and is left out. The name is keyed by its transliteration
(``unknown_orgs``).
"""

from __future__ import annotations

import re

from .ar_org_names import _ADJECTIVE, _PLACE_PREP, _STOP

__all__ = ["university_names"]

# normalised forms (taa marbuta folded to ه)
_HEAD = re.compile(r"(?<![\u0600-\u06ff])(?:[وفلب])?(جامعه|الجامعه)(?![\u0600-\u06ff])")
_TOKEN = re.compile(r"\S+")
_PUNCT = "،,.:؛;!?()«»\"“”'"
# nisbas that make "الجامعة" another body
_NOT_UNIVERSITY = frozenset({"العربيه"})
# an accusative indefinite noun, the verb's object ("بيانا", "قرارا", "رسالة"): not a name word
_ACCUSATIVE = re.compile(r"(?:[^و]ا|ه)$")
_MAX_NAME_WORDS = 2


def _nisbas(norm, pos, limit):
    """Where the definite nisbas from ``pos`` end (``pos`` when there are none), with their count."""
    end, count = pos, 0
    for tok in _TOKEN.finditer(norm, pos, min(len(norm), pos + 80)):
        if norm[end:tok.start()].strip():
            break
        w = tok.group()
        stripped = w.rstrip(_PUNCT)
        if not stripped.startswith("ال") or not _ADJECTIVE.search(stripped) or count >= limit:
            break
        end, count = tok.start() + len(stripped), count + 1
        if stripped != w:
            break
    return end, count


def _indefinite_name(norm, pos):
    """Where the name after an indefinite "جامعة" ending at ``pos`` ends, or None."""
    end = None
    words = 0
    for tok in _TOKEN.finditer(norm, pos, min(len(norm), pos + 60)):
        w = tok.group()
        stripped = w.rstrip(_PUNCT)
        if not stripped or stripped[0] in _PUNCT or stripped in _STOP or stripped.startswith(("ال", "و", "بال", "لل")):
            break
        if words and _ACCUSATIVE.search(stripped):
            break
        end, words = tok.start() + len(stripped), words + 1
        if stripped != w or words >= _MAX_NAME_WORDS:
            break
    if end is None:
        return None
    if norm[end:end + 1] == " ":
        more, count = _nisbas(norm, end + 1, 2)
        end = more if count else end
    return end


def university_names(norm):
    """``(start, end)`` of the universities named in the normalised Arabic ``norm``.

    >>> from rightsgraph.loaders.cues import normalized_view
    >>> n = normalized_view("وأعربت جامعة ليدز عن قلقها. ورحبت الجامعة الأمريكية بالقرار.", "ar")[0]
    >>> [n[a:b] for a, b in university_names(n)]
    ['جامعه ليدز', 'الجامعه الامريكيه']
    """
    out = []
    for g in _HEAD.finditer(norm):
        a, pos = g.start(1), g.end(1)
        before = norm[max(0, a - 30):a].split()
        if before and before[-1] in _PLACE_PREP or g.group(0)[0] in "لب":
            continue        # "في جامعة ليدز", "بجامعة": where someone studies
        if norm[pos:pos + 1] != " ":
            continue
        if g.group(1) == "جامعه":
            end = _indefinite_name(norm, pos + 1)
        else:
            first = norm[pos + 1:pos + 40].split(None, 1)
            if not first or first[0].rstrip(_PUNCT) in _NOT_UNIVERSITY:
                continue
            end, count = _nisbas(norm, pos + 1, 3)
            end = end if count else None
        if end is not None:
            out.append((a, end))
    return out
