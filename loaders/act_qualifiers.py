"""Whether a response cue of a sentence is negated, and its modality (the
:class:`ActQualifiers` mixin of :class:`.sentence_acts.SentenceActs`).

A cue closely preceded by a ``pre`` negation of ``negation.tsv`` ("did not condemn", "لم
تدن"), covered by a non-act ("refused to condemn"), or an Arabic future after "كان" (it would
have condemned) is no act; a ``modality.tsv`` word just before it ("plans to impose",
"menace de") gives the act its modality.
"""

from __future__ import annotations

import re

from .extract_patterns import _AR_EXCEPTIVE, _AR_FUTURE


class ActQualifiers:
    """Negation and modality of a response cue (mixin of the extractor's reader: uses its
    ``lang``, ``norm`` and ``but_re``)."""

    def _negated(self, hit, negs, na):
        """True when a ``pre`` negation closely precedes the cue, or a non-act covers it."""
        if self.lang == "ar" and hit.entry.pos == "v" and _AR_FUTURE.match(hit.surface) and re.search(
                r"(?<!\S)(?:و|ف)?(?:كان|كانت|كانوا)\s+$", self.norm[max(na, hit.start - 12):hit.start]):
            return True     # "مشروع بيان كان سيدين الانقلاب": it would have condemned (no act)
        for n in negs:
            kind = n.entry.value
            if kind == "cancel" or (kind == "pre" and hit.entry.note == "evaluative"
                                    and hit.entry.value == "Denial"):
                continue    # (a denial read by .implicit carries its own negation: "nobody was")
            if kind == "nonact":
                if n.start <= hit.start < n.end + 40 or hit.start <= n.start < hit.end:
                    between = self.norm[n.end:hit.start]
                    if not self.but_re.search(between) and "," not in (
                            between if self.lang in ("fr", "en") else between[:1]):
                        return True
            elif kind == "pre":
                if self.lang in ("fr", "en") and n.start <= hit.start and hit.end <= n.end:
                    return True     # "refused to condemn": no rejection, and no condemnation
                if n.end <= hit.start and hit.start - n.end <= 22:
                    between = self.norm[n.end:hit.start]
                    if self.lang == "ar" and between.strip() and re.fullmatch(
                            r"(?:و|ب|ل)?(?:غير|عدم)", self.norm[n.start:n.end]):
                        continue    # "مناطق غير آمنة يعد انتهاكا": "غير" negates its own word
                    if not re.search(r"[,.;:،؛]", between) and len(between.split()) <= 3 and not (
                            self.lang == "ar" and _AR_EXCEPTIVE.search(between)):
                        return True     # (not "لم يصدر عنها سوى إدانة": only a condemnation)
        if hit.entry.value == "Rejection":
            for n in negs:
                if n.entry.value == "nonact_object" and hit.end <= n.start <= hit.end + 200 \
                        and not re.search(r"[.;:؛]", self.norm[hit.end:n.start]):
                    return True
        return False

    def _modality(self, hit, mods):
        """The modality of a response cue: the nearest ``modality.tsv`` word closely before it
        in the same clause ("plans to", "a menacé de", "تعتزم"), an Arabic future verb
        ("ستفرض": announced), else ``"asserted"``."""
        best = None
        for m in mods:
            if m.end <= hit.start and hit.start - m.end <= 45:
                between = self.norm[m.end:hit.start]
                if re.search(r"[.;:؛]", between):
                    continue
                if m.entry.value == "requested":
                    continue
                best = m.entry.value
        if best is None and self.lang == "ar" and hit.entry.pos == "v" and \
                _AR_FUTURE.match(hit.surface):
            best = "announced"      # "ستفرض", "وسيرسل": a future act
        return best or "asserted"
