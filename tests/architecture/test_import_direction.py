"""Imports point down the layers of docs/architecture.md, the transport stands alone, and no
module imports itself back through others.

The local server (``esinference.server``) has layers of its own, checked the same way.

Every ``import`` in ``src/esinference`` (including the ones inside functions and under
``TYPE_CHECKING``) is resolved to a module name and checked against the layer rules and for
cycles: a cycle closed by a deferred or type-only import is harmless until someone moves it
to the top of a file, so it counts like any other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "esinference"
TRANSPORT = PACKAGE / "_transport"
SERVER = PACKAGE / "server"
DOCS = PACKAGE.parents[1] / "docs" / "architecture.md"

# Layer of a top-level module or package of esinference (or of one module of a package, named
# "package.module", where that module sits elsewhere than its package); a module may import its
# own layer and the ones below it (lower number), never above.
LAYERS: dict[str, int] = {
    "_transport": 0,
    "_version": 1,
    "_meta": 1,  # ApiResponseMeta: what errors and responses both carry
    "_json": 1,
    "_sse": 1,
    "_spec_types": 1,
    "_warnings": 1,  # ElasticsearchWarning and the Warning header parsing
    "_gen": 2,  # generated tables: endpoints, services, types
    "_redact_by_key": 2,
    "_redact_by_value": 2,  # a request's own secret values, hidden wherever they come back
    "errors": 3,
    "response": 3,
    "streaming": 3,
    "types": 3,
    "_request_builder": 3,
    "_client_args": 3,
    "_http_codec": 3,
    "_otel": 3,  # spans; reads the request builder's path rules
    "serializer": 3,
    "vectors": 3,
    "_performer": 3,  # the protocol a generated namespace calls its owner through
    "_gen.inference": 4,  # the generated namespaces: they return responses and streams
    "_gen.async_inference": 4,
    "_client_base": 4,
    "_client": 5,
    "_async_client": 5,
    "__init__": 6,
    "helpers": 7,
    "cli": 7,
    "server": 7,
    "demo": 8,
    "__main__": 8,
    "integrations": 8,
}
# Known upward edges, each with its reason (none today: keep it that way).
ALLOWED_UPWARD: set[tuple[str, str]] = set()

# Import cycles allowed, each named with who removes it (none: keep it that way).
ALLOWED_CYCLES: set[frozenset[str]] = set()

# Layers of the local server, lowest first; a server module is in the layer of its folder
# (the longest name that is its own or a parent package) and imports only its layer and below.
SERVER_LAYERS: dict[str, int] = {
    "http": 0,  # HTTP/1.1, limits, JSON and SSE framing, auth: nothing of inference
    "fakes": 1,  # fake models, tools and chat answers
    "inference.backend": 2,  # state, store, catalogue, defaults and the rules
    "inference.handlers": 3,  # parse a request, ask the backend, render the answer
    "inference": 4,  # a route and its match, the inference timeout (not the route table)
    "inference.routes": 5,  # the route table
    "inference.api": 5,  # the REST layer: authentication, checks, the handler
    "testing": 6,  # faults, request log, control API, the request pipeline, LocalServer
    "__init__": 7,  # the public surface: LocalServer, python -m, the pytest plugin
    "__main__": 7,
    "pytest_plugin": 7,
}


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for every import in ``source``."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}" if base else alias.name


def transport_violations(source: str, module: str, is_package: bool = False) -> list[str]:
    """Imports by a transport module of anything in esinference outside the transport."""
    return [
        f"{module}:{line} imports {name}"
        for line, name in imported_modules(source, module, is_package)
        if name.split(".")[0] == "esinference" and not name.startswith("esinference._transport")
    ]


def layer_of(name: str) -> str | None:
    parts = name.split(".")
    if parts[0] != "esinference":
        return None
    if len(parts) > 2 and f"{parts[1]}.{parts[2]}" in LAYERS:
        return f"{parts[1]}.{parts[2]}"
    return parts[1] if len(parts) > 1 else "__init__"


def layer_violations(source: str, module: str, is_package: bool = False) -> list[str]:
    own = layer_of(module) or "__init__"
    problems = []
    for line, name in imported_modules(source, module, is_package):
        target = layer_of(name)
        if target is None or target == own:
            continue
        if target not in LAYERS:  # a name imported from the package itself, e.g. "Client"
            target = "__init__"
        parts = name.split(".")
        if target == "_transport" and len(parts) > 2 and (TRANSPORT / f"{parts[2]}.py").exists():
            problems.append(f"{module}:{line} imports {name}: use esinference._transport")
        if LAYERS[target] > LAYERS[own] and (own, target) not in ALLOWED_UPWARD:
            problems.append(f"{module}:{line} imports {name} (layer {target} above {own})")
    return problems


def server_layer_of(name: str) -> str | None:
    """The server layer of a module (or of a name imported from one); None if it has none."""
    if name == "esinference.server":
        return "__init__"
    relative = name.removeprefix("esinference.server.")
    candidates = [
        layer for layer in SERVER_LAYERS if relative == layer or relative.startswith(layer + ".")
    ]
    return max(candidates, key=len, default=None)


def server_violations(source: str, module: str, is_package: bool = False) -> list[str]:
    """Imports by a server module of a server module in a higher layer, or in no layer."""
    own = server_layer_of(module)
    if own is None:
        return [f"{module} is in none of the server's layers"]
    problems = []
    for line, name in imported_modules(source, module, is_package):
        if name != "esinference.server" and not name.startswith("esinference.server."):
            continue
        target = server_layer_of(name)
        if target is None:
            problems.append(f"{module}:{line} imports {name}, in none of the server's layers")
        elif SERVER_LAYERS[target] > SERVER_LAYERS[own]:
            problems.append(f"{module}:{line} imports {name} (layer {target} above {own})")
    return problems


def sources() -> Iterator[tuple[str, str, bool]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield module_name(path), path.read_text(), path.name == "__init__.py"


def import_graph(modules: Iterable[tuple[str, str, bool]]) -> dict[str, set[str]]:
    """Module -> the esinference modules it imports, anywhere in its source.

    ``from a import b`` counts as an import of the module ``a.b`` when there is one, else of
    ``a``; the parents a dotted import loads implicitly are not counted.
    """
    listed = list(modules)
    known = {module for module, _, _ in listed}
    graph: dict[str, set[str]] = {module: set() for module in known}
    for module, source, is_package in listed:
        for _, name in imported_modules(source, module, is_package):
            while name not in known and "." in name:
                name = name.rpartition(".")[0]
            if name in known and name != module:
                graph[module].add(name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The groups of modules that import each other, directly or through others (Tarjan's
    strongly connected components of more than one module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while not group or group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(frozenset(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def test_the_transport_imports_nothing_of_the_client_the_spec_or_generated_code() -> None:
    problems = [
        problem
        for module, source, is_package in sources()
        if module.startswith("esinference._transport")
        for problem in transport_violations(source, module, is_package)
    ]
    assert problems == []


def test_every_import_points_down_the_layers() -> None:
    problems = [
        problem
        for module, source, is_package in sources()
        for problem in layer_violations(source, module, is_package)
    ]
    assert problems == []


def test_no_module_imports_itself_back_through_others() -> None:
    found = cycles(import_graph(sources()))
    assert [sorted(group) for group in found if group not in ALLOWED_CYCLES] == []


@pytest.mark.parametrize(
    "closing_import",
    [
        "from .a import A",
        "def f():\n    from .a import A\n",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import A\n",
        "import esinference.a",
    ],
)
def test_the_check_catches_a_cycle_however_its_last_import_is_written(closing_import: str) -> None:
    modules = [
        ("esinference.a", "from .b import B\n", False),
        ("esinference.b", "from . import c\n", False),
        ("esinference.c", closing_import, False),
        ("esinference.d", "from .a import A\n", False),
    ]
    expected = frozenset({"esinference.a", "esinference.b", "esinference.c"})
    assert cycles(import_graph(modules)) == [expected]


def test_every_top_level_module_has_a_layer() -> None:
    tops = {p.stem for p in PACKAGE.glob("*.py")} | {p.parent.name for p in PACKAGE.glob("*/*.py")}
    assert sorted(tops - set(LAYERS)) == []


def test_server_imports_point_down_its_layers() -> None:
    problems = [
        problem
        for module, source, is_package in sources()
        if module == "esinference.server" or module.startswith("esinference.server.")
        for problem in server_violations(source, module, is_package)
    ]
    assert problems == []


def test_every_server_module_is_listed_in_the_architecture_doc() -> None:
    listed = DOCS.read_text()
    modules = [p.relative_to(SERVER).as_posix() for p in sorted(SERVER.rglob("*.py"))]
    missing = [
        m for m in modules if m.rpartition("/")[2] != "__init__.py" and f"`{m}`" not in listed
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("source", "module"),
    [
        ("from ..inference.routes import ROUTES", "esinference.server.http.server"),
        ("from ..inference.handlers import infer", "esinference.server.http.server"),
        ("from .routes import ROUTES", "esinference.server.inference.timeouts"),
        ("from ..handlers.crud import put_endpoint", "esinference.server.inference.backend.rules"),
        ("from ..testing.faults import Fault", "esinference.server.fakes.chat"),
        ("from .. import LocalServer", "esinference.server.testing.pipeline"),
        ("def f():\n    from ..inference import api\n", "esinference.server.http.auth"),
    ],
)
def test_the_check_catches_a_server_module_importing_upwards(source: str, module: str) -> None:
    assert server_violations(source, module) != []


def test_the_check_rejects_a_server_module_outside_the_layers() -> None:
    assert server_violations("", "esinference.server.helpers") != []
    assert server_violations("from .helpers import x", "esinference.server.testing") != []
    assert (
        server_violations("from ..http.errors import EsError", "esinference.server.fakes.x") == []
    )


@pytest.mark.parametrize(
    "source",
    [
        "from .. import _client",
        "from .._gen.services import SERVICES",
        "from ..errors import ApiError",
        "import esinference._redact_by_key",
        "def f():\n    from .._spec_types import Endpoint\n",
    ],
)
def test_the_check_catches_a_transport_importing_upwards(source: str) -> None:
    assert transport_violations(source, "esinference._transport.attempts") != []


def test_the_check_catches_an_upward_import_between_layers() -> None:
    assert layer_violations("from . import _client", "esinference.errors") != []
    assert layer_violations("from ._transport.nodes import NodeConfig", "esinference._client")
    assert layer_violations("from ._transport import NodeConfig", "esinference._client") == []
