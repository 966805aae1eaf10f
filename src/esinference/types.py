"""Typed shapes for settings and responses, generated from spec/ (see ``_gen/types.py``).

Use them to annotate your own settings dicts, e.g. ``settings: OpenAIServiceSettings = {...}``.
Names an upstream import renamed stay importable under their old name, deprecated.
"""

from typing import TypeAlias

from ._gen import types as _generated
from ._gen.types import *  # noqa: F403
from ._gen.types import DenseEmbeddingByteResult, DenseEmbeddingResult

TextEmbeddingResult: TypeAlias = DenseEmbeddingResult
"""Deprecated: the 9.3 name of ``DenseEmbeddingResult`` (renamed by the 9.5 spec)."""
TextEmbeddingByteResult: TypeAlias = DenseEmbeddingByteResult
"""Deprecated: the 9.3 name of ``DenseEmbeddingByteResult`` (renamed by the 9.5 spec)."""

__all__ = ["TextEmbeddingByteResult", "TextEmbeddingResult"]
__all__ += _generated.__all__
