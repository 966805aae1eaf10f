"""``PUT _inference/{id}/_update`` as TransportUpdateInferenceModelAction runs it.

Sources (elastic/elasticsearch, x-pack/plugin/inference):
- ``action/TransportUpdateInferenceModelAction`` (newest stored version): the endpoint must exist
  (``The inference endpoint [{id}] does not exist and cannot be updated``, an
  ElasticsearchStatusException with 404, asserted by TransportUpdateInferenceModelActionTests
  testMasterOperation_NullReturned_ThrowsElasticsearchStatusException); default endpoints (ids
  starting with a dot) are refused, ``Default endpoint [{id}] cannot be updated`` (400); the task
  type must match; service and task settings are merged through each service's update parser and
  whatever is left is refused by ``ServiceUtils.throwIfNotEmptyMap``; chunking settings are
  *replaced* (``ChunkingSettingsBuilder.fromMap``, "the strategy plus its dependent fields must be
  re-validated together"); elasticsearch-service endpoints apply num_allocations and
  adaptive_allocations to their deployment.
- ``core/.../UpdateInferenceModelAction.Request.getContentAsSettings``: an empty body is refused
  (``Request body is empty``) and so is any other top-level key (``Request contained fields which
  cannot be updated, remove these fields and try again [{…}]``).
- ``qa/…/InferenceCrudIT``: testUpdateEndpointWithWrongTaskTypeInURL / …InBody,
  testUpdateEndpointWithTaskTypeInURL / …InBody / …InBodyAndURL, and testCRUD's update step.
- ``qa/…/DefaultEndPointsIT.testUpdateDefaultEndpointReturnsBadRequest``.
"""

from __future__ import annotations

from typing import Any

import pytest

from esinference.server import LocalServer
from tests.server.conftest import Http, stored_config

from ._configs import assert_refused, put, unknown_settings

OPENAI = {
    "service": "openai",
    "service_settings": {"api_key": "abc64", "model_id": "text-embedding-3-small"},
    "task_settings": {"user": "me"},
}


def create(http: Http, inference_id: str = "ep", body: dict[str, Any] | None = None) -> None:
    reply = put(http, inference_id, "text_embedding", body or OPENAI)
    assert reply.status == 200, reply.data


def update(http: Http, path: str, body: dict[str, Any]) -> Any:
    return http("PUT", f"/_inference/{path}/_update", body)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("ep", {"task_type": "text_embedding", "task_settings": {"user": "url-less"}}),
        ("text_embedding/ep", {"task_settings": {"user": "url-less"}}),
        (
            "text_embedding/ep",
            {"task_type": "text_embedding", "task_settings": {"user": "url-less"}},
        ),
    ],
    ids=["task-type-in-body", "task-type-in-url", "task-type-in-body-and-url"],
)
def test_task_settings_are_updated_with_the_task_type_anywhere(
    http: Http, path: str, body: dict[str, Any]
) -> None:
    """InferenceCrudIT.testUpdateEndpointWithTaskTypeIn{Body,URL,BodyAndURL}: the answer holds the
    new task settings, and GET shows the same endpoint (testCRUD)."""
    create(http)
    reply = update(http, path, body)
    assert reply.status == 200, reply.data
    assert reply.json["task_settings"] == {"user": "url-less"}
    assert http("GET", "/_inference/text_embedding/ep").json["endpoints"] == [reply.json]


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("sparse_embedding/ep", {"task_settings": {"user": "x"}}),
        ("ep", {"task_type": "sparse_embedding", "task_settings": {"user": "x"}}),
    ],
    ids=["in-url", "in-body"],
)
def test_a_task_type_other_than_the_endpoints_is_refused(
    http: Http, path: str, body: dict[str, Any]
) -> None:
    """InferenceCrudIT.testUpdateEndpointWithWrongTaskTypeIn{URL,Body};
    TransportUpdateInferenceModelActionTests.testValidateResolvedTaskType_MismatchingTaskType."""
    create(http)
    reply = update(http, path, body)
    assert_refused(
        reply,
        400,
        "status_exception",
        "Task type must match the task type of the existing endpoint",
    )


def test_secrets_are_rotated_and_never_returned(http: Http, server: LocalServer) -> None:
    """InferenceCrudIT.testCRUD: a new api_key in service_settings replaces the stored one."""
    create(http)
    reply = update(http, "ep", {"service_settings": {"api_key": "rotated"}})
    assert reply.status == 200, reply.data
    assert "api_key" not in reply.json["service_settings"]
    assert stored_config(server, "ep")["service_settings"]["api_key"] == "rotated"


def test_a_missing_endpoint_is_a_404_status_exception(http: Http) -> None:
    reply = update(http, "missing", {"task_settings": {"user": "x"}})
    assert_refused(
        reply,
        404,
        "status_exception",
        "The inference endpoint [missing] does not exist and cannot be updated",
    )


def test_default_endpoints_cannot_be_updated_and_stay_as_they_were(http: Http) -> None:
    """DefaultEndPointsIT.testUpdateDefaultEndpointReturnsBadRequest."""
    e5 = ".multilingual-e5-small-elasticsearch"
    before = http("GET", f"/_inference/{e5}").json
    reply = update(
        http,
        f"text_embedding/{e5}",
        {"task_type": "text_embedding", "service_settings": {"num_threads": 2}},
    )
    assert_refused(reply, 400, "status_exception", f"Default endpoint [{e5}] cannot be updated")
    assert http("GET", f"/_inference/{e5}").json == before


def test_unknown_task_settings_are_refused_and_nothing_changes(http: Http) -> None:
    create(http)
    before = http("GET", "/_inference/ep").json
    reply = update(http, "ep", {"task_settings": {"unknown_setting": "unknown_value"}})
    assert_refused(
        reply,
        400,
        "status_exception",
        unknown_settings("openai", "{unknown_setting=unknown_value}"),
    )
    assert http("GET", "/_inference/ep").json == before


def test_service_settings_the_service_cannot_update_are_refused(http: Http) -> None:
    """Only what the service's update parser reads may change (secrets, rate_limit, and the
    deployment settings of the elasticsearch service); a model_id or a typo is left over."""
    create(http)
    for settings in ({"unknown_setting": "unknown_value"}, {"num_allocations": 3}):
        reply = update(http, "ep", {"service_settings": settings})
        key, value = next(iter(settings.items()))
        assert_refused(
            reply, 400, "status_exception", unknown_settings("openai", f"{{{key}={value}}}")
        )


def test_new_chunking_settings_replace_the_old_ones(http: Http) -> None:
    create(
        http,
        body={
            **OPENAI,
            "chunking_settings": {"strategy": "word", "max_chunk_size": 100, "overlap": 20},
        },
    )
    new = {"strategy": "sentence", "max_chunk_size": 50, "sentence_overlap": 0}
    reply = update(http, "ep", {"chunking_settings": new})
    assert reply.status == 200, reply.data
    assert reply.json["chunking_settings"] == new
    assert http("GET", "/_inference/ep").json["endpoints"][0]["chunking_settings"] == new


def test_invalid_chunking_settings_are_refused_on_update(http: Http) -> None:
    create(http)
    reply = update(http, "ep", {"chunking_settings": {"max_chunk_size": 50}})
    assert_refused(
        reply,
        400,
        "illegal_argument_exception",
        "Can't generate Chunker without ChunkingStrategy provided",
    )


def test_an_empty_body_is_refused(http: Http) -> None:
    create(http)
    assert_refused(update(http, "ep", {}), 400, "status_exception", "Request body is empty")


def test_keys_that_cannot_be_updated_are_refused(http: Http) -> None:
    create(http)
    reply = update(http, "ep", {"service": "cohere"})
    assert_refused(
        reply,
        400,
        "status_exception",
        "Request contained fields which cannot be updated, remove these fields and try again "
        "[{service=cohere}]",
    )
