"""What the engine adapters decide on the driver (``plan_job``); needs no engine, so ``make
check`` runs it: one GET, the service's batch size, the endpoint's rate limit, the kind of
vectors, the client's settings (credentials only as the caller chose), bad options refused."""

from __future__ import annotations

import pickle

import pytest

from esinference import Client
from esinference.integrations._distributed import plan_job
from esinference.server import LocalServer


def plan(client: Client, inference_id: str, **options: object):  # type: ignore[no-untyped-def]
    return plan_job(client, inference_id, text_column="text", output_column="vector",
                    options=options, engine="embed_dataframe")  # fmt: skip


def test_the_job_knows_the_service_and_the_endpoints_limit(local_es: LocalServer) -> None:
    with Client(local_es.url, api_key="secret") as client:
        client.inference.put_cohere(
            task_type="text_embedding",
            cohere_inference_id="bytes",
            service="cohere",
            service_settings={"api_key": "k", "model_id": "m", "embedding_type": "byte",
                              "rate_limit": {"requests_per_minute": 900}},
        )  # fmt: skip
        local_es.clear_requests()
        job = plan(client, "bytes", max_concurrency=2, input_type="ingest")
    assert [r.method for r in local_es.requests()] == ["GET"]
    assert (job.task_type, job.batch_size, job.requests_per_minute) == ("text_embedding", 96, 900)
    assert (job.output_kind, job.max_concurrency, job.pace) == ("int", 2, True)
    assert dict(job.embed_options) == {"input_type": "ingest"}
    assert job.config.authorization == "ApiKey secret"
    assert pickle.loads(pickle.dumps(job)) == job


def test_callers_options_win_and_sparse_endpoints_give_maps(local_es: LocalServer) -> None:
    with Client(local_es.url, api_key="secret") as client:
        client.inference.put_elasticsearch(
            task_type="sparse_embedding",
            elasticsearch_inference_id="elser",
            service="elasticsearch",
            service_settings={"model_id": ".elser_model_2", "num_allocations": 1, "num_threads": 1},
        )
        job = plan(client, "elser", batch_size=5, requests_per_minute=60, pace=False,
                   api_key_env="ES_API_KEY")  # fmt: skip
    assert (job.batch_size, job.requests_per_minute, job.pace) == (5, 60, False)
    assert job.output_kind == "sparse"
    assert job.config.authorization is None and job.config.api_key_env == "ES_API_KEY"


def test_unknown_options_and_endpoints_that_do_not_embed_are_refused(local_es: LocalServer) -> None:
    with Client(local_es.url) as client:
        with pytest.raises(TypeError, match=r"embed_dataframe: unknown option\(s\) batchsize"):
            plan(client, "e5", batchsize=10)
        client.inference.put_openai(
            task_type="completion",
            openai_inference_id="chat",
            service="openai",
            service_settings={"api_key": "k", "model_id": "m"},
        )
        with pytest.raises(ValueError, match="has task type 'completion'"):
            plan(client, "chat")
