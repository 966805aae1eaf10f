"""Deterministic stand-ins for real models: same input, same output, on every run and machine.

Vectors and weights are seeded by SHA-256 of the text, never by Python's salted ``hash``.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
import struct
from collections.abc import Sequence
from typing import Any

from ._errors import JsonObject

_TOKEN = re.compile(r"\w+", re.UNICODE)
_BYTE_TYPES = frozenset({"byte", "int8"})
_BIT_TYPES = frozenset({"bit", "binary"})


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _seed(*parts: str) -> int:
    digest = hashlib.sha256("\x00".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big")


def unit_vector(text: str, dimensions: int) -> list[float]:
    """A normalised float vector; the same text always gives the same vector."""
    rng = random.Random(_seed("text_embedding", text))
    raw = [rng.gauss(0.0, 1.0) for _ in range(dimensions)]
    norm = math.sqrt(sum(x * x for x in raw)) or 1.0
    # Round-trip through float32 so values look like what ES returns.
    return [struct.unpack("f", struct.pack("f", x / norm))[0] for x in raw]


def text_embedding(settings: JsonObject, inputs: Sequence[str], dimensions: int) -> JsonObject:
    """``text_embedding`` results; byte/bit element types give the matching ES variants."""
    element_type = str(settings.get("element_type") or settings.get("embedding_type") or "float")
    if element_type in _BYTE_TYPES:
        return {
            "text_embedding_bytes": [
                {
                    "embedding": [
                        max(-128, min(127, round(x * 127))) for x in unit_vector(t, dimensions)
                    ]
                }
                for t in inputs
            ]
        }
    if element_type in _BIT_TYPES:
        return {"text_embedding_bits": [{"embedding": _bits(t, dimensions)} for t in inputs]}
    return {"text_embedding": [{"embedding": unit_vector(t, dimensions)} for t in inputs]}


def _bits(text: str, dimensions: int) -> list[int]:
    """Sign bits packed eight to a signed byte, as ES's bit vectors are."""
    signs = [1 if x > 0 else 0 for x in unit_vector(text, dimensions)]
    packed = []
    for start in range(0, len(signs), 8):
        value = 0
        for bit in signs[start : start + 8]:
            value = (value << 1) | bit
        packed.append(value - 256 if value > 127 else value)
    return packed


def sparse_embedding(inputs: Sequence[str]) -> JsonObject:
    """One weight per distinct token of each text, in first-seen order."""
    results = []
    for text in inputs:
        weights: dict[str, float] = {}
        for token in tokens(text):
            if token not in weights:
                rng = random.Random(_seed("sparse_embedding", token))
                weights[token] = round(0.1 + rng.random() * 2.9, 6)
        results.append({"is_truncated": False, "embedding": weights})
    return {"sparse_embedding": results}


def relevance(query: str, document: str) -> float:
    """Share of the query's distinct tokens found in the document, nudged apart by a hash."""
    query_tokens = set(tokens(query))
    doc_tokens = set(tokens(document))
    overlap = len(query_tokens & doc_tokens) / len(query_tokens) if query_tokens else 0.0
    nudge = random.Random(_seed("rerank", query, document)).random() * 1e-3
    return round(overlap * 0.999 + nudge, 7)


def rerank(
    query: str, documents: Sequence[str], *, top_n: int | None, return_documents: bool
) -> JsonObject:
    """Documents sorted by ``relevance`` (highest first, ties by input position)."""
    scored = sorted(
        ((relevance(query, doc), index) for index, doc in enumerate(documents)),
        key=lambda pair: (-pair[0], pair[1]),
    )
    if top_n is not None:
        scored = scored[:top_n]
    ranked: list[JsonObject] = []
    for score, index in scored:
        entry: JsonObject = {"index": index, "relevance_score": score}
        if return_documents:
            entry["text"] = documents[index]
        ranked.append(entry)
    return {"rerank": ranked}


def completion_text(prompt: str) -> str:
    """The answer every completion of ``prompt`` gets."""
    words = tokens(prompt)
    topic = " ".join(words[:8]) if words else "nothing"
    return f"This is a deterministic answer about {topic}."


def completion(inputs: Sequence[str]) -> JsonObject:
    return {"completion": [{"result": completion_text(text)} for text in inputs]}


def completion_deltas(text: str) -> list[str]:
    """The answer split word by word, spaces kept with the following word."""
    return re.findall(r"\s*\S+", text)


def message_text(message: Any) -> str:
    """The text of a chat message whose content is a string or a list of text parts."""
    if not isinstance(message, dict):
        return ""
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return ""
