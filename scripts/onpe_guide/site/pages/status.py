"""The translation status page: per language, texts up to date, outdated, still to translate."""

from __future__ import annotations

from onpe_guide.model import Text
from onpe_guide.site.render import Ctx, escape
from onpe_guide.translations.report import LanguageStatus, translation_status


def translations_page(c: Ctx) -> str:
    statuses = translation_status(c.guide, {})
    names = {lang.code: escape(lang.name) for lang in c.guide.languages}  # not through ui(): escape here
    # A list, not a table: it reads on a phone without scrolling sideways.
    rows = [f"- **{names[s.lang]}** — {_counts(c, s)}" for s in statuses]
    parts = [f"# {c.ui('nav_translations')}", c.ui("translations_intro"), "\n".join(rows)]
    lists = [_texts(c, s.lang, names[s.lang], key, texts) for s in statuses for key, texts in _lists(s) if texts]
    parts.extend(lists or [c.ui("translations_all_current")])
    return "\n\n".join(parts)


def _counts(c: Ctx, s: LanguageStatus) -> str:
    counts = [
        ("translations_up_to_date", f"{s.up_to_date} / {s.total}"),
        ("translations_outdated", str(len(s.outdated))),
        ("translations_pending", str(len(s.pending))),
    ]
    return " · ".join(c.ui("labelled", label=c.ui(key), text=value) for key, value in counts)


def _lists(s: LanguageStatus) -> list[tuple[str, tuple[Text, ...]]]:
    return [("translations_outdated", s.outdated), ("translations_pending", s.pending)]


def _texts(c: Ctx, lang: str, language: str, key: str, texts: tuple[Text, ...]) -> str:
    """Where each text is written (file, line, field), for translators to open it."""
    heading = c.ui("translations_list", language=language, state=c.ui(key))
    return f"## {heading}\n\n" + "\n".join(f"- `{t.where_in(lang)}`" for t in texts)
