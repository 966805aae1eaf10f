"""The LlamaIndex adapters against the local server, through the sync and the async client."""

from __future__ import annotations

import pytest
from llama_index.core.base.llms.types import ToolCallBlock
from llama_index.core.llms import ChatMessage, MessageRole
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.core.tools import FunctionTool

from esinference import ApiError, NotFoundError
from esinference.integrations.llamaindex import (
    ElasticInferenceEmbedding,
    ElasticInferenceLLM,
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
    RERANK,
    TOOL_CONVERSATION,
    embedding_paths,
    inference_bodies,
    vectors,
)

# -- embeddings ------------------------------------------------------------------------------


def test_texts_and_queries_are_embedded_with_their_input_types(
    driver: Driver, es: LocalServer
) -> None:
    embedding = ElasticInferenceEmbedding(inference_id=EMBEDDINGS, **driver.clients)
    texts = driver.call(embedding, "get_text_embedding_batch", ["a cat", "a dog"])
    query = driver.call(embedding, "get_query_embedding", "pets")
    assert [body["input_type"] for body in inference_bodies(es)] == ["ingest", "search"]
    assert embedding.model_name == EMBEDDINGS
    assert texts == vectors(driver, EMBEDDINGS, ["a cat", "a dog"], "ingest")
    assert query == vectors(driver, EMBEDDINGS, ["pets"], "search")[0]


def test_embed_batch_size_texts_go_in_one_request(driver: Driver, es: LocalServer) -> None:
    texts = [f"text number {i}" for i in range(7)]
    embedding = ElasticInferenceEmbedding(
        inference_id=EMBEDDINGS, embed_batch_size=3, use_input_type=False, **driver.clients
    )
    result = driver.call(embedding, "get_text_embedding_batch", texts)
    assert sorted(len(body["input"]) for body in inference_bodies(es)) == [1, 3, 3]
    assert result == [vectors(driver, EMBEDDINGS, [t], "ingest")[0] for t in texts]


def test_an_embedding_endpoint_is_called_through_the_embedding_api(
    driver: Driver, es: LocalServer
) -> None:
    embedding = ElasticInferenceEmbedding(
        inference_id=DENSE_EMBEDDINGS, embed_batch_size=2, **driver.clients
    )
    texts = driver.call(embedding, "get_text_embedding_batch", ["a", "b", "c"])
    query = driver.call(embedding, "get_query_embedding", "pets")
    assert [r.method for r in es.requests()] == ["GET", "POST", "POST", "POST"]
    assert set(embedding_paths(es)) == {f"/_inference/embedding/{DENSE_EMBEDDINGS}"}
    assert [body["input_type"] for body in inference_bodies(es)] == ["ingest"] * 2 + ["search"]
    assert texts == [vectors(driver, DENSE_EMBEDDINGS, [t], "ingest")[0] for t in "abc"]
    assert query == vectors(driver, DENSE_EMBEDDINGS, ["pets"], "search")[0]


def test_embedding_errors_are_the_clients_exceptions(driver: Driver) -> None:
    embedding = ElasticInferenceEmbedding(inference_id="missing", **driver.clients)
    with pytest.raises(NotFoundError):
        driver.call(embedding, "get_query_embedding", "x")


# -- rerank ----------------------------------------------------------------------------------


def test_rerank_keeps_the_top_n_nodes_scored_by_relevance(driver: Driver) -> None:
    texts = ["dogs bark", "cats purr and cats sleep", "a cat video"]
    nodes = [
        NodeWithScore(node=TextNode(text=t, id_=str(i)), score=0.0) for i, t in enumerate(texts)
    ]
    rerank = ElasticInferenceRerank(inference_id=RERANK, top_n=2, **driver.clients)
    kept = driver.call(rerank, "postprocess_nodes", nodes, query_str="cats sleep")
    expected = driver.client.inference.rerank(
        inference_id=RERANK, query="cats sleep", input=texts
    ).body["rerank"][:2]
    assert [(n.node.node_id, n.score) for n in kept] == [
        (str(item["index"]), item["relevance_score"]) for item in expected
    ]


def test_rerank_needs_a_query(driver: Driver) -> None:
    rerank = ElasticInferenceRerank(inference_id=RERANK, **driver.clients)
    with pytest.raises(ValueError, match="query"):
        driver.call(rerank, "postprocess_nodes", [NodeWithScore(node=TextNode(text="x"))])


def test_rerank_errors_are_the_clients_exceptions(driver: Driver) -> None:
    rerank = ElasticInferenceRerank(inference_id="missing", **driver.clients)
    node = NodeWithScore(node=TextNode(text="x"))
    with pytest.raises(NotFoundError):
        driver.call(rerank, "postprocess_nodes", [node], query_bundle=QueryBundle("q"))


# -- LLM -------------------------------------------------------------------------------------


def test_complete_returns_the_answer(driver: Driver) -> None:
    llm = ElasticInferenceLLM(inference_id=CHAT, **driver.clients)
    response = driver.call(llm, "complete", "Tell me about whales")
    assert response.text == completion_text("Tell me about whales")


def test_chat_reports_usage_finish_reason_and_model(driver: Driver) -> None:
    llm = ElasticInferenceLLM(inference_id=CHAT, **driver.clients)
    messages = [ChatMessage(role=MessageRole.USER, content="Tell me about whales")]
    response = driver.call(llm, "chat", messages)
    assert response.message.role == MessageRole.ASSISTANT
    assert response.message.content == completion_text("Tell me about whales")
    info = response.additional_kwargs
    assert (info["finish_reason"], info["model"], info["prompt_tokens"]) == ("stop", CHAT_MODEL, 4)


def test_stream_chat_yields_the_answer_so_far_and_each_delta(driver: Driver) -> None:
    llm = ElasticInferenceLLM(inference_id=CHAT, **driver.clients)
    messages = [ChatMessage(role=MessageRole.USER, content="Tell me about whales")]
    responses = driver.call(llm, "stream_chat", messages)
    answer = completion_text("Tell me about whales")
    deltas = [r.delta for r in responses if r.delta]
    assert len(deltas) == len(answer.split()) and "".join(deltas) == answer
    assert [r.message.content for r in responses if r.delta][1] == "".join(deltas[:2])
    assert responses[-1].message.content == answer


def test_responses_arrive_before_a_mid_stream_error_which_is_the_clients(
    driver: Driver, es: LocalServer
) -> None:
    es.add_fault("stream_error", status=500, after_events=3, path="/_stream")
    llm = ElasticInferenceLLM(inference_id=CHAT, **driver.clients)
    messages = [ChatMessage(role=MessageRole.USER, content="Tell me about whales")]
    responses, error = driver.read_until_error(llm, "stream_chat", messages)
    assert [r.delta for r in responses] == ["This", " is", " a"]
    assert isinstance(error, ApiError) and error.status_code == 500


def test_stream_complete_yields_deltas(driver: Driver) -> None:
    llm = ElasticInferenceLLM(inference_id=CHAT, **driver.clients)
    responses = driver.call(llm, "stream_complete", "Tell me about whales")
    assert "".join(r.delta or "" for r in responses) == completion_text("Tell me about whales")


def test_options_reach_the_request(driver: Driver, es: LocalServer) -> None:
    llm = ElasticInferenceLLM(
        inference_id=CHAT, model="other-model", max_tokens=3, stop=["never"], **driver.clients
    )
    response = driver.call(llm, "complete", "Tell me about whales", temperature=0.5)
    assert response.text == " ".join(completion_text("Tell me about whales").split(" ")[:3])
    (body,) = inference_bodies(es)
    assert (body["model"], body["max_completion_tokens"], body["stop"]) == (
        "other-model",
        3,
        ["never"],
    )
    assert body["temperature"] == 0.5


def get_weather(city: str) -> str:
    """The weather in a city."""
    return "sunny"


def test_required_tool_calls_become_tool_selections(driver: Driver, es: LocalServer) -> None:
    llm = ElasticInferenceLLM(inference_id=CHAT, **driver.clients)
    tool = FunctionTool.from_defaults(fn=get_weather)
    response = driver.call(llm, "chat_with_tools", [tool], user_msg="Paris", tool_required=True)
    (selection,) = llm.get_tool_calls_from_response(response)
    assert (selection.tool_name, selection.tool_kwargs) == ("get_weather", {"city": "Paris"})
    assert response.message.additional_kwargs["tool_calls"][0]["id"] == selection.tool_id
    (body,) = inference_bodies(es)
    assert body["tool_choice"] == "required"
    assert body["tools"][0]["function"]["name"] == "get_weather"


def test_no_tool_call_is_an_error_when_one_was_expected(driver: Driver) -> None:
    llm = ElasticInferenceLLM(inference_id=CHAT, **driver.clients)
    response = driver.call(llm, "chat", [ChatMessage(role=MessageRole.USER, content="hi")])
    with pytest.raises(ValueError, match="tool call"):
        llm.get_tool_calls_from_response(response)
    assert llm.get_tool_calls_from_response(response, error_on_no_tool_call=False) == []


def test_a_conversation_with_tool_results_is_sent_in_the_unified_format(
    driver: Driver, es: LocalServer
) -> None:
    llm = ElasticInferenceLLM(inference_id=CHAT, **driver.clients)
    history = [
        ChatMessage(role=MessageRole.SYSTEM, content="Be brief."),
        ChatMessage(role=MessageRole.USER, content="Weather in Paris?"),
        ChatMessage(
            role=MessageRole.ASSISTANT,
            blocks=[
                ToolCallBlock(
                    tool_call_id="call_1", tool_name="get_weather", tool_kwargs={"city": "Paris"}
                )
            ],
        ),
        ChatMessage(
            role=MessageRole.TOOL, content="sunny", additional_kwargs={"tool_call_id": "call_1"}
        ),
    ]
    driver.call(llm, "chat", history)
    (body,) = inference_bodies(es)
    assert body["messages"] == TOOL_CONVERSATION


def test_llm_errors_are_the_clients_exceptions(driver: Driver) -> None:
    llm = ElasticInferenceLLM(inference_id="missing", **driver.clients)
    with pytest.raises(NotFoundError):
        driver.call(llm, "complete", "hi")


def test_roles_the_unified_api_names_otherwise_are_renamed(driver: Driver, es: LocalServer) -> None:
    llm = ElasticInferenceLLM(inference_id=CHAT, **driver.clients)
    history = [
        ChatMessage(role=MessageRole.CHATBOT, content="Hello."),
        ChatMessage(role=MessageRole.USER, content="Hi"),
    ]
    driver.call(llm, "chat", history)
    (body,) = inference_bodies(es)
    assert [m["role"] for m in body["messages"]] == ["assistant", "user"]
