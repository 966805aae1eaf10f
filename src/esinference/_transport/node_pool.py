"""Which node gets the next request: round-robin over live nodes, dead ones benched a while.

A node whose connection fails is marked dead for ``dead_timeout * 2^(failures-1)`` seconds
(capped at ``max_dead_timeout``; failures reported while it is benched do not count again);
once that expires it is handed out again and a success
marks it live. When every node is dead the one whose bench time ends first is used rather
than failing without trying. All state sits behind one ``threading.Lock`` held only for a
few dictionary operations, so the pool is safe from threads and never blocks an event loop.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from .nodes import NodeConfig

__all__ = ["NodePool"]


@dataclass(slots=True)
class _NodeState:
    failures: int = 0
    dead_until: float = 0.0  # clock value; 0.0 means live


class NodePool:
    """Round-robin node selection with dead-node back-off; thread-safe, never waits."""

    def __init__(
        self,
        nodes: Sequence[NodeConfig],
        *,
        dead_timeout: float = 1.0,
        max_dead_timeout: float = 30.0,
        randomize: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not nodes:
            raise ValueError("NodePool needs at least one node")
        if dead_timeout <= 0 or max_dead_timeout < dead_timeout:
            raise ValueError("need 0 < dead_timeout <= max_dead_timeout")
        self._dead_timeout = dead_timeout
        self._max_dead_timeout = max_dead_timeout
        self._clock = clock
        self._lock = threading.Lock()
        self._nodes: list[NodeConfig] = []
        self._states: dict[NodeConfig, _NodeState] = {}
        self._cursor = 0
        self._single: NodeConfig | None = None
        if randomize:  # elasticsearch-py's randomize_nodes_in_pool: spread clients' first picks
            nodes = random.sample(list(nodes), len(nodes))
        self.replace(nodes)

    @property
    def nodes(self) -> tuple[NodeConfig, ...]:
        with self._lock:
            return tuple(self._nodes)

    def replace(self, nodes: Sequence[NodeConfig]) -> None:
        """Use ``nodes`` from now on (after sniffing); known nodes keep their dead/live state."""
        unique = list(dict.fromkeys(nodes))
        if not unique:
            raise ValueError("NodePool needs at least one node")
        with self._lock:
            self._states = {n: self._states.get(n, _NodeState()) for n in unique}
            self._nodes = unique
            self._cursor %= len(unique)
            self._single = unique[0] if len(unique) == 1 else None

    def get(self, exclude: Collection[NodeConfig] = ()) -> NodeConfig:
        """The next node to try, preferring live nodes not in ``exclude`` (tried already)."""
        if self._single is not None and not exclude:
            return self._single  # one node: no choice to make, no lock to take
        with self._lock:
            now = self._clock()
            count = len(self._nodes)
            fallback: int | None = None  # the first usable node, even if tried already
            for step in range(count):
                index = (self._cursor + step) % count
                node = self._nodes[index]
                if self._states[node].dead_until > now:
                    continue
                if node not in exclude:
                    self._cursor = (index + 1) % count
                    return node
                if fallback is None:
                    fallback = index
            if fallback is not None:
                self._cursor = (fallback + 1) % count
                return self._nodes[fallback]
            # Everything is benched: try the node that would come back first.
            return min(self._nodes, key=lambda n: self._states[n].dead_until)

    def mark_dead(self, node: NodeConfig) -> float:
        """Bench ``node`` after a connection failure; returns the seconds it stays benched."""
        with self._lock:
            state = self._states.get(node)
            if state is None:  # replaced by a sniff meanwhile
                return 0.0
            now = self._clock()
            if state.dead_until > now:
                # Already benched: concurrent requests failing in one outage count once, or
                # 32 callers would bench a node that restarted for max_dead_timeout.
                return state.dead_until - now
            state.failures += 1
            timeout = min(
                self._max_dead_timeout, self._dead_timeout * 2.0 ** min(state.failures - 1, 62)
            )
            state.dead_until = now + timeout
            return timeout

    def mark_live(self, node: NodeConfig) -> None:
        """Forget ``node``'s failures: it just answered."""
        state = self._states.get(node)
        if state is not None and state.failures == 0 and state.dead_until == 0.0:
            return  # already live (the common case): nothing to write, no lock to take
        with self._lock:
            state = self._states.get(node)
            if state is not None:
                state.failures = 0
                state.dead_until = 0.0

    def live_count(self) -> int:
        """How many nodes are usable right now (live, or benched with their time up)."""
        with self._lock:
            now = self._clock()
            return sum(1 for s in self._states.values() if s.dead_until <= now)

    def is_dead(self, node: NodeConfig) -> bool:
        with self._lock:
            state = self._states.get(node)
            return state is not None and state.dead_until > self._clock()

    def __repr__(self) -> str:
        return f"NodePool({[n.base_url for n in self.nodes]!r})"
