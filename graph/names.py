"""Name resolution: a slug, an acronym, any spelling, or an organisation's ROR id or
Wikidata item (``ror:017zhmm22`` or ``017zhmm22``, ``wikidata:Q981237`` or ``Q981237``) →
the entity it names.

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
from dataclasses import dataclass, field, replace

import numpy as np
from rapidfuzz import fuzz, process

from . import queries
from .errors import NotFound, UserError
from .namespaces import ROR, WIKIDATA, slug_of
from .store import Store

KINDS = ("Organization", "Person", "Country", "City")


@dataclass(frozen=True, order=True)
class Entity:
    name: str
    id: str
    iri: str
    kind: str  # one of KINDS
    ror: str | None = None  # an organisation's ROR id (017zhmm22), when it is linked
    wikidata: str | None = None  # its Wikidata item (Q981237)


def identifier_names(entity: Entity) -> list[str]:
    """The names an entity's ROR id and Wikidata item give it.

    >>> identifier_names(Entity("Xi'an Jiaotong University", "xjtu", "x", "Organization", "017zhmm22", "Q981237"))
    ['ror:017zhmm22', '017zhmm22', 'wikidata:Q981237', 'Q981237']
    """
    found = [f"ror:{entity.ror}", entity.ror] if entity.ror else []
    return found + ([f"wikidata:{entity.wikidata}", entity.wikidata] if entity.wikidata else [])


_NOT_WORD = re.compile(r"[\W_]+")


def normalize(text: str) -> str:
    if not text.isascii():  # ASCII has no accent to strip (a 10× faster path, most names)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


@dataclass
class NameIndex:
    entities: dict[str, Entity]  # by IRI
    exact: dict[str, set[str]]  # normalized name → IRIs
    words: dict[frozenset, set[str]]  # the set of words of a person's name → IRIs
    _prepared: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # see _trigrams

    @classmethod
    def from_store(cls, store: Store) -> NameIndex:
        entities: dict[str, Entity] = {}
        exact: dict[str, set[str]] = defaultdict(set)
        words: dict[frozenset, set[str]] = defaultdict(set)
        ids: dict[str, dict[str, str]] = defaultdict(dict)
        for row in queries.run(store, "names").rows:  # a row per name, ROR id or item of each entity
            iri = str(row["entity"])
            if iri not in entities:
                kind = str(row["kind"]).rsplit("#", 1)[-1]
                entities[iri] = Entity(name=str(row["label"]), id=slug_of(iri), iri=iri, kind=kind)
                exact[normalize(entities[iri].id)].add(iri)
            for field, namespace in (("ror", ROR), ("wikidata", WIKIDATA)):
                if row.get(field) is not None:
                    ids[iri][field] = str(row[field]).removeprefix(str(namespace))
            if row.get("name") is None:
                continue
            name = normalize(str(row["name"]))
            exact[name].add(iri)
            if entities[iri].kind == "Person":
                words[frozenset(name.split())].add(iri)
        for iri, found in ids.items():
            entities[iri] = replace(entities[iri], **found)
            for key in identifier_names(entities[iri]):
                exact[normalize(key)].add(iri)
        return cls(entities, dict(exact), dict(words))

    @classmethod
    def among(cls, items: list, *, kind: str) -> NameIndex:
        """The index of some listed items (each with ``iri``, ``id`` and ``name``: a list of
        agreements or articles), all of ``kind``: their ids and names resolve, and a typo
        gets the closest ones, as for organisations.

        >>> from unikg.graph.questions.common import Ref
        >>> docs = NameIndex.among([Ref("ensia-nwnu-twinning-2023", "ENSIA and NWNU sign a twinning agreement", "x:d")],
        ...                        kind="Document")
        >>> docs.resolve("ENSIA and NWNU sign a twinning agreement.", kinds=("Document",)).id
        'ensia-nwnu-twinning-2023'
        >>> docs.resolve("ensia nwnu twining", kinds=("Document",))
        Traceback (most recent call last):
        ...
        unikg.graph.errors.NotFound: no document is called 'ensia nwnu twining'; did you mean ensia-nwnu-twinning-2023?
        """
        entities: dict[str, Entity] = {}
        exact: dict[str, set[str]] = defaultdict(set)
        for item in items:
            entities[item.iri] = Entity(name=item.name, id=item.id, iri=item.iri, kind=kind)
            exact[normalize(item.id)].add(item.iri)
            exact[normalize(item.name)].add(item.iri)
        return cls(entities, dict(exact), {})

    def resolve(self, text: str, *, kinds: tuple[str, ...] = KINDS) -> Entity:
        """The one entity ``text`` names, among the given kinds."""
        key = normalize(_no_nul(text or ""))
        if not key:
            raise UserError("a name is needed (a slug, an acronym or a spelling)")
        found = {i for i in self.exact.get(key, ()) if self.entities[i].kind in kinds}
        if not found and "Person" in kinds:
            found = self._person_by_words(set(key.split()))
        if len(found) > 1:  # an id names its entity, whatever other names it is also
            found = {i for i in found if self.entities[i].id == text} or found
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
        """Entities whose names are closest to ``text``, best first, with a 0–100 score.

        Spaces count for little ("xian jiaotong" finds Xi'an Jiaotong University); among
        equal scores, the name most like the whole query comes first.
        """
        key = normalize(text or "")[:300]
        if not key:
            return []
        # scored: every name, or the CANDIDATES sharing most letter triples with the query
        forms = self._trigrams().closest(key, kinds, CANDIDATES) if len(self.exact) > CANDIDATES else self.exact
        choices: dict[str, set[str]] = {}  # name → the IRIs of the entities of ``kinds`` it names
        for form in forms:
            wanted = {i for i in self.exact[form] if self.entities[i].kind in kinds}
            if wanted:
                choices[form] = wanted
        squeezed = {form.replace(" ", ""): form for form in choices}
        scores: dict[str, float] = {}
        for query, among in ((key, list(choices)), (key.replace(" ", ""), list(squeezed))):
            for form, score, _ in process.extract(
                query, among, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=cutoff
            ):
                if len(form) * 2 <= len(query):  # a short name inside a long query is no match
                    score = fuzz.ratio(query, form)
                form = form if form in choices else squeezed[form]
                scores[form] = max(score, scores.get(form, 0))
        best: dict[str, tuple[float, float]] = {}
        for form, score in scores.items():
            if score < cutoff:
                continue
            rank = (round(score, 1), fuzz.ratio(key, form))
            for iri in choices[form]:
                best[iri] = max(rank, best.get(iri, (0, 0)))
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], -item[1][1], self.entities[item[0]].name))
        return [(self.entities[iri], score) for iri, (score, _) in ranked[:limit]]

    def warm(self) -> NameIndex:
        """Make the letter triples searches use now rather than on the first search (0.4 s
        at 1M triples)."""
        if len(self.exact) > CANDIDATES:
            self._trigrams()
        return self

    def _trigrams(self) -> Trigrams:
        if "trigrams" not in self._prepared:
            self._prepared["trigrams"] = Trigrams.of(self)
        return self._prepared["trigrams"]


# Above this many names, a search scores only the CANDIDATES names sharing most letter
# triples with the query: WRatio over 25,838 names (1M triples) took 130 ms a search, and
# the names it ranks first share most of the query's triples.
CANDIDATES = 1000


@dataclass(frozen=True)
class Trigrams:
    """Every name's letter triples (spaces left out, ends marked), to find the names a
    fuzzy score would rank first without scoring all of them.

    >>> index = NameIndex({}, {"xi an jiaotong university": set(), "jiangsu university": set(),
    ...                        "mit": set(), "smith college": set()}, {})
    >>> Trigrams.of(index).closest("xian jiaotong", None, 1)
    ['xi an jiaotong university']
    >>> Trigrams.of(index).closest("MIT", None, 1)  # among names with "mit", the closest in length
    ['mit']
    """

    forms: list[str]
    kinds: dict[str, np.ndarray]  # kind → which forms name an entity of that kind
    lengths: np.ndarray
    postings: dict[str, np.ndarray]  # triple → the forms holding it

    @classmethod
    def of(cls, index: NameIndex) -> Trigrams:
        forms = list(index.exact)
        holding: dict[str, list[int]] = defaultdict(list)
        kinds = {kind: np.zeros(len(forms), dtype=bool) for kind in {e.kind for e in index.entities.values()}}
        for n, form in enumerate(forms):
            for triple in _triples(form):
                holding[triple].append(n)
            for iri in index.exact[form]:
                kinds[index.entities[iri].kind][n] = True
        return cls(
            forms=forms, kinds=kinds,
            lengths=np.array([len(form.replace(" ", "")) for form in forms], dtype=np.int32),
            postings={t: np.array(found, dtype=np.int32) for t, found in holding.items()},
        )

    def closest(self, text: str, kinds: tuple[str, ...] | None, count: int) -> list[str]:
        """The ``count`` names of ``kinds`` (None: any) sharing most triples with ``text``;
        among equal counts, the closest in length first."""
        key = normalize(text)
        found = [self.postings[t] for t in _triples(key) if t in self.postings]
        if not found:
            return []
        shared = np.bincount(np.concatenate(found), minlength=len(self.forms)).astype(np.int64)
        # a triple more outweighs any difference in length; no triple in common: left out (0)
        rank = shared * 1024 - np.minimum(np.abs(self.lengths - len(key.replace(" ", ""))), 1023)
        rank[shared == 0] = 0
        if kinds is not None:
            held = [self.kinds[kind] for kind in kinds if kind in self.kinds]
            rank[~np.logical_or.reduce(held) if held else slice(None)] = 0
        top = np.argpartition(-rank, count - 1)[:count] if count < len(rank) else np.arange(len(rank))
        top = top[rank[top] > 0]
        return [self.forms[n] for n in top[np.argsort(-rank[top], kind="stable")]]


def _triples(form: str) -> set[str]:
    squeezed = f"^{form.replace(' ', '')}$"
    return {squeezed[i : i + 3] for i in range(len(squeezed) - 2)}


def _no_nul(text: str) -> str:
    """The text, if it has no NUL character: no name has one, and file APIs stop at it.

    >>> _no_nul("xjtu\\x00.png")
    Traceback (most recent call last):
    ...
    unikg.graph.errors.UserError: 'xjtu\\x00.png' contains a NUL character, which no name has
    """
    if "\x00" in text:
        raise UserError(f"{text!r} contains a NUL character, which no name has")
    return text


def containing(index: NameIndex, text: str, *, kinds: tuple[str, ...] = KINDS) -> set[str]:
    """IRIs of the entities one of whose names contains ``text``, ignoring case and accents.

    >>> index = NameIndex({"x": Entity("Politecnico di Milano", "polimi", "x", "Organization")},
    ...                   {"politecnico di milano": {"x"}, "polimi": {"x"}}, {})
    >>> containing(index, "TÉCNICO"), containing(index, "torino")
    ({'x'}, set())
    """
    key = normalize(text or "")
    return {
        iri for form, iris in index.exact.items() if key and key in form
        for iri in iris if index.entities[iri].kind in kinds
    }
