"""The switch between the local server and a real cluster, and what is skipped on a cluster.

The last test runs part of this suite in a child pytest with ``ELASTICSEARCH_URL`` pointing at
a separate local server started with an API key, standing in for a real cluster: the suite must
send its requests there with that key, skip the local-only tests and clean up after itself.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from esinference import Client
from esinference.server import LocalServer
from tests.installed import PACKAGE_PARENT

from ._target import API_KEY_VARIABLE, URL_VARIABLE, Target, cluster_from_env, skip_reason

ROOT = Path(__file__).resolve().parents[2]
LOCAL = Target(url="http://127.0.0.1:9200")
CLUSTER = Target(url="https://es.example:9200", api_key="a2V5", is_local=False)


def test_without_elasticsearch_url_the_local_server_is_the_target() -> None:
    assert cluster_from_env({}) is None
    assert cluster_from_env({URL_VARIABLE: "  ", API_KEY_VARIABLE: "a2V5"}) is None


def test_elasticsearch_url_and_api_key_name_the_cluster() -> None:
    environ = {URL_VARIABLE: "https://es.example:9200/", API_KEY_VARIABLE: "a2V5"}
    assert cluster_from_env(environ) == CLUSTER
    assert cluster_from_env({URL_VARIABLE: "http://es:9200"}) == Target(
        url="http://es:9200", api_key=None, is_local=False
    )
    assert cluster_from_env({URL_VARIABLE: "http://es:9200", API_KEY_VARIABLE: ""}) == Target(
        url="http://es:9200", is_local=False
    )


def test_the_api_key_reaches_the_clients_but_never_the_repr() -> None:
    assert CLUSTER.client_options()["api_key"] == "a2V5"
    assert "api_key" not in LOCAL.client_options()
    assert "a2V5" not in repr(CLUSTER)


@pytest.mark.parametrize("markers", [["knobs"], ["fake_models"], ["fake_models", "timeout"]])
def test_local_only_tests_are_skipped_on_a_cluster(markers: list[str]) -> None:
    reason = skip_reason(markers, CLUSTER)
    assert reason is not None and reason.startswith("local server only: ")
    assert skip_reason(markers, LOCAL) is None


def test_other_tests_run_everywhere() -> None:
    assert skip_reason(["parametrize", "timeout"], CLUSTER) is None
    assert skip_reason([], CLUSTER) is None


@pytest.mark.knobs
@pytest.mark.timeout(90)
def test_the_suite_runs_against_a_cluster_named_by_the_environment(tmp_path: Path) -> None:
    key_id, key = "it-cluster", "it-cluster-key"
    encoded = base64.b64encode(f"{key_id}:{key}".encode()).decode()
    selection = [
        "tests/integration/test_generic_methods.py::test_put_with_body_and_the_task_type_in_the_body",
        "tests/integration/test_generic_methods.py::test_inference_with_and_without_the_task_type",
        "tests/integration/test_errors.py::test_delete_of_a_referenced_endpoint_needs_force",
        "tests/integration/test_errors.py::test_unknown_endpoint_is_not_found",
    ]
    report = tmp_path / "report.xml"
    with LocalServer(api_key=f"{key_id}:{key}") as cluster:
        environ = {**os.environ, URL_VARIABLE: cluster.url, API_KEY_VARIABLE: encoded}
        environ["PYTHONPATH"] = os.pathsep.join([PACKAGE_PARENT, str(ROOT)])
        command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *selection]
        run = subprocess.run(
            [*command, f"--junitxml={report}"],
            cwd=ROOT,
            env=environ,
            capture_output=True,
            text=True,
            timeout=80,
        )
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
        requests = cluster.requests()
        with Client(cluster.url, api_key=encoded) as client:
            remaining = client.inference.get().body["endpoints"]

    outcomes = _outcomes(report)
    assert outcomes["failed"] == []
    assert {t.split("[")[0] for t in outcomes["passed"]} == {
        "test_put_with_body_and_the_task_type_in_the_body",
        "test_unknown_endpoint_is_not_found",
    }
    assert {t.split("[")[0] for t in outcomes["skipped"]} == {
        "test_inference_with_and_without_the_task_type",
        "test_delete_of_a_referenced_endpoint_needs_force",
    }
    assert [r for r in requests if r.method == "PUT"], "endpoints were created on the cluster"
    assert all(r.headers.get("authorization") == f"ApiKey {encoded}" for r in requests)
    assert remaining == [], "every endpoint the suite created was deleted again"


def _outcomes(report: Path) -> dict[str, list[str]]:
    outcomes: dict[str, list[str]] = {"passed": [], "skipped": [], "failed": []}
    for case in ET.parse(report).iter("testcase"):
        children = {child.tag for child in case}
        if "skipped" in children:
            outcomes["skipped"].append(case.get("name", ""))
        elif children & {"failure", "error"}:
            outcomes["failed"].append(case.get("name", ""))
        else:
            outcomes["passed"].append(case.get("name", ""))
    return outcomes
