"""POST /_inference/embedding/{id} (9.4+): multimodal input, one vector per input or content object.

Messages are Elasticsearch's (EmbeddingRequest, InferenceStringGroup, InferenceString,
EmbeddingAction.Request.validate, TransportEmbeddingAction); the nesting of parse errors follows
ObjectParser / ConstructingObjectParser and ElasticsearchException.guessRootCauses.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from esinference.server import LocalServer
from esinference.server.fakes.models import unit_vector

from .conftest import Http
from .server95 import http95_fixture, server95_fixture  # noqa: F401 - fixtures

PNG = "data:image/png;base64," + base64.b64encode(b"\x89PNG fake image").decode()
WAV = "data:audio/wav;base64," + base64.b64encode(b"RIFF fake audio").decode()


def create(http: Http, inference_id: str = "mm", service: str = "elastic", **settings: Any) -> None:
    # The elastic service is reached through EIS: it reads no api_key (Elasticsearch refuses one).
    key = {} if service == "elastic" else {"api_key": "k"}
    body = {"service": service, "service_settings": {"model_id": "m", **key, **settings}}
    reply = http("PUT", f"/_inference/embedding/{inference_id}", body)
    assert reply.status == 200, reply.data


def embed(http: Http, body: Any, path: str = "/_inference/embedding/mm") -> Any:
    reply = http("POST", path, body)
    assert reply.status == 200, reply.data
    return reply.json


def vectors(result: Any) -> list[list[float]]:
    return [entry["embedding"] for entry in result["embeddings"]]


def test_text_inputs_get_the_text_embedding_models_vectors(http95: Http) -> None:
    create(http95, dimensions=8)
    assert vectors(embed(http95, {"input": "a cat"})) == [unit_vector("a cat", 8)]
    many = embed(http95, {"input": ["a cat", {"content": {"type": "text", "value": "a dog"}}]})
    assert vectors(many) == [unit_vector("a cat", 8), unit_vector("a dog", 8)]


def test_one_vector_per_content_object_whatever_its_item_count(http95: Http) -> None:
    create(http95, dimensions=8)
    image = {"type": "image", "format": "base64", "value": PNG}
    body = {
        "input": [
            {"content": image},
            {"content": [image, {"type": "text", "value": "caption"}]},
            {"content": {"type": "audio", "value": WAV}},
        ]
    }
    first = vectors(embed(http95, body))
    assert len(first) == 3 and all(len(v) == 8 for v in first)
    assert len({tuple(v) for v in first}) == 3
    assert vectors(embed(http95, body)) == first  # deterministic
    same_bytes = PNG.replace("image/png", "image/x-png")
    assert vectors(
        embed(http95, {"input": {"content": {"type": "image", "value": same_bytes}}})
    ) == [first[0]]


@pytest.mark.parametrize(
    ("element_type", "key", "length"),
    [("float", "embeddings", 16), ("byte", "embeddings_bytes", 16), ("bit", "embeddings_bits", 2)],
)
def test_response_form_follows_the_element_type(
    http95: Http, element_type: str, key: str, length: int
) -> None:
    create(http95, dimensions=16, element_type=element_type)
    result = embed(http95, {"input": ["x", "y"]})
    assert list(result) == [key]
    assert [len(e["embedding"]) for e in result[key]] == [length, length]


def test_generic_route_and_input_type(http95: Http) -> None:
    create(http95, dimensions=4)
    body = {"input": "x", "input_type": "SEARCH", "task_settings": {}}
    assert embed(http95, body, "/_inference/mm") == embed(http95, body)


def test_unknown_endpoint_and_wrong_task_type(http95: Http) -> None:
    missing = http95("POST", "/_inference/embedding/nope", {"input": "x"})
    assert (missing.status, missing.reason) == (404, "Inference endpoint not found [nope]")
    reply = http95(
        "PUT",
        "/_inference/rerank/rr",
        {"service": "elastic", "service_settings": {"model_id": "m"}},
    )
    assert reply.status == 200
    wrong = http95("POST", "/_inference/embedding/rr", {"input": "x"})
    assert (wrong.status, wrong.error_type) == (400, "status_exception")
    assert wrong.reason == (
        "Incompatible task_type for embedding API, the inference endpoint [rr] has task type "
        "[rerank], expected [embedding]"
    )


def causes(error: dict[str, Any]) -> list[str]:
    chain = []
    while error:
        chain.append(f"{error['type']}: {error['reason']}")
        error = error.get("caused_by", {})
    return chain


IMAGE_AS_TEXT = {"type": "image", "format": "text", "value": "x"}
CASES = [
    (
        {"input": {"content": {"type": "smell", "value": "x"}}},
        [
            "[EmbeddingRequest] failed to parse field [input]",
            "[InferenceStringGroup] failed to parse field [content]",
            "[InferenceString] failed to parse field [type]",
            "illegal_argument_exception: Unrecognized type [smell], must be one of "
            "[text, image, audio, video, pdf]",
        ],
    ),
    (
        {"input": [{"content": IMAGE_AS_TEXT}]},
        [
            "[EmbeddingRequest] failed to parse field [input]",
            "[InferenceStringGroup] failed to parse field [content]",
            "Failed to build [InferenceString] after last required field arrived",
            "illegal_argument_exception: Data type [image] does not support data format [text], "
            "supported formats are [base64]",
        ],
    ),
    *(
        (
            {"input": {"content": {"type": "pdf", "value": value}}},
            [
                "[EmbeddingRequest] failed to parse field [input]",
                "[InferenceStringGroup] failed to parse field [content]",
                "Failed to build [InferenceString] after last required field arrived",
                "illegal_argument_exception: base64 inputs must be specified as data URIs with "
                "the format [data:{MIME-type};base64,...]",
            ],
        )
        for value in ("JVBERi0=", "data:application/pdf,JVBERi0=", "data:application/pdf;base64,%%")
    ),
    (
        {"input": {"content": []}},
        [
            "[EmbeddingRequest] failed to parse field [input]",
            "Failed to build [InferenceStringGroup] after last required field arrived",
            "illegal_argument_exception: [content] field cannot be an empty array",
        ],
    ),
    (
        {"input": {"content": {"type": "text"}}},
        [
            "[EmbeddingRequest] failed to parse field [input]",
            "[InferenceStringGroup] failed to parse field [content]",
            "illegal_argument_exception: Required [value]",
        ],
    ),
    (
        {"input": [7]},
        [
            "[EmbeddingRequest] failed to parse field [input]",
            "x_content_parse_exception: Unsupported token [VALUE_NUMBER]",
        ],
    ),
    ({"input": 7}, ["[EmbeddingRequest] input doesn't support values of type: VALUE_NUMBER"]),
    ({"input": "x", "query": "q"}, ["[EmbeddingRequest] unknown field [query]"]),
    ({"input_type": "search"}, ["illegal_argument_exception: Required [input]"]),
    (
        {"input": "x", "input_type": "sideways"},
        [
            "[EmbeddingRequest] failed to parse field [input_type]",
            "illegal_argument_exception: No enum constant "
            "org.elasticsearch.inference.InputType.SIDEWAYS",
        ],
    ),
    (
        {"input": []},
        [
            "action_request_validation_exception: Validation Failed: 1: Field [inputs] cannot be "
            "an empty array;"
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_bad_input_gets_elasticsearchs_400(http95: Http, body: Any, expected: list[str]) -> None:
    create(http95)
    reply = http95("POST", "/_inference/embedding/mm", body)
    assert reply.status == 400
    chain = causes(reply.json["error"])
    assert len(chain) == len(expected)
    for got, want in zip(chain, expected, strict=True):
        assert got.endswith(want), (got, want)
    # root_cause: the innermost parse exception, as guessRootCauses picks it.
    parse_errors = [c for c in chain if c.startswith("x_content_parse_exception")]
    root = reply.json["error"]["root_cause"][0]
    assert f"{root['type']}: {root['reason']}" == (parse_errors or chain)[-1]


@pytest.mark.parametrize(
    ("service", "settings", "accepted"),
    [
        ("jinaai", {}, True),
        ("jinaai", {"multimodal_model": False}, False),
        ("openai", {}, False),
    ],
)
def test_non_text_items_only_where_the_model_takes_them(
    http95: Http, service: str, settings: dict[str, Any], accepted: bool
) -> None:
    create(http95, service=service, **settings)
    assert http95("POST", "/_inference/embedding/mm", {"input": ["text is fine"]}).status == 200
    reply = http95(
        "POST", "/_inference/embedding/mm", {"input": {"content": {"type": "pdf", "value": WAV}}}
    )
    assert reply.status == (200 if accepted else 400)
    if not accepted:
        assert (
            reply.reason.startswith(f"The [{service}] service's model") and "[pdf]" in reply.reason
        )


def test_error_trace_gives_every_cause_a_stack_trace(http95: Http) -> None:
    create(http95)
    reply = http95("POST", "/_inference/embedding/mm?error_trace=true", {"input": [7]})
    error = reply.json["error"]
    assert "XContentParseException: Unsupported token" in error["root_cause"][0]["stack_trace"]
    while error:
        assert error["stack_trace"].startswith("org.elasticsearch.xcontent.XContentParseException")
        error = error.get("caused_by")


# No lone surrogates: the fake models' SHA-256 seeding cannot encode them (a separate issue).
TEXT_ITEMS = st.builds(
    lambda text: {"type": "text", "value": text},
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
)
MEDIA_ITEMS = st.builds(
    lambda kind, data: {
        "type": kind,
        "value": f"data:application/x-{kind};base64," + base64.b64encode(data).decode(),
    },
    st.sampled_from(["image", "audio", "video", "pdf"]),
    st.binary(max_size=24),
)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(TEXT_ITEMS | MEDIA_ITEMS, min_size=1, max_size=3), min_size=1, max_size=4))
def test_any_valid_input_gives_one_stable_vector_per_content_object(
    server95: LocalServer, groups: list[list[dict[str, str]]]
) -> None:
    http = Http(server95.url)
    server95.reset()
    create(http, dimensions=4)
    body = {"input": [{"content": group} for group in groups]}
    first = vectors(embed(http, body))
    assert len(first) == len(groups) and first == vectors(embed(http, body))
    for group, vector in zip(groups, first, strict=True):
        if len(group) == 1 and group[0]["type"] == "text":
            assert vector == unit_vector(group[0]["value"], 4)
