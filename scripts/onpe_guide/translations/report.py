"""The translation report: per language, texts up to date, outdated (their French changed since
they were translated) and still to translate; `make translations` prints it, the status page shows it."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass

from onpe_guide.data.tracking import Status
from onpe_guide.model import Guide, Text, all_texts


@dataclass(frozen=True)
class LanguageStatus:
    """One language's translations: how many texts are up to date, and which are not."""

    lang: str
    total: int
    outdated: tuple[Text, ...]
    pending: tuple[Text, ...]
    obsolete: tuple[str, ...]  # records of texts that no longer exist (removed on the next stamp)

    @property
    def up_to_date(self) -> int:
        return self.total - len(self.outdated) - len(self.pending)


def translation_status(guide: Guide, status: Status) -> list[LanguageStatus]:
    """Per translated language, from the guide's texts and the records in data/translations/."""
    texts = list(all_texts(guide))
    keys = {t.key for t in texts}
    return [
        LanguageStatus(
            lang.code,
            len(texts),
            tuple(t for t in texts if lang.code in t.outdated),
            tuple(t for t in texts if lang.code in t.pending),
            tuple(sorted(set(status.get(lang.code, {})) - keys)),
        )
        for lang in guide.languages[1:]
    ]


Previous = Callable[[str, str], "str | None"]  # (lang, key) -> the French that lang translated, if known


def format_report(statuses: list[LanguageStatus], previous: Previous | None = None) -> str:
    """The text report of `make translations`: per language, counts, then each text to redo;
    with `previous`, an outdated text shows the French it was translated from beside today's."""
    lines = []
    for s in statuses:
        lines.append(
            f"{s.lang}: {s.up_to_date}/{s.total} up to date, {len(s.outdated)} outdated, {len(s.pending)} to translate"
        )
        for text in s.outdated:
            lines.append(f"  outdated: {text.where_in(s.lang)} ({text.key})")
            lines += _change(text, previous(s.lang, text.key) if previous else None)
        lines.extend(f"  to translate: {text.where_in(s.lang)} ({text.key})" for text in s.pending)
        lines.extend(f"  obsolete record: {key}" for key in s.obsolete)
        if s.outdated:
            lines.append(f'  once a text is translated again: make translated CODE={s.lang} TEXTS="<key> …"')
    return "\n".join(lines)


def _change(text: Text, then: str | None) -> list[str]:
    """What changed in the French: a page's changed lines, or a text then and now."""
    now = text.written  # as data/ writes it, like the French of then
    if then is None:
        return [f"    French now: {_excerpt(now)}"]
    if text.key.startswith("docs/"):
        diff = difflib.unified_diff(then.splitlines(), now.splitlines(), lineterm="", n=0)
        return [f"    {line}" for line in list(diff)[2:] if not line.startswith("@@")][:20]
    return [f"    French then: {_excerpt(then)}", f"    French now:  {_excerpt(now)}"]


def _excerpt(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return f"« {flat[: width - 1]}… »" if len(flat) > width else f"« {flat} »"
