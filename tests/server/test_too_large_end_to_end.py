"""413 end to end: with a small maximum body size, the bulk embedder splits what the server
refuses and still returns every embedding, in order, each text embedded once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from esinference.server import LocalServer
from esinference.server.fakes.models import unit_vector

from ..helpers.conftest import DIMENSIONS, create_endpoints, embedded_texts, run

MAX_BODY = 2048


@pytest.fixture(scope="module")
def small() -> Iterator[LocalServer]:
    with LocalServer(max_content_length=MAX_BODY) as server:
        create_endpoints(server)
        yield server


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_embed_splits_batches_the_server_finds_too_large(sync: bool, small: LocalServer) -> None:
    small.clear_requests()
    texts = [f"text number {i} with some padding to make the batch large" for i in range(120)]
    results, error = run(sync, small.url, texts, batch_size=120, max_concurrency=2)
    assert error is None
    assert [r.index for r in results] == list(range(len(texts)))
    assert all(r.embedding == unit_vector(r.text, DIMENSIONS) for r in results)
    accepted = small.requests()  # refused bodies were never read, so never logged
    assert all(len(r.body.encode()) <= MAX_BODY for r in accepted)
    assert embedded_texts(accepted) == {t: 1 for t in texts}
