"""Add a language in one command: configuration, interface strings and every text, marked to translate.

Files are edited by inserting lines at positions that the YAML parser reports, never by dumping
them again: comments, quotes, order and every existing byte stay as they are. Each insertion is
checked by reading the file again; running the command twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import yaml

from onpe_guide.data.load import DATA_FILES, load_guide
from onpe_guide.data.tracking import HANDWRITTEN_MARK, RECORDS_HEADER, TO_TRANSLATE, records_path
from onpe_guide.data.values import language_tag_problem, name_problem
from onpe_guide.errors import DataError, printable
from onpe_guide.urls import HANDWRITTEN

Insertion = tuple[int, str]  # (character offset, text to insert there)
Edits = dict[Path, list[Insertion]]


class LanguageError(Exception):
    """The language cannot be added (bad code, invalid data, a file we cannot safely edit)."""


def add_language(
    root: Path, code: str, name: str, configure: Callable[[str, str], Edits] | None = None
) -> list[tuple[str, str]]:
    """Add `code` (named `name`) everywhere it is needed; returns what changed, file by file.
    `configure` prepares the site generator's configuration edits (the engine's). Every edit is
    prepared and checked first: either all files change, or none."""
    if language_tag_problem(code) or not name.strip():
        raise LanguageError(
            f'expected a language tag such as "de" or "pt-BR" and its name, '
            f'found "{printable(code)}" "{printable(name)}"'
        )
    problem = name_problem(name)
    if problem:
        raise LanguageError(problem)
    try:
        guide = load_guide(root / "data")
    except DataError as error:
        raise LanguageError(f"fix data/ first:\n{error.report()}") from None
    codes = [lang.code for lang in guide.languages]
    if code == guide.default_language:
        raise LanguageError(f'"{code}" is the default language: every text is written in it already')
    edits: Edits = {}
    for kind in DATA_FILES:
        path = root / "data" / f"{kind}.yml"
        extra = _language_entry(path, code, name) if kind == "interface" else []
        edits[path] = [*extra, *_text_insertions(path, codes, code)]
    edits |= configure(code, name) if configure else {}
    new_texts = {path: _inserted(path, insertions) for path, insertions in edits.items() if insertions}
    changed = []
    for path, text in new_texts.items():
        path.write_text(text, "utf-8")
        changed.append((path.relative_to(root).as_posix(), f"{len(edits[path])} insertion(s)"))
    changed += _records_file(root / "data", code, name)
    changed += _handwritten_pages(root / "docs", guide.default_language, code)
    return changed


def _inserted(path: Path, insertions: list[Insertion]) -> str:
    """The file with `insertions`, checked to still parse (its tags, such as !ENV, are only composed)."""
    new = path.read_text("utf-8")
    for offset, addition in sorted(insertions, reverse=True):
        new = new[:offset] + addition + new[offset:]
    try:
        yaml.compose(new, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        raise LanguageError(f"{path.name}: cannot insert safely ({error}); nothing written") from None
    return new


def compose(path: Path) -> tuple[str, yaml.Node]:
    text = path.read_text("utf-8")
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if node is None:
        raise LanguageError(f"{path}: empty")
    return text, node


def _walk(node: yaml.Node) -> Iterator[yaml.Node]:
    yield node
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _walk(key)
            yield from _walk(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _walk(item)


def _text_insertions(path: Path, codes: list[str], code: str) -> list[Insertion]:
    """One `code: À TRADUIRE` entry in every text (a mapping keyed by the configured languages)."""
    text, root = compose(path)
    out = []
    for node in _walk(root):
        if not isinstance(node, yaml.MappingNode) or not node.value:
            continue
        keys = [k.value for k, _ in node.value]
        if codes[0] not in keys or not set(keys) <= {*codes, code} or code in keys:
            continue
        out.append(_append_entry(text, node, f"{code}: {TO_TRANSLATE}"))
    return out


def _append_entry(text: str, node: yaml.MappingNode, entry: str) -> Insertion:
    """Where a mapping's next entry goes, in block style (a line) or flow style (before `}`)."""
    if node.flow_style:
        return node.end_mark.index - 1, f", {entry}"
    indent = node.value[0][0].start_mark.column
    last = node.value[-1][1].end_mark
    line = last.line if last.column == 0 else last.line + 1
    return line_offset(text, line), f"{' ' * indent}{entry}\n"


def line_offset(text: str, line: int) -> int:
    """The offset where line `line` (0-based) starts; the end of the text past its last line."""
    offset = 0
    for _ in range(line):
        found = text.find("\n", offset)
        if found < 0:
            return len(text)
        offset = found + 1
    return offset


def _language_entry(path: Path, code: str, name: str) -> list[Insertion]:
    """interface.yml's `languages`: a new last item, unless the language is there already."""
    text, root = compose(path)
    languages = next(v for k, v in root.value if k.value == "languages")
    if any(v.value == code for item in languages.value for k, v in item.value if k.value == "code"):
        return []
    first = languages.value[0]
    dash = first.start_mark.column - 2  # `- code: fr`: the item starts two columns after its dash
    last = languages.value[-1].end_mark
    line = last.line if last.column == 0 else last.line + 1
    entry = f"{' ' * dash}- code: {code}\n{' ' * (dash + 2)}name: {name}\n"
    return [(line_offset(text, line), entry)]


def _records_file(data_dir: Path, code: str, name: str) -> list[tuple[str, str]]:
    path = records_path(data_dir, code)
    if path.exists():
        return []
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(RECORDS_HEADER.format(name=name, code=code) + "translates: {}\n", "utf-8")
    return [(f"data/translations/{code}.yml", "created: no text translated yet")]


def _handwritten_pages(docs: Path, default: str, code: str) -> list[tuple[str, str]]:
    """Each hand-written page starts as a copy of the French, marked to translate."""
    changed = []
    for page in HANDWRITTEN:
        stem = page.removesuffix(".md")
        target = docs / f"{stem}.{code}.md"
        if target.exists():
            continue
        french = (docs / f"{stem}.{default}.md").read_text("utf-8")
        target.write_text(f"---\n{HANDWRITTEN_MARK}\n---\n\n{french}", "utf-8")
        changed.append((f"docs/{target.name}", f"copied from the French, marked {TO_TRANSLATE}"))
    return changed
