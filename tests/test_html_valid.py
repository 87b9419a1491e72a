"""Valid HTML (RGAA criterion 8.2): the W3C Nu Html Checker finds no error on any page.

Every HTML file of the built site, in every language, the markup Material writes included. The
checker runs offline from the npm package `vnu-jar` (pinned in package.json), in Java.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def java() -> str:
    """Java and the checker, or a failure that says how to get them (never a skip)."""
    found = shutil.which("java")
    if found is None:
        pytest.fail(
            "The HTML check needs Java and found none. On Debian: `apt-get install default-jre-headless`.",
            pytrace=False,
        )
    if not VNU.is_file():
        pytest.fail(
            f"The HTML check needs the W3C Nu Html Checker ({VNU.relative_to(ROOT)}): run `npm ci` "
            "(Node.js and npm: `apt-get install nodejs npm` on Debian), or `make test`, which does.",
            pytrace=False,
        )
    return found


def test_every_page_is_valid_html(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 3 * 30 and site / "404.html" in pages
    result = subprocess.run(
        [java(), "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{Path(m.get('url', '').removeprefix('file:')).relative_to(site)}:{m.get('lastLine', '?')}: {m['message']}"
        for m in messages
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]
    assert errors == [], f"{len(errors)} error(s) in {len({e.split(':')[0] for e in errors})} file(s)"
