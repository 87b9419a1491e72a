"""The offline bundle: the whole site, every language and handout, to open from file://.

Built by MkDocs with `use_directory_urls: false` (no server turns `verbes/` into its index.html)
and search indexes written as scripts (a page opened from file:// cannot fetch JSON); the
iframe-worker shim runs Material's search worker in an iframe. Zipped deterministically.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

BUNDLE = "guide-hors-ligne"


def mkdocs_build(root: Path, site: Path, env: dict[str, str]) -> bool:
    config = str(root / "mkdocs.yml")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", config, "-d", str(site)]
    return subprocess.run(command, cwd=root, env={**os.environ, **env}, check=False).returncode == 0


def build_bundle(root: Path, handouts: Path, zip_path: Path, env: dict[str, str], timestamp: int) -> bool:
    """Build the offline site into `zip_path`; False (and nothing written) if MkDocs fails."""
    staging = Path(tempfile.mkdtemp(prefix="onpe-offline-"))  # never inside `handouts`: it is copied in
    offline = {**env, "GUIDE_OFFLINE": "1", "GUIDE_DIRECTORY_URLS": "false", "GUIDE_HANDOUTS": str(handouts)}
    if not mkdocs_build(root, staging / BUNDLE, offline):
        shutil.rmtree(staging, ignore_errors=True)
        return False
    shutil.copytree(handouts, staging / BUNDLE / "fiches", ignore=shutil.ignore_patterns("manifest.json", "*.zip"))
    write_zip(staging, zip_path, timestamp)
    shutil.rmtree(staging)
    return True


def write_zip(folder: Path, zip_path: Path, timestamp: int) -> None:
    """Sorted entries, one fixed date: the same content gives the same bytes."""
    date = datetime.fromtimestamp(max(timestamp, 315532800), UTC).timetuple()[:6]  # zip dates start in 1980
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), date)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
