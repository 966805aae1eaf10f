"""Safe across processes: a forked child never touches its parent's connections or locks.

After ``fork`` the child holds copies of the parent's sockets. Sending on them mixes both
processes' bytes on one connection (interleaved requests, answers read by the wrong process),
and a lock that another parent thread held at the fork is held for ever in the child. So:

- every transport registers here; ``os.register_at_fork`` runs their ``_after_fork_in_child``
  in the child, which drops the inherited connection pools and renews the locks. The check
  costs nothing per request.
- dropped pools are kept referenced (``keep_inherited``) so no finalizer ever runs on them:
  closing an asyncio connection would unregister its socket from the epoll instance that the
  child shares with its parent, and urllib3's pool finalizer takes the inherited queue lock.
  The child's copies of idle sockets are closed (``close_fd_copy``), which never affects the
  parent's socket (no shutdown, no TLS close_notify), so the parent's closes still reach
  the server.
- a client refuses to be pickled (``NotPicklable``), so ``spawn``/``forkserver`` fail at once
  with a message saying to create one client per process; see ``NotPicklable`` for why.
"""

from __future__ import annotations

import os
import queue
import socket
import threading
import weakref
from typing import Any, Protocol

__all__ = ["NotPicklable", "close_fd_copy", "keep_inherited", "renew_locks", "track"]

_NEW_LOCK: dict[type, Any] = {
    type(threading.Lock()): threading.Lock,
    type(threading.RLock()): threading.RLock,
}
_tracked: weakref.WeakSet[ForkAware] = weakref.WeakSet()
_inherited: list[object] = []  # in a child: what the parent left behind, never finalized


class ForkAware(Protocol):
    def _after_fork_in_child(self) -> None: ...


def track(obj: ForkAware) -> None:
    """Run ``obj._after_fork_in_child()`` in every child forked while ``obj`` is alive."""
    _tracked.add(obj)


def _after_fork_in_child() -> None:
    for obj in list(_tracked):
        obj._after_fork_in_child()


if hasattr(os, "register_at_fork"):  # POSIX; there is no fork elsewhere
    os.register_at_fork(after_in_child=_after_fork_in_child)


def keep_inherited(obj: object) -> None:
    """Keep an object inherited from the parent alive, so no finalizer of it ever runs."""
    _inherited.append(obj)


def renew_locks(*objects: object) -> None:
    """Give each object fresh locks (attributes holding a Lock/RLock, or a Queue's mutex).

    A lock held by a parent thread at the fork stays held in the child, where that thread
    does not exist; its state is data only the parent could have changed, so a fresh lock
    is the right one.
    """
    for obj in objects:
        if isinstance(obj, queue.Queue):
            _renew_queue(obj)
            continue
        for name, value in list(vars(obj).items()):
            new_lock = _NEW_LOCK.get(type(value))
            if new_lock is not None:
                setattr(obj, name, new_lock())


def _renew_queue(q: queue.Queue[Any]) -> None:
    q.mutex = threading.Lock()
    q.not_empty = threading.Condition(q.mutex)
    q.not_full = threading.Condition(q.mutex)
    q.all_tasks_done = threading.Condition(q.mutex)


def close_fd_copy(sock: socket.socket | None) -> None:
    """Close this process's copy of an inherited socket; the parent's stays open and usable.

    ``detach`` first, so the socket object never closes that descriptor number again after
    it was reused for something else.
    """
    if sock is None:
        return
    try:
        fd = sock.detach()
    except OSError:
        return
    if fd >= 0:
        try:
            os.close(fd)
        except OSError:
            pass


class NotPicklable:
    """Clients refuse pickling: create one client per process instead.

    Pickling a client's configuration would put its credentials (API key, password) in the
    pickle, and pickles travel further than the ``spawn`` pipe: task queues, caches on disk,
    remote workers. Leaving them out would give the other process a client that fails with
    401 far from the cause. A clear error at the pickling point is the safe choice (and
    elasticsearch-py cannot be pickled either: its pools hold locks).
    """

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise TypeError(
            f"{type(self).__name__} objects cannot be pickled (they hold connections and"
            " credentials), so they cannot be sent to a process started with 'spawn' or"
            " 'forkserver'. Create one client per process instead: at module level of the"
            " worker, or in a Pool initializer."
        )

    def __copy__(self) -> Any:
        """A shallow copy (``options()`` uses one) without going through pickling."""
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        return other
