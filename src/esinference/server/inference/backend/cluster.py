"""What the server says about its cluster: version, names, node ids, and what uses an endpoint."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from ...._gen import __es_specification_commit__
from ...._version import __es_version__

# GET / and Warning headers: the API version served, and the spec commit as a stable build hash.
VERSION, BUILD_HASH = __es_version__, __es_specification_commit__
CLUSTER_NAME = "esinference-local"


@dataclass(frozen=True)
class References:
    """Pipelines and indexes said to use an endpoint (makes DELETE answer 409 without force)."""

    pipelines: tuple[str, ...] = ()
    indexes: tuple[str, ...] = ()


def node_id(address: str) -> str:
    """A stable 22-character node id for a publish address, like ES's base64 UUIDs."""
    digest = hashlib.sha256(address.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()[:22]
