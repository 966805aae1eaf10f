"""Steps several tests share: create an endpoint, check secrets, expect an exact API error."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from esinference import ApiError
from esinference._gen.services import SERVICES
from tests.fakes.sockets import open_connections

from ._api import Api
from ._catalogue import EndpointIds, id_argument, minimal_settings, secret_keys

SECRET_MARK = "it-secret-"


def create_endpoint(
    api: Api, ids: EndpointIds, service_name: str, task_type: str, **extra: Any
) -> dict[str, Any]:
    """PUT a minimal endpoint through ``put_<service>``; returns the endpoint info answered."""
    service = SERVICES[service_name]
    inference_id = ids.new(service_name, task_type)
    response = api.call(
        service.put_method,
        task_type=task_type,
        service=service.name,
        service_settings=minimal_settings(service, task_type),
        **{id_argument(service): inference_id},
        **extra,
    )
    assert response.meta.status == 200
    info: dict[str, Any] = response.body
    return info


def assert_no_secrets(info: dict[str, Any]) -> None:
    """No secret key and no secret value anywhere in an endpoint description."""
    service = SERVICES[info["service"]]
    leaked = secret_keys(service) & set(info.get("service_settings", {}))
    assert not leaked, f"secret settings returned: {sorted(leaked)}"
    assert SECRET_MARK not in json.dumps(info), "a secret value was returned"


@contextmanager
def raises_api_error(
    exception: type[ApiError], status: int, error_type: str | None, reason: str | None
) -> Iterator[pytest.ExceptionInfo[ApiError]]:
    """Expect exactly this exception class, status code, Elasticsearch error type and reason."""
    with pytest.raises(ApiError) as caught:
        yield caught
    error = caught.value
    assert type(error) is exception, f"{type(error).__name__} raised, {exception.__name__} expected"
    assert (error.status_code, error.error_type, error.reason) == (status, error_type, reason)


def idle_connections(api: Api) -> int:
    """How many connections the client holds after a plain call: its idle level."""
    api.get()
    api.settle()
    return open_connections(api.url)


def assert_back_to_idle(api: Api, idle: int, timeout: float = 5.0) -> None:
    """No more connections than at idle, and the client still works with exactly that many."""
    deadline = time.monotonic() + timeout
    while True:
        api.settle()
        count = open_connections(api.url)
        if count <= idle:
            break
        assert time.monotonic() < deadline, f"{count} connections still open; idle level {idle}"
        time.sleep(0.02)
    assert api.get().meta.status == 200
    api.settle()
    assert open_connections(api.url) == idle
