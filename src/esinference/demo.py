"""The README's demo: the Inference API against the bundled local server, on one screen.

Run it with ``make demo`` (a venv holding the package and urllib3 only) or ``python -m
esinference.demo``. It starts a local server (no network, no provider keys), creates three
endpoints, embeds, reranks, completes (plain, streamed, and with asyncio), shows the two kinds
of error, and deletes the endpoints. Output stays under 40 lines of at most 100 columns.
"""

from __future__ import annotations

import asyncio
import math
import sys
from collections.abc import Sequence

from esinference import AsyncClient, Client, NotFoundError, __version__
from esinference.server import LocalServer

TEXTS = [
    "The quick brown fox jumps over the lazy dog",
    "A quick brown fox leaped over a lazy dog",
    "Quarterly revenue grew in Europe",
]
ENDPOINTS = ("demo-embeddings", "demo-rerank", "demo-completion")


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def section(title: str) -> None:
    print(f"\n== {title}")


def create(client: Client) -> None:
    section("create three endpoints (the api_key is sent, and never comes back)")
    for info in (
        client.inference.put_openai(
            task_type="text_embedding", openai_inference_id="demo-embeddings", service="openai",
            service_settings={"api_key": "sk-demo", "model_id": "text-embedding-3-small",
                              "dimensions": 64},
        ),
        client.inference.put_cohere(
            task_type="rerank", cohere_inference_id="demo-rerank", service="cohere",
            service_settings={"api_key": "co-demo", "model_id": "rerank-v3.5"},
        ),
        client.inference.put_openai(
            task_type="completion", openai_inference_id="demo-completion", service="openai",
            service_settings={"api_key": "sk-demo", "model_id": "gpt-4o-mini"},
        ),
    ):  # fmt: skip
        body = info.body
        model = body["service_settings"]["model_id"]
        print(f"{body['inference_id']:<16} {body['task_type']:<15} {body['service']:<7} {model}")


def infer(client: Client) -> None:
    resp = client.inference.text_embedding(inference_id="demo-embeddings", input=TEXTS)
    vectors = resp.embeddings
    section(f"text_embedding: {len(vectors)} texts, {resp.meta.duration * 1000:.1f} ms")
    for text, vector in zip(TEXTS, vectors, strict=True):
        head = ", ".join(f"{x:+.3f}" for x in vector[:3])
        print(f"[{head}, ... {len(vector)} dims]  {text}")
    # The local server's models are lexical: shared words, not meaning, make texts close.
    print(
        f"cosine: 1~2 {cosine(vectors[0], vectors[1]):+.2f} (shared words), "
        f"1~3 {cosine(vectors[0], vectors[2]):+.2f} (unrelated)"
    )

    section("rerank 'fox' over the same texts, top 2")
    for doc in client.inference.rerank(
        inference_id="demo-rerank", query="fox", input=TEXTS, top_n=2, return_documents=True
    ).ranked:
        print(f"#{doc['index']} score={doc['relevance_score']:.3f}  {doc.get('text', '')}")

    section("completion, then stream_completion printed chunk by chunk")
    done = client.inference.completion(inference_id="demo-completion", input="Say hello")
    print(done.completions[0])
    with client.inference.stream_completion(
        inference_id="demo-completion", input="Tell me about foxes"
    ) as stream:
        for chunk in stream:
            for delta in chunk["completion"]:
                print(delta["delta"], end="", flush=True)
    print()


async def infer_async(url: str) -> None:
    section("asyncio: three embeddings at once, then a stream read whole")
    async with AsyncClient(url) as client:
        results = await asyncio.gather(
            *(client.inference.text_embedding(inference_id="demo-embeddings", input=text)
              for text in TEXTS)
        )  # fmt: skip
        print(f"dims: {[len(r.embeddings[0]) for r in results]}")
        stream = await client.inference.stream_completion(
            inference_id="demo-completion", input="Async foxes"
        )
        print(await stream.text())


def fail(client: Client) -> None:
    section("errors: the server's, typed; bad arguments, before anything is sent")
    try:
        client.inference.get(inference_id="no-such-endpoint")
    except NotFoundError as exc:
        print(f"NotFoundError {exc.status_code} {exc.error_type}: {exc.reason}")
    try:
        client.inference.put_elser(
            task_type="completion",  # type: ignore[arg-type]  # deliberately wrong
            elser_inference_id="x",
            service="elser",
            service_settings={"num_allocations": 1, "num_threads": 1},
        )
    except ValueError as exc:
        print(f"ValueError: {exc}")


def main() -> int:
    with LocalServer() as server, Client(server.url) as client:
        print(f"esinference {__version__}: a local Inference API server at {server.url}")
        create(client)
        infer(client)
        asyncio.run(infer_async(server.url))
        fail(client)
        section("list, then delete")
        listed = [e["inference_id"] for e in client.inference.get().body["endpoints"]]
        for name in ENDPOINTS:
            client.inference.delete(inference_id=name)
        left = len(client.inference.get().body["endpoints"])
        print(f"listed {', '.join(listed)}; deleted them, {left} left")
    print("\nNext: README.md (every example runs against `esinference server --port 9200`)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
