# Generated from spec/ (sha256 3a4a1dd6a45cbf40) by codegen: do not edit.
# Change spec/ or templates/ and run `make generate`.
"""The ``inference`` namespace of ``Client``: one method per endpoint of spec/endpoints."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._warnings import GeneralAvailabilityWarning
from ..response import (
    CompletionResponse,
    EmbeddingResponse,
    InferenceResponse,
    ObjectApiResponse,
    RerankResponse,
    SparseEmbeddingResponse,
    TextEmbeddingResponse,
)
from . import endpoints as _ep

# elasticsearch-py's words for an experimental API, warned on every call of one.
_EXPERIMENTAL = (
    "This API is in technical preview and may be changed or removed in a future release. "
    "Elastic will work to fix any issues, but features in technical preview are not subject"
    " to the support SLA of official GA features."
)

if TYPE_CHECKING:
    # Only annotations use these: importing them at run time would slow `import esinference`.
    from .._client import Client
    from ..streaming import Stream
    from .types import (
        AcknowledgedResponseBase,
        Ai21ServiceSettings,
        AlibabaCloudServiceSettings,
        AlibabaCloudTaskSettings,
        AmazonBedrockServiceSettings,
        AmazonBedrockTaskSettings,
        AmazonSageMakerServiceSettings,
        AmazonSageMakerTaskSettings,
        AnthropicServiceSettings,
        AnthropicTaskSettings,
        AzureAiStudioServiceSettings,
        AzureAiStudioTaskSettings,
        AzureOpenAIServiceSettings,
        AzureOpenAITaskSettings,
        CohereServiceSettings,
        CohereTaskSettings,
        CompletionInferenceResult,
        CompletionToolChoice,
        ContextualAIServiceSettings,
        ContextualAITaskSettings,
        CustomServiceSettings,
        CustomTaskSettings,
        DeepSeekServiceSettings,
        DeleteInferenceEndpointResult,
        ElasticsearchServiceSettings,
        ElasticsearchTaskSettings,
        ElserServiceSettings,
        EmbeddingInferenceResult,
        FireworksAIServiceSettings,
        FireworksAITaskSettings,
        GetInferenceResponse,
        GoogleAiStudioServiceSettings,
        GoogleVertexAIServiceSettings,
        GoogleVertexAITaskSettings,
        GroqServiceSettings,
        HuggingFaceServiceSettings,
        HuggingFaceTaskSettings,
        InferenceChunkingSettings,
        InferenceEndpointInfo,
        InferenceEndpointInfoAi21,
        InferenceEndpointInfoAlibabaCloudAI,
        InferenceEndpointInfoAmazonBedrock,
        InferenceEndpointInfoAmazonSageMaker,
        InferenceEndpointInfoAnthropic,
        InferenceEndpointInfoAzureAIStudio,
        InferenceEndpointInfoAzureOpenAI,
        InferenceEndpointInfoCohere,
        InferenceEndpointInfoContextualAi,
        InferenceEndpointInfoCustom,
        InferenceEndpointInfoDeepSeek,
        InferenceEndpointInfoELSER,
        InferenceEndpointInfoElasticsearch,
        InferenceEndpointInfoFireworksAI,
        InferenceEndpointInfoGoogleAIStudio,
        InferenceEndpointInfoGoogleVertexAI,
        InferenceEndpointInfoGroq,
        InferenceEndpointInfoHuggingFace,
        InferenceEndpointInfoJinaAi,
        InferenceEndpointInfoLlama,
        InferenceEndpointInfoMistral,
        InferenceEndpointInfoNvidia,
        InferenceEndpointInfoOpenAI,
        InferenceEndpointInfoOpenShiftAi,
        InferenceEndpointInfoVoyageAI,
        InferenceEndpointInfoWatsonx,
        InferenceResult,
        JinaAIServiceSettings,
        JinaAITaskSettings,
        LlamaServiceSettings,
        MistralServiceSettings,
        NvidiaServiceSettings,
        NvidiaTaskSettings,
        OpenAIServiceSettings,
        OpenAITaskSettings,
        OpenShiftAiServiceSettings,
        OpenShiftAiTaskSettings,
        RegionPolicyDoc,
        RequestEmbedding,
        RerankInputObject,
        RerankedInferenceResult,
        SparseEmbeddingInferenceResult,
        TextEmbeddingInferenceResult,
        VoyageAIServiceSettings,
        VoyageAITaskSettings,
        WatsonxServiceSettings,
    )


class InferenceClient:
    """Inference API methods; reach them as ``client.inference``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def chat_completion_unified(
        self,
        *,
        inference_id: str,
        messages: Sequence[Any] | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        max_completion_tokens: int | None = None,
        model: str | None = None,
        pretty: bool | None = None,
        reasoning: Mapping[str, Any] | None = None,
        stop: Sequence[str] | None = None,
        temperature: float | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        tool_choice: str | CompletionToolChoice | None = None,
        tools: Sequence[Any] | None = None,
        top_p: float | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> Stream:
        """Perform chat completion inference on the service.

        The chat completion inference API enables real-time responses for chat completion tasks
        by delivering answers incrementally, reducing response times during computation. It only
        works with the `chat_completion` task type for `openai` and `elastic` inference
        services, and the services that support it (see the service-specific `put_*` methods).

        The answer is a stream of server-sent events: iterate the returned stream for each
        OpenAI-style chunk (`{"choices": [{"delta": {"content": "..."}}], ...}`), or call
        `text()` for the whole message. Close it, or use it as a context manager, to release the
        connection. elasticsearch-py has no method for it.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-unified-inference>`_

        :param inference_id: The inference Id
        :param messages: A list of objects representing the conversation. Requests should
            generally only add new messages from the user (role `user`). The other message roles
            (`assistant`, `system`, or `tool`) should generally only be copied from the response
            to a previous completion request, such that the messages array is built up
            throughout a conversation.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param max_completion_tokens: The upper bound limit for the number of tokens that can be
            generated for a completion request.
        :param model: The ID of the model to use. By default, the model ID is set to the value
            included when creating the inference endpoint.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param reasoning: The reasoning configuration for the completion request. This controls
            the model's reasoning process in one of two ways: * By specifying the model’s
            reasoning effort level with the `effort` field. * By enabling reasoning with default
            settings by setting `enabled` field to `true`. It also includes optional settings to
            control: * The level of detail in the summary returned in the response with the
            `summary` field. * Whether reasoning details are included in the response at all
            with the `exclude` field. Example (effort): ``` { "reasoning": { "effort": "high",
            "summary": "concise", "exclude": false } } ``` Example (enabled): ``` { "reasoning":
            { "enabled": true, "summary": "concise", "exclude": false } } ``` Currently
            supported only for `elastic` provider.
        :param stop: A sequence of strings to control when the model should stop generating
            additional tokens.
        :param temperature: The sampling temperature to use.
        :param timeout: Specifies the amount of time to wait for the inference request to
            complete. Server default: `120s`.
        :param tool_choice: Controls which tool is called by the model. String representation:
            One of `auto`, `none`, or `requrired`. `auto` allows the model to choose between
            calling tools and generating a message. `none` causes the model to not call any
            tools. `required` forces the model to call one or more tools. Example (object
            representation): ``` { "tool_choice": { "type": "function", "function": { "name":
            "get_current_weather" } } } ```
        :param tools: A list of tools that the model can call. Example: ``` { "tools": [ {
            "type": "function", "function": { "name": "get_price_of_item", "description": "Get
            the current price of an item", "parameters": { "type": "object", "properties": {
            "item": { "id": "12345" }, "unit": { "type": "currency" } } } } } ] } ```
        :param top_p: Nucleus sampling, an alternative to sampling with temperature.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_stream(
            _ep.CHAT_COMPLETION_UNIFIED,
            {
                "inference_id": inference_id,
                "messages": messages,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "max_completion_tokens": max_completion_tokens,
                "model": model,
                "pretty": pretty,
                "reasoning": reasoning,
                "stop": stop,
                "temperature": temperature,
                "timeout": timeout,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_p": top_p,
                "body": body,
            },
        )

    def completion(
        self,
        *,
        inference_id: str,
        input: str | Sequence[str] | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: Mapping[str, Any] | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> CompletionResponse[CompletionInferenceResult]:
        """Perform completion inference on the service.

        Get responses for completion tasks. This API works only with the completion task type.

        IMPORTANT: The inference APIs enable you to use certain services, such as built-in
        machine learning models (ELSER, E5), models uploaded through Eland, Cohere, OpenAI,
        Azure, Google AI Studio, Google Vertex AI, Anthropic, Watsonx.ai, or Hugging Face. For
        built-in models and models uploaded through Eland, the inference APIs offer an
        alternative way to use and manage trained models. However, if you do not plan to use the
        inference APIs to use these models or if you want to use non-NLP models, use the machine
        learning trained model APIs.

        This API requires the `monitor_inference` cluster privilege (the built-in
        `inference_admin` and `inference_user` roles grant this privilege).

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference>`_

        :param inference_id: The inference Id
        :param input: Inference input. Either a string or an array of strings.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Task settings for the individual inference request. These settings
            are specific to the <task_type> you specified and override the task settings
            specified when initializing the service.
        :param timeout: Specifies the amount of time to wait for the inference request to
            complete. Server default: `120s`.
        :param body: The request body, instead of the individual body parameters.
        """
        answer = self._client.perform_request(
            _ep.COMPLETION,
            {
                "inference_id": inference_id,
                "input": input,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )
        return CompletionResponse.of(answer)

    def delete(
        self,
        *,
        inference_id: str,
        task_type: (
            Literal[
                "chat_completion",
                "completion",
                "embedding",
                "rerank",
                "sparse_embedding",
                "text_embedding",
            ]
            | None
        ) = None,
        dry_run: bool | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        force: bool | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
    ) -> ObjectApiResponse[DeleteInferenceEndpointResult]:
        """Delete an inference endpoint.

        This API requires the manage_inference cluster privilege (the built-in `inference_admin`
        role grants this privilege).

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-delete>`_

        :param inference_id: The inference identifier.
        :param task_type: The task type
        :param dry_run: When true, checks the semantic_text fields and inference processors that
            reference the endpoint and returns them in a list, but does not delete the endpoint.
            Server default: `false`.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param force: When true, the inference endpoint is forcefully deleted even if it is
            still being used by ingest processors or semantic text fields. Server default:
            `false`.
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        """
        return self._client.perform_request(
            _ep.DELETE,
            {
                "inference_id": inference_id,
                "task_type": task_type,
                "dry_run": dry_run,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "force": force,
                "human": human,
                "pretty": pretty,
            },
        )

    def delete_region_policy(
        self,
        *,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
    ) -> ObjectApiResponse[AcknowledgedResponseBase]:
        """Delete the inference region policy.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-delete-region-policy>`_

        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        """
        return self._client.perform_request(
            _ep.DELETE_REGION_POLICY,
            {
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
            },
        )

    def embedding(
        self,
        *,
        inference_id: str,
        embedding: RequestEmbedding | None = None,
        body: Mapping[str, Any] | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        timeout: str | Literal[-1, 0] | None = None,
    ) -> EmbeddingResponse[EmbeddingInferenceResult]:
        """Perform dense embedding inference on the service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference>`_

        :param inference_id: The inference Id
        :param embedding:
        :param body: The request body: an alias of ``embedding``.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param timeout: Specifies the amount of time to wait for the inference request to
            complete. Server default: `30s`.
        """
        warnings.warn(_EXPERIMENTAL, GeneralAvailabilityWarning, stacklevel=2)
        answer = self._client.perform_request(
            _ep.EMBEDDING,
            {
                "inference_id": inference_id,
                "embedding": embedding,
                "body": body,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "timeout": timeout,
            },
        )
        return EmbeddingResponse.of(answer)

    def get(
        self,
        *,
        task_type: (
            Literal[
                "chat_completion",
                "completion",
                "embedding",
                "rerank",
                "sparse_embedding",
                "text_embedding",
            ]
            | None
        ) = None,
        inference_id: str | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
    ) -> ObjectApiResponse[GetInferenceResponse]:
        """Get an inference endpoint.

        This API requires the `monitor_inference` cluster privilege (the built-in
        `inference_admin` and `inference_user` roles grant this privilege).

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-get>`_

        :param task_type: The task type of the endpoint to return
        :param inference_id: The inference Id of the endpoint to return. Using `_all` or `*`
            will return all endpoints with the specified `task_type` if one is specified, or all
            endpoints for all task types if no `task_type` is specified
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        """
        return self._client.perform_request(
            _ep.GET,
            {
                "task_type": task_type,
                "inference_id": inference_id,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
            },
        )

    def get_region_policy(
        self,
        *,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
    ) -> ObjectApiResponse[RegionPolicyDoc]:
        """Get the inference region policy.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-get-region-policy>`_

        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        """
        return self._client.perform_request(
            _ep.GET_REGION_POLICY,
            {
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
            },
        )

    def inference(
        self,
        *,
        inference_id: str,
        input: str | Sequence[str] | None = None,
        task_type: (
            Literal[
                "chat_completion",
                "completion",
                "embedding",
                "rerank",
                "sparse_embedding",
                "text_embedding",
            ]
            | None
        ) = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        input_type: str | None = None,
        pretty: bool | None = None,
        query: str | None = None,
        task_settings: Mapping[str, Any] | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> InferenceResponse[InferenceResult]:
        """Perform inference on the service.

        This API enables you to use machine learning models to perform specific tasks on data
        that you provide as an input. It returns a response with the results of the tasks. The
        inference endpoint you use can perform one specific task that has been defined when the
        endpoint was created with the create inference API.

        For details about using this API with a service, such as Amazon Bedrock, Anthropic, or
        HuggingFace, refer to the service-specific documentation.

        > info > The inference APIs enable you to use certain services, such as built-in machine
        learning models (ELSER, E5), models uploaded through Eland, Cohere, OpenAI, Azure,
        Google AI Studio, Google Vertex AI, Anthropic, Watsonx.ai, or Hugging Face. For built-in
        models and models uploaded through Eland, the inference APIs offer an alternative way to
        use and manage trained models. However, if you do not plan to use the inference APIs to
        use these models or if you want to use non-NLP models, use the machine learning trained
        model APIs.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference>`_

        :param inference_id: The unique identifier for the inference endpoint.
        :param input: The text on which you want to perform the inference task. It can be a
            single string or an array. > info > Inference endpoints for the `completion` task
            type currently only support a single string as input.
        :param task_type: The type of inference task that the model performs.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param input_type: Specifies the input data type for the embedding model. The
            `input_type` parameter only applies to Inference Endpoints with the `embedding` or
            `text_embedding` task type. Possible values include: * `SEARCH` * `INGEST` *
            `CLASSIFICATION` * `CLUSTERING` Not all services support all values. Unsupported
            values will trigger a validation exception. Accepted values depend on the configured
            inference service, refer to the relevant service-specific documentation for more
            info. > info > The `input_type` parameter specified on the root level of the request
            body will take precedence over the `input_type` parameter specified in
            `task_settings`.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param query: The query input, which is required only for the `rerank` task. It is not
            required for other tasks.
        :param task_settings: Task settings for the individual inference request. These settings
            are specific to the task type you specified and override the task settings specified
            when initializing the service.
        :param timeout: The amount of time to wait for the inference request to complete. Server
            default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        answer = self._client.perform_request(
            _ep.INFERENCE,
            {
                "inference_id": inference_id,
                "input": input,
                "task_type": task_type,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "input_type": input_type,
                "pretty": pretty,
                "query": query,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )
        return InferenceResponse.of(answer)

    def put(
        self,
        *,
        inference_id: str,
        inference_config: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        task_type: (
            Literal[
                "chat_completion",
                "completion",
                "embedding",
                "rerank",
                "sparse_embedding",
                "text_embedding",
            ]
            | None
        ) = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        timeout: str | Literal[-1, 0] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfo]:
        """Create an inference endpoint.

        IMPORTANT: The inference APIs enable you to use certain services, such as built-in
        machine learning models (ELSER, E5), models uploaded through Eland, Cohere, OpenAI,
        Mistral, Azure OpenAI, Google AI Studio, Google Vertex AI, Anthropic, Watsonx.ai, or
        Hugging Face. For built-in models and models uploaded through Eland, the inference APIs
        offer an alternative way to use and manage trained models. However, if you do not plan
        to use the inference APIs to use these models or if you want to use non-NLP models, use
        the machine learning trained model APIs.

        The following integrations are available through the inference API. You can find the
        available task types next to the integration name: * AI21 (`chat_completion`,
        `completion`) * AlibabaCloud AI Search (`completion`, `rerank`, `sparse_embedding`,
        `text_embedding`) * Amazon Bedrock (`chat_completion`, `completion`, `text_embedding`) *
        Amazon SageMaker (`chat_completion`, `completion`, `rerank`, `sparse_embedding`,
        `text_embedding`) * Anthropic (`chat_completion`, `completion`) * Azure AI Studio
        (`completion`, `rerank`, `text_embedding`) * Azure OpenAI (`chat_completion`,
        `completion`, `text_embedding`) * Cohere (`completion`, `rerank`, `text_embedding`) *
        DeepSeek (`chat_completion`, `completion`) * Elasticsearch (`rerank`,
        `sparse_embedding`, `text_embedding` - this service is for built-in models and models
        uploaded through Eland) * ELSER (`sparse_embedding`) * Fireworks AI (`chat_completion`,
        `completion`, `text_embedding`) * Google AI Studio (`completion`, `text_embedding`) *
        Google Vertex AI (`chat_completion`, `completion`, `rerank`, `text_embedding`) * Groq
        (`chat_completion`) * Hugging Face (`chat_completion`, `completion`, `rerank`,
        `text_embedding`) * JinaAI (`embedding`, `rerank`, `text_embedding`) * Llama
        (`chat_completion`, `completion`, `text_embedding`) * Mistral (`chat_completion`,
        `completion`, `text_embedding`) * Nvidia (`chat_completion`, `completion`,
        `text_embedding`, `rerank`) * OpenAI (`chat_completion`, `completion`, `text_embedding`)
        * OpenShift AI (`chat_completion`, `completion`, `rerank`, `text_embedding`) * VoyageAI
        (`rerank`, `text_embedding`) * Watsonx (`chat_completion`, `completion`, `rerank`,
        `text_embedding`)

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put>`_

        :param inference_id: The inference Id
        :param inference_config:
        :param body: The request body: an alias of ``inference_config``.
        :param task_type: The task type. Refer to the integration list in the API description
            for the available task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. The default depends on the task type: 120s for `completion` and
            `chat_completion`, and 30s for all other task types.
        """
        return self._client.perform_request(
            _ep.PUT,
            {
                "inference_id": inference_id,
                "inference_config": inference_config,
                "body": body,
                "task_type": task_type,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "timeout": timeout,
            },
        )

    def put_ai21(
        self,
        *,
        task_type: Literal["chat_completion", "completion"],
        ai21_inference_id: str,
        service: Literal["ai21"] | None = None,
        service_settings: Ai21ServiceSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoAi21]:
        """Create a AI21 inference endpoint.

        Create an inference endpoint to perform an inference task with the `ai21` service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-ai21>`_

        :param task_type: The type of the inference task that the model will perform.
        :param ai21_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `ai21`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `ai21` service.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_AI21,
            {
                "task_type": task_type,
                "ai21_inference_id": ai21_inference_id,
                "service": service,
                "service_settings": service_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_alibabacloud(
        self,
        *,
        task_type: Literal["completion", "rerank", "sparse_embedding", "text_embedding"],
        alibabacloud_inference_id: str,
        service: Literal["alibabacloud-ai-search"] | None = None,
        service_settings: AlibabaCloudServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: AlibabaCloudTaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoAlibabaCloudAI]:
        """Create an AlibabaCloud AI Search inference endpoint.

        Create an inference endpoint to perform an inference task with the
        `alibabacloud-ai-search` service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-alibabacloud>`_

        :param task_type: The type of the inference task that the model will perform.
        :param alibabacloud_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `alibabacloud-ai-search`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `alibabacloud-ai-search` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `sparse_embedding` or `text_embedding` task types. Not applicable to the `rerank` or
            `completion` task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_ALIBABACLOUD,
            {
                "task_type": task_type,
                "alibabacloud_inference_id": alibabacloud_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_amazonbedrock(
        self,
        *,
        task_type: Literal["chat_completion", "completion", "text_embedding"],
        amazonbedrock_inference_id: str,
        service: Literal["amazonbedrock"] | None = None,
        service_settings: AmazonBedrockServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: AmazonBedrockTaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoAmazonBedrock]:
        """Create an Amazon Bedrock inference endpoint.

        Create an inference endpoint to perform an inference task with the `amazonbedrock`
        service.

        >info > You need to provide the access and secret keys only once, during the inference
        model creation. The get inference API does not retrieve your access or secret keys.
        After creating the inference model, you cannot change the associated key pairs. If you
        want to use a different access and secret key pair, delete the inference model and
        recreate it with the same name and the updated keys.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-amazonbedrock>`_

        :param task_type: The type of the inference task that the model will perform.
        :param amazonbedrock_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `amazonbedrock`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `amazonbedrock` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `chat_completion` and `completion`
            task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_AMAZONBEDROCK,
            {
                "task_type": task_type,
                "amazonbedrock_inference_id": amazonbedrock_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_amazonsagemaker(
        self,
        *,
        task_type: Literal[
            "chat_completion", "completion", "rerank", "sparse_embedding", "text_embedding"
        ],
        amazonsagemaker_inference_id: str,
        service: Literal["amazon_sagemaker"] | None = None,
        service_settings: AmazonSageMakerServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: AmazonSageMakerTaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoAmazonSageMaker]:
        """Create an Amazon SageMaker inference endpoint.

        Create an inference endpoint to perform an inference task with the `amazon_sagemaker`
        service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-amazonsagemaker>`_

        :param task_type: The type of the inference task that the model will perform.
        :param amazonsagemaker_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `amazon_sagemaker`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `amazon_sagemaker` service and `service_settings.api` you
            specified.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `sparse_embedding` or `text_embedding` task types. Not applicable to the `rerank`,
            `completion`, or `chat_completion` task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type and `service_settings.api` you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_AMAZONSAGEMAKER,
            {
                "task_type": task_type,
                "amazonsagemaker_inference_id": amazonsagemaker_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_anthropic(
        self,
        *,
        task_type: Literal["chat_completion", "completion"],
        anthropic_inference_id: str,
        service: Literal["anthropic"] | None = None,
        service_settings: AnthropicServiceSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: AnthropicTaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoAnthropic]:
        """Create an Anthropic inference endpoint.

        Create an inference endpoint to perform an inference task with the `anthropic` service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-anthropic>`_

        :param task_type: The task type. The valid task types for the model to perform are
            `completion` and `chat_completion`. NOTE: The `chat_completion` task type only
            supports streaming and only through the _stream API.
        :param anthropic_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `anthropic`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `anthropic` service.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_ANTHROPIC,
            {
                "task_type": task_type,
                "anthropic_inference_id": anthropic_inference_id,
                "service": service,
                "service_settings": service_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_azureaistudio(
        self,
        *,
        task_type: Literal["completion", "rerank", "text_embedding"],
        azureaistudio_inference_id: str,
        service: Literal["azureaistudio"] | None = None,
        service_settings: AzureAiStudioServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: AzureAiStudioTaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoAzureAIStudio]:
        """Create an Azure AI studio inference endpoint.

        Create an inference endpoint to perform an inference task with the `azureaistudio`
        service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-azureaistudio>`_

        :param task_type: The type of the inference task that the model will perform.
        :param azureaistudio_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `azureaistudio`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `azureaistudio` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `rerank` or `completion` task
            types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_AZUREAISTUDIO,
            {
                "task_type": task_type,
                "azureaistudio_inference_id": azureaistudio_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_azureopenai(
        self,
        *,
        task_type: Literal["chat_completion", "completion", "text_embedding"],
        azureopenai_inference_id: str,
        service: Literal["azureopenai"] | None = None,
        service_settings: AzureOpenAIServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: AzureOpenAITaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoAzureOpenAI]:
        """Create an Azure OpenAI inference endpoint.

        Create an inference endpoint to perform an inference task with the `azureopenai`
        service.

        The list of chat completion models that you can choose from in your Azure OpenAI
        deployment include:

        * [GPT-4 and GPT-4 Turbo
        models](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models?tabs=global-standard%2Cstandard-chat-completions#gpt-4-and-gpt-4-turbo-models)
        *
        [GPT-3.5](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models?tabs=global-standard%2Cstandard-chat-completions#gpt-35)

        The list of embeddings models that you can choose from in your deployment can be found
        in the [Azure models
        documentation](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models?tabs=global-standard%2Cstandard-chat-completions#embeddings).

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-azureopenai>`_

        :param task_type: The type of the inference task that the model will perform. NOTE: The
            `chat_completion` task type only supports streaming and only through the _stream
            API.
        :param azureopenai_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `azureopenai`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `azureopenai` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `completion` and `chat_completion`
            task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_AZUREOPENAI,
            {
                "task_type": task_type,
                "azureopenai_inference_id": azureopenai_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_cohere(
        self,
        *,
        task_type: Literal["completion", "rerank", "text_embedding"],
        cohere_inference_id: str,
        service: Literal["cohere"] | None = None,
        service_settings: CohereServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: CohereTaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoCohere]:
        """Create a Cohere inference endpoint.

        Create an inference endpoint to perform an inference task with the `cohere` service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-cohere>`_

        :param task_type: The type of the inference task that the model will perform.
        :param cohere_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `cohere`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `cohere` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `rerank` or `completion` task
            type.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_COHERE,
            {
                "task_type": task_type,
                "cohere_inference_id": cohere_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_contextualai(
        self,
        *,
        task_type: Literal["rerank"],
        contextualai_inference_id: str,
        service: Literal["contextualai"] | None = None,
        service_settings: ContextualAIServiceSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: ContextualAITaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoContextualAi]:
        """Create an Contextual AI inference endpoint.

        Create an inference endpoint to perform an inference task with the `contexualai`
        service.

        To review the available `rerank` models, refer to
        <https://docs.contextual.ai/api-reference/rerank/rerank#body-model>.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-contextualai>`_

        :param task_type: The type of the inference task that the model will perform.
        :param contextualai_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `contextualai`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `contextualai` service.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_CONTEXTUALAI,
            {
                "task_type": task_type,
                "contextualai_inference_id": contextualai_inference_id,
                "service": service,
                "service_settings": service_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_custom(
        self,
        *,
        task_type: Literal["completion", "rerank", "sparse_embedding", "text_embedding"],
        custom_inference_id: str,
        service: Literal["custom"] | None = None,
        service_settings: CustomServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: CustomTaskSettings | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoCustom]:
        """Create a custom inference endpoint.

        The custom service gives more control over how to interact with external inference
        services that aren't explicitly supported through dedicated integrations. The custom
        service gives you the ability to define the headers, url, query parameters, request
        body, and secrets. The custom service supports the template replacement functionality,
        which enables you to define a template that can be replaced with the value associated
        with that key. Templates are portions of a string that start with `${` and end with `}`.
        The parameters `secret_parameters` and `task_settings` are checked for keys for template
        replacement. Template replacement is supported in the `request`, `headers`, `url`, and
        `query_parameters`. If the definition (key) is not found for a template, an error
        message is returned. In case of an endpoint definition like the following: ``` PUT
        _inference/text_embedding/test-text-embedding { "service": "custom", "service_settings":
        { "secret_parameters": { "api_key": "<some api key>" }, "url":
        "...endpoints.huggingface.cloud/v1/embeddings", "headers": { "Authorization": "Bearer
        ${api_key}", "Content-Type": "application/json" }, "request": "{\\"input\\": ${input}}",
        "response": { "json_parser": { "text_embeddings":"$.data[*].embedding[*]" } } } } ``` To
        replace `${api_key}` the `secret_parameters` and `task_settings` are checked for a key
        named `api_key`.

        > info > Templates should not be surrounded by quotes.

        Pre-defined templates: * `${input}` refers to the array of input strings that comes from
        the `input` field of the subsequent inference requests. * `${input_type}` refers to the
        input type translation values. * `${query}` refers to the query field used specifically
        for reranking tasks. * `${top_n}` refers to the `top_n` field available when performing
        rerank requests. * `${return_documents}` refers to the `return_documents` field
        available when performing rerank requests.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-custom>`_

        :param task_type: The type of the inference task that the model will perform.
        :param custom_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `custom`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `custom` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `sparse_embedding` or `text_embedding` task types. Not applicable to the `rerank` or
            `completion` task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_CUSTOM,
            {
                "task_type": task_type,
                "custom_inference_id": custom_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "body": body,
            },
        )

    def put_deepseek(
        self,
        *,
        task_type: Literal["chat_completion", "completion"],
        deepseek_inference_id: str,
        service: Literal["deepseek"] | None = None,
        service_settings: DeepSeekServiceSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoDeepSeek]:
        """Create a DeepSeek inference endpoint.

        Create an inference endpoint to perform an inference task with the `deepseek` service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-deepseek>`_

        :param task_type: The type of the inference task that the model will perform.
        :param deepseek_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `deepseek`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `deepseek` service.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_DEEPSEEK,
            {
                "task_type": task_type,
                "deepseek_inference_id": deepseek_inference_id,
                "service": service,
                "service_settings": service_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_elasticsearch(
        self,
        *,
        task_type: Literal["rerank", "sparse_embedding", "text_embedding"],
        elasticsearch_inference_id: str,
        service: Literal["elasticsearch"] | None = None,
        service_settings: ElasticsearchServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: ElasticsearchTaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoElasticsearch]:
        """Create an Elasticsearch inference endpoint.

        Create an inference endpoint to perform an inference task with the `elasticsearch`
        service.

        > info > Your Elasticsearch deployment contains preconfigured ELSER and E5 inference
        endpoints, you only need to create the enpoints using the API if you want to customize
        the settings.

        If you use the ELSER or the E5 model through the `elasticsearch` service, the API
        request will automatically download and deploy the model if it isn't downloaded yet.

        > info > You might see a 502 bad gateway error in the response when using the Kibana
        Console. This error usually just reflects a timeout, while the model downloads in the
        background. You can check the download progress in the Machine Learning UI. If using the
        Python client, you can set the timeout parameter to a higher value.

        After creating the endpoint, wait for the model deployment to complete before using it.
        To verify the deployment status, use the get trained model statistics API. Look for
        `"state": "fully_allocated"` in the response and ensure that the `"allocation_count"`
        matches the `"target_allocation_count"`. Avoid creating multiple endpoints for the same
        model unless required, as each endpoint consumes significant resources.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-elasticsearch>`_

        :param task_type: The type of the inference task that the model will perform.
        :param elasticsearch_inference_id: The unique identifier of the inference endpoint. The
            must not match the `model_id`.
        :param service: The type of service supported for the specified task type. In this case,
            `elasticsearch`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `elasticsearch` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`
            task type.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_ELASTICSEARCH,
            {
                "task_type": task_type,
                "elasticsearch_inference_id": elasticsearch_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_elser(
        self,
        *,
        task_type: Literal["sparse_embedding"],
        elser_inference_id: str,
        service: Literal["elser"] | None = None,
        service_settings: ElserServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoELSER]:
        """Create an ELSER inference endpoint.

        Create an inference endpoint to perform an inference task with the `elser` service. You
        can also deploy ELSER by using the Elasticsearch inference integration.

        > info > Your Elasticsearch deployment contains a preconfigured ELSER inference
        endpoint, you only need to create the enpoint using the API if you want to customize the
        settings.

        The API request will automatically download and deploy the ELSER model if it isn't
        already downloaded.

        > info > You might see a 502 bad gateway error in the response when using the Kibana
        Console. This error usually just reflects a timeout, while the model downloads in the
        background. You can check the download progress in the Machine Learning UI. If using the
        Python client, you can set the timeout parameter to a higher value.

        After creating the endpoint, wait for the model deployment to complete before using it.
        To verify the deployment status, use the get trained model statistics API. Look for
        `"state": "fully_allocated"` in the response and ensure that the `"allocation_count"`
        matches the `"target_allocation_count"`. Avoid creating multiple endpoints for the same
        model unless required, as each endpoint consumes significant resources.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-elser>`_

        :param task_type: The type of the inference task that the model will perform.
        :param elser_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `elser`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `elser` service.
        :param chunking_settings: The chunking configuration object. Note that for ELSER
            endpoints, the max_chunk_size may not exceed `300`.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_ELSER,
            {
                "task_type": task_type,
                "elser_inference_id": elser_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_fireworksai(
        self,
        *,
        task_type: Literal["chat_completion", "completion", "text_embedding"],
        fireworksai_inference_id: str,
        service: Literal["fireworksai"] | None = None,
        service_settings: FireworksAIServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: FireworksAITaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoFireworksAI]:
        """Create a Fireworks AI inference endpoint.

        Create an inference endpoint to perform an inference task with the `fireworksai`
        service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-fireworksai>`_

        :param task_type: The type of the inference task that the model will perform.
        :param fireworksai_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `fireworksai`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `fireworksai` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `completion` or `chat_completion`
            task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. Applies only to the
            `completion` or `chat_completion` task types. Not applicable to the `text_embedding`
            task type. These settings are specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_FIREWORKSAI,
            {
                "task_type": task_type,
                "fireworksai_inference_id": fireworksai_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_googleaistudio(
        self,
        *,
        task_type: Literal["completion", "text_embedding"],
        googleaistudio_inference_id: str,
        service: Literal["googleaistudio"] | None = None,
        service_settings: GoogleAiStudioServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoGoogleAIStudio]:
        """Create an Google AI Studio inference endpoint.

        Create an inference endpoint to perform an inference task with the `googleaistudio`
        service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-googleaistudio>`_

        :param task_type: The type of the inference task that the model will perform.
        :param googleaistudio_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `googleaistudio`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `googleaistudio` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `completion` task type.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_GOOGLEAISTUDIO,
            {
                "task_type": task_type,
                "googleaistudio_inference_id": googleaistudio_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_googlevertexai(
        self,
        *,
        task_type: Literal["chat_completion", "completion", "rerank", "text_embedding"],
        googlevertexai_inference_id: str,
        service: Literal["googlevertexai"] | None = None,
        service_settings: GoogleVertexAIServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: GoogleVertexAITaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoGoogleVertexAI]:
        """Create a Google Vertex AI inference endpoint.

        Create an inference endpoint to perform an inference task with the `googlevertexai`
        service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-googlevertexai>`_

        :param task_type: The type of the inference task that the model will perform.
        :param googlevertexai_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `googlevertexai`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `googlevertexai` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `rerank`, `completion`, or
            `chat_completion` task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_GOOGLEVERTEXAI,
            {
                "task_type": task_type,
                "googlevertexai_inference_id": googlevertexai_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_groq(
        self,
        *,
        task_type: Literal["chat_completion"],
        groq_inference_id: str,
        service: Literal["groq"] | None = None,
        service_settings: GroqServiceSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoGroq]:
        """Create a Groq inference endpoint.

        Create an inference endpoint to perform an inference task with the `groq` service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-groq>`_

        :param task_type: The type of the inference task that the model will perform.
        :param groq_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `groq`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `groq` service.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_GROQ,
            {
                "task_type": task_type,
                "groq_inference_id": groq_inference_id,
                "service": service,
                "service_settings": service_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_hugging_face(
        self,
        *,
        task_type: Literal["chat_completion", "completion", "rerank", "text_embedding"],
        huggingface_inference_id: str,
        service: Literal["hugging_face"] | None = None,
        service_settings: HuggingFaceServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: HuggingFaceTaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoHuggingFace]:
        """Create a Hugging Face inference endpoint.

        Create an inference endpoint to perform an inference task with the `hugging_face`
        service. Supported tasks include: `text_embedding`, `completion`, and `chat_completion`.

        To configure the endpoint, first visit the Hugging Face Inference Endpoints page and
        create a new endpoint. Select a model that supports the task you intend to use.

        For Elastic's `text_embedding` task: The selected model must support the `Sentence
        Embeddings` task. On the new endpoint creation page, select the `Sentence Embeddings`
        task under the `Advanced Configuration` section. After the endpoint has initialized,
        copy the generated endpoint URL. Recommended models for `text_embedding` task:

        * `all-MiniLM-L6-v2` * `all-MiniLM-L12-v2` * `all-mpnet-base-v2` * `e5-base-v2` *
        `e5-small-v2` * `multilingual-e5-base` * `multilingual-e5-small`

        For Elastic's `chat_completion` and `completion` tasks: The selected model must support
        the `Text Generation` task and expose OpenAI API. HuggingFace supports both serverless
        and dedicated endpoints for `Text Generation`. When creating dedicated endpoint select
        the `Text Generation` task. After the endpoint is initialized (for dedicated) or ready
        (for serverless), ensure it supports the OpenAI API and includes `/v1/chat/completions`
        part in URL. Then, copy the full endpoint URL for use. Recommended models for
        `chat_completion` and `completion` tasks:

        * `Mistral-7B-Instruct-v0.2` * `QwQ-32B` * `Phi-3-mini-128k-instruct`

        For Elastic's `rerank` task: The selected model must support the `sentence-ranking` task
        and expose OpenAI API. HuggingFace supports only dedicated (not serverless) endpoints
        for `Rerank` so far. After the endpoint is initialized, copy the full endpoint URL for
        use. Tested models for `rerank` task:

        * `bge-reranker-base` * `jina-reranker-v1-turbo-en-GGUF`

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-hugging-face>`_

        :param task_type: The type of the inference task that the model will perform.
        :param huggingface_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `hugging_face`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `hugging_face` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `rerank`, `completion`, or
            `chat_completion` task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_HUGGING_FACE,
            {
                "task_type": task_type,
                "huggingface_inference_id": huggingface_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_jinaai(
        self,
        *,
        task_type: Literal["embedding", "rerank", "text_embedding"],
        jinaai_inference_id: str,
        service: Literal["jinaai"] | None = None,
        service_settings: JinaAIServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: JinaAITaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoJinaAi]:
        """Create an JinaAI inference endpoint.

        Create an inference endpoint to perform an inference task with the `jinaai` service.

        To review the available `rerank` models, refer to <https://jina.ai/reranker>. To review
        the available `embedding` and `text_embedding` models, refer to
        <https://jina.ai/embeddings/>.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-jinaai>`_

        :param task_type: The type of the inference task that the model will perform.
        :param jinaai_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `jinaai`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `jinaai` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `embedding` and text_embedding` task types. Not applicable to the `rerank` task
            type.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_JINAAI,
            {
                "task_type": task_type,
                "jinaai_inference_id": jinaai_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_llama(
        self,
        *,
        task_type: Literal["chat_completion", "completion", "text_embedding"],
        llama_inference_id: str,
        service: Literal["llama"] | None = None,
        service_settings: LlamaServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoLlama]:
        """Create a Llama inference endpoint.

        Create an inference endpoint to perform an inference task with the `llama` service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-llama>`_

        :param task_type: The type of the inference task that the model will perform.
        :param llama_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `llama`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `llama` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `completion` or `chat_completion`
            task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_LLAMA,
            {
                "task_type": task_type,
                "llama_inference_id": llama_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_mistral(
        self,
        *,
        task_type: Literal["chat_completion", "completion", "text_embedding"],
        mistral_inference_id: str,
        service: Literal["mistral"] | None = None,
        service_settings: MistralServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoMistral]:
        """Create a Mistral inference endpoint.

        Create an inference endpoint to perform an inference task with the `mistral` service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-mistral>`_

        :param task_type: The type of the inference task that the model will perform.
        :param mistral_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `mistral`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `mistral` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `completion` or `chat_completion`
            task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_MISTRAL,
            {
                "task_type": task_type,
                "mistral_inference_id": mistral_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_nvidia(
        self,
        *,
        task_type: Literal["chat_completion", "completion", "rerank", "text_embedding"],
        nvidia_inference_id: str,
        service: Literal["nvidia"] | None = None,
        service_settings: NvidiaServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: NvidiaTaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoNvidia]:
        """Create an Nvidia inference endpoint.

        Create an inference endpoint to perform an inference task with the `nvidia` service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-nvidia>`_

        :param task_type: The type of the inference task that the model will perform. NOTE: The
            `chat_completion` task type only supports streaming and only through the _stream
            API.
        :param nvidia_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `nvidia`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `nvidia` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `rerank`, `completion`, or
            `chat_completion` task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. Applies only to the
            `text_embedding` task type. Not applicable to the `rerank`, `completion`, or
            `chat_completion` task types. These settings are specific to the task type you
            specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_NVIDIA,
            {
                "task_type": task_type,
                "nvidia_inference_id": nvidia_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_openai(
        self,
        *,
        task_type: Literal["chat_completion", "completion", "embedding", "text_embedding"],
        openai_inference_id: str,
        service: Literal["openai"] | None = None,
        service_settings: OpenAIServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: OpenAITaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoOpenAI]:
        """Create an OpenAI inference endpoint.

        Create an inference endpoint to perform an inference task with the `openai` service or
        `openai` compatible APIs.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-openai>`_

        :param task_type: The type of the inference task that the model will perform. NOTE: The
            `chat_completion` task type only supports streaming and only through the _stream
            API.
        :param openai_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `openai`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `openai` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `completion` or `chat_completion`
            task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_OPENAI,
            {
                "task_type": task_type,
                "openai_inference_id": openai_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_openshift_ai(
        self,
        *,
        task_type: Literal["chat_completion", "completion", "rerank", "text_embedding"],
        openshiftai_inference_id: str,
        service: Literal["openshift_ai"] | None = None,
        service_settings: OpenShiftAiServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: OpenShiftAiTaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoOpenShiftAi]:
        """Create an OpenShift AI inference endpoint.

        Create an inference endpoint to perform an inference task with the `openshift_ai`
        service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-openshift-ai>`_

        :param task_type: The type of the inference task that the model will perform. NOTE: The
            `chat_completion` task type only supports streaming and only through the _stream
            API.
        :param openshiftai_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `openshift_ai`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `openshift_ai` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `rerank`, `completion`, or
            `chat_completion` task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. Applies only to the
            `rerank` task type. Not applicable to the `text_embedding`, `completion`, or
            `chat_completion` task types. These settings are specific to the task type you
            specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_OPENSHIFT_AI,
            {
                "task_type": task_type,
                "openshiftai_inference_id": openshiftai_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_region_policy(
        self,
        *,
        region_policy: Mapping[str, Any] | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        force: bool | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[RegionPolicyDoc]:
        """Create or update the inference region policy.

        The region policy restricts inference to a set of allowed geographic areas or cloud
        service provider regions.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-region-policy>`_

        :param region_policy: The region policy configuration.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param force: If `true`, the region policy is applied even if it would deny access to
            inference endpoints that are currently in use by ingest pipeline or indices. Server
            default: `false`.
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_REGION_POLICY,
            {
                "region_policy": region_policy,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "force": force,
                "human": human,
                "pretty": pretty,
                "body": body,
            },
        )

    def put_voyageai(
        self,
        *,
        task_type: Literal["rerank", "text_embedding"],
        voyageai_inference_id: str,
        service: Literal["voyageai"] | None = None,
        service_settings: VoyageAIServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: VoyageAITaskSettings | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoVoyageAI]:
        """Create a VoyageAI inference endpoint.

        Create an inference endpoint to perform an inference task with the `voyageai` service.

        Avoid creating multiple endpoints for the same model unless required, as each endpoint
        consumes significant resources.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-voyageai>`_

        :param task_type: The type of the inference task that the model will perform.
        :param voyageai_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `voyageai`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `voyageai` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `rerank` task type.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Settings to configure the inference task. These settings are
            specific to the task type you specified.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_VOYAGEAI,
            {
                "task_type": task_type,
                "voyageai_inference_id": voyageai_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def put_watsonx(
        self,
        *,
        task_type: Literal["chat_completion", "completion", "rerank", "text_embedding"],
        watsonx_inference_id: str,
        service: Literal["watsonxai"] | None = None,
        service_settings: WatsonxServiceSettings | None = None,
        chunking_settings: InferenceChunkingSettings | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfoWatsonx]:
        """Create a Watsonx inference endpoint.

        Create an inference endpoint to perform an inference task with the `watsonxai` service.
        You need an IBM Cloud Databases for Elasticsearch deployment to use the `watsonxai`
        inference service. You can provision one through the IBM catalog, the Cloud Databases
        CLI plug-in, the Cloud Databases API, or Terraform.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-watsonx>`_

        :param task_type: The type of the inference task that the model will perform.
        :param watsonx_inference_id: The unique identifier of the inference endpoint.
        :param service: The type of service supported for the specified task type. In this case,
            `watsonxai`.
        :param service_settings: Settings used to install the inference model. These settings
            are specific to the `watsonxai` service.
        :param chunking_settings: The chunking configuration object. Applies only to the
            `text_embedding` task type. Not applicable to the `rerank`, `completion` or
            `chat_completion` task types.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            created. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_request(
            _ep.PUT_WATSONX,
            {
                "task_type": task_type,
                "watsonx_inference_id": watsonx_inference_id,
                "service": service,
                "service_settings": service_settings,
                "chunking_settings": chunking_settings,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "timeout": timeout,
                "body": body,
            },
        )

    def rerank(
        self,
        *,
        inference_id: str,
        input: str | RerankInputObject | Sequence[str | RerankInputObject] | None = None,
        query: str | RerankInputObject | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        return_documents: bool | None = None,
        task_settings: Mapping[str, Any] | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        top_n: int | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> RerankResponse[RerankedInferenceResult]:
        """Perform reranking inference on the service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference>`_

        :param inference_id: The unique identifier for the inference endpoint.
        :param input: The documents to rank. The input can be specified as a single string or an
            array of strings, or as an object or an array of objects. The object form
            additionally allows specifying non-text inputs, such as images. > info > Only the
            `elastic` service currently supports non-text inputs for the `rerank` task. For all
            other services, the input must be a string or an array of strings. string example:
            ``` "input": "some document text" ``` string array example: ``` "input": ["some
            document text", "some more document text"] ``` object example: ``` "input": {
            "type": "image", "format": "base64", "value": "data:image/jpeg;base64,..." } ```
            object array example: ``` "input": [ { "type": "text", "format": "text", "value":
            "some document text" }, { "type": "image", "format": "base64", "value":
            "data:image/jpeg;base64,..." } ] ```
        :param query: Query input. The query can be specified as a single string, or as an
            object. The object form additionally allows specifying non-text inputs, such as
            images. > info > Only the `elastic` service currently supports non-text queries for
            the `rerank` task. For all other services, the query must be a string. string
            example: ``` "query": "some query text" ``` object example: ``` "query": { "type":
            "image", "format": "base64", "value": "data:image/jpeg;base64,..." } ```
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param return_documents: Include the document text in the response.
        :param task_settings: Task settings for the individual inference request. These settings
            are specific to the task type you specified and override the task settings specified
            when initializing the service.
        :param timeout: The amount of time to wait for the inference request to complete. Server
            default: `30s`.
        :param top_n: Limit the response to the top N documents.
        :param body: The request body, instead of the individual body parameters.
        """
        answer = self._client.perform_request(
            _ep.RERANK,
            {
                "inference_id": inference_id,
                "input": input,
                "query": query,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "return_documents": return_documents,
                "task_settings": task_settings,
                "timeout": timeout,
                "top_n": top_n,
                "body": body,
            },
        )
        return RerankResponse.of(answer)

    def sparse_embedding(
        self,
        *,
        inference_id: str,
        input: str | Sequence[str] | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: Mapping[str, Any] | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> SparseEmbeddingResponse[SparseEmbeddingInferenceResult]:
        """Perform sparse embedding inference on the service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference>`_

        :param inference_id: The inference Id
        :param input: Inference input. Either a string or an array of strings.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Task settings for the individual inference request. These settings
            are specific to the <task_type> you specified and override the task settings
            specified when initializing the service.
        :param timeout: Specifies the amount of time to wait for the inference request to
            complete. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        answer = self._client.perform_request(
            _ep.SPARSE_EMBEDDING,
            {
                "inference_id": inference_id,
                "input": input,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )
        return SparseEmbeddingResponse.of(answer)

    def stream_completion(
        self,
        *,
        inference_id: str,
        input: str | Sequence[str] | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        task_settings: Mapping[str, Any] | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> Stream:
        """Perform streaming completion inference on the service.

        Get real-time responses for completion tasks by delivering answers incrementally,
        reducing response times during computation. This API works only with the completion task
        type.

        The answer is a stream of server-sent events: iterate the returned stream for each chunk
        (`{"completion": [{"delta": "..."}]}`), or call `text()` for the whole completion. Close
        it, or use it as a context manager, to release the connection.

        This API requires the `monitor_inference` cluster privilege (the built-in
        `inference_admin` and `inference_user` roles grant this privilege). elasticsearch-py has
        no method for it.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-stream-completion>`_

        :param inference_id: The unique identifier for the inference endpoint.
        :param input: The text on which you want to perform the inference task. It can be a
            single string or an array. NOTE: Inference endpoints for the completion task type
            currently only support a single string as input.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Task settings for the individual inference request. These settings
            are specific to the <task_type> you specified and override the task settings
            specified when initializing the service.
        :param timeout: The amount of time to wait for the inference request to complete. Server
            default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        return self._client.perform_stream(
            _ep.STREAM_COMPLETION,
            {
                "inference_id": inference_id,
                "input": input,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )

    def text_embedding(
        self,
        *,
        inference_id: str,
        input: str | Sequence[str] | None = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        input_type: str | None = None,
        pretty: bool | None = None,
        task_settings: Mapping[str, Any] | None = None,
        timeout: str | Literal[-1, 0] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> TextEmbeddingResponse[TextEmbeddingInferenceResult]:
        """Perform text embedding inference on the service.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference>`_

        :param inference_id: The inference Id
        :param input: Inference input. Either a string or an array of strings.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param input_type: The input data type for the text embedding model. Possible values
            include: * `SEARCH` * `INGEST` * `CLASSIFICATION` * `CLUSTERING` Not all services
            support all values. Unsupported values will trigger a validation exception. Accepted
            values depend on the configured inference service, refer to the relevant
            service-specific documentation for more info. > info > The `input_type` parameter
            specified on the root level of the request body will take precedence over the
            `input_type` parameter specified in `task_settings`.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param task_settings: Task settings for the individual inference request. These settings
            are specific to the <task_type> you specified and override the task settings
            specified when initializing the service.
        :param timeout: Specifies the amount of time to wait for the inference request to
            complete. Server default: `30s`.
        :param body: The request body, instead of the individual body parameters.
        """
        answer = self._client.perform_request(
            _ep.TEXT_EMBEDDING,
            {
                "inference_id": inference_id,
                "input": input,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "input_type": input_type,
                "pretty": pretty,
                "task_settings": task_settings,
                "timeout": timeout,
                "body": body,
            },
        )
        return TextEmbeddingResponse.of(answer)

    def update(
        self,
        *,
        inference_id: str,
        inference_config: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        task_type: (
            Literal[
                "chat_completion",
                "completion",
                "embedding",
                "rerank",
                "sparse_embedding",
                "text_embedding",
            ]
            | None
        ) = None,
        error_trace: bool | None = None,
        filter_path: str | Sequence[str] | None = None,
        human: bool | None = None,
        pretty: bool | None = None,
        timeout: str | Literal[-1, 0] | None = None,
    ) -> ObjectApiResponse[InferenceEndpointInfo]:
        """Update an inference endpoint.

        Modify `task_settings`, secrets (within `service_settings`), or `num_allocations` for an
        inference endpoint, depending on the specific endpoint service and `task_type`.

        IMPORTANT: The inference APIs enable you to use certain services, such as built-in
        machine learning models (ELSER, E5), models uploaded through Eland, Cohere, OpenAI,
        Azure, Google AI Studio, Google Vertex AI, Anthropic, Watsonx.ai, or Hugging Face. For
        built-in models and models uploaded through Eland, the inference APIs offer an
        alternative way to use and manage trained models. However, if you do not plan to use the
        inference APIs to use these models or if you want to use non-NLP models, use the machine
        learning trained model APIs.

        `<https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-update>`_

        :param inference_id: The unique identifier of the inference endpoint.
        :param inference_config:
        :param body: The request body: an alias of ``inference_config``.
        :param task_type: The type of inference task that the model performs.
        :param error_trace: When true, Elasticsearch includes the error's stack trace in the
            response.
        :param filter_path: Comma-separated list of filters used to reduce the response (a
            string or a list of strings).
        :param human: When true, human-readable values such as sizes and durations are returned.
        :param pretty: When true, the returned JSON is pretty-printed.
        :param timeout: Specifies the amount of time to wait for the inference endpoint to be
            updated. The default depends on the task type: 120s for `completion` and
            `chat_completion`, and 30s for all other task types.
        """
        return self._client.perform_request(
            _ep.UPDATE,
            {
                "inference_id": inference_id,
                "inference_config": inference_config,
                "body": body,
                "task_type": task_type,
                "error_trace": error_trace,
                "filter_path": filter_path,
                "human": human,
                "pretty": pretty,
                "timeout": timeout,
            },
        )
