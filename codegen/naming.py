"""Naming rules shared by the validator, the model and the templates: one place for all of them."""

from __future__ import annotations

import keyword
import re

# Spec kinds usable on endpoint parameters, and the runtime kind each one becomes.
PARAM_KINDS: dict[str, str] = {
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


def annotation(kind: str, values: tuple[str, ...] = ()) -> str:
    """The Python annotation (without ``| None``) for a parameter of a given spec kind."""
    if kind in ("task_type", "service"):
        return literal(values)
    return _ANNOTATIONS[PARAM_KINDS[kind]]


def path_params_of(template: str) -> tuple[str, ...]:
    """``/_inference/{task_type}/{inference_id}`` -> ``("task_type", "inference_id")``."""
    return tuple(re.findall(r"\{([^}]+)\}", template))
