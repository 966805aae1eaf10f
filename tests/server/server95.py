"""A server whose catalogue has 9.5's task types and services, for the 9.5 route tests.

The generated catalogue gains ``embedding`` (and jinaai/openai their embedding task) from the
9.5 import; the ``elastic`` service has no put method in any client, so it is always added here.
Union with the generated catalogue keeps these tests valid before and after the import.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from esinference._spec_types import Service, SettingField
from esinference.server import LocalServer
from esinference.server.inference.backend.catalog import Catalog

from .conftest import Http

ELASTIC = Service(
    name="elastic",
    put_method="put_elastic",
    task_types=("chat_completion", "embedding", "rerank", "sparse_embedding", "text_embedding"),
    service_settings=(SettingField("model_id", "str", required=True, secret=False),),
    task_settings=None,
    chunking_settings=False,
)

# As the 9.5 import describes it (delta-9.3.0-to-9.5.1.yaml, services.fireworksai).
FIREWORKSAI = Service(
    name="fireworksai",
    put_method="put_fireworksai",
    task_types=("chat_completion", "completion", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField("dimensions", "int", required=False, secret=False),
    ),
    task_settings=(SettingField("user", "str", required=False, secret=False),),
    chunking_settings=True,
)


def catalog_95() -> Catalog:
    generated = Catalog.generated()
    services = dict(generated.services)
    services["elastic"] = ELASTIC
    services.setdefault("fireworksai", FIREWORKSAI)
    for name in ("jinaai", "openai"):
        service = services[name]
        if "embedding" not in service.task_types:
            services[name] = service._replace(task_types=(*service.task_types, "embedding"))
    task_types = tuple(sorted({*generated.task_types, "embedding"}))
    return Catalog(task_types, services)


@pytest.fixture(scope="module", name="server95")
def server95_fixture() -> Iterator[LocalServer]:
    with LocalServer(catalog=catalog_95()) as server:
        yield server


@pytest.fixture(name="http95")
def http95_fixture(server95: LocalServer) -> Iterator[Http]:
    server95.reset()
    yield Http(server95.url)
    server95.reset()
