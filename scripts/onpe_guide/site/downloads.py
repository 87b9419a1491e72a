"""The files a page offers to download, named for what they are: « Synthèse, PDF, 2 pages A4,
120 Ko ». Pages and sizes come from what the print stage wrote (its manifest and the files)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

Ui = Callable[..., str]  # an interface string in the page's language, filled (Ctx.ui)


@dataclass(frozen=True)
class BuiltFile:
    """One file the build wrote for one language (a sheet, the slides, a booklet as PDF; the zip
    of the sheets, the offline guide): its name in the language's folder, pages, and bytes."""

    file: str
    pages: int = 0
    size: int = 0
    format: str = "A4"  # of a PDF's pages: A4, or 16:9 (the slides)

    @property
    def kind(self) -> str:
        return "ZIP" if self.file.endswith(".zip") else "PDF"

    @property
    def media_type(self) -> str:
        return "application/zip" if self.kind == "ZIP" else "application/pdf"


Built = Mapping[str, Mapping[str, BuiltFile]]  # lang -> document id -> file


def built_sheets(sheets_dir: Path | None) -> Built | None:
    """What the print stage wrote into `sheets_dir` (its manifest, and each file's size), or None."""
    manifest = sheets_dir / "manifest.json" if sheets_dir else None
    if sheets_dir is None or manifest is None or not manifest.is_file():
        return None
    entries = json.loads(manifest.read_text("utf-8"))

    def size(lang: str, file: str) -> int:
        path = sheets_dir / lang / file
        return path.stat().st_size if path.is_file() else 0

    return {
        lang: {
            e["id"]: BuiltFile(e["file"], int(e.get("pages", 0)), size(lang, e["file"]), e.get("format", "A4"))
            for e in items
        }
        for lang, items in entries.items()
    }


def file_facts(ui: Ui, built: BuiltFile) -> str:
    """« PDF, 2 pages A4, 120 Ko »: the type, the pages (a PDF's), the size, in the page's language."""
    facts = [built.kind]
    if built.kind == "PDF" and built.pages and built.format == "16:9":
        facts.append(ui("file_slides", count=built.pages))
    elif built.kind == "PDF" and built.pages:
        facts.append(ui("file_page_a4" if built.pages == 1 else "file_pages_a4", count=built.pages))
    if built.size:
        facts.append(file_size(ui, built.size))
    return ", ".join(facts)


def file_size(ui: Ui, size: int) -> str:
    """Kilobytes, rounded up (a 300-byte file is not « 0 Ko »), or megabytes with one decimal."""
    if size < 1000 * 1000:
        return ui("file_size_kb", size=-(-size // 1000))
    megabytes = f"{size / 1000 / 1000:.1f}".replace(".", ui("decimal_mark"))
    return ui("file_size_mb", size=megabytes)
