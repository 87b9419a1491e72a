"""A text of the guide: language code -> text, with where it is written and the state of its
translations; and every text of a part of the guide, in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields, is_dataclass
from typing import Any


class Text(dict[str, str]):
    """One text: language code -> text, complete for every configured language. Read from data/,
    it also knows its stable `key` and `where` it is written, the languages that show the French
    because data/ marks them « À TRADUIRE » (`pending`), and those whose translation was made from
    an older French text (`outdated`, from data/translations/). The French shown is typeset
    (data/typography.py); `written` keeps it as data/ writes it, which translations record."""

    key: str = ""
    where: str = ""
    pending: frozenset[str] = frozenset()
    outdated: frozenset[str] = frozenset()
    written: str = ""

    @classmethod
    def of(
        cls,
        values: Mapping[str, str],
        key: str = "",
        where: str = "",
        pending: frozenset[str] = frozenset(),
        outdated: frozenset[str] = frozenset(),
        *,
        written: str = "",
    ) -> Text:
        text = cls(values)
        text.key, text.where, text.pending, text.outdated = key, where, pending, outdated
        text.written = written or next(iter(values.values()), "")
        return text

    def where_in(self, lang: str) -> str:
        """Where the `lang` text is written: a hand-written page has one file per language."""
        return self.where.replace("<lang>", lang)


def all_texts(value: Any) -> Iterator[Text]:
    """Every text of `value` (the guide, or a part of it), in the guide's order, each once."""
    if isinstance(value, Text):
        yield value
        return
    if is_dataclass(value) and not isinstance(value, type):
        children: Iterable[Any] = (getattr(value, f.name) for f in fields(value) if f.name != "locations")
    elif isinstance(value, Mapping):
        children = value.values()
    else:
        children = value if isinstance(value, tuple) else ()
    for child in children:
        yield from all_texts(child)
