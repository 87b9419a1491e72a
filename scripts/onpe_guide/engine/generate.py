"""Load data/, render every page, write docs/: what `make generate`, the build and the hook call."""

from __future__ import annotations

import hashlib
from pathlib import Path

from onpe_guide.data.load import load_guide
from onpe_guide.engine.docs import WriteReport, write_pages
from onpe_guide.model import Guide
from onpe_guide.site.downloads import built_sheets
from onpe_guide.site.generate import render_guide
from onpe_guide.urls import HANDWRITTEN


def generate(
    data_dir: Path,
    docs_dir: Path,
    sheets_dir: Path | None = None,
    directory_urls: bool = True,
    release: bool = False,
) -> tuple[Guide, WriteReport]:
    """Load and check `data_dir`, then write its pages into `docs_dir` (raises `DataError`)."""
    guide = load_guide(data_dir, release, docs_dir)
    return guide, write_pages(render_guide(guide, built_sheets(sheets_dir), directory_urls), docs_dir)


class Generator:
    """Generates pages once per state of their sources: `mkdocs serve` rebuilds, and static-i18n
    builds each language in turn, but pages change only when data/, the PDFs built or the
    hand-written pages (whose translation state they show) do."""

    def __init__(self, data_dir: Path, sheets_dir: Path | None, directory_urls: bool, release: bool) -> None:
        self.data_dir, self.sheets_dir = data_dir, sheets_dir
        self.directory_urls, self.release = directory_urls, release
        self.fingerprint: str | None = None
        self.guide: Guide | None = None

    def __call__(self, docs_dir: Path) -> Guide:
        """The guide, its pages written into `docs_dir` if their sources changed (raises `DataError`)."""
        fingerprint = self._fingerprint(docs_dir)
        if self.guide is None or fingerprint != self.fingerprint:
            self.fingerprint = None  # a failed run regenerates next time
            self.guide, _ = generate(self.data_dir, docs_dir, self.sheets_dir, self.directory_urls, self.release)
            self.fingerprint = fingerprint
        return self.guide

    def _fingerprint(self, docs_dir: Path) -> str:
        digest = hashlib.sha256(str(self.directory_urls).encode())
        manifest = [self.sheets_dir / "manifest.json"] if self.sheets_dir else []
        pages = [p for page in HANDWRITTEN for p in sorted(docs_dir.glob(f"{page.removesuffix('.md')}.*.md"))]
        for path in [*sorted(self.data_dir.rglob("*")), *manifest, *pages]:
            if path.is_file():
                digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
        return digest.hexdigest()
