# Generated from spec/ (sha256 55ca75ddc6ff28bc) by codegen: do not edit.
# Change spec/ or templates/ and run `make generate`.
"""The endpoint subcommands of the ``esinference`` command line: one per endpoint of spec/endpoints.

``esinference.cli`` builds an argparse subcommand from each entry; every option is one keyword
argument of the method of the same name on ``Client.inference``.
"""

from __future__ import annotations

from ..cli._spec import Command, Option

COMMANDS: tuple[Command, ...] = (
    Command(
        name="chat-completion-unified",
        method="chat_completion_unified",
        summary="Perform chat completion inference on the service.",
        description=(
            "Perform chat completion inference on the service.\n"
            "\n"
            "The chat completion inference API enables real-time responses for chat\n"
            "completion tasks by delivering answers incrementally, reducing response\n"
            "times during computation. It only works with the `chat_completion` task\n"
            "type for `openai` and `elastic` inference services, and the services\n"
            "that support it (see the service-specific `put_*` methods).\n"
            "\n"
            "The answer is a stream of server-sent events: iterate the returned\n"
            'stream for each OpenAI-style chunk (`{"choices": [{"delta": {"content":\n'
            '"..."}}], ...}`), or call `text()` for the whole message. Close it, or\n'
            "use it as a context manager, to release the connection. elasticsearch-py\n"
            "has no method for it.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-unified-inference"
        ),
        streaming=True,
        options=(
            Option("--inference-id", "inference_id", "str", required=True, help="The inference Id"),
            Option(
                "--messages",
                "messages",
                "json_list",
                help=(
                    "A list of objects representing the conversation. Requests should generally "
                    "only add new messages from the user (role `user`). The other message roles "
                    "(`assistant`, `system`, or `tool`) should generally only be copied from the "
                    "response to a previous completion request, such that the messages array is "
                    "built up throughout a conversation."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--max-completion-tokens",
                "max_completion_tokens",
                "int",
                help=(
                    "The upper bound limit for the number of tokens that can be generated for a "
                    "completion request."
                ),
            ),
            Option(
                "--model",
                "model",
                "str",
                help=(
                    "The ID of the model to use. By default, the model ID is set to the value "
                    "included when creating the inference endpoint."
                ),
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--reasoning",
                "reasoning",
                "json_object",
                help=(
                    "The reasoning configuration for the completion request. This controls the "
                    "model's reasoning process in one of two ways: * By specifying the model’s "
                    "reasoning effort level with the `effort` field. * By enabling reasoning "
                    "with default settings by setting `enabled` field to `true`. It also "
                    "includes optional settings to control: * The level of detail in the summary "
                    "returned in the response with the `summary` field. * Whether reasoning "
                    "details are included in the response at all with the `exclude` field. "
                    'Example (effort): ``` { "reasoning": { "effort": "high", "summary": '
                    '"concise", "exclude": false } } ``` Example (enabled): ``` { "reasoning": { '
                    '"enabled": true, "summary": "concise", "exclude": false } } ``` Currently '
                    "supported only for `elastic` provider."
                ),
            ),
            Option(
                "--stop",
                "stop",
                "list_str",
                help=(
                    "A sequence of strings to control when the model should stop generating "
                    "additional tokens."
                ),
            ),
            Option(
                "--temperature", "temperature", "float", help="The sampling temperature to use."
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference request to complete."
                ),
            ),
            Option(
                "--tool-choice",
                "tool_choice",
                "json_any",
                help=(
                    "Controls which tool is called by the model. String representation: One of "
                    "`auto`, `none`, or `requrired`. `auto` allows the model to choose between "
                    "calling tools and generating a message. `none` causes the model to not call "
                    "any tools. `required` forces the model to call one or more tools. Example "
                    '(object representation): ``` { "tool_choice": { "type": "function", '
                    '"function": { "name": "get_current_weather" } } } ```'
                ),
            ),
            Option(
                "--tools",
                "tools",
                "json_list",
                help=(
                    'A list of tools that the model can call. Example: ``` { "tools": [ { '
                    '"type": "function", "function": { "name": "get_price_of_item", '
                    '"description": "Get the current price of an item", "parameters": { "type": '
                    '"object", "properties": { "item": { "id": "12345" }, "unit": { "type": '
                    '"currency" } } } } } ] } ```'
                ),
            ),
            Option(
                "--top-p",
                "top_p",
                "float",
                help="Nucleus sampling, an alternative to sampling with temperature.",
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="completion",
        method="completion",
        summary="Perform completion inference on the service.",
        description=(
            "Perform completion inference on the service.\n"
            "\n"
            "Get responses for completion tasks. This API works only with the\n"
            "completion task type.\n"
            "\n"
            "IMPORTANT: The inference APIs enable you to use certain services, such\n"
            "as built-in machine learning models (ELSER, E5), models uploaded through\n"
            "Eland, Cohere, OpenAI, Azure, Google AI Studio, Google Vertex AI,\n"
            "Anthropic, Watsonx.ai, or Hugging Face. For built-in models and models\n"
            "uploaded through Eland, the inference APIs offer an alternative way to\n"
            "use and manage trained models. However, if you do not plan to use the\n"
            "inference APIs to use these models or if you want to use non-NLP models,\n"
            "use the machine learning trained model APIs.\n"
            "\n"
            "This API requires the `monitor_inference` cluster privilege (the built-\n"
            "in `inference_admin` and `inference_user` roles grant this privilege).\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference"
        ),
        streaming=False,
        options=(
            Option("--inference-id", "inference_id", "str", required=True, help="The inference Id"),
            Option(
                "--input",
                "input",
                "str_list",
                help="Inference input. Either a string or an array of strings.",
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Task settings for the individual inference request. These settings are "
                    "specific to the <task_type> you specified and override the task settings "
                    "specified when initializing the service."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference request to complete."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="delete",
        method="delete",
        summary="Delete an inference endpoint.",
        description=(
            "Delete an inference endpoint.\n"
            "\n"
            "This API requires the manage_inference cluster privilege (the built-in\n"
            "`inference_admin` role grants this privilege).\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-delete"
        ),
        streaming=False,
        options=(
            Option(
                "--inference-id",
                "inference_id",
                "str",
                required=True,
                help="The inference identifier.",
            ),
            Option(
                "--task-type",
                "task_type",
                "choice",
                choices=(
                    "chat_completion",
                    "completion",
                    "embedding",
                    "rerank",
                    "sparse_embedding",
                    "text_embedding",
                ),
                help="The task type",
            ),
            Option(
                "--dry-run",
                "dry_run",
                "bool",
                help=(
                    "When true, checks the semantic_text fields and inference processors that "
                    "reference the endpoint and returns them in a list, but does not delete the "
                    "endpoint."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--force",
                "force",
                "bool",
                help=(
                    "When true, the inference endpoint is forcefully deleted even if it is still "
                    "being used by ingest processors or semantic text fields."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
        ),
    ),
    Command(
        name="delete-region-policy",
        method="delete_region_policy",
        summary="Delete the inference region policy.",
        description=(
            "Delete the inference region policy.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-delete-region-policy"
        ),
        streaming=False,
        options=(
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
        ),
    ),
    Command(
        name="embedding",
        method="embedding",
        summary="Perform dense embedding inference on the service.",
        description=(
            "Perform dense embedding inference on the service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference"
        ),
        streaming=False,
        options=(
            Option("--inference-id", "inference_id", "str", required=True, help="The inference Id"),
            Option("--embedding", "embedding", "json_object", help=""),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference request to complete."
                ),
            ),
        ),
    ),
    Command(
        name="get",
        method="get",
        summary="Get an inference endpoint.",
        description=(
            "Get an inference endpoint.\n"
            "\n"
            "This API requires the `monitor_inference` cluster privilege (the built-\n"
            "in `inference_admin` and `inference_user` roles grant this privilege).\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-get"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                choices=(
                    "chat_completion",
                    "completion",
                    "embedding",
                    "rerank",
                    "sparse_embedding",
                    "text_embedding",
                ),
                help="The task type of the endpoint to return",
            ),
            Option(
                "--inference-id",
                "inference_id",
                "str",
                help=(
                    "The inference Id of the endpoint to return. Using `_all` or `*` will return "
                    "all endpoints with the specified `task_type` if one is specified, or all "
                    "endpoints for all task types if no `task_type` is specified"
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
        ),
    ),
    Command(
        name="get-region-policy",
        method="get_region_policy",
        summary="Get the inference region policy.",
        description=(
            "Get the inference region policy.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-get-region-policy"
        ),
        streaming=False,
        options=(
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
        ),
    ),
    Command(
        name="inference",
        method="inference",
        summary="Perform inference on the service.",
        description=(
            "Perform inference on the service.\n"
            "\n"
            "This API enables you to use machine learning models to perform specific\n"
            "tasks on data that you provide as an input. It returns a response with\n"
            "the results of the tasks. The inference endpoint you use can perform one\n"
            "specific task that has been defined when the endpoint was created with\n"
            "the create inference API.\n"
            "\n"
            "For details about using this API with a service, such as Amazon Bedrock,\n"
            "Anthropic, or HuggingFace, refer to the service-specific documentation.\n"
            "\n"
            "> info > The inference APIs enable you to use certain services, such as\n"
            "built-in machine learning models (ELSER, E5), models uploaded through\n"
            "Eland, Cohere, OpenAI, Azure, Google AI Studio, Google Vertex AI,\n"
            "Anthropic, Watsonx.ai, or Hugging Face. For built-in models and models\n"
            "uploaded through Eland, the inference APIs offer an alternative way to\n"
            "use and manage trained models. However, if you do not plan to use the\n"
            "inference APIs to use these models or if you want to use non-NLP models,\n"
            "use the machine learning trained model APIs.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference"
        ),
        streaming=False,
        options=(
            Option(
                "--inference-id",
                "inference_id",
                "str",
                required=True,
                help="The unique identifier for the inference endpoint.",
            ),
            Option(
                "--input",
                "input",
                "str_list",
                help=(
                    "The text on which you want to perform the inference task. It can be a "
                    "single string or an array. > info > Inference endpoints for the "
                    "`completion` task type currently only support a single string as input."
                ),
            ),
            Option(
                "--task-type",
                "task_type",
                "choice",
                choices=(
                    "chat_completion",
                    "completion",
                    "embedding",
                    "rerank",
                    "sparse_embedding",
                    "text_embedding",
                ),
                help="The type of inference task that the model performs.",
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--input-type",
                "input_type",
                "str",
                help=(
                    "Specifies the input data type for the embedding model. The `input_type` "
                    "parameter only applies to Inference Endpoints with the `embedding` or "
                    "`text_embedding` task type. Possible values include: * `SEARCH` * `INGEST` "
                    "* `CLASSIFICATION` * `CLUSTERING` Not all services support all values. "
                    "Unsupported values will trigger a validation exception. Accepted values "
                    "depend on the configured inference service, refer to the relevant "
                    "service-specific documentation for more info. > info > The `input_type` "
                    "parameter specified on the root level of the request body will take "
                    "precedence over the `input_type` parameter specified in `task_settings`."
                ),
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--query",
                "query",
                "str",
                help=(
                    "The query input, which is required only for the `rerank` task. It is not "
                    "required for other tasks."
                ),
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Task settings for the individual inference request. These settings are "
                    "specific to the task type you specified and override the task settings "
                    "specified when initializing the service."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help="The amount of time to wait for the inference request to complete.",
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put",
        method="put",
        summary="Create an inference endpoint.",
        description=(
            "Create an inference endpoint.\n"
            "\n"
            "IMPORTANT: The inference APIs enable you to use certain services, such\n"
            "as built-in machine learning models (ELSER, E5), models uploaded through\n"
            "Eland, Cohere, OpenAI, Mistral, Azure OpenAI, Google AI Studio, Google\n"
            "Vertex AI, Anthropic, Watsonx.ai, or Hugging Face. For built-in models\n"
            "and models uploaded through Eland, the inference APIs offer an\n"
            "alternative way to use and manage trained models. However, if you do not\n"
            "plan to use the inference APIs to use these models or if you want to use\n"
            "non-NLP models, use the machine learning trained model APIs.\n"
            "\n"
            "The following integrations are available through the inference API. You\n"
            "can find the available task types next to the integration name: * AI21\n"
            "(`chat_completion`, `completion`) * AlibabaCloud AI Search\n"
            "(`completion`, `rerank`, `sparse_embedding`, `text_embedding`) * Amazon\n"
            "Bedrock (`chat_completion`, `completion`, `text_embedding`) * Amazon\n"
            "SageMaker (`chat_completion`, `completion`, `rerank`,\n"
            "`sparse_embedding`, `text_embedding`) * Anthropic (`chat_completion`,\n"
            "`completion`) * Azure AI Studio (`completion`, `rerank`,\n"
            "`text_embedding`) * Azure OpenAI (`chat_completion`, `completion`,\n"
            "`text_embedding`) * Cohere (`completion`, `rerank`, `text_embedding`) *\n"
            "DeepSeek (`chat_completion`, `completion`) * Elasticsearch (`rerank`,\n"
            "`sparse_embedding`, `text_embedding` - this service is for built-in\n"
            "models and models uploaded through Eland) * ELSER (`sparse_embedding`) *\n"
            "Fireworks AI (`chat_completion`, `completion`, `text_embedding`) *\n"
            "Google AI Studio (`completion`, `text_embedding`) * Google Vertex AI\n"
            "(`chat_completion`, `completion`, `rerank`, `text_embedding`) * Groq\n"
            "(`chat_completion`) * Hugging Face (`chat_completion`, `completion`,\n"
            "`rerank`, `text_embedding`) * JinaAI (`embedding`, `rerank`,\n"
            "`text_embedding`) * Llama (`chat_completion`, `completion`,\n"
            "`text_embedding`) * Mistral (`chat_completion`, `completion`,\n"
            "`text_embedding`) * Nvidia (`chat_completion`, `completion`,\n"
            "`text_embedding`, `rerank`) * OpenAI (`chat_completion`, `completion`,\n"
            "`text_embedding`) * OpenShift AI (`chat_completion`, `completion`,\n"
            "`rerank`, `text_embedding`) * VoyageAI (`rerank`, `text_embedding`) *\n"
            "Watsonx (`chat_completion`, `completion`, `rerank`, `text_embedding`)\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put"
        ),
        streaming=False,
        options=(
            Option("--inference-id", "inference_id", "str", required=True, help="The inference Id"),
            Option("--inference-config", "inference_config", "json_object", help=""),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
            Option(
                "--task-type",
                "task_type",
                "choice",
                choices=(
                    "chat_completion",
                    "completion",
                    "embedding",
                    "rerank",
                    "sparse_embedding",
                    "text_embedding",
                ),
                help=(
                    "The task type. Refer to the integration list in the API description for the "
                    "available task types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created. The default depends on the task type: 120s for `completion` and "
                    "`chat_completion`, and 30s for all other task types."
                ),
            ),
        ),
    ),
    Command(
        name="put-ai21",
        method="put_ai21",
        summary="Create a AI21 inference endpoint.",
        description=(
            "Create a AI21 inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`ai21` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-ai21"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--ai21-inference-id",
                "ai21_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("ai21",),
                default="ai21",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`ai21`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `ai21` service."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-alibabacloud",
        method="put_alibabacloud",
        summary="Create an AlibabaCloud AI Search inference endpoint.",
        description=(
            "Create an AlibabaCloud AI Search inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`alibabacloud-ai-search` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-alibabacloud"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("completion", "rerank", "sparse_embedding", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--alibabacloud-inference-id",
                "alibabacloud_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("alibabacloud-ai-search",),
                default="alibabacloud-ai-search",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`alibabacloud-ai-search`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `alibabacloud-ai-search` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `sparse_embedding` "
                    "or `text_embedding` task types. Not applicable to the `rerank` or "
                    "`completion` task types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-amazonbedrock",
        method="put_amazonbedrock",
        summary="Create an Amazon Bedrock inference endpoint.",
        description=(
            "Create an Amazon Bedrock inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`amazonbedrock` service.\n"
            "\n"
            ">info > You need to provide the access and secret keys only once, during\n"
            "the inference model creation. The get inference API does not retrieve\n"
            "your access or secret keys. After creating the inference model, you\n"
            "cannot change the associated key pairs. If you want to use a different\n"
            "access and secret key pair, delete the inference model and recreate it\n"
            "with the same name and the updated keys.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-amazonbedrock"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--amazonbedrock-inference-id",
                "amazonbedrock_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("amazonbedrock",),
                default="amazonbedrock",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`amazonbedrock`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `amazonbedrock` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `chat_completion` and `completion` task "
                    "types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-amazonsagemaker",
        method="put_amazonsagemaker",
        summary="Create an Amazon SageMaker inference endpoint.",
        description=(
            "Create an Amazon SageMaker inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`amazon_sagemaker` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-amazonsagemaker"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=(
                    "chat_completion",
                    "completion",
                    "rerank",
                    "sparse_embedding",
                    "text_embedding",
                ),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--amazonsagemaker-inference-id",
                "amazonsagemaker_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("amazon_sagemaker",),
                default="amazon_sagemaker",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`amazon_sagemaker`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `amazon_sagemaker` service and `service_settings.api` you specified."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `sparse_embedding` "
                    "or `text_embedding` task types. Not applicable to the `rerank`, "
                    "`completion`, or `chat_completion` task types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type and `service_settings.api` you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-anthropic",
        method="put_anthropic",
        summary="Create an Anthropic inference endpoint.",
        description=(
            "Create an Anthropic inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`anthropic` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-anthropic"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion"),
                help=(
                    "The task type. The valid task types for the model to perform are "
                    "`completion` and `chat_completion`. NOTE: The `chat_completion` task type "
                    "only supports streaming and only through the _stream API."
                ),
            ),
            Option(
                "--anthropic-inference-id",
                "anthropic_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("anthropic",),
                default="anthropic",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`anthropic`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `anthropic` service."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-azureaistudio",
        method="put_azureaistudio",
        summary="Create an Azure AI studio inference endpoint.",
        description=(
            "Create an Azure AI studio inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`azureaistudio` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-azureaistudio"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("completion", "rerank", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--azureaistudio-inference-id",
                "azureaistudio_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("azureaistudio",),
                default="azureaistudio",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`azureaistudio`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `azureaistudio` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `rerank` or `completion` task types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-azureopenai",
        method="put_azureopenai",
        summary="Create an Azure OpenAI inference endpoint.",
        description=(
            "Create an Azure OpenAI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`azureopenai` service.\n"
            "\n"
            "The list of chat completion models that you can choose from in your\n"
            "Azure OpenAI deployment include:\n"
            "\n"
            "* [GPT-4 and GPT-4 Turbo models](https://learn.microsoft.com/en-\n"
            "us/azure/ai-services/openai/concepts/models?tabs=global-\n"
            "standard%2Cstandard-chat-completions#gpt-4-and-gpt-4-turbo-models) *\n"
            "[GPT-3.5](https://learn.microsoft.com/en-us/azure/ai-\n"
            "services/openai/concepts/models?tabs=global-standard%2Cstandard-chat-\n"
            "completions#gpt-35)\n"
            "\n"
            "The list of embeddings models that you can choose from in your\n"
            "deployment can be found in the [Azure models\n"
            "documentation](https://learn.microsoft.com/en-us/azure/ai-\n"
            "services/openai/concepts/models?tabs=global-standard%2Cstandard-chat-\n"
            "completions#embeddings).\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-azureopenai"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion", "text_embedding"),
                help=(
                    "The type of the inference task that the model will perform. NOTE: The "
                    "`chat_completion` task type only supports streaming and only through the "
                    "_stream API."
                ),
            ),
            Option(
                "--azureopenai-inference-id",
                "azureopenai_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("azureopenai",),
                default="azureopenai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`azureopenai`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `azureopenai` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `completion` and `chat_completion` task "
                    "types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-cohere",
        method="put_cohere",
        summary="Create a Cohere inference endpoint.",
        description=(
            "Create a Cohere inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`cohere` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-cohere"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("completion", "rerank", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--cohere-inference-id",
                "cohere_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("cohere",),
                default="cohere",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`cohere`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `cohere` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `rerank` or `completion` task type."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-contextualai",
        method="put_contextualai",
        summary="Create an Contextual AI inference endpoint.",
        description=(
            "Create an Contextual AI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`contexualai` service.\n"
            "\n"
            "To review the available `rerank` models, refer to\n"
            "<https://docs.contextual.ai/api-reference/rerank/rerank#body-model>.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-contextualai"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                choices=("rerank",),
                default="rerank",
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--contextualai-inference-id",
                "contextualai_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("contextualai",),
                default="contextualai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`contextualai`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `contextualai` service."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-custom",
        method="put_custom",
        summary="Create a custom inference endpoint.",
        description=(
            "Create a custom inference endpoint.\n"
            "\n"
            "The custom service gives more control over how to interact with external\n"
            "inference services that aren't explicitly supported through dedicated\n"
            "integrations. The custom service gives you the ability to define the\n"
            "headers, url, query parameters, request body, and secrets. The custom\n"
            "service supports the template replacement functionality, which enables\n"
            "you to define a template that can be replaced with the value associated\n"
            "with that key. Templates are portions of a string that start with `${`\n"
            "and end with `}`. The parameters `secret_parameters` and `task_settings`\n"
            "are checked for keys for template replacement. Template replacement is\n"
            "supported in the `request`, `headers`, `url`, and `query_parameters`. If\n"
            "the definition (key) is not found for a template, an error message is\n"
            "returned. In case of an endpoint definition like the following: ``` PUT\n"
            '_inference/text_embedding/test-text-embedding { "service": "custom",\n'
            '"service_settings": { "secret_parameters": { "api_key": "<some api key>"\n'
            '}, "url": "...endpoints.huggingface.cloud/v1/embeddings", "headers": {\n'
            '"Authorization": "Bearer ${api_key}", "Content-Type": "application/json"\n'
            '}, "request": "{\\"input\\": ${input}}", "response": { "json_parser": {\n'
            '"text_embeddings":"$.data[*].embedding[*]" } } } } ``` To replace\n'
            "`${api_key}` the `secret_parameters` and `task_settings` are checked for\n"
            "a key named `api_key`.\n"
            "\n"
            "> info > Templates should not be surrounded by quotes.\n"
            "\n"
            "Pre-defined templates: * `${input}` refers to the array of input strings\n"
            "that comes from the `input` field of the subsequent inference requests.\n"
            "* `${input_type}` refers to the input type translation values. *\n"
            "`${query}` refers to the query field used specifically for reranking\n"
            "tasks. * `${top_n}` refers to the `top_n` field available when\n"
            "performing rerank requests. * `${return_documents}` refers to the\n"
            "`return_documents` field available when performing rerank requests.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-custom"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("completion", "rerank", "sparse_embedding", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--custom-inference-id",
                "custom_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("custom",),
                default="custom",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`custom`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `custom` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `sparse_embedding` "
                    "or `text_embedding` task types. Not applicable to the `rerank` or "
                    "`completion` task types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-deepseek",
        method="put_deepseek",
        summary="Create a DeepSeek inference endpoint.",
        description=(
            "Create a DeepSeek inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`deepseek` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-deepseek"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--deepseek-inference-id",
                "deepseek_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("deepseek",),
                default="deepseek",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`deepseek`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `deepseek` service."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-elasticsearch",
        method="put_elasticsearch",
        summary="Create an Elasticsearch inference endpoint.",
        description=(
            "Create an Elasticsearch inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`elasticsearch` service.\n"
            "\n"
            "> info > Your Elasticsearch deployment contains preconfigured ELSER and\n"
            "E5 inference endpoints, you only need to create the enpoints using the\n"
            "API if you want to customize the settings.\n"
            "\n"
            "If you use the ELSER or the E5 model through the `elasticsearch`\n"
            "service, the API request will automatically download and deploy the\n"
            "model if it isn't downloaded yet.\n"
            "\n"
            "> info > You might see a 502 bad gateway error in the response when\n"
            "using the Kibana Console. This error usually just reflects a timeout,\n"
            "while the model downloads in the background. You can check the download\n"
            "progress in the Machine Learning UI. If using the Python client, you can\n"
            "set the timeout parameter to a higher value.\n"
            "\n"
            "After creating the endpoint, wait for the model deployment to complete\n"
            "before using it. To verify the deployment status, use the get trained\n"
            'model statistics API. Look for `"state": "fully_allocated"` in the\n'
            'response and ensure that the `"allocation_count"` matches the\n'
            '`"target_allocation_count"`. Avoid creating multiple endpoints for the\n'
            "same model unless required, as each endpoint consumes significant\n"
            "resources.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-elasticsearch"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("rerank", "sparse_embedding", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--elasticsearch-inference-id",
                "elasticsearch_inference_id",
                "str",
                required=True,
                help=(
                    "The unique identifier of the inference endpoint. The must not match the "
                    "`model_id`."
                ),
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("elasticsearch",),
                default="elasticsearch",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`elasticsearch`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `elasticsearch` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `sparse_embedding` "
                    "and `text_embedding` task types. Not applicable to the `rerank` task type."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-elser",
        method="put_elser",
        summary="Create an ELSER inference endpoint.",
        description=(
            "Create an ELSER inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`elser` service. You can also deploy ELSER by using the Elasticsearch\n"
            "inference integration.\n"
            "\n"
            "> info > Your Elasticsearch deployment contains a preconfigured ELSER\n"
            "inference endpoint, you only need to create the enpoint using the API if\n"
            "you want to customize the settings.\n"
            "\n"
            "The API request will automatically download and deploy the ELSER model\n"
            "if it isn't already downloaded.\n"
            "\n"
            "> info > You might see a 502 bad gateway error in the response when\n"
            "using the Kibana Console. This error usually just reflects a timeout,\n"
            "while the model downloads in the background. You can check the download\n"
            "progress in the Machine Learning UI. If using the Python client, you can\n"
            "set the timeout parameter to a higher value.\n"
            "\n"
            "After creating the endpoint, wait for the model deployment to complete\n"
            "before using it. To verify the deployment status, use the get trained\n"
            'model statistics API. Look for `"state": "fully_allocated"` in the\n'
            'response and ensure that the `"allocation_count"` matches the\n'
            '`"target_allocation_count"`. Avoid creating multiple endpoints for the\n'
            "same model unless required, as each endpoint consumes significant\n"
            "resources.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-elser"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                choices=("sparse_embedding",),
                default="sparse_embedding",
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--elser-inference-id",
                "elser_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("elser",),
                default="elser",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`elser`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `elser` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Note that for ELSER endpoints, the "
                    "max_chunk_size may not exceed `300`."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-fireworksai",
        method="put_fireworksai",
        summary="Create a Fireworks AI inference endpoint.",
        description=(
            "Create a Fireworks AI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`fireworksai` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-fireworksai"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--fireworksai-inference-id",
                "fireworksai_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("fireworksai",),
                default="fireworksai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`fireworksai`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `fireworksai` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `completion` or `chat_completion` task "
                    "types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. Applies only to the `completion` "
                    "or `chat_completion` task types. Not applicable to the `text_embedding` "
                    "task type. These settings are specific to the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-googleaistudio",
        method="put_googleaistudio",
        summary="Create an Google AI Studio inference endpoint.",
        description=(
            "Create an Google AI Studio inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`googleaistudio` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-googleaistudio"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("completion", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--googleaistudio-inference-id",
                "googleaistudio_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("googleaistudio",),
                default="googleaistudio",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`googleaistudio`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `googleaistudio` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `completion` task type."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-googlevertexai",
        method="put_googlevertexai",
        summary="Create a Google Vertex AI inference endpoint.",
        description=(
            "Create a Google Vertex AI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`googlevertexai` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-googlevertexai"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion", "rerank", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--googlevertexai-inference-id",
                "googlevertexai_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("googlevertexai",),
                default="googlevertexai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`googlevertexai`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `googlevertexai` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `rerank`, `completion`, or "
                    "`chat_completion` task types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-groq",
        method="put_groq",
        summary="Create a Groq inference endpoint.",
        description=(
            "Create a Groq inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`groq` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-groq"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                choices=("chat_completion",),
                default="chat_completion",
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--groq-inference-id",
                "groq_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("groq",),
                default="groq",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`groq`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `groq` service."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-hugging-face",
        method="put_hugging_face",
        summary="Create a Hugging Face inference endpoint.",
        description=(
            "Create a Hugging Face inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`hugging_face` service. Supported tasks include: `text_embedding`,\n"
            "`completion`, and `chat_completion`.\n"
            "\n"
            "To configure the endpoint, first visit the Hugging Face Inference\n"
            "Endpoints page and create a new endpoint. Select a model that supports\n"
            "the task you intend to use.\n"
            "\n"
            "For Elastic's `text_embedding` task: The selected model must support the\n"
            "`Sentence Embeddings` task. On the new endpoint creation page, select\n"
            "the `Sentence Embeddings` task under the `Advanced Configuration`\n"
            "section. After the endpoint has initialized, copy the generated endpoint\n"
            "URL. Recommended models for `text_embedding` task:\n"
            "\n"
            "* `all-MiniLM-L6-v2` * `all-MiniLM-L12-v2` * `all-mpnet-base-v2` *\n"
            "`e5-base-v2` * `e5-small-v2` * `multilingual-e5-base` *\n"
            "`multilingual-e5-small`\n"
            "\n"
            "For Elastic's `chat_completion` and `completion` tasks: The selected\n"
            "model must support the `Text Generation` task and expose OpenAI API.\n"
            "HuggingFace supports both serverless and dedicated endpoints for `Text\n"
            "Generation`. When creating dedicated endpoint select the `Text\n"
            "Generation` task. After the endpoint is initialized (for dedicated) or\n"
            "ready (for serverless), ensure it supports the OpenAI API and includes\n"
            "`/v1/chat/completions` part in URL. Then, copy the full endpoint URL for\n"
            "use. Recommended models for `chat_completion` and `completion` tasks:\n"
            "\n"
            "* `Mistral-7B-Instruct-v0.2` * `QwQ-32B` * `Phi-3-mini-128k-instruct`\n"
            "\n"
            "For Elastic's `rerank` task: The selected model must support the\n"
            "`sentence-ranking` task and expose OpenAI API. HuggingFace supports only\n"
            "dedicated (not serverless) endpoints for `Rerank` so far. After the\n"
            "endpoint is initialized, copy the full endpoint URL for use. Tested\n"
            "models for `rerank` task:\n"
            "\n"
            "* `bge-reranker-base` * `jina-reranker-v1-turbo-en-GGUF`\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-hugging-face"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion", "rerank", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--huggingface-inference-id",
                "huggingface_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("hugging_face",),
                default="hugging_face",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`hugging_face`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `hugging_face` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `rerank`, `completion`, or "
                    "`chat_completion` task types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-jinaai",
        method="put_jinaai",
        summary="Create an JinaAI inference endpoint.",
        description=(
            "Create an JinaAI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`jinaai` service.\n"
            "\n"
            "To review the available `rerank` models, refer to\n"
            "<https://jina.ai/reranker>. To review the available `embedding` and\n"
            "`text_embedding` models, refer to <https://jina.ai/embeddings/>.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-jinaai"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("embedding", "rerank", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--jinaai-inference-id",
                "jinaai_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("jinaai",),
                default="jinaai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`jinaai`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `jinaai` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `embedding` and "
                    "text_embedding` task types. Not applicable to the `rerank` task type."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-llama",
        method="put_llama",
        summary="Create a Llama inference endpoint.",
        description=(
            "Create a Llama inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`llama` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-llama"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--llama-inference-id",
                "llama_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("llama",),
                default="llama",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`llama`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `llama` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `completion` or `chat_completion` task "
                    "types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-mistral",
        method="put_mistral",
        summary="Create a Mistral inference endpoint.",
        description=(
            "Create a Mistral inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`mistral` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-mistral"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--mistral-inference-id",
                "mistral_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("mistral",),
                default="mistral",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`mistral`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `mistral` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `completion` or `chat_completion` task "
                    "types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-nvidia",
        method="put_nvidia",
        summary="Create an Nvidia inference endpoint.",
        description=(
            "Create an Nvidia inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`nvidia` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-nvidia"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion", "rerank", "text_embedding"),
                help=(
                    "The type of the inference task that the model will perform. NOTE: The "
                    "`chat_completion` task type only supports streaming and only through the "
                    "_stream API."
                ),
            ),
            Option(
                "--nvidia-inference-id",
                "nvidia_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("nvidia",),
                default="nvidia",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`nvidia`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `nvidia` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `rerank`, `completion`, or "
                    "`chat_completion` task types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. Applies only to the "
                    "`text_embedding` task type. Not applicable to the `rerank`, `completion`, "
                    "or `chat_completion` task types. These settings are specific to the task "
                    "type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-openai",
        method="put_openai",
        summary="Create an OpenAI inference endpoint.",
        description=(
            "Create an OpenAI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`openai` service or `openai` compatible APIs.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-openai"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion", "embedding", "text_embedding"),
                help=(
                    "The type of the inference task that the model will perform. NOTE: The "
                    "`chat_completion` task type only supports streaming and only through the "
                    "_stream API."
                ),
            ),
            Option(
                "--openai-inference-id",
                "openai_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("openai",),
                default="openai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`openai`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `openai` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `completion` or `chat_completion` task "
                    "types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-openshift-ai",
        method="put_openshift_ai",
        summary="Create an OpenShift AI inference endpoint.",
        description=(
            "Create an OpenShift AI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`openshift_ai` service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-openshift-ai"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion", "rerank", "text_embedding"),
                help=(
                    "The type of the inference task that the model will perform. NOTE: The "
                    "`chat_completion` task type only supports streaming and only through the "
                    "_stream API."
                ),
            ),
            Option(
                "--openshiftai-inference-id",
                "openshiftai_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("openshift_ai",),
                default="openshift_ai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`openshift_ai`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `openshift_ai` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `rerank`, `completion`, or "
                    "`chat_completion` task types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. Applies only to the `rerank` task "
                    "type. Not applicable to the `text_embedding`, `completion`, or "
                    "`chat_completion` task types. These settings are specific to the task type "
                    "you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-region-policy",
        method="put_region_policy",
        summary="Create or update the inference region policy.",
        description=(
            "Create or update the inference region policy.\n"
            "\n"
            "The region policy restricts inference to a set of allowed geographic\n"
            "areas or cloud service provider regions.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-region-policy"
        ),
        streaming=False,
        options=(
            Option(
                "--region-policy",
                "region_policy",
                "json_object",
                help="The region policy configuration.",
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--force",
                "force",
                "bool",
                help=(
                    "If `true`, the region policy is applied even if it would deny access to "
                    "inference endpoints that are currently in use by ingest pipeline or indices."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-voyageai",
        method="put_voyageai",
        summary="Create a VoyageAI inference endpoint.",
        description=(
            "Create a VoyageAI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`voyageai` service.\n"
            "\n"
            "Avoid creating multiple endpoints for the same model unless required, as\n"
            "each endpoint consumes significant resources.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-voyageai"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("rerank", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--voyageai-inference-id",
                "voyageai_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("voyageai",),
                default="voyageai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`voyageai`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `voyageai` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `rerank` task type."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type you specified."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="put-watsonx",
        method="put_watsonx",
        summary="Create a Watsonx inference endpoint.",
        description=(
            "Create a Watsonx inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "`watsonxai` service. You need an IBM Cloud Databases for Elasticsearch\n"
            "deployment to use the `watsonxai` inference service. You can provision\n"
            "one through the IBM catalog, the Cloud Databases CLI plug-in, the Cloud\n"
            "Databases API, or Terraform.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-watsonx"
        ),
        streaming=False,
        options=(
            Option(
                "--task-type",
                "task_type",
                "choice",
                required=True,
                choices=("chat_completion", "completion", "rerank", "text_embedding"),
                help="The type of the inference task that the model will perform.",
            ),
            Option(
                "--watsonx-inference-id",
                "watsonx_inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option(
                "--service",
                "service",
                "choice",
                choices=("watsonxai",),
                default="watsonxai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "`watsonxai`."
                ),
            ),
            Option(
                "--service-settings",
                "service_settings",
                "json_object",
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the `watsonxai` service."
                ),
            ),
            Option(
                "--chunking-settings",
                "chunking_settings",
                "json_object",
                help=(
                    "The chunking configuration object. Applies only to the `text_embedding` "
                    "task type. Not applicable to the `rerank`, `completion` or "
                    "`chat_completion` task types."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="rerank",
        method="rerank",
        summary="Perform reranking inference on the service.",
        description=(
            "Perform reranking inference on the service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference"
        ),
        streaming=False,
        options=(
            Option(
                "--inference-id",
                "inference_id",
                "str",
                required=True,
                help="The unique identifier for the inference endpoint.",
            ),
            Option(
                "--input",
                "input",
                "json_any",
                help=(
                    "The documents to rank. The input can be specified as a single string or an "
                    "array of strings, or as an object or an array of objects. The object form "
                    "additionally allows specifying non-text inputs, such as images. > info > "
                    "Only the `elastic` service currently supports non-text inputs for the "
                    "`rerank` task. For all other services, the input must be a string or an "
                    'array of strings. string example: ``` "input": "some document text" ``` '
                    'string array example: ``` "input": ["some document text", "some more '
                    'document text"] ``` object example: ``` "input": { "type": "image", '
                    '"format": "base64", "value": "data:image/jpeg;base64,..." } ``` object '
                    'array example: ``` "input": [ { "type": "text", "format": "text", "value": '
                    '"some document text" }, { "type": "image", "format": "base64", "value": '
                    '"data:image/jpeg;base64,..." } ] ```'
                ),
            ),
            Option(
                "--query",
                "query",
                "json_any",
                help=(
                    "Query input. The query can be specified as a single string, or as an "
                    "object. The object form additionally allows specifying non-text inputs, "
                    "such as images. > info > Only the `elastic` service currently supports "
                    "non-text queries for the `rerank` task. For all other services, the query "
                    'must be a string. string example: ``` "query": "some query text" ``` object '
                    'example: ``` "query": { "type": "image", "format": "base64", "value": '
                    '"data:image/jpeg;base64,..." } ```'
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--return-documents",
                "return_documents",
                "bool",
                help="Include the document text in the response.",
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Task settings for the individual inference request. These settings are "
                    "specific to the task type you specified and override the task settings "
                    "specified when initializing the service."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help="The amount of time to wait for the inference request to complete.",
            ),
            Option("--top-n", "top_n", "int", help="Limit the response to the top N documents."),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="sparse-embedding",
        method="sparse_embedding",
        summary="Perform sparse embedding inference on the service.",
        description=(
            "Perform sparse embedding inference on the service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference"
        ),
        streaming=False,
        options=(
            Option("--inference-id", "inference_id", "str", required=True, help="The inference Id"),
            Option(
                "--input",
                "input",
                "str_list",
                help="Inference input. Either a string or an array of strings.",
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Task settings for the individual inference request. These settings are "
                    "specific to the <task_type> you specified and override the task settings "
                    "specified when initializing the service."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference request to complete."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="stream-completion",
        method="stream_completion",
        summary="Perform streaming completion inference on the service.",
        description=(
            "Perform streaming completion inference on the service.\n"
            "\n"
            "Get real-time responses for completion tasks by delivering answers\n"
            "incrementally, reducing response times during computation. This API\n"
            "works only with the completion task type.\n"
            "\n"
            "The answer is a stream of server-sent events: iterate the returned\n"
            'stream for each chunk (`{"completion": [{"delta": "..."}]}`), or call\n'
            "`text()` for the whole completion. Close it, or use it as a context\n"
            "manager, to release the connection.\n"
            "\n"
            "This API requires the `monitor_inference` cluster privilege (the built-\n"
            "in `inference_admin` and `inference_user` roles grant this privilege).\n"
            "elasticsearch-py has no method for it.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-stream-completion"
        ),
        streaming=True,
        options=(
            Option(
                "--inference-id",
                "inference_id",
                "str",
                required=True,
                help="The unique identifier for the inference endpoint.",
            ),
            Option(
                "--input",
                "input",
                "str_list",
                help=(
                    "The text on which you want to perform the inference task. It can be a "
                    "single string or an array. NOTE: Inference endpoints for the completion "
                    "task type currently only support a single string as input."
                ),
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Task settings for the individual inference request. These settings are "
                    "specific to the <task_type> you specified and override the task settings "
                    "specified when initializing the service."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help="The amount of time to wait for the inference request to complete.",
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="text-embedding",
        method="text_embedding",
        summary="Perform text embedding inference on the service.",
        description=(
            "Perform text embedding inference on the service.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference"
        ),
        streaming=False,
        options=(
            Option("--inference-id", "inference_id", "str", required=True, help="The inference Id"),
            Option(
                "--input",
                "input",
                "str_list",
                help="Inference input. Either a string or an array of strings.",
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--input-type",
                "input_type",
                "str",
                help=(
                    "The input data type for the text embedding model. Possible values include: "
                    "* `SEARCH` * `INGEST` * `CLASSIFICATION` * `CLUSTERING` Not all services "
                    "support all values. Unsupported values will trigger a validation exception. "
                    "Accepted values depend on the configured inference service, refer to the "
                    "relevant service-specific documentation for more info. > info > The "
                    "`input_type` parameter specified on the root level of the request body will "
                    "take precedence over the `input_type` parameter specified in "
                    "`task_settings`."
                ),
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--task-settings",
                "task_settings",
                "json_object",
                help=(
                    "Task settings for the individual inference request. These settings are "
                    "specific to the <task_type> you specified and override the task settings "
                    "specified when initializing the service."
                ),
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference request to complete."
                ),
            ),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
        ),
    ),
    Command(
        name="update",
        method="update",
        summary="Update an inference endpoint.",
        description=(
            "Update an inference endpoint.\n"
            "\n"
            "Modify `task_settings`, secrets (within `service_settings`), or\n"
            "`num_allocations` for an inference endpoint, depending on the specific\n"
            "endpoint service and `task_type`.\n"
            "\n"
            "IMPORTANT: The inference APIs enable you to use certain services, such\n"
            "as built-in machine learning models (ELSER, E5), models uploaded through\n"
            "Eland, Cohere, OpenAI, Azure, Google AI Studio, Google Vertex AI,\n"
            "Anthropic, Watsonx.ai, or Hugging Face. For built-in models and models\n"
            "uploaded through Eland, the inference APIs offer an alternative way to\n"
            "use and manage trained models. However, if you do not plan to use the\n"
            "inference APIs to use these models or if you want to use non-NLP models,\n"
            "use the machine learning trained model APIs.\n"
            "\n"
            "Documentation: "
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-update"
        ),
        streaming=False,
        options=(
            Option(
                "--inference-id",
                "inference_id",
                "str",
                required=True,
                help="The unique identifier of the inference endpoint.",
            ),
            Option("--inference-config", "inference_config", "json_object", help=""),
            Option(
                "--body",
                "body",
                "json_object",
                help="The request body, instead of the individual body parameters.",
            ),
            Option(
                "--task-type",
                "task_type",
                "choice",
                choices=(
                    "chat_completion",
                    "completion",
                    "embedding",
                    "rerank",
                    "sparse_embedding",
                    "text_embedding",
                ),
                help="The type of inference task that the model performs.",
            ),
            Option(
                "--error-trace",
                "error_trace",
                "bool",
                help="When true, Elasticsearch includes the error's stack trace in the response.",
            ),
            Option(
                "--filter-path",
                "filter_path",
                "str_list",
                help=(
                    "Comma-separated list of filters used to reduce the response (a string or a "
                    "list of strings)."
                ),
            ),
            Option(
                "--human",
                "human",
                "bool",
                help="When true, human-readable values such as sizes and durations are returned.",
            ),
            Option(
                "--pretty", "pretty", "bool", help="When true, the returned JSON is pretty-printed."
            ),
            Option(
                "--timeout",
                "timeout",
                "time",
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "updated. The default depends on the task type: 120s for `completion` and "
                    "`chat_completion`, and 30s for all other task types."
                ),
            ),
        ),
    ),
)
