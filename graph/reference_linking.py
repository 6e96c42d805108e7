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
   are not linked; a unit is not linked to its parent's row (:func:`link_registry`);
7. and names written otherwise than the list writes them: places spelt otherwise, a name in
   its own language read word by word, the short forms news writes ("Georgia Tech"), a
   distinctive word alone ("Tsinghua"), web domains' short forms, acronyms (docs/linking.md
   lists every rule, with what each refuses).

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

import bisect
import functools
import itertools
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import pycountry
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .ascii import to_ascii
from .places import DEFAULT_FILE as PLACES_DEFAULT
from .places import PLACES_FILE, Places, load_places, unelided
from .web_domains import DEFAULT_FILE as SHORT_FORMS_DEFAULT
from .web_domains import SHORT_FORMS_FILE, load_short_forms
from .reference import DEFAULT_FILE, Institution, load_institutions
from .registry import NO_LINK, Organization, Registry

DECISIONS = ("linked", "none", "ambiguous")
# registry kinds the reference list (educational and research institutions) can hold
LINKABLE_KINDS = frozenset({"university", "school", "research-institute", "academy", "centre", "laboratory", "organizational-unit"})

# left out when words are compared in any order ("Kazakh National University named after
# Al-Farabi" = "Al-Farabi Kazakh National University")
_STOPWORDS = frozenset("of the and for in at la le named after".split())
# spellings of one word: British and American, abbreviations, and the words institutions are
# named with in the languages of the list's other rows, in English ("Sorbonne Université" =
# "Sorbonne University", "Universidad Nacional de La Plata" = "National University of La
# Plata"): the list names an institution in English or in its own language, news either way
_IN_ENGLISH = {
    "university": "universite universidad universidade universita universitat universitaet universiteit universitet "
                  "uniwersytet universiti universitas univerzita univerzitet universitatea universitesi univ "
                  # Slovene, Croatian, Basque, Norwegian/Danish, Lithuanian, Latvian, Albanian, Icelandic,
                  # Finnish, Estonian, Hungarian ("science university"), Dutch ("state university": Rijksuniversiteit
                  # Groningen is the University of Groningen)
                  "univerza sveuciliste unibertsitatea universitetet universitetas universitate universiteti haskoli "
                  "yliopisto ulikool egyetem tudomanyegyetem rijksuniversiteit "
                  # Hindi and Sanskrit, as Indian names write them ("Devi Ahilya Vishwavidyalaya" = Devi Ahilya
                  # University, "Amrita Vishwa Vidyapeetham" = Amrita University; "Vishwa" before it: _INDIAN_KIND)
                  "vishwavidyalaya vishvavidyalaya viswavidyalaya visvavidyalaya visvavidyalayam vishwavidyalayam vishwavidyapeetham "
                  "vishwavidyapeeth vishwavidyapith vishwavidyapeetha "
                  "vidyapeeth vidyapith vidyapeetham vidyapeetha",
    "of": "de di da do du des del della delle degli dei dos das van von zu der", "and": "y et und",
    "center": "centre centro", "saint": "st", "saints": "ss sts", "organization": "organisation", "institute": "instituto istituto institut institutet institutt instituut inst enstitusu",
    "technical": "technische tecnica tecnico technique teknik teknisk tekniska tekniske "
                 "technicka technicke technicky techniczna techniczny tehnicki tehnicka tehnicko tehniska", "technological": "tecnologica tecnologico technologique",
    "polytechnic": "politecnico politecnica polytechnique polytechnical politechnical politeknik", "national": "nacional nazionale nationale nasional natl kebangsaan",
    "autonomous": "autonoma autonomo autonome", "catholic": "catolica catolico cattolica catholique katholieke",
    "pontifical": "pontificia pontificio", "free": "freie libre libera vrije", "federal": "federale",
    "state": "estatal estadual statale negeri", "school": "escuela escola ecole scuola", "college": "colegio collegio coll",
    "academy": "academia accademia akademie academie akademia acad", "medical": "medica medico medicale medyczny medizinische",
    "science": "ciencia sci sains", "sciences": "ciencias scienze", "studies": "estudios studi", "economics": "economia economie ekonomicka ekonomiczny",
    "technology": "tech teknologi teknoloji technologie", "education": "pendidikan", "islamic": "islam", "engineering": "ingenieria ingegneria", "agricultural": "agricola agraria pertanian krishi", "higher": "superior superiore superieure mayor",
    "normal": "normale", "international": "internacional internazionale internationale intl", "open": "abierta aberta",
}
_VARIANTS = {variant: word for word, variants in _IN_ENGLISH.items() for variant in variants.split()}
_NO_APOSTROPHES = str.maketrans("", "", "'’‘`´ʼ")
# "Vishwa" ("universal") before a Hindi or Sanskrit word for a seat of learning is one word with it:
# "Krishi Vishwa Vidyalaya" = Agricultural University, "Vishwa Vidyapeetham" = University
_INDIAN_KIND = re.compile(r"\b(?:vishwa|vishva|viswa|visva)\s+(?=vid(?:yalaya|yapeeth|yapith|yapeetha)m?\b)", re.IGNORECASE)
# the Persian and Urdu ezafe ("of") between two words, transliterated "-e-" or "-i-":
# "Quaid-e-Azam" = "Quaid-i-Azam", "Sher-e-Kashmir" = "Sher-i-Kashmir"
_EZAFE = re.compile(r"(?<=[^\W\d_])[-‐‑]e[-‐‑](?=[^\W\d_])", re.IGNORECASE)
# the ezafe written apart, between two capitalised words ("Quaid e Azam", "Sher e Bangla"): read as joined when
# the name so written links to nothing (a lower-case "e" or "i" is also "and" in Portuguese, Italian and Catalan)
_EZAFE_APART = re.compile(r"(?<=[^\W\d_]{3}) [ei] (?=[A-Z])")
_NOT_WORD = re.compile(r"[\W_]+")
# a preposition of one or two letters between words, as Slavic, Nordic and Romanian names write it in lower case:
# "Univerza v Ljubljani", "Uniwersytet Medyczny w Łodzi", "Sveučilište u Zagrebu" (in), "Universitetet i Oslo",
# "Rovira i Virgili", Turkish "Bilim ve Teknoloji" (and: both left out when words are compared in any order),
# "Universitatea din București" (of); never a capital, which may be an initial ("V. N. Karazin", "M I Glinka")
_PREPOSITIONS = re.compile(r" (?<=[^\W\d_] )(v|w|we|u|i|ve|din)(?= [^\W\d_])")  # the space first: 10 ms for the list
_PREPOSITION_IN_ENGLISH = {"v": "in", "w": "in", "we": "in", "u": "in", "i": "and", "ve": "and", "din": "of"}
# a Roman numeral as written in capitals, read as its number ("Paris I" = "Paris 1", "Toulouse III", "Federico II"):
# of two letters or more anywhere, "I" only last, or before a dash, a comma, a bracket or a word in lower case
# ("Jaume I de Castellón"; not an initial: "I. K. Gujral", "M I Glinka")
_NUMERALS = "- I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split(" ")
_ENDS_IN_IVX = re.compile(r"[IVX]\b")
_ROMAN = re.compile(
    r"(?<![\w.])(?:(?:" + "|".join(sorted((n for n in _NUMERALS if len(n) > 1), key=len, reverse=True)) + r")(?![\w.])"
    r"|(?<=\w )I(?=\s*(?:$|[,)–—-])|\s[a-z]))"
)
# a qualifier after the name proper: "(Beijing)", ", East China", " – Kharkiv Aviation Institute"
_QUALIFIER = re.compile(r"\s*(?:\((?P<paren>[^)]*)\)|,\s*(?P<comma>.+)|\s[–—-]\s(?P<dash>.+))\s*$")
# an honorific name in quotes: Sofia University "St. Kliment Ohridski", University "Eftimie Murgu" of Reşiţa
_QUOTED = re.compile(r'"[^"]+"|“[^”]+”|«[^»]+»|„[^“”]+[“”]')
_PATRON = re.compile(r"((?:[^\W\d_]+[-‐‑])+)([^\W\d_]+)\b")  # "Karl-Franzens-" and "Universität"
_POSSESSIVE = re.compile(r"\w['’ʼ]s\b")
# an acronym joined by a hyphen to where it is: "IIT-Bombay", "UC-Davis", "UNAN-León"
_ACRONYM_JOINED = re.compile(r"([^\W\d_][\w&]*[A-Z][\w&]*)[-‐‑]([^\W\d_][^-‐‑]*)$")
# a qualifier inside the name, not after it: "Kazan (Volga Region) Federal University"
_INNER = re.compile(r"\s*\([^()]*\)(?=\s*\S)")
# the words that say what an institution is, not which: "Tsinghua" names Tsinghua University,
# "Javeriana" Pontificia Universidad Javeriana (in the linker's English words)
_HEAD_WORDS = frozenset(
    "university college institute polytechnic technical technological technology school academy pontifical catholic "
    "national state federal studies higher science sciences engineering".split()
) | _STOPWORDS
# the words that say what kind of institution it is: rows of one kind may be rival readings of a word
_KINDS = frozenset("university college institute school academy polytechnic conservatory".split())
# the endings of Slavic and Central Asian surnames: "Nazarbayev" alone is a person, not Nazarbayev University
_SURNAME = re.compile(r"(?:ov|ev|ova|eva|sky|ski|skiy|enko|vich|uly|shvili|dze)$")
# the short forms news writes for words of names, as written → the words they stand for
_SHORT_WORDS = {
    "tech": [("technological",), ("technical",), ("institute", "of", "technology"), ("university", "of", "technology"),
             ("technological", "university"), ("technical", "university"), ("technology", "university")],
    "poly": [("polytechnic",), ("polytechnic", "university"), ("polytechnic", "institute")],
    # Technische Universität and its like: "TU Eindhoven", "TU Delft" (and the list's "TU Wien" read so)
    "tu": [("technical", "university"), ("university", "of", "technology"), ("technological", "university")],
    # (Fach)Hochschule, Hogeschool: a university of applied sciences ("Hochschule Osnabrück" = Osnabrück University of
    # Applied Sciences); never "university" alone: Hochschule Bremen is not the University of Bremen
    "hochschule": [("university", "of", "applied", "sciences")],
}
_SHORT_WORDS["fachhochschule"] = _SHORT_WORDS["hogeschool"] = _SHORT_WORDS["hochschule"]
_SHORT_WORDS["politechnika"] = _SHORT_WORDS["tehnikaulikool"] = [("university", "of", "technology")]  # "Politechnika Warszawska": Warsaw University of Technology
# the short words the list's own names hold, read so in its index too ("TU Wien" = Vienna University of Technology)
_EXPANDED = frozenset({"tu", "hochschule", "fachhochschule", "hogeschool"})
# the words of a title that may follow an institution's name and kind ("Lviv Polytechnic National University")
_TITLE_AFTER = frozenset({"national", "state", "research", "federal", "university"})
# words of a university's old title that the list's English name may leave out ("Universidad Mayor de San
# Simón": University of San Simón; but "Universidad Mayor de San Andrés": Higher University of San Andrés)
_TITLES = frozenset({"mayor"})
# Slavic genitive endings of a patron's name: of a name ending in a consonant (Adam-a, Mickiewicz-a, Tomáš-e,
# Kochanowski-ego), and in place of a final vowel (Mari-i of Maria, Skłodowsk-iej of Skłodowska, Evangelist-y, Bat-i)
# (only after a kind written in a Slavic language: "Universidade Independente" is not Independent University, Dhaka)
_SLAVIC_KINDS = frozenset("uniwersytet univerzita univerza univerzitet sveuciliste akademia politechnika".split())
_GENITIVE_ENDINGS = ("iego", "ego", "a", "e", "u")
_GENITIVE_VOWEL_ENDINGS = ("iej", "ej", "i", "y")
_SHORT_WORDS["tec"] = [("technology",), *_SHORT_WORDS["tech"]]
# the countries whose universities named "University of X" news calls "UNI" and X's beginning ("UNILAG", "UNIBEN")
_UNI_BLENDS = frozenset({"NG"})
RARE = 20  # a word in this many names or fewer may name an institution alone ("Brown"; not "Open")
ACRONYM_SCORE = 90  # the score of a link made from an acronym and the country
LONE_DOMAIN = 6  # a web domain's short form this long, no word of a name, names its one institution without a country
FEW = 5  # a word in this many names or fewer names its institution without where it is ("Muthesius")
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


def words_of(text: str, *, english: bool = True) -> tuple[str, ...]:
    """The words of a name as the linker compares them (``english=False``: as written).

    >>> words_of("The Xi’an Jiaotong-Liverpool Univ. & Centre")
    ('xian', 'jiaotong', 'liverpool', 'university', 'and', 'center')
    >>> words_of("Universidad Nacional", english=False)
    ('universidad', 'nacional')
    >>> words_of("Université d'Oran"), words_of("Université Paris VIII - Vincennes")
    (('university', 'of', 'oran'), ('university', 'paris', '8', 'vincennes'))
    """
    if _ENDS_IN_IVX.search(text):  # a quick test first: the index reads 22,860 names
        text = _ROMAN.sub(lambda m: f" {_NUMERALS.index(m.group())} ", text)
    text = _EZAFE.sub("-i-", to_ascii(unelided(text).translate(_NO_APOSTROPHES).replace("&", " and ")))
    text = _PREPOSITIONS.sub(lambda m: " " + _PREPOSITION_IN_ENGLISH[m.group(1)], text)
    if "idya" in text:  # a quick test first
        text = _INDIAN_KIND.sub("vishwa", text)
    found = _NOT_WORD.sub(" ", text.lower()).split()
    if found[:1] == ["the"]:
        found = found[1:]
    return tuple(_VARIANTS.get(w, w) for w in found) if english else tuple(found)


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
def _country_names() -> tuple[dict[tuple[str, ...], frozenset[str]], int]:
    """The words of every country's names → the ISO codes of the countries so named ("Korea",
    of "Korea, Republic of": KR and KP); the most words a name has."""
    names: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)} - {None}:
            names[words_of(name)].add(country.alpha_2)
            names[words_of(name.split(",")[0])].add(country.alpha_2)
    return {k: frozenset(v) for k, v in names.items()}, max(len(k) for k in names)


@functools.cache
def _country_words() -> frozenset[str]:
    """The words of countries' names, current and former ("rhodesia", "zaire"), but for head words."""
    names = [getattr(c, attr, None) for c in (*pycountry.countries, *pycountry.historic_countries) for attr in ("name", "common_name", "official_name")]
    return frozenset(w for name in names if name for w in words_of(name) if len(w) >= 5 and w not in _HEAD_WORDS)


# countries renamed, one country under a new name (not merged, split or absorbed: not Yugoslavia, the GDR, Sikkim),
# former name → ISO alpha-2; the name now is pycountry's. Not Dahomey: Benin is also Nigeria's Benin City, whose
# University of Benin the list holds without a country, so that "University of Dahomey" would read as it.
_FORMER_COUNTRY_NAMES = {
    "Swaziland": "SZ", "Rhodesia": "ZW", "Southern Rhodesia": "ZW", "Ceylon": "LK", "Siam": "TH", "Burma": "MM",
    "Zaire": "CD", "Upper Volta": "BF", "East Timor": "TL", "New Hebrides": "VU",
}


@functools.cache
def _former_country_names() -> dict[str, tuple[re.Pattern, str]]:
    """A country (ISO alpha-2) → a pattern of its former names, and its name now."""
    former: dict[str, list[str]] = defaultdict(list)
    for name, code in _FORMER_COUNTRY_NAMES.items():
        former[code].append(name)
    return {
        code: (
            re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b", re.IGNORECASE),
            getattr(country, "common_name", None) or country.name.split(",")[0],
        )
        for code, names in former.items() if (country := pycountry.countries.get(alpha_2=code))
    }


def _renamed_country(name: str, country: str) -> str | None:
    """The name with a former name of the country given written as its name now ("University of
    Swaziland" in Eswatini: University of Eswatini; "Rhodesia", in Zimbabwe); None if it holds none."""
    found = _former_country_names().get(country.upper())
    if not found or not found[0].search(name):
        return None
    return found[0].sub(found[1], name)


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
            codes = names.get(tuple(words[i : i + size]))
            if codes:
                found |= codes
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


@dataclass
class Linker:
    """An index of the reference list for linking names (0.3 s to build for 22,860 rows)."""

    rows: list[_Row]
    exact: dict[str, list[int]]  # the words joined without spaces → rows
    bags: dict[tuple[str, ...], list[int]]  # the words without stopwords, sorted → rows
    qualified: dict[tuple[str, ...], list[int]]  # a qualified row's name proper, as a bag → rows
    frequency: dict[str, int]  # word → number of names holding it
    written: dict[str, int]  # word as written → number of names holding it ("instituto": not "institute")
    places_file: Path | None = None  # the places table (graph/places.py); None: no places
    short_forms_file: Path | None = None  # the web domains' short forms (graph/web_domains.py); None: none

    @functools.cached_property
    def places(self) -> Places:
        """The places table, in the linker's words (read on first use, ~40 ms)."""
        if self.places_file is None:
            return Places({}, {}, {}, {})
        return load_places(self.places_file, words=_english, connectors=_STOPWORDS)

    @functools.cached_property
    def short_forms(self) -> dict[str, tuple[tuple[str, int], ...]]:
        """A short form from an institution's own web domain, lowercase → its (country, row)
        pairs ("kaist" → KR and KAIST's row; read on first use)."""
        if self.short_forms_file is None:
            return {}
        row_of = {row.institution.ror: n for n, row in reversed(list(enumerate(self.rows))) if row.institution.ror}
        return {
            form: tuple((country, row_of[ror]) for country, ror in pairs if ror in row_of)
            for form, pairs in load_short_forms(self.short_forms_file).items()
        }

    @functools.cached_property
    def _domain_countries(self) -> dict[int, set[str]]:
        """A row → the countries of its own web domains (``short_forms``)."""
        found = defaultdict(set)
        for pairs in self.short_forms.values():
            for country, n in pairs:
                found[n].add(country)
        return dict(found)

    @functools.cached_property
    def _after_a_person(self) -> dict[tuple[str, ...], list[int]]:
        """The rows named after a person by initials and surname, as a bag of the words after
        them ("L. N. Gumilyov Eurasian National University": eurasian, national, university)."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            initials = next((i for i, w in enumerate(row.words) if len(w) > 1), 0)
            rest = row.words[initials + 1 :]
            if initials and len(_bag(rest)) >= 2:
                found[_bag(rest)].append(n)
        return dict(found)

    @functools.cached_property
    def _named_after(self) -> dict[tuple[str, ...], list[int]]:
        """The rows whose names are a person's name (two words or more, each of ``RARE`` names or
        fewer, no place), then a place of ``FEW`` names or fewer and head words only, as a bag of the
        place and head words ("Savitribai Phule Pune University": pune, university; not "Upper Iowa
        University", nor Andrzej Frycz Modrzewski Krakow University: Kraków has many)."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            start, end, _ = next(iter(self.places.found_in(row.words)), (0, 0, ()))
            before, after = row.words[:start], row.words[end:]
            person = len(before) >= 2 and all(self.frequency[w] <= RARE and w not in _HEAD_WORDS | _STOPWORDS for w in before) and not self._where(before)
            few = all(self.frequency[w] <= FEW for w in row.words[start:end])  # a city of many institutions: any of them
            if person and few and after and set(after) <= _HEAD_WORDS:
                found[_bag(row.words[start:])].append(n)
        return dict(found)

    @functools.cached_property
    def _short_of_parent(self) -> dict[str, list[int]]:
        """A parent's short form, as ``exact`` keys names, that most rows of its campuses, and
        three or more, carry after its name and a hyphen ("Pennsylvania State University-Penn State
        Altoona", "…-Penn State Berks": Penn State) → the parent's row (made on first use)."""
        campuses = defaultdict(list)
        for row in self.rows:
            parent, hyphen, rest = row.institution.name.partition("-")
            if hyphen and len(parents := self._plausible(self.exact.get("".join(words_of(parent)), ()), set())) == 1:
                campuses[parents[0]].append(words_of(rest))
        found = defaultdict(list)
        for n, rests in campuses.items():
            # the longest first words most of them, and three or more, carry before more words (not a number:
            # "Ivy Tech Community College of Indiana-Region 6 - Marion")
            carried = Counter(rest[:k] for rest in rests for k in range(1, len(rest)) if not rest[k].isdigit())
            common = max((c for c, m in carried.items() if m >= 3 and 2 * m > len(rests)), key=len, default=())
            if common and not set(common) <= _HEAD_WORDS:
                found["".join(common)].append(n)
        return dict(found)

    @functools.cached_property
    def _after_one_word(self) -> dict[str, list[int]]:
        """The rows by their names without their first word, as ``exact`` keys them
        ("National Chengchi University": chengchiuniversity; made on first use)."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            if len(row.words) > 2:
                found["".join(row.words[1:])].append(n)
        return dict(found)

    @functools.cached_property
    def _after_title(self) -> dict[str, list[int]]:
        """The rows whose names begin with a title ("National Research", "National Research
        University"), by the rest of their names, as ``exact`` keys them."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            for title in (("national", "research", "university"), ("national", "research")):
                if row.words[: len(title)] == title and len(row.words) > len(title) + 1:
                    found["".join(row.words[len(title) :])].append(n)
                    break
        return dict(found)

    @functools.cached_property
    def _without_initials(self) -> dict[tuple[str, ...] | str, list[int]]:
        """The rows whose names begin with a person's initials, by the bag of the words after
        them, the surname among them ("N. I. Lobachevsky State University of Nizhny Novgorod"),
        and by those words as ``exact`` keys them."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            initials = next((i for i, w in enumerate(row.words) if len(w) > 1), 0)
            if initials and len(_bag(row.words[initials:])) >= 3:
                found[_bag(row.words[initials:])].append(n)
                found["".join(row.words[initials:])].append(n)  # spaced otherwise: "Agro Technical", "Agrotechnical"
        return dict(found)

    @functools.cached_property
    def _honoured(self) -> dict[tuple[str, ...], list[int]]:
        """The rows whose names hold an honorific name in quotes, as a bag of their other words
        (Sofia University "St. Kliment Ohridski": sofia, university)."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            if _QUOTED.search(row.institution.name):
                found[_bag(words_of(_QUOTED.sub(" ", row.institution.name)))].append(n)
        return dict(found)

    @functools.cached_property
    def acronyms(self) -> dict[str, list[int]]:
        """The initials of each name's words (stopwords left out; a Chinese word of several
        syllables gives one letter or one for each: Zhejiang → Z or ZJ) → rows (made on first use)."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            before = row.words[: row.words.index("and")] if "and" in row.words else ()
            shorter = _initials_of(before) if len(_bag(before)) >= 3 else set()  # "London School of Economics [and …]": LSE
            for initials in _initials_of(row.words, words_of(row.institution.name, english=False)) | shorter:
                found[initials].append(n)
        return dict(found)

    @functools.cached_property
    def carried(self) -> dict[str, list[int]]:
        """The acronyms the rows' names carry as their own, first or in brackets ("KTH Royal
        Institute of Technology", "Universidade Estadual de Campinas (UNICAMP)"; not EPFL in
        "Formation Continue UNIL-EPFL"), lowercase → rows. A word in brackets that other names
        hold is a qualifier, not an acronym: "COMSA (Spain)", "… (Beijing)", "Northern (Arctic)"."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            for word in _CARRIED.findall(row.institution.name):
                if not self._qualifier(word):
                    found[word.lower()].append(n)
        return dict(found)

    def _qualifier(self, word: str) -> bool:
        """Whether a word in brackets says where or what a row is rather than its acronym: a
        country, a place, or (not in capitals) a word other names hold."""
        words = words_of(word)
        if words in _country_names()[0] or self.places.name_of(words):
            return True
        return not word.isupper() and any(self.frequency.get(w, 0) > 1 for w in words)

    @functools.cached_property
    def _countries(self) -> dict[int, frozenset[str]]:
        return {}  # row → the countries it shows for sure (_shown), filled as asked

    @functools.cached_property
    def _near_words(self) -> dict[str, list[tuple[str, int]]]:
        return {}  # word → the words of _vocabulary two edits from it or fewer, nearest first (_near), filled as asked

    @functools.cached_property
    def _choices(self) -> list[str]:
        return [" ".join(row.words) for row in self.rows]

    @functools.cached_property
    def _in_order(self) -> tuple[list[str], list[int]]:
        """The rows' words, joined, in alphabetical order; and their rows (for names that begin so)."""
        order = sorted(range(len(self.rows)), key=self._choices.__getitem__)
        return [self._choices[n] for n in order], order

    @functools.cached_property
    def _vocabulary(self) -> list[str]:
        """The words of the list, and the other languages' words read as them ("universidad"),
        that a typo is mended towards."""
        return [*self.frequency, *(v for v in _VARIANTS if len(v) >= 5 and v not in self.frequency)]

    @classmethod
    def of(
        cls, institutions: Iterable[Institution], *, places: Path | None = PLACES_DEFAULT,
        short_forms: Path | None = SHORT_FORMS_DEFAULT,
    ) -> Linker:
        rows, exact, bags, qualified = [], defaultdict(list), defaultdict(list), defaultdict(list)
        frequency: dict[str, int] = defaultdict(int)
        written: dict[str, int] = defaultdict(int)
        for n, institution in enumerate(institutions):
            words = words_of(institution.name)
            proper, qualifier = _split_qualifier(institution.name)
            rows.append(_Row(institution, words, qualifier))
            exact["".join(words)].append(n)
            bags[_bag(words)].append(n)
            for at, word in enumerate(words):  # "TU Wien": also Vienna University of Technology
                if word in _EXPANDED and (at == 0 or word != "tu"):
                    for expansion in _SHORT_WORDS[word]:
                        bags[_bag((*words[:at], *expansion, *words[at + 1 :]))].append(n)
            if qualifier:
                qualified[_bag(words_of(proper))].append(n)
            for word in set(words):
                frequency[word] += 1
            for word in set(words_of(institution.name, english=False)):
                written[word] += 1
        return cls(rows, dict(exact), dict(bags), dict(qualified), dict(frequency), dict(written), places, short_forms)

    @classmethod
    def default(cls, path: Path = DEFAULT_FILE) -> Linker:
        """The linker of the reference list at ``path``, with the places table beside it
        (``reference/places/places.tsv``) and the web domains' short forms
        (``reference/web-domains/short-forms.tsv``), built once per process and path."""
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
        campus = None  # the name before a campus the list does not know ("University of Ghana, Legon")
        evidence_countries = _with_parts({country} if country else set())
        places = {words_of(city)} if city else set()
        if qualifier and (
            any("".join(w) in self.exact for w in (words_of(name), self._mend(words_of(name))[0]))  # "…, East China"
            or self._plausible(self.bags.get(_bag(words_of(name)), ()), evidence_countries)  # "Louisiana State University, Shreveport": … in Shreveport
        ):
            proper = name
        elif qualifier:  # "(Pakistan)", ", Beijing", ", Nsukka": evidence when it names a country or a place
            named = countries_named(qualifier)
            place = self._place(words_of(qualifier), evidence_countries)
            # or places, part by part, a region's word after one left out: ", Kwara State", ", Chennai, Tamil Nadu"
            parts = [self._place(_without_region_word(words_of(part)), evidence_countries) for part in qualifier.split(",")]
            if named or place or words_of(qualifier) in places or (not place and all(parts)):
                evidence_countries |= _with_parts(named)
                places |= {words_of(qualifier), *([place] if place else []), *(parts if all(parts) else [])}
            else:
                campus = proper if self._campus(proper, qualifier, evidence_countries) else None
                proper = name
        written = words_of(proper)
        if not written:
            return Decision(decision="none", query=name, note="no name to link.")
        if _is_acronym(name) or (len(written) == 1 and written[0] in self.carried):  # "MIT"; "Unicamp"
            return self._acronym(name, evidence_countries, places)
        words, mended = (written, 0) if "".join(written) in self.exact else self._mend(written)
        found, how = self._named(words, evidence_countries, written=words_of(proper, english=False), extended=True)
        if not found:
            found, how = self._named_elsewhere(proper, words, evidence_countries, places)
        if not found:  # "Uniwersytet Jagielloński", "Københavns Universitet", "Politecnico di Torino"
            found, how = self._in_own_language(written, evidence_countries, places, as_written=words_of(proper, english=False))
        if not found and kinds and len(written) == 1:  # "Manchester", said to be an institution
            found = self._plausible(self.bags.get(_bag((*written, "university")), []), evidence_countries)
            how = f"a short form: the one university named {proper}"
            found = found if len(found) == 1 else []
        if not found and (own := self._by_own_domain(written, evidence_countries)) is not None:  # "Wits", "Wits University"
            return self._linked(name, own, "a short form: its own web domain's, in the country given.", score=ACRONYM_SCORE)
        if not found and evidence_countries:  # "UP Diliman", "HSE University": an acronym of part of the name, and the rest
            found, how = self._acronym_and_words(proper, evidence_countries, places), "an acronym of part of its name, and the rest of it"
        if not found and evidence_countries:  # "École Supérieure de Physique et de Chimie Industrielles": the list's "ESPCI Paris"
            found, how = self._by_carried_acronym(words, proper, evidence_countries), "the initials of its name, which the list names it by"
        if not found:  # "Tsinghua", "Sharif University": the one row of this word and head words
            found, rivals = self._distinctive_word(words, evidence_countries)
            how = "a short form: the one institution of these words"
            if rivals:  # "the Sorbonne": Sorbonne Université, Université Sorbonne Nouvelle, …
                return Decision(
                    decision="ambiguous", query=name, candidates=self._candidates(name, found + rivals),
                    note=f"a short form that {len(found + rivals)} reference rows of one kind hold, and nothing given says which.",
                )
        if not found:  # "Penn State": the short form the list's rows of its campuses carry
            found, how = self._plausible(self._short_of_parent.get("".join(words), ()), evidence_countries), "the short form its campuses' rows carry"
        if not found and evidence_countries and not mended:  # "Di Tella University": Universidad Torcuato Di Tella
            found, how = self._without_given_name(words, evidence_countries), "a short form: its name without the words before a person's name"
        if not found and evidence_countries and not mended:  # "University of Bari": University of Bari Aldo Moro
            found, how = self._without_patron(words, evidence_countries), "a short form: its name without a person's name, where the rest says it is"
        if not found and evidence_countries and not mended:  # "Curtin University of Technology": Curtin University, renamed
            found, how = self._other_head_words(words, evidence_countries), "a name of its words, its kind, and other head words"
        if not found:  # "Université Lyon 1", "University of Paris I": the one row of that place and number
            found, how = self._by_number(words, evidence_countries), "its place and number"
        if not found:  # "John Hopkins University": a possessive's "s" left out, or written
            found, how = self._final_s(proper, words, evidence_countries), "same name, but for a final s"
        if not found:  # "Ewha Women's University": one letter of a word beside a rare word the row has
            found, how = self._one_letter_off(words, evidence_countries), "same name, but for a letter of one word, beside a rare word"
        if not found:  # "Harvrd University", "Kwait University": one edit in a word the list does not have
            found, how = self._one_edit_off(words, evidence_countries), "same name, but for a typing edit in a word the list does not have"
        if not found and campus:  # "University of Ghana, Legon": the name before it, when the list has no campus of it
            found, how = self._named(words_of(campus), evidence_countries)
            found, how = ([], how) if how == "only with a qualifier" else (found, f"{how}, before a campus the list does not name ({qualifier})")
        if not found and (patron := self._patron(name)):  # "Karl-Franzens-Universität Graz": Universität Graz
            decision = self.link(name[len(patron) :], country=country, city=city, kind=kind, closest=closest)
            return replace(decision, query=name, note=f"{decision.note} (without its patron's name, \"{patron.strip('-‐‑')}\")" if decision.linked else decision.note)
        if not found and country and (now := _renamed_country(name, country)):  # "Swaziland …": Eswatini
            decision = self.link(now, country=country, city=city, kind=kind, closest=0)
            if decision.linked:
                return replace(decision, query=name, note=f"{decision.note} (the country's name now: {now})")
        if not found and (joined := _ACRONYM_JOINED.match(name)) and _is_acronym(joined.group(1)):  # "IIT-Bombay", "UC-Davis"
            decision = self.link(f"{joined.group(1)} {joined.group(2)}", country=country, city=city, kind=kind, closest=closest)
            return replace(decision, query=name)
        if not found and country and (located := self._acronym_where(name, evidence_countries, places)) is not None:  # "NTU Singapore"
            return located
        if not found and _EZAFE_APART.search(name):  # "Quaid e Azam University": Quaid-i-Azam University
            decision = self.link(_EZAFE_APART.sub("-i-", name), country=country, city=city, kind=kind, closest=0)
            if decision.linked:
                return replace(decision, query=name, note=f"{decision.note} (the ezafe written apart)")
        if not found and (inner := _INNER.search(name)):  # "Kazan (Volga Region) Federal University"
            decision = self.link(f"{name[: inner.start()]} {name[inner.end() :]}", country=country, city=city, kind=kind, closest=closest)
            return replace(decision, query=name, note=f"{decision.note} (without \"{inner.group().strip()}\")" if decision.linked else decision.note)
        if not found:
            return self._none(name, closest)
        qualifier = self.rows[found[0]].qualifier if how == "only with a qualifier" and len(found) == 1 else None
        if qualifier and self._place(words_of(qualifier), evidence_countries):  # "Anna University, Chennai": where, not which
            how = f"the list names it with where it is ({qualifier})"
            # unless other rows are the name and another place: "Vietnam National University, Hanoi" and
            # "Vietnam National University Ho Chi Minh City" are two
            found += self._plausible((n for n, place in self._with_where(words) if place and n not in found), evidence_countries)
        elif qualifier and qualifier.lower() in self.carried and found[0] in self.carried[qualifier.lower()]:
            how = f"the list names it with its acronym ({qualifier})"  # "Universidade Estadual de Campinas (UNICAMP)"
        if len(found) > 1 or how == "only with a qualifier":
            # a qualifier tells rows of one name apart ("..., East China"): only what the row's
            # name says for sure singles one out, not the city in the name they share
            chosen = self._singled_out(found, evidence_countries, places, least=2 if how == "only with a qualifier" else 1)
            if chosen is not None:
                return self._linked(name, chosen, f"{how}; the {'country' if country else 'place'} given singles it out.", mended)
            reason = (
                f"the reference list has this name only with a qualifier ({'; '.join(self.rows[n].qualifier or '' for n in found)}) and nothing given says which."
                if how == "only with a qualifier" and len(found) == 1
                else f"{len(found)} reference rows carry this name ({how}) and nothing given says which."
            )
            return Decision(decision="ambiguous", query=name, candidates=self._candidates(name, found), note=reason)
        (n,) = found
        # common in the words it is written in: "Instituto Politécnico Nacional" is one institution,
        # "National Polytechnic Institute" several
        common = all(self.written.get(w, 0) >= GENERIC_DF for w in _bag(words_of(proper, english=False)))
        if (
            common and all(self.frequency.get(w, 0) >= GENERIC_DF for w in _bag(words)) and not self._support(n, evidence_countries, places)
            and not evidence_countries & self._domain_countries.get(n, set())  # "National Polytechnic Institute" in Mexico: ipn.edu.mx
        ):
            return Decision(
                decision="ambiguous", query=name, candidates=self._candidates(name, found),
                note="a name made only of common words, which many institutions carry; the reference row does not show the country, so it is not taken on the name alone.",
            )
        return self._linked(name, n, how + ".", mended)

    def _acronym_where(self, name: str, countries: set[str], places: set[tuple[str, ...]]) -> Decision | None:
        """An acronym and where the institution is, after a space or a hyphen, when no row is
        named by those initials and that place: the acronym's own row, when the place is the
        country given or a city of it (not a region: "ENSTA Bretagne" is another school than
        ENSTA Paris) and the row is no system's ("NTU Singapore": ntu.edu.sg,
        Nanyang Technological University, "Nanyang" being a city of China). Not when another row holds the row's name and more (a campus the list may
        lack: "AIIMS Patna" is not the list's All India Institute of Medical Sciences, whose
        campuses the list names "… Bhopal", "… Jodhpur"), nor when the row's name holds another
        city of the country given, nor for an acronym a row carries in its name ("PUC Schools"
        carries PUC, which Brazil's Pontifical Catholic Universities are called too)."""
        parts = re.split(r"[\s‐‑-]+", name, maxsplit=1)
        if len(parts) != 2 or not _is_acronym(parts[0]) or _is_acronym(parts[1]):
            return None
        acronym, where = parts
        rest = words_of(where)
        place = self._place(rest, countries)
        if place in self.places.regions:  # "ENSTA Bretagne" is another school than Paris's ENSTA
            return None
        country_named = bool(_country_names()[0].get(rest, frozenset()) & countries)
        if not (place or country_named):
            return None
        decision = self._acronym(acronym, countries, places | ({place} if place else set()))
        if not decision.linked or decision.note == "the acronym its name carries.":
            return None
        n = self._row_number(decision.ror)
        row = self.rows[n]
        if next(iter(self._longer(row.words)), None) is not None or self.qualified.get(_bag(row.words)):
            return None
        if any(p != place and self._place_agrees(p, countries) for _, _, p in self.places.found_in(row.words)):
            return None  # another city of the country given ("VNU Hanoi" is not VNU Ho Chi Minh City)
        if not country_named and self._suggests_elsewhere(n, countries):
            return None  # a city given, and the row's name holds only places abroad ("KIT" in the US, kit.edu)
        return replace(decision, query=name, note=f"{decision.note} (an acronym and where it is: {where})")

    def _campus(self, proper: str, qualifier: str, countries: set[str]) -> bool:
        """Whether a qualifier the list does not know may be left out, the name before it being
        one institution that has no campus or unit in the list: its own acronym ("Kohat
        University of Science and Technology (KUST)"), or one or two words no name of the list
        has after a name that says where it is, in the country given if one is ("University
        of Ghana, Legon"; not "St. Francis College, Loretto": many are so called; not
        "University of Maine, Orono", the list having University of Maine at Augusta, …)."""
        words = words_of(proper)
        if self.qualified.get(_bag(words)) or next(iter(self._longer(words)), None) is not None:
            return False
        if _is_acronym(qualifier) and _abbreviates(qualifier, proper):
            return True
        parts = [_without_region_word(words_of(part)) for part in qualifier.split(",")]
        unknown = [0 < len(part) <= 2 and not any(w in self.frequency for w in part) for part in parts]
        rare = [0 < len(part) <= 2 and all(w not in _HEAD_WORDS and self.frequency.get(w, 0) <= FEW for w in part) for part in parts]
        # "Egerton University, Njoro", "Ahmadu Bello University, Zaria", "…, Ota, Ogun State": a name only one
        # institution has says which without a place, whatever its words hold ("Bello" is a town of Colombia); each
        # part of what follows one or two words of five names or fewer, no head word ("…, Medical School" is a unit), or
        # a place, none of another country than the one given
        if self._alone(words) and all(
            (few or self._place(part, countries)) and self._place_agrees(part, countries) for part, few in zip(parts, rare)
        ):
            return True
        if len(parts) > 1 or not unknown[0]:
            return False
        if (
            len(parts[0]) == 1 and len(parts[0][0]) >= 4 and self._place_agrees(parts[0], countries)
            and min((self.frequency.get(w, 0) for w in _bag(words) if w not in _HEAD_WORDS), default=GENERIC_DF) <= FEW
        ):  # "Alassane Ouattara University, Bouaké": one word no name has after a rare one (not "St. Francis College, Loretto")
            return True
        where = _with_parts(_countries_in(words)).union(*(self.places.countries_of(p) for _, _, p in self.places.found_in(words)))
        return bool(where) and not (countries and not where & countries)

    def _alone(self, words: tuple[str, ...]) -> bool:
        """Whether a name is one institution's and no other's: one row is so named, none holds
        it with a qualifier or more words after it (a campus, a longer name), and its rarest
        word is in ``FEW`` names or fewer ("Egerton University"; not "St. Francis College",
        "Francis" being in 11 names: the place after it may say which)."""
        return (
            len(self.exact.get("".join(words)) or self.bags.get(_bag(words), [])) == 1 and not self.qualified.get(_bag(words))
            and next(iter(self._longer(words)), None) is None
            and min((self.frequency.get(w, 0) for w in _bag(words) if w not in _HEAD_WORDS), default=GENERIC_DF) <= FEW
        )

    def _patron(self, name: str) -> str | None:
        """The patron's name a name in its own language joins to its kind by hyphens, when the
        list's name leaves it out: words before "Universität" …, no head word or place, one in
        ``FEW`` names or fewer, and a place after it ("Karl-Franzens-" of Karl-Franzens-Universität
        Graz, the list's University of Graz; "Georg-August-" of Georg-August-Universität
        Göttingen)."""
        found = _PATRON.match(name)
        if not found or not set(words_of(found.group(2))) <= _KINDS:
            return self._patron_apart(name)
        words, rest = words_of(found.group(1)), words_of(name[found.end(2) :])
        patron = not set(words) & _HEAD_WORDS and min(self.frequency.get(w, 0) for w in words) <= FEW and not self._where(words)
        return found.group(1) if patron and self._where(rest) else None  # and where it is after it: not "Gustav-Siewerth-Akademie"

    def _patron_apart(self, name: str) -> str | None:
        """The patron's name of two words or more, written apart, before a kind written in its
        own language ("Eberhard Karls " of Eberhard Karls Universität Tübingen, "Rheinische
        Friedrich-Wilhelms-" of Rheinische Friedrich-Wilhelms-Universität Bonn): as ``_patron``,
        and none of its words one the linker reads in English (a subject: "Medizinische
        Universität Graz" is the Medical University of Graz, not the University of Graz)."""
        tokens = name.split()
        for i, token in enumerate(tokens[1:-1], start=1):
            kind = re.split(r"[-‐‑]", token)[-1]
            if not (words_of(kind) and set(words_of(kind)) <= _KINDS and words_of(kind, english=False) != words_of(kind)):
                continue
            patron = name[: name.index(token) + len(token) - len(kind)]
            words, rest = words_of(patron), words_of(" ".join(tokens[i + 1 :]))
            if (
                len(words) >= 2 and not set(words) & _HEAD_WORDS and not set(words_of(patron, english=False)) & _VARIANTS.keys()
                and min(self.frequency.get(w, 0) for w in words) <= FEW and not self._where(words) and self._where(rest)
            ):
                return patron
            return None
        return None

    def institution(self, *, ror: str) -> Institution | None:
        """The reference row with this ROR id, if the list has it."""
        n = self._row_number(ror)
        return self.rows[n].institution if n is not None else None

    def _row_number(self, ror: str | None) -> int | None:
        """The number of the reference row with this ROR id, if the list has it."""
        return next((i for i, row in enumerate(self.rows) if row.institution.ror == ror), None)

    def candidates(self, name: str, *, limit: int = CANDIDATES) -> list[Candidate]:
        """The rows whose names rapidfuzz finds closest to ``name`` (for a curator)."""
        key = " ".join(words_of(name))
        found = process.extract(key, self._choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=70)
        return self._candidates(name, [n for _, _, n in found])

    def _plausible(self, rows: Iterable[int], countries: set[str]) -> list[int]:
        """The rows, each once, less those showing another country; a row with neither id
        beside one of the same name with ids is that institution's IPEDS record (US), left out."""
        found = [n for n in dict.fromkeys(rows) if not self._contradicts(n, countries)]
        with_ids = [n for n in found if self.rows[n].institution.ror or self.rows[n].institution.wikidata]
        if len(with_ids) == 1 and len(found) > 1 and all(self.rows[n].institution.ipeds for n in found if n not in with_ids):
            return with_ids
        return found

    def _named(
        self, words: tuple[str, ...], countries: set[str], *, written: tuple[str, ...] = (), extended: bool = False,
    ) -> tuple[list[int], str]:
        """The rows these words name, and how: the same name; else the same words in another
        order, with the rows that are that name and where they are ("... in St. Louis"); else
        the rows that have it only with a qualifier; else (``extended``: the name as written,
        not one made by leaving out a place) the rows that are it and where they are. A row
        showing another country is out."""
        found = self._plausible(self.exact.get("".join(words), []), countries)
        if found:  # "Northeastern University" is not "North Eastern University" when both are rows
            spaced = [n for n in found if self.rows[n].words == words] or found
            if len(spaced) > 1 and written:  # "École Normale Supérieure" is not "Scuola Normale Superiore"
                spaced = [n for n in spaced if words_of(self.rows[n].institution.name, english=False) == written] or spaced
            return spaced, "same name"
        found = self._plausible(self.bags.get(_bag(words), []), countries)
        qualified = self._plausible((n for n in self.qualified.get(_bag(words), []) if n not in found), countries)
        if found:
            longer = qualified + self._plausible(self._extended(words), countries)
            return (found + longer, "same words in another order, or longer") if longer else (found, "same words in another order")
        if extended and countries and not qualified and (longer := self._plausible(self._extended(words, where=countries), countries)):
            return longer, "the list names it with where it is"  # "University of Newcastle Australia", in Australia
        if qualified:  # "University of Puerto Rico": a campus with a qualifier is one of several, others "at X"
            qualified += [n for n in self._plausible(self._extended(words), countries) if n not in qualified]
        return qualified, "only with a qualifier"

    def _named_elsewhere(
        self, written: str, words: tuple[str, ...], countries: set[str], places: set[tuple[str, ...]],
    ) -> tuple[list[int], str]:
        """The rows of a name written otherwise than the list writes it: with another name of
        its city ("Università di Padova", "Universität Wien"); with where it is, which the list
        leaves out ("Jagiellonian University in Kraków"); without where it is, which the list
        writes ("Hebrew University", "IIT Bombay"). A place in another country than the one
        given is no evidence; the places found are added to ``places``."""
        if self._distinctive(words) and (found := self._plausible(self._honoured.get(_bag(words), ()), countries)):
            return found, "the list names it with an honorific name too"  # before a place spelt otherwise: Sofia is not Sophia
        # the place's first spelling that finds rows names them, with those another spelling finds as
        # well: "Free University of Brussels" reads as Vrije Universiteit Brussel and as Université
        # Libre de Bruxelles, two institutions ("Rangoon University" is University of Yangon, the
        # same name as Dagon University being another reading)
        respelt: list[int] = []
        for alternative, place in self._spelt_otherwise(words, countries):
            found, how = self._named(alternative, countries)
            if found and how != "only with a qualifier" and not respelt:
                respelt, first = list(found), (how, place)
            elif found and respelt and how == first[0]:
                respelt += [n for n in found if n not in respelt]
        if respelt:
            return respelt, f"{first[0]}, with another name of {_title(first[1])}"
        first, *rest = written.split()
        place = self._place(words_of(" ".join(rest)), countries) if rest and _is_acronym(first) else None
        if place:  # "IIT Bombay", "LMU Munich", "UC Berkeley"
            found = self._plausible(self._initials_at(first.lower(), place), countries)
            if found:
                return found, f"the initials of the name, and where it is ({_title(place)})"
        located = self.places.found_in(words)
        if located and located[-1][1] == len(words):  # "... in Kraków", "... de Dakar"
            start, _, place = located[-1]
            rest = _without_connector(words[:start])
            if rest and self._distinctive(rest) and self._place_agrees(place, countries):
                for alternative in (rest, *(a for a, _ in self._spelt_otherwise(rest, countries))):
                    found, how = self._named(alternative, countries)
                    if found and how != "only with a qualifier":
                        places.add(place)
                        return found, f"the name without where it is ({_title(place)})"
        if (at := _where_after(words)) and self._place_agrees(words[at + 1 :], countries) and (
            (at == len(words) - 2 and len(words[-1]) >= 4 and words[-1] not in self.frequency) or self._alone(words[:at])
        ):
            rest = words[:at]  # "... in Giza": a word no name of the list has, after "in", is where it is, and one
            if self._distinctive(rest):  # or two after a name only one institution has ("Landmark University in Omu-Aran")
                found, how = self._named(rest, countries)
                if found and how != "only with a qualifier":
                    return found, "the name without where it is"
        if self._distinctive(words) and (found := self._plausible(self._after_a_person.get(_bag(words), ()), countries)):
            return found, "the list names it after a person too"  # L. N. Gumilyov Eurasian National University
        if self._distinctive(words) and (found := self._plausible(
            self._without_initials.get(_bag(words)) or self._without_initials.get("".join(words), ()), countries,
        )):
            return found, "the list names it with a person's initials too"  # N. I. Lobachevsky State University …
        if countries and (found := [n for n in self._plausible(self._named_after.get(_bag(words), ()), countries) if self._support(n, countries, places)]):
            return found, "the list names it after a person too, before where it is"  # Savitribai Phule Pune University
        if self._distinctive(words):  # "Hebrew University of Jerusalem", "Imperial College London"
            for alternative in (words, *(a for a, _ in self._spelt_otherwise(words, countries))):  # "Kiev …": Kyiv
                found = self._plausible((n for n, place in self._with_where(alternative) if self._place_agrees(place, countries)), countries)
                if found:
                    return found, "the list names it with where it is" + ("" if alternative == words else ", and spells its place otherwise")
            # "London School of Economics [and Political Science]"; never after a head word or a
            # place: Hanoi University of Science is not Hanoi University of Science and Technology
            ends_in_place = any(end == len(words) for _, end, _ in self.places.found_in(words))
            if words[-1] not in _HEAD_WORDS and not ends_in_place:  # and what follows names no place
                found = self._plausible(
                    (n for n, rest in self._longer(words) if rest[0] == "and" and not self._where(rest)), countries,
                )
                if found:
                    return found, "the list's name, with more after \"and\""
            # "Lviv Polytechnic": Lviv Polytechnic National University, a title after its kind (not a college's: Islamia
            # College, Lahore, is not Islamia College University, Peshawar)
            if words[-1] in _KINDS - {"college"}:
                found = self._plausible((n for n, rest in self._longer(words) if set(rest) <= _TITLE_AFTER), countries)
                if len(found) == 1:
                    return found, "the list's name, with a title after it"
            # "Chengchi University", "Taipei Tech": National Chengchi University, National Taipei University of
            # Technology; its other words places or of few names ("Park College" is not National Park College), no
            # other row the name after another word ("Institute of Technology Delhi": Indian or National), no place
            # given that the row lacks ("University of Ireland, Maynooth" is not the National University of Ireland)
            if countries and not places and any(w in _KINDS for w in words) and all(
                w in _HEAD_WORDS or self.frequency.get(w, 0) <= FEW or self._where((w,)) for w in words
            ):
                found = self._plausible(self._after_one_word.get("".join(words), ()), countries)
                if len(found) == 1 and self.rows[found[0]].words[0] == "national":
                    return found, "the list's name, with \"National\" before it"
            # "Tomsk State University", "Higher School of Economics": National Research Tomsk State University,
            # National Research University Higher School of Economics (the title Russia gives its universities)
            if countries and not places and any(w in _KINDS for w in words):
                found = self._plausible(self._after_title.get("".join(words), ()), countries)
                if len(found) == 1:
                    return found, "the list's name, with a title before it"
        return [], ""

    def _in_own_language(
        self, words: tuple[str, ...], countries: set[str], places: set[tuple[str, ...]], *, as_written: tuple[str, ...] = (),
    ) -> tuple[list[int], str]:
        """The rows of a name in its own language whose words, read in English, still differ
        from the list's English name: a word inflected ("Jagielloński" ~ Jagiellonian,
        "Københavns" ~ København, "Warszawski" ~ Warszawa), "University of Studies of Milan"
        (Università degli Studi di Milano) for University of Milan, "Polytechnic of Turin"
        (Politecnico di Torino) for Polytechnic University of Turin; and the short forms
        news writes ("Georgia Tech", "Tec de Monterrey", "Ohio State": ``_SHORT_WORDS``, in
        the words ``as_written``). Every way of reading it is tried; it names the rows they
        find, when they find the same one."""
        ways: list[list[tuple[str, ...]]] = [  # a word of more than FEW names is no place's inflection ("university")
            [(w,)] if self.frequency.get(w, 0) > FEW or self.places.name_of((w,)) else [(w,), *self._inflected(w, countries, known=w in self.frequency)]
            for w in words
        ]
        for at, written in enumerate(as_written[: len(words)]):
            ways[at] += _SHORT_WORDS.get(written, [])
        patron: tuple[str, ...] = ()
        if _SLAVIC_KINDS & set(as_written):  # "Uniwersytet Adama Mickiewicza w Poznaniu"
            bases = [self._genitive_of(w, countries, where=words[at - 1 : at] in (("in",), ("and",))) if w not in _HEAD_WORDS else None for at, w in enumerate(words)]
            if any(bases):  # a patron's name in the genitive: Adam Mickiewicz University in Poznań
                patron = tuple(w for at, word in enumerate(words) for w in ((bases[at],) if bases[at] else ways[at][-1]))
        if words[-1:] == ("state",) and "university" not in words:
            ways[-1] = [*ways[-1], ("state", "university")]
        if "polytechnic" in words and "university" not in words:
            at = words.index("polytechnic")
            ways[at] = [*ways[at], ("polytechnic", "university")]
        for at in range(len(words) - 2):
            if words[at : at + 3] == ("university", "of", "studies"):
                ways[at + 2] = [()]  # "degli Studi": of studies, a university's old title
        for at, written in enumerate(as_written[: len(words)]):
            if written in _TITLES:  # "Universidad [Nacional] Mayor de San Marcos": the list writes it or leaves it out
                ways[at] = [*ways[at], ()]
        readings = itertools.chain([(patron,)] if patron else [], itertools.islice(itertools.product(*ways), 32))
        at = _at(words, ("technical", "university")) if "technical" in words else None
        if at is not None:  # "Technische Universiteit Eindhoven", "Tehnička univerzita": X University of Technology
            ways[at : at + 2] = [[("university", "of", "technology")]]
            readings = itertools.chain(readings, itertools.islice(itertools.product(*ways), 32))
        found: dict[int, None] = {}
        for choice in readings:
            alternative = tuple(w for part in choice for w in part)
            if alternative == words:
                continue
            rows, how = self._named(alternative, countries)
            if not rows:
                rows, how = self._named_elsewhere(" ".join(alternative), alternative, countries, set(places))
            if rows and how != "only with a qualifier":
                found.update(dict.fromkeys(rows))
        return list(found), "its own language's name read in English"

    def _inflected(self, word: str, countries: set[str], *, known: bool = False) -> list[tuple[str, ...]]:
        """The word the list has that ``word`` inflects: a place's name of the country given
        (its stem and all but one letter of it: "warszawski" ~ "warszawa"; a name of four
        letters and one after it: "oulun" ~ "oulu"), else one word of few names ("jagiellonski"
        ~ "jagiellonian": a stem of six letters, and three letters or fewer after it in each);
        [] when none, or several, or when the word is a country's own name, now or formerly
        (pycountry): "Rhodesia" is not Rhodes, a person. A word the list has (``known``:
        "zagrebu", of Tehničko Veleučilište u Zagrebu) is read only as a place of the country
        given ("Sveučilište u Zagrebu" = University of Zagreb)."""
        if word in _country_words() or (known and not countries):
            return []
        stem = word[:5]
        places = {
            spelling for spelling in self._one_word_places.get(stem, ())
            if _stem_fits(word, spelling[0], place=True) and self._place_agrees(self.places.names[spelling], countries)
        }
        if not places and len(word) == 5 and self.places.name_of((word[:4],)):
            places = {(word[:4],)} if self._place_agrees(self.places.name_of((word[:4],)), countries) else set()
        if known:
            places = {p for p in places if self.places.countries_of(p) & countries}
        if places:
            return list(places) if len({self.places.names[p] for p in places}) == 1 else []
        if known:
            return []
        found = [w for w in self._rare_words.get(word[:6], ()) if _stem_fits(word, w, place=False)]
        return [(found[0],)] if len(found) == 1 else []

    def _genitive_of(self, word: str, countries: set[str], *, where: bool = False) -> str | None:
        """The one word of the list that ``word`` is the Slavic genitive of, as a patron's name
        is written after the kind ("Adama" of Adam, "Mickiewicza", "Kochanowskiego" of
        Kochanowski, "Marii" of Maria, "Skłodowskiej" of Skłodowska): the word and an ending,
        or the word's last vowel changed for one; not a word of more than ``FEW`` names nor a
        place of the country given itself; after "in", only a place's name of the country given
        ("u Zagrebu")."""
        if word in _STOPWORDS or len(word) < 4 or (self.frequency.get(word, 0) > FEW and (word,) not in self.places.names):
            return None
        if (place := self.places.name_of((word,))) and self._place_agrees(place, countries):
            return None
        found = {word[: -len(end)] for end in _GENITIVE_ENDINGS if word.endswith(end) and len(word) - len(end) >= 3}
        found |= {word[: -len(end)] + vowel for end in _GENITIVE_VOWEL_ENDINGS if word.endswith(end) for vowel in "ao"}
        found = {w for w in found if w in self.frequency}
        if len(found) != 1:
            return None
        base = found.pop()  # after "in" (or Czech "ve", read "and" as in Turkish), a place only of the country given: "u Zagrebu" is not in Serbia
        return None if where and not ((place := self.places.name_of((base,))) and countries and self._place_agrees(place, countries)) else base

    @functools.cached_property
    def _one_word_places(self) -> dict[str, list[tuple[str, ...]]]:
        found = defaultdict(list)
        for spelling in self.places.names:
            if len(spelling) == 1 and len(spelling[0]) >= 5:
                found[spelling[0][:5]].append(spelling)
        return dict(found)

    @functools.cached_property
    def _rare_words(self) -> dict[str, list[str]]:
        found = defaultdict(list)
        for word, count in self.frequency.items():
            if count <= RARE and len(word) >= 6 and word not in _HEAD_WORDS:
                found[word[:6]].append(word)
        return dict(found)

    def _spelt_otherwise(self, words: tuple[str, ...], countries: set[str]) -> Iterable[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The words with a place in them spelt as the list spells it elsewhere ("padova" →
        "padua"), and the place; only places in the country given."""
        for start, end, place in self.places.found_in(words):
            if self._place_agrees(place, countries):
                for spelling in self._spellings(place):
                    if spelling != words[start:end]:
                        yield (*words[:start], *spelling, *words[end:]), place

    def _spellings(self, place: tuple[str, ...]) -> list[tuple[str, ...]]:
        """A place's spellings the list's names use, but for one that is another with more
        words ("Beijing City": Beijing City University is not Beijing University)."""
        used = [s for s in self.places.spellings.get(place, ()) if all(w in self.frequency for w in s)]
        return [s for s in used if not any(len(t) < len(s) and f" {' '.join(t)} " in f" {' '.join(s)} " for t in used)]

    def _initials_at(self, acronym: str, place: tuple[str, ...]) -> list[int]:
        """The rows whose names are initials of ``acronym`` followed by ``place``."""
        found = []
        for spelling in self._spellings(place):
            for n in self.acronyms.get(acronym + "".join(w[0] for w in spelling), []):
                if self.rows[n].words[-len(spelling):] == spelling:
                    found.append(n)
        return found

    def _longer(self, words: tuple[str, ...]) -> Iterable[tuple[int, tuple[str, ...]]]:
        """The rows whose names are these words and more, with the words after them."""
        start = " ".join(words) + " "
        choices, rows = self._in_order
        for i in range(bisect.bisect_left(choices, start), len(choices)):
            if not choices[i].startswith(start):
                break
            yield rows[i], tuple(choices[i][len(start):].split())

    def _with_where(self, words: tuple[str, ...]) -> list[tuple[int, tuple[str, ...]]]:
        """The rows whose names are these words and where the institution is: "in Prague",
        "of Jerusalem", "London", "named after Islam Karimov" (the place: ())."""
        found = []
        for n, rest in self._longer(words):
            if rest[:2] == ("named", "after"):
                found.append((n, ()))
                continue
            place = self._place(rest[1:] if rest[0] in ("in", "at", "of") else rest, set())
            if place:
                found.append((n, place))
        return found

    def _place(self, words: tuple[str, ...], countries: set[str]) -> tuple[str, ...] | None:
        """The city these words name, if they are a place's name and all of it, in the country given."""
        found = self.places.found_in(words)
        if len(found) == 1 and found[0][:2] == (0, len(words)) and self._place_agrees(found[0][2], countries):
            return found[0][2]
        return None

    def _place_agrees(self, place: tuple[str, ...], countries: set[str]) -> bool:
        shown = self.places.countries_of(place)
        return not (countries and shown and not shown & countries)

    def _distinctive(self, words: tuple[str, ...]) -> bool:
        """Whether the words hold one that is not common ("Hebrew"; not "Technical University")."""
        return any(self.frequency.get(w, 0) < GENERIC_DF for w in _bag(words))

    def _acronym(self, name: str, countries: set[str], places: set[tuple[str, ...]]) -> Decision:
        """An acronym names many institutions: linked to the row whose own web domain it is in
        the country given (hit.edu.cn; before the initials, which other rows may share by
        chance), else when the country given leaves one of the rows whose initials spell it,
        or when one row's name carries it ("KTH")."""
        key = _short_key(name)
        if (own := self._by_domain(name, countries)) is not None:
            return self._linked(name, own, "the short form of its own web domain in the country given.", score=ACRONYM_SCORE)
        carried = self._plausible(self.carried.get(key, []), countries)
        found = self._plausible([*carried, *self.acronyms.get(key, [])], countries)
        chosen = self._singled_out(found, countries, places)
        if len(carried) == 1 and chosen in (None, carried[0]):
            return self._linked(name, carried[0], "the acronym its name carries.", score=ACRONYM_SCORE)
        if chosen is not None:
            return self._linked(
                name, chosen, f"the initials of {len(found)} reference rows; what is given singles this one out.",
                score=ACRONYM_SCORE,
            )
        here = [n for n in found if not self._suggests_elsewhere(n, countries)]
        if countries and len(key) >= 4 and len(here) == 1:  # "METU" in Turkey: one row, and nothing says it is elsewhere
            return self._linked(
                name, here[0], "the one reference row whose initials spell it of four letters or more, and nothing says it is in another country.",
                score=ACRONYM_SCORE,
            )
        if not found and (blended := self._blended(name, countries)) is not None:  # "TalTech", "UniMelb"
            return self._linked(name, blended, "a word blended from the beginnings of its name's words.", score=ACRONYM_SCORE)
        if not found and (university := self._university_of_blend(key, countries)) is not None:  # "UNILAG", "UNIPORT"
            return self._linked(name, university, "\"Uni\" and the beginning of where the university is.", score=ACRONYM_SCORE)
        if not found:
            return Decision(decision="none", query=name, note="an acronym that no reference row's initials spell.")
        return Decision(
            decision="ambiguous", query=name, candidates=self._candidates(name, found[:CANDIDATES * 4]),
            note=f"an acronym: the initials of {len(found)} reference rows, and nothing given says which.",
        )

    @functools.cached_property
    def _universities_of(self) -> list[tuple[str, int]]:
        """The rows named "University of X" (in English or in their own language: not "Universidad
        José Vasconcelos", a person's name), X's words that are not head words written together,
        and the row."""
        found = []
        for n, row in enumerate(self.rows):
            if row.words[:2] == ("university", "of") and (rest := [w for w in row.words[2:] if w not in _HEAD_WORDS]):
                found.append(("".join(rest), n))
        return found

    def _university_of_blend(self, key: str, countries: set[str]) -> int | None:
        """The "University of X" whose X begins with what follows "Uni" in a short form of six
        letters or more, as Nigerian universities are called ("UNILAG": University of Lagos,
        "UNIPORT": University of Port Harcourt, "UNIJOS": University of Jos),
        with the country given: the one such row anywhere, or the one whose name shows or
        suggests the country given; never one shown or suggested elsewhere. Only in the countries
        whose universities are so called (``_UNI_BLENDS``): elsewhere "Uni" and a beginning is as
        often another name's (UNISAL, Università Pontificia Salesiana, is not the University of
        Salerno; UNIWEST, North West, not the Western Cape: the swot domains' labels)."""
        if not countries <= _UNI_BLENDS or len(key) < 6 or not key.startswith("uni") or not key.isalpha():
            return None
        rest = key[3:]
        found = [n for x, n in self._universities_of if x.startswith(rest)]
        here = [n for n in found if not self._contradicts(n, countries) and not self._suggests_elsewhere(n, countries)]
        if len(found) == 1 and here:
            return here[0]
        supported = [n for n in here if self._support(n, countries, set())]
        return supported[0] if len(supported) == 1 else None

    def _blended(self, name: str, countries: set[str]) -> int | None:
        """The row whose name begins with the first part of a word written in capitalised
        parts of three letters or more, and whose words begin with its parts, in order, when
        it is the only such row not shown elsewhere, its other words are head words, and its
        name shows or suggests the country given ("TalTech" in Estonia: Tallinn University of
        Technology, the other Tallinn rows having no word for "Tech"; not "UniSyd": University
        of Sydney or University of Technology Sydney; not "BeiUniv": every Beijing university)."""
        parts = [p.lower() for p in re.findall(r"[A-Z][a-z]*", name)]
        if not countries or len(parts) < 2 or "".join(parts) != name.lower() or any(len(p) < 3 for p in parts):
            return None
        fits, found = [], []  # the rows whose words begin with the parts; those whose other words are head words
        choices, rows = self._in_order
        for i in range(bisect.bisect_left(choices, parts[0]), bisect.bisect_right(choices, parts[0] + "\uffff")):
            n = rows[i]
            if self._contradicts(n, countries):
                continue
            words = [w for w in self.rows[n].words if w not in _STOPWORDS]
            at, covered = 0, set()
            for part in parts:
                at = next((j for j in range(at, len(words)) if words[j].startswith(part) and j not in covered), None)
                if at is None:
                    break
                covered.add(at)
            else:
                fits.append(n)
                if all(j in covered or w in _HEAD_WORDS for j, w in enumerate(words)):
                    found.append(n)
        return found[0] if len(fits) == len(found) == 1 and self._support(found[0], countries, set()) else None

    def _distinctive_word(self, words: tuple[str, ...], countries: set[str]) -> tuple[list[int], list[int]]:
        """The one row named by the distinctive part of its name ("Tsinghua", "Makerere",
        "Javeriana" for Pontificia Universidad Javeriana, "Sharif University" for Sharif
        University of Technology, "Muthesius" for Muthesius University in Kiel, "Kyiv-Mohyla
        Academy" for National University of Kyiv Mohyla Academy), and the rows that are as good a
        reading (then it names none of them).

        The words given must be in the row's name as given (not "Universidad Pontificia
        Bolivariana" for "Universidad Bolivariana"), its other words head words or places
        (``_is_part_and_where``); their rarest word must be one that may name an institution
        (not a place, a country, common, or shaped like a surname: "Manchester", "Rwanda",
        "Open", "Nazarbayev"). Another row of that shape, or of the same kind that holds the
        words given but not the row's name, is as good a reading unless what is given fits it
        less ("the Sorbonne": Sorbonne Université, Université Sorbonne Nouvelle, …; "Clarke" in
        the US is Clarke University, an IPEDS row, not Clarke International University)."""
        word = self._the_rarest_word(words, countries)
        if word is None:
            return [], []
        holding = self._plausible(self._holding.get(word, ()), countries)
        if len(words) == 1 and any(self._after_a_name(word, self.rows[n].words) for n in holding):
            return [], []  # "Kenyatta" alone is a person: "Jomo Kenyatta University of Agriculture and Technology"
        found = [n for n in holding if self._is_part_and_where(words, n, countries)]
        if len(found) != 1:
            return [], found  # "Comenius" in Slovakia: Comenius-Institut, or Comenius University Bratislava
        (n,) = found
        kinds, support = _KINDS & set(self.rows[n].words), self._support(n, countries, set())
        rivals = [
            m for m in holding if m != n and kinds & set(self.rows[m].words) and _holds(self.rows[m].words, words)
            and not _holds(self.rows[m].words, self.rows[n].words) and not self._suggests_elsewhere(m, countries) and self._support(m, countries, set()) >= support
        ]
        return found, rivals

    def _without_given_name(self, words: tuple[str, ...], countries: set[str]) -> list[int]:
        """The one row whose name is ``words`` with words before their distinctive part that
        news leaves out: a person's given name ("Di Tella University": Universidad Torcuato Di
        Tella), an adjective before it ("Cayetano Heredia University": Universidad Peruana
        Cayetano Heredia). The name has head words, all in the row; its distinctive words, in
        order, are in the row with one to three words before them, each in ``RARE`` names or
        fewer and no head word, place or country; the row's other words are head words; and
        the rarest distinctive word, in ``FEW`` names or fewer and no place's name (not
        "Cheshire College": Mid Cheshire College), and every other, is in no other row not
        showing another country (not "Mandela University": Nelson Mandela University and
        Nelson Mandela African Institution of Science and Technology; not "Universidad del
        Sagrado Corazón": Universidad Femenina del Sagrado Corazón and Universidade Sagrado
        Coração hold "Sagrado")."""
        kept = [w for w in words if w not in _STOPWORDS]
        given = [w for w in kept if w not in _HEAD_WORDS]
        if not given or len(given) == len(kept):
            return []
        rarest = min(given, key=lambda w: self.frequency.get(w, 0))
        if not 0 < self.frequency.get(rarest, 0) <= FEW or self.places.name_of((rarest,)):  # "Cheshire College"
            return []
        holding = self._plausible(self._holding.get(rarest, ()), countries)
        if len(holding) != 1 or any(self._plausible(self._holding.get(w, ()), countries) != holding for w in given):
            return []  # each distinctive word names that row alone: "Sagrado Corazón" is two rows' words
        row = [w for w in self.rows[holding[0]].words if w not in _STOPWORDS]
        at = _at(tuple(row), tuple(given))
        if at is None or not set(kept) - set(given) <= set(row):
            return []
        start = at
        while start > 0 and row[start - 1] not in _HEAD_WORDS and self.frequency.get(row[start - 1], 0) <= RARE:
            start -= 1
        before, others = row[start:at], row[:start] + row[at + len(given) :]
        if not 1 <= len(before) <= 3 or not set(others) <= _HEAD_WORDS or self._where(tuple(before)) or _countries_in(tuple(before)):
            return []
        return [] if self._domain_elsewhere(holding[0], countries) else holding

    def _without_patron(self, words: tuple[str, ...], countries: set[str]) -> list[int]:
        """The one row whose name is ``words`` and a person's name the news leaves out, anywhere
        in it ("University of Bari": University of Bari Aldo Moro; "Odesa National University":
        Odesa I. I. Mechnikov National University; "Turkmen State University": Magtymguly
        Turkmen State University), when the rest says where the institution is and the country
        given agrees: a place of that country, or its name or adjective ("Turkmen"). A person's
        name (``_patrons``) is a run of initials and words of ``FEW`` names or fewer, none a
        head word, a country's word or a place of the country given, that holds an initial or
        two words or more, or is one word before the adjective ("Magtymguly Turkmen"); never a
        subject ("Iran Broadcasting University" is not Iran University). The name must be no
        other row's so read, in any country ("College of Music" is several rows')."""
        key = _bag(words)
        readings = self._patrons.get(key)
        if not readings or len({n for n, _, _ in readings}) != 1:
            return []  # two rows qualify: neither
        n, start, end = readings[0]
        row = self.rows[n].words
        if self._contradicts(n, countries) or self._domain_elsewhere(n, countries):
            return []
        if end - start == 1 and not self._adjective_of(row[end], countries):
            return []  # one word is a person's name only before the country's adjective: "Magtymguly Turkmen"
        if end - start > 1 and any(countries & self.places.countries_of((w,)) for w in row[start:end] if len(w) > 1):
            return []  # a place in the country given may be where it is
        rest = row[:start] + row[end:]
        where = _with_parts(_countries_in(rest) | set().union(*(self.places.countries_of(p) for _, _, p in self.places.found_in(rest))))
        if not where & countries and not any(self._adjective_of(w, countries) for w in rest):
            return []
        if any(not self._place_agrees(p, countries) for _, _, p in self.places.found_in(rest)):
            return []  # a place of another country in the rest: not this country's
        rarest = min((w for w in words if w not in _HEAD_WORDS), key=lambda w: self.frequency.get(w, 0))
        if self.frequency.get(rarest, 0) > RARE:
            return []  # a common word: too many rows to say the name is one institution's
        # another row holding the name's words, a place however spelt, and a number, a place or a rare word (a
        # name news may leave out too) is as good a reading: "University of Algiers 3", Universitas Nusantara PGRI
        # Kediri, Università Iuav di Venezia; not a head word or a subject: "Polytechnic University of Bari",
        # Turkmen State Medical University (the name would say so)
        own = set(self.places.with_city_names(words))
        others = [*self._holding.get(rarest, ()), *(m for _, _, p in self.places.found_in(words) for m in self._rows_of_place.get(p, ()))]
        for m in self._plausible(others, countries):
            held = set(self.places.with_city_names(self.rows[m].words))
            extra = held - own - _HEAD_WORDS
            if m != n and own <= held and any(w.isdigit() or self.frequency.get(w, 0) <= RARE or self.places.name_of((w,)) for w in extra):
                return []
        return [n]

    @functools.cached_property
    def _rows_of_place(self) -> dict[tuple[str, ...], list[int]]:
        """A place (its name in the places table) → the rows whose names hold it, however spelt (made on first use)."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            for _, _, place in self.places.found_in(row.words):
                found[place].append(n)
        return dict(found)

    def _adjective_of(self, word: str, countries: set[str]) -> bool:
        """Whether a word is the adjective of a country given ("turkmen", "italian"), no common word."""
        from .ingest.nationalities import country_of_adjective

        return self.frequency.get(word, 0) < GENERIC_DF and word not in _HEAD_WORDS and country_of_adjective(word.capitalize()) in countries

    @functools.cached_property
    def _patrons(self) -> dict[tuple[str, ...], list[tuple[int, int, int]]]:
        """A row's words less a run that may be a person's name → (row, start, end) of the run
        (made on first use): initials and words of ``FEW`` names or fewer, none a head word, a
        stopword, a number or a country's word; holding an initial and a word, or two words or
        more, or one word before another that is no head word ("Magtymguly Turkmen"); and the
        rest holding a word that is no head word."""
        countries = _country_words()

        def person(w: str, initials: set[str]) -> bool:
            return (len(w) == 1 and w in initials) or (
                w not in _HEAD_WORDS and w not in countries and w.isalpha() and self.frequency.get(w, 0) <= FEW
            )

        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            words = row.words
            if not any(w in _KINDS for w in words) or not any(self.frequency[w] <= FEW for w in words):
                continue  # "Ophthalmic Consultants of Boston"; or no rare word
            acronyms = {t.lower() for t in re.findall(r"\b[A-Z]{2,}\b", row.institution.name)}  # "BFI" is no person
            initials = {t.lower() for t in re.findall(r"\b([A-Z])(?=\.|\s+[A-Z])", row.institution.name)}  # not "e", "y": and
            for start in range(len(words)):
                for end in range(start + 1, min(start + 5, len(words)) + 1):
                    run = words[start:end]
                    if not person(run[-1], initials) or run[-1] in acronyms:
                        break
                    named = [w for w in run if len(w) > 1]
                    if not named or not (len(run) >= 2 or (end < len(words) and words[end] not in _HEAD_WORDS)):
                        continue
                    rest = words[:start] + words[end:]
                    if any(w not in _HEAD_WORDS for w in rest) and any(w in _KINDS for w in rest):
                        found[_bag(rest)].append((n, start, end))
        return dict(found)

    def _other_head_words(self, words: tuple[str, ...], countries: set[str]) -> list[int]:
        """The one row of the name's distinctive words and its kind, the other head words
        differing, as when an institution drops or changes them ("Curtin University of
        Technology": Curtin University; "AGH University of Science and Technology": AGH
        University of Krakow, a place added). Each distinctive word is in that row alone (of
        the rows of a kind not showing or suggesting another country), one of them in ``FEW``
        names or fewer, none a place or a country ("Tampere University of Technology" is not
        Tampere University); the kinds
        are the same (Monash College is not Monash University) and the row has no head word
        the name has not ("Universidad Bolivariana" is not Universidad Pontificia Bolivariana);
        the row's other words are places, not in another country than the one given."""
        given = {w for w in words if w not in _HEAD_WORDS}
        kinds = _KINDS & set(words)
        if not given or not kinds or self._where(tuple(given)) or min(self.frequency.get(w, 0) for w in given) > FEW:
            return []

        def rows_of(word: str) -> list[int]:  # of a kind: "Cyfronet AGH", a computer centre, is no reading
            return [  # of "AGH University"; nor Curtin University Sarawak, in Malaysia, of Curtin's in Australia
                n for n in self._plausible(self._holding.get(word, ()), countries)
                if _KINDS & set(self.rows[n].words) and not self._suggests_elsewhere(n, countries)
            ]

        holding = rows_of(next(iter(given)))
        if len(holding) != 1 or any(rows_of(w) != holding for w in given):
            return []
        row = self.rows[holding[0]].words
        rest = tuple(w for w in row if w not in _HEAD_WORDS and w not in given)
        located = self.places.found_in(rest)
        if _KINDS & set(row) != kinds or sum(end - start for start, end, _ in located) != len(rest):
            return []
        tech = {"technical": "technology", "technological": "technology"}  # "Technische Universität": … of Technology
        heads, own = ({tech.get(w, w) for w in part if w in _HEAD_WORDS - _STOPWORDS} for part in (words, row))
        if own - heads:
            return []  # the row's head words are the name's, less some: "Universidad Bolivariana" is not Universidad Pontificia Bolivariana
        after = {tech.get(w, w) for w in words[max(i for i, w in enumerate(words) if w in _KINDS) :]}
        if heads - own - after:
            return []  # more head words only after the kind, "… of Technology": not "Khon Kaen National University"
        places_agree = all(self._place_agrees(place, countries) for _, _, place in located)
        return holding if places_agree and not self._domain_elsewhere(holding[0], countries) else []

    def _domain_elsewhere(self, n: int, countries: set[str]) -> bool:
        """Whether a row's own web domains are all in other countries than those given (.edu
        counting for none unless an IPEDS id says the row is American): what a loose reading
        asks besides the name, of a row whose name shows no country."""
        domains = self._domain_countries.get(n, set()) - (set() if self.rows[n].institution.ipeds else {"US"})
        return bool(domains) and not domains & countries

    def _by_number(self, words: tuple[str, ...], countries: set[str]) -> list[int]:
        """The rows that hold a place and the number after it, for a name of that place, that
        number and head words only ("Université Lyon 1", "University of Paris I": Claude Bernard
        University Lyon 1, Université Paris 1 Panthéon-Sorbonne), the place not in another
        country than the one given."""
        numbers = [i for i, w in enumerate(words) if w.isdigit()]
        located = [(start, place) for start, end, place in self.places.found_in(words) if numbers and end == numbers[0]]
        if len(numbers) != 1 or not located or not self._place_agrees(located[0][1], countries):
            return []
        (at,), (start, place) = numbers, located[0]
        if not set(words[:start] + words[at + 1 :]) <= _HEAD_WORDS:
            return []
        return self._plausible(self._numbered.get((place, words[at]), ()), countries)

    @functools.cached_property
    def _numbered(self) -> dict[tuple[tuple[str, ...], str], list[int]]:
        """A place and the number after it in a row's name → the rows ("Lyon 1": Claude Bernard University Lyon 1)."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            if any(w.isdigit() for w in row.words):
                for _, end, place in self.places.found_in(row.words):
                    if end < len(row.words) and row.words[end].isdigit():
                        found[place, row.words[end]].append(n)
        return dict(found)

    def _is_part_and_where(self, words: tuple[str, ...], n: int, countries: set[str]) -> bool:
        """Whether a row's name holds ``words`` as given, and else only head words and, when the
        rarest of ``words`` is in ``FEW`` names or fewer, places not in another country than one
        given ("Muthesius" is Muthesius University in Kiel; "College of St. Joseph" is not Calumet
        College of Saint Joseph)."""
        row = self.rows[n].words
        at = _at(row, words)
        if at is None:
            return False
        outside = [i for i, w in enumerate(row) if not at <= i < at + len(words) and w not in _HEAD_WORDS]
        if not outside:
            return True
        if min(self.frequency.get(w, 0) for w in words if w not in _HEAD_WORDS) > FEW:
            return False
        located = [  # places outside the words given ("Bowling Green" is no place left out of "Bowling")
            (start, end, place) for start, end, place in self.places.found_in(row)
            if (end <= at or start >= at + len(words)) and any(start <= i < end for i in outside)
        ]
        placed = {i for start, end, _ in located for i in range(start, end + (end < len(row) and row[end].isdigit()))}  # "Lyon 1"
        return set(outside) <= placed and all(self._place_agrees(place, countries) for _, _, place in located)

    def _the_rarest_word(self, words: tuple[str, ...], countries: set[str] = frozenset()) -> str | None:
        """The rarest word of ``words`` that is not a head word, if it may name an institution
        (see ``_the_distinctive_word``); with one such word, that word."""
        distinctive = [w for w in words if w not in _HEAD_WORDS]
        if len(distinctive) == 1:
            return self._the_distinctive_word(words, countries)
        rarest = min(distinctive, key=lambda w: self.frequency.get(w, 0), default=None)
        return rarest if rarest and self._the_distinctive_word((rarest,), countries) else None

    def _the_distinctive_word(self, words: tuple[str, ...], countries: set[str] = frozenset()) -> str | None:
        """The one word of ``words`` that is not a head word, if it may name an institution
        alone: it is in few rows' names (not "Open", "Central"), and neither a place, a
        country, nor shaped like a surname ("Nazarbayev")."""
        distinctive = [w for w in words if w not in _HEAD_WORDS]
        if len(distinctive) != 1:
            return None
        (word,) = distinctive
        alone = (
            len(word) >= 4 and self.frequency.get(word, 0) <= RARE and (word,) not in _country_names()[0]
            and not self._a_place(word, countries) and not _SURNAME.search(word)
        )
        return word if alone else None

    def _a_place(self, word: str, countries: set[str]) -> bool:
        """Whether a word is a place's name: a place's own name, or another spelling of a place
        in the country given, or of any with none given ("Dedan", an old name of AlUla in Saudi
        Arabia, is no place in Kenya: Dedan Kimathi University)."""
        place = self.places.name_of((word,))
        return bool(place) and (place == (word,) or not countries or bool(self.places.countries_of(place) & countries))

    def _after_a_name(self, word: str, row: tuple[str, ...]) -> bool:
        """Whether a row's name begins with a word, not a head word, and then ``word`` and a
        head word: a person's given name and surname ("Jomo Kenyatta University")."""
        return len(row) > 2 and row[1] == word and row[0] not in _HEAD_WORDS and row[2] in _HEAD_WORDS

    @functools.cached_property
    def _holding(self) -> dict[str, list[int]]:
        """A word that is in ``RARE`` rows or fewer → those rows (made on first use)."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            for word in set(row.words):
                if self.frequency[word] <= RARE:
                    found[word].append(n)
        return dict(found)

    @functools.cached_property
    def _runs(self) -> dict[str, list[tuple[int, int, int]]]:
        """The initials of each run of two to six words that begins or ends a name (stopwords
        inside it left out) → the (row, start, end) of each run (made on first use, ~50 ms)."""
        found = defaultdict(list)
        for n, row in enumerate(self.rows):
            kept = [i for i, w in enumerate(row.words) if w not in _STOPWORDS]
            letters = "".join(row.words[i][0] for i in kept)
            for k in range(2, min(6, len(kept)) + 1):
                found[letters[:k]].append((n, kept[0], kept[k - 1] + 1))
                if k < len(kept):
                    found[letters[-k:]].append((n, kept[-k], len(row.words)))
        return dict(found)

    def _acronym_and_words(self, proper: str, countries: set[str], places: set[tuple[str, ...]]) -> list[int]:
        """The row a name of one acronym and words names: the acronym is the initials of a run
        of words that begins or ends the row's name, and the words are the rest, but for words
        of a title ("UP Diliman": University of the Philippines Diliman; "UAE University":
        United Arab Emirates University; "HSE University": National Research University Higher
        School of Economics; a place given may be the rest too: "CU Geosciences (Beijing)"),
        when what is given singles out one row so named, its name suggests no other country,
        and it shows or suggests the country given or, for an acronym of three letters or
        more, it is the only row so named anywhere. An acronym of two letters needs a word
        that is not a head word beside it ("KN University" in Korea is not Korea Nazarene
        University, nor "NU University" in Kazakhstan National United University, Taiwan)."""
        tokens = proper.split()
        acronyms = [t for t in tokens if _is_acronym(t)]
        given = set(_bag(words_of(" ".join(t for t in tokens if not _is_acronym(t)))))
        if len(acronyms) != 1 or not given:
            return []
        if len(acronyms[0]) == 2 and given <= _HEAD_WORDS | _TITLE_AFTER:  # "KN University": two letters say too little
            return []
        allowed = _TITLE_AFTER | {w for place in places for w in place}
        found = []
        for n, start, end in self._runs.get(acronyms[0].lower(), ()):
            words = self.rows[n].words
            others = set(_bag(words[:start] + words[end:]))
            if given <= others and others - given <= allowed and n not in found:
                found.append(n)
        here = [n for n in found if not self._contradicts(n, countries)]
        chosen = here[0] if len(here) == 1 else self._singled_out(here, countries, places, least=3)  # only by the place given
        if chosen is None or self._suggests_elsewhere(chosen, countries):
            return []
        if self._support(chosen, countries, places) or (len(acronyms[0]) >= 3 and found == [chosen]):
            return [chosen]
        return []

    def _by_carried_acronym(self, words: tuple[str, ...], proper: str, countries: set[str]) -> list[int]:
        """The rows named by an acronym of three letters or more that the name's initials
        spell, each row's name being that acronym and where it is, or the acronym alone
        ("École Supérieure de Physique et de Chimie Industrielles": ESPCI Paris; "University of
        New South Wales": UNSW Sydney and UNSW Canberra, which the city given tells apart)."""
        if len(_bag(words)) < 3:
            return []
        found = {
            n for initials in _initials_of(words, words_of(proper, english=False)) if len(initials) >= 3
            for n in self.carried.get(initials, ())
            if len(self.rows[n].words) == 1 or self._place(self.rows[n].words[1:], countries)
        }
        return [n for n in found if not self._contradicts(n, countries)]

    def _by_own_domain(self, words: tuple[str, ...], countries: set[str]) -> int | None:
        """The row whose own web domain's short form is the one distinctive word of ``words``,
        in the country given, when the head words given are the row's too ("Wits University":
        wits.ac.za, University of the Witwatersrand); never a common word ("Open": open.ac.uk)."""
        word = self._the_distinctive_word(words, countries)
        own = self._by_domain(word, countries) if word else None
        return own if own is not None and set(words) - {word} <= set(self.rows[own].words) else None

    def _by_domain(self, name: str, countries: set[str]) -> int | None:
        """The row whose own web domain's first label is this name, in a country given
        ("KAIST" in Korea: kaist.ac.kr; "UPM" is Putra Malaysia in Malaysia, Politécnica de
        Madrid in Spain); with no country given, a short form of ``LONE_DOMAIN`` letters or more
        that no name of the list holds and one domain alone gives ("Caltech": caltech.edu)."""
        key = _short_key(name)
        pairs = self.short_forms.get(key, ())
        if not countries and len(pairs) == 1 and len(name) >= LONE_DOMAIN and key not in self.frequency:
            return pairs[0][1]  # "Caltech": a made-up word of one institution's domain, worldwide
        rows = {n for country, n in pairs if country in countries}
        return rows.pop() if len(rows) == 1 else None

    def _extended(self, words: tuple[str, ...], *, where: set[str] | None = None) -> list[int]:
        """Rows whose names are these words followed by where they are: "in St. Louis",
        "at Lima", "Australia" (not "Health Partners", "of Technology": other institutions);
        ``where``: only one of these countries ("in Morocco", "of Bhutan", not "in Basic Sciences",
        nor a city: St. Joseph's College New York is one of several St. Joseph's Colleges)."""
        names = _country_names()[0]
        if where is None:
            return [n for n, rest in self._longer(words) if rest[0] in ("in", "at") or rest in names]
        return [
            n for n, rest in self._longer(words)
            if _with_parts(names.get(rest[1:] if rest[0] in ("in", "at", "of") else rest, frozenset())) & where
        ]

    def _final_s(self, name: str, words: tuple[str, ...], countries: set[str]) -> list[int]:
        """The rows a name names with a final "s" added to or taken from one of its distinctive
        words ("John Hopkins" for Johns Hopkins, "Izmir Economic University" for İzmir
        University of Economics); never a possessive's: "King College" is not The King's College."""
        if _POSSESSIVE.search(name):
            return []
        found: dict[int, None] = {}
        for at, word in enumerate(words):
            if len(word) >= 4 and word not in _HEAD_WORDS and not word.isdigit():
                other = (*words[:at], word[:-1] if word.endswith("s") else word + "s", *words[at + 1 :])
                rows, how = self._named(other, countries)
                if how in ("same name", "same words in another order"):
                    found.update(dict.fromkeys(n for n in rows if not _POSSESSIVE.search(self.rows[n].institution.name)))
        return list(found)

    def _one_letter_off(self, words: tuple[str, ...], countries: set[str]) -> list[int]:
        """The one row whose name is these words but one, written one edit apart, that holds the
        name's rarest word, of ``FEW`` names or fewer ("Ewha Women's University": Ewha Womans
        University; "Carnegie Melon": Carnegie Mellon); neither word of four letters or fewer,
        a head word ("Science" is not "Sciences": rule 3's final s), a place's or a country's name
        ("Hunan" is never "Henan"), nor both words of more than ``FEW`` names (Kanto Gakuen University
        is not Kanto Gakuin University)."""
        known = [w for w in words if w in self.frequency and w not in _HEAD_WORDS]
        rare = min(known, key=self.frequency.__getitem__, default=None)
        if rare is None or self.frequency[rare] > FEW or rare in _country_words():
            return []
        found = []
        for n in self._holding.get(rare, ()):
            given, row = _bag(words), _bag(self.rows[n].words)
            extra, missing = [w for w in given if w not in row], [w for w in row if w not in given]
            if (
                len(given) == len(row) and len(extra) == len(missing) == 1 and OSA.distance(extra[0], missing[0]) == 1
                and min(self.frequency.get(extra[0], 0), self.frequency[missing[0]]) <= FEW  # "Gakuen" and "Gakuin": two words
                and all(len(w) > 4 and w not in _HEAD_WORDS and not self.places.name_of((w,)) and w not in _country_words() for w in (*extra, *missing))
            ):
                found.append(n)
        found = [n for n in found if not self._contradicts(n, countries)]
        return found if len(found) == 1 else []

    def _one_edit_off(self, words: tuple[str, ...], countries: set[str]) -> list[int]:
        """The one row whose name is these words with one of them, which no name of the list
        has and no place is called, written one edit apart (its first letter kept), with a
        country given ("Harvrd University": Harvard University; "Kwait University": Kuwait
        University), when no other such edit names a row. A place's name, whose spellings differ
        by a letter, only when it is the one word an edit away, of six letters or more, in the
        country given ("University of Technology Sdyney"; not "Hunen University", which may be
        Hunan's, nor "University of Zanan": Zanjan, or Zaman University); none when an edit of its
        first letter names a row (Darton College is not Barton College)."""
        found: dict[int, None] = {}
        for at, word in enumerate(words if countries else ()):
            if len(word) < 5 or word in self.frequency or word.isdigit() or self.places.name_of((word,)):
                continue
            near = [(other, d) for other, d in self._near(word) if d == 1]
            for other, _ in near:
                place = self.places.name_of((other,))  # "Hunen" may be Hunan, "Zanan" Zanjan or Zaman: no guess
                if place and (len(near) > 1 or len(word) < 6 or not self.places.countries_of(place) & countries):
                    return []
                rows, how = self._named((*words[:at], _VARIANTS.get(other, other), *words[at + 1 :]), countries)
                if how in ("same name", "same words in another order"):
                    if other[0] != word[0]:  # Darton College is not Barton College
                        return []
                    found.update(dict.fromkeys(rows))
        return list(found) if len(found) == 1 else []

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
        found = [(w, d) for w, d in self._near(word) if d <= allowed][:20]
        if not found:
            return None
        distance = min(d for _, d in found)
        nearest = [(w, self.frequency.get(w, 0)) for w in dict.fromkeys(_VARIANTS.get(w, w) for w, d in found if d == distance)]
        # a rare word is mended by one edit only, and from 7 letters: "Hunan" stays what it says
        nearest = [(w, f) for w, f in nearest if f >= GENERIC_DF or (distance == 1 and len(word) >= 7)]
        if len(nearest) == 1:
            return nearest[0][0], distance
        return None

    def _near(self, word: str) -> list[tuple[str, int]]:
        """The words of ``_vocabulary`` two edits from ``word`` or fewer, nearest first, with
        their distance (kept: mending a typo and reading one edit ask for the same word)."""
        near = self._near_words.get(word)
        if near is None:
            found = process.extract(word, self._vocabulary, scorer=OSA.distance, score_cutoff=2, limit=None)
            near = self._near_words[word] = [(w, d) for w, d, _ in sorted(found, key=lambda f: (f[1], f[2]))]
        return near

    def _shown(self, n: int) -> frozenset[str]:
        """The countries a row shows for sure: the US for a row with an IPEDS id, else those
        its name names ("University of Newcastle Australia")."""
        shown = self._countries.get(n)
        if shown is None:
            row = self.rows[n]
            shown = self._countries[n] = frozenset(_with_parts({"US"} if row.institution.ipeds else _countries_in(row.words)))
        return shown

    def _contradicts(self, n: int, countries: set[str]) -> bool:
        shown = self._shown(n)
        return bool(countries and shown and not shown & countries)

    def _support(self, n: int, countries: set[str], places: set[tuple[str, ...]]) -> int:
        """How well what is given fits a row: 3, the place given is in its name ("Vietnam National
        University, Hanoi" and "… Ho Chi Minh City" both show Vietnam); 2, the country it shows
        for sure; 1, the country of a city its name names ("Shanghai Jiao Tong
        University": CN; a city name can be another's: Nanyang Technological University is in
        Singapore, Nanyang in China, so it is weaker); 0, nothing."""
        words = self.places.with_city_names(self.rows[n].words)
        text = f" {' '.join(words)} "
        if any(place and f" {' '.join(self.places.with_city_names(place))} " in text for place in places):
            return 3
        if countries & self._shown(n):
            return 2
        return int(bool(countries & self._suggested(n)))

    def _suggested(self, n: int) -> set[str]:
        """The countries of the places a row's name holds (less surely its country than ``_shown``)."""
        return _with_parts(set().union(*(self.places.countries_of(p) for _, _, p in self.places.found_in(self.rows[n].words))))

    def _suggests_elsewhere(self, n: int, countries: set[str]) -> bool:
        """Whether a row's name holds a place in another country than the one given, and none in
        it, and does not show the country given for sure: a country it names is surer than a
        city's spelling ("Universidad Nacional Autónoma de Nicaragua-León" is in Nicaragua,
        though the places table's León is Mexico's)."""
        suggested = self._suggested(n)
        return bool(countries and suggested and not suggested & countries and not self._shown(n) & countries)

    def _where(self, words: tuple[str, ...]) -> bool:
        """Whether the words name a place or a country ("… and Design in Bratislava")."""
        return bool(self.places.found_in(words) or _countries_in(words))

    def _singled_out(self, found: list[int], countries: set[str], places: set[tuple[str, ...]], *, least: int = 1) -> int | None:
        """The one row what is given fits best, if one fits better than all the others, and
        at least as well as ``least``."""
        support = {n: self._support(n, countries, places) for n in found}
        best = max(support.values(), default=0)
        if best < least:
            return None
        chosen = [n for n in found if support[n] == best]
        return chosen[0] if best and len(chosen) == 1 else None

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


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether an acronym's letters are letters of the name in order, from its first (Schwartz
    and Hearst's rule, the long form being the whole name).

    >>> _abbreviates("VolgGASU", "Volgograd State University of Architecture"), _abbreviates("GMI", "Kettering University")
    (True, False)
    """
    letters = iter(to_ascii(name).lower())
    return acronym[:1].lower() == to_ascii(name)[:1].lower() and all(c in letters for c in acronym.lower())


def _short_key(name: str) -> str:
    """An acronym or short form as the tables key it: in ASCII, lower case ("İTÜ" → "itu"; not
    Python's "i̇tü", whose dotted I lowers to two characters).

    >>> _short_key("İTÜ"), _short_key("KAIST")
    ('itu', 'kaist')
    """
    return to_ascii(name).lower()


def _is_acronym(name: str) -> bool:
    """One word of 2 to 8 letters, two of them capitals: "MIT", "KazNU", "PoliMi"; a number of a
    name may be one of its letters ("UM6P": Université Mohammed VI Polytechnique)."""
    return (
        (name.isalpha() or (name.isalnum() and name[0].isalpha() and sum(c.isdigit() for c in name) == 1))
        and 2 <= len(name) <= 8 and sum(c.isupper() for c in name) >= 2
    )


_CARRIED = re.compile(r"^[A-Z]{2,8}(?= )|(?<=\()[A-Z][A-Za-z]{1,7}(?=\))")  # "KTH …", "… (UNICAMP)", "… (Unesp)"
# the syllables of Chinese in pinyin (and some it lacks): a word made of several gives a
# letter for each in an acronym (Zhe-jiang: ZJU; Jiao-tong: XJTU), or one
_PINYIN = frozenset(
    [i + f for i in "b p m f d t n l g k h j q x zh ch sh r z c s y w".split()
     for f in "a o e i u v ai ei ao ou an en ang eng ong ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ue".split()]
    + "a o e ai ei ao ou an en ang eng er".split()
)


@functools.lru_cache(maxsize=65536)
def _syllable_initials(word: str) -> str | None:
    """The first letters of a word's pinyin syllables, when it is made of two or more.

    >>> _syllable_initials("zhejiang"), _syllable_initials("jiaotong"), _syllable_initials("xian"), _syllable_initials("university")
    ('zj', 'jt', None, None)
    """
    fewest: list[list[str] | None] = [[]] + [None] * len(word)  # the fewest syllables making word[:i]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            if fewest[start] is not None and word[start:end] in _PINYIN:
                if fewest[end] is None or len(fewest[start]) + 1 < len(fewest[end]):
                    fewest[end] = [*fewest[start], word[start:end]]
    syllables = fewest[-1]
    return "".join(s[0] for s in syllables) if syllables and len(syllables) > 1 else None


def _initials_of(words: tuple[str, ...], written: tuple[str, ...] = ()) -> set[str]:
    """The acronyms a name's words may give: their first letters, stopwords left out, a
    Chinese word giving one letter or one for each syllable; with the words ``written``
    (as many), those of the name as written too ("École Polytechnique Fédérale de Lausanne":
    EPFL, not SPFL)."""
    found = _initials(w for w in words if w not in _STOPWORDS)
    if len(written) == len(words) and written != words:
        found |= _initials(w for w, english in zip(written, words) if english not in _STOPWORDS)
    return found


def _initials(words: Iterable[str]) -> set[str]:
    variants = {""}
    for word in words:
        options = {word[0], _syllable_initials(word) or word[0]} if len(variants) < 64 else {word[0]}
        variants = {v + o for v in variants for o in options}
    return variants


def _stem_fits(word: str, other: str, *, place: bool) -> bool:
    """Whether ``word`` may be an inflection of ``other``: they share a stem with at most
    three letters after it in ``word``, and, for a place's name, at most one in ``other``
    (three in a word of the list)."""
    if word == other:
        return False
    stem = len(os.path.commonprefix([word, other]))
    return stem >= (5 if place else 6) and len(word) - stem <= 3 and len(other) - stem <= (1 if place else 3)


def _english(words: tuple[str, ...]) -> tuple[str, ...]:
    """Folded words in the linker's spellings ("centro" → "center")."""
    return tuple(_VARIANTS.get(w, w) for w in words)


def _with_parts(countries: set[str] | frozenset[str]) -> set[str]:
    """The countries, with their parts that have ISO codes of their own and the country for its
    parts: news writes either (Hong Kong and Macao, China; Puerto Rico, Guam …, the United States,
    whose IPEDS ids and .edu domains they have).

    >>> sorted(_with_parts({"PR"})), "PR" in _with_parts({"US"})
    (['PR', 'US'], True)
    """
    found = set(countries)
    for country, parts in _PARTS.items():
        if country in found:
            found |= parts
        if found & parts:
            found.add(country)
    return found


_PARTS = {"CN": frozenset({"HK", "MO"}), "US": frozenset({"PR", "GU", "VI", "AS", "MP"})}


def _title(place: tuple[str, ...]) -> str:
    return " ".join(place).title()


def _at(words: tuple[str, ...], part: tuple[str, ...]) -> int | None:
    """Where ``part`` is in ``words``, as a run of words, if it is."""
    return next((i for i in range(len(words) - len(part) + 1) if words[i : i + len(part)] == part), None)


def _holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return _at(words, part) is not None


def _where_after(words: tuple[str, ...]) -> int | None:
    """Where "in" or "at" stands before the one or two last words of a name, after two words or more."""
    return next((at for at in (len(words) - 2, len(words) - 3) if at >= 2 and words[at] in ("in", "at")), None)


# the words that follow a region's name ("Kwara State", "Hunan Province", "Nakuru County")
_REGION_WORDS = frozenset("state province region county district prefecture governorate oblast".split())


def _without_region_word(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[:-1] if len(words) > 1 and words[-1] in _REGION_WORDS else words


def _without_connector(words: tuple[str, ...]) -> tuple[str, ...]:
    while words and words[-1] in ("in", "at", "of"):
        words = words[:-1]
    return words


@functools.cache
def _default(path: Path) -> Linker:
    return Linker.of(load_institutions(path), places=path.parents[2] / PLACES_FILE, short_forms=path.parents[2] / SHORT_FORMS_FILE)


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
    if len(linked) == 1:  # an ambiguous acronym of it is no doubt when its name singles out one of the rows ("HIT")
        (ror,) = linked
        if all(ror in {c.ror for c in d.candidates} for d in decisions if d.decision == "ambiguous"):
            return linked[ror]
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
