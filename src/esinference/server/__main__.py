"""``python -m esinference.server``: run the local server until Ctrl-C or SIGTERM.

The first line printed is the server's URL (LocalServer(subprocess=True) reads it).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from ._local import create_server, shutdown_server
from ._state import ServerConfig


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
    )


def main(argv: list[str] | None = None) -> int:
    config = parse_args(argv)
    server = create_server(config)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1})
    thread.start()
    print(f"http://{server.state.publish_address}", flush=True)
    while not stop.wait(0.5):
        pass
    shutdown_server(server)
    thread.join()
    print("esinference.server stopped", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
