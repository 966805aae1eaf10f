"""The runtime view of the spec: plain frozen records that generated modules instantiate.

The generator (``codegen/``) turns ``spec/*.yaml`` into instances of these classes in
``esinference/_gen/``; the request builder, the redactor and the local server read them.
Nothing here knows about any particular endpoint or service. The records are NamedTuples
where they can be (immutable, and much cheaper to define at import than dataclasses).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Literal, NamedTuple, NoReturn

# Value kinds a parameter or settings field can have. The request builder checks values
# against them before any I/O; the generator maps them to Python annotations.
#   str        a non-empty string (ids) or any string (other params)
#   bool       True / False
#   int        an int that is not a bool
#   float      an int or float that is not a bool
#   time       an Elasticsearch duration: a string such as "30s", or -1 / 0
#   str_list   a string or a sequence of strings (comma-joined in a query)
#   list_str   a sequence of strings
#   object     a mapping with string keys (free-form JSON object)
#   any        any JSON value
#   list       a sequence of JSON values
#   enum       one of ``Param.values``
Kind = Literal[
    "str", "bool", "int", "float", "time", "str_list", "list_str", "object", "any", "list", "enum"
]
# Where a parameter goes: the path template, the query string or a field of the JSON body.
Location = Literal["path", "query", "body"]
# What the body is: no body; the body fields' parameters (plus ``body=``); one argument's value.
BodyKind = Literal["none", "fields", "whole"]
# A settings field is one of the parameter kinds, or a nested settings object.
FieldKind = Literal[Kind, "struct"]


def unknown(value: NoReturn, what: str) -> NoReturn:
    """Reject a value outside its ``Literal`` type: mypy checks every caller's matching is
    exhaustive (``value`` is typed ``Never``), and at run time a record built by hand with a
    misspelt kind fails loudly instead of being accepted as anything."""
    raise ValueError(f"unknown {what}: {value!r}")


class Param(NamedTuple):
    """One argument of a client method as it appears on the wire."""

    name: str  # Python keyword argument name
    wire_name: str  # name in the path template, query string or JSON body
    location: Location
    kind: Kind
    required: bool = False
    values: tuple[str, ...] = ()  # allowed values for kind == "enum"


ParamRow = tuple[str, str, Location, Kind, bool, tuple[str, ...]]


def params(*rows: ParamRow) -> tuple[Param, ...]:
    """An endpoint's Param descriptors from rows of all six fields. The rows are constants and
    ``tuple.__new__`` runs in C: ~400 ``Param(...)`` calls cost a millisecond at import."""
    return tuple(map(_param_from_row, rows))


# ``Param(*row)`` without a Python frame per row (NamedTuple's ``_make`` minus its length check).
_param_from_row: Callable[[ParamRow], Param] = partial(tuple.__new__, Param)


class Endpoint(NamedTuple):
    """Everything the request builder needs to turn keyword arguments into a request."""

    name: str  # method name, e.g. "put_openai"
    api: str  # Elasticsearch API id, e.g. "inference.put_openai"
    method: str  # HTTP method
    paths: tuple[str, ...]  # templates in the order they are tried: first fully bound wins
    params: tuple[Param, ...]
    body_kind: BodyKind
    body_param: str | None = None  # for body_kind "whole": the argument holding the body
    body_required: bool = False
    streaming: bool = False  # response is text/event-stream


class SettingField(NamedTuple):
    """One field of a service's service_settings, task_settings or a nested settings type."""

    name: str
    kind: FieldKind
    required: bool
    secret: bool
    values: tuple[str, ...] = ()  # for kind "enum"
    struct: str | None = None  # for kind "struct": name of the nested type


class Service(NamedTuple):
    """A service literal, the task types it supports and the settings it takes."""

    name: str  # the literal sent as "service", e.g. "alibabacloud-ai-search"
    put_method: str
    task_types: tuple[str, ...]
    service_settings: tuple[SettingField, ...]
    task_settings: tuple[SettingField, ...] | None  # None: the put method has no task_settings
    chunking_settings: bool  # whether the put method takes chunking_settings
    # A settings map whose every value is secret (e.g. custom's secret_parameters).
    secret_maps: tuple[str, ...] = ()


# Where an embedding answer holds its vectors, by element type (float, byte, bit): the variant
# keys of the spec's TextEmbeddingInferenceResult and (9.5) EmbeddingInferenceResult.
DENSE_RESULT_KEYS: Mapping[str, tuple[str, str, str]] = {
    "text_embedding": ("text_embedding", "text_embedding_bytes", "text_embedding_bits"),
    "embedding": ("embeddings", "embeddings_bytes", "embeddings_bits"),
}
# The keys an answer of each embedding task type holds its results under.
RESULT_KEYS: Mapping[str, tuple[str, ...]] = {
    **DENSE_RESULT_KEYS,
    "sparse_embedding": ("sparse_embedding",),
}
# Every key an inference result may hold (the spec's InferenceResult; tests tie the two).
RESULT_KINDS = frozenset(
    {key for keys in RESULT_KEYS.values() for key in keys} | {"rerank", "completion"}
)


# -- the command line's table (esinference._gen.cli, read by esinference.cli) ---------------

# How one occurrence of an option's value is read:
#   text          the text as given
#   int, float    the text, converted
#   flag          a pair: --flag sends true, --no-flag sends false
#   duration      an Elasticsearch duration with its unit ("30s"), or -1 / 0
#   choice        one of ``CliOption.choices``
#   json          a JSON value (a usage error if it is not JSON)
#   json_object   a JSON object
#   text_or_json  a JSON object or array if it starts with { or [, else the text
# Every JSON-read value may also be given as @FILE, or - for standard input.
CliReads = Literal[
    "text", "int", "float", "flag", "duration", "choice", "json", "json_object", "text_or_json"
]
# How repeated occurrences combine:
#   one           a single value (given again, the last one counts)
#   list          every value, in order, sent as a list; a JSON array adds each of its items
#   one_or_list   as ``list``, but a lone value that is not an array is sent as itself
CliCollects = Literal["one", "list", "one_or_list"]


class CliOption(NamedTuple):
    """One option of a subcommand: ``flag`` sets the method's keyword argument ``dest``."""

    flag: str
    dest: str
    reads: CliReads
    collects: CliCollects
    required: bool
    choices: tuple[str, ...]
    default: str | None  # the only allowed value (e.g. put_openai's service), else None
    help: str  # plain text for a terminal, one paragraph


class CliCommand(NamedTuple):
    """A subcommand that calls ``client.inference.<method>``; texts are plain, for a terminal."""

    name: str
    method: str
    summary: str
    description: str  # wrapped paragraphs, trimmed, ending with the documentation's URL
    streaming: bool
    options: tuple[CliOption, ...]
