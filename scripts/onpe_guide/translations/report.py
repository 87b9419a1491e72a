"""The translation report: per language, texts up to date, outdated (their French changed since
they were translated) and still to translate; `make translations` prints it, the status page shows it."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass

from onpe_guide.data.tracking import Records
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


def translation_status(guide: Guide, records: Records) -> list[LanguageStatus]:
    """Per translated language, from the guide's texts and the records in data/translations/."""
    texts = list(all_texts(guide))
    keys = {t.key for t in texts}
    return [
        LanguageStatus(
            lang.code,
            sum(lang.code in t for t in texts),  # a term's words exist in the languages it has them for
            tuple(t for t in texts if lang.code in t.outdated),
            tuple(t for t in texts if lang.code in t.pending),
            tuple(sorted(set(records.get(lang.code, {})) - keys)),
        )
        for lang in guide.languages[1:]
    ]


Previous = Callable[[str, str], "str | None"]  # (lang, key) -> the French that lang translated, if known
# How a change in the French is shown, word by word, as `git diff --word-diff=plain` does.
REMOVED, ADDED = ("[-", "-]"), ("{+", "+}")
LEGEND = "  (the French then and now, word by word: [-removed-] {+added+}, « … » for unchanged words left out)"


def format_report(statuses: list[LanguageStatus], previous: Previous | None = None) -> str:
    """The text report of `make translations`: per language, counts, then each text to redo;
    with `previous`, an outdated text shows how its French changed since it was translated."""
    lines = []
    for s in statuses:
        lines.append(
            f"{s.lang}: {s.up_to_date}/{s.total} up to date, {len(s.outdated)} outdated, {len(s.pending)} to translate"
        )
        if s.outdated and previous:
            lines.append(LEGEND)
        for text in s.outdated:
            lines.append(f"  outdated: {text.where_in(s.lang)} ({text.key})")
            lines += _change(text, previous(s.lang, text.key) if previous else None)
        lines.extend(f"  to translate: {text.where_in(s.lang)} ({text.key})" for text in s.pending)
        lines.extend(f"  obsolete record: {key}" for key in s.obsolete)
        if s.outdated:
            lines.append(f'  once a text is translated again: make translated CODE={s.lang} TEXTS="<key> …"')
    return "\n".join(lines)


def outdated_summary(statuses: list[LanguageStatus]) -> str | None:
    """One line for `make check` when translations are outdated: how many, and how to see them."""
    counts = [(s.lang, len(s.outdated)) for s in statuses if s.outdated]
    if not counts:
        return None
    total = sum(count for _, count in counts)
    each = ", ".join(f"{lang} {count}" for lang, count in counts)
    return (
        f"translations: {total} outdated since their French changed ({each}); "
        "`make translations` shows each one, its French then and now"
    )


def _change(text: Text, then: str | None) -> list[str]:
    """What changed in the French: a page's changed lines, or a text's changed words."""
    now = text.written  # as data/ writes it, like the French of then
    if then is None:
        return [f"    French now: « {' '.join(now.split())} »"]
    if text.key.startswith("docs/"):
        diff = difflib.unified_diff(then.splitlines(), now.splitlines(), lineterm="", n=0)
        return [f"    {line}" for line in list(diff)[2:] if not line.startswith("@@")][:20]
    return [f"    French: « {word_diff(then, now)} »"]


def word_diff(then: str, now: str, context: int = 5) -> str:
    """`then` turned into `now`, word by word: removed words as [-…-], added ones as {+…+}, and
    unchanged runs cut to `context` words on each side of a change (« … » for the rest)."""
    old, new = then.split(), now.split()
    opcodes = difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
    parts: list[str] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            parts.append(_unchanged(old[i1:i2], context, first=index == 0, last=index == len(opcodes) - 1))
            continue
        if i2 > i1:
            parts.append(REMOVED[0] + " ".join(old[i1:i2]) + REMOVED[1])
        if j2 > j1:
            parts.append(ADDED[0] + " ".join(new[j1:j2]) + ADDED[1])
    return " ".join(part for part in parts if part)


def _unchanged(words: list[str], context: int, *, first: bool, last: bool) -> str:
    """Unchanged words between changes: those near a change, the others as « … »."""
    before = [] if first else words[:context]  # after the change that precedes them
    after = [] if last else words[-context:]  # before the change that follows them
    if len(before) + len(after) >= len(words):
        return " ".join(words)
    return " ".join([*before, "…", *after])
