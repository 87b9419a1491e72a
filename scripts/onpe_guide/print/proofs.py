"""Proofs for reviewers (`make proofs`): every sheet, every slide, and the first pages of each
booklet, as PNG, with one contact sheet per language, so that a change of text can be checked by
eye on paper's (and the projector's) terms, what fits, what moved, without opening fifty PDFs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from onpe_guide.urls import BOOKLET

DPI = 110  # enough to read 11 pt type on screen
THUMB = 0.28  # contact sheets: the page's layout at a glance
BOOKLET_PAGES = 3
COLUMNS = 6
GAP = 12


def render_proofs(sheets_dir: Path, out: Path) -> dict[str, list[Path]]:
    """PNGs of the PDFs that `build_pdfs` wrote into `sheets_dir` (its manifest says which, in
    order), into `out/<lang>/`, and `out/<lang>.png`, the language's contact sheet."""
    import pypdfium2  # noqa: PLC0415 (only proofs need it)

    manifest: dict[str, list[dict[str, Any]]] = json.loads((sheets_dir / "manifest.json").read_text("utf-8"))
    written: dict[str, list[Path]] = {}
    for lang, entries in manifest.items():
        (out / lang).mkdir(parents=True, exist_ok=True)
        thumbs: list[tuple[str, Any]] = []
        for entry in (e for e in entries if e["file"].endswith(".pdf")):  # not the zip of the sheets
            document = pypdfium2.PdfDocument(sheets_dir / lang / entry["file"])
            count = min(len(document), BOOKLET_PAGES) if entry["id"] == BOOKLET else len(document)
            for index in range(count):
                image = document[index].render(scale=DPI / 72).to_pil()
                name = entry["id"] if len(document) == 1 else f"{entry['id']}-p{index + 1}"
                path = out / lang / f"{name}.png"
                image.save(path, compress_level=1)  # proofs to look at, not to keep: written fast
                written.setdefault(lang, []).append(path)
                thumbs.append((name, image.resize((round(image.width * THUMB), round(image.height * THUMB)))))
        contact_sheet(thumbs).save(out / f"{lang}.png", compress_level=1)
    return written


def contact_sheet(thumbs: list[tuple[str, Any]]) -> Any:
    """The pages side by side, each named under it; landscape pages keep their shape."""
    from PIL import Image, ImageDraw  # noqa: PLC0415

    cell_w = max(image.width for _, image in thumbs) + GAP
    cell_h = max(image.height for _, image in thumbs) + GAP + 14
    rows = -(-len(thumbs) // COLUMNS)
    sheet = Image.new("RGB", (COLUMNS * cell_w + GAP, rows * cell_h + GAP), "#8a8fa8")
    draw = ImageDraw.Draw(sheet)
    for i, (name, image) in enumerate(thumbs):
        x, y = GAP + (i % COLUMNS) * cell_w, GAP + (i // COLUMNS) * cell_h
        sheet.paste(image, (x, y))
        draw.text((x, y + image.height + 2), name, fill="white")
    return sheet
