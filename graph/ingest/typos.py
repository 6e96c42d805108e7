"""Registry names written with a typo: "The Univeristy of Liverpool", "from Chine".

Runs of capitalised words (with the little words of names between them) that no name matched
are compared, each stretch of two to seven words, with the registry's organisation names; a
single capitalised word after "from", "in" or a bracket, with its country names. A stretch is
that name when the name is at most one edit away (two from 12 characters, three from 25), no
other name is as close, and the gazetteer does not know the stretch as an institution of its
own ("University of Toronto" is no typo of "University of Torino"). rapidfuzz computes the distances; only the registry is searched
this way (the gazetteer's 22,860 names are searched only for a name a pattern found, see
:mod:`.linking`).

>>> index = TypoIndex([("organization", "sco", "Shanghai Cooperation Organisation")])
>>> index.closest("Shanghai Cooperation Organisaton", kind="organization")
'sco'
"""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc

from .folding import fold
from .gazetteer import gazetteer, same_initials

_LITTLE = frozenset({"of", "for", "and", "the", "de", "di", "&", "-", "'s", "’s"})
_COUNTRY_CONTEXT = frozenset({"from", "in", "(", ",", "of"})


def limit(text: str) -> int:
    return 1 if len(text) < 12 else 2 if len(text) < 25 else 3


class TypoIndex:
    def __init__(self, forms: list[tuple[str, str, str]]):
        self.choices: dict[str, dict[str, set[str]]] = {}  # kind → folded form → ids
        for kind, ident, text in forms:
            if kind in ("organization", "country") and len(text) >= 5:
                self.choices.setdefault(kind, {}).setdefault(fold(text), set()).add(ident)
        self.lists = {kind: list(forms) for kind, forms in self.choices.items()}

    def closest(self, text: str, *, kind: str) -> str | None:
        key = fold(text)
        if len(key) < 5 or kind not in self.lists or (kind == "organization" and gazetteer().name(text)):
            return None  # a real institution's name is no typo of another ("University of Toronto")
        best = process.extract(key, self.lists[kind], scorer=Levenshtein.distance, score_cutoff=limit(key), limit=2)
        if not best or best[0][1] == 0 or (len(best) == 2 and best[1][1] == best[0][1]) or not same_initials(key, best[0][0]):
            return None
        ids = self.choices[kind][best[0][0]]
        return next(iter(ids)) if len(ids) == 1 else None

    def find(self, doc: Doc, taken: set[int]) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, id) of registry names written with a typo, outside ``taken``."""
        found = []
        for start, end in _capitalised_runs(doc, taken):
            found += self._in_run(doc, start, end)
        for token in doc:
            if token.i in taken or not token.is_alpha or not token.text[0].isupper() or len(token) < 5:
                continue
            if token.i > 0 and doc[token.i - 1].lower_ in _COUNTRY_CONTEXT:
                ident = self.closest(token.text, kind="country")
                if ident:
                    found.append((token.i, token.i + 1, "country", ident))
        return found

    def _in_run(self, doc: Doc, start: int, end: int) -> list[tuple[int, int, str, str]]:
        found = []
        i = start
        while i < end:
            best = None
            if doc[i].lower_ in _LITTLE:  # a name starts with a word: "China-Shanghai ..." from "Shanghai"
                i += 1
                continue
            for j in range(min(end, i + 7), i + 1, -1):
                if doc[j - 1].lower_ in _LITTLE:
                    continue
                ident = self.closest(doc[i:j].text, kind="organization")
                if ident:
                    best = (i, j, "organization", ident)
                    break
            if best:
                found.append(best)
                i = best[1]
            else:
                i += 1
        return found


def _capitalised_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    runs = []
    i = 0
    while i < len(doc):
        if i in taken or not doc[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while j < len(doc) and j not in taken and (doc[j].text[:1].isupper() or (doc[j].lower_ in _LITTLE and j + 1 < len(doc) and doc[j + 1].text[:1].isupper())):
            j += 1
        if j - i >= 2:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs
