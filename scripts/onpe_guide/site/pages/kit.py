"""The trainer's kit page (« Kit du formateur »): every sheet and the booklet of one language."""

from __future__ import annotations

from onpe_guide.site.render import Ctx, bullets
from onpe_guide.urls import BOOKLET, BUNDLE, SHEETS_FOLDER, sheet_catalogue


def kit_page(c: Ctx) -> str:
    built = (c.sheets or {}).get(c.lang, {})
    parts = [f"# {c.ui('kit_title')}", c.ui("kit_intro")]
    if not built:
        parts.append(f'!!! note ""\n\n    {c.ui("handouts_not_built")}')
    lines = []
    for entry in sheet_catalogue(c.guide):
        count = c.ui("pages_count", count=entry.pages)
        kicker, title = c.t(entry.section), c.t(entry.title)
        shown = f"{kicker} — {title}" if kicker != title else title
        link = (
            f'<a href="{c.to_root}{SHEETS_FOLDER}/{c.lang}/{built[entry.id]}" type="application/pdf">{shown}</a>'
            if entry.id in built
            else shown
        )
        lines.append(f"{link} ({count})")
    parts += [
        f"## {c.ui('kit_handouts')}",
        bullets(lines),
        f"## {c.ui('kit_booklet')}",
        c.download(BOOKLET, "download_booklet"),
    ]
    if BUNDLE in built:
        parts += [f"## {c.ui('kit_offline')}", c.ui("offline_intro"), c.download(BUNDLE, "download_offline")]
    return "\n\n".join(p for p in parts if p)
