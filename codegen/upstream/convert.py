"""Turn the schema's inference endpoints into spec documents, by the official client's rules.

The result maps a path relative to spec/ (``endpoints/put_openai.yaml``) to its document;
nothing is written here.
"""

from __future__ import annotations

import keyword
import re
from typing import Any

from ..naming import path_params_of
from .schema import Schema, UpstreamError
from .types import TypeMapper, server_default, tidy

Docs = dict[str, dict[str, Any]]
STREAM_MEDIA_TYPE = "text/event-stream"


def client_path_order(paths: list[str]) -> list[str]:
    """Paths in the order elasticsearch-py tries them: most path parts first; among equals,
    the one the schema lists last first (so ``/{task_type}/_all`` precedes ``/{inference_id}``)."""
    return sorted(reversed(paths), key=lambda p: -len(path_params_of(p)))


def split_description(text: str) -> tuple[str, str]:
    """(summary, description): the first paragraph, then the rest."""
    text = tidy(text)
    summary, _, rest = text.partition("\n\n")
    return " ".join(summary.split()), rest.strip()


def convert(schema: Schema, expand: set[str]) -> tuple[Docs, TypeMapper]:
    """Every endpoint and service document; ``expand`` names whole-body endpoints whose body
    becomes one keyword per property (the overlay's ``expand_body``)."""
    mapper = TypeMapper(schema)
    docs: Docs = {}
    task_enum = schema.types.get(("inference._types", "TaskType"))
    if task_enum is None or task_enum["kind"] != "enum":
        raise UpstreamError(f"{schema.path}: no enum inference._types.TaskType (the task types)")
    responses: dict[str, str] = {}
    for api, ep in schema.endpoints.items():
        doc, service = _endpoint(schema, mapper, ep, api.split(".", 1)[1] in expand)
        docs[f"endpoints/{doc['name']}.yaml"] = doc
        struct = None if doc.get("streaming") else _response(schema, mapper, ep)
        if struct in mapper.structs:
            responses[doc["name"]] = str(struct)
        elif not doc.get("streaming"):
            doc["response"] = "any"
        if service is not None:
            docs[f"services/{service['name']}.yaml"] = service
    docs["common.yaml"] = {"task_types": sorted(str(m["name"]) for m in task_enum["members"])}
    docs["types.yaml"] = {
        "structs": dict(sorted(mapper.structs.items())),
        "enums": dict(sorted(mapper.enums.items())),
        "responses": dict(sorted(responses.items())),
    }
    return dict(sorted(docs.items())), mapper


def _endpoint(
    schema: Schema, mapper: TypeMapper, ep: dict[str, Any], expand: bool
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    name = ep["name"].split(".", 1)[1]
    where = f"endpoint {ep['name']}"
    request = schema.request(ep)
    methods = sorted({m for url in ep["urls"] for m in url["methods"]})
    summary, description = split_description(ep.get("description", ""))
    streaming = STREAM_MEDIA_TYPE in (ep.get("responseMediaType") or [])
    doc: dict[str, Any] = {"name": name, "api": ep["name"], "summary": summary}
    if description:
        doc["description"] = description
    doc["docs_url"] = ep.get("docUrl", "")
    doc["method"] = methods[0] if len(methods) == 1 else _preferred(methods)
    doc["paths"] = client_path_order([url["path"] for url in ep["urls"]])
    if ep.get("availability", {}).get("stack", {}).get("stability") == "experimental":
        doc["experimental"] = True
    body = request.get("body") or {"kind": "no_body"}
    props = {p["name"]: p for p in body.get("properties") or []}
    service = (
        _service(schema, mapper, name, request, props, summary) if "service" in props else None
    )
    if service is not None:
        doc["service"] = service["name"]
    doc["path_params"] = _params(mapper, request.get("path") or [], f"{where}: path", True)
    query = _params(mapper, request.get("query") or [], f"{where}: query", False)
    if query:
        doc["query_params"] = query
    doc["body"] = _body(schema, mapper, body, where, service is not None, expand)
    doc["response"] = "sse" if streaming else name
    if streaming:
        doc["streaming"] = True
    if not doc["path_params"]:
        del doc["path_params"]
    return doc, service


def _preferred(methods: list[str]) -> str:
    for method in ("POST", "PUT", "GET", "DELETE"):
        if method in methods:
            return method
    return methods[0]


def _param(
    mapper: TypeMapper, prop: dict[str, Any], where: str, kind: str | None
) -> dict[str, Any]:
    param: dict[str, Any] = {"kind": kind or mapper.param_kind(prop["type"], where)}
    ptype = None if kind else mapper.param_type(prop["type"], where)
    if ptype is not None and ptype != "any":
        param["type"] = ptype
    if prop.get("required"):
        param["required"] = True
    python_name = prop.get("codegenName") or prop["name"]
    if keyword.iskeyword(python_name):
        python_name += "_"
    if python_name != prop["name"]:
        param["alias"] = python_name
    if "serverDefault" in prop:
        param["server_default"] = server_default(prop["serverDefault"])
    param["doc"] = tidy(prop.get("description", ""))
    return param


def _params(
    mapper: TypeMapper, props: list[dict[str, Any]], where: str, path: bool
) -> dict[str, Any]:
    result = {}
    for prop in props:
        kind = "task_type" if path and prop["name"] == "task_type" else None
        result[prop["name"]] = _param(mapper, prop, f"{where}.{prop['name']}", kind)
    return result


def _body(
    schema: Schema,
    mapper: TypeMapper,
    body: dict[str, Any],
    where: str,
    has_service: bool,
    expand: bool,
) -> dict[str, Any]:
    if body["kind"] == "no_body":
        return {"kind": "none"}
    if body["kind"] == "value":
        if not expand:
            whole = {
                "kind": "whole",
                "param": body.get("codegenName") or "body",
                "required": True,
                "doc": tidy(body.get("description", "")),
            }
            # Registered so that the overlay can type the argument with it (embedding's).
            mapper.field_type(body["value"], f"{where}: body")
            return whole
        mapper.expanded.add(where.split(".", 1)[1])
        value = schema.alias_target(body["value"], where)
        iface = schema.type(value["type"], f"{where}: body") if "type" in value else {}
        body = {"kind": "properties", "properties": schema.properties(iface, where)}
    fields = {}
    # elasticsearch-py's order (signature and JSON body): required ones, then the rest, by name.
    props = sorted(body.get("properties") or [], key=lambda p: (not p.get("required"), p["name"]))
    for prop in props:
        kind = None
        if has_service and prop["name"] in ("service", "service_settings", "task_settings"):
            kind = prop["name"]
        elif prop["name"] == "chunking_settings":
            kind = "chunking_settings"
        fields[prop["name"]] = _param(mapper, prop, f"{where}: body.{prop['name']}", kind)
    return {"kind": "fields", "fields": fields}


def _service(
    schema: Schema,
    mapper: TypeMapper,
    method: str,
    request: dict[str, Any],
    props: dict[str, dict[str, Any]],
    summary: str,
) -> dict[str, Any]:
    where = f"endpoint inference.{method}"
    literal = schema.enum_members(props["service"]["type"], f"{where}: body.service")
    if not literal or len(literal) != 1:
        raise UpstreamError(
            f"{where}: body.service: the service literal cannot be found (expected an enum"
            f" with exactly one member, got {literal!r})"
        )
    task_param = next((p for p in request.get("path") or [] if p["name"] == "task_type"), None)
    tasks = (
        schema.enum_members(task_param["type"], f"{where}: path.task_type") if task_param else None
    )
    if not tasks:
        raise UpstreamError(f"{where}: path.task_type: not an enum of task types")
    settings_type, settings = mapper.settings(
        props["service_settings"]["type"], f"{where}: body.service_settings"
    ) if "service_settings" in props else (None, {})  # fmt: skip
    match = re.match(r"Create an? (.+?) inference endpoint", summary)
    type_name = (settings_type or "").removesuffix("ServiceSettings") or method.title()
    service: dict[str, Any] = {
        "name": literal[0],
        "title": _capitalized(match.group(1) if match else literal[0]),
        "type_name": type_name,
        "put_method": method,
        "task_types": sorted(tasks),
        "service_settings": settings,
    }
    if "task_settings" in props:
        service["task_settings"] = mapper.settings(
            props["task_settings"]["type"], f"{where}: body.task_settings"
        )[1]
    return service


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _response(schema: Schema, mapper: TypeMapper, ep: dict[str, Any]) -> str:
    """The struct the endpoint's JSON answer is (registered in the mapper), or ``any``."""
    where = f"endpoint {ep['name']}: response"
    response = schema.response(ep)
    body = response.get("body") or {}
    if body.get("kind") == "value":
        return mapper.field_type(body["value"], where)
    if body.get("kind") == "properties" or response.get("inherits"):
        name = "".join(p.title() for p in ep["name"].split(".")[1].split("_"))
        name += "InferenceResponse"
        mapper.structs[name] = mapper.fields(
            {"properties": body.get("properties") or [], "inherits": response.get("inherits")},
            where,
        )
        return name
    return "any"
