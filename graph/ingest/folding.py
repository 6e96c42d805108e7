"""Text folded for matching: case, accents, typographic apostrophes and dashes.

One character for each character, so offsets in the folded text are offsets in the original.

>>> fold("Politécnico’s KAZNU")
"politecnico's kaznu"
"""

from __future__ import annotations

import functools
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})


def fold(text: str) -> str:
    if text.isascii():  # each character folds to itself in small letters
        return text.lower()
    return "".join(map(_fold_char, text))


@functools.cache
def _fold_char(char: str) -> str:
    char = char.translate(_APOSTROPHES)
    base = unicodedata.normalize("NFKD", char)[:1] or char
    lower = base.lower()
    return lower if len(lower) == 1 else base
