# Copied from README.md and docs/ by tests/types/extract_examples.py: do not edit.
"""The documentation's Python examples, each in its own function; type-checked, never run."""

# ruff: noqa
from __future__ import annotations

from esinference import AsyncClient, Client

# Names the examples use without defining them.
client: Client
aclient: AsyncClient


def save(index: int, embedding: object) -> None: ...


# README.md, line 64
async def example_1() -> None:
    import os

    from esinference import Client

    url = os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")
    with Client(url, api_key=os.environ.get("ELASTICSEARCH_API_KEY")) as client:
        client.inference.put_openai(
            task_type="text_embedding",
            openai_inference_id="my-embeddings",
            service="openai",
            service_settings={"api_key": "sk-...", "model_id": "text-embedding-3-small"},
        )
        resp = client.inference.text_embedding(inference_id="my-embeddings", input=["hello"])
        print(resp.embeddings[0][:4], resp.meta.status)  # list[list[float]], one per input
        client.inference.delete(inference_id="my-embeddings")


# README.md, line 84
async def example_2() -> None:
    import asyncio
    import os

    from esinference import AsyncClient

    URL = os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")


    async def main() -> None:
        async with AsyncClient(URL) as client:
            await client.inference.put_cohere(
                task_type="rerank",
                cohere_inference_id="my-reranker",
                service="cohere",
                service_settings={"api_key": "...", "model_id": "rerank-v3.5"},
            )
            resp = await client.inference.rerank(
                inference_id="my-reranker",
                query="star wars",
                input=["The Godfather", "Star Wars: A New Hope", "Wars of the Roses"],
                top_n=2,
            )
            for document in resp.ranked:  # the best first: index into input, and its score
                print(document["index"], round(document["relevance_score"], 3))
            await client.inference.delete(inference_id="my-reranker")


    asyncio.run(main())


# README.md, line 118
async def example_3() -> None:
    import asyncio
    import os

    from esinference import AsyncClient, Client
    from esinference.types import OpenAIServiceSettings

    URL = os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")


    async def chat() -> None:
        async with AsyncClient(URL) as aclient:
            stream = await aclient.inference.chat_completion_unified(
                inference_id="my-chat", messages=[{"role": "user", "content": "Hi"}]
            )
            print(await stream.text())  # the whole answer; or `async for chunk in stream`


    openai: OpenAIServiceSettings = {"api_key": "sk-...", "model_id": "gpt-4o-mini"}
    with Client(URL) as client:
        client.inference.put_openai(task_type="completion", openai_inference_id="my-llm",
                                    service="openai", service_settings=openai)
        client.inference.put_openai(task_type="chat_completion", openai_inference_id="my-chat",
                                    service="openai", service_settings=openai)
        with client.inference.stream_completion(inference_id="my-llm", input="Tell a story") as stream:
            for chunk in stream:
                print(chunk["completion"][0]["delta"], end="", flush=True)
        print()
        asyncio.run(chat())
        client.inference.delete(inference_id="my-llm")
        client.inference.delete(inference_id="my-chat")


# README.md, line 175
async def example_4() -> None:
    import os

    from esinference import Client, NotFoundError

    with Client(os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")) as client:
        try:
            client.inference.get(inference_id="missing")
        except NotFoundError as exc:
            print(exc.status_code, exc.error_type, exc.reason)


# README.md, line 215
async def example_5() -> None:
    import os

    from esinference import Client
    from esinference.helpers import EmbeddedText, EmbedError, embed

    texts = [f"document {n}: the quick brown fox" for n in range(1_000)]  # or a file's lines
    results: list[EmbeddedText] = []
    with Client(os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")) as client:
        client.inference.put_openai(
            task_type="text_embedding",
            openai_inference_id="my-e5",
            service="openai",
            service_settings={"api_key": "sk-...", "model_id": "text-embedding-3-small"},
        )
        try:
            for result in embed(client, "my-e5", texts, batch_size=100, max_concurrency=4):
                results.append(result)  # .index, .text, .embedding
        except EmbedError as exc:  # exc.missing, exc.next_index, exc.cause
            print(exc)  # later, over the same texts: embed(client, "my-e5", texts, skip=exc.completed)
        print(f"{len(results)} of {len(texts)} texts embedded, {len(results[0].embedding)} dims")
        client.inference.delete(inference_id="my-e5")


# README.md, line 270
async def example_6() -> None:
    import asyncio
    import os

    from langchain_core.documents import Document

    from esinference import AsyncClient, Client
    from esinference.integrations.langchain import (
        ChatElasticInference,
        ElasticInferenceEmbeddings,
        ElasticInferenceRerank,
    )
    from esinference.types import CohereServiceSettings

    URL = os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")


    def get_weather(city: str) -> str:
        """The current weather in a city."""
        return "sunny"


    with Client(URL) as client:
        cohere: CohereServiceSettings = {"api_key": "...", "model_id": "embed-english-v3.0"}
        client.inference.put_cohere(task_type="text_embedding", cohere_inference_id="my-embeddings",
                                    service="cohere", service_settings=cohere)
        client.inference.put_cohere(task_type="rerank", cohere_inference_id="my-reranker",
                                    service="cohere", service_settings=cohere)
        client.inference.put_openai(task_type="chat_completion", openai_inference_id="my-chat",
                                    service="openai",
                                    service_settings={"api_key": "...", "model_id": "gpt-4o-mini"})

        embeddings = ElasticInferenceEmbeddings(client=client, inference_id="my-embeddings")
        vectors = embeddings.embed_documents(["Elasticsearch is a search engine", "Cats sleep"])
        query_vector = embeddings.embed_query("What is Elasticsearch?")

        reranker = ElasticInferenceRerank(client=client, inference_id="my-reranker", top_n=1)
        documents = [Document("Cats sleep a lot"), Document("Elasticsearch is a search engine")]
        best = reranker.compress_documents(documents, "search engine")
        print(best[0].page_content, best[0].metadata["relevance_score"])

        chat = ChatElasticInference(client=client, inference_id="my-chat", max_tokens=200)
        for chunk in chat.stream("Tell me about Elasticsearch"):  # chunks as they arrive
            print(chunk.content, end="", flush=True)
        message = chat.bind_tools([get_weather], tool_choice="any").invoke("Weather in Paris?")
        print(message.tool_calls, message.usage_metadata)

        async def main() -> None:
            async with AsyncClient(URL) as aclient:
                achat = ChatElasticInference(async_client=aclient, inference_id="my-chat")
                async for chunk in achat.astream("Hello"):
                    print(chunk.content, end="")

        asyncio.run(main())
        for name in ("my-embeddings", "my-reranker", "my-chat"):
            client.inference.delete(inference_id=name)


# README.md, line 330
async def example_7() -> None:
    import asyncio
    import os

    from llama_index.core.llms import ChatMessage
    from llama_index.core.schema import NodeWithScore, TextNode
    from llama_index.core.tools import FunctionTool

    from esinference import AsyncClient, Client
    from esinference.integrations.llamaindex import (
        ElasticInferenceEmbedding,
        ElasticInferenceLLM,
        ElasticInferenceRerank,
    )
    from esinference.types import CohereServiceSettings

    URL = os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")


    def get_weather(city: str) -> str:
        """The current weather in a city."""
        return "sunny"


    with Client(URL) as client:
        cohere: CohereServiceSettings = {"api_key": "...", "model_id": "embed-english-v3.0"}
        client.inference.put_cohere(task_type="text_embedding", cohere_inference_id="my-embeddings",
                                    service="cohere", service_settings=cohere)
        client.inference.put_cohere(task_type="rerank", cohere_inference_id="my-reranker",
                                    service="cohere", service_settings=cohere)
        client.inference.put_openai(task_type="chat_completion", openai_inference_id="my-chat",
                                    service="openai",
                                    service_settings={"api_key": "...", "model_id": "gpt-4o-mini"})

        embed_model = ElasticInferenceEmbedding(client=client, inference_id="my-embeddings")
        vectors = embed_model.get_text_embedding_batch(["Elasticsearch is a search engine"])
        query_vector = embed_model.get_query_embedding("What is Elasticsearch?")

        reranker = ElasticInferenceRerank(client=client, inference_id="my-reranker", top_n=1)
        nodes = [NodeWithScore(node=TextNode(text=t)) for t in ["Cats sleep", "A search engine"]]
        best = reranker.postprocess_nodes(nodes, query_str="search engine")
        print(best[0].node.get_content(), best[0].score)

        llm = ElasticInferenceLLM(client=client, inference_id="my-chat", max_tokens=200)
        for response in llm.stream_complete("Tell me about Elasticsearch"):
            print(response.delta, end="", flush=True)
        weather = FunctionTool.from_defaults(fn=get_weather)
        response = llm.chat_with_tools([weather], user_msg="Weather in Paris?", tool_required=True)
        print(llm.get_tool_calls_from_response(response))

        async def main() -> None:
            async with AsyncClient(URL) as aclient:
                allm = ElasticInferenceLLM(async_client=aclient, inference_id="my-chat")
                reply = await allm.achat([ChatMessage(role="user", content="Hello")])
                print(reply.message.content)

        asyncio.run(main())
        for name in ("my-embeddings", "my-reranker", "my-chat"):
            client.inference.delete(inference_id=name)


# README.md, line 459
async def example_8() -> None:
    from esinference import Client
    from esinference.server import LocalServer

    with LocalServer() as server, Client(server.url) as client:  # a free port, in-process
        server.add_fault("status", status=503, retry_after=1, count=1)  # the next request fails once
        resp = client.inference.get()  # 503 with Retry-After: the client waits a second, retries
        print(resp.meta.status, [(r.method, r.path, r.fault) for r in server.requests()])


# docs/api/services/ai21.md, line 10
async def example_9() -> None:
    client.inference.put_ai21(
        task_type="chat_completion",
        ai21_inference_id="my-ai21-endpoint",
        service="ai21",
        service_settings={
            "model_id": "...",
        },
    )


# docs/api/services/alibabacloud-ai-search.md, line 12
async def example_10() -> None:
    client.inference.put_alibabacloud(
        task_type="completion",
        alibabacloud_inference_id="my-alibabacloud-ai-search-endpoint",
        service="alibabacloud-ai-search",
        service_settings={
            "api_key": "...",
            "host": "...",
            "service_id": "...",
            "workspace": "...",
        },
    )


# docs/api/services/amazon_sagemaker.md, line 12
async def example_11() -> None:
    client.inference.put_amazonsagemaker(
        task_type="chat_completion",
        amazonsagemaker_inference_id="my-amazon-sagemaker-endpoint",
        service="amazon_sagemaker",
        service_settings={
            "access_key": "...",
            "endpoint_name": "...",
            "api": "openai",
            "region": "...",
            "secret_key": "...",
        },
    )


# docs/api/services/amazonbedrock.md, line 12
async def example_12() -> None:
    client.inference.put_amazonbedrock(
        task_type="chat_completion",
        amazonbedrock_inference_id="my-amazonbedrock-endpoint",
        service="amazonbedrock",
        service_settings={
            "access_key": "...",
            "model": "...",
            "region": "...",
            "secret_key": "...",
        },
    )


# docs/api/services/anthropic.md, line 11
async def example_13() -> None:
    client.inference.put_anthropic(
        task_type="chat_completion",
        anthropic_inference_id="my-anthropic-endpoint",
        service="anthropic",
        service_settings={
            "api_key": "...",
            "model_id": "...",
        },
    )


# docs/api/services/azureaistudio.md, line 12
async def example_14() -> None:
    client.inference.put_azureaistudio(
        task_type="completion",
        azureaistudio_inference_id="my-azureaistudio-endpoint",
        service="azureaistudio",
        service_settings={
            "api_key": "...",
            "endpoint_type": "...",
            "target": "...",
            "provider": "...",
        },
    )


# docs/api/services/azureopenai.md, line 12
async def example_15() -> None:
    client.inference.put_azureopenai(
        task_type="chat_completion",
        azureopenai_inference_id="my-azureopenai-endpoint",
        service="azureopenai",
        service_settings={
            "api_version": "...",
            "deployment_id": "...",
            "resource_name": "...",
        },
    )


# docs/api/services/cohere.md, line 12
async def example_16() -> None:
    client.inference.put_cohere(
        task_type="completion",
        cohere_inference_id="my-cohere-endpoint",
        service="cohere",
        service_settings={
            "api_key": "...",
            "model_id": "...",
        },
    )


# docs/api/services/contextualai.md, line 11
async def example_17() -> None:
    client.inference.put_contextualai(
        task_type="rerank",
        contextualai_inference_id="my-contextualai-endpoint",
        service="contextualai",
        service_settings={
            "api_key": "...",
            "model_id": "...",
        },
    )


# docs/api/services/custom.md, line 12
async def example_18() -> None:
    client.inference.put_custom(
        task_type="completion",
        custom_inference_id="my-custom-endpoint",
        service="custom",
        service_settings={
            "request": {"content": "..."},
            "response": {"json_parser": {}},
            "secret_parameters": {},
        },
    )


# docs/api/services/deepseek.md, line 10
async def example_19() -> None:
    client.inference.put_deepseek(
        task_type="chat_completion",
        deepseek_inference_id="my-deepseek-endpoint",
        service="deepseek",
        service_settings={
            "api_key": "...",
            "model_id": "...",
        },
    )


# docs/api/services/elasticsearch.md, line 12
async def example_20() -> None:
    client.inference.put_elasticsearch(
        task_type="rerank",
        elasticsearch_inference_id="my-elasticsearch-endpoint",
        service="elasticsearch",
        service_settings={
            "model_id": "...",
            "num_threads": 1,
        },
    )


# docs/api/services/elser.md, line 11
async def example_21() -> None:
    client.inference.put_elser(
        task_type="sparse_embedding",
        elser_inference_id="my-elser-endpoint",
        service="elser",
        service_settings={
            "num_allocations": 1,
            "num_threads": 1,
        },
    )


# docs/api/services/fireworksai.md, line 12
async def example_22() -> None:
    client.inference.put_fireworksai(
        task_type="chat_completion",
        fireworksai_inference_id="my-fireworksai-endpoint",
        service="fireworksai",
        service_settings={
            "api_key": "...",
            "model_id": "...",
        },
    )


# docs/api/services/googleaistudio.md, line 11
async def example_23() -> None:
    client.inference.put_googleaistudio(
        task_type="completion",
        googleaistudio_inference_id="my-googleaistudio-endpoint",
        service="googleaistudio",
        service_settings={
            "api_key": "...",
            "model_id": "...",
        },
    )


# docs/api/services/googlevertexai.md, line 12
async def example_24() -> None:
    client.inference.put_googlevertexai(
        task_type="chat_completion",
        googlevertexai_inference_id="my-googlevertexai-endpoint",
        service="googlevertexai",
        service_settings={
            "service_account_json": "...",
        },
    )


# docs/api/services/groq.md, line 10
async def example_25() -> None:
    client.inference.put_groq(
        task_type="chat_completion",
        groq_inference_id="my-groq-endpoint",
        service="groq",
        service_settings={
            "model_id": "...",
        },
    )


# docs/api/services/hugging_face.md, line 12
async def example_26() -> None:
    client.inference.put_hugging_face(
        task_type="chat_completion",
        huggingface_inference_id="my-hugging-face-endpoint",
        service="hugging_face",
        service_settings={
            "api_key": "...",
            "url": "...",
        },
    )


# docs/api/services/jinaai.md, line 12
async def example_27() -> None:
    client.inference.put_jinaai(
        task_type="embedding",
        jinaai_inference_id="my-jinaai-endpoint",
        service="jinaai",
        service_settings={
            "api_key": "...",
            "model_id": "...",
        },
    )


# docs/api/services/llama.md, line 11
async def example_28() -> None:
    client.inference.put_llama(
        task_type="chat_completion",
        llama_inference_id="my-llama-endpoint",
        service="llama",
        service_settings={
            "url": "...",
            "model_id": "...",
        },
    )


# docs/api/services/mistral.md, line 11
async def example_29() -> None:
    client.inference.put_mistral(
        task_type="chat_completion",
        mistral_inference_id="my-mistral-endpoint",
        service="mistral",
        service_settings={
            "api_key": "...",
            "model": "...",
        },
    )


# docs/api/services/nvidia.md, line 12
async def example_30() -> None:
    client.inference.put_nvidia(
        task_type="chat_completion",
        nvidia_inference_id="my-nvidia-endpoint",
        service="nvidia",
        service_settings={
            "api_key": "...",
            "model_id": "...",
        },
    )


# docs/api/services/openai.md, line 12
async def example_31() -> None:
    client.inference.put_openai(
        task_type="chat_completion",
        openai_inference_id="my-openai-endpoint",
        service="openai",
        service_settings={
            "model_id": "...",
        },
    )


# docs/api/services/openshift_ai.md, line 12
async def example_32() -> None:
    client.inference.put_openshift_ai(
        task_type="chat_completion",
        openshiftai_inference_id="my-openshift-ai-endpoint",
        service="openshift_ai",
        service_settings={
            "api_key": "...",
            "url": "...",
        },
    )


# docs/api/services/voyageai.md, line 12
async def example_33() -> None:
    client.inference.put_voyageai(
        task_type="rerank",
        voyageai_inference_id="my-voyageai-endpoint",
        service="voyageai",
        service_settings={
            "model_id": "...",
            "api_key": "...",
        },
    )


# docs/api/services/watsonxai.md, line 11
async def example_34() -> None:
    client.inference.put_watsonx(
        task_type="chat_completion",
        watsonx_inference_id="my-watsonxai-endpoint",
        service="watsonxai",
        service_settings={
            "api_key": "...",
            "api_version": "...",
            "model_id": "...",
            "project_id": "...",
            "url": "...",
        },
    )


# docs/getting-started.md, line 38
async def example_35() -> None:
    import os

    from esinference import Client

    url = os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")
    with Client(url, api_key=os.environ.get("ELASTICSEARCH_API_KEY")) as client:
        client.inference.put_openai(
            task_type="text_embedding",
            openai_inference_id="my-embeddings",
            service="openai",
            service_settings={"api_key": "sk-...", "model_id": "text-embedding-3-small"},
        )
        resp = client.inference.text_embedding(inference_id="my-embeddings", input=["hello"])
        print(len(resp.embeddings[0]), "dimensions,", resp.meta.status)
        for endpoint in client.inference.get().body["endpoints"]:
            print(endpoint["inference_id"], endpoint["task_type"], endpoint["service"])
        client.inference.delete(inference_id="my-embeddings")


# docs/getting-started.md, line 68
async def example_36() -> None:
    import asyncio
    import os

    from esinference import AsyncClient


    async def main() -> None:
        async with AsyncClient(os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")) as es:
            info = await es.inference.get()
            print(len(info.body["endpoints"]), "endpoints")


    asyncio.run(main())


# docs/guides/bulk-embedding.md, line 11
async def example_37() -> None:
    import os
    from pathlib import Path

    from esinference import Client
    from esinference.helpers import EmbedError, embed

    corpus = Path("corpus.txt")
    corpus.write_text("".join(f"line {n} of the corpus\n" for n in range(500)), encoding="utf-8")

    with Client(os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")) as client:
        client.inference.put_openai(
            task_type="text_embedding",
            openai_inference_id="bulk-e5",
            service="openai",
            service_settings={"api_key": "sk-...", "model_id": "text-embedding-3-small"},
        )
        done = 0
        with corpus.open(encoding="utf-8") as lines:
            texts = (line.rstrip("\n") for line in lines)
            try:
                for result in embed(client, "bulk-e5", texts, batch_size=100, max_concurrency=4):
                    done += 1  # result.index, result.text, result.embedding: store them
            except EmbedError as exc:
                print(f"stopped: {exc}")  # exc.missing, exc.next_index, exc.cause
        print(f"{done} lines embedded")
        client.inference.delete(inference_id="bulk-e5")


# docs/guides/errors-and-retries.md, line 21
async def example_38() -> None:
    import os

    from esinference import ApiError, Client, ConnectionError, NotFoundError

    with Client(os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")) as client:
        try:
            client.inference.text_embedding(inference_id="no-such-endpoint", input="hello")
        except NotFoundError as exc:
            print("create it first:", exc.reason)
        except ApiError as exc:
            print(exc.status_code, exc.error_type, exc.body)
        except ConnectionError as exc:
            print("no answer:", exc)

        # A status you expect can come back as an answer instead of an exception.
        resp = client.options(ignore_status=404).inference.get(inference_id="no-such-endpoint")
        print(resp.meta.status)


# docs/guides/errors-and-retries.md, line 63
async def example_39() -> None:
    import os

    from esinference import Client

    with Client(
        os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200"),
        max_retries=5,
        retry_on_status=(429, 503),
        request_timeout=30,
    ) as client:
        patient = client.options(request_timeout=120, retry_on_timeout=True)
        print(patient.inference.get().meta.status)


# docs/guides/frameworks.md, line 29
async def example_40() -> None:
    import os

    from langchain_core.documents import Document

    from esinference import Client
    from esinference.integrations.langchain import (
        ChatElasticInference,
        ElasticInferenceEmbeddings,
        ElasticInferenceRerank,
    )
    from esinference.types import CohereServiceSettings

    with Client(os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")) as client:
        cohere: CohereServiceSettings = {"api_key": "...", "model_id": "embed-english-v3.0"}
        client.inference.put_cohere(task_type="text_embedding", cohere_inference_id="lc-embeddings",
                                    service="cohere", service_settings=cohere)
        client.inference.put_cohere(task_type="rerank", cohere_inference_id="lc-reranker",
                                    service="cohere", service_settings=cohere)
        client.inference.put_openai(task_type="chat_completion", openai_inference_id="lc-chat",
                                    service="openai",
                                    service_settings={"api_key": "...", "model_id": "gpt-4o-mini"})

        embeddings = ElasticInferenceEmbeddings(client=client, inference_id="lc-embeddings")
        vectors = embeddings.embed_documents(["Elasticsearch is a search engine", "Cats sleep"])
        reranker = ElasticInferenceRerank(client=client, inference_id="lc-reranker", top_n=1)
        best = reranker.compress_documents(
            [Document("Cats sleep a lot"), Document("Elasticsearch is a search engine")], "search"
        )
        chat = ChatElasticInference(client=client, inference_id="lc-chat", max_tokens=200)
        print(len(vectors), best[0].page_content, chat.invoke("Hello").content)
        for name in ("lc-embeddings", "lc-reranker", "lc-chat"):
            client.inference.delete(inference_id=name)


# docs/guides/frameworks.md, line 66
async def example_41() -> None:
    import os

    from llama_index.core.schema import NodeWithScore, TextNode

    from esinference import Client
    from esinference.integrations.llamaindex import (
        ElasticInferenceEmbedding,
        ElasticInferenceLLM,
        ElasticInferenceRerank,
    )
    from esinference.types import CohereServiceSettings

    with Client(os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")) as client:
        cohere: CohereServiceSettings = {"api_key": "...", "model_id": "embed-english-v3.0"}
        client.inference.put_cohere(task_type="text_embedding", cohere_inference_id="li-embeddings",
                                    service="cohere", service_settings=cohere)
        client.inference.put_cohere(task_type="rerank", cohere_inference_id="li-reranker",
                                    service="cohere", service_settings=cohere)
        client.inference.put_openai(task_type="chat_completion", openai_inference_id="li-chat",
                                    service="openai",
                                    service_settings={"api_key": "...", "model_id": "gpt-4o-mini"})

        embed_model = ElasticInferenceEmbedding(client=client, inference_id="li-embeddings")
        vector = embed_model.get_query_embedding("What is Elasticsearch?")
        reranker = ElasticInferenceRerank(client=client, inference_id="li-reranker", top_n=1)
        nodes = [NodeWithScore(node=TextNode(text=t)) for t in ["Cats sleep", "A search engine"]]
        best = reranker.postprocess_nodes(nodes, query_str="search engine")
        llm = ElasticInferenceLLM(client=client, inference_id="li-chat", max_tokens=200)
        print(len(vector), best[0].node.get_content(), llm.complete("Hello").text)
        for name in ("li-embeddings", "li-reranker", "li-chat"):
            client.inference.delete(inference_id=name)


# docs/guides/from-elasticsearch-py.md, line 18
async def example_42() -> None:
    import os

    from esinference import Client as Elasticsearch

    es = Elasticsearch(os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200"))
    resp = es.inference.get()  # as elasticsearch-py's es.inference.get()
    print(resp.meta.status, len(resp["endpoints"]))
    es.close()


# docs/guides/streaming.md, line 14
async def example_43() -> None:
    import asyncio
    import os

    from esinference import AsyncClient, Client
    from esinference.types import OpenAIServiceSettings

    URL = os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")
    openai: OpenAIServiceSettings = {"api_key": "sk-...", "model_id": "gpt-4o-mini"}


    async def chat() -> None:
        async with AsyncClient(URL) as aclient:
            async with await aclient.inference.chat_completion_unified(
                inference_id="guide-chat",
                messages=[{"role": "user", "content": "Hi"}],
                max_completion_tokens=100,
            ) as stream:
                async for chunk in stream:
                    for choice in chunk["choices"]:
                        print(choice["delta"].get("content", ""), end="")
            print()


    with Client(URL) as client:
        client.inference.put_openai(task_type="completion", openai_inference_id="guide-llm",
                                    service="openai", service_settings=openai)
        client.inference.put_openai(task_type="chat_completion", openai_inference_id="guide-chat",
                                    service="openai", service_settings=openai)
        with client.inference.stream_completion(inference_id="guide-llm", input="A story") as stream:
            for chunk in stream:  # {"completion": [{"delta": "..."}]}
                print(chunk["completion"][0]["delta"], end="", flush=True)
        print()
        asyncio.run(chat())
        client.inference.delete(inference_id="guide-llm")
        client.inference.delete(inference_id="guide-chat")


# docs/guides/testing.md, line 13
async def example_44() -> None:
    from esinference import Client
    from esinference.server import LocalServer

    with LocalServer() as server, Client(server.url) as client:
        client.inference.put_cohere(
            task_type="rerank",
            cohere_inference_id="ranker",
            service="cohere",
            service_settings={"api_key": "...", "model_id": "rerank-v3.5"},
        )
        best = client.inference.rerank(
            inference_id="ranker", query="fox", input=["a dog", "a brown fox"], top_n=1
        )
        assert best.ranked[0]["index"] == 1


# docs/guides/testing.md, line 33
async def example_45() -> None:
    pytest_plugins = ["esinference.server.pytest_plugin"]


# docs/guides/testing.md, line 39
async def example_46() -> None:
    from esinference import Client
    from esinference.server import LocalServer


    def test_my_search_embeds_the_query(local_es: LocalServer) -> None:
        with Client(local_es.url) as client:
            client.inference.put_openai(
                task_type="text_embedding",
                openai_inference_id="e5",
                service="openai",
                service_settings={"api_key": "sk-test", "model_id": "text-embedding-3-small"},
            )
            client.inference.text_embedding(inference_id="e5", input="where is my fox")
        [request] = [r for r in local_es.requests() if r.method == "POST"]
        assert request.json() == {"input": "where is my fox"}


# docs/guides/testing.md, line 78
async def example_47() -> None:
    from esinference import Client
    from esinference.server import LocalServer

    with LocalServer() as server, Client(server.url) as client:
        server.add_fault("status", status=503, retry_after=1, count=1)  # the next request fails once
        resp = client.inference.get()  # 503 with Retry-After: the client waits a second, retries
        assert [r.fault for r in server.requests()] == ["status", None]


# docs/guides/tracing-and-warnings.md, line 15
async def example_48() -> None:
    import os

    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SimpleSpanProcessor

    from esinference import Client

    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))
    trace.set_tracer_provider(provider)

    with Client(os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")) as client:
        client.inference.get()  # prints the span "inference.get": attributes, status
    provider.shutdown()


# docs/guides/tracing-and-warnings.md, line 43
async def example_49() -> None:
    import os
    import warnings

    from esinference import Client, ElasticsearchWarning

    with Client(os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")) as client:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ElasticsearchWarning)
            client.inference.put_elser(  # the elser service is deprecated: a Warning header
                task_type="sparse_embedding",
                elser_inference_id="old-elser",
                service="elser",
                service_settings={"num_allocations": 1, "num_threads": 1},
            )
        for warning in caught:
            print(warning.category.__name__, warning.message, f"line {warning.lineno}")
        client.inference.delete(inference_id="old-elser")


# docs/guides/tracing-and-warnings.md, line 86
async def example_50() -> None:
    import logging
    import os

    from esinference import Client

    logging.basicConfig(format="%(name)s %(levelname)s %(message)s")
    logging.getLogger("esinference").setLevel(logging.INFO)

    with Client(os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")) as client:
        print(client.inference.get().meta.status)  # and one INFO line on stderr
