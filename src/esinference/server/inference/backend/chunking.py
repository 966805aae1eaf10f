"""``chunking_settings`` parsed as Elasticsearch parses them: validated, defaults filled in.

Sources (elastic/elasticsearch x-pack/plugin/core/.../inference/chunking/): ChunkingSettingsBuilder
(``{}`` → the sentence default; no ``strategy`` → IllegalArgumentException), ChunkingStrategy
(``Invalid chunkingStrategy x``), Sentence-, Word- and RecursiveChunkingSettings.fromMap (the keys
each strategy allows, the smallest ``max_chunk_size``, the overlap rules) and InferenceUtils'
messages, whose numbers are Java doubles (``Invalid value [5.0]``).
"""

from __future__ import annotations

from typing import Any

from ...http.errors import JsonObject, illegal_argument, validation_failed
from .java_text import java_list, java_number

SCOPE = "chunking_settings"
DEFAULT: JsonObject = {"strategy": "sentence", "max_chunk_size": 250, "sentence_overlap": 1}
# strategy: (the keys it allows, the smallest max_chunk_size)
_STRATEGIES: dict[str, tuple[tuple[str, ...], int]] = {
    "sentence": (("strategy", "max_chunk_size", "sentence_overlap"), 20),
    "word": (("strategy", "max_chunk_size", "overlap"), 10),
    "recursive": (("strategy", "max_chunk_size", "separator_group", "separators"), 10),
}


def parse(settings: Any) -> JsonObject:
    """The chunking settings to store for what a request sent, or the error ES answers."""
    if not isinstance(settings, dict):
        raise illegal_argument(f"[{SCOPE}] must be an object")
    if not settings:
        return dict(DEFAULT)
    if "strategy" not in settings:
        raise illegal_argument("Can't generate Chunker without ChunkingStrategy provided")
    strategy = str(settings["strategy"])
    if strategy == "none":  # NoneChunkingSettings.INSTANCE: nothing else is read
        return {"strategy": "none"}
    if strategy not in _STRATEGIES:
        raise illegal_argument(f"Invalid chunkingStrategy {strategy}")
    allowed, minimum = _STRATEGIES[strategy]
    problems: list[str] = []
    extra = [k for k in settings if k not in allowed]
    if extra:
        problems.append(
            f"{strategy.capitalize()} based chunking settings can not have the following "
            f"settings: {java_list(extra)}"
        )
    size = _positive_int(settings, "max_chunk_size", problems, minimum=minimum)
    parsed: JsonObject = {"strategy": strategy, "max_chunk_size": size}
    if strategy == "sentence":
        parsed["sentence_overlap"] = _sentence_overlap(settings, problems)
    elif strategy == "word" and size is not None:
        parsed["overlap"] = _positive_int(settings, "overlap", problems, maximum=size // 2)
    elif strategy == "recursive":
        parsed.update(_separators(settings, problems))
    if problems:
        raise validation_failed(problems, "validation_exception")
    return parsed


def _positive_int(
    settings: JsonObject,
    key: str,
    problems: list[str],
    *,
    minimum: int | None = None,
    maximum: int | None = None,
) -> int | None:
    """InferenceUtils.extractRequiredPositiveInteger and its …GreaterThanOrEqualToMin and
    …LessThanOrEqualToMax forms."""
    value = settings.get(key)
    if value is None:
        problems.append(f"[{SCOPE}] does not contain the required setting [{key}]")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(_wrong_type(key, value))
        return None
    if value <= 0:
        problems.append(f"[{SCOPE}] Invalid value [{value}]. [{key}] must be a positive integer")
        return None
    limit = "greater" if minimum is not None and value < minimum else None
    if maximum is not None and value > maximum:
        limit = "less"
    if limit is not None:
        bound = minimum if limit == "greater" else maximum
        problems.append(
            f"[{SCOPE}] Invalid value [{java_number(value)}]. [{key}] must be a {limit} than or "
            f"equal to [{java_number(bound or 0)}]"
        )
        return None if limit == "greater" else value
    return value


def _sentence_overlap(settings: JsonObject, problems: list[str]) -> int:
    value = settings.get("sentence_overlap")
    if value is None:
        return 1
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(_wrong_type("sentence_overlap", value))
        return 1
    if value not in (0, 1):
        problems.append(f"sentence_overlap[{value}] must be either 0 or 1")
    return value


def _separators(settings: JsonObject, problems: list[str]) -> JsonObject:
    """RecursiveChunkingSettings: separators or a separator group, not both, not an empty list.
    (Elasticsearch stores the group's separator list; the server keeps the group's name.)"""
    group, separators = settings.get("separator_group"), settings.get("separators")
    if group is not None and separators is not None:
        problems.append(
            "Recursive chunking settings can not have both separators and separator_set"
        )
    if separators is not None:
        if separators == []:
            problems.append("Recursive chunking settings can not have an empty list of separators")
        return {"separators": separators}
    return {"separator_group": group if group is not None else "plaintext"}


def _wrong_type(key: str, value: Any) -> str:
    """InferenceUtils.invalidTypeErrorMsg for an Integer setting."""
    return (
        f"field [{key}] is not of the expected type. The value [{value}] cannot be converted to "
        "a [Integer]"
    )
