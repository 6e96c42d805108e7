"""Property tests of name resolution (hypothesis): any text is a resolution or a UserError (a
NotFound with suggestions that exist), never another exception; the outcome does not change with
case, accents, punctuation or spacing; every spelling of the registry resolves to its entity.

The spellings come from the registry files (``data/registry``), not from the index under test.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unikg.graph.errors import NotFound, UserError
from unikg.graph.names import KINDS
from unikg.graph.registry import load_registry

from ..conftest import DATA

REGISTRY = load_registry(DATA)
ORGANIZATIONS = [(o.id, form) for o in REGISTRY.organizations.values() for form in (o.id, o.name, *o.acronyms, *o.spellings)]
PEOPLE = [(p.id, form) for p in REGISTRY.people.values() for form in (p.id, p.name, *p.spellings)]
BOUNDED = settings(max_examples=100, deadline=None, derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.too_slow])


def outcome(names, text: str, kinds=KINDS):
    """What resolving ``text`` gives: the entity's IRI, or the kind of refusal."""
    try:
        return names.resolve(text, kinds=kinds).iri
    except NotFound:
        return "not found"
    except UserError as error:
        return "refused: " + type(error).__name__


def unique_forms(names, pairs):
    """(id, spelling) pairs whose spelling names one entity of that kind only."""
    return [(id_, form) for id_, form in pairs if len({i for i, f in pairs if f == form}) == 1]


@given(text=st.text(max_size=400))
@BOUNDED
def test_any_text_resolves_or_is_a_user_error(names, text):
    try:
        entity = names.resolve(text)
    except NotFound as error:
        assert str(error) and all(names.resolve(s).id == s for s in error.suggestions)
    except UserError as error:
        assert str(error)
    else:
        assert entity.iri in names.entities


@given(data=st.data())
@BOUNDED
def test_every_registered_spelling_resolves_to_its_entity(names, data):
    kind, pairs = data.draw(st.sampled_from([("Organization", ORGANIZATIONS), ("Person", PEOPLE)]))
    id_, form = data.draw(st.sampled_from(pairs))
    try:
        found = names.resolve(form, kinds=(kind,))
    except UserError as error:  # a spelling two entities share is ambiguous, and said so
        assert "ambiguous" in str(error) and id_ in str(error), (form, str(error))
        return
    assert found.id == id_, (form, found)


def disguise(draw, form: str) -> str:
    """The same name as someone might type it: other case, accents, punctuation, spacing."""
    out = []
    for char in form:
        if char.isspace():
            out.append(draw(st.sampled_from([" ", "  ", "\t", " \u00a0", " - ", "_"])))
            continue
        if char.isalpha() and draw(st.booleans()):
            char = char.swapcase()
        if char.isascii() and char.isalpha() and draw(st.integers(0, 4)) == 0:
            char += draw(st.sampled_from(["\u0301", "\u0300", "\u0308", "\u0327"]))  # combining accents
        out.append(char)
    padding = draw(st.sampled_from(["", " ", "  ", "\n"]))
    return padding + unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), "".join(out)) + padding


@given(data=st.data())
@BOUNDED
def test_resolution_ignores_case_accents_punctuation_and_spacing(names, data):
    id_, form = data.draw(st.sampled_from(ORGANIZATIONS + PEOPLE))
    disguised = disguise(data.draw, form)
    assert outcome(names, disguised) == outcome(names, form), (form, disguised)


@pytest.mark.parametrize("kind", ["Organization", "Person"])
def test_the_registry_and_the_index_agree_on_every_unique_spelling(names, kind):
    """Not sampled: all of them, as the property above samples them."""
    pairs = ORGANIZATIONS if kind == "Organization" else PEOPLE
    wrong = [(id_, form) for id_, form in unique_forms(names, pairs)
             if outcome(names, form, kinds=(kind,)) != names.resolve(id_, kinds=(kind,)).iri]
    assert wrong == []
