"""A request's secret values are hidden wherever they come back: error bodies, logs, warnings."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from esinference import AsyncClient, BadRequestError, Client
from esinference._redact_by_key import REDACTED
from esinference._redact_by_value import Scrubber, secret_values
from tests.dropin.conftest import SECRET_KEY
from tests.fakes.scripted import ScriptedServer, es_json


def echo_error(secret: str) -> dict[str, Any]:
    """What an Elasticsearch parse error quoting the request looks like."""
    reason = f"[1:42] Unrecognized token '{secret}': was expecting (JSON String, Number, ...)"
    return {
        "error": {
            "type": "x_content_parse_exception",
            "reason": reason,
            "root_cause": [{"type": "x_content_parse_exception", "reason": reason}],
        },
        "status": 400,
    }


def put_with_secret(client: Client | AsyncClient) -> Any:
    return client.inference.put_openai(
        task_type="text_embedding",
        openai_inference_id="oa",
        service="openai",
        service_settings={"api_key": SECRET_KEY, "model_id": "m"},
    )


def test_secret_values_come_from_secret_keys_secret_maps_and_credentials() -> None:
    body = {
        "service": "custom",
        "service_settings": {
            "api_key": "key-in-settings",
            "url": "https://example.com",
            "secret_parameters": {"anything": "map-value-1", "other": "map-value-2"},
            "nested": {"password": ["pw-in-list"]},
        },
        "input": "not a secret",
    }
    headers = {
        "authorization": "ApiKey " + base64.b64encode(b"key-id:key-secret-part").decode(),
        "x-api-key": "header-secret",
        "accept": "application/json",
    }
    found = secret_values(headers, json.dumps(body).encode())
    assert set(found) == {
        base64.b64encode(b"key-id:key-secret-part").decode(),
        "key-secret-part",
        "header-secret",
        "key-in-settings",
        "map-value-1",
        "map-value-2",
        "pw-in-list",
    }


def test_text_and_json_values_are_scrubbed_in_every_form() -> None:
    scrubber = Scrubber(['se"cr/et\\1'])
    assert scrubber.text('raw se"cr/et\\1 and json "se\\"cr/et\\\\1"') == (
        f'raw {REDACTED} and json "{REDACTED}"'
    )
    assert scrubber.value({"a": ['x se"cr/et\\1 y'], 'se"cr/et\\1': 3}) == {
        "a": [f"x {REDACTED} y"],
        REDACTED: 3,
    }
    assert Scrubber(["abc"]).text("abc") == "abc"  # too short to be a secret; kept readable


@settings(max_examples=60, deadline=None)
@given(
    secret=st.text(min_size=4, max_size=40).filter(lambda s: s.strip() == s and s),
    before=st.text(max_size=20),
    after=st.text(max_size=20),
)
def test_an_echoed_secret_never_survives(secret: str, before: str, after: str) -> None:
    body = json.dumps({"service_settings": {"api_key": secret}}).encode()
    scrubber = Scrubber.for_request({}, body)
    echoed = before + secret + after
    assert secret not in scrubber.text(echoed)
    assert secret not in scrubber.value({"reason": echoed})["reason"]
    for ascii_only in (True, False):  # a body as the server encoded it, read back
        logged = scrubber.body(json.dumps({"reason": echoed}, ensure_ascii=ascii_only))
        assert secret not in json.loads(logged)["reason"]


def raised(server: ScriptedServer, sync: bool) -> BadRequestError:
    server.reply = es_json(status=400, body=echo_error(SECRET_KEY))
    with pytest.raises(BadRequestError) as caught:
        if sync:
            with Client(server.url) as client:
                put_with_secret(client)
        else:

            async def run() -> None:
                async with AsyncClient(server.url) as client:
                    await put_with_secret(client)

            asyncio.run(run())
    return caught.value


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_an_error_echoing_the_api_key_hides_it_everywhere(
    sync: bool, capture: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="esinference"):
        error = raised(capture, sync)
    sent = capture.take()[0].body.decode()
    assert SECRET_KEY in sent  # the request itself carried it
    shown = [str(error), repr(error), json.dumps(error.body), error.reason or "", caplog.text]
    for text in shown:
        assert SECRET_KEY not in text
    assert f"Unrecognized token '{REDACTED}'" in str(error)
    assert REDACTED in caplog.text


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_a_stream_error_echoing_a_secret_hides_it(sync: bool, capture: ScriptedServer) -> None:
    capture.reply = es_json(status=400, body=echo_error("sk-STREAMED-secret-99"))
    body = {"messages": [{"role": "user", "content": "hi"}], "api_key": "sk-STREAMED-secret-99"}
    args: dict[str, Any] = {"inference_id": "chat", "body": body}
    with pytest.raises(BadRequestError) as caught:
        if sync:
            Client(capture.url).inference.chat_completion_unified(**args)
        else:
            asyncio.run(AsyncClient(capture.url).inference.chat_completion_unified(**args))
    assert "sk-STREAMED-secret-99" not in str(caught.value) + json.dumps(caught.value.body)


def test_a_success_answer_echoing_a_secret_is_scrubbed_in_the_debug_log(
    capture: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    capture.reply = es_json(body={"inference_id": "oa", "note": f"saw {SECRET_KEY}"})
    with caplog.at_level(logging.DEBUG, logger="esinference"):
        with Client(capture.url, api_key=("my-id", "basic-part-secret")) as client:
            response = put_with_secret(client)
    assert response["note"] == f"saw {SECRET_KEY}"  # the caller's own data is untouched
    assert SECRET_KEY not in caplog.text and "basic-part-secret" not in caplog.text
