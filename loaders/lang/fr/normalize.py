"""Length-preserving normalisation for French.

Same folding as English (lower case, accents stripped: "é" -> "e", "œ" -> "o",
apostrophes "’" -> "'"), so "États-Unis" -> "etats-unis" and offsets stay valid.
"""

from __future__ import annotations

from ..en.normalize import SKIP, fold_char, normalize

__all__ = ["normalize", "fold_char", "SKIP"]
