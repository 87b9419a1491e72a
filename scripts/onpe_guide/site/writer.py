"""Write rendered pages into `docs/`, touching only what changed and removing what is stale.

`mkdocs serve` watches `docs/`: rewriting an unchanged file would trigger another rebuild.
Generated files carry `GENERATED_MARK` in their front matter; hand-written pages never do, so they are never touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from onpe_guide.site.render import GENERATED_MARK, RenderedPage


@dataclass(frozen=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int


def write_pages(pages: Iterable[RenderedPage], docs_dir: Path) -> WriteReport:
    wanted = {docs_dir / page.file_name: page.markdown for page in pages}
    written = unchanged = 0
    for path, markdown in wanted.items():
        if path.is_file() and path.read_text("utf-8") == markdown:
            unchanged += 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(markdown, "utf-8")
        written += 1
    stale = [p for p in generated_files(docs_dir) if p not in wanted]
    for path in stale:
        path.unlink()
    return WriteReport(written, unchanged, len(stale))


def generated_files(docs_dir: Path) -> list[Path]:
    """Markdown files under `docs_dir` that the core wrote (the mark is their second line)."""
    return sorted(p for p in docs_dir.rglob("*.md") if _starts_with_mark(p))


def _starts_with_mark(path: Path) -> bool:
    with path.open("r", encoding="utf-8", errors="replace") as handle:
        return handle.readline().rstrip("\n") == "---" and handle.readline().rstrip("\n") == GENERATED_MARK
