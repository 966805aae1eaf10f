"""Stage 3: turn the validated raw spec into frozen records shaped for the templates.

Everything a template needs (argument order, annotations, docstrings, constant names) is
computed here, so templates only loop and branch.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from .load import RawSpec
from .naming import (
    CLI_KINDS,
    PARAM_KINDS,
    SETTING_TYPES,
    annotation,
    cli_command,
    cli_flag,
    constant_name,
    field_annotation,
    path_params_of,
    response_class,
)


@dataclass(frozen=True)
class ParamModel:
    name: str  # Python argument name
    wire_name: str
    location: str  # path | query | body
    kind: str  # spec kind (task_type, service, str, ...)
    runtime_kind: str  # kind checked at run time (esinference._spec_types.KINDS)
    required: bool  # required by the API (checked at run time)
    signature_required: bool  # no default in the Python signature
    values: tuple[str, ...]
    annotation: str
    doc: str


@dataclass(frozen=True)
class CliOptionModel:
    """One option of an endpoint's subcommand (read by esinference.cli)."""

    flag: str  # --inference-id
    dest: str  # the method's keyword argument
    kind: str  # how the value is read (naming.CLI_KINDS)
    required: bool
    choices: tuple[str, ...]
    default: str | None  # an enum with a single value needs no typing
    help: str


@dataclass(frozen=True)
class EndpointModel:
    name: str
    api: str
    summary: str
    description: str
    docs_url: str
    const: str
    method: str
    paths: tuple[str, ...]
    params: tuple[ParamModel, ...]  # runtime order: path, query (sorted), body fields (spec order)
    signature: tuple[ParamModel, ...]  # Python signature order (elasticsearch-py's)
    body_kind: str  # none | fields | whole
    body_param: str | None  # whole: the argument holding the body
    body_required: bool
    service: str | None
    response: str
    response_type: str  # annotation of the body, e.g. "TextEmbeddingInferenceResult"
    response_class: str  # what a call returns, e.g. "TextEmbeddingResponse" (esinference.response)
    streaming: bool
    experimental: bool  # elasticsearch-py warns (GeneralAvailabilityWarning) on every call
    docstring: str
    cli_name: str  # the subcommand, e.g. put-openai
    cli_description: str  # summary, description and docs URL, wrapped for --help
    cli_options: tuple[CliOptionModel, ...]  # in signature order

    @property
    def answer_annotation(self) -> str:
        """What a non-streaming call returns, e.g. ``TextEmbeddingResponse[TextEmbedding...]``."""
        return f"{self.response_class}[{self.response_type}]"

    @property
    def has_reader(self) -> bool:
        """Whether the answer is handed out as a reader class rather than ObjectApiResponse."""
        return self.response_class != "ObjectApiResponse"


@dataclass(frozen=True)
class FieldModel:
    name: str
    type: str  # plain type, struct or enum name
    runtime_kind: str
    required: bool
    secret: bool
    doc: str
    values: tuple[str, ...]
    struct: str | None
    annotation: str  # in the generated TypedDict


@dataclass(frozen=True)
class ServiceModel:
    name: str
    title: str
    type_name: str  # prefix of the settings TypedDicts, e.g. "OpenAI" -> OpenAIServiceSettings
    const: str
    put_method: str
    task_types: tuple[str, ...]
    service_settings: tuple[FieldModel, ...]
    task_settings: tuple[FieldModel, ...] | None
    chunking_settings: bool
    secret_maps: tuple[str, ...]


# Placeholders by runtime kind in the docs' examples: valid values of the field's type.
EXAMPLE_VALUES = {"str": '"..."', "int": "1", "float": "1.0", "bool": "True", "any": "{}"}
EXAMPLE_VALUES |= {"list_str": '["..."]', "list": "[]", "object": "{}"}


@dataclass(frozen=True)
class SpecModel:
    task_types: tuple[str, ...]
    endpoints: tuple[EndpointModel, ...]  # sorted by name
    services: tuple[ServiceModel, ...]  # sorted by name
    structs: dict[str, tuple[FieldModel, ...]]
    enums: dict[str, tuple[str, ...]]
    spec_commit: str = ""  # the Elasticsearch specification commit spec/ was imported from

    def nested_structs(
        self, fields: tuple[FieldModel, ...]
    ) -> list[tuple[str, tuple[FieldModel, ...]]]:
        """Structs the fields refer to, directly or through other structs, in first-seen order."""
        found: dict[str, tuple[FieldModel, ...]] = {}
        pending = list(fields)
        while pending:
            field = pending.pop(0)
            for name in sorted(self.structs):
                if (
                    name not in found
                    and name in field.annotation.replace("[", " ").replace("]", " ").split()
                ):
                    found[name] = self.structs[name]
                    pending.extend(self.structs[name])
        return list(found.items())

    def example_value(self, field: FieldModel) -> str:
        """A Python literal of the field's type for the docs' examples, so they type-check."""
        if field.struct:
            inner = ", ".join(
                f'"{f.name}": {self.example_value(f)}'
                for f in self.structs[field.struct]
                if f.required
            )
            return "{" + inner + "}"
        if field.values:
            return f'"{field.values[0]}"'
        return EXAMPLE_VALUES.get(field.runtime_kind, "...")

    @property
    def type_names(self) -> tuple[str, ...]:
        """Every name the generated types module defines, sorted."""
        names = set(self.structs) | set(self.enums)
        for s in self.services:
            names.add(s.type_name + "ServiceSettings")
            if s.task_settings is not None:
                names.add(s.type_name + "TaskSettings")
        return tuple(sorted(names))

    @property
    def response_classes(self) -> tuple[str, ...]:
        """The response classes the client methods return, sorted."""
        return tuple(sorted({e.response_class for e in self.endpoints if not e.streaming}))

    @property
    def client_type_imports(self) -> tuple[str, ...]:
        """Names of generated types that the client methods' annotations use."""
        known = (
            set(self.structs)
            | set(self.enums)
            | {
                s.type_name + suffix
                for s in self.services
                for suffix in ("ServiceSettings", "TaskSettings")
            }
        )
        used = {p.annotation for e in self.endpoints for p in e.signature}
        used |= {e.response_type for e in self.endpoints}
        return tuple(sorted(used & known))


def build_model(raw: RawSpec) -> SpecModel:
    """Build the template model from a spec that ``validate`` accepted."""
    task_types = tuple(raw.common["task_types"])
    enums = {name: tuple(values) for name, values in sorted((raw.types.get("enums") or {}).items())}
    structs_raw = raw.types.get("structs") or {}
    structs = {
        name: _fields(fields, enums, set(structs_raw))
        for name, fields in sorted(structs_raw.items())
    }
    services_raw = {doc["name"]: doc for doc in raw.services.values()}
    responses = dict(raw.types.get("responses") or {})
    endpoints = tuple(
        sorted(
            (
                _endpoint(doc, raw.common, task_types, services_raw, responses)
                for doc in raw.endpoints.values()
            ),
            key=lambda e: e.name,
        )
    )
    bodies = {e.name: e for e in endpoints}
    services = tuple(
        _service(doc, bodies[doc["put_method"]], enums, set(structs_raw))
        for _, doc in sorted(services_raw.items())
    )
    commit = str(raw.upstream.get("commit", ""))
    return SpecModel(task_types, endpoints, services, structs, enums, commit)


def _param(
    name: str,
    raw: dict[str, Any],
    location: str,
    values: tuple[str, ...],
    in_signature_required: bool,
    settings_prefix: str | None = None,
) -> ParamModel:
    kind = raw["kind"]
    return ParamModel(
        name=raw.get("alias") or name,
        wire_name=name,
        location=location,
        kind=kind,
        runtime_kind=PARAM_KINDS[kind],
        required=bool(raw.get("required")),
        signature_required=in_signature_required,
        values=values if kind in ("task_type", "service") else (),
        annotation=annotation(kind, values, settings_prefix),
        doc=" ".join(str(raw.get("doc", "")).split()),
    )


def _endpoint(
    doc: dict[str, Any],
    common: dict[str, Any],
    task_types: tuple[str, ...],
    services: dict[str, dict[str, Any]],
    responses: dict[str, str],
) -> EndpointModel:
    service = doc.get("service")
    allowed = tuple(services[service]["task_types"]) if service else task_types

    def values(kind: str) -> tuple[str, ...]:
        if kind == "task_type":
            return allowed
        return (str(service),) if kind == "service" else ()

    # The most specific template orders the path params (elasticsearch-py's signature order).
    longest = max(doc["paths"], key=lambda p: len(path_params_of(p)))
    order = {n: i for i, n in enumerate(path_params_of(longest))}
    path_raw = doc.get("path_params") or {}
    path = [
        _param(
            n, path_raw[n], "path", values(path_raw[n]["kind"]), bool(path_raw[n].get("required"))
        )
        for n in sorted(path_raw, key=order.__getitem__)
    ]
    query_raw = {**(common.get("common_query_params") or {}), **(doc.get("query_params") or {})}
    query = [
        _param(n, query_raw[n], "query", values(query_raw[n]["kind"]), False) for n in query_raw
    ]
    query.sort(key=lambda p: p.name)
    body = doc["body"]
    fields_raw = body.get("fields") or {}
    prefix = services[service]["type_name"] if service else None
    fields = [_param(n, p, "body", values(p["kind"]), False, prefix) for n, p in fields_raw.items()]
    body_param = body.get("param")

    # elasticsearch-py's order: required path params, required body fields, the whole-body
    # argument and its alias, optional path params, then everything else by name.
    required_path = [p for p in path if p.required]
    optional_path = [p for p in path if not p.required]
    required_fields = [p for p in fields if p.required]
    rest = sorted(query + [p for p in fields if not p.required], key=lambda p: p.name)
    whole: list[ParamModel] = []
    if body["kind"] == "whole":
        whole = [_body_arg(str(body_param), str(body.get("doc", ""))), _body_arg("body", "")]
    signature = [*required_path, *required_fields, *whole, *optional_path, *rest]
    if body["kind"] == "fields":
        signature.append(_body_arg("body", ""))
    return EndpointModel(
        name=doc["name"],
        api=doc["api"],
        summary=" ".join(str(doc["summary"]).split()),
        description=str(doc.get("description", "")).strip(),
        docs_url=doc["docs_url"],
        const=constant_name(doc["name"]),
        method=doc["method"],
        paths=tuple(doc["paths"]),
        params=(*path, *query, *fields),
        signature=tuple(signature),
        body_kind=body["kind"],
        body_param=body_param,
        body_required=bool(body.get("required")),
        service=service,
        response=doc["response"],
        response_type=responses.get(doc["response"], "Any"),
        response_class=response_class(responses.get(doc["response"], "Any")),
        streaming=bool(doc.get("streaming")),
        experimental=bool(doc.get("experimental")),
        docstring=_docstring(doc, signature),
        cli_name=cli_command(doc["name"]),
        cli_description=_cli_description(doc),
        cli_options=tuple(_cli_option(p) for p in signature),
    )


def _body_arg(name: str, doc: str) -> ParamModel:
    return ParamModel(
        name=name, wire_name=name, location="body", kind="object", runtime_kind="object",
        required=False, signature_required=False, values=(), annotation="Mapping[str, Any]",
        doc=" ".join(doc.split()),
    )  # fmt: skip


def _param_doc(p: ParamModel) -> str:
    if p.doc or p.name != "body":
        return p.doc
    return "The request body, instead of the individual body parameters."


def _description(doc: dict[str, Any], width: int) -> list[str]:
    """The summary and the description's paragraphs, each wrapped to ``width``."""
    parts = [str(doc["summary"]).strip()]
    description = str(doc.get("description", "")).strip()
    if description:
        parts.append(
            "\n\n".join(
                textwrap.fill(" ".join(block.split()), width)
                for block in description.split("\n\n")
                if block.strip()
            )
        )
    return parts


def _docstring(doc: dict[str, Any], signature: list[ParamModel]) -> str:
    """Summary line, description, docs URL and ``:param:`` lines, wrapped for a method body."""
    parts = _description(doc, 88)
    parts.append(f"`<{doc['docs_url']}>`_")
    params = []
    for p in signature:
        line = f":param {p.name}: {_param_doc(p)}".rstrip()
        params.append(textwrap.fill(line, 88, subsequent_indent="    "))
    parts.append("\n".join(params))
    return "\n\n".join(parts).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _cli_description(doc: dict[str, Any]) -> str:
    return "\n\n".join([*_description(doc, 72), f"Documentation: {doc['docs_url']}"])


def _cli_option(p: ParamModel) -> CliOptionModel:
    single = p.values[0] if len(p.values) == 1 else None  # e.g. put_openai's service
    return CliOptionModel(
        flag=cli_flag(p.name),
        dest=p.name,
        kind=CLI_KINDS[p.runtime_kind],
        required=p.signature_required and single is None,
        choices=p.values,
        default=single,
        help=_param_doc(p),
    )


def _fields(
    raw: dict[str, Any], enums: dict[str, tuple[str, ...]], structs: set[str]
) -> tuple[FieldModel, ...]:
    result = []
    for name, field in raw.items():
        ftype = field["type"]
        if ftype in SETTING_TYPES:
            runtime_kind = ftype
        elif ftype.startswith(("list[", "dict[")):
            runtime_kind = "list" if ftype.startswith("list[") else "object"
        else:
            runtime_kind = "enum" if ftype in enums else "struct"
        result.append(
            FieldModel(
                name=name,
                type=ftype,
                runtime_kind=runtime_kind,
                required=bool(field.get("required")),
                secret=bool(field.get("secret")),
                doc=" ".join(str(field.get("doc", "")).split()),
                values=enums.get(ftype, ()),
                struct=ftype if ftype in structs else None,
                annotation=str(field_annotation(ftype)),
            )
        )
    return tuple(result)


def _service(
    doc: dict[str, Any],
    endpoint: EndpointModel,
    enums: dict[str, tuple[str, ...]],
    structs: set[str],
) -> ServiceModel:
    body_fields = {p.wire_name for p in endpoint.params if p.location == "body"}
    task = doc.get("task_settings")
    return ServiceModel(
        name=doc["name"],
        title=doc["title"],
        type_name=doc["type_name"],
        const=constant_name(doc["name"]),
        put_method=doc["put_method"],
        task_types=tuple(doc["task_types"]),
        service_settings=_fields(doc["service_settings"], enums, structs),
        task_settings=(
            _fields(task or {}, enums, structs) if "task_settings" in body_fields else None
        ),
        chunking_settings="chunking_settings" in body_fields,
        secret_maps=tuple(doc.get("secret_maps") or ()),
    )
