"""What only Elasticsearch's code says about endpoint configurations (the specification does not).

Everything else the server checks comes from the generated catalogue (``catalog.py``). Each entry
names its source in elastic/elasticsearch, x-pack/plugin/inference (read through the code index;
the newest stored versions unless a commit is given).
"""

from __future__ import annotations

from collections.abc import Mapping

# ElasticsearchInternalService: the models it deploys itself, by model id, and the task type each
# serves (ElserModels, MultilingualE5SmallModel, ElasticRerankerModel; the _linux-x86_64 ids are
# the platform-specific variants, DefaultEndPointsIT accepts either). Any other model_id is taken
# as a custom Eland model, which must have been uploaded first (CustomElandModel).
BUILT_IN_MODELS: Mapping[str, str] = {
    ".elser_model_1": "sparse_embedding",
    ".elser_model_2": "sparse_embedding",
    ".elser_model_2_linux-x86_64": "sparse_embedding",
    ".multilingual-e5-small": "text_embedding",
    ".multilingual-e5-small_linux-x86_64": "text_embedding",
    ".rerank-v1": "rerank",
}
IN_CLUSTER_SERVICES = ("elasticsearch", "elser")  # TransportUpdateInferenceModelAction


def built_in_model(task_type: str) -> str | None:
    """A model the elasticsearch service deploys itself for ``task_type`` (None: there is none)."""
    return next((m for m, t in BUILT_IN_MODELS.items() if t == task_type), None)


def custom_model_not_found(model_id: str) -> str:
    """CustomElandModel.modelNotFoundErrorMessage (a ResourceNotFoundException, 404)."""
    return (
        f"Could not deploy model [{model_id}] as the model cannot be found. Custom models need to "
        "be loaded into the cluster with Eland before they can be started."
    )


# Service settings Elasticsearch reads that the specification leaves out:
# - the elser service takes a model_id (ElasticsearchInternalServiceSettings, shared with the
#   elasticsearch service; the deprecated ``elser`` name is OLD_ELSER_SERVICE_NAME);
# - a dense embedding endpoint (text_embedding, embedding) describes its vectors: dimensions,
#   similarity and element_type, and most services read max_input_tokens (each service's
#   *EmbeddingsServiceSettings, e.g. OpenAiEmbeddingsServiceSettings, CohereServiceSettings,
#   ElasticsearchInternalTextEmbeddingServiceSettings). Not every service reads all four: the
#   server accepts them on every dense endpoint rather than refuse what Elasticsearch accepts.
EXTRA_SERVICE_SETTINGS: Mapping[str, frozenset[str]] = {"elser": frozenset({"model_id"})}
EMBEDDING_SERVICE_SETTINGS = frozenset(
    {"dimensions", "similarity", "element_type", "max_input_tokens"}
)

# OpenAiService.moveModelFromTaskToServiceSettings: before 8.13 the model id was task_settings'
# ``model`` (or ``model_id``); when service_settings has no model_id it is moved there.
LEGACY_MODEL_IN_TASK_SETTINGS = frozenset({"openai"})

# Secret settings that are required one way or another, which the catalogue (9.5, where OAuth
# client credentials were added to openai) marks optional:
# - azureopenai: AzureOpenAiSecretSettings, exactly one of api_key / entra_id;
# - openai: DefaultSecretSettings requires api_key; the server also accepts the 9.5
#   specification's client credentials (client_id + client_secret) instead (not verified in
#   Elasticsearch's code).
ONE_OF_SECRETS: Mapping[str, tuple[str, str]] = {"azureopenai": ("api_key", "entra_id")}
API_KEY_UNLESS: Mapping[str, str] = {"openai": "client_secret"}


def required_credential(service_name: str) -> str | None:
    """The secret a config of this service must carry although the catalogue marks every
    credential optional (the first of the alternatives above)."""
    if service_name in ONE_OF_SECRETS:
        return ONE_OF_SECRETS[service_name][0]
    return "api_key" if service_name in API_KEY_UNLESS else None


# The task types whose endpoints read chunking_settings (OpenAiService and the others parse them
# for the embedding task types only; elsewhere they are a leftover top-level key).
CHUNKED_TASK_TYPES = ("text_embedding", "sparse_embedding", "embedding")

# What _update may change besides secrets and task settings: the service's update parsers read
# rate_limit (RateLimitSettings.of) for third-party services, and num_allocations /
# adaptive_allocations for the in-cluster ones (ElasticsearchInternalServiceSettings.Update).
UPDATABLE_SERVICE_SETTINGS = frozenset({"rate_limit"})
UPDATABLE_IN_CLUSTER = frozenset({"num_allocations", "adaptive_allocations"})

# TransportUpdateInferenceModelAction.validateEndpointIsNotDefault: ids starting with a dot.
DEFAULT_ENDPOINT_PREFIX = "."
