# Generated from spec/ (sha256 4e84bf42bedb4902) by codegen: do not edit.
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
    "ContextualAIServiceSettings",
    "ContextualAITaskSettings",
    "CustomRequestParams",
    "CustomResponseParams",
    "CustomServiceSettings",
    "CustomTaskSettings",
    "DeepSeekServiceSettings",
    "DeleteInferenceEndpointResult",
    "ElasticsearchServiceSettings",
    "ElasticsearchTaskSettings",
    "ElserServiceSettings",
    "GetInferenceResponse",
    "GoogleAiStudioServiceSettings",
    "GoogleModelGardenProvider",
    "GoogleVertexAIServiceSettings",
    "GoogleVertexAITaskSettings",
    "GroqServiceSettings",
    "HuggingFaceServiceSettings",
    "HuggingFaceTaskSettings",
    "InferenceChunkingSettings",
    "InferenceEndpointInfo",
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
    "RerankedInferenceResult",
    "SparseEmbeddingInferenceResult",
    "SparseEmbeddingResult",
    "TextEmbeddingByteResult",
    "TextEmbeddingInferenceResult",
    "TextEmbeddingResult",
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


class AdaptiveAllocations(TypedDict, total=False):
    """The ``AdaptiveAllocations`` object of the Inference API."""

    enabled: bool
    """Turn on `adaptive_allocations`."""
    max_number_of_allocations: int
    """The maximum number of allocations to scale to."""
    min_number_of_allocations: int
    """The minimum number of allocations to scale to."""


class CompletionInferenceResult(TypedDict, total=False):
    """The ``CompletionInferenceResult`` object of the Inference API."""

    completion: Required[list[CompletionResult]]
    """The completions."""


class CompletionResult(TypedDict, total=False):
    """The ``CompletionResult`` object of the Inference API."""

    result: Required[str]
    """The completion text."""


class CustomRequestParams(TypedDict, total=False):
    """The ``CustomRequestParams`` object of the Inference API."""

    content: Required[str]
    """The body structure of the request."""


class CustomResponseParams(TypedDict, total=False):
    """The ``CustomResponseParams`` object of the Inference API."""

    json_parser: Required[Any]
    """Specifies the JSON parser that is used to parse the response from the custom service."""


class DeleteInferenceEndpointResult(TypedDict, total=False):
    """The ``DeleteInferenceEndpointResult`` object of the Inference API."""

    acknowledged: Required[bool]
    """Whether the endpoint was deleted (false on dry_run)."""
    pipelines: Required[list[str]]
    """Ingest pipelines that reference the endpoint."""
    indexes: list[str]
    """Indexes whose semantic_text mappings reference the endpoint."""
    error_message: str
    """On dry_run: why the endpoint is still referenced, else empty."""


class GetInferenceResponse(TypedDict, total=False):
    """The ``GetInferenceResponse`` object of the Inference API."""

    endpoints: Required[list[InferenceEndpointInfo]]
    """The endpoints, also for a single id."""


class InferenceChunkingSettings(TypedDict, total=False):
    """The ``InferenceChunkingSettings`` object of the Inference API."""

    max_chunk_size: int
    """The maximum size of a chunk in words."""
    overlap: int
    """The number of overlapping words for chunks."""
    sentence_overlap: int
    """The number of overlapping sentences for chunks."""
    separator_group: str
    """recursive strategy only (one of separator_group|separators required with it): predefined separator set: markdown or plaintext."""
    separators: Sequence[str]
    """recursive strategy only (one of separator_group|separators required with it): list of plain or regex separators tried in order."""
    strategy: str
    """The chunking strategy: `sentence`, `word`, `none` or `recursive`."""


class InferenceEndpointInfo(TypedDict, total=False):
    """The ``InferenceEndpointInfo`` object of the Inference API."""

    inference_id: Required[str]
    """The inference id."""
    task_type: Required[str]
    """The task type."""
    service: Required[str]
    """The service literal."""
    service_settings: Required[dict[str, Any]]
    """The service settings, without secrets."""
    task_settings: dict[str, Any]
    """The task settings."""
    chunking_settings: InferenceChunkingSettings
    """The chunking settings."""


class InferenceResult(TypedDict, total=False):
    """The ``InferenceResult`` object of the Inference API."""

    text_embedding: list[TextEmbeddingResult]
    """For a text_embedding endpoint."""
    text_embedding_bytes: list[TextEmbeddingByteResult]
    """For a text_embedding endpoint with byte elements."""
    text_embedding_bits: list[TextEmbeddingByteResult]
    """For a text_embedding endpoint with bit elements."""
    sparse_embedding: list[SparseEmbeddingResult]
    """For a sparse_embedding endpoint."""
    rerank: list[RankedDocument]
    """For a rerank endpoint."""
    completion: list[CompletionResult]
    """For a completion endpoint."""


class RankedDocument(TypedDict, total=False):
    """The ``RankedDocument`` object of the Inference API."""

    index: Required[int]
    """Position of the document in the request's input."""
    relevance_score: Required[float]
    """The relevance of the document to the query."""
    text: str
    """The document, when documents are returned."""


class RateLimitSetting(TypedDict, total=False):
    """The ``RateLimitSetting`` object of the Inference API."""

    requests_per_minute: int
    """The number of requests allowed per minute."""


class RerankedInferenceResult(TypedDict, total=False):
    """The ``RerankedInferenceResult`` object of the Inference API."""

    rerank: Required[list[RankedDocument]]
    """Documents by decreasing relevance."""


class SparseEmbeddingInferenceResult(TypedDict, total=False):
    """The ``SparseEmbeddingInferenceResult`` object of the Inference API."""

    sparse_embedding: Required[list[SparseEmbeddingResult]]
    """One weighted token map per input, in input order."""


class SparseEmbeddingResult(TypedDict, total=False):
    """The ``SparseEmbeddingResult`` object of the Inference API."""

    is_truncated: Required[bool]
    """Whether the input was truncated to fit the model."""
    embedding: Required[dict[str, float]]
    """Token -> weight."""


class TextEmbeddingByteResult(TypedDict, total=False):
    """The ``TextEmbeddingByteResult`` object of the Inference API."""

    embedding: Required[list[int]]
    """The vector, as signed bytes."""


class TextEmbeddingInferenceResult(TypedDict, total=False):
    """The ``TextEmbeddingInferenceResult`` object of the Inference API."""

    text_embedding: list[TextEmbeddingResult]
    """One float vector per input, in input order."""
    text_embedding_bytes: list[TextEmbeddingByteResult]
    """One int8 vector per input, when the endpoint's element type is byte/int8."""
    text_embedding_bits: list[TextEmbeddingByteResult]
    """One bit-packed int8 vector per input, when the endpoint's element type is bit/binary."""


class TextEmbeddingResult(TypedDict, total=False):
    """The ``TextEmbeddingResult`` object of the Inference API."""

    embedding: Required[list[float]]
    """The vector."""


class ThinkingConfig(TypedDict, total=False):
    """The ``ThinkingConfig`` object of the Inference API."""

    thinking_budget: int
    """Indicates the desired thinking budget in tokens."""


class Ai21ServiceSettings(TypedDict, total=False):
    """service_settings of the ``ai21`` service (AI21)."""

    model_id: Required[str]
    """The name of the model to use for the inference task."""
    api_key: str
    """A valid API key for accessing AI21 API. Secret: Elasticsearch never returns it; redacted in logs."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the AI21 API."""


class AlibabaCloudServiceSettings(TypedDict, total=False):
    """service_settings of the ``alibabacloud-ai-search`` service (AlibabaCloud AI Search)."""

    api_key: Required[str]
    """A valid API key for the AlibabaCloud AI Search API. Secret: Elasticsearch never returns it; redacted in logs."""
    host: Required[str]
    """The name of the host address used for the inference task."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from AlibabaCloud AI Search."""
    service_id: Required[str]
    """The name of the model service to use for the inference task."""
    workspace: Required[str]
    """The name of the workspace used for the inference task."""


class AlibabaCloudTaskSettings(TypedDict, total=False):
    """task_settings of the ``alibabacloud-ai-search`` service (AlibabaCloud AI Search)."""

    input_type: str
    """For a `sparse_embedding` or `text_embedding` task, specify the type of input passed to the model."""
    return_token: bool
    """For a `sparse_embedding` task, it affects whether the token name will be returned in the response."""


class AmazonSageMakerServiceSettings(TypedDict, total=False):
    """service_settings of the ``amazon_sagemaker`` service (Amazon SageMaker)."""

    access_key: Required[str]
    """A valid AWS access key that has permissions to use Amazon SageMaker and access to models for invoking requests. Secret: Elasticsearch never returns it; redacted in logs."""
    endpoint_name: Required[str]
    """The name of the SageMaker endpoint."""
    api: Required[AmazonSageMakerApi]
    """The API format to use when calling SageMaker."""
    region: Required[str]
    """The region that your endpoint or Amazon Resource Name (ARN) is deployed in."""
    secret_key: Required[str]
    """A valid AWS secret key that is paired with the `access_key`. Secret: Elasticsearch never returns it; redacted in logs."""
    target_model: str
    """The model ID when calling a multi-model endpoint."""
    target_container_hostname: str
    """The container to directly invoke when calling a multi-container endpoint."""
    inference_component_name: str
    """The inference component to directly invoke when calling a multi-component endpoint."""
    batch_size: int
    """The maximum number of inputs in each batch."""
    dimensions: int
    """The number of dimensions returned by the text embedding models."""


class AmazonSageMakerTaskSettings(TypedDict, total=False):
    """task_settings of the ``amazon_sagemaker`` service (Amazon SageMaker)."""

    custom_attributes: str
    """The AWS custom attributes passed verbatim through to the model running in the SageMaker Endpoint."""
    enable_explanations: str
    """The optional JMESPath expression used to override the EnableExplanations provided during endpoint creation."""
    inference_id: str
    """The capture data ID when enabled in the endpoint."""
    session_id: str
    """The stateful session identifier for a new or existing session."""
    target_variant: str
    """Specifies the variant when running with multi-variant Endpoints."""


class AmazonBedrockServiceSettings(TypedDict, total=False):
    """service_settings of the ``amazonbedrock`` service (Amazon Bedrock)."""

    access_key: Required[str]
    """A valid AWS access key that has permissions to use Amazon Bedrock and access to models for inference requests. Secret: Elasticsearch never returns it; redacted in logs."""
    model: Required[str]
    """The base model ID or an ARN to a custom model based on a foundational model."""
    provider: str
    """The model provider for your deployment."""
    region: Required[str]
    """The region that your model or ARN is deployed in."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Amazon Bedrock."""
    secret_key: Required[str]
    """A valid AWS secret key that is paired with the `access_key`. Secret: Elasticsearch never returns it; redacted in logs."""


class AmazonBedrockTaskSettings(TypedDict, total=False):
    """task_settings of the ``amazonbedrock`` service (Amazon Bedrock)."""

    max_new_tokens: int
    """For a `completion` task, it sets the maximum number for the output tokens to be generated."""
    temperature: float
    """For a `completion` task, it is a number between 0.0 and 1.0 that controls the apparent creativity of the results."""
    top_k: float
    """For a `completion` task, it limits samples to the top-K most likely words, balancing coherence and variability."""
    top_p: float
    """For a `completion` task, it is a number in the range of 0.0 to 1.0, to eliminate low-probability tokens."""


class AnthropicServiceSettings(TypedDict, total=False):
    """service_settings of the ``anthropic`` service (Anthropic)."""

    api_key: Required[str]
    """A valid API key for the Anthropic API. Secret: Elasticsearch never returns it; redacted in logs."""
    model_id: Required[str]
    """The name of the model to use for the inference task."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Anthropic."""


class AnthropicTaskSettings(TypedDict, total=False):
    """task_settings of the ``anthropic`` service (Anthropic)."""

    max_tokens: Required[int]
    """For a `completion` task, it is the maximum number of tokens to generate before stopping."""
    temperature: float
    """For a `completion` task, it is the amount of randomness injected into the response."""
    top_k: int
    """For a `completion` task, it specifies to only sample from the top K options for each subsequent token."""
    top_p: float
    """For a `completion` task, it specifies to use Anthropic's nucleus sampling."""


class AzureAiStudioServiceSettings(TypedDict, total=False):
    """service_settings of the ``azureaistudio`` service (Azure AI Studio)."""

    api_key: Required[str]
    """A valid API key of your Azure AI Studio model deployment. Secret: Elasticsearch never returns it; redacted in logs."""
    endpoint_type: Required[str]
    """The type of endpoint that is available for deployment through Azure AI Studio: `token` or `realtime`."""
    target: Required[str]
    """The target URL of your Azure AI Studio model deployment."""
    provider: Required[str]
    """The model provider for your deployment."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Azure AI Studio."""


class AzureAiStudioTaskSettings(TypedDict, total=False):
    """task_settings of the ``azureaistudio`` service (Azure AI Studio)."""

    do_sample: float
    """For a `completion` task, instruct the inference process to perform sampling."""
    max_new_tokens: int
    """For a `completion` task, provide a hint for the maximum number of output tokens to be generated."""
    temperature: float
    """For a `completion` task, control the apparent creativity of generated completions with a sampling temperature."""
    top_p: float
    """For a `completion` task, make the model consider the results of the tokens with nucleus sampling probability."""
    user: str
    """For a `text_embedding` task, specify the user issuing the request."""
    return_documents: bool
    """For a `rerank` task, return doc text within the results."""
    top_n: int
    """For a `rerank` task, the number of most relevant documents to return."""


class AzureOpenAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``azureopenai`` service (Azure OpenAI)."""

    api_key: str
    """A valid API key for your Azure OpenAI account. Secret: Elasticsearch never returns it; redacted in logs."""
    api_version: Required[str]
    """The Azure API version ID to use."""
    deployment_id: Required[str]
    """The deployment name of your deployed models."""
    entra_id: str
    """A valid Microsoft Entra token. Secret: Elasticsearch never returns it; redacted in logs."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Azure."""
    resource_name: Required[str]
    """The name of your Azure OpenAI resource."""


class AzureOpenAITaskSettings(TypedDict, total=False):
    """task_settings of the ``azureopenai`` service (Azure OpenAI)."""

    user: str
    """For a `completion`, `chat_completion` or `text_embedding` task, specify the user issuing the request."""


class CohereServiceSettings(TypedDict, total=False):
    """service_settings of the ``cohere`` service (Cohere)."""

    api_key: Required[str]
    """A valid API key for your Cohere account. Secret: Elasticsearch never returns it; redacted in logs."""
    embedding_type: CohereEmbeddingType
    """For a `text_embedding` task, the types of embeddings you want to get back."""
    model_id: Required[str]
    """For a `completion`, `rerank`, or `text_embedding` task, the name of the model to use for the inference task."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Cohere."""
    similarity: CohereSimilarityType
    """The similarity measure."""


class CohereTaskSettings(TypedDict, total=False):
    """task_settings of the ``cohere`` service (Cohere)."""

    input_type: Required[CohereInputType]
    """For a `text_embedding` task, the type of input passed to the model."""
    return_documents: bool
    """For a `rerank` task, return doc text within the results."""
    top_n: int
    """For a `rerank` task, the number of most relevant documents to return."""
    truncate: CohereTruncateType
    """For a `text_embedding` task, the method to handle inputs longer than the maximum token length."""


class ContextualAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``contextualai`` service (Contextual AI)."""

    api_key: Required[str]
    """A valid API key for your Contexutual AI account. Secret: Elasticsearch never returns it; redacted in logs."""
    model_id: Required[str]
    """The name of the model to use for the inference task."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Contextual AI."""


class ContextualAITaskSettings(TypedDict, total=False):
    """task_settings of the ``contextualai`` service (Contextual AI)."""

    instruction: str
    """Instructions for the reranking model."""
    return_documents: bool
    """Whether to return the source documents in the response."""
    top_k: int
    """The number of most relevant documents to return."""


class CustomServiceSettings(TypedDict, total=False):
    """service_settings of the ``custom`` service (Custom)."""

    batch_size: int
    """Specifies the batch size used for the semantic_text field."""
    headers: Any
    """Specifies the HTTP header parameters – such as `Authentication` or `Content-Type` – that are required to access the custom service."""
    input_type: Any
    """Specifies the input type translation values that are used to replace the `${input_type}` template in the request body."""
    query_parameters: Any
    """Specifies the query parameters as a list of tuples."""
    request: Required[CustomRequestParams]
    """The request configuration object."""
    response: Required[CustomResponseParams]
    """The response configuration object."""
    secret_parameters: Required[Any]
    """Specifies secret parameters, like `api_key` or `api_token`, that are required to access the custom service. Secret: Elasticsearch never returns it; redacted in logs."""
    url: str
    """The URL endpoint to use for the requests."""


class CustomTaskSettings(TypedDict, total=False):
    """task_settings of the ``custom`` service (Custom)."""

    parameters: Any
    """Specifies parameters that are required to run the custom service."""


class DeepSeekServiceSettings(TypedDict, total=False):
    """service_settings of the ``deepseek`` service (DeepSeek)."""

    api_key: Required[str]
    """A valid API key for your DeepSeek account. Secret: Elasticsearch never returns it; redacted in logs."""
    model_id: Required[str]
    """For a `completion` or `chat_completion` task, the name of the model to use for the inference task."""
    url: str
    """The URL endpoint to use for the requests."""


class ElasticsearchServiceSettings(TypedDict, total=False):
    """service_settings of the ``elasticsearch`` service (Elasticsearch)."""

    adaptive_allocations: AdaptiveAllocations
    """Adaptive allocations configuration details."""
    deployment_id: str
    """The deployment identifier for a trained model deployment."""
    model_id: Required[str]
    """The name of the model to use for the inference task."""
    num_allocations: int
    """The total number of allocations that are assigned to the model across machine learning nodes."""
    num_threads: Required[int]
    """The number of threads used by each model allocation during inference."""
    long_document_strategy: str
    """Available only for the `rerank` task type using the Elastic reranker model."""
    max_chunks_per_doc: int
    """Only for the `rerank` task type."""


class ElasticsearchTaskSettings(TypedDict, total=False):
    """task_settings of the ``elasticsearch`` service (Elasticsearch)."""

    return_documents: bool
    """For a `rerank` task, return the document instead of only the index."""


class ElserServiceSettings(TypedDict, total=False):
    """service_settings of the ``elser`` service (ELSER)."""

    adaptive_allocations: AdaptiveAllocations
    """Adaptive allocations configuration details."""
    num_allocations: Required[int]
    """The total number of allocations this model is assigned across machine learning nodes."""
    num_threads: Required[int]
    """The number of threads used by each model allocation during inference."""


class GoogleAiStudioServiceSettings(TypedDict, total=False):
    """service_settings of the ``googleaistudio`` service (Google AI Studio)."""

    api_key: Required[str]
    """A valid API key of your Google Gemini account. Secret: Elasticsearch never returns it; redacted in logs."""
    model_id: Required[str]
    """The name of the model to use for the inference task."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Google AI Studio."""


class GoogleVertexAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``googlevertexai`` service (Google Vertex AI)."""

    provider: GoogleModelGardenProvider
    """The name of the Google Model Garden Provider for `completion` and `chat_completion` tasks."""
    url: str
    """The URL for non-streaming `completion` requests to a Google Model Garden provider endpoint."""
    streaming_url: str
    """The URL for streaming `completion` and `chat_completion` requests to a Google Model Garden provider endpoint."""
    location: str
    """The name of the location to use for the inference task for the Google Vertex AI inference task."""
    model_id: str
    """The name of the model to use for the inference task."""
    project_id: str
    """The name of the project to use for the Google Vertex AI inference task."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Google Vertex AI."""
    service_account_json: Required[str]
    """A valid service account in JSON format for the Google Vertex AI API. Secret: Elasticsearch never returns it; redacted in logs."""
    dimensions: int
    """For a `text_embedding` task, the number of dimensions the resulting output embeddings should have."""


class GoogleVertexAITaskSettings(TypedDict, total=False):
    """task_settings of the ``googlevertexai`` service (Google Vertex AI)."""

    auto_truncate: bool
    """For a `text_embedding` task, truncate inputs longer than the maximum token length automatically."""
    top_n: int
    """For a `rerank` task, the number of the top N documents that should be returned."""
    thinking_config: ThinkingConfig
    """For a `completion` or `chat_completion` task, allows configuration of the thinking features for the model."""
    max_tokens: int
    """For `completion` and `chat_completion` tasks, specifies the `max_tokens` value for requests sent to the Google Model Garden `anthropic` provider."""


class GroqServiceSettings(TypedDict, total=False):
    """service_settings of the ``groq`` service (Groq)."""

    model_id: Required[str]
    """The name of the model to use for the inference task."""
    api_key: str
    """A valid API key for accessing Groq API. Secret: Elasticsearch never returns it; redacted in logs."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the Groq API."""


class HuggingFaceServiceSettings(TypedDict, total=False):
    """service_settings of the ``hugging_face`` service (Hugging Face)."""

    api_key: Required[str]
    """A valid access token for your HuggingFace account. Secret: Elasticsearch never returns it; redacted in logs."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Hugging Face."""
    url: Required[str]
    """The URL endpoint to use for the requests."""
    model_id: str
    """The name of the HuggingFace model to use for the inference task."""


class HuggingFaceTaskSettings(TypedDict, total=False):
    """task_settings of the ``hugging_face`` service (Hugging Face)."""

    return_documents: bool
    """For a `rerank` task, return doc text within the results."""
    top_n: int
    """For a `rerank` task, the number of most relevant documents to return."""


class JinaAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``jinaai`` service (JinaAI)."""

    api_key: Required[str]
    """A valid API key of your JinaAI account. Secret: Elasticsearch never returns it; redacted in logs."""
    model_id: Required[str]
    """The name of the model to use for the inference task."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from JinaAI."""
    similarity: JinaAISimilarityType
    """For a `text_embedding` task, the similarity measure."""
    dimensions: int
    """For a `text_embedding` task, the number of dimensions the resulting output embeddings should have."""
    element_type: JinaAIElementType
    """For a `text_embedding` task, the data type returned by the model."""


class JinaAITaskSettings(TypedDict, total=False):
    """task_settings of the ``jinaai`` service (JinaAI)."""

    return_documents: bool
    """For a `rerank` task, return the doc text within the results."""
    task: JinaAITextEmbeddingTask
    """For a `text_embedding` task, the task passed to the model."""
    top_n: int
    """For a `rerank` task, the number of most relevant documents to return."""


class LlamaServiceSettings(TypedDict, total=False):
    """service_settings of the ``llama`` service (Llama)."""

    api_key: str
    """An API key for the Llama stack endpoint, if it requires one. Secret: Elasticsearch never returns it; redacted in logs."""
    url: Required[str]
    """The URL endpoint of the Llama stack endpoint."""
    model_id: Required[str]
    """The name of the model to use for the inference task."""
    max_input_tokens: int
    """For a `text_embedding` task, the maximum number of tokens per input before chunking occurs."""
    similarity: LlamaSimilarityType
    """For a `text_embedding` task, the similarity measure."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the Llama API."""


class MistralServiceSettings(TypedDict, total=False):
    """service_settings of the ``mistral`` service (Mistral)."""

    api_key: Required[str]
    """A valid API key of your Mistral account. Secret: Elasticsearch never returns it; redacted in logs."""
    max_input_tokens: int
    """The maximum number of tokens per input before chunking occurs."""
    model: Required[str]
    """The name of the model to use for the inference task."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the Mistral API."""


class NvidiaServiceSettings(TypedDict, total=False):
    """service_settings of the ``nvidia`` service (Nvidia)."""

    api_key: Required[str]
    """A valid API key for your Nvidia endpoint. Secret: Elasticsearch never returns it; redacted in logs."""
    url: str
    """The URL of the Nvidia model endpoint."""
    model_id: Required[str]
    """The name of the model to use for the inference task."""
    max_input_tokens: int
    """For a `text_embedding` task, the maximum number of tokens per input."""
    similarity: NvidiaSimilarityType
    """For a `text_embedding` task, the similarity measure."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the Nvidia API."""


class NvidiaTaskSettings(TypedDict, total=False):
    """task_settings of the ``nvidia`` service (Nvidia)."""

    input_type: NvidiaInputType
    """For a `text_embedding` task, type of input sent to the Nvidia endpoint."""
    truncate: CohereTruncateType
    """For a `text_embedding` task, the method used by the Nvidia model to handle inputs longer than the maximum token length."""


class OpenAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``openai`` service (OpenAI)."""

    api_key: Required[str]
    """A valid API key of your OpenAI account. Secret: Elasticsearch never returns it; redacted in logs."""
    dimensions: int
    """The number of dimensions the resulting output embeddings should have."""
    model_id: Required[str]
    """The name of the model to use for the inference task."""
    organization_id: str
    """The unique identifier for your organization."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from OpenAI."""
    similarity: OpenAISimilarityType
    """For a `text_embedding` task, the similarity measure."""
    url: str
    """The URL endpoint to use for the requests."""


class OpenAITaskSettings(TypedDict, total=False):
    """task_settings of the ``openai`` service (OpenAI)."""

    user: str
    """For a `completion` or `text_embedding` task, specify the user issuing the request."""
    headers: Any
    """Specifies custom HTTP header parameters."""


class OpenShiftAiServiceSettings(TypedDict, total=False):
    """service_settings of the ``openshift_ai`` service (OpenShift AI)."""

    api_key: Required[str]
    """A valid API key for your OpenShift AI endpoint. Secret: Elasticsearch never returns it; redacted in logs."""
    url: Required[str]
    """The URL of the OpenShift AI hosted model endpoint."""
    model_id: str
    """The name of the model to use for the inference task."""
    max_input_tokens: int
    """For a `text_embedding` task, the maximum number of tokens per input before chunking occurs."""
    similarity: OpenShiftAiSimilarityType
    """For a `text_embedding` task, the similarity measure."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from the OpenShift AI API."""


class OpenShiftAiTaskSettings(TypedDict, total=False):
    """task_settings of the ``openshift_ai`` service (OpenShift AI)."""

    return_documents: bool
    """For a `rerank` task, whether to return the source documents in the response."""
    top_n: int
    """For a `rerank` task, the number of most relevant documents to return."""


class VoyageAIServiceSettings(TypedDict, total=False):
    """service_settings of the ``voyageai`` service (VoyageAI)."""

    api_key: Required[str]
    """A valid API key for your VoyageAI account. Secret: Elasticsearch never returns it; redacted in logs."""
    dimensions: int
    """The number of dimensions for resulting output embeddings."""
    model_id: Required[str]
    """The name of the model to use for the inference task."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from VoyageAI."""
    embedding_type: float
    """The data type for the embeddings to be returned."""


class VoyageAITaskSettings(TypedDict, total=False):
    """task_settings of the ``voyageai`` service (VoyageAI)."""

    input_type: str
    """Type of the input text."""
    return_documents: bool
    """Whether to return the source documents in the response."""
    top_k: int
    """The number of most relevant documents to return."""
    truncation: bool
    """Whether to truncate the input texts to fit within the context length."""


class WatsonxServiceSettings(TypedDict, total=False):
    """service_settings of the ``watsonxai`` service (Watsonx)."""

    api_key: Required[str]
    """A valid API key of your Watsonx account. Secret: Elasticsearch never returns it; redacted in logs."""
    api_version: Required[str]
    """A version parameter that takes a version date in the format of `YYYY-MM-DD`."""
    model_id: Required[str]
    """The name of the model to use for the inference task."""
    project_id: Required[str]
    """The identifier of the IBM Cloud project to use for the inference task."""
    rate_limit: RateLimitSetting
    """This setting helps to minimize the number of rate limit errors returned from Watsonx."""
    url: Required[str]
    """The URL of the inference endpoint that you created on Watsonx."""
