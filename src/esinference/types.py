"""Typed shapes for settings and responses, generated from spec/ (see ``_gen/types.py``).

Use them to annotate your own settings dicts, e.g. ``settings: OpenAIServiceSettings = {...}``.
"""

from ._gen.types import *  # noqa: F403
from ._gen.types import __all__ as __all__
