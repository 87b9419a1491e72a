"""The offline bundle: the whole site, every language and sheet, to open from file://.

Built by MkDocs with `use_directory_urls: false` (no server turns `verbes/` into its index.html)
and search indexes written as scripts (a page opened from file:// cannot fetch JSON); the
iframe-worker shim runs Material's search worker in an iframe. Zipped deterministically.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path


def write_zip(folder: Path, zip_path: Path, timestamp: int) -> None:
    """Every file of `folder`, by its path inside it."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    zip_files([(path.relative_to(folder).as_posix(), path) for path in files], zip_path, timestamp)


def zip_files(files: Iterable[tuple[str, Path]], zip_path: Path, timestamp: int) -> None:
    """`files` (name in the zip, file) in their order, one fixed date: the same content gives the
    same bytes."""
    date = datetime.fromtimestamp(max(timestamp, 315532800), UTC).timetuple()[:6]  # zip dates start in 1980
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, path in files:
            info = zipfile.ZipInfo(name, date)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
