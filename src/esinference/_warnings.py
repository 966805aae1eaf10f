"""``Warning`` response headers become ``ElasticsearchWarning``, exactly as in elasticsearch-py.

Elasticsearch reports deprecations in ``Warning`` headers (``299 Elasticsearch-9.5.0-abc
"message"``). elasticsearch-py warns once per quoted string in the (comma-joined) header, or
with the whole header when nothing is quoted, with ``stacklevel`` pointing at the first frame
outside the client package, so ``-W``/``filterwarnings`` rules on the message, the category or
the caller's module behave the same. ``DISABLE_WARN_STACKLEVEL=1`` turns that off, as there.
"""

from __future__ import annotations

import os
import re
import sys
import warnings
from collections.abc import Callable, Mapping

from ._transport import TransportWarning

__all__ = [
    "ElasticsearchDeprecationWarning",
    "ElasticsearchWarning",
    "GeneralAvailabilityWarning",
    "TransportWarning",
    "warn_for_headers",
    "warning_messages",
]

DISABLE_WARN_STACKLEVEL_ENV_VAR = "DISABLE_WARN_STACKLEVEL"
_QUOTED = re.compile(r"\"([^\"]*)\"")  # elasticsearch-py's _WARNING_RE
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


class ElasticsearchWarning(TransportWarning):
    """A deprecated option or incorrect usage flagged by Elasticsearch in a ``Warning`` header."""


class GeneralAvailabilityWarning(TransportWarning):
    """A feature that is not generally available yet."""


ElasticsearchDeprecationWarning = ElasticsearchWarning

# elasticsearch-py does this at import: each distinct deprecation is shown once per location.
warnings.simplefilter("default", category=ElasticsearchWarning, append=True)


def warning_messages(header: str) -> list[str]:
    """The messages in a ``Warning`` header value: each quoted string, else the whole value."""
    header = header.strip()
    return _QUOTED.findall(header) or [header]


def warn_for_headers(headers: Mapping[str, str], scrub: Callable[[str], str] | None = None) -> None:
    """Issue one ``ElasticsearchWarning`` per message of the (lower-cased) ``warning`` header.

    ``scrub`` hides the request's secrets in case the server quoted one back.
    """
    header = headers.get("warning")
    if header is None:
        return
    level = stacklevel()
    for message in warning_messages(header):
        text = scrub(message) if scrub is not None else message
        warnings.warn(text, category=ElasticsearchWarning, stacklevel=level)


def stacklevel() -> int:
    """The ``stacklevel`` (for a ``warnings.warn`` in the caller) of the first outside frame.

    elasticsearch-py's ``warn_stacklevel`` walks ``inspect.stack()``, which reads source
    files; walking ``f_back`` finds the same frame without touching the disk.
    """
    if os.environ.get(DISABLE_WARN_STACKLEVEL_ENV_VAR) in ("1", "true", "True"):
        return 0
    frame = sys._getframe(1)
    level = 1
    while frame is not None:
        if not os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE_DIR):
            return level
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return 0
