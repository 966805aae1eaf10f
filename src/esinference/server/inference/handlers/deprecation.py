"""Deprecation warnings as Elasticsearch sends them, so clients' warning handling can be tested."""

from __future__ import annotations

from ..backend.cluster import BUILD_HASH, VERSION

# ElasticsearchInternalService logs this on PUT with service "elser" (quoted from its tests).
ELSER_DEPRECATED = (
    "The [elser] service is deprecated and will be removed in a future release. Use the "
    "[elasticsearch] service instead, with [model_id] set to [.elser_model_2] in the "
    "[service_settings]"
)


def deprecation_warning(message: str) -> tuple[str, str]:
    """HeaderWarning's ``Warning: 299 Elasticsearch-<version>-<build hash> "<message>"``."""
    escaped = message.replace("\\", "\\\\").replace('"', '\\"')
    return ("Warning", f'299 Elasticsearch-{VERSION}-{BUILD_HASH} "{escaped}"')
