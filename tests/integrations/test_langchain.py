"""The LangChain adapters against the local server, through the sync and the async client."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document
from langchain_core.messages import (
    AIMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)

from esinference import ApiError, NotFoundError
from esinference.integrations.langchain import (
    ChatElasticInference,
    ElasticInferenceEmbeddings,
    ElasticInferenceRerank,
)
from esinference.server import LocalServer
from esinference.server.fakes.models import completion_text

from ._drive import Driver
from .conftest import (
    CHAT,
    CHAT_MODEL,
    DENSE_EMBEDDINGS,
    EMBEDDINGS,
    PLAIN_EMBEDDINGS,
    RERANK,
    TOOL_CONVERSATION,
    embedding_paths,
    inference_bodies,
    vectors,
)

# -- embeddings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("inference_id", "api"), [(EMBEDDINGS, "text_embedding"), (DENSE_EMBEDDINGS, "embedding")]
)
def test_documents_and_queries_are_embedded_with_their_input_types(
    driver: Driver, es: LocalServer, inference_id: str, api: str
) -> None:
    embeddings = ElasticInferenceEmbeddings(inference_id=inference_id, **driver.clients)
    documents = driver.call(embeddings, "embed_documents", ["a cat", "a dog"])
    query = driver.call(embeddings, "embed_query", "pets")
    # The service and the task type (which API to call) are looked up once.
    assert [r.method for r in es.requests()] == ["GET", "POST", "POST"]
    assert set(embedding_paths(es)) == {f"/_inference/{api}/{inference_id}"}
    assert [body["input_type"] for body in inference_bodies(es)] == ["ingest", "search"]
    assert documents == vectors(driver, inference_id, ["a cat", "a dog"], "ingest")
    assert query == vectors(driver, inference_id, ["pets"], "search")[0]


@pytest.mark.parametrize(
    ("inference_id", "use_input_type", "sent"),
    [(PLAIN_EMBEDDINGS, None, None), (EMBEDDINGS, False, None), (PLAIN_EMBEDDINGS, True, "search")],
)
def test_input_type_follows_the_service_unless_forced(
    driver: Driver, es: LocalServer, inference_id: str, use_input_type: bool | None, sent: str
) -> None:
    embeddings = ElasticInferenceEmbeddings(
        inference_id=inference_id, use_input_type=use_input_type, **driver.clients
    )
    driver.call(embeddings, "embed_query", "pets")
    assert [body.get("input_type") for body in inference_bodies(es)] == [sent]


def test_long_lists_are_sent_in_batches_in_order(driver: Driver, es: LocalServer) -> None:
    texts = [f"text number {i}" for i in range(7)]
    embeddings = ElasticInferenceEmbeddings(
        inference_id=EMBEDDINGS, batch_size=3, use_input_type=True, **driver.clients
    )
    result = driver.call(embeddings, "embed_documents", texts)
    assert sorted(len(body["input"]) for body in inference_bodies(es)) == [1, 3, 3]
    assert result == vectors(driver, EMBEDDINGS, texts, "ingest")


def test_a_given_task_type_and_input_type_choice_skip_the_look_up(
    driver: Driver, es: LocalServer
) -> None:
    texts = [f"text number {i}" for i in range(5)]
    embeddings = ElasticInferenceEmbeddings(
        inference_id=DENSE_EMBEDDINGS,
        task_type="embedding",
        use_input_type=False,
        batch_size=2,
        **driver.clients,
    )
    result = driver.call(embeddings, "embed_documents", texts)  # through helpers.embed
    assert {r.method for r in es.requests()} == {"POST"}
    assert set(embedding_paths(es)) == {f"/_inference/embedding/{DENSE_EMBEDDINGS}"}
    assert sorted(len(body["input"]) for body in inference_bodies(es)) == [1, 2, 2]
    assert all("input_type" not in body for body in inference_bodies(es))
    assert result == [vectors(driver, DENSE_EMBEDDINGS, [t], "ingest")[0] for t in texts]


def test_embedding_errors_are_the_clients_exceptions(driver: Driver) -> None:
    embeddings = ElasticInferenceEmbeddings(inference_id="missing", **driver.clients)
    with pytest.raises(NotFoundError):
        driver.call(embeddings, "embed_documents", ["x"] * 5)
    batched = ElasticInferenceEmbeddings(
        inference_id="missing", batch_size=2, use_input_type=False, **driver.clients
    )
    with pytest.raises(NotFoundError):  # through helpers.embed, whose EmbedError is unwrapped
        driver.call(batched, "embed_documents", ["x"] * 5)


# -- rerank ----------------------------------------------------------------------------------


def test_rerank_keeps_the_top_n_best_first_with_scores_in_metadata(driver: Driver) -> None:
    documents = [
        Document("dogs bark", metadata={"n": 0}),
        Document("cats purr and cats sleep", metadata={"n": 1}),
        Document("a cat video", metadata={"n": 2}),
    ]
    rerank = ElasticInferenceRerank(inference_id=RERANK, top_n=2, **driver.clients)
    kept = driver.call(rerank, "compress_documents", documents, "cats sleep")
    expected = driver.client.inference.rerank(
        inference_id=RERANK, query="cats sleep", input=[d.page_content for d in documents]
    ).body["rerank"][:2]
    assert [d.metadata["n"] for d in kept] == [item["index"] for item in expected]
    assert [d.metadata["relevance_score"] for d in kept] == [
        item["relevance_score"] for item in expected
    ]
    assert documents[1].metadata == {"n": 1}  # the caller's documents are left alone


def test_rerank_of_no_documents_sends_nothing(driver: Driver, es: LocalServer) -> None:
    rerank = ElasticInferenceRerank(inference_id=RERANK, **driver.clients)
    assert driver.call(rerank, "compress_documents", [], "q") == []
    assert es.requests() == []


def test_rerank_errors_are_the_clients_exceptions(driver: Driver) -> None:
    rerank = ElasticInferenceRerank(inference_id="missing", **driver.clients)
    with pytest.raises(NotFoundError):
        driver.call(rerank, "compress_documents", [Document("x")], "q")


# -- chat ------------------------------------------------------------------------------------


def test_invoke_returns_the_answer_with_usage_and_finish_reason(driver: Driver) -> None:
    chat = ChatElasticInference(inference_id=CHAT, **driver.clients)
    message = driver.call(chat, "invoke", "Tell me about whales")
    assert message.content == completion_text("Tell me about whales")
    assert message.response_metadata == {"finish_reason": "stop", "model_name": CHAT_MODEL}
    usage = message.usage_metadata
    assert usage is not None and usage["input_tokens"] == 4
    assert usage["total_tokens"] == usage["input_tokens"] + usage["output_tokens"] > 4


def test_stream_yields_a_chunk_per_delta(driver: Driver) -> None:
    chat = ChatElasticInference(inference_id=CHAT, **driver.clients)
    chunks = driver.call(chat, "stream", "Tell me about whales")
    texts = [c.content for c in chunks if c.content]
    assert len(texts) == len(completion_text("Tell me about whales").split())
    assert "".join(texts) == completion_text("Tell me about whales")
    assert sum(1 for c in chunks if c.usage_metadata) == 1


def test_chunks_arrive_before_a_mid_stream_error_which_is_the_clients(
    driver: Driver, es: LocalServer
) -> None:
    es.add_fault("stream_error", status=500, after_events=3, path="/_stream")
    chat = ChatElasticInference(inference_id=CHAT, **driver.clients)
    chunks, error = driver.read_until_error(chat, "stream", "Tell me about whales")
    assert [c.content for c in chunks] == ["This", " is", " a"]
    assert isinstance(error, ApiError) and error.status_code == 500


def test_options_reach_the_request_and_shape_the_answer(driver: Driver, es: LocalServer) -> None:
    chat = ChatElasticInference(
        inference_id=CHAT, model="other-model", temperature=0.2, max_tokens=3, **driver.clients
    )
    message = driver.call(chat, "invoke", "Tell me about whales", top_p=0.5, stop=["never"])
    assert message.content == " ".join(completion_text("Tell me about whales").split(" ")[:3])
    assert message.response_metadata["finish_reason"] == "length"
    (body,) = inference_bodies(es)
    assert {k: body[k] for k in ("model", "temperature", "max_completion_tokens", "top_p")} == {
        "model": "other-model",
        "temperature": 0.2,
        "max_completion_tokens": 3,
        "top_p": 0.5,
    }
    assert body["stop"] == ["never"]


def test_unknown_call_options_are_refused(driver: Driver) -> None:
    chat = ChatElasticInference(inference_id=CHAT, **driver.clients)
    with pytest.raises(TypeError, match="frequency_penalty"):
        driver.call(chat, "invoke", "hi", frequency_penalty=1)


def get_weather(city: str) -> str:
    """The weather in a city."""
    return "sunny"


def get_time(zone: str) -> str:
    """The time in a zone."""
    return "noon"


@pytest.mark.parametrize(
    ("tool_choice", "called", "args"),
    [("any", "get_weather", {"city": "Paris"}), ("get_time", "get_time", {"zone": "Paris"})],
)
def test_tool_calls_come_back_as_langchain_tool_calls(
    driver: Driver, es: LocalServer, tool_choice: str, called: str, args: dict[str, str]
) -> None:
    chat = ChatElasticInference(inference_id=CHAT, **driver.clients)
    bound = chat.bind_tools([get_weather, get_time], tool_choice=tool_choice)
    message = driver.call(bound, "invoke", "Paris")
    (call,) = message.tool_calls
    assert (call["name"], call["args"]) == (called, args)
    assert call["id"].startswith("call_")
    assert message.response_metadata["finish_reason"] == "tool_calls"
    (body,) = inference_bodies(es)
    assert [t["function"]["name"] for t in body["tools"]] == ["get_weather", "get_time"]
    assert body["tools"][0]["function"]["parameters"]["properties"] == {"city": {"type": "string"}}


def test_a_conversation_with_tool_results_is_sent_in_the_unified_format(
    driver: Driver, es: LocalServer
) -> None:
    chat = ChatElasticInference(inference_id=CHAT, **driver.clients)
    history = [
        SystemMessage("Be brief."),
        HumanMessage("Weather in Paris?"),
        AIMessage(
            "",
            tool_calls=[{"name": "get_weather", "args": {"city": "Paris"}, "id": "call_1"}],
        ),
        ToolMessage("sunny", tool_call_id="call_1"),
    ]
    driver.call(chat, "invoke", history)
    (body,) = inference_bodies(es)
    assert body["messages"] == TOOL_CONVERSATION


def test_chat_errors_are_the_clients_exceptions(driver: Driver) -> None:
    chat = ChatElasticInference(inference_id="missing", **driver.clients)
    with pytest.raises(NotFoundError):
        driver.call(chat, "invoke", "hi")
