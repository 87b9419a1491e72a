"""« This text in this language, or the French, marked »: the one rule that pages and sheets share.

A text that data/ marks « À TRADUIRE » in a language holds the French there (the loader puts it
in); wherever it is shown, it is wrapped in the French `lang` and followed by a mark. The site and
the sheets differ only in how a text becomes markup (`convert`) and how the mark looks (`mark`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from onpe_guide.model import Guide, Text

Notice = Literal["pending", "outdated"]  # what a reader must know of a page's translation
Mark = Callable[[str, str], str]  # (shown text, default language) -> the text, marked


class Localizer:
    """Texts of `guide` in `lang`, converted to markup by `convert`, marked by `untranslated` where they
    still show the French; remembers every text it showed (`used`), for the page's notices."""

    def __init__(self, guide: Guide, lang: str, convert: Callable[[str], str], untranslated: Mark) -> None:
        self.guide, self.lang = guide, lang
        self.convert, self.untranslated = convert, untranslated
        self.used: list[Text] = []

    def t(self, text: Text) -> str:
        """A text from data/ in this language."""
        return self.marked(text, self.convert(text[self.lang]))

    def ui(self, key: str, **values: object) -> str:
        """An interface string from data/interface.yml, filled with `values` (already markup)."""
        text = self.guide.strings[key]
        return self.marked(text, self.convert(text[self.lang]).format(**values))

    def marked(self, text: Text, shown: str) -> str:
        self.used.append(text)
        if self.lang not in text.pending:
            return shown
        return self.untranslated(shown, self.guide.default_language)

    @property
    def notices(self) -> list[Notice]:
        """ "pending" (some French still to translate) and/or "outdated" (translated from an older French)."""
        pending = any(self.lang in t.pending for t in self.used)
        outdated = any(self.lang in t.outdated for t in self.used)
        found: list[tuple[Notice, bool]] = [("pending", pending), ("outdated", outdated)]
        return [name for name, present in found if present]
