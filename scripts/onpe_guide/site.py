"""The core's entry points: everything the CLI, the tests and the MkDocs hook call."""

from __future__ import annotations

from pathlib import Path

from onpe_guide.load import load_guide
from onpe_guide.model import Guide
from onpe_guide.pages import site_pages
from onpe_guide.render import RenderedPage, render_pages
from onpe_guide.writer import WriteReport, write_pages


def render_guide(guide: Guide) -> list[RenderedPage]:
    return render_pages(guide, site_pages(guide))


def generate(data_dir: Path, docs_dir: Path) -> tuple[Guide, WriteReport]:
    """Load and check `data_dir`, then write its pages into `docs_dir` (raises `DataError`)."""
    guide = load_guide(data_dir)
    return guide, write_pages(render_guide(guide), docs_dir)
