"""Translation status: which version of the French each translated text translates.

data/translations/<lang>.yml records, for each text, a short hash of the French it was translated
from. When the French changes, the hash no longer matches and the translation is outdated: the
report says so, and so does the page, to its reader. A text that data/ marks « À TRADUIRE » shows
the French, marked, until someone translates it.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path as FsPath
from typing import Any

from onpe_guide.errors import Path, Problem
from onpe_guide.model import Guide, Text
from onpe_guide.paths import HANDWRITTEN
from onpe_guide.schema import check_schema
from onpe_guide.yamlfile import YamlFile, load_yaml

TO_TRANSLATE = "À TRADUIRE"  # the value that marks a text to translate: it shows in French, marked
STATUS_DIR = "translations"  # data/translations/<lang>.yml
STATUS_HEADER = """\
# yaml-language-server: $schema=../schemas/translations.schema.json
# Which French text each {name} text translates: the first 8 hex digits of the SHA-256 of the
# French. Written by `make translated CODE={code}` (see CONTRIBUTING.md), not by hand: when the
# French changes, its hash changes, and the translation shows as outdated until it is redone.
"""

REFUSED = "a release build refuses texts shown in French"
HANDWRITTEN_MARK = f"translation: {TO_TRANSLATE}"  # front matter of a hand-written page still in French
Status = Mapping[str, Mapping[str, str]]  # lang -> text key -> hash of the French it translates


def french_hash(french: str) -> str:
    return hashlib.sha256(french.strip().encode()).hexdigest()[:8]


def stable_key(file_name: str, value: Any, path: Path) -> str:
    """`verbs.yml/verbs/reperer/points/2`: entries are named by id, so reordering keeps keys."""
    parts, node = [file_name], value
    for step in path:
        node = node[step]
        named = isinstance(step, int) and isinstance(node, dict) and isinstance(node.get("id"), str)
        parts.append(node["id"] if named else str(step))
    return "/".join(parts)


def status_path(data_dir: FsPath, lang: str) -> FsPath:
    return data_dir / STATUS_DIR / f"{lang}.yml"


def load_status(data_dir: FsPath, translated: tuple[str, ...]) -> tuple[dict[str, dict[str, str]], list[Problem]]:
    """Each translated language's records (none when its file is absent), and the problems found."""
    status: dict[str, dict[str, str]] = {}
    problems: list[Problem] = []
    for lang in translated:
        path = status_path(data_dir, lang)
        if not path.is_file():
            status[lang] = {}
            continue
        loaded = _load_status_file(path, f"{data_dir.name}/{STATUS_DIR}/{lang}.yml", data_dir / "schemas")
        problems += loaded.problems
        status[lang] = dict(loaded.value["translates"] or {}) if not loaded.problems else {}
    for stray in sorted((data_dir / STATUS_DIR).glob("*.y*ml")):
        if stray.stem not in translated or stray.suffix != ".yml":
            expected = ", ".join(f"{lang}.yml" for lang in translated)
            problems.append(
                Problem(f"{data_dir.name}/{STATUS_DIR}/{stray.name}", 1, (), f"unknown file; expected {expected}")
            )
    return status, problems


def _load_status_file(path: FsPath, name: str, schemas: FsPath) -> YamlFile:
    loaded = load_yaml(path, name)
    if loaded.problems:
        return loaded
    first = path.read_text("utf-8").splitlines()[0].strip()
    expected = STATUS_HEADER.splitlines()[0]
    if first != expected:
        loaded.problem((), f'expected first line "{expected}", found "{first[:60]}"', line=1)
    check_schema(loaded, schemas, "translations.schema.json")
    return loaded


def read_pages(
    docs_dir: FsPath, languages: tuple[str, ...], status: Status, release: bool
) -> tuple[dict[str, Text], list[Problem]]:
    """The hand-written pages (docs/<page>.<lang>.md), each a text whose translations are tracked
    like data/'s: the French file's hash recorded per language, « À TRADUIRE » in front matter."""
    pages, problems = {}, []
    for page in HANDWRITTEN:
        stem = page.removesuffix(".md")
        files = {lang: docs_dir / f"{stem}.{lang}.md" for lang in languages}
        missing = [f"docs/{f.name}" for f in files.values() if not f.is_file()]
        problems += [Problem(m, 1, (), "missing page; `make language` creates it, to translate") for m in missing]
        if not missing:
            pages[page] = _page_text(page, {lang: f.read_text("utf-8") for lang, f in files.items()}, status)
            refused = sorted(pages[page].pending) if release else []
            problems += [
                Problem(f"docs/{stem}.{lang}.md", 2, (), f"marked {TO_TRANSLATE}: {REFUSED}") for lang in refused
            ]
    return pages, problems


def _page_text(page: str, values: dict[str, str], status: Status) -> Text:
    default, key = next(iter(values)), f"docs/{page}"
    pending = frozenset(lang for lang, v in values.items() if lang != default and _marked(v))
    source = french_hash(values[default])
    outdated = frozenset(
        lang for lang in values if lang not in (default, *pending) and status.get(lang, {}).get(key) != source
    )
    return Text.of(values, key, f"docs/{page.removesuffix('.md')}.<lang>.md", pending, outdated)


def _marked(markdown: str) -> bool:
    """A page copied from the French by `make language` keeps this line in its front matter."""
    return markdown.startswith("---\n") and HANDWRITTEN_MARK in markdown.split("\n---", 1)[0]


def all_texts(value: Any) -> Iterator[Text]:
    """Every text read from data/, in the guide's order (each once)."""
    if isinstance(value, Text):
        yield value
        return
    if is_dataclass(value) and not isinstance(value, type):
        children: Iterable[Any] = (getattr(value, f.name) for f in fields(value) if f.name != "locations")
    elif isinstance(value, Mapping):
        children = value.values()
    else:
        children = value if isinstance(value, tuple) else ()
    for child in children:
        yield from all_texts(child)


@dataclass(frozen=True)
class LanguageStatus:
    """One language's translations: how many texts are up to date, and which are not."""

    lang: str
    total: int
    outdated: tuple[Text, ...]
    pending: tuple[Text, ...]
    obsolete: tuple[str, ...]  # records of texts that no longer exist (removed on the next stamp)

    @property
    def up_to_date(self) -> int:
        return self.total - len(self.outdated) - len(self.pending)


def translation_status(guide: Guide, status: Status) -> list[LanguageStatus]:
    """Per translated language, from the guide's texts and the records in data/translations/."""
    texts = list(all_texts(guide))
    keys = {t.key for t in texts}
    return [
        LanguageStatus(
            lang.code,
            len(texts),
            tuple(t for t in texts if lang.code in t.outdated),
            tuple(t for t in texts if lang.code in t.pending),
            tuple(sorted(set(status.get(lang.code, {})) - keys)),
        )
        for lang in guide.languages[1:]
    ]


Previous = Callable[[str, str], "str | None"]  # (lang, key) -> the French that lang translated, if known


def format_report(statuses: list[LanguageStatus], previous: Previous | None = None) -> str:
    """The text report of `make translations`: per language, counts, then each text to redo;
    with `previous`, an outdated text shows the French it was translated from beside today's."""
    lines = []
    for s in statuses:
        lines.append(
            f"{s.lang}: {s.up_to_date}/{s.total} up to date, {len(s.outdated)} outdated, {len(s.pending)} to translate"
        )
        for text in s.outdated:
            lines.append(f"  outdated: {text.where_in(s.lang)} ({text.key})")
            lines += _change(text, previous(s.lang, text.key) if previous else None)
        lines.extend(f"  to translate: {text.where_in(s.lang)} ({text.key})" for text in s.pending)
        lines.extend(f"  obsolete record: {key}" for key in s.obsolete)
        if s.outdated:
            lines.append(f'  once a text is translated again: make translated CODE={s.lang} TEXTS="<key> …"')
    return "\n".join(lines)


def _change(text: Text, then: str | None) -> list[str]:
    """What changed in the French: a page's changed lines, or a text then and now."""
    now = text[next(iter(text))]
    if then is None:
        return [f"    French now: {_excerpt(now)}"]
    if text.key.startswith("docs/"):
        diff = difflib.unified_diff(then.splitlines(), now.splitlines(), lineterm="", n=0)
        return [f"    {line}" for line in list(diff)[2:] if not line.startswith("@@")][:20]
    return [f"    French then: {_excerpt(then)}", f"    French now:  {_excerpt(now)}"]


def _excerpt(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return f"« {flat[: width - 1]}… »" if len(flat) > width else f"« {flat} »"


def record_translations(data_dir: FsPath, guide: Guide, lang: str, keys: list[str] | None) -> list[str]:
    """Record that `lang` translates the current French of `keys` (of every translated text when
    None); records of texts that no longer exist are dropped. Returns the keys recorded."""
    texts = {t.key: t for t in all_texts(guide)}
    translated = {language.code: language.name for language in guide.languages[1:]}
    if lang not in translated:
        raise ValueError(f'"{lang}" is not a translated language; configured: {", ".join(translated)}')
    unknown = [key for key in keys or () if key not in texts]
    if unknown:
        raise ValueError(f"unknown text key(s): {', '.join(unknown)}; `make translations` lists them")
    chosen = keys if keys is not None else [k for k, t in texts.items() if lang not in t.pending]
    still = [key for key in chosen if lang in texts[key].pending]
    if still:
        raise ValueError(f"still marked {TO_TRANSLATE} in {lang}, translate first: {', '.join(still)}")
    current, _ = load_status(data_dir, (lang,))
    records = {k: v for k, v in current[lang].items() if k in texts}
    records.update({key: french_hash(texts[key][guide.default_language]) for key in chosen})
    _write_status(data_dir, lang, translated[lang], [(key, records[key]) for key in texts if key in records])
    return chosen


def _write_status(data_dir: FsPath, lang: str, name: str, records: list[tuple[str, str]]) -> None:
    """The whole file, in the guide's order: its diff shows which texts were translated again."""
    body = "".join(f"  {key}: '{digest}'\n" for key, digest in records)
    path = status_path(data_dir, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    header = STATUS_HEADER.format(name=name, code=lang)
    path.write_text(header + ("translates:\n" + body if body else "translates: {}\n"), "utf-8")
