"""Alliances recognised by how news writes them, not by a list of their names.

Most alliances have no head noun a pattern knows ("EUTOPIA", "Circle U.", "UArctic", "Euroleague
for Life Sciences"): news says what they are around the name, and that is what this module reads
(A an alliance, D its description, a noun of :data:`NOUNS` after a few words of kind):

- **a lower-case classifier after the name**: "the EUTOPIA European university alliance", "the
  ARCTOS university network" (a name with an institution's head, "the Banjul University student
  association", is the institution's, not an alliance);
- **a copula**: "Circle U. is a European university alliance founded in 2019 by ...", "The
  University of the Arctic (UArctic) is a cooperative network of universities";
- **an apposition**: "members of the AUF, a global network of French-speaking universities",
  "the Euroleague for Life Sciences (ELLS), a network of European life sciences universities";
- **a name given**: "a new alliance called SeaNet", "the network, known as KESTNET,".

A coined name the other mechanisms miss becomes a name when a copula or an apposition calls it
one ("Circle U. is a ... alliance": "Circle U.", and every other place the article writes it:
"Two Circle U. partners"), and so does the long form of an acronym so described ("Euroleague for
Life Sciences (ELLS), a network of ..."), which has no head noun of its own, a name before a
classifier of a word or more ("the Aurora European university alliance": "Aurora"; not "the
European university network"), and a coined word
with a capital inside right after the words of membership ("became a full member of EduNet
Africa", "joined AfriLink").

Precision: a programme, a project, a ranking, a conference or a meeting is no alliance ("the
Horizon Europe programme", "the Times Higher Education ranking", "the SEAWAYS project"), and "a
member of the X network" describes the member, not X.

>>> import re
>>> bool(_DESCRIPTION.match("a European university alliance founded in 2019"))
True
>>> bool(_DESCRIPTION.match("a member of the Kestrel network"))
False
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from . import institutions
from .sentences import text_of

NOUNS = ("alliance", "network", "consortium", "association", "league", "federation")
_NOUN = r"(?:alliance|network|consortium|association|league|federation)"
# What the article, the copula or the apposition says the name is: "a (global|European
# university|cooperative) network (of ...)"; never "a member of the X network".
_DESCRIPTION = re.compile(
    r"(?:a|an|the)\s+(?:(?!(?:member|members|partner|partners|part|one|of|in|and|project|programme|program|ranking|conference|meeting)\b)[\w'’-]+\s+){0,4}?"
    + _NOUN + r"\b(?!['’]s|\s+(?:member|members|partner|partners|meeting|hub|office|agreement|programme|project|event|events|conference|summit|day|week)\b"
    r"|\s+(?:said|says|announced|announces|reported|reports|added|adds|noted|notes|stated|states|told|confirmed|confirms|explained)\b)"
)  # "hosted by the University of X, the association said": the subject of a report, no apposition
_COPULA = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:is|was|remains|has\s+been)\s+" + _DESCRIPTION.pattern)
_APPOSITION = re.compile(r"\s*(?:\([^)]*\)\s*)?,\s+" + _DESCRIPTION.pattern)
# After the name, in small letters (an adjective of a region may come first, and words of scope
# or of universities): "the EUTOPIA European university alliance", "the ARCTOS university
# network". Case matters: "the X University Network" is one name; "the MIT alumni network" and
# "the KU research network" are a university's.
_CLASSIFIER = re.compile(
    r"\s+(?:[A-Z][a-z]+(?:an|ic|ish|ese|i)\s+)?(?:(?:global|international|regional|continental|transnational|university|universities|academic|higher-education)\s+){0,2}"
    + _NOUN + r"\b(?!['’]s)")
# A coined word with a capital inside ("EduNet", "AfriLink", "UArctic") right after the words of
# membership ("a member of", "joined") names an organisation ("became a full member of EduNet Africa").
_COINED = re.compile(r"(?!Ma?c[A-Z])[A-Z][a-z]+[A-Z][\w-]*|[A-Z]{2,}[a-z][\w-]*")
_AFTER_MEMBERSHIP = re.compile(
    r"\b(?:members?\s+of|partners?\s+of|joined|joins|join|membership\s+(?:of|in))\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*)(?=[\s,.;:)]|$)")
# "the Aurora European university alliance": the name before a classifier of at least one word
# (not "the European university network": a region's adjective is no name).
_CLASSIFIED = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w'’&.-]*\s+){0,3}?[A-Z][\w'’&.-]*)(?=\s+(?:[A-Z][a-z]+(?:an|ic|ish|ese|i)\s+)?"
    r"(?:global|international|regional|continental|transnational|university|universities|academic|higher-education)\s+" + _NOUN + r"\b)")
# "a new alliance called SeaNet", "the network, known as KESTNET,": the name that follows.
_NAMED_BEFORE = re.compile(_NOUN + r"\s*,?\s+(?:called|named|known\s+as|dubbed)\s+(?:the\s+)?[\"“]?$")
_CALLED = re.compile(
    r"\b" + _NOUN + r"\s*,?\s+(?:called|named|known\s+as|dubbed)\s+(?:the\s+)?[\"“]?((?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&-]*)")
_REGIONAL = re.compile(r"(?:an|ic|ish|ese|i)$")
_SMALL = frozenset({"of", "for", "de", "la", "le", "du", "des", "the", "and", "&"})


def _after(doc: Doc, end: int) -> str:
    """The text after token ``end`` (from the space before it), some forty words of it (cut from
    the doc's text by the tokens' offsets: a span's text is built token by token)."""
    if not 0 < end <= len(doc):
        return ""
    before, last = doc[end - 1], doc[min(end + 40, len(doc)) - 1]
    stop = last.idx + len(last.text) if end < len(doc) else before.idx + len(before.text_with_ws)
    return text_of(doc)[before.idx + len(before.text):stop]


def _before(doc: Doc, start: int) -> str:
    """The dozen words before token ``start``, with the space before it."""
    if start <= 0:
        return ""
    first, before = doc[max(0, start - 12)], doc[start - 1]
    return text_of(doc)[first.idx:before.idx + len(before.text_with_ws)]


def _stated_after(doc: Doc, end: int, start: int | None = None) -> bool:
    """Whether a copula or an apposition right after token ``end`` calls what ends there an alliance
    (not the last founder of an opening participle: "Founded in 2011 by M1 and M2, the
    association is run by ...": the association is the sentence's subject)."""
    rest = _after(doc, end)
    if _APPOSITION.match(rest) and start is not None and _FOUNDER.search(_before(doc, start)):
        return bool(_COPULA.match(rest))
    return bool(_COPULA.match(rest) or _APPOSITION.match(rest))


_FOUNDER = re.compile(r"(?:^|[.!?\n]\s*)(?:Co-?founded|Founded|Established|Created|Launched|Set\s+up|Formed)\s+(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?by\b[^,;.]*$")


def described(doc: Doc, spans: list[tuple[int, int]]) -> dict[int, bool]:
    """The starts of the organisation ``spans`` that the text around them calls alliances, each
    with whether a copula or an apposition says so (True: "The University of the Arctic
    (UArctic) is a cooperative network", whatever its head) or only a classifier after the name
    (False: "the ARCTOS university network", to be believed of a name that is no university's)."""
    found = {}
    for start, end in spans:
        if _stated_after(doc, end, start) or _NAMED_BEFORE.search(_before(doc, start)):
            found[start] = True
        elif not any(institutions.is_head(t) for t in doc[start:end]) and _CLASSIFIER.match(_after(doc, end)):
            found[start] = False
    return found


def alliance_names(doc: Doc, definitions) -> list[tuple[int, int]]:
    """Spans of coined alliance names that a copula or an apposition describes, every place
    the article writes them, and the long forms of acronyms so described."""
    found = []
    for d in definitions:
        if d.long[1] <= d.short[0] and _stated_after(doc, d.long[1]):
            found.append(d.long)
    names = set()
    text = text_of(doc)
    lowered = {t.text for t in doc if t.is_lower}
    for sentence in doc.sents:
        tokens = [t for t in sentence if not t.is_space]
        k = 1 if tokens and tokens[0].lower_ == "the" else 0
        j = k
        while j < len(tokens) and j - k < 5 and (tokens[j].text[:1].isupper() or (j > k and tokens[j].lower_ in _SMALL)):
            j += 1
        while j > k and tokens[j - 1].lower_ in _SMALL:
            j -= 1
        if j == k or tokens[k].lower_ in {"it", "this", "that", "they", "its", "these", "both", "about"}:
            continue
        if any(institutions.is_head(t) for t in tokens[k:j]):
            continue  # an institution's name: the patterns find it, a copula does not make it an alliance's
        if j - k == 1 and (tokens[k].is_stop or tokens[k].lower_ in lowered):
            continue  # "Today is a ...", "Research is a network of ...": a word, not a name
        if _COPULA.match(_after(doc, tokens[j - 1].i + 1)):
            names.add(tuple(t.text for t in tokens[k:j]))
    for match in _CLASSIFIED.finditer(text):
        span = doc.char_span(match.start(1), match.end(1))
        if span is not None and not any(institutions.is_head(t) for t in span) and not _REGIONAL.search(span[-1].text):
            names.add(tuple(t.text for t in span))
    for match in _CALLED.finditer(text):
        span = doc.char_span(match.start(1), match.end(1))
        if span is not None and not any(institutions.is_head(t) for t in span):
            names.add(tuple(t.text for t in span))
    texts = [t.text for t in doc]
    at: dict[str, list[int]] = {}  # each word → where it is (one pass, not one per name)
    for i, word in enumerate(texts):
        at.setdefault(word, []).append(i)
    for match in _AFTER_MEMBERSHIP.finditer(text):
        span = doc.char_span(match.start(1), match.end(1))
        if span is not None and any(_COINED.fullmatch(t.text) for t in span) and not _begins_a_longer_name(doc, at, [t.text for t in span]):
            names.add(tuple(t.text for t in span))
    for name in names:
        size = len(name)
        found.extend((i, i + size) for i in at.get(name[0], ()) if tuple(texts[i:i + size]) == name)
    return found


def _begins_a_longer_name(doc: Doc, at: dict[str, list[int]], name: list[str]) -> bool:
    """Whether the article also writes ``name`` as the start of a longer capitalised name
    ("SGroup" of "the SGroup European Universities' Network"): a short form of that one."""
    size = len(name)
    return any(
        [t.text for t in doc[i:i + size]] == name and i + size < len(doc) and doc[i + size].text[:1].isupper() and not doc[i + size].is_sent_start
        for i in at.get(name[0], ())
    )
