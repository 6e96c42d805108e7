"""Schemathesis against the real server: generated requests for every operation of the
OpenAPI schema; no server error, no response that breaks the schema (status code, content
type, body schema, headers), within a bounded number of examples per operation. Then negative
cases (data that breaks the schema) and stateful sequences (a list, then an operation on one
of its ids, through OpenAPI links)."""

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

pytestmark = pytest.mark.server

EXAMPLES_PER_OPERATION = 25
# Names, kinds and areas are open-ended strings resolved against the graph at run time, so a
# schema-valid value may still name nothing: that is a 422 by design, not a failure.
EXCLUDED = [positive_data_acceptance]
TAGS = {"home", "institutions", "alliances", "agreements", "people", "documents", "search", "linked data"}


def test_no_server_error_and_answers_match_the_schema(server):
    schema = schemathesis.openapi.from_url(f"{server}/openapi.json")
    # the REST API's operations (the SPARQL endpoint, analysis and views have suites of their own)
    schema = schema.include(func=lambda ctx: bool(TAGS & set(ctx.operation.tags or [])))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 16
    ran: dict[str, int] = {}
    for operation in operations:
        label = f"{operation.method.upper()} {operation.path}"
        ran[label] = 0

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            ran[label] += 1
            case.call_and_validate(timeout=30, excluded_checks=EXCLUDED)

        check()
    total = sum(ran.values())
    print(f"schemathesis: {total} cases over {len(ran)} operations: {ran}")
    assert total >= 10 * len(ran)


@pytest.fixture(scope="module")
def rest_schema(server):
    """The server's own schema, limited to the REST API, with OpenAPI links added from each list
    to the operations that take one of its ids (the stateful run follows them; the links change
    no operation's parameters, so the negative cases are those of the schema as served)."""
    raw = httpx.get(f"{server}/openapi.json", timeout=30).json()
    from_list = {"operationId": None, "parameters": {"id": "$response.body#/items/0/id"}}
    for source, targets in LINKS.items():
        ok = raw["paths"][source]["get"]["responses"]["200"]
        ok["links"] = {
            target.strip("/").replace("/", "-").replace("{id}", "by-id"): {
                **from_list, "operationId": raw["paths"][target]["get"]["operationId"],
            } for target in targets
        }
    schema = schemathesis.openapi.from_dict(raw)
    schema.config.update(base_url=server)
    return schema.include(func=lambda ctx: bool(TAGS & set(ctx.operation.tags or [])))


# from a list (its first item's id) to the operations that take that id
LINKS = {
    "/institutions": ["/institutions/{id}", "/institutions/{id}/partners", "/institutions/{id}/shared-partners"],
    "/alliances": ["/alliances/{id}/members"],
    "/agreements": ["/agreements/{id}"],
    "/people": ["/people/{id}"],
    "/documents": ["/documents/{id}"],
}
NEGATIVE_EXAMPLES = 10


def test_negative_cases_are_refused_with_a_4xx_that_matches_the_schema(rest_schema):
    """Data that breaks the schema (wrong types, too long, out of range, missing): never a 5xx,
    and the answer still conforms to the schema (status, content type, body)."""
    ran: dict[str, int] = {}
    for result in rest_schema.get_all_operations():
        operation = result.ok()
        label = f"{operation.method.upper()} {operation.path}"
        ran[label] = 0

        @given(case=operation.as_strategy(generation_mode=GenerationMode.NEGATIVE))
        @settings(max_examples=NEGATIVE_EXAMPLES, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            ran[label] += 1
            response = case.call(timeout=30)
            assert response.status_code < 500, (label, case.query, case.path_parameters, response.text[:300])
            case.validate_response(response, excluded_checks=EXCLUDED)

        try:
            check()
        except Unsatisfiable:  # nothing to break: an operation without parameters
            assert ran[label] == 0
    print(f"schemathesis negative: {sum(ran.values())} cases over {len(ran)} operations")
    assert sum(1 for n in ran.values() if n) >= 10  # operations with no parameter have no negative case


def test_stateful_runs_follow_links_from_lists_to_items(rest_schema):
    """Sequences of calls: a list, then an operation on one of its ids (OpenAPI links)."""
    machine = rest_schema.as_state_machine()
    calls: list[str] = []
    first_ids: set[str] = set()  # the first item's id of every list answered

    class Recording(machine):
        def after_call(self, response, case):
            super().after_call(response, case)
            calls.append(f"{case.operation.method.upper()} {case.formatted_path}")
            assert response.status_code < 500, (case.formatted_path, response.text[:300])
            if case.operation.path in LINKS and response.status_code == 200 and response.json()["items"]:
                first_ids.add(response.json()["items"][0]["id"])

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            case.validate_response(response, excluded_checks=EXCLUDED, transport_kwargs=kwargs or None,
                                   recorder=self.recorder)

    Recording.run(settings=settings(max_examples=12, stateful_step_count=4, deadline=None, derandomize=True,
                                    suppress_health_check=list(HealthCheck), database=None))
    followed = [c for c in calls if any(f"/{id_}" in c for id_ in first_ids)]
    print(f"schemathesis stateful: {len(calls)} calls, {len(followed)} through links")
    assert followed, calls[:20]
