"""What the page templates in `overrides/` show around each page: Python decides, templates present."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from onpe_guide.model import Guide
from onpe_guide.pages import ACCESSIBILITY, LEGAL, PRIVACY


def language_root(guide: Guide, lang: str) -> str:
    """Where a language lives, from the site's root: "" for the default language, "en/" …"""
    return "" if lang == guide.default_language else f"{lang}/"


def page_strings(guide: Guide, lang: str, alternates: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Everything the templates print around a page, in `lang`."""
    default, root = guide.default_language, language_root(guide, lang)
    dossier = next(r for r in guide.references if r.kind == "dossier")
    french = next((a["link"] for a in alternates if a.get("lang") == default), "/")
    notice = None
    if lang != default:
        notice = {"text": guide.strings["french_prevails"][lang], "link_label": guide.strings["read_in_french"][lang],
                  "link": french, "link_lang": default}  # fmt: skip
    footer = [(ACCESSIBILITY, "footer_accessibility"), (LEGAL, "footer_legal"), (PRIVACY, "footer_privacy")]
    return {
        "lang": lang,
        "language_root": f"/{root}" if root else "",  # appended to Material's `base`: "../.." + "/en/"
        "notice": notice,
        "credit": guide.strings["source_credit"][lang],
        "dossier": {"label": dossier.label[lang], "url": dossier.url},
        "exit": {"label": guide.strings["quick_exit"][lang], "hint": guide.strings["quick_exit_hint"][lang],
                 "url": guide.quick_exit_url},  # fmt: skip
        "footer": {"label": guide.strings["footer_label"][lang],
                   "links": [{"label": guide.strings[key][lang], "url": root + page.removesuffix(".md") + "/"}
                             for page, key in footer]},  # fmt: skip
    }
