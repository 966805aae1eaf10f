"""Property: however a byte stream is cut into chunks, the decoder returns the same events.

Streams are generated from a model (blocks of field lines) and encoded in every way the format
allows: LF, CRLF or CR line ends, with or without the space after the colon, a field without
colon, comments, BOMs at line starts, ids (some with NUL) and retry values (some invalid).
The events the model predicts are computed from the fields, never from the bytes.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from hypothesis import example, given
from hypothesis import strategies as st

from esinference._sse import ServerSentEvent, SSEDecoder

KNOWN_FIELDS = ("data", "event", "id", "retry")
COMMENT = ":"

# Characters the format treats specially, mixed into any other (non-line-ending) characters.
tricky_chars = st.sampled_from([" ", ":", "\ufeff", "\0", "é", "€", "𝄞", "\u2028", "\x85"])
value_chars = st.one_of(
    tricky_chars,
    st.characters(exclude_categories=["Cs"], exclude_characters="\r\n"),
)
values = st.text(value_chars, max_size=6)
unknown_names = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters="\r\n:"), min_size=1, max_size=5
).filter(lambda name: name not in KNOWN_FIELDS and not name.startswith("\ufeff"))


@dataclass(frozen=True)
class Line:
    name: str  # a field name, or COMMENT
    value: str


lines = st.one_of(
    st.builds(Line, st.just("data"), values),
    st.builds(Line, st.just("event"), values),
    st.builds(Line, st.just("id"), values),
    st.builds(Line, st.just("retry"), st.one_of(st.integers(0, 10**6).map(str), values)),
    st.builds(Line, st.just(COMMENT), values),
    st.builds(Line, unknown_names, values),
)
blocks = st.lists(st.lists(lines, max_size=5), max_size=6)


def model_events(stream_blocks: list[list[Line]]) -> list[ServerSentEvent]:
    """The events WHATWG dispatches for these blocks (each one closed by a blank line)."""
    events = []
    last_id = ""
    for block in stream_blocks:
        data: list[str] = []
        event_type = ""
        retry: int | None = None
        for line in block:
            if line.name == "data":
                data.append(line.value)
            elif line.name == "event":
                event_type = line.value
            elif line.name == "id" and "\0" not in line.value:
                last_id = line.value
            elif line.name == "retry" and line.value.isascii() and line.value.isdigit():
                retry = int(line.value)
        if data:
            events.append(
                ServerSentEvent(
                    event=event_type or "message",
                    data="\n".join(data),
                    id=last_id or None,
                    retry=retry,
                )
            )
    return events


@dataclass(frozen=True)
class EncodedStream:
    raw: bytes
    expected: list[ServerSentEvent]


@st.composite
def encoded_streams(draw: st.DrawFn) -> EncodedStream:
    stream_blocks = draw(blocks)
    text: list[str] = []
    previous_eol = ""
    for line in (line for block in stream_blocks for line in [*block, None]):
        if line is None:  # the blank line that ends a block
            content = ""
        elif line.name == COMMENT:
            content = ":" + line.value
        elif line.value == "":
            content = line.name + draw(st.sampled_from(["", ":", ": "]))
        elif line.value.startswith(" "):
            content = f"{line.name}: {line.value}"
        else:
            content = line.name + draw(st.sampled_from([":", ": "])) + line.value
        if draw(st.booleans()):
            content = "\ufeff" + content
        eol = draw(st.sampled_from(["\n", "\r\n", "\r"]))
        if previous_eol == "\r" and content == "" and eol == "\n":
            eol = "\r"  # CR + an empty line's LF would read as one CRLF
        text.append(content + eol)
        previous_eol = eol
    return EncodedStream("".join(text).encode(), model_events(stream_blocks))


def interesting_cuts(raw: bytes) -> list[int]:
    """Offsets between a CR and its LF, and inside multi-byte UTF-8 characters."""
    between_cr_lf = [i + 1 for i in range(len(raw) - 1) if raw[i : i + 2] == b"\r\n"]
    inside_chars = [i for i, byte in enumerate(raw) if 0x80 <= byte <= 0xBF]
    return between_cr_lf + inside_chars


def split(raw: bytes, cuts: list[int]) -> list[bytes]:
    bounds = [0, *sorted(set(cuts)), len(raw)]
    return [raw[start:end] for start, end in itertools.pairwise(bounds)]


def decode(chunks: list[bytes]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)]
    decoder.close()
    return events


@given(encoded_streams())
@example(EncodedStream(b"data: a\r\n\r\n", [ServerSentEvent(data="a")]))
def test_the_whole_stream_in_one_chunk_decodes_to_the_model_events(
    stream: EncodedStream,
) -> None:
    assert decode([stream.raw]) == stream.expected


@given(encoded_streams(), st.data())
def test_any_split_decodes_to_the_same_events(stream: EncodedStream, data: st.DataObject) -> None:
    special = interesting_cuts(stream.raw)
    anywhere = st.integers(0, len(stream.raw))
    cut = st.one_of(st.sampled_from(special), anywhere) if special else anywhere
    cuts = data.draw(st.lists(cut, max_size=12), label="cuts")
    assert decode(split(stream.raw, cuts)) == stream.expected


@given(encoded_streams())
def test_one_byte_at_a_time_decodes_to_the_same_events(stream: EncodedStream) -> None:
    assert decode(split(stream.raw, list(range(len(stream.raw))))) == stream.expected


@given(encoded_streams(), st.data())
def test_a_cut_off_stream_yields_a_prefix_of_the_events(
    stream: EncodedStream, data: st.DataObject
) -> None:
    end = data.draw(st.integers(0, len(stream.raw)), label="end")
    decoder = SSEDecoder()
    events = decoder.feed(stream.raw[:end])
    assert events == stream.expected[: len(events)]
