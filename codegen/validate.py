"""Stage 2: check the raw spec and report every problem at once, each with its location.

A location reads ``<file>: <endpoint or service>: <field path>``, so a maintainer can go
straight to the line. Nothing is modelled until the spec is free of problems.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .load import RawSpec
from .naming import (
    CLI_OMITTED_ARGUMENTS,
    CLI_RESERVED_OPTIONS,
    CLI_RESERVED_STREAMING_OPTIONS,
    PARAM_KINDS,
    SETTING_TYPES,
    field_type_names,
    flag,
    is_identifier,
    path_params_of,
)

ENDPOINT_KEYS = {
    "name", "api", "summary", "description", "docs_url", "method", "paths", "service",
    "path_params", "query_params", "body", "response", "streaming", "experimental",
}  # fmt: skip
ENDPOINT_REQUIRED = ("name", "api", "summary", "docs_url", "method", "paths", "body", "response")
PARAM_KEYS = {"kind", "required", "doc", "alias", "server_default", "type"}
BODY_KEYS = {
    "none": {"kind"},
    "fields": {"kind", "fields"},
    "whole": {"kind", "param", "required", "doc", "type"},
}
METHODS = {"GET", "PUT", "POST", "DELETE", "HEAD"}
SERVICE_KEYS = {"name", "title", "type_name", "put_method", "task_types", "service_settings",
                "task_settings", "secret_maps"}  # fmt: skip
SERVICE_REQUIRED = ("name", "title", "type_name", "put_method", "task_types", "service_settings")
FIELD_KEYS = {"type", "required", "secret", "doc", "server_default", "values"}


class SpecError(Exception):
    """The spec has problems; ``problems`` lists every one of them."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the spec:\n" + "\n".join(problems))
        self.problems = problems


def _unknown_keys(where: str, data: dict[str, Any], allowed: Iterable[str]) -> list[str]:
    allowed = sorted(allowed)
    return [
        f"{where}: unknown key '{key}' (allowed: {', '.join(allowed)})"
        for key in data
        if key not in allowed
    ]


def validate(raw: RawSpec) -> None:
    """Raise ``SpecError`` listing every problem; return quietly when the spec is sound."""
    problems: list[str] = []
    task_types = _check_common(raw, problems)
    type_names = _check_types(raw, problems)
    endpoints_by_name: dict[str, tuple[str, dict[str, Any]]] = {}
    for path, doc in raw.endpoints.items():
        name = doc.get("name")
        if isinstance(name, str) and name in endpoints_by_name:
            problems.append(
                f"{path}: endpoint {name}: duplicate name (also in {endpoints_by_name[name][0]})"
            )
        elif isinstance(name, str):
            endpoints_by_name[name] = (path, doc)
    services: dict[str, str] = {}
    for path, doc in raw.services.items():
        name = doc.get("name")
        if isinstance(name, str) and name in services:
            problems.append(f"{path}: service {name}: duplicate name (also in {services[name]})")
        elif isinstance(name, str):
            services[name] = path
        _check_service(path, doc, task_types, type_names, endpoints_by_name, problems)
    service_docs = {str(doc.get("name")): doc for doc in raw.services.values()}
    for path, doc in raw.endpoints.items():
        _check_endpoint(path, doc, service_docs, raw.common, raw.types, problems)
    if problems:
        raise SpecError(problems)


def _check_common(raw: RawSpec, problems: list[str]) -> set[str]:
    where = "spec/common.yaml"
    problems += _unknown_keys(where, raw.common, {"task_types", "common_query_params"})
    task_types = raw.common.get("task_types")
    if not isinstance(task_types, list) or not task_types:
        problems.append(f"{where}: task_types: must be a non-empty list")
        return set()
    if len(set(task_types)) != len(task_types):
        problems.append(f"{where}: task_types: duplicate task type")
    for name, param in (raw.common.get("common_query_params") or {}).items():
        _check_param(f"{where}: common_query_params.{name}", name, param, problems)
    return set(task_types)


def _check_types(raw: RawSpec, problems: list[str]) -> set[str]:
    where = "spec/types.yaml"
    problems += _unknown_keys(where, raw.types, {"structs", "enums", "responses"})
    structs = raw.types.get("structs") or {}
    enums = raw.types.get("enums") or {}
    names = set(structs) | set(enums)
    for name, values in enums.items():
        if not isinstance(values, list) or not values:
            problems.append(f"{where}: enums.{name}: must be a non-empty list of values")
    for name, fields in structs.items():
        _check_fields(f"{where}: structs.{name}", fields, names, problems)
    for name, struct in (raw.types.get("responses") or {}).items():
        if struct not in structs:
            problems.append(f"{where}: responses.{name}: no struct named '{struct}'")
    return names


def _check_fields(where: str, fields: Any, type_names: set[str], problems: list[str]) -> None:
    if not isinstance(fields, dict):
        problems.append(f"{where}: must be a mapping of field name to field")
        return
    for name, field in fields.items():
        at = f"{where}.{name}"
        if not isinstance(field, dict):
            problems.append(f"{at}: must be a mapping")
            continue
        problems += _unknown_keys(at, field, FIELD_KEYS)
        ftype = field.get("type")
        if ftype is None:
            problems.append(f"{at}: missing key 'type'")
            continue
        for unknown in sorted(field_type_names(str(ftype)) - type_names):
            problems.append(
                f"{at}: unknown type '{unknown}' (a plain type: {', '.join(sorted(SETTING_TYPES))};"
                " list[T]; dict[str, T]; or a struct or enum of spec/types.yaml)"
            )


def _check_param(where: str, name: str, param: Any, problems: list[str]) -> None:
    if not isinstance(param, dict):
        problems.append(f"{where}: must be a mapping")
        return
    problems += _unknown_keys(where, param, PARAM_KEYS)
    kind = param.get("kind")
    if kind not in PARAM_KINDS:
        problems.append(
            f"{where}: unknown kind '{kind}' (allowed: {', '.join(sorted(PARAM_KINDS))})"
        )
    alias = param.get("alias")
    if alias is not None and not is_identifier(str(alias)):
        problems.append(f"{where}: alias '{alias}' is not a usable Python argument name")
    if alias is None and not is_identifier(name):
        problems.append(
            f"{where}: '{name}' is not a usable Python argument name (a keyword or not an"
            " identifier): give it an alias"
        )


def _check_endpoint(
    path: str,
    doc: dict[str, Any],
    services: dict[str, dict[str, Any]],
    common: dict[str, Any],
    types: dict[str, Any],
    problems: list[str],
) -> None:
    where = f"{path}: endpoint {doc.get('name', '?')}"
    problems += _unknown_keys(where, doc, ENDPOINT_KEYS)
    problems += [f"{where}: missing key '{key}'" for key in ENDPOINT_REQUIRED if key not in doc]
    name = doc.get("name")
    if isinstance(name, str) and not is_identifier(name):
        problems.append(f"{where}: name '{name}' is not a usable Python method name")
    if doc.get("method") not in METHODS:
        problems.append(f"{where}: method: '{doc.get('method')}' is not one of {sorted(METHODS)}")
    responses = {"sse", "any", *(types.get("responses") or {})}
    if doc.get("response") not in responses:
        problems.append(
            f"{where}: response: '{doc.get('response')}' is not one of {sorted(responses)}"
        )
    if doc.get("streaming", False) not in (True, False):
        problems.append(f"{where}: streaming: must be true or false")
    elif bool(doc.get("streaming")) != (doc.get("response") == "sse"):
        problems.append(f"{where}: streaming: a streaming endpoint has response sse, and only it")
    service = doc.get("service")
    if service is not None and service not in services:
        problems.append(f"{where}: service: no service named '{service}' in spec/services")
    path_params = doc.get("path_params") or {}
    seen: dict[str, str] = {}  # python argument name -> where it was declared
    for group in ("path_params", "query_params"):
        for pname, param in (doc.get(group) or {}).items():
            _check_param(f"{where}: {group}.{pname}", pname, param, problems)
            _claim(seen, pname, param, f"{group}.{pname}", where, problems)
            if isinstance(param, dict) and param.get("kind") == "service" and service is None:
                problems.append(f"{where}: {group}.{pname}: kind 'service' needs a 'service' key")
    for pname in common.get("common_query_params") or {}:
        _claim(seen, pname, {}, f"common_query_params.{pname}", where, problems)
    _check_paths(where, doc.get("paths"), path_params, problems)
    _check_body(where, doc.get("body"), service, services.get(str(service)), seen, problems)
    _check_cli_flags(where, seen, doc.get("streaming") is True, problems)
    _check_argument_types(where, doc, types, problems)


def _claim(
    seen: dict[str, str], name: str, param: Any, at: str, where: str, problems: list[str]
) -> None:
    pyname = param.get("alias") or name if isinstance(param, dict) else name
    if pyname in seen:
        problems.append(f"{where}: {at}: duplicate argument '{pyname}' (also {seen[pyname]})")
    seen[pyname] = at


def _check_argument_types(
    where: str, doc: dict[str, Any], types: dict[str, Any], problems: list[str]
) -> None:
    """An argument's ``type`` (its annotation, e.g. a union with a struct) names known types."""
    body: dict[str, Any] = doc["body"] if isinstance(doc.get("body"), dict) else {}
    groups = {"path_params": doc.get("path_params"), "query_params": doc.get("query_params"),
              "body.fields": body.get("fields")}  # fmt: skip
    typed: dict[str, Any] = {"body": body}
    for group, params in groups.items():
        if isinstance(params, dict):
            typed.update({f"{group}.{name}": param for name, param in params.items()})
    known = set(types.get("structs") or {}) | set(types.get("enums") or {})
    for at, param in typed.items():
        if isinstance(param, dict) and "type" in param:
            for unknown in sorted(field_type_names(str(param["type"])) - known):
                problems.append(f"{where}: {at}.type: unknown type '{unknown}'")


def _check_cli_flags(
    where: str, seen: dict[str, str], streaming: bool, problems: list[str]
) -> None:
    """Every argument becomes a subcommand option: they must not clash with each other or ours."""
    reserved = CLI_RESERVED_OPTIONS | (CLI_RESERVED_STREAMING_OPTIONS if streaming else set())
    flags: dict[str, str] = {}
    for pyname, at in seen.items():
        if pyname in CLI_OMITTED_ARGUMENTS:
            continue
        option = flag(pyname)
        if option in reserved:
            problems.append(
                f"{where}: {at}: its command-line option {option} is reserved; give it an alias"
            )
        elif option in flags:
            problems.append(
                f"{where}: {at}: its command-line option {option} is also that of {flags[option]}"
            )
        flags[option] = at


def _check_paths(where: str, paths: Any, path_params: dict[str, Any], problems: list[str]) -> None:
    if not isinstance(paths, list) or not paths:
        problems.append(f"{where}: paths: must be a non-empty list of path templates")
        return
    used: set[str] = set()
    for template in paths:
        names = path_params_of(str(template))
        used.update(names)
        for pname in names:
            if pname not in path_params:
                problems.append(
                    f"{where}: paths: '{template}' uses {{{pname}}}, which is not in path_params"
                )
        for pname, param in path_params.items():
            if isinstance(param, dict) and param.get("required") and pname not in names:
                problems.append(
                    f"{where}: paths: '{template}' lacks the required path param {{{pname}}}"
                )
    for pname in path_params:
        if pname not in used:
            problems.append(f"{where}: path_params.{pname}: not used by any path template")


def _check_body(
    where: str,
    body: Any,
    service_name: str | None,
    service: dict[str, Any] | None,
    seen: dict[str, str],
    problems: list[str],
) -> None:
    if not isinstance(body, dict) or body.get("kind") not in BODY_KEYS:
        problems.append(f"{where}: body: must be a mapping with kind none, fields or whole")
        return
    kind = body["kind"]
    problems += _unknown_keys(f"{where}: body", body, BODY_KEYS[kind])
    if kind == "whole":
        param = body.get("param")
        if not isinstance(param, str) or not is_identifier(param):
            problems.append(f"{where}: body.param: must name the argument holding the body")
        else:
            _claim(seen, param, {}, "body.param", where, problems)
    if kind == "fields":
        fields = body.get("fields")
        if not isinstance(fields, dict) or not fields:
            problems.append(f"{where}: body.fields: must be a non-empty mapping")
            return
        for fname, param in fields.items():
            _check_param(f"{where}: body.fields.{fname}", fname, param, problems)
            _claim(seen, fname, param, f"body.fields.{fname}", where, problems)
            fkind = param.get("kind") if isinstance(param, dict) else None
            if fkind in ("service", "service_settings", "task_settings") and service_name is None:
                problems.append(
                    f"{where}: body.fields.{fname}: kind '{fkind}' needs a 'service' key"
                )
            elif fkind == "task_settings" and service and service.get("task_settings") is None:
                problems.append(
                    f"{where}: body.fields.{fname}: service '{service.get('name')}' declares no"
                    " task_settings"
                )
    if kind != "none":
        _claim(seen, "body", {}, "body", where, problems)


def _check_service(
    path: str,
    doc: dict[str, Any],
    task_types: set[str],
    type_names: set[str],
    endpoints: dict[str, tuple[str, dict[str, Any]]],
    problems: list[str],
) -> None:
    where = f"{path}: service {doc.get('name', '?')}"
    problems += _unknown_keys(where, doc, SERVICE_KEYS)
    problems += [f"{where}: missing key '{key}'" for key in SERVICE_REQUIRED if key not in doc]
    service_task_types = doc.get("task_types")
    if not isinstance(service_task_types, list) or not service_task_types:
        problems.append(f"{where}: task_types: a service needs at least one task type")
    else:
        for task_type in service_task_types:
            if task_type not in task_types:
                problems.append(
                    f"{where}: task_types: '{task_type}' is not a task type of spec/common.yaml"
                    f" ({', '.join(sorted(task_types))})"
                )
    put_method = doc.get("put_method")
    if put_method is not None:
        endpoint = endpoints.get(str(put_method))
        if endpoint is None:
            problems.append(f"{where}: put_method: no endpoint named '{put_method}'")
        elif endpoint[1].get("service") != doc.get("name"):
            problems.append(
                f"{where}: put_method: endpoint '{put_method}' ({endpoint[0]}) does not declare"
                f" service: {doc.get('name')}"
            )
    for group in ("service_settings", "task_settings"):
        if doc.get(group) is not None:
            _check_fields(f"{where}: {group}", doc[group], type_names, problems)
    settings = doc.get("service_settings") or {}
    for name in doc.get("secret_maps") or []:
        if name not in settings:
            problems.append(f"{where}: secret_maps: '{name}' is not a service_settings field")
