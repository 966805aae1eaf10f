"""What every adapter promises: secrets stay out of its reprs and dumps, clients are checked,
and ``import esinference`` imports neither framework."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from langchain_core.documents import Document
from langchain_core.load import dumps

from esinference import AsyncClient, Client
from esinference.integrations import langchain, llamaindex

API_KEY = "s3cret-api-key-value"
ADAPTERS: list[type[Any]] = [
    langchain.ElasticInferenceEmbeddings,
    langchain.ElasticInferenceRerank,
    langchain.ChatElasticInference,
    llamaindex.ElasticInferenceEmbedding,
    llamaindex.ElasticInferenceRerank,
    llamaindex.ElasticInferenceLLM,
]


@pytest.fixture(scope="module")
def clients() -> Iterator[dict[str, Any]]:
    client = Client("http://localhost:9200", api_key=API_KEY)
    yield {"client": client, "async_client": AsyncClient("http://localhost:9200", api_key=API_KEY)}
    client.close()


def printed_forms(adapter: Any) -> dict[str, str]:
    """Everything a framework or a user may print, log or store of a component."""
    forms = {
        "repr": repr(adapter),
        "str": str(adapter),
        "model_dump": repr(adapter.model_dump()),
        "model_dump_json": adapter.model_dump_json(),
    }
    if adapter.__module__.endswith(".langchain"):
        forms["langchain dumps"] = dumps(adapter)
    else:
        forms["to_json"] = adapter.to_json()
        forms["to_dict"] = json.dumps(adapter.to_dict(), default=repr)
    return forms


@pytest.mark.parametrize(
    "adapter_class", ADAPTERS, ids=lambda c: f"{c.__module__[25:]}.{c.__name__}"
)
def test_no_printed_or_serialised_form_shows_the_credentials(
    adapter_class: type[Any], clients: dict[str, Any]
) -> None:
    adapter = adapter_class(inference_id="my-endpoint", **clients)
    encoded = base64.b64encode(API_KEY.encode()).decode()
    for form, text in printed_forms(adapter).items():
        assert "my-endpoint" in text or form == "str", form  # the forms are not empty
        assert API_KEY not in text and encoded not in text, form
        assert "ApiKey" not in text, form
    assert "client" not in adapter.model_dump() and "async_client" not in adapter.model_dump()


@pytest.mark.parametrize("adapter_class", ADAPTERS, ids=lambda c: c.__name__)
def test_an_adapter_needs_a_client_of_the_right_kind(
    adapter_class: type[Any], clients: dict[str, Any]
) -> None:
    with pytest.raises(ValueError, match="needs client="):
        adapter_class(inference_id="x")
    with pytest.raises(TypeError, match="must be an esinference Client"):
        adapter_class(inference_id="x", client=clients["async_client"])
    with pytest.raises(TypeError, match="must be an esinference AsyncClient"):
        adapter_class(inference_id="x", async_client=clients["client"])


def test_llamaindex_async_calls_need_the_async_client(clients: dict[str, Any]) -> None:
    import asyncio

    llm = llamaindex.ElasticInferenceLLM(inference_id="x", client=clients["client"])
    with pytest.raises(ValueError, match="needs async_client="):
        asyncio.run(llm.acomplete("hi"))


def test_langchain_async_calls_without_an_async_client_use_the_sync_one_in_a_thread(
    local_es: Any,
) -> None:
    import asyncio

    from .conftest import CHAT, create_endpoints

    with Client(local_es.url) as client:
        create_endpoints(client)
        chat = langchain.ChatElasticInference(inference_id=CHAT, client=client)
        assert asyncio.run(chat.ainvoke("hi")).content == chat.invoke("hi").content


def test_import_esinference_imports_neither_framework() -> None:
    code = (
        "import sys, esinference, esinference.integrations, esinference.helpers;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('langchain_core', 'llama_index', 'pydantic')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(("max_retries", "succeeds"), [(None, True), (0, False)])
def test_max_retries_and_timeout_apply_to_the_adapters_requests(
    local_es: Any, max_retries: int | None, succeeds: bool
) -> None:
    from esinference import ApiError

    from .conftest import RERANK, create_endpoints

    with Client(local_es.url) as client:
        create_endpoints(client)
        rerank = langchain.ElasticInferenceRerank(
            inference_id=RERANK, client=client, max_retries=max_retries, timeout=5.0
        )
        local_es.add_fault("status", status=503, retry_after=0, path="/_inference/")
        if succeeds:  # the client's own policy retries the 503
            assert len(rerank.compress_documents([Document("x")], "q")) == 1
        else:
            with pytest.raises(ApiError) as caught:
                rerank.compress_documents([Document("x")], "q")
            assert caught.value.status_code == 503


def test_input_types_go_to_the_services_whose_spec_settings_have_one() -> None:
    from esinference._gen.services import SERVICES
    from esinference.integrations._common import input_type_for

    embedding_services = [
        s.name for s in SERVICES.values() if {"text_embedding", "embedding"} & set(s.task_types)
    ]
    sent = {name for name in embedding_services if input_type_for(None, name, "document")}
    # Each has an input_type task setting (custom: a translation table in its service
    # settings). Elasticsearch also validates one for amazonbedrock, azureaistudio and
    # googlevertexai, which the spec does not say: use_input_type=True sends it there.
    assert sent == {"alibabacloud-ai-search", "cohere", "custom", "jinaai", "nvidia", "voyageai"}
    assert input_type_for(True, "openai", "query") == "search"
    assert input_type_for(False, "cohere", "query") is None
