"""The bulk helpers know the service: its batch limit, the endpoint's rate limit, shared 429s.

Batches default to the provider's limit from the generated table (overridden by the
endpoint's own setting where the service has one); requests are spaced to the endpoint's
``rate_limit.requests_per_minute``; a 429 goes to the shared pacer (not the transport's own
retries) and the batch is sent again once: a 429 storm loses and repeats nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from esinference import Client
from esinference.helpers import SharedPacer, embed
from esinference.helpers._core import DEFAULT_BATCH_SIZE, Settings
from esinference.helpers._pacing import CATCH_UP
from esinference.helpers._plan import MAX_THROTTLED, plan_of
from esinference.server import LocalServer

from .conftest import DIMENSIONS, batch_sizes, embedded_texts, run


def settings(**changes: Any) -> Settings:
    base: dict[str, Any] = dict(
        task_type=None, batch_size=None, max_batch_bytes=1_000_000, max_concurrency=4,
        max_retries=3, retry_backoff=0.0, start=0, skip=None, input_type=None,
        task_settings=None, on_progress=None, progress_bar=None, total=None,
    )  # fmt: skip
    return Settings.of("e", **{**base, **changes})


def endpoint(service: str, **service_settings: Any) -> dict[str, Any]:
    """A GET _inference answer for one endpoint."""
    config = {
        "service": service,
        "task_type": "text_embedding",
        "service_settings": service_settings,
    }
    return {"endpoints": [{"inference_id": "e", **config}]}


@pytest.mark.parametrize(
    ("service", "expected"),
    [("openai", 2048), ("cohere", 96), ("hugging_face", 20), ("elasticsearch", 10),
     ("googlevertexai", 250), ("amazon_sagemaker", 256), ("mistral", DEFAULT_BATCH_SIZE)],
)  # fmt: skip
def test_the_batch_size_is_the_services_limit(service: str, expected: int) -> None:
    assert plan_of(endpoint(service), settings()).batch_size == expected


@pytest.mark.parametrize(
    ("service", "setting", "value"),
    [("googlevertexai", "max_batch_size", 32), ("amazon_sagemaker", "batch_size", 8),
     ("custom", "batch_size", 4)],
)  # fmt: skip
def test_an_endpoints_own_batch_setting_wins(service: str, setting: str, value: int) -> None:
    assert plan_of(endpoint(service, **{setting: value}), settings()).batch_size == value


def test_the_callers_batch_size_wins_over_the_service() -> None:
    assert plan_of(endpoint("openai"), settings(batch_size=7)).batch_size == 7


def test_the_pace_is_the_endpoints_rate_limit_unless_told_otherwise() -> None:
    body = endpoint("openai", rate_limit={"requests_per_minute": 500})
    paced = plan_of(body, settings()).budget
    assert isinstance(paced, SharedPacer) and paced.pacer.requests_per_minute == 500
    told = plan_of(body, settings(requests_per_minute=60)).budget
    assert isinstance(told, SharedPacer) and told.pacer.requests_per_minute == 60
    unknown = plan_of(endpoint("openai"), settings()).budget
    assert isinstance(unknown, SharedPacer) and unknown.pacer.requests_per_minute is None
    assert plan_of(body, settings(pace=False)).budget is None
    shared = SharedPacer(10)
    assert plan_of(body, settings(rate_budget=shared)).budget is shared


def test_openai_texts_go_2048_a_request_by_default(server: LocalServer, sync: bool) -> None:
    texts = [f"t{i}" for i in range(3000)]
    results, error = run(sync, server.url, texts)
    assert error is None and len(results) == 3000
    assert batch_sizes(server.requests()) == [(2048, None), (952, None)]


def test_requests_are_spaced_to_the_endpoints_rate_limit(server: LocalServer, sync: bool) -> None:
    with Client(server.url) as client:
        client.inference.put_openai(
            task_type="text_embedding",
            openai_inference_id="paced",
            service="openai",
            service_settings={"api_key": "k", "model_id": "m", "dimensions": DIMENSIONS,
                              "rate_limit": {"requests_per_minute": 600}},
        )  # fmt: skip
    server.clear_requests()
    results, error = run(sync, server.url, [f"t{i}" for i in range(40)], "paced", batch_size=5)
    assert error is None and len(results) == 40
    times = [r.received_at for r in server.requests() if r.method == "POST"]
    assert len(times) == 8
    # One every 100 ms: the n-th no sooner than n slots after the first (less the quarter
    # second of missed slots a late sender may catch up on), give or take the clock.
    assert all(t - times[0] > n * 0.1 - CATCH_UP - 0.02 for n, t in enumerate(times))
    assert times[-1] - times[0] > 0.7 - CATCH_UP


def test_a_429_storm_loses_and_repeats_nothing(server: LocalServer, sync: bool) -> None:
    server.add_fault("status", status=429, count=12, path="/emb$", method="POST")
    texts = [f"t{i}" for i in range(60)]
    results, error = run(sync, server.url, texts, batch_size=10, requests_per_minute=6000)
    assert error is None
    assert [r.index for r in results] == list(range(60))
    assert embedded_texts(server.requests()) == {text: 1 for text in texts}
    # Every refused batch was sent again by the helper, not by the transport on its own.
    assert len([r for r in server.requests() if r.method == "POST"]) == 6 + 12


def test_a_429_with_retry_after_holds_every_sender(server: LocalServer, sync: bool) -> None:
    server.add_fault("status", status=429, retry_after=1, count=1, path="/emb$", method="POST")
    texts = [f"t{i}" for i in range(60)]
    results, error = run(sync, server.url, texts, batch_size=10, max_concurrency=2,
                         requests_per_minute=600)  # fmt: skip
    assert error is None and len(results) == 60
    refused, *others = [r.received_at for r in server.requests() if r.method == "POST"]
    # Only the slot handed out before the 429 came back is used within the Retry-After.
    assert len([t for t in others if t - refused < 0.95]) <= 1
    assert len(others) == 6


def test_a_provider_that_refuses_everything_ends_the_run(server: LocalServer) -> None:
    server.add_fault("status", status=429, count=10_000, path="/emb$", method="POST")
    with Client(server.url) as client:
        pacer = SharedPacer(60_000)
        with pytest.raises(Exception) as ended:
            list(embed(client, "emb", ["a"], task_type="text_embedding", rate_budget=pacer))
    assert "429" in str(ended.value)
    assert pacer.stats()[1] == MAX_THROTTLED + 1


def test_without_pacing_the_transport_retries_429s_as_before(server: LocalServer) -> None:
    server.add_fault("status", status=429, count=1, path="/emb$", method="POST")
    with Client(server.url, retry_backoff_base=0.0) as client:
        results = list(embed(client, "emb", ["a", "b"], task_type="text_embedding", pace=False,
                             batch_size=10))  # fmt: skip
    assert len(results) == 2
    assert [r.method for r in server.requests()] == ["POST", "POST"]  # no GET: nothing to learn
