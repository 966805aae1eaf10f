"""Error answers become elasticsearch-py's exception classes, carrying status, body, type and
reason; the shapes are those of errors.md (Elasticsearch's RestResponse)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from esinference import (
    ApiError,
    AuthenticationException,
    AuthorizationException,
    BadRequestError,
    Client,
    ConflictError,
    NotFoundError,
    SerializationError,
    UnsupportedProductError,
)
from tests.fakes.scripted import ES_HEADERS, Reply, ScriptedServer, capture_server, es_json


def es_error(status: int, type_: str, reason: str, **extra: Any) -> dict[str, Any]:
    return {
        "error": {"root_cause": [{"type": type_, "reason": reason}], "type": type_,
                  "reason": reason, **extra},
        "status": status,
    }  # fmt: skip


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with capture_server() as srv:
        yield srv


@pytest.fixture
def client(server: ScriptedServer) -> Iterator[Client]:
    with Client(server.url, max_retries=0) as c:
        yield c


CASES = [
    (400, BadRequestError, "status_exception", "Unknown task_type [bad]"),
    (400, BadRequestError, "resource_already_exists_exception",
     "Inference endpoint [my-endpoint] already exists"),
    (401, AuthenticationException, "security_exception", "missing authentication credentials"),
    (403, AuthorizationException, "security_exception", "action is unauthorized"),
    (404, NotFoundError, "resource_not_found_exception",
     "Inference endpoint not found [inference_to_get]"),
    (409, ConflictError, "status_exception", "Inference endpoint my-ep is referenced by pipelines"),
    (500, ApiError, "illegal_state_exception", "hello there"),
]  # fmt: skip


@pytest.mark.parametrize(("status", "cls", "type_", "reason"), CASES)
def test_status_maps_to_the_elasticsearch_py_class(
    status: int,
    cls: type[ApiError],
    type_: str,
    reason: str,
    server: ScriptedServer,
    client: Client,
) -> None:
    server.reply = es_json(es_error(status, type_, reason), status)
    with pytest.raises(cls) as info:
        client.inference.get(inference_id="inference_to_get")
    exc = info.value
    assert type(exc) is cls
    assert (exc.status_code, exc.meta.status, exc.message, exc.error) == (
        status,
        status,
        type_,
        type_,
    )
    assert (exc.error_type, exc.reason) == (type_, reason)
    assert exc.body == es_error(status, type_, reason) == exc.info
    assert str(exc) == f"{cls.__name__}({status}, '{type_}', '{reason}')"


def test_str_adds_resource_id_and_cause_like_elasticsearch_py(
    server: ScriptedServer, client: Client
) -> None:
    body = es_error(404, "resource_not_found_exception", "no such index [x]",
                    **{"resource.id": "x", "resource.type": "index_or_alias",
                       "caused_by": {"type": "a", "reason": "deeper"}})  # fmt: skip
    server.reply = es_json(body, 404)
    with pytest.raises(NotFoundError) as info:
        client.inference.get(inference_id="x")
    assert str(info.value) == (
        "NotFoundError(404, 'resource_not_found_exception', 'no such index [x]', 'x',"
        " 'index_or_alias', 'deeper')"
    )


def test_an_html_502_page_is_an_api_error_with_the_text_as_body(
    server: ScriptedServer, client: Client
) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    server.reply = Reply(502, page)
    with pytest.raises(ApiError) as info:
        client.inference.get()
    assert info.value.status_code == 502
    assert info.value.body == page.decode()
    assert info.value.error_type is None


def test_malformed_json_in_a_2xx_answer_is_a_serialization_error(
    server: ScriptedServer, client: Client
) -> None:
    server.reply = Reply(body=b'{"endpoints": [', headers=ES_HEADERS)
    with pytest.raises(SerializationError, match="not valid JSON"):
        client.inference.get()


def test_a_server_that_is_not_elasticsearch_is_refused(
    server: ScriptedServer, client: Client
) -> None:
    server.reply = Reply(body=b'{"acknowledged": true}')
    with pytest.raises(UnsupportedProductError):
        client.inference.get()


def test_ignore_status_returns_the_error_body(server: ScriptedServer, client: Client) -> None:
    body = es_error(404, "resource_not_found_exception", "Inference endpoint not found [x]")
    server.reply = es_json(body, 404)
    resp = client.options(ignore_status=404).inference.get(inference_id="x")
    assert resp.meta.status == 404 and resp.body == body


def test_chat_completion_style_error_reason(server: ScriptedServer, client: Client) -> None:
    body = {"error": {"code": "bad_request", "message": "bad model", "type": "invalid_request"}}
    server.reply = es_json(body, 400)
    with pytest.raises(BadRequestError) as info:
        client.inference.get()
    assert (info.value.error_type, info.value.reason) == ("invalid_request", "bad model")
