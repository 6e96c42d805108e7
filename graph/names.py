"""Name resolution: a slug, an acronym or any spelling → the entity it names.

Matching ignores case, accents and punctuation, and the order of a person's names
("Tuimebayev Zhanseit Kanseituly" finds Zhanseit Tuimebayev); a name that matches nothing
raises NotFound with the closest names as suggestions. Built from the named query
``names.rq``, so it works on any store.

>>> normalize("Xi’an  Jiaotong University")
'xi an jiaotong university'
>>> normalize("Politécnico di Milano")
'politecnico di milano'
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from . import queries
from .errors import NotFound, UserError
from .namespaces import slug_of
from .store import Store

KINDS = ("Organization", "Person", "Country", "City")


@dataclass(frozen=True, order=True)
class Entity:
    name: str
    id: str
    iri: str
    kind: str  # one of KINDS


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+|_", " ", text).split())


@dataclass
class NameIndex:
    entities: dict[str, Entity]  # by IRI
    exact: dict[str, set[str]]  # normalized name → IRIs
    words: dict[frozenset, set[str]]  # the set of words of a person's name → IRIs

    @classmethod
    def from_store(cls, store: Store) -> NameIndex:
        entities: dict[str, Entity] = {}
        exact: dict[str, set[str]] = defaultdict(set)
        words: dict[frozenset, set[str]] = defaultdict(set)
        for row in queries.run(store, "names").rows:
            iri = str(row["entity"])
            kind = str(row["kind"]).rsplit("#", 1)[-1]
            entity = Entity(name=str(row["label"]), id=slug_of(iri), iri=iri, kind=kind)
            entities[iri] = entity
            for form in (str(row["name"]), entity.id):
                exact[normalize(form)].add(iri)
            if kind == "Person":
                words[frozenset(normalize(str(row["name"])).split())].add(iri)
        return cls(entities, dict(exact), dict(words))

    def resolve(self, text: str, *, kinds: tuple[str, ...] = KINDS) -> Entity:
        """The one entity ``text`` names, among the given kinds."""
        key = normalize(text or "")
        if not key:
            raise UserError("a name is needed (a slug, an acronym or a spelling)")
        found = {i for i in self.exact.get(key, ()) if self.entities[i].kind in kinds}
        if not found and "Person" in kinds:
            found = self._person_by_words(set(key.split()))
        if len(found) == 1:
            return self.entities[found.pop()]
        if len(found) > 1:
            options = "; ".join(f"{e.id} ({e.name})" for e in sorted(self.entities[i] for i in found))
            raise UserError(f"{text!r} is ambiguous: it names {options}; use an id")
        suggestions = [e.id for e, _ in self.search(text, kinds=kinds, limit=5)]
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        what = " or ".join(k.lower() for k in kinds) if kinds != KINDS else "entity"
        raise NotFound(f"no {what} is called {text!r}{hint}", suggestions=suggestions)

    def _person_by_words(self, words: set[str]) -> set[str]:
        """People whose names, in any order, contain all the given words (two at least)."""
        if len(words) < 2:
            return set()
        return {
            iri for name_words, iris in self.words.items() if words <= name_words or name_words <= words
            for iri in iris
        }

    def search(
        self, text: str, *, kinds: tuple[str, ...] = KINDS, limit: int = 10, cutoff: float = 60
    ) -> list[tuple[Entity, float]]:
        """Entities whose names are closest to ``text``, best first, with a 0–100 score."""
        key = normalize(text or "")
        if not key:
            return []
        choices = {form: iris for form, iris in self.exact.items()}
        best: dict[str, float] = {}
        for form, score, _ in process.extract(
            key, list(choices), scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=cutoff
        ):
            for iri in choices[form]:
                if self.entities[iri].kind in kinds and score > best.get(iri, 0):
                    best[iri] = score
        ranked = sorted(best.items(), key=lambda item: (-item[1], self.entities[item[0]].name))
        return [(self.entities[iri], round(score, 1)) for iri, score in ranked[:limit]]
