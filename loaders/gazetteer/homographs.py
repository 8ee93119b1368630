"""Names that are two places (the :class:`Homographs` mixin of
:class:`.lookup.Gazetteer`): Arabic "عمان" without diacritics is Amman or Oman; "Brussels"
next to the EU is the EU."""

from __future__ import annotations

import re

from .patterns import SKIP
from .records import Mention, _replace

# "عمان" without diacritics: Amman when the text names Jordan and not the Sultanate
_JORDAN_CONTEXT = re.compile("(?<![^\\s\u0640])[\u0640]*[وفبل]?[\u0640]*(?:ال)?[\u0640]*"
                             "ا[\u0640]*ر[\u0640]*د[\u0640]*ن(?=[\u0640]*(?:ي|\\W|$))")
_OMAN_CONTEXT = re.compile("سلطن[\u0640]*ه\\s+[\u0640]*ع|(?<![^\\s\u0640])[\u0640]*[وفبل]?(?:ال)?"
                           "ع[\u0640]*م[\u0640]*ا[\u0640]*ن[\u0640]*ي|مسقط(?!\\s+را)")


class Homographs:
    """Tells homograph place names apart from the text (mixin of ``Gazetteer``)."""

    def _amman_or_oman(self, m: Mention, text: str, norm: str) -> Mention:
        """A bare "عمان" (the normalisation drops the shadda) is Amman or Oman.

        "عمّان" (shadda on the mim) is Amman, the capital of Jordan (its government by
        metonymy); "عُمان" (damma on the ain) and "سلطنة عمان" are Oman. Written without
        diacritics it is Amman when the text names Jordan (الأردن، أردني...) and not the
        Sultanate (سلطنة عمان، العماني/ة، مسقط), else Oman.

        Parameters
        ----------
        m : Mention
            A mention found in ``text``.
        text, norm : str
            The text and its length-preserving normalisation.

        Returns
        -------
        Mention
            ``m``, or the same span as Jordan's capital.
        """
        if m.key != "gov/OM" or m.form != "name":
            return m
        word = norm[m.start:m.end].replace(SKIP, "")
        if not word.endswith("عمان") or "سلطنه" in word or len(word) > 6:
            return m
        if norm[max(0, m.start - 8):m.start].replace(SKIP, "").rstrip().endswith("سلطنه"):
            return m
        surface = text[m.start:m.end]
        if "\u0651" not in surface:        # shadda: عمّان
            if "\u064f" in surface or _OMAN_CONTEXT.search(norm) \
                    or not _JORDAN_CONTEXT.search(norm):
                return m                    # عُمان, or no Jordan in sight
        return _replace(m, key="gov/JO", place_key="place/JO", form="capital")

    def _brussels_for_the_eu(self, mentions: list[Mention], norm: str) -> list[Mention]:
        """"Brussels" / "Bruxelles" / "بروكسل" named as an actor (no locative preposition)
        stands for the European Union, not Belgium's government, when its sentence also
        names the EU, one of its institutions or one of their officials ("Bruxelles a
        condamné ... au nom de l'UE"); elsewhere it keeps Belgium's government.

        Parameters
        ----------
        mentions : list of Mention
            The mentions of a text, sorted by start.
        norm : str
            The text's length-preserving normalisation.

        Returns
        -------
        list of Mention
            ``mentions``, with such capitals made the European Union.
        """
        caps = [i for i, m in enumerate(mentions) if m.key == "gov/BE" and m.form == "capital"
                and not m.preposition]
        if not caps:
            return mentions
        eu = [m for m in mentions if self._acts_for_the_eu(m)]
        if not eu:
            return mentions
        inside = [(m.start, m.end) for m in mentions]
        ends = [k for k, c in enumerate(norm) if c in ".!?\u061f\n"
                and not any(a <= k < b for a, b in inside)]
        out = list(mentions)
        for i in caps:
            m = mentions[i]
            lo = max([k for k in ends if k < m.start], default=-1)
            hi = min([k for k in ends if k >= m.end], default=len(norm))
            if any(lo < e.start and e.end <= hi for e in eu):
                out[i] = _replace(m, key="org/european-union",
                                  kind="IntergovernmentalOrganization", place_key=None,
                                  form="name")
        return out

    def _acts_for_the_eu(self, m: Mention) -> bool:
        """Whether a mention is the EU, part of it, or one of their officials."""
        for key in (m.key, m.represents):
            if not key:
                continue
            if key == "org/european-union" or key.startswith("official/european-union/"):
                return True
            if (self.orgs.get(key) or {}).get("part_of") == "org/european-union":
                return True
        return False
