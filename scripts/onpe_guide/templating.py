"""What the page templates in `overrides/` show around each page: Python decides, templates present."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from onpe_guide.model import Guide


def page_strings(guide: Guide, lang: str, alternates: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The translation notice (None on default-language pages) and the source credit."""
    default = guide.default_language
    dossier = next(r for r in guide.references if r.kind == "dossier")
    french = next((a["link"] for a in alternates if a.get("lang") == default), "/")
    notice = None
    if lang != default:
        notice = {
            "text": guide.strings["french_prevails"][lang],
            "link_label": guide.strings["read_in_french"][lang],
            "link": french,
            "link_lang": default,
        }
    return {
        "lang": lang,
        "notice": notice,
        "credit": guide.strings["source_credit"][lang],
        "dossier": {"label": dossier.label[lang], "url": dossier.url},
    }
