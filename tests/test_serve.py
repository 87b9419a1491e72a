"""`mkdocs serve` survives a contributor's mistake: it shows the message, keeps serving, recovers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def wait_for(condition: Callable[[], bool], seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return False


def test_serve_shows_the_mistake_and_recovers(tmp_path: Path, project: Path) -> None:
    port, log = free_port(), tmp_path / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"]
    with log.open("w") as out:
        server = subprocess.Popen(command, cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/en/verbes/adapter/"
    roles = project / "data" / "actors.yml"
    good = roles.read_text("utf-8")
    verbs = project / "data" / "verbs.yml"
    try:
        assert wait_for(lambda: "<title>Adapt " in fetch(url)), log.read_text()
        roles.write_text(good.replace("      - soigner\n", "      - soigne\n"), "utf-8")
        line = good.splitlines().index("      - soigner") + 1
        message = f'data/actors.yml:{line} actors[4].roles[2]: unknown role "soigne"'
        assert wait_for(lambda: message in log.read_text()), log.read_text()
        assert server.poll() is None  # still running: the recovery below is served by the same process
        roles.write_text(good, "utf-8")
        verbs.write_text(verbs.read_text("utf-8").replace("      en: Adapt\n", "      en: Adapting\n"), "utf-8")
        assert wait_for(lambda: "<title>Adapting " in fetch(url)), log.read_text()
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert "Traceback" not in log.read_text()


def test_make_preview_serves_the_site_as_github_pages_does(site: Path) -> None:
    """`make preview` (`onpe-guide preview`): a missing address gets the root 404.html with status
    404, as on GitHub Pages (Python's plain error page, before); each language's 404 page is there."""
    port = free_port()
    command = [sys.executable, "-m", "onpe_guide", "preview", "--site-dir", str(site), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None and f"http://127.0.0.1:{port}/" in server.stdout.readline()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as home:
            assert home.status == 200
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/en/n-existe-pas/", timeout=5)
            raise AssertionError("a missing address was found")
        except urllib.error.HTTPError as missing:
            with missing:
                assert missing.code == 404 and missing.read() == (site / "404.html").read_bytes()
        assert 'lang="en"' in fetch(f"http://127.0.0.1:{port}/en/404.html")
    finally:
        server.terminate()
        server.communicate(timeout=10)
