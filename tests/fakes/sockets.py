"""Socket facts for leak and failover tests: free ports, open descriptors, open connections.

``open_connections(url)`` is how many sockets this process holds open to a server, the measure
of a connection leak. Linux only: the sockets of this process are the ``socket:[inode]``
links in /proc/self/fd, and /proc/net/tcp{,6} says where each inode is connected. A socket
closed by the client has no file descriptor any more, whatever TCP state it lingers in; one
the *server* closed but the client forgot is still counted (CLOSE_WAIT), which is exactly a
leak. Counting by remote address also leaves out the server's own sockets when the server
runs in this process.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

PROC = Path("/proc")


def supported() -> bool:
    return (PROC / "self" / "fd").is_dir() and (PROC / "net" / "tcp").exists()


def _own_socket_inodes() -> set[str]:
    inodes = set()
    fd_dir = PROC / "self" / "fd"
    for fd in os.listdir(fd_dir):
        try:
            link = os.readlink(fd_dir / fd)
        except OSError:  # closed between listdir and readlink
            continue
        if link.startswith("socket:["):
            inodes.add(link[8:-1])
    return inodes


def _decode_address(hex_address: str) -> tuple[ipaddress.IPv4Address | ipaddress.IPv6Address, int]:
    """``0100007F:1F90`` -> (127.0.0.1, 8080); addresses are stored as host-order 32-bit words."""
    host_hex, port_hex = hex_address.split(":")
    raw = bytes.fromhex(host_hex)
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    address = ipaddress.ip_address(words)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped, int(port_hex, 16)
    return address, int(port_hex, 16)


def _server_addresses(url: str) -> tuple[set[ipaddress.IPv4Address | ipaddress.IPv6Address], int]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    return {ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos}, port


def open_connections(url: str) -> int:
    """Sockets this process holds connected to the server at ``url``."""
    addresses, port = _server_addresses(url)
    inodes = _own_socket_inodes()
    count = 0
    for table in ("tcp", "tcp6"):
        path = PROC / "net" / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            columns = line.split()
            remote, inode = columns[2], columns[9]
            if inode not in inodes:
                continue
            address, remote_port = _decode_address(remote)
            if remote_port == port and address in addresses:
                count += 1
    return count


def count_fds() -> int:
    """Open file descriptors of this process (Linux)."""
    return len(os.listdir(PROC / "self" / "fd"))


def free_port() -> int:
    """A port nothing listens on (bound then released), for 'connection refused'."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll ``condition`` until it holds or ``timeout`` passes; its last value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()
