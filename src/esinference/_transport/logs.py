"""The transport's logging: one INFO line per attempt, DEBUG request/response bodies.

The transport knows nothing about which fields are secret; whoever builds it passes a
``Redactor`` (the client passes one driven by the spec's ``secret: true`` fields). Without
one, DEBUG logs show header names with every value hidden and body sizes only.
"""

from __future__ import annotations

import logging

from .nodes import NodeConfig
from .records import HttpRequest, HttpResponse
from .settings import Redactor

__all__ = ["log_bodies", "logger"]

logger = logging.getLogger("esinference")


def log_bodies(
    request: HttpRequest, node: NodeConfig, response: HttpResponse | None, redactor: Redactor
) -> None:
    """DEBUG-log one attempt's request and response with every secret redacted.

    Called once per attempt that got an answer; ``response`` is None for streamed responses,
    whose body is read later by the caller. The request's own secret values are hidden
    wherever they appear, not only under secret keys.
    """
    if not logger.isEnabledFor(logging.DEBUG):
        return  # redacting costs a JSON round trip: only pay for it when someone listens
    redactor = redactor.for_request(request.headers, request.body)
    logger.debug(
        "> %s %s%s\n> headers: %s\n> body: %s",
        request.method,
        node.base_url,
        request.target,
        redactor.headers(request.headers),
        redactor.body(request.body),
    )
    if response is None:
        logger.debug("< %s%s [streamed response]", node.base_url, request.target)
        return
    logger.debug(
        "< %s%s [status:%d]\n< headers: %s\n< body: %s",
        node.base_url,
        request.target,
        response.status,
        redactor.headers(response.headers),
        redactor.body(response.body),
    )
