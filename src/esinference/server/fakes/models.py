"""Deterministic stand-ins for real models: lexical, not semantic, but worth testing against.

- dense embeddings hash word and character-trigram features into the endpoint's dimensions
  (signed feature hashing), plus a faint text-seeded component so distinct texts never share
  a vector, then normalise: texts sharing words are close, unrelated texts near-orthogonal;
- sparse embeddings weigh the text's own tokens (ELSER's token -> weight shape);
- rerank scores are BM25 over the request's inputs, squashed into (0, 1);
- completions are a fixed sentence about the prompt's first words, streamed word by word.

Every number is a float32 written in its shortest round-trip form, as Elasticsearch writes
floats. Hashes are BLAKE2/SHAKE of the text, never Python's salted ``hash``: the same input
gives the same output on every run and machine.
"""

from __future__ import annotations

import hashlib
import math
import re
import struct
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..http.errors import JsonObject

_TOKEN = re.compile(r"\w+", re.UNICODE)
_BYTE_TYPES = frozenset({"byte", "int8"})
_BIT_TYPES = frozenset({"bit", "binary"})
_FLOAT32 = struct.Struct("<f")
_FLOAT32_MIN_NORMAL = 1.1754943508222875e-38
_NOISE = 0.05  # weight of the text-seeded component, relative to the lexical features
_K1, _B = 1.2, 0.75  # BM25's usual constants


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def float32(value: float) -> float:
    """``value`` rounded to float32, as the shortest decimal that reads back as that float32.

    The result is a Python float whose repr is that decimal, so JSON shows e.g. ``0.1``
    rather than ``0.10000000149011612``.
    """
    single = _FLOAT32.unpack(_FLOAT32.pack(value))[0]
    if single == 0.0 or not math.isfinite(single):
        return float(single)
    # A normal float32 carries over 7 digits, so 6 never lose it; subnormals carry fewer.
    for digits in range(6 if abs(single) >= _FLOAT32_MIN_NORMAL else 1, 10):
        candidate = float(f"{single:.{digits}g}")
        try:
            if _FLOAT32.unpack(_FLOAT32.pack(candidate))[0] == single:
                return candidate
        except OverflowError:  # rounded past float32's largest value
            continue
    return float(single)  # not reached: 9 significant digits always round-trip a float32


# -- dense -------------------------------------------------------------------------------------


def _features(text: str) -> Counter[str]:
    """Words (weight 1) and their character trigrams with boundary marks (weight 1/3 each)."""
    found: Counter[str] = Counter()
    for word in tokens(text):
        found["w:" + word] += 3
        marked = f"<{word}>"
        for start in range(len(marked) - 2):
            found["c:" + marked[start : start + 3]] += 1
    return found


@lru_cache(maxsize=65536)
def _slot(feature: str, dimensions: int) -> tuple[int, float]:
    """Where a feature lands (index) and with which sign."""
    digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
    number = int.from_bytes(digest, "big")
    return number % dimensions, 1.0 if (number >> 63) else -1.0


def _noise(text: str, dimensions: int) -> list[float]:
    """A faint pseudo-random vector seeded by the exact text (values in [-1, 1))."""
    raw = hashlib.shake_256(("text_embedding\x00" + text).encode()).digest(2 * dimensions)
    return [v / 32768 for v in struct.unpack(f"<{dimensions}h", raw)]


def unit_vector(text: str, dimensions: int) -> list[float]:
    """The normalised dense embedding of ``text``; the same text always gives the same vector."""
    vector = [_NOISE * x for x in _noise(text, dimensions)]
    for feature, count in _features(text).items():
        index, sign = _slot(feature, dimensions)
        vector[index] += sign * count
    norm = math.sqrt(sum(x * x for x in vector)) or 1.0
    return [float32(x / norm) for x in vector]


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


# -- sparse ------------------------------------------------------------------------------------


def _token_weight(token: str) -> float:
    """A stable per-token importance in [0.5, 1.5), standing in for a learned weight."""
    digest = hashlib.blake2b(("sparse\x00" + token).encode(), digest_size=2).digest()
    return 0.5 + int.from_bytes(digest, "big") / 65536


def sparse_embedding(inputs: Sequence[str]) -> JsonObject:
    """One weight per distinct token of each text (first-seen order), growing with its count."""
    results = []
    for text in inputs:
        counts = Counter(tokens(text))
        weights = {t: float32(_token_weight(t) * (1 + math.log(n))) for t, n in counts.items()}
        results.append({"is_truncated": False, "embedding": weights})
    return {"sparse_embedding": results}


# -- rerank ------------------------------------------------------------------------------------


def rerank_scores(query: str, documents: Sequence[str]) -> list[float]:
    """BM25 of each document for ``query``, the inputs being the corpus, mapped to (0, 1)."""
    docs = [Counter(tokens(d)) for d in documents]
    lengths = [sum(d.values()) for d in docs]
    average = (sum(lengths) / len(docs)) if docs else 0.0
    scores = []
    for doc, length in zip(docs, lengths, strict=True):
        score = 0.0
        for term in set(tokens(query)):
            if term not in doc:
                continue
            having = sum(1 for d in docs if term in d)
            idf = math.log(1 + (len(docs) - having + 0.5) / (having + 0.5))
            norm = _K1 * (1 - _B + _B * length / average) if average else _K1
            score += idf * doc[term] * (_K1 + 1) / (doc[term] + norm)
        scores.append(float32(score / (1 + score)))
    return scores


def rerank(
    query: str, documents: Sequence[str], *, top_n: int | None, return_documents: bool
) -> JsonObject:
    """Documents sorted by BM25 score (highest first, ties by input position)."""
    scores = rerank_scores(query, documents)
    order = sorted(range(len(documents)), key=lambda i: (-scores[i], i))
    if top_n is not None:
        order = order[:top_n]
    ranked: list[JsonObject] = []
    for index in order:
        entry: JsonObject = {"index": index, "relevance_score": scores[index]}
        if return_documents:
            entry["text"] = documents[index]
        ranked.append(entry)
    return {"rerank": ranked}


# -- completion --------------------------------------------------------------------------------


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
