"""rerank with object query / input (9.5): RerankRequest's parser, only ``elastic`` takes images."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from .conftest import Http, put_body
from .server95 import catalog_95, http95_fixture, server95_fixture  # noqa: F401 - fixtures

PNG = "data:image/png;base64," + base64.b64encode(b"fake image").decode()
DOCS = [{"type": "text", "value": "star wars"}, {"type": "image", "value": PNG}, "a cat"]


def create(http: Http, service: str, inference_id: str = "rr") -> None:
    body = put_body(catalog_95().services[service])
    reply = http("PUT", f"/_inference/rerank/{inference_id}", body)
    assert reply.status == 200, reply.data


def test_elastic_ranks_text_and_image_documents(http95: Http) -> None:
    create(http95, "elastic")
    body = {"query": {"type": "text", "value": "star wars"}, "input": DOCS}
    ranked = http95("POST", "/_inference/rerank/rr", body).json["rerank"]
    assert ranked[0]["index"] == 0
    assert sorted(r["index"] for r in ranked) == [0, 1, 2]
    assert {r["index"]: r["text"] for r in ranked} == {0: "star wars", 1: PNG, 2: "a cat"}
    again = http95("POST", "/_inference/rr", {**body, "top_n": 2, "return_documents": False})
    assert again.json["rerank"] == [{k: v for k, v in r.items() if k != "text"} for r in ranked[:2]]


def test_image_query_on_elastic(http95: Http) -> None:
    create(http95, "elastic")
    body = {"query": {"type": "image", "format": "base64", "value": PNG}, "input": ["a", "b"]}
    assert http95("POST", "/_inference/rerank/rr", body).status == 200


def test_other_services_take_text_objects_but_not_images(http95: Http) -> None:
    create(http95, "cohere")
    text_only = {"query": "star wars", "input": [{"type": "text", "value": "star wars"}, "x"]}
    reply = http95("POST", "/_inference/rerank/rr", text_only)
    assert reply.status == 200 and reply.json["rerank"][0]["index"] == 0
    refused = http95("POST", "/_inference/rerank/rr", {"query": "q", "input": DOCS})
    assert (refused.status, refused.error_type) == (400, "status_exception")
    assert "[cohere]" in refused.reason and "[image]" in refused.reason


def test_string_bodies_keep_the_inference_action_messages(http95: Http) -> None:
    create(http95, "cohere")
    reply = http95("POST", "/_inference/rerank/rr", {"input": ["a"]})
    assert (
        reply.reason == "Validation Failed: 1: Field [query] cannot be null for task type [rerank];"
    )


@pytest.mark.parametrize(
    ("body", "reasons"),
    [
        (
            {"query": "q", "input": [{"type": "audio", "value": PNG}]},
            [
                "[RerankRequest] failed to parse field [input]",
                "Field [input] contains unsupported [type] value [audio]. Supported values are "
                "[text, image]",
            ],
        ),
        ({"input": [{"type": "text", "value": "a"}]}, ["Required [query]"]),
        (
            {
                "query": {"type": "text", "value": ""},
                "input": [{"type": "text", "value": "a"}],
                "top_n": 0,
            },
            [
                "Validation Failed: 1: Field [query] cannot be empty;2: Field [top_n] must be "
                "greater than or equal to 1;"
            ],
        ),
        (
            {"query": "q", "input": [{"type": "image", "value": "not a data uri"}]},
            [
                "[RerankRequest] failed to parse field [input]",
                "Failed to build [InferenceString] after last required field arrived",
                "base64 inputs must be specified as data URIs with the format "
                "[data:{MIME-type};base64,...]",
            ],
        ),
    ],
)
def test_bad_object_bodies(http95: Http, body: Any, reasons: list[str]) -> None:
    create(http95, "elastic")
    reply = http95("POST", "/_inference/rerank/rr", body)
    assert reply.status == 400
    error, got = reply.json["error"], []
    while error:
        got.append(error["reason"])
        error = error.get("caused_by")
    assert [g[g.index("]") + 2 :] if g.startswith("[1:") else g for g in got] == reasons


def test_rerank_api_on_another_task_type(http95: Http) -> None:
    reply = http95(
        "PUT",
        "/_inference/embedding/mm",
        {"service": "elastic", "service_settings": {"model_id": "m"}},
    )
    assert reply.status == 200
    wrong = http95(
        "POST", "/_inference/rerank/mm", {"query": "q", "input": [{"type": "text", "value": "a"}]}
    )
    assert wrong.reason == (
        "Incompatible task_type for rerank API, the inference endpoint [mm] has task type "
        "[embedding], expected [rerank]"
    )
