"""The real site's build shared by a test run's workers (the `site_build` fixture, tests/conftest.py)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import pytest


class SiteBuild:
    """The real site with its PDFs, built once per test run with `onpe-guide build --pdf` (strict),
    in the background from the first test on, into a folder every pytest-xdist worker shares. The
    first worker to start it starts it; any worker waits for the exit status it writes."""

    # The CLI's output goes to a log, its exit status to a file written whole (renamed into place).
    SCRIPT = 'python="$1"; shift; "$python" -m onpe_guide "$@" >"$STATUS.log" 2>&1; echo $? >"$STATUS.part"'
    SCRIPT += '; mv "$STATUS.part" "$STATUS"'
    DEADLINE = 900  # seconds: a build that hangs fails the tests that need it, with its log

    def __init__(self, shared: Path, *args: str, cwd: Path, environment: Mapping[str, str]) -> None:
        self.cwd, self.environment = cwd, environment  # where and how the command line runs
        self.target = shared / "built-site"
        self.status = shared / "built-site.status"
        self.args = args or ("build", "--pdf", "--site-dir", str(self.target))
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the build, unless a worker has: creating the marker is atomic, only one succeeds."""
        try:
            Path(f"{self.status}.started").touch(exist_ok=False)
        except FileExistsError:
            return
        command = ["sh", "-c", self.SCRIPT, "sh", sys.executable, *self.args]
        environment = {**self.environment, "STATUS": str(self.status)}
        self.process = subprocess.Popen(command, cwd=self.cwd, env=environment, start_new_session=True)

    def wait(self) -> Path:
        """The built site, once the build has ended; fails with the build's log if it failed."""
        deadline = time.monotonic() + self.DEADLINE
        while not self.status.is_file():
            if time.monotonic() > deadline:
                pytest.fail(f"the site's build did not end in {self.DEADLINE} s", pytrace=False)
            time.sleep(0.2)
        log = Path(f"{self.status}.log").read_text("utf-8")
        assert self.status.read_text("utf-8").strip() == "0", log
        return self.target
