"""Measuring helpers: interleaved rounds, medians, ratios and Markdown tables."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Samples:
    """Per-round measurements of one client on one workload (seconds per request)."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    @property
    def wall_median(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


def interleaved(
    runners: Mapping[str, Callable[[int], None]], rounds: int, per_round: int
) -> dict[str, Samples]:
    """Run every runner ``per_round`` requests per round, in turn, for ``rounds`` rounds.

    Interleaving spreads the noise of a shared machine over all clients alike; the rotation
    changes who goes first each round. CPU is this process's own (user + system) time.
    """
    names = list(runners)
    samples = {name: Samples() for name in names}
    for name in names:  # warm-up: connections, caches, lazy imports
        runners[name](max(1, per_round // 10))
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            cpu0, wall0 = time.process_time(), time.perf_counter()
            runners[name](per_round)
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            samples[name].wall.append(wall / per_round)
            samples[name].cpu.append(cpu / per_round)
    return samples


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} µs"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f} ms"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def memory_mib() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MiB, from /proc (ru_maxrss elsewhere)."""
    try:
        fields = dict(
            line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
        )
        return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024
    except (OSError, KeyError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak
