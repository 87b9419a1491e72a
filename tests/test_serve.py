"""`mkdocs serve` survives a contributor's mistake: it shows the message, keeps serving, recovers."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from tests.conftest import ROOT


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
        time.sleep(0.2)
    return False


def serve_command(port: int) -> list[str]:
    """What `make serve` runs after its check (the Makefile's recipe holds it: tested below)."""
    return [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"]


def test_serve_shows_the_mistake_and_recovers(tmp_path: Path, tiny_whole_project: Path) -> None:
    project = tiny_whole_project
    port, log = free_port(), tmp_path / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        server = subprocess.Popen(serve_command(port), cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/en/verbes/adapter/"
    roles = project / "data" / "actors.yml"
    good = roles.read_text("utf-8")
    verbs = project / "data" / "verbs.yml"
    try:
        assert wait_for(lambda: "<title>Adapt " in fetch(url)), log.read_text()
        roles.write_text(good.replace("[reperer, soigner]", "[reperer, soigne]"), "utf-8")
        line = next(n for n, text in enumerate(good.splitlines(), 1) if "[reperer, soigner]" in text)
        message = f'data/actors.yml:{line} actors[0].roles[1]: unknown role "soigne"'
        assert wait_for(lambda: message in log.read_text()), log.read_text()
        assert server.poll() is None  # still running: the recovery below is served by the same process
        roles.write_text(good, "utf-8")
        verbs.write_text(verbs.read_text("utf-8").replace("en: Adapt,", "en: Adapting,"), "utf-8")
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


LIVERELOAD = re.compile(r"<script>\nvar livereload = .*?</script>", re.DOTALL)  # a new epoch on every response
PAGES = ("verbes/restaurer/", "en/verbes/restaurer/", "", "traductions/", "en/traductions/", "moments/")
INDEXES = ("search/search_index.json", "en/search/search_index.json", "es/search/search_index.json")


def test_make_serve_runs_mkdocs_serve_dirty() -> None:
    recipe = (ROOT / "Makefile").read_text("utf-8").split("\nserve:", 1)[1].split("\n\n", 1)[0]
    assert "$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000" in recipe


def save(path: Path, text: str) -> None:
    """As an editor saves: the file replaced whole (the server never reads it half-written)."""
    temporary = path.with_name(f".{path.name}.saving")
    temporary.write_text(text, "utf-8")
    temporary.replace(path)


def served(port: int) -> dict[str, str]:
    """Some pages of every kind and every language's search index, as the server serves them."""
    return {url: LIVERELOAD.sub("", fetch(f"http://127.0.0.1:{port}/{url}")) for url in (*PAGES, *INDEXES)}


def quiet(log: Path, settled: float = 1.5) -> None:
    """The rebuilds an edit starts (its own, and the one its pages' writing starts) are over: the
    last build has ended (« Reloading browsers ») and no other has started for `settled` seconds,
    more than MkDocs' watcher takes to see a change (it looks every 0.5 s, then waits 0.1 s)."""
    size, since = -1, time.monotonic()
    while True:
        text = log.read_text("utf-8", errors="replace")
        if len(text) != size:
            size, since = len(text), time.monotonic()
        building = "Detected file changes" in text.rsplit("Reloading browsers", 1)[-1]
        if not building and time.monotonic() - since >= settled:
            return
        time.sleep(0.1)


def restaurer(text: str, old: str, new: str) -> str:
    """verbs.yml with `old` replaced in the verb « Restaurer » only (the tiny data's second verb)."""
    head, verb, rest = text.partition("  - id: restaurer\n")
    assert old in rest
    return head + verb + rest.replace(old, new, 1)


def test_an_edit_renders_again_what_it_changed(tmp_path: Path, tiny_whole_project: Path) -> None:
    """make serve renders again only the pages an edit changed (every page when it changes what
    they share: here a verb's name, in every page's navigation); the pages and search indexes it
    serves after edits are those a new server builds whole from the same data."""
    project = tiny_whole_project  # what an edit renders again does not depend on how much data there is
    port, log = free_port(), tmp_path / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    verbs = project / "data" / "verbs.yml"
    url = f"http://127.0.0.1:{port}/verbes/restaurer/"
    with log.open("w") as out:
        server = subprocess.Popen(serve_command(port), cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        assert wait_for(lambda: "Restaurer" in fetch(url)), log.read_text()
        text = verbs.read_text("utf-8")
        save(verbs, restaurer(text, "fr: Texte.", "fr: Texte premier essai."))  # en, es outdated
        assert wait_for(lambda: "premier essai" in fetch(url)), log.read_text()
        quiet(log)
        site = Path(re.findall(r"Building 'fr' documentation to directory: (\S+)", log.read_text())[-1])
        rendered = {page: (site / page / "index.html").stat().st_mtime_ns for page in ("moments", "verbes/restaurer")}
        save(verbs, restaurer(text, "fr: Texte.", "fr: Texte second essai."))
        assert wait_for(lambda: "second essai" in fetch(url)), log.read_text()
        quiet(log)
        assert (site / "moments" / "index.html").stat().st_mtime_ns == rendered["moments"]  # not rendered again
        assert (site / "verbes/restaurer/index.html").stat().st_mtime_ns > rendered["verbes/restaurer"]
        renamed = verbs.read_text("utf-8").replace("fr: Restaurer,", "fr: Restaurer vite,")
        save(verbs, renamed)  # in the navigation of every French page
        assert wait_for(lambda: "Restaurer vite" in fetch(f"http://127.0.0.1:{port}/moments/")), log.read_text()
        quiet(log)
        edited = served(port)
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert "Traceback" not in log.read_text() and "Aborted" not in log.read_text()
    with log.open("w") as out:  # the same data, built whole by a new server on the same address
        server = subprocess.Popen(serve_command(port), cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        assert wait_for(lambda: "Restaurer vite" in fetch(url)), log.read_text()
        quiet(log)
        whole = served(port)
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert all(whole.values()) and edited == whole
