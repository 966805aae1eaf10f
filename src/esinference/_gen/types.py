# Generated from spec/ (sha256 3a4a1dd6a45cbf40) by codegen: do not edit.
# Change spec/ or templates/ and run `make generate`.
"""Typed shapes from spec/: every service's settings as TypedDicts, and the settings enums.

They describe plain dicts: at run time any mapping is accepted, while a type checker catches a
misspelt key or a missing required setting.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict

if sys.version_info >= (3, 11):
    from typing import Required
elif TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AcknowledgedResponseBase",
    "AdaptiveAllocations",
    "Ai21ServiceSettings",
    "AlibabaCloudServiceSettings",
    "AlibabaCloudTaskSettings",
    "AmazonBedrockServiceSettings",
    "AmazonBedrockTaskSettings",
    "AmazonSageMakerApi",
    "AmazonSageMakerElementType",
    "AmazonSageMakerServiceSettings",
    "AmazonSageMakerSimilarity",
    "AmazonSageMakerTaskSettings",
    "AnthropicServiceSettings",
    "AnthropicTaskSettings",
    "AzureAiStudioServiceSettings",
    "AzureAiStudioTaskSettings",
    "AzureOpenAIServiceSettings",
    "AzureOpenAITaskSettings",
    "CohereEmbeddingType",
    "CohereInputType",
    "CohereServiceSettings",
    "CohereSimilarityType",
    "CohereTaskSettings",
    "CohereTruncateType",
    "CompletionInferenceResult",
    "CompletionResult",
    "CompletionToolChoice",
    "CompletionToolChoiceFunction",
    "ContextualAIServiceSettings",
    "ContextualAITaskSettings",
    "CspRegion",
    "CustomRequestParams",
    "CustomResponseParams",
    "CustomServiceSettings",
    "CustomTaskSettings",
    "DeepSeekServiceSettings",
    "DeleteInferenceEndpointResult",
    "DenseEmbeddingByteResult",
    "DenseEmbeddingResult",
    "ElasticsearchServiceSettings",
    "ElasticsearchTaskSettings",
    "ElserServiceSettings",
    "EmbeddingContentFormat",
    "EmbeddingContentObject",
    "EmbeddingContentObjectItem",
    "EmbeddingContentType",
    "EmbeddingInferenceResult",
    "FireworksAIServiceSettings",
    "FireworksAISimilarityType",
    "FireworksAITaskSettings",
    "GetInferenceResponse",
    "GoogleAiStudioServiceSettings",
    "GoogleModelGardenProvider",
    "GoogleVertexAIServiceSettings",
    "GoogleVertexAITaskSettings",
    "GroqServiceSettings",
    "HuggingFaceServiceSettings",
    "HuggingFaceTaskSettings",
    "InferenceChunkingSettings",
    "InferenceEndpoint",
    "InferenceEndpointInfo",
    "InferenceEndpointInfoAi21",
    "InferenceEndpointInfoAlibabaCloudAI",
    "InferenceEndpointInfoAmazonBedrock",
    "InferenceEndpointInfoAmazonSageMaker",
    "InferenceEndpointInfoAnthropic",
    "InferenceEndpointInfoAzureAIStudio",
    "InferenceEndpointInfoAzureOpenAI",
    "InferenceEndpointInfoCohere",
    "InferenceEndpointInfoContextualAi",
    "InferenceEndpointInfoCustom",
    "InferenceEndpointInfoDeepSeek",
    "InferenceEndpointInfoELSER",
    "InferenceEndpointInfoElasticsearch",
    "InferenceEndpointInfoFireworksAI",
    "InferenceEndpointInfoGoogleAIStudio",
    "InferenceEndpointInfoGoogleVertexAI",
    "InferenceEndpointInfoGroq",
    "InferenceEndpointInfoHuggingFace",
    "InferenceEndpointInfoJinaAi",
    "InferenceEndpointInfoLlama",
    "InferenceEndpointInfoMistral",
    "InferenceEndpointInfoNvidia",
    "InferenceEndpointInfoOpenAI",
    "InferenceEndpointInfoOpenShiftAi",
    "InferenceEndpointInfoVoyageAI",
    "InferenceEndpointInfoWatsonx",
    "InferenceResult",
    "JinaAIElementType",
    "JinaAIServiceSettings",
    "JinaAISimilarityType",
    "JinaAITaskSettings",
    "JinaAITextEmbeddingTask",
    "LlamaServiceSettings",
    "LlamaSimilarityType",
    "MistralServiceSettings",
    "NvidiaInputType",
    "NvidiaServiceSettings",
    "NvidiaSimilarityType",
    "NvidiaTaskSettings",
    "OpenAIServiceSettings",
    "OpenAISimilarityType",
    "OpenAITaskSettings",
    "OpenShiftAiServiceSettings",
    "OpenShiftAiSimilarityType",
    "OpenShiftAiTaskSettings",
    "RankedDocument",
    "RateLimitSetting",
    "RegionPolicy",
    "RegionPolicyDoc",
    "RequestEmbedding",
    "RerankInputFormat",
    "RerankInputObject",
    "RerankInputType",
    "RerankedInferenceResult",
    "SparseEmbeddingInferenceResult",
    "SparseEmbeddingResult",
    "TaskType",
    "TaskTypeAi21",
    "TaskTypeAlibabaCloudAI",
    "TaskTypeAmazonBedrock",
    "TaskTypeAmazonSageMaker",
    "TaskTypeAnthropic",
    "TaskTypeAzureAIStudio",
    "TaskTypeAzureOpenAI",
    "TaskTypeCohere",
    "TaskTypeContextualAI",
    "TaskTypeCustom",
    "TaskTypeDeepSeek",
    "TaskTypeELSER",
    "TaskTypeElasticsearch",
    "TaskTypeFireworksAI",
    "TaskTypeGoogleAIStudio",
    "TaskTypeGoogleVertexAI",
    "TaskTypeGroq",
    "TaskTypeHuggingFace",
    "TaskTypeJinaAi",
    "TaskTypeLlama",
    "TaskTypeMistral",
    "TaskTypeNvidia",
    "TaskTypeOpenAI",
    "TaskTypeOpenShiftAi",
    "TaskTypeVoyageAI",
    "TaskTypeWatsonx",
    "TextEmbeddingInferenceResult",
    "ThinkingConfig",
    "VoyageAIServiceSettings",
    "VoyageAITaskSettings",
    "WatsonxServiceSettings",
]

AmazonSageMakerApi = Literal[
    "openai",
    "elastic",
]
AmazonSageMakerElementType = Literal[
    "byte",
    "float",
    "bit",
]
AmazonSageMakerSimilarity = Literal[
    "cosine",
    "dot_product",
    "l2_norm",
]
CohereEmbeddingType = Literal[
    "binary",
    "bit",
    "byte",
    "float",
    "int8",
]
CohereInputType = Literal[
    "classification",
    "clustering",
    "ingest",
    "search",
]
CohereSimilarityType = Literal[
    "cosine",
    "dot_product",
    "l2_norm",
]
CohereTruncateType = Literal[
    "END",
    "NONE",
    "START",
]
EmbeddingContentFormat = Literal[
    "text",
    "base64",
]
EmbeddingContentType = Literal[
    "text",
    "image",
    "audio",
    "video",
    "pdf",
]
FireworksAISimilarityType = Literal[
    "cosine",
    "dot_product",
    "l2_norm",
]
GoogleModelGardenProvider = Literal[
    "google",
    "anthropic",
    "meta",
    "hugging_face",
    "mistral",
    "ai21",
]
JinaAIElementType = Literal[
    "binary",
    "bit",
    "float",
]
JinaAISimilarityType = Literal[
    "cosine",
    "dot_product",
    "l2_norm",
]
JinaAITextEmbeddingTask = Literal[
    "classification",
    "clustering",
    "ingest",
    "search",
]
LlamaSimilarityType = Literal[
    "cosine",
    "dot_product",
    "l2_norm",
]
NvidiaInputType = Literal[
    "ingest",
    "search",
]
NvidiaSimilarityType = Literal[
    "cosine",
    "dot_product",
    "l2_norm",
]
OpenAISimilarityType = Literal[
    "cosine",
    "dot_product",
    "l2_norm",
]
OpenShiftAiSimilarityType = Literal[
    "cosine",
    "dot_product",
    "l2_norm",
]
RerankInputFormat = Literal[
    "text",
    "base64",
]
RerankInputType = Literal[
    "text",
    "image",
]
TaskType = Literal[
    "sparse_embedding",
    "text_embedding",
    "rerank",
    "completion",
    "chat_completion",
    "embedding",
]
TaskTypeAi21 = Literal[
    "completion",
    "chat_completion",
]
TaskTypeAlibabaCloudAI = Literal[
    "text_embedding",
    "rerank",
    "completion",
    "sparse_embedding",
]
TaskTypeAmazonBedrock = Literal[
    "chat_completion",
    "completion",
    "text_embedding",
]
TaskTypeAmazonSageMaker = Literal[
    "text_embedding",
    "completion",
    "chat_completion",
    "sparse_embedding",
    "rerank",
]
TaskTypeAnthropic = Literal[
    "completion",
    "chat_completion",
]
TaskTypeAzureAIStudio = Literal[
    "text_embedding",
    "completion",
    "rerank",
]
TaskTypeAzureOpenAI = Literal[
    "text_embedding",
    "completion",
    "chat_completion",
]
TaskTypeCohere = Literal[
    "text_embedding",
    "rerank",
    "completion",
]
TaskTypeContextualAI = Literal["rerank",]
TaskTypeCustom = Literal[
    "text_embedding",
    "sparse_embedding",
    "rerank",
    "completion",
]
TaskTypeDeepSeek = Literal[
    "completion",
    "chat_completion",
]
TaskTypeELSER = Literal["sparse_embedding",]
TaskTypeElasticsearch = Literal[
    "sparse_embedding",
    "text_embedding",
    "rerank",
]
TaskTypeFireworksAI = Literal[
    "chat_completion",
    "completion",
    "text_embedding",
]
TaskTypeGoogleAIStudio = Literal[
    "text_embedding",
    "completion",
]
TaskTypeGoogleVertexAI = Literal[
    "chat_completion",
    "completion",
    "text_embedding",
    "rerank",
]
TaskTypeGroq = Literal["chat_completion",]
TaskTypeHuggingFace = Literal[
    "chat_completion",
    "completion",
    "rerank",
    "text_embedding",
]
TaskTypeJinaAi = Literal[
    "embedding",
    "text_embedding",
    "rerank",
]
TaskTypeLlama = Literal[
    "text_embedding",
    "chat_completion",
    "completion",
]
TaskTypeMistral = Literal[
    "text_embedding",
    "chat_completion",
    "completion",
]
TaskTypeNvidia = Literal[
    "chat_completion",
    "completion",
    "rerank",
    "text_embedding",
]
TaskTypeOpenAI = Literal[
    "text_embedding",
    "chat_completion",
    "completion",
    "embedding",
]
TaskTypeOpenShiftAi = Literal[
    "text_embedding",
    "chat_completion",
    "completion",
    "rerank",
]
TaskTypeVoyageAI = Literal[
    "text_embedding",
    "rerank",
]
TaskTypeWatsonx = Literal[
    "text_embedding",
    "chat_completion",
    "completion",
]


class AcknowledgedResponseBase(TypedDict, total=False):
    """The ``AcknowledgedResponseBase`` object of the Inference API."""

    acknowledged: Required[bool]
    """For a successful response, this value is always true. On failure, an exception is returned instead."""


class AdaptiveAllocations(TypedDict, total=False):
    """The ``AdaptiveAllocations`` object of the Inference API."""

    enabled: bool
    """Turn on `adaptive_allocations`. Server default: `false`."""
    max_number_of_allocations: int
    """The maximum number of allocations to scale to. If set, it must be greater than or equal to `min_number_of_allocations`."""
    min_number_of_allocations: int
    """The minimum number of allocations to scale to. If set, it must be greater than or equal to 0. If not defined, the deployment scales to 0."""


class CompletionInferenceResult(TypedDict, total=False):
    """The ``CompletionInferenceResult`` object of the Inference API."""

    completion: Required[list[CompletionResult]]
    """"""


class CompletionResult(TypedDict, total=False):
    """The ``CompletionResult`` object of the Inference API."""

    result: Required[str]
    """"""


class CompletionToolChoice(TypedDict, total=False):
    """The ``CompletionToolChoice`` object of the Inference API."""

    type: Required[str]
    """The type of the tool."""
    function: Required[CompletionToolChoiceFunction]
    """The tool choice function."""


class CompletionToolChoiceFunction(TypedDict, total=False):
    """The ``CompletionToolChoiceFunction`` object of the Inference API."""

    name: Required[str]
    """The name of the function to call."""


class CspRegion(TypedDict, total=False):
    """The ``CspRegion`` object of the Inference API."""

    csp: Required[str]
    """The cloud service provider, for example `aws`, `gcp`, or `azure`."""
    region: Required[str]
    """The region of the cloud service provider, for example `us-east-1`."""


class CustomRequestParams(TypedDict, total=False):
    """The ``CustomRequestParams`` object of the Inference API."""

    content: Required[str]
    """The body structure of the request. It requires passing in the string-escaped result of the JSON format HTTP request body. For example: ``` "request": "{\\"input\\":${input}}" ``` > info > The content string needs to be a single line except when using the Kibana console."""


class CustomResponseParams(TypedDict, total=False):
    """The ``CustomResponseParams`` object of the Inference API."""

    json_parser: Required[dict[str, str]]
    """Specifies the JSON parser that is used to parse the response from the custom service. Different task types require different json_parser parameters. For example: ``` # text_embedding # For a response like this: { "object": "list", "data": [ { "object": "embedding", "index": 0, "embedding": [ 0.014539449, -0.015288644 ] } ], "model": "text-embedding-ada-002-v2", "usage": { "prompt_tokens": 8, "total_tokens": 8 } } # the json_parser definition should look like this: "response":{ "json_parser":{ "text_embeddings":"$.data[*].embedding[*]" } } # Elasticsearch supports the following embedding types: * float * byte * bit (or binary) To specify the embedding type for the response, the `embedding_type` field should be added in the `json_parser` object. Here's an example: "response":{ "json_parser":{ "text_embeddings":"$.data[*].embedding[*]", "embedding_type":"bit" } } If `embedding_type` is not specified, it defaults to `float`. # sparse_embedding # For a response like this: { "request_id": "75C50B5B-E79E-4930-****-F48DBB392231", "latency": 22, "usage": { "token_count": 11 }, "result": { "sparse_embeddings": [ { "index": 0, "embedding": [ { "token_id": 6, "weight": 0.101 }, { "token_id": 163040, "weight": 0.28417 } ] } ] } } # the json_parser definition should look like this: "response":{ "json_parser":{ "token_path":"$.result.sparse_embeddings[*].embedding[*].token_id", "weight_path":"$.result.sparse_embeddings[*].embedding[*].weight" } } # rerank # For a response like this: { "results": [ { "index": 3, "relevance_score": 0.999071, "document": "abc" }, { "index": 4, "relevance_score": 0.7867867, "document": "123" }, { "index": 0, "relevance_score": 0.32713068, "document": "super" } ], } # the json_parser definition should look like this: "response":{ "json_parser":{ "reranked_index":"$.result.scores[*].index", // optional "relevance_score":"$.result.scores[*].score", "document_text":"xxx" // optional } } # completion # For a response like this: { "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion", "created": 1741569952, "model": "gpt-4.1-2025-04-14", "choices": [ { "index": 0, "message": { "role": "assistant", "content": "Hello! How can I assist you today?", "refusal": null, "annotations": [] }, "logprobs": null, "finish_reason": "stop" } ] } # the json_parser definition should look like this: "response":{ "json_parser":{ "completion_result":"$.choices[*].message.content" } }"""


class DeleteInferenceEndpointResult(TypedDict, total=False):
    """The ``DeleteInferenceEndpointResult`` object of the Inference API."""

    acknowledged: Required[bool]
    """For a successful response, this value is always true. On failure, an exception is returned instead."""
    pipelines: Required[Sequence[str]]
    """"""
    indexes: Sequence[str]
    """Indexes whose semantic_text mappings reference the endpoint."""
    error_message: str
    """On dry_run: why the endpoint is still referenced, else empty."""


class DenseEmbeddingByteResult(TypedDict, total=False):
    """The ``DenseEmbeddingByteResult`` object of the Inference API."""

    embedding: Required[list[int]]
    """"""


class DenseEmbeddingResult(TypedDict, total=False):
    """The ``DenseEmbeddingResult`` object of the Inference API."""

    embedding: Required[list[float]]
    """"""


class EmbeddingContentObject(TypedDict, total=False):
    """The ``EmbeddingContentObject`` object of the Inference API."""

    content: Required[EmbeddingContentObjectItem | list[EmbeddingContentObjectItem]]
    """An object or an array of objects containing the input data for the model to embed"""


class EmbeddingContentObjectItem(TypedDict, total=False):
    """The ``EmbeddingContentObjectItem`` object of the Inference API."""

    type: Required[EmbeddingContentType]
    """The type of input to embed. Not all models support all input types. The `audio`, `video`, and `pdf` types are available in Elasticsearch 9.5.0 and later."""
    format: EmbeddingContentFormat
    """The format of the input. For the `text` type this must be `text`. For all other types, this must be `base64`. If not specified, this will default to `text` for the `text` type and `base64` for all other types."""
    value: Required[str]
    """The value of the input to embed. For images, this must be a base64-encoded data URI, i.e. "data:content/type;base64,...\""""


class EmbeddingInferenceResult(TypedDict, total=False):
    """The ``EmbeddingInferenceResult`` object of the Inference API."""

    embeddings_bytes: list[DenseEmbeddingByteResult]
    """"""
    embeddings_bits: list[DenseEmbeddingByteResult]
    """"""
    embeddings: list[DenseEmbeddingResult]
    """"""


class GetInferenceResponse(TypedDict, total=False):
    """The ``GetInferenceResponse`` object of the Inference API."""

    endpoints: Required[list[InferenceEndpointInfo]]
    """"""


class InferenceChunkingSettings(TypedDict, total=False):
    """The ``InferenceChunkingSettings`` object of the Inference API."""

    max_chunk_size: int
    """The maximum size of a chunk in words. This value cannot be lower than `20` (for `sentence` strategy) or `10` (for `word` strategy). This value should not exceed the window size for the associated model. Server default: `250`."""
    overlap: int
    """The number of overlapping words for chunks. It is applicable only to a `word` chunking strategy. This value cannot be higher than half the `max_chunk_size` value. Server default: `100`."""
    sentence_overlap: int
    """The number of overlapping sentences for chunks. It is applicable only for a `sentence` chunking strategy. It can be either `1` or `0`. Server default: `1`."""
    separator_group: str
    """Only applicable to the `recursive` strategy and required when using it. Sets a predefined list of separators in the saved chunking settings based on the selected text type. Values can be `markdown` or `plaintext`. Using this parameter is an alternative to manually specifying a custom `separators` list."""
    separators: Sequence[str]
    """Only applicable to the `recursive` strategy and required when using it. A list of strings used as possible split points when chunking text. Each string can be a plain string or a regular expression (regex) pattern. The system tries each separator in order to split the text, starting from the first item in the list. After splitting, it attempts to recombine smaller pieces into larger chunks that stay within the `max_chunk_size` limit, to reduce the total number of chunks generated."""
    strategy: str
    """The chunking strategy: `sentence`, `word`, `none` or `recursive`. * If `strategy` is set to `recursive`, you must also specify: - `max_chunk_size` - either `separators` or`separator_group` Learn more about different chunking strategies in the linked documentation. Server default: `sentence`."""


class InferenceEndpoint(TypedDict, total=False):
    """The ``InferenceEndpoint`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""


class InferenceEndpointInfo(TypedDict, total=False):
    """The ``InferenceEndpointInfo`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskType]
    """The task type"""


class InferenceEndpointInfoAi21(TypedDict, total=False):
    """The ``InferenceEndpointInfoAi21`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeAi21]
    """The task type"""


class InferenceEndpointInfoAlibabaCloudAI(TypedDict, total=False):
    """The ``InferenceEndpointInfoAlibabaCloudAI`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeAlibabaCloudAI]
    """The task type"""


class InferenceEndpointInfoAmazonBedrock(TypedDict, total=False):
    """The ``InferenceEndpointInfoAmazonBedrock`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeAmazonBedrock]
    """The task type"""


class InferenceEndpointInfoAmazonSageMaker(TypedDict, total=False):
    """The ``InferenceEndpointInfoAmazonSageMaker`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeAmazonSageMaker]
    """The task type"""


class InferenceEndpointInfoAnthropic(TypedDict, total=False):
    """The ``InferenceEndpointInfoAnthropic`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeAnthropic]
    """The task type"""


class InferenceEndpointInfoAzureAIStudio(TypedDict, total=False):
    """The ``InferenceEndpointInfoAzureAIStudio`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeAzureAIStudio]
    """The task type"""


class InferenceEndpointInfoAzureOpenAI(TypedDict, total=False):
    """The ``InferenceEndpointInfoAzureOpenAI`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeAzureOpenAI]
    """The task type"""


class InferenceEndpointInfoCohere(TypedDict, total=False):
    """The ``InferenceEndpointInfoCohere`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeCohere]
    """The task type"""


class InferenceEndpointInfoContextualAi(TypedDict, total=False):
    """The ``InferenceEndpointInfoContextualAi`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeContextualAI]
    """The task type"""


class InferenceEndpointInfoCustom(TypedDict, total=False):
    """The ``InferenceEndpointInfoCustom`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeCustom]
    """The task type"""


class InferenceEndpointInfoDeepSeek(TypedDict, total=False):
    """The ``InferenceEndpointInfoDeepSeek`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeDeepSeek]
    """The task type"""


class InferenceEndpointInfoELSER(TypedDict, total=False):
    """The ``InferenceEndpointInfoELSER`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeELSER]
    """The task type"""


class InferenceEndpointInfoElasticsearch(TypedDict, total=False):
    """The ``InferenceEndpointInfoElasticsearch`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeElasticsearch]
    """The task type"""


class InferenceEndpointInfoFireworksAI(TypedDict, total=False):
    """The ``InferenceEndpointInfoFireworksAI`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeFireworksAI]
    """The task type"""


class InferenceEndpointInfoGoogleAIStudio(TypedDict, total=False):
    """The ``InferenceEndpointInfoGoogleAIStudio`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeGoogleAIStudio]
    """The task type"""


class InferenceEndpointInfoGoogleVertexAI(TypedDict, total=False):
    """The ``InferenceEndpointInfoGoogleVertexAI`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeGoogleVertexAI]
    """The task type"""


class InferenceEndpointInfoGroq(TypedDict, total=False):
    """The ``InferenceEndpointInfoGroq`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeGroq]
    """The task type"""


class InferenceEndpointInfoHuggingFace(TypedDict, total=False):
    """The ``InferenceEndpointInfoHuggingFace`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeHuggingFace]
    """The task type"""


class InferenceEndpointInfoJinaAi(TypedDict, total=False):
    """The ``InferenceEndpointInfoJinaAi`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeJinaAi]
    """The task type"""


class InferenceEndpointInfoLlama(TypedDict, total=False):
    """The ``InferenceEndpointInfoLlama`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeLlama]
    """The task type"""


class InferenceEndpointInfoMistral(TypedDict, total=False):
    """The ``InferenceEndpointInfoMistral`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeMistral]
    """The task type"""


class InferenceEndpointInfoNvidia(TypedDict, total=False):
    """The ``InferenceEndpointInfoNvidia`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference ID"""
    task_type: Required[TaskTypeNvidia]
    """The task type"""


class InferenceEndpointInfoOpenAI(TypedDict, total=False):
    """The ``InferenceEndpointInfoOpenAI`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeOpenAI]
    """The task type"""


class InferenceEndpointInfoOpenShiftAi(TypedDict, total=False):
    """The ``InferenceEndpointInfoOpenShiftAi`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeOpenShiftAi]
    """The task type"""


class InferenceEndpointInfoVoyageAI(TypedDict, total=False):
    """The ``InferenceEndpointInfoVoyageAI`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeVoyageAI]
    """The task type"""


class InferenceEndpointInfoWatsonx(TypedDict, total=False):
    """The ``InferenceEndpointInfoWatsonx`` object of the Inference API."""

    chunking_settings: InferenceChunkingSettings
    """The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types."""
    service: Required[str]
    """The service type"""
    service_settings: Required[Any]
    """Settings specific to the service"""
    task_settings: Any
    """Task settings specific to the service and task type"""
    inference_id: Required[str]
    """The inference Id"""
    task_type: Required[TaskTypeWatsonx]
    """The task type"""


class InferenceResult(TypedDict, total=False):
    """The ``InferenceResult`` object of the Inference API."""

    embeddings_bytes: list[DenseEmbeddingByteResult]
    """"""
    embeddings_bits: list[DenseEmbeddingByteResult]
    """"""
    embeddings: list[DenseEmbeddingResult]
    """"""
    text_embedding_bytes: list[DenseEmbeddingByteResult]
    """"""
    text_embedding_bits: list[DenseEmbeddingByteResult]
    """"""
    text_embedding: list[DenseEmbeddingResult]
    """"""
    sparse_embedding: list[SparseEmbeddingResult]
    """"""
    completion: list[CompletionResult]
    """"""
    rerank: list[RankedDocument]
    """"""


class RankedDocument(TypedDict, total=False):
    """The ``RankedDocument`` object of the Inference API."""

    index: Required[int]
    """"""
    relevance_score: Required[float]
    """"""
    text: str
    """"""


class RateLimitSetting(TypedDict, total=False):
    """The ``RateLimitSetting`` object of the Inference API."""

    requests_per_minute: int
    """The number of requests allowed per minute. By default, the number of requests allowed per minute is set by each service as follows: * `alibabacloud-ai-search` service: `1000` * `amazonbedrock` service: `240` * `anthropic` service: `50` * `azureaistudio` service: `240` * `azureopenai` service and task type `text_embedding`: `1440` * `azureopenai` service and task types `completion` or `chat_completion`: `120` * `cohere` service: `10000` * `contextualai` service: `1000` * `elastic` service and task type `chat_completion`: `240` * `fireworksai` service: `6000` * `googleaistudio` service: `360` * `googlevertexai` service: `30000` * `hugging_face` service: `3000` * `jinaai` service: `2000` * `llama` service: `3000` * `mistral` service: `240` * `openai` service and task type `text_embedding`: `3000` * `openai` service and task type `completion`: `500` * `openshift_ai` service: `3000` * `voyageai` service: `2000` * `watsonxai` service: `120`"""


class RegionPolicy(TypedDict, total=False):
    """The ``RegionPolicy`` object of the Inference API."""

    allowed_geos: Sequence[str]
    """The list of allowed geographic areas. Mutually exclusive with `allowed_regions`."""
    allowed_regions: list[CspRegion]
    """The list of allowed cloud service provider regions. Mutually exclusive with `allowed_geos`."""


class RegionPolicyDoc(TypedDict, total=False):
    """The ``RegionPolicyDoc`` object of the Inference API."""

    region_policy: Required[RegionPolicy]
    """"""
    created_at: Required[Any]
    """The date and time the region policy was created."""
    created_by: str
    """The user who created the region policy."""
    updated_at: Any
    """The date and time the region policy was last updated."""
    updated_by: str
    """The user who last updated the region policy."""


class RequestEmbedding(TypedDict, total=False):
    """The ``RequestEmbedding`` object of the Inference API."""

    input: Required[str | EmbeddingContentObject | Sequence[str | EmbeddingContentObject]]
    """Inference input. Either a string, an array of strings, a `content` object, or an array of `content` objects. `content` objects may contain a single item or an array of items. Models that support multiple items per `content` object will return a single embedding for each `content` object, regardless of how many items it contains. Support for multiple items in a single `content` object is available in Elasticsearch 9.5.0 and later. string example: ``` "input": "Some text" ``` string array example: ``` "input": ["Some text", "Some more text"] ``` `content` object example: ``` "input": { "content": { "type": "image", "format": "base64", "value": "data:image/jpeg;base64,..." } } ``` `content` object array example: ``` "input": [ { "content": { "type": "text", "format": "text", "value": "Some text to generate an embedding" } }, { "content": { "type": "image", "format": "base64", "value": "data:image/jpeg;base64,..." } } ] ``` Multiple items in one `content` object example (available in Elasticsearch 9.5.0 and later): ``` "input": [ { "content": [ { "type": "image", "format": "base64", "value": "data:image/jpeg;base64,..." }, { "type": "text", "value": "Some text to create an embedding" } ] } ] ```"""
    input_type: str
    """The input data type for the embedding model. Possible values include: * `SEARCH` * `INGEST` * `CLASSIFICATION` * `CLUSTERING` Not all models support all values. Unsupported values will trigger a validation exception. Accepted values depend on the configured inference service, refer to the relevant service-specific documentation for more info. > info > The `input_type` parameter specified on the root level of the request body will take precedence over the `input_type` parameter specified in `task_settings`."""
    task_settings: Any
    """Task settings for the individual inference request. These settings are specific to the <task_type> you specified and override the task settings specified when initializing the service."""


class RerankInputObject(TypedDict, total=False):
    """The ``RerankInputObject`` object of the Inference API."""

    type: Required[RerankInputType]
    """The type of input. Not all services and models support all input types."""
    format: RerankInputFormat
    """The format of the input. For the `text` type this must be `text`. For the `image` type this must be `base64`. If not specified, this defaults to `text` for the `text` type and `base64` for the `image` type."""
    value: Required[str]
    """The value of the input. For images, this must be a base64-encoded data URI, that is, "data:content/type;base64,..."."""


class RerankedInferenceResult(TypedDict, total=False):
    """The ``RerankedInferenceResult`` object of the Inference API."""

    rerank: Required[list[RankedDocument]]
    """"""


class SparseEmbeddingInferenceResult(TypedDict, total=False):
    """The ``SparseEmbeddingInferenceResult`` object of the Inference API."""

    sparse_embedding: Required[list[SparseEmbeddingResult]]
    """"""


class SparseEmbeddingResult(TypedDict, total=False):
    """The ``SparseEmbeddingResult`` object of the Inference API."""

    is_truncated: Required[bool]
    """Indicates if the text input was truncated in the request sent to the service"""
    embedding: Required[dict[str, float]]
    """"""


class TextEmbeddingInferenceResult(TypedDict, total=False):
    """The ``TextEmbeddingInferenceResult`` object of the Inference API."""

    text_embedding_bytes: list[DenseEmbeddingByteResult]
    """"""
    text_embedding_bits: list[DenseEmbeddingByteResult]
    """"""
    text_embedding: list[DenseEmbeddingResult]
    """"""


class ThinkingConfig(TypedDict, total=False):
    """The ``ThinkingConfig`` object of the Inference API."""

    thinking_budget: int
    """Indicates the desired thinking budget in tokens."""


class Ai21ServiceSettings(TypedDict, total=False):
    """service_settings of the ``ai21`` service (AI21)."""

    model_id: Required[str]
    """The name of the model to use for the inference task. Refer to the AI21 models documentation for the list of supported models and versions. Service has been tested and confirmed to be working for `completion` and `chat_completion` tasks with the following models: * `jamba-mini` * `jamba-large`"""
    api_key: str
    """A valid API key for accessing AI21 API. IMPORTANT: You need to provide the API key only once, during the inference model creation. The get inference endpoint API does not retrieve your API key. Secret: Elasticsearch never returns it; redacted in logs."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the AI21 API. By default, the `ai21` service sets the number of requests allowed per minute to 200. Please refer to AI21 documentation for more details."""


class AlibabaCloudServiceSettings(TypedDict, total=False):
    """service_settings of the ``alibabacloud-ai-search`` service (AlibabaCloud AI Search)."""

    api_key: Required[str]
    """A valid API key for the AlibabaCloud AI Search API. Secret: Elasticsearch never returns it; redacted in logs."""
    host: Required[str]
    """The name of the host address used for the inference task. You can find the host address in the API keys section of the documentation."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from AlibabaCloud AI Search. By default, the `alibabacloud-ai-search` service sets the number of requests allowed per minute to `1000`."""
    service_id: Required[str]
    """The name of the model service to use for the inference task. The following service IDs are available for the `completion` task: * `ops-qwen-turbo` * `qwen-turbo` * `qwen-plus` * `qwen-max ÷ qwen-max-longcontext` The following service ID is available for the `rerank` task: * `ops-bge-reranker-larger` The following service ID is available for the `sparse_embedding` task: * `ops-text-sparse-embedding-001` The following service IDs are available for the `text_embedding` task: `ops-text-embedding-001` `ops-text-embedding-zh-001` `ops-text-embedding-en-001` `ops-text-embedding-002`"""
    workspace: Required[str]
    """The name of the workspace used for the inference task."""


class AlibabaCloudTaskSettings(TypedDict, total=False):
    """task_settings of the ``alibabacloud-ai-search`` service (AlibabaCloud AI Search)."""

    input_type: str
    """For a `sparse_embedding` or `text_embedding` task, specify the type of input passed to the model. Valid values are: * `ingest` for storing document embeddings in a vector database. * `search` for storing embeddings of search queries run against a vector database to find relevant documents."""
    return_token: bool
    """For a `sparse_embedding` task, it affects whether the token name will be returned in the response. It defaults to `false`, which means only the token ID will be returned in the response."""


class AmazonSageMakerServiceSettings(TypedDict, total=False):
    """service_settings of the ``amazon_sagemaker`` service (Amazon SageMaker)."""

    access_key: Required[str]
    """A valid AWS access key that has permissions to use Amazon SageMaker and access to models for invoking requests. Secret: Elasticsearch never returns it; redacted in logs."""
    endpoint_name: Required[str]
    """The name of the SageMaker endpoint."""
    api: Required[AmazonSageMakerApi]
    """The API format to use when calling SageMaker. Elasticsearch will convert the POST _inference request to this data format when invoking the SageMaker endpoint."""
    region: Required[str]
    """The region that your endpoint or Amazon Resource Name (ARN) is deployed in. The list of available regions per model can be found in the Amazon SageMaker documentation."""
    secret_key: Required[str]
    """A valid AWS secret key that is paired with the `access_key`. For information about creating and managing access and secret keys, refer to the AWS documentation. Secret: Elasticsearch never returns it; redacted in logs."""
    similarity: AmazonSageMakerSimilarity
    """Required when `api` is `elastic` and task type is `text_embedding`. The similarity measure used when invoking the `text_embedding` task type."""
    element_type: AmazonSageMakerElementType
    """Required when `api` is `elastic` and task type is `text_embedding`. The data type returned by the text embedding model. This value is used when parsing the response back to Elasticsearch data structures."""
    target_model: str
    """The model ID when calling a multi-model endpoint."""
    target_container_hostname: str
    """The container to directly invoke when calling a multi-container endpoint."""
    inference_component_name: str
    """The inference component to directly invoke when calling a multi-component endpoint."""
    batch_size: int
    """The maximum number of inputs in each batch. This value is used by inference ingestion pipelines when processing semantic values. It correlates to the number of times the SageMaker endpoint is invoked (one per batch of input). Server default: `256`."""
    dimensions: int
    """The number of dimensions returned by the text embedding models. If this value is not provided, then it is guessed by making invoking the endpoint for the `text_embedding` task."""


class AmazonSageMakerTaskSettings(TypedDict, total=False):
    """task_settings of the ``amazon_sagemaker`` service (Amazon SageMaker)."""

    custom_attributes: str
    """The AWS custom attributes passed verbatim through to the model running in the SageMaker Endpoint. Values will be returned in the `X-elastic-sagemaker-custom-attributes` header."""
    enable_explanations: str
    """The optional JMESPath expression used to override the EnableExplanations provided during endpoint creation."""
    inference_id: str
    """The capture data ID when enabled in the endpoint."""
    session_id: str
    """The stateful session identifier for a new or existing session. New sessions will be returned in the `X-elastic-sagemaker-new-session-id` header. Closed sessions will be returned in the `X-elastic-sagemaker-closed-session-id` header."""
    target_variant: str
    """Specifies the variant when running with multi-variant Endpoints."""


class AmazonBedrockServiceSettings(TypedDict, total=False):
    """service_settings of the ``amazonbedrock`` service (Amazon Bedrock)."""

    access_key: Required[str]
    """A valid AWS access key that has permissions to use Amazon Bedrock and access to models for inference requests. Secret: Elasticsearch never returns it; redacted in logs."""
    model: Required[str]
    """The base model ID or an ARN to a custom model based on a foundational model. The base model IDs can be found in the Amazon Bedrock documentation. Note that the model ID must be available for the provider chosen and your IAM user must have access to the model."""
    provider: str
    """The model provider for your deployment. Note that some providers may support only certain task types. Supported providers include: * `amazontitan` - available for `text_embedding` and `completion` task types * `anthropic` - available for `chat_completion` and `completion` task types * `ai21labs` - available for `chat_completion` and `completion` task types * `cohere` - available for `chat_completion`, `completion` and `text_embedding` task types * `meta` - available for `chat_completion` and `completion` task types * `mistral` - available for `chat_completion` and `completion` task types"""
    region: Required[str]
    """The region that your model or ARN is deployed in. The list of available regions per model can be found in the Amazon Bedrock documentation."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Amazon Bedrock. By default, the `amazonbedrock` service sets the number of requests allowed per minute to 240."""
    secret_key: Required[str]
    """A valid AWS secret key that is paired with the `access_key`. For informationg about creating and managing access and secret keys, refer to the AWS documentation. Secret: Elasticsearch never returns it; redacted in logs."""


class AmazonBedrockTaskSettings(TypedDict, total=False):
    """task_settings of the ``amazonbedrock`` service (Amazon Bedrock)."""

    max_new_tokens: int
    """For `chat_completion` and `completion` tasks, it sets the maximum number for the output tokens to be generated. Server default: `64`."""
    temperature: float
    """For `chat_completion` and `completion` tasks, it is a number between 0.0 and 1.0 that controls the apparent creativity of the results. At temperature 0.0 the model is most deterministic, at temperature 1.0 most random. It should not be used if `top_p` or `top_k` is specified."""
    top_k: float
    """For `chat_completion` and `completion` tasks, it limits samples to the top-K most likely words, balancing coherence and variability. It is only available for anthropic, cohere, and mistral providers. It is an alternative to `temperature`; it should not be used if `temperature` is specified."""
    top_p: float
    """For `chat_completion` and `completion` tasks, it is a number in the range of 0.0 to 1.0, to eliminate low-probability tokens. Top-p uses nucleus sampling to select top tokens whose sum of likelihoods does not exceed a certain value, ensuring both variety and coherence. It is an alternative to `temperature`; it should not be used if `temperature` is specified."""


class AnthropicServiceSettings(TypedDict, total=False):
    """service_settings of the ``anthropic`` service (Anthropic)."""

    api_key: Required[str]
    """A valid API key for the Anthropic API. Secret: Elasticsearch never returns it; redacted in logs."""
    model_id: Required[str]
    """The name of the model to use for the inference task. Refer to the Anthropic documentation for the list of supported models."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Anthropic. By default, the `anthropic` service sets the number of requests allowed per minute to 50."""


class AnthropicTaskSettings(TypedDict, total=False):
    """task_settings of the ``anthropic`` service (Anthropic)."""

    max_tokens: Required[int]
    """For a `completion` or `chat_completion` task, it is the maximum number of tokens to generate before stopping."""
    temperature: float
    """For a `completion` or `chat_completion` task, it is the amount of randomness injected into the response. For more details about the supported range, refer to Anthropic documentation."""
    top_k: int
    """For a `completion` or `chat_completion` task, it specifies to only sample from the top K options for each subsequent token. It is recommended for advanced use cases only. You usually only need to use `temperature`."""
    top_p: float
    """For a `completion` or `chat_completion` task, it specifies to use Anthropic's nucleus sampling. In nucleus sampling, Anthropic computes the cumulative distribution over all the options for each subsequent token in decreasing probability order and cuts it off once it reaches the specified probability. You should either alter `temperature` or `top_p`, but not both. It is recommended for advanced use cases only. You usually only need to use `temperature`."""


class AzureAiStudioServiceSettings(TypedDict, total=False):
    """service_settings of the ``azureaistudio`` service (Azure AI studio)."""

    api_key: Required[str]
    """A valid API key of your Azure AI Studio model deployment. This key can be found on the overview page for your deployment in the management section of your Azure AI Studio account. IMPORTANT: You need to provide the API key only once, during the inference model creation. The get inference endpoint API does not retrieve your API key. Secret: Elasticsearch never returns it; redacted in logs."""
    endpoint_type: Required[str]
    """The type of endpoint that is available for deployment through Azure AI Studio: `token` or `realtime`. The `token` endpoint type is for "pay as you go" endpoints that are billed per token. The `realtime` endpoint type is for "real-time" endpoints that are billed per hour of usage."""
    target: Required[str]
    """The target URL of your Azure AI Studio model deployment. This can be found on the overview page for your deployment in the management section of your Azure AI Studio account."""
    provider: Required[str]
    """The model provider for your deployment. Note that some providers may support only certain task types. Supported providers include: * `cohere` - available for `text_embedding`, `rerank` and `completion` task types * `databricks` - available for `completion` task type only * `meta` - available for `completion` task type only * `microsoft_phi` - available for `completion` task type only * `mistral` - available for `completion` task type only * `openai` - available for `text_embedding` and `completion` task types"""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Azure AI Studio. By default, the `azureaistudio` service sets the number of requests allowed per minute to 240."""


class AzureAiStudioTaskSettings(TypedDict, total=False):
    """task_settings of the ``azureaistudio`` service (Azure AI studio)."""

    do_sample: float
    """For a `completion` task, instruct the inference process to perform sampling. It has no effect unless `temperature` or `top_p` is specified."""
    max_new_tokens: int
    """For a `completion` task, provide a hint for the maximum number of output tokens to be generated."""
    temperature: float
    """For a `completion` task, control the apparent creativity of generated completions with a sampling temperature. It must be a number in the range of 0.0 to 2.0. It should not be used if `top_p` is specified."""
    top_p: float
    """For a `completion` task, make the model consider the results of the tokens with nucleus sampling probability. It is an alternative value to `temperature` and must be a number in the range of 0.0 to 2.0. It should not be used if `temperature` is specified."""
    user: str
    """For a `text_embedding` task, specify the user issuing the request. This information can be used for abuse detection."""
    return_documents: bool
    """For a `rerank` task, return doc text within the results."""
    top_n: int
    """For a `rerank` task, the number of most relevant documents to return. It defaults to the number of the documents."""


class AzureOpenAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``azureopenai`` service (Azure OpenAI)."""

    api_key: str
    """A valid API key for your Azure OpenAI account. IMPORTANT: You must specify either `api_key`, `entra_id`, or `client_secret`. If you do not provide one or you provide more than one of them, you will receive an error when you try to create your endpoint. Secret: Elasticsearch never returns it; redacted in logs."""
    api_version: Required[str]
    """The Azure API version ID to use. It is recommended to use the latest supported non-preview version."""
    client_id: str
    """For OAuth 2.0 authorization using the client credentials grant flow. The application ID that's assigned to your app. IMPORTANT: To configure OAuth 2.0, you must specify `client_id`, `scopes`, `tenant_id`, and `client_secret` together. If one of the fields is missing, you will receive an error when you try to create your endpoint."""
    client_secret: str
    """For OAuth 2.0 authorization using the client credentials grant flow. The application secret that you created in the Microsoft app registration portal for your app. IMPORTANT: You must specify either `api_key`, `entra_id`, or `client_secret`. If you do not provide one or you provide more than one of them, you will receive an error when you try to create your endpoint. IMPORTANT: To configure OAuth 2.0, you must specify `client_id`, `scopes`, `tenant_id`, and `client_secret` together. If one of the fields is missing, you will receive an error when you try to create your endpoint. Secret: Elasticsearch never returns it; redacted in logs."""
    deployment_id: Required[str]
    """The deployment name of your deployed models. Your Azure OpenAI deployments can be found though the Azure OpenAI Studio portal that is linked to your subscription."""
    entra_id: str
    """A valid Microsoft Entra token. IMPORTANT: You must specify either `api_key`, `entra_id`, or `client_secret`. If you do not provide one or you provide more than one of them, you will receive an error when you try to create your endpoint. Secret: Elasticsearch never returns it; redacted in logs."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Azure. The `azureopenai` service sets a default number of requests allowed per minute depending on the task type. For `text_embedding`, it is set to `1440`. For `completion` and `chat_completion`, it is set to `120`."""
    resource_name: Required[str]
    """The name of your Azure OpenAI resource. You can find this from the list of resources in the Azure Portal for your subscription."""
    scopes: Sequence[str]
    """For OAuth 2.0 authorization using the client credentials grant flow. The resource identifier (application ID URI) of the resource you want, suffixed with .default For example: ``` "scopes": [ "https://cognitiveservices.azure.com/.default" ] ``` IMPORTANT: To configure OAuth 2.0, you must specify `client_id`, `scopes`, `tenant_id`, and `client_secret` together. If one of the fields is missing, you will receive an error when you try to create your endpoint."""
    tenant_id: str
    """For OAuth 2.0 authorization using the client credentials grant flow. The directory tenant the application plans to operate against. IMPORTANT: To configure OAuth 2.0, you must specify `client_id`, `scopes`, `tenant_id`, and `client_secret` together. If one of the fields is missing, you will receive an error when you try to create your endpoint."""


class AzureOpenAITaskSettings(TypedDict, total=False):
    """task_settings of the ``azureopenai`` service (Azure OpenAI)."""

    user: str
    """Specifies the user issuing the request. This information can be used for abuse detection."""
    headers: dict[str, str]
    """Specifies custom HTTP header parameters. For example: ``` "headers": { "Custom-Header": "Some-Value", "Another-Custom-Header": "Another-Value" } ```"""


class CohereServiceSettings(TypedDict, total=False):
    """service_settings of the ``cohere`` service (Cohere)."""

    api_key: Required[str]
    """A valid API key for your Cohere account. You can find or create your Cohere API keys on the Cohere API key settings page. IMPORTANT: You need to provide the API key only once, during the inference model creation. The get inference endpoint API does not retrieve your API key. Secret: Elasticsearch never returns it; redacted in logs."""
    embedding_type: CohereEmbeddingType
    """For a `text_embedding` task, the types of embeddings you want to get back. Use `binary` for binary embeddings, which are encoded as bytes with signed int8 precision. Use `bit` for binary embeddings, which are encoded as bytes with signed int8 precision (this is a synonym of `binary`). Use `byte` for signed int8 embeddings (this is a synonym of `int8`). Use `float` for the default float embeddings. Use `int8` for signed int8 embeddings. Server default: `float`."""
    model_id: Required[str]
    """For a `completion`, `rerank`, or `text_embedding` task, the name of the model to use for the inference task. * For the available `completion` models, refer to the [Cohere command docs](https://docs.cohere.com/docs/models#command). * For the available `rerank` models, refer to the [Cohere rerank docs](https://docs.cohere.com/reference/rerank-1). * For the available `text_embedding` models, refer to [Cohere embed docs](https://docs.cohere.com/reference/embed)."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Cohere. By default, the `cohere` service sets the number of requests allowed per minute to 10000."""
    similarity: CohereSimilarityType
    """The similarity measure. If the `embedding_type` is `float`, the default value is `dot_product`. If the `embedding_type` is `int8` or `byte`, the default value is `cosine`."""


class CohereTaskSettings(TypedDict, total=False):
    """task_settings of the ``cohere`` service (Cohere)."""

    input_type: Required[CohereInputType]
    """For a `text_embedding` task, the type of input passed to the model. Valid values are: * `classification`: Use it for embeddings passed through a text classifier. * `clustering`: Use it for the embeddings run through a clustering algorithm. * `ingest`: Use it for storing document embeddings in a vector database. * `search`: Use it for storing embeddings of search queries run against a vector database to find relevant documents. IMPORTANT: The `input_type` field is required when using embedding models `v3` and higher."""
    return_documents: bool
    """For a `rerank` task, return doc text within the results."""
    top_n: int
    """For a `rerank` task, the number of most relevant documents to return. It defaults to the number of the documents. If this inference endpoint is used in a `text_similarity_reranker` retriever query and `top_n` is set, it must be greater than or equal to `rank_window_size` in the query."""
    truncate: CohereTruncateType
    """For a `text_embedding` task, the method to handle inputs longer than the maximum token length. Valid values are: * `END`: When the input exceeds the maximum input token length, the end of the input is discarded. * `NONE`: When the input exceeds the maximum input token length, an error is returned. * `START`: When the input exceeds the maximum input token length, the start of the input is discarded."""


class ContextualAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``contextualai`` service (Contextual AI)."""

    api_key: Required[str]
    """A valid API key for your Contexutual AI account. IMPORTANT: You need to provide the API key only once, during the inference model creation. The get inference endpoint API does not retrieve your API key. Secret: Elasticsearch never returns it; redacted in logs."""
    model_id: Required[str]
    """The name of the model to use for the inference task. Refer to the Contextual AI documentation for the list of available rerank models."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Contextual AI. The `contextualai` service sets a default number of requests allowed per minute depending on the task type. For `rerank`, it is set to `1000`."""


class ContextualAITaskSettings(TypedDict, total=False):
    """task_settings of the ``contextualai`` service (Contextual AI)."""

    instruction: str
    """Instructions for the reranking model. Refer to <https://docs.contextual.ai/api-reference/rerank/rerank#body-instruction> Only for the `rerank` task type."""
    top_k: int
    """The number of most relevant documents to return. If not specified, the reranking results of all documents will be returned. Only for the `rerank` task type."""


class CustomServiceSettings(TypedDict, total=False):
    """service_settings of the ``custom`` service (Custom)."""

    batch_size: int
    """Specifies the batch size used for the semantic_text field. If the field is not provided, the default is 10. The batch size is the maximum number of inputs in a single request to the upstream service. The chunk within the batch are controlled by the selected chunking strategy for the semantic_text field."""
    headers: dict[str, str]
    """Specifies the HTTP header parameters – such as `Authorization` or `Content-Type` – that are required to access the custom service. For example: ``` "headers": { "Authorization": "Bearer ${api_key}", "Content-Type": "application/json;charset=utf-8" } ```"""
    input_type: dict[str, str]
    """Specifies the input type translation values that are used to replace the `${input_type}` template in the request body. For example: ``` "input_type": { "translation": { "ingest": "do_ingest", "search": "do_search" }, "default": "a_default" }, ``` If the subsequent inference requests come from a search context, the `search` key will be used and the template will be replaced with `do_search`. If it comes from the ingest context `do_ingest` is used. If it's a different context that is not specified, the default value will be used. If no default is specified an empty string is used. `translation` can be: * `classification` * `clustering` * `ingest` * `search`"""
    query_parameters: list[Sequence[str]]
    """Specifies the query parameters as a list of tuples. The arrays inside the `query_parameters` must have two items, a key and a value. For example: ``` "query_parameters":[ ["param_key", "some_value"], ["param_key", "another_value"], ["other_key", "other_value"] ] ``` If the base url is `https://www.elastic.co` it results in: `https://www.elastic.co?param_key=some_value&param_key=another_value&other_key=other_value`."""
    request: Required[CustomRequestParams]
    """The request configuration object."""
    response: Required[CustomResponseParams]
    """The response configuration object."""
    secret_parameters: Required[dict[str, str]]
    """Specifies secret parameters, like `api_key` or `api_token`, that are required to access the custom service. For example: ``` "secret_parameters":{ "api_key":"<api_key>" } ``` Secret: Elasticsearch never returns it; redacted in logs."""
    url: str
    """The URL endpoint to use for the requests."""


class CustomTaskSettings(TypedDict, total=False):
    """task_settings of the ``custom`` service (Custom)."""

    parameters: dict[str, str | int | float | bool]
    """Specifies parameters that are required to run the custom service. The parameters depend on the model your custom service uses. For example: ``` "task_settings":{ "parameters":{ "input_type":"query", "return_token":true } } ``` > warn > The `task_settings.parameters` cannot contain the same keys as `secret_parameters`. If they do, an error will be returned. This applies to PUT requests and POST requests."""


class DeepSeekServiceSettings(TypedDict, total=False):
    """service_settings of the ``deepseek`` service (DeepSeek)."""

    api_key: Required[str]
    """A valid API key for your DeepSeek account. You can find or create your DeepSeek API keys on the DeepSeek API key page. IMPORTANT: You need to provide the API key only once, during the inference model creation. The get inference endpoint API does not retrieve your API key. Secret: Elasticsearch never returns it; redacted in logs."""
    model_id: Required[str]
    """For a `completion` or `chat_completion` task, the name of the model to use for the inference task. For the available `completion` and `chat_completion` models, refer to the [DeepSeek Models & Pricing docs](https://api-docs.deepseek.com/quick_start/pricing)."""
    url: str
    """The URL endpoint to use for the requests. Defaults to `https://api.deepseek.com/chat/completions`."""


class ElasticsearchServiceSettings(TypedDict, total=False):
    """service_settings of the ``elasticsearch`` service (Elasticsearch)."""

    adaptive_allocations: AdaptiveAllocations
    """Adaptive allocations configuration details. If `enabled` is true, the number of allocations of the model is set based on the current load the process gets. When the load is high, a new model allocation is automatically created, respecting the value of `max_number_of_allocations` if it's set. When the load is low, a model allocation is automatically removed, respecting the value of `min_number_of_allocations` if it's set. If `enabled` is true, do not set the number of allocations manually."""
    deployment_id: str
    """The deployment identifier for a trained model deployment. When `deployment_id` is used the `model_id` is optional."""
    model_id: Required[str]
    """The name of the model to use for the inference task. It can be the ID of a built-in model (for example, `.multilingual-e5-small` for E5) or a text embedding model that was uploaded by using the Eland client."""
    num_allocations: int
    """The total number of allocations that are assigned to the model across machine learning nodes. Increasing this value generally increases the throughput. If adaptive allocations are enabled, do not set this value because it's automatically set."""
    num_threads: Required[int]
    """The number of threads used by each model allocation during inference. This setting generally increases the speed per inference request. The inference process is a compute-bound process; `threads_per_allocations` must not exceed the number of available allocated processors per node. The value must be a power of 2. The maximum value is 32."""
    long_document_strategy: str
    """Available only for the `rerank` task type using the Elastic reranker model. Controls the strategy used for processing long documents during inference. Possible values: - `truncate` (default): Processes only the beginning of each document. - `chunk`: Splits long documents into smaller parts (chunks) before inference. When `long_document_strategy` is set to `chunk`, Elasticsearch splits each document into smaller parts but still returns a single score per document. That score reflects the highest relevance score among all chunks."""
    max_chunks_per_doc: int
    """Only for the `rerank` task type. Limits the number of chunks per document that are sent for inference when chunking is enabled. If not set, all chunks generated for the document are processed."""


class ElasticsearchTaskSettings(TypedDict, total=False):
    """task_settings of the ``elasticsearch`` service (Elasticsearch)."""

    return_documents: bool
    """For a `rerank` task, return the document instead of only the index. Server default: `true`."""


class ElserServiceSettings(TypedDict, total=False):
    """service_settings of the ``elser`` service (ELSER)."""

    adaptive_allocations: AdaptiveAllocations
    """Adaptive allocations configuration details. If `enabled` is true, the number of allocations of the model is set based on the current load the process gets. When the load is high, a new model allocation is automatically created, respecting the value of `max_number_of_allocations` if it's set. When the load is low, a model allocation is automatically removed, respecting the value of `min_number_of_allocations` if it's set. If `enabled` is true, do not set the number of allocations manually."""
    num_allocations: Required[int]
    """The total number of allocations this model is assigned across machine learning nodes. Increasing this value generally increases the throughput. If adaptive allocations is enabled, do not set this value because it's automatically set."""
    num_threads: Required[int]
    """The number of threads used by each model allocation during inference. Increasing this value generally increases the speed per inference request. The inference process is a compute-bound process; `threads_per_allocations` must not exceed the number of available allocated processors per node. The value must be a power of 2. The maximum value is 32. > info > If you want to optimize your ELSER endpoint for ingest, set the number of threads to 1. If you want to optimize your ELSER endpoint for search, set the number of threads to greater than 1."""


class FireworksAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``fireworksai`` service (Fireworks AI)."""

    api_key: Required[str]
    """A valid API key for your Fireworks AI account. You can find or create your API keys in the Fireworks AI dashboard. IMPORTANT: You need to provide the API key only once, during the inference model creation. The get inference endpoint API does not retrieve your API key. Secret: Elasticsearch never returns it; redacted in logs."""
    model_id: Required[str]
    """The name of the model to use for the inference task. Refer to the Fireworks AI documentation for the list of available models for chat completion, completion, and text embedding. For text embedding, supported models include the Qwen3 embedding family (e.g. `fireworks/qwen3-embedding-8b`) and other models in the Fireworks model library."""
    url: str
    """The URL endpoint to use for the requests. If not provided, the default Fireworks AI API endpoint is used."""
    dimensions: int
    """For a `text_embedding` task, the number of dimensions the resulting output embeddings should have. Variable-length embeddings are supported via this parameter."""
    similarity: FireworksAISimilarityType
    """For a `text_embedding` task, the similarity measure. One of cosine, dot_product, l2_norm. Server default: `cosine`."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the Fireworks AI API. Rate limit grouping is per API key only. By default, the `fireworksai` service sets the number of requests allowed per minute to 6000."""


class FireworksAITaskSettings(TypedDict, total=False):
    """task_settings of the ``fireworksai`` service (Fireworks AI)."""

    user: str
    """For a `completion` or`chat_completion` task, specify the user issuing the request. This information can be used for abuse detection."""
    headers: dict[str, str]
    """For a `completion` or`chat_completion` task. Specifies custom HTTP header parameters. For example: ``` "headers": { "Custom-Header": "Some-Value", "Another-Custom-Header": "Another-Value" } ```"""


class GoogleAiStudioServiceSettings(TypedDict, total=False):
    """service_settings of the ``googleaistudio`` service (Google AI Studio)."""

    api_key: Required[str]
    """A valid API key of your Google Gemini account. Secret: Elasticsearch never returns it; redacted in logs."""
    model_id: Required[str]
    """The name of the model to use for the inference task. Refer to the Google documentation for the list of supported models."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Google AI Studio. By default, the `googleaistudio` service sets the number of requests allowed per minute to 360."""


class GoogleVertexAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``googlevertexai`` service (Google Vertex AI)."""

    provider: GoogleModelGardenProvider
    """The name of the Google Model Garden Provider for `completion` and `chat_completion` tasks. In order for a Google Model Garden endpoint to be used `provider` must be defined and be other than `google`. Modes: - Google Model Garden (third-party models): set `provider` to a supported non-`google` value and provide `url` and/or `streaming_url`. - Google Vertex AI: omit `provider` or set it to `google`. In this mode, do not set `url` or `streaming_url` and Elastic will construct the endpoint url from `location`, `model_id`, and `project_id` parameters."""
    url: str
    """The URL for non-streaming `completion` requests to a Google Model Garden provider endpoint. If both `url` and `streaming_url` are provided, each is used for its respective mode. If `streaming_url` is not provided, `url` is also used for streaming `completion` and `chat_completion`. If `provider` is not provided or set to `google` (Google Vertex AI), do not set `url` (or `streaming_url`). At least one of `url` or `streaming_url` must be provided for Google Model Garden endpoint usage. Certain providers require separate URLs for streaming and non-streaming operations (e.g., Anthropic, Mistral, AI21). Others support both operation types through a single URL (e.g., Meta, Hugging Face). Information on constructing the URL for various providers can be found in the Google Model Garden documentation for the model, or on the endpoint’s `Sample request` page. The request examples also illustrate the proper formatting for the `url`."""
    streaming_url: str
    """The URL for streaming `completion` and `chat_completion` requests to a Google Model Garden provider endpoint. If both `streaming_url` and `url` are provided, each is used for its respective mode. If `url` is not provided, `streaming_url` is also used for non-streaming `completion` requests. If `provider` is not provided or set to `google` (Google Vertex AI), do not set `streaming_url` (or `url`). At least one of `streaming_url` or `url` must be provided for Google Model Garden endpoint usage. Certain providers require separate URLs for streaming and non-streaming operations (e.g., Anthropic, Mistral, AI21). Others support both operation types through a single URL (e.g., Meta, Hugging Face). Information on constructing the URL for various providers can be found in the Google Model Garden documentation for the model, or on the endpoint’s `Sample request` page. The request examples also illustrate the proper formatting for the `streaming_url`."""
    location: str
    """The name of the location to use for the inference task for the Google Vertex AI inference task. For Google Vertex AI, when `provider` is omitted or `google`, `location` is optional. When `location` is omitted, the request targets the Google Vertex AI global endpoint (`https://aiplatform.googleapis.com`); when it is provided, the corresponding regional endpoint (`https://<location>-aiplatform.googleapis.com`) is used. The field must be omitted to select the global endpoint; an empty string is not a valid `location`. For Google Model Garden's `completion` and `chat_completion` tasks, when `provider` is a supported non-`google` value - `location` is ignored. Refer to the Google documentation for the list of supported locations."""
    model_id: str
    """The name of the model to use for the inference task. For Google Vertex AI `model_id` is mandatory. For Google Model Garden's `completion` and `chat_completion` tasks, when `provider` is a supported non-`google` value - `model_id` will be used for some providers that require it, otherwise - ignored. Refer to the Google documentation for the list of supported models for Google Vertex AI."""
    project_id: str
    """The name of the project to use for the Google Vertex AI inference task. For Google Vertex AI `project_id` is mandatory. For Google Model Garden's `completion` and `chat_completion` tasks, when `provider` is a supported non-`google` value - `project_id` is ignored."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Google Vertex AI. By default, the `googlevertexai` service sets the number of requests allowed per minute to 30.000."""
    service_account_json: Required[str]
    """A valid service account in JSON format for the Google Vertex AI API. Secret: Elasticsearch never returns it; redacted in logs."""
    dimensions: int
    """For a `text_embedding` task, the number of dimensions the resulting output embeddings should have. By default, the model's standard output dimension is used. Refer to the Google documentation for more information."""
    max_batch_size: int
    """Only applicable for the `text_embedding` task type. Controls the batch size of chunked inference requests sent to Google Vertex AI. Setting this parameter lower reduces the risk of exceeding token limits but may result in more API calls. Setting it higher increases throughput but may risk hitting token limits. To estimate a safe `max_batch_size` value, you can use it together with the `max_chunk_size` parameter using the following formula: `max_batch_size ≈ max_chunk_size × 1.3 × 512 ÷ 20000` Where: - `1.3` is an approximate tokens-per-word ratio - `512` is the maximum number of chunks that can be generated per document - `20000` is the Google Vertex AI token limit per request This estimate assumes the worst-case scenario with a document generating the maximum 512 chunks. Server default: `250`."""


class GoogleVertexAITaskSettings(TypedDict, total=False):
    """task_settings of the ``googlevertexai`` service (Google Vertex AI)."""

    auto_truncate: bool
    """For a `text_embedding` task, truncate inputs longer than the maximum token length automatically."""
    top_n: int
    """For a `rerank` task, the number of the top N documents that should be returned."""
    thinking_config: ThinkingConfig
    """For a `completion` or `chat_completion` task, allows configuration of the thinking features for the model. Refer to the Google documentation for the allowable configurations for each model type."""
    max_tokens: int
    """For `completion` and `chat_completion` tasks, specifies the `max_tokens` value for requests sent to the Google Model Garden `anthropic` provider. If `provider` is not set to `anthropic`, this field is ignored. If `max_tokens` is specified - it must be a positive integer. If not specified, the default value of 1024 is used. Anthropic models require `max_tokens` to be set for each request. Please refer to the Anthropic documentation for more information."""


class GroqServiceSettings(TypedDict, total=False):
    """service_settings of the ``groq`` service (Groq)."""

    model_id: Required[str]
    """The name of the model to use for the inference task. Refer to the Groq model documentation for the list of supported models and versions. Service has been tested and confirmed to be working for `completion` and `chat_completion` tasks with the following models: * `llama-3.3-70b-versatile`"""
    api_key: str
    """A valid API key for accessing Groq API. IMPORTANT: You need to provide the API key only once, during the inference model creation. The get inference endpoint API does not retrieve your API key. Secret: Elasticsearch never returns it; redacted in logs."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the Groq API. By default, the `groq` service sets the number of requests allowed per minute to 1000. Refer to Groq documentation for more details."""


class HuggingFaceServiceSettings(TypedDict, total=False):
    """service_settings of the ``hugging_face`` service (Hugging Face)."""

    api_key: Required[str]
    """A valid access token for your HuggingFace account. You can create or find your access tokens on the HuggingFace settings page. IMPORTANT: You need to provide the API key only once, during the inference model creation. The get inference endpoint API does not retrieve your API key. Secret: Elasticsearch never returns it; redacted in logs."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Hugging Face. By default, the `hugging_face` service sets the number of requests allowed per minute to 3000 for all supported tasks. Hugging Face does not publish a universal rate limit — actual limits may vary. It is recommended to adjust this value based on the capacity and limits of your specific deployment environment."""
    url: Required[str]
    """The URL endpoint to use for the requests. For `completion` and `chat_completion` tasks, the deployed model must be compatible with the Hugging Face Chat Completion interface (see the linked external documentation for details). The endpoint URL for the request must include `/v1/chat/completions`. If the model supports the OpenAI Chat Completion schema, a toggle should appear in the interface. Enabling this toggle doesn't change any model behavior, it reveals the full endpoint URL needed (which should include `/v1/chat/completions`) when configuring the inference endpoint in Elasticsearch. If the model doesn't support this schema, the toggle may not be shown."""
    model_id: str
    """The name of the HuggingFace model to use for the inference task. For `completion` and `chat_completion` tasks, this field is optional but may be required for certain models — particularly when using serverless inference endpoints. For the `text_embedding` task, this field should not be included. Otherwise, the request will fail."""


class HuggingFaceTaskSettings(TypedDict, total=False):
    """task_settings of the ``hugging_face`` service (Hugging Face)."""

    return_documents: bool
    """For a `rerank` task, return doc text within the results."""
    top_n: int
    """For a `rerank` task, the number of most relevant documents to return. It defaults to the number of the documents."""


class JinaAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``jinaai`` service (JinaAI)."""

    api_key: Required[str]
    """A valid API key of your JinaAI account. IMPORTANT: You need to provide the API key only once, during the inference model creation. The get inference endpoint API does not retrieve your API key. Secret: Elasticsearch never returns it; redacted in logs."""
    model_id: Required[str]
    """The name of the model to use for the inference task."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from JinaAI. By default, the `jinaai` service sets the number of requests allowed per minute to 2000 for all task types."""
    similarity: JinaAISimilarityType
    """For an `embedding` or `text_embedding` task, the similarity measure. One of cosine, dot_product, l2_norm. The default values varies with the embedding type. For example, a float embedding type uses a `dot_product` similarity measure by default."""
    dimensions: int
    """For an `embedding` or `text_embedding` task, the number of dimensions the resulting output embeddings should have. By default, the model's standard output dimension is used. Refer to the Jina documentation for more information."""
    embedding_type: JinaAIElementType
    """For an `embedding` or `text_embedding` task, the data type returned by the model. Use `bit` for binary embeddings, which are encoded as bytes with signed int8 precision. Use `binary` for binary embeddings, which are encoded as bytes with signed int8 precision (this is a synonym of `bit`). Use `float` for the default float embeddings. Server default: `float`."""
    multimodal_model: bool
    """For the `embedding` task, whether the model supports multimodal inputs. If true, requests sent to the Jina model will use the multimodal request format (a list of objects). If false, requests sent to the model will use the same format as the `text_embedding` task (a list of strings). Setting this to `false` allows the `embedding` task to be used with models that do not support multimodal requests. Server default: `true`."""


class JinaAITaskSettings(TypedDict, total=False):
    """task_settings of the ``jinaai`` service (JinaAI)."""

    return_documents: bool
    """For a `rerank` task, return the doc text within the results."""
    input_type: JinaAITextEmbeddingTask
    """For an `embedding` or `text_embedding` task, the task passed to the model. Valid values are: * `classification`: Use it for embeddings passed through a classifier. * `clustering`: Use it for the embeddings run through a clustering algorithm. * `ingest`: Use it for storing document embeddings in a vector database. * `search`: Use it for storing embeddings of search queries run against a vector database to find relevant documents."""
    late_chunking: bool
    """For an `embedding` or `text_embedding` task, controls when text is split into chunks. When set to `true`, a request from Elasticsearch contains only chunks related to a single document. Instead of batching chunks across documents, Elasticsearch sends them in separate requests. This ensures that chunk embeddings retain context from the entire document, improving semantic quality. If a document exceeds the model's context limits, or if the document contains non-text inputs (relevant when using the multimodal `embedding` task), late chunking is automatically disabled for that document only and standard chunking is used instead. If not specified, defaults to `false`."""
    top_n: int
    """For a `rerank` task, the number of most relevant documents to return. It defaults to the number of the documents. If this inference endpoint is used in a `text_similarity_reranker` retriever query and `top_n` is set, it must be greater than or equal to `rank_window_size` in the query."""


class LlamaServiceSettings(TypedDict, total=False):
    """service_settings of the ``llama`` service (Llama)."""

    url: Required[str]
    """The URL endpoint of the Llama stack endpoint. URL must contain: * For `text_embedding` task - `/v1/inference/embeddings`. * For `completion` and `chat_completion` tasks - `/v1/openai/v1/chat/completions`."""
    model_id: Required[str]
    """The name of the model to use for the inference task. Refer to the Llama downloading models documentation for different ways of getting a list of available models and downloading them. Service has been tested and confirmed to be working with the following models: * For `text_embedding` task - `all-MiniLM-L6-v2`. * For `completion` and `chat_completion` tasks - `llama3.2:3b`."""
    max_input_tokens: int
    """For a `text_embedding` task, the maximum number of tokens per input before chunking occurs."""
    similarity: LlamaSimilarityType
    """For a `text_embedding` task, the similarity measure. One of cosine, dot_product, l2_norm."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the Llama API. By default, the `llama` service sets the number of requests allowed per minute to 3000."""
    api_key: str
    """An API key for the Llama stack endpoint, if it requires one. Secret: Elasticsearch never returns it; redacted in logs."""


class MistralServiceSettings(TypedDict, total=False):
    """service_settings of the ``mistral`` service (Mistral)."""

    api_key: Required[str]
    """A valid API key of your Mistral account. You can find your Mistral API keys or you can create a new one on the API Keys page. IMPORTANT: You need to provide the API key only once, during the inference model creation. The get inference endpoint API does not retrieve your API key. Secret: Elasticsearch never returns it; redacted in logs."""
    max_input_tokens: int
    """The maximum number of tokens per input before chunking occurs."""
    model: Required[str]
    """The name of the model to use for the inference task. Refer to the Mistral models documentation for the list of available models."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the Mistral API. By default, the `mistral` service sets the number of requests allowed per minute to 240."""


class NvidiaServiceSettings(TypedDict, total=False):
    """service_settings of the ``nvidia`` service (Nvidia)."""

    api_key: Required[str]
    """A valid API key for your Nvidia endpoint. Can be found in `API Keys` section of Nvidia account settings. Secret: Elasticsearch never returns it; redacted in logs."""
    url: str
    """The URL of the Nvidia model endpoint. If not provided, the default endpoint URL is used depending on the task type: * For `text_embedding` task - `https://integrate.api.nvidia.com/v1/embeddings`. * For `completion` and `chat_completion` tasks - `https://integrate.api.nvidia.com/v1/chat/completions`. * For `rerank` task - `https://ai.api.nvidia.com/v1/retrieval/nvidia/reranking`."""
    model_id: Required[str]
    """The name of the model to use for the inference task. Refer to the model's documentation for the name if needed. Service has been tested and confirmed to be working with the following models: * For `text_embedding` task - `nvidia/llama-3.2-nv-embedqa-1b-v2`. * For `completion` and `chat_completion` tasks - `microsoft/phi-3-mini-128k-instruct`. * For `rerank` task - `nv-rerank-qa-mistral-4b:1`. Service doesn't support `text_embedding` task `baai/bge-m3` and `nvidia/nvclip` models due to them not recognizing the `input_type` parameter."""
    max_input_tokens: int
    """For a `text_embedding` task, the maximum number of tokens per input. Inputs exceeding this value are truncated prior to sending to the Nvidia API."""
    similarity: NvidiaSimilarityType
    """For a `text_embedding` task, the similarity measure. One of cosine, dot_product, l2_norm."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the Nvidia API. By default, the `nvidia` service sets the number of requests allowed per minute to 3000."""


class NvidiaTaskSettings(TypedDict, total=False):
    """task_settings of the ``nvidia`` service (Nvidia)."""

    input_type: NvidiaInputType
    """For a `text_embedding` task, type of input sent to the Nvidia endpoint. Valid values are: * `ingest`: Mapped to Nvidia's `passage` value in request. Used when generating embeddings during indexing. * `search`: Mapped to Nvidia's `query` value in request. Used when generating embeddings during querying. IMPORTANT: For Nvidia endpoints, if the `input_type` field is not specified, it defaults to `query`."""
    truncate: CohereTruncateType
    """For a `text_embedding` task, the method used by the Nvidia model to handle inputs longer than the maximum token length. Valid values are: * `END`: When the input exceeds the maximum input token length, the end of the input is discarded. * `NONE`: When the input exceeds the maximum input token length, an error is returned. * `START`: When the input exceeds the maximum input token length, the start of the input is discarded."""


class OpenAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``openai`` service (OpenAI)."""

    api_key: str
    """A valid API key of your OpenAI account. You can find your OpenAI API keys in your OpenAI account under the API keys section. IMPORTANT: You must specify either `api_key` or `client_secret`. If you do not provide one or you provide more than one of them, you will receive an error when you try to create your endpoint. Secret: Elasticsearch never returns it; redacted in logs."""
    client_id: str
    """For OAuth 2.0 authorization using the client credentials grant flow. The application ID that's assigned to your app. IMPORTANT: To configure OAuth 2.0, you must specify `client_id`, `scopes`, `token_url`, and `client_secret` together. If one of the fields is missing, you will receive an error when you try to create your endpoint."""
    client_secret: str
    """For OAuth 2.0 authorization using the client credentials grant flow. The application secret that you created for your app. IMPORTANT: You must specify either `api_key` or `client_secret`. If you do not provide one or you provide more than one of them, you will receive an error when you try to create your endpoint. IMPORTANT: To configure OAuth 2.0, you must specify `client_id`, `scopes`, `token_url`, and `client_secret` together. If one of the fields is missing, you will receive an error when you try to create your endpoint. Secret: Elasticsearch never returns it; redacted in logs."""
    dimensions: int
    """For a `text_embedding` or `embedding` task, the number of dimensions the resulting output embeddings should have. It is supported only in `text-embedding-3` and later models. If it is not set, the OpenAI defined default for the model is used."""
    model_id: Required[str]
    """The name of the model to use for the inference task. Refer to the OpenAI documentation for the list of available text embedding models."""
    organization_id: str
    """The unique identifier for your organization. You can find the Organization ID in your OpenAI account under *Settings > Organizations*."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from OpenAI. The `openai` service sets a default number of requests allowed per minute depending on the task type. For `text_embedding` and `embedding`, it is set to `3000`. For `completion` and `chat_completion`, it is set to `500`."""
    scopes: Sequence[str]
    """For OAuth 2.0 authorization using the client credentials grant flow. The resource identifier of the resource you want. For example: ``` "scopes": [ "scope1", "scope2" ] ``` IMPORTANT: To configure OAuth 2.0, you must specify `client_id`, `scopes`, `token_url`, and `client_secret` together. If one of the fields is missing, you will receive an error when you try to create your endpoint."""
    similarity: OpenAISimilarityType
    """For a `text_embedding` or `embedding` task, the similarity measure. One of `cosine`, `dot_product`, `l2_norm`. Defaults to `dot_product`."""
    token_url: str
    """For OAuth 2.0 authorization using the client credentials grant flow. An OAuth2 token endpoint where Elasticsearch sends a request to exchange client credentials for an access token. IMPORTANT: To configure OAuth 2.0, you must specify `client_id`, `scopes`, `token_url`, and `client_secret` together. If one of the fields is missing, you will receive an error when you try to create your endpoint."""
    url: str
    """The URL endpoint to use for the requests. It can be changed for testing purposes. Default value is `https://api.openai.com/v1/embeddings` for a `text_embedding` or `embedding` task, `https://api.openai.com/v1/chat/completions` for a `completion` or `chat_completion` task."""


class OpenAITaskSettings(TypedDict, total=False):
    """task_settings of the ``openai`` service (OpenAI)."""

    user: str
    """Specifies the user issuing the request. This information can be used for abuse detection."""
    headers: dict[str, str]
    """Specifies custom HTTP header parameters. For example: ``` "headers": { "Custom-Header": "Some-Value", "Another-Custom-Header": "Another-Value" } ```"""


class OpenShiftAiServiceSettings(TypedDict, total=False):
    """service_settings of the ``openshift_ai`` service (OpenShift AI)."""

    api_key: Required[str]
    """A valid API key for your OpenShift AI endpoint. Can be found in `Token authentication` section of model related information. Secret: Elasticsearch never returns it; redacted in logs."""
    url: Required[str]
    """The URL of the OpenShift AI hosted model endpoint."""
    model_id: str
    """The name of the model to use for the inference task. Refer to the hosted model's documentation for the name if needed. Service has been tested and confirmed to be working with the following models: * For `text_embedding` task - `gritlm-7b`. * For `completion` and `chat_completion` tasks - `llama-31-8b-instruct`. * For `rerank` task - `bge-reranker-v2-m3`."""
    max_input_tokens: int
    """For a `text_embedding` task, the maximum number of tokens per input before chunking occurs."""
    similarity: OpenShiftAiSimilarityType
    """For a `text_embedding` task, the similarity measure. One of cosine, dot_product, l2_norm. If not specified, the default dot_product value is used."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the OpenShift AI API. By default, the `openshift_ai` service sets the number of requests allowed per minute to 3000."""


class OpenShiftAiTaskSettings(TypedDict, total=False):
    """task_settings of the ``openshift_ai`` service (OpenShift AI)."""

    return_documents: bool
    """For a `rerank` task, whether to return the source documents in the response."""
    top_n: int
    """For a `rerank` task, the number of most relevant documents to return."""


class VoyageAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``voyageai`` service (VoyageAI)."""

    dimensions: int
    """The number of dimensions for resulting output embeddings. This setting maps to `output_dimension` in the VoyageAI documentation. Only for the `text_embedding` task type."""
    model_id: Required[str]
    """The name of the model to use for the inference task. Refer to the VoyageAI documentation for the list of available text embedding and rerank models."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from VoyageAI. The `voyageai` service sets a default number of requests allowed per minute depending on the task type. For both `text_embedding` and `rerank`, it is set to `2000`."""
    embedding_type: float
    """The data type for the embeddings to be returned. This setting maps to `output_dtype` in the VoyageAI documentation. Permitted values: float, int8, bit. `int8` is a synonym of `byte` in the VoyageAI documentation. `bit` is a synonym of `binary` in the VoyageAI documentation. Only for the `text_embedding` task type."""
    api_key: Required[str]
    """A valid API key for your VoyageAI account. Secret: Elasticsearch never returns it; redacted in logs."""


class VoyageAITaskSettings(TypedDict, total=False):
    """task_settings of the ``voyageai`` service (VoyageAI)."""

    input_type: str
    """Type of the input text. Permitted values: `ingest` (maps to `document` in the VoyageAI documentation), `search` (maps to `query` in the VoyageAI documentation). Only for the `text_embedding` task type."""
    return_documents: bool
    """Whether to return the source documents in the response. Only for the `rerank` task type. Server default: `false`."""
    top_k: int
    """The number of most relevant documents to return. If not specified, the reranking results of all documents will be returned. Only for the `rerank` task type."""
    truncation: bool
    """Whether to truncate the input texts to fit within the context length. Server default: `true`."""


class WatsonxServiceSettings(TypedDict, total=False):
    """service_settings of the ``watsonxai`` service (Watsonx)."""

    api_key: Required[str]
    """A valid API key of your Watsonx account. You can find your Watsonx API keys or you can create a new one on the API keys page. IMPORTANT: You need to provide the API key only once, during the inference model creation. The get inference endpoint API does not retrieve your API key. Secret: Elasticsearch never returns it; redacted in logs."""
    api_version: Required[str]
    """A version parameter that takes a version date in the format of `YYYY-MM-DD`. For the active version data parameters, refer to the Wastonx documentation."""
    model_id: Required[str]
    """The name of the model to use for the inference task. Refer to the IBM Embedding Models section in the Watsonx documentation for the list of available text embedding models. Refer to the IBM library - Foundation models in Watsonx.ai."""
    project_id: Required[str]
    """The identifier of the IBM Cloud project to use for the inference task."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Watsonx. By default, the `watsonxai` service sets the number of requests allowed per minute to 120."""
    url: Required[str]
    """The URL of the inference endpoint that you created on Watsonx."""
