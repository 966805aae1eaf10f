"""The request builder's rules, one example each: paths, escaping, query, body and its errors."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest

from esinference._client_args import RequestSettings
from esinference._gen.endpoints import ENDPOINTS
from esinference._http_codec import prepare
from esinference._request_builder import build_request
from esinference._spec_types import Param


def request(name: str, **args: Any) -> tuple[str, str, Any]:
    built = build_request(ENDPOINTS[name], args)
    return built.method, built.target, built.body


def test_the_first_path_whose_params_are_all_given_wins() -> None:
    assert request("get")[1] == "/_inference"
    assert request("get", inference_id="e")[1] == "/_inference/e"
    assert request("get", inference_id="e", task_type="rerank")[1] == "/_inference/rerank/e"
    # 9.5 gave a task type without an id its own path (elasticsearch-py 9.3 sent /_inference).
    assert request("get", task_type="rerank")[1] == "/_inference/rerank/_all"


@pytest.mark.parametrize(
    ("inference_id", "escaped"),
    [
        ("a/b", "a%2Fb"),
        ("../_cluster", "..%2F_cluster"),
        ("x?y=1", "x%3Fy%3D1"),
        ("x#frag", "x%23frag"),
        ("50%", "50%25"),
        ("with space", "with%20space"),
        ("é", "%C3%A9"),
        ("a,b*", "a,b*"),  # elasticsearch-py keeps ',' and '*' (multi-target syntax)
    ],
)
def test_ids_are_percent_escaped_so_they_cannot_change_the_path(
    inference_id: str, escaped: str
) -> None:
    assert request("delete", inference_id=inference_id)[1] == f"/_inference/{escaped}"


@pytest.mark.parametrize("dots", [".", ".."])
def test_dot_segments_are_refused(dots: str) -> None:
    with pytest.raises(ValueError, match="'inference_id' cannot be"):
        request("delete", inference_id=dots)


def test_query_booleans_lists_and_durations() -> None:
    _, target, _ = request(
        "delete", inference_id="e", dry_run=False, force=True, filter_path=["a.b", "c"]
    )
    assert target == "/_inference/e?dry_run=false&filter_path=a.b,c&force=true"
    assert request("text_embedding", inference_id="e", input="x", timeout=-1)[1].endswith(
        "?timeout=-1"
    )


def test_body_fields_in_spec_order_and_none_is_not_sent() -> None:
    _, _, body = request(
        "rerank", inference_id="r", top_n=2, query="q", input=["a"], task_settings=None
    )
    assert list(body) == ["input", "query", "top_n"]


def test_body_and_fields_merge_when_they_do_not_overlap() -> None:
    _, _, body = request("rerank", inference_id="r", query="q", body={"input": ["a"]})
    assert body == {"input": ["a"], "query": "q"}


def test_the_same_key_in_body_and_as_a_field_is_refused() -> None:
    with pytest.raises(ValueError, match="Received multiple values for 'input'"):
        request("text_embedding", inference_id="e", input="x", body={"input": "y"})


def test_inference_config_and_its_alias_body() -> None:
    config = {"service": "elser", "service_settings": {"num_allocations": 1, "num_threads": 1}}
    assert request("put", inference_id="e", inference_config=config)[2] == config
    assert request("put", inference_id="e", body=config)[2] == config
    with pytest.raises(TypeError, match="Can't use 'inference_config' and 'body'"):
        request("put", inference_id="e", inference_config=config, body=config)
    with pytest.raises(ValueError, match="'inference_config' and 'body', one of them"):
        request("put", inference_id="e")


def test_a_task_type_the_service_lacks_lists_the_allowed_ones() -> None:
    with pytest.raises(ValueError) as info:
        request("put_openai", task_type="rerank", openai_inference_id="x", service="openai",
                service_settings={})  # fmt: skip
    assert str(info.value) == (
        "put_openai(): 'task_type' must be one of 'chat_completion', 'completion',"
        " 'embedding', 'text_embedding'; got 'rerank'"
    )


def test_the_service_literal_is_checked() -> None:
    with pytest.raises(ValueError, match="'service' must be one of 'cohere'; got 'openai'"):
        request("put_cohere", task_type="rerank", cohere_inference_id="x", service="openai",
                service_settings={})  # fmt: skip


def test_type_errors_name_the_parameter_but_never_echo_the_value() -> None:
    with pytest.raises(TypeError) as info:
        request("put_openai", task_type="completion", openai_inference_id="x", service="openai",
                service_settings="sk-secret-key")  # fmt: skip
    assert "'service_settings' must be a mapping with str keys, got str" in str(info.value)
    assert "sk-secret" not in str(info.value)


def test_bodies_are_compact_utf8_json_with_dates_and_uuids() -> None:
    when = datetime.datetime(2026, 1, 2, 3, 4, 5)
    ident = uuid.UUID(int=1)
    http = prepare(
        ENDPOINTS["completion"],
        {"inference_id": "c", "input": "héllo", "task_settings": {"at": when, "id": ident}},
        RequestSettings(),
    )
    assert (
        http.body
        == (
            '{"input":"héllo","task_settings":{"at":"2026-01-02T03:04:05",'
            '"id":"00000000-0000-0000-0000-000000000001"}}'
        ).encode()
    )


@pytest.mark.parametrize("bad", [float("nan"), object(), {1, 2}])
def test_values_json_cannot_hold_are_a_type_error_before_any_io(bad: object) -> None:
    with pytest.raises(TypeError, match="completion\\(\\): the request body is not valid JSON"):
        args = {"inference_id": "c", "input": "x", "task_settings": {"v": bad}}
        prepare(ENDPOINTS["completion"], args, RequestSettings())


@pytest.mark.parametrize(
    "change",
    [
        {"params": (Param("input", "input", "body", "strings"),)},  # type: ignore[arg-type]
        {"params": (Param("input", "input", "header", "str"),)},  # type: ignore[arg-type]
        {"body_kind": "json"},
    ],
    ids=["kind", "location", "body_kind"],
)
def test_a_descriptor_with_an_unknown_kind_is_refused_not_guessed(change: dict[str, Any]) -> None:
    endpoint = ENDPOINTS["completion"]._replace(**change)
    with pytest.raises(ValueError, match="unknown"):
        build_request(endpoint, {"inference_id": "e", "input": "hi"})
