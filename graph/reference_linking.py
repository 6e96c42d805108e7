"""Reference linking: an institution's name, as written → one row of the reference list
(ROR and Wikidata ids), or no row, with the reason.

The one linker of the project: ``unikg build`` links every registry organisation with it,
``unikg ingest`` the new ones it proposes, ``unikg link`` one name. rapidfuzz supplies
candidates for typos and for the curator's note; the decision itself is made on words, so
that a name differing by a *distinctive* word is never taken for another:

1. the row whose name is the same, ignoring case, accents, punctuation, spaces inside a word
   ("Xian" = "Xi'an") and a leading "the";
2. else the rows whose names have the same words in another order ("Liverpool University" =
   "University of Liverpool");
3. typos are mended word by word first, only towards a word of the reference list, and only
   for a word the list does not have ("Univeristy" → "University", never "Hunan" → "Henan");
4. a name the list holds only with a qualifier ("China University of Petroleum, East
   China") is **ambiguous** unless the country or city given names the qualifier;
5. several rows, or a name made only of common words ("National University of Science and
   Technology": many institutions carry it), is **ambiguous** unless the country given
   singles one out (a US row is one with an IPEDS id; other rows show a country only when
   their name holds it);
6. kinds the list does not cover (companies, government bodies, alliances, science parks)
   are not linked; a unit is not linked to its parent's row (:func:`link_registry`).

A name that differs by a word ("North Chiang Mai University", "Xi'an Jiaotong-Liverpool
University", "Tampere University" for Tampere University of Technology) is **none**, with the
closest rows as candidates for a curator.

>>> linker = Linker.default()
>>> linker.link("Xian Jiaotong Univeristy").ror
'017zhmm22'
>>> linker.link("Chiang Mai University").name, linker.link("North Chiang Mai Univ").name
('Chiang Mai University', 'North Chiang Mai University')
>>> linker.link("Tampere University of Technology").decision
'none'
>>> decision = linker.link("China University of Petroleum", country="CN")
>>> decision.decision, [c.name for c in decision.candidates]
('ambiguous', ['China University of Petroleum, Beijing', 'China University of Petroleum, East China'])
>>> linker.link("China University of Petroleum", city="Beijing").ror
'041qf4r12'
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import pycountry
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .names import normalize
from .reference import DEFAULT_FILE, Institution, load_institutions
from .registry import NO_LINK, Organization, Registry

DECISIONS = ("linked", "none", "ambiguous")
# registry kinds the reference list (educational and research institutions) can hold
LINKABLE_KINDS = frozenset({"university", "school", "research-institute", "academy", "centre", "laboratory", "organizational-unit"})

# left out when words are compared in any order ("Kazakh National University named after
# Al-Farabi" = "Al-Farabi Kazakh National University")
_STOPWORDS = frozenset("of the and for in at de di da del della des du la le named after".split())
# spellings of one word: British and American, abbreviations, and "university" in the
# languages of the list's other rows ("Sorbonne Université" = "Sorbonne University")
_VARIANTS = {
    "centre": "center", "st": "saint", "univ": "university", "organisation": "organization",
    **dict.fromkeys(("universite", "universidad", "universidade", "universita", "universitat", "universitaet",
                     "universiteit", "universitet", "uniwersytet"), "university"),
}
_NO_APOSTROPHES = str.maketrans("", "", "'’‘`´ʼ")
_NOT_WORD = re.compile(r"[\W_]+")
# a qualifier after the name proper: "(Beijing)", ", East China", " – Kharkiv Aviation Institute"
_QUALIFIER = re.compile(r"\s*(?:\((?P<paren>[^)]*)\)|,\s*(?P<comma>.+)|\s[–—-]\s(?P<dash>.+))\s*$")
ACRONYM_SCORE = 90  # the score of a link made from an acronym and the country
GENERIC_DF = 100  # a word in this many names or more is common ("national", "science")
CANDIDATES = 5


@dataclass(frozen=True, kw_only=True)
class Candidate:
    ror: str | None
    wikidata: str | None
    name: str
    score: int  # 0–100: rapidfuzz's WRatio of the name as written and the row's name, rounded


@dataclass(frozen=True, kw_only=True)
class Decision:
    """What a name links to: ``linked`` (``ror``, ``wikidata``, ``name`` of the row),
    ``none`` or ``ambiguous`` (``candidates``, the rows a curator would look at), and why."""

    decision: str  # one of DECISIONS
    query: str
    ror: str | None = None
    wikidata: str | None = None
    name: str | None = None  # the reference row's name
    score: int | None = None  # as a candidate's; none on a curated link
    method: str = "matched"  # matched | curated
    candidates: tuple[Candidate, ...] = ()
    note: str = ""

    @property
    def linked(self) -> bool:
        return self.decision == "linked"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["candidates"] = [asdict(c) for c in self.candidates]
        return data

    def line(self) -> str:
        """One readable line."""
        if self.linked:
            score = f", score {self.score}" if self.score is not None else ""
            return f"{self.query}: linked to {self.name or self.ror or self.wikidata} (ror {self.ror or '-'}, wikidata {self.wikidata or '-'}; {self.method}{score})"
        options = "; ".join(f"{c.name} ({c.ror or 'no ROR id'}, {c.score})" for c in self.candidates)
        return f"{self.query}: {self.decision}: {self.note}" + (f" Candidates: {options}" if options else "")


def words_of(text: str) -> tuple[str, ...]:
    """The words of a name as the linker compares them.

    >>> words_of("The Xi’an Jiaotong-Liverpool Univ. & Centre")
    ('xian', 'jiaotong', 'liverpool', 'university', 'and', 'center')
    """
    text = text.translate(_NO_APOSTROPHES).replace("&", " and ")
    if not text.isascii():
        text = normalize(text)
    found = _NOT_WORD.sub(" ", text.lower()).split()
    if found[:1] == ["the"]:
        found = found[1:]
    return tuple(_VARIANTS.get(w, w) for w in found)


def _bag(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(w for w in words if w not in _STOPWORDS))


def _split_qualifier(text: str) -> tuple[str, str | None]:
    """The name proper and its qualifier, if any.

    >>> _split_qualifier("China University of Petroleum (East China)")
    ('China University of Petroleum', 'East China')
    >>> _split_qualifier("Health Science Center, Xi'an Jiaotong University")
    ('Health Science Center', "Xi'an Jiaotong University")
    """
    found = _QUALIFIER.search(text) if "(" in text or "," in text or " - " in text or " – " in text or " — " in text else None
    if not found or found.start() == 0:
        return text, None
    qualifier = next(v for v in found.groupdict().values() if v is not None)
    return text[: found.start()], qualifier.strip()


@functools.cache
def _country_names() -> tuple[dict[tuple[str, ...], str], int]:
    """The words of every country's names → its ISO code; the most words a name has."""
    names: dict[tuple[str, ...], str] = {}
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)} - {None}:
            names.setdefault(words_of(name), country.alpha_2)
    return names, max(len(k) for k in names)


def countries_named(text: str) -> set[str]:
    """ISO codes of the countries a name or qualifier names (longest names first).

    >>> sorted(countries_named("University of Papua New Guinea")), sorted(countries_named("Pakistan"))
    (['PG'], ['PK'])
    """
    return _countries_in(words_of(text))


def _countries_in(words: tuple[str, ...]) -> set[str]:
    names, longest = _country_names()
    found: set[str] = set()
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            code = names.get(tuple(words[i : i + size]))
            if code:
                found.add(code)
                i += size
                break
        else:
            i += 1
    return found


@dataclass
class _Row:
    institution: Institution
    words: tuple[str, ...]
    qualifier: str | None

    @functools.cached_property
    def countries(self) -> frozenset[str]:
        """The countries the row shows: the US for a row with an IPEDS id, else those its
        name holds ("University of Newcastle Australia")."""
        return frozenset({"US"} if self.institution.ipeds else _countries_in(self.words))


@dataclass
class Linker:
    """An index of the reference list for linking names (0.3 s to build for 22,860 rows)."""

    rows: list[_Row]
    exact: dict[str, list[int]]  # the words joined without spaces → rows
    bags: dict[tuple[str, ...], list[int]]  # the words without stopwords, sorted → rows
    qualified: dict[tuple[str, ...], list[int]]  # a qualified row's name proper, as a bag → rows
    frequency: dict[str, int]  # word → number of names holding it

    @functools.cached_property
    def acronyms(self) -> dict[str, list[int]]:
        """The initials of each name's words (stopwords left out) → rows (made on first use)."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            found[_initials(row.words)].append(n)
        return dict(found)

    @functools.cached_property
    def _choices(self) -> list[str]:
        return [" ".join(row.words) for row in self.rows]

    @functools.cached_property
    def _vocabulary(self) -> list[str]:
        return list(self.frequency)

    @classmethod
    def of(cls, institutions: Iterable[Institution]) -> Linker:
        rows, exact, bags, qualified = [], defaultdict(list), defaultdict(list), defaultdict(list)
        frequency: dict[str, int] = defaultdict(int)
        for n, institution in enumerate(institutions):
            words = words_of(institution.name)
            proper, qualifier = _split_qualifier(institution.name)
            rows.append(_Row(institution, words, qualifier))
            exact["".join(words)].append(n)
            bags[_bag(words)].append(n)
            if qualifier:
                qualified[_bag(words_of(proper))].append(n)
            for word in set(words):
                frequency[word] += 1
        return cls(rows, dict(exact), dict(bags), dict(qualified), dict(frequency))

    @classmethod
    def default(cls, path: Path = DEFAULT_FILE) -> Linker:
        """The linker of the reference list at ``path`` (built once per process and path)."""
        return _default(Path(path).resolve())

    def link(
        self, name: str, *, country: str | None = None, city: str | None = None,
        kind: str | Iterable[str] | None = None, closest: int = CANDIDATES,
    ) -> Decision:
        """The decision for ``name`` as written; ``country`` (ISO alpha-2), ``city`` (its
        name) and ``kind`` (a registry kind slug, or several) are what else is known.
        ``closest``: how many of the closest rows a ``none`` lists (25 ms; 0 for none)."""
        name = " ".join((name or "").split())
        kinds = {kind} if isinstance(kind, str) else set(kind or ())
        if kinds and not kinds & LINKABLE_KINDS:
            return Decision(
                decision="none", query=name,
                note=f"{_a('/'.join(sorted(kinds)))} is not an educational or research institution, which is all the reference list holds.",
            )
        proper, qualifier = _split_qualifier(name)
        evidence_countries = {country} if country else set()
        places = {words_of(city)} if city else set()
        if qualifier and "".join(words_of(name)) in self.exact:  # "China University of Petroleum, East China"
            proper = name
        elif qualifier:  # "(Pakistan)", ", Beijing": evidence when it names a country or the city
            named = countries_named(qualifier)
            if named or words_of(qualifier) in places:
                evidence_countries |= named
                places.add(words_of(qualifier))
            else:
                proper = name
        written = words_of(proper)
        if not written:
            return Decision(decision="none", query=name, note="no name to link.")
        if _is_acronym(name):
            return self._acronym(name, evidence_countries, places)
        words, mended = (written, 0) if "".join(written) in self.exact else self._mend(written)
        found, how = self._named(words, evidence_countries)
        if not found:
            return self._none(name, closest)
        if len(found) > 1 or how == "only with a qualifier":
            chosen = [n for n in found if self._supported(n, evidence_countries, places)]
            if len(chosen) == 1:
                return self._linked(name, chosen[0], f"{how}; the {'country' if country else 'place'} given singles it out.", mended)
            reason = (
                f"the reference list has this name only with a qualifier ({'; '.join(self.rows[n].qualifier or '' for n in found)}) and nothing given says which."
                if how == "only with a qualifier" and len(found) == 1
                else f"{len(found)} reference rows carry this name ({how}) and nothing given says which."
            )
            return Decision(decision="ambiguous", query=name, candidates=self._candidates(name, found), note=reason)
        (n,) = found
        if all(self.frequency.get(w, 0) >= GENERIC_DF for w in _bag(words)) and not self._supported(n, evidence_countries, places):
            return Decision(
                decision="ambiguous", query=name, candidates=self._candidates(name, found),
                note="a name made only of common words, which many institutions carry; the reference row does not show the country, so it is not taken on the name alone.",
            )
        return self._linked(name, n, how + ".", mended)

    def institution(self, *, ror: str) -> Institution | None:
        """The reference row with this ROR id, if the list has it."""
        return next((row.institution for row in self.rows if row.institution.ror == ror), None)

    def candidates(self, name: str, *, limit: int = CANDIDATES) -> list[Candidate]:
        """The rows whose names rapidfuzz finds closest to ``name`` (for a curator)."""
        key = " ".join(words_of(name))
        found = process.extract(key, self._choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=70)
        return self._candidates(name, [n for _, _, n in found])

    def _named(self, words: tuple[str, ...], countries: set[str]) -> tuple[list[int], str]:
        """The rows these words name, and how: the same name; else the same words in another
        order, with the rows that are that name and where they are ("... in St. Louis"); else
        the rows that have it only with a qualifier. A row showing another country is out."""

        def plausible(rows: Iterable[int]) -> list[int]:
            return [n for n in dict.fromkeys(rows) if not self._contradicts(n, countries)]

        found = plausible(self.exact.get("".join(words), []))
        if found:  # "Northeastern University" is not "North Eastern University" when both are rows
            spaced = [n for n in found if self.rows[n].words == words]
            return spaced or found, "same name"
        found = plausible(self.bags.get(_bag(words), []))
        qualified = plausible(n for n in self.qualified.get(_bag(words), []) if n not in found)
        if found:
            longer = qualified + plausible(self._extended(words))
            return (found + longer, "same words in another order, or longer") if longer else (found, "same words in another order")
        return qualified, "only with a qualifier"

    def _acronym(self, name: str, countries: set[str], places: set[tuple[str, ...]]) -> Decision:
        """An acronym names many institutions: linked only when the country given leaves one."""
        found = [n for n in self.acronyms.get(name.lower(), []) if not self._contradicts(n, countries)]
        chosen = [n for n in found if self._supported(n, countries, places)]
        if len(chosen) == 1:
            return self._linked(
                name, chosen[0], f"the initials of {len(found)} reference rows; what is given singles this one out.",
                score=ACRONYM_SCORE,
            )
        if not found:
            return Decision(decision="none", query=name, note="an acronym that no reference row's initials spell.")
        return Decision(
            decision="ambiguous", query=name, candidates=self._candidates(name, found[:CANDIDATES * 4])[:CANDIDATES],
            note=f"an acronym: the initials of {len(found)} reference rows, and nothing given says which.",
        )

    def _extended(self, words: tuple[str, ...]) -> list[int]:
        """Rows whose names are these words followed by where they are: "in St. Louis",
        "at Lima", "Australia" (not "Health Partners", "of Technology": other institutions)."""
        start = " ".join(words) + " "
        found = []
        for n, choice in enumerate(self._choices):
            if choice.startswith(start):
                rest = tuple(choice[len(start):].split())
                if rest[0] in ("in", "at") or rest in _country_names()[0]:
                    found.append(n)
        return found

    def _mend(self, words: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
        """The words with typos mended towards words of the list, and how many edits."""
        mended, edits = [], 0
        for word in words:
            best = self._closest_word(word) if word not in self.frequency and not word.isdigit() else None
            if best:
                mended.append(best[0])
                edits += best[1]
            else:
                mended.append(word)
        return tuple(mended), edits

    def _closest_word(self, word: str) -> tuple[str, int] | None:
        if len(word) < 5:
            return None
        allowed = 2 if len(word) >= 9 else 1
        found = process.extract(word, self._vocabulary, scorer=OSA.distance, score_cutoff=allowed, limit=20)
        if not found:
            return None
        distance = min(d for _, d, _ in found)
        nearest = [(w, self.frequency[w]) for w, d, _ in found if d == distance]
        # a rare word is mended by one edit only, and from 7 letters: "Hunan" stays what it says
        nearest = [(w, f) for w, f in nearest if f >= GENERIC_DF or (distance == 1 and len(word) >= 7)]
        if len(nearest) == 1:
            return nearest[0][0], distance
        return None

    def _contradicts(self, n: int, countries: set[str]) -> bool:
        shown = self.rows[n].countries
        return bool(countries and shown and not shown & countries)

    def _supported(self, n: int, countries: set[str], places: set[tuple[str, ...]]) -> bool:
        row = self.rows[n]
        if countries & row.countries:
            return True
        text = " " + " ".join(row.words) + " "
        return any(place and f" {' '.join(place)} " in text for place in places)

    def _linked(self, name: str, n: int, how: str, edits: int = 0, *, score: int | None = None) -> Decision:
        row = self.rows[n].institution
        if not (row.ror or row.wikidata):  # an IPEDS-only row: the institution, but nothing to link to
            return Decision(
                decision="none", query=name, candidates=self._candidates(name, [n]),
                note=f"its row, {row.name}, has neither a ROR id nor a Wikidata item.",
            )
        return Decision(
            decision="linked", query=name, ror=row.ror, wikidata=row.wikidata, name=row.name,
            score=self._score(name, n) if score is None else score,
            note=how + (f" ({edits} typing edits mended)" if edits else ""),
        )

    def _none(self, name: str, closest: int) -> Decision:
        return Decision(
            decision="none", query=name, candidates=tuple(self.candidates(name, limit=closest)) if closest else (),
            note="no reference row has this name; the closest rows differ by a word or more.",
        )

    def _score(self, name: str, n: int) -> int:
        return round(fuzz.WRatio(" ".join(words_of(name)), " ".join(self.rows[n].words)))

    def _candidates(self, name: str, found: list[int]) -> tuple[Candidate, ...]:
        listed = [
            Candidate(ror=r.institution.ror, wikidata=r.institution.wikidata, name=r.institution.name, score=self._score(name, n))
            for n in found for r in (self.rows[n],)
        ]
        return tuple(sorted(listed, key=lambda c: (-c.score, c.name)))


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def _is_acronym(name: str) -> bool:
    """One word of 2 to 8 letters, two of them capitals: "MIT", "KazNU", "PoliMi"."""
    return name.isalpha() and 2 <= len(name) <= 8 and sum(c.isupper() for c in name) >= 2


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w not in _STOPWORDS)


@functools.cache
def _default(path: Path) -> Linker:
    return Linker.of(load_institutions(path))


def link(
    name: str, *, country: str | None = None, city: str | None = None, kind: str | Iterable[str] | None = None,
    closest: int = CANDIDATES,
) -> Decision:
    """:meth:`Linker.link` with the project's reference list.

    >>> link("University of Liverpool").wikidata, link("Liverpool University").note
    ('Q499510', 'same words in another order.')
    """
    return Linker.default().link(name, country=country, city=city, kind=kind, closest=closest)


def link_registry(registry: Registry, *, linker: Linker, closest: int = 0) -> dict[str, Decision]:
    """Every registry organisation's decision, by id (``linker``: of the data folder's
    reference list, ``Linker.default(data_dir / REFERENCE_FILE)``).

    A curated ``ror`` / ``wikidata`` (or ``ror: none``) wins. Otherwise the organisation's
    name and spellings are linked, with its country, city and kinds: linked when every name
    that links names the same row; ambiguous when they disagree or one is ambiguous. A unit
    is not linked to the row its parent is linked to (a Health Science Center is not its
    university).
    """
    decisions = {org.id: _decide(org, registry, linker, closest) for org in registry.organizations.values()}
    for org in registry.organizations.values():
        mine, parents = decisions[org.id], decisions.get(org.unit_of or "")
        if org.unit_of and mine.linked and mine.method == "matched" and parents and parents.linked and parents.ror == mine.ror:
            decisions[org.id] = Decision(
                decision="none", query=mine.query, candidates=_as_candidates(mine),
                note=f"the closest row, {mine.name}, is its parent {org.unit_of}'s; a unit is not its parent.",
            )
    return decisions


def _decide(org: Organization, registry: Registry, linker: Linker, closest: int) -> Decision:
    if org.ror or org.wikidata:  # a curator's: `ror: none` with a `wikidata:` item links the item only
        ror = org.ror if org.ror != NO_LINK else None
        row = linker.institution(ror=ror) if ror else None
        wikidata = org.wikidata or (row.wikidata if row else None)
        wikidata = wikidata if wikidata != NO_LINK else None
        if not (ror or wikidata):
            return Decision(decision="none", query=org.name, method="curated", note="a curator found no reference row that is this institution.")
        return Decision(
            decision="linked", query=org.name, method="curated", ror=ror, wikidata=wikidata,
            name=row.name if row else None, note="linked by a curator in the registry.",
        )
    city = registry.cities.get(org.city or "")
    kinds = (*org.kinds, "organizational-unit") if org.unit_of else org.kinds
    names = dict.fromkeys((org.name, *org.spellings))
    decisions = [
        linker.link(name, country=org.country, city=city.name if city else None, kind=kinds, closest=closest)
        for name in names
    ]
    linked = {d.ror: d for d in decisions if d.linked}
    if len(linked) == 1 and not any(d.decision == "ambiguous" for d in decisions):
        return next(iter(linked.values()))
    if linked or any(d.decision == "ambiguous" for d in decisions):
        best: dict[str | None, Candidate] = {}  # each row once, with its best score
        for found in (c for d in decisions for c in (d.candidates if not d.linked else _as_candidates(d))):
            if found.ror not in best or found.score > best[found.ror].score:
                best[found.ror] = found
        notes = " ".join(dict.fromkeys(d.note for d in decisions if not d.linked)) or "its names link to different rows."
        candidates = tuple(sorted(best.values(), key=lambda c: (-c.score, c.name)))
        return Decision(decision="ambiguous", query=org.name, candidates=candidates, note=notes)
    return decisions[0]


def curator_note(decision: Decision) -> str:
    """The decision in the words of a note for the curator of a machine-made registry addition.

    >>> curator_note(link("Xian Jiaotong University"))
    "ROR/Wikidata: the linker takes it for Xi'an Jiaotong University (ror 017zhmm22, wikidata Q981237, score 100); write `ror: none` if it is not that institution."
    """
    if decision.linked:
        return (
            f"ROR/Wikidata: the linker takes it for {decision.name} (ror {decision.ror}, wikidata "
            f"{decision.wikidata or 'none'}, score {decision.score}); write `ror: none` if it is not that institution."
        )
    listed = "; ".join(f"{c.name} (ror {c.ror}, score {c.score})" for c in decision.candidates[:3])
    choose = f" Candidates: {listed}; write `ror:` with the right one, if one is." if listed else ""
    return f"ROR/Wikidata: {decision.decision}: {decision.note}{choose}"


def _as_candidates(decision: Decision) -> tuple[Candidate, ...]:
    return (Candidate(ror=decision.ror, wikidata=decision.wikidata, name=decision.name or "", score=decision.score or 0),)
