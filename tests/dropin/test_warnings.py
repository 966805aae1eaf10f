"""``Warning`` response headers become ``ElasticsearchWarning``, as in elasticsearch-py 9.5."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

import esinference
import esinference.errors
from esinference import AsyncClient, Client, ElasticsearchWarning
from esinference._warnings import TransportWarning, warning_messages
from esinference.server import LocalServer
from tests.capture_server import CaptureServer, Reply
from tests.reliability.conftest import OpenApi

TWO_WARNINGS = (
    '299 Elasticsearch-9.5.1-abc "[elser] is deprecated, use [elasticsearch]",'
    ' 299 Elasticsearch-9.5.1-abc "second one"'
)
EMBEDDING = {"text_embedding": [{"embedding": [0.5, 0.5]}]}


@pytest.fixture
def warning_server(capture: CaptureServer) -> CaptureServer:
    capture.reply = Reply(
        body=EMBEDDING,
        headers={"X-Elastic-Product": "Elasticsearch", "Warning": TWO_WARNINGS},
    )
    return capture


def call(client: Any) -> Any:
    """One text_embedding call made from this file (ours or elasticsearch-py's client)."""
    if not hasattr(client, "__aenter__"):
        with client:
            return client.inference.text_embedding(inference_id="e5", input="hi")

    async def run() -> Any:
        async with client:
            return await client.inference.text_embedding(inference_id="e5", input="hi")

    return asyncio.run(run())


def caught(make_client: Any, url: str) -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as records:
        warnings.simplefilter("always")
        call(make_client(url))
    # ours or elasticsearch-py's; not a ResourceWarning of some collected socket
    return [r for r in records if r.category.__name__ == "ElasticsearchWarning"]


@pytest.mark.parametrize(
    ("header", "messages"),
    [
        ('299 Elasticsearch-9.5.1-abc "one"', ["one"]),
        ('299 Elasticsearch-9.5.1-abc "one", 299 Elasticsearch-9.5.1-abc "two"', ["one", "two"]),
        ("  no quotes at all ", ["no quotes at all"]),
        ('299 Elasticsearch-9.5.1-abc ""', [""]),
    ],
)
def test_each_quoted_string_is_one_warning_else_the_whole_header(
    header: str, messages: list[str]
) -> None:
    assert warning_messages(header) == messages


def test_the_category_hierarchy_is_elasticsearch_pys() -> None:
    from elasticsearch import ElasticsearchWarning as Theirs

    assert esinference.ElasticsearchWarning is esinference.errors.ElasticsearchWarning
    assert esinference.ElasticsearchDeprecationWarning is ElasticsearchWarning
    ours = [c.__name__ for c in ElasticsearchWarning.__mro__]
    assert ours == [c.__name__ for c in Theirs.__mro__]
    assert issubclass(ElasticsearchWarning, TransportWarning)


@pytest.mark.parametrize("client_class", [Client, AsyncClient], ids=["sync", "async"])
def test_warning_headers_warn_at_the_callers_line(
    client_class: type[Client] | type[AsyncClient], warning_server: CaptureServer
) -> None:
    records = caught(client_class, warning_server.url)
    assert [(r.category, str(r.message)) for r in records] == [
        (ElasticsearchWarning, "[elser] is deprecated, use [elasticsearch]"),
        (ElasticsearchWarning, "second one"),
    ]
    # stacklevel: the first frame outside esinference, i.e. call() in this file
    assert {r.filename for r in records} == {__file__}


@pytest.mark.parametrize("client_class", [Client, AsyncClient], ids=["sync", "async"])
def test_same_warnings_as_elasticsearch_py(
    client_class: type[Client] | type[AsyncClient], warning_server: CaptureServer
) -> None:
    from elasticsearch import Elasticsearch  # its async client needs aiohttp: not a dev dep

    ours = caught(client_class, warning_server.url)
    theirs = caught(Elasticsearch, warning_server.url)

    def shape(records: list[warnings.WarningMessage]) -> list[tuple[str, str, str, str]]:
        return [
            (r.category.__name__, str(r.message), r.filename, str(r.category.__mro__[1].__name__))
            for r in records
        ]

    assert shape(ours) == shape(theirs)


def test_module_filters_see_the_callers_module(warning_server: CaptureServer) -> None:
    with warnings.catch_warnings():
        warnings.filterwarnings("error", category=ElasticsearchWarning, module=__name__)
        with pytest.raises(ElasticsearchWarning, match="deprecated"):
            call(Client(warning_server.url))


def test_no_warning_header_no_warning(warning_server: CaptureServer) -> None:
    warning_server.reply = Reply(body=EMBEDDING)
    assert caught(Client, warning_server.url) == []


def test_w_error_option_turns_warnings_into_errors(warning_server: CaptureServer) -> None:
    # A -W category in a package cannot be imported at interpreter start (for elasticsearch-py
    # neither): command-line filters match the message; code and pytest filter by category.
    code = (
        "import esinference\n"
        f"c = esinference.Client({warning_server.url!r})\n"
        "c.inference.text_embedding(inference_id='e5', input='hi')\n"
    )
    result = subprocess.run(
        [sys.executable, "-W", "error:[elser] is deprecated", "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.rstrip().endswith(
        "ElasticsearchWarning: [elser] is deprecated, use [elasticsearch]"
    )


def test_category_filters_turn_warnings_into_errors(warning_server: CaptureServer) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", category=esinference.ElasticsearchWarning)
        with pytest.raises(ElasticsearchWarning, match="elser"):
            call(AsyncClient(warning_server.url))


def test_a_warning_quoting_the_requests_secret_is_scrubbed(warning_server: CaptureServer) -> None:
    warning_server.reply = Reply(
        body={"acknowledged": True},
        headers={
            "X-Elastic-Product": "Elasticsearch",
            "Warning": '299 Elasticsearch-9.5.1 "setting [key] value [sk-LEAKY-77aa] is ignored"',
        },
    )
    client = Client(warning_server.url)
    with pytest.warns(ElasticsearchWarning) as records:
        client.inference.put_openai(
            task_type="text_embedding",
            openai_inference_id="oa",
            service="openai",
            service_settings={"api_key": "sk-LEAKY-77aa", "model_id": "m"},
        )
    assert [str(r.message) for r in records] == ["setting [key] value [[REDACTED]] is ignored"]


@pytest.mark.parametrize("client_class", [Client, AsyncClient], ids=["sync", "async"])
def test_separate_warning_header_lines_each_warn(
    client_class: type[Client] | type[AsyncClient], warning_server: CaptureServer
) -> None:
    warning_server.reply = Reply(
        body=EMBEDDING,
        headers={  # two header lines: HTTP joins them with ", " as one value
            "X-Elastic-Product": "Elasticsearch",
            "Warning": '299 Elasticsearch-9.5.1 "line one"',
            "warning": '299 Elasticsearch-9.5.1 "line two"',
        },
    )
    records = caught(client_class, warning_server.url)
    assert [str(r.message) for r in records] == ["line one", "line two"]


def put_elser(api: Any) -> None:
    api.call(
        "put_elser",
        task_type="sparse_embedding",
        elser_inference_id="my-elser",
        service="elser",
        service_settings={"num_allocations": 1, "num_threads": 1},
    )


def test_the_local_servers_elser_deprecation_warns_like_elasticsearch_py(
    local_es: LocalServer, open_api: OpenApi
) -> None:
    from elasticsearch import Elasticsearch

    with warnings.catch_warnings(record=True) as ours:
        warnings.simplefilter("always")
        put_elser(open_api(local_es.url))
    local_es.reset()
    with warnings.catch_warnings(record=True) as theirs, Elasticsearch(local_es.url) as es:
        warnings.simplefilter("always")
        es.inference.put_elser(
            task_type="sparse_embedding",
            elser_inference_id="my-elser",
            service="elser",
            service_settings={"num_allocations": 1, "num_threads": 1},
        )

    def shown(records: list[warnings.WarningMessage]) -> list[tuple[str, str]]:
        return [(r.category.__name__, str(r.message)) for r in records if "elser" in str(r.message)]

    assert shown(ours) == shown(theirs) and "deprecated" in shown(ours)[0][1]
    # The first frame outside esinference: the Api helper calling put_elser, or for a
    # coroutine run as a task, the event loop (elasticsearch-py's rule gives the same).
    (caller,) = {r.filename for r in ours if "elser" in str(r.message)}
    assert Path(esinference.__file__).parent not in Path(caller).parents
