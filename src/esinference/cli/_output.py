"""What a command prints on stdout: JSON answers (indented on a terminal, compact when piped,
as ``--pretty``/``--no-pretty`` say) and streamed chunks, one a line."""

from __future__ import annotations

import json
import sys
from typing import Any

from ..streaming import _text_of


class Output:
    def __init__(self, pretty: bool | None) -> None:
        self.pretty = sys.stdout.isatty() if pretty is None else pretty

    def json(self, value: Any) -> None:
        if self.pretty:
            text = json.dumps(value, indent=2, ensure_ascii=False)
        else:
            text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def stream(self, stream: Any, *, text_only: bool) -> None:
        """Each chunk as it arrives: its text only, or its JSON on one line (JSON Lines, so
        never indented)."""
        with stream:
            for chunk in stream:
                if text_only:
                    sys.stdout.write(_text_of(chunk))
                else:
                    sys.stdout.write(json.dumps(chunk, ensure_ascii=False) + "\n")
                sys.stdout.flush()
        if text_only:
            sys.stdout.write("\n")
