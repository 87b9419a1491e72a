"""Load `data/` into a `Guide`: every file, every check, every problem reported at once."""

from __future__ import annotations

import difflib
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

from onpe_guide.data import readers as read
from onpe_guide.data.handwritten import handwritten_problems
from onpe_guide.data.help import read_help
from onpe_guide.data.interface import INTERFACE_KEYS, PLACEHOLDERS
from onpe_guide.data.links import check_links
from onpe_guide.data.publication import placeholder_problems
from onpe_guide.data.readers import FileReader
from onpe_guide.data.schema import check_schema
from onpe_guide.data.session import read_session
from onpe_guide.data.terminology import check_terminology, read_term_sources, read_terminology
from onpe_guide.data.tracking import Records, load_records, read_pages
from onpe_guide.data.values import language_tag_problem, name_problem
from onpe_guide.data.yamlfile import YamlFile, load_yaml, unsafe_entries
from onpe_guide.errors import DataError, Problem, printable
from onpe_guide.model import Guide, Language, Text
from onpe_guide.sections import SECTIONS
from onpe_guide.urls import document_ids

# One file per kind. interface.yml names the languages that every text must have; terminology.yml
# is the translations' reviewed vocabulary; publication.yml, who publishes a deployment.
DATA_FILES = (
    "interface",
    "guide",
    "verbs",
    "moments",
    "roles",
    "actors",
    "provisions",
    "references",
    "help",
    "session",
    "terminology",
    "publication",
)


def load_guide(data_dir: Path, release: bool = False, docs_dir: Path | None = None) -> Guide:
    """The validated guide, or `DataError` listing every problem found in `data_dir`. A `release`
    load also refuses every text still marked « À TRADUIRE » (shown in French). With `docs_dir`,
    the hand-written pages' translations are tracked too."""
    guide, checks = read_guide(data_dir, release, docs_dir)
    if problems := checks():
        raise DataError(problems)
    return guide


def read_guide(
    data_dir: Path, release: bool = False, docs_dir: Path | None = None
) -> tuple[Guide, Callable[[], list[Problem]]]:
    """`load_guide` in two: the guide (or `DataError` when it cannot be made), and the checks that
    need it whole (links, terminology, placeholders, hand-written pages), to call now or in another
    process while the pages are built (engine.generate): a build fails if they find anything."""
    files = {kind: _load_checked(data_dir, kind) for kind in DATA_FILES}
    # Cross-file checks run on every file that is well-formed, so one broken file hides nothing else.
    valid = {kind: f for kind, f in files.items() if not f.problems}
    languages = _languages(valid.get("interface"))
    codes = tuple(lang.code for lang in languages) if languages else None
    records, records_problems = load_records(data_dir, codes[1:]) if codes else ({}, [])
    readers = {kind: FileReader(f, codes, records, release) for kind, f in valid.items()}
    parts = _read_parts(readers)
    pages, page_problems = _pages(docs_dir, codes, records, release)
    problems = [p for f in files.values() for p in f.problems] + _stray_files(data_dir) + records_problems
    problems += page_problems + unsafe_entries(data_dir) + (unsafe_entries(docs_dir) if docs_dir else [])
    if problems or languages is None:
        raise DataError(problems)
    guide = Guide(languages=languages, locations=_locations(files), pages=pages, **parts)

    def checks() -> list[Problem]:
        check_links(guide, readers.values())  # needs the whole guide: which pages exist
        found = check_terminology(guide, readers.values())  # every text read, and the pages
        found += placeholder_problems(guide)
        found += [p for f in files.values() for p in f.problems]
        return found + (handwritten_problems(docs_dir, guide) if docs_dir is not None and docs_dir.is_dir() else [])

    return guide, checks


def _pages(
    docs_dir: Path | None, codes: tuple[str, ...] | None, records: Records, release: bool
) -> tuple[dict[str, Text], list[Problem]]:
    """The hand-written pages, tracked; none for a data-only check (no docs/) or broken languages."""
    if docs_dir is None or not docs_dir.is_dir() or not codes:
        return {}, []
    return read_pages(docs_dir, codes, records, release)


def _locations(files: dict[str, YamlFile]) -> dict[str, tuple[str, int]]:
    """Where each entity starts, for the « edit this page » links."""
    lists = {**{s.data_file: s.data_key for s in SECTIONS}, "references": "references"}
    return {
        f"{kind}:{item['id']}": (files[kind].name, files[kind].lines.get((key, i), 1))
        for kind, key in lists.items()
        for i, item in enumerate(files[kind].value[key])
    }


def _languages(interface: YamlFile | None) -> tuple[Language, ...] | None:
    """The site's languages; None when interface.yml is broken or names one that cannot be a
    folder, a file suffix and a word on every page (whatever its schema says)."""
    if interface is None:
        return None
    seen: set[str] = set()
    for i, lang in enumerate(interface.value["languages"]):
        code, name = str(lang["code"]), str(lang["name"])
        for key, problem in (("code", language_tag_problem(code)), ("name", name_problem(name))):
            if problem:
                interface.problem(("languages", i, key), problem)
        if code in seen:
            interface.problem(("languages", i, "code"), f'"{code}" is configured twice')
        seen.add(code)
    if interface.problems:
        return None
    return tuple(Language(**lang) for lang in interface.value["languages"])


def _ids(reader: FileReader | None, key: str) -> list[str] | None:
    return [item["id"] for item in reader.file.value[key]] if reader else None


def _documents(readers: dict[str, FileReader]) -> list[str] | None:
    """The kit's documents by id, as `urls.document_ids` names them, from the entries of the
    sections' files (None when one of those files is broken)."""
    ids = {s.folder: _ids(readers.get(s.data_file), s.data_key) for s in SECTIONS}
    found = {folder: entries for folder, entries in ids.items() if entries is not None}
    return document_ids(found) if len(found) == len(ids) else None


def _guide_part(g: FileReader, _: dict[str, FileReader]) -> dict[str, Any]:
    value = g.file.value
    return {
        "title": g.text(value["title"], ("title",)),
        "introduction": g.text(value["introduction"], ("introduction",)),
        "attitude": g.text(value["attitude"], ("attitude",)),
        "key_words": read.read_key_words(g),
    }


def _moments_part(m: FileReader, _: dict[str, FileReader]) -> dict[str, Any]:
    return {"path_note": m.text(m.file.value["path_note"], ("path_note",)), "moments": read.read_moments(m)}


# Each file's part of the Guide; a reader may look at other readable files to check references.
_PARTS: dict[str, Callable[[FileReader, dict[str, FileReader]], dict[str, Any]]] = {
    "interface": lambda r, _: {
        "strings": _strings(r),
        "quick_exit_url": r.url(r.file.value["quick_exit_url"], ("quick_exit_url",), ("https",)),
    },
    "guide": _guide_part,
    "verbs": lambda r, _: {"verbs": read.read_verbs(r)},
    "moments": _moments_part,
    "roles": lambda r, _: {"roles": read.read_roles(r)},
    "actors": lambda r, rs: {"actors": read.read_actors(r, _ids(rs.get("roles"), "roles"))},
    "provisions": lambda r, rs: _provisions(r, _ids(rs.get("references"), "references")),
    "references": lambda r, _: {"references": read.read_references(r)},
    "help": lambda r, rs: {"help": read_help(r, _ids(rs.get("references"), "references"))},
    "session": lambda r, rs: {"session": read_session(r, _documents(rs))},
    "terminology": lambda r, _: {"terminology": read_terminology(r), "terminology_sources": read_term_sources(r)},
    "publication": lambda r, _: {"publication": read.read_publication(r)},
}


def _read_parts(readers: dict[str, FileReader]) -> dict[str, Any]:
    """The Guide's fields from each readable file; fields of broken files are left out."""
    parts: dict[str, Any] = {}
    for kind, reader in readers.items():
        try:
            parts.update(_PARTS[kind](reader, readers))
        except (TypeError, KeyError, AttributeError, ValueError, IndexError) as error:  # its schema was loosened
            shape = f"the shape its schema describes ({type(error).__name__}: {printable(str(error))[:60]})"
            reader.file.problem((), f"is not {shape}; data/schemas/{kind}.schema.json says what it must be")
    return parts


def _provisions(p: FileReader, reference_ids: list[str] | None) -> dict[str, Any]:
    value = p.file.value
    return {
        "provisions_intro": p.text(value["introduction"], ("introduction",)),
        "forms_note": p.optional_text(value, "forms_note", ()),
        "provision_sources": p.refs(value["sources"], reference_ids, ("sources",), "reference"),
        "forms": read.read_forms(p),
        "provisions": read.read_provisions(p),
    }


def _strings(reader: FileReader) -> dict[str, Any]:
    """Interface strings; every language of one string must use the same {placeholders}."""
    strings = {key: reader.text(text, ("strings", key)) for key, text in reader.file.value["strings"].items()}
    for key in sorted(INTERFACE_KEYS - set(strings)):
        reader.file.problem(("strings",), f'missing string "{key}"; the pages use it')
    for key in sorted(set(strings) - INTERFACE_KEYS):
        close = difflib.get_close_matches(key, sorted(INTERFACE_KEYS), n=1)
        hint = f'; did you mean "{close[0]}"?' if close else "; no page uses it"
        reader.file.problem(("strings", key), f'unknown string "{key}"{hint}')
    for key, text in strings.items():
        for lang, value in text.items():
            problem = _placeholder_problem(value, PLACEHOLDERS.get(key, frozenset()))
            if problem:
                reader.file.problem(("strings", key, lang), problem)
        names = {lang: _placeholders(value) for lang, value in text.items()}
        first_lang, first = next(iter(names.items()))
        for lang, found in names.items():
            if found != first:
                reader.file.problem(
                    ("strings", key, lang),
                    f"expected placeholders {sorted(first)} as in {first_lang}, found {sorted(found)}",
                )
    return strings


def _placeholder_problem(text: str, given: frozenset[str]) -> str | None:
    """Placeholders are `{name}` only, with a name the pages give this string."""
    allowed = ", ".join(f"{{{n}}}" for n in sorted(given)) or "none"
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(text)]
    except ValueError:
        return f"unbalanced {{ }}; write {{{{ and }}}} for a brace; placeholders here: {allowed}"
    for name, spec, conversion in fields:
        if name is not None and (name not in given or spec or conversion):
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            return f'placeholder "{shown}" not allowed; placeholders here: {allowed}'
    return None


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<unbalanced { }>"}


def _load_checked(data_dir: Path, kind: str) -> YamlFile:
    path = data_dir / f"{kind}.yml"
    loaded = load_yaml(path, f"{data_dir.name}/{kind}.yml")
    if loaded.problems:
        return loaded
    _check_schema_comment(path, loaded, kind)
    check_schema(loaded, data_dir / "schemas", f"{kind}.schema.json")
    return loaded


def _check_schema_comment(path: Path, loaded: YamlFile, kind: str) -> None:
    """Editors complete and check as you type only when the file names its schema first."""
    expected = f"# yaml-language-server: $schema=schemas/{kind}.schema.json"
    first = path.read_text("utf-8").splitlines()[0].strip()
    if first != expected:
        loaded.problem((), f'expected first line "{expected}", found "{first[:60]}"', line=1)


def _stray_files(data_dir: Path) -> list[Problem]:
    """A misnamed file would be silently ignored: say so instead."""
    known = sorted(f"{kind}.yml" for kind in DATA_FILES)
    strays = sorted(p for p in data_dir.glob("*.y*ml") if p.name not in known)
    return [
        Problem(f"{data_dir.name}/{p.name}", 1, (), f"unknown data file; expected one of: {', '.join(known)}")
        for p in strays
    ]
