"""The records that the generated ``_gen/cli_commands.py`` fills in: one per endpoint subcommand."""

from __future__ import annotations

from dataclasses import dataclass

# How an option's value is read from the command line (see ``_values.py``):
#   str, int, float    the text, converted
#   bool               a flag pair: --flag sends true, --no-flag sends false
#   time               an Elasticsearch duration ("30s"), or -1 / 0
#   str_list           repeatable; one value is sent as a string, several as a list
#   list_str           repeatable; always sent as a list
#   choice             one of ``choices``
#   json_object        a JSON object; json_list a JSON array; json_any any JSON value (else
#                      the text itself). Each also takes @FILE, or - for standard input.
KINDS = frozenset(
    {"str", "int", "float", "bool", "time", "str_list", "list_str", "choice",
     "json_object", "json_list", "json_any"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Option:
    """One option of a subcommand: ``flag`` sets the keyword argument ``dest``."""

    flag: str
    dest: str
    kind: str
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
