"""``python -m esinference.server``: run the local server until Ctrl-C or SIGTERM.

The first line printed is the server's URL (LocalServer(subprocess=True) reads it). Exit
status: 0 after SIGTERM / SIGINT, 1 when the address cannot be bound (e.g. the port is in
use), 2 for bad arguments. A closed stdout does not stop the server.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import threading
from types import FrameType

from .http.config import ServerConfig
from .testing.local import create_server, shutdown_server

_SIZE = re.compile(r"^\s*(\d+)\s*(b|kb|mb|gb)?\s*$", re.IGNORECASE)
_UNITS = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}


def byte_size(text: str) -> int:
    """``100mb``, ``512kb`` or a number of bytes, as Elasticsearch's byte-size settings."""
    match = _SIZE.match(text)
    if match is None:
        raise argparse.ArgumentTypeError(f"not a byte size: {text!r} (e.g. 100mb, 512kb, 1024)")
    return int(match.group(1)) * _UNITS[(match.group(2) or "b").lower()]


def parse_args(argv: list[str] | None = None) -> ServerConfig:
    parser = argparse.ArgumentParser(
        prog="python -m esinference.server",
        description="Local Elasticsearch Inference API server (fake models, for tests).",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9200, help="0 picks a free port")
    parser.add_argument("--data-dir", help="keep endpoints in SQLite here (default: memory)")
    parser.add_argument("--api-key", help="require 'Authorization: ApiKey <this, base64>'")
    parser.add_argument("--basic-auth", metavar="USER:PASSWORD", help="accept basic auth")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="delay every answer")
    parser.add_argument(
        "--node",
        action="append",
        default=[],
        metavar="HOST:PORT",
        help="another node for GET /_nodes/_all/http (repeatable)",
    )
    parser.add_argument("--verbose", action="store_true", help="log requests to stderr")
    parser.add_argument(
        "--max-content-length",
        type=byte_size,
        default=ServerConfig.max_content_length,
        metavar="SIZE",
        help="larger request bodies get 413 (default 100mb, as http.max_content_length)",
    )
    parser.add_argument("--idle-timeout", type=float, default=ServerConfig.idle_timeout)
    parser.add_argument("--read-timeout", type=float, default=ServerConfig.read_timeout)
    parser.add_argument("--max-connections", type=int, default=ServerConfig.max_connections)
    parser.add_argument(
        "--default-endpoints",
        action="store_true",
        help="create the endpoints Elasticsearch 9 preconfigures (.elser-2-elasticsearch, ...)",
    )
    args = parser.parse_args(argv)
    basic = None
    if args.basic_auth:
        user, sep, password = args.basic_auth.partition(":")
        if not sep:
            parser.error("--basic-auth takes USER:PASSWORD")
        basic = (user, password)
    return ServerConfig(
        host=args.host,
        port=args.port,
        data_dir=args.data_dir,
        api_key=args.api_key,
        basic_auth=basic,
        latency_ms=args.latency_ms,
        nodes=tuple(args.node),
        verbose=args.verbose,
        max_content_length=args.max_content_length,
        idle_timeout=args.idle_timeout,
        read_timeout=args.read_timeout,
        max_connections=args.max_connections,
        default_endpoints=args.default_endpoints,
    )


def main(argv: list[str] | None = None) -> int:
    config = parse_args(argv)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        server = create_server(config)
    except OSError as exc:
        _say(f"esinference.server: cannot listen on {config.host}:{config.port}: {exc.strerror}")
        return 1
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
    )
    thread.start()
    try:
        _announce(f"http://{server.state.backend.publish_address}")
        while not stop.wait(0.5):
            pass
    finally:
        shutdown_server(server)
        thread.join(timeout=10)
    _say("esinference.server stopped")
    return 0


def _announce(url: str) -> None:
    """Print the URL; with stdout closed, say so on stderr and keep serving."""
    try:
        print(url, flush=True)
    except (OSError, ValueError):
        _say(f"esinference.server: stdout is closed; serving on {url}")
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)


def _say(message: str) -> None:
    try:
        print(message, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
