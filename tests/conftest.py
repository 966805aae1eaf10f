"""Fixtures for every suite: both clients and both transports, sync and async (clients.py)."""

from tests.clients import es, make_client, open_api, sync  # noqa: F401 - registers the fixtures
