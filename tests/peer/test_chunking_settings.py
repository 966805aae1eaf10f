"""``chunking_settings`` as Elasticsearch parses them on PUT.

Sources (elastic/elasticsearch, x-pack/plugin/core/.../inference/chunking/):
- ``ChunkingSettingsBuilder.fromMap``: ``{}`` gives the default (sentence, 250, 1); settings
  without a ``strategy`` are refused with an IllegalArgumentException, ``Can't generate Chunker
  without ChunkingStrategy provided``; ``ChunkingStrategy.fromString``: ``Invalid
  chunkingStrategy {name}``.
- ``SentenceBoundaryChunkingSettings.fromMap``: keys other than strategy / max_chunk_size /
  sentence_overlap (``Sentence based chunking settings can not have the following settings:
  [overlap]``); max_chunk_size required, at least 20; sentence_overlap 0 or 1.
- ``WordBoundaryChunkingSettings.fromMap``: keys other than strategy / max_chunk_size / overlap;
  max_chunk_size at least 10; overlap required, at most half of max_chunk_size.
- ``InferenceUtils`` (extractRequiredPositiveInteger…): ``[chunking_settings] Invalid value [5.0].
  [max_chunk_size] must be a greater than or equal to [20.0]`` — the numbers are doubles.
All of them are ValidationExceptions (400 ``validation_exception``, ``Validation Failed: 1: …;``).
Chunking settings are read only for the embedding task types; on others (OpenAiService reads them
for text_embedding only) they are a leftover top-level key.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import Http

from ._configs import assert_not_stored, assert_refused, put, unknown_settings

OPENAI = {
    "service": "openai",
    "service_settings": {"api_key": "k", "model_id": "text-embedding-3-small"},
}


def put_chunking(http: Http, chunking: dict[str, Any], task_type: str = "text_embedding") -> Any:
    return put(http, "chunked", task_type, {**OPENAI, "chunking_settings": chunking})


@pytest.mark.parametrize(
    "chunking",
    [
        {"strategy": "sentence", "max_chunk_size": 20, "sentence_overlap": 0},
        {"strategy": "word", "max_chunk_size": 10, "overlap": 5},
        {"strategy": "none"},
    ],
)
def test_valid_chunking_settings_are_stored_as_given(http: Http, chunking: dict[str, Any]) -> None:
    reply = put_chunking(http, chunking)
    assert reply.status == 200, reply.data
    assert reply.json["chunking_settings"] == chunking


def test_an_empty_object_means_the_sentence_default(http: Http) -> None:
    """ChunkingSettingsBuilder.DEFAULT_SETTINGS (DefaultEndPointsIT checks the same values)."""
    reply = put_chunking(http, {})
    assert reply.json["chunking_settings"] == {
        "strategy": "sentence",
        "max_chunk_size": 250,
        "sentence_overlap": 1,
    }


def test_sentence_overlap_defaults_to_one(http: Http) -> None:
    reply = put_chunking(http, {"strategy": "sentence", "max_chunk_size": 100})
    assert reply.json["chunking_settings"]["sentence_overlap"] == 1


REFUSED = [
    pytest.param(
        {"max_chunk_size": 100},
        "illegal_argument_exception",
        "Can't generate Chunker without ChunkingStrategy provided",
        id="no-strategy",
    ),
    pytest.param(
        {"strategy": "paragraph", "max_chunk_size": 100},
        "illegal_argument_exception",
        "Invalid chunkingStrategy paragraph",
        id="unknown-strategy",
    ),
    pytest.param(
        {"strategy": "sentence", "max_chunk_size": 100, "overlap": 10},
        "validation_exception",
        "Validation Failed: 1: Sentence based chunking settings can not have the following "
        "settings: [overlap];",
        id="sentence-unknown-key",
    ),
    pytest.param(
        {"strategy": "sentence", "max_chunk_size": 5},
        "validation_exception",
        "Validation Failed: 1: [chunking_settings] Invalid value [5.0]. [max_chunk_size] must be "
        "a greater than or equal to [20.0];",
        id="sentence-too-small",
    ),
    pytest.param(
        {"strategy": "sentence", "max_chunk_size": 100, "sentence_overlap": 2},
        "validation_exception",
        "Validation Failed: 1: sentence_overlap[2] must be either 0 or 1;",
        id="sentence-overlap-2",
    ),
    pytest.param(
        {"strategy": "sentence"},
        "validation_exception",
        "Validation Failed: 1: [chunking_settings] does not contain the required setting "
        "[max_chunk_size];",
        id="sentence-no-size",
    ),
    pytest.param(
        {"strategy": "word", "max_chunk_size": 100, "overlap": 10, "sentence_overlap": 1},
        "validation_exception",
        "Validation Failed: 1: Word based chunking settings can not have the following "
        "settings: [sentence_overlap];",
        id="word-unknown-key",
    ),
    pytest.param(
        {"strategy": "word", "max_chunk_size": 5, "overlap": 1},
        "validation_exception",
        "Validation Failed: 1: [chunking_settings] Invalid value [5.0]. [max_chunk_size] must be "
        "a greater than or equal to [10.0];",
        id="word-too-small",
    ),
    pytest.param(
        {"strategy": "word", "max_chunk_size": 100, "overlap": 60},
        "validation_exception",
        "Validation Failed: 1: [chunking_settings] Invalid value [60.0]. [overlap] must be a "
        "less than or equal to [50.0];",
        id="word-overlap-above-half",
    ),
    pytest.param(
        {"strategy": "word", "max_chunk_size": 100},
        "validation_exception",
        "Validation Failed: 1: [chunking_settings] does not contain the required setting "
        "[overlap];",
        id="word-no-overlap",
    ),
]


@pytest.mark.parametrize(("chunking", "error_type", "reason"), REFUSED)
def test_invalid_chunking_settings_are_refused_and_nothing_stored(
    http: Http, chunking: dict[str, Any], error_type: str, reason: str
) -> None:
    assert_refused(put_chunking(http, chunking), 400, error_type, reason)
    assert_not_stored(http, "chunked")


def test_chunking_settings_on_a_task_type_that_does_not_chunk_are_a_leftover(http: Http) -> None:
    chunking = {"strategy": "word", "max_chunk_size": 100, "overlap": 10}
    reply = put_chunking(http, chunking, task_type="completion")
    assert_refused(
        reply,
        400,
        "status_exception",
        # The request body is parsed into java.util.HashMaps: their toString order is by hash.
        unknown_settings(
            "openai", "{chunking_settings={overlap=10, max_chunk_size=100, strategy=word}}"
        ),
    )
