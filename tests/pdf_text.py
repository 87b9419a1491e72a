"""A built PDF's text layer and the size of every piece of its text, read once per test run."""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path

from pypdf import PageObject, PdfReader


@dataclass(frozen=True)
class PdfText:
    """A built PDF's text layer, page by page, and every piece of text with its size in points."""

    pages: tuple[str, ...]
    runs: tuple[tuple[str, float], ...]

    @property
    def text(self) -> str:
        return " ".join(self.pages).replace("\n", " ")


# Where a run's processes leave the texts they read for each other (conftest's shared folder).
SHARED: Path | None = None


@functools.cache
def read_text(path: Path) -> PdfText:
    """Read once per test run: the built site's PDFs do not change during a run, three tests read
    each sheet's text, on either worker (pypdf's extraction was a tenth of their time); the first
    process to read one leaves it in `SHARED` for the other."""
    if SHARED is None:
        return _read_text(path)
    stat = path.stat()
    key = hashlib.sha256(f"{path.resolve()}\0{stat.st_mtime_ns}\0{stat.st_size}".encode()).hexdigest()
    kept = SHARED / f"pdf-text-{key}.json"
    try:
        pages, runs = json.loads(kept.read_text("utf-8"))
        return PdfText(tuple(pages), tuple((text, size) for text, size in runs))
    except (OSError, ValueError):
        read = _read_text(path)
    partial = kept.with_suffix(f".{os.getpid()}")  # written whole, then renamed: never read half-written
    partial.write_text(json.dumps([read.pages, read.runs]), "utf-8")
    partial.replace(kept)
    return read


def _read_text(path: Path) -> PdfText:
    pages, runs = [], []
    for page in PdfReader(path).pages:
        found = page_runs(page)
        pages.append(found.text)
        runs += found.runs
    return PdfText(tuple(pages), tuple(runs))


@dataclass(frozen=True)
class PageRuns:
    text: str
    runs: list[tuple[str, float]]


def page_runs(page: PageObject) -> PageRuns:
    """The text of one page, and every piece of it with its size in points, as drawn (one reading)."""
    runs: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            runs.append((text, round(size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]), 1)))

    return PageRuns(page.extract_text(visitor_text=visit) or "", runs)
