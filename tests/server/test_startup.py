"""``python -m esinference.server`` starts and stops cleanly whatever its surroundings."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess as sp
import sys

import pytest
import urllib3

from tests.installed import PACKAGE_PARENT as SRC

ENV = {**os.environ, "PYTHONPATH": SRC}
CMD = [sys.executable, "-m", "esinference.server", "--port", "0"]


def _serves(url: str) -> bool:
    return urllib3.request("GET", url + "/", retries=False, timeout=10).status == 200


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_the_server_with_status_0(signum: int) -> None:
    with sp.Popen(CMD, stdout=sp.PIPE, stderr=sp.PIPE, text=True, env=ENV) as process:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert _serves(url)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "Traceback" not in stderr


def test_a_closed_stdout_is_reported_and_the_server_keeps_serving() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will ever read the URL
    with sp.Popen(CMD, stdout=write_end, stderr=sp.PIPE, text=True, env=ENV) as process:
        os.close(write_end)
        assert process.stderr is not None
        line = process.stderr.readline()
        match = re.search(r"stdout is closed; serving on (http://\S+)", line)
        assert match, line
        assert _serves(match.group(1))
        process.terminate()
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "Traceback" not in stderr


def test_a_port_in_use_is_a_clear_error_and_status_1() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        cmd = [*CMD[:-1], str(port)]
        result = sp.run(cmd, capture_output=True, text=True, env=ENV, timeout=30)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"esinference.server: cannot listen on 127.0.0.1:{port}: Address already in use"
    )
    assert result.stdout == ""
