"""Edit to page under `make serve`: the time from saving a data file to the changed text being in
the served page, as a contributor sees it.

`make serve`'s server runs on a copy of the project; a French text of `data/verbs.yml` (one point
of « Réhumaniser ») is changed 10 times, each time to a new word, and the verb's French page is
fetched every 20 ms until it holds that word. Between two edits the server is left to finish (the
other languages, the rebuild its own docs/ writes start) until its log has been quiet for 2 s.
A benchmark, not a test: tests/test_serve.py checks that an edit reaches the page, untimed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.test_serve import fetch, free_port, save, serve_command  # what make serve runs (tested there)

from bench.project import ENV, project_copy

EDITS = 10
PAGE = "verbes/rehumaniser/"
FILE = Path("data") / "verbs.yml"
TEXT = "besoins sont différents."  # the end of one French point of the verb, in data/verbs.yml
POLL = 0.02  # seconds between two fetches of the page
QUIET = 2.0  # seconds without a line in the server's log: the rebuilds an edit starts are over
LIMIT = 60.0  # seconds; an edit not shown by then is reported as such


def wait(condition: object, seconds: float, step: float = POLL) -> float | None:
    """Seconds until `condition()` held, or None after `seconds`."""
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        if condition():  # type: ignore[operator]
            return time.perf_counter() - start  # after the fetch: the server answers once its rebuild is over
        time.sleep(step)
    return None


def quiet(log: Path) -> None:
    """Wait until the server's log has not grown for QUIET seconds."""
    size, since = -1, time.perf_counter()
    while time.perf_counter() - since < QUIET:
        if (now := log.stat().st_size) != size:
            size, since = now, time.perf_counter()
        time.sleep(0.1)


def edit_to_page(project: Path, log: Path, edits: int = EDITS) -> list[float]:
    """Seconds from each save to the served page holding the new text (`inf` if it never did)."""
    port, path = free_port(), project / FILE
    url, original = f"http://127.0.0.1:{port}/{PAGE}", path.read_text("utf-8")
    assert TEXT in original, f"{FILE} no longer holds {TEXT!r}: choose another text in scripts/bench/serve.py"
    times = []
    with log.open("w") as out:
        server = subprocess.Popen(serve_command(port), cwd=project, env=ENV, stdout=out, stderr=subprocess.STDOUT)
    try:
        if wait(lambda: "Réhumaniser" in fetch(url), LIMIT, 0.2) is None:
            raise RuntimeError(f"make serve did not serve {url}:\n{log.read_text('utf-8')}")
        quiet(log)
        for n in range(edits):
            word = f"mesure{n}x{time.time_ns() % 10**6}"
            save(path, original.replace(TEXT, f"besoins sont différents, {word}."))
            seconds = wait(lambda: word in fetch(url), LIMIT)  # noqa: B023 (called before `word` changes)
            times.append(float("inf") if seconds is None else seconds)
            quiet(log)
    finally:
        server.terminate()
        server.wait(timeout=30)
        path.write_text(original, "utf-8")
    return times


def report(work: Path) -> tuple[str, list[str]]:
    times = edit_to_page(project_copy(work / "serve"), work / "serve.log")
    median = statistics.median(times)
    shown = ", ".join(f"{t:.2f}" for t in sorted(times))
    failures = [] if median <= 1.0 else [f"edit to page {median:.2f} s > 1.0 s"]
    line = (
        f"**Edit to page** under `make serve` (a French text of `{FILE.as_posix()}` changed {len(times)} times, the "
        f"page fetched every {POLL * 1000:.0f} ms): median **{median:.2f} s** (budget ≤ 1.0 s); each: {shown} s."
    )
    return line, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        text, failures = report(Path(folder))
    print(text)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
