"""The translation status page: per language, texts up to date, outdated, still to translate."""

from __future__ import annotations

import html

from onpe_guide.model import Text
from onpe_guide.site.render import Ctx, escape
from onpe_guide.translations.report import LanguageStatus, translation_status
from onpe_guide.urls import language_root, page_address, page_showing


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
    """Where each text is written (file, line, field), for translators to open it; an outdated
    one also links to the page that shows it, in that language, and shows it: the French now
    and the translation to bring up to date."""
    heading = c.ui("translations_list", language=language, state=c.ui(key))
    if key == "translations_outdated":
        return f"## {heading}\n\n" + "\n".join(_outdated(c, lang, language, t) for t in texts)
    return f"## {heading}\n\n" + "\n".join(f"- `{t.where_in(lang)}`" for t in texts)


def _outdated(c: Ctx, lang: str, language: str, text: Text) -> str:
    page = page_showing(text.key)
    line = f"- `{text.where_in(lang)}`"
    if page is not None:
        href = c.to_root + language_root(c.guide, lang) + page_address(page, c.directory_urls)
        line += f' — <a href="{html.escape(href)}" hreflang="{lang}">{c.ui("translations_shown_on")}</a>'
    if text.key.startswith("docs/"):  # a whole page: its page shows it
        return line
    shown = [(c.ui("translations_french_now"), c.guide.default_language), (language, lang)]
    for label, code in shown:
        words = f'<span lang="{code}">{_inline(c, text[code])}</span>'
        line += "\n    - " + c.ui("labelled", label=label, text=words)
    return line


def _inline(c: Ctx, markdown: str) -> str:
    """A text on one line of a list (its paragraphs joined), its links resolved from this page."""
    return c.convert(" ".join(markdown.split()))
