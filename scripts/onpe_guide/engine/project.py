"""What MkDocs would publish, checked before it runs: every file of docs/ and the parts of
mkdocs.yml that decide how a page is rendered.

MkDocs publishes any file of docs/ as it is (an HTML page, an SVG with a script, a service worker
that then answers for every page of the site, the quick exit's included) and reads every `.md` as a
page. So each file of docs/ is a hand-written page (checked by `data.handwritten`), a page generated
from data/, or an asset of a type that runs nothing, from the site's own list: the stylesheets that
mkdocs.yml loads, images (PNG, JPEG, WebP, GIF, ICO) and fonts (WOFF, WOFF2), each checked to be
what its name says. Anything else is refused by name. The Markdown configuration is the check's
own: texts are checked with exactly these extensions (a `pymdownx.snippets` added to mkdocs.yml
published .git/config, then /etc/passwd and the build's environment).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml

from onpe_guide.data.yamlfile import not_regular
from onpe_guide.engine.docs import GENERATED_MARK
from onpe_guide.engine.stylesheets import stylesheet_problems
from onpe_guide.errors import Problem
from onpe_guide.model import Guide
from onpe_guide.urls import HANDWRITTEN, generated_pages

# mkdocs.yml's `markdown_extensions`, exactly (MkDocs adds toc, tables and fenced_code itself).
MARKDOWN_EXTENSIONS: list[Any] = ["admonition", "attr_list", "md_in_html", "tables", {"toc": {"permalink": False}}]
STYLESHEETS = ["stylesheets/guide.css"]  # mkdocs.yml's `extra_css`; no `extra_javascript`
# An asset's type, by its name's ending, and how its first bytes start.
ASSETS = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".webp": (b"RIFF",),
    ".ico": (b"\x00\x00\x01\x00",),
    ".woff": (b"wOFF",),
    ".woff2": (b"wOF2",),
}
WHY = {
    "markdown_extensions": "the check renders texts and pages with exactly these",
    "extra_css": "the stylesheets the check reads",
    "extra_javascript": "the site runs its own scripts only",
    "docs_dir": "the folder the check reads",
}
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
WHAT_DOCS_HOLDS = (
    "docs/ holds the hand-written pages (docs/<page>.<language>.md), the stylesheet, images (PNG, JPEG, WebP, GIF) "
    "and fonts (WOFF2); the other pages are generated from data/"
)


def project_problems(root: Path, guide: Guide) -> list[Problem]:
    """Every file of docs/ that is not the site's, and mkdocs.yml's rendering settings if changed
    (a tree of data/ alone, as tests make, has neither)."""
    config = root / "mkdocs.yml"
    return (_config_problems(config) if config.exists() or config.is_symlink() else []) + _docs_problems(
        root / "docs", guide
    )


def _docs_problems(docs: Path, guide: Guide) -> list[Problem]:
    langs = [lang.code for lang in guide.languages]
    pages = {f"{p.removesuffix('.md')}.{lang}.md" for p in [*HANDWRITTEN, *generated_pages(guide)] for lang in langs}
    problems = []
    for folder, dirs, files in os.walk(docs):  # does not follow links; data.yamlfile refuses them by name
        for name in sorted([*dirs, *files]):
            path = Path(folder, name)
            where = path.relative_to(docs).as_posix()
            if not_regular(path) is not None and not path.is_dir():
                continue
            problem = _name_problem(name) or (None if path.is_dir() else _file_problem(path, where, pages))
            if problem:
                problems.append(Problem(f"docs/{where}", 1, (), problem))
        dirs[:] = [d for d in dirs if NAME.fullmatch(d)]
    return problems


def _name_problem(name: str) -> str | None:
    if NAME.fullmatch(name):
        return None
    return "a name of letters, digits, - _ and . (not starting with .): every file of docs/ is published"


def _file_problem(path: Path, where: str, pages: set[str]) -> str | None:
    suffix = path.suffix.lower()
    if suffix == ".md":
        return None if where in pages or _generated(path) else f"not a page of the site: {WHAT_DOCS_HOLDS}"
    if suffix == ".css":
        if where not in STYLESHEETS:
            return f"a stylesheet the site does not load; its styles are {', '.join(f'docs/{s}' for s in STYLESHEETS)}"
        return stylesheet_problems(path.read_text("utf-8", errors="replace"))
    return _asset_problem(path, suffix)


def _asset_problem(path: Path, suffix: str) -> str | None:
    if suffix == ".svg":
        return "an SVG image can hold a script and is published as is: save it as PNG"
    if suffix not in ASSETS:
        return f"not a file the site publishes: {WHAT_DOCS_HOLDS}"
    with path.open("rb") as handle:
        head = handle.read(12)
    if not head.startswith(ASSETS[suffix]) or (suffix == ".webp" and head[8:12] != b"WEBP"):
        return f"not a {suffix[1:].upper()} file, whatever its name says"
    return None


def _generated(path: Path) -> bool:
    """A page the core wrote (its mark on the second line): rewritten, or removed if stale, before
    MkDocs reads docs/."""
    with path.open("r", encoding="utf-8", errors="replace") as handle:
        return handle.readline().rstrip("\n") == "---" and handle.readline().rstrip("\n") == GENERATED_MARK


class _Loader(yaml.SafeLoader):
    """mkdocs.yml as data: its tags (`!ENV`) read as nothing."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def _config_problems(path: Path) -> list[Problem]:
    """mkdocs.yml's settings that decide what a page may hold: the check owns them."""
    if not_regular(path) is not None:
        return [Problem("mkdocs.yml", 1, (), not_regular(path) or "")]
    text = path.read_text("utf-8")
    try:
        config = yaml.load(text, Loader=_Loader)  # a SafeLoader: tags read as nothing
    except yaml.YAMLError as error:
        return [Problem("mkdocs.yml", 1, (), f"not valid YAML: {error}")]
    config = config if isinstance(config, dict) else {}
    expected = {
        "markdown_extensions": MARKDOWN_EXTENSIONS,
        "extra_css": STYLESHEETS,
        "extra_javascript": None,
        "docs_dir": "docs",
    }
    problems = []
    for key, value in expected.items():
        if (config.get(key) or None) != value:  # an empty list is none
            line = next((n for n, row in enumerate(text.splitlines(), 1) if row.startswith(f"{key}:")), 1)
            problems.append(Problem("mkdocs.yml", line, (key,), _setting_message(key, value, config.get(key))))
    return problems


def _setting_message(key: str, expected: object, found: object) -> str:
    if "snippets" in repr(found):
        return "pymdownx.snippets is never allowed: it publishes any file the build can read (.git/config, /etc/passwd)"
    wanted = "none" if expected is None else repr(expected)
    return f"expected {wanted} ({WHY[key]}); found {found!r}"


def checked_extensions() -> list[str]:
    """The extensions texts are checked with: mkdocs.yml's, and MkDocs' own three."""
    names = [e if isinstance(e, str) else next(iter(e)) for e in MARKDOWN_EXTENSIONS]
    return sorted({*names, "toc", "tables", "fenced_code"})
