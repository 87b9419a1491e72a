"""The whole content as one JSON document (open data), published at `urls.OPEN_DATA`."""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from pathlib import Path
from typing import Any

from onpe_guide.data.load import DATA_FILES
from onpe_guide.model import Guide
from onpe_guide.translations.report import translation_status
from onpe_guide.urls import OPEN_DATA

# The same terms as the repository's LICENSE: MIT for what the project wrote, never for the
# leaflet's text, which is the ONPE's (credited in `about.source`), nor for its translations.
LICENSE = "MIT"


def license_terms(guide: Guide) -> dict[str, Any]:
    """Who may reuse what: the data's structure and the site's own texts under `LICENSE`; the
    leaflet's text, in the language that prevails and in its translations (works derived from
    it), is the ONPE's, reproduced with credit and with the permission the deployment confirmed."""
    translated = ", ".join(lang.code for lang in guide.translated_languages)
    return {
        "spdx": LICENSE,
        "applies_to": [
            "the data's structure and schemas",
            "the interface strings (strings)",
            "the site's additions, marked where they appear and listed on the About page",
        ],
        "excludes": {
            "texts": (
                f"the leaflet's text: in {guide.default_language}, the ONPE's own words; in {translated},"
                " translations of it (derivative works), not MIT-licensed"
            ),
            "credit": guide.strings["source_credit"],
            "url": guide.dossier.url,
            "permission": guide.publication.onpe_permission or "to be confirmed with the ONPE by whoever deploys",
        },
    }


def open_data(guide: Guide, version: str, date: str) -> dict[str, Any]:
    """Every text in every language, with the source's credit and the schemas of the data files."""
    content = asdict(guide)
    content.pop("locations", None)
    content.pop("pages", None)  # the site's own pages, not the leaflet's content
    dossier = guide.dossier
    return {
        "about": {
            "title": guide.title,
            "source": {"credit": guide.strings["source_credit"], "url": dossier.url},
            "prevails": guide.default_language,
            "version": version,
            "date": date,
            "license": license_terms(guide),
            "schemas": {kind: f"../schemas/{kind}.schema.json" for kind in [*DATA_FILES, "translations"]},
            "translations": _to_redo(guide),
        },
        **content,
    }


def _to_redo(guide: Guide) -> dict[str, dict[str, list[str]]]:
    """Per translated language, the texts that show the French (to translate) or translate an
    older French (outdated): their keys, as `make translations` prints them."""
    return {
        s.lang: {"to_translate": [t.key for t in s.pending], "outdated": [t.key for t in s.outdated]}
        for s in translation_status(guide, {})
    }


def write_open_data(guide: Guide, site: Path, schemas: Path, version: str, date: str) -> None:
    """The content as JSON, and the data files' schemas, at stable addresses."""
    target = site / OPEN_DATA
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(open_data(guide, version, date), ensure_ascii=False, indent=1), "utf-8")
    # The schemas only: whatever else lies in data/schemas/ is not published, nor a link's target.
    (site / "schemas").mkdir(exist_ok=True)
    for schema in sorted(schemas.glob("*.schema.json")):
        if schema.is_file() and not schema.is_symlink():
            shutil.copyfile(schema, site / "schemas" / schema.name)
