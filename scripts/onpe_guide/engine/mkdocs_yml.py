"""Edits to mkdocs.yml that adding a language needs: static-i18n's list of languages. Inserted at
the positions the YAML parser reports, as every other edit of `make language`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import yaml

from onpe_guide.translations.add_language import Edits, Insertion, compose, line_offset


def language_edits(root: Path) -> Callable[[str, str], Edits]:
    """What `add_language` calls to configure a new language in the project at `root`."""
    return lambda code, name: {root / "mkdocs.yml": mkdocs_language(root / "mkdocs.yml", code, name)}


def mkdocs_language(path: Path, code: str, name: str) -> list[Insertion]:
    """mkdocs.yml: the language at the end of static-i18n's list, unless it is there already."""
    text, root = compose(path)
    plugins = next(v for k, v in root.value if k.value == "plugins")
    i18n = next(
        p.value[0][1] for p in plugins.value if isinstance(p, yaml.MappingNode) and p.value[0][0].value == "i18n"
    )
    languages = next(v for k, v in i18n.value if k.value == "languages")
    if any(v.value == code for item in languages.value for k, v in item.value if k.value == "locale"):
        return []
    first = languages.value[0]
    dash, inner = first.start_mark.column - 2, first.start_mark.column
    last = languages.value[-1].end_mark
    line = last.line if last.column == 0 else last.line + 1
    entry = f"{' ' * dash}- locale: {code}\n{' ' * inner}name: {name}\n{' ' * inner}build: true\n"
    return [(line_offset(text, line), entry)]
