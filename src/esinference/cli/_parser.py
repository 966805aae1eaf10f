"""The argparse parser: global options, one subcommand per endpoint, ``embed`` and ``server``.

Global options come before the subcommand. Values internal to the command line are stored
under dotted names (``cli.url``) so they can never clash with an endpoint's arguments. An
endpoint's subcommand gets its options only when it is the one being run: ``--help`` lists
every subcommand but reads no more than each method's summary line.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from functools import partial
from typing import Any

from . import _spec
from ._spec import Option
from ._values import StdinUsed, metavar, reader

DEFAULT_URL = "http://localhost:9200"

EXIT_CODES = """\
exit codes:
  0  success
  2  bad arguments, or values the client rejects before sending anything
  3  the server answered with a 4xx error (its body is printed on stdout)
  4  the server answered with a 5xx error, or is not Elasticsearch
  5  no usable answer: connection refused, timeout, TLS failure, unreadable body
  130  interrupted"""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions are wrapped by the generator; option help is wrapped by argparse."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32, width=min(100, _terminal_width()))


def _terminal_width() -> int:
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 100


class _CommandParser(argparse.ArgumentParser):
    """A subcommand's parser that fills itself in (``fill``) the first time it parses."""

    def __init__(
        self, *args: Any, fill: Callable[[argparse.ArgumentParser], None] | None = None, **kw: Any
    ) -> None:
        super().__init__(*args, **kw)
        self._fill = fill

    def parse_known_args(  # type: ignore[override]  # typeshed's overloads; same behaviour
        self, args: Any = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._fill is not None:
            fill, self._fill = self._fill, None
            fill(self)
        return super().parse_known_args(args, namespace)


def build_parser(stdin: StdinUsed) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="esinference",
        description="Call the Elasticsearch Inference API from the command line.",
        epilog=EXIT_CODES,
        formatter_class=_Formatter,
    )
    _add_global_options(parser)
    subcommands = parser.add_subparsers(
        dest="cli.command", metavar="COMMAND", required=True, parser_class=_CommandParser
    )
    for name, summary in _spec.summaries().items():
        subcommands.add_parser(
            name,
            help=summary,
            formatter_class=_Formatter,
            epilog="JSON values may also be given as @FILE, or - to read standard input.",
            fill=partial(_fill_endpoint_command, method=name.replace("-", "_"), stdin=stdin),
        )
    from ._embed import add_embed_command

    add_embed_command(subcommands)
    server = subcommands.add_parser(
        "server",
        help="Start the local Inference API server (fake models, for tests and demos).",
        add_help=False,
        prefix_chars="\0",  # every argument, --help included, is the server's
    )
    server.add_argument("cli.server_args", nargs=argparse.REMAINDER)
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("connection (before the command)")
    group.add_argument(
        "--url",
        dest="cli.url",
        metavar="URL",
        default=os.environ.get("ELASTICSEARCH_URL") or DEFAULT_URL,
        help="Elasticsearch URL, or several separated by commas (default: $ELASTICSEARCH_URL,"
        f" else {DEFAULT_URL})",
    )
    group.add_argument(
        "--api-key",
        dest="cli.api_key",
        metavar="KEY",
        default=os.environ.get("ELASTICSEARCH_API_KEY") or None,
        help="API key, base64-encoded (default: $ELASTICSEARCH_API_KEY)",
    )
    group.add_argument("--basic-auth", dest="cli.basic_auth", metavar="USER:PASSWORD")
    group.add_argument(
        "--ca-certs", dest="cli.ca_certs", metavar="FILE", help="CA bundle to verify TLS with"
    )
    group.add_argument(
        "--insecure",
        dest="cli.insecure",
        action="store_true",
        help="do not verify TLS certificates",
    )
    group.add_argument(
        "--timeout",
        dest="cli.timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="request timeout in seconds (default: 10; the client's own)",
    )


def _fill_endpoint_command(sub: argparse.ArgumentParser, method: str, stdin: StdinUsed) -> None:
    """Describe the subcommand of ``method`` and add its options."""
    command = _spec.load(method)
    sub.description = command.description
    sub.set_defaults(**{"cli.command_spec": command})
    for option in command.options:
        sub.add_argument(option.flag, **_argument(option, stdin))
    if command.streaming:
        sub.add_argument(
            "--text",
            dest="cli.text",
            action="store_true",
            help="print only the generated text as it arrives (default: one JSON chunk a line)",
        )


def _argument(option: Option, stdin: StdinUsed) -> dict[str, Any]:
    """add_argument's keyword arguments for one option of a subcommand."""
    repeatable = option.kind in ("str_list", "list_str")
    text = f"{option.help} (repeatable)".strip() if repeatable else option.help
    kwargs: dict[str, Any] = {
        "dest": option.dest,
        "help": text.replace("%", "%%") or None,
        "default": option.default,
    }
    if option.required:
        kwargs["required"] = True
    if option.kind == "bool":
        kwargs["action"] = argparse.BooleanOptionalAction
        return kwargs
    if repeatable:
        kwargs["action"] = "append"
    if option.choices:
        kwargs["choices"] = option.choices
    convert: Callable[[str], object] | None = reader(option.kind, option.flag, stdin)
    if convert is not None:
        kwargs["type"] = convert
    name = metavar(option.kind)
    if name is not None:
        kwargs["metavar"] = name
    return kwargs
