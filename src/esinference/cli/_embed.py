"""``esinference embed FILE``: embed a file of texts into JSONL, resumably (see DESCRIPTION)."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any

from ..helpers._core import TASK_TYPES
from ._connect import make_client
from ._exits import ExitCode, UsageError, exit_code_for

_INDEX = re.compile(rb'^\{"index":\s*(\d+)')

# The help's description: plain text for a terminal.
DESCRIPTION = """\
Embed a file of texts into JSONL, resumably.

Each line of FILE is one text (or, with --field, a JSON object holding it); its
index is its line number counting from 0, and blank lines are skipped. Each
output line is {"index": N, "embedding": [...]} (plus "text" with
--include-text), in input order. --resume reads the output file, skips every
index already there and appends the rest; after a resume the file is no longer
sorted, but every index is in it once."""


def add_embed_command(
    subcommands: argparse._SubParsersAction[Any],
    add_global_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    sub = subcommands.add_parser(
        "embed",
        help="Embed a file of texts (one a line, or JSONL) into JSONL vectors, resumably.",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub.add_argument("cli.file", metavar="FILE", help="the texts; - reads standard input")
    sub.add_argument(
        "--inference-id", dest="cli.inference_id", metavar="ID", required=True,
        help="the endpoint that embeds",
    )  # fmt: skip
    sub.add_argument(
        "--task-type",
        dest="cli.task_type",
        choices=TASK_TYPES,
        metavar="TASK_TYPE",
        help=f"one of {', '.join(TASK_TYPES)} (default: the endpoint's, asked once)",
    )
    sub.add_argument(
        "--field", dest="cli.field", metavar="NAME", help="FILE is JSONL: embed this field"
    )
    sub.add_argument(
        "-o", "--output", dest="cli.output", metavar="PATH", help="default: standard output"
    )
    sub.add_argument(
        "--resume",
        dest="cli.resume",
        action="store_true",
        help="skip the indices already in --output, append the others",
    )
    sub.add_argument(
        "--include-text", dest="cli.include_text", action="store_true", help='add "text"'
    )
    sub.add_argument(
        "--input-type", dest="cli.input_type", metavar="TYPE", help="e.g. ingest or search"
    )
    sub.add_argument(
        "--batch-size", dest="cli.batch_size", type=int, default=100, metavar="N",
        help="texts per request (default: 100)",
    )  # fmt: skip
    sub.add_argument(
        "--max-batch-bytes", dest="cli.max_batch_bytes", type=int, default=1_000_000,
        metavar="N", help="request body bytes at most (default: 1000000)",
    )  # fmt: skip
    sub.add_argument(
        "--concurrency", dest="cli.concurrency", type=int, default=4, metavar="N",
        help="requests in flight (default: 4)",
    )  # fmt: skip
    sub.add_argument(
        "--retries", dest="cli.retries", type=int, default=3, metavar="N",
        help="tries again of a failed batch (default: 3)",
    )  # fmt: skip
    sub.add_argument(
        "--progress",
        dest="cli.progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    add_global_options(sub)


class DoneIndices:
    """Indices found in an output file: a contiguous prefix, plus a set of the others."""

    def __init__(self) -> None:
        self.prefix = 0  # every index below it is done
        self.others: set[int] = set()

    def add(self, index: int) -> None:
        if index == self.prefix:
            self.prefix += 1
            while self.prefix in self.others:
                self.others.remove(self.prefix)
                self.prefix += 1
        elif index > self.prefix:
            self.others.add(index)

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and (index < self.prefix or index in self.others)

    def __len__(self) -> int:
        return self.prefix + len(self.others)


def read_done(path: str) -> DoneIndices:
    """The indices in an existing output file; a torn last line (a crash) is cut off."""
    done = DoneIndices()
    if not os.path.exists(path):
        return done
    good_end = 0
    with open(path, "r+b") as file:
        for line in file:
            match = _INDEX.match(line)
            if not line.endswith(b"\n") or match is None:
                break  # only the last line can be torn; anything after it is not ours
            done.add(int(match.group(1)))
            good_end += len(line)
        file.truncate(good_end)
    return done


def _texts(file: IO[str], name: str, field: str | None, blank: set[int]) -> Iterator[str]:
    """Each line's text; a blank line yields "" and is recorded in ``blank`` (to be skipped)."""
    for number, line in enumerate(file):
        text = line.rstrip("\r\n")
        if not text.strip():
            blank.add(number)
            yield ""
            continue
        if field is None:
            yield text
            continue
        try:
            record = json.loads(text)
        except ValueError as exc:
            raise UsageError(f"{name}:{number + 1}: not a JSON line ({exc})") from None
        value = record.get(field) if isinstance(record, dict) else None
        if not isinstance(value, str):
            raise UsageError(f"{name}:{number + 1}: no string field {field!r}")
        yield value


def _count_texts(path: str) -> int | None:
    """Non-blank lines of a regular file (for the progress bar), else None."""
    if path == "-" or not os.path.isfile(path):
        return None
    with open(path, "rb") as file:
        return sum(1 for line in file if line.strip())


def run_embed(args: argparse.Namespace) -> int:
    from ..helpers import EmbedError, embed

    def opt(name: str) -> Any:
        return getattr(args, "cli." + name)

    path, output = opt("file"), opt("output")
    if opt("resume") and output is None:
        raise UsageError("--resume needs --output (the file to resume)")
    done = read_done(output) if opt("resume") else DoneIndices()
    blank: set[int] = set()
    show_bar = opt("progress") if opt("progress") is not None else sys.stderr.isatty()
    total = _count_texts(path) if show_bar else None
    try:
        source = sys.stdin if path == "-" else open(path, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    try:
        mode = "a" if opt("resume") else "w"
        sink = sys.stdout if output is None else open(output, mode, encoding="utf-8")
    except OSError as exc:
        source.close()
        raise UsageError(f"cannot write {output}: {exc.strerror}") from None
    written = 0
    try:
        with make_client(args) as client:
            results = embed(
                client,
                opt("inference_id"),
                _texts(source, path, opt("field"), blank),
                task_type=opt("task_type"),
                batch_size=opt("batch_size"),
                max_batch_bytes=opt("max_batch_bytes"),
                max_concurrency=opt("concurrency"),
                max_retries=opt("retries"),
                skip=lambda index: index in blank or index in done,
                input_type=opt("input_type"),
                progress_bar=show_bar,
                total=None if total is None else max(0, total - len(done)),
            )
            for result in results:
                record: dict[str, Any] = {"index": result.index, "embedding": result.embedding}
                if opt("include_text"):
                    record["text"] = result.text
                sink.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
                written += 1
    except ValueError as exc:  # embed()'s own argument checks, e.g. --batch-size 0
        raise UsageError(str(exc)) from None
    except EmbedError as exc:
        sink.flush()
        hint = " (run again with --resume to embed just those)" if output else ""
        print(f"esinference embed: error: wrote {written} embeddings; {exc}{hint}", file=sys.stderr)
        return exit_code_for(exc.cause)
    finally:
        if source is not sys.stdin:
            source.close()
        if sink is not sys.stdout:
            sink.close()
        else:
            sink.flush()
    return ExitCode.OK
