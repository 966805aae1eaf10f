"""The command line behaves like the CLIs people know (issue #22): repeatable list options,
JSON options that refuse what is not JSON, global options anywhere, one meaning per option,
``--version``, compact output when piped, and help texts written for a terminal."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from esinference._gen.cli import COMMANDS
from esinference.cli._parser import build_parser
from esinference.cli._values import StdinUsed
from esinference.server import LocalServer
from esinference.server.fakes.models import rerank_scores

from .conftest import DIMENSIONS, cli, cli_env

EMBED = ["text-embedding", "--inference-id", "emb", "--input", "hi"]

# -- repeatable options --------------------------------------------------------------------


def test_repeating_a_json_typed_list_option_collects_every_value(server: LocalServer) -> None:
    documents = ["luke", "star wars leia", "r2"]
    run = cli("rerank", "--inference-id", "rr", "--query", "star wars", "--input", documents[0],
              "--input", documents[1], "--input", documents[2], "--top-n", "3",
              url=server.url)  # fmt: skip
    assert run.code == 0, run.err
    assert server.requests()[-1].json()["input"] == documents
    scores = rerank_scores("star wars", documents)
    assert sorted(r["index"] for r in run.json["rerank"]) == [0, 1, 2]
    assert [r["relevance_score"] for r in run.json["rerank"]] == sorted(scores, reverse=True)


def test_one_value_of_a_list_option_is_sent_as_given(server: LocalServer) -> None:
    run = cli("rerank", "--inference-id", "rr", "--query", "q", "--input", "luke", url=server.url)
    assert run.code == 0 and server.requests()[-1].json()["input"] == "luke"
    run = cli("rerank", "--inference-id", "rr", "--query", "q", "--input", '["luke"]',
              url=server.url)  # fmt: skip
    assert run.code == 0 and server.requests()[-1].json()["input"] == ["luke"]


def test_json_arrays_and_single_items_combine(server: LocalServer) -> None:
    run = cli("rerank", "--inference-id", "rr", "--query", "q", "--input", '["a", "b"]',
              "--input", "c", url=server.url)  # fmt: skip
    assert run.code == 0 and server.requests()[-1].json()["input"] == ["a", "b", "c"]


def test_a_list_of_json_objects_repeats_one_object_each(server: LocalServer) -> None:
    hi = {"role": "user", "content": "hi"}
    again = {"role": "user", "content": "again"}
    run = cli("chat-completion-unified", "--inference-id", "chat", "--messages", json.dumps(hi),
              "--messages", json.dumps(again), "--stop", "x", "--stop", "y",
              url=server.url)  # fmt: skip
    assert run.code == 0, run.err
    body = server.requests()[-1].json()
    assert body["messages"] == [hi, again] and body["stop"] == ["x", "y"]


@pytest.mark.parametrize(
    ("args", "flag"),
    [
        (["chat-completion-unified", "--inference-id", "chat", "--messages", "hi"], "--messages"),
        (["rerank", "--inference-id", "rr", "--query", "q", "--input", '{"type": "text"'],
         "--input"),
        (["rerank", "--inference-id", "rr", "--input", "a", "--query", "[unclosed"], "--query"),
        (["chat-completion-unified", "--inference-id", "chat", "--messages", "[]",
          "--tool-choice", "{auto}"], "--tool-choice"),
        (["text-embedding", "--inference-id", "emb", "--input", "x", "--task-settings", "[]"],
         "--task-settings"),
    ],
)  # fmt: skip
def test_a_value_that_must_be_json_and_is_not_is_a_usage_error(
    args: list[str], flag: str, server: LocalServer
) -> None:
    run = cli(*args, url=server.url)
    assert run.code == 2 and f"error: argument {flag}: " in run.err, run.err
    assert server.requests() == []


def test_text_that_does_not_look_like_json_is_text(server: LocalServer) -> None:
    run = cli("chat-completion-unified", "--inference-id", "chat", "--messages",
              '[{"role": "user", "content": "hi"}]', "--tool-choice", "auto",
              url=server.url)  # fmt: skip
    assert run.code == 0 and server.requests()[-1].json()["tool_choice"] == "auto"


# -- global options anywhere; one meaning per option ---------------------------------------


def test_global_options_work_after_the_command(server: LocalServer) -> None:
    run = cli("get", "--inference-id", "emb", "--url", server.url, "--request-timeout", "5")
    assert run.code == 0 and run.json["endpoints"][0]["inference_id"] == "emb"


def test_after_the_command_wins_over_before(server: LocalServer, tmp_path: Path) -> None:
    run = cli("--url", "http://127.0.0.1:9", "get", "--url", server.url)
    assert run.code == 0
    texts = tmp_path / "texts.txt"
    texts.write_text("a\nb\n")
    run = cli("embed", str(texts), "--inference-id", "emb", "--url", server.url)
    assert run.code == 0 and [len(line["embedding"]) for line in run.lines] == [DIMENSIONS] * 2


def test_the_old_global_timeout_says_what_it_is_called_now(server: LocalServer) -> None:
    run = cli("--timeout", "5", *EMBED, url=server.url)
    assert run.code == 2 and "it is now --request-timeout" in run.err
    assert server.requests() == []


def test_timeout_after_a_command_is_the_apis_and_needs_a_unit(server: LocalServer) -> None:
    run = cli(*EMBED, "--timeout", "5", url=server.url)
    assert run.code == 2 and "argument --timeout: '5' is not a duration" in run.err
    assert "--request-timeout" in run.err and server.requests() == []
    assert cli(*EMBED, "--timeout", "5s", url=server.url).code == 0
    assert server.requests()[-1].query == {"timeout": "5s"}


def test_request_timeout_must_be_seconds_above_zero(server: LocalServer) -> None:
    run = cli(*EMBED, "--request-timeout", "0", url=server.url)
    assert run.code == 2 and "argument --request-timeout: '0' is not a number of seconds" in run.err


def test_version() -> None:
    from esinference import __es_specification_commit__, __version__

    expected = f"esinference {__version__} (Elasticsearch specification"
    run = cli("--version")
    assert run.code == 0 and run.out.startswith(expected)
    assert __es_specification_commit__[:12] in run.out
    script = Path(sys.executable).parent / "esinference"  # the console script pip installed
    done = subprocess.run([script, "--version"], capture_output=True, text=True, env=cli_env())
    assert done.stdout == run.out


# -- output ------------------------------------------------------------------------------


def on_a_terminal(*args: str) -> str:
    """What the CLI writes when its standard output is a terminal (a pseudo-terminal here)."""
    leader, follower = pty.openpty()
    with subprocess.Popen([sys.executable, "-m", "esinference", *args], env=cli_env(),
                          stdout=follower, stderr=subprocess.PIPE) as process:  # fmt: skip
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the process closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=60) == 0
    os.close(leader)
    return b"".join(chunks).decode().replace("\r\n", "\n")


def test_piped_output_is_compact_json_unless_pretty(server: LocalServer) -> None:
    compact = cli(*EMBED, url=server.url).out
    assert compact.count("\n") == 1 and ", " not in compact
    pretty = cli(*EMBED, "--pretty", url=server.url).out
    assert pretty.count("\n") > DIMENSIONS and json.loads(pretty) == json.loads(compact)


def test_terminal_output_is_indented_unless_no_pretty(server: LocalServer) -> None:
    indented = on_a_terminal("--url", server.url, *EMBED)
    assert indented.startswith('{\n  "text_embedding": [')
    assert on_a_terminal("--url", server.url, *EMBED, "--no-pretty").count("\n") == 1
    assert "pretty" not in server.requests()[-1].query  # the CLI's own, not the server's


def test_an_error_body_follows_the_same_rule(server: LocalServer) -> None:
    run = cli("get", "--inference-id", "missing", url=server.url)
    assert run.code == 3 and run.out.count("\n") == 1 and json.loads(run.out)["status"] == 404


# -- help texts --------------------------------------------------------------------------


def help_of(command: str, capsys: pytest.CaptureFixture[str]) -> str:
    """``esinference COMMAND --help``, in this process (a subprocess each would take minutes)."""
    with pytest.raises(SystemExit) as exited:
        build_parser(StdinUsed()).parse_args([command, "--help"] if command else ["--help"])
    assert exited.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", ["", *sorted(COMMANDS), "embed"])
def test_help_is_plain_text_for_a_terminal(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = help_of(command, capsys)
    for markup in ("```", "``", "`", "CLI.", "**", "](", ":param"):
        assert markup not in text, f"{command} --help shows {markup!r}"
    assert max(len(line) for line in text.splitlines()) <= 100


def test_long_spec_text_is_wrapped_trimmed_and_points_at_the_docs() -> None:
    text = cli("put-custom", "--help").out
    assert (
        "[...]" in text
        and "Documentation (the full text):\nhttps://www.elastic.co/docs/api/" in text
    )
    assert len(text) < 12_000
    rerank = cli("rerank", "--help").out
    assert "The documents to rank." in rerank and '"input": [' not in rerank
