"""Response heads read without the email package, for the urllib3 connections.

http.client hands every response head to ``email.parser`` (a feed parser, a policy, a
Message), about a tenth of a small call's client CPU. The heads servers send are one
``Name: value`` line per field, and for those the parse is a list of (name, value) pairs.
``FastHeadResponse`` builds that list itself and gives any other head (folded lines, stray
CR, a name email would refuse, multipart or message content types, a truncated head) to
``email.parser`` as http.client does, so the resulting ``HTTPMessage`` is the same either
way (``tests/transport/test_urllib3_heads.py`` compares them attribute for attribute).

``FastHeadResponse.begin()`` repeats http.client's ``begin()`` around that parse. So that a
Python whose ``begin()`` differs (a security fix, a new limit) keeps its own, ``fast_paths``
uses ours only where http.client's code is the code it was checked against
(``HTTP_CLIENT_CHECKED``), else ``http.client.HTTPResponse`` itself.
"""

from __future__ import annotations

import email.parser
import hashlib
import http.client
import re

__all__ = [
    "HTTP_CLIENT_CHECKED",
    "FastHeadResponse",
    "http_client_fingerprint",
]

# email.feedparser's rules for a header line with nothing to repair: a name of printable
# ASCII without ':' (so no leading space or tab: not a continuation), the value after
# optional blanks, no CR or LF inside (email splits lines at either), CRLF or LF at the end.
_FIELD = re.compile(rb"([!-9;-~]+):[ \t]*([^\r\n]*)\r?\n").fullmatch
# Content types email parses further (a multipart body, a message/* sub-message); matched
# loosely: a false hit only sends the head the slow way.
_NESTED = re.compile(rb"(?i)content-type:[^\n]*(?:multipart|message)").search
_BLANK = (b"\r\n", b"\n")


def parse_head(lines: list[bytes]) -> http.client.HTTPMessage:
    """The ``HTTPMessage`` ``http.client.parse_headers`` makes of these lines (its input)."""
    if lines[-1] in _BLANK:
        fields = []
        for line in lines[:-1]:
            match = _FIELD(line)
            if match is None:
                break
            fields.append((match[1].decode("latin-1"), match[2].decode("latin-1")))
        else:
            if not (fields and _NESTED(b"".join(lines))):
                message = http.client.HTTPMessage()
                message._headers = fields  # type: ignore[attr-defined]
                message._payload = ""  # type: ignore[attr-defined]  # as the feed parser leaves it
                return message
    head = b"".join(lines).decode("iso-8859-1")
    parsed = email.parser.Parser(_class=http.client.HTTPMessage).parsestr(head)
    assert isinstance(parsed, http.client.HTTPMessage)
    return parsed


class FastHeadResponse(http.client.HTTPResponse):
    """``http.client.HTTPResponse`` whose ``begin()`` parses the head with ``parse_head``.

    The rest of ``begin()`` is http.client's, step for step (status line, skipped 100
    Continue heads, framing, keep-alive); with debugging on it is http.client's own.
    """

    def begin(self) -> None:
        if self.headers is not None:
            return
        if self.debuglevel > 0:
            super().begin()
            return
        while True:
            status_line = self._read_status()  # pyright: ignore[reportAttributeAccessIssue]
            version, status, reason = status_line
            if status != http.client.CONTINUE:
                break
            http.client._read_headers(self.fp)  # pyright: ignore[reportAttributeAccessIssue]
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise http.client.UnknownProtocol(version)
        lines = http.client._read_headers(self.fp)  # pyright: ignore[reportAttributeAccessIssue]
        self.headers = self.msg = parse_head(lines)
        self._frame(status)

    def _frame(self, status: int) -> None:
        """Chunked or not, the length, and whether the connection closes: as http.client."""
        transfer_encoding = self.headers.get("transfer-encoding")
        self.chunked = transfer_encoding is not None and transfer_encoding.lower() == "chunked"
        if self.chunked:
            self.chunk_left = None
        self.will_close = self._check_close()  # type: ignore[attr-defined]
        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if status in (204, 304) or 100 <= status < 200 or self._method == "HEAD":  # type: ignore[attr-defined]
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True


# http_client_fingerprint() of each http.client whose begin() FastHeadResponse repeats and
# whose heads it was checked against: CPython 3.10 and 3.11 (one value), 3.12 and 3.13
# (parse_headers split in two). To add another, run tests/transport/test_urllib3_heads.py on
# that Python and, once its differential test passes, the value its last test prints.
HTTP_CLIENT_CHECKED = frozenset({"51743bd78deb619b", "d4e43fbce70316b0"})


def http_client_fingerprint() -> str:
    """A digest of the names, locals and arguments of the http.client code we repeat or call."""
    names = ("parse_headers", "_parse_header_lines", "_read_headers")  # the second: 3.12+
    functions = [getattr(http.client, name, None) for name in names]
    codes = [f.__code__ for f in functions if f is not None]
    codes.append(http.client.HTTPResponse.begin.__code__)
    parts = [(c.co_names, c.co_varnames, c.co_argcount, c.co_kwonlyargcount) for c in codes]
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]
