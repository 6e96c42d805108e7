"""People's names the registry does not know: where news prose puts a name.

A name is two to five words: capitalised words ("Kabiru", "Faruk-uz-Zaman"), initials ("K N
Madhusoodhanan", "Ian G Campbell", "Santa J. Ono"), all-capital family names ("M.
TYNYSHPAYEV"), and the little words of names inside ("Wim de Villiers"). Honorifics before it
("Prof.", "Prof Dr", "Professor Sir", "H.E.", "Dr.") are not part of it. A name is found

- after honorifics: "Prof. Kabiru Bala", "Professor Sir Keith Burnett"; one word after them is
  a family name ("Prof Kgwadi"), kept when the article names that person in full;
- next to a role title (the titles :mod:`.roles` reads): "President Wang Shuguo", "Vice
  Chancellor Dr K N Madhusoodhanan", "Zhang Liqun, academician of ...", "Aishath Shaheen
  Ismail, Deputy Vice-Chancellor";
- after "said" or "according to": '..., said Michael Crow founding president of ...';
- one for each organisation of a plural title: "The rectors of A and B, P1 and P2", "The
  rectors of the three institutions, P1 (A), P2 (B) and P3 (C)";
- in a contact line: "For information: Claudine Roy, Media Relations Officer, ORG";
- after "the TITLE," when a comma closes it: "the vice-rector for external affairs, X, met".

A first name written short ("Ma. Teresa Villanueva") is part of the name, and no sentence
ends at its full stop (:func:`abbreviated_name_word`). Honorifics of other languages count
(:data:`HONORIFICS`: "Ing.", "Lic.", "Dra.", "doc.", "PhDr.", "Doç.", "Pr", "Abbé", "Doutor",
"Dasho"), also in small letters ("prof. PhDr. X"), and so does a word between two of them
("Dato Seri Setia Dr X"); "Haji" before a name, not inside it (:data:`LEADING_HONORIFICS`).

>>> from spacy.lang.en import English
>>> doc = English()("It was signed by Prof Dr M Rafiqul Alam and Dr. Santa J. Ono.")
>>> [doc[s:e].text for s, e in honorific_names(doc)]
['M Rafiqul Alam', 'Santa J. Ono']
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .sentences import starts_a_sentence

_UPPER, _LOWER = "[A-ZÀ-ÖØ-ÞĀ-Ž]", "[a-zß-öø-ÿā-ž'’]"  # Latin letters, accented ones too ("Králíčková")
_PERSON_WORD = re.compile(
    rf"{_UPPER}{_LOWER}+(?:-[A-Za-z]{_LOWER}+)*|{_UPPER}{{2,}}{_LOWER}*|{_UPPER}{_LOWER}*\.{_UPPER}{_LOWER}+|(?:Mc|Mac|Fitz)?{_UPPER}{_LOWER}+{_UPPER}{_LOWER}+|O'{_UPPER}{_LOWER}+"
)
_INITIAL = re.compile(r"[A-Z]\.?")
_ABBREVIATED_WORD = re.compile(r"[A-Z][a-z]\.")
# An initial (or two letters of one) joined to the given name by its full stop, as Mongolian and
# other Central Asian names are written ("B.Tsogtbayar", "Ts.Altangerel"): a whole name in one word.
_JOINED_INITIAL = re.compile(rf"{_UPPER}{_LOWER}?\.{_UPPER}{_LOWER}{{2,}}")
PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "dos", "das", "del", "la", "le", "bin", "binti", "bint", "ben", "ibn", "al", "el", "ter", "zu", "Ó", "Ní", "Mac", "Nic", "i", "y"})
# One token each, so no sentence ends at their full stop ("Fr. Miguel Santos", "Ing. Marta Ruiz",
# "doc. Ing. Jan Novák"; "Sr." is also "Senior" after a name, which ends no sentence either);
# written as listed, in small letters and with a capital (spaCy's tokenizer knows "Prof." and "Dr.").
HONORIFIC_ABBREVIATIONS = (
    "assoc.", "asst.", "engr.", "eng.", "ir.", "hon.", "rev.", "fr.", "sr.", "br.", "prof.", "dr.",
    "ing.", "inga.", "lic.", "licda.", "licdo.", "dra.", "mgter.", "mtro.", "mtra.", "arq.", "profa.", "dott.", "avv.",
    "doc.", "PhDr.", "RNDr.", "MUDr.", "JUDr.", "PaedDr.", "ThDr.", "mgr.", "inż.", "Dipl.-Ing.", "Univ.-Prof.", "mag.",
    "doç.", "drs.", "atty.", "msgr.",
)
HONORIFICS = frozenset({
    "prof", "prof.", "professor", "dr", "dr.", "sir", "dame", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "h.e.",
    "engr", "engr.", "eng.", "rev.", "hon.", "lord", "lady", "madam", "assoc", "asst", "dato'", "dato", "datuk", "datin", "puan", "ir", "ir.", "assoc.", "asst.",
    "fr.", "sr.", "br.",
    # Academic and professional honorifics of other languages, written before a name as English
    # writes "Dr." (round 10): Spanish and Portuguese ("Ing.", "Lic.", "Licda.", "Dra.", "Mgter.",
    # "Mtro.", "Arq.", "Doutor", "Profa."), Italian ("Dott.", "Avv."), Czech, Slovak and Polish
    # ("doc.", "PhDr.", "RNDr.", "MUDr.", "JUDr.", "Mgr.", "inż."), German ("Dipl.-Ing.", "Univ.-Prof.",
    # "Mag."), Turkish ("Doç."), Indonesian ("Drs.", "Dra."), French ("Pr", "Abbé", "Père", "Mgr"),
    # Bhutanese ("Dasho", "Lyonpo"), Filipino ("Atty."), the Church's ("Msgr.").
    *(a.lower() for a in HONORIFIC_ABBREVIATIONS),
    "doutor", "doutora", "professora", "profesor", "profesora", "pr", "abbé", "abbe", "père", "mgr", "dasho", "lyonpo",
})
# Honorifics that are also words of names inside a name ("Haji Rahimin bin Haji Abdul Latif",
# "Alhaji Musa Bello"): skipped before a name, kept inside one.
LEADING_HONORIFICS = frozenset({"haji", "hajah", "hj", "hjh", "alhaji", "alhaja"})
# Degrees and orders written after a name, between commas ("X, Ph.D., and her counterpart").
POSTNOMINALS = frozenset({"ph.d.", "phd", "s.j.", "sj", "md", "m.d.", "obe", "cbe", "mbe", "frs", "jr.", "sr.", "jr", "esq."})
_SPEECH = ("said", "says", "according to", "added", "noted", "stated")


def is_personword(token: Token) -> bool:
    """A word that can be part of a person's name."""
    text = token.text
    return bool(
        _PERSON_WORD.fullmatch(text)
        and text not in lexicon.NOT_NAME_WORDS
        and text not in lexicon.INSTITUTION_HEADS
        and text not in lexicon.BODIES  # "the Chairperson of the X Governing Board, Prof. Y": no person "Governing Board"
        and not (text in lexicon.MONTH_WORDS and _beside_a_number(token))
        and text.lower() not in lexicon.TITLE_WORDS
        and text.lower() not in HONORIFICS
        and not (text.isupper() and text in lexicon.NOT_ACRONYMS)
    )


def abbreviated_name_word(doc: Doc, i: int) -> bool:
    """A first name written short with a full stop ("Ma. Teresa Villanueva"): a capitalised
    word of one or two letters that is no everyday word, its full stop right after it, then two
    name words that are no everyday words either (not "Acme Co. The rector said")."""
    token = doc[i]
    if joined_initial(doc, i):
        return True
    return (
        i + 3 < len(doc) and 1 <= len(token.text) <= 2 and token.text[0].isupper() and token.text.isalpha()
        and not token.text.isupper() and not token.is_stop and not token.whitespace_
        and doc[i + 1].text == "." and bool(doc[i + 1].whitespace_)
        and all(is_personword(doc[k]) and not doc[k].is_stop for k in (i + 2, i + 3))
        and not (i > 0 and doc[i - 1].text == ".")
    )


def joined_initial(doc: Doc, i: int) -> bool:
    """"Ts.Altangerel" as the tokenizer splits it ("Ts", ".", "Altangerel"): an initial of one or
    two letters, its full stop with no space after it, and a name word (see :data:`_JOINED_INITIAL`)."""
    return (
        i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "." and not doc[i + 1].whitespace_
        and bool(_JOINED_INITIAL.fullmatch(doc[i:i + 3].text)) and is_personword(doc[i + 2])
        and not (i > 0 and doc[i - 1].text == "." and not doc[i - 1].whitespace_)  # not "U.S.Army"
    )


def _beside_a_number(token: Token) -> bool:
    """"May 3", "3 May": a month; "Jan van der Berg", "June Osei": a name."""
    doc = token.doc
    return any(0 <= k < len(doc) and (doc[k].like_num or doc[k].text == ",") for k in (token.i - 1, token.i + 1)) or token.i + 1 >= len(doc)


def is_honorific(token: Token) -> bool:
    return token.lower_ in HONORIFICS and (token.text[0].isupper())


# Malaysian honorifics ("Datuk Seri", "Tan Sri", "Datin"), which are no part of the name.
_MALAY_HONORIFICS = frozenset({"dato'", "dato", "datuk"})
_TWO_WORD_HONORIFICS = {"Tan": "Sri", "Toh": "Puan"}


# Academic and military ranks some news writes in lower case before a name, as honorifics
# ("dean of the Faculty of Law professor Karl Saar", "the rector of X, academician Y", "captain Z").
# Central European usage writes the abbreviated ones in small letters too ("prof. PhDr. X",
# "doc. Ing. Y", "assoc. prof. Z").
LOWER_CASE_HONORIFICS = frozenset({"professor", "academician", "captain", "colonel", "admiral", "prof.", "doc.", "assoc.", "dr.", "ing.", "mgr."})


def _lower_case_honorific(doc: Doc, i: int) -> bool:
    if doc[i].text not in LOWER_CASE_HONORIFICS or i + 1 >= len(doc):
        return False
    following = doc[i + 1]
    return following.text[:1].isupper() and following.is_alpha or is_honorific(following) or following.text in LOWER_CASE_HONORIFICS and _lower_case_honorific(doc, i + 1)


def skip_honorifics(doc: Doc, i: int) -> int:
    """The first token after the honorifics that start at ``i`` ("Prof Dr", "Professor Sir",
    "Professor (Mrs)", "Professor Ir Dr")."""
    first = i
    while i < len(doc):
        if is_honorific(doc[i]) or _lower_case_honorific(doc, i):
            i += 1
            if i < len(doc) and doc[i].text in {"Seri", "Sri"} and doc[i - 1].lower_ in _MALAY_HONORIFICS:
                i += 1  # "Datuk Seri", "Dato' Sri"
        elif doc[i].text in _TWO_WORD_HONORIFICS and i + 2 < len(doc) and doc[i + 1].text == _TWO_WORD_HONORIFICS[doc[i].text] and doc[i + 2].text[:1].isupper():
            i += 2  # "Tan Sri", "Toh Puan": Malaysian honorifics of two words
        elif i > 0 and is_honorific(doc[i - 1]) and doc[i].text == "(" and i + 2 < len(doc) and is_honorific(doc[i + 1]) and doc[i + 2].text == ")":
            i += 3
        elif i > first and (skip := _inside_a_run(doc, i)):
            i += skip  # "Dato Seri Setia Dr X": a word between two honorifics is one too
        elif doc[i].lower_ in LEADING_HONORIFICS and i + 2 < len(doc) and is_personword(doc[i + 1]) and name_word_follows(doc, i + 2):
            i += 1  # "Dr Haji Rahimin bin Haji Abdul Latif": "Haji" before the name, not inside it
        else:
            break
    return i


def _inside_a_run(doc: Doc, i: int) -> int:
    """After honorifics, how many capitalised words (one or two) stand before another honorific:
    they are honorifics of a run ("Dato Seri Setia Dr Haji X"); 0 when none does."""
    for size in (1, 2):
        words = doc[i:i + size]
        if len(words) == size and i + size < len(doc) and all(w.is_alpha and w.text[:1].isupper() for w in words) and is_honorific(doc[i + size]):
            return size
    return 0


def name_word_follows(doc: Doc, i: int) -> bool:
    """A name word, or a little word of names and then one, at ``i`` ("Ali", "bin Ahmad")."""
    while i < len(doc) and doc[i].text in PARTICLES:
        i += 1
    return i < len(doc) and (is_personword(doc[i]) or bool(_INITIAL.fullmatch(doc[i].text)))


def name_at(doc: Doc, i: int, *, limit: int = 5) -> tuple[int, int] | None:
    """The name that starts at token ``i`` (after its honorifics), or None.

    Words joined by hyphens without spaces are one word ("Faruk-uz-Zaman"); initials count but
    a name needs one word that is not an initial; a little word of names must be followed by
    a name word.
    """
    start = skip_honorifics(doc, i)
    j = start
    words = full = 0
    while j < len(doc) and words < limit:
        token = doc[j]
        if _INITIAL.fullmatch(token.text) and not (j + 1 < len(doc) and doc[j + 1].text == "-"):
            j += 1
            words += 1
            continue
        if abbreviated_name_word(doc, j):  # "Ma. Teresa"
            j += 2
            words += 1
            continue
        if _ABBREVIATED_WORD.fullmatch(token.text) and j + 2 < len(doc) and all(is_personword(doc[k]) for k in (j + 1, j + 2)):
            j += 1  # "Md. Shahriar Karim": a first name written short that the tokenizer keeps whole
            words += 1
            continue
        if is_personword(token):
            j = _joined(doc, j)
            words += 1 + bool(_JOINED_INITIAL.fullmatch(token.text))  # "B.Tsogtbayar": an initial and a name
            full += 1
            continue
        if token.text in PARTICLES and words:  # "van der Berg": little words, then a name word
            k = j
            while k < len(doc) and doc[k].text in PARTICLES:
                k += 1
            if k < len(doc) and is_personword(doc[k]):
                j = k
                continue
            if _hyphened_particle(doc, k - 1):  # "al-Jubouri", "el-Masri", "bin-Rashid": one word
                j = _joined(doc, k - 1)
                words += 1
                full += 1
                continue
        break
    while j > start and _INITIAL.fullmatch(doc[j - 1].text) and full:  # never end on an initial
        if j - 1 > start and _INITIAL.fullmatch(doc[j - 2].text):
            break
        j -= 1
        words -= 1
    if full == 0 or words < 2:
        return None
    return start, j


def _hyphened_particle(doc: Doc, k: int) -> bool:
    """A little word of names joined to a name word by a hyphen, no spaces ("al", "-", "Saedi")."""
    return (
        k + 2 < len(doc) and doc[k].text in PARTICLES and doc[k + 1].text == "-"
        and not doc[k].whitespace_ and not doc[k + 1].whitespace_ and is_personword(doc[k + 2])
    )


def _joined(doc: Doc, j: int) -> int:
    """The end of a word written with hyphens: "Faruk", "-", "uz", "-", "Zaman"."""
    end = j + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return end


def honorific_names(doc: Doc) -> list[tuple[int, int]]:
    """Names after honorifics; a single word after them is kept for :func:`family_names`."""
    found = []
    i = 0
    while i < len(doc):
        if (is_honorific(doc[i]) or _lower_case_honorific(doc, i)) and (i == 0 or not is_honorific(doc[i - 1])):
            span = name_at(doc, i)
            if span is not None:
                found.append(span)
                i = span[1]
                continue
        i += 1
    return found


def family_names(doc: Doc, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Prof Kgwadi" when the article names "Prof Dan Kgwadi": the family name alone."""
    last_words = {doc[e - 1].text for s, e in people}
    found = []
    for token in doc:
        if is_honorific(token) and (token.i == 0 or not is_honorific(doc[token.i - 1])):
            j = skip_honorifics(doc, token.i)
            if j < len(doc) and doc[j].text in last_words and not (j + 1 < len(doc) and is_personword(doc[j + 1])):
                found.append((j, j + 1))
    return found


def spoken_names(doc: Doc) -> list[tuple[int, int]]:
    """'..., said Michael Crow founding president', 'according to Prof. X,'."""
    found = []
    firsts = {verb.split()[0] for verb in _SPEECH}
    for token in doc:
        if token.lower_ not in firsts:
            continue
        for verb in _SPEECH:
            words = verb.split()
            if doc[token.i:token.i + len(words)].text.lower() == verb:
                span = name_at(doc, token.i + len(words), limit=4)
                if span is not None and (span[1] >= len(doc) or not doc[span[1]].text[:1].isupper() or doc[span[1]].lower_ in lexicon.TITLE_WORDS):
                    found.append(span)
    return found


def counterpart_names(doc: Doc, orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"... and his counterpart from HUST, Nguyen Van Hoa": the name after the counterpart's
    organisation; "and her Ivorian counterpart, Séraphin Kouadio Yao,": the name in the apposition."""
    org_at = {s: e for s, e in orgs}
    found = []
    for token in doc:
        if token.lower_ == "counterpart" and token.i + 2 < len(doc) and doc[token.i + 1].text == ",":
            span = name_at(doc, token.i + 2, limit=4)  # "and her Ivorian counterpart, Séraphin Kouadio Yao"
            if span is not None and span[1] < len(doc) and doc[span[1]].text in {",", "."}:
                found.append(span)
            continue
        if token.lower_ not in {"counterpart", "counterparts"} or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in {"from", "of", "at"}:
            continue
        i = token.i + 2 + (doc[token.i + 2].lower_ == "the")
        if i not in org_at:
            continue
        i = org_at[i]
        if i < len(doc) and doc[i].text == ",":
            span = name_at(doc, i + 1, limit=4)
            if span is not None:
                found.append(span)
    return found


def titled_people(doc: Doc, titles: list[Span], orgs: list[tuple[int, int]], *, countries: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Names next to a role title: "President Wang Shuguo", "Zhang Liqun, academician",
    "Vice-Chancellor of the University of Nairobi, Prof. Stephen Kiama", "Deputy Minister of
    Education and Science of Ukraine Jane Doe" (``countries``: the spans of countries' names)."""
    org_at = {s: e for s, e in orgs}
    org_ending = {e: s for s, e in orgs}
    country_at = {s: e for s, e in countries}
    found = []
    for title in titles:
        respective = respective_names(doc, (title.start, title.end), org_at)
        if respective:
            found += respective[1]
            continue
        bracketed = bracketed_names(doc, (title.start, title.end))
        if bracketed:
            found += [name for name, _ in bracketed]
            continue
        paired = paired_names(doc, (title.start, title.end))
        if paired:
            found += paired
            continue
        i = title.end
        if i < len(doc) and doc[i].text == "(":  # "Registrar (Additional Responsibilities) Prof Dr ..."
            i = next((c + 1 for c in range(i + 1, min(i + 8, len(doc))) if doc[c].text == ")"), i)
        if i < len(doc) and doc[i].text == "," and i + 1 in org_at and org_at[i + 1] < len(doc) and doc[org_at[i + 1]].text == ",":
            i = org_at[i + 1]  # "Director, Directorate of Public Affairs, Auwal Umar"
        if i < len(doc) and doc[i].text == "," and i + 1 < len(doc) and (is_honorific(doc[i + 1]) or title.start > 0 and doc[title.start - 1].lower_ in {"'s", "’s", "its", "whose"}):
            i += 1  # "The Vice-Chancellor, Prof. Kabiru Bala,", "ABU's Director, ..., Auwal Umar", "its president, X", "whose director, X"
        elif i < len(doc) and doc[i].text == "," and title.start > 0 and doc[title.start - 1].lower_ == "the" and _closed_apposition(doc, i + 1):
            i += 1  # "the vice-rector for external affairs, Jean Ouellet, also met"
        elif i < len(doc) and doc[i].text == "," and _after_the_org(doc, title.start, org_ending) and _closed_apposition(doc, i + 1, end=True):
            i += 1  # "the UNAH rector, Mario Ávila, and the UES vice-rector, Rosa Quintanilla."
        after = name_at(doc, i, limit=4)
        if after:
            found.append(after)
            if doc[title.end - 1].lower_.endswith("s") and doc[after[1]:after[1] + 1].text == "and":
                found += filter(None, [name_at(doc, after[1] + 1, limit=4)])  # "whose rectors P1 and P2 attended"
            continue
        unit_end = lower_case_unit_end(doc, title.end, org_at)  # "the chairman of the physics department, Prof X"
        if unit_end is not None:
            after = name_at(doc, unit_end + (doc[unit_end:unit_end + 1].text == ","), limit=4)
            if after:
                found.append(after)
                continue
        i = _office_end(doc, title.end, org_at)  # "Director General of Higher Education at the Ministry of X, Y"
        if i < len(doc) and doc[i].lower_ in ({"of", "at"} if i > title.end else {"of"}):
            org_end = _org_chain_end(doc, i + 1, org_at)
            if org_end is not None and doc[org_end:org_end + 1].text == "of" and org_end + 1 in country_at:
                org_end = country_at[org_end + 1]  # "Minister of Education and Science of Ukraine"
            if org_end is not None:
                if org_end < len(doc) and doc[org_end].text == ",":
                    org_end += 1
                after = name_at(doc, org_end, limit=4)
                if after:
                    found.append(after)
                    continue
        before = _name_before(doc, title.start) or _contact_name(doc, title.start)
        if before:
            found.append(before)
    return found


def lower_case_unit_end(doc: Doc, i: int, org_at: dict[int, int]) -> int | None:
    """After a title, the end of "of the (ORG) WORDS UNIT (of WORDS)": a unit written in small
    letters (:data:`.lexicon.UNIT_WORDS`), the title's office ("chairman of the physics
    department", "head of the KNU department of international cooperation"); else None."""
    if doc[i:i + 2].text.lower() != "of the":
        return None
    j = i + 2
    if j in org_at:
        j = org_at[j] + (doc[org_at[j]:org_at[j] + 1].text in {"'s", "’s"})
    unit = None
    k = j
    while k < len(doc) and k - j < 4 and doc[k].is_lower and doc[k].is_alpha and not doc[k].is_stop:
        if doc[k].lower_ in lexicon.UNIT_WORDS:
            unit = k
        k += 1
    if unit is None or unit != k - 1:
        return None
    if doc[k:k + 1].text == "of":  # "department of international cooperation"
        m = k + 1
        while m < len(doc) and m - k <= 4 and (doc[m].is_lower and doc[m].is_alpha and not doc[m].is_stop or doc[m].lower_ == "and"):
            m += 1
        k = m if m > k + 1 else k
    return k


def _office_end(doc: Doc, i: int, org_at: dict[int, int]) -> int:
    """After a title, the end of "of" and the capitalised words of an office that is no
    organisation ("of Higher Education") when "at" or "of" an organisation follows; else ``i``."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return i
    j = i + 1
    while j < len(doc) and j - i <= 5 and j not in org_at and (doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].lower_ in {"and", "&"}):
        j += 1
    found = j > i + 1 and doc[j - 1].text[:1].isupper() and j + 1 < len(doc) and doc[j].lower_ in {"at", "of"}
    return j if found and (j + 1 in org_at or doc[j + 1].lower_ == "the" and j + 2 in org_at) else i


def _contact_name(doc: Doc, i: int) -> tuple[int, int] | None:
    """A contact line: "For information: Claudine Roy, Media Relations Officer, ORG": the name
    at the start of a line (or after a colon) before ", W (W) TITLE"."""
    for extra in (1, 2):
        start = i - extra
        if start < 2 or not all(doc[k].is_alpha and doc[k].text[0].isupper() for k in range(start, i)):
            continue
        span = _name_before(doc, start)
        if span is not None and (span[0] == 0 or doc[span[0] - 1].text == ":" or "\n" in doc[span[0] - 1].text or starts_a_sentence(doc, span[0])):
            return span
    return None


_PAIR = re.compile(r"(?:both|the two)\s+(?:universities|institutions|parties|sides|partners)$", re.I)


def paired_names(doc: Doc, title: tuple[int, int]) -> list[tuple[int, int]]:
    """"the rectors of both universities, P1 and P2", "the two institutions' vice-chancellors,
    P1 and P2" (and no "counterpart" after): the two names, in order; [] for other shapes."""
    start, end = title
    if not doc[end - 1].lower_.endswith("s") or end >= len(doc):
        return []
    before = doc[max(0, start - 4):start].text
    of_pair = next((k for k in (3, 4) if doc[end:end + 1].text.lower() == "of" and _PAIR.match(doc[end + 1:end + k].text)), None)
    owned = re.search(r"(?:both|the two)\s+(?:universities|institutions|parties|sides|partners)\s*['’]s?$", before, re.I)
    i = end + of_pair if of_pair else end if owned else None
    if i is None or i >= len(doc) or doc[i].text != ",":
        return []
    first = name_at(doc, i + 1, limit=4)
    if first is None or first[1] + 1 >= len(doc) or doc[first[1]].lower_ != "and":
        return []
    second = name_at(doc, first[1] + 1, limit=4)
    return [first, second] if second is not None else []


def bracketed_names(doc: Doc, title: tuple[int, int]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """"The rectors of the three institutions, P1 (ORG1), P2 (ORG2) and P3 (ORG3)", "signed by
    rectors P1 (ORG1) and P2 (ORG2)": each name with the span inside its brackets, in order; []
    when the sentence is not of that shape (a plural title, "of the N institutions" or nothing,
    a comma or none, two names or more, each with its brackets)."""
    i = title[1]
    if not doc[i - 1].lower_.endswith("s") or doc[i - 1].lower_[:-1] not in lexicon.TITLE_HEADS and not doc[i - 1].lower_.endswith("ors"):
        return []
    if doc[i:i + 2].text.lower() in {"of the", "of both"}:
        k = i + 2
        while k < len(doc) and k < i + 5 and doc[k].text != ",":
            k += 1
        i = k
    if i < len(doc) and doc[i].text == ",":
        i += 1  # "the rectors of the three institutions, P1 (ORG1), ...", else "the signatures of rectors P1 (ORG1), ..."
    found = []
    while True:
        span = name_at(doc, i, limit=4)
        if span is None or span[1] + 2 >= len(doc) or doc[span[1]].text != "(":
            break
        close = next((c for c in range(span[1] + 1, min(span[1] + 8, len(doc))) if doc[c].text == ")"), None)
        if close is None:
            break
        found.append((span, (span[1] + 1, close)))
        i = close + 1
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ == "and":
            i += 1
    return found if len(found) >= 2 else []


def _closed_apposition(doc: Doc, i: int, *, end: bool = False) -> bool:
    """A name at ``i`` closed by a comma ("the rector, Anna Smith, said"); with ``end``, also by
    the end of the sentence."""
    span = name_at(doc, i, limit=4)
    return span is not None and span[1] < len(doc) and (doc[span[1]].text == "," or end and doc[span[1]].text == "." and (
        span[1] + 1 >= len(doc) or doc[span[1] + 1].is_space or doc[span[1] + 1].is_sent_start))


def _after_the_org(doc: Doc, start: int, org_ending: dict[int, int]) -> bool:
    """Whether the title at ``start`` comes right after "the ORG" ("the UNAH rector")."""
    return start in org_ending and org_ending[start] > 0 and doc[org_ending[start] - 1].lower_ == "the"


def respective_names(doc: Doc, title: tuple[int, int], org_at: dict[int, int]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """"The rectors of A and B, P1 and P2": (the organisations, the names), one name each, in
    order; None when the sentence is not of that shape."""
    i = title[1]
    if i >= len(doc) or doc[i].lower_ != "of" or not doc[title[1] - 1].lower_.endswith("s"):
        return None
    orgs = []
    i += 1
    while i < len(doc):
        if doc[i].lower_ == "the":
            i += 1
        if i not in org_at:
            break
        orgs.append((i, org_at[i]))
        i = org_at[i]
        if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "and":
            i += 2
        elif i < len(doc) and doc[i].lower_ in {"and", "&"} or (i < len(doc) and doc[i].text == "," and i + 1 in org_at):
            i += 1
        else:
            break
    if len(orgs) < 2 or i >= len(doc) or doc[i].text != ",":
        return None
    names = []
    i += 1
    while len(names) < len(orgs):
        span = name_at(doc, i)
        if span is None:
            return None
        names.append(span)
        i = span[1]
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ == "and":
            i += 1
    return orgs, names


def _name_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """The name before ", (an) TITLE" or " (L), TITLE"."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in {"a", "an", "the"}:
        j -= 1
    if j >= 2 and doc[j].lower_ in {"also", "now"} and doc[j - 1].lower_ == "is" and doc[j - 2].lower_ == "who":
        j -= 3  # "X, who is also the president of Y"
    elif j >= 1 and doc[j].lower_ == "is" and doc[j - 1].lower_ == "who":
        j -= 2
    elif j >= 3 and doc[j].text in {"'s", "’s"} and doc[j - 1].lower_ in {"university", "institution", "college", "varsity"} and doc[j - 2].lower_ == "the":
        j -= 3  # "X, the university's vice-chancellor"
    if j < 0 or doc[j].text != ",":
        return None
    j -= 1
    if j >= 2 and doc[j].text == ")" and doc[j - 2].text == "(":
        j -= 3
    while j >= 0 and doc[j].is_space:
        j -= 1
    end = j + 1
    k = end
    while k > 0 and end - k < 6 and (is_personword(doc[k - 1]) or _INITIAL.fullmatch(doc[k - 1].text) or doc[k - 1].text in PARTICLES or doc[k - 1].text == "-"
                                     or (doc[k - 1].is_lower and doc[k - 1].is_alpha and k >= 2 and doc[k - 2].text == "-" and not doc[k - 2].whitespace_)  # "Seung-woo"
                                     or (doc[k - 1].text == "." and k >= 2 and joined_initial(doc, k - 2))):  # "Ts.Altangerel"
        k -= 1
    while k < end and (doc[k].text in PARTICLES or doc[k].text == "-"):
        k += 1
    span = name_at(doc, k)
    if span is None or span[1] != end:
        return None
    return span


def _org_chain_end(doc: Doc, i: int, org_at: dict[int, int]) -> int | None:
    """After "Title of": (the) ORG, then any "(ACR)", "of the ORG", "at the ORG"; its end."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i not in org_at:
        return None
    end = org_at[i]
    while end < len(doc):
        if doc[end].text == "(" and end + 2 < len(doc) and doc[end + 2].text == ")":
            end += 3
        elif doc[end].lower_ in {"of", "at"}:
            j = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
            if j in org_at:
                end = org_at[j]
            else:
                break
        else:
            break
    return end
