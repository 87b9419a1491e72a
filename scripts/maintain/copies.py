"""The theme files we copied from Material for MkDocs (and static-i18n) and changed: for each, the
upstream file it came from and, in `copies/`, the difference between the two as a patch.

A test compares each copy with the file installed today: if an upgrade of Material changes the
file we copied, the patch no longer matches and the test names the file, so its new version is
copied and our changes re-applied (the patch says which). After changing a copy on purpose:

    PYTHONPATH=scripts python -m maintain.copies   (make copies)
"""

from __future__ import annotations

import difflib
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PATCHES = Path(__file__).resolve().parent / "copies"
# Our copy -> (the package it comes from, the file in that package). Copied from Material 9.8.2 and
# mkdocs-static-i18n 1.3.1 (pyproject.toml pins both).
COPIES = {
    "overrides/partials/alternate.html": ("material", "templates/partials/alternate.html"),
    "overrides/partials/copyright.html": ("material", "templates/partials/copyright.html"),
    "overrides/partials/header.html": ("material", "templates/partials/header.html"),
    "overrides/partials/javascripts/base.html": ("material", "templates/partials/javascripts/base.html"),
    "overrides/partials/javascripts/content.html": ("material", "templates/partials/javascripts/content.html"),
    "overrides/partials/javascripts/palette.html": ("material", "templates/partials/javascripts/palette.html"),
    "overrides/partials/path.html": ("material", "templates/partials/path.html"),
    "overrides/partials/search.html": ("material", "templates/partials/search.html"),
    "overrides/partials/toc.html": ("material", "templates/partials/toc.html"),
    "overrides/sitemap.xml": ("mkdocs_static_i18n", "custom_i18n_sitemap/sitemap.xml"),
}


def upstream(copy: str) -> Path:
    """The installed file our copy came from."""
    package, name = COPIES[copy]
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.origin is not None, f"{package} is not installed"
    return Path(spec.origin).parent / name


def patch(copy: str, root: Path = ROOT) -> str:
    """What we changed: a unified diff from the installed upstream file to our copy."""
    theirs = upstream(copy).read_text("utf-8").splitlines(keepends=True)
    ours = (root / copy).read_text("utf-8").splitlines(keepends=True)
    package, name = COPIES[copy]
    return "".join(difflib.unified_diff(theirs, ours, f"{package}/{name}", copy))


def patch_path(copy: str) -> Path:
    return PATCHES / (copy.removeprefix("overrides/").replace("/", "--") + ".diff")


def main() -> int:
    PATCHES.mkdir(exist_ok=True)
    for copy in COPIES:
        patch_path(copy).write_text(patch(copy), "utf-8")
        print(f"{patch_path(copy).relative_to(ROOT)}: {copy}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
