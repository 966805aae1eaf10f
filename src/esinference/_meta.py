"""What an answer carries besides its body: its status, headers, timing and node.

Shared by the responses (``response.ObjectApiResponse.meta``) and the errors
(``errors.ApiError.meta``); it sits below both so that ``errors`` never imports
``response`` (which imports ``vectors``, which raises ``errors``' exceptions).
``esinference.response`` re-exports both names, elasticsearch-py's place for them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import NamedTuple

__all__ = ["ApiResponseMeta", "HttpHeaders"]


class HttpHeaders(Mapping[str, str]):
    """Response headers looked up case-insensitively: ``meta.headers["Content-Type"]`` works.

    The transport stores names lower-cased; this view lower-cases the name looked up.
    """

    __slots__ = ("_headers",)

    def __init__(self, headers: Mapping[str, str]) -> None:
        self._headers = headers

    def __getitem__(self, name: str) -> str:
        return self._headers[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._headers

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def __len__(self) -> int:
        return len(self._headers)

    def __repr__(self) -> str:
        return f"HttpHeaders({dict(self._headers)!r})"


class ApiResponseMeta(NamedTuple):
    """What the transport knows about an answer besides its body."""

    status: int
    http_version: str
    headers: Mapping[str, str]  # case-insensitive (an ``HttpHeaders``)
    duration: float  # seconds
    node: str  # base URL of the node that answered, without credentials

    @property
    def mimetype(self) -> str | None:
        value = self.headers.get("content-type")
        return value.split(";", 1)[0].strip() if value else None
