"""The whole content as one JSON document (open data), and where each page's text is kept."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from onpe_guide.load import DATA_FILES
from onpe_guide.model import Guide
from onpe_guide.paths import ACTORS, HANDWRITTEN, HOME, KIT, MOMENTS, PROVISIONS, REFERENCES, ROLES, VERBS

OPEN_DATA = "donnees/guide.json"  # its stable address on the site
SECTION_FILES = {VERBS: "verbs", MOMENTS: "moments", ACTORS: "actors", ROLES: "roles", PROVISIONS: "provisions"}


def open_data(guide: Guide, version: str, date: str) -> dict[str, Any]:
    """Every text in every language, with the source's credit and the schemas of the data files."""
    content = asdict(guide)
    content.pop("locations", None)
    dossier = next(r for r in guide.references if r.kind == "dossier")
    return {
        "about": {
            "title": guide.title,
            "source": {"credit": guide.strings["source_credit"], "url": dossier.url},
            "prevails": guide.default_language,
            "version": version,
            "date": date,
            "schemas": {kind: f"../schemas/{kind}.schema.json" for kind in DATA_FILES},
        },
        **content,
    }


def edit_path(guide: Guide, page: str, lang: str) -> str:
    """The file (and line) that holds a page's text: `data/verbs.yml#L14`, `docs/a-propos.en.md`."""
    if page in HANDWRITTEN:
        return f"docs/{page.removesuffix('.md')}.{lang}.md"
    section, _, name = page.partition("/")
    kind = {HOME: "guide", REFERENCES: "references", KIT: "interface"}.get(page) or SECTION_FILES.get(section, "guide")
    entity = name.removesuffix(".md")
    file, line = guide.locations.get(f"{kind}:{entity}", (f"data/{kind}.yml", 1))
    return f"{file}#L{line}" if line > 1 else file
