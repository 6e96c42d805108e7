"""The sentences of an analysed text, and its text, found once (spaCy's ``doc.sents`` and
``token.sent`` walk the whole text each time they are asked, and ``doc.text`` joins every token).

>>> from spacy.lang.en import English
>>> nlp = English()
>>> _ = nlp.add_pipe("sentencizer")
>>> doc = nlp("One sentence. Another one.")
>>> [s.text for s in sentences(doc)], sentence_of(doc, 4).text
(['One sentence.', 'Another one.'], 'Another one.')
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc``, in order (kept in ``doc.user_data``)."""
    found = doc.user_data.get("unikg_sentences")
    if found is None:
        found = list(doc.sents)
        doc.user_data["unikg_sentences"] = found
        doc.user_data["unikg_sentence_starts"] = [s.start for s in found]
    return found


def text_of(doc: Doc) -> str:
    """``doc.text`` (kept in ``doc.user_data``)."""
    found = doc.user_data.get("unikg_text")
    if found is None:
        found = doc.user_data["unikg_text"] = doc.text
    return found


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence that holds token ``i``."""
    return sentences(doc)[sentence_number(doc, i)]


def sentence_number(doc: Doc, i: int) -> int:
    """The index (in :func:`sentences`) of the sentence that holds token ``i``."""
    sentences(doc)
    return bisect_right(doc.user_data["unikg_sentence_starts"], i) - 1


def starts_a_sentence(doc: Doc, i: int) -> bool:
    """``doc[i].is_sent_start``, without asking spaCy (which checks the whole text each time)."""
    sentences(doc)
    return sentence_of(doc, i).start == i
