# Generated from spec/ (sha256 3a4a1dd6a45cbf40) by codegen: do not edit.
# Change spec/ or templates/ and run `make generate`.
"""The service catalogue of spec/services: task types, settings fields and which are secret."""

from __future__ import annotations

from .._spec_types import Service, SettingField

TASK_TYPES: tuple[str, ...] = (
    "chat_completion",
    "completion",
    "embedding",
    "rerank",
    "sparse_embedding",
    "text_embedding",
)

# Nested settings objects (rate_limit, adaptive_allocations, chunking_settings, ...).
STRUCTS: dict[str, tuple[SettingField, ...]] = {
    "AcknowledgedResponseBase": (
        SettingField("acknowledged", "bool", required=True, secret=False),
    ),
    "AdaptiveAllocations": (
        SettingField("enabled", "bool", required=False, secret=False),
        SettingField("max_number_of_allocations", "int", required=False, secret=False),
        SettingField("min_number_of_allocations", "int", required=False, secret=False),
    ),
    "CompletionInferenceResult": (SettingField("completion", "list", required=True, secret=False),),
    "CompletionResult": (SettingField("result", "str", required=True, secret=False),),
    "CompletionToolChoice": (
        SettingField("type", "str", required=True, secret=False),
        SettingField(
            "function", "struct", required=True, secret=False, struct="CompletionToolChoiceFunction"
        ),
    ),
    "CompletionToolChoiceFunction": (SettingField("name", "str", required=True, secret=False),),
    "CspRegion": (
        SettingField("csp", "str", required=True, secret=False),
        SettingField("region", "str", required=True, secret=False),
    ),
    "CustomRequestParams": (SettingField("content", "str", required=True, secret=False),),
    "CustomResponseParams": (SettingField("json_parser", "object", required=True, secret=False),),
    "DeleteInferenceEndpointResult": (
        SettingField("acknowledged", "bool", required=True, secret=False),
        SettingField("pipelines", "list_str", required=True, secret=False),
        SettingField("indexes", "list_str", required=False, secret=False),
        SettingField("error_message", "str", required=False, secret=False),
    ),
    "DenseEmbeddingByteResult": (SettingField("embedding", "list", required=True, secret=False),),
    "DenseEmbeddingResult": (SettingField("embedding", "list", required=True, secret=False),),
    "EmbeddingContentObject": (SettingField("content", "any", required=True, secret=False),),
    "EmbeddingContentObjectItem": (
        SettingField(
            "type",
            "enum",
            required=True,
            secret=False,
            values=("text", "image", "audio", "video", "pdf"),
        ),
        SettingField("format", "enum", required=False, secret=False, values=("text", "base64")),
        SettingField("value", "str", required=True, secret=False),
    ),
    "EmbeddingInferenceResult": (
        SettingField("embeddings_bytes", "list", required=False, secret=False),
        SettingField("embeddings_bits", "list", required=False, secret=False),
        SettingField("embeddings", "list", required=False, secret=False),
    ),
    "GetInferenceResponse": (SettingField("endpoints", "list", required=True, secret=False),),
    "InferenceChunkingSettings": (
        SettingField("max_chunk_size", "int", required=False, secret=False),
        SettingField("overlap", "int", required=False, secret=False),
        SettingField("sentence_overlap", "int", required=False, secret=False),
        SettingField("separator_group", "str", required=False, secret=False),
        SettingField("separators", "list_str", required=False, secret=False),
        SettingField("strategy", "str", required=False, secret=False),
    ),
    "InferenceEndpoint": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
    ),
    "InferenceEndpointInfo": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=(
                "sparse_embedding",
                "text_embedding",
                "rerank",
                "completion",
                "chat_completion",
                "embedding",
            ),
        ),
    ),
    "InferenceEndpointInfoAi21": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("completion", "chat_completion"),
        ),
    ),
    "InferenceEndpointInfoAlibabaCloudAI": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("text_embedding", "rerank", "completion", "sparse_embedding"),
        ),
    ),
    "InferenceEndpointInfoAmazonBedrock": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("chat_completion", "completion", "text_embedding"),
        ),
    ),
    "InferenceEndpointInfoAmazonSageMaker": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=(
                "text_embedding",
                "completion",
                "chat_completion",
                "sparse_embedding",
                "rerank",
            ),
        ),
    ),
    "InferenceEndpointInfoAnthropic": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("completion", "chat_completion"),
        ),
    ),
    "InferenceEndpointInfoAzureAIStudio": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("text_embedding", "completion", "rerank"),
        ),
    ),
    "InferenceEndpointInfoAzureOpenAI": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("text_embedding", "completion", "chat_completion"),
        ),
    ),
    "InferenceEndpointInfoCohere": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("text_embedding", "rerank", "completion"),
        ),
    ),
    "InferenceEndpointInfoContextualAi": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField("task_type", "enum", required=True, secret=False, values=("rerank",)),
    ),
    "InferenceEndpointInfoCustom": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("text_embedding", "sparse_embedding", "rerank", "completion"),
        ),
    ),
    "InferenceEndpointInfoDeepSeek": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("completion", "chat_completion"),
        ),
    ),
    "InferenceEndpointInfoELSER": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type", "enum", required=True, secret=False, values=("sparse_embedding",)
        ),
    ),
    "InferenceEndpointInfoElasticsearch": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("sparse_embedding", "text_embedding", "rerank"),
        ),
    ),
    "InferenceEndpointInfoFireworksAI": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("chat_completion", "completion", "text_embedding"),
        ),
    ),
    "InferenceEndpointInfoGoogleAIStudio": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("text_embedding", "completion"),
        ),
    ),
    "InferenceEndpointInfoGoogleVertexAI": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("chat_completion", "completion", "text_embedding", "rerank"),
        ),
    ),
    "InferenceEndpointInfoGroq": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField("task_type", "enum", required=True, secret=False, values=("chat_completion",)),
    ),
    "InferenceEndpointInfoHuggingFace": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("chat_completion", "completion", "rerank", "text_embedding"),
        ),
    ),
    "InferenceEndpointInfoJinaAi": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("embedding", "text_embedding", "rerank"),
        ),
    ),
    "InferenceEndpointInfoLlama": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("text_embedding", "chat_completion", "completion"),
        ),
    ),
    "InferenceEndpointInfoMistral": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("text_embedding", "chat_completion", "completion"),
        ),
    ),
    "InferenceEndpointInfoNvidia": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("chat_completion", "completion", "rerank", "text_embedding"),
        ),
    ),
    "InferenceEndpointInfoOpenAI": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("text_embedding", "chat_completion", "completion", "embedding"),
        ),
    ),
    "InferenceEndpointInfoOpenShiftAi": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("text_embedding", "chat_completion", "completion", "rerank"),
        ),
    ),
    "InferenceEndpointInfoVoyageAI": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type", "enum", required=True, secret=False, values=("text_embedding", "rerank")
        ),
    ),
    "InferenceEndpointInfoWatsonx": (
        SettingField(
            "chunking_settings",
            "struct",
            required=False,
            secret=False,
            struct="InferenceChunkingSettings",
        ),
        SettingField("service", "str", required=True, secret=False),
        SettingField("service_settings", "any", required=True, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
        SettingField("inference_id", "str", required=True, secret=False),
        SettingField(
            "task_type",
            "enum",
            required=True,
            secret=False,
            values=("text_embedding", "chat_completion", "completion"),
        ),
    ),
    "InferenceResult": (
        SettingField("embeddings_bytes", "list", required=False, secret=False),
        SettingField("embeddings_bits", "list", required=False, secret=False),
        SettingField("embeddings", "list", required=False, secret=False),
        SettingField("text_embedding_bytes", "list", required=False, secret=False),
        SettingField("text_embedding_bits", "list", required=False, secret=False),
        SettingField("text_embedding", "list", required=False, secret=False),
        SettingField("sparse_embedding", "list", required=False, secret=False),
        SettingField("completion", "list", required=False, secret=False),
        SettingField("rerank", "list", required=False, secret=False),
    ),
    "RankedDocument": (
        SettingField("index", "int", required=True, secret=False),
        SettingField("relevance_score", "float", required=True, secret=False),
        SettingField("text", "str", required=False, secret=False),
    ),
    "RateLimitSetting": (SettingField("requests_per_minute", "int", required=False, secret=False),),
    "RegionPolicy": (
        SettingField("allowed_geos", "list_str", required=False, secret=False),
        SettingField("allowed_regions", "list", required=False, secret=False),
    ),
    "RegionPolicyDoc": (
        SettingField("region_policy", "struct", required=True, secret=False, struct="RegionPolicy"),
        SettingField("created_at", "any", required=True, secret=False),
        SettingField("created_by", "str", required=False, secret=False),
        SettingField("updated_at", "any", required=False, secret=False),
        SettingField("updated_by", "str", required=False, secret=False),
    ),
    "RequestEmbedding": (
        SettingField("input", "any", required=True, secret=False),
        SettingField("input_type", "str", required=False, secret=False),
        SettingField("task_settings", "any", required=False, secret=False),
    ),
    "RerankInputObject": (
        SettingField("type", "enum", required=True, secret=False, values=("text", "image")),
        SettingField("format", "enum", required=False, secret=False, values=("text", "base64")),
        SettingField("value", "str", required=True, secret=False),
    ),
    "RerankedInferenceResult": (SettingField("rerank", "list", required=True, secret=False),),
    "SparseEmbeddingInferenceResult": (
        SettingField("sparse_embedding", "list", required=True, secret=False),
    ),
    "SparseEmbeddingResult": (
        SettingField("is_truncated", "bool", required=True, secret=False),
        SettingField("embedding", "object", required=True, secret=False),
    ),
    "TextEmbeddingInferenceResult": (
        SettingField("text_embedding_bytes", "list", required=False, secret=False),
        SettingField("text_embedding_bits", "list", required=False, secret=False),
        SettingField("text_embedding", "list", required=False, secret=False),
    ),
    "ThinkingConfig": (SettingField("thinking_budget", "int", required=False, secret=False),),
}

AI21 = Service(
    name="ai21",
    put_method="put_ai21",
    task_types=("chat_completion", "completion"),
    service_settings=(
        SettingField("model_id", "str", required=True, secret=False),
        SettingField("api_key", "str", required=False, secret=True),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
    ),
    task_settings=None,
    chunking_settings=False,
)
ALIBABACLOUD_AI_SEARCH = Service(
    name="alibabacloud-ai-search",
    put_method="put_alibabacloud",
    task_types=("completion", "rerank", "sparse_embedding", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("host", "str", required=True, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
        SettingField("service_id", "str", required=True, secret=False),
        SettingField("workspace", "str", required=True, secret=False),
    ),
    task_settings=(
        SettingField("input_type", "str", required=False, secret=False),
        SettingField("return_token", "bool", required=False, secret=False),
    ),
    chunking_settings=True,
)
AMAZON_SAGEMAKER = Service(
    name="amazon_sagemaker",
    put_method="put_amazonsagemaker",
    task_types=("chat_completion", "completion", "rerank", "sparse_embedding", "text_embedding"),
    service_settings=(
        SettingField("access_key", "str", required=True, secret=True),
        SettingField("endpoint_name", "str", required=True, secret=False),
        SettingField("api", "enum", required=True, secret=False, values=("openai", "elastic")),
        SettingField("region", "str", required=True, secret=False),
        SettingField("secret_key", "str", required=True, secret=True),
        SettingField(
            "similarity",
            "enum",
            required=False,
            secret=False,
            values=("cosine", "dot_product", "l2_norm"),
        ),
        SettingField(
            "element_type", "enum", required=False, secret=False, values=("byte", "float", "bit")
        ),
        SettingField("target_model", "str", required=False, secret=False),
        SettingField("target_container_hostname", "str", required=False, secret=False),
        SettingField("inference_component_name", "str", required=False, secret=False),
        SettingField("batch_size", "int", required=False, secret=False),
        SettingField("dimensions", "int", required=False, secret=False),
    ),
    task_settings=(
        SettingField("custom_attributes", "str", required=False, secret=False),
        SettingField("enable_explanations", "str", required=False, secret=False),
        SettingField("inference_id", "str", required=False, secret=False),
        SettingField("session_id", "str", required=False, secret=False),
        SettingField("target_variant", "str", required=False, secret=False),
    ),
    chunking_settings=True,
)
AMAZONBEDROCK = Service(
    name="amazonbedrock",
    put_method="put_amazonbedrock",
    task_types=("chat_completion", "completion", "text_embedding"),
    service_settings=(
        SettingField("access_key", "str", required=True, secret=True),
        SettingField("model", "str", required=True, secret=False),
        SettingField("provider", "str", required=False, secret=False),
        SettingField("region", "str", required=True, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
        SettingField("secret_key", "str", required=True, secret=True),
    ),
    task_settings=(
        SettingField("max_new_tokens", "int", required=False, secret=False),
        SettingField("temperature", "float", required=False, secret=False),
        SettingField("top_k", "float", required=False, secret=False),
        SettingField("top_p", "float", required=False, secret=False),
    ),
    chunking_settings=True,
)
ANTHROPIC = Service(
    name="anthropic",
    put_method="put_anthropic",
    task_types=("chat_completion", "completion"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
    ),
    task_settings=(
        SettingField("max_tokens", "int", required=True, secret=False),
        SettingField("temperature", "float", required=False, secret=False),
        SettingField("top_k", "int", required=False, secret=False),
        SettingField("top_p", "float", required=False, secret=False),
    ),
    chunking_settings=False,
)
AZUREAISTUDIO = Service(
    name="azureaistudio",
    put_method="put_azureaistudio",
    task_types=("completion", "rerank", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("endpoint_type", "str", required=True, secret=False),
        SettingField("target", "str", required=True, secret=False),
        SettingField("provider", "str", required=True, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
    ),
    task_settings=(
        SettingField("do_sample", "float", required=False, secret=False),
        SettingField("max_new_tokens", "int", required=False, secret=False),
        SettingField("temperature", "float", required=False, secret=False),
        SettingField("top_p", "float", required=False, secret=False),
        SettingField("user", "str", required=False, secret=False),
        SettingField("return_documents", "bool", required=False, secret=False),
        SettingField("top_n", "int", required=False, secret=False),
    ),
    chunking_settings=True,
)
AZUREOPENAI = Service(
    name="azureopenai",
    put_method="put_azureopenai",
    task_types=("chat_completion", "completion", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=False, secret=True),
        SettingField("api_version", "str", required=True, secret=False),
        SettingField("client_id", "str", required=False, secret=False),
        SettingField("client_secret", "str", required=False, secret=True),
        SettingField("deployment_id", "str", required=True, secret=False),
        SettingField("entra_id", "str", required=False, secret=True),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
        SettingField("resource_name", "str", required=True, secret=False),
        SettingField("scopes", "list_str", required=False, secret=False),
        SettingField("tenant_id", "str", required=False, secret=False),
    ),
    task_settings=(
        SettingField("user", "str", required=False, secret=False),
        SettingField("headers", "object", required=False, secret=False),
    ),
    chunking_settings=True,
)
COHERE = Service(
    name="cohere",
    put_method="put_cohere",
    task_types=("completion", "rerank", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField(
            "embedding_type",
            "enum",
            required=False,
            secret=False,
            values=("binary", "bit", "byte", "float", "int8"),
        ),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
        SettingField(
            "similarity",
            "enum",
            required=False,
            secret=False,
            values=("cosine", "dot_product", "l2_norm"),
        ),
    ),
    task_settings=(
        SettingField(
            "input_type",
            "enum",
            required=True,
            secret=False,
            values=("classification", "clustering", "ingest", "search"),
        ),
        SettingField("return_documents", "bool", required=False, secret=False),
        SettingField("top_n", "int", required=False, secret=False),
        SettingField(
            "truncate", "enum", required=False, secret=False, values=("END", "NONE", "START")
        ),
    ),
    chunking_settings=True,
)
CONTEXTUALAI = Service(
    name="contextualai",
    put_method="put_contextualai",
    task_types=("rerank",),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
    ),
    task_settings=(
        SettingField("instruction", "str", required=False, secret=False),
        SettingField("top_k", "int", required=False, secret=False),
    ),
    chunking_settings=False,
)
CUSTOM = Service(
    name="custom",
    put_method="put_custom",
    task_types=("completion", "rerank", "sparse_embedding", "text_embedding"),
    service_settings=(
        SettingField("batch_size", "int", required=False, secret=False),
        SettingField("headers", "object", required=False, secret=False),
        SettingField("input_type", "object", required=False, secret=False),
        SettingField("query_parameters", "list", required=False, secret=False),
        SettingField(
            "request", "struct", required=True, secret=False, struct="CustomRequestParams"
        ),
        SettingField(
            "response", "struct", required=True, secret=False, struct="CustomResponseParams"
        ),
        SettingField("secret_parameters", "object", required=True, secret=True),
        SettingField("url", "str", required=False, secret=False),
    ),
    task_settings=(SettingField("parameters", "object", required=False, secret=False),),
    chunking_settings=True,
    secret_maps=("secret_parameters",),
)
DEEPSEEK = Service(
    name="deepseek",
    put_method="put_deepseek",
    task_types=("chat_completion", "completion"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField("url", "str", required=False, secret=False),
    ),
    task_settings=None,
    chunking_settings=False,
)
ELASTICSEARCH = Service(
    name="elasticsearch",
    put_method="put_elasticsearch",
    task_types=("rerank", "sparse_embedding", "text_embedding"),
    service_settings=(
        SettingField(
            "adaptive_allocations",
            "struct",
            required=False,
            secret=False,
            struct="AdaptiveAllocations",
        ),
        SettingField("deployment_id", "str", required=False, secret=False),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField("num_allocations", "int", required=False, secret=False),
        SettingField("num_threads", "int", required=True, secret=False),
        SettingField("long_document_strategy", "str", required=False, secret=False),
        SettingField("max_chunks_per_doc", "int", required=False, secret=False),
    ),
    task_settings=(SettingField("return_documents", "bool", required=False, secret=False),),
    chunking_settings=True,
)
ELSER = Service(
    name="elser",
    put_method="put_elser",
    task_types=("sparse_embedding",),
    service_settings=(
        SettingField(
            "adaptive_allocations",
            "struct",
            required=False,
            secret=False,
            struct="AdaptiveAllocations",
        ),
        SettingField("num_allocations", "int", required=True, secret=False),
        SettingField("num_threads", "int", required=True, secret=False),
    ),
    task_settings=None,
    chunking_settings=True,
)
FIREWORKSAI = Service(
    name="fireworksai",
    put_method="put_fireworksai",
    task_types=("chat_completion", "completion", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField("url", "str", required=False, secret=False),
        SettingField("dimensions", "int", required=False, secret=False),
        SettingField(
            "similarity",
            "enum",
            required=False,
            secret=False,
            values=("cosine", "dot_product", "l2_norm"),
        ),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
    ),
    task_settings=(
        SettingField("user", "str", required=False, secret=False),
        SettingField("headers", "object", required=False, secret=False),
    ),
    chunking_settings=True,
)
GOOGLEAISTUDIO = Service(
    name="googleaistudio",
    put_method="put_googleaistudio",
    task_types=("completion", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
    ),
    task_settings=None,
    chunking_settings=True,
)
GOOGLEVERTEXAI = Service(
    name="googlevertexai",
    put_method="put_googlevertexai",
    task_types=("chat_completion", "completion", "rerank", "text_embedding"),
    service_settings=(
        SettingField(
            "provider",
            "enum",
            required=False,
            secret=False,
            values=("google", "anthropic", "meta", "hugging_face", "mistral", "ai21"),
        ),
        SettingField("url", "str", required=False, secret=False),
        SettingField("streaming_url", "str", required=False, secret=False),
        SettingField("location", "str", required=False, secret=False),
        SettingField("model_id", "str", required=False, secret=False),
        SettingField("project_id", "str", required=False, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
        SettingField("service_account_json", "str", required=True, secret=True),
        SettingField("dimensions", "int", required=False, secret=False),
        SettingField("max_batch_size", "int", required=False, secret=False),
    ),
    task_settings=(
        SettingField("auto_truncate", "bool", required=False, secret=False),
        SettingField("top_n", "int", required=False, secret=False),
        SettingField(
            "thinking_config", "struct", required=False, secret=False, struct="ThinkingConfig"
        ),
        SettingField("max_tokens", "int", required=False, secret=False),
    ),
    chunking_settings=True,
)
GROQ = Service(
    name="groq",
    put_method="put_groq",
    task_types=("chat_completion",),
    service_settings=(
        SettingField("model_id", "str", required=True, secret=False),
        SettingField("api_key", "str", required=False, secret=True),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
    ),
    task_settings=None,
    chunking_settings=False,
)
HUGGING_FACE = Service(
    name="hugging_face",
    put_method="put_hugging_face",
    task_types=("chat_completion", "completion", "rerank", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
        SettingField("url", "str", required=True, secret=False),
        SettingField("model_id", "str", required=False, secret=False),
    ),
    task_settings=(
        SettingField("return_documents", "bool", required=False, secret=False),
        SettingField("top_n", "int", required=False, secret=False),
    ),
    chunking_settings=True,
)
JINAAI = Service(
    name="jinaai",
    put_method="put_jinaai",
    task_types=("embedding", "rerank", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
        SettingField(
            "similarity",
            "enum",
            required=False,
            secret=False,
            values=("cosine", "dot_product", "l2_norm"),
        ),
        SettingField("dimensions", "int", required=False, secret=False),
        SettingField(
            "embedding_type",
            "enum",
            required=False,
            secret=False,
            values=("binary", "bit", "float"),
        ),
        SettingField("multimodal_model", "bool", required=False, secret=False),
    ),
    task_settings=(
        SettingField("return_documents", "bool", required=False, secret=False),
        SettingField(
            "input_type",
            "enum",
            required=False,
            secret=False,
            values=("classification", "clustering", "ingest", "search"),
        ),
        SettingField("late_chunking", "bool", required=False, secret=False),
        SettingField("top_n", "int", required=False, secret=False),
    ),
    chunking_settings=True,
)
LLAMA = Service(
    name="llama",
    put_method="put_llama",
    task_types=("chat_completion", "completion", "text_embedding"),
    service_settings=(
        SettingField("url", "str", required=True, secret=False),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField("max_input_tokens", "int", required=False, secret=False),
        SettingField(
            "similarity",
            "enum",
            required=False,
            secret=False,
            values=("cosine", "dot_product", "l2_norm"),
        ),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
        SettingField("api_key", "str", required=False, secret=True),
    ),
    task_settings=None,
    chunking_settings=True,
)
MISTRAL = Service(
    name="mistral",
    put_method="put_mistral",
    task_types=("chat_completion", "completion", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("max_input_tokens", "int", required=False, secret=False),
        SettingField("model", "str", required=True, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
    ),
    task_settings=None,
    chunking_settings=True,
)
NVIDIA = Service(
    name="nvidia",
    put_method="put_nvidia",
    task_types=("chat_completion", "completion", "rerank", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("url", "str", required=False, secret=False),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField("max_input_tokens", "int", required=False, secret=False),
        SettingField(
            "similarity",
            "enum",
            required=False,
            secret=False,
            values=("cosine", "dot_product", "l2_norm"),
        ),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
    ),
    task_settings=(
        SettingField(
            "input_type", "enum", required=False, secret=False, values=("ingest", "search")
        ),
        SettingField(
            "truncate", "enum", required=False, secret=False, values=("END", "NONE", "START")
        ),
    ),
    chunking_settings=True,
)
OPENAI = Service(
    name="openai",
    put_method="put_openai",
    task_types=("chat_completion", "completion", "embedding", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=False, secret=True),
        SettingField("client_id", "str", required=False, secret=False),
        SettingField("client_secret", "str", required=False, secret=True),
        SettingField("dimensions", "int", required=False, secret=False),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField("organization_id", "str", required=False, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
        SettingField("scopes", "list_str", required=False, secret=False),
        SettingField(
            "similarity",
            "enum",
            required=False,
            secret=False,
            values=("cosine", "dot_product", "l2_norm"),
        ),
        SettingField("token_url", "str", required=False, secret=False),
        SettingField("url", "str", required=False, secret=False),
    ),
    task_settings=(
        SettingField("user", "str", required=False, secret=False),
        SettingField("headers", "object", required=False, secret=False),
    ),
    chunking_settings=True,
)
OPENSHIFT_AI = Service(
    name="openshift_ai",
    put_method="put_openshift_ai",
    task_types=("chat_completion", "completion", "rerank", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("url", "str", required=True, secret=False),
        SettingField("model_id", "str", required=False, secret=False),
        SettingField("max_input_tokens", "int", required=False, secret=False),
        SettingField(
            "similarity",
            "enum",
            required=False,
            secret=False,
            values=("cosine", "dot_product", "l2_norm"),
        ),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
    ),
    task_settings=(
        SettingField("return_documents", "bool", required=False, secret=False),
        SettingField("top_n", "int", required=False, secret=False),
    ),
    chunking_settings=True,
)
VOYAGEAI = Service(
    name="voyageai",
    put_method="put_voyageai",
    task_types=("rerank", "text_embedding"),
    service_settings=(
        SettingField("dimensions", "int", required=False, secret=False),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
        SettingField("embedding_type", "float", required=False, secret=False),
        SettingField("api_key", "str", required=True, secret=True),
    ),
    task_settings=(
        SettingField("input_type", "str", required=False, secret=False),
        SettingField("return_documents", "bool", required=False, secret=False),
        SettingField("top_k", "int", required=False, secret=False),
        SettingField("truncation", "bool", required=False, secret=False),
    ),
    chunking_settings=True,
)
WATSONXAI = Service(
    name="watsonxai",
    put_method="put_watsonx",
    task_types=("chat_completion", "completion", "rerank", "text_embedding"),
    service_settings=(
        SettingField("api_key", "str", required=True, secret=True),
        SettingField("api_version", "str", required=True, secret=False),
        SettingField("model_id", "str", required=True, secret=False),
        SettingField("project_id", "str", required=True, secret=False),
        SettingField(
            "rate_limit", "struct", required=False, secret=False, struct="RateLimitSetting"
        ),
        SettingField("url", "str", required=True, secret=False),
    ),
    task_settings=None,
    chunking_settings=True,
)

SERVICES: dict[str, Service] = {
    "ai21": AI21,
    "alibabacloud-ai-search": ALIBABACLOUD_AI_SEARCH,
    "amazon_sagemaker": AMAZON_SAGEMAKER,
    "amazonbedrock": AMAZONBEDROCK,
    "anthropic": ANTHROPIC,
    "azureaistudio": AZUREAISTUDIO,
    "azureopenai": AZUREOPENAI,
    "cohere": COHERE,
    "contextualai": CONTEXTUALAI,
    "custom": CUSTOM,
    "deepseek": DEEPSEEK,
    "elasticsearch": ELASTICSEARCH,
    "elser": ELSER,
    "fireworksai": FIREWORKSAI,
    "googleaistudio": GOOGLEAISTUDIO,
    "googlevertexai": GOOGLEVERTEXAI,
    "groq": GROQ,
    "hugging_face": HUGGING_FACE,
    "jinaai": JINAAI,
    "llama": LLAMA,
    "mistral": MISTRAL,
    "nvidia": NVIDIA,
    "openai": OPENAI,
    "openshift_ai": OPENSHIFT_AI,
    "voyageai": VOYAGEAI,
    "watsonxai": WATSONXAI,
}
