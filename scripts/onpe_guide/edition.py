"""Which state of the content a build shows: the last commit, never the clock."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class Edition:
    """Which state of the content a build shows: the commit, its date and time (never the clock's)."""

    version: str
    date: str
    timestamp: int  # seconds since 1970, for SOURCE_DATE_EPOCH

    @property
    def created(self) -> str:
        return datetime.fromtimestamp(self.timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _git(root: Path, *args: str) -> str:
    """git's answer in `root`, or "" when git fails (no repository, no tag, no git)."""
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=False)
    except OSError:
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""


def edition(root: Path) -> Edition:
    """The last commit of `root`, named by its tag when it has one (`v1.2.0`, a release) and by its
    short hash otherwise; outside git, GUIDE_VERSION and SOURCE_DATE_EPOCH, or "dev"."""
    last = _git(root, "log", "-1", "--format=%h %cs %ct")
    if last:
        commit, day, seconds = last.split()
        tag = _git(root, "describe", "--tags", "--exact-match", "HEAD")
        return Edition(tag or commit, day, int(seconds))
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    return Edition(
        os.environ.get("GUIDE_VERSION", "dev"), datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d"), epoch
    )
