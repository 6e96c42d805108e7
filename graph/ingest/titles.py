"""Role titles as news writes them, and the role concepts they name.

A title is a head noun of :data:`.lexicon.TITLE_HEADS` (president, chancellor, rector, dean,
director, registrar, ambassador, ...) with the words that qualify it before it (:data:`.lexicon.
TITLE_MODIFIERS`: vice, deputy, pro, executive, chief, acting, founding, former, ...) and
"general" or "magnificus" after it ("Director General", "Rector Magnificus"); several joined by "and" or "&" are one title ("Vice
Chancellor and Principal", "President and Vice-Chancellor", "Vice Chancellor and Chief
Executive Officer"), and so is "Chairman of the Board - Rector". Head nouns that are also
everyday words (assistant, principal, officer, founder, professor, ...) count only when
capitalised.

>>> role_slugs("Vice Chancellor and Principal"), role_slugs("Rector and Vice-Chancellor")
(['vice-chancellor'], ['rector', 'vice-chancellor'])
>>> role_slugs("former President and Vice-Chancellor")  # one office in British universities
['vice-chancellor']
>>> role_slugs("Chairman of the Board - Rector"), role_slugs("Executive Vice President"), role_slugs("Registrar (Acting)")
(['chairman-rector'], ['vice-president'], ['registrar'])
>>> role_slugs("Support Assistant"), role_slugs("Deputy Vice-Chancellor"), role_slugs("Party Secretary")
(['staff-member'], ['deputy-vice-chancellor'], [])
>>> role_slugs("Vice-Rector for International Cooperation"), role_slugs("Dean Faculty of Agriculture")
(['vice-rector'], ['dean'])
>>> role_slugs("Pro-Vice-Chancellor: Academic Affairs")
['deputy']
>>> role_slugs("Vice-Rector Magnificus"), role_slugs("State Minister of Education"), role_slugs("Deputy Minister of Education")
(['vice-rector'], ['minister'], [])
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from . import lexicon
from .folding import fold
from .people import LOWER_CASE_HONORIFICS, is_honorific, name_at, skip_honorifics


def find_titles(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the titles of the text, longest first where they overlap."""
    found = []
    i = 0
    while i < len(doc):
        end = _title_at(doc, i)
        if end is None or _rank_before_name(doc, i, end, found):
            i += 1
            continue
        while True:  # "... and Principal", "... & CEO", "... - Rector"
            j = end
            if j < len(doc) and (doc[j].lower_ in {"and", "&"} or doc[j].text in {"-", "–"}):
                nxt = _title_at(doc, j + 1)
                if nxt is not None and (doc[j].lower_ not in {"and", "&"} or doc[j + 1].text[:1].isupper() == doc[i].text[:1].isupper()):
                    end = nxt
                    continue
            break
        found.append((i, end))
        i = end
    return found


def _rank_before_name(doc: Doc, i: int, end: int, found: list[tuple[int, int]]) -> bool:
    """A rank in lower case before a name that follows another title, an honorific there, not a
    title of its own: "vice-rector for research, professor Anna Tamm", "dean of the Faculty of
    Law professor Karl Saar", "the rector of X, academician Y" (:data:`.people.LOWER_CASE_HONORIFICS`)."""
    if end != i + 1 or doc[i].text not in LOWER_CASE_HONORIFICS or name_at(doc, i + 1) is None or not found:
        return False
    between = doc[found[-1][1]:i]
    if not 0 < len(between) <= 10 or any(t.text in {";", "."} for t in between):
        return False
    if between[-1].text == ",":
        return True  # "TITLE, professor X"
    return between[0].lower_ in {"of", "at"} and all(t.text[:1].isupper() or t.lower_ in {"of", "the", "and", "for", "at"} for t in between)


def _title_at(doc: Doc, i: int) -> int | None:
    """The end of a title starting at ``i``, or None."""
    j = i
    while j < len(doc) and (_is_modifier(doc, j) or (doc[j].text == "-" and j > i and not doc[j - 1].whitespace_)):
        if doc[j].lower_ in lexicon.TEMPORAL_MODIFIERS and j > i:
            break
        if _head_at(doc, j) is not None and not (j + 1 < len(doc) and (_is_modifier(doc, j + 1) or _head_at(doc, j + 1) or doc[j + 1].text == "-")):
            break  # "Support Assistant": the last word is the head
        if _head_at(doc, j) is not None and _honorific_before_name(doc, j + 1):
            break  # "Provost Professor Jane Doe": the professor is the person's honorific
        j += 1
    head = _head_at(doc, j)
    if head is None:
        return None
    end = head
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "general" and not doc[end - 1].whitespace_:
        end += 2
    elif end < len(doc) and doc[end].lower_ in _AFTER_HEAD and doc[end].text[0].isupper() == doc[j].text[0].isupper():
        end += 1
    if doc[j].lower_ == "minister" and doc[end:end + 2].text == "of State":
        end += 2  # "Minister of State X of the Department of Y": a title of its own (a junior minister)
    if doc[end:end + 3].text.lower() == "in charge of" and end + 3 < len(doc) and doc[end + 3].is_alpha:
        end += 2  # "Vice-Rector in charge of Academic Affairs": a remit, as "for" gives one
        if doc[end + 1].text[:1].isupper():
            end = _capitalised_domain(doc, end)
        else:
            end = _lower_case_domain(doc, end)
            if doc[end].lower_ == "of":
                end -= 2  # no remit after all ("in charge of the"): the title ends at its head
    elif end + 1 < len(doc) and doc[end].lower_ in {"for", ":"} and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha:
        end = _capitalised_domain(doc, end)  # "Vice-Rector for International Cooperation", "Pro-Vice-Chancellor: Academic Affairs"
    elif end + 1 < len(doc) and doc[end].lower_ == "for" and doc[end - 1].is_lower:
        end = _lower_case_domain(doc, end)
    elif end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in lexicon.DOMAIN_WORDS \
            and doc[end + 2].text == "," and doc[end + 1].text[0].isupper():
        end += 2  # "Vice-President, International,"
    elif end < len(doc) and doc[end].text == "(":
        end = _bracketed_domain(doc, end)  # "Vice-Principal (International)", "vice-president (academic)"
    board = doc[end:end + 4].text.lower()
    if doc[j].lower_ in {"chairman", "chairwoman", "chairperson", "chair"} and board.startswith(("of the board", "of the management board")):
        end += 4 if board.startswith("of the management board") else 3
    return end


# Words of a title after its head ("Director General", "Rector Magnificus").
_AFTER_HEAD = frozenset({"general", "magnificus"})
_DOMAIN_ENDS = frozenset({",", "at", "of", ")", ".", ";"})
_NOT_DOMAIN_WORDS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "two", "three", "life", "years", "months", "decades", "one"})


def _capitalised_domain(doc: Doc, end: int) -> int:
    """The end of a capitalised domain after "for": up to six words, "and" before a capitalised
    word, and commas inside a list that ends with "and" ("for Research, Development, Business,
    and Cooperation Dr. X"); not an honorific, not another title."""
    k = end + 1
    while k < len(doc) and k - end <= 8:
        token = doc[k]
        if token.text[:1].isupper() and token.is_alpha and token.lower_ not in lexicon.TITLE_HEADS and not is_honorific(token):
            k += 1
        elif token.lower_ in {"and", "&"} and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
            k += 1
        elif token.text == "," and k + 1 < len(doc) and (doc[k + 1].lower_ == "and" or doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha):
            k += 1
        else:
            break
    if k < len(doc) and doc[k].lower_ in lexicon.TITLE_HEADS:  # "for International Affairs Andrei Vasilevsky and KSU Rector Y": another title after "and"
        last_and = max((a for a in range(end + 2, k) if doc[a].lower_ in {"and", "&"}), default=None)
        if last_and is not None and all(not _DOMAIN_ENDING.search(w.text) and w.lower_ not in lexicon.DOMAIN_WORDS for w in doc[last_and + 1:k]):
            k = last_and
    while k > end + 1 and (doc[k - 1].lower_ in {"and", "&"} or doc[k - 1].text == ","):
        k -= 1
    if k < len(doc) and (doc[k].lower_ in {"and", "&"} or doc[k].is_lower
                         or doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ in {"who", "whose", "which"}):
        k = _before_a_name(doc, end + 2, k)  # "for International Cooperation Nodira Rakhimova and Professor Y", "for Science Gayane Harutyunyan, who"
    return _listed(doc, end, k)


def _bracketed_domain(doc: Doc, end: int) -> int:
    """The end of a domain in brackets right after a title, or ``end``: up to five words, one
    of them a domain's (:data:`.lexicon.DOMAIN_WORDS`), the others words or "and"
    ("Pro-Vice-Chancellor (Academic and Student Affairs)", "deputy secretary-general (Policy)",
    "vice-president (academic)"); not an acronym ("Vice-Chancellor (VC)"), not a name."""
    close = next((c for c in range(end + 1, min(end + 7, len(doc))) if doc[c].text == ")"), None)
    if close is None or close == end + 1:
        return end
    words = doc[end + 1:close]
    if not all(w.is_alpha and not w.is_upper for w in words) or words[0].lower_ in {"and", "&"}:
        return end
    if not any(w.lower_ in lexicon.DOMAIN_WORDS or w.lower_ in _BRACKET_DOMAINS for w in words):
        return end
    return close + 1


# Domains of an office written in brackets after its title, besides :data:`.lexicon.DOMAIN_WORDS`.
_BRACKET_DOMAINS = frozenset({"academics", "affairs", "policy", "administrative", "admin", "student", "resources", "quality", "planning"})
# The endings of the nouns and adjectives that name a domain ("Cooperation", "Research",
# "Affairs", "Academic", "Technology"), which names of people seldom have.
_DOMAIN_ENDING = re.compile(r"(?:tion|sion|ment|ship|ies|ics|ic|ing|ity|ance|ence|al|ary|ive|ure|ism|rch|air|gy|ate|ent|ons?)s?$", re.I)


def _before_a_name(doc: Doc, first: int, k: int) -> int:
    """Where a capitalised domain that runs into a name ends: at the first word from
    ``first`` that begins a name of two words or more, none of them a domain's word, reaching
    ``k`` (the title is followed by "and" or a verb, not by a comma or an honorific)."""
    for m in range(first, k - 1):
        words = doc[m:k]
        if all(not _DOMAIN_ENDING.search(w.text) and w.lower_ not in lexicon.DOMAIN_WORDS for w in words) and name_at(doc, m) == (m, k):
            return m
    return k


def _lower_case_domain(doc: Doc, end: int) -> int:
    """The end of a title written in lower case with its domain ("vice president for graduate
    studies and scientific research, X", "vice-rector for external, international and
    Indigenous affairs, X"): up to six words (commas inside a list that ends with "and"), then a
    comma, "at", "of", an honorific or the end of the sentence; else (a time, "president for two
    terms") the domain is not the title's."""
    k = end + 1
    while k < len(doc) and k - end <= 8 and (
        doc[k].is_alpha and doc[k].lower_ not in _NOT_DOMAIN_WORDS and doc[k].lower_ not in _DOMAIN_ENDS
        and doc[k].lower_ not in lexicon.TITLE_HEADS and not is_honorific(doc[k])
        or doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].is_alpha and _and_before_end(doc, k + 1)
    ):
        k += 1
    if k == end + 1 or k >= len(doc) or not (doc[k].lower_ in _DOMAIN_ENDS or is_honorific(doc[k])) or doc[k - 1].lower_ == "and":
        return end
    return _listed(doc, end, k)


def _and_before_end(doc: Doc, k: int) -> bool:
    """Whether the words from ``k`` reach "and" before a comma or the sentence's end (a list
    of domains, not a name after the title)."""
    for j in range(k, min(len(doc), k + 6)):
        if not doc[j].is_alpha:
            return False
        if doc[j].lower_ == "and":
            return True
    return False


def _listed(doc: Doc, end: int, k: int) -> int:
    """``k``, unless the domain ``doc[end:k]`` has a comma after its last "and" (then it stops
    at its first comma: "for Research, Anna Smith" names a person after the title)."""
    commas = [c for c in range(end, k) if doc[c].text == ","]
    ands = [c for c in range(end, k) if doc[c].lower_ in {"and", "&"}]
    if commas and (not ands or ands[-1] < commas[-1]):
        return commas[0]
    return k


def _honorific_before_name(doc: Doc, j: int) -> bool:
    """An honorific that is also a title head ("Professor") at ``j``, a name after it."""
    after = skip_honorifics(doc, j)
    return (
        after > j and after < len(doc) and doc[after].text[:1].isupper() and doc[after].is_alpha
        and doc[after].lower_ not in lexicon.TITLE_HEADS and doc[after].lower_ not in lexicon.TITLE_MODIFIERS
    )


def _is_modifier(doc: Doc, j: int) -> bool:
    """A word that qualifies a title; an everyday one ("deputy", "executive") in lower case
    only right before a head ("its deputy vice-chancellor"); "State" right before "Minister"
    or "Secretary" ("State Minister of Education")."""
    token = doc[j]
    if token.text == "State" and j + 1 < len(doc) and doc[j + 1].text in {"Minister", "Secretary"}:
        return True
    if token.lower_ not in lexicon.TITLE_MODIFIERS:
        return False
    if token.lower_ not in lexicon.CAPITALISED_TITLE_HEADS or token.text[0].isupper():
        return True
    return j + 1 < len(doc) and (_head_at(doc, j + 1) is not None or doc[j + 1].lower_ in {"vice", "pro"})


def _head_at(doc: Doc, j: int) -> int | None:
    """The end of the head noun at ``j`` ("Principals" too: the title of two people), or None."""
    if j >= len(doc):
        return None
    token = doc[j]
    word = token.lower_
    if j + 2 < len(doc) and doc[j + 1].text == "-" and f"{word}-{doc[j + 2].lower_}" in lexicon.TITLE_HEADS:
        return j + 3  # "secretary-general", also in lower case
    if word not in lexicon.TITLE_HEADS and word.endswith("s") and word[:-1] in lexicon.TITLE_HEADS:
        word = word[:-1]  # "the rectors of A and B", "the two institutions' Vice Chancellor and Principals"
    if word in lexicon.TITLE_HEADS:
        if word in lexicon.CAPITALISED_TITLE_HEADS and not token.text[0].isupper() and not _after_its(doc, j) and not _lower_case_head(doc, j):
            return None
        return j + 1
    if j + 2 < len(doc) and doc[j + 1].text == "-" and f"{word}-{doc[j + 2].lower_}" in lexicon.TITLE_HEADS:
        return j + 3
    return None


def _lower_case_head(doc: Doc, j: int) -> bool:
    """An everyday head noun in lower case that is a title all the same: "secretary general"
    (as "secretary-general"), or one right before an honorific and a name ("CoVAB principal
    Prof. X", "the coordinator Dr Y")."""
    if doc[j].lower_ == "secretary" and j + 1 < len(doc) and doc[j + 1].lower_ == "general":
        return True
    if j > 0 and doc[j - 1].text == "," and j + 3 < len(doc) and doc[j + 1].lower_ == "of" and doc[j + 2 + (doc[j + 2].lower_ == "the")].text[:1].isupper():
        return True  # "Prof X, principal of the UWI's Mona campus": an apposition with its organisation
    after = skip_honorifics(doc, j + 1)
    return after > j + 1 and after < len(doc) and doc[after].text[:1].isupper() and doc[after].is_alpha


def _after_its(doc: Doc, j: int) -> bool:
    """"its coordinator", "Its chief executive": a title of the organisation just named, also in lower case."""
    k = j - 1
    while k >= 0 and doc[k].lower_ in lexicon.TITLE_MODIFIERS:
        k -= 1
    return k >= 0 and doc[k].lower_ == "its"


def singular(title: str) -> str:
    """A title written for two people, for one: "Vice Chancellor and Principals" → "... Principal".

    >>> singular("Vice Chancellor and Principals"), singular("Vice-Chancellors"), singular("Registrar")
    ('Vice Chancellor and Principal', 'Vice-Chancellor', 'Registrar')
    """
    words = title.split(" ")
    last = words[-1]
    stem = last.split("-")[-1].lower()
    if stem.endswith("s") and stem[:-1] in lexicon.TITLE_HEADS:
        words[-1] = last[:-1]
    return " ".join(words)


def role_slugs(title: str) -> list[str]:
    """The role concepts a title names, in order ("President and Vice-Chancellor": both)."""
    text = re.sub(r"\([^)]*\)", " ", fold(title))
    text = re.sub(r"\s+for\s+.*$|\s*:.*$", "", text)  # "Vice-Rector for International Cooperation", "Pro-Vice-Chancellor: Academic Affairs"
    text = " ".join(text.replace("-", " - ").split()).replace(" - ", " ")
    whole = _concept(text) or _concept(_without_temporal(text))
    if whole:
        return [whole]
    slugs = []
    for part in re.split(r"\s+(?:and|&)\s+|\s*,\s*", _without_temporal(text)):
        slug = _concept(part.strip())
        if slug and slug not in slugs:
            slugs.append(slug)
    if not slugs and " of " in text:
        return role_slugs(text.split(" of ")[0])  # "State Minister of Education": the title before its ministry
    return slugs


def _concept(phrase: str) -> str | None:
    """The concept of one title, leaving out words that do not change it ("Support Assistant",
    "Executive Vice President"); "Deputy" and "Vice" do."""
    words = phrase.split()
    while words:
        slug = lexicon.ROLE_TITLES.get(" ".join(words))
        if slug:
            return slug
        if words[0] not in lexicon.BROADENING_MODIFIERS:
            break
        words = words[1:]
    if len(words) >= 2 and words[-1] in lexicon.ROLE_TITLES and not any(w in lexicon.TITLE_HEADS or w in lexicon.TITLE_MODIFIERS or w in {"and", "&", "of"} for w in words[:-1]):
        return lexicon.ROLE_TITLES[words[-1]]  # "Media Relations Officer", "Country Director": the head's concept
    rest_has_title = [any(w in lexicon.TITLE_HEADS or w in {"and", "&"} for w in words[k:]) for k in range(len(words))]
    for size in range(len(words) - 1, 0, -1):  # "Dean Faculty of Agriculture": the title, then its unit
        if not rest_has_title[size]:
            slug = lexicon.ROLE_TITLES.get(" ".join(words[:size]))
            if slug:
                return slug
    return None


def _without_temporal(text: str) -> str:
    words = text.split()
    while words and words[0] in lexicon.TEMPORAL_MODIFIERS:
        words = words[1:]
    return " ".join(words)
