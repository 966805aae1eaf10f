"""A client from the global options: URL(s), credentials, TLS and the request timeout."""

from __future__ import annotations

import argparse

from .._client import Client
from ._exits import UsageError


def make_client(args: argparse.Namespace) -> Client:
    hosts = [url.strip() for url in str(getattr(args, "cli.url")).split(",") if url.strip()]
    basic = getattr(args, "cli.basic_auth")
    basic_auth = None
    if basic is not None:
        user, sep, password = basic.partition(":")
        if not sep:
            raise UsageError("--basic-auth takes USER:PASSWORD")
        basic_auth = (user, password)
    insecure = bool(getattr(args, "cli.insecure"))
    timeout = getattr(args, "cli.request_timeout")
    try:
        return Client(
            hosts,
            api_key=getattr(args, "cli.api_key"),
            basic_auth=basic_auth,
            ca_certs=getattr(args, "cli.ca_certs"),
            verify_certs=not insecure,
            ssl_show_warn=not insecure,
            **({} if timeout is None else {"request_timeout": timeout}),
        )
    except (TypeError, ValueError) as exc:
        raise UsageError(str(exc)) from None
