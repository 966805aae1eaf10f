"""Every generated subcommand works end to end; errors map to the documented exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from esinference import Client
from esinference._gen import endpoints
from esinference._gen.cli import COMMANDS
from esinference._gen.services import SERVICES
from esinference.server import LocalServer
from esinference.server.fakes.models import completion_text, rerank_scores, unit_vector
from tests.server.conftest import required_settings

from .conftest import DIMENSIONS, cli

OPENAI = {"api_key": "k", "model_id": "m"}
CONFIG = {"service": "openai", "service_settings": OPENAI}

# Arguments of a successful call for each subcommand that is not put-<service>.
CALLS: dict[str, list[str]] = {
    "chat-completion-unified": ["--inference-id", "chat", "--messages",
                                '[{"role": "user", "content": "hi"}]'],
    "completion": ["--inference-id", "comp", "--input", "hi"],
    "delete": ["--inference-id", "doomed", "--no-force"],
    "get": [],
    "inference": ["--task-type", "text_embedding", "--inference-id", "emb", "--input", "hi"],
    "put": ["--task-type", "text_embedding", "--inference-id", "new", "--inference-config",
            "@config.json", "--timeout", "30s"],
    "rerank": ["--inference-id", "rr", "--query", "star wars", "--input",
               '["luke", "star wars"]', "--top-n", "1", "--return-documents"],
    "embedding": ["--inference-id", "multi", "--embedding", '{"input": ["hi"]}'],
    "put-region-policy": ["--region-policy", '{"allowed_geos": ["us", "eu"]}'],
    "get-region-policy": [],
    "delete-region-policy": [],
    "sparse-embedding": ["--inference-id", "sparse", "--input", "the cat"],
    "stream-completion": ["--inference-id", "comp", "--input", "hi"],
    "text-embedding": ["--inference-id", "emb", "--input", "hi", "--input", "there"],
    "update": ["--inference-id", "emb", "--inference-config", "-"],
}  # fmt: skip
PUTS = {f"put-{s.put_method[4:].replace('_', '-')}": s for s in SERVICES.values()}
COMMAND_BY_NAME = COMMANDS


def test_every_generated_command_has_a_happy_path_here() -> None:
    assert set(COMMAND_BY_NAME) == set(CALLS) | set(PUTS)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_command(name: str, server: LocalServer, tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps(CONFIG))
    with Client(server.url) as client:  # what the command needs to exist beforehand
        if name in ("get-region-policy", "delete-region-policy"):
            client.inference.put_region_policy(region_policy={"allowed_geos": ["us"]})
        if name == "embedding":
            client.inference.put_openai(task_type="embedding", openai_inference_id="multi",
                                        service="openai", service_settings=OPENAI)  # fmt: skip
    stdin = json.dumps({"service_settings": {"api_key": "rotated"}})
    run = cli(name, *CALLS[name], url=server.url, stdin=stdin, cwd=tmp_path)
    assert run.code == 0
    if name == "embedding":  # experimental: Python's warning reaches the user, as it should
        assert "GeneralAvailabilityWarning: This API is in technical preview" in run.err
    else:
        assert run.err == ""
    method = COMMAND_BY_NAME[name].method
    request = server.requests()[-1]
    assert request.method == getattr(endpoints, method.upper()).method
    if COMMAND_BY_NAME[name].streaming:
        assert all(isinstance(chunk, dict) for chunk in run.lines) and len(run.lines) > 1
    else:
        answer = run.json
        if name == "text-embedding":
            vectors = [item["embedding"] for item in answer["text_embedding"]]
            assert vectors == [unit_vector(t, DIMENSIONS) for t in ("hi", "there")]
            assert request.json() == {"input": ["hi", "there"]}
        if name == "rerank":
            score = rerank_scores("star wars", ["luke", "star wars"])[1]
            assert answer["rerank"] == [{"index": 1, "relevance_score": score, "text": "star wars"}]
        if name == "put":
            assert request.json() == CONFIG and request.query == {"timeout": "30s"}
        if name == "update":
            assert request.json() == {"service_settings": {"api_key": "rotated"}}


@pytest.mark.parametrize("name", sorted(PUTS))
def test_put_command(name: str, server: LocalServer) -> None:
    service = PUTS[name]
    id_flag = next(o.flag for o in COMMAND_BY_NAME[name].options if o.flag.endswith("-id"))
    run = cli(
        name, "--task-type", service.task_types[0], id_flag, "made-by-cli",
        "--service-settings", json.dumps(required_settings(service)), url=server.url,
    )  # fmt: skip
    # The server deprecates elser in a Warning header; the CLI passes it on, one line.
    warned = "warning: The [elser] service is deprecated" if name == "put-elser" else None
    assert run.code == 0
    assert run.err == "" if warned is None else run.err.startswith(f"esinference {name}: {warned}")
    assert run.json["inference_id"] == "made-by-cli"
    assert run.json["service"] == service.name  # --service defaulted to the only choice


def test_streaming_text_only(server: LocalServer) -> None:
    run = cli("stream-completion", "--inference-id", "comp", "--input", "cats", "--text",
              url=server.url)  # fmt: skip
    assert (run.code, run.out) == (0, completion_text("cats") + "\n")


def test_help_shows_the_spec_docs() -> None:
    run = cli("text-embedding", "--help")
    assert run.code == 0
    assert "Perform text embedding inference on the service." in run.out
    assert "--inference-id INFERENCE_ID" in run.out and "Inference input." in run.out
    listing = cli("--help")
    assert "put-openai" in listing.out and "Create an OpenAI inference endpoint." in listing.out


def test_url_and_api_key_from_the_environment(server: LocalServer) -> None:
    import os
    import subprocess
    import sys

    from .conftest import SRC

    env = {**os.environ, "PYTHONPATH": SRC, "ELASTICSEARCH_URL": server.url,
           "ELASTICSEARCH_API_KEY": "c2VjcmV0"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "esinference", "get"], env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 0
    assert server.requests()[-1].headers["authorization"] == "ApiKey c2VjcmV0"


def test_options_follow_the_rule_the_spec_validator_checks_for_clashes() -> None:
    from codegen.naming import flag

    for command in COMMAND_BY_NAME.values():
        assert [o.flag for o in command.options] == [flag(o.dest) for o in command.options]
        assert len({o.flag for o in command.options}) == len(command.options)


def test_every_argument_of_the_method_is_an_option_with_help() -> None:
    """All but ``pretty``: the CLI prints answers itself, --pretty is its own (test_conventions)."""
    import inspect

    from esinference._gen.inference import InferenceClient

    for command in COMMAND_BY_NAME.values():
        method = getattr(InferenceClient, command.method)
        arguments = [a for a in list(inspect.signature(method).parameters)[1:] if a != "pretty"]
        assert [o.dest for o in command.options] == arguments
        assert all(o.help or o.dest in ("embedding", "inference_config") for o in command.options)
