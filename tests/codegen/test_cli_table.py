"""The command line's generated table: spec prose rendered as plain text for a terminal, each
argument's way of being read, and one option rule shared with the spec validator."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import get_args

import pytest

from codegen import naming, terminal
from codegen.__main__ import generate
from esinference import _spec_types

from .test_generator import FIXTURE, TEMPLATES, edit, problems, spec  # noqa: F401 (fixture)

RERANK_INPUT = """The documents to rank.
The input can be a string or an array of strings.

> info
> Only the `elastic` service supports non-text inputs.

string example:
```
"input": "some document text"
```"""


def test_markdown_and_rst_become_plain_text() -> None:
    assert terminal.blocks(RERANK_INPUT) == [
        ("text", "The documents to rank. The input can be a string or an array of strings."),
        ("text", "Note: Only the elastic service supports non-text inputs."),
        ("text", "string example:"),
        ("code", '"input": "some document text"'),
    ]
    assert terminal.inline("``a`` and `b`, [docs](https://x.y/z), `<https://u.v>`_") == (
        "a and b, docs (https://x.y/z), https://u.v"
    )
    assert terminal.inline("the `embedding` and text_embedding` task types") == (
        "the embedding and text_embedding task types"
    )


def test_list_items_stay_items_and_code_keeps_its_lines() -> None:
    text = 'Options:\n- one\n  continued\n* two\n\n```\n{\n  "a": 1\n}\n```\nAfter.'
    assert terminal.blocks(text) == [
        ("text", "Options:"), ("item", "one continued"), ("item", "two"),
        ("code", '{\n  "a": 1\n}'), ("text", "After."),
    ]  # fmt: skip


def test_an_options_help_is_its_first_paragraph_marked_when_more_was_left_out() -> None:
    assert terminal.option_help(RERANK_INPUT, None) == (
        "The documents to rank. The input can be a string or an array of strings. [...]"
    )
    assert terminal.option_help("How long to wait.", "30s") == (
        "How long to wait. (server default: 30s)"
    )
    long = "A sentence that goes on. " * 20
    cut = terminal.option_help(long, None)
    assert cut.endswith(". [...]") and len(cut) <= terminal.OPTION_BUDGET + len(" [...]")


def test_a_description_is_wrapped_trimmed_and_ends_with_the_docs_url() -> None:
    prose = "\n\n".join(f"Paragraph {i}. " + "word " * 60 for i in range(10))
    text = terminal.description("Do it.", prose, "https://docs/x")
    lines = text.splitlines()
    assert lines[0] == "Do it." and lines[-2:] == [
        "Documentation (the full text):",
        "https://docs/x",
    ]
    assert max(len(line) for line in lines[:-1]) <= terminal.WIDTH
    assert "[...]" in text and "Paragraph 9" not in text
    short = terminal.description("Do it.", "One paragraph.", "https://docs/x")
    assert short == "Do it.\n\nOne paragraph.\n\nDocumentation (the full text):\nhttps://docs/x"


def test_a_code_block_that_does_not_fit_is_left_out_whole() -> None:
    code = "\n".join(f"line {i}" for i in range(300))
    text = terminal.description("S.", f"Like this:\n```\n{code}\n```", "u")
    assert "Like this: [...]" in text and "line 0" not in text


@pytest.mark.parametrize(
    ("kind", "spec_type", "expected"),
    [
        ("str", None, ("text", "one")),
        ("str_list", None, ("text", "one_or_list")),
        ("list_str", None, ("text", "list")),
        ("list", None, ("json", "list")),
        ("object", None, ("json_object", "one")),
        ("any", None, ("json", "one")),
        ("time", None, ("duration", "one")),
        ("enum", None, ("choice", "one")),
        ("bool", None, ("flag", "one")),
        ("any", "str | list_str | RerankInputObject | list[RerankInputObject]",
         ("text_or_json", "one_or_list")),
        ("any", "str | CompletionToolChoice", ("text_or_json", "one")),
        ("any", "list[Message]", ("json", "list")),
        ("any", "Message | list[Message]", ("json", "one_or_list")),
    ],
)  # fmt: skip
def test_how_each_argument_is_read(
    kind: naming.RuntimeKind, spec_type: str | None, expected: tuple[str, str]
) -> None:
    assert naming.cli_value(kind, spec_type) == expected


def test_the_generator_and_the_cli_share_one_vocabulary() -> None:
    assert get_args(naming.CliReads) == get_args(_spec_types.CliReads)
    assert get_args(naming.CliCollects) == get_args(_spec_types.CliCollects)


def test_the_table_of_the_small_spec() -> None:
    namespace: dict[str, object] = {}
    table = generate(FIXTURE, TEMPLATES)["src/esinference/_gen/cli.py"]
    exec(table.replace("from .._spec_types", "from esinference._spec_types"), namespace)
    command = namespace["COMMANDS"]["text-embedding"]  # type: ignore[index]
    assert command.description == textwrap.dedent("""\
        Embed texts.

        Returns one vector per input.

        Second paragraph.

        Documentation (the full text):
        https://example.com/text_embedding""")
    options = {o.flag: o for o in command.options}
    # No --pretty: the common query parameter ``pretty`` gets no option (the CLI's own is).
    assert list(options) == ["--inference-id", "--input", "--from", "--timeout", "--body"]
    assert options["--input"][2:] == ("text", "one_or_list", False, (), None, "The texts.")
    assert options["--timeout"].help == "How long to wait. (server default: 30s)"
    assert options["--inference-id"].required and options["--from"].dest == "from_"


def test_a_global_option_of_the_command_line_is_reserved(spec: Path) -> None:  # noqa: F811
    edit(spec, "endpoints/text_embedding.yaml", {"body.fields.url": {"kind": "str"}})
    assert problems(spec) == [
        "spec/endpoints/text_embedding.yaml: endpoint text_embedding: body.fields.url: its"
        " command-line option --url is reserved; give it an alias"
    ]
