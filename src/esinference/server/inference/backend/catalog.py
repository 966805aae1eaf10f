"""The service catalogue the server validates against, taken from the generated spec module.

Nothing here names a service: which services exist, their task types and which settings are
required or secret all come from ``esinference._gen.services`` (or a catalogue a test passes).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from esinference._spec_types import Service

# TaskType enum order in Elasticsearch; messages that list task types use it. EMBEDDING (9.4)
# is last: the enum is written to the wire by ordinal, so new task types are appended.
_JAVA_TASK_ORDER = (
    "text_embedding",
    "sparse_embedding",
    "rerank",
    "completion",
    "chat_completion",
    "embedding",
)
STREAMING_TASK_TYPES = ("completion", "chat_completion")
EMBEDDING_TASK_TYPES = ("text_embedding", "sparse_embedding")
# The Elastic Inference Service: the only service taking non-text rerank items (9.5 API docs),
# and the one whose endpoints a region policy governs.
ELASTIC_SERVICE = "elastic"
# Services whose embedding models take non-text items, each with the service setting that can
# turn that off (the 9.5 API docs: jinaai's ``multimodal_model``, default true). OpenAI's
# embedding task takes text only (elastic/elasticsearch#147906); so does every other service.
MULTIMODAL_EMBEDDING: dict[str, str | None] = {ELASTIC_SERVICE: None, "jinaai": "multimodal_model"}


@dataclass(frozen=True)
class Catalog:
    """Task types and services known to the server."""

    task_types: tuple[str, ...]
    services: Mapping[str, Service]

    @classmethod
    def generated(cls) -> Catalog:
        """The catalogue rendered from spec/ by the code generator."""
        from esinference._gen.services import SERVICES, TASK_TYPES

        return cls(tuple(TASK_TYPES), dict(SERVICES))

    def secret_keys(self, service_name: str) -> frozenset[str]:
        """Keys of service_settings that are never returned: secret fields and secret maps."""
        service = self.services.get(service_name)
        if service is None:
            return frozenset()
        secrets = {f.name for f in service.service_settings if f.secret}
        return frozenset(secrets | set(service.secret_maps))

    def streaming_task_types(self, service: Service) -> list[str]:
        return [t for t in STREAMING_TASK_TYPES if t in service.task_types]


def java_order(task_types: list[str] | tuple[str, ...]) -> list[str]:
    """Task types sorted as Elasticsearch's EnumSet prints them."""
    rank = {name: i for i, name in enumerate(_JAVA_TASK_ORDER)}
    return sorted(task_types, key=lambda t: (rank.get(t, len(rank)), t))
