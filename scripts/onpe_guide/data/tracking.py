"""Translation tracking, as data/ is read: which version of the French each translated text translates.

data/translations/<lang>.yml records, for each text, a short hash of the French it was translated
from. When the French changes, the hash no longer matches and the translation is outdated: the
report says so, and so does the page, to its reader. A text that data/ marks « À TRADUIRE » shows
the French, marked, until someone translates it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from onpe_guide.data.schema import check_schema
from onpe_guide.data.yamlfile import YamlFile, load_yaml, not_regular
from onpe_guide.errors import FieldPath, Problem
from onpe_guide.model import Text
from onpe_guide.urls import HANDWRITTEN

TO_TRANSLATE = "À TRADUIRE"  # the value that marks a text to translate: it shows in French, marked
RECORDS_DIR = "translations"  # data/translations/<lang>.yml
RECORDS_HEADER = """\
# yaml-language-server: $schema=../schemas/translations.schema.json
# Which French text each {name} text translates: the first 8 hex digits of the SHA-256 of the
# French. Written by `make translated CODE={code}` (see CONTRIBUTING.md), not by hand: when the
# French changes, its hash changes, and the translation shows as outdated until it is redone.
"""

REFUSED = "a release build refuses texts shown in French"
HANDWRITTEN_MARK = f"translation: {TO_TRANSLATE}"  # front matter of a hand-written page still in French
Records = Mapping[str, Mapping[str, str]]  # lang -> text key -> hash of the French it translates


def french_hash(french: str) -> str:
    return hashlib.sha256(french.strip().encode()).hexdigest()[:8]


def stable_key(file_name: str, value: Any, path: FieldPath) -> str:
    """`verbs.yml/verbs/reperer/points/2`: entries are named by id, so reordering keeps keys."""
    parts, node = [file_name], value
    for step in path:
        node = node[step]
        named = isinstance(step, int) and isinstance(node, dict) and isinstance(node.get("id"), str)
        parts.append(node["id"] if named else str(step))
    return "/".join(parts)


def records_path(data_dir: Path, lang: str) -> Path:
    return data_dir / RECORDS_DIR / f"{lang}.yml"


def load_records(data_dir: Path, translated: tuple[str, ...]) -> tuple[dict[str, dict[str, str]], list[Problem]]:
    """Each translated language's records (none when its file is absent), and the problems found."""
    records: dict[str, dict[str, str]] = {}
    problems: list[Problem] = []
    for lang in translated:
        path = records_path(data_dir, lang)
        if not path.is_file():
            records[lang] = {}
            continue
        loaded = _load_records_file(path, f"{data_dir.name}/{RECORDS_DIR}/{lang}.yml", data_dir / "schemas")
        problems += loaded.problems
        records[lang] = dict(loaded.value["translates"] or {}) if not loaded.problems else {}
    for stray in sorted((data_dir / RECORDS_DIR).glob("*.y*ml")):
        if stray.stem not in translated or stray.suffix != ".yml":
            expected = ", ".join(f"{lang}.yml" for lang in translated)
            problems.append(
                Problem(f"{data_dir.name}/{RECORDS_DIR}/{stray.name}", 1, (), f"unknown file; expected {expected}")
            )
    return records, problems


def _load_records_file(path: Path, name: str, schemas: Path) -> YamlFile:
    loaded = load_yaml(path, name)
    if loaded.problems:
        return loaded
    first = path.read_text("utf-8").splitlines()[0].strip()
    expected = RECORDS_HEADER.splitlines()[0]
    if first != expected:
        loaded.problem((), f'expected first line "{expected}", found "{first[:60]}"', line=1)
    check_schema(loaded, schemas, "translations.schema.json")
    return loaded


def read_pages(
    docs_dir: Path, languages: tuple[str, ...], records: Records, release: bool
) -> tuple[dict[str, Text], list[Problem]]:
    """The hand-written pages (docs/<page>.<lang>.md), each a text whose translations are tracked
    like data/'s: the French file's hash recorded per language, « À TRADUIRE » in front matter."""
    pages, problems = {}, []
    for page in HANDWRITTEN:
        stem = page.removesuffix(".md")
        files = {lang: docs_dir / f"{stem}.{lang}.md" for lang in languages}
        missing = [f"docs/{f.name}" for f in files.values() if not f.exists() and not f.is_symlink()]
        problems += [Problem(m, 1, (), "missing page; `make language` creates it, to translate") for m in missing]
        if all(not_regular(f) is None for f in files.values()):  # a link or a pipe is refused, never read
            pages[page] = _page_text(page, {lang: f.read_text("utf-8") for lang, f in files.items()}, records)
            refused = sorted(pages[page].pending) if release else []
            problems += [
                Problem(f"docs/{stem}.{lang}.md", 2, (), f"marked {TO_TRANSLATE}: {REFUSED}") for lang in refused
            ]
    return pages, problems


def _page_text(page: str, values: dict[str, str], records: Records) -> Text:
    default, key = next(iter(values)), f"docs/{page}"
    pending = frozenset(lang for lang, v in values.items() if lang != default and _marked(v))
    changed = outdated(values, key, default, pending, records)
    return Text.of(values, key, f"docs/{page.removesuffix('.md')}.<lang>.md", pending, changed)


def outdated(
    values: Mapping[str, str], key: str, default: str, pending: frozenset[str], records: Records
) -> frozenset[str]:
    """The languages whose translation of the text `key` was made from another French than today's
    (data/translations/ records the French each one translates): texts and pages alike."""
    source = french_hash(values.get(default, ""))
    return frozenset(
        lang for lang in values if lang not in (default, *pending) and records.get(lang, {}).get(key) != source
    )


def _marked(markdown: str) -> bool:
    """A page copied from the French by `make language` keeps this line in its front matter."""
    return markdown.startswith("---\n") and HANDWRITTEN_MARK in markdown.split("\n---", 1)[0]
