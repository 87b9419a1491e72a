"""Problems found in the data, collected so that a contributor sees them all at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

FieldPath = tuple[str | int, ...]  # ("actors", 3, "roles", 1): where a value is in its file


def format_path(path: FieldPath) -> str:
    """`("actors", 3, "roles", 1)` -> `actors[3].roles[1]`, the way a reader points at a field."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one place: `data/actors.yml:14 actors[3].roles[1]: unknown role …`."""

    file: str
    line: int
    path: FieldPath
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = format_path(self.path)
        return f"{where} {field}: {self.message}" if field else f"{where}: {self.message}"


class DataError(Exception):
    """Raised once, after every problem has been collected."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = sorted(set(problems), key=lambda p: (p.file, p.line, str(p)))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count > 1 else ''} in the data:"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])


class SheetError(Exception):
    """Raised once, naming every sheet (handout) that does not fit its pages."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            "\n".join([f"{len(problems)} handout(s) do not fit their pages:", *(f"  {p}" for p in problems)])
        )
