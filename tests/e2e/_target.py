"""Which server the end-to-end suite talks to: the local server, or a real cluster.

By default every test runs against an in-process ``esinference.server.LocalServer``. Setting
``ELASTICSEARCH_URL`` (and optionally ``ELASTICSEARCH_API_KEY``) points the same tests at a real
cluster instead; tests that need what only the local server has are marked and skipped there:

- ``knobs``: fault injection, pipeline references, the request log, latency, its own
  authentication settings, restarts;
- ``fake_models``: exact inference results of the local server's deterministic models (a real
  cluster would call the real provider with the fake credentials these tests use).

The endpoints the suite creates carry fake provider credentials: a real cluster must store them
without calling the provider (``xpack.inference.skip_validate_and_start: true``). Every endpoint
gets an id unique to the run and is deleted (with ``force``) after its test.

Everything here is pure so that the switching logic itself can be unit-tested.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

URL_VARIABLE = "ELASTICSEARCH_URL"
API_KEY_VARIABLE = "ELASTICSEARCH_API_KEY"

LOCAL_ONLY_MARKERS: dict[str, str] = {
    "knobs": "needs a local-server knob (faults, references, request log, latency, auth, restart)",
    "fake_models": "asserts the local server's deterministic model outputs",
}


@dataclass(frozen=True)
class Target:
    """Where the suite sends its requests, and how to authenticate."""

    url: str
    api_key: str | None = field(default=None, repr=False)
    is_local: bool = True

    def client_options(self) -> dict[str, Any]:
        """Keyword arguments for ``Client`` / ``AsyncClient`` besides the URL."""
        options: dict[str, Any] = {"request_timeout": 30.0, "max_retries": 0}
        if self.api_key is not None:
            options["api_key"] = self.api_key
        return options


def cluster_from_env(environ: Mapping[str, str]) -> Target | None:
    """The real cluster named by the environment, or None to use the local server."""
    url = environ.get(URL_VARIABLE, "").strip()
    if not url:
        return None
    api_key = environ.get(API_KEY_VARIABLE, "").strip() or None
    return Target(url=url.rstrip("/"), api_key=api_key, is_local=False)


def skip_reason(marker_names: Iterable[str], target: Target) -> str | None:
    """Why a test with these markers cannot run against ``target`` (None: it can)."""
    if target.is_local:
        return None
    for name in sorted(set(marker_names) & set(LOCAL_ONLY_MARKERS)):
        return f"local server only: {LOCAL_ONLY_MARKERS[name]} (target is {target.url})"
    return None
