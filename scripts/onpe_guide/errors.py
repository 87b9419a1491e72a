"""Problems found in the data, collected so that a contributor sees them all at once."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

FieldPath = tuple[str | int, ...]  # ("actors", 3, "roles", 1): where a value is in its file


# Characters that change what a terminal or a reader shows without being seen: controls (Cc: ESC,
# NUL…, but the line feed), format characters (Cf: bidirectional marks U+200E U+200F U+061C,
# embeddings, overrides and isolates U+202E, zero-width spaces and joiners U+200B-U+200D, the word
# joiner U+2060, the byte-order mark U+FEFF, tag characters U+E0000-U+E007F, the soft hyphen…),
# line and paragraph separators (U+2028), lone surrogates, and letters or marks drawn as nothing
# (Hangul fillers, the combining grapheme joiner, variation selectors). A space stays a space:
# the no-break spaces of French typography (U+00A0, U+202F) are separators (Zs), allowed. One
# character class, from Unicode 14 (Python 3.11): tests/test_hostile.py compares it with the
# category of every code point.
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
DRAWN_AS_NOTHING = (
    "\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u2800\u3164\ufe00-\ufe0f\uffa0\U000e0100-\U000e01ef"
)
_FORMAT = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
UNSAFE = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff{_FORMAT}{DRAWN_AS_NOTHING}]")


def unsafe_character(text: str) -> str | None:
    """The first invisible or control character of `text`, named (`U+200B (ZERO WIDTH SPACE)`), or None."""
    found = UNSAFE.search(text)
    if found is None:
        return None
    char = found.group(0)
    name = unicodedata.name(char, "") if unicodedata.category(char) != "Cs" else "lone surrogate"
    return f"the character U+{ord(char):04X}" + (f" ({name})" if name else "")


def printable(text: str) -> str:
    """`text` safe to print on a terminal and to read: every control or invisible character, and
    the line feed, written as its code point (`<U+200B>`), never raw."""
    return UNSAFE.sub(lambda m: f"<U+{ord(m.group(0)):04X}>", text).replace("\n", "<U+000A>")


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


class FontError(SheetError):
    """Raised before any sheet is laid out when the sheets' typeface lacks a face (print/fonts.py)."""

    def __init__(self, problem: str) -> None:
        self.problems = [problem]
        Exception.__init__(self, f"no PDF built: {printable(problem)}")
