"""Exit statuses, the usage error, and which status an error from the client means."""

from __future__ import annotations

import enum
import textwrap

from ..errors import ApiError, TransportError

PRODUCT_HEADER = "X-Elastic-Product"


class ExitCode(enum.IntEnum):
    OK = 0
    USAGE = 2  # bad arguments, or values the client rejects before sending anything
    CLIENT_ERROR = 3  # Elasticsearch answered 4xx
    SERVER_ERROR = 4  # Elasticsearch answered 5xx, or the server is not Elasticsearch
    CONNECTION = 5  # no usable answer: refused, timeout, TLS, unreadable body
    INTERRUPTED = 130


# What each status means: ``esinference --help`` shows these lines and the README's table
# has the same rows (a test compares them).
MEANINGS: dict[ExitCode, str] = {
    ExitCode.OK: "success",
    ExitCode.USAGE: "bad arguments, or values the client rejects before sending anything",
    ExitCode.CLIENT_ERROR: "Elasticsearch answered 4xx (its error body is printed on stdout)",
    ExitCode.SERVER_ERROR: "Elasticsearch answered 5xx, or the server is not Elasticsearch"
    " (its answer has no X-Elastic-Product header: a wrong URL, a proxy)",
    ExitCode.CONNECTION: "no usable answer: connection refused, timeout, TLS failure,"
    " unreadable body",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
}
EXIT_CODES = "exit codes:\n" + "\n".join(
    textwrap.fill(text, 90, initial_indent=f"  {code:<4} ", subsequent_indent=" " * 7)
    for code, text in MEANINGS.items()
)


class UsageError(Exception):
    """A mistake in the command's arguments or input, found after argparse accepted them."""


def is_elasticsearch(error: ApiError) -> bool:
    """Whether the answer came from Elasticsearch: it sends ``X-Elastic-Product`` on every
    answer, errors included (RestController.dispatchRequest adds it before any handler runs),
    so a 404 without it is a web server or proxy at the wrong URL, not a missing endpoint."""
    return error.meta.headers.get(PRODUCT_HEADER) == "Elasticsearch"


def exit_code_for(error: BaseException) -> ExitCode:
    """The exit status for an error from the client (or an embed run's cause)."""
    if isinstance(error, ApiError):
        if not is_elasticsearch(error) or error.status_code >= 500:
            return ExitCode.SERVER_ERROR
        return ExitCode.CLIENT_ERROR
    if isinstance(error, TransportError):
        return ExitCode.CONNECTION
    return ExitCode.USAGE
