"""``make bench``: what esinference costs above the wire, against a bare loop and elasticsearch-py.

Starts the fast local server (bench/fast_server.py) in separate processes and runs, clients
interleaved in rounds within this one run, the same workloads on every client:

1. small: text_embedding with 1 input -> 384 floats (sync clients, one request at a time);
2. large: 64 inputs -> 64 x 1,024 floats (and decoding that answer alone, also with float32
   values as Elasticsearch prints them; the numpy path against lists per 1,000 vectors);
3. async: 2,000 requests, 64 in flight, server latency 20 ms (ideal: 3,200 req/s);
4. import time of esinference and urllib3 (fresh interpreters);
5. code generation time (python -m codegen --check, what make generate runs);
6. peak RSS of helpers.embed keeping 100,000 vectors of 1,024 dims, lists against numpy;
7. a corpus embedded inside a 1,200 requests/min limit by helpers.embed, Ray, Spark and Dask
   at 1 and 2 workers (bench/embed_distributed.py, with .venv-engines' Python when present).

Reported: medians over rounds of wall time and of this process's own CPU time per request
(the server's CPU is not counted), requests/s and ratios. elasticsearch-py and aiohttp are
compared when installed (``pip install -e '.[bench]'``, which ``make bench`` does).

    python bench/run.py [--quick] [--skip-corpus] [--skip-rss] [--skip-distributed]
                        [--output bench-results/latest.md]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import os
import platform
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "src"))
sys.path.insert(1, str(BENCH))

import _async  # noqa: E402
import _startup  # noqa: E402
import _sync  # noqa: E402
import _tracing  # noqa: E402
import _vectors  # noqa: E402
from _measure import Samples, interleaved, ms, table, us  # noqa: E402
from fast_server import embedding_body  # noqa: E402

from esinference import _json  # noqa: E402

LATENCY = 0.020
CONCURRENCY = 64
ASYNC_TOTAL = 2000


@contextmanager
def fast_server(latency: float = 0.0) -> Iterator[str]:
    """The bench server in a child process; yields its URL."""
    process = subprocess.Popen(
        [sys.executable, str(BENCH / "fast_server.py"), "--latency", str(latency)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield f"http://127.0.0.1:{int(process.stdout.readline())}"
    finally:
        assert process.stdin is not None
        process.stdin.close()  # the server exits when its stdin closes
        process.wait(timeout=10)


class Report:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.targets: list[tuple[str, str, str, bool | None]] = []

    def add(self, text: str) -> None:
        print(text + "\n", flush=True)
        self.parts.append(text)

    def target(self, name: str, goal: str, value: float | None, ok: bool | None) -> None:
        shown = "n/a" if value is None else f"{value:.2f}"
        self.targets.append((name, goal, shown, ok))


def sync_section(
    report: Report, title: str, runners: dict[str, _sync.Runner], rounds: int, per_round: int
) -> dict[str, Samples]:
    samples = interleaved(runners, rounds, per_round)
    floor = samples["bare urllib3 + json.loads"].cpu_median
    rows = [
        [
            name,
            us(s.wall_median),
            us(s.cpu_median),
            f"{1 / s.wall_median:,.0f}",
            f"{s.cpu_median / floor:.2f}",
        ]
        for name, s in samples.items()
    ]
    header = ["client", "wall / request", "CPU / request", "requests/s", "CPU vs bare urllib3"]
    report.add(f"### {title}\n\n{table(header, rows)}")
    return samples


def sync_workloads(report: Report, url: str, quick: bool) -> None:
    has_orjson = _json._orjson_loads() is not None
    for workload, inference_id, inputs, rounds, per_round in (
        ("small: 1 input -> 384 floats", "small", ["hello world"], 15, 300),
        ("large: 64 inputs -> 64 x 1,024 floats", "large", ["hello world"] * 64, 9, 8),
    ):
        runners: dict[str, _sync.Runner] = {
            "bare urllib3 + json.loads": _sync.bare_urllib3(url, inference_id, inputs),
            "esinference": _sync.ours(url, inference_id, inputs),
        }
        if has_orjson:
            runners["esinference without orjson"] = _sync.ours(url, inference_id, inputs, True)
        es = _sync.elasticsearch_py(url, inference_id, inputs)
        if es is not None:
            runners["elasticsearch-py 9.5"] = es
        rounds = max(3, rounds // 3) if quick else rounds
        samples = sync_section(report, workload, runners, rounds, per_round)
        if inference_id == "small":
            floor = samples["bare urllib3 + json.loads"].cpu_median
            for name in ("esinference", "esinference without orjson"):
                if name in samples:
                    ratio = samples[name].cpu_median / floor
                    report.target(
                        f"small sync CPU, {name}", "<= 1.0x bare urllib3", ratio, ratio <= 1.0
                    )
            if es is not None:
                ratio = (
                    samples["esinference"].cpu_median / samples["elasticsearch-py 9.5"].cpu_median
                )
                report.target(
                    "small sync CPU vs elasticsearch-py", "<= 0.85x", ratio, ratio <= 0.85
                )
    decode_section(report, quick, has_orjson)


def tracing_section(report: Report, url: str, quick: bool) -> None:
    """Per-call CPU of the small workload with OpenTelemetry support but no tracer provider."""
    runners = _tracing.runners(url, "small", ["hello world"])
    samples = interleaved(runners, 5 if quick else 15, 300)
    floor = samples["tracing off (OTEL_..._ENABLED=false)"].cpu_median
    checks = _tracing.check_cost()
    rows = [
        [name, us(s.cpu_median), f"{s.cpu_median / floor:.3f}",
         f"{checks[name] * 1e9:,.0f} ns" if name in checks else "-"]
        for name, s in samples.items()
    ]  # fmt: skip
    report.add(
        "### OpenTelemetry with no tracer provider (small sync workload)\n\n"
        + table(["client", "CPU / request", "vs tracing off", "the check alone (timeit)"], rows)
    )
    share = max(checks.values()) / floor
    report.target(
        "tracing check, no provider: share of call CPU", "<= 1%", share * 100, share <= 0.01
    )


def decode_section(report: Report, quick: bool, has_orjson: bool) -> None:
    bodies = {
        "64 x 1,024 float64 (1.3 MB, as json.dumps writes them)": embedding_body(64, 1024),
        "64 x 1,024 float32 as Elasticsearch prints them (0.77 MB)": embedding_body(
            64, 1024, float32=True
        ),
    }
    for i, (title, body) in enumerate(bodies.items()):
        # 25 rounds: a 2 ms decode is at the mercy of the allocator and the neighbours at 9
        samples = interleaved(_sync.decoders(body), 3 if quick else 25, 5)
        floor = samples["json.loads (stdlib)"].wall_median
        rows = [
            [name, ms(s.wall_median), f"{s.wall_median / floor:.2f}"] for name, s in samples.items()
        ]
        report.add(
            f"### decoding the large answer alone: {title}\n\n"
            + table(["decoder", "time", "vs json.loads"], rows)
        )
        if i == 0:
            without = samples["esinference without orjson"].wall_median / floor
            report.target(
                "large decode without orjson", "<= 1.05x json.loads", without, without <= 1.05
            )
            if has_orjson:
                ratio = samples["esinference with orjson"].wall_median / floor
                report.target("large decode with orjson", "<= 0.3x json.loads", ratio, ratio <= 0.3)
            else:
                report.target("large decode with orjson", "<= 0.3x json.loads", None, None)
        elif has_orjson:
            ratio = (
                samples["esinference with orjson"].wall_median
                / samples["orjson.loads (bare)"].wall_median
            )
            report.target(
                "float32 answer: decode with orjson", "<= 1.15x orjson.loads", ratio, ratio <= 1.15
            )
    vectors_section(report, bodies, quick)


def vectors_section(report: Report, bodies: dict[str, bytes], quick: bool) -> None:
    try:
        import numpy  # noqa: F401
    except ImportError:
        report.add("*numpy is not installed: the numpy path is not measured.*")
        return
    text, _ = _vectors.section(list(bodies.values())[-1], quick)
    report.add(
        "### the numpy path: 1,000 vectors of 1,024 float32 values (decoded from float32"
        f" answers of 64)\n\n{text}"
    )


def bulk_rss(report: Report, quick: bool) -> None:
    """helpers.embed keeping every vector, in fresh processes: lists against numpy rows."""
    texts = 10_000 if quick else 100_000
    rows = []
    with fast_server() as url:
        for name, flags in (
            ("lists of floats", []),
            ("as_numpy=True (float32 rows)", ["--as-numpy"]),
        ):
            done = subprocess.run(
                [sys.executable, str(BENCH / "embed_rss.py"), url, "--texts", str(texts), *flags],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            count, seconds, peak, before = done.stdout.split()
            grown = float(peak) - float(before)
            rows.append([name, f"{float(seconds):.1f} s", f"{float(peak):,.0f} MiB",
                         f"{grown:,.0f} MiB", f"{grown * 2**20 / int(count):,.0f}"])  # fmt: skip
    header = ["embeddings", "wall", "peak RSS", "peak - RSS before", "bytes / vector"]
    report.add(
        f"### helpers.embed keeping {texts:,} vectors of 1,024 dims (bench/embed_rss.py, peak"
        f" RSS of a fresh process; batches of 100, 2 in flight)\n\n{table(header, rows)}"
    )


def async_workload(report: Report, url: str, quick: bool) -> None:
    async def main() -> dict[str, _async.AsyncSamples]:
        clients = {
            "esinference AsyncClient (defaults)": _async.ours(url),
            "esinference AsyncClient (tuned)": _async.ours(url, **TUNED),
        }
        for name, made in (
            ("bare aiohttp + json.loads", _async.bare_aiohttp(url, CONCURRENCY)),
            ("elasticsearch-py AsyncElasticsearch (defaults)", _async.elasticsearch_py(url)),
        ):
            if made is not None:
                clients[name] = made
        try:
            sends = {name: send for name, (send, _) in clients.items()}
            return await _async.interleaved(sends, 2 if quick else 3, ASYNC_TOTAL, CONCURRENCY)
        finally:
            for _, close in clients.values():
                await close()

    samples = asyncio.run(main())
    ideal = CONCURRENCY / LATENCY
    rows = [
        [
            name,
            f"{s.median('throughput'):,.0f}",
            f"{s.median('throughput') / ideal:.0%}",
            ms(s.median("p50")),
            ms(s.median("p99")),
            us(s.median("cpu")),
        ]
        for name, s in samples.items()
    ]
    header = ["client", "requests/s", "of ideal", "p50", "p99", "CPU / request"]
    report.add(
        f"### async: {ASYNC_TOTAL:,} requests, {CONCURRENCY} in flight, server latency"
        f" {LATENCY * 1000:.0f} ms (ideal {ideal:,.0f} req/s)\n\n{table(header, rows)}"
        f"\n\ntuned: `{TUNED}`"
    )
    default = samples["esinference AsyncClient (defaults)"]
    share = default.median("throughput") / ideal
    report.target("async defaults: share of ideal throughput", ">= 0.70", share, share >= 0.70)
    p99 = default.median("p99") / LATENCY
    report.target("async defaults: p99 / server latency", "<= 3x", p99, p99 <= 3)
    bare = samples.get("bare aiohttp + json.loads")
    if bare is not None:
        tuned = samples["esinference AsyncClient (tuned)"].median("throughput")
        ratio = tuned / bare.median("throughput")
        report.target("async tuned: requests/s vs bare aiohttp", ">= 1.0x", ratio, ratio >= 1.0)


# What "tuned" changes from the defaults for this workload (see docs/benchmarks.md).
TUNED: dict[str, object] = {"connections_per_node": CONCURRENCY, "max_retries": 0}


def startup(report: Report, quick: bool) -> None:
    modules = ["esinference", "urllib3"]
    try:
        import elasticsearch  # noqa: F401

        modules.append("elasticsearch")
    except ImportError:
        pass
    times = _startup.import_times(modules, 5 if quick else 15)
    floor = _startup.median(times["urllib3"])
    rows = [
        [f"import {m}", ms(_startup.median(t)), f"{_startup.median(t) / floor:.2f}"]
        for m, t in times.items()
    ]
    extra = _startup.what_esinference_imports()
    report.add(
        "### import time (fresh interpreters, median)\n\n"
        + table(["statement", "time", "vs import urllib3"], rows)
        + f"\n\n`import esinference` loads {len(extra)} modules beyond urllib3's: "
        + ", ".join(f"`{m}`" for m in extra)
    )
    ratio = _startup.median(times["esinference"]) / floor
    report.target("import esinference vs import urllib3", "<= 1.15x", ratio, ratio <= 1.15)
    generate = _startup.median(_startup.codegen_times(3))
    report.add(
        f"### code generation\n\n`python -m codegen --check`: {generate:.2f} s (median of 3)"
    )
    report.target("make generate (seconds)", "<= 3 s", generate, generate <= 3.0)


def corpus(report: Report) -> None:
    script = BENCH / "embed_corpus.py"
    if not script.exists():
        return
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    output = done.stdout.strip() or done.stderr.strip()
    report.add(f"### corpus embedding (bench/embed_corpus.py)\n\n```\n{output}\n```")


def distributed(report: Report, quick: bool) -> None:
    """The engines embed inside a rate limit: their own venv (make test-engines builds it)."""
    python = BENCH.parent / ".venv-engines" / "bin" / "python"
    if not python.exists():
        report.add("### distributed embedding\n\n*skipped: no .venv-engines (make test-engines)*")
        return
    texts = ["--texts", "4000"] if quick else []
    done = subprocess.run(
        [str(python), str(BENCH / "embed_distributed.py"), *texts], capture_output=True, text=True
    )
    output = done.stdout.strip() if done.returncode == 0 else done.stderr.strip()[-2000:]
    report.add(
        "### distributed embedding (bench/embed_distributed.py: 20 ms a request, 1,200"
        f" requests/min, batches of 100)\n\n{output}"
    )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = [f"Python {platform.python_version()}"]
    for name in ("urllib3", "orjson", "elasticsearch", "aiohttp"):
        try:
            from importlib.metadata import version

            versions.append(f"{name} {version(name)}")
        except Exception:
            versions.append(f"{name}: not installed")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()};"
        f" {', '.join(versions)}; load average at start {load:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke test)")
    parser.add_argument("--skip-corpus", action="store_true", help="skip bench/embed_corpus.py")
    parser.add_argument("--skip-rss", action="store_true", help="skip bench/embed_rss.py")
    parser.add_argument(
        "--skip-distributed", action="store_true", help="skip bench/embed_distributed.py"
    )
    parser.add_argument("--output", type=Path, default=BENCH.parent / "bench-results" / "latest.md")
    args = parser.parse_args()
    report = Report()
    started = datetime.datetime.now(datetime.timezone.utc)
    report.add(
        f"## Run of {started:%Y-%m-%d %H:%M} UTC\n\n`{' '.join(['python', *sys.argv])}`\n\n"
        f"Machine: {machine()}"
    )
    for missing in ("elasticsearch", "aiohttp"):
        try:
            __import__(missing)
        except ImportError:
            report.add(f"*{missing} is not installed: skipped (`pip install -e '.[bench]'`).*")
    with fast_server() as url:
        sync_workloads(report, url, args.quick)
        tracing_section(report, url, args.quick)
    with fast_server(LATENCY) as url:
        async_workload(report, url, args.quick)
    startup(report, args.quick)
    if not args.skip_rss:
        bulk_rss(report, args.quick)
    if not args.skip_corpus:
        corpus(report)
    if not args.skip_distributed:
        distributed(report, args.quick)
    verdict = {True: "met", False: "**not met**", None: "not measured"}
    rows = [[name, goal, value, verdict[ok]] for name, goal, value, ok in report.targets]
    report.add("### targets\n\n" + table(["target", "goal", "measured", ""], rows))
    elapsed = datetime.datetime.now(datetime.timezone.utc) - started
    report.add(f"Total bench time: {elapsed.total_seconds():.0f} s")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n\n".join(report.parts) + "\n", encoding="utf-8")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
