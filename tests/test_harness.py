"""The test harness itself: the shared site's build (started once, in the background, its failure
shown with its log), the order that lets it build while other tests run, and the test server."""

from __future__ import annotations

import re
import socket
import struct
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast
from urllib.parse import urlsplit

import pytest

from onpe_guide.preview import serve
from tests.conftest import ROOT, cli_environment, pytest_collection_modifyitems
from tests.site_build import SiteBuild


def test_the_build_starts_once_and_a_failure_shows_its_log(tmp_path: Path) -> None:
    args = ("--root", str(tmp_path / "nowhere"), "check")
    first = SiteBuild(tmp_path, *args, cwd=ROOT, environment=cli_environment())
    second = SiteBuild(tmp_path, *args, cwd=ROOT, environment=cli_environment())  # another worker
    first.start()
    second.start()
    assert first.process is not None and second.process is None
    with pytest.raises(AssertionError, match=re.escape("data/guide.yml:1: file not found")):
        second.wait()
    first.process.wait()
    assert first.status.read_text("utf-8") == "1\n"  # the CLI's own exit status, kept by the script


def test_the_tests_that_read_the_site_run_last() -> None:
    def item(name: str, fixtures: tuple[str, ...]) -> SimpleNamespace:
        marks: list[str] = []
        return SimpleNamespace(name=name, fixturenames=fixtures, marks=marks, add_marker=lambda m: marks.append(m.name))

    items = [item(n, f) for n, f in [("a", ("site",)), ("b", ()), ("c", ("project",)), ("d", ("browser", "site"))]]
    pytest_collection_modifyitems(cast(list[pytest.Item], items))
    assert [i.name for i in items] == ["b", "c", "a", "d"]  # the shared site's readers last, else in order
    assert {i.name: i.marks for i in items} == {"a": ["site"], "b": [], "c": ["site"], "d": ["site", "browser"]}


def test_a_browser_leaving_a_page_mid_transfer_is_not_an_error(tmp_path: Path, capsys: Any) -> None:
    """The connection reset while a file is sent: the server says nothing (it printed a traceback
    in the middle of the test report each time a browser left a page early)."""
    (tmp_path / "big.bin").write_bytes(b"0" * 20_000_000)
    running = set(threading.enumerate())
    with serve(tmp_path) as url, socket.create_connection(("127.0.0.1", urlsplit(url).port or 0)) as client:
        client.sendall(b"GET /big.bin HTTP/1.0\r\n\r\n")
        assert client.recv(1000).startswith(b"HTTP/1.0 200")
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # closing resets
    for thread in set(threading.enumerate()) - running:
        thread.join()  # the request's thread ends once it has printed whatever it prints
    assert "Traceback" not in capsys.readouterr().err
