"""Naming rules shared by the validator, the model and the templates: one place for all of them."""

from __future__ import annotations

import keyword
import re
from typing import Literal, NoReturn

# The request builder's vocabulary (esinference._spec_types: Kind, Location, BodyKind; a test
# pins them equal): what a value is checked as, where it goes, what the body is.
RuntimeKind = Literal[
    "str", "bool", "int", "float", "time", "str_list", "list_str", "object", "any", "list", "enum"
]
Location = Literal["path", "query", "body"]
BodyKind = Literal["none", "fields", "whole"]


def unknown(value: NoReturn, what: str) -> NoReturn:
    """The end of an exhaustive match: mypy proves it unreachable (``value`` is ``Never``)."""
    raise ValueError(f"unknown {what}: {value!r}")


# Spec kinds usable on endpoint parameters, and the runtime kind each one becomes.
PARAM_KINDS: dict[str, RuntimeKind] = {
    "str": "str",
    "bool": "bool",
    "int": "int",
    "float": "float",
    "time": "time",
    "str_list": "str_list",
    "list_str": "list_str",
    "object": "object",
    "any": "any",
    "list": "list",
    "task_type": "enum",  # values: the service's task types, else every task type
    "service": "enum",  # values: the endpoint's service literal
    "service_settings": "object",
    "task_settings": "object",
    "chunking_settings": "object",
}

# Plain types usable on settings fields; anything else must name a struct or an enum of types.yaml.
SETTING_TYPES: dict[str, str] = {
    "str": "str",
    "bool": "bool",
    "int": "int",
    "float": "float",
    "list_str": "Sequence[str]",
    "any": "Any",
}

# The response class (esinference.response) each answer body is read through. A body with
# mutually exclusive variant keys (every key optional) must have one: its natural reading is the
# reader's typed property, since no variant key can honestly be typed as always present.
ANSWER_READERS: dict[str, str] = {
    "CompletionInferenceResult": "CompletionResponse",
    "EmbeddingInferenceResult": "EmbeddingResponse",
    "InferenceResult": "InferenceResponse",
    "RerankedInferenceResult": "RerankResponse",
    "SparseEmbeddingInferenceResult": "SparseEmbeddingResponse",
    "TextEmbeddingInferenceResult": "TextEmbeddingResponse",
}


def response_class(response_type: str) -> str:
    """The class a method returns for an answer body type: a reader, else ObjectApiResponse."""
    return ANSWER_READERS.get(response_type, "ObjectApiResponse")


_ANNOTATIONS: dict[str, str] = {
    "str": "str",
    "bool": "bool",
    "int": "int",
    "float": "float",
    "time": "str | Literal[-1, 0]",
    "str_list": "str | Sequence[str]",
    "list_str": "Sequence[str]",
    "object": "Mapping[str, Any]",
    "any": "Any",
    "list": "Sequence[Any]",
}


def field_annotation(ftype: str, arguments: bool = False) -> str | None:
    """Annotation of a field type (settings, responses, typed arguments), or None if it names
    no known shape.

    ``A | B`` is a union; ``list[T]`` and ``dict[str, T]`` nest; a plain type maps through
    SETTING_TYPES; anything else is returned as is (a struct or enum name, checked by the
    caller). For a method's ``arguments`` a list is any ``Sequence``, as elasticsearch-py has it.
    A union's lists become one ``Sequence[A | B]``: mypy cannot match a list display against
    ``Sequence[A] | Sequence[B]`` when B is a TypedDict (it tries only the first).
    """
    members = union_members(ftype)
    if len(members) > 1:
        items = [_list_item(m) for m in members]
        lists = [item for item in items if item is not None]
        if len(lists) > 1:
            single = [m for m, item in zip(members, items, strict=True) if item is None]
            members = [*single, f"list[{' | '.join(lists)}]"]
            arguments = True  # several kinds of list in one: any Sequence of them
        each = [field_annotation(m, arguments) for m in members]
        return None if None in each else " | ".join(str(m) for m in each)
    match = re.fullmatch(r"list\[(.+)\]", ftype)
    if match:
        inner = field_annotation(match.group(1), arguments)
        return f"{'Sequence' if arguments else 'list'}[{inner}]" if inner else None
    match = re.fullmatch(r"dict\[str, (.+)\]", ftype)
    if match:
        inner = field_annotation(match.group(1), arguments)
        return f"dict[str, {inner}]" if inner else None
    return SETTING_TYPES.get(ftype, ftype)


def _list_item(ftype: str) -> str | None:
    """The item type of a list type (``list_str`` -> ``str``), else None."""
    match = re.fullmatch(r"list\[(.+)\]", ftype)
    return "str" if ftype == "list_str" else match.group(1) if match else None


def union_members(ftype: str) -> list[str]:
    """``str | list[A | B]`` -> ``["str", "list[A | B]"]``: split at the top level only."""
    members, depth, start = [], 0, 0
    for i, char in enumerate(ftype):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            members.append(ftype[start:i].strip())
            start = i + 1
    return [*members, ftype[start:].strip()]


def field_type_names(ftype: str) -> set[str]:
    """Struct and enum names in a field type: ``list[RankedDocument]`` -> {RankedDocument}."""
    names = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", ftype)) - {"list", "dict"}
    return {n for n in names if n not in SETTING_TYPES}


_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")


def is_identifier(name: str) -> bool:
    """A lower-case Python identifier that is not a keyword (method and argument names)."""
    return bool(_IDENT.match(name)) and not keyword.iskeyword(name)


def python_name(wire_name: str, alias: str | None) -> str:
    """The keyword argument for a wire name: the alias if the spec gives one, else the name."""
    return alias or wire_name


def constant_name(name: str) -> str:
    """Module-level constant for an endpoint or service: ``put_openai`` -> ``PUT_OPENAI``."""
    return re.sub(r"[^A-Za-z0-9]", "_", name).upper()


def literal(values: tuple[str, ...]) -> str:
    """``Literal["a", "b"]`` for a tuple of string values."""
    return "Literal[" + ", ".join(f'"{v}"' for v in values) + "]"


# The struct of spec/types.yaml that types every chunking_settings argument.
CHUNKING_SETTINGS_TYPE = "InferenceChunkingSettings"


def settings_type(prefix: str, kind: str) -> str:
    """The generated TypedDict for a service's settings: ``OpenAI`` -> ``OpenAIServiceSettings``."""
    return prefix + {"service_settings": "ServiceSettings", "task_settings": "TaskSettings"}[kind]


def annotation(kind: str, values: tuple[str, ...] = (), settings_prefix: str | None = None) -> str:
    """The Python annotation (without ``| None``) for a parameter of a given spec kind."""
    if kind in ("task_type", "service"):
        return literal(values)
    if settings_prefix and kind in ("service_settings", "task_settings"):
        return settings_type(settings_prefix, kind)
    if kind == "chunking_settings":
        return CHUNKING_SETTINGS_TYPE
    return _ANNOTATIONS[PARAM_KINDS[kind]]


def path_params_of(template: str) -> tuple[str, ...]:
    """``/_inference/{task_type}/{inference_id}`` -> ``("task_type", "inference_id")``."""
    return tuple(re.findall(r"\{([^}]+)\}", template))


# -- the command line (esinference.cli, through the table in _gen/cli.py) ------------------

# How the CLI reads an option's value and combines repeated ones (esinference._spec_types:
# CliReads, CliCollects; a test pins them equal).
CliReads = Literal[
    "text", "int", "float", "flag", "duration", "choice", "json", "json_object", "text_or_json"
]
CliCollects = Literal["one", "list", "one_or_list"]

# Options the CLI itself gives every subcommand (help, the connection and output options),
# or every streaming one (--text): an argument must not become one of them.
CLI_RESERVED_OPTIONS = frozenset(
    {"--help", "--url", "--api-key", "--basic-auth", "--ca-certs", "--insecure",
     "--request-timeout", "--pretty", "--no-pretty", "--version"}
)  # fmt: skip
CLI_RESERVED_STREAMING_OPTIONS = frozenset({"--text"})
# Arguments that get no option. The CLI decodes each answer and prints it itself, so how the
# server formats it (``pretty``) changes nothing: --pretty/--no-pretty is the CLI's own.
CLI_OMITTED_ARGUMENTS = frozenset({"pretty"})

_CLI_READS: dict[RuntimeKind, CliReads] = {
    "str": "text", "str_list": "text", "list_str": "text", "enum": "choice", "bool": "flag",
    "int": "int", "float": "float", "time": "duration", "object": "json_object",
    "list": "json", "any": "json",
}  # fmt: skip


def flag(python_name: str) -> str:
    """The option for an argument: ``inference_id`` -> ``--inference-id``; ``from_`` -> ``--from``.

    Options need no keyword escaping, so an alias's trailing underscore is dropped.
    """
    return "--" + python_name.rstrip("_").replace("_", "-")


def cli_value(kind: RuntimeKind, spec_type: str | None) -> tuple[CliReads, CliCollects]:
    """How the CLI reads an argument of a runtime ``kind`` (and spec ``type``, for ``any``).

    A union that admits a plain string (rerank's ``input``: ``str | list_str | RerankInputObject
    | list[RerankInputObject]``) reads text unless it looks like JSON; one with list members
    collects every occurrence of its option.
    """
    if kind == "any" and spec_type is not None:
        members = union_members(spec_type)
        lists = [m for m in members if _list_item(m) is not None]
        reads: CliReads = "text_or_json" if {"str", "list_str"} & set(members) else "json"
        if not lists:
            return reads, "one"
        return reads, "list" if len(lists) == len(members) else "one_or_list"
    collects: dict[RuntimeKind, CliCollects] = {
        "str_list": "one_or_list", "list_str": "list", "list": "list"
    }  # fmt: skip
    return _CLI_READS[kind], collects.get(kind, "one")
