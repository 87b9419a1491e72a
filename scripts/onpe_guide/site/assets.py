"""The guide's own stylesheet and scripts as the built site serves them: without their comments.

The comments explain the source to whoever reads it (they say why); a reader's phone has no use
for them, and they weighed 4 KB gzip of the 73 KB a first visit transferred (`make bench`: first
visit ≤ 0.65× a plain Material site). Only whole comments on lines of their own go, and blank
lines: every line of code is kept as it is, so the served file runs as its source does. `/*!`
comments (licences, credits) stay.
"""

from __future__ import annotations

from pathlib import Path

# Ours, in the built site (the vendored iframe-worker files are left as they are).
OWN_ASSETS = ("stylesheets/guide.css", "assets/javascripts/*.js", "assets/javascripts/workers/guide-search.js")


def strip_comments(text: str) -> str:
    """`text` (CSS or JavaScript) without its whole-line comments (`/* … */` blocks that start a
    line, `//` lines) and blank lines; a comment after code on its line stays."""
    kept: list[str] = []
    in_block = False
    for source in text.splitlines():
        line, stripped = source, source.strip()
        if not in_block and stripped.startswith("/*") and not stripped.startswith("/*!"):
            in_block, stripped = True, stripped[2:]
        if in_block:
            if "*/" not in stripped:
                continue
            in_block, line = False, stripped.split("*/", 1)[1]  # code after the comment, if any
            stripped = line.strip()
        if stripped and not stripped.startswith("//"):
            kept.append(line)
    return "\n".join(kept) + "\n"


def strip_own_assets(site: Path) -> None:
    """Strip the comments of the guide's own stylesheet and scripts in the built `site`."""
    for pattern in OWN_ASSETS:
        for path in sorted(site.glob(pattern)):
            path.write_text(strip_comments(path.read_text("utf-8")), "utf-8")
