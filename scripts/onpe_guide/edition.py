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


def edition(root: Path) -> Edition:
    """The last commit of `root`; outside git, GUIDE_VERSION and SOURCE_DATE_EPOCH, or "dev"."""
    command = ["git", "-C", str(root), "log", "-1", "--format=%h %cs %ct"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode == 0 and result.stdout.strip():
        version, day, seconds = result.stdout.split()
        return Edition(version, day, int(seconds))
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    return Edition(
        os.environ.get("GUIDE_VERSION", "dev"), datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d"), epoch
    )
