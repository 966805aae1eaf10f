"""The bookkeeping of one request's attempts, shared by the sync and async transports.

A transport runs this loop, doing only the I/O itself::

    attempts = Attempts(pool, retry, request)
    while True:
        node = attempts.next_node()
        try:
            response = send(node)                     # raises AttemptFailed
        except AttemptFailed as failure:
            sleep(attempts.failed(node, failure, duration))   # raises when giving up
            continue
        delay = attempts.answered(node, response.status, response.headers, duration)
        if delay is None:
            return attempts.finish(response)
        sleep(delay)

``Attempts`` decides (from ``RetryPolicy``) and records (nodes, errors, node health in
``NodePool``); it never sleeps or touches a socket, so both transports share it unchanged.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Mapping

from .errors import TransportError, attempts_note
from .logs import logger
from .node_pool import NodePool
from .nodes import NodeConfig
from .records import HttpRequest, HttpResponse, RequestOverrides
from .retry import FailureKind, RetryPolicy

__all__ = ["AttemptFailed", "Attempts", "attempt_failed", "policy_for"]


class AttemptFailed(Exception):
    """Internal: one attempt failed with ``error``; ``kind`` says how far it got."""

    def __init__(self, error: TransportError, kind: FailureKind) -> None:
        super().__init__(str(error))
        self.error = error
        self.kind = kind


def attempt_failed(
    error_type: type[TransportError], message: str, kind: FailureKind, cause: BaseException
) -> AttemptFailed:
    """Wrap a library exception: the public error keeps ``cause`` as its ``__cause__``."""
    error = error_type(message)
    error.__cause__ = cause  # what ``raise error from cause`` would record
    return AttemptFailed(error, kind)


def policy_for(retry: RetryPolicy, overrides: RequestOverrides | None) -> RetryPolicy:
    """The transport's policy with a call's own settings (from ``options()``) applied."""
    if overrides is None:
        return retry  # the common case: no options()
    return _merged(retry, overrides)


@functools.lru_cache(maxsize=64)  # a client made by options() sends the same overrides again
def _merged(retry: RetryPolicy, overrides: RequestOverrides) -> RetryPolicy:
    given = {name: value for name, value in overrides.given().items() if name in _RETRY_FIELDS}
    return dataclasses.replace(retry, **given) if given else retry


_RETRY_FIELDS = frozenset(f.name for f in dataclasses.fields(RetryPolicy))


class Attempts:
    """Node choice, retry decisions and records for one request; pure (no I/O, no sleep)."""

    def __init__(self, pool: NodePool, retry: RetryPolicy, request: HttpRequest) -> None:
        self._pool = pool
        self._retry = policy_for(retry, request.overrides)
        self._request = request
        self.count = 0
        self.nodes_tried: list[NodeConfig] = []
        self.errors: list[TransportError] = []

    def next_node(self) -> NodeConfig:
        """The node for the next attempt, avoiding nodes this request already tried."""
        self.count += 1
        node = self._pool.get(exclude=self.nodes_tried)
        self.nodes_tried.append(node)
        if self._request.on_attempt is not None:
            self._request.on_attempt(node)
        return node

    def failed(self, node: NodeConfig, failure: AttemptFailed, duration: float) -> float:
        """Record a failed attempt; return the delay before retrying, or raise the final error."""
        self.errors.append(failure.error)
        self._log(node, f"error:{type(failure.error).__name__}", duration)
        if failure.kind in (FailureKind.CONNECT, FailureKind.DISCONNECT):
            self._pool.mark_dead(node)
        if not self._retry.should_retry_failure(failure.kind, self.count):
            raise self._final_error() from failure.error
        if failure.kind is FailureKind.CONNECT and self._pool.live_count() > 0:
            return 0.0  # another node is ready; nothing was sent, so no need to wait
        return self._retry.backoff(self.count)

    def answered(
        self, node: NodeConfig, status: int, headers: Mapping[str, str], duration: float
    ) -> float | None:
        """Record an answer; return None to hand it to the caller, else the delay to retry."""
        self._pool.mark_live(node)
        if logger.isEnabledFor(logging.INFO):  # before the f-string and two calls
            self._log(node, f"status:{status}", duration)
        if not self._retry.should_retry_status(status, self.count):
            return None
        return self._retry.next_delay(self.count, headers.get("retry-after"))

    def finish(self, response: HttpResponse) -> HttpResponse:
        """``response`` with ``attempts`` and ``nodes_tried`` filled in."""
        if self.count == 1:  # the common case, without _replace's generic copy
            return HttpResponse(
                response.status,
                response.headers,
                response.body,
                response.duration,
                response.node,
                response.http_version,
                1,
                (self.nodes_tried[0].base_url,),
            )
        return response._replace(
            attempts=self.count,
            nodes_tried=tuple(n.base_url for n in self.nodes_tried),
        )

    def _final_error(self) -> TransportError:
        last = self.errors[-1]
        nodes = tuple(n.base_url for n in self.nodes_tried)
        message = f"{last.message} {attempts_note(self.count, nodes)}"
        return type(last)(message, errors=tuple(self.errors))

    def _log(self, node: NodeConfig, outcome: str, duration: float) -> None:
        # The URL is the node's base_url (never credentials) plus the escaped target.
        logger.info(
            "%s %s%s [%s duration:%.3fs attempt:%d]",
            self._request.method,
            node.base_url,
            self._request.target,
            outcome,
            duration,
            self.count,
        )
