"""Every public name of 9.3's ``esinference.types`` still imports after the move to 9.5."""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools

import pytest

# ``esinference._gen.types.__all__`` at 9.3.0 (commit f5cb7a9), the last release on the 9.3 spec.
TYPES_9_3 = (
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
)
# Renamed by the 9.5 import: the old name is an alias of its one-to-one successor.
RENAMED = {
    "TextEmbeddingByteResult": "DenseEmbeddingByteResult",
    "TextEmbeddingResult": "DenseEmbeddingResult",
}


@pytest.mark.parametrize("name", TYPES_9_3)
def test_9_3_type_name_still_imports(name: str) -> None:
    types = importlib.import_module("esinference.types")
    assert name in types.__all__
    exec(f"from esinference.types import {name}", {})  # the user's own import line


@pytest.mark.parametrize(("old", "new"), sorted(RENAMED.items()))
def test_renamed_type_is_its_successor(old: str, new: str) -> None:
    import esinference.types as types

    assert getattr(types, old) is getattr(types, new)
    assert "Deprecated" in _attribute_docstring(old)


def _attribute_docstring(name: str) -> str:
    """The string literal right after ``name``'s assignment in types.py (what Sphinx shows)."""
    import esinference.types as types

    body = ast.parse(inspect.getsource(types)).body
    for statement, following in itertools.pairwise(body):
        target = getattr(statement, "target", None)
        if isinstance(target, ast.Name) and target.id == name:
            assert isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
            return str(following.value.value)
    raise AssertionError(f"{name} is not assigned in esinference.types")
