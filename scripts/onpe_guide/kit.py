"""The trainer's kit page (« Kit du formateur »): every handout and the booklet of one language."""

from __future__ import annotations

from onpe_guide.bundle import BUNDLE
from onpe_guide.handouts import Sheets
from onpe_guide.render import Ctx, bullets


def kit_page(c: Ctx) -> str:
    sheets = Sheets(c.guide, c.lang, markdown=True).all()
    built = (c.handouts or {}).get(c.lang, {})
    parts = [f"# {c.ui('kit_title')}", c.ui("kit_intro")]
    if not built:
        parts.append(f'!!! note ""\n\n    {c.ui("handouts_not_built")}')
    lines = []
    for sheet in sheets:
        count = c.ui("pages_count", count=sheet.pages)
        title = f"{sheet.kicker} — {sheet.title}" if sheet.kicker != sheet.title else sheet.title
        link = (
            f'<a href="{c.to_root}fiches/{c.lang}/{built[sheet.id]}" type="application/pdf">{title}</a>'
            if sheet.id in built
            else title
        )
        lines.append(f"{link} ({count})")
    parts += [
        f"## {c.ui('kit_handouts')}",
        bullets(lines),
        f"## {c.ui('kit_booklet')}",
        c.download("livret", "download_booklet"),
    ]
    if BUNDLE in built:
        parts += [f"## {c.ui('kit_offline')}", c.ui("offline_intro"), c.download(BUNDLE, "download_offline")]
    return "\n\n".join(p for p in parts if p)
