"""``esinference embed`` end to end (resume included), ``esinference server``, import cost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

from esinference.server import LocalServer
from esinference.server.fakes.models import unit_vector

from .conftest import DIMENSIONS, SRC, cli


def write_corpus(path: Path, n: int) -> list[str]:
    texts = [f"sentence {i}" for i in range(n)]
    lines = texts[:]
    lines[5] = "   "  # a blank line keeps its index and is skipped
    path.write_text("\n".join(lines) + "\n")
    return texts


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_embed_a_file_into_jsonl(server: LocalServer, tmp_path: Path) -> None:
    texts = write_corpus(tmp_path / "in.txt", 40)
    run = cli("embed", str(tmp_path / "in.txt"), "--inference-id", "emb", "--batch-size", "7",
              "--include-text", url=server.url)  # fmt: skip
    assert (run.code, run.err) == (0, "")
    expected = [i for i in range(40) if i != 5]
    assert [r["index"] for r in run.lines] == expected
    for record in run.lines:
        assert record["text"] == texts[record["index"]]
        assert record["embedding"] == unit_vector(texts[record["index"]], DIMENSIONS)


def test_embed_a_jsonl_field_from_stdin_to_a_file(server: LocalServer, tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": i, "body": f"doc {i}"}) + "\n" for i in range(12))
    out = tmp_path / "out.jsonl"
    run = cli("embed", "-", "--inference-id", "sparse", "--field", "body", "--output", str(out),
              url=server.url, stdin=lines)  # fmt: skip
    assert (run.code, run.out) == (0, "")
    assert [r["index"] for r in records(out)] == list(range(12))
    assert set(records(out)[0]["embedding"]) == {"doc", "0"}


def test_a_failed_run_resumes_where_it_stopped(server: LocalServer, tmp_path: Path) -> None:
    write_corpus(tmp_path / "in.txt", 60)
    out = tmp_path / "out.jsonl"
    args = ["embed", str(tmp_path / "in.txt"), "--inference-id", "emb", "--output", str(out),
            "--batch-size", "10", "--concurrency", "1"]  # fmt: skip
    # Requests 1-2 pass, request 3 is answered 500: batches 0-1 written, batch 2 missing.
    server.add_fault("stall", count=2, method="POST")
    server.add_fault("status", status=500, method="POST")
    failed = cli(*args, url=server.url)
    assert failed.code == 4
    assert "not embedded" in failed.err and "--resume" in failed.err
    first = [r["index"] for r in records(out)]
    assert first and len(first) < 59
    with out.open("a") as file:  # a crash mid-line: resume cuts it off
        file.write('{"index": 59, "embed')
    resumed = cli(*args, "--resume", url=server.url)
    assert (resumed.code, resumed.err) == (0, "")
    indices = [r["index"] for r in records(out)]
    assert sorted(indices) == [i for i in range(60) if i != 5]  # each exactly once
    assert indices[: len(first)] == first


def test_resume_needs_an_output_and_bad_input_is_2(server: LocalServer, tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text('{"body": "a"}\n{"other": 1}\n')
    assert "--resume needs --output" in cli("embed", "-", "--inference-id", "emb", "--resume",
                                            url=server.url).err  # fmt: skip
    run = cli("embed", str(tmp_path / "in.jsonl"), "--inference-id", "emb", "--field", "body",
              url=server.url)  # fmt: skip
    assert run.code == 2 and "in.jsonl:2: no string field 'body'" in run.err
    run = cli("embed", str(tmp_path / "in.jsonl"), "--inference-id", "comp", url=server.url)
    assert run.code == 2 and "task type 'completion'" in run.err


def test_server_subcommand_starts_the_local_server() -> None:
    env = {**os.environ, "PYTHONPATH": SRC}
    process = subprocess.Popen(
        [sys.executable, "-m", "esinference", "server", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        with urllib.request.urlopen(url, timeout=10) as answer:
            assert json.load(answer)["tagline"] == "You Know, for Search"
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


def test_importing_the_package_imports_neither_the_cli_nor_the_helpers() -> None:
    code = (
        "import sys, esinference; print(sorted(m for m in sys.modules if m == 'argparse'"
        " or m.startswith(('esinference.cli', 'esinference.helpers', 'esinference._gen.cli'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": SRC},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "[]"
