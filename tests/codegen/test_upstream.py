"""The upstream importer on a small hand-made slice (tests/fixtures/upstream/slice_small.json):
each mapping rule, the overlay, the change report, every bad-input error, determinism."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.__main__ import generate, main
from codegen.upstream.importer import dump, read_texts
from codegen.upstream.report import change_report

ROOT = Path(__file__).resolve().parents[2]
SLICE = ROOT / "tests" / "fixtures" / "upstream" / "slice_small.json"
TEMPLATES = ROOT / "templates"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["import-upstream", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def imported(tmp_path: Path, capsys: pytest.CaptureFixture[str], **overlay: Any) -> Path:
    """Import the small slice into a fresh spec folder (with an overlay if given)."""
    spec = tmp_path / "spec"
    if overlay:
        spec.mkdir()
        (spec / "overlay.yaml").write_text(yaml.safe_dump({"entries": overlay["entries"]}))
    code, _, err = run(capsys, "--schema", SLICE, "--spec", spec, "--commit", "abc123")
    assert code == 0, err
    return spec


def doc(spec: Path, rel: str) -> Any:
    return yaml.safe_load((spec / rel).read_text())


def slice_with(tmp_path: Path, change: Any) -> Path:
    data = json.loads(SLICE.read_text())
    change(data)
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(data))
    return path


def types_by_name(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f"{t['name']['namespace']}.{t['name']['name']}": t for t in data["types"]}


# --- mapping rules ------------------------------------------------------------------------


def test_method_name_api_and_docs_come_from_the_endpoint(tmp_path: Path, capsys: Any) -> None:
    get = doc(imported(tmp_path, capsys), "endpoints/get.yaml")
    assert (get["name"], get["api"], get["method"]) == ("get", "inference.get", "GET")
    assert get["summary"] == "Get an inference endpoint."
    assert get["description"] == "Lists them all when no id is given."
    assert get["docs_url"] == "https://example.com/get"


def test_paths_in_the_order_elasticsearch_py_tries_them(tmp_path: Path, capsys: Any) -> None:
    assert doc(imported(tmp_path, capsys), "endpoints/get.yaml")["paths"] == [
        "/_inference/{task_type}/{inference_id}",
        "/_inference/{task_type}/_all",
        "/_inference/{inference_id}",
        "/_inference",
    ]


def test_arguments_from_path_query_and_body_with_kinds(tmp_path: Path, capsys: Any) -> None:
    spec = imported(tmp_path, capsys)
    embedding = doc(spec, "endpoints/embedding.yaml")
    assert embedding["path_params"]["inference_id"]["kind"] == "str"
    assert embedding["query_params"]["from"] == {
        "kind": "int", "alias": "from_", "doc": "A keyword-named parameter."
    }  # fmt: skip
    assert embedding["body"]["fields"]["input"]["kind"] == "str_list"
    assert embedding["body"]["fields"]["extra"]["kind"] == "object"
    put = doc(spec, "endpoints/put.yaml")
    assert put["path_params"]["task_type"]["kind"] == "task_type"
    assert put["query_params"]["timeout"]["kind"] == "time"
    assert put["query_params"]["timeout"]["server_default"] == "30s"


def test_a_union_with_an_object_form_is_typed_with_its_struct(tmp_path: Path, capsys: Any) -> None:
    def add_object_forms(data: dict[str, Any]) -> None:
        request = types_by_name(data)["inference.embedding.Request"]
        union = next(p for p in request["body"]["properties"] if p["name"] == "input")["type"]
        task = {"kind": "instance_of", "type": {"namespace": "inference._types",
                                                 "name": "AcmeTaskSettings"}}  # fmt: skip
        union["items"] += [task, {"kind": "array_of", "value": task}]

    spec = tmp_path / "spec"
    code, _, err = run(capsys, "--schema", slice_with(tmp_path, add_object_forms),
                       "--spec", spec, "--commit", "abc123")  # fmt: skip
    assert code == 0, err
    field = doc(spec, "endpoints/embedding.yaml")["body"]["fields"]["input"]
    assert (field["kind"], field["type"]) == ("any", "str | list_str | AcmeTaskSettings"
                                                     " | list[AcmeTaskSettings]")  # fmt: skip
    assert "AcmeTaskSettings" in doc(spec, "types.yaml")["structs"]


def test_a_value_body_is_one_named_keyword(tmp_path: Path, capsys: Any) -> None:
    body = doc(imported(tmp_path, capsys), "endpoints/put.yaml")["body"]
    assert body == {
        "kind": "whole", "param": "inference_config", "required": True,
        "doc": "The configuration.",
    }  # fmt: skip


def test_event_stream_is_streaming_and_experimental_is_marked(tmp_path: Path, capsys: Any) -> None:
    spec = imported(tmp_path, capsys)
    stream = doc(spec, "endpoints/stream_completion.yaml")
    assert (stream["response"], stream["streaming"]) == ("sse", True)
    assert doc(spec, "endpoints/embedding.yaml")["experimental"] is True
    assert "experimental" not in doc(spec, "endpoints/get.yaml")


def test_service_literal_task_types_and_settings(tmp_path: Path, capsys: Any) -> None:
    spec = imported(tmp_path, capsys)
    acme = doc(spec, "services/acme.yaml")
    assert (acme["name"], acme["title"], acme["type_name"]) == ("acme", "ACME", "Acme")
    assert acme["task_types"] == ["completion", "text_embedding"]
    settings = acme["service_settings"]
    assert settings["api_key"] == {"type": "str", "required": True, "doc": "Your ACME key."}
    assert settings["dimensions"]["server_default"] == "128"
    assert settings["similarity"]["type"] == "AcmeSimilarity"
    assert settings["tags"]["type"] == "list_str"
    assert acme["task_settings"] == {"user": {"type": "str", "doc": "Who asks."}}
    assert doc(spec, "types.yaml")["enums"]["AcmeSimilarity"] == ["cosine", "l2_norm"]
    put_acme = doc(spec, "endpoints/put_acme.yaml")
    assert put_acme["service"] == "acme"
    # elasticsearch-py's order: required body fields first, then the others, each by name.
    assert list(put_acme["body"]["fields"]) == ["service", "service_settings", "task_settings"]


def test_responses_are_typed_from_the_response_types(tmp_path: Path, capsys: Any) -> None:
    types = doc(imported(tmp_path, capsys), "types.yaml")
    assert types["responses"]["put"] == "InferenceEndpointInfo"
    assert types["responses"]["get"] == "GetInferenceResponse"
    assert types["structs"]["GetInferenceResponse"]["endpoints"]["type"] == (
        "list[InferenceEndpointInfo]"
    )
    assert types["structs"]["InferenceEndpointInfo"]["task_type"]["type"] == "TaskType"


def test_the_imported_spec_generates(tmp_path: Path, capsys: Any) -> None:
    files = generate(imported(tmp_path, capsys), TEMPLATES)
    client = files["src/esinference/_gen/inference.py"]
    assert "warnings.warn(_EXPERIMENTAL, GeneralAvailabilityWarning, stacklevel=2)" in client
    assert '__es_specification_commit__ = "abc123"' in files["src/esinference/_gen/__init__.py"]


# --- determinism and the pinned check -------------------------------------------------------


def test_same_input_same_bytes_and_a_second_import_changes_nothing(
    tmp_path: Path, capsys: Any
) -> None:
    spec = imported(tmp_path, capsys)
    first = read_texts(spec)
    code, out, _ = run(capsys, "--schema", SLICE, "--spec", spec)  # the pinned commit is kept
    assert code == 0 and "no change" in out
    assert read_texts(spec) == first
    assert run(capsys, "--check", "--spec", spec)[0] == 0
    (spec / "endpoints" / "get.yaml").write_text(dump({"name": "get"}))
    code, _, err = run(capsys, "--check", "--spec", spec)
    assert code == 1 and "endpoints/get.yaml" in err


def test_another_schema_needs_its_commit(tmp_path: Path, capsys: Any) -> None:
    spec = imported(tmp_path, capsys)
    other = slice_with(tmp_path, lambda data: None)
    code, _, err = run(capsys, "--schema", other, "--spec", spec)
    assert code == 2 and "--commit" in err


# --- the overlay ----------------------------------------------------------------------------

SECRET = {"why": "keys are secret", "at": ["services/acme.yaml service_settings.api_key"],
          "set": {"secret": True}}  # fmt: skip
ADD = {"why": "the server reads it", "at": "services/acme.yaml service_settings",
       "add": {"region": {"type": "str", "doc": "Where."}}}  # fmt: skip


def test_overlay_entries_are_merged(tmp_path: Path, capsys: Any) -> None:
    expand = {"why": "keep field keywords", "expand_body": "put"}
    spec = imported(tmp_path, capsys, entries=[SECRET, ADD, expand])
    settings = doc(spec, "services/acme.yaml")["service_settings"]
    assert settings["api_key"]["secret"] is True
    assert settings["region"] == {"type": "str", "doc": "Where."}
    body = doc(spec, "endpoints/put.yaml")["body"]
    assert body["kind"] == "fields"
    assert list(body["fields"]) == ["inference_id", "task_type"]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({**SECRET, "at": "services/acme.yaml service_settings.nope"}, "no key 'nope' upstream"),
        ({**SECRET, "at": "services/gone.yaml"}, "no file services/gone.yaml"),
        ({**ADD, "add": {"api_key": {"type": "str"}}}, "upstream now has ['api_key']"),
        ({"why": "x", "expand_body": "get"}, "expand_body: get: no such endpoint with a whole"),
    ],
)
def test_overlay_entries_that_match_nothing_fail_the_import(
    tmp_path: Path, capsys: Any, entry: dict[str, Any], message: str
) -> None:
    spec = tmp_path / "spec"
    spec.mkdir()
    (spec / "overlay.yaml").write_text(yaml.safe_dump({"entries": [SECRET, entry]}))
    code, _, err = run(capsys, "--schema", SLICE, "--spec", spec, "--commit", "abc")
    assert code == 2
    assert "overlay entries[1]" in err and message in err
    assert "entries[0]" not in err  # the matching entry is not reported
    assert sorted(p.name for p in spec.iterdir()) == ["overlay.yaml"]  # spec/ untouched


def test_an_overlay_entry_needs_a_why(tmp_path: Path, capsys: Any) -> None:
    spec = tmp_path / "spec"
    spec.mkdir()
    (spec / "overlay.yaml").write_text(yaml.safe_dump({"entries": [{**SECRET, "why": ""}]}))
    code, _, err = run(capsys, "--schema", SLICE, "--spec", spec, "--commit", "abc")
    assert code == 2 and "needs a 'why'" in err


# --- the change report ----------------------------------------------------------------------


def _next_release(data: dict[str, Any]) -> None:
    types = types_by_name(data)
    types["inference._types.AcmeTaskType"]["members"] = [{"name": "text_embedding"}]
    settings = types["inference._types.AcmeServiceSettings"]["properties"]
    settings[:] = [p for p in settings if p["name"] != "tags"]
    settings.append({**settings[0], "name": "region", "required": False})
    query = types["inference.embedding.Request"]["query"]
    query[0]["required"] = True
    query.append({**query[0], "name": "timeout", "required": False, "codegenName": "timeout"})
    info = types["inference._types.InferenceEndpointInfo"]["properties"]
    info[:] = [p for p in info if p["name"] != "task_type"]
    data["endpoints"] = [e for e in data["endpoints"] if e["name"] != "inference.put"]
    endpoint = copy.deepcopy(next(e for e in data["endpoints"] if e["name"] == "inference.get"))
    endpoint["name"] = "inference.get_all"
    data["endpoints"].append(endpoint)


def test_the_report_lists_added_removed_changed_and_breaking(tmp_path: Path, capsys: Any) -> None:
    spec = imported(tmp_path, capsys)
    newer = slice_with(tmp_path, _next_release)
    code, out, _ = run(capsys, "--schema", newer, "--spec", spec, "--commit", "def456")
    assert code == 0
    report = (spec / "UPSTREAM_CHANGES.md").read_text()
    assert report in out
    assert "specification commit `abc123` -> `def456`" in report
    for line in [
        "- `get_all` added",
        "- `put` removed **breaking**",
        "  - argument `from_` changed: query int -> query int, required **breaking**",
        "  - argument `timeout` added (query int)",
        "- `acme` changed **breaking**",
        "  - task type `completion` removed **breaking**",
        "  - service_settings field `region` added (str)",
        "  - service_settings field `tags` removed **breaking**",
        "- `InferenceEndpointInfo` changed",
        "  - field `task_type` removed **breaking**",
    ]:
        assert line in report.splitlines(), line


def test_a_type_removed_while_one_with_the_same_fields_came_is_a_rename() -> None:
    def types(structs: dict[str, Any]) -> dict[str, Any]:
        return {"types.yaml": {"structs": structs}}

    vector = {"embedding": {"type": "list[float]", "required": True}}
    old = types({
        "TextEmbeddingResult": vector,
        "Answer": {"text_embedding": {"type": "list[TextEmbeddingResult]"}},
        "Gone": {"x": {"type": "int"}},
    })  # fmt: skip
    new = types({
        "DenseEmbeddingResult": vector,
        "Answer": {"text_embedding": {"type": "list[DenseEmbeddingResult]"}},
        "Came": {"x": {"type": "str"}},
    })  # fmt: skip
    lines = change_report(old, new, "x.json").splitlines()
    assert (
        "- `TextEmbeddingResult` renamed `DenseEmbeddingResult` (same fields) **breaking**" in lines
    )
    assert "- `Gone` removed **breaking**" in lines and "- `Came` added" in lines
    assert not [line for line in lines if "Answer" in line or "DenseEmbeddingResult` added" in line]


# --- bad input ------------------------------------------------------------------------------


def _bad_ref(data: dict[str, Any]) -> None:
    request = types_by_name(data)["inference.put_acme.Request"]
    request["body"]["properties"][2]["type"]["type"]["name"] = "MissingSettings"


def _string_service(data: dict[str, Any]) -> None:
    request = types_by_name(data)["inference.put_acme.Request"]
    request["body"]["properties"][1]["type"] = {
        "kind": "instance_of", "type": {"namespace": "_builtins", "name": "string"}
    }  # fmt: skip


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json {", "not a schema: not valid JSON"),
        ('{"endpoints": {}}', "not a schema: expected an object with 'endpoints' and 'types'"),
        ('{"endpoints": [{"name": "ml.infer"}], "types": []}', "has no inference endpoints"),
        (_bad_ref, "type reference inference._types.MissingSettings does not resolve"),
        (_string_service, "inference.put_acme: body.service: the service literal cannot be found"),
    ],
)
def test_bad_input_is_named_and_leaves_the_spec_untouched(
    tmp_path: Path, capsys: Any, content: Any, message: str
) -> None:
    spec = imported(tmp_path, capsys)
    before = read_texts(spec)
    if callable(content):
        schema = slice_with(tmp_path, content)
    else:
        schema = tmp_path / "bad.json"
        schema.write_text(content)
    code, _, err = run(capsys, "--schema", schema, "--spec", spec, "--commit", "x")
    assert code == 2
    assert message in err and "spec/ was not changed" in err
    assert read_texts(spec) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".spec-")]  # no leftovers


def test_a_missing_schema_fails_loudly(tmp_path: Path, capsys: Any) -> None:
    code, _, err = run(capsys, "--schema", tmp_path / "nope.json", "--spec", tmp_path / "s")
    assert code == 2 and "nope.json: cannot read" in err
