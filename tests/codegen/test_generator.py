"""The generator: golden output on a small fixture spec, determinism, and every spec error
reported with its location and the exact text a maintainer will read."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.__main__ import generate, main
from codegen.load import LoadError
from codegen.render import py_text
from codegen.validate import SpecError

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "spec_small"
GOLDEN = ROOT / "tests" / "fixtures" / "golden"
TEMPLATES = ROOT / "templates"


def test_small_spec_renders_the_golden_files() -> None:
    files = generate(FIXTURE, TEMPLATES)
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, text in files.items():
            (GOLDEN / (rel + ".golden")).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / (rel + ".golden")).write_text(text)
    for rel, text in files.items():
        golden = (GOLDEN / (rel + ".golden")).read_text()
        assert text == golden, f"{rel} differs from its golden file"


def test_same_spec_gives_the_same_bytes() -> None:
    assert generate(FIXTURE, TEMPLATES) == generate(FIXTURE, TEMPLATES)


def test_header_records_the_spec_digest_and_says_do_not_edit() -> None:
    for rel, text in generate(FIXTURE, TEMPLATES).items():
        first = text.splitlines()[0]
        assert "do not edit" in first
        if rel.endswith(".py"):  # docs skip the digest so a spec edit leaves other pages alone
            assert first.startswith("# Generated from spec/ (sha256 ")
        else:
            assert first.startswith("<!-- Generated from spec/ by codegen")


def test_the_committed_code_matches_the_real_spec() -> None:
    assert main(["--check"]) == 0


# --- bad specs --------------------------------------------------------------------------


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    target = tmp_path / "spec"
    shutil.copytree(FIXTURE, target)
    return target


def edit(spec: Path, rel: str, change: dict[str, object] | None = None, **top: object) -> None:
    """Apply nested key changes (dotted paths; None deletes) to one YAML file of the spec."""
    path = spec / rel
    doc = yaml.safe_load(path.read_text())
    for dotted, value in {**(change or {}), **top}.items():
        *parents, last = dotted.split(".")
        node = doc
        for key in parents:
            node = node[key]
        if value is None:
            del node[last]
        else:
            node[last] = value
    path.write_text(yaml.safe_dump(doc, sort_keys=False))


def problems(spec: Path) -> list[str]:
    with pytest.raises(SpecError) as info:
        generate(spec, TEMPLATES)
    return info.value.problems


def test_unknown_key_is_reported_with_file_endpoint_and_field(spec: Path) -> None:
    edit(spec, "endpoints/get.yaml", {"path_params.inference_id.kindd": "str"})
    assert problems(spec) == [
        "spec/endpoints/get.yaml: endpoint get: path_params.inference_id: unknown key 'kindd'"
        " (allowed: alias, doc, kind, required, server_default, type)"
    ]


def test_path_param_missing_from_its_template(spec: Path) -> None:
    edit(spec, "endpoints/put_acme.yaml", paths=["/_inference/{task_type}/{acme_id}"])
    assert problems(spec) == [
        "spec/endpoints/put_acme.yaml: endpoint put_acme: paths:"
        " '/_inference/{task_type}/{acme_id}' uses {acme_id}, which is not in path_params",
        "spec/endpoints/put_acme.yaml: endpoint put_acme: paths:"
        " '/_inference/{task_type}/{acme_id}' lacks the required path param {acme_inference_id}",
        "spec/endpoints/put_acme.yaml: endpoint put_acme: path_params.acme_inference_id: not used"
        " by any path template",
    ]


def test_task_type_not_in_the_global_list(spec: Path) -> None:
    edit(spec, "services/acme.yaml", task_types=["text_embedding", "embedding"])
    assert problems(spec) == [
        "spec/services/acme.yaml: service acme: task_types: 'embedding' is not a task type of"
        " spec/common.yaml (completion, text_embedding)"
    ]


def test_service_without_task_types(spec: Path) -> None:
    edit(spec, "services/acme.yaml", task_types=[])
    assert problems(spec) == [
        "spec/services/acme.yaml: service acme: task_types: a service needs at least one task type"
    ]


@pytest.mark.parametrize("size", [0, -3, "96", 1.5, True])
def test_a_batch_size_is_a_positive_int(spec: Path, size: object) -> None:
    edit(spec, "services/acme.yaml", embedding_batch_size=size)
    assert problems(spec) == [
        f"spec/services/acme.yaml: service acme: embedding_batch_size: must be an int >= 1, got"
        f" {size!r}"
    ]


def test_the_batch_size_setting_is_an_int_setting_of_the_service(spec: Path) -> None:
    edit(spec, "services/acme.yaml", embedding_batch_size_setting="api_key")
    assert problems(spec) == [
        "spec/services/acme.yaml: service acme: embedding_batch_size_setting: 'api_key' is not an"
        " int service_settings field"
    ]


def test_a_batch_size_setting_needs_a_batch_size(spec: Path) -> None:
    edit(spec, "services/acme.yaml", embedding_batch_size=None)
    edit(spec, "services/acme.yaml", {"service_settings.max_batch": {"type": "int"}},
         embedding_batch_size_setting="max_batch")  # fmt: skip
    assert problems(spec) == [
        "spec/services/acme.yaml: service acme: embedding_batch_size_setting needs"
        " embedding_batch_size"
    ]


def test_duplicate_endpoint_names(spec: Path) -> None:
    shutil.copy(spec / "endpoints" / "get.yaml", spec / "endpoints" / "get_again.yaml")
    assert problems(spec) == [
        "spec/endpoints/get_again.yaml: endpoint get: duplicate name"
        " (also in spec/endpoints/get.yaml)"
    ]


def test_duplicate_argument_names(spec: Path) -> None:
    edit(spec, "endpoints/text_embedding.yaml", {"query_params.input": {"kind": "str"}})
    assert problems(spec) == [
        "spec/endpoints/text_embedding.yaml: endpoint text_embedding: body.fields.input:"
        " duplicate argument 'input' (also query_params.input)"
    ]


def test_python_keyword_without_alias(spec: Path) -> None:
    edit(spec, "endpoints/text_embedding.yaml", {"body.fields.from.alias": None})
    assert problems(spec) == [
        "spec/endpoints/text_embedding.yaml: endpoint text_embedding: body.fields.from: 'from' is"
        " not a usable Python argument name (a keyword or not an identifier): give it an alias"
    ]


def test_every_problem_is_reported_at_once(spec: Path) -> None:
    edit(spec, "services/acme.yaml", task_types=["nope"], colour="red")
    edit(spec, "endpoints/get.yaml", method="FETCH")
    assert problems(spec) == [
        "spec/services/acme.yaml: service acme: unknown key 'colour' (allowed:"
        " embedding_batch_size, embedding_batch_size_setting, name, put_method, secret_maps,"
        " service_settings, task_settings, task_types, title, type_name)",
        "spec/services/acme.yaml: service acme: task_types: 'nope' is not a task type of"
        " spec/common.yaml (completion, text_embedding)",
        "spec/endpoints/get.yaml: endpoint get: method: 'FETCH' is not one of"
        " ['DELETE', 'GET', 'HEAD', 'POST', 'PUT']",
    ]


def test_unknown_settings_type_and_service(spec: Path) -> None:
    edit(spec, "services/acme.yaml", {"service_settings.similarity.type": "Similarity"})
    edit(spec, "endpoints/put_acme.yaml", service="acme2")
    assert problems(spec) == [
        "spec/services/acme.yaml: service acme: put_method: endpoint 'put_acme'"
        " (spec/endpoints/put_acme.yaml) does not declare service: acme",
        "spec/services/acme.yaml: service acme: service_settings.similarity: unknown type"
        " 'Similarity' (a plain type: any, bool, float, int, list_str, str; list[T]; dict[str, T];"
        " or a struct or enum of spec/types.yaml)",
        "spec/endpoints/put_acme.yaml: endpoint put_acme: service: no service named 'acme2' in"
        " spec/services",
    ]


def test_broken_yaml_names_the_file(spec: Path) -> None:
    (spec / "endpoints" / "get.yaml").write_text("name: [unclosed\n")
    with pytest.raises(LoadError, match=r"^spec/endpoints/get.yaml: not valid YAML"):
        generate(spec, TEMPLATES)


def test_cli_exits_2_and_prints_the_problems(
    spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(spec, "services/acme.yaml", task_types=[])
    assert main(["--spec", str(spec), "--out", str(spec.parent), "--check"]) == 2
    assert "a service needs at least one task type" in capsys.readouterr().err


def test_an_option_the_command_line_reserves(spec: Path) -> None:
    edit(spec, "endpoints/text_embedding.yaml", {"body.fields.help": {"kind": "bool"}})
    assert problems(spec) == [
        "spec/endpoints/text_embedding.yaml: endpoint text_embedding: body.fields.help: its"
        " command-line option --help is reserved; give it an alias"
    ]


def test_two_arguments_with_one_command_line_option(spec: Path) -> None:
    edit(spec, "endpoints/text_embedding.yaml", {"body.fields.input_": {"kind": "str"}})
    assert problems(spec) == [
        "spec/endpoints/text_embedding.yaml: endpoint text_embedding: body.fields.input_: its"
        " command-line option --input is also that of body.fields.input"
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n'\"\\é"), max_size=300), st.integers(10, 90))
def test_long_string_literals_keep_their_text(text: str, width: int) -> None:
    assert eval(py_text(text, width)) == text


def test_server_defaults_reach_the_docstrings_the_docs_and_the_settings_types() -> None:
    files = generate(FIXTURE, TEMPLATES)
    assert (
        ":param timeout: How long to wait. Server default: `30s`."
        in files["src/esinference/_gen/inference.py"]
    )
    assert (
        "How long to wait. Server default: `30s`. |" in files["docs/api/methods/text_embedding.md"]
    )
    assert '"""The user. Server default: `anonymous`."""' in files["src/esinference/_gen/types.py"]
    assert "The user. Server default: `anonymous`. |" in files["docs/api/services/acme.md"]


def test_an_argument_type_must_name_known_types(spec: Path) -> None:
    edit(spec, "endpoints/text_embedding.yaml", {"body.fields.input.type": "str | Nope"})
    assert problems(spec) == [
        "spec/endpoints/text_embedding.yaml: endpoint text_embedding: body.fields.input.type:"
        " unknown type 'Nope'"
    ]


def test_an_argument_type_is_its_annotation_with_one_sequence_for_its_lists(spec: Path) -> None:
    # mypy matches a list display against one Sequence of a union only, not against
    # Sequence[str] | Sequence[SomeTypedDict]: rerank(input=[{...}]) would be refused.
    typed = "str | list_str | RateLimitSetting | list[RateLimitSetting]"
    edit(spec, "endpoints/text_embedding.yaml", {"body.fields.input.type": typed})
    client = generate(spec, TEMPLATES)["src/esinference/_gen/inference.py"]
    assert "input: str | RateLimitSetting | Sequence[str | RateLimitSetting] | None" in client
    assert "        RateLimitSetting,\n" in client  # imported for the annotation


def test_the_generator_and_the_request_builder_share_one_vocabulary() -> None:
    from typing import get_args

    from codegen import naming
    from esinference import _spec_types

    assert get_args(naming.RuntimeKind) == get_args(_spec_types.Kind)
    assert get_args(naming.Location) == get_args(_spec_types.Location)
    assert get_args(naming.BodyKind) == get_args(_spec_types.BodyKind)
    assert set(naming.PARAM_KINDS.values()) == set(get_args(naming.RuntimeKind))
