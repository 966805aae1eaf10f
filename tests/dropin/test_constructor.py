"""``Client(...)`` and ``options()`` take what elasticsearch-py 9.5.1's ``Elasticsearch`` takes.

The signatures are compared by introspection (a new upstream parameter fails here), and each
argument's behaviour is checked against elasticsearch-py's own code where it has a pure
function for it (cloud ids, hosts, query strings, warnings and error messages).
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import datetime
import decimal
import inspect
import json
import uuid
import warnings
from collections.abc import Iterator
from typing import Any

import elastic_transport
import elasticsearch
import pytest
from elastic_transport.client_utils import DEFAULT, parse_cloud_id
from elasticsearch._sync.client.utils import _quote_query, hosts_to_node_configs

from esinference import AsyncClient, Client
from esinference.serializer import JsonSerializer
from esinference.server import LocalServer
from tests.fakes.scripted import ScriptedServer, capture_server

CLIENTS = [(Client, elasticsearch.Elasticsearch), (AsyncClient, elasticsearch.AsyncElasticsearch)]
# Where we differ from elasticsearch-py's effective default on purpose, and why.
OWN_DEFAULTS = {
    "headers": "None: no extra headers (elasticsearch-py: an empty mapping)",
    "connections_per_node": "None: 10 for Client, 64 for AsyncClient (no thread per socket)",
    "http_compress": "None: off, on for cloud_id, as elasticsearch-py decides",
    "transport_class": "None: our transport; elasticsearch-py's names are accepted",
    "node_class": "None: urllib3 (Client) or our asyncio HTTP/1.1 client (AsyncClient)",
    "node_pool_class": "None: our round-robin pool with dead-node back-off",
    "node_selector_class": "None: round-robin, elasticsearch-py's default selector",
    "http_auth": "None: not given",
    "min_delay_between_sniffing": "None: 10 s, and giving it turns sniff_before_requests on",
    "retry_backoff_base": "0.1 s, not 0: a 429 retried at once is charged again at once",
    "retry_backoff_cap": "10 s, not 0 (no back-off): see retry_backoff_base",
}
OUR_EXTRAS = {
    "transport",
    "retry_on_disconnect",
    "sniff_interval",
    "max_response_size",
    "max_stream_event_size",
}
OUR_OPTIONS = ["max_response_size"]  # after elasticsearch-py's, in this order


def effective_default(name: str, parameter: inspect.Parameter) -> Any:
    """elasticsearch-py's default for ``name``, following DEFAULT into elastic_transport."""
    if parameter.default is not DEFAULT:
        return parameter.default
    fields = {f.name: f.default for f in dataclasses.fields(elastic_transport.NodeConfig)}
    found: list[Any] = [fields[name]] if name in fields else []
    for owner in (elastic_transport.Transport.__init__, elastic_transport.NodePool.__init__):
        candidates = inspect.signature(owner).parameters
        if name in candidates:
            found.append(candidates[name].default)
    # None in Transport means "the NodePool's default": the last concrete value wins.
    concrete = [value for value in found if value is not None]
    return concrete[-1] if concrete else None if found else DEFAULT


@pytest.mark.parametrize(("ours", "theirs"), CLIENTS, ids=["sync", "async"])
def test_the_constructor_takes_every_elasticsearch_py_parameter(ours: Any, theirs: Any) -> None:
    our_params = inspect.signature(ours.__init__).parameters
    their_params = inspect.signature(theirs.__init__).parameters
    assert sorted(set(their_params) - set(our_params)) == []
    assert sorted(set(our_params) - set(their_params)) == sorted(OUR_EXTRAS)
    for name, theirs_param in their_params.items():
        assert our_params[name].kind == theirs_param.kind, name
        if name in ("self", "hosts") or name in OWN_DEFAULTS:
            continue
        assert our_params[name].default == effective_default(name, theirs_param), name


@pytest.mark.parametrize(("ours", "theirs"), CLIENTS, ids=["sync", "async"])
def test_options_take_every_elasticsearch_py_parameter(ours: Any, theirs: Any) -> None:
    our_params = inspect.signature(ours.options).parameters
    their_params = inspect.signature(theirs.options).parameters
    assert list(our_params) == list(their_params) + OUR_OPTIONS
    assert all(our_params[name].default is None for name in OUR_OPTIONS)
    our_params = {n: p for n, p in our_params.items() if n not in OUR_OPTIONS}
    assert all(p.kind == their_params[n].kind for n, p in our_params.items())


# -- cloud_id ---------------------------------------------------------------------------------


def cloud_id(text: str, name: str = "cluster") -> str:
    return f"{name}:" + base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    "decoded",
    ["us-east-1.aws.found.io$es-uuid$kibana-uuid", "example.com:9243$es-uuid$kb",
     "example.com$es-uuid", "host:443$es-uuid$"],
)  # fmt: skip
def test_cloud_id_is_decoded_as_elasticsearch_py_decodes_it(decoded: str) -> None:
    host, port = parse_cloud_id(cloud_id(decoded)).es_address  # type: ignore[misc]
    with Client(cloud_id=cloud_id(decoded)) as client:
        assert repr(client) == f"<Client(['https://{host}:{port}'])>"
        assert client.transport.settings.http_compress is True  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("kwargs", "cloud"),
    [({"hosts": "http://localhost:9200"}, cloud_id("h$es")),
     ({}, "cluster:not-base64!"), ({}, cloud_id("example.com")), ({}, cloud_id("h:port$es")),
     ({"sniff_on_start": True}, cloud_id("h$es"))],
)  # fmt: skip
def test_bad_cloud_id_uses_fail_with_elasticsearch_py_s_message(
    kwargs: dict[str, Any], cloud: str
) -> None:
    with pytest.raises(ValueError) as theirs:
        elasticsearch.Elasticsearch(cloud_id=cloud, **kwargs)
    with pytest.raises(ValueError) as ours:
        Client(cloud_id=cloud, **kwargs)
    assert str(ours.value) == str(theirs.value)


# -- hosts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hosts",
    ["http://localhost:9200", "https://es.example:443/prefix", ["http://a:9200", "http://b:9201"],
     [{"host": "localhost", "port": 9200, "scheme": "http"}],
     [{"host": "es", "port": 443, "scheme": "https", "path_prefix": "/es/"}],
     ["http://a:9200", {"host": "b", "port": 9201, "scheme": "http", "path_prefix": "p"}],
     [elastic_transport.NodeConfig("https", "es", 9243, path_prefix="/x")]],
)  # fmt: skip
def test_hosts_in_every_form_give_elasticsearch_py_s_nodes(hosts: Any) -> None:
    theirs = [
        f"{n.scheme}://{n.host}:{n.port}{n.path_prefix}" for n in hosts_to_node_configs(hosts)
    ]
    with Client(hosts) as client:
        assert repr(client) == f"<Client({theirs})>"


def test_the_path_prefix_is_kept_on_every_request() -> None:
    with capture_server() as server, Client(f"{server.url}/es/") as client:
        client.inference.get()
        client.perform_request("GET", "/_cluster/health", params={"level": "indices"})
        assert [r.target for r in server.take()] == [
            "/es/_inference",
            "/es/_cluster/health?level=indices",
        ]


# -- credentials and headers -------------------------------------------------------------------


def sent(server: ScriptedServer, client: Client) -> Any:
    server.take()
    client.inference.get()
    (request,) = server.take()
    return request


def test_http_auth_is_basic_auth_with_elasticsearch_py_s_deprecation_warning() -> None:
    with pytest.warns(DeprecationWarning) as theirs:
        elasticsearch.Elasticsearch("http://localhost:9200", http_auth=("u", "p"))
    with capture_server() as server:
        with pytest.warns(DeprecationWarning) as ours:
            client = Client(server.url, http_auth=("u", "p"))
        # Only the deprecations: a ResourceWarning of an earlier test's garbage may land here too.
        ours_deprecations = [w for w in ours if issubclass(w.category, DeprecationWarning)]
        theirs_deprecations = [w for w in theirs if issubclass(w.category, DeprecationWarning)]
        assert [str(w.message) for w in ours_deprecations] == [
            str(w.message) for w in theirs_deprecations
        ]
        # points at the caller, as elasticsearch-py's does
        assert ours_deprecations[0].filename == __file__
        expected = "Basic " + base64.b64encode(b"u:p").decode()
        assert sent(server, client).headers["authorization"] == expected
        client.close()
    with pytest.raises(ValueError, match="Can't specify both 'http_auth' and 'basic_auth'"):
        Client("http://localhost:9200", http_auth=("u", "p"), basic_auth=("u", "p"))


def test_meta_header_names_this_client_by_default_and_can_be_turned_off() -> None:
    with capture_server() as server:
        with Client(server.url) as client:
            meta = sent(server, client).headers["x-elastic-client-meta"]
        assert meta.startswith(f"esi={esinference_version()},py=")
        assert [pair.split("=")[0] for pair in meta.split(",")] == ["esi", "py", "t", "ur"]
        with Client(server.url, meta_header=False) as client:
            assert "x-elastic-client-meta" not in sent(server, client).headers


def esinference_version() -> str:
    import esinference

    return esinference.__version__.split("a")[0].split("b")[0].split("rc")[0].split(".dev")[0]


def test_async_meta_header_names_the_asyncio_client() -> None:
    async def main(url: str) -> str:
        async with AsyncClient(url) as client:
            await client.inference.get()
        return ""

    with capture_server() as server:
        asyncio.run(main(server.url))
        (request,) = server.take()
        assert request.headers["x-elastic-client-meta"].split(",")[-1].startswith("ai=")


# -- class-valued arguments ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("client", "kwargs"),
    [(Client, {"node_class": "urllib3"}),
     (Client, {"node_class": elastic_transport.Urllib3HttpNode}),
     (Client, {"transport_class": elastic_transport.Transport}),
     (Client, {"node_pool_class": elastic_transport.NodePool}),
     (Client, {"node_selector_class": "round_robin"}),
     (AsyncClient, {"node_class": "aiohttp"})],
)  # fmt: skip
def test_class_arguments_we_honour_are_accepted(client: Any, kwargs: dict[str, Any]) -> None:
    client("http://localhost:9200", **kwargs)


@pytest.mark.parametrize(
    ("client", "kwargs", "supported"),
    [(Client, {"node_class": "requests"}, "'urllib3'"),
     (AsyncClient, {"node_class": "httpxasync"}, "'aiohttp'"),
     (Client, {"node_selector_class": "random"}, "'round_robin'"),
     (Client, {"transport_class": dict}, "'Transport'")],
)  # fmt: skip
def test_other_class_arguments_fail_saying_what_is_supported(
    client: Any, kwargs: dict[str, Any], supported: str
) -> None:
    with pytest.raises(ValueError, match=f"is not supported.*accepted: {supported}"):
        client("http://localhost:9200", **kwargs)


# -- serializers ------------------------------------------------------------------------------


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y


class PointSerializer(JsonSerializer):
    def default(self, data: Any) -> Any:
        if isinstance(data, Point):
            return [data.x, data.y]
        return super().default(data)


def test_a_serializer_s_default_hook_encodes_what_json_cannot() -> None:
    body = {"input": "x", "at": datetime.datetime(2024, 5, 1, 12, 30),
            "day": datetime.date(2024, 5, 1), "id": uuid.UUID(int=1),
            "price": decimal.Decimal("1.5"), "where": Point(1, 2)}  # fmt: skip
    with capture_server() as server, Client(server.url, serializer=PointSerializer()) as client:
        client.perform_request("POST", "/_anything", body=body)
        (request,) = server.take()
    assert json.loads(request.body) == {
        "input": "x", "at": "2024-05-01T12:30:00", "day": "2024-05-01",
        "id": "00000000-0000-0000-0000-000000000001", "price": 1.5, "where": [1, 2],
    }  # fmt: skip
    theirs = elasticsearch.serializer.JsonSerializer()
    del body["where"]
    assert JsonSerializer().dumps(body) == theirs.dumps(body)


def test_numpy_values_are_encoded_like_elasticsearch_py_encodes_them() -> None:
    np = pytest.importorskip("numpy")
    body = {"v": np.arange(3, dtype=np.float32), "n": np.int64(7), "b": np.bool_(True)}
    assert JsonSerializer().dumps(body) == elasticsearch.serializer.JsonSerializer().dumps(body)


def test_serializers_map_is_used_for_json_and_both_at_once_is_refused() -> None:
    with capture_server() as server:
        serializers = {"application/json": PointSerializer()}
        with Client(server.url, serializers=serializers) as client:
            client.perform_request("POST", "/_x", body={"p": Point(3, 4)})
            assert json.loads(server.take()[0].body) == {"p": [3, 4]}
    both = {"serializer": JsonSerializer(), "serializers": {"application/json": JsonSerializer()}}
    with pytest.raises(ValueError) as theirs:
        elasticsearch.Elasticsearch("http://localhost:9200", **both)  # type: ignore[arg-type]
    with pytest.raises(ValueError) as ours:
        Client("http://localhost:9200", **both)  # type: ignore[arg-type]
    assert str(ours.value) == str(theirs.value)


# -- perform_request, ping, info and the response objects --------------------------------------


@pytest.fixture(params=[True, False], ids=["sync", "async"])
def call(request: pytest.FixtureRequest, local_es: LocalServer) -> Iterator[Any]:
    """``call("ping")`` on a Client or an AsyncClient of the local server."""
    if request.param:
        client: Any = Client(local_es.url, retry_on_status=503)
        yield lambda name, *a, **k: getattr(client, name)(*a, **k)
        client.close()
        return
    loop = asyncio.new_event_loop()
    aclient = AsyncClient(local_es.url, retry_on_status=503)
    yield lambda name, *a, **k: loop.run_until_complete(getattr(aclient, name)(*a, **k))
    loop.run_until_complete(aclient.close())
    loop.close()


def test_ping_and_info(call: Any) -> None:
    assert call("ping") is True
    info = call("info")
    assert info["tagline"] == "You Know, for Search"
    assert info.meta.headers["X-Elastic-Product"] == "Elasticsearch"  # any case
    assert info.meta.headers["content-type"].startswith("application/")


def test_ping_is_false_when_nothing_answers() -> None:
    with capture_server() as server:
        url = server.url
    with Client(url, max_retries=0) as client:
        assert client.ping() is False


def test_perform_request_reaches_endpoints_the_spec_lacks(call: Any) -> None:
    response = call(
        "perform_request", "PUT", "/_inference/text_embedding/my-e5",
        body=json.dumps({"service": "elasticsearch", "service_settings": {
            "model_id": ".multilingual-e5-small", "num_allocations": 1, "num_threads": 1}}),
    )  # fmt: skip
    assert response["inference_id"] == "my-e5"
    listed = call("perform_request", "GET", "/_inference/_all", params={"pretty": True})
    assert [e["inference_id"] for e in listed["endpoints"]] == ["my-e5"]
    assert listed.copy() == listed.body and list(listed.keys()) == ["endpoints"]


def test_query_strings_are_escaped_as_elasticsearch_py_escapes_them() -> None:
    params = {"a": "x y/z", "list": ["1", "b,c"], "flag": True, "when": datetime.date(2024, 1, 2)}
    with capture_server() as server, Client(server.url) as client:
        client.perform_request("GET", "/_p", params=params)
        assert server.take()[0].target == f"/_p?{_quote_query(params)}"


@pytest.mark.parametrize("body", ['{"input":"a  b"}', b'{"input":"a  b"}'])
def test_a_json_str_or_bytes_body_is_sent_as_it_is(body: str | bytes) -> None:
    with capture_server() as server, Client(server.url) as client:
        client.inference.inference(inference_id="x", body=body)  # type: ignore[arg-type]
        assert server.take()[0].body == b'{"input":"a  b"}'
        with pytest.raises(ValueError, match="cannot be merged"):
            client.inference.inference(inference_id="x", input="a", body=body)  # type: ignore[arg-type]


def test_retry_on_status_takes_a_single_status(local_es: LocalServer) -> None:
    with Client(local_es.url, retry_on_status=503, retry_backoff_base=0.0) as client:
        assert client.transport.settings.retry_on_status == (503,)  # type: ignore[attr-defined]
        overrides = client.options(retry_on_status=502)._settings.overrides
        assert overrides is not None and overrides.retry_on_status == (502,)


def test_sniffing_uses_elasticsearch_py_s_names(local_es: LocalServer) -> None:
    seen: list[tuple[Any, Any]] = []

    def callback(info: Any, node: Any) -> Any:
        seen.append((info, node))
        return node

    with Client(local_es.url, sniff_on_start=True, sniffed_node_callback=callback,
                sniff_timeout=2.0, min_delay_between_sniffing=60) as client:  # fmt: skip
        assert client.transport.settings.sniff_before_requests  # type: ignore[attr-defined]
        assert client.ping()
    assert seen and isinstance(seen[0][0], dict)
    with pytest.raises(ValueError, match="serverless"):
        Client(local_es.url, server_mode="serverless", sniff_on_start=True)


def test_server_mode_and_warnings_about_unknown_values() -> None:
    with pytest.raises(ValueError) as theirs:
        elasticsearch.Elasticsearch("http://x:9200", server_mode="cloud")
    with pytest.raises(ValueError) as ours:
        Client("http://x:9200", server_mode="cloud")  # type: ignore[arg-type]
    assert str(ours.value) == str(theirs.value)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Client("http://x:9200", default_mimetype="application/json")
