"""Which slug a counted crowd takes.

Activists counted as a crowd ("Dozens of activists had blocked the exits", "quelques centaines
de militants pour le climat se sont rassemblés") are the dev gold's ``protesters`` in French
and English (2 of 2 such crowds; activists named without a number, "Activists marched",
"militantes qui avaient manifesté", "mourners and activists who had gathered", stay
``activists``: 3 of 3). Arabic gold keeps counted activists ("تجمع عشرات الناشطين") as
``activists`` (4 of 5), so Arabic is left alone. :func:`counted_activists` rewrites the
mentions' keys before attribution reads them.
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["counted_activists"]

# what done to the crowd makes it no crowd acting ("des dizaines de militants ont été
# condamnés", "dozens of activists were detained"): keyed protesters, they would be read as
# having protested (protest_nouns); "se sont rassemblés" is active
_DEFINITE_GROUP = re.compile(r"(?:le|the)\s+group")
_PASSIVE_AFTER = re.compile(r"[^.;:!?]{0,60}?\b(?:were|was|have been|had been|has been|being|been|ont ete|a ete|"
                            r"avaient ete|avait ete|etaient|seront|(?<!\bse )(?<!s')sont)\b")


def counted_activists(mentions, norm, lang):
    """French / English: the group mentions ``.../activists`` right after a number of people
    ("dozens of", "quelques centaines de", "plus de 200") that opens its clause, and not
    followed by a passive, keyed ``.../protesters``; other mentions unchanged.

    Parameters
    ----------
    mentions : list of _M
        Mentions in normalised-text coordinates, in text order.
    norm : str
        The normalised text.
    lang : str

    Returns
    -------
    list of _M
    """
    if lang not in ("fr", "en"):
        return mentions
    from .crowds import _CLAUSE_OPENING, _QUANTIFIER
    out = mentions
    for k, m in enumerate(mentions):
        if not (m.key.startswith("group/") and m.key.endswith("/activists")):
            continue
        before = norm[max(0, m.start - 80):m.start]
        q = _QUANTIFIER[lang].search(before)
        if q is None or _DEFINITE_GROUP.match(q.group().strip()):
            continue    # ("le groupe de militants, qui suit le bilan": an organisation)
        q_start = m.start - len(before) + q.start()
        if not _CLAUSE_OPENING.search(norm[max(0, q_start - 40):q_start]) or _PASSIVE_AFTER.match(norm, m.end):
            continue    # "police arrested dozens of activists", "noting that two of the activists",
            # "dozens of activists were detained": no crowd acting
        if out is mentions:
            out = list(mentions)
        out[k] = replace(m, key=m.key[:-len("activists")] + "protesters")
    return out
