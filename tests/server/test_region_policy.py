"""GET/PUT/DELETE /_inference/_region_policy (9.5), as elastic/elasticsearch's
170_region_policy_crud.yml and TransportPut/Get/DeleteRegionPolicyAction describe it."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import pytest

from esinference.server import LocalServer

from .conftest import Http
from .server95 import catalog_95, http95_fixture, server95_fixture  # noqa: F401 - fixtures

PATH = "/_inference/_region_policy"
NONE = "No region policy is configured for this deployment"
GEOS = {"region_policy": {"allowed_geos": ["us", "eu"]}}
REGIONS = {"region_policy": {"allowed_regions": [{"csp": "azure", "region": "eastus"}]}}
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def test_put_get_replace_delete(http95: Http) -> None:
    created = http95("PUT", PATH, GEOS).json
    assert created["region_policy"] == GEOS["region_policy"]
    assert TIMESTAMP.match(created["created_at"])
    assert set(created) == {"region_policy", "created_at"}  # no security: no created_by
    assert http95("GET", PATH).json == created
    replaced = http95("PUT", PATH, REGIONS).json
    assert replaced["region_policy"] == REGIONS["region_policy"]  # no allowed_geos left
    assert replaced["created_at"] == created["created_at"]
    assert (
        TIMESTAMP.match(replaced["updated_at"]) and replaced["updated_at"] >= created["created_at"]
    )
    assert http95("GET", PATH).json == replaced
    assert http95("DELETE", PATH).json == {"acknowledged": True}
    gone = http95("GET", PATH)
    assert (gone.status, gone.error_type, gone.reason) == (
        404,
        "resource_not_found_exception",
        NONE,
    )


def test_missing_policy_is_404_for_get_and_delete(http95: Http) -> None:
    for method in ("GET", "DELETE"):
        reply = http95(method, PATH)
        assert (reply.status, reply.reason) == (404, NONE)


def test_an_empty_policy_is_accepted(http95: Http) -> None:
    assert http95("PUT", PATH, {"region_policy": {}}).json["region_policy"] == {}


def test_region_policy_is_not_an_inference_id(http95: Http) -> None:
    http95("PUT", PATH, GEOS)
    assert http95("GET", "/_inference").json == {"endpoints": []}
    # POST has no region-policy route: like Elasticsearch's path trie, it falls through to
    # the inference route and treats the segment as an id.
    post = http95("POST", PATH, {"input": "x"})
    assert (post.status, post.reason) == (404, "Inference endpoint not found [_region_policy]")


def reasons(reply: Any) -> list[str]:
    error, found = reply.json["error"], []
    while error:
        found.append(f"{error['type']}: {error['reason']}")
        error = error.get("caused_by")
    return found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"allowed_geos": ["us"]},
            [
                "x_content_parse_exception: [1:2] [put_region_policy_request] unknown field "
                "[allowed_geos]"
            ],
        ),
        (
            {
                "region_policy": {
                    "allowed_geos": ["us"],
                    "allowed_regions": [{"csp": "a", "region": "b"}],
                }
            },
            [
                "x_content_parse_exception: [1:2] [put_region_policy_request] failed to parse "
                "field [region_policy]",
                "illegal_argument_exception: The following fields are not allowed together: "
                "[allowed_geos, allowed_regions] ",
            ],
        ),
        (
            {"region_policy": {"allowed_regions": []}},
            [
                "action_request_validation_exception: Validation Failed: 1: "
                "[region_policy.allowed_regions] must not be empty;"
            ],
        ),
        (
            {"region_policy": {"allowed_regions": [{"csp": "aws"}]}},
            [
                "x_content_parse_exception: [1:2] [put_region_policy_request] failed to parse "
                "field [region_policy]",
                "x_content_parse_exception: [1:20] [region_policy] failed to parse field "
                "[allowed_regions]",
                "illegal_argument_exception: Required [region]",
            ],
        ),
        ({}, ["illegal_argument_exception: Required [region_policy]"]),
        (None, ["parse_exception: body is required"]),
    ],
)
def test_invalid_bodies(http95: Http, body: Any, expected: list[str]) -> None:
    reply = http95("PUT", PATH, body)
    assert reply.status == 400
    assert reasons(reply) == expected
    assert http95("GET", PATH).status == 404  # nothing stored


def test_only_put_takes_force(http95: Http) -> None:
    assert http95("PUT", PATH + "?force=true", GEOS).status == 200
    reply = http95("DELETE", PATH + "?force=true")
    assert (reply.status, reply.reason) == (
        400,
        "request [/_inference/_region_policy] contains unrecognized parameter: [force]",
    )


def create_elastic(http: Http, inference_id: str) -> None:
    body = {"service": "elastic", "service_settings": {"model_id": "m"}}
    assert http("PUT", f"/_inference/sparse_embedding/{inference_id}", body).status == 200


def test_policy_that_denies_in_use_elastic_endpoints_needs_force(
    http95: Http, server95: LocalServer
) -> None:
    create_elastic(http95, "elser-a")
    create_elastic(http95, "elser-b")
    server95.set_references("elser-a", pipelines=["p1", "p2"])
    server95.set_references("elser-b", indexes=["idx"])
    denying = {"region_policy": {"allowed_geos": ["eu"]}}
    reply = http95("PUT", PATH, denying)
    assert (reply.status, reply.error_type) == (409, "status_exception")
    assert reply.reason == (
        "Cannot put the region policy because it would deny access to the following in-use "
        "inference endpoints: [elser-a, elser-b]. Ensure that these inference endpoints are not "
        "in use, or use force to ignore this warning and proceed anyway."
    )
    error = reply.json["error"]
    assert error["denied_endpoint_ids"] == ["elser-a", "elser-b"]
    assert error["referencing_pipelines"] == ["elser-a:p1", "elser-a:p2"]
    assert error["referencing_indexes"] == "elser-b:idx"  # one value: a bare string
    assert http95("GET", PATH).status == 404
    # The stand-in EIS serves from aws us-east-1 (geo us): policies allowing it deny nothing.
    allowing = {"region_policy": {"allowed_regions": [{"csp": "aws", "region": "us-east-1"}]}}
    assert http95("PUT", PATH, allowing).status == 200
    assert http95("PUT", PATH + "?force=true", denying).status == 200


def test_created_by_is_the_basic_auth_user() -> None:
    with LocalServer(catalog=catalog_95(), basic_auth=("alice", "pw")) as server:
        token = base64.b64encode(b"alice:pw").decode()
        http = Http(server.url)
        auth = {"Authorization": f"Basic {token}"}
        first = http("PUT", PATH, GEOS, headers=auth).json
        assert first["created_by"] == "alice" and "updated_by" not in first
        second = http("PUT", PATH, REGIONS, headers=auth).json
        assert (second["created_by"], second["updated_by"]) == ("alice", "alice")


def test_policy_survives_a_restart_with_a_data_dir(tmp_path: Path) -> None:
    with LocalServer(data_dir=tmp_path) as server:
        stored = Http(server.url)("PUT", PATH, GEOS).json
    with LocalServer(data_dir=tmp_path) as server:
        assert Http(server.url)("GET", PATH).json == stored
