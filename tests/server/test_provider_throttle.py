"""``LocalServer(provider_rate_limit=True)`` / ``--provider-rate-limit``: a provider's 429s.

Above an endpoint's ``rate_limit.requests_per_minute`` an inference request gets
Elasticsearch's answer to a provider's 429; without the option nothing is throttled.
"""

from __future__ import annotations

import pytest

from esinference import ApiError, Client
from esinference.server import LocalServer
from esinference.server.inference.backend.provider_limit import rate_limit_reason


def put_slow_endpoint(client: Client, requests_per_minute: int) -> None:
    """An OpenAI endpoint named ``slow`` whose rate limit is ``requests_per_minute``."""
    client.inference.put_openai(
        task_type="text_embedding",
        openai_inference_id="slow",
        service="openai",
        service_settings={
            "api_key": "k",
            "model_id": "m",
            "rate_limit": {"requests_per_minute": requests_per_minute},
        },
    )


def test_the_server_answers_429_above_the_endpoints_rate_limit() -> None:
    with LocalServer(provider_rate_limit=True) as server, Client(server.url) as client:
        put_slow_endpoint(client, requests_per_minute=6)
        client.inference.text_embedding(inference_id="slow", input=["a"])
        with pytest.raises(ApiError) as refused:
            client.options(max_retries=0).inference.text_embedding(inference_id="slow", input=["b"])
    assert refused.value.status_code == 429
    assert refused.value.body["error"]["type"] == "status_exception"
    assert refused.value.body["error"]["reason"] == rate_limit_reason("slow", 6)


def test_without_the_option_the_server_never_throttles(local_es: LocalServer) -> None:
    with Client(local_es.url) as client:
        put_slow_endpoint(client, requests_per_minute=1)
        for text in "abc":
            client.inference.text_embedding(inference_id="slow", input=[text])
