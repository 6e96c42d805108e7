"""Named queries: parameter binding is safe, and every query file parses and runs."""

import dataclasses

import pytest
from rdflib import Literal, URIRef

from unikg.graph import queries
from unikg.graph.dataset.current import ensure_loaded
from unikg.graph.errors import UserError
from unikg.graph.store import AskResult, GraphResult, SelectResult, open_store, store_choice

ON_DISK = {"build_graphs"}  # about what the build put in a store on disk: asked of one


def test_parameters_are_found_outside_strings_iris_and_comments():
    text = 'SELECT * WHERE { ?s ?p $org . FILTER(?x = "$notme") } # $nor_me\n<http://x/$no>'
    assert queries.parameters(text) == {"org"}


def test_binding_serializes_terms_safely():
    text = "SELECT * WHERE { ?s ?p $value }"
    bound = queries.bind(text, value=Literal('a "quoted" } INSERT'))
    assert bound == 'SELECT * WHERE { ?s ?p "a \\"quoted\\" } INSERT" }'


def test_an_iri_that_would_break_out_is_refused():
    with pytest.raises(UserError, match="not a valid IRI"):
        queries.bind("SELECT * WHERE { ?s ?p $org }", org=URIRef("http://x/> } ; DROP ALL ; <"))


def test_a_missing_parameter_is_named():
    with pytest.raises(UserError, match="not given: org"):
        queries.bind("SELECT * WHERE { ?s ?p $org }")


def test_an_unknown_query_lists_the_known_ones():
    with pytest.raises(UserError, match="known: .*partners"):
        queries.load("nope")


@pytest.fixture(scope="module")
def disk_store(settings, tmp_path_factory):
    on_disk = dataclasses.replace(settings, store=f"oxigraph:{tmp_path_factory.mktemp('disk') / 'store'}")
    ensure_loaded(on_disk, store_choice(on_disk))
    return open_store(on_disk)


@pytest.mark.parametrize("name", queries.names())
def test_every_named_query_runs_with_its_parameters_bound(store, names, name, request):
    store = request.getfixturevalue("disk_store") if name in ON_DISK else store
    text = queries.load(name)
    assert queries.description(name), f"{name}.rq needs a first comment line saying what it answers"
    example = {"org": "xjtu", "alliance": "uansr", "person": "zhanseit-tuimebayev", "document": "ensia-nwnu-twinning-2023"}
    params = {p: URIRef(names.resolve(example[p]).iri) if p in ("org", "alliance", "person") else None for p in queries.parameters(text)}
    params = {k: v if v is not None else OTHER_PARAMETERS[k] if k in OTHER_PARAMETERS else URIRef(f"https://w3id.org/unikg/id/doc/{example[k]}") for k, v in params.items()}
    result = store.query(queries.bind(text, **params))
    assert isinstance(result, (SelectResult, GraphResult, AskResult))
    found = result.rows if isinstance(result, SelectResult) else result.value if isinstance(result, AskResult) else len(result.graph)
    assert found, f"{name} returned nothing on the seed graph"


# the other parameters of the API's queries, each with a value the seed graph answers for
_ANY = Literal("")
OTHER_PARAMETERS = {
    "resource": URIRef("https://w3id.org/unikg/id/org/xjtu"),
    "member": URIRef("https://w3id.org/unikg/id/org/kaznu"),
    "base": URIRef("https://w3id.org/unikg/ontology#Organization"),
    "orgs": Literal("https://w3id.org/unikg/id/org/xjtu https://w3id.org/unikg/id/org/cup"),
    "count": Literal(2),
    "only": _ANY, "party": _ANY, "ofKind": _ANY, "inArea": _ANY, "inCountry": _ANY, "inAlliance": _ANY,
    "ofPerson": queries.UNDEF, "atOrgs": queries.UNDEF, "property": URIRef("https://w3id.org/unikg/ontology#party"),
    "withGroups": Literal(True), "anyDate": Literal(True),
    "fromDay": Literal("0001-01-01"), "toDay": Literal("9999-12-31"), "fromMonth": Literal("0001-01"),
    "toMonth": Literal("9999-12"), "fromYear": Literal("0001"), "toYear": Literal("9999"),
    "agreements": [URIRef("https://w3id.org/unikg/id/agreement/kaznu-szu-agreement-2023"),
                   URIRef("https://w3id.org/unikg/id/agreement/ensia-nwnu-twinning-agreement-2023")],
    "resources": [URIRef("https://w3id.org/unikg/id/agreement/kaznu-szu-agreement-2023")],
    "organizations": [URIRef("https://w3id.org/unikg/id/org/xjtu"), URIRef("https://w3id.org/unikg/id/org/kaznu")],
    "documents": [URIRef("https://w3id.org/unikg/id/doc/ensia-nwnu-twinning-2023"),
                  URIRef("https://w3id.org/unikg/id/doc/kaznu-china-partnerships-2023")],
    "people": [URIRef("https://w3id.org/unikg/id/person/zhanseit-tuimebayev"),
               URIRef("https://w3id.org/unikg/id/person/chen-feng")],
}
