"""``client.options(...)`` changes one request's behaviour, on the public clients, sync and async.

Faults answer with ``Retry-After: 0`` so retries cost no back-off time.
"""

from __future__ import annotations

import gzip

import pytest

from esinference import ApiError, AuthenticationException, ConnectionTimeout, NotFoundError
from esinference.server import LocalServer
from tests.clients import OpenApi

pytestmark = pytest.mark.timeout(30)


def test_max_retries_from_options_reaches_the_transport(es: LocalServer, open_api: OpenApi) -> None:
    api = open_api(es.url, max_retries=1)
    es.add_fault("status", status=503, retry_after=0, count=4, path="^/_inference$")
    assert api.options(max_retries=4).call("get").meta.status == 200
    assert len(es.requests()) == 5

    es.clear_requests()
    es.add_fault("status", status=503, retry_after=0, count=1, path="^/_inference$")
    with pytest.raises(ApiError) as caught:
        api.options(max_retries=0).call("get")
    assert (caught.value.status_code, caught.value.attempts, len(es.requests())) == (503, 1, 1)


def test_options_do_not_leak_into_the_parent_client(es: LocalServer, open_api: OpenApi) -> None:
    api = open_api(es.url, max_retries=2)
    api.options(max_retries=0, retry_on_status=(500,))  # made and dropped
    es.add_fault("status", status=503, retry_after=0, count=2, path="^/_inference$")
    assert api.call("get").meta.status == 200
    assert len(es.requests()) == 3


def test_retry_on_status_from_options(es: LocalServer, open_api: OpenApi) -> None:
    api = open_api(es.url)
    es.add_fault("status", status=503, retry_after=0, path="^/_inference$")
    with pytest.raises(ApiError) as caught:  # 503 is no longer in the list: answered as is
        api.options(retry_on_status=(502,)).call("get")
    assert caught.value.status_code == 503 and len(es.requests()) == 1

    es.clear_requests()
    es.add_fault("status", status=500, retry_after=0, path="^/_inference$")
    assert api.options(retry_on_status=(500,)).call("get").meta.status == 200
    assert [r.fault for r in es.requests()] == ["status", None]


def test_retry_on_timeout_from_options(es: LocalServer, open_api: OpenApi) -> None:
    api = open_api(es.url, request_timeout=0.3)
    es.add_fault("stall", seconds=1.0, path="^/_inference$")
    with pytest.raises(ConnectionTimeout):
        api.call("get")
    assert len(es.requests()) == 1

    es.clear_requests()
    es.add_fault("stall", seconds=1.0, path="^/_inference$")
    assert api.options(retry_on_timeout=True).call("get").meta.status == 200
    assert len(es.requests()) == 2


def test_request_timeout_from_options(es: LocalServer, open_api: OpenApi) -> None:
    api = open_api(es.url, request_timeout=5.0)
    es.add_fault("stall", seconds=0.6, path="^/_inference$")
    with pytest.raises(
        ConnectionTimeout, match=r"did not answer within request_timeout=0.2s \(1 attempt on "
    ):
        api.options(request_timeout=0.2).call("get")
    es.add_fault("stall", seconds=0.3, path="^/_inference$")
    assert api.call("get").meta.status == 200  # the parent keeps its 5 s


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_retries": -1}, "max_retries must be >= 0"),
        ({"retry_on_status": (400,)}, "retry_on_status may hold 429 and 5xx"),
        ({"request_timeout": 0}, "request_timeout must be > 0"),
        ({"api_key": "a", "bearer_auth": "b"}, "only one of api_key"),
    ],
)
def test_bad_options_fail_when_made(
    es: LocalServer, open_api: OpenApi, options: dict[str, object], message: str
) -> None:
    api = open_api(es.url)
    with pytest.raises(ValueError, match=message):
        api.options(**options)
    assert es.requests() == []


def test_headers_opaque_id_and_ignore_status(es: LocalServer, open_api: OpenApi) -> None:
    api = open_api(es.url, headers={"X-Base": "1"})
    other = api.options(headers={"X-Extra": "2"}, opaque_id="op-7", ignore_status=404)
    response = other.call("get", inference_id="missing")
    assert response.meta.status == 404
    (logged,) = es.requests()
    assert (logged.headers["x-base"], logged.headers["x-extra"]) == ("1", "2")
    assert logged.headers["x-opaque-id"] == "op-7"
    with pytest.raises(NotFoundError):
        api.call("get", inference_id="missing")


def test_api_key_from_options(open_api: OpenApi) -> None:
    with LocalServer(api_key="the-key") as secured:
        api = open_api(secured.url)
        with pytest.raises(AuthenticationException):
            api.call("get")
        assert api.options(api_key="the-key").call("get").meta.status == 200
        with pytest.raises(AuthenticationException):
            api.options(api_key="the-key").options(api_key="wrong").call("get")


def test_http_compress_sends_gzip_the_server_reads(es: LocalServer, open_api: OpenApi) -> None:
    api = open_api(es.url, http_compress=True)
    response = api.call(
        "put_openai",
        task_type="text_embedding",
        openai_inference_id="gz",
        service="openai",
        service_settings={"api_key": "k", "model_id": "text-embedding-3-small", "dimensions": 3},
    )
    assert response["inference_id"] == "gz"
    (logged,) = es.requests()
    assert logged.headers["content-encoding"] == "gzip"
    assert logged.headers["accept-encoding"] == "gzip"
    assert logged.json()["service_settings"]["dimensions"] == 3  # the server decompressed it
    assert int(logged.headers["content-length"]) == len(
        gzip.compress(logged.body.encode(), compresslevel=6, mtime=0)
    )
    vectors = api.call("text_embedding", inference_id="gz", input=["a", "b"])
    assert [len(v["embedding"]) for v in vectors["text_embedding"]] == [3, 3]
