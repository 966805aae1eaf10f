# Generated from spec/ (sha256 3a4a1dd6a45cbf40) by codegen: do not edit.
# Change spec/ or templates/ and run `make generate`.
"""The command line's subcommands: one per client method, its options and their help texts.

Help texts are plain text for a terminal, computed from the spec's docs by codegen/terminal.py:
the CLI prints them as they are. An option several subcommands have alike is written once.
"""

from __future__ import annotations

from .._spec_types import CliCommand, CliOption

INFERENCE_ID = CliOption(
    flag="--inference-id",
    dest="inference_id",
    reads="text",
    collects="one",
    required=True,
    choices=(),
    default=None,
    help="The inference Id",
)
ERROR_TRACE = CliOption(
    flag="--error-trace",
    dest="error_trace",
    reads="flag",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help="When true, Elasticsearch includes the error's stack trace in the response.",
)
FILTER_PATH = CliOption(
    flag="--filter-path",
    dest="filter_path",
    reads="text",
    collects="one_or_list",
    required=False,
    choices=(),
    default=None,
    help=(
        "Comma-separated list of filters used to reduce the response (a string or a "
        "list of strings)."
    ),
)
HUMAN = CliOption(
    flag="--human",
    dest="human",
    reads="flag",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help="When true, human-readable values such as sizes and durations are returned.",
)
TIMEOUT = CliOption(
    flag="--timeout",
    dest="timeout",
    reads="duration",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help=(
        "Specifies the amount of time to wait for the inference request to complete. "
        "(server default: 120s)"
    ),
)
BODY = CliOption(
    flag="--body",
    dest="body",
    reads="json_object",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help="The request body, instead of the individual body parameters.",
)
INPUT = CliOption(
    flag="--input",
    dest="input",
    reads="text",
    collects="one_or_list",
    required=False,
    choices=(),
    default=None,
    help="Inference input. Either a string or an array of strings.",
)
TASK_SETTINGS = CliOption(
    flag="--task-settings",
    dest="task_settings",
    reads="json_object",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help=(
        "Task settings for the individual inference request. These settings are "
        "specific to the <task_type> you specified and override the task settings "
        "specified when initializing the service."
    ),
)
TIMEOUT_2 = CliOption(
    flag="--timeout",
    dest="timeout",
    reads="duration",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help=(
        "Specifies the amount of time to wait for the inference request to complete. "
        "(server default: 30s)"
    ),
)
INFERENCE_ID_2 = CliOption(
    flag="--inference-id",
    dest="inference_id",
    reads="text",
    collects="one",
    required=True,
    choices=(),
    default=None,
    help="The unique identifier for the inference endpoint.",
)
INPUT_2 = CliOption(
    flag="--input",
    dest="input",
    reads="text",
    collects="one_or_list",
    required=False,
    choices=(),
    default=None,
    help=(
        "The text on which you want to perform the inference task. It can be a "
        "single string or an array. [...]"
    ),
)
TASK_TYPE = CliOption(
    flag="--task-type",
    dest="task_type",
    reads="choice",
    collects="one",
    required=False,
    choices=(
        "chat_completion",
        "completion",
        "embedding",
        "rerank",
        "sparse_embedding",
        "text_embedding",
    ),
    default=None,
    help="The type of inference task that the model performs.",
)
TASK_SETTINGS_2 = CliOption(
    flag="--task-settings",
    dest="task_settings",
    reads="json_object",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help=(
        "Task settings for the individual inference request. These settings are "
        "specific to the task type you specified and override the task settings "
        "specified when initializing the service."
    ),
)
TIMEOUT_3 = CliOption(
    flag="--timeout",
    dest="timeout",
    reads="duration",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help=(
        "The amount of time to wait for the inference request to complete. (server " "default: 30s)"
    ),
)
INFERENCE_CONFIG = CliOption(
    flag="--inference-config",
    dest="inference_config",
    reads="json_object",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help="",
)
BODY_2 = CliOption(
    flag="--body",
    dest="body",
    reads="json_object",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help="The request body: an alias of inference_config.",
)
TASK_TYPE_2 = CliOption(
    flag="--task-type",
    dest="task_type",
    reads="choice",
    collects="one",
    required=True,
    choices=("chat_completion", "completion"),
    default=None,
    help="The type of the inference task that the model will perform.",
)
TIMEOUT_4 = CliOption(
    flag="--timeout",
    dest="timeout",
    reads="duration",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help=(
        "Specifies the amount of time to wait for the inference endpoint to be "
        "created. (server default: 30s)"
    ),
)
TASK_TYPE_3 = CliOption(
    flag="--task-type",
    dest="task_type",
    reads="choice",
    collects="one",
    required=True,
    choices=("completion", "rerank", "sparse_embedding", "text_embedding"),
    default=None,
    help="The type of the inference task that the model will perform.",
)
CHUNKING_SETTINGS = CliOption(
    flag="--chunking-settings",
    dest="chunking_settings",
    reads="json_object",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help=(
        "The chunking configuration object. Applies only to the sparse_embedding or "
        "text_embedding task types. Not applicable to the rerank or completion task "
        "types."
    ),
)
TASK_SETTINGS_3 = CliOption(
    flag="--task-settings",
    dest="task_settings",
    reads="json_object",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help=(
        "Settings to configure the inference task. These settings are specific to "
        "the task type you specified."
    ),
)
TASK_TYPE_4 = CliOption(
    flag="--task-type",
    dest="task_type",
    reads="choice",
    collects="one",
    required=True,
    choices=("chat_completion", "completion", "text_embedding"),
    default=None,
    help="The type of the inference task that the model will perform.",
)
TASK_TYPE_5 = CliOption(
    flag="--task-type",
    dest="task_type",
    reads="choice",
    collects="one",
    required=True,
    choices=("completion", "rerank", "text_embedding"),
    default=None,
    help="The type of the inference task that the model will perform.",
)
CHUNKING_SETTINGS_2 = CliOption(
    flag="--chunking-settings",
    dest="chunking_settings",
    reads="json_object",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help=(
        "The chunking configuration object. Applies only to the text_embedding task "
        "type. Not applicable to the completion or chat_completion task types."
    ),
)
TASK_TYPE_6 = CliOption(
    flag="--task-type",
    dest="task_type",
    reads="choice",
    collects="one",
    required=True,
    choices=("chat_completion", "completion", "rerank", "text_embedding"),
    default=None,
    help="The type of the inference task that the model will perform.",
)
CHUNKING_SETTINGS_3 = CliOption(
    flag="--chunking-settings",
    dest="chunking_settings",
    reads="json_object",
    collects="one",
    required=False,
    choices=(),
    default=None,
    help=(
        "The chunking configuration object. Applies only to the text_embedding task "
        "type. Not applicable to the rerank, completion, or chat_completion task "
        "types."
    ),
)
TASK_TYPE_7 = CliOption(
    flag="--task-type",
    dest="task_type",
    reads="choice",
    collects="one",
    required=True,
    choices=("chat_completion", "completion", "rerank", "text_embedding"),
    default=None,
    help=(
        "The type of the inference task that the model will perform. NOTE: The "
        "chat_completion task type only supports streaming and only through the "
        "_stream API."
    ),
)

COMMANDS: dict[str, CliCommand] = {
    "chat-completion-unified": CliCommand(
        name="chat-completion-unified",
        method="chat_completion_unified",
        summary="Perform chat completion inference on the service.",
        description=(
            "Perform chat completion inference on the service.\n"
            "\n"
            "The chat completion inference API enables real-time responses for chat\n"
            "completion tasks by delivering answers incrementally, reducing response\n"
            "times during computation. It only works with the chat_completion task\n"
            "type for openai and elastic inference services, and the services that\n"
            "support it (see the service-specific put_* methods).\n"
            "\n"
            "The answer is a stream of server-sent events: iterate the returned\n"
            'stream for each OpenAI-style chunk ({"choices": [{"delta": {"content":\n'
            '"..."}}], ...}), or call text() for the whole message. Close it, or use\n'
            "it as a context manager, to release the connection. elasticsearch-py has\n"
            "no method for it.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-unified-inference"
        ),
        streaming=True,
        options=(
            INFERENCE_ID,
            CliOption(
                flag="--messages",
                dest="messages",
                reads="json",
                collects="list",
                required=False,
                choices=(),
                default=None,
                help=(
                    "A list of objects representing the conversation. Requests should generally "
                    "only add new messages from the user (role user). [...]"
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            CliOption(
                flag="--max-completion-tokens",
                dest="max_completion_tokens",
                reads="int",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The upper bound limit for the number of tokens that can be generated for a "
                    "completion request."
                ),
            ),
            CliOption(
                flag="--model",
                dest="model",
                reads="text",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The ID of the model to use. By default, the model ID is set to the value "
                    "included when creating the inference endpoint."
                ),
            ),
            CliOption(
                flag="--reasoning",
                dest="reasoning",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The reasoning configuration for the completion request. This controls the "
                    "model's reasoning process in one of two ways: [...]"
                ),
            ),
            CliOption(
                flag="--stop",
                dest="stop",
                reads="text",
                collects="list",
                required=False,
                choices=(),
                default=None,
                help=(
                    "A sequence of strings to control when the model should stop generating "
                    "additional tokens."
                ),
            ),
            CliOption(
                flag="--temperature",
                dest="temperature",
                reads="float",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help="The sampling temperature to use.",
            ),
            TIMEOUT,
            CliOption(
                flag="--tool-choice",
                dest="tool_choice",
                reads="text_or_json",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Controls which tool is called by the model. String representation: One of "
                    "auto, none, or requrired. auto allows the model to choose between calling "
                    "tools and generating a message. none causes the model to not call any "
                    "tools. [...]"
                ),
            ),
            CliOption(
                flag="--tools",
                dest="tools",
                reads="json",
                collects="list",
                required=False,
                choices=(),
                default=None,
                help="A list of tools that the model can call. Example: [...]",
            ),
            CliOption(
                flag="--top-p",
                dest="top_p",
                reads="float",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help="Nucleus sampling, an alternative to sampling with temperature.",
            ),
            BODY,
        ),
    ),
    "completion": CliCommand(
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
            "This API requires the monitor_inference cluster privilege (the built-in\n"
            "inference_admin and inference_user roles grant this privilege).\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference"
        ),
        streaming=False,
        options=(
            INFERENCE_ID,
            INPUT,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS,
            TIMEOUT,
            BODY,
        ),
    ),
    "delete": CliCommand(
        name="delete",
        method="delete",
        summary="Delete an inference endpoint.",
        description=(
            "Delete an inference endpoint.\n"
            "\n"
            "This API requires the manage_inference cluster privilege (the built-in\n"
            "inference_admin role grants this privilege).\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-delete"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--inference-id",
                dest="inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The inference identifier.",
            ),
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=False,
                choices=(
                    "chat_completion",
                    "completion",
                    "embedding",
                    "rerank",
                    "sparse_embedding",
                    "text_embedding",
                ),
                default=None,
                help="The task type",
            ),
            CliOption(
                flag="--dry-run",
                dest="dry_run",
                reads="flag",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "When true, checks the semantic_text fields and inference processors that "
                    "reference the endpoint and returns them in a list, but does not delete the "
                    "endpoint. (server default: false)"
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            CliOption(
                flag="--force",
                dest="force",
                reads="flag",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "When true, the inference endpoint is forcefully deleted even if it is still "
                    "being used by ingest processors or semantic text fields. (server default: "
                    "false)"
                ),
            ),
            HUMAN,
        ),
    ),
    "delete-region-policy": CliCommand(
        name="delete-region-policy",
        method="delete_region_policy",
        summary="Delete the inference region policy.",
        description=(
            "Delete the inference region policy.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-delete-region-policy"
        ),
        streaming=False,
        options=(
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
        ),
    ),
    "embedding": CliCommand(
        name="embedding",
        method="embedding",
        summary="Perform dense embedding inference on the service.",
        description=(
            "Perform dense embedding inference on the service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference"
        ),
        streaming=False,
        options=(
            INFERENCE_ID,
            CliOption(
                flag="--embedding",
                dest="embedding",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help="",
            ),
            CliOption(
                flag="--body",
                dest="body",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help="The request body: an alias of embedding.",
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TIMEOUT_2,
        ),
    ),
    "get": CliCommand(
        name="get",
        method="get",
        summary="Get an inference endpoint.",
        description=(
            "Get an inference endpoint.\n"
            "\n"
            "This API requires the monitor_inference cluster privilege (the built-in\n"
            "inference_admin and inference_user roles grant this privilege).\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-get"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=False,
                choices=(
                    "chat_completion",
                    "completion",
                    "embedding",
                    "rerank",
                    "sparse_embedding",
                    "text_embedding",
                ),
                default=None,
                help="The task type of the endpoint to return",
            ),
            CliOption(
                flag="--inference-id",
                dest="inference_id",
                reads="text",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The inference Id of the endpoint to return. Using _all or * will return all "
                    "endpoints with the specified task_type if one is specified, or all "
                    "endpoints for all task types if no task_type is specified"
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
        ),
    ),
    "get-region-policy": CliCommand(
        name="get-region-policy",
        method="get_region_policy",
        summary="Get the inference region policy.",
        description=(
            "Get the inference region policy.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-get-region-policy"
        ),
        streaming=False,
        options=(
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
        ),
    ),
    "inference": CliCommand(
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
            "Note: The inference APIs enable you to use certain services, such as\n"
            "built-in machine learning models (ELSER, E5), models uploaded through\n"
            "Eland, Cohere, OpenAI, Azure, Google AI Studio, Google Vertex AI,\n"
            "Anthropic, Watsonx.ai, or Hugging Face. For built-in models and models\n"
            "uploaded through Eland, the inference APIs offer an alternative way to\n"
            "use and manage trained models. [...]\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference"
        ),
        streaming=False,
        options=(
            INFERENCE_ID_2,
            INPUT_2,
            TASK_TYPE,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            CliOption(
                flag="--input-type",
                dest="input_type",
                reads="text",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Specifies the input data type for the embedding model. The input_type "
                    "parameter only applies to Inference Endpoints with the embedding or "
                    "text_embedding task type. Possible values include: [...]"
                ),
            ),
            CliOption(
                flag="--query",
                dest="query",
                reads="text",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The query input, which is required only for the rerank task. It is not "
                    "required for other tasks."
                ),
            ),
            TASK_SETTINGS_2,
            TIMEOUT_3,
            BODY,
        ),
    ),
    "put": CliCommand(
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
            "can find the available task types next to the integration name:\n"
            "\n"
            "- AI21 (chat_completion, completion)\n"
            "\n"
            "- AlibabaCloud AI Search (completion, rerank, sparse_embedding,\n"
            "  text_embedding)\n"
            "\n"
            "- Amazon Bedrock (chat_completion, completion, text_embedding)\n"
            "\n"
            "- Amazon SageMaker (chat_completion, [...]\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put"
        ),
        streaming=False,
        options=(
            INFERENCE_ID,
            INFERENCE_CONFIG,
            BODY_2,
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=False,
                choices=(
                    "chat_completion",
                    "completion",
                    "embedding",
                    "rerank",
                    "sparse_embedding",
                    "text_embedding",
                ),
                default=None,
                help=(
                    "The task type. Refer to the integration list in the API description for the "
                    "available task types."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            CliOption(
                flag="--timeout",
                dest="timeout",
                reads="duration",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "created. The default depends on the task type: 120s for completion and "
                    "chat_completion, and 30s for all other task types."
                ),
            ),
        ),
    ),
    "put-ai21": CliCommand(
        name="put-ai21",
        method="put_ai21",
        summary="Create a AI21 inference endpoint.",
        description=(
            "Create a AI21 inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the ai21\n"
            "service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-ai21"
        ),
        streaming=False,
        options=(
            TASK_TYPE_2,
            CliOption(
                flag="--ai21-inference-id",
                dest="ai21_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("ai21",),
                default="ai21",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "ai21."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the ai21 service."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-alibabacloud": CliCommand(
        name="put-alibabacloud",
        method="put_alibabacloud",
        summary="Create an AlibabaCloud AI Search inference endpoint.",
        description=(
            "Create an AlibabaCloud AI Search inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "alibabacloud-ai-search service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-alibabacloud"
        ),
        streaming=False,
        options=(
            TASK_TYPE_3,
            CliOption(
                flag="--alibabacloud-inference-id",
                dest="alibabacloud_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("alibabacloud-ai-search",),
                default="alibabacloud-ai-search",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "alibabacloud-ai-search."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the alibabacloud-ai-search service."
                ),
            ),
            CHUNKING_SETTINGS,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-amazonbedrock": CliCommand(
        name="put-amazonbedrock",
        method="put_amazonbedrock",
        summary="Create an Amazon Bedrock inference endpoint.",
        description=(
            "Create an Amazon Bedrock inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "amazonbedrock service.\n"
            "\n"
            "Note: You need to provide the access and secret keys only once, during\n"
            "the inference model creation. The get inference API does not retrieve\n"
            "your access or secret keys. After creating the inference model, you\n"
            "cannot change the associated key pairs. If you want to use a different\n"
            "access and secret key pair, delete the inference model and recreate it\n"
            "with the same name and the updated keys.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-amazonbedrock"
        ),
        streaming=False,
        options=(
            TASK_TYPE_4,
            CliOption(
                flag="--amazonbedrock-inference-id",
                dest="amazonbedrock_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("amazonbedrock",),
                default="amazonbedrock",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "amazonbedrock."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the amazonbedrock service."
                ),
            ),
            CliOption(
                flag="--chunking-settings",
                dest="chunking_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The chunking configuration object. Applies only to the text_embedding task "
                    "type. Not applicable to the chat_completion and completion task types."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-amazonsagemaker": CliCommand(
        name="put-amazonsagemaker",
        method="put_amazonsagemaker",
        summary="Create an Amazon SageMaker inference endpoint.",
        description=(
            "Create an Amazon SageMaker inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "amazon_sagemaker service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-amazonsagemaker"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=True,
                choices=(
                    "chat_completion",
                    "completion",
                    "rerank",
                    "sparse_embedding",
                    "text_embedding",
                ),
                default=None,
                help="The type of the inference task that the model will perform.",
            ),
            CliOption(
                flag="--amazonsagemaker-inference-id",
                dest="amazonsagemaker_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("amazon_sagemaker",),
                default="amazon_sagemaker",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "amazon_sagemaker."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the amazon_sagemaker service and service_settings.api you specified."
                ),
            ),
            CliOption(
                flag="--chunking-settings",
                dest="chunking_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The chunking configuration object. Applies only to the sparse_embedding or "
                    "text_embedding task types. Not applicable to the rerank, completion, or "
                    "chat_completion task types."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            CliOption(
                flag="--task-settings",
                dest="task_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings to configure the inference task. These settings are specific to "
                    "the task type and service_settings.api you specified."
                ),
            ),
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-anthropic": CliCommand(
        name="put-anthropic",
        method="put_anthropic",
        summary="Create an Anthropic inference endpoint.",
        description=(
            "Create an Anthropic inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "anthropic service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-anthropic"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=True,
                choices=("chat_completion", "completion"),
                default=None,
                help=(
                    "The task type. The valid task types for the model to perform are completion "
                    "and chat_completion. NOTE: The chat_completion task type only supports "
                    "streaming and only through the _stream API."
                ),
            ),
            CliOption(
                flag="--anthropic-inference-id",
                dest="anthropic_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("anthropic",),
                default="anthropic",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "anthropic."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the anthropic service."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-azureaistudio": CliCommand(
        name="put-azureaistudio",
        method="put_azureaistudio",
        summary="Create an Azure AI studio inference endpoint.",
        description=(
            "Create an Azure AI studio inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "azureaistudio service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-azureaistudio"
        ),
        streaming=False,
        options=(
            TASK_TYPE_5,
            CliOption(
                flag="--azureaistudio-inference-id",
                dest="azureaistudio_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("azureaistudio",),
                default="azureaistudio",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "azureaistudio."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the azureaistudio service."
                ),
            ),
            CliOption(
                flag="--chunking-settings",
                dest="chunking_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The chunking configuration object. Applies only to the text_embedding task "
                    "type. Not applicable to the rerank or completion task types."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-azureopenai": CliCommand(
        name="put-azureopenai",
        method="put_azureopenai",
        summary="Create an Azure OpenAI inference endpoint.",
        description=(
            "Create an Azure OpenAI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "azureopenai service.\n"
            "\n"
            "The list of chat completion models that you can choose from in your\n"
            "Azure OpenAI deployment include:\n"
            "\n"
            "- GPT-4 and GPT-4 Turbo models (https://learn.microsoft.com/en-\n"
            "  us/azure/ai-services/openai/concepts/models?tabs=global-\n"
            "  standard%2Cstandard-chat-completions#gpt-4-and-gpt-4-turbo-models)\n"
            "\n"
            "- GPT-3.5 (https://learn.microsoft.com/en-us/azure/ai-\n"
            "  services/openai/concepts/models?tabs=global-standard%2Cstandard-chat-\n"
            "  completions#gpt-35)\n"
            "\n"
            "The list of embeddings models that you can choose from in your\n"
            "deployment can be found in the Azure models documentation\n"
            "(https://learn.microsoft.com/en-us/azure/ai-\n"
            "services/openai/concepts/models?tabs=global-standard%2Cstandard-chat-\n"
            "completions#embeddings).\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-azureopenai"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=True,
                choices=("chat_completion", "completion", "text_embedding"),
                default=None,
                help=(
                    "The type of the inference task that the model will perform. NOTE: The "
                    "chat_completion task type only supports streaming and only through the "
                    "_stream API."
                ),
            ),
            CliOption(
                flag="--azureopenai-inference-id",
                dest="azureopenai_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("azureopenai",),
                default="azureopenai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "azureopenai."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the azureopenai service."
                ),
            ),
            CliOption(
                flag="--chunking-settings",
                dest="chunking_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The chunking configuration object. Applies only to the text_embedding task "
                    "type. Not applicable to the completion and chat_completion task types."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-cohere": CliCommand(
        name="put-cohere",
        method="put_cohere",
        summary="Create a Cohere inference endpoint.",
        description=(
            "Create a Cohere inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "cohere service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-cohere"
        ),
        streaming=False,
        options=(
            TASK_TYPE_5,
            CliOption(
                flag="--cohere-inference-id",
                dest="cohere_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("cohere",),
                default="cohere",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "cohere."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the cohere service."
                ),
            ),
            CliOption(
                flag="--chunking-settings",
                dest="chunking_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The chunking configuration object. Applies only to the text_embedding task "
                    "type. Not applicable to the rerank or completion task type."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-contextualai": CliCommand(
        name="put-contextualai",
        method="put_contextualai",
        summary="Create an Contextual AI inference endpoint.",
        description=(
            "Create an Contextual AI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "contexualai service.\n"
            "\n"
            "To review the available rerank models, refer to\n"
            "<https://docs.contextual.ai/api-reference/rerank/rerank#body-model>.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-contextualai"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=False,
                choices=("rerank",),
                default="rerank",
                help="The type of the inference task that the model will perform.",
            ),
            CliOption(
                flag="--contextualai-inference-id",
                dest="contextualai_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("contextualai",),
                default="contextualai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "contextualai."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the contextualai service."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-custom": CliCommand(
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
            "with that key. Templates are portions of a string that start with ${ and\n"
            "end with }. The parameters secret_parameters and task_settings are\n"
            "checked for keys for template replacement. Template replacement is\n"
            "supported in the request, headers, url, and query_parameters. If the\n"
            "definition (key) is not found for a template, an error message is\n"
            "returned. In case of an endpoint definition like the following: [...]\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-custom"
        ),
        streaming=False,
        options=(
            TASK_TYPE_3,
            CliOption(
                flag="--custom-inference-id",
                dest="custom_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("custom",),
                default="custom",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "custom."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the custom service."
                ),
            ),
            CHUNKING_SETTINGS,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            BODY,
        ),
    ),
    "put-deepseek": CliCommand(
        name="put-deepseek",
        method="put_deepseek",
        summary="Create a DeepSeek inference endpoint.",
        description=(
            "Create a DeepSeek inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "deepseek service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-deepseek"
        ),
        streaming=False,
        options=(
            TASK_TYPE_2,
            CliOption(
                flag="--deepseek-inference-id",
                dest="deepseek_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("deepseek",),
                default="deepseek",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "deepseek."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the deepseek service."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-elasticsearch": CliCommand(
        name="put-elasticsearch",
        method="put_elasticsearch",
        summary="Create an Elasticsearch inference endpoint.",
        description=(
            "Create an Elasticsearch inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "elasticsearch service.\n"
            "\n"
            "Note: Your Elasticsearch deployment contains preconfigured ELSER and E5\n"
            "inference endpoints, you only need to create the enpoints using the API\n"
            "if you want to customize the settings.\n"
            "\n"
            "If you use the ELSER or the E5 model through the elasticsearch service,\n"
            "the API request will automatically download and deploy the model if it\n"
            "isn't downloaded yet.\n"
            "\n"
            "Note: You might see a 502 bad gateway error in the response when using\n"
            "the Kibana Console. This error usually just reflects a timeout, while\n"
            "the model downloads in the background. You can check the download\n"
            "progress in the Machine Learning UI. If using the Python client, you can\n"
            "set the timeout parameter to a higher value.\n"
            "\n"
            "After creating the endpoint, wait for the model deployment to complete\n"
            "before using it. [...]\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-elasticsearch"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=True,
                choices=("rerank", "sparse_embedding", "text_embedding"),
                default=None,
                help="The type of the inference task that the model will perform.",
            ),
            CliOption(
                flag="--elasticsearch-inference-id",
                dest="elasticsearch_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help=(
                    "The unique identifier of the inference endpoint. The must not match the "
                    "model_id."
                ),
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("elasticsearch",),
                default="elasticsearch",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "elasticsearch."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the elasticsearch service."
                ),
            ),
            CliOption(
                flag="--chunking-settings",
                dest="chunking_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The chunking configuration object. Applies only to the sparse_embedding and "
                    "text_embedding task types. Not applicable to the rerank task type."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-elser": CliCommand(
        name="put-elser",
        method="put_elser",
        summary="Create an ELSER inference endpoint.",
        description=(
            "Create an ELSER inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the elser\n"
            "service. You can also deploy ELSER by using the Elasticsearch inference\n"
            "integration.\n"
            "\n"
            "Note: Your Elasticsearch deployment contains a preconfigured ELSER\n"
            "inference endpoint, you only need to create the enpoint using the API if\n"
            "you want to customize the settings.\n"
            "\n"
            "The API request will automatically download and deploy the ELSER model\n"
            "if it isn't already downloaded.\n"
            "\n"
            "Note: You might see a 502 bad gateway error in the response when using\n"
            "the Kibana Console. This error usually just reflects a timeout, while\n"
            "the model downloads in the background. You can check the download\n"
            "progress in the Machine Learning UI. If using the Python client, you can\n"
            "set the timeout parameter to a higher value.\n"
            "\n"
            "After creating the endpoint, wait for the model deployment to complete\n"
            "before using it. [...]\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-elser"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=False,
                choices=("sparse_embedding",),
                default="sparse_embedding",
                help="The type of the inference task that the model will perform.",
            ),
            CliOption(
                flag="--elser-inference-id",
                dest="elser_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("elser",),
                default="elser",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "elser."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the elser service."
                ),
            ),
            CliOption(
                flag="--chunking-settings",
                dest="chunking_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The chunking configuration object. Note that for ELSER endpoints, the "
                    "max_chunk_size may not exceed 300."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-fireworksai": CliCommand(
        name="put-fireworksai",
        method="put_fireworksai",
        summary="Create a Fireworks AI inference endpoint.",
        description=(
            "Create a Fireworks AI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "fireworksai service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-fireworksai"
        ),
        streaming=False,
        options=(
            TASK_TYPE_4,
            CliOption(
                flag="--fireworksai-inference-id",
                dest="fireworksai_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("fireworksai",),
                default="fireworksai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "fireworksai."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the fireworksai service."
                ),
            ),
            CHUNKING_SETTINGS_2,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            CliOption(
                flag="--task-settings",
                dest="task_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings to configure the inference task. Applies only to the completion or "
                    "chat_completion task types. Not applicable to the text_embedding task type. "
                    "These settings are specific to the task type you specified."
                ),
            ),
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-googleaistudio": CliCommand(
        name="put-googleaistudio",
        method="put_googleaistudio",
        summary="Create an Google AI Studio inference endpoint.",
        description=(
            "Create an Google AI Studio inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "googleaistudio service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-googleaistudio"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=True,
                choices=("completion", "text_embedding"),
                default=None,
                help="The type of the inference task that the model will perform.",
            ),
            CliOption(
                flag="--googleaistudio-inference-id",
                dest="googleaistudio_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("googleaistudio",),
                default="googleaistudio",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "googleaistudio."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the googleaistudio service."
                ),
            ),
            CliOption(
                flag="--chunking-settings",
                dest="chunking_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The chunking configuration object. Applies only to the text_embedding task "
                    "type. Not applicable to the completion task type."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-googlevertexai": CliCommand(
        name="put-googlevertexai",
        method="put_googlevertexai",
        summary="Create a Google Vertex AI inference endpoint.",
        description=(
            "Create a Google Vertex AI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "googlevertexai service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-googlevertexai"
        ),
        streaming=False,
        options=(
            TASK_TYPE_6,
            CliOption(
                flag="--googlevertexai-inference-id",
                dest="googlevertexai_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("googlevertexai",),
                default="googlevertexai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "googlevertexai."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the googlevertexai service."
                ),
            ),
            CHUNKING_SETTINGS_3,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-groq": CliCommand(
        name="put-groq",
        method="put_groq",
        summary="Create a Groq inference endpoint.",
        description=(
            "Create a Groq inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the groq\n"
            "service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-groq"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=False,
                choices=("chat_completion",),
                default="chat_completion",
                help="The type of the inference task that the model will perform.",
            ),
            CliOption(
                flag="--groq-inference-id",
                dest="groq_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("groq",),
                default="groq",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "groq."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the groq service."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-hugging-face": CliCommand(
        name="put-hugging-face",
        method="put_hugging_face",
        summary="Create a Hugging Face inference endpoint.",
        description=(
            "Create a Hugging Face inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "hugging_face service. Supported tasks include: text_embedding,\n"
            "completion, and chat_completion.\n"
            "\n"
            "To configure the endpoint, first visit the Hugging Face Inference\n"
            "Endpoints page and create a new endpoint. Select a model that supports\n"
            "the task you intend to use.\n"
            "\n"
            "For Elastic's text_embedding task: The selected model must support the\n"
            "Sentence Embeddings task. On the new endpoint creation page, select the\n"
            "Sentence Embeddings task under the Advanced Configuration section. After\n"
            "the endpoint has initialized, copy the generated endpoint URL.\n"
            "Recommended models for text_embedding task:\n"
            "\n"
            "- all-MiniLM-L6-v2\n"
            "\n"
            "- all-MiniLM-L12-v2\n"
            "\n"
            "- all-mpnet-base-v2\n"
            "\n"
            "- e5-base-v2\n"
            "\n"
            "- e5-small-v2\n"
            "\n"
            "- multilingual-e5-base\n"
            "\n"
            "- multilingual-e5-small\n"
            "\n"
            "For Elastic's chat_completion and completion tasks: The selected model\n"
            "must support the Text Generation task and expose OpenAI API. [...]\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-hugging-face"
        ),
        streaming=False,
        options=(
            TASK_TYPE_6,
            CliOption(
                flag="--huggingface-inference-id",
                dest="huggingface_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("hugging_face",),
                default="hugging_face",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "hugging_face."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the hugging_face service."
                ),
            ),
            CHUNKING_SETTINGS_3,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-jinaai": CliCommand(
        name="put-jinaai",
        method="put_jinaai",
        summary="Create an JinaAI inference endpoint.",
        description=(
            "Create an JinaAI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "jinaai service.\n"
            "\n"
            "To review the available rerank models, refer to\n"
            "<https://jina.ai/reranker>. To review the available embedding and\n"
            "text_embedding models, refer to <https://jina.ai/embeddings/>.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-jinaai"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=True,
                choices=("embedding", "rerank", "text_embedding"),
                default=None,
                help="The type of the inference task that the model will perform.",
            ),
            CliOption(
                flag="--jinaai-inference-id",
                dest="jinaai_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("jinaai",),
                default="jinaai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "jinaai."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the jinaai service."
                ),
            ),
            CliOption(
                flag="--chunking-settings",
                dest="chunking_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The chunking configuration object. Applies only to the embedding and "
                    "text_embedding task types. Not applicable to the rerank task type."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-llama": CliCommand(
        name="put-llama",
        method="put_llama",
        summary="Create a Llama inference endpoint.",
        description=(
            "Create a Llama inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the llama\n"
            "service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-llama"
        ),
        streaming=False,
        options=(
            TASK_TYPE_4,
            CliOption(
                flag="--llama-inference-id",
                dest="llama_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("llama",),
                default="llama",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "llama."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the llama service."
                ),
            ),
            CHUNKING_SETTINGS_2,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-mistral": CliCommand(
        name="put-mistral",
        method="put_mistral",
        summary="Create a Mistral inference endpoint.",
        description=(
            "Create a Mistral inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "mistral service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-mistral"
        ),
        streaming=False,
        options=(
            TASK_TYPE_4,
            CliOption(
                flag="--mistral-inference-id",
                dest="mistral_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("mistral",),
                default="mistral",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "mistral."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the mistral service."
                ),
            ),
            CHUNKING_SETTINGS_2,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-nvidia": CliCommand(
        name="put-nvidia",
        method="put_nvidia",
        summary="Create an Nvidia inference endpoint.",
        description=(
            "Create an Nvidia inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "nvidia service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-nvidia"
        ),
        streaming=False,
        options=(
            TASK_TYPE_7,
            CliOption(
                flag="--nvidia-inference-id",
                dest="nvidia_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("nvidia",),
                default="nvidia",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "nvidia."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the nvidia service."
                ),
            ),
            CHUNKING_SETTINGS_3,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            CliOption(
                flag="--task-settings",
                dest="task_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings to configure the inference task. Applies only to the "
                    "text_embedding task type. Not applicable to the rerank, completion, or "
                    "chat_completion task types. These settings are specific to the task type "
                    "you specified."
                ),
            ),
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-openai": CliCommand(
        name="put-openai",
        method="put_openai",
        summary="Create an OpenAI inference endpoint.",
        description=(
            "Create an OpenAI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "openai service or openai compatible APIs.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-openai"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=True,
                choices=("chat_completion", "completion", "embedding", "text_embedding"),
                default=None,
                help=(
                    "The type of the inference task that the model will perform. NOTE: The "
                    "chat_completion task type only supports streaming and only through the "
                    "_stream API."
                ),
            ),
            CliOption(
                flag="--openai-inference-id",
                dest="openai_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("openai",),
                default="openai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "openai."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the openai service."
                ),
            ),
            CHUNKING_SETTINGS_2,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-openshift-ai": CliCommand(
        name="put-openshift-ai",
        method="put_openshift_ai",
        summary="Create an OpenShift AI inference endpoint.",
        description=(
            "Create an OpenShift AI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "openshift_ai service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-openshift-ai"
        ),
        streaming=False,
        options=(
            TASK_TYPE_7,
            CliOption(
                flag="--openshiftai-inference-id",
                dest="openshiftai_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("openshift_ai",),
                default="openshift_ai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "openshift_ai."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the openshift_ai service."
                ),
            ),
            CHUNKING_SETTINGS_3,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            CliOption(
                flag="--task-settings",
                dest="task_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings to configure the inference task. Applies only to the rerank task "
                    "type. Not applicable to the text_embedding, completion, or chat_completion "
                    "task types. These settings are specific to the task type you specified."
                ),
            ),
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-region-policy": CliCommand(
        name="put-region-policy",
        method="put_region_policy",
        summary="Create or update the inference region policy.",
        description=(
            "Create or update the inference region policy.\n"
            "\n"
            "The region policy restricts inference to a set of allowed geographic\n"
            "areas or cloud service provider regions.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-region-policy"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--region-policy",
                dest="region_policy",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help="The region policy configuration.",
            ),
            ERROR_TRACE,
            FILTER_PATH,
            CliOption(
                flag="--force",
                dest="force",
                reads="flag",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "If true, the region policy is applied even if it would deny access to "
                    "inference endpoints that are currently in use by ingest pipeline or "
                    "indices. (server default: false)"
                ),
            ),
            HUMAN,
            BODY,
        ),
    ),
    "put-voyageai": CliCommand(
        name="put-voyageai",
        method="put_voyageai",
        summary="Create a VoyageAI inference endpoint.",
        description=(
            "Create a VoyageAI inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "voyageai service.\n"
            "\n"
            "Avoid creating multiple endpoints for the same model unless required, as\n"
            "each endpoint consumes significant resources.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-voyageai"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--task-type",
                dest="task_type",
                reads="choice",
                collects="one",
                required=True,
                choices=("rerank", "text_embedding"),
                default=None,
                help="The type of the inference task that the model will perform.",
            ),
            CliOption(
                flag="--voyageai-inference-id",
                dest="voyageai_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("voyageai",),
                default="voyageai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "voyageai."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the voyageai service."
                ),
            ),
            CliOption(
                flag="--chunking-settings",
                dest="chunking_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The chunking configuration object. Applies only to the text_embedding task "
                    "type. Not applicable to the rerank task type."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS_3,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "put-watsonx": CliCommand(
        name="put-watsonx",
        method="put_watsonx",
        summary="Create a Watsonx inference endpoint.",
        description=(
            "Create a Watsonx inference endpoint.\n"
            "\n"
            "Create an inference endpoint to perform an inference task with the\n"
            "watsonxai service. You need an IBM Cloud Databases for Elasticsearch\n"
            "deployment to use the watsonxai inference service. You can provision one\n"
            "through the IBM catalog, the Cloud Databases CLI plug-in, the Cloud\n"
            "Databases API, or Terraform.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-watsonx"
        ),
        streaming=False,
        options=(
            TASK_TYPE_6,
            CliOption(
                flag="--watsonx-inference-id",
                dest="watsonx_inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            CliOption(
                flag="--service",
                dest="service",
                reads="choice",
                collects="one",
                required=False,
                choices=("watsonxai",),
                default="watsonxai",
                help=(
                    "The type of service supported for the specified task type. In this case, "
                    "watsonxai."
                ),
            ),
            CliOption(
                flag="--service-settings",
                dest="service_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Settings used to install the inference model. These settings are specific "
                    "to the watsonxai service."
                ),
            ),
            CliOption(
                flag="--chunking-settings",
                dest="chunking_settings",
                reads="json_object",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The chunking configuration object. Applies only to the text_embedding task "
                    "type. Not applicable to the rerank, completion or chat_completion task "
                    "types."
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TIMEOUT_4,
            BODY,
        ),
    ),
    "rerank": CliCommand(
        name="rerank",
        method="rerank",
        summary="Perform reranking inference on the service.",
        description=(
            "Perform reranking inference on the service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference"
        ),
        streaming=False,
        options=(
            INFERENCE_ID_2,
            CliOption(
                flag="--input",
                dest="input",
                reads="text_or_json",
                collects="one_or_list",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The documents to rank. The input can be specified as a single string or an "
                    "array of strings, or as an object or an array of objects. The object form "
                    "additionally allows specifying non-text inputs, such as images. [...]"
                ),
            ),
            CliOption(
                flag="--query",
                dest="query",
                reads="text_or_json",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Query input. The query can be specified as a single string, or as an "
                    "object. The object form additionally allows specifying non-text inputs, "
                    "such as images. [...]"
                ),
            ),
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            CliOption(
                flag="--return-documents",
                dest="return_documents",
                reads="flag",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help="Include the document text in the response.",
            ),
            TASK_SETTINGS_2,
            TIMEOUT_3,
            CliOption(
                flag="--top-n",
                dest="top_n",
                reads="int",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help="Limit the response to the top N documents.",
            ),
            BODY,
        ),
    ),
    "sparse-embedding": CliCommand(
        name="sparse-embedding",
        method="sparse_embedding",
        summary="Perform sparse embedding inference on the service.",
        description=(
            "Perform sparse embedding inference on the service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference"
        ),
        streaming=False,
        options=(
            INFERENCE_ID,
            INPUT,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS,
            TIMEOUT_2,
            BODY,
        ),
    ),
    "stream-completion": CliCommand(
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
            'stream for each chunk ({"completion": [{"delta": "..."}]}), or call\n'
            "text() for the whole completion. Close it, or use it as a context\n"
            "manager, to release the connection.\n"
            "\n"
            "This API requires the monitor_inference cluster privilege (the built-in\n"
            "inference_admin and inference_user roles grant this privilege).\n"
            "elasticsearch-py has no method for it.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-stream-completion"
        ),
        streaming=True,
        options=(
            INFERENCE_ID_2,
            INPUT_2,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            TASK_SETTINGS,
            TIMEOUT_3,
            BODY,
        ),
    ),
    "text-embedding": CliCommand(
        name="text-embedding",
        method="text_embedding",
        summary="Perform text embedding inference on the service.",
        description=(
            "Perform text embedding inference on the service.\n"
            "\n"
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference"
        ),
        streaming=False,
        options=(
            INFERENCE_ID,
            INPUT,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            CliOption(
                flag="--input-type",
                dest="input_type",
                reads="text",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "The input data type for the text embedding model. Possible values include: "
                    "[...]"
                ),
            ),
            TASK_SETTINGS,
            TIMEOUT_2,
            BODY,
        ),
    ),
    "update": CliCommand(
        name="update",
        method="update",
        summary="Update an inference endpoint.",
        description=(
            "Update an inference endpoint.\n"
            "\n"
            "Modify task_settings, secrets (within service_settings), or\n"
            "num_allocations for an inference endpoint, depending on the specific\n"
            "endpoint service and task_type.\n"
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
            "Documentation (the full text):\n"
            "https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-update"
        ),
        streaming=False,
        options=(
            CliOption(
                flag="--inference-id",
                dest="inference_id",
                reads="text",
                collects="one",
                required=True,
                choices=(),
                default=None,
                help="The unique identifier of the inference endpoint.",
            ),
            INFERENCE_CONFIG,
            BODY_2,
            TASK_TYPE,
            ERROR_TRACE,
            FILTER_PATH,
            HUMAN,
            CliOption(
                flag="--timeout",
                dest="timeout",
                reads="duration",
                collects="one",
                required=False,
                choices=(),
                default=None,
                help=(
                    "Specifies the amount of time to wait for the inference endpoint to be "
                    "updated. The default depends on the task type: 120s for completion and "
                    "chat_completion, and 30s for all other task types."
                ),
            ),
        ),
    ),
}
