"""The backend: every endpoint and document the server holds, and the rules on them.

Handlers parse a request and render the answer; everything that decides (which ids, task
types and settings are valid, what a delete needs, what may stream) is asked of ``Backend``.
A new rule Elasticsearch enforces belongs here or in the rule modules it calls.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ...http.config import ServerConfig
from ...http.errors import EsError, JsonObject, status_exception
from . import endpoint_config as cfg
from . import inference_rules, region_policy
from .catalog import Catalog
from .cluster import References
from .defaults import RESERVED_IDS, reserved_delete, seed
from .errors import not_found, task_type_mismatch
from .provider_limit import ProviderRateLimit, rate_limit_reason
from .store import EndpointStore


@dataclass
class Backend:
    """Shared by all request threads; every mutable part guards itself or is replaced whole."""

    config: ServerConfig
    catalog: Catalog
    store: EndpointStore
    publish_address: str = ""
    nodes: tuple[str, ...] = ()
    references: dict[str, References] = field(default_factory=dict)
    provider_limit: ProviderRateLimit = field(default_factory=ProviderRateLimit)

    def reset(self) -> None:
        """Forget endpoints (but the defaults) and references; the configured nodes again."""
        self.provider_limit.forget()
        self.store.clear()
        if self.config.default_endpoints:
            seed(self.store)
        self.references.clear()
        self.nodes = self.config.nodes

    # -- endpoints ---------------------------------------------------------------------------

    def task_type(self, name: str | None) -> str | None:
        """A ``{task_type}`` path part, checked against the catalogue (None when absent or
        ``any``, which matches every endpoint)."""
        return cfg.path_task_type(self.catalog, name)

    def endpoint(self, inference_id: str, task_type: str | None = None) -> JsonObject:
        """A stored endpoint; 404 if missing, 400 if ``task_type`` is given and differs."""
        stored = self.store.get(inference_id)
        if stored is None:
            raise not_found(inference_id)
        if task_type is not None and task_type != stored["task_type"]:
            raise task_type_mismatch(task_type, stored["task_type"])
        return stored

    def endpoints(self, inference_id: str | None, task_type: str | None) -> list[JsonObject]:
        """GET: one endpoint, or all of them (``_all``, ``*``) of the task type if given."""
        if inference_id in (None, "_all", "*", ""):
            return [e for e in self.store.all() if task_type in (None, e["task_type"])]
        assert inference_id is not None
        return [self.endpoint(inference_id, task_type)]

    def check_new_id(self, inference_id: str) -> None:
        """PUT checks the id before it reads the body."""
        cfg.check_inference_id(inference_id)

    def create_endpoint(
        self, inference_id: str, task_type: str | None, body: JsonObject
    ) -> JsonObject:
        """Validate a PUT body and store the endpoint; the stored configuration (secrets too)."""
        config = cfg.build_config(self.catalog, inference_id, task_type, body)
        if not self.store.insert(config):
            # ModelRegistry.storeModel: a 400, not a 409.
            raise EsError(
                400,
                "resource_already_exists_exception",
                f"Inference endpoint [{inference_id}] already exists",
            )
        return config

    def update_endpoint(
        self, inference_id: str, task_type: str | None, body: JsonObject
    ) -> JsonObject:
        """_update: merge what may change into the stored endpoint; the new configuration.
        The body is read first, then the endpoint must exist and not be a default one
        (TransportUpdateInferenceModelAction); a refused update changes nothing."""
        cfg.check_update_request(body)
        stored = cfg.check_updatable(inference_id, self.store.get(inference_id))
        updated = cfg.apply_update(self.catalog, stored, task_type, body)
        if updated != stored:
            self.store.replace(updated)
        return updated

    def delete_endpoint(
        self, inference_id: str, task_type: str | None, *, dry_run: bool, force: bool
    ) -> JsonObject:
        """DELETE: refused for reserved or referenced endpoints unless forced; the answer body."""
        self.endpoint(inference_id, task_type)
        refs = self.references.get(inference_id)
        pipelines = sorted(refs.pipelines) if refs else []
        indexes = sorted(refs.indexes) if refs else []
        message = _referenced_message(inference_id, pipelines, indexes)
        if dry_run:
            return {
                "acknowledged": False,
                "pipelines": pipelines,
                "indexes": indexes,
                "error_message": message,
            }
        if inference_id in RESERVED_IDS and not force:
            raise reserved_delete(inference_id)
        if message and not force:
            raise status_exception(message, 409)
        self.store.delete(inference_id)
        self.references.pop(inference_id, None)
        return {"acknowledged": True, "pipelines": [], "indexes": []}

    def public_view(self, stored: JsonObject) -> JsonObject:
        """An endpoint as it may leave the server: no secrets."""
        return cfg.public_view(self.catalog, stored)

    # -- inference ---------------------------------------------------------------------------

    def inference_endpoint(
        self, inference_id: str, task_type_name: str | None, body: JsonObject
    ) -> JsonObject:
        """The endpoint an inference body runs on, validated in Elasticsearch's order."""
        task_type = self.task_type(task_type_name)
        inference_rules.check_input(body)
        if task_type is not None:
            inference_rules.check_for_task(body, task_type)
        stored = self.endpoint(inference_id, task_type)
        if task_type is None:
            inference_rules.check_for_task(body, stored["task_type"])
        self.provider_quota(stored)
        return stored

    def provider_quota(self, stored: JsonObject) -> None:
        """With ``provider_rate_limit``: Elasticsearch's 429 above the endpoint's rate limit."""
        rpm = (stored["service_settings"].get("rate_limit") or {}).get("requests_per_minute")
        if self.config.provider_rate_limit and isinstance(rpm, (int, float)) and rpm > 0:
            if self.provider_limit.admit(stored["inference_id"], rpm, time.monotonic()) > 0:
                raise status_exception(rate_limit_reason(stored["inference_id"], rpm), status=429)

    def streaming_endpoint(
        self, inference_id: str, task_type_name: str | None, body: JsonObject
    ) -> JsonObject:
        """As ``inference_endpoint``, for an endpoint whose service streams its task type."""
        stored = self.inference_endpoint(inference_id, task_type_name, body)
        inference_rules.check_streaming(self.catalog, stored)
        return stored

    def chat_endpoint(self, inference_id: str, requested: str) -> JsonObject:
        """The chat_completion endpoint of a unified call (``requested`` names the URL's type)."""
        stored = self.endpoint(inference_id)
        if stored["task_type"] != "chat_completion":
            raise inference_rules.unified_task_type(requested)
        return stored

    def embedding_endpoint(self, inference_id: str, non_text: list[str]) -> JsonObject:
        """The endpoint of an ``embedding`` call whose items include ``non_text`` types."""
        stored = self.endpoint(inference_id)
        inference_rules.check_embedding_endpoint(stored, non_text)
        self.provider_quota(stored)
        return stored

    def rerank_endpoint(self, inference_id: str, non_text: list[str]) -> JsonObject:
        """The endpoint of a rerank call with object items, ``non_text`` among them."""
        stored = self.endpoint(inference_id)
        inference_rules.check_rerank_endpoint(stored, non_text)
        return stored

    def stream_only(self, stored: JsonObject) -> EsError:
        """The refusal of a non-streamed call to a chat_completion endpoint."""
        return inference_rules.stream_only(self.catalog, stored)

    # -- the region policy -------------------------------------------------------------------

    def region_policy(self) -> JsonObject:
        return region_policy.get(self.store)

    def put_region_policy(
        self, policy: JsonObject, user: str | None, now: str, *, force: bool
    ) -> JsonObject:
        """Create or replace the policy; unless forced, never one that denies in-use endpoints."""
        if not force:
            region_policy.refuse_denied_in_use(self.store, self.references, policy)
        return region_policy.put(self.store, policy, user, now)

    def delete_region_policy(self) -> None:
        region_policy.delete(self.store)


def _referenced_message(inference_id: str, pipelines: list[str], indexes: list[str]) -> str:
    """TransportDeleteInferenceEndpointAction's explanation (empty when nothing refers to it)."""
    parts = []
    if pipelines:
        parts.append(
            f"Inference endpoint {inference_id} is referenced by pipelines: "
            f"[{', '.join(pipelines)}]. Ensure that no pipelines are using this inference "
            "endpoint, or use force to ignore this warning and delete the inference endpoint."
        )
    if indexes:
        parts.append(
            f"Inference endpoint {inference_id} is being used in the mapping for indexes: "
            f"[{', '.join(indexes)}]. Ensure that no index mappings are using this inference "
            "endpoint, or use force to ignore this warning and delete the inference endpoint."
        )
    return " ".join(parts)
