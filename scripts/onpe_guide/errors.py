"""Problems found in the data, collected so that a contributor sees them all at once."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

FieldPath = tuple[str | int, ...]  # ("actors", 3, "roles", 1): where a value is in its file


# Characters that change what a terminal or a reader shows without being seen: C0/C1 controls
# (ESC, NUL…) but the line feed, bidirectional embeddings, overrides and isolates (U+202E),
# line and paragraph separators (U+2028), lone surrogates.
_INVISIBLE = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")


def _unsafe(char: str) -> bool:
    return (char != "\n" and unicodedata.category(char) in ("Cc", "Cs")) or char in _INVISIBLE


def unsafe_character(text: str) -> str | None:
    """The first invisible or control character of `text`, named (`U+001B`), or None."""
    for char in text:
        if _unsafe(char):
            name = unicodedata.name(char, "") if unicodedata.category(char) != "Cs" else "lone surrogate"
            return f"the character U+{ord(char):04X}" + (f" ({name})" if name else "")
    return None


def printable(text: str) -> str:
    """`text` safe to print on a terminal: every control or invisible character written \\uXXXX."""
    return "".join(f"\\u{ord(c):04x}" if _unsafe(c) or c == "\n" else c for c in text)


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
        line = f"{where} {field}: {self.message}" if field else f"{where}: {self.message}"
        return printable(line)  # a key or value quoted in a message never reaches the terminal raw


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
    """Raised once, naming every sheet and slide that does not fit its pages."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        head = f"{len(problems)} sheet(s) or slide(s) do not fit their pages:"
        super().__init__("\n".join([head, *(f"  {printable(p)}" for p in problems)]))
