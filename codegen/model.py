"""Stage 3: turn the validated raw spec into frozen records shaped for the templates.

Everything a template needs (argument order, annotations, docstrings, constant names) is
computed here, so templates only loop and branch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import terminal
from .docstrings import in_docstring, method_docstring, param_doc
from .load import RawSpec
from .naming import (
    CHUNKING_SETTINGS_TYPE,
    CLI_OMITTED_ARGUMENTS,
    PARAM_KINDS,
    SETTING_TYPES,
    BodyKind,
    CliCollects,
    CliReads,
    Location,
    RuntimeKind,
    annotation,
    cli_value,
    constant_name,
    field_annotation,
    flag,
    path_params_of,
    response_class,
    settings_type,
    union_members,
    unknown,
)

# The doc of the ``body=`` argument of a method with body fields (the docstring, the docs
# page and the CLI's --body help all read it from here).
BODY_DOC = "The request body, instead of the individual body parameters."


# A command-line option's fields: flag, dest, reads, collects, required, choices, default, help.
CliOptionKey = tuple[str, str, str, str, bool, tuple[str, ...], str | None, str]


@dataclass(frozen=True)
class ParamModel:
    name: str  # Python argument name
    wire_name: str
    location: Location
    kind: str  # spec kind (naming.PARAM_KINDS: task_type, service, str, ...)
    runtime_kind: RuntimeKind  # kind checked at run time (esinference._spec_types.Kind)
    required: bool  # required by the API (checked at run time)
    signature_required: bool  # no default in the Python signature
    values: tuple[str, ...]
    annotation: str
    doc: str
    cli_reads: CliReads  # how its command-line option reads a value (_spec_types.CliReads)
    cli_collects: CliCollects
    cli_help: str  # plain text for a terminal

    @property
    def flag(self) -> str:
        return flag(self.name)

    @property
    def cli_default(self) -> str | None:
        """The only value the argument can take (put_openai's ``service``): the option's default."""
        return self.values[0] if len(self.values) == 1 else None

    @property
    def cli_required(self) -> bool:
        return self.signature_required and self.cli_default is None

    @property
    def cli_option(self) -> CliOptionKey:
        """The fields of its command-line option (_spec_types.CliOption), in order."""
        return (self.flag, self.name, self.cli_reads, self.cli_collects, self.cli_required,
                self.values, self.cli_default, self.cli_help)  # fmt: skip


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
    body_kind: BodyKind
    body_param: str | None  # whole: the argument holding the body
    body_required: bool
    service: str | None
    response: str
    response_type: str  # annotation of the body, e.g. "TextEmbeddingInferenceResult"
    response_class: str  # what a call returns, e.g. "TextEmbeddingResponse" (esinference.response)
    streaming: bool
    experimental: bool  # elasticsearch-py warns (GeneralAvailabilityWarning) on every call
    docstring: str
    cli_description: str  # the subcommand's, plain text for a terminal

    @property
    def cli_options(self) -> tuple[ParamModel, ...]:
        """The arguments the subcommand has options for, in signature order."""
        return tuple(p for p in self.signature if p.name not in CLI_OMITTED_ARGUMENTS)

    @property
    def command(self) -> str:
        """The subcommand: ``put_openai`` -> ``put-openai``."""
        return self.name.replace("_", "-")

    def is_coroutine(self, is_async: bool) -> bool:
        """Whether the method is an ``async def``. An experimental async method is a plain def
        returning the coroutine, as elasticsearch-py's is: it warns when called, not when
        awaited, so the warning points at the caller's line however the coroutine is run."""
        return is_async and not self.experimental

    def returns(self, is_async: bool = False) -> str:
        """The method's return annotation (the sync one unless ``is_async``)."""
        if self.streaming:
            answer = "AsyncStream" if is_async else "Stream"
        else:
            answer = f"{self.response_class}[{self.response_type}]"
        if is_async and not self.is_coroutine(is_async):
            return f"Coroutine[Any, Any, {answer}]"
        return answer

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
    doc: str  # with the server's default, if the spec gives one
    values: tuple[str, ...]
    struct: str | None
    annotation: str  # in the generated TypedDict

    @property
    def docstring(self) -> str:
        """The field's docstring in the TypedDict, safe inside triple quotes."""
        secret = " Secret: Elasticsearch never returns it; redacted in logs." if self.secret else ""
        return in_docstring(self.doc + secret)


@dataclass(frozen=True)
class TypedDictModel:
    """A TypedDict of the generated types module: a struct, or a service's settings."""

    name: str
    doc: str
    fields: tuple[FieldModel, ...]


@dataclass(frozen=True)
class ServiceModel:
    name: str
    title: str
    type_name: str  # prefix of the settings TypedDicts, e.g. "OpenAI" -> OpenAIServiceSettings
    const: str
    put_method: str
    put_id: str  # the put method's id argument, e.g. "openai_inference_id"
    task_types: tuple[str, ...]
    service_settings: tuple[FieldModel, ...]
    task_settings: tuple[FieldModel, ...] | None
    chunking_settings: bool
    secret_maps: tuple[str, ...]

    @property
    def service_settings_type(self) -> str:
        return settings_type(self.type_name, "service_settings")

    @property
    def task_settings_type(self) -> str | None:
        """None when the put method takes no task_settings."""
        if self.task_settings is None:
            return None
        return settings_type(self.type_name, "task_settings")

    @property
    def chunking_settings_type(self) -> str | None:
        return CHUNKING_SETTINGS_TYPE if self.chunking_settings else None

    @property
    def typed_dicts(self) -> tuple[TypedDictModel, ...]:
        """The settings TypedDicts of the service: service_settings, then task_settings."""
        of = f"of the ``{self.name}`` service ({self.title})."
        found = [TypedDictModel(self.service_settings_type, f"service_settings {of}",
                                self.service_settings)]  # fmt: skip
        if self.task_settings_type is not None and self.task_settings is not None:
            found.append(TypedDictModel(self.task_settings_type, f"task_settings {of}",
                                        self.task_settings))  # fmt: skip
        return tuple(found)


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
    def typed_dicts(self) -> tuple[TypedDictModel, ...]:
        """Every TypedDict of the generated types module: structs by name, then services'."""
        structs = tuple(
            TypedDictModel(name, f"The ``{name}`` object of the Inference API.", fields)
            for name, fields in self.structs.items()
        )
        return structs + tuple(t for s in self.services for t in s.typed_dicts)

    @property
    def type_names(self) -> tuple[str, ...]:
        """Every name the generated types module defines, sorted."""
        return tuple(sorted({t.name for t in self.typed_dicts} | set(self.enums)))

    @property
    def response_classes(self) -> tuple[str, ...]:
        """The response classes the client methods return, sorted."""
        return tuple(sorted({e.response_class for e in self.endpoints if not e.streaming}))

    @property
    def cli_shared_options(self) -> dict[CliOptionKey, str]:
        """Options that several subcommands have alike (the common query parameters, ``body``,
        most put methods' ``task_type``...), each named once: ``--error-trace`` -> ERROR_TRACE,
        a second kind of ``--timeout`` -> TIMEOUT_2."""
        seen: dict[CliOptionKey, int] = {}
        for endpoint in self.endpoints:
            for param in endpoint.cli_options:
                seen[param.cli_option] = seen.get(param.cli_option, 0) + 1
        names: dict[CliOptionKey, str] = {}
        counts: dict[str, int] = {}
        for key, uses in seen.items():
            if uses > 1:
                base = constant_name(key[0].lstrip("-"))
                counts[base] = counts.get(base, 0) + 1
                names[key] = base if counts[base] == 1 else f"{base}_{counts[base]}"
        return names

    @property
    def client_type_imports(self) -> tuple[str, ...]:
        """Names of generated types that the client methods' annotations use."""
        used = {p.annotation for e in self.endpoints for p in e.signature}
        used |= {e.response_type for e in self.endpoints}
        names = {name for text in used for name in re.findall(r"\w+", text)}
        return tuple(sorted(names & set(self.type_names)))


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
    location: Location,
    values: tuple[str, ...],
    in_signature_required: bool,
    settings_prefix: str | None = None,
) -> ParamModel:
    kind = raw["kind"]
    reads, collects = cli_value(PARAM_KINDS[kind], raw.get("type"))
    return ParamModel(
        name=raw.get("alias") or name,
        wire_name=name,
        location=location,
        kind=kind,
        runtime_kind=PARAM_KINDS[kind],
        required=bool(raw.get("required")),
        signature_required=in_signature_required,
        values=values if kind in ("task_type", "service") else (),
        annotation=_annotation(raw, values, settings_prefix),
        doc=param_doc(raw),
        cli_reads=reads,
        cli_collects=collects,
        cli_help=_cli_help(raw),
    )


def _cli_help(raw: dict[str, Any]) -> str:
    default = raw.get("server_default")
    return terminal.option_help(str(raw.get("doc", "")), None if default is None else str(default))


def _annotation(raw: dict[str, Any], values: tuple[str, ...], prefix: str | None) -> str:
    """The spec's ``type`` if it gives one (a union with structs, say), else the kind's."""
    if "type" in raw:
        return str(field_annotation(str(raw["type"]), arguments=True))
    return annotation(raw["kind"], values, prefix)


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
    whole, escape_hatch = _body_args(body)
    signature = [*required_path, *required_fields, *whole, *optional_path, *rest, *escape_hatch]
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
        docstring=method_docstring(doc, [(p.name, p.doc) for p in signature]),
        cli_description=terminal.description(
            doc["summary"], str(doc.get("description", "")), doc["docs_url"]
        ),
    )


def _body_args(body: dict[str, Any]) -> tuple[list[ParamModel], list[ParamModel]]:
    """(the whole-body argument and its ``body`` alias, the ``body=`` that follows the body
    fields): they sit at different places in elasticsearch-py's signatures."""
    kind: BodyKind = body["kind"]
    if kind == "none":
        return [], []
    if kind == "fields":
        return [], [_body_arg("body", BODY_DOC)]
    if kind == "whole":
        name = str(body["param"])
        typed = _annotation(body, (), None) if "type" in body else "Mapping[str, Any]"
        alias = _body_arg("body", f"The request body: an alias of ``{name}``.")
        return [_body_arg(name, param_doc(body), typed, _cli_help(body)), alias], []
    unknown(kind, "body kind")


def _body_arg(
    name: str, doc: str, typed: str = "Mapping[str, Any]", cli_help: str | None = None
) -> ParamModel:
    return ParamModel(
        name=name, wire_name=name, location="body", kind="object", runtime_kind="object",
        required=False, signature_required=False, values=(), annotation=typed,
        doc=doc, cli_reads="json_object", cli_collects="one",
        cli_help=terminal.option_help(doc, None) if cli_help is None else cli_help,
    )  # fmt: skip


def _fields(
    raw: dict[str, Any], enums: dict[str, tuple[str, ...]], structs: set[str]
) -> tuple[FieldModel, ...]:
    result = []
    for name, field in raw.items():
        ftype = field["type"]
        if len(union_members(ftype)) > 1:
            runtime_kind = "any"  # the server and the redactor check no shape for a union
        elif ftype in SETTING_TYPES:
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
                doc=param_doc(field),
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
        put_id=next(p.name for p in endpoint.signature if p.name.endswith("_id")),
        task_types=tuple(doc["task_types"]),
        service_settings=_fields(doc["service_settings"], enums, structs),
        task_settings=(
            _fields(task or {}, enums, structs) if "task_settings" in body_fields else None
        ),
        chunking_settings="chunking_settings" in body_fields,
        secret_maps=tuple(doc.get("secret_maps") or ()),
    )
