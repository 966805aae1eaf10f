"""OpenTelemetry: one span per call with elasticsearch-py's name, kind and attributes."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

import pytest

from esinference import AsyncClient, Client, NotFoundError
from esinference import ConnectionError as EsConnectionError
from esinference.server import LocalServer
from tests.clients import SECRET, Api, OpenApi, put_completion, put_tiny_embedding
from tests.fakes.scripted import ScriptedServer, es_json

EMBED = "inference.text_embedding"


def finished(spans: Any, name: str = EMBED) -> list[Any]:
    return [s for s in spans.get_finished_spans() if s.name == name]


def only_span(spans: Any, name: str = EMBED) -> Any:
    found = finished(spans, name)
    assert len(found) == 1, [s.name for s in spans.get_finished_spans()]
    return found[0]


def expected_attributes(es: LocalServer, status: str, inference_id: str = "tiny") -> dict[str, Any]:
    host, port = es.url.removeprefix("http://").split(":")
    return {
        "http.request.method": "POST",
        "db.system.name": "elasticsearch",
        "db.operation.name": EMBED,
        "db.operation.parameter.inference_id": inference_id,
        "url.full": f"{es.url}/_inference/text_embedding/{inference_id}",
        "server.address": host,
        "server.port": int(port),
        "db.response.status_code": status,
    }


def test_one_span_per_call_with_elasticsearch_py_attributes(
    local_es: LocalServer, open_api: OpenApi, spans: Any
) -> None:
    from opentelemetry import trace
    from opentelemetry.trace import SpanKind, StatusCode

    api = open_api(local_es.url)
    put_tiny_embedding(api)
    spans.clear()
    with trace.get_tracer("test").start_as_current_span("caller") as caller:
        api.call("text_embedding", inference_id="tiny", input="hello")
    span = only_span(spans)
    assert span.kind is SpanKind.INTERNAL
    assert span.instrumentation_scope.name == "elasticsearch-api"
    assert span.parent is not None and span.parent.span_id == caller.get_span_context().span_id
    assert dict(span.attributes) == expected_attributes(local_es, "200")
    assert span.status.status_code is StatusCode.UNSET
    assert not span.events


def spans_of_elasticsearch_py(url: str, spans: Any, inference_id: str) -> list[Any]:
    from elasticsearch import ApiError, Elasticsearch

    spans.clear()
    with Elasticsearch(url) as client:
        try:
            client.inference.text_embedding(inference_id=inference_id, input="hello")
        except ApiError:
            pass
    return list(spans.get_finished_spans())


def spans_of_ours(api: Api, spans: Any, inference_id: str) -> list[Any]:
    spans.clear()
    try:
        api.call("text_embedding", inference_id=inference_id, input="hello")
    except NotFoundError:
        pass
    return list(spans.get_finished_spans())


@pytest.mark.parametrize("inference_id", ["tiny", "missing"])
def test_same_spans_as_elasticsearch_py(
    local_es: LocalServer, open_api: OpenApi, spans: Any, inference_id: str
) -> None:
    api = open_api(local_es.url)
    put_tiny_embedding(api)
    theirs = spans_of_elasticsearch_py(local_es.url, spans, inference_id)
    ours = spans_of_ours(api, spans, inference_id)

    def shape(span: Any) -> tuple[Any, ...]:
        events = [(e.name, e.attributes["exception.type"].rsplit(".")[-1]) for e in span.events]
        status = (span.status.status_code, span.status.description)
        return (span.name, span.kind, span.instrumentation_scope.name, dict(span.attributes),
                status, events)  # fmt: skip

    assert [shape(s) for s in ours] == [shape(s) for s in theirs]


def test_a_failed_call_is_an_error_span_with_one_exception_event(
    local_es: LocalServer, open_api: OpenApi, spans: Any
) -> None:
    from opentelemetry.trace import StatusCode

    api = open_api(local_es.url)
    with pytest.raises(NotFoundError) as caught:
        api.call("text_embedding", inference_id="missing", input="x")
    span = only_span(spans)
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == f"NotFoundError: {caught.value}"
    assert [e.name for e in span.events] == ["exception"]
    assert dict(span.attributes) == expected_attributes(local_es, "404", "missing")


def test_retries_make_one_span(local_es: LocalServer, open_api: OpenApi, spans: Any) -> None:
    api = open_api(local_es.url, max_retries=2)
    put_tiny_embedding(api)
    local_es.add_fault("status", status=503, retry_after="0", count=2, path="text_embedding")
    spans.clear()
    api.call("text_embedding", inference_id="tiny", input="x")
    assert only_span(spans).attributes["db.response.status_code"] == "200"


def test_no_answer_means_no_status_code(open_api: OpenApi, spans: Any) -> None:
    from opentelemetry.trace import StatusCode

    api = open_api("http://127.0.0.1:9", max_retries=0)  # nothing listens on the discard port
    with pytest.raises(EsConnectionError):
        api.call("text_embedding", inference_id="tiny", input="x")
    span = only_span(spans)
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description.startswith("ConnectionError: Could not connect")
    assert "db.response.status_code" not in span.attributes
    assert span.attributes["url.full"] == "http://127.0.0.1:9/_inference/text_embedding/tiny"


def test_elastic_cloud_headers_name_the_cluster_and_node(
    open_api: OpenApi, spans: Any, capture: ScriptedServer
) -> None:
    capture.reply = es_json(
        body={"text_embedding": []},
        headers={
            "X-Elastic-Product": "Elasticsearch",
            "X-Found-Handling-Cluster": "c0ffee",
            "X-Found-Handling-Instance": "instance-0000000001",
        },
    )
    open_api(capture.url).call("text_embedding", inference_id="e", input="x")
    attributes = only_span(spans).attributes
    assert attributes["db.namespace"] == "c0ffee"
    assert attributes["elasticsearch.node.name"] == "instance-0000000001"


def test_the_environment_switch_turns_spans_off(
    local_es: LocalServer, open_api: OpenApi, spans: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OTEL_PYTHON_INSTRUMENTATION_ELASTICSEARCH_ENABLED", "false")
    api = open_api(local_es.url)
    with pytest.raises(NotFoundError):
        api.call("text_embedding", inference_id="missing", input="x")
    assert spans.get_finished_spans() == ()


def test_no_secret_and_no_body_in_any_span(
    local_es: LocalServer, open_api: OpenApi, spans: Any
) -> None:
    api = open_api(local_es.url, api_key="my-api-key-value")
    put_tiny_embedding(api)  # sends SECRET in service_settings
    span = only_span(spans, "inference.put_openai")
    text = repr(dict(span.attributes)) + repr(span.events)
    assert SECRET not in text and "my-api-key-value" not in text
    assert span.attributes["db.operation.parameter.openai_inference_id"] == "tiny"
    assert span.attributes["db.operation.parameter.task_type"] == "text_embedding"


STREAM = "inference.stream_completion"


def test_a_stream_span_ends_when_the_stream_ends(local_es: LocalServer, spans: Any) -> None:
    with Client(local_es.url) as client:
        put_completion(client)
        stream = client.inference.stream_completion(inference_id="chat", input="tell a story")
        chunks = iter(stream)
        assert next(chunks) and finished(spans, STREAM) == []
        stream.close()
        span = only_span(spans, STREAM)
        assert span.attributes["db.response.status_code"] == "200"
        assert span.status.is_unset

        with client.inference.stream_completion(inference_id="chat", input="again") as stream:
            assert stream.text()
        assert len(finished(spans, STREAM)) == 2


def test_an_async_stream_span_ends_when_the_stream_ends(local_es: LocalServer, spans: Any) -> None:
    with Client(local_es.url) as client:
        put_completion(client)

    async def main() -> None:
        async with AsyncClient(local_es.url) as client:
            stream = await client.inference.stream_completion(inference_id="chat", input="hi")
            async with stream:
                assert finished(spans, STREAM) == []
                assert [chunk async for chunk in stream]
            assert len(finished(spans, STREAM)) == 1

    asyncio.run(main())


def test_a_stream_dropped_unread_ends_its_span(local_es: LocalServer, spans: Any) -> None:
    with Client(local_es.url) as client:
        put_completion(client)
        client.inference.stream_completion(inference_id="chat", input="dropped")
        assert len(finished(spans, STREAM)) == 1

    async def main() -> None:
        async with AsyncClient(local_es.url) as client:
            await client.inference.stream_completion(inference_id="chat", input="dropped")
            assert len(finished(spans, STREAM)) == 2

    asyncio.run(main())
    assert all(span.status.is_unset for span in finished(spans, STREAM))


def test_a_stream_failing_midway_is_an_error_span(local_es: LocalServer, spans: Any) -> None:
    from opentelemetry.trace import StatusCode

    with Client(local_es.url) as client:
        put_completion(client)
        local_es.add_fault("stream_drop", after_events=1)
        with pytest.raises(EsConnectionError):
            client.inference.stream_completion(inference_id="chat", input="long story").text()
    span = only_span(spans, STREAM)
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description.startswith("StreamInterruptedError")
    assert [e.name for e in span.events] == ["exception"]


def test_import_does_not_load_opentelemetry_and_no_provider_means_no_import(
    local_es: LocalServer,
) -> None:
    code = (
        "import sys, esinference\n"
        "assert not [m for m in sys.modules if m.startswith('opentelemetry')], 'import'\n"
        f"c = esinference.Client({local_es.url!r})\n"
        "try:\n"
        "    c.inference.text_embedding(inference_id='missing', input='x')\n"
        "except esinference.NotFoundError:\n"
        "    pass\n"
        "assert not [m for m in sys.modules if m.startswith('opentelemetry')], 'call'\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout == "ok\n", result.stderr


@pytest.mark.parametrize("value", ["true", "false", "True", "0", ""])
def test_the_switch_reads_the_environment_like_elasticsearch_py(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from elasticsearch._otel import OpenTelemetry

    from esinference._otel import ENABLED_ENV_VAR, Tracing

    monkeypatch.setenv(ENABLED_ENV_VAR, value)
    assert Tracing().enabled is OpenTelemetry().enabled


def test_info_ping_and_raw_requests_name_their_spans_like_elasticsearch_py(
    local_es: LocalServer, open_api: OpenApi, spans: Any
) -> None:
    from elasticsearch import ApiError, Elasticsearch

    def shape(span: Any) -> tuple[str, dict[str, Any], Any]:
        return span.name, dict(span.attributes), span.status.description

    raw: dict[str, Any] = {"endpoint_id": "inference.get", "path_parts": {"inference_id": "x"}}
    with Elasticsearch(local_es.url) as es:
        es.info()
        es.ping()
        with pytest.raises(ApiError):
            es.perform_request("GET", "/_inference/x", **raw)
    theirs = [shape(s) for s in spans.get_finished_spans()]
    spans.clear()
    api = open_api(local_es.url)

    def call(name: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(api.client, name)(*args, **kwargs)
        return result if api.sync else api.run(result)

    call("info")
    call("ping")
    with pytest.raises(NotFoundError):
        call("perform_request", "GET", "/_inference/x", **raw)
    ours = [shape(s) for s in spans.get_finished_spans()]
    assert ours == theirs
    assert [name for name, _, _ in ours] == ["info", "ping", "inference.get"]
