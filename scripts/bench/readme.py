"""Write a benchmark's latest figures into README.md, between `<!-- bench:NAME -->` markers."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def write_section(name: str, markdown: str) -> None:
    text = README.read_text("utf-8")
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    if start not in text:
        text += f"\n{start}\n{end}\n"
    before, _, rest = text.partition(start)
    _, _, after = rest.partition(end)
    README.write_text(f"{before}{start}\n{markdown}\n{end}{after}", "utf-8")
