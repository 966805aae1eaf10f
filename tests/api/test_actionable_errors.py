"""Errors a person can act on (issue #22): each says what happened, which argument or limit it
was, and what to do about it.

One table per kind of failure, each row a case a user met: error answers whose body does not
explain them, bad arguments, a timeout, a missing optional extra, a bulk run that cannot
start. Client rows run with both clients. The exception classes stay elasticsearch-py's
(name, hierarchy, ``status_code``, ``body``); only the messages say more.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

import esinference
from esinference import (
    ApiError,
    AsyncClient,
    Client,
    ConnectionTimeout,
    NotFoundError,
    errors,
)
from esinference.helpers import EmbedError, async_embed, embed
from esinference.server import LocalServer
from tests.clients import OpenApi
from tests.fakes.scripted import Reply, ScriptedServer, capture_server


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with capture_server() as srv:
        yield srv


# -- error answers whose body does not say what went wrong -----------------------------------


@dataclass(frozen=True)
class Answer:
    id: str
    reply: Reply
    raises: type[ApiError]
    says: tuple[str, ...]  # what the message must contain
    longest: int = 400  # characters of str(error): a page is quoted, never pasted whole


HTML_PAGE = (
    "<html><head><title>502 Bad Gateway</title></head>\n<body>"
    + "<p>The upstream server did not answer.</p>\n" * 200
    + "</body></html>"
)
ANSWERS = [
    Answer(
        "413 with an empty body",
        Reply(413, b""),
        ApiError,
        (
            "HTTP 413",
            "the request body is larger than the server accepts (http.max_content_length)"
            " — send fewer inputs per request",
        ),
    ),
    Answer(
        "404 with an empty body",
        Reply(404, b""),
        NotFoundError,
        ("HTTP 404 with an empty body", "nothing at this path — check the URL"),
    ),
    Answer(
        "an HTML 502 page",
        Reply(502, HTML_PAGE.encode(), {"Content-Type": "text/html"}),
        ApiError,
        ("HTTP 502 with a text/html body", "retry later", "<title>502 Bad Gateway</title>", "…"),
    ),
    Answer(
        "a plain-text 429",
        Reply(429, b"slow down", {"Content-Type": "text/plain"}),
        ApiError,
        ("HTTP 429", "rate-limiting", "slow down"),
    ),
]


@pytest.mark.parametrize("case", ANSWERS, ids=lambda c: c.id)
def test_an_error_answer_that_does_not_explain_itself_is_explained(
    case: Answer, server: ScriptedServer, open_api: OpenApi
) -> None:
    server.reply = case.reply
    with pytest.raises(case.raises) as info:
        open_api(server.url, max_retries=0).call("get", inference_id="x")
    error = info.value
    assert type(error) is case.raises
    for fragment in case.says:
        assert fragment in str(error)
    assert len(str(error)) <= case.longest
    assert str(error).startswith(f"{case.raises.__name__}({case.reply.status}, '")
    # elasticsearch-py's fields keep what the server sent, whole.
    assert error.status_code == case.reply.status
    assert error.body == (case.reply.body.decode() or None)


# -- bad arguments: the parameter, the type expected and what was given ----------------------


@dataclass(frozen=True)
class BadArgument:
    id: str
    call: Callable[[type[Client] | type[AsyncClient], str], object]
    raises: type[Exception]
    says: tuple[str, ...]


def _run(result: object) -> object:
    """An async client's call, awaited (its checks run when it is)."""
    return asyncio.run(result) if asyncio.iscoroutine(result) else result


def _method(name: str, **args: Any) -> Callable[[type[Client] | type[AsyncClient], str], object]:
    def call(cls: type[Client] | type[AsyncClient], url: str) -> object:
        return _run(getattr(cls(url).inference, name)(**args))

    return call


BAD_ARGUMENTS = [
    BadArgument(
        "input=[1, 2]",
        _method("text_embedding", inference_id="e", input=[1, 2]),
        TypeError,
        ("'input' must be a str or a sequence of str", "got list (input[0] is int)"),
    ),
    BadArgument(
        "input=['a', 2]",
        _method("text_embedding", inference_id="e", input=["a", 2]),
        TypeError,
        ("got list (input[1] is int)",),
    ),
    BadArgument(
        "task_settings={1: 'x'}",
        _method("text_embedding", inference_id="e", input="a", task_settings={1: "x"}),
        TypeError,
        ("'task_settings' must be a mapping with str keys, got dict (a key of type int)",),
    ),
    BadArgument(
        "Client(request_timeout='10')",
        lambda cls, url: cls(url, request_timeout="10"),  # type: ignore[arg-type]
        TypeError,
        ("request_timeout must be a number of seconds (int or float), got str '10'",),
    ),
    BadArgument(
        "Client(max_retries=2.5)",
        lambda cls, url: cls(url, max_retries=2.5),  # type: ignore[arg-type]
        TypeError,
        ("max_retries must be an int, got float 2.5",),
    ),
    BadArgument(
        "options(request_timeout='10')",
        lambda cls, url: cls(url).options(request_timeout="10"),  # type: ignore[arg-type]
        TypeError,
        ("request_timeout must be a number of seconds (int or float), got str '10'",),
    ),
    BadArgument(
        "embed(batch_size='10')",
        lambda cls, url: (embed if cls is Client else async_embed)(  # type: ignore[operator]
            cls(url), "e", ["a"], batch_size="10"
        ),
        TypeError,
        ("embed(): batch_size must be an int, got str '10'",),
    ),
    BadArgument(
        "a lone surrogate in input",
        _method("text_embedding", inference_id="e", input=["fine", "bad \ud83d text"]),
        ValueError,
        ("lone surrogate ('\\ud83d'", "at input[1], character 4", "UTF-8 cannot encode it"),
    ),
    BadArgument(
        "a lone surrogate in a put body",
        _method("put", inference_id="e", body={"service": "x", "a": {"b": "\udcff"}}),
        ValueError,
        ("lone surrogate ('\\udcff'", "at a.b, character 0"),
    ),
    BadArgument(
        "a lone surrogate in perform_request's body",
        lambda cls, url: _run(cls(url).perform_request("POST", "/x", body="a\ud800")),
        ValueError,
        ("perform_request(): the request body holds a lone surrogate", "at the body, character 1"),
    ),
]


@pytest.mark.parametrize("case", BAD_ARGUMENTS, ids=lambda c: c.id)
@pytest.mark.parametrize("cls", [Client, AsyncClient], ids=["sync", "async"])
def test_a_bad_argument_names_the_parameter_the_type_expected_and_what_was_given(
    case: BadArgument, cls: type[Client] | type[AsyncClient], server: ScriptedServer
) -> None:
    with pytest.raises(case.raises) as info:
        case.call(cls, server.url)
    for fragment in case.says:
        assert fragment in str(info.value)
    assert server.take() == []  # refused before any I/O


# -- limits ----------------------------------------------------------------------------------


def test_a_timeout_names_the_limit_it_hit(es: LocalServer, open_api: OpenApi) -> None:
    es.add_fault("stall", seconds=1.0, path="^/_inference$")
    with pytest.raises(ConnectionTimeout, match=r"within request_timeout=0\.2s"):
        open_api(es.url, request_timeout=0.2, max_retries=0).call("get")


# -- optional extras -------------------------------------------------------------------------

EMBEDDINGS_ARRAY = """
from esinference.response import ApiResponseMeta, ObjectApiResponse
answer = ObjectApiResponse({"text_embedding": [{"embedding": [0.5]}]}, ApiResponseMeta(
    200, "1.1", {}, 0.0, "http://localhost:9200"))
answer.embeddings_array()
"""
MISSING_EXTRAS = [
    ("numpy", EMBEDDINGS_ARRAY, "embeddings as numpy arrays needs the 'numpy' extra"),
    ("numpy", "from esinference.helpers import embed\nembed(None, 'e', [], as_numpy=True)",
     "embed(as_numpy=True) needs the 'numpy' extra"),
    ("langchain_core", "import esinference.integrations.langchain",
     "esinference.integrations.langchain needs the 'langchain' extra"),
    ("llama_index", "import esinference.integrations.llamaindex",
     "esinference.integrations.llamaindex needs the 'llamaindex' extra"),
]  # fmt: skip


@pytest.mark.parametrize(("absent", "code", "says"), MISSING_EXTRAS)
def test_a_missing_extra_names_the_pip_install_that_adds_it(
    absent: str, code: str, says: str
) -> None:
    # A fresh interpreter where importing ``absent`` fails, as when it is not installed.
    program = (
        f"import json, sys\nsys.modules[{absent!r}] = None\ntry:\n"
        + "".join(f"    {line}\n" for line in code.strip().splitlines())
        + "except BaseException as exc:\n"
        "    print(json.dumps([type(exc).__module__, type(exc).__name__, str(exc),"
        " isinstance(exc, ModuleNotFoundError), type(exc.__cause__).__name__]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    module, name, message, is_import_error, cause = json.loads(result.stdout)
    assert (module, name, is_import_error) == ("esinference", "MissingExtraError", True)
    assert says in message
    extra = says.split("'")[-2]
    assert f"pip install 'esinference[{extra}]'" in message
    assert cause == "ModuleNotFoundError"


# -- the bulk helper: one exception type for every failure -----------------------------------


def test_embed_raises_embed_error_for_a_missing_endpoint_cause_chained(
    es: LocalServer, sync: bool
) -> None:
    async def run_async() -> None:
        async with AsyncClient(es.url) as client:
            async for _ in async_embed(client, "no-such-endpoint", ["a"]):
                pass

    with pytest.raises(EmbedError) as info:
        if sync:
            with Client(es.url) as client:
                list(embed(client, "no-such-endpoint", ["a"]))
        else:
            asyncio.run(run_async())
    assert isinstance(info.value.__cause__, NotFoundError)
    assert info.value.cause is info.value.__cause__
    assert info.value.missing == ()
    assert "no-such-endpoint" in str(info.value)


# -- where the exceptions say they live ------------------------------------------------------


@pytest.mark.parametrize(
    "name", [n for n in errors.__all__ if isinstance(getattr(errors, n), type)]
)
def test_a_public_exception_names_its_public_module(name: str) -> None:
    cls = getattr(errors, name)
    assert cls.__module__ == "esinference"
    assert getattr(esinference, cls.__name__) is cls  # so the name in a traceback imports
