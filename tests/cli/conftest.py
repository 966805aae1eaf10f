"""Run ``python -m esinference`` in a subprocess against an in-process local server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from esinference import Client
from esinference.server import LocalServer
from tests.installed import PACKAGE_PARENT as SRC

DIMENSIONS = 4


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines()]


def cli(
    *args: str, url: str | None = None, stdin: str | None = None, cwd: Path | None = None
) -> Run:
    """``esinference [--url URL] ARGS...``; the environment holds no ELASTICSEARCH_* values."""
    command = [sys.executable, "-m", "esinference", *(["--url", url] if url else []), *args]
    done = subprocess.run(
        command, input=stdin, capture_output=True, text=True, env=cli_env(), timeout=60, cwd=cwd
    )
    return Run(done.returncode, done.stdout, done.stderr)


def cli_env() -> dict[str, str]:
    """This process's environment without ELASTICSEARCH_* values, importing our src/."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ELASTICSEARCH_")}
    env["PYTHONPATH"] = SRC
    return env


def create_endpoints(server: LocalServer) -> None:
    with Client(server.url) as client:
        openai = {"api_key": "k", "model_id": "m"}
        for task_type, inference_id, extra in (
            ("text_embedding", "emb", {"dimensions": DIMENSIONS}),
            ("completion", "comp", {}),
            ("chat_completion", "chat", {}),
            ("text_embedding", "doomed", {}),
        ):
            client.inference.put_openai(
                task_type=task_type,  # type: ignore[arg-type]
                openai_inference_id=inference_id,
                service="openai",
                service_settings={**openai, **extra},  # type: ignore[arg-type]
            )
        client.inference.put_cohere(
            task_type="rerank", cohere_inference_id="rr", service="cohere",
            service_settings={"api_key": "k", "model_id": "m"},
        )  # fmt: skip
        client.inference.put_elser(
            task_type="sparse_embedding", elser_inference_id="sparse", service="elser",
            service_settings={"num_allocations": 1, "num_threads": 1},
        )  # fmt: skip


@pytest.fixture
def server(local_es: LocalServer) -> LocalServer:
    """The session's local server (our own pytest plugin), reset, with the test endpoints."""
    create_endpoints(local_es)
    local_es.clear_requests()
    return local_es
