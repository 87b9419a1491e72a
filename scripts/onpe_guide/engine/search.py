"""One search index per language, cut from the single index that static-i18n leaves behind.

Material's search loads `search/search_index.json` under its `base`; the pages of each language
point `base` at their own root (see overrides/assets/javascripts/adapt-material.js), so each language finds
its own pages only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any


def split_search_index(index: dict[str, Any], languages: Sequence[str]) -> dict[str, dict[str, Any]]:
    """`{lang: index}` where each index holds that language's documents, located from its root."""
    default, others = languages[0], languages[1:]
    split: dict[str, list[dict[str, Any]]] = {lang: [] for lang in languages}
    for doc in index["docs"]:
        location: str = doc["location"]
        lang = next((code for code in others if location == code or location.startswith(f"{code}/")), default)
        relocated = location.removeprefix(lang).removeprefix("/") if lang != default else location
        split[lang].append({**doc, "location": relocated})
    return {lang: {"config": {**index["config"], "lang": [lang]}, "docs": docs} for lang, docs in split.items()}


# What the site marks as leading away from a page (site/render.py: `elsewhere`; its download
# buttons): Material's search skips an element that carries `data-search-exclude`, so that a
# result shows what its page says, not « Suivant : Gérer l'urgence » or « PDF, 1 page A4 ».
LEADS_AWAY = re.compile(r'(<div class="guide-around"|<a class="guide-download")')


def exclude_from_search(html: str) -> str:
    """A page's HTML with what leads away from it marked for Material's search to skip."""
    return LEADS_AWAY.sub(r"\1 data-search-exclude", html)


def material_incremental_search_off(config: Any) -> None:
    """Under `mkdocs serve --dirty`, Material's search plugin (`is_dirty`, from MkDocs' on_startup)
    keeps the index of the build before (`search_index_prev`) and merges the new entries into it,
    assuming one page changed; with static-i18n's build per language, it would mix the languages'
    indexes. Off: each language's build indexes the pages it rendered, and `engine.rebuild` patches
    each language's index."""
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    if plugin is not None and hasattr(plugin, "is_dirty"):
        plugin.is_dirty = False
