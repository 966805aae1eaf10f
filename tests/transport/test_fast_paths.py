"""ESINFERENCE_PURE_URLLIB3: one switch turns every fast path on urllib3/http.client internals off.

Each case runs a real request to a local server in a fresh interpreter (the switch is read
once, at import) and reports which classes and header reader the transport really used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from esinference._transport.fast_paths import pure_requested

_PROBE = r"""
import http.client, json
import urllib3
from urllib3._collections import HTTPHeaderDict
from esinference import Client
from esinference._transport import fast_paths, urllib3_heads
from esinference.server import LocalServer

merged = []
itermerged = HTTPHeaderDict.itermerged
def counting(self):
    merged.append(1)
    return itermerged(self)
HTTPHeaderDict.itermerged = counting

with LocalServer() as es:
    client = Client(es.url)
    client.inference.get()
    (pool,) = client._transport._pools.values()
    connection = pool.pool.get_nowait()
    cls, response = type(connection), connection.response_class
    names = lambda classes: [f"{c.__module__}.{c.__qualname__}" for c in classes]
    fingerprint = urllib3_heads.http_client_fingerprint()
    print(json.dumps({
        "connection_bases": names(cls.__bases__),
        "request_is_urllib3s": cls.request is urllib3.connection.HTTPConnection.request,
        "send_output_is_http_clients": cls._send_output is http.client.HTTPConnection._send_output,
        "response_bases": names(response.__bases__),
        "begin_is_http_clients": response.begin is http.client.HTTPResponse.begin,
        "headers_merged_publicly": len(merged) > 0,
        "checked_python": fingerprint in urllib3_heads.HTTP_CLIENT_CHECKED,
    }))
    client.close()
"""


def _probe(switch: str | None) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "ESINFERENCE_PURE_URLLIB3"}
    if switch is not None:
        env["ESINFERENCE_PURE_URLLIB3"] = switch
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return report


@pytest.mark.parametrize("switch", ["1", "true", "TRUE"])
def test_the_switch_leaves_stock_urllib3_and_http_client_only(switch: str) -> None:
    used = _probe(switch)
    assert used["connection_bases"] == ["urllib3.connection.HTTPConnection"]
    assert used["request_is_urllib3s"] and used["send_output_is_http_clients"]
    # The response class only swaps the socket reader under it, for the deadline.
    assert used["response_bases"] == ["http.client.HTTPResponse"]
    assert used["begin_is_http_clients"]
    assert used["headers_merged_publicly"]


def test_by_default_every_fast_path_is_on_for_a_checked_python() -> None:
    used = _probe(None)
    assert used["checked_python"], "add this Python's fingerprint (test_urllib3_heads.py)"
    assert used["connection_bases"] == [
        "esinference._transport.urllib3_connections._OneWrite",
        "urllib3.connection.HTTPConnection",
    ]
    assert not used["request_is_urllib3s"] and not used["send_output_is_http_clients"]
    assert used["response_bases"] == ["esinference._transport.urllib3_heads.FastHeadResponse"]
    assert not used["begin_is_http_clients"]
    assert not used["headers_merged_publicly"]


@pytest.mark.parametrize(
    ("value", "pure"),
    [(None, False), ("", False), ("0", False), ("false", False), ("yes", False),
     ("1", True), ("true", True), (" True ", True)],
)  # fmt: skip
def test_only_1_or_true_ask_for_pure_mode(value: str | None, pure: bool) -> None:
    assert pure_requested(value) is pure
