"""The endpoint subcommands, read at run time from what the generator already wrote.

Each subcommand is a method of ``Client.inference``: its options come from the method's
signature (names, order, which have no default), the endpoint table in ``_gen/endpoints.py``
(value kinds, allowed values) and the method's docstring (summary, description, docs URL and
one ``:param name:`` line per option). Nothing here is generated, so the CLI cannot drift from
the client. The spec-time check that no two options clash lives in codegen/validate.py, whose
flag rule ``test_flags_follow_the_validators_rule`` pins to ``flag`` below.
"""

from __future__ import annotations

import inspect
import re
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .._gen.endpoints import ENDPOINTS
from .._spec_types import Kind

if TYPE_CHECKING:
    from collections.abc import Callable

# How an option's value is read from the command line (see ``_values.py``):
#   str, int, float    the text, converted
#   bool               a flag pair: --flag sends true, --no-flag sends false
#   time               an Elasticsearch duration ("30s"), or -1 / 0
#   str_list           repeatable; one value is sent as a string, several as a list
#   list_str           repeatable; always sent as a list
#   choice             one of ``choices``
#   json_object        a JSON object; json_list a JSON array; json_any any JSON value (else
#                      the text itself). Each also takes @FILE, or - for standard input.
CliKind = Literal[
    "str", "int", "float", "bool", "time", "str_list", "list_str", "choice",
    "json_object", "json_list", "json_any",
]  # fmt: skip


def cli_kind(kind: Kind) -> CliKind:
    """How an option of a parameter of ``kind`` is read (mypy checks every kind maps)."""
    if kind == "object":
        return "json_object"
    if kind == "any":
        return "json_any"
    if kind == "list":
        return "json_list"
    if kind == "enum":
        return "choice"
    return kind  # the other kinds are read as they are named


_DOCS_LINK = re.compile(r"`<(\S+)>`_")
_PARAM_LINE = re.compile(r":param (\w+):\s*(.*)")


@dataclass(frozen=True, slots=True)
class Option:
    """One option of a subcommand: ``flag`` sets the keyword argument ``dest``."""

    flag: str
    dest: str
    kind: CliKind
    required: bool = False
    choices: tuple[str, ...] = ()
    default: str | None = None
    help: str = ""


@dataclass(frozen=True, slots=True)
class Command:
    """A subcommand that calls ``client.inference.<method>`` with its options."""

    name: str
    method: str
    summary: str
    description: str
    streaming: bool
    options: tuple[Option, ...]


def command_name(method: str) -> str:
    """The subcommand for a method: ``put_openai`` -> ``put-openai``."""
    return method.replace("_", "-")


def flag(argument: str) -> str:
    """The option for an argument: ``inference_id`` -> ``--inference-id``, ``from_`` -> ``--from``.

    The spec-time check for clashing options (codegen/validate.py) uses the same rule.
    """
    return "--" + argument.rstrip("_").replace("_", "-")


def _method(name: str) -> Callable[..., Any]:
    from .._gen.inference import InferenceClient

    method: Callable[..., Any] = getattr(InferenceClient, name)
    return method


def summaries() -> dict[str, str]:
    """Every subcommand and its one-line help, cheaply: only the docstrings' first lines."""
    return {
        command_name(name): " ".join((_method(name).__doc__ or "").strip().split("\n\n")[0].split())
        for name in ENDPOINTS
    }


def load(method: str) -> Command:
    """The subcommand of one method, with all its options."""
    function = _method(method)
    blocks = (inspect.getdoc(function) or "").split("\n\n")
    link = next(i for i, block in enumerate(blocks) if _DOCS_LINK.fullmatch(block.strip()))
    helps = _param_docs("\n".join(blocks[link + 1 :]))
    endpoint = ENDPOINTS[method]
    kinds = {p.name: p for p in endpoint.params}
    options = []
    for argument in list(inspect.signature(function).parameters.values())[1:]:  # after self
        param = kinds.get(argument.name)  # None: a whole-body argument (a JSON object)
        values = param.values if param is not None else ()
        single = values[0] if len(values) == 1 else None  # e.g. put_openai's service
        options.append(
            Option(
                flag=flag(argument.name),
                dest=argument.name,
                kind=cli_kind(param.kind) if param is not None else "json_object",
                required=argument.default is inspect.Parameter.empty and single is None,
                choices=values,
                default=single,
                help=helps.get(argument.name, ""),
            )
        )
    paragraphs = [" ".join(b.split()) for b in blocks[:link] if b.strip()]
    description = [paragraphs[0], *(textwrap.fill(p, 72) for p in paragraphs[1:])]
    url = _DOCS_LINK.fullmatch(blocks[link].strip())
    assert url is not None
    return Command(
        name=command_name(method),
        method=method,
        summary=paragraphs[0],
        description="\n\n".join([*description, f"Documentation: {url.group(1)}"]),
        streaming=endpoint.streaming,
        options=tuple(options),
    )


def commands() -> tuple[Command, ...]:
    """Every subcommand, fully loaded (the parser loads only the one it runs)."""
    return tuple(load(name) for name in ENDPOINTS)


def _param_docs(text: str) -> dict[str, str]:
    """``:param name: text`` lines (continued on indented lines) as name -> one-line text."""
    docs: dict[str, list[str]] = {}
    current: list[str] = []
    for line in text.splitlines():
        match = _PARAM_LINE.match(line)
        if match:
            current = docs.setdefault(match.group(1), [])
            line = match.group(2)
        current.append(line)
    return {name: " ".join(" ".join(lines).split()) for name, lines in docs.items()}
