"""The ``esinference`` command line: ``esinference COMMAND [options]``.

Every method of ``Client.inference`` is a subcommand (``text-embedding``, ``put-openai``, ...)
described by the generated table ``_gen/cli.py``; ``embed`` embeds a file of texts in bulk and
``server`` starts the local server. Connection and output options go before or after the
command. Answers are printed as JSON on stdout (indented on a terminal, compact when piped);
the exit status says what went wrong (``ExitCode``, the README's table).
``import esinference`` never imports this package.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Sequence
from typing import TextIO

from ..errors import ApiError, ElasticsearchWarning, TransportError
from ._exits import ExitCode, UsageError, exit_code_for, is_elasticsearch
from ._output import Output
from ._parser import build_parser
from ._values import StdinUsed

__all__ = ["ExitCode", "UsageError", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status (argparse exits 2 itself on bad usage)."""
    stdin = StdinUsed()
    parser = build_parser(stdin)
    args = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
    command = getattr(args, "cli.command")
    output = Output(getattr(args, "cli.pretty"))
    _show_server_warnings(command)
    try:
        if command == "server":
            from ..server.__main__ import main as server_main

            return server_main(getattr(args, "cli.server_args"))
        if command == "embed":
            from ._embed import run_embed

            return run_embed(args)
        from ._endpoint import run_endpoint

        return run_endpoint(getattr(args, "cli.command_spec"), args, output)
    except UsageError as exc:
        parser.exit(ExitCode.USAGE, f"esinference {command}: error: {exc}\n")
    except ApiError as exc:
        if not is_elasticsearch(exc):
            _error(command, f"the server at {exc.meta.node} is not Elasticsearch (its answer"
                   f" has no X-Elastic-Product header; check --url): {exc}")  # fmt: skip
        else:
            if exc.body is not None:
                output.json(exc.body)
            _error(command, str(exc))
        return exit_code_for(exc)
    except TransportError as exc:
        _error(command, f"{type(exc).__name__}: {exc}")
        return ExitCode.CONNECTION
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except BrokenPipeError:  # e.g. `| head`: stop quietly, as other tools do
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK


def _show_server_warnings(command: str) -> None:
    """Elasticsearch's Warning headers (deprecations) as ``esinference CMD: warning: ...``."""
    shown = warnings.showwarning

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        if issubclass(category, ElasticsearchWarning):
            print(f"esinference {command}: warning: {message}", file=sys.stderr)
        else:
            shown(message, category, filename, lineno, file, line)

    warnings.showwarning = show


def _error(command: str, message: str) -> None:
    print(f"esinference {command}: error: {message}", file=sys.stderr)
