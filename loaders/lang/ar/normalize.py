"""Length-preserving normalisation for Arabic.

Character for character (so offsets in the result are offsets in the original):

- alef forms أ إ آ ٱ ٲ ٳ -> ا ; ة -> ه ; ى -> ي ; ؤ -> و ; ئ -> ي ;
  Persian/Urdu ک -> ك , ی ي -> ي , گ -> ك ;
- diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) and tatweel
  become ``SKIP`` (a tatweel), which matchers drop when they build token keys;
- Arabic-Indic digits -> ASCII digits; Latin letters folded as in English.
"""

from __future__ import annotations

import re

from ..en.normalize import SKIP, fold_char as _latin_fold

_MAP = {}
for _c in "\u0623\u0625\u0622\u0671\u0672\u0673":
    _MAP[_c] = "\u0627"
_MAP["\u0629"] = "\u0647"   # ة -> ه
_MAP["\u0649"] = "\u064a"   # ى -> ي
_MAP["\u0624"] = "\u0648"   # ؤ -> و
_MAP["\u0626"] = "\u064a"   # ئ -> ي
_MAP["\u06a9"] = "\u0643"   # ک -> ك
_MAP["\u06af"] = "\u0643"   # گ -> ك
_MAP["\u06cc"] = "\u064a"   # ی -> ي
_MAP["\u06d2"] = "\u064a"
_MAP["\u0640"] = SKIP       # tatweel
for _cp in list(range(0x0610, 0x061B)) + list(range(0x064B, 0x0660)) + [0x0670] + \
        list(range(0x06D6, 0x06EE)):
    if 0x06DD != _cp:
        _MAP[chr(_cp)] = SKIP
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)

for _i in range(26):
    _MAP[chr(65 + _i)] = chr(97 + _i)      # ASCII upper -> lower
_TABLE = str.maketrans(_MAP)
_MAP["\u061c"] = " "        # Arabic letter mark (direction control)
_TABLE = str.maketrans(_MAP)
_OTHER = re.compile(r"[^\x00-\x7f\u0600-\u06ff]")


def normalize(text: str) -> str:
    """Normalise Arabic text; ``len(result) == len(text)``."""
    out = text.translate(_TABLE)
    # fold other characters (accented Latin, typographic quotes...) one for one
    return _OTHER.sub(lambda m: _latin_fold(m.group()), out)
