"""Ids cannot escape their path segment, secrets never reach logs or reprs, TLS verifies."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from urllib.parse import quote, unquote

import pytest

from esinference import ApiError, BadRequestError, NotFoundError, TransportError
from esinference._gen.endpoints import ENDPOINTS
from esinference._http_codec import prepare
from esinference._transport import SecurityWarning
from esinference.errors import TlsError
from esinference.server import LocalServer
from tests.clients import SECRET, Api, OpenApi, put_tiny_embedding
from tests.fakes.scripted import Reply, ScriptedServer

pytestmark = pytest.mark.timeout(30)

TRICKY_IDS = [
    "../_inference",
    "..%2F_inference",
    "a/../../_nodes",
    "a%2Fb",
    "a?pretty=true",
    "a#frag",
    "with space",
    "ünïcødé-☃",
    "a+b&c=d",
    "%00",
    ";x",
]


@pytest.mark.parametrize("inference_id", TRICKY_IDS)
def test_ids_stay_in_their_path_segment(
    es: LocalServer, open_api: OpenApi, inference_id: str
) -> None:
    api = open_api(es.url)
    with pytest.raises(NotFoundError) as caught:  # routed as an id, and that id is missing
        api.call("get", inference_id=inference_id)
    (logged,) = es.requests()
    assert logged.method == "GET" and logged.query == {}
    prefix, _, segment = logged.path.partition("/_inference/")
    assert prefix == "" and "/" not in segment and "?" not in segment and "#" not in segment
    assert unquote(segment) == inference_id
    assert inference_id in str(caught.value)  # ES names the literal id it did not find


@pytest.mark.parametrize("inference_id", ["../_inference", "a/b", "q?x=1", "a#b"])
def test_tricky_ids_in_a_put_are_judged_as_ids(
    es: LocalServer, open_api: OpenApi, inference_id: str
) -> None:
    api = open_api(es.url)
    with pytest.raises(BadRequestError, match="Invalid inference_id") as caught:
        put_tiny_embedding(api, inference_id)
    assert repr(inference_id) in str(caught.value)  # the server saw the literal id
    (logged,) = es.requests()
    assert logged.method == "PUT" and logged.query == {}
    assert logged.path == "/_inference/text_embedding/" + quote(inference_id, safe="")
    assert api.call("get")["endpoints"] == []


# -- secrets: logs and reprs --------------------------------------------------------------


class AllLogs(logging.Handler):
    """Every record of every logger at every level, formatted with any traceback."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def all_logs() -> Iterator[list[str]]:
    handler = AllLogs()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler.lines
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def refused_put_with_the_secret(es: LocalServer, api: Api) -> ApiError:
    """A put with the secret in its body that the server answers with a 400."""
    es.add_fault("status", status=400, path="^/_inference/")
    with pytest.raises(ApiError) as refused:
        api.call(
            "put_openai",
            task_type="text_embedding",
            openai_inference_id="bad",
            service="openai",
            service_settings={"api_key": SECRET, "model_id": "m", "dimensions": "two"},
        )
    return refused.value


def test_secrets_never_reach_logs_or_reprs(
    es: LocalServer, open_api: OpenApi, all_logs: list[str]
) -> None:
    credential = "ZmFrZS1pZDpmYWtlLWtleS0xMjM0NQ=="  # the client's own API key
    api = open_api(es.url, api_key=credential, max_retries=2)
    seen: list[object] = [api.client, api.options(request_timeout=3).client]

    # A put with the secret inside service_settings, retried once (503 then success).
    es.add_fault("status", status=503, retry_after=0, path="^/_inference/")
    put_tiny_embedding(api)
    # A failing request with the secret in its body (a 400 from the server).
    bad_request = refused_put_with_the_secret(es, api)
    # A failing transport attempt (the connection is cut) with the secret in its body.
    es.add_fault("drop", path="^/_inference/")
    with pytest.raises(TransportError) as dropped:
        put_tiny_embedding(api, "dropped")
    response = api.call("get", inference_id="tiny")
    seen += [bad_request, dropped.value, response, response.meta]
    request = prepare(
        ENDPOINTS["put_openai"],
        {
            "task_type": "text_embedding",
            "openai_inference_id": "x",
            "service": "openai",
            "service_settings": {"api_key": SECRET, "model_id": "m"},
        },
        api.client._settings,
    )
    seen.append(request)
    # An echoed secret in an answer (a proxy, a buggy server) is hidden when printed.
    echo = api.options(ignore_status=400)
    with ScriptedServer(
        lambda r: Reply(
            body=b'{"service_settings": {"api_key": "' + SECRET.encode() + b'"}}',
            headers={"X-Elastic-Product": "Elasticsearch"},
        )
    ) as echo_server:
        echo_api = Api.open(api.sync, echo_server.url, api_key=credential)
        try:
            echoed = echo_api.call("get")
            assert echoed["service_settings"]["api_key"] == SECRET  # the data is intact
            seen.append(echoed)
        finally:
            echo_api.close()
    seen.append(echo.client)

    # The stream of a completion endpoint, and its repr while open.
    api.call(
        "put_openai",
        task_type="completion",
        openai_inference_id="chat",
        service="openai",
        service_settings={"api_key": SECRET, "model_id": "gpt-4o"},
    )
    stream = api.call("stream_completion", inference_id="chat", input="hi")
    seen.append(stream)
    texts = [repr(o) for o in seen] + [str(o) for o in seen]
    if api.sync:
        stream.close()
    else:
        api.run(stream.aclose())
    texts.append(repr(dropped.value.errors) + repr(dropped.value.__cause__))

    assert any("status:503" in line for line in all_logs)  # the retry was logged ...
    assert any("[REDACTED]" in line and "service_settings" in line for line in all_logs)
    for text in texts:
        assert SECRET not in text and credential not in text, text
    assert any(SECRET[:6] in line for line in all_logs) is False
    for line in all_logs:
        assert SECRET not in line and credential not in line, line


def test_debug_log_lines_carry_no_secret(
    es: LocalServer, open_api: OpenApi, caplog: pytest.LogCaptureFixture
) -> None:
    credential = "ZmFrZS1pZDpmYWtlLWtleS0xMjM0NQ=="
    api = open_api(es.url, api_key=credential)
    with caplog.at_level(logging.DEBUG):
        es.add_fault("status", status=503, retry_after=0, path="^/_inference/")
        put_tiny_embedding(api)
        es.add_fault("truncate", path="^/_inference/")
        with pytest.raises(TransportError):
            api.call("get", inference_id="tiny")
        refused_put_with_the_secret(es, api)
    text = caplog.text + "".join(str(r.exc_info) for r in caplog.records)
    assert "DEBUG" in text and "> PUT" in text and "< " in text
    assert "[REDACTED]" in text
    assert SECRET not in text and credential not in text


def test_info_line_per_attempt(
    es: LocalServer, open_api: OpenApi, caplog: pytest.LogCaptureFixture
) -> None:
    api = open_api(es.url.replace("http://", "http://elastic:pw-in-url@"))
    es.add_fault("status", status=503, retry_after=0, path="^/_inference$")
    with caplog.at_level(logging.INFO, logger="esinference"):
        api.call("get")
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(lines) == 2
    assert lines[0].startswith(f"GET {es.url}/_inference [status:503 duration:")
    assert lines[0].endswith("attempt:1]") and lines[1].endswith("attempt:2]")
    assert "status:200" in lines[1]
    assert not any("pw-in-url" in line or "elastic:" in line for line in lines)


# -- TLS through the public clients --------------------------------------------------------


def test_tls_verified_by_default(
    tls_server: ScriptedServer, open_api: OpenApi, ca_file: str
) -> None:
    with pytest.raises(TlsError, match=r"\(1 attempt on https://127\.0\.0\.1"):
        open_api(tls_server.url).call("get")
    assert tls_server.requests == []  # nothing was sent over the unverified connection
    assert open_api(tls_server.url, ca_certs=ca_file).call("get")["endpoints"] == []


def test_verify_certs_false_warns(tls_server: ScriptedServer, open_api: OpenApi) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        api = open_api(tls_server.url, verify_certs=False)
        assert api.call("get")["endpoints"] == []
        assert api.call("get")["endpoints"] == []
    assert [w.category for w in caught] == [SecurityWarning]
