"""The generated pages as MkDocs reads them: files in `docs/`, one per page and language named in
static-i18n's suffix layout (`verbes/adapter.en.md`), each headed by front matter (its title, the
mark that tells it from a hand-written page, and its translation's state).

Written touching only what changed and removing what is stale: `mkdocs serve` watches `docs/`,
and rewriting an unchanged file would trigger another rebuild. Hand-written pages never carry
`GENERATED_MARK`, so they are never touched.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from onpe_guide.site.render import RenderedPage

GENERATED_MARK = "# Generated from data/ by scripts/onpe_guide: edit data/*.yml, not this file."


def file_name(page: RenderedPage) -> str:
    """`verbes/adapter.md` in English is `verbes/adapter.en.md` (static-i18n's suffix layout)."""
    stem, ext = posixpath.splitext(page.path)
    return f"{stem}.{page.lang}{ext}"


def markdown_file(page: RenderedPage) -> str:
    """The page's title goes in front matter: MkDocs and search take it from there, and the mark
    on the second line tells generated files from hand-written ones. `translation` says whether the
    page shows French still to translate, or translations of an older French; `scripts`, the
    site's scripts it needs beyond every page's (`theme.page_scripts` reads them)."""
    title = json.dumps(page.title, ensure_ascii=False)  # JSON is YAML
    state = f"translation: {json.dumps(list(page.notices))}\n" if page.notices else ""
    scripts = f"scripts: {json.dumps(list(page.scripts))}\n" if page.scripts else ""
    return f"---\n{GENERATED_MARK}\ntitle: {title}\n{state}{scripts}---\n\n{page.body}\n"


def docs_files(pages: Iterable[RenderedPage]) -> dict[str, str]:
    """Each page's file name in `docs/` and its text."""
    return {file_name(page): markdown_file(page) for page in pages}


@dataclass(frozen=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int


def write_pages(pages: Iterable[RenderedPage], docs_dir: Path) -> WriteReport:
    wanted = {docs_dir / name: text for name, text in docs_files(pages).items()}
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
