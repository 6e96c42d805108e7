"""The gazetteer: the reference list's 22,860 institution names, to find names and to spell them.

Built once per process from :func:`unikg.graph.reference.load_institutions` (the one loader of
the list), on a spaCy vocabulary every ingest pipeline shares:

- ``matcher``: a PhraseMatcher over every name of two words or more, folded (case, accents,
  apostrophes); one-word names ("Terra", "Catapult") are everyday words too often; a name
  whose head noun a place follows is also found with a comma there, as news writes it
  ("Vietnam National University, Ho Chi Minh City" for the list's "Vietnam National University
  Ho Chi Minh City"), and so is a name whose last word qualifies its "of" part ("American
  University of Iraq, Baghdad", "Indian Institute of Technology, Mandi", "École Nationale
  Supérieure d'Architecture de Paris, Belleville" for the list's "... Iraq Baghdad", "...
  Technology Mandi", "... Paris-Belleville");
- :meth:`Gazetteer.name`: the reference name a written name is, up to folding;
- :meth:`Gazetteer.typo`: the one reference name within one edit (two from 20 characters, three
  from 32) of a written name, if exactly one is that close and its words start with the same
  letters ("Liverpool John Moors University" is Liverpool John Moores University; "Tomsk
  State University" is not Omsk State University), and the words it changes are no words of
  any name ("University of Granada" is no typo of University of Granma: "Granada" is a word
  the list's names use);
- :meth:`Gazetteer.knows_word`: whether a word occurs in some name (a misspelt word does not).

>>> gazetteer().name("liverpool john moores university"), gazetteer().typo("Liverpool John Moors University")
('Liverpool John Moores University', 'Liverpool John Moores University')
"""

from __future__ import annotations

import functools
import re

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.vocab import Vocab

from ..reference import load_institutions
from .folding import fold
from .lexicon import INSTITUTION_HEADS, NAME_LITTLE_WORDS


class Gazetteer:
    def __init__(self, names: list[str]):
        nlp = English()
        self.vocab: Vocab = nlp.vocab
        self.names: dict[str, str] = {}  # folded → the reference name
        for name in names:
            self.names.setdefault(_key(name), name)
        self.words = {w for key in self.names for w in key.split()}
        self.choices = list(self.names)
        self.matcher = PhraseMatcher(self.vocab, attr="NORM")
        patterns = []
        for doc in nlp.tokenizer.pipe(self.names.values(), batch_size=2000):
            if len(doc) < 2:
                continue
            for token in doc:
                token.norm_ = fold(token.text)
            patterns.append(doc)
            place = _place_after_head(doc)
            if place is None:
                place = _qualifier_after_the_of_part(doc)
            if place is not None:
                with_comma = nlp.tokenizer(f"{doc[:place].text.rstrip(' -')}, {doc[place:].text}")
                for token in with_comma:
                    token.norm_ = fold(token.text)
                patterns.append(with_comma)
        self.matcher.add("REFERENCE", patterns)

    def name(self, text: str) -> str | None:
        return self.names.get(_key(text))

    def typo(self, text: str) -> str | None:
        key = _key(text)
        if len(key) < 12 or len(key.split()) < 2:
            return None
        limit = 1 if len(key) < 20 else 2 if len(key) < 32 else 3
        best = process.extract(key, self.choices, scorer=Levenshtein.distance, score_cutoff=limit, limit=2)
        if best and (len(best) == 1 or best[1][1] > best[0][1]) and same_initials(key, best[0][0]):
            changed = set(key.split()) - set(best[0][0].split())
            if changed and all(word in self.words for word in changed):
                return None  # every word as written is a real one: another name, not a typo
            return self.names[best[0][0]]
        return None

    def knows_word(self, word: str) -> bool:
        return _key(word) in self.words


def _place_after_head(doc) -> int | None:
    """Where a place starts after the last word of a name's head noun ("Vietnam National
    University | Ho Chi Minh City"), else None: capitalised words, no connector, no other head."""
    heads = [t.i for t in doc if t.text in INSTITUTION_HEADS]
    if not heads or heads[-1] >= len(doc) - 1:
        return None
    after = doc[heads[-1] + 1:]
    if all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in NAME_LITTLE_WORDS for t in after):
        return heads[-1] + 1
    return None


def _qualifier_after_the_of_part(doc) -> int | None:
    """Where the last word of a name starts when it qualifies the "of" part before it, a
    campus's city after a country ("American University of Iraq | Baghdad", "... d'Architecture
    de Paris-|Belleville"): news writes a comma there. Else None."""
    if len(doc) < 4 or not (doc[-1].is_alpha and doc[-1].text[:1].isupper()):
        return None
    before = len(doc) - 2 if doc[-2].text == "-" and not doc[-2].whitespace_ else len(doc) - 1
    if doc[before - 1].is_alpha and doc[before - 1].text[:1].isupper() and doc[before - 2].lower_ in NAME_LITTLE_WORDS:
        return len(doc) - 1
    return None


def same_initials(a: str, b: str) -> bool:
    """Whether two names have the same words' first letters: a typo seldom hits the first letter
    of a word, and a different name often does ("Tomsk" is no typo of "Omsk").

    >>> same_initials("liverpool john moors university", "liverpool john moores university")
    True
    >>> same_initials("tomsk state university", "omsk state university")
    False
    """
    return [w[0] for w in _key(a).split()] == [w[0] for w in _key(b).split()]


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer([row.name for row in load_institutions()])
