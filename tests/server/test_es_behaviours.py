"""Elasticsearch behaviours a client's test suite can observe, each as Elasticsearch shows it.

Sources are named in the server modules: _timeouts (RequestTask / ElasticsearchTimeoutException),
_defaults (default configurations, TransportDeleteInferenceEndpointAction), _endpoint_config
(ServiceUtils.unknownSettingsError), _inference_handlers (InputType.fromRestString),
_deprecation (ElasticsearchInternalService, HeaderWarning), _pretty (DefaultPrettyPrinter).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from esinference import __es_specification_commit__
from esinference._version import __es_version__
from esinference.server import LocalServer

from .conftest import Http
from .test_inference import create


def test_a_model_slower_than_the_timeout_answers_429_timeout_exception(
    server: LocalServer, http: Http
) -> None:
    create(http, "emb", "text_embedding", dimensions=4)
    server.set_latency(300)
    late = http("POST", "/_inference/emb?timeout=100ms", {"input": "x"})
    assert (late.status, late.error_type) == (429, "timeout_exception")
    assert late.reason == "Request timed out waiting to be sent after [100ms]"
    assert http("POST", "/_inference/emb?timeout=1.5s", {"input": "x"}).status == 200


def test_a_stalled_stream_times_out_with_an_error_event(server: LocalServer, http: Http) -> None:
    create(http, "done", "completion")
    server.add_fault("stall", seconds=0.5, path="_stream")
    late = http("POST", "/_inference/completion/done/_stream?timeout=200ms", {"input": "hi"})
    assert late.status == 429
    assert late.data.startswith("\ufeffevent: error\ndata: ".encode())
    assert b"Request timed out waiting to be sent after [200ms]" in late.data


def test_the_timeout_is_not_applied_to_endpoint_management(server: LocalServer, http: Http) -> None:
    server.set_latency(150)
    assert http("GET", "/_inference?timeout=10ms").status == 400  # GET takes no timeout
    create(http, "emb", "text_embedding")  # PUT ?timeout is the master-node timeout


@pytest.fixture(scope="module")
def with_defaults() -> Iterator[LocalServer]:
    with LocalServer(default_endpoints=True) as server:
        yield server


DEFAULT_IDS = [
    ".elser-2-elasticsearch",
    ".multilingual-e5-small-elasticsearch",
    ".rerank-v1-elasticsearch",
]


def test_default_endpoints_are_listed_and_usable(with_defaults: LocalServer) -> None:
    http = Http(with_defaults.url)
    listed = http("GET", "/_inference/_all").json["endpoints"]
    assert [e["inference_id"] for e in listed] == DEFAULT_IDS
    assert {e["service"] for e in listed} == {"elasticsearch"}
    e5 = http("POST", "/_inference/.multilingual-e5-small-elasticsearch", {"input": "hi"}).json
    assert len(e5["text_embedding"][0]["embedding"]) == 384
    elser = http("POST", "/_inference/.elser-2-elasticsearch", {"input": "hi there"}).json
    assert list(elser["sparse_embedding"][0]["embedding"]) == ["hi", "there"]
    ranked = http(
        "POST", "/_inference/.rerank-v1-elasticsearch", {"query": "fox", "input": ["a fox", "b"]}
    ).json["rerank"]
    assert ranked[0]["text"] == "a fox"  # its task_settings return documents


def test_default_endpoints_are_protected_and_come_back_on_reset(
    with_defaults: LocalServer,
) -> None:
    http = Http(with_defaults.url)
    elser = ".elser-2-elasticsearch"
    taken = http("PUT", f"/_inference/sparse_embedding/{elser}", {"service": "elser"})
    assert taken.reason == (
        f"[{elser}] is a reserved inference ID. "
        "Cannot create a new inference endpoint with a reserved ID."
    )
    refused = http("DELETE", f"/_inference/{elser}")
    assert (refused.status, refused.error_type) == (400, "status_exception")
    assert refused.reason == (
        f"[{elser}] is a reserved inference endpoint. "
        "Use the force=true query parameter to delete the inference endpoint."
    )
    assert http("DELETE", f"/_inference/{elser}?force=true").json["acknowledged"] is True
    assert http("GET", f"/_inference/{elser}").status == 404
    with_defaults.reset()
    assert http("GET", f"/_inference/{elser}").status == 200


def test_task_settings_the_service_does_not_read_are_refused(http: Http) -> None:
    body = {
        "service": "openai",
        "service_settings": {"api_key": "k", "model_id": "m"},
        "task_settings": {"user": "me", "temperature": 0.2, "style": {"tone": "dry"}},
    }
    reply = http("PUT", "/_inference/completion/c", body)
    assert (reply.status, reply.error_type) == (400, "status_exception")
    assert reply.reason == (
        # java.util.HashMap order (the body's maps are HashMaps), not the order sent
        "Configuration contains settings [{temperature=0.2, style={tone=dry}}] unknown to the "
        "[openai] service"
    )
    body["task_settings"] = {"user": "me"}
    assert http("PUT", "/_inference/completion/c", body).status == 200


@pytest.mark.parametrize(
    ("value", "cause"),
    [
        ("shouting", "No enum constant org.elasticsearch.inference.InputType.SHOUTING"),
        ("internal_search", "Unrecognized input_type [internal_search]"),
    ],
)
def test_input_type_must_be_one_elasticsearch_knows(http: Http, value: str, cause: str) -> None:
    create(http, "emb", "text_embedding", dimensions=4)
    for ok in ("search", "INGEST", "classification", "clustering", "unspecified"):
        assert http("POST", "/_inference/emb", {"input": "x", "input_type": ok}).status == 200
    reply = http("POST", "/_inference/emb", {"input": "x", "input_type": value})
    error = reply.json["error"]
    assert (reply.status, error["type"]) == (400, "x_content_parse_exception")
    assert error["reason"] == (
        "[1:16] [cluster:internal/xpack/inference] failed to parse field [input_type]"
    )
    assert error["caused_by"] == {"type": "illegal_argument_exception", "reason": cause}
    assert "caused_by" not in error["root_cause"][0]


def test_the_deprecated_elser_service_answers_with_a_warning_header(http: Http) -> None:
    body = {"service": "elser", "service_settings": {"num_allocations": 1, "num_threads": 1}}
    reply = http("PUT", "/_inference/sparse_embedding/old-elser", body)
    assert reply.status == 200
    assert reply.headers["Warning"] == (
        f'299 Elasticsearch-{__es_version__}-{__es_specification_commit__} "The [elser] service '
        "is deprecated and will be removed in a future release. Use the [elasticsearch] service "
        'instead, with [model_id] set to [.elser_model_2] in the [service_settings]"'
    )
    create(http, "emb", "text_embedding")
    assert "Warning" not in http("GET", "/_inference/emb").headers


def test_pretty_output_is_printed_as_elasticsearch_prints_it(http: Http) -> None:
    assert http("GET", "/_inference?pretty").data == b'{\n  "endpoints" : [ ]\n}\n'
    create(http, "emb", "text_embedding", dimensions=2)
    pretty = http("POST", "/_inference/emb?pretty", {"input": "x"}).data.decode()
    lines = pretty.splitlines()
    assert lines[:3] == ["{", '  "text_embedding" : [', "    {"]
    assert lines[3] == '      "embedding" : ['
    assert lines[-4:] == ["      ]", "    }", "  ]", "}"]
    assert pretty.endswith("}\n")
