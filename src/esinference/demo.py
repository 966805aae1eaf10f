"""The README's demo: the whole Inference API against the bundled local server, no network.

Run it with ``make demo`` or ``python -m esinference.demo``. It starts a local server, creates
endpoints for three services, embeds, reranks, completes (plain and streamed, sync and async),
lists and deletes them, and shows what an error looks like.
"""

from __future__ import annotations

import asyncio
import math
import sys
from collections.abc import Sequence

from esinference import AsyncClient, Client, NotFoundError
from esinference.server import LocalServer

TEXTS = [
    "The quick brown fox jumps over the lazy dog",
    "A quick brown fox leaped over a lazy dog",
    "Quarterly revenue grew in Europe",
]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def section(title: str) -> None:
    print(f"\n== {title}")


def run(client: Client) -> None:
    section("create endpoints")
    for info in (
        client.inference.put_openai(
            task_type="text_embedding",
            openai_inference_id="demo-embeddings",
            service="openai",
            service_settings={"api_key": "sk-demo", "model_id": "text-embedding-3-small",
                              "dimensions": 64},
        ),
        client.inference.put_cohere(
            task_type="rerank",
            cohere_inference_id="demo-rerank",
            service="cohere",
            service_settings={"api_key": "co-demo", "model_id": "rerank-v3.5"},
        ),
        client.inference.put_openai(
            task_type="completion",
            openai_inference_id="demo-completion",
            service="openai",
            service_settings={"api_key": "sk-demo", "model_id": "gpt-4o-mini"},
        ),
    ):  # fmt: skip
        settings = ", ".join(f"{k}={v}" for k, v in sorted(info.body["service_settings"].items()))
        print(f"{info.body['inference_id']:<17} {info.body['task_type']:<15} {settings}")
    print("(api_key was sent, and is not in the answers: secrets are never returned)")

    section("text_embedding")
    resp = client.inference.text_embedding(inference_id="demo-embeddings", input=TEXTS)
    vectors = resp.embeddings
    for text, vector in zip(TEXTS, vectors, strict=True):
        head = ", ".join(f"{x:+.3f}" for x in vector[:4])
        print(f"[{head}, ...] ({len(vector)} dims)  {text}")
    # The local server's models are lexical: shared words, not meaning, make texts close.
    print(f"cosine(text 1, text 2) = {cosine(vectors[0], vectors[1]):+.3f}  (shared words)")
    print(f"cosine(text 1, text 3) = {cosine(vectors[0], vectors[2]):+.3f}  (unrelated)")
    print(f"took {resp.meta.duration * 1000:.1f} ms on {resp.meta.node}")

    section("rerank: 'fox' over the three texts, top 2")
    ranked = client.inference.rerank(
        inference_id="demo-rerank", query="fox", input=TEXTS, top_n=2, return_documents=True
    )
    for doc in ranked.body["rerank"]:
        print(f"#{doc['index']} score={doc['relevance_score']:.3f}  {doc.get('text', '')}")

    section("completion")
    done = client.inference.completion(inference_id="demo-completion", input="Say hello")
    print(done.body["completion"][0]["result"])

    section("stream_completion, token by token")
    with client.inference.stream_completion(
        inference_id="demo-completion", input="Tell me about foxes"
    ) as stream:
        for chunk in stream:
            for delta in chunk["completion"]:
                print(delta["delta"], end="", flush=True)
    print()

    section("list endpoints")
    for endpoint in client.inference.get().body["endpoints"]:
        print(f"{endpoint['inference_id']:<17} {endpoint['task_type']:<15} {endpoint['service']}")

    section("errors are typed")
    try:
        client.inference.get(inference_id="no-such-endpoint")
    except NotFoundError as exc:
        print(f"{type(exc).__name__}: status={exc.status_code} type={exc.error_type}")
        print(f"reason: {exc.reason}")
    try:
        client.inference.put_elser(
            task_type="completion",  # type: ignore[arg-type]  # deliberately wrong
            elser_inference_id="x",
            service="elser",
            service_settings={"num_allocations": 1, "num_threads": 1},
        )
    except ValueError as exc:
        print(f"ValueError before any request: {exc}")


async def run_async(url: str) -> None:
    section("asyncio: three embeddings concurrently, then a streamed completion")
    async with AsyncClient(url) as client:
        results = await asyncio.gather(
            *(client.inference.text_embedding(inference_id="demo-embeddings", input=t)
              for t in TEXTS)
        )  # fmt: skip
        print([len(r.embeddings[0]) for r in results])
        stream = await client.inference.stream_completion(
            inference_id="demo-completion", input="Async foxes"
        )
        print(await stream.text())


def main() -> int:
    with LocalServer() as server:
        print(f"local Inference API server at {server.url}")
        with Client(server.url) as client:
            run(client)
            asyncio.run(run_async(server.url))
            section("delete endpoints")
            for name in ("demo-embeddings", "demo-rerank", "demo-completion"):
                ack = client.inference.delete(inference_id=name).body["acknowledged"]
                print(f"{name}: acknowledged={ack}")
            print(f"endpoints left: {len(client.inference.get().body['endpoints'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
