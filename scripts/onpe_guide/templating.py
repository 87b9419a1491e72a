"""What the page templates in `overrides/` show around each page: Python decides, templates present."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from onpe_guide.model import Guide
from onpe_guide.paths import ACCESSIBILITY, LEGAL, PRIVACY


def language_root(guide: Guide, lang: str) -> str:
    """Where a language lives, from the site's root: "" for the default language, "en/" …"""
    return "" if lang == guide.default_language else f"{lang}/"


def site_description(guide: Guide, lang: str) -> str:
    """The page description search engines show: the introduction's first sentence."""
    first, _, _ = guide.introduction[lang].partition(". ")
    return first.rstrip(".") + "."


def switcher(alternates: Iterable[Mapping[str, Any]], site_path: str = "/") -> list[dict[str, str]]:
    """The language switcher: each language's name and its link, from the site's root, so that the
    template can make it relative (static-i18n gives the home page's as "/en/": not from file://)."""

    def from_root(link: str) -> str:
        return (link.removeprefix(site_path) if link.startswith("/") else link) or "."

    return [{"name": a["name"], "lang": a["lang"], "link": from_root(a["link"])} for a in alternates if a.get("lang")]


def translation_state(guide: Guide, page: str, lang: str, meta: object) -> list[str]:
    """What a page's reader must know of its translation: "pending" (some French still to
    translate) and/or "outdated" (translated from an older French). Generated pages say it in
    their front matter (`translation`); hand-written pages are tracked in `guide.pages`."""
    text = guide.pages.get(page)
    if text is not None:
        return [state for state, langs in (("pending", text.pending), ("outdated", text.outdated)) if lang in langs]
    return [state for state in meta if state in ("pending", "outdated")] if isinstance(meta, list) else []


def page_strings(
    guide: Guide,
    lang: str,
    alternates: Iterable[Mapping[str, Any]],
    site_path: str = "/",
    translation: Iterable[str] = (),
) -> dict[str, Any]:
    """Everything the templates print around a page, in `lang`; `site_path` is where the site lives;
    `translation`: what the page's reader must know of its translation (see `translation_state`)."""
    languages = switcher(alternates, site_path)
    root = language_root(guide, lang)
    dossier = next(r for r in guide.references if r.kind == "dossier")
    return {
        "lang": lang,
        "language_root": f"/{root}" if root else "",  # appended to Material's `base`: "../.." + "/en/"
        "notice": _translation_notice(guide, lang, languages),
        "warnings": [
            guide.strings[f"translation_{state}"][lang] for state in translation if lang != guide.default_language
        ],
        "switcher": languages,
        "credit": guide.strings["source_credit"][lang],
        "online": guide.strings["online_label"][lang],
        "dossier": {"label": dossier.label[lang], "url": dossier.url},
        "exit": {
            "label": guide.strings["quick_exit"][lang],
            "hint": guide.strings["quick_exit_hint"][lang],
            "url": guide.quick_exit_url,
        },
        "footer": {"label": guide.strings["footer_label"][lang], "links": _footer_links(guide, lang)},
    }


def _translation_notice(guide: Guide, lang: str, languages: list[dict[str, str]]) -> dict[str, str] | None:
    """On a translated page: the French version prevails, and a link to it."""
    default = guide.default_language
    if lang == default:
        return None
    french = next((a["link"] for a in languages if a["lang"] == default), ".")
    return {
        "text": guide.strings["french_prevails"][lang],
        "link_label": guide.strings["read_in_french"][lang],
        "link": french,
        "link_lang": default,
    }


def _footer_links(guide: Guide, lang: str) -> list[dict[str, str]]:
    pages = [(ACCESSIBILITY, "footer_accessibility"), (LEGAL, "footer_legal"), (PRIVACY, "footer_privacy")]
    root = language_root(guide, lang)
    return [{"label": guide.strings[key][lang], "url": root + page.removesuffix(".md") + "/"} for page, key in pages]
