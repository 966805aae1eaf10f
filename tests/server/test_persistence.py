"""Durability: endpoints survive restarts, including SIGKILL right after acknowledgements."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from esinference._gen.services import SERVICES
from esinference.server import LocalServer
from tests.installed import PACKAGE_PARENT as SRC

from .conftest import Http, put_body


def test_in_memory_by_default_and_durable_with_a_data_dir(tmp_path: Path) -> None:
    service = SERVICES[sorted(SERVICES)[0]]
    task_type = service.task_types[0]
    with LocalServer() as server:
        Http(server.url)("PUT", f"/_inference/{task_type}/kept", put_body(service))
    with LocalServer() as server:
        assert Http(server.url)("GET", "/_inference").json == {"endpoints": []}
    with LocalServer(data_dir=tmp_path) as server:
        http = Http(server.url)
        http("PUT", f"/_inference/{task_type}/kept", put_body(service))
        http("PUT", f"/_inference/{task_type}/gone", put_body(service))
        http("PUT", "/_inference/kept/_update", {"task_settings": {"user": "u"}})
        http("DELETE", "/_inference/gone")
        before = http("GET", "/_inference").json
    with LocalServer(data_dir=tmp_path) as server:
        assert Http(server.url)("GET", "/_inference").json == before
        assert [e["inference_id"] for e in before["endpoints"]] == ["kept"]


def test_sigkill_right_after_acknowledgements_loses_nothing(tmp_path: Path) -> None:
    server = LocalServer(subprocess=True, data_dir=tmp_path).start()
    http = Http(server.url)
    acknowledged = []
    for service in SERVICES.values():
        for task_type in service.task_types:
            inference_id = f"{service.name}-{task_type}".replace("_", "-").lower()
            body = put_body(service, for_task_type=task_type)
            reply = http("PUT", f"/_inference/{task_type}/{inference_id}", body)
            assert reply.status == 200
            acknowledged.append(inference_id)
    server.kill()  # SIGKILL: no shutdown code runs
    with LocalServer(subprocess=True, data_dir=tmp_path) as restarted:
        listed = Http(restarted.url)("GET", "/_inference").json["endpoints"]
        assert sorted(e["inference_id"] for e in listed) == sorted(acknowledged)


def test_cli_prints_the_url_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": SRC}
    process = subprocess.Popen(
        [sys.executable, "-m", "esinference.server", "--port", "0", "--latency-ms", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:")
    assert Http(url)("GET", "/").status == 200
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 0
    assert process.stderr is not None and "stopped" in process.stderr.read()
