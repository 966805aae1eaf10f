"""Durability through the client: endpoints created by both clients survive a SIGKILL.

tests/server/test_persistence.py does this with raw HTTP; here the endpoints are created and
read back with Client and AsyncClient, against ``python -m esinference.server`` in a child
process with a data directory, killed with SIGKILL (no shutdown code runs) and restarted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from esinference import NotFoundError
from esinference._gen.services import SERVICES
from esinference.server import LocalServer

from ._api import MODES, Api
from ._catalogue import EndpointIds, id_argument, minimal_settings


def create_every_service(api: Api, ids: EndpointIds, services: list[str]) -> list[dict[str, Any]]:
    created = []
    for name in services:
        service, task_type = SERVICES[name], SERVICES[name].task_types[0]
        created.append(
            api.call(
                service.put_method,
                task_type=task_type,
                service=service.name,
                service_settings=minimal_settings(service, task_type),
                **{id_argument(service): ids.new(name)},
            ).body
        )
    return created


@pytest.mark.knobs
@pytest.mark.timeout(60)
def test_endpoints_created_with_the_clients_survive_sigkill(tmp_path: Path) -> None:
    ids = EndpointIds()
    names = sorted(SERVICES)
    server = LocalServer(subprocess=True, data_dir=tmp_path).start()
    try:
        created: list[dict[str, Any]] = []
        for mode, half in zip(MODES, (names[::2], names[1::2]), strict=True):
            api = Api(mode, server.url, max_retries=0)
            try:
                created += create_every_service(api, ids, half)
            finally:
                api.close()
        api = Api("sync", server.url, max_retries=0)
        updated = api.update(
            inference_id=created[0]["inference_id"], inference_config={"task_settings": {}}
        ).body
        created[0] = updated
        deleted = created.pop()
        assert api.delete(inference_id=deleted["inference_id"]).body["acknowledged"] is True
        api.close()
    finally:
        server.kill()  # SIGKILL right after the last acknowledgement

    with LocalServer(subprocess=True, data_dir=tmp_path) as restarted:
        for mode in MODES:
            api = Api(mode, restarted.url, max_retries=0)
            try:
                listed = api.get().body["endpoints"]
                assert sorted(listed, key=lambda e: e["inference_id"]) == sorted(
                    created, key=lambda e: e["inference_id"]
                )
                for info in created[:3]:
                    assert api.get(inference_id=info["inference_id"]).body == {"endpoints": [info]}
                with pytest.raises(NotFoundError):
                    api.get(inference_id=deleted["inference_id"])
            finally:
                api.close()
