"""Fixtures for every folder: both clients and transports, sync and async; TLS servers."""

from tests.clients import es, make_client, open_api, sync  # noqa: F401 - registers the fixtures
from tests.fakes.tls import ca, ca_file, tls_server  # noqa: F401 - registers the fixtures
