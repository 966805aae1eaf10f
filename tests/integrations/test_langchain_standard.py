"""LangChain's own conformance suites (langchain-tests) for the embeddings and the chat model.

They run against the local server's deterministic fake models, with both clients (so the
async tests take our async path). The fake chat model picks tools and fills their arguments
from the prompt by each parameter's schema, so the tool-calling and structured-output tests
pass too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from langchain_tests.integration_tests import ChatModelIntegrationTests, EmbeddingsIntegrationTests
from langchain_tests.unit_tests import ChatModelUnitTests, EmbeddingsUnitTests

from esinference import AsyncClient, Client
from esinference.integrations.langchain import ChatElasticInference, ElasticInferenceEmbeddings
from esinference.server import LocalServer

from .conftest import CHAT, DENSE_EMBEDDINGS, EMBEDDINGS, create_endpoints

_clients: dict[str, Any] = {}


@pytest_asyncio.fixture(autouse=True)
async def _endpoints_and_clients(local_es: LocalServer) -> AsyncIterator[None]:
    """The endpoints, and clients for the suites' ``*_params`` properties (which take no fixtures).

    A coroutine, so that the async client lives and is closed on the test's own event loop.
    """
    client, aclient = Client(local_es.url), AsyncClient(local_es.url)
    create_endpoints(client)
    _clients.update(client=client, async_client=aclient)
    yield
    _clients.clear()
    client.close()
    await aclient.close()


# Marks by test name (conftest applies them at collection). The local server's fake chat
# model calls tools the way these suites expect (esinference.server.fakes.tools): every
# LangChain test of the adapter's mechanics passes.
MARKS: dict[str, pytest.MarkDecorator] = {}
# A VCR benchmark: its cassette would intercept the local server's requests too.
MARKS["test_stream_time"] = pytest.mark.skip(reason="records a provider's stream with VCR")


class _EmbeddingsParams:
    @property
    def embeddings_class(self) -> type[ElasticInferenceEmbeddings]:
        return ElasticInferenceEmbeddings

    @property
    def embedding_model_params(self) -> dict[str, Any]:
        return {"inference_id": EMBEDDINGS, **_clients}


class TestEmbeddingsUnit(_EmbeddingsParams, EmbeddingsUnitTests):
    pass


class TestEmbeddingsIntegration(_EmbeddingsParams, EmbeddingsIntegrationTests):
    pass


class TestEmbeddingTaskIntegration(_EmbeddingsParams, EmbeddingsIntegrationTests):
    """The same suite over a 9.5 ``embedding`` endpoint."""

    @property
    def embedding_model_params(self) -> dict[str, Any]:
        return {"inference_id": DENSE_EMBEDDINGS, **_clients}


class _ChatParams:
    @property
    def chat_model_class(self) -> type[ChatElasticInference]:
        return ChatElasticInference

    @property
    def chat_model_params(self) -> dict[str, Any]:
        return {"inference_id": CHAT, **_clients}

    @property
    def has_tool_choice(self) -> bool:
        return True

    @property
    def returns_usage_metadata(self) -> bool:
        return True

    @property
    def model_override_value(self) -> str:
        return "another-model"  # the fake model answers as whichever model is asked for


class TestChatModelUnit(_ChatParams, ChatModelUnitTests):
    pass


class TestChatModelIntegration(_ChatParams, ChatModelIntegrationTests):
    pass
