"""The exit statuses, one by one, exactly as the README's "Command line" table lists them."""

from __future__ import annotations

import contextlib
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from esinference.cli import ExitCode
from esinference.cli._exits import MEANINGS
from esinference.server import LocalServer
from tests.fakes.scripted import Reply, ScriptedServer

from .conftest import cli, cli_env

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_exit_codes() -> dict[int, str]:
    """The rows of the README's exit-code table: code -> meaning."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Command line") :]
    table = section[section.index("| exit code | meaning |") :].split("\n\n")[0]
    return {
        int(code): meaning for code, meaning in re.findall(r"^\| (\d+) \| (.+) \|$", table, re.M)
    }


def test_the_readme_and_the_help_list_every_exit_code_with_one_meaning() -> None:
    readme = {code: meaning.replace("`", "") for code, meaning in readme_exit_codes().items()}
    assert readme == {code.value: meaning for code, meaning in MEANINGS.items()}
    assert sorted(readme) == sorted(code.value for code in ExitCode)
    listing = " ".join(cli("--help").out.split())
    assert all(f"{code} {meaning}" in listing for code, meaning in readme.items())


def test_0_success(server: LocalServer) -> None:
    assert cli("get", "--inference-id", "emb", url=server.url).code == ExitCode.OK == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["text-embedding", "--input", "x"],
         "the following arguments are required: --inference-id"),
        (["put-openai", "--task-type", "rerank", "--openai-inference-id", "x"],
         "argument --task-type: invalid choice: 'rerank'"),
        (["text-embedding", "--inference-id", "e", "--task-settings", "{nope"],
         "argument --task-settings: not valid JSON"),
        (["rerank", "--inference-id", "e", "--top-n", "many"],
         "argument --top-n: invalid int value: 'many'"),
        (["text-embedding", "--inference-id", "e", "--task-settings", "@/does/not/exist"],
         "cannot read /does/not/exist"),
        (["text-embedding", "--inference-id", "e"],  # the client's own check, before I/O
         "text_embedding(): Empty value passed for parameter 'input'"),
        (["--basic-auth", "nocolon", "get"], "--basic-auth takes USER:PASSWORD"),
        (["no-such-command"], "invalid choice: 'no-such-command'"),
    ],
)  # fmt: skip
def test_2_bad_arguments_send_nothing(args: list[str], message: str, server: LocalServer) -> None:
    run = cli(*args, url=server.url)
    assert run.code == ExitCode.USAGE == 2 and message in run.err, run.err
    assert server.requests() == []


def test_3_not_found_with_the_error_body_on_stdout(server: LocalServer) -> None:
    run = cli("get", "--inference-id", "missing", url=server.url)
    assert run.code == ExitCode.CLIENT_ERROR == 3
    assert run.json["error"]["type"] == "resource_not_found_exception"
    assert "NotFoundError(404" in run.err


def test_3_bad_request(server: LocalServer) -> None:
    run = cli("rerank", "--inference-id", "emb", "--query", "q", "--input", "a", url=server.url)
    assert run.code == 3 and run.json["status"] == 400


def test_4_server_error(server: LocalServer) -> None:
    server.add_fault("status", status=500, method="POST")
    run = cli("text-embedding", "--inference-id", "emb", "--input", "x", url=server.url)
    assert run.code == ExitCode.SERVER_ERROR == 4 and "ApiError(500" in run.err


@pytest.mark.parametrize(
    "reply",
    [
        # A web server at the wrong URL: 404 and an HTML page. Elasticsearch sends
        # X-Elastic-Product on every answer, errors included, so this is no missing endpoint.
        Reply(404, b"<html><body>Not Found</body></html>", {"Content-Type": "text/html"}),
        Reply(200, b'{"ok": true}', {"Content-Type": "application/json"}),  # a success, not ES's
        Reply(401, b'{"error": "login"}', {"Content-Type": "application/json"}),  # a proxy's
    ],
    ids=["html-404", "json-200", "proxy-401"],
)
def test_4_a_server_that_is_not_elasticsearch(reply: Reply) -> None:
    with ScriptedServer() as other:
        other.reply = reply
        run = cli("get", "--inference-id", "x", url=other.url)
    assert run.code == 4, run.err
    assert f"the server at {other.url} is not Elasticsearch" in run.err
    assert run.out == ""  # its page is no Elasticsearch error body


def test_5_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, not listening: connections are refused
        run = cli("--request-timeout", "2", "get", url=f"http://127.0.0.1:{port}")
    assert run.code == ExitCode.CONNECTION == 5 and "ConnectionError: Could not connect" in run.err


def test_5_timeout() -> None:
    with ScriptedServer() as slow:
        slow.reply = Reply(delay=2)  # the server joins its threads on exit: keep it short
        run = cli("get", "--request-timeout", "0.3", url=slow.url)
    assert run.code == 5 and "ConnectionTimeout" in run.err


@contextlib.contextmanager
def sigint_delivered() -> Iterator[None]:
    """Children started here get SIGINT as a terminal's Ctrl-C would deliver it.

    A child inherits an *ignored* SIGINT, and Python then installs no KeyboardInterrupt handler:
    bash starts background jobs that way (`.ci/run` runs two suites with `&`), so without this
    the CLI would never see the signal and the test would measure the shell, not the CLI.
    """
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def test_130_interrupted() -> None:
    with ScriptedServer() as slow:
        # Long enough that the answer cannot arrive before the signal is handled, even on a loaded
        # machine; the server's exit waits for it once.
        slow.reply = Reply(delay=5)
        command = [sys.executable, "-m", "esinference", "--url", slow.url, "get"]
        with sigint_delivered():
            process = subprocess.Popen(command, env=cli_env(), stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while not slow.requests and time.monotonic() < deadline:  # waiting for its answer
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=30)
        assert process.stderr is not None
        err = process.stderr.read().decode()
        process.stderr.close()
        assert code == ExitCode.INTERRUPTED == 130, err
        assert "Traceback" not in err
