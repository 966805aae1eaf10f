"""Type names renamed by the 9.5 import still annotate 9.3 code (checked by mypy --strict)."""

from esinference.types import (
    DenseEmbeddingResult,
    GetInferenceResponse,
    TextEmbeddingByteResult,
    TextEmbeddingResult,
)

old: TextEmbeddingResult = {"embedding": [0.5, 0.25]}
new: DenseEmbeddingResult = old
old_bytes: TextEmbeddingByteResult = {"embedding": [1, -2]}
endpoints: GetInferenceResponse = {"endpoints": []}
