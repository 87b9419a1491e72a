"""Write a benchmark's latest figures into BENCHMARKS.md, between `<!-- bench:NAME -->` markers."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parents[2] / "BENCHMARKS.md"  # linked from README.md


def publish(name: str, text: str, verdict: str, failures: list[str], readme: bool) -> int:
    """Print a report ending with its budgets' verdict, write it into BENCHMARKS.md if asked, and
    return the exit status: 1 when a budget is missed."""
    text += f"\n\n{verdict}: " + ("met." if not failures else "**not met**: " + "; ".join(failures))
    print(text)
    if readme:
        write_section(name, text)
    return 1 if failures else 0


def write_section(name: str, markdown: str) -> None:
    text = README.read_text("utf-8")
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    if start not in text:
        text += f"\n{start}\n{end}\n"
    before, _, rest = text.partition(start)
    _, _, after = rest.partition(end)
    README.write_text(f"{before}{start}\n{markdown}\n{end}{after}", "utf-8")
