"""What the bench's parts share: the project's folder, the environment they run commands in, and a
copy of the project to build or edit without touching the real one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def project_copy(into: Path) -> Path:
    for name in ("data", "docs", "overrides", "scripts"):
        shutil.copytree(ROOT / name, into / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", into / "mkdocs.yml")
    return into
