"""The inference ``timeout``, enforced against the slow-model knobs (latency, stall faults).

Elasticsearch wraps each inference call's listener in a timeout (RequestTask:
``ListenerTimeouts.wrapWithTimeout``) that fails it with ElasticsearchTimeoutException
``Request timed out waiting to be sent after [30s]``; in 9.x that exception's status is 429
TOO_MANY_REQUESTS ("closest thing to 'your request took longer than you asked for'"), so the
answer is ``429 timeout_exception``. The default timeout is InferenceAction's 30s.
"""

from __future__ import annotations

import re

from ..http.errors import EsError
from ..http.records import ApiRequest, ApiResponse, error_response
from ..http.sse import sse_error
from .match import RouteMatch

DEFAULT_TIMEOUT = "30s"
_UNITS = {"nanos": 1e-9, "micros": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_VALUE = re.compile(r"^(\d+(?:\.\d+)?)(nanos|micros|ms|s|m|h|d)$")
# TimeValue.toString(): the largest unit in which the value is at least 1, one decimal at most.
_DISPLAY = (("d", 86400.0), ("h", 3600.0), ("m", 60.0), ("s", 1.0), ("ms", 1e-3), ("micros", 1e-6))


def inference_timeout(request: ApiRequest, match: RouteMatch) -> float | None:
    """Seconds an inference call may take; None for other routes or ``-1`` (no timeout)."""
    if not match.timed:
        return None
    text = request.query.get("timeout", DEFAULT_TIMEOUT)
    if text in ("-1", "0"):
        return None if text == "-1" else 0.0
    value = _VALUE.match(text)
    return float(value.group(1)) * _UNITS[value.group(2)] if value else None


def display(seconds: float) -> str:
    """A duration as Elasticsearch's TimeValue prints it (``30s``, ``1.5s``, ``100ms``)."""
    for unit, size in _DISPLAY:
        if seconds >= size:
            value = round(seconds / size, 1)
            return f"{value:g}{unit}"
    return f"{round(seconds * 1e9):d}nanos"


def timed_out(seconds: float) -> EsError:
    return EsError(
        429, "timeout_exception", f"Request timed out waiting to be sent after [{display(seconds)}]"
    )


def timeout_answer(match: RouteMatch, seconds: float) -> ApiResponse:
    """The answer of a call that outlasted its timeout: an SSE error event when it streams."""
    error = timed_out(seconds)
    if not match.streaming:
        return error_response(error)
    return sse_error(error, unified=match.unified)
