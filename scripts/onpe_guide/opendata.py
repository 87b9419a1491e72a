"""The whole content as one JSON document (open data), and where each page's text is kept."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from onpe_guide.load import DATA_FILES
from onpe_guide.model import Guide
from onpe_guide.paths import (
    ACTORS,
    HANDWRITTEN,
    HOME,
    KIT,
    MOMENTS,
    PROVISIONS,
    REFERENCES,
    ROLES,
    TRANSLATIONS,
    VERBS,
)
from onpe_guide.translations import STATUS_DIR, all_texts

OPEN_DATA = "donnees/guide.json"  # its stable address on the site
SECTION_FILES = {VERBS: "verbs", MOMENTS: "moments", ACTORS: "actors", ROLES: "roles", PROVISIONS: "provisions"}


def open_data(guide: Guide, version: str, date: str) -> dict[str, Any]:
    """Every text in every language, with the source's credit and the schemas of the data files."""
    content = asdict(guide)
    content.pop("locations", None)
    content.pop("pages", None)  # the site's own pages, not the leaflet's content
    dossier = next(r for r in guide.references if r.kind == "dossier")
    return {
        "about": {
            "title": guide.title,
            "source": {"credit": guide.strings["source_credit"], "url": dossier.url},
            "prevails": guide.default_language,
            "version": version,
            "date": date,
            "schemas": {kind: f"../schemas/{kind}.schema.json" for kind in [*DATA_FILES, "translations"]},
            "translations": _translation_state(guide),
        },
        **content,
    }


def _translation_state(guide: Guide) -> dict[str, dict[str, list[str]]]:
    """Per translated language, the texts that show the French (to translate) or translate an
    older French (outdated): their keys, as `make translations` prints them."""
    texts = list(all_texts(guide))
    return {
        lang.code: {
            "to_translate": [t.key for t in texts if lang.code in t.pending],
            "outdated": [t.key for t in texts if lang.code in t.outdated],
        }
        for lang in guide.languages[1:]
    }


def edit_path(guide: Guide, page: str, lang: str) -> str:
    """The file (and line) that holds a page's text: `data/verbs.yml#L14`, `docs/a-propos.en.md`."""
    if page in HANDWRITTEN:
        return f"docs/{page.removesuffix('.md')}.{lang}.md"
    if page == TRANSLATIONS and lang != guide.default_language:
        return f"data/{STATUS_DIR}/{lang}.yml"
    section, _, name = page.partition("/")
    own = {HOME: "guide", REFERENCES: "references", KIT: "interface", TRANSLATIONS: "interface"}
    kind = own.get(page) or SECTION_FILES.get(section, "guide")
    entity = name.removesuffix(".md")
    file, line = guide.locations.get(f"{kind}:{entity}", (f"data/{kind}.yml", 1))
    return f"{file}#L{line}" if line > 1 else file
