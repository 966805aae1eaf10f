"""Fixtures for every folder: both clients and transports, sync and async; TLS servers."""

import os

from hypothesis import HealthCheck, settings

from tests.clients import es, make_client, open_api, sync  # noqa: F401 - registers the fixtures
from tests.fakes.tls import ca, ca_file, tls_server  # noqa: F401 - registers the fixtures

# CI runs two suites side by side on two cores: a slow example there is the machine, not a bug,
# so the health check on data generation speed and the per-example deadline are off (CI=true).
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
if os.environ.get("CI"):
    settings.load_profile("ci")
