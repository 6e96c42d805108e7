"""Text as ASCII writes it: accents dropped, and the Latin letters that have no accent to drop
(NFKD leaves "ø", "ł", "ß", "æ", "ı" … whole) spelt as ASCII spells them. Other scripts are left
as they are: a caller that needs ASCII only checks ``str.isascii`` on the result.

The one table of such letters: the linker's words (graph/reference_linking.py), the places
table (graph/places.py) and synthetic slugs (graph/synth/names.py) all fold through it.

>>> to_ascii("København"), to_ascii("Łódź"), to_ascii("Işık Üniversitesi"), to_ascii("Straße")
('Kobenhavn', 'Lodz', 'Isik Universitesi', 'Strasse')
>>> to_ascii("Москва")
'Москва'
"""

from __future__ import annotations

import unicodedata

_UNDECOMPOSED = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    "ß": "ss", "ı": "i", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H",
})


def to_ascii(text: str) -> str:
    """``text`` with its Latin letters in ASCII (a no-op on ASCII text, the common case)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
