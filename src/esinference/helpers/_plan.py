"""What a bulk run decides before its first batch (the plan) and around each call (the tries).

Pure, like ``_core``: the plan reads a GET _inference answer (task type, the service's batch
limit from the generated table, the endpoint's rate limit); ``BatchTries`` says what to do
after each failed call and tells the shared pacer how the provider answered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from .._gen.services import SERVICES
from .._transport import RetryPolicy
from ..errors import ApiError
from ._core import DEFAULT_BATCH_SIZE, Settings, is_too_large, retry_delay, task_type_of
from ._pacing import RateBudget, SharedPacer

if TYPE_CHECKING:
    from .._client_base import BaseClient

__all__ = ["BatchTries", "Plan", "limits_of", "plan_of", "without_429_retries"]

# A paced run retries a 429 through the shared pacer (no back-off of its own) this many times
# in a row per batch before it gives up on the batch: a 429 storm slows a run, never fails it
# at the first bursts, and still ends if the provider refuses everything.
MAX_THROTTLED = 50


@dataclass(frozen=True)
class Plan:
    """What a run found out before its first batch: how to call, how much, how fast."""

    task_type: str
    batch_size: int
    budget: RateBudget | None  # None: not paced


def plan_of(endpoint: Any, settings: Settings) -> Plan:
    """The run's plan from the settings and, if it was needed, the GET _inference answer."""
    task_type = settings.task_type or task_type_of(endpoint, settings)
    service_batch_size, endpoint_rpm = limits_of(endpoint)
    budget = settings.rate_budget
    if budget is None and settings.pace:
        budget = SharedPacer(settings.requests_per_minute or endpoint_rpm)
    return Plan(task_type, settings.batch_size or service_batch_size, budget)


def limits_of(endpoint: Any) -> tuple[int, float | None]:
    """The batch size and requests per minute a GET _inference answer implies.

    The batch size is the service's provider limit (the generated table, or the endpoint's
    own setting where the service has one); the rate is the endpoint's
    ``rate_limit.requests_per_minute``, which Elasticsearch counts per node: against a
    cluster of n nodes a run paced by it uses 1/n of what the cluster allows.
    """
    config = first_endpoint(endpoint)
    service_settings = config.get("service_settings")
    if not isinstance(service_settings, dict):
        service_settings = {}
    batch_size = _service_batch_size(config.get("service"), service_settings)
    return batch_size, _requests_per_minute(service_settings)


def first_endpoint(body: Any) -> dict[str, Any]:
    """The first endpoint of a GET _inference answer ({} when there is none)."""
    endpoints = body.get("endpoints") if isinstance(body, dict) else None
    first = endpoints[0] if isinstance(endpoints, list) and endpoints else None
    return first if isinstance(first, dict) else {}


def _service_batch_size(service: Any, service_settings: dict[str, Any]) -> int:
    known = SERVICES.get(service) if isinstance(service, str) else None
    if known is None or known.embedding_batch_size is None:
        return DEFAULT_BATCH_SIZE
    if known.embedding_batch_size_setting is not None:
        own = service_settings.get(known.embedding_batch_size_setting)
        if type(own) is int and own >= 1:
            return own
    return known.embedding_batch_size


def _requests_per_minute(service_settings: dict[str, Any]) -> float | None:
    rate_limit = service_settings.get("rate_limit")
    rpm = rate_limit.get("requests_per_minute") if isinstance(rate_limit, dict) else None
    if isinstance(rpm, bool) or not isinstance(rpm, (int, float)) or rpm <= 0:
        return None
    return float(rpm)


def throttled(error: BaseException, retry: RetryPolicy) -> tuple[bool, float | None]:
    """Whether ``error`` is a 429, and the seconds its Retry-After asks for (None: not given;
    capped by the policy's ``retry_after_max``)."""
    if not isinstance(error, ApiError) or error.status_code != 429:
        return False, None
    value = error.meta.headers.get("retry-after")
    return True, None if value is None else retry.next_delay(1, value)


class BatchTries:
    """One batch's tries: what to do after each failed call, and what the pacer hears.

    A 429 in a paced run goes back to the shared pacer (which slows every sender down) and is
    tried again when the pacer's next slot comes, up to ``MAX_THROTTLED`` times in a row;
    anything else follows ``retry_delay``.
    """

    def __init__(self, retry: RetryPolicy, budget: RateBudget | None) -> None:
        self._retry = retry
        self._budget = budget
        self._attempts = 0
        self._throttles = 0

    def pause(self) -> float:
        """Seconds to wait before the next call (the pacer's slot; 0 when not paced)."""
        return 0.0 if self._budget is None else self._budget.wait()

    def succeeded(self) -> None:
        if self._budget is not None:
            self._budget.record(False)

    def failed(self, error: BaseException, size: int) -> float | Literal["split"] | None:
        """After a failed call of ``size`` texts: split the batch, wait and retry, or give up."""
        if is_too_large(error) and size > 1:
            return "split"
        is_429, retry_after = throttled(error, self._retry)
        if is_429 and self._budget is not None:
            self._budget.record(True, retry_after)
            self._throttles += 1
            return 0.0 if self._throttles <= MAX_THROTTLED else None
        self._attempts += 1
        return retry_delay(error, self._attempts, self._retry)


_C = TypeVar("_C", bound="BaseClient[Any, Any]")


def without_429_retries(client: _C) -> _C:
    """The client a paced run calls with: its transport does not retry 429s, the pacer does
    (a transport retry would resend at once, behind the other senders' backs)."""
    overrides = client._settings.overrides  # what options() changed, else the transport's
    own = None if overrides is None else overrides.retry_on_status
    statuses = client.transport.settings.retry_on_status if own is None else own
    return client.options(retry_on_status=[status for status in statuses if status != 429])
