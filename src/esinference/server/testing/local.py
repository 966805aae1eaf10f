"""LocalServer: start the fake Elasticsearch in a thread or a child process, and drive its knobs."""

from __future__ import annotations

import http.client
import json
import os
import queue
import subprocess as sp
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from ..http.config import ServerConfig
from ..http.server import EsHttpServer
from ..inference.api import InferenceApi
from ..inference.backend.backend import Backend
from ..inference.backend.catalog import Catalog
from ..inference.backend.cluster import References
from ..inference.backend.defaults import seed
from ..inference.backend.store import EndpointStore
from .faults import Fault
from .pipeline import Pipeline
from .request_log import LoggedRequest
from .state import ServerState

T = TypeVar("T")


def create_server(
    config: ServerConfig, catalog: Catalog | None = None
) -> EsHttpServer[ServerState]:
    """A bound, not yet serving, server for ``config`` (the CLI and LocalServer use this)."""
    backend = Backend(
        config=config,
        catalog=catalog or Catalog.generated(),
        store=EndpointStore(config.data_dir),
        nodes=config.nodes,
    )
    if config.default_endpoints:
        seed(backend.store)
    state = ServerState(config=config, backend=backend, latency_ms=config.latency_ms)
    server = EsHttpServer(config, Pipeline(state, InferenceApi(backend, state)), state)
    host = "127.0.0.1" if config.host in ("", "0.0.0.0") else config.host
    backend.publish_address = f"{host}:{server.server_address[1]}"
    return server


def shutdown_server(server: EsHttpServer[ServerState]) -> None:
    server.state.stopping.set()
    server.shutdown()
    server.close_connections()
    server.server_close()
    server.state.store.close()


class LocalServer:
    """A local Elasticsearch Inference API server for tests: ``with LocalServer() as es: es.url``.

    By default it runs in a thread of this process; ``subprocess=True`` runs
    ``python -m esinference.server`` in a child process instead (``kill()`` then sends SIGKILL).
    The knob methods work the same way in both modes.

    Limits: ``max_content_length`` (bytes; larger bodies get 413), ``idle_timeout`` and
    ``read_timeout`` (seconds), ``max_connections``. ``default_endpoints=True`` adds the
    preconfigured endpoints Elasticsearch 9 creates (``.elser-2-elasticsearch``, ...), listed,
    usable and protected as there; off by default, as most tests want an empty server.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        data_dir: str | Path | None = None,
        api_key: str | None = None,
        basic_auth: tuple[str, str] | None = None,
        latency_ms: float = 0.0,
        nodes: Iterable[str] = (),
        subprocess: bool = False,
        catalog: Catalog | None = None,
        verbose: bool = False,
        startup_timeout: float = 20.0,
        max_content_length: int = ServerConfig.max_content_length,
        idle_timeout: float = ServerConfig.idle_timeout,
        read_timeout: float = ServerConfig.read_timeout,
        max_connections: int = ServerConfig.max_connections,
        default_endpoints: bool = ServerConfig.default_endpoints,
    ) -> None:
        if subprocess and catalog is not None:
            raise ValueError("a custom catalog can only be used in-process")
        self.config = ServerConfig(
            host=host,
            port=port,
            data_dir=data_dir,
            api_key=api_key,
            basic_auth=basic_auth,
            latency_ms=latency_ms,
            nodes=tuple(nodes),
            verbose=verbose,
            max_content_length=max_content_length,
            idle_timeout=idle_timeout,
            read_timeout=read_timeout,
            max_connections=max_connections,
            default_endpoints=default_endpoints,
        )
        self.subprocess = subprocess
        self._catalog = catalog
        self._startup_timeout = startup_timeout
        self._server: EsHttpServer[ServerState] | None = None
        self._thread: threading.Thread | None = None
        self._process: sp.Popen[str] | None = None
        self.host = host
        self.port = port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> LocalServer:
        if self.subprocess:
            self._start_process()
        else:
            self._server = create_server(self.config, self._catalog)
            self.host, self.port = self._server.state.backend.publish_address.rsplit(":", 1)[
                0
            ], int(self._server.server_address[1])
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"esinference-server-{self.port}",
                daemon=True,
            )
            self._thread.start()
        return self

    def _start_process(self) -> None:
        package_root = str(Path(__file__).resolve().parents[3])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        cmd = [sys.executable, "-m", "esinference.server", "--host", self.config.host]
        cmd += ["--port", str(self.config.port), "--latency-ms", str(self.config.latency_ms)]
        if self.config.data_dir is not None:
            cmd += ["--data-dir", str(self.config.data_dir)]
        if self.config.api_key is not None:
            cmd += ["--api-key", self.config.api_key]
        if self.config.basic_auth is not None:
            cmd += ["--basic-auth", ":".join(self.config.basic_auth)]
        for node in self.config.nodes:
            cmd += ["--node", node]
        if self.config.verbose:
            cmd.append("--verbose")
        cmd += ["--max-content-length", str(self.config.max_content_length)]
        cmd += ["--idle-timeout", str(self.config.idle_timeout)]
        cmd += ["--read-timeout", str(self.config.read_timeout)]
        cmd += ["--max-connections", str(self.config.max_connections)]
        if self.config.default_endpoints:
            cmd.append("--default-endpoints")
        self._process = sp.Popen(cmd, stdout=sp.PIPE, text=True, env=env)
        lines: queue.Queue[str] = queue.Queue()
        stdout = self._process.stdout
        assert stdout is not None

        def pump() -> None:
            for line in stdout:
                lines.put(line)

        threading.Thread(target=pump, daemon=True).start()
        try:
            first = lines.get(timeout=self._startup_timeout).strip()
        except queue.Empty:
            self._process.kill()
            raise RuntimeError("esinference.server did not start in time") from None
        address = first.removeprefix("http://")
        self.host, port = address.rsplit(":", 1)
        self.port = int(port)

    def stop(self) -> None:
        """Stop cleanly (SIGTERM for a child process)."""
        if self._server is not None:
            shutdown_server(self._server)
            self._server = None
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except sp.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None

    def kill(self) -> None:
        """SIGKILL the child process: no shutdown code runs (durability tests)."""
        if self._process is None:
            raise RuntimeError("kill() needs a server started with subprocess=True")
        self._process.kill()
        self._process.wait()
        self._process = None

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- knobs -------------------------------------------------------------------------------

    @property
    def _state(self) -> ServerState | None:
        return self._server.state if self._server is not None else None

    def _control(self, method: str, path: str, body: Any = None) -> Any:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            payload = None if body is None else json.dumps(body)
            headers = {"Content-Type": "application/json"}
            connection.request(method, "/_esinference/" + path, body=payload, headers=headers)
            response = connection.getresponse()
            data = json.loads(response.read() or b"null")
            if response.status != 200:
                raise ValueError(f"control request failed: {data}")
            return data
        finally:
            connection.close()

    def _knob(
        self,
        local: Callable[[ServerState], Any],
        method: str,
        path: str,
        body: Any = None,
        remote: Callable[[Any], Any] = lambda answer: None,
    ) -> Any:
        """Turn a knob: directly on an in-process server, else through the control API."""
        state = self._state
        if state is not None:
            return local(state)
        return remote(self._control(method, path, body))

    def _listing(
        self, local: Callable[[ServerState], list[T]], name: str, parse: Callable[[Any], T]
    ) -> list[T]:
        """A list knob: ``GET /_esinference/<name>`` answers ``{name: [...]}``."""

        def remote(answer: Any) -> list[T]:
            return [parse(x) for x in answer[name]]

        return list(self._knob(local, "GET", name, remote=remote))

    def add_fault(
        self,
        action: str,
        *,
        count: int = 1,
        path: str | None = None,
        method: str | None = None,
        status: int = 503,
        retry_after: str | int | None = None,
        seconds: float = 0.0,
        after_events: int = 1,
        process: bool = False,
    ) -> None:
        """Apply ``action`` to the next ``count`` requests matching ``method`` / ``path`` (regex).

        Actions: status, drop, reset, stall, truncate, malformed_json, html_502, stream_error,
        stream_drop (see ``esinference.server.testing.faults``).
        """
        fault = Fault(
            action=action,
            count=count,
            path=path,
            method=method,
            status=status,
            retry_after=None if retry_after is None else str(retry_after),
            seconds=seconds,
            after_events=after_events,
            process=process,
        )
        self._knob(lambda s: s.faults.add(fault), "POST", "faults", asdict(fault))

    def faults(self) -> list[Fault]:
        return self._listing(lambda s: s.faults.pending(), "faults", Fault.from_json)

    def clear_faults(self) -> None:
        self._knob(lambda s: s.faults.clear(), "DELETE", "faults")

    def set_latency(self, milliseconds: float) -> None:
        """Delay every API answer by this much (0 turns it off)."""
        self._knob(
            lambda s: setattr(s, "latency_ms", milliseconds),
            "PUT",
            "latency",
            {"latency_ms": milliseconds},
        )

    def requests(self) -> list[LoggedRequest]:
        """API requests received so far (control requests excluded), oldest first."""
        return self._listing(lambda s: s.requests.entries(), "requests", LoggedRequest.from_json)

    def clear_requests(self) -> None:
        self._knob(lambda s: s.requests.clear(), "DELETE", "requests")

    def set_nodes(self, addresses: Iterable[str]) -> None:
        """Other ``host:port`` nodes that GET /_nodes/_all/http lists besides this one."""
        nodes = tuple(addresses)
        self._knob(
            lambda s: setattr(s.backend, "nodes", nodes), "PUT", "nodes", {"nodes": list(nodes)}
        )

    def set_references(
        self, inference_id: str, *, pipelines: Iterable[str] = (), indexes: Iterable[str] = ()
    ) -> None:
        """Pretend pipelines / index mappings use an endpoint (DELETE then needs force)."""
        refs = References(pipelines=tuple(pipelines), indexes=tuple(indexes))
        self._knob(
            lambda s: s.backend.references.__setitem__(inference_id, refs),
            "PUT",
            f"references/{inference_id}",
            asdict(refs),
        )

    def reset(self) -> None:
        """Forget endpoints (but the defaults), faults, requests and references; restore knobs."""
        self._knob(lambda s: s.reset(), "POST", "reset")
